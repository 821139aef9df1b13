"""Respondent mode closes the whole room: no other HealthDesk window, no second HealthDesk on the folder.

``Room`` clears the screen for one respondent-mode window: every other HealthDesk window (the main window,
fill-in windows, the workshop and its notes, detail views, non-modal dialogs) is hidden as it is, and shown again,
in the same state, when respondent mode ends. A window that appears meanwhile (a timer's message, a late
dialog) is put away at once. Typed text in a fill-in window is saved first; a dialog that is still open must be
finished by the facilitator before the laptop is handed over.

The folder knows too: the writer lock records that respondent mode runs (``models.lock``), and a second
HealthDesk, ``healthdesk open FILE`` or a read-only window already open refuse with ``refuse_if_active`` /
``ReadOnlyWatch``. ``ask_respondent_mode`` is a module function so tests can answer for the user.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ...errors import LockedError

log = logging.getLogger(__name__)

WATCH_MS = 1500  # how often a read-only HealthDesk looks whether respondent mode started on its folder

# The check before the first paint (``active_marker``) imports this module: the Qt namespace (some 10 ms on its
# first use) and the shared widgets are imported where they are used, not with it.


TR_CONTEXT = "RespondentRoom"


def tr(text: str) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text)


# -- the folder: a second HealthDesk refuses ---------------------------------------------------------------


def active_marker(data_dir: Path) -> LockedError | None:
    """The refusal when respondent mode runs on ``data_dir`` (a stale marker from a crash does not count)."""
    from ...models.lock import (
        respondent_mode_holder,  # the lock file only: no SQLAlchemy before the first paint
    )
    from ...paths import DataPaths

    try:
        holder = respondent_mode_holder(DataPaths(data_dir).lock)
    except OSError:
        return None
    if holder is None:
        return None
    return LockedError("respondent_mode", path=str(data_dir))


def respondent_mode_box(parent: QWidget | None, exc: LockedError) -> QMessageBox:
    """The refusal screen: no data, no read-only window, only Quit."""
    box = QMessageBox(parent)
    box.setObjectName("respondentModeBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Respondent mode is active"))
    box.setText(tr("Respondent mode is active on this folder."))
    box.setInformativeText(
        tr(
            "A respondent is answering in HealthDesk right now, so this HealthDesk shows nothing, not even "
            "read-only. The facilitator ends respondent mode with the round's PIN; then start HealthDesk again."
        )
        + "\n\n"
        + tr("Data folder: {path}").format(path=exc.params.get("path", ""))
    )
    # Wide enough for a data folder's path on one line (Qt's own width breaks it after "healthdesk-").
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 480px; }")
    quit_button = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)
    box.setEscapeButton(quit_button)
    return box


def ask_respondent_mode(parent: QWidget | None, exc: LockedError) -> None:
    respondent_mode_box(parent, exc).exec()


def refuse_if_active(data_dir: Path, parent: QWidget | None = None) -> bool:
    """True (after showing why) when respondent mode runs on the folder: the caller must show nothing."""
    exc = active_marker(data_dir)
    if exc is None:
        return False
    log.warning("respondent mode is active on %s; refused to open it", data_dir)
    ask_respondent_mode(parent, exc)
    return True


class ReadOnlyWatch(QObject):
    """In a read-only HealthDesk (another one holds the folder): when that one enters respondent mode, every
    window here closes and the refusal is shown, so the data is not left on screen beside the respondent."""

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        exc = active_marker(self.data_dir)
        if exc is None:
            return False
        self.timer.stop()
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                window.hide()
        ask_respondent_mode(None, exc)
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return True


# -- the screen: no other window ---------------------------------------------------------------------------


def belongs_to(widget: QWidget, owner: QWidget) -> bool:
    """``widget`` is ``owner`` or one of its dialogs, pop-ups or children."""
    w: QWidget | None = widget
    while w is not None:
        if w is owner:
            return True
        w = w.parentWidget()
    return False


def _is_window(widget: QObject) -> bool:
    from PySide6.QtCore import Qt

    transient = (
        Qt.WindowType.Popup,
        Qt.WindowType.ToolTip,
        Qt.WindowType.SplashScreen,
        Qt.WindowType.Desktop,
    )
    return (
        isinstance(widget, QWidget)
        and widget.isWindow()
        and widget.windowType() not in transient
        and not widget.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    )


def _is_modal(window: QWidget) -> bool:
    """A question waiting for an answer (a modal dialog): it cannot be put away as it is, only answered."""
    from PySide6.QtCore import Qt

    return window.isModal() or window.windowModality() != Qt.WindowModality.NonModal


def _title(window: QWidget) -> str:
    return window.windowTitle() or QApplication.applicationDisplayName()


def forget_clipboard() -> None:
    """Nothing one respondent copied may be pasted by the next."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def private_text_boxes(window: QWidget) -> None:
    """Ask the input method not to learn or predict from what respondents type (where the platform listens)."""
    from PySide6.QtCore import Qt

    hints = Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData
    for box in (
        window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit)
    ):
        box.setInputMethodHints(box.inputMethodHints() | hints)


