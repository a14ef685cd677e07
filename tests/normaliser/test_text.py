from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from geotext import NormaliserConfig, normalise
from strategies import TEXTS


@pytest.mark.parametrize(
    ("raw", "expected", "step"),
    [
        ("l\u2019Ukraine", "l'Ukraine", "apostrophes"),
        ("aujourd\u02bchui", "aujourd'hui", "apostrophes"),
        ("\u201cnon\u201d", "«non»", "quotes"),
        ("«\u202fnon\u202f»", "« non »", "spaces"),
        ("6\u00a0000", "6 000", "spaces"),
        ("Saint\u2011Denis", "Saint-Denis", "dashes"),
        ("2014\u20132022", "2014\u20142022", "dashes"),
        ("Donc\u2026", "Donc...", "ellipsis"),
        ("Ukr\u00adaine", "Ukraine", "invisible"),
        ("Ki\u200bev", "Kiev", "invisible"),
        ("Bamako\ufeff", "Bamako", "invisible"),
        ("Lome\u0301", "Lomé", "nfc"),
        ("a\x00b", "a b", "controls"),
        ("a\r\nb", "a \nb", "line breaks"),
        ("a\u2028b", "a\nb", "line breaks"),
        ("x\ud800y", "x\ufffdy", "surrogates"),
    ],
)
def test_each_step(raw, expected, step):
    result = normalise(raw)
    assert result.text == expected
    assert step in result.steps


def test_plain_text_is_untouched_and_aligned():
    result = normalise("Le Kremlin a démenti.")
    assert result.text == "Le Kremlin a démenti."
    assert result.steps == () and result.is_aligned


def test_length_preserving_steps_keep_offsets_identical():
    raw = "l\u2019arm\u00e9e\u00a0: \u201cnon\u201d \u2014 6\u202f000"
    result = normalise(raw)
    assert result.is_aligned and len(result.text) == len(raw)


def test_offset_map_after_deletion_and_expansion():
    raw = "Ukr\u00adaine\u2026 Lome\u0301 fin"
    result = normalise(raw)
    assert result.text == "Ukraine... Lomé fin"
    start = result.text.index("Ukraine")
    a, b = result.to_raw(start, start + len("Ukraine"))
    assert raw[a:b] == "Ukr\u00adaine"
    start = result.text.index("Lomé")
    a, b = result.to_raw(start, start + 4)
    assert raw[a:b] == "Lome\u0301"
    start = result.text.index("fin")
    assert result.span(start, start + 3) == result.span(start, start + 3)
    a, b = result.to_raw(start, start + 3)
    assert raw[a:b] == "fin"
    assert result.to_normalised(raw.index("fin")) == start


def test_invisible_character_between_letter_and_accent_still_composes():
    result = normalise("Lome\u200b\u0301")
    assert result.text == "Lomé"
    assert normalise(result.text).text == result.text


def test_variation_selector_after_a_composed_accent_is_deleted():
    result = normalise("Lome\u0301\ufe0f est loin")
    assert result.text == "Lomé est loin"
    assert result.to_raw(0, 4) == (0, 5)


def test_config_turns_steps_off():
    config = attrs.evolve(NormaliserConfig(), apostrophes=False, ellipsis=False)
    result = normalise("l\u2019arm\u00e9e\u2026", config)
    assert result.text == "l\u2019arm\u00e9e\u2026"


def test_to_raw_rejects_bad_slices():
    result = normalise("abc")
    with pytest.raises(ValueError):
        result.to_raw(2, 5)
    with pytest.raises(ValueError):
        result.to_normalised(9)


def test_non_str_is_a_type_error():
    with pytest.raises(TypeError, match="str"):
        normalise(b"abc")  # type: ignore[arg-type]


@given(TEXTS)
def test_normalisation_is_idempotent(text):
    once = normalise(text).text
    assert normalise(once).text == once


@given(TEXTS)
def test_offset_map_is_monotonic_and_in_range(text):
    result = normalise(text)
    previous = 0
    for i in range(len(result.text) + 1):
        a, b = result.to_raw(i, i)
        assert 0 <= a <= len(text) and a >= previous
        previous = a
    for i in range(len(result.text)):
        a, b = result.to_raw(i, i + 1)
        assert 0 <= a < b <= len(text)
