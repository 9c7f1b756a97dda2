"""Importing an instrument from an XLSForm workbook (db.instruments.xlsform): a form written
with openpyxl comes back as the definition, is stored, filled in and scored; malformed forms
are refused with one message per bad row, naming sheet and row, and leave the database as it
was."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from db import assessments, beneficiaries, import_sheets
from db.errors import PermissionDenied
from db.instruments import xlsform
from db.instruments.problems import FormProblems
from db.instruments.store import get_instrument
from db.instruments.xlsform import import_xlsform, read_xlsform
from db.models import Instrument
from db.store import Store
from db.types import Role, UserInfo
from tests.db.people import person
from tests.db.xlsforms import EN, MY, Form, cell, good_form, write_form


def stored(store: Store) -> list[tuple[str, int]]:
    """Every instrument version in the database."""
    with store.read() as session:
        rows = session.execute(select(Instrument.code, Instrument.version))
        return sorted((code, version) for code, version in rows)


def problems_of(path: Path) -> list[str]:
    with pytest.raises(FormProblems) as raised:
        read_xlsform(path)
    return [str(p) for p in raised.value.problems]


def test_a_form_becomes_the_definition(tmp_path: Path) -> None:
    definition = read_xlsform(write_form(tmp_path / "form.xlsx", good_form()))
    assert definition["format"] == "saphan.instrument/1"
    assert (definition["code"], definition["version"]) == ("wellbeing_check", 2)
    assert definition["name"] == {"en": "Wellbeing check", "my": "စိတ်ချမ်းသာမှု စစ်ဆေးချက်"}
    assert definition["intro"]["en"] == "Over the last 2 weeks:"
    assert [i["name"] for i in definition["items"]] == ["q1", "q2", "q3", "q4", "q5", "days"]
    q3, q5 = definition["items"][2], definition["items"][4]
    assert (q3["reverse"], q3["required"], q3["choices"]) == (True, True, "freq4")
    assert (q5["reverse"], q5["required"], q5["relevant"]) == (False, False, "${q4} = 1")
    assert definition["items"][0]["label"] == {"en": "I felt cheerful", "my": "ပျော်ရွှင်ခဲ့သည်"}
    assert [c["value"] for c in definition["choice_lists"]["freq4"]] == [0, 1, 2, 3]
    # An integer question's whole numbers become its list.
    days = definition["items"][5]
    assert (days["required"], days["reverse"]) == (False, False)
    assert definition["choice_lists"][days["choices"]] == [
        {"value": n, "label": {"en": str(n)}} for n in range(8)
    ]
    assert definition["scores"] == [
        {
            "name": "total",
            "label": {"en": "Total", "my": "စုစုပေါင်း"},
            "formula": "${q1} + ${q2} + ${q3}",
        }
    ]
    assert definition["result"] == "total"
    assert definition["range"] == [0, 9]
    assert (definition["higher_is_better"], definition["mid"]) == (True, 2)
    assert [(b["code"], b["from"], b["to"]) for b in definition["bands"]] == [
        ("low", 0, 3),
        ("medium", 4, 6),
        ("high", 7, 9),
    ]
    assert definition["alerts"][0]["when"] == "${q4} = 1"
    assert definition["translations"] == {"my": {"validated": False, "source": ""}}


def test_round_trip_imported_filled_in_scored(tmp_path: Path, store: Store) -> None:
    """A form written with openpyxl is imported, filled in for a person and scored: the
    reverse item turned round, the skipped question not asked, the band and the alert."""
    before = stored(store)
    info = import_xlsform(store, write_form(tmp_path / "form.xlsx", good_form()))
    assert (info.code, info.version, len(info.items)) == ("wellbeing_check", 2, 6)
    assert stored(store) == sorted([*before, ("wellbeing_check", 2)])
    defn = get_instrument(store, "wellbeing_check").definition
    assert defn.text(defn.item("q1").label, "my") == ("ပျော်ရွှင်ခဲ့သည်", False)  # not validated

    pid = beneficiaries.register_person(store, person()).id
    day = dt.date.today()
    # q3 (worried, reversed): 0 → 3. q4 "no": q5 is not asked, whatever was given.
    pre = assessments.record_assessment(
        store,
        pid,
        "wellbeing_check",
        {"q1": 1, "q2": 1, "q3": 0, "q4": 0, "q5": 3, "days": 2},
        phase="pre",
        date=day,
    )
    assert (pre.score, pre.band, pre.alerts) == (5, "medium", ())
    assert pre.values["q5"] is None
    # q3 "always worried" scores 0; "yes" to self-harm raises the alert and asks q5.
    post = assessments.record_assessment(
        store,
        pid,
        "wellbeing_check",
        {"q1": 3, "q2": 3, "q3": 3, "q4": 1, "q5": 1, "days": 7},
        phase="post",
        date=day,
    )
    assert (post.score, post.band, post.alerts) == (6, "medium", ("self_harm",))
    assert post.values["q5"] == 1
    best = assessments.record_assessment(
        store, pid, "wellbeing_check", {"q1": 3, "q2": 3, "q3": 0, "q4": 0}, date=day
    )
    assert (best.score, best.band) == (9, "high")


def test_a_changed_form_is_a_new_version_and_the_same_form_nothing_new(
    tmp_path: Path, store: Store
) -> None:
    form = good_form()
    first = import_xlsform(store, write_form(tmp_path / "a.xlsx", form))
    again = import_xlsform(store, write_form(tmp_path / "b.xlsx", form))
    assert (again.code, again.version) == (first.code, first.version)
    cell(form, "survey", 3, EN, "I felt cheerful and in good spirits")
    changed = import_xlsform(store, write_form(tmp_path / "c.xlsx", form))
    assert changed.version == first.version + 1
    assert [v for c, v in stored(store) if c == "wellbeing_check"] == [2, 3]


def test_calculates_are_put_in_the_order_they_use_each_other(tmp_path: Path) -> None:
    """XLSForm's calculates may come in any order; a score may use only earlier scores."""
    form = good_form()
    form["survey"][7][6] = "${part} + ${q3}"
    form["survey"].append(["calculate", "part", "Part", "", "", "", "${q1} + ${q2}"])
    definition = read_xlsform(write_form(tmp_path / "form.xlsx", form))
    assert [s["name"] for s in definition["scores"]] == ["part", "total"]


