"""Temporal values: TIMEX3 strings from dates, resolved against a reference date.

Pure date arithmetic, no text: the time extractor reads the words and calls these to turn
*jeudi*, *le 7 octobre*, *il y a trois semaines* into ``2024-11-07``, ``2023-10-07``,
``2024-W45``. A direction says how an underspecified date resolves: ``past`` (the latest on
or before the reference), ``future`` (the next after it), ``last`` / ``next`` (strictly).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

__all__ = [
    "Direction",
    "add_months",
    "day_month",
    "duration",
    "easter",
    "iso_week",
    "month_value",
    "nearest",
    "orthodox_easter",
    "season_year",
    "weekday",
]

Direction = Literal["past", "future", "last", "next"]


def iso_week(day: dt.date) -> str:
    """The ISO week of ``day`` with its ISO year (2024-12-31 is ``2025-W01``)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekday(reference: dt.date, number: int, direction: Direction) -> dt.date:
    """The weekday ``number`` (Monday = 0) nearest ``reference`` in ``direction``.

    ``past`` and ``future`` include the reference day itself (*doit se tenir vendredi*
    written on a Friday is that Friday); ``last`` and ``next`` exclude it.
    """
    if direction == "past":
        return reference - dt.timedelta(days=(reference.weekday() - number) % 7)
    if direction == "last":
        return reference - dt.timedelta(days=(reference.weekday() - number - 1) % 7 + 1)
    if direction == "future":
        return reference + dt.timedelta(days=(number - reference.weekday()) % 7)
    return reference + dt.timedelta(days=(number - reference.weekday() - 1) % 7 + 1)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_month(reference: dt.date, month: int, day: int, direction: Direction) -> dt.date | None:
    """A yearless date (*le 7 octobre*) in the year ``direction`` gives it."""
    this_year = _valid(reference.year, month, day)
    if direction in ("past", "last"):
        if this_year is not None and this_year <= reference:
            return this_year
        return _valid(reference.year - 1, month, day)
    if this_year is not None and this_year >= reference:
        return this_year
    return _valid(reference.year + 1, month, day)


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def month_value(reference: dt.date, month: int, direction: Direction) -> str:
    """A yearless month (*en mars*, *mars dernier*) as ``YYYY-MM``."""
    if direction == "past":
        year = reference.year if month <= reference.month else reference.year - 1
    elif direction == "last":
        year = reference.year if month < reference.month else reference.year - 1
    elif direction == "next":
        year = reference.year if month > reference.month else reference.year + 1
    else:
        year = reference.year if month >= reference.month else reference.year + 1
    return f"{year:04d}-{month:02d}"


def duration(amount: float, unit: str, clock: bool) -> str:
    """A TIMEX3 duration: ``P2Y``, ``P1.5M``, ``PT48H``."""
    number = int(amount) if amount == int(amount) else amount
    return f"PT{number}{unit}" if clock else f"P{number}{unit}"


def nearest(reference: dt.date, days: list[dt.date], direction: Direction) -> dt.date | None:
    """Of ``days``, the one ``direction`` picks from ``reference``.

    ``past``: the latest on or before it; ``future``: the first on or after it; ``last`` and
    ``next`` the same, the reference day excluded. None when no day fits.
    """
    if direction in ("past", "last"):
        before = [d for d in days if d < reference or (d == reference and direction == "past")]
        return max(before, default=None)
    after = [d for d in days if d > reference or (d == reference and direction == "future")]
    return min(after, default=None)


def easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of ``year`` (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday of ``year`` (Julian computus), as a Gregorian date."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_to_gregorian = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=julian_to_gregorian)


#: The month each season begins in; winter runs from December into the next year.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_year(reference: dt.date, code: str, direction: Direction) -> int:
    """The year of a season (``SP``, ``SU``, ``FA``, ``WI``) named without one.

    ``past``: the latest such season begun on or before the reference date; ``future``: the
    first not yet over; ``last``: the latest one over; ``next``: the first not yet begun.
    Winter ``2024-WI`` runs from December 2024 to February 2025.
    """
    begins = _SEASON_START[code]

    def first(year: int) -> dt.date:
        return dt.date(year, begins, 1)

    def last(year: int) -> dt.date:
        year_after, month_after = add_months(first(year), 3)
        return dt.date(year_after, month_after, 1) - dt.timedelta(days=1)

    years = range(reference.year - 2, reference.year + 2)
    if direction == "past":
        return max(y for y in years if first(y) <= reference)
    if direction == "last":
        return max(y for y in years if last(y) < reference)
    if direction == "future":
        return min(y for y in years if last(y) >= reference)
    return min(y for y in years if first(y) > reference)
