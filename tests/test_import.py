from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import geotext

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "article_fr.txt"


def test_public_names_are_exported_and_documented():
    for name in geotext.__all__:
        obj = getattr(geotext, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert obj.__doc__, f"geotext.{name} has no docstring"


def test_import_loads_no_heavy_dependency():
    code = (
        "import sys, geotext\n"
        "heavy = [m for m in ('stanza', 'torch', 'dateparser', 'spacy') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_version_is_a_string():
    assert isinstance(geotext.__version__, str) and geotext.__version__[0].isdigit()


def test_the_core_install_needs_neither_torch_nor_stanza():
    from importlib.metadata import requires

    core = [r for r in requires("geotext-fr") or [] if "extra ==" not in r]
    names = {re.split(r"[\s\[<>=!~;(]", r, maxsplit=1)[0].lower() for r in core}
    assert names and names.isdisjoint({"torch", "stanza"})
    extras = [r for r in requires("geotext-fr") or [] if re.search(r"extra == .stanza.", r)]
    assert any(r.startswith("stanza") for r in extras)


def test_every_layer_works_where_torch_and_stanza_cannot_be_imported():
    # As after `pip install -e .` without the stanza extra: importing either raises ImportError.
    code = (
        "import json, sys\n"
        "sys.modules['torch'] = sys.modules['stanza'] = None\n"
        "import geotext\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "doc = geotext.parse(text, reference_date='2024-03-08')\n"
        "try:\n"
        "    geotext.StanzaParser.from_dir('.')\n"
        "except ImportError as error:\n"
        "    hint = str(error)\n"
        "print(json.dumps({'layers': {k: len(v) for k, v in doc.layers.items()}, 'hint': hint}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ARTICLE)], capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout)
    assert set(result["layers"]) == set(geotext.Pipeline().layer_names)
    assert all(result["layers"].values()), result["layers"]
    assert "pip install 'geotext-fr[stanza]'" in result["hint"]


def test_no_module_binds_a_top_level_name_twice():
    # A second ``_NAME = ...`` far down a long module silently replaces the first for every
    # function that reads it; each module-level name is bound once.
    import ast
    from collections import Counter

    source = Path(geotext.__file__).resolve().parent
    twice = {}
    for path in sorted(source.rglob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        doubled = sorted(name for name, count in names.items() if count > 1)
        if doubled:
            twice[path.name] = doubled
    assert twice == {}
