"""Benchmark: the full JMC review against the libraries' own floor for the same work, in one run.

Builds its own partnership with eight rounds (through the services, in a temporary data folder), then times
``build_review`` and ``report_floor.build_floor`` alternately (median of at least five each; the floor writes the
review's own text, page by page, with reportlab in the same font, and draws the same chart Figures the same way:
matplotlib SVG with text as text, turned into reportlab drawings by svglib).
Also prints the build and draw time of each chart as the dashboard would use it, and of the charts that grow with
the history on 40 rounds (``chart_*_40_rounds_ms``; each should stay well under 500 ms). The last line is
``report_ratio=<ours/floor>``; aim for 1.3 or less. The line before it puts the whole ``healthdesk report``
process time (``process_s``: interpreter start, imports, fonts and the build) beside the in-process build time.

    python3 scripts/dev.py bench report [--runs 5] [--lang en|zh|bilingual] [--paper a4|letter]
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import report_floor  # noqa: E402  (the floor: no HealthDesk code)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="en", choices=("en", "zh", "bilingual"))
    parser.add_argument("--paper", default="a4", choices=("a4", "letter"))
    args = parser.parse_args()
    runs = max(5, args.runs)
    logging.disable(logging.WARNING)  # keep the output to the numbers

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from pypdf import PdfReader

    from healthdesk.models.db import Database
    from healthdesk.reports import charts
    from healthdesk.reports.data import collect_review_data
    from healthdesk.reports.fonts import font_path
    from healthdesk.reports.pdf import build_review, chart_count
    from healthdesk.reports.sample import build_sample

    with tempfile.TemporaryDirectory(prefix="hd-bench-report-") as tmp:
        folder = Path(tmp)
        db = Database.open(folder / "data")
        try:
            start = time.perf_counter()
            build_sample(db, 8)
            print(f"sample_build_s={time.perf_counter() - start:.2f}")
            start = time.perf_counter()
            data = collect_review_data(db, "CSHK", as_of=date(2025, 3, 1))
            print(f"collect_s={time.perf_counter() - start:.3f}")
        finally:
            db.close()

        # Charts as the dashboard uses them: build the Figure, then draw it once.
        fw, sc, hist = data.framework, data.scores, list(data.history)
        builders = {
            "radar": lambda: charts.radar_chart(sc, fw, data.labels, args.lang),
            "trend": lambda: charts.trend_chart(hist, fw, args.lang, data.labels),
            "gap": lambda: charts.gap_chart(sc, fw, data.labels, args.lang),
            "heatmap": lambda: charts.heatmap_chart(hist, fw, args.lang),
            "portfolio": lambda: charts.portfolio_heatmap(
                [(f"Partnership {n}", s) for n, s in enumerate(hist)], fw, args.lang
            ),
        }
        # The charts that grow with the history, on 40 rounds (the eight sample rounds again and again).
        many = [
            dataclasses.replace(hist[k % len(hist)], round_id=k + 1, label=f"{2006 + k // 2} H{k % 2 + 1}")
            for k in range(40)
        ]
        builders.update(
            {
                "trend_40_rounds": lambda: charts.trend_chart(many, fw, args.lang, data.labels),
                "trend_latest_40_rounds": lambda: charts.trend_chart(
                    many, fw, args.lang, data.labels, max_rounds=12
                ),
                "heatmap_40_rounds": lambda: charts.heatmap_chart(many, fw, args.lang),
                "history_40_rounds": lambda: charts.history_chart(
                    many, fw, "indicator", fw.indicators[0].id, data.labels, args.lang
                ),
            }
        )
        for name, build in builders.items():
            FigureCanvasAgg(build()).draw()  # warm-up
            build_t, draw_t = [], []
            for _ in range(5):
                t0 = time.perf_counter()
                fig = build()
                t1 = time.perf_counter()
                fig.canvas.draw() if fig.canvas.__class__ is FigureCanvasAgg else FigureCanvasAgg(fig).draw()
                draw_t.append(time.perf_counter() - t1)
                build_t.append(t1 - t0)
            b, d = statistics.median(build_t) * 1000, statistics.median(draw_t) * 1000
            print(f"chart_{name}_ms build={b:.1f} draw={d:.1f} total={b + d:.1f}")

        out = folder / "review.pdf"
        build_review(out, data, args.lang, args.paper)  # warm-up (fonts, caches) for both sides
        reader = PdfReader(str(out))
        pages = len(reader.pages)
        page_texts = [(page.extract_text() or "").splitlines() for page in reader.pages]
        n_charts = chart_count(data)
        # The same Figures the review prints (pdf._chart_images builds these three).
        figures = [builders["radar"], builders["gap"]]
        if len(hist) >= 2:
            figures.insert(1, builders["trend"])
        figures = figures[:n_charts]
        report_floor.build_floor(page_texts, figures, font_path())
        ours, floor, ours_cpu, floor_cpu = [], [], [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            build_review(out, data, args.lang, args.paper)
            ours.append(time.perf_counter() - t0)
            ours_cpu.append(time.process_time() - c0)
            t0, c0 = time.perf_counter(), time.process_time()
            report_floor.build_floor(page_texts, figures, font_path())
            floor.append(time.perf_counter() - t0)
            floor_cpu.append(time.process_time() - c0)
        ours_s, floor_s = statistics.median(ours), statistics.median(floor)
        print(f"pages={pages} charts={n_charts} lang={args.lang} paper={args.paper} runs={runs}")
        print(f"review_s={ours_s:.3f} floor_s={floor_s:.3f}")
        # CPU time of this process: steadier than wall time on a machine shared with other work.
        cpu_o, cpu_f = statistics.median(ours_cpu), statistics.median(floor_cpu)
        print(f"review_cpu_s={cpu_o:.3f} floor_cpu_s={cpu_f:.3f} cpu_ratio={cpu_o / cpu_f:.2f}")
        process_s, process_cpu, process_round = _process_time(folder, data, args)
        print(
            f"process_s={process_s:.3f} build_s={ours_s:.3f} process_cpu_s={process_cpu:.3f}"
            f" build_cpu_s={cpu_o:.3f} round={process_round}"
        )
        print(f"report_ratio={ours_s / floor_s:.2f}")
    return 0


def _process_time(folder: Path, data, args) -> tuple[float, float, str]:  # noqa: ANN001
    """The whole ``healthdesk report`` process (interpreter start, imports, fonts, build), wall and CPU time,
    median of three. An open round that shares its results only once closed is refused by the command: then the
    latest closed round."""
    import resource
    import subprocess

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    labels = [data.round.label, *(sc.label for sc in reversed(data.history) if sc.label != data.round.label)]
    for label in labels[:3]:
        cmd = [sys.executable, "-m", "healthdesk.cli", "--data-dir", str(folder / "data"), "report", "CSHK"]
        cmd += ["--round", label, "--lang", args.lang, "--paper", args.paper, "--as-of", "2025-03-01"]
        cmd += ["-o", str(folder / "process.pdf")]
        times, cpu = [], []
        for _ in range(3):
            t0, c0 = time.perf_counter(), children_cpu()
            done = subprocess.run(cmd, capture_output=True, text=True)
            times.append(time.perf_counter() - t0)
            cpu.append(children_cpu() - c0)
            if done.returncode != 0:
                break
        else:
            return statistics.median(times), statistics.median(cpu), label
    return float("nan"), float("nan"), "refused"


if __name__ == "__main__":
    raise SystemExit(main())
