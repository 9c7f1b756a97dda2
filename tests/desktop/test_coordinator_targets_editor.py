"""The coordinator edits each CSO's share of the targets and the outcome targets in the app, as
a coordinator would: types into the CSO × programme table (a warning, never a block, when the
shares add up to more than the network's target), adds outcome targets, saves. The signed
network file in the shared folder holds them, the app shows them again after the database is
re-opened, and the CSO's dashboard shows its own target."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from db import keys, setup
from db.activities import ActivityType
from db.file_modes import make_private_folder
from db.store import Store
from db.types import Role
from db.users import create_user
from desktop import i18n
from desktop.coordinator.page import TARGETS_TAB, CoordinatorPage
from desktop.coordinator.targets_tab import TargetsEditor
from desktop.main_window import MainWindow
from directory import signing
from directory.network import verify_network
from directory.sharing import keys as sharing_keys
from directory.sharing import state
from tests.conftest import ADMIN_PASSWORD, FAST_KDF, MemoryKeyring
from tests.desktop.activity_helpers import log, person, show_page
from tests.desktop.i18n_helpers import MYANMAR, THAI, untranslated
from tests.desktop.test_cso_targets_views import thai_bar, wait_counted

COORDINATOR_PASSWORD = "coordinator-2026"
SCREEN = (1366, 768)


@pytest.fixture(scope="module")
def coordinator_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another database (the network's), with a user of the coordinator role: made once for
    the module, copied for each test."""
    path = tmp_path_factory.mktemp("coordinator") / "saphan.db"
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(keys, "DEFAULT_KDF", FAST_KDF)
            admin = setup.create_cso_database(
                path,
                cso_code="NET",
                cso_name="Network coordination",
                admin_username="admin",
                admin_full_name="Admin",
                admin_password=ADMIN_PASSWORD,
            ).store
            create_user(admin, "coord", "Naw Coordinator", Role.COORDINATOR, COORDINATOR_PASSWORD)
            admin.close()
    finally:
        keyring.set_keyring(previous)
    return path


@pytest.fixture
def coordinator_db(tmp_path: Path, coordinator_template: Path) -> Path:
    path = tmp_path / "coordinator" / "saphan.db"
    make_private_folder(path.parent)
    for name in (coordinator_template.name, keys.KeyFile.path_for(coordinator_template).name):
        shutil.copy2(coordinator_template.with_name(name), path.with_name(name))
    return path


@pytest.fixture
def opened() -> Iterator[list[Store]]:
    stores: list[Store] = []
    yield stores
    for s in stores:
        s.close()


