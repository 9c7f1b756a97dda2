"""The HTTP API, version 1 (FastAPI; OpenAPI at ``/docs`` and ``/openapi.json``).

    GET  /v1/health                                   database reachable? (503 when not)
    PUT  /v1/networks/{network}/bundles/{cso}         a CSO publishes its signed bundle
    GET  /v1/networks/{network}/network               the signed network file (any member)
    PUT  /v1/networks/{network}/network               a new network file (coordinator)
    GET  /v1/networks/{network}/directory             the merged service directory (any member)
    GET  /v1/networks/{network}/aggregates            the merged report (coordinator)
    PUT  /v1/networks/{network}/feedback/{cso}        a CSO's sealed referral feedback
    GET  /v1/networks/{network}/feedback/{cso}        the sealed feedback addressed to a CSO

Feedback (:mod:`directory.feedback`) is ciphertext the server cannot open: it checks each
envelope's form, size, sender (the token's CSO) and signature, keeps the latest one per
sender and recipient, and gives a CSO only the envelopes addressed to it.

The merged report's ``warnings`` name the CSOs whose laptops published bundles that do not
agree (the newest stored bundle against the one it replaced; the higher revision counts).

Every request but ``health`` carries ``Authorization: Bearer <token>``; a token belongs to one
network and is either one CSO's or the coordinator's. Bundles and network files are checked
with the shared-folder reader's code (:mod:`directory.validation`) and merged with
:func:`directory.merge.merge`. Errors are JSON: ``{"error": code, "message": text}``.

Guards (:mod:`directory.server.guards`): a request body must arrive in full within
``body_timeout`` seconds (else 408, connection closed); failed authentication is limited per
client address (429 ``too_many_failures`` with Retry-After), the address being the TCP peer's,
or X-Forwarded-For's from a trusted proxy only; a token gets the same 404 for another network
as for one that does not exist; a client that leaves mid-upload costs one log line.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from directory.bundle_schema import Bundle, Publisher, app_version
from directory.documents import DIRECTORY_SCHEMA, encode
from directory.errors import BundleInvalid, NetworkInvalid
from directory.feedback import FeedbackRefused, check_envelope, envelopes_of, feedback_document
from directory.merge import Divergence, LastPublisher, NetworkReport, merge
from directory.network import CSO_CODE_RE, Network, parse_network, utc_timestamp
from directory.server.config import Settings
from directory.server.guards import (
    BodyDeadline,
    BodyTimeout,
    FailureLimiter,
    ForwardedFor,
    client_address,
    retry_after,
)
from directory.server.storage import COORDINATOR, CSO, Storage, StorageConflict, TokenInfo
from directory.tables import aggregate_table, directory_hsds, flows_table, report_notes
from directory.validation import (
    check_bundle_bytes,
    check_network_document,
    parse_json,
    read_bundle_bytes,
)

log = logging.getLogger("saphan.server")

NETWORK_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")  # directory.network.Code

BUNDLE_REASONS = {
    "too_large": "The document is larger than the server accepts.",
    "too_deep": "The JSON nests too deeply.",
    "unparsable": "The body is not valid JSON.",
    "duplicate_key": "The JSON names a member twice in one object.",
    "unknown_schema": "The document is not a saphan.bundle/1 bundle.",
    "invalid": "The bundle does not match the saphan.bundle/1 schema.",
    "other_network": "The bundle is for another network.",
    "filename_mismatch": "The bundle is another CSO's.",
    "unknown_member": "The CSO is not a member of this network.",
    "wrong_key": "The bundle names another key than the network file registers for this CSO.",
    "bad_signature": "The bundle's signature does not verify with the CSO's registered key.",
    "threshold_too_low": "The bundle's suppression threshold is below the network's.",
    "small_cell": "The bundle publishes a count below the suppression threshold.",
}


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.headers = headers
        self.extra = extra


def unknown_network(network_id: str) -> ApiError:
    """One answer for a network that does not exist and for another network than the
    token's (same status, same body), so a token does not reveal which networks exist."""
    return ApiError(404, "unknown_network", f"No network {network_id!r} for this token.")


