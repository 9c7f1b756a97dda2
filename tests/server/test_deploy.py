"""The shipped deployment (installers/server/compose.yaml: PostgreSQL, saphan-server, nginx
terminating TLS), started without Docker from the very same files.

There is no Docker engine on the developers' machines or in CI, so the test reads the compose
file and starts each service natively: PostgreSQL when SAPHAN_TEST_POSTGRES_URL is set (else
SQLite), the ``migrate`` and ``server`` services' commands with their environment, and nginx
with the config file the ``proxy`` service mounts, changed only for ports, paths and the
certificate (a throwaway self-signed one). The real client (directory.server_client) then
publishes and pulls over HTTPS through the proxy, and failed logins are limited per client
address as nginx saw it (X-Forwarded-For from the trusted proxy only).

When the docker client with its compose plugin is installed, ``docker compose config``
checks the file too (that needs no engine).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from directory import server_client as sc
from directory.server.storage import Storage
from tests.server.conftest import (
    ROOT,
    free_port,
    fresh_database_url,
    make_bundle,
    make_network,
    setup_network,
)

STACK = ROOT / "installers" / "server"
COMPOSE = STACK / "compose.yaml"
NGINX_CONF_TARGET = "/etc/nginx/conf.d/default.conf"
CERTS_TARGET = "/etc/nginx/certs"
# The only server settings the native stack changes: where the database is, and which
# address and port the server listens on and hears the proxy from.
NATIVE_OVERRIDES = {
    "SAPHAN_SERVER_DATABASE_URL",
    "SAPHAN_SERVER_BIND",
    "SAPHAN_SERVER_PORT",
    "SAPHAN_SERVER_TRUSTED_PROXIES",
}


def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _command(service: dict[str, Any]) -> list[str]:
    """The service's entrypoint and command, with ``saphan-server`` run from this checkout."""
    argv = [*service["entrypoint"], *service["command"]]
    assert argv[0] == "saphan-server"
    return [sys.executable, "-m", "directory.server.cli", *argv[1:]]


def _mount(service: dict[str, Any], target: str) -> Path:
    """The host path a service mounts at ``target``."""
    for volume in service["volumes"]:
        source, _, rest = volume.partition(":")
        if rest.split(":")[0] == target:
            return (STACK / source).resolve()
    raise AssertionError(f"nothing mounted at {target}")


