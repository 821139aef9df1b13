"""The offline exchange in the app: File menu actions, drag and drop, opening an invitation, saving a response.

``install_actions(main_window, ctx)`` adds to the File menu: Open invitation…, Import responses…, Export
invitations…, Export data…, Import partnership history… and Export my response… (for a respondent who came from
an invitation); it also lets files be dropped on the window (an invitation opens, response files go to the import
preview, a history file is imported). ``open_path(main_window, ctx, path)`` does what a dropped file does (for
``healthdesk open FILE``). The dialogs live in ``exchange_import`` and ``exchange_export``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ...errors import HealthDeskError
from ...services import exchange as svc
from ..common import widgets
from ..common.messages import error_text
from ..common.task_strip import run_with_progress
from .files import (  # noqa: F401  re-exported; tests replace the choosers here
    RESPONSE_FILTER_SUFFIXES,
    ask_choice,
    ask_folder,
    ask_open_file,
    ask_open_files,
    ask_save_file,
    dropped_paths,
)
from .messages import exchange_templates, kind_words  # noqa: F401  re-exported
from .model import finish_offer

if TYPE_CHECKING:
    from ..common.context import AppContext

log = logging.getLogger(__name__)

INVITATION_FILTER_SUFFIXES = "*.hdinvite"


CONTEXT = "Exchange"
translate = QCoreApplication.translate


# -- invitations on the respondent's laptop --------------------------------------------------------------------


def open_invitation_file(
    ctx: AppContext, path: str | Path, parent: QWidget | None = None, walkthrough: bool = True
) -> Any:
    """Check an invitation, say whom it is for, add it to this data folder and open the walk-through.
    Returns the OpenedInvitation, or None when refused or cancelled (the reason was shown)."""
    inv, error = ctx.try_call(svc.check_invitation, str(path))
    if error is not None:
        widgets.show_error(
            parent,
            translate("Exchange", "This invitation cannot be opened.") + "\n\n" + error_text(error),
        )
        return None
    summary = svc.invitation_summary(inv)
    if ctx.read_only:
        widgets.show_error(parent, ctx.error_text(HealthDeskError("read_only_mode")))
        return None
    use_invitation_language(ctx, getattr(inv, "language", ""))
    text = invitation_text(summary)
    if not confirm_open(parent, text):
        return None
    opened, error = ctx.try_call(svc.open_invitation, str(path))
    if error is not None:
        widgets.show_error(parent, error_text(error))
        return None
    if opened.own:
        ctx.show_status(
            translate("Exchange", "This invitation was issued here; {name} is already in this round.").format(
                name=opened.respondent_name
            )
        )
    if walkthrough:
        show_walkthrough(ctx, opened.respondent_id, parent, offer_export=not opened.own, invitation_path=path)
    return opened


def use_invitation_language(ctx: AppContext, language: str) -> None:
    """Start in the round's language (carried in the invitation) unless the user chose a language."""
    if language in ("en", "zh") and language != ctx.lang and not getattr(ctx, "language_chosen", True):
        ctx.set_language(language)
        ctx.language_chosen = False  # the invitation's, not the user's: the next invitation may set another


def confirm_open(parent: QWidget | None, text: str) -> bool:
    """The invitation's confirmation: "Open" is the default button (Enter opens), Escape cancels. (When
    ``widgets.confirm`` was replaced, as tests do for every confirmation, the replacement answers.)"""

    if getattr(widgets.confirm, "__module__", widgets.__name__) != widgets.__name__:
        return bool(
            widgets.confirm(
                parent, text, translate("Exchange", "Open"), translate("Exchange", "Open invitation")
            )
        )

    box, ok = confirmation_box(parent, text)
    box.exec()
    return box.clickedButton() is ok


