"""What stands between the network and the API: the client's address (behind a trusted proxy
only), a deadline for request bodies, and a limit on failed authentication per address.

All three are plain ASGI or plain Python, so they hold whatever server runs the app.
"""

from __future__ import annotations

import asyncio
import ipaddress
import math
import threading
import time
from collections.abc import Sequence
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from directory.server.config import IPNetwork

CLOSE = (b"connection", b"close")


class BodyTimeout(Exception):
    """The request body did not arrive in full before the deadline."""


class ForwardedFor:
    """Behind a reverse proxy, the client is the address the proxy saw.

    Only when the TCP peer is one of ``trusted`` is X-Forwarded-For believed, and then read
    from the right: the first address that is not a trusted proxy is the client (a client
    cannot pick its address by sending its own header through the proxy). X-Forwarded-Proto
    from a trusted proxy sets the scheme. Without this middleware (the default) both headers
    are ignored and the client is the TCP peer.
    """

    def __init__(self, app: ASGIApp, trusted: Sequence[IPNetwork]) -> None:
        self.app = app
        self.trusted = tuple(trusted)

    def _is_trusted(self, host: str) -> bool:
        try:
            address = ipaddress.ip_address(host.strip())
        except ValueError:
            return False
        return any(address in network for network in self.trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            peer = scope.get("client")
            if peer and self._is_trusted(str(peer[0])):
                headers = dict(scope.get("headers") or [])
                forwarded = headers.get(b"x-forwarded-for", b"").decode("latin-1")
                hops = [h.strip() for h in forwarded.split(",") if h.strip()]
                client = next((h for h in reversed(hops) if not self._is_trusted(h)), None)
                if client is None and hops:
                    client = hops[0]
                if client is not None:
                    # In place: the server's access log reads the same scope.
                    scope["client"] = (client, 0)
                proto = headers.get(b"x-forwarded-proto", b"").decode("latin-1").strip()
                if proto in ("http", "https"):
                    scope["scheme"] = proto
        await self.app(scope, receive, send)


def _declares_body(scope: Scope) -> bool:
    for name, value in scope.get("headers") or []:
        if name == b"transfer-encoding":
            return True
        if name == b"content-length":
            return value.strip() not in (b"", b"0")
    return False


class BodyDeadline:
    """A request body must arrive in full within ``seconds`` of the app asking for it.

    A slower one raises :class:`BodyTimeout` from ``receive`` (the app answers 408). Any
    response that starts before the body has arrived in full says ``Connection: close``, so
    the server drops the connection instead of waiting for the rest (a client sending one
    byte a second holds nothing open for long, whether or not the app read its body).
    """

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        done = not _declares_body(scope)
        deadline: float | None = None

        async def timed_receive() -> Message:
            nonlocal done, deadline
            if done:  # after the body: e.g. waiting for a disconnect, untimed
                return await receive()
            if deadline is None:
                deadline = loop.time() + self.seconds
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise BodyTimeout
            try:
                message = await asyncio.wait_for(receive(), remaining)
            except TimeoutError:
                raise BodyTimeout from None
            if message["type"] != "http.request" or not message.get("more_body", False):
                done = True
            return message

        async def closing_send(message: Message) -> None:
            if message["type"] == "http.response.start" and not done:
                headers = [(k, v) for k, v in message.get("headers", []) if k != CLOSE[0]]
                message = {**message, "headers": [*headers, CLOSE]}
            await send(message)

        await self.app(scope, timed_receive, closing_send)


class FailureLimiter:
    """Failed authentications per client address: a bucket of ``failures`` that refills over
    ``window`` seconds. An empty bucket blocks the address, whatever token it sends next,
    until one failure has drained. In memory, for one server process, and bounded: at most
    ``max_clients`` addresses are remembered (full buckets are forgotten first)."""

    def __init__(self, failures: int, window: float, max_clients: int = 50_000) -> None:
        self.capacity = float(max(1, failures))
        self.rate = self.capacity / window  # failures forgiven per second
        self.max_clients = max_clients
        self._buckets: dict[str, tuple[float, float]] = {}  # address -> (level, when)
        self._lock = threading.Lock()

    def _level(self, address: str, now: float) -> float:
        level, when = self._buckets.get(address, (self.capacity, now))
        return min(self.capacity, level + (now - when) * self.rate)

    def blocked(self, address: str) -> float:
        """0 when the address may try, else the seconds until it may."""
        now = time.monotonic()
        with self._lock:
            level = self._level(address, now)
        return 0.0 if level >= 1.0 else (1.0 - level) / self.rate

    def failed(self, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._buckets[address] = (self._level(address, now) - 1.0, now)
            if len(self._buckets) > self.max_clients:
                self._prune(now)

    def _prune(self, now: float) -> None:
        full = [a for a in self._buckets if self._level(a, now) >= self.capacity]
        for address in full:
            del self._buckets[address]
        if len(self._buckets) > self.max_clients:  # still too many: forget the oldest
            by_age = sorted(self._buckets, key=lambda a: self._buckets[a][1])
            for address in by_age[: len(self._buckets) - self.max_clients]:
                del self._buckets[address]


def retry_after(seconds: float) -> dict[str, str]:
    """The Retry-After header (whole seconds, at least 1)."""
    return {"Retry-After": str(max(1, math.ceil(seconds)))}


def client_address(scope: Scope | dict[str, Any]) -> str:
    """The client's address as the guards above left it ("unknown" without one)."""
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


__all__ = [
    "BodyDeadline",
    "BodyTimeout",
    "FailureLimiter",
    "ForwardedFor",
    "client_address",
    "retry_after",
]
