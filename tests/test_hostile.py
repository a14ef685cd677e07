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
    ],
    ids=lambda t: repr(t[:12]),
)
def test_pathological_inputs_parse(text):
    doc = geotext.parse(text)
    assert doc.text == text
    assert all(t.span.end <= len(text) for t in doc.tokens[:100])
