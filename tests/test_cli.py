"""The ``saphan`` command: headless tasks, one-line failures, and the GUI entry points."""

from __future__ import annotations

import csv
import logging
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from db import setup
from db.beneficiaries import count_people, find_people
from db.store import Store
from db.types import PersonQuery
from desktop import cli
from desktop.cli import common
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    return ADMIN_PASSWORD


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def demo_data(capsys: pytest.CaptureFixture[str], db: Path, n: int, *extra: str) -> str:
    code, out, err = run(
        capsys,
        "demo-data",
        "--db",
        str(db),
        "--user",
        "admin",
        "--beneficiaries",
        str(n),
        "--seed",
        "1",
        *extra,
    )
    assert (code, err) == (0, "")
    return out


def one_line_failure(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("saphan: ")
    return lines[0]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"saphan {cli.version()}"
    assert out.strip().split()[1].count(".") >= 2  # X.Y.Z


def test_demo_data_creates_and_fills_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "new" / "demo.db"
    out = demo_data(capsys, db, 60)
    assert "Recovery passphrase" in out
    assert "DEMO-000001" in out
    assert "DEMO-000060" in out

    store = setup.open_database(db, "admin", ADMIN_PASSWORD)
    try:
        assert store.cso.code == "DEMO"
        assert store.cso.name == cli.DEMO_CSO_NAME
        assert count_people(store, PersonQuery()) == 60
    finally:
        store.close()

    # Run again on the existing database: more people, codes continue.
    out = demo_data(capsys, db, 15, "--no-activity")
    assert "Recovery passphrase" not in out
    assert "DEMO-000061" in out
    assert "DEMO-000075" in out
    assert "0 attendance" in out


def test_demo_data_with_another_cso_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "demo.db"
    demo_data(capsys, db, 3, "--cso-code", "mtc")
    store = setup.open_database(db, "admin", ADMIN_PASSWORD)
    try:
        assert [r.code for r in find_people(store, PersonQuery())] == [
            "MTC-000001",
            "MTC-000002",
            "MTC-000003",
        ]
    finally:
        store.close()


def test_demo_data_password_from_the_prompt(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cli.PASSWORD_ENV)
    answers = iter([ADMIN_PASSWORD, ADMIN_PASSWORD])
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt="": next(answers))
    demo_data(capsys, tmp_path / "demo.db", 2)
    setup.open_database(tmp_path / "demo.db", "admin", ADMIN_PASSWORD).close()


def test_prompted_passwords_must_match_when_creating(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cli.PASSWORD_ENV)
    answers = iter([ADMIN_PASSWORD, ADMIN_PASSWORD + "!"])
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt="": next(answers))
    code, _, err = run(
        capsys, "demo-data", "--db", str(tmp_path / "d.db"), "--user", "admin",
        "--beneficiaries", "2",
    )  # fmt: skip
    assert code == 2
    assert "not the same" in one_line_failure(err)
    assert not (tmp_path / "d.db").exists()


def test_short_password_is_refused_when_creating(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, "short")
    code, _, err = run(
        capsys, "demo-data", "--db", str(tmp_path / "d.db"), "--user", "admin",
        "--beneficiaries", "2",
    )  # fmt: skip
    assert code == 2
    assert "at least 10 characters" in one_line_failure(err)


