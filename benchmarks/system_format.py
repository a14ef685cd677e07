"""Convert a geotext :class:`~geotext.Document` to the annotated JSON format.

The format is described in ``<repo>/../shared/corpus/FORMAT.md``: the same shape serves as
gold and as system output, so ``score.py GOLD_DIR SYSTEM_DIR`` compares the two.

    >>> import geotext
    >>> from system_format import to_system
    >>> to_system(geotext.parse("Lire exemple-actu.fr.", "2024-11-11"), doc_id="x")["links"]
    ['exemple-actu.fr']

Optional fields whose value is ``None`` (an entity's ``id``, a quantity's ``bound``, an
event's ``actor``...) are left out, as gold files leave them out.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from geotext import (
    Argument,
    Casualty,
    Document,
    Entity,
    Event,
    Link,
    Modality,
    Quantity,
    Quote,
    TimeExpression,
)

__all__ = [
    "casualty_to_system",
    "entity_to_system",
    "event_to_system",
    "link_to_system",
    "quantity_to_system",
    "quote_to_system",
    "time_to_system",
    "to_system",
]

FIELDS = ("entities", "times", "quantities", "casualties", "quotes", "events", "links")
"""The annotation fields of the format, in the order they are written."""


def _str(value: object) -> str | None:
    """An enum as its value, anything else as ``str``; ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _number(value: float) -> int | float:
    """``6000000000.0`` as ``6000000000``; other floats unchanged."""
    number = float(value)
    return int(number) if number.is_integer() else number


def _name(argument: Argument | None) -> str | None:
    return None if argument is None else argument.name


def _dedupe(items: Iterable[str]) -> list[str]:
    """Keep the first of each string, in order."""
    return list(dict.fromkeys(items))


def _without_none(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if value is not None}


def entity_to_system(entity: Entity) -> dict[str, Any]:
    """``type``, ``name``, ``id``, ``mentions`` (distinct texts) and ``role`` (the first)."""
    return _without_none(
        {
            "type": _str(entity.type),
            "name": entity.name,
            "id": entity.id,
            "mentions": _dedupe(m.text for m in entity.mentions),
            "role": entity.roles[0] if entity.roles else None,
        }
    )


def time_to_system(time: TimeExpression) -> dict[str, Any]:
    """``text``, ``type`` and ``value`` (``null`` where geotext found none)."""
    return {"text": time.text, "type": _str(time.type), "value": time.value}


def _figure(item: Quantity | Casualty, kind_key: str, kind: object) -> dict[str, Any]:
    return _without_none(
        {
            "text": item.text,
            kind_key: _str(kind),
            "value": _number(item.value),
            "approximate": bool(item.approximate),
            "bound": _str(item.bound),
            "upper": None if item.upper is None else _number(item.upper),
        }
    )


def quantity_to_system(quantity: Quantity) -> dict[str, Any]:
    """``text``, ``value``, ``unit``, ``approximate``, ``bound`` (where one-sided) and ``upper``.

    A range (*entre 30 et 40 drones*) is one record, as the format writes it: ``value`` is
    its lower end with ``bound`` ``"min"``; ``upper``, its upper end, is geotext's own key,
    which the scorer does not read.
    """
    return _figure(quantity, "unit", quantity.unit)


def casualty_to_system(casualty: Casualty) -> dict[str, Any]:
    """``text``, ``category``, ``value``, ``approximate``, ``bound`` and ``upper`` (ranges)."""
    return _figure(casualty, "category", casualty.category)


def quote_to_system(quote: Quote) -> dict[str, Any]:
    """``speaker`` (its canonical name), ``kind``, ``cue`` (the lemma) and ``content``."""
    return _without_none(
        {
            "speaker": _name(quote.speaker),
            "kind": _str(quote.kind),
            "cue": quote.cue_lemma,
            "content": quote.content.text,
        }
    )


def event_to_system(event: Event) -> dict[str, Any]:
    """``type``, ``trigger``, ``actor``/``target``/``location`` names, ``date``, ``modality``."""
    return _without_none(
        {
            "type": _str(event.type),
            "trigger": event.text,
            "actor": _name(event.actor),
            "target": _name(event.target),
            "location": _name(event.location),
            "date": event.time,
            "modality": _str(event.modality),
        }
    )


def link_to_system(link: Link) -> str:
    """The link's ``url`` (lower-cased by geotext where case does not matter)."""
    return link.url


def to_system(doc: Document, doc_id: str | None = None) -> dict[str, Any]:
    """The format's system record of ``doc``: ``id`` then one list per annotation field.

    Every field is present, as an empty list where geotext produced nothing: for the
    scorer, a missing system file and an empty list both mean *none found*.
    """
    return {
        "id": doc_id,
        "entities": [entity_to_system(e) for e in doc.entities],
        "times": [time_to_system(t) for t in doc.times],
        "quantities": [quantity_to_system(q) for q in doc.quantities],
        # The format lists losses the text reports: a toll that may come is none.
        "casualties": [
            casualty_to_system(c) for c in doc.casualties if c.modality is not Modality.HYPOTHETICAL
        ],
        "quotes": [quote_to_system(q) for q in doc.quotes],
        "events": [event_to_system(e) for e in doc.events],
        "links": _dedupe(link_to_system(link) for link in doc.links),
    }
