"""Words for the store's codes: enum values and the problem codes of fields.

The store speaks in codes; this module turns them into words in the user's language (typed
errors become sentences in :mod:`desktop.errors`). Every literal sits inside a
``translate("Labels", ...)`` call so lupdate finds it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from db import settings
from db.activities import SessionRecord
from db.errors import ValidationFailed
from db.types import (
    WG_A_LOT,
    WG_CANNOT,
    WG_NO_DIFFICULTY,
    WG_SOME,
    AgeBand,
    CaseStatus,
    Documentation,
    Nationality,
    PopulationGroup,
    Programme,
    Role,
    Sex,
)
from desktop.dates import local_datetime_text
from desktop.i18n import current_language
from desktop.languages import fallbacks

translate = QCoreApplication.translate

# Languages a person may prefer to be served in (ISO 639 codes, as the store keeps them).
PERSON_LANGUAGES = ("my", "ksw", "th", "en")

# Areas around Mae Sot that CSOs serve; the area field also accepts anything typed.
MAE_SOT_AREAS = (
    "Mae Sot town",
    "Mae Pa",
    "Tha Sai Luat",
    "Mae Tao",
    "Mae Ku",
    "Phra That Pha Daeng",
    "Mae Kasa",
    "Mahawan",
    "Dan Mae Lamao",
)


def sex_label(sex: Sex) -> str:
    return {
        Sex.FEMALE: translate("Labels", "Female"),
        Sex.MALE: translate("Labels", "Male"),
        Sex.OTHER: translate("Labels", "Other"),
    }[sex]


def population_group_label(group: PopulationGroup) -> str:
    return {
        PopulationGroup.NEW_ARRIVAL: translate("Labels", "New arrival"),
        PopulationGroup.LONG_TERM_MIGRANT: translate("Labels", "Long-term migrant"),
        PopulationGroup.HOST_COMMUNITY: translate("Labels", "Host community"),
    }[group]


def nationality_label(nationality: Nationality) -> str:
    return {
        Nationality.MYANMAR: translate("Labels", "Myanmar"),
        Nationality.THAI: translate("Labels", "Thai"),
        Nationality.STATELESS: translate("Labels", "Stateless"),
        Nationality.OTHER: translate("Labels", "Other"),
    }[nationality]


def documentation_label(documentation: Documentation) -> str:
    return {
        Documentation.NONE: translate("Labels", "No documents"),
        Documentation.PINK_CARD: translate("Labels", "Pink card"),
        Documentation.PASSPORT_VISA: translate("Labels", "Passport and visa"),
        Documentation.BORDER_PASS: translate("Labels", "Border pass"),
        Documentation.THAI_ID: translate("Labels", "Thai ID card"),
        Documentation.G_CODE: translate("Labels", "G-code (student)"),
        Documentation.OTHER: translate("Labels", "Other document"),
    }[documentation]


def status_label(status: CaseStatus) -> str:
    return {
        CaseStatus.ACTIVE: translate("Labels", "Active"),
        CaseStatus.CLOSED: translate("Labels", "Closed"),
    }[status]


def age_band_label(band: AgeBand) -> str:
    return {
        AgeBand.CHILD: translate("Labels", "Children (0–17)"),
        AgeBand.ADULT: translate("Labels", "Adults (18–59)"),
        AgeBand.OLDER: translate("Labels", "Older people (60+)"),
        AgeBand.UNDER_5: translate("Labels", "Under 5 (0–4)"),
        AgeBand.AGE_5_11: translate("Labels", "5–11"),
        AgeBand.AGE_12_17: translate("Labels", "12–17"),
    }[band]


def role_label(role: Role) -> str:
    return {
        Role.ADMIN: translate("Labels", "Admin"),
        Role.CASEWORKER: translate("Labels", "Caseworker"),
        Role.SUPERVISOR: translate("Labels", "Supervisor"),
        Role.FACILITATOR: translate("Labels", "Facilitator"),
        Role.COORDINATOR: translate("Labels", "Coordinator"),
    }[role]


def language_label(code: str) -> str:
    labels = {
        "my": translate("Labels", "Burmese"),
        "ksw": translate("Labels", "S'gaw Karen"),
        "th": translate("Labels", "Thai"),
        "en": translate("Labels", "English"),
    }
    return labels.get(code, code)


def area_label(area: str) -> str:
    """Known Mae Sot areas are translated; anything a user typed is shown as typed."""
    labels = {
        "Mae Sot town": translate("Labels", "Mae Sot town"),
        "Mae Pa": translate("Labels", "Mae Pa"),
        "Tha Sai Luat": translate("Labels", "Tha Sai Luat"),
        "Mae Tao": translate("Labels", "Mae Tao"),
        "Mae Ku": translate("Labels", "Mae Ku"),
        "Phra That Pha Daeng": translate("Labels", "Phra That Pha Daeng"),
        "Mae Kasa": translate("Labels", "Mae Kasa"),
        "Mahawan": translate("Labels", "Mahawan"),
        "Dan Mae Lamao": translate("Labels", "Dan Mae Lamao"),
    }
    return labels.get(area, area)


def wg_question(domain: str) -> str:
    """The Washington Group short-set questions, worded as they are asked."""
    return {
        "seeing": translate("Labels", "Do you have difficulty seeing, even if wearing glasses?"),
        "hearing": translate(
            "Labels", "Do you have difficulty hearing, even if using a hearing aid?"
        ),
        "walking": translate("Labels", "Do you have difficulty walking or climbing steps?"),
        "remembering": translate("Labels", "Do you have difficulty remembering or concentrating?"),
        "selfcare": translate(
            "Labels",
            "Do you have difficulty (with self-care such as) washing all over or dressing?",
        ),
        "communicating": translate(
            "Labels",
            "Using your usual (customary) language, do you have difficulty communicating, "
            "for example understanding or being understood?",
        ),
    }[domain]


def wg_answer_label(answer: int | None) -> str:
    return {
        WG_NO_DIFFICULTY: translate("Labels", "No difficulty"),
        WG_SOME: translate("Labels", "Some difficulty"),
        WG_A_LOT: translate("Labels", "A lot of difficulty"),
        WG_CANNOT: translate("Labels", "Cannot do at all"),
        None: translate("Labels", "Not asked"),
    }[answer]


def duplicate_reason_label(reason: str) -> str:
    labels = {
        "same_name": translate("Labels", "Same name, born within a year"),
        "similar_name": translate("Labels", "Similar name, born within a year"),
        "same_script_name": translate("Labels", "Same name in Myanmar/Thai script"),
    }
    return labels.get(reason, reason)


def _mapping_conflict() -> str:
    """A bundle built where two programmes count in one network programme (db.programmes)."""
    return translate(
        "Labels",
        "Two of your programmes count in the same network programme, so some people would "
        "be counted twice. In Settings, under Programmes, map one of them elsewhere.",
    )


def problem_message(field: str, code: str) -> str:
    """A sentence for a validation problem code of a field (from db.validation or db.setup)."""
    specific = {
        ("name_latin", "required"): translate(
            "Labels", "Enter the name in Latin letters or in Myanmar/Thai script."
        ),
        ("birth", "in_future"): translate("Labels", "The date of birth cannot be in the future."),
        ("birth", "too_old"): translate(
            "Labels", "This would make the person older than 110 years. Check the date."
        ),
        ("birth", "birth_required"): translate(
            "Labels", "Enter the date of birth, or tick “estimated” and enter the birth year."
        ),
        ("consent_date", "in_future"): translate(
            "Labels", "The consent date cannot be in the future."
        ),
        ("consent_date", "before_birth"): translate(
            "Labels", "The consent date cannot be before the person was born."
        ),
        ("sex", "required"): translate("Labels", "Choose the person's sex."),
        ("population_group", "required"): translate("Labels", "Choose the population group."),
        ("cso_name", "required"): translate("Labels", "Enter the organisation's name."),
        ("full_name", "required"): translate("Labels", "Enter your full name."),
        ("username", "required"): translate("Labels", "Enter a user name."),
        ("closed_reason", "required"): translate("Labels", "Say why the case is closed."),
        ("username", "username_taken"): translate(
            "Labels", "This user name is already taken. Choose another one."
        ),
    }
    if (field, code) == ("network_code", "network_taken"):
        return _mapping_conflict()
    if (field, code) in specific:
        return specific[(field, code)]
    generic = {
        "required": translate("Labels", "This field is required."),
        "too_long": translate("Labels", "This is too long (at most 200 characters)."),
        "in_future": translate("Labels", "This date cannot be in the future."),
        "too_old": translate("Labels", "This date is too long ago. Check it."),
        "before_birth": translate("Labels", "This date is before the person was born."),
        "phone_format": translate(
            "Labels",
            "Enter a Thai (e.g. 081 234 5678) or Myanmar (e.g. 09 4512 3456) phone number.",
        ),
        "consent_required": translate(
            "Labels", "The person must agree to receive services before they can be registered."
        ),
        "birth_required": translate("Labels", "Enter the date of birth or the birth year."),
        "out_of_range": translate("Labels", "Choose one of the answers for each question."),
        "control_character": translate(
            "Labels",
            "This holds an invisible control character (often from copied text) that cannot "
            "be saved. Delete the text and type it again.",
        ),
        "cso_code_format": translate(
            "Labels", "Use 2 to 12 capital letters or digits, starting with a letter (e.g. BEAM)."
        ),
        "username_format": translate(
            "Labels",
            "Use 2 to 32 small letters, digits, dots, dashes or underscores (e.g. khinmyo).",
        ),
        "too_short": translate("Labels", "Use at least 10 characters."),
        "spaces_at_ends": translate("Labels", "The password cannot start or end with a space."),
        "date_format": translate(
            "Labels", "Enter the date as day/month/year, for example 23/11/1990."
        ),
        "mismatch": translate("Labels", "The two passwords are not the same."),
        "username_taken": translate("Labels", "This user name is already taken."),
        "last_admin": translate(
            "Labels",
            "This is the only active admin. Make another account an admin first, "
            "so someone can still manage the CSO.",
        ),
        "cannot_disable_self": translate(
            "Labels", "You cannot disable your own account. Ask another admin to do it."
        ),
    }
    return generic.get(code, translate("Labels", "Check this field."))


# Problem codes that are a refusal of the whole action, not a field to correct.
_REFUSALS = frozenset({"last_admin", "cannot_disable_self"})


def validation_message(
    exc: ValidationFailed, words: Callable[[str, str], str] = problem_message
) -> str:
    """Input that did not pass validation: each field's problem (in ``words``, e.g. a form's
    own wording), or the one refusal."""
    refusals = [code for code in exc.problems.values() if code in _REFUSALS]
    if refusals:
        return problem_message("", refusals[0])
    lines = [words(field, code) for field, code in exc.problems.items()]
    return "\n".join([translate("Labels", "Some fields need attention:"), *lines])


def audit_action_label(action: str) -> str:
    """The audit trail's action codes in words; an unknown code is shown as it is."""
    labels = {
        "create": translate("Labels", "Added"),
        "view": translate("Labels", "Opened record"),
        "edit": translate("Labels", "Changed record"),
        "delete": translate("Labels", "Deleted"),
        "restore": translate("Labels", "Restored"),
        "erase": translate("Labels", "Erased permanently"),
        "export": translate("Labels", "Exported"),
        "backup": translate("Labels", "Backup"),
        "login": translate("Labels", "Signed in"),
        "setup": translate("Labels", "Set up Saphan"),
        "recovery": translate("Labels", "Recovered admin access"),
        "user_create": translate("Labels", "Added staff account"),
        "user_role": translate("Labels", "Changed role"),
        "user_disable": translate("Labels", "Disabled staff account"),
        "user_reset_password": translate("Labels", "Reset password"),
        "close_case": translate("Labels", "Closed case"),
        "reopen_case": translate("Labels", "Reopened case"),
        "remember_me": translate("Labels", "Remember me turned on"),
        "password_change": translate("Labels", "Changed own password"),
        "setting": translate("Labels", "Changed a setting"),
        "attendance": translate("Labels", "Recorded attendance"),
        "status": translate("Labels", "Changed status"),
        "receive": translate("Labels", "Recorded a referral received"),
        "feedback": translate("Labels", "Referral feedback arrived"),
        "reach_rebuild": translate("Labels", "Worked out again who was reached when"),
        "import": translate("Labels", "Imported a list"),
        # Cases (db.cases)
        "case_open": translate("Labels", "Opened a case"),
        "case_hold": translate("Labels", "Put a case on hold"),
        "case_close": translate("Labels", "Closed a case"),
        "case_reopen": translate("Labels", "Reopened a case"),
        "case_next_contact": translate("Labels", "Set the next contact"),
        "case_transfer": translate("Labels", "Transferred a case"),
        "cases_transfer_all": translate("Labels", "Transferred all cases of a staff member"),
        "case_share": translate("Labels", "Shared a case"),
        "case_unshare": translate("Labels", "Stopped sharing a case"),
        "case_goal_add": translate("Labels", "Added a goal"),
        "case_goal_edit": translate("Labels", "Changed a goal"),
        "case_goal_remove": translate("Labels", "Removed a goal"),
        "case_action_add": translate("Labels", "Added an action"),
        "case_action_edit": translate("Labels", "Changed an action"),
        "case_action_done": translate("Labels", "Marked an action done"),
        "case_action_undone": translate("Labels", "Marked an action not done"),
        "case_action_remove": translate("Labels", "Removed an action"),
        "service_line_add": translate("Labels", "Added a service line"),
        "service_line_remove": translate("Labels", "Removed a service line"),
        "break_glass": translate("Labels", "Broke the glass (read a record outside own cases)"),
        "participant_note": translate("Labels", "Wrote a participant's note"),
        "view_changes": translate("Labels", "Read a record's change history"),
        **_more_audit_action_labels(),
    }
    return labels.get(action, action)


