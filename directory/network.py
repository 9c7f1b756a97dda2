"""The network file (``saphan.network/1``), written and signed by the coordinator.

It says who the members are (CSO code, name, Ed25519 public key and its fingerprint), which
programmes the network reports on, the indicators and targets, the reporting period and the
suppression threshold ``k``, and optionally outcome targets (per network programme and
instrument code, a number of people improved by at least the instrument's minimal important
difference; see ``db.outcomes``). Targets are data the coordinator edits, never constants in code.

Joining: a CSO reads its key fingerprint to the coordinator (phone, in person); the coordinator
adds the member with :func:`add_member`, which refuses the key unless the fingerprint matches.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from db.errors import ValidationFailed
from db.text_safety import CONTROL_CHARACTER, has_control_character
from directory import signing
from directory.errors import NetworkInvalid
from directory.signing import key_fingerprint

NETWORK_SCHEMA: Literal["saphan.network/1"] = "saphan.network/1"

# A CSO's code: what every shared document, file name and server path is keyed by. The same
# pattern as ``db.setup.CSO_CODE_RE``, which checks the code when a database is created (the
# store cannot import this layer, and the coordination server must not import the store; a
# test keeps the two identical).
CSO_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")

CsoCode = Annotated[str, StringConstraints(pattern=CSO_CODE_RE.pattern)]
Code = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Month = Annotated[str, StringConstraints(pattern=r"^20[0-9]{2}-(0[1-9]|1[0-2])$")]
KeyHex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
SignatureHex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{128}$")]
Fingerprint = Annotated[str, StringConstraints(pattern=r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$")]
Timestamp = Annotated[
    str,
    StringConstraints(
        pattern=r"^20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z$"
    ),
]

PEOPLE_REACHED = "people_reached"
SESSIONS_HELD = "sessions_held"
REFERRALS_MADE = "referrals_made"
PARTICIPATORY_PROJECTS = "participatory_projects"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Member(Strict):
    code: CsoCode
    name: Name
    public_key: KeyHex
    fingerprint: Fingerprint

    @model_validator(mode="after")
    def _fingerprint_matches(self) -> Member:
        if key_fingerprint(bytes.fromhex(self.public_key)) != self.fingerprint:
            raise ValueError("fingerprint does not match the public key")
        return self


class NetworkProgramme(Strict):
    code: Code
    name: Name


class Indicator(Strict):
    code: Code
    name: Name
    unit: Literal["people", "sessions", "referrals", "projects"]


MAX_TARGET = 10_000_000


class Target(Strict):
    programme: Code
    indicator: Code
    value: Annotated[int, Field(ge=0, le=MAX_TARGET)]


class CsoTarget(Strict):
    """A member CSO's share of one of the network's targets (what the coordinator expects of
    that CSO; the shares need not add up to the network's target)."""

    cso: CsoCode
    programme: Code
    indicator: Code
    value: Annotated[int, Field(ge=0, le=MAX_TARGET)]


class OutcomeTarget(Strict):
    """How many people of a network programme the network aims to see improve by at least
    the instrument's minimal important difference (between a pre and a post score)."""

    programme: Code
    instrument: Code
    improved: Annotated[int, Field(ge=0, le=10_000_000)]


# An administrative P-code (OCHA common operational datasets): the country's ISO code and
# two digits per level, e.g. Tak province TH63, Mae Sot district TH6306, tambon Mae Pa TH630603.
AdminCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}([0-9]{2}){1,6}$")]
MAX_AREAS = 500


class Area(Strict):
    """A place where activities happen (the "where" of a 5W report): a code the CSOs' sessions
    name, a name, the official admin code (P-code) where the place has one (a tambon does, a
    municipal ward does not), and the area it lies in (``parent``, another area's code)."""

    code: Code
    name: Name
    admin_code: AdminCode | None = None
    parent: Code | None = None

    def document(self) -> dict[str, Any]:
        """The area as written: the optional members only when set."""
        return self.model_dump(mode="json", exclude_none=True)


def admin_level(code: str) -> int:
    """The administrative level of a P-code (TH63: 1, TH6306: 2, TH630603: 3)."""
    return (len(code) - 2) // 2


class ReportingPeriod(Strict):
    start: Month
    end: Month

    @model_validator(mode="after")
    def _ordered(self) -> ReportingPeriod:
        if self.end < self.start:
            raise ValueError("end before start")
        return self

    def months(self, until: str | None = None) -> list[str]:
        """The months of the period, ``YYYY-MM``, up to ``until`` when given."""
        last = min(self.end, until) if until else self.end
        return list(_months(self.start, last))

    @property
    def first_day(self) -> dt.date:
        return dt.date(int(self.start[:4]), int(self.start[5:]), 1)

    @property
    def last_day(self) -> dt.date:
        return _month_end(self.end)


