"""Words for the store's codes: enum values, problem codes and typed errors.

The store speaks in codes; this module is the one place that turns them into sentences in the
user's language. Every literal sits inside a ``translate("Labels", ...)`` call so lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.errors import (
    AccountDisabled,
    DatabaseCorrupt,
    DatabaseExists,
    DatabaseNotFound,
    KeyFileCorrupt,
    PermissionDenied,
    RecordNotFound,
    SaphanError,
    StorageProblem,
    ValidationFailed,
    WrongCredentials,
)
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
    Role,
    Sex,
)

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
    }
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
    }
    return generic.get(code, translate("Labels", "Check this field."))


def storage_message(reason: str) -> str:
    return {
        "disk_full": translate("Labels", "The disk is full. Free some space and try again."),
        "read_only": translate(
            "Labels",
            "Saphan cannot write to this folder: it is read-only or you do not have permission.",
        ),
        "cannot_open": translate(
            "Labels", "Saphan cannot open the database file. Check that the drive is connected."
        ),
    }.get(
        reason,
        translate("Labels", "Saphan could not write to the disk. Check the drive and try again."),
    )


def error_message(exc: SaphanError) -> str:
    """A readable sentence for a typed error of the store. Never a traceback."""
    if isinstance(exc, WrongCredentials):
        return translate("Labels", "The user name or password is wrong.")
    if isinstance(exc, AccountDisabled):
        return translate("Labels", "This account has been disabled. Ask your CSO's admin.")
    if isinstance(exc, KeyFileCorrupt):
        return translate(
            "Labels",
            "The key file next to the database cannot be read. Restore it from a backup, "
            "or ask your CSO's admin for help.",
        )
    if isinstance(exc, DatabaseCorrupt):
        return translate(
            "Labels",
            "The database cannot be opened: it may be damaged. Restore it from a backup, "
            "or ask your CSO's admin for help.",
        )
    if isinstance(exc, DatabaseNotFound):
        return translate("Labels", "No Saphan database was found in this place.")
    if isinstance(exc, DatabaseExists):
        return translate("Labels", "A Saphan database already exists here. Sign in to it instead.")
    if isinstance(exc, PermissionDenied):
        return translate("Labels", "Your role does not allow this. Ask your CSO's admin.")
    if isinstance(exc, RecordNotFound):
        return translate(
            "Labels", "This record no longer exists. Someone may have deleted it meanwhile."
        )
    if isinstance(exc, ValidationFailed):
        lines = [problem_message(field, code) for field, code in exc.problems.items()]
        return "\n".join([translate("Labels", "Some fields need attention:"), *lines])
    if isinstance(exc, StorageProblem):
        return storage_message(exc.reason)
    return translate(
        "Labels", "Something went wrong. Try again; if it happens again, ask your CSO's admin."
    )
