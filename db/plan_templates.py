"""The library of session-plan templates shipped with Saphan, and seeding it into a database.

Each template is a data file ``resources/templates/plans/<slug>.<lang>.json`` (one file per
language, so a translator adds ``<slug>.th.json`` without touching code). A setting remembers
which files were seeded, so seeding again adds only new ones and never brings back a template
the CSO deleted on purpose.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from db import settings
from db.permissions import Permission
from db.plans import PlanInput, PlanLanguage, StepInput, StepKind, _insert, validate_plan
from db.store import Store

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "resources" / "templates" / "plans"


@dataclass(frozen=True)
class TemplateFile:
    slug: str
    language: PlanLanguage
    plan: PlanInput

    @property
    def key(self) -> str:
        return f"{self.slug}.{self.language.value}"


class TemplateFileInvalid(ValueError):
    """A shipped template file does not parse or does not validate (a packaging bug)."""


def _strings(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TemplateFileInvalid(f"{key} must be a list of strings")
    return list(value)


def parse_template(data: dict[str, Any]) -> TemplateFile:
    """A template file's content as a plan (validated)."""
    try:
        plan = PlanInput(
            title=str(data["title"]),
            language=PlanLanguage(data["language"]),
            session_number=int(data.get("session_number", 1)),
            duration_minutes=int(data["duration_minutes"]),
            objectives=_strings(data, "objectives"),
            key_messages=_strings(data, "key_messages"),
            materials=_strings(data, "materials"),
            preparation=_strings(data, "preparation"),
            safety_notes=str(data.get("safety_notes", "")),
            facilitator_notes=str(data.get("facilitator_notes", "")),
            steps=[
                StepInput(
                    kind=StepKind(s["kind"]),
                    title=str(s["title"]),
                    minutes=int(s["minutes"]),
                    instructions=_strings(s, "instructions"),
                    questions=_strings(s, "questions"),
                )
                for s in data["steps"]
            ],
        )
        slug = str(data["slug"])
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateFileInvalid(str(exc)) from exc
    problems = validate_plan(plan)
    if problems:
        raise TemplateFileInvalid(", ".join(f"{k}: {v}" for k, v in problems.items()))
    return TemplateFile(slug, plan.language, plan)


def load_template_files(directory: Path = TEMPLATES_DIR) -> list[TemplateFile]:
    """Every shipped template, in suggested session order then language."""
    found = []
    for path in sorted(directory.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append(parse_template(data))
        except (ValueError, TemplateFileInvalid) as exc:
            raise TemplateFileInvalid(f"{path.name}: {exc}") from exc
    found.sort(key=lambda t: (t.plan.session_number, t.slug, t.language.value))
    return found


def seed_templates_in(session: OrmSession, directory: Path = TEMPLATES_DIR) -> int:
    """Add the shipped templates not seeded before, in the caller's transaction (used at
    setup, before any user is signed in). Returns how many were added."""
    already: frozenset[str] = settings.get_in(session, settings.PLAN_TEMPLATES_SEEDED)
    seeded = set(already)
    added = 0
    for template in load_template_files(directory):
        if template.key in seeded:
            continue
        _insert(session, template.plan, is_template=True)
        seeded.add(template.key)
        added += 1
    settings.put_in(session, settings.PLAN_TEMPLATES_SEEDED, frozenset(seeded))
    return added


def seed_plan_templates(store: Store, directory: Path = TEMPLATES_DIR) -> int:
    """Add the shipped templates to an existing database (idempotent: a template is added
    once, even if the CSO later deletes it). Returns how many were added."""
    store.require(Permission.PLANS)
    with store.write() as session:
        added = seed_templates_in(session, directory)
        if added:
            store.audit(session, "seed_templates", "plan", None, str(added))
    return added
