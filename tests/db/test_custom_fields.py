"""Custom fields (db.custom_fields): the admin defines fields on people and sessions; values are
checked by kind, written and read with the record, kept when a field is deactivated, and go
with the person when they are erased."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from db import activities, beneficiaries, custom_fields, housekeeping, rectification
from db.activities import ActivityType, SessionInput
from db.custom_fields import Choice, Entity, FieldInput, Kind
from db.errors import PermissionDenied, ValidationFailed
from db.models import CustomValue
from db.programmes import list_programmes
from db.store import Store
from db.types import Role, UserInfo
from tests.db.people import person

HOUSING = FieldInput(
    Entity.PERSON,
    "housing",
    Kind.CHOICE,
    {"en": "Housing", "my": "နေထိုင်မှု", "th": "ที่อยู่อาศัย"},
    (
        Choice("rented", {"en": "Rented room", "my": "အခန်းငှား"}),
        Choice("", {"en": "With employer"}),
    ),
    required=True,
)


def as_role(store: Store, role: Role) -> Store:
    return dataclasses.replace(store, user=UserInfo(store.user.id, "x", "X", role, "en"))


def add(store: Store, code: str, kind: Kind, **more: object) -> custom_fields.CustomField:
    spec = FieldInput(Entity.PERSON, code, kind, {"en": code.title()})
    return custom_fields.add_field(store, dataclasses.replace(spec, **more))  # type: ignore[arg-type]


def test_the_admin_defines_a_choice_field_with_three_languages(store: Store) -> None:
    f = custom_fields.add_field(store, HOUSING)
    assert f.label("my") == "နေထိုင်မှု"
    assert f.label("ksw") == "နေထိုင်မှု"  # S'gaw Karen readers get Burmese
    assert [c.value for c in f.choices] == ["rented", "with_employer"]  # made from English
    assert f.choices[1].label("th") == "With employer"  # English where there is no Thai
    assert f.required
    assert f.active
    assert [x.code for x in custom_fields.list_fields(store, Entity.PERSON)] == ["housing"]
    assert custom_fields.list_fields(store, Entity.SESSION) == []


@pytest.mark.parametrize(
    ("spec", "problems"),
    [
        (FieldInput(Entity.PERSON, "", Kind.TEXT, {"en": "X"}), {"code": "required"}),
        (FieldInput(Entity.PERSON, "Bad code", Kind.TEXT, {"en": "X"}), {"code": "bad_code"}),
        (FieldInput(Entity.PERSON, "x_1", Kind.TEXT, {"my": "မြန်"}), {"labels.en": "required"}),
        (FieldInput(Entity.PERSON, "x_1", Kind.CHOICE, {"en": "X"}), {"choices": "no_choices"}),
        (
            FieldInput(Entity.PERSON, "x_1", Kind.CHOICE, {"en": "X"}, (Choice("a", {"my": "မ"}),)),
            {"choices[0].labels.en": "required"},
        ),
        (
            FieldInput(
                Entity.PERSON,
                "x_1",
                Kind.CHOICE,
                {"en": "X"},
                (Choice("a", {"en": "A"}), Choice("a", {"en": "B"})),
            ),
            {"choices[1].value": "duplicate"},
        ),
        (
            FieldInput(Entity.PERSON, "x_1", Kind.TEXT, {"en": "X\x07"}),
            {"labels.en": "control_character"},
        ),
    ],
)
def test_a_bad_definition_is_refused_with_each_problem(
    store: Store, spec: FieldInput, problems: dict[str, str]
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        custom_fields.add_field(store, spec)
    assert caught.value.problems == problems
    assert custom_fields.list_fields(store, include_inactive=True) == []


def test_codes_are_unique_and_only_the_admin_defines_fields(store: Store) -> None:
    custom_fields.add_field(store, HOUSING)
    with pytest.raises(ValidationFailed) as caught:
        custom_fields.add_field(store, HOUSING)
    assert caught.value.problems == {"code": "code_taken"}
    with pytest.raises(PermissionDenied):
        custom_fields.add_field(
            as_role(store, Role.CASEWORKER), dataclasses.replace(HOUSING, code="x2")
        )


@pytest.mark.parametrize(
    ("kind", "given", "stored", "read"),
    [
        (Kind.TEXT, "  Near the market\tstall ", "Near the market stall", "Near the market stall"),
        (Kind.NUMBER, "၁၂", "12", 12),
        (Kind.NUMBER, 3.50, "3.5", 3.5),
        (Kind.NUMBER, "1,250", "1250", 1250),
        (Kind.DATE, dt.date(2025, 4, 1), "2025-04-01", dt.date(2025, 4, 1)),
        (Kind.DATE, "1/4/2025", "2025-04-01", dt.date(2025, 4, 1)),
        (Kind.YES_NO, True, "yes", True),
        (Kind.YES_NO, "ไม่", "no", False),
        (Kind.CHOICE, "Rented room", "rented", "rented"),
        (Kind.CHOICE, "အခန်းငှား", "rented", "rented"),
        (Kind.CHOICE, "with_employer", "with_employer", "with_employer"),
    ],
)
def test_values_are_read_by_kind(
    store: Store, kind: Kind, given: object, stored: str, read: object
) -> None:
    spec = dataclasses.replace(HOUSING, kind=kind, code="ff", required=False)
    f = custom_fields.add_field(store, spec)
    assert custom_fields.parse_value(f, given, dt.date(2026, 1, 1)) == (stored, None)
    p = beneficiaries.register_person(store, person(custom={"ff": given}))
    assert p.custom == {"ff": read}


@pytest.mark.parametrize(
    ("kind", "given", "problem"),
    [
        (Kind.NUMBER, "twelve", "not_a_number"),
        (Kind.NUMBER, "nan", "not_a_number"),
        (Kind.DATE, "someday", "not_a_date"),
        (Kind.YES_NO, "maybe", "not_yes_no"),
        (Kind.CHOICE, "Tent", "not_a_choice"),
        (Kind.TEXT, "x" * 501, "too_long"),
        (Kind.TEXT, "bad\x07line", "control_character"),
    ],
)
def test_a_bad_value_is_refused_by_field_and_nothing_is_written(
    store: Store, kind: Kind, given: object, problem: str
) -> None:
    custom_fields.add_field(
        store, dataclasses.replace(HOUSING, kind=kind, code="ff", required=False)
    )
    with pytest.raises(ValidationFailed) as caught:
        beneficiaries.register_person(store, person("Ma Bad Value", custom={"ff": given}))
    assert caught.value.problems == {"custom.ff": problem}
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(CustomValue)) == 0


def test_required_fields_must_be_given_on_a_form_but_not_by_old_callers(store: Store) -> None:
    custom_fields.add_field(store, HOUSING)
    with pytest.raises(ValidationFailed) as caught:
        beneficiaries.register_person(store, person(custom={}))
    assert caught.value.problems == {"custom.housing": "required"}
    with pytest.raises(ValidationFailed) as caught:
        beneficiaries.register_person(store, person(custom={"housing": " "}))
    assert caught.value.problems == {"custom.housing": "required"}
    with pytest.raises(ValidationFailed) as caught:
        beneficiaries.register_person(store, person(custom={"housing": "Rented room", "x": 1}))
    assert caught.value.problems == {"custom.x": "unknown_field"}
    # Code that knows nothing of custom fields (custom=None) keeps working.
    assert beneficiaries.register_person(store, person("Ma Old Caller")).custom == {}


def test_an_edit_changes_clears_or_keeps_values(store: Store) -> None:
    custom_fields.add_field(store, dataclasses.replace(HOUSING, required=False))
    add(store, "children", Kind.NUMBER)
    p = beneficiaries.register_person(store, person(custom={"housing": "rented", "children": "2"}))
    again = p.as_input()
    assert again.custom == {"housing": "rented", "children": 2}
    again.custom = {"children": ""}
    p = beneficiaries.update_person(store, p.id, again)
    assert p.custom == {"housing": "rented"}
    kept = p.as_input()
    kept.custom = None  # an edit that does not mention them leaves them
    assert beneficiaries.update_person(store, p.id, kept).custom == {"housing": "rented"}
    again = p.as_input()
    again.custom = {"children": "3"}
    beneficiaries.update_person(store, p.id, again)
    # The rectification history keeps each change of a custom field too, newest first.
    history = [(c.field, c.old_value, c.new_value) for c in rectification.changes(store, p.id)]
    assert history == [("custom.children", "", "3"), ("custom.children", "2", "")]


def test_a_field_with_values_is_deactivated_not_deleted(store: Store) -> None:
    f = custom_fields.add_field(store, dataclasses.replace(HOUSING, required=True))
    p = beneficiaries.register_person(store, person(custom={"housing": "rented"}))
    with pytest.raises(ValidationFailed) as caught:
        custom_fields.delete_field(store, f.id)
    assert caught.value.problems == {"field": "has_values"}
    custom_fields.set_active(store, f.id, False)
    assert custom_fields.list_fields(store, Entity.PERSON) == []
    assert custom_fields.get_field(store, f.id).values == 1
    # The value stays with the record, and an edit that reads it back is no problem.
    found = beneficiaries.get_person(store, p.id)
    assert found.custom == {"housing": "rented"}
    beneficiaries.update_person(store, p.id, found.as_input())
    # A new person needs it no more.
    beneficiaries.register_person(store, person("Ma After", custom={}))
    unused = add(store, "unused", Kind.TEXT)
    custom_fields.delete_field(store, unused.id)
    assert unused.id not in [x.id for x in custom_fields.list_fields(store, include_inactive=True)]


def test_a_used_field_keeps_its_kind_and_its_used_choices(store: Store) -> None:
    f = custom_fields.add_field(store, HOUSING)
    beneficiaries.register_person(store, person(custom={"housing": "rented"}))
    with pytest.raises(ValidationFailed) as caught:
        custom_fields.update_field(store, f.id, dataclasses.replace(HOUSING, kind=Kind.TEXT))
    assert caught.value.problems == {"kind": "locked"}
    fewer = dataclasses.replace(HOUSING, choices=(Choice("with_employer", {"en": "Employer"}),))
    with pytest.raises(ValidationFailed) as caught:
        custom_fields.update_field(store, f.id, fewer)
    assert caught.value.problems == {"choices": "choice_in_use"}
    renamed = dataclasses.replace(
        HOUSING,
        code="ignored",
        labels={"en": "Where they live"},
        choices=(*HOUSING.choices, Choice("camp", {"en": "Camp"})),
    )
    changed = custom_fields.update_field(store, f.id, renamed)
    assert changed.code == "housing"  # a code never changes
    assert changed.label("my") == "Where they live"
    assert [c.value for c in changed.choices] == ["rented", "with_employer", "camp"]


def test_fields_keep_their_order(store: Store) -> None:
    a, b, c = (add(store, code, Kind.TEXT) for code in ("aa", "bb", "cc"))
    custom_fields.move_field(store, c.id, -1)
    assert [f.code for f in custom_fields.list_fields(store)] == ["aa", "cc", "bb"]
    custom_fields.move_field(store, a.id, -1)  # already first
    assert [f.code for f in custom_fields.list_fields(store)] == ["aa", "cc", "bb"]
    assert b.position == 2


def test_session_fields_are_written_with_the_session(store: Store) -> None:
    custom_fields.add_field(
        store,
        FieldInput(Entity.SESSION, "venue_ok", Kind.YES_NO, {"en": "Venue safe"}, required=True),
    )
    programme = list_programmes(store)[0].id
    p = beneficiaries.register_person(store, person())
    base = SessionInput(ActivityType.AWARENESS, programme, dt.date(2025, 6, 1), attendee_ids=[p.id])
    with pytest.raises(ValidationFailed) as caught:
        activities.log_session(store, dataclasses.replace(base, custom={}))
    assert caught.value.problems == {"custom.venue_ok": "required"}
    record = activities.log_session(store, dataclasses.replace(base, custom={"venue_ok": "yes"}))
    assert record.custom == {"venue_ok": True}
    assert activities.list_sessions(store)[0].custom == {"venue_ok": True}
    # A person's fields are not a session's.
    with pytest.raises(ValidationFailed):
        beneficiaries.register_person(store, person(custom={"venue_ok": True}))


def test_someone_seen_in_basic_shows_no_custom_values(store: Store) -> None:
    custom_fields.add_field(store, dataclasses.replace(HOUSING, required=False))
    p = beneficiaries.register_person(store, person(custom={"housing": "rented"}))
    limited = beneficiaries._limited(beneficiaries._get(store, p.id), frozenset({"sex"}))
    assert limited.custom == {}


def test_erase_takes_the_persons_values_and_leaves_a_sessions(store: Store) -> None:
    custom_fields.add_field(store, dataclasses.replace(HOUSING, required=False))
    custom_fields.add_field(store, FieldInput(Entity.SESSION, "venue", Kind.TEXT, {"en": "Venue"}))
    stays = beneficiaries.register_person(store, person("Ma Stays", custom={"housing": "rented"}))
    gone = beneficiaries.register_person(store, person("Ma Gone", custom={"housing": "rented"}))
    programme = list_programmes(store)[0].id
    # A session whose id is the erased person's id: its value is no value of theirs.
    with store.write() as session:
        session.add(CustomValue(field_id=2, record_id=gone.id, entity="session", value="Hall"))
    logged = activities.log_session(
        store,
        SessionInput(
            ActivityType.AWARENESS,
            programme,
            dt.date(2025, 6, 1),
            attendee_ids=[gone.id],
            custom={"venue": "Temple"},
        ),
    )
    assert logged.id != gone.id
    housekeeping.erase_person(store, gone.id, "asked to be forgotten")
    with store.read() as session:
        left = session.execute(select(CustomValue.entity, CustomValue.record_id)).all()
    assert ("person", gone.id) not in left
    assert ("person", stays.id) in left
    assert ("session", gone.id) in left
    assert len([e for e, _ in left if e == "session"]) == 2


def test_records_export_and_import_round_trip(store: Store, tmp_path) -> None:
    """The records export has a column per custom field of people (its English label); a list
    with those columns, or with a field's Burmese label or code as title, imports them back."""
    from openpyxl import load_workbook

    from db import importing
    from db.importing import ImportOptions
    from db.records_export import HEADER, export_records
    from db.types import PersonQuery, PopulationGroup

    custom_fields.add_field(store, dataclasses.replace(HOUSING, required=False))
    add(store, "children", Kind.NUMBER)
    add(store, "arrived", Kind.DATE)
    add(store, "has_card", Kind.YES_NO)
    beneficiaries.register_person(
        store,
        person(
            "Ma Export",
            custom={
                "housing": "rented",
                "children": "2",
                "arrived": dt.date(2024, 5, 2),
                "has_card": True,
            },
        ),
    )
    out = tmp_path / "people.xlsx"
    assert export_records(store, out) == 1
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[: len(HEADER)] == list(HEADER)
    assert header[len(HEADER) :] == ["Housing", "Children", "Arrived", "Has_Card"]
    row = [c.value for c in sheet[2]][len(HEADER) :]
    assert row == ["Rented room", 2, dt.datetime(2024, 5, 2), "Yes"]
    assert export_records(store, tmp_path / "people.csv") == 1
    csv_text = (tmp_path / "people.csv").read_text(encoding="utf-8-sig")
    assert "Housing,Children,Arrived,Has_Card" in csv_text
    assert "Rented room,2,2024-05-02,Yes" in csv_text

    # The export read back as an import: the custom columns map themselves and their values
    # are read and checked.
    read = importing.read_sheet(out)
    mapping, _remembered = importing.suggest_mapping(store, read)
    assert {"custom:housing", "custom:children", "custom:arrived", "custom:has_card"} <= set(
        mapping.values()
    )
    options = ImportOptions(
        consent_date=dt.date(2025, 12, 1),
        consent_services=True,
        population_group=PopulationGroup.NEW_ARRIVAL,
        today=dt.date(2026, 1, 15),
    )
    preview = importing.preview(store, read, mapping, options)
    (row_read,) = preview.rows
    assert row_read.problems == ()
    # not skipped as a duplicate: the same person again, on purpose
    summary = importing.import_people(store, preview, importing.ImportChoices())
    (code,) = summary.codes
    (found,) = beneficiaries.find_people(store, PersonQuery(text=code))
    assert beneficiaries.get_person(store, found.id).custom == {
        "housing": "rented",
        "children": 2,
        "arrived": dt.date(2024, 5, 2),
        "has_card": True,
    }


