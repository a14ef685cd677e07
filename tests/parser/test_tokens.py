from __future__ import annotations

import pytest

from geotext import TokenKind, normalise
from geotext.parser import tokenise


def tokens(text: str) -> list[str]:
    body = normalise(text).text
    table = tokenise(body).table
    return [body[s:e] for s, e in zip(table.starts, table.ends, strict=True)]


def kinds(text: str) -> list[TokenKind]:
    table = tokenise(normalise(text).text).table
    return [table.kind(i) for i in range(len(table))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'armée", ["l'", "armée"]),
        ("L’Ukraine", ["L'", "Ukraine"]),
        ("d'après qu'il", ["d'", "après", "qu'", "il"]),
        ("jusqu'à lorsqu'elle presqu'un", ["jusqu'", "à", "lorsqu'", "elle", "presqu'", "un"]),
        ("aujourd'hui", ["aujourd'hui"]),
        ("Aujourd’hui, quelqu'un", ["Aujourd'hui", ",", "quelqu'un"]),
        ("la presqu'île de Crimée", ["la", "presqu'île", "de", "Crimée"]),
        ("c'est-à-dire", ["c'", "est-à-dire"]),
    ],
)
def test_elisions(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a-t-il dit", ["a", "-t-il", "dit"]),
        ("dit-elle", ["dit", "-elle"]),
        ("Va-t-on céder ?", ["Va", "-t-on", "céder", "?"]),
        ("affirment-ils", ["affirment", "-ils"]),
        ("Est-ce vrai", ["Est", "-ce", "vrai"]),
        ("un rendez-vous manqué", ["un", "rendez-vous", "manqué"]),
        ("Irons-nous ?", ["Irons", "-nous", "?"]),
    ],
)
def test_inversions(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saint-Pétersbourg", ["Saint-Pétersbourg"]),
        ("la Maison-Blanche", ["la", "Maison-Blanche"]),
        ("un cessez-le-feu", ["un", "cessez-le-feu"]),
        ("Tu-95 et F-16", ["Tu-95", "et", "F-16"]),
        ("le M23 et la CEDEAO", ["le", "M23", "et", "la", "CEDEAO"]),
        ("Bas-Rhin — dit-il", ["Bas-Rhin", "—", "dit", "-il"]),
    ],
)
def test_hyphenated_names_and_acronyms(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 000 soldats", ["6 000", "soldats"]),
        ("6\u202f000\u202f000 euros", ["6 000 000", "euros"]),
        ("2,5 milliards", ["2,5", "milliards"]),
        ("1.200 morts", ["1.200", "morts"]),
        ("à 14h30", ["à", "14h30"]),
        ("à 14:30", ["à", "14:30"]),
        ("vers 6 h 30", ["vers", "6", "h", "30"]),
        ("le 1er juin", ["le", "1er", "juin"]),
        ("le 03/06/2023", ["le", "03/06/2023"]),
        ("30km", ["30", "km"]),
        ("20%", ["20", "%"]),
        ("en 2022 300 soldats", ["en", "2022", "300", "soldats"]),
    ],
)
def test_numbers(text, expected):
    assert tokens(text) == expected


def test_number_kinds():
    assert kinds("6 000 drones") == [TokenKind.NUMBER, TokenKind.WORD]


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("sur exemple-actu.fr.", ["sur", "exemple-actu.fr", "."], TokenKind.URL),
        ("(www.exemple.org)", ["(", "www.exemple.org", ")"], TokenKind.URL),
        ("voir HTTPS://EXEMPLE.FR", ["voir", "HTTPS://EXEMPLE.FR"], TokenKind.URL),
        (
            "lire https://exemple.fr/a/b?x=1, puis",
            ["lire", "https://exemple.fr/a/b?x=1", ",", "puis"],
            TokenKind.URL,
        ),
        ("le site Info-Sahel.FR ferme", ["le", "site", "Info-Sahel.FR", "ferme"], TokenKind.URL),
        ("écrire à redaction@exemple.fr", ["écrire", "à", "redaction@exemple.fr"], TokenKind.EMAIL),
    ],
)
def test_urls_domains_and_emails(text, expected, kind):
    assert tokens(text) == expected
    assert kind in kinds(text)


def test_dotted_words_that_are_not_domains_are_split():
    assert tokens("fin.Le") == ["fin", ".", "Le"]
    assert TokenKind.URL not in kinds("fin.Le")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Diallo", ["M.", "Diallo"]),
        ("Mme Keita", ["Mme", "Keita"]),
        ("etc. Puis", ["etc.", "Puis"]),
        ("50 av. J.-C.", ["50", "av.", "J.-C."]),
        ("George W. Bush", ["George", "W.", "Bush"]),
        ("J.-M. Keita", ["J.-M.", "Keita"]),
        ("la C.I.A. et l'O.N.U.", ["la", "C.I.A.", "et", "l'", "O.N.U."]),
    ],
)
def test_abbreviations_keep_their_dot(text, expected):
    assert tokens(text) == expected


def test_punctuation_and_symbols():
    assert tokens("« Non ! » — 5 €...") == ["«", "Non", "!", "»", "—", "5", "€", "..."]
    assert kinds("5 €")[1] is TokenKind.SYMBOL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la province de Sa’dah", ["la", "province", "de", "Sa'dah"]),
        ("à Ma'rib et Ta'izz", ["à", "Ma'rib", "et", "Ta'izz"]),
        # An elision keeps opening its word, in capitals too.
        (
            "Qu'il vienne. L'Etat, C'est",
            ["Qu'", "il", "vienne", ".", "L'", "Etat", ",", "C'", "est"],
        ),
    ],
)
def test_an_inner_apostrophe_of_a_transliterated_name(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize("tail", ["", " ", "  \n", "\n\n\t "])
def test_blanks_at_the_end_give_no_token(tail: str) -> None:
    assert tokens("Le convoi est reparti vers Goma." + tail) == [
        "Le",
        "convoi",
        "est",
        "reparti",
        "vers",
        "Goma",
        ".",
    ]


def test_a_domain_among_words_keeps_the_words_around_it() -> None:
    # The dotted name is re-split or kept as an address; the tokens around it stay as they are.
    assert tokens("M. Diallo écrit sur mali-actu.net chaque soir.") == [
        "M.",
        "Diallo",
        "écrit",
        "sur",
        "mali-actu.net",
        "chaque",
        "soir",
        ".",
    ]
