"""The pieces of one assessment page: a capped text box with a visible counter, the five level cards and the
indicator card that holds them (keys 1–5 and N choose, ↑/↓ move on).

These widgets only show state and report what the user did; saving is the walk-through's job
(``healthdesk.ui.walkthrough.window``), so what a card shows as chosen is always what the store holds.
"""

from __future__ import annotations

import ctypes
import itertools
import sys

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCursor,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...framework import Indicator
from ...services.responses import NOT_APPLICABLE
from ...services.validation import TEXT_CAP
from ..common import linebreak, theme
from .model import KEY_SCORES, Score


def repair_signal_emit() -> bool:
    """Work around a PySide6 6.12.0 reference-count bug: ``SignalInstance.emit()`` called from Python returns
    ``True`` without a new reference, so every emit takes one reference from ``True`` until the interpreter
    aborts ("bool_dealloc: deallocating True or False") – after a few thousand emits, i.e. mid-workshop.

    Detects the bug with a probe signal and, only then, gives the lost references back and wraps ``emit`` so
    each call returns its reference. Harmless where the bug is fixed (nothing is patched). Idempotent.
    Returns True when the wrapper was installed by this call.
    """
    if getattr(SignalInstance.emit, "healthdesk_refcount_fix", False):
        return False

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost <= 0:
        return False
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    for _ in range(lost):
        incref(True)
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)
        return result

    emit.healthdesk_refcount_fix = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True


repair_signal_emit()

SCORE_KEYS = {getattr(Qt.Key, f"Key_{key}"): score for key, score in KEY_SCORES.items()}  # 1–5, N

STYLESHEET = f"""
QLabel#levelNumber {{
    font-size: 14pt;
    font-weight: 700;
    color: {theme.TEXT_MUTED};
}}
QLabel#levelNumber[checked="true"] {{
    color: {theme.ACCENT};
}}
QLabel#levelText {{
    color: {theme.TEXT};
}}
QLabel#indicatorName {{
    font-size: 12pt;
    font-weight: 600;
    color: {theme.TEXT};
}}
QLabel#indicatorHelp, QLabel#keyHint {{
    color: {theme.TEXT_MUTED};
}}
QLabel#scaleNote {{
    background: {theme.WARNING_BG};
    border-radius: 4px;
    padding: 2px {theme.GRID}px;
}}
QLabel#answerState[answered="true"] {{
    color: {theme.GREEN};
    font-weight: 600;
}}
QLabel#answerState[answered="false"] {{
    color: {theme.TEXT_MUTED};
}}
QLabel#textCounter {{
    color: {theme.TEXT_MUTED};
}}
QLabel#textCounter[full="true"] {{
    color: {theme.ERROR};
    font-weight: 600;
}}
QLabel#textNote {{
    background: {theme.ERROR_BG};
    color: {theme.ERROR};
    border-radius: 4px;
    padding: 2px {theme.GRID}px;
}}
"""


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QLabel):
        style.unpolish(child)
        style.polish(child)
    widget.update()


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class WrapLabel(QLabel):
    """A plain-text label that wraps."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)


class BalancedWrapLabel(QLabel):
    """A plain-text label whose lines break only where ``linebreak.break_lines`` allows (never inside a word as
    far as the text shows one: "也快 / 于双方" and "持续增 / 长" are refused, breaks go between clauses) and are
    of even length, like CSS ``text-wrap: balance``, so no line holds a lone character or two ("业\\n务。").
    Drawn left-aligned from the top; the height is that of the lines chosen."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._cache: dict[int, tuple[list[int], int]] = {}  # text width -> (line lengths, text height)

    # -- the layout ----------------------------------------------------------------------------------------
    def _layout(self, width: int, lengths: list[int] | None = None) -> QTextLayout:
        """The text laid out at ``width``: in lines of ``lengths`` characters, or as plain wrapping would."""
        layout = QTextLayout(self.text(), self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        for n in itertools.count():
            line = layout.createLine()
            if not line.isValid():
                break
            if lengths is not None and n < len(lengths):
                line.setNumColumns(lengths[n])
            else:
                line.setLineWidth(max(1, width))
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    def _text_width(self, width: int) -> int:
        margins = self.contentsMargins()
        return max(1, width - margins.left() - margins.right() - 2 * self.margin())

    def arrangement(self, width: int) -> tuple[list[int], int]:
        """(the lengths of the lines, the text's height) for a text area ``width`` pixels wide."""
        cached = self._cache.get(width)
        if cached is None:
            metrics = QFontMetricsF(self.font())
            lengths = linebreak.break_lines(self.text(), width, metrics.horizontalAdvance)
            height = int(self._layout(width, lengths).boundingRect().height() + 0.999)
            cached = self._cache[width] = (lengths, height)
        return cached

    def lines(self, width: int | None = None) -> list[str]:
        """The text's lines as drawn at the label's width (or at ``width`` pixels for the whole label)."""
        lengths = self.arrangement(self._text_width(self.width() if width is None else width))[0]
        text, out, start = self.text(), [], 0
        for n in lengths:
            out.append(text[start : start + n])
            start += n
        return out

    # -- QLabel --------------------------------------------------------------------------------------------
    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        if text != self.text():
            self._cache.clear()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._cache.clear()
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        margins = self.contentsMargins()
        if not self.text():
            return margins.top() + margins.bottom() + 2 * self.margin()
        return (
            self.arrangement(self._text_width(width))[1]
            + margins.top()
            + margins.bottom()
            + 2 * self.margin()
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        self.drawFrame(painter)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, self.foregroundRole()))
        width = max(1, rect.width())
        layout = self._layout(width, self.arrangement(width)[0])
        layout.draw(painter, QPointF(rect.left(), rect.top()))


