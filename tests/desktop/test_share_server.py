"""The Share page with the coordination server, against a real server (uvicorn in a
subprocess on 127.0.0.1): choose the server, enter the address, network code and token (kept
only in the keyring), publish, pull; offline, the bundle waits in the outbox and "Send waiting
counts" sends it once the server is back. The status bar follows the last publish."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt

from db import settings
from db.demo import fill_demo_data
from db.store import Store
from desktop.main_window import MainWindow
from desktop.share_page.page import SharePage
from directory import server_client as sc
from directory.folder import encode
from directory.network import Network
from directory.server.storage import COORDINATOR, CSO, Storage
from directory.sharing import state
from tests.desktop.conftest import type_text
from tests.directory.conftest import member_network
from tests.server.conftest import ServerProcess, free_port

UNREACHABLE = (
    "The server cannot be reached. The counts will be sent when you publish again; nothing is lost."
)
NO_KEYRING = "This computer has no secure password store, so Saphan cannot keep the server token."


@dataclass
class Server:
    storage: Storage
    network: Network
    database_url: str
    cso_token: str
    coordinator_token: str


@pytest.fixture
def server_db(store: Store, tmp_path: Path) -> Iterator[Server]:
    """A server database whose network has the test CSO (a real encrypted CSO database)."""
    fill_demo_data(store, 40, seed=3, today=dt.date(2026, 6, 15))
    network = member_network(store)
    url = f"sqlite:///{tmp_path / 'server.db'}"
    storage = Storage(url)
    storage.upgrade()
    storage.create_network(
        "maesot", network.coordinator_key, network.revision, encode(network.document())
    )
    _, cso_token = storage.issue_token("maesot", CSO, "BEAM")
    _, coordinator_token = storage.issue_token("maesot", COORDINATOR, label="coordinator")
    yield Server(storage, network, url, cso_token, coordinator_token)
    storage.dispose()


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """No back-off between the client's retries (an unreachable server answers at once)."""
    monkeypatch.setattr(sc.random, "uniform", lambda _a, _b: 0.0)


def share_page(qtbot, store: Store) -> tuple[MainWindow, SharePage]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_page("share")
    page = window.pages["share"]
    assert isinstance(page, SharePage)
    return window, page


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_publish_and_pull_through_the_server(qtbot, store: Store, server_db: Server) -> None:
    server = ServerProcess(server_db.database_url)
    server.start()
    try:
        window, page = share_page(qtbot, store)
        assert window.sync_label.text() == "Not shared yet"

        page.server_choice.setChecked(True)
        assert page.how_stack.currentIndex() == 1
        assert not page.publish_button.isEnabled()  # no address yet
        type_text(qtbot, page.url_edit, server.url)
        type_text(qtbot, page.network_edit, "maesot")
        assert page.token_edit.echoMode() == page.token_edit.EchoMode.Password
        type_text(qtbot, page.token_edit, server_db.cso_token)

        click(qtbot, page.publish_button)
        qtbot.waitUntil(lambda: "Published revision" in page.result_label.text(), timeout=30000)
        revision = server_db.storage.bundle_revision("maesot", "BEAM")
        assert revision is not None
        assert page.result_label.text() == f"Published revision {revision} to the server."
        report = sc.pull_aggregates(server.url, "maesot", server_db.coordinator_token)
        assert report["bundles"] == {"BEAM": revision}
        assert window.sync_label.text() == f"Shared: revision {revision}"
        assert f"Last published: revision {revision}" in page.last_label.text()
        assert not page.send_button.isVisible()

        # The token went to the keyring only; the choice and the address are remembered.
        assert page.token_edit.text() == ""
        assert sc.load_token(server.url, "maesot", "BEAM") == server_db.cso_token
        assert "kept in this computer's password store" in page.token_label.text()
        assert state.transport(store) == state.SERVER
        assert state.server_address(store) == (server.url, "maesot")
        for key in (
            settings.SERVER_URL,
            settings.SERVER_NETWORK,
            settings.TRANSPORT,
            settings.LAST_PUBLISH,
        ):
            assert server_db.cso_token not in (settings.stored_text(store, key) or "")
        # The coordinator key was trusted on first use, as with the shared folder.
        assert state.trusted_key(store) == server_db.network.coordinator_key

        # Pull: the network file and the directory, from the server.
        click(qtbot, page.pull_button)
        qtbot.waitUntil(lambda: page.result_label.text().startswith("Pulled"), timeout=30000)
        services = state.server_directory(store)
        assert services is not None
        assert f"{len(services)} services in the directory" in page.result_label.text()

        # A new window shows the server choice and the last publish.
        again, reopened = share_page(qtbot, store)
        assert reopened.server_choice.isChecked()
        assert reopened.url_edit.text() == server.url
        assert again.sync_label.text() == f"Shared: revision {revision}"
    finally:
        server.stop()


