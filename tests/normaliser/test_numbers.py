"""Tests for ``geotext.normaliser.parse_number``.

The file carries its own, independent generator of French number words (``french_words``),
written from the grammar rules rather than from the implementation, and checks the parser
against it for every integer below one milliard, in classic and in 1990-reform spelling.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from geotext.normaliser import parse_number

# --------------------------------------------------------------------------------------------
# Independent generator of French number words
# --------------------------------------------------------------------------------------------

_UNITS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
)
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_100(n: int, reform: bool, final: bool) -> str:
    """1..99. ``final``: no numeral adjective follows (end of number, or before a noun)."""
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    tens, unit = divmod(n, 10)
    if tens == 7:
        base, rest = "soixante", 10 + unit
    elif tens == 8:
        base, rest = "quatre-vingt", unit
    elif tens == 9:
        base, rest = "quatre-vingt", 10 + unit
    else:
        base, rest = _TENS[tens], unit
    if rest == 0:
        # Only "quatre-vingts" can end here with a multiplied "vingt"; it takes -s when final.
        return base + "s" if tens == 8 and final else base
    if rest in (1, 11) and tens <= 7:
        # vingt et un ... soixante et un, soixante et onze; but quatre-vingt-un, -onze.
        return base + ("-et-" if reform else " et ") + _UNITS[rest]
    return base + "-" + _below_100(rest, reform, final)


def _below_1000(n: int, reform: bool, final: bool) -> str:
    """1..999 as one numeral group."""
    sep = "-" if reform else " "
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_100(rest, reform, final)
    if hundreds == 1:
        head = "cent"
    else:
        # "cent" takes -s when multiplied and final: deux cents, deux cents millions,
        # but deux cent trois, deux cent mille.
        head = _UNITS[hundreds] + sep + ("cents" if rest == 0 and final else "cent")
    if rest == 0:
        return head
    return head + sep + _below_100(rest, reform, final)


def french_words(n: int, reform: bool) -> str:
    """Write ``0 <= n < 10**9`` in French words.

    Classic spelling: hyphens only inside the compounds below one hundred, except around "et".
    1990-reform spelling: every numeral part joined by hyphens ("et" included, "mille"
    included), while "million(s)" stays a noun, separated by spaces on both sides.
    """
    if not 0 <= n < 10**9:
        raise ValueError(n)
    if n == 0:
        return "zéro"
    sep = "-" if reform else " "
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    chunks: list[str] = []
    if millions:
        noun = "million" if millions == 1 else "millions"
        chunks.append(_below_1000(millions, reform, final=True) + " " + noun)
    numeral: list[str] = []
    if thousands == 1:
        numeral.append("mille")  # never "un mille"
    elif thousands:
        numeral.append(_below_1000(thousands, reform, final=False) + sep + "mille")
    if units:
        numeral.append(_below_1000(units, reform, final=True))
    if numeral:
        chunks.append(sep.join(numeral))
    return " ".join(chunks)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------------------------
# Sanity tests of the generator itself (they do not touch the code under test)
# --------------------------------------------------------------------------------------------

_MAX = "neuf cent quatre-vingt-dix-neuf"

GENERATOR_CASES = [
    # (n, classic, reform)
    (0, "zéro", "zéro"),
    (1, "un", "un"),
    (10, "dix", "dix"),
    (16, "seize", "seize"),
    (17, "dix-sept", "dix-sept"),
    (19, "dix-neuf", "dix-neuf"),
    (20, "vingt", "vingt"),
    (21, "vingt et un", "vingt-et-un"),
    (22, "vingt-deux", "vingt-deux"),
    (31, "trente et un", "trente-et-un"),
    (61, "soixante et un", "soixante-et-un"),
    (70, "soixante-dix", "soixante-dix"),
    (71, "soixante et onze", "soixante-et-onze"),
    (72, "soixante-douze", "soixante-douze"),
    (77, "soixante-dix-sept", "soixante-dix-sept"),
    (80, "quatre-vingts", "quatre-vingts"),
    (81, "quatre-vingt-un", "quatre-vingt-un"),
    (90, "quatre-vingt-dix", "quatre-vingt-dix"),
    (91, "quatre-vingt-onze", "quatre-vingt-onze"),
    (99, "quatre-vingt-dix-neuf", "quatre-vingt-dix-neuf"),
    (100, "cent", "cent"),
    (101, "cent un", "cent-un"),
    (180, "cent quatre-vingts", "cent-quatre-vingts"),
    (200, "deux cents", "deux-cents"),
    (201, "deux cent un", "deux-cent-un"),
    (221, "deux cent vingt et un", "deux-cent-vingt-et-un"),
    (1000, "mille", "mille"),
    (1001, "mille un", "mille-un"),
    (1200, "mille deux cents", "mille-deux-cents"),
    (2000, "deux mille", "deux-mille"),
    (2003, "deux mille trois", "deux-mille-trois"),
    (21_000, "vingt et un mille", "vingt-et-un-mille"),
    (80_000, "quatre-vingt mille", "quatre-vingt-mille"),
    (80_080, "quatre-vingt mille quatre-vingts", "quatre-vingt-mille-quatre-vingts"),
    (100_000, "cent mille", "cent-mille"),
    (200_000, "deux cent mille", "deux-cent-mille"),
    (1_000_000, "un million", "un million"),
    (1_000_001, "un million un", "un million un"),
    (1_001_000, "un million mille", "un million mille"),
    (2_000_000, "deux millions", "deux millions"),
    (2_300_000, "deux millions trois cent mille", "deux millions trois-cent-mille"),
    (2_500_000, "deux millions cinq cent mille", "deux millions cinq-cent-mille"),
    (21_000_000, "vingt et un millions", "vingt-et-un millions"),
    (80_000_000, "quatre-vingts millions", "quatre-vingts millions"),
    (200_000_000, "deux cents millions", "deux-cents millions"),
    (
        999_999_999,
        f"{_MAX} millions {_MAX} mille {_MAX}",
        "neuf-cent-quatre-vingt-dix-neuf millions "
        "neuf-cent-quatre-vingt-dix-neuf-mille-neuf-cent-quatre-vingt-dix-neuf",
    ),
]


@pytest.mark.parametrize(("n", "classic", "reform"), GENERATOR_CASES)
def test_generator_known_spellings(n, classic, reform):
    assert french_words(n, reform=False) == classic
    assert french_words(n, reform=True) == reform


@given(st.integers(min_value=0, max_value=999_999_999))
def test_generator_spellings_differ_only_by_hyphens(n):
    classic = french_words(n, reform=False)
    reform = french_words(n, reform=True)
    assert classic.replace("-", " ") == reform.replace("-", " ")
    # Million(s) is a noun in both spellings: never hyphenated.
    assert "-million" not in reform
    assert "million-" not in reform
    assert "  " not in classic
    assert classic == classic.strip()


# --------------------------------------------------------------------------------------------
# parse_number: every integer below one milliard, written out in words
# --------------------------------------------------------------------------------------------


@given(
    n=st.integers(min_value=0, max_value=999_999_999),
    reform=st.booleans(),
    capitalised=st.booleans(),
)
@example(n=0, reform=False, capitalised=False)
@example(n=71, reform=False, capitalised=True)
@example(n=80, reform=False, capitalised=False)
@example(n=200_000, reform=True, capitalised=False)
@example(n=1_200, reform=True, capitalised=False)
@example(n=80_000_000, reform=False, capitalised=False)
@example(n=999_999_999, reform=True, capitalised=True)
def test_parse_number_words_round_trip(n, reform, capitalised):
    text = french_words(n, reform)
    if capitalised:
        text = _capitalise(text)
    assert parse_number(text) == n


@pytest.mark.parametrize(("n", "classic", "reform"), GENERATOR_CASES)
def test_parse_number_generator_cases(n, classic, reform):
    assert parse_number(classic) == n
    assert parse_number(reform) == n
    assert parse_number(_capitalise(classic)) == n
    assert parse_number(_capitalise(reform)) == n


# --------------------------------------------------------------------------------------------
# parse_number: digits, grouping, decimals, scales, regional forms
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits and French grouping
        ("0", 0),
        ("42", 42),
        ("6000", 6000),
        ("6 000", 6000),
        ("6\u00a0000", 6000),
        ("6\u202f000", 6000),
        ("6.000", 6000),
        ("1.200", 1200),
        ("20'000", 20000),
        ("1 234 567", 1_234_567),
        ("1\u202f234\u202f567", 1_234_567),
        ("1.234.567", 1_234_567),
        # decimal comma
        ("2,5", 2.5),
        ("0,5", 0.5),
        ("1 234,5", 1234.5),
        # words
        ("trois", 3),
        ("vingt-sept", 27),
        ("quatre-vingt-dix-neuf", 99),
        ("soixante et onze", 71),
        ("deux cent mille", 200_000),
        ("mille deux cents", 1200),
        ("vingt-et-un", 21),
        ("deux-cent-mille", 200_000),
        ("mille-deux-cents", 1200),
        ("Vingt et un", 21),
        # Belgian / Swiss forms
        ("septante", 70),
        ("septante-cinq", 75),
        ("septante et un", 71),
        ("septante-et-un", 71),
        ("octante", 80),
        ("huitante", 80),
        ("huitante-huit", 88),
        ("nonante", 90),
        ("nonante et un", 91),
        ("nonante-neuf", 99),
        ("Septante-cinq", 75),
        # integer scales
        ("un million", 1_000_000),
        ("trois millions", 3_000_000),
        ("un milliard", 1_000_000_000),
        ("deux milliards", 2_000_000_000),
        ("mille milliards", 10**12),
        ("un demi-milliard", 500_000_000),
        ("3 millions", 3_000_000),
        ("315 billions", 315 * 10**12),
    ],
)
def test_parse_number_examples(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,5 millions", 2_500_000),
        ("1,2 milliard", 1_200_000_000),
        ("2,5 milliards", 2_500_000_000),
        ("1,5 million", 1_500_000),
    ],
)
def test_parse_number_decimal_times_scale(text, expected):
    assert parse_number(text) == pytest.approx(expected)


_SEPARATORS = [" ", "\u00a0", "\u202f", ".", "'"]


def _grouped(n: int, sep: str) -> str:
    digits = str(n)
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return sep.join(reversed(groups))


@given(n=st.integers(min_value=0, max_value=999_999_999_999), sep=st.sampled_from(_SEPARATORS))
def test_parse_number_grouped_digits(n, sep):
    assert parse_number(_grouped(n, sep)) == n


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "abc",
        "trois jours",
        "6 000 euros",
        "deux-tiers",
        "1er",
        "vingt-septième",
    ],
)
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


def test_parse_number_is_exported_from_module():
    from geotext.normaliser import numbers

    assert numbers.parse_number is parse_number


def test_runs_of_digits_too_long_to_count_are_no_number():
    assert parse_number("7" * 5000) is None
    assert parse_number("1" * 24) == int("1" * 24)
