"""The shared dev corpus, ``../shared/corpus/dev`` beside the repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"

needs_dev_corpus = pytest.mark.skipif(
    not DEV.is_dir(), reason="the shared dev corpus (../shared/corpus/dev) is not here"
)


def dev_items() -> list[tuple[str, str, str | None]]:
    """``(id, text, reference_date)`` of every dev-corpus document, in file order."""
    items = []
    for path in sorted(DEV.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        items.append((record.get("id", path.stem), record["text"], record.get("reference_date")))
    return items
