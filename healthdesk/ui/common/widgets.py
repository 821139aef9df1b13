"""Small shared pieces: message boxes (one place, so tests can stand in for them), icons, labels, banners.

Tests replace ``confirm``, ``show_error``, ``show_info`` and ``ask_text`` with ``monkeypatch`` so no modal box
blocks; the app's code always calls them through this module (``widgets.confirm(...)``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

# Message boxes, input dialogs and frames are imported where used: the window frame paints before they are needed.
from . import theme

TR_CONTEXT = "Widgets"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def icon(name: str) -> QIcon:
    """One icon set: Qt's standard icons, by the short names the app uses."""
    pixmaps = {
        "new": QStyle.StandardPixmap.SP_FileIcon,
        "open": QStyle.StandardPixmap.SP_DirOpenIcon,
        "save": QStyle.StandardPixmap.SP_DialogSaveButton,
        "cancel": QStyle.StandardPixmap.SP_DialogCancelButton,
        "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
        "delete": QStyle.StandardPixmap.SP_TrashIcon,
        "refresh": QStyle.StandardPixmap.SP_BrowserReload,
        "undo": QStyle.StandardPixmap.SP_ArrowBack,
        "archive": QStyle.StandardPixmap.SP_DriveFDIcon,
        "list": QStyle.StandardPixmap.SP_FileDialogDetailedView,
        "record": QStyle.StandardPixmap.SP_FileDialogInfoView,
        "plan": QStyle.StandardPixmap.SP_FileDialogListView,
        "rounds": QStyle.StandardPixmap.SP_FileDialogContentsView,
        "dashboard": QStyle.StandardPixmap.SP_ComputerIcon,
        "portfolio": QStyle.StandardPixmap.SP_DirHomeIcon,
        "backup": QStyle.StandardPixmap.SP_DriveHDIcon,
        "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        "question": QStyle.StandardPixmap.SP_MessageBoxQuestion,
        "quit": QStyle.StandardPixmap.SP_DialogCloseButton,
        "add": QStyle.StandardPixmap.SP_FileDialogNewFolder,
        "remove": QStyle.StandardPixmap.SP_DialogDiscardButton,
        "edit": QStyle.StandardPixmap.SP_FileDialogDetailedView,
        "play": QStyle.StandardPixmap.SP_MediaPlay,
        "stop": QStyle.StandardPixmap.SP_MediaStop,
        "lock": QStyle.StandardPixmap.SP_VistaShield,
        "up": QStyle.StandardPixmap.SP_ArrowUp,
        "forward": QStyle.StandardPixmap.SP_ArrowForward,
        "help": QStyle.StandardPixmap.SP_DialogHelpButton,
        "language": QStyle.StandardPixmap.SP_DesktopIcon,
    }
    style = QApplication.style()
    return style.standardIcon(pixmaps.get(name, QStyle.StandardPixmap.SP_FileIcon))