def test_a_validated_translation_names_its_source(tmp_path: Path) -> None:
    form = good_form()
    cell(form, "settings", 2, "saphan_validated_my", "A published Burmese version, 2019")
    definition = read_xlsform(write_form(tmp_path / "form.xlsx", form))
    assert definition["translations"]["my"] == {
        "validated": True,
        "source": "A published Burmese version, 2019",
    }


# --- twenty-odd malformed forms ---------------------------------------------------------------


def _delete(sheet: str) -> Callable[[Form], None]:
    def change(form: Form) -> None:
        del form[sheet]

    return change


def _set(sheet: str, row: int, column: str, value: object) -> Callable[[Form], None]:
    def change(form: Form) -> None:
        cell(form, sheet, row, column, value)

    return change


def _rename_column(sheet: str, old: str, new: str) -> Callable[[Form], None]:
    def change(form: Form) -> None:
        header = form[sheet][0]
        header[header.index(old)] = new

    return change


def _circular(form: Form) -> None:
    cell(form, "survey", 8, "calculation", "${q1} + ${part}")
    form["survey"].append(["calculate", "part", "Part", "", "", "", "${total} - ${q2}"])


def _empty(form: Form) -> None:
    form["survey"] = form["survey"][:1]


def _group(form: Form) -> None:
    form["survey"].insert(3, ["begin group", "g1", "Group"])


def _reverse_integer(form: Form) -> None:
    cell(form, "survey", 6, "type", "integer")
    cell(form, "survey", 6, "saphan::reverse", "yes")


