"""Events: who did what to whom, where and when (PLOVER types), and how sure the text is.

The extractor reads the body of the text sentence by sentence, after the entity, time,
quantity, casualty and quote layers:

1. **Triggers** are the verbs and nouns of a lexicon (``geotext/data/fr/events/triggers.tsv``)
   with their inflections (*frapper, a frappé, frappes, l'offensive*); phrases that use a
   trigger word for something else (*une attaque de panique*, *frappé par la crise*) are
   left out, and so are events more than a generation old told as background.
2. **Arguments**: the actor is the subject of the verb (or the agent of a passive, *par X*),
   the country a demonym stands for (*les frappes russes* → Russie), or the subject of a
   light verb of a nominal trigger (*la Russie a lancé une offensive*); the target is the
   object, or what follows *contre* / *sur*; the location is a place of the sentence after a
   preposition of place; the time is the sentence's date.
3. **Modality**: *n'a pas frappé*, *aucune frappe* are ``negated``; *aurait frappé*,
   *probablement*, *pourrait* ``hypothetical``; *va frapper*, *frappera*, *prévoit de*
   ``future``; an event told inside a quote or after *selon X* is ``reported``, with the
   quote and its speaker attached. Negation wins over the rest, and a claim is never turned
   into a fact.

The content of a request, a threat or an agreement (*a appelé à cesser les frappes*) is not
an event of its own; the content of an accusation is, as ``reported``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

import attrs

from geotext.data import read_lines, read_table
from geotext.discourse import (
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    DEMONSTRATIVES,
    FINITE_VERBS,
    NUMBER_WORDS,
    OPENING_MARKS,
    SOURCE_NOUNS,
    Phrase,
    TokenView,
    antecedent,
    dependent,
    entity_in,
    finite_at,
    has_verb,
    incise_after_auxiliary,
    inverted_pronoun,
    named_by_head,
    noun_phrase,
    phrase_keys,
    pronoun_speaker,
    regular_forms,
    role_heads,
    sentence_subject,
    speaker_of,
    subject_after,
    subject_before,
    token_at,
    token_view,
    tokens_of,
    verb_at,
    verb_group_start,
)
from geotext.gazetteer import country_names, default_gazetteer, name_key, word_key
from geotext.model import (
    Argument,
    Casualty,
    Document,
    Entity,
    EntityType,
    Event,
    EventType,
    Modality,
    Quantity,
    Quote,
    QuoteKind,
    TimeType,
)
from geotext.normaliser.numbers import number_words

__all__ = ["EventExtractor"]

_BANS = frozenset({"interdire", "interdiction"})
"""Bans, whose content is no act (*a interdit aux femmes de travailler*)."""
_CONTENT_TYPES = frozenset(
    {EventType.REQUEST, EventType.THREATEN, EventType.AGREE, EventType.REJECT}
)
_NEGATIONS = frozenset({"pas", "jamais", "plus", "aucun", "aucune", "nullement", "guere"})
_HEDGES = frozenset(
    {"probablement", "possiblement", "peut etre", "vraisemblablement", "presume", "presumee"}
)
_MODAL_HYPOTHETICAL = frozenset({"pourrait", "pourraient", "aurait", "auraient", "serait"})
_MODAL_FUTURE = frozenset(
    {
        "va",
        "vont",
        "allait",
        "allaient",
        "prevoit",
        "prevoient",
        "doit",
        "doivent",
        "devrait",
        "devraient",
        "compte",
        "comptent",
        "entend",
        "entendent",
        "s' apprete",
        "apprete",
        "appretent",
        "devra",
        "devront",
        "sera",
        "seront",
        "ordre",
        "envisage",
        "envisagent",
    }
)


_VERB_GROUP_WORDS = frozenset(
    {"a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient", "ete", "encore"}
    | {"toujours", "pu", "su", "se", "s'"}
    | _NEGATIONS
)


def _ordered(text: TokenView, k: int) -> bool:
    """Whether a word of ``_MODAL_FUTURE`` at ``k`` tells a plan: *l'ordre* only with *de* after.

    *a donné l'ordre de frapper* is a plan; *les forces de l'ordre*, the police.
    """
    return text.keys[k] != "ordre" or (k + 1 < text.n and text.keys[k + 1] in ("de", "d'"))


def _infinitive(key: str) -> bool:
    """Whether a trigger's key reads as an infinitive (*frapper*, *anéantir*, *détruire*)."""
    return key.endswith(("er", "ir", "re"))


def _future_form(key: str) -> bool:
    """A verb in the simple future (*reprendrons*, *lancera*), whose endings few nouns share."""
    return len(key) >= 6 and (
        key.endswith(("ront", "rons"))
        or (key.endswith(("era", "ira", "dra")) and key not in _NOT_FUTURE)
    )


_NOT_FUTURE = frozenset({"camera", "cholera", "opera"})
_FUTURE_NOUNS = frozenset({"prochain", "prochaine", "prochains", "prochaines", "futur", "future"})
_PHYSICAL = frozenset(
    {EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE, EventType.PROTEST, EventType.AID}
)
_ACCUSING = frozenset({"accuser", "reprocher", "soupçonner"})
_PLACE_WORDS = frozenset({"a", "dans", "sur", "en", "vers", "au", "aux"})
_NEAR_WORDS = frozenset({"pres", "region", "ville", "province", "environs", "large", "nord", "sud"})
_TARGET_WORDS = frozenset({"contre", "sur", "avec", "vers"})
_ARTICLES = frozenset(
    {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ses", "sa", "son"}
)
_BEFORE_ACT_NOUNS = (
    _ARTICLES
    | NUMBER_WORDS
    | {"nouvelle", "nouvelles", "vaste", "large", "plusieurs", "quelques", "nombreuses"}
    | {"nombreux", "serie", "vague", "premiere", "premieres", "dizaine", "centaine"}
    | {"plus", "moins", "pres", "environ"}
    | {"lancement", "debut", "poursuite", "intensification", "declenchement", "envoi"}
    | {"nouveaux", "nouveau", "nouvel", "part", "au", "aux"}
)
"""Words between a light verb and the act it names (*a lancé une série de frappes*, *a
ordonné le lancement de l'offensive*, *a ordonné l'envoi de renforts policiers*, *a pris part
aux négociations*)."""
_HISTORY_YEARS = 25
_REFLEXIVE = frozenset({"se", "s'", "me", "m'", "nous", "vous", "te", "t'"})
_LIBERATED_PLACES = frozenset(
    {"localite", "localites", "village", "villages", "ville", "villes", "territoire", "region"}
)


@attrs.frozen
class _Trigger:
    type: EventType
    noun: bool
    lemma: str

    @property
    def reflexive(self) -> bool:
        """*s'entretenir*, *se rendre*: only with their pronoun (*a rendu hommage* is none)."""
        return self.lemma.startswith(("se ", "s'"))


@attrs.frozen
class _Lexicon:
    forms: dict[tuple[str, ...], _Trigger]
    nouns: dict[tuple[str, ...], _Trigger]
    lemmas: dict[str, _Trigger]
    firsts: dict[str, int]
    blocked: dict[str, tuple[tuple[str, ...], ...]]
    demonyms: dict[str, str]
    countries: dict[str, str]
    judging: frozenset[str]
    """Forms of the verbs of judgement (*a jugé*, *qualifie*)."""
    judgements: dict[tuple[str, ...], EventType]
    """What a judgement makes of the act it judges (*inacceptable* → REJECT)."""
    country_names: frozenset[str]
    starts: frozenset[str]
    """First words of triggers and verbs of judgement: the tokens worth a look."""
    org_kinds: dict[str, str]
    """The gazetteer's kind of each organisation, by canonical name (``armed``, ``seat``...)."""
    domains: dict[str, str]
    """Words of the fields that tell no event (sport, markets, health...), to their field."""
    verb_domains: frozenset[str]
    """Words of a field that are also forms of a trigger verb (*incendie*, *prévenu*)."""
    domain_firsts: frozenset[str]
    """First words of the two-word phrases of ``domains``."""
    political: frozenset[str]
    """Words of politics, diplomacy and armed conflict."""
    other_when_reflexive: frozenset[str]
    """Verbs that name another act with a reflexive pronoun (*se livrer à*)."""
    party_sides: frozenset[str]
    """The unarmed sides of a quarrel in a party (*courants*, *motions*)."""
    intangible: frozenset[str]
    """What force strikes only in a figure of speech (*espoirs*, *carrière*)."""
    natural: frozenset[str]
    """Natural forces, which strike in no political or armed act (*le séisme a frappé*)."""
    crowds: frozenset[str]
    """Words of a crowd, which *disperser* needs in its clause to be an act of force."""
    conditions: frozenset[str]
    """States of affairs, whose verbs tell no act (*la crise menace la stabilité*)."""
    strike_means: frozenset[str]
    """Strikes and weapons, which *viser* needs in its clause to be an act of force."""
    refusals: frozenset[str]
    """Lemmas of verbs that tell a refusal only when negated (*ne tolère pas*)."""
    blockades: frozenset[str]
    """Objects that make *bloquer* a blockade (COERCE): *le passage*, *les routes*."""
    closures: dict[str, frozenset[str]]
    """Lemmas of verbs that tell an act only for what they close, cut or open, to those nouns."""
    ground_losses: dict[str, frozenset[str]]
    """Lemmas of verbs that tell a retreat only with ground as object, to the nouns of ground."""
    restrictions: frozenset[str]
    """Lemmas of restrictions whose lifting is a concession (*lever les sanctions*)."""
    envoys: frozenset[str]
    """Who is sent to talk: *envoyer un émissaire* is a CONSULT, not aid."""
    processions: frozenset[str]
    """Lemmas of verbs of walking in numbers, a protest only with a crowd or an aim."""
    parading: frozenset[str]
    """Who walks in a parade, not a protest (*les troupes ont défilé*)."""


@cache
def _light_verbs() -> frozenset[str]:
    """The forms, as written, of the verbs whose object names the act (``light_verbs.tsv``)."""
    forms: set[str] = set()
    for lemma, irregular in read_table("fr/events/light_verbs.tsv", 2):
        forms.update(irregular.split("|") if irregular else regular_forms(lemma))
    return frozenset(forms)


def _noun_forms(noun: str) -> list[str]:
    head, _, rest = noun.partition(" ")
    plural = head if head.endswith(("s", "x")) else head + ("x" if head.endswith("au") else "s")
    return [noun, f"{plural} {rest}".strip()]


@cache
def _lexicon() -> _Lexicon:
    forms: dict[tuple[str, ...], _Trigger] = {}
    nouns: dict[tuple[str, ...], _Trigger] = {}
    for lemma, kind, pos, irregular in read_table("fr/events/triggers.tsv", 4):
        trigger = _Trigger(EventType(kind), pos == "noun", lemma)
        if irregular:
            written = irregular.split("|")
        elif pos == "noun":
            written = _noun_forms(lemma)
        else:
            verb = lemma.removeprefix("se ").removeprefix("s'")
            head, _, rest = verb.partition(" ")
            # Not the 2nd person (*signes*, *frappes*): in news it is the plural noun.
            written = [
                f"{form} {rest}".strip() for form in regular_forms(head) if form != head[:-2] + "es"
            ]
            stem = head[:-2]
            soft = stem + ("ç" if stem.endswith("c") else "e" if stem.endswith("g") else "")
            # *nous condamnons*: a speaker's own act, in a quote; *nous frapperons*, in the
            # future, a threat or a pledge (see :func:`_threat`).
            written += [
                f"{form} {rest}".strip() for form in (stem + "és", soft + "ons", stem + "erons")
            ]
        for form in [*written, lemma.removeprefix("se ").removeprefix("s'")]:
            if trigger.noun:
                nouns.setdefault(phrase_keys(form), trigger)
            forms.setdefault(phrase_keys(form), trigger)
    firsts: dict[str, int] = {}
    for words in forms:
        firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    blocked: dict[str, list[tuple[str, ...]]] = {}
    for phrase in read_lines("fr/events/not_events.txt"):
        words = phrase_keys(phrase)
        for word in words:
            blocked.setdefault(word, []).append(words)
    places = country_names()
    lemmas = {
        word_key(t.lemma): t for t in forms.values() if " " not in t.lemma and not t.reflexive
    }
    judging = frozenset(
        word_key(form)
        for verb in read_lines("fr/events/judging_verbs.txt")
        for form in regular_forms(verb)
    )
    judgements = {
        phrase_keys(word): EventType(kind)
        for word, kind in read_table("fr/events/judgements.tsv", 2)
    }
    org_kinds = {
        entry.name: entry.kind
        for entries in default_gazetteer().entries.values()
        for entry in entries
        if entry.type == EntityType.ORG
    }
    domains = {word_key(w): d for w, d in read_table("fr/events/domains.tsv", 2)}
    return _Lexicon(
        domains=domains,
        verb_domains=frozenset(domains) & frozenset(firsts),
        domain_firsts=frozenset(w.split()[0] for w in domains if " " in w),
        political=frozenset(word_key(w) for w in read_lines("fr/events/political_words.txt")),
        other_when_reflexive=frozenset(read_lines("fr/events/reflexive_senses.txt")),
        party_sides=frozenset(word_key(w) for w in read_lines("fr/events/party_sides.txt")),
        intangible=frozenset(word_key(w) for w in read_lines("fr/events/intangible_objects.txt")),
        crowds=frozenset(word_key(w) for w in read_lines("fr/events/crowds.txt")),
        conditions=frozenset(word_key(w) for w in read_lines("fr/events/conditions.txt")),
        strike_means=frozenset(word_key(w) for w in read_lines("fr/events/strike_means.txt")),
        natural=frozenset(word_key(w) for w in read_lines("fr/events/natural_forces.txt")),
        refusals=frozenset(read_lines("fr/events/refusals.txt")),
        blockades=frozenset(word_key(w) for w in read_lines("fr/events/blockades.txt")),
        closures={
            verb: frozenset(word_key(n) for n in nouns.split("|"))
            for verb, nouns in read_table("fr/events/closures.tsv", 2)
        },
        ground_losses={
            verb: frozenset(word_key(n) for n in nouns.split("|"))
            for verb, nouns in read_table("fr/events/ground_losses.tsv", 2)
        },
        restrictions=frozenset(read_lines("fr/events/restrictions.txt")),
        envoys=frozenset(word_key(w) for w in read_lines("fr/events/envoys.txt")),
        processions=frozenset(read_lines("fr/events/processions.txt")),
        parading=frozenset(word_key(w) for w in read_lines("fr/events/parading_bodies.txt")),
        forms=forms,
        nouns=nouns,
        lemmas=lemmas,
        firsts=firsts,
        blocked={k: tuple(v) for k, v in blocked.items()},
        demonyms=places.demonyms,
        countries=places.names,
        judging=judging,
        judgements=judgements,
        country_names=frozenset(places.names.values()),
        starts=frozenset(firsts) | judging,
        org_kinds=org_kinds,
    )


@attrs.define
class _Found:
    start: int
    end: int
    trigger: _Trigger
    sentence: int
    modality: Modality = Modality.ASSERTED
    actor: Phrase | None = None
    target: Phrase | None = None
    location: Phrase | None = None
    quote: Quote | None = None
    anaphoric: bool = False
    """A noun after *ce*, *cette*, *ces*: it names an event the text has told."""
    pronoun: bool = False
    """The verb's subject is a pronoun (*elle a frappé*): the actor is the one last told."""
    we: bool = False
    """The subject is *nous*: in a quote, the speaker acts."""
    plural: bool = False
    """The subject is *ils* or *elles*: a group, never one person."""
    pronoun_at: int | None = None
    """The token of the subject pronoun, where the subject is one."""
    guessed: bool = False
    """The trigger's own words name no actor: it was taken from the sentence."""
    definite: bool = False
    """A noun after a definite article (*l'accord*): one the reader already knows."""
    restated: bool = False
    """A noun after *il s'agit de*: what the text just told, named again."""
    undergone: bool = False
    """A passive with no agent: the actor is the one last told for this type."""
    threat: bool = False
    """An act the speaker of a direct quote says his side will carry out (*nous frapperons*):
    his threat."""
    allied: Phrase | None = None
    """A second state in coordination with the actor (*frappes américaines et britanniques*):
    the act is also that state's own."""


@attrs.frozen
class EventExtractor:
    """PLOVER events with actor, target, location, time, modality and source."""

    name: str = "events"
    requires: tuple[str, ...] = ("entities", "times", "quantities", "casualties", "quotes")

    def __call__(self, doc: Document) -> tuple[Event, ...]:
        """The events of ``doc``, in text order."""
        if not doc.token_table:
            return ()
        lex = _lexicon()
        text = token_view(doc)
        if _off_the_beaten_track(doc, text, lex):
            return ()
        quotes = _quote_ranges(doc, text)
        found: list[_Found] = []
        body = _body_sentences(doc)
        lemmas = text.lemmas
        named = _inside_names(text)
        starts = lex.starts
        if lemmas is None:
            candidates = [i for i, key in enumerate(text.keys) if key in starts and not named[i]]
        else:
            candidates = [
                i
                for i, key in enumerate(text.keys)
                if (key in starts or lemmas[i] in lex.lemmas) and not named[i]
            ]
        historical = _historical_sentences(doc, text)
        sentence_of = text.sentence_of
        for number in sorted({sentence_of[i] for i in candidates}):
            if number not in body or number in historical or _other_field(text, lex, number):
                continue
            first, last = text.sentences[number]
            for item in _sentence_events(text, lex, number, first, last, quotes, candidates):
                _resolve_actor(text, lex, item, found)
                if _claimed(text, lex, item, first, last, found):
                    continue
                if (
                    not _told_before(item, found)
                    and not _retold(text, item, found)
                    and not _generic(text, item, last)
                ):
                    found.append(item)
        layers = _Layers.of(doc)
        return tuple(_build(doc, text, layers, f) for f in found)


_CLAIM_GAP = 6
"""How many words may stand between a claim (*a revendiqué*) and the act it claims."""


def _claimed(
    text: TokenView, lex: _Lexicon, item: _Found, first: int, last: int, found: list[_Found]
) -> bool:
    """Give a claimed act its claimant; true when the act is one the text already told.

    *L'attentat a été revendiqué par X*, *X a revendiqué l'embuscade*: X carried it out. A
    definite noun (*l'attaque*) names the act of its type told a few sentences before, whose
    actor, if the text gave only a description (*des hommes armés*), becomes X.
    """
    if not item.trigger.noun or item.trigger.type not in _PHYSICAL:
        return False
    claimant = _claimant(text, lex, item, first, last)
    if claimant is None:
        return False
    if item.definite:
        for other in _recent(found, item.sentence, _KNOWN_SENTENCES):
            if other.trigger.type is item.trigger.type:
                if other.actor is None or other.actor.entity is None:
                    other.actor = claimant
                    other.guessed = False
                    return True
                break
    item.actor = claimant
    item.guessed = False
    return False


def _claimant(text: TokenView, lex: _Lexicon, item: _Found, first: int, last: int) -> Phrase | None:
    """The entity that claims the act ``item`` names in its sentence, if one does."""
    for k in range(max(first, item.start - _CLAIM_GAP), min(last, item.end + _CLAIM_GAP)):
        if not text.keys[k].startswith("revendiqu") or "pas" in text.keys[max(first, k - 4) : k]:
            continue
        if k > item.start:  # *L'embuscade a été revendiquée (jeudi) par X*
            by = next((j for j in range(k + 1, min(last, k + 5)) if text.keys[j] == "par"), None)
            if by is None or any(text.punct[j] for j in range(item.end, by)):
                return None
            claimant = _phrase_actor(text, lex, by + 1, _np_end(text, by + 1, last))
        else:  # *X a revendiqué l'attentat*
            claimant = subject_before(text, verb_group_start(text, k))
        return claimant if claimant is not None and claimant.entity is not None else None
    return None


def _name(speaker: Phrase | None) -> str | None:
    if speaker is None:
        return None
    return speaker.entity.name if speaker.entity is not None else speaker.name


_TOLD = frozenset({Modality.ASSERTED, Modality.REPORTED})
_OBJECT_GAP = 4
"""How many words may stand between a verb and the noun of its own act (*signé jeudi un*)."""


def _same_reality(a: Modality, b: Modality) -> bool:
    """Whether two modalities can tell one act: said or reported alike, not a plan or a guess."""
    return a is b or (a in _TOLD and b in _TOLD)


_RETOLD_WORDS = 4
"""How many words after a verb must repeat, word for word, for an act to be told again."""
_RETOLD_EVENTS = 40
"""How many earlier events a retold act is compared with (a bounded look-back)."""


def _retold(text: TokenView, item: _Found, found: list[_Found]) -> bool:
    """The same verb with the same words after it, anywhere before: the lede told again.

    *X, qui a rejeté le plan de paix, ...* in the lede, then *le chef de l'État, qui a rejeté
    le plan de paix* in the body: one act, whoever the text names as its actor each time (a
    person named the second time replaces a place or a phrase). The words must hold two of
    more than three letters, so *a frappé la ville* twice stays two strikes.
    """
    if item.trigger.noun:
        return False
    words = tuple(text.keys[item.end : item.end + _RETOLD_WORDS])
    if len(words) < _RETOLD_WORDS or sum(len(w) > 3 and w.isalpha() for w in words) < 2:
        return False
    for other in found[-_RETOLD_EVENTS:]:
        if (
            other.trigger.lemma == item.trigger.lemma
            and tuple(text.keys[other.end : other.end + _RETOLD_WORDS]) == words
        ):
            if _person(item.actor) and not _person(other.actor):
                # *Bruxelles appelle X à ...*, then *la commissaire Y a appelé X à ...*: the
                # person the text names at last is who acted.
                other.actor = item.actor
            return True
    return False


def _person(actor: Phrase | None) -> bool:
    return actor is not None and actor.entity is not None and actor.entity.type == EntityType.PER


def _told_before(item: _Found, found: list[_Found]) -> bool:
    """Whether the text already told this event.

    A noun names again an event of the same type and actor (*l'accord*, *les frappes*), or
    the same actor does the same act to the same target in the sentence before.
    """
    actor = _name(item.actor)
    # *a dénoncé une attaque contre des familles*: a noun with no actor at all names again
    # the event of its type told just before.
    if (
        item.trigger.noun
        and item.actor is None
        and any(
            other.trigger.type is item.trigger.type for other in _recent(found, item.sentence, 2)
        )
    ):
        return True
    if (
        item.trigger.noun
        and (item.actor is None or item.guessed)
        and item.definite
        and any(
            other.trigger.type is item.trigger.type
            for other in _recent(found, item.sentence, _KNOWN_SENTENCES)
        )
    ):
        return True  # *L'accord couronne ...*: the agreement told a few sentences ago
    # *C'est la première réunion ...*: a noun with no actor of its own (only one
    # guessed from its sentence) names again the event of its type told just before.
    if (
        item.trigger.noun
        and item.guessed
        and any(
            other.trigger.type is item.trigger.type and _same_reality(other.modality, item.modality)
            for other in _recent(found, item.sentence, 2)
        )
    ):
        return True
    if item.anaphoric and (item.actor is None or item.guessed):
        return True  # *a qualifié ce tir de provocation*: an act the reader knows already
    if item.restated and any(
        other.trigger.type is item.trigger.type
        for other in _recent(found, item.sentence, _KNOWN_SENTENCES)
    ):
        return True  # *Il s'agit du troisième raid ce mois-ci*: what the text just told
    for other in _recent(found, item.sentence, _TOLD_SENTENCES):
        if (
            item.trigger.noun
            and not other.trigger.noun
            and other.trigger.type is item.trigger.type
            and other.sentence == item.sentence
            and 0 <= item.start - other.end <= _OBJECT_GAP
        ):
            return True  # *ont signé jeudi un accord de paix*: the verb's object, one act
        if other.trigger.type is not item.trigger.type or other.modality is not item.modality:
            continue
        same_actor = actor is None or _name(other.actor) in (None, actor)
        close = item.sentence - other.sentence <= 2
        # The same noun again, or a demonstrative pointing back (*ces frappes*).
        same_word = other.trigger.lemma == item.trigger.lemma or item.anaphoric
        if (
            item.trigger.noun
            and same_word
            and same_actor
            and (close or actor == _name(other.actor))
        ):
            return True
        if (
            same_actor
            and item.sentence - other.sentence <= 1
            and item.target is not None
            and _name(other.target) == _name(item.target)
        ):
            return True
    return False


_POLITICAL_KINDS = frozenset({"intl", "armed", "seat", "service", "party", "court"})
_FIELD_WORDS = 4
"""A document needs this many words of another field before it can be off the track."""


def _off_the_beaten_track(doc: Document, text: TokenView, lex: _Lexicon) -> bool:
    """Whether ``doc`` tells sport, markets, health, games, cooking, fires or ordinary crime.

    Its words of those fields (``domains.tsv``) must be at least four and outnumber the signs
    of politics: words of politics and conflict (``political_words.txt``) and mentions of
    states, political bodies and known people. A match report's *attaque* or a market's
    *offensive* is then no event; a history of battles, full of armies, is.
    """
    keys = text.keys
    domains, political = lex.domains, lex.political
    firsts = lex.domain_firsts
    fields = sum(1 for key in keys if key in domains)
    fields += sum(
        1 for i in range(text.n - 1) if keys[i] in firsts and f"{keys[i]} {keys[i + 1]}" in domains
    )
    politics = sum(1 for key in keys if key in political)
    if fields < _FIELD_WORDS:
        return False
    for entity in doc.entities:
        if _political(lex, entity):
            politics += len(entity.mentions)
    return fields > politics


def _political(lex: _Lexicon, entity: Entity) -> bool:
    """A state, a political, armed or state body, or a person known to Wikidata."""
    return (
        (entity.id or "").startswith("iso:")
        or lex.org_kinds.get(entity.name) in _POLITICAL_KINDS
        or (entity.type == EntityType.PER and (entity.id or "").startswith("wikidata:"))
    )


_GENERIC_ADVERBS = frozenset({"souvent", "generalement", "habituellement", "ordinairement"})
_GENERIC_PAIRS = frozenset(
    {("en", "general"), ("en", "moyenne"), ("en", "principe"), ("par", "definition")}
    | {("en", "theorie"), ("en", "regle")}
)
_DEFINING_VERBS = frozenset(
    {"constitue", "constituent", "suppose", "supposent", "implique", "impliquent", "signifie"}
    | {"signifient", "designe", "designent", "exige", "exigent", "requiert", "necessite"}
)


def _generic(text: TokenView, item: _Found, last: int) -> bool:
    """Whether a noun with no actor of its own is a kind of act, not an act.

    A statement of law or of what usually happens: *le blocus d'un port constitue un acte de
    guerre*, *une trêve suppose en principe des observateurs*.
    """
    if not item.trigger.noun or (item.actor is not None and not item.guessed):
        return False
    if item.start > 0 and text.keys[item.start - 1] in _ANY:
        return True  # *nous répondrons à toute incursion*: any act of the kind, none told
    first = text.sentence_start(item.start)
    if any(
        text.keys[k] in _GENERIC_ADVERBS or (text.keys[k], text.keys[k + 1]) in _GENERIC_PAIRS
        for k in range(first, last - 1)
    ):
        return True
    for k in range(item.end, min(last, item.end + 6)):
        if text.keys[k] in _DEFINING_VERBS:
            return True
        if finite_at(text, k) or text.punct[k]:
            return False
    return False


_ANY = frozenset({"tout", "toute", "tous", "toutes", "chaque", "n'importe"})


def _other_field(text: TokenView, lex: _Lexicon, number: int) -> bool:
    """Whether sentence ``number`` tells another field and names nothing of politics.

    *L'équipe a attaqué dès la reprise du match*, *la hausse des prix a frappé les ménages*:
    a word of ``domains.tsv`` in the sentence, and no word of politics, no state,
    no demonym, no political body or known person there.
    """
    first, last = text.sentences[number]
    keys = text.keys
    domains, firsts = lex.domains, lex.domain_firsts
    words = set(keys[first : last - 1])
    if not words.isdisjoint(lex.verb_domains):
        # *l'incendie*, *le prévenu* tell a field; *ont incendié*, *a prévenu* are acts.
        words -= {
            keys[k]
            for k in range(first + 1, last - 1)
            if keys[k] in lex.verb_domains and keys[k - 1] not in DETERMINERS
        }
    if words.isdisjoint(domains) and (
        words.isdisjoint(firsts)
        or not any(
            keys[k] in firsts and f"{keys[k]} {keys[k + 1]}" in domains
            for k in range(first, last - 1)
        )
    ):
        return False
    words.add(keys[last - 1])
    if not words.isdisjoint(_VIOLENCE) or any(
        word in lex.political and word not in lex.firsts for word in words
    ):
        return False  # *deux tireurs ont ouvert le feu sur les spectateurs d'un match*
    low = bisect_left(text.mention_starts, first)
    for a, _b, entity in text.after(low):
        if a >= last:
            break
        if _political(lex, entity):
            return False
    return True


_TOLD_SENTENCES = 20
"""How far back a noun may name again an event already told (*les frappes*)."""
_KNOWN_SENTENCES = 6
"""How far back a definite noun with no actor (*l'accord*) finds the act it names again."""


def _recent(found: list[_Found], sentence: int, sentences: int) -> list[_Found]:
    """The events found in the ``sentences`` sentences before ``sentence``, latest first."""
    recent = []
    for other in reversed(found):
        if sentence - other.sentence > sentences:
            break
        recent.append(other)
    return recent


def _inside_names(text: TokenView) -> list[bool]:
    """Tokens inside an entity's name (*Front de libération*, *Forces de soutien rapide*)."""
    inside = [False] * text.n
    for a, b, _entity in text.mentions:
        if b - a > 1:
            inside[a:b] = [True] * (b - a)
    return inside


def _body_sentences(doc: Document) -> set[int]:
    """The sentences of paragraphs: a headline restates the event its article tells."""
    body: set[int] = set()
    headings: set[int] = set()
    for block in doc.blocks:
        target = headings if block.kind.value == "heading" else body
        target.update(range(block.sentence_start, block.sentence_end))
    return body or headings


def _historical_sentences(doc: Document, text: TokenView) -> set[int]:
    """Sentences dated more than a generation before the text: background, not news."""
    ref = doc.reference_date
    if ref is None:
        return set()
    old: set[int] = set()
    norm = doc.normalised
    for time in doc.times:
        if time.type is not TimeType.DATE or not time.value or not time.value[:4].isdigit():
            continue
        if int(time.value[:4]) < ref.year - _HISTORY_YEARS:
            token = bisect_right(text.starts, norm.to_normalised(time.span.start)) - 1
            old.add(text.sentence_of[max(0, token)])
    return old


def _quote_ranges(doc: Document, text: TokenView) -> list[Quote | None]:
    """The quote whose words hold each token (the first one told), to tell reported events."""
    at: list[Quote | None] = [None] * text.n
    norm = doc.normalised
    for quote in doc.quotes:
        start = norm.to_normalised(quote.content.span.start)
        end = norm.to_normalised(quote.content.span.end)
        first = bisect_left(text.starts, start)
        last = bisect_left(text.starts, end)
        for k in range(first, last):
            if at[k] is None:
                at[k] = quote
    return at


def _trigger_at(text: TokenView, lex: _Lexicon, i: int, last: int) -> tuple[int, _Trigger] | None:
    most = lex.firsts.get(text.keys[i])
    if most is None:
        if text.lemmas is not None and text.lemmas[i] in lex.lemmas:
            return i + 1, lex.lemmas[text.lemmas[i]]  # a form the lexicon does not list
        return None
    # After a determiner, *attaque*, *frappe*, *rencontre* are nouns, not verbs.
    before = text.keys[i - 1] if i > 0 else ""
    noun_first = before in DETERMINERS or before in _NOUN_ADJECTIVES
    # Keys drop accents: *attaques* (noun) and *attaqués* (participle) share one.
    word = text.words[i].lower()
    unaccented = word.endswith("s") and not word.endswith(("és", "ées"))
    for size in range(min(most, last - i), 0, -1):
        words = tuple(text.keys[i : i + size])
        noun = lex.nouns.get(words)
        trigger = (
            noun if noun_first or (unaccented and noun is not None) else None
        ) or lex.forms.get(words)
        if trigger is not None:
            return i + size, trigger
    return None


DETERMINERS = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "cette",
        "ces",
        "ce",
        "leur",
        "leurs",
        "sa",
        "son",
        "ses",
        "aucune",
        "aucun",
        "chaque",
        "toute",
        "nouvelle",
        "nouvelles",
    }
)
_NOUN_ADJECTIVES = frozenset(
    {"vaste", "large", "violente", "violentes", "massive", "massives", "premiere", "derniere"}
)


