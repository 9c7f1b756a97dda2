"""The shared network in the app, as people use it: an admin describes a service, sees exactly
what would leave the laptop, publishes it into a shared folder; the coordinator (another
database, coordinator role) merges and sees the figures. Withheld counts are shown as withheld,
never as a small number."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from db import setup, sharing
from db.demo import fill_demo_data
from db.services import ServiceInput, save_service
from db.store import Store
from desktop.coordinator.page import CoordinatorPage
from desktop.directory_page.page import DirectoryPage
from desktop.main_window import MainWindow
from desktop.services_page.page import ServicesPage
from desktop.share_page.page import SharePage
from directory import folder as shared
from directory import merge
from directory.sharing import keys, state
from tests.conftest import ADMIN_PASSWORD
from tests.desktop.conftest import type_text
from tests.directory.conftest import COORDINATOR_KEY, member_network

SMALL_NUMBER = re.compile(r"^≥?[1-4]$")
WITHHELD = "withheld (fewer than 5)"


def window(qtbot, store: Store) -> MainWindow:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_preview(qtbot, page: SharePage) -> None:
    with qtbot.waitSignal(page.preview_ready, timeout=15000):
        page.refresh_preview()


def test_service_preview_publish_and_coordinator_merge(
    qtbot, store: Store, coordinator_store: Store, tmp_path: Path, monkeypatch
) -> None:
    fill_demo_data(store, 120, seed=3, today=dt.date(2026, 6, 15))
    folder = tmp_path / "shared"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))

    # The admin describes a service in My services; problems show as they type.
    cso = window(qtbot, store)
    cso.show_page("services")
    services = cso.pages["services"]
    assert isinstance(services, ServicesPage)
    assert not services.save_button.isEnabled()
    type_text(qtbot, services.lines["name"], "Legal clinic for migrant workers")
    services.category.setCurrentIndex(services.category.findData("legal_aid"))
    services.languages["my"].setChecked(True)
    services.languages["shn"].setChecked(True)
    type_text(qtbot, services.lines["area"], "Mae Pa")
    type_text(qtbot, services.lines["cost"], "x" * 120)
    assert "too long" in services.fields["cost"].message.text()
    assert not services.save_button.isEnabled()
    services.lines["cost"].clear()
    type_text(qtbot, services.lines["cost"], "free")
    click(qtbot, services.save_button)
    assert services.table.column_texts(0) == ["Legal clinic for migrant workers"]

    # The coordinator sets up the network and registers the CSO with the fingerprint read out
    # over the phone from the CSO's Share page.
    cso.show_page("share")
    share = cso.pages["share"]
    assert isinstance(share, SharePage)
    fingerprint = share.fingerprint.text()
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", fingerprint)
    coord = window(qtbot, coordinator_store)
    assert "share" not in coord.pages  # coordinators do not publish a CSO's counts
    coord.show_page("coordinator")
    workspace = coord.pages["coordinator"]
    assert isinstance(workspace, CoordinatorPage)
    click(qtbot, workspace.setup.create_button)
    assert workspace.setup.network is not None
    assert workspace.setup.add(
        "BEAM", "BEAM Education Foundation", keys.cso_public_key(store), fingerprint
    )
    assert workspace.setup.members.column_texts(2) == [fingerprint]
    click(qtbot, workspace.choose_button)
    click(qtbot, workspace.setup.write_button)
    assert "Wrote network file revision 2" in workspace.setup.result.text()

    # The CSO joins: chooses the folder (pulls the network file), sees what leaves.
    with qtbot.waitSignal(share.preview_ready, timeout=15000):
        click(qtbot, share.choose_button)
    assert "Pulled network file revision 2" in share.result_label.text()
    assert "This CSO is a member" in share.network_label.text()
    qtbot.waitUntil(lambda: share.bundle is not None, timeout=15000)
    preview = share.preview
    assert "Legal clinic for migrant workers" in preview.services.column_texts(0)
    row = preview.services.column_texts(0).index("Legal clinic for migrant workers")
    assert preview.services.texts()[row][2] == "Burmese, Shan"
    people = preview.people.texts()
    assert people, "counts are shown"
    cells = [c for r in people for c in r[2:]]
    assert WITHHELD in cells
    assert not [c for c in cells if SMALL_NUMBER.match(c)]

    # Publish, off the GUI thread.
    with qtbot.waitSignal(share.published, timeout=15000) as published:
        click(qtbot, share.publish_button)
    revision = sharing.last_bundle_revision(store)  # the one publishing reserved
    assert revision > 0
    assert share.result_label.text() == f"Published revision {revision} to {folder}."
    assert f"Last published: revision {revision}" in share.last_label.text()
    bundle = published.args[0]
    assert (folder / "bundles" / "BEAM.json").is_file()
    assert [s.name for s in bundle.services] == ["Legal clinic for migrant workers"]

    # The coordinator merges and sees the merged table and the charts' numbers.
    with qtbot.waitSignal(workspace.merged, timeout=15000):
        click(qtbot, workspace.merge_button)
    assert "Merged 1 of 1 CSOs; 0 files rejected." in workspace.summary.text()
    assert workspace.accepted.column_texts(0) == ["BEAM"]
    assert state.seen(coordinator_store) == {"BEAM": revision}
    figures = workspace.figures
    assert figures is not None
    totals = figures.merged.texts()
    assert totals
    assert not [c for r in totals for c in r[2:] if SMALL_NUMBER.match(c)]
    assert any(c not in ("0", "≥0") for r in totals for c in r[2:])
    figures.view.setCurrentIndex(figures.view.findData("cso"))
    each = figures.merged.texts()
    assert {r[0] for r in each} == {"BEAM"}
    each_cells = [c for r in each for c in r[3:]]
    assert WITHHELD in each_cells
    assert not [c for c in each_cells if SMALL_NUMBER.match(c)]
    # The progress chart's numbers: the CSO's cumulative totals against the targets.
    progress = figures.progress_table
    row_of = progress.row_of("Psychosocial support (MHPSS)")
    assert row_of is not None
    assert progress.value(row_of, 1) == 1000
    cumulative = {p.programme: p.cumulative[-1] for p in bundle.programmes}
    reached = progress.item(row_of, 2).text()
    expected = cumulative.get("mhpss")
    assert reached == ("withheld" if expected is None else str(expected))
    trend = figures.trend_table
    assert trend.rowCount() > 0
    assert not [
        trend.item(r, c).text()
        for r in range(trend.rowCount())
        for c in range(1, trend.columnCount())
        if SMALL_NUMBER.match(trend.item(r, c).text())
    ]
    assert figures.heatmap.rowCount() == 1
    assert figures.heatmap.item(0, 0).text() == "✓"
    # The merged directory was written for the CSOs to pull.
    assert (folder / "directory.json").is_file()

    # Exports run off the GUI thread; no name of a person is in them.
    out = tmp_path / "network.csv"
    workspace.export("csv", out)
    qtbot.waitUntil(out.exists, timeout=10000)
    # Referrals between CSOs (made, received, served, completion) as their own CSV.
    flows = tmp_path / "referrals.csv"
    workspace.export("flows_csv", flows)
    qtbot.waitUntil(flows.exists, timeout=10000)
    assert flows.read_text("utf-8-sig").startswith("Referring CSO,Receiving CSO,")
    # The donor report, from the workspace's "Donor report…" button: the app's charts in it.
    assert workspace.export_buttons["docx"].text() == "Donor report…"
    report_file = tmp_path / "donor.docx"
    workspace.export("docx", report_file)
    qtbot.waitUntil(report_file.exists, timeout=15000)
    from docx import Document

    donor = Document(str(report_file))
    headings = [p.text for p in donor.paragraphs if p.style.name.startswith("Heading")]
    assert "Progress against the targets" in headings
    assert "How these figures were made" in headings
    assert len(donor.inline_shapes) >= 2


def test_directory_search_and_filters(qtbot, store: Store, tmp_path: Path) -> None:
    # Another CSO's services come through the coordinator's signed directory.json.
    other = setup.create_cso_database(
        tmp_path / "kaq" / "saphan.db",
        cso_code="KAQ",
        cso_name="Kings and Queens",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store
    save_service(
        other,
        ServiceInput(
            name="Birth registration help",
            category="documentation",
            languages=["th", "ksw"],
            area="Mae Ku",
            contact="055 000 111",
        ),
    )
    save_service(
        other,
        ServiceInput(
            name="Thai for adults",
            category="thai_language",
            languages=["my", "th"],
            area="Mae Sot town",
        ),
    )
    save_service(
        store, ServiceInput(name="Counselling", category="mhpss", languages=["my"], area="Mae Pa")
    )
    network = member_network(store, other)
    folder = tmp_path / "shared"
    shared.write_network(folder, network)
    shared.publish_bundle(other, network, folder)
    other.close()
    report = merge.merge(shared.read_bundles(folder, network).accepted, network)
    shared.write_directory(folder, report, network, COORDINATOR_KEY)
    state.accept_network(store, network)
    state.set_shared_folder(store, folder)

    w = window(qtbot, store)
    page = w.pages["directory"]
    assert isinstance(page, DirectoryPage)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        w.show_page("directory")
    assert sorted(page.table.column_texts(0)) == [
        "Birth registration help",
        "Counselling",
        "Thai for adults",
    ]
    type_text(qtbot, page.search, "regist")
    assert page.table.column_texts(0) == ["Birth registration help"]
    assert "055 000 111" in page.details.text()
    assert page.table.texts()[0][1] == "Kings and Queens"
    page.search.clear()
    page.language.setCurrentIndex(page.language.findData("my"))
    assert sorted(page.table.column_texts(0)) == ["Counselling", "Thai for adults"]
    page.area.setCurrentIndex(page.area.findData("Mae Pa"))
    assert page.table.column_texts(0) == ["Counselling"]
    page.language.setCurrentIndex(0)
    page.area.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("documentation"))
    assert page.table.column_texts(0) == ["Birth registration help"]
    assert page.count.text() == "1 of 3 services"

    # Refer someone: the service joins the CSO's partner list, a person is picked.
    assert page.refer_button.isEnabled()
    click(qtbot, page.refer_button)
    assert page.picker is not None
    page.picker.reject()


def test_offline_folder_message_and_nothing_lost(qtbot, store: Store, tmp_path: Path) -> None:
    network = member_network(store)
    state.accept_network(store, network)
    state.set_shared_folder(store, tmp_path / "usb-stick-not-plugged-in")
    w = window(qtbot, store)
    page = w.pages["share"]
    assert isinstance(page, SharePage)
    w.show_page("share")
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=15000)  # the preview works offline
    assert "(not reachable now)" in page.folder_label.text()
    before = sharing.last_bundle_revision(store)
    click(qtbot, page.publish_button)
    expected = (
        "The shared folder is not reachable. Your counts are safe here; publish again when "
        "the folder is connected."
    )
    qtbot.waitUntil(lambda: page.result_label.text() == expected, timeout=10000)
    assert sharing.last_bundle_revision(store) == before  # no revision used up
    assert "failed: the folder was not reachable" in page.last_label.text()
    assert page.publish_button.isEnabled()  # try again later


def test_rejected_files_are_listed_with_a_reason(
    qtbot, coordinator_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    (folder / "bundles").mkdir(parents=True)
    (folder / "bundles" / "EVIL.json").write_text("{not json")
    (folder / "bundles" / "readme.txt").write_text("hello")
    w = window(qtbot, coordinator_store)
    page = w.pages["coordinator"]
    assert isinstance(page, CoordinatorPage)
    w.show_page("coordinator")
    click(qtbot, page.setup.create_button)
    page.use_folder(folder)
    with qtbot.waitSignal(page.merged, timeout=15000):
        click(qtbot, page.merge_button)
    assert page.rejected.texts() == [
        ["EVIL.json", "The file is not valid JSON (it may be incomplete)."],
        ["readme.txt", "The file name is not a CSO code (e.g. BEAM.json)."],
    ]
    assert "2 files rejected" in page.summary.text()


def test_the_coordinator_page_warns_when_two_laptops_of_a_cso_disagree(
    qtbot, coordinator_store: Store, tmp_path: Path
) -> None:
    from directory import signing
    from tests.server.conftest import make_bundle, private_key, published_by

    a, b = "a1" * 8, "b2" * 16
    folder = tmp_path / "shared"
    (folder / "bundles").mkdir(parents=True)
    w = window(qtbot, coordinator_store)
    page = w.pages["coordinator"]
    assert isinstance(page, CoordinatorPage)
    w.show_page("coordinator")
    click(qtbot, page.setup.create_button)
    public = bytes.fromhex(signing.public_key_hex(private_key("BEAM")))
    assert page.setup.add(
        "BEAM", "BEAM Education Foundation", public, signing.key_fingerprint(public)
    )
    assert page.setup.network is not None
    network_id = page.setup.network.network_id
    page.use_folder(folder)

    def write(name: str, revision: int, device: str, team_state: dict[str, int]) -> None:
        bundle = published_by(make_bundle("BEAM", revision, network_id), device, team_state)
        (folder / "bundles" / name).write_bytes(shared.encode(bundle.document()))

    def merge_now() -> None:
        with qtbot.waitSignal(page.merged, timeout=15000):
            click(qtbot, page.merge_button)

    # Two laptops of BEAM published, neither with the other's latest changes.
    write("BEAM.json", 6400, a, {a: 7})
    write("BEAM (1).json", 6401, b, {a: 3, b: 5})
    merge_now()
    assert not page.warnings.isHidden()
    assert page.warnings.text() == (
        "BEAM (BEAM Education Foundation): two laptops published figures that do not agree; "
        "the CSO should sync its team and publish again. The figures of revision 6401 count "
        "(revision 6400 differs)."
    )
    assert a not in page.warnings.text()  # no device id on the page
    assert page.accepted.column_texts(2) == ["6401"]

    # Merged again later, the warning stays (kept in the coordinator's database) ...
    (folder / "bundles" / "BEAM (1).json").unlink()
    write("BEAM.json", 6401, b, {a: 3, b: 5})
    merge_now()
    assert "BEAM (BEAM Education Foundation)" in page.warnings.text()
    assert not page.warnings.isHidden()

    # ... until the CSO syncs its laptops and publishes again.
    write("BEAM.json", 6464, a, {a: 7, b: 5})
    merge_now()
    assert page.warnings.isHidden()
    assert page.accepted.column_texts(2) == ["6464"]


def test_directory_pulled_from_the_server_is_shown(qtbot, store: Store, tmp_path: Path) -> None:
    """A CSO that shares through the coordination server sees the directory it last pulled."""
    from directory.exports import directory_hsds

    other = setup.create_cso_database(
        tmp_path / "kaq" / "saphan.db",
        cso_code="KAQ",
        cso_name="Kings and Queens",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store
    save_service(
        other,
        ServiceInput(name="Legal aid clinic", category="legal_aid", languages=["my", "th"]),
    )
    network = member_network(store, other)
    folder = tmp_path / "as-the-server-would"
    shared.write_network(folder, network)
    shared.publish_bundle(other, network, folder)
    other.close()
    report = merge.merge(shared.read_bundles(folder, network).accepted, network)
    state.accept_network(store, network)
    state.set_transport(store, state.SERVER)
    state.keep_server_directory(store, directory_hsds(report))

    w = window(qtbot, store)
    page = w.pages["directory"]
    assert isinstance(page, DirectoryPage)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        w.show_page("directory")
    assert page.table.column_texts(0) == ["Legal aid clinic"]
    assert page.table.texts()[0][1] == "Kings and Queens"


def test_the_coordinator_page_shows_a_reopened_month_as_a_correction(
    qtbot, coordinator_store: Store, tmp_path: Path
) -> None:
    from directory import signing
    from directory.bundle import Bundle, sign_bundle
    from tests.server.conftest import make_bundle, private_key

    folder = tmp_path / "shared"
    (folder / "bundles").mkdir(parents=True)
    w = window(qtbot, coordinator_store)
    page = w.pages["coordinator"]
    assert isinstance(page, CoordinatorPage)
    w.show_page("coordinator")
    click(qtbot, page.setup.create_button)
    public = bytes.fromhex(signing.public_key_hex(private_key("BEAM")))
    assert page.setup.add(
        "BEAM", "BEAM Education Foundation", public, signing.key_fingerprint(public)
    )
    assert page.setup.network is not None
    page.use_folder(folder)
    document = make_bundle("BEAM", 7, page.setup.network.network_id).document()
    document.pop("signature")
    document["closed_through"] = "2025-01"
    document["corrections"] = [{"month": "2025-02", "reopened_at": "2025-07-01T09:30:00Z"}]
    bundle = sign_bundle(Bundle.model_validate(document), private_key("BEAM"))
    (folder / "bundles" / "BEAM.json").write_bytes(shared.encode(bundle.document()))
    with qtbot.waitSignal(page.merged, timeout=15000):
        click(qtbot, page.merge_button)
    assert not page.warnings.isHidden()
    assert page.warnings.text() == (
        "BEAM (BEAM Education Foundation) reopened Feb 2025 on 2025-07-01 09:30:00 (UTC): its "
        "figures for that month correct what it published before."
    )
