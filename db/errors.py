"""Typed errors raised by the store. The UI turns each into a message in the user's language."""

from __future__ import annotations

from dataclasses import dataclass, field


class SaphanError(Exception):
    """Base class of every error the store raises on purpose."""


class DatabaseNotFound(SaphanError):
    """No database (or no key file) exists at the given path."""


class KeyFileMissing(DatabaseNotFound):
    """The database is there but its key file (``key_file``) is not, so it cannot be unlocked.
    Put back a copy of the key file, or take it from a backup (``restore_key_file``)."""

    def __init__(self, db_path: str, key_file: str) -> None:
        super().__init__(db_path)
        self.db_path = db_path
        self.key_file = key_file


class DatabaseExists(SaphanError):
    """Setup was asked to create a database where one already exists."""


class WrongCredentials(SaphanError):
    """The user name or password is wrong. Deliberately says nothing about which."""


class AccountDisabled(SaphanError):
    """The user exists but an admin has disabled the account."""


class KeyFileCorrupt(SaphanError):
    """The key file next to the database cannot be read."""


class DatabaseCorrupt(SaphanError):
    """The database file cannot be opened with the unwrapped key."""


class PermissionDenied(SaphanError):
    """The current user's role does not allow this action."""

    def __init__(self, permission: str) -> None:
        super().__init__(permission)
        self.permission = permission


class AccessDenied(SaphanError):
    """Need-to-know (db.access): the signed-in user may not see this part of a person's record
    (``person_id``). A caseworker may break the glass, with a reason, to read it in full."""

    def __init__(self, person_id: int) -> None:
        super().__init__(str(person_id))
        self.person_id = person_id


class RecordNotFound(SaphanError):
    """The record does not exist (or was deleted)."""


class ValidationFailed(SaphanError):
    """Input did not pass validation. ``problems`` maps field name to a problem code."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(", ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = problems


class CaseAlreadyOpen(SaphanError):
    """The person already has an open or on-hold case in this service line (one at a time):
    ``case_id`` is that case."""

    def __init__(self, case_id: int, service_line: str) -> None:
        super().__init__(str(case_id))
        self.case_id = case_id
        self.service_line = service_line


class StorageProblem(SaphanError):
    """The disk is full, read-only or otherwise refuses writes."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DatabaseTooNew(SaphanError):
    """The database was written by a newer version of Saphan; update the app to open it."""


class KeyringUnavailable(SaphanError):
    """No OS keyring is available, so "remember me" cannot be offered (never plain text)."""


class TeamFileRefused(SaphanError):
    """A file of the team folder (or an invitation) was refused and nothing of it was used.
    ``reason`` says why: ``not_a_team_folder``, ``other_team``, ``unknown_device``,
    ``removed_device``, ``bad_signature``, ``no_key_for_epoch``, ``tampered`` (decryption
    failed), ``seq_mismatch`` (file name and content disagree), ``torn`` (cut short or not
    readable), ``bad_format``, ``unreadable``, ``invite_used``, ``wrong_code``,
    ``not_an_invitation``, ``unknown_invite``, ``already_written``, ``folder_in_use``. Never
    says anything about the content."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ConsentWithdrawn(SaphanError):
    """The person (``person_id``) withdrew consent to services: the record is restricted, and
    no new session, attendance or referral is recorded for them. What was held stays."""

    def __init__(self, person_id: int) -> None:
        super().__init__(str(person_id))
        self.person_id = person_id


class ClosingRefused(SaphanError):
    """Closing or reopening months (db.closing) was refused, and nothing changed. ``reason``:
    ``not_in_network`` (no network file accepted yet), ``outside_period`` (the month is not in
    the network's reporting period), ``not_over`` (the month has not ended), ``already_closed``
    (it is closed already), ``not_closed`` (reopening a month that is open), ``changed``
    (someone else closed or reopened months meanwhile: try again)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ExpressionError(SaphanError):
    """An instrument's expression (a score's formula, an item's ``relevant``, an alert's
    ``when``) cannot be read: ``code`` says what is wrong (``unexpected_character``,
    ``unexpected_token``, ``unexpected_end``, ``unknown_function``, ``wrong_arguments``,
    ``bad_reference``, ``too_long``, ``too_deep``) and ``position`` where (0-based)."""

    def __init__(self, code: str, position: int, detail: str = "") -> None:
        super().__init__(f"{code} at {position}" + (f": {detail}" if detail else ""))
        self.code = code
        self.position = position
        self.detail = detail


class InstrumentInvalid(SaphanError):
    """An instrument definition did not pass validation; ``problems`` (a list of
    :class:`db.instruments.definition.Problem`) says each thing wrong and where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.where}: {p.code}" for p in problems[:5]))
        self.problems = problems


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an instrument definition: ``where`` (a path such as
    ``items[3].choices``, or a sheet and row given by the caller), a ``code`` and a detail."""

    where: str
    code: str
    detail: str = ""


@dataclass(frozen=True)
class FormProblem:
    """One thing wrong with an imported form (db.instruments.xlsform), where a person finds it:
    ``sheet`` ("survey", "choices", "settings", "saphan_bands", "saphan_alerts", or "" for the
    file itself) and ``row`` (as Excel numbers it; 1 is the header row; None for the whole
    sheet). ``code`` names the problem, ``values`` fill its sentence (the names and words of
    the form, never a person's data) and ``detail`` is that sentence in English."""

    sheet: str
    row: int | None
    code: str
    detail: str
    values: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def where(self) -> str:
        """ "survey row 7", "choices" or "" (the file)."""
        if not self.sheet:
            return ""
        return self.sheet if self.row is None else f"{self.sheet} row {self.row}"

    def __str__(self) -> str:
        return f"{self.where}: {self.detail}" if self.where else self.detail


class FormProblems(SaphanError):
    """An imported form was refused, and nothing of it was stored: every problem found, at
    most one per row, in the order of the sheets and rows."""

    def __init__(self, problems: list[FormProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems
