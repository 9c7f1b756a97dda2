"""What a worklist item asks the user to do, as one short sentence in the user's language.

Shared by the Worklist page (which passes ``QCoreApplication.translate`` and its calendar's
date text) and ``saphan worklist`` (English, ISO dates). No Qt here: the headless commands
never import it. The sentences are marked for lupdate with :func:`QT_TRANSLATE_NOOP` and
translated when shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db.worklist import WHO5_DROP_POINTS, WHO5_MULTIPLIER, Kind, WorkItem

CONTEXT = "Worklist"
Translate = Callable[[str, str], str]
DateText = Callable[[dt.date], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate's marker, by its name
    return source


def untranslated(_context: str, source: str) -> str:
    return source


KIND_LABELS: dict[Kind, str] = {
    Kind.FOLLOW_UP: QT_TRANSLATE_NOOP("Worklist", "Follow-up"),
    Kind.CASE_ACTION: QT_TRANSLATE_NOOP("Worklist", "Case plan"),
    Kind.REVIEW_WELLBEING: QT_TRANSLATE_NOOP("Worklist", "Wellbeing"),
    Kind.REFERRAL_FEEDBACK: QT_TRANSLATE_NOOP("Worklist", "Referral"),
    Kind.CONSENT_RENEWAL: QT_TRANSLATE_NOOP("Worklist", "Consent"),
    Kind.ATTENDANCE_MISSING: QT_TRANSLATE_NOOP("Worklist", "Attendance"),
    Kind.PROJECT_SESSION: QT_TRANSLATE_NOOP("Worklist", "Project session"),
    Kind.ASSESSMENT_ALERT: QT_TRANSLATE_NOOP("Worklist", "Assessment alert"),
}

SERVICE_LINES: dict[str, str] = {
    "mhpss": QT_TRANSLATE_NOOP("Worklist", "Psychosocial support (MHPSS)"),
    "protection": QT_TRANSLATE_NOOP("Worklist", "Protection"),
}

_FOLLOW_UP = QT_TRANSLATE_NOOP("Worklist", "Follow up: next contact in the {service} case")
_ACTION = QT_TRANSLATE_NOOP("Worklist", "Case plan action: {action}")
_LOW = QT_TRANSLATE_NOOP("Worklist", "Review wellbeing: WHO-5 score {score} of 25 on {date}")
_DROP = QT_TRANSLATE_NOOP(
    "Worklist", "Review wellbeing: WHO-5 fell from {before} to {after} of 100 on {date}"
)
_REFERRAL = QT_TRANSLATE_NOOP(
    "Worklist", "Ask for feedback on the referral to {service} made on {date}"
)
_REFERRAL_NO_SERVICE = QT_TRANSLATE_NOOP(
    "Worklist", "Ask for feedback on the referral made on {date}"
)
_CONSENT = QT_TRANSLATE_NOOP("Worklist", "Renew consent: given on {date}, a year ago on {due}")
_ATTENDANCE = QT_TRANSLATE_NOOP(
    "Worklist", "Record attendance of the group session on {date}: {topic}"
)
_ATTENDANCE_NO_TOPIC = QT_TRANSLATE_NOOP(
    "Worklist", "Record attendance of the group session on {date}"
)
_ALERT = QT_TRANSLATE_NOOP("Worklist", "Follow up the {instrument} of {date}: {alerts}")
_PROJECT = QT_TRANSLATE_NOOP("Worklist", "Prepare session {number} of {project}: {title}")


def kind_label(kind: Kind, translate: Translate = untranslated) -> str:
    return translate(CONTEXT, KIND_LABELS[kind])


def service_line_label(code: str, translate: Translate = untranslated) -> str:
    """A built-in service line in the user's language; a CSO's own one as it named it."""
    known = SERVICE_LINES.get(code)
    return translate(CONTEXT, known) if known is not None else code


def dropped(item: WorkItem) -> bool:
    """Whether a wellbeing item is about a drop (rather than a low score)."""
    return (
        item.score is not None
        and item.previous_score is not None
        and (item.previous_score - item.score) * WHO5_MULTIPLIER >= WHO5_DROP_POINTS
    )


def what(
    item: WorkItem,
    translate: Translate = untranslated,
    date_text: DateText = dt.date.isoformat,
) -> str:
    """The sentence saying what ``item`` asks for (English with ISO dates by default)."""

    def tr(source: str) -> str:
        return translate(CONTEXT, source)

    since = date_text(item.since) if item.since is not None else ""
    match item.kind:
        case Kind.FOLLOW_UP:
            return tr(_FOLLOW_UP).format(service=service_line_label(item.service_line, translate))
        case Kind.CASE_ACTION:
            return tr(_ACTION).format(action=item.text)
        case Kind.REVIEW_WELLBEING:
            day = date_text(item.due)
            if dropped(item):
                assert item.score is not None
                assert item.previous_score is not None
                return tr(_DROP).format(
                    before=item.previous_score * WHO5_MULTIPLIER,
                    after=item.score * WHO5_MULTIPLIER,
                    date=day,
                )
            return tr(_LOW).format(score=item.score, date=day)
        case Kind.REFERRAL_FEEDBACK:
            if item.text:
                return tr(_REFERRAL).format(service=item.text, date=since)
            return tr(_REFERRAL_NO_SERVICE).format(date=since)
        case Kind.CONSENT_RENEWAL:
            return tr(_CONSENT).format(date=since, due=date_text(item.due))
        case Kind.ATTENDANCE_MISSING:
            if item.text:
                return tr(_ATTENDANCE).format(date=since, topic=item.text)
            return tr(_ATTENDANCE_NO_TOPIC).format(date=since)
        case Kind.ASSESSMENT_ALERT:
            return tr(_ALERT).format(
                instrument=item.text, date=date_text(item.due), alerts="; ".join(item.alerts)
            )
        case Kind.PROJECT_SESSION:
            return tr(_PROJECT).format(number=item.number, project=item.project, title=item.text)
