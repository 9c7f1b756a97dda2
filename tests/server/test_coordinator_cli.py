"""The coordinator's ``saphan network`` commands against a real coordination server
(``--server URL`` instead of ``--folder``): add a member, set targets (the network's and a
CSO's share), show the file the server holds; a refused or unreachable server fails in one
line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli
from directory import server_client as client
from directory import signing
from directory.server.storage import COORDINATOR, CSO, Storage
from directory.signing import key_fingerprint
from tests.conftest import ADMIN_PASSWORD
from tests.server.conftest import ServerProcess, free_port


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str, str]]:
    """The coordinator's network (made with ``saphan network create --folder``) registered
    on a running server; the server's URL and the coordinator's and a CSO's tokens."""
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    monkeypatch.delenv("SAPHAN_SERVER_TOKEN", raising=False)
    folder = tmp_path / "first"
    create = [
        "network", "create", "--db", str(tmp_path / "coord.db"), "--user", "coord",
        "--folder", str(folder), "--id", "maesot", "--name", "Mae Sot",
        "--start", "2025-01", "--end", "2025-12",
    ]  # fmt: skip
    assert cli.main(create) == 0
    from directory.folder import read_network

    network = read_network(folder)
    url = f"sqlite:///{tmp_path / 'server.db'}"
    storage = Storage(url)
    storage.upgrade()
    storage.create_network(
        "maesot", network.coordinator_key, 1, (folder / "network.json").read_bytes()
    )
    _, coordinator = storage.issue_token("maesot", COORDINATOR, label="coordinator")
    _, beam = storage.issue_token("maesot", CSO, "BEAM")
    storage.dispose()
    process = ServerProcess(url)
    process.start()
    try:
        yield process.url, coordinator, beam
    finally:
        process.stop()


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_member_targets_and_show_on_the_server(
    server: tuple[str, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, coordinator, beam = server
    monkeypatch.setenv("SAPHAN_SERVER_TOKEN", coordinator)
    db = ["--db", tmp_path / "coord.db", "--user", "coord", "--server", url]
    key = signing.public_key(signing.new_private_key())
    code, out, err = run(
        capsys, "network", "add-member", *db, "--code", "BEAM", "--cso-name", "Beam",
        "--public-key", key.hex(),
    )  # fmt: skip
    assert code == 0, err
    assert f"revision 2 written to {url} (maesot)" in out
    code, out, err = run(capsys, "network", "targets", *db, "--set", "mhpss=70", "--cso", "BEAM")
    assert code == 0, err

    # What the server holds now, as any member pulls it.
    held = client.pull_network(url, "maesot", beam)
    assert held.revision == 3
    assert held.cso_target("BEAM", "mhpss") == 70
    assert held.member("BEAM") is not None

    monkeypatch.setenv("SAPHAN_SERVER_TOKEN", beam)  # any member's token reads it
    code, out, err = run(capsys, "network", "show", "--server", url, "--network", "maesot")
    assert code == 0, err
    assert "revision: 3" in out
    assert f"BEAM: Beam: {key_fingerprint(key)}; targets: mhpss 70" in out
    assert "signature: valid, by the key the file names" in out

    # A CSO's token may not change the network file: the server refuses, and says so.
    code, _, err = run(capsys, "network", "targets", *db, "--set", "mhpss=80")
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "was not written" in err
    assert client.pull_network(url, "maesot", beam).revision == 3


def test_an_unreachable_server_changes_nothing(
    server: tuple[str, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, coordinator, beam = server
    monkeypatch.setenv("SAPHAN_SERVER_TOKEN", coordinator)
    away = f"http://127.0.0.1:{free_port()}"
    db = ["--db", tmp_path / "coord.db", "--user", "coord"]
    code, _, err = run(capsys, "network", "targets", *db, "--server", away, "--set", "mhpss=9")
    assert code == 2
    assert len(err.splitlines()) == 1
    code, _, err = run(capsys, "network", "targets", *db, "--server", url, "--set", "mhpss=9")
    assert code == 0, err
    assert client.pull_network(url, "maesot", beam).revision == 2  # the next revision after 1


def test_areas_on_the_server(
    server: tuple[str, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``network areas --server``: the server takes the revision with the areas (5W), and a
    member pulls it signed, with the areas."""
    url, coordinator, beam = server
    monkeypatch.setenv("SAPHAN_SERVER_TOKEN", coordinator)
    db = ["--db", tmp_path / "coord.db", "--user", "coord", "--server", url]
    code, out, err = run(
        capsys, "network", "areas", *db, "--set", "mae_pa=Mae Pa:TH630607",
        "--set", "mae_sot_city=Mae Sot City Municipality",
    )  # fmt: skip
    assert code == 0, err
    assert f"revision 2 written to {url} (maesot)" in out
    pulled = client.pull_network(url, "maesot", beam)
    assert [(a.code, a.admin_code) for a in pulled.areas or ()] == [
        ("mae_pa", "TH630607"),
        ("mae_sot_city", None),
    ]
    code, out, err = run(capsys, "network", "show", *db, "--network", "maesot")
    assert code == 0, err
    assert "  mae_pa: Mae Pa (TH630607)" in out
