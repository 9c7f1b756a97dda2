"""Sealed referral feedback (``saphan.feedback/1``): how a receiving CSO tells a referring CSO
what became of the referral codes it holds, so that nobody else can read it.

What is said: for each referral code, only ``(code, state, state date)``. Nothing about the
person: the code is random and says nothing about them (``db.referral_codes``).

**The envelope.** Per receiving CSO (``from``) and referring CSO (``to``), one envelope::

    {"schema": "saphan.feedback/1", "network_id", "from", "to", "issued_at",
     "sealed": base64(crypto_box_seal(padded plaintext, to's X25519 key)),
     "signature": Ed25519 by from's key over the canonical JSON of the rest}

The plaintext (JSON, padded with NUL bytes to a multiple of :data:`PAD_BYTES`, so the size
tells only a rough count) repeats ``network_id``, ``from``, ``to`` and ``issued_at`` and lists
the states. Opening checks, in order: the envelope's form and sizes, that ``from`` is a member
and the signature verifies with the key the signed network file registers for it, that it is
addressed to us, then opens the box and checks the plaintext repeats the envelope's header.

**Why these choices.**

- *Sealed box* (libsodium ``crypto_box_seal``: an ephemeral X25519 key per envelope,
  XSalsa20-Poly1305): only the holder of the referring CSO's private key can open it; the
  coordinator, the server and every other CSO see ciphertext, its padded size and the pair.
- *Signed by the sender*, because a sealed box alone is anonymous: anyone holding the public
  key could seal a forged "served". The signature is over the ciphertext, and the plaintext
  repeats sender, recipient, network and time: a third CSO that strips the signature and signs
  the box itself is refused (the plaintext names another sender), and an envelope cannot be
  redirected to another recipient, network or moment.
- *The key*: the referring CSO's X25519 key is its Ed25519 signing key from the signed network
  file, converted with libsodium's ``crypto_sign_ed25519_pk_to_curve25519`` (and the private
  half with ``crypto_sign_ed25519_sk_to_curve25519``). That key is already bound to the CSO by
  the fingerprint read aloud to the coordinator and by the coordinator's signature on the
  network file, so no new key has to be distributed, registered, pinned or rotated, and the
  network file keeps its format (old files validate unchanged). Using one Ed25519 key for
  signatures and, converted, for X25519 sealed boxes is what libsodium's conversion functions
  are for; its joint security is analysed in Thormarker, "On using the same key pair for
  Ed25519 and an X25519 based KEM" (2021). Re-keying a CSO in the network file re-keys its
  feedback. A compromise of the CSO's key exposes both (it would anyway: it is one laptop's
  encrypted database that holds it).

**Order.** Feedback may arrive twice, late, or out of order: :func:`newer` decides, for one
code, whether a state replaces the one held. The newest state date wins; between two states of
the same date, the envelope issued later wins; then the state's rank (a total order, so every
device decides alike whatever the arrival order).

Errors: :class:`FeedbackRefused` with a reason code (``too_large``, ``unparsable``,
``invalid``, ``other_network``, ``unknown_member``, ``bad_signature``, ``not_for_us``,
``bad_key``, ``cannot_open``, ``mismatch``).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from nacl import bindings
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from directory import signing
from directory.errors import DirectoryError
from directory.network import CSO_CODE_RE, Network, utc_timestamp

FEEDBACK_SCHEMA = "saphan.feedback/1"
PLAINTEXT_VERSION = 1
# The receiving side's states of a code (``db.referrals_received``).
STATES = ("received", "served", "not_served", "could_not_contact")
# Ties between two states of the same date and envelope time: the later in this list wins.
_RANK = {state: i for i, state in enumerate(STATES)}
PAD_BYTES = 1024
MAX_STATES = 20_000  # codes one CSO holds from another
MAX_SEALED_BYTES = 2 * 1024 * 1024
MAX_ENVELOPES = 500  # one per member
# A referral code as :mod:`db.referral_codes` writes it (canonical form): letters, digits and
# dashes, nothing a person's name or phone number could hide in at any length.
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{3,39}$")
_TIMESTAMP_RE = re.compile(r"^20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z$")
_DATE_RE = re.compile(r"^20[0-9]{2}-[01][0-9]-[0-3][0-9]$")
_ENVELOPE_KEYS = {"schema", "network_id", "from", "to", "issued_at", "sealed", "signature"}


class FeedbackRefused(DirectoryError):
    """An envelope was refused (``reason`` is a stable code, see the module)."""


@dataclass(frozen=True, order=True)
class CodeState:
    """One code's state at the receiving CSO, as of ``state_on``."""

    code: str
    state: str
    state_on: dt.date


