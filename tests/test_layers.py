"""The layers hold (docs/architecture.md): no import cycle between HealthDesk modules, and no import across a
boundary the architecture forbids. Every import counts — absolute or relative, at module level or inside a
function — except those under ``if TYPE_CHECKING:`` (never run), which count for the boundaries but not for
cycles."""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "healthdesk"


@dataclass(frozen=True)
class Edge:
    source: str  # the importing module, dotted
    target: str  # what it names, dotted (a module, or a module plus an attribute)
    line: int
    typing_only: bool


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _typing_only_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", None)
            if name == "TYPE_CHECKING":
                for child in node.body:
                    for sub in ast.walk(child):
                        if hasattr(sub, "lineno"):
                            lines.add(sub.lineno)
    return lines


def imports_of(path: Path, root: Path) -> list[Edge]:
    """Every import in the file, wherever it is, relative ones resolved against the module's package."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = _typing_only_lines(tree)
    edges = []
    for node in ast.walk(tree):
        quiet = node.lineno in typing_only if hasattr(node, "lineno") else False
        if isinstance(node, ast.Import):
            edges.extend(Edge(name, alias.name, node.lineno, quiet) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            edges.append(Edge(name, module, node.lineno, quiet))
            edges.extend(Edge(name, f"{module}.{alias.name}", node.lineno, quiet) for alias in node.names)
    return edges


@dataclass
class Graph:
    modules: dict[str, Path]
    edges: list[Edge]

    def resolve(self, target: str) -> str | None:
        """The HealthDesk module an import target names (``pkg.mod.func`` → ``pkg.mod``), or None."""
        while target and target not in self.modules:
            target = target.rpartition(".")[0]
        return target or None

    def module_edges(self, include_typing: bool = False) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {name: {} for name in self.modules}
        for edge in self.edges:
            if edge.typing_only and not include_typing:
                continue
            target = self.resolve(edge.target)
            if target and target != edge.source:
                out[edge.source].setdefault(target, edge.line)
        return out


def build_graph(root: Path) -> Graph:
    modules = {module_name(p, root): p for p in sorted(root.rglob("*.py")) if "migrations" not in p.parts}
    edges = [edge for path in modules.values() for edge in imports_of(path, root)]
    return Graph(modules, edges)


def find_cycles(graph: Graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted; sorted."""
    edges = graph.module_edges()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in edges:
        if v not in index:
            visit(v)
    return sorted(found)


def describe_cycle(graph: Graph, component: list[str]) -> str:
    edges = graph.module_edges()
    inner = [f"{a} -> {b} (line {line})" for a in component for b, line in edges[a].items() if b in component]
    return "cycle: " + ", ".join(component) + "\n    " + "\n    ".join(inner)


# Which layer may not import what. A layer is a module prefix relative to the package root; so is a forbidden
# target, or a third-party top-level name. ``allowed`` lists (module of the layer, target prefix) pairs exempt.
@dataclass(frozen=True)
class Rule:
    layer: str
    forbidden: tuple[str, ...]
    why: str
    allowed: tuple[tuple[str, str], ...] = ()


QT = ("PySide6",)
RULES = [
    Rule(
        "analysis",
        (
            *QT,
            "sqlalchemy",
            "reportlab",
            "matplotlib",
            "models",
            "services",
            "ui",
            "reports",
            "exchange",
            "commands",
            "maintenance",
        ),
        "scoring is pure",
    ),
    Rule("framework", (*QT, "sqlalchemy", "models", "services", "ui", "reports"), "the framework is pure"),
    Rule("strictjson", (*QT, "sqlalchemy", "models", "services", "ui", "reports"), "a pure helper"),
    Rule(
        "present",
        (*QT, "sqlalchemy", "reportlab", "matplotlib", "models", "services", "ui", "reports"),
        "presentation is Qt-free and storage-free",
    ),
    Rule(
        "models",
        (*QT, "maintenance", "services", "ui", "reports", "exchange", "commands"),
        "storage is the bottom layer",
    ),
    Rule("services", (*QT, "ui", "reports", "commands"), "services are Qt-free use cases"),
    Rule("exchange", (*QT, "ui", "reports", "commands"), "exchange is a use-case layer on the services"),
    Rule("maintenance", (*QT, "ui", "services", "reports"), "data safety sits on storage only"),
    # reports/data.py is the one module of the layer that calls services: it gathers the data object the
    # outputs (pdf, sheet, charts) receive. reports/sample.py builds the sample partnership for fonts checks.
    Rule(
        "reports",
        (*QT, "services", "ui", "models", "commands"),
        "outputs receive a data object",
        allowed=tuple(
            (m, layer) for m in ("reports.data", "reports.sample") for layer in ("services", "models")
        ),
    ),
    # The command line starts the app through ui.app (``healthdesk``, ``healthdesk open FILE``) and nothing else.
    Rule(
        "commands",
        (*QT, "ui"),
        "the command line has no GUI",
        allowed=(("commands.exchange", "ui.shell.app"),),
    ),
    Rule("cli", (*QT, "ui"), "the command line has no GUI", allowed=(("cli", "ui.shell.app"),)),
    # One exception: respondent_room reads the folder's lock file (models.lock: no SQL, no SQLAlchemy) before the
    # window's first paint, when importing maintenance would load SQLAlchemy first.
    Rule(
        "ui",
        ("sqlalchemy", "models"),
        "screens reach storage through services or maintenance",
        allowed=(("ui.walkthrough.room", "models.lock"),),
    ),
]


