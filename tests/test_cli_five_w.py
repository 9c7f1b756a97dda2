"""5W from the shell (issue 20): ``saphan network areas`` sets the areas of the signed network
file (``network show`` prints them), a CSO whose sessions have areas publishes, and ``saphan
merge --5w FILE`` writes the HXL 5W table beside the aggregates. Wrong input fails in one
line and changes nothing."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from db import setup
from db.activities import ActivityType, SessionInput, log_session
from db.beneficiaries import register_person
from db.programmes import list_programmes
from db.types import PersonInput, PopulationGroup, Sex
from desktop import cli
from directory.network import parse_network
from directory.strict_json import loads
from tests.conftest import ADMIN_PASSWORD


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


def make_cso(db: Path, code: str) -> None:
    """A CSO whose group sessions happened in Mae Pa (12 people), Mae Tao (3) and the city
    (8)."""
    store = setup.create_cso_database(
        db,
        cso_code=code,
        cso_name=f"{code} Foundation",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store
    try:
        mhpss = next(p for p in list_programmes(store) if p.code == "mhpss").id
        people = [
            register_person(
                store,
                PersonInput(
                    name_latin=f"Person {n}",
                    name_script="",
                    sex=Sex.FEMALE,
                    population_group=PopulationGroup.NEW_ARRIVAL,
                    consent_date=dt.date(2025, 1, 1),
                    birth_date=dt.date(1990, 1, 1),
                    consent_data_use=True,
                ),
            ).id
            for n in range(23)
        ]
        places = (
            ("mae_pa", people[:12]),
            ("mae_tao", people[12:15]),
            ("mae_sot_city", people[15:]),
        )
        for area, ids in places:
            log_session(
                store,
                SessionInput(
                    activity_type=ActivityType.MHPSS_GROUP,
                    programme_id=mhpss,
                    date=dt.date(2025, 3, 5),
                    area=area,
                    attendee_ids=ids,
                ),
            )
    finally:
        store.close()


@pytest.mark.usefixtures("password")
def test_areas_and_the_5w_export_from_the_shell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coord, folder = tmp_path / "coord.db", tmp_path / "shared"
    change = ["--db", coord, "--user", "coord", "--folder", folder]
    assert run(
        capsys, "network", "create", *change, "--id", "maesot", "--name", "Mae Sot",
        "--start", "2025-01", "--end", "2025-12",
    )[0] == 0  # fmt: skip
    code, out, _ = run(
        capsys, "network", "areas", *change,
        "--set", "mae_sot=Mae Sot:TH630601",
        "--set", "mae_sot_city=Mae Sot City Municipality::mae_sot",
        "--set", "mae_pa=Mae Pa:th630607",
        "--set", "mae_tao=Mae Tao:TH630604",
    )  # fmt: skip
    assert code == 0, out
    assert "4 in the network" in out
    network = parse_network(loads((folder / "network.json").read_text(encoding="utf-8")))
    assert network.revision == 2
    assert network.admin_codes("mae_sot_city")[3] == "TH630601"
    assert network.area("mae_pa") is not None
    assert network.area("mae_pa").admin_code == "TH630607"  # type: ignore[union-attr]

    code, shown, _ = run(capsys, "network", "show", "--folder", folder)
    assert code == 0
    assert "areas: 4" in shown
    assert "  mae_sot_city: Mae Sot City Municipality (no admin code, in mae_sot)" in shown
    assert "  mae_pa: Mae Pa (TH630607)" in shown

    # Wrong input: one line, no new revision.
    code, _, err = run(capsys, "network", "areas", *change, "--set", "x=X:TH1")
    assert code == 2
    assert "not an admin code" in err
    assert "lie in another area" in one_line(
        run(capsys, "network", "areas", *change, "--set", "ward=Ward 1::nowhere")
    )
    code, _, err = run(capsys, "network", "areas", *change, "--set", "Mae Pa")
    assert code == 2
    assert "CODE=NAME" in err
    assert "--set" in one_line(run(capsys, "network", "areas", *change))
    assert parse_network(loads((folder / "network.json").read_text())).revision == 2

    # A member publishes; the coordinator merges with --5w.
    make_cso(tmp_path / "beam.db", "BEAM")
    _, printed, _ = run(capsys, "cso-key", "--db", tmp_path / "beam.db", "--user", "admin")
    key = dict(line.split(": ", 1) for line in printed.splitlines())["public key"]
    assert run(
        capsys, "network", "add-member", *change, "--code", "BEAM", "--cso-name", "Beam",
        "--public-key", key,
    )[0] == 0  # fmt: skip
    published = run(
        capsys, "publish", "--db", tmp_path / "beam.db", "--user", "admin", "--folder", folder
    )
    assert published[0] == 0, published[2]
    five_w = tmp_path / "5w.csv"
    code, out, err = run(
        capsys, "merge", "--db", coord, "--folder", folder, "--out", tmp_path / "m.xlsx",
        "--5w", five_w,
    )  # fmt: skip
    assert code == 0, err
    assert f"Wrote the 5W table (3 rows from 1 CSOs) to {five_w}" in out
    with open(five_w, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[1][:2] == ["#org+code", "#org+name"]
    assert "#adm2+code" in rows[1]
    by_area = {r[6]: r for r in rows[2:]}
    reached = rows[1].index("#reached+ind")
    assert by_area["mae_pa"][reached] == "12"
    assert by_area["mae_pa"][8:10] == ["TH6306", "TH630607"]
    assert by_area["mae_tao"][reached] == ""  # 3 people: withheld, not 0
    assert by_area["mae_tao"][-1] == "everyone, new arrivals"
    # The city's 8 are withheld too, or Mae Pa + the city + Mae Tao = the 23 new arrivals
    # the aggregates publish would give the 3 away.
    assert by_area["mae_sot_city"][reached] == ""
    assert by_area["mae_sot_city"][8:10] == ["TH6306", "TH630601"]

    # The folder merge (state file) writes the workbook form too; a wrong suffix is refused.
    workbook = tmp_path / "5w.xlsx"
    code, out, err = run(
        capsys, "merge", "--folder", folder, "--out", tmp_path / "m.csv", "--5w", workbook
    )
    assert code == 0, err
    assert workbook.is_file()
    assert "must end in .xlsx or .csv" in one_line(
        run(capsys, "merge", "--folder", folder, "--out", tmp_path / "m.csv", "--5w", "x.txt")
    )
