"""The services the Directory lists (no Qt here): this CSO's own and the network's, from the
coordinator's signed ``directory.json`` in the shared folder or the coordination server, or
the copy kept last time; and a network service made a partner service to refer people to,
with the network member that gives it (issue 21: the receiving CSO is known without typing)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from db import referrals, settings
from db.errors import SaphanError
from db.services import list_own_services
from db.store import Store
from db.text_safety import xml_safe
from db.validation import clean_text
from directory.folder import read_directory
from directory.sharing import state
from directory.tables import hsds_cso_code


@dataclass(frozen=True)
class Listing:
    organisation: str
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
    status: str
    own: bool
    cso_code: str = ""  # the network member that gives it (from the directory)

    def haystack(self) -> str:
        return " ".join(
            (
                self.organisation,
                self.name,
                self.description,
                self.eligibility,
                self.area,
                self.how_to_refer,
            )
        ).casefold()


def _from_hsds(s: dict[str, Any]) -> Listing:
    def first(key: str, field: str = "name") -> str:
        items = s.get(key) or []
        return str(items[0].get(field, "")) if items and isinstance(items[0], dict) else ""

    category = next(
        (a.get("value", "") for a in s.get("attributes") or [] if a.get("link_type") == "category"),
        "other",
    )
    return Listing(
        organisation=str((s.get("organization") or {}).get("name", "")),
        name=str(s.get("name", "")),
        category=str(category),
        description=str(s.get("description", "")),
        languages=tuple(str(lang.get("code", "")) for lang in s.get("languages") or []),
        eligibility=str(s.get("eligibility_description", "")),
        hours=first("schedules", "description"),
        area=first("service_areas"),
        contact=first("contacts"),
        how_to_refer=str(s.get("application_process", "")),
        cost=str(s.get("fees_description", "")),
        status=str(s.get("status", "active")),
        own=False,
        cso_code=hsds_cso_code(s),
    )


def _cached(store: Store) -> list[Listing]:
    try:
        cached = settings.get(store, settings.CACHED_DIRECTORY) or []
        return [Listing(**{**c, "languages": tuple(c["languages"])}) for c in cached]
    except (ValueError, TypeError, KeyError):
        return []


def _network_only(store: Store, listings: list[Listing]) -> list[Listing]:
    own_name = store.cso.name
    return [s for s in listings if s.organisation != own_name and s.status != "defunct"]


def load_listings(store: Store) -> list[Listing]:
    """Own services, then the network's: from the coordination server's last pull, or from
    the shared folder (else the copy kept last time)."""
    own_name = store.cso.name
    listings = [
        Listing(
            own_name,
            s.name,
            s.category,
            s.description,
            s.languages,
            s.eligibility,
            s.hours,
            s.area,
            s.contact,
            s.how_to_refer,
            s.cost,
            s.status.value,
            True,
            store.cso.code,
        )
        for s in list_own_services(store, include_defunct=False)
    ]
    network, folder = state.stored_network(store), state.shared_folder(store)
    network_services: list[Listing] | None = None
    if state.transport(store) == state.SERVER:
        # Shared through the coordination server: the directory last pulled from it.
        pulled = state.server_directory(store)
        if pulled is not None:
            network_services = [_from_hsds(s) for s in pulled]
    elif network is not None and folder is not None and folder.is_dir():
        try:
            network_services = [_from_hsds(s) for s in read_directory(folder, network)]
            settings.keep(store, settings.CACHED_DIRECTORY, [asdict(s) for s in network_services])
        except (SaphanError, OSError):
            network_services = None
    if network_services is None:
        network_services = _cached(store)
    return listings + _network_only(store, network_services)


def known_network_listings(store: Store) -> list[Listing]:
    """The network's services as last read (no folder is opened: quick, for a dialog)."""
    if state.transport(store) == state.SERVER:
        pulled = state.server_directory(store)
        listings = [_from_hsds(s) for s in pulled] if pulled is not None else []
    else:
        listings = _cached(store)
    return _network_only(store, listings)


def partner_key(organisation: str, name: str) -> tuple[str, str]:
    """How a directory service is matched to one on the CSO's own list of partner services."""
    # Another CSO's text: a control character in it becomes a space, as in every export.
    return clean_text(xml_safe(organisation)).strip(), clean_text(xml_safe(name)).strip()


def partner_service_for(store: Store, s: Listing) -> int:
    """The directory's service on the CSO's own list of partner services (added when missing),
    with the network member that gives it."""
    organisation, name = partner_key(s.organisation, s.name)
    for p in referrals.list_services(store):
        if (p.organisation, p.name) == (organisation, name):
            if s.cso_code and p.cso_code != s.cso_code and not p.own:
                referrals.set_partner_cso(store, p.id, s.cso_code)
            return p.id
    return referrals.add_partner_service(
        store,
        organisation,
        name,
        category=xml_safe(s.category),
        contact=xml_safe(s.contact),
        how_to_refer=xml_safe(s.how_to_refer),
        cso_code=s.cso_code,
    ).id
