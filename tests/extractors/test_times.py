"""Temporal expressions on sentences written for these tests, one phenomenon each."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import geotext
from geotext import Bound, TimeType

MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def times(text: str, reference: str | None = "2024-10-02") -> list[tuple[str, str, str | None]]:
    doc = geotext.parse(text, reference)
    return [(t.text, t.type.value, t.value) for t in doc.times]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le traité a été signé le 3 mars 2022.", [("le 3 mars 2022", "DATE", "2022-03-03")]),
        ("Il est arrivé le 1er septembre.", [("le 1er septembre", "DATE", "2024-09-01")]),
        ("Il a été arrêté le 14 novembre.", [("le 14 novembre", "DATE", "2023-11-14")]),
        ("Le vote aura lieu le 14 novembre.", [("le 14 novembre", "DATE", "2024-11-14")]),
        ("Le texte daté du 05/06/2023 circule.", [("05/06/2023", "DATE", "2023-06-05")]),
        (
            "Le sommet s'est ouvert mardi 1er octobre.",
            [("mardi 1er octobre", "DATE", "2024-10-01")],
        ),
        ("L'armée a frappé jeudi.", [("jeudi", "DATE", "2024-09-26")]),
        ("Le ministre se rendra à Rome jeudi.", [("jeudi", "DATE", "2024-10-03")]),
        ("Le conseil va se réunir lundi.", [("lundi", "DATE", "2024-10-07")]),
        ("Le gouvernement devrait tomber mardi.", [("mardi", "DATE", "2024-10-08")]),
        ("Il a parlé mercredi dernier.", [("mercredi dernier", "DATE", "2024-09-25")]),
        ("Il reviendra mercredi prochain.", [("mercredi prochain", "DATE", "2024-10-09")]),
        ("Les tirs ont repris lundi soir.", [("lundi soir", "TIME", "2024-09-30TEV")]),
        (
            "Des drones ont frappé dans la nuit de samedi à dimanche.",
            [("la nuit de samedi à dimanche", "TIME", "2024-09-28TNI")],
        ),
        ("La trêve a commencé à 14h30.", [("14h30", "TIME", "2024-10-02T14:30")]),
        ("Il a été vu hier à 18 heures.", [("hier à 18 heures", "TIME", "2024-10-01T18:00")]),
        ("Le couvre-feu finit à midi.", [("midi", "TIME", "2024-10-02T12:00")]),
        (
            "Il est parti hier ; il rentre demain.",
            [("hier", "DATE", "2024-10-01"), ("demain", "DATE", "2024-10-03")],
        ),
        ("Avant-hier, la ville a été bombardée.", [("Avant-hier", "DATE", "2024-09-30")]),
        (
            "Il y a trois semaines, l'offensive a commencé.",
            [("Il y a trois semaines", "DATE", "2024-W37")],
        ),
        ("Il y a onze jours, le port a brûlé.", [("Il y a onze jours", "DATE", "2024-09-21")]),
        ("Les élections auront lieu dans deux semaines.", [("deux semaines", "DATE", "2024-W42")]),
        (
            "La réunion de la semaine dernière a échoué.",
            [("la semaine dernière", "DATE", "2024-W39")],
        ),
        ("Le budget du mois prochain est voté.", [("mois prochain", "DATE", "2024-11")]),
        ("L'an dernier, le PIB a reculé.", [("L'an dernier", "DATE", "2023")]),
        ("Les troupes se sont retirées en mars dernier.", [("mars dernier", "DATE", "2024-03")]),
        ("L'accord a été conclu au printemps 2022.", [("printemps 2022", "DATE", "2022-SP")]),
        ("La production reprendra mi-février.", [("mi-février", "DATE", "2025-02")]),
        ("La loi a été votée fin 2021.", [("fin 2021", "DATE", "2021")]),
        ("La Crimée est occupée depuis 2014.", [("2014", "DATE", "2014")]),
        (
            "Dans les années 1990, la guerre a ravagé la région.",
            [("les années 1990", "DATE", "199")],
        ),
        (
            "Le forum se tiendra du 12 au 15 octobre.",
            [("12", "DATE", "2024-10-12"), ("15 octobre", "DATE", "2024-10-15")],
        ),
        (
            "Le plan court sur la période 2025-2030.",
            [("2025", "DATE", "2025"), ("2030", "DATE", "2030")],
        ),
        (
            "Le 11-Septembre a changé la politique américaine.",
            [("11-Septembre", "DATE", "2001-09-11")],
        ),
        ("Le siège a duré dix jours.", [("dix jours", "DURATION", "P10D")]),
        (
            "Les pourparlers ont duré plus de quatre heures.",
            [("plus de quatre heures", "DURATION", "PT4H")],
        ),
        ("La mission durera un mois et demi.", [("un mois et demi", "DURATION", "P1.5M")]),
        ("Les combats ont duré quelques jours.", [("quelques jours", "DURATION", "PXD")]),
        ("Des convois passent quotidiennement.", [("quotidiennement", "SET", "P1D")]),
        ("Chaque vendredi, les familles manifestent.", [("Chaque vendredi", "SET", "P1W")]),
        ("Les marchés ferment tous les lundis.", [("tous les lundis", "SET", "P1W")]),
        ("Le siège dure depuis plus d'un an.", [("plus d'un an", "DURATION", "P1Y")]),
        ("La situation va bientôt changer.", [("bientôt", "DATE", "FUTURE_REF")]),
        ("Ces derniers mois, le front a peu bougé.", [("Ces derniers mois", "DATE", "PAST_REF")]),
        ("À l'heure actuelle, rien n'est décidé.", [("l'heure actuelle", "DATE", "PRESENT_REF")]),
    ],
)
def test_times(text, expected):
    assert times(text) == expected


def test_anaphoric_deictics_follow_the_last_date_given():
    found = times(
        "Le cessez-le-feu est entré en vigueur le 20 septembre. La veille, des tirs ont eu lieu."
    )
    assert found[-1] == ("La veille", "DATE", "2024-09-19")


def test_without_reference_date_values_stay_underspecified():
    assert times("Il a parlé le 7 mars, puis jeudi, et en 2019.", None) == [
        ("le 7 mars", "DATE", "XXXX-03-07"),
        ("jeudi", "DATE", None),
        ("2019", "DATE", "2019"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Un enfant de 5 ans a été blessé.",
        "Des Tu-95 et des Su-34 ont décollé.",
        "L'article 5 et la résolution 2334 ont été invoqués.",
        "La sonde explorera la surface de Mars.",
        "Le maire a salué le maintien du domaine.",
        "Le Printemps arabe a bouleversé la région.",
        "La guerre des Six Jours reste dans les mémoires.",
        "Sept soldats ont été décorés.",
        "Une seconde session est prévue.",
        "Selon le quotidien Le Soir, l'hebdomadaire a fermé.",
        "Le score final est de 3-1.",
    ],
)
def test_not_times(text):
    assert times(text) == []


def test_bounds_and_intervals():
    doc = geotext.parse("Le conflit dure depuis plus de deux ans, et en mars 2024 rien n'a changé.")
    duration, month = doc.times
    assert (duration.value, duration.bound) == ("P2Y", Bound.MIN)
    assert month.type is TimeType.DATE
    assert month.interval == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    week = geotext.parse("Cette semaine a été calme.", "2024-10-02").times[0]
    assert week.interval == (dt.date(2024, 9, 30), dt.date(2024, 10, 6))


@given(
    st.dates(dt.date(1950, 1, 1), dt.date(2049, 12, 31)),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_any_written_date_is_found_and_resolved(day, with_weekday, first_as_1er, numeric):
    if numeric:
        written = f"{day.day:02d}/{day.month:02d}/{day.year}"
    else:
        number = "1er" if day.day == 1 and first_as_1er else str(day.day)
        written = f"{number} {MONTHS[day.month - 1]} {day.year}"
        if with_weekday:
            written = f"{WEEKDAYS[day.weekday()]} {written}"
    doc = geotext.parse(f"La décision a été annoncée le {written} à Bruxelles.", "2024-10-02")
    assert [(t.text, t.value) for t in doc.times] == [(f"le {written}", day.isoformat())]
