"""THE ONE RULE: no record about a person leaves the CSO's machine through sync, shared
exports or logs. Synthetic people carry unique canary strings; none may appear anywhere in
what is shared, and no published count of people may be in 1..k-1."""

from __future__ import annotations

import datetime as dt
import logging
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import custom_fields, setup
from db.activities import ActivityType, SessionInput, log_session
from db.assessments import record_assessment
from db.beneficiaries import register_person
from db.programmes import list_programmes
from db.services import ServiceInput, save_service
from db.types import PersonInput, PopulationGroup, Sex
from directory import exports, five_w, folder, merge
from tests.directory.conftest import TODAY, member_network
from tests.directory.test_five_w import MAE_SOT_AREAS, with_areas

PASSWORD = "mae-sot-2026"

person_strategy = st.tuples(
    st.sampled_from(list(Sex)),
    st.sampled_from(list(PopulationGroup)),
    st.integers(0, 80),  # age
    st.booleans(),  # disability
    st.lists(st.integers(0, 17), min_size=1, max_size=3),  # months attended (from Dec 2024)
    st.integers(0, 6),  # programme
)


def _month(n: int) -> dt.date:
    y, m = divmod(11 + n, 12)
    return dt.date(2024 + y, m + 1, 10)


def _all_text(root: Path) -> str:
    """Every byte of every file under root, as text; .xlsx/.docx are unzipped first."""
    chunks = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix in (".xlsx", ".docx"):
            with zipfile.ZipFile(path) as z:
                chunks += [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
        else:
            chunks.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(chunks)


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(people=st.lists(person_strategy, min_size=1, max_size=25), salt=st.uuids())
def test_no_canary_leaves_and_no_small_cell(
    tmp_path_factory: pytest.TempPathFactory,
    caplog: pytest.LogCaptureFixture,
    people: list[tuple[Sex, PopulationGroup, int, bool, list[int], int]],
    salt: object,
) -> None:
    base = tmp_path_factory.mktemp("privacy")
    store = setup.create_cso_database(
        base / "cso" / "saphan.db",
        cso_code="KAQ",
        cso_name="Kings and Queens",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=PASSWORD,
    ).store
    caplog.set_level(logging.DEBUG)
    canaries: list[str] = []
    try:
        programmes = list_programmes(store)
        # Custom fields (db.custom_fields): their values are the CSO's records like any other.
        for entity, code in (
            (custom_fields.Entity.PERSON, "hometown"),
            (custom_fields.Entity.SESSION, "venue"),
        ):
            custom_fields.add_field(
                store,
                custom_fields.FieldInput(entity, code, custom_fields.Kind.TEXT, {"en": code}),
            )
        save_service(store, ServiceInput(name="Women's safe space", category="safe_shelter"))
        for n, (sex, group, age, disabled, months, prog) in enumerate(people):
            tag = f"{str(salt)[:8]}{n:03d}"
            born = dt.date(1940 + (n % 60), 1 + n % 12, 1 + n % 28)
            if TODAY.year - born.year > age:  # aim for the drawn age where it fits
                born = dt.date(TODAY.year - age - 1, born.month, born.day)
            name, script = f"Canaryname{tag}", f"ကနရီ{tag}"
            phone = f"09{salt.int % 100_000:05d}{n:03d}"  # type: ignore[attr-defined]
            person = register_person(
                store,
                PersonInput(
                    name_latin=name,
                    name_script=script,
                    sex=sex,
                    population_group=group,
                    consent_date=max(born, dt.date(2024, 12, 1)),
                    birth_date=born,
                    phone=phone,
                    area=f"Canaryarea{tag}",
                    notes=f"Canarynote{tag}",
                    washington_group={"walking": 4} if disabled else {},
                    custom={"hometown": f"Canaryhometown{tag}"},
                    consent_data_use=n % 3 != 0,  # most agree: their figures are shared
                ),
                today=TODAY,
            )
            canaries += [name, script, phone, f"Canaryarea{tag}", f"Canarynote{tag}", person.code]
            canaries += [f"Canaryhometown{tag}", f"Canaryvenue{tag}"]
            canaries.append(born.isoformat())
            for i, m in enumerate(sorted(set(months))):
                logged = log_session(
                    store,
                    SessionInput(
                        activity_type=ActivityType.AWARENESS,
                        programme_id=programmes[prog % len(programmes)].id,
                        date=_month(m),
                        topic=f"Canarytopic{tag}",
                        # Where (5W): the network's areas, and some not known.
                        area=([*MAE_SOT_AREAS, None])[(n + i) % (len(MAE_SOT_AREAS) + 1)],
                        attendee_ids=[person.id],
                        custom={"venue": f"Canaryvenue{tag}"},
                    ),
                    today=TODAY,
                )
                # Outcomes (db.outcomes): a WHO-5 "pre" at the first session, a "post" at
                # each later one; the scores are the person's data like everything else.
                raw = (n * 7 + i * (3 + n % 4)) % 26
                record_assessment(
                    store,
                    person.id,
                    "who5",
                    {f"q{q}": min(5, max(0, raw - 5 * (q - 1))) for q in range(1, 6)},
                    phase="pre" if i == 0 else "post",
                    date=_month(m),
                    session_id=logged.id,
                )
            canaries.append(f"Canarytopic{tag}")

        network = with_areas(member_network(store))
        shared = base / "shared"
        folder.write_network(shared, network)
        bundle = folder.publish_bundle(store, network, shared, today=TODAY)
        k = network.suppression_threshold
        assert not [v for v in bundle.published_people_counts() if 0 < v < k]

        result = folder.read_bundles(shared, network)
        assert result.rejected == []
        report = merge.merge(result.accepted, network)
        out = base / "exports"
        out.mkdir()
        exports.aggregates_csv(report, out / "aggregates.csv")
        exports.aggregates_xlsx(report, out / "aggregates.xlsx")
        exports.directory_hsds_json(report, out / "directory.json")
        exports.directory_csv(report, out / "directory.csv")
        exports.donor_summary_docx(report, network, out / "summary.docx")
        five_w.write_five_w(report, network, out / "5w.csv")
        five_w.write_five_w(report, network, out / "5w.xlsx")

        shared_text = _all_text(shared) + _all_text(out) + caplog.text
        shared_text += "\n".join(r.getMessage() for r in caplog.records)
        leaked = [c for c in canaries if c in shared_text]
        assert leaked == [], f"person data left the machine: {leaked[:5]}"
        # Network figures carried from a single CSO: no small published value either.
        for figures in report.people.values():
            assert not [f.known for f in figures if f.exact and 0 < f.known < k]
        for o in report.outcomes:
            parts = (o.with_pre_post, o.improved, o.not_improved)
            assert not [f.known for f in parts if f.exact and 0 < f.known < k]
        assert bundle.five_w is not None
        assert not [v for r in report.five_w for v in r.people if v is not None and 0 < v < k]
    finally:
        store.close()
