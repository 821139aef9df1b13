"""The main window's pages: made the first time they are shown (or asked for by name), kept in ``window.pages``
and shown in the window's stack; the placeholder for a page that is not part of this build, the page shown while
the data opens, and when the home page counts as ready (its data painted).

``ShellPages`` is a part of ``MainWindow`` (``main_window.py``): it makes the pages, wires them to the window and
moves between them. Its words are the window's: they translate under the context ``MainWindow``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..common import theme

if TYPE_CHECKING:  # the frame paints before the database layer is imported
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QListWidgetItem

    from .main_window import MainWindow

log = logging.getLogger(__name__)

# Navigation: (page name, icon); per-partnership pages need a partnership chosen first.
TOP_PAGES = ("portfolio", "partnerships")
PARTNERSHIP_PAGES = ("record", "rounds", "dashboard", "followup")
NAV_ROLE = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1

# At the latest this long after the home page first painted, ``ready`` comes even when the page never said it was
# filled (a read that failed): what waits for ready (the exchange menu, the first-run offer) must not wait forever.
READY_AT_THE_LATEST_MS = 5000

TR_CONTEXT = "MainWindow"  # the window's words, wherever its code sits


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the main window's context (scripts/translations.py files lupdate's "" here)."""
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


class PaintWatcher(QObject):
    """Calls back once, on the next paint event of a widget."""

    def __init__(self, target: QWidget, callback: Callable[[], None]):
        from PySide6.QtCore import QEvent

        super().__init__(target)
        self._callback = callback
        self._paint = QEvent.Type.Paint
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == self._paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._callback)
        return False


class HomeReady(QObject):
    """Calls back once the home page is on screen with its data: at its first paint, or, for a page that fills
    itself (it has a ``table_filled`` signal that has not come yet), at its first paint after it was filled (at
    the latest ``READY_AT_THE_LATEST_MS`` after its first paint). Made before the page is shown."""

    def __init__(self, page: QWidget, callback: Callable[[], None]):
        super().__init__(page)
        self._page = page
        self._callback = callback
        self._done = False
        self._painted = False
        self._filled = True
        filled = getattr(page, "table_filled", None)
        if filled is not None:
            self._filled = False
            filled.connect(self._on_filled)
        PaintWatcher(page, self._on_first_paint)

    def _on_filled(self) -> None:
        if self._filled:
            return
        self._filled = True
        if self._painted:  # filled after its first paint: ready at the paint that shows the data
            PaintWatcher(self._page, self._call)
            self._page.update()

    def _on_first_paint(self) -> None:
        self._painted = True
        if self._filled:
            self._call()
        else:
            QTimer.singleShot(READY_AT_THE_LATEST_MS, self, self._call)

    def _call(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


class Pages(dict):
    """The window's pages by name. A page asked for by name before it exists is made then (when the portfolio is
    the home screen, the partnership list is built only after the home page has painted)."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self._window = window

    def __missing__(self, name: str) -> QWidget:
        if name not in self._window._page_factories:
            raise KeyError(name)
        return self._window.page(name)


class ShellPages:
    """The pages of ``MainWindow`` (a part of it: it uses the window's state)."""

    def _register_pages(self) -> None:
        """The pages by name, each made the first time it is asked for (``page``)."""
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
        page.table_filled.connect(self._list_filled)
        return page

    def _list_filled(self) -> None:
        """The list has read its rows (on the queue): it highlights the current partnership, whose name the
        sidebar and title take from it."""
        self._sync_list_selection()
        self._update_current_name()
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

    def _make_followup_page(self) -> QWidget:
        page = self._make_optional_page("healthdesk.ui.actionplan.page", "FollowUpPage", "followup")
        signal = getattr(page, "workshop_requested", None)
        if signal is not None:
            signal.connect(lambda pid: self.start_workshop(pid))
        return page

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

    def _sync_list_selection(self) -> None:
        """The list highlights the current partnership, and nothing when none is chosen."""
        page = self.pages.get("partnerships")
        if page is None or page.selected_id() == self.current_partnership_id:
            return
        if self.current_partnership_id is not None and (page.loading or page.dirty):
            return  # the list is being read: it is synced once filled (``_list_filled``)
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
