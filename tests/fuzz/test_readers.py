"""Fuzz every reader of untrusted bytes: no input takes more than 2 s of CPU time or 200 MB of
memory, and none ends in anything but the reader's documented typed error.

Readers (see tests/fuzz/worker.py): a bundle from its bytes (shared folder, server), parsed
first (server), in a folder the coordinator merges and in the CSO's own slot that publishing
reads (nothing may escape from either); the network file; the merged directory file; the
server's request bodies (a bundle, a network file: never a 500); the app's reading of the
server's answers (pulls and refusals); a backup (its manifest, then a restore with the
password and with the recovery passphrase); a key file (load, unlock); a list to import, CSV
and XLSX (read, map, and preview the first 300 rows: the preview's work per row does not
depend on the file).

Inputs: hypothesis mutates valid documents (tests/fuzz/mutations.py: byte flips, truncation,
duplicated slices, floods, JSON tree edits signed again with the right key, zip part edits) and
a list of hand-made hostile inputs per reader (tests/fuzz/hostile.py) runs every time. Each
input runs in a worker process (tests/fuzz/worker.py) that measures its CPU time and the rise
of its peak resident memory (Linux); a reader still busy after 15 s is killed.

Budget: ``SAPHAN_FUZZ_EXAMPLES`` generated inputs per reader (default 25: about a minute in
all), derandomised so CI runs the same inputs each time. Set it for a longer run on demand,
which then draws fresh random inputs and shrinks a failure to a small example, e.g.
``SAPHAN_FUZZ_EXAMPLES=2000 pytest tests/fuzz``.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.fuzz import mutations as m
from tests.fuzz.harness import Worker, check
from tests.fuzz.hostile import HOSTILE
from tests.fuzz.seeds import COORDINATOR_KEY, private_key

LONG_RUN = "SAPHAN_FUZZ_EXAMPLES" in os.environ
EXAMPLES = int(os.environ.get("SAPHAN_FUZZ_EXAMPLES", "25"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=not LONG_RUN,
    phases=(Phase.explicit, Phase.generate, *((Phase.shrink,) if LONG_RUN else ())),
    suppress_health_check=list(HealthCheck),
)

Strategy = st.SearchStrategy[m.Case]
ERROR_BODY = (
    b'{"error":"stale_revision","message":"Revision 3 is not newer than the stored revision 4;'
    b' publish a new revision.","retry_after":1.5,"stored_revision":4}'
)


def _bundles(seeds: dict[str, list[bytes]]) -> Strategy:
    return st.sampled_from(seeds["bundle"]).flatmap(
        lambda seed: m.json_mutation(seed, private_key("BEAM"))
    )


def _networks(seeds: dict[str, list[bytes]]) -> Strategy:
    return m.json_mutation(seeds["network"][0], COORDINATOR_KEY)


STRATEGIES = {
    "bundle": _bundles,
    "bundle_parsed": _bundles,
    "bundle_folder": _bundles,
    "bundle_slot": _bundles,
    "network": _networks,
    "directory": lambda s: m.json_mutation(s["directory"][0], COORDINATOR_KEY),
    "server_bundle": _bundles,
    "server_network": _networks,
    "server_pull": _networks,
    "server_directory": lambda s: m.json_mutation(s["directory"][0], COORDINATOR_KEY),
    "server_refusal": lambda s: m.json_mutation(ERROR_BODY),
    "server_busy": lambda s: m.json_mutation(ERROR_BODY),
    "backup": lambda s: m.zip_mutation(
        s["backup"][0],
        {
            "manifest.json": m.json_mutation,
            "saphan.db.keys": m.json_mutation,
        },
        fix=m.backup_sha_fix,
    ),
    "key_file": lambda s: m.json_mutation(s["key_file"][0]),
    "csv": lambda s: m.csv_mutation(s["csv"][0]),
    "xlsx": lambda s: m.zip_mutation(
        s["xlsx"][0], {name: m.xml_mutation for name in _xml_parts(s["xlsx"][0])}
    ),
}


def _xml_parts(workbook: bytes) -> list[str]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(workbook)) as zf:
        return [n for n in zf.namelist() if n.endswith((".xml", ".rels"))]


@pytest.mark.parametrize("reader", list(STRATEGIES))
def test_generated_inputs(worker: Worker, reader: str) -> None:
    strategy = STRATEGIES[reader](worker.seeds)

    @FUZZ
    @given(case=strategy)
    def run(case: m.Case) -> None:
        check(worker.run(reader, case.data), f"{reader} {case!r}")

    run()


@pytest.mark.parametrize(
    ("reader", "name"), [(reader, name) for reader, inputs in HOSTILE.items() for name in inputs]
)
def test_hostile_input(worker: Worker, reader: str, name: str) -> None:
    data = HOSTILE[reader][name](worker.seeds)
    check(worker.run(reader, data), f"{reader}, {name}")


def test_the_seeds_are_read_as_valid(worker: Worker) -> None:
    """Unchanged, every seed passes its reader (so mutations start from the real thing)."""
    for reader, kind in [
        ("bundle", "bundle"),
        ("bundle_parsed", "bundle"),
        ("bundle_folder", "bundle"),
        ("bundle_slot", "bundle"),
        ("network", "network"),
        ("directory", "directory"),
        ("backup", "backup"),
        ("key_file", "key_file"),
        ("csv", "csv"),
        ("xlsx", "xlsx"),
        ("server_network", "network"),
        ("server_bundle", "bundle"),
    ]:
        for seed in worker.seeds[kind]:
            outcome = worker.run(reader, seed)
            assert (outcome.kind, outcome.detail) == ("ok", ""), (reader, outcome)
