"""Files from outside the database (lists to import, backups, key files): read in time that
grows with their size and no faster, within bounds, one way only, and refused with the typed
error their reader documents."""

from __future__ import annotations

import importlib.util
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from db import backup, keys
from db.errors import KeyFileCorrupt
from db.import_sheets import ImportFileProblem, read_sheet
from db.myanmar_text import normalise_myanmar
from tests.fuzz.limits import cpu_limit

ROOT = Path(__file__).resolve().parents[2]


# --- lists to import ----------------------------------------------------------------------------


def _workbook(path: Path, fill: Callable[[object], None] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Name", "Sex"])
    ws.append(["Ma Hla", "F"])
    ws.append(["Ko Aung", "M"])
    if fill is not None:
        fill(ws)
    wb.save(path)
    return path


def _rewrite(path: Path, part: str, change: Callable[[bytes], bytes]) -> None:
    """Replace one part of a zip file with a changed copy."""
    with zipfile.ZipFile(path) as old:
        parts = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in parts:
            new.writestr(info, change(data) if info.filename == part else data)


SHEET = "xl/worksheets/sheet1.xml"


def test_a_merged_range_over_the_whole_sheet_is_refused_at_once(tmp_path: Path) -> None:
    """A few bytes of XML that openpyxl would fill with 17 billion merged cells."""
    path = _workbook(tmp_path / "merged.xlsx", lambda ws: ws.merge_cells("A3:B3"))  # type: ignore[attr-defined]
    _rewrite(path, SHEET, lambda xml: xml.replace(b'ref="A3:B3"', b'ref="A1:XFD1048576"'))
    with cpu_limit(2.0), pytest.raises(ImportFileProblem, match="too_large"):
        read_sheet(path)


def test_a_hyperlinked_range_over_the_whole_sheet_is_refused_at_once(tmp_path: Path) -> None:
    def link(ws: object) -> None:
        ws["A2"].hyperlink = "https://example.org"  # type: ignore[index]

    path = _workbook(tmp_path / "linked.xlsx", link)
    assert zipfile.ZipFile(path).read(SHEET).count(b' ref="A2"') == 1
    _rewrite(path, SHEET, lambda xml: xml.replace(b' ref="A2"', b' ref="A1:XFD1048576"'))
    with cpu_limit(2.0), pytest.raises(ImportFileProblem, match="too_large"):
        read_sheet(path)


def test_a_cell_in_the_far_corner_is_refused_at_once(tmp_path: Path) -> None:
    def far(ws: object) -> None:
        ws.cell(row=1_048_576, column=16_384, value="x")  # type: ignore[attr-defined]

    path = _workbook(tmp_path / "far.xlsx", far)
    with cpu_limit(2.0), pytest.raises(ImportFileProblem, match="too_large"):
        read_sheet(path)


def test_a_part_that_unpacks_a_thousandfold_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "bomb.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/padding.xml", b"<a>" + b" " * (8 * 1024 * 1024) + b"</a>")
    with cpu_limit(2.0), pytest.raises(ImportFileProblem, match="too_large"):
        read_sheet(path)


