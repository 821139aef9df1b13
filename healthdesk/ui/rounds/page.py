"""Assessment rounds of one partnership: open, edit, close and reopen rounds; both sides' respondents.

At a glance: "Soft: 3 of 4 submitted, Hard: 2 of 5". From a respondent row the facilitator fills in the
walk-through with them, hands the laptop over in respondent mode (a PIN guards the way back), or reopens a
submitted response. The walk-through module is imported only when needed.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...framework import DEFAULT_FRAMEWORK_KEY, installed_frameworks
from ...services import responses as response_svc
from ...services import rounds as svc
from ...services.dto import PartnershipInfo, RespondentInfo, RoundInfo
from ..common import labels, theme, widgets
from ..common.context import AppContext
from ..partnerships.page import counts_text, round_progress_text
from . import model as vm
from .panels import (  # noqa: F401  SidePanel and status_symbol: re-exported, their old home
    GuidePanel,
    RespondentsPanel,
    RoundDetails,
    SidePanel,
    fill_empty_state,
    short_sides_text,
    status_symbol,
)

log = logging.getLogger(__name__)

WALKTHROUGH_MODULE = "healthdesk.ui.walkthrough.window"
ROUND_ID_ROLE = Qt.ItemDataRole.UserRole + 1


TR_CONTEXT = "Rounds"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def progress_text(info: RoundInfo, partnership: PartnershipInfo) -> str:
    """'Soft: 3 of 4 submitted, Hard: 2 of 5' with the partners' short labels."""
    return round_progress_text(info, partnership)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# -- the round dialog --------------------------------------------------------------------------------------


