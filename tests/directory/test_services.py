"""The CSO's own services (admins manage them)."""

from __future__ import annotations

import pytest

from db.errors import PermissionDenied, ValidationFailed
from db.services import (
    ServiceInput,
    ServiceStatus,
    delete_service,
    list_own_services,
    save_service,
)
from db.store import Store
from db.types import Role, UserInfo


def test_crud(store: Store) -> None:
    s = save_service(
        store,
        ServiceInput(
            name="Legal clinic", category="legal_aid", languages=["my", "th"], hours="Mon 9-12"
        ),
    )
    assert len(s.uuid) == 36
    changed = save_service(
        store,
        ServiceInput(
            name="Legal clinic", category="legal_aid", status=ServiceStatus.TEMPORARILY_CLOSED
        ),
        s.id,
    )
    assert changed.uuid == s.uuid
    assert changed.status is ServiceStatus.TEMPORARILY_CLOSED
    assert [x.name for x in list_own_services(store)] == ["Legal clinic"]
    delete_service(store, s.id)
    assert list_own_services(store) == []


def test_validation_and_permission(store: Store) -> None:
    with pytest.raises(ValidationFailed) as err:
        save_service(store, ServiceInput(name="", category="x", languages=["fr"]))
    assert set(err.value.problems) == {"name", "category", "languages"}
    store.user = UserInfo(99, "cw", "Caseworker", Role.CASEWORKER, "en")
    with pytest.raises(PermissionDenied):
        save_service(store, ServiceInput(name="X", category="other"))
