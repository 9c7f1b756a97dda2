"""What is wrong with an instrument definition or an imported form: the problems, one each,
and the errors that carry them (kept out of db.errors, which imports nothing)."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.errors import SaphanError


class InstrumentInvalid(SaphanError):
    """An instrument definition did not pass validation; ``problems`` (a list of
    :class:`db.instruments.definition.Problem`) says each thing wrong and where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.where}: {p.code}" for p in problems[:5]))
        self.problems = problems


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an instrument definition: ``where`` (a path such as
    ``items[3].choices``, or a sheet and row given by the caller), a ``code`` and a detail."""

    where: str
    code: str
    detail: str = ""


@dataclass(frozen=True)
class FormProblem:
    """One thing wrong with an imported form (db.instruments.xlsform), where a person finds it:
    ``sheet`` ("survey", "choices", "settings", "saphan_bands", "saphan_alerts", or "" for the
    file itself) and ``row`` (as Excel numbers it; 1 is the header row; None for the whole
    sheet). ``code`` names the problem, ``values`` fill its sentence (the names and words of
    the form, never a person's data) and ``detail`` is that sentence in English."""

    sheet: str
    row: int | None
    code: str
    detail: str
    values: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def where(self) -> str:
        """ "survey row 7", "choices" or "" (the file)."""
        if not self.sheet:
            return ""
        return self.sheet if self.row is None else f"{self.sheet} row {self.row}"

    def __str__(self) -> str:
        return f"{self.where}: {self.detail}" if self.where else self.detail


class FormProblems(SaphanError):
    """An imported form was refused, and nothing of it was stored: every problem found, at
    most one per row, in the order of the sheets and rows."""

    def __init__(self, problems: list[FormProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems
