"""Small shared pieces: message boxes (one place, so tests can stand in for them), icons, labels, banners.

Tests replace ``confirm``, ``show_error``, ``show_info`` and ``ask_text`` with ``monkeypatch`` so no modal box
blocks; the app's code always calls them through this module (``widgets.confirm(...)``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QWidget

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
            QTimer.singleShot(0, self._reload_if_dirty)

    def _reload_if_dirty(self) -> None:
        if self._dirty and self.isVisible():  # type: ignore[attr-defined]
            self.reload()  # type: ignore[attr-defined]

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._dirty:
            self.reload()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]
