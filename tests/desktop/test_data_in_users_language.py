"""Data in the user's language: in the Burmese app no programme name, instrument item, audit
action or template title shows in English where a translation exists, and WHO-5 opens in the
person's own language."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from db import beneficiaries, programmes
from db.store import Store
from db.types import AuditEntry
from desktop import i18n
from desktop.assessments.who5_dialog import AssessmentDialog
from desktop.audit.model import detail_text, raw_text
from desktop.labels import (
    audit_action_label,
    audit_entity_label,
    plan_language_label,
    programme_label,
)
from desktop.network_labels import network_programme_label
from desktop.plans.templates_dialog import ID_ROLE, TemplateLibraryDialog
from desktop.sessions.page import SessionsPage
from tests.desktop.i18n_helpers import MYANMAR, THAI
from tests.desktop.protection_helpers import a_person

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language("en")
    QApplication.processEvents()


def test_programmes_show_in_burmese(qtbot, store: Store) -> None:
    i18n.set_language("my")
    shipped = programmes.list_programmes(store, include_inactive=True)
    assert shipped
    for programme in shipped:
        assert MYANMAR.search(programme_label(programme)), programme.name
        assert network_programme_label(programme.code, programme.name) != programme.name
    page = SessionsPage(store)
    qtbot.addWidget(page)
    names = [page.programme_filter.itemText(i) for i in range(page.programme_filter.count())]
    assert all(MYANMAR.search(name) for name in names), names
    # A network that renamed a programme keeps its own name.
    assert network_programme_label("mhpss", "Counselling and care") == "Counselling and care"


def _actions_in_the_code() -> set[str]:
    """Every action code db/ and directory/ write to the audit trail."""
    found: set[str] = set()
    for folder in ("db", "directory"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for call in re.finditer(r"\.audit\(\s*\w+,\s*(f?\"[^,]*)", text):
                first = call.group(1)  # the action: a code, a choice of two, or worklist_{state}
                if first.startswith('f"worklist_'):
                    found.update({"worklist_done", "worklist_snoozed", "worklist_dismissed"})
                    continue
                found.update(re.findall(r"\"([a-z_]+)\"", first))
    return found


def test_every_audit_action_has_words_in_burmese_and_thai() -> None:
    actions = _actions_in_the_code()
    assert {"signing_key", "demo_data", "login", "seed_templates"} <= actions
    for code, script in (("my", MYANMAR), ("th", THAI)):
        i18n.set_language(code)
        unnamed = sorted(a for a in actions if not script.search(audit_action_label(a)))
        assert not unnamed, f"{code}: no words for {unnamed}"


def _entry(action: str, entity: str, detail: str, entity_id: int | None = 1) -> AuditEntry:
    return AuditEntry(
        id=1,
        at=dt.datetime(2026, 12, 6, 8, 0),
        username="admin",
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail,
    )


def test_the_audit_trail_speaks_in_sentences_with_the_raw_detail_folded(qtbot, main_window) -> None:
    store: Store = main_window.store
    with store.write() as session:
        store.audit(session, "signing_key", "cso", 1, "generated")
        store.audit(
            session,
            "demo_data",
            "cso",
            1,
            "people=400 sessions=432 attendance=3000 cases=12 staff=3",
        )
        store.audit(session, "seed_templates", "plan", None, "16")
    i18n.set_language("my")
    QApplication.processEvents()
    main_window.show_page("audit")
    page = main_window.pages["audit"]
    model = page.model
    model.reload()
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    shown = "\n".join(" | ".join(str(v) for v in row[2:]) for row in rows)
    for code in ("signing_key", "demo_data", "seed_templates", "generated", "people=", "plan"):
        assert code not in shown, shown
    for row in rows:
        assert MYANMAR.search(row[2]), row  # the action, in words
    demo = next(r for r in rows if "400" in r[4])
    assert MYANMAR.search(demo[4])
    # The raw detail is one click away, under the table.
    page.table.selectRow(next(i for i, r in enumerate(rows) if "400" in r[4]))
    page.raw_toggle.setChecked(True)
    assert page.raw_line.isVisible()
    assert "people=400" in page.raw_line.text()
    assert "demo_data" in page.raw_line.text()


def test_audit_details_in_words() -> None:
    i18n.set_language("th")
    assert THAI.search(detail_text(_entry("signing_key", "cso", "generated")))
    assert detail_text(_entry("case_open", "case", "person 12")) == "บุคคลหมายเลข 12"
    assert detail_text(_entry("setting", "setting", "some_key")) == ""  # no words: folded only
    assert (
        raw_text(_entry("setting", "setting", "some_key", None)) == "setting · setting · some_key"
    )
    assert THAI.search(audit_entity_label("plan"))
    i18n.set_language("en")
    text = detail_text(_entry("demo_data", "cso", "people=400 sessions=432 attendance=30"))
    assert text == "400 people, 432 sessions, 30 attendances"


def test_the_template_library_lists_the_users_language_first(qtbot, store: Store) -> None:
    for code, script in (("my", MYANMAR), ("th", THAI)):
        i18n.set_language(code)
        dialog = TemplateLibraryDialog(store, None, 1)
        qtbot.addWidget(dialog)
        first = dialog.tree.topLevelItem(0)
        assert first is not None
        assert first.text(0) == plan_language_label(code)
        by_id = {t.id: t for t in dialog._templates}
        shown = [by_id[first.child(i).data(0, ID_ROLE)] for i in range(first.childCount())]
        assert len(shown) == 8
        assert {t.language.value for t in shown} == {code}
        assert all(script.search(t.title) for t in shown), [t.title for t in shown]
        assert dialog.language_filter.itemData(1) == code


@pytest.mark.parametrize(
    ("person_language", "app_language", "shown", "script"),
    [
        ("th", "my", "th", THAI),  # the person's language, not the interface's
        ("my", "en", "my", MYANMAR),
        ("ksw", "en", "my", MYANMAR),  # no Karen wording: Burmese, a Karen reader's second
    ],
)
def test_who5_opens_in_the_persons_language(
    qtbot, store: Store, person_language, app_language, shown, script
) -> None:
    person = beneficiaries.register_person(
        store, dataclasses.replace(a_person("Ma Who Five"), language=person_language)
    )
    i18n.set_language(app_language)
    dialog = AssessmentDialog(store, beneficiaries.get_person(store, person.id))
    qtbot.addWidget(dialog)
    dialog.instrument_choice.setCurrentIndex(dialog.instrument_choice.findData("who5"))
    assert dialog.language.currentData() == shown
    assert script.search(dialog.questions[0].question.text())
    if app_language == "my":
        # The instrument's name is in the interface's language.
        assert MYANMAR.search(dialog.instrument_choice.currentText())


def test_demo_data_is_written_in_the_language_of_the_demo(store: Store) -> None:
    from db import activities
    from db.demo import fill_demo_data

    fill_demo_data(store, 30, seed=3, today=dt.date(2025, 6, 30), language="my")
    topics = [s.topic for s in activities.list_sessions(store)]
    assert topics
    assert all(MYANMAR.search(t) for t in topics), topics[:5]
