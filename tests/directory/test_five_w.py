"""5W (issue 20): areas in the signed network file, the area of a session, area as a bundle
dimension under the same suppression, and the 5W export (HXL, checked with libhxl), with no
cell from 1 to k-1 and withheld never zero."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import random
import zipfile
from pathlib import Path

import pytest

from db import setup
from db.activities import ActivityType, SessionInput, log_session
from db.beneficiaries import register_person
from db.counting import people_reached_by_activity_area
from db.programmes import list_programmes
from db.store import Store
from db.types import PersonInput, PopulationGroup, Sex
from directory import cube, five_w, folder, merge
from directory import network as net
from directory.bundle import (
    FIVE_W_GROUPS,
    build_bundle,
    five_w_equations,
    suppress_programme,
    suppress_programme_5w,
)
from directory.bundle_schema import Bundle
from directory.errors import NetworkInvalid
from directory.network import Area
from directory.suppression import Equation, linearly_determined
from directory.validation import check_network_document
from tests.directory.conftest import COORDINATOR_KEY, TODAY, member_network

BEFORE_AREAS = Path(__file__).parent / "data" / "network-before-shares.json"

# Mae Sot district (Tak, TH6306) and some of its tambons, with their P-codes; the city
# municipality has no P-code of its own: it lies in tambon Mae Sot.
MAE_SOT_AREAS = {
    "mae_sot": Area(code="mae_sot", name="Mae Sot (tambon)", admin_code="TH630601"),
    "mae_sot_city": Area(code="mae_sot_city", name="Mae Sot City Municipality", parent="mae_sot"),
    "mae_tao": Area(code="mae_tao", name="Mae Tao", admin_code="TH630604"),
    "tha_sai_luat": Area(code="tha_sai_luat", name="Tha Sai Luat", admin_code="TH630606"),
    "mae_pa": Area(code="mae_pa", name="Mae Pa", admin_code="TH630607"),
    "phra_that_pha_daeng": Area(
        code="phra_that_pha_daeng", name="Phra That Pha Daeng", admin_code="TH630610"
    ),
}


def with_areas(network: net.Network) -> net.Network:
    return net.set_areas(network, COORDINATOR_KEY, MAE_SOT_AREAS)


# --- the network file ----------------------------------------------------------------------


def test_areas_round_trip_through_the_signed_file(tmp_path: Path) -> None:
    network = with_areas(net.create_network("maesot", "Mae Sot CSO network", COORDINATOR_KEY))
    folder.write_network(tmp_path, network)
    read = folder.read_network(tmp_path, network.coordinator_key)  # signature checked
    assert read == network
    assert [a.code for a in read.areas or ()] == list(MAE_SOT_AREAS)
    city = read.document()["areas"][1]
    assert city == {
        "code": "mae_sot_city",
        "name": "Mae Sot City Municipality",
        "parent": "mae_sot",
    }
    # The admin codes of a place: its own and the levels above, or its parent's.
    assert read.admin_codes("mae_pa") == {3: "TH630607", 2: "TH6306", 1: "TH63"}
    assert read.admin_codes("mae_sot_city") == {3: "TH630601", 2: "TH6306", 1: "TH63"}

    document = json.loads((tmp_path / "network.json").read_text(encoding="utf-8"))
    document["areas"][0]["admin_code"] = "TH630602"  # changed after signing
    with pytest.raises(NetworkInvalid):
        check_network_document(document, network.coordinator_key)


def test_a_network_file_without_areas_validates_unchanged() -> None:
    document = json.loads(BEFORE_AREAS.read_text(encoding="utf-8"))
    assert "areas" not in document
    network = check_network_document(document, document["coordinator_key"])
    assert network.areas is None
    assert network.document() == document  # the same signed form
    # Areas set and all removed again: the file is written as before areas existed.
    fresh = net.create_network("maesot", "Mae Sot CSO network", COORDINATOR_KEY)
    added = with_areas(fresh)
    removed = net.set_areas(added, COORDINATOR_KEY, dict.fromkeys(MAE_SOT_AREAS))
    assert "areas" not in removed.document()
    assert set(removed.document()) == set(fresh.document())


def test_bad_areas_are_refused() -> None:
    fresh = net.create_network("maesot", "Mae Sot CSO network", COORDINATOR_KEY)
    with pytest.raises(NetworkInvalid, match="bad_area"):
        net.set_areas(fresh, COORDINATOR_KEY, {"ward_1": Area(code="ward_1", name="W", parent="x")})
    loop = {
        "a": Area(code="a", name="A", parent="b"),
        "b": Area(code="b", name="B", parent="a"),
    }
    with pytest.raises(NetworkInvalid, match="bad_area"):
        net.set_areas(fresh, COORDINATOR_KEY, loop)
    with pytest.raises(ValueError, match="pattern"):
        Area(code="mae_pa", name="Mae Pa", admin_code="TH6306071")  # not a P-code


# --- suppression -----------------------------------------------------------------------------


def _reader_system(
    months: dict[str, list[int]], rows: dict[str, list[list[int]]]
) -> tuple[list[int], list[Equation]]:
    """What a reader of the bundle knows: every cube equation, the month-cumulative links,
    each 5W row's groups adding up to its total, and (assumed) the rows of a month adding up
    to the cube's population-group margins - all taken as exact."""
    names = sorted(months)
    size = cube.CUBE_SIZE
    values = [v for n in names for v in months[n]]
    cumulative = [sum(c) for c in zip(*(months[n] for n in names), strict=True)]
    values += cumulative
    offsets = [i * size for i in range(len(names))]
    equations = [e for off in [*offsets, len(names) * size] for e in cube.cube_equations(off)]
    equations += cube.link_equations([months[n] for n in names], len(names) * size, offsets)
    for name, off in zip(names, offsets, strict=True):
        at = []
        for row in rows.get(name, []):
            at.append(len(values))
            values += row
        equations += five_w_equations(at, off)
    return values, [Equation(e.parts, e.whole) for e in equations]


