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
from geotext.extractors.entities import _lexicon as _entity_lexicon
from geotext.extractors.quotes import (
    _dependent,
    _entity_in,
    _keys,
    _phrase,
    _regular_forms,
    _sentence_subject,
    _Speaker,
    _subject_before,
    _Text,
    _verb_group_start,
    text_of,
)
from geotext.gazetteer import word_key
from geotext.model import (
    Argument,
    Document,
    Entity,
    EntityType,
    Event,
    EventType,
    Modality,
    Quote,
    TimeType,
)

__all__ = ["EventExtractor"]

_CONTENT_TYPES = frozenset(
    {EventType.REQUEST, EventType.THREATEN, EventType.AGREE, EventType.REJECT}
)
_LIGHT_VERBS = frozenset(
    {
        "lance",
        "lancé",
        "lancée",
        "lancent",
        "mené",
        "mène",
        "mènent",
        "menée",
        "poursuit",
        "poursuivent",
        "intensifié",
        "intensifie",
        "revendiqué",
        "revendique",
        "effectué",
        "conduit",
        "accordé",
        "annoncé",
        "annonce",
        "fourni",
        "promis",
        "signé",
        "imposé",
        "décidé",
        "adopté",
        "tenu",
        "organisé",
        "eu",
        "débloqué",
        "octroyé",
        "versé",
        "envoyé",
        "proféré",
        "multiplié",
        "brandi",
        "présenté",
        "déposé",
    }
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
    }
)
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
                f"{form} {rest}".strip()
                for form in _regular_forms(head)
                if form != head[:-2] + "es"
            ]
            written += [f"{form}s {rest}".strip() for form in (head[:-2] + "é",)]
        for form in [*written, lemma.removeprefix("se ").removeprefix("s'")]:
            if trigger.noun:
                nouns.setdefault(_keys(form), trigger)
            forms.setdefault(_keys(form), trigger)
    firsts: dict[str, int] = {}
    for words in forms:
        firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    blocked: dict[str, list[tuple[str, ...]]] = {}
    for phrase in read_lines("fr/events/not_events.txt"):
        words = _keys(phrase)
        for word in words:
            blocked.setdefault(word, []).append(words)
    # The entity layer already reads the country table: its demonyms and names serve here.
    places = _entity_lexicon()
    lemmas = {
        word_key(t.lemma): t for t in forms.values() if " " not in t.lemma and not t.reflexive
    }
    return _Lexicon(
        forms=forms,
        nouns=nouns,
        lemmas=lemmas,
        firsts=firsts,
        blocked={k: tuple(v) for k, v in blocked.items()},
        demonyms=places.demonyms,
        countries=places.countries,
    )


@attrs.define
class _Found:
    start: int
    end: int
    trigger: _Trigger
    sentence: int
    modality: Modality = Modality.ASSERTED
    actor: _Speaker | None = None
    target: _Speaker | None = None
    location: _Speaker | None = None
    quote: Quote | None = None
    anaphoric: bool = False
    """A noun after *ce*, *cette*, *ces*: it names an event the text has told."""


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
        text = text_of(doc)
        quotes = _quote_ranges(doc, text)
        found: list[_Found] = []
        body = _body_sentences(doc)
        lemmas = text.lemmas
        named = _inside_names(text)
        candidates = [
            i
            for i, key in enumerate(text.keys)
            if (key in lex.firsts or (lemmas is not None and lemmas[i] in lex.lemmas))
            and not named[i]
        ]
        historical = _historical_sentences(doc, text)
        for number, (first, last) in enumerate(text.sentences):
            if number not in body or number in historical:
                continue
            for item in _sentence_events(text, lex, number, first, last, quotes, candidates):
                if not _told_before(item, found):
                    found.append(item)
        return tuple(_build(doc, text, lex, f) for f in found)


def _name(speaker: _Speaker | None) -> str | None:
    if speaker is None:
        return None
    return speaker.entity.name if speaker.entity is not None else speaker.name


