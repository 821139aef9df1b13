"""Key messages (issue 16, section 3): up to five short bullets per round and language, written by the facilitator,
stored with the round (schema 0004) and in the history file (format version 3; versions 1 and 2 still read),
set and shown from the command line, and printed above the generated diagnosis with markup printed literally."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from healthdesk.cli import main
from healthdesk.errors import HealthDeskError, ValidationError
from healthdesk.models import migrate
from healthdesk.models.db import Database
from healthdesk.reports.data import collect_review_data
from healthdesk.reports.pdf import build_review
from healthdesk.services import exchange, key_messages, rounds, summary
from healthdesk.services.validation import check_key_messages
from tests.builders import add_submitted, make_partnership

FIXTURES = Path(__file__).parent / "fixtures" / "schemas"
TODAY = date(2026, 8, 1)
MESSAGES = {
    "en": ["Renewal of the channel agreement is due in March", "<b>Budget</b> & headcount frozen until Q3"],
    "zh": ["渠道协议须在三月续签", "预算与人员编制冻结至第三季度"],
}


def _closed_round(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 15))
    add_submitted(db, r.id, "A", [4, 4, 3])
    add_submitted(db, r.id, "B", [2, 2, 3])
    rounds.set_round_status(db, r.id, "closed")
    return db, p, r


@pytest.fixture
def closed(db):
    return _closed_round(db)


# ----------------------------------------------------------------------------------------- storage


def test_the_0003_fixture_upgrades_and_its_rounds_have_no_key_messages(data_dir):
    assert migrate.HEAD == "0004"
    data_dir.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "0003.sqlite3", data_dir / "healthdesk.sqlite3")
    with Database.open(data_dir) as db:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == "0004"
        rnd = rounds.find_round(db, "CQHY", "2025 H2")
        assert key_messages.get_key_messages(db, rnd.id) == {}
        key_messages.set_key_messages(db, rnd.id, {"zh": ["续签在即"]})
        assert key_messages.get_key_messages(db, rnd.id) == {"zh": ("续签在即",)}


def test_writing_key_messages_does_not_change_the_round_results_version(closed):
    db, _p, r = closed
    with db.reading() as session:
        from healthdesk.models.entities import Round

        before = session.get(Round, r.id).results_version
    key_messages.set_key_messages(db, r.id, MESSAGES)  # a closed round takes them
    with db.reading() as session:
        assert session.get(Round, r.id).results_version == before


# ----------------------------------------------------------------------------------------- the rules


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ({"en": ["a", "b", "c", "d", "e", "f"]}, "too_many"),
        ({"en": ["fine", "   "]}, "required"),
        ({"zh": ["x" * 201]}, "too_long"),
        ({"fr": ["bonjour"]}, "key_messages_format"),
        ({"en": "one string"}, "key_messages_format"),
        ({"en": [3]}, "key_messages_format"),
        (["a list"], "key_messages_format"),
    ],
)
def test_the_rules_refuse_bad_key_messages_and_keep_the_old_ones(closed, raw, code):
    db, _p, r = closed
    key_messages.set_key_messages(db, r.id, MESSAGES)
    with pytest.raises(ValidationError) as refused:
        key_messages.set_key_messages(db, r.id, raw)
    assert refused.value.code == code
    assert key_messages.get_key_messages(db, r.id) == {k: tuple(v) for k, v in MESSAGES.items()}


def test_the_rules_trim_and_allow_either_language_alone():
    assert check_key_messages({"en": ["  five bullets at most  "] * 5, "zh": []}) == {
        "en": ("five bullets at most",) * 5
    }
    assert check_key_messages({"zh": ["x" * 200]}) == {"zh": ("x" * 200,)}
    assert check_key_messages({}) == {}


# ----------------------------------------------------------------------------------------- command line


def test_cli_sets_and_shows_key_messages(data_dir, tmp_path, capsys):
    with Database.open(data_dir) as db:  # the command line takes the folder's writer lock itself
        _db, p, r = _closed_round(db)
    as_json = tmp_path / "km.json"
    as_json.write_text(json.dumps(MESSAGES, ensure_ascii=False), encoding="utf-8")
    args = ["--data-dir", str(data_dir), "key-messages", p.code, "--round", r.label]
    assert main([*args, "--set", str(as_json)]) == 0
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"round": r.label, "key_messages": MESSAGES}

    as_text = tmp_path / "km.txt"
    as_text.write_text("- Renewal is due\n\n[zh]\n• 续签在即\n", encoding="utf-8")
    assert main([*args, "--set", str(as_text)]) == 0
    capsys.readouterr()
    assert main([*args, "--show"]) == 0
    assert capsys.readouterr().out == "[en]\n- Renewal is due\n[zh]\n- 续签在即\n"

    too_many = tmp_path / "many.txt"
    too_many.write_text("\n".join(f"point {n}" for n in range(6)), encoding="utf-8")
    assert main([*args, "--set", str(too_many)]) == 1
    assert "at most 5 (got 6)" in capsys.readouterr().err
    assert main([*args, "--json"]) == 0  # nothing changed
    assert json.loads(capsys.readouterr().out)["key_messages"] == {
        "en": ["Renewal is due"],
        "zh": ["续签在即"],
    }


# ----------------------------------------------------------------------------------------- history file


def test_history_carries_key_messages_and_older_formats_still_read(closed, tmp_path):
    db, p, r = closed
    key_messages.set_key_messages(db, r.id, MESSAGES)
    path = exchange.export_data(db, p.id, None, "json", tmp_path / "history.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format_version"] == 3 and doc["rounds"][0]["key_messages"] == MESSAGES

    def import_into(name: str, document: dict) -> dict:
        target = Database.open(tmp_path / name)
        try:
            file = tmp_path / f"{name}.json"
            file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
            pid = exchange.import_data(target, file).partnership_id
            return key_messages.get_key_messages(target, rounds.find_round(target, pid, r.label).id)
        finally:
            target.close()

    assert import_into("v3", doc) == {k: tuple(v) for k, v in MESSAGES.items()}
    for version in (2, 1):
        old = json.loads(json.dumps(doc))
        old["format_version"] = version
        for rnd in old["rounds"]:
            rnd.pop("key_messages")
            if version == 1:
                rnd.pop("share_when_closed")
        assert import_into(f"v{version}", old) == {}
    # the same rules as the services: a file with six bullets is refused, saying where
    bad = json.loads(json.dumps(doc))
    bad["rounds"][0]["key_messages"] = {"en": [f"point {n}" for n in range(6)]}
    with pytest.raises(HealthDeskError) as refused:
        import_into("bad", bad)
    assert "rounds[0].key_messages" in refused.value.message_en()


# ----------------------------------------------------------------------------------------- the printed review


@pytest.mark.parametrize("lang", ["en", "zh", "bilingual"])
def test_key_messages_print_above_the_diagnosis_and_markup_literally(closed, tmp_path, lang):
    db, p, r = closed
    key_messages.set_key_messages(db, r.id, MESSAGES)
    data = collect_review_data(db, p.id, as_of=TODAY)
    assert data.key_messages == {k: tuple(v) for k, v in MESSAGES.items()}
    assert summary.summarise_for_dashboard(db, p.id, as_of=TODAY).summary.diagnosis  # a diagnosis is printed
    out = build_review(tmp_path / f"km-{lang}.pdf", data, lang, sections={"summary"})
    text = "".join("".join((pg.extract_text() or "") for pg in PdfReader(str(out)).pages).split())
    words = {
        "en": ("Keymessages", "Diagnosis"),
        "zh": ("关键信息", "诊断"),
        "bilingual": ("Keymessages", "Diagnosis"),
    }
    heading, diagnosis_word = words[lang]
    bullets = {"en": MESSAGES["en"], "zh": MESSAGES["zh"], "bilingual": MESSAGES["en"] + MESSAGES["zh"]}[lang]
    start = text.index(heading)
    diagnosis = text.index(diagnosis_word, start)
    for bullet in bullets:
        assert start < text.index("".join(bullet.split())) < diagnosis
    if lang != "zh":
        assert "<b>Budget</b>&headcount" in text  # printed as written, not as bold


def test_a_review_in_a_language_without_bullets_prints_the_other_ones(closed, tmp_path):
    db, p, r = closed
    key_messages.set_key_messages(db, r.id, {"zh": ["续签在即"]})
    out = build_review(
        tmp_path / "km.pdf", collect_review_data(db, p.id, as_of=TODAY), "en", sections={"summary"}
    )
    assert "续签在即" in "".join((pg.extract_text() or "") for pg in PdfReader(str(out)).pages)