def _blocked(text: TokenView, lex: _Lexicon, i: int) -> bool:
    """Whether the trigger at ``i`` sits in a phrase of ``not_events.txt``."""
    for phrase in lex.blocked.get(text.keys[i], ()):
        at = phrase.index(text.keys[i])
        start = i - at
        if start >= 0 and tuple(text.keys[start : start + len(phrase)]) == phrase:
            return True
    return False


def _sentence_events(
    text: TokenView,
    lex: _Lexicon,
    number: int,
    first: int,
    last: int,
    quotes: list[Quote | None],
    candidates: list[int],
) -> list[_Found]:
    found: list[_Found] = []
    seen: set[tuple[EventType, Modality]] = set()
    content_from: int | None = None
    accuser: _Found | None = None
    praiser: _Found | None = None
    resume = first
    for i in candidates[bisect_left(candidates, first) : bisect_left(candidates, last)]:
        if i < resume:
            continue
        match = _trigger_at(text, lex, i, last)
        if match is None and text.keys[i] in lex.judging:
            match = _judgement_at(text, lex, i, last)
        if match is None or _blocked(text, lex, i) or not _is_event_word(text, i, first, match[1]):
            continue
        if _figurative(text, lex, i, match, first, last):
            continue
        end, trigger = match
        if trigger.lemma == "envoi" and _act_noun_after(text, lex, end, last):
            continue  # *l'envoi de renforts*, *l'envoi d'aide*: the act is the noun after
        resume = end
        if content_from is not None and i > content_from and text.commas_between(content_from, i):
            content_from = None  # the content ends at the next comma (*..., une option évoquée*)
        opened = content_from if content_from is not None or accuser is None else accuser.end
        if opened is not None and opened < i and _second_predicate(text, i, trigger, opened):
            # *a démenti ces allégations et appelé au dialogue*, *a condamné l'attaque et
            # arrêté trois suspects*: a second act of the subject, not what the first one says.
            content_from = accuser = None
        if content_from is not None and i >= content_from:
            # *a appelé à cesser les frappes*: the content of a request is no event of its own.
            continue
        if _purpose(text, i, first, trigger) or _object_of_talks(text, i, first, trigger):
            continue  # *des pourparlers pour libérer les otages*: an aim, not an act
        if trigger.lemma == "libérer" and _frees_a_place(text, end, last):
            trigger = _Trigger(EventType.ASSAULT, False, "libérer")
        elif (
            trigger.lemma in ("retrait", "se retirer") and _leaves_an_organisation(text, end, last)
        ) or (trigger.lemma == "quitter" and _organisation_object(text, end, last)):
            # *leur retrait de la CEDEAO*, *le Mali a quitté la Cédéao*: a sanction.
            trigger = _Trigger(EventType.SANCTION, trigger.noun, trigger.lemma)
        elif trigger.lemma == "condamner" and _sentenced(text, end, last):
            # *condamné à 15 ans de prison*: a court's sentence, not a condemnation.
            trigger = _Trigger(EventType.COERCE, False, "condamner")
        elif trigger.lemma == "promettre" and _force_after(text, lex, end, last):
            # *a promis d'écraser les rebelles*: a promise of force is a threat.
            trigger = _Trigger(EventType.THREATEN, False, "promettre")
        elif trigger.lemma == "bloquer" and _blocks_a_way(text, lex, end, last):
            # *bloquer la route d'un patrouilleur*: a blockade, not a political refusal.
            trigger = _Trigger(EventType.COERCE, False, "bloquer")
        elif trigger.lemma == "suspendre" and (
            _state_object(text, end, last) or _states_suspended(text, i, first)
        ):
            # *la Cédéao a suspendu le Mali*: a member shut out, a sanction.
            trigger = _Trigger(EventType.SANCTION, False, "suspendre")
        elif trigger.lemma in ("envoyer", "envoi") and _sends_an_envoy(text, lex, end, last):
            # *a envoyé un émissaire à Doha*, *l'envoi d'une délégation*: talks, not aid.
            trigger = _Trigger(EventType.CONSULT, trigger.noun, trigger.lemma)
        elif trigger.lemma in ("expulser", "expulsion") and any(
            text.keys[k] in _DIPLOMATS for k in range(end, min(last, end + 6))
        ):
            # Expelling diplomats is a sanction between states; expelling people, coercion.
            trigger = _Trigger(EventType.SANCTION, trigger.noun, trigger.lemma)
        start = i
        if trigger.lemma in lex.restrictions:
            lifted = _lifted(text, i, end, first, last)
            if lifted is not None:
                # *a levé les sanctions*, *le couvre-feu sera levé*: easing, not imposing.
                trigger, start = _Trigger(EventType.CONCEDE, True, trigger.lemma), lifted
        if trigger.type is EventType.AID:
            stopped = _stopped(text, i, end, first, last)
            if stopped is not None:
                # *a suspendu son aide*, *le gel de l'aide*: cutting aid is a sanction.
                trigger, start = _Trigger(EventType.SANCTION, True, trigger.lemma), stopped
        if trigger.type is EventType.MOBILIZE and _in_support(text, end, last):
            # *a dépêché des unités en soutien au M23*: forces sent to a side are aid.
            trigger = _Trigger(EventType.AID, trigger.noun, trigger.lemma)
        # *le Mali a quitté la Cédéao*, *a suspendu le Gabon*: a sanction, whatever the object
        # the lexicon's type needs below.
        retyped = trigger is not match[1]
        item = _Found(start, end, trigger, number)
        item.anaphoric = trigger.noun and i > 0 and text.keys[i - 1] in DEMONSTRATIVES
        item.definite = trigger.noun and i > 0 and text.keys[i - 1] in _DEFINITE
        item.restated = trigger.noun and "agit" in text.keys[max(first, i - 5) : i]
        _modality(text, item, first, quotes)
        if _threat(text, lex, item) or _vowed_force(text, item):
            # *« Nous frapperons sans attendre », a déclaré X*, *X dit vouloir anéantir Y*,
            # *X a juré d'écraser Y*: X threatens.
            item.trigger = trigger = _Trigger(EventType.THREATEN, False, trigger.lemma)
            item.modality, item.threat = Modality.ASSERTED, True
        elif (not trigger.noun and text.keys[i].endswith("erons")) or (
            trigger.lemma in _THREAT_IDIOMS
        ):
            continue  # *nous ne reculerons pas*: a pledge; *ils paieront le prix*, told: no act
        if (
            not retyped
            and trigger.lemma in lex.closures
            and not _object_head_in(text, lex.closures[trigger.lemma], i, end, first, last)
        ):
            continue  # *a suspendu la séance*, *a rompu le silence*: no medium, no tie
        if trigger.lemma in _LEAVING and _civilians_before(text, i, first):
            continue  # *des milliers de villageois ont quitté la vallée*: people flee, no retreat
        if (
            not retyped
            and trigger.lemma in lex.ground_losses
            and not _loses_ground(text, lex.ground_losses[trigger.lemma], end, last)
        ):
            continue  # *a perdu la vie*, *abandonne son projet*, *a quitté la salle*
        if trigger.lemma in lex.refusals:
            if item.modality is not Modality.NEGATED:
                continue  # *a reconnu sa défaite*, *tolère*: no refusal
            item.modality = _refusal_modality(text, item, quotes)
        # One event of a type per sentence and modality: *a frappé X, n'a pas frappé Y* two.
        responds = trigger.lemma in _RESPONSES and not trigger.noun
        if (trigger.type, item.modality) not in seen or responds:
            # *des tirs auxquels l'armée a riposté*: a response is the other side's own act.
            seen.add((trigger.type, item.modality))
            _arguments(text, lex, item, first, last)
            _accused_acts(text, item)
            if accuser is not None:
                _accused_in_sentence(text, lex, item, accuser)
            elif praiser is not None and _guessed_as(item, praiser):
                item.actor = None  # *X a salué la libération des otages*: not X's release
            _armed_support(text, lex, item)
            found.append(item)
            if item.allied is not None:
                found.append(attrs.evolve(item, actor=item.allied, allied=None))
            if trigger.type is EventType.ACCUSE and not trigger.noun:
                accuser = item
            if trigger.type is EventType.SUPPORT and not trigger.noun:
                praiser = item
        if (
            (trigger.type in _CONTENT_TYPES or trigger.lemma == "bloquer")
            and not trigger.noun
            and (trigger.type is not EventType.AGREE or _opens_content(text, end, last))
        ) or trigger.lemma in _BANS:
            # *a bloqué les convois de vivres*, *l'interdiction de manifester*: what is blocked
            # or banned is no act.
            content_from = end
    # *a frappé un rassemblement d'opposants*, *a bombardé un convoi d'aide*: a noun inside
    # what another act struck names what was struck, not an act of its own.
    return [
        item
        for item in found
        if not item.trigger.noun
        or not any(
            other is not item
            and other.trigger.type in (EventType.ASSAULT, EventType.COERCE)
            and other.start < item.start
            and other.target is not None
            and other.target.start <= item.start < other.target.end
            for other in found
        )
    ]


