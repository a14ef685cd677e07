"""Which language a text is in, and the French layers silent on the rest (texts of ours)."""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geotext
from geotext.language import block_languages, detect_language, known_languages

ENGLISH = (
    "Missile strike kills 12 in border town\n\n"
    "At least 12 people were killed on Monday when a missile hit the market of the town, "
    "the governor said. The army said that it had shot down 30 drones and that it would "
    "respond, according to the ministry of defence in Kyiv. More on exemple-actu.fr."
)
SPANISH = (
    "El gobierno anunció el lunes que al menos 12 personas murieron en el ataque contra "
    "el mercado de la ciudad, según el ministerio. También dijo que los combates siguen "
    "en la región y que la ayuda llegará esta semana."
)
FRENCH = (
    "Au moins douze personnes ont été tuées lundi à Kharkiv, a indiqué le gouverneur "
    "Oleh Synegoubov. L'armée dit avoir abattu 30 drones."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, "en"),
        (SPANISH, "es"),
        (FRENCH, "fr"),
        ("Il governo ha detto che la situazione è ancora molto grave per la popolazione.", "it"),
        ("O governo disse que a situação ainda não está resolvida para os moradores.", "pt"),
        ("Die Regierung hat gesagt, dass die Lage nicht besser ist als im Winter.", "de"),
        ("De regering heeft gezegd dat het niet beter is dan in de winter.", "nl"),
    ],
)
def test_the_language_of_a_text(text, language):
    assert detect_language(text) == language
    assert geotext.parse(text).language == language


def test_a_text_too_short_to_tell_is_french():
    assert detect_language("Kharkiv : 12 morts") is None
    assert geotext.parse("Kharkiv : 12 morts").language == "fr"


def test_a_french_paragraph_quoting_english_stays_french():
    text = (
        "« We will not give up », a lancé le président devant les députés, avant de quitter "
        "la salle sous les applaudissements de la majorité."
    )
    assert detect_language(text) == "fr"


def test_known_languages_start_with_french():
    assert known_languages()[0] == "fr"
    assert {"en", "es", "it", "pt", "de", "nl"} <= set(known_languages())


def test_english_text_has_no_french_layer():
    doc = geotext.parse(ENGLISH, reference_date="2024-03-11")
    assert doc.language == "en"
    assert all(block.language == "en" for block in doc.blocks)
    for layer in ("entities", "times", "quantities", "casualties", "quotes", "events"):
        assert doc.layer(layer) == (), layer
    # Links are read in any language.
    assert [link.url for link in doc.links] == ["exemple-actu.fr"]


def test_spanish_text_has_no_french_layer():
    doc = geotext.parse(SPANISH)
    assert doc.language == "es"
    assert doc.casualties == doc.quantities == doc.times == doc.entities == ()


def test_a_mixed_text_keeps_its_french_paragraphs():
    doc = geotext.parse(ENGLISH + "\n\n" + FRENCH, reference_date="2024-03-11")
    assert [block.language for block in doc.blocks] == ["en", "en", "fr"]
    french = doc.blocks[2].span
    annotations = doc.casualties + doc.quantities + doc.times
    assert [(c.category.value, c.value) for c in doc.casualties] == [("killed", 12)]
    assert [(q.unit, q.value) for q in doc.quantities] == [("drone", 30)]
    assert annotations and all(french.contains(a.span) for a in annotations)
    for entity in doc.entities:
        assert all(french.contains(m.span) for m in entity.mentions)
    assert doc.language_at(0) == "en" and doc.language_at(french.start) == "fr"


def test_a_short_heading_takes_the_language_of_its_text():
    text = "Kyiv\n\n" + FRENCH
    assert [b.language for b in geotext.parse(text).blocks] == ["fr", "fr"]
    assert block_languages("Kyiv. " + ENGLISH, [(0, 5), (6, 6 + len(ENGLISH))]) == (
        "en",
        ("en", "en"),
    )


def test_a_short_french_paragraph_in_an_english_text_stays_french():
    short = "La ministre a parlé mardi à Lyon devant les élus."
    doc = geotext.parse(ENGLISH + "\n\n" + short, reference_date="2024-03-11")
    assert [block.language for block in doc.blocks] == ["en", "en", "fr"]
    assert doc.language == "en"
    assert [e.name for e in doc.entities] == ["Lyon"]
    assert [t.text for t in doc.times] == ["mardi"]


def test_common_french_words_tell_french():
    assert detect_language("Le préfet est venu lundi à Nantes devant deux cents agents.") == "fr"


class _Capitals:
    """A custom extractor without ``languages``: it reads every language."""

    name = "capitals"

    def __call__(self, doc):
        return [token for token in doc.tokens if token.text.isupper() and len(token.text) > 2]


class _FrenchCapitals(_Capitals):
    name = "french_capitals"
    languages = ("fr",)


def test_custom_extractors_choose_their_languages():
    pipeline = geotext.Pipeline(extractors=[_Capitals(), _FrenchCapitals()])
    doc = pipeline(
        "The NATO summit opened in the city and the leaders met there.\n\n"
        "L'OTAN a réagi dans la soirée par la voix de son secrétaire général."
    )
    assert [t.text for t in doc.layer("capitals")] == ["NATO", "OTAN"]
    assert [t.text for t in doc.layer("french_capitals")] == ["OTAN"]
    english = pipeline("The NATO summit opened in the city and the leaders met there.")
    assert english.layer("french_capitals") == ()


def test_extractors_can_ask_the_language_of_a_sentence():
    doc = geotext.parse(ENGLISH + "\n\n" + FRENCH)
    french = geotext.extractors.normalised_sentences(doc, ("fr",))
    every = geotext.extractors.normalised_sentences(doc)
    assert 0 < len(french) < len(every)
    assert all(doc.normalised.text[start:end] in FRENCH for start, end in french)


def test_the_language_travels_with_the_document():
    doc = geotext.parse(ENGLISH + "\n\n" + FRENCH)
    assert geotext.from_dict(geotext.to_dict(doc)) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc
    restored = geotext.from_dict(geotext.to_dict(doc))
    assert restored.language == "en" and [b.language for b in restored.blocks] == [
        "en",
        "en",
        "fr",
    ]
    older = geotext.to_dict(doc)
    del older["language"]
    assert geotext.from_dict(older).language == "fr"


def test_the_language_is_validated():
    doc = geotext.parse(FRENCH)
    with pytest.raises(ValueError, match="ISO 639"):
        attrs.evolve(doc, language="French")
    with pytest.raises(ValueError, match="ISO 639"):
        attrs.evolve(doc.blocks[0], language="")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.language = "en"  # type: ignore[misc]


_ENGLISH_WORDS = st.lists(
    st.sampled_from(["the", "army", "said", "that", "of", "and", "was", "were", "to", "city"]),
    min_size=12,
    max_size=40,
)


@settings(max_examples=50, deadline=None)
@given(words=_ENGLISH_WORDS, figure=st.integers(min_value=2, max_value=10_000))
def test_no_french_reading_of_english_prose(words, figure):
    text = " ".join(words) + f" {figure} people were killed and {figure} missiles."
    doc = geotext.parse(text)
    if doc.language == "en":
        assert doc.casualties == doc.quantities == doc.times == ()
