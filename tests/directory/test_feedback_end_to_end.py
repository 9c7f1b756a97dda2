"""Closed-loop referrals end to end, over one shared folder and then over the server: CSO
BEAM refers four people to KAQ; KAQ records their codes, two served and two it could not
contact; both publish; BEAM pulls and its referrals show what KAQ said. The coordinator's
completion figure is right (2 served of 4 made); a third CSO's key and the coordinator's key
cannot open the feedback; no canary of a person and no referral code is anywhere in the folder
or in the server's storage."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from db import keys, referrals_received, setup
from db.beneficiaries import register_person
from db.referrals import (
    ReferralInput,
    ReferralStatus,
    add_partner_service,
    get_referral,
    refer_person,
)
from db.services import ServiceInput, save_service
from db.store import Store
from directory import feedback as fb
from directory import folder, merge, signing
from directory import network as net
from directory import server_client as client
from directory.folder import FolderTransport, encode
from directory.server.storage import COORDINATOR, CSO, Storage
from directory.server_client import ServerTransport
from directory.sharing import keys as sharing_keys
from directory.sharing import pipeline
from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from tests.db.people import person
from tests.directory.conftest import COORDINATOR_KEY, TODAY
from tests.directory.test_privacy import _all_text

THIRD_KEY = b"M" * 32  # MTC: a member with no database here, only its key
REFERRED_ON = dt.date(2026, 5, 4)


@dataclass
class Loop:
    beam: Store
    kaq: Store
    network: net.Network
    canaries: list[str]
    codes: list[str]
    referral_ids: list[int]


@pytest.fixture
def kaq(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setattr(keys, "DEFAULT_KDF", FAST_KDF)
    made = setup.create_cso_database(
        tmp_path / "kaq" / "saphan.db",
        cso_code="KAQ",
        cso_name="KAQ foundation",
        admin_username="admin",
        admin_full_name="Naw Paw",
        admin_password=ADMIN_PASSWORD,
    ).store
    yield made
    made.close()


@pytest.fixture
def loop(store: Store, kaq: Store) -> Loop:
    network = net.create_network("maesot", "Mae Sot", COORDINATOR_KEY, threshold=2)
    members = [
        ("BEAM", sharing_keys.cso_public_key(store)),
        ("KAQ", sharing_keys.cso_public_key(kaq)),
        ("MTC", signing.public_key(THIRD_KEY)),
    ]
    for code, pub in members:
        network = net.add_member(
            network,
            COORDINATOR_KEY,
            code=code,
            name=f"{code} foundation",
            public_key=pub,
            fingerprint=signing.key_fingerprint(pub),
        )
    # BEAM refers four people, each a canary, to KAQ's legal aid (from the directory).
    partner = add_partner_service(
        store, "KAQ foundation", "Legal aid", category="legal_aid", cso_code="KAQ"
    )
    canaries = [f"CANARY{uuid.uuid4().hex[:10]}" for _ in range(4)]
    codes: list[str] = []
    ids: list[int] = []
    for canary in canaries:
        pid = register_person(
            store,
            person(canary, consent_referral=True, consent_data_use=True, notes=f"notes {canary}"),
        ).id
        made = refer_person(
            store,
            ReferralInput(
                person_id=pid,
                service_id=partner.id,
                reason=f"legal advice for {canary}",
                consent_confirmed=True,
                date=REFERRED_ON,
            ),
        )
        codes.append(made.code)
        ids.append(made.id)
    # KAQ records the four codes at its legal aid service: two served, two not reached.
    own = save_service(kaq, ServiceInput(name="Legal aid clinic", category="legal_aid"))
    for n, code in enumerate(codes):
        got = referrals_received.record_code(
            kaq, code, service_id=own.id, received_on=REFERRED_ON + dt.timedelta(days=2)
        )
        state = (
            referrals_received.ReceivedState.SERVED
            if n < 2
            else referrals_received.ReceivedState.COULD_NOT_CONTACT
        )
        referrals_received.set_outcome(kaq, got.id, state, on=REFERRED_ON + dt.timedelta(days=5))
    return Loop(store, kaq, network, canaries, codes, ids)


def _check_the_loop(
    loop: Loop, applied: Any, envelopes: list[Any], report: merge.NetworkReport
) -> None:
    assert applied.updated == 4
    states = [get_referral(loop.beam, rid) for rid in loop.referral_ids]
    assert [s.feedback_state for s in states] == [
        "served",
        "served",
        "could_not_contact",
        "could_not_contact",
    ]
    assert [s.status for s in states[:2]] == [ReferralStatus.COMPLETED] * 2
    # The coordinator's completion figure: 2 served of 4 made.
    (pair,) = [f for f in report.referral_flows if (f.from_cso, f.to_cso) == ("BEAM", "KAQ")]
    assert (pair.made, pair.received, pair.served) == (
        merge.Figure(4),
        merge.Figure(4),
        merge.Figure(2),
    )
    assert pair.completion == pytest.approx(0.5)
    assert report.flows_total().completion == pytest.approx(0.5)
    # Only BEAM's key opens the feedback: not the third CSO's, not the coordinator's.
    ours = [e for e in envelopes if e["to"] == "BEAM"]
    assert ours
    for envelope in ours:
        for key in (THIRD_KEY, COORDINATOR_KEY):
            with pytest.raises(fb.FeedbackRefused) as err:
                fb.open_envelope(
                    envelope, network=loop.network, recipient="BEAM", recipient_private_key=key
                )
            assert err.value.reason == "cannot_open"
    opened, _ = fb.open_all(
        envelopes, network=loop.network, recipient="MTC", recipient_private_key=THIRD_KEY
    )
    assert opened == []


def _nothing_leaks(loop: Loop, text: str) -> None:
    for secret in [*loop.canaries, *loop.codes, "legal advice"]:
        assert secret not in text, secret


def test_the_loop_closes_over_one_folder(loop: Loop, shared: Path) -> None:
    folder.write_network(shared, loop.network)
    transport = FolderTransport(shared)
    pipeline.publish(loop.beam, transport, loop.network, today=TODAY)
    pipeline.publish(loop.kaq, transport, loop.network, today=TODAY)
    pulled = pipeline.pull(loop.beam, transport)
    applied = pipeline.keep_pulled(loop.beam, transport, pulled)
    # Pulling again applies nothing new.
    assert (
        pipeline.keep_pulled(loop.beam, transport, pipeline.pull(loop.beam, transport)).updated == 0
    )
    report = merge.merge(folder.read_bundles(shared, loop.network).accepted, loop.network)
    _check_the_loop(loop, applied, folder.read_feedback(shared), report)
    assert (shared / "feedback" / "KAQ.json").is_file()
    _nothing_leaks(loop, _all_text(shared))


def test_the_loop_closes_over_the_server(loop: Loop, tmp_path: Path) -> None:
    from tests.server.conftest import ServerProcess

    url = f"sqlite:///{tmp_path / 'srv.db'}"
    storage = Storage(url)
    storage.upgrade()
    network = loop.network
    storage.create_network(
        "maesot", network.coordinator_key, network.revision, encode(network.document())
    )
    _, coordinator = storage.issue_token("maesot", COORDINATOR)
    tokens = {code: storage.issue_token("maesot", CSO, code)[1] for code in ("BEAM", "KAQ", "MTC")}
    server = ServerProcess(url)
    server.start()
    try:
        beam = ServerTransport(server.url, "maesot", tokens["BEAM"])
        kaq = ServerTransport(server.url, "maesot", tokens["KAQ"])
        pipeline.publish(loop.beam, beam, today=TODAY)
        pipeline.publish(loop.kaq, kaq, today=TODAY)
        applied = pipeline.keep_pulled(loop.beam, beam, pipeline.pull(loop.beam, beam))
        envelopes = client.pull_feedback(server.url, "maesot", "BEAM", tokens["BEAM"])
        # The third CSO's token gets nothing addressed to BEAM, nor may it ask.
        assert client.pull_feedback(server.url, "maesot", "MTC", tokens["MTC"]) == []
        with pytest.raises(client.ServerError):
            client.pull_feedback(server.url, "maesot", "BEAM", tokens["MTC"])
        served = client.pull_aggregates(server.url, "maesot", coordinator)["referral_flows"]
        assert ["BEAM", "KAQ", "legal_aid", 4, 4, 2, 50.0, "", ""] in served["rows"]
        report = merge.merge(
            [
                folder.parse_bundle(__import__("json").loads(doc))
                for _, doc in storage.latest_bundles("maesot")
            ],
            network,
        )
        _check_the_loop(loop, applied, envelopes, report)
    finally:
        server.stop()
        storage.dispose()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("srv.db*"))
    _nothing_leaks(loop, stored.decode("utf-8", "replace"))


def test_the_loop_closes_with_the_saphan_commands(
    loop: Loop,
    shared: Path,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli import main

    folder.write_network(shared, loop.network)
    monkeypatch.setenv("SAPHAN_PASSWORD", ADMIN_PASSWORD)
    kaq_db = tmp_path / "kaq" / "saphan.db"
    for db in (db_path, kaq_db):
        assert main(["publish", "--db", str(db), "--user", "admin", "--folder", str(shared)]) == 0
    assert main(["pull", "--db", str(db_path), "--user", "admin", "--folder", str(shared)]) == 0
    assert "feedback updated 4 referrals" in capsys.readouterr().out
    states = [get_referral(loop.beam, rid).feedback_state for rid in loop.referral_ids]
    assert states == ["served", "served", "could_not_contact", "could_not_contact"]
    assert (
        main(["pull", "--db", str(db_path), "--user", "admin", "--folder", str(tmp_path / "gone")])
        == 2
    )


def test_the_loop_closes_with_the_saphan_commands_over_the_server(
    loop: Loop,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``saphan publish --server`` for both CSOs, then ``saphan pull --server`` for the
    referring one: its referrals show what the receiving CSO recorded."""
    from desktop.cli import main
    from tests.server.conftest import ServerProcess

    url = f"sqlite:///{tmp_path / 'srv.db'}"
    storage = Storage(url)
    storage.upgrade()
    network = loop.network
    storage.create_network(
        "maesot", network.coordinator_key, network.revision, encode(network.document())
    )
    tokens = {code: storage.issue_token("maesot", CSO, code)[1] for code in ("BEAM", "KAQ")}
    server = ServerProcess(url)
    server.start()
    monkeypatch.setenv("SAPHAN_PASSWORD", ADMIN_PASSWORD)
    dbs = {"BEAM": db_path, "KAQ": tmp_path / "kaq" / "saphan.db"}
    try:
        for code, db in dbs.items():
            common = ["--db", str(db), "--user", "admin", "--server", server.url]
            common += ["--network", "maesot"]
            monkeypatch.setenv("SAPHAN_SERVER_TOKEN", tokens[code])
            assert main(["server-token", *common]) == 0
            assert main(["publish", *common]) == 0
        beam = ["--db", str(db_path), "--user", "admin", "--server", server.url]
        capsys.readouterr()
        assert main(["pull", *beam, "--network", "maesot"]) == 0
        assert "feedback updated 4 referrals" in capsys.readouterr().out
        states = [get_referral(loop.beam, rid).feedback_state for rid in loop.referral_ids]
        assert states == ["served", "served", "could_not_contact", "could_not_contact"]
        assert main(["pull", *beam, "--network", "maesot"]) == 0
        assert "feedback updated 0 referrals (4 already up to date" in capsys.readouterr().out
        assert main(["pull", *beam]) == 2  # --server without --network
        assert "--server needs --network N" in capsys.readouterr().err
    finally:
        server.stop()
        storage.dispose()
    # The server is gone: one line, no traceback.
    assert main(["pull", *beam, "--network", "maesot"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("saphan: ")
    assert "\n" not in err