def _told_before(item: _Found, found: list[_Found]) -> bool:
    """Whether the text already told this event.

    A noun names again an event of the same type and actor (*l'accord*, *les frappes*), or
    the same actor does the same act to the same target in the sentence before.
    """
    actor = _name(item.actor)
    for other in found:
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
            and _name(other.target) == _name(item.target)
        ):
            return True
    return False


def _inside_names(text: _Text) -> list[bool]:
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


def _historical_sentences(doc: Document, text: _Text) -> set[int]:
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


def _quote_ranges(doc: Document, text: _Text) -> list[tuple[int, int, Quote]]:
    """Token ranges of the words of each quote, to tell reported events."""
    ranges = []
    norm = doc.normalised
    for quote in doc.quotes:
        start = norm.to_normalised(quote.content.span.start)
        end = norm.to_normalised(quote.content.span.end)
        first = bisect_left(text.starts, start)
        last = bisect_left(text.starts, end)
        ranges.append((first, last, quote))
    return ranges


def _trigger_at(text: _Text, lex: _Lexicon, i: int, last: int) -> tuple[int, _Trigger] | None:
    most = lex.firsts.get(text.keys[i])
    if most is None:
        if text.lemmas is not None and text.lemmas[i] in lex.lemmas:
            return i + 1, lex.lemmas[text.lemmas[i]]  # a form the lexicon does not list
        return None
    # After a determiner, *attaque*, *frappe*, *rencontre* are nouns, not verbs.
    before = text.keys[i - 1] if i > 0 else ""
    noun_first = before in _DETERMINERS or before in _NOUN_ADJECTIVES
    for size in range(min(most, last - i), 0, -1):
        words = tuple(text.keys[i : i + size])
        trigger = (lex.nouns.get(words) if noun_first else None) or lex.forms.get(words)
        if trigger is not None:
            return i + size, trigger
    return None