def _random_programme(
    rng: random.Random,
) -> tuple[dict[str, list[int]], dict[str, list[list[int]]]]:
    """A programme's months: people (group, activity, area), some in two activities."""
    groups = cube.POPULATION_GROUPS[:3]
    months: dict[str, list[int]] = {}
    rows: dict[str, list[list[int]]] = {}
    for month in ("2025-01", "2025-02"):
        leaves: dict[tuple[str, str, str, str], int] = {}
        by_row: dict[tuple[int, int], list[int]] = {}
        for _ in range(rng.randint(1, 30)):
            group = rng.randrange(3)
            leaf = (rng.choice(("female", "male")), rng.choice(("5-11", "18-59")), groups[group])
            key = (*leaf, rng.choice(("with_disability", "without_disability")))
            leaves[key] = leaves.get(key, 0) + 1
            came = {(rng.randrange(2), rng.randrange(3)) for _ in range(rng.choice((1, 1, 2)))}
            for where in came:
                row = by_row.setdefault(where, [0, 0, 0, 0])
                row[group] += 1
                row[3] += 1
        months[month] = cube.from_leaves(leaves)
        rows[month] = [by_row[k] for k in sorted(by_row)]
    return months, rows


@pytest.mark.parametrize("seed", range(24))
def test_no_withheld_5w_cell_can_be_worked_out(seed: int) -> None:
    rng = random.Random(seed)
    months, rows = _random_programme(rng)
    cumulative = [sum(c) for c in zip(*months.values(), strict=True)]
    k = 5
    shown_months, shown_cumulative, shown_rows = suppress_programme_5w(
        months, cumulative, k, activity_rows=rows
    )
    published = [v for n in sorted(months) for v in shown_months[n]] + shown_cumulative
    for n in sorted(months):
        for row in shown_rows[n]:
            published += row
    assert not [v for v in published if v is not None and 0 < v < k]
    values, equations = _reader_system(months, rows)
    withheld = {i for i, v in enumerate(published) if v is None}
    assert len(published) == len(values)
    assert all(published[i] == values[i] for i in range(len(values)) if i not in withheld)
    assert linearly_determined(equations, withheld) == set()