def _matches(target: str, prefix: str, root_name: str) -> bool:
    if prefix[:1].isupper() or prefix in ("sqlalchemy", "reportlab", "matplotlib", "alembic", "openpyxl"):
        return target == prefix or target.startswith(prefix + ".")
    full = f"{root_name}.{prefix}"
    return target == full or target.startswith(full + ".")


def boundary_violations(graph: Graph, rules: list[Rule], root_name: str) -> list[str]:
    offenders = []
    for rule in rules:
        layer = f"{root_name}.{rule.layer}"
        for edge in graph.edges:
            if not (edge.source == layer or edge.source.startswith(layer + ".")):
                continue
            short = edge.source[len(root_name) + 1 :]
            if any(short == m and _matches(edge.target, target, root_name) for m, target in rule.allowed):
                continue
            for bad in rule.forbidden:
                if _matches(edge.target, bad, root_name):
                    offenders.append(f"{edge.source} imports {edge.target} (line {edge.line}): {rule.why}")
                    break
    return sorted(set(offenders))


def test_no_import_cycles():
    graph = build_graph(PACKAGE)
    cycles = find_cycles(graph)
    assert not cycles, f"{len(cycles)} import cycle(s):\n" + "\n".join(
        describe_cycle(graph, c) for c in cycles
    )


def test_no_import_across_a_forbidden_boundary():
    offenders = boundary_violations(build_graph(PACKAGE), RULES, PACKAGE.name)
    assert not offenders, "\n".join(offenders)


def test_the_checker_sees_relative_function_level_cycles_and_ui_to_models(tmp_path):
    root = tmp_path / "fakepkg"
    for folder in ("", "models", "ui", "services"):
        (root / folder).mkdir(exist_ok=True)
        (root / folder / "__init__.py").write_text("")
    (root / "services" / "a.py").write_text("from . import b\n")
    (root / "services" / "b.py").write_text("def f():\n    from .a import thing\n    return thing\n")
    (root / "models" / "entities.py").write_text("class Row: ...\n")
    (root / "ui" / "screen.py").write_text(
        "def load():\n    from ..models.entities import Row\n    return Row\n"
    )
    (root / "ui" / "typed.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..ui import screen\n"
    )
    (root / "ui" / "screen2.py").write_text("from . import typed\n")
    graph = build_graph(root)
    assert find_cycles(graph) == [["fakepkg.services.a", "fakepkg.services.b"]]
    offenders = boundary_violations(graph, RULES, "fakepkg")
    assert offenders and all("fakepkg.ui.screen imports fakepkg.models.entities" in o for o in offenders)


def test_importing_the_engine_and_services_loads_no_qt():
    code = (
        "import sys, healthdesk.analysis.scoring, healthdesk.services.summary, healthdesk.cli;"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','matplotlib','reportlab'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", ["healthdesk.ui.shell.app", "healthdesk.cli", "healthdesk.reports.pdf"])
def test_each_entry_point_imports_cleanly_on_its_own(module):
    result = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def is_view_model(module: str, root_name: str) -> bool:
    """A screen's Qt-free view-model: ``ui.<screen>_model`` now, ``ui.<screen>.model`` once screens are packages."""
    parts = module.split(".")
    return parts[:2] == [root_name, "ui"] and (
        (len(parts) == 3 and parts[2].endswith("_model")) or (len(parts) == 4 and parts[3] == "model")
    )


def view_model_violations(graph: Graph, root_name: str) -> list[str]:
    """A view-model imports no Qt, and no ui module but other view-models (the rest of ``ui`` is Qt).
    ``build_graph`` reads every import, at module level or in a function."""
    offenders = []
    for edge in graph.edges:
        if not is_view_model(edge.source, root_name):
            continue
        target = graph.resolve(edge.target) or edge.target
        qt = _matches(edge.target, "PySide6", root_name)
        # A package's __init__ is left to the import check below (test_view_models_load_no_qt).
        package = target in graph.modules and graph.modules[target].name == "__init__.py"
        qt_screen = _matches(target, "ui", root_name) and not package
        if qt or (qt_screen and not is_view_model(target, root_name)):
            offenders.append(
                f"{edge.source} imports {edge.target} (line {edge.line}): view-models are Qt-free"
            )
    return sorted(set(offenders))


def test_view_models_import_no_qt(tmp_path):
    graph = build_graph(PACKAGE)
    assert [m for m in graph.modules if is_view_model(m, PACKAGE.name)], "no view-model found"
    assert not view_model_violations(graph, PACKAGE.name)
    root = tmp_path / "fakepkg"
    (root / "ui" / "rounds").mkdir(parents=True)
    for init in (root / "__init__.py", root / "ui" / "__init__.py", root / "ui" / "rounds" / "__init__.py"):
        init.write_text("")
    (root / "ui" / "widgets.py").write_text("from PySide6.QtWidgets import QLabel\n")
    (root / "ui" / "ok_model.py").write_text("from . import rounds\nfrom .rounds import model\n")
    (root / "ui" / "rounds" / "model.py").write_text("def f():\n    from PySide6 import QtCore\n")
    (root / "ui" / "bad_model.py").write_text("from .widgets import QLabel\n")
    found = view_model_violations(build_graph(root), "fakepkg")
    assert {line.split(" imports ")[0] for line in found} == {
        "fakepkg.ui.bad_model",
        "fakepkg.ui.rounds.model",
    }


def test_view_models_load_no_qt():
    names = [m for m in build_graph(PACKAGE).modules if is_view_model(m, PACKAGE.name)]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
