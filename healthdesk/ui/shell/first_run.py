"""First run: nobody meets a blank screen. An empty data folder offers the demo data or an empty start; demo
data can be loaded later and removed in one step (with confirmation).

Building and removing the demo run on the background queue (``tasks.run_in_background``) behind a progress dialog:
the window keeps painting; neither can be cancelled (removing is one transaction; a half-built demo is removed
again by ``build_demo`` itself, so stopping it would only cost the same time again)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ... import maintenance
from ..common import theme, widgets
from ..common.task_strip import run_with_progress

if TYPE_CHECKING:
    from ..common.context import AppContext
    from .main_window import MainWindow

log = logging.getLogger(__name__)


TR_CONTEXT = "FirstRun"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def _demo_module() -> Any:
    try:
        from ... import demo
    except ImportError:
        return None
    return demo


def has_demo(ctx: AppContext) -> bool:
    demo = _demo_module()
    if demo is None or not hasattr(demo, "has_demo_data"):
        return False
    result, _error = ctx.try_call(demo.has_demo_data)
    return bool(result)


def _has_partnerships(ctx: AppContext) -> bool:
    from ...services import partnerships as svc

    rows, _error = ctx.try_call(svc.list_partnerships)
    return bool(rows)


class FirstRunDialog(QDialog):
    """Offered once, on an empty data folder: explore with demo data, or start empty."""

    def __init__(self, parent: QWidget | None = None, demo_available: bool = True):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.choice = "empty"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * theme.GRID, 3 * theme.GRID, 3 * theme.GRID, 3 * theme.GRID)
        layout.setSpacing(2 * theme.GRID)
        self.heading = widgets.title_label()
        layout.addWidget(self.heading)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.setSpacing(theme.SPACING)
        row.addStretch(1)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("startEmptyButton")
        self.empty_button.clicked.connect(lambda: self._choose("empty"))
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("loadDemoButton")
        self.demo_button.setDefault(True)
        self.demo_button.setEnabled(demo_available)
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        row.addWidget(self.empty_button)
        row.addWidget(self.demo_button)
        layout.addLayout(row)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Welcome to HealthDesk"))
        self.heading.setText(tr("Welcome to HealthDesk"))
        self.text.setText(
            tr(
                "Your data folder is empty. Would you like to look around with demo partnerships first? They come "
                "with assessment rounds from both partners, so every screen has something to show.\n\n"
                "Demo data is marked as such and can be removed in one step from the File menu at any time."
            )
        )
        self.empty_button.setText(tr("Start empty"))
        self.demo_button.setText(tr("Explore with demo data"))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def maybe_offer(window: MainWindow) -> FirstRunDialog | None:
    """Show the first-run offer when the folder has no partnerships and it was never answered (non-blocking)."""
    ctx = window.ctx
    if ctx is None or ctx.read_only or getattr(window, "opened_with_file", False):
        return None  # started to open a file (an invitation): no demo offer over it
    settings = window.settings
    if settings is not None and settings.first_run_done:
        return None
    if _has_partnerships(ctx):
        if settings is not None:
            settings.first_run_done = True
        return None
    dialog = FirstRunDialog(window, demo_available=_demo_module() is not None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    window.first_run_dialog = dialog

    def finished(_code: int) -> None:
        if settings is not None:
            settings.first_run_done = True
            settings.sync()
        if dialog.choice == "demo":
            load_demo(ctx, window, ask=False)
        else:
            ctx.show_status(tr("Ready. Create your first partnership with Ctrl+N."), 10000)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def load_demo(ctx: AppContext, window: QWidget | None = None, ask: bool = True) -> bool:
    demo = _demo_module()
    if demo is None or not hasattr(demo, "build_demo"):
        widgets.show_error(window, tr("The demo data is not part of this version."))
        return False
    if has_demo(ctx):
        widgets.show_info(window, tr("The demo data is already loaded."))
        return False
    if ask and not widgets.confirm(
        window,
        tr("Add the demo partnerships to your data? They can be removed again in one step."),
        tr("Load demo data"),
    ):
        return False
    db = ctx.db
    run_with_progress(
        ctx,
        window,
        lambda control: demo.build_demo(db, progress=control.report),
        tr("Loading the demo data…"),
        lambda _ids: ctx.show_status(tr("Demo data loaded. Remove it any time from the File menu."), 10000),
    )
    return True


def remove_demo(ctx: AppContext, window: QWidget | None = None) -> bool:
    demo = _demo_module()
    if demo is None or not hasattr(demo, "remove_demo_data"):
        widgets.show_error(window, tr("The demo data is not part of this version."))
        return False
    if not has_demo(ctx):
        widgets.show_info(window, tr("There is no demo data to remove."))
        return False
    if not widgets.confirm(
        window,
        tr(
            "Remove all demo partnerships, with their rounds and answers?\n\nYour own partnerships are not "
            "touched. A backup is taken first."
        ),
        tr("Remove demo data"),
        danger=True,
    ):
        return False
    db = ctx.db

    def job(_control: Any) -> int:
        try:
            maintenance.backup_now(db, reason="before-demo")
        except Exception:  # noqa: BLE001 - the removal below is still safe to offer; log why the backup failed
            log.exception("backup before removing demo data failed")
        return demo.remove_demo_data(db)

    run_with_progress(
        ctx,
        window,
        job,
        tr("Removing the demo data…"),
        lambda _n: ctx.show_status(tr("Demo data removed."), 8000),
    )
    return True
