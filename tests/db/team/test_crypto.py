"""Keys, fingerprints and sealed files (db/team/crypto.py)."""

from __future__ import annotations

import re
import struct

import pytest

from db import keys
from db.errors import TeamFileRefused, WrongCredentials
from db.team import crypto
from db.team.crypto import DeviceKeys

TEAM = "a" * 32
OTHER_TEAM = "b" * 32
DEVICE = "c" * 32
EPOCH = f"{DEVICE}-000001"
CANARY = b"Daw Khin Myo, 1990-05-17, 089-555-0142, MS-000101"


@pytest.fixture
def device() -> DeviceKeys:
    return DeviceKeys.generate()


@pytest.fixture
def team_key() -> bytes:
    return crypto.new_team_key()


def _seal(device: DeviceKeys, team_key: bytes, payload: bytes = CANARY, **kw: object) -> bytes:
    args: dict[str, object] = {
        "team_id": TEAM,
        "epoch_id": EPOCH,
        "device_id": DEVICE,
        "seq": 7,
        "team_key": team_key,
        "signer": device,
    }
    args.update(kw)
    return crypto.seal("segment", payload, **args)  # type: ignore[arg-type]


def _open(data: bytes, device: DeviceKeys, team_key: bytes, **kw: object) -> bytes:
    args: dict[str, object] = {
        "expect_team_id": TEAM,
        "epoch_keys": {EPOCH: team_key},
        "sign_pub_of": {DEVICE: device.public().sign_pub}.get,
        "expect_device_id": DEVICE,
        "expect_seq": 7,
    }
    args.update(kw)
    return crypto.open_sealed(data, **args)[1]  # type: ignore[arg-type]


def _reason(call: object) -> str:
    with pytest.raises(TeamFileRefused) as caught:
        call()  # type: ignore[operator]
    return caught.value.reason


def test_fingerprint_is_16_crockford_characters_in_groups_of_four(device: DeviceKeys) -> None:
    public = device.public()
    fp = public.fingerprint
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}", fp), fp
    assert fp == crypto.fingerprint(public.sign_pub, public.kx_pub)
    assert fp != DeviceKeys.generate().public().fingerprint
    assert crypto.crockford(0, 3) == "000"
    assert crypto.crockford(31 * 32 + 1, 2) == "Z1"


def test_device_keys_round_trip_and_never_show_in_repr(device: DeviceKeys) -> None:
    again = DeviceKeys.from_bytes(device.to_bytes())
    assert again.public() == device.public()
    assert device.sign_private.hex() not in repr(device)
    with pytest.raises(ValueError, match="64 bytes"):
        DeviceKeys.from_bytes(b"short")


def test_seal_and_open_round_trip(device: DeviceKeys, team_key: bytes) -> None:
    data = _seal(device, team_key)
    assert CANARY not in data
    header = crypto.read_header(data)
    assert (header.kind, header.team_id, header.device_id, header.seq) == (
        "segment",
        TEAM,
        DEVICE,
        7,
    )
    assert header.epoch_id == EPOCH
    assert _open(data, device, team_key) == CANARY
    assert data.startswith(crypto.MAGIC)


def test_a_large_payload_round_trips(device: DeviceKeys, team_key: bytes) -> None:
    payload = b"".join(b"%08d,present,2026-01-%02d;" % (i, i % 28 + 1) for i in range(100_000))
    data = _seal(device, team_key, payload)
    assert len(data) < len(payload) / 2  # compressed before encrypting
    assert _open(data, device, team_key) == payload


def test_every_altered_byte_is_refused(device: DeviceKeys, team_key: bytes) -> None:
    data = _seal(device, team_key, b"x" * 40)
    for i in range(len(data)):
        changed = bytearray(data)
        changed[i] ^= 0x01
        with pytest.raises(TeamFileRefused):
            _open(bytes(changed), device, team_key)


def test_altered_ciphertext_gives_bad_signature(device: DeviceKeys, team_key: bytes) -> None:
    data = bytearray(_seal(device, team_key))
    data[-70] ^= 0xFF
    assert _reason(lambda: _open(bytes(data), device, team_key)) == "bad_signature"