def confirmation_box(parent: QWidget | None, text: str) -> tuple[Any, Any]:
    """The invitation's confirmation box, not shown yet, and its "Open" button (the default)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Exchange", "Open invitation"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("invitationConfirmation")
    box.setTextFormat(Qt.TextFormat.PlainText)
    ok = box.addButton(translate("Exchange", "Open"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("Exchange", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(cancel)
    return box, ok


def invitation_text(summary: dict[str, Any]) -> str:
    """What the confirmation says about an invitation: for whom, which partnership and round, which key."""
    return translate(
        "Exchange",
        "This invitation is for {name} in the partnership “{partnership}”, round {round}.\n\n"
        "It takes about ten minutes. Your answers stay on this computer; after Submit, HealthDesk saves a "
        "response file next to this invitation for you to send back. Only the facilitator who sent the "
        "invitation can read that file (facilitator key {key}: compare it with them by phone if you are "
        "unsure).\n\nOpen it and start the assessment?",
    ).format(
        name=summary["respondent"],
        partnership=summary["partnership"],
        round=summary["round"],
        key=summary["facilitator"],
    )


def show_walkthrough(
    ctx: AppContext,
    respondent_id: int,
    parent: QWidget | None,
    offer_export: bool,
    invitation_path: str | Path | None = None,
) -> Any:
    from ..walkthrough.window import open_walkthrough

    window = open_walkthrough(ctx, respondent_id, parent)
    wt = getattr(window, "walkthrough", None)
    if window is not None and wt is not None and offer_export:
        if not getattr(window, "_finish_connected", False):
            window._finish_connected = True
            wt.submitted.connect(lambda: finish_response(ctx, respondent_id, window))
        if invitation_path is not None:
            window.invitation_path = str(Path(invitation_path).absolute())
        info = getattr(wt, "info", None)
        if getattr(info, "status", "") == "submitted":  # reopened after submitting: offer the same again
            finish_response(ctx, respondent_id, window)
    return window


def fallback_folders() -> list[Path]:
    """Where a response file goes when the invitation's folder cannot be written: the Desktop, then home."""
    from PySide6.QtCore import QStandardPaths

    folders = []
    desktop = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
    if desktop:
        folders.append(Path(desktop))
    folders.append(Path.home())
    return folders


def finish_response(ctx: AppContext, respondent_id: int, window: QWidget | None) -> Any:
    """After Submit (or on reopening a submitted invitation): save the response file beside the invitation
    (or on the Desktop / in the home folder), 0600, and show where with the next steps. Falls back to asking
    where when nothing can be written."""
    mark, _error = ctx.try_call(svc.invitation_mark, respondent_id)
    invitation_path = getattr(window, "invitation_path", None) or (mark.invitation_path if mark else None)
    result, error = ctx.try_call(
        svc.save_response_beside, respondent_id, invitation_path, fallbacks=fallback_folders()
    )
    if error is not None:
        widgets.show_error(window, error_text(error))
        return offer_response_export(ctx, respondent_id, window)
    from .finish import ResponseSavedPanel

    found, _error = ctx.try_call(svc.invited_respondents)
    offer = finish_offer(result.path, mark.facilitator_email if mark else "", found, respondent_id)
    folder = offer.folder
    panel = ResponseSavedPanel(
        ctx,
        respondent_id,
        offer.path,
        offer.email,
        offer.names,
        lambda parent: export_response_file(ctx, respondent_id, parent, start_folder=folder),
        window,
    )
    placed = getattr(window, "show_top_panel", None)
    if callable(placed):
        placed(panel)
    else:
        panel.show()
    ctx.show_status(translate("Exchange", "Response file saved: {path}").format(path=str(result.path)), 15000)
    return panel


def offer_response_export(ctx: AppContext, respondent_id: int, parent: QWidget | None) -> Path | None:
    if not widgets.confirm(
        parent,
        translate(
            "Exchange",
            "Your answers are submitted. Save them now as a response file to send to the facilitator?\n\n"
            "The file is encrypted: only the facilitator who invited you can read it.",
        ),
        translate("Exchange", "Save response file…"),
        translate("Exchange", "Response file"),
    ):
        return None
    return export_response_file(ctx, respondent_id, parent)


def export_response_file(
    ctx: AppContext, respondent_id: int, parent: QWidget | None, start_folder: Path | None = None
) -> Path | None:
    """Ask where, then write this respondent's sealed response file."""
    try:
        suggested = svc.default_file_name(ctx.db, respondent_id)
    except HealthDeskError:
        suggested = "response" + ".hdresponse"
    if start_folder is None:  # beside the invitation, when that folder is still there
        mark, _error = ctx.try_call(svc.invitation_mark, respondent_id)
        folder = Path(mark.invitation_path).parent if mark is not None and mark.invitation_path else None
        start_folder = folder if folder is not None and folder.is_dir() else Path.home()
    target = ask_save_file(
        parent,
        translate("Exchange", "Save response file"),
        str(start_folder / suggested),
        translate("Exchange", "HealthDesk response files ({patterns})").format(
            patterns=RESPONSE_FILTER_SUFFIXES
        ),
    )
    if not target:
        return None
    if not target.endswith(".hdresponse"):
        target += ".hdresponse"
    result, error = ctx.try_call(svc.export_response, respondent_id, target)
    if error is not None:
        widgets.show_error(parent, error_text(error))
        return None
    if result.status == "submitted":
        done = translate(
            "Exchange", "Saved {path}.\n\nSend this file to the facilitator (e-mail, USB stick…)."
        )
    else:
        done = translate(
            "Exchange",
            "Saved {path}.\n\nYou have not submitted yet ({answered} of {total} answered): the facilitator "
            "receives these answers as a draft. You can send a newer file later.",
        )
    widgets.show_info(
        parent,
        done.format(path=str(result.path), answered=result.answered, total=result.total),
        translate("Exchange", "Response file"),
    )
    return result.path


