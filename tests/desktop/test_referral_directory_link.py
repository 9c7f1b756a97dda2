"""A referral is made to a service of the network's directory: the receiving CSO and the
service's category come from the directory, nobody types them (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db import beneficiaries, referrals, setup
from db.services import ServiceInput, save_service
from db.store import Store
from desktop.directory_page.listings import Listing, known_network_listings, partner_service_for
from desktop.referrals.refer_dialog import ReferDialog
from directory import folder as shared
from directory import merge
from directory.exports import directory_hsds
from directory.sharing import state
from directory.tables import hsds_cso_code
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person
from tests.directory.conftest import member_network


@pytest.fixture
def directory(store: Store, tmp_path: Path) -> list[dict[str, object]]:
    """The network's directory as the server gives it: KAQ's legal aid clinic."""
    other = setup.create_cso_database(
        tmp_path / "kaq" / "saphan.db",
        cso_code="KAQ",
        cso_name="Kings and Queens",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store
    save_service(other, ServiceInput(name="Legal aid clinic", category="legal_aid"))
    network = member_network(store, other)
    folder = tmp_path / "as-the-server-would"
    shared.write_network(folder, network)
    shared.publish_bundle(other, network, folder)
    other.close()
    report = merge.merge(shared.read_bundles(folder, network).accepted, network)
    services = directory_hsds(report)
    state.accept_network(store, network)
    state.set_transport(store, state.SERVER)
    state.keep_server_directory(store, services)
    return services


def test_the_directory_names_the_member_that_gives_each_service(
    directory: list[dict[str, object]],
) -> None:
    assert [hsds_cso_code(s) for s in directory] == ["KAQ"]
    # A directory written before the identifier existed: its description names the member.
    older = {
        **directory[0],
        "organization": {"name": "X", "description": "X (KWA2), member of the network."},
    }
    assert hsds_cso_code(older) == "KWA2"
    assert hsds_cso_code({"organization": {"description": "no code"}}) == ""


def test_a_referral_from_the_refer_dialog_to_a_directory_service(
    qtbot, store: Store, directory: list[dict[str, object]]
) -> None:
    hnin = beneficiaries.register_person(store, person("Ma Hnin Ei", consent_referral=True))
    dialog = ReferDialog(store, beneficiaries.get_person(store, hnin.id))
    qtbot.addWidget(dialog)
    texts = [dialog.service.itemText(i) for i in range(dialog.service.count())]
    wanted = "Kings and Queens — Legal aid clinic (network directory)"
    assert wanted in texts
    dialog.service.setFocus()
    dialog.service.setCurrentIndex(texts.index(wanted))
    assert "Network member KAQ · Legal aid" in dialog.how_to.text()
    qtbot.keyClicks(dialog.reason, "Documents taken by employer")
    qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.record is not None
    made = referrals.get_referral(store, dialog.record.id)
    assert (made.to_cso, made.category, made.organisation) == (
        "KAQ",
        "legal_aid",
        "Kings and Queens",
    )
    # Now on the CSO's list of partner services, with the member that gives it.
    listed = [s for s in referrals.list_services(store) if s.name == "Legal aid clinic"]
    assert [s.cso_code for s in listed] == ["KAQ"]
    again = ReferDialog(store, beneficiaries.get_person(store, hnin.id))
    qtbot.addWidget(again)
    texts = [again.service.itemText(i) for i in range(again.service.count())]
    assert wanted not in texts  # offered once, as the partner service it became
    assert "Kings and Queens — Legal aid clinic" in texts


def test_a_partner_service_typed_before_learns_its_member(
    store: Store, directory: list[dict[str, object]]
) -> None:
    typed = referrals.add_partner_service(store, "Kings and Queens", "Legal aid clinic")
    assert typed.cso_code == ""
    (listing,) = known_network_listings(store)
    assert isinstance(listing, Listing)
    assert partner_service_for(store, listing) == typed.id
    assert [s.cso_code for s in referrals.list_services(store)] == ["KAQ"]
