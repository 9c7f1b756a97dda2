"""The shape of desktop/, from its import graph: no import cycles, and at its root only the
modules that are truly cross-cutting (the rest lives in the feature that uses it).

Built with grimp (import-linter's graph), so nothing is imported and Qt is not needed.
"Inside a function" imports count, since they run too; imports only for type checking
(``if TYPE_CHECKING:``) do not, as they never run: a page may name its wizard's type.
"""

from __future__ import annotations

from functools import cache

import grimp
import pytest

# Every module allowed at desktop/'s root, with why it is not in a feature folder. A new
# module goes into the feature that uses it, or into a shared folder (widgets/, documents/).
ROOT_MODULES = {
    "desktop.__main__": "entry point: python -m desktop, and the installer's script",
    "desktop.app": "entry point of the GUI: login or setup, then the main window",
    "desktop.main_window": "the window that holds every feature's page",
    "desktop.i18n": "the user's language, loaded at start and changed in settings",
    "desktop.gallery": "screenshots and the fit walker over every page (dev.py screenshots)",
    "desktop.languages": "which languages exist, from the files alone: for --lang and i18n",
    "desktop.style": "colours and text roles of every page",
    "desktop.dates": "dates and times in the user's language, on many pages",
    "desktop.fonts": "Burmese and Thai fonts for Qt text, on many pages",
    "desktop.tasks": "background work with progress and Cancel, for many pages",
    "desktop.qt_strings": "Qt's own words, listed only for the translation files",
    "desktop.labels": "codes as translated labels, on every page",
    "desktop.errors": "the one mapper from typed errors to sentences, for every page and the CLI",
    "desktop.changes": "the change bus in Qt: pages of every feature refresh on what changed",
    "desktop.network_labels": "network codes as words (services, languages), on the network pages",
}
# Started by the system or only listed: nothing in desktop/ needs to import them.
ENTRY_POINTS = {
    "desktop.__main__",
    "desktop.app",
    "desktop.gallery",
    "desktop.main_window",
    "desktop.qt_strings",
}


@cache
def _graph() -> grimp.ImportGraph:
    return grimp.build_graph("desktop", exclude_type_checking_imports=True, cache_dir=None)


def _packages(graph: grimp.ImportGraph) -> list[str]:
    return sorted(m for m in graph.modules if graph.find_children(m))


def _unit(module: str) -> str:
    """The feature folder (``desktop.beneficiaries``) or root module a module belongs to."""
    return ".".join(module.split(".")[:2])


def test_no_import_cycle_inside_desktop() -> None:
    """Within every package of desktop/, its modules and subpackages import each other
    without a cycle (import-linter's acyclic siblings: so no module-level cycle either)."""
    graph = _graph()
    cycles = []
    for package in _packages(graph):
        for importer, imported in sorted(graph.nominate_cycle_breakers(package)):
            chain = graph.find_shortest_chain(imported, importer) or ()
            back = " -> ".join(chain)
            cycles.append(f"{importer} -> {imported}, and back: {back or '(through a child)'}")
    assert not cycles, "import cycles in desktop/:\n" + "\n".join(cycles)


def test_only_listed_modules_at_the_root_of_desktop() -> None:
    graph = _graph()
    root = {m for m in graph.find_children("desktop") if not graph.find_children(m)}
    unlisted = sorted(root - ROOT_MODULES.keys())
    assert not unlisted, (
        f"{unlisted} at desktop/'s root: move each into the feature that uses it, or (if "
        "several features use it) list it in ROOT_MODULES with the reason"
    )


@pytest.mark.parametrize("module", sorted(ROOT_MODULES.keys() - ENTRY_POINTS))
def test_a_root_module_is_used_by_more_than_one_feature(module: str) -> None:
    graph = _graph()
    if module not in graph.modules:
        pytest.skip(f"{module} is gone")  # e.g. revision.py, once the change bus replaced it
    users = {_unit(m) for m in graph.find_modules_that_directly_import(module)} - {module}
    assert len(users) >= 2, (
        f"{module} is used only by {sorted(users) or 'nothing'}: move it into that feature"
    )