def _more_audit_action_labels() -> dict[str, str]:
    return {
        # Settings, plans, projects, sharing, team (every action db/ writes has words here)
        "update": translate("Labels", "Changed"),
        "activate": translate("Labels", "Turned on"),
        "deactivate": translate("Labels", "Turned off"),
        "duplicate": translate("Labels", "Copied a plan"),
        "from_template": translate("Labels", "Started a plan from a template"),
        "save_template": translate("Labels", "Saved a plan as a template"),
        "seed_templates": translate("Labels", "Added the templates that come with Saphan"),
        "participants_add": translate("Labels", "Added participants"),
        "participants_remove": translate("Labels", "Removed participants"),
        "signing_key": translate("Labels", "Made a signing key"),
        settings.BUNDLE_REVISION.name: translate("Labels", "Prepared figures to share"),
        "demo_data": translate("Labels", "Added demo data"),
        "subject_export": translate("Labels", "Exported everything about a person"),
        "consent_scope_add": translate("Labels", "Added a kind of consent"),
        "consent_scope_rename": translate("Labels", "Renamed a kind of consent"),
        "consent_grant": translate("Labels", "Recorded consent given"),
        "consent_withdraw": translate("Labels", "Recorded consent withdrawn"),
        "close_months": translate("Labels", "Closed months as reported"),
        "reopen_month": translate("Labels", "Reopened a month"),
        "team_create": translate("Labels", "Made this laptop a team"),
        "team_invite": translate("Labels", "Invited a laptop to the team"),
        "team_remove_device": translate("Labels", "Removed a laptop from the team"),
        "team_conflict_keep": translate("Labels", "Kept this laptop's version of a change"),
        "team_conflict_take_other": translate("Labels", "Took the other laptop's version"),
        "worklist_done": translate("Labels", "Marked a task done"),
        "worklist_snoozed": translate("Labels", "Put a task off"),
        "worklist_dismissed": translate("Labels", "Dismissed a task"),
    }