_RESPONSES = frozenset({"riposter"})
"""Verbs of a response: an act of its own even after an act of its type in the sentence."""
_AIMED_TYPES = frozenset({EventType.RETREAT, EventType.CONSULT, EventType.AID, EventType.CONCEDE})


def _undergoes(item: _Found) -> bool:
    """Verbs whose subject undergoes the act in the active voice (*écoper de*)."""
    return item.trigger.lemma == "écoper"


_SENTENCING = frozenset({"condamner", "écoper"})


_UNJUDICIAL = frozenset(
    {EventType.ASSAULT, EventType.MOBILIZE, EventType.AID, EventType.PROTEST, EventType.RETREAT}
)
"""Types of act that a court never carries out."""


def _is_court(lex: _Lexicon, entity: Entity) -> bool:
    """A court or a tribunal: by the gazetteer's kind, else by the first word of its name."""
    return lex.org_kinds.get(entity.name) == "court" or word_key(entity.name.split(" ", 1)[0]) in (
        "cour",
        "tribunal",
    )


def _last_court(text: TokenView, lex: _Lexicon, item: _Found) -> Phrase | None:
    """The court named in the ten sentences before a sentence of prison."""
    low = bisect_left(text.mention_starts, item.start)
    limit = item.sentence - _DESCRIPTION_LOOKBACK
    for a, b, entity in text.before(low):
        if text.sentence_of[a] < limit:
            break
        if _is_court(lex, entity):
            return Phrase(a, b, entity.name, entity)
    return None


_PENALTIES = frozenset(
    {"prison", "perpetuite", "mort", "peine", "peines", "amende", "reclusion", "detention"}
)


def _sentenced(text: TokenView, end: int, last: int) -> bool:
    """*condamné à 15 ans*, *à la prison à vie*, *à mort*: a sentence follows the verb."""
    if end >= last or text.words[end] not in ("à", "À"):
        return False
    words = number_words()
    return any(
        text.words[k].isdigit() or text.keys[k] in _PENALTIES or text.words[k].lower() in words
        for k in range(end + 1, min(last, end + 4))
    )


_TALKING = ("negoci", "reclam", "obten", "obtien", "exig")


def _object_of_talks(text: TokenView, i: int, first: int, trigger: _Trigger) -> bool:
    """Whether a noun trigger is what talks seek or a plan holds, no act yet.

    *négocie la libération des otages*, *a prévu des attaques de ministères*.
    """
    if not trigger.noun:
        return False
    j = i - 1
    while j >= first and j >= i - 3 and text.keys[j] in _ARTICLES:
        j -= 1
    if j < first or j >= i - 1:
        return False
    key = text.keys[j]
    return key.startswith(_PLANNING) or (trigger.type in _AIMED_TYPES and key.startswith(_TALKING))


_PLANNING = ("prevu", "prevoy", "prepar", "planifi", "projet", "fomen")


def _second_predicate(text: TokenView, i: int, trigger: _Trigger, content: int) -> bool:
    """Whether a participle after *et* is a second verb of the subject, not the content.

    *a démenti ces allégations et appelé au dialogue*: two acts; *a démenti avoir attaqué et
    tué des civils*, *accuse X d'avoir bombardé Y et attaqué Z*: an infinitive or *que*
    opened the content from token ``content``, and the participle belongs to it.
    """
    return (
        not trigger.noun
        and text.keys[i - 1] == "et"
        and _participle(text.keys[i])
        and not any(
            key in _CONTENT_OPENERS or _infinitive(key)
            for key in text.keys[max(content, i - _CONTENT_REACH) : i - 1]
        )
    )


_CONTENT_REACH = 40
"""How far back from a participle after *et* an opener of the content is looked for."""


_CONTENT_OPENERS = frozenset({"avoir", "d'avoir", "de", "d'", "a", "que", "qu'", "etre", "d'etre"})


def _purpose(text: TokenView, i: int, first: int, trigger: _Trigger) -> bool:
    """Whether a verb trigger is an infinitive of purpose (*pour libérer*, *afin de se rendre*).

    Only for acts an aim does not perform: *pour condamner*, *pour sanctionner* after words
    or votes are acts done.
    """
    if trigger.noun and trigger.type in _AIMED_NOUN_TYPES:
        # *pour parvenir à un accord*, *afin de conclure un cessez-le-feu*: the aim of a verb
        # of purpose, not yet reached.
        j = i - 1
        while j > first and text.keys[j] in _BEFORE_AIMED_NOUN:
            j -= 1
        if j < i - 1 and text.keys[j] in _NEEDS:
            return True  # *il faut une trêve durable*: what is needed, not yet there
        if j == i - 1 or not _infinitive(text.keys[j]):
            return False
        i = j
    elif trigger.noun or trigger.type not in _AIMED_TYPES or not _infinitive(text.keys[i]):
        return False
    j = i - 1
    if j >= first and text.keys[j] in ("se", "s'"):
        j -= 1
    return (j >= first and text.keys[j] == "pour") or (
        j - 1 >= first and tuple(text.keys[j - 1 : j + 1]) in _PURPOSE_PAIRS
    )


_NEEDS = frozenset({"faut", "fallait", "faudra", "faudrait"})
_AIMED_NOUN_TYPES = _AIMED_TYPES | {EventType.AGREE}
_BEFORE_AIMED_NOUN = DETERMINERS | {"a", "au", "aux", "de", "d'", "du", "des"}

_PURPOSE_PAIRS = frozenset(
    {("afin", "de"), ("afin", "d'"), ("destine", "a"), ("destinee", "a"), ("vise", "a")}
    | {("visant", "a"), ("visent", "a"), ("cense", "a")}
)
"""Words before an infinitive that make it an aim (*une charte destinée à mettre fin aux*)."""


def _reflexive_before(text: TokenView, i: int, low: int) -> bool:
    """Whether a reflexive pronoun stands between token ``low`` and the verb at ``i``."""
    return any(k in _REFLEXIVE for k in text.keys[low:i])


_CLASH_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.THREATEN})


def _figurative(
    text: TokenView, lex: _Lexicon, i: int, match: tuple[int, _Trigger], first: int, last: int
) -> bool:
    """Whether the trigger at ``i`` names another act than its own, or none.

    A verb used with a reflexive pronoun that makes it another verb (*se sont livré une
    guerre*: no delivery), force whose object is intangible (*a détruit sa carrière*), a
    dispersal with no crowd in its clause (*ses cendres ont été dispersées*), and a
    clash whose sides are those of a party quarrel (*les affrontements entre les courants*):
    words of war for a contest without arms.
    """
    end, trigger = match
    if (
        not trigger.noun
        and trigger.lemma in lex.other_when_reflexive
        and _reflexive_before(text, i, max(first, i - 3))
    ):
        return True
    if trigger.lemma == "disperser" and not any(
        text.keys[k] in lex.crowds for k in range(max(first, i - 8), min(last, end + 12))
    ):
        return True  # *ses cendres ont été dispersées*: no crowd, no force
    if trigger.lemma == "interdire" and (
        (i > first and text.keys[i - 1] in ("est", "sont", "reste", "restent"))
        or any(text.keys[k] in _RULE_TEXTS for k in range(max(first, i - 4), i))
    ):
        # *il est interdit de fumer*, *X est interdit*, *le texte interdit*: a rule in force,
        # no one acts (*a été interdit par le préfet* is an act).
        return True
    if trigger.lemma == "recevoir" and _receives_a_thing(text, lex, end, last):
        return True  # *n'a reçu aucune aide*, *a reçu une lettre*: no meeting
    if trigger.lemma == "viser" and (
        (end < last and text.words[end] in ("à", "À"))
        or not any(
            text.keys[k] in lex.strike_means for k in range(max(first, i - 8), min(last, end + 6))
        )
    ):
        return True  # *la réforme vise les retraités*, *vise à rassurer*: no strike
    if trigger.lemma in lex.processions and not _protest_march(text, lex, i, end, first, last):
        return True  # *les troupes ont défilé*, *le défilé*, *le plan n'a pas marché*
    if not trigger.noun and _natural_subject(text, lex, i, first):
        return True  # *le séisme a frappé la région*: no one acted
    if not trigger.noun and _condition_subject(text, lex, i, first):
        return True  # *la crise menace la stabilité du pays*: no one threatens
    if not trigger.noun and trigger.type is EventType.ASSAULT:
        head = end
        while head < last and text.keys[head] in DETERMINERS:
            head += 1
        if head < last and text.keys[head] in lex.intangible:
            return True  # *a anéanti ses espoirs*: no one was struck
    if not trigger.noun or trigger.type not in _CLASH_TYPES:
        return False
    for k in range(end, min(last, end + 3)):
        if text.keys[k] == "entre":
            side = k + 1
            while side < last and text.keys[side] in DETERMINERS:
                side += 1
            return side < last and text.keys[side] in lex.party_sides
        if text.punct[k]:
            break
    return False


def _noun_before(text: TokenView, i: int, first: int) -> Phrase | None:
    """The noun phrase a participle right after it describes (*des islamistes soutenus*)."""
    j = i - 1
    while j >= max(first, i - 6):
        key = text.keys[j]
        if key in _ARTICLES or key in ("au", "aux", "du", "des", "a"):
            break
        if not text.words[j].isalpha() or key in FINITE_VERBS or key in _NP_STOPS:
            return None
        j -= 1
    start = j + 1
    if start >= i or j < max(first, i - 6):
        return None
    found = entity_in(text, start, i)
    if found is not None:
        return Phrase(found[0], found[1], found[2].name, found[2])
    return Phrase(start, i, text.span_text(start, i), None)


_ARMED_WORDS = frozenset(
    {"arme", "armes", "milice", "milices", "rebelles", "rebellion", "islamistes", "jihadistes"}
    | {"djihadistes", "insurges", "paramilitaires", "guerilla", "miliciens", "terroristes"}
)
_VIOLENCE = _ARMED_WORDS | {
    "armee",
    "armees",
    "balle",
    "balles",
    "tues",
    "tuees",
    "morts",
    "blesses",
    "blessees",
    "bombe",
    "explosif",
    "kamikaze",
    "otages",
    "tireur",
    "tireurs",
    "assaillants",
    "fusillade",
}
"""Words of armed violence: a sentence with one of them is never of another field."""


def _armed_support(text: TokenView, lex: _Lexicon, item: _Found) -> None:
    """*le Rwanda soutient le M23*, *un soutien militaire*: backing an armed side is aid."""
    if item.trigger.lemma not in ("soutenir", "soutien"):
        return
    if item.target is None or item.target.entity is None:
        # *soutient les rebelles du M23*: the group the object names.
        last = text.sentences[item.sentence][1]
        low = bisect_left(text.mention_starts, item.end)
        for a, b, entity in text.mentions[low : low + 2]:
            if a < min(last, item.end + 5) and entity.type == EntityType.ORG:
                item.target = Phrase(a, b, entity.name, entity)
                break
    sides = (item.target, item.actor)
    armed = any(
        side is not None
        and side.entity is not None
        and lex.org_kinds.get(side.entity.name) == "armed"
        for side in sides
    )
    backed = (
        # *le mouvement armé soutenu par l'Iran*, *des islamistes soutenus par X*
        not item.trigger.noun
        and item.start > 0
        and any(text.keys[k] in _ARMED_WORDS for k in range(max(0, item.start - 4), item.start))
    )
    if (
        armed
        or backed
        or any(
            text.keys[k] in ("militaire", "militaires", "arme", "armes", "armee")
            for k in range(item.end, min(text.n, item.end + 2))
        )
    ):
        item.trigger = _Trigger(EventType.AID, item.trigger.noun, item.trigger.lemma)


def _judgement_at(text: TokenView, lex: _Lexicon, i: int, last: int) -> tuple[int, _Trigger] | None:
    """A verb of judgement with a word of rejection or accusation in its clause.

    *a jugé « inacceptable » ...* rejects, *qualifie X de « provocation »* accuses.
    """
    for k in range(i + 1, min(last, i + 9)):
        key = text.keys[k]
        if key in ("que", "qu'", "qui", "et", "mais") or text.words[k] in (".", ";", ":"):
            return None
        for size in (3, 2, 1):
            kind = lex.judgements.get(tuple(text.keys[k : k + size]))
            if kind is not None:
                return i + 1, _Trigger(kind, False, "juger")
    return None


def _is_event_word(text: TokenView, i: int, first: int, trigger: _Trigger) -> bool:
    """Rule out uses of a trigger word that name no event (*à l'aide de*, *au départ*)."""
    if not text.words[i][:1].islower():
        return trigger.noun and i == first  # a capital is a name, unless it opens the sentence
    if trigger.reflexive and not _reflexive_before(text, i, max(first, i - 4)):
        return False
    if (
        not trigger.noun
        and i > first
        and _participle(text.keys[i])
        and (text.keys[i - 1] in DETERMINERS or text.words[i - 1][-1:].isdigit())
    ):
        return False  # *les détenus*, *1 900 détenus*: people, not an act
    if trigger.lemma == "promettre" and text.keys[i].endswith("ant"):
        return False  # *élu en promettant de ...*, *s'est rendu sur place, promettant de*: a manner
    if trigger.lemma == "appeler":
        # *a appelé Israël et l'Iran à la retenue* asks; *un groupe appelé X*, a call, names.
        last = text.sentence_end(i)
        for k in range(i + 1, min(last, i + 13)):
            if text.words[k] in ("à", "À", "au", "aux"):
                # *a appelé à la retenue*, *appelle au calme*; not *au départ*, *aux urnes*.
                return k + 1 >= last or text.keys[k + 1] not in _NOT_CALLED_TO
            if text.words[k] in OPENING_MARKS:
                continue  # *appelle « les habitants à ...*
            if text.punct[k] or text.keys[k] in ("que", "qu'", "qui"):
                return False
        return False
    if (
        not trigger.noun
        and (trigger.type in _ADJECTIVAL_TYPES or trigger.lemma in _STATE_VERBS)
        and i > first
        and _participle(text.keys[i])
        and text.words[i - 1].isalpha()
        and text.words[i - 1].islower()
        and text.keys[i - 1] not in _AUXILIARY_WORDS
    ):
        return False  # *les combattants déployés au Mali*, *des diplomates accusés de*: a state
    if (
        not trigger.noun
        and trigger.type is EventType.ACCUSE
        and i - 1 > first
        and text.words[i - 1] == ","
        and _participle(text.keys[i])
        and text.words[i][-1:] in "ées"
        and "par" not in text.keys[i + 1 : min(text.sentence_end(i), i + 9)]
        and not incise_after_auxiliary(text, i - 1, first)
    ):
        return False  # *l'Otan, accusée de prolonger la guerre*: what it is said to be
    if trigger.noun:
        before = text.keys[max(0, i - 2) : i]
        if trigger.lemma in ("aide", "demande", "départ", "appel") and (
            before[-1:] == ["au"] or before == ["a", "l'"] or before == ["a", "la"]
        ):
            return False  # *à l'aide de*, *à la demande de*, *au départ*
    return True


_NOT_CALLED_TO = frozenset({"depart", "telephone", "urnes"})
"""What *appeler au* names when it asks nothing (*appelé au départ X*, *appelés aux urnes*)."""

