"""Times on newswire: the story's own calendar, ages, clock hours in words, holidays, vague words.

Every sentence here is written for these tests; one mechanism per test, and a property test
per mechanism with generated dates, ages and hours.
"""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.easter import easter  # an independent computus, as the oracle
from hypothesis import given
from hypothesis import strategies as st

import geotext

MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
REFERENCE = dt.date(2024, 11, 13)
NAMES = ["Jean Martin", "Awa Diallo", "Lucie Fabre", "Karim Haddad", "Paul Girard"]


def times(text: str, reference: str | None = "2024-11-13") -> list[tuple[str, str, str | None]]:
    doc = geotext.parse(text, reference)
    return [(t.text, t.type.value, t.value) for t in doc.times]


def written(day: dt.date) -> str:
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]}"


# 1. Ages are not durations -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pierre Lenoir, 87 ans, a été retrouvé chez lui.",
        "Un électricien de 37 ans a été interpellé.",
        "La conductrice (41 ans) est sortie indemne.",
        "Âgé de 22 ans, le suspect a été relâché.",
        "Il est mort à l'âge de 90 ans.",
        "Une retraitée de 71 ans et un agriculteur de 58 ans ont témoigné.",
        "Un boulanger de 52 ans et un rescapé de 19 ans ont témoigné.",
        "Un randonneur belge de 52 ans et un père de famille de 41 ans ont été secourus.",
    ],
)
def test_ages_are_no_time(text):
    assert times(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a été condamné à 13 ans de prison.", [("13 ans", "DURATION", "P13Y")]),
        ("Elle a été élue pour un mandat de cinq ans.", [("cinq ans", "DURATION", "P5Y")]),
        ("Le chantier a duré trois ans.", [("trois ans", "DURATION", "P3Y")]),
        (
            "Les habitants vivent sous occupation depuis 20 ans.",
            [("20 ans", "DURATION", "P20Y")],
        ),
        (
            "Les salariés avec plus de 20 ans d'ancienneté partiront.",
            [("plus de 20 ans", "DURATION", "P20Y")],
        ),
    ],
)
def test_terms_and_mandates_stay_durations(text, expected):
    assert times(text) == expected


@given(st.sampled_from(NAMES), st.integers(1, 105), st.sampled_from(["blessé", "entendu"]))
def test_a_name_and_its_age_between_commas_give_no_time(name, age, verb):
    assert times(f"{name}, {age} ans, a été {verb} par les enquêteurs.") == []


@given(
    st.sampled_from(["un enfant", "une femme", "un policier", "un journaliste", "une Kurde"]),
    st.integers(2, 99),
)
def test_a_person_of_n_years_gives_no_time(person, age):
    assert times(f"Selon la police, {person} de {age} ans a été blessé.") == []


# 2. Clock hours in words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le bateau a accosté à 4 heures.", [("4 heures", "TIME", "2024-11-13T04:00")]),
        ("Les secours sont arrivés vers 17 heures.", [("17 heures", "TIME", "2024-11-13T17:00")]),
        (
            "L'alerte a été donnée à 3 heures du matin.",
            [("3 heures du matin", "TIME", "2024-11-13T03:00")],
        ),
        (
            "Le couvre-feu a commencé à 9 heures du soir.",
            [("9 heures du soir", "TIME", "2024-11-13T21:00")],
        ),
        ("Les pompiers ont lutté pendant 4 heures.", [("4 heures", "DURATION", "PT4H")]),
        ("La ville a été évacuée en 3 heures.", [("3 heures", "DURATION", "PT3H")]),
        # A span of clock times: both ends are clock times; a span of time stays a duration.
        (
            "La circulation est interdite de 21 heures à 6 heures.",
            [("21 heures", "TIME", "2024-11-13T21:00"), ("6 heures", "TIME", "2024-11-13T06:00")],
        ),
        (
            "Le guichet reçoit entre 9 heures et 11 heures.",
            [("9 heures", "TIME", "2024-11-13T09:00"), ("11 heures", "TIME", "2024-11-13T11:00")],
        ),
        ("Un cessez-le-feu de 48 heures a été conclu.", [("48 heures", "DURATION", "PT48H")]),
        (
            "Ils ont roulé 5 heures et 2 heures encore.",
            [("5 heures", "DURATION", "PT5H"), ("2 heures", "DURATION", "PT2H")],
        ),
    ],
)
def test_clock_hours_in_words(text, expected):
    assert times(text) == expected


