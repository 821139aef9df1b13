"""The dashboard on the demo data and on edge cases: the tiles say what ``healthdesk summary --json`` says, withheld
values show as withheld (never zero), the detail opens from a tile or an indicator row, and the language switches
while the page is open."""

from __future__ import annotations

import json
from datetime import date

import pytest

from healthdesk import cli
from healthdesk import framework as framework_module
from healthdesk.analysis.numbers import fmt1, fmt2
from healthdesk.framework import DEFAULT_FRAMEWORK_KEY, get_framework, load_framework_file
from healthdesk.services import partnerships as partnership_svc
from healthdesk.services import rounds as round_svc
from tests.builders import add_submitted, make_partnership

pytestmark = pytest.mark.gui

AS_OF = date(2026, 11, 22)
LIGHT_SYMBOLS = {"red": "✕", "amber": "●", "green": "✓"}


def make_page(ctx, qtbot):
    from healthdesk.ui.dashboard.page import DashboardPage

    page = DashboardPage(ctx)
    page.as_of = AS_OF
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def drawn(page, partnership_id, round_id=None):
    """A check for ``chart_painted``: the chart painted is the one of the partnership (and round) asked for, whose
    data arrived from the background queue (a late paint of what was shown before does not count)."""

    def check(name):
        key = page.chart_views[name].key
        d = page.data
        return (
            key is not None
            and d is not None
            and d.round is not None
            and d.partnership.id == partnership_id
            and key[:2] == (partnership_id, d.round.id)
            and round_id in (None, d.round.id)
        )

    return check


def show(page, qtbot, partnership_id, round_id=None):
    with qtbot.waitSignal(
        page.chart_painted, timeout=20000, check_params_cb=drawn(page, partnership_id, round_id)
    ):
        page.show_partnership(partnership_id, round_id)


def cli_summary(ctx, capsys, partnership, label=None):
    argv = [
        "summary",
        "--data-dir",
        str(ctx.data_dir),
        str(partnership),
        "--json",
        "--as-of",
        AS_OF.isoformat(),
    ]
    if label:
        argv += ["--round", label]
    capsys.readouterr()
    assert cli.main(argv) == 0
    return json.loads(capsys.readouterr().out)


def expected_value(value, withheld="withheld"):
    return withheld if value is None else fmt2(value)


def assert_tiles_match(page, doc):
    """Every number on the tiles is the JSON's; a withheld one is a dash with the word "withheld", never 0."""
    numbers = page.tile_numbers()
    overall = doc["overall"]
    if overall["index"] is None:
        assert (numbers["index"], numbers["light"]) == ("—", "withheld")
    else:
        assert numbers["index"] == fmt1(overall["index"])
        assert numbers["light"].startswith(LIGHT_SYMBOLS[overall["light"]])
    for dim_id, dim in doc["dimensions"].items():
        if dim["joint"] is None:
            assert numbers["dimensions"][dim_id] == "—" and numbers["dimension_lights"][dim_id] == "withheld"
        else:
            assert numbers["dimensions"][dim_id] == fmt2(dim["joint"]), dim_id
            assert numbers["dimension_lights"][dim_id].startswith(LIGHT_SYMBOLS[dim["light"]])
        for side in ("A", "B"):
            assert expected_value(dim["sides"][side]) in numbers["sides"][dim_id]
    assert "0.00" not in json.dumps({k: v for k, v in numbers.items() if k != "sides"})


def test_tiles_say_what_summary_json_says_for_every_demo_partnership(demo_ctx, qtbot, capsys):
    page = make_page(demo_ctx, qtbot)
    for p in partnership_svc.list_partnerships(demo_ctx.db):
        show(page, qtbot, p.id)
        doc = cli_summary(demo_ctx, capsys, p.code)
        assert page.data.round.label == doc["round"]["label"]
        assert_tiles_match(page, doc)
        trend = doc["trend"]
        if trend["kind"] == "compared":
            assert fmt1(trend["index_delta"]).lstrip("+") in page.index_tile.trend.text().replace("+", "")
        # partners by their short labels in the chart's legend
        legend = page.chart_views["radar"].figure().legends[0]
        names = [t.get_text() for t in legend.get_texts()]
        assert p.partner_a_label in names and p.partner_b_label in names


