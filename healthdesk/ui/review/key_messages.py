"""The export dialog's key messages (``KeyMessagesEditor``): the facilitator's bullets in English and Chinese,
printed above the generated diagnosis; saved with the round (Save, or when exporting). Drafts of other rounds
are kept while the dialog is open. The dialog (``export.ReviewExportDialog``) says which round is chosen, and
words a refused save in its banner."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...errors import HealthDeskError
from .model import bullets

if TYPE_CHECKING:
    from ..common.context import AppContext

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # the dialog's context, "ReviewExport"


class KeyMessagesEditor(QWidget):
    """Two editors side by side, a hint and a Save button; ``edited`` when the texts change."""

    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.message_edits: dict[str, QPlainTextEdit] = {}
        self.message_labels: dict[str, QLabel] = {}
        messages = QVBoxLayout(self)
        messages.setContentsMargins(0, 0, 0, 0)
        messages.setSpacing(2)
        editors = QHBoxLayout()
        for lang in ("en", "zh"):
            column = QVBoxLayout()
            column.setSpacing(2)
            label = QLabel()
            edit = QPlainTextEdit()
            edit.setObjectName(f"keyMessages_{lang}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 6 + 12)
            edit.textChanged.connect(self._messages_edited)
            label.setBuddy(edit)
            column.addWidget(label)
            column.addWidget(edit)
            editors.addLayout(column, 1)
            self.message_edits[lang], self.message_labels[lang] = edit, label
        messages.addLayout(editors)
        hint_row = QHBoxLayout()
        self.messages_hint = QLabel()
        self.messages_hint.setProperty("role", "subtitle")
        self.messages_hint.setWordWrap(True)
        self.save_messages_button = QPushButton()
        self.save_messages_button.setObjectName("saveMessagesButton")
        hint_row.addWidget(self.messages_hint, 1)
        hint_row.addWidget(self.save_messages_button)
        messages.addLayout(hint_row)
        self.round_id: int | None = None  # the round whose messages the editors show
        self._saved: dict[int, dict[str, str]] = {}  # per round: the texts as stored
        self._draft: dict[int, dict[str, str]] = {}  # per round: the texts as edited
        self._loading = False

    def retranslate_ui(self) -> None:
        self.message_labels["en"].setText(translate("ReviewExport", "In &English"))
        self.message_labels["zh"].setText(translate("ReviewExport", "In C&hinese"))
        self.messages_hint.setText(
            translate(
                "ReviewExport",
                "One message per line, at most 5 per language, each at most 200 characters; either language "
                "may stay empty. Printed above the diagnosis on the summary page.",
            )
        )
        self.save_messages_button.setText(translate("ReviewExport", "&Save messages"))

    def texts(self) -> dict[str, str]:
        return {lang: edit.toPlainText() for lang, edit in self.message_edits.items()}

    def show_round(self, rid: int | None) -> None:
        """Show a round's key messages: the draft typed for it in this dialog, else as stored."""
        from ...services.key_messages import get_key_messages

        if rid == self.round_id:
            return
        if rid is not None and rid not in self._saved:
            try:
                stored = get_key_messages(self.ctx.db, rid)
            except HealthDeskError as exc:
                log.warning("key messages of round %s not read: %s", rid, exc)
                stored = {}
            self._saved[rid] = {lang: "\n".join(stored.get(lang, ())) for lang in self.message_edits}
        texts = self._draft.get(rid) or self._saved.get(rid) or {}
        self._loading = True
        self.round_id = rid
        for lang, edit in self.message_edits.items():
            edit.setPlainText(texts.get(lang, ""))
        self._loading = False
        self.edited.emit()

    def _messages_edited(self) -> None:
        if self._loading or self.round_id is None:
            return
        self._draft[self.round_id] = self.texts()
        self.edited.emit()

    def changed(self) -> bool:
        """Whether the editors hold something else than the chosen round's stored key messages."""
        rid = self.round_id
        if rid is None:
            return False
        return bullets(self.texts()) != bullets(self._saved.get(rid, {}))

    def save(self) -> HealthDeskError | None:
        """Store the editors' key messages with the round shown (there is one); the refusal, if any."""
        from ...services.key_messages import set_key_messages

        rid = self.round_id
        assert rid is not None
        try:
            stored = set_key_messages(self.ctx.db, rid, bullets(self.texts()))
        except HealthDeskError as exc:
            return exc
        self._saved[rid] = {lang: "\n".join(stored.get(lang, ())) for lang in self.message_edits}
        self._draft.pop(rid, None)
        return None

    def set_enabled(self, busy: bool) -> None:
        self.save_messages_button.setEnabled(not busy and self.changed())
        for edit in self.message_edits.values():
            edit.setEnabled(not busy)