_DIPLOMATS = frozenset(
    {"diplomate", "diplomates", "ambassadeur", "ambassadeurs", "ambassadrice", "consul", "consuls"}
    | {"attache", "attaches", "diplomatique", "diplomatiques"}
)
_ADJECTIVAL_TYPES = frozenset({EventType.MOBILIZE, EventType.ACCUSE})
"""Types whose past participle after a noun describes a state, not an act."""
_STATE_VERBS = frozenset({"détenir"})
"""Verbs whose participle after a noun tells a state (*les otages détenus par X*)."""
_AUXILIARY_WORDS = frozenset(
    {"a", "ont", "avait", "avaient", "aurait", "auraient", "avoir", "ete", "est", "sont"}
    | {"etait", "etaient", "sera", "seront", "serait", "seraient", "etre", "se", "s'", "deja"}
    | {"aussi", "egalement", "ensuite", "recemment", "massivement", "finalement", "notamment"}
)


def _participle(key: str) -> bool:
    return key.endswith(("e", "es", "ee", "ees", "u", "us", "ue", "ues")) and not key.endswith(
        ("ent", "ant", "que", "ques")
    )


def _accused_acts(text: TokenView, item: _Found) -> None:
    """*Kiev accuse Moscou d'avoir bombardé une école*: the accused one did the act."""
    quote = item.quote
    if quote is None or quote.cue_lemma not in _ACCUSING or quote.speaker is None:
        return
    start = bisect_left(text.starts, text.doc.normalised.to_normalised(quote.content.span.start))
    found = entity_in(text, start, min(item.start, start + 6))
    if found is not None and found[0] == start:
        a, b, entity = found
        item.actor = Phrase(a, b, entity.name, entity)


def _guessed_as(item: _Found, praiser: _Found) -> bool:
    """Whether an act's noun after a verb of praise took its praiser as a guessed actor.

    The praised act is someone else's (*les États-Unis ont salué la libération des otages*),
    unless the words name that actor (*la libération des otages par le Hamas*).
    """
    return (
        item.trigger.noun
        and item.guessed
        and item.start >= praiser.end
        and item.actor is not None
        and praiser.actor is not None
        and item.actor.entity is not None
        and item.actor.entity is praiser.actor.entity
    )


def _accused_in_sentence(text: TokenView, lex: _Lexicon, item: _Found, accuser: _Found) -> None:
    """Who does what an accusation names: the accused, never the accuser.

    *accuse le Rwanda de soutenir X*: the Rwanda acts; *a condamné l'arrestation de X en
    Iran*: the arrest is not the accuser's act. What an accusation says is a claim.
    """
    if item.modality is Modality.ASSERTED:
        item.modality = Modality.REPORTED  # what an accusation says is a claim
        item.quote = item.quote or accuser.quote
    accused = accuser.target
    if accused is not None and accused.entity is None:
        accused = _phrase_entity(text, lex, item, [], accused)
    if (
        accused is not None
        and accused.entity is not None
        and any(
            text.keys[k] in ("de", "d'", "des", "du")
            for k in range(max(accuser.end, item.start - 3), item.start)
        )
    ):
        item.actor = accused
        return
    accusing = accuser.actor.entity if accuser.actor is not None else None
    if (
        item.trigger.noun
        and item.actor is not None
        and accusing is not None
        and (item.actor.entity is accusing or item.guessed)
    ):
        item.actor = None
        where = item.location
        if item.trigger.type is EventType.COERCE and where is not None and where.entity:
            # *l'arrestation d'un humanitaire en Iran*: a state arrests on its soil.
            name = lex.countries.get(where.entity.country or "")
            if name is not None:
                item.actor = Phrase(where.start, where.end, name, None)


_CAUSES = frozenset({"mort", "deces", "hausse", "annonce", "decision", "election", "publication"})


def _cause_at(text: TokenView, lex: _Lexicon, k: int, last: int) -> bool:
    """Whether the phrase at ``k`` names an act or a happening: a cause, not who acted.

    *déclenchée par l'arrestation de X*, *par la mort de X*.
    """
    while k < last and text.keys[k] in _ARTICLES:
        k += 1
    return k < last and (text.keys[k] in _CAUSES or (text.keys[k],) in lex.nouns)


def _act_noun_after(text: TokenView, lex: _Lexicon, end: int, last: int) -> bool:
    """Whether an act's noun follows, past *de* and words of number (*de nouveaux renforts*)."""
    k = _past_words(text, end, last, _BEFORE_ACT_NOUNS, 4)
    return end < k < last and (text.keys[k],) in lex.nouns


def _participle_of_another(text: TokenView, start: int, k: int) -> bool:
    """Whether the participle at ``k`` goes with a noun brought in after ``start``.

    A preposition other than *de* brings it in (*revendiqué l'attaque dans une vidéo diffusée
    sur ...*): the participle is that noun's, not the act's.
    """
    return _participle(text.keys[k]) and any(
        text.keys[j] in _OTHER_NOUN_PREPOSITIONS for j in range(start, k)
    )


_OTHER_NOUN_PREPOSITIONS = frozenset(
    {"dans", "sur", "lors", "apres", "avant", "pendant", "par", "pour", "avec", "selon"}
)
"""Prepositions that bring in another noun than the act's (not *de*: *l'attaque du Hamas
menée contre X* is the attack's)."""


def _another_noun(text: TokenView, start: int, end: int) -> bool:
    """Whether a complement with its article (*du mouvement*, *de la ville*) lies in between."""
    keys = text.keys
    return any(
        keys[k] in ("du", "des") or (keys[k] in ("de", "d'") and keys[k + 1] in _ARTICLES)
        for k in range(start, end)
    )


def _in_support(text: TokenView, end: int, last: int) -> bool:
    """Whether *en soutien à*, *en appui à* or *aux côtés de* follows within a few words."""
    for k in range(end, min(last - 1, end + 6)):
        pair = (text.keys[k], text.keys[k + 1])
        if pair in (("en", "soutien"), ("en", "appui"), ("aux", "cotes")):
            return True
        if text.punct[k]:
            return False
    return False


def _frees_a_place(text: TokenView, end: int, last: int) -> bool:
    """*a libéré les localités de X*: taking ground is an assault, freeing people a retreat."""
    for k in range(end, min(last, end + 4)):
        if text.keys[k] in _LIBERATED_PLACES:
            return True
        found = entity_in(text, k, k + 3)
        if found is not None and found[0] == k and found[2].type == EntityType.LOC:
            return True
    return False


def _leaves_an_organisation(text: TokenView, end: int, last: int) -> bool:
    """*leur retrait de la CEDEAO*: leaving an organisation is a sanction, not a retreat."""
    if end >= last or text.keys[end] not in ("de", "du", "d'", "des"):
        return False
    # *leur retrait de la CEDEAO*, *le retrait du Mali, du Burkina et du Niger de la CEDEAO*
    for k in range(end + 1, min(last, end + 14)):
        if text.punct[k] and text.words[k] != ",":
            break
        found = entity_in(text, k, min(last, k + 8))
        if found is not None and found[0] == k and found[2].type == EntityType.ORG:
            return True
    return False


_ANY_LENGTH = 10**9
"""No bound on a run of words (:func:`_past_words`)."""


def _past_words(
    text: TokenView, k: int, last: int, words: frozenset[str], most: int = _ANY_LENGTH
) -> int:
    """The first token from ``k`` whose key is none of ``words``, at most ``most`` on."""
    start = k
    while k < last and k - start < most and text.keys[k] in words:
        k += 1
    return k


def _object_entity(text: TokenView, end: int, last: int) -> Entity | None:
    """The entity whose name is the object right after a verb, past its article."""
    k = _past_words(text, end, last, DETERMINERS, 3)
    found = entity_in(text, k, min(last, k + 8)) if k < last else None
    return found[2] if found is not None and found[0] == k else None


def _past_amount(text: TokenView, k: int, last: int) -> int:
    """Past a sum after an act's noun (*de 10 millions d'euros*), to its giver's *de X*."""
    if k + 2 >= last or text.keys[k] not in ("de", "d'"):
        return k
    j = k + 1
    while (
        j < last
        and j - k < _AMOUNT_WORDS
        and (
            text.words[j].replace("\u202f", "").replace(",", "").isdigit()
            or text.keys[j] in NUMBER_WORDS
            or text.keys[j] in ("millions", "milliards", "million", "milliard", "de", "d'")
        )
    ):
        j += 1
    if j > k + 1 and j < last and text.keys[j] in _money_words():
        j += 1
        if j < last and text.words[j].isupper() and len(text.words[j]) <= 4:
            j += 1  # *de francs CFA*
        return j
    return k


_AMOUNT_WORDS = 6
"""How many words a sum may take before its currency (*de 2,5 milliards de*)."""


@cache
def _money_words() -> frozenset[str]:
    """Keys of the currency words of ``units.tsv`` and ``currencies.tsv`` (*euros*, *dinars*)."""
    forms = [f for f, _unit, kind in read_table("fr/units.tsv", 3) if kind == "money"]
    forms += [f for f, _codes in read_table("fr/currencies.tsv", 2)]
    return frozenset(word_key(f.split(" ", 1)[0]) for f in forms)  # *francs* of *francs CFA*


def _receives_a_thing(text: TokenView, lex: _Lexicon, end: int, last: int) -> bool:
    """Whether *recevoir* gets an act or a thing, not a visitor (*aucune aide*, *une lettre*)."""
    k = _past_words(text, end, last, _BEFORE_RECEIVED, 4)
    return k < last and ((text.keys[k],) in lex.nouns or text.keys[k] in _RECEIVED_THINGS)


_BEFORE_RECEIVED = (
    DETERMINERS
    | _NEGATIONS
    | NUMBER_WORDS
    | {"de", "d'", "nouvelle", "nouvelles", "nouveaux", "nouvel"}
)
"""Words between *recevoir* and what it gets (*n'a reçu aucune aide*)."""
_RECEIVING = frozenset(
    {"recu", "recue", "recus", "recues", "recoit", "recoivent", "recevait", "recevaient"}
    | {"recevra", "recevront", "recevrait", "recevoir", "recevant"}
)
"""Forms of *recevoir*, whose subject undergoes the act its object names."""
_RECEIVED_THINGS = frozenset(
    {"lettre", "lettres", "message", "messages", "courrier", "invitation", "invitations"}
    | {"prix", "visa", "visas", "reponse", "reponses", "soutien", "fonds", "dons"}
)
"""Things one receives (*a reçu une invitation*), besides the acts of the lexicon."""


def _opposed_sides(
    text: TokenView, lex: _Lexicon, end: int, last: int
) -> tuple[Phrase, Phrase | None] | None:
    """The two sides *opposer* sets against each other after an act's noun.

    *des affrontements ont opposé l'armée aux rebelles*, *les combats qui opposent les FARDC
    au M23*: who stands after the verb, then after *à*, *au* or *aux*.
    """
    for k in range(end, min(last, end + _OPPOSED_REACH)):
        if text.punct[k]:
            return None
        if text.keys[k] in _OPPOSING:
            side = k + 1
            while (
                side < last
                and side - k < 4
                and (text.keys[side] in ADVERBS or text.keys[side] in _DATE_WORDS)
            ):
                side += 1  # *ont opposé mardi la Somalie aux chebabs*
            first_side = _np_end(text, side, last)
            first_side = next(
                (j for j in range(side + 1, first_side) if text.words[j] in ("à", "au", "aux")),
                first_side,
            )
            actor = _phrase_actor(text, lex, side, first_side)
            if actor is None:
                return None
            target = None
            if first_side < last and text.words[first_side] in ("à", "au", "aux"):
                at = first_side + 1
                target = _phrase_actor(text, lex, at, _np_end(text, at, last))
            return actor, target
    return None


_OPPOSED_REACH = 6
"""How many words after an act's noun *opposer* may stand (*ont de nouveau opposé*)."""
_OPPOSING = frozenset(
    word_key(form)
    for form in ("oppose", "opposent", "opposé", "opposait", "opposaient", "opposant", "opposeront")
)
"""Forms of *opposer*, which sets two sides against each other."""


def _organisation_object(text: TokenView, end: int, last: int) -> bool:
    """Whether an organisation's name is the object right after a verb (*a quitté la Cédéao*)."""
    entity = _object_entity(text, end, last)
    return entity is not None and entity.type == EntityType.ORG


_LEAVING = frozenset({"quitter"})
"""Lemmas of leaving, which civilians do in no act (*les villageois ont quitté la vallée*)."""
_CIVILIANS = frozenset(
    {"habitants", "civils", "familles", "personnes", "population", "populations", "gens"}
    | {"refugies", "deplaces", "residents", "villageois", "migrants", "riverains"}
)
"""Keys of people who leave a place in no act of force."""


def _civilians_before(text: TokenView, i: int, first: int) -> bool:
    """Whether civilians are the subject, within a few words before the verb at ``i``."""
    return any(text.keys[k] in _CIVILIANS for k in range(max(first, i - 6), i))


def _opens_content(text: TokenView, end: int, last: int) -> bool:
    """Whether a request, threat or agreement goes on with what it asks (*à*, *de*, *que*)."""
    for k in range(end, min(last, end + 6)):
        if text.keys[k] in ("a", "de", "d'", "que", "qu'", "sur") and text.words[k] != "a":
            return True
        if text.punct[k] or text.keys[k] in _CIRCUMSTANCES:
            return False  # *un cessez-le-feu après cinq jours de combats*
    return False


_CIRCUMSTANCES = frozenset({"apres", "avant", "pendant", "depuis", "lors", "malgre", "dans"})


# -- arguments -------------------------------------------------------------------------------


def _country_speaker(lex: _Lexicon, text: TokenView, k: int) -> Phrase | None:
    iso = lex.demonyms.get(text.keys[k])
    if iso is None or not text.words[k][:1].islower():
        return None
    name = lex.countries.get(iso)
    return Phrase(k, k + 1, name, None) if name else None


def _phrase_actor(text: TokenView, lex: _Lexicon, start: int, end: int) -> Phrase | None:
    """An entity the phrase names, else the country its forces stand for, else the phrase."""
    found = entity_in(text, start, end)
    loyal = found is not None and any(k in _LOYAL for k in text.keys[start : found[0]])
    if found is not None and not loyal:
        a, b, entity = found
        return Phrase(a, b, entity.name, entity)
    # *les forces fidèles à X* are not X: the whole phrase acts.
    phrase = noun_phrase(text, start, end)
    if phrase is None:
        return None
    return _state_for(text, lex, phrase)


_CLOSING_QUOTES = frozenset({"»", "”", '"', "“"})


def _bare_participle(text: TokenView, i: int, verb: int, first: int) -> bool:
    """*X, détenue sans procès*, *la ville bombardée*: a participle with no auxiliary.

    It follows a name, a comma, or a noun that a determiner opens.
    """
    word = text.words[i].lower()
    return (
        verb == i
        and i > first
        and (
            text.words[i - 1] == ","
            or text.caps_at(i - 1)
            or (
                i - 2 >= first
                and text.keys[i - 2] in DETERMINERS
                and text.words[i - 1].isalpha()
                and text.words[i - 1].islower()
            )
        )
        and word.endswith(("é", "ée", "és", "ées", "u", "ue", "us", "ues"))
        and not word.endswith(("que", "ques", "gue", "gues"))  # *attaque*, *distingue*
    )


_BETWEEN_TYPES = frozenset({EventType.CONSULT, EventType.AGREE, EventType.ASSAULT})
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
_INTERCEPTING = frozenset({"abattre", "intercepter"})
_LAUNCHED = frozenset(
    {"lance", "lances", "lancee", "lancees", "tire", "tires", "tiree", "tirees", "envoyes"}
)


def _launcher(text: TokenView, lex: _Lexicon, end: int, last: int) -> Phrase | None:
    """Who launched what was shot down: *drones lancés par X*, *missiles russes*."""
    for k in range(end, min(last - 2, end + 10)):
        if text.keys[k] in _LAUNCHED and text.keys[k + 1] == "par":
            return _phrase_actor(text, lex, k + 2, _np_end(text, k + 2, last))
    return None


_NP_STOPS = frozenset(
    {"qui", "que", "qu'", "et", "a", "au", "aux", "ont", "est", "sont", "contre", "par", "sur"}
    | {"avec", "pres"}
    | {"devant", "pour", "avant", "apres", "dans", "en", "lors", "depuis", "pendant", "sans"}
    | {"selon", "alors", "ne", "n'", "doit", "doivent", "va", "vont", "avait", "avaient"}
    | {"aupres", "vers", "malgre", "afin", "hier", "aujourd'hui", "cependant", "toutefois"}
)


_LOYAL = frozenset(
    {"fidele", "fideles", "loyal", "loyale", "loyaux", "loyales", "proche", "proches", "hostile"}
    | {"hostiles", "favorable", "favorables"}
)
"""Adjectives whose complement in *à* belongs to the phrase (*les forces loyales au chef*)."""


def _np_end(text: TokenView, start: int, last: int, limit: int = 6) -> int:
    """The end of a short noun phrase from ``start`` (up to punctuation or a verb-like word)."""
    k = start
    while k < last and k - start < limit and not text.punct[k]:
        if (
            k > start
            and (text.keys[k] in _NP_STOPS or verb_at(text, k))
            and not (text.words[k] in ("à", "au", "aux") and text.keys[k - 1] in _LOYAL)
        ):
            break  # but *les forces fidèles à X*: the complement of the adjective
        if (
            k > start
            and text.keys[k] in ("de", "d'")
            and k + 1 < last
            and text.keys[k + 1] in ("avoir", "etre")
        ):
            break  # *accusé par les autorités d'avoir payé*: what they say, not who
        k += 1
    # A name the limit cuts through ends the phrase (*la flotte russe de la mer Noire*).
    low = bisect_left(text.mention_starts, start)
    for a, b, _entity in text.after(low):
        if a >= k:
            break
        if b > k and b <= last:
            return b
    return k


