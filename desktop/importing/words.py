"""Words for the import's fields, problem codes and file problems, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db import custom_fields
from db.importing import RowProblem
from desktop.custom_fields.words import value_problem
from desktop.labels import problem_message

translate = QCoreApplication.translate


def field_label(field: str) -> str:
    """What a target field is called in the column-mapping combo and in problems."""
    labels = {
        "wg_seeing": translate("Import", "Difficulty seeing"),
        "wg_hearing": translate("Import", "Difficulty hearing"),
        "wg_walking": translate("Import", "Difficulty walking"),
        "wg_remembering": translate("Import", "Difficulty remembering"),
        "wg_selfcare": translate("Import", "Difficulty with self-care"),
        "wg_communicating": translate("Import", "Difficulty communicating"),
        "name": translate("Import", "Name (any script)"),
        "name_latin": translate("Import", "Name (Latin letters)"),
        "name_script": translate("Import", "Name (Myanmar/Thai script)"),
        "sex": translate("Import", "Sex"),
        "birth": translate("Import", "Date of birth / age"),
        "birth_date": translate("Import", "Date of birth"),
        "birth_year": translate("Import", "Birth year"),
        "age": translate("Import", "Age"),
        "nationality": translate("Import", "Nationality"),
        "population_group": translate("Import", "Population group"),
        "documentation": translate("Import", "Documentation"),
        "phone": translate("Import", "Phone"),
        "area": translate("Import", "Area"),
        "language": translate("Import", "Language"),
        "consent_date": translate("Import", "Consent date"),
        "consent_services": translate("Import", "Consent: services"),
        "consent_referral": translate("Import", "Consent: referral"),
        "consent_data_use": translate("Import", "Consent: data use"),
        "notes": translate("Import", "Notes"),
        "washington_group": translate("Import", "Washington Group questions"),
    }
    return labels.get(field, field)


def problem_text(problem: RowProblem) -> str:
    """One problem of a row, e.g. "Phone: Enter a Thai (…) or Myanmar (…) phone number." """
    specific = {
        "date_format": translate(
            "Import", "The date cannot be read. Write it as day/month/year, e.g. 12/03/1990."
        ),
        "sex_unknown": translate("Import", "Write Female, Male or Other (or F, M, မ, ကျား, ญ, ช)."),
        "value_unknown": translate("Import", "This is not one of the choices Saphan knows."),
        "not_a_number": translate("Import", "This should be a number."),
        "example_row": translate(
            "Import", "This is the template's example row. Delete it from the file."
        ),
        "mapped_twice": translate("Import", "Two columns are set to this field."),
        "control_character": translate(
            "Import",
            "This cell holds an invisible control character. Type the text again in the file, "
            "then import it again.",
        ),
    }
    if problem.field.startswith(custom_fields.PREFIX):  # one of the admin's own fields
        return translate("Import", "{field}: {message}").format(
            field=problem.field.removeprefix(custom_fields.PREFIX),
            message=value_problem(problem.code),
        )
    if problem.field == "age" or (problem.field == "birth" and problem.code == "out_of_range"):
        message = translate("Import", "The age must be a number of years, at most 110.")
    elif problem.field == "washington_group":
        message = translate("Import", "Answer with 1, 2, 3 or 4 (no difficulty … cannot do).")
    elif problem.code in specific:
        message = specific[problem.code]
    else:
        message = problem_message(problem.field, problem.code)
    return translate("Import", "{field}: {message}").format(
        field=field_label(problem.field), message=message
    )


def skipped_reason_text(reason: str) -> str:
    return {
        "problems": translate("Import", "has problems"),
        "duplicate": translate("Import", "possible duplicate"),
        "chosen": translate("Import", "not ticked"),
    }.get(reason, reason)