def audit_entity_label(entity: str) -> str:
    labels = {
        "person": translate("Labels", "Person"),
        "user": translate("Labels", "Staff account"),
        "setting": translate("Labels", "Setting"),
        "cso": translate("Labels", "Organisation"),
        "session": translate("Labels", "Session"),
        "programme": translate("Labels", "Programme"),
        "activity_type": translate("Labels", "Activity type"),
        "referral": translate("Labels", "Referral"),
        "assessment": translate("Labels", "Assessment"),
        "service": translate("Labels", "Service"),
        "people": translate("Labels", "People"),
        "case": translate("Labels", "Case"),
        "case_goal": translate("Labels", "Case goal"),
        "case_action": translate("Labels", "Case action"),
        "plan": translate("Labels", "Session plan"),
        "project": translate("Labels", "Project"),
        "instrument": translate("Labels", "Questionnaire"),
        "custom_field": translate("Labels", "Own field"),
        "team": translate("Labels", "Team"),
        "months": translate("Labels", "Months"),
        "network": translate("Labels", "Network"),
        "worklist_mark": translate("Labels", "Task"),
    }
    return labels.get(entity, entity)


# --- Programme activity: sessions, assessments, referrals ---------------------------------


def data_label(labels: Mapping[str, str], fallback: str = "") -> str:
    """A name the CSO gave (an activity type, a programme) in the interface's language; else
    in that language's fallback (S'gaw Karen: Burmese); else English; else ``fallback``."""
    for language in (current_language(), *fallbacks(current_language()), "en"):
        if labels.get(language):
            return labels[language]
    return fallback