# (id, change, [(where, words in its message)]): exactly these problems, one per row.
MALFORMED: list[tuple[str, Callable[[Form], None], list[tuple[str, str]]]] = [
    ("missing survey sheet", _delete("survey"), [("survey", "the sheet is missing")]),
    (
        "missing choices sheet",
        _delete("choices"),
        [
            ("survey row 3", "the choice list 'freq4' does not exist: the form has no choices"),
            ("survey row 6", "the choice list 'yesno' does not exist"),
        ],
    ),
    ("missing settings sheet", _delete("settings"), [("settings", "the sheet is missing")]),
    (
        "unknown choice list",
        _set("survey", 4, "type", "select_one freq5"),
        [("survey row 4", "the choice list 'freq5' does not exist")],
    ),
    (
        "bad type",
        _set("survey", 4, "type", "selectone freq4"),
        [("survey row 4", "the type 'selectone freq4' cannot be imported")],
    ),
    (
        "a type that cannot be scored",
        _set("survey", 4, "type", "text"),
        [("survey row 4", "the type 'text' cannot be imported")],
    ),
    (
        "circular calculates",
        _circular,
        [
            ("survey row 8", "'total' → 'part' → 'total' refer to each other in a circle"),
            ("survey row 10", "in a circle"),
        ],
    ),
    (
        "calculate refers to an unknown name",
        _set("survey", 8, "calculation", "${q1} + ${q9}"),
        [("survey row 8", "'calculation' refers to 'q9', which is not a question or score")],
    ),
    (
        "calculate without a calculation",
        _set("survey", 8, "calculation", None),
        [("survey row 8", "the calculate row 'total' has no calculation")],
    ),
    (
        "duplicate names",
        _set("survey", 7, "name", "q4"),
        [("survey row 7", "the name 'q4' is used twice (also on row 6)")],
    ),
    (
        "duplicate choice values",
        _set("choices", 3, "name", 0),
        [("choices row 3", "the choice value '0' is in the list 'freq4' twice (also on row 2)")],
    ),
    (
        "non-integer choice value",
        _set("choices", 3, "name", "sometimes"),
        [("choices row 3", "the choice value 'sometimes' is not a whole number")],
    ),
    (
        "missing label",
        _set("survey", 4, EN, None),
        [("survey row 4", "'q2' has no English label")],
    ),
    (
        "unknown language column",
        _rename_column("survey", MY, "label::French (fr)"),
        [("survey row 1", "the column 'label::French (fr)' is in a language Saphan cannot")],
    ),
    (
        "relevant refers to an unknown name",
        _set("survey", 7, "relevant", "${q44} = 1"),
        [("survey row 7", "'relevant' refers to 'q44'")],
    ),
    (
        "constraint refers to an unknown name (found by pyxform only)",
        _set("survey", 3, "constraint", ". != ${nope}"),
        [("survey row 3", "this is not a valid XLSForm: On the 'survey' sheet, the 'constraint'")],
    ),
    (
        "bad relevant expression",
        _set("survey", 7, "relevant", "${q4} = = 1"),
        [("survey row 7", "'relevant' is not an expression Saphan can evaluate")],
    ),
    (
        "relevant with an unclosed reference",
        _set("survey", 7, "relevant", "${q4 = 1"),
        [("survey row 7", "'relevant' is not an expression Saphan can evaluate")],
    ),
    (
        "relevant refers to a later question",
        _set("survey", 4, "relevant", "${q4} = 1"),
        [("survey row 4", "'relevant' refers to 'q4', which is worked out only after this row")],
    ),
    (
        "alert with a bad expression",
        _set("saphan_alerts", 2, "when", "${q4} >"),
        [("saphan_alerts row 2", "'when' is not an expression Saphan can evaluate")],
    ),
    (
        "integer question without bounds",
        _set("survey", 9, "constraint", None),
        [("survey row 9", "needs the constraint '. >= MIN and . <= MAX'")],
    ),
    (
        "reverse on a non-select item",
        _reverse_integer,
        [("survey row 6", "only a select_one question can be reverse-scored")],
    ),
    (
        "reverse neither yes nor no",
        _set("survey", 5, "saphan::reverse", "maybe"),
        [("survey row 5", "'saphan::reverse' must be yes or no, not 'maybe'")],
    ),
    (
        "empty form",
        _empty,
        [("survey", "the form has no questions"), ("saphan_alerts row 2", "refers to 'q4'")],
    ),
    ("a group", _group, [("survey row 4", "groups and repeats cannot be imported")]),
    (
        "band gap",
        _set("saphan_bands", 3, "from", 5),
        [("saphan_bands row 3", "a gap between this band and the band on row 2")],
    ),
    (
        "band overlap",
        _set("saphan_bands", 4, "from", 6),
        [("saphan_bands row 4", "the band overlaps the band on row 3")],
    ),
    (
        "band outside the range",
        _set("settings", 2, "saphan_max", 8),
        [("saphan_bands row 4", "outside the score's range 0 to 8")],
    ),
    (
        "alert refers to an unknown name",
        _set("saphan_alerts", 2, "when", "${q40} = 1"),
        [("saphan_alerts row 2", "'when' refers to 'q40'")],
    ),
    (
        "settings without form_id",
        _set("settings", 2, "form_id", None),
        [("settings row 2", "the settings have no form_id")],
    ),
    (
        "form_id that cannot be a code",
        _set("settings", 2, "form_id", "PHQ-9"),
        [("settings row 2", "the form_id 'PHQ-9' cannot be an instrument code")],
    ),
    (
        "bad version",
        _set("settings", 2, "version", "1.5"),
        [("settings row 2", "the version '1.5' is not a whole number from 1")],
    ),
    (
        "no direction of improvement",
        _set("settings", 2, "saphan_higher_is_better", None),
        [("settings row 2", "the setting 'saphan_higher_is_better' is missing")],
    ),
    (
        "result names no score",
        _set("settings", 2, "saphan_result", "totl"),
        [("settings row 2", "saphan_result names 'totl', which is not a calculate row")],
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, expected, id=name) for name, change, expected in MALFORMED],
)
def test_a_malformed_form_gets_one_message_per_bad_row(
    tmp_path: Path,
    store: Store,
    change: Callable[[Form], None],
    expected: list[tuple[str, str]],
) -> None:
    form = good_form()
    change(form)
    before = stored(store)
    with pytest.raises(FormProblems) as raised:
        import_xlsform(store, write_form(tmp_path / "form.xlsx", form))
    assert stored(store) == before  # nothing half-imported
    problems = [str(p) for p in raised.value.problems]
    assert [p.split(": ", 1)[0] for p in problems] == [where for where, _ in expected]
    for problem, (_, words) in zip(problems, expected, strict=True):
        assert words in problem


