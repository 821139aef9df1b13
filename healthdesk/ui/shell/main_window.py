"""The main window: a left navigation, a stack of pages, menus with shortcuts, and a status bar.

The window frame is built and shown before the database is opened (so it paints at once); ``attach(ctx)`` then
builds the pages that read data. Pages are created the first time they are shown. Pages written by other
modules (dashboard, portfolio) are imported lazily; when one is missing, a placeholder says so.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..common import theme

if TYPE_CHECKING:  # the frame paints before the database layer is imported
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from ..common.context import AppContext
    from .settings import AppSettings


def _load_shell_modules() -> None:
    """What the full shell needs, imported after the frame painted (each Qt class costs time on first use)."""
    global Qt, QEvent, QAction, QActionGroup, QDesktopServices, QKeySequence, QListWidget, QListWidgetItem
    global QPushButton, widgets, NAV_ROLE
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton

    from ..common import widgets

    NAV_ROLE = Qt.ItemDataRole.UserRole + 1


log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 760)
MIN_SIZE = (800, 560)

# Navigation: (page name, icon); per-partnership pages need a partnership chosen first.
TOP_PAGES = ("portfolio", "partnerships")
PARTNERSHIP_PAGES = ("record", "rounds", "dashboard", "followup")
NAV_ROLE = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1, set from Qt when the shell is built


TR_CONTEXT = "MainWindow"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


class PlaceholderPage(QWidget):
    """Stands in for a page whose module is not part of this build yet."""

    def __init__(self, title: Callable[[], str], parent: QWidget | None = None):
        from ..common import widgets

        super().__init__(parent)
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN * 2)
        self.heading = widgets.title_label()
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self._title())
        self.text.setText(tr("This screen is not available in this version yet."))

    def show_partnership(self, partnership_id: int | None, round_id: int | None = None) -> None:
        pass


class OpeningPage(QWidget):
    """What the window shows in the moment before the database is open (nothing that reads data)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.label = QLabel()
        self.label.setProperty("role", "subtitle")
        row.addWidget(self.label)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(tr("Opening your data…"))


class _PaintWatcher(QObject):
    """Calls back once, on the next paint event of a widget."""

    def __init__(self, target: QWidget, callback: Callable[[], None]):
        super().__init__(target)
        self._callback = callback
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


