"""The coordination-server transport, client side (httpx; no Qt).

- :func:`publish_to_server` sends a signed bundle, retrying with bounded exponential back-off
  on connection errors, 5xx and 429. The server takes the same revision and content twice as a
  retry (200), so a retry after a lost response never stores anything twice.
- :class:`ServerTransport` carries the sharing pipeline (:mod:`directory.sharing.pipeline`)
  to the server: :func:`publish_via_server` runs it (pull the network file, build and sign the
  bundle, claim its revision and put it in the *outbox*, a setting inside the CSO's encrypted
  database, send it, empty the outbox). Offline, the bundle waits in the outbox and
  :func:`send_outbox` (or the next publish, which supersedes it) sends it later.
- :func:`pull_network` checks the network file with the shared-folder code
  (:func:`directory.validation.check_network_document`); :func:`pull_directory` gets the merged
  directory.
- Tokens live only in the OS keyring (:func:`save_token`); without one,
  :class:`db.errors.KeyringUnavailable` is raised. They are never written to a file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

import httpx
import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from db import settings
from db.errors import KeyringUnavailable
from db.remember import keyring_available
from db.store import Store
from directory.bundle_schema import Bundle
from directory.documents import encode
from directory.errors import BundleInvalid, DirectoryError, NetworkInvalid, StaleRevision
from directory.feedback import FeedbackRefused, envelopes_of
from directory.network import Network
from directory.sharing import memory, pipeline
from directory.validation import check_network_document, parse_json

KEYRING_SERVICE = "Saphan coordination server"
TIMEOUT = httpx.Timeout(15.0, connect=5.0)
ATTEMPTS = 5
BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 8.0
# The largest answer read from a server (a merged directory or report of a big network is a
# few megabytes); a larger one is refused before it fills the memory.
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
_NETWORK_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class ServerError(DirectoryError):
    """The server refused (``status`` and its error code as ``reason``) or could not be
    reached (``reason`` = ``"unreachable"``, ``status`` = None)."""

    def __init__(
        self,
        reason: str,
        status: int | None = None,
        message: str = "",
        stored_revision: int | None = None,
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.message = message
        self.stored_revision = stored_revision

    def __str__(self) -> str:
        return self.message or self.reason


class ServerUnreachable(ServerError):
    """No answer after the retries (offline, server down, database down)."""

    def __init__(self, message: str = "") -> None:
        super().__init__("unreachable", None, message)


@dataclass(frozen=True)
class PublishResult:
    revision: int
    stored: bool  # False: the server had this exact bundle already
    queued: bool = False  # True: not sent; it waits in the outbox


# --- HTTP -----------------------------------------------------------------------------------


def api_url(base: str, network: str, *parts: str) -> str:
    """``base/v1/networks/<network>/...``; the codes are checked so no path can be smuggled."""
    if not _NETWORK_RE.fullmatch(network):
        raise ValueError("not a network code")
    for part in parts:
        if not re.fullmatch(r"[A-Za-z0-9_]{1,40}", part):
            raise ValueError("not a path segment")
    return "/".join([base.rstrip("/"), "v1", "networks", network, *parts])


@contextmanager
def _client(client: httpx.Client | None) -> Iterator[httpx.Client]:
    if client is not None:
        yield client
        return
    with httpx.Client(timeout=TIMEOUT, follow_redirects=False) as own:
        yield own


def request_with_retries(
    client: httpx.Client,
    method: str,
    url: str,
    token: str,
    *,
    content: bytes | None = None,
    attempts: int = ATTEMPTS,
    backoff: float = BACKOFF_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
) -> httpx.Response:
    """The response; retried (bounded, exponential back-off with jitter) on connection
    errors, timeouts, 5xx and 429. Raises :class:`ServerUnreachable` when nothing answered."""
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    if content is not None:
        headers["Content-Type"] = "application/json"
    response: httpx.Response | None = None
    problem = ""
    for attempt in range(max(1, attempts)):
        try:
            response = _request(client, method, url, content, headers)
        except httpx.TransportError as exc:
            response, problem = None, type(exc).__name__
        else:
            if response.status_code < 500 and response.status_code != 429:
                return response
        if attempt + 1 >= attempts:
            break
        delay = min(MAX_BACKOFF_SECONDS, backoff * 2**attempt) * random.uniform(0.5, 1.0)
        if response is not None and response.status_code == 429:
            delay = max(delay, _retry_after(response))
        sleep(delay)
    if response is None:
        raise ServerUnreachable(f"no answer from the server ({problem})")
    return response


def _request(
    client: httpx.Client, method: str, url: str, content: bytes | None, headers: dict[str, str]
) -> httpx.Response:
    """The response with its body read, at most :data:`MAX_RESPONSE_BYTES` of it (after any
    content decoding): :class:`ServerError` ``too_large`` beyond."""
    request = client.build_request(method, url, content=content, headers=headers)
    response = client.send(request, stream=True)
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                raise ServerError(
                    "too_large", response.status_code, "the server's answer is too large"
                )
            chunks.append(chunk)
    finally:
        response.close()
    kept = {
        k: v
        for k, v in response.headers.items()
        if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    }
    return httpx.Response(
        response.status_code, headers=kept, content=b"".join(chunks), request=request
    )


MAX_ERROR_BYTES = 64 * 1024  # the server's error bodies are a line of JSON


def _body(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of an error answer, or an empty one (it is only a hint)."""
    try:
        body = parse_json(response.content, MAX_ERROR_BYTES)
    except BundleInvalid:
        return {}
    return body if isinstance(body, dict) else {}


