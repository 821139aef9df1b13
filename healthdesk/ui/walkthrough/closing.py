"""Closing a walk-through with every indicator answered but nothing submitted: the window asks first.

``CloseGuard`` watches the window a ``WalkthroughWidget`` sits in; whether to ask is the view-model's decision
(``model.Walkthrough.close``). Words translate under the walk-through's context, ``WalkthroughWidget``.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .model import Close

if TYPE_CHECKING:
    from .page import WalkthroughWidget

TR_CONTEXT = "WalkthroughWidget"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the walk-through's context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


class CloseGuard(QObject):
    """Watches the close of the window ``walkthrough`` sits in (``watch``, whenever it is shown) and holds the
    question about closing unsubmitted while it is open (``question``)."""

    def __init__(self, walkthrough: WalkthroughWidget):
        super().__init__(walkthrough)
        self.walkthrough = walkthrough
        self._guarded: weakref.ref[QWidget] | None = None  # the window whose close is watched
        self._close_allowed = False
        self.question: QMessageBox | None = None  # the question about closing unsubmitted, while shown

    def confirm_close(self, proceed: Callable[[], None]) -> bool:
        """Before the window closes: True when it may close now. With every indicator answered but nothing
        submitted it asks first, in a window-modal question answered later (a close event is never held up by a
        dialog): Submit answers (submits; the window stays open on the thank-you, where the next steps are),
        Close without submitting (everything stays saved; ``proceed()`` then closes), or Cancel."""
        wt = self.walkthrough
        if wt.view.close() != Close.ASK:
            return True
        if self.question is not None:
            self.question.raise_()
            self.question.activateWindow()
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Not submitted yet"),
            tr(
                "You have answered all {total} indicators but not submitted them yet.\n\n"
                "Submit them now? Until you submit, the facilitator does not count your answers. "
                "They stay saved if you close without submitting, and you can submit later."
            ).format(total=wt.view.total),
            QMessageBox.StandardButton.NoButton,
            wt.window(),
        )
        box.setObjectName("closeQuestion")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.submit_button = box.addButton(tr("Submit answers"), QMessageBox.ButtonRole.AcceptRole)
        box.close_button = box.addButton(
            tr("Close without submitting"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.cancel_button = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.submit_button)
        box.setEscapeButton(box.cancel_button)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self.question = None
            box.deleteLater()
            if clicked is box.submit_button:
                wt.submit(confirm=False)
            elif clicked is box.close_button:
                proceed()

        box.finished.connect(answered)
        self.question = box
        box.open()
        return False

    def _guarded_window(self) -> QWidget | None:
        return self._guarded() if self._guarded is not None else None

    def watch(self) -> None:
        """Watch the window the walk-through sits in now (it may have moved into another)."""
        window = self.walkthrough.window()
        guarded = self._guarded_window()
        if window is guarded:
            return
        if guarded is not None:
            with contextlib.suppress(RuntimeError):
                guarded.removeEventFilter(self)
        self._guarded = weakref.ref(window)  # never keeps a closed window's wrapper alive
        window.installEventFilter(self)

    def _close_without_submitting(self) -> None:
        window = self._guarded_window()
        if window is None:
            return
        self._close_allowed = True
        try:
            window.close()
        finally:
            self._close_allowed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            watched is self._guarded_window()
            and event.type() == QEvent.Type.Close
            and self.walkthrough.ask_before_close
            and not self._close_allowed
            and not self.confirm_close(self._close_without_submitting)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)
