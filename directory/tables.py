"""The merged report as tables and service objects: what the exports write to files and the
coordination server serves. Built from bundles and the merged report only (no database, no
files here), so the server can use it without reaching into a CSO's store."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from directory import cube
from directory.bundle_schema import CUMULATIVE, Bundle
from directory.merge import Figure, FlowFigures, NetworkReport
from directory.network import CSO_CODE_RE

NETWORK_ROW = "NETWORK"

# (human header, HXL hashtag, cube position)
_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("People reached", "#reached+ind", cube.index("all", "all", "all", "all")),
    ("Female", "#reached+ind+f", cube.index("female", "all", "all", "all")),
    ("Male", "#reached+ind+m", cube.index("male", "all", "all", "all")),
    ("Other sex", "#reached+ind+sex_other", cube.index("other", "all", "all", "all")),
    ("Girls 0-17", "#reached+ind+f+children+age0_17", cube.index("female", "0-17", "all", "all")),
    ("Boys 0-17", "#reached+ind+m+children+age0_17", cube.index("male", "0-17", "all", "all")),
    ("Women 18-59", "#reached+ind+f+adults+age18_59", cube.index("female", "18-59", "all", "all")),
    ("Men 18-59", "#reached+ind+m+adults+age18_59", cube.index("male", "18-59", "all", "all")),
    ("Women 60+", "#reached+ind+f+elderly+age60_", cube.index("female", "60+", "all", "all")),
    ("Men 60+", "#reached+ind+m+elderly+age60_", cube.index("male", "60+", "all", "all")),
    ("Children 0-4", "#reached+ind+children+age0_4", cube.index("all", "0-4", "all", "all")),
    ("Children 5-11", "#reached+ind+children+age5_11", cube.index("all", "5-11", "all", "all")),
    ("Children 12-17", "#reached+ind+children+age12_17", cube.index("all", "12-17", "all", "all")),
    (
        "With a disability",
        "#reached+ind+disabled",
        cube.index("all", "all", "all", "with_disability"),
    ),
    ("New arrivals", "#reached+ind+new_arrival", cube.index("all", "all", "new_arrival", "all")),
    (
        "Long-term migrants",
        "#reached+ind+long_term_migrant",
        cube.index("all", "all", "long_term_migrant", "all"),
    ),
    (
        "Host community",
        "#reached+ind+host_community",
        cube.index("all", "all", "host_community", "all"),
    ),
)
_LEAD = (
    ("Organisation", "#org+code"),
    ("Programme", "#activity+programme+code"),
    ("Period", "#date+reported"),
)
_TAIL = (("Sessions held", "#output+sessions"), ("Withheld figures", "#meta+withheld"))
# The flag columns: which of the row's figures are withheld, and which are lower bounds.
_FLAGS = (
    ("Withheld (fewer than k)", "#meta+withheld+columns"),
    ("At least (part withheld)", "#meta+lower_bound+columns"),
)

Cell = int | float | str | None

# How a figure of the table is known (see :class:`AggregateGrid`).
EXACT, WITHHELD, AT_LEAST = "exact", "withheld", "at_least"
FLAG_SEPARATOR = "; "


@dataclass(frozen=True)
class AggregateGrid:
    """The aggregate table with, for each row, how its figures are known.

    A figure is exact (a number), ``WITHHELD`` (the cell is empty: fewer than ``threshold``,
    or withheld with such a value so it cannot be recovered; for a network total, every CSO's
    part was withheld) or ``AT_LEAST`` (a network total with some parts withheld: the cell
    holds the sum of the published parts, and the true figure is at least that). A withheld
    figure is never written as 0. The two flag columns at the end of each row name the
    withheld and the at-least columns, so a CSV says so too."""

    headers: list[str]
    tags: list[str]
    rows: list[list[Cell]]
    # per row: column index -> WITHHELD or AT_LEAST (exact figures are not listed)
    marks: list[dict[int, str]]
    # per row: column index -> how many parts of an AT_LEAST total were withheld
    withheld_parts: list[dict[int, int]]
    threshold: int


def _state(f: Figure) -> str:
    if f.exact:
        return EXACT
    return WITHHELD if f.known == 0 else AT_LEAST


def aggregate_grid(report: NetworkReport, *, per_cso: bool = True) -> AggregateGrid:
    """Header row, HXL hashtag row and data rows, with the marks of withheld and at-least
    figures: the network's totals (organisation ``NETWORK``) and, with ``per_cso``, each
    CSO's published figures."""
    headers = [h for h, _ in _LEAD] + [h for h, _, _ in _COLUMNS]
    headers += [h for h, _ in _TAIL] + [h for h, _ in _FLAGS]
    tags = [t for _, t in _LEAD] + [t for _, t, _ in _COLUMNS]
    tags += [t for _, t in _TAIL] + [t for _, t in _FLAGS]
    rows: list[list[Cell]] = []
    marks: list[dict[int, str]] = []
    parts: list[dict[int, int]] = []
    first = len(_LEAD)
    sessions_at = first + len(_COLUMNS)
    for (programme, period), figures in sorted(report.people.items(), key=_period_key):
        picked = [figures[i] for _, _, i in _COLUMNS]
        key = (programme, period)
        sessions = Figure(report.sessions.get(key, 0), report.sessions_withheld.get(key, 0))
        if key not in report.sessions and not sessions.withheld:
            sessions_cell: Cell = None  # no CSO had sessions there
        else:
            sessions_cell = None if _state(sessions) == WITHHELD else sessions.known
        row: list[Cell] = [NETWORK_ROW, programme, period]
        row += [None if _state(f) == WITHHELD else f.known for f in picked]
        row += [sessions_cell, sum(f.withheld for f in picked)]
        states = {first + n: _state(f) for n, f in enumerate(picked)}
        states[sessions_at] = _state(sessions)
        mark = {c: st for c, st in states.items() if st != EXACT}
        held = {first + n: f.withheld for n, f in enumerate(picked) if _state(f) == AT_LEAST}
        if mark.get(sessions_at) == AT_LEAST:
            held[sessions_at] = sessions.withheld
        rows.append(row + _flag_cells(headers, mark))
        marks.append(mark)
        parts.append(held)
    if per_cso:
        for code in sorted(report.bundles):
            for row, mark in _bundle_grid(report.bundles[code]):
                rows.append(row + _flag_cells(headers, mark))
                marks.append(mark)
                parts.append({})
    return AggregateGrid(headers, tags, rows, marks, parts, report.threshold)


