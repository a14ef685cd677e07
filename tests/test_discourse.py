"""The discourse module: which entity the words of a text stand for, on sentences of our own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geotext
from geotext import discourse
from geotext.discourse import Reference, refer

ROOT = Path(__file__).resolve().parents[1]


def ask(text: str, words: str, nth: int = 0) -> Reference:
    doc = geotext.parse(text)
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    return refer(doc, start, start + len(words))


@pytest.mark.parametrize(
    ("text", "words", "expected", "how"),
    [
        # A name is its entity.
        ("Le Niger a fermé sa frontière.", "Niger", "Niger", "name"),
        # Pronouns take the last fitting entity of the sentences before.
        (
            "Aïssata Koné a quitté Niamey jeudi. Elle rentrera lundi.",
            "Elle",
            "Aïssata Koné",
            "pronoun",
        ),
        # Words that stand for no entity.
        ("Le Mali et l'Algérie se sont parlé. Ce dernier point reste flou.", "point", None, "none"),
        (
            "Karim Ouedfel a parlé à Rabat. Ce dernier a ensuite démenti.",
            "Ce dernier",
            "Karim Ouedfel",
            "pronoun",
        ),
        # Descriptions take the last entity of their kind.
        (
            "Le Tchad a rappelé son ambassadeur. Le pays dénonce une ingérence.",
            "Le pays",
            "Tchad",
            "description",
        ),
        (
            "Des obus sont tombés sur Goma. La ville était calme mardi.",
            "La ville",
            "Goma",
            "description",
        ),
        (
            "L'Organisation mondiale de la santé alerte. L'organisation réclame des fonds.",
            "L'organisation",
            "Organisation mondiale de la santé",
            "description",
        ),
        (
            "Le Hamas a libéré deux otages. Le mouvement exige une trêve.",
            "Le mouvement",
            "Hamas",
            "description",
        ),
        # A title the text gave a person before.
        (
            "Le ministre tchadien Idriss Mahamat a reçu les chefs. "
            "Plus tard, le ministre tchadien a parlé.",
            "le ministre tchadien",
            "Idriss Mahamat",
            "title",
        ),
    ],
)
def test_refer(text: str, words: str, expected: str | None, how: str) -> None:
    found = ask(text, words)
    assert (found.entity.name if found.entity else None, found.how) == (expected, how)


def test_the_antecedent_is_the_mention_pointed_back_to() -> None:
    text = "Le Tchad a rappelé son ambassadeur. Le pays dénonce une ingérence."
    doc = geotext.parse(text)
    start = doc.text.index("Le pays")
    found = refer(doc, start, start + len("Le pays"))
    assert found.antecedent is not None
    assert doc.text[found.antecedent.start : found.antecedent.end] == "Tchad"
    assert doc.text[found.span.start : found.span.end] == "Le pays" == found.text


def test_a_pronoun_looks_back_two_sentences_only() -> None:
    text = "Aïssata Koné a parlé. Le temps passe. La pluie tombe. La nuit vient. Elle est partie."
    found = ask(text, "Elle")
    assert found.entity is None and found.how == "none"


def test_a_description_of_another_kind_is_not_resolved() -> None:
    found = ask("Aïssata Koné a parlé à la presse. Le pays attend.", "Le pays")
    assert found.entity is None


def test_bad_arguments() -> None:
    doc = geotext.parse("Le Niger a fermé sa frontière.")
    with pytest.raises(TypeError):
        refer("Le Niger", 0, 2)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no span"):
        refer(doc, 5, 2)
    with pytest.raises(ValueError, match="no span"):
        refer(doc, 0, len(doc.text) + 1)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=80), st.data())
def test_refer_answers_any_span_of_any_text(text: str, data: st.DataObject) -> None:
    doc = geotext.parse(text)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    found = refer(doc, start, end)
    assert found.text == text[start:end]
    assert found.how in {"name", "pronoun", "title", "description", "none"}
    assert (found.entity is None) == (found.how == "none")


def _private_imports_across_extractors() -> list[str]:
    """``from geotext.extractors.X import _y`` inside another extractor module."""
    found = []
    folder = ROOT / "src" / "geotext" / "extractors"
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and (node.module or "").startswith("geotext.extractors.")
                and node.module != f"geotext.extractors.{path.stem}"
            ):
                found += [
                    f"{path.name}: {alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_")
                ]
    return found


def test_no_extractor_imports_a_private_name_of_another() -> None:
    assert _private_imports_across_extractors() == []


def test_quotes_and_events_read_the_discourse_module() -> None:
    for name in ("quotes.py", "events.py"):
        source = (ROOT / "src" / "geotext" / "extractors" / name).read_text(encoding="utf-8")
        assert "from geotext.discourse import" in source
        assert "from geotext.extractors.quotes import" not in source


def test_refer_is_public() -> None:
    assert geotext.refer is refer
    assert "refer" in geotext.__all__ and "Reference" in geotext.__all__


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A noun that announces an organisation speaks as that organisation.
        ("Six civils ont été tués, a annoncé l'agence officielle tchadienne Tama.", "Tama"),
        ("Selon la chaîne de télévision Sahel Info, le pont a cédé.", "Sahel Info"),
        # Adverbials inside the verb group are not part of the subject.
        ("Le gouvernement a d'ailleurs affirmé que les coupures cesseraient.", "gouvernement"),
        (
            "Des sources locales ont par ailleurs affirmé que le camp était vide.",
            "Des sources locales",
        ),
        # A bare noun names again the organisation told before with that head.
        (
            "Le ministère tchadien de la Défense a publié un bilan. "
            "Deux soldats ont été blessés, a précisé le ministère.",
            "ministère tchadien de la Défense",
        ),
        # A verb before the infinitive of the cue is part of its verb group.
        ("Le général Paul Kodjo a tenu à préciser que la frontière restait ouverte.", "Paul Kodjo"),
        ("Le ministère se contente de rappeler que les stocks sont pleins.", "ministère"),
        ("Le président, Jean Kalo, a en effet affirmé avoir reçu un plan.", "Jean Kalo"),
        # An unnamed source whose complement is a title: the name is the title-holder's.
        (
            "« La tour est perdue », a admis un conseiller du président togolais, Paul Kodjo.",
            "un conseiller du président togolais",
        ),
        (
            "« Ces frappes resteront impunies », a menacé un responsable du mouvement, Ali Bacar.",
            "Ali Bacar",
        ),
    ],
)
def test_speakers_as_the_news_writes_them(text: str, speaker: str) -> None:
    quotes = geotext.parse(text).quotes
    assert quotes
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == speaker


def test_an_incise_between_the_auxiliary_and_the_verb_is_no_subject() -> None:
    quotes = geotext.parse(
        "La ministre a, un peu plus tard, affirmé que la trêve tiendrait."
    ).quotes
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "ministre"
    events = geotext.parse("Le président tchadien a, lundi soir, accusé le Soudan.").events
    assert events and events[0].actor is not None
    assert events[0].actor.name == "président tchadien"


def test_elle_speaks_for_the_woman_told_before_not_the_last_man() -> None:
    text = (
        "La ministre Anne Dupré a remercié le président togolais Paul Kodjo. "
        "Elle a souligné que la trêve ouvrait une nouvelle étape."
    )
    quotes = geotext.parse(text).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == ["Anne Dupré"]


def test_a_person_named_inside_a_quotation_is_no_antecedent() -> None:
    text = (
        "Le porte-parole Jean Kalo a parlé aux journalistes. "
        "« Le président Biya est gardé dans une résidence. » "
        "Il a affirmé que les ministres seraient libérés."
    )
    quotes = geotext.parse(text).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Jean Kalo"


def test_an_inverted_pronoun_does_not_swallow_the_quote_before() -> None:
    text = (
        "Le ministre Jean Kalo a annoncé que la trêve dépendrait « de la suite des combats ». "
        "« Nous gardons notre liberté » au sud, a-t-il ajouté : « Si la milice attaque, "
        "nous riposterons. »"
    )
    quotes = geotext.parse(text).quotes
    assert [q.kind.value for q in quotes] == ["indirect", "direct", "direct"]
    assert {q.speaker.name for q in quotes if q.speaker} == {"Jean Kalo"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La ministre Anne Dupré a reçu le président Paul Kodjo.", ["f", "m"]),
        ("Mme Kodjo et M. Dupré ont parlé.", ["f", "m"]),
        ("L'ancienne présidente Ellen Dabo a reçu le chef rebelle Ali Bacar.", ["f", "m"]),
        ("Paul Kodjo a parlé.", [None]),
    ],
)
def test_gender_of_a_person(text: str, expected: list[str | None]) -> None:
    from geotext.discourse import gender_of, token_view

    doc = geotext.parse(text)
    view = token_view(doc)
    people = [e for e in doc.entities if e.type.value == "PER"]
    assert [gender_of(view, e) for e in people] == expected


def test_the_article_of_a_complement_tells_no_gender() -> None:
    from geotext.discourse import gender_of, token_view

    doc = geotext.parse("Le chef de la diplomatie tchadienne, Paul Kodjo, a parlé.")
    person = next(e for e in doc.entities if e.type.value == "PER")
    assert gender_of(token_view(doc), person) == "m"


def test_a_channel_never_speaks() -> None:
    for text in (
        "Selon un message publié sur Telegram, la ville est tombée.",
        "Sur X, la ministre Anne Dupré a affirmé que la trêve tiendrait.",
        "Le président Paul Kodjo a écrit sur Telegram que la ville était tombée.",
    ):
        quotes = geotext.parse(text).quotes
        assert quotes, text
        assert all(q.speaker is None or q.speaker.name not in ("Telegram", "X") for q in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La province participera au vote", True),
        ("Les troupes tiendraient la ville", True),
        ("Le ministre affirmait sa confiance", True),
        ("Le retrait des troupes russes", False),
        ("Le portrait du président ukrainien", False),
    ],
)
def test_a_clause_has_a_verb_in_a_tense_no_noun_shares(text: str, expected: bool) -> None:
    view = discourse.token_view(geotext.parse(text))
    assert discourse.has_verb(view, 0, view.n) is expected


def test_a_quotation_that_opens_a_paragraph_and_never_closes_runs_to_its_end() -> None:
    text = (
        "Le ministre Paul Kodjo a ouvert le sommet samedi.\n\n"
        "« Nous remercions les délégations qui ont travaillé avec nous. Le dialogue a gagné."
        "\n\nLa déclaration a été adoptée dimanche."
    )
    doc = geotext.parse(text)
    view = discourse.token_view(doc)
    (pair,) = view.quote_marks()
    opening, closing, _depth = pair
    assert view.words[opening] == "«"
    assert view.words[closing] == "."
    assert view.text[view.starts[closing] - 5 : view.ends[closing]] == "gagné."


def test_a_stray_mark_inside_a_line_opens_no_quotation() -> None:
    view = discourse.token_view(geotext.parse("Il a dit « non merci. Puis il est parti."))
    assert view.quote_marks() == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Les chaînes publiques passent en boucle les images.", "chaînes publiques"),
        ("Le porte-parole du gouvernement appelle au calme.", "porte-parole du gouvernement"),
        # A participle describes the noun; it is no verb of the clause.
        ("Le soldat blessé a été évacué.", "soldat blessé"),
        # After a determiner, a verb's form is a noun (*la garde*, *le reste*).
        ("Le reste des troupes a quitté la ville.", "reste des troupes"),
    ],
)
def test_a_subject_stops_where_a_conjugated_verb_starts(text: str, phrase: str) -> None:
    view = discourse.token_view(geotext.parse(text))
    subject = discourse.sentence_subject(view, 0, view.n, None)
    assert subject is not None
    assert subject.name == phrase


def test_antecedent_reads_a_subject_pronoun_as_refer_does() -> None:
    doc = geotext.parse("Le Hamas a rejeté le plan. Ils ont attaqué un poste.")
    view = discourse.token_view(doc)
    at = view.keys.index("ils")
    found = discourse.antecedent(view, at)
    assert found is not None
    assert found.name == "Hamas"
    assert discourse.antecedent(view, 0) is None  # *Le* is no pronoun


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A body that opens the sentence before, whose article tells the pronoun's gender.
        (
            "La gendarmerie a interpellé deux passeurs. « Ils ont avoué », a-t-elle indiqué.",
            "gendarmerie",
        ),
        (
            "L'état-major a confirmé la perte d'un char. Il a été détruit, a-t-il précisé.",
            "état-major",
        ),
        # A person named in that sentence or the one before still comes first.
        (
            "Le ministre Hugo Lenz a visité la caserne. La gendarmerie a interpellé deux "
            "passeurs. « Ils ont avoué », a-t-il indiqué.",
            "Hugo Lenz",
        ),
        # The other gender: the body is not what the pronoun stands for.
        (
            "Le parquet a ouvert une enquête. « Les faits sont graves », a-t-elle dit. "
            "Clara Voss dirige les investigations.",
            "Clara Voss",
        ),
    ],
)
def test_a_speaking_pronoun_stands_for_the_body_just_told(text: str, speaker: str) -> None:
    quotes = geotext.parse(text).quotes
    assert quotes and quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == speaker


def test_pronoun_speaker_is_public() -> None:
    doc = geotext.parse("La police a arrêté un homme. « Il a fui », a-t-elle ajouté.")
    view = discourse.token_view(doc)
    at = next(k for k in range(view.n) if view.words[k] == "-t-elle")
    found = discourse.pronoun_speaker(view, at)
    assert found is not None and found.name == "police"


def test_the_first_verb_of_a_long_sentence_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Cues of one endless sentence with no verb ask for the first verb from each of their
    # starts: each token is read a bounded number of times, not once per cue.
    doc = geotext.Pipeline(extractors=[])("des voix condamnant X " * 2_000)
    view = discourse.token_view(doc)
    reads = 0
    real = discourse.finite_at

    def counted(text: discourse.TokenView, k: int) -> bool:
        nonlocal reads
        reads += 1
        return real(text, k)

    monkeypatch.setattr(discourse, "finite_at", counted)
    for k in range(0, view.n, 3):
        assert view.first_verb_from(k) == view.sentences[view.sentence_of[k]][1]
    assert reads <= 2 * view.n


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "La Première ministre danoise Ingrid Holm a reçu les syndicats. "
            "La cheffe du gouvernement danois a promis une hausse des salaires.",
            "La cheffe du gouvernement danois",
            "Ingrid Holm",
        ),
        (
            "La présidente slovène Vesna Turk a reçu les maires. La cheffe de l'État a parlé.",
            "La cheffe de l'État",
            "Vesna Turk",
        ),
    ],
)
def test_a_woman_s_title_refers_through_its_feminine_synonym(
    text: str, words: str, expected: str
) -> None:
    found = ask(text, words)
    assert found.entity is not None and found.entity.name == expected


def test_ce_dernier_is_the_organisation_named_after_the_last_person() -> None:
    text = (
        "La ministre Ana Lobo a parlé lundi. Le bilan a été publié par le ministère "
        "angolais de la Santé. Ce dernier a ensuite corrigé les chiffres."
    )
    found = ask(text, "Ce dernier")
    assert found.entity is not None and found.entity.name == "ministère angolais de la Santé"


def test_ce_dernier_is_the_person_named_after_an_organisation() -> None:
    text = "Le Kremlin a reçu Viktor Orban mardi. Ce dernier a plaidé pour une trêve."
    found = ask(text, "Ce dernier")
    assert found.entity is not None and found.entity.name == "Viktor Orban"
