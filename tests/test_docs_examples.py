"""The examples of the documentation pages run and print what the pages show."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_docs_example_runs_as_shown():
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "_ext" / "check_examples.py")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
