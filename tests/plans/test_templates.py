"""The shipped template library: complete, bilingual, seeded once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.plan_templates import (
    TEMPLATES_DIR,
    TemplateFileInvalid,
    load_template_files,
    seed_plan_templates,
)
from db.plans import (
    PlanLanguage,
    StepKind,
    delete_plan,
    get_plan,
    list_plans,
    new_plan_from_template,
    save_plan_as_template,
    total_minutes,
    update_plan,
)
from db.projects import ProjectInfo
from db.store import Store

THAI_WELCOME = "สวัสดีค่ะ ยินดีต้อนรับ"


def _by_slug() -> dict[str, dict[PlanLanguage, object]]:
    table: dict[str, dict[PlanLanguage, object]] = {}
    for t in load_template_files():
        table.setdefault(t.slug, {})[t.language] = t.plan
    return table


def test_at_least_eight_templates_in_english_and_burmese() -> None:
    table = _by_slug()
    assert len(table) >= 8
    for slug, languages in table.items():
        assert {PlanLanguage.ENGLISH, PlanLanguage.BURMESE} <= set(languages), slug


@pytest.mark.parametrize("template", load_template_files(), ids=lambda t: t.key)
def test_every_template_is_complete(template) -> None:
    plan = template.plan
    assert plan.title.strip()
    assert 3 <= len(plan.objectives) <= 4
    assert 3 <= len(plan.key_messages) <= 5
    assert plan.materials
    assert plan.preparation
    assert plan.safety_notes.strip()
    assert plan.facilitator_notes.strip()
    assert "____" in plan.safety_notes  # the referral-contacts placeholder to fill in
    assert 7 <= len(plan.steps) <= 9
    assert total_minutes(plan) == plan.duration_minutes
    kinds = [s.kind for s in plan.steps]
    assert kinds[0] is StepKind.WELCOME
    assert kinds[-1] is StepKind.EVALUATION
    assert StepKind.ENERGISER in kinds
    assert StepKind.REFLECTION in kinds
    assert StepKind.CLOSING in kinds
    assert 2 <= kinds.count(StepKind.ACTIVITY) <= 4
    for step in plan.steps:
        assert step.title.strip()
        assert step.instructions, step.title
        assert all(line.strip() for line in step.instructions + step.questions)
    activities = [s for s in plan.steps if s.kind is StepKind.ACTIVITY]
    assert all(s.questions for s in activities)
    assert THAI_WELCOME in " ".join(plan.steps[0].instructions)
    if template.language is PlanLanguage.BURMESE:
        text = json.dumps(plan.steps[0].instructions, ensure_ascii=False)
        assert any("\u1000" <= ch <= "\u109f" for ch in text)


def test_languages_have_the_same_shape() -> None:
    for slug, languages in _by_slug().items():
        shapes = {
            lang: [(s.kind, s.minutes) for s in plan.steps]  # type: ignore[attr-defined]
            for lang, plan in languages.items()
        }
        assert len({tuple(shape) for shape in shapes.values()}) == 1, slug


def test_new_databases_have_the_templates(store: Store) -> None:
    templates = list_plans(store, templates=True)
    assert len(templates) == len(load_template_files())
    assert {t.language for t in templates} == set(PlanLanguage)  # English, Burmese and Thai
    assert all(t.steps_minutes == t.duration_minutes for t in templates)
    for language in PlanLanguage:  # every template in every language
        assert len(list_plans(store, templates=True, language=language)) == 8


def test_seeding_is_idempotent_and_respects_deletions(store: Store, tmp_path: Path) -> None:
    before = list_plans(store, templates=True)
    assert seed_plan_templates(store) == 0
    delete_plan(store, before[0].id)
    assert seed_plan_templates(store) == 0  # a deleted template does not come back
    assert len(list_plans(store, templates=True)) == len(before) - 1

    # A new template file shipped in a later version is added once.
    extra = tmp_path / "templates"
    extra.mkdir()
    source = json.loads((TEMPLATES_DIR / "stress-and-coping.en.json").read_text("utf-8"))
    source["slug"] = "new-topic"
    (extra / "new-topic.en.json").write_text(json.dumps(source), "utf-8")
    assert seed_plan_templates(store, extra) == 1
    assert seed_plan_templates(store, extra) == 0


def test_broken_template_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "bad.en.json").write_text('{"slug": "bad", "language": "en"}', "utf-8")
    with pytest.raises(TemplateFileInvalid, match=r"bad\.en\.json"):
        load_template_files(tmp_path)


def test_new_from_template_then_save_as_template(store: Store, project: ProjectInfo) -> None:
    template = next(
        t
        for t in list_plans(store, templates=True, language=PlanLanguage.BURMESE)
        if t.session_number == 5
    )
    plan = new_plan_from_template(store, template.id, project.id, 3, None)
    source = get_plan(store, template.id)
    assert plan.steps == source.steps
    assert plan.language is PlanLanguage.BURMESE
    edited = plan.to_input()
    edited.steps = edited.steps[:-1]
    update_plan(store, plan.id, edited)
    mine = save_plan_as_template(store, plan.id, "ကျွန်မတို့ရဲ့ လုံခြုံရေး အစီအစဉ် (အတို)")
    assert mine.is_template
    assert len(mine.steps) == len(source.steps) - 1
    assert get_plan(store, template.id).steps == source.steps  # the original is untouched