_DETERMINERS = frozenset(
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


def _blocked(text: _Text, lex: _Lexicon, i: int) -> bool:
    """Whether the trigger at ``i`` sits in a phrase of ``not_events.txt``."""
    for phrase in lex.blocked.get(text.keys[i], ()):
        at = phrase.index(text.keys[i])
        start = i - at
        if start >= 0 and tuple(text.keys[start : start + len(phrase)]) == phrase:
            return True
    return False


def _sentence_events(
    text: _Text,
    lex: _Lexicon,
    number: int,
    first: int,
    last: int,
    quotes: list[tuple[int, int, Quote]],
    candidates: list[int],
) -> list[_Found]:
    found: list[_Found] = []
    seen: set[EventType] = set()
    content_from: int | None = None
    resume = first
    for i in candidates[bisect_left(candidates, first) : bisect_left(candidates, last)]:
        if i < resume:
            continue
        match = _trigger_at(text, lex, i, last)
        if match is None or _blocked(text, lex, i) or not _is_event_word(text, i, first, match[1]):
            continue
        end, trigger = match
        resume = end
        if content_from is not None and i > content_from:
            # *a appelé à cesser les frappes*: the content of a request is no event of its own.
            continue
        if trigger.lemma == "libérer" and _frees_a_place(text, end, last):
            trigger = _Trigger(EventType.ASSAULT, False, "libérer")
        elif trigger.lemma in ("retrait", "se retirer") and _leaves_an_organisation(
            text, end, last
        ):
            trigger = _Trigger(EventType.SANCTION, trigger.noun, trigger.lemma)
        if trigger.type not in seen:
            seen.add(trigger.type)
            item = _Found(i, end, trigger, number)
            item.anaphoric = (
                trigger.noun and i > 0 and text.keys[i - 1] in ("ce", "cet", "cette", "ces")
            )
            _arguments(text, lex, item, first, last)
            _modality(text, item, first, quotes)
            _accused_acts(text, item)
            found.append(item)
        if (
            trigger.type in _CONTENT_TYPES
            and not trigger.noun
            and (trigger.type is not EventType.AGREE or _opens_content(text, end, last))
        ):
            content_from = end
    return found


def _is_event_word(text: _Text, i: int, first: int, trigger: _Trigger) -> bool:
    """Rule out uses of a trigger word that name no event (*à l'aide de*, *au départ*)."""
    if not text.words[i][:1].islower():
        return trigger.noun and i == first  # a capital is a name, unless it opens the sentence
    if trigger.reflexive and not any(k in _REFLEXIVE for k in text.keys[max(first, i - 4) : i]):
        return False
    if trigger.noun:
        before = text.keys[max(0, i - 2) : i]
        if trigger.lemma in ("aide", "demande", "départ", "appel") and (
            before[-1:] == ["au"] or before == ["a", "l'"] or before == ["a", "la"]
        ):
            return False  # *à l'aide de*, *à la demande de*, *au départ*
    return True


def _accused_acts(text: _Text, item: _Found) -> None:
    """*Kiev accuse Moscou d'avoir bombardé une école*: the accused one did the act."""
    quote = item.quote
    if quote is None or quote.cue_lemma not in _ACCUSING or quote.speaker is None:
        return
    start = bisect_left(text.starts, text.doc.normalised.to_normalised(quote.content.span.start))
    found = _entity_in(text, start, min(item.start, start + 6))
    if found is not None and found[0] == start:
        a, b, entity = found
        item.actor = _Speaker(a, b, entity.name, entity)


def _frees_a_place(text: _Text, end: int, last: int) -> bool:
    """*a libéré les localités de X*: taking ground is an assault, freeing people a retreat."""
    for k in range(end, min(last, end + 4)):
        if text.keys[k] in _LIBERATED_PLACES:
            return True
        found = _entity_in(text, k, k + 3)
        if found is not None and found[0] == k and found[2].type == EntityType.LOC:
            return True
    return False


def _leaves_an_organisation(text: _Text, end: int, last: int) -> bool:
    """*leur retrait de la CEDEAO*: leaving an organisation is a sanction, not a retreat."""
    if end >= last or text.keys[end] not in ("de", "du", "d'", "des"):
        return False
    # *leur retrait de la CEDEAO*, *le retrait du Mali, du Burkina et du Niger de la CEDEAO*
    for k in range(end + 1, min(last, end + 14)):
        if text.punct[k] and text.words[k] != ",":
            break
        found = _entity_in(text, k, min(last, k + 8))
        if found is not None and found[0] == k and found[2].type == EntityType.ORG:
            return True
    return False


def _opens_content(text: _Text, end: int, last: int) -> bool:
    """Whether a request, threat or agreement goes on with what it asks (*à*, *de*, *que*)."""
    for k in range(end, min(last, end + 6)):
        if text.keys[k] in ("a", "de", "d'", "que", "qu'", "sur") and text.words[k] != "a":
            return True
        if text.punct[k]:
            return False
    return False


# -- arguments -------------------------------------------------------------------------------


def _country_speaker(lex: _Lexicon, text: _Text, k: int) -> _Speaker | None:
    iso = lex.demonyms.get(text.keys[k])
    if iso is None or not text.words[k][:1].islower():
        return None
    name = lex.countries.get(iso)
    return _Speaker(k, k + 1, name, None) if name else None


def _phrase_actor(text: _Text, lex: _Lexicon, start: int, end: int) -> _Speaker | None:
    """An entity the phrase names, else the country a demonym in it stands for, else it."""
    found = _entity_in(text, start, end)
    if found is not None:
        a, b, entity = found
        return _Speaker(a, b, entity.name, entity)
    for k in range(start, end):
        country = _country_speaker(lex, text, k)
        if country is not None:
            return country
    return _phrase(text, start, end)


_NP_STOPS = frozenset(
    {"qui", "que", "qu'", "et", "a", "ont", "est", "sont", "contre", "par", "sur", "avec", "pres"}
)


def _np_end(text: _Text, start: int, last: int, limit: int = 6) -> int:
    """The end of a short noun phrase from ``start`` (up to punctuation or a verb-like word)."""
    k = start
    while k < last and k - start < limit and not text.punct[k]:
        if text.keys[k] in _NP_STOPS and k > start:
            break
        k += 1
    return k


def _arguments(text: _Text, lex: _Lexicon, item: _Found, first: int, last: int) -> None:
    i, end = item.start, item.end
    if item.trigger.noun:
        _noun_arguments(text, lex, item, first, last)
    else:
        verb = _verb_group_start(text, i)
        passive = any(
            text.keys[k] in ("ete", "est", "sont", "etait", "etaient") for k in range(verb, i)
        )
        by = next(
            (k for k in range(end, min(last, end + 8)) if text.keys[k] == "par"),
            None,
        )
        agent = (
            by is not None
            and by + 1 < last
            and (text.keys[by + 1] in _ARTICLES or text.caps_at(by + 1))
        )
        if (
            agent
            and by is not None
            and (passive or by <= end + 1)
            and not _active_form(text, i)
            and not item.trigger.reflexive
        ):
            item.actor = _phrase_actor(text, lex, by + 1, _np_end(text, by + 1, last))
            subject = _subject_before(text, verb)
            item.target = subject
        else:
            partner: _Speaker | None = None
            if text.keys[i].endswith("ant") and verb > first and text.words[verb - 1] == ",":
                item.actor = _sentence_subject(text, first, verb - 1, None)
            else:
                item.actor, partner = _first_of_pair(text, _subject_before(text, verb), first)
            if item.actor is not None and item.actor.entity is None:
                item.actor = _state_for(text, lex, item.actor)
            item.target = _dependent(text, i, ("obj",)) or _object_after(text, lex, end, last)
            if item.target is None and not passive:
                item.target = partner
    if item.actor is None or (item.actor.entity is None and _possessive(text, item.actor)):
        item.actor = _fallback_actor(text, lex, item, first) or item.actor
    item.location = _location(text, item, first, last)


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
    }
)
"""Heads of a phrase that stands for its state (*les forces russes* → Russie); a named body
(*la police russe*, *les colons israéliens*) keeps its phrase."""


