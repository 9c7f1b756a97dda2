"""Custom fields in words: their kinds, and the problems db.custom_fields reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db import custom_fields
from db.custom_fields import Kind
from desktop.labels import problem_message

translate = QCoreApplication.translate


def kind_name(kind: Kind) -> str:
    names = {
        Kind.TEXT: translate("CustomFields", "Text"),
        Kind.NUMBER: translate("CustomFields", "Number"),
        Kind.DATE: translate("CustomFields", "Date"),
        Kind.CHOICE: translate("CustomFields", "Choice from a list"),
        Kind.YES_NO: translate("CustomFields", "Yes or no"),
    }
    return names[kind]


def value_problem(code: str) -> str:
    """A sentence for a problem with a custom field's value."""
    words = {
        custom_fields.NOT_A_NUMBER: translate(
            "CustomFields", "Enter a number, for example 3 or 2.5."
        ),
        custom_fields.NOT_A_DATE: translate(
            "CustomFields", "Enter the date as day/month/year, for example 23/11/2024."
        ),
        custom_fields.NOT_A_CHOICE: translate("CustomFields", "Choose one of the answers."),
        custom_fields.NOT_YES_NO: translate("CustomFields", "Choose yes or no."),
        custom_fields.UNKNOWN_FIELD: translate(
            "CustomFields", "This field no longer exists. Close the form and open it again."
        ),
        "too_long": translate("CustomFields", "This is too long (at most 500 characters)."),
    }
    return words.get(code) or problem_message("", code)


def definition_problem(key: str, code: str) -> str:
    """A sentence for a problem with a field's definition (the admin's dialog)."""
    if key.startswith("choices[") and key.endswith(".labels.en") and code == "required":
        return translate("CustomFields", "Give every answer an English label.")
    if key.startswith("choices[") and code == custom_fields.DUPLICATE:
        return translate("CustomFields", "Two answers are the same. Make each one different.")
    if key.startswith("choices[") and code == custom_fields.BAD_CODE:
        return translate(
            "CustomFields", "Give every answer an English label with letters or digits."
        )
    words = {
        ("code", "required"): translate("CustomFields", "Enter a short code for the field."),
        ("code", custom_fields.BAD_CODE): translate(
            "CustomFields",
            "Use 2 to 40 small letters, digits or underscores, starting with a letter "
            "(e.g. housing_type).",
        ),
        ("code", custom_fields.CODE_TAKEN): translate(
            "CustomFields", "Another field has this code. Choose another one."
        ),
        ("labels.en", "required"): translate(
            "CustomFields", "Enter the field's name in English (the other languages are optional)."
        ),
        ("choices", custom_fields.NO_CHOICES): translate(
            "CustomFields", "Add at least one answer to choose from."
        ),
        ("choices", custom_fields.CHOICE_IN_USE): translate(
            "CustomFields",
            "An answer you removed is the answer of some records. Keep it, or change those "
            "records first.",
        ),
        ("choices", "too_long"): translate("CustomFields", "Use at most 60 answers."),
        ("kind", custom_fields.LOCKED): translate(
            "CustomFields", "Records have values of this field: its kind cannot change any more."
        ),
        ("entity", custom_fields.LOCKED): translate(
            "CustomFields",
            "Records have values of this field: it cannot move between people and sessions.",
        ),
        ("field", custom_fields.HAS_VALUES): translate(
            "CustomFields", "Records have values of this field: deactivate it instead."
        ),
    }
    if (key, code) in words:
        return words[(key, code)]
    if code == "too_long":
        return translate("CustomFields", "This is too long (at most 120 characters).")
    return problem_message(key, code)