class _CardBase(QWidget):
    """A rounded card painted here rather than by a style sheet: a style-sheet border changes the contents
    rectangle, and wrapped labels inside then get a height computed for the wrong width (clipped last line)."""

    BORDER = 2  # room kept for the thickest border, so the contents never move

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._background = QColor(theme.SURFACE)
        self._border = QColor(theme.BORDER)
        self._border_width = 1

    def set_look(self, background: str, border: str, width: int) -> None:
        self._background, self._border, self._border_width = QColor(background), QColor(border), width
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._border)
        pen.setWidthF(self._border_width)
        painter.setPen(pen)
        painter.setBrush(self._background)
        inset = self._border_width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 6, 6)


class _PlainTextEdit(QPlainTextEdit):
    """A plain text box that tells when it loses focus (so typed text is saved at once)."""

    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.focus_left.emit()


class CappedTextBox(QWidget):
    """A multi-line text box with a length cap, a visible counter ("123 / 5000") and a clear note when something
    did not fit. Typing at the cap is refused; a paste that is too long keeps what fits and says how much was
    left out (the full text is still on the clipboard). ``edited`` fires for the user's changes only."""

    edited = Signal()
    focus_left = Signal()

    def __init__(self, cap: int = TEXT_CAP, lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.cap = cap
        self._guard = False
        self._last_note = ""
        self.edit = _PlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * lines + 2 * theme.GRID + 4)
        self.edit.document().contentsChange.connect(self._on_contents_change)
        self.edit.focus_left.connect(self.focus_left)
        self.counter = QLabel()
        self.counter.setObjectName("textCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.note = WrapLabel()
        self.note.setObjectName("textNote")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        under = QHBoxLayout()
        under.setSpacing(theme.GRID)
        under.addWidget(self.note, 1)
        under.addStretch(0)
        under.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(under)
        self._overflow = 0  # characters left out by the last change
        self._overflow_count = 0  # shown in the note
        self._update_counter()

    # -- text ----------------------------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Set the text without counting it as the user's edit."""
        self._guard = True
        try:
            self.edit.setPlainText(text[: self.cap])
        finally:
            self._guard = False
        self._overflow = 0
        self.note.hide()
        self._update_counter()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def set_placeholder(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    # -- the cap -------------------------------------------------------------------------------------------
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._guard:
            return
        text = self.edit.toPlainText()
        over = len(text) - self.cap
        if over > 0:
            self._trim(text, position, added, over)
        else:
            self._overflow = 0
        self._update_counter()
        self._update_note()
        self.edited.emit()

    def _trim(self, text: str, position: int, added: int, over: int) -> None:
        """Remove the last ``over`` characters of what was just inserted (Qt positions count UTF-16 units)."""
        raw = text.encode("utf-16-le")
        total = len(raw) // 2
        start = max(0, min(position, total))
        end = max(start, min(position + added, total))
        inserted = raw[start * 2 : end * 2].decode("utf-16-le", errors="surrogatepass")
        keep = inserted[: max(0, len(inserted) - over)]
        cut_from = start + utf16_len(keep)
        self._guard = True
        try:
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(cut_from)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            rest = self.edit.toPlainText()
            if len(rest) > self.cap:  # cannot happen for a normal insertion; never keep more than the cap
                cursor.setPosition(utf16_len(rest[: self.cap]))
                cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
            self.edit.setTextCursor(cursor)
        finally:
            self._guard = False
        self._overflow = len(inserted) - len(keep)

    def _update_counter(self) -> None:
        length = len(self.edit.toPlainText())
        self.counter.setText(f"{length} / {self.cap}")
        full = length >= self.cap
        if self.counter.property("full") != full:
            self.counter.setProperty("full", full)
            repolish(self.counter)

    def _update_note(self) -> None:
        if self._overflow > 1:
            self._last_note = "paste"
        elif self._overflow == 1:
            self._last_note = "typed"
        elif len(self.edit.toPlainText()) < self.cap:
            self._last_note = ""
        if self._overflow:
            self._overflow_count = self._overflow
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._last_note == "paste":
            self.note.setText(
                self.tr(
                    "The inserted text was too long: its last {count} characters were left out (a box holds at "
                    "most {cap} characters). If you pasted it, the full text is still on the clipboard."
                ).format(count=self._overflow_count, cap=self.cap)
            )
        elif self._last_note == "typed":
            self.note.setText(
                self.tr(
                    "This box is full: at most {cap} characters fit. Shorten the text to add more."
                ).format(cap=self.cap)
            )
        self.note.setVisible(bool(self._last_note))
        self.counter.setToolTip(self.tr("Characters used / the most this box holds"))


class LevelCard(_CardBase):
    """One of the five level descriptions (or "not applicable"): click to choose it."""

    clicked = Signal(object)

    def __init__(self, score: Score, parent: QWidget | None = None):
        super().__init__(parent)
        self.score = score
        self.setObjectName("levelCard")
        self._checked = False
        self._hover = False
        self._read_only = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.number = QLabel("N" if score == NOT_APPLICABLE else str(score))
        self.number.setObjectName("levelNumber")
        self.number.setProperty("checked", False)
        self.text = WrapLabel() if score == NOT_APPLICABLE else BalancedWrapLabel()
        self.text.setObjectName("levelText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        pad = theme.GRID + self.BORDER
        if score == NOT_APPLICABLE:
            layout = QHBoxLayout(self)
            layout.setContentsMargins(pad, 4 + self.BORDER, pad, 4 + self.BORDER)
            layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(self.text, 1, Qt.AlignmentFlag.AlignVCenter)
            self.text.setWordWrap(False)
            self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        else:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(pad, pad, pad, pad)
            layout.addWidget(self.number)
            layout.addWidget(self.text, 1)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.setSpacing(4)
        self._restyle()

    def _restyle(self) -> None:
        if self._checked:
            border = theme.TEXT_MUTED if self._read_only else theme.ACCENT
            self.set_look(theme.INFO_BG, border, 2)
        elif self._hover and not self._read_only:
            self.set_look(theme.SURFACE_ALT, theme.ACCENT, 1)
        else:
            self.set_look(theme.SURFACE if self._read_only else theme.SURFACE_ALT, theme.BORDER, 1)
        if self.number.property("checked") != self._checked:
            self.number.setProperty("checked", self._checked)
            repolish(self.number)

    def set_checked(self, checked: bool) -> None:
        if self._checked != checked:
            self._checked = checked
            self._restyle()

    def is_checked(self) -> bool:
        return self._checked

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.PointingHandCursor)
        self._restyle()

    def set_description(self, text: str, accessible: str) -> None:
        self.text.setText(text)
        self.setAccessibleName(accessible)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.HoverEnter, QEvent.Type.HoverLeave):
            self._hover = event.type() == QEvent.Type.HoverEnter
            self._restyle()
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            event.accept()
            if not self._read_only:
                self.clicked.emit(self.score)
            return
        super().mouseReleaseEvent(event)


class IndicatorCard(_CardBase):
    """One indicator: its name and help, five level cards, "not applicable", and a problem description box.

    The card itself takes keyboard focus: 1–5 and N choose (``key_chosen``: the walk-through saves and moves on to
    the next indicator, as survey tools do), ←/→ step through the levels, ↑/↓ move to the previous/next indicator,
    Tab goes on to the problem box. ``chosen(indicator_id, score)`` (a click, ←/→) asks the walk-through to save;
    the card shows the choice only when ``set_score`` is called with what was stored.
    """

    chosen = Signal(str, object)
    key_chosen = Signal(str, object)  # indicator id, score: typed 1–5 or N (save, then go on)
    problem_edited = Signal(str)
    problem_left = Signal(str)
    move_requested = Signal(str, int)  # indicator id, +1 / -1
    focused = Signal(str)

    def __init__(self, indicator: Indicator, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.indicator = indicator
        self.number_text = number
        self.score: Score = None
        self.read_only = False
        self.lang = "en"
        self.setObjectName("indicatorCard")
        self._focused = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.name_label = WrapLabel()
        self.name_label.setObjectName("indicatorName")
        self.state_label = QLabel()
        self.state_label.setObjectName("answerState")
        self.state_label.setProperty("answered", False)
        self.help_label = WrapLabel()
        self.help_label.setObjectName("indicatorHelp")
        self.scale_note = WrapLabel()
        self.scale_note.setObjectName("scaleNote")
        self.scale_note.setVisible(indicator.high_is_bad)

        self.level_cards: dict[int, LevelCard] = {}
        levels = QHBoxLayout()
        levels.setSpacing(theme.GRID)
        for score in range(1, 6):
            card = LevelCard(score)
            card.clicked.connect(self._card_clicked)
            self.level_cards[score] = card
            levels.addWidget(card, 1)
        self.na_card = LevelCard(NOT_APPLICABLE)
        self.na_card.clicked.connect(self._card_clicked)
        self.key_hint = WrapLabel()
        self.key_hint.setObjectName("keyHint")
        self.problem_label = QLabel()
        self.problem_box = CappedTextBox(TEXT_CAP, lines=3)
        self.problem_label.setBuddy(self.problem_box.edit)
        self.problem_box.edited.connect(lambda: self.problem_edited.emit(self.indicator.id))
        self.problem_box.focus_left.connect(lambda: self.problem_left.emit(self.indicator.id))

        layout = QVBoxLayout(self)
        m = 2 * theme.GRID + self.BORDER
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(theme.GRID)
        head = QHBoxLayout()
        head.setSpacing(theme.GRID)
        head.addWidget(self.name_label, 1)
        head.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addWidget(self.help_label)
        layout.addWidget(self.scale_note)
        layout.addLayout(levels)
        na_row = QHBoxLayout()
        na_row.setSpacing(theme.GRID)
        na_row.addWidget(self.na_card, 0)
        na_row.addWidget(self.key_hint, 1)
        layout.addLayout(na_row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.problem_box)

    # -- state ---------------------------------------------------------------------------------------------
    def set_score(self, score: Score) -> None:
        """Show the stored choice."""
        self.score = score
        for value, card in self.level_cards.items():
            card.set_checked(score == value)
        self.na_card.set_checked(score == NOT_APPLICABLE)
        answered = score is not None
        if self.state_label.property("answered") != answered:
            self.state_label.setProperty("answered", answered)
            repolish(self.state_label)
        self._update_state_text()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for card in [*self.level_cards.values(), self.na_card]:
            card.set_read_only(read_only)
        self.problem_box.set_read_only(read_only)

    def problem_text(self) -> str:
        return self.problem_box.text()

    # -- texts ---------------------------------------------------------------------------------------------
    def retranslate_ui(self, lang: str) -> None:
        self.lang = lang
        ind = self.indicator
        name = ind.name.get(lang)
        self.name_label.setText(f"{self.number_text}  {name}")
        help_text = ind.help.get(lang)
        self.help_label.setText(help_text)
        self.help_label.setVisible(bool(help_text))
        self.scale_note.setText(
            self.tr("Here a high value is bad, so the scale is reversed: 5 = low, the healthiest.")
        )
        for score, card in self.level_cards.items():
            text = ind.levels[score].get(lang)
            card.set_description(text, self.tr("Level {score}: {text}").format(score=score, text=text))
        self.na_card.set_description(
            self.tr("Not applicable / don't know"), self.tr("Not applicable / don't know")
        )
        self.key_hint.setText(
            self.tr(
                "Click a description, or press 1–5 (N = not applicable) and the next indicator follows. "
                "Tab goes to the problem box; ↑/↓ move between indicators."
            )
        )
        self.problem_label.setText(self.tr("Problem description (optional): what is going wrong, an example"))
        self.problem_box.set_placeholder(
            self.tr("Describe the problem in a few sentences. Never shown with your name.")
        )
        self.problem_box.retranslate_ui()
        self.setAccessibleName(name)
        self._update_state_text()

    def _update_state_text(self) -> None:
        if self.score is None:
            self.state_label.setText(self.tr("Not answered yet"))
        elif self.score == NOT_APPLICABLE:
            self.state_label.setText("✓ " + self.tr("Not applicable"))
        else:
            self.state_label.setText("✓ " + self.tr("Answered: {score}").format(score=self.score))

    # -- user actions --------------------------------------------------------------------------------------
    def _card_clicked(self, score: Score) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if not self.read_only:
            self.chosen.emit(self.indicator.id, score)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in SCORE_KEYS and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            event.accept()
            if not self.read_only:
                self.key_chosen.emit(self.indicator.id, SCORE_KEYS[Qt.Key(key)])
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and mods == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.move_requested.emit(self.indicator.id, 1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and mods == Qt.KeyboardModifier.NoModifier:
            # Step through the levels: → one healthier, ← one less healthy.
            event.accept()
            if not self.read_only:
                current = self.score if isinstance(self.score, int) else (0 if key == Qt.Key.Key_Right else 6)
                target = current + (1 if key == Qt.Key.Key_Right else -1)
                if 1 <= target <= 5:
                    self.chosen.emit(self.indicator.id, target)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self._set_focused(True)
        self.focused.emit(self.indicator.id)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self._set_focused(False)

    def _set_focused(self, focused: bool) -> None:
        self._focused = focused
        if focused:
            self.set_look(theme.SURFACE, theme.ACCENT, 2)
        else:
            self.set_look(theme.SURFACE, theme.BORDER, 1)

    def has_focus_look(self) -> bool:
        return self._focused


def single_shot(parent: QWidget, ms: int, slot) -> QTimer:  # noqa: ANN001
    """A restartable single-shot timer owned by ``parent``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
