"""Invariants over any string: no crash, spans in range and equal to their text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import geotext
from strategies import TEXTS


def annotations(doc):
    yield from doc.blocks
    yield from doc.sentences
    yield from doc.tokens
    for items in doc.layers.values():
        yield from items


@given(TEXTS)
def test_parse_never_raises_and_every_span_is_its_text(text):
    doc = geotext.parse(text)
    assert doc.text == text
    for item in annotations(doc):
        assert 0 <= item.span.start <= item.span.end <= len(text)
        assert text[item.span.start : item.span.end] == item.text


@given(TEXTS)
def test_tokens_are_ordered_non_overlapping_and_non_empty(text):
    doc = geotext.parse(text)
    previous_end = 0
    for token in doc.tokens:
        assert token.span.start >= previous_end
        assert token.span.end > token.span.start or not token.norm
        assert token.norm.strip() == token.norm and token.norm
        previous_end = token.span.end


@given(TEXTS)
def test_sentences_and_blocks_nest(text):
    doc = geotext.parse(text)
    for sentence in doc.sentences:
        block = doc.blocks[sentence.block]
        assert block.span.contains(sentence.span)
        assert block.sentence_start <= sentence.i < block.sentence_end
        for token in doc.tokens_of(sentence):
            assert sentence.span.contains(token.span)
    assert sum(b.sentence_end - b.sentence_start for b in doc.blocks) == len(doc.sentences)


@given(TEXTS)
def test_same_input_same_output(text):
    assert geotext.parse(text) == geotext.parse(text)


@given(TEXTS, st.sampled_from([None, "2024-02-29", "2024-12-31"]))
def test_every_value_is_well_typed(text, reference):
    doc = geotext.parse(text, reference)
    for item in doc.times:
        assert isinstance(item.type, geotext.TimeType)
        assert item.value is None or isinstance(item.value, str)
        if item.interval is not None:
            first, last = item.interval
            assert isinstance(first, dt.date) and first <= last
    for item in (*doc.quantities, *doc.casualties):
        assert isinstance(item.value, (int, float)) and item.value >= 0
        assert item.bound is None or isinstance(item.bound, geotext.Bound)
    for item in doc.quantities:
        assert isinstance(item.unit, str) and item.unit
    for item in doc.casualties:
        assert isinstance(item.category, geotext.CasualtyCategory)
