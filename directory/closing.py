"""Closing months against the network file: what a close freezes, and closing by itself.

:mod:`db.closing` keeps the closes, the frozen figures and the reach ledger; this module works
out what a close freezes, for the network file the CSO last accepted: each newly closed month's
figures exactly as a bundle built now shows them (:func:`directory.bundle.frozen_figures`), so
that every later bundle shows them byte for byte.

Closing by itself: when the network file sets ``close_months_after_days`` (N), publishing first
closes every month of the reporting period that ended more than N days ago
(:func:`close_due`, recorded as automatic, by the publishing user).
"""

from __future__ import annotations

import datetime as dt

from db import closing
from db.errors import ClosingRefused
from db.store import Store
from directory.bundle import closed_part, covered_period, frozen_figures, read_figures
from directory.network import Network
from directory.sharing import memory


def accepted_network(store: Store) -> Network:
    """The network file this CSO accepted last; :class:`ClosingRefused` ``not_in_network``
    without one."""
    network = memory.stored_network(store)
    if network is None:
        raise ClosingRefused("not_in_network")
    return network


def close_through(
    store: Store,
    through: str,
    *,
    network: Network | None = None,
    today: dt.date | None = None,
    automatic: bool = False,
) -> str:
    """Close every month of the network's reporting period up to ``through`` (YYYY-MM):
    their figures are frozen as a bundle built now shows them. Admin only (an automatic close:
    whoever publishes). Returns ``through``. :class:`ClosingRefused`: ``not_in_network``,
    ``outside_period``, ``not_over`` (the month has not ended), ``already_closed``."""
    closing.check_month(through, "through")
    network = network or accepted_network(store)
    today = today or dt.date.today()
    span = network.reporting_period
    if not span.start <= through <= span.end:
        raise ClosingRefused("outside_period")
    if through >= today.strftime("%Y-%m"):
        raise ClosingRefused("not_over")
    covered = covered_period(network, today)
    with store.snapshot():
        expected = closing.closed_through(store)
        figures = read_figures(store, covered, network.network_id, five_w=bool(network.areas))
    done = figures.closed_through
    if done is not None and through <= done:
        raise ClosingRefused("already_closed")
    first = span.start if done is None else closing.next_month(done)
    months = closing.months_between(first, through)
    frozen = frozen_figures(network, covered, figures, months)
    closing.close(
        store,
        through,
        frozen,
        network_id=network.network_id,
        period_start=span.start,
        expected=expected,
        automatic=automatic,
    )
    return through


def due_through(network: Network, today: dt.date) -> str | None:
    """The last month of the reporting period that ended more than the network file's
    ``close_months_after_days`` before ``today`` (None: none, or the file does not say)."""
    days = network.close_months_after_days
    if days is None:
        return None
    span = network.reporting_period
    due: str | None = None
    for month in span.months():
        if closing.last_day(month) + dt.timedelta(days=days) < today:
            due = month
    return due


def close_due(store: Store, network: Network, today: dt.date | None = None) -> str | None:
    """Close, as automatic, the months the network file says are due (see
    :func:`due_through`); returns the month closed through, or None when nothing was due."""
    today = today or dt.date.today()
    due = due_through(network, today)
    if due is None:
        return None
    with store.snapshot():
        done, _ = closed_part(store, network.network_id, covered_period(network, today))
    if done is not None and due <= done:
        return None
    return close_through(store, due, network=network, today=today, automatic=True)
