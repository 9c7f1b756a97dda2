"""The app reads the server's answers as untrusted bytes: bounded in size (also after gzip),
of the expected shape, and refused with :class:`ServerError`, never a traceback."""

from __future__ import annotations

import gzip
import io
import tracemalloc
from collections.abc import Iterator

import httpx
import pytest

from directory import server_client as sc
from tests.server.conftest import make_bundle

MB = 1024 * 1024


class _Body(httpx.SyncByteStream):
    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        for at in range(0, len(self.data), 65536):
            yield self.data[at : at + 65536]


def _answering(status: int, data: bytes, **headers: str) -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, stream=_Body(data), headers={"content-type": "application/json", **headers}
        )

    return httpx.Client(transport=httpx.MockTransport(answer))


def _gzip_zeros(size: int) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb") as f:
        for _ in range(size // MB):
            f.write(b"\0" * MB)
    return out.getvalue()


def test_an_answer_that_unpacks_to_200_mb_is_refused_without_holding_it() -> None:
    bomb = _gzip_zeros(200 * MB)
    assert len(bomb) < MB
    tracemalloc.start()
    try:
        with (
            _answering(200, bomb, **{"content-encoding": "gzip"}) as http,
            pytest.raises(sc.ServerError) as refused,
        ):
            sc.pull_directory("http://s", "maesot", "t", client=http)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert refused.value.reason == "too_large"
    assert peak < 3 * sc.MAX_RESPONSE_BYTES


@pytest.mark.parametrize("body", [b'{"services":5}', b'{"services":"abc"}', b"[1,2]", b"{"])
def test_a_directory_of_the_wrong_shape_is_refused(body: bytes) -> None:
    with _answering(200, body) as http, pytest.raises(sc.ServerError) as refused:
        sc.pull_directory("http://s", "maesot", "t", client=http)
    assert refused.value.reason == "invalid_response"


def test_entries_of_a_directory_that_are_not_services_are_left_out() -> None:
    with _answering(200, b'{"services":[1,"x",null,{"name":"Legal aid"}]}') as http:
        assert sc.pull_directory("http://s", "maesot", "t", client=http) == [{"name": "Legal aid"}]


@pytest.mark.parametrize(
    "body", [b"[" * 100_000, b'{"reason":"x","reason":"y"}', b"\xff", b" " * (2 * MB)]
)
def test_a_refusal_with_a_body_that_is_no_json_object_is_still_a_refusal(body: bytes) -> None:
    with _answering(409, body) as http, pytest.raises(sc.ServerError) as refused:
        sc.publish_to_server(make_bundle("BEAM", 1), "http://s", "maesot", "t", client=http)
    assert (refused.value.reason, refused.value.status) == ("http_409", 409)
