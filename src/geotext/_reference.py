"""The reference date of a text: read from what the caller gives, or from the text's own lines.

``coerce_reference_date`` takes a date, a datetime or a string: ISO strings are read here,
and the other forms that feeds and pages carry (``Fri, 08 Mar 2024 10:00:00 +0100``,
*vendredi 8 mars 2024*, ``08/03/2024``) by ``dateparser``, imported on first use so that
``import geotext`` stays fast. ``find_reference_date`` looks for a dateline (*PARIS, 8 mars
2024 (AFP) -*) or a publication line (*Publié le 08/03/2024 à 10h12*) in the text itself.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import cache
from typing import Any

import regex

from geotext._patterns import alternation
from geotext.data import read_table
from geotext.errors import ReferenceDateError

__all__ = ["coerce_reference_date", "find_reference_date"]

_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_ISO_DATETIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\S.*")

#: dateparser's settings for a reference date: absolute dates only (never *hier* read against
#: today's clock), day, month and year all written, days before months in numeric dates, the
#: written time zone kept (the date is the one the publisher wrote).
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
    "PREFER_LOCALE_DATE_ORDER": False,
    "RETURN_AS_TIMEZONE_AWARE": True,
}


def coerce_reference_date(value: object) -> dt.date | None:
    """``value`` as a :class:`datetime.date`, or :class:`~geotext.errors.ReferenceDateError`.

    Accepts ``None``, a :class:`datetime.date`, a :class:`datetime.datetime` (the date it
    shows, in its own time zone) and a string: ISO (``2024-03-08``, ``2024-03-08T10:00:00+01:00``,
    ``...Z``), or a date as feeds and pages write it, read by ``dateparser`` in French or
    English (``Fri, 08 Mar 2024 10:00:00 +0100``, ``vendredi 8 mars 2024``, ``08/03/2024``, day
    before month). A string must name a real day with its year; relative words (*hier*) and
    partial dates (*mars 2024*) are refused.

    >>> coerce_reference_date("Fri, 08 Mar 2024 23:30:00 -0500")
    datetime.date(2024, 3, 8)
    >>> coerce_reference_date("vendredi 8 mars 2024")
    datetime.date(2024, 3, 8)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return _read_date_string(value)
    raise ReferenceDateError(value)


def _read_date_string(value: str) -> dt.date:
    text = value.strip()
    try:
        if _ISO_DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if _ISO_DATETIME.fullmatch(text):
            # Python 3.10 reads no trailing Z; the date is the one written, whatever the zone.
            return dt.datetime.fromisoformat(regex.sub(r"Z\Z", "+00:00", text)).date()
    except ValueError:
        raise ReferenceDateError(value) from None
    if not regex.search(r"\d", text) or len(text) > 100:
        raise ReferenceDateError(value)
    import dateparser  # heavy: only for strings that are not ISO

    found = dateparser.parse(text, languages=["fr", "en"], settings=_DATEPARSER_SETTINGS)
    if found is None:
        raise ReferenceDateError(value)
    day: dt.date = found.date()
    return day


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """Publication lines, datelines and date lines, compiled once."""
    months = alternation(name for name, _ in read_table("fr/months.tsv", 2))
    weekdays = alternation(name for name, _ in read_table("fr/weekdays.tsv", 2))
    date = (
        rf"(?P<date>(?:(?:{weekdays})[ ])?(?P<day>1er|[0-3]?\d)[ ](?P<month>{months})[ ]"
        r"(?P<year>(?:19|20)\d\d)"
        r"|(?P<nday>[0-3]?\d)[/.](?P<nmonth>[01]?\d)[/.](?P<nyear>(?:19|20)\d\d)"
        r"|(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d))(?![\w/.-]\d)"
    )
    clock = r"(?:[ ]?(?:à|,|-|—)?[ ]?\d{1,2}[ ]?(?:h|:)[ ]?\d\d(?::\d\d)?)?"
    published = regex.compile(
        rf"(?i)\b(?:publiée?|mise?[ ]en[ ]ligne|parue?|postée?|mise?[ ]à[ ]jour)"
        rf"(?:[ ]le|[ ]?:)?[ ]{date}"
    )
    dateline = regex.compile(
        rf"(?m)^[ ]*\p{{Lu}}[\p{{L}}'. -]{{1,40}}?(?:[ ]\([^()\n]{{1,40}}\))?,[ ]"
        rf"(?:le[ ])?(?i:{date})"
        r"(?:[ ]\([^()\n]{1,30}\))?[ ]?[-–—]",
    )
    line = regex.compile(
        rf"(?im)^(?:[^\n]{{0,60}}(?:•|\||-|—|:)[ ]?)?(?:le[ ])?{date}{clock}[ ]*$",
    )
    return published, dateline, line


