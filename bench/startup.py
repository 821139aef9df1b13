"""Start-up time of the app against bare floors, whole processes, interleaved, median of N runs each.

    python3 scripts/dev.py bench startup [--runs 7] [--display]

Prints the medians and the ratios (``ui_entry_first_paint_ratio`` is the app started as ``python -m healthdesk.ui``,
without the command line's parser, to show what the parser costs):
  first_paint_ratio   app to its first paint  /  a bare PySide6 window to its first paint      (aim <= 1.5)
  startup_ratio       app to ready (the partnerships from the database on screen)  /  a bare window that lists the
                      partnership names read with the SQLAlchemy ORM, to its first paint     (aim <= 1.3; printed last)

The app exits itself at that moment (HEALTHDESK_BENCH_EXIT=first-paint|ready). In that mode it does not listen
for other launches on its folder (the single-instance server a plain start sets up after its first paint, about
7 ms with QtNetwork's import), as before. The data folder is a demo database
built once before timing (so migrations are already current, as on every start but the first); bytecode is
compiled by the untimed warm-up runs into a private cache (as an installed app has it), whatever
PYTHONDONTWRITEBYTECODE says.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def build_demo_folder(folder: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from healthdesk.models.db import Database; "
        "from healthdesk.demo import build_demo; db = Database.open(Path(sys.argv[1])); build_demo(db); db.close()"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(folder)], check=True, cwd=ROOT)
    # The demo a first start offers (whole process); a slow laptop must still feel it instant (aim < 10 s).
    print(f"demo_build_s={time.perf_counter() - start:.2f}", flush=True)


def run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(
            f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-2000:]}"
        )
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--display", action="store_true", help="use the current display instead of offscreen")
    args = parser.parse_args(argv)
    runs = max(args.runs, 7)
    base_env = dict(os.environ)
    if not args.display:
        base_env["QT_QPA_PLATFORM"] = "offscreen"
    base_env.pop("HEALTHDESK_BENCH_EXIT", None)
    tmp = Path(tempfile.mkdtemp(prefix="healthdesk-bench-"))
    # Compiled bytecode, as an installed app has it: without it (PYTHONDONTWRITEBYTECODE=1, set in some shells and
    # CI) every start compiles all of HealthDesk's source again while the floors compile one module, which measures
    # the compiler, not the start. The cache goes to a private folder (written by the warm-up runs), not the tree.
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    base_env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    try:
        data = tmp / "data"
        build_demo_folder(data)
        py = sys.executable
        app_cmd = [py, "-m", "healthdesk", "--data-dir", str(data), "--lang", "en"]  # what `healthdesk` runs
        ui_cmd = [
            py,
            "-m",
            "healthdesk.ui",
            "--data-dir",
            str(data),
            "--lang",
            "en",
        ]  # the app without the CLI
        cases = {
            "bare_first_paint": ([py, str(BENCH / "floor_bare.py")], {}),
            "app_first_paint": (app_cmd, {"HEALTHDESK_BENCH_EXIT": "first-paint"}),
            "ui_entry_first_paint": (ui_cmd, {"HEALTHDESK_BENCH_EXIT": "first-paint"}),
            "orm_floor_ready": ([py, str(BENCH / "floor_orm.py"), str(data)], {}),
            "app_ready": (app_cmd, {"HEALTHDESK_BENCH_EXIT": "ready"}),
        }
        # One warm-up of each (file cache), not timed.
        for cmd, extra in cases.values():
            run(cmd, {**base_env, **extra})
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(runs):
            for name, (cmd, extra) in cases.items():
                times[name].append(run(cmd, {**base_env, **extra}))
        med = {name: statistics.median(values) for name, values in times.items()}
        for name, value in med.items():
            spread = f"{min(times[name]):.3f}–{max(times[name]):.3f}"
            print(f"{name}: median {value:.3f} s (min–max {spread}, n={runs})")
        print(f"ui_entry_first_paint_ratio={med['ui_entry_first_paint'] / med['bare_first_paint']:.2f}")
        print(f"first_paint_ratio={med['app_first_paint'] / med['bare_first_paint']:.2f}")
        print(f"startup_ratio={med['app_ready'] / med['orm_floor_ready']:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
