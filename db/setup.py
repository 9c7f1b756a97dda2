"""Creating a CSO's encrypted database at setup, and opening it at login."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db import atomic, keys, migrate, plan_templates, switch
from db.engine import make_engine, translate_db_error
from db.errors import (
    AccountDisabled,
    DatabaseExists,
    DatabaseNotFound,
    StorageProblem,
    ValidationFailed,
    WrongCredentials,
)
from db.file_modes import make_private_folder
from db.keys import check_database as check_database
from db.keys import database_exists as database_exists
from db.keys import load_keyfile as load_keyfile
from db.models import CsoProfile, Programme, User, utcnow
from db.store import Store
from db.types import CsoInfo, Role, UserInfo
from db.validation import clean_text, text_problems

CSO_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MIN_PASSWORD_LENGTH = 10

# The pilot's result areas (Dec 2024 - Oct 2026). Seeded as data the CSO can edit; targets
# are the network's, repeated here so a CSO's own dashboard has something to aim at.
PILOT_PROGRAMMES: tuple[tuple[str, str, int | None], ...] = (
    ("mhpss", "Psychosocial support (MHPSS)", 1000),
    ("social_protection", "Social-protection awareness", 7630),
    ("thai_language", "Thai language", 1520),
    ("vocational", "Vocational training", 2100),
    ("youth", "Youth engagement", 1880),
    ("safe_space", "Safe space for women and girls", None),
    ("participatory", "Participatory projects for women's engagement", None),
)
# Their names in Burmese and Thai (a programme's ``labels``; migration 0021 gives them to
# databases made before, where the admin has not named them in these languages yet).
PILOT_PROGRAMME_LABELS: dict[str, dict[str, str]] = {
    "mhpss": {"my": "စိတ်လူမှု ပံ့ပိုးမှု (MHPSS)", "th": "การสนับสนุนด้านจิตสังคม (MHPSS)"},
    "social_protection": {
        "my": "လူမှုဖူလုံရေး အသိပညာပေးခြင်း",
        "th": "การสร้างความรู้เรื่องการคุ้มครองทางสังคม",
    },
    "thai_language": {"my": "ထိုင်း ဘာသာစကား", "th": "ภาษาไทย"},
    "vocational": {"my": "အသက်မွေးဝမ်းကျောင်း သင်တန်း", "th": "การฝึกอาชีพ"},
    "youth": {"my": "လူငယ် ပါဝင်ဆောင်ရွက်မှု", "th": "การมีส่วนร่วมของเยาวชน"},
    "safe_space": {
        "my": "အမျိုးသမီးနှင့် မိန်းကလေးများအတွက် ဘေးကင်းလုံခြုံရာနေရာ",
        "th": "พื้นที่ปลอดภัยสำหรับผู้หญิงและเด็กหญิง",
    },
    "participatory": {
        "my": "အမျိုးသမီးများ ပါဝင်ရေး ပူးပေါင်းဆောင်ရွက်သော စီမံကိန်းများ",
        "th": "โครงการแบบมีส่วนร่วมเพื่อการมีส่วนร่วมของผู้หญิง",
    },
}


def password_hasher() -> PasswordHasher:
    p = keys.DEFAULT_KDF
    return PasswordHasher(
        time_cost=p.time_cost, memory_cost=p.memory_kib, parallelism=p.parallelism
    )


def check_new_password(password: str) -> str | None:
    """A problem code for a new password, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "too_short"
    if password.strip() != password or not password.strip():
        return "spaces_at_ends"
    return None


def check_setup_fields(
    cso_code: str, cso_name: str, username: str, password: str, full_name: str = ""
) -> dict[str, str]:
    problems = text_problems({"cso_name": cso_name, "full_name": full_name})
    if not CSO_CODE_RE.match(cso_code):
        problems["cso_code"] = "cso_code_format"
    if not cso_name.strip():
        problems["cso_name"] = "required"
    if not USERNAME_RE.match(username):
        problems["username"] = "username_format"
    pw = check_new_password(password)
    if pw:
        problems["password"] = pw
    return problems


