"""Typed errors are recognised by their class, not by their name: any kind of NotAMember (a
subclass a later check may raise) gets the member line, over the folder and over the server."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

import pytest

from desktop import cli
from directory.errors import NotAMember

MEMBER_LINE = "saphan: this CSO is not a member of the network (or with another key)\n"


class KeyRevoked(NotAMember):
    """A kind of not-a-member with a name of its own."""


def _refused(args: argparse.Namespace) -> int:
    raise KeyRevoked("BEAM")


@pytest.mark.parametrize(
    ("module", "handler", "argv"),
    [
        ("desktop.cli.network", "_bundle", ["bundle", "--out", "b.json"]),
        ("desktop.cli.network", "_publish", ["publish", "--folder", "shared"]),
        ("desktop.cli.server", "_publish", ["publish", "--server", "https://s", "--network", "N"]),
    ],
)
def test_a_kind_of_not_a_member_gets_the_member_line(
    module: str,
    handler: str,
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(importlib.import_module(module), handler, _refused)
    code = cli.main([*argv, "--db", str(tmp_path / "x.db"), "--user", "admin"])
    out, err = capsys.readouterr()
    assert (code, out, err) == (2, "", MEMBER_LINE)
