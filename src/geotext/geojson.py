"""Places and events on a map: documents to a GeoJSON ``FeatureCollection`` (RFC 7946).

One ``Point`` feature per entity that has :attr:`~geotext.model.Entity.coordinates`, per
document, and one per event whose location is such an entity. GeoJSON puts the longitude
first (``[lon, lat]``), while :attr:`Entity.coordinates` is ``(lat, lon)``. The result is a
plain dict of JSON types: ``json.dumps`` takes it, and so do folium, geopandas
(``GeoDataFrame.from_features``), kepler.gl and QGIS. No file is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from geotext.model import Argument, Document, Entity, Event
from geotext.tables import _pairs

__all__ = ["to_geojson"]


def to_geojson(
    docs: Document | Iterable[Document | tuple[Any, Document]],
) -> dict[str, Any]:
    """The places of ``docs`` that have coordinates, and the events located at them.

    ``docs`` is one :class:`~geotext.model.Document` or an iterable of documents or
    ``(id, Document)`` pairs; as in :func:`~geotext.tables.to_records`, a document's id is
    its position unless a pair gives one. Every feature's properties have ``doc_id`` and
    ``feature`` (``"entity"`` or ``"event"``):

    - an entity feature: ``name``, ``type``, ``id``, ``country``, ``roles`` and ``mentions``
      (``text``, ``start``, ``end`` of each);
    - an event feature: ``type``, ``modality``, ``trigger``, ``start``, ``end``, ``actor``,
      ``target``, ``source`` (canonical names), ``time``, ``sentence``, and the place as
      ``location`` (the words), ``location_name``, ``location_id`` and ``country``.

    An event's place is the entity its ``location.entity_id`` names, or else the entity one
    of whose mentions covers the location's words.
    """
    items = [docs] if isinstance(docs, Document) else docs
    features: list[dict[str, Any]] = []
    for doc_id, doc in _pairs(items):
        placed = [e for e in doc.entities if isinstance(e, Entity) and e.coordinates is not None]
        features.extend(_entity_feature(doc_id, entity) for entity in placed)
        for event in doc.events:
            if not isinstance(event, Event) or event.location is None:
                continue
            place = _place_of(event.location, placed)
            if place is not None:
                features.append(_event_feature(doc_id, event, event.location, place))
    return {"type": "FeatureCollection", "features": features}


def _point(entity: Entity) -> dict[str, Any]:
    assert entity.coordinates is not None
    lat, lon = entity.coordinates
    return {"type": "Point", "coordinates": [lon, lat]}


def _entity_feature(doc_id: Any, entity: Entity) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": _point(entity),
        "properties": {
            "doc_id": doc_id,
            "feature": "entity",
            "name": entity.name,
            "type": entity.type.value,
            "id": entity.id,
            "country": entity.country,
            "roles": list(entity.roles),
            "mentions": [
                {"text": m.text, "start": m.span.start, "end": m.span.end} for m in entity.mentions
            ],
        },
    }


def _place_of(location: Argument, placed: list[Entity]) -> Entity | None:
    if location.entity_id is not None:
        for entity in placed:
            if entity.id == location.entity_id:
                return entity
    for entity in placed:
        if any(m.span.contains(location.span) for m in entity.mentions):
            return entity
    return None


def _name(argument: Argument | None) -> str | None:
    return None if argument is None else argument.name


def _event_feature(doc_id: Any, event: Event, location: Argument, place: Entity) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": _point(place),
        "properties": {
            "doc_id": doc_id,
            "feature": "event",
            "type": event.type.value,
            "modality": event.modality.value,
            "trigger": event.text,
            "start": event.span.start,
            "end": event.span.end,
            "actor": _name(event.actor),
            "target": _name(event.target),
            "source": _name(event.source),
            "time": event.time,
            "sentence": event.sentence,
            "location": location.text,
            "location_name": place.name,
            "location_id": place.id,
            "country": place.country,
        },
    }
