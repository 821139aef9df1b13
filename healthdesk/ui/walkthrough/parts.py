"""The pieces the walk-through page (``page.py: WalkthroughWidget``) is laid out from: the header with the
progress, the step list, the introduction, a dimension's page, the review page and the footer with the page
buttons and "Submit answers". They show the view-model (``model.py``) and report what the user did; saving and
moving between pages is the walk-through's job.

Words translate under the walk-through's own context, ``WalkthroughWidget`` (where they were before the split).
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...framework import Dimension, Framework
from ...services.dto import ResponseInfo
from ...services.responses import NOT_APPLICABLE
from ...services.validation import TEXT_CAP
from ..common import theme, widgets
from .model import Notice, PageKind, SaveNote, SubmitState, Walkthrough, Why, score_of
from .widgets import STYLESHEET as CARD_STYLESHEET
from .widgets import CappedTextBox, IndicatorCard, WrapLabel

TR_CONTEXT = "WalkthroughWidget"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the walk-through's context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


STYLESHEET = (
    CARD_STYLESHEET
    + f"""
QWidget#walkthrough {{
    background: {theme.SURFACE_ALT};
}}
QListWidget#walkthroughSteps {{
    background: {theme.NAV_BG};
    border: none;
    padding: {theme.GRID}px 0px;
}}
QListWidget#walkthroughSteps::item {{
    padding: {theme.GRID}px {theme.GRID + 4}px;
    border: none;
    color: {theme.TEXT};
}}
QListWidget#walkthroughSteps::item:selected {{
    background: {theme.SURFACE};
    color: {theme.ACCENT};
    border-left: 3px solid {theme.ACCENT};
}}
QScrollArea#walkthroughPage, QWidget#walkthroughPageBody {{
    background: {theme.SURFACE_ALT};
    border: none;
}}
QLabel#pageTitle {{
    font-size: 16pt;
    font-weight: 600;
    color: {theme.TEXT};
}}
QLabel#pageText {{
    color: {theme.TEXT};
}}
QLabel#saveState {{
    color: {theme.TEXT_MUTED};
}}
QLabel#saveState[error="true"] {{
    color: {theme.ERROR};
    font-weight: 600;
}}
QLabel#missingBox {{
    background: {theme.ERROR_BG};
    color: {theme.TEXT};
    border: 1px solid {theme.ERROR};
    border-radius: 4px;
    padding: {theme.GRID}px;
}}
QLabel#confidentialBox {{
    background: {theme.INFO_BG};
    color: {theme.TEXT};
    border-radius: 4px;
    padding: {theme.GRID}px;
}}
QLabel#allAnsweredBox {{
    background: {theme.INFO_BG};
    border-radius: 4px;
    padding: {theme.GRID}px;
}}
QLabel#reviewRow {{
    padding: 2px 0px 2px {2 * theme.GRID}px;
}}
QLabel#reviewSection, QLabel#commentTitle {{
    font-weight: bold;
    color: {theme.TEXT};
}}
QLabel#thanksBox {{
    background: #E8F5E9;
    color: {theme.TEXT};
    border: 1px solid {theme.GREEN};
    border-radius: 4px;
    padding: {2 * theme.GRID}px;
}}
QPushButton#submitButton {{
    font-weight: 600;
    padding: 4px {2 * theme.GRID}px;
    border-radius: 4px;
}}
QPushButton#submitButton:enabled {{
    background: {theme.ACCENT};
    color: #FFFFFF;
    border: 1px solid {theme.ACCENT};
}}
QPushButton#submitButton:enabled:hover {{
    background: #0D47A1;
}}
QPushButton#submitButton:focus {{
    border: 2px solid {theme.TEXT};
}}
QPushButton#submitButton:disabled {{
    background: {theme.SURFACE_ALT};
    color: {theme.TEXT_MUTED};
    border: 1px solid {theme.BORDER};
}}
QPushButton#startButton {{
    font-weight: 600;
    padding: {theme.GRID}px {3 * theme.GRID}px;
}}
"""
)


def _now_text() -> str:
    return QLocale().toString(QDateTime.currentDateTime().time(), "HH:mm:ss")


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def moment_text(moment: datetime | None) -> str:
    """A stored moment as the app shows dates everywhere: 2026-12-04 14:05 (ISO, never a locale short date)."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _Page(QScrollArea):
    """A scrolling page: nothing is clipped at 1280×720, whatever the language. Reading pages keep a line
    length that is comfortable to read (``max_width``)."""

    def __init__(self, parent: QWidget | None = None, max_width: int | None = None):
        super().__init__(parent)
        self.setObjectName("walkthroughPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("walkthroughPageBody")
        outer = QHBoxLayout(self.body)
        m = 2 * theme.GRID
        outer.setContentsMargins(m, m, m, m)
        column = QWidget()
        column.setObjectName("walkthroughPageBody")
        if max_width:
            column.setMaximumWidth(max_width)
        outer.addWidget(column, 1)
        if max_width:
            outer.addStretch(0)
        self.layout_ = QVBoxLayout(column)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2 * theme.GRID)
        self.setWidget(self.body)

    def add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        return widget


