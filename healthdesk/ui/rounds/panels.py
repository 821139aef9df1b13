"""The parts of the rounds page's right side, each a widget of its own: the chosen round's details with its
actions (``RoundDetails``), what to do next with it (``GuidePanel``, and the page's empty state), and both sides'
respondents with the actions on the chosen one (``RespondentsPanel`` over two ``SidePanel``). They lay out and
word what ``model.RoundsView`` says; their buttons call the page (``host``), which keeps the loaded partnership,
round and respondents and does the actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import rounds as svc
from ...services.dto import PartnershipInfo, RespondentInfo, RoundInfo
from ..common import labels, theme, widgets
from ..common.context import AppContext
from ..partnerships.page import counts_text
from . import model as vm

if TYPE_CHECKING:
    from .page import RoundsPage

RESPONDENT_ROLE = Qt.ItemDataRole.UserRole + 2

TR_CONTEXT = "Rounds"  # the page's context: these words moved here from it


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def status_symbol(status: str) -> str:
    return {"draft": "✎", "open": "▶", "closed": "■"}.get(status, "")


# -- one side's respondents --------------------------------------------------------------------------------


class SidePanel(QFrame):
    """The respondents of one side, headed by the partner's label and colour, with a quick add row."""

    selected = Signal(object)  # RespondentInfo | None
    activated = Signal(object)  # RespondentInfo

    COLUMNS = 3

    def __init__(self, ctx: AppContext, side: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.side = side
        self.setProperty("role", "card")
        self.setObjectName(f"sidePanel{side}")
        self.round_info: RoundInfo | None = None
        self.partnership: PartnershipInfo | None = None
        self.view: vm.SideView | None = None
        self.respondents: list[RespondentInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.GRID, theme.GRID, theme.GRID, theme.GRID)
        layout.setSpacing(theme.GRID)
        head = QHBoxLayout()
        self.swatch = QLabel()
        self.swatch.setFixedSize(12, 12)
        self.swatch.setStyleSheet(f"background: {theme.side_colour(side)}; border-radius: 6px;")
        head.addWidget(self.swatch)
        self.heading = widgets.side_label("", side)
        self.heading.setWordWrap(True)
        head.addWidget(self.heading, 1)
        self.count = QLabel()
        self.count.setObjectName(f"sideCount{side}")
        head.addWidget(self.count)
        layout.addLayout(head)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName(f"respondents{side}")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widgets.elide_cells(self.table)  # "…" and the whole name or role as a tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(lambda: self.selected.emit(self.current()))
        self.table.doubleClicked.connect(lambda _i: self._activate())
        layout.addWidget(self.table, 1)
        add = QHBoxLayout()
        add.setSpacing(theme.GRID)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName(f"newRespondentName{side}")
        self.name_edit.setMaxLength(200)
        self.name_edit.returnPressed.connect(self.add_respondent)
        self.role_edit = QLineEdit()
        self.role_edit.setMaxLength(100)
        self.role_edit.returnPressed.connect(self.add_respondent)
        self.add_button = widgets.button("add")
        self.add_button.setObjectName(f"addRespondent{side}")
        self.add_button.clicked.connect(self.add_respondent)
        add.addWidget(self.name_edit, 3)
        add.addWidget(self.role_edit, 2)
        add.addWidget(self.add_button)
        layout.addLayout(add)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Role"), tr("Answers")])
        self.name_edit.setPlaceholderText(tr("Name"))
        self.role_edit.setPlaceholderText(tr("Role (optional)"))
        self.add_button.setText(tr("Add"))
        self._update_heading()
        self._fill()

    def _update_heading(self) -> None:
        view = self.view
        if view is None:
            self.heading.setText("")
            self.count.setText("")
            return
        self.heading.setText(f"{view.label} · {view.partner_name}")
        self.heading.setToolTip(view.partner_name)
        if view.count is not None:
            self.count.setText(
                tr("{submitted} of {invited} submitted").format(
                    submitted=view.count.submitted,
                    invited=view.count.invited,
                )
            )
        self.add_button.setToolTip(tr("Add a respondent for {label}").format(label=view.label))

    def set_data(self, partnership: PartnershipInfo, round_info: RoundInfo | None, view: vm.SideView) -> None:
        """Show ``view`` (this side of the rounds view-model) for ``round_info`` of ``partnership``."""
        keep = self.current()
        self.partnership = partnership
        self.round_info = round_info
        self.view = view
        self.respondents = [row.respondent for row in view.rows]
        self._update_heading()
        self._fill()
        if keep is not None:
            self.select_respondent(keep.id)

    def _fill(self) -> None:
        rows = self.view.rows if self.view is not None else ()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        statuses = labels.response_statuses()
        for row, line in enumerate(rows):
            r = line.respondent
            name = QTableWidgetItem(r.name)
            name.setData(RESPONDENT_ROLE, r.id)
            role = QTableWidgetItem(r.role)
            if line.status == "submitted":
                text = f"{theme.RESPONSE_SYMBOLS['submitted']} {statuses['submitted']}"
            elif line.status == "in_progress":
                text = f"{theme.RESPONSE_SYMBOLS['in_progress']} " + tr("{answered} of {total}").format(
                    answered=line.answered, total=line.total
                )
            else:
                text = f"{theme.RESPONSE_SYMBOLS['not_started']} {statuses['not_started']}"
            state = QTableWidgetItem(text)
            state.setToolTip(statuses.get(line.status, line.status))
            if line.status == "submitted":
                state.setForeground(QBrush(QColor(theme.GREEN)))
            for col, item in enumerate((name, role, state)):
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)

    def current(self) -> RespondentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.respondents):
            return None
        return self.respondents[rows[0].row()]

    def select_respondent(self, respondent_id: int) -> bool:
        for row, r in enumerate(self.respondents):
            if r.id == respondent_id:
                self.table.selectRow(row)
                return True
        return False

    def clear_selection(self) -> None:
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(False)

    def _activate(self) -> None:
        r = self.current()
        if r is not None:
            self.activated.emit(r)

    def set_editable(self, editable: bool) -> None:
        for w in (self.name_edit, self.role_edit, self.add_button):
            w.setEnabled(editable)

    def add_respondent(self) -> RespondentInfo | None:
        if self.round_info is None or not self.add_button.isEnabled():
            return None
        info = self.ctx.call(
            svc.add_respondent,
            self.round_info.id,
            self.name_edit.text(),
            self.side,
            self.role_edit.text(),
            parent=self,
        )
        if info is not None:
            self.name_edit.clear()
            self.role_edit.clear()
            self.name_edit.setFocus()
            self.ctx.show_status(tr("Added {name}.").format(name=info.name))
        return info


