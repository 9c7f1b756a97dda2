"""``saphan donor-report`` through the real entry point (``python -m desktop``, a fresh
process with no display): it merges the shared folder as ``saphan merge`` does and writes the
donor report in the language asked for."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document

from db import setup
from db.beneficiaries import find_people
from db.demo import fill_demo_data
from db.types import PersonQuery
from desktop.coordinator.donor_report import Words
from directory import folder as shared
from directory import signing
from tests.conftest import ADMIN_PASSWORD
from tests.directory.conftest import COORDINATOR_KEY, TODAY, member_network

ROOT = Path(__file__).resolve().parents[1]


def saphan(*argv: str, home: Path) -> subprocess.CompletedProcess[str]:
    # No DISPLAY and no QT_QPA_PLATFORM: the command draws its charts offscreen by itself.
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


NAMES: list[str] = []  # the people's names and codes of the CSOs (filled by the fixture)


@pytest.fixture
def network_folder(tmp_path: Path) -> Path:
    NAMES.clear()
    stores = []
    for n, (code, people) in enumerate((("BEAM", 40), ("KAQ", 20))):
        store = setup.create_cso_database(
            tmp_path / code / "saphan.db",
            cso_code=code,
            cso_name=f"{code} Foundation",
            admin_username="admin",
            admin_full_name="Admin",
            admin_password=ADMIN_PASSWORD,
        ).store
        fill_demo_data(store, people, seed=n + 1, today=TODAY)
        rows = find_people(store, PersonQuery(), 0, 1000)
        NAMES.extend([r.name_latin for r in rows if r.name_latin] + [r.code for r in rows])
        stores.append(store)
    network = member_network(*stores)
    folder = tmp_path / "shared"
    shared.write_network(folder, network)
    for store in stores:
        shared.publish_bundle(store, network, folder, today=TODAY)
        store.close()
    return folder


def test_donor_report_from_the_shell(network_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "donor.docx"
    key = signing.public_key_hex(COORDINATOR_KEY)
    done = saphan(
        "donor-report", "--folder", str(network_folder), "--out", str(out), "--language", "th",
        "--network-key", key, "--state", str(tmp_path / "state.json"), home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "accepted  BEAM" in done.stdout
    assert f"Merged 2 of 2 CSOs (0 files rejected); wrote the donor report to {out}." in (
        done.stdout
    )
    doc = Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "ความคืบหน้าเทียบกับเป้าหมาย" in headings  # in Thai
    assert Words("th")("Progress against the targets") in headings
    assert len(doc.inline_shapes) >= 2  # the progress and trend charts at least
    # No person's name or code is in the report (nor printed).
    with zipfile.ZipFile(out) as z:
        text = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert len(NAMES) > 60
    assert [n for n in NAMES if n in text + done.stdout] == []
    # The merge state was kept as saphan merge keeps it.
    assert (tmp_path / "state.json").is_file()


def test_donor_report_refuses_a_wrong_file_name_in_one_line(
    network_folder: Path, tmp_path: Path
) -> None:
    done = saphan(
        "donor-report", "--folder", str(network_folder), "--out", str(tmp_path / "d.pdf"),
        home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip() == "saphan: the output file must end in .docx"
    bad = saphan(
        "donor-report", "--folder", str(network_folder), "--out", str(tmp_path / "d.docx"),
        "--language", "fr", home=tmp_path,
    )  # fmt: skip
    assert bad.returncode == 2
    assert "invalid choice: 'fr'" in bad.stderr