def test_choosing_an_older_round_shows_that_round(demo_ctx, qtbot, capsys):
    page = make_page(demo_ctx, qtbot)
    p = partnership_svc.list_partnerships(demo_ctx.db)[0]
    show(page, qtbot, p.id)
    older = p.rounds[1]
    index = next(i for i in range(page.round_combo.count()) if page.round_combo.itemData(i) == older.id)
    with qtbot.waitSignal(page.chart_painted, timeout=20000, check_params_cb=drawn(page, p.id, older.id)):
        page.round_combo.setCurrentIndex(index)
    assert page.data.round.id == older.id
    assert_tiles_match(page, cli_summary(demo_ctx, capsys, p.code, older.label))


def test_withheld_side_of_the_demo_shows_withheld_with_partner_label(demo_ctx, qtbot, capsys):
    """CloudSoft x Huayue 2025 H2: Huayue has fewer submitted responses than the threshold."""
    page = make_page(demo_ctx, qtbot)
    p = next(x for x in partnership_svc.list_partnerships(demo_ctx.db) if "云启" in x.name)
    rnd = next(r for r in p.rounds if r.label == "2025 H2")
    show(page, qtbot, p.id, rnd.id)
    doc = cli_summary(demo_ctx, capsys, p.code, "2025 H2")
    reason = next(w for w in doc["withheld"] if w["code"] == "side_below_threshold")
    side = reason["params"]["side"]
    label = p.partner_a_label if side == "A" else p.partner_b_label
    expected = (
        f"{label}: {reason['params']['submitted']} of {reason['params']['required']} required responses"
    )
    assert expected in page.banner.text()
    assert expected in page.findings_html()
    numbers = page.tile_numbers()
    assert (numbers["index"], numbers["light"]) == ("—", "withheld")
    assert all(value == "—" for value in numbers["dimensions"].values())
    assert all(value == "withheld" for value in numbers["dimension_lights"].values())
    assert "0.00" not in json.dumps(numbers)
    assert_tiles_match(page, doc)


def test_problem_descriptions_are_grouped_by_dimension_and_never_attributed(demo_ctx, qtbot):
    page = make_page(demo_ctx, qtbot)
    p = partnership_svc.list_partnerships(demo_ctx.db)[0]
    show(page, qtbot, p.id)
    page.text_tabs.setCurrentIndex(2)
    text = page.problems_view.toPlainText()
    assert p.partner_a_label in text or p.partner_b_label in text
    fw = get_framework(DEFAULT_FRAMEWORK_KEY)
    dims = [d.name.en for d in fw.dimensions if d.name.en in text]
    assert dims and dims == sorted(dims, key=[d.name.en for d in fw.dimensions].index)
    for r in p.rounds:
        for who in round_svc.list_respondents(demo_ctx.db, r.id):
            assert who.name not in text


def test_clicking_a_dimension_tile_opens_both_sides_and_the_history(demo_ctx, qtbot, settle):
    from PySide6.QtCore import Qt

    page = make_page(demo_ctx, qtbot)
    p = partnership_svc.list_partnerships(demo_ctx.db)[0]
    show(page, qtbot, p.id)
    qtbot.mouseClick(page.dimension_tiles["relationship"], Qt.MouseButton.LeftButton)
    dialog = page.detail_dialog
    assert dialog is not None and dialog.isVisible()
    settle()  # the full history is read on the background queue
    headers = [
        dialog.current_table.horizontalHeaderItem(c).text() for c in range(dialog.current_table.columnCount())
    ]
    assert p.partner_a_label in headers and p.partner_b_label in headers
    assert dialog.history_table.rowCount() == len(p.rounds)
    history = [dialog.history_table.item(r, 0).text() for r in range(dialog.history_table.rowCount())]
    assert history == [r.label for r in p.rounds]
    dialog.close()


