"""CI type-checks all three packages strictly: ``installers/dev.py`` (run by .ci/run) calls
``mypy`` with no paths, so what is checked is pyproject.toml's ``[tool.mypy] packages``.

Running mypy itself here would take too long for the suite; this pins its scope instead.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _mypy_config() -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mypy: dict[str, object] = config["tool"]["mypy"]
    return mypy


def test_mypy_checks_db_directory_and_desktop_strictly() -> None:
    mypy = _mypy_config()
    assert mypy["strict"] is True
    packages = mypy["packages"]
    assert isinstance(packages, list)
    assert set(packages) == {"db", "directory", "desktop"}


def test_no_blanket_ignores_over_desktop() -> None:
    """Overrides stay narrow: none silences errors in Saphan's own modules."""
    overrides = _mypy_config().get("overrides", [])
    assert isinstance(overrides, list)
    for override in overrides:
        modules = override["module"]
        for module in [modules] if isinstance(modules, str) else modules:
            assert module.split(".")[0] not in {"desktop", "directory", "db"}, module
        assert set(override) <= {"module", "ignore_missing_imports"}, override


def test_dev_check_runs_mypy_without_paths() -> None:
    """With no paths mypy reads the packages above; a path given here would narrow them."""
    source = (ROOT / "installers" / "dev.py").read_text(encoding="utf-8")
    assert '[py, "-m", "mypy"],' in source
