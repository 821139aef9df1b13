"""Exports keep their promise (issue 12, section 5): every xlsx and CSV cell through one neutralising writer, and
"share results only once the round is closed": no PDF, xlsx or CSV of an open round while the setting is on;
"preliminary" on every page, sheet and CSV while it is off."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from healthdesk.cli import main
from healthdesk.errors import HealthDeskError
from healthdesk.models.db import Database
from healthdesk.models.entities import Goal, Kpi, Partnership, Round
from healthdesk.services import exchange, followup, rounds
from tests.builders import add_submitted, make_partnership

PREFIXES = ["=", "+", "-", "@", "\t", "\r"]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _hostile(db, prefix: str) -> dict[str, str]:
    """A partnership whose labels, names, round label, KPI name and goal title all start with ``prefix``. Set in
    the database directly: whatever let them in (an older version, another importer), the export must hold."""
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "R1", date(2025, 1, 15))
    add_submitted(db, r.id, "A", [4, 4, 3])
    add_submitted(db, r.id, "B", [3, 2, 3])
    rounds.set_round_status(db, r.id, "closed")
    followup.create_kpi(db, p.id, followup.KpiInput("churn", 10))
    followup.create_goal(db, p.id, followup.GoalInput("top", "goal"))
    texts = {
        "label_a": f"{prefix}B+1",
        "label_b": f"{prefix}SUM(A1)",
        "name": f"{prefix}cmd|' /C calc'!A0",
        "name_a": f"{prefix}Partner A",
        "round": f"{prefix}2025 H1",
        "kpi": f"{prefix}HYPERLINK(1)",
        "goal": f"{prefix}1+1",
    }
    with db.transaction() as session:
        row = session.get(Partnership, p.id)
        row.partner_a_label, row.partner_b_label = texts["label_a"], texts["label_b"]
        row.name, row.partner_a_name = texts["name"], texts["name_a"]
        session.get(Round, r.id).label = texts["round"]
        session.query(Kpi).filter_by(partnership_id=p.id).one().name = texts["kpi"]
        session.query(Goal).filter_by(partnership_id=p.id).one().title = texts["goal"]
    return {"id": p.id, **texts}


@pytest.mark.parametrize("prefix", PREFIXES, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_every_xlsx_cell_headers_included_is_text_never_a_formula(db, tmp_path, prefix):
    h = _hostile(db, prefix)
    wb = load_workbook(exchange.export_data(db, h["id"], None, "xlsx", tmp_path / "out.xlsx"))
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [f"{c.parent.title}!{c.coordinate}" for c in cells if c.data_type == "f"]
    by_value = {}
    for c in cells:
        by_value.setdefault(str(c.value).replace("\n", "\r") if prefix == "\r" else str(c.value), []).append(
            c
        )
    # Partner labels in the header row of Scores, round labels in the rows, names in About: kept as typed.
    expected = [
        f"{h['label_a']}: score",
        f"{h['label_b']}: score",
        h["round"],
        h["name"],
        f"{h['name_a']} ({h['label_a']})",
    ]
    for text in expected:
        assert text in by_value, (text, sorted(by_value)[:20])
        assert all(c.data_type == "s" and c.quotePrefix for c in by_value[text]), text
    for ws in wb:
        assert not ws.title.startswith(tuple(PREFIXES))


@pytest.mark.parametrize("prefix", PREFIXES, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_every_csv_cell_gets_the_single_leading_apostrophe(db, tmp_path, prefix):
    h = _hostile(db, prefix)
    raw = (
        exchange.export_data(db, h["id"], None, "csv", tmp_path / "out.csv").read_bytes().decode("utf-8-sig")
    )
    reader = csv.reader(io.StringIO(raw, newline=""))
    header = next(reader)
    assert header[0] == "round" and not any(cell.startswith(tuple(PREFIXES)) for cell in header)
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert rows
    for row in rows:
        for key, cell in row.items():
            assert not cell.startswith(tuple(PREFIXES)) or (
                key in ("value", "spread") and float(cell) <= 0
            ), (
                key,
                cell,
            )
    assert {r["round"] for r in rows} == {"'" + h["round"]}
    labels = {r["side_label"] for r in rows if r["side_label"]}
    assert labels == {"'" + h["label_a"], "'" + h["label_b"]}


# -- share results only once the round is closed --------------------------------------------------------------


@pytest.fixture
def two_rounds(db):
    """2025 H1 closed, 2025 H2 open with answers: both sides above the threshold."""
    p = make_partnership(db)
    r1 = rounds.create_round(db, p.id, "2025 H1", date(2025, 1, 15))
    add_submitted(db, r1.id, "A", [4, 4, 3], prefix="h1")
    add_submitted(db, r1.id, "B", [3, 2, 3], prefix="h1")
    rounds.set_round_status(db, r1.id, "closed")
    r2 = rounds.create_round(db, p.id, "2025 H2", date(2025, 7, 1))
    add_submitted(db, r2.id, "A", [5, 4, 4], prefix="h2")
    add_submitted(db, r2.id, "B", [2, 2, 3], prefix="h2")
    return p, r1, r2


def test_the_setting_is_on_by_default_and_editable_through_the_services(two_rounds, db):
    p, r1, r2 = two_rounds
    assert r1.share_when_closed and r2.share_when_closed
    assert rounds.set_round_sharing(db, r2.id, False).share_when_closed is False
    assert rounds.get_round(db, r2.id).share_when_closed is False
    kept = rounds.update_round(db, r2.id, "2025 H2", date(2025, 7, 1), None, 3)  # not given: kept as it was
    assert kept.share_when_closed is False
    again = rounds.update_round(db, r2.id, "2025 H2", date(2025, 7, 1), None, 3, share_when_closed=True)
    assert again.share_when_closed is True
    off = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1), share_when_closed=False)
    assert off.share_when_closed is False
    assert rounds.last_closed_round(db, p.id).label == "2025 H1"


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_open_round_is_refused_with_why_how_and_the_last_closed_round(two_rounds, db, tmp_path, fmt):
    p, _r1, _r2 = two_rounds
    target = tmp_path / f"open.{fmt}"
    with pytest.raises(HealthDeskError) as err:
        exchange.export_data(db, p.id, "2025 H2", fmt, target)
    message = err.value.message_en()
    assert err.value.code == "results_not_shared"
    assert "give away that person's scores" in message  # why
    assert 'turn off "Share results only once the round is closed"' in message  # how to change it
    assert "The last closed round is '2025 H1'" in message  # what instead, and the command
    assert f'healthdesk export-data CSHC --round "2025 H1" --format {fmt}' in message
    assert not target.exists() and not list(tmp_path.glob(".*"))


def test_every_round_export_leaves_out_an_open_round_and_says_why(two_rounds, db, tmp_path):
    p, _r1, _r2 = two_rounds
    wb = load_workbook(exchange.export_data(db, p.id, None, "xlsx", tmp_path / "all.xlsx"))
    scored = {row[0] for row in wb["Scores"].iter_rows(min_row=2, values_only=True)}
    assert scored == {"2025 H1"}
    assert {row[0] for row in wb["Participation"].iter_rows(min_row=2, values_only=True)} == {"2025 H1"}
    reasons = [row for row in wb["Withheld"].iter_rows(min_row=2, values_only=True) if row[0] == "2025 H2"]
    assert reasons and "only once it is closed" in reasons[0][1]
    raw = exchange.export_data(db, p.id, None, "csv", tmp_path / "all.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw)))
    assert {r["section"] for r in rows if r["round"] == "2025 H2"} == {"withheld"}


def test_a_partnership_with_only_an_open_round_is_refused(db, tmp_path):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2025 H1", date(2025, 1, 15))
    add_submitted(db, r.id, "A", [4, 4, 3])
    with pytest.raises(HealthDeskError) as err:
        exchange.export_data(db, p.id, None, "xlsx", tmp_path / "x.xlsx")
    assert err.value.code == "results_not_shared_none"
    assert "no closed round yet" in err.value.message_en()


def test_command_line_refuses_report_and_export_data_of_an_open_round(
    two_rounds, db, data_dir, tmp_path, capsys
):
    out = tmp_path / "open.pdf"
    code, _, err = run(capsys, "--data-dir", data_dir, "report", "CSHC", "--round", "2025 H2", "-o", out)
    assert code == 1 and not out.exists()
    assert "no PDF of round '2025 H2' yet" in err
    assert 'healthdesk report CSHC --round "2025 H1" -o review.pdf' in err
    code, _, err = run(
        capsys, "--data-dir", data_dir, "export-data", "CSHC", "--round", "2025 H2", "--format", "csv", "-o",
        tmp_path / "o.csv",
    )  # fmt: skip
    assert code == 1 and "no CSV of round '2025 H2' yet" in err
    code, _, err = run(capsys, "--data-dir", data_dir, "report", "CSHC", "--round", "2025 H1", "-o", out)
    assert code == 0, err  # the closed round prints
    assert "PRELIMINARY" not in "".join(page.extract_text() for page in PdfReader(out).pages)


def test_with_the_setting_off_every_page_sheet_and_csv_says_preliminary(
    two_rounds, db, data_dir, tmp_path, capsys
):
    p, _r1, r2 = two_rounds
    rounds.set_round_sharing(db, r2.id, False)
    out = tmp_path / "open.pdf"
    code, _, err = run(capsys, "--data-dir", data_dir, "report", "CSHC", "--round", "2025 H2", "-o", out)
    assert code == 0, err
    pages = PdfReader(out).pages
    assert len(pages) > 2
    for page in pages:
        assert "PRELIMINARY" in page.extract_text()
    wb = load_workbook(exchange.export_data(db, p.id, "2025 H2", "xlsx", tmp_path / "p.xlsx"))
    for ws in wb:
        assert "PRELIMINARY" in str(ws["A1"].value) and "2025 H2" in str(ws["A1"].value), ws.title
    assert [c.value for c in wb["Scores"][2]][:2] == ["Round", "Level"]  # the header follows the notice
    zh = load_workbook(exchange.export_data(db, p.id, "2025 H2", "xlsx", tmp_path / "z.xlsx", lang="zh"))
    assert all("初步结果" in str(ws["A1"].value) for ws in zh)
    raw = (
        exchange.export_data(db, p.id, "2025 H2", "csv", tmp_path / "p.csv").read_bytes().decode("utf-8-sig")
    )
    rows = list(csv.DictReader(io.StringIO(raw)))
    assert rows[0]["section"] == "preliminary" and "PRELIMINARY" in rows[0]["text"]
    # A closed round's files carry no such mark.
    closed = load_workbook(exchange.export_data(db, p.id, "2025 H1", "xlsx", tmp_path / "c.xlsx"))
    assert not any("PRELIMINARY" in str(c.value) for ws in closed for row in ws.iter_rows() for c in row)


def test_the_demo_shares_its_open_rounds_as_preliminary(tmp_path):
    from healthdesk.demo import build_demo

    db = Database.open(tmp_path / "demo")
    try:
        build_demo(db)
        with db.reading() as session:
            setting = {(r.status, r.share_when_closed) for r in session.query(Round)}
        assert ("open", False) in setting and ("closed", True) in setting
        assert ("open", True) not in setting
    finally:
        db.close()


def test_summary_shows_live_results_of_an_open_round_marked_preliminary(two_rounds, db, data_dir, capsys):
    """The facilitator's own view: never refused (the setting is on), and says the results may still change."""
    import json

    code, out, err = run(capsys, "--data-dir", data_dir, "summary", "CSHC", "--round", "2025 H2")
    assert code == 0, err
    assert out.startswith("PRELIMINARY: round 2025 H2 is open") and "Health index: " in out
    code, out, _ = run(capsys, "--data-dir", data_dir, "summary", "CSHC", "--round", "2025 H2", "--json")
    doc = json.loads(out)
    assert doc["round"]["preliminary"] is True and doc["round"]["status"] == "open"
    assert doc["overall"]["index"] is not None  # live results
    code, out, _ = run(capsys, "--data-dir", data_dir, "summary", "CSHC", "--round", "2025 H1", "--json")
    assert json.loads(out)["round"]["preliminary"] is False
    code, out, _ = run(capsys, "--data-dir", data_dir, "summary", "CSHC", "--round", "2025 H1")
    assert "PRELIMINARY" not in out
