"""Extractors by name: the built-in ones, then those of the ``geotext.extractors`` entry points.

A package registers an extractor with, in its ``pyproject.toml``::

    [project.entry-points."geotext.extractors"]
    weapons = "my_package.weapons:WeaponExtractor"

The object an entry point names is called with no argument to make the extractor.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import cast

from geotext.extractors.base import Extractor

__all__ = [
    "BUILTIN",
    "ENTRY_POINT_GROUP",
    "available",
    "create",
    "default_extractors",
    "languages_of",
]

ENTRY_POINT_GROUP = "geotext.extractors"

#: Built-in extractors by layer name, as ``module:attribute``.
BUILTIN: dict[str, str] = {
    "entities": "geotext.extractors.entities:EntityExtractor",
    "links": "geotext.extractors.links:LinkExtractor",
    "quantities": "geotext.extractors.quantities:QuantityExtractor",
    "casualties": "geotext.extractors.quantities:CasualtyExtractor",
    "times": "geotext.extractors.times:TimeExtractor",
    "quotes": "geotext.extractors.quotes:QuoteExtractor",
    "events": "geotext.extractors.events:EventExtractor",
}


#: Built-in extractors that read French only and do not say so with a ``languages`` attribute.
_FRENCH_ONLY = frozenset(BUILTIN[name] for name in ("entities", "quotes", "events"))


def languages_of(extractor: Extractor) -> tuple[str, ...] | None:
    """The languages ``extractor`` reads (ISO 639-1 codes), or None for every language.

    An extractor says so with a ``languages`` attribute (``("fr",)`` for the built-in layers
    but ``links``); one without it reads every language. The pipeline runs an extractor only
    on documents with a block in one of its languages, and keeps only the annotations of
    those blocks (:attr:`geotext.Block.language`).
    """
    value = getattr(extractor, "languages", None)
    if value is None:
        kind = type(extractor)
        if f"{kind.__module__}:{kind.__qualname__}" in _FRENCH_ONLY:
            return ("fr",)
        return None
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _load(target: str) -> Callable[[], Extractor]:
    module, _, attribute = target.partition(":")
    return cast(Callable[[], Extractor], getattr(importlib.import_module(module), attribute))


def available() -> dict[str, str]:
    """Every extractor name that :func:`create` knows, with where it comes from."""
    found = dict(BUILTIN)
    for point in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(point.name, point.value)
    return found


def create(name: str) -> Extractor:
    """A new extractor of the built-in or entry-point extractor ``name``."""
    known = available()
    if name not in known:
        raise ValueError(
            f"no extractor named {name!r}; known: {', '.join(sorted(known))} (a package adds "
            f"one through the {ENTRY_POINT_GROUP!r} entry-point group)"
        )
    return _load(known[name])()


def default_extractors() -> list[Extractor]:
    """New instances of the built-in extractors, the ones :func:`geotext.parse` runs."""
    return [_load(target)() for target in BUILTIN.values()]
