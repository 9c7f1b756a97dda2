"""Staff accounts: create, disable, reset and change passwords.

Each password change re-wraps the master key in the key file; disabling an account removes its
wrapped key, so an old password can no longer open the file even outside the app.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import RecordNotFound, ValidationFailed, WrongCredentials
from db.models import User
from db.permissions import Permission
from db.setup import USERNAME_RE, check_new_password, hash_matches, load_keyfile, password_hasher
from db.store import Store
from db.types import Role
from db.validation import clean_text, text_problems


@dataclass(frozen=True)
class StaffAccount:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    language: str
    last_login_at: dt.datetime | None


def _account(u: User) -> StaffAccount:
    return StaffAccount(
        u.id, u.username, u.full_name, Role(u.role), u.active, u.language, u.last_login_at
    )


def list_users(store: Store) -> list[StaffAccount]:
    """All staff accounts, active first."""
    store.require(Permission.USERS_MANAGE)
    with store.read() as session:
        users = session.scalars(select(User).order_by(User.active.desc(), User.username))
        return [_account(u) for u in users]


def _rewrap(store: Store, username: str, password: str) -> None:
    keyfile = load_keyfile(store.path)
    keyfile.set_user(store.master_key, username, password)
    keyfile.save()


def create_user(
    store: Store, username: str, full_name: str, role: Role, password: str
) -> StaffAccount:
    """Add a staff account; its password gets its own wrapped copy of the master key."""
    store.require(Permission.USERS_MANAGE)
    username = username.strip().lower()
    problems: dict[str, str] = {}
    if not USERNAME_RE.match(username):
        problems["username"] = "username_format"
    if not full_name.strip():
        problems["full_name"] = "required"
    problems.update(text_problems({"full_name": full_name}))
    if pw := check_new_password(password):
        problems["password"] = pw
    with store.write() as session:
        taken = session.scalar(select(func.count()).where(User.username == username))
        if taken:
            problems["username"] = "username_taken"
        if problems:
            raise ValidationFailed(problems)
        user = User(
            username=username,
            full_name=clean_text(full_name).strip(),
            role=role.value,
            password_hash=password_hasher().hash(password),
            # None chosen yet: the first session keeps the language chosen at sign-in.
            language="",
        )
        session.add(user)
        session.flush()
        store.audit(session, "user_create", "user", user.id, role.value)
        # The key file is written inside the transaction: if it fails, no account is created.
        _rewrap(store, username, password)
        return _account(user)


def _active_admins(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).where(User.role == Role.ADMIN.value, User.active.is_(True))
        )
        or 0
    )


def set_role(store: Store, user_id: int, role: Role) -> None:
    store.require(Permission.USERS_MANAGE)
    with store.write() as session:
        user = session.get(User, user_id)
        if user is None:
            raise RecordNotFound(str(user_id))
        if (
            user.role == Role.ADMIN.value
            and role is not Role.ADMIN
            and _active_admins(session) <= 1
        ):
            raise ValidationFailed({"role": "last_admin"})
        user.role = role.value
        store.audit(session, "user_role", "user", user_id, role.value)


def disable_user(store: Store, user_id: int) -> None:
    """Disable an account and remove its wrapped key. Re-enabling needs a new password."""
    store.require(Permission.USERS_MANAGE)
    with store.write() as session:
        user = session.get(User, user_id)
        if user is None:
            raise RecordNotFound(str(user_id))
        if user.id == store.user.id:
            raise ValidationFailed({"user": "cannot_disable_self"})
        if user.role == Role.ADMIN.value and user.active and _active_admins(session) <= 1:
            raise ValidationFailed({"user": "last_admin"})
        user.active = False
        store.audit(session, "user_disable", "user", user_id)
        keyfile = load_keyfile(store.path)
        keyfile.remove_user(user.username)
        keyfile.save()


def reset_password(store: Store, user_id: int, new_password: str) -> None:
    """An admin sets a new password for someone (and re-enables a disabled account)."""
    store.require(Permission.USERS_MANAGE)
    if pw := check_new_password(new_password):
        raise ValidationFailed({"password": pw})
    with store.write() as session:
        user = session.get(User, user_id)
        if user is None:
            raise RecordNotFound(str(user_id))
        user.password_hash = password_hasher().hash(new_password)
        user.active = True
        store.audit(session, "user_reset_password", "user", user_id)
        _rewrap(store, user.username, new_password)


def change_own_password(store: Store, old_password: str, new_password: str) -> None:
    """Any signed-in user changes their own password; the old one must be right."""
    if pw := check_new_password(new_password):
        raise ValidationFailed({"password": pw})
    with store.write() as session:
        user = session.get(User, store.user.id)
        if user is None or not hash_matches(user.password_hash, old_password):
            raise WrongCredentials()
        user.password_hash = password_hasher().hash(new_password)
        store.audit(session, "password_change", "user", user.id)
        _rewrap(store, user.username, new_password)


def set_language(store: Store, language: str) -> None:
    """Remember the signed-in user's interface language."""
    with store.write() as session:
        user = session.get(User, store.user.id)
        if user is None:
            raise RecordNotFound(str(store.user.id))
        user.language = language
    # The open store speaks for the signed-in user: keep its copy in step.
    store.user = dataclasses.replace(store.user, language=language)


__all__ = [
    "StaffAccount",
    "change_own_password",
    "create_user",
    "disable_user",
    "list_users",
    "reset_password",
    "set_language",
    "set_role",
]
