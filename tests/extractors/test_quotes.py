"""Reported speech: direct and indirect quotes, speakers, cues and stances.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import geotext
from geotext import Pipeline
from geotext.model import Document, Quote, QuoteKind, Stance

QUOTES = Pipeline(extractors=["entities", "quotes"])

NBSP = "\u00a0"
NNBSP = "\u202f"
SAID = "Nous ne céderons pas un mètre de terrain dans le Donbass"


def quotes(text: str) -> tuple[Quote, ...]:
    doc = QUOTES(text)
    assert_offsets(doc)
    return doc.quotes


def only(text: str) -> Quote:
    found = quotes(text)
    assert len(found) == 1, found
    return found[0]


def assert_offsets(doc: Document) -> None:
    """Every span of every quote is its text in the raw input."""
    for q in doc.quotes:
        assert doc.text[q.span.start : q.span.end] == q.text
        assert doc.text[q.content.span.start : q.content.span.end] == q.content.text
        if q.speaker is not None:
            assert doc.text[q.speaker.span.start : q.speaker.span.end] == q.speaker.text
        if q.cue is not None:
            assert doc.text[q.cue.span.start : q.cue.span.end] == q.cue.text


# -- direct quotes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("« ", " »"),
        (f"«{NBSP}", f"{NBSP}»"),
        (f"«{NNBSP}", f"{NNBSP}»"),
        ("«", "»"),
        ("“", "”"),
        ('"', '"'),
        ("‹ ", " ›"),
        (f"‹{NBSP}", f"{NBSP}›"),
    ],
    ids=[
        "guillemets",
        "nbsp",
        "narrow-nbsp",
        "tight",
        "curly",
        "straight",
        "chevrons",
        "chev-nbsp",
    ],
)
def test_direct_quote_in_every_kind_of_marks(opening: str, closing: str) -> None:
    text = f"{opening}{SAID}{closing}, a déclaré Volodymyr Zelensky lundi soir."
    q = only(text)
    assert q.kind == QuoteKind.DIRECT
    assert q.content.text == SAID
    assert q.speaker is not None and q.speaker.name == "Volodymyr Zelensky"
    assert q.speaker.entity_id == "wikidata:Q3874799"
    assert q.cue is not None and q.cue.text == "déclaré"
    assert q.cue_lemma == "déclarer"
    assert q.stance is None
    assert q.text.startswith(opening) and q.text.endswith("Volodymyr Zelensky")


def test_direct_quote_after_a_colon_keeps_its_subject() -> None:
    q = only("Emmanuel Macron a prévenu : « Les livraisons reprendront dès la semaine prochaine. »")
    assert q.kind == QuoteKind.DIRECT
    assert q.content.text == "Les livraisons reprendront dès la semaine prochaine"
    assert q.speaker is not None and q.speaker.name == "Emmanuel Macron"
    assert q.cue_lemma == "prévenir"


def test_a_quote_over_two_sentences_is_one_quote() -> None:
    q = only(
        "Josep Borrell est à Kiev. « Le soutien européen ne faiblira pas. "
        "Nous livrerons les munitions promises », assure-t-il."
    )
    assert q.kind == QuoteKind.DIRECT
    assert q.content.text == (
        "Le soutien européen ne faiblira pas. Nous livrerons les munitions promises"
    )
    assert q.speaker is not None and q.speaker.name == "Josep Borrell"
    assert q.cue is not None and q.cue.text == "assure"
    assert q.cue_lemma == "assurer"


def test_a_quote_interrupted_by_an_incise_is_one_quote() -> None:
    q = only(
        "« Les négociations sont au point mort depuis des semaines, a estimé Sergueï Lavrov. "
        "Nous attendons un geste de Washington. »"
    )
    assert q.kind == QuoteKind.DIRECT
    assert q.speaker is not None and q.speaker.name == "Sergueï Lavrov"
    assert q.cue_lemma == "estimer"
    # One span: the incise stays inside the content.
    assert q.content.text.startswith("Les négociations sont au point mort")
    assert q.content.text.endswith("Nous attendons un geste de Washington")


def test_nested_quotes_give_the_outer_and_the_inner_speaker() -> None:
    found = quotes(
        "Antonio Guterres a averti : « Le secrétaire d'Etat m'a répété : ‹ Nous ne bougerons "
        "pas tant que les otages ne sont pas libérés. › Je lui ai répondu que le temps "
        "pressait. »"
    )
    assert [q.kind for q in found] == [QuoteKind.DIRECT, QuoteKind.DIRECT]
    outer, inner = found
    assert outer.speaker is not None and outer.speaker.name == "Antonio Guterres"
    assert outer.cue_lemma == "avertir"
    assert "‹ Nous ne bougerons pas" in outer.content.text  # the inner marks stay
    assert outer.content.text.endswith("le temps pressait")
    assert inner.content.text == "Nous ne bougerons pas tant que les otages ne sont pas libérés"
    assert inner.speaker is not None and inner.speaker.name == "secrétaire d'Etat"
    assert inner.cue_lemma == "répéter"


def test_a_nested_scare_quote_is_not_a_second_quote() -> None:
    q = only(
        "Le ministre a déclaré : « Moscou parle de “négociations sérieuses” mais ses "
        "bombardements continuent chaque nuit. »"
    )
    assert q.content.text.startswith("Moscou parle de “négociations sérieuses”")


def test_a_quoted_phrase_complement_of_a_speech_verb_is_direct() -> None:
    q = only("Le président s'est dit « profondément préoccupé » par la situation.")
    assert q.kind == QuoteKind.DIRECT
    assert q.content.text == "profondément préoccupé"
    assert q.cue_lemma in {"dire", "se dire"}


def test_a_quoted_fragment_inside_a_reported_clause_stays_in_it() -> None:
    q = only("L'ambassadeur a jugé « inacceptables » les propos tenus sur son pays hier.")
    assert q.kind == QuoteKind.INDIRECT
    assert q.content.text == "« inacceptables » les propos tenus sur son pays hier"
    assert q.cue_lemma == "juger"


def test_a_sentence_in_quotes_without_a_cue_goes_to_the_last_person() -> None:
    q = only(
        "Donald Trump a quitté la salle. « Nous verrons bien ce que la Chine proposera demain. »"
    )
    assert q.kind == QuoteKind.DIRECT and q.cue is None and q.cue_lemma is None
    assert q.speaker is not None and q.speaker.name == "Donald Trump"


# -- what is not a quote ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La situation reste « tendue » dans la capitale.",
        "Les observateurs décrivent une trêve « fragile mais réelle » dans le sud.",
        "Le quotidien « La Croix » consacre sa une au conflit.",
        "Le journal « Le Monde » publie une carte des frappes.",
        "L'opération « Aube rouge » a débuté à l'aube.",
        "Le mot « trêve » n'a pas été prononcé.",
        "Le chef rebelle Ahmed Kassam, dit « le Tigre », a été arrêté.",
        "Le chef de milice, surnommé “le Boucher”, reste introuvable.",
        "La loi « Sécurité globale » a été adoptée en deuxième lecture.",
        "Les diplomates décrivent des “négociations sérieuses” avec Kiev.",
    ],
    ids=[
        "scare",
        "scare-3-words",
        "newspaper",
        "newspaper-le-monde",
        "operation",
        "word",
        "nickname-dit",
        "nickname-surnomme",
        "law",
        "scare-curly",
    ],
)
def test_scare_quotes_titles_and_nicknames_are_not_quotes(text: str) -> None:
    assert quotes(text) == ()


def test_a_scare_quote_inside_an_indirect_quote_changes_nothing() -> None:
    q = only("Le ministre a affirmé que la situation restait « tendue » dans le nord du pays.")
    assert q.kind == QuoteKind.INDIRECT
    assert q.content.text == "la situation restait « tendue » dans le nord du pays"


# -- indirect quotes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "lemma", "content"),
    [
        (
            "Emmanuel Macron a affirmé que la France maintiendrait son aide militaire.",
            "Emmanuel Macron",
            "affirmé",
            "affirmer",
            "la France maintiendrait son aide militaire",
        ),
        (
            "Le ministre estime que les sanctions commencent à produire leurs effets.",
            "ministre",
            "estime",
            "estimer",
            "les sanctions commencent à produire leurs effets",
        ),
        (
            "Selon Antonio Guterres, la famine menace désormais toute la région.",
            "Antonio Guterres",
            "Selon",
            "selon",
            "la famine menace désormais toute la région",
        ),
        (
            "D'après le Kremlin, les pourparlers n'ont jamais été interrompus.",
            "Kremlin",
            "D'après",
            "d'après",
            "les pourparlers n'ont jamais été interrompus",
        ),
        (
            "Pour Josep Borrell, cette annexion est illégale et ne sera jamais reconnue.",
            "Josep Borrell",
            "Pour",
            "pour",
            "cette annexion est illégale et ne sera jamais reconnue",
        ),
        (
            "Les troupes russes ont franchi la rivière, a dit Volodymyr Zelensky.",
            "Volodymyr Zelensky",
            "dit",
            "dire",
            "Les troupes russes ont franchi la rivière",
        ),
        (
            "Le Kremlin a démenti avoir visé des infrastructures civiles.",
            "Kremlin",
            "démenti",
            "démentir",
            "avoir visé des infrastructures civiles",
        ),
        (
            "L'Ukraine accuse la Russie de bombarder délibérément les centrales électriques.",
            "Ukraine",
            "accuse",
            "accuser",
            "la Russie de bombarder délibérément les centrales électriques",
        ),
        (
            "De source diplomatique, une rencontre entre les deux présidents est envisagée.",
            "source diplomatique",
            "De source",
            "de source",
            "une rencontre entre les deux présidents est envisagée",
        ),
        (
            "Vladimir Poutine aurait affirmé que l'offensive se poursuivrait jusqu'au printemps.",
            "Vladimir Poutine",
            "affirmé",
            "affirmer",
            "l'offensive se poursuivrait jusqu'au printemps",
        ),
        (
            "Le président turc a promis de rouvrir le corridor maritime.",
            "président turc",
            "promis",
            "promettre",
            "de rouvrir le corridor maritime",
        ),
        (
            "L'OMS a mis en garde contre une épidémie de choléra dans les camps.",
            "Organisation mondiale de la santé",
            "mis en garde",
            "mettre en garde",
            "contre une épidémie de choléra dans les camps",
        ),
        (
            "Le pape a appelé les belligérants à déposer les armes.",
            "pape",
            "appelé",
            "appeler",
            "les belligérants à déposer les armes",
        ),
        (
            "Le Pentagone a menacé de « suspendre les livraisons » d'armes.",
            "Pentagone",
            "menacé",
            "menacer",
            "de « suspendre les livraisons » d'armes",
        ),
        (
            "Le ministère des Affaires étrangères a annoncé que l'ambassadeur serait rappelé.",
            "ministère des Affaires étrangères",
            "annoncé",
            "annoncer",
            "l'ambassadeur serait rappelé",
        ),
    ],
    ids=[
        "que",
        "estimer-que",
        "selon",
        "d-apres",
        "pour-x",
        "a-dit-x",
        "dementir-avoir",
        "accuser-de",
        "de-source",
        "conditional",
        "promettre-de",
        "mettre-en-garde",
        "appeler-a",
        "menacer-de",
        "annoncer",
    ],
)
def test_indirect_speech(text: str, speaker: str, cue: str, lemma: str, content: str) -> None:
    q = only(text)
    assert q.kind == QuoteKind.INDIRECT
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue is not None and q.cue.text == cue
    assert q.cue_lemma == lemma
    assert q.content.text == content


def test_selon_anywhere_in_the_sentence_takes_the_clause_before() -> None:
    q = only("La centrale a été privée de courant pendant six heures, selon l'AIEA.")
    assert q.kind == QuoteKind.INDIRECT and q.cue_lemma == "selon"
    assert q.content.text == "La centrale a été privée de courant pendant six heures"
    assert q.speaker is not None and q.speaker.text == "AIEA"


def test_pour_inside_a_sentence_is_not_a_source() -> None:
    assert quotes("Les vivres arrivent enfin pour les habitants, après deux semaines.") == ()


def test_inverted_pronoun_after_an_indirect_clause() -> None:
    q = only(
        "Volodymyr Zelensky a visité le front lundi. Les soldats ont repris deux villages "
        "près de Koupiansk, a-t-il ajouté."
    )
    assert q.kind == QuoteKind.INDIRECT
    assert q.content.text == "Les soldats ont repris deux villages près de Koupiansk"
    assert q.speaker is not None and q.speaker.name == "Volodymyr Zelensky"
    assert q.speaker.text == "Volodymyr Zelensky"  # the antecedent's words, not *il*
    assert q.cue is not None and q.cue.text == "ajouté" and q.cue_lemma == "ajouter"


def test_dash_dialogue_is_direct() -> None:
    q = only("— Nous ne partirons pas d'ici, a dit Olena, une habitante de Kherson.")
    assert q.kind == QuoteKind.DIRECT
    assert q.content.text == "Nous ne partirons pas d'ici"
    assert q.speaker is not None and q.speaker.name == "Olena"
    assert q.cue_lemma == "dire"


def test_a_sentence_without_speech_gives_nothing() -> None:
    assert quotes("Les combats ont repris à l'aube près de Bakhmout. Deux ponts ont sauté.") == ()


# -- speakers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        # A person, linked to the gazetteer.
        (
            "Benyamin Nétanyahou a déclaré que l'offensive continuerait.",
            "Benyamin Nétanyahou",
            True,
        ),
        # An organisation named by its acronym: the canonical name.
        ("L'OMS a indiqué que trois hôpitaux étaient hors service.", None, True),
        # A seat of government.
        ("Le Kremlin a assuré que les exercices étaient purement défensifs.", "Kremlin", True),
        # A ministry.
        (
            "Le ministère russe de la Défense assure que quinze drones avaient été abattus.",
            "ministère russe de la Défense",
            True,
        ),
        # A phrase, without its article.
        (
            "Les services de secours ont indiqué que douze personnes avaient été blessées.",
            "services de secours",
            False,
        ),
        # The name of an incise with a title: the person, not the title.
        (
            "« Nous ne reculerons pas », a déclaré le ministre ukrainien des Affaires "
            "étrangères, Andrii Sybiha.",
            "Andrii Sybiha",
            True,
        ),
        (
            "« Les frappes ont visé des quartiers résidentiels », a déclaré le porte-parole "
            "du Kremlin, Dmitri Peskov.",
            "Dmitri Peskov",
            True,
        ),
        # A title before the name, in apposition to the subject.
        (
            "Le président ukrainien, Volodymyr Zelensky, a déclaré que la contre-offensive "
            "continuerait.",
            "Volodymyr Zelensky",
            True,
        ),
        # An organisation after the closing mark.
        (
            "« Ce cessez-le-feu est une farce », a dénoncé le Hamas dans un communiqué.",
            "Hamas",
            True,
        ),
    ],
    ids=[
        "person",
        "acronym",
        "seat",
        "ministry",
        "phrase",
        "incise-minister",
        "incise-spokesman",
        "apposition",
        "organisation-after",
    ],
)
def test_speakers(text: str, name: str | None, entity: bool) -> None:
    doc = QUOTES(text)
    assert_offsets(doc)
    (q,) = doc.quotes
    assert q.speaker is not None
    if name is None:  # the canonical name of the entity the acronym names
        (named,) = [e for e in doc.entities if e.id == q.speaker.entity_id]
        assert q.speaker.text == "OMS"
        assert q.speaker.name == named.name == "Organisation mondiale de la santé"
    else:
        assert q.speaker.name == name
    if entity:
        assert q.speaker.name in {e.name for e in doc.entities}
    else:
        assert q.speaker.entity_id is None
        assert q.speaker.name not in {e.name for e in doc.entities}


def test_a_speaker_entity_id_points_at_an_entity_of_the_document() -> None:
    doc = QUOTES("Le président ukrainien, Volodymyr Zelensky, a déclaré que tout allait bien.")
    (q,) = doc.quotes
    assert q.speaker is not None and q.speaker.entity_id == "wikidata:Q3874799"
    assert q.speaker.entity_id in {e.id for e in doc.entities}


def test_a_title_alone_resolves_to_the_person_who_holds_it() -> None:
    q = only(
        "Volodymyr Zelensky est arrivé à Washington. Le président ukrainien a affirmé que son "
        "pays avait besoin de défense aérienne."
    )
    assert q.speaker is not None
    assert q.speaker.text == "président ukrainien"
    assert q.speaker.name == "Volodymyr Zelensky"


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel a rencontré les industriels. Elle a souligné que la transition "
        "prendrait du temps.",
        "Angela Merkel a rencontré les industriels. Il est vrai, a-t-elle dit, que la "
        "transition prendrait du temps.",
        "Angela Merkel a rencontré les industriels. « La transition prendra du temps, mais "
        "nous tiendrons nos engagements », a-t-elle ajouté.",
        "Angela Merkel a rencontré les industriels. Selon elle, la transition prendra du temps.",
        "Les industriels ont reçu Angela Merkel. « La transition prendra du temps, mais "
        "nous tiendrons nos engagements », affirme-t-elle.",
    ],
    ids=["elle", "incise-a-t-elle-dit", "a-t-elle-ajoute", "selon-elle", "inverted"],
)
def test_pronouns_go_to_the_last_person_named(text: str) -> None:
    found = quotes(text)
    assert found
    for q in found:
        assert q.speaker is not None and q.speaker.name == "Angela Merkel"
        assert q.speaker.entity_id == "wikidata:Q567"


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump a reçu son homologue. Il a assuré que les droits de douane seraient levés.",
        "Donald Trump a reçu son homologue. Selon lui, un accord est à portée de main.",
        "Emmanuel Macron a reçu Donald Trump. Ce dernier a estimé que les discussions "
        "avaient été franches.",
        "Donald Trump a visité l'usine. « Nos ouvriers sont les meilleurs du monde », "
        "a-t-il ajouté.",
    ],
    ids=["il", "selon-lui", "ce-dernier", "a-t-il-ajoute"],
)
def test_masculine_pronouns_go_to_the_last_person_named(text: str) -> None:
    q = only(text)
    assert q.speaker is not None and q.speaker.name == "Donald Trump"
    assert q.speaker.text == "Donald Trump"


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump a reçu son homologue. Selon ce dernier, un accord est à portée de main.",
        "Donald Trump a reçu les syndicats. Celui-ci a assuré que les usines resteraient ouvertes.",
    ],
    ids=["selon-ce-dernier", "celui-ci"],
)
def test_the_latter_in_the_singular_is_the_last_person_named(text: str) -> None:
    q = only(text)
    assert q.speaker is not None and q.speaker.name == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Les officiers tchadiens ont tenu une conférence de presse. Selon ces derniers, "
            "la colonne rebelle a reculé vers le nord.",
            "officiers tchadiens",
        ),
        (
            "Les élus régionaux ont rencontré le préfet mardi. Ces derniers ont affirmé que "
            "les crédits promis n'étaient jamais arrivés.",
            "élus régionaux",
        ),
        (
            "Le gouverneur a reçu les Houthis. Ceux-ci ont assuré que les navires ne seraient "
            "plus visés.",
            "Houthis",
        ),
    ],
    ids=["selon-ces-derniers", "ces-derniers-subject", "ceux-ci-group"],
)
def test_the_latter_in_the_plural_is_the_plural_phrase_or_group_just_named(
    text: str, speaker: str
) -> None:
    q = only(text)
    assert q.speaker is not None and q.speaker.name == speaker


def test_the_latter_with_nothing_plural_before_has_no_speaker() -> None:
    q = only("Ces derniers ont affirmé que la route était coupée.")
    assert q.speaker is None


def test_a_pronoun_with_no_person_before_has_no_speaker() -> None:
    q = only("Il a dit que tout allait bien.")
    assert q.kind == QuoteKind.INDIRECT and q.speaker is None
    assert q.cue_lemma == "dire"


def test_two_speakers_in_one_text_keep_their_own_quotes() -> None:
    found = quotes(
        "Le Kremlin a affirmé que les frappes visaient uniquement des cibles militaires. "
        "« Des immeubles d'habitation ont été touchés en pleine nuit », a répondu "
        "Volodymyr Zelensky."
    )
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in found] == [
        (QuoteKind.INDIRECT, "Kremlin"),
        (QuoteKind.DIRECT, "Volodymyr Zelensky"),
    ]
    assert [q.cue_lemma for q in found] == ["affirmer", "répondre"]


# -- cues and stances ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "lemma", "stance"),
    [
        ("Le Hamas nie toute implication dans l'attaque du convoi.", "nie", "nier", Stance.DENY),
        (
            "Benyamin Nétanyahou a nié que des civils aient été visés par les frappes.",
            "nié",
            "nier",
            Stance.DENY,
        ),
        (
            "Le Kremlin a démenti avoir visé des infrastructures civiles.",
            "démenti",
            "démentir",
            Stance.DENY,
        ),
        (
            "L'Ukraine accuse la Russie de bombarder délibérément les centrales.",
            "accuse",
            "accuser",
            Stance.ACCUSE,
        ),
        (
            "Amnesty International dénonce des détentions arbitraires dans le nord du pays.",
            "dénonce",
            "dénoncer",
            Stance.ACCUSE,
        ),
        (
            "« Ce cessez-le-feu est une farce », a dénoncé le Hamas dans un communiqué.",
            "dénoncé",
            "dénoncer",
            Stance.ACCUSE,
        ),
        (
            "L'armée israélienne a reconnu avoir frappé une école par erreur.",
            "reconnu",
            "reconnaître",
            Stance.CONCEDE,
        ),
        (
            "« Des erreurs ont été commises au début de l'opération », a reconnu le général "
            "Ivan Petrenko.",
            "reconnu",
            "reconnaître",
            Stance.CONCEDE,
        ),
        (
            "Le Kremlin a affirmé que les frappes visaient des cibles militaires.",
            "affirmé",
            "affirmer",
            None,
        ),
    ],
    ids=[
        "nier-np",
        "nier-que",
        "dementir",
        "accuser",
        "denoncer",
        "denoncer-direct",
        "reconnaitre",
        "reconnaitre-direct",
        "neutral",
    ],
)
def test_stances(text: str, cue: str, lemma: str, stance: Stance | None) -> None:
    q = only(text)
    assert q.cue is not None and q.cue.text == cue
    assert q.cue_lemma == lemma
    assert q.stance is stance


@pytest.mark.parametrize(
    ("text", "cue", "lemma"),
    [
        ("Les ministres ont assuré que le cessez-le-feu serait respecté.", "assuré", "assurer"),
        ("Sergueï Lavrov aurait dit que Moscou était prête à négocier.", "dit", "dire"),
        (
            "Le porte-parole a précisé que la réunion aurait lieu à huis clos.",
            "précisé",
            "préciser",
        ),
        (
            "Giorgia Meloni était à Kiev mardi. « L'Europe ne lâchera pas l'Ukraine », "
            "affirme-t-elle.",
            "affirme",
            "affirmer",
        ),
        (
            "Kiev a revendiqué que l'attaque visait un dépôt de munitions.",
            "revendiqué",
            "revendiquer",
        ),
        ("L'ONU a réclamé une enquête indépendante sur le bombardement.", "réclamé", "réclamer"),
        (
            "« Des immeubles ont été touchés », a expliqué la porte-parole de la mairie.",
            "expliqué",
            "expliquer",
        ),
    ],
    ids=[
        "ont-assure",
        "aurait-dit",
        "a-precise",
        "affirme-t-elle",
        "revendique",
        "reclame",
        "explique",
    ],
)
def test_cue_lemmas_of_conjugated_and_inverted_forms(text: str, cue: str, lemma: str) -> None:
    q = only(text)
    assert q.cue is not None and q.cue.text == cue
    assert q.cue_lemma == lemma


def test_geotext_parse_fills_the_layer_in_text_order() -> None:
    doc = geotext.parse(
        "Selon le Kremlin, les pourparlers reprendront. « Rien n'est décidé », a répondu "
        "Volodymyr Zelensky. Le Hamas nie toute implication."
    )
    assert_offsets(doc)
    assert [q.cue_lemma for q in doc.quotes] == ["selon", "répondre", "nier"]
    starts = [q.content.span.start for q in doc.quotes]
    assert starts == sorted(starts)


# -- offsets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"«{NBSP}{SAID}{NBSP}», a\u00a0déclaré Volodymyr\u00a0Zelensky.",
        f"«{NNBSP}{SAID}{NNBSP}», a-t-il ajouté.\n\nSelon l\u2019AIEA, le site est intact.",
        f"Le porte-parole a affirmé : “{SAID}.” Puis\u00a0: ‹ Rien d\u2019autre. ›",
        "  Emmanuel\u00a0Macron   a   affirmé   que\u00a0l\u2019aide    continuerait.  ",
        f"Titre\n\n« {SAID}, a estimé Sergueï Lavrov. Nous attendons. »\r\n\r\nFin.",
    ],
)
def test_every_span_is_its_text_in_the_raw_input(text: str) -> None:
    doc = QUOTES(text)
    assert doc.quotes
    assert_offsets(doc)
    for q in doc.quotes:
        assert q.span.start <= q.content.span.start <= q.content.span.end <= q.span.end


PIECES = st.sampled_from(
    [
        "«",
        "»",
        "“",
        "”",
        '"',
        "‹",
        "›",
        "—",
        ",",
        ".",
        ":",
        " ",
        "\u00a0",
        "\u202f",
        "\n\n",
        "a déclaré",
        "a-t-il ajouté",
        "affirme-t-elle",
        "selon",
        "d'après",
        "Pour",
        "que",
        "a démenti",
        "accuse",
        "Nous",
        "tenons",
        "le front",
        "Emmanuel Macron",
        "le Kremlin",
        "il",
        "les services de secours",
    ]
)


@given(st.lists(PIECES, max_size=30).map(lambda pieces: " ".join(pieces) + "."))
def test_any_text_gives_quotes_whose_spans_are_their_text(text: str) -> None:
    assert_offsets(QUOTES(text))


@given(st.lists(PIECES, max_size=30).map(lambda pieces: "".join(pieces) + "."))
def test_any_tight_text_gives_quotes_whose_spans_are_their_text(text: str) -> None:
    assert_offsets(QUOTES(text))


def test_a_parsers_lemmas_find_cues_the_lexicon_does_not_list():
    import attrs

    from geotext.model import Syntax

    text = "Les ministres affirmèrent que la trêve tiendrait."
    plain = geotext.Pipeline(extractors=[])(text)
    table = plain.token_table
    words = [text[a:b] for a, b in zip(table.starts, table.ends, strict=True)]
    lemmas = ["affirmer" if w == "affirmèrent" else w.lower() for w in words]
    syntax = Syntax(
        token=range(len(words)),
        text=words,
        lemma=lemmas,
        upos=[None] * len(words),
        feats=[None] * len(words),
        head=[-1] * len(words),
        deprel=[None] * len(words),
    )
    quotes = geotext.Pipeline(extractors=["entities", "quotes"])
    assert quotes.annotate(plain).quotes == ()  # the passé simple is not in the lexicon
    parsed = quotes.annotate(attrs.evolve(plain, syntax=syntax))
    assert [(q.cue_lemma, q.content.text) for q in parsed.quotes] == [
        ("affirmer", "la trêve tiendrait")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # A time between the cue and what it reports, with or without commas.
        (
            "L'armée tchadienne a déclaré mercredi 4 mars avoir détruit un dépôt.",
            "armée tchadienne",
            "avoir détruit un dépôt",
        ),
        (
            "Le Premier ministre a promis, mardi, de « rétablir l'ordre » à la frontière.",
            "Premier ministre",
            "de « rétablir l'ordre » à la frontière",
        ),
        ("Le préfet estime finalement que la digue tiendra.", "préfet", "la digue tiendra"),
        # A complement opened by a preposition, with a name in apposition, before *que*.
        (
            "Le porte-parole a déclaré à la chaîne de l'armée, Sahel TV, que le camp était vide.",
            "porte-parole",
            "le camp était vide",
        ),
        (
            "Le président a annoncé lors du sommet de Lomé que la déclaration était adoptée.",
            "président",
            "la déclaration était adoptée",
        ),
        # Verbs whose object holds quoted words.
        (
            "La ministre a évoqué des « gestes inamicaux » de la part du voisin.",
            "ministre",
            "des « gestes inamicaux » de la part du voisin",
        ),
        (
            'Le gouvernement a fait part de sa "tristesse" après le naufrage.',
            "gouvernement",
            'de sa "tristesse" après le naufrage',
        ),
        ('La police a annoncé un "navire suspect".', "police", 'un "navire suspect"'),
        # A witness verb, inverted.
        (
            "Deux infirmiers ont été blessés, a constaté la Croix-Rouge.",
            "Croix-Rouge",
            "Deux infirmiers ont été blessés",
        ),
    ],
)
def test_indirect_quotes_of_real_news_constructions(text: str, speaker: str, content: str) -> None:
    doc = geotext.parse(text)
    assert [(q.speaker.name if q.speaker else None, q.content.text) for q in doc.quotes] == [
        (speaker, content)
    ]


def test_a_name_between_commas_before_the_verb_is_its_subject_not_an_incise() -> None:
    doc = geotext.parse(
        "Le ministre fait face à une pression croissante depuis que le procureur, "
        "Paul Kodjo, a demandé il y a trois semaines des mandats contre lui, Ali Bacar."
    )
    assert all(q.speaker is None or q.speaker.name != "Ali Bacar" for q in doc.quotes)


def test_a_capital_a_opening_a_sentence_is_no_verb() -> None:
    q = only("À l'issue de la rencontre, le chef du conseil, Paul Kodjo, a salué un accord.")
    assert q.speaker is not None and q.speaker.name == "Paul Kodjo"
    assert q.content.text == "un accord"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mais selon l'institut Alpha, basé à Genève, ces frappes auraient été préparées.",
            "Alpha",
            "ces frappes auraient été préparées",
        ),
        (
            "Un rapport qui, selon ses auteurs, « montre comment l'aide a été détournée ».",
            "ses auteurs",
            "« montre comment l'aide a été détournée »",
        ),
        # A whole clause before the source stays its content.
        ("Les combats ont repris à l'aube, selon l'ONU.", "ONU", "Les combats ont repris à l'aube"),
    ],
)
def test_a_source_in_an_open_clause_vouches_for_what_follows(
    text: str, speaker: str, content: str
) -> None:
    q = only(text)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "La Russie ne reconnaît pas l'autorité de la Cour.",
        "Le tribunal a reconnu les deux hommes coupables de complicité.",
        "Le pays a reconnu la souveraineté de son voisin sur les îles.",
    ],
)
def test_recognising_an_authority_or_a_verdict_reports_no_words(text: str) -> None:
    assert quotes(text) == ()


def test_recognising_a_fact_is_still_a_quote() -> None:
    q = only("Le ministre a reconnu que des erreurs avaient été commises.")
    assert q.content.text == "des erreurs avaient été commises"


def test_two_coordinated_cues_give_two_quotes() -> None:
    found = quotes(
        "La commissaire Anne Dupré a jugé « inquiétant » l'afflux de migrants et appelé "
        "le voisin à fermer la frontière."
    )
    assert [(q.cue_lemma, q.content.text) for q in found] == [
        ("juger", "« inquiétant » l'afflux de migrants"),
        ("appeler", "le voisin à fermer la frontière"),
    ]
    assert {q.speaker.name for q in found if q.speaker} == {"Anne Dupré"}


def test_et_inside_the_content_does_not_cut_it() -> None:
    q = only("Le ministre a affirmé que la ville et ses environs étaient calmes.")
    assert q.content.text == "la ville et ses environs étaient calmes"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The verb's own complements stand between an inverted cue and its subject.
        ("«Nous tenons la colline», a précisé à Reuters un porte-parole des insurgés.", "un"),
        ("«La trêve tiendra», a ajouté en arabe le ministre jordanien.", "ministre"),
        ("«Le vote aura lieu», a assuré à la presse le gouverneur de la province.", "gouverneur"),
        # An adverbial phrase after the cue.
        (
            "Les avions ont abattu deux drones, a confirmé de son côté le porte-parole, "
            "Marc Dubois.",
            "Marc Dubois",
        ),
        # *divers* opens an unnamed source.
        ("Selon divers témoins, les assaillants sont revenus dans la nuit.", "divers"),
        # A relative clause after the source of the clause before.
        (
            "On compte des blessés, selon cet officier, qui a aussi fait état de "
            "« nombreux blessés ».",
            "cet officier",
        ),
    ],
)
def test_speakers_past_complements_adverbials_and_relatives(text: str, speaker: str) -> None:
    found = geotext.parse(text).quotes
    assert found
    assert all(q.speaker is not None and q.speaker.name.startswith(speaker) for q in found)


def test_a_participle_cue_speaks_with_the_voice_of_the_quote_before() -> None:
    found = geotext.parse(
        "Le front a cédé, a indiqué le général Paul Moreau à la radio, promettant que "
        "«la ville sera épargnée»."
    ).quotes
    assert [q.speaker.name if q.speaker else None for q in found] == ["Paul Moreau"] * 2


def test_a_relative_clause_cue_stops_where_the_main_clause_goes_on() -> None:
    (quote,) = geotext.parse(
        "Le ministre, qui a affirmé que la ville tiendrait, a quitté la salle."
    ).quotes
    assert quote.content.text == "la ville tiendrait"


def test_another_speakers_words_inside_a_sourced_clause_are_a_quote_of_their_own() -> None:
    found = geotext.parse(
        "Au Darfour, les raids des paramilitaires, qui disent vouloir chasser l'armée, ont tué "
        "des dizaines de civils, selon une ONG locale."
    ).quotes
    assert len(found) == 2
    assert any(q.content.text == "vouloir chasser l'armée" for q in found)


def test_a_source_after_a_subordinator_vouches_for_what_follows() -> None:
    (quote,) = geotext.parse(
        "La ministre Anne Morel a calmé les exportateurs puisque, d'après elle, « les ports "
        "resteront ouverts »."
    ).quotes
    assert quote.speaker is not None and quote.speaker.name == "Anne Morel"
    assert "ports resteront ouverts" in quote.content.text


def test_the_agent_of_a_passive_accusation_speaks() -> None:
    (quote,) = geotext.parse(
        "L'opposant a été accusé par les juges de Belgrade de vouloir renverser le pouvoir."
    ).quotes
    assert quote.speaker is not None and quote.speaker.name == "juges de Belgrade"
    assert quote.content.text == "de vouloir renverser le pouvoir"


def test_a_participle_that_describes_reports_nothing() -> None:
    assert (
        geotext.parse("Les deux lutteurs, accusés de tricherie, ont été privés de médaille.").quotes
        == ()
    )
    assert geotext.parse("L'armée a quitté la zone sans signaler de victimes.").quotes == ()
    # An agreed participle with no auxiliary before it is an adjective, not a cue, after a
    # comma too.
    assert (
        geotext.parse(
            "L'armée a repris ses exercices autour de l'île, lancées mardi, deux jours après le "
            "discours du président Paul Kodjo."
        ).quotes
        == ()
    )
    assert (
        geotext.parse(
            "Les placements prudents, comme les obligations jugées les plus solides, reculent "
            "aussi."
        ).quotes
        == ()
    )


def test_an_adverb_between_auxiliary_and_participle_keeps_the_cue() -> None:
    (quote,) = geotext.parse(
        "M. Durand a ainsi expliqué que la banque n'avait pas besoin d'aide."
    ).quotes
    assert quote.cue_lemma == "expliquer" and quote.speaker is not None
    assert quote.speaker.name == "Durand"


def test_a_clause_in_the_future_before_an_inverted_cue_is_reported() -> None:
    (quote,) = geotext.parse(
        "La région votera le 12 octobre sur son statut et sur celui de sa capitale, a annoncé "
        "vendredi le comité transitoire qui l'administre."
    ).quotes
    assert quote.speaker is not None and quote.speaker.name == "comité transitoire"
    assert quote.content.text.startswith("La région votera")


def test_a_verdict_reports_no_words_however_far_its_adjective() -> None:
    text = (
        "La cour a reconnu les huit accusés, jugés pour l'attentat contre le professeur, "
        "coupables de complicité."
    )
    assert geotext.parse(text).quotes == ()
    (quote,) = geotext.parse("Le ministre a reconnu que le gouvernement avait échoué.").quotes
    assert quote.content.text == "le gouvernement avait échoué"


def test_a_verb_of_saying_whose_object_holds_quoted_words_reports_them() -> None:
    found = geotext.parse(
        "Paul Kodjo avait aussi évoqué une « spirale » de violences et souligné des "
        "« liens évidents » avec le trafic d'armes."
    ).quotes
    assert [q.content.text for q in found] == [
        "une « spirale » de violences",
        "des « liens évidents » avec le trafic d'armes",
    ]


def test_a_dateline_before_a_dash_does_not_speak() -> None:
    (quote,) = geotext.parse(
        "(AFP) - L'armée tchadienne a affirmé jeudi avoir détruit une base rebelle."
    ).quotes
    assert quote.speaker is not None and quote.speaker.name == "armée tchadienne"


def test_a_description_noun_with_adjectives_names_the_body_told_before() -> None:
    doc = geotext.parse(
        "Le Haut-Commissariat des Nations unies pour les réfugiés a ouvert un camp près de la "
        "frontière. Plus de 3 000 familles y vivent désormais, a indiqué mardi l'agence onusienne."
    )
    (quote,) = doc.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Haut-Commissariat des Nations unies pour les réfugiés"


def test_a_request_to_named_parties_reports_what_they_are_asked() -> None:
    (quote,) = geotext.parse(
        "Les 27 ministres ont aussi demandé aux « États riverains » et à la Ligue arabe de "
        "« rester fermes avec les putschistes »."
    ).quotes
    assert quote.speaker is not None and quote.speaker.name == "27 ministres"
    assert quote.content.text == "de « rester fermes avec les putschistes »"


def test_a_threat_is_a_quote_only_with_quoted_words() -> None:
    assert geotext.parse("La Slovaquie a menacé plusieurs fois de bloquer le budget.").quotes == ()
    (quote,) = geotext.parse(
        "Le président a menacé de faire « payer le prix fort » au voisin."
    ).quotes
    assert quote.content.text == "de faire « payer le prix fort » au voisin"


def test_a_noun_that_opens_a_sentence_after_its_article_is_no_cue() -> None:
    assert geotext.parse("L'annonce de la commission était attendue depuis lundi.").quotes == ()


def test_a_quoted_paragraph_left_open_is_the_last_speakers_words() -> None:
    text = (
        "« Ce sommet a une responsabilité », a déclaré Paul Kodjo samedi.\n\n"
        "« Nous remercions les délégations qui ont travaillé avec nous. Le dialogue a gagné."
    )
    found = geotext.parse(text).quotes
    assert [(q.speaker.name if q.speaker else None) for q in found] == ["Paul Kodjo"] * 2
    assert found[1].content.text.endswith("Le dialogue a gagné")


def test_a_title_told_with_a_name_speaks_for_that_person_later() -> None:
    found = geotext.parse(
        "Le Premier ministre tchadien, Paul Kodjo, s'est rendu à Abéché mardi. Le Premier "
        "ministre tchadien a promis de rouvrir la route."
    ).quotes
    assert [q.speaker.name for q in found if q.speaker] == ["Paul Kodjo"]


def test_a_speaker_is_a_phrase_never_a_clause() -> None:
    (quote,) = geotext.parse(
        "Les ministres européens ont plaidé ensemble pour condamner « fermement » la série "
        "de sabotages."
    ).quotes
    assert quote.speaker is not None and quote.speaker.name == "ministres européens"


def test_what_a_quoted_phrase_is_for_is_not_who_says_it() -> None:
    found = geotext.parse(
        '"Une page se tourne" pour la Gambie. Le président a salué l\'accord.'
    ).quotes
    assert all(q.speaker is None or q.speaker.name != "Gambie" for q in found)
    (view,) = geotext.parse("« C'est une erreur », pour le ministre Paul Kodjo.").quotes
    assert view.speaker is not None and view.speaker.name == "Paul Kodjo"


def test_a_participle_cue_after_a_comma_opens_a_quote_of_its_own() -> None:
    found = geotext.parse(
        "(AFP) - L'armée tchadienne a affirmé jeudi avoir détruit une base rebelle, "
        "ajoutant que des villageois avaient été contraints de cacher les combattants."
    ).quotes
    assert [(q.speaker.name if q.speaker else None, q.content.text) for q in found] == [
        ("armée tchadienne", "avoir détruit une base rebelle"),
        ("armée tchadienne", "des villageois avaient été contraints de cacher les combattants"),
    ]


def test_a_source_between_a_subject_and_its_verb_vouches_for_the_whole_clause() -> None:
    (quote,) = geotext.parse(
        "Jeudi, au moins quatre assaillants, selon la gendarmerie malienne, ont ouvert le feu "
        "sur un marché."
    ).quotes
    assert quote.speaker is not None and quote.speaker.name == "gendarmerie malienne"
    assert quote.content.text.endswith("ont ouvert le feu sur un marché")


def test_a_pronoun_right_after_a_body_speaks_for_that_body() -> None:
    text = (
        "Le président Paul Kodjo a dénoncé une provocation. « Les vedettes ont violé nos eaux », "
        "a affirmé le Pentagone. Il précise que les équipages ont refusé de stopper."
    )
    speakers = [q.speaker.name if q.speaker else None for q in geotext.parse(text).quotes]
    assert speakers == ["Paul Kodjo", "Pentagone", "Pentagone"]
    named = text.replace("Il précise", "Selon Marc Dubois, rien ne bouge. Il précise")
    assert geotext.parse(named).quotes[-1].speaker.name == "Marc Dubois"


def test_a_quoted_subheading_is_no_quote() -> None:
    doc = geotext.parse(
        "La ministre Claire Dumas a visité le port.\n\n« Un acte de sabotage »\n\n"
        "Les enquêteurs ont trouvé une ancre sur le fond."
    )
    assert doc.quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "Il faut rappeler que la milice avait déjà pillé deux dépôts en mai.",
        "Rappelons que le pays a connu trois coups d'État depuis 2020.",
        "Il convient de souligner que la trêve tient depuis un mois.",
    ],
)
def test_the_writer_s_own_voice_is_no_quote(text: str) -> None:
    assert geotext.parse(text).quotes == ()


def test_an_apposition_opened_by_a_participle_is_not_the_speaker() -> None:
    quote = geotext.parse(
        "Le groupe Wagner de l'homme d'affaires Evgueni Prigojine, dit « le cuisinier », a "
        "affirmé avoir pris la ville."
    ).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name != "Evgueni Prigojine"


def test_cest_ce_qua_dit_gives_the_sentence_before_to_its_source() -> None:
    q = only(
        "Les élections auront lieu en mars. "
        "C'est ce qu'affirme le ministre de l'Intérieur, Ali Dossa."
    )
    assert (q.kind, q.content.text, q.speaker.name if q.speaker else None) == (
        QuoteKind.INDIRECT,
        "Les élections auront lieu en mars",
        "Ali Dossa",
    )


def test_cest_ce_qua_dit_after_a_quote_adds_no_second_quote() -> None:
    q = only(
        "« Le vote aura lieu », a déclaré Ali Dossa. "
        "C'est ce qu'indique aussi le compte du ministère."
    )
    assert q.speaker is not None and q.speaker.name == "Ali Dossa"


def test_a_source_with_its_acronym_in_brackets_is_the_organisation() -> None:
    q = only("« La situation est calme », a déclaré la mission onusienne (Minusma).")
    assert q.speaker is not None and q.speaker.text == "Minusma"


@pytest.mark.parametrize(
    "second",
    [
        "Selon la même source, deux autres ont été blessés.",
        "Selon cette information, deux autres ont été blessés.",
        "Deux autres ont été blessés, a ajouté cette source.",
    ],
    ids=["la-meme-source", "cette-information", "a-ajoute-cette-source"],
)
def test_the_same_source_is_the_source_just_quoted(second: str) -> None:
    first, again = quotes(
        "Trois gendarmes ont été tués lundi, a annoncé l'armée malienne. " + second
    )
    assert first.speaker is not None and first.speaker.name == "armée malienne"
    assert again.speaker is not None and again.speaker.name == "armée malienne"


def test_a_new_unnamed_source_is_not_the_one_before() -> None:
    _first, other = quotes(
        "Trois gendarmes ont été tués lundi, a annoncé l'armée malienne. Selon des "
        "informations locales, deux autres ont été blessés."
    )
    assert other.speaker is not None and other.speaker.name != "armée malienne"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Les insurgés tiennent deux villages, d'après une association, le Comité de veille "
            "pour la paix (CVP), qui cite des témoins.",
            "Comité de veille pour la paix",
            "Les insurgés tiennent deux villages",
        ),
        (
            "Selon un porte-parole des insurgés, Moussa Traoré, les bombes ont fait trois morts.",
            "Moussa Traoré",
            "les bombes ont fait trois morts",
        ),
        (
            "Trois hôpitaux ont été touchés, selon le président du conseil régional, Paul Morel, "
            "qui parle de dégâts lourds.",
            "Paul Morel",
            "Trois hôpitaux ont été touchés",
        ),
    ],
    ids=["ong-then-name", "spokesman-then-name", "definite-title-then-name"],
)
def test_a_name_in_apposition_to_an_unnamed_source_speaks(
    text: str, speaker: str, content: str
) -> None:
    q = only(text)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.content.text == content


def test_a_name_after_a_title_in_the_complement_is_the_title_holder_not_the_speaker() -> None:
    q = only(
        "« Nous avons perdu le contrôle de la route », a reconnu un conseiller du chef de "
        "l'État malien, Assimi Goïta."
    )
    assert q.speaker is not None and q.speaker.name != "Assimi Goïta"


def test_a_clause_after_an_unnamed_source_is_not_its_name() -> None:
    q = only("Selon une ONG, la Russie a bombardé deux écoles.")
    assert q.speaker is not None and q.speaker.text == "une ONG"
    assert q.content.text == "la Russie a bombardé deux écoles"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jean-Noël Barrot, ministre des Affaires étrangères, s'est rendu à Rabat. Le chef "
            "de la diplomatie française a assuré que le dialogue continuait.",
            "Jean-Noël Barrot",
        ),
        (
            "Abdelmadjid Tebboune a reçu les élus du Sud. Le chef de l'Etat algérien a affirmé "
            "que les routes seraient refaites.",
            "Abdelmadjid Tebboune",
        ),
    ],
    ids=["chef-de-la-diplomatie", "chef-de-l-etat"],
)
def test_the_press_other_word_for_a_title_names_its_holder(text: str, speaker: str) -> None:
    q = only(text)
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # The title's country is not the person's.
        "Emmanuel Macron a reçu les élus. Le président américain a affirmé que les droits de "
        "douane resteraient.",
        # The president of a senate is no head of state.
        "Le président du Sénat, Gérard Larcher, a reçu les élus. Le chef de l'Etat a affirmé "
        "que la réforme continuerait.",
    ],
    ids=["other-country", "not-head-of-state"],
)
def test_a_title_that_does_not_fit_names_nobody(text: str) -> None:
    q = only(text)
    assert q.speaker is not None and q.speaker.entity_id is None
    assert q.speaker.name == q.speaker.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Selon le rapport de Human Rights Watch, trois villages ont été rasés.",
            "Human Rights Watch",
        ),
        (
            "Le Programme alimentaire mondial a publié ses chiffres. Selon le nouveau rapport "
            "de l'organisation onusienne, les stocks ont fondu.",
            "Programme alimentaire mondial",
        ),
    ],
    ids=["rapport-de-name", "nouveau-rapport-de-description"],
)
def test_the_author_of_a_report_speaks(text: str, speaker: str) -> None:
    q = quotes(text)[-1]
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_spokesman_of_a_body_keeps_his_own_words() -> None:
    q = only("Selon le porte-parole de la police nigérienne, trois villages ont été rasés.")
    assert q.speaker is not None and q.speaker.text == "porte-parole de la police nigérienne"


def test_parler_de_words_in_quotation_marks_reports_them() -> None:
    q = only("La maire de Dakar a parlé d'une « erreur grave » de la préfecture.")
    assert q.cue_lemma == "parler" and q.speaker is not None
    assert q.content.text.startswith("d'une « erreur grave »")
    # The words are the speaker's, curly quotation marks too.
    q = only("Le Kremlin parle de “négociations sérieuses” avec Kiev.")
    assert q.cue_lemma == "parler" and q.speaker is not None and q.speaker.name == "Kremlin"


@pytest.mark.parametrize(
    "text",
    [
        "La maire a parlé de la situation avec les élus du quartier.",
        "Les élus ont parlé de concert pour dénoncer une « dérive » du budget.",
    ],
    ids=["no-quotation-marks", "marks-too-far"],
)
def test_parler_de_without_quoted_words_near_it_reports_nothing(text: str) -> None:
    assert all(q.cue_lemma != "parler" for q in quotes(text))


def test_a_straight_quote_after_a_blank_opens_the_next_sentence_s_quotation() -> None:
    found = quotes(
        'Le ministre a tenu bon lundi. " Je le répète ici : nous retrouverons les auteurs. '
        "Nous irons jusqu'au bout\" , a-t-il aussi déclaré."
    )
    assert [q.content.text for q in found] == [
        "Je le répète ici : nous retrouverons les auteurs. Nous irons jusqu'au bout"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le reporter est mort lundi, a annoncé Getty Images.", "Getty Images"),
        ("Le convoi a été arrêté à la frontière, a rapporté Mediapart.", "Mediapart"),
    ],
    ids=["two-words", "one-word"],
)
def test_a_name_no_gazetteer_knows_after_an_inverted_cue_speaks(text: str, speaker: str) -> None:
    q = only(text)
    assert q.speaker is not None and q.speaker.name == speaker and q.speaker.entity_id is None


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=30),
    st.integers(0, 90),
    st.integers(0, 30),
)
def test_the_index_of_quoted_words_answers_as_a_scan_of_every_quote(
    found: list[tuple[int, int]], start: int, length: int
) -> None:
    # The bounded look-back must agree with asking every quote found so far, whatever order
    # and lengths the quotes come in (a scan of all of them made a long text quadratic).
    from geotext.extractors.quotes import _Contents

    contents = _Contents(())
    spans = [(a, a + n) for a, n in found]
    for span in spans:
        contents.add(span)
    end = start + length
    assert contents.overlaps(start, end) == any(a < end and start < b for a, b in spans)


def test_a_participle_inside_the_subject_reports_nothing() -> None:
    # *condamnant* describes the subject of *se sont succédé*: its words are not a quote, and
    # they must not swallow the quote of the next clause.
    found = quotes(
        "Les communiqués des voisins condamnant le blocus se sont succédé, puis Amina Sow "
        "a dénoncé les « méthodes indignes » du régime."
    )
    assert [(q.speaker.name if q.speaker else None, q.cue_lemma) for q in found] == [
        ("Amina Sow", "dénoncer")
    ]


def test_a_participle_after_a_cue_still_adds_its_clause() -> None:
    found = quotes(
        "« Les détenus vont bien », a-t-il indiqué ajoutant que la junte rouvrirait "
        "l'aéroport qui avait été fermé."
    )
    assert [q.cue_lemma for q in found] == ["indiquer", "ajouter"]


def test_a_title_described_in_other_words_names_its_holder() -> None:
    found = quotes(
        "« Le calme est revenu », a déclaré le colonel Idriss Kamaté, porte-parole de la junte, "
        "mardi. Le porte-parole des officiers mutins a assuré que le président était « en "
        "sécurité »."
    )
    assert [q.speaker.name for q in found if q.speaker] == ["Idriss Kamaté", "Idriss Kamaté"]


def test_a_title_with_another_name_after_it_stays_as_written() -> None:
    found = quotes(
        "« Le calme est revenu », a déclaré Idriss Kamaté, porte-parole de la junte. "
        "Le porte-parole du Kremlin a assuré que Moscou suivait « de près » la situation."
    )
    assert [q.speaker.name for q in found if q.speaker] == [
        "Idriss Kamaté",
        "porte-parole du Kremlin",
    ]


def test_an_object_ends_before_a_second_verb_of_its_subject() -> None:
    # The arrest is the subject's second act, not words of its condemnation.
    quote = only("La gendarmerie a condamné le pillage et interpellé quatre suspects.")
    assert quote.content.text == "le pillage"
    # A clause keeps its own verbs, and a list of names its members.
    clause = only(
        "Le préfet a indiqué que les agents avaient bouclé le quartier et interpellé dix jeunes."
    )
    assert clause.content.text.endswith("interpellé dix jeunes")
    listed = only("Rome a salué l'initiative de la Grèce et du Portugal.")
    assert listed.content.text == "l'initiative de la Grèce et du Portugal"


def test_an_aside_after_the_auxiliary_does_not_invert_the_cue() -> None:
    quote = only("La ministre avait, la veille, dénoncé une manœuvre de Minsk.")
    assert quote.content.text == "une manœuvre de Minsk"
    assert quote.speaker is not None and quote.speaker.name == "ministre"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pour le chef de la diplomatie tchèque, la trêve est fragile.",
            "chef de la diplomatie tchèque",
        ),
        ("Pour l'ONG, ces détentions sont arbitraires.", "ONG"),
        ("Pour le gouvernement, la page est tournée.", "gouvernement"),
        ("Pour la Première ministre, « rien n'est joué ».", "Première ministre"),
    ],
)
def test_pour_and_a_title_or_a_body_opens_an_opinion(text: str, speaker: str) -> None:
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Pour le moment, la frontière reste fermée.",
        "Pour la première fois, les deux camps ont parlé.",
    ],
)
def test_pour_and_an_adverbial_opens_no_opinion(text: str) -> None:
    assert quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Rien n'est réglé », a écrit sur Telegram le gouverneur de la région.",
            "gouverneur de la région",
        ),
        (
            "« Nous tiendrons », a déclaré dans un communiqué le ministère de l'Intérieur.",
            "ministère de l'Intérieur",
        ),
        (
            "« Nous tiendrons », a lancé devant les députés la Première ministre.",
            "Première ministre",
        ),
    ],
)
def test_the_subject_after_a_channel_or_a_place_speaks(text: str, speaker: str) -> None:
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_dateline_is_no_word_of_the_quote_it_opens() -> None:
    quote = only("NIAMEY, 3 mai (Reuters) - Le pont sur le fleuve a cédé, a indiqué le préfet.")
    assert quote.content.text == "Le pont sur le fleuve a cédé"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "L'armée de l'air a annoncé avoir abattu onze drones au-dessus du port.",
            "avoir abattu onze drones au-dessus du port",
        ),
        (
            "Le gouvernement annonce vouloir rouvrir le poste-frontière dès jeudi.",
            "vouloir rouvrir le poste-frontière dès jeudi",
        ),
    ],
)
def test_annoncer_reports_the_infinitive_after_it(text: str, content: str) -> None:
    quote = only(text)
    assert quote.cue_lemma == "annoncer"
    assert quote.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "La préfecture a annoncé la fermeture des écoles du canton.",
        "La préfecture a annoncé hier la fermeture des écoles du canton.",
    ],
)
def test_annoncer_reports_no_plain_object(text: str) -> None:
    assert quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le verdict est sans appel : « Vous avez perdu la partie. »", None),
        ("Le signal est limpide : « Nous restons sur place. »", None),
        ("La ministre est formelle : « Aucun poste ne fermera. »", "ministre"),
        ("Olaf Berger est catégorique : « Le pont rouvrira. »", "Olaf Berger"),
    ],
)
def test_a_clause_that_describes_the_words_before_a_colon_names_no_speaker(
    text: str, speaker: str | None
) -> None:
    quote = only(text)
    assert (quote.speaker.name if quote.speaker is not None else None) == speaker


def test_an_apposition_of_an_opening_source_is_no_word_it_vouches_for() -> None:
    quote = only("Selon le préfet, joint par téléphone, la digue a tenu toute la nuit.")
    assert quote.content.text == "la digue a tenu toute la nuit"
    assert quote.speaker is not None and quote.speaker.name == "préfet"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Le pont a cédé », a confié un pompier sous couvert d'anonymat.", "un pompier"),
        ("Selon des journaux citant la gendarmerie, le col est fermé.", "des journaux"),
        ("Selon des sources portuaires à Dakar, le cargo a été saisi.", "des sources portuaires"),
    ],
)
def test_how_or_where_a_source_speaks_is_not_who(text: str, speaker: str) -> None:
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_s_indigner_reports_words() -> None:
    quote = only("« C'est une honte », s'est indignée la maire sur les réseaux sociaux.")
    assert quote.speaker is not None and quote.speaker.name == "maire"