def _months(start: str, end: str) -> Iterator[str]:
    y, m = int(start[:4]), int(start[5:])
    while f"{y:04d}-{m:02d}" <= end:
        yield f"{y:04d}-{m:02d}"
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _month_end(month: str) -> dt.date:
    y, m = int(month[:4]), int(month[5:])
    nxt = dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)
    return nxt - dt.timedelta(days=1)


class Network(Strict):
    """The network file. ``signature`` covers everything else (see :mod:`directory.signing`)."""

    schema_: Literal["saphan.network/1"] = Field(alias="schema")
    network_id: Code
    name: Name
    revision: Annotated[int, Field(ge=1)]
    created_at: Timestamp
    coordinator_key: KeyHex
    members: Annotated[list[Member], Field(max_length=500)]
    programmes: Annotated[list[NetworkProgramme], Field(max_length=50)]
    indicators: Annotated[list[Indicator], Field(max_length=20)]
    targets: Annotated[list[Target], Field(max_length=500)]
    reporting_period: ReportingPeriod
    suppression_threshold: Annotated[int, Field(ge=2, le=100)] = 5
    # Members close each month of the reporting period this many days after it ends, when
    # they publish (directory.closing). Absent: members close months by hand only. Written
    # only when set, so a file without it is signed (and read by earlier versions) as before.
    close_months_after_days: Annotated[int, Field(ge=0, le=366)] | None = None
    # Outcome targets: absent unless the coordinator set one, so a file without them is
    # signed (and read by earlier versions) as before.
    outcome_targets: Annotated[list[OutcomeTarget], Field(max_length=500)] | None = None
    # Each member's share of the targets (per CSO, programme and indicator). Written only when
    # some share is set, so a file without shares is signed (and read by earlier versions) as
    # before.
    cso_targets: Annotated[list[CsoTarget], Field(max_length=5000)] | None = None
    # The areas where the members' activities happen (the "where" of 5W). Written only when
    # the coordinator set some, so a file without areas is signed (and read by earlier
    # versions) as before. With areas, the members' bundles carry their 5W figures.
    areas: Annotated[list[Area], Field(max_length=MAX_AREAS)] | None = None
    signature: SignatureHex | None = None

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _unique(self) -> Network:
        codes = [m.code for m in self.members]
        if len(set(codes)) != len(codes):
            raise ValueError("duplicate member code")
        keys = [m.public_key for m in self.members]
        if len(set(keys)) != len(keys):
            raise ValueError("two members share a key")
        programmes = [p.code for p in self.programmes]
        if len(set(programmes)) != len(programmes):
            raise ValueError("duplicate programme code")
        outcome = [(t.programme, t.instrument) for t in self.outcome_targets or ()]
        if len(set(outcome)) != len(outcome):
            raise ValueError("duplicate outcome target")
        shares = [(t.cso, t.programme, t.indicator) for t in self.cso_targets or ()]
        if len(set(shares)) != len(shares):
            raise ValueError("duplicate share of a target")
        if any(t.cso not in codes or t.programme not in programmes for t in self.cso_targets or ()):
            raise ValueError("a share for a CSO or programme that is not in the network")
        areas = [a.code for a in self.areas or ()]
        if len(set(areas)) != len(areas):
            raise ValueError("duplicate area code")
        if any(a.parent is not None and a.parent not in areas for a in self.areas or ()):
            raise ValueError("an area inside an area that is not in the network")
        if _has_cycle({a.code: a.parent for a in self.areas or ()}):
            raise ValueError("areas inside each other")
        return self

    def area(self, code: str) -> Area | None:
        return next((a for a in self.areas or () if a.code == code), None)

    def admin_codes(self, code: str) -> dict[int, str]:
        """The admin codes of area ``code`` by level (its own, then those of the areas it lies
        in, and the levels above each P-code: TH630603 gives 3: TH630603, 2: TH6306, 1: TH63).
        Empty for an unknown area or one with no admin code anywhere above it."""
        out: dict[int, str] = {}
        seen: set[str] = set()
        area = self.area(code)
        while area is not None and area.code not in seen:
            seen.add(area.code)
            if area.admin_code is not None:
                pcode = area.admin_code
                while admin_level(pcode) >= 1:
                    out.setdefault(admin_level(pcode), pcode)
                    pcode = pcode[:-2]
            area = self.area(area.parent) if area.parent is not None else None
        return out

    def member(self, code: str) -> Member | None:
        return next((m for m in self.members if m.code == code), None)

    def target(self, programme: str, indicator: str = PEOPLE_REACHED) -> int | None:
        return next(
            (
                t.value
                for t in self.targets
                if t.programme == programme and t.indicator == indicator
            ),
            None,
        )

    def outcome_target(self, programme: str, instrument: str) -> int | None:
        """The number of people improved the network aims for (None: no target)."""
        return next(
            (
                t.improved
                for t in self.outcome_targets or ()
                if t.programme == programme and t.instrument == instrument
            ),
            None,
        )

    def cso_target(self, cso: str, programme: str, indicator: str = PEOPLE_REACHED) -> int | None:
        """The share of ``programme``'s target the coordinator set for the member ``cso``."""
        return next(
            (
                t.value
                for t in self.cso_targets or ()
                if t.cso == cso and t.programme == programme and t.indicator == indicator
            ),
            None,
        )

    def shares(self, cso: str, indicator: str = PEOPLE_REACHED) -> dict[str, int]:
        """The member's shares: programme code -> its target for that CSO."""
        return {
            t.programme: t.value
            for t in self.cso_targets or ()
            if t.cso == cso and t.indicator == indicator
        }

    def document(self) -> dict[str, Any]:
        """The JSON document (what is written and signed): every member that was set, so a
        network read from a document gives back exactly that document (a file that leaves out
        ``suppression_threshold``, which defaults to 5, still verifies) and an unsigned one
        has no ``signature``."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _has_cycle(parents: Mapping[str, str | None]) -> bool:
    for start in parents:
        seen = {start}
        parent = parents.get(start)
        while parent is not None:
            if parent in seen:
                return True
            seen.add(parent)
            parent = parents.get(parent)
    return False


PILOT_PROGRAMMES = (
    ("mhpss", "Psychosocial support (MHPSS)", 1000),
    ("social_protection", "Social-protection awareness", 7630),
    ("thai_language", "Thai language", 1520),
    ("vocational", "Vocational training", 2100),
    ("youth", "Youth engagement", 1880),
    ("safe_space", "Safe space for women and girls", None),
    ("participatory", "Participatory projects for women's engagement", None),
)
PILOT_INDICATORS = (
    Indicator(code=PEOPLE_REACHED, name="Unique people reached", unit="people"),
    Indicator(code=SESSIONS_HELD, name="Sessions held", unit="sessions"),
    Indicator(code=REFERRALS_MADE, name="Referrals made", unit="referrals"),
    Indicator(code=PARTICIPATORY_PROJECTS, name="Participatory projects", unit="projects"),
)


def utc_timestamp(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _refuse_control_characters(fields: dict[str, str]) -> None:
    """Names the coordinator types end up in every CSO's app and in Word and Excel exports."""
    problems = {
        name: CONTROL_CHARACTER for name, text in fields.items() if has_control_character(text)
    }
    if problems:
        raise ValidationFailed(problems)


