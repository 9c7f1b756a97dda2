"""The "Referrals received" page (issue 21), used the way a receiving CSO's staff would: in
Burmese, with the keyboard only (a keyboard-wedge scanner types the code and presses Enter).
A mistyped code is refused with the Burmese sentence and nothing is recorded; a good one is
recorded, its outcome set; the same code again is refused as already recorded."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from db import beneficiaries, referral_codes
from db import referrals_received as rr
from db.errors import ReferralCodeInvalid
from db.referrals_received import ReceivedState
from db.services import ServiceInput, save_service
from db.store import Store
from desktop import i18n
from desktop.errors import sentence
from desktop.main_window import MainWindow
from desktop.received_referrals.page import ReceivedReferralsPage
from tests.db.people import person
from tests.desktop.i18n_helpers import MYANMAR

SHOTS = os.environ.get("SAPHAN_SHOTS")


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def burmese() -> Iterator[None]:
    i18n.set_language("my")
    yield
    i18n.set_language("en")


def open_page(qtbot, store: Store) -> tuple[MainWindow, ReceivedReferralsPage]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_page("received")
    page = window.pages["received"]
    assert isinstance(page, ReceivedReferralsPage)
    qtbot.waitUntil(lambda: page.code.hasFocus())  # ready to type or scan, no click needed
    return window, page


def burmese_sentence(reason: str) -> str:
    return sentence(ReferralCodeInvalid(reason), QCoreApplication.translate)


def test_a_code_typed_in_burmese_by_keyboard_only(qtbot, store: Store, burmese: None) -> None:
    save_service(store, ServiceInput(name="Legal clinic", category="legal_aid"))
    window, page = open_page(qtbot, store)
    assert MYANMAR.search(page.record_button.text())
    code = referral_codes.new_code("KWA")
    chars = code.replace("-", "")
    swapped = chars[:6] + chars[7] + chars[6] + chars[8:]
    if chars[6] == chars[7]:  # two equal neighbours swapped give the same code: change one
        swapped = chars[:-1] + next(c for c in referral_codes.ALPHABET if c != chars[-1])
    assert swapped != chars

    # Mistyped (two neighbours swapped): refused in Burmese as it is typed, and on Enter.
    QTest.keyClicks(page.code, swapped.lower())
    refused = burmese_sentence("check")
    assert MYANMAR.search(refused)
    assert page.code_message.text() == refused
    assert not page.record_button.isEnabled()
    QTest.keyClick(page.code, Qt.Key.Key_Return)
    assert rr.list_received(store) == []
    assert page.code.text() == swapped.lower()  # nothing typed is lost
    shot(window, "received-my-refused")

    # Typed again, right (as read aloud: small letters, spaces), then Enter.
    QTest.keyClick(page.code, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.code, Qt.Key.Key_Backspace)
    QTest.keyClicks(page.code, f"{chars[:3]} {chars[3:7]} {chars[7:]}".lower())
    assert page.record_button.isEnabled()
    assert "KWA" in page.code_message.text()
    assert MYANMAR.search(page.code_message.text())
    QTest.keyClick(page.code, Qt.Key.Key_Tab)  # to the service: choose ours by keyboard
    assert page.service.hasFocus()
    QTest.keyClick(page.service, Qt.Key.Key_Down)
    assert page.service.currentText() == "Legal clinic"
    page.code.setFocus()
    QTest.keyClick(page.code, Qt.Key.Key_Return)
    (got,) = rr.list_received(store)
    assert (got.code, got.from_cso, got.service_name, got.state) == (
        code,
        "KWA",
        "Legal clinic",
        ReceivedState.RECEIVED,
    )
    assert page.code.text() == ""
    assert page.table.column_texts(0) == [code]
    assert page.state.hasFocus()  # straight on to the outcome

    # The outcome, by keyboard: not served needs a reason; Enter saves.
    QTest.keyClick(page.state, Qt.Key.Key_Down)
    QTest.keyClick(page.state, Qt.Key.Key_Down)
    assert page.state.currentData() == ReceivedState.NOT_SERVED.value
    assert not page.save_button.isEnabled()
    assert MYANMAR.search(page.outcome_message.text())
    QTest.keyClick(page.state, Qt.Key.Key_Tab)
    assert page.reason.hasFocus()
    QTest.keyClicks(page.reason, "Clinic full this week")
    QTest.keyClick(page.reason, Qt.Key.Key_Return)
    (done,) = rr.list_received(store)
    assert (done.state, done.reason, done.state_on) == (
        ReceivedState.NOT_SERVED,
        "Clinic full this week",
        dt.date.today(),
    )
    assert "Clinic full this week" in page.table.texts()[0][5]
    shot(window, "received-my")

    # The same code again (a replay): refused as already recorded, in Burmese.
    focused = QApplication.focusWidget()
    assert focused is not None
    assert page.isAncestorOf(focused)
    QTest.keyClick(focused, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert page.code.hasFocus()
    QTest.keyClicks(page.code, code)
    assert page.code_message.text() == burmese_sentence("already_recorded")
    assert not page.record_button.isEnabled()
    # And one of this CSO's own codes.
    page.code.clear()
    QTest.keyClicks(page.code, referral_codes.new_code(store.cso.code))
    assert page.code_message.text() == burmese_sentence("own_cso")


def test_link_a_registered_person_and_the_english_page(qtbot, store: Store) -> None:
    hnin = beneficiaries.register_person(store, person("Ma Hnin Ei"))
    window, page = open_page(qtbot, store)
    code = referral_codes.new_code("KAQ")
    QTest.keyClicks(page.code, code)
    assert page.code_message.text() == "A referral from KAQ."
    QTest.keyClick(page.code, Qt.Key.Key_Tab)
    QTest.keyClick(page.service, Qt.Key.Key_Tab)
    QTest.keyClick(page.received_on.edit, Qt.Key.Key_Tab)
    assert page.register_button.hasFocus()
    QTest.keyClick(page.register_button, Qt.Key.Key_Tab)
    assert page.link_button.hasFocus()
    QTest.keyClick(page.link_button, Qt.Key.Key_Space)
    picker = page.picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    QTest.keyClicks(picker.search, "Hnin")
    QTest.keyClick(picker.people, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.person_id == hnin.id)
    assert hnin.code in page.person_label.text()
    assert page.record_button.hasFocus()
    QTest.keyClick(page.record_button, Qt.Key.Key_Space)
    (got,) = rr.list_received(store)
    assert (got.person_id, got.person_code) == (hnin.id, hnin.code)
    assert page.table.texts()[0][3] == hnin.code
    # Served, by keyboard.
    QTest.keyClick(page.state, Qt.Key.Key_Down)
    assert page.save_button.isEnabled()
    page.save_button.setFocus()
    QTest.keyClick(page.save_button, Qt.Key.Key_Space)
    assert rr.list_received(store)[0].state is ReceivedState.SERVED
    assert page.table.texts()[0][5] == "Served"
    shot(window, "received-en")


def test_register_the_person_with_their_consent_and_link_them(qtbot, store: Store) -> None:
    from tests.desktop.test_beneficiaries import fill_person

    _window, page = open_page(qtbot, store)
    QTest.keyClicks(page.code, referral_codes.new_code("KAQ"))
    QTest.keyClick(page.register_button, Qt.Key.Key_Space)
    form = page.person_form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    fill_person(qtbot, form, name="Naw Say Paw", script="")
    assert form.ok_button.isEnabled()
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.person_id is not None)
    QTest.keyClick(page.record_button, Qt.Key.Key_Space)
    (got,) = rr.list_received(store)
    registered = beneficiaries.get_person(store, got.person_id or 0)
    assert registered.name_latin == "Naw Say Paw"
    assert registered.consent_services  # registered only with consent (the form asks)


def test_the_burmese_placeholder_of_the_code_field_is_not_cut_off(
    qtbot, store: Store, burmese: None
) -> None:
    """The code field uses a monospace font with Latin metrics: the first letter of the
    placeholder ("ဥ" of "ဥပမာ", "e.g.") lost the bottom of its hook."""
    from desktop import gallery
    from desktop.widgets.fit import line_edit_overflow

    window, page = open_page(qtbot, store)
    placeholder = page.code.placeholderText()
    assert MYANMAR.search(placeholder)
    assert line_edit_overflow(page.code, placeholder) == 0
    assert page.code.textMargins().left() >= 3  # the first letter off the frame
    found = gallery.check(window, "received", "my", gallery.LAPTOP)
    assert not [p for p in found if "QLineEdit" in p.widget], found
    shot(page, "received-placeholder-my")
