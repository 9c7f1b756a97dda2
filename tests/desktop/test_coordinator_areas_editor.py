"""The coordinator sets the network's areas (where activities happen, for the 5W report) in
the app, as a coordinator would: adds rows by keyboard, sees each mistake named as they type,
takes a row out and undoes it, saves. The signed network file in the shared folder holds the
areas, the database shows them again after re-opening, and a saved area keeps its code."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSize, Qt

from db.store import Store
from desktop.coordinator.areas_tab import AreasEditor
from desktop.coordinator.page import AREAS_TAB
from directory import signing
from directory.network import parse_network, verify_network
from directory.sharing import keys as sharing_keys
from tests.desktop import test_coordinator_targets_editor as targets
from tests.desktop.i18n_helpers import MYANMAR
from tests.desktop.test_coordinator_targets_editor import workspace

# The coordinator's database, made once and copied per test, as the targets editor's tests do.
coordinator_template = targets.coordinator_template
coordinator_db = targets.coordinator_db
opened = targets.opened

LEFT = Qt.MouseButton.LeftButton
LAPTOP = QSize(1366, 728)  # 1366×768 less the taskbar


def fill(qtbot, editor: AreasEditor, code: str, name: str, p_code: str = "") -> None:
    qtbot.mouseClick(editor.add_button, LEFT)
    row = editor.rows[-1]
    assert editor.window().focusWidget() is row.code  # the cursor is in the new code
    qtbot.keyClicks(row.code, code)
    qtbot.keyClicks(row.name, name)
    if p_code:
        qtbot.keyClicks(row.p_code, p_code)


def test_the_coordinator_sets_areas_and_they_are_in_the_signed_network_file(
    qtbot, store: Store, coordinator_db: Path, opened: list[Store], tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    window, page = workspace(qtbot, coordinator_db, opened)
    qtbot.mouseClick(page.setup.create_button, LEFT)
    beam = sharing_keys.cso_public_key(store)
    assert page.setup.add("BEAM", "BEAM Education Foundation", beam, signing.key_fingerprint(beam))
    page.use_folder(folder)

    page.tabs.setCurrentIndex(AREAS_TAB)
    editor = page.areas
    assert not editor.empty.isHidden()  # "No areas yet" and the Add button
    fill(qtbot, editor, "mae_sot", "Mae Sot district", "TH6306")
    assert editor.save_button.isEnabled()
    # A wrong code, a missing name and a wrong P-code are each named as the coordinator types.
    fill(qtbot, editor, "Mae Pa", "", "TH6")
    problems = editor.problems.text()
    assert "“Mae Pa” is not an area code" in problems
    assert "Give each area a name." in problems
    assert "“TH6” is not a P-code" in problems
    assert not editor.save_button.isEnabled()
    row = editor.rows[-1]
    row.code.clear()
    qtbot.keyClicks(row.code, "mae_pa")
    qtbot.keyClicks(row.name, "Mae Pa")
    row.p_code.clear()
    qtbot.keyClicks(row.p_code, "th630607")  # small letters are fine: saved in capitals
    row.parent.setCurrentIndex(row.parent.findData("mae_sot"))
    assert editor.problems.isHidden()
    # Two areas with one code: refused.
    fill(qtbot, editor, "mae_pa", "Again")
    assert "Two areas have the code mae_pa: keep one." in editor.problems.text()
    qtbot.mouseClick(editor.rows[-1].remove, LEFT)
    assert editor.problems.isHidden()

    assert editor.save()
    assert "Saved and wrote network file revision" in editor.result.text()
    written = parse_network(json.loads((folder / "network.json").read_text("utf-8")))
    assert verify_network(written)
    areas = {a.code: a for a in written.areas or ()}
    assert set(areas) == {"mae_sot", "mae_pa"}
    assert areas["mae_pa"].admin_code == "TH630607"
    assert areas["mae_pa"].parent == "mae_sot"
    assert areas["mae_sot"].parent is None
    # A saved area keeps its code; the other tabs show the new revision.
    assert all(r.code.isReadOnly() for r in editor.rows)
    assert page.setup.network is not None
    assert page.setup.network.revision == written.revision

    # Taking a row out and undoing it changes nothing; taking it out and saving removes it.
    qtbot.mouseClick(editor.rows[1].remove, LEFT)
    assert len(editor.rows) == 1
    qtbot.mouseClick(editor.undo_button, LEFT)
    assert [r.code.text() for r in editor.rows] == ["mae_sot", "mae_pa"]
    qtbot.mouseClick(editor.rows[1].remove, LEFT)
    assert editor.save()
    again = parse_network(json.loads((folder / "network.json").read_text("utf-8")))
    assert [a.code for a in again.areas or ()] == ["mae_sot"]
    assert again.revision > written.revision

    window.grab().save(str(tmp_path / "areas.png"))


def test_the_areas_tab_reads_in_burmese_and_fits_a_laptop_screen(
    qtbot, store: Store, coordinator_db: Path, opened: list[Store], tmp_path: Path
) -> None:
    from desktop import gallery, i18n

    i18n.set_language("my")
    try:
        window, page = workspace(qtbot, coordinator_db, opened)
        page.tabs.setCurrentIndex(AREAS_TAB)
        editor = page.areas
        assert MYANMAR.search(page.tabs.tabText(AREAS_TAB))
        assert MYANMAR.search(editor.intro.text())
        assert MYANMAR.search(editor.save_button.text())
        assert MYANMAR.search(editor.result.text())  # "Create the network first"
        qtbot.mouseClick(page.setup.create_button, LEFT)
        page.tabs.setCurrentIndex(AREAS_TAB)
        fill(qtbot, editor, "mae_sot", "Mae Sot", "TH6306")
        fill(qtbot, editor, "Mae Pa", "", "")
        assert MYANMAR.search(editor.problems.text())
        window.resize(LAPTOP)
        qtbot.wait(50)
        data = ("mae_sot", "Mae Sot", "TH6306", "Mae Pa", "NET", "Naw Coordinator")
        problems = [str(p) for p in gallery.check(window, "areas", "my", LAPTOP, data)]
        window.grab().save(str(tmp_path / "areas-my.png"))
        assert problems == []
        # Save and Add stay on the screen (the page does not scroll them away).
        for button in (editor.save_button, editor.add_button):
            bottom = button.mapTo(window, button.rect().bottomLeft()).y()
            assert bottom < LAPTOP.height(), button.text()
    finally:
        i18n.set_language("en")
