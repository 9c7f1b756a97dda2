"""A person's record: WHO-5 assessments, referrals with consent, slips, and the history tab."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zipfile
from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt

from db import beneficiaries, referrals
from db.activities import ActivityType
from db.referrals import ReferralStatus
from db.store import Store
from db.types import Role
from desktop.assessments.who5_dialog import AssessmentDialog
from desktop.beneficiaries.history_tab import HistoryTab
from desktop.beneficiaries.person_form import PersonForm
from desktop.main_window import MainWindow
from desktop.referrals.refer_dialog import ReferDialog
from desktop.referrals.slip_docx import SlipDetails, slip_bytes
from desktop.widgets.date_field import format_date
from tests.desktop.activity_helpers import add_by_keyboard, as_role, log, person, show_page
from tests.desktop.qr_helpers import slip_qr_codes

LEFT = Qt.MouseButton.LeftButton


def open_record(qtbot, window: MainWindow, person_id: int) -> PersonForm:
    page = show_page(qtbot, window, "beneficiaries")
    page.refresh()
    assert page.select_person(person_id)
    page.open_selected()
    form = page.current_form
    assert form is not None
    qtbot.waitExposed(form)
    form.tabs.setCurrentWidget(form.history_tab)
    return form


def answer_with_digits(qtbot, dialog: AssessmentDialog, digits: str) -> None:
    dialog.questions[0].setFocus()
    for digit in digits:
        focused = dialog.focusWidget()  # the question the keyboard is on
        assert focused in dialog.questions
        qtbot.keyClicks(focused, digit)


def test_who5_then_history_then_dashboard(qtbot, main_window: MainWindow, store: Store) -> None:
    hnin = person(store, "Ma Hnin Ei", language="en")  # WHO-5 follows it (issue 23)
    aung = person(store, "Ko Aung Min")
    log(store, ActivityType.MHPSS_GROUP, "mhpss", dt.date(2025, 1, 8), [hnin.id])

    dashboard = show_page(qtbot, main_window, "dashboard")
    qtbot.waitUntil(lambda: dashboard.data is not None and not dashboard.is_refreshing())
    row = dashboard.progress_table.row_of("Psychosocial support (MHPSS)")
    assert dashboard.progress_table.value(row, 1) == 1

    form = open_record(qtbot, main_window, hnin.id)
    history: HistoryTab = form.history_tab
    assert history.sessions.title.text() == "Sessions attended (1)"
    assert history.assessments is not None
    assert history.assessments.title.text() == "Wellbeing assessments (0)"
    assert history.assessments.empty.text() == "No assessments yet."
    qtbot.mouseClick(history.assess_button, LEFT)
    dialog = history.assessment_dialog
    assert isinstance(dialog, AssessmentDialog)
    qtbot.waitExposed(dialog)
    assert dialog.instrument_choice.currentText() == "WHO-5 Well-Being Index"
    assert dialog.intro.text() == "Over the last two weeks…"  # the person's language: English
    assert not dialog.ok_button.isEnabled()
    answer_with_digits(qtbot, dialog, "2132")
    assert not dialog.ok_button.isEnabled()  # one question still open
    assert "8 (4 of 5 answered)" in dialog.raw_label.text()
    assert not dialog.flag_label.isVisible()
    answer_with_digits_from = dialog.questions[4]
    qtbot.keyClicks(answer_with_digits_from, "1")
    assert dialog.answers() == [2, 1, 3, 2, 1]
    assert dialog.raw_label.text() == "Raw score: 9 of 25"
    assert dialog.score_label.text() == "Score: 36 of 100 (raw × 4)"
    assert dialog.flag_label.isVisible()
    assert dialog.flag_label.text() == ("Below 13: poor wellbeing — consider follow-up or referral")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.saved_result is not None
    assert dialog.saved_result.flagged

    assert history.assessments.title.text() == "Wellbeing assessments (1)"
    table = history.assessments_table
    assert [table.item(0, c).text() for c in range(6)] == [
        dt.date.today().strftime("%d/%m/%Y"),
        "WHO-5",
        "Before (pre)",
        "9",
        "36",
        "Poor wellbeing: consider follow-up",
    ]
    # An "after" assessment shows the change from the first "before".
    qtbot.mouseClick(history.assess_button, LEFT)
    after = history.assessment_dialog
    after.phase.setCurrentIndex(after.phase.findData("post"))
    answer_with_digits(qtbot, after, "43434")
    assert not after.flag_label.isVisible()
    qtbot.mouseClick(after.ok_button, LEFT)
    assert "36" in history.pre_post_label.text()
    assert "72" in history.pre_post_label.text()
    assert "+36 points" in history.pre_post_label.text()
    form.done(0)

    # Then a session through the dialog, and the dashboard counts one more person.
    sessions = show_page(qtbot, main_window, "sessions")
    qtbot.mouseClick(sessions.log_button, LEFT)
    log_dialog = sessions.current_dialog
    log_dialog.set_activity_type(ActivityType.MHPSS_GROUP)
    add_by_keyboard(qtbot, log_dialog.group_picker, "Aung")
    add_by_keyboard(qtbot, log_dialog.group_picker, "Hnin")
    qtbot.mouseClick(log_dialog.ok_button, LEFT)
    assert log_dialog.record is not None
    assert log_dialog.record.attendees == 2
    show_page(qtbot, main_window, "dashboard")
    qtbot.waitUntil(lambda: dashboard.progress_table.value(row, 1) == 2, timeout=10000)
    assert aung.id  # counted once; Hnin came before and is not counted twice


def test_who5_says_what_is_wrong_as_you_type_and_enter_saves_once_complete(
    qtbot, store: Store
) -> None:
    hnin = person(store, "Ma Hnin Ei")
    dialog = AssessmentDialog(store, beneficiaries.get_person(store, hnin.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    message = dialog.date_message
    assert message.isHidden()
    dialog.date.edit.clear()
    assert message.text() == "Enter the date, for example 23/11/2026."
    qtbot.keyClicks(dialog.date.edit, format_date(dt.date.today() + dt.timedelta(days=2)))
    assert message.text() == "The date cannot be in the future."
    dialog.date.set_date(dt.date.today())
    assert message.isHidden()
    answer_with_digits(qtbot, dialog, "3333")
    qtbot.keyClick(dialog.questions[3], Qt.Key.Key_Return)  # one question open: not saved
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.questions[4], "4")
    assert dialog.focusWidget() is dialog.ok_button  # the last answer moves on to OK

    # The person was deleted meanwhile: the refusal shows in the dialog, the answers stay.
    beneficiaries.delete_person(store, hnin.id)
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "no longer exists" in dialog.error.text()
    assert dialog.answers() == [3, 3, 3, 3, 4]
    beneficiaries.restore_person(store, hnin.id)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    assert dialog.saved_result is not None
    assert dialog.saved_result.raw_score == 16


def test_facilitator_has_no_assessments_or_referrals(qtbot, store: Store) -> None:
    hnin = person(store, "Ma Hnin Ei")
    facilitator = as_role(store, Role.FACILITATOR)
    form = PersonForm(facilitator, beneficiaries.get_person(store, hnin.id))
    qtbot.addWidget(form)
    history = form.history_tab
    assert history.assessments is None
    assert history.referrals is None
    texts = [b.text() for b in form.findChildren(type(form.ok_button))]
    assert "Assess wellbeing…" not in texts
    assert "Refer…" not in texts
    assert history.sessions.empty.text() == "No sessions attended yet."
    assert history.sessions.empty.isVisibleTo(history)


def test_referral_blocked_without_consent(qtbot, store: Store) -> None:
    hnin = person(store, "Ma Hnin Ei", referral_consent=False)
    dialog = ReferDialog(store, beneficiaries.get_person(store, hnin.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_consent.isVisible()
    assert "no consent to referral" in dialog.no_consent_label.text()
    assert not dialog.ok_button.isEnabled()
    assert not dialog.consent.isEnabled()


def test_referral_says_what_is_missing_as_you_type_and_keeps_a_refused_one(
    qtbot, store: Store
) -> None:
    hnin = person(store, "Ma Hnin Ei", referral_consent=True)
    service = referrals.add_partner_service(store, "Mae Tao Clinic", "Reproductive health")
    record = beneficiaries.get_person(store, hnin.id)
    dialog = ReferDialog(store, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = dialog.fields
    assert all(f.message.isHidden() for f in fields.values())  # a fresh form: no red text
    dialog.service.setCurrentIndex(dialog.service.findData(service.id))
    dialog.service.setCurrentIndex(0)
    assert fields["service_id"].message.text() == "Choose the service."
    dialog.service.setCurrentIndex(dialog.service.findData(service.id))
    assert fields["service_id"].message.isHidden()
    qtbot.keyClicks(dialog.reason, "x")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Backspace)
    assert fields["reason"].message.text() == "Say why the person is referred."
    qtbot.keyClicks(dialog.reason, "Antenatal check")
    assert fields["reason"].message.isHidden()
    qtbot.mouseClick(dialog.consent, LEFT)
    qtbot.mouseClick(dialog.consent, LEFT)
    consent_message = fields["consent_confirmed"].message
    assert consent_message.text() == "Confirm that the person agreed to this referral."
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.consent, LEFT)
    assert dialog.ok_button.isEnabled()

    # The consent to referral is taken off the record meanwhile: the refusal shows in the
    # dialog, and what was typed stays.
    withdrawn = dataclasses.replace(record.as_input(), consent_referral=False)
    beneficiaries.update_person(store, hnin.id, withdrawn)
    dialog.consent.setFocus()
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Return)  # Enter on the check box is OK
    assert dialog.isVisible()
    assert "no consent to referral" in dialog.error.text()
    assert dialog.reason.toPlainText() == "Antenatal check"
    assert dialog.consent.isChecked()
    assert referrals.person_referrals(store, hnin.id) == []


def test_refer_with_consent_add_service_status_and_slip(
    qtbot, store: Store, tmp_path: Path
) -> None:
    hnin = person(
        store,
        "Ma Hnin Ei",
        script="မနှင်းအိ",
        referral_consent=True,
        phone="081 234 5678",
        notes="Husband drinks; fears going home",
        language="my",
    )
    record = beneficiaries.get_person(store, hnin.id)
    form = PersonForm(store, record)
    qtbot.addWidget(form)
    form.show()
    history = form.history_tab
    assert history.referrals is not None
    assert history.referrals.title.text() == "Referrals (0)"
    qtbot.mouseClick(history.refer_button, LEFT)
    dialog = history.refer_dialog
    assert isinstance(dialog, ReferDialog)
    assert not dialog.no_consent.isVisible()

    # Add the partner's service inline.
    qtbot.mouseClick(dialog.add_service_button, LEFT)
    service_dialog = dialog.service_dialog
    assert service_dialog is not None
    assert not service_dialog.add_button.isEnabled()
    qtbot.keyClicks(service_dialog.organisation, "Mae Tao Clinic")
    qtbot.keyClicks(service_dialog.name, "Reproductive health")
    qtbot.keyClicks(service_dialog.contact, "055 563 644")
    qtbot.mouseClick(service_dialog.add_button, LEFT)
    assert dialog.service.currentText() == "Mae Tao Clinic — Reproductive health"
    assert "055 563 644" in dialog.how_to.text()

    qtbot.keyClicks(dialog.reason, "Antenatal check, 5 months pregnant")
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("urgent"))
    assert not dialog.ok_button.isEnabled()  # consent for this referral not confirmed yet
    qtbot.mouseClick(dialog.consent, LEFT)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.record is not None

    assert history.referrals.title.text() == "Referrals (1)"
    box = history.status_box(0)
    assert box.currentText() == "Sent"
    box.setCurrentIndex(box.findData("accepted"))
    assert referrals.person_referrals(store, hnin.id)[0].status is ReferralStatus.ACCEPTED

    out = tmp_path / "slip.docx"
    assert history.write_slip(history.selected_referral(), out)
    document = Document(str(out))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells)
    assert "မနှင်းအိ" in text
    assert "Ma Hnin Ei" in text
    assert hnin.code in text
    assert "လွှဲပြောင်းပေးပို့စာ" in text  # in the person's language (Burmese)
    assert "Mae Tao Clinic" in text
    assert "Antenatal check" in text
    # The referral's own code, large, and its QR code (what the receiving CSO scans).
    assert dialog.record.code
    assert dialog.record.code in text
    assert slip_qr_codes(out.read_bytes()) == [dialog.record.code]
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    for private in ("081", "234 5678", "Husband", "fears"):
        assert private not in xml
    assert 'w:cs="Myanmar Text"' in xml
    form.done(0)


def test_slip_never_shows_private_fields(store: Store) -> None:
    """The slip takes only SlipDetails: phone, documents, area, notes, disability answers
    cannot reach it, whatever the person's record holds."""
    hnin = person(
        store, "Ma Hnin Ei", phone="09 4512 3456", notes="Lost her pink card", language="th"
    )
    record = beneficiaries.get_person(store, hnin.id)
    assert set(SlipDetails.__dataclass_fields__) == {
        "code", "name_latin", "name_script", "service", "organisation", "date", "reason",
        "urgency", "referring_cso", "referring_staff", "follow_up", "referral_code",
    }  # fmt: skip
    slip = SlipDetails(
        record.code, record.name_latin, record.name_script, "Legal aid", "Legal clinic",
        dt.date(2026, 3, 1), "Documentation advice", "normal", "BEAM", "Daw Khin Myo",
    )  # fmt: skip
    data = slip_bytes(slip, record.language)
    import io

    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "ใบส่งต่อ" in xml  # Thai
    assert 'w:bidi="th-TH"' in xml
    for private in ("09 4512 3456", "pink card", record.area or "@@", "Mae Sot town",
                    record.documentation.value):  # fmt: skip
        assert private not in xml