def test_clicking_an_indicator_row_opens_its_detail_with_spread_and_levels(demo_ctx, qtbot):
    page = make_page(demo_ctx, qtbot)
    p = partnership_svc.list_partnerships(demo_ctx.db)[0]
    show(page, qtbot, p.id)
    page.text_tabs.setCurrentIndex(1)
    tree = page.indicator_tree
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, 0x0100 + 2) == ("indicator", "trust")
    )
    tree.itemClicked.emit(item, 0)
    dialog = page.detail_dialog
    assert dialog.kind == "indicator" and dialog.item_id == "trust"
    assert "spread" in dialog.current_table.horizontalHeaderItem(2).text()
    spread = dialog.current_table.item(0, 2).text()
    assert spread and spread != "0.00"
    texts = " ".join(w.text() for w in dialog.findChildren(type(page.heading)))
    assert get_framework(DEFAULT_FRAMEWORK_KEY).indicator_map["trust"].levels[5].en in texts
    dialog.close()


def test_language_switch_retranslates_tiles_sentences_and_charts(demo_ctx, qtbot):
    page = make_page(demo_ctx, qtbot)
    p = next(x for x in partnership_svc.list_partnerships(demo_ctx.db) if "云启" in x.name)
    show(page, qtbot, p.id)
    english = page.findings_html()
    assert "consecutive rounds" in english
    with qtbot.waitSignal(page.chart_painted, timeout=20000):
        demo_ctx.set_language("zh")
    assert page.index_tile.title.text() == "健康指数"
    assert page.dimension_tiles["finance"].title.text() == "财务健康"
    chinese = page.findings_html()
    assert "连续" in chinese and "consecutive" not in chinese
    assert "下一步" in chinese or "建议" in chinese
    assert page.chart_views["radar"].key[3] == "zh"
    title = [t.get_text() for t in page.chart_views["radar"].figure().texts if t.get_gid() == "title"]
    assert title and any("\u4e00" <= ch <= "\u9fff" for ch in title[0])
    assert page.chart_tabs.tabText(0) != "Radar"


def test_gap_and_problem_lists_use_a_full_width_colon_in_chinese(demo_ctx, qtbot):
    page = make_page(demo_ctx, qtbot)
    p = next(x for x in partnership_svc.list_partnerships(demo_ctx.db) if "云启" in x.name)
    show(page, qtbot, p.id)
    assert "Relationship health: " in page.findings_html()
    with qtbot.waitSignal(page.chart_painted, timeout=20000):
        demo_ctx.set_language("zh")
    chinese = page.findings_html()
    assert "关系健康：" in chinese and "关系健康: " not in chinese
    page.text_tabs.setCurrentIndex(2)
    problems = page.problems_view.toPlainText()
    assert f"{p.partner_b_label}：" in problems and f"{p.partner_b_label}: " not in problems


def test_no_chart_makes_the_page_scroll_sideways_at_1280_pixels(demo_ctx, qtbot):
    """The main window at 1280×720 leaves the page about 1080 pixels: the wide heat map and gap chart fit
    beside the findings (their tabs scroll), so the tiles and the export button are never cut on the right."""
    page = make_page(demo_ctx, qtbot)
    page.resize(1080, 660)
    p = next(x for x in partnership_svc.list_partnerships(demo_ctx.db) if "知行" in x.name)
    show(page, qtbot, p.id)
    for n, name in ((3, "heatmap"), (2, "gap")):
        with qtbot.waitSignal(page.chart_painted, timeout=20000):
            page.chart_tabs.setCurrentIndex(n)
        qtbot.waitUntil(lambda: page.scroll.widget().width() <= page.scroll.viewport().width(), timeout=5000)
        assert page.chart_views[name].canvas() is not None
        assert page.scroll.horizontalScrollBar().maximum() == 0


