"""Exporting: invitations for a round's respondents, and a partnership's data (xlsx, csv, or the whole history).

``ExportInvitationsDialog``: choose the round and who to invite, a folder; one file per person is written there,
with the facilitator key's fingerprint to read to a respondent who wants to check it.
``ExportDataDialog``: one round's or every round's results (per side, never per person) as Excel or CSV, or the
whole history as JSON (confidential: it has everyone's answers; for moving to another machine).

Both write on the background queue (``tasks.run_in_background``) with a progress bar; the invitations can be
cancelled between two files (the ones written stay, and the message says how many). The buttons wait meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QTime, QUrl
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...services import exchange as svc
from ...services import partnerships as partnership_svc
from ..common import theme, widgets
from ..common.task_strip import TaskStrip, failure_text
from ..common.tasks import Task, run_in_background
from . import model as vm
from .files import ask_folder, ask_save_file

if TYPE_CHECKING:
    from ..common.context import AppContext

UID_ROLE = Qt.ItemDataRole.UserRole + 1
EMAIL_PATTERN = vm.EMAIL_PATTERN
STATUS_SYMBOLS = theme.RESPONSE_SYMBOLS
FILE_ROWS = 3  # the list of files written is at most this many lines tall; it scrolls when there are more


CONTEXT = "ExchangeExport"
translate = QCoreApplication.translate


_safe = vm.safe_name


class _PartnershipChooser:
    """A partnership combo filled from the services (shared by both dialogs)."""

    def __init__(self, ctx: AppContext, partnership_id: int | None):
        self.ctx = ctx
        self.combo = QComboBox()
        self.combo.setObjectName("partnershipCombo")
        self.partnerships = partnership_svc.list_partnerships(ctx.db)
        for p in self.partnerships:
            self.combo.addItem(p.name, p.id)
        index = self.combo.findData(partnership_id) if partnership_id is not None else -1
        self.combo.setCurrentIndex(max(0, index))

    def current(self) -> Any:
        pid = self.combo.currentData()
        return next((p for p in self.partnerships if p.id == pid), None)


def _room(widget: QWidget) -> int:
    """The height a dialog may take on its screen, leaving room for the title bar and a panel."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().height() - 80 if screen is not None else 640


class _ModestSplitter(QSplitter):
    """A splitter that asks for no more height than a 1280×720 screen has to spare; it takes more when the
    dialog is made taller (its parts scroll meanwhile)."""

    PREFERRED_HEIGHT = 440

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self.PREFERRED_HEIGHT))


class _BackgroundDialog(QDialog):
    """A dialog whose one long step runs on the background queue: its inputs wait, Escape/Close cancel."""

    strip: TaskStrip
    inputs: list[QWidget]

    def busy(self) -> bool:
        return self.strip.running

    def _set_busy(self, busy: bool) -> None:
        for widget in self.inputs:
            widget.setEnabled(not busy)

    def reject(self) -> None:
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


