from __future__ import annotations

import inspect
import subprocess
import sys

import geotext


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