# -- the chosen round ----------------------------------------------------------------------------------------


class RoundDetails(QWidget):
    """The chosen round's heading, dates, framework, threshold and progress, and the actions on the round."""

    def __init__(self, host: RoundsPage):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING)
        self.round_heading = widgets.section_label()
        self.round_heading.setObjectName("roundHeading")
        layout.addWidget(self.round_heading)
        self.round_details = QLabel()
        self.round_details.setWordWrap(True)
        self.round_details.setObjectName("roundDetails")
        layout.addWidget(self.round_details)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("roundProgress")
        self.progress_label.setProperty("role", "info")
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)
        round_actions = QHBoxLayout()
        round_actions.setSpacing(theme.SPACING)
        self.edit_round_button = widgets.button("edit")
        self.edit_round_button.clicked.connect(host.edit_round)
        self.status_button = widgets.button("stop")
        self.status_button.setObjectName("roundStatusButton")
        self.status_button.clicked.connect(host.toggle_round_status)
        self.pin_button = widgets.button("lock")
        self.pin_button.clicked.connect(host.set_pin)
        self.delete_round_button = widgets.button("delete")
        self.delete_round_button.clicked.connect(host.delete_round)
        self.buttons = (self.edit_round_button, self.status_button, self.pin_button, self.delete_round_button)
        for b in self.buttons:
            round_actions.addWidget(b)
        round_actions.addStretch(1)
        layout.addLayout(round_actions)
        self.detail_widgets = [self.round_details, self.progress_label, *self.buttons]

    def retranslate_ui(self) -> None:
        self.edit_round_button.setText(tr("Edit…"))
        self.pin_button.setText(tr("Respondent-mode PIN…"))
        self.delete_round_button.setText(tr("Delete round…"))

    def fill(self, view: vm.RoundsView, lang: str) -> None:
        details = view.details
        for w in self.detail_widgets:
            w.setVisible(details is not None)
        if details is None:
            self.round_heading.setText("")
            return
        r = details.round
        statuses = labels.round_statuses()
        self.round_heading.setText(
            f"{r.label} · {status_symbol(r.status)} {statuses.get(r.status, r.status)}"
        )
        fw = details.framework
        if fw is not None:
            fw_name = tr("{name} (version {version})").format(name=fw.name.get(lang), version=fw.version)
        else:
            fw_name = r.framework_key
        if r.end_date:
            dates = tr("Dates: {dates}").format(
                dates=f"{r.start_date.isoformat()} – {r.end_date.isoformat()}"
            )
        else:  # one date alone reads like a one-day round
            dates = tr("Dates: from {start}, no end date set").format(start=r.start_date.isoformat())
        lines = [
            dates,
            tr("Framework: {name}").format(name=fw_name),
            tr("Results per side shown from {n} respondents").format(n=r.threshold)
            + (tr(" (lowered: {reason})").format(reason=r.threshold_note) if r.threshold_note else ""),
        ]
        if r.blind:
            lines.append(tr("Blind: neither side sees the other's answers until both have submitted"))
        lines.append(tr("Respondent-mode PIN: set") if r.has_pin else tr("Respondent-mode PIN: not set"))
        self.round_details.setText("\n".join(lines))
        self.progress_label.setText(counts_text(view.counts))
        if details.status_action == vm.StatusAction.CLOSE:
            self.status_button.setText(tr("Close round…"))
            self.status_button.setIcon(widgets.icon("stop"))
        elif details.status_action == vm.StatusAction.REOPEN:
            self.status_button.setText(tr("Reopen round…"))
            self.status_button.setIcon(widgets.icon("play"))
        else:
            self.status_button.setText(tr("Open for answers"))
            self.status_button.setIcon(widgets.icon("play"))

    def update_buttons(self, actions: vm.RoundActions) -> None:
        self.edit_round_button.setEnabled(actions.edit_round.enabled)
        self.status_button.setEnabled(actions.status.enabled)
        self.pin_button.setEnabled(actions.pin.enabled)
        self.delete_round_button.setEnabled(actions.delete_round.enabled)