def _state_for(text: _Text, lex: _Lexicon, phrase: _Speaker) -> _Speaker:
    """The country a phrase of forces stands for, else the phrase."""
    if not any(text.keys[k] in _STATE_NOUNS for k in range(phrase.start, phrase.end)):
        return phrase
    for k in range(phrase.start, phrase.end):
        country = _country_speaker(lex, text, k)
        if country is not None:
            return country
    return phrase


def _first_of_pair(
    text: _Text, actor: _Speaker | None, first: int
) -> tuple[_Speaker | None, _Speaker | None]:
    """*X et Y se sont entretenus*: the first one named acts, the other is the target."""
    if actor is None or actor.start < 2 or text.keys[actor.start - 1] != "et":
        return actor, None
    for a, b, entity in reversed(text.mentions):
        if b == actor.start - 1 and a >= first:
            return _Speaker(a, b, entity.name, entity), actor
    return actor, None


def _possessive(text: _Text, speaker: _Speaker) -> bool:
    k = speaker.start - 1
    return (k >= 0 and text.keys[k] in ("son", "sa", "ses", "leur", "leurs")) or text.keys[
        speaker.start
    ] in ("son", "sa", "ses", "leur", "leurs")


def _fallback_actor(text: _Text, lex: _Lexicon, item: _Found, first: int) -> _Speaker | None:
    """Who acts when the trigger's own words do not say.

    The entity that opens the sentence, else the nearest one named before the trigger, else
    the country an adjective of the sentence names.
    """
    subject = _sentence_subject(text, first, item.start, None)
    target = item.target.entity if item.target is not None else None
    if subject is not None and subject.entity is not None and subject.entity is not target:
        return subject
    best: _Speaker | None = None
    for a, b, entity in text.mentions:
        if b > item.start:
            break
        if a < first or entity is target:
            continue
        if entity.type != EntityType.LOC or (entity.id or "").startswith("iso:"):
            best = _Speaker(a, b, entity.name, entity)
    if best is not None:
        return best
    if any(text.keys[k] in ("son", "sa", "ses", "leur", "leurs") for k in range(first, item.start)):
        for a, b, entity in reversed(text.mentions):
            if b <= first and entity.type != EntityType.LOC:
                return _Speaker(a, b, entity.name, entity)
    for k in range(first, text.sentences[item.sentence][1]):
        country = _country_speaker(lex, text, k)
        if country is not None:
            return country
    return None


