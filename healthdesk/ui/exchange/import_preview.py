"""The import preview: what each response file will do, before anything is written.

One row per file: the respondent, the round, what will happen (new, nothing to do, update, conflict, refused) and
why. A conflict (a submitted response here, a different newer one in the file) shows both versions side by side;
the facilitator keeps the current one (the default) or uses the imported one. This is the only screen that shows
one person's answers, and only for a conflict. "Import" then writes, one file per transaction after a backup.

Reading the files and importing them run on the background queue (``tasks.run_in_background``) with a progress bar;
Cancel stops between two files (an import keeps what it wrote and says how many). The buttons wait meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...exchange.response_files import Snapshot
from ...framework import Framework
from ...services import exchange as svc
from ..common import theme, widgets
from ..common.messages import error_text
from ..common.task_strip import TaskStrip, failure_text
from ..common.tasks import Task, run_in_background
from . import model as vm
from .files import RESPONSE_FILTER_SUFFIXES, ask_open_files, dropped_paths

if TYPE_CHECKING:
    from ..common.context import AppContext

FILE, RESPONDENT, ROUND, OUTCOME, DETAIL = range(5)
SYMBOLS = {"new": "●", "identical": "=", "updated": "↑", "conflict": "!", "refused": "✕", "replaced": "✓"}
BACKGROUNDS = {"refused": theme.ERROR_BG, "conflict": theme.WARNING_BG}
TONE_BACKGROUNDS = {"error": theme.ERROR_BG, "warning": theme.WARNING_BG}


CONTEXT = "ExchangeImport"
translate = QCoreApplication.translate


def outcome_words() -> dict[str, str]:
    return {
        "new": translate("ExchangeImport", "New response"),
        "identical": translate("ExchangeImport", "Nothing to do"),
        "updated": translate("ExchangeImport", "Update"),
        "conflict": translate("ExchangeImport", "Conflict"),
        "refused": translate("ExchangeImport", "Refused"),
        "replaced": translate("ExchangeImport", "Replaced by the file"),
    }


def done_words() -> dict[str, str]:
    return {
        "new": translate("ExchangeImport", "Imported"),
        "identical": translate("ExchangeImport", "Nothing to do"),
        "updated": translate("ExchangeImport", "Updated"),
        "conflict": translate("ExchangeImport", "Conflict: current kept"),
        "refused": translate("ExchangeImport", "Refused"),
        "replaced": translate("ExchangeImport", "Replaced by the file"),
    }


def note_words() -> dict[str, str]:
    return {
        "same": translate("ExchangeImport", "The same answers are already here."),
        "imported": translate("ExchangeImport", "This file was imported before."),
        "older": translate("ExchangeImport", "Older than the response already here."),
        "newer_in_batch": translate("ExchangeImport", "A newer file for the same person is in this batch."),
        "empty": translate("ExchangeImport", "The file holds no answers yet."),
    }


def status_word(status: str) -> str:
    return {
        "submitted": translate("ExchangeImport", "submitted"),
        "in_progress": translate("ExchangeImport", "in progress"),
    }.get(status, status)


class ConflictView(QFrame):
    """Both versions of one person's response side by side, and the choice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflictView")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        self.title = widgets.section_label()
        self.title.setWordWrap(True)
        self.note = widgets.banner("banner")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep = QRadioButton()
        self.keep.setObjectName("keepCurrent")
        self.use = QRadioButton()
        self.use.setObjectName("useImported")
        self.group = QButtonGroup(self)
        self.group.addButton(self.keep)
        self.group.addButton(self.use)
        self.keep.setChecked(True)
        choice = QHBoxLayout()
        choice.addWidget(self.keep)
        choice.addWidget(self.use)
        choice.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(choice)
        self.plan: Any = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                translate("ExchangeImport", "Question"),
                translate("ExchangeImport", "In the database (kept)"),
                translate("ExchangeImport", "In the file"),
            ]
        )
        self.keep.setText(translate("ExchangeImport", "Keep current"))
        self.use.setText(translate("ExchangeImport", "Use imported"))
        widgets.set_banner(
            self.note,
            translate(
                "ExchangeImport",
                "One person's answers are shown here only to settle this conflict. Keep them confidential. What "
                "is in the database stays unless you choose the file's version.",
            ),
        )
        if self.plan is not None:
            self.show_plan(self.plan, self.use.isChecked())

    def show_plan(self, plan: Any, use_imported: bool) -> None:
        self.plan = plan
        f = plan.file
        self.title.setText(
            translate(
                "ExchangeImport",
                "{name} ({side}) submitted a response here; this newer file says something else.",
            ).format(name=f.respondent_name, side=f.side)
        )
        (self.use if use_imported else self.keep).setChecked(True)
        self.enable_choice(plan.outcome == "conflict")
        self._fill(f.framework, plan.current, f.incoming)

    def enable_choice(self, enabled: bool) -> None:
        self.keep.setEnabled(enabled)
        self.use.setEnabled(enabled)

    @staticmethod
    def cell_text(cell: vm.Cell) -> str:
        """One version's answer (or status, or comment) in words."""
        if cell.kind == vm.ABSENT:
            return "—"
        if cell.kind == "status":
            return status_word(cell.text)
        if cell.kind == "text":
            return cell.text
        if cell.kind == vm.NO_ANSWER:
            return translate("ExchangeImport", "(no answer)")
        score = (
            translate("ExchangeImport", "Not applicable")
            if cell.kind == vm.NOT_APPLICABLE
            else (str(cell.score) if cell.score is not None else "—")
        )
        return score + (f"\n{cell.problem}" if cell.problem else "")

    def _fill(self, fw: Framework, current: Snapshot | None, incoming: Snapshot) -> None:
        questions = {
            vm.STATUS_ROW: translate("ExchangeImport", "Status"),
            vm.COMMENT_ROW: translate("ExchangeImport", "Overall comment"),
        }
        rows = vm.compare(fw, current, incoming, self.ctx.lang)
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(rows):
            differs = row.differs
            question = questions.get(row.kind, row.question)
            here, there = self.cell_text(row.here), self.cell_text(row.there)
            for c, text in enumerate((("≠ " if differs else "") + question, here, there)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if differs:
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor(theme.WARNING_BG)))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()


