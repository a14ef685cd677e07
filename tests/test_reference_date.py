"""The reference date: the strings feeds and pages carry, and the text's own dateline."""

from __future__ import annotations

import datetime as dt
import email.utils
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import geotext
from geotext import Pipeline, ReferenceDateError, ReferenceSource, from_dict, to_dict

MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31))


@pytest.mark.parametrize(
    "value",
    [
        "Fri, 08 Mar 2024 10:00:00 +0100",
        "Fri, 08 Mar 2024 23:30:00 -0500",
        "2024-03-08T10:00:00+01:00",
        "2024-03-08T10:00:00Z",
        "2024-03-08 10:00:00",
        "vendredi 8 mars 2024",
        "8 mars 2024",
        "08/03/2024",
        "  2024-03-08  ",
    ],
)
def test_feed_and_page_strings(value):
    doc = geotext.parse("Le conseil s'est réuni jeudi.", value)
    assert doc.reference_date == dt.date(2024, 3, 8)
    assert doc.reference_source is ReferenceSource.GIVEN
    assert doc.reference_span is None
    assert [t.value for t in doc.times] == ["2024-03-07"]


@pytest.mark.parametrize(
    "bad", ["hier", "mars 2024", "31/02/2024", "n'importe quoi 12", "2024-13-01T10:00", "vendredi"]
)
def test_unreadable_strings_raise(bad):
    with pytest.raises(ReferenceDateError, match="reference_date must be"):
        geotext.parse("Texte.", bad)


@given(DAYS, st.integers(0, 23), st.integers(-12, 12))
def test_an_rss_date_gives_the_day_written(day, hour, zone):
    moment = dt.datetime.combine(day, dt.time(hour), dt.timezone(dt.timedelta(hours=zone)))
    written = email.utils.format_datetime(moment)
    assert geotext.parse("Texte.", written).reference_date == day


@given(DAYS, st.booleans())
def test_french_and_numeric_dates(day, with_weekday):
    french = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if with_weekday:
        french = f"{WEEKDAYS[day.weekday()]} {french}"
    numeric = f"{day.day:02d}/{day.month:02d}/{day.year}"
    assert geotext.parse("Texte.", french).reference_date == day
    assert geotext.parse("Texte.", numeric).reference_date == day


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("PARIS, 8 mars 2024 (AFP) - Le conseil s'est réuni jeudi.", "8 mars 2024"),
        ("Publié le 08/03/2024 à 10h12\n\nLe conseil s'est réuni jeudi.", "08/03/2024"),
        (
            "Le conseil s'est réuni jeudi.\n\nMis à jour le vendredi 8 mars 2024",
            "vendredi 8 mars 2024",
        ),
        ("Vendredi 8 mars 2024\n\nLe conseil s'est réuni jeudi.", "Vendredi 8 mars 2024"),
    ],
)
def test_the_text_gives_its_reference_date(text, written):
    doc = geotext.parse(text)
    assert doc.reference_date == dt.date(2024, 3, 8)
    assert doc.reference_source is ReferenceSource.TEXT
    assert doc.reference_span is not None
    assert doc.text_of(doc.reference_span) == written
    assert [t.value for t in doc.times if t.text == "jeudi"] == ["2024-03-07"]


@given(
    DAYS, st.sampled_from(["LYON", "SAINT-ÉTIENNE", "Bamako"]), st.sampled_from(["AFP", "Reuters"])
)
def test_a_dateline_gives_its_day(day, city, agency):
    date = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    doc = geotext.parse(f"{city}, {date} ({agency}) - Le conseil s'est réuni hier.")
    assert (doc.reference_date, doc.reference_source) == (day, ReferenceSource.TEXT)
    assert doc.text_of(doc.reference_span) == date
    assert doc.times[-1].value == (day - dt.timedelta(days=1)).isoformat()


def test_a_given_date_wins_over_the_text():
    doc = geotext.parse("PARIS, 8 mars 2024 (AFP) - Le conseil s'est réuni hier.", "2025-01-10")
    assert (doc.reference_date, doc.reference_source) == (
        dt.date(2025, 1, 10),
        ReferenceSource.GIVEN,
    )
    assert doc.reference_span is None


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil s'est réuni jeudi.",
        "Le traité du 8 mars 2024 a été signé à Paris.",  # a date in a sentence is no dateline
        "PARIS, 31 février 2024 (AFP) - Le conseil s'est réuni.",  # no such day
    ],
)
def test_texts_without_a_dateline_keep_no_reference(text):
    doc = geotext.parse(text)
    assert (doc.reference_date, doc.reference_source, doc.reference_span) == (None, None, None)


def test_the_pipeline_can_leave_the_text_alone():
    doc = Pipeline(reference_from_text=False)("PARIS, 8 mars 2024 (AFP) - Le conseil s'est réuni.")
    assert (doc.reference_date, doc.reference_source) == (None, None)


def test_source_and_span_survive_serialisation():
    doc = geotext.parse("PARIS, 8 mars 2024 (AFP) - Le conseil s'est réuni jeudi.")
    data = to_dict(doc)
    assert (data["reference_source"], data["reference_span"]) == ("text", [7, 18])
    again = from_dict(data)
    assert again == doc
    assert (again.reference_source, again.reference_span) == (
        ReferenceSource.TEXT,
        doc.reference_span,
    )
    given_date = from_dict(to_dict(geotext.parse("Texte.", "2024-03-08")))
    assert (given_date.reference_source, given_date.reference_span) == (ReferenceSource.GIVEN, None)


def test_a_document_checks_its_reference_source():
    doc = geotext.parse("Texte.")
    with pytest.raises(ValueError, match="need a reference_date"):
        type(doc)(text=doc.text, normalised=doc.normalised, reference_source="given")


def test_import_does_not_load_dateparser():
    code = (
        "import sys, geotext\n"
        "geotext.parse('Texte.', '2024-03-08')\n"
        "assert 'dateparser' not in sys.modules, 'imported by an ISO date'\n"
        "geotext.parse('Texte.', '8 mars 2024')\n"
        "assert 'dateparser' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