def programme_label(programme: Programme) -> str:
    """A programme's name in the interface's language (as :func:`data_label`)."""
    return data_label(programme.labels, programme.name)


def session_activity_label(record: SessionRecord) -> str:
    """A session's activity type in the interface's language (as the admin named it)."""
    return data_label(record.activity_labels, activity_type_label(record.activity_type))


def session_programme_label(record: SessionRecord) -> str:
    """A session's programme in the interface's language."""
    return data_label(record.programme_labels, record.programme_name)


def activity_type_label(activity: str) -> str:
    """The built-in kinds of session (``db.activities.ActivityType`` values), for where only a
    code is known; :func:`session_activity_label` reads the names the admin gave."""
    labels = {
        "counselling": translate("Labels", "Counselling"),
        "pfa": translate("Labels", "Psychological first aid"),
        "case_follow_up": translate("Labels", "Case follow-up"),
        "mhpss_group": translate("Labels", "MHPSS group session"),
        "awareness": translate("Labels", "Social-protection awareness"),
        "thai_class": translate("Labels", "Thai class"),
        "vocational": translate("Labels", "Vocational training"),
        "youth": translate("Labels", "Youth activity"),
        "safe_space": translate("Labels", "Women's safe-space meeting"),
        "project_session": translate("Labels", "Participatory project session"),
    }
    return labels.get(str(activity), str(activity))