def test_problems_are_collected_not_stopped_at_the_first(tmp_path: Path) -> None:
    form = good_form()
    cell(form, "survey", 4, "type", "select_one freq5")
    cell(form, "choices", 3, "name", "sometimes")
    cell(form, "settings", 2, "version", "x")
    cell(form, "saphan_bands", 3, "from", 5)
    problems = problems_of(write_form(tmp_path / "form.xlsx", form))
    assert [p.split(": ", 1)[0] for p in problems] == [
        "settings row 2",
        "survey row 4",
        "choices row 3",
        "saphan_bands row 3",
    ]


def test_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    path.write_text("type,name,label\ninteger,q1,Q1\n")
    assert problems_of(path) == ["the file cannot be read as an Excel workbook"]
    old = tmp_path / "form.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    assert problems_of(old) == ["the file is not an Excel workbook (.xlsx)"]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    """The bounds of every untrusted workbook (db.import_sheets.check_workbook)."""
    path = write_form(tmp_path / "form.xlsx", good_form())
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.xml", b"\0" * (4 * 1024 * 1024))
    assert problems_of(path) == ["the file is too large or packed in a way Saphan does not open"]


def test_a_form_with_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsform, "MAX_ROWS", 6)
    problems = problems_of(write_form(tmp_path / "form.xlsx", good_form()))
    assert problems == ["survey: the sheet has more than 6 rows"]


def test_a_file_too_big_is_refused_unread(tmp_path: Path, store: Store) -> None:
    path = write_form(tmp_path / "form.xlsx", good_form())
    with path.open("ab") as file:
        file.truncate(import_sheets.MAX_FILE_BYTES + 1)
    before = stored(store)
    with pytest.raises(FormProblems) as raised:
        import_xlsform(store, path)
    assert [str(p) for p in raised.value.problems] == [
        "the file is too large or packed in a way Saphan does not open"
    ]
    assert stored(store) == before


def test_only_an_admin_imports(tmp_path: Path, store: Store) -> None:
    caseworker = dataclasses.replace(
        store, user=UserInfo(store.user.id, "mya", "Ma Mya", Role.CASEWORKER, "en")
    )
    with pytest.raises(PermissionDenied):
        import_xlsform(caseworker, write_form(tmp_path / "form.xlsx", good_form()))
