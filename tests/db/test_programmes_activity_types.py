"""Programmes and activity types are data the admin edits (db.programmes, db.activity_types):
added, renamed in three languages, deactivated; a session stores its type's code and is
logged as the type's kind; each programme maps to at most one network programme."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from db import activities, activity_types, beneficiaries, programmes
from db.activities import ActivityType, SessionInput
from db.activity_types import ActivityTypeInput
from db.errors import PermissionDenied, ValidationFailed
from db.programmes import MappingConflict, ProgrammeInput, network_map
from db.store import Store
from db.types import Role, UserInfo
from tests.db.people import person

DAY = dt.date(2025, 3, 3)


def as_role(store: Store, role: Role) -> Store:
    return dataclasses.replace(store, user=UserInfo(store.user.id, "x", "X", role, "en"))


def programme_id(store: Store, code: str) -> int:
    return next(
        p.id for p in programmes.list_programmes(store, include_inactive=True) if p.code == code
    )


def test_the_built_in_types_are_in_the_table_with_their_labels_and_programmes(store: Store) -> None:
    types = {t.code: t for t in activity_types.list_activity_types(store)}
    assert set(types) == {t.value for t in ActivityType}
    assert all(t.built_in for t in types.values())
    assert {c for c, t in types.items() if t.individual} == {"counselling", "pfa", "case_follow_up"}
    assert types["thai_class"].label("my") == "ထိုင်းစာ သင်တန်း"
    assert types["thai_class"].label("th") == "ชั้นเรียนภาษาไทย"
    assert types["thai_class"].programme_code == "thai_language"


def test_the_admin_adds_renames_and_deactivates_an_activity_type(store: Store) -> None:
    mhpss = programme_id(store, "mhpss")
    added = activity_types.add_activity_type(
        store,
        ActivityTypeInput("art_therapy", {"en": "Art therapy", "my": "အနုပညာ ကုထုံး"}, False, "mhpss"),
    )
    assert added.label("my") == "အနုပညာ ကုထုံး"
    assert added.label("th") == "Art therapy"  # English where there is no Thai
    assert not added.individual
    assert not added.built_in
    assert added.position > max(
        t.position for t in activity_types.list_activity_types(store) if t.built_in
    )
    renamed = activity_types.update_activity_type(
        store, added.id, ActivityTypeInput("ignored", {"en": "Art group", "th": "ศิลปะบำบัด"}, False)
    )
    assert renamed.code == "art_therapy"  # the code never changes
    assert renamed.label("th") == "ศิลปะบำบัด"
    activity_types.set_active(store, added.id, False)
    assert "art_therapy" not in {t.code for t in activity_types.list_activity_types(store)}
    with pytest.raises(ValidationFailed) as failed:  # an inactive type takes no new sessions
        activities.log_session(
            store, SessionInput("art_therapy", mhpss, DAY, attendee_ids=[]), today=DAY
        )
    assert failed.value.problems["activity_type"] == "unknown_type"


@pytest.mark.parametrize(
    ("spec", "problems"),
    [
        (ActivityTypeInput("", {"en": "X"}), {"code": "required"}),
        (ActivityTypeInput("Bad Code", {"en": "X"}), {"code": "bad_code"}),
        (ActivityTypeInput("youth", {"en": "X"}), {"code": "code_taken"}),
        (ActivityTypeInput("new_one", {"my": "X"}), {"labels.en": "required"}),
        (ActivityTypeInput("new_one", {"en": "x" * 121}), {"labels.en": "too_long"}),
        (ActivityTypeInput("new_one", {"en": "A\x0bB"}), {"labels.en": "control_character"}),
        (
            ActivityTypeInput("new_one", {"en": "X"}, programme_code="nope"),
            {"programme_code": "unknown_programme"},
        ),
    ],
)
def test_a_bad_activity_type_is_refused_with_its_problem(
    store: Store, spec: ActivityTypeInput, problems: dict[str, str]
) -> None:
    assert activity_types.problems_of(store, spec) == problems
    with pytest.raises(ValidationFailed) as failed:
        activity_types.add_activity_type(store, spec)
    assert failed.value.problems == problems


def test_only_the_admin_edits_types_and_programmes(store: Store) -> None:
    caseworker = as_role(store, Role.CASEWORKER)
    with pytest.raises(PermissionDenied):
        activity_types.add_activity_type(caseworker, ActivityTypeInput("x_y", {"en": "X"}))
    with pytest.raises(PermissionDenied):
        programmes.add_programme(caseworker, ProgrammeInput("x_y", "X"))
    assert activity_types.list_activity_types(caseworker)  # everyone reads them


def test_a_session_of_a_new_individual_type_is_individual_and_keeps_its_code(store: Store) -> None:
    mhpss = programme_id(store, "mhpss")
    activity_types.add_activity_type(
        store,
        ActivityTypeInput("home_visit", {"en": "Home visit", "my": "အိမ်လည်ပတ်ခြင်း"}, True, "mhpss"),
    )
    a = beneficiaries.register_person(store, person("A"))
    b = beneficiaries.register_person(store, person("B"))
    with pytest.raises(ValidationFailed) as failed:
        activities.log_session(
            store, SessionInput("home_visit", mhpss, DAY, attendee_ids=[a.id, b.id]), today=DAY
        )
    assert failed.value.problems["attendee_ids"] == "individual_one_person"
    record = activities.log_session(
        store, SessionInput("home_visit", mhpss, DAY, attendee_ids=[a.id]), today=DAY
    )
    assert record.kind == "individual"
    assert record.activity_type == "home_visit"
    assert record.activity_labels["my"] == "အိမ်လည်ပတ်ခြင်း"
    # its kind is fixed once it has sessions, and a built-in type's always
    t = activity_types.get_activity_type(store, "home_visit")
    with pytest.raises(ValidationFailed) as failed:
        activity_types.update_activity_type(store, t.id, ActivityTypeInput("", t.labels, False))
    assert failed.value.problems == {"individual": "locked"}
    counselling = activity_types.get_activity_type(store, "counselling")
    assert activity_types.problems_of(
        store, ActivityTypeInput("", counselling.labels, False), counselling.id
    ) == {"individual": "locked"}


def test_the_admin_adds_renames_and_deactivates_a_programme(store: Store) -> None:
    added = programmes.add_programme(
        store, ProgrammeInput("legal", "Legal aid", {"my": "ဥပဒေ အကူအညီ", "th": ""})
    )
    assert added.label("my") == "ဥပဒေ အကူအညီ"
    assert added.label("th") == "Legal aid"
    assert added.network_code is None
    assert added.maps_to == "legal"
    renamed = programmes.update_programme(
        store, added.id, ProgrammeInput("", "Legal help", {"th": "ความช่วยเหลือทางกฎหมาย"}, "")
    )
    assert renamed.code == "legal"
    assert renamed.name == "Legal help"
    assert renamed.label("th") == "ความช่วยเหลือทางกฎหมาย"
    assert renamed.label("my") == "Legal help"
    assert renamed.maps_to == ""  # stays at home
    programmes.set_active(store, added.id, False)
    assert "legal" not in {p.code for p in programmes.list_programmes(store)}
    assert "legal" in {p.code for p in programmes.list_programmes(store, include_inactive=True)}


@pytest.mark.parametrize(
    ("spec", "problems"),
    [
        (ProgrammeInput("", "X"), {"code": "required"}),
        (ProgrammeInput("mhpss", "X"), {"code": "code_taken"}),
        (ProgrammeInput("new_one", " "), {"name": "required"}),
        (ProgrammeInput("new_one", "X", {"my": "A\x0bB"}), {"labels.my": "control_character"}),
        (ProgrammeInput("new_one", "X", network_code="Not A Code"), {"network_code": "bad_code"}),
        # one local programme per network programme: "mhpss" counts in "mhpss" already
        (ProgrammeInput("counsel", "X", network_code="mhpss"), {"network_code": "network_taken"}),
    ],
)
def test_a_bad_programme_is_refused_with_its_problem(
    store: Store, spec: ProgrammeInput, problems: dict[str, str]
) -> None:
    assert programmes.problems_of(store, spec) == problems
    with pytest.raises(ValidationFailed) as failed:
        programmes.add_programme(store, spec)
    assert failed.value.problems == problems


def test_a_network_programme_is_freed_by_mapping_its_namesake_elsewhere(store: Store) -> None:
    mhpss = programmes.get_programme(store, programme_id(store, "mhpss"))
    programmes.update_programme(store, mhpss.id, ProgrammeInput("", mhpss.name, network_code=""))
    counsel = programmes.add_programme(
        store, ProgrammeInput("counsel", "Counselling", network_code="mhpss")
    )
    assert counsel.maps_to == "mhpss"
    mapping = network_map(
        {p.id: p.maps_to for p in programmes.list_programmes(store)}, ["mhpss", "youth"]
    )
    assert mapping[counsel.id] == "mhpss"
    assert mhpss.id not in mapping
    # and back: "mhpss" may not count in mhpss again while "counsel" does
    with pytest.raises(ValidationFailed) as failed:
        programmes.update_programme(
            store, mhpss.id, ProgrammeInput("", mhpss.name, network_code=None)
        )
    assert failed.value.problems == {"network_code": "network_taken"}


def test_network_map_refuses_two_programmes_in_one_network_programme() -> None:
    assert network_map({1: "mhpss", 2: "", 3: "own"}, ["mhpss", "youth"]) == {1: "mhpss"}
    with pytest.raises(MappingConflict) as conflict:
        network_map({1: "mhpss", 2: "mhpss"}, ["mhpss"])
    assert conflict.value.network_code == "mhpss"
    assert conflict.value.programme_ids == [1, 2]


def test_a_type_and_a_mapping_made_on_one_laptop_reach_the_other(
    store: Store, tmp_path: Path
) -> None:
    from tests.db.team.replicas import make_team

    a, b = make_team(store, 2, tmp_path)
    activity_types.add_activity_type(
        a.store, ActivityTypeInput("home_visit", {"en": "Home visit", "th": "เยี่ยมบ้าน"}, True)
    )
    mhpss = programme_id(a.store, "mhpss")
    programmes.update_programme(
        a.store, mhpss, ProgrammeInput("", "MHPSS", {"my": "စိတ်လူမှု"}, network_code="")
    )
    a.send()
    b.pull([a, b])
    assert activity_types.get_activity_type(b.store, "home_visit").label("th") == "เยี่ยมบ้าน"
    there = programmes.get_programme(b.store, mhpss)
    assert there.maps_to == ""
    assert there.label("my") == "စိတ်လူမှု"
    b.store.close()
