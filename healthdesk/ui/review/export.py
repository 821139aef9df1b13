"""Export JMC review…: the printed review of a round as a PDF, from the app.

The dialog chooses the round (default: the latest that has started by today, the rule the review itself uses),
the language (English, Chinese or bilingual), the paper (A4 or Letter) and the sections, and proposes a file name
such as ``CQ-HY 2026 H2 JMC review (en).pdf`` in the folder used last time. Reading the round's data and drawing
the charts and pages is one job on the app's background queue (``tasks``: the database's one connection taken in
turns), with progress, so the window stays responsive; the job finishes the file even if the dialog closes. When it is done the dialog offers to open the file in the system viewer;
an error says what happened and keeps every choice.

Reached from File → Export JMC review…, the dashboard and the action plan page: each calls :func:`install_action`
or :func:`export_button` (so those screens hold no strings of this dialog).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import HealthDeskError
from ..common import tasks, theme, widgets
from . import model as vm
from .key_messages import KeyMessagesEditor
from .model import suggested_name  # noqa: F401  re-exported: its old home

if TYPE_CHECKING:
    from ..common.context import AppContext

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

LANGS = ("en", "zh", "bilingual")
PAPERS = ("a4", "letter")
LAYOUTS = ("full", "sheet")  # the whole review, or the one-page summary sheet (reports.pdf.LAYOUTS)
# The sections offered (names of reports.pdf.SECTIONS); the cover and the page footer always print.
CHOICES = ("summary", "results", "voices", "followup", "method", "signoff")
FOLDER_KEY = "review_export/last_folder"


def action_text() -> str:
    return translate("ReviewExport", "Export JMC &review…")


def button_text() -> str:
    return translate("ReviewExport", "Export JMC review…")


class CannotMake(Exception):
    """The round's data refuses a review (hidden results, an open round shared only once closed): ``reason``."""

    def __init__(self, reason: HealthDeskError):
        super().__init__(str(reason))
        self.reason = reason


def review_job(
    db: Any,
    partnership_id: int,
    round_label: str,
    as_of: date,
    path: Path,
    lang: str,
    paper: str,
    sections: set[str],
    layout: str,
    hold: threading.Event | None = None,
) -> Callable[[tasks.Control], Path]:
    """The background job: the round's data through the services, the sharing check, then the PDF (atomically)."""

    def run(control: tasks.Control) -> Path:
        from ...exchange.sharing import check_sharing
        from ...reports.data import collect_review_data
        from ...reports.review import build_review

        try:
            data = collect_review_data(db, partnership_id, round_label=round_label, as_of=as_of)
            # an open round whose results are shared only once it is closed: no PDF, the CLI's refusal
            check_sharing(db, data.partnership.code, data.round, "PDF")
        except HealthDeskError as exc:
            raise CannotMake(exc) from exc

        def progress(done: int, total: int) -> None:
            control.report(done, total)
            if hold is not None:  # tests: the job waits here after its first progress report
                hold.wait()

        return build_review(path, data, lang, paper, sections=sections, progress=progress, layout=layout)

    return run


