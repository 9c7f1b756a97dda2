"""Empty states say what is missing in one sentence and offer the next step as one button:
the Directory, My services, the Share preview and the Coordinator's Merge tab, on a CSO that
has joined no network and listed no services yet."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from desktop.main_window import MainWindow
from tests.desktop.protection_helpers import LEFT


def test_directory_says_join_a_network_and_goes_to_share(qtbot, main_window: MainWindow) -> None:
    main_window.show_page("directory")
    page = main_window.pages["directory"]
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.empty, timeout=10_000)
    assert page.empty.text().startswith("You have not joined a network yet")
    assert page.empty.button.isVisible()
    assert page.empty.button.text() == "Join a network…"
    assert not page.count.isVisible()  # no "0 of 0 services"
    qtbot.mouseClick(page.empty.button, LEFT)
    assert main_window.current_page_key() == "share"


def test_my_services_offers_the_first_service(qtbot, main_window: MainWindow) -> None:
    main_window.show_page("services")
    page = main_window.pages["services"]
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.empty, timeout=10_000)
    assert "lists no services yet" in page.empty.text()
    assert page.empty.button.text() == "Add the first service…"
    page.lines["name"].setText("something typed")
    qtbot.mouseClick(page.empty.button, LEFT)
    assert page.lines["name"].text() == ""  # a new, blank service to fill in


def test_share_preview_offers_to_import_the_network_file(
    qtbot, main_window: MainWindow, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append("file"), ("", ""))[1]
    )
    main_window.show_page("share")
    page = main_window.pages["share"]
    preview = page.preview
    qtbot.waitUntil(lambda: preview.stack.currentWidget() is preview.empty, timeout=10_000)
    assert preview.empty.text().startswith("You have not joined a network yet")
    assert not preview.tabs.isVisible()  # no tabs of blank labels
    qtbot.mouseClick(preview.empty.button, LEFT)
    assert asked == ["file"]


def test_the_merge_tab_explains_merging_with_its_button(qtbot, main_window: MainWindow) -> None:
    main_window.show_page("coordinator")
    page = main_window.pages["coordinator"]
    assert page.merge_stack.currentWidget() is page.merge_empty
    assert page.merge_empty.text().startswith("Nothing is merged yet")
    assert page.merge_empty.button.text() == "Merge now"
    assert not page.summary.isVisible()
