"""A counter of changes to the activity data, so pages that show counts know when to reload.

Pages that change sessions, attendance or referrals call :func:`bump`; the dashboard compares
:func:`current` with the revision it last counted and refreshes when it is shown again."""

from __future__ import annotations

_revision = 0


def bump() -> None:
    global _revision
    _revision += 1


def current() -> int:
    return _revision
