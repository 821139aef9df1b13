"""The exchange on the command line: one line per file, exit codes 0/1/2/3."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from healthdesk.cli import main
from healthdesk.framework import default_framework
from healthdesk.models.db import Database
from healthdesk.services import responses
from tests.test_exchange_support import answer, dump, make_setup

IND = [ind.id for ind in default_framework().indicators]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def facilitator(tmp_path):
    """A facilitator folder with a round (closed again after the invitations: the CLI opens its own)."""
    s = make_setup(tmp_path)
    folder = s.fac.paths.root
    s.fac.close()
    yield s, folder
    for db in s.opened:
        db.close()


def _respond(capsys, tmp_path, invitation: Path, name: str, score: int, submit: bool = True) -> Path:
    laptop = tmp_path / f"laptop-{name}"
    code, out, _ = run(capsys, "--data-dir", laptop, "open", invitation, "--no-app")
    assert code == 0 and "added" in out
    db = Database.open(laptop)
    try:
        rid = int(out.strip().rsplit(" ", 1)[-1])
        answer(db, rid, score)
        if submit:
            responses.submit_response(db, rid)
    finally:
        db.close()
    target = tmp_path / f"{name}.hdresponse"
    code, out, _ = run(capsys, "--data-dir", laptop, "export-response", "-o", target)  # the only one here
    assert code == 0 and "10 of 10 answered" in out
    return target


def test_export_invitations_command(tmp_path, capsys):
    folder = tmp_path / "fac"
    db = Database.open(folder)
    from datetime import date

    from healthdesk.services import rounds
    from tests.builders import make_partnership

    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2025 H1", date(2025, 1, 15))
    rounds.add_respondent(db, r.id, "Li Wei", "A")
    db.close()
    code, out, err = run(
        capsys,
        "--data-dir",
        folder,
        "export-invitations",
        "CSHC",
        "--round",
        "2025 H1",
        "--out",
        tmp_path / "inv",
    )
    assert code == 0
    assert out.count(".hdinvite") == 1 and "\tA\tLi Wei" in out
    assert "facilitator key" in err and err.startswith("1 invitation written")
    code, out, _ = run(capsys, "--data-dir", folder, "facilitator-key")
    assert code == 0 and len(out.split("\t")[1]) == 64
    code, _, err = run(
        capsys, "--data-dir", folder, "export-invitations", "CSHC", "--round", "1999", "--out", tmp_path / "x"
    )
    assert code == 1 and "round not found" in err
    # The round's language and the facilitator's address go into the invitation; a message .txt beside it.
    code, out, err = run(
        capsys,
        "--data-dir",
        folder,
        "export-invitations",
        "CSHC",
        "--out",
        tmp_path / "zh",
        "--language",
        "zh",
        "--facilitator-email",
        "fac@example.com",
    )
    assert code == 0 and "ready-to-send message" in err
    invite = Path(out.split("\t")[0])
    from healthdesk.exchange import formats
    from healthdesk.exchange.invitations import read_invitation

    inv = read_invitation(formats.read_capped(invite, formats.MAX_INVITATION_BYTES))
    assert inv.language == "zh" and inv.facilitator_email == "fac@example.com"
    text = invite.with_suffix(".txt").read_text(encoding="utf-8")
    assert text.startswith("Li Wei，您好") and "fac@example.com" in text and invite.name in text
    assert invite.with_suffix(".txt").stat().st_mode & 0o777 == 0o600
    code, _, err = run(
        capsys,
        "--data-dir",
        folder,
        "export-invitations",
        "CSHC",
        "--out",
        tmp_path / "y",
        "--facilitator-email",
        "x@",
    )
    assert code == 1 and "not an e-mail address" in err


def test_respondent_and_facilitator_round_trip(facilitator, tmp_path, capsys):
    s, folder = facilitator
    li = _respond(capsys, tmp_path, s.invitations["Li Wei"], "li", 4)
    wang = _respond(capsys, tmp_path, s.invitations["王芳"], "wang", 2, submit=False)
    code, out, err = run(capsys, "--data-dir", folder, "import-responses", li, wang, "--dry-run")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{li}: new - Li Wei (side A)") and "submitted" in lines[0]
    assert "in progress" in lines[1] and "dry run" in err
    db = Database.open(folder, read_only=True)
    before = dump(db)
    db.close()
    code, out, err = run(capsys, "--data-dir", folder, "import-responses", li, wang)
    assert code == 0 and out.count(": new - ") == 2 and "backup before import" in err
    code, out, _ = run(capsys, "--data-dir", folder, "import-responses", li, wang)
    assert code == 0 and out.count(": identical - ") == 2 and "imported before" in out
    db = Database.open(folder, read_only=True)
    assert dump(db) != before
    db.close()


def test_refused_or_conflicted_files_exit_1(facilitator, tmp_path, capsys):
    s, folder = facilitator
    li = _respond(capsys, tmp_path, s.invitations["Li Wei"], "li", 4)
    junk = tmp_path / "junk.hdresponse"
    junk.write_text("not json")
    code, out, _ = run(capsys, "--data-dir", folder, "import-responses", li, junk)
    assert code == 1
    assert f"{junk}: refused - the file is not a HealthDesk response file" in out
    assert f"{li}: new" in out
    # A changed submitted response: a conflict, never written here.
    laptop = tmp_path / "laptop-li"
    db = Database.open(laptop)
    responses.reopen_response(db, 1)
    responses.record_answer(db, 1, IND[0], 1)
    responses.submit_response(db, 1)
    db.close()
    changed = tmp_path / "li2.hdresponse"
    assert run(capsys, "--data-dir", laptop, "export-response", "--respondent", "1", "-o", changed)[0] == 0
    code, out, _ = run(capsys, "--data-dir", folder, "import-responses", changed)
    assert code == 1 and ": conflict - " in out and "kept" in out


def test_import_needs_the_folder_exit_3(facilitator, tmp_path, capsys):
    s, folder = facilitator
    li = _respond(capsys, tmp_path, s.invitations["Li Wei"], "li", 4)
    holder = Database.open(folder)
    try:
        code, _, err = run(capsys, "--data-dir", folder, "import-responses", li)
        assert code == 3 and "in use by another HealthDesk" in err
        code, out, _ = run(capsys, "--data-dir", folder, "import-responses", li, "--dry-run")
        assert code == 0 and ": new - " in out  # a dry run only reads
    finally:
        holder.close()


def test_export_response_needs_a_respondent_when_there_are_several(facilitator, tmp_path, capsys):
    s, _folder = facilitator
    laptop = tmp_path / "shared-laptop"
    for name in ("Li Wei", "王芳"):
        assert run(capsys, "--data-dir", laptop, "open", s.invitations[name], "--no-app")[0] == 0
    code, _, err = run(capsys, "--data-dir", laptop, "export-response", "-o", tmp_path / "x.hdresponse")
    assert code == 1 and "--respondent" in err and "Li Wei" in err and "王芳" in err
    code, out, _ = run(
        capsys, "--data-dir", laptop, "export-response", "--respondent", "2", "-o", tmp_path / "x"
    )
    assert code == 0 and "0 of 10 answered" in out


def test_usage_errors_exit_2(capsys):
    assert run(capsys, "import-responses")[0] == 2
    assert run(capsys, "export-data", "X", "--format", "pdf", "-o", "x")[0] == 2


def test_export_and_import_data_commands(facilitator, tmp_path, capsys):
    s, folder = facilitator
    db = Database.open(folder)
    try:  # the round is open: its results go out (marked preliminary) only with its sharing setting off
        from healthdesk.services import rounds

        rounds.set_round_sharing(db, s.round_id, False)
    finally:
        db.close()
    for fmt in ("xlsx", "csv"):
        code, out, _ = run(
            capsys, "--data-dir", folder, "export-data", "CSHC", "--format", fmt, "-o", tmp_path / f"d.{fmt}"
        )
        assert code == 0 and (tmp_path / f"d.{fmt}").exists()
    code, out, _ = run(
        capsys, "--data-dir", folder, "export-data", "CSHC", "--format", "json", "-o", tmp_path / "h.json"
    )
    assert code == 0 and "confidential" in out
    assert json.loads((tmp_path / "h.json").read_text())["format"] == "healthdesk-history"
    other = tmp_path / "other"
    Database.open(other).close()
    code, out, _ = run(capsys, "--data-dir", other, "import-data", tmp_path / "h.json")
    assert code == 0 and "imported CloudSoft" in out
    code, _, err = run(capsys, "--data-dir", other, "import-data", tmp_path / "h.json")
    assert code == 1 and "already in this database" in err


def test_open_starts_the_app_on_the_invitation(facilitator, tmp_path, capsys, monkeypatch):
    """``healthdesk open FILE``: run_app(open_path=FILE) when the shell takes it; otherwise the invitation is
    added first and the app started on the data folder."""
    from healthdesk.ui.shell import app as app_module

    s, _folder = facilitator
    calls = []

    def run_app_with(data_dir, lang=None, argv=None, open_path=None):
        calls.append(("with", Path(data_dir), open_path))
        return 0

    def run_app_without(data_dir, lang=None, argv=None):
        calls.append(("without", Path(data_dir), None))
        return 0

    monkeypatch.setattr(app_module, "run_app", run_app_with)
    code, _, _ = run(capsys, "--data-dir", tmp_path / "r1", "open", s.invitations["Li Wei"])
    assert code == 0 and calls[-1] == ("with", tmp_path / "r1", str(s.invitations["Li Wei"]))
    monkeypatch.setattr(app_module, "run_app", run_app_without)
    code, out, _ = run(capsys, "--data-dir", tmp_path / "r2", "open", s.invitations["Li Wei"])
    assert code == 0 and calls[-1][0] == "without" and "Li Wei" in out
    db = Database.open(tmp_path / "r2", read_only=True)
    try:
        assert "Li Wei" in dump(db)
    finally:
        db.close()
    bad = tmp_path / "bad.hdinvite"
    bad.write_text("{}")
    code, _, err = run(capsys, "--data-dir", tmp_path / "r3", "open", bad, "--no-app")
    assert code == 1 and "not a HealthDesk invitation" in err


def test_exchange_code_loads_no_qt():
    import subprocess

    code = (
        "import sys, healthdesk.services.exchange, healthdesk.commands.exchange;"
        "bad=[m for m in sys.modules if m.startswith('PySide6')]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
