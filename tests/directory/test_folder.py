"""The shared folder: atomic writes, and hostile files rejected with a reason while the rest
are still merged."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from db import setup
from db.demo import fill_demo_data
from db.store import Store
from directory import exports, folder, merge
from directory import network as net
from directory.bundle import Bundle, sign_bundle
from directory.errors import BundleInvalid, NotAMember
from directory.sharing import keys
from tests.directory.conftest import COORDINATOR_KEY, TODAY, member_network


def _cso(tmp_path: Path, code: str) -> Store:
    return setup.create_cso_database(
        tmp_path / code / "saphan.db",
        cso_code=code,
        cso_name=f"{code} foundation",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password="mae-sot-2026",
    ).store


@pytest.fixture
def two(store: Store, tmp_path: Path) -> tuple[Store, Store]:
    other = _cso(tmp_path, "KAQ")
    fill_demo_data(store, 60, seed=1, today=TODAY)
    fill_demo_data(other, 60, seed=2, today=TODAY)
    yield store, other
    other.close()


def _reasons(result: folder.ReadResult) -> dict[str, str]:
    return {r.filename: r.reason for r in result.rejected}


def test_publish_read_and_merge(two: tuple[Store, Store], shared: Path) -> None:
    beam, kaq = two
    network = member_network(beam, kaq)
    folder.write_network(shared, network)
    assert folder.read_network(shared, network.coordinator_key) == network
    b1 = folder.publish_bundle(beam, network, shared, today=TODAY)
    b2 = folder.publish_bundle(beam, network, shared, today=TODAY)
    assert b2.revision > b1.revision
    folder.publish_bundle(kaq, network, shared, today=TODAY)
    result = folder.read_bundles(shared, network)
    assert result.rejected == []
    assert [b.cso.code for b in result.accepted] == ["BEAM", "KAQ"]
    assert result.seen["BEAM"] == b2.revision
    report = merge.merge(result.accepted, network)
    folder.write_directory(shared, report, network, COORDINATOR_KEY)
    assert folder.read_directory(shared, network) == exports.directory_hsds(report)
    assert report.completeness["BEAM"]["2026-06"] is True
    assert report.completeness["BEAM"]["2026-07"] is False
    assert not list(shared.glob("bundles/.*"))  # no temporary file left behind
    # A write in progress is skipped quietly.
    (shared / "bundles" / ".BEAM.json.abc123.tmp").write_bytes(b"{")
    assert folder.read_bundles(shared, network).rejected == []


def test_not_a_member_cannot_publish(store: Store, shared: Path) -> None:
    network = net.create_network("maesot", "Mae Sot", COORDINATOR_KEY)
    with pytest.raises(NotAMember):
        folder.publish_bundle(store, network, shared, today=TODAY)


def test_hostile_files_are_rejected_and_the_rest_merged(
    two: tuple[Store, Store], shared: Path, tmp_path: Path
) -> None:
    beam, kaq = two
    network = member_network(beam, kaq)
    old = folder.publish_bundle(beam, network, shared, today=TODAY)
    old_text = folder.bundle_path(shared, "BEAM").read_bytes()
    good = folder.publish_bundle(beam, network, shared, today=TODAY)
    kaq_bundle = folder.publish_bundle(kaq, network, shared, today=TODAY)
    bundles = shared / "bundles"
    doc = good.document()

    def write(name: str, data: bytes) -> None:
        (bundles / name).write_bytes(data)

    # torn: half a file
    write("BEAM (1).json", old_text[: len(old_text) // 2])
    # 200 MB, sparse (no data written)
    with open(bundles / "BEAM (2).json", "wb") as f:
        f.truncate(200 * 1024 * 1024)
    # deeply nested
    write("BEAM (3).json", b"[" * 100_000 + b"]" * 100_000)
    # negative and non-integer counts (re-signed by the right key: the schema must refuse)
    key = keys.ensure_cso_signing_key(beam)
    for n, bad in ((4, -3), (5, 2.5)):
        d = json.loads(json.dumps(doc))
        d["participatory_projects"] = bad
        d["revision"] = good.revision + 10
        d["signature"] = net.signing.sign(d, key)
        write(f"BEAM ({n}).json", json.dumps(d).encode())
    # signed by another CSO's key, claiming to be BEAM
    kaq_key = keys.ensure_cso_signing_key(kaq)
    forged = Bundle.model_validate({**doc, "revision": good.revision + 20})
    forged = forged.model_copy(update={"cso": kaq_bundle.cso.model_copy(update={"code": "BEAM"})})
    write("BEAM (6).json", folder.encode(sign_bundle(forged, kaq_key).document()))
    # right key, tampered content
    d = json.loads(json.dumps(doc))
    d["participatory_projects"] = 999
    write("BEAM (7).json", json.dumps(d).encode())
    # replayed older revision
    write("BEAM (conflicted copy 2026-06-01).json", old_text)
    # unknown schema version
    write("BEAM-LAPTOP-7.json", json.dumps({**doc, "schema": "saphan.bundle/9"}).encode())
    # file name that does not match the CSO inside
    write("KAQ (1).json", folder.bundle_path(shared, "BEAM").read_bytes())
    # path tricks and junk names
    write("..x.json", b"{}")
    write("beam.json", b"{}")
    os.symlink(tmp_path / "elsewhere.json", bundles / "ZZZ.json")
    # unknown member
    stranger = _cso(tmp_path, "XYZ")
    try:
        fill_demo_data(stranger, 10, seed=5, today=TODAY)
        stranger_net = member_network(beam, kaq, stranger)
        folder.publish_bundle(stranger, stranger_net, shared, today=TODAY)
    finally:
        stranger.close()

    result = folder.read_bundles(shared, network, seen={"BEAM": good.revision})
    reasons = _reasons(result)
    assert reasons == {
        "BEAM (1).json": "unparsable",
        "BEAM (2).json": "too_large",
        "BEAM (3).json": "too_deep",
        "BEAM (4).json": "invalid",
        "BEAM (5).json": "invalid",
        "BEAM (6).json": "wrong_key",
        "BEAM (7).json": "bad_signature",
        "BEAM (conflicted copy 2026-06-01).json": "stale_revision",
        "BEAM-LAPTOP-7.json": "unknown_schema",
        "KAQ (1).json": "filename_mismatch",
        "..x.json": "bad_filename",
        "beam.json": "bad_filename",
        "ZZZ.json": "not_a_file",
        "XYZ.json": "unknown_member",
    }
    # The good files still made it.
    assert {(b.cso.code, b.revision) for b in result.accepted} == {
        ("BEAM", good.revision),
        ("KAQ", kaq_bundle.revision),
    }
    report = merge.merge(result.accepted, network)
    assert set(report.bundles) == {"BEAM", "KAQ"}
    assert old.revision < good.revision


def test_paths_cannot_escape(shared: Path) -> None:
    for code in ("../x", "..", "BEAM/../../x", "a", "BEAM.json", "", "BE AM"):
        with pytest.raises(BundleInvalid):
            folder.bundle_path(shared, code)
    assert folder.code_from_filename("../x.json") is None
    assert folder.code_from_filename("BEAM (conflicted copy 2025-03-01).json") == "BEAM"
    assert folder.code_from_filename("BEAM (Ko Aung's conflicted copy 2025-03-01).json") == "BEAM"
    assert folder.code_from_filename("BEAM (1).json") == "BEAM"
    assert folder.code_from_filename("BEAM-DESKTOP-ABC.json") == "BEAM"


def test_conflicted_copy_with_higher_revision_wins(two: tuple[Store, Store], shared: Path) -> None:
    beam, kaq = two
    network = member_network(beam, kaq)
    folder.publish_bundle(beam, network, shared, today=TODAY)
    first = folder.bundle_path(shared, "BEAM").read_bytes()
    newer = folder.publish_bundle(beam, network, shared, today=TODAY)
    # The sync client kept the newer one as a conflicted copy and restored the older one.
    os.replace(
        folder.bundle_path(shared, "BEAM"), shared / "bundles" / "BEAM (conflicted copy).json"
    )
    folder.bundle_path(shared, "BEAM").write_bytes(first)
    result = folder.read_bundles(shared, network)
    assert [b.revision for b in result.accepted] == [newer.revision]
    assert result.superseded == ["BEAM.json"]
    # A database restored from an older backup still publishes a higher revision.
    again = folder.publish_bundle(beam, network, shared, today=TODAY)
    assert again.revision > newer.revision


def test_small_cells_from_a_buggy_client_are_refused(
    two: tuple[Store, Store], shared: Path
) -> None:
    beam, kaq = two
    network = member_network(beam, kaq)
    bundle = folder.publish_bundle(beam, network, shared, today=TODAY)
    p = bundle.programmes[0]
    leaky = [3 if v is None else v for v in p.cumulative]
    bad = bundle.model_copy(
        update={
            "revision": bundle.revision + 1,
            "programmes": [p.model_copy(update={"cumulative": leaky}), *bundle.programmes[1:]],
        }
    )
    folder.write_bundle(shared, sign_bundle(bad, keys.ensure_cso_signing_key(beam)))
    if any(v is None for v in p.cumulative):
        assert _reasons(folder.read_bundles(shared, network)) == {"BEAM.json": "small_cell"}


def test_a_reindented_bundle_is_still_accepted(two: tuple[Store, Store], shared: Path) -> None:
    beam, kaq = two
    network = member_network(beam, kaq)
    bundle = folder.publish_bundle(beam, network, shared, today=TODAY)
    path = folder.bundle_path(shared, "BEAM")
    path.write_text(json.dumps(json.loads(path.read_bytes()), indent=4), encoding="utf-8")
    result = folder.read_bundles(shared, network)
    assert result.rejected == []
    assert result.accepted == [bundle]


def test_a_hostile_network_file_is_refused(shared: Path) -> None:
    from directory.errors import NetworkInvalid

    (shared / folder.NETWORK_FILE).write_bytes(b"[" * 50_000 + b"]" * 50_000)
    with pytest.raises(NetworkInvalid, match="too_deep"):
        folder.read_network(shared)
    network = net.create_network("maesot", "Mae Sot", COORDINATOR_KEY)
    folder.write_network(shared, network)
    doc = json.loads((shared / folder.NETWORK_FILE).read_bytes())
    doc["suppression_threshold"] = 2  # lowered without the coordinator's key
    (shared / folder.NETWORK_FILE).write_text(json.dumps(doc))
    with pytest.raises(NetworkInvalid, match="bad_signature"):
        folder.read_network(shared, network.coordinator_key)