def _error(
    status: int, error: str, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    headers = dict(headers or {})
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(
        {"error": error, "message": message, **extra}, status_code=status, headers=headers
    )


class RateLimiter:
    """A token bucket per API token, in memory (one server process)."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[int, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: int) -> float:
        """0 when the request may go ahead, else seconds to wait."""
        now = time.monotonic()
        with self._lock:
            level, last = self._buckets.get(key, (float(self.burst), now))
            level = min(float(self.burst), level + (now - last) * self.rate)
            if level >= 1.0:
                self._buckets[key] = (level - 1.0, now)
                return 0.0
            self._buckets[key] = (level, now)
            return (1.0 - level) / self.rate if self.rate > 0 else 60.0


class _NetworkCache:
    """Parsed network files by network and content hash (parsing one per upload is waste)."""

    def __init__(self) -> None:
        self._items: dict[str, tuple[str, Network]] = {}
        self._lock = threading.Lock()

    def get(self, storage: Storage, network_id: str) -> Network:
        stored = storage.network_file(network_id)
        if stored is None:
            raise unknown_network(network_id)
        with self._lock:
            hit = self._items.get(network_id)
            if hit is not None and hit[0] == stored.sha256:
                return hit[1]
        network = parse_network(json.loads(stored.document))
        with self._lock:
            self._items[network_id] = (stored.sha256, network)
        return network


class _Api:
    """What the routes share: the storage, the settings, and the guards in front of them."""

    def __init__(self, settings: Settings, storage: Storage) -> None:
        self.settings = settings
        self.storage = storage
        self.limiter = RateLimiter(settings.rate_per_second, settings.burst)
        self.failures = FailureLimiter(settings.auth_failures, settings.auth_failure_window)
        self.networks = _NetworkCache()

    def authenticate(self, request: Request, network_id: str) -> TokenInfo:
        """The request's token, for this network. Failures count against the client's
        address; an address with too many is refused before its token is even looked at."""
        address = client_address(request.scope)
        wait = self.failures.blocked(address)
        if wait:
            raise ApiError(
                429,
                "too_many_failures",
                f"Too many failed attempts from this address; retry in {wait:.0f} s.",
                retry_after(wait),
                retry_after=round(wait, 1),
            )
        scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            self.failures.failed(address)
            raise ApiError(401, "no_token", "Send the network token: Authorization: Bearer ...")
        info = self.storage.find_token(token.strip())
        if info is None:
            self.failures.failed(address)
            raise ApiError(401, "bad_token", "This token is not known to the server.")
        if info.revoked:
            self.failures.failed(address)
            raise ApiError(403, "token_revoked", "This token has been revoked.")
        wait = self.limiter.allow(info.id)
        if wait:
            raise ApiError(
                429,
                "rate_limited",
                f"Too many requests with this token; retry in {wait:.1f} s.",
                retry_after(wait),
                retry_after=round(wait, 1),
            )
        if info.network_id != network_id:
            # The same answer as for a network that does not exist: a token does not tell
            # which other networks the server holds.
            raise unknown_network(network_id)
        return info

    async def read_body(self, request: Request) -> bytes:
        limit = self.settings.max_body_bytes
        declared = request.headers.get("content-length")
        too_big = ApiError(413, "too_large", f"The body is larger than {limit} bytes.")
        if declared is not None:
            try:
                if int(declared) > limit:
                    raise too_big
            except ValueError:
                raise ApiError(400, "bad_request", "Bad Content-Length.") from None
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_big
            chunks.append(chunk)
        return b"".join(chunks)

    def report_for(self, network_id: str) -> tuple[Network, NetworkReport, list[dict[str, str]]]:
        network = self.networks.get(self.storage, network_id)
        accepted: list[Bundle] = []
        rejected: list[dict[str, str]] = []
        history: dict[str, LastPublisher] = {}
        for stored in self.storage.latest_bundles_with_history(network_id):
            code = stored.cso_code
            # Checked again against the current network file (a member removed or re-keyed
            # since the upload no longer counts), as the folder reader does on every read.
            try:
                accepted.append(check_bundle_bytes(stored.document.encode("utf-8"), network, code))
            except BundleInvalid as exc:
                rejected.append({"cso": code, "reason": exc.reason})
            if stored.previous_revision is not None:
                before = _publisher(stored.previous_publisher)
                history[code] = LastPublisher(stored.previous_revision, before)
        return network, merge(accepted, network, history=history), rejected

    def store_bundle(self, network_id: str, cso: str, data: bytes) -> Response:
        network = self.networks.get(self.storage, network_id)
        try:
            _, document = read_bundle_bytes(data, network, cso, self.settings.max_body_bytes)
        except BundleInvalid as exc:
            raise ApiError(
                422,
                "invalid_bundle",
                BUNDLE_REASONS.get(exc.reason, "The bundle is not valid."),
                reason=exc.reason,
            ) from None
        # Stored canonically: exactly the signed content plus its signature.
        revision = int(document["revision"])
        block = document.get("publisher")
        publisher = None if block is None else encode(block).decode("utf-8")
        try:
            outcome = self.storage.put_bundle(
                network_id, cso, revision, encode(document), publisher
            )
        except StorageConflict as exc:
            raise _conflict(exc, revision) from None
        return _json_response(
            {"stored": outcome.created, "revision": outcome.revision, "sha256": outcome.sha256},
            201 if outcome.created else 200,
        )

    def store_feedback(self, network_id: str, cso: str, data: bytes) -> Response:
        network = self.networks.get(self.storage, network_id)
        try:
            envelopes = envelopes_of(parse_json(data, self.settings.max_body_bytes))
            checked = [check_envelope(e, network) for e in envelopes]
        except BundleInvalid as exc:
            raise ApiError(
                422, "invalid_feedback", "Not a feedback document.", reason=exc.reason
            ) from None
        except FeedbackRefused as exc:
            raise ApiError(
                422,
                "invalid_feedback",
                "The feedback is not well formed, for a member, and signed by this CSO.",
                reason=exc.reason,
            ) from None
        recipients = [e["to"] for e in checked]
        if any(e["from"] != cso for e in checked) or len(set(recipients)) != len(recipients):
            raise ApiError(
                422,
                "invalid_feedback",
                "A CSO sends only its own feedback, one envelope per recipient.",
                reason="wrong_sender",
            )
        stored = self.storage.put_feedback(
            network_id, cso, [(e["to"], e["issued_at"], encode(e)) for e in checked]
        )
        return _json_response({"stored": stored, "envelopes": len(checked)})

    def feedback_for(self, network_id: str, cso: str) -> Response:
        self.networks.get(self.storage, network_id)  # an unknown network: 404
        envelopes = [json.loads(text) for text in self.storage.feedback_for(network_id, cso)]
        return _json_response(feedback_document(envelopes))

    def store_network(self, network_id: str, data: bytes) -> Response:
        pinned = self.storage.coordinator_key(network_id)
        if pinned is None:
            raise unknown_network(network_id)
        try:
            document = parse_json(data, self.settings.max_body_bytes)
            new = check_network_document(document, pinned)
        except BundleInvalid as exc:
            raise ApiError(
                422, "invalid_network", "Not a network file.", reason=exc.reason
            ) from None
        except NetworkInvalid as exc:
            raise ApiError(
                422,
                "invalid_network",
                "Not a network file signed by this network's coordinator key.",
                reason=exc.reason,
            ) from None
        if new.network_id != network_id:
            raise ApiError(
                422, "invalid_network", "The file is for another network.", reason="other_network"
            )
        try:
            outcome = self.storage.put_network_file(network_id, new.revision, encode(document))
        except StorageConflict as exc:
            raise _conflict(exc, new.revision) from None
        return _json_response(
            {"stored": outcome.created, "revision": outcome.revision, "sha256": outcome.sha256},
            201 if outcome.created else 200,
        )


def _publisher(text: str | None) -> Publisher | None:
    """A stored publisher block (None when there is none or it cannot be read)."""
    if text is None:
        return None
    try:
        return Publisher.model_validate(json.loads(text))
    except (ValueError, ValidationError):
        return None


def _check_path(network_id: str, cso: str | None = None) -> None:
    if not NETWORK_RE.fullmatch(network_id):
        raise ApiError(400, "bad_path", "Not a network code.")
    if cso is not None and not CSO_CODE_RE.fullmatch(cso):
        raise ApiError(400, "bad_path", "Not a CSO code.")


def _json_response(data: Any, status: int = 200) -> Response:
    return Response(encode(data), status_code=status, media_type="application/json")


def create_app(settings: Settings | None = None, storage: Storage | None = None) -> FastAPI:
    """The API application for these settings (storage defaults to the settings' URL)."""
    settings = settings or Settings.from_env()
    storage = storage or Storage(settings.database_url)
    api = _Api(settings, storage)
    app = FastAPI(
        title="Saphan coordination server",
        version=app_version(),
        description="Stores the CSOs' signed aggregate bundles and the network file; serves "
        "the merged directory and report. It never receives records about people.",
    )
    app.state.storage = storage
    app.state.settings = settings
    # Outermost last: the client's address is settled before the body deadline starts.
    app.add_middleware(BodyDeadline, seconds=settings.body_timeout)
    if settings.behind_proxy:
        app.add_middleware(ForwardedFor, trusted=settings.trusted_proxy_networks)
    _add_error_handlers(app, settings)
    _add_health_route(app, api)
    _add_bundle_routes(app, api)
    _add_network_routes(app, api)
    _add_report_routes(app, api)
    _add_feedback_routes(app, api)
    return app


def _add_error_handlers(app: FastAPI, settings: Settings) -> None:
    """Every failure answers as JSON ``{"error": code, "message": text}``."""

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.error, exc.message, exc.headers, **exc.extra)

    @app.exception_handler(ClientDisconnect)
    async def _client_gone(request: Request, _: ClientDisconnect) -> Response:
        # Nobody is there to read an answer; one line in the log, no traceback.
        log.info(
            "%s left during %s %s; nothing stored",
            client_address(request.scope),
            request.method,
            request.url.path,
        )
        return Response(status_code=400)

    @app.exception_handler(BodyTimeout)
    async def _body_timeout(request: Request, _: BodyTimeout) -> JSONResponse:
        log.info(
            "%s sent the body of %s %s too slowly; closed",
            client_address(request.scope),
            request.method,
            request.url.path,
        )
        return _error(
            408,
            "body_timeout",
            f"The request body did not arrive within {settings.body_timeout:g} s.",
            {"Connection": "close"},
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _request_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, "invalid_request", "The request is not well formed.")

    async def _database_down(_: Request, exc: Exception) -> JSONResponse:
        return _error(
            503,
            "database_unavailable",
            "The server's database is unavailable. Nothing was stored; try again later.",
        )

    for kind in (OperationalError, InterfaceError, PoolTimeout):
        app.add_exception_handler(kind, _database_down)


def _add_health_route(app: FastAPI, api: _Api) -> None:
    @app.get("/v1/health", tags=["server"], summary="Is the server and its database up?")
    def health() -> Response:
        api.storage.ping()
        return _json_response({"status": "ok", "database": "ok", "version": app_version()})


def _add_bundle_routes(app: FastAPI, api: _Api) -> None:
    @app.put(
        "/v1/networks/{network}/bundles/{cso}",
        tags=["bundles"],
        summary="Publish this CSO's signed bundle (CSO token)",
        responses={
            200: {"description": "Already stored (same revision and content): a retry"},
            201: {"description": "Stored"},
            409: {"description": "Not newer than the stored revision"},
            413: {"description": "Too large"},
            422: {"description": "Not a valid, correctly signed bundle"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "description": "A saphan.bundle/1 document (directory/schemas).",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        },
    )
    async def put_bundle(network: str, cso: str, request: Request) -> Response:
        data = await _own_cso_body(api, request, network, cso, "bundle")
        return await run_in_threadpool(api.store_bundle, network, cso, data)


async def _own_cso_body(api: _Api, request: Request, network: str, cso: str, what: str) -> bytes:
    """The body a CSO publishes under its own code (``what``: its bundle or its feedback):
    403 for any other token."""
    _check_path(network, cso)
    token = await run_in_threadpool(api.authenticate, request, network)
    if token.role != CSO or token.cso_code != cso:
        raise ApiError(403, "wrong_cso", f"A CSO token can publish only its own {what}.")
    return await api.read_body(request)


def _add_network_routes(app: FastAPI, api: _Api) -> None:
    @app.get(
        "/v1/networks/{network}/network",
        tags=["network"],
        summary="The signed network file (any token of the network)",
    )
    def get_network(network: str, request: Request) -> Response:
        _check_path(network)
        api.authenticate(request, network)
        stored = api.storage.network_file(network)
        if stored is None:
            raise unknown_network(network)
        return Response(stored.document, media_type="application/json")

    @app.put(
        "/v1/networks/{network}/network",
        tags=["network"],
        summary="Upload a newer network file, signed by the pinned coordinator key",
        openapi_extra={
            "requestBody": {
                "required": True,
                "description": "A saphan.network/1 document.",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        },
    )
    async def put_network(network: str, request: Request) -> Response:
        _check_path(network)
        token = await run_in_threadpool(api.authenticate, request, network)
        if token.role != COORDINATOR:
            raise ApiError(403, "wrong_role", "Only the coordinator can change the network file.")
        data = await api.read_body(request)
        return await run_in_threadpool(api.store_network, network, data)


def _add_report_routes(app: FastAPI, api: _Api) -> None:
    @app.get(
        "/v1/networks/{network}/directory",
        tags=["network"],
        summary="The merged service directory (Open Referral HSDS services)",
    )
    def get_directory(network: str, request: Request) -> Response:
        _check_path(network)
        api.authenticate(request, network)
        _, report, _ = api.report_for(network)
        return _json_response(
            {
                "schema": DIRECTORY_SCHEMA,
                "network_id": network,
                "created_at": utc_timestamp(),
                "services": directory_hsds(report),
            }
        )

    @app.get(
        "/v1/networks/{network}/aggregates",
        tags=["network"],
        summary="The merged aggregate report (coordinator)",
    )
    def get_aggregates(network: str, request: Request) -> Response:
        _check_path(network)
        token = api.authenticate(request, network)
        if token.role != COORDINATOR:
            raise ApiError(403, "wrong_role", "Only the coordinator can read the merged report.")
        net, report, rejected = api.report_for(network)
        return _json_response(report_json(net, report, rejected))


def _add_feedback_routes(app: FastAPI, api: _Api) -> None:
    @app.put(
        "/v1/networks/{network}/feedback/{cso}",
        tags=["feedback"],
        summary="Publish this CSO's sealed referral feedback (CSO token)",
        openapi_extra={
            "requestBody": {
                "required": True,
                "description": "A saphan.feedback/1 document: signed, sealed envelopes.",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        },
    )
    async def put_feedback(network: str, cso: str, request: Request) -> Response:
        data = await _own_cso_body(api, request, network, cso, "feedback")
        return await run_in_threadpool(api.store_feedback, network, cso, data)

    @app.get(
        "/v1/networks/{network}/feedback/{cso}",
        tags=["feedback"],
        summary="The sealed referral feedback addressed to this CSO (CSO token)",
    )
    def get_feedback(network: str, cso: str, request: Request) -> Response:
        _check_path(network, cso)
        token = api.authenticate(request, network)
        if token.role != CSO or token.cso_code != cso:
            raise ApiError(403, "wrong_cso", "A CSO token reads only its own feedback.")
        return api.feedback_for(network, cso)


def _conflict(exc: StorageConflict, revision: int) -> ApiError:
    if exc.reason == "stale_revision":
        return ApiError(
            409,
            "stale_revision",
            f"Revision {revision} is not newer than the stored revision {exc.stored_revision}; "
            "publish a new revision.",
            stored_revision=exc.stored_revision,
        )
    return ApiError(503, "busy", "The server is busy; try again.")


def report_json(
    network: Network, report: NetworkReport, rejected: list[dict[str, str]] | None = None
) -> dict[str, Any]:
    """The merged report as JSON: the aggregate table of :mod:`directory.exports` (with its
    HXL row), progress toward targets, and who has reported which month."""
    headers, tags, rows = aggregate_table(report)
    return {
        "network_id": report.network_id,
        "network_revision": network.revision,
        "created_at": utc_timestamp(),
        "months": report.months,
        "bundles": {code: b.revision for code, b in sorted(report.bundles.items())},
        "rejected": rejected or [],
        "aggregates": {"headers": headers, "hxl": tags, "rows": rows},
        "progress": [
            {
                "programme": p.programme,
                "name": p.name,
                "indicator": p.indicator,
                "target": p.target,
                "reached": p.reached.known,
                "withheld_parts": p.reached.withheld,
                "exact": p.reached.exact,
                "percent": None if p.percent is None else round(p.percent, 1),
            }
            for p in report.progress
        ],
        "participatory_projects": report.participatory_projects,
        "referral_flows": dict(zip(("headers", "hxl", "rows"), flows_table(report), strict=True)),
        "completeness": report.completeness,
        "warnings": [_warning(d) for d in report.divergences],
        "notes": report_notes(),
    }


def _warning(d: Divergence) -> dict[str, Any]:
    return {
        "kind": "diverged",
        "cso": d.cso_code,
        "name": d.cso_name,
        "revision": d.revision,
        "other_revision": d.other_revision,
        "message": f"{d.cso_code} ({d.cso_name}): two laptops published figures that do not "
        f"agree; the CSO should sync its team and publish again. The figures of revision "
        f"{d.revision} count (revision {d.other_revision} differs).",
    }


__all__ = ["create_app", "report_json"]
