"""One voice on the screens: the dashboard, the workshop and the command line say a result with the words of the
presentation layer's decision (issue 14)."""

from __future__ import annotations

from fractions import Fraction

from healthdesk.commands.core import _trigger_text, gap_words
from healthdesk.framework import default_framework
from healthdesk.present.findings import gap_message, trigger_message
from healthdesk.present.symbols import ARROWS, DASH, LIGHT_SYMBOLS
from healthdesk.ui.common import messages, theme
from healthdesk.ui.common.context import AppContext
from healthdesk.ui.dashboard.page import ResultTexts

LABELS = {"A": "CloudSoft", "B": "HardCo"}
FW = default_framework()


def test_a_gap_of_one_four_hundredth_reads_no_gap_everywhere(ui_app):
    tiny = Fraction(1, 400)
    assert gap_message(tiny).code == "gap.none"
    assert ResultTexts().gap_text(tiny, LABELS) == "no gap"
    assert gap_words(gap_message(tiny), LABELS) == "no gap"
    # the workshop says it with its own words for the same decision (it required exactly 0 before)
    from types import SimpleNamespace

    from healthdesk.ui.workshop.window import WorkshopWindow

    room = SimpleNamespace(side_label=LABELS.get)
    assert WorkshopWindow._gap_text(room, tiny) == "Both sides see it alike"
    assert WorkshopWindow._gap_text(room, Fraction(-1, 200)) == "HardCo sees it 0.01 higher"
    # and the portfolio's "largest gap" column
    from healthdesk.ui.portfolio.page import PortfolioModel

    model = PortfolioModel(ResultTexts())
    row = SimpleNamespace(overview=SimpleNamespace(gap=tiny), label=LABELS.get)
    assert model._gap_who(row) == "no gap"
    row.overview.gap = Fraction(-1, 200)
    assert model._gap_who(row) == "HardCo higher"
    # what rounds to 0.01 is a gap, said the same way on the screen and in the command line
    small = Fraction(-1, 200)
    assert ResultTexts().gap_text(small, LABELS) == "HardCo sees 0.01 higher"
    assert gap_words(gap_message(small), LABELS) == "HardCo sees 0.01 higher"


def test_the_gap_flag_trigger_names_every_flagged_dimension(ui_app):
    dims = [d.id for d in FW.dimensions]
    trigger = {
        "any_dimension_gap_flagged": True,
        "value": Fraction(-3, 2),
        "gaps": {dims[0]: Fraction(5, 4), dims[1]: Fraction(-3, 2)},
    }
    said = trigger_message(trigger)
    assert [dim for dim, _ in said.params["gaps"]] == dims[:2]
    assert said.params["largest"] == dims[1] and said.params["size"] == "1.50"
    screen = ResultTexts().trigger_sentence(trigger, FW, LABELS)
    cli = _trigger_text(trigger, FW, LABELS)
    for text in (screen, cli):
        assert FW.dimension_map[dims[0]].name.en in text and "CloudSoft sees 1.25 higher" in text
        assert FW.dimension_map[dims[1]].name.en in text and "HardCo sees 1.50 higher" in text


def test_symbols_are_defined_once():
    assert theme.LIGHT_SYMBOLS is LIGHT_SYMBOLS
    assert (ARROWS["up"], ARROWS["down"], ARROWS["flat"]) == (
        theme.ARROW_UP,
        theme.ARROW_DOWN,
        theme.ARROW_FLAT,
    )
    from healthdesk.reports import style
    from healthdesk.ui.dashboard import model as dashboard_model
    from healthdesk.ui.dashboard import tiles as dashboard_tiles
    from healthdesk.ui.workshop import window as workshop

    assert style.ARROWS is ARROWS and style.DASH == DASH
    assert (
        dashboard_model.DASH == DASH and dashboard_tiles.DASH == DASH
    )  # the dashboard's tiles and table cells
    assert workshop.ARROWS is ARROWS


def test_one_error_text_for_every_screen(ui_app):
    from healthdesk.errors import ValidationError
    from healthdesk.exchange.errors import MESSAGES_EN as EXCHANGE_CODES
    from healthdesk.ui.actionplan import page as followup
    from healthdesk.ui.exchange import actions as exchange

    assert AppContext.error_text is messages.error_text
    assert not hasattr(exchange, "error_text") or exchange.error_text is messages.error_text
    assert not hasattr(followup, "error_text") or followup.error_text is messages.error_text
    # the exchange's own codes (with the exchange's words for kinds) and the follow-up's are said by the one function
    ex = exchange.exchange_templates()["not_healthdesk"]
    said = messages.error_text(ValidationError("not_healthdesk", expected="round", reason="x"))
    assert said == ex[:1].upper() + ex[1:].format(expected=exchange.kind_words()["round"], reason="x")
    assert "not_healthdesk" in EXCHANGE_CODES
    fu = followup.followup_templates()["duplicate_kpi"]
    assert messages.error_text(ValidationError("duplicate_kpi", name="Q")) == fu[:1].upper() + fu[1:].format(
        name="Q"
    )
