"""The referral slip carries the referral's code large and as a QR code that a scanner reads
back: from the picture in the document, and from the printed page (LibreOffice renders it)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from db import referral_codes
from desktop.referrals.slip_docx import SlipDetails, qr_png, slip_bytes
from tests.desktop.qr_helpers import decode_image, slip_qr_codes


def slip(code: str) -> SlipDetails:
    return SlipDetails(
        "BEAM-000123", "Ma Hnin Ei", "မနှင်းအိ", "Legal aid", "KWA Legal clinic",
        dt.date(2026, 3, 1), "Documentation advice", "urgent", "BEAM Education Foundation",
        "Daw Khin Myo", dt.date(2026, 3, 15), code,
    )  # fmt: skip


def test_the_qr_code_reads_back_as_the_referral_code(qapp) -> None:
    for cso in ("BEAM", "ABCDEFGHIJ12"):
        code = referral_codes.new_code(cso)
        assert decode_image(qr_png(code)) == [code]
        for language in ("en", "my", "th"):
            assert slip_qr_codes(slip_bytes(slip(code), language)) == [code]


def test_a_slip_without_a_referral_code_has_no_qr_code(qapp) -> None:
    assert slip_qr_codes(slip_bytes(slip(""), "en")) == []


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("libreoffice") and shutil.which("pdftoppm") and shutil.which("pdftotext")),
    reason="needs libreoffice and poppler-utils",
)
def test_the_printed_slip_scans(qapp, tmp_path: Path) -> None:
    code = referral_codes.new_code("KWA2")
    docs = []
    for language in ("en", "my"):
        path = tmp_path / f"slip-{language}.docx"
        path.write_bytes(slip_bytes(slip(code), language))
        docs.append(path)
    profile = tmp_path / f"lo-profile-{uuid.uuid4().hex}"
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, docs)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    for doc in docs:
        pdf = doc.with_suffix(".pdf")
        # As a printer at 100 dpi would put it on paper, in grey.
        subprocess.run(
            ["pdftoppm", "-r", "100", "-gray", "-singlefile", str(pdf), str(doc.with_suffix(""))],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        page = doc.with_suffix(".pgm").read_bytes()
        assert decode_image(page) == [code], doc.name
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        assert code in text  # large, on one line, as typed on the receiving page
