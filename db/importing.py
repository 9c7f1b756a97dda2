"""Bringing a CSO's existing Excel list of people into Saphan.

Three steps, as the import wizard and ``saphan import`` take them:

1. :func:`read_sheet` reads a table of a file (see :mod:`db.import_sheets`);
   :func:`suggest_mapping` maps its columns to fields (remembered per header layout).
2. :func:`preview` parses every row into a :class:`PersonInput` or a list of problems per
   field, and flags duplicates (within the file and against the registry) and Zawgyi names.
3. :func:`import_people` registers the rows a person accepted in ONE transaction: all of them,
   or none if anything fails half-way.

Nothing here logs or prints a cell: they hold personal data. The audit trail records that an
import happened and how many people it brought, never who.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from db import beneficiaries, custom_fields, settings
from db.custom_fields import CustomField, Entity
from db.errors import ValidationFailed
from db.import_headers import (
    BIRTH_FIELDS,
    FIELDS,
    NAME_FIELDS,
    WG_FIELDS,
    fold,
    guess_mapping,
    has_latin_letters_only,
)
from db.import_sheets import ImportFileProblem, Sheet, column_letter, list_sheets, read_sheet
from db.import_template import EXAMPLE_MARK, TEMPLATE_HEADER, write_import_template
from db.import_values import (
    bare_year,
    parse_age,
    parse_date,
    parse_documentation,
    parse_language,
    parse_nationality,
    parse_phone,
    parse_population_group,
    parse_sex,
    parse_wg_answer,
    parse_year,
    parse_yes_no,
)
from db.myanmar_text import looks_like_zawgyi, zawgyi_to_unicode
from db.permissions import Permission
from db.store import Store
from db.types import Documentation, Nationality, PersonInput, PossibleDuplicate
from db.types import PopulationGroup as Group
from db.validation import NAME_MAX, REQUIRED, validate_person

# Problem codes of a mapping or a row beyond those of db.validation and db.import_values.
MAPPED_TWICE = "mapped_twice"
# A column that fills one of the admin's custom fields of people (db.custom_fields) maps to
# "custom:<code>"; its problems are reported as the field's, "custom.<code>".
CUSTOM_TARGET = "custom:"
EXAMPLE_ROW = "example_row"  # the template's example, left in
CONSENT_SCOPES = ("services", "referral", "data_use")


@dataclass(frozen=True)
class ImportOptions:
    """What the wizard asks once for all rows: consent when the file has no consent columns
    (importing needs each person's consent to receive services), and defaults for empty cells."""

    consent_date: dt.date | None = None
    consent_services: bool = False
    consent_referral: bool = False
    consent_data_use: bool = False
    population_group: Group | None = None
    nationality: Nationality = Nationality.MYANMAR
    language: str = "my"
    today: dt.date | None = None


@dataclass(frozen=True)
class RowProblem:
    field: str  # a field name, or "birth" for the birth date / year / age together
    code: str


@dataclass(frozen=True)
class ZawgyiName:
    """A name typed in Zawgyi and its proposed Unicode spelling, for a person to confirm."""

    field: str
    zawgyi: str
    unicode: str


@dataclass(frozen=True)
class PreviewRow:
    row_number: int  # as the spreadsheet shows it
    values: dict[str, str]  # the cell text per mapped field, for showing it
    person: PersonInput | None  # None when the row cannot be read into a person at all
    problems: tuple[RowProblem, ...] = ()
    zawgyi: tuple[ZawgyiName, ...] = ()
    duplicate_of_row: int | None = None  # an earlier row of the same file
    existing: tuple[PossibleDuplicate, ...] = ()  # people already in the registry

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of_row is not None or bool(self.existing)

    @property
    def ready(self) -> bool:
        return self.person is not None and not self.problems


@dataclass(frozen=True)
class ImportPreview:
    sheet_name: str
    mapping: dict[int, str]
    options: ImportOptions
    rows: tuple[PreviewRow, ...]

    @property
    def with_problems(self) -> int:
        return sum(1 for r in self.rows if not r.ready)

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.rows if r.ready and r.is_duplicate)

    @property
    def zawgyi_rows(self) -> int:
        return sum(1 for r in self.rows if r.zawgyi)

    @property
    def ready(self) -> int:
        return sum(1 for r in self.rows if r.ready)


@dataclass(frozen=True)
class ImportChoices:
    """What the person decided in the preview, by spreadsheet row number."""

    convert_zawgyi: frozenset[int] = frozenset()
    skip: frozenset[int] = frozenset()

    @classmethod
    def default(
        cls, preview: ImportPreview, *, accept_zawgyi: bool = True, skip_duplicates: bool = True
    ) -> ImportChoices:
        return cls(
            convert_zawgyi=frozenset(
                r.row_number for r in preview.rows if r.zawgyi and accept_zawgyi
            ),
            skip=frozenset(
                r.row_number for r in preview.rows if r.is_duplicate and skip_duplicates
            ),
        )


