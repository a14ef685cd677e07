"""A JSON Schema (draft 2020-12) of what :func:`geotext.to_dict` writes.

The schema is generated from the attrs classes of :mod:`geotext.model` (their fields and
type hints; enums become ``enum`` lists), so it follows the model as it changes. Other
programs, in any language, can validate geotext's JSON with it. Each layer item carries its
``"@type"`` tag; the built-in layers (``entities``, ``times``...) are listed with the one
annotation type each holds, any other layer may hold any tagged annotation.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterable
from typing import Any

import attrs

from geotext.model import Document, Layers, Span, TokenTable
from geotext.normaliser.text import NormalisedText, normalise
from geotext.serialise import _JSON_TAG, _TAG_KEY, BUILTIN_TYPES, FORMAT

__all__ = ["SCHEMA_ID", "json_schema"]

#: The ``$id`` of the schema: the format tag that every :func:`~geotext.to_dict` output carries.
SCHEMA_ID = f"urn:geotext:schema:{FORMAT}"

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_INDEX = {"type": "integer", "minimum": 0}
# Document fields written under another key, and NormalisedText's raw text (Document.text).
_RENAMED = {"token_table": "tokens"}
_OMITTED: dict[type, set[str]] = {NormalisedText: {"raw"}}


def json_schema(extra_types: Iterable[type] = ()) -> dict[str, Any]:
    """The JSON Schema of the dicts :func:`~geotext.to_dict` returns, as a new dict.

    ``extra_types`` are the attrs classes of custom layers, as given to
    :func:`~geotext.serialise.make_converter`; their tagged items are then valid in any layer.
    Every object of the model has ``additionalProperties: false``: a key that geotext does
    not write fails validation.

    >>> schema = json_schema()
    >>> schema["properties"]["format"]
    {'const': 'geotext-document/1'}
    >>> sorted(schema["$defs"]["EntityType"]["enum"])
    ['LOC', 'MISC', 'ORG', 'PER']
    """
    extra = tuple(extra_types)
    for cls in extra:
        if not attrs.has(cls):
            raise TypeError(f"{cls.__name__} is not an attrs class")
    builder = _Builder()
    tagged = {cls.__name__: cls for cls in (*BUILTIN_TYPES, *extra)}
    items = {name: builder.tagged(name, cls) for name, cls in tagged.items()}
    any_item = {"anyOf": [*items.values(), _json_item()]}
    layer_types = _layer_types(tagged.values())
    layers = {
        "type": "object",
        "properties": {
            name: {"type": "array", "items": items[cls.__name__]}
            for name, cls in layer_types.items()
        },
        "additionalProperties": {"type": "array", "items": any_item},
    }
    document = builder.document(layers)
    return {
        "$schema": _DRAFT,
        "$id": SCHEMA_ID,
        "title": "geotext document",
        "description": f"A geotext Document as geotext.to_dict writes it (format {FORMAT!r}).",
        **document,
        "$defs": dict(sorted(builder.defs.items())),
    }


def _json_item() -> dict[str, Any]:
    """A plain JSON value a custom extractor returned, tagged ``"json"``."""
    return {
        "type": "object",
        "properties": {_TAG_KEY: {"const": _JSON_TAG}, "value": {}},
        "required": [_TAG_KEY, "value"],
        "additionalProperties": False,
    }


def _layer_types(known: Iterable[type]) -> dict[str, type]:
    """Built-in layers and their annotation type, read from ``Document``'s layer properties.

    A property such as ``Document.entities`` (``-> tuple[Entity, ...]``) names a layer when it
    returns what ``doc.layers`` holds under its own name.
    """
    known = set(known)
    probe_text = normalise("")
    found: dict[str, type] = {}
    for name, member in vars(Document).items():
        if not isinstance(member, property) or member.fget is None:
            continue
        returns = typing.get_type_hints(member.fget).get("return")
        args = typing.get_args(returns)
        if typing.get_origin(returns) is not tuple or len(args) != 2 or args[1] is not ...:
            continue
        if args[0] not in known:
            continue
        marker = object()
        probe = Document(text="", normalised=probe_text, layers={name: (marker,)})
        if getattr(probe, name) == (marker,):
            found[name] = args[0]
    return dict(sorted(found.items()))


_T = typing.TypeVar("_T")


class _Array(typing.Generic[_T]):
    """Stands for ``array.array[int]`` in hints (``array`` is not subscriptable before 3.12)."""


def _hints(cls: Any) -> dict[str, Any]:
    """The type hints of ``cls``, its string annotations evaluated."""
    return typing.get_type_hints(cls, localns={"NormalisedText": NormalisedText, "array": _Array})


class _Builder:
    """Walks attrs classes and type hints, collecting named definitions in ``defs``."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """An object schema of an attrs class: its fields as cattrs writes them."""
        hints = _hints(cls)
        omitted = _OMITTED.get(cls, set())
        properties: dict[str, Any] = dict(extra or {})
        required = list(properties)
        for field in attrs.fields(cls):
            if not field.init or field.name in omitted:
                continue
            properties[field.name] = self.of(hints[field.name])
            required.append(field.name)
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if cls.__doc__:
            schema["description"] = cls.__doc__.strip().split("\n\n")[0].replace("\n", " ")
        return {**schema, "required": required, "additionalProperties": False}

    def named(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: a class may refer to itself
            self.defs[name] = self.object(cls)
        return self.ref(name)

    def tagged(self, name: str, cls: type) -> dict[str, Any]:
        """A layer item: the class's fields and its ``"@type"`` tag."""
        key = f"layer.{name}"
        if key not in self.defs:
            self.defs[key] = self.object(cls, {_TAG_KEY: {"const": name}})
        return self.ref(key)

    def of(self, hint: Any) -> dict[str, Any]:
        """The schema of a value of type ``hint`` once unstructured."""
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin is typing.Union or origin is types.UnionType:
            options = [self.of(a) for a in args if a is not type(None)]
            if type(None) in args:
                options.append({"type": "null"})
            return options[0] if len(options) == 1 else {"anyOf": options}
        if origin is tuple:
            if len(args) == 2 and args[1] is ...:
                return {"type": "array", "items": self.of(args[0])}
            return {
                "type": "array",
                "prefixItems": [self.of(a) for a in args],
                "items": False,
                "minItems": len(args),
            }
        if origin is _Array:
            return {"type": "array", "items": {"type": "integer"}}
        if hint is Any:
            return {}
        if hint is Span:
            self.defs.setdefault(
                "Span",
                {
                    "description": "A half-open range [start, end) of raw-text offsets.",
                    "type": "array",
                    "prefixItems": [_INDEX, _INDEX],
                    "items": False,
                    "minItems": 2,
                },
            )
            return self.ref("Span")
        if isinstance(hint, type):
            if issubclass(hint, enum.Enum):
                self.defs.setdefault(
                    hint.__name__,
                    {"type": "string", "enum": [member.value for member in hint]},
                )
                return self.ref(hint.__name__)
            if attrs.has(hint):
                return self.named(hint)
            simple = _SIMPLE.get(hint)
            if simple is not None:
                return dict(simple)
        raise TypeError(f"geotext.json_schema() cannot describe values of type {hint!r}")

    def document(self, layers: dict[str, Any]) -> dict[str, Any]:
        """The top-level object, laid out as ``geotext.serialise`` writes a Document."""
        hints = _hints(Document)
        properties: dict[str, Any] = {"format": {"const": FORMAT}}
        required = ["format"]
        for field in attrs.fields(Document):
            if not field.init:
                continue
            key = _RENAMED.get(field.name, field.name)
            hint = hints[field.name]
            if hint is Layers:
                properties[key] = layers
            elif hint is TokenTable:
                properties[key] = self.token_table()
            elif hint is NormalisedText:
                properties[key] = {
                    k: v for k, v in self.object(NormalisedText).items() if k != "description"
                }
            else:
                properties[key] = self.of(hint)
            if field.default is not None:  # a part that defaults to None may be left out
                required.append(key)
        return {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    def token_table(self) -> dict[str, Any]:
        """Token boundaries as lists of normalised offsets, kinds as indexes of TokenKind."""
        hints = _hints(TokenTable)
        properties = {field.name: self.of(hints[field.name]) for field in attrs.fields(TokenTable)}
        return {
            "type": "object",
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }


_SIMPLE: dict[type, dict[str, Any]] = {
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    str: {"type": "string"},
    bytes: {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 255}},
    dt.date: {"type": "string", "format": "date"},
}
