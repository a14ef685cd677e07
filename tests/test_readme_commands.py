"""CI runs exactly the README's two commands: set-up with the main job, then the tests."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```bash\n(.*?)```", text, re.S)]


def test_readme_has_the_two_commands_ci_runs():
    commands = readme_commands()
    assert len(commands) == 2
    setup, tests = commands
    assert "examples/quickstart.py" in setup and "pip install" in setup
    assert "pytest" in tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert setup in ci
    assert tests in ci
