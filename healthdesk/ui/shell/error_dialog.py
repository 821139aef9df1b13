"""The unexpected-error dialog (see ``healthdesk.ui.shell.errors``): what happened, that saved data is safe, what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common import theme, widgets

TR_CONTEXT = "ErrorDialog"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


class UnexpectedErrorDialog(QDialog):
    """Says what happened in plain words, that saved data is safe, and what to do next."""

    def __init__(
        self, exc: BaseException, details: str, parent: QWidget | None = None, log_file: Path | None = None
    ):
        super().__init__(parent)
        self._log_file = log_file  # given by ui.errors, which owns the log (this module does not import it)
        self.setObjectName("unexpectedErrorDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._details_text = details
        self._exc = exc
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(widgets.icon("error").pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(icon)
        self.heading = widgets.title_label()
        head.addWidget(self.heading, 1)
        layout.addLayout(head)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)
        layout.addWidget(self.details)
        self.buttons = QDialogButtonBox()
        self.details_button = QPushButton()
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._copy)
        self.logs_button = QPushButton()
        self.logs_button.clicked.connect(self._open_logs)
        self.continue_button = QPushButton()
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        self.buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Something went wrong"))
        self.heading.setText(tr("Something unexpected went wrong"))
        where = self._log_file
        text = tr(
            "HealthDesk ran into a problem it did not expect ({error}).\n\n"
            "Everything saved before is safe: every answer is stored the moment it is given. "
            "You can keep working; if the same thing happens again, save your work, restart HealthDesk "
            "and send the log file to your support contact."
        ).format(error=type(self._exc).__name__)
        if where is not None:
            text += "\n\n" + tr("Log file: {path}").format(path=str(where))
        self.message.setText(text)
        self.details_button.setText(tr("Show details"))
        self.copy_button.setText(tr("Copy details"))
        self.logs_button.setText(tr("Open log folder"))
        self.logs_button.setEnabled(where is not None)
        self.continue_button.setText(tr("Continue working"))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._details_text)

    def _open_logs(self) -> None:
        folder = self._log_file
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder.parent)))