def test_a_broken_workbook_is_cannot_read(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "broken.xlsx")
    _rewrite(path, "xl/workbook.xml", lambda xml: xml[: len(xml) // 2])
    with pytest.raises(ImportFileProblem, match="cannot_read"):
        read_sheet(path)


def test_a_csv_row_of_empty_cells_is_read_in_linear_time(tmp_path: Path) -> None:
    """Trailing empty columns were dropped one at a time, each time looking at every row."""
    path = tmp_path / "wide.csv"
    rows = ["name,sex", "Ma Hla,F" + "," * 50_000] + ["Ko Aung,M"] * 3_000
    path.write_text("\n".join(rows), encoding="utf-8")
    with cpu_limit(2.0):
        sheet = read_sheet(path)
    assert sheet.header == ("name", "sex")
    assert len(sheet.rows) == 3_001
    assert sheet.rows[0] == ("Ma Hla", "F")


def test_a_csv_cell_beyond_the_csv_modules_limit_is_cannot_read(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("name,note\nMa Hla," + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFileProblem, match="cannot_read"):
        read_sheet(path)


def test_the_csv_dialect_is_guessed_from_a_bounded_sample(tmp_path: Path) -> None:
    """csv.Sniffer's patterns take time that grows with the square of what they see."""
    path = tmp_path / "notes.csv"
    path.write_text("name,note\nMa Hla," + " 'x" * 40_000 + "\n", encoding="utf-8")
    with cpu_limit(2.0):
        sheet = read_sheet(path)
    assert sheet.header == ("name", "note")
    assert sheet.rows[0][0] == "Ma Hla"


def test_a_csv_with_too_many_rows_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db import import_sheets

    monkeypatch.setattr(import_sheets, "MAX_ROWS", 100)
    path = tmp_path / "many.csv"
    path.write_text("name,sex\n" + "Ma Hla,F\n" * 101, encoding="utf-8")
    with pytest.raises(ImportFileProblem, match="too_large"):
        read_sheet(path)


def test_a_file_beyond_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db import import_sheets

    monkeypatch.setattr(import_sheets, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text("name,sex\n" + "Ma Hla,F\n" * 200, encoding="utf-8")
    with pytest.raises(ImportFileProblem, match="too_large"):
        read_sheet(path)


# --- Burmese text -------------------------------------------------------------------------------


def test_a_long_run_of_vowel_signs_is_normalised_in_linear_time() -> None:
    with cpu_limit(2.0):
        assert normalise_myanmar("\u1031" * 50_000) == "\u1031" * 50_000


def _normalise_as_migration_0003() -> Callable[[str], str]:
    """The copy of the normal form that migration 0003 keeps (the one before this fix)."""
    path = ROOT / "db/migrations/versions/0003_search_text_burmese_normal_form.py"
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.normalise_myanmar  # type: ignore[no-any-return]


_OLD_NORMALISE = _normalise_as_migration_0003()


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="\u1000\u1004\u1031\u103b\u103c\u103d\u102c\u102f"
        "\u1036\u1037\u1039\u103a\u1040\u200b a",
        max_size=12,
    )
)
def test_the_normal_form_is_unchanged(text: str) -> None:
    assert normalise_myanmar(text) == _OLD_NORMALISE(text)


# --- backups and key files ----------------------------------------------------------------------


def _backup_with_manifest(path: Path, manifest: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", manifest)
        zf.writestr("saphan.db", b"not a database")
        zf.writestr("saphan.db.keys", b"{}")
    return path


def test_a_backup_manifest_naming_a_member_twice_is_refused(tmp_path: Path) -> None:
    manifest = b'{"format":"other","format":"saphan.backup/1","cso_code":"BEAM"}'
    path = _backup_with_manifest(tmp_path / "dup.saphan-backup", manifest)
    with pytest.raises(backup.BackupRefused, match="not_a_backup"):
        backup.read_backup_manifest(path)


def test_a_deeply_nested_backup_manifest_is_refused(tmp_path: Path) -> None:
    # Within the manifest size limit (64 KiB), so it is the nesting that is refused.
    path = _backup_with_manifest(tmp_path / "deep.saphan-backup", b"[" * 60_000)
    with pytest.raises(backup.BackupRefused, match="not_a_backup"):
        backup.read_backup_manifest(path)


def _key_file(path: Path, text: bytes) -> Path:
    path.write_bytes(text)
    return path


def test_a_key_file_naming_a_member_twice_is_refused(tmp_path: Path) -> None:
    good = {"format": keys.KEYFILE_FORMAT, "cso_code": "BEAM", "slots": {}}
    path = _key_file(tmp_path / "ok.keys", json.dumps(good).encode())
    assert keys.KeyFile.load(path).cso_code == "BEAM"
    doubled = b'{"cso_code":"KAQ",' + json.dumps(good).encode()[1:]
    with pytest.raises(KeyFileCorrupt):
        keys.KeyFile.load(_key_file(tmp_path / "dup.keys", doubled))


def test_a_deeply_nested_key_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyFileCorrupt):
        keys.KeyFile.load(_key_file(tmp_path / "deep.keys", b"[" * 100_000))


def test_json_of_a_key_file_is_read_as_utf_8(tmp_path: Path) -> None:
    with pytest.raises(KeyFileCorrupt):
        keys.KeyFile.load(
            _key_file(tmp_path / "latin1.keys", '{"cso_code":"\xe9"}'.encode("latin-1"))
        )


def test_a_workbook_without_a_worksheet_has_no_sheet(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "sheetless.xlsx")
    with zipfile.ZipFile(path) as old:
        parts = [(i, old.read(i)) for i in old.infolist() if i.filename != SHEET]
    with zipfile.ZipFile(path, "w") as new:
        for info, data in parts:
            new.writestr(info, data)
    with pytest.raises(ImportFileProblem, match="no_sheet"):
        read_sheet(path)