def _flag_cells(headers: list[str], mark: dict[int, str]) -> list[Cell]:
    def names(state: str) -> str:
        return FLAG_SEPARATOR.join(headers[c] for c in sorted(mark) if mark[c] == state)

    return [names(WITHHELD), names(AT_LEAST)]


def aggregate_table(
    report: NetworkReport, *, per_cso: bool = True
) -> tuple[list[str], list[str], list[list[Cell]]]:
    """Header row, HXL hashtag row and data rows of :func:`aggregate_grid` (withheld =
    blank, never 0; the flag columns say which figures are withheld or lower bounds)."""
    grid = aggregate_grid(report, per_cso=per_cso)
    return grid.headers, grid.tags, grid.rows


def _period_key(item: tuple[tuple[str, str], Any]) -> tuple[str, str]:
    (programme, period), _ = item
    return (programme, "9999" if period == CUMULATIVE else period)


def _bundle_grid(bundle: Bundle) -> list[tuple[list[Cell], dict[int, str]]]:
    rows: list[tuple[list[Cell], dict[int, str]]] = []
    first = len(_LEAD)
    sessions_at = first + len(_COLUMNS)
    for p in bundle.programmes:
        # A period listed with no count: withheld; a period not listed: no sessions there.
        held = {s.period: s.count for s in p.sessions_held}
        tables = [(m.period, m.people) for m in p.months] + [(CUMULATIVE, p.cumulative)]
        for period, people in tables:
            picked = [people[i] for _, _, i in _COLUMNS]
            mark = {first + n: WITHHELD for n, v in enumerate(picked) if v is None}
            if period in held and held[period] is None:
                mark[sessions_at] = WITHHELD
            row: list[Cell] = [bundle.cso.code, p.programme, period, *list(picked)]
            row += [held.get(period), sum(1 for v in picked if v is None)]
            rows.append((row, mark))
    return rows


def bundle_rows(bundle: Bundle) -> list[list[Cell]]:
    """One CSO's published figures, as rows of :func:`aggregate_table` (withheld = blank)."""
    headers = [h for h, _ in _LEAD] + [h for h, _, _ in _COLUMNS]
    headers += [h for h, _ in _TAIL] + [h for h, _ in _FLAGS]
    return [row + _flag_cells(headers, mark) for row, mark in _bundle_grid(bundle)]


# --- referrals between members --------------------------------------------------------------

FLOW_HEADERS = (
    ("Referring CSO", "#org+code+referring"),
    ("Receiving CSO", "#org+code+receiving"),
    ("Service category", "#sector+code"),
    ("Referrals made", "#output+referrals+made"),
    ("Codes received", "#output+referrals+received"),
    ("Served", "#output+referrals+served"),
    ("Completion (served / made, %)", "#indicator+completion+pct"),
    ("Withheld (fewer than k)", "#meta+withheld+columns"),
    ("At least (part withheld)", "#meta+lower_bound+columns"),
)


def flows_table(report: NetworkReport) -> tuple[list[str], list[str], list[list[Cell]]]:
    """Referrals between members: the network per category and in all (organisations
    ``NETWORK``), then each pair. A withheld figure is blank (never 0), an at-least one its
    known part; the flag columns say which. Completion only where made and served are exact."""
    rows: list[list[Cell]] = []
    total = report.flows_total()
    lines = [(NETWORK_ROW, NETWORK_ROW, f) for f in report.flows_by_category()]
    if report.referral_flows:
        lines.append((NETWORK_ROW, NETWORK_ROW, total))
    lines += [(f.from_cso, f.to_cso, f) for f in report.referral_flows]
    for a, b, f in lines:
        rows.append(_flow_row(a, b, f))
    return [h for h, _ in FLOW_HEADERS], [t for _, t in FLOW_HEADERS], rows