class _Pages(dict):
    """The window's pages by name. A page asked for by name before it exists is made then (when the portfolio is
    the home screen, the partnership list is built only after the home page has painted)."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self._window = window

    def __missing__(self, name: str) -> QWidget:
        if name not in self._window._page_factories:
            raise KeyError(name)
        return self._window.page(name)


class MainWindow(QMainWindow):
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
        self.pages: dict[str, QWidget] = _Pages(self)
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

    def build_shell(self) -> None:
        """Navigation, menus with shortcuts and the status bar (right after the first paint, or on attach)."""
        if self.shell_built:
            return
        _load_shell_modules()
        self.shell_built = True
        self.takeCentralWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        # A long partnership name wraps in the header instead of adding a horizontal scroll bar.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.currentItemChanged.connect(self._nav_changed)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._build_nav()
        self.retranslate_ui()
        self._update_actions()

    # -- construction -------------------------------------------------------------------------------------
    def _action(
        self, icon: str | None, shortcut: QKeySequence | str | None, slot: Callable[[], Any]
    ) -> QAction:
        action = QAction(self)
        if icon:
            action.setIcon(widgets.icon(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action("new", QKeySequence.StandardKey.New, self.new_partnership)
        self.act_backup_now = self._action("backup", None, self.backup_now)
        self.act_backups = self._action("backup", None, self.show_backups)
        self.act_demo_load = self._action(None, None, self.load_demo)
        self.act_demo_remove = self._action("delete", None, self.remove_demo)
        self.act_data_folder = self._action("open", None, self.open_data_folder)
        self.act_quit = self._action("quit", QKeySequence("Ctrl+Q"), self.close)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_undo = self._action("undo", QKeySequence.StandardKey.Undo, self.undo)
        self.act_find = self._action(None, QKeySequence.StandardKey.Find, self.find)
        self.act_delete = self._action("delete", QKeySequence(Qt.Key.Key_Delete), self.delete_selected)
        self.act_archive = self._action("archive", None, self.toggle_archive)
        self.act_refresh = self._action("refresh", QKeySequence(Qt.Key.Key_F5), self.refresh)
        self.act_pages: dict[str, QAction] = {}
        for n, name in enumerate(
            ("partnerships", "record", "rounds", "dashboard", "portfolio", "followup"), start=1
        ):
            self.act_pages[name] = self._action(
                None, QKeySequence(f"Ctrl+{n}"), lambda name=name: self.show_page(name)
            )
        self.lang_group = QActionGroup(self)
        self.lang_group.setExclusive(True)
        self.act_lang: dict[str, QAction] = {}
        for lang, label in (("en", "English"), ("zh", "简体中文")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            self.lang_group.addAction(action)
            self.act_lang[lang] = action
        self.act_workshop = self._action("dashboard", QKeySequence("Ctrl+Shift+P"), self.start_workshop)
        self.act_about = self._action("help", None, self.about)
        self.act_logs = self._action(None, None, self.open_logs)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for a in (
            self.act_new,
            None,
            self.act_backup_now,
            self.act_backups,
            None,
            self.act_demo_load,
            self.act_demo_remove,
            None,
            self.act_data_folder,
            None,
            self.act_quit,
        ):
            self.menu_file.addSeparator() if a is None else self.menu_file.addAction(a)
        self.menu_edit = bar.addMenu("")
        for a in (self.act_undo, None, self.act_find, None, self.act_archive, self.act_delete):
            self.menu_edit.addSeparator() if a is None else self.menu_edit.addAction(a)
        self.menu_view = bar.addMenu("")
        for name in ("partnerships", "record", "rounds", "dashboard", "followup", "portfolio"):
            self.menu_view.addAction(self.act_pages[name])
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_workshop)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_refresh)
        self.menu_lang = bar.addMenu("")
        for action in self.act_lang.values():
            self.menu_lang.addAction(action)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_logs)
        self.menu_help.addAction(self.act_about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.undo_button = QPushButton()
        self.undo_button.setFlat(True)
        self.undo_button.setIcon(widgets.icon("undo"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        bar.addPermanentWidget(self.undo_button)
        self.read_only_badge = QLabel()
        self.read_only_badge.setObjectName("readOnlyBadge")
        self.read_only_badge.hide()
        bar.addPermanentWidget(self.read_only_badge)
        self.folder_label = QLabel()
        self.folder_label.setProperty("role", "subtitle")
        bar.addPermanentWidget(self.folder_label)

    def _build_nav(self) -> None:
        self.nav.clear()
        self.nav_items: dict[str, QListWidgetItem] = {}
        icons = {
            "portfolio": "portfolio",
            "partnerships": "list",
            "record": "record",
            "rounds": "rounds",
            "dashboard": "dashboard",
            "followup": "plan",
        }
        for name in TOP_PAGES:
            item = QListWidgetItem(widgets.icon(icons[name]), "")
            item.setData(NAV_ROLE, name)
            self.nav.addItem(item)
            self.nav_items[name] = item
        self.nav_header = QListWidgetItem("")
        self.nav_header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = self.nav_header.font()
        font.setBold(True)
        self.nav_header.setFont(font)
        self.nav.addItem(self.nav_header)
        for name in PARTNERSHIP_PAGES:
            item = QListWidgetItem(widgets.icon(icons[name]), "")
            item.setData(NAV_ROLE, name)
            self.nav.addItem(item)
            self.nav_items[name] = item

    def page_title(self, name: str) -> str:
        return {
            "portfolio": tr("Portfolio"),
            "partnerships": tr("Partnerships"),
            "record": tr("Record"),
            "rounds": tr("Rounds"),
            "dashboard": tr("Dashboard"),
            "followup": tr("Action plan"),
        }[name]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._window_title())
        self.opening.retranslate_ui()
        if not self.shell_built:
            return
        self.menu_file.setTitle(tr("&File"))
        self.menu_edit.setTitle(tr("&Edit"))
        self.menu_view.setTitle(tr("&View"))
        self.menu_lang.setTitle(tr("&Language"))
        self.menu_help.setTitle(tr("&Help"))
        self.act_new.setText(tr("&New partnership…"))
        self.act_backup_now.setText(tr("&Back up now"))
        self.act_backups.setText(tr("Backups and &restore…"))
        self.act_demo_load.setText(tr("Load &demo data"))
        self.act_demo_remove.setText(tr("Remove demo data…"))
        self.act_data_folder.setText(tr("Open data &folder"))
        self.act_quit.setText(tr("&Quit"))
        self.act_find.setText(tr("&Find…"))
        self.act_delete.setText(tr("&Delete…"))
        self.act_archive.setText(tr("&Archive / unarchive"))
        self.act_refresh.setText(tr("&Refresh"))
        self.act_about.setText(tr("&About HealthDesk"))
        self.act_workshop.setText(tr("Start &workshop (projector)…"))
        self.act_logs.setText(tr("Open &log folder"))
        for name, action in self.act_pages.items():
            action.setText(self.page_title(name))
        for name, item in self.nav_items.items():
            item.setText(self.page_title(name))
            item.setToolTip(self.page_title(name))
        self._update_nav_header()
        self.read_only_badge.setText(tr("Read-only"))
        self.read_only_badge.setToolTip(
            tr("Another HealthDesk is using this data folder. You can look, but nothing can be changed here.")
        )
        self.undo_button.setText(tr("Undo"))
        self._update_undo()
        if self.ctx is not None:
            self.folder_label.setText(tr("Data: {path}").format(path=str(self.ctx.data_dir)))

    def _window_title(self) -> str:
        title = tr("HealthDesk")
        if self.current_partnership_name:
            title = f"{self.current_partnership_name} — {title}"
        if self.ctx is not None and self.ctx.read_only:
            title += " " + tr("(read-only)")
        return title

    def _update_nav_header(self) -> None:
        name = self.current_partnership_name or tr("No partnership chosen")
        self.nav_header.setText(name)
        self.nav_header.setToolTip(name)
        has = self.current_partnership_id is not None
        for page in PARTNERSHIP_PAGES:
            item = self.nav_items[page]
            flags = (
                Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled if has else Qt.ItemFlag.NoItemFlags
            )
            item.setFlags(flags)

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
        self._page_factories = {
            "partnerships": self._make_partnerships_page,
            "record": self._make_record_page,
            "rounds": self._make_rounds_page,
            "dashboard": lambda: self._make_optional_page(
                "healthdesk.ui.dashboard.page", "DashboardPage", "dashboard"
            ),
            "portfolio": self._make_portfolio_page,
            "followup": self._make_followup_page,
        }
        # The exchange (and its crypto) loads right after the home page has painted, not before.
        self.ready.connect(lambda: QTimer.singleShot(0, self._install_exchange))
        from ...services.partnerships import list_partnership_names

        last = self.settings.last_partnership if self.settings is not None else None
        names = ctx.call(list_partnership_names, parent=self) or {}
        # With more than one partnership the portfolio is the home screen; with one, its list. Behind the
        # portfolio the list (every partnership with its members and rounds) is built right after it painted.
        if len(names) > 1:
            home_name = "portfolio"
            if last is not None and last in names:
                self._set_current_partnership(last, names[last])
            self.ready.connect(lambda: QTimer.singleShot(0, self._build_list_page))
        else:
            home_name = "partnerships"
            home = self.page("partnerships")
            if last is not None and home.has_partnership(last):
                self.set_partnership(last)
                home.select_partnership(last)
        self.show_page(home_name)
        self.retranslate_ui()
        self._update_actions()
        home = self.page(home_name)
        if home_name == "portfolio" and getattr(home, "portfolio", None) is None:
            # The portfolio's rows come from the background queue: ready is the paint that shows them.
            def rows_arrived() -> None:
                home.table_filled.disconnect(rows_arrived)
                _PaintWatcher(home.table.viewport(), self.ready.emit)

            home.table_filled.connect(rows_arrived)
        else:
            _PaintWatcher(home, self.ready.emit)
        if not ctx.read_only:
            QTimer.singleShot(0, self._maybe_first_run)

    def _build_list_page(self) -> None:
        """The partnership list behind the portfolio home screen, highlighting the current partnership."""
        if self.ctx is None or "partnerships" in self.pages:
            return
        self.page("partnerships")
        self._update_actions()

    def _make_partnerships_page(self) -> QWidget:
        from ..partnerships.page import PartnershipListPage

        page = PartnershipListPage(self.ctx)
        page.partnership_activated.connect(self._open_partnership)
        page.partnership_selected.connect(self._list_selection_changed)
        page.partnership_deleted.connect(self._partnership_deleted)
        page.new_requested.connect(self.new_partnership)
        page.demo_requested.connect(self.load_demo)
        return page

    def _list_selection_changed(self, partnership_id: int | None) -> None:
        """The highlighted row is the current partnership: the sidebar never says "No partnership chosen" next
        to a highlighted row, nor names another one."""
        if partnership_id is not None and partnership_id != self.current_partnership_id:
            self.set_partnership(partnership_id)
        self._update_actions()

    def _make_record_page(self) -> QWidget:
        from ..partnerships.page import PartnershipFormPage

        page = PartnershipFormPage(self.ctx)
        page.saved.connect(self._partnership_saved)
        page.cancelled.connect(self._form_cancelled)
        page.round_requested.connect(self.open_new_round)
        return page

    def _make_rounds_page(self) -> QWidget:
        from ..rounds.page import RoundsPage

        page = RoundsPage(self.ctx)
        page.page_requested.connect(lambda name: self.show_page(name))
        return page

    def open_new_round(self, partnership_id: int) -> None:
        """The next step after a new partnership: its rounds, with the new-round dialog open."""
        if partnership_id != self.current_partnership_id:
            self.set_partnership(partnership_id)
        self.show_page("rounds")
        if self.current_page_name() == "rounds":
            self.pages["rounds"].open_new_round()

    def _make_portfolio_page(self) -> QWidget:
        page = self._make_optional_page("healthdesk.ui.portfolio.page", "PortfolioPage", "portfolio")
        signal = getattr(page, "partnership_activated", None)
        if signal is not None:
            signal.connect(self._open_dashboard)
        return page

    def _open_dashboard(self, partnership_id: int) -> None:
        """From the portfolio: make the partnership current and show its dashboard."""
        if "partnerships" in self.pages:
            self.pages["partnerships"].select_partnership(partnership_id)
        self.set_partnership(partnership_id)
        self.show_page("dashboard")

    def _install_exchange(self) -> None:
        if getattr(self, "exchange_actions", None) is not None or self.ctx is None:
            return
        try:
            from ..exchange.actions import install_actions

            self.exchange_actions = install_actions(self, self.ctx)
        except Exception:  # the exchange is an add-on: the app must start without it
            log.exception("could not install the exchange actions")

    def _make_followup_page(self) -> QWidget:
        page = self._make_optional_page("healthdesk.ui.actionplan.page", "FollowUpPage", "followup")
        signal = getattr(page, "workshop_requested", None)
        if signal is not None:
            signal.connect(lambda pid: self.start_workshop(pid))
        return page

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

    def _make_optional_page(self, module_name: str, class_name: str, page_name: str) -> QWidget:
        try:
            module = importlib.import_module(module_name)
            cls = getattr(module, class_name)
        except ImportError as exc:
            if getattr(exc, "name", None) not in (module_name, None):
                log.exception("page %s failed to import", module_name)
            return PlaceholderPage(lambda: self.page_title(page_name))
        except AttributeError:
            return PlaceholderPage(lambda: self.page_title(page_name))
        return cls(self.ctx)

    def page(self, name: str) -> Any:
        """The page called ``name``, created on first use."""
        page = self.pages.get(name)
        if page is None:
            page = self._page_factories[name]()
            self.pages[name] = page
            self.stack.addWidget(page)
            if self.ctx is not None:
                retranslate = getattr(page, "retranslate_ui", None)
                if retranslate is not None and not isinstance(page, PlaceholderPage):
                    pass  # pages connect their own retranslate_ui to ctx.language_changed
                if isinstance(page, PlaceholderPage):
                    self.ctx.language_changed.connect(lambda _lang, p=page: p.retranslate_ui())
                setter = getattr(page, "set_read_only", None)
                if setter is not None and self.ctx.read_only:
                    setter(True)
            if name == "partnerships" and self.current_partnership_id is not None:
                self._sync_list_selection()  # a list built after the partnership was chosen highlights it
        return page

    def current_page_name(self) -> str | None:
        widget = self.stack.currentWidget()
        for name, page in self.pages.items():
            if page is widget:
                return name
        return None

    def show_page(self, name: str, round_id: int | None = None) -> None:
        if self.ctx is None:
            return
        current = self.stack.currentWidget()
        can_leave = getattr(current, "can_leave", None)
        if current is not self.pages.get(name) and can_leave is not None and not can_leave():
            return
        if name in PARTNERSHIP_PAGES and self.current_partnership_id is None:
            self._show_status(tr("Choose a partnership first."), 4000)
            name = "partnerships"
        page = self.page(name)
        if name in PARTNERSHIP_PAGES:
            if name == "dashboard":
                page.show_partnership(self.current_partnership_id, round_id)
            elif name == "record":
                page.edit_partnership(self.current_partnership_id)
            else:
                page.show_partnership(self.current_partnership_id)
        self.stack.setCurrentWidget(page)
        item = self.nav_items.get(name)
        if item is not None and self.nav.currentItem() is not item:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)
        self._update_actions()

    def _nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        name = current.data(NAV_ROLE)
        if name:
            self.show_page(name)

    def set_partnership(self, partnership_id: int | None) -> None:
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

    def _sync_list_selection(self) -> None:
        """The list highlights the current partnership, and nothing when none is chosen."""
        page = self.pages.get("partnerships")
        if page is None or page.selected_id() == self.current_partnership_id:
            return
        page.table.blockSignals(True)
        page.table.selectionModel().blockSignals(True)
        try:
            if self.current_partnership_id is None or not page.select_partnership(
                self.current_partnership_id
            ):
                page.table.clearSelection()
        finally:
            page.table.selectionModel().blockSignals(False)
            page.table.blockSignals(False)
        page.table.viewport().update()
        page._update_buttons()

    def _open_partnership(self, partnership_id: int) -> None:
        self.set_partnership(partnership_id)
        self.show_page("rounds")

    # -- actions ------------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        attached = self.ctx is not None
        writable = attached and not self.ctx.read_only
        page = self.current_page_name()
        for action in (self.act_new, self.act_backup_now, self.act_demo_load, self.act_demo_remove):
            action.setEnabled(writable)
        self.act_backups.setEnabled(attached)
        self.act_refresh.setEnabled(attached)
        self.act_data_folder.setEnabled(attached)
        self.act_find.setEnabled(attached)
        selected = None
        if attached and "partnerships" in self.pages:
            selected = self.pages["partnerships"].selected_id()
        on_list = page == "partnerships" and selected is not None
        self.act_delete.setEnabled(writable and on_list)
        self.act_archive.setEnabled(writable and on_list)
        for name, action in self.act_pages.items():
            action.setEnabled(
                attached and (name not in PARTNERSHIP_PAGES or self.current_partnership_id is not None)
            )
        self.act_workshop.setEnabled(attached and self.current_partnership_id is not None)
        self._update_undo()

    def _update_undo(self) -> None:
        available = bool(self._undo) and self.ctx is not None and not self.ctx.read_only
        self.act_undo.setEnabled(available)
        if available:
            self.act_undo.setText(tr("&Undo {action}").format(action=self._undo[-1][0]))
            self.undo_button.setToolTip(tr("Undo {action}").format(action=self._undo[-1][0]))
        else:
            self.act_undo.setText(tr("&Undo"))
        self.undo_button.setVisible(available)

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
        self.pages["partnerships"].reload()
        self.pages["partnerships"].select_partnership(partnership_id)
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
                self.pages["partnerships"].select_partnership(info.id)
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
        if self.current_partnership_id is not None and "partnerships" in self.pages:
            name = self.pages["partnerships"].partnership_name(self.current_partnership_id)
            if name != self.current_partnership_name:
                self.current_partnership_name = name
                self._update_nav_header()
                self.setWindowTitle(self._window_title())
        self._update_actions()

    def _database_replaced(self) -> None:
        self._undo.clear()
        self.refresh()
        if self.current_partnership_id is not None and not self.pages["partnerships"].has_partnership(
            self.current_partnership_id
        ):
            self.set_partnership(None)
            self.show_page("partnerships")

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

        if self.ctx is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def open_logs(self) -> None:
        from PySide6.QtCore import QUrl

        if self.ctx is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.logs)))

    def about(self) -> None:
        from ... import __version__

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
