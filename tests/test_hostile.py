"""Hostile inputs finish (their speed is measured in benchmarks/speed.py, not here)."""

from __future__ import annotations

import pytest

import geotext

SIZE = 200_000


@pytest.mark.parametrize(
    "text",
    [
        "a" * SIZE,
        "." * SIZE,
        "A" * SIZE,
        "1 " * (SIZE // 2),
        "de la " * (SIZE // 6),
        "«" * SIZE,
        "'" * SIZE,
        "-" * SIZE,
        "a." * (SIZE // 2),
        "a-" * (SIZE // 2),
        "http://" + "." * SIZE,
        "\u0301" * SIZE,
        "\x00\ud800" * (SIZE // 2),
        ("x" * 10_000 + " ") * 20,
        "des voix condamnant X " * (SIZE // 22),
        "X dit vouloir frapper Y " * (SIZE // 24),
        "selon X Y " * (SIZE // 10),
        "X avait, hier, dit " * (SIZE // 19),
        "X a nié et appelé au calme et " * (SIZE // 30),
        "la crise menace " * (SIZE // 16),
        "Kiev, ce dernier a affirmé que " * (SIZE // 31),
    ],
    ids=lambda t: repr(t[:12]),
)
def test_pathological_inputs_parse(text):
    doc = geotext.parse(text)
    assert doc.text == text
    assert all(t.span.end <= len(text) for t in doc.tokens[:100])


@pytest.mark.parametrize(
    ("text", "longest"),
    [
        ("a-" * 5_000, 31),  # at most 16 hyphenated parts in one word
        ("C." * 5_000, 20),  # at most 10 letters in a dotted acronym
        ("1 000 " * 5_000, 41),  # at most 9 groups of digits in one number
        ("1.1" * 5_000, 27),
    ],
)
def test_long_runs_are_cut_into_bounded_tokens(text, longest):
    # The regex module keeps memory for every repetition of a group: an unbounded one over
    # megabytes of such a run ran out of memory, so each repetition is bounded.
    doc = geotext.Pipeline(extractors=[])(text)
    assert max(len(t.text) for t in doc.tokens) <= longest


@pytest.mark.parametrize(
    "unit",
    [
        "1 ",
        "1 mort ",
        "bilan alourdi à 1 mort ",
        "dont 3 ",
        "un ",
        "des milliers de ",
        "1 000 ",
        "12 morts, dont 3 ",
        "12 victimes ",
        "un précédent bilan de 3 morts ",
    ],
)
def test_runs_of_numbers_parse(unit):
    text = unit * (50_000 // len(unit))
    doc = geotext.parse(text)
    for item in (*doc.quantities, *doc.casualties):
        assert text[item.span.start : item.span.end] == item.text


@pytest.mark.parametrize(
    "unit",
    ["lundi, ", "a lundi ", "Lundi. ", "le 1er mars ", "il y a trois jours ", "2024-2025 "],
)
def test_runs_of_time_expressions_parse(unit):
    # Each expression reads the tense of its clause: clauses are cut once per sentence.
    text = unit * (60_000 // len(unit))
    doc = geotext.parse(text, "2024-10-02")
    assert len(doc.times) >= 60_000 // len(unit)