def test_a_5w_cell_is_protected_against_the_cube_margins() -> None:
    """12 new arrivals in a month: 9 at Mae Pa, 3 at Mae Tao. The Mae Tao row is withheld
    (3 < k); without the link to the cube's published margin (12), 12 - 9 gives it away."""
    leaves = {("female", "18-59", "new_arrival", "without_disability"): 12}
    months = {"2025-01": cube.from_leaves(leaves)}
    rows = {"2025-01": [[9, 0, 0, 9], [3, 0, 0, 3]]}
    shown_months, _, shown_rows = suppress_programme_5w(
        months, months["2025-01"], 5, activity_rows=rows
    )
    assert shown_rows["2025-01"][1] == [None, 0, 0, None]
    margin = cube.index("all", "all", "new_arrival", "all")
    mae_pa = shown_rows["2025-01"][0][0]
    assert mae_pa is None or shown_months["2025-01"][margin] is None
    # The cube on its own is suppressed as before when there are no 5W rows.
    assert suppress_programme(months, months["2025-01"], 5)[0]["2025-01"][margin] == 12


# --- from the CSO's database to the 5W export ------------------------------------------------


def _person(store: Store, n: int, group: PopulationGroup, canary: str) -> int:
    return register_person(
        store,
        PersonInput(
            name_latin=f"Canaryname{canary}{n:03d}",
            name_script="",
            sex=Sex.FEMALE if n % 2 else Sex.MALE,
            population_group=group,
            consent_date=dt.date(2025, 1, 1),
            birth_date=dt.date(1990, 1, 1 + n % 28),
            area=f"Canaryarea{canary}{n:03d}",
            consent_data_use=True,
        ),
        today=TODAY,
    ).id


def _log(store: Store, programme: int, kind: str, day: dt.date, area: str | None, ids: list[int]):
    return log_session(
        store,
        SessionInput(
            activity_type=kind,
            programme_id=programme,
            date=day,
            area=area,
            topic="Canarytopic",
            attendee_ids=ids,
        ),
        today=TODAY,
    )


def _fill(store: Store, canary: str) -> None:
    """Sessions in three areas and one without: group cells of every size around k."""
    mhpss = next(p for p in list_programmes(store) if p.code == "mhpss").id
    social = next(p for p in list_programmes(store) if p.code == "social_protection").id
    new = [_person(store, n, PopulationGroup.NEW_ARRIVAL, canary) for n in range(14)]
    host = [_person(store, 20 + n, PopulationGroup.HOST_COMMUNITY, canary) for n in range(7)]
    day = dt.date(2025, 3, 12)
    _log(store, mhpss, ActivityType.MHPSS_GROUP, day, "mae_pa", new[:9] + host[:6])
    _log(store, mhpss, ActivityType.MHPSS_GROUP, day, "mae_tao", new[9:12])
    _log(store, mhpss, ActivityType.COUNSELLING, day, "mae_pa", new[:1])
    _log(store, social, ActivityType.AWARENESS, day, "mae_sot_city", new + host)
    _log(store, social, ActivityType.AWARENESS, dt.date(2025, 4, 2), None, new[:7] + host[:2])


@pytest.fixture
def merged(store: Store, shared: Path) -> tuple[merge.NetworkReport, net.Network, Bundle]:
    _fill(store, "x")
    network = with_areas(member_network(store))
    folder.write_network(shared, network)
    bundle = folder.publish_bundle(store, network, shared, today=TODAY)
    result = folder.read_bundles(shared, network)
    assert result.rejected == []
    return merge.merge(result.accepted, network), network, bundle


