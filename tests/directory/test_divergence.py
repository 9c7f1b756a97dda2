"""The coordinator's folder merge and two laptops of one CSO: when two bundles of a CSO were
published from team states neither of which includes the other's (two copies in the folder, or
the newest bundle and the one accepted before it), the merge names the CSO in a warning instead
of silently taking one (the higher revision still counts); the merge state keeps what it needs
to keep saying so until the CSO publishes again."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from directory import merge
from directory.bundle_schema import Bundle, Publisher
from directory.documents import encode
from directory.merge_state import (
    MERGE_STATE_SCHEMA,
    MergeState,
    MergeStateDamaged,
    NetworkMemory,
    load_merge_state,
    save_merge_state,
)
from directory.sharing import state
from tests.server.conftest import COORDINATOR_KEY, make_bundle, make_network, published_by

MINUTES = int(dt.datetime(2026, 6, 15, 8, 0, tzinfo=dt.UTC).timestamp()) // 60

# Two laptops of the CSO "BEAM" (opaque random device ids) and the team states they publish from.
A, B = "a1" * 8, "b2" * 16
ONLY_A = {A: 7}  # laptop A has not seen laptop B's changes ...
ONLY_B = {A: 3, B: 5}  # ... and laptop B has not seen A's latest ones: they diverge
BOTH = {A: 7, B: 5}  # after a sync: includes both

# --- the coordinator's folder merge -------------------------------------------------------------

NETWORK = make_network(["BEAM", "KAQ"])


def _write(shared: Path, name: str, bundle: Bundle) -> None:
    (shared / "bundles").mkdir(exist_ok=True)
    (shared / "bundles" / name).write_bytes(encode(bundle.document()))


def _bundle(revision: int, device: str, team_state: dict[str, int], code: str = "BEAM") -> Bundle:
    return published_by(make_bundle(code, revision), device, team_state)


def test_two_diverging_bundles_in_the_folder_are_named(shared: Path) -> None:
    # Laptop A wrote BEAM.json; laptop B's copy came back from the cloud as a conflicted copy.
    _write(shared, "BEAM.json", _bundle(MINUTES * 64, A, ONLY_A))
    _write(shared, "BEAM (conflicted copy 2026-06-15).json", _bundle(MINUTES * 64 + 1, B, ONLY_B))
    _write(shared, "KAQ.json", make_bundle("KAQ", 64))
    result = state.merge_folder(shared, NETWORK)
    report = result.report
    assert report.divergences == [
        merge.Divergence("BEAM", "BEAM foundation", MINUTES * 64 + 1, MINUTES * 64)
    ]
    # Both were read; the higher revision's figures count, as before.
    assert report.bundles["BEAM"].revision == MINUTES * 64 + 1
    assert result.read.superseded == ["BEAM.json"]
    assert report.publishers["BEAM"].diverged_from == MINUTES * 64


def test_a_bundle_that_includes_the_other_is_no_warning(shared: Path) -> None:
    _write(shared, "BEAM.json", _bundle(MINUTES * 64, A, ONLY_A))
    _write(shared, "BEAM (1).json", _bundle(MINUTES * 64 + 1, B, BOTH))
    _write(shared, "BEAM-OFFICE.json", make_bundle("BEAM", 5))  # an older app's: says nothing
    report = state.merge_folder(shared, NETWORK).report
    assert report.divergences == []
    assert report.bundles["BEAM"].publisher == Publisher(device=B, team_state=BOTH)


def test_a_newest_bundle_that_disagrees_with_the_one_before_is_named(shared: Path) -> None:
    def run(history: dict[str, merge.LastPublisher]) -> merge.NetworkReport:
        return state.merge_folder(shared, NETWORK, history=history).report

    _write(shared, "BEAM.json", _bundle(100 * 64, A, ONLY_A))
    first = run({})
    assert first.divergences == []
    # Laptop B publishes over laptop A's file without having synced with it.
    _write(shared, "BEAM.json", _bundle(101 * 64 + 1, B, ONLY_B))
    second = run(first.publishers)
    assert [(d.cso_code, d.revision, d.other_revision) for d in second.divergences] == [
        ("BEAM", 101 * 64 + 1, 100 * 64)
    ]
    # Merged again, nothing new: the warning stays until the CSO publishes again.
    third = run(second.publishers)
    assert third.divergences == second.divergences
    # The CSO syncs its laptops and publishes again: the warning goes.
    _write(shared, "BEAM.json", _bundle(102 * 64, A, BOTH))
    assert run(third.publishers).divergences == []


def test_the_merge_state_keeps_the_publishers(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    kept = {
        "BEAM": merge.LastPublisher(70, Publisher(device=A, team_state=ONLY_A), 65),
        "KAQ": merge.LastPublisher(64),
    }
    memory = MergeState({"maesot": NetworkMemory("ab" * 32, 2, {"BEAM": 70}, kept)})
    save_merge_state(path, memory)
    assert load_merge_state(path) == memory
    # A state written before publishers were kept still loads.
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["networks"]["maesot"]["publishers"]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert load_merge_state(path).networks["maesot"].publishers == {}
    # A damaged one is reported, as any damage is.
    document["networks"]["maesot"]["publishers"] = {"BEAM": {"revision": 70, "publisher": "x"}}
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(MergeStateDamaged):
        load_merge_state(path)
    assert document["schema"] == MERGE_STATE_SCHEMA


class Stop(Exception):
    pass


@pytest.mark.parametrize("stop_after", [1, 2, 4])
def test_a_merge_stopped_part_way_writes_nothing(shared: Path, stop_after: int) -> None:
    """Stopped before reading, between two bundles, or once merged: no directory is written
    (the progress counts the bundles' bytes)."""
    _write(shared, "BEAM.json", make_bundle("BEAM", 64))
    _write(shared, "KAQ.json", make_bundle("KAQ", 64))
    before = sorted(p.name for p in shared.rglob("*"))
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) >= stop_after:
            raise Stop

    with pytest.raises(Stop):
        state.merge_folder(shared, NETWORK, key=COORDINATOR_KEY, progress=progress)
    assert sorted(p.name for p in shared.rglob("*")) == before
    size = sum(p.stat().st_size for p in (shared / "bundles").iterdir())
    assert seen[0] == (0, size)

    # Not stopped: read to the end, then the directory is written.
    seen.clear()
    result = state.merge_folder(shared, NETWORK, key=COORDINATOR_KEY, progress=progress_log(seen))
    assert result.directory_written
    assert seen[-1] == (size, size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def progress_log(seen: list[tuple[int, int]]) -> Callable[[int, int], None]:
    return lambda done, total: seen.append((done, total))
