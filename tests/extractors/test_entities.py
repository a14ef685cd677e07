"""People, organisations and places, on sentences written for these tests."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import geotext
from geotext import EntityExtractor, GazetteerEntry, Pipeline, read_gazetteer
from geotext.model import EntityType, Syntax

ENTITIES = Pipeline(extractors=["entities"])


def mentions(text: str) -> set[tuple[str, str, str | None]]:
    """(type, mention, id) for every mention of every entity of ``text``."""
    doc = ENTITIES(text)
    return {(e.type.value, m.text, e.id) for e in doc.entities for m in e.mentions}


def by_name(text: str) -> dict[str, geotext.Entity]:
    return {e.name: e for e in ENTITIES(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Countries by short name, official name and acronym, with ISO codes.
        (
            "La Fédération de Russie et les Etats-Unis se parlent à nouveau.",
            {("LOC", "Fédération de Russie", "iso:RU"), ("LOC", "Etats-Unis", "iso:US")},
        ),
        ("Les troupes de la RDC ont reculé.", {("LOC", "RDC", "iso:CD")}),
        # Cities through GeoNames, French exonyms included.
        (
            "Des émissaires ont quitté Varsovie pour Le Caire.",
            {("LOC", "Varsovie", "geonames:756135"), ("LOC", "Le Caire", "geonames:360630")},
        ),
        # Regions, seas and rivers from the places gazetteer, with their lower-case generic.
        (
            "Les navires croisent en mer Noire, loin du Donbass.",
            {("LOC", "mer Noire", None), ("LOC", "Donbass", None)},
        ),
        # International organisations and their acronyms.
        (
            "L'Organisation mondiale de la santé (OMS) alerte l'ONU.",
            {
                ("ORG", "Organisation mondiale de la santé", "wikidata:Q7817"),
                ("ORG", "OMS", "wikidata:Q7817"),
                ("ORG", "ONU", "wikidata:Q1065"),
            },
        ),
        # Seats of government are organisations; a capital standing for its state is a place.
        (
            "Le Kremlin a démenti, tandis que Pékin se tait.",
            {("ORG", "Kremlin", None), ("LOC", "Pékin", "geonames:1816670")},
        ),
    ],
)
def test_known_names(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lundi, les discussions ont repris sans résultat.",
        "Président depuis peu, il a nommé un nouveau gouvernement.",
        "Selon plusieurs témoins, la colonne a fait demi-tour.",
        "Aucune déclaration n'a suivi la réunion.",
        "Les Européens et les Occidentaux hésitent, les Russes avancent.",
        "Le ministre russe a rencontré son homologue ukrainienne.",
        "Il n'a rien dit d'autre ; qu'il parte, a-t-on répondu.",
        "Le Gouvernement a présenté son Plan pour la Nation.",
        "Noël et Pâques tombent cette année pendant le Ramadan.",
        "L'ouragan Milton a frappé la côte, puis le missile Tomahawk a été évoqué.",
        "Le PIB a reculé de 2 % selon les chiffres du FMI.",
    ],
)
def test_no_entity_from_capitals_elisions_demonyms_or_things(text: str) -> None:
    found = mentions(text)
    assert all(mention not in {"FMI"} or kind == "ORG" for kind, mention, _ in found)
    assert {m for _, m, _ in found} <= {"FMI"}


def test_people_with_titles_roles_civilities_and_repeats() -> None:
    text = (
        "Le chef de la diplomatie russe, Sergueï Lavrov, a accueilli Farid Benali, "
        "conseiller du président tunisien. M. Benali a ensuite rencontré Mme Iris Dorval. "
        "Lavrov n'a fait aucun commentaire."
    )
    entities = by_name(text)
    lavrov = entities["Sergueï Lavrov"]
    assert lavrov.type.value == "PER"
    assert [m.text for m in lavrov.mentions] == ["Sergueï Lavrov", "Lavrov"]
    assert "chef de la diplomatie russe" in lavrov.roles
    benali = entities["Farid Benali"]
    assert [m.text for m in benali.mentions] == ["Farid Benali", "Benali"]
    assert benali.roles == ("conseiller du président tunisien",)
    assert entities["Iris Dorval"].type.value == "PER"


def test_aliases_and_transliterations_link_to_one_entity() -> None:
    text = "Volodymyr Zelensky, que la presse anglophone écrit Zelenskyy, a parlé à Vladimir Putin."
    entities = by_name(text)
    zelensky = entities["Volodymyr Zelensky"]
    assert zelensky.id == "wikidata:Q3874799"
    assert [m.text for m in zelensky.mentions] == ["Volodymyr Zelensky", "Zelenskyy"]
    assert entities["Vladimir Poutine"].mentions[0].text == "Vladimir Putin"


def test_a_well_known_surname_alone_is_linked() -> None:
    assert ("PER", "Poutine", "wikidata:Q7747") in mentions("Poutine a signé le décret.")


def test_places_carry_country_and_coordinates() -> None:
    moscow = by_name("Une délégation est arrivée à Moscou.")["Moscou"]
    assert moscow.id == "geonames:524901" and moscow.country == "RU"
    assert moscow.coordinates is not None
    lat, lon = moscow.coordinates
    assert 55 < lat < 56 and 37 < lon < 38
    france = by_name("La France a protesté.")["France"]
    assert france.country == "FR" and france.coordinates is not None


def test_homonyms_follow_the_countries_the_sentence_names() -> None:
    assert ("LOC", "Tripoli", "geonames:266826") in mentions(
        "A Tripoli, dans le nord du Liban, les réfugiés affluent."
    )
    assert ("LOC", "Tripoli", "geonames:2210247") in mentions(
        "A Tripoli, des milices libyennes se sont affrontées."
    )
    texan = mentions("A Paris, petite ville du Texas, le maire a démissionné.")
    assert ("LOC", "Paris", "geonames:4717560") in texan
    assert ("LOC", "Paris", "geonames:2988507") in mentions("Le sommet se tiendra à Paris.")


def test_unknown_places_from_their_cues() -> None:
    found = mentions(
        "Les soldats ont repris le village de Zorivka et la localité de Mykhaïlivka, "
        "dans la région de Koursk, puis ont marché vers Ivanivska."
    )
    assert {("LOC", "Zorivka", None), ("LOC", "Mykhaïlivka", None)} <= found
    assert ("LOC", "Koursk", None) in found  # the region, not the city
    assert ("LOC", "Ivanivska", None) in found


def test_organisations_from_head_nouns_brackets_and_lower_case_institutions() -> None:
    text = (
        "Le Comité national de veille citoyenne (CNVC) a saisi la Cour suprême. "
        "L'armée israélienne et le ministère nigérien de la Défense ont répondu. "
        "Le CNVC maintient sa plainte, comme l'ONG Horizon Solidaire."
    )
    entities = by_name(text)
    committee = entities["Comité national de veille citoyenne"]
    assert [m.text for m in committee.mentions] == [
        "Comité national de veille citoyenne",
        "CNVC",
        "CNVC",
    ]
    found = mentions(text)
    assert ("ORG", "ministère nigérien de la Défense", None) in found
    assert ("ORG", "armée israélienne", None) in {(k, m, None) for k, m, _ in found}
    assert ("ORG", "Horizon Solidaire", None) in found
    assert entities["Cour suprême"].type.value == "ORG"


def test_a_bare_institution_word_points_back_to_its_organisation() -> None:
    entities = by_name("L'OTAN se réunit à Bruxelles. L'Alliance veut rassurer ses membres.")
    assert [m.text for m in entities["OTAN"].mentions] == ["OTAN", "Alliance"]
    assert "Alliance" not in entities


def test_a_nested_name_is_not_listed_on_its_own() -> None:
    found = mentions("Une résolution du Conseil de sécurité des Nations unies exige une trêve.")
    assert found == {("ORG", "Conseil de sécurité des Nations unies", "wikidata:Q37470")}


def test_datelines_and_agencies() -> None:
    found = mentions("KHERSON (AFP) – La ville a de nouveau été bombardée.")
    assert ("LOC", "KHERSON", "geonames:706448") in found
    assert any(kind == "ORG" and mention == "AFP" for kind, mention, _ in found)


def test_every_mention_is_its_text_in_the_raw_input() -> None:
    raw = "Le président Emmanuel\u00a0Macron a reçu l\u2019émissaire de l\u2019ONU à l\u2019Élysée."
    doc = geotext.parse(raw)
    assert doc.entities
    for entity in doc.entities:
        for mention in entity.mentions:
            assert raw[mention.span.start : mention.span.end] == mention.text


def test_user_entries_as_objects_and_as_tsv_lines() -> None:
    ngo = GazetteerEntry("Aide Directe Sahel", "ORG", aliases=("ADS",), id="wikidata:Q1")
    lines = [
        "# name\ttype\taliases\tid\tcountry\tlat\tlon",
        "Kolèba\tLOC\tKoleba\t\tML\t14.2\t-4.1",
    ]
    extractor = EntityExtractor(entries=[ngo, *read_gazetteer(lines)])
    doc = Pipeline(extractors=[extractor])("L'ADS distribue des vivres à Kolèba.")
    found = {(e.name, e.id, e.country) for e in doc.entities}
    assert ("Aide Directe Sahel", "wikidata:Q1", None) in found
    assert ("Kolèba", None, "ML") in found
    again = pickle.loads(pickle.dumps(extractor))
    assert again == extractor and again(doc) == extractor(doc)


def test_read_gazetteer_rejects_a_bad_line() -> None:
    with pytest.raises(geotext.DataFileError, match="line 2"):
        read_gazetteer(["Kolèba\tLOC", "Nulle part\tPLANET"])


def test_a_parsers_entity_spans_type_what_the_rules_leave_open() -> None:
    text = "Hier, Zandor Quilp a parlé."
    doc = geotext.Pipeline(extractors=[])(text)
    start = text.index("Zandor")
    syntax = Syntax(entities=[(start, start + len("Zandor Quilp"), "PER")])
    import attrs

    with_ner = attrs.evolve(doc, syntax=syntax)
    assert {(e.type.value, e.name) for e in EntityExtractor()(with_ner)} == {
        ("PER", "Zandor Quilp")
    }
    assert EntityExtractor()(doc) == ()


@given(st.text(alphabet="AÉaé -'’.,«»()Lde\n", max_size=60))
def test_any_text_gives_mentions_that_are_their_text(text: str) -> None:
    doc = ENTITIES(text)
    for entity in doc.entities:
        for mention in entity.mentions:
            assert text[mention.span.start : mention.span.end] == mention.text


# -- Real news: names nobody listed (issue 16) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title, with its complement and an acronym in brackets, before an apposition.
        (
            "Le président de l'Union des artisans (UDA), Karim Ouedfel, a répondu.",
            ("PER", "Karim Ouedfel"),
        ),
        # A title with a place in its complement: *à* is a preposition, not the verb.
        (
            "On a vu le commandant des opérations à Tombouctou, Issa Tanguara.",
            ("PER", "Issa Tanguara"),
        ),
        # An age in apposition is a person's.
        (
            "Ses deux voisins, Lounès Harbi, 31 ans, et Tarek Saïdane, 29 ans, ont témoigné.",
            ("PER", "Tarek Saïdane"),
        ),
        ("Un témoin, Djamel Ferhat (44 ans), a parlé.", ("PER", "Djamel Ferhat")),
        # Kinship and religious roles announce a name.
        (
            "Sa veuve a été reçue ; le père de l'élève, Rachid Moufek, a porté plainte.",
            ("PER", "Rachid Moufek"),
        ),
        (
            "Le prédicateur radical Abdelhafid Zemmari a été condamné.",
            ("PER", "Abdelhafid Zemmari"),
        ),
        # *Maître* is a civility, left out of the mention.
        ("L'avocat de la famille, Maître Hugues Vallerand, a plaidé.", ("PER", "Hugues Vallerand")),
        # A name glued after an organisation's short name opens at its first name.
        ("Le chef des Farc Rodrigo Londono a signé.", ("PER", "Rodrigo Londono")),
        # A first name, then *de* and one capitalised word: a noble name.
        ("La régente, Louise de Bourgogne, a signé le traité.", ("PER", "Louise de Bourgogne")),
    ],
)
def test_people_outside_the_gazetteers(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(kind, mention) for kind, mention, _ in mentions(text)}


def test_a_gazetteer_surname_with_another_first_name_is_someone_else() -> None:
    found = mentions("Le comité, par la voix de son président, Amadou Kaboré, a tranché.")
    assert ("PER", "Amadou Kaboré", None) in found
    assert all(mention != "Youssouf" for _, mention, _ in found)


def test_a_misspelt_first_name_still_links_the_known_person() -> None:
    found = mentions("Volodymr Zelensky a dénoncé les frappes.")
    assert ("PER", "Volodymr Zelensky", "wikidata:Q3874799") in found


def test_a_title_before_a_city_name_makes_it_a_person() -> None:
    found = mentions("Le gouvernement du président Santos a signé la paix.")
    assert ("PER", "Santos", None) in found
    assert all(kind != "LOC" for kind, _, _ in found)


def test_a_complement_after_a_title_is_not_a_person() -> None:
    found = mentions(
        "Un photographe travaillant pour Getty Images a été blessé. "
        "La haute commissaire aux droits de l'Homme a protesté."
    )
    assert all(kind != "PER" for kind, _, _ in found)
    assert all(mention != "haute commissaire aux droits de l'Homme" for _, mention, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les combats ont repris près du village de Tadjmout.", ("LOC", "Tadjmout")),
        # An adjective between the place noun and *de*.
        ("Les navires ont quitté la ville portuaire de Bir Laâmar.", ("LOC", "Bir Laâmar")),
        # Nouns right before the place's own name.
        ("Les blindés ont franchi la rivière Vorskla.", ("LOC", "Vorskla")),
        ("Un garde-côte s'est approché de l'atoll Kalimbo.", ("LOC", "Kalimbo")),
        ("Les cols de Fréjas et de Malbosc étaient fermés.", ("LOC", "Malbosc")),
        # A transliterated name with an inner apostrophe is one word.
        ("Des frappes ont visé la province de Ma’rib.", ("LOC", "Ma’rib")),
        # Facilities are named by the whole phrase.
        ("Les vols ont repris à l'aéroport de Tafrant.", ("LOC", "aéroport de Tafrant")),
        (
            "La centrale nucléaire de Zaporijjia a perdu son courant.",
            ("LOC", "centrale nucléaire de Zaporijjia"),
        ),
        ("Le cessez-le-feu a été signé au stade Léon-Gambetta.", ("LOC", "stade Léon-Gambetta")),
    ],
)
def test_places_outside_the_gazetteers(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(kind, mention) for kind, mention, _ in mentions(text)}


def test_an_airport_of_a_known_city_is_that_city() -> None:
    found = mentions("Les séparatistes tiennent l'aéroport de Donetsk.")
    assert ("LOC", "Donetsk", "geonames:709717") in found


def test_a_peninsula_names_its_place() -> None:
    found = mentions("Des navires croisent au large de la péninsule de Crimée.")
    assert {(kind, mention) for kind, mention, _ in found} == {("LOC", "Crimée")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La police finlandaise a saisi le cargo.", "police finlandaise"),
        ("Les services de sécurité russes disent avoir riposté.", "services de sécurité russes"),
        ("Selon le renseignement moldave, le complot a échoué.", "renseignement moldave"),
        ("La défense aérienne ukrainienne a abattu vingt drones.", "défense aérienne ukrainienne"),
        ("Le gouvernement central irakien conteste le vote.", "gouvernement central irakien"),
        (
            "Le gouvernement régional du Kurdistan maintient le vote.",
            "gouvernement régional du Kurdistan",
        ),
        # A lower-case complement of a portfolio.
        (
            "Le ministère américain de la justice a inculpé six agents.",
            "ministère américain de la justice",
        ),
        ("Le département américain de la Justice a réagi.", "département américain de la Justice"),
        (
            "Le commandement suprême des forces armées tchèques surveille la frontière.",
            "commandement suprême des forces armées tchèques",
        ),
        (
            "La cour d'assises spéciale de Lyon a rendu son verdict.",
            "cour d'assises spéciale de Lyon",
        ),
        ("Trois membres du cartel de Jalisco ont été arrêtés.", "cartel de Jalisco"),
        ("Elle a été arrêtée par la police des mœurs.", "police des mœurs"),
    ],
)
def test_institutions_in_lower_case(text: str, expected: str) -> None:
    assert ("ORG", expected) in {(kind, mention) for kind, mention, _ in mentions(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Adjectives, then a complement or an acronym.
        (
            "Les Forces armées révolutionnaires de Bolivie (FARB) ont déposé les armes.",
            "Forces armées révolutionnaires de Bolivie",
        ),
        # Two complements joined by *et de*.
        ("Le Conseil de paix et de sécurité s'est réuni.", "Conseil de paix et de sécurité"),
        # A Roman numeral, then a nested court with its adjectives.
        (
            "La Chambre préliminaire I de la Cour pénale internationale a confirmé les charges.",
            "Chambre préliminaire I de la Cour pénale internationale",
        ),
        # What follows the name tells its state, not its name.
        ("Le vice-président du Conseil militaire au pouvoir a parlé.", "Conseil militaire"),
    ],
)
def test_organisations_at_their_full_extent(text: str, expected: str) -> None:
    assert ("ORG", expected) in {(kind, mention) for kind, mention, _ in mentions(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le groupe finlandais de télécoms Kaukoverkko a porté plainte.", "Kaukoverkko"),
        ("Selon la revue américaine Horizons Globaux, la fortune a doublé.", "Horizons Globaux"),
        ("L'agence officielle libyenne Lana a annoncé la trêve.", "Lana"),
        ("Le site spécialisé ShipWatch a suivi le cargo.", "ShipWatch"),
    ],
)
def test_organisations_announced_by_a_noun_and_its_adjectives(text: str, expected: str) -> None:
    assert ("ORG", expected) in {(kind, mention) for kind, mention, _ in mentions(text)}


def test_a_person_after_de_is_not_an_organisation_of_the_cue() -> None:
    found = mentions("Ils ont manifesté à l'appel du parti d'Ilias Morar.")
    assert all(not (kind == "ORG" and mention == "Ilias Morar") for kind, mention, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # Ships and buildings named after towns, after an article.
        "Les navires ukrainiens, le Berdiansk et le Nikopol, ont été saisis.",
        # Common nouns used as acronyms, or an index with its number.
        "Le PDG du groupe a lancé une OPA sur son rival ; le CAC 40 a chuté.",
        "Le jeu sort sur consoles et PC.",
        # A country inside a company's or a station's name.
        "Elle travaille chez Durandal France depuis deux ans.",
    ],
)
def test_not_names_off_the_beaten_track(text: str) -> None:
    found = mentions(text)
    assert all(kind != "LOC" for kind, _, _ in found), found
    assert all(mention not in ("PDG", "OPA", "CAC", "PC") for _, mention, _ in found)


def test_a_caption_line_is_not_glued_to_the_next() -> None:
    found = mentions("Photo : Lucie Vernhes\nEchantillon de cellules observé au microscope, mardi.")
    assert ("PER", "Lucie Vernhes", None) in found
    assert all("Echantillon" not in mention for _, mention, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Pire, la récolte a encore baissé cette année.",
        "La Bourse a fini en baisse, comme prévu.",
        "Bon et pas cher : le plat du jour.",
        "Les randonneurs ont atteint le Mont avant la nuit.",
    ],
)
def test_an_ordinary_word_is_no_small_town(text: str) -> None:
    assert all(kind != "LOC" for kind, _, _ in mentions(text))


def test_a_big_city_keeps_a_name_that_is_also_a_word() -> None:
    assert ("LOC", "Gênes", "geonames:3176219") in mentions("Les galères ont quitté Gênes.")


@pytest.mark.parametrize(
    "text",
    [
        "DIRECT. Les pourparlers reprennent ce soir.",
        "ANALYSE - La diplomatie patine.",
        "VIDÉO. Le convoi a été stoppé.",
        "Transition : le calendrier est prêt.",
        "Aussitôt, les délégués ont quitté la salle.",
        "Appareil de propagande, la chaîne a fermé.",
    ],
)
def test_kickers_and_sentence_openers_are_no_names(text: str) -> None:
    assert mentions(text) == set()


def test_a_name_that_an_acronym_defines_and_its_later_mentions() -> None:
    text = "Le Groupe de veille sur les frontières (GVF) a publié un rapport. Le GVF s'inquiète."
    entities = by_name(text)
    group = entities["Groupe de veille sur les frontières"]
    assert [m.text for m in group.mentions] == [
        "Groupe de veille sur les frontières",
        "GVF",
        "GVF",
    ]
    lower = by_name("L'Office de surveillance aérienne (OSA) a alerté les pilotes.")
    assert "Office de surveillance aérienne" in lower


def test_an_acronym_of_several_bodies_follows_the_countries_of_the_text() -> None:
    ivorian = by_name("En Côte d'Ivoire, la CEI a proclamé les résultats du scrutin.")
    assert "Commission électorale indépendante" in ivorian
    russian = by_name("La Russie veut relancer la CEI avec ses voisins.")
    assert "Communauté des Etats indépendants" in russian


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Club des pêcheurs solidaires a dénoncé les saisies.", "Club des pêcheurs solidaires"),
        (
            "Le Commandement du théâtre occidental a lancé des exercices.",
            "Commandement du théâtre occidental",
        ),
        (
            "Le ministère de l'Industrie et des Mines a réagi.",
            "ministère de l'Industrie et des Mines",
        ),
    ],
)
def test_organisation_heads_and_their_complements(text: str, expected: str) -> None:
    assert ("ORG", expected) in {(kind, mention) for kind, mention, _ in mentions(text)}


def test_a_verb_after_an_institution_is_not_in_its_name() -> None:
    found = mentions("Le Bureau de la médiation appelle au calme.")
    assert ("ORG", "Bureau de la médiation") in {(kind, mention) for kind, mention, _ in found}


def test_names_listed_after_a_place_are_places() -> None:
    found = mentions("Les convois sont passés par Ben Gardane, puis Ras Ajdir et Tataouine-Nord.")
    pairs = {(kind, mention) for kind, mention, _ in found}
    assert {("LOC", "Ben Gardane"), ("LOC", "Ras Ajdir"), ("LOC", "Tataouine-Nord")} <= pairs


def test_lower_case_armed_groups_of_the_gazetteer() -> None:
    pairs = {
        (kind, mention)
        for kind, mention, _ in mentions(
            "Les peshmergas ont repris la colline ; les anti-balaka tiennent la route."
        )
    }
    assert {("ORG", "peshmergas"), ("ORG", "anti-balaka")} <= pairs


def test_a_nickname_after_a_known_person_wins_over_a_guessed_surname() -> None:
    entities = by_name("Mohamed Hamdan Daglo, dit « Hemeidti », a signé l'accord.")
    assert [m.text for m in entities["Mohamed Hamdane Daglo"].mentions] == [
        "Mohamed Hamdan Daglo",
        "Hemeidti",
    ]


def test_a_city_in_the_name_of_a_treaty_is_not_listed() -> None:
    found = mentions("Kiev a ratifié le Statut de Rome ; l'accord de Minsk reste lettre morte.")
    assert {mention for _, mention, _ in found} == {"Kiev"}


def test_an_acronym_in_brackets_is_no_town() -> None:
    entities = by_name("L'Union des artisans (UDA) a manifesté.")
    assert [m.text for m in entities["Union des artisans"].mentions] == [
        "Union des artisans",
        "UDA",
    ]


def test_a_title_of_two_words_is_kept_whole_before_a_name() -> None:
    doc = geotext.parse("Le Premier ministre tchadien, Paul Kodjo, s'est rendu à Abéché.")
    (person,) = [e for e in doc.entities if e.name == "Paul Kodjo"]
    assert person.roles == ("Premier ministre tchadien",)


def test_a_known_name_follows_the_accents_the_text_writes() -> None:
    accented = geotext.parse("L'Égypte et les États-Unis ont discuté.")
    plain = geotext.parse("L'Egypte et les Etats-Unis ont discuté.")
    assert [e.name for e in accented.entities] == ["Égypte", "États-Unis"]
    assert [e.name for e in plain.entities] == ["Egypte", "Etats-Unis"]
    assert [e.id for e in accented.entities] == [e.id for e in plain.entities]
    # Case alone is the newsroom's style: the canonical acronym stays.
    assert [e.name for e in geotext.parse("L'Otan se réunit.").entities] == ["OTAN"]


def test_the_north_names_again_a_country_of_the_north() -> None:
    doc = geotext.parse(
        "Le Soudan du Sud a fermé sa frontière. Le Sud accuse Khartoum. Le Sud du pays reste calme."
    )
    assert next((e.name, [m.text for m in e.mentions]) for e in doc.entities) == (
        "Soudan du Sud",
        ["Soudan du Sud", "Sud"],
    )
    # With no such country in the text, the north is a direction.
    assert geotext.parse("Le Nord reste calme.").entities == ()


def test_the_name_a_group_goes_by_is_an_organisation() -> None:
    doc = geotext.parse("Connus sur la côte sous le nom d'Al-Hijra, ils contrôlent le port.")
    assert [(e.name, e.type) for e in doc.entities] == [("Al-Hijra", EntityType.ORG)]
    # One person's nickname is not read as a group.
    doc = geotext.parse("Connu sous le nom de Abou Khaled, il dirige la katiba.")
    assert all(e.type is not EntityType.ORG for e in doc.entities)


def test_a_long_title_before_a_name_is_its_role() -> None:
    # Thirteen words of title between *ministre* and the name: the role reaches back to it, so
    # the shorter title later names the same person.
    doc = geotext.parse(
        "Le ministre de la Coopération régionale et de l'Intégration africaine chargé des "
        "diasporas, Idriss Kamaté, est arrivé mardi. Le ministre de la Coopération régionale a "
        "dénoncé des « manœuvres hostiles »."
    )
    person = next(e for e in doc.entities if e.name == "Idriss Kamaté")
    assert person.roles == (
        "ministre de la Coopération régionale et de l'Intégration africaine chargé des diasporas",
    )
    assert [q.speaker.name for q in doc.quotes if q.speaker] == ["Idriss Kamaté"]


def test_a_rank_before_a_name_and_a_title_after_it_are_both_roles() -> None:
    doc = geotext.parse("Le colonel Idriss Kamaté, porte-parole de la junte, a parlé mardi.")
    person = next(e for e in doc.entities if e.name == "Idriss Kamaté")
    assert person.roles == ("colonel", "porte-parole de la junte")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A La Teste-de-Buch, les pompiers ont fini leur travail.", "La Teste-de-Buch"),
        ("A Le Havre, les dockers ont voté la grève.", "Le Havre"),
    ],
)
def test_a_preposition_in_capitals_is_no_town(text: str, place: str) -> None:
    # The other names of far towns made of French words only (*A La*, *A Le*) are left out.
    doc = geotext.parse(text)
    assert [(e.name, [m.text for m in e.mentions]) for e in doc.entities] == [(place, [place])]


def test_an_acronym_that_spells_a_longer_name_than_a_known_one() -> None:
    # *FLNKS* spells more than the known *Front de libération nationale* (FLN): the longer
    # name is the organisation, and the acronym its alias.
    doc = geotext.parse(
        "Le Front de libération nationale kanak et socialiste (FLNKS) a voté. Le FLNKS a gagné."
    )
    assert [(e.name, [m.text for m in e.mentions]) for e in doc.entities] == [
        (
            "Front de libération nationale kanak et socialiste",
            ["Front de libération nationale kanak et socialiste", "FLNKS", "FLNKS"],
        )
    ]
    # The known name keeps its own acronym, and a capitalised name after it is no part of it.
    known = geotext.parse("Le Front de libération nationale (FLN) a gouverné.").entities
    assert [e.name for e in known] == ["Front de libération nationale"]
    listed = geotext.parse("Elle ira au Soudan et en République sud-soudanaise (RSS).")
    assert "Soudan" in [e.name for e in listed.entities]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Le Mouvement kanak uni et indépendant (MKUI) a voté.",
            "Mouvement kanak uni et indépendant",
            "MKUI",
        ),
        (
            "Le Rassemblement paysan autonome et solidaire (RPAS) a manifesté.",
            "Rassemblement paysan autonome et solidaire",
            "RPAS",
        ),
    ],
)
def test_lower_case_words_up_to_an_acronym_that_spells_them(
    text: str, name: str, alias: str
) -> None:
    entities = geotext.parse(text).entities
    assert [(e.name, [m.text for m in e.mentions]) for e in entities] == [(name, [name, alias])]


def test_a_title_in_apposition_is_given_without_its_article() -> None:
    doc = geotext.parse("Mme Irma Veld, la ministre estonienne des Finances, a parlé.")
    assert doc.entities[0].roles == ("ministre estonienne des Finances",)