def _flow_row(referring: str, receiving: str, f: FlowFigures) -> list[Cell]:
    figures = {"Referrals made": f.made, "Codes received": f.received, "Served": f.served}
    states = {name: _state(v) for name, v in figures.items()}
    completion = f.completion
    row: list[Cell] = [referring, receiving, f.category or "all"]
    row += [None if states[n] == WITHHELD else v.known for n, v in figures.items()]
    row.append(None if completion is None else round(100 * completion, 1))
    row += [
        FLAG_SEPARATOR.join(n for n, st in states.items() if st == state)
        for state in (WITHHELD, AT_LEAST)
    ]
    return row


def report_notes() -> list[str]:
    return [
        "People reached are unique people: a person counts once per programme and period.",
        "Monthly figures do not add up to the cumulative figure (people come back).",
        "A person served by two CSOs counts twice in network totals.",
        "Figures below the suppression threshold are withheld, and some others with them so "
        "they cannot be recovered; network totals with withheld parts are lower bounds.",
        "Referrals between CSOs: made is counted by the referring CSO, received and served by "
        "the receiving CSO; completion is served / made, given only when both are exact.",
    ]


# --- the service directory ---------------------------------------------------------------------

_NS = uuid.UUID("6f1c1a4e-5b43-4b0e-9a53-5a7068616e00")
_LANGUAGE_NAMES = {
    "my": "Burmese",
    "ksw": "S'gaw Karen",
    "th": "Thai",
    "en": "English",
    "shn": "Shan",
    "mnw": "Mon",
}


# The type of an organisation's identifier that is its member code in the network (HSDS 3.0
# organization_identifiers).
CSO_CODE_IDENTIFIER = "saphan_network_member_code"
_MEMBER = re.compile(r"\(([A-Z][A-Z0-9]{1,11})\), member of the network\.$")


def hsds_cso_code(service: Mapping[str, Any]) -> str:
    """The network member code of the CSO that gives an HSDS service of the merged directory
    ("" when it has none): from its organisation's identifier, or from the description a
    directory written before the identifier existed has."""
    organization = service.get("organization")
    if not isinstance(organization, Mapping):
        return ""
    for identifier in organization.get("organization_identifiers") or []:
        if (
            isinstance(identifier, Mapping)
            and identifier.get("identifier_type") == CSO_CODE_IDENTIFIER
            and isinstance(identifier.get("identifier"), str)
            and CSO_CODE_RE.fullmatch(identifier["identifier"])
        ):
            return str(identifier["identifier"])
    found = _MEMBER.search(str(organization.get("description", "")))
    return found.group(1) if found else ""


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NS, "/".join(parts)))


def directory_hsds(report: NetworkReport) -> list[dict[str, Any]]:
    """The merged directory as Open Referral HSDS 3.0 service objects (JSON form)."""
    out: list[dict[str, Any]] = []
    for entry in report.directory:
        s = entry.service
        org_id = _id(report.network_id, "organization", entry.cso_code)
        service: dict[str, Any] = {
            "id": s.id,
            "organization_id": org_id,
            "name": s.name,
            "description": s.description,
            "status": s.status,
            "eligibility_description": s.eligibility,
            "application_process": s.how_to_refer,
            "fees_description": s.cost,
            "last_modified": s.updated_at,
            "organization": {
                "id": org_id,
                "name": entry.cso_name,
                "description": f"{entry.cso_name} ({entry.cso_code}), member of the network.",
                # The member's code in the network: a referral to the service says which CSO
                # receives it (issue 21), without anyone typing it.
                "organization_identifiers": [
                    {
                        "id": _id(report.network_id, "identifier", entry.cso_code),
                        "organization_id": org_id,
                        "identifier_type": CSO_CODE_IDENTIFIER,
                        "identifier": entry.cso_code,
                    }
                ],
            },
            "languages": [
                {
                    "id": _id(s.id, "language", code),
                    "service_id": s.id,
                    "code": code,
                    "name": _LANGUAGE_NAMES.get(code, code),
                }
                for code in s.languages
            ],
            "attributes": [
                {
                    "id": _id(s.id, "category"),
                    "link_id": s.id,
                    "link_type": "category",
                    "link_entity": "service",
                    "value": s.category,
                }
            ],
        }
        if s.hours:
            service["schedules"] = [
                {"id": _id(s.id, "schedule"), "service_id": s.id, "description": s.hours}
            ]
        if s.area:
            service["service_areas"] = [
                {"id": _id(s.id, "area"), "service_id": s.id, "name": s.area}
            ]
        if s.contact:
            service["contacts"] = [
                {"id": _id(s.id, "contact"), "service_id": s.id, "name": s.contact}
            ]
        out.append(service)
    return out


__all__ = [
    "AT_LEAST",
    "EXACT",
    "FLAG_SEPARATOR",
    "NETWORK_ROW",
    "WITHHELD",
    "AggregateGrid",
    "Cell",
    "aggregate_grid",
    "aggregate_table",
    "bundle_rows",
    "directory_hsds",
    "hsds_cso_code",
    "report_notes",
]
