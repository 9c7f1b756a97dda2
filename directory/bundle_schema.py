"""The bundle's form (``saphan.bundle/1``): what one CSO shares with the network, and nothing
more. The schema only (pydantic models, the JSON Schema, signatures); the builder, which reads
a CSO's database, is :mod:`directory.bundle`. The coordination server validates with this
module and never imports the store.

A bundle holds the CSO's profile (code, name, public key), its own services, and aggregate
counts per network programme (by programme *code*): people reached per month and over the
whole reporting period as disaggregation cubes (layout in :mod:`directory.cube`), sessions
held, referrals made, and the number of participatory projects. It carries a revision that only
grows, its creation time, the app version, and an Ed25519 signature by the CSO's key over the
canonical JSON of everything else (:mod:`directory.signing`).

Optionally (bundles written before it stay valid) a ``publisher`` block says which of the CSO's
laptops published and from which team state: ``device``, the laptop's opaque random id, and
``team_state``, the highest change sequence that laptop had applied per device id (a version
vector). It names no person and holds no record; the coordinator compares two bundles of one
CSO with it (:func:`diverged`) to notice two laptops publishing figures that do not agree.

Optionally too, ``closed_through`` says up to which month the CSO closed its figures (they are
frozen as first published: a later bundle shows them byte for byte), and ``corrections`` lists
the closed months the CSO reopened (with when), for the coordinator to see.

Optionally too (bundles without outcome figures are written as before), ``outcomes`` holds
outcome figures per network programme and instrument code (``db.outcomes``): how many people
have a pre and a post score, how many of them improved by at least the instrument's minimal
important difference (``mid``, on its result scale) and how many did not, each suppressed
with the same threshold as a small table with its total (improved + not improved = with a
pre and post score).

Optionally too (written only when the network file lists areas), ``five_w`` holds the CSO's
5W figures: per network programme, activity type, area (null: not known) and month, the
unique people reached by population group and in all (the layout of
:data:`FIVE_W_GROUPS`), suppressed together with the programme's cubes (the groups of a row add
up to its total; the rows of a month are assumed to add up to the cube's population-group
margins). ``activity_types`` names each activity type the rows use.
Optionally too (bundles without referrals between members are written as before),
``referral_flows`` holds referrals between this CSO and other members over the reporting
period, per member and service category: ``made`` rows (this CSO referred ``count`` people to
that member's services of the category) and ``received`` rows (this CSO recorded ``count``
referral codes from that member for its services of the category, and ``served`` of them were
served). Suppressed with the same threshold (:mod:`directory.referral_flows`); the coordinator
reads completion (served / made) off the two sides.

Counts: a number is published, or ``null`` when it is withheld (suppressed). A month missing
from a programme's list had nobody; a missing referral figure is 0. A withheld ``count`` is
written as ``null``; a figure whose ``count`` member is absent (as earlier versions wrote it)
is read as withheld too.

Round trip: :meth:`Bundle.document` writes exactly the members that were set (by the builder,
or by the document read), so ``Bundle.model_validate(doc).document() == doc`` for every valid
document, and a signature checked over the re-encoded bundle is the one checked over the file.
"""

from __future__ import annotations

from importlib import metadata
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from directory import cube, signing
from directory.network import (
    Code,
    CsoCode,
    KeyHex,
    Month,
    Name,
    ReportingPeriod,
    SignatureHex,
    Timestamp,
)

# The network's service vocabulary: the same codes as ``db.services`` checks a CSO's own
# services with (a test keeps the two identical; the server cannot import the store).
SERVICE_CATEGORIES = (
    "mhpss",
    "legal_aid",
    "documentation",
    "health_referral",
    "education_mlc",
    "thai_language",
    "vocational",
    "safe_shelter",
    "gbv_child_protection",
    "livelihoods",
    "food_cash",
    "other",
)
SERVICE_LANGUAGES = ("my", "ksw", "th", "en", "shn", "mnw")

BUNDLE_SCHEMA: Literal["saphan.bundle/1"] = "saphan.bundle/1"
CUMULATIVE = "cumulative"
ALL_PROGRAMMES = "all"
OTHER_PROGRAMME = "other"  # referrals not linked to a network programme

