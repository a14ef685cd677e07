"""Events: PLOVER types, actors, targets, places, times, modality and sources.

Every sentence is written for these tests. Documents are dated Friday 14 March 2025.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import geotext
from geotext.model import Argument, Document, Event, EventType, Modality, Quote

REF = datetime.date(2025, 3, 14)

NBSP = "\u00a0"


def parse(text: str) -> Document:
    doc = geotext.parse(text, reference_date=REF)
    assert_offsets(doc)
    return doc


def events(text: str) -> tuple[Event, ...]:
    return parse(text).events


def only(text: str) -> Event:
    found = events(text)
    assert len(found) == 1, found
    return found[0]


def name(argument: Argument | None) -> str | None:
    return argument.name if argument is not None else None


def assert_offsets(doc: Document) -> None:
    """Every span of every event and of its arguments is its text in the raw input."""
    for event in doc.events:
        assert doc.text[event.span.start : event.span.end] == event.text
        for argument in (event.actor, event.target, event.location, event.source):
            if argument is not None:
                assert doc.text[argument.span.start : argument.span.end] == argument.text
        if event.sentence is not None:
            sentence = doc.sentences[event.sentence]
            assert sentence.span.start <= event.span.start < sentence.span.end


# -- modality --------------------------------------------------------------------------------


def test_a_plain_past_act_is_asserted() -> None:
    event = only("L'armée russe a frappé Kharkiv mardi.")
    assert event.type is EventType.ASSAULT
    assert event.modality is Modality.ASSERTED
    assert event.text == "frappé"
    assert event.source is None and event.quote is None


def test_selon_x_reports_the_event_with_its_source_and_quote() -> None:
    event = only("Selon l'armée ukrainienne, des drones russes ont frappé Odessa dans la nuit.")
    assert event.type is EventType.ASSAULT
    assert event.modality is Modality.REPORTED
    assert name(event.source) == "armée ukrainienne"
    assert isinstance(event.quote, Quote)
    assert event.quote.cue_lemma == "selon"
    assert event.quote.speaker == event.source
    # The claim keeps who did what: the source is not the actor.
    assert name(event.actor) == "Russie"
    assert name(event.target) == "Odessa"


def test_x_affirme_que_reports_the_event_with_its_speaker_and_quote() -> None:
    doc = parse(
        "Le ministère ukrainien de la Défense affirme que l'armée russe a bombardé Zaporijia."
    )
    (event,) = doc.events
    assert event.modality is Modality.REPORTED
    assert name(event.source) == "ministère ukrainien de la Défense"
    assert event.quote is not None and event.quote in doc.quotes
    assert event.quote.cue_lemma == "affirmer"
    assert event.quote.speaker == event.source
    assert (name(event.actor), name(event.target)) == ("armée russe", "Zaporijia")


def test_an_act_told_inside_a_direct_quote_is_reported() -> None:
    event = only(
        "« Nos unités ont frappé un dépôt de munitions à Belgorod », a déclaré "
        "le porte-parole de l'armée ukrainienne."
    )
    assert event.modality is Modality.REPORTED
    assert event.quote is not None and event.quote.kind.value == "direct"
    assert name(event.source) == "porte-parole de l'armée ukrainienne"
    assert name(event.location) == "Belgorod"


@pytest.mark.parametrize(
    "text",
    [
        "L'armée russe aurait frappé un dépôt de carburant mardi.",
        "L'armée russe a probablement frappé un dépôt de carburant mardi.",
        "La Russie pourrait attaquer Kharkiv dans les prochains jours.",
    ],
    ids=["aurait", "probablement", "pourrait"],
)
def test_uncertainty_is_hypothetical(text: str) -> None:
    event = only(text)
    assert event.type is EventType.ASSAULT
    assert event.modality is Modality.HYPOTHETICAL


def test_peut_etre_and_vraisemblablement_are_hedges() -> None:
    assert only("L'armée russe a peut-être frappé un dépôt.").modality is Modality.HYPOTHETICAL
    assert only("L'armée russe a vraisemblablement frappé Soumy.").modality is (
        Modality.HYPOTHETICAL
    )


def test_a_conditional_after_selon_stays_hypothetical_and_keeps_its_source() -> None:
    event = only("Selon des sources militaires, l'armée russe aurait frappé Soumy.")
    assert event.modality is Modality.HYPOTHETICAL
    assert event.quote is not None and event.source == event.quote.speaker
    assert "sources militaires" in (name(event.source) or "")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("L'armée russe n'a pas frappé Kiev cette semaine.", EventType.ASSAULT),
        ("Aucune frappe n'a touché Lviv depuis lundi.", EventType.ASSAULT),
        ("La Chine n'a signé aucun accord avec l'Inde.", EventType.AGREE),
        ("Le Japon ne va pas sanctionner la Russie.", EventType.SANCTION),
    ],
    ids=["n'a pas", "aucune", "n'a aucun", "ne va pas"],
)
def test_negation_is_negated(text: str, kind: EventType) -> None:
    event = only(text)
    assert event.type is kind
    assert event.modality is Modality.NEGATED


def test_negation_wins_over_the_future() -> None:
    # *ne va pas sanctionner*: a future act, negated; negation wins.
    assert only("Le Japon ne va pas sanctionner la Russie.").modality is Modality.NEGATED


def test_negation_wins_over_attribution() -> None:
    event = only("Selon le Kremlin, l'armée ukrainienne n'a pas attaqué Belgorod.")
    assert event.modality is Modality.NEGATED
    assert name(event.actor) == "armée ukrainienne"


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Emmanuel Macron va rencontrer Volodymyr Zelensky à Paris.", "CONSULT", "rencontrer"),
        ("Le ministre chinois se rendra à Moscou la semaine prochaine.", "CONSULT", "rendra"),
        ("L'Allemagne prévoit de déployer une brigade en Lituanie.", "MOBILIZE", "déployer"),
        ("Les Etats-Unis livreront des missiles à l'Ukraine.", "AID", "livreront"),
        ("Le Premier ministre indien doit se rendre à Washington le 20 mars.", "CONSULT", "rendre"),
    ],
    ids=["va", "se rendra", "prévoit de", "simple future", "doit"],
)
def test_announced_acts_are_future(text: str, kind: str, trigger: str) -> None:
    event = only(text)
    assert event.type is EventType(kind)
    assert event.text == trigger
    assert event.modality is Modality.FUTURE


def test_a_noun_with_prochaine_is_future() -> None:
    event = only("La prochaine réunion de l'OTAN aura lieu à Bruxelles.")
    assert event.type is EventType.CONSULT
    assert event.modality is Modality.FUTURE
    assert (name(event.actor), name(event.location)) == ("OTAN", "Bruxelles")


def test_a_conditional_that_reports_a_plan_is_future_and_keeps_its_source() -> None:
    event = only("Le gouvernement sud-coréen a annoncé qu'il sanctionnerait la Corée du Nord.")
    assert event.type is EventType.SANCTION
    assert event.modality is Modality.FUTURE
    assert name(event.source) == "gouvernement sud-coréen"
    assert event.quote is not None and event.quote.cue_lemma == "annoncer"
    assert name(event.target) == "Corée du Nord"


def test_sans_negates_a_noun() -> None:
    # The dispersal itself is force (an ASSAULT, asserted); the arrests did not happen.
    found = events("Les manifestants ont été dispersés sans arrestation.")
    assert [(e.type, e.modality) for e in found] == [
        (EventType.ASSAULT, Modality.ASSERTED),
        (EventType.COERCE, Modality.NEGATED),
    ]


# -- arguments -------------------------------------------------------------------------------


def test_the_subject_acts_and_the_object_is_the_target() -> None:
    event = only("Le Kremlin a menacé la Finlande de mesures de rétorsion.")
    assert event.type is EventType.THREATEN
    assert name(event.actor) == "Kremlin"
    assert name(event.target) == "Finlande"
    assert event.target is not None and event.target.entity_id == "iso:FI"


def test_the_agent_of_a_passive_acts_and_its_subject_is_the_target() -> None:
    event = only("Kharkiv a été bombardée par l'armée russe dans la nuit de mardi.")
    assert event.type is EventType.ASSAULT
    assert name(event.actor) == "armée russe"
    assert name(event.target) == "Kharkiv"
    assert event.time == "2025-03-11TNI"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Les frappes russes ont visé des infrastructures énergétiques mardi.", "Russie"),
        ("Les forces russes ont pilonné Kherson.", "Russie"),
        ("Le raid israélien contre Beyrouth a duré une heure.", "Israël"),
        ("Les troupes françaises se sont retirées du Niger.", "France"),
    ],
)
def test_a_demonym_stands_for_its_state(text: str, actor: str) -> None:
    event = only(text)
    assert event.actor is not None
    assert event.actor.name == actor
    assert event.actor.entity_id is None  # the state is not named as an entity of the text


def test_a_nominal_attack_against_a_place() -> None:
    event = only("L'attaque russe contre Kharkiv a fait trois morts mardi.")
    assert event.type is EventType.ASSAULT
    assert (name(event.actor), name(event.target)) == ("Russie", "Kharkiv")
    assert event.time == "2025-03-11"
    assert [c.text for c in event.casualties] == ["trois morts"]


def test_a_nominal_offensive_against_a_place() -> None:
    event = only("L'offensive russe contre Pokrovsk se poursuit.")
    assert (name(event.actor), name(event.target)) == ("Russie", "Pokrovsk")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "L'entretien entre Emmanuel Macron et Olaf Scholz a eu lieu jeudi à Berlin.",
            "Emmanuel Macron",
            "Olaf Scholz",
        ),
        (
            "Le sommet entre Joe Biden et Xi Jinping s'est tenu en Californie.",
            "Joe Biden",
            "Xi Jinping",
        ),
        (
            "Les négociations entre Washington et Téhéran ont repris à Mascate.",
            "Washington",
            "Téhéran",
        ),
    ],
)
def test_a_meeting_between_x_and_y(text: str, actor: str, target: str) -> None:
    event = only(text)
    assert event.type is EventType.CONSULT
    assert (name(event.actor), name(event.target)) == (actor, target)


def test_the_first_of_two_subjects_acts_and_the_partner_is_the_target() -> None:
    event = only("Le chancelier allemand s'est entretenu avec Emmanuel Macron à Berlin.")
    assert event.type is EventType.CONSULT
    assert name(event.target) == "Emmanuel Macron"
    assert name(event.location) == "Berlin"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Des milliers d'agriculteurs ont manifesté à Bruxelles jeudi.", "Bruxelles"),
        ("L'armée israélienne a frappé un camp dans la bande de Gaza jeudi.", "bande de Gaza"),
        ("La police géorgienne a arrêté un opposant à Tbilissi.", "Tbilissi"),
        ("D'après l'ONU, des hommes armés ont attaqué un camp de déplacés au Darfour.", "Darfour"),
    ],
    ids=["à", "dans", "à, after the object", "au"],
)
def test_the_location_is_the_place_after_a_preposition(text: str, place: str) -> None:
    event = only(text)
    assert name(event.location) == place


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("L'armée russe a frappé Kharkiv mardi.", "2025-03-11"),
        ("Des drones russes ont attaqué Odessa le 12 mars.", "2025-03-12"),
        ("Le ministre chinois se rendra à Moscou la semaine prochaine.", "2025-W12"),
        ("L'armée russe aurait frappé un dépôt de carburant.", None),
    ],
)
def test_the_time_is_the_date_of_the_sentence(text: str, value: str | None) -> None:
    assert only(text).time == value


def test_the_time_is_the_value_the_time_layer_gives() -> None:
    doc = parse("Selon l'armée ukrainienne, des drones russes ont frappé Odessa dans la nuit.")
    (event,) = doc.events
    assert event.time is not None
    assert event.time in {t.value for t in doc.times}


def test_a_date_of_another_sentence_is_not_the_events() -> None:
    doc = parse("Le sommet s'est ouvert lundi. L'armée russe a frappé Kharkiv.")
    assault = next(e for e in doc.events if e.type is EventType.ASSAULT)
    assert assault.time is None


def test_quantities_and_casualties_of_the_sentence_are_attached() -> None:
    doc = parse(
        "Des drones russes ont attaqué Odessa le 12 mars, faisant deux morts et cinq blessés. "
        "Le Hezbollah a tiré une trentaine de roquettes mercredi."
    )
    odessa, rockets = doc.events
    assert [c.text for c in odessa.casualties] == ["deux morts", "cinq blessés"]
    assert odessa.quantities == ()
    assert [q.text for q in rockets.quantities] == ["une trentaine de roquettes"]
    assert rockets.casualties == ()
    assert (name(rockets.actor), rockets.time) == ("Hezbollah", "2025-03-12")


def test_the_sentence_index_points_at_the_trigger_sentence() -> None:
    doc = parse("La situation reste tendue. Le Kremlin a menacé la Finlande.")
    (event,) = doc.events
    assert event.sentence == 1


# -- types -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("L'armée russe a bombardé Zaporijia.", "ASSAULT", "armée russe"),
        ("Vladimir Poutine a reçu Viktor Orban.", "CONSULT", "Vladimir Poutine"),
        ("Le Maroc et l'Espagne ont signé un accord sur la pêche.", "AGREE", "Maroc"),
        ("La Turquie a livré des drones à l'Ukraine.", "AID", "Turquie"),
        ("Le Canada a sanctionné le ministre iranien de l'Intérieur.", "SANCTION", "Canada"),
        ("Le Kremlin a menacé la Finlande de mesures de rétorsion.", "THREATEN", "Kremlin"),
        ("La Chine a accusé les Philippines de provocations.", "ACCUSE", "Chine"),
        ("La Serbie a refusé la demande de Bruxelles.", "REJECT", "Serbie"),
        ("Les troupes françaises se sont retirées du Niger.", "RETREAT", "France"),
        ("La Pologne a déployé des soldats à la frontière.", "MOBILIZE", "Pologne"),
        ("Des milliers d'agriculteurs ont manifesté à Bruxelles.", "PROTEST", None),
        ("La police géorgienne a arrêté un opposant à Tbilissi.", "COERCE", "police géorgienne"),
        ("Le secrétaire général de l'ONU a demandé un cessez-le-feu.", "REQUEST", None),
        ("L'Allemagne soutient la candidature de la Moldavie.", "SUPPORT", "Allemagne"),
        ("Le Japon et l'Australie vont coopérer en cybersécurité.", "COOPERATE", "Japon"),
        ("L'Arménie a cédé quatre villages à l'Azerbaïdjan.", "CONCEDE", "Arménie"),
    ],
)
def test_each_plover_type(text: str, kind: str, actor: str | None) -> None:
    event = only(text)
    assert event.type is EventType(kind)
    if actor is not None:
        assert name(event.actor) == actor
    else:
        assert event.actor is not None


def test_freeing_places_is_an_assault() -> None:
    assert only("L'armée ukrainienne a libéré les localités de Kroutyï et Nova.").type is (
        EventType.ASSAULT
    )


def test_the_content_of_a_request_is_no_event_of_its_own() -> None:
    event = only("Le secrétaire général de l'ONU a appelé à cesser les frappes sur Gaza.")
    assert event.type is EventType.REQUEST


def test_several_events_of_one_text_in_order() -> None:
    doc = parse(
        "L'armée russe a frappé Kharkiv mardi. "
        "Volodymyr Zelensky s'est entretenu jeudi avec Emmanuel Macron. "
        "Le Canada a sanctionné douze oligarques."
    )
    assert [e.type.value for e in doc.events] == ["ASSAULT", "CONSULT", "SANCTION"]
    assert [e.sentence for e in doc.events] == [0, 1, 2]


# -- what is not an event --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le chanteur a eu une attaque de panique avant le concert.",
        "Le secteur du textile a été durement frappé par la crise.",
        "Bombarder des civils est un crime de guerre.",
        "Un missile de croisière coûte plusieurs millions d'euros.",
        "En 1944, les Alliés ont bombardé la ville de Caen.",
        "En 1812, Napoléon a envahi la Russie.",
        "La guerre fait toujours rage au Darfour.",
        "La guerre fait toujours rage au Soudan.",
        "Les tensions demeurent fortes entre Séoul et Tokyo.",
        "Le conflit est entré dans sa quatrième année.",
    ],
    ids=[
        "attaque de panique",
        "frappé par la crise",
        "generic",
        "generic without trigger",
        "historical 1944",
        "historical 1812",
        "la guerre fait rage",
        "la guerre fait toujours rage",
        "background tensions",
        "background conflict",
    ],
)
def test_no_event(text: str) -> None:
    assert events(text) == ()


def test_a_recent_background_act_is_an_event() -> None:
    event = only("En mars 2022, les troupes russes ont assiégé puis bombardé Marioupol.")
    assert event.type is EventType.ASSAULT
    assert (name(event.actor), name(event.target)) == ("Russie", "Marioupol")
    assert event.time == "2022-03"


def test_a_headline_is_not_told_again_by_its_article() -> None:
    doc = parse("# Kharkiv bombardée\n\nL'armée russe a bombardé Kharkiv mardi.")
    assert [(e.text, e.sentence) for e in doc.events] == [("bombardé", 1)]


def test_no_reference_date_leaves_weekdays_unresolved() -> None:
    doc = geotext.parse("L'armée russe a frappé Kharkiv mardi.")
    (event,) = doc.events
    assert event.time != "2025-03-11"


# -- offsets ---------------------------------------------------------------------------------


def test_spans_are_raw_text_with_odd_spaces_and_apostrophes() -> None:
    raw = (
        f"Selon l\u2019armée ukrainienne, des drones russes ont frappé{NBSP}Odessa mardi. "
        f"L\u2019attaque russe contre{NBSP}Kharkiv a fait trois{NBSP}morts."
    )
    doc = parse(raw)
    assert len(doc.events) == 2
    assert_offsets(doc)


PIECES = st.sampled_from(
    [
        "frappé",
        "a frappé",
        "frappes",
        "l'attaque",
        "l’offensive",
        "bombardée par",
        "russes",
        "ukrainienne",
        "israélien",
        "n'a pas",
        "aucune",
        "aurait",
        "va",
        "probablement",
        "selon",
        "affirme que",
        "contre",
        "entre",
        "et",
        "à",
        "dans la",
        ",",
        "«",
        "»",
        "Kharkiv",
        "la Russie",
        "Emmanuel Macron",
        "le Kremlin",
        "mardi",
        "en 1944",
        "trois morts",
        "12 drones",
        NBSP,
    ]
)


@given(st.lists(PIECES, max_size=30).map(lambda pieces: " ".join(pieces) + "."))
def test_any_text_gives_events_whose_spans_are_their_text(text: str) -> None:
    doc = geotext.parse(text, reference_date=REF)
    assert_offsets(doc)
    for event in doc.events:
        assert isinstance(event.type, EventType)
        assert isinstance(event.modality, Modality)
        if event.modality is Modality.REPORTED:
            assert event.quote is not None


@given(st.lists(PIECES, max_size=30).map(lambda pieces: "".join(pieces)))
def test_any_tight_text_gives_events_whose_spans_are_their_text(text: str) -> None:
    assert_offsets(geotext.parse(text, reference_date=REF))


# -- actors the discourse gives ---------------------------------------------------------------


def test_a_pronoun_subject_is_the_actor_last_told() -> None:
    first, second = events(
        "Les Forces de soutien rapide ont bombardé El-Obeid lundi. "
        "Elles ont ensuite attaqué un convoi humanitaire."
    )
    assert name(first.actor) == "Forces de soutien rapide"
    assert name(second.actor) == "Forces de soutien rapide"


def test_a_pronoun_too_far_from_the_last_act_is_not_resolved_to_it() -> None:
    found = events(
        "Le Hezbollah a tiré des roquettes sur Metoula. "
        "La journée a été calme à Beyrouth. Les écoles ont rouvert. Le marché était plein. "
        "Il a ensuite attaqué une caserne."
    )
    assert name(found[0].actor) == "Hezbollah"
    assert name(found[-1].actor) != "Hezbollah"


def test_we_in_a_quote_is_the_speaker() -> None:
    event = only(
        "« Nous avons repoussé puis abattu deux drones », a précisé l'état-major ukrainien."
    )
    assert event.type is EventType.ASSAULT
    assert name(event.actor) == "état-major ukrainien"
    assert event.modality is Modality.REPORTED


def test_the_forces_of_a_state_body_stand_for_its_state() -> None:
    event = only(
        "Le ministère ukrainien de la Défense a déclaré que ses troupes avaient détruit "
        "deux radars."
    )
    assert name(event.actor) == "Ukraine"
    assert event.modality is Modality.REPORTED


def test_the_men_of_an_armed_group_stay_the_group() -> None:
    found = events(
        "Le groupe Wagner a attaqué la ville de Kidal en novembre. "
        "Ses hommes ont ensuite encerclé le camp."
    )
    assert [name(e.actor) for e in found] == ["Wagner", "Wagner"]


def test_a_description_names_again_the_armed_group() -> None:
    found = events(
        "Le Hamas contrôle encore Rafah. Les islamistes ont attaqué une patrouille mercredi."
    )
    assert name(found[-1].actor) == "Hamas"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Des combattants du Hezbollah ont attaqué une position israélienne.", "Hezbollah"),
        ("Les ministres des Finances du G7 se réuniront à Ottawa en mai.", "G7"),
        ("La junte de Niamey a expulsé trois journalistes étrangers.", "Niamey"),
        ("Les marines japonaise et philippine ont mené des exercices conjoints.", "Japon"),
    ],
)
def test_a_phrase_that_names_an_entity_is_that_entity(text: str, actor: str) -> None:
    assert name(events(text)[0].actor) == actor


def test_a_title_in_the_singular_stays_a_person() -> None:
    event = only("Le secrétaire général de l'OTAN a exhorté les alliés à livrer des munitions.")
    assert name(event.actor) == "secrétaire général de l'OTAN"


def test_a_passive_with_no_agent_takes_the_last_actor_of_its_type() -> None:
    first, second = events(
        "L'armée russe a bombardé Kherson dans la nuit. Un hôpital de la ville a été détruit."
    )
    assert name(second.actor) == name(first.actor)
    assert "hôpital" in (name(second.target) or "")


def test_the_accused_acts_in_an_accusation() -> None:
    accusation, act = events("Kinshasa accuse le Rwanda de soutenir le M23.")
    assert accusation.type is EventType.ACCUSE
    assert act.type is EventType.AID
    assert name(act.actor) == "Rwanda"
    assert act.modality is Modality.REPORTED


def test_an_arrest_the_accuser_denounces_is_the_states_where_it_took_place() -> None:
    accusation, arrest = events(
        "Jean-Noël Barrot a dénoncé la détention d'une chercheuse française en Iran."
    )
    assert name(accusation.actor) == "Jean-Noël Barrot"
    assert arrest.type is EventType.COERCE
    assert name(arrest.actor) == "Iran"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Plusieurs milliers de Roumains ont manifesté à Bucarest.", "manifestants"),
        ("La grève des cheminots paralyse le pays depuis lundi.", "cheminots"),
        ("Les syndicats grecs ont lancé une grève générale mardi.", "syndicats"),
        ("Des manifestants ont attaqué le consulat de France à Bamako.", "manifestants"),
    ],
)
def test_protesters_are_named_by_what_they_are(text: str, actor: str) -> None:
    event = events(text)[0]
    assert event.type is EventType.PROTEST
    assert name(event.actor) == actor


def test_the_first_of_a_list_of_subjects_acts() -> None:
    event = only("La Hongrie, la Slovaquie et Malte ont voté contre le texte.")
    assert event.type is EventType.REJECT
    assert name(event.actor) == "Hongrie"


def test_a_subject_after_a_quote_is_read_after_the_verb() -> None:
    event = only(
        "« Vous le paierez cher », a menacé le porte-parole des Houthis, Mohammed Abdelsalam."
    )
    assert event.type is EventType.THREATEN
    assert name(event.actor) == "Mohammed Abdelsalam"


# -- types that depend on what follows --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le gouvernement a jugé « inacceptable » la proposition de Bruxelles.", "REJECT"),
        ("Le ministre a qualifié ce plan d'« irréaliste ».", "REJECT"),
        ("Pékin qualifie le président taïwanais de « séparatiste ».", "ACCUSE"),
        ("Séoul a qualifié ce tir de « provocation grave ».", "ACCUSE"),
    ],
)
def test_a_verb_of_judgement_rejects_or_accuses(text: str, kind: str) -> None:
    assert [e.type.value for e in events(text)] == [kind]


def test_a_judgement_without_a_word_of_judgement_is_no_event() -> None:
    assert events("Le ministre a jugé utile de revenir sur ce point.") == ()


def test_what_a_judgement_judges_is_its_content() -> None:
    (event,) = events("Le Kremlin a jugé inacceptable tout déploiement de troupes en Moldavie.")
    assert event.type is EventType.REJECT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("La Lituanie a expulsé deux diplomates russes.", "SANCTION"),
        ("La Tunisie a expulsé vers la Libye des centaines de migrants.", "COERCE"),
    ],
)
def test_expelling_diplomats_is_a_sanction_and_people_a_coercion(text: str, kind: str) -> None:
    assert events(text)[0].type.value == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("L'Iran soutient les Houthis depuis des années.", "AID"),
        ("La Turquie a apporté un soutien militaire à l'Azerbaïdjan.", "AID"),
        ("La France soutient la résolution sur la Syrie.", "SUPPORT"),
    ],
)
def test_backing_an_armed_side_is_aid(text: str, kind: str) -> None:
    assert events(text)[0].type.value == kind


@pytest.mark.parametrize(
    "text",
    [
        "Le chef de l'ONU a appelé Kiev et Moscou à la retenue.",
        "Les Etats-Unis appellent Pékin à cesser ses manœuvres.",
    ],
)
def test_calling_someone_to_something_is_a_request(text: str) -> None:
    event = events(text)[0]
    assert event.type is EventType.REQUEST


def test_a_name_given_is_no_request() -> None:
    assert events("Un nouveau parti, appelé Avenir, est né en Bulgarie.") == ()


def test_promising_is_agreeing() -> None:
    event = only("Les Pays-Bas ont promis de former des pilotes ukrainiens.")
    assert event.type is EventType.AGREE
    assert name(event.actor) == "Pays-Bas"


def test_a_participle_after_a_noun_is_a_state_not_an_act() -> None:
    assert events("Les soldats français déployés au Tchad sont rentrés en France.") == ()


def test_the_people_held_are_not_an_arrest() -> None:
    assert [e.type for e in events("Israël a libéré 90 détenus palestiniens dimanche.")] == [
        EventType.RETREAT
    ]


def test_two_events_of_a_type_with_different_modalities_in_one_sentence() -> None:
    found = events("L'armée a frappé Idleb, mais n'a pas frappé Alep.")
    assert [e.modality for e in found] == [Modality.ASSERTED, Modality.NEGATED]


def test_a_source_at_the_end_vouches_for_its_last_clause_only() -> None:
    offensive, capture = events(
        "Israël a lancé des frappes près de Tyr, où deux dépôts d'armes auraient été détruits, "
        "selon des médias libanais."
    )
    assert offensive.modality is Modality.ASSERTED
    assert capture.modality is Modality.HYPOTHETICAL


def test_a_source_at_the_end_vouches_for_a_single_clause() -> None:
    event = only("Des combats ont éclaté près de l'aéroport de Goma, selon des habitants.")
    assert event.modality is Modality.REPORTED
    assert name(event.source) is not None


# -- off the beaten track: texts of other fields give no event ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Sport: attacks, defences and strikes of a match.
        "Le club de Bayonne a lancé une attaque dès la première minute du match. Son "
        "entraîneur a salué la défense de l'équipe, qui a repoussé trois essais et deux "
        "pénalités avant la mi-temps. Les joueurs visent le titre de champion cette saison.",
        # Markets: an offensive and a war of prices.
        "Le groupe Lumière a lancé une offensive sur son rival : une OPA hostile que les "
        "actionnaires jugent trop basse. L'indice a perdu deux points pendant la séance et "
        "les investisseurs redoutent une guerre des prix sur le bénéfice du trimestre.",
        # Health and science: the virus attacks.
        "Au laboratoire, les chercheurs ont vu le virus attaquer les cellules. Les patients "
        "infectés montrent d'abord peu de symptômes ; l'infection gagne ensuite les "
        "cellules voisines, observées au microscope pendant l'étude.",
        # Cooking.
        "Pour la recette, faites dorer la viande, ajoutez les légumes et laissez la sauce "
        "réduire au four. La cuisson lente attaque les fibres du plat.",
    ],
)
def test_texts_of_other_fields_give_no_event(text: str) -> None:
    assert geotext.parse(text).events == ()


def test_news_with_a_word_of_sport_keeps_its_events() -> None:
    text = (
        "L'armée malienne a frappé un camp des rebelles près de Kidal, a annoncé le "
        "gouvernement. Le ministre de la Défense a salué une victoire ; le match diplomatique "
        "avec l'Algérie continue."
    )
    assert any(e.type.value == "ASSAULT" for e in geotext.parse(text).events)


def test_a_history_of_battles_keeps_its_events() -> None:
    text = (
        "En 1515, le roi a franchi les Alpes à la tête de ses troupes. Son armée a attaqué "
        "les soldats suisses près de Milan, et la bataille a duré deux jours."
    )
    assert any(e.type.value == "ASSAULT" for e in geotext.parse(text).events)


def test_a_party_quarrel_told_as_a_clash_is_no_event() -> None:
    text = (
        "Au congrès de Lille, les affrontements entre les courants ont dominé les débats, "
        "et les deux anciennes ministres se sont livré une guerre sans merci."
    )
    assert events(text) == ()


def test_a_clash_between_armed_sides_stays_an_event() -> None:
    found = events("Les affrontements entre les rebelles et l'armée ont fait dix morts.")
    assert [(e.type, e.text) for e in found] == [(EventType.ASSAULT, "affrontements")]


def test_a_reflexive_use_of_a_delivery_verb_delivers_nothing() -> None:
    assert events("Le suspect s'est livré à la police mardi soir.") == ()
    delivered = events("Le gouvernement a livré des blindés à l'armée ukrainienne.")
    assert [e.type for e in delivered] == [EventType.AID]


def test_a_protest_told_by_its_noun_alone_names_nobody() -> None:
    event = only("De grandes manifestations ont eu lieu dimanche dans tout le pays.")
    assert event.type is EventType.PROTEST
    assert event.actor is None


def test_a_town_after_an_attack_noun_is_struck_not_acting() -> None:
    event = only("Les secours sont arrivés après l'attaque de Mopti samedi.")
    assert event.type is EventType.ASSAULT
    assert name(event.actor) != "Mopti"
    assert name(event.target) == "Mopti"


def test_a_capital_after_an_act_noun_names_its_government() -> None:
    event = only("Les menaces de Pékin inquiètent les voisins de Taïwan.")
    assert event.type is EventType.THREATEN
    assert name(event.actor) == "Pékin"


@pytest.mark.parametrize(
    "text",
    [
        "Selon Reuters, une frappe a touché le dépôt de carburant mardi.",
        "Selon l'ONU, des tirs ont visé le camp de déplacés mardi.",
    ],
)
def test_who_tells_an_act_is_not_who_did_it(text: str) -> None:
    event = only(text)
    assert event.type is EventType.ASSAULT
    assert name(event.actor) not in ("Reuters", "ONU", "Organisation des Nations unies")


def test_a_noun_that_names_again_an_act_just_told_is_one_event() -> None:
    found = events(
        "L'armée a bombardé le village de Kidal mardi. Le Mali dit que ces bombardements "
        "visaient des terroristes, selon un communiqué."
    )
    assert [e.type for e in found] == [EventType.ASSAULT]


def test_a_plan_after_an_act_is_an_event_of_its_own() -> None:
    found = events(
        "L'armée a pilonné Kherson mardi. Le Kremlin compte multiplier les bombardements."
    )
    assert [(e.type, e.modality) for e in found] == [
        (EventType.ASSAULT, Modality.ASSERTED),
        (EventType.ASSAULT, Modality.FUTURE),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Deux hommes cagoulés ont ouvert le feu devant une église de Kaduna.", EventType.ASSAULT),
        ("Le coup d'État a été condamné par les voisins du Niger.", EventType.COERCE),
        ("La junte a destitué le Premier ministre mardi.", EventType.COERCE),
        (
            "Bamako rompt ses relations diplomatiques avec Kiev dès lundi.",
            EventType.SANCTION,
        ),
        ("Alger a rappelé son ambassadeur à Paris.", EventType.SANCTION),
        ("Les rebelles ont prêté allégeance à l'État islamique.", EventType.SUPPORT),
        ("La cour a invalidé les résultats du scrutin.", EventType.REJECT),
        ("Le ministre a plaidé pour des frappes plus intenses.", EventType.REQUEST),
        ("Les miliciens devront déposer les armes avant juin.", EventType.RETREAT),
        ("Le parquet a fait inculper trois officiers russes.", EventType.ACCUSE),
    ],
)
def test_acts_of_real_news_have_their_triggers(text: str, kind: EventType) -> None:
    assert kind in [e.type for e in events(text)]


def test_a_coup_that_brought_a_leader_to_power_is_background() -> None:
    found = events("Le colonel, parvenu au pouvoir par un coup d'État en 2021, a parlé mardi.")
    assert EventType.COERCE not in [e.type for e in found]


def test_an_agent_stops_before_what_it_says() -> None:
    event = only("Le banquier était accusé par les autorités serbes d'avoir payé des émeutiers.")
    assert event.type is EventType.ACCUSE
    assert name(event.actor) == "autorités serbes"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Les miliciens devront déposer les armes avant juin.", Modality.FUTURE),
        ("La journaliste sera relâchée dans les prochains jours.", Modality.FUTURE),
        ("Nous rouvrirons les pourparlers dès lundi, a dit le chef rebelle.", Modality.FUTURE),
        ("Les troupes ont reçu l'ordre de lancer l'assaut sur le port.", Modality.FUTURE),
        ("Les suspects de l'embuscade n'ont toujours pas été interpellés.", Modality.NEGATED),
        ("La trêve n'a pas empêché les bombardements du week-end.", Modality.ASSERTED),
    ],
)
def test_modality_of_the_verb_group_around_a_trigger(text: str, modality: Modality) -> None:
    kinds = {
        "déposer": EventType.RETREAT,
        "relâchée": EventType.RETREAT,
        "pourparlers": EventType.CONSULT,
        "assaut": EventType.ASSAULT,
        "interpellés": EventType.COERCE,
        "bombardements": EventType.ASSAULT,
    }
    kind = next(v for k, v in kinds.items() if k in text)
    (event,) = [e for e in events(text) if e.type is kind]
    assert event.modality is modality


def test_an_agency_that_reports_owns_no_forces() -> None:
    found = events(
        "Le Haut-Commissariat des Nations unies pour les réfugiés s'inquiète pour les "
        "Rohingya. Ses équipes ont vu des gardes-frontières bangladais refouler des bateaux, "
        "a indiqué l'agence onusienne."
    )
    assert all(
        name(e.actor) != "Haut-Commissariat des Nations unies pour les réfugiés" for e in found
    )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Les ministres ont lancé un appel au cessez-le-feu mardi.", EventType.AGREE),
        ("Le pays négocie des pourparlers pour libérer dix otages.", EventType.RETREAT),
        ("Des milliers d'habitants ont dû quitter leur foyer cette semaine.", EventType.RETREAT),
        ("La présidente a promis un nouveau départ à la région.", EventType.RETREAT),
        ("La ministre s'est rendue sur place dès jeudi.", EventType.CONSULT),
    ],
)
def test_words_of_an_act_that_tell_no_act(text: str, absent: EventType) -> None:
    assert absent not in [e.type for e in events(text)]


def test_leaving_power_is_a_concession() -> None:
    event = only("Sous la pression de ses voisins, le président quitte le pouvoir.")
    assert event.type is EventType.CONCEDE


def test_an_aim_after_words_is_still_an_act_of_words() -> None:
    found = events("Les chefs d'État se sont réunis à Addis-Abeba pour condamner les putschs.")
    assert EventType.ACCUSE in [e.type for e in found]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("L'agression de la Géorgie par son voisin a choqué l'Europe.", EventType.ASSAULT),
        ("L'armée a tiré plusieurs salves d'obus sur l'île.", EventType.ASSAULT),
        ("L'enlèvement de deux humanitaires a été revendiqué.", EventType.ASSAULT),
        ("Helsinki soupçonne l'équipage du navire russe d'avoir coupé le câble.", EventType.ACCUSE),
        ("Washington a mis fin aux bombardements contre les milices.", EventType.CONCEDE),
        ("La junte lèverait le couvre-feu dès samedi.", EventType.CONCEDE),
    ],
)
def test_more_acts_of_real_news_have_their_triggers(text: str, kind: EventType) -> None:
    assert kind in [e.type for e in events(text)]


def test_a_counted_group_acts_as_the_group() -> None:
    event = only("Huit hommes armés ont fait irruption dans le marché et ont ouvert le feu.")
    assert event.type is EventType.ASSAULT
    assert name(event.actor) == "hommes armés"


def test_an_infinitive_clause_that_opens_the_sentence_has_the_main_subject() -> None:
    found = events("Après avoir bombardé le port, l'armée russe a visé la gare de Kherson.")
    assert name(found[0].actor) == "armée russe"
    found = events(
        "Après avoir rappelé son ambassadeur à Niamey, le 3 mai, le Bénin a fermé sa frontière."
    )
    sanction = next(e for e in found if e.type is EventType.SANCTION)
    assert name(sanction.actor) == "Bénin"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Le cargo est soupçonné d'avoir coupé le câble sous-marin.", "cargo"),
        (
            "Une partie des ministres sera relâchée dans les prochains jours.",
            "Une partie des ministres",
        ),
    ],
)
def test_the_subject_of_a_passive_undergoes_the_act(text: str, target: str) -> None:
    event = only(text)
    assert event.actor is None
    assert name(event.target) == target


def test_a_verb_conjugated_with_etre_stays_active() -> None:
    event = only("Moscou et Kiev sont convenus d'échanger 150 prisonniers.")
    assert event.type is EventType.AGREE
    assert name(event.actor) == "Moscou"


def test_a_bare_noun_after_a_protest_says_what_for_not_who() -> None:
    event = only("Des rassemblements de solidarité ont eu lieu à Paris et à Montréal.")
    assert event.type is EventType.PROTEST
    assert event.actor is None


def test_a_nickname_in_quotation_marks_is_no_inverted_quote() -> None:
    found = events(
        "Après la réunion, le chef adjoint des rebelles, Paul Kodjo, surnommé « le Lion », "
        "a remercié les médiateurs."
    )
    support = next(e for e in found if e.type is EventType.SUPPORT)
    assert name(support.actor) == "Paul Kodjo"


def test_we_in_the_words_of_an_unnamed_speaker_is_that_speaker() -> None:
    event = only("« Nous avons frappé la vedette », a affirmé le porte-parole des forces navales.")
    assert name(event.actor) == "porte-parole des forces navales"


def test_a_description_of_an_armed_group_looks_back_a_bounded_window() -> None:
    near = events(
        "Le groupe armé Wagner est présent au Mali. Les paramilitaires ont attaqué un village."
    )
    assert name(near[0].actor) == "Wagner"
    filler = " ".join(f"Le marché numéro {k} a rouvert mardi." for k in range(12))
    far = events(
        f"Le groupe armé Wagner est présent au Mali. {filler} "
        "Les paramilitaires ont attaqué un village."
    )
    assert name(far[0].actor) != "Wagner"


def test_a_sentence_of_prison_is_a_coercion_by_the_court() -> None:
    found = events(
        "Deux chefs de milice ont été condamnés à vingt ans de prison par la cour martiale. "
        "Le troisième accusé a écopé de 12 ans de détention."
    )
    assert [(e.type, name(e.actor)) for e in found] == [
        (EventType.COERCE, "cour martiale"),
        (EventType.COERCE, "cour martiale"),
    ]
    assert name(found[1].target) == "troisième accusé"
    condemned = events("Le ministre a condamné l'attentat contre le convoi humanitaire.")
    assert condemned[0].type is EventType.ACCUSE


def test_hostages_held_and_a_release_sought_are_no_acts_yet() -> None:
    found = events("Oman négocie la libération de six marins détenus par les Houthis.")
    assert [e.type for e in found] == [EventType.CONSULT]
    released = events("Le Hamas a annoncé la libération de quatre otages.")
    assert [e.type for e in released] == [EventType.RETREAT]
    held = only("Le journaliste a été détenu pendant trois mois par la junte.")
    assert (held.type, name(held.actor)) == (EventType.COERCE, "junte")


def test_a_town_of_a_dateline_never_acts() -> None:
    found = events(
        "JOHANNESBURG, 22 novembre (LaPresse) – Le président a annoncé lors du sommet que la "
        "déclaration finale était adoptée."
    )
    assert all(name(e.actor) != "Johannesburg" for e in found)


def test_a_promise_told_as_a_manner_is_no_agreement() -> None:
    found = events("Le maire avait été réélu en promettant de réformer la police.")
    assert EventType.AGREE not in [e.type for e in found]
    pledged = events("Le Japon a promis 80 millions d'euros au fonds de reconstruction.")
    assert [e.type for e in pledged] == [EventType.AGREE]


def test_a_definite_noun_names_again_the_act_told_a_few_sentences_before() -> None:
    found = events(
        "Le gouvernement et les rebelles ont signé jeudi un accord de paix à Bogota. "
        "Le texte prévoit un désarmement. Les combattants pourront former un parti. "
        "L'accord couronne trois années de négociations."
    )
    assert [e.type for e in found].count(EventType.AGREE) == 1


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Le militant est soupçonné d'avoir prévu des attentats contre des préfectures.",
            EventType.ASSAULT,
        ),
        ("Les services ont intercepté un plan de déstabilisation du pays.", EventType.ASSAULT),
        ("Le parquet a retenu la complicité d'assassinat terroriste.", EventType.ASSAULT),
    ],
)
def test_plans_and_charges_are_no_acts(text: str, absent: EventType) -> None:
    assert absent not in [e.type for e in events(text)]


def test_a_sentence_of_prison_is_given_by_the_court_told_before() -> None:
    found = events(
        "La Cour pénale internationale a rendu son jugement lundi. Deux chefs de milice ont "
        "écopé de 20 ans de prison. Un troisième a été condamné à 12 ans."
    )
    assert [(e.type, name(e.actor)) for e in found] == [
        (EventType.COERCE, "Cour pénale internationale"),
        (EventType.COERCE, "Cour pénale internationale"),
    ]


def test_a_counted_subject_before_a_source_incise_acts() -> None:
    event = only(
        "Jeudi, au moins quatre assaillants, selon la gendarmerie malienne, ont ouvert le feu "
        "sur un marché."
    )
    assert (event.type, event.modality, name(event.actor)) == (
        EventType.ASSAULT,
        Modality.REPORTED,
        "assaillants",
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Le conflit oppose l'État à une milice armée soutenue par la Russie.", "milice"),
        ("Des bourgades sont tenues par des jihadistes soutenus par un État voisin.", "jihadistes"),
    ],
)
def test_backing_an_armed_group_told_by_a_participle_is_aid(text: str, target: str) -> None:
    aid = [e for e in events(text) if e.type is EventType.AID]
    assert len(aid) == 1
    assert name(aid[0].target).startswith(target)


# -- actors on real news (second pass) -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Les représailles de l'armée contre le village ont duré deux jours.", EventType.ASSAULT),
        ("Les miliciens ont assiégé la préfecture pendant une semaine.", EventType.ASSAULT),
        ("Un tir de roquette a touché l'entrepôt du port.", EventType.ASSAULT),
        ("La répression des rassemblements a fait trois morts.", EventType.COERCE),
        ("La marine a arraisonné un chalutier au large des côtes.", EventType.COERCE),
        ("L'opposition a boycotté la séance du Parlement.", EventType.PROTEST),
        ("Le président a décrété l'état de siège dans la capitale.", EventType.COERCE),
    ],
)
def test_acts_of_real_news_beyond_the_first_lexicon(text: str, kind: EventType) -> None:
    assert kind in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a bombardé le camp, en représailles à l'assaut de la veille.",
        "Les combattants se réclamant du groupe sont entrés dans le bourg.",
        "La colonne a reçu l'ordre de se replier vers le nord.",
        "Cette décision envoie un signal fort aux investisseurs.",
        "Cette charte est destinée à mettre fin aux hostilités dans la vallée.",
    ],
)
def test_a_trigger_word_in_a_set_phrase_or_an_aim_is_no_act(text: str) -> None:
    kinds = [e.type for e in events(text)]
    assert EventType.REQUEST not in kinds
    assert EventType.CONSULT not in kinds
    assert EventType.AID not in kinds
    assert EventType.CONCEDE not in kinds
    assert kinds.count(EventType.ASSAULT) <= 1


def test_a_stop_order_is_no_arrest() -> None:
    assert EventType.COERCE not in [
        e.type for e in events("Les garde-côtes ont ordonné au cargo de s'arrêter.")
    ]


def test_a_light_verb_before_a_counted_act_gives_its_actor() -> None:
    found = events(
        "Des images montrent la ville détruite. L'Azerbaïdjan a lancé plusieurs salves de "
        "roquettes sur la ville. Le Nagorny-Karabakh a aussitôt riposté."
    )
    assert ("Azerbaïdjan", EventType.ASSAULT) in [(name(e.actor), e.type) for e in found]


def test_a_participle_after_a_noun_tells_what_underwent_the_act() -> None:
    event = only("Les secouristes fouillent les décombres de l'immeuble bombardé.")
    assert event.type is EventType.ASSAULT
    assert event.actor is None
    assert name(event.target) == "immeuble"


def test_the_state_of_a_target_never_acts() -> None:
    event = only("L'attaque de mars dernier contre un patrouilleur philippin avait fait un mort.")
    assert name(event.actor) != "Philippines"


def test_a_source_that_cites_a_body_is_not_the_actor() -> None:
    event = only(
        "D'après des radios locales citant le ministère de l'Intérieur, des affrontements ont "
        "fait douze morts samedi."
    )
    assert event.actor is None


def test_a_phrase_stops_before_a_conjugated_verb() -> None:
    request = next(
        e
        for e in events("Le chef de la junte appelle « les villageois à rendre leurs fusils ».")
        if e.type is EventType.REQUEST
    )
    assert name(request.actor) == "chef de la junte"
    event = only("Les radios du pays diffusent en boucle les images de la base attaquée.")
    assert event.actor is None or "diffusent" not in event.actor.text


def test_the_members_of_a_body_act_as_the_body() -> None:
    found = events(
        "Le Conseil de sécurité s'est réuni d'urgence lundi. Les quinze membres ont ensuite "
        "réclamé une trêve de trois jours."
    )
    request = next(e for e in found if e.type is EventType.REQUEST)
    assert name(request.actor) == "Conseil de sécurité de l’ONU"


def test_a_body_inside_a_body_acts() -> None:
    event = only("Les avions de chasse de l'Otan ont abattu deux drones au-dessus de l'Estonie.")
    assert name(event.actor) == "OTAN"


def test_an_apposition_inside_a_relative_clause_is_not_the_subject() -> None:
    event = only("Les talibans, qui tiennent la vallée, Bamiyan, ont attaqué un poste frontière.")
    assert name(event.actor) == "Talibans"


def test_a_demonstrative_noun_names_an_act_already_known() -> None:
    found = events("Tokyo a qualifié ce tir de « provocation ».")
    assert [e.type for e in found] == [EventType.ACCUSE]


def test_one_object_for_two_coordinated_verbs() -> None:
    event = events("Les rebelles ont encerclé puis bombardé Goma.")[0]
    assert name(event.target) == "Goma"


def test_a_country_an_adjective_names_is_the_document_entity() -> None:
    doc = parse("Les États-Unis ont protesté. Des frappes américaines ont touché le port.")
    strike = next(e for e in doc.events if e.type is EventType.ASSAULT)
    assert strike.actor is not None
    assert strike.actor.name == "États-Unis"
    assert strike.actor.entity_id == "iso:US"


def test_forces_sent_in_support_of_a_side_are_aid() -> None:
    event = only("Le Burundi a déployé ses soldats en soutien aux rebelles du Sud-Kivu.")
    assert (event.type, name(event.actor)) == (EventType.AID, "Burundi")
    assert only("Le Tchad a déployé 2 000 soldats dans le nord.").type is EventType.MOBILIZE


def test_forces_loyal_to_someone_are_not_that_someone() -> None:
    event = only(
        "Le bourg, assiégé depuis l'été par les milices fidèles au colonel Bakary Sow, manque "
        "d'eau."
    )
    assert name(event.actor) == "milices fidèles au colonel Bakary Sow"
    assert name(event.target) == "bourg"


def test_who_carried_out_the_act_the_sentence_names_did_the_one_undergone() -> None:
    event = only(
        "Trente villageois ont été enlevés lors de l'assaut mené par des combattants de Boko Haram."
    )
    assert name(event.actor) == "Boko Haram"
    assert name(event.target) == "villageois"


def test_the_victims_of_an_unattributed_shot_do_not_fire_it() -> None:
    event = only("Le caméraman Paul Vidal a succombé, touché par un tir de roquette près de Homs.")
    assert event.actor is None


def test_the_agent_of_the_verb_is_not_the_agent_of_its_subject_noun() -> None:
    doc = parse("La présentation de l'accord a été faite par le porte-parole Luc Armand.")
    assert all(name(e.actor) != "Luc Armand" for e in doc.events)


def test_the_agent_of_another_noun_s_participle_is_not_the_actor() -> None:
    found = events(
        "Les syndicats dénoncent la répression de la grève déclenchée par l'arrestation de "
        "l'avocate Léa Morin."
    )
    assert all(name(e.actor) != "Léa Morin" for e in found)
    convened = events("Un sommet extraordinaire convoqué par la présidente Ursula Berg s'est tenu.")
    assert [(e.type, name(e.actor)) for e in convened] == [(EventType.CONSULT, "Ursula Berg")]


def test_a_plural_pronoun_is_a_group_not_a_person() -> None:
    found = events(
        "Le général Marc Dubois commande la région. Liés au Hamas, ils ont attaqué un poste."
    )
    attack = next(e for e in found if e.type is EventType.ASSAULT)
    assert name(attack.actor) != "Marc Dubois"


def test_a_light_verb_of_the_data_file_gives_the_actor_of_its_object() -> None:
    event = only("Les cartels multiplient les assassinats dans la province.")
    assert (event.type, name(event.actor)) == (EventType.ASSAULT, "cartels")


def test_we_in_the_present_tense_is_the_speaker_s_own_act() -> None:
    found = events("« Nous condamnons cette agression », a déclaré la ministre Anne Morel.")
    accuse = next(e for e in found if e.type is EventType.ACCUSE)
    assert name(accuse.actor) == "Anne Morel"
    # A promise of force: the cue is the threat where it says so, else the future act is.
    warned = events("« Nous frapperons si la trêve est violée », a averti le ministre Paul Girard.")
    assert [(e.text, name(e.actor)) for e in warned if e.type is EventType.THREATEN] == [
        ("averti", "Paul Girard")
    ]
    assert all(e.text != "frapperons" for e in warned)
    said = events("« Nous frapperons si la trêve est violée », a déclaré le ministre Paul Girard.")
    assert [(e.text, name(e.actor)) for e in said if e.type is EventType.THREATEN] == [
        ("frapperons", "Paul Girard")
    ]


def test_a_relative_pronoun_opens_a_clause_with_its_own_subject() -> None:
    found = events(
        "Le Front Polisario a signé. Le pacte accorde un délai pendant lequel les insurgés "
        "devront aussi déposer les armes."
    )
    retreat = next(e for e in found if e.type is EventType.RETREAT)
    assert name(retreat.actor) == "Front Polisario"


def test_an_unnamed_source_owns_no_forces() -> None:
    found = events(
        "L'Azerbaïdjan a engagé une offensive au sud, où ses soldats auraient pris le contrôle "
        "de trois hameaux, selon des témoins."
    )
    taken = next(e for e in found if e.text == "pris le contrôle")
    assert name(taken.actor) == "Azerbaïdjan"


def test_the_person_a_killing_names_is_its_victim() -> None:
    event = only("L'assassinat de Paul Girard a bouleversé le pays.")
    assert event.actor is None
    assert name(event.target) == "Paul Girard"


def test_a_retort_is_an_assault() -> None:
    assert EventType.ASSAULT in [e.type for e in events("La riposte de l'armée a été immédiate.")]


def test_the_first_of_a_pair_acts_even_after_a_title_and_an_apposition() -> None:
    event = only(
        "Le président Iván Duque et le chef des rebelles Marco Peña, plus connu sous le nom "
        "de Jaguar, ont signé jeudi un accord."
    )
    assert (name(event.actor), name(event.target)) == ("Iván Duque", "Marco Peña")


def test_a_title_in_the_agent_gives_way_to_the_name_after_it() -> None:
    event = only(
        "Le convoi a été salué par la médiatrice ukrainienne pour les droits humains, "
        "Olena Kravets, dans un message."
    )
    assert name(event.actor) == "Olena Kravets"


def test_a_body_that_claims_an_act_did_it() -> None:
    event = next(
        e
        for e in events(
            "Le Hezbollah du cheikh Ali Fakih, dit « l'Ancien », a assuré mardi avoir pris le "
            "contrôle de la colline."
        )
        if e.type is EventType.ASSAULT
    )
    assert name(event.actor) == "Hezbollah"


def test_an_agent_phrase_stops_before_a_complement_in_au() -> None:
    found = events("Le soutien fourni par l'armée au M23 a été documenté par des experts.")
    assert [name(e.actor) for e in found] == ["armée", "armée"]


@pytest.mark.parametrize(
    "text",
    [
        "Les Verts ont attaqué en seconde période avant d'égaliser.",
        "L'inflation a frappé les ménages tout l'hiver.",
        "Les banques ont mobilisé leurs conseillers pour la nouvelle offre.",
        "Le film a été la cible d'une critique féroce au festival.",
    ],
)
def test_a_sentence_of_another_field_with_nothing_of_politics_tells_no_event(text: str) -> None:
    assert events(text) == ()


def test_violence_at_a_match_is_still_an_event() -> None:
    found = events("Deux tireurs ont ouvert le feu sur les spectateurs d'un match de football.")
    assert [e.type for e in found] == [EventType.ASSAULT]


@pytest.mark.parametrize(
    "text",
    [
        "Un blocus constitue un acte de guerre au regard du droit international.",
        "Un embargo ne porte souvent ses fruits qu'après plusieurs années.",
        "Une trêve suppose en général des observateurs sur le terrain.",
    ],
)
def test_a_statement_of_what_an_act_is_tells_no_event(text: str) -> None:
    assert events(text) == ()


def test_an_act_with_its_actor_is_told_even_beside_a_generic_word() -> None:
    found = events("La Russie a souvent bombardé Kharkiv ces derniers mois.")
    assert [(e.type, name(e.actor)) for e in found] == [(EventType.ASSAULT, "Russie")]


def test_a_bare_body_noun_is_the_body_named_in_full_before() -> None:
    found = events("L'armée birmane a bombardé un village. Le lendemain, l'armée a frappé un pont.")
    assert [name(e.actor) for e in found] == ["armée birmane", "armée birmane"]


def test_a_noun_inside_what_was_struck_is_no_act_of_its_own() -> None:
    found = events("L'aviation a lancé une frappe contre un rassemblement de déplacés.")
    assert EventType.PROTEST not in [e.type for e in found]


def test_an_unnamed_side_of_two_kinds_stays_whole() -> None:
    event = only(
        "Depuis des mois, des milices locales et des bandes rivales mènent des raids contre la "
        "garnison."
    )
    assert name(event.actor) == "des milices locales et des bandes rivales"


def test_a_pronoun_subject_stands_for_the_body_named_before() -> None:
    found = events("Le FBI a bouclé son enquête. Il a fait inculper trois hommes pour espionnage.")
    charge = next(e for e in found if e.type is EventType.ACCUSE)
    assert name(charge.actor) == "FBI"


def test_a_plural_pronoun_is_no_company() -> None:
    found = events(
        "La compagnie Total exploite le gisement offshore. Ils ont attaqué la ville portuaire."
    )
    assert all(name(e.actor) != "Total" for e in found)


def test_the_person_a_passive_pronoun_names_undergoes_and_acts_not() -> None:
    found = events(
        "Interpol a diffusé une notice rouge contre l'ex-ministre. Si elle est arrêtée en "
        "Europe, elle sera extradée."
    )
    arrest = next(e for e in found if e.type is EventType.COERCE and e.text == "arrêtée")
    assert name(arrest.actor) != "Interpol"


def test_a_call_with_a_long_quoted_object_is_a_request() -> None:
    found = events(
        "La Première ministre moldave Irina Lupu a pris la parole. La Première ministre appelle "
        "« les familles des deux rives et des villages voisins à rester chez elles »."
    )
    request = next(e for e in found if e.type is EventType.REQUEST)
    assert name(request.actor) == "Irina Lupu"


def test_a_demonym_after_the_verb_of_a_noun_act_names_what_it_fell_on() -> None:
    event = only("Une frappe a blessé trois infirmiers soudanais près d'El-Obeid.")
    assert event.actor is None


def test_a_pronoun_of_a_relative_clause_is_the_main_subject_past_a_fronted_phrase() -> None:
    event = only(
        "Liée au Kremlin depuis 2015, la Biélorussie achète du gaz à Moscou, qu'elle refuse "
        "toujours de condamner."
    )
    assert (event.type, name(event.actor)) == (EventType.REJECT, "Biélorussie")


def test_the_phrase_before_qui_acts_in_its_relative_clause() -> None:
    found = events("Le ministre a salué les pays qui ont coopéré avec la Lituanie.")
    cooperation = next(e for e in found if e.type is EventType.COOPERATE)
    assert name(cooperation.actor) == "pays"


def test_the_phrase_before_qui_keeps_its_complement_and_drops_toutes_les() -> None:
    found = events(
        "Kiev a remercié toutes les brigades de volontaires qui ont coopéré avec la police."
    )
    cooperation = next(e for e in found if e.type is EventType.COOPERATE)
    assert name(cooperation.actor) == "brigades de volontaires"


def test_a_claim_in_the_passive_names_who_carried_out_the_attack() -> None:
    event = only("L'attentat a été revendiqué par l'État islamique.")
    assert (event.type, name(event.actor)) == (EventType.ASSAULT, "État islamique")


def test_a_claim_gives_its_actor_to_the_attack_told_just_before() -> None:
    found = events(
        "Des hommes armés ont attaqué une mairie près de Kaya. L'embuscade a été revendiquée "
        "vendredi par le Jnim."
    )
    assert [(e.type, e.actor.text if e.actor else None) for e in found] == [
        (EventType.ASSAULT, "Jnim")
    ]


def test_a_claim_overrides_a_place_after_the_attack_noun() -> None:
    event = only("L'État islamique a revendiqué l'attentat de Jalalabad.")
    assert name(event.actor) == "État islamique"


def test_an_unclaimed_attack_keeps_its_described_actor() -> None:
    event = only("Des hommes armés ont attaqué une mairie. L'embuscade n'a pas été revendiquée.")
    assert event.actor is not None and event.actor.text == "Des hommes armés"


def test_a_negated_tolerance_is_a_refusal_in_the_future() -> None:
    event = only("La Cédéao ne tolérera aucun putsch dans la région.")
    assert (event.type, event.modality) == (EventType.REJECT, Modality.FUTURE)
    assert event.actor is not None and event.actor.text == "Cédéao"


def test_a_negated_recognition_is_a_stated_refusal() -> None:
    event = only("La Chine ne reconnaît pas l'autorité du tribunal arbitral.")
    assert (event.type, event.modality, name(event.actor)) == (
        EventType.REJECT,
        Modality.ASSERTED,
        "Chine",
    )


def test_recognition_and_tolerance_without_negation_are_no_refusal() -> None:
    assert events("Le gouvernement tolère la présence de milices dans le nord.") == ()
    assert all(
        e.type is not EventType.REJECT
        for e in events("Le président a reconnu sa défaite face à son rival.")
    )


def test_an_apposed_negated_participle_has_the_subject_before_its_comma() -> None:
    found = events("La Russie, ne reconnaissant pas la compétence de la Cour, a rejeté le mandat.")
    refusal = next(e for e in found if e.type is EventType.REJECT)
    assert name(refusal.actor) == "Russie"


def test_the_subject_before_an_aside_between_dashes_acts() -> None:
    event = only("Les autres députés - tous élus de l'opposition - ont boycotté la séance.")
    assert (event.type, name(event.actor)) == (EventType.PROTEST, "députés")


def test_a_demonym_in_a_relative_clause_after_the_act_is_not_its_actor() -> None:
    found = events(
        "Des tirs de roquettes auxquels l'armée israélienne a riposté ont visé la ville."
    )
    fire = next(e for e in found if e.text == "tirs")
    assert fire.actor is None


def test_the_suspect_of_an_attack_carried_it_out_as_reported() -> None:
    found = events(
        "Le mouvement Jund al-Sahil est basé au Niger. Ce mouvement est soupçonné des attentats "
        "qui ont frappé Agadez en 2019."
    )
    attack = next(e for e in found if e.type is EventType.ASSAULT)
    # A group no gazetteer knows: *ce groupe* is the one the text just named.
    assert (name(attack.actor), attack.modality) == ("Jund al-Sahil", Modality.REPORTED)


def test_an_apposed_participle_after_a_quote_has_the_speaker_as_actor() -> None:
    found = events(
        "« Cette époque est révolue », a lancé M. Macron jeudi devant des étudiants, rejetant "
        "les accusations d'ingérence."
    )
    refusal = next(e for e in found if e.type is EventType.REJECT)
    assert refusal.actor is not None and refusal.actor.text == "Macron"


def test_a_body_inside_the_complement_of_a_meeting_noun_holds_it() -> None:
    event = only("Le communiqué final de la réunion des ministres du G7 a été publié.")
    assert (event.type, name(event.actor)) == (EventType.CONSULT, "G7")


def test_a_city_after_a_meeting_noun_is_its_place_not_its_actor() -> None:
    found = events("La présidente a présenté le texte final pendant le sommet de Lomé.")
    summit = next(e for e in found if e.type is EventType.CONSULT)
    assert name(summit.actor) != "Lomé"


def test_losing_or_abandoning_ground_is_a_retreat() -> None:
    found = events(
        "En abandonnant le pont de Kalemie aux insurgés, la garnison a reconnu son échec."
    )
    assert [(e.type, e.text) for e in found] == [(EventType.RETREAT, "abandonnant")]
    event = only("Faute de munitions, la milice a perdu, en juin, la colline de Kibati.")
    assert (event.type, event.text) == (EventType.RETREAT, "perdu")


def test_losing_ones_life_or_dropping_a_plan_is_no_retreat() -> None:
    assert all(
        e.type is not EventType.RETREAT
        for e in events("Quatre gendarmes ont perdu la vie lors d'une embuscade près du camp.")
    )
    assert events("Le gouvernement abandonne son projet de réforme.") == ()


def test_the_name_a_group_goes_by_acts_for_its_pronoun() -> None:
    event = only(
        "Désignés dans la région sous le nom d'Al-Hijra, ils ont prêté allégeance à l'État "
        "islamique."
    )
    assert (event.type, name(event.actor)) == (EventType.SUPPORT, "Al-Hijra")


def test_a_light_verb_gives_its_subject_past_a_day_word() -> None:
    event = only("Les cheminots ont déclenché lundi une grève illimitée.")
    assert (event.type, name(event.actor)) == (EventType.PROTEST, "cheminots")


def test_a_pronoun_subject_holds_for_a_verb_after_mais() -> None:
    found = events(
        "L'armée tchadienne a bombardé Bol mardi. Elle n'a pas bombardé Liwa, mais pourrait "
        "lancer une offensive terrestre cette semaine."
    )
    offensive = next(e for e in found if e.modality is Modality.HYPOTHETICAL)
    assert name(offensive.actor) == "armée tchadienne"


def test_a_noun_after_du_names_again_the_act_told_before() -> None:
    found = events(
        "Les ministres de l'UA se sont réunis à Addis-Abeba. La sécheresse menace le Sahel. "
        "Les récoltes sont maigres. Le texte du sommet appelle à une trêve."
    )
    assert sum(e.type is EventType.CONSULT for e in found) == 1


def test_an_undergone_act_takes_the_agent_named_past_a_date() -> None:
    event = only(
        "Trente personnes ont été enlevées le jour de l'attaque menée le 7 mars par des "
        "combattants du Jnim près de Djibo."
    )
    assert event.actor is not None and event.actor.text == "Jnim"


def test_blocking_a_way_or_a_vessel_is_a_blockade_not_a_refusal() -> None:
    event = only(
        "Deux vedettes chinoises ont tenté de bloquer la route d'un patrouilleur vietnamien."
    )
    assert event.type is EventType.COERCE
    assert only("Les Etats-Unis ont bloqué la résolution au Conseil de sécurité.").type is (
        EventType.REJECT
    )


def test_what_a_blockade_holds_back_is_no_act_and_protesters_blocking_protest() -> None:
    found = events(
        "L'ONG reproche à la junte de bloquer les convois de l'aide alimentaire vers Gao."
    )
    assert EventType.AID not in {e.type for e in found}
    event = only("Les manifestants bloquent les routes du nord depuis lundi.")
    assert event.type is EventType.PROTEST


def test_a_verb_with_the_same_words_after_it_is_the_act_told_again() -> None:
    found = events(
        "Le président, Jean Kalou, qui a rejeté le plan de paix, est arrivé à Goma. Les "
        "pluies continuent. Le chef de l'État, qui a rejeté le plan de paix, promet des "
        "renforts."
    )
    refusals = [e for e in found if e.type is EventType.REJECT]
    assert [name(e.actor) for e in refusals] == ["Jean Kalou"]


def test_a_person_named_when_the_act_is_told_again_acts() -> None:
    event = only(
        "Nairobi appelle Kampala à rouvrir la frontière. La ministre kényane Ruth Achieng a "
        "appelé Kampala à rouvrir la frontière jeudi."
    )
    assert (event.type, name(event.actor)) == (EventType.REQUEST, "Ruth Achieng")


def test_the_same_short_act_told_twice_stays_two_acts() -> None:
    found = events(
        "L'armée a frappé la ville mardi. Les pluies continuent. L'armée a frappé la ville "
        "mercredi."
    )
    assert [e.type for e in found] == [EventType.ASSAULT, EventType.ASSAULT]


def test_a_court_never_carries_out_the_killing_it_judges() -> None:
    found = events(
        "Le tribunal de Bobo-Dioulasso a rendu sa décision : il a condamné les trois hommes, "
        "mêlés à l'assassinat du maire."
    )
    killing = next(e for e in found if e.type is EventType.ASSAULT)
    # Neither the court nor, through a possessive far from the act, the victim.
    assert killing.actor is None


def test_a_gerund_in_a_relative_clause_has_the_clause_subject() -> None:
    found = events(
        "Le juge a entendu la voisine qui avait menti aux gendarmes en l'accusant de vol."
    )
    charge = next(e for e in found if e.type is EventType.ACCUSE)
    assert name(charge.actor) == "voisine"  # not the judge, the subject of the sentence


def test_a_riposte_is_the_other_sides_act_in_the_same_sentence() -> None:
    found = events("Des tirs de roquettes auxquels l'armée a riposté ont visé Metoula.")
    assert [(e.text, name(e.actor)) for e in found] == [("tirs", None), ("riposté", "armée")]


def test_en_riposte_a_is_the_reason_of_an_act_not_another() -> None:
    found = events("La marine a frappé des radars côtiers en riposte aux tirs de missiles.")
    assert [e.text for e in found if e.type is EventType.ASSAULT] == ["frappé"]


def test_the_speaker_of_an_intent_makes_the_act_he_plans() -> None:
    sanction = next(
        e
        for e in events(
            "Donald Trump a reçu les élus lundi. Le président américain a déclaré envisager des "
            "sanctions plus dures contre Caracas."
        )
        if e.type is EventType.SANCTION
    )
    assert sanction.actor is not None and sanction.actor.name == "Donald Trump"


def test_the_country_of_who_tells_an_act_is_not_its_actor() -> None:
    strike = only("Le ministre ukrainien a affirmé que des frappes avaient touché Kharkiv.")
    assert strike.type is EventType.ASSAULT
    assert strike.actor is None or strike.actor.name != "Ukraine"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "L'Union africaine a adopté vendredi, lors d'une réunion à Addis-Abeba, une "
            "résolution condamnant la prise du palais.",
            "Union africaine",
        ),
        (
            "Une résolution condamnant le blocus a été votée par le Parlement européen.",
            "Parlement européen",
        ),
    ],
    ids=["adopted-by-the-subject", "passive-agent"],
)
def test_a_document_that_condemns_is_its_author_s_act(text: str, actor: str) -> None:
    accuse = next(e for e in events(text) if e.type is EventType.ACCUSE)
    assert accuse.actor is not None and accuse.actor.name == actor


def test_strikes_of_two_coordinated_states_are_each_state_s_act() -> None:
    strikes = [
        e
        for e in events(
            "Des dizaines de civils ont été tués dans des frappes aériennes américaines et "
            "britanniques sur le port."
        )
        if e.type is EventType.ASSAULT
    ]
    assert sorted(e.actor.name for e in strikes if e.actor is not None) == [
        "Etats-Unis",
        "Royaume-Uni",
    ]
    assert len(strikes) == 2


def test_a_second_act_of_another_kind_is_no_ally() -> None:
    strikes = [
        e
        for e in events("Les frappes russes et les tirs d'artillerie ont repris.")
        if e.type is EventType.ASSAULT
    ]
    assert [e.actor.name for e in strikes if e.actor is not None] == ["Russie"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Si nos frontières sont violées, nous attaquerons sans attendre », a déclaré le "
            "général Paul Kodjo.",
            "Paul Kodjo",
        ),
        ("« L'armée frappera les camps rebelles », a déclaré Moussa Traoré.", "Moussa Traoré"),
    ],
    ids=["nous-attaquerons", "l-armee-frappera"],
)
def test_force_in_the_future_in_a_direct_quote_is_the_speaker_s_threat(
    text: str, speaker: str
) -> None:
    threat = next(e for e in events(text) if e.type is EventType.THREATEN)
    assert threat.actor is not None and threat.actor.name == speaker
    assert threat.modality is Modality.ASSERTED
    assert not [e for e in events(text) if e.type is EventType.ASSAULT]


def test_a_plan_told_by_the_narrative_stays_an_act_to_come() -> None:
    strike = only("Moscou va intensifier ses frappes, selon le Kremlin.")
    assert strike.type is EventType.ASSAULT and strike.modality is Modality.FUTURE


def test_a_pledge_in_the_first_person_future_is_no_act() -> None:
    assert events("« Nous ne reculerons pas », a déclaré Moussa Traoré.") == ()


def test_they_will_pay_the_price_is_a_threat_only_in_the_speaker_s_words() -> None:
    threat = only("« Les auteurs de cette embuscade en paieront le prix », a lancé Paul Kodjo.")
    assert threat.type is EventType.THREATEN
    assert threat.actor is not None and threat.actor.name == "Paul Kodjo"
    assert events("Les ménages paieront le prix de la crise, selon l'institut.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Le mouvement livre une guérilla dans les montagnes depuis vingt ans.",
        "Les deux clans se livrent une guerre féroce pour le contrôle du port.",
    ],
    ids=["une-guerilla", "une-guerre"],
)
def test_a_fight_waged_is_no_delivery(text: str) -> None:
    assert all(e.type is not EventType.AID for e in events(text))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("La marine dit avoir abattu trois drones au large.", "marine"),
        ("Le gouvernement dit vouloir bombarder les camps du groupe.", "gouvernement"),
        ("Le Hezbollah dit qu'il a tiré des roquettes sur la base.", "Hezbollah"),
    ],
    ids=["avoir", "vouloir", "que"],
)
def test_dit_before_a_clause_ends_the_actor(text: str, actor: str) -> None:
    # *dit* is left out of the verb table (it is also a participle and a nickname's cue), so
    # the actor ran on over it (*marine dit avoir*).
    event = only(text)
    assert name(event.actor) == actor


def test_a_nickname_s_dit_is_no_verb() -> None:
    event = only("Omar Belkacem, dit « le Faucon », a été arrêté à Niamey.")
    assert event.type is EventType.COERCE and name(event.target) == "Omar Belkacem"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("La junte dit vouloir anéantir les milices du nord.", "junte"),
        ("Le Hezbollah veut frapper les bases de la région.", "Hezbollah"),
        ("Le chef rebelle a juré de détruire les convois de l'armée.", "chef rebelle"),
        ("Le ministre a promis de bombarder les camps des insurgés.", "ministre"),
    ],
    ids=["dit-vouloir", "veut", "jure-de", "promis-de"],
)
def test_a_will_or_a_vow_to_use_force_is_a_threat(text: str, actor: str) -> None:
    event = only(text)
    assert event.type is EventType.THREATEN and event.modality is Modality.ASSERTED
    assert name(event.actor) == actor


def test_a_promise_of_something_else_stays_a_promise() -> None:
    event = only("Le gouvernement a promis de livrer des vivres aux sinistrés.")
    assert event.type is EventType.AGREE


@pytest.mark.parametrize(
    "text",
    [
        "Cette défaite a anéanti les espoirs du parti.",
        "Le scandale a détruit sa réputation en quelques jours.",
    ],
    ids=["espoirs", "reputation"],
)
def test_force_against_something_intangible_is_no_attack(text: str) -> None:
    assert events(text) == ()


def test_aneantir_is_an_act_of_force() -> None:
    event = only("L'aviation a anéanti une colonne de blindés près du fleuve.")
    assert event.type is EventType.ASSAULT and name(event.actor) == "aviation"


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("Le Tchad et le Soudan sont parvenus à un accord sur les réfugiés.", "AGREE", "Tchad"),
        ("Le Bénin et le Niger ont trouvé un accord jeudi soir.", "AGREE", "Bénin"),
        ("Les délégués sont arrivés à un accord vendredi soir.", "AGREE", "délégués"),
        ("Le général a ordonné le lancement de l'offensive contre la ville.", "ASSAULT", "général"),
        ("L'armée a annoncé le début d'une offensive terrestre.", "ASSAULT", "armée"),
    ],
    ids=["parvenir-a", "trouver", "arriver-a", "lancement-de", "debut-de"],
)
def test_the_subject_of_a_light_verb_acts_through_a_phrase(
    text: str, kind: str, actor: str
) -> None:
    event = only(text)
    assert event.type is EventType(kind) and name(event.actor) == actor


@pytest.mark.parametrize(
    "text",
    [
        "Mardi, la gendarmerie a dispersé à coups de grenades les grévistes du port.",
        "Un cortège d'étudiants a été dispersé par la police près de la mairie.",
    ],
    ids=["active", "passive"],
)
def test_dispersing_a_crowd_is_force(text: str) -> None:
    assert [e.type for e in events(text)].count(EventType.ASSAULT) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Les cendres du poète ont été dispersées au large de Sète.",
        "Après le concert, le public s'est dispersé sans incident.",
    ],
    ids=["no-crowd", "reflexive"],
)
def test_a_dispersal_with_no_crowd_or_of_itself_is_no_act(text: str) -> None:
    assert events(text) == ()


def test_the_forces_of_order_tell_no_plan() -> None:
    # *l'ordre* tells a plan only as an order (*l'ordre de frapper*), not in the police's name.
    done = only("Les forces de l'ordre avaient interpellé quinze personnes à Dakar.")
    planned = only("Le colonel a donné l'ordre de bombarder le dépôt.")
    assert done.modality is Modality.ASSERTED and planned.modality is Modality.FUTURE


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Le gouverneur a décrété le couvre-feu dans toute la province.", "gouverneur"),
        ("Le conseil militaire a instauré la loi martiale à Bamako.", "conseil militaire"),
    ],
    ids=["curfew", "martial-law"],
)
def test_a_curfew_or_martial_law_imposed_is_coercion(text: str, actor: str) -> None:
    event = only(text)
    assert event.type is EventType.COERCE and name(event.actor) == actor


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Ottawa a levé jeudi les sanctions visant Minsk.", "sanctions", "Ottawa"),
        ("La junte a ordonné la levée du couvre-feu.", "levée du couvre-feu", "junte"),
        ("L'embargo sur le pétrole sera progressivement levé.", "embargo", None),
    ],
    ids=["lever-les", "la-levee-du", "passive"],
)
def test_lifting_a_restriction_is_a_concession(text: str, words: str, actor: str | None) -> None:
    # Lifting sanctions or a curfew eases them: a CONCEDE, never the restriction again.
    event = only(text)
    assert event.type is EventType.CONCEDE and event.text == words
    assert name(event.actor) == actor


def test_a_restriction_imposed_stays_one() -> None:
    assert (
        only("L'Union européenne a adopté des sanctions contre trois oligarques.").type
        is EventType.SANCTION
    )


def test_a_title_with_a_ministry_of_force_is_the_person_not_the_state() -> None:
    # *de la Défense* names the minister's portfolio: the minister acts, not Israel.
    event = only("Le ministre israélien de la Défense a menacé de frapper les rebelles.")
    assert event.type is EventType.THREATEN
    assert event.actor is not None and event.actor.text == "ministre israélien de la Défense"
    # Forces of a state still stand for it.
    assert name(only("Les forces de défense israéliennes ont bombardé un dépôt.").actor) == "Israël"


def test_the_subject_after_a_quote_is_not_also_the_target() -> None:
    found = events("« Nous riposterons », a averti Lena Varga, la cheffe de l'armée hongroise.")
    assert [name(e.actor) for e in found] == ["Lena Varga"]
    assert all(e.target is None for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Les délégués ont jusqu'à dimanche pour parvenir à un accord.",
        "Le médiateur multiplie les appels afin d'obtenir un cessez-le-feu.",
        "Un convoi a quitté Amman pour acheminer de l'aide vers le nord.",
    ],
    ids=["parvenir-a", "afin-d-obtenir", "acheminer"],
)
def test_an_agreement_or_aid_named_as_an_aim_is_not_reached(text: str) -> None:
    assert not [
        e for e in events(text) if e.type in (EventType.AGREE, EventType.CONSULT, EventType.AID)
    ]


def test_an_agreement_reached_stays_one() -> None:
    assert only("Les délégués sont parvenus dimanche à un accord.").type is EventType.AGREE


def test_a_word_of_a_field_written_as_a_verb_tells_the_act() -> None:
    # *le prévenu* (a trial) tells a field with no event; *a prévenu*, a warning, does not.
    warned = only("« Nous répondrons à toute incursion », a prévenu le général Okafor.")
    assert warned.type is EventType.THREATEN
    assert events("Le prévenu a été relaxé par le tribunal de Lyon.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet a interdit toute manifestation devant l'ambassade.",
        "Le pays ripostera à chaque incursion de drones, selon son armée.",
    ],
    ids=["toute", "chaque"],
)
def test_any_act_of_a_kind_is_no_act(text: str) -> None:
    assert [e.text for e in events(text) if e.text in ("manifestation", "incursion")] == []


@pytest.mark.parametrize(
    "text",
    ["Le Vatican appelle au calme.", "Le syndicat a appelé aux négociations."],
    ids=["au", "aux"],
)
def test_a_call_to_something_is_a_request(text: str) -> None:
    assert only(text).type is EventType.REQUEST


@pytest.mark.parametrize(
    "text",
    ["Les habitants sont appelés aux urnes dimanche.", "Un parti appelé au départ Union verte."],
    ids=["urnes", "depart"],
)
def test_a_call_that_asks_nothing_is_no_request(text: str) -> None:
    assert [e for e in events(text) if e.type is EventType.REQUEST] == []


def test_a_second_verb_after_et_is_a_second_act_of_the_subject() -> None:
    found = events("La junte a démenti ces rumeurs et appelé au calme.")
    assert [(e.type, name(e.actor), e.modality) for e in found] == [
        (EventType.REJECT, "junte", Modality.ASSERTED),
        (EventType.REQUEST, "junte", Modality.ASSERTED),
    ]
    arrest = events("La gendarmerie a condamné le pillage et interpellé quatre suspects.")[-1]
    assert arrest.type is EventType.COERCE and arrest.modality is Modality.ASSERTED
    assert name(arrest.actor) == "gendarmerie"


def test_a_participle_after_et_inside_what_is_said_stays_said() -> None:
    # *d'avoir* opened the accusation: the second strike is also Moscow's, as a claim.
    found = events("Chisinau accuse Moscou d'avoir frappé Balti et bombardé un dépôt.")
    assert [e.type for e in found] == [EventType.ACCUSE, EventType.ASSAULT]
    assert name(found[1].actor) == "Moscou" and found[1].modality is Modality.REPORTED


def test_the_subject_of_a_second_verb_in_a_clause_is_the_clause_s() -> None:
    found = events(
        "Le maire a affirmé que les miliciens avaient encerclé l'école et arrêté six enseignants."
    )
    assert {name(e.actor) for e in found} == {"miliciens"}


def test_a_claimed_interception_keeps_who_launched_as_the_actor() -> None:
    # Said or told, the drones' launcher struck, and the one that shot them down is hit.
    for text in (
        "L'armée ukrainienne a abattu huit missiles tirés par la Russie.",
        "L'armée ukrainienne a affirmé avoir abattu huit missiles tirés par la Russie.",
    ):
        event = only(text)
        assert (name(event.actor), name(event.target)) == ("Russie", "armée ukrainienne")


def test_a_second_clause_after_et_has_its_own_subject() -> None:
    found = events(
        "Le Canada a débloqué des fonds et la Norvège a promis trois millions de dollars."
    )
    assert [(e.type, name(e.actor)) for e in found] == [
        (EventType.AID, "Canada"),
        (EventType.AGREE, "Norvège"),
    ]
    # Two clauses are no pair of actors: the name before *, et* is not the subject.
    supplied = events(
        "Les rebelles ont tiré dix obus sur Goma, et le Rwanda aurait livré des drones."
    )
    assert [name(e.actor) for e in supplied] == ["rebelles", "Rwanda"]
    # A coordinated subject is still one subject, and an infinitive has none of its own.
    assert name(only("Le Mali et le Niger ont signé un accord de défense.").actor) == "Mali"


@pytest.mark.parametrize(
    "text",
    [
        "Le cyclone qui a frappé la côte mardi a détruit deux ponts.",
        "La tempête a détruit une centaine de maisons de pêcheurs.",
        "Une épidémie de choléra frappe les camps du nord.",
    ],
    ids=["cyclone", "tempete", "epidemie"],
)
def test_a_natural_force_strikes_in_no_act(text: str) -> None:
    assert events(text) == ()


def test_an_act_after_a_natural_disaster_stays_one() -> None:
    event = only("Après la tempête, des hommes armés ont attaqué un entrepôt de vivres.")
    assert event.type is EventType.ASSAULT


def test_leaving_one_s_home_is_no_retreat() -> None:
    assert events("Environ 3 500 riverains ont dû quitter leur logement.") == ()


def test_one_said_to_be_accused_between_commas_accuses_no_one() -> None:
    # *accusé de* between commas tells what the subject is said to have done.
    assert events("Le maire, accusé de fraude, a démissionné.") == ()
    found = events("Le préfet, accusé de fraude par l'opposition, a démissionné.")
    assert [(e.type, name(e.actor)) for e in found] == [(EventType.ACCUSE, "opposition")]
    # After an auxiliary and an aside, the participle is the subject's own act.
    told = only("La ministre avait, la veille, dénoncé une manœuvre de Minsk.")
    assert told.type is EventType.ACCUSE and name(told.actor) == "ministre"


def test_what_is_needed_is_not_yet_there() -> None:
    assert events("Il faut une trêve durable, selon les humanitaires.") == ()
    assert events("Il faudrait une médiation de l'Union africaine.") == ()


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Si la junte attaque, la Cédéao interviendra.", Modality.HYPOTHETICAL),
        ("S'ils bombardent le port, Ankara fermera le détroit.", Modality.HYPOTHETICAL),
        ("Même si la junte a attaqué le poste, la Cédéao reste prudente.", Modality.ASSERTED),
        ("Minsk pourrait lancer une vaste offensive terrestre.", Modality.HYPOTHETICAL),
    ],
    ids=["si", "s-ils", "meme-si", "pourrait-lancer"],
)
def test_a_condition_or_a_possible_act_is_hypothetical(text: str, modality: Modality) -> None:
    assert events(text)[0].modality is modality


def test_conditions_of_detention_are_no_arrest() -> None:
    assert events("Les conditions de détention y sont jugées humaines.") == ()


def test_under_threat_is_no_threat() -> None:
    found = events("Le Laos ne cédera pas sous la menace, a dit son ministre.")
    assert [e.type for e in found] == [EventType.CONCEDE]


def test_a_body_named_again_by_its_first_word_acts_in_a_complement() -> None:
    text = (
        "L'armée nigérienne a perdu six hommes. "
        "Puis des frappes de drones de l'armée ont visé Ayorou."
    )
    strike = next(e for e in events(text) if e.text == "frappes")
    assert name(strike.actor) == "armée nigérienne"


def test_a_possessive_object_belongs_to_the_subject_of_its_verb() -> None:
    text = (
        "Selon la radio d'État, l'armée tchadienne prépare une riposte. "
        "Le quotidien Le Monde affirme que Paris a suspendu ses livraisons de munitions."
    )
    delivery = next(e for e in events(text) if e.text == "livraisons")
    assert name(delivery.actor) == "Paris"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Le ministre serbe a menacé de bombarder Pristina.", "Pristina"),
        ("Ankara menace de fermer le détroit du Bosphore.", "détroit du Bosphore"),
    ],
)
def test_a_threat_targets_what_its_act_would_strike(text: str, target: str) -> None:
    event = only(text)
    assert event.type is EventType.THREATEN and event.target is not None
    assert event.target.text == target


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Un couvre-feu a été décrété par le gouverneur.", "gouverneur"),
        ("Une offensive a été lancée par les rebelles du M23.", "M23"),
    ],
)
def test_the_agent_of_a_light_verb_s_passive_acts(text: str, actor: str) -> None:
    assert name(only(text).actor) == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Des milliers de retraités ont défilé dimanche contre la réforme.", "retraités"),
        ("Les opposants ont marché jusqu'au palais présidentiel.", "opposants"),
        ("Les lycéens marchent pour réclamer des classes moins chargées.", "lycéens"),
    ],
)
def test_a_march_with_a_crowd_or_an_aim_is_a_protest(text: str, actor: str) -> None:
    marches = [e for e in events(text) if e.type is EventType.PROTEST]
    assert len(marches) == 1
    assert name(marches[0].actor) == actor


@pytest.mark.parametrize(
    "text",
    [
        "Les régiments ont défilé devant la tribune officielle.",
        "Le défilé du 14 juillet a réuni la foule sur l'avenue.",
        "La négociation salariale n'a pas marché.",
        "Les cours du blé ont baissé au marché de gros.",
        "Des randonneurs ont marché vers le refuge.",
    ],
)
def test_a_parade_a_noun_or_a_walk_is_no_protest(text: str) -> None:
    assert all(e.type is not EventType.PROTEST for e in events(text))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Les contrôleurs aériens ont fait grève jeudi.", "contrôleurs"),
        ("Les mineurs sont en grève depuis trois semaines.", "mineurs"),
        ("Les infirmières ont entamé une grève illimitée.", "infirmières"),
    ],
)
def test_the_subject_of_a_strike_s_light_verb_strikes(text: str, actor: str) -> None:
    event = only(text)
    assert event.type is EventType.PROTEST
    assert name(event.actor) == actor


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Ottawa a suspendu son aide budgétaire au Mali.", "aide", "Ottawa"),
        ("Le gel de l'aide aux réfugiés a été décidé par Londres.", "gel de l'aide", None),
        ("L'aide alimentaire a été interrompue par Tokyo mardi.", "aide", "Tokyo"),
        ("Madrid a réduit jeudi ses livraisons de blindés.", "livraisons", "Madrid"),
    ],
)
def test_stopping_aid_is_a_sanction(text: str, words: str, actor: str | None) -> None:
    event = only(text)
    assert event.type is EventType.SANCTION
    assert event.text == words
    if actor is not None:
        assert name(event.actor) == actor


def test_aid_granted_stays_aid() -> None:
    assert only("Oslo a versé une aide de deux millions d'euros au Niger.").type is EventType.AID


@pytest.mark.parametrize(
    "text",
    [
        "La pénurie de carburant menace les hôpitaux de la capitale.",
        "L'inflation frappe durement les retraités.",
        "Une nouvelle flambée des prix menace la paix sociale.",
    ],
)
def test_a_state_of_affairs_does_no_act(text: str) -> None:
    assert events(text) == ()


def test_a_word_of_a_state_of_affairs_inside_the_subject_leaves_the_act() -> None:
    event = only("Le ministre chargé de la crise a accusé Moscou de sabotage.")
    assert event.type is EventType.ACCUSE
    assert name(event.actor) == "ministre chargé de la crise"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Rome a envoyé un émissaire à Tripoli.", Modality.ASSERTED),
        ("Le Caire n'enverra pas de délégation aux pourparlers.", Modality.NEGATED),
    ],
)
def test_sending_an_envoy_is_a_consultation(text: str, modality: Modality) -> None:
    sent = [e for e in events(text) if e.text.startswith("env")]
    assert len(sent) == 1
    assert sent[0].type is EventType.CONSULT and sent[0].modality is modality


def test_sending_goods_stays_aid() -> None:
    assert only("Séoul a envoyé 300 tonnes de riz à Pyongyang.").type is EventType.AID


@pytest.mark.parametrize(
    "text",
    [
        "La réplique du gouvernement est sans appel.",
        "Les avocats de l'accusé ont fait appel du jugement.",
    ],
)
def test_an_appeal_at_law_or_an_idiom_is_no_request(text: str) -> None:
    assert all(e.type is not EventType.REQUEST for e in events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Il est peu probable que Bakou signe l'accord avant l'été.",
        "Il n'est pas exclu que la guérilla attaque les convois.",
        "Il se pourrait que Minsk expulse deux diplomates lituaniens.",
    ],
)
def test_an_act_in_a_clause_of_uncertainty_is_hypothetical(text: str) -> None:
    assert only(text).modality is Modality.HYPOTHETICAL


def test_an_act_in_a_clause_of_certainty_stays_asserted() -> None:
    assert only("Il est certain que la guérilla a attaqué les convois.").modality is (
        Modality.ASSERTED
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ankara a qualifié ces allégations de « mensonges ».",
        "Le ministère a jugé ces chiffres mensongers.",
        "Caracas a qualifié le rapport de propagande.",
    ],
)
def test_calling_words_lies_or_propaganda_rejects_them(text: str) -> None:
    assert only(text).type is EventType.REJECT


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        (
            "Le préfet a ordonné l'envoi de renforts policiers sur l'île.",
            EventType.MOBILIZE,
            "renforts",
        ),
        ("Séoul a confirmé l'envoi de 4 000 tonnes de riz.", EventType.AID, "envoi"),
        ("Lisbonne a annoncé l'envoi d'une délégation à Luanda.", EventType.CONSULT, "envoi"),
    ],
)
def test_a_sending_is_what_it_sends(text: str, kind: EventType, words: str) -> None:
    event = only(text)
    assert (event.type, event.text) == (kind, words)


def test_the_prefect_who_announces_a_sending_of_reinforcements_sends_them() -> None:
    assert name(only("Le préfet a ordonné l'envoi de renforts policiers sur l'île.").actor) == (
        "préfet"
    )


def test_a_participle_of_another_noun_gives_the_act_no_target() -> None:
    event = only("Le groupe a revendiqué l'attentat dans un message publié sur Telegram.")
    assert event.target is None


def test_a_participle_of_the_act_gives_its_target() -> None:
    event = only("Les frappes aériennes menées contre Bakhmout ont repris.")
    assert event.target is not None and event.target.name == "Bakhmout"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Les rebelles ont reconquis la colline après trois jours de combats.", "rebelles"),
        ("La milice a repris le contrôle du barrage hydroélectrique.", "milice"),
        ("Des hommes armés ont pris d'assaut le poste de douane.", "hommes armés"),
        ("Les insurgés ont tendu une embuscade à une patrouille.", "insurgés"),
        ("Un assaillant a fait exploser sa ceinture devant la mairie.", "assaillant"),
    ],
)
def test_taking_ground_storming_and_ambushes_are_assaults_of_their_subject(
    text: str, actor: str
) -> None:
    event = only(text)
    assert event.type is EventType.ASSAULT
    assert event.actor is not None and actor in event.actor.name


@pytest.mark.parametrize(
    "text",
    [
        "Trois missiles ont visé la centrale électrique dans la nuit.",
        "Le pont a été visé par une frappe de drone.",
    ],
)
def test_viser_with_a_strike_is_an_assault(text: str) -> None:
    assert only(text).type is EventType.ASSAULT


@pytest.mark.parametrize(
    "text",
    [
        "La nouvelle taxe vise les grandes fortunes.",
        "Ces mesures visent à rassurer les marchés.",
    ],
)
def test_viser_without_a_strike_is_no_assault(text: str) -> None:
    assert events(text) == ()


def test_who_fired_the_weapon_of_a_passive_agent_acts() -> None:
    event = only("La gare a été visée par des obus lancés par les séparatistes.")
    assert name(event.actor) == "séparatistes"


def test_taking_part_gives_the_act_its_subject() -> None:
    assert name(only("Les syndicats ont pris part aux pourparlers.").actor) == "syndicats"


@pytest.mark.parametrize(
    "text",
    [
        "Le régime a suspendu la diffusion de deux chaînes étrangères.",
        "La police a coupé l'accès aux réseaux sociaux pendant le scrutin.",
        "Le ministère a censuré trois sites d'information.",
    ],
)
def test_stopping_a_medium_is_a_coercion(text: str) -> None:
    assert only(text).type is EventType.COERCE


@pytest.mark.parametrize(
    "text",
    [
        "La présidente a suspendu la séance pendant une heure.",
        "Le porte-parole a coupé court aux questions.",
        "L'entraîneur a suspendu son gardien pour deux matchs.",
    ],
)
def test_suspending_a_sitting_or_a_player_is_no_event(text: str) -> None:
    assert events(text) == ()


def test_suspending_a_member_state_is_a_sanction() -> None:
    event = only("L'Union africaine a suspendu le Gabon de ses instances.")
    assert event.type is EventType.SANCTION
    assert name(event.target) == "Gabon"


def test_what_a_call_asks_for_right_after_it_is_no_act() -> None:
    found = events("Le syndicat a appelé à manifester dimanche devant la préfecture.")
    assert [e.type for e in found] == [EventType.REQUEST]


def test_an_act_that_is_praised_is_not_the_praiser_s() -> None:
    found = events("Ottawa a salué la libération des deux otages.")
    release = next(e for e in found if e.type is EventType.RETREAT)
    assert release.actor is None


def test_a_praised_act_keeps_the_actor_its_words_name() -> None:
    found = events("Ottawa a salué la libération des deux otages par les ravisseurs.")
    release = next(e for e in found if e.type is EventType.RETREAT)
    assert name(release.actor) == "ravisseurs"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Les paramilitaires ont repris la ville de Bara jeudi.", "paramilitaires"),
        ("L'armée a repris deux positions près du fleuve.", "armée"),
    ],
)
def test_taking_back_ground_is_an_assault(text: str, actor: str) -> None:
    event = only(text)
    assert event.type is EventType.ASSAULT and name(event.actor) == actor


@pytest.mark.parametrize(
    "text",
    ["La raffinerie a repris ses livraisons de gazole.", "Le trafic a repris sur la ligne."],
)
def test_taking_back_what_is_no_ground_is_no_assault(text: str) -> None:
    assert all(e.type is not EventType.ASSAULT for e in events(text))


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("La junte a interdit aux partis de tenir des réunions.", EventType.COERCE, "junte"),
        ("Les gendarmes ont bouclé le village avant l'aube.", EventType.COERCE, "gendarmes"),
        ("Le Mali a rompu ses relations avec la Suède.", EventType.SANCTION, "Mali"),
        ("Le président a gracié trente détenus.", EventType.RETREAT, "président"),
        ("Le préfet a prononcé l'expulsion de deux prêcheurs.", EventType.COERCE, "préfet"),
    ],
)
def test_bans_cordons_broken_ties_and_pardons(text: str, kind: EventType, actor: str) -> None:
    found = [e for e in events(text) if e.type is kind]
    assert len(found) == 1 and name(found[0].actor) == actor


@pytest.mark.parametrize(
    "text",
    [
        "Il est interdit de stationner devant la caserne.",
        "Le décret interdit la vente d'alcool après minuit.",
        "La ministre doit boucler le budget avant vendredi.",
        "Le chanteur a rompu le silence.",
    ],
)
def test_a_rule_a_budget_or_a_silence_is_no_act(text: str) -> None:
    assert events(text) == ()


def test_what_a_ban_forbids_is_no_act() -> None:
    found = events("Le gouverneur a interdit aux syndicats de manifester samedi.")
    assert [e.type for e in found] == [EventType.COERCE]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Les casques bleus ont quitté le Mali en décembre.", EventType.RETREAT),
        ("Les mercenaires ne quittent pas vraiment la région.", EventType.RETREAT),
        ("Le Burundi a quitté la Cédéao.", EventType.SANCTION),
    ],
)
def test_leaving_ground_is_a_retreat_and_leaving_a_body_a_sanction(
    text: str, kind: EventType
) -> None:
    assert only(text).type is kind


@pytest.mark.parametrize(
    "text",
    [
        "Le délégué a quitté la salle avant le vote.",
        "Des milliers de villageois ont quitté la vallée.",
    ],
)
def test_leaving_a_room_or_civilians_leaving_is_no_retreat(text: str) -> None:
    assert events(text) == ()


def test_whom_an_opening_source_cites_is_no_actor() -> None:
    found = events(
        "D'après des radios citant les autorités sanitaires, six civils ont péri dans des "
        "affrontements jeudi."
    )
    clash = next(e for e in found if e.type is EventType.ASSAULT)
    assert clash.actor is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("La junte a fermé les frontières terrestres du pays.", EventType.COERCE),
        ("Les postes-frontières ont été fermés samedi.", EventType.COERCE),
        ("Le Bénin a rouvert sa frontière avec le Niger.", EventType.CONCEDE),
        ("La Guinée a été suspendue de l'organisation régionale.", EventType.SANCTION),
    ],
)
def test_closing_and_reopening_borders_and_suspended_members(text: str, kind: EventType) -> None:
    assert only(text).type is kind


@pytest.mark.parametrize(
    "text",
    ["La boulangerie a fermé ses portes.", "Le milieu de terrain a été suspendu deux matchs."],
)
def test_a_shop_closing_or_a_player_suspended_is_no_act(text: str) -> None:
    assert events(text) == ()


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("De durs combats ont opposé mardi la Somalie aux chebabs.", "Somalie", None),
        ("Les combats qui opposent le Soudan au Tchad inquiètent l'ONU.", "Soudan", "Tchad"),
    ],
)
def test_opposer_gives_a_clash_its_two_sides(text: str, actor: str, target: str | None) -> None:
    clash = next(e for e in events(text) if e.type is EventType.ASSAULT)
    assert name(clash.actor) == actor
    if target is not None:
        assert name(clash.target) == target


@pytest.mark.parametrize(
    "text", ["Le village n'a reçu aucune aide.", "La ministre a reçu une lettre du syndicat."]
)
def test_receiving_a_thing_is_no_meeting(text: str) -> None:
    assert all(e.type is not EventType.CONSULT for e in events(text))


def test_who_receives_aid_is_its_target_not_its_actor() -> None:
    delivery = only("Erevan a reçu de nouvelles livraisons de blindés.")
    assert delivery.type is EventType.AID
    assert delivery.actor is None and name(delivery.target) == "Erevan"


def test_receiving_a_visitor_is_a_meeting() -> None:
    assert only("Le président a reçu son homologue malgache.").type is EventType.CONSULT


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Une aide de 40 millions de dollars de l'Union européenne a été débloquée.", "Union"),
        ("Le Tchad a reçu un don de 2 milliards de francs CFA du Japon.", "Japon"),
    ],
)
def test_the_giver_after_the_sum_gives(text: str, actor: str) -> None:
    aid = next(e for e in events(text) if e.type is EventType.AID)
    assert aid.actor is not None and actor in aid.actor.name
