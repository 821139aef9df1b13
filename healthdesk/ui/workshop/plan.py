"""Capturing in the room and fixing what was captured: the capture bar opened on the dimension on screen, Enter
saving a goal or an action (or the correction of one; what is stored is ``model.Capture``'s rule), a row of
"goals and actions agreed" picked, corrected or deleted, and one undo for the room and the main window (the
action plan's own service calls: ``delete_goal``/``restore_goal``, ``delete_action``/``restore_action``,
``update_goal``/``update_action`` with the item's previous values)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ...services import followup as svc
from ..common import widgets
from ..common.messages import error_text
from . import model
from .model import Capture

if TYPE_CHECKING:
    from .window import WorkshopWindow

TR_CONTEXT = "Workshop"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the workshop's context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


class RoomCaptures:
    """The capture workflow of a workshop window. Every write goes through the context (``ctx.try_call``); a
    refusal is shown on the window."""

    def __init__(self, window: WorkshopWindow):
        self.window = window
        self.undo_stack: list[tuple[str, Callable[[], Any]]] = []

    # -- the bar
    def prepare_bar(self) -> None:
        w = self.window
        labels = {side: w.side_label(side) for side in model.SIDES}
        w.capture.set_side_labels(labels)
        members = [(m.name, m.side) for m in w.data.partnership.members] if w.data else []
        w.capture.set_members(members, labels)

    def open(self, kind: str) -> None:
        """A or G: the bar for an action or a goal of the dimension on screen (a draft keeps its own)."""
        w = self.window
        if w.ctx.read_only:
            w.show_toast(tr("Read-only: nothing can be captured here."))
            return
        step = w.current_step()
        dim = step.dimension_id if step else ""
        self.prepare_bar()
        if not w.capture.draft() and w.capture.editing is None:
            w.capture.dimension_id = dim
        w.capture.open(kind, dim, w.dim_name(dim) if dim else "")
        w.capture.dimension_name = w.dim_name(w.capture.dimension_id) if w.capture.dimension_id else ""
        w.capture.retranslate_ui()
        w.refit()
        w.save_state()

    def close(self) -> None:
        """Esc: the bar goes away, its text stays as the draft (A or G brings it back). With the help open, Esc
        closes the help first."""
        w = self.window
        if w.help.isVisible():
            w.help.hide()
            return
        w.capture.hide()
        w.refit()
        w.save_state()
        w.setFocus()

    def save(self) -> bool:
        """Enter: store what the bar holds into the action plan (a new capture, or the correction of one);
        True when something was saved. Undo (Ctrl+Z, here or in the action plan) takes it back."""
        w = self.window
        fields = w.capture.fields()
        if not fields.draft():
            if fields.editing is not None:
                w.capture.clear()
            self.close()
            return False
        problem = w.capture.problem()
        if problem:
            w.show_toast(problem, warn=True)
            return False
        before = self.find_item(*fields.editing) if fields.editing else None
        if not self.store(fields, before):
            return False
        w.capture.clear()
        w.capture.hide()
        w.refit()
        w.setFocus()
        w.show_toast(tr("Saved to the action plan ✓") if before is None else tr("Corrected ✓"))
        w.refresh_followup()
        return True

    # -- the rows of "goals and actions agreed"
    def find_item(self, kind: str, item_id: int) -> Any:
        for k, item in self.window.captured_items():
            if k == kind and item.id == item_id:
                return item
        return None

    def selected_item(self) -> tuple[str, Any] | None:
        items = self.window.captured_items()
        if not items:
            return None
        return items[model.picked_row(len(items), self.window.room.selected)]

    def select_row(self, n: int) -> None:
        w = self.window
        if 0 <= n < len(w.captured_items()):
            w.room.selected = n
            w.show_step(w.index, record=False)

    def edit_selected(self) -> None:
        w = self.window
        picked = self.selected_item()
        if picked is None or w.ctx.read_only:
            return
        kind, item = picked
        self.prepare_bar()
        dim = (item.dimensions[0] if item.dimensions else "") if kind == "goal" else item.dimension_id
        w.capture.edit(kind, item, w.dim_name(dim) if dim else "")
        w.refit()

    def delete_selected(self) -> None:
        w = self.window
        picked = self.selected_item()
        if picked is None or w.ctx.read_only:
            return
        kind, item = picked
        if not self.delete(kind, item):
            return
        w.room.selected = -1
        w.show_toast(
            tr("Deleted “{name}”. Ctrl+Z brings it back.").format(name=model.shorten(item.title, 40))
        )
        w.refresh_followup()

    def undo(self) -> None:
        """Ctrl+Z: undo the room's last capture, correction or delete."""
        w = self.window
        if not self.undo_stack or w.ctx.read_only:
            w.show_toast(tr("Nothing to undo."))
            return
        description, fn = self.undo_stack.pop()
        fn()
        host = w.parent_window
        if host is not None and hasattr(host, "drop_undo"):
            host.drop_undo(fn)  # the main window's Edit ▸ Undo no longer offers what the room undid
        w.show_toast(tr("Undone: {action}").format(action=description))
        w.refresh_followup()

    # -- the writes
    def _call(self, fn: Callable[..., Any], *args: Any) -> tuple[Any, bool]:
        result, error = self.window.ctx.try_call(fn, *args)
        if error is not None:
            widgets.show_error(self.window, error_text(error))
            return None, False
        return result, True

    def store(self, fields: Capture, before: Any) -> bool:
        """Save what the bar holds: a new goal or action, or the correction of ``before``; True when saved.
        Undo takes it back."""
        w = self.window
        title = fields.draft()
        if fields.kind == "goal":
            data = fields.goal_input(before, w.round_id)
            if before is None:
                result, ok = self._call(svc.create_goal, w.partnership_id, data, w.as_of)
            else:
                result, ok = self._call(svc.update_goal, before.id, data, w.as_of)
        else:
            action = fields.action_input(before, w.round_id)
            if before is None:
                result, ok = self._call(svc.create_action, w.partnership_id, action, w.as_of)
            else:
                result, ok = self._call(svc.update_action, before.id, action, w.as_of)
        if not ok:
            return False
        if before is None:
            self.push_undo(
                tr("capture of “{name}”").format(name=title), self._undo_create(fields.kind, result.id)
            )
        else:
            self.push_undo(
                tr("correction of “{name}”").format(name=title), self._undo_edit(fields.kind, before)
            )
        return True

    def delete(self, kind: str, item: Any) -> bool:
        """Delete a captured goal or action (Ctrl+Z restores it); True when deleted."""
        delete = svc.delete_goal if kind == "goal" else svc.delete_action
        restore = svc.restore_goal if kind == "goal" else svc.restore_action
        deleted, ok = self._call(delete, item.id)
        if not ok:
            return False

        def undo() -> None:
            self._call(restore, deleted)

        self.push_undo(tr("delete of “{name}”").format(name=item.title), undo)
        return True

    def _undo_create(self, kind: str, item_id: int) -> Callable[[], None]:
        delete = svc.delete_goal if kind == "goal" else svc.delete_action

        def undo() -> None:
            fu, ok = self._call(svc.get_followup, self.window.partnership_id)
            if not ok:
                return
            there = {g.id for g in fu.goals} if kind == "goal" else {a.id for a in fu.actions}
            if item_id in there:  # undoing twice (here and in the main window) changes nothing
                self._call(delete, item_id)

        return undo

    def _undo_edit(self, kind: str, before: Any) -> Callable[[], None]:
        update = svc.update_goal if kind == "goal" else svc.update_action

        def undo() -> None:
            self._call(update, before.id, before.as_input(), self.window.as_of)

        return undo

    def push_undo(self, description: str, fn: Callable[[], None]) -> None:
        """One undo for the room and the action plan: the same (description, function) the action plan keeps,
        also handed to the main window's Edit ▸ Undo when the workshop was opened from it."""
        done: list[bool] = []

        def once() -> None:  # undone here or in the main window, never both
            if not done:
                done.append(True)
                fn()

        self.undo_stack.append((description, once))
        host = self.window.parent_window
        if host is not None and hasattr(host, "push_undo"):
            host.push_undo(description, once)