def test_refusals_name_their_reason(device: DeviceKeys, team_key: bytes) -> None:
    data = _seal(device, team_key)
    assert _reason(lambda: _open(data, device, team_key, expect_team_id=OTHER_TEAM)) == (
        "other_team"
    )
    assert _reason(lambda: _open(data, device, team_key, sign_pub_of={}.get)) == ("unknown_device")
    stranger = DeviceKeys.generate().public().sign_pub
    assert _reason(lambda: _open(data, device, team_key, sign_pub_of={DEVICE: stranger}.get)) == (
        "bad_signature"
    )
    assert _reason(lambda: _open(data, device, team_key, epoch_keys={})) == "no_key_for_epoch"
    wrong = {EPOCH: crypto.new_team_key()}
    assert _reason(lambda: _open(data, device, team_key, epoch_keys=wrong)) == "tampered"
    assert _reason(lambda: _open(data, device, team_key, expect_seq=8)) == "seq_mismatch"
    assert _reason(lambda: _open(data, device, team_key, expect_device_id="d" * 32)) == (
        "seq_mismatch"
    )
    assert _reason(lambda: _open(data, device, team_key, expect_kind="snapshot")) == (
        "seq_mismatch"
    )


def test_a_file_cut_short_or_grown_is_torn(device: DeviceKeys, team_key: bytes) -> None:
    data = _seal(device, team_key)
    for cut in (0, 3, 8, 20, len(data) // 2, len(data) - 1):
        assert _reason(lambda cut=cut: _open(data[:cut], device, team_key)) == "torn"
    assert _reason(lambda: _open(data + b"\0", device, team_key)) == "torn"


def test_not_a_sealed_file_is_bad_format(device: DeviceKeys, team_key: bytes) -> None:
    assert _reason(lambda: _open(b"PK\x03\x04" + b"\0" * 100, device, team_key)) == ("bad_format")
    huge_header = crypto.MAGIC + struct.pack(">I", 10**6) + b"{}"
    assert _reason(lambda: _open(huge_header, device, team_key)) == "bad_format"


def test_a_header_rewritten_and_resigned_by_another_device_is_refused(
    device: DeviceKeys, team_key: bytes
) -> None:
    """Someone who can write the folder signs a copy with a key of their own: refused."""
    intruder = DeviceKeys.generate()
    forged = _seal(intruder, team_key)
    assert _reason(lambda: _open(forged, device, team_key)) == "bad_signature"


def test_wrapped_team_key_opens_only_for_its_device_team_and_epoch(team_key: bytes) -> None:
    device = DeviceKeys.generate()
    kx_pub = device.public().kx_pub
    wrapped = crypto.wrap_to_device(
        team_key, kx_pub, team_id=TEAM, device_id=DEVICE, epoch_id=EPOCH
    )
    assert team_key.hex() not in str(wrapped)
    opened = crypto.unwrap_for_device(
        wrapped, device.kx_private, team_id=TEAM, device_id=DEVICE, epoch_id=EPOCH
    )
    assert opened == team_key
    other = DeviceKeys.generate()
    for kx_private, team_id, device_id, epoch_id in (
        (other.kx_private, TEAM, DEVICE, EPOCH),
        (device.kx_private, OTHER_TEAM, DEVICE, EPOCH),
        (device.kx_private, TEAM, "d" * 32, EPOCH),
        (device.kx_private, TEAM, DEVICE, "another"),
    ):
        with pytest.raises(TeamFileRefused) as caught:
            crypto.unwrap_for_device(
                wrapped, kx_private, team_id=team_id, device_id=device_id, epoch_id=epoch_id
            )
        assert caught.value.reason == "tampered"
    with pytest.raises(TeamFileRefused) as caught:
        crypto.unwrap_for_device(
            {**wrapped, "ct": "00"},
            device.kx_private,
            team_id=TEAM,
            device_id=DEVICE,
            epoch_id=EPOCH,
        )
    assert caught.value.reason == "bad_format"


def test_recovery_key_opens_with_the_passphrase_only() -> None:
    passphrase = keys.new_recovery_passphrase()
    kx_pub, wrapped = crypto.new_recovery_key(passphrase, team_id=TEAM)
    typed_back = passphrase.lower().replace("-", " ")
    private = crypto.unlock_recovery_key(wrapped, typed_back, team_id=TEAM)
    assert DeviceKeys(b"\1" * 32, private).public().kx_pub == kx_pub
    with pytest.raises(WrongCredentials):
        crypto.unlock_recovery_key(wrapped, keys.new_recovery_passphrase(), team_id=TEAM)
    with pytest.raises(WrongCredentials):
        crypto.unlock_recovery_key(wrapped, passphrase, team_id=OTHER_TEAM)
    # The tests' cheap parameters reach the recovery key too; the product's default is
    # argon2id t=3, 64 MiB.
    assert wrapped["t"] == keys.DEFAULT_KDF.time_cost
    assert (keys.KdfParams().time_cost, keys.KdfParams().memory_kib) == (3, 64 * 1024)