def assessment_phase_label(phase: str) -> str:
    labels = {
        "pre": translate("Labels", "Before (pre)"),
        "mid": translate("Labels", "Midway (mid)"),
        "post": translate("Labels", "After (post)"),
    }
    return labels.get(phase, phase)


def referral_status_label(status: str) -> str:
    labels = {
        "sent": translate("Labels", "Sent"),
        "accepted": translate("Labels", "Accepted"),
        "completed": translate("Labels", "Completed"),
        "declined": translate("Labels", "Declined"),
    }
    return labels.get(str(status), str(status))


def feedback_state_label(state: str) -> str:
    """What the receiving CSO said about a referral (db.referral_feedback)."""
    labels = {
        "received": translate("Labels", "Received"),
        "served": translate("Labels", "Served"),
        "not_served": translate("Labels", "Not served"),
        "could_not_contact": translate("Labels", "Could not contact"),
    }
    return labels.get(str(state), str(state))


def urgency_label(urgency: str) -> str:
    labels = {
        "normal": translate("Labels", "Normal"),
        "urgent": translate("Labels", "Urgent"),
        "emergency": translate("Labels", "Emergency"),
    }
    return labels.get(str(urgency), str(urgency))


def reach_age_band_label(band: str) -> str:
    """An age band of the counts ("0-4", "18-59", "60+", ...)."""
    try:
        return age_band_label(AgeBand(band))
    except ValueError:
        return band