@given(st.integers(0, 23), st.sampled_from(["à", "vers", "dès"]))
def test_a_clock_hour_in_words_is_a_time_of_the_day(hour, before):
    found = times(f"Le train est parti {before} {hour} heures de la gare.")
    assert found == [(f"{hour} heures", "TIME", f"2024-11-13T{hour:02d}:00")]


@given(st.integers(1, 23))
def test_hours_after_pendant_are_a_duration(hours):
    found = times(f"Les négociateurs ont discuté pendant {hours} heures.")
    assert found == [(f"{hours} heures", "DURATION", f"PT{hours}H")]


# 3. The story's day anchors what follows ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le barrage a cédé le 2 octobre. Quatre jours plus tard, les eaux baissaient.",
            ("Quatre jours plus tard", "DATE", "2024-10-06"),
        ),
        (
            "Le 2 octobre, la grève a commencé. Deux semaines plus tard, elle a pris fin.",
            ("Deux semaines plus tard", "DATE", "2024-10-16"),
        ),
        (
            "En juin 2019, le pacte a été signé. Trois ans plus tard, il a été dénoncé.",
            ("Trois ans plus tard", "DATE", "2022"),
        ),
        # No day told before, or hours: a duration.
        ("Quatre jours plus tard, les eaux baissaient.", ("Quatre jours", "DURATION", "P4D")),
        ("Le renfort est arrivé deux heures plus tard.", ("deux heures", "DURATION", "PT2H")),
    ],
)
def test_so_long_later_is_the_day_after_the_day_just_told(text, expected):
    assert times(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le 9 octobre, le port a rouvert. Cinq jours plus tôt, la digue avait cédé.",
            ("Cinq jours plus tôt", "DATE", "2024-10-04"),
        ),
        (
            "Le 9 octobre, le port a rouvert. Deux semaines auparavant, il était fermé.",
            ("Deux semaines auparavant", "DATE", "2024-09-25"),
        ),
        (
            "En avril 2021, la loi est passée. Quatre ans plus tôt, elle avait échoué.",
            ("Quatre ans plus tôt", "DATE", "2017"),
        ),
    ],
)
def test_so_long_earlier_is_the_day_before_the_day_just_told(text, expected):
    assert times(text)[-1] == expected


NUMBER_WORDS = ["Deux", "Trois", "Quatre", "Cinq", "Six", "Sept", "Huit", "Neuf", "Dix"]


@given(
    st.dates(dt.date(1995, 1, 1), dt.date(2023, 12, 31)),
    st.integers(2, 10),
    st.sampled_from(["plus tard", "plus tôt", "auparavant"]),
)
def test_so_many_days_later_or_earlier_count_from_the_day_told(day, count, direction):
    words = f"{NUMBER_WORDS[count - 2]} jours {direction}"
    text = f"Le {written(day)} {day.year}, le pont a rouvert. {words}, un convoi est passé."
    sign = 1 if direction == "plus tard" else -1
    expected = (day + dt.timedelta(days=sign * count)).isoformat()
    assert times(text)[-1] == (words, "DATE", expected)


def test_a_look_back_leaves_the_story_on_its_day():
    found = times(
        "Le 9 octobre, le port a rouvert. Cinq jours plus tôt, la digue avait cédé. "
        "Le lendemain, les bateaux sont sortis."
    )
    assert found[-1] == ("Le lendemain", "DATE", "2024-10-10")


def test_a_clock_time_takes_the_weekday_just_told():
    assert times("Mardi, un incendie s'est déclaré ; vers 21 h 45, les pompiers sont venus.") == [
        ("Mardi", "DATE", "2024-11-12"),
        ("21 h 45", "TIME", "2024-11-12T21:45"),
    ]


def test_the_eve_and_the_day_after_count_from_the_same_day():
    found = times(
        "Le congrès s'est ouvert le 4 novembre. La veille, des grévistes avaient bloqué "
        "l'entrée ; le lendemain, un accord a été signé."
    )
    assert [value for _, _, value in found] == ["2024-11-04", "2024-11-03", "2024-11-05"]


def test_the_evening_of_the_day_just_told():
    found = times("Samedi, le marché était bondé. Ce soir-là, un incendie s'est déclaré.")
    assert found == [("Samedi", "DATE", "2024-11-09"), ("Ce soir-là", "TIME", "2024-11-09TEV")]
    found = times("Le 4 juin, la fête a commencé ; le soir même, un orage a éclaté.")
    assert found[-1] == ("le soir même", "TIME", "2024-06-04TEV")