def _self_signed(folder: Path) -> Path:
    """fullchain.pem and privkey.pem for 127.0.0.1 and localhost; returns the certificate."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True)
    (folder / "fullchain.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "privkey.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return folder / "fullchain.pem"


def _replace(text: str, old: str, new: str) -> str:
    """``text`` with ``old`` replaced; fails when the shipped file no longer has it."""
    assert old in text, f"the shipped nginx config no longer has {old!r}"
    return text.replace(old, new)


def _wait_for_port(port: int, proc: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited at start")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{what} did not start")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


class Stack:
    def __init__(self, https: str, cafile: Path, tokens: dict[str, str], coordinator: str):
        self.https = https
        self.cafile = cafile
        self.tokens = tokens
        self.coordinator = coordinator
        self.server_log = Path()
        self.server_port = 0
        self.http_port = 0

    def client(self, source: str = "127.0.0.1") -> httpx.Client:
        """An HTTPS client that trusts the test certificate, connecting from ``source`` (any
        127.x.y.z address is this machine on Linux: one per simulated client)."""
        context = ssl.create_default_context(cafile=str(self.cafile))
        transport = httpx.HTTPTransport(verify=context, local_address=source)
        return httpx.Client(transport=transport, timeout=httpx.Timeout(15.0))


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    nginx = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
    )
    if nginx is None:
        pytest.skip("nginx is not installed (Debian package nginx); CI installs it")
    services = compose()["services"]
    tmp = tmp_path_factory.mktemp("stack")
    procs: list[subprocess.Popen[bytes]] = []
    database = fresh_database_url(
        "postgresql" if os.environ.get("SAPHAN_TEST_POSTGRES_URL") else "sqlite", tmp
    )
    try:
        database_url = next(database)
        # --- migrate: the schema, by the service's own command ---
        migrate = services["migrate"]
        env = {**os.environ, **_environment(migrate, database_url)}
        subprocess.run(_command(migrate), cwd=ROOT, env=env, check=True, capture_output=True)
        storage = Storage(database_url)
        coordinator, tokens = setup_network(storage, make_network(["BEAM", "KAQ"]))
        storage.dispose()

        # --- server: its command and environment, on 127.0.0.1 and a free port ---
        server = services["server"]
        server_port = free_port()
        compose_port = str(server["environment"]["SAPHAN_SERVER_PORT"])
        env = {
            **os.environ,
            **_environment(server, database_url),
            "SAPHAN_SERVER_BIND": "127.0.0.1",
            "SAPHAN_SERVER_PORT": str(server_port),
            "SAPHAN_SERVER_TRUSTED_PROXIES": "127.0.0.1",  # nginx, as seen from the server
        }
        assert env["SAPHAN_SERVER_BEHIND_PROXY"] == "1"
        server_log = tmp / "server.log"
        with server_log.open("wb") as log:
            procs.append(
                subprocess.Popen(_command(server), cwd=ROOT, env=env, stdout=log, stderr=log)
            )
        _wait_for_port(server_port, procs[-1], "saphan-server")

        # --- proxy: the mounted nginx config, with native ports, upstream and cert paths ---
        proxy = services["proxy"]
        assert sorted(proxy["ports"]) == ["443:443", "80:80"]
        assert (
            proxy["networks"]["backend"]["ipv4_address"]
            == (server["environment"]["SAPHAN_SERVER_TRUSTED_PROXIES"])
        ), "the server must trust exactly the proxy's address"
        https_port, http_port = free_port(), free_port()
        certs = tmp / "certs"
        cafile = _self_signed(certs)
        assert _mount(proxy, CERTS_TARGET).name == "certs"
        site = _mount(proxy, NGINX_CONF_TARGET).read_text(encoding="utf-8")
        site = _replace(site, f"server server:{compose_port};", f"server 127.0.0.1:{server_port};")
        site = _replace(site, "listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;")
        site = _replace(site, "listen 80;", f"listen 127.0.0.1:{http_port};")
        site = _replace(site, f"{CERTS_TARGET}/", f"{certs}/")
        (tmp / "site.conf").write_text(site, encoding="utf-8")
        # What the nginx image's own nginx.conf provides around conf.d/*.conf.
        user = "user root;\n" if os.geteuid() == 0 else ""
        (tmp / "nginx.conf").write_text(
            f"{user}worker_processes 1;\npid {tmp}/nginx.pid;\nerror_log {tmp}/error.log;\n"
            "events { worker_connections 256; }\n"
            f"http {{\n  access_log {tmp}/access.log;\n"
            + "".join(
                f"  {kind}_temp_path {tmp}/{kind};\n"
                for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
            )
            + f"  include {tmp}/site.conf;\n}}\n",
            encoding="utf-8",
        )
        nginx_cmd = [nginx, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-e", str(tmp / "e")]
        check = subprocess.run([*nginx_cmd, "-t"], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        procs.append(subprocess.Popen([*nginx_cmd, "-g", "daemon off;"], cwd=tmp))
        _wait_for_port(https_port, procs[-1], "nginx")

        result = Stack(f"https://127.0.0.1:{https_port}", cafile, tokens, coordinator)
        result.server_log = server_log
        result.server_port = server_port
        result.http_port = http_port
        yield result
    finally:
        for proc in reversed(procs):
            _stop(proc)
        database.close()


def _environment(service: dict[str, Any], database_url: str) -> dict[str, str]:
    env = {str(k): str(v) for k, v in service["environment"].items()}
    for name, value in env.items():
        if name not in NATIVE_OVERRIDES:
            assert "${" not in value, f"{name} needs Compose's interpolation"
    env["SAPHAN_SERVER_DATABASE_URL"] = database_url
    return env


def test_the_compose_file_describes_the_stack() -> None:
    services = compose()["services"]
    assert set(services) == {"db", "migrate", "server", "proxy"}
    assert services["db"]["image"].startswith("postgres:")
    assert services["proxy"]["image"].startswith("nginx:")
    server_env = services["server"]["environment"]
    assert "${SAPHAN_DB_PASSWORD}@db:" in server_env["SAPHAN_SERVER_DATABASE_URL"]
    assert server_env["SAPHAN_SERVER_DATABASE_URL"].startswith("postgresql+psycopg://")
    # Only the proxy is published; the server and the database are internal.
    assert "ports" not in services["server"]
    assert "ports" not in services["db"]
    dockerfile = (STACK / services["migrate"]["build"]["dockerfile"].split("/")[-1]).read_text()
    assert 'pip install ".[server]"' in dockerfile
    assert "USER saphan" in dockerfile


def test_docker_compose_accepts_the_file(tmp_path: Path) -> None:
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("no docker client")
    if subprocess.run([docker, "compose", "version"], capture_output=True).returncode != 0:
        pytest.skip("the docker client has no compose plugin")
    env = {**os.environ, "SAPHAN_DB_PASSWORD": "example0password"}
    r = subprocess.run(
        [docker, "compose", "-f", str(COMPOSE), "config", "-q"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr


def test_publish_and_pull_through_the_tls_proxy(stack: Stack) -> None:
    with stack.client() as http:
        assert http.get(f"{stack.https}/v1/health").json()["status"] == "ok"
        result = sc.publish_to_server(
            make_bundle("BEAM", 1), stack.https, "maesot", stack.tokens["BEAM"], client=http
        )
        assert result.stored
        network = sc.pull_network(stack.https, "maesot", stack.tokens["KAQ"], client=http)
        assert {m.code for m in network.members} == {"BEAM", "KAQ"}
        services = sc.pull_directory(stack.https, "maesot", stack.tokens["KAQ"], client=http)
        assert [s["name"] for s in services] == ["Counselling at BEAM"]
        report = sc.pull_aggregates(stack.https, "maesot", stack.coordinator, client=http)
        assert report["bundles"] == {"BEAM": 1}
    # Plain HTTP only points to HTTPS.
    r = httpx.get(f"http://127.0.0.1:{stack.http_port}/v1/health")
    assert r.status_code == 301
    assert r.headers["location"].startswith("https://")


def test_failed_logins_are_limited_per_client_behind_the_proxy(stack: Stack) -> None:
    url = f"{stack.https}/v1/networks/maesot/network"
    with stack.client("127.0.0.2") as attacker, stack.client("127.0.0.3") as member:
        codes = []
        for i in range(12):
            # Its own X-Forwarded-For does not make it a new client: nginx sets the header.
            r = attacker.get(
                url,
                headers={"Authorization": f"Bearer sph_guess{i}", "X-Forwarded-For": f"10.0.0.{i}"},
            )
            codes.append(r.status_code)
        # compose: SAPHAN_SERVER_AUTH_FAILURES=10 (one more may pass on a machine so slow that
        # a failure drained meanwhile: one per 6 s)
        assert codes[:10] == [401] * 10
        assert codes[-1] == 429
        assert codes[codes.index(429) :] == [429] * (12 - codes.index(429))
        assert int(r.headers["Retry-After"]) >= 1
        # Another client through the same proxy is not affected.
        result = sc.publish_to_server(
            make_bundle("KAQ", 1), stack.https, "maesot", stack.tokens["KAQ"], client=member
        )
        assert result.stored
        r = attacker.get(url, headers={"Authorization": f"Bearer {stack.tokens['BEAM']}"})
        assert r.status_code == 429
    # The server logged the clients as nginx saw them, not as nginx itself.
    log = stack.server_log.read_text(encoding="utf-8", errors="replace")
    assert re.search(r"127\.0\.0\.2:\d+ - \"GET /v1/networks/maesot/network", log), log[-2000:]
    assert "10.0.0." not in log
    assert "Traceback" not in log