Count = Annotated[int, Field(ge=0, le=10_000_000)]
MaybeCount = Annotated[
    Count | None, Field(description="A count, or null when withheld by small-cell suppression.")
]
Cube = Annotated[
    list[MaybeCount],
    Field(
        min_length=cube.CUBE_SIZE,
        max_length=cube.CUBE_SIZE,
        description="People reached per sex x age band x population group x disability, with "
        "totals, in the order of directory.cube; null = withheld.",
    ),
]
Text = Annotated[str, StringConstraints(max_length=2000)]
ShortText = Annotated[str, StringConstraints(max_length=200)]
Uuid = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]


# A team device's id: opaque random hex (nothing about the laptop or its user).
DeviceId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16,64}$")]
ChangeSequence = Annotated[int, Field(ge=0, le=2**53)]
MAX_TEAM_DEVICES = 256  # devices named in one team state (enrolled and removed ones)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Publisher(Strict):
    """Which of the CSO's laptops published a bundle, and the team state it published from:
    ``team_state`` maps a device id to the highest change sequence of that device the
    publishing laptop had applied (a version vector; a device not named: none)."""

    device: DeviceId
    team_state: Annotated[
        dict[DeviceId, ChangeSequence],
        Field(max_length=MAX_TEAM_DEVICES, json_schema_extra={"additionalProperties": False}),
    ]

    def saw_all_of(self, other: Publisher) -> bool:
        """True when this team state includes everything ``other``'s does."""
        mine = self.team_state
        return all(mine.get(device, 0) >= seq for device, seq in other.team_state.items())


def diverged(a: Publisher | None, b: Publisher | None) -> bool:
    """True when two bundles of one CSO were published by two laptops from team states neither
    of which includes the other's: their figures may not agree. False when either bundle says
    nothing of its publisher (an older app), or one laptop published both."""
    if a is None or b is None or a.device == b.device:
        return False
    return not a.saw_all_of(b) and not b.saw_all_of(a)


class CsoProfileOut(Strict):
    code: CsoCode
    name: Name
    public_key: KeyHex


class SharedService(Strict):
    id: Uuid
    name: Name
    category: Literal[SERVICE_CATEGORIES]  # type: ignore[valid-type]
    description: Text = ""
    languages: Annotated[list[Literal[SERVICE_LANGUAGES]], Field(max_length=6)] = []  # type: ignore[valid-type]
    eligibility: Annotated[str, StringConstraints(max_length=1000)] = ""
    hours: ShortText = ""
    area: ShortText = ""
    contact: ShortText = ""
    how_to_refer: Annotated[str, StringConstraints(max_length=1000)] = ""
    cost: Annotated[str, StringConstraints(max_length=100)] = ""
    status: Literal["active", "inactive", "defunct", "temporarily closed"]
    updated_at: Timestamp


class MonthReach(Strict):
    period: Month
    people: Cube


class PeriodCount(Strict):
    period: Month | Literal["cumulative"]
    # Absent = withheld: earlier versions left a withheld count out of the document.
    count: MaybeCount = None


class ProgrammeFigures(Strict):
    programme: Code
    months: Annotated[list[MonthReach], Field(max_length=240)]
    cumulative: Cube
    sessions_held: Annotated[list[PeriodCount], Field(max_length=241)]


class ReferralCount(Strict):
    programme: Code
    period: Month | Literal["cumulative"]
    # Absent = withheld: earlier versions left a withheld count out of the document.
    count: MaybeCount = None


MAX_CORRECTIONS = 240
MAX_OUTCOMES = 500


class OutcomeCount(Strict):
    """People with a pre and a post score in a network programme and instrument, and of them
    how many improved by at least ``mid`` and how many did not (null: withheld)."""

    programme: Code
    instrument: Code
    # The minimal important difference on the instrument's result scale (WHO-5: 10 on 0-100).
    mid: (
        Annotated[int, Field(gt=0, le=1_000_000)]
        | Annotated[float, Field(gt=0, le=1_000_000, allow_inf_nan=False)]
    )
    with_pre_post: MaybeCount
    improved: MaybeCount
    not_improved: MaybeCount

    @model_validator(mode="after")
    def _adds_up(self) -> OutcomeCount:
        up, down, both = self.improved, self.not_improved, self.with_pre_post
        if up is not None and down is not None and both is not None and up + down != both:
            raise ValueError("improved and not improved do not add up")
        return self