def create_network(
    network_id: str,
    name: str,
    coordinator_private_key: bytes,
    *,
    programmes: tuple[tuple[str, str, int | None], ...] = PILOT_PROGRAMMES,
    projects_target: int = 5,
    start: str = "2024-12",
    end: str = "2026-10",
    threshold: int = 5,
) -> Network:
    """A new, signed network file with the pilot's programmes and targets (editable data)."""
    _refuse_control_characters({"name": name})
    targets = [
        Target(programme=code, indicator=PEOPLE_REACHED, value=target)
        for code, _, target in programmes
        if target is not None
    ]
    if any(code == "participatory" for code, _, _ in programmes):
        targets.append(
            Target(
                programme="participatory", indicator=PARTICIPATORY_PROJECTS, value=projects_target
            )
        )
    network = Network(
        schema=NETWORK_SCHEMA,
        network_id=network_id,
        name=name,
        revision=1,
        created_at=utc_timestamp(),
        coordinator_key=signing.public_key_hex(coordinator_private_key),
        members=[],
        programmes=[NetworkProgramme(code=c, name=n) for c, n, _ in programmes],
        indicators=list(PILOT_INDICATORS),
        targets=targets,
        reporting_period=ReportingPeriod(start=start, end=end),
        suppression_threshold=threshold,
    )
    return sign_network(network, coordinator_private_key)


