"""What the app has loaded when its main window is ready (issue 15, start-up): on an up-to-date database, no
migration tool, no charts and no PDF library. They load when a migration, a chart or a report needs them.

The app runs as its own process (``healthdesk --data-dir DIR``, offscreen) on a folder holding the demo data, and
prints ``sys.modules`` at the moment ``bench/startup.py`` calls ready (``HEALTHDESK_BENCH_EXIT=ready``: the
partnerships read from the database are on screen).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Loaded only when needed: Alembic for a database below head, matplotlib (and numpy) for a chart, reportlab for
# a PDF, cryptography for the offline exchange (its menu is installed right after ready). None of them is needed
# to show the home screen.
NOT_BEFORE_READY = ("alembic", "matplotlib", "numpy", "reportlab", "cryptography")

PROBE = """
import json, os, sys
from healthdesk.ui.shell import app

def report_and_exit():
    print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)

app._bench_exit = report_and_exit  # what HEALTHDESK_BENCH_EXIT=ready calls once the home page has painted
from healthdesk.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def _prepared_folder(folder: Path) -> None:
    """The demo data (several partnerships, so the portfolio is the home screen), migrated to head, closed."""
    from healthdesk.demo import build_demo
    from healthdesk.models.db import Database

    db = Database.open(folder)
    try:
        build_demo(db)
    finally:
        db.close()


def _modules_at_ready(folder: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HEALTHDESK_BENCH_EXIT="ready")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(folder), "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=300,
    )
    out = proc.stdout.decode(errors="replace")
    lines = [line for line in out.splitlines() if line.startswith("MODULES ")]
    assert proc.returncode == 0 and lines, (
        f"the app did not reach ready (exit {proc.returncode}): {proc.stderr.decode(errors='replace')[-3000:]}"
    )
    return set(json.loads(lines[-1][len("MODULES ") :]))


def test_ready_on_an_up_to_date_database_loads_no_alembic_charts_or_pdf(data_dir):
    _prepared_folder(data_dir)
    modules = _modules_at_ready(data_dir)
    # It really is the ready home screen, with data: the window, the ORM and the portfolio page are loaded.
    assert {"healthdesk.ui.shell.main_window", "sqlalchemy.orm", "healthdesk.ui.portfolio.page"} <= modules
    loaded = sorted(
        name
        for name in modules
        if name.split(".")[0] in NOT_BEFORE_READY or name == "healthdesk.reports.charts"
    )
    assert loaded == [], f"loaded before the main window was ready: {loaded}"
