"""The demo database: realistic, always the same, removable, and its stories show in the engine's numbers."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from healthdesk import demo
from healthdesk.errors import ValidationError
from healthdesk.framework import default_framework
from healthdesk.models.db import Database
from healthdesk.models.entities import (
    AGREEMENT_TERMS,
    PARTNERSHIP_TYPES,
    Action,
    Answer,
    AppSetting,
    Decision,
    Goal,
    Kpi,
    KpiValue,
    Respondent,
    Response,
    Round,
)
from healthdesk.paths import DB_FILENAME
from healthdesk.services import followup, partnerships, responses, rounds
from healthdesk.services.summary import summarise_round
from tests.builders import add_submitted, make_partnership

CJK = re.compile(r"[\u4e00-\u9fff]")
LABEL_CAP = 12
# "Today" in the demo's stories: the latest rounds are open in November 2026.
STORY_DATE = date(2026, 11, 22)


def dump(db: Database) -> list:
    """Everything a user can see of the demo, through the services, without generated ids or time stamps."""
    out = []
    for p in sorted(partnerships.list_partnerships(db), key=lambda p: p.code):
        out.append(
            (
                p.name,
                p.code,
                p.partner_a_name,
                p.partner_a_name_alt,
                p.partner_a_label,
                p.partner_b_name,
                p.partner_b_name_alt,
                p.partner_b_label,
                p.type,
                p.start_date,
                p.stage,
                p.description,
                p.members,
                sorted(p.terms.items()),
            )
        )
        for r in p.rounds:
            out.append((r.label, r.start_date, r.end_date, r.framework_key, r.status, r.threshold))
            for person in rounds.list_respondents(db, r.id):
                info = responses.get_response(db, person.id)
                answers = sorted(
                    (a.indicator_id, a.score, a.not_applicable, a.problem) for a in info.answers.values()
                )
                out.append((person.name, person.side, person.role, info.status, info.comment, answers))
        fu = followup.get_followup(db, p.id, as_of=STORY_DATE)
        labels = {r.id: r.label for r in p.rounds}
        goal_titles = {g.id: g.title for g in fu.goals}
        for g in fu.goals:
            out.append(
                (
                    g.level,
                    g.title,
                    g.owner_a,
                    g.owner_b,
                    g.due_date,
                    g.status,
                    g.dimensions,
                    g.target,
                    goal_titles.get(g.parent_id),
                    labels.get(g.round_id),
                )
            )
        for a in fu.actions:
            out.append(
                (
                    a.title,
                    a.owner,
                    a.owner_side,
                    a.due_date,
                    a.status,
                    a.notes,
                    a.dimension_id,
                    a.indicator_id,
                    goal_titles.get(a.goal_id),
                    labels.get(a.round_id),
                )
            )
        for k in fu.kpis:
            out.append(
                (
                    k.name,
                    k.unit,
                    k.target,
                    k.alert_threshold,
                    k.direction,
                    [(x.period, x.period_end, x.value) for x in k.values],
                )
            )
        for d in fu.decisions:
            out.append((d.text, d.decided_by, d.status, d.decided_on, d.follow_up, labels.get(d.round_id)))
    return out


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int], list]:
    """One demo built per module; each test works on its own copy of the closed database file."""
    folder = tmp_path_factory.mktemp("demo-template")
    db = Database.open(folder)
    try:
        ids = demo.build_demo(db)
        content = dump(db)
    finally:
        db.close()
    return folder, ids, content


@pytest.fixture
def demo_db(demo_template, tmp_path: Path):
    folder, ids, _ = demo_template
    target = tmp_path / "demo"
    target.mkdir()
    for name in (DB_FILENAME, DB_FILENAME + "-wal"):
        if (folder / name).exists():
            shutil.copy2(folder / name, target / name)
    db = Database.open(target)
    yield db, ids
    db.close()


def test_two_builds_in_fresh_folders_hold_identical_data(demo_template, tmp_path: Path):
    _, first_ids, first_content = demo_template
    db = Database.open(tmp_path / "again")
    try:
        ids = demo.build_demo(db)
        content = dump(db)
    finally:
        db.close()
    assert ids == first_ids
    assert content == first_content


def test_demo_is_realistic_and_complete(demo_db):
    db, ids = demo_db
    assert len(ids) >= 3
    problems = []
    not_applicable = comments = 0
    for pid in ids:
        p = partnerships.get_partnership(db, pid)
        assert p.type in PARTNERSHIP_TYPES
        for label in (p.partner_a_label, p.partner_b_label):
            assert 0 < len(label) <= LABEL_CAP
        assert p.partner_a_name_alt and p.partner_b_name_alt  # bilingual company names
        assert p.start_date is not None and p.description
        assert {m.side for m in p.members} == {"A", "B"}
        assert {"jmc_member", "jpt_lead", "facilitator"} <= {m.role for m in p.members}
        assert set(p.terms) == set(AGREEMENT_TERMS)

        assert len(p.rounds) >= 4
        labels = [r.label for r in p.rounds]
        assert all(re.fullmatch(r"20\d\d H[12]", label) for label in labels)
        assert labels == sorted(labels)
        assert all(r.status == "closed" for r in p.rounds[:-1]), p.code
        assert p.rounds[-1].status in ("open", "closed")
        assert {r.framework_key for r in p.rounds} == {default_framework().key}
        for r in p.rounds:
            for side in ("A", "B"):
                assert 3 <= r.invited[side] <= 6, (p.code, r.label, side)
            for person in rounds.list_respondents(db, r.id):
                assert person.role
                info = responses.get_response(db, person.id)
                comments += bool(info.comment)
                for a in info.answers.values():
                    not_applicable += a.not_applicable
                    if a.problem:
                        problems.append(a.problem)
    assert not_applicable >= 3
    assert comments >= 10
    chinese = [t for t in problems if CJK.search(t)]
    english = [t for t in problems if not CJK.search(t)]
    assert len(chinese) >= 10 and len(english) >= 5
    assert all(len(t) < 200 for t in problems)  # short and specific, not essays


def test_open_rounds_show_work_in_progress(demo_db):
    db, ids = demo_db
    open_rounds = [
        r for pid in ids for r in partnerships.get_partnership(db, pid).rounds if r.status == "open"
    ]
    assert open_rounds
    assert any(r.in_progress["A"] + r.in_progress["B"] for r in open_rounds)
    partial = [
        info
        for r in open_rounds
        for person in rounds.list_respondents(db, r.id)
        if (info := responses.get_response(db, person.id)).status == "in_progress"
    ]
    assert partial and all(0 < len(info.answers) < len(default_framework().indicators) for info in partial)


def test_story_shows_in_the_engines_numbers(demo_db):
    db, ids = demo_db
    software_hardware, ecommerce_logistics, education_content = ids[:3]

    def indexes(pid):
        p = partnerships.get_partnership(db, pid)
        return [summarise_round(db, pid, r.label)[1].scores.index for r in p.rounds]

    # 1. The difficult second year: falling, with a diagnosis and a growing perception gap in relationship.
    p1 = indexes(software_hardware)
    assert None not in (p1[0], p1[-1])
    assert p1[-1] < p1[0]
    _, latest = summarise_round(db, software_hardware)
    assert latest.diagnosis
    assert "growth_stagnation" in {f.rule_id for f in latest.diagnosis}
    relationship = latest.scores.dimensions["relationship"]
    assert relationship.gap_flagged and relationship.gap > 0  # the software side sees it clearly better
    assert latest.trend.dimensions["finance"].direction == "down"
    # The edge case: an older round where side B stayed below the anonymity threshold.
    assert None in p1[1:-1]
    edge = [s for s in p1[1:-1] if s is None]
    assert len(edge) == 1

    # 2. Forward warehouses: high and rising.
    p2 = indexes(ecommerce_logistics)
    assert p2[-1] > p2[0]
    assert p2 == sorted(p2)
    assert not summarise_round(db, ecommerce_logistics)[1].diagnosis

    # 3. Stalled, a workshop, then the AI learning assistant: a dip, then up.
    p3 = indexes(education_content)
    low = p3.index(min(p3))
    assert 0 < low < len(p3) - 1
    assert p3[-1] > p3[0]

    # Every partnership's latest round is fully reportable.
    for pid in ids:
        assert summarise_round(db, pid)[1].scores.index is not None


def test_follow_up_tells_each_partnership_story(demo_db):
    db, ids = demo_db
    software_hardware, ecommerce_logistics, education_content = ids[:3]
    counts = followup.followup_counts(db, as_of=STORY_DATE)

    # 1. The difficult second year: work slipped, joint revenue breaches its alert line, the JMC must decide.
    c1 = counts[software_hardware]
    assert c1.overdue_actions >= 2 and c1.kpi_breaches == 1 and c1.decisions_requested >= 2
    (breach,) = followup.kpi_breaches(db, STORY_DATE, partnership_id=software_hardware)
    assert breach.direction == "below" and breach.value < breach.alert_threshold
    fu1 = followup.get_followup(db, software_hardware, as_of=STORY_DATE)
    assert {g.level for g in fu1.goals} == {"top", "mid", "short"}
    assert all(g.parent_id is not None for g in fu1.goals if g.level != "top")
    review1 = followup.last_round_review(db, software_hardware, as_of=STORY_DATE)
    assert review1.visible and any(i.overdue for i in review1.items)
    assert not any(i.moved_up for i in review1.items)  # what slipped did not lift anything

    # 2. Forward warehouses: on track, nothing calls for attention.
    assert counts[ecommerce_logistics].attention == 0

    # 3. The December 2025 workshop set goals; at the next round the aimed-at dimensions went up.
    p3 = partnerships.get_partnership(db, education_content)
    after_workshop = next(r for r in p3.rounds if r.label == "2026 H1")
    review3 = followup.last_round_review(db, education_content, round_id=after_workshop.id, as_of=STORY_DATE)
    assert review3.previous.label == "2025 H2"
    assert review3.items and all(i.done or i.work.status == "in_progress" for i in review3.items)
    moved = [m.direction for i in review3.items for m in i.movements]
    assert moved and set(moved) == {"up"}
    assert counts[education_content].kpi_breaches == 0
    completion = followup.get_followup(db, education_content, as_of=STORY_DATE).kpis[0]
    assert completion.values[1].breached and not completion.breached  # below the line in 2025, above it now

    # Every demo partnership has goals, actions and KPIs with values for the screens and the review.
    for pid in ids:
        fu = followup.get_followup(db, pid, as_of=STORY_DATE)
        assert fu.goals and fu.actions and fu.kpis and all(k.values for k in fu.kpis) and fu.decisions


def test_remove_demo_data_keeps_what_the_user_created(demo_db):
    db, ids = demo_db
    mine = make_partnership(db, name="我的合作 My partnership", code="MINE")
    my_round = rounds.create_round(db, mine.id, "2026 H2", "2026-11-01")
    add_submitted(db, my_round.id, "A", [4, 4, 3])
    my_goal = followup.create_goal(db, mine.id, followup.GoalInput("top", "Mine", round_id=my_round.id))
    my_kpi = followup.create_kpi(db, mine.id, followup.KpiInput("Churn", 10))
    followup.record_kpi_value(db, my_kpi.id, "2026 Q3", "2026-09-30", 12)
    assert demo.has_demo_data(db)
    assert demo.demo_partnership_ids(db) == ids

    assert demo.remove_demo_data(db) == len(ids)

    assert not demo.has_demo_data(db)
    assert [p.code for p in partnerships.list_partnerships(db)] == ["MINE"]
    assert rounds.get_round(db, my_round.id).submitted == {"A": 3, "B": 0}
    with db.reading() as session:
        assert session.scalar(select(func.count(Round.id))) == 1
        assert session.scalar(select(func.count(Respondent.id))) == 3
        assert session.scalar(select(func.count(Response.id))) == 3
        assert session.scalar(select(func.count(Answer.id))) == 3 * len(default_framework().indicators)
        assert session.get(AppSetting, demo.DEMO_SETTING_KEY) is None
        assert session.scalars(select(Goal.id)).all() == [my_goal.id]
        assert session.scalars(select(Kpi.id)).all() == [my_kpi.id]
        assert session.scalar(select(func.count(KpiValue.id))) == 1
        assert session.scalar(select(func.count(Action.id))) == 0
        assert session.scalar(select(func.count(Decision.id))) == 0
    assert demo.remove_demo_data(db) == 0


def test_demo_is_not_built_twice_into_one_database(demo_db):
    db, ids = demo_db
    with pytest.raises(ValidationError) as err:
        demo.build_demo(db)
    assert err.value.code == "duplicate_partnership"
    assert len(partnerships.list_partnerships(db)) == len(ids)


def test_demo_can_be_built_again_after_removal(demo_db):
    db, ids = demo_db
    mine = make_partnership(db, name="我的合作 My partnership", code="MINE")
    demo.remove_demo_data(db)
    again = demo.build_demo(db)
    assert len(again) == len(ids) and not set(again) & {mine.id}
    assert demo.demo_partnership_ids(db) == again
    assert {p.code for p in partnerships.list_partnerships(db)} >= {"MINE"}


def test_a_failed_build_leaves_nothing_behind(db, monkeypatch: pytest.MonkeyPatch):
    real_submit = responses.submit_response
    calls = {"n": 0}

    def failing_submit(database, respondent_id):
        calls["n"] += 1
        if calls["n"] == 12:
            raise OSError("disk gone")
        return real_submit(database, respondent_id)

    monkeypatch.setattr(responses, "submit_response", failing_submit)
    with pytest.raises(OSError):
        demo.build_demo(db)
    assert partnerships.list_partnerships(db) == []
    assert not demo.has_demo_data(db)
    with db.reading() as session:
        assert session.scalar(select(func.count(Answer.id))) == 0
