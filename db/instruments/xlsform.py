"""Reading an instrument from an XLSForm workbook (.xlsx), as KoboToolbox and ODK write them.

:func:`read_xlsform` turns the workbook into an instrument definition (the dict of format
``saphan.instrument/1``, docs/instruments.md) or raises :class:`~db.errors.FormProblems` with
every problem found, each naming its sheet and row ("survey row 7: the choice list 'freq5'
does not exist"), at most one per row. It only reads: storing is
:func:`db.instruments.store.add_instrument`, one transaction, so a refused form leaves the
database as it was (:func:`import_xlsform` does both).

The workbook is checked against the bounds every untrusted .xlsx gets
(:func:`db.import_sheets.check_workbook`: size, zip bombs, cell counts) before openpyxl reads
it, then converted in-process with pyxform (no Java, no ODK Validate) to be sure it is an
XLSForm at all, then checked by the rules below, which say more precisely what is wrong.

What XLSForm has no column for is in columns and sheets of our own (documented in
docs/instruments.md): ``saphan::reverse`` on survey rows; ``saphan_result``, ``saphan_mid``,
``saphan_higher_is_better``, ``saphan_min``/``saphan_max``, ``saphan_source``,
``saphan_validated_my``/``_th``/``_ksw`` and ``saphan_title::LANGUAGE (code)`` in settings; the
sheets ``saphan_bands`` (code, from, to, label) and ``saphan_alerts`` (code, when, label).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.import_sheets import ImportFileProblem, cell_text, check_workbook
from db.instruments.definition import CODE, FORMAT, ITEM_NAME, LANGUAGES, validate
from db.instruments.problems import FormProblem, FormProblems, Problem

if TYPE_CHECKING:
    from db.instruments.store import InstrumentInfo
    from db.store import Store

LANGUAGE_NAMES = {
    "english": "en",
    "burmese": "my",
    "myanmar": "my",
    "thai": "th",
    "karen": "ksw",
    "sgaw karen": "ksw",
    "s'gaw karen": "ksw",
}
REFERENCE = re.compile(r"\$\{([^}]*)\}")
# A form is a short list of questions: far below the bounds of a list of people.
MAX_ROWS = 2_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 4_000
MAX_VERSION = 10**6
# An integer question becomes a list of its whole numbers: a count of days, not of money.
MAX_INTEGER_SPAN = 100
# Types Saphan ignores: the metadata KoboToolbox and ODK add to every form.
METADATA_TYPES = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "username",
        "email",
        "phonenumber",
        "simserial",
        "subscriberid",
        "audit",
    }
)
YES = frozenset({"yes", "true", "true()", "1", "y"})
NO = frozenset({"no", "false", "false()", "0", "n", ""})

# The sentence of each problem; ``values`` fill it. desktop/instruments/wording.py words the
# same codes in the user's language.
MESSAGES: dict[str, str] = {
    "not_xlsx": "the file is not an Excel workbook (.xlsx)",
    "too_large": "the file is too large or packed in a way Saphan does not open",
    "cannot_read": "the file cannot be read as an Excel workbook",
    "missing_sheet": "the sheet is missing",
    "too_many_rows": "the sheet has more than {limit} rows",
    "too_many_columns": "the sheet has more than {limit} columns",
    "cell_too_long": "a cell is longer than {limit} characters",
    "duplicate_column": "the column '{column}' appears twice",
    "missing_column": "the column '{column}' is missing",
    "unknown_language": "the column '{column}' is in a language Saphan cannot show "
    "(use English (en), Burmese (my), Thai (th) or Sgaw Karen (ksw))",
    "same_language": "the columns '{column}' and '{other}' are both in the same language",
    "no_questions": "the form has no questions",
    "bad_type": "the type '{type}' cannot be imported "
    "(use select_one LIST, integer, calculate or note)",
    "groups": "groups and repeats cannot be imported: list the questions one after another",
    "late_note": "a note is read only before the first question, as the introduction",
    "missing_name": "the row has no name",
    "bad_name": "the name '{name}' must be up to 40 letters, digits or _, not starting "
    "with a digit",
    "duplicate_name": "the name '{name}' is used twice (also on row {other})",
    "unknown_list": "the choice list '{list}' does not exist",
    "no_choices_sheet": "the choice list '{list}' does not exist: the form has no choices sheet",
    "missing_label": "'{name}' has no English label (label::English (en))",
    "bad_yes_no": "'{column}' must be yes or no, not '{value}'",
    "reverse_not_select": "only a select_one question can be reverse-scored",
    "bad_constraint": "an integer question needs the constraint '. >= MIN and . <= MAX' "
    "(at most {limit} numbers apart)",
    "missing_calculation": "the calculate row '{name}' has no calculation",
    "unknown_reference": "'{column}' refers to '{name}', which is not a question or score "
    "of this form",
    "circular": "the calculations {cycle} refer to each other in a circle",
    "bad_expression": "'{column}' is not an expression Saphan can evaluate: {reason}",
    "choice_not_integer": "the choice value '{value}' is not a whole number",
    "duplicate_choice": "the choice value '{value}' is in the list '{list}' twice "
    "(also on row {other})",
    "missing_form_id": "the settings have no form_id",
    "bad_form_id": "the form_id '{value}' cannot be an instrument code "
    "(2-40 lowercase letters, digits or _, starting with a letter)",
    "bad_version": "the version '{value}' is not a whole number from 1 to 1000000",
    "bad_number": "'{column}' must be a number, not '{value}'",
    "bad_mid": "saphan_mid must be a number above 0, not '{value}'",
    "missing_setting": "the setting '{column}' is missing",
    "unknown_result": "saphan_result names '{name}', which is not a calculate row",
    "no_scores": "the form has no calculate row, so there is no score",
    "no_range": "the score's range is unknown: give saphan_min and saphan_max, or bands",
    "bad_range": "saphan_min must be below saphan_max",
    "bad_band_code": "the code '{value}' must be 2-40 lowercase letters, digits or _, "
    "starting with a letter",
    "duplicate_code": "the code '{value}' is used twice (also on row {other})",
    "band_order": "the band goes from {start} to {end}: 'from' must not be above 'to'",
    "band_overlap": "the band overlaps the band on row {other}",
    "band_gap": "there is a gap between this band and the band on row {other}",
    "band_outside": "the band lies outside the score's range {start} to {end}",
    "missing_when": "the alert has no 'when' expression",
    "invalid_xlsform": "this is not a valid XLSForm: {reason}",
    "later_reference": "'{column}' refers to '{name}', which is worked out only after this row",
    "bad_list_name": "the choice list name '{list}' must be up to 40 letters, digits or _",
    "definition": "{reason}",
}


@dataclass
class _Sheet:
    """A worksheet as text: its header (row 1) and its non-empty rows below, by row number."""

    title: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]


@dataclass
class _Problems:
    """Problems collected while reading, at most one per sheet and row (the first found)."""

    found: dict[tuple[str, int | None], FormProblem] = field(default_factory=dict)

    def add(self, sheet: str, row: int | None, code: str, **values: Any) -> None:
        key = (sheet, row)
        if key in self.found:
            return
        texts = {k: str(v) for k, v in values.items()}
        self.found[key] = FormProblem(sheet, row, code, MESSAGES[code].format(**texts), texts)

    def has(self, sheet: str, row: int | None) -> bool:
        return (sheet, row) in self.found

    def sorted(self) -> list[FormProblem]:
        order = {"": 0, "settings": 1, "survey": 2, "choices": 3, "saphan_bands": 4}

        def key(p: FormProblem) -> tuple[int, str, int]:
            return (order.get(p.sheet, 5), p.sheet, -1 if p.row is None else p.row)

        return sorted(self.found.values(), key=key)

    def __bool__(self) -> bool:
        return bool(self.found)


def read_xlsform(path: Path) -> dict[str, Any]:
    """The instrument definition in the XLSForm at ``path``; raises
    :class:`~db.errors.FormProblems` listing every problem found (nothing is stored here)."""
    problems = _Problems()
    sheets = _read_workbook(Path(path), problems)
    if problems:
        raise FormProblems(problems.sorted())
    pyxform_error = _pyxform_error(sheets)
    converter = _Converter(sheets, problems)
    definition = converter.definition()
    if definition is not None:
        converter.adopt(validate(definition))
    if pyxform_error is not None:
        # pyxform stops at its first error and says less about how to mend the form: kept
        # where our own rules found nothing on its row (or nothing at all, for a rowless one).
        sheet, row, reason = pyxform_error
        if (row is None and not problems) or (row is not None and not problems.has(sheet, row)):
            problems.add(sheet, row, "invalid_xlsform", reason=reason)
    if definition is None or problems:
        raise FormProblems(problems.sorted())
    return definition


# --- reading the workbook ------------------------------------------------------------------


def _read_workbook(path: Path, problems: _Problems) -> dict[str, _Sheet]:
    if path.suffix.lower() != ".xlsx":
        problems.add("", None, "not_xlsx")
        return {}
    try:
        check_workbook(path)  # the bounds, before openpyxl unpacks anything
    except ImportFileProblem as exc:
        problems.add("", None, "too_large" if exc.reason == "too_large" else "cannot_read")
        return {}
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (FileNotFoundError, MemoryError):
        raise
    except Exception:  # openpyxl meets a damaged file with any kind of exception
        problems.add("", None, "cannot_read")
        return {}
    sheets: dict[str, _Sheet] = {}
    try:
        for ws in workbook.worksheets:
            key = ws.title.strip().lower()
            if key in sheets:
                continue
            sheets[key] = _read_sheet(ws, key, problems)
    except (FileNotFoundError, MemoryError):
        raise
    except Exception:  # damaged XML inside the parts (read lazily in read-only mode)
        problems.add("", None, "cannot_read")
    finally:
        workbook.close()
    return sheets


def _read_sheet(ws: Any, key: str, problems: _Problems) -> _Sheet:
    header: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if number > MAX_ROWS + 1:
            problems.add(key, None, "too_many_rows", limit=MAX_ROWS)
            break
        cells = [cell_text(v) for v in values[: MAX_COLUMNS + 1]]
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) > MAX_COLUMNS:
            problems.add(key, None, "too_many_columns", limit=MAX_COLUMNS)
            break
        if any(len(c) > MAX_CELL_CHARS for c in cells):
            problems.add(key, number, "cell_too_long", limit=MAX_CELL_CHARS)
            continue
        if number == 1:
            header = cells
            seen: set[str] = set()
            for column in header:
                if column and column in seen:
                    problems.add(key, 1, "duplicate_column", column=column)
                seen.add(column)
            continue
        row = {header[i]: c for i, c in enumerate(cells) if c and i < len(header) and header[i]}
        if row:
            rows.append((number, row))
    return _Sheet(ws.title, header, rows)


# --- pyxform ---------------------------------------------------------------------------------


def _pyxform_error(sheets: dict[str, _Sheet]) -> tuple[str, int | None, str] | None:
    """Convert the form with pyxform, in-process: (sheet, row or None, reason) of the error it
    stops at, or None when it converts."""
    if "survey" not in sheets:
        return None  # said by the converter, in our words
    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert

    data: dict[str, Any] = {"sheet_names": [s.title for s in sheets.values()]}
    for name in ("survey", "choices", "settings"):
        sheet = sheets.get(name)
        if sheet is None:
            continue
        last = max((n for n, _ in sheet.rows), default=1)
        by_number = dict(sheet.rows)
        # Every row from 2 on, empty ones too, so that pyxform's "[row : N]" is Excel's N.
        data[name] = [dict(by_number.get(n, {})) for n in range(2, last + 1)]
        data[f"{name}_header"] = [{c: None for c in sheet.header if c}]
    try:
        convert(data, warnings=[])
    except PyXFormError as exc:
        message = " ".join(str(exc).split())
        found = re.match(r"\[row : (\d+)\]\s*(.*)", message)
        reason = found.group(2) if found else message
        where = "choices" if "'choices' sheet" in reason else "survey"
        return where, int(found.group(1)) if found else None, reason
    except RecursionError:
        return "survey", None, "an expression is nested too deeply"
    except Exception as exc:  # pyxform fails on some broken forms with any kind of exception
        return "survey", None, f"pyxform could not convert it ({type(exc).__name__})"
    return None


# --- the conversion --------------------------------------------------------------------------


@dataclass
class _Row:
    number: int
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "").strip()


class _Converter:
    def __init__(self, sheets: dict[str, _Sheet], problems: _Problems) -> None:
        self.sheets = sheets
        self.problems = problems
        self.languages_used: set[str] = set()
        self.intro_row: int | None = None
        # Where each part of the definition came from: "items[2]" → ("survey", 5).
        self.locations: dict[str, tuple[str, int | None]] = {}

    def add(self, sheet: str, row: int | None, code: str, **values: Any) -> None:
        self.problems.add(sheet, row, code, **values)

    def definition(self) -> dict[str, Any] | None:
        survey = self.sheets.get("survey")
        if survey is None:
            self.add("survey", None, "missing_sheet")
        settings = self._settings()
        if survey is None:
            return None
        labels = self._label_columns("survey", survey.header)
        items, scores, intro, lists_used = self._survey(survey, labels)
        choice_lists = self._choices(lists_used)
        # Every name on the survey sheet, also of rows with a problem: a reference to one of
        # them is not a second problem.
        names = {c.get("name", "").strip() for _, c in survey.rows} - {""}
        self._references(survey, names)
        scores = self._ordered_scores(scores)
        result = self._result(settings, scores)
        bands = self._bands(names)
        alerts = self._alerts(names)
        low, high = self._range(settings, bands)
        self._check_bands(bands, low, high)
        if self.problems or settings is None:
            return None
        self._locate(settings, items, scores, choice_lists, bands, alerts, intro)
        for item in items:
            if "_integer" in item:  # its whole numbers become its list
                start, end = item["_integer"]
                choice_lists[item["choices"]] = [
                    {"value": v, "label": {"en": str(v)}} for v in range(start, end + 1)
                ]
                self.locations[f"choice_lists.{item['choices']}"] = ("survey", item["_row"])
        bands = sorted(bands, key=lambda b: b["from"])
        definition: dict[str, Any] = {
            "format": FORMAT,
            "code": settings["code"],
            "version": settings["version"],
            "name": settings["name"],
            "source": settings["source"],
            "translations": {
                lang: {
                    "validated": bool(settings["validated"].get(lang)),
                    "source": settings["validated"].get(lang, ""),
                }
                for lang in sorted(self.languages_used - {"en"})
            },
            "intro": intro,
            "choice_lists": {
                name: [{k: v for k, v in c.items() if not k.startswith("_")} for c in choices]
                for name, choices in choice_lists.items()
            },
            "items": [{k: v for k, v in item.items() if not k.startswith("_")} for item in items],
            "scores": [{k: v for k, v in s.items() if not k.startswith("_")} for s in scores],
            "result": result,
            "range": [low, high],
            "higher_is_better": settings["higher_is_better"],
            "mid": settings["mid"],
            "bands": [{k: v for k, v in b.items() if not k.startswith("_")} for b in bands],
            "alerts": [{k: v for k, v in a.items() if not k.startswith("_")} for a in alerts],
        }
        return definition

    def _locate(
        self,
        settings: dict[str, Any],
        items: list[dict[str, Any]],
        scores: list[dict[str, Any]],
        choice_lists: dict[str, list[dict[str, Any]]],
        bands: list[dict[str, Any]],
        alerts: list[dict[str, Any]],
        intro: dict[str, str],
    ) -> None:
        at = self.locations
        for key in ("code", "version", "name", "source", "translations", "result", "range"):
            at[key] = ("settings", settings["row"])
        for key in ("higher_is_better", "mid"):
            at[key] = ("settings", settings["row"])
        at["intro"] = ("survey", self.intro_row)
        at["items"] = at["scores"] = ("survey", None)
        at["choice_lists"] = ("choices", None)
        for n, item in enumerate(items):
            at[f"items[{n}]"] = ("survey", item["_row"])
        for n, score in enumerate(scores):
            at[f"scores[{n}]"] = ("survey", score["_row"])
        for name, choices in choice_lists.items():
            at[f"choice_lists.{name}"] = ("choices", choices[0]["_row"] if choices else None)
            for n, choice in enumerate(choices):
                at[f"choice_lists.{name}[{n}]"] = ("choices", choice["_row"])
        for n, band in enumerate(sorted(bands, key=lambda b: b["from"])):
            at[f"bands[{n}]"] = ("saphan_bands", band["_row"])
        for n, alert in enumerate(alerts):
            at[f"alerts[{n}]"] = ("saphan_alerts", alert["_row"])
        at["bands"] = ("saphan_bands", None)
        at["alerts"] = ("saphan_alerts", None)

    def adopt(self, found: list[Problem]) -> None:
        """The problems the definition's own check (db.instruments.definition.validate) finds
        in what was read, each on the sheet and row it came from."""
        for problem in found:
            path = problem.where
            key = path
            while key and key not in self.locations:
                key = re.sub(r"(\[\d+\]|\.[^.\[]*)$", "", key) if re.search(r"[.\[]", key) else ""
            sheet, row = self.locations.get(key, ("", None))
            field_name = path.rsplit(".", 1)[-1] if "." in path else path
            column = {"formula": "calculation"}.get(field_name, field_name)
            detail = f" ({problem.detail})" if problem.detail else ""
            if problem.code.startswith("expression_"):
                reason = problem.code.removeprefix("expression_").replace("_", " ")
                self.add(sheet, row, "bad_expression", column=column, reason=reason + detail)
            elif problem.code == "cycle":
                ref = re.search(r"\$\{([^}]*)\}", problem.detail)
                name = ref.group(1) if ref else problem.detail
                self.add(sheet, row, "later_reference", column=column, name=name)
            else:
                reason = f"{path}: {problem.code.replace('_', ' ')}{detail}"
                self.add(sheet, row, "definition", reason=reason)

    # labels and languages

    def _label_columns(self, sheet: str, header: list[str], base: str = "label") -> dict[str, str]:
        """The label columns of a sheet: column → language code. Unknown languages and two
        columns in one language are problems of the header row."""
        found: dict[str, str] = {}
        by_language: dict[str, str] = {}
        for column in header:
            if column != base and not column.startswith(f"{base}::"):
                continue
            language = "en" if column == base else _language(column.partition("::")[2])
            if language is None:
                self.add(sheet, 1, "unknown_language", column=column)
                continue
            if language in by_language:
                self.add(sheet, 1, "same_language", column=by_language[language], other=column)
                continue
            by_language[language] = column
            found[column] = language
        return found

    def _labels(self, row: _Row, columns: dict[str, str]) -> dict[str, str]:
        labels = {lang: row.get(col) for col, lang in columns.items() if row.get(col)}
        self.languages_used.update(labels)
        return {lang: labels[lang] for lang in LANGUAGES if lang in labels}

    # settings

    def _settings(self) -> dict[str, Any] | None:
        sheet = self.sheets.get("settings")
        if sheet is None:
            self.add("settings", None, "missing_sheet")
            return None
        number = sheet.rows[0][0] if sheet.rows else 2
        row = _Row(number, sheet.rows[0][1] if sheet.rows else {})
        before = len(self.problems.found)
        add = self.add
        code = row.get("form_id")
        if not code:
            add("settings", number, "missing_form_id")
        elif not CODE.fullmatch(code):
            add("settings", number, "bad_form_id", value=code)
        version_text = row.get("version") or "1"
        version = _whole(version_text)
        if version is None or not 1 <= version <= MAX_VERSION:
            add("settings", number, "bad_version", value=version_text)
        higher = self._yes_no(row, "settings", "saphan_higher_is_better", required=True)
        mid = self._number(row, "settings", "saphan_mid")
        if mid is not None and mid <= 0:
            add("settings", number, "bad_mid", value=row.get("saphan_mid"))
        low = self._number(row, "settings", "saphan_min")
        high = self._number(row, "settings", "saphan_max")
        if low is not None and high is not None and low >= high:
            add("settings", number, "bad_range")
        name = {"en": row.get("form_title") or code}
        for column, lang in self._label_columns("settings", sheet.header, "saphan_title").items():
            if lang != "en" and row.get(column):
                name[lang] = row.get(column)
        validated = {
            lang: row.get(f"saphan_validated_{lang}")
            for lang in LANGUAGES
            if row.get(f"saphan_validated_{lang}")
        }
        if len(self.problems.found) > before:
            return None
        return {
            "code": code,
            "version": version,
            "name": name,
            "source": row.get("saphan_source"),
            "validated": validated,
            "higher_is_better": higher,
            "mid": mid,
            "min": low,
            "max": high,
            "result": row.get("saphan_result"),
            "row": number,
        }

    def _yes_no(self, row: _Row, sheet: str, column: str, *, required: bool = False) -> bool:
        value = row.get(column)
        if not value and required:
            self.add(sheet, row.number, "missing_setting", column=column)
        elif value.lower() not in YES | NO:
            self.add(sheet, row.number, "bad_yes_no", column=column, value=value)
        return value.lower() in YES

    def _number(
        self, row: _Row, sheet: str, column: str, *, required: bool = False
    ) -> float | int | None:
        value = row.get(column)
        if not value:
            if required:
                self.add(sheet, row.number, "missing_setting", column=column)
            return None
        number = _number(value)
        if number is None:
            self.add(sheet, row.number, "bad_number", column=column, value=value)
        return number

    # survey

    def _survey(
        self, survey: _Sheet, labels: dict[str, str]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, str], dict[str, int]]:
        items: list[dict[str, Any]] = []
        scores: list[dict[str, Any]] = []
        intro: dict[str, str] = {}
        lists_used: dict[str, int] = {}
        names: dict[str, int] = {}
        if "type" not in survey.header:
            self.add("survey", 1, "missing_column", column="type")
            return items, scores, intro, lists_used
        if "name" not in survey.header:
            self.add("survey", 1, "missing_column", column="name")
        for number, cells in survey.rows:
            row = _Row(number, cells)
            kind = " ".join(row.get("type").split())
            word = kind.split(" ")[0].lower() if kind else ""
            name = row.get("name")
            if not kind or word in METADATA_TYPES:
                continue
            if word in ("begin", "end", "begin_group", "end_group", "begin_repeat", "end_repeat"):
                self.add("survey", number, "groups")
                continue
            if word == "note":
                if items or scores:
                    self.add("survey", number, "late_note")
                else:
                    self.intro_row = self.intro_row or number
                    for lang, text in self._labels(row, labels).items():
                        intro[lang] = f"{intro[lang]}\n{text}" if lang in intro else text
                continue
            if word not in ("select_one", "integer", "calculate"):
                self.add("survey", number, "bad_type", type=kind)
                continue
            if not name:
                self.add("survey", number, "missing_name")
                continue
            if not ITEM_NAME.fullmatch(name):
                self.add("survey", number, "bad_name", name=name)
                continue
            if name in names:
                self.add("survey", number, "duplicate_name", name=name, other=names[name])
                continue
            names[name] = number
            if word == "calculate":
                self._score(row, name, labels, scores)
            else:
                self._item(row, kind, word, name, labels, items, lists_used)
        if not items:
            self.add("survey", None, "no_questions")
        return items, scores, intro, lists_used

    def _score(
        self, row: _Row, name: str, labels: dict[str, str], scores: list[dict[str, Any]]
    ) -> None:
        formula = row.get("calculation")
        if not formula:
            self.add("survey", row.number, "missing_calculation", name=name)
            return
        label = self._labels(row, labels) or {"en": name}
        if "en" not in label:
            self.add("survey", row.number, "missing_label", name=name)
        scores.append({"name": name, "label": label, "formula": formula, "_row": row.number})

    def _item(
        self,
        row: _Row,
        kind: str,
        word: str,
        name: str,
        labels: dict[str, str],
        items: list[dict[str, Any]],
        lists_used: dict[str, int],
    ) -> None:
        number = row.number
        label = self._labels(row, labels)
        if "en" not in label:
            self.add("survey", number, "missing_label", name=name)
        required = self._yes_no(row, "survey", "required")
        reverse = self._yes_no(row, "survey", "saphan::reverse")
        item: dict[str, Any] = {"name": name, "label": label}
        if word == "select_one":
            parts = kind.split(" ")
            if len(parts) != 2:
                self.add("survey", number, "bad_type", type=kind)
                return
            if not ITEM_NAME.fullmatch(parts[1]):
                self.add("survey", number, "bad_list_name", list=parts[1])
                return
            item["choices"] = parts[1]
            item["reverse"] = reverse
            lists_used.setdefault(parts[1], number)
        else:
            if reverse:
                self.add("survey", number, "reverse_not_select")
            low, high = _constraint_bounds(row.get("constraint")) or (None, None)
            if low is None or high is None or high - low > MAX_INTEGER_SPAN:
                self.add("survey", number, "bad_constraint", limit=MAX_INTEGER_SPAN)
                return
            item["choices"] = f"_int_{_list_number(low)}_{_list_number(high)}"
            item["reverse"] = False
            item["_integer"] = (low, high)
        item["required"] = required
        item["relevant"] = row.get("relevant") or None
        item["_row"] = number
        items.append(item)

    def _references(self, survey: _Sheet, names: set[str]) -> None:
        for number, cells in survey.rows:
            row = _Row(number, cells)
            for column in ("relevant", "calculation"):
                for ref in REFERENCE.findall(row.get(column)):
                    if ref not in names:
                        self.add("survey", number, "unknown_reference", column=column, name=ref)

    def _ordered_scores(self, scores: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The scores in an order where each uses only scores before it (XLSForm's calculates
        may come in any order); a circle is a problem on each of its rows."""
        by_name = {s["name"]: s for s in scores}
        order: list[dict[str, Any]] = []
        state: dict[str, int] = {}  # 1 visiting, 2 done

        def visit(name: str, path: list[str]) -> None:
            if state.get(name) == 2:
                return
            if state.get(name) == 1:
                cycle = [*path[path.index(name) :], name]
                text = " → ".join(f"'{n}'" for n in cycle)
                for member in cycle[:-1]:
                    self.add("survey", by_name[member]["_row"], "circular", cycle=text)
                return
            state[name] = 1
            for ref in REFERENCE.findall(by_name[name]["formula"]):
                if ref in by_name:
                    visit(ref, [*path, name])
            state[name] = 2
            order.append(by_name[name])

        for score in scores:
            visit(score["name"], [])
        return order

    def _result(self, settings: dict[str, Any] | None, scores: list[dict[str, Any]]) -> str:
        if not scores:
            survey = self.sheets["survey"]
            if not any(c.get("type", "").strip() == "calculate" for _, c in survey.rows):
                self.add("survey", None, "no_scores")
            return ""
        if settings is None or not settings["result"]:
            return str(max(scores, key=lambda s: s["_row"])["name"])  # the last calculate row
        if settings["result"] not in {s["name"] for s in scores}:
            self.add("settings", settings["row"], "unknown_result", name=settings["result"])
        return str(settings["result"])

    # choices

    def _choices(self, lists_used: dict[str, int]) -> dict[str, list[dict[str, Any]]]:
        sheet = self.sheets.get("choices")
        if sheet is None:
            for name, number in lists_used.items():
                self.add("survey", number, "no_choices_sheet", list=name)
            return {}
        for column in ("list_name", "name"):
            if column not in sheet.header:
                self.add("choices", 1, "missing_column", column=column)
        labels = self._label_columns("choices", sheet.header)
        lists: dict[str, list[dict[str, Any]]] = {}
        seen: dict[tuple[str, int], int] = {}
        for number, cells in sheet.rows:
            row = _Row(number, cells)
            list_name, value_text = row.get("list_name"), row.get("name")
            if not list_name:
                continue
            value = _whole(value_text)
            if value is None:
                self.add("choices", number, "choice_not_integer", value=value_text)
                continue
            if (list_name, value) in seen:
                self.add(
                    "choices",
                    number,
                    "duplicate_choice",
                    value=value_text,
                    list=list_name,
                    other=seen[(list_name, value)],
                )
                continue
            seen[(list_name, value)] = number
            label = self._labels(row, labels) if list_name in lists_used else {}
            if list_name in lists_used and "en" not in label:
                self.add("choices", number, "missing_label", name=f"{list_name} {value_text}")
            lists.setdefault(list_name, []).append({"value": value, "label": label, "_row": number})
        for name, number in lists_used.items():
            if name not in lists:
                self.add("survey", number, "unknown_list", list=name)
        return {name: lists[name] for name in lists_used if name in lists}

    # bands and alerts

    def _bands(self, names: set[str]) -> list[dict[str, Any]]:
        sheet = self.sheets.get("saphan_bands")
        if sheet is None:
            return []
        for column in ("code", "from", "to"):
            if column not in sheet.header:
                self.add("saphan_bands", 1, "missing_column", column=column)
        labels = self._label_columns("saphan_bands", sheet.header)
        bands: list[dict[str, Any]] = []
        codes: dict[str, int] = {}
        for number, cells in sheet.rows:
            row = _Row(number, cells)
            code = row.get("code")
            if not CODE.fullmatch(code):
                self.add("saphan_bands", number, "bad_band_code", value=code)
                continue
            if code in codes:
                self.add("saphan_bands", number, "duplicate_code", value=code, other=codes[code])
                continue
            codes[code] = number
            start = self._number(row, "saphan_bands", "from", required=True)
            end = self._number(row, "saphan_bands", "to", required=True)
            label = self._labels(row, labels)
            if "en" not in label:
                self.add("saphan_bands", number, "missing_label", name=code)
            if start is None or end is None:
                continue
            if start > end:
                self.add("saphan_bands", number, "band_order", start=start, end=end)
                continue
            bands.append({"code": code, "from": start, "to": end, "label": label, "_row": number})
        return bands

    def _check_bands(
        self, bands: list[dict[str, Any]], low: float | None, high: float | None
    ) -> None:
        """Bands cover the score's range, one after another: no overlap, no gap (bands of whole
        numbers: 0-4 then 5-9)."""
        ordered = sorted(bands, key=lambda b: (b["from"], b["_row"]))
        for before, band in itertools.pairwise(ordered):
            if band["from"] <= before["to"]:
                self.add("saphan_bands", band["_row"], "band_overlap", other=before["_row"])
            elif band["from"] - before["to"] > 1:
                self.add("saphan_bands", band["_row"], "band_gap", other=before["_row"])
        if low is None or high is None:
            return
        for band in ordered:
            if band["from"] < low or band["to"] > high:
                self.add("saphan_bands", band["_row"], "band_outside", start=low, end=high)

    def _range(
        self, settings: dict[str, Any] | None, bands: list[dict[str, Any]]
    ) -> tuple[float | None, float | None]:
        if settings is None:
            return None, None
        low, high = settings["min"], settings["max"]
        if low is None and bands:
            low = min(b["from"] for b in bands)
        if high is None and bands:
            high = max(b["to"] for b in bands)
        if low is None or high is None:
            self.add("settings", settings["row"], "no_range")
        return low, high

    def _alerts(self, names: set[str]) -> list[dict[str, Any]]:
        sheet = self.sheets.get("saphan_alerts")
        if sheet is None:
            return []
        for column in ("code", "when"):
            if column not in sheet.header:
                self.add("saphan_alerts", 1, "missing_column", column=column)
        labels = self._label_columns("saphan_alerts", sheet.header)
        alerts: list[dict[str, Any]] = []
        codes: dict[str, int] = {}
        for number, cells in sheet.rows:
            row = _Row(number, cells)
            code, when = row.get("code"), row.get("when")
            if not CODE.fullmatch(code):
                self.add("saphan_alerts", number, "bad_band_code", value=code)
                continue
            if code in codes:
                self.add("saphan_alerts", number, "duplicate_code", value=code, other=codes[code])
                continue
            codes[code] = number
            if not when:
                self.add("saphan_alerts", number, "missing_when")
                continue
            for ref in REFERENCE.findall(when):
                if ref not in names:
                    self.add("saphan_alerts", number, "unknown_reference", column="when", name=ref)
            label = self._labels(row, labels)
            if "en" not in label:
                self.add("saphan_alerts", number, "missing_label", name=code)
            alerts.append({"code": code, "when": when, "label": label, "_row": number})
        return alerts


