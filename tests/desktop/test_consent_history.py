"""The Consent tab, driven as a caseworker would: the history of grants and withdrawals, and
Withdraw… of consent to data use; the Share page's preview then says one more person is left
out of the figures. Withdrawing consent to services restricts the record (no new sessions)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db import beneficiaries, consent, programmes
from db.activities import ActivityType, SessionInput, log_session
from db.errors import ConsentWithdrawn
from db.store import Store
from desktop.beneficiaries.consent_dialog import ConsentChangeDialog
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.beneficiaries.person_form import CONSENT_TAB, PersonForm
from desktop.errors import describe
from desktop.main_window import MainWindow
from desktop.share_page.page import SharePage
from directory.sharing import state
from tests.db.people import person
from tests.directory.conftest import member_network

LEFT = Qt.MouseButton.LeftButton


def _people_with_a_session(store: Store) -> int:
    """Two people at one session in May 2025: one who agreed to data use (returned), one who
    did not."""
    agreed = beneficiaries.register_person(
        store, person("Aung Aung", consent_data_use=True, consent_date=dt.date(2025, 3, 1))
    ).id
    never = beneficiaries.register_person(store, person("Naw Paw")).id
    mhpss = next(p for p in programmes.list_programmes(store) if p.code == "mhpss")
    log_session(
        store,
        SessionInput(
            ActivityType.AWARENESS, mhpss.id, dt.date(2025, 5, 10), attendee_ids=[agreed, never]
        ),
    )
    return agreed


def _open_record(qtbot, window: MainWindow, row: int) -> PersonForm:
    window.show_page("beneficiaries")
    page = window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=10000)
    page.select_row(row)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.current_form
    assert form is not None
    qtbot.waitExposed(form)
    return form


def _left_out_text(qtbot, window: MainWindow, unlike: str = "") -> str:
    """The Share page's line of who is left out, once it shows (and differs from ``unlike``)."""
    window.show_page("share")
    page = window.pages["share"]
    assert isinstance(page, SharePage)
    qtbot.waitUntil(
        lambda: page.bundle is not None and page.preview.left_out.text() not in ("", unlike),
        timeout=20000,
    )
    return page.preview.left_out.text()


def test_withdrawing_data_use_consent_leaves_one_more_person_out(qtbot, store: Store) -> None:
    agreed = _people_with_a_session(store)
    state.accept_network(store, member_network(store))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    before = _left_out_text(qtbot, window)
    assert before.splitlines() == [
        "People left out, no consent to data use: 1",
        "People left out, withdrew consent to data use: 0",
    ]

    page = window.pages["beneficiaries"]
    window.show_page("beneficiaries")
    assert isinstance(page, BeneficiariesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=10000)
    code = beneficiaries.get_person(store, agreed).code
    index = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == code)
    form = _open_record(qtbot, window, index)
    form.tabs.setCurrentIndex(CONSENT_TAB)
    tab = form.consent_tab
    assert tab.data_use.isChecked()
    assert tab.history.rowCount() == 3  # what was agreed at registration, one line per scope
    qtbot.mouseClick(tab.withdraw_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ConsentChangeDialog)
    qtbot.waitExposed(dialog)
    dialog.scope.setCurrentIndex(dialog.scope.findData(consent.DATA_USE))
    assert not dialog.choice_row.isVisible()  # keep-or-erase is for consent to services
    dialog.effective.edit.selectAll()
    qtbot.keyClicks(dialog.effective.edit, "01/05/2025")
    dialog.method.setCurrentIndex(dialog.method.findData(consent.SIGNED_FORM))
    qtbot.keyClicks(dialog.note, "Asked at the follow-up")
    window.grab().save("/tmp/engA-consent-dialog.png")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)

    assert not tab.data_use.isChecked()
    assert tab.history.rowCount() == 4
    newest = tab.history.texts()[0]
    assert newest[1:5] == [
        "Use of anonymous data in reports",
        "Withdrawn",
        "Signed form",
        store.user.full_name,
    ]
    assert newest[6] == "Asked at the follow-up"
    assert not form.is_dirty()  # saved on its own: closing asks nothing
    form.grab().save("/tmp/engA-consent-tab.png")
    form.reject()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10000)

    after = _left_out_text(qtbot, window, unlike=before)
    window.grab().save("/tmp/engA-share.png")
    assert after.splitlines() == [
        "People left out, no consent to data use: 1",
        "People left out, withdrew consent to data use: 1",
    ]


def test_withdrawing_consent_to_services_restricts_the_record(qtbot, store: Store) -> None:
    agreed = _people_with_a_session(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_page("beneficiaries")
    page = window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=10000)
    code = beneficiaries.get_person(store, agreed).code
    index = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == code)
    form = _open_record(qtbot, window, index)
    form.tabs.setCurrentIndex(CONSENT_TAB)
    tab = form.consent_tab
    assert not tab.restricted.isVisible()
    qtbot.mouseClick(tab.withdraw_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ConsentChangeDialog)
    dialog.scope.setCurrentIndex(dialog.scope.findData(consent.SERVICES))
    assert dialog.choice_row.isVisible()
    assert dialog.keep.isChecked()
    dialog.grab().save("/tmp/engA-withdraw-services.png")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert tab.restricted.isVisible()
    assert consent.is_restricted(store, agreed)
    mhpss = next(p for p in programmes.list_programmes(store) if p.code == "mhpss")
    with pytest.raises(ConsentWithdrawn) as refused:
        log_session(
            store,
            SessionInput(ActivityType.AWARENESS, mhpss.id, dt.date.today(), attendee_ids=[agreed]),
        )
    assert "withdrawn consent to services" in describe(refused.value)
    form.reject()


def test_an_admin_adds_and_renames_a_consent_a_person_may_give(qtbot, store: Store) -> None:
    from desktop.settings_page.page import SettingsPage

    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    box = page.scopes_box
    assert box is not None
    assert box.scopes.count() == 3  # services, referral, data use
    assert not box.add_button.isEnabled()
    qtbot.keyClicks(box.name, "Photos in reports")
    qtbot.mouseClick(box.add_button, LEFT)
    own = [s for s in consent.scopes(store) if not s.built_in]
    assert [s.name for s in own] == ["Photos in reports"]
    assert box.scopes.count() == 4
    assert box.name.text() == ""

    qtbot.keyClicks(box.name, "photos in REPORTS")
    qtbot.mouseClick(box.add_button, LEFT)
    assert "already a consent" in box.message.text()
    assert len([s for s in consent.scopes(store) if not s.built_in]) == 1

    box.scopes.setCurrentRow(0)
    assert not box.rename_button.isEnabled(), "a built-in consent keeps its name"
    box.scopes.setCurrentRow(3)
    box.name.clear()
    qtbot.keyClicks(box.name, "Photos in the newsletter")
    qtbot.mouseClick(box.rename_button, LEFT)
    own = [s for s in consent.scopes(store) if not s.built_in]
    assert [s.name for s in own] == ["Photos in the newsletter"]
    page.grab().save("/tmp/settings-consent-scopes.png")

    # The new consent is one a person can be asked for: the Grant… dialog offers it.
    pid = beneficiaries.register_person(store, person("Ma Thida")).id
    dialog = ConsentChangeDialog(store, pid, granting=True)
    qtbot.addWidget(dialog)
    offered = [dialog.scope.itemText(i) for i in range(dialog.scope.count())]
    assert "Photos in the newsletter" in offered
