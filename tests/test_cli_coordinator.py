"""The coordinator's side end to end, from the shell only: ``saphan network create``, two CSOs'
``saphan cso-key``, ``network add-member`` with the keys they printed, ``network targets`` (the
network's and a CSO's share), both CSOs ``publish``, ``saphan merge --db COORD.db`` - and every
figure of the merged workbook that is not withheld equals the sum computed from the CSOs'
databases (db.counting, shared figures). Every command runs as a real process."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from db import counting, setup
from db.demo import fill_demo_data
from db.programmes import list_programmes
from desktop import cli
from directory import cube, signing, tables
from directory.bundle_schema import CUMULATIVE
from directory.network import Network, parse_network
from directory.signing import verify
from directory.strict_json import loads
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[1]
K = 3  # the suppression threshold: small, so that some cells of two small CSOs show


def saphan(tmp: Path, *argv: str, token: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SAPHAN_PASSWORD": ADMIN_PASSWORD,
        "SAPHAN_MERGE_STATE": str(tmp / "merge-state.json"),
    }
    env.pop("SAPHAN_SERVER_TOKEN", None)
    if token is not None:
        env["SAPHAN_SERVER_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-m", "desktop", *(str(a) for a in argv)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def failed(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, done.stdout
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("saphan: ")
    return lines[0]


def labelled(text: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)


def this_month() -> str:
    return dt.date.today().strftime("%Y-%m")


# --- the expected figures, from the CSOs' own databases ---------------------------------------


def _matches(cell: counting.ReachCell, column: int) -> bool:
    sex, band, group, disability = cube.labels(column)
    return (
        sex in ("all", cell.sex.value)
        and band in ("all", cell.age_band, cell.coarse_age_band)
        and group in ("all", cell.population_group.value)
        and disability in ("all", "with_disability" if cell.disability else "without_disability")
    )


def expected_figures(db: Path, start: str, end: str) -> dict[tuple[str, str, str], int]:
    """(programme code, period, column header) -> people, as the CSO's database counts them
    for the network (consent to data use honoured)."""
    store = setup.open_database(db, "admin", ADMIN_PASSWORD)
    try:
        codes = {p.id: p.code for p in list_programmes(store, include_inactive=True)}
        first = dt.date(int(start[:4]), int(start[5:]), 1)
        year, month = int(end[:4]), int(end[5:])
        last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
        cells = [
            *counting.people_reached(store, first, last, monthly=True, shared=True),
            *counting.people_reached(store, first, last, shared=True),
        ]
    finally:
        store.close()
    figures: dict[tuple[str, str, str], int] = {}
    for cell in cells:
        for header, _, column in tables._COLUMNS:
            if _matches(cell, column):
                key = (codes[cell.programme_id], cell.period, header)
                figures[key] = figures.get(key, 0) + cell.people
    return figures


def workbook_rows(path: Path) -> tuple[list[str], list[list[object]]]:
    sheet = openpyxl.load_workbook(path, read_only=True)["People reached"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    return [str(h) for h in rows[0]], rows[2:]


# --- the test ----------------------------------------------------------------------------------


def make_cso(db: Path, code: str, seed: int) -> None:
    """A CSO's database with synthetic people and activity (the setup function, as the app
    makes it; the test's cheap key derivation is kept in its key file, so the commands that
    open it later start fast)."""
    result = setup.create_cso_database(
        db,
        cso_code=code,
        cso_name=f"{code} Foundation",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    )
    try:
        fill_demo_data(result.store, 45, seed=seed)
    finally:
        result.store.close()


@pytest.mark.slow  # a dozen real processes: about 30 s of CPU
def test_the_coordinator_end_to_end_from_the_shell(tmp_path: Path) -> None:
    coord, folder = tmp_path / "coord" / "coord.db", tmp_path / "shared"
    start, end = "2024-12", this_month()

    # The coordinator creates the network, and its own database with it.
    out = ok(
        saphan(
            tmp_path, "network", "create", "--db", coord, "--user", "coord", "--folder", folder,
            "--id", "maesot", "--name", "Mae Sot CSO network", "--start", start, "--end", end,
            "--threshold", K,
        )
    )  # fmt: skip
    assert "Recovery passphrase" in out
    assert (folder / "network.json").is_file()

    # Two CSOs print their keys.
    keys = {}
    for n, code in enumerate(("BEAM", "KAQ")):
        db = tmp_path / code / "saphan.db"
        make_cso(db, code, n + 1)
        printed = saphan(tmp_path, "cso-key", "--db", db, "--user", "admin")
        lines = ok(printed).splitlines()
        assert [line.split(": ")[0] for line in lines] == ["code", "public key", "fingerprint"]
        keys[code] = labelled(printed.stdout)
        assert keys[code]["code"] == code

    # The coordinator registers them with the printed keys (KAQ's fingerprint checked too).
    for code, name in (("BEAM", "Beam Foundation"), ("KAQ", "Kings and Queens")):
        extra = ["--fingerprint", keys[code]["fingerprint"]] if code == "KAQ" else []
        out = ok(
            saphan(
                tmp_path, "network", "add-member", "--db", coord, "--user", "coord",
                "--folder", folder, "--code", code, "--cso-name", name,
                "--public-key", keys[code]["public key"], *extra,
            )
        )  # fmt: skip
        assert keys[code]["fingerprint"] in out

    # Targets: the network's, and BEAM's share.
    ok(
        saphan(
            tmp_path, "network", "targets", "--db", coord, "--user", "coord", "--folder", folder,
            "--set", "mhpss=1200", "--set", "youth=none",
        )
    )  # fmt: skip
    ok(
        saphan(
            tmp_path, "network", "targets", "--db", coord, "--user", "coord", "--folder", folder,
            "--set", "mhpss=700", "--set", "thai_language=300", "--cso", "BEAM",
        )
    )  # fmt: skip

    # The signed file holds them, and `network show` prints and checks it.
    document = loads((folder / "network.json").read_text(encoding="utf-8"))
    network = parse_network(document)
    assert verify(document, network.coordinator_key)
    assert network.revision == 5  # created, two members, two target changes
    assert network.target("mhpss") == 1200
    assert network.target("youth") is None
    assert network.shares("BEAM") == {"mhpss": 700, "thai_language": 300}
    assert network.shares("KAQ") == {}
    shown = ok(
        saphan(tmp_path, "network", "show", "--folder", folder, "--db", coord, "--user", "coord")
    )
    assert "network: maesot" in shown
    assert f"period: {start} to {end}" in shown
    assert f"threshold: {K}" in shown
    assert "mhpss: Psychosocial support (MHPSS): target 1200 people; shares BEAM 700" in shown
    assert "BEAM: Beam Foundation: " + keys["BEAM"]["fingerprint"] in shown
    assert "targets: mhpss 700, thai_language 300" in shown
    assert f"KAQ: Kings and Queens: {keys['KAQ']['fingerprint']}; targets: no own" in shown
    assert f"signature: valid, by the coordinator's key kept in {coord}" in shown

    # Both CSOs publish (BEAM twice: its first bundle is kept aside, to replay it later).
    def publish(code: str) -> None:
        db = tmp_path / code / "saphan.db"
        out = ok(saphan(tmp_path, "publish", "--db", db, "--user", "admin", "--folder", folder))
        assert "Published revision" in out

    publish("BEAM")
    first_beam = tmp_path / "BEAM-first.json"
    shutil.copy(folder / "bundles" / "BEAM.json", first_beam)
    publish("BEAM")
    publish("KAQ")

    # The coordinator merges with its database (no --user: its only account).
    out_file = tmp_path / "m.xlsx"
    out = ok(saphan(tmp_path, "merge", "--db", coord, "--folder", folder, "--out", out_file))
    assert "Merged 2 of 2 CSOs (0 files rejected)" in out
    assert not (tmp_path / "merge-state.json").exists()  # remembered in the database instead

    headers, rows = workbook_rows(out_file)
    columns = {h: n for n, h in enumerate(headers)}
    expected = {
        code: expected_figures(tmp_path / code / "saphan.db", start, end)
        for code in ("BEAM", "KAQ")
    }
    by_row = {(r[0], r[1], r[2]): r for r in rows}
    compared = withheld = 0
    for (org, programme, period), row in by_row.items():
        for header, _, _ in tables._COLUMNS:
            value = row[columns[header]]
            if org != tables.NETWORK_ROW:
                if isinstance(value, int):
                    assert value == expected[org].get((programme, period, header), 0)
                else:
                    withheld += 1
                continue
            parts = [by_row.get((code, programme, period)) for code in ("BEAM", "KAQ")]
            if all(p is None or isinstance(p[columns[header]], int) for p in parts):
                total = sum(expected[c].get((programme, period, header), 0) for c in expected)
                assert value == total, (programme, period, header)
                compared += 1
    assert compared > 50
    assert withheld > 0
    assert any(r[0] == tables.NETWORK_ROW and r[2] == CUMULATIVE for r in rows)

    # The database remembers the revisions merged: BEAM's older bundle put back into the
    # folder (a replay) is refused.
    shutil.copy(first_beam, folder / "bundles" / "BEAM.json")
    replayed = ok(saphan(tmp_path, "merge", "--db", coord, "--folder", folder, "--out", out_file))
    assert "REJECTED  BEAM.json" in replayed
    assert "Merged 1 of 2 CSOs" in replayed


# --- in-process: the failures and the rest (fast) ------------------------------------------------


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    monkeypatch.delenv("SAPHAN_SERVER_TOKEN", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(result: tuple[int, str, str]) -> str:
    code, _, err = result
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("saphan: ")
    return lines[0]


def read(folder: Path) -> Network:
    return parse_network(loads((folder / "network.json").read_text(encoding="utf-8")))


@pytest.mark.usefixtures("password")
def test_the_commands_fail_in_one_line_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coord, folder = tmp_path / "coord.db", tmp_path / "shared"
    create = [
        "network", "create", "--db", coord, "--user", "coord", "--folder", folder,
        "--id", "maesot", "--name", "Mae Sot", "--start", "2025-01", "--end", "2025-12",
    ]  # fmt: skip
    change = ["--db", coord, "--user", "coord", "--folder", folder]

    # A bad period or ID creates nothing, not even the database.
    bad = [*create[:-1], "2024-12"]
    assert "ends before it starts" in one_line(run(capsys, *bad))
    bad_id = [*create]
    bad_id[bad_id.index("maesot")] = "Mae Sot"
    assert "network ID" in one_line(run(capsys, *bad_id))
    assert not coord.exists()
    assert not (folder / "network.json").exists()

    assert run(capsys, *create)[0] == 0
    first = (folder / "network.json").read_bytes()
    # Again with the same ID: the network kept is written again, unchanged.
    code, out, _ = run(capsys, *create)
    assert code == 0
    assert "holds network maesot already" in out
    assert (folder / "network.json").read_bytes() == first
    other_id = [*create]
    other_id[other_id.index("maesot")] = "other"
    assert "holds the network maesot already" in one_line(run(capsys, *other_id))

    # An unreachable folder: nothing changes in the database.
    away = ["--db", coord, "--user", "coord", "--folder", tmp_path / "nowhere"]
    targets = ["network", "targets", "--set", "mhpss=5"]
    assert "not reachable" in one_line(run(capsys, *targets, *away))
    assert run(capsys, *targets, *change)[0] == 0
    assert read(folder).revision == 2

    # Another network's file in the folder is never overwritten, and nothing changes.
    other_db, other = tmp_path / "other.db", tmp_path / "other"
    made = [
        "network", "create", "--db", other_db, "--user", "coord", "--folder", other,
        "--id", "other", "--name", "Other", "--start", "2025-01", "--end", "2025-12",
    ]  # fmt: skip
    assert run(capsys, *made)[0] == 0
    theirs = (other / "network.json").read_bytes()
    clash = ["--db", coord, "--user", "coord", "--folder", other]
    assert "another network's file" in one_line(run(capsys, *targets, *clash))
    assert (other / "network.json").read_bytes() == theirs
    assert run(capsys, *targets, *change)[0] == 0
    assert read(folder).revision == 3  # the refused change made no revision

    # A newer revision in the folder (from another copy of the database) is kept.
    shutil.copy(coord, tmp_path / "copy.db")
    shutil.copy(Path(f"{coord}.keys"), tmp_path / "copy.db.keys")
    copy = ["--db", tmp_path / "copy.db", "--user", "coord", "--folder", folder]
    assert run(capsys, *targets, *copy)[0] == 0
    assert run(capsys, *targets, *copy)[0] == 0
    assert "newer revision" in one_line(run(capsys, *targets, *change))
    assert read(folder).revision == 5

    # Wrong input, one line each.
    key = signing.public_key_hex(signing.new_private_key())
    add = ["network", "add-member", *copy, "--code", "BEAM", "--cso-name", "Beam"]
    assert "no member" in one_line(run(capsys, "network", "remove-member", *copy, "--code", "NOPE"))
    assert "64 hexadecimal" in one_line(run(capsys, *add, "--public-key", "xyz"))
    assert "fingerprint does not match" in one_line(
        run(capsys, *add, "--public-key", key, "--fingerprint", "AAAA-AAAA-AAAA-AAAA")
    )
    assert "CSO code" in one_line(
        run(capsys, "network", "add-member", *copy, "--code", "B", "--cso-name", "B",
            "--public-key", key)
    )  # fmt: skip
    assert "no programme" in one_line(run(capsys, "network", "targets", *copy, "--set", "x=1"))
    assert "no member" in one_line(
        run(capsys, "network", "targets", *copy, "--set", "mhpss=1", "--cso", "NOPE")
    )
    code, _, err = run(capsys, "network", "targets", *copy, "--set", "mhpss=-1")
    assert code == 2
    assert "not a whole number" in err
    assert read(folder).revision == 5
    assert "not reachable" in one_line(
        run(capsys, "network", "show", "--folder", tmp_path / "nowhere")
    )
    cso = tmp_path / "cso.db"
    setup.create_cso_database(
        cso,
        cso_code="SAW",
        cso_name="Saw",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store.close()
    not_coordinator = ["--db", cso, "--user", "admin", "--folder", folder]
    assert "no network yet" in one_line(
        run(capsys, "network", "targets", *not_coordinator, "--set", "mhpss=1")
    )


@pytest.mark.usefixtures("password")
def test_show_checks_the_signature_against_the_pinned_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], merge_state: Path
) -> None:
    coord, folder = tmp_path / "coord.db", tmp_path / "shared"
    create = [
        "network", "create", "--db", coord, "--user", "coord", "--folder", folder,
        "--id", "maesot", "--name", "Mae Sot", "--start", "2025-01", "--end", "2025-12",
    ]  # fmt: skip
    assert run(capsys, *create)[0] == 0
    code, out, _ = run(capsys, "network", "show", "--folder", folder)
    assert code == 0
    assert "signature: valid, by the key the file names" in out

    # A forged file (changed after signing) is refused.
    (tmp_path / "forged").mkdir()
    document = loads((folder / "network.json").read_text())
    document["name"] = "Forged"
    (tmp_path / "forged" / "network.json").write_text(json.dumps(document))
    assert "not signed" in one_line(run(capsys, "network", "show", "--folder", tmp_path / "forged"))

    # A file signed by another coordinator key than the one the merge pinned is refused.
    assert run(capsys, "merge", "--folder", folder, "--out", tmp_path / "m.csv")[0] == 0
    code, out, _ = run(capsys, "network", "show", "--folder", folder)
    assert code == 0
    assert f"the merge pinned in {merge_state}" in out
    impostor = tmp_path / "impostor"
    made = [
        "network", "create", "--db", tmp_path / "impostor.db", "--user", "coord",
        "--folder", impostor, "--id", "maesot", "--name", "Mae Sot", "--start", "2025-01",
        "--end", "2025-12",
    ]  # fmt: skip
    assert run(capsys, *made)[0] == 0
    assert "not by the coordinator key the merge pinned" in one_line(
        run(capsys, "network", "show", "--folder", impostor)
    )


@pytest.mark.usefixtures("password")
def test_merge_with_the_database_refuses_a_network_file_of_another_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coord, folder = tmp_path / "coord.db", tmp_path / "shared"
    create = [
        "network", "create", "--db", coord, "--user", "coord", "--folder", folder,
        "--id", "maesot", "--name", "Mae Sot", "--start", "2025-01", "--end", "2025-12",
    ]  # fmt: skip
    assert run(capsys, *create)[0] == 0
    merge = ["merge", "--db", coord, "--folder", folder, "--out", tmp_path / "m.csv"]
    assert run(capsys, *merge)[0] == 0
    # Someone swaps in a network file signed by another key.
    made = [
        "network", "create", "--db", tmp_path / "impostor.db", "--user", "coord",
        "--folder", tmp_path / "impostor", "--id", "maesot", "--name", "Mae Sot",
        "--start", "2025-01", "--end", "2025-12",
    ]  # fmt: skip
    assert run(capsys, *made)[0] == 0
    shutil.copy(tmp_path / "impostor" / "network.json", folder / "network.json")
    assert "not signed by the trusted coordinator key" in one_line(run(capsys, *merge))
    assert "--network-key" in one_line(run(capsys, *merge, "--network-key", "ab" * 32))


@pytest.mark.usefixtures("password")
def test_targets_sets_outcome_targets_in_one_signed_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coord, folder = tmp_path / "coord.db", tmp_path / "shared"
    change = ["--db", coord, "--user", "coord", "--folder", folder]
    assert run(capsys, "network", "create", *change, "--id", "maesot", "--name", "Mae Sot",
               "--start", "2025-01", "--end", "2025-12")[0] == 0  # fmt: skip
    targets = ["network", "targets", *change]

    code, out, _ = run(
        capsys, *targets, "--set", "mhpss=900",
        "--set-outcome", "mhpss:who5=40", "--set-outcome", "youth:PHQ9=10",
    )  # fmt: skip
    assert code == 0
    assert "Set the outcome targets: mhpss:who5 40, youth:phq9 10" in out
    network = read(folder)
    assert network.revision == 2  # targets and outcome targets: one revision
    assert verify(network.document(), network.coordinator_key)
    assert network.target("mhpss") == 900
    assert network.outcome_target("mhpss", "who5") == 40
    assert network.outcome_target("youth", "phq9") == 10

    # Outcome targets alone; "none" removes one; others are kept.
    assert run(capsys, *targets, "--set-outcome", "youth:phq9=none")[0] == 0
    network = read(folder)
    assert network.outcome_target("youth", "phq9") is None
    assert network.outcome_target("mhpss", "who5") == 40
    assert network.target("mhpss") == 900
    code, shown, _ = run(capsys, "network", "show", "--folder", folder)
    assert "  mhpss:who5: 40" in shown.splitlines()

    # Wrong input, one line each, and no revision.
    assert "no programme" in one_line(run(capsys, *targets, "--set-outcome", "nope:who5=1"))
    assert "instrument code" in one_line(run(capsys, *targets, "--set-outcome", "mhpss:9x=1"))
    assert "PROGRAMME:INSTRUMENT=N" in run(capsys, *targets, "--set-outcome", "who5=1")[2]
    assert "--set" in one_line(run(capsys, *targets))
    assert "--set" in one_line(run(capsys, *targets, "--cso", "BEAM"))
    assert read(folder).revision == 3
