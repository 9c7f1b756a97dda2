"""Plain dataclasses the facade takes and returns. No ORM objects ever leave ``db``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    CASEWORKER = "caseworker"
    # Reads every case in full (a caseworker reads its own and those shared with it).
    SUPERVISOR = "supervisor"
    FACILITATOR = "facilitator"
    COORDINATOR = "coordinator"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class PopulationGroup(StrEnum):
    NEW_ARRIVAL = "new_arrival"
    LONG_TERM_MIGRANT = "long_term_migrant"
    HOST_COMMUNITY = "host_community"


class Nationality(StrEnum):
    MYANMAR = "myanmar"
    THAI = "thai"
    STATELESS = "stateless"
    OTHER = "other"


class Documentation(StrEnum):
    """Documentation status, as CSOs in Mae Sot record it."""

    NONE = "none"
    PINK_CARD = "pink_card"
    PASSPORT_VISA = "passport_visa"
    BORDER_PASS = "border_pass"
    THAI_ID = "thai_id"
    G_CODE = "g_code"
    OTHER = "other"


class CaseStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class AgeBand(StrEnum):
    """Age bands used in reports: the three main ones and the finer child bands."""

    CHILD = "0-17"
    ADULT = "18-59"
    OLDER = "60+"
    UNDER_5 = "0-4"
    AGE_5_11 = "5-11"
    AGE_12_17 = "12-17"

    @property
    def years(self) -> tuple[int, int | None]:
        """Inclusive lower and upper age in whole years (None = no upper bound)."""
        return _AGE_BAND_YEARS[self]


_AGE_BAND_YEARS: dict[AgeBand, tuple[int, int | None]] = {
    AgeBand.CHILD: (0, 17),
    AgeBand.ADULT: (18, 59),
    AgeBand.OLDER: (60, None),
    AgeBand.UNDER_5: (0, 4),
    AgeBand.AGE_5_11: (5, 11),
    AgeBand.AGE_12_17: (12, 17),
}

# Washington Group short set: the six domains and the four answers.
WG_DOMAINS = ("seeing", "hearing", "walking", "remembering", "selfcare", "communicating")
WG_NO_DIFFICULTY, WG_SOME, WG_A_LOT, WG_CANNOT = 1, 2, 3, 4


@dataclass(frozen=True)
class CsoInfo:
    code: str
    name: str


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    language: str


@dataclass(frozen=True)
class Programme:
    id: int
    code: str
    name: str  # in English
    target_people: int | None
    active: bool
    # The name in Burmese and Thai ({"my": ..., "th": ...}; English is ``name``).
    labels: Mapping[str, str] = field(default_factory=dict)
    # The network programme it counts in (db.programmes): None, the one with its own code;
    # "", none (it stays at home); else that network programme's code.
    network_code: str | None = None

    def label(self, language: str) -> str:
        """The name in ``language``; English when it has none there (S'gaw Karen: Burmese)."""
        if language == "ksw":
            language = "my"
        return self.labels.get(language) or self.name

    @property
    def maps_to(self) -> str:
        """The network programme code its people count in ("" for none)."""
        return self.code if self.network_code is None else self.network_code


@dataclass
class PersonInput:
    """What a caseworker types to register or edit a person."""

    name_latin: str
    sex: Sex
    population_group: PopulationGroup
    consent_date: dt.date
    name_script: str = ""
    # Either an exact birth date or an estimated birth year.
    birth_date: dt.date | None = None
    birth_year: int | None = None
    nationality: Nationality = Nationality.MYANMAR
    documentation: Documentation = Documentation.NONE
    # Washington Group answers keyed by domain (see WG_DOMAINS); missing = not asked.
    washington_group: dict[str, int] = field(default_factory=dict)
    phone: str = ""
    area: str = ""
    language: str = "my"
    consent_services: bool = True
    consent_referral: bool = False
    consent_data_use: bool = False
    notes: str = ""
    # How the consent given at registration was recorded: "verbal" or "signed_form".
    consent_method: str = "verbal"
    # The admin's custom fields (db.custom_fields), by code: None leaves them as they are; a
    # dict is checked and written with the record (a form gives every active field).
    custom: dict[str, object] | None = None


@dataclass(frozen=True)
class Person:
    """A registered person, as the record page shows them."""

    id: int
    code: str
    name_latin: str
    name_script: str
    sex: Sex
    birth_date: dt.date
    birth_date_estimated: bool
    nationality: Nationality
    population_group: PopulationGroup
    documentation: Documentation
    washington_group: dict[str, int]
    has_disability: bool
    phone: str
    area: str
    language: str
    consent_date: dt.date
    consent_services: bool
    consent_referral: bool
    consent_data_use: bool
    consent_recorded_by: str
    status: CaseStatus
    closed_reason: str
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime
    # The fields this user may not see (db.access): they hold empty or placeholder values.
    withheld: frozenset[str] = frozenset()
    # The custom fields' values (db.custom_fields), by code; empty when withheld.
    custom: Mapping[str, object] = field(default_factory=dict)

    def age_on(self, day: dt.date) -> int:
        return age_on(self.birth_date, day)

    def as_input(self) -> PersonInput:
        """The editable fields, e.g. to prefill the edit form."""
        return PersonInput(
            name_latin=self.name_latin,
            name_script=self.name_script,
            sex=self.sex,
            population_group=self.population_group,
            consent_date=self.consent_date,
            birth_date=None if self.birth_date_estimated else self.birth_date,
            birth_year=self.birth_date.year if self.birth_date_estimated else None,
            nationality=self.nationality,
            documentation=self.documentation,
            washington_group=dict(self.washington_group),
            phone=self.phone,
            area=self.area,
            language=self.language,
            consent_services=self.consent_services,
            consent_referral=self.consent_referral,
            consent_data_use=self.consent_data_use,
            notes=self.notes,
            custom=dict(self.custom),
        )


@dataclass(frozen=True)
class PersonRow:
    """One line of the registry table."""

    id: int
    code: str
    name_latin: str
    name_script: str
    sex: Sex
    birth_date: dt.date
    birth_date_estimated: bool
    population_group: PopulationGroup
    phone: str
    area: str
    status: CaseStatus
    has_disability: bool
    # The columns this user may not see (db.access): they hold empty or placeholder values.
    withheld: frozenset[str] = frozenset()
    # The custom fields' values (db.custom_fields), by code; empty when withheld.
    custom: Mapping[str, object] = field(default_factory=dict)

    def age_on(self, day: dt.date) -> int:
        return age_on(self.birth_date, day)


class PersonSort(StrEnum):
    CODE = "code"
    NAME_LATIN = "name_latin"
    NAME_SCRIPT = "name_script"
    SEX = "sex"
    AGE = "age"
    POPULATION_GROUP = "population_group"
    PHONE = "phone"
    AREA = "area"
    STATUS = "status"


@dataclass(frozen=True)
class PersonQuery:
    """Search and filters of the registry. Everything is done in SQL."""

    text: str = ""
    sex: Sex | None = None
    age_band: AgeBand | None = None
    population_group: PopulationGroup | None = None
    programme_id: int | None = None
    status: CaseStatus | None = None
    sort: PersonSort = PersonSort.CODE
    descending: bool = False
    # The day ages are computed on (today unless a test says otherwise).
    today: dt.date | None = None


@dataclass(frozen=True)
class PossibleDuplicate:
    row: PersonRow
    reason: str  # "same_name" | "similar_name" | "same_script_name"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    detail: str


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Whole years of age on ``day``."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years
