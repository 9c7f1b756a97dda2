"""The process the fuzz tests run Saphan's readers of untrusted bytes in.

``python -m tests.fuzz.worker`` reads requests from stdin and answers on stdout (pickled,
length-prefixed): first ``("setup", folder)``, answered with the valid documents to mutate,
then ``(reader, bytes)``, answered with an :class:`Outcome`: how the reader ended ("ok", the
reader's documented typed error, or anything else with its traceback), the CPU time it used
and how far its resident memory rose above where it started (Linux: the peak is reset before
each input through /proc/self/clear_refs). A reader that never returns is the parent's
business: it kills this process and starts another.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import re
import resource
import shutil
import struct
import sys
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

# Everything a reader might print goes to stderr; stdout carries the answers only.
_ANSWERS = os.fdopen(os.dup(1), "wb")
os.dup2(2, 1)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PREVIEW_ROWS = 300
ADMIN = "admin"
PASSWORD = "mae-sot-2026"
# A hard stop far above the budget, so that a runaway reader cannot take the machine down.
ADDRESS_SPACE_MARGIN = 2 * 1024**3


@dataclass(frozen=True)
class Outcome:
    kind: str  # "ok", "typed" or "untyped"
    detail: str  # the typed error's reason, or the traceback
    cpu_seconds: float
    memory_bytes: int | None  # peak resident memory above the start; None where unmeasured


def _status(field: str) -> int | None:
    try:
        text = Path("/proc/self/status").read_text()
    except OSError:
        return None
    m = re.search(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE)
    return int(m.group(1)) * 1024 if m else None


def _reset_peak() -> int | None:
    """Reset the peak resident memory; the current resident memory, or None if unmeasured."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return None
    return _status("VmRSS")


def _limit_address_space() -> None:
    size = _status("VmSize")
    if size is not None:
        limit = size + ADDRESS_SPACE_MARGIN
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


