"""5W in the app (issue 20): Log a session offers the network's areas (the CSO's usual area
first, "Not known" always there), Settings keeps the usual area, and the coordinator's
workspace writes the 5W table with the same function as ``saphan merge --5w``. Each window is
grabbed at 1366x768 (``SAPHAN_SHOT_DIR`` keeps the PNGs)."""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QScrollArea, QWidget

from db import activities, settings
from db.activities import ActivityType
from db.beneficiaries import register_person
from db.programmes import list_programmes
from db.store import Store
from db.types import PersonInput, PopulationGroup, Sex
from desktop.coordinator.page import CoordinatorPage
from desktop.main_window import MainWindow
from desktop.sessions.log_dialog import LogSessionDialog
from desktop.settings_page.page import SettingsPage
from directory import folder as shared
from directory.sharing import coordinator, keys, memory
from tests.desktop.activity_helpers import add_by_keyboard, person
from tests.directory.conftest import member_network
from tests.directory.test_five_w import MAE_SOT_AREAS, with_areas


def grab(widget: QWidget, name: str) -> None:
    """The widget at 1366x768, saved where the run keeps screenshots (or a temp folder)."""
    widget.resize(1366, 768)
    widget.show()
    target = Path(os.environ.get("SAPHAN_SHOT_DIR", "/tmp")) / f"five-w-{name}.png"
    assert widget.grab().save(str(target))


@pytest.fixture
def areas_accepted(store: Store) -> None:
    """The CSO accepted a network file that lists Mae Sot's areas."""
    memory.accept_network(store, with_areas(member_network(store)))


def test_log_a_session_offers_the_network_areas(
    qtbot, store: Store, areas_accepted: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LogSessionDialog, "last_type", ActivityType.MHPSS_GROUP)
    settings.set_default_area(store, "mae_pa")
    came = person(store, "Ma Hnin Ei")
    dialog = LogSessionDialog(store)
    qtbot.addWidget(dialog)
    combo = dialog.area
    assert dialog.fields["area"].isVisibleTo(dialog)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "Not known"
    assert "Mae Pa" in names
    assert "Mae Sot City Municipality (Mae Sot (tambon))" in names  # lies in a tambon
    assert len(names) == 1 + len(MAE_SOT_AREAS)
    assert combo.area() == "mae_pa"  # the CSO's usual area first
    # Chosen with the keyboard: type the start of a name.
    combo.setFocus()
    qtbot.keyClicks(combo, "Tha")
    assert combo.area() == "tha_sai_luat"
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.area() == "mae_tao"
    add_by_keyboard(qtbot, dialog.group_picker, "Hnin")
    assert dialog.group_picker.attendee_ids() == [came.id]
    grab(dialog, "log-session")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.record is not None
    assert dialog.record.area == "mae_tao"
    assert activities.get_session(store, dialog.record.id).area == "mae_tao"
    # Recording the attendance later shows the area, fixed.
    again = LogSessionDialog(store, existing=dialog.record)
    qtbot.addWidget(again)
    assert again.area.area() == "mae_tao"
    assert not again.area.isEnabled()


def test_not_known_is_its_own_value_and_without_areas_there_is_no_choice(
    qtbot, store: Store
) -> None:
    dialog = LogSessionDialog(store)  # no network accepted: nothing to choose
    qtbot.addWidget(dialog)
    assert not dialog.fields["area"].isVisibleTo(dialog)
    assert dialog.area.area() is None
    memory.accept_network(store, with_areas(member_network(store)))
    other = LogSessionDialog(store)
    qtbot.addWidget(other)
    assert other.area.area() is None  # no usual area set: "Not known"
    assert other.session_input() is None or other.session_input().area is None  # type: ignore[union-attr]


def test_settings_keep_the_usual_area(qtbot, store: Store, areas_accepted: None) -> None:
    page = SettingsPage(store)
    qtbot.addWidget(page)
    box = page.area_box
    assert box is not None
    seen: list[str] = []
    box.status_message.connect(seen.append)
    box.choice.setCurrentIndex(box.choice.findData("tha_sai_luat"))
    assert settings.default_area(store) == "tha_sai_luat"
    assert seen == ["Saved the usual area of sessions."]
    box.choice.setCurrentIndex(0)
    assert settings.default_area(store) is None
    page.resize(1366, 768)
    page.show()
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(box, 0, 200)
    assert box.visibleRegion().boundingRect().height() == box.height()  # not clipped
    grab(page, "settings")