def test_the_bundle_carries_5w_rows_suppressed(
    store: Store, merged: tuple[merge.NetworkReport, net.Network, Bundle]
) -> None:
    report, network, bundle = merged
    assert bundle.five_w is not None
    k = network.suppression_threshold
    assert not [v for v in bundle.published_people_counts() if 0 < v < k]
    rows = {(r.programme, r.activity, r.area, r.period): r.people for r in bundle.five_w.rows}
    # Mae Tao: 3 new arrivals, withheld (and so its total); never written as 0.
    assert rows[("mhpss", "mhpss_group", "mae_tao", "2025-03")] == [None, 0, 0, None]
    # Mae Pa: 9 new arrivals and 6 host community.
    assert rows[("mhpss", "mhpss_group", "mae_pa", "2025-03")] == [9, 0, 6, 15]
    assert rows[("social_protection", "awareness", None, "2025-04")][3] == 9  # area not known
    # Every published 5W count is the count in the database.
    truth = {
        (c.programme_id, c.activity_type, c.area, c.period, c.population_group.value): c.people
        for c in people_reached_by_activity_area(store, dt.date(2024, 12, 1), TODAY, shared=True)
    }
    codes = {p.code: p.id for p in list_programmes(store)}
    for (programme, activity, area, period), people in rows.items():
        for group, shown in zip(FIVE_W_GROUPS[:3], people, strict=False):
            if shown is not None:
                assert shown == truth.get((codes[programme], activity, area, period, group), 0)
    assert {r.cso_code for r in report.five_w} == {store.cso.code}
    assert len(report.five_w) == len(bundle.five_w.rows)


def test_without_areas_the_bundle_has_no_5w(store: Store) -> None:
    _fill(store, "y")
    document = build_bundle(store, member_network(store), today=TODAY).document()
    assert "five_w" not in document


def _hxl_schema(callback: object):  # type: ignore[no-untyped-def]
    import hxl

    return hxl.schema(
        [
            [
                "#valid_tag",
                "#valid_required",
                "#valid_datatype",
                "#valid_value+min",
                "#valid_value+pattern",
            ],
            ["#org+code", "true", "", "", r"^[A-Z][A-Z0-9]{1,11}$"],
            ["#sector+code", "true", "", "", ""],
            ["#activity+code", "true", "", "", ""],
            ["#loc+name", "true", "", "", ""],
            ["#adm2+code", "", "", "", r"^TH[0-9]{4}$"],
            ["#adm3+code", "", "", "", r"^TH[0-9]{6}$"],
            ["#date+month", "true", "date", "", ""],
            ["#reached", "", "number", "0", ""],
        ],
        callback,
    )


def test_the_5w_export_passes_libhxl_and_has_no_small_cell(
    merged: tuple[merge.NetworkReport, net.Network, Bundle], tmp_path: Path
) -> None:
    import hxl

    report, network, _ = merged
    k = network.suppression_threshold
    for name in ("5w.csv", "5w.xlsx"):
        five_w.write_five_w(report, network, tmp_path / name)
        data = hxl.data(str(tmp_path / name), hxl.InputOptions(allow_local=True))
        tags = [c.display_tag for c in data.columns]
        for tag in ("#org+code", "#adm2+code", "#sector+code", "#activity+code", "#reached+ind"):
            assert tag in tags
        problems: list[str] = []

        def note(error: object, problems: list[str] = problems) -> None:
            problems.append(str(error))

        assert _hxl_schema(note).validate(data), problems
        # And HXL's own built-in schema (hashtags and values well formed).
        local = hxl.InputOptions(allow_local=True)
        assert hxl.validate(hxl.data(str(tmp_path / name), local))["is_valid"]
        counts = [
            row.get(tag)
            for row in hxl.data(str(tmp_path / name), hxl.InputOptions(allow_local=True))
            for tag in tags
            if tag.startswith("#reached")
        ]
        numbers = [int(float(v)) for v in counts if v not in ("", None)]
        assert numbers
        assert not [v for v in numbers if 0 < v < k]
    # A withheld cell is empty and flagged, never 0.
    with open(tmp_path / "5w.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    tao = next(r for r in rows[2:] if r[6] == "mae_tao")
    first = five_w.FIRST_COUNT
    assert tao[first : first + 4] == ["", "", "0", "0"]
    assert tao[-1] == "everyone, new arrivals"
    assert tao[8:10] == ["TH6306", "TH630604"]
    city = next(r for r in rows[2:] if r[6] == "mae_sot_city")
    assert city[8:10] == ["TH6306", "TH630601"]
    unknown = next(r for r in rows[2:] if r[6] == "")
    assert unknown[7] == five_w.UNKNOWN_AREA
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "5w.xlsx")["5W"]
    tao_row = next(r for r in ws.iter_rows(min_row=3) if r[6].value == "mae_tao")
    assert tao_row[first].value is None
    assert tao_row[first].comment is not None