# The columns of a 5W row: the population groups of the cube, then all of them.
FIVE_W_GROUPS = cube.POPULATION_GROUPS
MAX_FIVE_W_ROWS = 20_000


class ActivityName(Strict):
    """An activity type a CSO's 5W rows name: its code and English name."""

    code: Code
    name: Name


class ActivityReach(Strict):
    """People reached in a network programme and month by one activity type in one area, per
    population group and in all (:data:`FIVE_W_GROUPS`; null: withheld)."""

    programme: Code
    activity: Code
    area: Code | None  # a network area's code; null: not known
    period: Month
    people: Annotated[
        list[MaybeCount],
        Field(
            min_length=len(FIVE_W_GROUPS),
            max_length=len(FIVE_W_GROUPS),
            description="People reached per population group (new_arrival, "
            "long_term_migrant, host_community), then all; null = withheld.",
        ),
    ]

    @model_validator(mode="after")
    def _adds_up(self) -> ActivityReach:
        *groups, whole = self.people
        known = [g for g in groups if g is not None]
        if whole is not None and len(known) == len(groups) and sum(known) != whole:
            raise ValueError("the population groups do not add up to the total")
        return self


class FiveW(Strict):
    """The CSO's 5W figures (who: the bundle's CSO)."""

    activity_types: Annotated[list[ActivityName], Field(max_length=500)]
    rows: Annotated[list[ActivityReach], Field(max_length=MAX_FIVE_W_ROWS)]

    @model_validator(mode="after")
    def _consistent(self) -> FiveW:
        codes = [a.code for a in self.activity_types]
        if len(set(codes)) != len(codes):
            raise ValueError("duplicate activity type")
        keys = [(r.programme, r.activity, r.area, r.period) for r in self.rows]
        if len(set(keys)) != len(keys):
            raise ValueError("duplicate 5W row")
        if any(r.activity not in codes for r in self.rows):
            raise ValueError("a 5W row of an activity type not named")
        return self


MAX_FLOWS = 20_000
MADE: Literal["made"] = "made"
RECEIVED: Literal["received"] = "received"


class ReferralFlow(Strict):
    """Referrals between this CSO and the member ``cso`` in one service category, over the
    reporting period (see the module). ``served`` is for ``received`` rows only."""

    direction: Literal["made", "received"]
    cso: CsoCode
    category: Literal[SERVICE_CATEGORIES]  # type: ignore[valid-type]
    count: MaybeCount
    served: MaybeCount = None

    @model_validator(mode="after")
    def _served(self) -> ReferralFlow:
        if self.direction == MADE and "served" in self.model_fields_set:
            raise ValueError("served is for received referrals")
        if self.direction == RECEIVED and "served" not in self.model_fields_set:
            raise ValueError("received referrals say how many were served")
        if self.count is not None and self.served is not None and self.served > self.count:
            raise ValueError("more served than received")
        return self


class Correction(Strict):
    """A closed month the CSO reopened (its figures in this bundle are a correction of what was
    published for it before)."""

    month: Month
    reopened_at: Timestamp