def test_the_coordinator_writes_the_5w_table(
    qtbot, store: Store, coordinator_store: Store, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "shared"
    coordinator.create(coordinator_store, "maesot", "Mae Sot CSO network", start="2025-01")
    public = keys.cso_public_key(store)
    coordinator.add_member(coordinator_store, code=store.cso.code, name="BEAM", public_key=public)
    network = coordinator.set_areas(coordinator_store, dict(MAE_SOT_AREAS))
    folder.mkdir()
    coordinator.write_to_folder(network, folder)
    # The CSO logs sessions in three areas and publishes.
    people = [
        register_person(
            store,
            PersonInput(
                name_latin=f"Person {n}",
                name_script="",
                sex=Sex.MALE,
                population_group=PopulationGroup.HOST_COMMUNITY,
                consent_date=dt.date(2025, 1, 6),
                birth_date=dt.date(1990, 5, 17),
                consent_data_use=True,
            ),
        ).id
        for n in range(16)
    ]
    mhpss = next(p for p in list_programmes(store) if p.code == "mhpss")
    places = (("mae_pa", people[:8]), ("mae_tao", people[8:10]), ("mae_sot_city", people[10:]))
    for area, ids in places:
        activities.log_session(
            store,
            activities.SessionInput(
                activity_type=ActivityType.MHPSS_GROUP,
                programme_id=mhpss.id,
                date=dt.date(2025, 2, 3),
                area=area,
                attendee_ids=ids,
            ),
        )
    shared.publish_bundle(store, network, folder)

    w = MainWindow(coordinator_store)
    qtbot.addWidget(w)
    w.show()
    w.show_page("coordinator")
    page = w.pages["coordinator"]
    assert isinstance(page, CoordinatorPage)
    page.use_folder(folder)
    button = page.export_buttons["five_w"]
    assert button.text() == "5W (HXL)…"
    assert not button.isEnabled()  # nothing merged yet
    with qtbot.waitSignal(page.merged, timeout=15000):
        qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert button.isEnabled()
    page.tabs.setCurrentIndex(1)
    w.resize(1366, 768)
    grab(w, "coordinator")
    out = tmp_path / "five-w"  # no suffix: the chosen filter's is added
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *_a, **_k: (str(out), "Excel workbook (*.xlsx)"),
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    written = tmp_path / "five-w.xlsx"
    qtbot.waitUntil(written.exists, timeout=15000)
    # The CSV form: the same table as `saphan merge --5w`.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "5w.csv"), "")
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil((tmp_path / "5w.csv").exists, timeout=15000)
    with open(tmp_path / "5w.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert "#adm2+code" in rows[1]
    by_area = {r[6]: r for r in rows[2:]}
    reached = rows[1].index("#reached+ind")
    assert by_area["mae_pa"][reached] == "8"
    assert by_area["mae_pa"][8:10] == ["TH6306", "TH630607"]
    assert by_area["mae_tao"][reached] == ""  # 2 people: withheld, never 0
    assert by_area["mae_tao"][-1] == "everyone, host community"
    assert by_area["mae_sot_city"][reached] == ""  # or 16 - 8 - 6 gives the 2 away


def test_the_share_preview_shows_the_5w_rows_that_leave(qtbot, store: Store) -> None:
    from desktop.share_page.preview import BundlePreview
    from directory.bundle import build_bundle
    from tests.directory.test_five_w import _fill

    _fill(store, "p")
    today = dt.date(2026, 6, 15)
    preview = BundlePreview()
    qtbot.addWidget(preview)
    plain = member_network(store)
    preview.show_bundle(build_bundle(store, plain, today=today), plain)
    assert not preview.tabs.isTabVisible(preview.where_tab)
    network = with_areas(plain)
    preview.show_bundle(build_bundle(store, network, today=today), network)
    assert preview.tabs.isTabVisible(preview.where_tab)
    rows = preview.where.texts()
    tao = next(r for r in rows if r[2] == "Mae Tao")
    assert tao[:2] == ["Psychosocial support (MHPSS)", "MHPSS group session"]
    assert tao[4:] == ["withheld (fewer than 5)", "withheld (fewer than 5)", "0", "0"]
    assert any(r[2] == "Not known" for r in rows)
    preview.tabs.setCurrentIndex(preview.where_tab)
    grab(preview, "share-preview")