def _retry_after(response: httpx.Response) -> float:
    try:
        return min(MAX_BACKOFF_SECONDS, max(0.0, float(_body(response).get("retry_after", 1.0))))
    except (ValueError, TypeError, OverflowError):
        return 1.0


def _refused(response: httpx.Response) -> ServerError:
    body = _body(response)
    if response.status_code in (502, 503, 504):
        return ServerUnreachable(str(body.get("message") or f"HTTP {response.status_code}"))
    stored = body.get("stored_revision")
    return ServerError(
        str(body.get("reason") or body.get("error") or f"http_{response.status_code}"),
        response.status_code,
        str(body.get("message") or f"HTTP {response.status_code}"),
        stored if isinstance(stored, int) else None,
    )


def publish_to_server(
    bundle: Bundle,
    url: str,
    network: str,
    token: str,
    *,
    client: httpx.Client | None = None,
    attempts: int = ATTEMPTS,
    backoff: float = BACKOFF_SECONDS,
) -> PublishResult:
    """Send a signed bundle. Raises :class:`ServerError` when refused (e.g.
    ``stale_revision``, with ``stored_revision``) or :class:`ServerUnreachable`."""
    if bundle.signature is None:
        raise BundleInvalid("unsigned")
    target = api_url(url, network, "bundles", bundle.cso.code)
    with _client(client) as http:
        response = request_with_retries(
            http,
            "PUT",
            target,
            token,
            content=encode(bundle.document()),
            attempts=attempts,
            backoff=backoff,
        )
    if response.status_code in (200, 201):
        return PublishResult(bundle.revision, stored=response.status_code == 201)
    raise _refused(response)


def pull_network(
    url: str,
    network: str,
    token: str,
    trusted_coordinator_key: str | None = None,
    *,
    client: httpx.Client | None = None,
) -> Network:
    """The network file from the server, checked like the shared folder's: schema and the
    coordinator's signature (with the pinned key when given)."""
    with _client(client) as http:
        response = request_with_retries(http, "GET", api_url(url, network, "network"), token)
    if response.status_code != 200:
        raise _refused(response)
    try:
        document = parse_json(response.content)
    except BundleInvalid as exc:
        raise NetworkInvalid(exc.reason) from None
    result = check_network_document(document, trusted_coordinator_key)
    if result.network_id != network:
        raise NetworkInvalid("other_network")
    return result


def push_network(
    network: Network, url: str, token: str, *, client: httpx.Client | None = None
) -> PublishResult:
    """Send a new network file (coordinator token); the server takes it when it is signed by
    the network's pinned coordinator key and newer than the one it holds. Raises
    :class:`ServerError` when refused (``stale_revision`` with ``stored_revision``) or
    :class:`ServerUnreachable`."""
    if network.signature is None:
        raise NetworkInvalid("unsigned")
    target = api_url(url, network.network_id, "network")
    with _client(client) as http:
        response = request_with_retries(
            http, "PUT", target, token, content=encode(network.document())
        )
    if response.status_code in (200, 201):
        return PublishResult(network.revision, stored=response.status_code == 201)
    raise _refused(response)


def pull_directory(
    url: str, network: str, token: str, *, client: httpx.Client | None = None
) -> list[dict[str, Any]]:
    """The network's merged service directory (Open Referral HSDS services)."""
    services = _get_json(url, network, "directory", token, client).get("services", [])
    if not isinstance(services, list):
        raise ServerError("invalid_response", 200, "the directory holds no list of services")
    return [s for s in services if isinstance(s, dict)]


def pull_aggregates(
    url: str, network: str, token: str, *, client: httpx.Client | None = None
) -> dict[str, Any]:
    """The merged report (coordinator token)."""
    return _get_json(url, network, "aggregates", token, client)


