"""Quantities (*34 drones*, *6 milliards de dollars*, *30 km*, *12 %*) and human losses."""

from __future__ import annotations

import attrs

from geotext.extractors.counts import casualties, quantities
from geotext.model import Casualty, Document, Quantity

__all__ = ["CasualtyExtractor", "QuantityExtractor"]


@attrs.frozen
class QuantityExtractor:
    """Numbers with a unit that matters to the story; losses go to ``casualties`` instead."""

    name: str = "quantities"
    requires: tuple[str, ...] = ()
    languages: tuple[str, ...] | None = ("fr",)
    """The languages it reads: the pipeline keeps its annotations of French blocks only."""

    def __call__(self, doc: Document) -> tuple[Quantity, ...]:
        """The quantities of ``doc``, in text order."""
        return quantities(doc)


@attrs.frozen
class CasualtyExtractor:
    """Human losses: killed, injured, missing, captured, displaced, affected."""

    name: str = "casualties"
    requires: tuple[str, ...] = ()
    languages: tuple[str, ...] | None = ("fr",)
    """The languages it reads: the pipeline keeps its annotations of French blocks only."""

    def __call__(self, doc: Document) -> tuple[Casualty, ...]:
        """The casualty counts of ``doc``, a revised toll once with its latest value."""
        return casualties(doc)