def test_heat_map_cell_values_are_as_large_as_the_labels_on_screen(demo_ctx, qtbot):
    import re

    page = make_page(demo_ctx, qtbot)
    p = next(x for x in partnership_svc.list_partnerships(demo_ctx.db) if "知行" in x.name)
    show(page, qtbot, p.id)
    with qtbot.waitSignal(page.chart_painted, timeout=20000):
        page.chart_tabs.setCurrentIndex(3)
    figure = page.chart_views["heatmap"].figure()
    cells = [t for ax in figure.axes for t in ax.texts if re.match(r"\d\.\d\d", t.get_text())]
    assert len(cells) >= 12
    assert min(t.get_fontsize() for t in cells) >= 9  # printed at 7.5 pt, too small on a screen


def test_radar_and_trend_fit_the_page_at_1280_by_720(demo_ctx, qtbot):
    """The page as the main window at 1280×720 gives it: the radar and the trend (with its five line-end names)
    are laid out for the space, so the page does not scroll under them."""
    page = make_page(demo_ctx, qtbot)
    page.resize(1080, 668)
    p = next(x for x in partnership_svc.list_partnerships(demo_ctx.db) if "云启" in x.name)
    show(page, qtbot, p.id)
    with qtbot.waitSignal(page.chart_painted, timeout=20000):
        page.chart_tabs.setCurrentIndex(1)
    for n in (1, 0):
        page.chart_tabs.setCurrentIndex(n)
        qtbot.waitUntil(
            lambda n=n: page.chart_views[("radar", "trend")[n]].canvas() is not None, timeout=20000
        )
        qtbot.waitUntil(
            lambda: page.scroll.widget().height() <= page.scroll.viewport().height(), timeout=5000
        )
        assert page.scroll.verticalScrollBar().maximum() == 0


def test_gap_chart_rows_on_screen_are_tighter_than_on_paper(demo_ctx, qtbot):
    """Twelve indicators at the printed row height make the page scroll far: the screen's rows are as tight as
    the heat map's, every indicator still named."""
    from healthdesk.reports import charts

    page = make_page(demo_ctx, qtbot)
    p = next(x for x in partnership_svc.list_partnerships(demo_ctx.db) if "云启" in x.name)
    show(page, qtbot, p.id)
    with qtbot.waitSignal(page.chart_painted, timeout=20000):
        page.chart_tabs.setCurrentIndex(2)
    d = page.data
    on_screen = page.chart_views["gap"].figure()
    printed = charts.gap_chart(d.summary.scores, d.framework, d.labels, "en")
    rows = len(d.framework.indicators)
    assert on_screen.get_figheight() <= printed.get_figheight() - 0.08 * rows + 1e-9
    from matplotlib.text import Text

    shown = " ".join(t.get_text().replace("\n", " ") for t in on_screen.findobj(Text))
    assert all(ind.name.en.split()[0] in shown for ind in d.framework.indicators)


def test_radar_joint_rows_are_evenly_spaced(demo_ctx, qtbot):
    """Rows with a light symbol (× ●, drawn from a fallback font) no longer sit closer or further apart."""
    page = make_page(demo_ctx, qtbot)
    p = next(x for x in partnership_svc.list_partnerships(demo_ctx.db) if "云启" in x.name)
    show(page, qtbot, p.id)
    figure = page.chart_views["radar"].figure()
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    rows = [t for t in figure.texts if t.get_gid() == "joint-values"]
    assert len(rows) == 5 and "Financial health" in rows[2].get_text()
    tops = [t.get_window_extent(renderer).y1 for t in rows]
    steps = [a - b for a, b in zip(tops, tops[1:], strict=False)]
    assert max(steps) - min(steps) <= 1.5  # pixels


