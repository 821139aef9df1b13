"""Assessment rounds of one partnership (placeholder until the full page lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .context import AppContext


class RoundsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.label = QLabel()
        layout.addWidget(self.label)

    def show_partnership(self, partnership_id: int | None) -> None:
        self.label.setText(str(partnership_id))

    def retranslate_ui(self) -> None:
        pass