def activity_problem_message(field: str, code: str) -> str:
    """Problems of sessions, assessments and referrals; anything else as ``problem_message``."""
    specific = {
        ("date", "in_future"): translate("Labels", "The date cannot be in the future."),
        ("date", "required"): translate("Labels", "Enter the date, for example 23/11/2026."),
        ("duration_minutes", "out_of_range"): translate(
            "Labels", "The duration must be between 1 minute and 8 hours."
        ),
        ("attendee_ids", "individual_one_person"): translate(
            "Labels", "An individual session is with one person only."
        ),
        ("attendee_ids", "unknown_person"): translate(
            "Labels", "Someone on the list was deleted meanwhile. Remove them and save again."
        ),
        ("attendee_ids", "required"): translate("Labels", "Add at least one person who came."),
        ("participant_notes", "not_a_participant"): translate(
            "Labels", "A participant's note is only for someone on the attendance list."
        ),
        ("participant_notes", "group_only"): translate(
            "Labels", "Participants' notes are for group sessions."
        ),
        ("participant_notes", "too_long"): translate(
            "Labels", "A participant's note is too long (at most 5,000 characters)."
        ),
        ("reason", "too_long"): translate(
            "Labels", "The reason is too long (at most 500 characters)."
        ),
        ("person", "required"): translate("Labels", "Choose the person this session was with."),
        ("programme_id", "required"): translate("Labels", "Choose the programme."),
        ("area", "unknown_area"): translate("Labels", "Choose an area of the network's list."),
        ("topic", "too_long"): translate(
            "Labels", "The topic is too long (at most 300 characters)."
        ),
        ("answers", "incomplete"): translate("Labels", "Answer every question."),
        ("reason", "required"): translate("Labels", "Say why the person is referred."),
        ("service_id", "required"): translate("Labels", "Choose the service."),
        ("consent_confirmed", "consent_required"): translate(
            "Labels", "Confirm that the person agreed to this referral."
        ),
        ("consent_referral", "consent_required"): translate(
            "Labels",
            "This person's record has no consent to referral. Record their consent on the "
            "Consent tab first.",
        ),
        ("follow_up_date", "before_referral"): translate(
            "Labels", "The follow-up date cannot be before the referral."
        ),
        ("name", "required"): translate(
            "Labels", "Enter the organisation and the name of the service."
        ),
    }
    return specific.get((field, code)) or problem_message(field, code)


def local_time_text(utc: dt.datetime) -> str:
    """A time the store keeps in UTC, shown in the laptop's time zone and locale."""
    return local_datetime_text(utc)


# --- Participatory projects and session plans -------------------------------------------------


def project_status_label(status: str) -> str:
    """``db.projects.ProjectStatus`` values."""
    labels = {
        "planned": translate("Labels", "Planned"),
        "active": translate("Labels", "Active"),
        "completed": translate("Labels", "Completed"),
        "cancelled": translate("Labels", "Cancelled"),
    }
    return labels.get(str(status), str(status))


def step_kind_label(kind: str) -> str:
    """``db.plans.StepKind`` values: what a step of a session plan is."""
    labels = {
        "welcome": translate("Labels", "Welcome"),
        "energiser": translate("Labels", "Energiser"),
        "activity": translate("Labels", "Activity"),
        "discussion": translate("Labels", "Discussion"),
        "reflection": translate("Labels", "Reflection"),
        "closing": translate("Labels", "Closing"),
        "evaluation": translate("Labels", "Evaluation"),
    }
    return labels.get(str(kind), str(kind))