def test_days_after_days_follow_each_other():
    found = times("Le 3 mars, il est arrivé. Le lendemain, il a parlé. Le lendemain, il est parti.")
    assert [value for _, _, value in found] == ["2024-03-03", "2024-03-04", "2024-03-05"]


def test_the_same_month_and_the_same_day():
    found = times(
        "Le 3 octobre, l'eau est montée ; le 15 du même mois, elle s'est retirée. "
        "Le même jour, les écoles ont rouvert."
    )
    assert [value for _, _, value in found] == ["2024-10-03", "2024-10-15", "2024-10-15"]


@given(st.dates(dt.date(1990, 1, 1), dt.date(2023, 12, 31)), st.integers(-2, 2))
def test_anaphors_count_from_the_date_just_told(day, offset):
    word = {-2: "L'avant-veille", -1: "La veille", 1: "Le lendemain", 2: "Le surlendemain"}
    if offset == 0:
        text = f"Le {written(day)} {day.year}, le port a fermé. Vers 8 heures, la foule a afflué."
        expected = f"{day.isoformat()}T08:00"
    else:
        text = f"Le {written(day)} {day.year}, le port a fermé. {word[offset]}, la foule a afflué."
        expected = (day + dt.timedelta(days=offset)).isoformat()
    doc = geotext.parse(text, "2024-11-13")
    assert [t.value for t in doc.times] == [day.isoformat(), expected]


# 4. The year of a yearless date --------------------------------------------------------------


def test_a_yearless_date_takes_the_year_the_text_gave():
    assert times("Début février 2023, le port a fermé ; le 9 février, il a rouvert.") == [
        ("Début février 2023", "DATE", "2023-02"),
        ("le 9 février", "DATE", "2023-02-09"),
    ]


def test_a_weekday_decides_the_year():
    assert times("Le dimanche 29 août, la fête du village se tiendra.", "2021-08-10") == [
        ("Le dimanche 29 août", "DATE", "2021-08-29")
    ]
    assert times("Le mardi 19 novembre, le sommet s'ouvre.") == [
        ("Le mardi 19 novembre", "DATE", "2024-11-19")
    ]


def test_the_tense_picks_the_year_of_a_yearless_date():
    assert times("Le festival aura lieu le 5 juin ; il a déjà eu lieu le 5 juin.") == [
        ("le 5 juin", "DATE", "2025-06-05"),
        ("le 5 juin", "DATE", "2024-06-05"),
    ]


@given(
    st.dates(REFERENCE - dt.timedelta(days=330), REFERENCE + dt.timedelta(days=330)),
    st.sampled_from(["a été inauguré", "sera inauguré"]),
)
def test_a_date_with_its_weekday_resolves_to_that_day(day, verb):
    text = f"Le pont {verb} le {WEEKDAYS[day.weekday()]} {written(day)}."
    assert [t.value for t in geotext.parse(text, REFERENCE).times] == [day.isoformat()]


@given(st.integers(1990, 2023), st.integers(1, 12), st.integers(1, 28))
def test_a_yearless_date_after_a_dated_month_takes_its_year(year, month, day):
    name = MONTHS[month - 1]
    text = f"Début {name} {year}, le port a fermé ; le {day} {name}, il a rouvert."
    values = [t.value for t in geotext.parse(text, REFERENCE).times]
    assert values == [f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"]


# 5. Vague and relative expressions -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les jeunes d'aujourd'hui lisent moins.", [("aujourd'hui", "DATE", "PRESENT_REF")]),
        ("Les combats ont duré quelques jours.", [("quelques jours", "DURATION", "PXD")]),
        ("Ces derniers jours, le calme est revenu.", [("Ces derniers jours", "DATE", "PAST_REF")]),
        ("Le maire actuel a été réélu.", [("actuel", "DATE", "PRESENT_REF")]),
        ("Jusqu'ici, aucun accord n'a été trouvé.", [("Jusqu'ici", "DATE", "PRESENT_REF")]),
        ("À l'avenir, les contrôles seront renforcés.", [("À l'avenir", "DATE", "FUTURE_REF")]),
        ("Le rapport sera publié incessamment.", [("incessamment", "DATE", "FUTURE_REF")]),
        ("Le rapport sera publié prochainement.", [("prochainement", "DATE", "FUTURE_REF")]),
        (
            "Un peu plus tôt, la police avait bouclé la rue.",
            [("Un peu plus tôt", "DATE", "PAST_REF")],
        ),
        (
            "Au cours des trois derniers mois, les prix ont flambé.",
            [("trois derniers mois", "DURATION", "P3M")],
        ),
        (
            "Les deux prochaines semaines seront décisives.",
            [("deux prochaines semaines", "DURATION", "P2W")],
        ),
        (
            "Au cours des derniers jours, la tension a monté.",
            [("des derniers jours", "DATE", "PAST_REF")],
        ),
        (
            "À la fin de l'année 2023, la dette a bondi.",
            [("la fin de l'année 2023", "DATE", "2023")],
        ),
        (
            "En début de semaine, le conseil a voté.",
            [("début de semaine", "DATE", "2024-W46")],
        ),
        (
            "Au début des années 2000, la ville s'est vidée.",
            [("des années 2000", "DATE", "200")],
        ),
        ("Le barrage tient depuis un demi-siècle.", [("un demi-siècle", "DURATION", "P50Y")]),
        ("En octobre 98, la crue a tout emporté.", [("octobre 98", "DATE", "1998-10")]),
        ("En 97, la digue avait cédé.", [("97", "DATE", "1997")]),
        (
            "Les comptes du premier semestre 2025 seront publiés.",
            [("premier semestre 2025", "DATE", "2025-H1")],
        ),
    ],
)
def test_vague_and_relative_expressions(text, expected):
    assert times(text) == expected


