"""What the facilitator reads and the room need not: the notes window (on the laptop's screen when there are
two), the notes overlay (one screen, or a mirrored projector: it says first that the room sees it too) and the
key help overlay (? or F1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ..common import theme, widgets
from ..common.linebreak import join_hints
from .style import LIGHT_INK, sizes
from .style import coloured as _coloured
from .style import label as _label

if TYPE_CHECKING:
    from .window import WorkshopWindow

TR_CONTEXT = "Workshop"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the workshop's context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def step_texts(window: WorkshopWindow) -> tuple[str, str, str] | None:
    """("Step n of total: title", the notes, "Next: title") of the screen on, for the notes window and overlay."""
    step = window.current_step()
    if step is None:
        return None
    where = tr("Step {n} of {total}: {title}").format(
        n=window.index + 1, total=len(window.steps), title=step.title
    )
    notes = step.notes
    if window.room.hidden():
        notes += "\n\n" + tr("The scores are still hidden: press R to reveal them.")
    nxt = window.steps[window.index + 1].title if window.index + 1 < len(window.steps) else tr("(end)")
    return where, notes, tr("Next: {title}").format(title=nxt)


class NotesWindow(QWidget):
    """The facilitator's notes: never on the projector. On a second screen, or hidden and shown with N."""

    def __init__(self, parent_window: WorkshopWindow):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("workshopNotes")
        self.workshop = parent_window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        self.step_label = widgets.title_label()
        self.timer_label = QLabel()
        font = self.timer_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label = widgets.subtitle_label()
        self.captured_title = widgets.section_label()
        # The section's padding-top counts as a frame, and a framed QLabel indents its text by half an "x":
        # none here, so the heading lines up with the lines around it.
        self.captured_title.setIndent(0)
        self.captured_label = QLabel()
        self.captured_label.setWordWrap(True)
        self.captured_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keys_label = widgets.subtitle_label()
        for w in (
            self.step_label,
            self.timer_label,
            self.notes_label,
            self.next_label,
            self.captured_title,
            self.captured_label,
        ):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.keys_label)
        self.resize(640, 560)

    def update_from(self, window: WorkshopWindow) -> None:
        texts = step_texts(window)
        if texts is None:
            return
        where, notes, nxt = texts
        self.setWindowTitle(tr("Facilitator notes – {name}").format(name=window.data.partnership.name))
        self.step_label.setText(where)
        self.timer_label.setText(window.timer_text())
        self.notes_label.setText(notes)
        self.next_label.setText(nxt)
        self.captured_title.setText(tr("Captured in this workshop"))
        captured = window.captured_lines()
        self.captured_label.setText("\n".join(captured) if captured else tr("Nothing yet."))
        self.keys_label.setText(keys_text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - the facilitator may drive from here too
        if not self.workshop.handle_key(event):
            super().keyPressEvent(event)


def keys_text() -> str:
    """The notes' key line: each hint ("N notes", "L 中文/English") kept whole, lines break only between hints."""
    return join_hints(
        (
            tr("→ Space PgDn next"),
            tr("← PgUp back"),
            tr("R reveal"),
            tr("B blank screen"),
            tr("A new action"),
            tr("G new goal"),
            tr("E correct the last capture"),
            tr("Ctrl+Z undo"),
            tr("N notes"),
            tr("? or F1 all keys"),
            tr("L 中文/English"),
            tr("Esc leave"),
        )
    )


def key_help() -> list[tuple[str, str]]:
    """Every key of the workshop, (keys, what they do): the help overlay lists them all (docs/workshop.md too).
    Key names stay as printed on the keyboard, in both languages."""
    return [
        ("→ · Space · PgDn · ↓", tr("Next screen")),
        ("← · PgUp · ↑ · Backspace", tr("Previous screen")),
        ("Home · End", tr("First · last screen")),
        ("R", tr("Reveal the scores of this screen (again: hide them)")),
        ("B · .", tr("Blank the screen (again, or → ←: back)")),
        ("N", tr("Facilitator notes (one screen: the room sees them too)")),
        ("? · F1", tr("This help")),
        ("L", tr("English ⇄ 中文")),
        ("A", tr("Capture an action for the dimension on screen")),
        ("G", tr("Capture a goal (top-level, mid-term or short-term)")),
        ("E · F2", tr("Correct the last capture (or the row picked)")),
        ("1–9", tr("“Goals and actions agreed”: pick a row")),
        ("Delete", tr("“Goals and actions agreed”: delete the row picked")),
        ("Ctrl+Z", tr("Undo the last capture, correction or delete")),
        ("Tab · Enter", tr("In the capture bar: next field · save")),
        ("Esc", tr("Close this help or the notes; otherwise leave (asks first)")),
    ]


class HelpOverlay(QFrame):
    """The keyboard help on the presentation itself (? or F1, Esc closes it): with one screen the notes window is
    never seen, so this is where a facilitator finds every key. It shows keys only, nothing about the results."""

    def __init__(self, workshop: QWidget):
        super().__init__(workshop)
        self.setObjectName("helpOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        self.title = _label(role="heading")
        self.title.setObjectName("helpTitle")
        self.hint = _label(role="muted")
        self.grid = QGridLayout()
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.key_labels: list[QLabel] = []

    def place(self) -> None:
        parent = self.parentWidget()
        w, h = parent.width(), parent.height()
        s = sizes(h)
        self.layout().setContentsMargins(s["margin"], s["margin"] // 2, s["margin"], s["margin"] // 2)
        self.layout().setSpacing(s["gap"] // 2)
        self.grid.setHorizontalSpacing(s["gap"])
        self.grid.setVerticalSpacing(max(2, s["gap"] // 3))
        self.setGeometry(0, 0, w, h)

    def retranslate_ui(self) -> None:
        self.title.setText(tr("Keys"))
        self.hint.setText(tr("? · F1 · Esc close this help"))
        while self.grid.count():
            item = self.grid.takeAt(0)
            old = item.widget()
            if old is not None:
                old.hide()
                old.setParent(None)  # out of the overlay's children at once (texts() sees only the new rows)
                old.deleteLater()
        self.key_labels = []
        rows = key_help()
        half = (len(rows) + 1) // 2  # two columns of (key, what it does)
        for n, (keys, does) in enumerate(rows):
            row, col = n % half, (n // half) * 2
            key_label = _label(keys, wrap=False)
            key_label.setStyleSheet("font-weight: 700;")
            key_label.setObjectName(f"helpKey{n}")
            self.key_labels.append(key_label)
            self.grid.addWidget(key_label, row, col, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(_label(does), row, col + 1, Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)

    def texts(self) -> str:
        return "\n".join(label.text() for label in self.findChildren(QLabel) if label.text())


class NotesOverlay(QFrame):
    """The notes and key help when the projector shows the facilitator's own screen (one screen, or mirrored):
    an overlay the facilitator toggles with N or ?, saying first that the room sees it too."""

    def __init__(self, workshop: QWidget):
        super().__init__(workshop)
        self.setObjectName("notesOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        self.warning = _label(role="heading")
        _coloured(self.warning, LIGHT_INK["red"])
        self.warning.setObjectName("overlayWarning")
        self.step_label = _label(role="heading")
        self.timer_label = _label(wrap=False)
        self.notes_label = _label()
        self.notes_label.setObjectName("overlayNotes")
        self.next_label = _label(role="muted")
        self.keys_label = _label(role="muted")
        self.keys_label.setObjectName("overlayKeys")
        for w in (self.warning, self.step_label, self.timer_label, self.notes_label, self.next_label):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.keys_label)

    def place(self) -> None:
        parent = self.parentWidget()
        w, h = parent.width(), parent.height()
        s = sizes(h)
        self.layout().setContentsMargins(s["margin"], s["margin"] // 2, s["margin"], s["margin"] // 2)
        self.layout().setSpacing(s["gap"] // 2)
        self.setGeometry(0, 0, w, h)  # the whole screen: nothing of the slide peeks out behind the notes

    def update_from(self, window: WorkshopWindow) -> None:
        texts = step_texts(window)
        if texts is None:
            return
        where, notes, nxt = texts
        self.warning.setText(tr("Only you should see this — the projector shows it too. N or Esc hides it."))
        self.step_label.setText(where)
        self.timer_label.setText(window.timer_text() + "  ·  " + window.session_text())
        self.notes_label.setText(notes)
        self.next_label.setText(nxt)
        self.keys_label.setText(keys_text())
        if self.isVisible():
            self.place()
