"""The follow-up at a glance, for the dashboard (``FollowUpPanel``): four counts (open goals, overdue actions, KPI
breaches, decisions requested) and the warnings; ``open_requested(tab)`` and ``workshop_requested`` for the host."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...services import followup as svc
from ..common import theme, widgets
from ..common.context import AppContext
from . import model as vm
from .words import breach_text, overdue_text

TR_CONTEXT = "FollowUp"  # the page's context (words.py shares it)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


class CountTile(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.GRID, theme.GRID, theme.GRID, theme.GRID)
        self.value = QLabel("0")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setProperty("role", "subtitle")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: int, caption: str, alert: bool) -> None:
        symbol = "✕ " if alert and value else ""
        self.value.setText(f"{symbol}{value}")
        self.value.setStyleSheet(f"color: {theme.ERROR};" if alert and value else "")
        self.caption.setText(caption)


class FollowUpPanel(QWidget):
    """The follow-up at a glance, for the dashboard: counts, then overdue actions and KPI breaches."""

    open_requested = Signal(str)  # "plan" | "kpis" | "decisions"
    workshop_requested = Signal()
    loaded = Signal()  # the counts read on the background queue are shown

    MAX_LINES = vm.PanelView.MAX_LINES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followUpPanel")
        self.ctx = ctx
        self.partnership_id: int | None = None
        self.as_of: date | None = None
        self.info: svc.FollowUpInfo | None = None
        # The counts, warnings and buttons scroll up and down when the pane is too short for them (a narrow pane
        # wraps the warnings onto more lines): every line shows whole, never cut at the panel's edge, and never
        # sideways.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("followUpScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = widgets.section_label()
        layout.addWidget(self.heading)
        tiles = QGridLayout()
        tiles.setSpacing(theme.SPACING)
        self.tiles = {key: CountTile() for key in ("goals", "overdue", "breaches", "decisions")}
        for n, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, n)
        layout.addLayout(tiles)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setProperty("role", "banner")
        self.warnings.hide()
        layout.addWidget(self.warnings)
        self.open_button = widgets.button("list")
        self.open_button.clicked.connect(lambda: self.open_requested.emit("plan"))
        self.workshop_button = widgets.button("play")
        self.workshop_button.clicked.connect(self.workshop_requested.emit)
        layout.addLayout(widgets.button_row(self.open_button, self.workshop_button))
        layout.addStretch(1)
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        ctx.data_changed.connect(self.reload)
        self.retranslate_ui()

    def show_partnership(self, partnership_id: int | None, as_of: date | None = None) -> None:
        self.partnership_id = partnership_id
        self.as_of = as_of
        self.reload()

    def reload(self) -> None:
        """Read the follow-up on the background queue; the panel keeps what it shows until the new counts arrive."""
        if self.partnership_id is None:
            self.info = None
            self.retranslate_ui()
            return
        self.ctx.fetch(
            self,
            svc.get_followup,
            self.partnership_id,
            self.as_of,
            done=lambda info, _error: self.show_info(info),
        )

    def show_info(self, info: svc.FollowUpInfo | None) -> None:
        """Show a follow-up read elsewhere (the dashboard reads it with its own); None (a refusal: the partnership
        is gone) reads as nothing, as before."""
        self.info = info
        self.retranslate_ui()
        self.loaded.emit()

    def warning_lines(self) -> list[str]:
        return [
            breach_text(w.kpi) if w.kind == vm.Alert.BREACH else overdue_text(w.action)
            for w in vm.warning_lines(self.info)
        ]

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Follow-up: goals, actions, KPIs, decisions"))
        view = vm.panel_view(self.info, self.partnership_id)
        counts = view.counts
        self.tiles["goals"].set(counts.open_goals, tr("open goals"), False)
        self.tiles["overdue"].set(counts.overdue_actions, tr("overdue actions"), True)
        self.tiles["breaches"].set(counts.kpi_breaches, tr("KPI breaches"), True)
        self.tiles["decisions"].set(counts.decisions_requested, tr("decisions requested from the JMC"), False)
        shown = self.warning_lines()[: self.MAX_LINES]
        if view.more:
            shown.append(tr("… and {n} more").format(n=view.more))
        self.warnings.setText("\n".join(f"• {line}" for line in shown))
        self.warnings.setVisible(bool(shown))
        self.open_button.setText(tr("Open the action plan"))
        self.workshop_button.setText(tr("Start the workshop…"))
        self.workshop_button.setEnabled(view.can_start_workshop)
