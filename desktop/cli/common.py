"""What every ``saphan`` command shares: exit codes, the terminal's failure, the password and
:func:`open_store`.

Imports only the standard library at module level (the commands start fast); the store is
imported when a command opens it.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.referral_feedback import Applied
    from db.store import Store

PASSWORD_ENV = "SAPHAN_PASSWORD"
EXIT_OK = 0
EXIT_FAILED = 2
EXIT_INTERRUPTED = 130


class CliFailure(Exception):
    """A failure already worded for the terminal."""


def read_password(username: str, *, confirm: bool = False) -> str:
    """The password from ``SAPHAN_PASSWORD``, or asked for on the terminal."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    try:
        password = getpass.getpass(f"Password for {username}: ")
        if confirm and getpass.getpass("Type it again: ") != password:
            raise CliFailure("the two passwords are not the same")
    except EOFError:
        raise CliFailure(f"no password given (set {PASSWORD_ENV} or run in a terminal)") from None
    return password


def finish_interrupted(db_path: Path) -> None:
    """Complete or undo a restore or setup that a crash interrupted at ``db_path``, remove
    what it left behind, and say what was done (usually nothing)."""
    from db.switch import clear_interrupted

    done = clear_interrupted(db_path)
    if done.restore_completed:
        kept = f"; the database it replaced is kept as {done.kept_copy}" if done.kept_copy else ""
        print(f"A restore of {db_path} that was interrupted has been completed{kept}.")
    if done.restore_undone:
        print(
            f"A restore of {db_path} that was interrupted has been undone: "
            "the database is as it was before."
        )
    if done.setup_cleared:
        print(
            f"A setup of {db_path} that did not finish was found and removed "
            "(it held no records yet)."
        )


def sole_user(db_path: Path) -> str | None:
    """The user name of the database's only account (from its key file), or None when it has
    several (a missing database or key file raises as :func:`open_store` would)."""
    from db.keys import KeyFile
    from db.setup import load_keyfile

    prefix = KeyFile.user_slot("")
    users = [slot[len(prefix) :] for slot in load_keyfile(db_path).slots if slot.startswith(prefix)]
    return users[0] if len(users) == 1 else None


def open_store(db_path: Path, username: str) -> Store:
    """The CSO database at ``db_path``, signed in as ``username``: first an interrupted restore
    or setup is finished, then the database is checked (before asking for a password: there is
    none, or its key file is missing), then the password is read."""
    from db.setup import check_database, open_database

    finish_interrupted(db_path)
    check_database(db_path)  # before asking for a password: none, or no key file
    return open_database(db_path, username, read_password(username))


def pulled_summary(revision: int, applied: Applied) -> str:
    """The line ``saphan pull`` prints, from a folder or a server."""
    return (
        f"Pulled network file revision {revision}; feedback updated {applied.updated} "
        f"referrals ({applied.unchanged} already up to date, {applied.refused} not applied)."
    )


def key_changed(what: str) -> str:
    """The refusal of a network file (``what``) signed by another coordinator key."""
    return (
        f"{what} is signed by another coordinator key than the trusted one; accept the new "
        "key in the app (Share page) after checking it with the coordinator"
    )


def trusting(fingerprint_hex: str) -> str:
    """The line said when a coordinator key is trusted on first use."""
    return f"Trusting the coordinator key {fingerprint_hex} (first use)."