def sign_network(network: Network, coordinator_private_key: bytes) -> Network:
    """The network signed by the coordinator's key (which must be ``coordinator_key``)."""
    if signing.public_key_hex(coordinator_private_key) != network.coordinator_key:
        raise NetworkInvalid("wrong_coordinator_key")
    doc = network.document()
    return network.model_copy(update={"signature": signing.sign(doc, coordinator_private_key)})


def verify_network(network: Network, trusted_coordinator_key: str | None = None) -> bool:
    """True when the network is signed by ``trusted_coordinator_key`` (or, when a CSO has not
    pinned one yet, by the key it names)."""
    key = trusted_coordinator_key or network.coordinator_key
    if key != network.coordinator_key:
        return False
    return signing.verify(network.document(), key)


def add_member(
    network: Network,
    coordinator_private_key: bytes,
    *,
    code: str,
    name: str,
    public_key: bytes,
    fingerprint: str,
) -> Network:
    """Register a CSO (or replace its key): the fingerprint read out by the CSO must match the
    key. Returns the network with the next revision, signed."""
    _refuse_control_characters({"name": name})
    if key_fingerprint(public_key) != fingerprint.strip().upper():
        raise NetworkInvalid("fingerprint_mismatch")
    member = Member(
        code=code, name=name, public_key=public_key.hex(), fingerprint=key_fingerprint(public_key)
    )
    members = [m for m in network.members if m.code != code] + [member]
    return _revise(network, coordinator_private_key, members=members)


def remove_member(network: Network, coordinator_private_key: bytes, code: str) -> Network:
    """The network without the member ``code`` and its shares of the targets (next revision,
    signed)."""
    members = [m for m in network.members if m.code != code]
    shares = [t for t in network.cso_targets or () if t.cso != code]
    return _revise(network, coordinator_private_key, members=members, cso_targets=shares)


def set_targets(
    network: Network,
    coordinator_private_key: bytes,
    values: Mapping[str, int | None],
    *,
    cso: str | None = None,
    indicator: str = PEOPLE_REACHED,
) -> Network:
    """Set targets, programme code -> value (None: no target): the network's own, or with
    ``cso`` that member's share. Returns the network with the next revision, signed. Raises
    :class:`NetworkInvalid` ``unknown_programme``, ``not_a_member`` or ``bad_target``."""
    known = {p.code for p in network.programmes}
    if any(code not in known for code in values):
        raise NetworkInvalid("unknown_programme")
    if any(v is not None and not 0 <= v <= MAX_TARGET for v in values.values()):
        raise NetworkInvalid("bad_target")
    if cso is not None and network.member(cso) is None:
        raise NetworkInvalid("not_a_member")
    if cso is not None:
        return set_shares(network, coordinator_private_key, {cso: values}, indicator=indicator)
    kept = [t for t in network.targets if not (t.indicator == indicator and t.programme in values)]
    new = [
        Target(programme=p, indicator=indicator, value=v)
        for p, v in values.items()
        if v is not None
    ]
    return _revise(network, coordinator_private_key, targets=kept + new)


def set_shares(
    network: Network,
    coordinator_private_key: bytes,
    shares: Mapping[str, Mapping[str, int | None]],
    *,
    indicator: str = PEOPLE_REACHED,
) -> Network:
    """Set members' shares of the targets at once: CSO code -> programme code -> value (None:
    no share). Shares of CSOs and programmes not named are kept. Returns the network with the
    next revision (one for all), signed. Raises :class:`NetworkInvalid` ``not_a_member``,
    ``unknown_programme`` or ``bad_target``. Shares need not add up to the network's target
    (the coordinator may ask more of the CSOs together than of the network)."""
    known = {p.code for p in network.programmes}
    if any(network.member(cso) is None for cso in shares):
        raise NetworkInvalid("not_a_member")
    if any(code not in known for values in shares.values() for code in values):
        raise NetworkInvalid("unknown_programme")
    if any(
        v is not None and not 0 <= v <= MAX_TARGET
        for values in shares.values()
        for v in values.values()
    ):
        raise NetworkInvalid("bad_target")
    kept = [
        t
        for t in network.cso_targets or ()
        if not (t.indicator == indicator and t.programme in shares.get(t.cso, {}))
    ]
    kept += [
        CsoTarget(cso=cso, programme=p, indicator=indicator, value=v)
        for cso, values in shares.items()
        for p, v in values.items()
        if v is not None
    ]
    return _revise(network, coordinator_private_key, cso_targets=kept)


