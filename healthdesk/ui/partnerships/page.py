"""Partnership records: the searchable, filterable list (home page for now) and the record form.

The list is a ``QAbstractTableModel`` with column constants and a sort role behind a ``QSortFilterProxyModel``.
The form covers everything the foundation stores: names in both languages, short labels, type, start date, stage,
status, description, governance members and agreement terms. Widgets call services only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import partnerships as svc
from ...services import validation as v
from ...services.dto import Member, PartnershipInfo, PartnershipInput
from ...services.partnerships import (
    AGREEMENT_TERMS,
    PARTNERSHIP_STAGES,
    PARTNERSHIP_STATUSES,
    PARTNERSHIP_TYPES,
)
from ..common import labels, theme, widgets
from ..common.context import AppContext
from ..rounds.model import SideCount, side_counts
from . import model as vm
from .members import MembersSection

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
TYPE_ROLE = Qt.ItemDataRole.UserRole + 5
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 6


TR_CONTEXT = "Partnerships"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def round_progress_text(info: Any, partnership: PartnershipInfo) -> str:
    """'Soft: 3 of 4 submitted, Hard: 2 of 5' with the partners' short labels."""
    return counts_text(side_counts(info, partnership))


def counts_text(counts: tuple[SideCount, ...]) -> str:
    """Both sides' counts of the view-models: 'Soft: 3 of 4 submitted, Hard: 2 of 5'."""
    parts = []
    for count in counts:
        parts.append(
            tr("{label}: {submitted} of {invited} submitted").format(
                label=count.label,
                submitted=count.submitted,
                invited=count.invited,
            )
        )
    return tr(", ").join(parts)


# -- the list model ----------------------------------------------------------------------------------------


