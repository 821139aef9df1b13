"""Data out: a round's results to .xlsx and CSV (per side, never per person; formulas neutralised), and a
partnership's whole history as JSON that imports again elsewhere."""

from __future__ import annotations

import csv
import io
import json
import shutil
import stat
from datetime import date

import pytest
from openpyxl import load_workbook

from healthdesk.analysis.serialize import scores_to_dict
from healthdesk.errors import HealthDeskError
from healthdesk.exchange import crypto
from healthdesk.framework import default_framework
from healthdesk.models.db import Database
from healthdesk.models.entities import Action, Decision, Goal, Kpi, KpiValue
from healthdesk.services import exchange, responses, rounds, summary
from tests.builders import make_partnership
from tests.test_exchange_support import answer, dump, make_setup, read_doc, write_doc

IND = [ind.id for ind in default_framework().indicators]
HOSTILE = [
    '=HYPERLINK("http://evil","click")',
    "+1+2",
    "-5 is far too low",
    "@SUM(A1:A9)",
    "\tindented",
    "\rcr",
]


@pytest.fixture
def folder(tmp_path):
    """Two rounds: 2025 H1 with three respondents per side, 2025 H2 with side B below the threshold."""
    db = Database.open(tmp_path / "fac")
    p = make_partnership(db)
    r1 = rounds.create_round(db, p.id, "2025 H1", date(2025, 1, 15))
    r2 = rounds.create_round(db, p.id, "2025 H2", date(2025, 7, 1))
    n = 0
    for rnd, per_side in ((r1, {"A": 3, "B": 3}), (r2, {"A": 3, "B": 2})):
        for side, count in per_side.items():
            for k in range(count):
                who = rounds.add_respondent(db, rnd.id, f"Secret Person {side}{k} {rnd.label}", side)
                score = {"A": 4, "B": 2}[side]
                answer(
                    db,
                    who.id,
                    {IND[0]: score, IND[1]: score + (k % 2), IND[2]: "na"},
                    HOSTILE[n % len(HOSTILE)],
                )
                responses.record_comment(db, who.id, HOSTILE[(n + 1) % len(HOSTILE)] + f" #{n}")
                responses.submit_response(db, who.id)
                n += 1
    for rnd in (r1, r2):  # results go out once a round is closed (see test_round_sharing.py for open rounds)
        rounds.set_round_status(db, rnd.id, "closed")
    with db.transaction() as session:
        goal = Goal(partnership_id=p.id, round_id=r1.id, level="top", title="Lead the segment", owner_a="Li")
        session.add(goal)
        session.flush()
        session.add(Goal(partnership_id=p.id, parent_id=goal.id, level="mid", title="3 products"))
        session.add(Action(partnership_id=p.id, goal_id=goal.id, title="Pilot in Q3", owner_side="AB"))
        kpi = Kpi(partnership_id=p.id, name="Churn", unit="%", alert_threshold=10.0, target=5.0)
        kpi.values = [KpiValue(period="2025 Q1", period_end=date(2025, 3, 31), value=7.5, note="ok")]
        session.add(kpi)
        session.add(Decision(partnership_id=p.id, round_id=r2.id, text="Fund the lab", status="requested"))
    yield db, p
    db.close()


def _all_text(values) -> str:
    return "\n".join(str(v) for v in values if v is not None)


