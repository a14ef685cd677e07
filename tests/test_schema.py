from __future__ import annotations

import copy
import json
import typing

import attrs
import jsonschema
import pytest

import geotext
from geotext.schema import _layer_types
from geotext.serialise import BUILTIN_TYPES, FORMAT
from texts import items

SCHEMA = geotext.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
TEXT = (
    "Trêve fragile au Sahel\n"
    "Lundi, au moins 12 soldats ont été tués près de Gao ; Bamako a promis 3 millions d’euros. "
    "Le communiqué est sur exemple-actu.fr."
)


def _as_json(doc: geotext.Document) -> dict:
    """What another program reads: the JSON text of ``to_dict``, loaded again."""
    return json.loads(json.dumps(geotext.to_dict(doc)))


def _errors(value: dict) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message[:300]}" for e in VALIDATOR.iter_errors(value)]


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["properties"]["format"] == {"const": FORMAT}
    assert FORMAT in SCHEMA["$id"]


def test_json_schema_returns_a_new_dict_each_time():
    first = geotext.json_schema()
    first["properties"].clear()
    assert geotext.json_schema() == SCHEMA
    assert json.loads(json.dumps(SCHEMA)) == SCHEMA


@pytest.mark.parametrize("doc_id, text, reference_date", items(), ids=[i for i, _, _ in items()])
def test_every_news_text_validates(doc_id, text, reference_date):
    value = _as_json(geotext.parse(text, reference_date=reference_date))
    assert value["layers"]["entities"] and value["layers"]["times"]
    assert _errors(value) == []


def test_the_texts_fill_every_layer():
    docs = [geotext.parse(text, reference_date=date) for _, text, date in items()]
    names = geotext.Pipeline().layer_names
    assert len(names) == 7
    assert [name for name in names if not any(doc.layers[name] for doc in docs)] == []


def test_every_layer_of_a_document_validates():
    doc = geotext.parse(TEXT, reference_date="2024-03-08")
    value = _as_json(doc)
    assert {name for name, items in value["layers"].items() if items} >= {
        "links",
        "quantities",
        "casualties",
        "times",
    }
    assert _errors(value) == []


@pytest.mark.parametrize(
    "corrupt",
    [
        pytest.param(lambda d: d.update(format="geotext-document/0"), id="format"),
        pytest.param(lambda d: d.pop("text"), id="missing-text"),
        pytest.param(lambda d: d.update(surprise=1), id="extra-key"),
        pytest.param(lambda d: d.update(reference_date="le 8 mars"), id="date"),
        pytest.param(lambda d: d["layers"]["times"][0].update(type="EPOCH"), id="enum"),
        pytest.param(lambda d: d["layers"]["times"][0].pop("@type"), id="untagged"),
        pytest.param(lambda d: d["layers"]["times"][0].update(colour="red"), id="extra-field"),
        pytest.param(lambda d: d["layers"]["casualties"][0].update(value="douze"), id="value"),
        pytest.param(lambda d: d["layers"]["links"][0].update(span=[3, -1]), id="span"),
        pytest.param(lambda d: d["layers"]["links"][0].update(span=[1, 2, 3]), id="span-length"),
        pytest.param(lambda d: d["blocks"][0].update(kind="chapter"), id="block-kind"),
        pytest.param(lambda d: d["layers"].update(custom=[{"x": 1}]), id="custom-untagged"),
        pytest.param(lambda d: d["layers"]["links"].append({"@type": "Link"}), id="link-fields"),
        pytest.param(
            lambda d: d["layers"]["links"].append(d["layers"]["times"][0]), id="wrong-layer-type"
        ),
    ],
)
def test_a_corrupted_dict_fails_validation(corrupt):
    value = _as_json(geotext.parse(TEXT, reference_date="2024-03-08"))
    broken = copy.deepcopy(value)
    corrupt(broken)
    assert _errors(value) == []
    assert _errors(broken) != []


