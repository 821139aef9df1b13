"""Speed at scale: the portfolio and the dashboard on 200 partnerships x 40 rounds x 20 respondents x 10 indicators.

    python3 scripts/dev.py bench scale [--runs 60] [--rebuild] [--keep-dir DIR] [--lang en|zh]

1. Builds the database once (1.6 million answers) with bulk inserts into a fresh file created at schema head by
   ``Database.open``, then lets the app compute and keep every closed round's results the way it does the first
   time a large database is opened (``services.portfolio.list_portfolio``), and keeps the file in a temporary
   folder for the next run (``--rebuild`` builds it again).
2. Measures through the app's own code paths, with the real widgets offscreen at 1366x768, processing Qt events
   until the screen has painted, each at least 50 times:

   - ``portfolio_open``: a fresh PortfolioPage-equivalent load: the process forgets what it keeps in memory,
     ``PortfolioPage.reload()`` reads the kept rows, fills the table, and the table paints (the heat map is drawn
     after that paint and timed separately as ``portfolio_heatmap``);
   - ``dashboard_switch``: from ``DashboardPage.show_partnership(id)`` of a partnership not shown before to the
     tiles filled and the first visible chart (the radar) painted;
   - ``round_change``: choosing another round in the round selector, to the tiles and the radar painted.

   Interleaved with every switch, ``scale_floor.build_and_draw`` builds and draws the same radar with matplotlib
   alone from numbers in memory (the floor).

Prints medians and 95th percentiles, ``dashboard_switch_p95_ms=<n>``, and last
``dashboard_switch_ratio=<switch p95 / floor p95>`` (aim: ratio <= 1.5, switch p95 < 100 ms, portfolio < 300 ms).
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_floor  # noqa: E402  (the floor: no HealthDesk code)

PARTNERSHIPS = 200
ROUNDS = 40
PER_SIDE = 10
BUILD_VERSION = "1"  # bump when the generated data changes
SEED = 20261122

INDICATORS = (
    "goal_alignment",
    "market_response",
    "delivery_cycle",
    "communication_cost",
    "revenue_growth",
    "cost_savings",
    "new_offerings",
    "feedback_adoption",
    "decision_conflicts",
    "trust",
)
PROBLEMS = (
    "目标在重组后出现偏离",
    "Decisions wait for the other side's sign-off for weeks.",
    "联合方案的报价由双方各自审批",
    "The joint roadmap meeting was cancelled twice.",
    "客户反馈没有共享渠道",
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def summary(name: str, values: list[float]) -> str:
    return (
        f"{name}_ms median={statistics.median(values):.1f} p95={percentile(values, 0.95):.1f} "
        f"min={min(values):.1f} max={max(values):.1f} n={len(values)}"
    )


# --------------------------------------------------------------------------------------------------- building


def build(folder: Path) -> dict[str, float]:
    """Create the database in ``folder`` at schema head and fill it with bulk inserts (one partnership at a time,
    one transaction)."""
    from healthdesk.models.db import Database

    start = time.perf_counter()
    db = Database.open(folder)
    path = db.path
    db.close(backup="never")
    rng = random.Random(SEED)
    now = datetime(2026, 11, 1, 9, 0, 0).isoformat(sep=" ")
    first_start = date(2016, 12, 1)
    round_id = respondent_id = answer_id = 0
    types = ("joint_venture", "strategic_alliance", "channel_partnership", "capability_complement")
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        for p in range(1, PARTNERSHIPS + 1):
            rounds, respondents, responses, answers = [], [], [], []
            a_label, b_label = f"甲{p:03d}", f"Partner{p:03d}"
            name = f"合作 {p:03d} × Alliance {p:03d}"
            partnership = (
                p,
                name,
                name.casefold(),
                f"P{p:03d}",
                uuid.uuid4().hex,
                f"{a_label} 科技有限公司",
                "",
                a_label,
                f"{b_label} Holdings",
                "",
                b_label,
                types[p % len(types)],
                "2016-06-01",
                "growth",
                "paused" if p % 17 == 0 else "active",
                p % 23 == 0,
                "",
                now,
                now,
            )
            level = rng.uniform(2.0, 4.4)
            slope = rng.uniform(-0.04, 0.04)
            side_gap = rng.uniform(-0.9, 0.9)
            ind_offset = [rng.uniform(-0.5, 0.5) for _ in INDICATORS]
            for k in range(ROUNDS):
                round_id += 1
                start_day = first_start + timedelta(days=91 * k + p % 20)
                is_open = k == ROUNDS - 1 and p % 10 == 0
                rounds.append(
                    (
                        round_id,
                        p,
                        f"{start_day.year} R{k + 1:02d}",
                        start_day.isoformat(),
                        (start_day + timedelta(days=18)).isoformat(),
                        "healthdesk-default@1",
                        uuid.uuid4().hex,
                        "open" if is_open else "closed",
                        3,
                        "",
                        False,
                        "",
                        now,
                        None
                        if is_open
                        else (start_day + timedelta(days=20)).isoformat() + " 18:00:00.000000",
                    )
                )
                mean = level + slope * k + rng.uniform(-0.3, 0.3)
                for side, offset in (("A", side_gap / 2), ("B", -side_gap / 2)):
                    for person in range(PER_SIDE):
                        respondent_id += 1
                        respondents.append(
                            (
                                respondent_id,
                                round_id,
                                f"Respondent {side}{person + 1}",
                                side,
                                "",
                                uuid.uuid4().hex,
                            )
                        )
                        submitted = not (is_open and person >= PER_SIDE - 3)
                        responses.append(
                            (
                                respondent_id,
                                respondent_id,
                                "submitted" if submitted else "in_progress",
                                "",
                                0,
                                now,
                                now,
                                now if submitted else None,
                            )
                        )
                        for n, ind in enumerate(INDICATORS):
                            answer_id += 1
                            na = rng.random() < 0.03
                            score = None
                            problem = ""
                            if not na:
                                score = min(
                                    5, max(1, round(mean + offset + ind_offset[n] + rng.gauss(0, 0.8)))
                                )
                                if score <= 2 and rng.random() < 0.15:
                                    problem = PROBLEMS[answer_id % len(PROBLEMS)]
                            answers.append((answer_id, respondent_id, ind, score, na, problem, now))
            conn.execute(
                "INSERT INTO partnership (id, name, name_key, code, uid, partner_a_name, partner_a_name_alt, "
                "partner_a_label, partner_b_name, partner_b_name_alt, partner_b_label, type, start_date, stage, "
                "status, archived, description, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                partnership,
            )
            conn.executemany(
                "INSERT INTO assessment_round (id, partnership_id, label, start_date, end_date, framework_key, "
                "uid, status, threshold, threshold_note, blind, pin_hash, created_at, closed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rounds,
            )
            conn.executemany(
                "INSERT INTO respondent (id, round_id, name, side, role, uid) VALUES (?, ?, ?, ?, ?, ?)",
                respondents,
            )
            conn.executemany(
                "INSERT INTO response (id, respondent_id, status, comment, last_page, started_at, updated_at, "
                "submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                responses,
            )
            conn.executemany(
                "INSERT INTO answer (id, response_id, indicator_id, score, not_applicable, problem, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                answers,
            )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    return {"build_s": time.perf_counter() - start, "answers": answer_id}


def prepare(folder: Path, rebuild: bool) -> dict[str, float]:
    """Build (or reuse) the database and let the app keep every closed round's results once."""
    from healthdesk.models.db import Database
    from healthdesk.services import portfolio as pf_svc
    from healthdesk.services import summary as summary_svc

    marker = folder / f".scale-built-{BUILD_VERSION}"
    if marker.exists() and not rebuild:
        return {}
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    timings = build(folder)
    db = Database.open(folder)
    try:
        start = time.perf_counter()
        pf_svc.list_portfolio(db)
        timings["first_compute_s"] = time.perf_counter() - start
        summary_svc.clear_memory()
        start = time.perf_counter()
        pf_svc.list_portfolio(db)
        timings["second_open_s"] = time.perf_counter() - start
    finally:
        db.close(backup="never")
    marker.write_text("built\n")
    return timings


