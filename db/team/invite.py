"""Invitations and pairing codes: how a laptop joins its CSO's team.

The inviting device announces the invitation in the roster (an ``invite`` entry with the public
half of a key pair made for this invitation alone) and writes an invitation file: JSON holding
the team id, the invitation id, the device number and a ciphertext. The ciphertext holds the
team keys the inviting device has, the invitation's private key and the creator's signing key
(the joining device's anchor of trust), under a random key that is itself wrapped under the
pairing code with argon2id (:func:`db.keys.wrap_key`). The file is treated as public: without
the code it gives nothing, and each guess of the 60-bit code costs a full argon2id.

The pairing code is 12 Crockford-base32 characters, shown ``XXXX-XXXX-XXXX`` and read out in
person. Typed back, dashes, spaces and case do not matter, and O is read as 0, I and L as 1. A
wrong code says only ``wrong_code`` and burns nothing; the invitation is used up only when the
joining device claims it (``invites/<id>.claimed``, created exclusively) and its ``join`` entry,
signed with the invitation's key, is the one the roster accepts.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from db import keys
from db.errors import KeyFileCorrupt, TeamFileRefused, WrongCredentials
from db.team import crypto
from db.team.crypto import DeviceKeys, SigningKey
from db.team.folder import Roster, TeamFolder, check_device_name, device_json

INVITATION_FORMAT = "saphan.invitation/1"
CODE_CHARS = 12  # 60 bits
MAX_INVITATION_BYTES = 256 * 1024
_LABEL = "saphan.team.invitation/"
_PUBLIC_FIELDS = {"format", "team_id", "invite_id", "device_no", "folder_hint", "code_key"}


def new_pairing_code() -> str:
    """A fresh pairing code: 60 random bits as ``XXXX-XXXX-XXXX``."""
    return crypto.grouped(crypto.crockford(secrets.randbits(5 * CODE_CHARS), CODE_CHARS))


def normalise_code(text: str) -> str | None:
    """The code as typed, in the form it was made (``XXXX-XXXX-XXXX``), or None if it cannot
    be one."""
    code = crypto.crockford_normalise(text)
    if len(code) != CODE_CHARS or any(ch not in crypto.CROCKFORD for ch in code):
        return None
    return crypto.grouped(code)


@dataclass(frozen=True, repr=False)
class InvitationSecrets:
    """What the pairing code opens."""

    team_id: str
    invite_id: str
    device_no: int
    name: str  # the name the inviting device gave the new laptop
    epoch_id: str  # the team's current epoch when invited
    team_key: bytes  # its key
    epoch_keys: Mapping[str, bytes] = field(default_factory=dict)  # every key given, with it
    invite_private: bytes = b""
    creator_id: str = ""
    creator_sign_pub: bytes = b""
    folder_hint: str | None = None

    def __repr__(self) -> str:
        return f"InvitationSecrets(team_id={self.team_id!r}, invite_id={self.invite_id!r})"


def _public_part(doc: Mapping[str, Any]) -> bytes:
    return crypto.canonical_json({k: doc[k] for k in sorted(_PUBLIC_FIELDS)})


def make_invitation(
    folder: TeamFolder,
    roster: Roster,
    *,
    inviter_id: str,
    inviter_keys: DeviceKeys,
    epoch_id: str,
    team_key: bytes,
    older_keys: Mapping[str, bytes] | None = None,
    name: str,
    device_no: int | None = None,
    folder_hint: str | None = None,
    kdf: keys.KdfParams | None = None,
) -> tuple[bytes, str]:
    """Invite a laptop called ``name``: announce it in the roster (signed by the inviting
    device) and return (the invitation file's bytes, the pairing code). ``epoch_id`` and
    ``team_key``: the current epoch's; ``older_keys``: older team keys to hand on (so the new
    laptop reads files written before). ``device_no`` defaults to the roster's next one;
    ``kdf`` to :data:`db.keys.DEFAULT_KDF` (t=3, 64 MiB)."""
    if inviter_id not in roster.members:
        raise TeamFileRefused(
            "removed_device" if inviter_id in roster.devices else "unknown_device"
        )
    device_no = roster.next_device_no() if device_no is None else device_no
    check_device_name(name)
    invite_id = crypto.new_id()
    invite_key = SigningKey.generate()
    code = new_pairing_code()
    given = {**(older_keys or {}), epoch_id: team_key}
    creator = roster.devices[roster.creator]
    hidden = {
        "team_id": roster.team_id,
        "invite_id": invite_id,
        "device_no": device_no,
        "name": name,
        "epoch_id": epoch_id,
        "keys": {eid: key.hex() for eid, key in sorted(given.items())},
        "invite_private": invite_key.private.hex(),
        "creator_id": creator.device_id,
        "creator_sign_pub": creator.sign_pub.hex(),
    }
    content_key = crypto.new_team_key()
    code_key = keys.wrap_key(content_key, code, label=_LABEL + invite_id, params=kdf)
    doc: dict[str, Any] = {
        "format": INVITATION_FORMAT,
        "team_id": roster.team_id,
        "invite_id": invite_id,
        "device_no": device_no,
        "folder_hint": folder_hint,
        "code_key": code_key.to_json(),
    }
    nonce = secrets.token_bytes(crypto.NONCE_BYTES)
    ct = AESGCM(content_key).encrypt(nonce, crypto.canonical_json(hidden), _public_part(doc))
    doc["nonce"] = nonce.hex()
    doc["ct"] = base64.b64encode(ct).decode("ascii")
    entry = {
        "kind": "invite",
        "invite_id": invite_id,
        "invite_pub": invite_key.public.hex(),
        "device_no": device_no,
        "name": name,
        "epochs": sorted(given),
    }
    folder.append(
        entry,
        device_id=inviter_id,
        signer=inviter_keys,
        team_id=roster.team_id,
        n=folder.next_roster_n(inviter_id, at_least=roster.last_roster.get(inviter_id, 0) + 1),
    )
    return json.dumps(doc, indent=1).encode("ascii"), code


def read_invitation(data: bytes) -> dict[str, Any]:
    """The invitation's public part (team id, invitation id, device number, folder hint);
    ``not_an_invitation`` if it is not one."""
    if len(data) > MAX_INVITATION_BYTES:
        raise TeamFileRefused("not_an_invitation")
    try:
        doc = keys.strict_json(data)
    except KeyFileCorrupt:
        raise TeamFileRefused("not_an_invitation") from None
    if (
        not isinstance(doc, dict)
        or set(doc) != _PUBLIC_FIELDS | {"nonce", "ct"}
        or doc["format"] != INVITATION_FORMAT
        or not crypto.is_id(doc["team_id"])
        or not crypto.is_id(doc["invite_id"])
        or type(doc["device_no"]) is not int
        or not (doc["folder_hint"] is None or isinstance(doc["folder_hint"], str))
        or not isinstance(doc["nonce"], str)
        or not isinstance(doc["ct"], str)
    ):
        raise TeamFileRefused("not_an_invitation")
    return doc


def open_invitation(data: bytes, code: str) -> InvitationSecrets:
    """Open an invitation with its pairing code. A wrong code raises ``wrong_code`` and
    nothing else (and changes nothing); a file that is not an invitation
    ``not_an_invitation``; one altered ``tampered``."""
    doc = read_invitation(data)
    try:
        code_key = keys.WrappedKey.from_json(doc["code_key"])
    except KeyFileCorrupt:  # also parameters out of the sane range: never derive with them
        raise TeamFileRefused("not_an_invitation") from None
    typed = normalise_code(code)
    if typed is None:
        raise TeamFileRefused("wrong_code")
    try:
        content_key = keys.unwrap_key(code_key, typed, label=_LABEL + doc["invite_id"])
    except (WrongCredentials, KeyFileCorrupt):
        raise TeamFileRefused("wrong_code") from None
    try:
        plain = AESGCM(content_key).decrypt(
            bytes.fromhex(doc["nonce"]),
            base64.b64decode(doc["ct"], validate=True),
            _public_part(doc),
        )
    except (InvalidTag, ValueError):
        raise TeamFileRefused("tampered") from None
    return _secrets(plain, doc)


def _secrets(plain: bytes, doc: Mapping[str, Any]) -> InvitationSecrets:
    try:
        hidden = json.loads(plain)
        given = {str(eid): bytes.fromhex(key) for eid, key in hidden["keys"].items()}
        result = InvitationSecrets(
            team_id=hidden["team_id"],
            invite_id=hidden["invite_id"],
            device_no=hidden["device_no"],
            name=hidden["name"],
            epoch_id=hidden["epoch_id"],
            team_key=given[hidden["epoch_id"]],
            epoch_keys=given,
            invite_private=bytes.fromhex(hidden["invite_private"]),
            creator_id=hidden["creator_id"],
            creator_sign_pub=bytes.fromhex(hidden["creator_sign_pub"]),
            folder_hint=doc["folder_hint"],
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise TeamFileRefused("not_an_invitation") from None
    if (result.team_id, result.invite_id, result.device_no) != (
        doc["team_id"],
        doc["invite_id"],
        doc["device_no"],
    ):
        raise TeamFileRefused("tampered")
    return result


def join_entry(
    folder: TeamFolder,
    invitation: InvitationSecrets,
    *,
    device_id: str,
    device_keys: DeviceKeys,
    name: str | None = None,
) -> Roster:
    """Join the team with an opened invitation: claim it (exclusively), write this device's
    ``join`` entry signed with the invitation's key, and return the roster with this device in
    it. Refuses ``unknown_invite`` (not announced in the roster), ``invite_used`` (claimed or
    joined already, or cancelled), ``bad_signature`` (the roster's invitation key is another),
    and what :meth:`TeamFolder.roster` refuses (``other_team``, ...)."""
    roster = folder.roster(
        expect_team_id=invitation.team_id, creator_sign_pub=invitation.creator_sign_pub
    )
    invite = roster.invites.get(invitation.invite_id)
    if invite is None:
        raise TeamFileRefused("unknown_invite")
    if invite.joined_by is not None or invite.cancelled:
        raise TeamFileRefused("invite_used")
    invite_key = SigningKey(invitation.invite_private)
    if invite.invite_pub != invite_key.public:
        raise TeamFileRefused("bad_signature")
    folder.claim_invite(invitation.invite_id, device_id)
    entry = {
        "kind": "join",
        "invite_id": invitation.invite_id,
        "device": device_json(
            device_id, invitation.device_no, name or invitation.name, device_keys.public()
        ),
    }
    folder.append(entry, device_id=device_id, signer=invite_key, team_id=roster.team_id, n=1)
    joined = folder.roster(
        expect_team_id=invitation.team_id, creator_sign_pub=invitation.creator_sign_pub
    )
    if device_id not in joined.members:
        raise TeamFileRefused("invite_used")  # another device's join for it holds
    return joined


__all__ = [
    "CODE_CHARS",
    "InvitationSecrets",
    "join_entry",
    "make_invitation",
    "new_pairing_code",
    "normalise_code",
    "open_invitation",
    "read_invitation",
]
