"""ORM models of the CSO's local store. Private to ``db``: the UI never imports this module.

Every schema change here ships an Alembic migration in ``db/migrations/versions``; a test
checks that the migrations and these models agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    event,
    inspect,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column

from db.errors import ValidationFailed
from db.validation import CONTROL_CHARACTER, clean_text, text_problems

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# Columns whose text is the store's own (hashes, settings, the audit trail's codes), not text
# a person typed: written as they are.
RAW_TEXT = {"raw_text": True}


def _check_text(mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    """The last check before a row is written, whatever wrote it: text a person typed never
    holds a control character (:func:`db.validation.text_problems`). In a single-line column
    (``String``) tabs and line breaks become spaces; ``Text`` columns keep them.

    Raises :class:`ValidationFailed` (the transaction is rolled back). Only changed values are
    checked, so a row an older version stored can still be changed in other ways."""
    state = inspect(target)
    problems: dict[str, str] = {}
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if not isinstance(column.type, String) or column.info.get("raw_text"):
            continue
        if state.has_identity and not state.attrs[attr.key].history.has_changes():
            continue
        value = state.dict.get(attr.key)  # never loads anything during the flush
        if not isinstance(value, str):
            continue
        cleaned = clean_text(value, multiline=isinstance(column.type, Text))
        if text_problems({attr.key: cleaned}):
            problems[attr.key] = CONTROL_CHARACTER
        elif cleaned != value:
            setattr(target, attr.key, cleaned)
    if problems:
        raise ValidationFailed(problems)


event.listen(Base, "before_insert", _check_text, propagate=True)
event.listen(Base, "before_update", _check_text, propagate=True)


class CsoProfile(Base):
    """The one CSO this database belongs to (a single row)."""

    __tablename__ = "cso_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    next_person_number: Mapped[int] = mapped_column(Integer, default=1)
    # Ed25519 private key used to sign shared bundles (issue: the shared network); it lives
    # inside the encrypted database so it travels with backups.
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """Key/value settings of the CSO (auto-lock minutes, shared folder, ...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, info=RAW_TEXT)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(
            "role IN ('admin', 'caseworker', 'supervisor', 'facilitator', 'coordinator')",
            name="role",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200), info=RAW_TEXT)
    language: Mapped[str] = mapped_column(String(8), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Beneficiary(Base):
    """A person registered with consent. Never leaves this database (the one rule)."""

    __tablename__ = "beneficiaries"
    __table_args__ = (
        CheckConstraint("sex IN ('female', 'male', 'other')", name="sex"),
        CheckConstraint(
            "population_group IN ('new_arrival', 'long_term_migrant', 'host_community')",
            name="population_group",
        ),
        CheckConstraint("status IN ('active', 'closed')", name="status"),
        Index("ix_beneficiaries_live_birth", "deleted_at", "birth_date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_latin: Mapped[str] = mapped_column(String(200))
    # The name in the person's own script (Myanmar or Thai).
    name_script: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str] = mapped_column(String(10))
    # Always set: an estimated birth year is stored as 1 July of that year and flagged, so age
    # at any date is a simple date comparison in SQL.
    birth_date: Mapped[dt.date] = mapped_column(Date)
    birth_date_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    nationality: Mapped[str] = mapped_column(String(20), default="myanmar")
    population_group: Mapped[str] = mapped_column(String(20))
    documentation: Mapped[str] = mapped_column(String(30), default="none")
    # Washington Group short set: 1 no difficulty, 2 some, 3 a lot, 4 cannot do at all.
    wg_seeing: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    wg_hearing: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    wg_walking: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    wg_remembering: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    wg_selfcare: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    wg_communicating: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    has_disability: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(40), default="")
    area: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(8), default="my")
    consent_date: Mapped[dt.date] = mapped_column(Date)
    consent_services: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_referral: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_data_use: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="active")
    closed_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Lower-cased code, names and phone digits, kept by the facade for fast "contains" search.
    search_text: Mapped[str] = mapped_column(Text, default="", info=RAW_TEXT)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class ConsentEvent(Base):
    """One grant or withdrawal of a person's consent to one scope ("services", "referral",
    "data_use" or one the CSO added), dated from when it takes effect, with who recorded it and
    how. The person's ``consent_*`` columns are the current state (kept in step by db.consent)."""

    __tablename__ = "consent_events"
    __table_args__ = (
        CheckConstraint("method IN ('verbal', 'signed_form')", name="method"),
        Index("ix_consent_events_person_scope", "beneficiary_id", "scope", "effective"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"))
    scope: Mapped[str] = mapped_column(String(40), info=RAW_TEXT)
    granted: Mapped[bool] = mapped_column(Boolean)
    effective: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20), default="verbal", info=RAW_TEXT)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class Programme(Base):
    """A programme or result area (MHPSS, Thai language, ...). Data, not an enum."""

    __tablename__ = "programmes"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    target_people: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: the name in Burmese and Thai, {"my": ..., "th": ...} (``name`` is the English).
    labels: Mapped[str] = mapped_column(Text, default="{}")
    # The network programme its people count in (db.programmes): None, the one with the same
    # code; "", none (it stays at home); else that network programme's code.
    network_code: Mapped[str | None] = mapped_column(String(40), nullable=True, info=RAW_TEXT)


