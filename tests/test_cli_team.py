"""Team sync end to end through the ``saphan`` command, as two laptops of one CSO use it:
create a team, join it with the invitation and pairing code, each laptop adds people offline,
sync both ways; both then give the same records, report and bundle. And the team folder never
holds a byte about a person."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from db import setup
from desktop import cli
from directory import folder as shared
from tests.conftest import ADMIN_PASSWORD
from tests.directory.conftest import member_network


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return out


@pytest.fixture
def team(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Path | str]:
    a, b = tmp_path / "a" / "saphan.db", tmp_path / "b" / "saphan.db"
    folder, invitation = tmp_path / "Team", tmp_path / "invite.saphan"
    ok(capsys, "demo-data", "--db", str(a), "--user", "admin", "--beneficiaries", "12")
    out = ok(
        capsys,
        "team",
        "create",
        "--db",
        str(a),
        "--user",
        "admin",
        "--folder",
        str(folder),
        "--invite-out",
        str(invitation),
        "--device-name",
        "Office laptop",
    )
    code = re.search(r"^pairing code: (\S+)$", out, re.MULTILINE)
    assert code is not None, out
    return {"a": a, "b": b, "folder": folder, "invitation": invitation, "code": code[1]}


def join(
    capsys: pytest.CaptureFixture[str], t: dict[str, Path | str], code: str
) -> tuple[int, str, str]:
    return run(
        capsys,
        "team",
        "join",
        "--db",
        str(t["b"]),
        "--user",
        "admin",
        "--folder",
        str(t["folder"]),
        "--invite",
        str(t["invitation"]),
        "--code",
        code,
    )


def sync(
    capsys: pytest.CaptureFixture[str], db: Path | str, folder: Path | str
) -> tuple[int, int, int]:
    out = ok(capsys, "sync", "--db", str(db), "--user", "admin", "--folder", str(folder))
    found = re.search(r"^sent (\d+), received (\d+), conflicts (\d+)$", out, re.MULTILINE)
    assert found is not None, out
    return int(found[1]), int(found[2]), int(found[3])


def test_two_laptops_end_up_with_the_same_records_report_and_bundle(
    team: dict[str, Path | str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = join(capsys, team, "AAAA-BBBB-CCCC")
    assert code == 2
    assert "pairing code is wrong" in err
    assert not Path(team["b"]).exists()
    code, out, err = join(capsys, team, str(team["code"]).lower().replace("-", ""))
    assert code == 0, err
    assert "holds 12 people" in out
    # Each laptop registers different people while offline.
    ok(
        capsys,
        "demo-data",
        "--db",
        str(team["a"]),
        "--user",
        "admin",
        "--beneficiaries",
        "3",
        "--seed",
        "2",
        "--no-activity",
    )
    ok(
        capsys,
        "demo-data",
        "--db",
        str(team["b"]),
        "--user",
        "admin",
        "--beneficiaries",
        "4",
        "--seed",
        "3",
    )
    sent_a, _, _ = sync(capsys, team["a"], team["folder"])
    sent_b, received_b, conflicts = sync(capsys, team["b"], team["folder"])
    _, received_a, _ = sync(capsys, team["a"], team["folder"])
    assert sent_a > 0
    assert sent_b > 0
    assert received_b > 0
    assert received_a > 0
    assert conflicts == 0
    store = setup.open_database(Path(team["a"]), "admin", ADMIN_PASSWORD)
    try:
        shared.write_network(tmp_path / "shared", member_network(store))
    finally:
        store.close()
    network = str(tmp_path / "shared" / "network.json")
    outputs = {}
    for laptop in ("a", "b"):
        db = str(team[laptop])
        records, report = tmp_path / f"{laptop}.csv", tmp_path / f"{laptop}-report.csv"
        bundle = tmp_path / f"{laptop}-bundle.json"
        ok(capsys, "export-records", "--db", db, "--user", "admin", "--out", str(records))
        ok(
            capsys,
            "report",
            "--db",
            db,
            "--user",
            "admin",
            "--from",
            "2024-12",
            "--to",
            "2026-12",
            "--out",
            str(report),
        )
        ok(
            capsys,
            "bundle",
            "--db",
            db,
            "--user",
            "admin",
            "--out",
            str(bundle),
            "--network",
            network,
        )
        doc = json.loads(bundle.read_bytes())
        counts = {
            k: v
            for k, v in doc.items()
            if k not in ("created_at", "generated_at", "revision", "signature", "publisher")
        }
        outputs[laptop] = (records.read_bytes(), report.read_bytes(), counts)
    assert outputs["a"][0] == outputs["b"][0]
    assert outputs["a"][1] == outputs["b"][1]
    assert outputs["a"][2] == outputs["b"][2]
    with (tmp_path / "a.csv").open(encoding="utf-8-sig") as fh:
        codes = [row["Code"] for row in csv.DictReader(fh)]
    assert len(codes) == 19
    assert len(set(codes)) == 19


def test_the_team_folder_holds_nothing_about_a_person(
    team: dict[str, Path | str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert join(capsys, team, str(team["code"]))[0] == 0
    ok(
        capsys,
        "demo-data",
        "--db",
        str(team["b"]),
        "--user",
        "admin",
        "--beneficiaries",
        "5",
        "--seed",
        "9",
    )
    sync(capsys, team["b"], team["folder"])
    sync(capsys, team["a"], team["folder"])
    records = tmp_path / "records.csv"
    ok(capsys, "export-records", "--db", str(team["a"]), "--user", "admin", "--out", str(records))
    canaries: set[bytes] = set()
    with records.open(encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            for key in ("Code", "Name (Latin script)", "Name (own script)", "Phone", "Notes"):
                value = (row.get(key) or "").strip()
                if len(value) >= 5:
                    canaries.add(value.encode("utf-8"))
    assert len(canaries) > 30
    files = [p for p in Path(team["folder"]).rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for canary in canaries:
            assert canary not in data, f"{path.name} holds a person's data"
        assert b"DEMO-" not in path.name.encode()


def test_status_and_remove_device(
    team: dict[str, Path | str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert join(capsys, team, str(team["code"]))[0] == 0
    sync(capsys, team["b"], team["folder"])
    sync(capsys, team["a"], team["folder"])
    out = ok(capsys, "team", "status", "--db", str(team["a"]), "--user", "admin", "--json")
    status = json.loads(out)
    names = sorted(d["name"] for d in status["devices"])
    assert names == ["Laptop 2", "Office laptop"]
    ok(capsys, "team", "remove-device", "--db", str(team["a"]), "--user", "admin", "Laptop 2")
    # The removed laptop's next sync is refused, with a reason.
    code, _out, err = run(capsys, "sync", "--db", str(team["b"]), "--user", "admin")
    assert code == 2
    assert err.strip()
    status = json.loads(
        ok(capsys, "team", "status", "--db", str(team["a"]), "--user", "admin", "--json")
    )
    assert [d["removed"] for d in status["devices"] if d["name"] == "Laptop 2"] == [True]
