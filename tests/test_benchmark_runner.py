"""The benchmark runner (tests/benchmarks/run_all.py) at tiny sizes: no timing is asserted.

- peak memory is a row of the table, in MB, at each scale: the app signed in on the synthetic
  database of the scale with the registry's first page loaded, measured in a subprocess;
- a benchmark whose ``bench`` takes no ``keep`` (it keeps no database) still runs;
- the synthetic database, made with its attendance indexes set aside during the bulk insert,
  ends with the same indexes and triggers as a database the app made, and a reach table
  equal to a full recount.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import text

from db import reach
from tests.benchmarks import data, run_all
from tests.benchmarks.rows import Goal, Measure


@pytest.fixture
def tiny(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "PEOPLE_PER_SCALE", 200)
    monkeypatch.setattr(data, "ATTENDANCE_PER_SCALE", 2_000)
    monkeypatch.setattr(data, "_open", {})
    monkeypatch.setattr(data, "_paths", {})


def test_peak_memory_is_a_row_in_mb() -> None:
    row = Measure(run_all.MEMORY_FIGURE, 4, "50,000 people", 231.0, unit="MB")
    goals = [g for g in run_all.EXTRA_GOALS if g.figure == run_all.MEMORY_FIGURE]
    assert goals == [Goal(run_all.MEMORY_FIGURE, scale=4, max_ms=250, unit="MB")]
    lines = run_all.verdicts([row], goals, [4])
    assert lines[0]["verdict"] == "pass"
    table = run_all.table(lines, [4])
    row_line = table.splitlines()[-1]
    assert "231 MB" in row_line
    assert "< 250 MB at 4x" in row_line
    assert " ms" not in row_line
    heavier = Measure(run_all.MEMORY_FIGURE, 4, "50,000 people", 260.0, unit="MB")
    assert run_all.verdicts([heavier], goals, [4])[0]["verdict"] == "MISS"


@pytest.mark.slow
def test_peak_memory_is_measured_with_the_registry_loaded(tiny: None, tmp_path: Path) -> None:
    try:
        row = run_all.peak_memory(1, tmp_path)
    finally:
        data.close_all()
    assert row.unit == "MB"
    assert 50 < row.ms < 2_000
    assert row.detail["registry_rows"] > 0  # the registry's first page was there


def test_a_benchmark_without_keep_still_runs(
    tiny: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = ModuleType("tests.benchmarks.bench_fake")

    def bench(scale: int, runs: int) -> list[Measure]:
        return [Measure("fake", scale, "none", 1.0)]

    module.bench = bench  # type: ignore[attr-defined]
    monkeypatch.setattr(run_all, "modules", lambda only: [module])
    out = tmp_path / "bench.json"
    run_all.main(["--scales", "1", "--runs", "1", "--no-start", "--out", str(out)])
    assert [m["figure"] for m in json.loads(out.read_text())["measures"]] == ["fake"]


@pytest.mark.slow
def test_the_synthetic_database_keeps_its_indexes_and_a_true_reach_table(
    tiny: None, tmp_path: Path
) -> None:
    store = data.cso_store(1, tmp_path)
    try:
        with store.read() as session:
            conn = session.connection()
            schema = conn.execute(
                text(
                    "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'attendance' "
                    "AND sql IS NOT NULL ORDER BY name"
                )
            ).all()
            rows = conn.execute(text("SELECT count(*) FROM attendance")).scalar_one()
            stored = conn.execute(text(f"SELECT {reach.COLUMNS} FROM {reach.TABLE}")).all()
            recount = conn.execute(text(reach.recount_sql())).all()
    finally:
        data.close_all()
    names = {(kind, name) for kind, name, _sql in schema}
    assert {("index", "ix_attendance_beneficiary"), ("index", "ix_attendance_reach")} <= names
    assert any(kind == "trigger" for kind, _name, _sql in schema)
    assert rows == 2_000
    assert sorted(stored) == sorted(recount)
    assert stored


def test_only_takes_several_names_and_refuses_one_that_matches_nothing(capsys) -> None:
    names = [m.__name__.rsplit(".", 1)[1] for m in run_all.modules("counting,bundle")]
    assert names == ["bench_bundle", "bench_counting"]
    assert run_all.main(["--only", "nothing_like_it", "--quick"]) == 2
    assert "no benchmark matches --only 'nothing_like_it'" in capsys.readouterr().err
