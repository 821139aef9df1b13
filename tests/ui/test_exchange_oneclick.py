"""Issue 19: from the e-mailed invitation to the response file in one path, with two data folders.

Folder A is the facilitator's, folder B the executive's laptop, whose HealthDesk is already running. The invitation
is opened in B by a real second process (``python -m healthdesk open FILE``, what a double-click runs): it hands
the file to B's window through the local socket and exits 0. The executive presses Enter on the confirmation,
answers with the real widgets, submits; the response file appears beside the invitation (0600) and is imported
in A.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from healthdesk.framework import default_framework
from healthdesk.models.db import Database
from healthdesk.services import exchange, rounds
from healthdesk.ui.common import i18n, tasks, widgets
from healthdesk.ui.common.context import AppContext
from healthdesk.ui.exchange import files as exchange_files
from healthdesk.ui.exchange.export import ExportInvitationsDialog
from healthdesk.ui.exchange.import_preview import ImportPreviewDialog
from healthdesk.ui.shell import app as app_module
from healthdesk.ui.shell import single_instance

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _queue_stopped_after_each_test():
    yield
    tasks.shutdown()


def _second_launch(data_dir: Path, path: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "healthdesk", "--data-dir", str(data_dir), "open", str(path)],
        cwd=str(ROOT),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


class _EnterOnConfirmation:
    """Presses Enter on the invitation's confirmation when it shows (a timer: the box runs its own loop)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []  # (default button text, box text)
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.objectName() == "invitationConfirmation" and w.isVisible():
                default = w.defaultButton()
                self.seen.append((default.text() if default else "", w.text()))
                from PySide6.QtTest import QTest

                QTest.keyClick(w, Qt.Key.Key_Return)


@pytest.fixture
def laptop_b(tmp_path, ui_app, qtbot):
    """Folder B with HealthDesk running: main window, context, and the instance server listening."""
    from healthdesk.ui.shell.main_window import MainWindow
    from healthdesk.ui.shell.settings import AppSettings

    folder = tmp_path / "laptop-b"
    folder.mkdir()
    db = Database.open(folder)
    settings = AppSettings(folder)
    ctx = AppContext(db, data_dir=folder, lang="en", settings=settings)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.show()
    qtbot.waitExposed(window)
    server = single_instance.InstanceServer(folder)
    assert server.listen()
    received: list[list[str]] = []

    def handed(paths: list[str]) -> None:
        received.append(paths)
        QTimer.singleShot(0, lambda: app_module.open_handed_files(window, ctx, paths))

    server.files_received.connect(handed)
    yield folder, ctx, window, received
    server.close()
    for w in QApplication.topLevelWidgets():
        if w.objectName() in ("walkthroughWindow",):
            w.close()
    db.close()
    i18n.apply_language("en")


