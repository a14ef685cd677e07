from __future__ import annotations

from pathlib import Path

import pytest

import geotext
from geotext import BlockKind

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def sentences(text: str) -> list[str]:
    return [s.text for s in geotext.parse(text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M. Keita est arrivé lundi. Mme Traoré l'attendait.",
            ["M. Keita est arrivé lundi.", "Mme Traoré l'attendait."],
        ),
        (
            "Le déficit atteint 2,5 %. Le gouvernement réagit.",
            ["Le déficit atteint 2,5 %.", "Le gouvernement réagit."],
        ),
        (
            "Il cite Dr. Martin et Mgr. Roux. Puis il part.",
            ["Il cite Dr. Martin et Mgr. Roux.", "Puis il part."],
        ),
        ("Des drones, des chars, etc. ont été vus.", ["Des drones, des chars, etc. ont été vus."]),
        (
            "Ils ont pris des fusils, des obus, etc. Le stock est vide.",
            ["Ils ont pris des fusils, des obus, etc.", "Le stock est vide."],
        ),
        (
            "La ville fut fondée en 50 av. J.-C. sur la rive.",
            ["La ville fut fondée en 50 av. J.-C. sur la rive."],
        ),
        ("Selon J. K. Martin, tout va bien.", ["Selon J. K. Martin, tout va bien."]),
        ("Selon J.-M. Diallo, tout va bien.", ["Selon J.-M. Diallo, tout va bien."]),
        ("Attendre… Puis frapper.", ["Attendre…", "Puis frapper."]),
        ("Attendre... Puis frapper.", ["Attendre...", "Puis frapper."]),
        ("Vraiment ? Oui !", ["Vraiment ?", "Oui !"]),
        (
            "« Nous résisterons », a-t-il dit. La salle a applaudi.",
            ["« Nous résisterons », a-t-il dit.", "La salle a applaudi."],
        ),
        (
            "« Pourquoi attendre ? » a demandé la ministre.",
            ["« Pourquoi attendre ? » a demandé la ministre."],
        ),
        (
            "Il a conclu : « La trêve tiendra. » Les délégués sont partis.",
            ["Il a conclu : « La trêve tiendra. »", "Les délégués sont partis."],
        ),
        (
            "Bilan : 12 morts. 30 blessés ont été soignés.",
            ["Bilan : 12 morts.", "30 blessés ont été soignés."],
        ),
        (
            "Lire exemple-actu.fr. Le site est à jour.",
            ["Lire exemple-actu.fr.", "Le site est à jour."],
        ),
        ("Rien à signaler", ["Rien à signaler"]),
        (
            'Il a tenu bon lundi. " Nous ne partirons pas. Jamais" , a-t-il dit.',
            ["Il a tenu bon lundi.", '" Nous ne partirons pas.', 'Jamais" , a-t-il dit.'],
        ),
        (
            'Il a lancé "le vote est clos. " Puis il a quitté la salle.',
            ['Il a lancé "le vote est clos. "', "Puis il a quitté la salle."],
        ),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_sentences_never_cross_lines_of_separate_blocks():
    doc = geotext.parse("Premier paragraphe sans point\nSecond paragraphe. Avec deux phrases.")
    assert [s.text for s in doc.sentences] == [
        "Premier paragraphe sans point",
        "Second paragraphe.",
        "Avec deux phrases.",
    ]
    assert [s.block for s in doc.sentences] == [0, 1, 1]


def test_blank_line_paragraphs_join_soft_wrapped_lines():
    text = (
        "Un titre court\n\nLe ministre a parlé\nlonguement hier. Il reviendra.\n\n"
        "- point un\n- point deux\n"
    )
    doc = geotext.parse(text)
    assert [b.kind for b in doc.blocks] == [
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
    ]
    assert [s.text for s in doc.sentences[1:3]] == [
        "Le ministre a parlé\nlonguement hier.",
        "Il reviendra.",
    ]


def test_headings_need_no_final_punctuation_and_few_words():
    text = (
        "Un titre\n"
        "Une phrase qui se termine par deux points :\n" + " ".join(["mot"] * 30) + "\nFin."
    )
    kinds = [b.kind for b in geotext.parse(text).blocks]
    assert kinds == [
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]


def test_a_lone_line_is_a_paragraph():
    doc = geotext.parse("Le Kremlin dément")
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH]


def test_example_article_structure():
    text = (EXAMPLES / "article_fr.txt").read_text(encoding="utf-8")
    doc = geotext.parse(text)
    assert len(doc.headings) == 3
    assert len(doc.paragraphs) == 8
    assert [h.text for h in doc.headings][1:] == [
        "Des engagements encore fragiles",
        "Prochain rendez-vous à Abuja",
    ]
    body = [s for s in doc.sentences if doc.blocks[s.block].kind is BlockKind.PARAGRAPH]
    assert len(body) == 27
    per_paragraph = [p.sentence_end - p.sentence_start for p in doc.paragraphs]
    assert per_paragraph == [3, 3, 3, 4, 3, 4, 5, 2]
    assert all(not s.text.endswith("M.") for s in doc.sentences)
    for sentence in doc.sentences:
        assert doc.text[sentence.span.start : sentence.span.end] == sentence.text


def test_a_headline_between_two_sentences_of_a_paragraph_is_a_heading():
    text = (
        "Premier paragraphe.\n\nLe direct est terminé.\nLe Quai d'Orsay dénonce les tirs\n"
        "Les tirs ont fait trois blessés.\n\nFin."
    )
    doc = geotext.parse(text)
    kinds = [(b.kind, doc.text[b.span.start : b.span.end]) for b in doc.blocks]
    assert (BlockKind.HEADING, "Le Quai d'Orsay dénonce les tirs") in kinds
    assert "Le Quai d'Orsay dénonce les tirs" in [s.text for s in doc.sentences]
    # A wrapped line that ends mid-sentence still joins its paragraph.
    wrapped = geotext.parse("Un.\n\nLe ministre a parlé\nlonguement hier. Il reviendra.")
    assert [b.kind for b in wrapped.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
