"""The follow-up's edit dialogs: goal, action, joint KPI, KPI value, JMC decision.

Each dialog stores through ``healthdesk.services.followup`` when ``submit()`` is called (OK button or Enter); a
refused entry shows why in the dialog's own banner, in the user's language, and the dialog stays open with what
was typed. Free texts are capped in the fields as in the services.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...framework import Framework
from ...services import followup as svc
from ...services.dto import PartnershipInfo
from ...services.validation import NAME_CAP, TEXT_CAP
from ..common import theme, widgets
from ..common.context import AppContext
from . import model as vm

TR_CONTEXT = "FollowUpForms"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def status_names() -> dict[str, str]:
    return {
        "planned": tr("Planned"),
        "in_progress": tr("In progress"),
        "done": tr("Done"),
        "dropped": tr("Dropped"),
    }


def level_names() -> dict[str, str]:
    return {
        "top": tr("Top-level goal (1–3 years)"),
        "mid": tr("Mid-term goal"),
        "short": tr("Short-term goal"),
    }


def decider_names() -> dict[str, str]:
    return {"jmc": tr("JMC (Joint Management Committee)"), "jpt": tr("JPT (Joint Project Team)")}


def decision_status_names() -> dict[str, str]:
    return {"requested": tr("Requested"), "taken": tr("Taken")}


def direction_names() -> dict[str, str]:
    return {"above": tr("above the threshold"), "below": tr("below the threshold")}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CappedText(QPlainTextEdit):
    """A multi-line text that refuses to grow beyond the services' cap."""

    def __init__(self, cap: int = TEXT_CAP, parent: QWidget | None = None):
        super().__init__(parent)
        self.cap = cap
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._cap)

    def _cap(self) -> None:
        text = self.toPlainText()
        if len(text) > self.cap:
            cursor = self.textCursor()
            self.blockSignals(True)
            self.setPlainText(text[: self.cap])
            self.blockSignals(False)
            cursor.setPosition(min(cursor.position(), self.cap))
            self.setTextCursor(cursor)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.setPlainText(text)