# -- what to do next ------------------------------------------------------------------------------------------

Step = tuple[str, Callable[[], object]]


def short_sides_text(view: vm.RoundsView) -> str:
    """The guide's warning, on a line of its own, when a side as invited cannot reach the threshold."""
    short = view.short_sides
    if not short or view.round is None:
        return ""
    sides = tr(", ").join(tr("{side} {invited}").format(side=c.label, invited=c.invited) for c in short)
    return "\n" + tr(
        "Too few respondents for results per side: {sides} invited, results show from {n} a side. "
        "Add more before the round closes."
    ).format(sides=sides, n=view.round.threshold)


def fill_empty_state(
    empty_state: widgets.EmptyState, view: vm.RoundsView, step: Callable[[vm.Step], Step]
) -> None:
    """The page's empty state: no partnership chosen, or no round yet."""
    empty = view.empty
    if empty == vm.Empty.NO_PARTNERSHIP:
        empty_state.show_state(
            tr("No partnership chosen"),
            tr("Rounds belong to a partnership. Choose one in the list, or create one first."),
            step(view.empty_steps[0]),
        )
    elif empty == vm.Empty.NO_ROUND:
        empty_state.show_state(
            tr("No assessment round yet"),
            tr(
                "A round asks executives of both partners the same questions, usually once every half-year. "
                "Open the first one: HealthDesk proposes the half-year and its dates."
            ),
            step(view.empty_steps[0]),
            icon_name="new",
        )
    if empty is not None:
        empty_state.set_enabled_actions(view.empty_action.enabled)


class GuidePanel(widgets.EmptyState):
    """What to do next with the chosen round (nobody invited, a draft, nobody answered, all answered, closed)."""

    def __init__(self) -> None:
        super().__init__("roundGuide", compact=True)

    def fill(self, view: vm.RoundsView, step: Callable[[vm.Step], Step]) -> None:
        state = view.guide.value
        r = view.round
        steps = [step(s) for s in view.guide_steps]
        short = short_sides_text(view)
        if state == "no_respondents":
            self.show_state(
                tr("Nobody is invited to “{label}” yet").format(label=r.label),
                tr(
                    "Add the executives of both partners who will answer: a name (and role) under each side, "
                    "then Add. Results per side show from {n} respondents."
                ).format(n=r.threshold),
                steps[0],
                icon_name="add",
            )
        elif state == "draft":
            self.show_state(
                tr("“{label}” is a draft").format(label=r.label),
                tr("Respondents can answer once the round is open.") + short,
                steps[0],
                icon_name="play",
            )
        elif state == "not_answered":
            self.show_state(
                tr("Nobody has answered yet"),
                tr(
                    "Send each respondent an invitation file to fill in on their own computer, or hand this "
                    "laptop over in respondent mode: they see only their own assessment, and your PIN brings "
                    "you back."
                )
                + short,
                steps[0],
                steps[1],
                icon_name="forward",
            )
        elif state == "all_submitted":
            self.show_state(
                tr("Everyone has answered"),
                tr("Close the round to make its results final; the JMC review is shared only then.") + short,
                steps[0],
                icon_name="stop",
            )
        elif state == "closed":
            self.show_state(
                tr("“{label}” is closed").format(label=r.label),
                tr("Its results are final. Look at them together, then agree on the actions that follow."),
                steps[0],
                steps[1],
                icon_name="dashboard",
            )
        self.set_enabled_actions(view.actions().guide.enabled)
        self.setVisible(view.guide_visible)


