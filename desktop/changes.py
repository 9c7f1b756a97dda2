"""The store's change bus on the GUI thread, and pages that refresh on the kinds they show.

``db.changes`` tells its subscribers, on whatever thread committed (a background task, the GUI),
what kinds of thing a transaction changed. :func:`signals_for` turns that into a Qt signal that
is always delivered on the GUI thread, after the code that wrote has returned to the event loop.
A page keeps itself current with one :class:`ChangeWatch`::

    self.watch = ChangeWatch(self, store, {Change.PEOPLE, Change.SESSIONS}, self.refresh)

and calls ``self.watch.mark_fresh()`` where it reloads everything it shows, so a change it has
just made and shown itself does not make it load twice."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from db.changes import Change, ChangeBus, Changes
from db.store import Store


class ChangeSignals(QObject):
    """One store's publications as ``changed(Changes)``, emitted on the GUI thread."""

    changed = Signal(object)
    _arrived = Signal(object)  # emitted on the committing thread

    def __init__(self) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        if app is not None and self.thread() is not app.thread():
            self.moveToThread(app.thread())
        # Queued even from the GUI thread: pages hear of a change once the action that made it
        # has finished (and refreshed what it shows itself).
        self._arrived.connect(self.changed, Qt.ConnectionType.QueuedConnection)


_signals: weakref.WeakKeyDictionary[ChangeBus, ChangeSignals] = weakref.WeakKeyDictionary()


def signals_for(store: Store) -> ChangeSignals:
    """The GUI-thread signals of ``store``'s change bus (one object per bus, made on first use)."""
    bus = store.changes
    signals = _signals.get(bus)
    if signals is None or not isValid(signals):
        signals = ChangeSignals()
        _signals[bus] = signals
        # The bus holds only a weak reference: it must not keep the signals (or itself, through
        # this dictionary) alive.
        alive = weakref.ref(signals)

        def hand_over(changes: Changes) -> None:
            target = alive()
            if target is not None and isValid(target):
                target._arrived.emit(changes)

        bus.subscribe(hand_over)
    return signals


class ChangeWatch(QObject):
    """Calls ``refresh`` when a committed write changed one of ``kinds``: at once if ``page`` is
    visible, otherwise the next time it is shown. ``stale``: the page has not loaded yet and
    loads when first shown."""

    def __init__(
        self,
        page: QWidget,
        store: Store,
        kinds: Iterable[Change],
        refresh: Callable[[], None],
        *,
        stale: bool = False,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._bus = store.changes
        self.kinds = frozenset(kinds)
        self._refresh = refresh
        self.stale = stale
        self._fresh_as_of = self._bus.serial
        signals_for(store).changed.connect(self._changed)
        page.installEventFilter(self)

    def mark_fresh(self) -> None:
        """The page is (re)loading everything it shows: what was committed until now is in it."""
        self._fresh_as_of = self._bus.serial
        self.stale = False

    def _changed(self, changes: Changes) -> None:
        if changes.serial <= self._fresh_as_of or not changes.touches(self.kinds):
            return
        if self._page.isVisible():
            self._run()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt may deliver an event to a watch whose Python side is already gone (its page is
        # being torn down): a fresh wrapper then has none of the attributes set above.
        page = getattr(self, "_page", None)
        if page is None:
            return False
        if watched is page and event.type() == QEvent.Type.Show and self.stale:
            self._run()
        return False

    def _run(self) -> None:
        self.mark_fresh()
        self._refresh()
