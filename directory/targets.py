"""Each CSO's progress against its share of the network's targets, and who is behind.

The coordinator sets shares in the network file (``saphan network targets --cso``, see
:class:`directory.network.CsoTarget`). Progress is the people a CSO reached over the reporting
period so far: the total cell of its bundle's cumulative cube for the programme (unique people,
as the CSO's own dashboard counts them).

**Behind, pro rata.** By ``today`` a CSO is expected to have reached its share times the part
of the reporting period that has passed::

    expected = share * elapsed / months

where ``months`` counts the months of the reporting period and ``elapsed`` those of them that
have ended by ``today`` (the current month counts once it is over; none before the period
starts, all after it ends). A CSO is *behind* on a programme when what it reached is below
``expected``. When the CSO withheld its total (fewer than ``k`` people, the network's
suppression threshold), it reached at most ``k - 1``: it is behind when even that is below
``expected``. A CSO that has not published is behind as soon as anything is expected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from directory import cube
from directory.merge import NetworkReport
from directory.network import PEOPLE_REACHED, Network, ReportingPeriod


@dataclass(frozen=True)
class ShareProgress:
    cso_code: str
    cso_name: str
    programme: str  # the network programme's code
    programme_name: str
    share: int  # the CSO's target for the programme
    network_target: int | None  # the network's whole target for it
    reached: int | None  # unique people so far; None: withheld (fewer than the threshold)
    published: bool  # False: no bundle of this CSO was merged
    expected: float  # share * elapsed / months
    behind: bool

    @property
    def percent(self) -> float | None:
        """Reached as a percentage of the share (None when withheld, not published, or the
        share is 0)."""
        if self.reached is None or not self.published or not self.share:
            return None
        return 100.0 * self.reached / self.share


def elapsed_months(period: ReportingPeriod, today: dt.date) -> tuple[int, int]:
    """The months of ``period`` that have ended by ``today``, and all its months."""
    months = period.months()
    ended = [m for m in months if _month_end(m) < today]
    return len(ended), len(months)


def _month_end(month: str) -> dt.date:
    year, number = int(month[:4]), int(month[5:])
    first_next = dt.date(year + number // 12, number % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def share_progress(report: NetworkReport, network: Network, today: dt.date) -> list[ShareProgress]:
    """One row per member and programme with a share, in the network file's order."""
    elapsed, months = elapsed_months(network.reporting_period, today)
    fraction = elapsed / months if months else 0.0
    limit = network.suppression_threshold - 1  # the most a withheld count can be
    names = {p.code: p.name for p in network.programmes}
    rows: list[ShareProgress] = []
    for member in network.members:
        shares = network.shares(member.code, PEOPLE_REACHED)
        if not shares:
            continue
        bundle = report.bundles.get(member.code)
        totals: dict[str, int | None] = {}
        if bundle is not None:
            totals = {p.programme: p.cumulative[cube.TOTAL_INDEX] for p in bundle.programmes}
        for programme in (p.code for p in network.programmes if p.code in shares):
            share = shares[programme]
            expected = share * fraction
            reached = totals.get(programme, 0) if bundle is not None else 0
            if bundle is None:
                behind = expected > 0
            else:
                most = limit if reached is None else reached
                behind = most < expected
            rows.append(
                ShareProgress(
                    cso_code=member.code,
                    cso_name=member.name,
                    programme=programme,
                    programme_name=names[programme],
                    share=share,
                    network_target=network.target(programme),
                    reached=reached,
                    published=bundle is not None,
                    expected=expected,
                    behind=behind,
                )
            )
    return rows


__all__ = ["ShareProgress", "elapsed_months", "share_progress"]
