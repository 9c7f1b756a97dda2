"""The codes of cases (service lines, status, close reasons, goal status, refusals) in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.cases import CaseState, CloseReason, GoalStatus, ServiceLine
from desktop.labels import problem_message

translate = QCoreApplication.translate


def service_line_label(code: str, lines: list[ServiceLine] | None = None) -> str:
    """A built-in line in the user's language; a CSO's own line by the name it was given."""
    built_in = {
        "mhpss": translate("CaseWords", "Psychosocial support (MHPSS)"),
        "protection": translate("CaseWords", "Protection"),
    }
    if code in built_in:
        return built_in[code]
    for line in lines or []:
        if line.code == code:
            return line.name
    return code


def case_state_label(state: CaseState) -> str:
    return {
        CaseState.OPEN: translate("CaseWords", "Open"),
        CaseState.ON_HOLD: translate("CaseWords", "On hold"),
        CaseState.CLOSED: translate("CaseWords", "Closed"),
    }[state]


def close_reason_label(reason: CloseReason) -> str:
    return {
        CloseReason.GOALS_MET: translate("CaseWords", "Goals met"),
        CloseReason.MOVED_AWAY: translate("CaseWords", "Moved away"),
        CloseReason.REFERRED_ON: translate("CaseWords", "Referred to another service"),
        CloseReason.LOST_CONTACT: translate("CaseWords", "Lost contact"),
        CloseReason.DECLINED: translate("CaseWords", "Declined further support"),
        CloseReason.DIED: translate("CaseWords", "Died"),
        CloseReason.OTHER: translate("CaseWords", "Other reason"),
    }[reason]


def goal_status_label(status: GoalStatus) -> str:
    return {
        GoalStatus.OPEN: translate("CaseWords", "Working on it"),
        GoalStatus.ACHIEVED: translate("CaseWords", "Achieved"),
        GoalStatus.DROPPED: translate("CaseWords", "Dropped"),
    }[status]


def case_problem_message(key: str, code: str) -> str:
    """What the case functions of the store refuse, in words (else the usual field words)."""
    specific = {
        ("outcome", "required"): translate(
            "CaseWords", "Say in a few words how the case ended (needed for “Other reason”)."
        ),
        ("next_contact", "before_session"): translate(
            "CaseWords", "The next contact cannot be before this session."
        ),
        ("text", "required"): translate("CaseWords", "Say what is to be done."),
    }
    if (key, code) in specific:
        return specific[(key, code)]
    words = {
        "not_caseworker": translate(
            "CaseWords", "This account cannot own cases (it is disabled or has no casework role)."
        ),
        "unknown_user": translate("CaseWords", "Choose a staff member from the list."),
        "same_user": translate("CaseWords", "Choose someone else to take the cases."),
        "before_opened": translate("CaseWords", "This date is before the case was opened."),
        "case_closed": translate("CaseWords", "The case is closed. Reopen it first."),
        "is_owner": translate("CaseWords", "This staff member already owns the case."),
        "not_open": translate("CaseWords", "Only an open case can be put on hold."),
        "already_closed": translate("CaseWords", "The case is already closed."),
        "already_open": translate("CaseWords", "The case is already open."),
        "unknown_goal": translate("CaseWords", "Choose one of the case's goals."),
        "line_exists": translate("CaseWords", "There is already a service line with this name."),
        "line_in_use": translate(
            "CaseWords", "Cases use this service line, so it cannot be removed."
        ),
    }
    return words.get(code) or problem_message(key, code)
