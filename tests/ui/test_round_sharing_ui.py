"""The round dialog edits "share results only once the round is closed" (issue 12, section 5), in English and
Chinese, and the export screen's refusal says why in the user's language."""

from __future__ import annotations

from healthdesk.services import rounds as round_svc
from healthdesk.ui.rounds.page import RoundDialog


def test_the_round_dialog_sets_and_keeps_the_sharing_setting(ctx, make_partnership):
    p = make_partnership(ctx)
    dialog = RoundDialog(ctx, p)
    assert dialog.share_check.isChecked(), "on by default for a new round"
    assert dialog.share_check.text() == "Share results only once the round is closed"
    dialog.label_edit.setText("2025 H1")
    dialog.share_check.setChecked(False)
    created = dialog.submit()
    assert created is not None and created.share_when_closed is False
    assert round_svc.get_round(ctx.db, created.id).share_when_closed is False

    editing = RoundDialog(ctx, p, round_svc.get_round(ctx.db, created.id))
    assert not editing.share_check.isChecked()
    editing.share_check.setChecked(True)
    assert editing.submit().share_when_closed is True
    assert round_svc.get_round(ctx.db, created.id).share_when_closed is True


def test_the_sharing_checkbox_and_the_refusal_in_chinese(ctx_zh, make_partnership, make_round, tmp_path):
    from healthdesk.services import exchange as svc
    from healthdesk.ui.exchange.actions import error_text

    p = make_partnership(ctx_zh)
    dialog = RoundDialog(ctx_zh, p)
    assert dialog.share_check.text() == "仅在本轮结束后共享结果"
    rnd = make_round(ctx_zh, p.id)
    _, error = ctx_zh.try_call(svc.export_data, p.id, rnd.label, "xlsx", tmp_path / "x.xlsx")
    assert error is not None and error.code == "results_not_shared_none"
    text = error_text(error)
    assert "仅在本轮结束后共享结果" in text and "2025 H1" in text


def test_the_dashboard_marks_an_open_rounds_live_results_preliminary(ctx, qtbot):
    from datetime import date

    from healthdesk.ui.dashboard.page import DashboardPage
    from tests.builders import add_submitted, make_partnership

    p = make_partnership(ctx.db)
    rnd = round_svc.create_round(ctx.db, p.id, "2026 H1", date(2026, 5, 1))
    add_submitted(ctx.db, rnd.id, "A", [4, 3, 5])
    add_submitted(ctx.db, rnd.id, "B", [2, 3, 3])

    def shown() -> DashboardPage:
        page = DashboardPage(ctx)
        page.as_of = date(2026, 6, 1)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitExposed(page)
        with qtbot.waitSignal(page.chart_painted, timeout=20000):
            page.show_partnership(p.id)
        return page

    page = shown()
    assert page.tile_numbers()["index"] != "—"  # live results, the setting notwithstanding
    assert "Preliminary: the round is still open" in page.banner.text()
    round_svc.set_round_status(ctx.db, rnd.id, "closed")
    assert "Preliminary" not in shown().banner.text()
