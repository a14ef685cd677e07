from __future__ import annotations

import pickle

import attrs
import pytest

import geotext
from geotext import (
    AlignmentError,
    Casualty,
    Document,
    Entity,
    Layers,
    Mention,
    Quantity,
    Span,
    TokenTable,
    normalise,
)


def test_span_rejects_end_before_start_naming_both():
    with pytest.raises(ValueError, match=r"end \(3\) is before its start \(5\)"):
        Span(5, 3)


def test_span_rejects_negative_and_non_int():
    with pytest.raises(ValueError):
        Span(-1, 2)
    with pytest.raises(TypeError):
        Span(1.0, 2)  # type: ignore[arg-type]


def test_span_helpers():
    span = Span(2, 6)
    assert len(span) == 4
    assert span.contains(Span(3, 5)) and not span.contains(Span(5, 7))
    assert span.overlaps(Span(5, 7)) and not span.overlaps(Span(6, 8))
    assert repr(span) == "Span(2, 6)"
    assert sorted([Span(3, 4), Span(1, 9)]) == [Span(1, 9), Span(3, 4)]


def test_annotations_are_frozen():
    mention = Mention(Span(0, 4), "Kiev")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mention.text = "Kyiv"  # type: ignore[misc]


def test_validators_reject_impossible_values():
    with pytest.raises(ValueError, match="value must be >= 0"):
        Casualty(Span(0, 5), "-3 morts", "killed", -3)
    with pytest.raises(ValueError, match="killed"):
        Casualty(Span(0, 5), "3 morts", "tués", 3)
    with pytest.raises(ValueError, match="unit must not be empty"):
        Quantity(Span(0, 2), "34", 34, "")
    with pytest.raises(ValueError, match="mentions must not be empty"):
        Entity("LOC", "Ukraine", [])


def test_entity_converts_kind_and_exposes_first_mention():
    entity = Entity("LOC", "Kyiv", [Mention(Span(10, 14), "Kiev")], id="geonames:703448")
    assert entity.type is geotext.EntityType.LOC
    assert entity.span == Span(10, 14) and entity.text == "Kiev"
    assert isinstance(entity.mentions, tuple)


def test_layers_are_immutable_and_picklable():
    layers = Layers({"links": [1, 2]})
    assert layers["links"] == (1, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        layers.x = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        layers["links"] = ()  # type: ignore[index]
    assert pickle.loads(pickle.dumps(layers)) == layers
    assert layers.set("times", []) == Layers({"links": (1, 2), "times": ()})
    assert layers == Layers({"links": (1, 2)})


def test_with_layer_copies_the_document_and_leaves_the_original_alone():
    doc = geotext.parse("Le port de Douala a rouvert mardi.", reference_date="2025-03-04")
    tokens = doc.tokens
    marked = doc.with_layer("notes", ["relu"])
    assert marked is not doc and marked.layers["notes"] == ("relu",)
    assert "notes" not in doc.layers
    assert marked.tokens == tokens and marked.sentences == doc.sentences
    assert marked.reference_date == doc.reference_date and marked.language == doc.language
    assert attrs.evolve(marked, layers=doc.layers) == doc
    assert pickle.loads(pickle.dumps(marked)) == marked


def test_with_layer_on_a_subclass_keeps_the_subclass():
    @attrs.frozen(repr=False)
    class Tagged(Document):
        tag: str = "brouillon"

    doc = geotext.parse("Dakar, lundi.")
    tagged = Tagged(doc.text, doc.normalised, tag="relu")
    marked = tagged.with_layer("notes", [])
    assert type(marked) is Tagged and marked.tag == "relu" and marked.layers["notes"] == ()


def test_document_refuses_spans_outside_its_text():
    text = "Court."
    with pytest.raises(AlignmentError, match="does not fit a text of 6"):
        Document(
            text,
            normalise(text),
            sentences=[geotext.Sentence(0, Span(0, 9), "Court.", 0, 0)],
        )
    with pytest.raises(ValueError, match="normalisation"):
        Document(text, normalise("Autre."))
    with pytest.raises(ValueError, match="differ in length"):
        TokenTable([0], [1, 2], b"\x00")


def test_document_conveniences():
    doc = geotext.parse("Titre du jour\nM. Keita arrive. Il repart demain.\nFin du texte ici.")
    assert [b.kind.value for b in doc.blocks] == ["heading", "paragraph", "paragraph"]
    assert doc.headings == doc.blocks[:1] and doc.paragraphs == doc.blocks[1:]
    offset = doc.text.index("repart")
    sentence = doc.sentence_at(offset)
    assert sentence is not None and sentence.text == "Il repart demain."
    assert doc.sentence_at(doc.text.index("\n")) is None
    assert [t.text for t in doc.tokens_of(sentence)] == ["Il", "repart", "demain", "."]
    assert [t.text for t in doc.tokens_of(doc.blocks[0])] == ["Titre", "du", "jour"]
    assert doc.text_of(sentence) == sentence.text == doc.text_of(sentence.span)
    assert doc.tokens is doc.tokens  # built once
    assert all(isinstance(e, geotext.Entity) for e in doc.entities)
    assert doc.layer("nothing") == ()
    assert "3 blocks, 4 sentences" in repr(doc)


def test_tokens_carry_raw_text_and_normalised_form():
    doc = geotext.parse("l\u2019arm\u00e9e")
    first = doc.tokens[0]
    assert first.text == "l\u2019" and first.norm == "l'"
    assert first.kind is geotext.TokenKind.WORD