class Readers:
    """Each ``read_<name>`` feeds the bytes to Saphan the way the app, the CLI or the server
    does; ``ALLOWED[name]`` is the typed error that reader documents."""

    def __init__(self, root: Path) -> None:
        import keyring
        from fastapi.testclient import TestClient

        from db import keys, setup
        from db.backup import backup_database
        from directory import folder
        from directory.merge import merge
        from directory.server.app import create_app
        from directory.server.config import Settings
        from directory.server.storage import COORDINATOR, CSO, Storage
        from tests.conftest import MemoryKeyring
        from tests.fuzz import seeds

        keyring.set_keyring(MemoryKeyring())
        keys.DEFAULT_KDF = keys.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
        self.root = root
        self.scratch = root / "scratch"
        self.network = seeds.make_network()
        self.bundle = seeds.make_bundle(services=2)

        store = setup.create_cso_database(
            root / "cso" / "saphan.db",
            cso_code="BEAM",
            cso_name="BEAM Education Foundation",
            admin_username=ADMIN,
            admin_full_name="Daw Khin Myo",
            admin_password=PASSWORD,
        )
        self.store = store.store
        self.recovery = store.recovery_passphrase
        backup = backup_database(self.store, root / "seed.saphan-backup").path

        shared = root / "shared"
        folder.write_directory(
            shared, merge([self.bundle], self.network), self.network, seeds.COORDINATOR_KEY
        )
        folder.write_network(shared, self.network)

        storage = Storage(f"sqlite:///{root / 'server.db'}")
        storage.upgrade()
        storage.create_network(
            self.network.network_id,
            self.network.coordinator_key,
            self.network.revision,
            folder.encode(self.network.document()),
        )
        self.coordinator_token = storage.issue_token("maesot", COORDINATOR, label="c")[1]
        self.cso_token = storage.issue_token("maesot", CSO, "BEAM")[1]
        settings = Settings(database_url=storage.url, rate_per_second=1e6, burst=10**6)
        self.client = TestClient(create_app(settings, storage))
        self.client.__enter__()

        self.seeds = {
            "bundle": [seeds.bundle_bytes(self.bundle), seeds.bundle_bytes(seeds.make_bundle())],
            "network": [(shared / folder.NETWORK_FILE).read_bytes()],
            "directory": [(shared / folder.DIRECTORY_FILE).read_bytes()],
            "backup": [backup.read_bytes()],
            "key_file": [keys.KeyFile.path_for(self.store.path).read_bytes()],
            "csv": [seeds.people_csv()],
            "xlsx": [seeds.people_xlsx(root / "seed.xlsx")],
        }

    # --- the readers ----------------------------------------------------------------------

    def read_bundle(self, data: bytes) -> None:
        """As the shared-folder reader and the server take a file: from its bytes."""
        from directory.validation import check_bundle_bytes

        check_bundle_bytes(data, self.network, "BEAM")

    def read_bundle_parsed(self, data: bytes) -> None:
        """As the server takes an upload (parsed first), and a parsed document."""
        from directory.validation import check_bundle, parse_json

        check_bundle(parse_json(data), self.network, "BEAM")

    def _bundle_file(self, data: bytes) -> None:
        from directory import folder

        path = folder.bundle_path(self.scratch, "BEAM")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def read_bundle_folder(self, data: bytes) -> None:
        """The coordinator's merge over a folder holding it: any bundle is accepted or listed
        as rejected, never an exception."""
        from directory import folder
        from directory.merge import merge

        self._bundle_file(data)
        result = folder.read_bundles(self.scratch, self.network)
        merge(result.accepted, self.network)

    def read_bundle_slot(self, data: bytes) -> None:
        """What publishing reads first: the revision in the CSO's own slot of the folder."""
        from directory import folder

        self._bundle_file(data)
        folder._revision_in_folder(self.scratch, "BEAM")

    def read_network(self, data: bytes) -> None:
        from directory import folder

        (self.scratch / folder.NETWORK_FILE).write_bytes(data)
        folder.read_network(self.scratch)  # signed by the key it names (as before pinning)

    def read_directory(self, data: bytes) -> None:
        from directory import folder

        (self.scratch / folder.DIRECTORY_FILE).write_bytes(data)
        folder.read_directory(self.scratch, self.network)

    def _put(self, url: str, data: bytes, token: str) -> None:
        r = self.client.put(url, content=data, headers={"Authorization": f"Bearer {token}"})
        if r.status_code not in (200, 201, 409, 413, 422):
            raise AssertionError(f"status {r.status_code}: {r.text[:500]}")
        if r.status_code >= 400 and "error" not in r.json():
            raise AssertionError(f"no error code: {r.text[:500]}")

    def read_server_bundle(self, data: bytes) -> None:
        self._put("/v1/networks/maesot/bundles/BEAM", data, self.cso_token)

    def read_server_network(self, data: bytes) -> None:
        self._put("/v1/networks/maesot/network", data, self.coordinator_token)

    def _answering(self, data: bytes, status: int) -> Any:
        """An HTTP client whose every answer is ``status`` with these bytes as the body
        (gzip-encoded when they look so), and the app's client set to retry without waiting."""
        import functools

        import httpx

        from directory import server_client as sc

        if not isinstance(sc.request_with_retries, functools.partial):
            sc.request_with_retries = functools.partial(  # type: ignore[assignment]
                sc.request_with_retries, sleep=lambda seconds: None, attempts=2
            )

        class Body(httpx.SyncByteStream):
            def __iter__(self) -> Any:
                for at in range(0, len(data), 65536):
                    yield data[at : at + 65536]

        def answer(request: httpx.Request) -> httpx.Response:
            headers = {"content-type": "application/json"}
            if data.startswith(b"\x1f\x8b"):
                headers["content-encoding"] = "gzip"
            return httpx.Response(status, stream=Body(), headers=headers)

        return httpx.Client(transport=httpx.MockTransport(answer))

    def read_server_pull(self, data: bytes) -> None:
        """The app pulls the network file; the server answers these bytes."""
        from directory import server_client as sc

        with self._answering(data, 200) as http:
            sc.pull_network("http://s", "maesot", "t", client=http)

    def read_server_directory(self, data: bytes) -> None:
        """The app pulls the merged directory; the server answers these bytes."""
        from directory import server_client as sc

        with self._answering(data, 200) as http:
            sc.pull_directory("http://s", "maesot", "t", client=http)

    def read_server_refusal(self, data: bytes) -> None:
        """The server refuses a publication (409) with these bytes as the reason."""
        from directory import server_client as sc

        with self._answering(data, 409) as http:
            sc.publish_to_server(self.bundle, "http://s", "maesot", "t", client=http, attempts=1)

    def read_server_busy(self, data: bytes) -> None:
        """The server says "too many requests" (429) twice, with these bytes."""
        from directory import server_client as sc

        with self._answering(data, 429) as http:
            sc.pull_directory("http://s", "maesot", "t", client=http)

    def read_backup(self, data: bytes) -> None:
        from db.backup import BackupRefused, read_backup_manifest, restore_backup

        path = self.scratch / "file.saphan-backup"
        path.write_bytes(data)
        with contextlib.suppress(BackupRefused):
            read_backup_manifest(path)
        with contextlib.suppress(BackupRefused):
            restore_backup(
                path, self.scratch / "restored" / "saphan.db", username=ADMIN, password=PASSWORD
            )
        restore_backup(
            path, self.scratch / "recovered" / "saphan.db", recovery_passphrase=self.recovery
        )

    def read_key_file(self, data: bytes) -> None:
        from db import keys
        from db.errors import WrongCredentials

        path = self.scratch / "saphan.db.keys"
        path.write_bytes(data)
        keyfile = keys.KeyFile.load(path)
        with contextlib.suppress(WrongCredentials):
            keyfile.unlock_user(ADMIN, PASSWORD)
        keyfile.unlock_recovery(self.recovery)

    def _import(self, path: Path, data: bytes) -> None:
        import dataclasses
        import datetime as dt

        from db import importing
        from db.types import PopulationGroup

        path.write_bytes(data)
        importing.list_sheets(path)
        sheet = importing.read_sheet(path)
        mapping, _ = importing.suggest_mapping(self.store, sheet)
        # Reading is what hostile files attack; the preview's work per row (a look-up in the
        # registry, about a millisecond) is the same for every row, so the first rows do.
        sheet = dataclasses.replace(
            sheet, rows=sheet.rows[:PREVIEW_ROWS], row_numbers=sheet.row_numbers[:PREVIEW_ROWS]
        )
        options = importing.ImportOptions(
            consent_date=dt.date(2025, 12, 1),
            consent_services=True,
            population_group=PopulationGroup.NEW_ARRIVAL,
            today=dt.date(2026, 1, 15),
        )
        importing.preview(self.store, sheet, mapping, options)

    def read_csv(self, data: bytes) -> None:
        self._import(self.scratch / "list.csv", data)

    def read_xlsx(self, data: bytes) -> None:
        self._import(self.scratch / "list.xlsx", data)

    # --- running one input ----------------------------------------------------------------

    def allowed(self, reader: str) -> tuple[type[BaseException], ...]:
        from db.backup import BackupRefused
        from db.errors import KeyFileCorrupt, ValidationFailed, WrongCredentials
        from db.import_sheets import ImportFileProblem
        from directory.errors import BundleInvalid, NetworkInvalid
        from directory.server_client import ServerError

        return {
            "bundle": (BundleInvalid,),
            "bundle_parsed": (BundleInvalid,),
            "bundle_folder": (),
            "bundle_slot": (),
            "network": (NetworkInvalid,),
            "directory": (NetworkInvalid,),
            "server_bundle": (),
            "server_network": (),
            "server_pull": (ServerError, NetworkInvalid),
            "server_directory": (ServerError,),
            "server_refusal": (ServerError,),
            "server_busy": (ServerError,),
            "backup": (BackupRefused,),
            "key_file": (KeyFileCorrupt, WrongCredentials),
            "csv": (ImportFileProblem, ValidationFailed),
            "xlsx": (ImportFileProblem, ValidationFailed),
        }[reader]

    def run(self, reader: str, data: bytes) -> Outcome:
        read: Callable[[bytes], None] = getattr(self, f"read_{reader}")
        allowed = self.allowed(reader)
        shutil.rmtree(self.scratch, ignore_errors=True)
        self.scratch.mkdir()
        start_memory = _reset_peak()
        start = time.process_time()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                read(data)
            kind, detail = "ok", ""
        except allowed as exc:
            kind, detail = "typed", f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}"
        except BaseException:
            kind, detail = "untyped", traceback.format_exc()
        cpu = time.process_time() - start
        peak = _status("VmHWM")
        memory = None if start_memory is None or peak is None else max(0, peak - start_memory)
        return Outcome(kind, detail, cpu, memory)


def _receive(stream: IO[bytes]) -> Any:
    header = stream.read(8)
    if len(header) < 8:
        return None
    (size,) = struct.unpack("<Q", header)
    return pickle.loads(stream.read(size))


def send(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(data)) + data)
    stream.flush()


def main() -> None:
    readers: Readers | None = None
    while (request := _receive(sys.stdin.buffer)) is not None:
        name, payload = request
        if name == "setup":
            readers = Readers(Path(payload))
            _limit_address_space()
            send(_ANSWERS, readers.seeds)
        else:
            assert readers is not None
            send(_ANSWERS, vars(readers.run(name, payload)))  # plain data: this is __main__


if __name__ == "__main__":
    main()