class ExportInvitationsDialog(_BackgroundDialog):
    def __init__(self, ctx: AppContext, partnership_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportInvitationsDialog")
        self.ctx = ctx
        self.written: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        self.heading = widgets.title_label()
        self.intro = widgets.subtitle_label()
        self.error_banner = widgets.banner("error")
        self.done_banner = widgets.banner("info")
        # Every file written, one a line and whole (a list that scrolls when there are many): the facilitator
        # sends each one.
        self.files_list = QListWidget()
        self.files_list.setObjectName("writtenFiles")
        self.files_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files_list.setWordWrap(True)
        self.files_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.files_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.files_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.files_list.hide()
        self.chooser = _PartnershipChooser(ctx, partnership_id)
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundCombo")
        self.people = QListWidget()
        self.people.setObjectName("inviteeList")
        self.all_button = QPushButton()
        self.none_button = QPushButton()
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setText(str(Path.home() / "HealthDesk invitations"))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.key_label = QLabel()
        self.key_label.setObjectName("keyLabel")
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("invitationLanguage")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("简体中文", "zh")
        self.lang_combo.setCurrentIndex(1 if ctx.lang == "zh" else 0)
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("facilitatorEmail")
        # After the export: the ready-to-send message of each person, to copy into an e-mail.
        self.message_person = QComboBox()
        self.message_person.setObjectName("messagePerson")
        self.message_view = QPlainTextEdit()
        self.message_view.setObjectName("messageView")
        self.message_view.setReadOnly(True)
        self.message_view.setMinimumHeight(80)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyMessageButton")
        self.open_folder_button = QPushButton()
        self.open_folder_button.setObjectName("openFolderButton")
        self.copy_button.clicked.connect(self.copy_message)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.message_person.currentIndexChanged.connect(self._show_message)
        self.message_heading = QLabel()
        self.message_heading.setProperty("role", "section")
        self.message_box = QWidget()
        message_layout = QVBoxLayout(self.message_box)
        message_layout.setContentsMargins(0, 0, 0, 0)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_person, 1)
        message_row.addWidget(self.copy_button)
        message_row.addWidget(self.open_folder_button)
        message_layout.addWidget(self.message_heading)
        message_layout.addLayout(message_row)
        message_layout.addWidget(self.message_view, 1)
        self.message_box.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels = [QLabel() for _ in range(6)]
        people_box = QVBoxLayout()
        people_box.addWidget(self.people, 1)
        people_box.addLayout(widgets.button_row(self.all_button, self.none_button))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse)
        form.addRow(self.labels[0], self.chooser.combo)
        form.addRow(self.labels[1], self.round_combo)
        form.addRow(self.labels[2], people_box)
        form.addRow(self.labels[3], folder_row)
        form.addRow(self.labels[4], self.lang_combo)
        form.addRow(self.labels[5], self.email_edit)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.error_banner)
        done = QVBoxLayout()  # the files' list right under the banner that says how many and where
        done.setSpacing(0)
        done.addWidget(self.done_banner)
        done.addWidget(self.files_list)
        layout.addLayout(done)
        # The settings scroll and the message area takes the rest of a splitter: the dialog fits a 1280×720 screen
        # after the export too, however many people and file names there are.
        settings = QWidget()
        settings_layout = QVBoxLayout(settings)
        settings_layout.setContentsMargins(0, 0, 0, 0)
        settings_layout.addLayout(form, 1)
        settings_layout.addWidget(self.key_label)
        self.settings_area = QScrollArea()
        self.settings_area.setObjectName("settingsArea")
        self.settings_area.setWidgetResizable(True)
        self.settings_area.setFrameShape(QFrame.Shape.NoFrame)
        self.settings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.settings_area.setWidget(settings)
        self.splitter = _ModestSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("exportSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.settings_area)
        self.splitter.addWidget(self.message_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self.strip = TaskStrip()
        layout.addWidget(self.strip)
        layout.addWidget(self.buttons)
        self.inputs = [
            self.chooser.combo,
            self.round_combo,
            self.people,
            self.all_button,
            self.none_button,
            self.folder_edit,
            self.browse,
            self.lang_combo,
            self.email_edit,
            self.export_button,
            self.close_button,
            self.message_box,
        ]
        self.setMinimumWidth(640)
        self.resize(760, min(640, _room(self)))
        self.chooser.combo.currentIndexChanged.connect(self._fill_rounds)
        self.round_combo.currentIndexChanged.connect(self._fill_people)
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        self._fill_rounds()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ExchangeExport", "Export invitations"))
        self.heading.setText(translate("ExchangeExport", "Invitations for the respondents"))
        self.intro.setText(
            translate(
                "ExchangeExport",
                "One file per person. Send each file to that person alone (e-mail, USB stick): it lets them answer "
                "on their own laptop, offline. Their answers come back as an encrypted response file that only "
                "this data folder can read.",
            )
        )
        for label, text in zip(
            self.labels,
            (
                translate("ExchangeExport", "&Partnership"),
                translate("ExchangeExport", "&Round"),
                translate("ExchangeExport", "&Who"),
                translate("ExchangeExport", "&Folder"),
                translate("ExchangeExport", "&Language"),
                translate("ExchangeExport", "Your &e-mail"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.labels[0].setBuddy(self.chooser.combo)
        self.labels[1].setBuddy(self.round_combo)
        self.labels[2].setBuddy(self.people)
        self.labels[3].setBuddy(self.folder_edit)
        self.labels[4].setBuddy(self.lang_combo)
        self.labels[5].setBuddy(self.email_edit)
        self.lang_combo.setToolTip(
            translate("ExchangeExport", "The respondents' HealthDesk opens the invitation in this language.")
        )
        self.email_edit.setPlaceholderText(
            translate("ExchangeExport", "optional: where the respondents send their response files back")
        )
        self.message_heading.setText(
            translate("ExchangeExport", "Message to send with each invitation (also saved beside it as .txt)")
        )
        self.copy_button.setText(translate("ExchangeExport", "&Copy"))
        self.open_folder_button.setText(translate("ExchangeExport", "Open &folder"))
        self.all_button.setText(translate("ExchangeExport", "All"))
        self.none_button.setText(translate("ExchangeExport", "None"))
        self.browse.setText(translate("ExchangeExport", "Choose…"))
        self.export_button.setText(translate("ExchangeExport", "Export"))
        self.close_button.setText(translate("ExchangeExport", "Close"))
        key = svc.facilitator_key(self.ctx.db)
        if key is None:
            self.key_label.setText(
                translate(
                    "ExchangeExport",
                    "This data folder gets its facilitator key with the first export. Keep the data folder safe: "
                    "without it, the response files cannot be read.",
                )
            )
        else:
            self.key_label.setText(
                translate(
                    "ExchangeExport",
                    "Facilitator key of this data folder: {key} (a respondent can compare it by phone).",
                ).format(key=key.short)
            )
        self._fill_people()

    def _fill_rounds(self) -> None:
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for rnd in vm.invitable_rounds(self.chooser.current()):
            self.round_combo.addItem(rnd.label, rnd.id)
        self.round_combo.blockSignals(False)
        self._fill_people()

    def _fill_people(self) -> None:
        self.people.clear()
        round_id = self.round_combo.currentData()
        p = self.chooser.current()
        states = {
            "not_started": translate("ExchangeExport", "not started"),
            "in_progress": translate("ExchangeExport", "in progress"),
            "submitted": translate("ExchangeExport", "submitted"),
        }
        self.invitation_list = listed = vm.load_invitation_list(self.ctx.db, p, round_id)
        for who in listed.invitees:
            text = translate("ExchangeExport", "{label}: {name} — {symbol} {state}").format(
                label=who.side_label,
                name=who.name,
                symbol=STATUS_SYMBOLS.get(who.status, ""),
                state=states.get(who.status, who.status),
            )
            item = QListWidgetItem(text)
            item.setData(UID_ROLE, who.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if who.ticked else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.export_button.setEnabled(listed.can_export)
        if listed.empty is not None:
            widgets.set_banner(
                self.error_banner,
                translate("ExchangeExport", "There is no partnership yet.")
                if listed.empty == vm.NO_PARTNERSHIP
                else translate(
                    "ExchangeExport",
                    "Choose a round that is not closed and has respondents (add them on the Rounds page).",
                ),
            )
        else:
            widgets.set_banner(self.error_banner, "")

    def _check_all(self, checked: bool) -> None:
        for row in range(self.people.count()):
            self.people.item(row).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _browse(self) -> None:
        folder = ask_folder(
            self, translate("ExchangeExport", "Folder for the invitations"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def chosen_uids(self) -> list[str]:
        return [
            self.people.item(r).data(UID_ROLE)
            for r in range(self.people.count())
            if self.people.item(r).checkState() == Qt.CheckState.Checked
        ]

    def export(self) -> Task | None:
        """Write the invitations in the background; returns the queued task (None when refused at once)."""
        if self.busy():
            return None
        p = self.chooser.current()
        uids = self.chosen_uids()
        email = self.email_edit.text().strip()
        refusal = vm.export_refusal(p, uids, email)
        if refusal == vm.NOBODY_TICKED or p is None:
            widgets.set_banner(
                self.error_banner, translate("ExchangeExport", "Tick at least one person to invite.")
            )
            return None
        label = self.round_combo.currentText()
        folder = self.folder_edit.text().strip()
        if refusal == vm.NOT_AN_EMAIL:
            widgets.set_banner(
                self.error_banner,
                translate("ExchangeExport", "“{email}” is not an e-mail address (name@example.com).").format(
                    email=email
                ),
            )
            self.email_edit.setFocus()
            return None
        language = self.lang_combo.currentData() or "en"
        db = self.ctx.db

        def job(control: Any) -> list[Any]:
            # Cancel is asked between two files only: a file is written whole or not at all.
            return svc.export_invitations(
                db,
                p.id,
                label,
                folder,
                uids,
                language=language,
                facilitator_email=email,
                progress=control.report,
                stop=lambda: control.cancel_requested,
            )

        task = run_in_background(job, "export invitations")
        self.strip.follow(task, translate("ExchangeExport", "Writing the invitations…"))
        self._set_busy(True)
        task.succeeded.connect(lambda written: self._exported(p, folder, len(uids), written))
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        return task

    def _failed(self, exc: object) -> None:
        self._set_busy(False)
        self.ctx.data_changed.emit()  # the respondents' invitation marks may have changed
        text = failure_text(exc)
        if text is not None:
            widgets.set_banner(self.error_banner, text)

    def _cancelled(self) -> None:  # cancelled before it started
        self._set_busy(False)
        widgets.set_banner(
            self.error_banner, translate("ExchangeExport", "Export cancelled: no invitation was written.")
        )

    def _show_files(self, names: list[str]) -> None:
        """The files written, one a line, in a list at most a few lines tall (it scrolls when there are more)."""
        self.files_list.clear()
        self.files_list.addItems(names)
        rows = min(len(names), FILE_ROWS)
        row = self.files_list.sizeHintForRow(0) if names else 0
        self.files_list.setFixedHeight(rows * row + 2 * self.files_list.frameWidth() + 2)
        self.files_list.setVisible(bool(names))

    def _exported(self, p: Any, folder: str, asked: int, written: list[Any]) -> None:
        if not isValid(self):  # closed meanwhile (a lambda is not disconnected with its dialog)
            return
        self._set_busy(False)
        self.ctx.data_changed.emit()
        widgets.set_banner(self.error_banner, "")
        self.written = written
        if not written:
            self._show_files([])
            self._cancelled()
            return
        names = [w.path.name for w in written]
        files = ""  # the banner says how many and where; the list under it names every file, whole
        self._show_files(names)
        self.done_banner.setToolTip("\n".join(names))  # every name, one a line; the list below has them too
        count = len(written)  # a plain name: lupdate does not see a call as the count
        if count < asked:
            text = translate(
                "ExchangeExport",
                "Export cancelled: %n invitation(s) written to {folder}, the others not:\n{files}",
                None,
                count,
            ).format(folder=folder, files=files)
        else:
            text = translate(
                "ExchangeExport", "%n invitation(s) written to {folder}:\n{files}", None, count
            ).format(folder=folder, files=files)
        widgets.set_banner(self.done_banner, text.rstrip())
        self.message_person.blockSignals(True)
        self.message_person.clear()
        for item in written:
            self.message_person.addItem(
                translate("ExchangeExport", "{label}: {name}").format(
                    label=p.label(item.side), name=item.name
                )
            )
        self.message_person.blockSignals(False)
        self.message_person.setCurrentIndex(0)
        self._show_message()
        self.message_box.show()
        # Done: Enter now closes instead of writing every invitation a second time.
        self.export_button.setDefault(False)
        self.close_button.setDefault(True)
        self.intro.hide()  # room for the messages; the heading and the message say what to do now
        self.retranslate_ui()
        self.resize(self.width(), max(min(self.height(), _room(self)), min(820, _room(self))))

    def _show_message(self, _index: int = 0) -> None:
        index = self.message_person.currentIndex()
        text = self.written[index].message if 0 <= index < len(self.written) else ""
        self.message_view.setPlainText(text)

    def copy_message(self) -> str:
        text = self.message_view.toPlainText()
        QGuiApplication.clipboard().setText(text)
        self.ctx.show_status(translate("ExchangeExport", "Message copied: paste it into your e-mail."))
        return text

    def open_folder(self) -> bool:
        from .files import open_url

        index = self.message_person.currentIndex()
        if 0 <= index < len(self.written):
            folder = self.written[index].path.parent
        else:
            folder = Path(self.folder_edit.text().strip() or Path.home())
        return open_url(QUrl.fromLocalFile(str(folder)))


class ExportDataDialog(_BackgroundDialog):
    """Results as .xlsx/.csv (per side, never per person) or the whole history as JSON (confidential)."""

    def __init__(self, ctx: AppContext, partnership_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDataDialog")
        self.ctx = ctx
        self.written: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        self.heading = widgets.title_label()
        self.error_banner = widgets.banner("error")
        self.done_banner = widgets.banner("info")
        self.chooser = _PartnershipChooser(ctx, partnership_id)
        self.one_round = QRadioButton()
        self.one_round.setObjectName("oneRound")
        self.all_rounds = QRadioButton()
        self.all_rounds.setObjectName("allRounds")
        self.history = QRadioButton()
        self.history.setObjectName("wholeHistory")
        self.what = QButtonGroup(self)
        for button in (self.one_round, self.all_rounds, self.history):
            self.what.addButton(button)
            button.toggled.connect(self._what_changed)
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundCombo")
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("formatCombo")
        self.format_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lang_combo = QComboBox()
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("简体中文", "zh")
        self.lang_combo.setCurrentIndex(1 if ctx.lang == "zh" else 0)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("fileEdit")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.note = widgets.banner("banner")
        self.note.setObjectName("dataNote")
        what_box = QVBoxLayout()
        round_row = QHBoxLayout()
        round_row.addWidget(self.one_round)
        round_row.addWidget(self.round_combo, 1)
        what_box.addLayout(round_row)
        what_box.addWidget(self.all_rounds)
        what_box.addWidget(self.history)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels,
            (self.chooser.combo, what_box, self.format_combo, self.lang_combo, file_row),
            strict=True,
        ):
            form.addRow(label, field)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.heading)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.done_banner)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.strip = TaskStrip()
        layout.addWidget(self.strip)
        layout.addWidget(self.buttons)
        self.inputs = [
            self.chooser.combo,
            self.one_round,
            self.all_rounds,
            self.history,
            self.round_combo,
            self.format_combo,
            self.lang_combo,
            self.file_edit,
            self.browse,
            self.export_button,
            self.close_button,
        ]
        self.setMinimumWidth(640)
        self.chooser.combo.currentIndexChanged.connect(self._fill_rounds)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._suggest_file())
        self.round_combo.currentIndexChanged.connect(lambda _i: self._suggest_file())
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        self.one_round.setChecked(True)
        self._fill_rounds()
        self.retranslate_ui()
        self.resize(760, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ExchangeExport", "Export data"))
        self.heading.setText(translate("ExchangeExport", "Export data"))
        for label, text in zip(
            self.labels,
            (
                translate("ExchangeExport", "&Partnership"),
                translate("ExchangeExport", "What"),
                translate("ExchangeExport", "F&ormat"),
                translate("ExchangeExport", "&Language of names"),
                translate("ExchangeExport", "&File"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.labels[0].setBuddy(self.chooser.combo)
        self.labels[2].setBuddy(self.format_combo)
        self.labels[3].setBuddy(self.lang_combo)
        self.labels[4].setBuddy(self.file_edit)
        self.one_round.setText(translate("ExchangeExport", "Results of one round"))
        self.all_rounds.setText(translate("ExchangeExport", "Results of every round"))
        self.history.setText(translate("ExchangeExport", "The whole history, with every answer (JSON)"))
        self.browse.setText(translate("ExchangeExport", "Choose…"))
        self.export_button.setText(translate("ExchangeExport", "Export"))
        self.close_button.setText(translate("ExchangeExport", "Close"))
        self._what_changed()

    def fmt(self) -> str:
        return "json" if self.history.isChecked() else (self.format_combo.currentData() or "xlsx")

    def _what_changed(self) -> None:
        history = self.history.isChecked()
        current = self.format_combo.currentData()
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        names = {
            "json": translate("ExchangeExport", "JSON (HealthDesk history)"),
            "xlsx": translate("ExchangeExport", "Excel workbook (.xlsx)"),
            "csv": translate("ExchangeExport", "CSV, UTF-8 (.csv)"),
        }
        for fmt in vm.data_formats(history):
            self.format_combo.addItem(names[fmt], fmt)
        if not history:
            index = self.format_combo.findData(current)
            self.format_combo.setCurrentIndex(max(0, index))
        self.format_combo.blockSignals(False)
        self.round_combo.setEnabled(self.one_round.isChecked())
        self.lang_combo.setEnabled(not history)
        if history:
            self.note.setProperty("role", "error")
            text = translate(
                "ExchangeExport",
                "Confidential: this file holds every respondent's own answers, with names. Use it to move the "
                "partnership to another computer (File → Import partnership history…) or to keep a copy; never "
                "send it to the partner companies.",
            )
        else:
            self.note.setProperty("role", "banner")
            text = translate(
                "ExchangeExport",
                "Results per side and joint, never per person. A side with fewer submitted responses than the "
                "round's anonymity threshold is left out; problem descriptions and comments are not attributed.",
            )
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        widgets.set_banner(self.note, text)
        self._suggest_file()

    def _fill_rounds(self) -> None:
        self.round_combo.clear()
        p = self.chooser.current()
        for rnd in vm.data_rounds(p):
            self.round_combo.addItem(rnd.label, rnd.id)
        has = self.round_combo.count() > 0
        self.one_round.setEnabled(has)
        self.all_rounds.setEnabled(has)
        if not has and not self.history.isChecked():
            self.history.setChecked(True)
        self.export_button.setEnabled(p is not None)
        self._suggest_file()

    def _suggest_file(self) -> None:
        p = self.chooser.current()
        if p is None:
            return
        one = self.round_combo.currentText() if self.one_round.isChecked() else None
        name = vm.suggested_file_name(p.code, self.fmt(), one)
        current = self.file_edit.text().strip()
        folder = Path(current).parent if current else Path.home()
        self.file_edit.setText(str(folder / name))

    def _browse(self) -> None:
        fmt = self.fmt()
        filters = {
            "xlsx": translate("ExchangeExport", "Excel workbook (*.xlsx)"),
            "csv": translate("ExchangeExport", "CSV (*.csv)"),
            "json": translate("ExchangeExport", "JSON (*.json)"),
        }
        path = ask_save_file(
            self, translate("ExchangeExport", "Export data"), self.file_edit.text(), filters[fmt]
        )
        if path:
            self.file_edit.setText(path)

    def export(self) -> Task | None:
        """Write the file in the background (one file: no Cancel); returns the queued task."""
        p = self.chooser.current()
        if p is None or self.busy():
            return None
        fmt = self.fmt()
        path = self.file_edit.text().strip()
        if not path:
            widgets.set_banner(self.error_banner, translate("ExchangeExport", "Choose a file to write."))
            return None
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        label = self.round_combo.currentText() if self.one_round.isChecked() else None
        lang = self.lang_combo.currentData() or "en"
        db, pid = self.ctx.db, p.id
        task = run_in_background(
            lambda control: svc.export_data(db, pid, label, fmt, path, lang=lang), "export"
        )
        self.strip.follow(
            task, translate("ExchangeExport", "Writing {name}…").format(name=Path(path).name), False
        )
        self._set_busy(True)
        task.succeeded.connect(self._exported)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._restore)
        return task

    def _failed(self, exc: object) -> None:
        self._restore()
        text = failure_text(exc)
        if text is not None:
            widgets.set_banner(self.error_banner, text)

    def _restore(self) -> None:
        self._set_busy(False)
        has_rounds = self.round_combo.count() > 0  # as _fill_rounds and _what_changed enable them
        self.one_round.setEnabled(has_rounds)
        self.all_rounds.setEnabled(has_rounds)
        self.round_combo.setEnabled(self.one_round.isChecked())
        self.lang_combo.setEnabled(not self.history.isChecked())

    def _exported(self, written: Path) -> None:
        self._restore()
        widgets.set_banner(self.error_banner, "")
        self.written = written
        when = QLocale().toString(QTime.currentTime(), "HH:mm")
        widgets.set_banner(
            self.done_banner,
            translate("ExchangeExport", "Written at {time}: {path}").format(time=when, path=str(written)),
        )
