#!/usr/bin/env python3
"""One command to install and run HealthDesk, its tests or its developer tools, on a fresh machine.

    python3 scripts/dev.py run     # make .venv, install, write demo data on first use, start the app
    python3 scripts/dev.py test [PYTEST ARGS]   # make .venv, install with test tools, run the test suite
    python3 scripts/dev.py build   # make .venv, install PyInstaller, build the one-folder app and smoke-test it
    python3 scripts/dev.py package # build, then the Linux .deb (scripts/package_linux.sh; docs/install.md)
    python3 scripts/dev.py screenshots OUT_DIR [--size 1366x768] [--lang en,zh] [--only NAME,NAME]
                                   # a PNG of every screen (scripts/screenshots.py), offscreen
    python3 scripts/dev.py translations update|fill|release|check [ARGS]   # scripts/translations.py
    python3 scripts/dev.py bench startup|scale|report [ARGS]               # bench/<name>.py

Each makes the virtual environment in .venv first if needed and runs with its interpreter. Works on Linux, macOS
and Windows with Python 3.11+. Installs the pinned versions of constraints.txt.
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


def _extra_names(spec: str) -> set[str]:
    return {name for name in spec.strip("[]").split(",") if name}


def ensure_venv(extras: str) -> None:
    """The virtual environment with the package installed with at least ``extras`` (e.g. "[test,build]"); extras
    installed before are kept, so switching between commands does not reinstall."""
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
    sources = (
        f"{(ROOT / 'constraints.txt').stat().st_mtime_ns}:{(ROOT / 'pyproject.toml').stat().st_mtime_ns}"
    )
    had_extras, _, had_sources = (STAMP.read_text() if STAMP.exists() else "").partition(":")
    names = _extra_names(extras)
    if had_sources == sources and names <= _extra_names(had_extras):
        return
    names |= _extra_names(had_extras)
    extras = f"[{','.join(sorted(names))}]" if names else ""
    wanted = f"{extras}:{sources}"
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


TOOLS = {
    "screenshots": ("scripts/screenshots.py", ""),
    "translations": ("scripts/translations.py", ""),
}
BENCHMARKS = ("startup", "scale", "report")


def run_tool(script: str, extras: str, args: list[str]) -> int:
    """Run one of the repository's scripts with the virtual environment's interpreter (in the caller's folder, so
    relative paths given to it mean what they say)."""
    ensure_venv(extras)
    print("+", PY, script, *args, flush=True)
    return subprocess.call([str(PY), str(ROOT / script), *args])


def main(argv: list[str]) -> int:
    commands = ("run", "test", "build", "package", *TOOLS, "bench")
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    if argv[0] in TOOLS:
        script, extras = TOOLS[argv[0]]
        if len(argv) < 2:
            print(__doc__)
            return 2
        return run_tool(script, extras, argv[1:])
    if argv[0] == "bench":
        if len(argv) < 2 or argv[1] not in BENCHMARKS:
            print(f"which benchmark? one of: {', '.join(BENCHMARKS)}")
            return 2
        return run_tool(f"bench/{argv[1]}.py", "[test]", argv[2:])
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
    if argv[0] in ("build", "package"):
        ensure_venv("[test,build]")
        env = dict(os.environ, PYTHON=str(PY))
        rc = subprocess.call(["bash", str(ROOT / "scripts" / "build_app.sh")], cwd=ROOT, env=env)
        if rc or argv[0] == "build":
            return rc
        if not sys.platform.startswith("linux"):
            print(
                "the installers for macOS and Windows are built by .github/workflows/release.yml (docs/install.md)"
            )
            return 2
        return subprocess.call(["bash", str(ROOT / "scripts" / "package_linux.sh")], cwd=ROOT, env=env)
    ensure_venv("[test,build]")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PY), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
