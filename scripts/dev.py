#!/usr/bin/env python3
"""One command to install and run HealthDesk, or to install and run its tests, on a fresh machine.

    python3 scripts/dev.py run     # make .venv, install, write demo data on first use, start the app
    python3 scripts/dev.py test    # make .venv, install with test tools, run the whole test suite
    python3 scripts/dev.py build   # make .venv, install PyInstaller, build the one-folder app and smoke-test it

Works on Linux, macOS and Windows with Python 3.11+. Installs the pinned versions of constraints.txt.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".healthdesk-installed"


def run(cmd: list[str], **kwargs) -> None:  # noqa: ANN003
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kwargs)


def ensure_venv(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be started by an older python3
        sys.exit(f"HealthDesk needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PY.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except Exception as exc:  # Debian's python3 without python3-venv
            sys.exit(
                f"could not create a virtual environment ({exc}); on Debian/Ubuntu: apt install python3-venv"
            )
    wanted = f"{extras}:{(ROOT / 'constraints.txt').stat().st_mtime_ns}:{(ROOT / 'pyproject.toml').stat().st_mtime_ns}"
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    run(
        [
            PY,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            "constraints.txt",
            "-e",
            f".{extras}",
        ]
    )
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "build"):
        print(__doc__)
        return 2
    if argv[0] == "run":
        ensure_venv("")
        env = dict(os.environ)
        probe = subprocess.run(
            [
                str(PY),
                "-c",
                "from healthdesk.paths import DataPaths, data_dir; print(DataPaths(data_dir()).database)",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=True,
        )
        if not Path(probe.stdout.strip()).exists():
            run([PY, "-m", "healthdesk", "demo", *argv[1:]], env=env)
        return subprocess.call([str(PY), "-m", "healthdesk", *argv[1:]], cwd=ROOT, env=env)
    if argv[0] == "build":
        ensure_venv("[test,build]")
        env = dict(os.environ, PYTHON=str(PY))
        return subprocess.call(["bash", str(ROOT / "scripts" / "build_app.sh")], cwd=ROOT, env=env)
    ensure_venv("[test,build]")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PY), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
