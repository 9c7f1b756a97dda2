"""The merged report as tables and service objects: what the exports write to files and the
coordination server serves. Built from bundles and the merged report only (no database, no
files here), so the server can use it without reaching into a CSO's store."""

from __future__ import annotations

import uuid
from typing import Any

from directory import cube
from directory.bundle_schema import CUMULATIVE, Bundle
from directory.merge import NetworkReport

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

Cell = int | str | None


def aggregate_table(
    report: NetworkReport, *, per_cso: bool = True
) -> tuple[list[str], list[str], list[list[Cell]]]:
    """Header row, HXL hashtag row and data rows: the network's totals (organisation
    ``NETWORK``) and, with ``per_cso``, each CSO's published figures."""
    headers = [h for h, _ in _LEAD] + [h for h, _, _ in _COLUMNS] + [h for h, _ in _TAIL]
    tags = [t for _, t in _LEAD] + [t for _, t, _ in _COLUMNS] + [t for _, t in _TAIL]
    rows: list[list[Cell]] = []
    for (programme, period), figures in sorted(report.people.items(), key=_period_key):
        picked = [figures[i] for _, _, i in _COLUMNS]
        row: list[Cell] = [NETWORK_ROW, programme, period]
        row += [f.known for f in picked]
        row += [report.sessions.get((programme, period)), sum(f.withheld for f in picked)]
        rows.append(row)
    if per_cso:
        for code in sorted(report.bundles):
            rows += bundle_rows(report.bundles[code])
    return headers, tags, rows


def _period_key(item: tuple[tuple[str, str], Any]) -> tuple[str, str]:
    (programme, period), _ = item
    return (programme, "9999" if period == CUMULATIVE else period)


def bundle_rows(bundle: Bundle) -> list[list[Cell]]:
    """One CSO's published figures, as rows of :func:`aggregate_table` (withheld = blank)."""
    rows: list[list[Cell]] = []
    for p in bundle.programmes:
        held = {s.period: s.count for s in p.sessions_held}
        tables = [(m.period, m.people) for m in p.months] + [(CUMULATIVE, p.cumulative)]
        for period, people in tables:
            picked = [people[i] for _, _, i in _COLUMNS]
            rows.append(
                [
                    bundle.cso.code,
                    p.programme,
                    period,
                    *list(picked),
                    held.get(period),
                    sum(1 for v in picked if v is None),
                ]
            )
    return rows


def report_notes() -> list[str]:
    return [
        "People reached are unique people: a person counts once per programme and period.",
        "Monthly figures do not add up to the cumulative figure (people come back).",
        "A person served by two CSOs counts twice in network totals.",
        "Figures below the suppression threshold are withheld, and some others with them so "
        "they cannot be recovered; network totals with withheld parts are lower bounds.",
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
    "NETWORK_ROW",
    "Cell",
    "aggregate_table",
    "bundle_rows",
    "directory_hsds",
    "report_notes",
]
