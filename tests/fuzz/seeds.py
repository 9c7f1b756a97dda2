"""Valid documents to start mutations from: a network of synthetic CSOs (keys only, no CSO
database) and their signed bundles, small and near the 5 MB limit."""

from __future__ import annotations

import uuid
from pathlib import Path

from directory import cube, signing
from directory import network as net
from directory.bundle import (
    BUNDLE_SCHEMA,
    Bundle,
    CsoProfileOut,
    MonthReach,
    PeriodCount,
    ProgrammeFigures,
    ReferralCount,
    SharedService,
    sign_bundle,
)
from directory.folder import encode
from directory.signing import key_fingerprint

COORDINATOR_KEY = bytes(range(32))
NETWORK_ID = "maesot"
CODES = ("BEAM", "KAQ")


def private_key(code: str) -> bytes:
    """A fixed Ed25519 key per CSO code."""
    return code.encode("ascii").ljust(32, b"k")[:32]


def make_network(codes: tuple[str, ...] = CODES, start: str = "2021-01") -> net.Network:
    network = net.create_network(
        NETWORK_ID, "Mae Sot CSO network", COORDINATOR_KEY, start=start, end="2026-12"
    )
    for code in codes:
        pub = bytes.fromhex(signing.public_key_hex(private_key(code)))
        network = net.add_member(
            network,
            COORDINATOR_KEY,
            code=code,
            name=f"{code} foundation",
            public_key=pub,
            fingerprint=key_fingerprint(pub),
        )
    return network


def _months(start: str, count: int) -> list[str]:
    y, m = int(start[:4]), int(start[5:])
    out = []
    for _ in range(count):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def make_bundle(
    code: str = "BEAM",
    *,
    programmes: int = 1,
    months: int = 2,
    services: int = 1,
    referrals: bool = True,
    text: str = "",
) -> Bundle:
    """A signed bundle; ``programmes`` x ``months`` cubes make it as large as wanted."""
    period = _months("2021-01", months)
    reach: list[int | None] = [0] * cube.CUBE_SIZE
    reach[cube.TOTAL_INDEX] = 12
    reach[0] = None
    codes = [f"p{i:02d}" for i in range(programmes)]
    figures = [
        ProgrammeFigures(
            programme=p,
            months=[MonthReach(period=m, people=reach) for m in period],
            cumulative=reach,
            sessions_held=[
                PeriodCount(period=period[0], count=3),
                PeriodCount(period="cumulative", count=3),
            ],
        )
        for p in codes
    ]
    refs = (
        [ReferralCount(programme=p, period=m, count=7) for p in codes for m in period]
        + [ReferralCount(programme="all", period="cumulative", count=70)]
        if referrals
        else []
    )
    bundle = Bundle(
        schema=BUNDLE_SCHEMA,
        network_id=NETWORK_ID,
        revision=3,
        created_at="2025-01-05T09:00:00Z",
        app_version="0.1.0",
        period=net.ReportingPeriod(start=period[0], end=period[-1]),
        suppression_threshold=5,
        cso=CsoProfileOut(
            code=code,
            name=f"{code} foundation",
            public_key=signing.public_key_hex(private_key(code)),
        ),
        services=[
            SharedService(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"saphan:{code}:{i}")),
                name=f'Counselling {i} at {code} \u1000\u102c "quoted" \\ [x] {{y}}: z',
                category="mhpss",
                description=text,
                languages=["my", "th"],
                status="active",
                updated_at="2025-01-05T09:00:00Z",
            )
            for i in range(services)
        ],
        programmes=figures,
        referrals=refs,
        participatory_projects=1,
    )
    return sign_bundle(bundle, private_key(code))


def bundle_bytes(bundle: Bundle) -> bytes:
    return encode(bundle.document())


def large_bundle(code: str = "BEAM") -> Bundle:
    """A legitimate bundle a little under the 5 MB limit (50 programmes x 72 months)."""
    return make_bundle(
        code, programmes=50, months=72, services=200, text='Walk-in "daily" \\ ' * 100
    )


PEOPLE = [
    ["No.", "Name", "အမည်", "Sex", "Date of birth", "Phone", "Area", "Nationality"],
    ["1", "Ma Hnin Ei", "မနှင်းအိ", "F", "12/03/1990", "081 234 5678", "Mae Pa", "Myanmar"],
    ["2", "Ko Aung", "ကိုအောင်", "M", "1985", "", "Mae Sot", "Myanmar"],
    ["3", "Naw Paw", "", "female", "2001-07-30", "+66 81 234 5678", "", "Thai"],
    ["4", "Somchai", "สมชาย", "ชาย", "30", "", "Mae Sot", "Thai"],
]


def people_csv() -> bytes:
    """A list of people as Excel saves it as CSV (UTF-8 with a byte-order mark, CRLF)."""
    lines = [",".join(f'"{c}"' if " " in c else c for c in row) for row in PEOPLE]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def people_xlsx(path: Path) -> bytes:
    """A list of people as a workbook: a merged title row above the header."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Register"
    ws.append(["Beneficiary list 2025"])
    ws.merge_cells("A1:H1")
    for row in PEOPLE:
        ws.append(row)
    ws["B3"].hyperlink = "https://example.org"
    wb.save(path)
    return path.read_bytes()