class RoundDialog(QDialog):
    """Open a new round or edit one: label, dates, framework version, anonymity threshold (with the reason when
    lowered below 3), blind mode. ``submit()`` stores it; a refused entry shows why and keeps the dialog open."""

    def __init__(
        self,
        ctx: AppContext,
        partnership: PartnershipInfo,
        round_info: RoundInfo | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("roundDialog")
        self.ctx = ctx
        self.partnership = partnership
        self.round_info = round_info
        self.result_round: RoundInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        self.error_banner = widgets.banner("error")
        layout.addWidget(self.error_banner)
        form = QFormLayout()
        form.setHorizontalSpacing(2 * theme.SPACING)
        form.setVerticalSpacing(theme.SPACING)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(60)
        self.start_edit = QDateEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit.setDate(QDate.currentDate())
        end_row = QHBoxLayout()
        self.end_known = QCheckBox()
        self.end_edit = QDateEdit()
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("yyyy-MM-dd")
        self.end_edit.setDate(QDate.currentDate().addDays(28))
        self.end_edit.setEnabled(False)
        self.end_known.toggled.connect(self.end_edit.setEnabled)
        end_row.addWidget(self.end_known)
        end_row.addWidget(self.end_edit)
        end_row.addStretch(1)
        end_widget = QWidget()
        end_widget.setLayout(end_row)
        end_row.setContentsMargins(0, 0, 0, 0)
        self.framework_combo = QComboBox()
        self.frameworks = installed_frameworks()
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(1, 50)
        self.threshold_spin.setValue(svc.DEFAULT_THRESHOLD)
        self.threshold_spin.valueChanged.connect(self._threshold_changed)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("thresholdReason")
        self.blind_check = QCheckBox()
        self.open_now_check = QCheckBox()
        self.open_now_check.setChecked(True)
        self.form_labels = [QLabel() for _ in range(7)]
        rows = (
            self.label_edit,
            self.start_edit,
            end_widget,
            self.framework_combo,
            self.threshold_spin,
            self.reason_edit,
            self.blind_check,
        )
        for label, field in zip(self.form_labels, rows, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.reason_label = self.form_labels[5]
        # "Share results only once the round is closed" (on by default): no PDF, xlsx or CSV of it before.
        self.share_check = QCheckBox()
        self.share_check.setObjectName("shareWhenClosed")
        self.share_check.setChecked(True)
        self.share_label = QLabel()
        self.share_label.setBuddy(self.share_check)
        form.addRow(self.share_label, self.share_check)
        form.addRow("", self.open_now_check)
        # What the threshold means, under the threshold (not at the foot of the dialog, far from it).
        self.hint = widgets.subtitle_label()
        self.hint.setObjectName("thresholdHint")
        self.hint.setMinimumWidth(380)  # wraps at the fields' width, not in a narrow column
        form.insertRow(rows.index(self.threshold_spin) + 1, "", self.hint)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        if round_info is not None:
            self.label_edit.setText(round_info.label)
            self.start_edit.setDate(_qdate(round_info.start_date))
            self.end_known.setChecked(round_info.end_date is not None)
            if round_info.end_date is not None:
                self.end_edit.setDate(_qdate(round_info.end_date))
            self.threshold_spin.setValue(round_info.threshold)
            self.reason_edit.setText(round_info.threshold_note)
            self.blind_check.setChecked(round_info.blind)
            self.share_check.setChecked(round_info.share_when_closed)
            self.framework_combo.setEnabled(False)
            self.open_now_check.hide()
        else:
            self.propose()
        self.retranslate_ui()
        self._threshold_changed(self.threshold_spin.value())

    def retranslate_ui(self) -> None:
        editing = self.round_info is not None
        self.setWindowTitle(tr("Edit round") if editing else tr("Open a new round"))
        for label, text in zip(
            self.form_labels,
            (
                tr("&Label"),
                tr("&Start date"),
                tr("&End date"),
                tr("&Framework"),
                tr("&Anonymity threshold"),
                tr("&Reason"),
                tr("&Blind"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.label_edit.setPlaceholderText(
            tr("e.g. {label}").format(label=svc.propose_round([], date.today()).label)
        )
        self.end_known.setText(tr("Set an end date"))
        self.threshold_spin.setSuffix(" " + tr("respondents per side"))
        self.reason_edit.setPlaceholderText(tr("Required when lower than 3: why is this acceptable?"))
        self.blind_check.setText(tr("Neither side sees the other's answers until both have submitted"))
        self.share_label.setText(tr("S&haring"))
        self.share_check.setText(tr("Share results only once the round is closed"))
        self.share_check.setToolTip(
            tr(
                "While this is on, no PDF, Excel or CSV of the round is written before it is closed: two exports, "
                "before and after one more submission, would give away that person's scores. When off, every "
                "such output of the open round is marked preliminary."
            )
        )
        self.open_now_check.setText(tr("Open for answers now (otherwise kept as a draft)"))
        self.hint.setText(
            tr("Results per side are shown only when at least this many people of that side have answered.")
        )
        current = self.framework_combo.currentData()
        self.framework_combo.clear()
        for fw in self.frameworks:
            self.framework_combo.addItem(
                tr("{name} (version {version})").format(name=fw.name.get(self.ctx.lang), version=fw.version),
                fw.key,
            )
        key = self.round_info.framework_key if self.round_info else (current or DEFAULT_FRAMEWORK_KEY)
        index = self.framework_combo.findData(key)
        if index < 0 and self.round_info is not None:
            self.framework_combo.addItem(key, key)
            index = self.framework_combo.count() - 1
        self.framework_combo.setCurrentIndex(max(0, index))

    def propose(self, today: date | None = None) -> svc.RoundProposal:
        """A new round starts filled in: the half-year after the latest round (or the current one) and its dates."""
        proposal = svc.propose_round(
            ((r.label, r.start_date) for r in self.partnership.rounds), today or date.today()
        )
        self.proposal = proposal
        self.label_edit.setText(proposal.label)
        self.start_edit.setDate(_qdate(proposal.start_date))
        self.end_known.setChecked(True)
        self.end_edit.setDate(_qdate(proposal.end_date))
        self.label_edit.selectAll()
        return proposal

    def _threshold_changed(self, value: int) -> None:
        lowered = value < svc.DEFAULT_THRESHOLD
        self.reason_edit.setEnabled(lowered or bool(self.reason_edit.text()))
        self.reason_label.setEnabled(self.reason_edit.isEnabled())

    def submit(self) -> RoundInfo | None:
        label = self.label_edit.text()
        start = _pydate(self.start_edit.date())
        end = _pydate(self.end_edit.date()) if self.end_known.isChecked() else None
        threshold = self.threshold_spin.value()
        note = self.reason_edit.text()
        blind = self.blind_check.isChecked()
        if self.round_info is None:
            result, error = self.ctx.try_call(
                svc.create_round,
                self.partnership.id,
                label,
                start,
                end,
                framework_key=self.framework_combo.currentData() or DEFAULT_FRAMEWORK_KEY,
                threshold=threshold,
                threshold_note=note,
                status="open" if self.open_now_check.isChecked() else "draft",
                blind=blind,
                share_when_closed=self.share_check.isChecked(),
            )
        else:
            result, error = self.ctx.try_call(
                svc.update_round,
                self.round_info.id,
                label,
                start,
                end,
                threshold,
                note,
                blind,
                share_when_closed=self.share_check.isChecked(),
            )
        if error is not None:
            widgets.set_banner(self.error_banner, self.ctx.error_text(error))
            if error.code == "required":
                self.reason_edit.setEnabled(True)
                self.reason_edit.setFocus()
            return None
        self.result_round = result
        self.accept()
        return result


# -- the page ----------------------------------------------------------------------------------------------


class RoundsPage(widgets.ReloadWhenShown, QWidget):
    """The rounds of the current partnership and, for the chosen round, both sides' respondents.

    The page keeps the rounds list, what is loaded and the dozen actions on rounds and respondents (each with its
    confirmation and status message); the right side's parts lay out and word themselves (``panels.py``: the
    round's details, the guide, both sides' respondents). What it shows, the guide and which actions are enabled
    (and why not) come from ``model.RoundsView``."""

    round_selected = Signal(object)  # round id or None
    loaded = Signal()  # the page shows the data it read (``reload``)
    page_requested = Signal(str)  # a next step on another screen: "partnerships", "dashboard", "followup"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roundsPage")
        self.ctx = ctx
        self.partnership_id: int | None = None
        self.partnership: PartnershipInfo | None = None
        self.round_id: int | None = None
        self.respondents: list[RespondentInfo] = []
        self._dirty = False
        self._loading = False
        self._after_load: list[Callable[[], object]] = []
        self._read_only = ctx.read_only
        self.view = vm.build(None, None, read_only=self._read_only)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        outer.setSpacing(theme.SPACING)
        self.heading = widgets.title_label()
        self.subheading = widgets.subtitle_label()
        outer.addWidget(self.heading)
        outer.addWidget(self.subheading)

        # The rounds and the chosen round, or in their place what to do first (no partnership, no round yet).
        self.page_stack = QStackedWidget()
        outer.addWidget(self.page_stack, 1)
        self.empty_state = widgets.EmptyState("roundsEmpty")
        self.empty_label = self.empty_state  # the name older tests and screens use
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        # Left: the rounds.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, theme.GRID, 0)
        left_layout.setSpacing(theme.GRID)
        self.rounds_title = widgets.section_label()
        left_layout.addWidget(self.rounds_title)
        self.rounds_table = QTableWidget(0, 2)
        self.rounds_table.setObjectName("roundsTable")
        self.rounds_table.verticalHeader().hide()
        self.rounds_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rounds_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widgets.elide_cells(self.rounds_table)
        self.rounds_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rounds_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.rounds_table.itemSelectionChanged.connect(self._round_selection_changed)
        left_layout.addWidget(self.rounds_table, 1)
        self.new_round_button = widgets.button("new")
        self.new_round_button.setObjectName("newRoundButton")
        self.new_round_button.clicked.connect(self.open_new_round)
        left_layout.addWidget(self.new_round_button)
        splitter.addWidget(left)

        # Right: the chosen round, what to do next with it, and both sides' respondents.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(theme.GRID, 0, 0, 0)
        right_layout.setSpacing(theme.SPACING)
        self.round_panel = RoundDetails(self)
        right_layout.addWidget(self.round_panel)
        self.guide = GuidePanel()
        right_layout.addWidget(self.guide)
        self.respondents_panel = RespondentsPanel(ctx, self)
        right_layout.addWidget(self.respondents_panel, 1)
        # the parts by their names (the tests, the screenshots and the main window reach them here)
        rp, dp = self.respondents_panel, self.round_panel
        self.round_heading, self.round_details, self.progress_label = (
            dp.round_heading,
            dp.round_details,
            dp.progress_label,
        )
        self.edit_round_button, self.status_button = dp.edit_round_button, dp.status_button
        self.pin_button, self.delete_round_button = dp.pin_button, dp.delete_round_button
        self.side_panels = rp.side_panels
        self.fill_button, self.handover_button = rp.fill_button, rp.handover_button
        self.reopen_response_button = rp.reopen_response_button
        self.remove_respondent_button = rp.remove_respondent_button
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 800])
        self.splitter = splitter
        self.page_stack.addWidget(splitter)
        self.page_stack.addWidget(self.empty_state)

        self.retranslate_ui()
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        ctx.data_changed.connect(self._data_changed)

    # -- texts ---------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.rounds_title.setText(tr("Assessment rounds"))
        self.rounds_table.setHorizontalHeaderLabels([tr("Round"), tr("Status")])
        self.new_round_button.setText(tr("Open a new round…"))
        self.round_panel.retranslate_ui()
        self.respondents_panel.retranslate_ui()
        self._fill()

    # -- data ----------------------------------------------------------------------------------------------
    def show_partnership(self, partnership_id: int | None, round_id: int | None = None) -> None:
        if partnership_id != self.partnership_id:
            self.round_id = None
        self.partnership_id = partnership_id
        if round_id is not None:
            self.round_id = round_id
        self.reload()

    def reload(self) -> None:
        """Fill the page from the database: the partnership's rounds with their counts and the chosen round's
        respondents are read on the background queue (``model.load_rounds``); what is on screen stays until they
        arrive. ``when_loaded`` runs what needs them once they are here."""
        self._dirty = False
        if self.partnership_id is None:
            self._loading = False
            self.partnership = None
            self.respondents = []
            self._fill()
            self._run_when_loaded()
            return
        self._fetch(self.round_id)

    def _fetch(self, round_id: int | None) -> None:
        self._loading = True
        self.ctx.fetch(self, vm.load_rounds, self.partnership_id, round_id, done=self._loaded)

    def _loaded(self, data: vm.RoundsData | None, error: Any) -> None:
        self._loading = False
        if data is None or data.partnership is None:
            self.partnership = None
            self.partnership_id = None
            self.respondents = []
        else:
            self.partnership = data.partnership
            self.round_id = data.round_id
            self.respondents = list(data.respondents)
        self._fill()
        self.loaded.emit()
        self._run_when_loaded()

    @property
    def loading(self) -> bool:
        """Whether a fill is on its way (what is on screen is the previous content)."""
        return self._loading

    def when_loaded(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` once the page shows its data: now when nothing is on its way, else when it arrives."""
        if self._loading:
            self._after_load.append(fn)
        else:
            fn()

    def _run_when_loaded(self) -> None:
        waiting, self._after_load = self._after_load, []
        for fn in waiting:
            fn()

    def current_round(self) -> RoundInfo | None:
        if self.partnership is None or self.round_id is None:
            return None
        for r in self.partnership.rounds:
            if r.id == self.round_id:
                return r
        return None

    def _rebuild(self) -> vm.RoundsView:
        """The view-model of what is loaded (partnership, chosen round, its respondents)."""
        self.view = vm.build(self.partnership, self.round_id, self.respondents, self._read_only)
        return self.view

    def _fill(self) -> None:
        view = self._rebuild()
        p = self.partnership
        if p is None:
            self.heading.setText(tr("Rounds"))
            self.subheading.setText(tr("Choose a partnership first."))
            self.rounds_table.setRowCount(0)
        else:
            self.heading.setText(tr("Rounds — {name}").format(name=p.name))
            self.subheading.setText(
                f"{p.partner_a_label} · {p.partner_a_name}    ×    {p.partner_b_label} · {p.partner_b_name}"
            )
            self.rounds_table.blockSignals(True)
            self.rounds_table.setRowCount(len(view.rows))
            statuses = labels.round_statuses()
            selected_row = -1
            for row, r in enumerate(view.rows):  # newest first
                label = QTableWidgetItem(r.label)
                label.setData(ROUND_ID_ROLE, r.id)
                label.setToolTip(counts_text(r.counts))
                status = QTableWidgetItem(f"{status_symbol(r.status)} {statuses.get(r.status, r.status)}")
                self.rounds_table.setItem(row, 0, label)
                self.rounds_table.setItem(row, 1, status)
                if r.id == self.round_id:
                    selected_row = row
            if selected_row >= 0:
                self.rounds_table.selectRow(selected_row)
            self.rounds_table.blockSignals(False)
        self._fill_round()

    def _fill_empty_state(self) -> None:
        fill_empty_state(self.empty_state, self.view, self._step)
        self.page_stack.setCurrentWidget(self.empty_state if self.view.empty is not None else self.splitter)

    def guide_state(self) -> str:
        """Where the chosen round stands, for the guide: "none", "no_respondents", "draft", "not_answered",
        "answering", "all_submitted" or "closed" (``rounds_model.Guide``)."""
        return self.view.guide.value

    def _step(self, step: vm.Step) -> tuple[str, Callable[[], object]]:
        """A next step's button (``rounds_model.Step``): its words and what it does."""
        return {
            vm.Step.CHOOSE_PARTNERSHIP: (
                tr("Go to the partnerships"),
                lambda: self.page_requested.emit("partnerships"),
            ),
            vm.Step.OPEN_FIRST_ROUND: (tr("Open a round…"), self.open_new_round),
            vm.Step.ADD_RESPONDENTS: (tr("Add respondents"), self.focus_add_respondent),
            vm.Step.OPEN_ROUND: (tr("Open for answers"), self.toggle_round_status),
            vm.Step.SEND_INVITATIONS: (tr("Send invitations…"), self.send_invitations),
            vm.Step.HAND_OVER: (tr("Hand the laptop over…"), self.hand_over_next),
            vm.Step.CLOSE_ROUND: (tr("Close round…"), self.toggle_round_status),
            vm.Step.SEE_RESULTS: (tr("See the results"), lambda: self.page_requested.emit("dashboard")),
            vm.Step.PLAN_ACTIONS: (tr("Plan the actions"), lambda: self.page_requested.emit("followup")),
        }[step]

    def short_sides_text(self) -> str:
        """The guide's warning, on a line of its own, when a side as invited cannot reach the threshold."""
        return short_sides_text(self.view)

    def focus_add_respondent(self) -> None:
        """Into side A's name field (or B's, when A has its respondents already)."""
        self.respondents_panel.focus_add_respondent(self.view)

    def invitations_dialog(self) -> Any:
        from ..exchange.export import ExportInvitationsDialog

        dialog = ExportInvitationsDialog(self.ctx, self.partnership_id, self.window())
        index = dialog.round_combo.findData(self.round_id)
        if index >= 0:
            dialog.round_combo.setCurrentIndex(index)
        return dialog

    def send_invitations(self) -> Any:
        if self.partnership is None or self._read_only:
            return None
        dialog = self.invitations_dialog()
        self._invitations = dialog
        dialog.open()
        return dialog

    def hand_over_next(self) -> Any:
        """Respondent mode for the chosen respondent, or the first who has not submitted yet."""
        chosen = self.selected_respondent()
        respondent = self.view.next_to_hand_over(chosen)
        if respondent is None:
            return None
        if respondent is not chosen:
            self.side_panels[respondent.side].select_respondent(respondent.id)
        return self.hand_over()

    def _fill_round(self) -> None:
        self.round_panel.fill(self.view, self.ctx.lang)
        self._fill_empty_state()
        self.respondents_panel.fill(self.partnership, self.view)
        self.guide.fill(self.view, self._step)
        self._update_buttons()

    def _round_selection_changed(self) -> None:
        rows = self.rounds_table.selectionModel().selectedRows()
        if not rows:
            return
        rid = self.rounds_table.item(rows[0].row(), 0).data(ROUND_ID_ROLE)
        if rid != self.round_id:
            # The chosen round with its respondents (and the counts) come from the queue; until they arrive the
            # page keeps showing (and acting on) the round it shows.
            self._fetch(rid)
            self.round_selected.emit(rid)

    def select_round(self, round_id: int) -> None:
        self.round_id = round_id
        self.reload()

    def selected_respondent(self) -> RespondentInfo | None:
        return self.respondents_panel.selected_respondent()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._rebuild()
        self._update_buttons()

    def actions(self) -> vm.RoundActions:
        """The buttons' states (and why not) for the respondent chosen: ``rounds_model.RoundsView.actions``."""
        return self.view.actions(self.selected_respondent())

    def _update_buttons(self) -> None:
        actions = self.actions()
        self.new_round_button.setEnabled(actions.new_round.enabled)
        self.round_panel.update_buttons(actions)
        self.respondents_panel.update_buttons(self.view, actions)
        # A refused removal or deletion says why (the service's own rule, in the user's language).
        for button, action in (
            (self.remove_respondent_button, actions.remove_respondent),
            (self.delete_round_button, actions.delete_round),
        ):
            button.setToolTip(self.ctx.error_text(action.refusal) if action.refusal is not None else "")

    # -- round actions -------------------------------------------------------------------------------------
    def new_round_dialog(self) -> RoundDialog:
        return RoundDialog(self.ctx, self.partnership, None, self)

    def open_new_round(self) -> None:
        if self._loading:  # the partnership it opens a round of is on its way
            if self.open_new_round not in self._after_load:
                self._after_load.append(self.open_new_round)
            return
        if self.partnership is None or self._read_only:
            return
        dialog = self.new_round_dialog()
        if dialog.exec() and dialog.result_round is not None:
            self.round_id = dialog.result_round.id
            self.reload()
            self.ctx.show_status(tr("Round “{label}” opened.").format(label=dialog.result_round.label))

    def edit_round_dialog(self) -> RoundDialog | None:
        r = self.current_round()
        if r is None:
            return None
        return RoundDialog(self.ctx, self.partnership, r, self)

    def edit_round(self) -> None:
        dialog = self.edit_round_dialog()
        if dialog is not None and dialog.exec():
            self.reload()

    def toggle_round_status(self) -> RoundInfo | None:
        r = self.current_round()
        if r is None or self._read_only:
            return None
        if r.status == "open":
            text = tr(
                "Close the round “{label}”?\n\nNobody can answer or change answers while it is closed; its results "
                "become final. You can reopen it later."
            ).format(label=r.label)
            if not widgets.confirm(self, text, tr("Close round"), tr("Close round")):
                return None
            target = "closed"
        elif r.status == "closed":
            text = tr(
                "Reopen the round “{label}”?\n\nRespondents can answer again and the results may change."
            ).format(label=r.label)
            if not widgets.confirm(self, text, tr("Reopen round"), tr("Reopen round")):
                return None
            target = "open"
        else:
            target = "open"
        info = self.ctx.call(svc.set_round_status, r.id, target, parent=self)
        if info is not None:
            self.reload()
            message = {
                "closed": tr("Round “{label}” closed."),
                "open": tr("Round “{label}” is open for answers."),
            }
            self.ctx.show_status(message[target].format(label=info.label))
        return info

    def set_pin(self) -> RoundInfo | None:
        r = self.current_round()
        if r is None or self._read_only:
            return None
        pin = widgets.ask_text(
            self,
            tr("Respondent-mode PIN"),
            tr(
                "A PIN of 4 to 12 digits. Only with it can respondent mode be left. Leave empty to remove the PIN."
            ),
            "",
            password=True,
        )
        if pin is None:
            return None
        info = self.ctx.call(svc.set_round_pin, r.id, pin, parent=self)
        if info is not None:
            self.reload()
            self.ctx.show_status(tr("PIN set.") if info.has_pin else tr("PIN removed."))
        return info

    def delete_round(self) -> bool:
        r = self.current_round()
        if r is None or self._read_only:
            return False
        if not widgets.confirm(
            self,
            tr("Delete the round “{label}” and its list of respondents? Nobody has answered yet.").format(
                label=r.label
            ),
            tr("Delete"),
            tr("Delete round"),
            danger=True,
        ):
            return False
        result, error = self.ctx.try_call(svc.delete_round, r.id)
        if error is not None:
            widgets.show_error(self, self.ctx.error_text(error))
            return False
        self.round_id = None
        self.reload()
        self.ctx.show_status(tr("Round “{label}” deleted.").format(label=r.label))
        return True

    # -- respondent actions --------------------------------------------------------------------------------
    def _open_walkthrough(self, respondent: RespondentInfo, respondent_mode: bool) -> Any:
        try:
            module = importlib.import_module(WALKTHROUGH_MODULE)
            open_walkthrough = module.open_walkthrough
        except (ImportError, AttributeError) as exc:
            if isinstance(exc, ImportError) and getattr(exc, "name", None) not in (WALKTHROUGH_MODULE, None):
                raise
            widgets.show_info(self, tr("The assessment walk-through is not available in this version yet."))
            return None
        result = open_walkthrough(self.ctx, respondent.id, self.window(), respondent_mode=respondent_mode)
        self._dirty = True
        QTimer.singleShot(0, self, self._reload_if_dirty)
        return result

    def fill_in(self) -> Any:
        respondent = self.selected_respondent()
        r = self.current_round()
        if respondent is None or r is None or self._read_only or r.status != "open":
            return None
        return self._open_walkthrough(respondent, respondent_mode=False)

    def hand_over(self) -> Any:
        respondent = self.selected_respondent()
        r = self.current_round()
        if respondent is None or r is None or self._read_only or r.status != "open":
            return None
        if not r.has_pin:
            widgets.show_info(
                self,
                tr("Set a respondent-mode PIN for this round first, so only you can leave respondent mode."),
            )
            r = self.set_pin()  # the round as stored (the page reloads it on the queue)
            if r is None or not r.has_pin:
                return None
        return self._open_walkthrough(respondent, respondent_mode=True)

    def reopen_response(self) -> Any:
        respondent = self.selected_respondent()
        if respondent is None or self._read_only:
            return None
        if not widgets.confirm(
            self,
            tr("Reopen the submitted answers of {name} so they can be changed?").format(name=respondent.name),
            tr("Reopen"),
            tr("Reopen response"),
        ):
            return None
        info = self.ctx.call(response_svc.reopen_response, respondent.id, parent=self)
        if info is not None:
            self.reload()
            self.ctx.show_status(
                tr("The answers of {name} can be changed again.").format(name=respondent.name)
            )
        return info

    def remove_respondent(self) -> bool:
        respondent = self.selected_respondent()
        if respondent is None or self._read_only:
            return False
        if not widgets.confirm(
            self,
            tr("Remove {name} from this round?").format(name=respondent.name),
            tr("Remove"),
            tr("Remove respondent"),
        ):
            return False
        result, error = self.ctx.try_call(svc.remove_respondent, respondent.id)
        if error is not None:
            widgets.show_error(self, self.ctx.error_text(error))
            return False
        self.reload()
        self.ctx.show_status(tr("Removed {name}.").format(name=respondent.name))
        return True
