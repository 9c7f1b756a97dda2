"""The Audit trail page: what an admin sees after someone opened a record."""

from __future__ import annotations

from db import beneficiaries, users
from db.types import Role
from desktop.audit.page import AuditPage
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.main_window import MainWindow
from tests.desktop.protection_helpers import LEFT, a_person


def audit_rows(page: AuditPage) -> list[tuple[str, ...]]:
    model = page.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_opening_a_person_shows_as_a_view_and_filters_work(qtbot, main_window: MainWindow) -> None:
    store = main_window.store
    person = beneficiaries.register_person(store, a_person("Ma Audited"))
    users.create_user(store, "nawpaw", "Naw Paw Htoo", Role.CASEWORKER, "htoo-2026-river")
    registry = main_window.pages["beneficiaries"]
    assert isinstance(registry, BeneficiariesPage)
    registry.refresh()
    registry.select_person(person.id)
    registry.open_selected()
    form = registry.current_form
    assert form is not None
    form.reject()

    main_window.show_page("audit")
    page = main_window.pages["audit"]
    assert isinstance(page, AuditPage)
    qtbot.waitExposed(page)
    rows = audit_rows(page)
    # Newest first: the view, then what came before it.
    newest = rows[0]
    assert newest[1:4] == ("admin", "Opened record", f"Person no. {person.id}")
    assert ("admin", "Added", f"Person no. {person.id}") in [r[1:4] for r in rows]
    assert rows[-1][2] == "Set up Saphan"  # the oldest event
    assert "Ma Audited" not in repr(rows)  # never what a record says

    # Filter by action: only the views.
    labels = [page.action_filter.itemText(i) for i in range(page.action_filter.count())]
    assert "Opened record" in labels
    assert "Added staff account" in labels
    page.action_filter.setCurrentIndex(page.action_filter.findText("Opened record"))
    assert [r[2] for r in audit_rows(page)] == ["Opened record"]
    assert page.count_label.text() == "1 event"

    # Record number and user filters narrow further; nobody else opened anything.
    page.action_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.record_filter, str(person.id))
    qtbot.waitUntil(lambda: page.model.filter.entity_id == person.id)
    assert {r[3] for r in audit_rows(page)} == {f"Person no. {person.id}"}
    page.user_filter.setCurrentIndex(page.user_filter.findData("nawpaw"))
    assert audit_rows(page) == []
    assert page.count_label.text() == "0 events"
    assert page.stack.currentWidget() is page.empty_state
    assert page.empty_state.text() == "No events match these filters."
    assert not page.empty_state.button.isVisibleTo(page)  # nothing to do but change the filters

    qtbot.mouseClick(page.clear_button, LEFT)
    assert len(audit_rows(page)) == len(rows)
    assert page.stack.currentWidget() is page.table


def test_dates_filter_and_a_bad_date_is_explained(qtbot, main_window: MainWindow) -> None:
    main_window.show_page("audit")
    page = main_window.pages["audit"]
    assert isinstance(page, AuditPage)
    everything = len(audit_rows(page))
    assert everything > 0
    qtbot.keyClicks(page.from_date.edit, "01/01/2001")
    qtbot.keyClicks(page.to_date.edit, "31/12/2001")
    qtbot.waitUntil(lambda: page.model.filter.until is not None)
    assert audit_rows(page) == []
    page.to_date.edit.clear()
    qtbot.keyClicks(page.to_date.edit, "31/13/2001")
    qtbot.waitUntil(page.date_message.isVisible)
    assert "day/month/year" in page.date_message.text()
    page.clear_filters()
    assert len(audit_rows(page)) == everything
