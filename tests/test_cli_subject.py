"""``saphan subject-export --db PATH --user NAME --code CODE --out FILE``: .json and .docx by
the extension, through the real entry point, with one-line failures that leave no file."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from db import beneficiaries, users
from db.models import AuditEvent
from db.store import Store
from db.types import Role
from desktop import cli
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person
from tests.test_cli import ROOT, one_line_failure, run


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)


@pytest.fixture
def filled(store: Store, db_path: Path) -> tuple[Path, str]:
    """A database with one person (Burmese-speaking) and a caseworker "mya"."""
    code = beneficiaries.register_person(
        store, person("Ma Subject Canary", name_script="မအေး", language="my")
    ).code
    users.create_user(store, "mya", "Ma Mya Sandar", Role.CASEWORKER, ADMIN_PASSWORD)
    return db_path, code


def _events(store: Store) -> list[tuple[str, str]]:
    with store.read() as s:
        return [
            (a, d)
            for a, d in s.execute(select(AuditEvent.action, AuditEvent.detail)).all()
            if a == "subject_export"
        ]


def test_json_and_docx_by_the_extension(
    capsys: pytest.CaptureFixture[str], store: Store, filled: tuple[Path, str], tmp_path: Path
) -> None:
    db, code = filled
    out = tmp_path / "copy.json"
    status, printed, err = run(
        capsys, "subject-export", "--db", str(db), "--user", "admin", "--code", code,
        "--out", str(out),
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert printed.strip() == str(out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["person"]["code"] == code
    assert document["person"]["name_script"] == "မအေး"

    docx = tmp_path / "copy.DOCX"
    status, printed, err = run(
        capsys, "subject-export", "--db", str(db), "--user", "admin", "--code", code.lower(),
        "--out", str(docx),
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert printed.strip() == str(docx)
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.read_bytes())).paragraphs)
    assert "ပုဂ္ဂိုလ်အကြောင်း" in text  # in the person's language
    assert "Ma Subject Canary" not in printed
    assert _events(store) == [("subject_export", "format=json"), ("subject_export", "format=docx")]


def test_failures_are_one_line_and_leave_no_file(
    capsys: pytest.CaptureFixture[str], store: Store, filled: tuple[Path, str], tmp_path: Path
) -> None:
    db, code = filled
    base = ["subject-export", "--db", str(db), "--user", "admin", "--code", code]

    status, _, err = run(capsys, *base, "--out", str(tmp_path / "copy.pdf"))
    assert status == 2
    assert one_line_failure(err) == (
        "saphan: the output file must end in .docx or .json (not .pdf)"
    )
    status, _, err = run(capsys, *base[:-1], "BEAM-999999", "--out", str(tmp_path / "x.json"))
    assert status == 2
    assert one_line_failure(err) == "saphan: there is no person with the code BEAM-999999"

    status, _, err = run(
        capsys, "subject-export", "--db", str(db), "--user", "mya", "--code", code,
        "--out", str(tmp_path / "x.docx"),
    )  # fmt: skip
    assert status == 2
    assert one_line_failure(err).startswith("saphan: your role does not allow this")

    status, _, err = run(capsys, *base, "--out", str(tmp_path / "no-folder" / "x.json"))
    assert status == 2
    one_line_failure(err)

    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(0o500)
    try:
        status, _, err = run(capsys, *base, "--out", str(read_only / "x.docx"))
    finally:
        read_only.chmod(0o700)
    if status != 0:  # root writes anywhere
        assert status == 2
        one_line_failure(err)
        assert list(read_only.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == []
    assert len(_events(store)) == (0 if status else 1)


def test_as_a_process_json_needs_no_qt(filled: tuple[Path, str], tmp_path: Path) -> None:
    db, code = filled
    out = tmp_path / "copy.json"
    script = (
        "import sys; from desktop.cli import main; "
        f"code = main(['subject-export', '--db', {str(db)!r}, '--user', 'admin', "
        f"'--code', {code!r}, '--out', {str(out)!r}]); "
        "assert code == 0, code; "
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "assert not qt, qt"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", cli.PASSWORD_ENV: ADMIN_PASSWORD, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["code"] == code
