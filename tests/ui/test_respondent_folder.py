"""While respondent mode runs, the data folder says so: a second HealthDesk, ``healthdesk open FILE`` and every
command that shows data refuse and show nothing; ``backups`` and ``check`` still run; a marker left by a crash
blocks nothing (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from healthdesk import cli
from healthdesk.models.db import Database
from healthdesk.paths import DataPaths
from healthdesk.services import rounds
from healthdesk.ui.walkthrough.respondent import RespondentModeWindow
from healthdesk.ui.walkthrough.window import open_walkthrough

pytestmark = pytest.mark.gui

REFUSAL = "respondent mode is active on this folder"
REPO = Path(__file__).resolve().parents[2]


def respondent_mode_holder(path):  # noqa: ANN001, ANN201 - imported late: the tests must run (and fail) on builds without it
    from healthdesk.models.lock import respondent_mode_holder as holder

    return holder(path)


@pytest.fixture
def running(ctx, qtbot, dialogs, make_partnership, make_round, main_window):
    """Respondent mode running in this process on ctx's data folder."""
    p = make_partnership(ctx)
    r = make_round(ctx, p.id)
    rounds.set_round_pin(ctx.db, r.id, "4321")
    who = rounds.add_respondent(ctx.db, r.id, "Li Wei", "A", "CEO")
    window = open_walkthrough(ctx, who.id, parent=main_window, respondent_mode=True)
    assert isinstance(window, RespondentModeWindow)  # not given to qtbot: it deletes itself when left
    yield window
    try:
        still_on = window.isVisible()
    except RuntimeError:  # left and deleted by the test
        still_on = False
    if still_on:
        dialogs.text_answer = "4321"
        window.request_leave()


@pytest.fixture
def refusals(monkeypatch):
    from healthdesk.ui.walkthrough import room as respondent_room

    shown: list[str] = []
    monkeypatch.setattr(
        respondent_room, "ask_respondent_mode", lambda parent, exc: shown.append(exc.message_en())
    )
    return shown


def test_the_folder_says_respondent_mode_runs_and_forgets_it_after(ctx, qtbot, dialogs, running, data_dir):
    assert respondent_mode_holder(DataPaths(data_dir).lock) is not None
    dialogs.text_answer = "4321"
    with qtbot.waitSignal(running.left, timeout=2000):
        running.request_leave()
    assert respondent_mode_holder(DataPaths(data_dir).lock) is None


def test_commands_that_show_data_refuse_and_show_nothing(running, data_dir, capsys):
    for argv in (["list"], ["list", "--json"], ["summary", "SWHW1"], ["report", "SWHW1", "-o", "x.pdf"]):
        code = cli.main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        assert code == 3, argv
        assert out == "", argv
        assert REFUSAL in err, argv


def test_backups_and_check_still_run(running, data_dir, capsys):
    assert cli.main(["--data-dir", str(data_dir), "backups"]) == 0
    assert cli.main(["--data-dir", str(data_dir), "check"]) == 0
    assert REFUSAL not in capsys.readouterr().err


def test_a_second_process_refuses(running, data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-m", "healthdesk", "--data-dir", str(data_dir), "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 3
    assert done.stdout == ""
    assert REFUSAL in done.stderr


def test_the_app_and_open_file_show_the_refusal_and_no_window(
    running, data_dir, refusals, monkeypatch, tmp_path
):
    from healthdesk.ui.shell import main_window as main_window_module

    built: list[object] = []
    monkeypatch.setattr(main_window_module.MainWindow, "show", lambda self: built.append(self))
    # `healthdesk` (no command): the refusal, exit 3, no main window, no read-only offer.
    assert cli.main(["--data-dir", str(data_dir)]) == 3
    # `healthdesk open FILE`: the same, the file is not read.
    invitation = tmp_path / "someone.hdinvite"
    invitation.write_text("{}", encoding="utf-8")
    assert cli.main(["--data-dir", str(data_dir), "open", str(invitation)]) == 3
    assert len(refusals) == 2 and all(REFUSAL in text for text in refusals)
    assert built == []


def test_a_read_only_healthdesk_already_open_closes_when_respondent_mode_starts(
    ctx, qtbot, dialogs, data_dir, refusals, make_partnership, make_round, main_window
):
    p = make_partnership(ctx)
    r = make_round(ctx, p.id)
    rounds.set_round_pin(ctx.db, r.id, "4321")
    who = rounds.add_respondent(ctx.db, r.id, "Li Wei", "A", "CEO")
    from healthdesk.ui.walkthrough import room as respondent_room

    watch = respondent_room.ReadOnlyWatch(data_dir)
    assert not watch.check()
    window = open_walkthrough(ctx, who.id, parent=main_window, respondent_mode=True)
    assert watch.check()
    assert refusals and REFUSAL in refusals[0]
    dialogs.text_answer = "4321"
    window.request_leave()


def test_a_stale_marker_from_a_crash_blocks_nothing(tmp_path, capsys):
    folder = tmp_path / "crashed"
    folder.mkdir()
    Database.open(folder).close()
    lock = DataPaths(folder).lock
    # The app crashed in respondent mode: the marker is there, its holder is gone (nobody holds the lock).
    lock.write_text(json.dumps({"pid": 999999, "host": "x", "respondent_mode": True}), encoding="utf-8")
    assert respondent_mode_holder(lock) is None
    assert cli.main(["--data-dir", str(folder), "list"]) == 0
    assert REFUSAL not in capsys.readouterr().err
    # And the next writer takes the folder over normally, without the marker.
    db = Database.open(folder)
    try:
        assert respondent_mode_holder(lock) is None
        assert "respondent_mode" not in json.loads(lock.read_text(encoding="utf-8"))
    finally:
        db.close()
