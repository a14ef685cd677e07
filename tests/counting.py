"""Readers shared by the tests of the number layers: what a parse counts, as plain pairs."""

from __future__ import annotations

import geotext


def quantities(text: str) -> list[tuple[str, float]]:
    """The (unit, value) of each quantity the default pipeline finds in ``text``."""
    return [(q.unit, q.value) for q in geotext.parse(text).quantities]


def casualties(text: str) -> list[tuple[str, float]]:
    """The (category, value) of each casualty the default pipeline finds in ``text``."""
    return [(c.category.value, c.value) for c in geotext.parse(text).casualties]