def test_other_charts_are_drawn_when_their_tab_is_shown(demo_ctx, qtbot):
    page = make_page(demo_ctx, qtbot)
    p = partnership_svc.list_partnerships(demo_ctx.db)[0]
    show(page, qtbot, p.id)
    assert page.chart_views["trend"].canvas() is None
    for n, name in enumerate(("trend", "gap", "heatmap"), start=1):
        with qtbot.waitSignal(page.chart_painted, timeout=20000) as blocker:
            page.chart_tabs.setCurrentIndex(n)
        assert blocker.args == [name]
        assert page.chart_views[name].figure() is not None


# --------------------------------------------------------------------------------------------------- edge cases


def test_partnership_without_rounds_says_so(ctx, qtbot, settle):
    p = make_partnership(ctx.db)
    page = make_page(ctx, qtbot)
    page.show_partnership(p.id)
    settle()  # read on the background queue
    assert page.empty_label.isVisible()
    assert "No assessment round yet" in page.empty_label.text()
    assert not page.tile_grid.isVisible()


def test_no_partnership_chosen(ctx, qtbot, settle):
    page = make_page(ctx, qtbot)
    page.show_partnership(None)
    settle()
    assert page.empty_label.isVisible() and "Choose a partnership" in page.empty_label.text()


def test_one_round_only_is_the_baseline(ctx, qtbot, capsys):
    p = make_partnership(ctx.db)
    rnd = round_svc.create_round(ctx.db, p.id, "2026 H1", date(2026, 5, 1))
    add_submitted(ctx.db, rnd.id, "A", [4, 4, 5])
    add_submitted(ctx.db, rnd.id, "B", [3, 2, 3])
    page = make_page(ctx, qtbot)
    show(page, qtbot, p.id)
    assert page.index_tile.trend.text() == "baseline"
    assert all(tile.trend.text() == "baseline" for tile in page.dimension_tiles.values())
    assert_tiles_match(page, cli_summary(ctx, capsys, p.code))


def test_one_side_not_submitted_yet_is_withheld_never_zero(ctx, qtbot, capsys):
    p = make_partnership(ctx.db)
    rnd = round_svc.create_round(ctx.db, p.id, "2026 H1", date(2026, 5, 1))
    add_submitted(ctx.db, rnd.id, "A", [4, 3, 5])
    round_svc.add_respondent(ctx.db, rnd.id, "Not yet", "B", "CEO")
    page = make_page(ctx, qtbot)
    show(page, qtbot, p.id)  # the radar shows side A alone
    numbers = page.tile_numbers()
    assert (numbers["index"], numbers["light"]) == ("—", "withheld")
    assert all(v == "withheld" for v in numbers["dimension_lights"].values())
    assert all("HardCo withheld" in v for v in numbers["sides"].values())
    assert "0.00" not in json.dumps(numbers)
    assert "HardCo: 0 of 3 required responses" in page.banner.text()
    assert "HardCo: 0 of 1 submitted" in page.status_label.text()
    assert_tiles_match(page, cli_summary(ctx, capsys, p.code))


def test_side_below_the_anonymity_threshold_is_withheld(ctx, qtbot, capsys):
    p = make_partnership(ctx.db)
    rnd = round_svc.create_round(ctx.db, p.id, "2026 H1", date(2026, 5, 1))
    add_submitted(ctx.db, rnd.id, "A", [4, 3, 5])
    add_submitted(ctx.db, rnd.id, "B", [1, 2])
    page = make_page(ctx, qtbot)
    show(page, qtbot, p.id)
    assert "HardCo: 2 of 3 required responses" in page.banner.text()
    numbers = page.tile_numbers()
    assert numbers["light"] == "withheld" and "0.00" not in json.dumps(numbers)
    page.text_tabs.setCurrentIndex(2)
    assert "HardCo's problem descriptions are withheld" in page.problems_html()
    assert_tiles_match(page, cli_summary(ctx, capsys, p.code))


