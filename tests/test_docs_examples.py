"""The examples of the documentation pages and the README run and print what they show."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("pages", [[], ["README.md"]], ids=["docs", "readme"])
def test_every_docs_example_runs_as_shown(pages):
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "_ext" / "check_examples.py"), *pages],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