#: How far from the start (and the end) of the text a publication line is looked for.
_HEAD = 1500
_TAIL = 500
#: How many lines at the start (and the end) of the text a date alone on its line may be.
_HEAD_LINES = 3
_TAIL_LINES = 2


def find_reference_date(text: str) -> tuple[dt.date, int, int] | None:
    """The publication date a text gives itself, and where: ``(date, start, end)``.

    In order: a publication line (*Publié le 08/03/2024 à 10h12*, *[Cet article a été publié
    le 16 décembre 2014]*) near the start or the end of the text; a dateline at the start of
    a line (*PARIS, 8 mars 2024 (AFP) -*); a line near the start or the end that is a date
    (*Vendredi 8 mars 2024*, *Le Journal • 11/04/2023 à 08:15*). The date must name its year
    and a real day; a text that gives none gives None.

    >>> find_reference_date("KIEV, 8 mars 2024 (AFP) - Des drones ont frappé la ville.")
    (datetime.date(2024, 3, 8), 6, 18)
    """
    head, tail = _head_lines(text), _tail_lines(text)
    head_end = max([min(len(text), _HEAD), *(end for _, end in head)])
    tail_start = min([max(0, len(text) - _TAIL), *(start for start, _ in tail)])
    if _YEAR.search(text, 0, head_end) is None and _YEAR.search(text, tail_start) is None:
        return None  # every form names its year: most texts stop here
    published, dateline, line = _patterns()
    spans = [(0, min(len(text), _HEAD)), (max(0, len(text) - _TAIL), len(text))]
    for first, last in spans:
        for found in published.finditer(text, first, last):
            date = _date_of(found)
            if date is not None:
                return date, found.start("date"), found.end("date")
    for found in dateline.finditer(text, 0, min(len(text), _HEAD)):
        date = _date_of(found)
        if date is not None:
            return date, found.start("date"), found.end("date")
    for first, last in [*head, *tail]:
        found = line.match(text, first, last)
        date = None if found is None else _date_of(found)
        if found is not None and date is not None:
            return date, found.start("date"), found.end("date")
    return None


_LINE = regex.compile(r"[^\n]+")
_YEAR = regex.compile(r"(?:19|20)\d\d")


def _head_lines(text: str) -> list[tuple[int, int]]:
    """The first lines of ``text`` that hold something, without reading the rest."""
    return [m.span() for m in itertools.islice(_LINE.finditer(text), _HEAD_LINES)]


def _tail_lines(text: str) -> list[tuple[int, int]]:
    """The last lines of ``text`` that hold something, read from its end."""
    lines: list[tuple[int, int]] = []
    end = len(text)
    while end > 0 and len(lines) < _TAIL_LINES:
        start = text.rfind("\n", 0, end) + 1
        if start < end:
            lines.append((start, end))
        end = start - 1
    return lines[::-1]


@cache
def _month_numbers() -> dict[str, int]:
    return {name: int(number) for name, number in read_table("fr/months.tsv", 2)}


def _date_of(found: regex.Match[str]) -> dt.date | None:
    """The date of a match of the patterns above, or None where it names no real day."""
    g = found.group
    try:
        if g("year"):
            day = 1 if g("day").lower() == "1er" else int(g("day"))
            return dt.date(int(g("year")), _month_numbers()[g("month").lower()], day)
        if g("nyear"):
            return dt.date(int(g("nyear")), int(g("nmonth")), int(g("nday")))
        return dt.date(int(g("iyear")), int(g("imonth")), int(g("iday")))
    except (ValueError, KeyError):
        return None
