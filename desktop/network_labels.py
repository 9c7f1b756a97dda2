"""Words for the shared network's codes: service categories and statuses, the languages a
service is offered in (why a file was rejected, and network errors, are sentences of
:mod:`desktop.errors`).

A sibling of :mod:`desktop.labels` (same ``"Labels"`` translation context), kept apart so that
module stays under the size where it should be split.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
# (context, source) -> the source in some language: the app's, or a document's own.
Translate = Callable[[str, str], str]


def service_category_label(code: str) -> str:
    labels = {
        "mhpss": translate("Labels", "Psychosocial support (MHPSS)"),
        "legal_aid": translate("Labels", "Legal aid"),
        "documentation": translate("Labels", "Documents and registration"),
        "health_referral": translate("Labels", "Health referral"),
        "education_mlc": translate("Labels", "Education (migrant learning centres)"),
        "thai_language": translate("Labels", "Thai language"),
        "vocational": translate("Labels", "Vocational training"),
        "safe_shelter": translate("Labels", "Safe shelter"),
        "gbv_child_protection": translate("Labels", "GBV and child protection"),
        "livelihoods": translate("Labels", "Livelihoods"),
        "food_cash": translate("Labels", "Food and cash assistance"),
        "other": translate("Labels", "Other"),
    }
    return labels.get(code, code)


def service_status_label(status: str) -> str:
    labels = {
        "active": translate("Labels", "Active"),
        "inactive": translate("Labels", "Inactive"),
        "defunct": translate("Labels", "Closed for good"),
        "temporarily closed": translate("Labels", "Temporarily closed"),
    }
    return labels.get(status, status)


def service_language_label(code: str) -> str:
    labels = {
        "my": translate("Labels", "Burmese"),
        "ksw": translate("Labels", "S'gaw Karen"),
        "th": translate("Labels", "Thai"),
        "en": translate("Labels", "English"),
        "shn": translate("Labels", "Shan"),
        "mnw": translate("Labels", "Mon"),
    }
    return labels.get(code, code)


def network_programme_label(code: str, name: str, translate: Translate = translate) -> str:
    """A network programme's name in the reader's language: the pilot's programmes are
    translated while the network file still gives them their English name (a network that
    renamed one keeps its own name). ``translate`` is a document's own language (the donor
    report's) where that is not the app's."""
    pilot = {
        "mhpss": (
            "Psychosocial support (MHPSS)",
            translate("Labels", "Psychosocial support (MHPSS)"),
        ),
        "social_protection": (
            "Social-protection awareness",
            translate("Labels", "Social-protection awareness"),
        ),
        "thai_language": ("Thai language", translate("Labels", "Thai language")),
        "vocational": ("Vocational training", translate("Labels", "Vocational training")),
        "youth": ("Youth engagement", translate("Labels", "Youth engagement")),
        "safe_space": (
            "Safe space for women and girls",
            translate("Labels", "Safe space for women and girls"),
        ),
        "participatory": (
            "Participatory projects for women's engagement",
            translate("Labels", "Participatory projects for women's engagement"),
        ),
    }
    english, translated = pilot.get(code, ("", ""))
    return (translated or english) if name == english else name
