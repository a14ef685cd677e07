from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given

import geotext
from geotext import (
    Argument,
    Casualty,
    Entity,
    Event,
    Mention,
    Quantity,
    Quote,
    Span,
    TimeExpression,
    from_dict,
    make_converter,
    to_dict,
)
from strategies import TEXTS


@given(TEXTS)
def test_round_trip_through_json_is_exact(text):
    doc = geotext.parse(text, "2024-11-11")
    data = json.loads(json.dumps(to_dict(doc)))
    assert from_dict(data) == doc


def test_every_builtin_annotation_type_round_trips():
    import datetime as dt

    text = "Le 7 mars, 12 morts et 34 drones, a dit Keita."
    span = Span(0, 2)
    who = Argument(Span(41, 46), "Keita", "Amadou Keita", entity_id="wikidata:Q1")
    layers = {
        "entities": [
            Entity("PER", "Amadou Keita", [Mention(Span(41, 46), "Keita")], roles=["ministre"])
        ],
        "times": [
            TimeExpression(
                Span(3, 9),
                "7 mars",
                "DATE",
                "2024-03-07",
                interval=(dt.date(2024, 3, 7), dt.date(2024, 3, 7)),
            )
        ],
        "quantities": [Quantity(Span(23, 31), "34 drones", 34, "drone", bound="min")],
        "casualties": [Casualty(Span(11, 19), "12 morts", "killed", 12, approximate=True)],
        "quotes": [
            Quote(span, "Le", "indirect", Mention(span, "Le"), speaker=who, cue_lemma="dire")
        ],
        "events": [Event(span, "Le", "ASSAULT", "reported", actor=who, time="2024-03-07")],
        "custom": [{"score": 0.5}, "free text", 3],
    }
    doc = geotext.parse(text)
    for name, items in layers.items():
        doc = doc.with_layer(name, items)
    data = json.loads(json.dumps(to_dict(doc)))
    assert data["layers"]["casualties"][0]["@type"] == "Casualty"
    assert from_dict(data) == doc


@attrs.frozen
class Flag:
    span: Span
    text: str
    colour: str


def test_custom_attrs_layers_need_their_class_registered():
    doc = geotext.parse("Drapeau vert.").with_layer("flags", [Flag(Span(0, 7), "Drapeau", "vert")])
    with pytest.raises(TypeError, match=r"make_converter\(extra_types=\[Flag\]\)"):
        to_dict(doc)
    converter = make_converter(extra_types=[Flag])
    assert from_dict(to_dict(doc, converter), converter) == doc


def test_wrong_format_is_refused():
    with pytest.raises(ValueError, match="geotext-document/1"):
        from_dict({"format": "other"})


def test_converter_is_private():
    import cattrs

    before = cattrs.global_converter._unstructure_func.dispatch(Span)
    make_converter()
    assert cattrs.global_converter._unstructure_func.dispatch(Span) is before


def test_from_dict_builds_only_geotext_types():
    data = to_dict(geotext.parse("Texte."))
    data["layers"]["evil"] = [{"@type": "os.system", "command": "rm -rf /"}]
    with pytest.raises(ValueError, match=r"unknown annotation type 'os\.system'"):
        from_dict(data)