def test_no_canary_leaves_with_areas(store: Store, shared: Path, tmp_path: Path) -> None:
    """The one rule with the area dimension: nothing about a person in the bundle, the 5W
    export or the aggregates, whatever areas the sessions have."""
    canary = "Q7z"
    _fill(store, canary)
    network = with_areas(member_network(store))
    folder.write_network(shared, network)
    folder.publish_bundle(store, network, shared, today=TODAY)
    report = merge.merge(folder.read_bundles(shared, network).accepted, network)
    out = tmp_path / "out"
    out.mkdir()
    five_w.write_five_w(report, network, out / "5w.csv")
    five_w.write_five_w(report, network, out / "5w.xlsx")
    text = ""
    for path in itertools.chain(shared.rglob("*"), out.rglob("*")):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                text += "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        elif path.is_file():
            text += path.read_bytes().decode("utf-8", "replace")
    assert "Canary" not in text
    assert canary not in text
    assert "mae_tao" in text  # the areas themselves are shared (they are the network's)


def test_two_csos_5w_rows_stay_apart(store: Store, tmp_path: Path, shared: Path) -> None:
    other = setup.create_cso_database(
        tmp_path / "kaq" / "saphan.db",
        cso_code="KAQ",
        cso_name="Kings and Queens",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password="mae-sot-2026",
    ).store
    try:
        _fill(store, "a")
        _fill(other, "b")
        network = with_areas(member_network(store, other))
        folder.write_network(shared, network)
        folder.publish_bundle(store, network, shared, today=TODAY)
        folder.publish_bundle(other, network, shared, today=TODAY)
    finally:
        other.close()
    report = merge.merge(folder.read_bundles(shared, network).accepted, network)
    grid = five_w.five_w_grid(report, network)
    assert {r[0] for r in grid.rows} == {store.cso.code, "KAQ"}
    assert len(grid.rows) == 2 * len({tuple(r[2:11]) for r in grid.rows})


def test_the_5w_rows_of_a_closed_month_stay_as_published(store: Store) -> None:
    """Closing a month freezes its 5W rows with its cubes: an area changed or a person added
    afterwards changes nothing of them, while an open month follows the records."""
    from sqlalchemy import text

    from db import closing
    from directory import closing as directory_closing
    from directory.sharing import memory

    _fill(store, "c")
    network = with_areas(member_network(store))
    memory.accept_network(store, network)
    before = build_bundle(store, network, today=TODAY)
    directory_closing.close_through(store, "2025-03", network=network, today=TODAY)
    assert closing.closed_through(store) == "2025-03"
    at_close = build_bundle(store, network, today=TODAY)
    assert at_close.five_w == before.five_w

    def rows(bundle: Bundle, month: str) -> list[tuple[object, ...]]:
        assert bundle.five_w is not None
        return [
            (r.programme, r.activity, r.area, tuple(r.people))
            for r in bundle.five_w.rows
            if r.period == month
        ]

    # Afterwards every session of March and April moves to Mae Pa, and someone new comes to
    # one in March.
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE sessions SET area = 'mae_pa'"))
    mhpss = next(p for p in list_programmes(store) if p.code == "mhpss").id
    late = _person(store, 99, PopulationGroup.NEW_ARRIVAL, "c")
    _log(store, mhpss, ActivityType.MHPSS_GROUP, dt.date(2025, 3, 20), "mae_tao", [late])
    later = build_bundle(store, network, today=TODAY)
    assert rows(later, "2025-03") == rows(at_close, "2025-03")
    assert rows(later, "2025-04") != rows(at_close, "2025-04")
    assert {r[2] for r in rows(later, "2025-04")} == {"mae_pa"}
    k = network.suppression_threshold
    assert not [v for v in later.published_people_counts() if 0 < v < k]
