"""Reading the shared folder again does not validate the same bytes again (issue 22, merge): an
unchanged file is taken from what was validated before; a changed byte, or a changed network
file, is checked again, and a bad file is still refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from directory import folder, validation
from directory import network as net
from directory.merge import merge
from tests.benchmarks.bench_merge import make_folder

COORDINATOR = bytes(range(32))


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = folder.check_bundle_bytes

    def counting(data: bytes, network: net.Network, code: str | None = None) -> Any:
        seen.append(str(code))
        return real(data, network, code)

    monkeypatch.setattr(folder, "check_bundle_bytes", counting)
    monkeypatch.setattr(folder, "_VALIDATED", type(folder._VALIDATED)())
    return seen


def test_the_same_bytes_are_validated_once(tmp_path: Path, calls: list[str]) -> None:
    network = make_folder(tmp_path, 3, 1)
    first = folder.read_bundles(tmp_path, network)
    assert sorted(calls) == ["C00", "C01", "C02"]
    again = folder.read_bundles(tmp_path, network)
    assert len(calls) == 3  # nothing validated again
    assert [b.document() for b in again.accepted] == [b.document() for b in first.accepted]
    people = [
        {k: (v.known, v.withheld) for k, v in merge(r.accepted, network).people.items()}
        for r in (first, again)
    ]
    assert people[0] == people[1]

    # One byte changed: that file is checked again, and refused (its signature breaks).
    path = tmp_path / folder.BUNDLES_DIR / "C01.json"
    data = path.read_bytes()
    path.write_bytes(data.replace(b'"participatory_projects":1', b'"participatory_projects":2'))
    result = folder.read_bundles(tmp_path, network)
    assert calls[3:] == ["C01"]
    assert [r.reason for r in result.rejected] == ["bad_signature"]
    path.write_bytes(data)

    # Another network file (the CSO removed): checked against it again, and refused.
    smaller = net.remove_member(network, COORDINATOR, "C02")
    result = folder.read_bundles(tmp_path, smaller)
    assert sorted(calls[4:]) == ["C00", "C01", "C02"]
    assert [b.cso.code for b in result.accepted] == ["C00", "C01"]
    assert result.rejected


def test_parse_json_checks_depth_on_its_one_structure_pass() -> None:
    deep = b"[" * (validation.MAX_DEPTH + 1) + b"]" * (validation.MAX_DEPTH + 1)
    with pytest.raises(validation.BundleInvalid, match="too_deep"):
        validation.parse_json(deep)
    assert validation.parse_json(b"[[1]]") == [[1]]


def test_a_file_is_taken_as_validated_only_for_the_very_bytes_validated(
    tmp_path: Path, calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The validated bundles are found by a quick checksum, which two files can share: one
    changed byte under the same checksum (every checksum the same here) is still checked."""
    monkeypatch.setattr(folder, "_checksum", lambda data: 0)
    network = make_folder(tmp_path, 2, 1)
    first = folder.read_bundles(tmp_path, network)
    assert [r.reason for r in first.rejected] == []
    path = tmp_path / folder.BUNDLES_DIR / "C01.json"
    data = path.read_bytes()
    changed = data.replace(b'"participatory_projects":1', b'"participatory_projects":2')
    assert len(changed) == len(data)
    path.write_bytes(changed)
    result = folder.read_bundles(tmp_path, network)
    assert calls == ["C00", "C01", "C01"]
    assert [(r.filename, r.reason) for r in result.rejected] == [("C01.json", "bad_signature")]
    path.write_bytes(data)
    assert folder.read_bundles(tmp_path, network).accepted == first.accepted