def _active_form(text: _Text, i: int) -> bool:
    """Whether the trigger verb is conjugated in the active (*frappe*, *ont frappé*)."""
    key = text.keys[i]
    return not key.endswith(("e", "ee", "es", "ees", "i", "ie", "is", "u", "ue", "us")) or (
        i > 0
        and text.keys[i - 1] in ("a", "ont", "avait", "avaient", "aurait", "auraient")
        and text.words[i - 1] != "à"
    )


def _noun_arguments(text: _Text, lex: _Lexicon, item: _Found, first: int, last: int) -> None:
    i, end = item.start, item.end
    k = end
    # *les frappes russes*, *l'offensive ukrainienne*, *les raids aériens*
    while k < last and k - end < 3 and text.words[k].isalpha() and text.words[k].islower():
        country = _country_speaker(lex, text, k)
        if country is not None and item.actor is None:
            item.actor = country
        elif text.keys[k] in _ARTICLES | _TARGET_WORDS | _NOT_ADJECTIVES:
            break
        k += 1
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
    # *l'invasion de l'Ukraine*, *l'attaque du Hamas*
    if k < last and text.keys[k] in ("de", "du", "des", "d'"):
        np_end = _np_end(text, k + 1, last)
        who = _phrase_actor(text, lex, k + 1, np_end)
        if who is not None and who.entity is not None:
            if item.trigger.lemma in _TARGET_NOUNS:
                item.target = who
            elif item.actor is None:
                item.actor = who
            k = np_end
        elif who is not None and item.trigger.type is EventType.PROTEST and item.actor is None:
            item.actor = who  # *la manifestation des agriculteurs*
            k = np_end
    for j in range(k, min(last, k + 8)):
        key = text.keys[j]
        if key == "par" and item.actor is None:
            item.actor = _phrase_actor(text, lex, j + 1, _np_end(text, j + 1, last))
            break
        if key in _TARGET_WORDS and item.target is None:
            target = _phrase_actor(text, lex, j + 1, _np_end(text, j + 1, last))
            if target is not None and (target.entity is not None or key != "avec"):
                item.target = target
        if text.punct[j] and text.words[j] != "'":
            break
    if item.actor is None:
        # *La Russie a lancé une offensive*: the subject of the light verb before the noun.
        j = i - 1
        while j > first and text.keys[j] in _ARTICLES | {"nouvelle", "nouvelles", "vaste", "large"}:
            j -= 1
        if j >= first and text.words[j].lower() in _LIGHT_VERBS:
            item.actor = _subject_before(text, _verb_group_start(text, j))


def _object_after(text: _Text, lex: _Lexicon, end: int, last: int) -> _Speaker | None:
    """The entity right after a verb (*a frappé Kharkiv*), or after *contre*, *avec*, *sur*."""
    k = end
    while k < last and (text.keys[k] in _ARTICLES or text.words[k] == ","):
        if text.words[k] == ",":
            return None
        k += 1
    np_end = _np_end(text, k, last)
    found = _entity_in(text, k, np_end)
    if found is not None and found[0] == k:
        a, b, entity = found
        return _Speaker(a, b, entity.name, entity)
    for j in range(end, min(last, end + 8)):
        if text.keys[j] in _TARGET_WORDS:
            found = _entity_in(text, j + 1, _np_end(text, j + 1, last))
            if found is not None:
                a, b, entity = found
                return _Speaker(a, b, entity.name, entity)
        if text.punct[j]:
            break
    return None


def _after_place_word(text: _Text, a: int) -> bool:
    """*à X*, *dans la X*, *près de X*, *la région de X*: a place of the event follows."""
    if a == 0:
        return False
    before = text.keys[a - 1]
    if before in _PLACE_WORDS:
        return True
    if before in ("l'", "la", "le", "les") and a >= 2:
        return text.keys[a - 2] in _PLACE_WORDS
    return before in ("de", "d'", "du") and a >= 2 and text.keys[a - 2] in _NEAR_WORDS