class Room(QObject):
    """Clears the screen for ``guarded`` and puts everything back afterwards."""

    def __init__(self, guarded: QWidget):
        super().__init__(guarded)
        self.guarded = guarded
        self.hidden: list[QWidget] = []
        self.active: QWidget | None = None
        self.closed = False
        self._watching = False

    def others(self) -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if _is_window(w) and w.isVisible() and not belongs_to(w, self.guarded)
        ]

    def clear(self, parent: QWidget | None) -> bool:
        """Hide every other window (non-modal dialogs such as detail views included). False (nothing hidden)
        when the facilitator must first finish a modal dialog, or declines to hand over with text that could
        not be saved."""
        from ..common import widgets

        others = self.others()
        dialogs = [w for w in others if _is_modal(w)]
        if dialogs:
            widgets.show_error(
                parent,
                tr("Please finish or close “{title}” first, then hand the laptop over.").format(
                    title=_title(dialogs[0])
                ),
            )
            dialogs[0].raise_()
            dialogs[0].activateWindow()
            return False
        for window in others:
            walkthrough = getattr(window, "walkthrough", None)
            if walkthrough is None or not hasattr(walkthrough, "has_unsaved_text"):
                continue
            unsaved = walkthrough.has_unsaved_text() and not walkthrough.flush()
            if unsaved and not widgets.confirm(
                parent,
                tr(
                    "Some text typed in “{title}” could not be saved. Hand the laptop over anyway? The text "
                    "stays in that window, out of sight, until respondent mode ends."
                ).format(title=_title(window)),
                ok_text=tr("Hand over anyway"),
                danger=True,
            ):
                return False
        self.active = QApplication.activeWindow()
        for window in others:
            self.hidden.append(window)
            window.hide()
        QApplication.instance().installEventFilter(self)
        self._watching = True
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.Show
            and not self.closed
            and _is_window(obj)
            and not belongs_to(obj, self.guarded)
        ):
            self._put_away(obj)
        return False

    def _put_away(self, window: QWidget) -> None:
        log.info("respondent mode: put away a window that appeared (%s)", type(window).__name__)
        if isinstance(window, QDialog) and _is_modal(window):
            # A question from elsewhere (a timer's message) gets the safe answer; it is not shown again.
            QTimer.singleShot(0, window, window.reject)
            QTimer.singleShot(0, window, window.hide)
            return
        if window not in self.hidden:
            self.hidden.append(window)
        QTimer.singleShot(0, window, lambda: self._hide_again(window))

    def _hide_again(self, window: QWidget) -> None:
        if self.closed:
            return
        with contextlib.suppress(RuntimeError):
            window.hide()

    def restore(self) -> None:
        """Show again what was hidden, as it was; the window that was active gets the focus back."""
        if self.closed:
            return
        self.closed = True
        if self._watching:
            QApplication.instance().removeEventFilter(self)
            self._watching = False
        hidden, self.hidden = self.hidden, []
        for window in hidden:
            with contextlib.suppress(RuntimeError):  # closed by Qt meanwhile
                window.show()
        active, self.active = self.active, None
        if active is not None and active in hidden:
            with contextlib.suppress(RuntimeError):
                active.raise_()
                active.activateWindow()
