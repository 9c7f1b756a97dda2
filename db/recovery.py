"""Getting back in when every admin password is lost: the recovery passphrase from setup."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import make_engine
from db.errors import ValidationFailed
from db.models import User
from db.setup import USERNAME_RE, check_new_password, load_keyfile, open_with_key, password_hasher
from db.store import Store
from db.types import Role


def recovery_admins(path: Path, passphrase: str) -> list[str]:
    """The admin user names in the database, if the passphrase is right
    (:class:`WrongCredentials` otherwise)."""
    master_key = load_keyfile(path).unlock_recovery(passphrase)
    engine = make_engine(path, master_key)
    try:
        with Session(engine) as session:
            return list(
                session.scalars(
                    select(User.username)
                    .where(User.role == Role.ADMIN.value)
                    .order_by(User.username)
                )
            )
    finally:
        engine.dispose()


def recover_admin(path: Path, passphrase: str, username: str, new_password: str) -> Store:
    """Set a new password for an admin (created if the name is new) using the recovery
    passphrase, and sign in as them. The event is written to the audit trail."""
    username = username.strip().lower()
    problems: dict[str, str] = {}
    if not USERNAME_RE.match(username):
        problems["username"] = "username_format"
    if pw := check_new_password(new_password):
        problems["password"] = pw
    if problems:
        raise ValidationFailed(problems)
    keyfile = load_keyfile(path)
    master_key = keyfile.unlock_recovery(passphrase)
    engine = make_engine(path, master_key)
    try:
        with Session(engine) as session, session.begin():
            user = session.scalars(select(User).where(User.username == username)).one_or_none()
            if user is None:
                user = User(
                    username=username, full_name=username, role=Role.ADMIN.value, password_hash=""
                )
                session.add(user)
            user.role = Role.ADMIN.value
            user.active = True
            user.password_hash = password_hasher().hash(new_password)
            keyfile.set_user(master_key, username, new_password)
            keyfile.save()
    finally:
        engine.dispose()
    store = open_with_key(path, master_key, username, password=new_password)
    with store.write() as session:
        store.audit(session, "recovery", "user", store.user.id)
    return store