@dataclass(frozen=True)
class SetupResult:
    store: Store
    recovery_passphrase: str


def create_cso_database(
    path: Path,
    *,
    cso_code: str,
    cso_name: str,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
) -> SetupResult:
    """Create the encrypted database with its first admin. Returns the recovery passphrase,
    which is shown once and never stored in the clear."""
    cso_code = cso_code.strip().upper()
    admin_username = admin_username.strip().lower()
    problems = check_setup_fields(
        cso_code, cso_name, admin_username, admin_password, admin_full_name
    )
    if problems:
        raise ValidationFailed(problems)
    keyfile_path = keys.KeyFile.path_for(path)
    if path.exists() or keyfile_path.exists():
        raise DatabaseExists(str(path))
    try:
        make_private_folder(path.parent)  # 0700; make_engine and KeyFile.save write 0600
    except OSError as exc:
        raise translate_db_error(exc) from exc

    master_key = keys.new_master_key()
    recovery = keys.new_recovery_passphrase()
    # Built under a staging name and switched into place only when the database and its key
    # file are both complete: a crash meanwhile leaves nothing at ``path``, and the staging
    # files are cleared (and the user told) at the next start.
    try:
        with atomic.database_lock(path):
            switch.clear_interrupted_locked(path)
            if path.exists() or keyfile_path.exists():
                raise DatabaseExists(str(path))
            staged = switch.staging_path(path, "setup")
            try:
                admin_id = _build_database(
                    staged,
                    master_key,
                    cso_code,
                    cso_name,
                    admin_username,
                    admin_full_name,
                    admin_password,
                )
                keyfile = keys.KeyFile(path=switch.staged_keys(staged), cso_code=cso_code)
                keyfile.set_user(master_key, admin_username, admin_password)
                keyfile.set_recovery(master_key, recovery)
                keyfile.save()
                switch.install(staged, path, purpose="setup")
            finally:
                switch.remove_staged(staged)
    except atomic.LockBusy as exc:
        raise StorageProblem("busy") from exc
    except OSError as exc:
        raise translate_db_error(exc) from exc
    engine = make_engine(path, master_key)
    store = Store(
        path=path,
        engine=engine,
        cso=CsoInfo(cso_code, cso_name.strip()),
        user=UserInfo(
            admin_id, admin_username, admin_full_name.strip() or admin_username, Role.ADMIN, "en"
        ),
        master_key=master_key,
    )
    with store.write() as session:
        store.audit(session, "setup", "cso", 1)
    return SetupResult(store=store, recovery_passphrase=recovery)


def _build_database(
    path: Path,
    master_key: bytes,
    cso_code: str,
    cso_name: str,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
) -> int:
    """Create, migrate and seed the database at ``path``; all of it is in the database file
    when this returns (no write-ahead log beside it). Returns the admin's id."""
    engine = make_engine(path, master_key)
    try:
        migrate.upgrade(engine)
        with Session(engine) as session, session.begin():
            session.add(CsoProfile(id=1, code=cso_code, name=clean_text(cso_name).strip()))
            for order, (code, name, target) in enumerate(PILOT_PROGRAMMES):
                labels = json.dumps(
                    PILOT_PROGRAMME_LABELS.get(code, {}), ensure_ascii=False, sort_keys=True
                )
                session.add(
                    Programme(
                        code=code, name=name, target_people=target, sort_order=order, labels=labels
                    )
                )
            plan_templates.seed_templates_in(session)
            admin = User(
                username=admin_username,
                full_name=clean_text(admin_full_name).strip() or admin_username,
                role=Role.ADMIN.value,
                password_hash=password_hasher().hash(admin_password),
            )
            session.add(admin)
            session.flush()
            admin_id = admin.id
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return admin_id