@given(st.integers(0, 99), st.sampled_from(MONTHS))
def test_a_two_digit_year_is_at_most_five_years_ahead(short, month):
    found = times(f"En {month} {short:02d}, la crue a tout emporté.")
    year = 2000 + short if 2000 + short <= REFERENCE.year + 5 else 1900 + short
    assert found == [(f"{month} {short:02d}", "DATE", f"{year}-{MONTHS.index(month) + 1:02d}")]


# 6. Span conventions, named days and holidays ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle a été nommée le 6 mai dernier.", [("le 6 mai dernier", "DATE", "2024-05-06")]),
        (
            "Le concert aura lieu samedi 5 juin à 17 h.",
            [("samedi 5 juin à 17 h", "TIME", "2025-06-05T17:00")],
        ),
        ("Les magasins ont fermé à la Pentecôte.", [("Pentecôte", "DATE", "2024-05-19")]),
        ("Le réveillon a été calme.", [("réveillon", "DATE", "2023-12-31")]),
        (
            "Le Vendredi saint, une procession a traversé la ville.",
            [("Vendredi saint", "DATE", "2024-03-29")],
        ),
        (
            "La veille de Noël, les magasins fermeront tôt.",
            [("La veille de Noël", "DATE", "2024-12-24")],
        ),
    ],
)
def test_spans_and_holidays(text, expected):
    assert times(text) == expected


def test_a_holiday_in_lower_case_or_before_a_name_is_no_time():
    assert times("L'ascension du mont Blanc a pris deux jours.") == [
        ("deux jours", "DURATION", "P2D")
    ]
    assert times("Toussaint Louverture a été célébré.") == []


@given(st.integers(1990, 2040))
def test_holidays_with_their_year(year):
    found = times(f"Pâques {year} et Noël {year} ont été calmes.")
    assert [value for _, _, value in found] == [easter(year).isoformat(), f"{year}-12-25"]


@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.integers(0, 23))
def test_a_date_and_its_clock_time_are_one_expression(day, hour):
    text = f"Le sommet a commencé le {written(day)} {day.year} à {hour} h devant la presse."
    assert times(text) == [
        (f"le {written(day)} {day.year} à {hour} h", "TIME", f"{day.isoformat()}T{hour:02d}:00")
    ]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # Written on a Tuesday: this week's Friday, even in the present tense.
        ("Le recensement débute ce vendredi.", "2025-12-16", "2025-12-19"),
        ("Ce lundi, le port a rouvert.", "2025-12-16", "2025-12-15"),
        # Written on a Sunday: a Monday to come is next week's.
        ("Ce lundi, le jury rendra son verdict.", "2025-12-21", "2025-12-22"),
    ],
)
def test_ce_and_a_weekday_is_that_day_of_the_week_written_in(text, reference, expected):
    assert times(text, reference)[0][2] == expected


@given(st.dates(dt.date(2000, 1, 3), dt.date(2040, 12, 31)), st.integers(0, 6))
def test_ce_and_a_weekday_is_within_three_days_of_a_midweek_reference(day, number):
    names = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    found = times(f"Le vote a lieu ce {names[number]}.", day.isoformat())
    value = dt.date.fromisoformat(found[0][2])
    assert value.weekday() == number
    assert abs((value - day).days) <= 6
    if day.weekday() in (2, 3):  # Wednesday, Thursday: the week around it
        assert value.isocalendar()[:2] == day.isocalendar()[:2]