def test_xlsx_holds_per_side_results_and_no_formula(folder, tmp_path):
    db, p = folder
    path = exchange.export_data(db, p.id, None, "xlsx", tmp_path / "out.xlsx", lang="en")
    wb = load_workbook(path)
    assert wb.sheetnames == ["About", "Scores", "Participation", "Problems", "Comments", "Withheld"]
    cells = [c for ws in wb for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"], "a text became a formula"
    text = _all_text(c.value for c in cells)
    assert "Secret Person" not in text  # nobody's name, nobody's individual answers
    comments = [c for c in wb["Comments"]["C"][1:]]
    hostile = [c for c in comments if str(c.value).startswith("=HYPERLINK")]
    assert hostile and all(c.data_type == "s" and c.quotePrefix for c in hostile)
    scores = wb["Scores"]
    header = [c.value for c in scores[1]]
    assert header[4] == "CloudSoft: score" and header[8] == "HardCo: score"
    rows = [[c.value for c in row] for row in scores.iter_rows(min_row=2)]
    first = next(r for r in rows if r[0] == "2025 H1" and r[1] == "Indicator")
    assert first[4] == 4 and first[8] == 2 and first[12] == 3 and first[13] == 2  # A, B, joint, gap
    # 2025 H2: side B below the threshold: nothing of side B, no joint value.
    for row in (r for r in rows if r[0] == "2025 H2"):
        assert row[8] is None and row[9] is None and row[12] is None
    withheld = _all_text(c.value for row in wb["Withheld"].iter_rows() for c in row)
    assert "HardCo: 2 of 3 required responses" in withheld
    problems_h2 = [r for r in wb["Problems"].iter_rows(min_row=2, values_only=True) if r[0] == "2025 H2"]
    assert problems_h2 and {r[3] for r in problems_h2} == {"CloudSoft"}


def test_xlsx_in_chinese(folder, tmp_path):
    db, p = folder
    wb = load_workbook(exchange.export_data(db, p.id, "2025 H1", "xlsx", tmp_path / "zh.xlsx", lang="zh"))
    assert wb.sheetnames[1] == "得分"
    values = _all_text(c.value for row in wb["得分"].iter_rows() for c in row)
    assert "战略协同" in values and "双方战略目标一致性" in values and "2025 H2" not in values


def test_csv_has_a_bom_and_neutralised_cells(folder, tmp_path):
    db, p = folder
    path = exchange.export_data(db, p.id, None, "csv", tmp_path / "out.csv", lang="zh")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    texts = [r["text"] for r in rows if r["section"] in ("problem", "comment")]
    assert texts
    for cell in [*texts, *(r["round"] for r in rows)]:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert '\'=HYPERLINK("http://evil","click")' in texts
    assert "'-5 is far too low" in texts
    gap = next(
        r for r in rows if r["side"] == "gap" and r["indicator_id"] == IND[0] and r["round"] == "2025 H1"
    )
    assert gap["value"] == "2.00"
    neg = [r["value"] for r in rows if r["side"] == "gap" and r["value"].startswith("-")]
    assert all(v[1:].replace(".", "").isdigit() for v in neg)  # numbers stay numbers
    assert any(r["dimension"] == "战略协同" for r in rows)
    assert "Secret Person" not in raw.decode("utf-8-sig")
    h2_b = [r for r in rows if r["round"] == "2025 H2" and r["side"] == "B" and r["section"] == "score"]
    assert h2_b and all(r["value"] == "" for r in h2_b)


def test_export_replaces_atomically(folder, tmp_path):
    db, p = folder
    target = tmp_path / "out.csv"
    target.write_text("old")
    exchange.export_data(db, p.id, "2025 H1", "csv", target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(x.name for x in tmp_path.iterdir() if x.name.startswith(".")) == []


def test_unknown_round_is_not_found(folder, tmp_path):
    db, p = folder
    with pytest.raises(HealthDeskError) as err:
        exchange.export_data(db, p.id, "1999", "xlsx", tmp_path / "x.xlsx")
    assert err.value.code == "not_found"
    assert not (tmp_path / "x.xlsx").exists()


# -- history JSON -----------------------------------------------------------------------------------------------


def _scores(db, pid):
    _, history = summary.partnership_history(db, pid)
    out = []
    for s in history:
        d = scores_to_dict(s)
        d.pop("round_id")
        out.append(d)
    return out


def test_history_moves_to_another_machine(folder, tmp_path):
    db, p = folder
    path = exchange.export_data(db, p.id, None, "json", tmp_path / "history.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    doc = read_doc(path)
    assert doc["confidential"] is True and "CONFIDENTIAL" in doc["notice"]
    assert doc["rounds"][0]["respondents"][0]["response"]["answers"][0]["score"] in (4, 5)
    other = Database.open(tmp_path / "other")
    try:
        result = exchange.import_data(other, path)
        assert (result.rounds, result.respondents, result.responses) == (2, 11, 11)
        assert _scores(other, result.partnership_id) == _scores(db, p.id)
        again = exchange.export_data(other, result.partnership_id, None, "json", tmp_path / "again.json")
        first, second = read_doc(path), read_doc(again)
        first.pop("exported_at"), second.pop("exported_at")
        assert first == second  # everything came across, ids included
        before = dump(other)
        with pytest.raises(HealthDeskError) as err:
            exchange.import_data(other, path)
        assert err.value.code == "partnership_exists"
        assert dump(other) == before
    finally:
        other.close()


def test_history_import_refuses_a_name_clash_and_bad_content(folder, tmp_path):
    db, p = folder
    path = exchange.export_data(db, p.id, None, "json", tmp_path / "history.json")
    other = Database.open(tmp_path / "other")
    try:
        make_partnership(other)  # same name and code, another record
        before = dump(other)
        with pytest.raises(HealthDeskError) as err:
            exchange.import_data(other, path)
        assert err.value.code == "partnership_clash"
        doc = read_doc(path)
        doc["partnership"]["name"], doc["partnership"]["code"] = "Another", "ANO"
        cases = [
            (
                lambda d: d["rounds"][0]["respondents"][0]["response"]["answers"][0].update(score=9),
                "breaks_rule",  # the services' score_range rule, with where in the file
            ),
            (lambda d: d["rounds"][0]["respondents"][0].update(side="X"), "bad_field"),
            (lambda d: d["rounds"][1].update(uid=d["rounds"][0]["uid"]), "bad_field"),
            (lambda d: d.update(format_version=4), "future_format"),
            (lambda d: d["goals"][1].update(parent=99), "bad_field"),
            (lambda d: d["kpis"][0]["values"][0].update(value="NaN"), "bad_field"),
            (lambda d: d["rounds"][0].update(framework_key="nowhere@1"), "wrong_framework"),
        ]
        for change, code in cases:
            bad_doc = json.loads(json.dumps(doc))
            change(bad_doc)
            with pytest.raises(HealthDeskError) as err:
                exchange.import_data(other, write_doc(tmp_path / "bad.json", bad_doc))
            assert err.value.code == code
        assert dump(other) == before
        ok = exchange.import_data(other, write_doc(tmp_path / "renamed.json", doc))
        assert ok.name == "Another"
    finally:
        other.close()


def test_history_carries_goals_actions_kpis_and_decisions(folder, tmp_path):
    db, p = folder
    path = exchange.export_data(db, p.id, None, "json", tmp_path / "history.json")
    other = Database.open(tmp_path / "other")
    try:
        pid = exchange.import_data(other, path).partnership_id
        with other.reading() as session:
            goals = session.query(Goal).filter_by(partnership_id=pid).order_by(Goal.id).all()
            assert [g.title for g in goals] == ["Lead the segment", "3 products"]
            assert goals[1].parent_id == goals[0].id and goals[0].round_id is not None
            action = session.query(Action).filter_by(partnership_id=pid).one()
            assert action.goal_id == goals[0].id and action.owner_side == "AB"
            kpi = session.query(Kpi).filter_by(partnership_id=pid).one()
            assert [(v.period, v.value) for v in kpi.values] == [("2025 Q1", 7.5)]
            assert session.query(Decision).filter_by(partnership_id=pid).one().text == "Fund the lab"
    finally:
        other.close()


def test_after_a_move_with_the_key_response_files_still_import(tmp_path):
    """Documented move: the history JSON plus the facilitator key file."""
    s = make_setup(tmp_path / "old")
    try:
        db, rid = s.respondent_db("Li Wei")
        answer(db, rid, 4)
        responses.submit_response(db, rid)
        response_file = exchange.export_response(db, rid, tmp_path / "li.hdresponse").path
        history = exchange.export_data(s.fac, s.partnership_id, None, "json", tmp_path / "h.json")
        new = Database.open(tmp_path / "new")
        try:
            exchange.import_data(new, history)
            assert exchange.import_responses(new, [response_file]).files[0].error.code == "no_facilitator_key"
            shutil.copy2(crypto.key_path(s.fac.paths.root), crypto.key_path(new.paths.root))
            assert exchange.import_responses(new, [response_file]).files[0].outcome == "new"
        finally:
            new.close()
    finally:
        s.close()


def test_blind_round_shows_nothing_until_both_sides_reach_the_threshold(tmp_path):
    db = Database.open(tmp_path / "blind")
    try:
        p = make_partnership(db)
        r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 15), blind=True)
        for side, count in (("A", 3), ("B", 1)):
            for k in range(count):
                who = rounds.add_respondent(db, r.id, f"{side}{k}", side)
                answer(db, who.id, 4, "a problem")
                responses.record_comment(db, who.id, "a comment")
                responses.submit_response(db, who.id)
        rounds.set_round_status(db, r.id, "closed")
        wb = load_workbook(exchange.export_data(db, p.id, None, "xlsx", tmp_path / "b.xlsx"))
        scores = [r for r in wb["Scores"].iter_rows(min_row=2, values_only=True)]
        assert scores == []
        assert (
            list(wb["Problems"].iter_rows(min_row=2)) == []
            and list(wb["Comments"].iter_rows(min_row=2)) == []
        )
        reasons = [r[1] for r in wb["Withheld"].iter_rows(min_row=2, values_only=True)]
        assert any("blind round" in x and "HardCo 2" in x for x in reasons)
        rows = list(
            csv.DictReader(
                io.StringIO(
                    exchange.export_data(db, p.id, None, "csv", tmp_path / "b.csv")
                    .read_bytes()
                    .decode("utf-8-sig")
                )
            )
        )
        assert {r["section"] for r in rows} == {"participation", "withheld"}
    finally:
        db.close()