# -- message boxes ---------------------------------------------------------------------------------------


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, title or tr("HealthDesk"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information, title or tr("HealthDesk"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def confirm(
    parent: QWidget | None, text: str, ok_text: str, title: str | None = None, danger: bool = False
) -> bool:
    """Ask before something that changes or removes data; the safe answer is the default."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question,
        title or tr("HealthDesk"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_text(
    parent: QWidget | None, title: str, label: str, text: str = "", password: bool = False
) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    value, ok = QInputDialog.getText(parent, title, label, mode, text)
    return value if ok else None


# -- small widgets ---------------------------------------------------------------------------------------


def title_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "title")
    label.setWordWrap(True)
    return label


def subtitle_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "subtitle")
    label.setWordWrap(True)
    return label


def section_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "section")
    return label


def banner(role: str = "error") -> QLabel:
    """An inline message (error, banner or info) that wraps and is hidden until it has text."""
    label = QLabel()
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.hide()
    return label


def set_banner(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def side_label(text: str, side: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("side", side)
    return label


def hline() -> QWidget:
    from PySide6.QtWidgets import QFrame

    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def button(icon_name: str | None = None, text: str = "") -> QPushButton:
    btn = QPushButton(text)
    if icon_name:
        btn.setIcon(icon(icon_name))
    return btn


def button_row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(theme.SPACING)
    if stretch_first:
        row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    if not stretch_first:
        row.addStretch(1)
    return row


class ReloadWhenShown:
    """Mixin for a page: after a write anywhere (``ctx.data_changed``) it reloads once, right away when it is on
    screen, else the next time it is shown. The page sets ``self._dirty`` and implements ``reload()``."""

    _dirty: bool

    def _data_changed(self) -> None:
        if not self._dirty:
            self._dirty = True
            QTimer.singleShot(0, self, self._reload_if_dirty)

    def _reload_if_dirty(self) -> None:
        if self._dirty and self.isVisible():  # type: ignore[attr-defined]
            self.reload()  # type: ignore[attr-defined]

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._dirty:
            self.reload()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]


# -- guidance: empty states and the next step ------------------------------------------------------------


class EmptyState(QFrame):
    """What a screen (or a part of one) shows when it has nothing yet: what this place is for, what to do next,
    and the button that does it (a second, quieter button for another way). One widget for every empty state.

    ``show_state(title, text, primary=(button text, callback), secondary=...)`` fills it; the callbacks may change
    from one state to the next (no partnership, no round, nobody invited...). ``compact`` leaves out the space
    around the card, for an empty state inside a panel."""

    def __init__(self, object_name: str = "emptyState", compact: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.compact = compact
        self._primary: Callable[[], object] | None = None
        self._secondary: Callable[[], object] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.card = QFrame()
        self.card.setProperty("role", "emptyCard")
        if not compact:
            self.card.setMaximumWidth(640)
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        card = QVBoxLayout(self.card)
        pad = 2 * theme.GRID if compact else 3 * theme.GRID
        card.setContentsMargins(pad, pad, pad, pad)
        card.setSpacing(theme.GRID if compact else 2 * theme.GRID)
        self.heading = QLabel()
        self.heading.setObjectName(f"{object_name}Title")
        self.heading.setProperty("role", "emptyTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QLabel()
        self.body.setObjectName(f"{object_name}Text")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setProperty("role", "subtitle")
        self.button = QPushButton()
        self.button.setObjectName(f"{object_name}Button")
        self.button.setProperty("role", "primary")
        self.button.setDefault(True)
        self.button.clicked.connect(lambda _checked=False: self._run(self._primary))
        self.second_button = QPushButton()
        self.second_button.setObjectName(f"{object_name}SecondButton")
        self.second_button.clicked.connect(lambda _checked=False: self._run(self._secondary))
        card.addWidget(self.heading)
        card.addWidget(self.body)
        buttons = QHBoxLayout()
        buttons.setSpacing(theme.SPACING)
        buttons.addWidget(self.button)
        buttons.addWidget(self.second_button)
        buttons.addStretch(1)
        card.addLayout(buttons)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if compact:
            row.addWidget(self.card, 1)
            outer.addLayout(row)
        else:
            # Centred across, a little above the middle: the eye lands on it, the page's title stays at the top.
            row.addStretch(1)
            row.addWidget(self.card, 3)
            row.addStretch(1)
            outer.addStretch(1)
            outer.addLayout(row)
            outer.addStretch(2)
        self.second_button.hide()

    @staticmethod
    def _run(callback: Callable[[], object] | None) -> None:
        if callback is not None:
            callback()

    def show_state(
        self,
        title: str,
        text: str,
        primary: tuple[str, Callable[[], object]] | None = None,
        secondary: tuple[str, Callable[[], object]] | None = None,
        icon_name: str | None = None,
    ) -> None:
        self.heading.setText(title)
        self.body.setText(text)
        self.body.setVisible(bool(text))
        self._primary = primary[1] if primary else None
        self._secondary = secondary[1] if secondary else None
        self.button.setText(primary[0] if primary else "")
        self.button.setIcon(icon(icon_name) if icon_name else QIcon())
        self.button.setVisible(primary is not None)
        self.second_button.setText(secondary[0] if secondary else "")
        self.second_button.setVisible(secondary is not None)

    def set_enabled_actions(self, enabled: bool) -> None:
        """Read-only: the words stay, the buttons that would change data do not work."""
        self.button.setEnabled(enabled)

    def text(self) -> str:
        return f"{self.heading.text()}\n{self.body.text()}".strip()


class NextStep(QFrame):
    """A banner that stays on the screen after something is done, offering the next step with its button until it
    is taken or dismissed (the status bar's message is gone after a few seconds; this is not)."""

    def __init__(self, object_name: str = "nextStep", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "nextStep")
        self._callback: Callable[[], object] | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.GRID + theme.GRID // 2, theme.GRID, theme.GRID, theme.GRID)
        row.setSpacing(theme.SPACING)
        self.label = QLabel()
        self.label.setObjectName(f"{object_name}Text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton()
        self.button.setObjectName(f"{object_name}Button")
        self.button.clicked.connect(self._take)
        self.close_button = QPushButton("×")
        self.close_button.setObjectName(f"{object_name}Close")
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(4 * theme.GRID)
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.close_button)
        self.hide()

    def offer(
        self, text: str, button_text: str | None = None, callback: Callable[[], object] | None = None
    ) -> None:
        self.label.setText(text)
        self._callback = callback
        self.button.setText(button_text or "")
        self.button.setVisible(bool(button_text) and callback is not None)
        self.close_button.setToolTip(tr("Hide this hint"))
        self.show()

    def dismiss(self) -> None:
        self._callback = None
        self.hide()

    def _take(self) -> None:
        callback = self._callback
        self.dismiss()
        if callback is not None:
            callback()

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget() or self) else ""


# -- clipped cells: "…" and the whole text as a tooltip ---------------------------------------------------


def cell_is_clipped(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether the cell's text does not fit its width (so it is drawn with "…")."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if font is not None else view.font())
    rect = view.visualRect(index)
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    decoration = index.data(Qt.ItemDataRole.DecorationRole)
    icon_width = view.iconSize().width() + 4 if decoration is not None else 0
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    return widest > rect.width() - margin - icon_width


def cell_tooltip(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> str:
    """The tooltip a cell shows: its own (ToolTipRole) if it has one, else its whole text when it is clipped."""
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    if own:
        return str(own)
    if cell_is_clipped(view, index):
        return str(index.data(Qt.ItemDataRole.DisplayRole))
    return ""


class ClippedTextTips(QStyledItemDelegate):
    """An item delegate that draws clipped text with "…" and shows the whole text as the cell's tooltip."""

    def helpEvent(self, event, view, option, index):  # noqa: ANN001, ANN201, N802 - Qt API
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            text = cell_tooltip(view, index)
            if text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().helpEvent(event, view, option, index)


def elide_cells(view: QAbstractItemView) -> ClippedTextTips:
    """One line per cell, "…" where the text does not fit, the whole text in the tooltip."""
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if hasattr(view, "setWordWrap"):
        view.setWordWrap(False)
    delegate = ClippedTextTips(view)
    view.setItemDelegate(delegate)
    return delegate


class FilterProxy(QSortFilterProxyModel):
    """A list's filter: ``_refilter(name, value)`` changes one filter attribute and re-runs the filter once (Qt's
    filter-change brackets where Qt has them, 6.9+)."""

    def _refilter(self, name: str, value: object) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, name, value)
            self.invalidateFilter()
