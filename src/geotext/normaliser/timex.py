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
    "iso_week",
    "month_value",
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
