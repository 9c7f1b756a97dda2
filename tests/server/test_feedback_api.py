"""The server keeps sealed referral feedback: ciphertext only, from the token's CSO, signed,
the latest per pair, and gives each CSO only what is addressed to it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx

from directory import feedback as fb
from directory.folder import encode
from tests.server.conftest import Env, private_key

STATES = [fb.CodeState("BEAM-7KQ2-M", "served", dt.date(2025, 1, 3))]


def _envelope(sender: str, recipient: str, env: Env, issued_at: str, **kw: Any) -> dict[str, Any]:
    return fb.seal(
        kw.get("states", STATES),
        network=env.network,
        sender=sender,
        recipient=recipient,
        sender_private_key=kw.get("key", private_key(sender)),
        issued_at=issued_at,
    )


def _put(env: Env, cso: str, envelopes: list[dict[str, Any]], token: str | None = None) -> Any:
    return env.client.put(
        f"/v1/networks/maesot/feedback/{cso}",
        content=encode(fb.feedback_document(envelopes)),
        headers=env.auth(token or env.tokens[cso]),
    )


def _get(env: Env, cso: str, token: str | None = None) -> httpx.Response:
    return env.client.get(
        f"/v1/networks/maesot/feedback/{cso}", headers=env.auth(token or env.tokens[cso])
    )


def test_feedback_goes_only_to_its_recipient_and_the_latest_wins(env: Env) -> None:
    first = _envelope("KAQ", "BEAM", env, "2025-01-03T10:00:00Z")
    later = _envelope("KAQ", "BEAM", env, "2025-01-04T10:00:00Z")
    assert _put(env, "KAQ", [first]).json() == {"stored": 1, "envelopes": 1}
    assert _put(env, "KAQ", [later]).json()["stored"] == 1
    assert _put(env, "KAQ", [first]).json()["stored"] == 0  # a replay of an older one
    got = _get(env, "BEAM").json()
    assert got["envelopes"] == [later]
    opened, refused = fb.open_all(
        got["envelopes"],
        network=env.network,
        recipient="BEAM",
        recipient_private_key=private_key("BEAM"),
    )
    assert refused == []
    assert opened[0].states == tuple(STATES)
    assert _get(env, "MTC").json()["envelopes"] == []
    assert env.storage.counts()["feedback"] == 1


def test_the_server_stores_no_code_or_state_in_the_clear(env: Env) -> None:
    _put(env, "KAQ", [_envelope("KAQ", "BEAM", env, "2025-01-03T10:00:00Z")])
    with env.storage.engine.connect() as conn:
        from sqlalchemy import select

        from directory.server.storage import feedback

        text = " ".join(str(v) for row in conn.execute(select(feedback)) for v in row)
    assert "BEAM-7KQ2-M" not in text
    assert "served" not in text


def test_a_cso_cannot_read_anothers_feedback_or_send_in_its_name(env: Env) -> None:
    assert _get(env, "BEAM", env.tokens["KAQ"]).status_code == 403
    assert _get(env, "BEAM", env.coordinator_token).status_code == 403
    theirs = _envelope("KAQ", "BEAM", env, "2025-01-03T10:00:00Z")
    assert _put(env, "KAQ", [theirs], env.tokens["MTC"]).status_code == 403
    response = _put(env, "MTC", [theirs])
    assert response.status_code == 422
    assert response.json()["reason"] == "wrong_sender"
    forged = _envelope("KAQ", "BEAM", env, "2025-01-03T10:00:00Z", key=private_key("MTC"))
    response = _put(env, "KAQ", [forged])
    assert response.status_code == 422
    assert response.json()["reason"] == "bad_signature"
    assert env.storage.counts()["feedback"] == 0


def test_malformed_or_oversized_feedback_is_refused(env: Env) -> None:
    for body in (b"{", b"[]", encode({"schema": "saphan.feedback/1", "envelopes": [{}]})):
        response = env.client.put(
            "/v1/networks/maesot/feedback/KAQ", content=body, headers=env.auth(env.tokens["KAQ"])
        )
        assert response.status_code == 422, body
    huge = _envelope("KAQ", "BEAM", env, "2025-01-03T10:00:00Z")
    huge["sealed"] = "A" * (fb.MAX_SEALED_BYTES * 2)
    response = _put(env, "KAQ", [huge])
    assert response.status_code in (413, 422)
    assert env.storage.counts()["feedback"] == 0
