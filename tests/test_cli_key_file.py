"""The ``saphan`` command on a missing or damaged key file, hostile backups, default folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db import keys
from tests.db.test_backup_hostile import members_of, write_backup
from tests.test_cli import demo_data, one_line_failure, run


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import cli
    from tests.conftest import ADMIN_PASSWORD

    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    path = tmp_path / "cso" / "saphan.db"
    demo_data(capsys, path, 5)
    return path


def export(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> tuple[int, str, str]:
    return run(
        capsys, "export-records", "--db", str(db), "--user", "admin",
        "--out", str(tmp_path / "people.csv"),
    )  # fmt: skip


def test_a_missing_key_file_is_named_with_the_way_back(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    keys.KeyFile.path_for(db).unlink()
    code, _, err = export(capsys, db, tmp_path)
    assert code == 2
    line = one_line_failure(err)
    assert f"its key file {db}.keys is missing" in line
    assert "no Saphan database" not in line
    assert f"saphan restore --key-file-only --backup FILE --db {db}" in line


def test_the_key_file_is_taken_from_a_backup_and_later_records_stay(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(capsys, "backup", "--db", str(db), "--user", "admin", "--out", str(usb))[0] == 0
    [backup_file] = usb.iterdir()
    demo_data(capsys, db, 3)  # entered after the backup
    keys.KeyFile.path_for(db).unlink()

    code, out, err = run(
        capsys, "restore", "--key-file-only", "--backup", str(backup_file), "--db", str(db)
    )
    assert (code, err) == (0, "")
    assert "keeps everything entered since" in out
    assert export(capsys, db, tmp_path)[0] == 0
    assert len((tmp_path / "people.csv").read_text().splitlines()) == 1 + 5 + 3

    code, _, err = run(
        capsys, "restore", "--key-file-only", "--backup", str(backup_file), "--db", str(db)
    )
    assert code == 2
    assert "reads fine" in one_line_failure(err)


def test_a_key_file_with_hostile_parameters_is_damaged_not_a_hang(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*_a: object, **_k: object) -> bytes:
        raise AssertionError("derived a key with a time cost of a million")

    monkeypatch.setattr(keys, "hash_secret_raw", refuse)
    path = keys.KeyFile.path_for(db)
    data = json.loads(path.read_text())
    data["slots"]["user:admin"]["t"] = 10**6
    path.write_text(json.dumps(data))
    code, _, err = export(capsys, db, tmp_path)
    assert code == 2
    line = one_line_failure(err)
    assert "key file next to the database is damaged" in line
    assert "--key-file-only" in line


def test_a_zip_bomb_backup_is_refused_as_damaged(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "real.saphan-backup"
    assert run(capsys, "backup", "--db", str(db), "--user", "admin", "--out", str(out))[0] == 0
    bomb = write_backup(tmp_path / "bomb.saphan-backup", members_of(out), "manifest.json")
    code, _, err = run(capsys, "restore", "--backup", str(bomb), "--db", str(db))
    assert code == 2
    assert one_line_failure(err) == "saphan: the backup is damaged; nothing was changed"


def test_backup_without_out_goes_to_the_backups_folder_beside_the_database(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, err = run(capsys, "backup", "--db", str(db), "--user", "admin")
    assert (code, err) == (0, "")
    [made] = (db.parent / "Backups").iterdir()
    assert made.name.endswith(".saphan-backup")
    assert str(made) in out