def test_a_blind_round_is_hidden_until_both_sides_are_in(ctx, qtbot, settle):
    p = make_partnership(ctx.db)
    rnd = round_svc.create_round(ctx.db, p.id, "2026 H1", date(2026, 5, 1), blind=True)
    add_submitted(ctx.db, rnd.id, "A", [4, 3, 5])
    add_submitted(ctx.db, rnd.id, "B", [2])
    page = make_page(ctx, qtbot)
    page.show_partnership(p.id)
    settle()  # read on the background queue
    assert page.data.summary is None
    assert "hidden until both sides" in page.banner.text() and "HardCo: 2 more" in page.banner.text()
    assert all(tile.value.text() == "—" for tile in page.dimension_tiles.values())
    assert page.chart_views["radar"].canvas() is None


@pytest.fixture
def second_version(tmp_path, monkeypatch):
    """A version 2 of the default framework, installed next to version 1."""
    base = get_framework(DEFAULT_FRAMEWORK_KEY)
    raw = json.loads(base.path.read_text(encoding="utf-8"))
    raw["version"] = "2"
    path = tmp_path / "healthdesk-default-2.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    v2 = load_framework_file(path)
    installed = dict(framework_module._installed())
    installed[v2.key] = v2
    monkeypatch.setattr(framework_module, "_installed", lambda: installed)
    return v2


def test_a_new_framework_version_breaks_the_trend(ctx, qtbot, second_version, capsys):
    p = make_partnership(ctx.db)
    first = round_svc.create_round(ctx.db, p.id, "2025 H2", date(2025, 11, 1))
    add_submitted(ctx.db, first.id, "A", [4, 4, 4])
    add_submitted(ctx.db, first.id, "B", [3, 3, 3])
    round_svc.set_round_status(ctx.db, first.id, "closed")
    second = round_svc.create_round(
        ctx.db, p.id, "2026 H1", date(2026, 5, 1), framework_key=second_version.key
    )
    add_submitted(ctx.db, second.id, "A", [2, 2, 3], prefix="v2")
    add_submitted(ctx.db, second.id, "B", [3, 2, 2], prefix="v2")
    page = make_page(ctx, qtbot)
    show(page, qtbot, p.id)
    assert page.data.summary.trend.kind == "version_break"
    assert page.index_tile.trend.text().startswith("version break")
    assert "2025 H2" in page.index_tile.trend.text()
    assert all(tile.trend.text() == "version break" for tile in page.dimension_tiles.values())
    assert_tiles_match(page, cli_summary(ctx, capsys, p.code))
    with qtbot.waitSignal(page.chart_painted, timeout=20000):
        page.chart_tabs.setCurrentIndex(1)  # the trend chart says why the line is interrupted
    texts = " ".join(t.get_text() for ax in page.chart_views["trend"].figure().axes for t in ax.texts)
    assert "v1" in texts and "v2" in texts


def test_a_long_history_shows_its_latest_rounds_without_calling_the_first_one_baseline(ctx, qtbot):
    from healthdesk.ui.dashboard.page import TREND_WINDOW

    p = make_partnership(ctx.db)
    for n in range(TREND_WINDOW + 1):
        rnd = round_svc.create_round(
            ctx.db, p.id, f"R{n + 1:02d}", date(2020, 1, 1 + n), threshold=1, threshold_note="pilot"
        )
        add_submitted(ctx.db, rnd.id, "A", [3 + n % 2], prefix=f"{n}-")
        add_submitted(ctx.db, rnd.id, "B", [4 - n % 2], prefix=f"{n}-")
        round_svc.set_round_status(ctx.db, rnd.id, "closed")
    page = make_page(ctx, qtbot)
    show(page, qtbot, p.id)
    with qtbot.waitSignal(page.chart_painted, timeout=20000):
        page.chart_tabs.setCurrentIndex(1)
    figure = page.chart_views["trend"].figure()
    texts = [t.get_text() for ax in figure.axes for t in ax.texts]
    assert "baseline" not in texts
    labels = [t.get_text() for t in figure.axes[-1].get_xticklabels()]
    assert labels[0] == "R02" and labels[-1] == f"R{TREND_WINDOW + 1:02d}"


