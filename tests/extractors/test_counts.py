"""Quantities and casualties on sentences written for these tests, one phenomenon each."""

from __future__ import annotations

import pytest

import geotext
from counting import casualties, quantities
from geotext import Bound, CasualtyCategory


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'usine livrera 4 000 obus par mois.", [("shell", 4000)]),
        (
            "Kiev a reçu 7\u202f500 drones et 1\u00a0200 missiles.",
            [("drone", 7500), ("missile", 1200)],
        ),
        ("Varsovie aligne 2.500 chars.", [("tank", 2500)]),
        ("À Lausanne, 15'000 manifestants ont défilé.", [("person", 15000)]),
        ("Le budget atteint 3,7 milliards d'euros.", [("EUR", 3_700_000_000)]),
        ("Un prêt de 12 millions de dollars canadiens.", [("CAD", 12_000_000)]),
        ("Une aide de 250 000 francs CFA par foyer au Niger.", [("XOF", 250_000)]),
        ("Yaoundé a versé 80 millions de francs CFA.", [("XAF", 80_000_000)]),
        ("Le contrat vaut 4 M€ et l'option 2 Md$.", [("EUR", 4_000_000), ("USD", 2_000_000_000)]),
        ("Le baril vaut 81 $ et le billet 900 €.", [("USD", 81), ("EUR", 900)]),
        ("Onze frégates et vingt-quatre hélicoptères.", [("ship", 11), ("helicopter", 24)]),
        ("Quatre-vingt-dix-neuf bombardiers ont décollé.", [("bomber", 99)]),
        ("Septante-deux soldats belges partiront.", [("soldier", 72)]),
        ("Deux-cent-mille réservistes seront rappelés.", [("soldier", 200_000)]),
        ("Un quart des voix, soit 31 % des suffrages.", [("percent", 31)]),
        ("Le taux est passé à 4,5 pour cent.", [("percent", 4.5)]),
        ("La colonne est à 40 km de la ville.", [("km", 40)]),
        ("Une bande de 800 mètres sera évacuée de ses mines.", [("km", 0.8)]),
        ("Une quarantaine de roquettes sont tombées.", [("rocket", 40)]),
        ("Des centaines de camions attendent.", [("truck", 100)]),
        ("Des dizaines de milliers de manifestants.", [("person", 10_000)]),
        ("Entre 300 et 400 soldats sont arrivés.", [("soldier", 300)]),
        ("Le coût irait de 20 à 30 milliards d'euros.", [("EUR", 20_000_000_000)]),
        ("Le chômage passera de 8 % à 6 %.", [("percent", 8), ("percent", 6)]),
        (
            "Sur 900 militaires, dont 120 marins, aucun n'a été touché.",
            [("soldier", 900), ("soldier", 120)],
        ),
    ],
)
def test_quantities(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "En 2019, la Russie a déployé des troupes.",
        "Le sommet aura lieu le 14 mars à Genève.",
        "Le sommet s'ouvre à 9 h 30 et finit à 18 h.",
        "Des Su-34 et des Tu-160 ont survolé la zone, a dit le M23.",
        "L'article 42 de la charte et la résolution 2720 sont cités.",
        "Le ministre, âgé de 63 ans, a démissionné.",
        "Les deux pays ont signé l'accord.",
        "Un drone a été abattu au-dessus du port.",
        "Le G20 et la COP29 se tiendront au Brésil.",
        "Des obus de 155 mm sont produits en France.",
        "Appelez le 01 23 45 67 89 ou voyez la page 12.",
        "La moitié des habitants et un tiers des écoles sont touchés.",
        "Après quatre jours de pourparlers, rien n'est signé.",
    ],
)
def test_numbers_that_count_nothing(text):
    doc = geotext.parse(text)
    assert doc.quantities == () and doc.casualties == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La frappe a fait 9 morts et 31 blessés.", [("killed", 9), ("injured", 31)]),
        ("Au moins 18 personnes ont été tuées à Goma.", [("killed", 18)]),
        ("Treize civils ont été tués et vingt-deux blessés.", [("killed", 13), ("injured", 22)]),
        ("L'obus a provoqué la mort de 5 enfants.", [("killed", 5)]),
        ("La police a interpellé 62 personnes.", [("captured", 62)]),
        ("Trois marins sont portés disparus.", [("missing", 3)]),
        ("Près de 9 000 habitants ont été évacués.", [("displaced", 9000)]),
        ("Plus de 2 millions de personnes ont fui.", [("displaced", 2_000_000)]),
        ("Le groupe détient encore 14 otages.", [("captured", 14)]),
        ("Les pluies ont touché 40 000 personnes.", [("affected", 40000)]),
        ("On dénombre 300 000 sinistrés.", [("affected", 300000)]),
        ("L'embuscade a fait un mort et deux blessés.", [("killed", 1), ("injured", 2)]),
        ("Un policier a été tué près de la frontière.", [("killed", 1)]),
        ("Un habitant de 72 ans a été blessé.", [("injured", 1)]),
        ("L'attaque a fait 26 victimes, dont 8 enfants.", [("killed", 26), ("killed", 8)]),
        ("On compte 70 blessés, dont 12 grièvement.", [("injured", 70), ("injured", 12)]),
        (
            "Quinze soldats maliens et 4 soldats togolais ont été tués.",
            [("killed", 15), ("killed", 4)],
        ),
        ("Sur les 500 soldats du camp, neuf ont été tués.", [("killed", 9)]),
        ("Le nombre de blessés est passé de 15 à 40.", [("injured", 40)]),
        ("Un bilan faisait état de 6 morts. Le bilan s'est alourdi à 11 morts.", [("killed", 11)]),
        (
            "La police compte 4 morts ; les secours parlent de 9 morts.",
            [("killed", 4), ("killed", 9)],
        ),
        (
            "Au moins 21 personnes ont été tuées. "
            "« Vingt et un innocents sont morts », dit le maire.",
            [("killed", 21)],
        ),
        ("Une vingtaine de personnes ont été arrêtées.", [("captured", 20)]),
        ("Les combats ont fait des dizaines de morts.", [("killed", 10)]),
        ("Quatre otages ont été tués pendant l'assaut.", [("killed", 4)]),
        ("Des millions de civils ont fui le pays.", [("displaced", 1_000_000)]),
        ("Les trois otages ont été blessés.", [("injured", 3)]),
        ("Entre 40 – 50 civils ont été tués.", [("killed", 40)]),
    ],
)
def test_casualties(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'incendie n'a fait aucun blessé.",
        "Plusieurs civils ont été blessés, selon des témoins.",
        "De nombreux morts sont à déplorer.",
        "Un drone a frappé un dépôt sans faire de victime.",
        "« J'étais mort de rire », raconte un passant.",
        "Aucune des 60 personnes à bord n'a été blessée.",
        "Ce piment a fait plus d'une victime à table.",
    ],
)
def test_no_casualty(text):
    assert geotext.parse(text).casualties == ()