def test_an_import_column_named_in_burmese_maps_and_a_bad_value_marks_its_row(
    store: Store, tmp_path
) -> None:
    from db import importing
    from db.importing import ImportOptions
    from db.types import PopulationGroup

    custom_fields.add_field(store, dataclasses.replace(HOUSING, required=False))
    add(store, "children", Kind.NUMBER)
    path = tmp_path / "list.csv"
    path.write_text(
        "Name,Sex,Birth year,နေထိုင်မှု,children\nMa Aye,F,1990,အခန်းငှား,3\nMa Bad,F,1991,Tent,many\n",
        encoding="utf-8",
    )
    sheet = importing.read_sheet(path)
    mapping, _ = importing.suggest_mapping(store, sheet)
    assert mapping[3] == "custom:housing"
    assert mapping[4] == "custom:children"
    options = ImportOptions(
        consent_date=dt.date(2025, 12, 1),
        consent_services=True,
        population_group=PopulationGroup.NEW_ARRIVAL,
        today=dt.date(2026, 1, 15),
    )
    preview = importing.preview(store, sheet, mapping, options)
    good, bad = preview.rows
    assert good.problems == ()
    assert {(p.field, p.code) for p in bad.problems} == {
        ("custom.housing", "not_a_choice"),
        ("custom.children", "not_a_number"),
    }
    summary = importing.import_people(store, preview)
    assert summary.imported == 1
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(CustomValue)) == 2