def _language(text: str) -> str | None:
    """The language code of a column's language part: "English (en)", "Burmese (my)", "Thai"."""
    text = " ".join(text.split())
    found = re.fullmatch(r"(.*?)\s*\(([A-Za-z-]+)\)", text)
    if found:
        code = found.group(2).lower()
        return code if code in LANGUAGES else None
    if text.lower() in LANGUAGES:
        return text.lower()
    return LANGUAGE_NAMES.get(text.lower())


def _list_number(n: int) -> str:
    """A number as part of a list's name: -5 → m5."""
    return f"m{-n}" if n < 0 else str(n)


def _whole(text: str) -> int | None:
    if re.fullmatch(r"[+-]?\d{1,12}", text.strip()):
        return int(text)
    return None


def _number(text: str) -> int | float | None:
    whole = _whole(text)
    if whole is not None:
        return whole
    if re.fullmatch(r"[+-]?\d{1,12}(\.\d{1,12})?", text.strip()):
        return float(text)
    return None


_BOUND = re.compile(r"\.\s*(>=|<=)\s*([+-]?\d{1,9})")


def _constraint_bounds(text: str) -> tuple[int | None, int | None] | None:
    """(min, max) of ``. >= MIN and . <= MAX`` (either part alone too); None if the constraint
    says anything else."""
    if not text:
        return None, None
    parts = [p.strip() for p in re.split(r"\s+and\s+", text.strip())]
    low: int | None = None
    high: int | None = None
    for part in parts:
        found = _BOUND.fullmatch(part)
        if not found:
            return None
        if found.group(1) == ">=" and low is None:
            low = int(found.group(2))
        elif found.group(1) == "<=" and high is None:
            high = int(found.group(2))
        else:
            return None
    if low is not None and high is not None and low > high:
        return None
    return low, high


def import_xlsform(store: Store, path: Path) -> InstrumentInfo:
    """Read the form at ``path`` and store it as an instrument (a new version if its code
    exists with other content; nothing new if that content is stored already), all or
    nothing: :class:`~db.errors.FormProblems` lists every problem and nothing is stored.
    Admins only (:data:`Permission.SETTINGS`), checked before the file is read."""
    from db.instruments.store import add_instrument
    from db.permissions import Permission

    store.require(Permission.SETTINGS)
    definition = read_xlsform(path)
    return add_instrument(store, definition)


def problem_lines(problems: Iterable[FormProblem]) -> list[str]:
    """Each problem as one line of English, as the command line prints them."""
    return [str(p) for p in problems]