def test_losses_are_not_repeated_as_quantities():
    doc = geotext.parse("Au moins 30 soldats ont été tués et 400 soldats ont été déployés.")
    assert [(c.category, c.value) for c in doc.casualties] == [(CasualtyCategory.KILLED, 30)]
    assert [(q.unit, q.value) for q in doc.quantities] == [("soldier", 400)]


def test_approximation_and_bounds_are_kept():
    doc = geotext.parse(
        "Environ 3 000 policiers, plus de 40 drones, jusqu'à 500 km et une dizaine de chars."
    )
    found = [(q.value, q.approximate, q.bound) for q in doc.quantities]
    assert found == [
        (3000, True, None),
        (40, False, Bound.MIN),
        (500, False, Bound.MAX),
        (10, True, None),
    ]
    vague = geotext.parse("Plusieurs milliers de manifestants.").quantities[0]
    assert (vague.value, vague.approximate, vague.bound) == (1000, True, Bound.MIN)


def test_spans_point_to_the_raw_text():
    text = "Près de 6\u202f000 réfugiés et 2,5\u00a0millions d\u2019euros."
    doc = geotext.parse(text)
    (casualty,) = doc.casualties
    (quantity,) = doc.quantities
    assert (
        casualty.text
        == text[casualty.span.start : casualty.span.end]
        == "Près de 6\u202f000 réfugiés"
    )
    assert quantity.text == "2,5\u00a0millions d\u2019euros"
    assert quantity.value == 2_500_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'éboulement a fait 31 morts, dont 9 enfants et 4 secouristes.",
            [("killed", 31), ("killed", 9), ("killed", 4)],
        ),
        (
            "Le bilan est de 52 blessés, dont 7 pompiers, 5 gendarmes et 2 touristes.",
            [("injured", 52), ("injured", 7), ("injured", 5), ("injured", 2)],
        ),
        (
            "Au total 64 détenus ont été relâchés, dont des étudiants et trois avocats.",
            [("captured", 64), ("captured", 3)],
        ),
    ],
    ids=["et", "commas", "after-a-vague-member"],
)
def test_every_member_of_a_subset_list_shares_the_loss(text, expected):
    assert sorted(casualties(text)) == sorted(expected)
    assert quantities(text) == []  # losses are not repeated as people


@pytest.mark.parametrize(
    "text",
    [
        "Le séisme a fait 12 morts, dont 3 enfants, et 2 000 habitants sont sans abri.",
        "La garnison compte 300 soldats, dont 20 officiers et 5 médecins.",
    ],
    ids=["a-new-clause", "no-loss"],
)
def test_a_figure_after_a_subset_list_keeps_its_own_reading(text):
    assert all(value not in (2000, 5) for _, value in casualties(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les deux camps ont convenu d'échanger 60 soldats chacun.", [("captured", 60)]),
        ("Les deux pays échangent 75 soldats ce vendredi.", [("captured", 75)]),
        ("La gendarmerie a relâché 12 manifestants dans la soirée.", [("captured", 12)]),
        ("Au total, 40 marins ont été relâchés à l'aube.", [("captured", 40)]),
    ],
    ids=["d-echanger", "echangent", "a-relache", "ont-ete-relaches"],
)
def test_people_exchanged_or_released_were_captured(text, expected):
    assert casualties(text) == expected


def test_an_exchange_between_people_counts_no_prisoner():
    assert casualties("Un échange entre les deux ministres a eu lieu lundi.") == []
