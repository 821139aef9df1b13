"""The layers hold: scoring imports neither Qt nor SQLAlchemy; storage, services and reports never import Qt;
screens never import SQLAlchemy (they call services)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "healthdesk"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def files(*parts: str) -> list[Path]:
    found = []
    for part in parts:
        target = PACKAGE / part
        found.extend(sorted(target.rglob("*.py")) if target.is_dir() else [target])
    return [f for f in found if f.exists()]


RULES = [
    (("analysis", "framework.py", "strictjson.py"), ("PySide6", "sqlalchemy", "reportlab", "matplotlib")),
    (("present",), ("PySide6", "sqlalchemy", "reportlab", "matplotlib")),
    (("models", "services", "commands", "cli.py", "paths.py", "errors.py"), ("PySide6",)),
    (("reports",), ("PySide6",)),
    (("ui",), ("sqlalchemy",)),
]


@pytest.mark.parametrize("parts, forbidden", RULES, ids=lambda v: ",".join(v) if isinstance(v, tuple) else v)
def test_no_forbidden_imports(parts, forbidden):
    offenders = []
    for path in files(*parts):
        for name in imported_modules(path):
            if name.split(".")[0] in forbidden:
                offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_importing_the_engine_and_services_loads_no_qt():
    code = (
        "import sys, healthdesk.analysis.scoring, healthdesk.services.summary, healthdesk.cli;"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','matplotlib','reportlab'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