def _arguments(text: TokenView, lex: _Lexicon, item: _Found, first: int, last: int) -> None:
    i, end = item.start, item.end
    if item.trigger.noun:
        _noun_arguments(text, lex, item, first, last)
    else:
        verb = verb_group_start(text, i)
        if verb > first and text.keys[verb - 1] == "ete":
            verb = verb_group_start(text, verb - 1)  # *a été détenu*: a passive
        item.pronoun = (
            verb > first
            and (
                text.keys[verb - 1] in _SUBJECT_PRONOUNS
                or (
                    text.keys[first] in _SUBJECT_PRONOUNS
                    # *Elle n'a pas bombardé X, mais pourrait lancer ...*: one subject, two verbs
                    and (
                        verb - first <= 4
                        or any(k in ("mais", "et", "puis") for k in text.keys[verb - 2 : verb])
                    )
                )
            )
        )
        if item.pronoun:
            item.pronoun_at = verb - 1 if text.keys[verb - 1] in _SUBJECT_PRONOUNS else first
        item.we = i > first and "nous" in text.keys[max(first, verb - 4) : i]
        item.plural = verb > first and text.keys[verb - 1] in ("ils", "elles")
        passive = any(text.keys[k] in BE_FORMS for k in range(verb, i))
        by = next(
            (k for k in range(end, min(last, end + 8)) if text.keys[k] == "par"),
            None,
        )
        agent = (
            by is not None
            and by + 1 < last
            and (
                text.keys[by + 1] in _ARTICLES
                or text.keys[by + 1] in ("quelque", "plusieurs", "environ", "pres")
                or text.caps_at(by + 1)
                or text.words[by + 1][:1].isdigit()
            )
        )
        if (
            agent
            and by is not None
            and (passive or by <= end + 1 or _bare_participle(text, i, verb, first))
            and not _active_form(text, i)
            and not item.trigger.reflexive
        ):
            item.actor = _named_after_title(text, by + 1, last) or _phrase_actor(
                text, lex, by + 1, _np_end(text, by + 1, last)
            )
            if item.actor is not None:
                item.actor = _wielder(text, lex, item.actor, last) or item.actor
            noun = _noun_before(text, i, first) if verb == i else None
            # *le mouvement armé soutenu par l'Iran*: the noun the participle describes.
            item.target = noun if noun is not None else subject_before(text, verb)
        else:
            partner: Phrase | None = None
            if (
                verb - 2 >= first
                and text.words[verb - 1] == ","
                and text.words[verb - 2] in _CLOSING_QUOTES
                and not _nickname_before(text, verb - 2, first)
            ):
                # *« ... », a menacé X*, *avait-il salué*: the subject follows the verb.
                item.actor = subject_after(text, end)
                if item.actor is None and inverted_pronoun(text, verb, end):
                    item.actor = pronoun_speaker(text, verb)
            elif (
                text.keys[i].endswith("ant")
                and (comma := _comma_before(text, verb, first)) is not None
            ):
                # *X, ne reconnaissant pas ..., a ...*: the subject before the comma.
                item.actor = _speaker_after_quote(text, first, comma) or sentence_subject(
                    text, first, comma, None
                )
            else:
                item.actor, partner = _first_of_pair(text, subject_before(text, verb), first)
            if item.actor is not None and item.actor.entity is None:
                item.actor = _author_of(text, item.actor, first, last) or item.actor
                item.actor = _state_for(text, lex, item.actor)
            item.target = dependent(text, i, ("obj",)) or _object_after(text, lex, end, last)
            if _overlap(item.target, item.actor):
                item.target = None  # *« ... », a prévenu X*: the subject after the verb
            if (
                item.target is None
                and item.trigger.type is EventType.THREATEN
                and end + 2 < last
                and text.keys[end] in ("de", "d'")
                and _infinitive(text.keys[end + 1])
            ):
                # *a menacé de frapper le Liban*: what the threatened act would strike.
                item.target = _object_after(text, lex, end + 2, last)
            if item.target is None and not passive:
                item.target = partner
            reflexive = _reflexive_before(text, i, verb)
            been = any(text.keys[k] == "ete" for k in range(verb, i))
            if _undergoes(item):
                # *X a écopé de 13 ans*: X undergoes the sentence; the court gave it.
                item.target, item.actor = item.actor, None
                item.undergone = True
            elif not reflexive and (
                been
                or (
                    (
                        (passive and _participle(text.keys[i]))
                        or (
                            (passive or _bare_participle(text, i, verb, first))
                            and item.trigger.type in _PHYSICAL
                        )
                    )
                    and not _active_form(text, i)
                )
            ):
                # *L'hôpital a été détruit*, *X, détenue sans procès*: what the subject names
                # underwent the act; who did it is left to the text before.
                noun = _noun_before(text, i, first) if verb == i else None
                item.target, item.actor = noun or item.actor, None
                item.undergone = True
    if item.trigger.type is EventType.PROTEST or item.undergone or item.pronoun:
        pass  # who protests is not whoever the sentence names first; a pronoun is resolved later
    elif item.actor is None:
        item.actor = _fallback_actor(text, lex, item, first)
        item.guessed = True
    if item.trigger.lemma in _INTERCEPTING:
        # *a abattu 45 des 70 drones lancés par la Russie*: who launched them attacked.
        launcher = _launcher(text, lex, item.end, last)
        if launcher is not None:
            item.target, item.actor = item.actor, launcher
    item.location = _location(text, item, first, last)


_DOCUMENTS = SOURCE_NOUNS | {"resolution", "resolutions", "texte", "motion", "lettre"}
"""Keys of the nouns of a text some body wrote or adopted (*une résolution condamnant X*)."""
_RULE_TEXTS = _DOCUMENTS | {"loi", "decret", "accord", "traite", "reglement", "article", "code"}
"""Texts whose bans are rules, not acts (*le texte interdit les importations*)."""


def _author_of(text: TokenView, phrase: Phrase, first: int, last: int) -> Phrase | None:
    """Who wrote or adopted the document a phrase names, where the document acts.

    *une résolution condamnant X*: the subject of the verb it is the object of (*X a adopté
    une résolution ...*), else the agent of its adoption (*le texte ... a été adopté par X*).
    """
    head = phrase.start
    while head < phrase.end - 1 and text.keys[head] in DETERMINERS:
        head += 1
    if text.keys[head] not in _DOCUMENTS:
        return None
    if phrase.start > first:
        subject = sentence_subject(text, first, phrase.start, None)
        if subject is not None and subject.entity is not None and subject.end <= phrase.start:
            return subject
    for k in range(phrase.end, last - 1):
        if text.keys[k] == "par" and text.keys[k - 1].startswith(("adopte", "vote", "signe")):
            agent = speaker_of(text, k + 1, min(last, k + 12))
            return agent if agent is not None and agent.entity is not None else None
    return None


_NOT_ADJECTIVES = frozenset(
    {
        "entre",
        "pres",
        "loin",
        "autour",
        "dans",
        "depuis",
        "vers",
        "sans",
        "lors",
        "en",
        "a",
        "au",
        "aux",
        "pour",
        "par",
        "apres",
        "avant",
        "contre",
        "sur",
        "avec",
        "hier",
        "jeudi",
    }
)
_TARGET_NOUNS = frozenset(
    {
        "invasion",
        "conquête",
        "bombardement",
        "pilonnage",
        "arrestation",
        "détention",
        "expulsion",
        "déportation",
        "retrait",
        "libération",
        "assassinat",
        "meurtre",
        "enlèvement",
        "exécution",
        "exécutions",
        "décapitation",
        "lynchage",
    }
)
"""Nouns whose *de X* names what the act falls on (*l'arrestation de X*), not who acts."""
_STATE_NOUNS = frozenset(
    {
        "forces",
        "force",
        "troupes",
        "soldats",
        "militaires",
        "unites",
        "combattants",
        "avions",
        "drones",
        "missiles",
        "navires",
        "chars",
        "bombardiers",
        "frappes",
        "marine",
        "marines",
        "defense",
        "services",
        "renseignement",
        "aviation",
        "reservistes",
        "garde-cotes",
        "gardes frontieres",
        "garde frontieres",
        "garde cotes",
    }
)
"""Heads of a phrase that stands for its state (*les forces russes* → Russie); a named body
(*la police russe*, *les colons israéliens*) keeps its phrase."""


_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
_OURS = frozenset({"nos", "notre", "nous"})
_DESCRIPTIONS = frozenset(
    {
        "paramilitaires",
        "rebelles",
        "insurges",
        "jihadistes",
        "djihadistes",
        "islamistes",
        "miliciens",
        "mercenaires",
        "groupe",
        "milice",
        "milices",
        "putschistes",
        "mouvement",
    }
)
"""Heads of a phrase that names again the armed group the text has named (*les paramilitaires*)."""
_GOVERNMENTS = frozenset({"junte", "gouvernement", "regime", "pouvoir", "autorites"})
"""*la junte de Ouagadougou*: the government a capital names is the capital."""
_PROTESTERS = frozenset({"manifestants", "manifestantes", "protestataires", "emeutiers"})
_CROWDS = frozenset(
    {"dizaines", "centaines", "milliers", "millions", "dizaine", "centaine", "millier"}
    | {"plusieurs", "nombreux", "foule", "quelque", "quelques"}
)
_PEOPLE = frozenset({"personnes", "habitants", "gens", "citoyens", "manifestants", "foule"})


def _resolve_actor(text: TokenView, lex: _Lexicon, item: _Found, found: list[_Found]) -> None:
    """Give the actor the text leaves to discourse its entity.

    A pronoun subject is the actor last told; *nos unités* in a quote are the speaker's (its
    state's, for forces); *ses hommes* are those of the actor last told; a phrase that names
    an entity (*les combattants du Hamas*) is that entity; *les paramilitaires* is the armed
    group the text named last. Protesters are named by what they are (*agriculteurs*), and
    crowds and unnamed ones are *manifestants*.
    """
    actor = item.actor
    speaker = _quote_speaker(text, item)
    claimed = item.start > 0 and text.keys[item.start - 1] in ("avoir", "d'avoir")
    struck = (
        item.target is not None
        and speaker is not None
        and speaker.entity is not None
        and item.target.entity is speaker.entity
    )
    if (
        speaker is not None
        and not struck  # *X dit avoir abattu des drones lancés par Y*: Y struck X
        and (item.we or item.threat or (claimed and (actor is None or speaker.entity is not None)))
    ):
        # *« Nous avons détruit ... »*, *X affirme avoir frappé*: the speaker acts.
        item.actor = actor = speaker
    person = _person(actor)
    if item.plural and person:
        # *Désignés sous le nom de X, ils ont ...*: a group the sentence names, not a person.
        item.actor = actor = _group_before(text, lex, item)
    if item.pronoun and not item.undergone and (actor is None or actor.entity is None or person):
        previous = _last_actor(lex, item, found)
        if previous is None and actor is None and item.pronoun_at is not None:
            # *L'action du ministère ... Il a fait inculper*: the entity the pronoun stands for
            # (not a company, a bank or a newspaper the text mentions in passing).
            previous = antecedent(text, item.pronoun_at)
            kind = lex.org_kinds.get(previous.name) if previous is not None else None
            if kind in _BYSTANDER_KINDS or (item.plural and kind not in _POLITICAL_KINDS):
                previous = None  # *ils*: a known armed, political or state body only
        if previous is not None:
            item.actor = actor = previous
    if item.pronoun and actor is None and not item.undergone:
        first = text.sentence_start(item.start)
        actor = _fallback_actor(text, lex, item, first)
        if item.plural and actor is not None and actor.entity is not None:
            actor = None if actor.entity.type == EntityType.PER else actor
        item.actor = actor
        item.guessed = True
    if item.undergone and actor is None:
        # *... enlevés lors de l'assaut mené par X*: who carried out the act the sentence
        # names; else (*L'hôpital a été détruit*) whoever the text last told doing it.
        item.actor = actor = _carried_out_by(text, lex, item) or next(
            (
                other.actor
                for other in _recent(found, item.sentence, 2)
                if other.trigger.type is item.trigger.type and other.actor is not None
            ),
            None,
        )
    if actor is None and item.trigger.lemma in _SENTENCING:
        # *X a écopé de 13 ans*, *Y a été condamné à 15 ans*: the court the text named.
        item.actor = actor = _last_court(text, lex, item)
    if actor is not None and actor.entity is None:
        item.actor = actor = _phrase_entity(text, lex, item, found, actor)
    if (
        item.trigger.type in (EventType.ASSAULT, EventType.COERCE)
        and actor is not None
        and actor.entity is None
        and any(k in _PROTESTERS for k in text.keys[actor.start : actor.end])
    ):
        # *des manifestants ont attaqué l'ambassade*, *bloquent les routes*: a protest.
        item.trigger = _Trigger(EventType.PROTEST, item.trigger.noun, item.trigger.lemma)
    if item.trigger.type is EventType.PROTEST:
        item.actor = _protesters(text, lex, item, actor)
    elif (
        actor is not None
        and actor.entity is not None
        and item.trigger.type is EventType.ASSAULT
        and lex.org_kinds.get(actor.entity.name) == "seat"
        and actor.entity.country in lex.countries
    ):
        # *Le Kremlin dément avoir bombardé*: the seat of a government stands for its state.
        item.actor = Phrase(actor.start, actor.end, lex.countries[actor.entity.country], None)
    elif actor is not None and _state_body(actor):
        # *la défense aérienne grecque a intercepté*: Grèce; *... de l'Otan*: the Otan.
        state = _state_for(text, lex, actor)
        item.actor = _body_of(text, actor) if state is actor else state
        item.actor = item.actor or actor


def _group_before(text: TokenView, lex: _Lexicon, item: _Found) -> Phrase | None:
    """An organisation the sentence names before the trigger, that a plural pronoun may be."""
    first = text.sentence_start(item.start)
    low = bisect_left(text.mention_starts, first)
    found: Phrase | None = None
    for a, b, entity in text.after(low):
        if b > item.start:
            break
        if entity.type == EntityType.ORG and not _observer(lex, entity.name):
            found = Phrase(a, b, entity.name, entity)
    return found


_BYSTANDER_KINDS = frozenset({"company", "media", "bank", "ngo"})
"""Kinds of organisations that a pronoun subject of an armed or political act is not."""
_CARRIED_OUT = frozenset(
    {"mene", "menee", "menes", "menees", "perpetre", "perpetree", "perpetres", "perpetrees"}
    | {"commis", "commise", "commises", "lance", "lancee", "lances", "lancees", "conduite"}
    | {"revendique", "revendiquee", "revendiques", "revendiquees", "orchestre", "orchestree"}
)
"""Participles that name who carried out an act (*l'attaque menée par X*)."""


def _carried_out_by(text: TokenView, lex: _Lexicon, item: _Found) -> Phrase | None:
    """The named agent of *menée par X*, *perpétrée par X* later in the sentence of an act."""
    first, last = text.sentence_start(item.start), text.sentence_end(item.start)
    for k in range(item.end, last - 1):
        if text.keys[k] == "par" and _participle_before(text, k, first):
            agent = _phrase_actor(text, lex, k + 1, _np_end(text, k + 1, last))
            if agent is not None and agent.entity is None:
                agent = _named_in(text, lex, agent)  # *par des combattants de X*
            if agent is not None and agent.entity is not None and not _is_town(text, agent):
                return agent
            return None
    return None


def _wielder(text: TokenView, lex: _Lexicon, means: Phrase, last: int) -> Phrase | None:
    """Who used the strike or weapon an agent names (*touché par des obus lancés par X*: X)."""
    head = means.start
    while head < means.end and (text.keys[head] in _ARTICLES or text.keys[head] in NUMBER_WORDS):
        head += 1
    if head >= means.end or text.keys[head] not in lex.strike_means:
        return None
    for k in range(head + 1, min(last - 1, means.end + 4)):
        if text.keys[k] == "par" and _participle(text.keys[k - 1]):
            return _phrase_actor(text, lex, k + 1, _np_end(text, k + 1, last))
        if text.punct[k]:
            break
    return None


def _participle_before(text: TokenView, by: int, first: int) -> bool:
    """*menée par*, *menée le 3 mai par*: a participle of carrying out before *par*.

    A date may stand between them, no punctuation.
    """
    for k in range(by - 1, max(first - 1, by - 5), -1):
        if text.keys[k] in _CARRIED_OUT:
            return True
        if text.punct[k] or not (text.words[k].isdigit() or text.keys[k] in _DATE_WORDS):
            return False
    return False


