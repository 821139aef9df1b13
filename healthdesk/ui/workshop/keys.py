"""The workshop's keys: what each does on the presentation (the capture bar's own keys are in capture.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from .window import WorkshopWindow

MOVES_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down)
MOVES_BACK = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace)


def handle_key(window: WorkshopWindow, event: QKeyEvent) -> bool:
    """What a key does in the room: True when it was one of the workshop's keys (docs/workshop.md, overlays.key_help).
    Keys typed into the capture bar are the bar's; ? and F1 toggle the help, which any other key closes."""
    key = event.key()
    focus = QApplication.focusWidget()
    if window.capture.isVisible() and focus is not None and window.capture.isAncestorOf(focus):
        return True  # typed into the bar: never a slide command (the bar's fields handle their keys)
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key in (Qt.Key.Key_Question, Qt.Key.Key_F1):
        window.toggle_help()
        return True
    if window.help.isVisible():
        window.help.hide()  # any other key closes the help; Esc only that, the others then do their job
        if key == Qt.Key.Key_Escape:
            return True
    if key == Qt.Key.Key_Escape and window.overlay.isVisible():
        window.overlay.hide()
        return True
    if event.matches(QKeySequence.StandardKey.Undo):
        window.undo()
        return True
    if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    step = window.current_step()
    on_captured = step is not None and step.kind == "captured"
    if on_captured and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        window.select_row(key - Qt.Key.Key_1)
        return True
    if key in (Qt.Key.Key_E, Qt.Key.Key_F2):
        window.edit_selected()
        return True
    if key == Qt.Key.Key_Delete and on_captured:
        window.delete_selected()
        return True
    if key == Qt.Key.Key_L:
        window.toggle_language()
        return True
    if window.blank and key in MOVES_NEXT + MOVES_BACK:
        window.toggle_blank()  # back to the screen the room left, not past it (a clicker has no B)
    elif key in MOVES_NEXT:
        window.next_step()
    elif key in MOVES_BACK:
        window.previous_step()
    elif key == Qt.Key.Key_Home:
        window.show_step(0)
    elif key == Qt.Key.Key_End:
        window.show_step(len(window.steps) - 1)
    elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
        window.toggle_blank()
    elif key == Qt.Key.Key_R:
        window.toggle_reveal()
    elif key == Qt.Key.Key_N:
        window.toggle_notes()
    elif key == Qt.Key.Key_A:
        window.open_capture("action")
    elif key == Qt.Key.Key_G:
        window.open_capture("goal")
    elif key == Qt.Key.Key_Escape:
        window.request_leave()
    else:
        return False
    return True