@pytest.fixture
def filled(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    db = tmp_path / "cso" / "saphan.db"
    demo_data(capsys, db, 40)
    return db


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_records_writes_the_file(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, suffix: str
) -> None:
    out_file = tmp_path / f"people{suffix}"
    code, out, err = run(
        capsys, "export-records", "--db", str(filled), "--user", "admin", "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    assert "Exported 40 people" in out
    assert out_file.exists()
    if suffix == ".csv":
        rows = list(csv.reader(out_file.read_text(encoding="utf-8-sig").splitlines()))
        assert len(rows) == 41
        assert rows[1][0] == "DEMO-000001"


def test_nothing_about_people_in_output_or_logs(
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    filled: Path,
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    run(capsys, "export-records", "--db", str(filled), "--user", "admin", "--out", "x.txt")
    code, out, err = run(
        capsys, "export-records", "--db", str(filled), "--user", "admin",
        "--out", str(tmp_path / "p.csv"),
    )  # fmt: skip
    assert code == 0
    store: Store = setup.open_database(filled, "admin", ADMIN_PASSWORD)
    try:
        rows = find_people(store, PersonQuery(), limit=100)
    finally:
        store.close()
    said = out + err + caplog.text
    for row in rows:
        assert row.name_latin not in said
        assert not row.name_script or row.name_script not in said
        assert not row.phone or row.phone not in said


def test_wrong_password_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str],
    filled: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, "not-the-password")
    out_file = tmp_path / "p.csv"
    code, out, err = run(
        capsys, "export-records", "--db", str(filled), "--user", "admin", "--out", str(out_file)
    )
    assert code == 2
    assert out == ""
    assert one_line_failure(err) == "saphan: the user name or password is wrong"
    assert not out_file.exists()


def test_unknown_user_gets_the_same_message(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "export-records", "--db", str(filled), "--user", "nobody",
        "--out", str(tmp_path / "p.csv"),
    )  # fmt: skip
    assert code == 2
    assert one_line_failure(err) == "saphan: the user name or password is wrong"


def test_missing_database_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    code, _, err = run(
        capsys, "export-records", "--db", str(missing), "--user", "admin",
        "--out", str(tmp_path / "p.csv"),
    )  # fmt: skip
    assert code == 2
    assert one_line_failure(err) == f"saphan: no Saphan database at {missing}"


def test_unknown_suffix_and_missing_folder_exit_2(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "export-records", "--db", str(filled), "--user", "admin",
        "--out", str(tmp_path / "p.txt"),
    )  # fmt: skip
    assert code == 2
    assert ".csv or .xlsx" in one_line_failure(err)
    code, _, err = run(
        capsys, "export-records", "--db", str(filled), "--user", "admin",
        "--out", str(tmp_path / "no" / "such" / "p.csv"),
    )  # fmt: skip
    assert code == 2
    assert "folder does not exist" in one_line_failure(err)


def test_corrupt_key_file_exits_2(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    filled.with_name(filled.name + ".keys").write_text("{ broken")
    code, _, err = run(
        capsys, "export-records", "--db", str(filled), "--user", "admin", "--out", "p.csv"
    )
    assert code == 2
    assert "key file" in one_line_failure(err)


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "demo-data", "--db", "x.db", "--user", "a", "--beneficiaries", "x")
    assert code == 2
    assert "Traceback" not in err
    assert run(capsys, "no-such-command")[0] == 2


# --- The GUI entry points, with a stand-in for desktop.app (no Qt needed) --------------------


class FakeApp:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.default = Path("/nonexistent/default/saphan.db")

    def module(self) -> types.ModuleType:
        module = types.ModuleType("desktop.app")
        module.run_app = self.run_app  # type: ignore[attr-defined]
        module.default_db_path = lambda: self.default  # type: ignore[attr-defined]
        return module

    def run_app(
        self, db_path: Path, store: Store | None = None, argv: list[str] | None = None
    ) -> int:
        seen: dict[str, Any] = {"db_path": db_path, "store": store}
        if store is not None:
            seen["people"] = count_people(store, PersonQuery())
            seen["user"] = store.user.username
            seen["cso"] = store.cso
            seen["exists"] = db_path.exists()
        self.calls.append(seen)
        return 0


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> FakeApp:
    fake = FakeApp()
    monkeypatch.setitem(sys.modules, "desktop.app", fake.module())
    return fake


def test_no_arguments_opens_the_app_on_the_default_database(
    capsys: pytest.CaptureFixture[str], fake_app: FakeApp
) -> None:
    assert run(capsys)[0] == 0
    assert fake_app.calls == [{"db_path": fake_app.default, "store": None}]


def test_db_option_opens_the_app_on_that_database(
    capsys: pytest.CaptureFixture[str], fake_app: FakeApp, tmp_path: Path
) -> None:
    assert run(capsys, "--db", str(tmp_path / "x.db"))[0] == 0
    assert fake_app.calls == [{"db_path": tmp_path / "x.db", "store": None}]


def test_demo_opens_a_throw_away_cso_signed_in_as_admin(
    capsys: pytest.CaptureFixture[str], fake_app: FakeApp
) -> None:
    code, out, err = run(capsys, "--demo")
    assert (code, err) == (0, "")
    [call] = fake_app.calls
    assert call["people"] == cli.DEMO_PEOPLE
    assert call["user"] == "admin"
    assert call["cso"].code == "DEMO"
    assert call["cso"].name == "Demo CSO — Mae Sot"
    assert call["exists"]
    password = out.split("password: ")[1].split()[0]
    assert len(password) >= 10
    # The demo folder is gone once the app has closed.
    assert not call["db_path"].exists()
    assert not call["db_path"].parent.exists()


def test_app_that_cannot_start_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "desktop.app", None)  # import fails
    code, _, err = run(capsys, "--demo")
    assert code == 2
    assert "cannot start the app" in one_line_failure(err)


