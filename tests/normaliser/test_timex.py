from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geotext.normaliser.timex import add_months, day_month, duration, iso_week, month_value, weekday

WEDNESDAY = dt.date(2024, 10, 2)


@pytest.mark.parametrize(
    ("number", "direction", "expected"),
    [
        (3, "past", dt.date(2024, 9, 26)),
        (2, "past", WEDNESDAY),
        (2, "last", dt.date(2024, 9, 25)),
        (3, "future", dt.date(2024, 10, 3)),
        (2, "future", WEDNESDAY),
        (2, "next", dt.date(2024, 10, 9)),
        (0, "next", dt.date(2024, 10, 7)),
    ],
)
def test_weekday(number, direction, expected):
    assert weekday(WEDNESDAY, number, direction) == expected


@given(st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)), st.integers(0, 6))
def test_weekday_directions_bracket_the_reference(reference, number):
    past, future = weekday(reference, number, "past"), weekday(reference, number, "future")
    assert past.weekday() == future.weekday() == number
    assert 0 <= (reference - past).days <= 6 and 0 <= (future - reference).days <= 6
    assert 1 <= (reference - weekday(reference, number, "last")).days <= 7
    assert 1 <= (weekday(reference, number, "next") - reference).days <= 7


def test_day_month_crosses_the_year_by_direction():
    november = dt.date(2024, 11, 19)
    assert day_month(november, 1, 12, "future") == dt.date(2025, 1, 12)
    assert day_month(november, 10, 7, "past") == dt.date(2024, 10, 7)
    assert day_month(november, 12, 25, "past") == dt.date(2023, 12, 25)
    assert day_month(dt.date(2023, 3, 1), 2, 29, "past") is None


def test_months_weeks_durations():
    assert month_value(dt.date(2025, 2, 19), 3, "future") == "2025-03"
    assert month_value(dt.date(2025, 2, 19), 3, "past") == "2024-03"
    assert month_value(dt.date(2025, 3, 19), 3, "last") == "2024-03"
    assert add_months(dt.date(2024, 12, 31), 1) == (2025, 1)
    assert iso_week(dt.date(2024, 12, 31)) == "2025-W01"
    assert iso_week(dt.date(2021, 1, 3)) == "2020-W53"
    assert duration(2, "Y", False) == "P2Y"
    assert duration(1.5, "M", False) == "P1.5M"
    assert duration(48, "H", True) == "PT48H"
