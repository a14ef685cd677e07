from __future__ import annotations

import json
from pathlib import Path

import pytest

import geotext
from geotext import Argument, Entity, EntityType, Event, EventType, Mention, Modality, Span

ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "article_fr.txt").read_text("utf-8")
TEXT = (
    "Des drones ont frappé Kharkiv dans la nuit, selon le maire. "
    "Moscou dément toute attaque sur Kharkiv, et le ministre a rejoint Varsovie."
)


def _span(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words))


def _argument(words: str, name: str, entity_id: str | None = None, nth: int = 0) -> Argument:
    return Argument(_span(TEXT, words, nth), words, name, entity_id)


def _document() -> geotext.Document:
    doc = geotext.parse(TEXT, reference_date="2024-03-08")
    kharkiv = Entity(
        EntityType.LOC,
        "Kharkiv",
        [Mention(_span(TEXT, "Kharkiv"), "Kharkiv"), Mention(_span(TEXT, "Kharkiv", 1), "Kharkiv")],
        id="geonames:706483",
        country="UA",
        coordinates=(49.98081, 36.25272),
    )
    moscou = Entity(
        EntityType.LOC,
        "Moscou",
        [Mention(_span(TEXT, "Moscou"), "Moscou")],
        id="geonames:524901",
        country="RU",
        coordinates=(55.75222, 37.61556),
    )
    varsovie = Entity(  # a place without coordinates: no feature
        EntityType.LOC, "Varsovie", [Mention(_span(TEXT, "Varsovie"), "Varsovie")], country="PL"
    )
    strike = Event(
        _span(TEXT, "frappé"),
        "frappé",
        EventType.ASSAULT,
        Modality.REPORTED,
        actor=_argument("Des drones", "drones"),
        location=_argument("Kharkiv", "Kharkiv", "geonames:706483"),
        time="2024-03-07",
        sentence=0,
    )
    denial = Event(  # located through the words of a mention, not through an id
        _span(TEXT, "attaque"),
        "attaque",
        EventType.ASSAULT,
        Modality.NEGATED,
        source=_argument("Moscou", "Moscou", "geonames:524901"),
        location=_argument("Kharkiv", "Kharkiv", nth=1),
        sentence=1,
    )
    travel = Event(  # its place has no coordinates: no feature
        _span(TEXT, "rejoint"),
        "rejoint",
        EventType.CONSULT,
        location=_argument("Varsovie", "Varsovie"),
    )
    unplaced = Event(_span(TEXT, "dément"), "dément", EventType.REJECT)
    return doc.with_layer("entities", (kharkiv, moscou, varsovie)).with_layer(
        "events", (strike, denial, travel, unplaced)
    )


def test_places_with_coordinates_become_points_in_lon_lat_order():
    collection = geotext.to_geojson(_document())
    places = [f for f in collection["features"] if f["properties"]["feature"] == "entity"]
    assert collection["type"] == "FeatureCollection"
    assert [f["properties"]["name"] for f in places] == ["Kharkiv", "Moscou"]
    kharkiv = places[0]
    assert kharkiv["type"] == "Feature"
    assert kharkiv["geometry"] == {"type": "Point", "coordinates": [36.25272, 49.98081]}
    assert kharkiv["properties"] == {
        "doc_id": 0,
        "feature": "entity",
        "name": "Kharkiv",
        "type": "LOC",
        "id": "geonames:706483",
        "country": "UA",
        "roles": [],
        "mentions": [
            {"text": "Kharkiv", "start": 22, "end": 29},
            {"text": "Kharkiv", "start": 92, "end": 99},
        ],
    }
    for mention in kharkiv["properties"]["mentions"]:
        assert TEXT[mention["start"] : mention["end"]] == mention["text"]


def test_events_are_placed_through_their_location():
    collection = geotext.to_geojson(_document())
    events = [
        f["properties"] for f in collection["features"] if f["properties"]["feature"] == "event"
    ]
    assert [(e["trigger"], e["modality"], e["location_name"]) for e in events] == [
        ("frappé", "reported", "Kharkiv"),
        ("attaque", "negated", "Kharkiv"),
    ]
    strike = events[0]
    assert strike["type"] == "ASSAULT"
    assert strike["actor"] == "drones"
    assert strike["target"] is None
    assert strike["time"] == "2024-03-07"
    assert strike["location_id"] == "geonames:706483"
    assert strike["country"] == "UA"
    assert events[1]["source"] == "Moscou"
    point = next(f for f in collection["features"] if f["properties"]["feature"] == "event")
    assert point["geometry"]["coordinates"] == [36.25272, 49.98081]


def test_documents_are_named_by_position_or_by_the_id_of_a_pair():
    doc = _document()
    by_position = geotext.to_geojson([geotext.parse("Rien ici."), doc])
    assert {f["properties"]["doc_id"] for f in by_position["features"]} == {1}
    by_id = geotext.to_geojson([("dépêche-7", doc)])
    assert {f["properties"]["doc_id"] for f in by_id["features"]} == {"dépêche-7"}
    assert geotext.to_geojson(doc) == geotext.to_geojson([doc])


def test_the_collection_is_plain_json():
    collection = geotext.to_geojson([("a", _document())])
    assert json.loads(json.dumps(collection)) == collection


def test_documents_without_places_give_an_empty_collection():
    assert geotext.to_geojson([]) == {"type": "FeatureCollection", "features": []}
    assert geotext.to_geojson(geotext.parse("Aucun lieu.")) == {
        "type": "FeatureCollection",
        "features": [],
    }


def test_other_items_are_refused():
    with pytest.raises(TypeError, match="Documents or"):
        geotext.to_geojson(["un texte"])  # type: ignore[list-item]


def test_the_example_article_puts_its_places_on_the_map():
    doc = geotext.parse(ARTICLE, reference_date="2024-03-08")
    placed = [e for e in doc.entities if e.coordinates is not None]
    assert {"Bamako", "Lomé", "Mali"} <= {e.name for e in placed}
    features = geotext.to_geojson(doc)["features"]
    places = [f for f in features if f["properties"]["feature"] == "entity"]
    assert [f["properties"]["name"] for f in places] == [e.name for e in placed]
    for feature, entity in zip(places, placed, strict=True):
        lon, lat = feature["geometry"]["coordinates"]
        assert (lat, lon) == entity.coordinates
        for mention in feature["properties"]["mentions"]:
            assert ARTICLE[mention["start"] : mention["end"]] == mention["text"]
    for feature in features:
        if feature["properties"]["feature"] == "event":
            assert feature["geometry"]["coordinates"] in [
                p["geometry"]["coordinates"] for p in places
            ]