def workspace(qtbot, path: Path, opened: list[Store]) -> tuple[MainWindow, CoordinatorPage]:
    store = setup.open_database(path, "coord", COORDINATOR_PASSWORD)
    opened.append(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    page = show_page(qtbot, window, "coordinator")
    assert isinstance(page, CoordinatorPage)
    return window, page


def type_into(qtbot, spin: QSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_the_coordinator_edits_shares_and_outcome_targets_and_the_cso_sees_its_own(
    qtbot, store: Store, coordinator_db: Path, opened: list[Store], tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    window, page = workspace(qtbot, coordinator_db, opened)
    qtbot.mouseClick(page.setup.create_button, Qt.MouseButton.LeftButton)
    beam = sharing_keys.cso_public_key(store)
    assert page.setup.add("BEAM", "BEAM Education Foundation", beam, signing.key_fingerprint(beam))
    kaq = bytes.fromhex(signing.public_key_hex(bytes([7]) * 32))
    assert page.setup.add("KAQ", "Kings and Queens", kaq, signing.key_fingerprint(kaq))
    page.use_folder(folder)

    page.tabs.setCurrentIndex(TARGETS_TAB)
    editor = page.targets
    assert isinstance(editor, TargetsEditor)
    table = editor.shares
    assert table.rowCount() == 7  # a row per programme
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Network target", "BEAM", "KAQ", "Together"]
    assert editor.spins[("BEAM", "thai_language")].text() == "–"  # no share yet

    # Shares of Thai language: 1,000 + 600 is more than the network's 1,520: a warning as the
    # coordinator types, and Save stays enabled.
    type_into(qtbot, editor.spins[("BEAM", "thai_language")], "1000")
    type_into(qtbot, editor.spins[("KAQ", "thai_language")], "500")
    assert editor.shares_warning.isHidden()
    type_into(qtbot, editor.spins[("KAQ", "thai_language")], "600")
    assert not editor.shares_warning.isHidden()
    assert editor.shares_warning.text() == (
        "The shares of Thai language add up to 1600, more than the network's target of "
        "1520. You can still save."
    )
    assert editor.save_button.isEnabled()
    thai = [p.code for p in page.setup.network.programmes].index("thai_language")  # type: ignore[union-attr]
    assert table.item(thai, editor.together_column).text() == "1600"
    type_into(qtbot, editor.spins[("KAQ", "mhpss")], "250")

    # Outcome targets: a mistyped instrument code is refused before saving.
    pick, code, improved = editor.add_outcome_row()
    pick.setCurrentIndex(pick.findData("mhpss"))
    code.setCurrentText("")
    qtbot.keyClicks(code.lineEdit(), "WHO5")
    type_into(qtbot, improved, "40")
    bad = editor.add_outcome_row()
    qtbot.keyClicks(bad[1].lineEdit(), "9x")
    assert not editor.outcomes_error.isHidden()
    assert "“9x” is not an instrument code" in editor.outcomes_error.text()
    assert not editor.save_button.isEnabled()
    bad[1].setCurrentText("who5")
    bad[0].setCurrentIndex(bad[0].findData("mhpss"))
    assert "two targets for who5" in editor.outcomes_error.text()
    editor.remove_outcome_row(bad)
    assert editor.outcomes_error.isHidden()
    assert editor.save_button.isEnabled()
    window.grab().save(str(tmp_path / "coordinator-targets-editor.png"))

    before = page.setup.network
    assert before is not None
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result.text().startswith(
        f"Saved and wrote network file revision {before.revision + 1} to"
    )
    assert page.setup.network is not None
    assert page.setup.network.revision == before.revision + 1  # one revision for it all

    # The signed network file in the folder holds the shares and the outcome target.
    written = state.load_network_file(folder / "network.json")
    assert verify_network(written, before.coordinator_key)
    assert written.revision == before.revision + 1
    assert written.cso_target("BEAM", "thai_language") == 1000
    assert written.cso_target("KAQ", "thai_language") == 600
    assert written.cso_target("KAQ", "mhpss") == 250
    assert written.cso_target("BEAM", "mhpss") is None
    assert written.target("thai_language") == 1520  # the network's own target unchanged
    assert [(t.programme, t.instrument, t.improved) for t in written.outcome_targets or ()] == [
        ("mhpss", "who5", 40)
    ]

    # Re-opened, the app shows what was saved.
    window.close()
    opened.pop().close()
    window, page = workspace(qtbot, coordinator_db, opened)
    page.tabs.setCurrentIndex(TARGETS_TAB)
    editor = page.targets
    assert editor.spins[("BEAM", "thai_language")].value() == 1000
    assert editor.spins[("KAQ", "mhpss")].value() == 250
    assert editor.spins[("BEAM", "mhpss")].text() == "–"
    assert [(p.currentData(), c.currentText(), v.value()) for p, c, v in editor.outcome_rows] == [
        ("mhpss", "who5", 40)
    ]

    # Removing the outcome target and a share: the next revision leaves them out.
    editor.remove_outcome_row(editor.outcome_rows[0])
    spin = editor.spins[("KAQ", "mhpss")]
    spin.setValue(spin.minimum())
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    again = state.load_network_file(folder / "network.json")
    assert again.revision == written.revision + 1
    assert "outcome_targets" not in again.document()
    assert again.cso_target("KAQ", "mhpss") is None
    assert again.cso_target("BEAM", "thai_language") == 1000

    # The CSO takes the network file from the folder: its dashboard shows its own target.
    state.accept_network(store, again)
    learners = [person(store, f"Ma Learner {i}").id for i in range(3)]
    log(store, ActivityType.THAI_CLASS, "thai_language", dt.date(2025, 2, 4), learners)
    cso = MainWindow(store)
    qtbot.addWidget(cso)
    cso.resize(*SCREEN)
    cso.show()
    dashboard = show_page(qtbot, cso, "dashboard")
    wait_counted(qtbot, dashboard)
    assert thai_bar(dashboard) == "3 of our share 1000 (0%)"


def test_a_save_the_folder_refuses_is_kept_and_said(
    qtbot, coordinator_db: Path, opened: list[Store], tmp_path: Path
) -> None:
    """No shared folder: the revision is kept in the database and the coordinator is told."""
    _window, page = workspace(qtbot, coordinator_db, opened)
    qtbot.mouseClick(page.setup.create_button, Qt.MouseButton.LeftButton)
    kaq = bytes.fromhex(signing.public_key_hex(bytes([7]) * 32))
    assert page.setup.add("KAQ", "Kings and Queens", kaq, signing.key_fingerprint(kaq))
    editor = page.targets
    type_into(qtbot, editor.spins[("KAQ", "youth")], "90")
    assert editor.save()
    assert "not reachable" in editor.result.text()
    assert page.setup.network is not None
    assert page.setup.network.cso_target("KAQ", "youth") == 90


@pytest.mark.parametrize(("code", "script"), [("my", MYANMAR), ("th", THAI)])
def test_the_editor_reads_in_burmese_and_thai(
    qtbot, coordinator_db: Path, opened: list[Store], tmp_path: Path, code: str, script
) -> None:  # type: ignore[no-untyped-def]
    _window, page = workspace(qtbot, coordinator_db, opened)
    qtbot.mouseClick(page.setup.create_button, Qt.MouseButton.LeftButton)
    kaq = bytes.fromhex(signing.public_key_hex(bytes([7]) * 32))
    assert page.setup.add("KAQ", "Kings and Queens", kaq, signing.key_fingerprint(kaq))
    i18n.set_language(code)
    try:
        window, page = workspace(qtbot, coordinator_db, opened)  # built in the language
        page.tabs.setCurrentIndex(TARGETS_TAB)
        editor = page.targets
        type_into(qtbot, editor.spins[("KAQ", "youth")], "5000")  # more than the network's
        editor.add_outcome_row("mhpss", "abc-")
        qtbot.wait(50)
        assert not editor.shares_warning.isHidden()
        assert not editor.outcomes_error.isHidden()
        window.grab().save(str(tmp_path / f"coordinator-targets-editor-{code}.png"))
        assert script.search(page.tabs.tabText(TARGETS_TAB))
        network = page.setup.network
        assert network is not None
        data = ["Kings and Queens", "abc-", *(p.name for p in network.programmes)]
        assert untranslated(editor, script, data) == []
    finally:
        i18n.set_language("en")
