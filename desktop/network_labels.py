"""Words for the shared network's codes: service categories and statuses, the languages a
service is offered in, why a bundle file was rejected, network errors.

A sibling of :mod:`desktop.labels` (same ``"Labels"`` translation context), kept apart so that
module stays under the size where it should be split.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.errors import SaphanError
from desktop.labels import error_message
from directory.errors import BundleInvalid, FolderUnreachable, NetworkInvalid, NotAMember

translate = QCoreApplication.translate


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


def rejected_reason_label(reason: str) -> str:
    """Why the coordinator's merge skipped a file of the shared folder."""
    labels = {
        "bad_filename": translate("Labels", "The file name is not a CSO code (e.g. BEAM.json)."),
        "unreadable": translate("Labels", "The file cannot be read."),
        "not_a_file": translate("Labels", "This is not a regular file."),
        "too_large": translate("Labels", "The file is too large to be a bundle."),
        "too_deep": translate("Labels", "The file is nested too deeply to be a bundle."),
        "unparsable": translate("Labels", "The file is not valid JSON (it may be incomplete)."),
        "invalid": translate("Labels", "The file does not have the form of a bundle."),
        "unknown_schema": translate("Labels", "The file is not a Saphan bundle."),
        "bad_signature": translate(
            "Labels", "The signature does not match: the file was changed after it was signed."
        ),
        "other_network": translate("Labels", "The bundle belongs to another network."),
        "filename_mismatch": translate("Labels", "The file name does not match the CSO inside."),
        "unknown_member": translate("Labels", "The CSO is not a member of the network."),
        "wrong_key": translate("Labels", "The CSO's key is not the one registered."),
        "threshold_too_low": translate(
            "Labels", "The bundle withheld fewer small counts than the network requires."
        ),
        "small_cell": translate(
            "Labels", "The bundle shows a count below the threshold: it could identify people."
        ),
        "stale_revision": translate(
            "Labels", "An older revision than one already merged (e.g. from an old backup)."
        ),
        "unsigned": translate("Labels", "The bundle is not signed."),
    }
    return labels.get(reason, translate("Labels", "The file failed a check ({code}).")).format(
        code=reason
    )


def network_problem_label(reason: str) -> str:
    labels = {
        "bad_signature": translate(
            "Labels",
            "The network file is not signed by the coordinator's key. Do not use it; ask the "
            "coordinator.",
        ),
        "schema": translate("Labels", "The network file does not have the expected form."),
        "invalid": translate("Labels", "The shared directory file does not have the right form."),
        "fingerprint_mismatch": translate(
            "Labels",
            "The fingerprint does not match the public key. Check both with the CSO again.",
        ),
        "wrong_coordinator_key": translate(
            "Labels", "This database does not hold the coordinator's key for this network."
        ),
        "unsigned": translate("Labels", "The network file is not signed."),
        "unreadable": translate("Labels", "There is no network file in the shared folder yet."),
    }
    return labels.get(reason) or rejected_reason_label(reason)


def folder_unreachable_message() -> str:
    return translate(
        "Labels",
        "The shared folder is not reachable. Your counts are safe here; publish again when the "
        "folder is connected.",
    )


def network_error_message(error: SaphanError) -> str:
    """A sentence for an error of the sharing layer (or any store error)."""
    if isinstance(error, FolderUnreachable):
        return folder_unreachable_message()
    if isinstance(error, NotAMember):
        return translate(
            "Labels",
            "This CSO is not a member of the network yet (or with another key). Read your key "
            "fingerprint to the coordinator, then pull the new network file.",
        )
    if isinstance(error, NetworkInvalid | BundleInvalid):
        return network_problem_label(error.reason)
    return error_message(error)