_DATE_WORDS = frozenset(
    {"le", "l'", "en", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout"}
    | {"septembre", "octobre", "novembre", "decembre", "hier", "lundi", "mardi", "mercredi"}
    | {"jeudi", "vendredi", "samedi", "dimanche", "dernier", "derniere"}
)


def _state_body(actor: Phrase) -> bool:
    """Whether an actor is an air defence or a service the entity layer named by its phrase."""
    return (
        actor.entity is not None
        and actor.entity.type == EntityType.ORG
        and actor.entity.id is None
        and word_key(actor.entity.name.split(" ", 1)[0]) in _STATE_BODIES
    )


def _local_place(entity: Entity) -> bool:
    """A place that is not a country (a town, a region, a sea): no state that may act."""
    return entity.type == EntityType.LOC and not (entity.id or "").startswith("iso:")


_TOWN_WORDS = frozenset(
    {"ville", "village", "localite", "region", "province", "quartier", "camp", "district"}
)


def _is_town(text: TokenView, phrase: Phrase) -> bool:
    """*Palma*, *la ville de Palma*: a place that is neither a country nor a capital.

    A capital often names its government (*les menaces de Moscou*), so it may act.
    """
    entity = phrase.entity
    if entity is not None:
        return _local_place(entity) and entity.id not in default_gazetteer().capitals
    head = next((k for k in text.keys[phrase.start : phrase.end] if k not in _ARTICLES), "")
    return head in _TOWN_WORDS


def _names_a_place(text: TokenView, phrase: Phrase) -> bool:
    """*le point de passage de Kerem Shalom*: a phrase around a place is no actor."""
    low = bisect_left(text.mention_starts, phrase.start)
    return any(a < phrase.end and _local_place(e) for a, _b, e in text.mentions[low : low + 3])


def _quote_speaker(text: TokenView, item: _Found) -> Phrase | None:
    """The entity that speaks the quote the event is told in (*le groupe*: the group named)."""
    quote = item.quote
    if quote is None or quote.speaker is None:
        return None
    name = quote.speaker.name
    first = text.first_mention.get(name)
    if first is not None and first[2].type != EntityType.LOC:
        a, b, entity = first
        return Phrase(a, b, entity.name, entity)
    if word_key(name.split(" ", 1)[0]) in _DESCRIPTIONS:
        start = tokens_of(text, quote.speaker.span)[0]
        low = bisect_left(text.mention_starts, start)
        limit = text.sentence_of[start] - _OWNER_SENTENCES
        for a, b, entity in text.before(low):
            if text.sentence_of[a] < limit:
                break
            if b <= start and entity.type == EntityType.ORG:
                return Phrase(a, b, entity.name, entity)
    # A speaker of no entity (*le porte-parole des forces navales*) is its phrase.
    start, end = tokens_of(text, quote.speaker.span)
    return Phrase(start, end, name, None) if start < end else None


def _last_actor(lex: _Lexicon, item: _Found, found: list[_Found]) -> Phrase | None:
    """The actor of the event last told, within two sentences: an entity or a state."""
    for other in reversed(found):
        if item.sentence - other.sentence > 2:
            return None
        actor = other.actor
        if actor is not None and (actor.entity is not None or actor.name in lex.country_names):
            return actor
    return None


def _phrase_entity(
    text: TokenView, lex: _Lexicon, item: _Found, found: list[_Found], phrase: Phrase
) -> Phrase:
    cut = _np_end(text, phrase.start, phrase.end, limit=phrase.end - phrase.start)
    if (
        phrase.start < cut < phrase.end - 2
        and text.keys[cut] == "et"
        and text.keys[cut + 1] in ("des", "les", "d'autres", "de")
        and entity_in(text, phrase.start, phrase.end) is None
    ):
        # *des milices locales et des bandes armées*: one unnamed side of two kinds.
        cut = _np_end(text, cut + 1, phrase.end, limit=phrase.end - cut - 1)
    if phrase.start < cut < phrase.end:
        # *le gouvernement haïtien pour faire face*: the phrase stops before its complement.
        phrase = Phrase(phrase.start, cut, text.span_text(phrase.start, cut), None)
    keys = text.keys[phrase.start : phrase.end]
    if not keys:
        return phrase
    state_noun = any(k in _STATE_NOUNS for k in keys)
    owner: Phrase | None = None
    if any(k in _OURS for k in keys):
        owner = _quote_speaker(text, item)
    elif keys[0] in _POSSESSIVES or (
        phrase.start > 0 and text.keys[phrase.start - 1] in _POSSESSIVES
    ):
        # *X affirme que ses forces ont ...*: the speaker's; else the actor last told. A body
        # that only observes (an agency of the UN, an NGO, a newspaper) owns no forces.
        speaker = _quote_speaker(text, item)
        if speaker is not None and (speaker.entity is None or _observer(lex, speaker.name)):
            speaker = None  # *selon des sources locales*: nobody whose forces act
        owner = (
            speaker
            or _last_actor(lex, item, found)
            or _fallback_actor(text, lex, item, text.sentences[item.sentence][0])
        )
    if owner is not None:
        entity = owner.entity
        country = _country_of(lex, entity) if entity is not None else None
        if (
            state_noun
            and entity is not None
            and entity.type == EntityType.ORG
            and lex.org_kinds.get(entity.name) != "armed"
            and country is not None
        ):
            return Phrase(phrase.start, phrase.end, country, None)
        return Phrase(phrase.start, phrase.end, owner.name, entity)
    if "membres" in keys and "autres" not in keys and len(keys) <= 3:
        # *Les 15 membres ont demandé*: the body whose act the text last told.
        previous = _last_actor(lex, item, found)
        entity = previous.entity if previous is not None else None
        if previous is not None and entity is not None and entity.type == EntityType.ORG:
            return Phrase(phrase.start, phrase.end, previous.name, entity)
    return (
        _named_in(text, lex, phrase)
        or _short_form_of(text, phrase)
        or _state_for(text, lex, phrase)
    )


def _short_form_of(text: TokenView, phrase: Phrase) -> Phrase | None:
    """*l'armée* after *l'armée birmane*: the body the text named in full, by its first word.

    Only a phrase of one noun, and only a lower-case body the entity layer named with that
    noun first, within a bounded look-back (linear time).
    """
    keys = [k for k in text.keys[phrase.start : phrase.end] if k not in _ARTICLES]
    named = named_by_head(text, phrase.start, keys[0]) if len(keys) == 1 else None
    if named is None or named[1] - named[0] < 2 or not text.words[named[0]][:1].islower():
        return None
    return Phrase(phrase.start, phrase.end, named[2].name, named[2])


_STATE_BODIES = frozenset({"defense", "services", "service"})
"""Heads of the entity layer's lower-case bodies that act for their state in an event (air
defences, security and intelligence services); armies and police keep their phrase."""


def _country_of(lex: _Lexicon, entity: Entity) -> str | None:
    """The state a body belongs to: the gazetteer's, else the demonym of its name."""
    if entity.country in lex.countries:
        return lex.countries[entity.country or ""]
    for word in entity.name.split():
        iso = lex.demonyms.get(word_key(word))
        if iso is not None and word.islower():
            return lex.countries.get(iso)
    return None


def _named_in(text: TokenView, lex: _Lexicon, phrase: Phrase) -> Phrase | None:
    """The entity a phrase names inside it, or the armed group a description names again.

    *les combattants du Hamas* is the Hamas; *les paramilitaires*, the last armed group named.
    """
    keys = text.keys[phrase.start : phrase.end]
    if any(k in _LOYAL for k in keys):
        return None  # *les forces fidèles à X* are not X
    low = bisect_left(text.mention_starts, phrase.start)
    high = bisect_left(text.mention_starts, phrase.end, lo=low)
    inside = [m for m in text.mentions[low:high] if m[1] <= phrase.end]
    head = next(
        (
            k
            for k in keys
            if k not in _ARTICLES
            and k not in DEMONSTRATIVES
            and k not in NUMBER_WORDS
            and not k.isdigit()
        ),
        "",
    )
    # *ce groupe*: the group the text just named, even one no gazetteer knows.
    pointed = keys[0] in DEMONSTRATIVES
    if head in role_heads() and not head.endswith("s"):
        return None  # *le secrétaire général de l'ONU* is a person, not the ONU
    named = (
        [m for m in inside if m[2].type != EntityType.LOC]
        or [m for m in inside if (m[2].id or "").startswith("iso:")]
        or (inside if head in _GOVERNMENTS else [])
    )
    if named:
        a, b, entity = named[0]
        return Phrase(a, b, entity.name, entity)
    members = head == "membres" and "autres" not in keys
    if head in _DESCRIPTIONS or members:
        # The last armed group named before (for *les 15 membres*, the last body), within a
        # bounded look-back (linear time).
        limit = text.sentence_of[phrase.start] - _DESCRIPTION_LOOKBACK
        for a, b, entity in text.before(low):
            if text.sentence_of[a] < limit:
                break
            if b > phrase.start:
                continue
            kind = lex.org_kinds.get(entity.name)
            if (
                kind == "armed"
                or (members and entity.type == EntityType.ORG and kind not in _OBSERVERS)
                or (pointed and entity.type == EntityType.ORG and entity.id is None)
            ):
                return Phrase(a, b, entity.name, entity)
    return None


def _body_of(text: TokenView, phrase: Phrase) -> Phrase | None:
    """The organisation a phrase's complement names (*les chasseurs de l'Otan*).

    The entity layer may name the whole phrase as one body; its *de* complement, where the
    gazetteer knows it as an organisation, is who acts.
    """
    for j in range(phrase.start + 1, phrase.end - 1):
        if text.keys[j] not in ("de", "du", "d'"):
            continue
        k = j + 1
        while k < phrase.end - 1 and text.keys[k] in _LIST_ARTICLES:
            k += 1
        entries = [
            e
            for e in default_gazetteer().lookup(" ".join(text.keys[k : phrase.end]))
            if e.type == EntityType.ORG
        ]
        if entries:
            name = entries[0].name
            told = text.first_mention.get(name)
            return Phrase(k, phrase.end, name, told[2] if told is not None else None)
    return None


_DESCRIPTION_LOOKBACK = 10
"""How many sentences back *les rebelles*, *les paramilitaires* look for their group."""


def _protesters(
    text: TokenView, lex: _Lexicon, item: _Found, actor: Phrase | None
) -> Phrase | None:
    """*les agriculteurs* protest as ``agriculteurs``; a crowd, ``manifestants``; nobody, None.

    A protest told by its noun alone (*des manifestations ont eu lieu*) names nobody: only a
    crowd or protesters in its sentence make ``manifestants`` its actor.
    """
    if actor is not None and actor.entity is not None and actor.entity.type != EntityType.LOC:
        return actor
    if actor is not None and actor.entity is None:
        for k in range(actor.start, actor.end):
            key = text.keys[k]
            if key in _ARTICLES or key in _CROWDS or key in ("des", "de", "autres"):
                continue  # *des milliers d'agriculteurs*: the farmers
            if key not in _PEOPLE and key not in lex.demonyms and text.words[k].isalpha():
                return Phrase(k, k + 1, text.words[k].lower(), None)
            break
    if actor is None:
        first, last = text.sentence_start(item.start), text.sentence_end(item.start)
        if not any(text.keys[k] in _PROTESTERS for k in range(first, last)):
            return None
    return Phrase(item.start, item.end, "manifestants", None)


def _lifted(text: TokenView, i: int, end: int, first: int, last: int) -> int | None:
    """Where the lifting of a restriction starts (*lever les*, *la levée du*, *... a été levé*)."""
    return _undone(text, i, end, first, last, _LIFTING, _LIFTING_NOUNS)


def _stopped(text: TokenView, i: int, end: int, first: int, last: int) -> int | None:
    """Where the stopping of aid starts (*a suspendu son aide*, *le gel de*, *a été coupée*)."""
    _verbs, nouns, words = _aid_stops()
    return _undone(text, i, end, first, last, words, nouns)


def _undone(
    text: TokenView,
    i: int,
    end: int,
    first: int,
    last: int,
    words: frozenset[str],
    nouns: frozenset[str],
) -> int | None:
    """Where the undoing of the act at ``i`` starts: a word of ``words`` before or after it.

    A noun of ``nouns`` before it opens the event's words (*la levée du couvre-feu*, *le gel
    de l'aide*); a verb, before (*a levé jeudi les sanctions*) or after (*l'embargo sera
    levé*, *l'aide a été suspendue*), leaves them at ``i``. None where nothing undoes it.
    """
    k = i - 1
    while k > first and (text.keys[k] in _OF_ARTICLES or text.keys[k] in _POSSESSIVES):
        k -= 1
    if first <= k < i and text.keys[k] in words:
        noun = k > first and text.keys[k - 1] in DETERMINERS and text.keys[k] in nouns
        return k if noun else i
    if first < k < i and text.keys[k - 1] in words and text.words[k].isalpha():
        return i  # *a levé jeudi les sanctions*, *a suspendu hier son aide*
    for k in range(end, min(last, end + 8)):
        if text.punct[k]:
            return None
        if text.keys[k] in words and text.keys[k - 1] in _LIFTED_AFTER:
            return i  # *l'embargo sur les armes sera levé*
    return None


@cache
def _aid_stops() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The keys of the verb forms, of the nouns, and of both, of ``aid_stops.tsv``."""
    verbs: set[str] = set()
    nouns: set[str] = set()
    for lemma, pos, irregular in read_table("fr/events/aid_stops.tsv", 3):
        if pos == "noun":
            nouns.update(word_key(form) for form in _noun_forms(lemma))
        else:
            written = irregular.split("|") if irregular else regular_forms(lemma)
            verbs.update(word_key(form) for form in [lemma, *written])
    return frozenset(verbs), frozenset(nouns), frozenset(verbs | nouns)


_LIFTING_NOUNS = frozenset({"levee", "levees"})
_LIFTING = frozenset(word_key(form) for form in regular_forms("lever")) | _LIFTING_NOUNS


_OF_ARTICLES = frozenset({"le", "la", "les", "l'", "du", "des", "de", "d'", "un", "une", "ce"})
_LIFTED_AFTER = frozenset({"ete", "est", "sont", "sera", "seront", "serait", "seraient"})
_LIFTED_AFTER |= {"partiellement", "progressivement", "totalement", "enfin", "finalement"}


def _protest_march(text: TokenView, lex: _Lexicon, i: int, end: int, first: int, last: int) -> bool:
    """Whether *défiler* or *marcher* at ``i`` tells a march of protest.

    A verb (no determiner or preposition before it: not *le défilé*, *au marché*) whose walkers
    are no parade's (*les troupes ont défilé*), with a crowd before it (*les manifestants ont
    marché*) or *contre*, or *pour* and an aim, after it (*ont défilé contre la réforme*).
    """
    if i > first and (
        text.keys[i - 1] in DETERMINERS
        or text.keys[i - 1] in _MARCH_BLOCKERS
        or text.words[i - 1] in ("à", "À")
    ):
        return False
    before = range(max(first, i - _MARCH_REACH), i)
    if any(text.keys[k] in lex.parading for k in before):
        return False
    for k in range(end, min(last, end + _MARCH_REACH)):
        if text.punct[k]:
            break
        if text.keys[k] == "contre":
            return True
        if text.keys[k] == "pour" and k + 1 < last and not text.punct[k + 1]:
            aim = text.keys[k + 1]
            if aim in DETERMINERS or aim in _MARCH_AIMS:
                return True  # *pour la paix*, *pour réclamer des salaires*
    return any(text.keys[k] in lex.crowds for k in before)


_MARCH_REACH = 10
"""How many words before *défiler* or *marcher* its walkers, and after it its aim, may stand."""
_MARCH_BLOCKERS = frozenset({"de", "d'", "au", "aux", "du", "en", "sur", "par"})
"""Words before *défilé* or *marché* that make it a noun (*au marché*, *en marche*), as *à*
does (whose key, *a*, is also the auxiliary's)."""
_MARCH_AIMS = frozenset(
    {"reclamer", "exiger", "denoncer", "protester", "demander", "soutenir", "defendre"}
    | {"rendre", "saluer", "commemorer", "celebrer", "dire", "refuser", "appeler"}
)
"""Infinitives after *pour* that make a march a protest (*pour réclamer*, *pour rendre hommage*)."""


def _natural_subject(text: TokenView, lex: _Lexicon, i: int, first: int) -> bool:
    """Whether a natural force stands in the words right before a verb, its subject."""
    for k in range(i - 1, max(first, i - _NATURAL_REACH) - 1, -1):
        if text.punct[k] and text.words[k] != "-":
            return False  # *Après le séisme, des pillards ont attaqué ...*
        if text.keys[k] in lex.natural:
            return True
    return False


def _condition_subject(text: TokenView, lex: _Lexicon, i: int, first: int) -> bool:
    """Whether the subject of the verb at ``i`` is a state of affairs (``conditions.txt``).

    Its head, past articles and words of number (*une nouvelle vague de violences*, *la fin de
    l'aide*): a word of ``conditions`` elsewhere in the subject (*le comité de crise*) is none.
    The subject is read within ``_NATURAL_REACH`` words of the verb group, from where its clause
    opens (a mark, a verb, *que*, *qui*), so that a long sentence costs no more per verb.
    """
    low = max(first, i - _NATURAL_REACH)
    if not any(text.keys[k] in lex.conditions for k in range(low, i)):
        return False  # the common case, without looking for the subject
    verb = max(low, verb_group_start(text, i))
    start = verb
    while start > low and not (
        text.punct[start - 1]
        or text.keys[start - 1] in _SUBJECT_OPENERS
        or finite_at(text, start - 1)
        or verb_at(text, start - 1)
    ):
        start -= 1
    if start == low and low > first and not text.punct[low - 1]:
        return False  # a subject longer than the window: not read
    head = start
    while head < verb and text.keys[head] in _BEFORE_ACT_NOUNS:
        head += 1
    if head >= verb or text.keys[head] not in lex.conditions:
        return False
    found = entity_in(text, start, verb)
    return found is None or found[0] > head


_SUBJECT_OPENERS = frozenset({"que", "qu'", "qui", "et", "mais", "ou", "puis"})
"""Words after which a clause, and its subject, opens."""


_NATURAL_REACH = 10
"""How many words before a verb its natural subject may stand (*le séisme de magnitude 6,8
qui a frappé*)."""


def _possessor(text: TokenView, item: _Found, first: int) -> Phrase | None:
    """The subject of the verb whose object an act's noun is, after a possessive.

    *Washington a suspendu ses livraisons d'armes*: *ses* are the subject's (a capital
    included), not those of the actor last told.
    """
    i = item.start
    if not item.trigger.noun or i - 2 <= first or text.keys[i - 1] not in _POSSESSIVES:
        return None
    verb = i - 2
    if not (finite_at(text, verb) or _participle(text.keys[verb])):
        return None
    return subject_before(text, verb_group_start(text, verb))


def _overlap(one: Phrase | None, other: Phrase | None) -> bool:
    return one is not None and other is not None and one.start < other.end and other.start < one.end


def _state_for(text: TokenView, lex: _Lexicon, phrase: Phrase) -> Phrase:
    """The country a phrase of forces stands for, else the phrase."""
    heads = role_heads()
    for k in range(phrase.start, phrase.end):
        if text.keys[k] in heads:
            return phrase  # *le ministre de la Défense*, *le chef des forces russes*: a person
        if text.keys[k] in _STATE_NOUNS:
            break
    else:
        return phrase
    for k in range(phrase.start, phrase.end):
        country = _country_speaker(lex, text, k)
        if country is not None:
            return country
    return phrase


def _first_of_pair(
    text: TokenView, actor: Phrase | None, first: int
) -> tuple[Phrase | None, Phrase | None]:
    """*X et Y se sont entretenus*: the first one named acts, the other is the target.

    Articles, lists and a title in apposition may stand between (*la Russie, la Chine et le
    Burkina Faso*, *le ministre russe, Sergueï Lavrov, et le secrétaire d'Etat, Marco Rubio*).
    """
    if actor is None or actor.entity is None:
        return actor, None
    after = actor.end
    while after < text.n and text.keys[after] in _LIST_ARTICLES:
        after += 1
    listed = after < text.n and text.keys[after] == "et"
    start = actor.start
    chosen: tuple[int, int, Entity] | None = None
    while True:
        k = start - 1
        while k > first and text.keys[k] in _LIST_ARTICLES:
            k -= 1
        if k <= first:
            break
        title = _title_before_name(text, k, first) if chosen is None else None
        if title is not None:
            k = title  # *X et le chef des rebelles Y*: a title between *et* and the name
        if text.keys[k] == "et":
            if has_verb(text, first, k):
                break  # *X a tiré ..., et Y aurait livré ...*: *et* joins two clauses
            before = k - 1 if text.words[k - 1] == "," else k
            listed = True
        elif text.words[k] == "," and listed:
            before = k
        elif text.words[k] == "," and chosen is None:
            past = _past_title(text, k, first)
            if past is None:
                break
            before, listed = past, True
        else:
            break
        low = bisect_left(text.mention_starts, first)
        high = bisect_left(text.mention_starts, before)
        named = next((m for m in text.mentions[low:high] if m[1] == before), None)
        if named is None:
            break
        chosen = named
        start = named[0]
    if chosen is None:
        return actor, None
    a, b, entity = chosen
    return Phrase(a, b, entity.name, entity), actor


_LIST_ARTICLES = frozenset({"le", "la", "les", "l'"})


def _named_after_title(text: TokenView, start: int, last: int) -> Phrase | None:
    """*par la médiatrice de la République, X*: the person a title introduces."""
    head = start
    while head < last and text.keys[head] in _ARTICLES:
        head += 1
    if head >= last or text.keys[head] not in role_heads():
        return None
    for k in range(head + 1, min(last - 1, head + 10)):
        if text.words[k] == ",":
            low = bisect_left(text.mention_starts, k + 1)
            if low < len(text.mentions) and text.mentions[low][0] == k + 1:
                a, b, entity = text.mentions[low]
                if entity.type == EntityType.PER:
                    return Phrase(a, b, entity.name, entity)
            return None
        if text.punct[k] or finite_at(text, k):
            return None
    return None


def _title_before_name(text: TokenView, k: int, first: int) -> int | None:
    """The *et* before a title that opens at a role noun (*et le chef des rebelles*), or None."""
    for j in range(k, max(first, k - 6), -1):
        if text.punct[j] or finite_at(text, j):
            return None
        if text.keys[j] in role_heads() and j - 2 >= first:
            at = j - 1 if text.keys[j - 1] in _LIST_ARTICLES else j
            return at - 1 if text.keys[at - 1] == "et" else None
    return None


def _past_title(text: TokenView, comma: int, first: int) -> int | None:
    """*X, et le secrétaire d'Etat américain, Y*: the token that closes X, before *et*."""
    k = comma - 1
    while k > first and k > comma - 10 and text.keys[k] != "et":
        if text.keys[k] in _FINITE_WORDS:
            return None
        k -= 1
    if text.keys[k] != "et":
        return None
    return k - 1 if text.words[k - 1] == "," else k


_FINITE_WORDS = frozenset({"a", "ont", "est", "sont", "avait", "avaient", "qui", "que"})


def _fallback_actor(text: TokenView, lex: _Lexicon, item: _Found, first: int) -> Phrase | None:
    """Who acts when the trigger's own words do not say.

    The entity that opens the sentence, else the nearest one named before the trigger, else
    the country an adjective of the sentence names.
    """
    fronted = _main_subject_after(text, item, first)
    if fronted is not None:
        return fronted
    if item.trigger.noun and _own_plan(text, item):
        # *X a déclaré envisager des sanctions*: the one who speaks of the plan makes it.
        return _quote_speaker(text, item)
    if (
        item.trigger.type is EventType.ASSAULT
        and item.start - 2 >= first
        and text.keys[item.start - 2] == "par"
        and text.keys[item.start - 1] in ("un", "une", "des")
    ):
        # *X a été blessé par un tir de roquette*: the subject underwent the act; who fired, the
        # sentence does not say.
        return None
    subject = sentence_subject(text, first, item.start, None)
    target = item.target.entity if item.target is not None else None
    speaker = _quote_speaker(text, item)
    # Who tells the act (*selon l'ONU*, *a rapporté Reuters*) is not who did it.
    bystanders = [target, speaker.entity if speaker is not None else None]

    def may_act(entity: Entity) -> bool:
        return (
            all(entity is not other for other in bystanders)
            and lex.org_kinds.get(entity.name) != "media"
            # *La cour a condamné les hommes mêlés au meurtre de X*: a court
            # judges an act of violence, it never commits one.
            and not (item.trigger.type in _UNJUDICIAL and _is_court(lex, entity))
        )

    if (
        subject is not None
        and subject.entity is not None
        and may_act(subject.entity)
        and not _is_town(text, subject)
    ):
        return subject
    owner = _possessor(text, item, first)
    if owner is not None and owner.entity is not None and may_act(owner.entity):
        return owner  # *Washington a suspendu ses livraisons*: whose they are
    best: Phrase | None = None
    source = _source_tokens(text, item)
    low = bisect_left(text.mention_starts, first)
    for a, b, entity in text.after(low):
        if b > item.start:
            break
        if not may_act(entity) or source[0] <= a < source[1]:
            continue  # *des médias citant le ministère*: who tells it, not who did it
        if not _local_place(entity):
            best = Phrase(a, b, entity.name, entity)
    if best is not None:
        return best
    near = max(first, item.start - _OWNER_WORDS)
    if any(text.keys[k] in _POSSESSIVES for k in range(near, item.start)):
        # *ses forces*: whose, among the entities of the sentences just before (not what the
        # act fell on: *l'assassinat de X* is not X's act).
        limit = item.sentence - _OWNER_SENTENCES
        for a, b, entity in text.before(low):
            if text.sentence_of[a] < limit:
                break
            if (
                b <= first
                and entity.type != EntityType.LOC
                and not _observer(lex, entity.name)
                and entity not in bystanders
            ):
                return Phrase(a, b, entity.name, entity)
    aimed = item.target
    for k in range(first, text.sentences[item.sentence][1]):
        if k >= item.end and (
            (item.trigger.noun and (finite_at(text, k) or verb_at(text, k)))
            or text.keys[k] in _CLAUSE_OPENERS
        ):
            # *Un tir a touché deux médecins ukrainiens*: what the act fell on; *les attaques,
            # qui passent par les zones afghanes*: a clause about the act, not its actor.
            break
        if aimed is not None and aimed.start <= k < aimed.end:
            continue  # *l'attaque contre un patrouilleur japonais*: the target's state
        if source[0] <= k < source[1]:
            continue  # *le ministre ukrainien a dit que des frappes ...*: who tells it
        country = _country_speaker(lex, text, k)
        if country is not None:
            return country
    return None


_CLAUSE_OPENERS = frozenset(
    {"qui", "que", "qu'", "dont", "auquel", "auxquels", "auxquelles", "lequel", "laquelle"}
    | {"lesquels", "lesquelles"}
)
"""Words that open a relative clause after a trigger."""


_OWNER_WORDS = 6
"""How far before a trigger a possessive may stand to be the act's own (*ses troupes ont ...*)."""


_PLAN_VERBS = frozenset({"envisager", "vouloir", "prevoir", "preparer", "promettre", "decider"})
"""Infinitives of intent that open what a speaker said (*a déclaré envisager ...*)."""


def _own_plan(text: TokenView, item: _Found) -> bool:
    """Whether the quote the act is told in opens with the speaker's own intent.

    *X a déclaré envisager des sanctions*, *a annoncé vouloir un cessez-le-feu*: the words
    start with an infinitive of intent, and no other verb stands before the act's noun.
    """
    quote = item.quote
    if quote is None or quote.speaker is None:
        return False
    start, _end = tokens_of(text, quote.content.span)
    if not start < item.start or text.keys[start] not in _PLAN_VERBS:
        return False
    return not any(finite_at(text, k) or verb_at(text, k) for k in range(start + 1, item.start))


def _source_tokens(text: TokenView, item: _Found) -> tuple[int, int]:
    """The tokens of the source of the quote an event is told in (empty where none).

    Where the source opens the quote (*D'après des médias citant le ministère, ...*), all the
    words from its cue to the reported words: whom the source cites tells, it does not act.
    """
    quote = item.quote
    if quote is None or quote.speaker is None:
        return (0, 0)
    a, b = tokens_of(text, quote.speaker.span)
    if quote.cue is None:
        return (a, b)
    cue = tokens_of(text, quote.cue.span)[0]
    content = tokens_of(text, quote.content.span)[0]
    return (cue, content) if cue <= a and b <= content else (a, b)


_FRONTING = frozenset({"apres", "avant", "plus", "pour", "sans", "afin"})
"""Words that open an infinitive clause before the main one (*Après avoir frappé X, Y ...*)."""


def _main_subject_after(text: TokenView, item: _Found, first: int) -> Phrase | None:
    """*Après avoir rappelé son ambassadeur, le Bénin a ...*: the main clause's subject.

    A trigger in an infinitive clause that opens the sentence has the subject of the clause
    after the comma: the entity that stands right before its verb.
    """
    if item.trigger.noun or has_verb(text, first, item.start):
        return None
    opener = next((k for k in range(first, item.start) if not text.punct[k]), None)
    if opener is None or (text.keys[opener] not in _FRONTING and text.keys[opener] != "en"):
        return None
    last = text.sentence_end(item.start)
    for comma in range(item.end, last):
        if text.words[comma] != ",":
            continue
        verb = next(
            (k for k in range(comma + 1, min(last, comma + 8)) if finite_at(text, k)),
            None,
        )
        found = entity_in(text, comma + 1, verb) if verb is not None else None
        if found is not None and not _local_place(found[2]):
            return Phrase(found[0], found[1], found[2].name, found[2])
    return None


_NICKNAMING = frozenset({"dit", "dite", "surnomme", "surnommee", "alias", "appele", "appelee"})


def _nickname_before(text: TokenView, close: int, first: int) -> bool:
    """Whether the quotation closing at ``close`` is a nickname (*X, dit « le Lion », a ...*)."""
    k = close - 1
    while k > first and text.words[k] not in OPENING_MARKS:
        k -= 1
    return k > first and text.keys[k - 1] in _NICKNAMING


_OBSERVERS = frozenset({"ngo", "media"})
"""Kinds of organisation whose speakers report on forces but own none."""
_AGENCY_WORDS = ("haut-commissariat", "office", "programme", "fonds", "agence", "bureau")


def _observer(lex: _Lexicon, name: str) -> bool:
    """An NGO, a newspaper or an agency of the UN: it tells of forces, it commands none."""
    kind = lex.org_kinds.get(name)
    if kind in _OBSERVERS:
        return True
    lowered = name.lower()
    return kind == "intl" and (lowered.startswith(_AGENCY_WORDS) or "nations unies" in lowered)


_OWNER_SENTENCES = 5
"""How far back *ses*, *leurs* look for the entity they belong to."""


def _active_form(text: TokenView, i: int) -> bool:
    """Whether the trigger verb is conjugated in the active (*frappe*, *ont frappé*)."""
    key = text.keys[i]
    if key.startswith(("convenu", "parvenu", "intervenu", "revenu", "entre")):
        return True  # *sont convenus de*, *sont intervenus*: verbs conjugated with être
    return not key.endswith(("e", "ee", "es", "ees", "i", "ie", "is", "u", "ue", "us")) or (
        i > 0
        and text.keys[i - 1] in ("a", "ont", "avait", "avaient", "aurait", "auraient")
        and text.words[i - 1] != "à"
    )


_DEFINITE = frozenset({"l'", "le", "la", "du", "au", "aux"})
"""Articles of a noun the reader already knows (*du sommet* is *de le sommet*)."""
_GATHERINGS = frozenset({EventType.CONSULT, EventType.AGREE, EventType.COOPERATE})
"""Types whose noun takes a city as its place or its name (*le sommet de Lomé*, *les accords
de Minsk*), never as who acts."""


def _body_inside(text: TokenView, start: int, end: int) -> Phrase | None:
    """The organisation a noun's complement names inside it (*des dirigeants du G20*)."""
    end = next((k for k in range(start, end) if text.keys[k] in _CLAUSE_OPENERS), end)
    low = bisect_left(text.mention_starts, start)
    for a, b, entity in text.after(low):
        if a >= end:
            break
        if b <= end and entity.type == EntityType.ORG:
            return Phrase(a, b, entity.name, entity)
    return None


def _noun_arguments(text: TokenView, lex: _Lexicon, item: _Found, first: int, last: int) -> None:
    i, end = item.start, item.end
    k = end
    # *les frappes russes*, *l'offensive ukrainienne*, *les raids aériens*
    while k < last and k - end < 4 and text.words[k].isalpha() and text.words[k].islower():
        if tuple(text.keys[k : k + 2]) == ("sans", "precedent"):
            k += 2  # *l'attaque sans précédent du Hamas*
            continue
        country = _country_speaker(lex, text, k)
        if country is not None and item.actor is None:
            item.actor = country
            if k + 2 < last and text.keys[k + 1] == "et":
                other = _country_speaker(lex, text, k + 2)
                if other is not None and other.name != country.name:
                    item.allied = other  # *les frappes américaines et britanniques*
        elif text.keys[k] in _ARTICLES | _TARGET_WORDS | _NOT_ADJECTIVES:
            break
        k += 1
    # *l'accord de cessez-le-feu entre X et Y*, *la demande d'adhésion de la Moldavie*: a
    # bare noun after *de* says what kind of act it is, not who acts.
    while (
        item.trigger.type is not EventType.PROTEST
        and k + 2 < last
        and text.keys[k] in ("de", "d'")
        and text.words[k + 1][:1].islower()
        and text.words[k + 1][:1].isalpha()
        and text.keys[k + 1] not in _ARTICLES
        and text.keys[k + 2] in ("entre", "de", "du", "des", "d'")
    ):
        k += 2
    # *la rencontre entre X et Y*
    if k < last and text.keys[k] == "entre":
        first_np = _np_end(text, k + 1, last)
        who = _phrase_actor(text, lex, k + 1, first_np)
        if who is not None:
            item.actor = who
            if first_np < last and text.keys[first_np] == "et":
                item.target = _phrase_actor(
                    text, lex, first_np + 1, _np_end(text, first_np + 1, last)
                )
            return
    if item.trigger.type is EventType.AID:
        k = _past_amount(text, k, last)  # *une aide de 10 millions d'euros de la Banque*
    # *l'invasion de l'Ukraine*, *l'attaque du Hamas*; not *sa démission du gouvernement*
    possessed = i > first and text.keys[i - 1] in _POSSESSIVES
    if k < last and text.keys[k] in ("de", "du", "des", "d'") and not possessed:
        np_end = _np_end(text, k + 1, last)
        who = _phrase_actor(text, lex, k + 1, np_end) or _body_inside(text, k + 1, np_end)
        if who is not None and who.entity is None and who.name not in lex.country_names:
            # *l'assaut de la coalition armée X*, *du mouvement islamiste*: its name;
            # *des frappes de l'armée* after *l'armée malienne*: the body named in full.
            who = _named_in(text, lex, who) or _short_form_of(text, who) or who
        if who is not None and (
            _is_town(text, who)
            or (
                item.trigger.type in _GATHERINGS
                and who.entity is not None
                and _local_place(who.entity)
            )
        ):
            # *l'attaque de Palma*, *le sommet de Johannesburg*: a town or a region is where
            # the act happens, or what it strikes, never who acts.
            if item.trigger.type in (EventType.ASSAULT, EventType.COERCE) and not item.target:
                item.target = who
            k = np_end
        elif who is not None and (who.entity is not None or who.name in lex.country_names):
            if item.trigger.lemma in _TARGET_NOUNS:
                item.target = who
            elif item.actor is None:
                item.actor = who
            k = np_end
        elif (
            item.trigger.type is EventType.PROTEST
            and item.actor is None
            and np_end > k + 1
            and (text.keys[k] in ("des", "du") or text.keys[k + 1] in _ARTICLES)
        ):
            # *la manifestation des agriculteurs*; not *les rassemblements de solidarité*
            item.actor = who or Phrase(k + 1, np_end, text.span_text(k + 1, np_end), None)
            k = np_end
    for j in range(k, min(last, k + 8)):
        key = text.keys[j]
        if finite_at(text, j) or verb_at(text, j):
            break  # *l'accord a été signé par X*: the verb's agent, not the noun's
        if (
            key == "par"
            and text.keys[j - 1] not in _CARRIED_OUT
            and text.words[j - 1].endswith(("é", "ée", "és", "ées"))
            and _another_noun(text, item.end, j - 1)
        ):
            # *la répression de la grève du port déclenchée par X*: the participle of another
            # noun has its own agent; *un sommet extraordinaire convoqué par X* does not.
            break
        if key == "par" and item.actor is None:
            # *une attaque menée par X*; not *l'aide entrée par le point de passage*
            agent = _phrase_actor(text, lex, j + 1, _np_end(text, j + 1, last))
            if (
                agent is not None
                and (agent.entity is not None or not _names_a_place(text, agent))
                and not _cause_at(text, lex, j + 1, last)
            ):
                item.actor = agent
            break
        if key in _TARGET_WORDS and _participle_of_another(text, item.end, j - 1):
            break  # *l'attaque dans une vidéo diffusée sur les réseaux*: the video's
        if key in _TARGET_WORDS and item.target is None:
            target = _phrase_actor(text, lex, j + 1, _np_end(text, j + 1, last))
            if target is not None and (target.entity is not None or key != "avec"):
                item.target = target
        if text.punct[j] and text.words[j] != "'":
            break
    if item.actor is None and item.trigger.type in _BETWEEN_TYPES:
        # *Aucun accord n'a été trouvé entre X et Y*: the sides the sentence names.
        for j in range(k, min(last, k + 10)):
            if text.keys[j] == "entre":
                first_np = _np_end(text, j + 1, last)
                who = _phrase_actor(text, lex, j + 1, first_np)
                if who is not None and who.entity is not None:
                    item.actor = who
                    if first_np < last and text.keys[first_np] == "et":
                        item.target = _phrase_actor(
                            text, lex, first_np + 1, _np_end(text, first_np + 1, last)
                        )
                break
            if text.words[j] in (";", ":"):
                break
    if item.actor is None and item.trigger.type in _BETWEEN_TYPES:
        # *Des combats ont opposé l'armée aux rebelles*: the first side, then the other.
        sides = _opposed_sides(text, lex, end, last)
        if sides is not None:
            item.actor, item.target = sides
    # *La Russie a lancé une offensive*: the subject of the light verb before the noun.
    j = i - 1
    while j > first and (
        text.keys[j] in _BEFORE_ACT_NOUNS
        or text.keys[j] in ADVERBS
        or text.words[j] == "à"
        or text.words[j].replace("\u202f", "").isdigit()
    ):
        j -= 1  # *a lancé plusieurs salves*, *sont parvenus à un accord*
    if j >= first and text.keys[j] in _RECEIVING:
        # *Kiev a reçu de nouvelles livraisons d'armes*: the subject gets the act.
        item.target = subject_before(text, verb_group_start(text, j))
        item.undergone = True
    elif item.actor is None:
        if j >= first and text.words[j].lower() in _light_verbs():
            item.actor = subject_before(text, verb_group_start(text, j))
        elif j > first and text.words[j] == "en" and text.keys[j - 1] in BE_FORMS:
            item.actor = subject_before(text, verb_group_start(text, j - 1))  # *sont en grève*
    if item.actor is None:
        # *un couvre-feu a été imposé par l'armée*: the agent of the light verb's passive.
        verb = end
        while (
            verb < last
            and verb - end < 2
            and text.words[verb].isalpha()
            and text.words[verb].islower()
            and text.keys[verb] not in _PASSIVE_WORDS
            and text.keys[verb] not in _NP_STOPS
            and not verb_at(text, verb)
        ):
            verb += 1  # *l'aide alimentaire a été interrompue*: an adjective of the noun
        j = verb
        while j < last and j - verb < 4 and text.keys[j] in _PASSIVE_WORDS:
            j += 1
        if (
            j > verb
            and j + 2 < last
            and (text.words[j].lower() in _light_verbs() or text.keys[j] in _aid_stops()[0])
            and text.keys[j + 1] == "par"
        ):
            item.actor = _phrase_actor(text, lex, j + 2, _np_end(text, j + 2, last))


_PASSIVE_WORDS = _AUXILIARY_WORDS | ADVERBS
"""Words between an act's noun and the participle of its passive (*a été aussitôt décrété*)."""


def _object_after(text: TokenView, lex: _Lexicon, end: int, last: int) -> Phrase | None:
    """The entity right after a verb (*a frappé Kharkiv*), or after *contre*, *avec*, *sur*."""
    k = end
    if k + 1 < last and text.keys[k] in ("puis", "et") and text.words[k + 1].islower():
        k += 2  # *ont assiégé puis bombardé la ville*: one object for both verbs
    while k < last and (text.keys[k] in _ARTICLES or text.words[k] == ","):
        if text.words[k] == ",":
            return None
        k += 1
    np_end = _np_end(text, k, last)
    found = entity_in(text, k, np_end)
    if found is not None and found[0] == k:
        a, b, entity = found
        return Phrase(a, b, entity.name, entity)
    for j in range(end, min(last, end + 8)):
        if text.keys[j] in _TARGET_WORDS:
            found = entity_in(text, j + 1, _np_end(text, j + 1, last))
            if found is not None:
                a, b, entity = found
                return Phrase(a, b, entity.name, entity)
        if text.punct[j]:
            break
    return None


def _after_place_word(text: TokenView, a: int) -> bool:
    """*à X*, *dans la X*, *près de X*, *la région de X*: a place of the event follows."""
    if a == 0:
        return False
    before = text.keys[a - 1]
    if before in _PLACE_WORDS:
        return True
    if before in ("l'", "la", "le", "les") and a >= 2:
        return text.keys[a - 2] in _PLACE_WORDS
    return before in ("de", "d'", "du") and a >= 2 and text.keys[a - 2] in _NEAR_WORDS


def _location(text: TokenView, item: _Found, first: int, last: int) -> Phrase | None:
    """A place the sentence names after a preposition of place, nearest the trigger."""
    best: Phrase | None = None
    distance = 10**9
    low = bisect_left(text.mention_starts, first)
    for a, b, entity in text.after(low):
        if a >= last:
            break
        if b > last or entity.type != EntityType.LOC:
            continue
        if not _after_place_word(text, a):
            continue
        if item.actor is not None and item.actor.entity is entity:
            continue
        gap = abs(a - item.start)
        if gap < distance:
            best, distance = Phrase(a, b, entity.name, entity), gap
    target = item.target
    physical = item.trigger.type in _PHYSICAL
    if best is None and physical and target is not None and target.entity is not None:
        return target if target.entity.type == EntityType.LOC else None
    return best


# -- modality --------------------------------------------------------------------------------


_AFTER_QUOTE_WORDS = 20
"""How far before a participle's comma the quote's closing mark may stand (bounded)."""


def _speaker_after_quote(text: TokenView, first: int, comma: int) -> Phrase | None:
    """*« ... », a martelé X jeudi, rejetant ...*: the one who spoke acts, not the quote."""
    if text.words[first] not in OPENING_MARKS:
        return None
    low = max(first, comma - _AFTER_QUOTE_WORDS)
    closing = next((k for k in range(comma - 1, low, -1) if text.words[k] in _CLOSING_QUOTES), None)
    if closing is None or closing + 2 >= comma or text.words[closing + 1] != ",":
        return None
    k = closing + 2
    while k < comma and (text.keys[k] in AUXILIARIES or verb_at(text, k)):
        k += 1
    return subject_after(text, k) if k > closing + 2 else None


def _blocks_a_way(text: TokenView, lex: _Lexicon, end: int, last: int) -> bool:
    """Whether the object of *bloquer* is a way, a port or a vessel (``blockades.txt``)."""
    k = _past_words(text, end, last, DETERMINERS)
    return k < last and text.keys[k] in lex.blockades


def _sends_an_envoy(text: TokenView, lex: _Lexicon, end: int, last: int) -> bool:
    """Whether the object of *envoyer* is one who talks (``envoys.txt``).

    *un émissaire*, *pas de délégation*, *son chef de la diplomatie*.
    """
    k = _past_words(text, end, last, _BEFORE_SENT)
    return k < last and text.keys[k] in lex.envoys


_BEFORE_SENT = (
    DETERMINERS
    | _POSSESSIVES
    | NUMBER_WORDS
    | {"pas", "de", "d'", "plus", "nouvel", "nouvelle", "haut", "haute"}
)
"""Words between *envoyer* and whom it sends (*n'enverra pas de délégation*, *un haut
représentant*)."""


def _object_head_in(
    text: TokenView, nouns: frozenset[str], i: int, end: int, first: int, last: int
) -> bool:
    """Whether the object of the verb at ``i`` is one of ``nouns``, past its determiners.

    After the verb, or in a passive before it (*les frontières avaient été fermées*).
    """
    verb = _passive_start(text, i, first)
    if verb is not None:
        return any(text.keys[k] in nouns for k in range(max(first, verb - 4), verb))
    k = _past_words(text, end, last, _BEFORE_OBJECT, 4)
    return k < last and text.keys[k] in nouns


_BEFORE_OBJECT = DETERMINERS | _POSSESSIVES | ADVERBS
"""Words between a verb and the head of its object (*a fermé hier ses frontières*)."""


def _passive_start(text: TokenView, i: int, first: int) -> int | None:
    """Where the verb group of the passive participle at ``i`` starts (*ont été fermées*).

    None where the verb is active.
    """
    verb = verb_group_start(text, i)
    if verb > first and text.keys[verb - 1] == "ete":
        verb = verb_group_start(text, verb - 1)
    return verb if any(text.keys[k] in ("ete", "est", "sont") for k in range(verb, i)) else None


def _state_object(text: TokenView, end: int, last: int) -> bool:
    """Whether a country's name is the object right after a verb (*a suspendu le Mali*)."""
    entity = _object_entity(text, end, last)
    return entity is not None and (entity.id or "").startswith("iso:")


def _states_suspended(text: TokenView, i: int, first: int) -> bool:
    """Whether the passive at ``i`` tells of countries suspended from a body.

    *Les pays ... ont été suspendus*, *le Gabon a été suspendu*: a state named, or *pays*,
    before its verb.
    """
    verb = _passive_start(text, i, first)
    if verb is None:
        return False
    for k in range(verb - 1, max(first, verb - 10) - 1, -1):
        if text.punct[k]:
            return False
        if text.keys[k] in _MEMBER_STATES:
            return True
        found = entity_in(text, k, verb)
        if found is not None and found[0] == k and (found[2].id or "").startswith("iso:"):
            return True
    return False


_MEMBER_STATES = frozenset({"pays", "etats", "membres"})
"""Nouns of member states (*les États membres dirigés par une junte ont été suspendus*)."""


def _loses_ground(text: TokenView, ground: frozenset[str], end: int, last: int) -> bool:
    """Whether the object of a verb is ground: a place's name or a noun of ``ground``.

    *en abandonnant la base de X*, *a perdu, en juin, la colline de Y*: a time
    between commas may stand before the object.
    """
    k = end
    if k < last and text.words[k] == ",":  # *perdu, en juin, la colline*
        k = next((j + 1 for j in range(k + 1, min(last, k + 6)) if text.words[j] == ","), k)
    while k < last and (
        text.keys[k] in DETERMINERS
        or text.keys[k] in _GROUND_ADVERBS
        or text.keys[k] in NUMBER_WORDS
        or text.words[k].isdigit()
    ):
        k += 1  # *a repris deux positions*, *a perdu 3 villages*
    if k >= last:
        return False
    found = entity_in(text, k, k + 4)
    return text.keys[k] in ground or (
        found is not None and found[0] == k and found[2].type == EntityType.LOC
    )


_GROUND_ADVERBS = frozenset({"deja", "aussi", "egalement", "finalement", "totalement"})
_GROUND_ADVERBS |= {"pas", "plus", "jamais", "encore", "toujours", "reellement", "vraiment"}
_GROUND_ADVERBS |= {"definitivement", "completement", "entierement"}
"""Words between a verb and its ground (*ne quittent pas vraiment le pays*)."""


def _comma_before(text: TokenView, verb: int, first: int) -> int | None:
    """The comma a verb group (with its *ne*) follows, for an apposed participle; else None."""
    before = verb - 1 if verb > first and text.keys[verb - 1] in ("ne", "n'") else verb
    return before - 1 if before > first and text.words[before - 1] == "," else None


def _uncertain_clause(text: TokenView, i: int, first: int) -> bool:
    """Whether the act at ``i`` is told in a *que* clause of uncertainty.

    *Il est peu probable que Pékin impose des sanctions*, *il n'est pas exclu que*, *il se
    pourrait que*, *il semble que*: the clause after the word of ``_UNCERTAIN_BEFORE_QUE``.
    """
    for q in range(i - 1, max(first, i - _UNCERTAIN_REACH), -1):
        if text.punct[q]:
            return False
        if text.keys[q] in ("que", "qu'") and text.keys[q - 1] in _UNCERTAIN_BEFORE_QUE:
            return True
    return False


_UNCERTAIN_REACH = 12
"""How many words before an act its clause of uncertainty may open."""
_UNCERTAIN_BEFORE_QUE = frozenset(
    {"probable", "improbable", "possible", "exclu", "envisageable", "plausible", "pourrait"}
    | {"peut", "semble", "semblerait", "craindre", "risque"}
)
"""Words before *que* that make its clause uncertain (*il est possible que*, *il se peut que*)."""


def _refusal_modality(text: TokenView, item: _Found, quotes: list[Quote | None]) -> Modality:
    """*ne tolérera aucun putsch*: a refusal promised; *ne reconnaît pas*: one stated."""
    if text.keys[item.start].endswith(("ra", "ront")):
        return Modality.FUTURE
    return Modality.REPORTED if quotes[item.start] is not None else Modality.ASSERTED


def _modality(text: TokenView, item: _Found, first: int, quotes: list[Quote | None]) -> None:
    i, end = item.start, item.end
    window = text.keys[max(first, i - 4) : i]
    after = text.keys[end : end + 2]
    negated = (
        any(k in ("ne", "n'") for k in window) and any(k in _NEGATIONS for k in [*window, *after])
    ) or (i > first and text.keys[i - 1] in ("aucun", "aucune", "sans"))
    if not negated and not item.trigger.noun:
        # *n'ont toujours pas été interpellés*: a negation that encloses the whole verb group.
        j = i - 1
        while j >= max(first, i - 7) and text.keys[j] in _VERB_GROUP_WORDS:
            j -= 1
        negated = (
            j >= first
            and text.keys[j] in ("ne", "n'")
            and any(k in _NEGATIONS for k in text.keys[j + 1 : i])
        )
    if negated:
        item.modality = Modality.NEGATED
        item.quote = quotes[i]
        return
    lo = max(first, i - 6)
    clause = text.keys[lo:i]
    form = text.keys[i]
    quote = quotes[i]
    if quote is not None and _out_of_scope(text, item, quote):
        quote = None
    if (
        any(k in _HEDGES for k in text.keys[max(first, i - 6) : end + 2])
        or _condition(text, i, first)
        or _uncertain_clause(text, i, first)
        or (item.trigger.noun and _modal_light_verb(text, i, first))
    ):
        # *probablement*, *si l'Iran attaque*, *pourrait lancer une offensive*: not (yet) so.
        item.modality = Modality.HYPOTHETICAL
    elif (
        any(k in _MODAL_FUTURE and _ordered(text, at) for at, k in enumerate(clause, lo))
        or (not item.trigger.noun and form.endswith(("ra", "ront", "rons")))
        or (
            item.trigger.noun
            and any(k in _FUTURE_NOUNS for k in text.keys[max(first, i - 2) : end + 1])
        )
        or (item.trigger.noun and any(_future_form(k) for k in clause[-3:]))
    ):
        item.modality = Modality.FUTURE
    elif any(k in _MODAL_HYPOTHETICAL for k in clause[-3:]) or (
        not item.trigger.noun and form.endswith(("rait", "raient"))
    ):
        # A conditional that reports a plan (*Séoul imposerait des sanctions*, in a quote) is
        # future; one of uncertainty (*auraient pris*) hypothetical.
        plan = (
            quote is not None
            and quote.kind.value == "indirect"
            and quote.cue_lemma
            in (
                "annoncer",
                "indiquer",
                "affirmer",
                "déclarer",
                "préciser",
            )
        )
        item.modality = Modality.FUTURE if plan else Modality.HYPOTHETICAL
    elif quote is not None:
        item.modality = Modality.REPORTED
    if quote is not None:
        item.quote = quote


def _condition(text: TokenView, i: int, first: int) -> bool:
    """Whether the trigger at ``i`` is in a clause of condition (*Si l'Iran attaque, ...*).

    *si* opens the sentence or follows a comma, with no comma between it and the trigger;
    *même si* concedes a fact and is no condition.
    """
    for k in range(i - 1, max(first, i - _CONDITION_REACH) - 1, -1):
        if text.punct[k]:
            return False
        if text.keys[k] in ("si", "s'") and (k == first or text.words[k - 1] == ","):
            return text.keys[k] == "si" or (k + 1 < i and text.keys[k + 1] in ("il", "ils"))
    return False


_CONDITION_REACH = 8


def _modal_light_verb(text: TokenView, i: int, first: int) -> bool:
    """*Moscou pourrait lancer une offensive*: a conditional before the light verb of a noun."""
    for j in range(i - 1, max(first, i - 6) - 1, -1):
        if text.keys[j] in _MODAL_HYPOTHETICAL:
            return any(
                _infinitive(text.keys[m]) and text.words[m].lower() in _light_verbs()
                for m in range(j + 1, i)
            )
    return False


_THREATENING = frozenset({EventType.ASSAULT, EventType.COERCE})
_THREAT_IDIOMS = frozenset({"payer le prix"})
"""Triggers that are a threat only in a speaker's future (*ils en paieront le prix*)."""


def _threat(text: TokenView, lex: _Lexicon, item: _Found) -> bool:
    """An act of force in the simple future, in a direct quote: the speaker's threat.

    Not where the quote's cue is itself a threat of ``triggers.tsv`` (*a averti X*): the cue
    is then the threat.
    """
    quote = item.quote
    if (
        item.trigger.noun
        or not (item.trigger.type in _THREATENING or item.trigger.lemma in _THREAT_IDIOMS)
        or item.modality is not Modality.FUTURE
        or quote is None
        or quote.kind is not QuoteKind.DIRECT
        or quote.speaker is None
        or not text.keys[item.start].endswith(("ra", "ront", "rons"))
    ):
        return False
    cue = lex.forms.get(phrase_keys(quote.cue_lemma)) if quote.cue_lemma else None
    return cue is None or cue.type is not EventType.THREATEN


_WANTS = frozenset({"vouloir", "veut", "veulent", "voulait", "voulaient", "entend", "entendent"})
"""Keys of a will right before an infinitive (*veut frapper*, *dit vouloir anéantir*)."""
_VOWS = frozenset({"promis", "promet", "promettent", "promettait", "jure", "jurent", "jurait"})
"""Keys of a vow before *de* and an infinitive (*a juré de détruire*; *juré* is keyed *jure*)."""


def _force_after(text: TokenView, lex: _Lexicon, end: int, last: int) -> bool:
    """Whether *de* and an infinitive of force follow a vow (*promis d'écraser*)."""
    if end + 1 >= last or text.keys[end] not in ("de", "d'"):
        return False
    word = text.keys[end + 1]
    found = lex.forms.get((word,))
    return found is not None and found.type in _THREATENING and _infinitive(word)


def _vowed_force(text: TokenView, item: _Found) -> bool:
    """Force in an infinitive after a will or a vow (*dit vouloir anéantir*, *a juré d'écraser*).

    Announcing that one wants or vows to strike someone is a threat, not yet the strike.
    """
    k = item.start
    if item.trigger.noun or item.trigger.type not in _THREATENING or k < 2:
        return False
    if not _infinitive(text.keys[k]):
        return False  # an infinitive: *veut frapper*, not *veut que l'armée frappe*
    before = text.keys[k - 1]
    return before in _WANTS or (before in ("de", "d'") and text.keys[k - 2] in _VOWS)


_BOUNDARIES = frozenset({";", ":", "ou", "dont"})


def _out_of_scope(text: TokenView, item: _Found, quote: Quote) -> bool:
    """Whether a source named after the event vouches for another clause than the event's.

    *X a lancé une offensive, où ... auraient été tués, selon Y*: the source vouches for its
    last clause, not for what a relative or a semicolon set apart before it.
    """
    cue = quote.cue
    if cue is None or quote.cue_lemma not in _MARKERS:
        return False
    at = token_at(text, text.doc.normalised.to_normalised(cue.span.start))
    if at < item.end:
        return False
    return any(
        text.keys[k] in _BOUNDARIES or text.words[k] in _BOUNDARIES for k in range(item.end, at)
    )


_MARKERS = frozenset({"selon", "d'après", "d’après", "pour", "de source"})


# -- building --------------------------------------------------------------------------------


def _argument(
    doc: Document, text: TokenView, speaker: Phrase | None, named: dict[str, Entity]
) -> Argument | None:
    if speaker is None:
        return None
    count = _count_at(text, speaker)
    if count is not None:
        # *Huit hommes armés*, *des milliers de soldats*: the group, not how many.
        start = count + 1
        while start < speaker.end - 1 and text.keys[start] in ("de", "d'"):
            start += 1
        speaker = Phrase(start, speaker.end, text.span_text(start, speaker.end), None)
    norm = doc.normalised
    span = norm.span(text.starts[speaker.start], text.ends[speaker.end - 1])
    entity: Entity | None = speaker.entity
    if entity is None:
        # *les frappes américaines* → États-Unis: the state the text names, with its id.
        entity = named.get(name_key(speaker.name))
    return Argument(
        span,
        doc.text[span.start : span.end],
        entity.name if entity is not None else speaker.name,
        entity.id if entity is not None else None,
    )


def _count_at(text: TokenView, phrase: Phrase) -> int | None:
    """The token of a phrase of no entity that says how many (*huit*, *des milliers de*)."""
    if phrase.entity is not None:
        return None
    k = phrase.start
    if k < phrase.end and text.keys[k] in ("des", "les"):
        k += 1
    if k + 1 < phrase.end and (text.words[k].isdigit() or text.keys[k] in NUMBER_WORDS):
        return k
    return None


@attrs.frozen
class _Layers:
    """The time, quantity and casualty layers by start offset, read once per document."""

    times: tuple[tuple[int, ...], list[tuple[int, str]]]
    quantities: tuple[list[int], list[Quantity]]
    casualties: tuple[list[int], list[Casualty]]
    named: dict[str, Entity]
    """The document's organisations and places by the key of their name."""

    @classmethod
    def of(cls, doc: Document) -> _Layers:
        times = sorted(
            (t.span.start, t.value)
            for t in doc.times
            if t.value is not None and t.type in (TimeType.DATE, TimeType.TIME)
        )
        quantities = sorted(doc.quantities, key=lambda q: q.span.start)
        casualties = sorted(doc.casualties, key=lambda c: c.span.start)
        return cls(
            (tuple(t[0] for t in times), times),
            ([q.span.start for q in quantities], quantities),
            ([c.span.start for c in casualties], casualties),
            {
                name_key(e.name): e
                for e in doc.entities
                if e.type in (EntityType.LOC, EntityType.ORG)
            },
        )


def _build(doc: Document, text: TokenView, layers: _Layers, item: _Found) -> Event:
    norm = doc.normalised
    span = norm.span(text.starts[item.start], text.ends[item.end - 1])
    first, last = text.sentences[item.sentence]
    sentence = norm.span(text.starts[first], text.ends[last - 1])
    lo, hi = sentence.start, sentence.end
    time = _time_of(layers, lo, hi, span.start)
    starts, values = layers.quantities
    quantities = values[bisect_left(starts, lo) : bisect_left(starts, hi)]
    starts, counted = layers.casualties
    casualties = counted[bisect_left(starts, lo) : bisect_left(starts, hi)]
    source = item.quote.speaker if item.quote is not None else None
    return Event(
        span,
        doc.text[span.start : span.end],
        item.trigger.type,
        item.modality,
        _argument(doc, text, item.actor, layers.named),
        _argument(doc, text, item.target, layers.named),
        _argument(doc, text, item.location, layers.named),
        time,
        source,
        item.quote if item.modality is Modality.REPORTED or item.quote is not None else None,
        quantities,
        casualties,
        item.sentence,
    )


def _time_of(layers: _Layers, lo: int, hi: int, at: int) -> str | None:
    """The value of the sentence's date or time nearest the trigger."""
    best: str | None = None
    distance = 10**9
    starts, times = layers.times
    for start, value in times[bisect_left(starts, lo) : bisect_left(starts, hi)]:
        gap = abs(start - at)
        if gap < distance:
            best, distance = value, gap
    return best