def test_custom_layers_validate_as_plain_json_or_through_extra_types():
    @attrs.frozen
    class Weapon:
        span: geotext.Span
        text: str
        calibre: float | None = None

    doc = geotext.parse(TEXT, reference_date="2024-03-08")
    assert _errors(_as_json(doc.with_layer("notes", [{"any": ["json", 1]}, "texte"]))) == []
    weapon = Weapon(geotext.Span(0, 5), "Trêve", 155.0)
    converter = geotext.make_converter(extra_types=[Weapon])
    value = json.loads(json.dumps(geotext.to_dict(doc.with_layer("weapons", [weapon]), converter)))
    assert _errors(value) != []  # Weapon is unknown to the default schema
    schema = geotext.json_schema(extra_types=[Weapon])
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(value)) == []
    with pytest.raises(TypeError, match="not an attrs class"):
        geotext.json_schema(extra_types=[dict])


def _attrs_classes(cls: type, seen: set[type]) -> None:
    """``cls`` and every attrs class its fields' hints name, into ``seen``."""
    if cls in seen:
        return
    seen.add(cls)
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        stack = [hints[field.name]]
        while stack:
            hint = stack.pop()
            stack.extend(typing.get_args(hint))
            if isinstance(hint, type) and attrs.has(hint):
                _attrs_classes(hint, seen)


def test_every_field_of_every_layer_type_is_in_the_schema():
    # A field added to the model shows up in the schema, or this fails.
    defs = SCHEMA["$defs"]
    layer_types = [getattr(geotext, name) for name in dir(geotext) if name[:1].isupper()]
    layer_types = [cls for cls in layer_types if cls in BUILTIN_TYPES]
    assert set(layer_types) == set(BUILTIN_TYPES)
    for cls in BUILTIN_TYPES:
        item = defs[f"layer.{cls.__name__}"]
        assert item["properties"]["@type"] == {"const": cls.__name__}
        assert item["additionalProperties"] is False
        names = [f.name for f in attrs.fields(cls) if f.init]
        assert set(item["properties"]) == {"@type", *names}, cls
        assert set(item["required"]) == {"@type", *names}, cls
        nested: set[type] = set()
        _attrs_classes(cls, nested)
        for other in nested - {cls, geotext.Span}:
            fields = {f.name for f in attrs.fields(other) if f.init}
            assert set(defs[other.__name__]["properties"]) == fields, other


def test_every_enum_lists_its_values():
    import enum

    import geotext.model as model

    for name in model.__all__:
        cls = getattr(model, name)
        if isinstance(cls, type) and issubclass(cls, enum.Enum) and name in SCHEMA["$defs"]:
            assert SCHEMA["$defs"][name]["enum"] == [m.value for m in cls]
    assert SCHEMA["$defs"]["EventType"]["enum"][0] == "AGREE"


def test_the_document_keys_are_those_to_dict_writes():
    # The serialiser lays the Document out by hand: its keys and the schema's must agree.
    value = geotext.to_dict(geotext.parse(TEXT, reference_date="2024-03-08"))
    assert set(SCHEMA["required"]) <= set(value) <= set(SCHEMA["properties"])
    optional = set(SCHEMA["properties"]) - set(SCHEMA["required"])
    fields = {f.name: f for f in attrs.fields(geotext.Document)}
    assert all(fields[name].default is None for name in optional), optional
    normalised = SCHEMA["properties"]["normalised"]["properties"]
    assert set(normalised) == set(value["normalised"])
    assert set(SCHEMA["properties"]["tokens"]["properties"]) == set(value["tokens"])


def test_the_built_in_layers_are_listed_with_their_item_type():
    listed = SCHEMA["properties"]["layers"]["properties"]
    found = _layer_types(BUILTIN_TYPES)
    assert set(listed) == set(found)
    assert {"entities", "times", "quantities", "casualties", "quotes", "events", "links"} <= set(
        listed
    )
    for name, cls in found.items():
        assert listed[name]["items"] == {"$ref": f"#/$defs/layer.{cls.__name__}"}
    # Whatever the default pipeline fills today is one of them, or validates as any item.
    for name in geotext.Pipeline().layer_names:
        assert name in listed or SCHEMA["properties"]["layers"]["additionalProperties"]