@dataclass(frozen=True)
class SkippedRow:
    row_number: int
    reason: str  # "problems" | "duplicate" | "chosen"
    problems: tuple[RowProblem, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    codes: tuple[str, ...]
    skipped: tuple[SkippedRow, ...] = field(default=())


# --- Mapping --------------------------------------------------------------------------------------


def header_fingerprint(header: tuple[str, ...]) -> str:
    """A short hash of a header layout: the same spreadsheet layout gives the same one."""
    joined = "\x1f".join(fold(h) for h in header)
    return hashlib.sha256(joined.encode()).hexdigest()[:20]


def custom_targets(store: Store) -> dict[str, CustomField]:
    """The targets of the admin's active custom fields of people: "custom:<code>" -> field."""
    return {CUSTOM_TARGET + f.code: f for f in custom_fields.list_fields(store, Entity.PERSON)}


def is_target(target: str, custom: Mapping[str, CustomField]) -> bool:
    return target in FIELDS or target in custom


def custom_mapping(header: tuple[str, ...], custom: Mapping[str, CustomField]) -> dict[int, str]:
    """Columns whose title is a custom field's label in any language, or its code."""
    names: dict[str, str] = {}
    for target, f in custom.items():
        for text in (f.code, *f.labels.values()):
            names.setdefault(fold(text), target)
    mapping: dict[int, str] = {}
    for index, title in enumerate(header):
        found = names.get(fold(title))
        if found is not None and found not in mapping.values():
            mapping[index] = found
    return mapping


def remembered_mapping(store: Store, sheet: Sheet) -> dict[int, str] | None:
    """The mapping last used for a sheet with this header, if any."""
    mapping = settings.get(store, settings.IMPORT_MAPPING.key(header_fingerprint(sheet.header)))
    if not mapping:
        return None
    custom = custom_targets(store)
    return {
        i: f for i, f in mapping.items() if 0 <= i < len(sheet.header) and is_target(f, custom)
    } or None


def remember_mapping(store: Store, sheet: Sheet, mapping: Mapping[int, str]) -> None:
    """Keep the mapping so the next file with the same header maps itself."""
    key = settings.IMPORT_MAPPING.key(header_fingerprint(sheet.header))
    settings.remember(store, key, dict(mapping))


def suggest_mapping(store: Store, sheet: Sheet) -> tuple[dict[int, str], bool]:
    """The remembered mapping for this layout (and True), or one guessed from the headers."""
    remembered = remembered_mapping(store, sheet)
    if remembered is not None:
        return remembered, True
    samples = [sheet.samples(i, 5) for i in range(len(sheet.header))]
    # A custom field named exactly by a column's title goes first: the admin chose the name.
    mapping = custom_mapping(sheet.header, custom_targets(store))
    for index, target in guess_mapping(sheet.header, samples).items():
        if index not in mapping and target not in mapping.values():
            mapping[index] = target
    return dict(sorted(mapping.items())), False


def mapping_from_headers(
    sheet: Sheet, columns: Mapping[str, str], store: Store | None = None
) -> dict[int, str]:
    """A mapping given as header text → field (as in ``saphan import``'s MAP.json); with the
    store, a custom field too, as "custom:<code>"."""
    by_header = {fold(h): i for i, h in reversed(list(enumerate(sheet.header))) if h}
    custom = custom_targets(store) if store is not None else {}
    mapping: dict[int, str] = {}
    problems: dict[str, str] = {}
    for header, target in columns.items():
        if not is_target(target, custom):
            problems[target] = "unknown_field"
        elif fold(header) not in by_header:
            problems[header] = "no_such_column"
        else:
            mapping[by_header[fold(header)]] = target
    if problems:
        raise ValidationFailed(problems)
    return mapping


def mapping_problems(mapping: Mapping[int, str], options: ImportOptions) -> dict[str, str]:
    """What is missing before rows can be read: field (or "name", "birth") → problem code."""
    targets = list(mapping.values())
    problems: dict[str, str] = {}
    for target in set(targets):
        if targets.count(target) > 1:
            problems[target] = MAPPED_TWICE
    if not set(NAME_FIELDS) & set(targets):
        problems["name"] = REQUIRED
    if "sex" not in targets:
        problems["sex"] = REQUIRED
    if not set(BIRTH_FIELDS) & set(targets):
        problems["birth"] = REQUIRED
    if "population_group" not in targets and options.population_group is None:
        problems["population_group"] = REQUIRED
    if "consent_date" not in targets and options.consent_date is None:
        problems["consent_date"] = REQUIRED
    if "consent_services" not in targets and not options.consent_services:
        problems["consent_services"] = "consent_required"
    return problems


# --- Preview --------------------------------------------------------------------------------------


class _RowReader:
    """Reads one row's cells into a PersonInput, noting a problem per field."""

    def __init__(
        self,
        values: dict[str, str],
        options: ImportOptions,
        today: dt.date,
        custom: Mapping[str, CustomField] | None = None,
    ) -> None:
        self.values = values
        self.options = options
        self.today = today
        self.custom = custom or {}
        self.problems: dict[str, str] = {}

    def _note(self, name: str, code: str | None) -> None:
        if code is not None:
            self.problems.setdefault(name, code)

    def names(self) -> tuple[str, str, tuple[ZawgyiName, ...]]:
        latin = self.values.get("name_latin", "")
        script = self.values.get("name_script", "")
        name = self.values.get("name", "")
        if name and has_latin_letters_only(name):
            latin = latin or name
        elif name:
            script = script or name
        zawgyi: tuple[ZawgyiName, ...] = ()
        # A name longer than any valid one is refused anyway: not worth the converter's time.
        if script and len(script) <= NAME_MAX and looks_like_zawgyi(script):
            zawgyi = (ZawgyiName("name_script", script, zawgyi_to_unicode(script)),)
        return latin, script, zawgyi

    def birth(self) -> tuple[dt.date | None, int | None]:
        text = self.values.get("birth_date", "")
        born, date_problem = parse_date(text, self.today)
        year: int | None = None
        if date_problem and (only_year := bare_year(text)) is not None:
            year, date_problem = only_year, None
        if born is None and year is None and self.values.get("birth_year"):
            year, problem = parse_year(self.values["birth_year"])
            self._note("birth", None if date_problem else problem)
        if born is None and year is None and self.values.get("age"):
            year, problem = parse_age(self.values["age"], self.today)
            self._note("birth", None if date_problem else problem)
        if born is None and year is None:
            self._note("birth", date_problem or "birth_required")
        return born, year

    def consent(self, name: str, default: bool) -> bool:
        if not self.values.get(name):
            return default
        value, problem = parse_yes_no(self.values[name])
        self._note(name, problem)
        return bool(value)

    def read(self) -> tuple[PersonInput | None, tuple[ZawgyiName, ...]]:
        v, o = self.values, self.options
        latin, script, zawgyi = self.names()
        if latin.endswith(EXAMPLE_MARK):
            self._note("name_latin", EXAMPLE_ROW)
        sex, problem = parse_sex(v.get("sex", ""))
        self._note("sex", problem or (None if sex else REQUIRED))
        born, year = self.birth()
        group, problem = parse_population_group(v.get("population_group", ""))
        group = group or (o.population_group if not problem else None)
        self._note("population_group", problem or (None if group else REQUIRED))
        nationality = parse_nationality(v.get("nationality", ""))[0] or o.nationality
        documentation = parse_documentation(v.get("documentation", ""))[0]
        phone, problem = parse_phone(v.get("phone", ""))
        self._note("phone", problem)
        language = parse_language(v.get("language", ""))[0] or o.language
        consent_date, problem = parse_date(v.get("consent_date", ""), self.today)
        self._note("consent_date", problem)
        consent_date = consent_date or (o.consent_date if not problem else None)
        self._note("consent_date", None if consent_date else REQUIRED)
        services = self.consent("consent_services", o.consent_services)
        referral = self.consent("consent_referral", o.consent_referral)
        data_use = self.consent("consent_data_use", o.consent_data_use)
        answers: dict[str, int] = {}
        for wg in WG_FIELDS:
            answer, problem = parse_wg_answer(v.get(wg, ""))
            self._note("washington_group", problem)
            if answer is not None:
                answers[wg.removeprefix("wg_")] = answer
        custom: dict[str, object] = {
            target.removeprefix(CUSTOM_TARGET): text
            for target, text in v.items()
            if target in self.custom
        }
        if custom:
            fields = list(self.custom.values())
            for key, code in custom_fields.check_values(
                fields, custom, require_all=False, today=self.today
            )[1].items():
                self._note(key, code)
        if sex is None or group is None or consent_date is None:
            return None, zawgyi
        person = PersonInput(
            name_latin=latin,
            name_script=script,
            sex=sex,
            population_group=group,
            consent_date=consent_date,
            birth_date=born,
            birth_year=year,
            nationality=nationality,
            documentation=documentation or Documentation.NONE,
            washington_group=answers,
            phone=phone,
            area=v.get("area", ""),
            language=language,
            consent_services=services,
            consent_referral=referral,
            consent_data_use=data_use,
            notes=v.get("notes", ""),
            custom=custom or None,
        )
        for name, code in validate_person(person, self.today).items():
            self._note(name, code)
        return person, zawgyi


def _with_unicode_names(person: PersonInput, zawgyi: tuple[ZawgyiName, ...]) -> PersonInput:
    for name in zawgyi:
        if name.field == "name_script":
            person = dataclasses.replace(person, name_script=name.unicode)
    return person


def _file_key(person: PersonInput) -> tuple[str, int] | None:
    born = person.birth_date.year if person.birth_date else person.birth_year
    name = beneficiaries.name_key(person.name_latin) or beneficiaries.normalise_for_search(
        person.name_script
    )
    return (name, born) if name and born is not None else None


def preview(
    store: Store,
    sheet: Sheet,
    mapping: Mapping[int, str],
    options: ImportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportPreview:
    """Every row of the sheet read as a person, or with its problems; duplicates within the
    file and against the registry, and Zawgyi names, flagged. Nothing is written.

    Raises :class:`ValidationFailed` (see :func:`mapping_problems`) when the mapping or the
    options lack something every row needs."""
    store.require(Permission.PEOPLE_REGISTER)
    options = options or ImportOptions()
    problems = mapping_problems(mapping, options)
    if problems:
        raise ValidationFailed(problems)
    today = options.today or dt.date.today()
    custom = {t: f for t, f in custom_targets(store).items() if t in mapping.values()}
    seen: dict[tuple[str, int], int] = {}
    rows: list[PreviewRow] = []
    for done, (number, cells) in enumerate(zip(sheet.row_numbers, sheet.rows, strict=True), 1):
        values = {f: cells[i].strip() for i, f in mapping.items() if i < len(cells)}
        reader = _RowReader(values, options, today, custom)
        person, zawgyi = reader.read()
        row_problems = tuple(RowProblem(f, c) for f, c in reader.problems.items())
        duplicate_of: int | None = None
        existing: tuple[PossibleDuplicate, ...] = ()
        if person is not None and not row_problems:
            likely = _with_unicode_names(person, zawgyi)
            key = _file_key(likely)
            if key is not None:
                duplicate_of = seen.setdefault(key, number)
                duplicate_of = None if duplicate_of == number else duplicate_of
            existing = tuple(beneficiaries.find_possible_duplicates(store, likely))
        rows.append(
            PreviewRow(number, values, person, row_problems, zawgyi, duplicate_of, existing)
        )
        if progress is not None:
            progress(done, len(sheet.rows))
    return ImportPreview(sheet.name, dict(mapping), options, tuple(rows))


# --- Import ---------------------------------------------------------------------------------------


def import_people(
    store: Store,
    preview: ImportPreview,
    choices: ImportChoices | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportSummary:
    """Register every row that is ready and not skipped, in ONE transaction: if anything
    fails, no one from the file is registered. Rows with problems are never imported."""
    store.require(Permission.PEOPLE_REGISTER)
    choices = choices if choices is not None else ImportChoices.default(preview)
    people: list[PersonInput] = []
    skipped: list[SkippedRow] = []
    for row in preview.rows:
        if row.person is None or row.problems:
            skipped.append(SkippedRow(row.row_number, "problems", row.problems))
        elif row.row_number in choices.skip:
            reason = "duplicate" if row.is_duplicate else "chosen"
            skipped.append(SkippedRow(row.row_number, reason))
        elif row.row_number in choices.convert_zawgyi:
            people.append(_with_unicode_names(row.person, row.zawgyi))
        else:
            people.append(row.person)
    total = len(people)
    codes = beneficiaries.register_people(
        store,
        people,
        preview.options.today,
        detail=f" skipped={len(skipped)}",
        progress=(lambda n: progress(n, total)) if progress is not None else None,
    )
    return ImportSummary(len(codes), tuple(codes), tuple(skipped))


__all__ = [
    "CONSENT_SCOPES",
    "CUSTOM_TARGET",
    "TEMPLATE_HEADER",
    "ImportChoices",
    "ImportFileProblem",
    "ImportOptions",
    "ImportPreview",
    "ImportSummary",
    "PreviewRow",
    "RowProblem",
    "Sheet",
    "SkippedRow",
    "ZawgyiName",
    "column_letter",
    "custom_mapping",
    "custom_targets",
    "header_fingerprint",
    "import_people",
    "list_sheets",
    "mapping_from_headers",
    "mapping_problems",
    "preview",
    "read_sheet",
    "remember_mapping",
    "remembered_mapping",
    "suggest_mapping",
    "write_import_template",
]
