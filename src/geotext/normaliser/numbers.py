"""French numbers as values: digits with French grouping, number words, scales.

``parse_number`` reads one number expression (*6 000*, *2,5 millions*, *quatre-vingt-dix-neuf*,
*septante et un*, *un demi-milliard*) and returns its value, or None when the words are not a
number. Finding numbers in running text is the extractors' job; this module only reads them.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

import regex

from geotext.data import read_table

__all__ = ["SCALE_SYMBOLS", "number_words", "parse_number", "words_to_number"]

#: Abbreviated scales written after digits (*5 M€*, *3 Md$*).
SCALE_SYMBOLS = {"M": 10**6, "Md": 10**9, "Mds": 10**9, "Mrd": 10**9, "Mrds": 10**9}

_DIGITS = regex.compile(
    r"(?P<int>\d{1,3}(?:(?P<sep>[ \u00a0\u202f'’.])\d{3})(?:(?P=sep)\d{3})*+|\d++)"
    r"(?:,(?P<frac>\d++))?"
    r"|(?P<dotted>\d++\.\d++)"
)
_NON_DIGIT = regex.compile(r"\D")
_SPLIT = regex.compile(r"[\s\-\u2011]+")


@cache
def number_words() -> dict[str, tuple[int, str]]:
    """Each French number word with its value and kind (``unit``, ``ten``, ``hundred``...)."""
    return {word: (int(value), kind) for word, value, kind in read_table("fr/number_words.tsv", 3)}


def _integral(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def words_to_number(text: str) -> int | float | None:
    """The value of French number words (*deux cent mille*, *vingt-et-un*), or None."""
    words = [w for w in _SPLIT.split(text.strip().lower()) if w and w != "et"]
    if not words:
        return None
    known = number_words()
    result = Decimal(0)  # completed millions, billions...
    thousands = Decimal(0)  # completed thousands below the last scale
    current = Decimal(0)  # the group below a thousand
    previous = ""
    for word in words:
        if word in ("demi", "demie"):
            if previous not in ("un", "une"):
                return None
            current = Decimal("0.5")
            previous = word
            continue
        if word not in known:
            return None
        value, kind = known[word]
        if kind == "unit":
            current += value
        elif kind == "ten":
            if value == 20 and previous == "quatre":
                current += 80 - 4  # quatre-vingt(s)
            else:
                current += value
        elif kind == "hundred":
            hundreds = current % 100
            current = current - hundreds + (hundreds or 1) * 100
        elif kind == "thousand":
            thousands += (current or 1) * 1000
            current = Decimal(0)
        else:  # scale: million, milliard, billion
            result += (thousands + current or 1) * value
            thousands = current = Decimal(0)
        previous = word
    return _integral(result + thousands + current)


#: More digits than this is no quantity a text counts (and too many for ``int``).
MAX_DIGITS = 24


def _digits_to_decimal(text: str) -> Decimal | None:
    if sum(c.isdigit() for c in text) > MAX_DIGITS:
        return None
    match = _DIGITS.fullmatch(text)
    if match is None:
        return None
    try:
        if match.group("dotted"):
            # Only a grouping when every part after a dot has three digits (*1.200*);
            # otherwise an English-style decimal (*3.14*).
            return Decimal(match.group("dotted"))
        whole = _NON_DIGIT.sub("", match.group("int"))
        fraction = match.group("frac")
        return Decimal(f"{whole}.{fraction}" if fraction else whole)
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return None


def parse_number(text: str) -> int | float | None:
    """The value of one French number expression, or None when ``text`` is not one.

    Digits with French grouping (*6 000*, *6.000*, *20'000*) and a decimal comma (*2,5*),
    number words in classic or 1990 spelling and Belgian or Swiss forms, each optionally
    followed by a scale (*millions*, *milliard*, *M*, *Md*).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() takes a str, not {type(text).__name__}")
    return _parse_number(text.strip())


@lru_cache(maxsize=4096)
def _parse_number(stripped: str) -> int | float | None:
    """:func:`parse_number` of a stripped string, remembered: texts repeat their numbers."""
    if not stripped:
        return None
    head, _, tail = stripped.rpartition(" ")
    value, kind = number_words().get(tail.lower(), (0, ""))
    scale = SCALE_SYMBOLS.get(tail) or (value if kind == "scale" else None)
    if head and scale:
        number = _digits_to_decimal(head.strip())
        if number is not None:
            return _integral(number * scale)
    number = _digits_to_decimal(stripped)
    if number is not None:
        return _integral(number)
    return words_to_number(stripped)