class PartnershipTableModel(QAbstractTableModel):
    """The list's rows (``partnerships_model.PartnershipRow``) as a Qt table model: words, roles, styles."""

    COL_NAME = vm.Column.NAME.value
    COL_CODE = vm.Column.CODE.value
    COL_PARTNERS = vm.Column.PARTNERS.value
    COL_TYPE = vm.Column.TYPE.value
    COL_STAGE = vm.Column.STAGE.value
    COL_STATUS = vm.Column.STATUS.value
    COL_ROUNDS = vm.Column.ROUNDS.value
    COL_LATEST = vm.Column.LATEST.value
    COLUMN_COUNT = vm.COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[PartnershipInfo] = []
        self.lines: list[vm.PartnershipRow] = []

    def set_rows(self, rows: list[PartnershipInfo]) -> None:
        self.set_lines([vm.row(p) for p in rows])

    def set_lines(self, lines: list[vm.PartnershipRow] | tuple[vm.PartnershipRow, ...]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.rows = [line.info for line in self.lines]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_NAME: tr("Partnership"),
            self.COL_CODE: tr("Code"),
            self.COL_PARTNERS: tr("Partners"),
            self.COL_TYPE: tr("Type"),
            self.COL_STAGE: tr("Stage"),
            self.COL_STATUS: tr("Status"),
            self.COL_ROUNDS: tr("Rounds"),
            self.COL_LATEST: tr("Latest round"),
        }.get(section)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMN_COUNT - 1))

    def info(self, row: int) -> PartnershipInfo:
        return self.rows[row]

    def row_of(self, partnership_id: int) -> int | None:
        for n, info in enumerate(self.rows):
            if info.id == partnership_id:
                return n
        return None

    def _display(self, line: vm.PartnershipRow, col: int) -> str:
        p = line.info
        if col == self.COL_NAME:
            return p.name
        if col == self.COL_CODE:
            return p.code
        if col == self.COL_PARTNERS:
            return f"{p.partner_a_label} × {p.partner_b_label}"
        if col == self.COL_TYPE:
            return labels.label(labels.partnership_types(), p.type)
        if col == self.COL_STAGE:
            return labels.label(labels.stages(), p.stage)
        if col == self.COL_STATUS:
            text = labels.label(labels.statuses(), p.status)
            return text + " " + tr("(archived)") if p.archived else text
        if col == self.COL_ROUNDS:
            return str(line.round_count)
        if col == self.COL_LATEST:
            latest = line.latest
            if latest is None:
                return tr("none yet")
            return f"{latest.label} · {labels.label(labels.round_statuses(), latest.status)}"
        return ""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        line = self.lines[index.row()]
        p = line.info
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_PARTNERS:
                return f"{p.partner_a_name} ({p.partner_a_label})\n{p.partner_b_name} ({p.partner_b_label})"
            if col == self.COL_LATEST and line.latest is not None:
                return counts_text(line.latest.counts)
            return self._display(line, col)
        if role == SORT_ROLE:
            return line.sort_key(col, self._display(line, col))
        if role == ID_ROLE:
            return p.id
        if role == SEARCH_ROLE:
            return line.search_text
        if role == STATUS_ROLE:
            return p.status
        if role == TYPE_ROLE:
            return p.type
        if role == ARCHIVED_ROLE:
            return p.archived
        if role == Qt.ItemDataRole.FontRole and p.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and p.archived:
            return QBrush(QColor(theme.TEXT_MUTED))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_ROUNDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PartnershipFilterProxy(widgets.FilterProxy):
    """Search (every name, code and label, case-insensitive, all words), status and type filters, archived."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.search_words: list[str] = []
        self.status = ""
        self.type = ""
        self.show_archived = False
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self._refilter("search_words", text.casefold().split())

    def set_status(self, status: str) -> None:
        self._refilter("status", status or "")

    def set_type(self, kind: str) -> None:
        self._refilter("type", kind or "")

    def set_show_archived(self, shown: bool) -> None:
        self._refilter("show_archived", shown)

    def filters(self) -> vm.Filters:
        return vm.Filters(" ".join(self.search_words), self.status, self.type, self.show_archived)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if source_parent.isValid() or not 0 <= source_row < len(model.lines):
            return False
        return self.filters().accepts(model.lines[source_row])


# -- the list page -----------------------------------------------------------------------------------------


class PartnershipListPage(QWidget):
    partnership_activated = Signal(int)  # open it (Enter / double-click)
    partnership_selected = Signal(object)  # id or None
    partnership_deleted = Signal(int, object, str)  # id, PartnershipInput for undo, name
    new_requested = Signal()
    demo_requested = Signal()
    table_filled = Signal()  # the list shows what it read (``reload``); the start-up "ready" waits for it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("partnershipListPage")
        self.ctx = ctx
        self._dirty = True
        self._loading = False
        self._after_load: list[Callable[[], object]] = []
        self._read_only = ctx.read_only
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        self.heading = widgets.title_label()
        self.count_label = widgets.subtitle_label()
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)
        # The list with its filters and buttons, or in its place what to do when there is nothing to list.
        self.body_stack = QStackedWidget()
        layout.addWidget(self.body_stack, 1)
        self.list_body = QWidget()
        outer_layout, layout = layout, QVBoxLayout(self.list_body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING)
        self.body_stack.addWidget(self.list_body)

        filters = QHBoxLayout()
        filters.setSpacing(theme.SPACING)
        self.search = QLineEdit()
        self.search.setObjectName("partnershipSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self._search_changed)
        filters.addWidget(self.search, 2)
        self.status_filter = QComboBox()
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.status_filter)
        self.type_filter = QComboBox()
        self.type_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type_filter.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.type_filter)
        self.archived_check = QCheckBox()
        self.archived_check.toggled.connect(self._filters_changed)
        filters.addWidget(self.archived_check)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = PartnershipTableModel(self)
        self.proxy = PartnershipFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("partnershipTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PartnershipTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        widgets.elide_cells(self.table)  # one line a cell, "…" and the whole text as a tooltip
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PartnershipTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.filter_empty = widgets.EmptyState("partnershipsNoMatch")
        self.filter_empty.hide()
        layout.addWidget(self.filter_empty, 1)
        self.empty_state = widgets.EmptyState("partnershipsEmpty")
        self.body_stack.addWidget(self.empty_state)
        self.empty_label = self.empty_state  # the name older tests and screens use

        buttons = QHBoxLayout()
        buttons.setSpacing(theme.SPACING)
        self.new_button = widgets.button("new")
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button = widgets.button("rounds")
        self.open_button.clicked.connect(self._open_selected)
        self.archive_button = widgets.button()
        self.archive_button.clicked.connect(self.toggle_archive_selected)
        self.delete_button = widgets.button("delete")
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.new_button, self.open_button, self.archive_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout = outer_layout
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            activated=self._open_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.retranslate_ui()
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        ctx.data_changed.connect(self._data_changed)
        self.reload()

    # -- texts ---------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Partnerships"))
        self.search.setPlaceholderText(tr("Search names, codes, partners…  (Ctrl+F)"))
        self._fill_combo(self.status_filter, tr("All statuses"), labels.statuses(), PARTNERSHIP_STATUSES)
        self._fill_combo(self.type_filter, tr("All types"), labels.partnership_types(), PARTNERSHIP_TYPES)
        self.archived_check.setText(tr("Show archived"))
        self.new_button.setText(tr("New partnership"))
        self.new_button.setToolTip(tr("Create a partnership record (Ctrl+N)"))
        self.open_button.setText(tr("Open rounds"))
        self.delete_button.setText(tr("Delete…"))
        self.delete_button.setToolTip(
            tr("Delete the selected partnership (Del); only possible before any round")
        )
        self.model.retranslate()
        self._update_counts()
        self._update_buttons()

    def _fill_combo(
        self, combo: QComboBox, all_text: str, names: dict[str, str], keys: tuple[str, ...]
    ) -> None:
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, "")
        for key in keys:
            combo.addItem(names.get(key, key), key)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # -- data ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list on the background queue (``model.load_list``); what is on screen stays until it
        arrives. ``when_loaded`` runs what needs the new rows once they are here."""
        self._dirty = False
        self._loading = True
        self.ctx.fetch(self, vm.load_list, done=self._list_read)

    def _list_read(self, lines: tuple[vm.PartnershipRow, ...] | None, error: Any) -> None:
        self._loading = False
        if error is not None:
            widgets.show_error(self, self.ctx.error_text(error))
        selected = self.selected_id()
        self.model.set_lines(lines or ())
        if selected is not None:  # the same row stays highlighted (not a new choice: no selection signal)
            self.table.selectionModel().blockSignals(True)
            try:
                self.select_partnership(selected)
            finally:
                self.table.selectionModel().blockSignals(False)
        self._update_counts()
        self._update_buttons()
        waiting, self._after_load = self._after_load, []
        for fn in waiting:
            fn()
        self.table_filled.emit()

    @property
    def loading(self) -> bool:
        """Whether a fill is on its way (what is on screen is the previous list)."""
        return self._loading

    @property
    def dirty(self) -> bool:
        """Whether the data changed since the list was read (it reads it again at once)."""
        return self._dirty

    def when_loaded(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` once the list shows its data: now when nothing is on its way, else when it arrives."""
        if self._loading or self._dirty:
            self._after_load.append(fn)
            if not self._loading:
                self.reload()
        else:
            fn()

    def _data_changed(self) -> None:
        if not self._dirty:
            self._dirty = True
            QTimer.singleShot(0, self, self._reload_if_dirty)

    def _reload_if_dirty(self) -> None:
        if self._dirty:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._reload_if_dirty()
        super().showEvent(event)

    # What the list shows (as last read: after a change, ``when_loaded`` waits for the new list).
    def has_partnership(self, partnership_id: int) -> bool:
        return self.model.row_of(partnership_id) is not None

    def partnership_name(self, partnership_id: int) -> str:
        row = self.model.row_of(partnership_id)
        return self.model.info(row).name if row is not None else ""

    def partnership_info(self, partnership_id: int) -> PartnershipInfo | None:
        row = self.model.row_of(partnership_id)
        return self.model.info(row) if row is not None else None

    def visible_names(self) -> list[str]:
        """The partnership names as shown, top to bottom."""
        return [
            self.proxy.index(r, PartnershipTableModel.COL_NAME).data() for r in range(self.proxy.rowCount())
        ]

    def list_view(self) -> vm.ListView:
        """The view-model of the list as loaded and filtered (counts, empty states, buttons)."""
        return vm.ListView(
            tuple(self.model.lines), self.proxy.rowCount(), self.proxy.show_archived, self._read_only
        )

    def _update_counts(self) -> None:
        view = self.list_view()
        total = view.total
        shown = view.shown
        archived = view.archived_hidden
        if view.count_kind != vm.CountKind.FILTERED:
            text = tr("1 partnership") if total == 1 else tr("{n} partnerships").format(n=total)
        else:
            text = tr("{shown} of {total} partnerships shown").format(shown=shown, total=total)
        if archived and not self.proxy.show_archived:
            text += " · " + tr("{n} archived hidden").format(n=archived)
        self.count_label.setText(text)
        self._fill_empty_state(view)

    def _fill_empty_state(self, view: vm.ListView) -> None:
        """No partnership at all: what a partnership is and the button to create one. None shown: a way back."""
        total, shown = view.total, view.shown
        if view.empty == vm.Empty.NO_PARTNERSHIPS:
            self.count_label.setText("")
            self.empty_state.show_state(
                tr("No partnerships yet"),
                tr(
                    "A partnership record holds the two partners, their joint committee and what they agreed. "
                    "With it you open assessment rounds, ask executives of both sides, and follow up on the "
                    "results."
                ),
                (tr("Create a partnership"), self.new_requested.emit),
                (tr("Explore with demo data"), self.demo_requested.emit),
                icon_name="new",
            )
            self.empty_state.set_enabled_actions(view.empty_actions_enabled)
            self.empty_state.second_button.setVisible(view.empty_actions_enabled)
        elif view.empty == vm.Empty.NO_MATCH:
            self.filter_empty.show_state(
                tr("No partnership matches"),
                tr("Nothing matches the search and filters above."),
                (tr("Show all partnerships"), self.clear_filters),
            )
        self.body_stack.setCurrentWidget(self.empty_state if total == 0 else self.list_body)
        # With filters in use and nothing left, the list's place says so (the filters stay, to be changed).
        if total > 0:
            self.table.setVisible(shown > 0)
            self.filter_empty.setVisible(shown == 0)

    def clear_filters(self) -> None:
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.type_filter.setCurrentIndex(0)
        self._filters_changed()

    # -- selection ------------------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return rows[0].data(ID_ROLE)

    def select_partnership(self, partnership_id: int) -> bool:
        """Highlight a partnership (showing archived ones when it is archived). While the list is being read, it
        is highlighted once the rows are here (True: asked for; it stays unselected if it is not among them)."""
        if self._loading or self._dirty:
            self.when_loaded(lambda: self.select_partnership(partnership_id))
            return True
        row = self.model.row_of(partnership_id)
        if row is None:
            return False
        info = self.model.info(row)
        if info.archived and not self.proxy.show_archived:
            self.archived_check.setChecked(True)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args: Any) -> None:
        self._update_buttons()
        self.partnership_selected.emit(self.selected_id())

    def _activated(self, index: QModelIndex) -> None:
        pid = index.data(ID_ROLE)
        if pid is not None:
            self.partnership_activated.emit(pid)

    def _open_selected(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self.partnership_activated.emit(pid)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_counts()

    def _filters_changed(self, *_args: Any) -> None:
        self.proxy.set_status(self.status_filter.currentData() or "")
        self.proxy.set_type(self.type_filter.currentData() or "")
        self.proxy.set_show_archived(self.archived_check.isChecked())
        self._update_counts()
        self._update_buttons()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()
        self._update_counts()

    def _update_buttons(self) -> None:
        pid = self.selected_id()
        actions = self.list_view().actions(pid)
        self.new_button.setEnabled(actions.new.enabled)
        self.open_button.setEnabled(actions.open.enabled)
        self.archive_button.setEnabled(actions.archive.enabled)
        self.delete_button.setEnabled(actions.delete.enabled)
        unarchive = actions.unarchive and not self._dirty
        self.archive_button.setText(tr("Unarchive") if unarchive else tr("Archive"))

    # -- actions -------------------------------------------------------------------------------------------
    def toggle_archive_selected(self) -> None:
        pid = self.selected_id()
        if pid is None or self._read_only:
            return
        info = self.partnership_info(pid)
        if info is None:
            return
        result = self.ctx.call(svc.set_archived, pid, not info.archived, parent=self)
        if result is not None:
            self.reload()
            self.when_loaded(lambda: self.select_partnership(pid))
            message = tr("Archived “{name}”.") if result.archived else tr("“{name}” is active again.")
            self.ctx.show_status(message.format(name=result.name))

    def delete_selected(self) -> None:
        pid = self.selected_id()
        if pid is None or self._read_only:
            return
        info = self.partnership_info(pid)
        if info is None:
            return
        # Rounds or an action plan: say why it cannot be deleted before asking anything.
        _ok, error = self.ctx.try_call(svc.check_deletable, pid)
        if error is not None:
            widgets.show_error(self, self.ctx.error_text(error), tr("Cannot delete"))
            return
        text = tr(
            "Delete the partnership “{name}” and its record?\n\nYou can undo this right after (Ctrl+Z)."
        ).format(name=info.name)
        if not widgets.confirm(self, text, tr("Delete"), tr("Delete partnership"), danger=True):
            return
        data = self.ctx.call(svc.delete_partnership, pid, parent=self)
        if data is not None:
            self.reload()
            self.partnership_deleted.emit(pid, data, info.name)


# -- the record form ---------------------------------------------------------------------------------------


class _OptionalDate(QWidget):
    """A date that may be unknown: a checkbox and a calendar date edit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.SPACING)
        self.known = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.known)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())


class PartnershipFormPage(QWidget):
    """Create or edit one partnership's record.

    One long form (the partnership, both partners, governance members, agreement terms) with its dirty tracking,
    error focus and read-only mode; the members' table is a widget of its own (``members.MembersSection``); the
    rules it applies come from the services and ``model``."""

    saved = Signal(int)
    cancelled = Signal()
    round_requested = Signal(int)  # the next step after a new record: open its first round

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("partnershipFormPage")
        self.ctx = ctx
        self.partnership_id: int | None = None
        self.info: PartnershipInfo | None = None
        self._wanted: int | None = None  # the partnership whose record is being read
        self._dirty = False
        self._loading = False
        self._read_only = ctx.read_only

        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        outer.setSpacing(theme.SPACING)
        head = QHBoxLayout()
        self.heading = widgets.title_label()
        head.addWidget(self.heading, 1)
        self.archived_badge = QLabel()
        self.archived_badge.setProperty("role", "banner")
        self.archived_badge.hide()
        head.addWidget(self.archived_badge)
        outer.addLayout(head)
        self.error_banner = widgets.banner("error")
        self.error_banner.setObjectName("formError")
        outer.addWidget(self.error_banner)
        self.next_step = widgets.NextStep("recordNextStep")
        self._next_step_for: int | None = None
        outer.addWidget(self.next_step)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, theme.MARGIN, 0)
        self.body_layout.setSpacing(theme.SPACING)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # The partnership.
        self.general_title = widgets.section_label()
        self.body_layout.addWidget(self.general_title)
        self.general = QFormLayout()
        self.general.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general.setHorizontalSpacing(2 * theme.SPACING)
        self.general.setVerticalSpacing(theme.SPACING)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(v.NAME_CAP)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setMaxLength(v.CODE_CAP)
        self.code_edit.setMaximumWidth(240)
        self.type_combo = QComboBox()
        self.stage_combo = QComboBox()
        self.status_combo = QComboBox()
        self.start_date = _OptionalDate()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(88)
        self.general_labels = [QLabel() for _ in range(7)]
        for label, field in zip(
            self.general_labels,
            (
                self.name_edit,
                self.code_edit,
                self.type_combo,
                self.stage_combo,
                self.status_combo,
                self.start_date,
                self.description_edit,
            ),
            strict=True,
        ):
            label.setBuddy(field)
            self.general.addRow(label, field)
        self.body_layout.addLayout(self.general)

        # The partners, side by side.
        self.partners_title = widgets.section_label()
        self.body_layout.addWidget(self.partners_title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(2 * theme.SPACING)
        grid.setVerticalSpacing(theme.SPACING)
        self.side_heads = {s: widgets.side_label("", s) for s in ("A", "B")}
        self.partner_name = {s: QLineEdit() for s in ("A", "B")}
        self.partner_alt = {s: QLineEdit() for s in ("A", "B")}
        self.partner_label = {s: QLineEdit() for s in ("A", "B")}
        self.partner_row_labels = [QLabel() for _ in range(3)]
        grid.addWidget(self.side_heads["A"], 0, 1)
        grid.addWidget(self.side_heads["B"], 0, 2)
        for row, (label, fields) in enumerate(
            zip(
                self.partner_row_labels,
                (self.partner_name, self.partner_alt, self.partner_label),
                strict=True,
            ),
            start=1,
        ):
            grid.addWidget(label, row, 0)
            for col, side in enumerate(("A", "B"), start=1):
                fields[side].setObjectName(f"partner{side}{('Name', 'Alt', 'Label')[row - 1]}")
                fields[side].setMaxLength(v.LABEL_CAP if fields is self.partner_label else v.NAME_CAP)
                grid.addWidget(fields[side], row, col)
            label.setBuddy(fields["A"])
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.body_layout.addLayout(grid)
        for side in ("A", "B"):
            self.partner_label[side].textChanged.connect(self._labels_changed)

        # Governance.
        self.members_section = MembersSection(self._side_names)
        self.members_section.changed.connect(self._changed)
        self.body_layout.addWidget(self.members_section)
        # the parts by their names (the tests reach them here)
        self.members = self.members_section.table
        self.members_title, self.members_hint = self.members_section.title, self.members_section.hint
        self.add_member_button = self.members_section.add_button
        self.remove_member_button = self.members_section.remove_button

        # Agreement terms.
        self.terms_title = widgets.section_label()
        self.body_layout.addWidget(self.terms_title)
        self.terms_form = QFormLayout()
        self.terms_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.terms_form.setHorizontalSpacing(2 * theme.SPACING)
        self.term_edits: dict[str, QPlainTextEdit] = {}
        self.term_labels: dict[str, QLabel] = {}
        for kind in AGREEMENT_TERMS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"term_{kind}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
            label = QLabel()
            label.setBuddy(edit)
            self.term_edits[kind] = edit
            self.term_labels[kind] = label
            self.terms_form.addRow(label, edit)
            edit.textChanged.connect(self._changed)
        self.body_layout.addLayout(self.terms_form)
        self.body_layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setSpacing(theme.SPACING)
        buttons.addStretch(1)
        self.cancel_button = widgets.button("cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = widgets.button("save")
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            activated=self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        for edit in (
            self.name_edit,
            self.code_edit,
            *self.partner_name.values(),
            *self.partner_alt.values(),
            *self.partner_label.values(),
        ):
            edit.textChanged.connect(self._changed)
        for combo in (self.type_combo, self.stage_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.start_date.known.toggled.connect(self._changed)
        self.start_date.edit.dateChanged.connect(self._changed)

        self.retranslate_ui()
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        self.new_partnership()

    # -- texts ---------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self._loading, was_loading = True, self._loading
        self._update_heading()
        self.general_title.setText(tr("The partnership"))
        for label, text in zip(
            self.general_labels,
            (
                tr("&Name"),
                tr("Short &code"),
                tr("&Type"),
                tr("St&age"),
                tr("Stat&us"),
                tr("Start &date"),
                tr("Descri&ption"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.name_edit.setPlaceholderText(tr("e.g. Cloud software × hardware joint solution"))
        self.code_edit.setPlaceholderText(tr("e.g. SWHW"))
        self.start_date.known.setText(tr("Known"))
        self._fill(self.type_combo, labels.partnership_types(), PARTNERSHIP_TYPES)
        self._fill(self.stage_combo, labels.stages(), PARTNERSHIP_STAGES)
        self._fill(self.status_combo, labels.statuses(), PARTNERSHIP_STATUSES)
        self.partners_title.setText(tr("The partners"))
        self.side_heads["A"].setText(tr("Partner A"))
        self.side_heads["B"].setText(tr("Partner B"))
        for label, text in zip(
            self.partner_row_labels,
            (tr("Company name"), tr("Name in the other language"), tr("Short label")),
            strict=True,
        ):
            label.setText(text)
        for side in ("A", "B"):
            self.partner_name[side].setPlaceholderText(tr("Full company name"))
            self.partner_alt[side].setPlaceholderText(tr("Optional: Chinese or English name"))
            self.partner_label[side].setPlaceholderText(tr("Shown in charts, e.g. “Soft”"))
        self.members_section.retranslate_ui()
        self.terms_title.setText(tr("Agreement terms"))
        names = labels.agreement_terms()
        for kind, label in self.term_labels.items():
            label.setText(names[kind])
            self.term_edits[kind].setPlaceholderText(tr("What the agreement says (free text)"))
        self.archived_badge.setText(tr("Archived"))
        self.save_button.setText(tr("Save"))
        self.save_button.setToolTip(tr("Save the record (Ctrl+S)"))
        if self._next_step_for is not None and self.info is not None and self.next_step.isVisibleTo(self):
            self.offer_first_round(self.info)
        self.cancel_button.setText(tr("Revert") if self.partnership_id is not None else tr("Cancel"))
        self._loading = was_loading

    def _update_heading(self) -> None:
        if self.partnership_id is None:
            self.heading.setText(tr("New partnership"))
        else:
            self.heading.setText(self.info.name if self.info else "")

    def _fill(self, combo: QComboBox, names: dict[str, str], keys: tuple[str, ...]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key in keys:
            combo.addItem(names.get(key, key), key)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        index = combo.findData(key)
        combo.setCurrentIndex(max(0, index))

    # -- members -------------------------------------------------------------------------------------------
    def _side_names(self) -> dict[str, str]:
        return {
            side: self.partner_label[side].text().strip()
            or (tr("Partner A") if side == "A" else tr("Partner B"))
            for side in ("A", "B")
        }

    def add_member_row(self, member: Member | None = None) -> int:
        return self.members_section.add_row(member)

    def _labels_changed(self) -> None:
        self.members_section.refresh_combos()

    def remove_member_row(self) -> None:
        self.members_section.remove_row()

    def member_rows(self) -> list[Member]:
        return self.members_section.member_rows()

    # -- loading and saving --------------------------------------------------------------------------------
    def new_partnership(self) -> None:
        self._wanted = None
        self.partnership_id = None
        self.info = None
        self._load(None)

    def edit_partnership(self, partnership_id: int | None) -> None:
        if partnership_id is None:
            self.new_partnership()
            return
        if partnership_id == self.partnership_id and self._dirty:
            return  # keep what is being typed
        # The record is read on the background queue; what is on screen stays until it arrives.
        self._wanted = partnership_id
        self.ctx.fetch(self, vm.load_record, partnership_id, done=self._record_read)

    def _record_read(self, info: PartnershipInfo | None, error: Any) -> None:
        wanted, self._wanted = self._wanted, None
        if error is not None:
            widgets.show_error(self, self.ctx.error_text(error))
            return
        if info is None or info.id != wanted:
            return  # a new record or a save came in between
        if self._dirty and (self.partnership_id is None or info.id == self.partnership_id):
            return  # keep what was typed meanwhile
        self.partnership_id = info.id
        self.info = info
        self._load(info)

    def show_partnership(self, partnership_id: int | None, round_id: int | None = None) -> None:
        self.edit_partnership(partnership_id)

    def reload(self) -> None:
        if self.partnership_id is not None and not self._dirty:
            self.partnership_id, pid = None, self.partnership_id
            self.edit_partnership(pid)

    def _load(self, info: PartnershipInfo | None) -> None:
        self._loading = True
        try:
            data = info.as_input() if info else PartnershipInput("", "", "", "", "", "")
            self.name_edit.setText(data.name)
            self.code_edit.setText(data.code)
            self._select(self.type_combo, data.type)
            self._select(self.stage_combo, data.stage)
            self._select(self.status_combo, data.status)
            self.start_date.set_value(data.start_date)
            self.description_edit.setPlainText(data.description)
            for side, name, alt, label in (
                ("A", data.partner_a_name, data.partner_a_name_alt, data.partner_a_label),
                ("B", data.partner_b_name, data.partner_b_name_alt, data.partner_b_label),
            ):
                self.partner_name[side].setText(name)
                self.partner_alt[side].setText(alt)
                self.partner_label[side].setText(label)
            self.members_section.set_members(data.members)
            for kind, edit in self.term_edits.items():
                edit.setPlainText(data.terms.get(kind, ""))
            self.archived_badge.setVisible(bool(info and info.archived))
            widgets.set_banner(self.error_banner, "")
            if not vm.offers_first_round(info, self._next_step_for):
                self._next_step_for = None
                self.next_step.dismiss()
            self._dirty = False
            self.retranslate_ui()
            self._apply_read_only()
        finally:
            self._loading = False
        if info is None:
            self.name_edit.setFocus()

    def form_data(self) -> PartnershipInput:
        terms = {
            kind: edit.toPlainText() for kind, edit in self.term_edits.items() if edit.toPlainText().strip()
        }
        return PartnershipInput(
            name=self.name_edit.text(),
            code=self.code_edit.text(),
            partner_a_name=self.partner_name["A"].text(),
            partner_a_label=self.partner_label["A"].text(),
            partner_b_name=self.partner_name["B"].text(),
            partner_b_label=self.partner_label["B"].text(),
            type=self.type_combo.currentData(),
            partner_a_name_alt=self.partner_alt["A"].text(),
            partner_b_name_alt=self.partner_alt["B"].text(),
            start_date=self.start_date.value(),
            stage=self.stage_combo.currentData(),
            status=self.status_combo.currentData(),
            description=self.description_edit.toPlainText(),
            members=self.member_rows(),
            terms=terms,
        )

    def _field_widget(self, field: str) -> QWidget | None:
        field = field or ""
        table = {
            "name": self.name_edit,
            "code": self.code_edit,
            "partner A name": self.partner_name["A"],
            "partner B name": self.partner_name["B"],
            "partner A short label": self.partner_label["A"],
            "partner B short label": self.partner_label["B"],
            "description": self.description_edit,
            "member name": self.members,
        }
        if field.startswith("agreement term "):
            return self.term_edits.get(field.removeprefix("agreement term "))
        return table.get(field)

    def save(self) -> int | None:
        """Validate and store the record; a refused record shows why at the top and keeps what was typed."""
        if self._read_only:
            return None
        data = self.form_data()
        if self.partnership_id is None:
            info, error = self.ctx.try_call(svc.create_partnership, data)
        else:
            info, error = self.ctx.try_call(svc.update_partnership, self.partnership_id, data)
        if error is not None:
            widgets.set_banner(self.error_banner, self.ctx.error_text(error))
            field = vm.refused_field(error.code, error.params)
            widget = self._field_widget(field) if field else None
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        was_new = self.partnership_id is None
        self._wanted = None  # what was just saved is what the form shows
        self.partnership_id = info.id
        self.info = info
        self._dirty = False
        if was_new:
            self._next_step_for = info.id
        self._load(info)
        if was_new:
            self.offer_first_round(info)
        self.ctx.show_status(
            (tr("Created “{name}”.") if was_new else tr("Saved “{name}”.")).format(name=info.name)
        )
        self.saved.emit(info.id)
        return info.id

    def offer_first_round(self, info: PartnershipInfo) -> None:
        """After a new record: the next step stays on the screen until it is taken or dismissed."""
        pid = info.id
        self.next_step.offer(
            tr(
                "“{name}” is saved. Next: open its first assessment round, then add the executives of both "
                "partners who will answer."
            ).format(name=info.name),
            tr("Open a round…"),
            (lambda: self.round_requested.emit(pid)) if not self._read_only else None,
        )

    def cancel(self) -> None:
        if self._dirty and not widgets.confirm(
            self, tr("Discard the changes you made to this record?"), tr("Discard"), tr("Unsaved changes")
        ):
            return
        self._dirty = False
        if self.partnership_id is not None and self.info is not None:
            self._load(self.info)
        self.cancelled.emit()

    def _changed(self, *_args: Any) -> None:
        if not self._loading:
            self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def can_leave(self) -> bool:
        """Asked before the window shows another page: unsaved typing is never dropped silently."""
        if not self._dirty or self._read_only:
            return True
        if widgets.confirm(
            self,
            tr("This record has changes that are not saved yet. Discard them?"),
            tr("Discard changes"),
            tr("Unsaved changes"),
        ):
            self._dirty = False
            if self.info is not None:
                self._load(self.info)
            return True
        return False

    can_close = can_leave

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        ro = self._read_only
        for w in (
            self.name_edit,
            self.code_edit,
            *self.partner_name.values(),
            *self.partner_alt.values(),
            *self.partner_label.values(),
        ):
            w.setReadOnly(ro)
        self.description_edit.setReadOnly(ro)
        for edit in self.term_edits.values():
            edit.setReadOnly(ro)
        for w in (
            self.type_combo,
            self.stage_combo,
            self.status_combo,
            self.start_date,
        ):
            w.setEnabled(not ro)
        self.members_section.set_read_only(ro)
        self.save_button.setVisible(not ro)
        self.cancel_button.setVisible(not ro)
