"""The main window: a left navigation, a stack of pages, menus with shortcuts, and a status bar.

The window frame is built and shown before the database is opened (so it paints at once); ``attach(ctx)`` then
builds the pages that read data. Pages are created the first time they are shown. Pages written by other
modules (dashboard, portfolio) are imported lazily; when one is missing, a placeholder says so.

The window is made of three parts: ``MainWindow`` here (the frame, attaching the data, the current partnership,
undo, the menu commands, settings), ``menus.ShellMenus`` (navigation, menus, actions, status bar and their words)
and ``pages.ShellPages`` (making, wiring and showing the pages).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from .menus import ShellMenus
from .pages import (  # noqa: F401 - PARTNERSHIP_PAGES, TOP_PAGES, PlaceholderPage: re-exported
    PARTNERSHIP_PAGES,
    TOP_PAGES,
    HomeReady,
    OpeningPage,
    Pages,
    PlaceholderPage,
    ShellPages,
)

if TYPE_CHECKING:  # the frame paints before the database layer is imported
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from ..common.context import AppContext
    from .settings import AppSettings


log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 760)
MIN_SIZE = (800, 560)


TR_CONTEXT = "MainWindow"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


class MainWindow(ShellMenus, ShellPages, QMainWindow):
    first_painted = Signal()
    ready = Signal()  # the partnerships read from the database are on screen
    partnership_changed = Signal(object)  # id or None

    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.ctx: AppContext | None = None
        self.current_partnership_id: int | None = None
        self.current_partnership_name = ""
        self.pages: dict[str, QWidget] = Pages(self)
        self._painted = False
        self._undo: list[tuple[str, Callable[[], Any]]] = []
        self._page_factories: dict[str, Callable[[], QWidget]] = {}
        self.first_run_dialog: QWidget | None = None
        self.shell_built = False

        # The frame: what paints first, before anything reads data.
        self.stack = QStackedWidget()
        self.opening = OpeningPage()
        self.stack.addWidget(self.opening)
        self.setCentralWidget(self.stack)
        self.setMinimumSize(*MIN_SIZE)
        self._restore_geometry()
        self.setWindowTitle(self._window_title())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._window_title())
        self.opening.retranslate_ui()
        if self.shell_built:
            self._retranslate_shell()

    def _window_title(self) -> str:
        title = tr("HealthDesk")
        if self.current_partnership_name:
            title = f"{self.current_partnership_name} — {title}"
        if self.ctx is not None and self.ctx.read_only:
            title += " " + tr("(read-only)")
        return title

    # -- geometry and settings ----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        restored = False
        if self.settings is not None and self.settings.geometry is not None:
            restored = self.restoreGeometry(self.settings.geometry)
            if restored:
                self._clamp_to_screen()
        if not restored:
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else QRect(0, 0, *DEFAULT_SIZE)
            width = min(DEFAULT_SIZE[0], available.width())
            height = min(DEFAULT_SIZE[1], available.height())
            self.resize(width, height)
            self.move(available.center() - QPoint(width // 2, height // 2))

    def _clamp_to_screen(self) -> None:
        """A window remembered on a screen that is gone comes back on one that is there."""
        frame = self.frameGeometry()
        for screen in QApplication.screens():
            if screen.availableGeometry().intersects(frame):
                return
        screen = QApplication.primaryScreen()
        if screen is not None:
            self.move(screen.availableGeometry().topLeft())

    def save_settings(self) -> None:
        if self.settings is None or not self.shell_built:
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.last_partnership = self.current_partnership_id
        current = self.current_page_name()
        if current:
            self.settings.last_page = current
        self.settings.sync()

    # -- attaching the data -------------------------------------------------------------------------------
    def attach(self, ctx: AppContext) -> None:
        """The database is open: build the pages that read it and show the home page."""
        self.build_shell()
        self.ctx = ctx
        from ..review.export import install_action  # File → Export JMC review…

        install_action(self, ctx)
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        ctx.status_message.connect(self._show_status)
        ctx.data_changed.connect(self._data_changed)
        ctx.database_replaced.connect(self._database_replaced)
        self.act_lang[ctx.lang].setChecked(True)
        self.read_only_badge.setVisible(ctx.read_only)
        self._register_pages()
        # The exchange (and its crypto) loads right after the home page has painted, not before.
        self.ready.connect(lambda: QTimer.singleShot(0, self, self._install_exchange))
        from ...services.partnerships import list_partnership_names

        last = self.settings.last_partnership if self.settings is not None else None
        names = ctx.call(list_partnership_names, parent=self) or {}
        # With more than one partnership the portfolio is the home screen; with one, its list. Behind the
        # portfolio the list (every partnership with its members and rounds) is built right after it painted.
        if len(names) > 1:
            home_name = "portfolio"
            if last is not None and last in names:
                self._set_current_partnership(last, names[last])
            self.ready.connect(lambda: QTimer.singleShot(0, self, self._build_list_page))
        else:
            home_name = "partnerships"
            self.page(
                "partnerships"
            )  # it reads its list on the queue and highlights the current one when filled
            if last is not None and last in names:
                self._set_current_partnership(last, names[last])
        HomeReady(self.page(home_name), self.ready.emit)  # before it is shown: a page may fill itself on show
        self.show_page(home_name)
        self.retranslate_ui()
        self._update_actions()
        if not ctx.read_only:  # the first-run offer (an empty folder) comes once the home page is on screen
            self.ready.connect(lambda: QTimer.singleShot(0, self, self._maybe_first_run))

    def _list_selection_changed(self, partnership_id: int | None) -> None:
        """The highlighted row is the current partnership: the sidebar never says "No partnership chosen" next
        to a highlighted row, nor names another one."""
        if partnership_id is not None and partnership_id != self.current_partnership_id:
            self.set_partnership(partnership_id)
        self._update_actions()

    def _install_exchange(self) -> None:
        if getattr(self, "exchange_actions", None) is not None or self.ctx is None:
            return
        try:
            from ..exchange.actions import install_actions

            self.exchange_actions = install_actions(self, self.ctx)
        except Exception:  # the exchange is an add-on: the app must start without it
            log.exception("could not install the exchange actions")

    def start_workshop(self, partnership_id: int | None = None) -> None:
        """Open the strategy-alignment workshop of a partnership's latest round, full screen."""
        if self.ctx is None:
            return
        partnership_id = partnership_id or self.current_partnership_id
        if partnership_id is None:
            self._show_status(tr("Choose a partnership first."), 4000)
            return
        from ..workshop.window import start_workshop

        self._workshop = start_workshop(self.ctx, partnership_id, parent=self)

    # -- the current partnership --------------------------------------------------------------------------
    def set_partnership(self, partnership_id: int | None) -> None:
        """Make a partnership current; its name comes from the partnership list (when the list is still reading
        it, once it has: ``_list_filled``)."""
        name = ""
        if partnership_id is not None and self.ctx is not None:
            name = self.pages["partnerships"].partnership_name(partnership_id)
        self._set_current_partnership(partnership_id, name)

    def _set_current_partnership(self, partnership_id: int | None, name: str) -> None:
        self.build_shell()
        self.current_partnership_id = partnership_id
        self.current_partnership_name = name
        self._update_nav_header()
        self.setWindowTitle(self._window_title())
        self._sync_list_selection()
        if self.settings is not None:
            self.settings.last_partnership = partnership_id
        self.partnership_changed.emit(partnership_id)
        self._update_actions()

    # -- actions ------------------------------------------------------------------------------------------
    def push_undo(self, description: str, fn: Callable[[], Any]) -> None:
        self._undo.append((description, fn))
        self._update_undo()

    def drop_undo(self, fn: Callable[[], Any]) -> None:
        """Forget an undo that was carried out elsewhere (the workshop shares its undo with this window)."""
        self._undo = [entry for entry in self._undo if entry[1] is not fn]
        self._update_undo()

    def undo(self) -> None:
        if not self._undo or self.ctx is None or self.ctx.read_only:
            return
        description, fn = self._undo.pop()
        fn()
        self._update_undo()

    def _show_status(self, text: str, timeout_ms: int = 5000) -> None:
        if not self.shell_built:
            return
        self.statusBar().showMessage(text, timeout_ms)

    def new_partnership(self) -> None:
        if self.ctx is None or self.ctx.read_only:
            return
        page = self.page("record")
        page.new_partnership()
        self.stack.setCurrentWidget(page)
        self.nav.blockSignals(True)
        self.nav.setCurrentItem(None)
        self.nav.blockSignals(False)
        self._update_actions()

    def _partnership_saved(self, partnership_id: int) -> None:
        self.pages["partnerships"].reload()  # once filled, it highlights the current partnership: this one
        self.set_partnership(partnership_id)
        self.show_page("record")

    def _form_cancelled(self) -> None:
        self.show_page("record" if self.current_partnership_id is not None else "partnerships")
        if self.current_partnership_id is None:
            return

    def _partnership_deleted(self, partnership_id: int, data: Any, name: str) -> None:
        if self.current_partnership_id == partnership_id:
            self.set_partnership(None)

        def restore() -> None:
            from ...services import partnerships as svc

            info = self.ctx.call(svc.create_partnership, data, parent=self)
            if info is not None:
                # Not highlighted: the list shows it once it has read it again, with nothing chosen (as it did
                # when the list was read on the GUI thread: its select came before the list had the new row).
                self._show_status(tr("Restored “{name}”.").format(name=info.name), 5000)

        self.push_undo(tr("delete of “{name}”").format(name=name), restore)
        self._show_status(tr("Deleted “{name}”. Press Ctrl+Z to undo.").format(name=name), 15000)

    def find(self) -> None:
        if self.ctx is None:
            return
        self.show_page("partnerships")
        self.pages["partnerships"].focus_search()

    def delete_selected(self) -> None:
        if self.current_page_name() == "partnerships":
            self.pages["partnerships"].delete_selected()

    def toggle_archive(self) -> None:
        if self.current_page_name() == "partnerships":
            self.pages["partnerships"].toggle_archive_selected()

    def refresh(self) -> None:
        if self.ctx is None:
            return
        for page in self.pages.values():
            reload = getattr(page, "reload", None)
            if reload is not None:
                reload()
        self._show_status(tr("Refreshed."), 2000)

    def _data_changed(self) -> None:
        self._update_current_name()
        self._update_actions()

    def _update_current_name(self) -> None:
        """The sidebar and the title name the current partnership as the list has it (called again when the
        list has read its rows)."""
        if self.current_partnership_id is not None and "partnerships" in self.pages:
            name = self.pages["partnerships"].partnership_name(self.current_partnership_id)
            if name and name != self.current_partnership_name:
                self.current_partnership_name = name
                self._update_nav_header()
                self.setWindowTitle(self._window_title())

    def _database_replaced(self) -> None:
        self._undo.clear()
        self.refresh()
        page = self.pages["partnerships"]

        def forget_a_gone_partnership() -> None:
            pid = self.current_partnership_id
            if pid is not None and not page.has_partnership(pid):
                self.set_partnership(None)
                self.show_page("partnerships")

        page.when_loaded(forget_a_gone_partnership)

    def set_language(self, lang: str) -> None:
        self.build_shell()
        if self.ctx is not None:
            self.ctx.set_language(lang)
        else:
            from ..common import i18n

            i18n.apply_language(lang)
            if self.settings is not None:
                self.settings.language = lang
            self.retranslate_ui()

    # -- data safety and demo -----------------------------------------------------------------------------
    def backup_now(self) -> None:
        from ..backups import safety

        safety.backup_now(self.ctx, self)

    def show_backups(self) -> None:
        from ..backups import safety

        safety.BackupsDialog(self.ctx, self).exec()

    def load_demo(self) -> None:
        from . import first_run

        first_run.load_demo(self.ctx, self)

    def remove_demo(self) -> None:
        from . import first_run

        first_run.remove_demo(self.ctx, self)

    def _maybe_first_run(self) -> None:
        from . import first_run

        first_run.maybe_offer(self)

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.ctx is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def open_logs(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.ctx is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.logs)))

    def about(self) -> None:
        from ... import __version__
        from ..common import widgets

        widgets.show_info(
            self,
            tr(
                "HealthDesk {version}\n\nPartnership health assessments from both partners' side: "
                "records, two-sided rounds, results and the JMC review."
            ).format(version=__version__),
            tr("About HealthDesk"),
        )

    # -- events -------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for page in self.pages.values():
            can_close = getattr(page, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        self.save_settings()
        super().closeEvent(event)