class ReviewExportDialog(QDialog):
    """The export dialog (module doc). ``as_of`` fixes "today" (tests)."""

    exported = Signal(str)  # the path of a review written
    export_failed = Signal(str)  # the message shown

    def __init__(
        self,
        ctx: AppContext,
        partnership_id: int | None,
        parent: QWidget | None = None,
        as_of: date | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("reviewExportDialog")
        self.ctx = ctx
        self.as_of = as_of
        self.partnership: Any = None
        self.task: tasks.Task | None = None
        self.hold: threading.Event | None = None
        self.written: Path | None = None
        self._name_edited = False
        self._proposing = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        self.heading = widgets.title_label()
        self.intro = widgets.subtitle_label()
        self.error_banner = widgets.banner("error")
        self.error_banner.setObjectName("errorBanner")
        self.done_banner = widgets.banner("info")
        self.done_banner.setObjectName("doneBanner")

        self.partnership_combo = QComboBox()
        self.partnership_combo.setObjectName("partnershipCombo")
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundCombo")
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("langCombo")
        for lang in LANGS:
            self.lang_combo.addItem("", lang)
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paperCombo")
        for paper in PAPERS:
            self.paper_combo.addItem("", paper)
        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QVBoxLayout()
        sections.setSpacing(2)
        for name in CHOICES:
            box = QCheckBox()
            box.setObjectName(f"section_{name}")
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._update_enabled())
            self.section_boxes[name] = box
            sections.addWidget(box)
        self.always_note = QLabel()
        self.always_note.setProperty("role", "subtitle")
        sections.addWidget(self.always_note)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("fileEdit")
        self.file_edit.textEdited.connect(self._file_edited)
        self.file_edit.textChanged.connect(lambda _t: self._update_enabled())
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        # Key messages: the facilitator's bullets, printed above the generated diagnosis (key_messages.py).
        self.key_messages = KeyMessagesEditor(ctx)
        self.key_messages.edited.connect(self._update_enabled)
        self.key_messages.save_messages_button.clicked.connect(self.save_messages)
        km = self.key_messages
        self.message_edits, self.message_labels = km.message_edits, km.message_labels
        self.messages_hint, self.save_messages_button = km.messages_hint, km.save_messages_button

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels = [QLabel() for _ in range(7)]
        buddies = (
            self.partnership_combo,
            self.round_combo,
            self.lang_combo,
            self.paper_combo,
            None,
            None,
            self.file_edit,
        )
        fields: tuple[Any, ...] = (
            self.partnership_combo,
            self.round_combo,
            self.lang_combo,
            self.paper_combo,
            sections,
            self.key_messages,
            file_row,
        )
        for label, field, buddy in zip(self.labels, fields, buddies, strict=True):
            self.form.addRow(label, field)
            if buddy is not None:
                label.setBuddy(buddy)
        self._add_layout_choice()

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openButton")
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_written)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)

        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.done_banner)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

        from ...services import partnerships as partnership_svc

        self.partnerships = partnership_svc.list_partnerships(ctx.db)
        for p in self.partnerships:
            self.partnership_combo.addItem(p.name, p.id)
        index = self.partnership_combo.findData(partnership_id) if partnership_id is not None else -1
        self.partnership_combo.setCurrentIndex(max(0, index))
        self.lang_combo.setCurrentIndex(LANGS.index("zh" if ctx.lang == "zh" else "en"))
        self.partnership_combo.currentIndexChanged.connect(lambda _i: self._fill_rounds())
        self.round_combo.currentIndexChanged.connect(lambda _i: self._propose_file())
        self.round_combo.currentIndexChanged.connect(lambda _i: self._load_messages())
        self.lang_combo.currentIndexChanged.connect(lambda _i: self._propose_file())
        ctx.language_changed.connect(self.retranslate_ui)
        self._fill_rounds()
        self.retranslate_ui()

    # -- texts ---------------------------------------------------------------------------------------------
    def retranslate_ui(self, _lang: str = "") -> None:
        self.setWindowTitle(translate("ReviewExport", "Export JMC review"))
        self.heading.setText(translate("ReviewExport", "The JMC review as a PDF"))
        self.intro.setText(
            translate(
                "ReviewExport",
                "The printed review of one round for the Joint Management Committee: the same numbers as the "
                "dashboard. Choose only the follow-up for the joint project team.",
            )
        )
        texts = (
            translate("ReviewExport", "&Partnership"),
            translate("ReviewExport", "&Round"),
            translate("ReviewExport", "&Language"),
            translate("ReviewExport", "&Paper"),
            translate("ReviewExport", "Sections"),
            translate("ReviewExport", "Key messages"),
            translate("ReviewExport", "&File"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for i, text in enumerate(
            (
                translate("ReviewExport", "English"),
                translate("ReviewExport", "Chinese"),
                translate("ReviewExport", "Bilingual (English and Chinese)"),
            )
        ):
            self.lang_combo.setItemText(i, text)
        for i, text in enumerate((translate("ReviewExport", "A4"), translate("ReviewExport", "US Letter"))):
            self.paper_combo.setItemText(i, text)
        names = {
            "summary": translate("ReviewExport", "Executive summary"),
            "results": translate("ReviewExport", "Results (charts and indicator tables)"),
            "voices": translate("ReviewExport", "Voices (problems described)"),
            "followup": translate("ReviewExport", "Follow-up (action plan and decisions)"),
            "method": translate("ReviewExport", "Method"),
            "signoff": translate("ReviewExport", "Sign-off"),
        }
        for name, box in self.section_boxes.items():
            box.setText(names[name])
        self.always_note.setText(translate("ReviewExport", "The cover and the page numbers always print."))
        self.key_messages.retranslate_ui()
        self.browse_button.setText(translate("ReviewExport", "Choose…"))
        self.export_button.setText(translate("ReviewExport", "Export"))
        self.close_button.setText(translate("ReviewExport", "Close"))
        self.open_button.setText(translate("ReviewExport", "Open the PDF"))
        self.progress.setFormat(translate("ReviewExport", "Drawing the review… %p%"))
        self._fill_round_texts()
        self._retranslate_layout()

    # -- layout: the whole review or the one-page summary sheet ----------------------------------------------
    def _add_layout_choice(self) -> None:
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("layoutCombo")
        for layout in LAYOUTS:
            self.layout_combo.addItem("", layout)
        self.layout_label = QLabel()
        self.layout_label.setBuddy(self.layout_combo)
        self.form.insertRow(4, self.layout_label, self.layout_combo)  # after the paper, before the sections
        self.layout_combo.currentIndexChanged.connect(lambda _i: self._layout_changed())

    def _retranslate_layout(self) -> None:
        self.layout_label.setText(translate("ReviewExport", "La&yout"))
        self.layout_combo.setItemText(0, translate("ReviewExport", "Full review"))
        self.layout_combo.setItemText(1, translate("ReviewExport", "One-page summary sheet"))

    def chosen_layout(self) -> str:
        return str(self.layout_combo.currentData())

    def _layout_changed(self) -> None:
        """The sheet has no sections to choose; its file name says "summary sheet"."""
        sheet = self.chosen_layout() == "sheet"
        for box in self.section_boxes.values():
            box.setVisible(not sheet)
        self.always_note.setVisible(not sheet)
        self.labels[4].setVisible(not sheet)  # "Sections"
        self._propose_file()
        self._update_enabled()

    # -- choices -------------------------------------------------------------------------------------------
    def _fill_rounds(self) -> None:
        pid = self.partnership_combo.currentData()
        self.partnership = next((p for p in self.partnerships if p.id == pid), None)
        today = self.as_of or date.today()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for choice in vm.round_choices(self.partnership, today):
            self.round_combo.addItem(choice.round.label, choice.id)
        default_id = vm.default_round_id(self.partnership, today)
        self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(default_id)))
        self.round_combo.blockSignals(False)
        self._fill_round_texts()
        self._propose_file()
        self._load_messages()

    def _fill_round_texts(self) -> None:
        if self.partnership is None:
            return
        choices = {c.id: c for c in vm.round_choices(self.partnership, self.as_of or date.today())}
        for i in range(self.round_combo.count()):
            choice = choices.get(self.round_combo.itemData(i))
            if choice is None:
                continue
            rnd = choice.round
            text = rnd.label
            if choice.state == vm.RoundState.PLANNED:
                text = translate("ReviewExport", "{label} (planned, starts {date})").format(
                    label=rnd.label, date=rnd.start_date.isoformat()
                )
            elif choice.state == vm.RoundState.OPEN:
                text = translate("ReviewExport", "{label} (open)").format(label=rnd.label)
            self.round_combo.setItemText(i, text)
        self._update_enabled()

    def chosen_round(self) -> Any:
        rid = self.round_combo.currentData()
        if self.partnership is None:
            return None
        return next((r for r in self.partnership.rounds if r.id == rid), None)

    def chosen_sections(self) -> set[str]:
        return {"cover"} | {name for name, box in self.section_boxes.items() if box.isChecked()}

    def chosen_lang(self) -> str:
        return str(self.lang_combo.currentData())

    def chosen_paper(self) -> str:
        return str(self.paper_combo.currentData())

    def _folder(self) -> Path:
        settings = self.ctx.settings
        saved = settings.value(FOLDER_KEY, "") if settings is not None else ""
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        documents = Path.home() / "Documents"
        return documents if documents.is_dir() else Path.home()

    def _propose_file(self) -> None:
        rnd = self.chosen_round()
        if self.partnership is None or rnd is None:
            return
        current = self.file_edit.text().strip()
        folder = Path(current).expanduser().parent if current else self._folder()
        name = suggested_name(self.partnership.code, rnd.label, self.chosen_lang(), self.chosen_layout())
        if self._name_edited and current:
            return  # the user typed a name of their own: keep it
        self._proposing = True
        self.file_edit.setText(str(folder / name))
        self._proposing = False

    def _file_edited(self, _text: str) -> None:
        self._name_edited = True

    def _browse(self) -> None:
        current = self.file_edit.text().strip() or str(self._folder())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ReviewExport", "Save the review as"),
            current,
            translate("ReviewExport", "PDF (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.file_edit.setText(path)
            self._name_edited = True

    def _update_enabled(self) -> None:
        busy = self.task is not None
        ready = vm.can_export(
            busy,
            self.chosen_round() is not None,
            self.chosen_layout(),
            self.chosen_sections() - {"cover"},
            self.file_edit.text(),
        )
        self.export_button.setEnabled(ready)
        self.key_messages.set_enabled(busy)
        for w in (
            self.partnership_combo,
            self.round_combo,
            self.lang_combo,
            self.paper_combo,
            self.layout_combo,
            self.file_edit,
            self.browse_button,
            *self.section_boxes.values(),
        ):
            w.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    # -- key messages ------------------------------------------------------------------------------------
    def _load_messages(self) -> None:
        """Show the chosen round's key messages: the draft typed for it in this dialog, else as stored."""
        rnd = self.chosen_round()
        self.key_messages.show_round(rnd.id if rnd is not None else None)

    def messages_changed(self) -> bool:
        """Whether the editors hold something else than the chosen round's stored key messages."""
        return self.key_messages.changed()

    def save_messages(self) -> bool:
        """Store the editors' key messages with the chosen round; an error says what is wrong and keeps the text."""
        if self.key_messages.round_id is None:
            return False
        widgets.set_banner(self.error_banner, "")
        error = self.key_messages.save()
        if error is not None:
            self._fail(
                translate("ReviewExport", "The key messages were not saved: {reason}").format(
                    reason=self.ctx.error_text(error)
                )
            )
            return False
        self._update_enabled()
        return True

    # -- exporting -----------------------------------------------------------------------------------------
    def export(self) -> bool:
        """Start the review's job on the background queue. Returns False when it could not start."""
        if self.task is not None:
            return False
        widgets.set_banner(self.error_banner, "")
        widgets.set_banner(self.done_banner, "")
        self.open_button.hide()
        rnd = self.chosen_round()
        text = self.file_edit.text().strip()
        if self.partnership is None or rnd is None or not text:
            return False
        path = Path(text).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
            self.file_edit.setText(str(path))
        if not path.parent.is_dir():
            self._fail(
                translate("ReviewExport", "The folder {folder} does not exist. Choose another place.").format(
                    folder=str(path.parent)
                )
            )
            return False
        if self.messages_changed() and not self.save_messages():
            return False  # the error says what is wrong with them; nothing is written
        self.target = path
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.show()
        job = review_job(
            self.ctx.db,
            self.partnership.id,
            rnd.label,
            self.as_of or date.today(),
            path,
            self.chosen_lang(),
            self.chosen_paper(),
            self.chosen_sections(),
            self.chosen_layout(),
            hold=self.hold,
        )
        self.task = tasks.run_in_background(job, "JMC review")
        for ended in (self.task.succeeded, self.task.failed, self.task.cancelled):
            ended.connect(self._task_ended)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self._update_enabled()
        return True

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, path: Path | str) -> None:
        path = str(path)
        self.written = Path(path)
        settings = self.ctx.settings
        if settings is not None:
            settings.set_value(FOLDER_KEY, str(self.written.parent))
        self.progress.setValue(self.progress.maximum())
        widgets.set_banner(
            self.done_banner, translate("ReviewExport", "The review was written to {path}.").format(path=path)
        )
        self.open_button.show()
        self.open_button.setFocus()
        self.exported.emit(path)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, CannotMake):
            self._fail(
                translate("ReviewExport", "The review cannot be made: {reason}").format(
                    reason=self.ctx.error_text(exc.reason)
                )
            )
            return
        if isinstance(exc, HealthDeskError):
            reason = self.ctx.error_text(exc)
        elif isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
        else:
            reason = f"{type(exc).__name__}: {exc}"
        target = getattr(self, "target", None) or self.file_edit.text()
        self._fail(
            translate("ReviewExport", "The review could not be written to {path}: {reason}").format(
                path=str(target), reason=reason
            )
        )

    def _fail(self, message: str) -> None:
        self.progress.hide()
        widgets.set_banner(self.error_banner, message)
        self.export_failed.emit(message)

    def _task_ended(self, *_result: object) -> None:
        self.task = None
        self._update_enabled()

    def open_written(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    # -- closing -------------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.task is not None:
            return  # the file is being written: it finishes in a moment
        super().reject()

    def done(self, result: int) -> None:
        if self.task is not None and self.hold is not None:
            self.hold.set()  # the job goes on without the dialog and finishes the file
        super().done(result)


# -- entry points for the File menu, the dashboard and the action plan ---------------------------------------


def open_dialog(
    ctx: AppContext, partnership_id: int | None, parent: QWidget | None = None
) -> ReviewExportDialog:
    """Show the export dialog (non-modal: the window stays usable while a review is drawn)."""
    dialog = ReviewExportDialog(ctx, partnership_id, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    if parent is not None:
        parent.review_export_dialog = dialog  # type: ignore[attr-defined]  # kept alive, and reachable in tests
    return dialog


class ExportReviewAction(QAction):
    """File → Export JMC review…; enabled when a partnership is chosen."""

    def __init__(self, window: Any, ctx: AppContext):
        super().__init__(window)
        self.window_, self.ctx = window, ctx
        self.setObjectName("exportReviewAction")
        self.setIcon(widgets.icon("save"))
        self.triggered.connect(self.open)
        ctx.language_changed.connect(self.retranslate)
        signal = getattr(window, "partnership_changed", None)
        if signal is not None:
            signal.connect(self.update_enabled)
        self.retranslate()
        self.update_enabled()

    def open(self, _checked: bool = False) -> ReviewExportDialog:
        return open_dialog(self.ctx, self.window_.current_partnership_id, self.window_)

    def retranslate(self, _lang: str = "") -> None:
        self.setText(action_text())

    def update_enabled(self, *_args: Any) -> None:
        self.setEnabled(self.window_.current_partnership_id is not None)


def install_action(window: Any, ctx: AppContext) -> QAction:
    """Add File → Export JMC review… after "New partnership…" (once)."""
    existing = getattr(window, "act_export_review", None)
    if isinstance(existing, ExportReviewAction):
        return existing
    action = ExportReviewAction(window, ctx)
    menu = getattr(window, "menu_file", None)
    anchor = getattr(window, "act_backup_now", None)
    if menu is not None:
        if anchor is not None:
            menu.insertAction(anchor, action)
            menu.insertSeparator(anchor)
        else:
            menu.addAction(action)
    window.act_export_review = action
    return action


class ExportReviewButton(QPushButton):
    """A button that opens the dialog for the partnership a page shows."""

    def __init__(
        self, ctx: AppContext, partnership_id: Callable[[], int | None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx, self.partnership_id = ctx, partnership_id
        self.setObjectName("exportReviewButton")
        self.setIcon(widgets.icon("save"))
        self.clicked.connect(self.open)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()

    def open(self, _checked: bool = False) -> ReviewExportDialog:
        return open_dialog(self.ctx, self.partnership_id(), self.window())

    def retranslate(self, _lang: str = "") -> None:
        self.setText(button_text())


def export_button(ctx: AppContext, partnership_id: Callable[[], int | None]) -> QPushButton:
    """The button for a page's header: ``partnership_id()`` says which partnership the page shows."""
    return ExportReviewButton(ctx, partnership_id)