class OptionalDate(QWidget):
    """A date that may be left empty (a check box in front of a date field)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> date | None:
        return _pydate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(_qdate(value))


class _Dialog(QDialog):
    """Form, error banner, OK/Cancel; subclasses fill ``self.form`` and implement ``_store()``."""

    def __init__(
        self, ctx: AppContext, partnership: PartnershipInfo, framework: Framework, parent: QWidget | None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.partnership = partnership
        self.framework = framework
        self.result_info: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        self.error_banner = widgets.banner("error")
        layout.addWidget(self.error_banner)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.labels: list[tuple[QLabel, Any]] = []
        self.setMinimumWidth(560)

    def add_row(self, text_fn: Any, field: QWidget) -> None:
        label = QLabel()
        label.setWordWrap(True)
        self.labels.append((label, text_fn))
        self.form.addRow(label, field)

    def dimension_combo(self, with_none: bool = True) -> QComboBox:
        combo = QComboBox()
        if with_none:
            combo.addItem("", "")
        for dim in self.framework.dimensions:
            combo.addItem(dim.name.get(self.ctx.lang), dim.id)
        return combo

    def retranslate_ui(self) -> None:
        for label, text_fn in self.labels:
            label.setText(text_fn())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

    def submit(self) -> bool:
        from ..common.messages import error_text

        result, error = self._store()
        if error is not None:
            widgets.set_banner(self.error_banner, error_text(error))
            return False
        self.result_info = result
        self.accept()
        return True

    def _store(self) -> tuple[Any, Any]:  # pragma: no cover - abstract
        raise NotImplementedError


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class GoalDialog(_Dialog):
    def __init__(
        self,
        ctx: AppContext,
        partnership: PartnershipInfo,
        framework: Framework,
        goals: tuple[svc.GoalInfo, ...],
        goal: svc.GoalInfo | None = None,
        parent_id: int | None = None,
        round_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, partnership, framework, parent)
        self.setObjectName("goalDialog")
        self.goal = goal
        self.round_id = goal.round_id if goal else round_id
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(svc.TITLE_CAP)
        self.level_combo = QComboBox()
        for level, name in level_names().items():
            self.level_combo.addItem(name, level)
        self.parent_combo = QComboBox()
        self.parent_combo.addItem("", None)
        for g in goals:
            if goal is None or g.id != goal.id:
                self.parent_combo.addItem(g.title, g.id)
        self.owner_a = QLineEdit()
        self.owner_a.setMaxLength(NAME_CAP)
        self.owner_b = QLineEdit()
        self.owner_b.setMaxLength(NAME_CAP)
        self.due = OptionalDate()
        self.status_combo = QComboBox()
        for status, name in status_names().items():
            self.status_combo.addItem(name, status)
        self.dimension_list = QListWidget()
        self.dimension_list.setMaximumHeight(130)
        for dim in framework.dimensions:
            item = QListWidgetItem(dim.name.get(ctx.lang))
            item.setData(Qt.ItemDataRole.UserRole, dim.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.dimension_list.addItem(item)
        self.target_edit = CappedText()
        self.target_edit.setMaximumHeight(90)
        a, b = partnership.partner_a_label, partnership.partner_b_label
        self.add_row(lambda: tr("Goal"), self.title_edit)
        self.add_row(lambda: tr("Level"), self.level_combo)
        self.add_row(lambda: tr("Under the goal"), self.parent_combo)
        self.add_row(lambda: tr("Owner at {side}").format(side=a), self.owner_a)
        self.add_row(lambda: tr("Owner at {side}").format(side=b), self.owner_b)
        self.add_row(lambda: tr("Due"), self.due)
        self.add_row(lambda: tr("Status"), self.status_combo)
        self.add_row(lambda: tr("Dimensions it should lift"), self.dimension_list)
        self.add_row(lambda: tr("Measurable target"), self.target_edit)
        if goal is not None:
            self.title_edit.setText(goal.title)
            _select(self.level_combo, goal.level)
            _select(self.parent_combo, goal.parent_id)
            self.owner_a.setText(goal.owner_a)
            self.owner_b.setText(goal.owner_b)
            self.due.set_value(goal.due_date)
            _select(self.status_combo, goal.status)
            self.set_dimensions(goal.dimensions)
            self.target_edit.setText(goal.target)
            self.indicator_id = goal.indicator_id
        else:
            self.indicator_id = ""
            if parent_id is not None:
                _select(self.parent_combo, parent_id)
                parent_goal = next((g for g in goals if g.id == parent_id), None)
                if parent_goal is not None:
                    _select(self.level_combo, vm.subgoal_level(parent_goal.level))
                    self.set_dimensions(parent_goal.dimensions)
        self.retranslate_ui()

    def set_dimensions(self, dims: tuple[str, ...]) -> None:
        for i in range(self.dimension_list.count()):
            item = self.dimension_list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in dims
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def dimensions(self) -> tuple[str, ...]:
        out = []
        for i in range(self.dimension_list.count()):
            item = self.dimension_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(out)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(tr("Edit goal") if self.goal else tr("New goal"))
        self.due.check.setText(tr("Due by"))
        self.parent_combo.setItemText(0, tr("(none: a top of the tree)"))

    def _store(self) -> tuple[Any, Any]:
        data = svc.GoalInput(
            level=self.level_combo.currentData(),
            title=self.title_edit.text(),
            owner_a=self.owner_a.text(),
            owner_b=self.owner_b.text(),
            due_date=self.due.value(),
            status=self.status_combo.currentData(),
            dimensions=self.dimensions(),
            indicator_id=self.indicator_id,
            target=self.target_edit.text(),
            parent_id=self.parent_combo.currentData(),
            round_id=self.round_id,
        )
        if self.goal is None:
            return self.ctx.try_call(svc.create_goal, self.partnership.id, data)
        return self.ctx.try_call(svc.update_goal, self.goal.id, data)


class ActionDialog(_Dialog):
    def __init__(
        self,
        ctx: AppContext,
        partnership: PartnershipInfo,
        framework: Framework,
        goals: tuple[svc.GoalInfo, ...],
        action: svc.ActionInfo | None = None,
        goal_id: int | None = None,
        round_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, partnership, framework, parent)
        self.setObjectName("actionDialog")
        self.action = action
        self.round_id = action.round_id if action else round_id
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(svc.TITLE_CAP)
        self.goal_combo = QComboBox()
        self.goal_combo.addItem("", None)
        for g in goals:
            self.goal_combo.addItem(g.title, g.id)
        self.owner_edit = QLineEdit()
        self.owner_edit.setMaxLength(NAME_CAP)
        self.side_combo = QComboBox()
        for code in ("", "A", "B", "AB"):
            self.side_combo.addItem("", code)
        self.due = OptionalDate()
        self.status_combo = QComboBox()
        for status, name in status_names().items():
            self.status_combo.addItem(name, status)
        self.dimension = self.dimension_combo()
        self.notes_edit = CappedText()
        self.notes_edit.setMaximumHeight(110)
        self.add_row(lambda: tr("Action"), self.title_edit)
        self.add_row(lambda: tr("Under the goal"), self.goal_combo)
        self.add_row(lambda: tr("Owner"), self.owner_edit)
        self.add_row(lambda: tr("Owner's side"), self.side_combo)
        self.add_row(lambda: tr("Due"), self.due)
        self.add_row(lambda: tr("Status"), self.status_combo)
        self.add_row(lambda: tr("Dimension it should lift"), self.dimension)
        self.add_row(lambda: tr("Notes"), self.notes_edit)
        self.indicator_id = ""
        if action is not None:
            self.title_edit.setText(action.title)
            _select(self.goal_combo, action.goal_id)
            self.owner_edit.setText(action.owner)
            _select(self.side_combo, action.owner_side)
            self.due.set_value(action.due_date)
            _select(self.status_combo, action.status)
            _select(self.dimension, action.dimension_id)
            self.notes_edit.setText(action.notes)
            self.indicator_id = action.indicator_id
        elif goal_id is not None:
            _select(self.goal_combo, goal_id)
            goal = next((g for g in goals if g.id == goal_id), None)
            if goal is not None and goal.dimensions:
                _select(self.dimension, goal.dimensions[0])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(tr("Edit action") if self.action else tr("New action"))
        self.due.check.setText(tr("Due by"))
        self.goal_combo.setItemText(0, tr("(no goal)"))
        p = self.partnership
        names = {
            "": tr("(not said)"),
            "A": p.partner_a_label,
            "B": p.partner_b_label,
            "AB": tr("Both: {a} and {b}").format(a=p.partner_a_label, b=p.partner_b_label),
        }
        for i in range(self.side_combo.count()):
            self.side_combo.setItemText(i, names[self.side_combo.itemData(i)])
        self.dimension.setItemText(0, tr("(none)"))

    def _store(self) -> tuple[Any, Any]:
        dim = self.dimension.currentData()
        indicator = vm.indicator_kept(self.framework, self.indicator_id, dim)
        data = svc.ActionInput(
            title=self.title_edit.text(),
            owner=self.owner_edit.text(),
            owner_side=self.side_combo.currentData(),
            due_date=self.due.value(),
            status=self.status_combo.currentData(),
            notes=self.notes_edit.text(),
            dimension_id=dim,
            indicator_id=indicator,
            goal_id=self.goal_combo.currentData(),
            round_id=self.round_id,
        )
        if self.action is None:
            return self.ctx.try_call(svc.create_action, self.partnership.id, data)
        return self.ctx.try_call(svc.update_action, self.action.id, data)


class KpiDialog(_Dialog):
    def __init__(
        self,
        ctx: AppContext,
        partnership: PartnershipInfo,
        framework: Framework,
        kpi: svc.KpiInfo | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, partnership, framework, parent)
        self.setObjectName("kpiDialog")
        self.kpi = kpi
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_CAP)
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(svc.UNIT_CAP)
        self.target_edit = QLineEdit()
        self.threshold_edit = QLineEdit()
        self.direction_combo = QComboBox()
        for direction, name in direction_names().items():
            self.direction_combo.addItem(name, direction)
        self.dimension = self.dimension_combo()
        self.add_row(lambda: tr("Name"), self.name_edit)
        self.add_row(lambda: tr("Unit (e.g. %, days)"), self.unit_edit)
        self.add_row(lambda: tr("Target"), self.target_edit)
        self.add_row(lambda: tr("Alert threshold"), self.threshold_edit)
        self.add_row(lambda: tr("Warn when the value is"), self.direction_combo)
        self.add_row(lambda: tr("Dimension"), self.dimension)
        if kpi is not None:
            self.name_edit.setText(kpi.name)
            self.unit_edit.setText(kpi.unit)
            self.target_edit.setText("" if kpi.target is None else f"{kpi.target:g}")
            self.threshold_edit.setText(f"{kpi.alert_threshold:g}")
            _select(self.direction_combo, kpi.direction)
            _select(self.dimension, kpi.dimension_id)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(tr("Edit joint KPI") if self.kpi else tr("New joint KPI"))
        for i, name in enumerate(direction_names().values()):
            self.direction_combo.setItemText(i, name)
        self.dimension.setItemText(0, tr("(none)"))
        self.threshold_edit.setPlaceholderText(tr("e.g. 10 for “churn above 10%”"))

    def _store(self) -> tuple[Any, Any]:
        data = svc.KpiInput(
            name=self.name_edit.text(),
            alert_threshold=self.threshold_edit.text(),
            direction=self.direction_combo.currentData(),
            unit=self.unit_edit.text(),
            target=self.target_edit.text(),
            dimension_id=self.dimension.currentData(),
        )
        if self.kpi is None:
            return self.ctx.try_call(svc.create_kpi, self.partnership.id, data)
        return self.ctx.try_call(svc.update_kpi, self.kpi.id, data)


quarter_of = vm.quarter_of  # the last quarter that ended before a day (the value dialog proposes it)


class KpiValueDialog(_Dialog):
    def __init__(
        self,
        ctx: AppContext,
        partnership: PartnershipInfo,
        framework: Framework,
        kpi: svc.KpiInfo,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, partnership, framework, parent)
        self.setObjectName("kpiValueDialog")
        self.kpi = kpi
        period, end = quarter_of(date.today())
        self.period_edit = QLineEdit(period)
        self.period_edit.setMaxLength(svc.PERIOD_CAP)
        self.end_edit = QDateEdit(_qdate(end))
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("yyyy-MM-dd")
        self.value_edit = QLineEdit()
        self.note_edit = CappedText()
        self.note_edit.setMaximumHeight(90)
        self.period_edit.textEdited.connect(self._period_edited)
        self.add_row(lambda: tr("Period"), self.period_edit)
        self.add_row(lambda: tr("Period ends"), self.end_edit)
        self.add_row(
            lambda: tr("Value ({unit})").format(unit=kpi.unit) if kpi.unit else tr("Value"), self.value_edit
        )
        self.add_row(lambda: tr("Note"), self.note_edit)
        self.retranslate_ui()

    def _period_edited(self, text: str) -> None:
        """ "2026 Q1" ends on 2026-03-31: the end date follows a quarter typed as the period."""
        end = vm.quarter_end(text)
        if end is not None:
            self.end_edit.setDate(_qdate(end))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(tr("Record a value of “{name}”").format(name=self.kpi.name))

    def _store(self) -> tuple[Any, Any]:
        return self.ctx.try_call(
            svc.record_kpi_value,
            self.kpi.id,
            self.period_edit.text(),
            _pydate(self.end_edit.date()),
            self.value_edit.text(),
            self.note_edit.text(),
        )


class DecisionDialog(_Dialog):
    def __init__(
        self,
        ctx: AppContext,
        partnership: PartnershipInfo,
        framework: Framework,
        decision: svc.DecisionInfo | None = None,
        round_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, partnership, framework, parent)
        self.setObjectName("decisionDialog")
        self.decision = decision
        self.round_id = decision.round_id if decision else round_id
        self.text_edit = CappedText()
        self.text_edit.setMaximumHeight(110)
        self.by_combo = QComboBox()
        for code, name in decider_names().items():
            self.by_combo.addItem(name, code)
        self.status_combo = QComboBox()
        for code, name in decision_status_names().items():
            self.status_combo.addItem(name, code)
        self.date_edit = OptionalDate()
        self.follow_edit = CappedText()
        self.follow_edit.setMaximumHeight(90)
        self.add_row(lambda: tr("Decision"), self.text_edit)
        self.add_row(lambda: tr("Decided by"), self.by_combo)
        self.add_row(lambda: tr("Status"), self.status_combo)
        self.add_row(lambda: tr("Date"), self.date_edit)
        self.add_row(lambda: tr("Follow-up"), self.follow_edit)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        if decision is not None:
            self.text_edit.setText(decision.text)
            _select(self.by_combo, decision.decided_by)
            _select(self.status_combo, decision.status)
            self.date_edit.set_value(decision.decided_on)
            self.follow_edit.setText(decision.follow_up)
        self.retranslate_ui()

    def _status_changed(self) -> None:
        if self.status_combo.currentData() == "taken" and not self.date_edit.check.isChecked():
            self.date_edit.set_value(date.today())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(tr("Edit decision") if self.decision else tr("New decision"))
        self.date_edit.check.setText(tr("Decided on"))
        for i, name in enumerate(decider_names().values()):
            self.by_combo.setItemText(i, name)
        for i, name in enumerate(decision_status_names().values()):
            self.status_combo.setItemText(i, name)

    def _store(self) -> tuple[Any, Any]:
        data = svc.DecisionInput(
            text=self.text_edit.text(),
            decided_by=self.by_combo.currentData(),
            status=self.status_combo.currentData(),
            decided_on=self.date_edit.value(),
            follow_up=self.follow_edit.text(),
            round_id=self.round_id,
        )
        if self.decision is None:
            return self.ctx.try_call(svc.create_decision, self.partnership.id, data)
        return self.ctx.try_call(svc.update_decision, self.decision.id, data)
