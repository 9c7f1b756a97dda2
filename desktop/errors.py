"""The one mapper from the typed errors of ``db`` and ``directory`` to sentences.

The store and the sharing layer raise typed errors with stable reason codes
(:class:`~db.errors.StorageProblem` ``"disk_full"``, :class:`~directory.errors.BundleInvalid`
``"small_cell"``, ...). One table here turns them into words, for two readers:

- :func:`describe`: the sentence in the user's language, for every page and dialog;
- :func:`terminal_text`: the ``saphan`` command's one-line English sentence.

The table is keyed by error type and reason code. The error's reason is looked up first (on its
own class, then on each base class), then the default sentence of its class or the nearest base
class. No sentence ever holds an exception's message or a raw code: an unknown reason gets its
type's sentence, an unknown type the generic one. A sentence may name a file or folder path;
nothing about a person is ever in one.

No Qt at import time: the headless commands use this module too and never load Qt. The app's
sentences are marked with ``QT_TRANSLATE_NOOP`` so lupdate collects them (with the context they
always had, so their Burmese and Thai translations stay), and are translated when shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, overload

from db.backup import BackupRefused
from db.errors import (
    AccessDenied,
    AccountDisabled,
    CaseAlreadyOpen,
    ClosingRefused,
    ConsentWithdrawn,
    DatabaseCorrupt,
    DatabaseExists,
    DatabaseNotFound,
    DatabaseTooNew,
    ExpressionError,
    KeyFileCorrupt,
    KeyFileMissing,
    KeyringUnavailable,
    PermissionDenied,
    RecordNotFound,
    ReferralCodeInvalid,
    SaphanError,
    StorageProblem,
    TeamFileRefused,
    ValidationFailed,
    WrongCredentials,
)
from db.import_sheets import ImportFileProblem
from db.instruments.problems import FormProblem, FormProblems, InstrumentInvalid
from db.programmes import MappingConflict
from directory.errors import (
    DirectoryError,
    FolderUnreachable,
    NetworkInvalid,
    NotAMember,
    StaleRevision,
)
from directory.feedback import FeedbackRefused
from directory.merge_state import MergeStateDamaged
from directory.server_client import ServerError, ServerUnreachable


class Text(NamedTuple):
    """A sentence of the app before translation."""

    context: str
    source: str


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # lupdate's marker, by its name
    return Text(context, source)


@dataclass(frozen=True)
class Sentence:
    app: Text | None = None  # shown in the app, translated
    terminal: str | None = None  # printed by the saphan command, after "saphan: "


Translate = Callable[[str, str], str]

# (error type, reason code or None for the type's default) -> its sentences.
SENTENCES: dict[tuple[type[SaphanError], str | None], Sentence] = {
    # --- anything the store raises -----------------------------------------------------------
    (SaphanError, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "Something went wrong. Try again; if it happens again, ask your CSO's admin."
        ),
        "cannot do that",
    ),
    (WrongCredentials, None): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The user name or password is wrong."),
        "the user name or password is wrong",
    ),
    (AccountDisabled, None): Sentence(
        QT_TRANSLATE_NOOP("Labels", "This account has been disabled. Ask your CSO's admin."),
        "this account is disabled; ask your CSO's admin",
    ),
    (KeyFileMissing, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The database is here, but its key file {file} is missing, so it cannot be opened. "
            "Copy the key file back into {folder}, or take it from a backup with the command "
            "saphan restore --key-file-only (this keeps everything entered since the backup). "
            "Ask your CSO's admin for help.",
        ),
        "the database {db} is there but its key file {key_file} is missing; copy the key file "
        "back, or take it from a backup (keeping everything entered since): "
        "saphan restore --key-file-only --backup FILE --db {db}",
    ),
    (KeyFileCorrupt, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The key file next to the database is damaged, so the database cannot be opened. "
            "Take the key file from a backup with the command saphan restore --key-file-only "
            "(this keeps everything entered since the backup), or ask your CSO's admin for help.",
        ),
        "the key file next to the database is damaged; take it from a backup (keeping "
        "everything entered since): saphan restore --key-file-only --backup FILE --db {db}",
    ),
    (DatabaseCorrupt, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The database cannot be opened: it may be damaged. Restore it from a backup, "
            "or ask your CSO's admin for help.",
        ),
        "the database cannot be opened: it is damaged or does not match its key file",
    ),
    (DatabaseNotFound, None): Sentence(
        QT_TRANSLATE_NOOP("Labels", "No Saphan database was found in this place."),
        "no Saphan database{where}",
    ),
    (DatabaseExists, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "A Saphan database already exists here. Sign in to it instead."
        ),
        "a Saphan database already exists{where}",
    ),
    (DatabaseTooNew, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This database was written by a newer version of Saphan. Update Saphan to open it.",
        ),
        "the database was written by a newer Saphan; update the app to open it",
    ),
    (PermissionDenied, None): Sentence(
        QT_TRANSLATE_NOOP("Labels", "Your role does not allow this. Ask your CSO's admin."),
        "your role does not allow this ({permission})",
    ),
    # --- closed months (db.closing, directory.closing) ------------------------------------------
    (ClosingRefused, "not_in_network"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This CSO is not in a network yet: months are closed against the network's "
            "reporting period. Get the network file from the coordinator first.",
        ),
        "not in a network yet: accept the coordinator's network file first",
    ),
    (ClosingRefused, "outside_period"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "That month is not in the network's reporting period."),
        "that month is not in the network's reporting period",
    ),
    (ClosingRefused, "not_over"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "A month can be closed only after it has ended."),
        "that month has not ended yet",
    ),
    (ClosingRefused, "already_closed"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "That month is closed already. To change its figures, reopen it."
        ),
        "that month is closed already (reopen it to change its figures)",
    ),
    (ClosingRefused, "not_closed"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "That month is not closed."),
        "that month is not closed",
    ),
    (ClosingRefused, None): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The months could not be closed or reopened. Nothing changed."),
        "the months could not be closed or reopened; nothing changed",
    ),
    (ClosingRefused, "changed"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "Someone else closed or reopened months meanwhile. Try again."),
        "someone else closed or reopened months meanwhile; try again",
    ),
    (AccessDenied, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "You may not see this part of the person's record: they are not in one of your cases.",
        ),
        "you may not see this person's record (need to know)",
    ),
    (RecordNotFound, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "This record no longer exists. Someone may have deleted it meanwhile."
        ),
        "there is no record{record} (it may have been deleted)",
    ),
    (MappingConflict, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "Two of your programmes count in the same network programme, so their people would "
            "be counted twice. In Settings → Programmes, map one of them elsewhere.",
        ),
        "two programmes count in one network programme: map one elsewhere (Settings)",
    ),
    (ConsentWithdrawn, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This person has withdrawn consent to services, so their record is restricted: no "
            "new sessions or referrals can be recorded for them. If they give consent again, "
            "record it on the Consent tab of their record first.",
        ),
        "the person has withdrawn consent to services: no new sessions or referrals can be "
        "recorded for them",
    ),
    # --- referral codes (db.referral_codes, db.referrals_received) ----------------------------
    # --- sealed referral feedback (directory/feedback.py) ---------------------------------------
    (FeedbackRefused, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "Referral feedback from another CSO could not be used: it is not addressed to this "
            "CSO, not signed by the CSO that sent it, or damaged. Nothing was changed.",
        ),
        "referral feedback could not be used (not for this CSO, not signed by its sender, or "
        "damaged); nothing was changed",
    ),
    (ReferralCodeInvalid, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "This is not a referral code. Check it against the slip and type it again."
        ),
        "this is not a referral code; check it against the slip",
    ),
    (ReferralCodeInvalid, "empty"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "Type the code on the referral slip, or scan its QR code."),
        "no referral code given",
    ),
    (ReferralCodeInvalid, "format"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This is not the shape of a referral code: a CSO's code, then eight letters and "
            "digits, like BEAM-7K3Q-9XZF. Check it against the slip.",
        ),
        "this is not the shape of a referral code (like BEAM-7K3Q-9XZF)",
    ),
    (ReferralCodeInvalid, "check"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This code has a mistake: a character is wrong or two are swapped. Check it "
            "against the slip, character by character.",
        ),
        "the referral code has a mistake (a character is wrong or two are swapped)",
    ),
    (ReferralCodeInvalid, "own_cso"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This code was made by your own CSO: it is a referral you sent, not one you received.",
        ),
        "the referral code is your own CSO's: a referral sent, not received",
    ),
    (ReferralCodeInvalid, "already_recorded"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This code has been recorded already. Find it in the list of referrals received.",
        ),
        "this referral code has been recorded already",
    ),
    (CaseAlreadyOpen, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This person already has an open or on-hold case in this service line. Work in "
            "that case, or close it first.",
        ),
        "the person already has an open or on-hold case in this service line",
    ),
    (KeyringUnavailable, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This computer has no secure password store, so Saphan cannot remember you. "
            "Your password is never saved in a file.",
        ),
        # The command line uses the keyring only for the server token.
        "no OS keyring to keep the server token in (it is never stored in a file)",
    ),
    # --- disks and files ---------------------------------------------------------------------
    (StorageProblem, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "Saphan could not write to the disk. Check the drive and try again."
        ),
        "cannot write the file there",
    ),
    (StorageProblem, "disk_full"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The disk is full. Free some space and try again."),
        "the disk is full",
    ),
    (StorageProblem, "read_only"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "Saphan cannot write to this folder: it is read-only or you do not have permission.",
        ),
        "cannot write there: the folder is read-only or not yours",
    ),
    (StorageProblem, "cannot_open"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "Saphan cannot open the database file. Check that the drive is connected."
        ),
        "cannot open the database file",
    ),
    (StorageProblem, "no_folder"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "This folder does not exist. Choose another folder."),
        "the folder does not exist",
    ),
    (StorageProblem, "cannot_write"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "Saphan could not write to the disk. Check the drive and try again."
        ),
        "cannot write the file there",
    ),
    (StorageProblem, "busy"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "Another Saphan window or command is changing this database right now. "
            "Try again in a moment.",
        ),
        "another Saphan is changing this database right now; try again in a moment",
    ),
    (ExpressionError, None): Sentence(
        QT_TRANSLATE_NOOP(
            "FormProblems",
            "A formula or condition of the instrument cannot be read. Nothing was saved.",
        ),
        "a formula or condition of the instrument cannot be read (nothing was saved)",
    ),
    (InstrumentInvalid, None): Sentence(
        QT_TRANSLATE_NOOP(
            "FormProblems",
            "The instrument's definition has problems, so it was not saved. Nothing changed.",
        ),
        "the instrument's definition has problems, so it was not saved (nothing changed)",
    ),
    (FormProblems, None): Sentence(
        QT_TRANSLATE_NOOP(
            "FormProblems", "The form was not imported because it has problems. Nothing changed."
        ),
        "the form was not imported because it has problems (nothing changed)",
    ),
    (ImportFileProblem, None): Sentence(
        QT_TRANSLATE_NOOP("Import", "This file cannot be read."),
        "cannot read this file",
    ),
    (ImportFileProblem, "unsupported_format"): Sentence(
        QT_TRANSLATE_NOOP(
            "Import",
            "Saphan reads Excel (.xlsx) and CSV files. Save an older .xls file as .xlsx in "
            "Excel first.",
        ),
        "import reads .xlsx and .csv files (save an old .xls as .xlsx first)",
    ),
    (ImportFileProblem, "cannot_read"): Sentence(
        QT_TRANSLATE_NOOP(
            "Import", "This file cannot be read as a spreadsheet. Is it open in another program?"
        ),
        "cannot read this file as a spreadsheet",
    ),
    (ImportFileProblem, "no_sheet"): Sentence(
        QT_TRANSLATE_NOOP("Import", "The file has no sheet of that name."),
        "the file has no sheet of that name",
    ),
    (ImportFileProblem, "too_large"): Sentence(
        QT_TRANSLATE_NOOP(
            "Import", "This file is too large to import. Split the list into smaller files."
        ),
        "the file is too large to import (split the list into smaller files)",
    ),
    (ImportFileProblem, "no_header"): Sentence(
        QT_TRANSLATE_NOOP(
            "Import",
            "No row of column titles was found. The list needs a row with the titles of its "
            "columns (e.g. Name, Sex, Date of birth) above the people.",
        ),
        "found no header row (a row with at least two column titles)",
    ),
    # --- backups (nothing on this laptop was changed) ----------------------------------------
    (BackupRefused, None): Sentence(
        QT_TRANSLATE_NOOP("Labels", "This backup cannot be restored."),
        "this backup cannot be restored; nothing was changed",
    ),
    (BackupRefused, "not_a_backup"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "This file is not a Saphan backup."),
        "this file is not a Saphan backup; nothing was changed",
    ),
    (BackupRefused, "corrupt"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This backup is damaged and cannot be restored. Try another copy of the backup.",
        ),
        "the backup is damaged; nothing was changed",
    ),
    (BackupRefused, "wrong_password"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The user name, password or recovery passphrase does not open this backup. "
            "Use the ones that were valid when the backup was made.",
        ),
        "this password (or recovery passphrase) does not open the backup; nothing was changed",
    ),
    (BackupRefused, "newer_version"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This backup was made by a newer version of Saphan. Update Saphan, then restore it.",
        ),
        "the backup was made by a newer Saphan; update the app first; nothing was changed",
    ),
    (BackupRefused, "other_cso"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This backup belongs to another organisation. It was not restored over this "
            "organisation's data.",
        ),
        "the backup belongs to another CSO (use --allow-other-cso to replace anyway); "
        "nothing was changed",
    ),
    (BackupRefused, "key_file_present"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The database's key file is there and can be read: it needs no replacing. "
            "Nothing was changed.",
        ),
        "the database's key file is there and reads fine: it needs no replacing (to go back "
        "to the backup, restore it without --key-file-only); nothing was changed",
    ),
    (BackupRefused, "other_database"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This backup is of another database: its key file does not open this one. "
            "Nothing was changed.",
        ),
        "this backup is of another database: its key file does not open this one; "
        "nothing was changed",
    ),
    # --- the team folder and invitations (team sync; nothing of a refused file is used) -------
    (TeamFileRefused, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "A file in the team folder was refused. Nothing in it was used."
        ),
        "a file in the team folder was refused; nothing in it was used",
    ),
    (TeamFileRefused, "not_in_team"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This laptop is not part of a team yet. Create a team or join one on the Team page.",
        ),
        "this database is not part of a team (saphan team create or join)",
    ),
    (TeamFileRefused, "already_in_team"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "This laptop is already part of a team."),
        "this database is already part of a team",
    ),
    (TeamFileRefused, "no_snapshot"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The team folder holds no complete copy of the records yet. Ask the laptop that "
            "invited you to sync, then try again.",
        ),
        "the team folder holds no snapshot yet: sync the inviting laptop, then try again",
    ),
    (TeamFileRefused, "not_a_team_folder"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This folder is not a Saphan team folder. Choose the folder your team shares.",
        ),
        "this folder is not a Saphan team folder",
    ),
    (TeamFileRefused, "folder_in_use"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This folder already holds a team. Choose an empty folder, or join that team instead.",
        ),
        "this folder already holds a team; choose an empty folder, or join that team",
    ),
    (TeamFileRefused, "other_team"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "This belongs to another team, not to this one. Nothing in it was used."
        ),
        "it belongs to another team; nothing in it was used",
    ),
    (TeamFileRefused, "unknown_device"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "A file in the team folder comes from a laptop that is not in the team. "
            "It was not used.",
        ),
        "a file in the team folder comes from a laptop that is not in the team; it was not used",
    ),
    (TeamFileRefused, "removed_device"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "A file in the team folder comes from a laptop that was removed from the team. "
            "It was not used.",
        ),
        "a file in the team folder comes from a laptop removed from the team; it was not used",
    ),
    (TeamFileRefused, "bad_signature"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "A file in the team folder is not signed by the laptop it claims to come from: it "
            "was changed or forged. It was not used.",
        ),
        "a file in the team folder is not signed by the laptop it names (changed or forged); "
        "it was not used",
    ),
    (TeamFileRefused, "no_key_for_epoch"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This laptop does not have the key for a file in the team folder yet. Sync again "
            "later; if this stays, ask your CSO's admin.",
        ),
        "this laptop has no key yet for a file in the team folder; sync again later",
    ),
    (TeamFileRefused, "tampered"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "A file in the team folder cannot be decrypted: it was changed. It was not used.",
        ),
        "a file in the team folder cannot be decrypted (it was changed); it was not used",
    ),
    (TeamFileRefused, "seq_mismatch"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "A file in the team folder was renamed or moved: its name does not match what it "
            "holds. It was not used.",
        ),
        "a file in the team folder was renamed or moved (its name does not match its content); "
        "it was not used",
    ),
    (TeamFileRefused, "torn"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "A file in the team folder is incomplete, perhaps still being copied. It will be "
            "read again at the next sync.",
        ),
        "a file in the team folder is incomplete (still being copied?); it is read again at "
        "the next sync",
    ),
    (TeamFileRefused, "bad_format"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "A file in the team folder is not in the form Saphan writes. It was not used.",
        ),
        "a file in the team folder is not in the form Saphan writes; it was not used",
    ),
    (TeamFileRefused, "unreadable"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "A file in the team folder cannot be read. Check that the folder is connected.",
        ),
        "a file in the team folder cannot be read; check that the folder is connected",
    ),
    (TeamFileRefused, "already_written"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This laptop's file is already in the team folder. It was not written over.",
        ),
        "this laptop's file is already in the team folder; it was not written over",
    ),
    (TeamFileRefused, "not_an_invitation"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "This file is not a Saphan invitation."),
        "this file is not a Saphan invitation",
    ),
    (TeamFileRefused, "wrong_code"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The pairing code is wrong. Check it with the person who invited this laptop and "
            "try again.",
        ),
        "the pairing code is wrong; check it and try again",
    ),
    (TeamFileRefused, "invite_used"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This invitation has already been used or was cancelled. Ask for a new invitation.",
        ),
        "this invitation has already been used or was cancelled; ask for a new one",
    ),
    (TeamFileRefused, "unknown_invite"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This invitation is not in this team folder. Choose the team folder of the laptop "
            "that invited you.",
        ),
        "this invitation is not in this team folder; choose the folder of the laptop that "
        "invited you",
    ),
    # --- shared files: bundles and network files ---------------------------------------------
    (DirectoryError, None): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The file failed a check."),
        "the file is not valid",
    ),
    (DirectoryError, "bad_filename"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The file name is not a CSO code (e.g. BEAM.json)."),
        "the file name is not a CSO code",
    ),
    (DirectoryError, "unreadable"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The file cannot be read."),
        "cannot read the file",
    ),
    (DirectoryError, "not_a_file"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "This is not a regular file."),
        "not a regular file",
    ),
    (DirectoryError, "too_large"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The file is too large to be a bundle."),
        "too large to be a bundle",
    ),
    (DirectoryError, "too_deep"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The file is nested too deeply to be a bundle."),
        "nested too deeply to be a bundle",
    ),
    (DirectoryError, "unparsable"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The file is not valid JSON (it may be incomplete)."),
        "not valid JSON (maybe incomplete)",
    ),
    (DirectoryError, "duplicate_key"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "The file names the same entry twice, so programs could read it differently."
        ),
        "names a member twice in one object (readers would disagree on it)",
    ),
    (DirectoryError, "invalid"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The file does not have the form of a bundle."),
        "not in the form of a bundle",
    ),
    (DirectoryError, "unknown_schema"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The file is not a Saphan bundle."),
        "not a Saphan bundle",
    ),
    (DirectoryError, "bad_signature"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "The signature does not match: the file was changed after it was signed."
        ),
        "the signature does not match (changed after signing)",
    ),
    (DirectoryError, "other_network"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The bundle belongs to another network."),
        "belongs to another network",
    ),
    (DirectoryError, "filename_mismatch"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The file name does not match the CSO inside."),
        "the file name does not match the CSO inside",
    ),
    (DirectoryError, "unknown_member"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The CSO is not a member of the network."),
        "the CSO is not a member of the network",
    ),
    (DirectoryError, "wrong_key"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The CSO's key is not the one registered."),
        "the CSO's key is not the registered one",
    ),
    (DirectoryError, "threshold_too_low"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "The bundle withheld fewer small counts than the network requires."
        ),
        "suppressed with a lower threshold than the network's",
    ),
    (DirectoryError, "small_cell"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "The bundle shows a count below the threshold: it could identify people."
        ),
        "shows a count below the threshold",
    ),
    (DirectoryError, "stale_revision"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "An older revision than one already merged (e.g. from an old backup)."
        ),
        "older than a revision already merged",
    ),
    (DirectoryError, "unsigned"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The bundle is not signed."),
        "not signed",
    ),
    (NetworkInvalid, "bad_signature"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The network file is not signed by the coordinator's key. Do not use it; ask the "
            "coordinator.",
        ),
        "the network file is not signed by the trusted coordinator key",
    ),
    (NetworkInvalid, "schema"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The network file does not have the expected form."),
        "the network file does not have the expected form",
    ),
    (NetworkInvalid, "invalid"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The shared directory file does not have the right form."),
        "the shared directory file does not have the right form",
    ),
    (NetworkInvalid, "fingerprint_mismatch"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The fingerprint does not match the public key. Check both with the CSO again.",
        ),
        "the fingerprint does not match the public key",
    ),
    (NetworkInvalid, "wrong_coordinator_key"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "This database does not hold the coordinator's key for this network."
        ),
        "this database does not hold the coordinator's key for this network",
    ),
    (NetworkInvalid, "unsigned"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The network file is not signed."),
        "the network file is not signed",
    ),
    (NetworkInvalid, "unreadable"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "There is no network file in the shared folder yet."),
        "there is no readable network file",
    ),
    (NetworkInvalid, "unparsable"): Sentence(terminal="the network file is not valid JSON"),
    (NetworkInvalid, "duplicate_key"): Sentence(
        terminal="the network file names a member twice in one object"
    ),
    # The coordinator's own network (directory.sharing.coordinator).
    (NetworkInvalid, "no_network"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "This database holds no network yet. Create it first."),
        "this database holds no network yet: create it with `saphan network create`",
    ),
    (NetworkInvalid, "network_exists"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "This database holds a network already; one database holds one network."
        ),
        "this database holds a network already; one coordinator database holds one",
    ),
    (NetworkInvalid, "not_a_member"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "No member of the network has this CSO code."),
        "no member of the network has that code",
    ),
    (NetworkInvalid, "unknown_programme"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The network has no programme with this code."),
        "the network has no programme with that code (see `saphan network show`)",
    ),
    (NetworkInvalid, "bad_target"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "A target is a whole number from 0 to 10,000,000."),
        "a target is a whole number from 0 to 10,000,000",
    ),
    (NetworkInvalid, "bad_area"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels", "An area can only lie in another area of the network, never in itself."
        ),
        "an area can only lie in another area of the network (see `saphan network show`)",
    ),
    (NetworkInvalid, "bad_instrument"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "An instrument code is small letters, digits and _, starting with a letter "
            "(e.g. who5).",
        ),
        "an instrument code is small letters, digits and _, starting with a letter (e.g. who5)",
    ),
    (NetworkInvalid, "bad_threshold"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The threshold is a whole number from 2 to 100."),
        "the threshold is from 2 to 100",
    ),
    (NetworkInvalid, "bad_network_id"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "A network code is small letters, digits and _, starting with a letter (e.g. maesot).",
        ),
        "a network ID is small letters, digits and _, starting with a letter",
    ),
    (NetworkInvalid, "bad_period"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The reporting period ends before it starts."),
        "the period ends before it starts",
    ),
    (NetworkInvalid, "bad_public_key"): Sentence(
        QT_TRANSLATE_NOOP("Labels", "The public key must be 64 hexadecimal characters."),
        "the public key must be 64 hexadecimal characters",
    ),
    (NetworkInvalid, "bad_cso_code"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "A CSO code is 2 to 12 capital letters and digits, starting with a letter (e.g. BEAM).",
        ),
        "a CSO code is 2 to 12 capital letters and digits, starting with a letter",
    ),
    (NetworkInvalid, "key_taken"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "Another member of the network is registered with this public key. Check the key "
            "with the CSO again.",
        ),
        "another member of the network is registered with that public key",
    ),
    (NetworkInvalid, "another_network_file"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The shared folder holds the network file of another network, or one signed by "
            "another coordinator key. Nothing was written: choose the right folder.",
        ),
        "the folder or server holds another network's file, or one signed by another "
        "coordinator key; nothing was written there",
    ),
    (NetworkInvalid, "newer_elsewhere"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The shared folder holds a newer revision of this network file than this database "
            "(written from another copy of it?). Nothing was written.",
        ),
        "the folder or server holds a newer revision of this network file than this database "
        "(written from another copy of it?); nothing was written there",
    ),
    (NotAMember, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "This CSO is not a member of the network yet (or with another key). Read your key "
            "fingerprint to the coordinator, then pull the new network file.",
        ),
        "this CSO is not a member of the network (or with another key)",
    ),
    (StaleRevision, "stale_revision"): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The shared folder or server keeps newer counts of this organisation than this "
            "database can send (was it restored from an old backup?). Nothing was published; "
            "ask the coordinator.",
        ),
        "the destination keeps a newer revision of this CSO's counts than this database can "
        "send (restored from an old backup?); nothing was published",
    ),
    (FolderUnreachable, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The shared folder is not reachable. Your counts are safe here; publish again when "
            "the folder is connected.",
        ),
        "the shared folder {path} is not reachable; nothing was changed",
    ),
    (MergeStateDamaged, None): Sentence(
        QT_TRANSLATE_NOOP(
            "Labels",
            "The record of what was merged before is damaged, so nothing was merged. Move "
            "the file {path} away to start again.",
        ),
        "the merge state {path} is damaged; nothing was merged (move it away to start again: "
        "the coordinator key is then trusted on first use again)",
    ),
    # --- the coordination server -------------------------------------------------------------
    (ServerError, None): Sentence(
        QT_TRANSLATE_NOOP("SharePage", "The server refused: {message}"),
        "the server refused: {message}",
    ),
    (ServerUnreachable, None): Sentence(
        QT_TRANSLATE_NOOP(
            "SharePage", "The server cannot be reached now. Try again when you are online."
        ),
        "the server cannot be reached; nothing was built or sent",
    ),
    (ServerError, "no_token"): Sentence(
        QT_TRANSLATE_NOOP("SharePage", "Enter the server token the coordinator gave you first."),
        "no server token kept for this CSO and network: keep it first with saphan server-token",
    ),
    (ServerError, "http_401"): Sentence(
        QT_TRANSLATE_NOOP(
            "SharePage",
            "The server did not accept the token. Enter the token the coordinator gave you again.",
        ),
    ),
    (ServerError, "http_404"): Sentence(
        QT_TRANSLATE_NOOP("SharePage", "The server does not know this network code. Check it."),
    ),
    (ServerError, "stale_revision"): Sentence(
        QT_TRANSLATE_NOOP(
            "SharePage",
            "The server keeps a newer revision of these counts. Publish again to send a newer one.",
        ),
        "the server keeps a newer revision of these counts; publish again",
    ),
    (ServerError, "invalid_response"): Sentence(
        QT_TRANSLATE_NOOP(
            "SharePage", "The server's answer cannot be read. Check the server address."
        ),
        "the server's answer cannot be read; check the server address",
    ),
}

_RECORD_NUMBER = re.compile(r"(?:[a-z]+ )?\d+")
_PASSWORD_PROBLEMS = {
    "too_short": "the password must be at least 10 characters",
    "spaces_at_ends": "the password must not start or end with a space",
}


def _codes(exc: SaphanError) -> list[str]:
    """The codes to look up, most specific first."""
    reason = getattr(exc, "reason", None)
    codes = [reason] if isinstance(reason, str) else []
    if isinstance(exc, ServerError) and exc.status is not None:
        codes.append(f"http_{exc.status}")  # what the server answered, when its code is unknown
    return codes


# The problems of an imported XLSForm (db.errors.FormProblem), by the codes of
# db.instruments.xlsform.MESSAGES (a test checks that none is missing). The values filled in are
# the form's own words (column and question names, choice values) and stay as written;
# pyxform's findings and the definition check's reasons come in English, as they quote XLSForm.
FORM_PROBLEMS: dict[str, Text] = {
    "not_xlsx": QT_TRANSLATE_NOOP("FormProblems", "The file is not an Excel workbook (.xlsx)."),
    "too_large": QT_TRANSLATE_NOOP(
        "FormProblems", "The file is too large, or packed in a way Saphan does not open."
    ),
    "cannot_read": QT_TRANSLATE_NOOP(
        "FormProblems", "The file cannot be read as an Excel workbook."
    ),
    "missing_sheet": QT_TRANSLATE_NOOP("FormProblems", "The sheet is missing."),
    "too_many_rows": QT_TRANSLATE_NOOP("FormProblems", "The sheet has more than {limit} rows."),
    "too_many_columns": QT_TRANSLATE_NOOP(
        "FormProblems", "The sheet has more than {limit} columns."
    ),
    "cell_too_long": QT_TRANSLATE_NOOP("FormProblems", "A cell is longer than {limit} characters."),
    "duplicate_column": QT_TRANSLATE_NOOP("FormProblems", "The column '{column}' appears twice."),
    "missing_column": QT_TRANSLATE_NOOP("FormProblems", "The column '{column}' is missing."),
    "unknown_language": QT_TRANSLATE_NOOP(
        "FormProblems",
        "The column '{column}' is in a language Saphan cannot show. Use English (en), "
        "Burmese (my), Thai (th) or Sgaw Karen (ksw).",
    ),
    "same_language": QT_TRANSLATE_NOOP(
        "FormProblems", "The columns '{column}' and '{other}' are in the same language."
    ),
    "no_questions": QT_TRANSLATE_NOOP("FormProblems", "The form has no questions."),
    "bad_type": QT_TRANSLATE_NOOP(
        "FormProblems",
        "The type '{type}' cannot be imported. Use select_one LIST, integer, calculate or note.",
    ),
    "groups": QT_TRANSLATE_NOOP(
        "FormProblems",
        "Groups and repeats cannot be imported. List the questions one after another.",
    ),
    "late_note": QT_TRANSLATE_NOOP(
        "FormProblems",
        "A note is read only before the first question, as the introduction.",
    ),
    "missing_name": QT_TRANSLATE_NOOP("FormProblems", "The row has no name."),
    "bad_name": QT_TRANSLATE_NOOP(
        "FormProblems",
        "The name '{name}' must be up to 40 letters, digits or _, not starting with a digit.",
    ),
    "duplicate_name": QT_TRANSLATE_NOOP(
        "FormProblems", "The name '{name}' is used twice (also on row {other})."
    ),
    "unknown_list": QT_TRANSLATE_NOOP("FormProblems", "The choice list '{list}' does not exist."),
    "no_choices_sheet": QT_TRANSLATE_NOOP(
        "FormProblems",
        "The choice list '{list}' does not exist: the form has no choices sheet.",
    ),
    "missing_label": QT_TRANSLATE_NOOP(
        "FormProblems", "'{name}' has no English label (label::English (en))."
    ),
    "bad_yes_no": QT_TRANSLATE_NOOP("FormProblems", "'{column}' must be yes or no, not '{value}'."),
    "reverse_not_select": QT_TRANSLATE_NOOP(
        "FormProblems", "Only a select_one question can be reverse-scored."
    ),
    "bad_constraint": QT_TRANSLATE_NOOP(
        "FormProblems",
        "An integer question needs the constraint '. >= MIN and . <= MAX' (at most {limit} "
        "numbers apart).",
    ),
    "missing_calculation": QT_TRANSLATE_NOOP(
        "FormProblems", "The calculate row '{name}' has no calculation."
    ),
    "unknown_reference": QT_TRANSLATE_NOOP(
        "FormProblems",
        "'{column}' refers to '{name}', which is not a question or score of this form.",
    ),
    "circular": QT_TRANSLATE_NOOP(
        "FormProblems", "The calculations {cycle} refer to each other in a circle."
    ),
    "bad_expression": QT_TRANSLATE_NOOP(
        "FormProblems", "'{column}' is not an expression Saphan can work out: {reason}"
    ),
    "choice_not_integer": QT_TRANSLATE_NOOP(
        "FormProblems", "The choice value '{value}' is not a whole number."
    ),
    "duplicate_choice": QT_TRANSLATE_NOOP(
        "FormProblems",
        "The choice value '{value}' is in the list '{list}' twice (also on row {other}).",
    ),
    "missing_form_id": QT_TRANSLATE_NOOP("FormProblems", "The settings have no form_id."),
    "bad_form_id": QT_TRANSLATE_NOOP(
        "FormProblems",
        "The form_id '{value}' cannot be an instrument code: use 2-40 lowercase letters, "
        "digits or _, starting with a letter.",
    ),
    "bad_version": QT_TRANSLATE_NOOP(
        "FormProblems", "The version '{value}' is not a whole number from 1 to 1000000."
    ),
    "bad_number": QT_TRANSLATE_NOOP("FormProblems", "'{column}' must be a number, not '{value}'."),
    "bad_mid": QT_TRANSLATE_NOOP(
        "FormProblems", "saphan_mid must be a number above 0, not '{value}'."
    ),
    "missing_setting": QT_TRANSLATE_NOOP("FormProblems", "The setting '{column}' is missing."),
    "unknown_result": QT_TRANSLATE_NOOP(
        "FormProblems", "saphan_result names '{name}', which is not a calculate row."
    ),
    "no_scores": QT_TRANSLATE_NOOP(
        "FormProblems", "The form has no calculate row, so there is no score."
    ),
    "no_range": QT_TRANSLATE_NOOP(
        "FormProblems",
        "The score's range is unknown: give saphan_min and saphan_max, or bands.",
    ),
    "bad_range": QT_TRANSLATE_NOOP("FormProblems", "saphan_min must be below saphan_max."),
    "bad_band_code": QT_TRANSLATE_NOOP(
        "FormProblems",
        "The code '{value}' must be 2-40 lowercase letters, digits or _, starting with a letter.",
    ),
    "duplicate_code": QT_TRANSLATE_NOOP(
        "FormProblems", "The code '{value}' is used twice (also on row {other})."
    ),
    "band_order": QT_TRANSLATE_NOOP(
        "FormProblems",
        "The band goes from {start} to {end}: 'from' must not be above 'to'.",
    ),
    "band_overlap": QT_TRANSLATE_NOOP("FormProblems", "The band overlaps the band on row {other}."),
    "band_gap": QT_TRANSLATE_NOOP(
        "FormProblems", "There is a gap between this band and the band on row {other}."
    ),
    "band_outside": QT_TRANSLATE_NOOP(
        "FormProblems", "The band lies outside the score's range, {start} to {end}."
    ),
    "missing_when": QT_TRANSLATE_NOOP("FormProblems", "The alert has no 'when' expression."),
    "invalid_xlsform": QT_TRANSLATE_NOOP("FormProblems", "This is not a valid XLSForm: {reason}"),
    "later_reference": QT_TRANSLATE_NOOP(
        "FormProblems",
        "'{column}' refers to '{name}', which is worked out only after this row.",
    ),
    "bad_list_name": QT_TRANSLATE_NOOP(
        "FormProblems",
        "The choice list name '{list}' must be up to 40 letters, digits or _.",
    ),
    "definition": QT_TRANSLATE_NOOP("FormProblems", "The instrument is not valid: {reason}"),
}


def form_problem(problem: FormProblem, translate: Translate | None = None) -> str:
    """One problem of an imported form, translated by ``translate`` (English without one); the
    English detail the importer gave for a code this table lacks."""
    text = FORM_PROBLEMS.get(problem.code)
    if text is None:
        return problem.detail
    words = translate(text.context, text.source) if translate else text.source
    try:
        return words.format_map(problem.values)
    except (KeyError, IndexError, ValueError):  # a translation with other placeholders
        return text.source.format_map(problem.values)


def _candidates(exc: SaphanError) -> Iterator[Sentence]:
    classes = [c for c in type(exc).__mro__ if issubclass(c, SaphanError)]
    # A server's refusal carries the server's code: only the server's entries read it (its own
    # message says more than a local sentence about a file would).
    coded = [c for c in classes if issubclass(c, ServerError)] or classes
    for code in _codes(exc):
        for cls in coded:
            if (cls, code) in SENTENCES:
                yield SENTENCES[(cls, code)]
    for cls in classes:
        if (cls, None) in SENTENCES:
            yield SENTENCES[(cls, None)]


def _fields(exc: SaphanError, db_path: Path | str | None = None) -> dict[str, str]:
    """What a sentence may name: paths and record numbers, never an exception's message."""
    fields = {"where": f" at {db_path}" if db_path else "", "db": str(db_path or "PATH")}
    if isinstance(exc, KeyFileMissing):
        key_file = Path(exc.key_file)
        fields |= {
            "file": key_file.name,
            "folder": str(key_file.parent),
            "key_file": exc.key_file,
            "db": exc.db_path,
        }
    elif isinstance(exc, PermissionDenied):
        fields["permission"] = exc.permission
    elif isinstance(exc, RecordNotFound):
        # The record's number (the store raises it with ids only; anything else is not shown).
        number = " ".join(str(arg) for arg in exc.args)
        fields["record"] = f" {number}" if _RECORD_NUMBER.fullmatch(number) else ""
    elif isinstance(exc, FolderUnreachable | MergeStateDamaged):
        fields["path"] = str(exc.path)
    elif isinstance(exc, ServerError):
        # The server's own words (it holds no data about any person).
        fields["message"] = exc.message or f"HTTP {exc.status}"
    return fields