# --------------------------------------------------------------------------------------------------- measuring


class PaintCounter:
    """Counts paint events of a widget."""

    def __init__(self, widget) -> None:  # noqa: ANN001
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: ANN001, N802
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self.filter = Filter(widget)
        widget.installEventFilter(self.filter)


def process_events(max_ms: int = 5) -> None:
    """One turn of the event loop as ``app.exec()`` would take it, including the deferred deletes (``deleteLater``)
    that ``processEvents`` alone leaves for a running event loop."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop

    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, max_ms)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def pump_until(condition, timeout_s: float = 30.0) -> None:  # noqa: ANN001
    deadline = time.perf_counter() + timeout_s
    while not condition():
        process_events()
        if time.perf_counter() > deadline:
            raise TimeoutError("the screen did not paint in time")


def idle(seconds: float = 0.05) -> None:
    """Let the app idle briefly between two measurements, as between two clicks (deferred work runs here)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        process_events()


def settle(rounds: int = 10) -> None:
    for _ in range(rounds):
        process_events(10)


def measure(folder: Path, runs: int, lang: str) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QStackedWidget

    from healthdesk.models.db import Database
    from healthdesk.services import summary as summary_svc
    from healthdesk.ui.common.context import AppContext
    from healthdesk.ui.dashboard.page import DashboardPage
    from healthdesk.ui.portfolio.page import PortfolioPage
    from healthdesk.ui.shell import app as app_module

    qapp = app_module.create_application(["healthdesk-scale-bench"])
    app_module.prepare_application(qapp, lang)
    db = Database.open(folder)
    results: dict[str, list[float]] = {
        "portfolio_open": [],
        "portfolio_heatmap": [],
        "portfolio_reload": [],
        "dashboard_switch": [],
        "floor_radar": [],
        "round_change": [],
        "floor_radar_round": [],
    }
    try:
        ctx = AppContext(db, data_dir=folder, lang=lang)
        window = QStackedWidget()
        window.resize(1166, 700)  # a 1366x768 main window without its navigation, menu and status bars
        dashboard = DashboardPage(ctx)
        window.addWidget(dashboard)
        window.show()
        settle()

        # -- the portfolio: opened afresh (a new page, nothing kept in memory), then reloaded ------------
        heat = {"n": 0}

        def open_portfolio() -> PortfolioPage:
            page = PortfolioPage(ctx)
            page.heatmap_drawn.connect(lambda: heat.__setitem__("n", heat["n"] + 1))
            window.addWidget(page)
            window.setCurrentWidget(page)
            return page

        for n in range(runs + 2):
            summary_svc.clear_memory()
            heat_before = heat["n"]
            start = time.perf_counter()
            page = open_portfolio()
            counter = PaintCounter(page.table.viewport())
            pump_until(lambda page=page, counter=counter: counter.count > 0 and page.model.rowCount() > 0)
            filled = time.perf_counter()
            pump_until(lambda heat_before=heat_before: heat["n"] > heat_before)
            drawn = time.perf_counter()
            if n >= 2:  # two warm-ups
                results["portfolio_open"].append((filled - start) * 1000)
                results["portfolio_heatmap"].append((drawn - filled) * 1000)
            assert page.model.rowCount() == PARTNERSHIPS, page.model.rowCount()
            assert not page.model.pending
            if n < runs + 1:
                window.removeWidget(page)
                page.deleteLater()
            idle()
        portfolio = page
        viewport = PaintCounter(portfolio.table.viewport())
        for _ in range(runs):
            before = viewport.count
            start = time.perf_counter()
            portfolio.reload()
            pump_until(lambda before=before: viewport.count > before)
            results["portfolio_reload"].append((time.perf_counter() - start) * 1000)
            idle()

        # -- dashboard switches between partnerships not shown before ------------------------------------
        window.setCurrentWidget(dashboard)
        settle()
        painted = {"n": 0}
        dashboard.chart_painted.connect(lambda name: painted.__setitem__("n", painted["n"] + 1))
        ids = [row.partnership_id for row in portfolio.model.rows]
        random.Random(7).shuffle(ids)
        warm = 2
        for n, pid in enumerate(ids[: runs + warm]):
            before = painted["n"]
            start = time.perf_counter()
            dashboard.show_partnership(pid)
            pump_until(lambda before=before: painted["n"] > before)
            elapsed = time.perf_counter() - start
            assert dashboard.data is not None and dashboard.data.partnership.id == pid
            assert dashboard.index_tile.value.text(), "tiles not filled"
            idle()
            floor_start = time.perf_counter()
            scale_floor.build_and_draw(scale_floor.sample_values(n))
            floor = time.perf_counter() - floor_start
            idle()
            if n >= warm:
                results["dashboard_switch"].append(elapsed * 1000)
                results["floor_radar"].append(floor * 1000)

        # -- changing the round --------------------------------------------------------------------------
        combo = dashboard.round_combo
        targets = []
        for pid in ids[runs + warm : runs + warm + 3]:
            targets.append(pid)
        count = 0
        for pid in targets:
            dashboard.show_partnership(pid)
            pump_until(lambda pid=pid: dashboard.data is not None and dashboard.data.partnership.id == pid)
            settle(3)
            for index in range(1, combo.count()):
                before = painted["n"]
                start = time.perf_counter()
                combo.setCurrentIndex(index)
                pump_until(lambda before=before: painted["n"] > before)
                elapsed = time.perf_counter() - start
                idle()
                floor_start = time.perf_counter()
                scale_floor.build_and_draw(scale_floor.sample_values(index))
                floor = time.perf_counter() - floor_start
                idle()
                results["round_change"].append(elapsed * 1000)
                results["floor_radar_round"].append(floor * 1000)
                count += 1
                if count >= runs:
                    break
            if count >= runs:
                break
        window.close()
    finally:
        db.close(backup="never")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument(
        "--keep-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "healthdesk-bench-scale",
        help="where the built database is kept between runs",
    )
    parser.add_argument("--lang", default="en", choices=("en", "zh"))
    args = parser.parse_args(argv)
    runs = max(50, args.runs)
    logging.disable(logging.WARNING)
    folder = args.keep_dir / "data"
    start = time.perf_counter()
    timings = prepare(folder, args.rebuild)
    if timings:
        print(
            f"built {PARTNERSHIPS} partnerships x {ROUNDS} rounds x {2 * PER_SIDE} respondents x "
            f"{len(INDICATORS)} indicators = {int(timings['answers'])} answers in "
            f"{time.perf_counter() - start:.1f} s (bulk inserts {timings['build_s']:.1f} s, "
            f"first portfolio with every closed round computed and kept "
            f"{timings['first_compute_s']:.1f} s, next open {timings['second_open_s'] * 1000:.0f} ms)"
        )
    else:
        print(f"reusing the database in {folder} (--rebuild to build it again)")
    results = measure(folder, runs, args.lang)
    for name in (
        "portfolio_open",
        "portfolio_heatmap",
        "portfolio_reload",
        "dashboard_switch",
        "floor_radar",
        "round_change",
        "floor_radar_round",
    ):
        print(summary(name, results[name]))
    switch_p95 = percentile(results["dashboard_switch"], 0.95)
    floor_p95 = percentile(results["floor_radar"], 0.95)
    round_ratio = percentile(results["round_change"], 0.95) / percentile(results["floor_radar_round"], 0.95)
    print(f"portfolio_open_p95_ms={percentile(results['portfolio_open'], 0.95):.0f}")
    print(f"round_change_p95_ms={percentile(results['round_change'], 0.95):.0f}")
    print(f"round_change_ratio={round_ratio:.2f}")
    print(f"dashboard_switch_p95_ms={switch_p95:.0f}")
    print(f"dashboard_switch_ratio={switch_p95 / floor_p95:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