def plan_language_label(language: str) -> str:
    """``db.plans.PlanLanguage`` values: the language a session plan is written in."""
    labels = {
        "en": translate("Labels", "English"),
        "my": translate("Labels", "Burmese (မြန်မာ)"),
        "th": translate("Labels", "Thai (ไทย)"),
    }
    return labels.get(str(language), str(language))


def _plan_step_problem_message(step: int, part: str, code: str) -> str:
    """A problem of one step of a session plan (``step`` counted from 1)."""
    per_step = {
        ("title", "required"): translate("Labels", "Step {step} needs a title."),
        ("title", "too_long"): translate(
            "Labels", "The title of step {step} is too long (at most 300 characters)."
        ),
        ("minutes", "out_of_range"): translate(
            "Labels", "Step {step} must take between 1 minute and 8 hours."
        ),
        ("kind", "unknown"): translate("Labels", "Choose what kind of step step {step} is."),
    }
    if code == "control_character":
        return translate(
            "Labels",
            "A text of step {step} holds an invisible control character (often from copied "
            "text). Delete that text and type it again.",
        ).format(step=step)
    text = per_step.get((part, code), translate("Labels", "Check step {step}."))
    return text.format(step=step)


def plan_problem_message(field: str, code: str) -> str:
    """Problems of projects and session plans (``steps.3.title`` is step 4's title)."""
    parts = field.split(".")
    if len(parts) == 3 and parts[0] == "steps" and parts[1].isdigit():
        return _plan_step_problem_message(int(parts[1]) + 1, parts[2], code)
    specific = {
        ("title", "required"): translate("Labels", "Enter a title."),
        ("title", "too_long"): translate(
            "Labels", "The title is too long (at most 300 characters)."
        ),
        ("session_number", "out_of_range"): translate(
            "Labels", "The session number must be between 1 and 999."
        ),
        ("duration_minutes", "out_of_range"): translate(
            "Labels", "The planned duration must be between 5 minutes and 8 hours."
        ),
        ("steps", "too_many"): translate("Labels", "A plan can have at most 40 steps."),
        ("end_date", "before_start"): translate(
            "Labels", "The end date cannot be before the start date."
        ),
        ("community", "too_long"): translate(
            "Labels", "This is too long (at most 200 characters)."
        ),
        ("project_id", "unknown"): translate(
            "Labels", "The project was deleted meanwhile. Close this plan and reopen the project."
        ),
        ("template_id", "not_a_template"): translate("Labels", "This plan is not a template."),
        ("objectives", "control_character"): translate(
            "Labels",
            "An objective holds an invisible control character (often from copied text). "
            "Delete it and type it again.",
        ),
        ("key_messages", "control_character"): translate(
            "Labels",
            "A key message holds an invisible control character (often from copied text). "
            "Delete it and type it again.",
        ),
        ("materials", "control_character"): translate(
            "Labels",
            "A line of the materials holds an invisible control character (often from copied "
            "text). Delete it and type it again.",
        ),
        ("preparation", "control_character"): translate(
            "Labels",
            "A line of the preparation holds an invisible control character (often from "
            "copied text). Delete it and type it again.",
        ),
        ("safety_notes", "control_character"): translate(
            "Labels",
            "The safety notes hold an invisible control character (often from copied text). "
            "Delete that text and type it again.",
        ),
        ("facilitator_notes", "control_character"): translate(
            "Labels",
            "The facilitator notes hold an invisible control character (often from copied "
            "text). Delete that text and type it again.",
        ),
        ("person_ids", "unknown_person"): translate(
            "Labels", "Someone on the list was deleted meanwhile. Search again."
        ),
        ("programme_id", "unknown"): translate(
            "Labels", "This programme no longer exists. Choose another one."
        ),
    }
    return specific.get((field, code)) or problem_message(field, code)