class ActivityType(Base):
    """A kind of session (counselling, Thai class, ...): data the admin edits (db.activity_types).
    Sessions store its code. Deactivated, never deleted; the built-in ones keep the behaviour
    tied to their code."""

    __tablename__ = "activity_types"
    __table_args__ = (CheckConstraint("kind IN ('individual', 'group')", name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True, info=RAW_TEXT)
    # JSON: {"en": ..., "my": ..., "th": ...} ("en" always there).
    labels: Mapped[str] = mapped_column(Text, default="{}")
    kind: Mapped[str] = mapped_column(String(12), info=RAW_TEXT)
    # The programme (by its code, which never changes) a new session of this type is logged
    # under unless the user picks another. A code, not an id: the seeded rows are the same on
    # every laptop of a team, whatever programmes each had when it was upgraded.
    programme_code: Mapped[str | None] = mapped_column(String(40), nullable=True, info=RAW_TEXT)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Shipped with Saphan (its code is one of db.activities.ActivityType): never renamed in code.
    built_in: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Project(Base):
    """A participatory project (e.g. a women's group project with its own sessions)."""

    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    community: Mapped[str] = mapped_column(String(200), default="")
    facilitators: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"), nullable=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class ProjectParticipant(Base):
    __tablename__ = "project_participants"
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"), primary_key=True)


class Session(Base):
    """An individual session or a group activity delivered on one date."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("kind IN ('individual', 'group')", name="kind"),
        # With deleted_at, counting sessions per programme and month reads the index alone
        # (migration 0022; a bundle counts them).
        Index("ix_sessions_programme_date_deleted", "programme_id", "date", "deleted_at"),
        # A facilitator's recent group sessions (the worklist; migration 0009).
        Index("ix_sessions_facilitator_date", "facilitator_id", "date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    activity_type: Mapped[str] = mapped_column(String(40))
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), nullable=True)
    date: Mapped[dt.date] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(300), default="")
    # MHPSS notes: visible to caseworkers and admins only.
    mhpss_notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # The code of one of the network's areas where it happened (the "where" of 5W; migration
    # 0016); None: not known.
    area: Mapped[str | None] = mapped_column(String(40), nullable=True)


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        Index("ix_attendance_beneficiary", "beneficiary_id", "session_id"),
        # Counting people reached reads this index in order: unique people per programme and
        # month, with their first date, need no sorting (db/counting.py).
        Index(
            "ix_attendance_reach", "programme_id", "month", "beneficiary_id", "date", "session_id"
        ),
    )
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"), primary_key=True)
    # Copies of the session's programme, month ("YYYY-MM") and date, kept by database triggers
    # (migration 0004) whoever writes the row; never set them in code.
    programme_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    month: Mapped[str | None] = mapped_column(String(7), nullable=True)
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Instrument(Base):
    """A wellbeing or distress instrument (WHO-5, ...), defined as data so others can be added."""

    __tablename__ = "instruments"
    # A changed definition is a new version; answers keep the version they were given in.
    # One row per code and version (db.instruments.store): not a unique constraint over two
    # columns, which a team's sync cannot settle (tests/db/team/test_unique.py).
    __table_args__ = (Index("ix_instruments_code_version", "code", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(200))
    # JSON: the definition in the format "saphan.instrument/1" (db.instruments.definition).
    definition: Mapped[str] = mapped_column(Text)
    item_min: Mapped[int] = mapped_column(Integer, default=0)
    item_max: Mapped[int] = mapped_column(Integer, default=5)
    # Reported score = raw x multiplier (WHO-5: 4, giving 0-100).
    multiplier: Mapped[int] = mapped_column(Integer, default=1)
    # Raw scores below this are flagged for follow-up (WHO-5: 13).
    flag_below: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Assessment(Base):
    """A wellbeing assessment (WHO-5 or another instrument), pre, mid or post."""

    __tablename__ = "assessments"
    # A person's scores on one instrument, newest first (the worklist; migration 0009).
    __table_args__ = (
        Index(
            "ix_assessments_person_instrument_date",
            "beneficiary_id",
            "instrument",
            "date",
            "raw_score",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    instrument: Mapped[str] = mapped_column(String(40))
    # The version of the instrument's definition the answers were given in.
    instrument_version: Mapped[int] = mapped_column(Integer, default=1)
    phase: Mapped[str] = mapped_column(String(10), default="pre")
    date: Mapped[dt.date] = mapped_column(Date)
    # Item answers as JSON text by item name, e.g. '{"q1": 3, "q2": null}' (older WHO-5
    # answers may be a list in item order, "[3, 4, 2, 5, 1]").
    answers: Mapped[str] = mapped_column(Text)
    # The sum of the answered items after reverse scoring (WHO-5: its raw score, 0-25).
    raw_score: Mapped[int] = mapped_column(Integer)
    # JSON of what was computed on saving: {"values": {...}, "result": 36, "band": "poor",
    # "alerts": ["..."]} (None: worked out from the answers when read).
    scores: Mapped[str | None] = mapped_column(Text, nullable=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id"), nullable=True)
    assessed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Service(Base):
    """A service: the CSO's own (published to the directory) or a partner's."""

    __tablename__ = "services"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    own: Mapped[bool] = mapped_column(Boolean, default=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(String(100), default="")
    eligibility: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[str] = mapped_column(String(200), default="")
    area: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    how_to_refer: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(30), default="active")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # A partner's service from the network's directory: the CSO that gives it (its code in
    # the network), so a referral to it says who receives it (empty: typed in by hand).
    cso_code: Mapped[str] = mapped_column(String(16), default="", server_default="")


class Referral(Base):
    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint("status IN ('sent', 'accepted', 'completed', 'declined')", name="status"),
        # The referrals a user made that wait for feedback (the worklist; migration 0009).
        Index("ix_referrals_referred_by_status_date", "referred_by", "status", "date"),
        # One referral per code (a unique index: SQLite adds no UNIQUE column to a table).
        Index("ix_referrals_code", "code", unique=True),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"), nullable=True)
    service_name: Mapped[str] = mapped_column(String(200), default="")
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"), nullable=True)
    date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(10), default="normal")
    consent_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="sent")
    follow_up_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    referred_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The code on the slip (db.referral_codes): the receiving CSO records it, and its feedback
    # names it. Says nothing about the person. Every referral has one (migration 0017 gave
    # the older ones theirs).
    code: Mapped[str | None] = mapped_column(String(24), nullable=True)
    # What the receiving CSO last said about this referral, from its sealed feedback
    # (db.referral_feedback; migration 0018): its state of the code, the state's date, the
    # receiving CSO's code and when it issued the envelope. Empty until feedback arrives.
    feedback_state: Mapped[str | None] = mapped_column(String(20), nullable=True)
    feedback_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    feedback_from: Mapped[str | None] = mapped_column(String(16), nullable=True)
    feedback_at: Mapped[str | None] = mapped_column(String(20), nullable=True)


class ReceivedReferral(Base):
    """A referral another CSO made to this one, recorded by the code on its slip when the person
    arrives (db.referrals_received). The person may be registered here (with their consent)
    and linked, or not: the code alone is enough for the feedback."""

    __tablename__ = "received_referrals"
    __table_args__ = (
        CheckConstraint(
            "state IN ('received', 'served', 'not_served', 'could_not_contact')", name="state"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    from_cso: Mapped[str] = mapped_column(String(16))  # the referring CSO (the code's prefix)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"), nullable=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("beneficiaries.id"), nullable=True, index=True
    )
    received_on: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default="received")
    reason: Mapped[str] = mapped_column(Text, default="")  # why not served
    state_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Case(Base):
    """A person's case in one service line (MHPSS, protection, ...): who owns it and where it
    stands. Closing keeps the case with its reason and outcome; nothing is deleted."""

    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'on_hold', 'closed')", name="status"),
        Index("ix_cases_owner_status", "owner_id", "status"),
        Index("ix_cases_status_next_contact", "status", "next_contact"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    # A service line's code (db.cases.SERVICE_LINES and the CSO's own, from its settings).
    service_line: Mapped[str] = mapped_column(String(40), default="mhpss", info=RAW_TEXT)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # A code (db.cases.CloseReason); the outcome is the caseworker's own words.
    closed_reason: Mapped[str] = mapped_column(String(40), default="", info=RAW_TEXT)
    outcome: Mapped[str] = mapped_column(Text, default="")
    # The follow-up schedule: the next contact, set after each contact.
    next_contact: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CaseShare(Base):
    """A case its owner shares with another caseworker (who then reads it in full)."""

    __tablename__ = "case_shares"
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    shared_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CaseGoal(Base):
    """A goal of a case plan."""

    __tablename__ = "case_goals"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="open", info=RAW_TEXT)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CaseAction(Base):
    """An action of a case plan: what is to be done, by when and by whom."""

    __tablename__ = "case_actions"
    __table_args__ = (Index("ix_case_actions_responsible_due", "responsible_id", "due_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("case_goals.id"), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ParticipantNote(Base):
    """What one participant said or needs, written beside a group session's group note; read
    under the same rules as an individual session's MHPSS notes."""

    __tablename__ = "participant_notes"
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(
        ForeignKey("beneficiaries.id"), primary_key=True, index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    written_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PersonChange(Base):
    """One field of a person's record changed (rectification history): what it was, what it
    became, who changed it and when. Seen by the admin only (db.rectification); erased with
    the person."""

    __tablename__ = "person_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    # The column of ``beneficiaries`` that changed (db.rectification.FIELDS).
    field: Mapped[str] = mapped_column(String(40), info=RAW_TEXT)
    # The values as text: dates ISO, booleans "true"/"false", no value "". The old value is
    # kept as it was stored, even when an older version let a control character in.
    old_value: Mapped[str] = mapped_column(Text, default="", info=RAW_TEXT)
    new_value: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CustomField(Base):
    """A field the CSO's admin added to people or sessions (db.custom_fields): its kind, its
    label in English, Burmese and Thai, its choices. Deactivated, never deleted, once it has
    values."""

    __tablename__ = "custom_fields"
    __table_args__ = (
        CheckConstraint("entity IN ('person', 'session')", name="entity"),
        CheckConstraint("kind IN ('text', 'number', 'date', 'choice', 'yes_no')", name="kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(10), info=RAW_TEXT)
    code: Mapped[str] = mapped_column(String(40), unique=True, info=RAW_TEXT)
    kind: Mapped[str] = mapped_column(String(10), info=RAW_TEXT)
    # JSON: {"en": ..., "my": ..., "th": ...} ("en" always there).
    labels: Mapped[str] = mapped_column(Text, default="{}")
    # JSON: [{"value": "rented", "labels": {"en": ..., "my": ...}}, ...] (kind "choice").
    choices: Mapped[str] = mapped_column(Text, default="[]")
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CustomValue(Base):
    """The value of a custom field for one person or session (``record_id`` is the id of a
    ``beneficiaries`` or ``sessions`` row, by the field's entity). No foreign key to either:
    the person's values are erased with them by db.housekeeping, explicitly."""

    __tablename__ = "custom_values"
    __table_args__ = (Index("ix_custom_values_entity_record", "entity", "record_id"),)
    field_id: Mapped[int] = mapped_column(ForeignKey("custom_fields.id"), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(10), info=RAW_TEXT)
    # As text: numbers in decimal, dates ISO, a choice's value, yes/no "yes" or "no".
    value: Mapped[str] = mapped_column(Text)


class WorklistMark(Base):
    """A user's answer to a worklist item: done, snoozed until a date, or dismissed with a
    reason. The item is named by a stable key (its kind, record and due date), so an item that
    falls due again later is a new item."""

    __tablename__ = "worklist_marks"
    __table_args__ = (Index("ix_worklist_marks_user_item", "user_id", "item_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    item_key: Mapped[str] = mapped_column(String(120), info=RAW_TEXT)
    state: Mapped[str] = mapped_column(String(12), info=RAW_TEXT)
    until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SessionPlan(Base):
    """A facilitator's plan for one session of a participatory project (or a template)."""

    __tablename__ = "session_plans"
    # The week's planned sessions (the worklist; migration 0009).
    __table_args__ = (Index("ix_session_plans_planned_date", "planned_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), nullable=True)
    is_template: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(8), default="en")
    session_number: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(300))
    planned_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=120)
    objectives: Mapped[str] = mapped_column(Text, default="")
    key_messages: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    safety_notes: Mapped[str] = mapped_column(Text, default="")
    facilitator_notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class PlanStep(Base):
    __tablename__ = "plan_steps"
    # Not unique: two laptops of a team that each add a step at one position keep both, read
    # in the order (position, id) everywhere (migration 0006).
    __table_args__ = (Index("ix_plan_steps_plan_position", "plan_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("session_plans.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="activity")
    title: Mapped[str] = mapped_column(String(300))
    minutes: Mapped[int] = mapped_column(Integer, default=10)
    instructions: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="")


class AuditEvent(Base):
    """Append-only trail of who did what, when. Holds record ids, never names."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_at", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="", info=RAW_TEXT)


class MonthClosure(Base):
    """One step of the CSO's closing of months (db/closing.py): "closed through" a month, or a
    month reopened (then closed through the month before it). The latest entry says what is
    closed now. Audit-like: written, never changed."""

    __tablename__ = "month_closures"
    __table_args__ = (CheckConstraint("action IN ('close', 'reopen')", name="action"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    through: Mapped[str] = mapped_column(String(7), info=RAW_TEXT)
    action: Mapped[str] = mapped_column(String(8), info=RAW_TEXT)
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ClosedMonth(Base):
    """A closed month's shared figures, frozen as the bundle built at closing showed them (and
    the raw counts behind them, for the suppression equations): aggregates only, as JSON. Two
    laptops of a team that closed one month each keep their row; the lowest closure counts."""

    __tablename__ = "closed_months"
    __table_args__ = (Index("ix_closed_months_month", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    closure_id: Mapped[int] = mapped_column(ForeignKey("month_closures.id"))
    month: Mapped[str] = mapped_column(String(7), info=RAW_TEXT)
    network_id: Mapped[str] = mapped_column(String(40), info=RAW_TEXT)
    period_start: Mapped[str] = mapped_column(String(7), info=RAW_TEXT)
    figures: Mapped[str] = mapped_column(Text, info=RAW_TEXT)
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ReachLedgerCell(Base):
    """The anonymous reach ledger: how many people a programme first reached (within the
    reporting period starting ``period_start``) in a closed month, per disaggregation cell. No
    link to any person, so erasing someone later leaves the cumulative count as reported."""

    __tablename__ = "reach_ledger"
    __table_args__ = (Index("ix_reach_ledger_period_month", "period_start", "first_month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    closure_id: Mapped[int] = mapped_column(ForeignKey("month_closures.id"))
    period_start: Mapped[str] = mapped_column(String(7), info=RAW_TEXT)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    first_month: Mapped[str] = mapped_column(String(7), info=RAW_TEXT)
    sex: Mapped[str] = mapped_column(String(10), info=RAW_TEXT)
    age_band: Mapped[str] = mapped_column(String(8), info=RAW_TEXT)
    population_group: Mapped[str] = mapped_column(String(20), info=RAW_TEXT)
    disability: Mapped[bool] = mapped_column(Boolean)
    people: Mapped[int] = mapped_column(Integer)


class ReachMark(Base):
    """Which (person, programme) pairs the reach ledger counts already, so the live count
    leaves them out. Deleted with the person (db.housekeeping.erase_person): the ledger keeps
    the count, nothing keeps the link."""

    __tablename__ = "reach_marks"
    __table_args__ = (
        Index("ix_reach_marks_pair", "period_start", "programme_id", "beneficiary_id"),
        Index("ix_reach_marks_beneficiary_id", "beneficiary_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    closure_id: Mapped[int] = mapped_column(ForeignKey("month_closures.id"))
    period_start: Mapped[str] = mapped_column(String(7), info=RAW_TEXT)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"))
    first_month: Mapped[str] = mapped_column(String(7), info=RAW_TEXT)


class ReachMonth(Base):
    """Who each programme reached in each month (db.reach): one row per programme, month and
    person, kept by database triggers from the attendance, sessions, people and consent events
    (never written in code, never synced: each laptop derives its own). Goes with the person."""

    __tablename__ = "reach_months"
    __table_args__ = (
        Index("ix_reach_months_beneficiary", "beneficiary_id"),
        {"sqlite_with_rowid": False},
    )
    # Key in (programme, person, month) order: the whole-period count takes each programme's
    # and person's earliest month by reading the table in order, without sorting it.
    programme_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    beneficiary_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[str] = mapped_column(String(7), primary_key=True, info=RAW_TEXT)
    first_date: Mapped[dt.date] = mapped_column(Date)
    band: Mapped[str] = mapped_column(String(5), info=RAW_TEXT)
    shared_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    shared_band: Mapped[str | None] = mapped_column(String(5), nullable=True, info=RAW_TEXT)
    sex: Mapped[str] = mapped_column(String(10), info=RAW_TEXT)
    population_group: Mapped[str] = mapped_column(String(20), info=RAW_TEXT)
    disability: Mapped[bool] = mapped_column(Boolean)


class ReachCount(Base):
    """The reach table counted per cell (db.reach): how many of its rows have each (shared,
    month, programme, person's previous month there, sex, age band, population group,
    disability), kept by database triggers from ``reach_months``. Counts of people only;
    derived, never synced (each laptop keeps its own) and never written in code."""

    __tablename__ = "reach_cells"
    __table_args__ = ({"sqlite_with_rowid": False},)
    # Key in (shared, month, programme, cell) order: a period's cells are one range of it,
    # read in the order counting groups them (db.counting sums over ``prev_month``).
    shared: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True, info=RAW_TEXT)
    programme_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sex: Mapped[str] = mapped_column(String(10), primary_key=True, info=RAW_TEXT)
    band: Mapped[str] = mapped_column(String(5), primary_key=True, info=RAW_TEXT)
    population_group: Mapped[str] = mapped_column(String(20), primary_key=True, info=RAW_TEXT)
    disability: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    prev_month: Mapped[str] = mapped_column(String(7), primary_key=True, info=RAW_TEXT)
    people: Mapped[int] = mapped_column(Integer)


# --- team sync bookkeeping (db/team): this laptop's part in its CSO's team --------------------
# None of these tables is synced itself; they record how the synced tables above changed.


class TeamLocal(Base):
    """This device in its team (a single row, only on a database that is part of a team)."""

    __tablename__ = "team_local"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32), info=RAW_TEXT)
    device_id: Mapped[str] = mapped_column(String(32), info=RAW_TEXT)
    device_no: Mapped[int] = mapped_column(Integer)
    device_name: Mapped[str] = mapped_column(String(100))
    # Ed25519 and X25519 private keys of this device (inside the encrypted database).
    sign_private: Mapped[bytes] = mapped_column(LargeBinary)
    kx_private: Mapped[bytes] = mapped_column(LargeBinary)
    # Triggers record local writes only while this is 1 (0 while remote changes are applied).
    capture: Mapped[int] = mapped_column(Integer, default=1)
    # 1 inside an erase: deletions are recorded as erasures.
    erasing: Mapped[int] = mapped_column(Integer, default=0)
    # The hybrid logical clock: (unix ms << 16) | counter.
    hlc: Mapped[int] = mapped_column(Integer, default=0)
    # The local change counter, and the highest value already sent in a segment.
    seq: Mapped[int] = mapped_column(Integer, default=0)
    sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    # The number of this device's next segment file.
    next_segment: Mapped[int] = mapped_column(Integer, default=1)
    # This device's segments its newest snapshot covers (older ones may go, once all have them).
    snapshot_through: Mapped[int] = mapped_column(Integer, default=0)
    # Row ids this device gives new rows: [id_lo, id_hi].
    id_lo: Mapped[int] = mapped_column(Integer)
    id_hi: Mapped[int] = mapped_column(Integer)
    # Person codes of this device: CSO-<prefix><number> ("" for the first device: CSO-000123).
    code_prefix: Mapped[str] = mapped_column(String(4), default="", info=RAW_TEXT)
    next_code: Mapped[int] = mapped_column(Integer, default=1)
    folder: Mapped[str] = mapped_column(Text, default="", info=RAW_TEXT)
    # The creating device's signing key: pins the team (a folder cannot swap in another).
    creator_sign_pub: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class TeamKey(Base):
    """The team key of each epoch this device holds."""

    __tablename__ = "team_keys"
    epoch_id: Mapped[str] = mapped_column(String(80), primary_key=True, info=RAW_TEXT)
    key: Mapped[bytes] = mapped_column(LargeBinary)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TeamRosterEntry(Base):
    """Every roster entry this device accepted, kept so that deleting files from the team
    folder never makes it forget a device or a removal."""

    __tablename__ = "team_roster"
    name: Mapped[str] = mapped_column(String(80), primary_key=True, info=RAW_TEXT)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class TeamRow(Base):
    """The version of a synced row's existence: alive, deleted or erased, by which clock."""

    __tablename__ = "team_rows"
    __table_args__ = (Index("ix_team_rows_seq", "seq"),)
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True, info=RAW_TEXT)
    pk: Mapped[str] = mapped_column(String(200), primary_key=True, info=RAW_TEXT)
    state: Mapped[str] = mapped_column(String(8), info=RAW_TEXT)
    hlc: Mapped[int] = mapped_column(Integer)
    device: Mapped[str] = mapped_column(String(32), info=RAW_TEXT)
    # The local change counter when written here (NULL when it came from another device).
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)


class TeamField(Base):
    """The version of one field changed after its row was created, and what it replaced."""

    __tablename__ = "team_fields"
    __table_args__ = (Index("ix_team_fields_seq", "seq"),)
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True, info=RAW_TEXT)
    pk: Mapped[str] = mapped_column(String(200), primary_key=True, info=RAW_TEXT)
    col: Mapped[str] = mapped_column(String(60), primary_key=True, info=RAW_TEXT)
    hlc: Mapped[int] = mapped_column(Integer)
    device: Mapped[str] = mapped_column(String(32), info=RAW_TEXT)
    base_hlc: Mapped[int] = mapped_column(Integer, default=0)
    base_device: Mapped[str] = mapped_column(String(32), default="", info=RAW_TEXT)
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The value (JSON) while its row is not here yet or not alive.
    pending: Mapped[str | None] = mapped_column(Text, nullable=True, info=RAW_TEXT)


class TeamPeer(Base):
    """Another device's segments applied here, in order."""

    __tablename__ = "team_peers"
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True, info=RAW_TEXT)
    applied_seq: Mapped[int] = mapped_column(Integer, default=0)
    # How many of this device's segments that device had applied, as its own segments say.
    acked: Mapped[int] = mapped_column(Integer, default=0)
    # The newest snapshot of that device already looked at here (for compacted segments).
    snapshot_seen: Mapped[int] = mapped_column(Integer, default=0)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class TeamConflict(Base):
    """Two devices changed one field between syncs: which value won, which lost."""

    __tablename__ = "team_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40), info=RAW_TEXT)
    pk: Mapped[str] = mapped_column(String(200), info=RAW_TEXT)
    col: Mapped[str] = mapped_column(String(60), info=RAW_TEXT)
    winner: Mapped[str] = mapped_column(Text, info=RAW_TEXT)
    winner_hlc: Mapped[int] = mapped_column(Integer)
    winner_device: Mapped[str] = mapped_column(String(32), info=RAW_TEXT)
    loser: Mapped[str] = mapped_column(Text, info=RAW_TEXT)
    loser_hlc: Mapped[int] = mapped_column(Integer)
    loser_device: Mapped[str] = mapped_column(String(32), info=RAW_TEXT)
    found_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    settled_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class TeamHistory(Base):
    """Values that lost to another device's change: kept so that nothing is silently lost."""

    __tablename__ = "team_history"
    __table_args__ = (Index("ix_team_history_record", "tbl", "pk"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40), info=RAW_TEXT)
    pk: Mapped[str] = mapped_column(String(200), info=RAW_TEXT)
    col: Mapped[str] = mapped_column(String(60), info=RAW_TEXT)
    value: Mapped[str] = mapped_column(Text, info=RAW_TEXT)
    hlc: Mapped[int] = mapped_column(Integer)
    device: Mapped[str] = mapped_column(String(32), info=RAW_TEXT)
    base_hlc: Mapped[int] = mapped_column(Integer, default=0)
    base_device: Mapped[str] = mapped_column(String(32), default="", info=RAW_TEXT)
    # Set when this device's own change lost before it was sent: it is sent all the same.
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class TeamIdCounter(Base):
    """The next row id this device gives in each table (inside its own range)."""

    __tablename__ = "team_ids"
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True, info=RAW_TEXT)
    next: Mapped[int] = mapped_column(Integer)