def _location(text: _Text, item: _Found, first: int, last: int) -> _Speaker | None:
    """A place the sentence names after a preposition of place, nearest the trigger."""
    best: _Speaker | None = None
    distance = 10**9
    for a, b, entity in text.mentions:
        if a < first or b > last or entity.type != EntityType.LOC:
            continue
        if not _after_place_word(text, a):
            continue
        if item.actor is not None and item.actor.entity is entity:
            continue
        gap = abs(a - item.start)
        if gap < distance:
            best, distance = _Speaker(a, b, entity.name, entity), gap
    target = item.target
    physical = item.trigger.type in _PHYSICAL
    if best is None and physical and target is not None and target.entity is not None:
        return target if target.entity.type == EntityType.LOC else None
    return best


# -- modality --------------------------------------------------------------------------------


def _modality(text: _Text, item: _Found, first: int, quotes: list[tuple[int, int, Quote]]) -> None:
    i, end = item.start, item.end
    window = text.keys[max(first, i - 4) : i]
    after = text.keys[end : end + 2]
    negated = (
        any(k in ("ne", "n'") for k in window) and any(k in _NEGATIONS for k in [*window, *after])
    ) or (i > first and text.keys[i - 1] in ("aucun", "aucune", "sans"))
    if negated:
        item.modality = Modality.NEGATED
        item.quote = next((q for a, b, q in quotes if a <= i < b), None)
        return
    clause = text.keys[max(first, i - 6) : i]
    form = text.keys[i]
    quote = next((q for a, b, q in quotes if a <= i < b), None)
    if any(k in _HEDGES for k in text.keys[max(first, i - 6) : end + 2]):
        item.modality = Modality.HYPOTHETICAL
    elif (
        any(k in _MODAL_FUTURE for k in clause)
        or (not item.trigger.noun and form.endswith(("ra", "ront", "rons")))
        or (
            item.trigger.noun
            and any(k in _FUTURE_NOUNS for k in text.keys[max(first, i - 2) : end + 1])
        )
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


# -- building --------------------------------------------------------------------------------


def _argument(doc: Document, text: _Text, speaker: _Speaker | None) -> Argument | None:
    if speaker is None:
        return None
    norm = doc.normalised
    span = norm.span(text.starts[speaker.start], text.ends[speaker.end - 1])
    entity: Entity | None = speaker.entity
    return Argument(
        span,
        doc.text[span.start : span.end],
        entity.name if entity is not None else speaker.name,
        entity.id if entity is not None else None,
    )


def _build(doc: Document, text: _Text, lex: _Lexicon, item: _Found) -> Event:
    norm = doc.normalised
    span = norm.span(text.starts[item.start], text.ends[item.end - 1])
    first, last = text.sentences[item.sentence]
    lo, hi = (
        norm.span(text.starts[first], text.ends[last - 1]).start,
        norm.span(text.starts[first], text.ends[last - 1]).end,
    )
    time = _time_of(doc, lo, hi, span.start)
    quantities = [q for q in doc.quantities if lo <= q.span.start < hi]
    casualties = [c for c in doc.casualties if lo <= c.span.start < hi]
    source = item.quote.speaker if item.quote is not None else None
    return Event(
        span,
        doc.text[span.start : span.end],
        item.trigger.type,
        item.modality,
        _argument(doc, text, item.actor),
        _argument(doc, text, item.target),
        _argument(doc, text, item.location),
        time,
        source,
        item.quote if item.modality is Modality.REPORTED or item.quote is not None else None,
        quantities,
        casualties,
        item.sentence,
    )


def _time_of(doc: Document, lo: int, hi: int, at: int) -> str | None:
    """The value of the sentence's date or time nearest the trigger."""
    best: str | None = None
    distance = 10**9
    for time in doc.times:
        if not (lo <= time.span.start < hi) or time.type not in (TimeType.DATE, TimeType.TIME):
            continue
        if time.value is None:
            continue
        gap = abs(time.span.start - at)
        if gap < distance:
            best, distance = time.value, gap
    return best