# --- As a real process ----------------------------------------------------------------------


def saphan(*argv: str, password: str = ADMIN_PASSWORD) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PYTHON), "-m", "desktop", *argv],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", cli.PASSWORD_ENV: password, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(not PYTHON.exists(), reason="needs the project's .venv")
def test_as_a_subprocess(filled: Path, tmp_path: Path) -> None:
    version = saphan("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("saphan ")

    out_file = tmp_path / "p.csv"
    wrong = saphan(
        "export-records", "--db", str(filled), "--user", "admin", "--out", str(out_file),
        password="wrong password",
    )  # fmt: skip
    assert wrong.returncode == 2
    assert wrong.stdout == ""
    assert wrong.stderr == "saphan: the user name or password is wrong\n"

    missing = saphan(
        "export-records", "--db", str(tmp_path / "no.db"), "--user", "admin",
        "--out", str(out_file),
    )  # fmt: skip
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr
    assert len(missing.stderr.splitlines()) == 1

    ok = saphan("export-records", "--db", str(filled), "--user", "admin", "--out", str(out_file))
    assert ok.returncode == 0, ok.stderr
    assert out_file.exists()


@pytest.mark.skipif(not PYTHON.exists(), reason="needs the project's .venv")
def test_headless_commands_never_import_qt(filled: Path, tmp_path: Path) -> None:
    script = (
        "import sys; from desktop.cli import main; "
        f"code = main(['export-records', '--db', {str(filled)!r}, '--user', 'admin', "
        f"'--out', {str(tmp_path / 'p.xlsx')!r}]); "
        "assert code == 0, code; "
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))]; "
        "assert not qt, qt; print('ok')"
    )
    done = subprocess.run(
        [str(PYTHON), "-c", script],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", cli.PASSWORD_ENV: ADMIN_PASSWORD, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok")


