"""Quantities and tolls in the prose of real news: one phenomenon per test, sentences of ours."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geotext
from counting import casualties, quantities
from geotext import Bound, CasualtyCategory, Modality

# -- counted things beyond the first unit table --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'aviation a mené 14 raids sur la vallée.", [("raid", 14)]),
        ("Quarante familles ont reçu une tente.", [("family", 40)]),
        ("Le pays détiendrait six armes nucléaires.", [("nuclear weapon", 6)]),
        ("Le cargo croisait à 18 milles nautiques des côtes.", [("nautical mile", 18)]),
        ("La nuit a vu trois vagues de frappes sur le port.", [("wave", 3)]),
        ("Le Conseil a adopté neuf résolutions depuis 2020.", [("resolution", 9)]),
        ("Les manifestants ont bloqué plus de 80 villes.", [("city", 80)]),
        ("L'aviation a effectué au moins deux frappes.", [("strike", 2)]),
        ("Le groupe a supprimé 3 200 emplois.", [("job", 3200)]),
        ("Le pirate a dérobé 15 000 courriels.", [("email", 15000)]),
        ("Sept agents ont été suspendus.", [("person", 7)]),
    ],
)
def test_counted_things_of_the_table(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural noun the table does not know: the noun itself, singular, is the unit.
        ("Le musée expose 40 tapisseries.", [("tapisserie", 40)]),
        ("Le port a reçu 12 grues.", [("grue", 12)]),
        ("La région compte 300 éoliennes.", [("eolienne", 300)]),
        ("Le chantier a livré 15 canaux.", [("canal", 15)]),
    ],
)
def test_a_noun_outside_the_table_is_its_own_unit(text, expected):
    assert quantities(text) == expected


def test_the_phrase_is_not_cut_short():
    found = geotext.parse("Le pays posséderait six armes nucléaires opérationnelles.").quantities
    assert [q.text for q in found] == ["six armes nucléaires opérationnelles"]
    found = geotext.parse("Le musée expose 40 tapisseries médiévales.").quantities
    assert [q.text for q in found] == ["40 tapisseries médiévales"]


@pytest.mark.parametrize(
    "text",
    [
        "L'équipe a marqué 3 buts et encaissé 12 points.",
        "Il faisait 38 degrés à l'ombre.",
        "Le film a été vu 3 fois ; la série compte 4 saisons.",
        "Ajoutez 200 grammes de farine et 2 cuillères de sucre.",
        "Il a déjà fait deux mandats.",
        "Des milliers de questions restent sans réponse.",
        "Il a publié 4 000 renvoyés.",  # a participle is no noun
        "Ces 3 nouveaux sont arrivés.",
    ],
)
def test_what_is_not_counted(text):
    assert quantities(text) == []


# -- money in every currency ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alger consacre 2,5 milliards de dinars à la défense.", [("DZD", 2_500_000_000)]),
        ("La Tunisie a emprunté 900 millions de dinars.", [("TND", 900_000_000)]),
        ("Bagdad a payé 3 milliards de dinars irakiens.", [("IQD", 3_000_000_000)]),
        ("Riyad a offert 40 millions de riyals.", [("SAR", 40_000_000)]),
        ("Le Qatar a offert 40 millions de riyals.", [("QAR", 40_000_000)]),
        ("Varsovie a débloqué 5 milliards de zlotys.", [("PLN", 5_000_000_000)]),
        ("L'amende s'élève à 300 000 couronnes suédoises.", [("SEK", 300_000)]),
        ("Le contrat vaut 2 millions USD, soit 1,8 million EUR.", [("USD", 2e6), ("EUR", 1.8e6)]),
        ("Nairobi a levé 20 milliards de shillings.", [("KES", 20_000_000_000)]),
    ],
)
def test_money_in_every_currency(text, expected):
    assert quantities(text) == expected


def test_a_currency_word_takes_the_country_of_the_text():
    text = "La Jordanie traverse une crise.\n\nLe gouvernement a débloqué 50 millions de dinars."
    assert quantities(text) == [("JOD", 50_000_000)]


# -- ranges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "low", "high"),
    [
        ("Le naufrage aurait fait 100 à 200 morts.", "killed", 100, 200),
        ("Les heurts ont fait entre 30 et 40 blessés.", "injured", 30, 40),
        ("De 2 000 à 3 000 personnes ont fui la ville.", "displaced", 2000, 3000),
    ],
)
def test_a_range_is_one_toll_with_its_bounds(text, category, low, high):
    (toll,) = geotext.parse(text).casualties
    assert (toll.category.value, toll.value, toll.upper, toll.bound) == (
        category,
        low,
        high,
        Bound.MIN,
    )


def test_a_range_of_things_keeps_its_upper_end():
    (found,) = geotext.parse("Environ 60 à 70 immeubles ont été détruits.").quantities
    assert (found.unit, found.value, found.upper, found.approximate) == ("building", 60, 70, True)
    (money,) = geotext.parse("Le chantier coûtera de 2 à 3 milliards d'euros.").quantities
    assert (money.value, money.upper) == (2_000_000_000, 3_000_000_000)


@pytest.mark.parametrize(
    "text",
    ["Le village a été rasé en 1944 et trois morts y sont enterrés.", "Il y a eu 12 et 4 morts."],
)
def test_two_figures_falling_in_value_are_not_a_range(text):
    doc = geotext.parse(text)
    assert all(c.upper is None for c in doc.casualties)
    assert all(q.upper is None for q in doc.quantities)


# -- no toll from a date phrase -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La grève a commencé deux jours après la mort du syndicaliste.",
        "Trois semaines après le décès de l'ancien président, le parti s'est réuni.",
        "Il a été arrêté 48 heures après la mort de son complice.",
    ],
)
def test_a_date_phrase_gives_no_toll(text):
    assert casualties(text) == []


# -- the same quantity restated -------------------------------------------------------------


def test_a_restated_quantity_is_listed_once():
    text = (
        "Téhéran enrichit l'uranium à 60 %. L'uranium enrichi à 60 % inquiète Vienne. "
        "Selon l'agence, ce taux de 60 % n'a aucun usage civil."
    )
    assert quantities(text) == [("percent", 60)]


def test_two_quantities_of_one_unit_stay_two():
    assert quantities("L'armée a reçu 40 chars en mai et 60 chars en juin.") == [
        ("tank", 40),
        ("tank", 60),
    ]


# -- hypothetical tolls ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Une guerre régionale pourrait faire 100 000 morts, selon ce rapport.",
        "Selon ce scénario, une invasion ferait 30 000 morts.",
        "La sécheresse risque de faire 2 millions de déplacés.",
    ],
)
def test_a_toll_that_may_come_is_hypothetical(text):
    (toll,) = geotext.parse(text).casualties
    assert toll.modality is Modality.HYPOTHETICAL


def test_a_reported_toll_is_asserted():
    (toll,) = geotext.parse("Le bombardement aurait fait 25 morts, selon l'ONG.").casualties
    assert toll.modality is Modality.ASSERTED


# -- tolls in real prose ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the predicate after a subset between commas
        (
            "Au total, 90 personnes, dont 41 enfants, ont été tuées dans l'explosion.",
            [("killed", 90), ("killed", 41)],
        ),
        # killed or wounded, one figure
        ("En un mois, 310 civils ont été tués ou blessés.", [("affected", 310)]),
        # a loss before, coordinated with another after
        (
            "Un gendarme a été tué et quatre policiers ont été blessés.",
            [("killed", 1), ("injured", 4)],
        ),
        # people named by what befell them
        ("Les deux camps ont échangé 95 soldats prisonniers.", [("captured", 95)]),
        # others of the people just counted
        (
            "Un soldat est mort et onze autres de plusieurs unités ont été blessés.",
            [("killed", 1), ("injured", 11)],
        ),
        # a hyphenated demonym, one person named by a demonym
        ("Au moins 40 Nord-Coréens ont péri.", [("killed", 40)]),
        ("Une Norvégienne a été enlevée au Sahel.", [("captured", 1)]),
        # killings as a noun
        ("La guerre civile a fait quelque 20 000 assassinats.", [("killed", 20000)]),
        # forced to leave
        ("Plus de 9 000 habitants ont été forcés à quitter la vallée.", [("displaced", 9000)]),
        ("Environ 3 500 riverains ont dû quitter leur logement.", [("displaced", 3500)]),
        # a figure added to the one before
        (
            "Les frappes ont fait 25 morts lundi et au moins 12 mardi.",
            [("killed", 25), ("killed", 12)],
        ),
        # the people arrested and held
        ("Dix-huit militants ont été placés en garde à vue.", [("captured", 18)]),
    ],
)
def test_tolls_in_real_prose(text, expected):
    assert casualties(text) == expected


def test_a_subset_is_not_a_restated_toll():
    text = "Un policier a été tué. Six civils, dont un bébé, ont aussi été tués."
    assert casualties(text) == [("killed", 1), ("killed", 6), ("killed", 1)]


def test_an_earlier_toll_gives_way():
    text = "Les combats ont fait 210 morts. Un précédent bilan faisait état de 120 morts."
    assert casualties(text) == [("killed", 210)]


def test_victims_of_a_crime_without_violence_are_people():
    text = "Le cambrioleur a été condamné. Une trentaine de victimes ont porté plainte."
    assert casualties(text) == []
    assert quantities(text) == [("person", 30)]
    assert casualties("L'attentat a fait une trentaine de victimes.") == [("killed", 30)]


def test_a_burnt_area_is_not_listed():
    assert quantities("L'incendie a parcouru 2 300 hectares de pinède.") == []
    assert quantities("L'État a racheté 2 300 hectares de terres.") == [("hectare", 2300)]


def test_the_part_counts_what_the_whole_counts():
    assert quantities("Seuls 18 des 27 ministres ont signé.") == [
        ("person", 18),
        ("person", 27),
    ]


def test_a_figure_added_to_a_quantity():
    assert quantities("L'armée a tiré 90 obus mardi et 40 mercredi.") == [
        ("shell", 90),
        ("shell", 40),
    ]


# -- properties ------------------------------------------------------------------------------

_LOW = st.integers(min_value=2, max_value=5_000)
_WORDS = st.sampled_from(["morts", "blessés", "otages", "drones", "soldats", "familles"])


@settings(max_examples=60, deadline=None)
@given(low=_LOW, step=st.integers(min_value=1, max_value=5_000), noun=_WORDS)
def test_a_range_is_one_count_from_its_lower_to_its_upper_end(low, step, noun):
    high = low + step
    doc = geotext.parse(f"Selon le rapport, entre {low} et {high} {noun} sont signalés.")
    found = doc.quantities + doc.casualties
    assert len(found) == 1
    (count,) = found
    assert (count.value, count.upper, count.bound) == (low, high, Bound.MIN)
    assert doc.text[count.span.start : count.span.end] == count.text


@settings(max_examples=60, deadline=None)
@given(value=st.integers(min_value=2, max_value=99_999), repeats=st.integers(1, 4))
def test_a_toll_restated_any_number_of_times_is_one(value, repeats):
    text = " ".join(f"L'attaque a fait {value} morts." for _ in range(repeats))
    tolls = geotext.parse(text).casualties
    assert [(t.category, t.value) for t in tolls] == [(CasualtyCategory.KILLED, value)]


@settings(max_examples=60, deadline=None)
@given(count=st.integers(min_value=2, max_value=500), unit=st.sampled_from(["jours", "semaines"]))
def test_a_length_of_time_is_never_a_toll(count, unit):
    text = f"Le procès s'ouvre {count} {unit} après la mort du journaliste."
    assert geotext.parse(text).casualties == ()


def test_a_subset_of_a_revised_toll_revises_nothing():
    text = "Le bilan a grimpé à 63 morts, dont 9 secouristes."
    assert casualties(text) == [("killed", 63), ("killed", 9)]


@pytest.mark.parametrize(
    "earlier",
    [
        "Une précédente estimation faisait état de 44 morts.",
        "Un premier bilan donnait 44 morts.",
        "Le bilan initial faisait état de 44 morts.",
    ],
)
def test_every_word_for_an_earlier_toll_gives_way(earlier):
    assert casualties("Le séisme a fait 63 morts. " + earlier) == [("killed", 63)]


def test_a_toll_that_could_have_been_is_hypothetical():
    doc = geotext.parse("L'explosion aurait pu faire des dizaines de morts.")
    assert [(c.category.value, c.modality.value) for c in doc.casualties] == [
        ("killed", "hypothetical")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Quatre gendarmes ont succombé à leurs blessures.",
        "Un policier a succombé à ses blessures à l'hôpital.",
    ],
)
def test_those_who_succumbed_are_killed(text):
    assert [category for category, _ in casualties(text)] == ["killed"]
