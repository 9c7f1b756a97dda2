"""The CSO's own services, as published in the network's service directory.

Admins manage them (``Permission.SETTINGS``: the same people who manage the CSO's profile,
users and backups); everyone signed in may read them, e.g. to show the directory. Services hold
no data about any person, so they travel in the shared bundle as they are.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select

from db.errors import RecordNotFound, ValidationFailed
from db.models import Service, utcnow
from db.permissions import Permission
from db.store import Store
from db.validation import clean_text, text_problems

# Fixed list of directory categories (codes; the UI translates them).
SERVICE_CATEGORIES = (
    "mhpss",
    "legal_aid",
    "documentation",
    "health_referral",
    "education_mlc",
    "thai_language",
    "vocational",
    "safe_shelter",
    "gbv_child_protection",
    "livelihoods",
    "food_cash",
    "other",
)
# ISO 639 codes of the languages services are offered in: Burmese, S'gaw Karen, Thai,
# English, Shan, Mon.
SERVICE_LANGUAGES = ("my", "ksw", "th", "en", "shn", "mnw")


class ServiceStatus(StrEnum):
    """Open Referral HSDS 3.0 service status values."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    DEFUNCT = "defunct"
    TEMPORARILY_CLOSED = "temporarily closed"


# Longest accepted text per field (the shared bundle schema uses the same limits).
LIMITS = {
    "name": 200,
    "description": 2000,
    "eligibility": 1000,
    "hours": 200,
    "area": 200,
    "contact": 200,
    "how_to_refer": 1000,
    "cost": 100,
}


@dataclass
class ServiceInput:
    """What an admin types to describe one of the CSO's services."""

    name: str
    category: str
    description: str = ""
    languages: list[str] = field(default_factory=list)
    eligibility: str = ""
    hours: str = ""
    area: str = ""
    contact: str = ""
    how_to_refer: str = ""
    cost: str = ""
    status: ServiceStatus = ServiceStatus.ACTIVE


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    uuid: str
    name: str
    category: str
    description: str
    languages: tuple[str, ...]
    eligibility: str
    hours: str
    area: str
    contact: str
    how_to_refer: str
    cost: str
    status: ServiceStatus
    updated_at: dt.datetime


def validate_service(service: ServiceInput) -> dict[str, str]:
    """Problems per field (empty when the service can be saved)."""
    problems = text_problems({name: str(getattr(service, name)) for name in LIMITS})
    if not service.name.strip():
        problems["name"] = "required"
    if service.category not in SERVICE_CATEGORIES:
        problems["category"] = "unknown"
    if any(lang not in SERVICE_LANGUAGES for lang in service.languages):
        problems["languages"] = "unknown"
    if not isinstance(service.status, ServiceStatus):
        try:
            ServiceStatus(service.status)
        except ValueError:
            problems["status"] = "unknown"
    for name, limit in LIMITS.items():
        if len(str(getattr(service, name)).strip()) > limit:
            problems[name] = "too_long"
    return problems


def _info(row: Service) -> ServiceInfo:
    return ServiceInfo(
        id=row.id,
        uuid=row.uuid,
        name=row.name,
        category=row.category,
        description=row.description,
        languages=tuple(lang for lang in row.languages.split(",") if lang),
        eligibility=row.eligibility,
        hours=row.hours,
        area=row.area,
        contact=row.contact,
        how_to_refer=row.how_to_refer,
        cost=row.cost,
        status=ServiceStatus(row.status),
        updated_at=row.updated_at,
    )


def save_service(store: Store, service: ServiceInput, service_id: int | None = None) -> ServiceInfo:
    """Add one of the CSO's own services (``service_id`` None) or change it. Admins only."""
    store.require(Permission.SETTINGS)
    problems = validate_service(service)
    if problems:
        raise ValidationFailed(problems)
    with store.write() as session:
        if service_id is None:
            row = Service(uuid=str(uuid.uuid4()), own=True)
            session.add(row)
        else:
            found = session.get(Service, service_id)
            if found is None or not found.own:
                raise RecordNotFound(f"service {service_id}")
            row = found
        row.name = clean_text(service.name).strip()
        row.category = service.category
        row.description = clean_text(service.description, multiline=True).strip()
        row.languages = ",".join(dict.fromkeys(service.languages))
        row.eligibility = clean_text(service.eligibility, multiline=True).strip()
        row.hours = clean_text(service.hours).strip()
        row.area = clean_text(service.area).strip()
        row.contact = clean_text(service.contact).strip()
        row.how_to_refer = clean_text(service.how_to_refer, multiline=True).strip()
        row.cost = clean_text(service.cost).strip()
        row.status = ServiceStatus(service.status).value
        row.organisation = store.cso.name
        row.updated_at = utcnow()
        session.flush()
        store.audit(session, "create" if service_id is None else "update", "service", row.id)
        return _info(row)


def list_own_services(store: Store, *, include_defunct: bool = True) -> list[ServiceInfo]:
    """The CSO's own services, by name."""
    stmt = select(Service).where(Service.own.is_(True)).order_by(Service.name, Service.id)
    if not include_defunct:
        stmt = stmt.where(Service.status != ServiceStatus.DEFUNCT.value)
    with store.read() as session:
        return [_info(row) for row in session.scalars(stmt)]


def delete_service(store: Store, service_id: int) -> None:
    """Remove one of the CSO's own services. Referrals keep the service's name. Admins only.

    (To keep it listed as closed in the directory, save it with status ``defunct`` instead.)
    """
    store.require(Permission.SETTINGS)
    with store.write() as session:
        row = session.get(Service, service_id)
        if row is None or not row.own:
            raise RecordNotFound(f"service {service_id}")
        from db.models import Referral  # local: only needed here

        for ref in session.scalars(select(Referral).where(Referral.service_id == service_id)):
            ref.service_name = ref.service_name or row.name
            ref.service_id = None
        session.delete(row)
        store.audit(session, "delete", "service", service_id)


__all__ = [
    "SERVICE_CATEGORIES",
    "SERVICE_LANGUAGES",
    "ServiceInfo",
    "ServiceInput",
    "ServiceStatus",
    "delete_service",
    "list_own_services",
    "save_service",
    "validate_service",
]
