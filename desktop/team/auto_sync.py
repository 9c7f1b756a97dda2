"""Automatic team sync: after sign-in, on lock, on close and every few minutes.

One :class:`AutoSync` per main window. A sync always runs on the thread pool (the team folder
may be a slow network drive or a cloud folder), never two at once: a request while one runs is
skipped. Automatic syncs first check that the team folder is there and quietly do nothing when
it is not (a USB stick left at the office); the status-bar line says so.

:func:`status_line` turns what is known into the status bar's words: "Synced 2 min ago with 3
laptops", "Not synced yet", "Team folder not reachable", "Waiting for changes from Office
laptop".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from db.errors import SaphanError
from db.store import Store
from db.team import conflicts
from db.team.status import TeamStatus, TeamSummary, team_status, team_summary
from db.team.sync import SyncResult, sync
from desktop.errors import describe
from desktop.labels import local_time_text
from desktop.tasks import Task, run_in_background

INTERVAL_MS = 5 * 60 * 1000
REFRESH_MS = 60 * 1000  # the "2 min ago" of the status line

translate = QCoreApplication.translate


def _t(text: str) -> str:
    return QCoreApplication.translate("TeamSync", text)


@dataclass(frozen=True)
class SyncOutcome:
    """One sync's result (None: the team folder was not reachable, nothing was done) and the
    team's state afterwards."""

    result: SyncResult | None
    status: TeamStatus | None
    reason: str  # "start", "timer", "lock", "close", "manual"


def run_sync(store: Store, reason: str) -> SyncOutcome:
    """The work of one sync (on a pool thread): skipped when the folder is not there."""
    summary = team_summary(store)
    if summary is None:
        return SyncOutcome(None, None, reason)
    status = team_status(store)
    if status is None or not status.folder_reachable:
        return SyncOutcome(None, status, reason)
    result = sync(store)
    # A value another laptop chose for a listed conflict settles it here too.
    conflicts.settle_outdated(store)
    return SyncOutcome(result, team_status(store), reason)


class AutoSync(QObject):
    """Runs the syncs of one signed-in store; ``changed`` after each (and every minute, for
    the status line's "… min ago")."""

    started = Signal(str)  # the reason
    finished = Signal(object)  # a SyncOutcome
    failed = Signal(object)  # a SaphanError
    changed = Signal()

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        automatic: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.automatic = automatic
        self.running = False
        self.last: SyncOutcome | None = None
        self.last_error: SaphanError | None = None
        self._task: Task | None = None
        self._when_idle: list[Callable[[], None]] = []
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.sync("timer"))
        self.clock = QTimer(self)
        self.clock.setInterval(REFRESH_MS)
        self.clock.timeout.connect(self.changed)

    def summary(self) -> TeamSummary | None:
        try:
            return team_summary(self.store)
        except SaphanError:
            return None

    def in_team(self) -> bool:
        return self.summary() is not None

    def start(self) -> None:
        """After sign-in: a first sync now, then one every few minutes."""
        self.clock.start()
        if not self.automatic or not self.in_team():
            return
        self.timer.start()
        QTimer.singleShot(0, lambda: self.sync("start"))

    def ensure_timer(self) -> None:
        """Sync every few minutes from now on, if in a team (e.g. a team created just now)."""
        if self.automatic and not self._stopped and not self.timer.isActive() and self.in_team():
            self.timer.start()

    def stop(self) -> None:
        """No more automatic syncs (the window closes, or the store is about to change)."""
        self._stopped = True
        self.timer.stop()
        self.clock.stop()

    def sync(self, reason: str = "manual") -> bool:
        """Start a sync in the background; False when one is running already or this database
        is not in a team."""
        if self.running or (self._stopped and reason != "close") or not self.in_team():
            return False
        if reason != "manual" and not self.automatic:
            return False
        self.running = True
        self.started.emit(reason)
        store = self.store
        self._task = run_in_background(lambda: run_sync(store, reason), self._done, self._error)
        return True

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once no sync runs (at once when none does)."""
        if not self.running:
            callback()
        else:
            self._when_idle.append(callback)

    def _done(self, outcome: SyncOutcome) -> None:
        self.running = False
        self.last = outcome
        self.last_error = None
        self.finished.emit(outcome)
        self.changed.emit()
        self._idle()

    def _error(self, error: SaphanError) -> None:
        self.running = False
        self.last_error = error
        self.failed.emit(error)
        self.changed.emit()
        self._idle()

    def _idle(self) -> None:
        waiting, self._when_idle = self._when_idle, []
        for callback in waiting:
            callback()


def ago_text(when: dt.datetime, now: dt.datetime) -> str:
    """A time (UTC, naive) as "just now", "5 min ago", "3 h ago", else its date and time."""
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return translate("TeamSync", "just now")
    if seconds < 3600:
        return translate("TeamSync", "{n} min ago").format(n=int(seconds // 60))
    if seconds < 24 * 3600:
        return translate("TeamSync", "{n} h ago").format(n=int(seconds // 3600))
    return local_time_text(when)


def status_line(
    summary: TeamSummary | None,
    last: SyncOutcome | None,
    error: SaphanError | None,
    now: dt.datetime | None = None,
) -> tuple[str, str]:
    """The status bar's team line and its tooltip; ("", "") when not in a team."""
    if summary is None:
        return "", ""
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    folder = summary.folder
    status = last.status if last is not None else None
    if error is not None:
        return translate("TeamSync", "Sync failed"), describe(error)
    if last is not None and last.result is None and status is not None:
        return translate("TeamSync", "Team folder not reachable"), translate(
            "TeamSync",
            "The team folder {folder} cannot be reached. Changes made here wait on this laptop "
            "and are sent at the next sync.",
        ).format(folder=folder)
    if last is not None and last.result is not None and last.result.waiting_for:
        names = ", ".join(last.result.waiting_for)
        return translate("TeamSync", "Waiting for changes from {names}").format(
            names=names
        ), translate(
            "TeamSync",
            "Some changes of {names} are not in the team folder yet. They are applied once "
            "they arrive.",
        ).format(names=names)
    if summary.last_sync_at is None:
        return translate("TeamSync", "Not synced yet"), translate(
            "TeamSync", "This laptop has not synced with its team yet."
        )
    ago = ago_text(summary.last_sync_at, now)
    laptops = [d for d in status.devices if not d.removed] if status is not None else []
    tip = translate("TeamSync", "Last sync: {at}. Team folder: {folder}").format(
        at=local_time_text(summary.last_sync_at), folder=folder
    )
    if len(laptops) > 1:
        return translate("TeamSync", "Synced {ago} with {count} laptops").format(
            ago=ago, count=len(laptops)
        ), tip
    return translate("TeamSync", "Synced {ago}").format(ago=ago), tip
