"""An export that dies halfway (a full disk, a killed process) leaves the earlier file at its
target untouched: every export writes a temp file and renames it over the target."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx.document import Document as DocxDocument
from openpyxl.workbook.workbook import Workbook

from db.plans import list_plans
from db.store import Store
from desktop.plans.docx_export import export_plan_by_id
from directory import exports, merge
from directory.network import Network
from tests.directory.test_merge_exports import report_and_network  # noqa: F401  (fixture)

EARLIER = b"the earlier, complete export"


class Died(BaseException):
    """The writer stopped halfway."""


def half_then_die(_self: object, target: Any, *_a: object, **_k: object) -> None:
    half = b"PK\x03\x04 half a file"
    if isinstance(target, (str, Path)):
        Path(target).write_bytes(half)
    else:
        target.write(half)
    raise Died


class HalfWriter:
    def __init__(self, f: Any, *_a: object, **_k: object) -> None:
        self.f = f

    def writerow(self, row: Any) -> None:
        self.f.write("half,")

    def writerows(self, rows: Any) -> None:
        raise Died


@pytest.mark.parametrize("kind", ["xlsx", "csv", "docx"])
def test_merged_figures_export_dying_halfway_leaves_the_earlier_file(
    report_and_network: tuple[merge.NetworkReport, Network],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    report, network = report_and_network
    out = tmp_path / f"network.{kind}"
    out.write_bytes(EARLIER)
    write: Callable[[], None]
    if kind == "xlsx":
        monkeypatch.setattr(Workbook, "save", half_then_die)
        write = lambda: exports.aggregates_xlsx(report, out)  # noqa: E731
    elif kind == "csv":
        monkeypatch.setattr(csv, "writer", HalfWriter)
        write = lambda: exports.aggregates_csv(report, out)  # noqa: E731
    else:
        monkeypatch.setattr(DocxDocument, "save", half_then_die)
        write = lambda: exports.donor_summary_docx(report, network, out)  # noqa: E731
    with pytest.raises(Died):
        write()
    assert out.read_bytes() == EARLIER
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(f".{out.name}.")] == []


def test_session_plan_export_dying_halfway_leaves_the_earlier_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = list_plans(store, templates=True)[0]
    out = tmp_path / "plan.docx"
    out.write_bytes(EARLIER)
    monkeypatch.setattr(DocxDocument, "save", half_then_die)
    with pytest.raises(Died):
        export_plan_by_id(store, plan.id, out)
    assert out.read_bytes() == EARLIER
