"""macOS opens a double-clicked invitation by sending the running app a QFileOpenEvent: it must reach the window
like a file handed over by a second launch. And the app carries its own icon (window, task bar, dock)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from healthdesk.ui.shell import single_instance
from healthdesk.ui.shell.app import app_icon, create_application

pytestmark = pytest.mark.gui


def test_a_file_open_event_reaches_the_window_once_it_is_ready(qtbot, tmp_path):
    app = QApplication.instance()
    arrivals = single_instance.Arrivals()
    events = single_instance.FileOpenEvents(arrivals)
    app.installEventFilter(events)
    try:
        invitation = tmp_path / "CQ-HY-2026_H2-A-Daniel_Wu.hdinvite"
        invitation.write_bytes(b"x")
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(invitation)))
        assert arrivals.waiting == [str(invitation)]  # the window is not ready yet: the file waits
        opened: list[list[str]] = []
        arrivals.ready(opened.append)
        assert opened == [[str(invitation)]]
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(tmp_path / "later.hdresponse")))
        assert opened[-1] == [str(tmp_path / "later.hdresponse")]
    finally:
        app.removeEventFilter(events)


def test_the_app_has_its_icon_in_every_size():
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (256, 256), (512, 512)} <= sizes
    app = create_application()
    assert not app.windowIcon().isNull()