def test_invitation_to_response_file_through_a_second_launch(
    ctx, make_partnership, laptop_b, qtbot, tmp_path, monkeypatch
):
    folder_b, ctx_b, window_b, received = laptop_b
    # -- A: the facilitator exports a Chinese round's invitations with an e-mail address --------------------
    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    for name, side in (("Li Wei", "A"), ("王芳", "B")):
        rounds.add_respondent(ctx.db, r.id, name, side)
    dialog = ExportInvitationsDialog(ctx, p.id)
    qtbot.addWidget(dialog)
    invites = tmp_path / "mail attachments"
    dialog.folder_edit.setText(str(invites))
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("zh"))
    dialog.email_edit.setText("facilitator@example.com")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    assert len(dialog.written) == 2 and dialog.message_box.isVisibleTo(dialog)
    li = next(w for w in dialog.written if w.name == "Li Wei")
    message = li.message_file.read_text(encoding="utf-8")
    assert li.path.name in message and "facilitator@example.com" in message
    assert message.index("十分钟") < message.index("ten minutes")  # the round's language first
    key = exchange.facilitator_key(ctx.db)
    assert key.short in message

    # -- B: a double-click while B's HealthDesk runs: a second process hands the file over and exits 0 ------
    assert ctx_b.lang == "en" and not ctx_b.language_chosen
    enter = _EnterOnConfirmation()
    proc = _second_launch(folder_b, li.path)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert b"read-only" not in err
    assert received == [[str(li.path)]]
    from healthdesk.ui.walkthrough.window import WalkthroughWindow

    def walkthrough_window():
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, WalkthroughWindow) and w.isVisible()),
            None,
        )

    qtbot.waitUntil(lambda: walkthrough_window() is not None, timeout=20000)
    enter.timer.stop()
    # Enter opened it (Open is the default button), in the round's language (zh), no demo offer on top.
    assert enter.seen and enter.seen[0][0] == "打开"
    assert "Li Wei" in enter.seen[0][1] and key.short in enter.seen[0][1]
    assert ctx_b.lang == "zh"
    assert getattr(window_b, "first_run_dialog", None) is None or not window_b.first_run_dialog.isVisible()

    # -- B: answer every indicator with the real score cards, then submit ----------------------------------
    wt_window = walkthrough_window()
    widget = wt_window.walkthrough
    for n, ind in enumerate(default_framework().indicators):
        widget.go_to_page(widget._card_page[ind.id])
        qtbot.mouseClick(widget.cards[ind.id].level_cards[(n % 5) + 1], Qt.MouseButton.LeftButton)
    assert widget.flush()
    monkeypatch.setattr(widgets, "confirm", lambda *a, **k: True)  # "Submit your answers?"
    assert widget.submit()
    monkeypatch.undo()

    # The response file is beside the invitation, readable by the user only, and the screen says where.
    saved = sorted(invites.glob("*.hdresponse"))
    assert len(saved) == 1 and saved[0].stat().st_mode & 0o777 == 0o600
    panel = wt_window.top_panel
    assert panel is not None and panel.isVisible()
    assert str(saved[0]) in panel.text.text()
    opened_urls = []
    monkeypatch.setattr(exchange_files, "open_url", lambda url: opened_urls.append(url) or True)
    qtbot.mouseClick(panel.show_folder, Qt.MouseButton.LeftButton)
    assert opened_urls[-1].toLocalFile().rstrip("/") == str(invites)
    assert panel.write_mail.isVisible()
    qtbot.mouseClick(panel.write_mail, Qt.MouseButton.LeftButton)
    mail = opened_urls[-1]
    assert mail.scheme() == "mailto" and mail.path() == "facilitator@example.com"
    assert "2025 H1" in mail.query(mail.ComponentFormattingOption.FullyDecoded)
    from healthdesk.ui.exchange import actions as ui_exchange

    asked = []
    monkeypatch.setattr(
        ui_exchange,
        "ask_save_file",
        lambda parent, title, suggested, f: asked.append(suggested) or str(tmp_path / "usb"),
    )
    monkeypatch.setattr(widgets, "show_info", lambda *a, **k: None)
    qtbot.mouseClick(panel.save_copy, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).parent == invites  # the chooser starts where the file is
    assert (tmp_path / "usb.hdresponse").stat().st_mode & 0o777 == 0o600

    # -- A: import the response file ------------------------------------------------------------------------
    preview = ImportPreviewDialog(ctx, [str(saved[0])])
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: not preview.busy(), timeout=60_000)
    assert preview.import_button.isEnabled()
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not preview.busy(), timeout=60_000)
    status = {w.name: w.status for w in rounds.list_respondents(ctx.db, r.id)}
    assert status == {"Li Wei": "submitted", "王芳": "not_started"}


def test_reopening_a_submitted_invitation_offers_the_file_again(
    ctx, make_partnership, tmp_path, qtbot, dialogs
):
    from healthdesk.services import responses
    from healthdesk.ui.exchange import actions as ui_exchange
    from healthdesk.ui.walkthrough.window import _existing
    from tests.test_exchange_support import answer

    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    rounds.add_respondent(ctx.db, r.id, "Li Wei", "A")
    inv = exchange.export_invitations(ctx.db, p.id, "2025 H1", tmp_path / "inv")[0]
    laptop_db = Database.open(tmp_path / "laptop")
    laptop = AppContext(laptop_db, data_dir=tmp_path / "laptop", lang="en")
    try:
        opened = exchange.open_invitation(laptop_db, inv.path)
        answer(laptop_db, opened.respondent_id, {i.id: 3 for i in default_framework().indicators})
        responses.submit_response(laptop_db, opened.respondent_id)
        result = ui_exchange.open_invitation_file(laptop, inv.path)
        window = _existing(opened.respondent_id)
        assert result is not None and window is not None and window.top_panel is not None
        saved = sorted((tmp_path / "inv").glob("*.hdresponse"))
        assert len(saved) == 1 and saved[0].stat().st_mode & 0o777 == 0o600
        assert str(saved[0]) in window.top_panel.text.text()
        assert not window.top_panel.write_mail.isVisibleTo(window)  # no address in this invitation
        assert "Send this file to the facilitator who invited you" in window.top_panel.text.text()
        window.close()
    finally:
        laptop_db.close()


def test_a_stale_socket_from_a_crashed_instance_does_not_block_a_start(tmp_path, qapp):
    folder = tmp_path / "data"
    folder.mkdir()
    first = single_instance.InstanceServer(folder)
    assert first.listen()
    path = first.server.fullServerName()
    first.close()
    if sys.platform == "win32" or not path.startswith("/"):
        pytest.skip("a socket file is a Unix thing")
    # What a killed HealthDesk leaves: a socket file nobody listens on.
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)
    stale.close()
    assert Path(path).exists()
    assert not single_instance.hand_over(folder, [str(tmp_path / "x.hdinvite")])
    second = single_instance.InstanceServer(folder)
    assert second.listen()
    second.close()