def test_backup_and_restore_commands(tmp_path, monkeypatch, capsys) -> None:
    """saphan backup / saphan restore round trip; a damaged backup changes nothing."""
    import hashlib

    from desktop.cli import main

    db_path = tmp_path / "cso" / "saphan.db"
    monkeypatch.setenv("SAPHAN_PASSWORD", "backup-test-password")
    assert (
        main(
            [
                "demo-data",
                "--db",
                str(db_path),
                "--user",
                "admin",
                "--beneficiaries",
                "12",
                "--no-activity",
            ]
        )
        == 0
    )
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "--db", str(db_path), "--user", "admin", "--out", str(usb)]) == 0
    (backup_file,) = usb.iterdir()
    assert "Backed up to" in capsys.readouterr().out

    assert main(["restore", "--backup", str(backup_file), "--db", str(db_path)]) == 0
    assert "kept as" in capsys.readouterr().out

    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    damaged = tmp_path / "damaged.saphan-backup"
    damaged.write_bytes(backup_file.read_bytes()[:1000])
    assert main(["restore", "--backup", str(damaged), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "saphan: this file is not a Saphan backup; nothing was changed"
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before

    monkeypatch.setenv("SAPHAN_PASSWORD", "not-the-password")
    assert main(["restore", "--backup", str(backup_file), "--db", str(db_path)]) == 2
    assert "does not open the backup" in capsys.readouterr().err


def test_report_command(tmp_path, monkeypatch, capsys) -> None:
    import csv

    from desktop.cli import main

    db_path = tmp_path / "cso" / "saphan.db"
    monkeypatch.setenv("SAPHAN_PASSWORD", "report-test-password")
    assert (
        main(
            [
                "demo-data",
                "--db",
                str(db_path),
                "--user",
                "admin",
                "--beneficiaries",
                "60",
                "--seed",
                "4",
            ]
        )
        == 0
    )
    out = tmp_path / "counts.csv"
    args = ["report", "--db", str(db_path), "--user", "admin", "--out", str(out)]
    assert main([*args, "--from", "2025-01", "--to", "2025-06"]) == 0
    assert "internal counts" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) > 2
    assert any("2025-03" in row for row in rows)
    assert main([*args, "--from", "2025-06", "--to", "2025-01"]) == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_export_plan_command(tmp_path, monkeypatch, capsys) -> None:
    import docx

    from db import setup
    from db.plans import list_plans
    from desktop.cli import main

    db_path = tmp_path / "cso" / "saphan.db"
    monkeypatch.setenv("SAPHAN_PASSWORD", "plan-test-password")
    assert (
        main(
            [
                "demo-data",
                "--db",
                str(db_path),
                "--user",
                "admin",
                "--beneficiaries",
                "5",
                "--no-activity",
            ]
        )
        == 0
    )
    store = setup.open_database(db_path, "admin", "plan-test-password")
    template = next(p for p in list_plans(store, templates=True) if p.language == "my")
    store.close()
    out = tmp_path / "plan.docx"
    args = ["export-plan", "--db", str(db_path), "--user", "admin", "--out", str(out)]
    assert main([*args, "--plan", str(template.id)]) == 0
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert any("\u1000" <= ch <= "\u109f" for ch in text)  # Burmese, as the plan is
    assert main([*args, "--plan", "99999"]) == 2
    assert "no record 99999" in capsys.readouterr().err


def test_import_command(store: Store, db_path: Path, tmp_path: Path, capsys) -> None:
    import json

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Beneficiaries 2025"])
    ws.append(["Full name", "Gender", "DOB", "Mobile"])
    ws.append(["Ma Hnin Ei", "F", "12/03/2533", "081 234 5678"])
    ws.append(["Saw Htoo", "M", "1985-07-01", "12345"])  # a bad phone
    ws.append(["Ko Zaw", "M", "1 Jun 1992", ""])
    sheet = tmp_path / "list.xlsx"
    wb.save(sheet)
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps(
            {
                "Full name": "name_latin",
                "Gender": "sex",
                "DOB": "birth_date",
                "Mobile": "phone",
                "consent_date": "2025-12-01",
                "consent_scopes": ["services", "referral"],
                "population_group": "new_arrival",
            }
        ),
        encoding="utf-8",
    )
    args = ["import", "--db", str(db_path), "--user", "admin", "--file", str(sheet)]
    code, out, err = run(capsys, *args, "--mapping", str(mapping))
    assert code == 2
    assert err.strip() == (
        "saphan: 1 of 3 rows have problems; nothing was imported "
        "(correct them, or use --skip-invalid)"
    )
    assert count_people(store, PersonQuery()) == 0

    code, out, err = run(capsys, *args, "--mapping", str(mapping), "--skip-invalid")
    assert code == 0, err
    assert "Imported 2 people (BEAM-000001 to BEAM-000002); skipped 1" in out
    assert "row 4: phone (phone_format)" in out
    assert "Hnin" not in out + err
    assert "Saw" not in out + err
    rows = find_people(store, PersonQuery())
    assert [r.name_latin for r in rows] == ["Ma Hnin Ei", "Ko Zaw"]

    mapping.write_text(json.dumps({"Full name": "name_latin"}), encoding="utf-8")
    code, out, err = run(capsys, *args, "--mapping", str(mapping))
    assert code == 2
    assert "the mapping is not complete" in err
    code, out, err = run(capsys, *args[:-1], str(tmp_path / "old.xls"), "--mapping", str(mapping))
    assert code == 2
    assert ".xlsx and .csv" in err