class Bundle(Strict):
    """One CSO's shared document. ``signature`` covers everything else."""

    schema_: Literal["saphan.bundle/1"] = Field(alias="schema")
    network_id: Code
    revision: Annotated[int, Field(ge=1, le=2**53)]
    created_at: Timestamp
    app_version: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z.+-]{1,40}$")]
    period: ReportingPeriod
    suppression_threshold: Annotated[int, Field(ge=2, le=100)]
    cso: CsoProfileOut
    services: Annotated[list[SharedService], Field(max_length=200)]
    programmes: Annotated[list[ProgrammeFigures], Field(max_length=50)]
    referrals: Annotated[list[ReferralCount], Field(max_length=20_000)]
    participatory_projects: Count
    publisher: Publisher | None = None  # absent in bundles of earlier versions
    # Closed months (absent in bundles of earlier versions and of CSOs that never closed one):
    # the months up to ``closed_through`` are frozen as published; ``corrections`` lists the
    # months the CSO reopened after closing them.
    closed_through: Month | None = None
    corrections: Annotated[list[Correction], Field(max_length=MAX_CORRECTIONS)] | None = None
    # Outcome figures (absent in bundles of earlier versions and of CSOs with none).
    outcomes: Annotated[list[OutcomeCount], Field(max_length=MAX_OUTCOMES)] | None = None
    # 5W figures (absent in bundles of earlier versions and for networks without areas).
    five_w: FiveW | None = None
    # Referrals between members (absent in bundles of earlier versions and of CSOs with none).
    referral_flows: Annotated[list[ReferralFlow], Field(max_length=MAX_FLOWS)] | None = None
    signature: SignatureHex | None = None

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _consistent(self) -> Bundle:
        codes = [p.programme for p in self.programmes]
        if len(set(codes)) != len(codes):
            raise ValueError("duplicate programme")
        for p in self.programmes:
            months = [m.period for m in p.months]
            if len(set(months)) != len(months):
                raise ValueError("duplicate month")
            if months and not self.period.start <= min(months) <= max(months) <= self.period.end:
                raise ValueError("month outside the bundle's period")
        pairs = [(o.programme, o.instrument) for o in self.outcomes or ()]
        if len(set(pairs)) != len(pairs):
            raise ValueError("duplicate outcome figure")
        rows = self.five_w.rows if self.five_w is not None else ()
        if any(not self.period.start <= r.period <= self.period.end for r in rows):
            raise ValueError("a 5W month outside the bundle's period")
        flows = [(f.direction, f.cso, f.category) for f in self.referral_flows or ()]
        if len(set(flows)) != len(flows):
            raise ValueError("duplicate referral flow")
        if any(f.cso == self.cso.code for f in self.referral_flows or ()):
            raise ValueError("a referral flow to the CSO itself")
        return self

    def document(self) -> dict[str, Any]:
        """The JSON document (what is written and signed): every member that was set, so a
        withheld count is written as ``null`` (not dropped, which made the bundle invalid),
        an unsigned bundle has no ``signature``, and a bundle read from a document gives back
        exactly that document (its signature still verifies)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def programme(self, code: str) -> ProgrammeFigures | None:
        return next((p for p in self.programmes if p.programme == code), None)

    def published_people_counts(self) -> list[int]:
        """Every distinct published count of people (for the "no small cell" checks)."""
        seen: set[int | None] = set()
        for p in self.programmes:
            for m in p.months:
                seen.update(m.people)
            seen.update(p.cumulative)
        seen.update(r.count for r in self.referrals)
        for o in self.outcomes or ():
            seen.update((o.with_pre_post, o.improved, o.not_improved))
        for r in self.five_w.rows if self.five_w is not None else ():
            seen.update(r.people)
        for f in self.referral_flows or ():
            seen.update((f.count, f.served))
        return sorted(v for v in seen if v is not None)


def bundle_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``saphan.bundle/1`` (committed as directory/schemas/...)."""
    schema = Bundle.model_json_schema(by_alias=True, mode="validation")
    schema["$id"] = "https://saphan.example/schemas/saphan.bundle-1.schema.json"
    schema["title"] = "saphan.bundle/1"
    return schema


def app_version() -> str:
    try:
        return metadata.version("saphan")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def sign_bundle(bundle: Bundle, private_key: bytes) -> Bundle:
    """The bundle with its Ed25519 signature (the key must match ``bundle.cso.public_key``)."""
    if signing.public_key_hex(private_key) != bundle.cso.public_key:
        raise ValueError("the signing key is not the bundle's key")
    return bundle.model_copy(update={"signature": signing.sign(bundle.document(), private_key)})


def verify_bundle(bundle: Bundle, public_key_hex: str) -> bool:
    """True when the bundle is signed by ``public_key_hex``."""
    return signing.verify(bundle.document(), public_key_hex)
