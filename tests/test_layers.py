"""The modules of ``src/geotext`` import each other in layers, without a circle.

Only module-level imports count: an import inside a function runs when it is called, and one
under ``if TYPE_CHECKING:`` never runs. ``geotext.model`` and ``geotext.errors`` are the bottom
layer; ``geotext.display`` and ``geotext.serialise`` stand above the model.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    found = {}
    for path in sorted((SRC / "geotext").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def module_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """The imports that run when the module is imported: not in functions or classes' methods,
    not under ``if TYPE_CHECKING:`` (its ``else`` branch does run)."""
    found: list[ast.Import | ast.ImportFrom] = []

    def walk(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.append(node)
            elif isinstance(node, ast.If):
                if not _is_type_checking(node.test):
                    walk(node.body)
                walk(node.orelse)
            elif isinstance(node, ast.Try):
                walk(node.body)
                walk(node.orelse)
                walk(node.finalbody)
                for handler in node.handlers:
                    walk(handler.body)
            elif isinstance(node, (ast.With, ast.ClassDef)):
                walk(node.body)

    walk(tree.body)
    return found


def import_graph() -> dict[str, set[str]]:
    """For each geotext module, the geotext modules its module-level imports name.

    ``from a.b import c`` names ``a.b.c`` when that is a module, else ``a.b``. Parent packages a
    dotted import runs first are not edges (every module would depend on ``geotext``).
    """
    mods = modules()
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in module_level_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                edges |= {a.name for a in node.names if a.name in mods}
                continue
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            for alias in node.names:
                if f"{base}.{alias.name}" in mods:
                    edges.add(f"{base}.{alias.name}")
                elif base in mods:
                    edges.add(base)
        edges.discard(name)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle of ``graph`` as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_graph_sees_every_module_and_its_imports():
    graph = import_graph()
    assert {"geotext", "geotext.model", "geotext.display", "geotext.parser.stanza"} <= set(graph)
    assert graph["geotext.model"] == {"geotext.errors"}
    assert "geotext.model" in graph["geotext.display"]
    assert "geotext.normaliser.text" in graph["geotext.serialise"]
    # imports under TYPE_CHECKING and inside functions are left out
    assert "geotext.normaliser.text" not in graph["geotext.model"]
    assert "geotext.parser.stanza" not in graph["geotext.parser"]


def test_the_cycle_finder_finds_a_circle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_module_level_imports_make_no_circle():
    assert find_cycle(import_graph()) is None


BOTTOM = {"geotext.errors": set(), "geotext.model": {"geotext.errors"}}
ABOVE_THE_MODEL = ("geotext.display", "geotext.serialise")


@pytest.mark.parametrize("name", sorted(BOTTOM))
def test_the_bottom_layer_imports_only_the_bottom_layer(name):
    assert import_graph()[name] <= BOTTOM[name]


@pytest.mark.parametrize("name", ABOVE_THE_MODEL)
def test_display_and_serialise_stand_above_the_model(name):
    graph = import_graph()
    assert "geotext.model" in graph[name]
    below = {m for m in graph if name in _reachable(graph, m)}
    assert below.isdisjoint(BOTTOM), f"{name} is imported by the bottom layer"


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_the_model_loads_no_display():
    loaded = _loaded_after("import geotext.model")
    assert "geotext.model" in loaded
    assert "geotext.display" not in loaded


def test_render_still_comes_from_the_package_and_the_document():
    loaded = _loaded_after("import geotext")
    assert "geotext.display" not in loaded
    code = (
        "import geotext\n"
        "doc = geotext.parse('Paix au Mali.')\n"
        "assert geotext.render is __import__('geotext.display').display.render\n"
        "assert doc._repr_html_() == geotext.render(doc)\n"
        "from geotext import render\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
