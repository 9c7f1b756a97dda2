"""Need-to-know on screen: a facilitator's view of a person of their group, and a caseworker
who breaks the glass (with a reason the admin then reads on the audit page)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from db import activities, beneficiaries, programmes, users
from db.activities import ActivityType, SessionInput
from db.models import Case
from db.store import Store
from db.types import Documentation, Role, UserInfo
from desktop.audit.page import AuditPage
from desktop.beneficiaries.limited_view import LimitedPersonDialog
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.beneficiaries.person_form import PersonForm
from desktop.main_window import MainWindow
from desktop.sessions.attendance_picker import Attendee
from desktop.sessions.log_dialog import LogSessionDialog
from desktop.sessions.participant_notes import ParticipantNotesDialog
from tests.desktop.protection_helpers import a_person

SECRETS = ("0899555111", "CANARYNOTE", "CANARYAREA", "CANARYMHPSS", "G-code", "1987")


def _signed_in(store: Store, username: str, role: Role) -> Store:
    account = users.create_user(store, username, username.title(), role, "long-enough-pass")
    user = UserInfo(account.id, username, username.title(), role, "en")
    return dataclasses.replace(store, user=user, broken_glass=set())


def _world(store: Store) -> tuple[int, int]:
    """A person with secrets, in a group a facilitator ran and a case of another caseworker."""
    data = a_person("Ma Secret", 1987)
    data.phone, data.notes, data.area = "0899555111", "CANARYNOTE", "CANARYAREA"
    data.documentation = Documentation.G_CODE
    pid = beneficiaries.register_person(store, data).id
    owner = users.create_user(store, "owner", "Owner", Role.CASEWORKER, "long-enough-pass")
    with store.write() as session:
        session.add(
            Case(beneficiary_id=pid, owner_id=owner.id, status="open", opened_on=dt.date.today())
        )
    return pid, owner.id


def _visible_text(widget: LimitedPersonDialog) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    for table in widget.findChildren(QTableWidget):
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                parts.append(item.text() if item else "")
    return "\n".join(parts)


def _open(qtbot, store: Store, pid: int) -> tuple[MainWindow, BeneficiariesPage]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    page.refresh()
    assert page.select_person(pid)
    page.open_selected()
    return window, page


def test_facilitator_sees_only_name_code_and_attendance(qtbot, store: Store) -> None:
    pid, _owner = _world(store)
    facilitator = _signed_in(store, "naw", Role.FACILITATOR)
    programme = programmes.list_programmes(store)[0].id
    activities.log_session(
        store,
        SessionInput(
            ActivityType.SAFE_SPACE,
            programme,
            dt.date.today(),
            topic="Drawing together",
            facilitator_id=facilitator.user.id,
            mhpss_notes="CANARYMHPSS",
            attendee_ids=[pid],
        ),
    )
    _window, page = _open(qtbot, facilitator, pid)
    assert page.current_form is None  # never the record form
    view = page.limited_view
    assert isinstance(view, LimitedPersonDialog)
    qtbot.waitExposed(view)
    view.resize(1366 // 2, 768 // 2)
    view.grab().save("/tmp/access-facilitator-view.png")
    text = _visible_text(view)
    assert "Ma Secret" in text
    assert view.person.code in text
    assert "Drawing together" in text  # the attendance of the session they ran
    for secret in SECRETS:
        assert secret not in text
    assert "Female" not in text  # not even sex or birth year
    assert view.break_button is None
    # and the people list shows no phone, age or sex of them either
    row = page.model.row_at(0)
    assert row is not None
    cells = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "0899555111" not in cells
    assert "Female" not in cells
    view.reject()


def test_caseworker_breaks_the_glass_and_the_admin_reads_why(
    qtbot, main_window: MainWindow, monkeypatch
) -> None:
    store = main_window.store
    pid, _owner = _world(store)
    caseworker = _signed_in(store, "thida", Role.CASEWORKER)
    _window, page = _open(qtbot, caseworker, pid)
    view = page.limited_view
    assert isinstance(view, LimitedPersonDialog)
    text = _visible_text(view)
    for secret in SECRETS[:5]:
        assert secret not in text
    assert view.break_button is not None
    view.grab().save("/tmp/access-basic-view.png")

    view.break_button.click()
    dialog = view.break_dialog
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()  # a reason is required
    dialog.reason.setPlainText("Came in crisis; her caseworker is on leave")
    assert dialog.ok_button.isEnabled()
    dialog.grab().save("/tmp/access-break-glass.png")
    monkeypatch.setattr(type(dialog), "confirm", lambda self: True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: isinstance(page.current_form, PersonForm))
    form = page.current_form
    assert isinstance(form, PersonForm)
    assert form.person_tab.phone.text() == "0899555111"
    form.reject()
    QApplication.processEvents()

    main_window.show_page("audit")
    audit_page = main_window.pages["audit"]
    assert isinstance(audit_page, AuditPage)
    audit_page.model.reload()
    rows = [
        tuple(audit_page.model.index(r, c).data() for c in range(audit_page.model.columnCount()))
        for r in range(audit_page.model.rowCount())
    ]
    glass = [r for r in rows if r[2].startswith("Broke the glass")]
    assert len(glass) == 1
    assert glass[0][1] == "thida"
    assert glass[0][3] == f"Person no. {pid}"
    assert glass[0][4] == "Reason: Came in crisis; her caseworker is on leave"


def test_group_session_notes_per_participant(qtbot, store: Store) -> None:
    """The log dialog has a note field per participant beside the group note; the notes are
    read back only by who may (the admin here)."""
    pid = beneficiaries.register_person(store, a_person("Ma Group", 1990)).id
    dialog = LogSessionDialog(store)
    qtbot.addWidget(dialog)
    dialog.set_activity_type(ActivityType.MHPSS_GROUP)
    dialog.group_picker.add(Attendee(pid, "X-1", "Ma Group", ""))
    table = dialog.participant_notes
    assert table is not None
    assert table.isVisibleTo(dialog)
    assert table.rowCount() == 1
    table.set_note(pid, "Spoke about her son")
    dialog.resize(1366, 768)
    dialog.grab().save("/tmp/access-log-dialog.png")
    assert dialog.save()
    record = dialog.record
    assert record is not None
    notes_dialog = ParticipantNotesDialog(store, record)
    qtbot.addWidget(notes_dialog)
    item = notes_dialog.table.item(0, 1)
    assert item is not None
    assert item.text() == "Spoke about her son"
    notes_dialog.grab().save("/tmp/access-notes-dialog.png")
