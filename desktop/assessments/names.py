"""Instruments in the reader's language: their names, and the language a person's questions
are read in.

A definition carries its own wording per language (its name too); where it has none in the
interface's language, the names of the scales Saphan ships are translated here (a name is not a
validated translation of the questions, so it may be). Anything else shows as the definition
gives it in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.instruments.definition import Definition
from desktop.i18n import current_language
from desktop.languages import fallbacks

translate = QCoreApplication.translate

# The languages questions can be read in (those the shipped wording exists in).
QUESTION_LANGUAGES = ("en", "my", "th")


def _shipped_names() -> dict[str, str]:
    """English name as shipped (db/instruments/library) -> the name in the interface's language."""
    return {
        "WHO-5 Well-Being Index": translate("Instruments", "WHO-5 Well-Being Index"),
        "PHQ-9 Patient Health Questionnaire": translate(
            "Instruments", "PHQ-9 Patient Health Questionnaire"
        ),
        "GAD-7 Generalized Anxiety Disorder scale": translate(
            "Instruments", "GAD-7 Generalized Anxiety Disorder scale"
        ),
        "Kessler Psychological Distress Scale (K10)": translate(
            "Instruments", "Kessler Psychological Distress Scale (K10)"
        ),
        "Kessler Psychological Distress Scale (K6)": translate(
            "Instruments", "Kessler Psychological Distress Scale (K6)"
        ),
        "PSYCHLOPS (Psychological Outcome Profiles)": translate(
            "Instruments", "PSYCHLOPS (Psychological Outcome Profiles)"
        ),
        "Refugee Health Screener-15 (RHS-15)": translate(
            "Instruments", "Refugee Health Screener-15 (RHS-15)"
        ),
        "WHODAS 2.0 (12 items)": translate("Instruments", "WHODAS 2.0 (12 items)"),
    }


def instrument_name(definition: Definition) -> str:
    """The instrument's name in the interface's language (its own wording first)."""
    for language in (current_language(), *fallbacks(current_language())):
        own = definition.name.get(language)
        if own:
            return own
    english = definition.name.get("en", "")
    return _shipped_names().get(english, english)


def question_language(person_language: str | None) -> str:
    """The language to read a person's questions in: the person's own (or, for S'gaw Karen,
    Burmese: its fallback) when questions exist in it, else the interface's, else English."""
    for code in (
        person_language or "",
        *fallbacks(person_language or ""),
        current_language(),
        *fallbacks(current_language()),
    ):
        if code in QUESTION_LANGUAGES:
            return code
    return "en"