@dataclass(frozen=True)
class Opened:
    """An opened, verified envelope: ``sender`` says these states, as of ``issued_at``."""

    sender: str
    issued_at: str
    states: tuple[CodeState, ...]


# --- keys ------------------------------------------------------------------------------------


def sealing_public_key(ed25519_public_key: bytes) -> bytes:
    """The X25519 public key (32 bytes) feedback to this Ed25519 key is sealed to."""
    try:
        return bytes(bindings.crypto_sign_ed25519_pk_to_curve25519(ed25519_public_key))
    except (CryptoError, ValueError, TypeError):
        raise FeedbackRefused("bad_key") from None


def opening_private_key(ed25519_private_key: bytes) -> bytes:
    """The X25519 private key (32 bytes) of this CSO's Ed25519 signing key (32-byte seed)."""
    secret = ed25519_private_key + signing.public_key(ed25519_private_key)
    return bytes(bindings.crypto_sign_ed25519_sk_to_curve25519(secret))


# --- sealing ---------------------------------------------------------------------------------


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % PAD_BYTES)


def seal(
    states: Iterable[CodeState],
    *,
    network: Network,
    sender: str,
    recipient: str,
    sender_private_key: bytes,
    issued_at: str | None = None,
) -> dict[str, Any]:
    """The signed envelope of ``states`` for the member ``recipient``, sealed to its key in
    the network file. Raises :class:`FeedbackRefused` ``unknown_member`` or ``bad_key``."""
    member = network.member(recipient)
    if member is None or network.member(sender) is None:
        raise FeedbackRefused("unknown_member")
    issued_at = issued_at or utc_timestamp()
    rows = sorted(set(states))
    for row in rows:
        _check_state(row)
    if len(rows) > MAX_STATES:
        raise FeedbackRefused("too_large")
    plaintext = {
        "v": PLAINTEXT_VERSION,
        "network_id": network.network_id,
        "from": sender,
        "to": recipient,
        "issued_at": issued_at,
        "states": [[r.code, r.state, r.state_on.isoformat()] for r in rows],
    }
    body = json.dumps(plaintext, sort_keys=True, separators=(",", ":")).encode("ascii")
    box = SealedBox(PublicKey(sealing_public_key(bytes.fromhex(member.public_key))))
    envelope: dict[str, Any] = {
        "schema": FEEDBACK_SCHEMA,
        "network_id": network.network_id,
        "from": sender,
        "to": recipient,
        "issued_at": issued_at,
        "sealed": base64.b64encode(box.encrypt(_pad(body))).decode("ascii"),
    }
    envelope["signature"] = signing.sign(envelope, sender_private_key)
    return envelope


def _check_state(row: CodeState) -> None:
    if not CODE_RE.fullmatch(row.code) or row.state not in _RANK:
        raise FeedbackRefused("invalid")


# --- checking and opening --------------------------------------------------------------------


def check_envelope(envelope: Any, network: Network) -> dict[str, Any]:
    """The envelope, if it is well formed, for this network, from a member, and signed by
    that member's registered key (what the server checks; it cannot open it)."""
    if not isinstance(envelope, dict) or set(envelope) != _ENVELOPE_KEYS:
        raise FeedbackRefused("invalid")
    if not all(isinstance(envelope[k], str) for k in _ENVELOPE_KEYS):
        raise FeedbackRefused("invalid")
    if envelope["schema"] != FEEDBACK_SCHEMA:
        raise FeedbackRefused("invalid")
    if envelope["network_id"] != network.network_id:
        raise FeedbackRefused("other_network")
    sender, recipient = envelope["from"], envelope["to"]
    if not CSO_CODE_RE.fullmatch(sender) or not CSO_CODE_RE.fullmatch(recipient):
        raise FeedbackRefused("invalid")
    if not _TIMESTAMP_RE.fullmatch(envelope["issued_at"]):
        raise FeedbackRefused("invalid")
    if len(envelope["sealed"]) > MAX_SEALED_BYTES * 4 // 3 + 4:
        raise FeedbackRefused("too_large")
    member = network.member(sender)
    if member is None or network.member(recipient) is None:
        raise FeedbackRefused("unknown_member")
    if not signing.verify(envelope, member.public_key):
        raise FeedbackRefused("bad_signature")
    return envelope


def open_envelope(
    envelope: Any, *, network: Network, recipient: str, recipient_private_key: bytes
) -> Opened:
    """The states of an envelope addressed to ``recipient`` (this CSO), checked (see the
    module). Raises :class:`FeedbackRefused`."""
    checked = check_envelope(envelope, network)
    if checked["to"] != recipient:
        raise FeedbackRefused("not_for_us")
    try:
        sealed = base64.b64decode(checked["sealed"], validate=True)
        box = SealedBox(PrivateKey(opening_private_key(recipient_private_key)))
        padded = box.decrypt(sealed)
    except (binascii.Error, ValueError, CryptoError):
        raise FeedbackRefused("cannot_open") from None
    try:
        body = json.loads(padded.rstrip(b"\0").decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise FeedbackRefused("invalid") from None
    if not isinstance(body, dict) or body.get("v") != PLAINTEXT_VERSION:
        raise FeedbackRefused("invalid")
    for key in ("network_id", "from", "to", "issued_at"):
        if body.get(key) != checked[key]:
            raise FeedbackRefused("mismatch")
    return Opened(checked["from"], checked["issued_at"], _states(body.get("states")))


def _states(rows: Any) -> tuple[CodeState, ...]:
    if not isinstance(rows, list) or len(rows) > MAX_STATES:
        raise FeedbackRefused("invalid")
    out: list[CodeState] = []
    for row in rows:
        if (
            not isinstance(row, list)
            or len(row) != 3
            or not all(isinstance(x, str) for x in row)
            or not _DATE_RE.fullmatch(row[2])
        ):
            raise FeedbackRefused("invalid")
        try:
            state = CodeState(row[0], row[1], dt.date.fromisoformat(row[2]))
        except ValueError:
            raise FeedbackRefused("invalid") from None
        _check_state(state)
        out.append(state)
    return tuple(out)


# --- order -----------------------------------------------------------------------------------


def order_key(state: str, state_on: dt.date, issued_at: str) -> tuple[str, str, int]:
    """What :func:`newer` compares: the state date, then the envelope's time, then the rank."""
    return (state_on.isoformat(), issued_at, _RANK.get(state, -1))


def newer(held: tuple[str, str, int] | None, incoming: tuple[str, str, int]) -> bool:
    """True when ``incoming`` (an :func:`order_key`) replaces the state ``held``."""
    return held is None or incoming > held


# --- a set of envelopes (one CSO's feedback file, or a server answer) ------------------------


def feedback_document(envelopes: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The document a CSO writes to ``feedback/<CSO>.json`` (or sends to the server)."""
    return {"schema": FEEDBACK_SCHEMA, "envelopes": [dict(e) for e in envelopes]}


def envelopes_of(document: Any) -> list[Any]:
    """The envelopes of a feedback document (each still to be checked)."""
    if (
        not isinstance(document, dict)
        or document.get("schema") != FEEDBACK_SCHEMA
        or set(document) != {"schema", "envelopes"}
        or not isinstance(document["envelopes"], list)
        or len(document["envelopes"]) > MAX_ENVELOPES
    ):
        raise FeedbackRefused("invalid")
    return list(document["envelopes"])


def open_all(
    envelopes: Iterable[Any], *, network: Network, recipient: str, recipient_private_key: bytes
) -> tuple[list[Opened], list[str]]:
    """Open every envelope addressed to ``recipient``; others are skipped silently. Returns
    what was opened and the reason codes of those refused."""
    opened: list[Opened] = []
    refused: list[str] = []
    for envelope in envelopes:
        if isinstance(envelope, dict) and envelope.get("to") != recipient:
            continue
        try:
            opened.append(
                open_envelope(
                    envelope,
                    network=network,
                    recipient=recipient,
                    recipient_private_key=recipient_private_key,
                )
            )
        except FeedbackRefused as exc:
            refused.append(exc.reason)
    return opened, refused


__all__ = [
    "FEEDBACK_SCHEMA",
    "STATES",
    "CodeState",
    "FeedbackRefused",
    "Opened",
    "check_envelope",
    "envelopes_of",
    "feedback_document",
    "newer",
    "open_all",
    "open_envelope",
    "opening_private_key",
    "order_key",
    "seal",
    "sealing_public_key",
]
