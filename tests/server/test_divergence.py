"""The coordination server notices two laptops of one CSO publishing figures that do not agree:
it keeps, beside each CSO's latest bundle, the publisher block of the one it replaced, and the
merged report's ``warnings`` name the CSO (the higher revision still counts). Revisions are
64-bit (team-wide revisions are minutes since the epoch * 64 + the laptop's number)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import text

from directory.server.storage import Storage, alembic_config
from tests.server.conftest import Env, make_bundle, published_by

A, B = "a1" * 8, "b2" * 16
ONLY_A = {A: 7}
ONLY_B = {A: 3, B: 5}
BOTH = {A: 7, B: 5}
R = 29_677_440 * 64  # 2026-06-05 08:00 UTC in whole minutes since the epoch, times 64


def _report(env: Env) -> dict[str, Any]:
    r = env.client.get("/v1/networks/maesot/aggregates", headers=env.auth(env.coordinator_token))
    assert r.status_code == 200, r.text
    report: dict[str, Any] = r.json()
    return report


def test_a_newer_bundle_from_another_laptop_that_disagrees_is_named(env: Env) -> None:
    assert env.put_bundle(published_by(make_bundle("BEAM", R), A, ONLY_A)).status_code == 201
    assert env.put_bundle(make_bundle("KAQ", 64)).status_code == 201
    assert _report(env)["warnings"] == []

    # Laptop B publishes without having synced with laptop A.
    newer = published_by(make_bundle("BEAM", R + 1, people=20), B, ONLY_B)
    assert env.put_bundle(newer).status_code == 201
    report = _report(env)
    assert report["bundles"] == {"BEAM": R + 1, "KAQ": 64}  # the higher revision counts
    [warning] = report["warnings"]
    assert {k: warning[k] for k in ("kind", "cso", "name", "revision", "other_revision")} == {
        "kind": "diverged",
        "cso": "BEAM",
        "name": "BEAM foundation",
        "revision": R + 1,
        "other_revision": R,
    }
    assert warning["message"].startswith("BEAM (BEAM foundation): two laptops published")
    assert "sync its team and publish again" in warning["message"]
    assert f"revision {R + 1} count" in warning["message"]
    # A retry of the same bundle changes nothing: still named.
    assert env.put_bundle(newer).status_code == 200
    assert len(_report(env)["warnings"]) == 1

    # The CSO syncs its laptops and publishes again: no warning.
    synced = published_by(make_bundle("BEAM", R + 64), A, BOTH)
    assert env.put_bundle(synced).status_code == 201
    assert _report(env)["warnings"] == []


def test_a_bundle_that_includes_the_one_before_is_no_warning(env: Env) -> None:
    assert env.put_bundle(published_by(make_bundle("BEAM", R), A, ONLY_A)).status_code == 201
    assert env.put_bundle(published_by(make_bundle("BEAM", R + 1), B, BOTH)).status_code == 201
    assert env.put_bundle(make_bundle("BEAM", R + 64)).status_code == 201  # an older app's
    assert env.put_bundle(make_bundle("BEAM", R + 128)).status_code == 201
    report = _report(env)
    assert report["warnings"] == []
    assert report["bundles"] == {"BEAM": R + 128}


def test_an_older_server_database_is_upgraded_with_its_bundles(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    storage = Storage(url)
    try:
        cfg = alembic_config(url)
        with storage.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "s0001")  # the first schema, as an earlier version made it
        with storage.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO networks (network_id, coordinator_key, created_at) "
                    "VALUES ('maesot', :key, '2025-01-01 00:00:00')"
                ),
                {"key": "ab" * 32},
            )
            conn.execute(
                text(
                    "INSERT INTO bundles (network_id, cso_code, revision, sha256, document, "
                    "received_at) VALUES ('maesot', 'BEAM', 3, 'x', '{}', '2025-01-01 00:00:00')"
                )
            )
        storage.upgrade()
        assert storage.bundle_revision("maesot", "BEAM") == 3
        outcome = storage.put_bundle("maesot", "BEAM", R, b"{}", '{"device":"x"}')
        assert outcome.created
        [kept] = storage.latest_bundles_with_history("maesot")
        assert (kept.previous_revision, kept.previous_publisher) == (3, None)
        # A revision above 32 bits (the PostgreSQL column was a 32-bit integer before).
        assert storage.put_bundle("maesot", "BEAM", 2**53, b"{ }").created
        assert storage.bundle_revision("maesot", "BEAM") == 2**53
        [kept] = storage.latest_bundles_with_history("maesot")
        assert (kept.previous_revision, kept.previous_publisher) == (R, '{"device":"x"}')
    finally:
        storage.dispose()