def choose_and_export_response(ctx: AppContext, parent: QWidget | None) -> Path | None:
    """File → Export my response…: the respondent (of those who came from invitations) whose file to save."""
    found, error = ctx.try_call(svc.invited_respondents)
    if error is not None:
        widgets.show_error(parent, error_text(error))
        return None
    if not found:
        widgets.show_info(
            parent,
            translate(
                "Exchange",
                "There is no invitation in this data folder yet. Open the invitation file you received first "
                "(File → Open invitation…).",
            ),
            translate("Exchange", "Export my response"),
        )
        return None
    index = 0
    if len(found) > 1:
        states = {
            "not_started": translate("Exchange", "not started"),
            "in_progress": translate("Exchange", "in progress"),
            "submitted": translate("Exchange", "submitted"),
        }
        items = [
            translate("Exchange", "{name} — {partnership}, {round} ({state})").format(
                name=name, partnership=p, round=label, state=states.get(status, status)
            )
            for _id, name, p, label, status in found
        ]
        index = ask_choice(
            parent,
            translate("Exchange", "Export my response"),
            translate("Exchange", "Whose response?"),
            items,
        )
        if index is None:
            return None
    return export_response_file(ctx, found[index][0], parent)


def choose_and_open_invitation(ctx: AppContext, parent: QWidget | None) -> Any:
    path = ask_open_file(
        parent,
        translate("Exchange", "Open invitation"),
        translate("Exchange", "HealthDesk invitations ({patterns})").format(
            patterns=INVITATION_FILTER_SUFFIXES
        ),
    )
    if not path:
        return None
    return open_invitation_file(ctx, path, parent)


# -- routing any file ---------------------------------------------------------------------------------------------


def open_path(main_window: QWidget | None, ctx: AppContext, path: str | Path) -> Any:
    """Do what dropping ``path`` on the window does: open an invitation, preview response files, import a
    history. Unknown files are refused with a message."""
    return open_paths(main_window, ctx, [path])


def open_paths(main_window: QWidget | None, ctx: AppContext, paths: list[str | Path]) -> Any:
    kinds: dict[str, list[str]] = {"invitation": [], "response": [], "history": [], None: []}  # type: ignore[dict-item]
    for p in paths:
        kinds.setdefault(svc.file_kind(p), []).append(str(p))  # type: ignore[arg-type]
    result = None
    if kinds["response"]:
        result = show_import_preview(ctx, kinds["response"], main_window)
    for p in kinds["invitation"]:
        result = open_invitation_file(ctx, p, main_window)
    for p in kinds["history"]:
        result = import_history_file(ctx, p, main_window)
    unknown = kinds.get(None) or []  # type: ignore[call-overload]
    if unknown:
        widgets.show_error(
            main_window,
            translate("Exchange", "HealthDesk cannot open these files:\n{files}").format(
                files="\n".join(Path(p).name for p in unknown)
            ),
        )
    return result


def show_import_preview(ctx: AppContext, paths: list[str], parent: QWidget | None) -> Any:
    from .import_preview import ImportPreviewDialog

    dialog = ImportPreviewDialog(ctx, paths, parent)
    dialog.open()
    return dialog


def choose_and_import_responses(ctx: AppContext, parent: QWidget | None) -> Any:
    paths = ask_open_files(
        parent,
        translate("Exchange", "Import responses"),
        translate("Exchange", "HealthDesk response files ({patterns})").format(
            patterns=RESPONSE_FILTER_SUFFIXES
        ),
    )
    if not paths:
        return None
    return show_import_preview(ctx, paths, parent)


def import_history_file(ctx: AppContext, path: str | Path, parent: QWidget | None) -> Any:
    if not widgets.confirm(
        parent,
        translate(
            "Exchange",
            "Import the partnership history in {file}?\n\nIt adds the partnership with all its rounds and "
            "answers to this data folder. A backup is taken first.",
        ).format(file=Path(path).name),
        translate("Exchange", "Import"),
        translate("Exchange", "Import partnership history"),
    ):
        return None
    db, source = ctx.db, str(path)

    def imported(result: Any) -> None:
        rounds, responses = result.rounds, result.responses  # plain names: lupdate reads no attribute as %n
        widgets.show_info(
            parent if parent is None or isValid(parent) else None,
            translate("Exchange", "Imported “{name}”: {rounds}, {responses}.").format(
                name=result.name,
                rounds=translate("Exchange", "%n round(s)", None, rounds),
                responses=translate("Exchange", "%n response(s)", None, responses),
            ),
            translate("Exchange", "Import partnership history"),
        )

    # A backup and one transaction: on the background queue behind a progress dialog, not cancellable.
    return run_with_progress(
        ctx,
        parent,
        lambda control: svc.import_data(db, source),
        translate("Exchange", "Importing the partnership history…"),
        imported,
        lambda message: translate("Exchange", "Nothing was imported.") + "\n\n" + message,
    )