def test_offline_the_counts_wait_then_go(
    qtbot, store: Store, server_db: Server, fast_retries: None
) -> None:
    port = free_port()  # nothing listens there yet
    url = f"http://127.0.0.1:{port}"
    state.accept_network(store, server_db.network)  # pulled earlier, kept for offline use
    state.set_transport(store, state.SERVER)
    state.set_server_address(store, url, "maesot")
    sc.save_token(url, "maesot", "BEAM", server_db.cso_token)
    window, page = share_page(qtbot, store)
    assert page.server_choice.isChecked()
    assert "kept in this computer's password store" in page.token_label.text()

    click(qtbot, page.publish_button)
    qtbot.waitUntil(lambda: page.result_label.text() == UNREACHABLE, timeout=30000)
    waiting = sc.pending_bundle(store, url, "maesot")
    assert waiting is not None
    assert page.send_button.isVisible()
    assert window.sync_label.text() == "Counts waiting to be sent"
    assert "could not be reached" in page.last_label.text()

    server = ServerProcess(server_db.database_url, port=port)
    server.start()
    try:
        click(qtbot, page.send_button)
        expected = f"Published revision {waiting.revision} to the server."
        qtbot.waitUntil(lambda: page.result_label.text() == expected, timeout=30000)
        assert server_db.storage.bundle_revision("maesot", "BEAM") == waiting.revision
        assert sc.pending_bundle(store, url, "maesot") is None
        assert not page.send_button.isVisible()
        assert window.sync_label.text() == f"Shared: revision {waiting.revision}"
    finally:
        server.stop()


def test_without_a_keyring_the_token_is_not_kept(qtbot, store: Store) -> None:
    keyring.set_keyring(FailKeyring())  # the autouse memory keyring is put back afterwards
    _, page = share_page(qtbot, store)
    page.server_choice.setChecked(True)
    type_text(qtbot, page.url_edit, "https://share.example.org")
    type_text(qtbot, page.network_edit, "maesot")
    qtbot.keyClick(page.network_edit, Qt.Key.Key_Return)  # the address is kept
    assert page.token_label.text() == NO_KEYRING
    type_text(qtbot, page.token_edit, "sph_secret")
    qtbot.keyClick(page.token_edit, Qt.Key.Key_Return)
    assert page.token_label.text() == NO_KEYRING
    assert "sph_secret" not in "".join(
        settings.stored_text(store, key) or ""
        for key in (settings.SERVER_URL, settings.SERVER_NETWORK, settings.TRANSPORT)
    )


def test_the_address_is_checked(qtbot, store: Store) -> None:
    _, page = share_page(qtbot, store)
    page.server_choice.setChecked(True)
    type_text(qtbot, page.url_edit, "share.example.org")
    type_text(qtbot, page.network_edit, "maesot")
    assert not page.publish_button.isEnabled()
    assert "starting with https://" in page.address_label.text()
    page.url_edit.setText("http://share.example.org")
    assert page.publish_button.isEnabled()
    assert "not encrypted" in page.address_label.text()
    page.url_edit.setText("https://share.example.org")
    assert not page.address_label.isVisible()
    page.folder_choice.setChecked(True)
    assert state.transport(store) == state.FOLDER