def open_database(path: Path, username: str, password: str) -> Store:
    """Unlock the database with a user's password. A wrong user name or password raises
    :class:`WrongCredentials`, and says nothing about which was wrong."""
    switch.clear_interrupted(path)
    keyfile = load_keyfile(path)
    username = username.strip().lower()
    master_key = keyfile.unlock_user(username, password)
    return _open_with_key(path, master_key, username, password=password)


def open_with_key(
    path: Path, master_key: bytes, username: str, *, password: str | None = None
) -> Store:
    """Open with an already unwrapped key (login, "remember me", recovery)."""
    # A restore or setup a crash interrupted is completed or undone before anything opens.
    switch.clear_interrupted(path)
    return _open_with_key(path, master_key, username, password=password)


def _open_with_key(
    path: Path, master_key: bytes, username: str, *, password: str | None = None
) -> Store:
    if not path.exists():
        raise DatabaseNotFound(str(path))
    engine = make_engine(path, master_key)
    try:
        migrate.upgrade(engine, path)
        with Session(engine) as session, session.begin():
            user = _account(session, username, password)
            if user is None:
                raise WrongCredentials()
            moved = user.username != username
            team = session.execute(text("SELECT 1 FROM team_local")).first() is not None
            # On a team's laptop a hash that differs is most likely a password changed on
            # another laptop (the key file here still has the old one): never write the old
            # one back over it, which would undo the change on every laptop.
            if password is not None and not team and not hash_matches(user.password_hash, password):
                # The key file already accepted this password, and only a holder of the master
                # key can write a slot: a mismatch means a password change was interrupted
                # between its two writes. Heal it rather than lock the user out.
                user.password_hash = password_hasher().hash(password)
            if not user.active:
                raise AccountDisabled(username)
            user.last_login_at = utcnow()
            profile = session.get(CsoProfile, 1)
            assert profile is not None
            info = UserInfo(user.id, user.username, user.full_name, Role(user.role), user.language)
            cso = CsoInfo(profile.code, profile.name)
    except BaseException:
        engine.dispose()
        raise
    store = Store(path=path, engine=engine, cso=cso, user=info, master_key=master_key)
    if moved and password is not None:
        # This laptop's key file knew the account by its old name: it follows the account.
        keyfile = load_keyfile(path)
        keyfile.set_user(master_key, info.username, password)
        keyfile.remove_user(username)
        keyfile.save()
    with store.write() as session:
        store.audit(session, "login", "user", info.id)
    return store


def _account(session: Session, username: str, password: str | None) -> User | None:
    """The account signing in as ``username``. When team sync renamed an account that had
    this name because another laptop gave the name to another account (db.team.unique), the
    key file of this laptop may still open under the old name for either of them: the password
    decides which one it is, and without a password (remember me) neither is taken."""
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    renamed = session.execute(
        text(
            "SELECT DISTINCT pk FROM team_conflicts WHERE tbl = 'users' AND col = 'username' "
            "AND loser = :name"
        ),
        {"name": json.dumps(username)},
    ).scalars()
    others = [int(pk) for pk in renamed if str(pk).isdigit()]
    if not others:
        return user
    if password is None:
        return None
    if user is not None and hash_matches(user.password_hash, password):
        return user
    for other_id in others:
        other = session.get(User, other_id)
        if other is not None and hash_matches(other.password_hash, password):
            return other
    return None


def hash_matches(password_hash: str, password: str) -> bool:
    try:
        return password_hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def verify_password(store: Store, password: str) -> bool:
    """Check the signed-in user's password again (e.g. to unlock the screen)."""
    with store.read() as session:
        user = session.get(User, store.user.id)
        if user is None or not user.active:
            return False
        return hash_matches(user.password_hash, password)


__all__ = [
    "SetupResult",
    "StorageProblem",
    "create_cso_database",
    "database_exists",
    "open_database",
    "open_with_key",
    "verify_password",
]