def publish_feedback(
    document: dict[str, Any],
    url: str,
    network: str,
    cso: str,
    token: str,
    *,
    client: httpx.Client | None = None,
    attempts: int = ATTEMPTS,
) -> int:
    """Send this CSO's sealed feedback (:func:`directory.feedback.feedback_document`).
    Returns how many envelopes the server kept. Raises :class:`ServerError`."""
    target = api_url(url, network, "feedback", cso)
    with _client(client) as http:
        response = request_with_retries(
            http, "PUT", target, token, content=encode(document), attempts=attempts
        )
    if response.status_code != 200:
        raise _refused(response)
    stored = _body(response).get("stored", 0)
    return stored if isinstance(stored, int) else 0


def pull_feedback(
    url: str, network: str, cso: str, token: str, *, client: httpx.Client | None = None
) -> list[Any]:
    """The sealed feedback envelopes addressed to this CSO (each still to be checked and
    opened with :func:`directory.feedback.open_all`)."""
    document = _get_json(url, network, f"feedback/{cso}", token, client)
    try:
        return envelopes_of(document)
    except FeedbackRefused:
        raise ServerError("invalid_response", 200, "not a feedback document") from None


def _get_json(
    url: str, network: str, what: str, token: str, client: httpx.Client | None
) -> dict[str, Any]:
    with _client(client) as http:
        response = request_with_retries(http, "GET", api_url(url, network, *what.split("/")), token)
    if response.status_code != 200:
        raise _refused(response)
    try:
        document = parse_json(response.content, MAX_RESPONSE_BYTES)
    except BundleInvalid as exc:
        raise ServerError("invalid_response", response.status_code, exc.reason) from None
    if not isinstance(document, dict):
        raise ServerError("invalid_response", response.status_code, "not a JSON object")
    return document


# --- tokens: the OS keyring only ------------------------------------------------------------


def _account(url: str, network: str, cso: str) -> str:
    return f"{url.rstrip('/')}|{network}|{cso}"


def save_token(url: str, network: str, cso: str, token: str) -> None:
    """Keep the CSO's server token in the OS keyring (never in a file)."""
    if not keyring_available():
        raise KeyringUnavailable("no OS keyring to keep the server token in")
    try:
        keyring.set_password(KEYRING_SERVICE, _account(url, network, cso), token)
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable(str(exc)) from exc


def load_token(url: str, network: str, cso: str) -> str:
    """The token saved with :func:`save_token`. Raises :class:`KeyringUnavailable` without a
    keyring, :class:`ServerError` ``no_token`` when none is saved."""
    if not keyring_available():
        raise KeyringUnavailable("no OS keyring to read the server token from")
    try:
        token = keyring.get_password(KEYRING_SERVICE, _account(url, network, cso))
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable(str(exc)) from exc
    if not token:
        raise ServerError("no_token", None, "no server token saved for this CSO and network")
    return token


def forget_token(url: str, network: str, cso: str) -> None:
    with suppress(PasswordDeleteError, NoKeyringError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _account(url, network, cso))


# --- the outbox: a setting inside the CSO's encrypted database ---------------------------------


def _outbox_key(url: str, network: str) -> settings.Key[dict[str, Any] | None]:
    digest = hashlib.sha256(f"{url.rstrip('/')}|{network}".encode()).hexdigest()[:24]
    return settings.SERVER_OUTBOX.key(digest)


def queue_bundle(store: Store, url: str, network: str, bundle: Bundle) -> None:
    """Put a signed bundle in the outbox (a newer one replaces an older one waiting)."""
    waiting = pending_bundle(store, url, network)
    if waiting is not None and waiting.revision > bundle.revision:
        return
    transport = ServerTransport(url, network, "")
    for entry in pipeline.outbox_entry(transport, bundle):
        settings.remember(store, entry.key, entry.value)


def pending_bundle(store: Store, url: str, network: str) -> Bundle | None:
    """The bundle waiting in the outbox for this server and network, if any."""
    return pipeline.read_outbox(settings.get(store, _outbox_key(url, network)))


def clear_outbox(store: Store, url: str, network: str, revision: int | None = None) -> None:
    """Empty the outbox (only if it still holds ``revision``, when given)."""
    waiting = pending_bundle(store, url, network)
    if waiting is None or revision is None or waiting.revision <= revision:
        settings.remember(store, _outbox_key(url, network), None)