def choose_and_import_history(ctx: AppContext, parent: QWidget | None) -> Any:
    path = ask_open_file(
        parent,
        translate("Exchange", "Import partnership history"),
        translate("Exchange", "HealthDesk history (*.json)"),
    )
    if not path:
        return None
    return import_history_file(ctx, path, parent)


# -- the menu and drag and drop ----------------------------------------------------------------------------------


class ExchangeActions(QObject):
    """The exchange's File menu entries and drop handling on one main window."""

    def __init__(self, main_window: Any, ctx: AppContext):
        super().__init__(main_window)
        self.window = main_window
        self.ctx = ctx
        self.act_open_invitation = self._action(lambda: choose_and_open_invitation(self.ctx, self.window))
        self.act_import_responses = self._action(lambda: choose_and_import_responses(self.ctx, self.window))
        self.act_export_invitations = self._action(self.export_invitations)
        self.act_export_data = self._action(self.export_data)
        self.act_import_history = self._action(lambda: choose_and_import_history(self.ctx, self.window))
        self.act_export_response = self._action(lambda: choose_and_export_response(self.ctx, self.window))
        self.actions = [
            self.act_open_invitation,
            self.act_export_response,
            self.act_import_responses,
            self.act_export_invitations,
            self.act_export_data,
            self.act_import_history,
        ]
        menu = getattr(main_window, "menu_file", None)
        if menu is not None:
            # Right after "New partnership…", before the backup entries.
            anchor = getattr(main_window, "act_backup_now", None)
            groups = (self.actions[:2], self.actions[2:])
            for group in groups:
                for action in group:
                    if anchor is not None:
                        menu.insertAction(anchor, action)
                    else:
                        menu.addAction(action)
                if anchor is not None:
                    menu.insertSeparator(anchor)
                else:
                    menu.addSeparator()
        main_window.setAcceptDrops(True)
        main_window.installEventFilter(self)
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        self.retranslate_ui()
        self.update_enabled()

    def _action(self, slot: Any) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate_ui(self) -> None:
        self.act_open_invitation.setText(translate("Exchange", "&Open invitation…"))
        self.act_open_invitation.setToolTip(
            translate("Exchange", "Open an invitation file you received and fill in the assessment")
        )
        self.act_export_response.setText(translate("Exchange", "Export &my response…"))
        self.act_import_responses.setText(translate("Exchange", "&Import responses…"))
        self.act_export_invitations.setText(translate("Exchange", "Export &invitations…"))
        self.act_export_data.setText(translate("Exchange", "Export &data…"))
        self.act_import_history.setText(translate("Exchange", "Import partnership &history…"))

    def update_enabled(self) -> None:
        writable = not self.ctx.read_only
        for action in (self.act_open_invitation, self.act_import_history):
            action.setEnabled(writable)

    def current_partnership(self) -> int | None:
        return getattr(self.window, "current_partnership_id", None)

    def export_invitations(self) -> Any:
        from .export import ExportInvitationsDialog

        dialog = ExportInvitationsDialog(self.ctx, self.current_partnership(), self.window)
        dialog.open()
        return dialog

    def export_data(self) -> Any:
        from .export import ExportDataDialog

        dialog = ExportDataDialog(self.ctx, self.current_partnership(), self.window)
        dialog.open()
        return dialog

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_paths(event):
                event.acceptProposedAction()
                return True
        elif obj is self.window and event.type() == QEvent.Type.Drop:
            paths = dropped_paths(event)
            if paths:
                event.acceptProposedAction()
                open_paths(self.window, self.ctx, paths)
                return True
        return False


def install_actions(main_window: Any, ctx: AppContext) -> ExchangeActions:
    """Add the exchange to a main window (once): File → Exchange menu, drag and drop; make frameworks that came
    with invitations known to the walk-through and the scoring."""
    existing = getattr(main_window, "exchange_actions", None)
    if isinstance(existing, ExchangeActions):
        return existing
    try:
        svc.register_stored_frameworks(ctx.db)
    except Exception:  # noqa: BLE001 - never stop the app from starting
        log.exception("frameworks kept from invitations could not be registered")
    actions = ExchangeActions(main_window, ctx)
    main_window.exchange_actions = actions
    return actions
