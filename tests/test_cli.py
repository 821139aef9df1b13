"""The command line as a user types it: output a reader can check by hand, errors on one line, exit codes."""

from __future__ import annotations

import json

import pytest

from healthdesk.cli import main
from healthdesk.models.db import Database
from healthdesk.services import responses, rounds
from tests.builders import add_submitted, make_partnership


@pytest.fixture
def scored_folder(data_dir):
    """CloudSoft (3 respondents) scores every indicator 4, 4, 5; HardCo (4 respondents) 3, 3, 2, 2, except
    trust, which HardCo scores 1 and one HardCo respondent leaves not applicable."""
    db = Database.open(data_dir)
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-15", "2026-02-15")
    add_submitted(db, r.id, "A", [4, 4, 5])
    add_submitted(db, r.id, "B", [{"trust": 1}, {"trust": 1}, {"trust": 1}, {"trust": "na"}])
    # the other HardCo indicators default to 3 in the builder: make two respondents score 2 on finance
    db.close()
    return data_dir


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_text_shows_hand_computed_numbers(scored_folder, capsys):
    code, out, err = run(capsys, "--data-dir", str(scored_folder), "summary", "CSHC", "--as-of", "2026-03-01")
    assert code == 0, err
    # CloudSoft: every indicator (4+4+5)/3 = 4.33; HardCo: 3 everywhere, trust (1+1+1)/3 = 1.
    # Relationship: CloudSoft 4.33, HardCo (3 + 1)/2 = 2; joint (4.33+2)/2 = 3.17, gap +2.33 flagged.
    # Joint overall: four dimensions at (4.33+3)/2 = 3.667 and relationship 3.167 -> 3.5667; index 64.17 -> 64.2.
    assert "Health index: 64.2 / 100" in out
    assert "baseline" in out
    relationship = next(line for line in out.splitlines() if line.startswith("Relationship health"))
    assert relationship.split()[2:6] == ["4.33", "2.00", "3.17", "+2.33!"]
    trust = next(line for line in out.splitlines() if "Trust level" in line)
    # trust: CloudSoft 4.33, HardCo 1.00 -> joint 2.67 (amber), gap +3.33 flagged
    assert trust.split()[-6:] == ["4.33", "1.00", "2.67", "+3.33!", "amber", "●"]
    assert "Rising trust and communication cost" in out
    assert "CloudSoft 3 of 3 submitted, HardCo 4 of 4 submitted" in out


def test_summary_json_has_schema_version_and_full_precision(scored_folder, capsys):
    code, out, _ = run(
        capsys, "summary", "CSHC", "--json", "--as-of", "2026-03-01", "--data-dir", str(scored_folder)
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["schema_version"] == 1
    text = json.dumps(doc)
    assert "64.1666666" in text  # the index at full precision, not rounded


def test_withheld_side_is_null_with_reason(data_dir, capsys):
    db = Database.open(data_dir)
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-15")
    add_submitted(db, r.id, "A", [4, 4, 4])
    add_submitted(db, r.id, "B", [2, 2])
    db.close()
    code, out, _ = run(capsys, "summary", "CSHC", "--as-of", "2026-03-01")
    assert code == 0
    assert "Health index: withheld" in out
    assert "HardCo: 2 of 3 required responses" in out
    assert "Diagnosis: withheld" in out and "no bottleneck rule fired" not in out
    code, out, _ = run(capsys, "summary", "CSHC", "--json", "--as-of", "2026-03-01")
    doc = json.loads(out)
    assert "2 of 3 required responses" in json.dumps(doc, ensure_ascii=False)
    assert '"index": null' in json.dumps(doc) or doc.get("index") is None


def test_list_and_data_dir_before_or_after_the_command(scored_folder, capsys, monkeypatch):
    monkeypatch.delenv("HEALTHDESK_DATA_DIR")
    code, out, _ = run(capsys, "list", "--data-dir", str(scored_folder))
    assert code == 0 and "2026 H1" in out and "CloudSoft 3 of 3 submitted" in out
    code, out2, _ = run(capsys, "--data-dir", str(scored_folder), "list")
    assert out2 == out
    code, out, _ = run(capsys, "--data-dir", str(scored_folder), "list", "--json")
    doc = json.loads(out)
    assert doc["partnerships"][0]["rounds"][0]["submitted"] == {"A": 3, "B": 4}


def test_environment_variable_selects_the_data_folder(scored_folder, capsys, monkeypatch):
    monkeypatch.setenv("HEALTHDESK_DATA_DIR", str(scored_folder))
    code, out, _ = run(capsys, "list")
    assert code == 0 and "CSHC" in out


def test_errors_are_one_line_with_exit_codes(scored_folder, capsys):
    code, _, err = run(capsys, "summary", "NOPE")
    assert code == 1
    assert err.strip() == "healthdesk: error: partnership not found: NOPE"
    code, _, err = run(capsys, "summary", "CSHC", "--round", "1999 H1")
    assert code == 1 and "round not found: 1999 H1" in err
    code, _, err = run(capsys, "summary")
    assert code == 2 and "healthdesk: error:" in err
    code, _, err = run(capsys, "summary", "CSHC", "--as-of", "yesterday")
    assert code == 2


def test_read_only_commands_work_while_a_writer_holds_the_folder(scored_folder, capsys):
    writer = Database.open(scored_folder)
    try:
        code, out, err = run(capsys, "summary", "CSHC", "--as-of", "2026-03-01")
        assert code == 0, err
        assert "Health index" in out
    finally:
        writer.close()


def test_list_on_an_empty_folder_says_what_to_do(data_dir, capsys):
    code, _, err = run(capsys, "list")
    assert code == 1
    assert "healthdesk demo" in err


def test_answers_in_progress_do_not_count(data_dir, capsys):
    db = Database.open(data_dir)
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-15")
    add_submitted(db, r.id, "A", [4, 4, 4])
    add_submitted(db, r.id, "B", [2, 2, 2])
    draft = rounds.add_respondent(db, r.id, "Draft", "B")
    responses.record_answer(db, draft.id, "trust", 5)
    db.close()
    code, out, _ = run(capsys, "summary", "CSHC", "--as-of", "2026-03-01")
    trust = next(line for line in out.splitlines() if "Trust level" in line)
    # the draft's 5 is ignored: CloudSoft 4, HardCo 2 -> joint 3.00, gap +2.00
    assert trust.split()[-6:] == ["4.00", "2.00", "3.00", "+2.00!", "amber", "●"]


def test_blind_round_shows_no_results_until_both_sides_submitted(data_dir, capsys):
    db = Database.open(data_dir)
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-15", blind=True)
    add_submitted(db, r.id, "A", [4, 4, 4])
    add_submitted(db, r.id, "B", [2, 2])
    db.close()
    code, out, err = run(capsys, "summary", "CSHC", "--as-of", "2026-03-01")
    assert code == 1 and out == ""
    assert "is blind" in err and "B: 1" in err
    db = Database.open(data_dir)
    add_submitted(db, r.id, "B", [2], prefix="late")
    db.close()
    code, out, _ = run(capsys, "summary", "CSHC", "--as-of", "2026-03-01")
    assert code == 0 and "Health index: 50.0" in out