def test_socket_names_follow_the_data_folder(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    assert single_instance.server_name(a) == single_instance.server_name(tmp_path / "a" / ".." / "a")
    assert single_instance.server_name(a) != single_instance.server_name(b)


def test_response_file_falls_back_to_the_desktop_then_home(ctx, make_partnership, tmp_path):
    from healthdesk.services import responses
    from tests.test_exchange_support import answer

    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    rounds.add_respondent(ctx.db, r.id, "Li Wei", "A")
    inv = exchange.export_invitations(ctx.db, p.id, "2025 H1", tmp_path / "inv")[0]
    laptop_db = Database.open(tmp_path / "laptop")
    try:
        opened = exchange.open_invitation(laptop_db, inv.path)
        answer(laptop_db, opened.respondent_id, {i.id: 3 for i in default_framework().indicators})
        responses.submit_response(laptop_db, opened.respondent_id)
        mark = exchange.invitation_mark(laptop_db, opened.respondent_id)
        assert (
            mark.invitation_path == str(inv.path) and mark.language == "en" and mark.facilitator_email == ""
        )
        home = tmp_path / "home"
        home.mkdir()
        gone = tmp_path / "unplugged USB stick" / inv.path.name  # the invitation's folder is not there now
        result = exchange.save_response_beside(
            laptop_db, opened.respondent_id, gone, [home / "Desktop", home]
        )
        assert result.path.parent == home and result.path.stat().st_mode & 0o777 == 0o600
        (home / "Desktop").mkdir()
        result = exchange.save_response_beside(
            laptop_db, opened.respondent_id, gone, [home / "Desktop", home]
        )
        assert result.path.parent == home / "Desktop"
    finally:
        laptop_db.close()


def test_chinese_ui_loads_qt_own_dialog_labels(ui_app):
    """Qt's file dialog labels (qtbase_zh_CN, shipped in the PySide6 wheel) load with the app's translations."""
    from PySide6.QtCore import QCoreApplication

    try:
        i18n.apply_language("zh")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("ExchangeFinish", "Show in folder") == "在文件夹中显示"
    finally:
        i18n.apply_language("en")


def test_healthdesk_file_opens_invitations_and_response_files(tmp_path):
    from healthdesk.cli import is_openable_file

    (tmp_path / "a.hdinvite").write_text("{}")
    (tmp_path / "b.HDRESPONSE").write_text("{}")
    assert is_openable_file(str(tmp_path / "a.hdinvite")) and is_openable_file(str(tmp_path / "b.HDRESPONSE"))
    assert not is_openable_file(str(tmp_path / "missing.hdinvite"))
    assert not is_openable_file("backups") and not is_openable_file("--lang")


def test_second_launch_reaches_a_running_healthdesk_process(ctx, make_partnership, tmp_path, qtbot):
    """Both sides real processes: `healthdesk --data-dir B` runs (run_app listens), `healthdesk --data-dir B open
    FILE` hands the file over and exits 0; the running one logs that it received it."""
    from PySide6.QtNetwork import QLocalSocket

    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    rounds.add_respondent(ctx.db, r.id, "Li Wei", "A")
    inv = exchange.export_invitations(ctx.db, p.id, "2025 H1", tmp_path / "inv")[0]
    folder = tmp_path / "laptop"
    folder.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    primary = subprocess.Popen(
        [sys.executable, "-m", "healthdesk", "--data-dir", str(folder)],
        cwd=str(ROOT),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:

        def listening() -> bool:
            assert primary.poll() is None, primary.stderr.read().decode()
            probe = QLocalSocket()
            probe.connectToServer(single_instance.server_name(folder))
            ok = probe.waitForConnected(200)
            probe.abort()
            return ok

        qtbot.waitUntil(listening, timeout=60000)
        second = _second_launch(folder, inv.path)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
        _out, err = second.communicate()
        assert second.returncode == 0, err.decode()
        assert b"in use" not in err and b"read-only" not in err
        log = folder / "logs" / "healthdesk.log"
        qtbot.waitUntil(
            lambda: log.exists() and "handed over 1 file(s)" in log.read_text(encoding="utf-8"), timeout=60000
        )
        assert primary.poll() is None  # still running, now showing the invitation
    finally:
        primary.terminate()
        try:
            primary.wait(timeout=30)
        except subprocess.TimeoutExpired:
            primary.kill()
            primary.wait()