def test_a_write_elsewhere_in_the_app_refreshes_the_open_dashboard(ctx, qtbot):
    p = make_partnership(ctx.db)
    rnd = round_svc.create_round(ctx.db, p.id, "2026 H1", date(2026, 5, 1))
    add_submitted(ctx.db, rnd.id, "A", [4, 3, 5])
    page = make_page(ctx, qtbot)
    show(page, qtbot, p.id)
    assert page.tile_numbers()["index"] == "—"
    add_submitted(ctx.db, rnd.id, "B", [3, 3, 4])
    ctx.data_changed.emit()  # what ctx.call does after a write
    qtbot.waitUntil(lambda: page.tile_numbers()["index"] != "—", timeout=20000)
    assert page.tile_numbers()["index"] == fmt1(page.data.summary.scores.index)


def test_follow_up_shows_on_the_dashboard_and_the_portfolio(ctx, qtbot):
    """Overdue actions and KPI breaches of the workshop's follow-up are flagged on both screens."""
    from datetime import date

    from healthdesk.services import followup as fu
    from healthdesk.services import rounds
    from healthdesk.ui.dashboard.page import DashboardPage
    from healthdesk.ui.portfolio.page import PortfolioModel, PortfolioPage
    from tests.builders import add_submitted, make_partnership

    p = make_partnership(ctx.db)
    r = rounds.create_round(ctx.db, p.id, "2026 H1", "2026-01-15")
    add_submitted(ctx.db, r.id, "A", [4, 4, 4])
    add_submitted(ctx.db, r.id, "B", [3, 3, 3])
    kpi = fu.create_kpi(
        ctx.db, p.id, fu.KpiInput(name="Churn", alert_threshold=10, direction="above", unit="%")
    )
    fu.record_kpi_value(ctx.db, kpi.id, "2026 Q1", "2026-03-31", 14)
    fu.create_action(ctx.db, p.id, fu.ActionInput(title="Fix onboarding", owner="Li", due_date="2026-04-30"))

    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.as_of = date(2026, 6, 1)
    page.show_partnership(p.id)
    page.show()
    qtbot.waitUntil(lambda: page.followup_panel.info is not None, timeout=20000)
    assert page.text_tabs.tabText(3).endswith("✕ 2")
    warnings = "\n".join(page.followup_panel.warning_lines())
    assert "Churn" in warnings and "Fix onboarding" in warnings

    portfolio = PortfolioPage(ctx)
    qtbot.addWidget(portfolio)
    portfolio.as_of = date(2026, 6, 1)
    portfolio.reload()
    model = portfolio.model
    qtbot.waitUntil(lambda: model.row_of(p.id) is not None)  # the rows come from the background queue
    row = model.row_of(p.id)
    qtbot.waitUntil(lambda: p.id in model.followup, timeout=20000)  # filled right after the table paints
    text = model.data(model.index(row, PortfolioModel.COL_FOLLOWUP))
    assert "1 overdue" in text and "1 KPI breach" in text


def test_a_dashboard_closed_while_it_fills_leaves_no_work_behind(demo_ctx, qtbot, settle):
    """Its deferred steps (the follow-up read, the text panes, the collector's resume) are tied to the page: when the
    window goes away mid-fill, none of them runs on a deleted widget (pytest-qt fails the test on any exception
    raised in the event loop)."""
    import shiboken6

    from healthdesk.ui.dashboard.page import DashboardPage

    page = DashboardPage(demo_ctx)
    page.resize(1366, 768)
    page.show()
    page.show_partnership(partnership_svc.list_partnerships(demo_ctx.db)[0].id)
    demo_ctx.data_changed.emit()
    shiboken6.delete(page)
    settle()