def sentence(exc: SaphanError, translate: Translate | None = None) -> str:
    """The app's sentence for ``exc``, translated by ``translate`` (English without one).
    For a :class:`ValidationFailed`, use :func:`describe` (each field's problem)."""
    text = next(s.app for s in _candidates(exc) if s.app is not None)
    words = translate(text.context, text.source) if translate else text.source
    return words.format_map(_fields(exc))


def describe(exc: BaseException) -> str:
    """The sentence shown for ``exc`` in the user's language. Anything that is not a typed error
    of the store gets the generic sentence: never a traceback or an exception's message."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(exc, ValidationFailed):
        from desktop.labels import validation_message

        return validation_message(exc)
    if not isinstance(exc, SaphanError):
        exc = SaphanError()
    return sentence(exc, QCoreApplication.translate)


@overload
def terminal_text(exc: SaphanError, db_path: Path | str | None = None) -> str: ...


@overload
def terminal_text(exc: BaseException, db_path: Path | str | None = None) -> str | None: ...


def terminal_text(exc: BaseException, db_path: Path | str | None = None) -> str | None:
    """The ``saphan`` command's sentence for a typed error (``db_path``: the database the
    command was given), or None for anything else."""
    if not isinstance(exc, SaphanError):
        return None
    if isinstance(exc, ValidationFailed):
        return _validation_text(exc)
    text = next(s.terminal for s in _candidates(exc) if s.terminal is not None)
    return text.format_map(_fields(exc, db_path))


def _validation_text(exc: ValidationFailed) -> str:
    problems = exc.problems
    if problems.get("password") in _PASSWORD_PROBLEMS:
        return _PASSWORD_PROBLEMS[problems["password"]]
    if "format" in problems:
        return "the output file must end in .csv or .xlsx"
    if problems.get("network_code") == "network_taken":
        return "two programmes count in one network programme: map one elsewhere (Settings)"
    if problems.get("reason") == "required":
        return "give a reason (--reason)"
    if {"through", "month"} & problems.keys():
        return "months are written YYYY-MM"
    if {"from", "to"} & problems.keys():
        return "months are written YYYY-MM, and --to must not be before --from"
    details = ", ".join(f"{field} ({code})" for field, code in sorted(problems.items()))
    return f"not valid: {details}"
