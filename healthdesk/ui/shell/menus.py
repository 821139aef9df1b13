"""The main window's shell: the navigation, the menus with their actions and shortcuts, and the status bar
(undo, read-only badge, data folder), built right after the window frame painted, and their words.

``ShellMenus`` is a part of ``MainWindow`` (``main_window.py``): it builds and words what the window shows around
its pages, and enables the actions for the window's state (data attached, read-only, current partnership, page).
Its words are the window's: they translate under the context ``MainWindow``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from .pages import NAV_ROLE, PARTNERSHIP_PAGES, TOP_PAGES

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence


def _load_qt() -> None:
    """What the shell needs, imported after the frame painted (each Qt class costs time on first use)."""
    global Qt, QAction, QActionGroup, QKeySequence, QLabel, QListWidget, QListWidgetItem, QPushButton, widgets
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QActionGroup, QKeySequence
    from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton

    from ..common import widgets


TR_CONTEXT = "MainWindow"  # the window's words, wherever its code sits


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the main window's context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


class ShellMenus:
    """The navigation, menus and status bar of ``MainWindow`` (a part of it: it uses the window's state)."""

    def build_shell(self) -> None:
        """Navigation, menus with shortcuts and the status bar (right after the first paint, or on attach)."""
        if self.shell_built:
            return
        _load_qt()
        from PySide6.QtWidgets import QHBoxLayout, QWidget

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

    def _retranslate_shell(self) -> None:
        """The menus, actions, navigation and status bar in the current language."""
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

    # -- what can be done now -----------------------------------------------------------------------------
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
