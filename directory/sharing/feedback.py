"""Referral feedback in publish and pull: what this CSO says about the referral codes it
recorded, sealed per referring CSO (:mod:`directory.feedback`), and what it hears about the
referrals it made, opened and applied (:mod:`db.referral_feedback`). The sharing pipeline
calls these; there is no separate step for the user."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from db import referral_feedback, sharing
from db.store import Store
from directory import feedback as fb
from directory.network import Network, utc_timestamp


def build(
    store: Store, network: Network, key: bytes, *, issued_at: str | None = None
) -> dict[str, Any] | None:
    """This CSO's feedback document: one sealed, signed envelope per member it holds codes
    from (None: it holds none)."""
    held = referral_feedback.states_to_publish(store, [m.code for m in network.members])
    if not held:
        return None
    issued_at = issued_at or utc_timestamp()
    envelopes = [
        fb.seal(
            [fb.CodeState(code, state, on) for code, state, on in rows],
            network=network,
            sender=store.cso.code,
            recipient=recipient,
            sender_private_key=key,
            issued_at=issued_at,
        )
        for recipient, rows in sorted(held.items())
    ]
    return fb.feedback_document(envelopes)


def apply(store: Store, network: Network, envelopes: Iterable[Any]) -> referral_feedback.Applied:
    """Open the envelopes addressed to this CSO and apply what they say to its referrals.
    Envelopes that fail a check (forged, another network, not ours to open) count as
    refused and change nothing."""
    key = sharing.cso_signing_key(store)
    if key is None or network.member(store.cso.code) is None:
        return referral_feedback.Applied()
    opened, refused = fb.open_all(
        envelopes, network=network, recipient=store.cso.code, recipient_private_key=key
    )
    heard = [
        referral_feedback.Heard(o.sender, o.issued_at, s.code, s.state, s.state_on)
        for o in opened
        for s in o.states
    ]
    applied = referral_feedback.apply_feedback(store, heard)
    return referral_feedback.Applied(
        applied.updated, applied.unchanged, applied.refused + len(refused)
    )


__all__ = ["apply", "build"]
