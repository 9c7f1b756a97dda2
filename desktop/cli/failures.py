"""One line for each expected failure of a ``saphan`` command, in English for the terminal.

Error details from the store never hold names or other person data, only codes, field names
and paths, and so neither do these lines.
"""

from __future__ import annotations

import argparse

_STORAGE_REASONS = {
    "disk_full": "the disk is full",
    "read_only": "cannot write there: the folder is read-only or not yours",
    "cannot_open": "cannot open the database file",
    "no_folder": "the folder does not exist",
    "cannot_write": "cannot write the file there",
    "busy": "another Saphan is changing this database right now; try again in a moment",
}

_BACKUP_REFUSALS = {
    "not_a_backup": "this file is not a Saphan backup",
    "corrupt": "the backup is damaged",
    "wrong_password": "this password (or recovery passphrase) does not open the backup",
    "newer_version": "the backup was made by a newer Saphan; update the app first",
    "other_cso": "the backup belongs to another CSO (use --allow-other-cso to replace anyway)",
    "key_file_present": "the database's key file is there and reads fine: it needs no "
    "replacing (to go back to the backup, restore it without --key-file-only)",
    "other_database": "this backup is of another database: its key file does not open this one",
}

_IMPORT_FILE_PROBLEMS = {
    "unsupported_format": "import reads .xlsx and .csv files (save an old .xls as .xlsx first)",
    "cannot_read": "cannot read this file as a spreadsheet",
    "no_sheet": "the file has no sheet of that name",
    "no_header": "found no header row (a row with at least two column titles)",
}

_PASSWORD_PROBLEMS = {
    "too_short": "the password must be at least 10 characters",
    "spaces_at_ends": "the password must not start or end with a space",
}


def failure_message(exc: BaseException, args: argparse.Namespace | None = None) -> str | None:
    """One sentence for an expected failure, or None for a bug (which keeps its traceback).

    Error details from the store never hold names or other person data, only codes, field
    names and paths.
    """
    from db import errors

    db_path = getattr(args, "db", None) or getattr(args, "gui_db", None)
    where = f" at {db_path}" if db_path else ""
    if isinstance(exc, errors.WrongCredentials):
        return "the user name or password is wrong"
    if isinstance(exc, errors.AccountDisabled):
        return "this account is disabled; ask your CSO's admin"
    if isinstance(exc, errors.KeyFileMissing):
        return (
            f"the database {exc.db_path} is there but its key file {exc.key_file} is missing; "
            "copy the key file back, or take it from a backup (keeping everything entered "
            f"since): saphan restore --key-file-only --backup FILE --db {exc.db_path}"
        )
    if isinstance(exc, errors.DatabaseNotFound):
        return f"no Saphan database{where}"
    if isinstance(exc, errors.RecordNotFound):
        return f"there is no record {exc} (it may have been deleted)"
    if isinstance(exc, errors.DatabaseExists):
        return f"a Saphan database already exists{where}"
    if isinstance(exc, errors.KeyFileCorrupt):
        return (
            "the key file next to the database is damaged; take it from a backup (keeping "
            "everything entered since): saphan restore --key-file-only --backup FILE --db "
            f"{db_path or 'PATH'}"
        )
    if isinstance(exc, errors.DatabaseCorrupt):
        return "the database cannot be opened: it is damaged or does not match its key file"
    too_new = getattr(errors, "DatabaseTooNew", None)
    if too_new is not None and isinstance(exc, too_new):
        return "the database was written by a newer Saphan; update the app to open it"
    if isinstance(exc, errors.PermissionDenied):
        return f"your role does not allow this ({exc.permission})"
    if isinstance(exc, errors.ValidationFailed):
        if "password" in exc.problems and exc.problems["password"] in _PASSWORD_PROBLEMS:
            return _PASSWORD_PROBLEMS[exc.problems["password"]]
        if "format" in exc.problems:
            return "the output file must end in .csv or .xlsx"
        if {"from", "to"} & exc.problems.keys():
            return "months are written YYYY-MM, and --to must not be before --from"
        details = ", ".join(f"{field} ({code})" for field, code in sorted(exc.problems.items()))
        return f"not valid: {details}"
    if isinstance(exc, errors.StorageProblem):
        return _STORAGE_REASONS.get(exc.reason, f"cannot write: {exc.reason}")
    from db.import_sheets import ImportFileProblem

    if isinstance(exc, ImportFileProblem):
        return _IMPORT_FILE_PROBLEMS.get(exc.reason, "cannot read this file")
    from db.backup import BackupRefused

    if isinstance(exc, BackupRefused):
        return _BACKUP_REFUSALS.get(exc.reason, exc.reason) + "; nothing was changed"
    if isinstance(exc, errors.SaphanError):
        return f"cannot do that ({type(exc).__name__})"
    if isinstance(exc, PermissionError):
        return f"no permission to use {exc.filename or 'that file'}"
    if isinstance(exc, FileNotFoundError):
        return f"not found: {exc.filename or 'a file'}"
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        return f"{reason}: {exc.filename}" if exc.filename else reason
    return None
