"""Documents to JSON-safe dicts and back, through a private cattrs converter.

The converter is built by :func:`make_converter` and never touches
``cattrs.global_converter``, which belongs to the user. Layer annotations are tagged with
their class name (``{"@type": "Link", ...}``) so heterogeneous layers round-trip; custom
extractors' annotations round-trip when their attrs classes are passed as ``extra_types``,
and plain JSON values (dicts, lists, strings, numbers) travel as they are.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import attrs
import cattrs

from geotext.model import (
    Argument,
    Block,
    Casualty,
    Document,
    Entity,
    Event,
    Link,
    Mention,
    Quantity,
    Quote,
    Sentence,
    Span,
    Syntax,
    TimeExpression,
    Token,
    TokenTable,
)
from geotext.normaliser.text import NormalisedText

__all__ = ["FORMAT", "from_dict", "make_converter", "to_dict"]

#: Written in every dict as ``"format"``; bumped when the layout changes.
FORMAT = "geotext-document/1"

BUILTIN_TYPES: tuple[type, ...] = (
    Argument,
    Casualty,
    Entity,
    Event,
    Link,
    Mention,
    Quantity,
    Quote,
    TimeExpression,
    Token,
)
_TAG_KEY = "@type"
_JSON_TAG = "json"


def make_converter(extra_types: Iterable[type] = ()) -> cattrs.Converter:
    """A new converter for :class:`~geotext.model.Document` and its annotations.

    ``extra_types`` are the attrs classes of custom layers that should round-trip.
    """
    converter = cattrs.Converter()
    tags: dict[str, type] = {cls.__name__: cls for cls in (*BUILTIN_TYPES, *extra_types)}
    for cls in extra_types:
        if not attrs.has(cls):
            raise TypeError(f"{cls.__name__} is not an attrs class")

    converter.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    converter.register_structure_hook(Span, lambda v, _: Span(int(v[0]), int(v[1])))
    converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))

    def unstructure_annotation(item: Any) -> Any:
        name = type(item).__name__
        if tags.get(name) is type(item):
            return {_TAG_KEY: name, **converter.unstructure(item)}
        if attrs.has(type(item)):
            raise TypeError(
                f"cannot serialise a {name} annotation: pass its class to "
                f"geotext.serialise.make_converter(extra_types=[{name}])"
            )
        return {_TAG_KEY: _JSON_TAG, "value": item}

    def structure_annotation(value: Mapping[str, Any]) -> Any:
        tag = value.get(_TAG_KEY)
        if tag == _JSON_TAG:
            return value["value"]
        if tag not in tags:
            raise ValueError(f"unknown annotation type {tag!r}; known: {', '.join(tags)}")
        fields = {k: v for k, v in value.items() if k != _TAG_KEY}
        return converter.structure(fields, tags[tag])

    def unstructure_document(doc: Document) -> dict[str, Any]:
        norm = doc.normalised
        return {
            "format": FORMAT,
            "text": doc.text,
            "language": doc.language,
            "reference_date": None
            if doc.reference_date is None
            else doc.reference_date.isoformat(),
            "reference_source": None
            if doc.reference_source is None
            else doc.reference_source.value,
            "reference_span": None
            if doc.reference_span is None
            else [doc.reference_span.start, doc.reference_span.end],
            "normalised": {
                "text": norm.text,
                "steps": list(norm.steps),
                "starts": None if norm.starts is None else norm.starts.tolist(),
                "ends": None if norm.ends is None else norm.ends.tolist(),
            },
            "blocks": [converter.unstructure(b) for b in doc.blocks],
            "sentences": [converter.unstructure(s) for s in doc.sentences],
            "tokens": {
                "starts": doc.token_table.starts.tolist(),
                "ends": doc.token_table.ends.tolist(),
                "kinds": list(doc.token_table.kinds),
            },
            "layers": {
                name: [unstructure_annotation(a) for a in items]
                for name, items in doc.layers.items()
            },
            # Only where a syntactic parser ran, so rule-parser dicts keep their shape.
            **({} if doc.syntax is None else {"syntax": _unstructure_syntax(doc.syntax)}),
        }

    def structure_document(value: Mapping[str, Any], _: object) -> Document:
        if value.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} dict (format: {value.get('format')!r})")
        norm = value["normalised"]
        normalised = NormalisedText(
            raw=value["text"],
            text=norm["text"],
            steps=tuple(norm["steps"]),
            starts=None if norm["starts"] is None else array("q", norm["starts"]),
            ends=None if norm["ends"] is None else array("q", norm["ends"]),
        )
        tokens = value["tokens"]
        reference = value["reference_date"]
        reference_span = value.get("reference_span")
        return Document(
            text=value["text"],
            normalised=normalised,
            blocks=tuple(converter.structure(b, Block) for b in value["blocks"]),
            sentences=tuple(converter.structure(s, Sentence) for s in value["sentences"]),
            token_table=TokenTable(tokens["starts"], tokens["ends"], bytes(tokens["kinds"])),
            reference_date=None if reference is None else dt.date.fromisoformat(reference),
            reference_source=value.get("reference_source"),
            reference_span=None if reference_span is None else Span(*map(int, reference_span)),
            layers={
                name: tuple(structure_annotation(a) for a in items)
                for name, items in value["layers"].items()
            },
            syntax=_structure_syntax(value.get("syntax")),
            # Dicts written before geotext told languages apart are French.
            language=value.get("language", "fr"),
        )

    # Predicate hooks: the class-keyed form would resolve Document's annotations, which name
    # NormalisedText only for type checkers.
    converter.register_unstructure_hook_func(lambda t: t is Document, unstructure_document)
    converter.register_structure_hook_func(lambda t: t is Document, structure_document)
    return converter


def _unstructure_syntax(syntax: Syntax) -> dict[str, Any]:
    return {
        "token": syntax.token.tolist(),
        "text": list(syntax.text),
        "lemma": list(syntax.lemma),
        "upos": list(syntax.upos),
        "feats": list(syntax.feats),
        "head": syntax.head.tolist(),
        "deprel": list(syntax.deprel),
        "entities": [list(entity) for entity in syntax.entities],
    }


def _structure_syntax(value: Mapping[str, Any] | None) -> Syntax | None:
    if value is None:
        return None
    return Syntax(
        token=value["token"],
        text=value["text"],
        lemma=value["lemma"],
        upos=value["upos"],
        feats=value["feats"],
        head=value["head"],
        deprel=value["deprel"],
        entities=value["entities"],
    )


@lru_cache(maxsize=1)
def _default_converter() -> cattrs.Converter:
    return make_converter()


def to_dict(doc: Document, converter: cattrs.Converter | None = None) -> dict[str, Any]:
    """``doc`` as a dict of JSON types (``json.dumps`` takes it as it is)."""
    result: dict[str, Any] = (converter or _default_converter()).unstructure(doc, Document)
    return result


def from_dict(value: Mapping[str, Any], converter: cattrs.Converter | None = None) -> Document:
    """The :class:`~geotext.model.Document` that :func:`to_dict` turned into ``value``."""
    return (converter or _default_converter()).structure(value, Document)
