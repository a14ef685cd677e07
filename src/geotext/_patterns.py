"""Helpers shared by the modules that compile patterns from word lists."""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = ["alternation"]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first so that none hides another."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
