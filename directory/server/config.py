"""Server settings: command-line flags over environment variables over defaults.

SAPHAN_SERVER_DATABASE_URL   sqlite:///saphan-server.db (default) or postgresql+psycopg://...
SAPHAN_SERVER_BIND           127.0.0.1 (default): loopback only
SAPHAN_SERVER_PORT           8470
SAPHAN_SERVER_TLS_CERT       PEM certificate file (serve HTTPS directly)
SAPHAN_SERVER_TLS_KEY        PEM private key file
SAPHAN_SERVER_BEHIND_PROXY   1: a reverse proxy terminates TLS; X-Forwarded-Proto/For are
                             trusted from SAPHAN_SERVER_TRUSTED_PROXIES only; without it (the
                             default) they are ignored and the client is the TCP peer
SAPHAN_SERVER_TRUSTED_PROXIES comma-separated addresses or networks of the proxy (127.0.0.1)
SAPHAN_SERVER_MAX_BODY_BYTES 5 MiB: larger uploads are refused (413) before parsing
SAPHAN_SERVER_BODY_TIMEOUT   seconds a request body may take to arrive in full (default 15);
                             a slower one is answered 408 and its connection closed
SAPHAN_SERVER_RATE           requests per second per token (default 5), and
SAPHAN_SERVER_BURST          the bucket size (default 60)
SAPHAN_SERVER_AUTH_FAILURES  failed authentications allowed per client address (default 10)
SAPHAN_SERVER_AUTH_FAILURE_WINDOW  per this many seconds (default 60); past that, 429
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from directory.server.storage import DEFAULT_DATABASE_URL
from directory.validation import MAX_FILE_BYTES

ENV_PREFIX = "SAPHAN_SERVER_"
DEFAULT_PORT = 8470


class ConfigError(ValueError):
    """Settings that would make the server unsafe or unable to start (worded for people)."""


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    bind: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    tls_cert: Path | None = None
    tls_key: Path | None = None
    behind_proxy: bool = False
    trusted_proxies: str = "127.0.0.1"
    max_body_bytes: int = MAX_FILE_BYTES
    body_timeout: float = 15.0
    rate_per_second: float = 5.0
    burst: int = 60
    auth_failures: int = 10
    auth_failure_window: float = 60.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = env.get(ENV_PREFIX + name)
            return value if value not in (None, "") else None

        s = cls()
        changes: dict[str, object] = {}
        if (v := get("DATABASE_URL")) is not None:
            changes["database_url"] = v
        if (v := get("BIND")) is not None:
            changes["bind"] = v
        if (v := get("PORT")) is not None:
            changes["port"] = _int(v, "SAPHAN_SERVER_PORT")
        if (v := get("TLS_CERT")) is not None:
            changes["tls_cert"] = Path(v)
        if (v := get("TLS_KEY")) is not None:
            changes["tls_key"] = Path(v)
        if (v := get("BEHIND_PROXY")) is not None:
            changes["behind_proxy"] = v.lower() in {"1", "true", "yes", "on"}
        if (v := get("TRUSTED_PROXIES")) is not None:
            changes["trusted_proxies"] = v
        if (v := get("MAX_BODY_BYTES")) is not None:
            changes["max_body_bytes"] = _int(v, "SAPHAN_SERVER_MAX_BODY_BYTES")
        if (v := get("BODY_TIMEOUT")) is not None:
            changes["body_timeout"] = _float(v, "SAPHAN_SERVER_BODY_TIMEOUT")
        if (v := get("RATE")) is not None:
            changes["rate_per_second"] = _float(v, "SAPHAN_SERVER_RATE")
        if (v := get("BURST")) is not None:
            changes["burst"] = _int(v, "SAPHAN_SERVER_BURST")
        if (v := get("AUTH_FAILURES")) is not None:
            changes["auth_failures"] = _int(v, "SAPHAN_SERVER_AUTH_FAILURES")
        if (v := get("AUTH_FAILURE_WINDOW")) is not None:
            changes["auth_failure_window"] = _float(v, "SAPHAN_SERVER_AUTH_FAILURE_WINDOW")
        return replace(s, **changes)  # type: ignore[arg-type]

    def with_flags(self, **flags: object) -> Settings:
        """These settings with the flags that were given (None = not given)."""
        return replace(self, **{k: v for k, v in flags.items() if v is not None})  # type: ignore[arg-type]

    @property
    def trusted_proxy_networks(self) -> tuple[IPNetwork, ...]:
        """The addresses (or networks) whose X-Forwarded-For is believed, behind a proxy."""
        return parse_networks(self.trusted_proxies)

    @property
    def tls(self) -> bool:
        return self.tls_cert is not None and self.tls_key is not None

    def check_serving(self) -> None:
        """Refuse to serve tokens in clear text to the network: off loopback, the server
        needs TLS itself or a reverse proxy in front that terminates it."""
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ConfigError("give both a TLS certificate and its key, or neither")
        for path in (self.tls_cert, self.tls_key):
            if path is not None and not path.is_file():
                raise ConfigError(f"TLS file not found: {path}")
        if not _loopback(self.bind) and not self.tls and not self.behind_proxy:
            raise ConfigError(
                f"refusing to listen on {self.bind} without TLS: give --tls-cert and "
                "--tls-key, or run behind a reverse proxy with --behind-proxy "
                "(and bind to 127.0.0.1)"
            )
        if not 0 < self.port < 65536:
            raise ConfigError(f"not a port: {self.port}")
        if self.behind_proxy:
            self.trusted_proxy_networks  # noqa: B018 -- raises ConfigError when malformed
        if not self.body_timeout > 0:
            raise ConfigError("SAPHAN_SERVER_BODY_TIMEOUT must be more than 0 seconds")
        if self.auth_failures < 1 or not self.auth_failure_window > 0:
            raise ConfigError(
                "SAPHAN_SERVER_AUTH_FAILURES and SAPHAN_SERVER_AUTH_FAILURE_WINDOW must be "
                "more than 0"
            )


IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(text: str) -> tuple[IPNetwork, ...]:
    """``"127.0.0.1, 172.30.47.0/24"`` as networks; a malformed entry is a ConfigError."""
    result: list[IPNetwork] = []
    for part in text.split(","):
        if not part.strip():
            continue
        try:
            result.append(ipaddress.ip_network(part.strip(), strict=False))
        except ValueError:
            raise ConfigError(
                f"SAPHAN_SERVER_TRUSTED_PROXIES: not an address or network: {part.strip()!r}"
            ) from None
    return tuple(result)


def _int(value: str, name: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {value!r}") from None


def _float(value: str, name: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ConfigError(f"{name} must be a number, not {value!r}") from None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


__all__ = ["ConfigError", "IPNetwork", "Settings", "parse_networks"]