def set_close_months_after_days(
    network: Network, coordinator_private_key: bytes, days: int | None
) -> Network:
    """Members close each month ``days`` after it ends when they publish (None: by hand only).
    Returns the network with the next revision, signed; None leaves the member out of the
    file, so its signed form is the one earlier versions wrote."""
    if days is None:
        data = network.document()
        data.pop("close_months_after_days", None)
        bare = parse_network(data)
        return _revise(bare, coordinator_private_key)
    return _revise(network, coordinator_private_key, close_months_after_days=days)


def set_outcome_target(
    network: Network,
    coordinator_private_key: bytes,
    programme: str,
    instrument: str,
    improved: int | None,
) -> Network:
    """Set (or with None remove) the outcome target of a network programme and instrument.
    Returns the network with the next revision, signed. A network left with no outcome
    target has no ``outcome_targets`` member: its signed form is the one earlier versions
    wrote."""
    kept = [
        t
        for t in network.outcome_targets or ()
        if (t.programme, t.instrument) != (programme, instrument)
    ]
    if improved is not None:
        kept.append(OutcomeTarget(programme=programme, instrument=instrument, improved=improved))
    if kept:
        return _revise(network, coordinator_private_key, outcome_targets=kept)
    data = network.document()
    data.pop("outcome_targets", None)
    return _revise(parse_network(data), coordinator_private_key)


def set_areas(
    network: Network,
    coordinator_private_key: bytes,
    areas: Mapping[str, Area | None],
) -> Network:
    """Add, change (code -> the area) or remove (code -> None) areas. Returns the network with
    the next revision, signed. A network left with no area has no ``areas`` member: its signed
    form is the one earlier versions wrote. Raises :class:`NetworkInvalid` ``bad_area``
    (an area inside one that is not in the network, or inside itself) and
    :class:`ValidationFailed` for a name with control characters."""
    _refuse_control_characters({f"area {a.code}": a.name for a in areas.values() if a})
    kept = {a.code: a for a in network.areas or ()}
    for code, area in areas.items():
        if area is None:
            kept.pop(code, None)
        else:
            kept[code] = area
    data = network.document()
    data.pop("areas", None)
    if kept:
        data["areas"] = [a.document() for a in kept.values()]
    try:
        changed = parse_network(data)
    except NetworkInvalid:
        raise NetworkInvalid("bad_area") from None
    return _revise(changed, coordinator_private_key)


INSTRUMENT_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def set_outcome_targets(
    network: Network,
    coordinator_private_key: bytes,
    values: Mapping[tuple[str, str], int | None],
    *,
    replace: bool = False,
) -> Network:
    """Set outcome targets at once: (programme code, instrument code) -> people improved
    (None: no target). ``replace``: the targets not named are removed (the whole list as the
    coordinator edited it), else kept. Returns the network with the next revision (one for
    all), signed; with no outcome target left, the file has no ``outcome_targets`` member.
    Raises :class:`NetworkInvalid` ``unknown_programme``, ``bad_instrument`` or
    ``bad_target``."""
    known = {p.code for p in network.programmes}
    if any(programme not in known for programme, _ in values):
        raise NetworkInvalid("unknown_programme")
    if any(not INSTRUMENT_CODE_RE.fullmatch(instrument) for _, instrument in values):
        raise NetworkInvalid("bad_instrument")
    if any(v is not None and not 0 <= v <= MAX_TARGET for v in values.values()):
        raise NetworkInvalid("bad_target")
    kept = [
        t
        for t in network.outcome_targets or ()
        if not replace and (t.programme, t.instrument) not in values
    ]
    kept += [
        OutcomeTarget(programme=p, instrument=i, improved=v)
        for (p, i), v in values.items()
        if v is not None
    ]
    data = network.document()
    data.pop("outcome_targets", None)
    bare = parse_network(data)
    return _revise(bare, coordinator_private_key, **({"outcome_targets": kept} if kept else {}))


def _revise(network: Network, key: bytes, **changes: Any) -> Network:
    """The network with ``changes``, next revision, signed. An empty list of shares leaves
    ``cso_targets`` out of the file (its signed form is then the one earlier versions wrote)."""
    data = network.document()
    data.pop("signature", None)
    data.update(
        {
            k: [m.model_dump(mode="json") for m in v] if isinstance(v, list) else v
            for k, v in changes.items()
        }
    )
    if not data.get("cso_targets", True):
        data.pop("cso_targets")
    data["revision"] = network.revision + 1
    data["created_at"] = utc_timestamp()
    return sign_network(parse_network(data), key)


def parse_network(data: Any) -> Network:
    """Validate a network document (a parsed JSON object)."""
    from pydantic import ValidationError

    try:
        return Network.model_validate(data)
    except ValidationError as exc:
        raise NetworkInvalid("schema") from exc
