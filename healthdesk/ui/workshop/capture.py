"""The capture bar: typing a goal or an action while presenting, saved into the action plan with Enter. The rules
(defaults, the side a member sets, what one capture stores) are ``model.Capture``'s; this is the widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services import followup as svc
from ..common import theme
from ..common.linebreak import join_hints, keep_whole
from . import model
from .model import DEFAULT_LEVEL, DEFAULT_SIDE, LEVELS, Capture
from .style import label as _label
from .style import level_words

MEMBER_NAME_ROLE = Qt.ItemDataRole.UserRole + 1

TR_CONTEXT = "Workshop"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the workshop's context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


class CaptureBar(QFrame):
    """Typing a goal or an action while presenting. One straight path: (level →) title → owner → side, Enter
    saves into the action plan. Level and side are shown in words and go back to the stated defaults after each
    save; choosing a member of the partnership as owner sets the side. Keys typed here never reach the slides:
    only Enter saves, Esc puts the bar away and keeps the draft (kept in the database as it is typed)."""

    submitted = Signal()
    dismissed = Signal()
    draft_changed = Signal()
    undo_requested = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("captureBar")
        self.kind = "action"
        self.editing: tuple[str, int] | None = None  # (kind, id) while an earlier capture is being corrected
        self.dimension_id = ""
        self.dimension_name = ""
        self.members: dict[str, str] = {}  # member name -> side
        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.MARGIN, theme.GRID, theme.MARGIN, theme.GRID)
        outer.setSpacing(theme.GRID)
        row = QHBoxLayout()
        row.setSpacing(theme.MARGIN)
        self.prompt = _label(wrap=False)
        self.prompt.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("captureLevel")
        for level in LEVELS:
            self.level_combo.addItem("", level)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("captureTitle")
        self.title_edit.setMaxLength(svc.TITLE_CAP)
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("captureOwner")
        self.owner_edit.setMaxLength(200)
        self.member_model = QStandardItemModel(self)
        self.completer = QCompleter(self.member_model, self)
        self.completer.setCompletionRole(MEMBER_NAME_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner_edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._member_chosen)
        # Whose owner: the partner's label is shown, so the owner lands on the side meant.
        self.side_combo = QComboBox()
        self.side_combo.setObjectName("captureSide")
        for side in ("", "A", "B"):
            self.side_combo.addItem(side, side)
        for combo in (self.level_combo, self.side_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the words never clipped
        row.addWidget(self.prompt)
        row.addWidget(self.level_combo)
        row.addWidget(self.title_edit, 3)
        row.addWidget(self.owner_edit, 1)
        row.addWidget(self.side_combo)
        outer.addLayout(row)
        self.hint = _label(role="footer", wrap=True)
        self.hint.setObjectName("captureHint")
        outer.addWidget(self.hint)
        self.inputs: tuple[QWidget, ...] = (
            self.level_combo,
            self.title_edit,
            self.owner_edit,
            self.side_combo,
        )
        for w in self.inputs:
            w.installEventFilter(self)
        self.title_edit.textEdited.connect(lambda _t: self.draft_changed.emit())
        self.owner_edit.textEdited.connect(self._owner_edited)
        self.level_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.side_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.reset_choices()

    # -- state ------------------------------------------------------------------------------------------------
    def open(self, kind: str, dimension_id: str, dimension_name: str) -> None:
        if kind != self.kind and not self.draft() and self.editing is None:
            self.clear()
        if self.editing is None:
            self.kind = kind
            if not self.draft():  # a draft stays with the dimension where it was typed (the prompt names it)
                self.dimension_id = dimension_id
                self.dimension_name = dimension_name
        self.level_combo.setVisible(self.kind == "goal")
        self.retranslate_ui()
        self.show()
        self.title_edit.setFocus()

    def edit(self, kind: str, item: Any, dimension_name: str) -> None:
        """Open the bar on an earlier capture: Enter stores the correction (undo brings the old one back)."""
        fields = Capture.of_item(kind, item)
        if kind != "goal":
            fields.level = self.level()  # an action has no level: the hidden field keeps its own
        self.load(fields, dimension_name)
        self.editing = fields.editing
        self.level_combo.setVisible(kind == "goal")
        self.retranslate_ui()
        self.show()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def fields(self) -> Capture:
        """What the bar holds, as typed (``model.Capture``: the rules of what a save stores)."""
        return Capture(
            kind=self.kind,
            title=self.title_edit.text(),
            owner=self.owner_edit.text(),
            side=self.side(),
            level=self.level(),
            dimension_id=self.dimension_id,
            editing=self.editing,
        )

    def load(self, fields: Capture, dimension_name: str) -> None:
        self.kind = fields.kind
        self.dimension_id = fields.dimension_id
        self.dimension_name = dimension_name
        self.title_edit.setText(fields.title)
        self.owner_edit.setText(fields.owner)
        self.set_level(fields.level)
        self.set_side(fields.side)

    def draft(self) -> str:
        return self.fields().draft()

    def owner(self) -> str:
        return self.fields().owner_name()

    def clear(self) -> None:
        self.title_edit.setText("")  # setText, not clear(): a saved capture is not the fields' own undo
        self.owner_edit.setText("")
        self.editing = None
        self.reset_choices()

    def reset_choices(self) -> None:
        """Level and side back to the stated defaults (after every save, so nothing carries over unseen)."""
        self.set_level(DEFAULT_LEVEL)
        self.set_side(DEFAULT_SIDE)

    def level(self) -> str:
        return self.level_combo.currentData()

    def set_level(self, level: str) -> None:
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(level)))

    def side(self) -> str:
        return self.side_combo.currentData()

    def set_side(self, side: str) -> None:
        self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(side)))

    def set_side_labels(self, labels: dict[str, str]) -> None:
        self.labels = labels
        for i in range(self.side_combo.count()):
            side = self.side_combo.itemData(i)
            text = labels.get(side, side) if side else tr("Side: not set")
            self.side_combo.setItemText(i, text)

    def set_members(self, members: list[tuple[str, str]], labels: dict[str, str]) -> None:
        """The partnership's members (name, side): the owner field completes from them."""
        self.members = model.member_sides(members)
        self.member_model.clear()
        for name, side in self.members.items():
            item = QStandardItem(f"{name} · {labels.get(side, side)}")
            item.setData(name, MEMBER_NAME_ROLE)
            self.member_model.appendRow(item)

    def _member_chosen(self, name: str) -> None:
        side = self.members.get(name.strip())
        if side:
            self.set_side(side)
        self._changed()

    def _owner_edited(self, text: str) -> None:
        side = self.members.get(text.strip())
        if side:
            self.set_side(side)
        self._changed()

    def _changed(self) -> None:
        self._update_state()
        self.draft_changed.emit()

    def state(self) -> dict[str, str]:
        return self.fields().state()

    def restore(self, state: dict[str, Any], dimension_name: str) -> None:
        self.load(Capture.from_state(state), dimension_name)

    # -- words ------------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        where = self.dimension_name
        if self.editing is not None:
            text = tr("Correct the goal:") if self.kind == "goal" else tr("Correct the action:")
        elif self.kind == "goal":
            text = tr("New goal for {dimension}:") if where else tr("New goal:")
        else:
            text = tr("New action for {dimension}:") if where else tr("New action:")
        self.prompt.setText(text.format(dimension=where))
        self.title_edit.setPlaceholderText(tr("What was agreed"))
        self.owner_edit.setPlaceholderText(tr("Owner"))
        words = level_words()
        for i in range(self.level_combo.count()):
            self.level_combo.setItemText(i, words[self.level_combo.itemData(i)])
        self.set_side_labels(getattr(self, "labels", {}))
        self._update_state()

    def _update_state(self) -> None:
        side = self.side()
        side_text = self.side_combo.currentText() if side else tr("not set")
        parts = []
        if self.kind == "goal":
            parts.append(tr("Level: {level}").format(level=level_words()[self.level()]))
        parts.append(tr("Owner's side: {side}").format(side=side_text))
        keys = [tr("Tab next field"), *([tr("1 2 3 level")] if self.kind == "goal" else [])]
        keys += [tr("← → side"), tr("Enter saves"), tr("Esc keeps a draft"), tr("Ctrl+Z undo")]
        after = tr("After saving: {level}, side not set").format(level=level_words()[DEFAULT_LEVEL])
        if self.kind != "goal":
            after = tr("After saving: side not set")
        # Each part and key hint kept whole ("短期目标" never split): lines break only between them.
        self.hint.setText(
            join_hints(parts, tr(" · ")) + "  —  " + join_hints(keys) + "  —  " + keep_whole(after)
        )
        if self.owner() and not side:
            self.hint.setProperty("ws", "warn")
        else:
            self.hint.setProperty("ws", "footer")
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)

    def problem(self) -> str:
        """Why Enter cannot save yet ("" when it can)."""
        if self.fields().problem() == "side_missing":
            return tr("Choose the owner's side first (Tab to the side, ← → to pick it).")
        return ""

    # -- keys -------------------------------------------------------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        chain = [self.title_edit, self.owner_edit, self.side_combo]
        return ([self.level_combo] if self.kind == "goal" else []) + chain

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and obj in self.inputs:
            return self._field_key(obj, event)
        return super().eventFilter(obj, event)

    def _field_key(self, obj: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            chain = self.focus_chain()
            step = -1 if key == Qt.Key.Key_Backtab or mods & Qt.KeyboardModifier.ShiftModifier else 1
            i = chain.index(obj) if obj in chain else 0
            chain[(i + step) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False  # Enter picks from an open list first
            self.submitted.emit()
            return True
        if key == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return True
        if key == Qt.Key.Key_F1:
            self.help_requested.emit()
            return True
        if event.matches(QKeySequence.StandardKey.Undo):
            if isinstance(obj, QLineEdit) and obj.isUndoAvailable():
                return False  # undo the typing first
            self.undo_requested.emit()
            return True
        if obj is self.level_combo and key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
            self.set_level(LEVELS[key - Qt.Key.Key_1])
            return True
        if obj is self.side_combo and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Space,
        ):
            self.set_side(model.other_side(self.side()))
            return True
        if obj is self.side_combo and key in (Qt.Key.Key_1, Qt.Key.Key_2):
            self.set_side("A" if key == Qt.Key.Key_1 else "B")
            return True
        if isinstance(obj, QComboBox) and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            return True  # a clicker press changes nothing here
        # Arrows and page keys in a text field: never a slide command, never a save.
        return isinstance(obj, QLineEdit) and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Whatever a field leaves unused stops here: nothing typed in the bar reaches the slides.
        if event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
        event.accept()
