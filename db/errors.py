"""Typed errors raised by the store. The UI turns each into a message in the user's language."""

from __future__ import annotations


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


class ReferralCodeInvalid(SaphanError):
    """A referral code (db.referral_codes) was refused. ``reason``: ``empty`` (nothing typed),
    ``format`` (not the shape of a referral code), ``check`` (the check character does not
    match: a character is wrong or two are swapped), ``own_cso`` (the code is this CSO's own:
    it was made here, not received), ``already_recorded`` (this code was recorded before)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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