# -- both sides' respondents ----------------------------------------------------------------------------------


class RespondentsPanel(QWidget):
    """Both sides' respondents side by side, and the actions on the chosen one (fill in, hand over, reopen,
    remove). One respondent is chosen at a time across both sides."""

    def __init__(self, ctx: AppContext, host: RoundsPage):
        super().__init__()
        self.host = host
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING)
        sides = QHBoxLayout()
        sides.setSpacing(theme.SPACING)
        self.side_panels = {s: SidePanel(ctx, s) for s in ("A", "B")}
        for side, panel in self.side_panels.items():
            panel.selected.connect(lambda r, side=side: self._respondent_selected(side, r))
            panel.activated.connect(lambda _r: host.fill_in())
            sides.addWidget(panel, 1)
        layout.addLayout(sides, 1)
        actions = QHBoxLayout()
        actions.setSpacing(theme.SPACING)
        self.fill_button = widgets.button("play")
        self.fill_button.setObjectName("fillInButton")
        self.fill_button.clicked.connect(host.fill_in)
        self.handover_button = widgets.button("forward")
        self.handover_button.setObjectName("handOverButton")
        self.handover_button.clicked.connect(host.hand_over)
        self.reopen_response_button = widgets.button("undo")
        self.reopen_response_button.clicked.connect(host.reopen_response)
        self.remove_respondent_button = widgets.button("remove")
        self.remove_respondent_button.clicked.connect(host.remove_respondent)
        self.buttons = (
            self.fill_button,
            self.handover_button,
            self.reopen_response_button,
            self.remove_respondent_button,
        )
        for b in self.buttons:
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.detail_widgets = [*self.side_panels.values(), *self.buttons]

    def retranslate_ui(self) -> None:
        self.fill_button.setText(tr("Fill in"))
        self.fill_button.setToolTip(tr("Go through the assessment together with this respondent"))
        self.handover_button.setText(tr("Hand over in respondent mode"))
        self.handover_button.setToolTip(
            tr(
                "Give the laptop to this respondent: they see only their own assessment; the PIN brings you back"
            )
        )
        self.reopen_response_button.setText(tr("Reopen response…"))
        self.remove_respondent_button.setText(tr("Remove…"))
        for panel in self.side_panels.values():
            panel.retranslate_ui()

    def fill(self, partnership: PartnershipInfo | None, view: vm.RoundsView) -> None:
        for w in self.detail_widgets:
            w.setVisible(view.details is not None)
        for side, panel in self.side_panels.items():
            if partnership is not None:
                panel.set_data(partnership, view.round, view.sides[side])

    def _respondent_selected(self, side: str, respondent: RespondentInfo | None) -> None:
        if respondent is not None:
            other = "B" if side == "A" else "A"
            self.side_panels[other].clear_selection()
        self.host._update_buttons()

    def selected_respondent(self) -> RespondentInfo | None:
        for panel in self.side_panels.values():
            r = panel.current()
            if r is not None:
                return r
        return None

    def focus_add_respondent(self, view: vm.RoundsView) -> None:
        """Into side A's name field (or B's, when A has its respondents already)."""
        edit = self.side_panels[view.add_respondent_side].name_edit
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_buttons(self, view: vm.RoundsView, actions: vm.RoundActions) -> None:
        for side, panel in self.side_panels.items():
            panel.set_editable(view.sides[side].can_add.enabled if view.sides else False)
        self.fill_button.setEnabled(actions.fill_in.enabled)
        self.handover_button.setEnabled(actions.hand_over.enabled)
        self.reopen_response_button.setEnabled(actions.reopen_response.enabled)
        self.remove_respondent_button.setEnabled(actions.remove_respondent.enabled)