def send_outbox(
    store: Store,
    url: str,
    network: str,
    token: str,
    *,
    client: httpx.Client | None = None,
    attempts: int = ATTEMPTS,
) -> PublishResult | None:
    """Send the bundle waiting in the outbox, if any. Raises :class:`ServerUnreachable`
    (it stays queued). A bundle the server already has a newer revision of is dropped."""
    bundle = pending_bundle(store, url, network)
    if bundle is None:
        return None
    try:
        result = publish_to_server(bundle, url, network, token, client=client, attempts=attempts)
    except ServerUnreachable:
        raise
    except ServerError as exc:
        if exc.reason == "stale_revision":
            clear_outbox(store, url, network, bundle.revision)
        raise
    clear_outbox(store, url, network, bundle.revision)
    return result


@dataclass(frozen=True)
class ServerTransport:
    """The coordination server as a :class:`directory.sharing.pipeline.Transport`. The
    bundle waits in the outbox while the server cannot be reached."""

    url: str
    network: str
    token: str
    client: httpx.Client | None = field(default=None, compare=False)
    attempts: int = ATTEMPTS

    kind = memory.SERVER
    keeps_directory = True

    @property
    def address(self) -> str:
        return self.url

    @property
    def network_id(self) -> str:
        return self.network

    @property
    def outbox(self) -> settings.Key[dict[str, Any] | None]:
        return _outbox_key(self.url, self.network)

    def fetch_network(self, trusted_key: str | None) -> Network:
        return pull_network(self.url, self.network, self.token, trusted_key, client=self.client)

    def fetch_directory(self, network: Network) -> list[dict[str, Any]]:
        return pull_directory(self.url, self.network, self.token, client=self.client)

    def floor(self, code: str) -> int:
        return 1  # the server says when it keeps a newer revision (see deliver)

    def deliver(self, bundle: Bundle) -> pipeline.Delivery:
        try:
            result = publish_to_server(
                bundle,
                self.url,
                self.network,
                self.token,
                client=self.client,
                attempts=self.attempts,
            )
        except ServerUnreachable:
            return pipeline.Delivery(stored=False, queued=True)
        except ServerError as exc:
            if exc.reason != "stale_revision" or exc.stored_revision is None:
                raise
            # The server has a newer revision (e.g. this database was restored from an older
            # backup): the pipeline publishes again above it.
            return pipeline.Delivery(stored=False, newer=exc.stored_revision)
        return pipeline.Delivery(stored=result.stored)

    def deliver_feedback(self, code: str, document: dict[str, Any]) -> None:
        publish_feedback(
            document,
            self.url,
            self.network,
            code,
            self.token,
            client=self.client,
            attempts=self.attempts,
        )

    def fetch_feedback(self, code: str) -> list[Any]:
        try:
            return pull_feedback(self.url, self.network, code, self.token, client=self.client)
        except ServerError as exc:
            if exc.status == 404 and exc.reason == "not_found":
                return []  # a server from before feedback: nothing to pull
            raise

    def problem(self, error: Exception) -> str | None:
        if isinstance(error, ServerUnreachable):
            return memory.UNREACHABLE
        if isinstance(error, ServerError | StaleRevision):
            return memory.REFUSED
        return None


def publish_via_server(
    store: Store,
    url: str,
    network_id: str,
    *,
    token: str | None = None,
    trusted_coordinator_key: str | None = None,
    client: httpx.Client | None = None,
    today: dt.date | None = None,
    attempts: int = ATTEMPTS,
    network: Network | None = None,
) -> tuple[Bundle, PublishResult]:
    """Build, sign and publish this CSO's bundle to the server (the sharing pipeline over a
    :class:`ServerTransport`). Returns what was built (show it: it is exactly what leaves the
    machine) and the outcome; offline, the outcome is ``queued`` and the bundle waits in the
    outbox. ``network`` is the network file already checked (e.g. the one kept from the last
    pull, when offline); without it, it is pulled and :class:`ServerUnreachable` is raised
    when that fails (nothing is built then)."""
    transport = ServerTransport(
        url, network_id, token or load_token(url, network_id, store.cso.code), client, attempts
    )
    if network is None:
        network = transport.fetch_network(trusted_coordinator_key)
    published = pipeline.publish(store, transport, network, today=today)
    result = PublishResult(published.bundle.revision, published.stored, published.queued)
    return published.bundle, result


__all__ = [
    "PublishResult",
    "ServerError",
    "ServerTransport",
    "ServerUnreachable",
    "clear_outbox",
    "forget_token",
    "load_token",
    "pending_bundle",
    "publish_feedback",
    "publish_to_server",
    "publish_via_server",
    "pull_aggregates",
    "pull_directory",
    "pull_feedback",
    "pull_network",
    "queue_bundle",
    "save_token",
    "send_outbox",
]