def _text_label(object_name: str = "pageText", rich: bool = False) -> QLabel:
    label = WrapLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _link_label(object_name: str) -> QLabel:
    label = _text_label(object_name, rich=True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    return label


def not_applicable_text() -> str:
    return tr("Not applicable / don't know")


def missing_names(view: Walkthrough, missing: list[str], lang: str) -> list[str]:
    return [f"{view.number(i)} {view.framework.indicator_map[i].name.get(lang)}" for i in missing]


def missing_message(view: Walkthrough, missing: list[str], lang: str) -> str:
    """Why Submit did not submit: the indicators still without an answer, named."""
    return (
        tr("Not submitted yet: %n indicator(s) still need an answer: {names}.", "", len(missing)).format(
            names=tr("; ").join(missing_names(view, missing, lang))
        )
        + " "
        + tr("Choose a level, or N if it does not apply or you do not know.")
    )


class Header(QWidget):
    """Who answers for which round, and how many indicators are answered."""

    def __init__(self, total: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("walkthroughHeader")
        head = QHBoxLayout(self)
        m = 2 * theme.GRID
        head.setContentsMargins(m, theme.GRID + 4, m, theme.GRID + 4)
        head.setSpacing(2 * theme.GRID)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title_label = widgets.title_label()
        self.subtitle_label = widgets.subtitle_label()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        head.addLayout(titles, 1)
        progress = QVBoxLayout()
        progress.setSpacing(4)
        self.progress_label = QLabel()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(theme.GRID + 2)
        self.progress_bar.setMinimumWidth(200)
        self.progress_bar.setRange(0, total)
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_bar)
        head.addLayout(progress, 0)

    def retranslate(self, view: Walkthrough) -> None:
        info, p = view.info, view.partnership
        side = info.respondent.side
        self.title_label.setText(
            tr("{partnership} · {round}").format(partnership=p.name if p else "", round=info.round.label)
        )
        self.subtitle_label.setText(
            tr("{name}, answering for {side}").format(
                name=info.respondent.name, side=p.label(side) if p else side
            )
        )

    def show_progress(self, view: Walkthrough) -> None:
        self.progress_bar.setValue(view.answered)
        self.progress_label.setText(
            tr("{answered} of {total} answered").format(answered=view.answered, total=view.total)
        )


class StepList(QListWidget):
    """The pages on the left: introduction, each dimension with its progress, review (or submitted)."""

    def __init__(self, pages: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("walkthroughSteps")
        self.setWordWrap(True)
        self.setFixedWidth(230)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for _ in range(pages):
            self.addItem(QListWidgetItem())

    def show_steps(self, view: Walkthrough, lang: str) -> None:
        for row, step in enumerate(view.steps()):
            if step.kind == PageKind.INTRO:
                text = tr("Introduction")
            elif step.kind == PageKind.DIMENSION:
                dim = view.framework.dimension_map[step.dimension_id]
                mark = "✓ " if step.complete else ""
                text = f"{mark}{step.number}. {dim.name.get(lang)}\n" + tr(
                    "{done} of {total} answered"
                ).format(done=step.done, total=step.total)
            else:
                text = "✓ " + tr("Submitted") if view.submitted else tr("Review and submit")
            item = self.item(row)
            if item is not None and item.text() != text:
                item.setText(text)

    def show_page(self, page: int) -> None:
        self.blockSignals(True)
        self.setCurrentRow(page)
        self.blockSignals(False)


class IntroPage(_Page):
    """What the assessment is, who answers for whom, confidentiality, how to answer; Start (or Continue)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, max_width=900)
        self.intro_title = self.add(_text_label("pageTitle"))
        self.intro_texts = [self.add(_text_label()) for _ in range(6)]
        self.intro_texts[2].setObjectName("confidentialBox")
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.layout_.addLayout(widgets.button_row(self.start_button))
        self.layout_.addStretch(1)

    def retranslate(self, view: Walkthrough, lang: str) -> None:
        info, fw, p = view.info, view.framework, view.partnership
        side = info.respondent.side
        side_label = p.label(side) if p else side
        side_name = (p.partner_a_name if side == "A" else p.partner_b_name) if p else ""
        self.intro_title.setText(fw.name.get(lang))
        texts = [
            tr(
                "This assessment asks how healthy the partnership {partnership} is: {dimensions} dimensions, "
                "{indicators} key indicators. Executives of both partners, {a} and {b}, answer the same "
                "questions; the results are discussed together to agree what to improve."
            ).format(
                partnership=p.name if p else "",
                dimensions=len(fw.dimensions),
                indicators=len(fw.indicators),
                a=p.partner_a_label if p else "A",
                b=p.partner_b_label if p else "B",
            ),
            tr("You answer as {name} for {side}{partner}.").format(
                name=info.respondent.name,
                side=side_label,
                partner=tr(" ({name})").format(name=side_name)
                if side_name and side_name != side_label
                else "",
            ),
            tr(
                "Confidential: your answers are only ever shown combined with those of the other respondents "
                "of your side, never with your name, and only once at least {n} respondents of a side have "
                "submitted. Problem descriptions are shown without names."
            ).format(n=info.round.threshold),
            tr("Neither side sees the other side's results until both sides have submitted.")
            if info.round.blind
            else "",
            tr(
                "It takes about ten minutes. Every answer is saved the moment you give it: you can stop at any "
                "time and carry on later where you left off."
            ),
            tr(
                "For each indicator, pick the description that fits best: click it, or press 1 to 5 "
                "(N when it does not apply or you do not know) and the next indicator follows. ↑/↓ move "
                "between indicators, Tab goes to the problem box. 5 is always the healthiest. "
                "\u201cSubmit answers\u201d at the bottom right sends them once all are answered."
            ),
        ]
        for label, text in zip(self.intro_texts, texts, strict=True):
            label.setText(text)
            label.setVisible(bool(text))
        self.start_button.setText(tr("Continue →") if view.answered else tr("Start →"))


class DimensionPage(_Page):
    """One dimension: its title and help, then a card per indicator."""

    def __init__(self, number: int, dimension: Dimension, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.dimension = dimension
        self.title = self.add(_text_label("pageTitle"))
        self.help_label = self.add(_text_label("indicatorHelp"))
        self.cards: dict[str, IndicatorCard] = {}
        for i_index, ind in enumerate(dimension.indicators, start=1):
            card = IndicatorCard(ind, f"{number}.{i_index}")
            self.cards[ind.id] = card
            self.add(card)
        self.layout_.addStretch(1)

    def show_answers(self, info: ResponseInfo, texts: bool, unsaved: set[str]) -> None:
        """What the store holds. Problem texts being edited (``unsaved``, or focused) are never overwritten;
        ``texts`` sets every text box from the store (on opening)."""
        for ind_id, card in self.cards.items():
            answer = info.answers.get(ind_id)
            card.set_score(score_of(answer))
            if (texts or ind_id not in unsaved) and not card.problem_box.edit.hasFocus():
                stored = answer.problem if answer is not None else ""
                if texts or card.problem_text() != stored:
                    card.problem_box.set_text(stored)

    def scroll_to(self, indicator_id: str) -> None:
        """Bring a card to the top of the page (the first with the dimension's title)."""
        card = self.cards[indicator_id]
        first = self.dimension.indicators[0].id
        top = (
            0 if indicator_id == first else card.mapTo(self.widget(), card.rect().topLeft()).y() - theme.GRID
        )
        self.verticalScrollBar().setValue(max(0, top))

    def retranslate(self, lang: str) -> None:
        self.title.setText(f"{self.number}. {self.dimension.name.get(lang)}")
        help_text = self.dimension.help.get(lang)
        self.help_label.setText(help_text)
        self.help_label.setVisible(bool(help_text))
        for card in self.cards.values():
            card.retranslate_ui(lang)


class ReviewPage(_Page):
    """Every answer at a glance with what is still missing (links to answer it), the overall comment, and why
    Submit did not submit; after submitting, the thank-you (and what comes next, in ``finish_layout``)."""

    indicator_chosen = Signal(str)  # a link to an indicator was followed

    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent, max_width=1000)
        self.framework = framework
        self.review_title = self.add(_text_label("pageTitle"))
        self.thanks_box = self.add(_text_label("thanksBox"))
        self.thanks_box.hide()
        self.finish_layout = QVBoxLayout()  # for the next steps after submitting (see ``submitted``)
        self.finish_layout.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(self.finish_layout)
        self.missing_box = self.add(_link_label("missingBox"))
        self.missing_box.linkActivated.connect(self.indicator_chosen)
        self.review_rows: dict[str, QLabel] = {}
        self._sections: list[QLabel] = []
        for dim in framework.dimensions:
            group = QVBoxLayout()
            group.setSpacing(4)
            section = _text_label("reviewSection")
            self._sections.append(section)
            group.addWidget(section)
            for ind in dim.indicators:
                row = _link_label("reviewRow")
                row.linkActivated.connect(self.indicator_chosen)
                self.review_rows[ind.id] = row
                group.addWidget(row)
            self.layout_.addLayout(group)
        self.comment_label = self.add(_text_label("commentTitle"))
        self.comment_box = CappedTextBox(TEXT_CAP, lines=5)
        self.comment_label.setBuddy(self.comment_box.edit)
        self.add(self.comment_box)
        self.submit_message = self.add(widgets.banner("error"))
        self.layout_.addStretch(1)

    def retranslate(self, view: Walkthrough, lang: str) -> None:
        info = view.info
        submitted = view.submitted
        self.review_title.setText(
            tr("Thank you: your answers are submitted") if submitted else tr("Review and submit")
        )
        if submitted:
            self.thanks_box.setText(
                tr(
                    "Submitted {moment}. Thank you, {name}! Your answers are stored; they are shown only combined "
                    "with those of the other respondents of your side. They can no longer be changed here; the "
                    "facilitator can reopen your response if something must change. You can close this window."
                ).format(moment=moment_text(info.submitted_at), name=info.respondent.name)
            )
        self.thanks_box.setVisible(submitted)
        self.missing_box.setVisible(not submitted)
        for d_index, (dim, section) in enumerate(
            zip(view.framework.dimensions, self._sections, strict=True), 1
        ):
            section.setText(f"{d_index}. {dim.name.get(lang)}")
        self.comment_label.setText(tr("Overall comment (optional)"))
        self.show_comment_placeholder(view.read_only)
        self.comment_box.retranslate_ui()
        if self.submit_message.isVisible():
            missing = view.missing
            widgets.set_banner(self.submit_message, missing_message(view, missing, lang) if missing else "")

    def show_comment(self, comment: str, texts: bool, unsaved: bool) -> None:
        """The stored overall comment, unless it is being edited (``texts``: always, on opening)."""
        free = (texts or not unsaved) and not self.comment_box.edit.hasFocus()
        if free and (texts or self.comment_box.text() != comment):
            self.comment_box.set_text(comment)

    def show_comment_placeholder(self, read_only: bool) -> None:
        """An invitation to write while the comment can be written; after submitting, no question to nobody."""
        self.comment_box.set_placeholder(
            tr("No overall comment.")
            if read_only
            else tr("Anything else the partners should hear? Never shown with your name.")
        )

    def show_review(self, view: Walkthrough, lang: str) -> None:
        missing = view.missing
        if missing:
            links = tr(", ").join(  # "、" in Chinese
                f'<a href="{_escape(ind_id)}">{_escape(name)}</a>'
                for ind_id, name in zip(missing, missing_names(view, missing, lang), strict=True)
            )
            self.missing_box.setText(
                _escape(tr("Still missing ({count}) – click one to answer it:").format(count=len(missing)))
                + "<br>"
                + links
            )
            self.missing_box.setObjectName("missingBox")
        else:
            self.missing_box.setText(
                _escape(
                    tr(
                        "All {total} indicators are answered. Send them with \u201cSubmit answers\u201d at the "
                        "bottom right."
                    ).format(total=view.total)
                )
            )
            self.missing_box.setObjectName("allAnsweredBox")
        restyle(self.missing_box)
        link_text = _escape(tr("change") if not view.read_only else tr("show"))
        missing_word = _escape(tr("Missing"))
        answer_now = _escape(tr("answer now"))
        for ind in view.framework.indicators:
            score = view.score(ind.id)
            name = _escape(f"{view.number(ind.id)} {ind.name.get(lang)}")
            if score is None:
                answer = (
                    f'<span style="color:{theme.ERROR}; font-weight:600">✕ {missing_word}</span>'
                    f' – <a href="{_escape(ind.id)}">{answer_now}</a>'
                )
            elif score == NOT_APPLICABLE:
                answer = f'✓ {_escape(not_applicable_text())} – <a href="{_escape(ind.id)}">{link_text}</a>'
            else:
                answer = (
                    f"✓ <b>{score}</b> {_escape(ind.levels[int(score)].get(lang))}"
                    f' – <a href="{_escape(ind.id)}">{link_text}</a>'
                )
            self.review_rows[ind.id].setText(
                tr("{indicator}: {answer}").format(indicator=name, answer=answer)
            )

    def show_missing(self, view: Walkthrough, missing: list[str], lang: str) -> None:
        widgets.set_banner(self.submit_message, missing_message(view, missing, lang))


class Footer(QWidget):
    """The save state, the page buttons and "Submit answers": always in view, whatever the window's height."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        m = 2 * theme.GRID
        foot = QHBoxLayout(self)
        foot.setContentsMargins(m, theme.GRID, m, theme.GRID)
        foot.setSpacing(theme.GRID)
        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.save_label.setProperty("error", False)
        self.save_label.setWordWrap(True)
        foot.addWidget(self.save_label, 1)
        self.footer_layout = foot
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setDefault(False)
        # The primary action: enabled once every indicator is answered.
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setAutoDefault(True)  # Enter presses it once it has the focus (after the last key)
        foot.addWidget(self.back_button)
        foot.addWidget(self.next_button)
        foot.addWidget(self.submit_button)

    def retranslate(self) -> None:
        self.submit_button.setText(tr("Submit answers"))
        self.back_button.setText(tr("← Back"))

    def show_buttons(self, view: Walkthrough) -> None:
        nav = view.nav()
        self.back_button.setEnabled(nav.back_enabled)
        self.next_button.setVisible(nav.next_visible)
        self.next_button.setText(tr("Review and submit →") if nav.next_to_review else tr("Next →"))
        self.show_submit(view.submit())

    def show_submit(self, submit: SubmitState) -> None:
        self.submit_button.setVisible(submit.visible)
        self.submit_button.setEnabled(submit.enabled)
        self.submit_button.setToolTip(
            tr("Answer every indicator first ({count} still missing); N when it does not apply.").format(
                count=submit.missing
            )
            if submit.why == Why.MISSING
            else tr("Submit your answers to the facilitator (you are asked to confirm first).")
        )

    def show_save(self, note: SaveNote, saved_at: str) -> None:
        text = {
            SaveNote.ERROR: tr("Not saved – see the message above"),
            SaveNote.SAVING: tr("Saving…"),
            SaveNote.SAVED: tr("✓ Saved {time}").format(time=saved_at),
            SaveNote.NONE: "",
            SaveNote.PROMISE: tr("Every answer is saved the moment you give it."),
        }[note]
        error = note == SaveNote.ERROR
        self.save_label.setText(text)
        if self.save_label.property("error") != error:
            self.save_label.setProperty("error", error)
            restyle(self.save_label)


def notice_text(view: Walkthrough) -> str:
    """The note above the pages while the answers cannot be changed."""
    info = view.info
    notice = view.notice()
    if notice == Notice.APP_READ_ONLY:
        return tr(
            "Read-only: another HealthDesk has this data folder open. You can look at the answers but "
            "not change them."
        )
    if notice == Notice.SUBMITTED:
        return tr(
            "Submitted {date}. The answers are read-only; the facilitator can reopen the response if "
            "something must change."
        ).format(date=moment_text(info.submitted_at))
    if notice == Notice.ROUND_CLOSED:
        return tr("The round \u201c{label}\u201d is closed: answers can no longer be changed.").format(
            label=info.round.label
        )
    if notice == Notice.ROUND_NOT_OPEN:
        return tr(
            "The round \u201c{label}\u201d is not open yet: answers can be given once the facilitator opens it."
        ).format(label=info.round.label)
    return ""


def show_notice(banner: QLabel, view: Walkthrough) -> None:
    """The read-only note: a calm info banner for good news (submitted), a banner otherwise."""
    role = "info" if view.notice_is_calm() else "banner"
    if banner.property("role") != role:
        banner.setProperty("role", role)
        restyle(banner)
    widgets.set_banner(banner, notice_text(view) if view.notice_shown() else "")