class ImportPreviewDialog(QDialog):
    """Import response files: the plan first (nothing written), then Import."""

    def __init__(self, ctx: AppContext, paths: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.ctx = ctx
        self.paths: list[str] = []
        self.plans: list[Any] = []
        self.choices: dict[str, str] = {}
        self.report: Any = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        self.heading = widgets.title_label()
        self.intro = widgets.subtitle_label()
        self.result_banner = widgets.banner("info")
        self.error_banner = widgets.banner("error")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("importTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(6 * self.table.verticalHeader().defaultSectionSize())
        header = self.table.horizontalHeader()
        for col in (FILE, RESPONDENT, ROUND, OUTCOME):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.conflict_view = ConflictView(ctx)
        self.conflict_view.hide()
        self.conflict_view.keep.toggled.connect(self._choice_changed)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.conflict_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([240, 400])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.strip = TaskStrip()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_files)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.result_banner)
        layout.addWidget(self.error_banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.strip)
        layout.addLayout(bottom)
        self.resize(1100, 680)
        ctx.language_changed.connect(self._language_changed)
        self.retranslate_ui()
        if paths:
            self.add_paths(paths)

    # -- files -----------------------------------------------------------------------------------------------
    def add_files(self) -> None:
        paths = ask_open_files(
            self,
            translate("ExchangeImport", "Import responses"),
            translate("ExchangeImport", "HealthDesk response files ({patterns})").format(
                patterns=RESPONSE_FILTER_SUFFIXES
            ),
        )
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> Task | None:
        if self.busy():
            return None
        if self.report is not None:  # a new batch after an import
            self.paths, self.choices, self.report = [], {}, None
            widgets.set_banner(self.result_banner, "")
        before = list(self.paths)
        for p in paths:
            if str(p) not in self.paths:
                self.paths.append(str(p))
        return self.refresh_plan(before)

    def busy(self) -> bool:
        """A reading or an import of this dialog is queued or running."""
        return self.strip.running

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.add_button, self.close_button, self.table, self.conflict_view):
            widget.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
        else:
            self._update_summary()

    def refresh_plan(self, before: list[str] | None = None) -> Task | None:
        """Read the files again in the background (nothing is written); the table fills when it is done.
        Cancelled, the files added since ``before`` are left out again."""
        if self.busy():
            return None
        db, paths = self.ctx.db, list(self.paths)
        task = run_in_background(
            lambda control: svc.plan_import(db, paths, progress=control.progress), "plan"
        )
        self.strip.follow(task, translate("ExchangeImport", "Reading the files…"))
        self._set_busy(True)
        task.succeeded.connect(self._planned)
        task.failed.connect(self._plan_failed)
        task.cancelled.connect(lambda: self._plan_cancelled(before))
        return task

    def _planned(self, plans: list[Any]) -> None:
        widgets.set_banner(self.error_banner, "")
        self.plans = plans
        self._set_busy(False)
        self._fill()

    def _plan_failed(self, exc: object) -> None:
        self._set_busy(False)
        text = failure_text(exc)
        if text is not None:
            widgets.set_banner(self.error_banner, text)

    def _plan_cancelled(self, before: list[str] | None) -> None:
        if not isValid(self):  # closed meanwhile (a lambda is not disconnected with its dialog)
            return
        planned = {str(p.path) for p in self.plans}
        self.paths = [p for p in (before if before is not None else self.paths) if p in planned]
        self._set_busy(False)
        widgets.set_banner(
            self.error_banner,
            translate(
                "ExchangeImport", "Reading the files was cancelled: the files not yet shown were left out."
            ),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if not self.busy() and dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = dropped_paths(event)
        if paths and not self.busy():
            event.acceptProposedAction()
            self.add_paths(paths)

    # -- showing -----------------------------------------------------------------------------------------------
    def _language_changed(self, _lang: str) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ExchangeImport", "Import responses"))
        self.heading.setText(translate("ExchangeImport", "Import response files"))
        self.intro.setText(
            translate(
                "ExchangeImport",
                "Nothing has been written yet. Check what each file will do, settle any conflict, then press "
                "Import. A backup is taken before anything is written.",
            )
            if self.report is None
            else translate("ExchangeImport", "Done. The table shows what each file did.")
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("ExchangeImport", "File"),
                translate("ExchangeImport", "Respondent"),
                translate("ExchangeImport", "Round"),
                translate("ExchangeImport", "What happens"),
                translate("ExchangeImport", "Details"),
            ]
        )
        self.add_button.setText(translate("ExchangeImport", "Add files…"))
        self.import_button.setText(translate("ExchangeImport", "Import"))
        self.close_button.setText(translate("ExchangeImport", "Close"))
        self.strip.retranslate_ui()
        self.conflict_view.retranslate_ui()
        self._fill()

    def view(self) -> vm.ImportPreview:
        """What the table shows now: the plan, or after an import what each file did."""
        return vm.classify(
            self.plans, self.choices, done=self.report is not None, read_only=self.ctx.read_only
        )

    def _detail(self, row: vm.PreviewRow) -> str:
        if row.error is not None:
            return error_text(row.error)
        text = translate("ExchangeImport", "{answered} of {total} answered, {status}").format(
            answered=row.answered, total=row.total, status=status_word(row.status)
        )
        note = note_words().get(row.note)
        if note:
            text += " · " + note
        if row.outcome == vm.CONFLICT:
            text += " · " + translate("ExchangeImport", "Choose below which version to keep.")
        return text

    def _fill(self) -> None:
        view = self.view()
        words = outcome_words() if not view.done else done_words()
        words[vm.USE_FILE] = translate("ExchangeImport", "Conflict: use the file")
        selected = self.selected_row()
        self.table.setRowCount(len(view.rows))
        for r, row in enumerate(view.rows):
            cells = [
                row.name,
                translate("ExchangeImport", "{name} ({side})").format(name=row.respondent, side=row.side)
                if row.respondent is not None
                else "—",
                f"{row.partnership} · {row.round}" if row.respondent is not None else "—",
                f"{SYMBOLS.get(row.outcome, '')} {words[row.shown]}",
                self._detail(row),
            ]
            # The parser's own words (English) stay out of the cell: the Chinese refusal leaves them out, and the
            # cell's tooltip keeps them for whoever needs the technical detail.
            technical = (
                "\n\n"
                + translate("ExchangeImport", "Technical detail: {reason}").format(reason=row.technical)
                if row.technical
                else ""
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.path if col == FILE else text + (technical if col == DETAIL else ""))
                if row.tone in TONE_BACKGROUNDS:
                    item.setBackground(QBrush(QColor(TONE_BACKGROUNDS[row.tone])))
                self.table.setItem(r, col, item)
        self._update_summary()
        if selected is not None and selected < len(view.rows):
            self.table.selectRow(selected)
        elif view.first_conflict is not None:
            self.table.selectRow(view.first_conflict)
        self._selection_changed()

    def _update_summary(self) -> None:
        view = self.view()
        words = outcome_words() if not view.done else done_words()
        each = translate("ExchangeImport", "{outcome}: {count}")  # "新增：2" in Chinese
        self.summary.setText(" · ".join(each.format(outcome=words[o], count=n) for o, n in view.counts))
        self.import_button.setEnabled(view.can_import and not self.busy())
        if self.ctx.read_only and self.report is None:
            self.import_button.setToolTip(
                translate("ExchangeImport", "This data folder is open read-only: nothing can be imported.")
            )

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def _selection_changed(self) -> None:
        r = self.selected_row()
        plan = self.plans[r] if r is not None and r < len(self.plans) else None
        row = vm.preview_row(plan, self.choices, self.report is not None) if plan is not None else None
        show = row is not None and row.compare
        if show:
            self.conflict_view.show_plan(plan, row.use_imported)
            self.conflict_view.enable_choice(row.can_choose)
        self.conflict_view.setVisible(show)

    def _choice_changed(self) -> None:
        row = self.selected_row()
        if row is None or self.report is not None:
            return
        plan = self.plans[row]
        if plan.outcome != vm.CONFLICT:
            return
        self.choices[str(plan.path)] = "keep" if self.conflict_view.keep.isChecked() else "use_imported"
        self._fill()

    def choose(self, row: int, use_imported: bool) -> None:
        """Select a conflict row and make the choice (what the radio buttons do)."""
        self.table.selectRow(row)
        (self.conflict_view.use if use_imported else self.conflict_view.keep).setChecked(True)

    # -- importing -------------------------------------------------------------------------------------------
    def apply(self) -> Task | None:
        """Import in the background: a backup, then one transaction per file. Returns the queued task."""
        if self.report is not None or self.ctx.read_only or self.busy():
            return None
        db, plans, choices = self.ctx.db, list(self.plans), dict(self.choices)

        def job(control: Any) -> Any:
            # Cancel is asked between two files only: a file's transaction is never interrupted.
            return svc.apply_import(
                db, plans, choices, progress=control.report, stop=lambda: control.cancel_requested
            )

        task = run_in_background(job, "import responses")
        self.strip.follow(task, translate("ExchangeImport", "Importing…"))
        self._set_busy(True)
        widgets.set_banner(self.result_banner, "")
        task.succeeded.connect(self._applied)
        task.failed.connect(self._apply_failed)
        task.cancelled.connect(self._apply_cancelled)
        return task

    def _applied(self, report: Any) -> None:
        self._set_busy(False)
        self.ctx.data_changed.emit()
        written = sum(1 for p in report.files if p.wrote)
        if report.stopped:
            text = translate(
                "ExchangeImport",
                "Import cancelled: %n file(s) written to the database; the others were not imported. Press "
                "Import to import them.",
                None,
                written,
            )
        else:
            text = translate("ExchangeImport", "%n file(s) written to the database.", None, written)
        if report.backup is not None:
            text += " " + translate("ExchangeImport", "A backup was taken first: {name}").format(
                name=Path(report.backup).name
            )
        widgets.set_banner(self.result_banner, text)
        if report.stopped:  # what is left is planned again against what is in the database now
            self.refresh_plan()
            return
        self.report = report
        self.plans = report.files
        self.retranslate_ui()

    def _apply_failed(self, exc: object) -> None:
        self._set_busy(False)
        self.ctx.data_changed.emit()  # files before the failing one may have been written
        text = failure_text(exc)
        if text is not None:
            widgets.set_banner(
                self.error_banner,
                translate("ExchangeImport", "The import stopped: {error}").format(error=text),
            )
        self.refresh_plan()

    def _apply_cancelled(self) -> None:  # cancelled before it started: nothing was written
        self._set_busy(False)
        widgets.set_banner(
            self.result_banner, translate("ExchangeImport", "Import cancelled: nothing was written.")
        )

    def reject(self) -> None:
        """Escape or Close while a job runs asks it to stop; the dialog stays until it has."""
        if self.busy():
            self.strip.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.busy():
            self.strip.cancel()
            event.ignore()
            return
        super().closeEvent(event)
