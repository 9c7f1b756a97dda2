"""The command-line merge's memory file: read back as written, and a damaged one is reported,
never taken for an empty memory (which would trust any coordinator key again)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directory.merge_state import (
    MERGE_STATE_SCHEMA,
    MergeState,
    MergeStateDamaged,
    NetworkMemory,
    folder_id,
    load_merge_state,
    save_merge_state,
)

KEY = "ab" * 32


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "state.json"
    assert load_merge_state(path) == MergeState()
    state = MergeState(
        {"maesot": NetworkMemory(KEY, 4, {"BEAM": 3, "KAQ": 1})},
        {folder_id(tmp_path): "maesot"},
    )
    save_merge_state(path, state)
    assert load_merge_state(path) == state
    assert not list(path.parent.glob("*.tmp"))


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"schema": "something else", "networks": {}}',
        json.dumps({"schema": MERGE_STATE_SCHEMA}),
        json.dumps({"schema": MERGE_STATE_SCHEMA, "networks": {"n": {"coordinator_key": "x"}}}),
        json.dumps(
            {
                "schema": MERGE_STATE_SCHEMA,
                "networks": {"n": {"coordinator_key": KEY, "seen": {"BEAM": "3"}}},
            }
        ),
        json.dumps(
            {
                "schema": MERGE_STATE_SCHEMA,
                "networks": {"n": {"coordinator_key": KEY, "seen": {"BEAM": True}}},
            }
        ),
        json.dumps({"schema": MERGE_STATE_SCHEMA, "networks": {}, "folders": {"/x": 1}}),
        "[" * 100_000,
    ],
)
def test_a_damaged_state_is_reported(tmp_path: Path, content: str) -> None:
    path = tmp_path / "state.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MergeStateDamaged) as raised:
        load_merge_state(path)
    assert raised.value.path == path
    assert path.read_text(encoding="utf-8") == content


def test_a_folder_in_place_of_the_state_is_reported(tmp_path: Path) -> None:
    with pytest.raises(MergeStateDamaged):
        load_merge_state(tmp_path)
