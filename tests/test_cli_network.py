"""The network's headless commands end to end: three small CSOs write their bundle, publish into
one shared folder, and the coordinator merges it, hostile files and all. No person's data
appears in any file written or anything printed."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest

from db import setup, sharing
from db.activities import ActivityType, SessionInput, log_session
from db.beneficiaries import find_people, register_person
from db.demo import fill_demo_data
from db.programmes import list_programmes
from db.referrals import ReferralInput, add_partner_service, refer_person
from db.services import ServiceInput, save_service
from db.store import Store
from db.types import PersonInput, PersonQuery, PopulationGroup, Sex
from desktop import cli
from directory import folder as shared
from directory import network as net
from directory import signing
from tests.conftest import ADMIN_PASSWORD
from tests.directory.conftest import COORDINATOR_KEY, member_network

CSOS = (("BEAM", 40), ("KAQ", 30), ("SAW", 25))
CANARY = "Canaryzebra Thiri"
CANARY_PHONE = "0891234567"


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)


# Bundle revisions are counted by the clock (whole minutes since the epoch * 64 + the laptop's
# device number); held still here, a CSO's publishes are FIRST, FIRST + 64, FIRST + 128, ...
NOW = dt.datetime(2026, 6, 15, 8, 0, tzinfo=dt.UTC)
FIRST = int(NOW.timestamp()) // 60 * 64
SECOND, THIRD = FIRST + 64, FIRST + 128


@pytest.fixture(autouse=True)
def revision_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sharing, "utc_now", lambda: NOW)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _db(root: Path, code: str) -> Path:
    return root / code / "saphan.db"


def _make_cso(root: Path, code: str, people: int, n: int) -> tuple[Store, list[str]]:
    store = setup.create_cso_database(
        _db(root, code),
        cso_code=code,
        cso_name=f"{code} Foundation",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store
    fill_demo_data(store, people, seed=n, today=dt.date(2026, 6, 15))
    save_service(
        store, ServiceInput(name=f"{code} counselling", category="mhpss", languages=["my"])
    )
    person = register_person(
        store,
        PersonInput(
            name_latin=f"{CANARY} {code}",
            sex=Sex.FEMALE,
            population_group=PopulationGroup.NEW_ARRIVAL,
            consent_date=dt.date(2025, 1, 5),
            birth_date=dt.date(1991, 3, 4),
            phone=CANARY_PHONE,
            notes="Canarynote",
        ),
    )
    log_session(
        store,
        SessionInput(
            activity_type=ActivityType.AWARENESS,
            programme_id=list_programmes(store)[0].id,
            date=dt.date(2025, 2, 10),
            topic="Canarytopic",
            attendee_ids=[person.id],
        ),
    )
    rows = find_people(store, PersonQuery(), 0, 1000)
    secrets = [r.name_latin for r in rows if r.name_latin] + [r.code for r in rows]
    return store, secrets


@pytest.fixture
def network_folder(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    stores, secrets = [], []
    for n, (code, people) in enumerate(CSOS):
        store, names = _make_cso(tmp_path, code, people, n + 1)
        stores.append(store)
        secrets += names
    network = member_network(*stores)
    for store in stores:
        store.close()
    folder = tmp_path / "shared"
    shared.write_network(folder, network)
    return tmp_path, folder, secrets


def _text_of(path: Path) -> str:
    if path.suffix in (".xlsx", ".docx"):
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return path.read_bytes().decode("utf-8", "replace")


def _no_person_in(text: str, secrets: list[str]) -> None:
    for needle in [
        *secrets,
        CANARY,
        "Canaryzebra",
        CANARY_PHONE,
        "Canarynote",
        "Canarytopic",
        "1991-03-04",
    ]:
        assert needle not in text, needle


def test_bundle_publish_merge_end_to_end(
    capsys: pytest.CaptureFixture[str], network_folder: tuple[Path, Path, list[str]]
) -> None:
    root, folder, secrets = network_folder
    printed = ""

    # The preview bundle, with the network file given explicitly.
    preview = root / "BEAM-preview.json"
    code, out, err = run(
        capsys,
        "bundle",
        "--db",
        str(_db(root, "BEAM")),
        "--user",
        "admin",
        "--out",
        str(preview),
        "--network",
        str(folder / "network.json"),
    )
    assert (code, err) == (0, ""), err
    printed += out
    document = json.loads(preview.read_text(encoding="utf-8"))
    assert document["cso"]["code"] == "BEAM"
    assert "signature" not in document  # a preview: unsigned, the revision not reserved
    assert [s["name"] for s in document["services"]] == ["BEAM counselling"]

    for cso, _ in CSOS:
        code, out, err = run(
            capsys,
            "publish",
            "--db",
            str(_db(root, cso)),
            "--user",
            "admin",
            "--folder",
            str(folder),
        )
        assert (code, err) == (0, ""), err
        assert f"Published revision {FIRST} to {folder / 'bundles' / (cso + '.json')}" in out
        printed += out

    # What was published is the preview, signed (same counts and services).
    published = json.loads((folder / "bundles" / "BEAM.json").read_text(encoding="utf-8"))
    for key in ("services", "programmes", "referrals", "cso"):
        assert published[key] == document[key]

    # Hostile files beside the real ones.
    (folder / "bundles" / "EVIL.json").write_text('{"schema": "saphan.bundle/1"}')
    (folder / "bundles" / "notes.txt").write_text("hello")
    forged = dict(published)
    forged["participatory_projects"] = 999
    (folder / "bundles" / "BEAM (1).json").write_text(json.dumps(forged))

    out_file = root / "merged.xlsx"
    key = signing.public_key_hex(COORDINATOR_KEY)
    code, out, err = run(
        capsys, "merge", "--folder", str(folder), "--out", str(out_file), "--network-key", key
    )
    assert (code, err) == (0, ""), err
    printed += out
    for cso, _ in CSOS:
        assert f"accepted  {cso}  revision {FIRST}" in out
    assert "REJECTED  EVIL.json: not in the form of a bundle" in out
    assert "REJECTED  notes.txt: the file name is not a CSO code" in out
    assert "REJECTED  BEAM (1).json: the signature does not match" in out
    assert "Merged 3 of 3 CSOs (3 files rejected)" in out
    assert out_file.stat().st_size > 0

    everything = printed + "".join(
        _text_of(p) for p in [preview, out_file, *sorted(folder.rglob("*.json"))]
    )
    _no_person_in(everything, secrets)


def test_publish_to_an_unreachable_folder_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], network_folder: tuple[Path, Path, list[str]]
) -> None:
    root, _folder, _ = network_folder
    code, _out, err = run(
        capsys,
        "publish",
        "--db",
        str(_db(root, "KAQ")),
        "--user",
        "admin",
        "--folder",
        str(root / "usb-stick-not-plugged-in"),
    )
    assert code == 2
    assert err.strip().count("\n") == 0
    assert "not reachable" in err
    assert "Traceback" not in err


def test_merge_with_the_wrong_coordinator_key_refuses(
    capsys: pytest.CaptureFixture[str], network_folder: tuple[Path, Path, list[str]]
) -> None:
    root, folder, _ = network_folder
    code, _out, err = run(
        capsys,
        "merge",
        "--folder",
        str(folder),
        "--out",
        str(root / "m.csv"),
        "--network-key",
        "ab" * 32,
    )
    assert code == 2
    assert err.strip() == ("saphan: the network file is not signed by the trusted coordinator key")
    assert not (root / "m.csv").exists()


def test_bundle_without_a_network_says_what_to_do(
    capsys: pytest.CaptureFixture[str], network_folder: tuple[Path, Path, list[str]]
) -> None:
    root, _folder, _ = network_folder
    code, _out, err = run(
        capsys,
        "bundle",
        "--db",
        str(_db(root, "SAW")),
        "--user",
        "admin",
        "--out",
        str(root / "b.json"),
    )
    assert code == 2
    assert "give --network FILE" in err


def _cso_with_three_referrals(root: Path) -> tuple[Path, str]:
    """A CSO that reached 6 women in one session and made 3 referrals that month (a figure
    below the threshold, so withheld). Returns the shared folder and the programme's code."""
    store = setup.create_cso_database(
        _db(root, "REF"),
        cso_code="REF",
        cso_name="Referrals Foundation",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store
    try:
        programme = list_programmes(store)[0]
        people = [
            register_person(
                store,
                PersonInput(
                    name_latin=f"Person {n}",
                    sex=Sex.FEMALE,
                    population_group=PopulationGroup.NEW_ARRIVAL,
                    consent_date=dt.date(2025, 3, 1),
                    birth_year=1990,
                    consent_referral=True,
                    consent_data_use=True,  # counted in shared figures
                ),
            )
            for n in range(6)
        ]
        log_session(
            store,
            SessionInput(
                activity_type=ActivityType.AWARENESS,
                programme_id=programme.id,
                date=dt.date(2025, 3, 10),
                attendee_ids=[p.id for p in people],
            ),
        )
        service = add_partner_service(store, "Mae Tao Clinic", "Health check")
        for p in people[:3]:
            refer_person(
                store,
                ReferralInput(
                    person_id=p.id,
                    service_id=service.id,
                    reason="health",
                    consent_confirmed=True,
                    programme_id=programme.id,
                    date=dt.date(2025, 3, 12),
                ),
            )
        network = member_network(store)
        code = programme.code
    finally:
        store.close()
    folder = root / "shared"
    shared.write_network(folder, network)
    return folder, code


def test_a_cso_with_three_referrals_in_a_month_is_merged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Most CSOs make 1-4 referrals in most months: that withheld figure must not make the
    whole bundle invalid and drop the CSO's people from the network's figures."""
    folder, programme = _cso_with_three_referrals(tmp_path)
    db = str(_db(tmp_path, "REF"))
    code, _out, err = run(capsys, "publish", "--db", db, "--user", "admin", "--folder", str(folder))
    assert (code, err) == (0, ""), err
    published = json.loads((folder / "bundles" / "REF.json").read_text(encoding="utf-8"))
    assert {"programme": programme, "period": "2025-03", "count": None} in published["referrals"]

    out_file = tmp_path / "merged.csv"
    key = signing.public_key_hex(COORDINATOR_KEY)
    code, out, err = run(
        capsys, "merge", "--folder", str(folder), "--out", str(out_file), "--network-key", key
    )
    assert (code, err) == (0, ""), err
    assert f"accepted  REF  revision {FIRST}" in out
    assert "REJECTED" not in out
    assert "Merged 1 of 1 CSOs (0 files rejected)" in out
    rows = list(csv.reader(io.StringIO(out_file.read_text(encoding="utf-8-sig"))))
    reached = {(r[0], r[1], r[2]): r[3] for r in rows[2:]}
    assert reached[("NETWORK", programme, "cumulative")] == "6"
    assert reached[("REF", programme, "2025-03")] == "6"


# --- the coordinator's merge remembers what it trusted and merged (issue 14, item 8) --------


OTHER_COORDINATOR = bytes(range(1, 33))


def _merge(
    capsys: pytest.CaptureFixture[str], folder: Path, out: Path, *extra: str
) -> tuple[int, str, str]:
    return run(capsys, "merge", "--folder", str(folder), "--out", str(out), *extra)


def _publish(capsys: pytest.CaptureFixture[str], root: Path, folder: Path) -> None:
    db = str(_db(root, "REF"))
    code, _out, err = run(capsys, "publish", "--db", db, "--user", "admin", "--folder", str(folder))
    assert (code, err) == (0, ""), err


def _resigned(network: net.Network, key: bytes) -> net.Network:
    """The same network file, claimed by another coordinator key."""
    claimed = network.model_copy(update={"coordinator_key": signing.public_key_hex(key)})
    return net.sign_network(claimed, key)


def test_merge_pins_the_coordinator_key_on_first_use(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, merge_state: Path
) -> None:
    folder, _ = _cso_with_three_referrals(tmp_path)
    _publish(capsys, tmp_path, folder)
    code, out, err = _merge(capsys, folder, tmp_path / "first.csv")
    assert (code, err) == (0, ""), err
    assert "Trusting the coordinator key" in out
    assert "first use" in out
    assert str(merge_state) in out
    assert "Merged 1 of 1 CSOs" in out
    kept = json.loads(merge_state.read_text(encoding="utf-8"))
    assert kept["networks"]["maesot"]["coordinator_key"] == signing.public_key_hex(COORDINATOR_KEY)

    # Someone swaps network.json for one signed by their own key: refused, nothing written.
    network = shared.read_network(folder)
    shared.write_network(folder, _resigned(network, OTHER_COORDINATOR))
    code, out, err = _merge(capsys, folder, tmp_path / "second.csv")
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("saphan: network.json is signed by another coordinator key")
    assert "--network-key" in err
    assert "Traceback" not in err
    assert not (tmp_path / "second.csv").exists()

    # The coordinator really changed keys: given explicitly, the new key is trusted from then on.
    other = signing.public_key_hex(OTHER_COORDINATOR)
    code, out, err = _merge(capsys, folder, tmp_path / "third.csv", "--network-key", other)
    assert (code, err) == (0, ""), err
    assert "Now trusting the coordinator key" in out
    code, out, err = _merge(capsys, folder, tmp_path / "fourth.csv")
    assert (code, err) == (0, ""), err
    assert "Trusting" not in out


def test_merge_refuses_a_replayed_older_bundle(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder, programme = _cso_with_three_referrals(tmp_path)
    _publish(capsys, tmp_path, folder)
    first = (folder / "bundles" / "REF.json").read_bytes()
    _publish(capsys, tmp_path, folder)
    code, out, err = _merge(capsys, folder, tmp_path / "merged.csv")
    assert (code, err) == (0, ""), err
    assert f"accepted  REF  revision {SECOND}" in out

    # The older revision, validly signed, is put back: refused, not merged in place of the newer.
    (folder / "bundles" / "REF.json").write_bytes(first)
    code, out, err = _merge(capsys, folder, tmp_path / "replayed.csv")
    assert (code, err) == (0, ""), err
    assert "accepted  REF" not in out
    assert f"REJECTED  REF.json: older than revision {SECOND} of REF already merged" in out
    assert "Merged 0 of 1 CSOs (1 files rejected)" in out

    # A newer revision is merged as before.
    _publish(capsys, tmp_path, folder)
    code, out, err = _merge(capsys, folder, tmp_path / "newer.csv")
    assert (code, err) == (0, ""), err
    assert f"accepted  REF  revision {THIRD}" in out
    assert programme in (tmp_path / "newer.csv").read_text(encoding="utf-8-sig")


def test_merge_refuses_a_replayed_older_network_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder, _ = _cso_with_three_referrals(tmp_path)
    old = (folder / "network.json").read_bytes()
    network = shared.read_network(folder)
    shared.write_network(folder, net.remove_member(network, COORDINATOR_KEY, "GONE"))
    code, _out, err = _merge(capsys, folder, tmp_path / "merged.csv")
    assert (code, err) == (0, ""), err

    (folder / "network.json").write_bytes(old)
    code, _out, err = _merge(capsys, folder, tmp_path / "replayed.csv")
    assert code == 2
    assert err.strip() == (
        f"saphan: network.json is revision {network.revision}, older than revision "
        f"{network.revision + 1} of network maesot already merged (a replayed copy?); "
        "nothing was merged"
    )
    assert not (tmp_path / "replayed.csv").exists()


def test_merge_notices_a_folder_switched_to_another_network(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder, _ = _cso_with_three_referrals(tmp_path)
    code, _out, err = _merge(capsys, folder, tmp_path / "merged.csv")
    assert (code, err) == (0, ""), err
    shared.write_network(
        folder, net.create_network("elsewhere", "Another network", OTHER_COORDINATOR)
    )
    code, _out, err = _merge(capsys, folder, tmp_path / "other.csv")
    assert code == 2
    assert "now for network elsewhere, not maesot" in err
    assert not (tmp_path / "other.csv").exists()


def test_merge_state_option_and_a_damaged_state(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, merge_state: Path
) -> None:
    folder, _ = _cso_with_three_referrals(tmp_path)
    chosen = tmp_path / "coordinator" / "state.json"
    code, out, err = _merge(capsys, folder, tmp_path / "m.csv", "--state", str(chosen))
    assert (code, err) == (0, ""), err
    assert chosen.is_file()
    assert not merge_state.exists()  # --state wins over the default
    assert f"remembered in {chosen}" in out

    chosen.write_text("{not json", encoding="utf-8")
    code, _out, err = _merge(capsys, folder, tmp_path / "n.csv", "--state", str(chosen))
    assert code == 2
    assert err.count("\n") == 1
    assert f"the merge state {chosen} is damaged" in err
    assert chosen.read_text(encoding="utf-8") == "{not json"  # never silently replaced
    assert not (tmp_path / "n.csv").exists()


def test_merge_state_defaults_to_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    from desktop.cli.network import MERGE_STATE_ENV, default_merge_state

    monkeypatch.delenv(MERGE_STATE_ENV)
    expected = platformdirs.user_data_path("Saphan", appauthor=False) / "coordinator-merge.json"
    assert default_merge_state() == expected
    monkeypatch.setenv(MERGE_STATE_ENV, "/somewhere/state.json")
    assert default_merge_state() == Path("/somewhere/state.json")


def test_merge_warns_when_two_laptops_of_a_cso_disagree(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, merge_state: Path
) -> None:
    from tests.server.conftest import make_bundle, make_network, published_by

    a, b = "a1" * 8, "b2" * 16
    folder = tmp_path / "shared"
    (folder / "bundles").mkdir(parents=True)
    shared.write_network(folder, make_network(["BEAM", "KAQ"]))

    def write(name: str, revision: int, device: str, team_state: dict[str, int]) -> None:
        bundle = published_by(make_bundle("BEAM", revision), device, team_state)
        (folder / "bundles" / name).write_bytes(shared.encode(bundle.document()))

    # Laptop A's bundle, and laptop B's beside it (a cloud "conflicted copy"): neither laptop
    # had the other's latest changes.
    write("BEAM.json", FIRST, a, {a: 7})
    write("BEAM (conflicted copy).json", FIRST + 1, b, {a: 3, b: 5})
    code, out, err = _merge(capsys, folder, tmp_path / "first.csv")
    assert (code, err) == (0, ""), err
    warning = (
        f"WARNING   BEAM (BEAM foundation): two laptops published figures that do not agree "
        f"(revisions {FIRST} and {FIRST + 1}); the figures of revision {FIRST + 1} count. "
        "The CSO should sync its team and publish again."
    )
    assert warning in out.splitlines()
    assert f"accepted  BEAM  revision {FIRST + 1}" in out
    assert a not in out  # device ids are nobody's business here
    assert b not in out
    kept = json.loads(merge_state.read_text(encoding="utf-8"))["networks"]["maesot"]
    assert kept["publishers"]["BEAM"]["diverged_from"] == FIRST

    # The copy is cleaned up: the state remembers, so the next merge still warns.
    (folder / "bundles" / "BEAM (conflicted copy).json").unlink()
    write("BEAM.json", FIRST + 1, b, {a: 3, b: 5})
    code, out, _ = _merge(capsys, folder, tmp_path / "second.csv")
    assert code == 0
    assert warning in out.splitlines()

    # The CSO syncs and publishes again from a state that includes both: no warning.
    write("BEAM.json", SECOND, a, {a: 7, b: 5})
    code, out, _ = _merge(capsys, folder, tmp_path / "third.csv")
    assert code == 0
    assert f"accepted  BEAM  revision {SECOND}" in out
    assert "WARNING" not in out
