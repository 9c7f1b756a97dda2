"""Builders for projects and plans."""

from __future__ import annotations

import datetime as dt

import pytest

from db.plans import PlanInput, PlanLanguage, StepInput, StepKind
from db.projects import ProjectInfo, ProjectInput, create_project
from db.store import Store

BURMESE_TITLE = "ကျွန်ုပ်တို့၏ အခွင့်အရေးများ"
THAI_WELCOME = "สวัสดีค่ะ ยินดีต้อนรับ"


def steps(*minutes: int) -> list[StepInput]:
    kinds = list(StepKind)
    return [
        StepInput(
            kind=kinds[i % len(kinds)],
            title=f"Step {i + 1}",
            minutes=m,
            instructions=[f"Do part {i + 1}.a", f"Do part {i + 1}.b"],
            questions=[f"What did you notice in step {i + 1}?"],
        )
        for i, m in enumerate(minutes)
    ]


def plan_input(
    title: str = "Knowing our rights",
    *,
    project_id: int | None = None,
    duration: int = 60,
    step_minutes: tuple[int, ...] = (10, 20, 20, 10),
    language: PlanLanguage = PlanLanguage.ENGLISH,
) -> PlanInput:
    return PlanInput(
        title=title,
        language=language,
        session_number=2,
        planned_date=dt.date(2025, 6, 3),
        duration_minutes=duration,
        objectives=["name two services", "know where to get help"],
        key_messages=["You have rights", "Help is available"],
        materials=["Flip-chart paper", "Markers"],
        preparation=["Print the referral list"],
        safety_notes="Listen, do not probe.\nOffer a private talk after the session.",
        facilitator_notes="Keep it light.",
        project_id=project_id,
        steps=steps(*step_minutes),
    )


@pytest.fixture
def project(store: Store) -> ProjectInfo:
    return create_project(
        store,
        ProjectInput(
            "Women's voices, Ward 2",
            community="Women's group, Ward 2",
            facilitators="Daw Aye Aye, Naw Paw",
            goals="Women know and use the services they are entitled to.",
            start_date=dt.date(2025, 5, 1),
            end_date=dt.date(2025, 9, 30),
        ),
    )
