"""Reported speech: direct and indirect quotes, their speakers, cues and stances.

The extractor works sentence by sentence on the token arrays, after the entity layer:

1. **Direct quotes** are the words between quotation marks (« », “ ”, " ", ‹ ›, nested or
   not, over several sentences or paragraphs), and dash dialogue (*— ..., a dit X*). Their
   speaker comes from a cue after the closing mark (*», a déclaré X*, *», a-t-il ajouté*),
   before the opening one (*X a déclaré : «*, *X s'est dit «*), or inside (*« A, a estimé X.
   B »*). Short quoted words with no cue (*une situation « difficile »*) and titles (*le
   journal « Le Monde »*) are not quotes.
2. **Indirect quotes** hang on a reporting verb of the lexicon (*X a affirmé que...*, *X
   accuse Y de...*, *X a démenti avoir...*, *..., a dit X*) or a marker (*selon X*, *d'après
   X*, *pour X,*): the content is the clause after the cue up to the end of the sentence, or
   the clause before it when the cue closes the sentence.
3. **Speakers** are entities where one fits, else the phrase that speaks (*services de
   secours*); pronouns (*il*, *a-t-elle ajouté*, *selon lui*, *ce dernier*) go to the last
   person the text named.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache

import attrs

from geotext.data import read_lines, read_table
from geotext.gazetteer import token_words, word_key
from geotext.model import (
    Argument,
    Document,
    Entity,
    EntityType,
    Mention,
    Quote,
    QuoteKind,
    Stance,
    TokenKind,
    TokenTable,
)

__all__ = ["QuoteExtractor"]

_OPENING = {"«": "»", "‹": "›", '"': '"', "“": "”"}
_CLOSING = {"»", "›", '"', "”"}
_AUXILIARIES = frozenset(
    {
        "a",
        "ont",
        "avait",
        "avaient",
        "aurait",
        "auraient",
        "aura",
        "auront",
        "est",
        "sont",
        "etait",
        "etaient",
        "serait",
        "seraient",
        "s'",
        "se",
        "va",
        "vont",
        "allait",
        "doit",
        "devait",
        "m'",
        "l'",
        "lui",
        "leur",
        "nous",
        "vous",
        "ne",
        "n'",
        "pas",
        "t'",
    }
)
_ADVERBS = frozenset(
    {
        "ensuite",
        "aussi",
        "egalement",
        "deja",
        "encore",
        "notamment",
        "toutefois",
        "pourtant",
        "cependant",
        "alors",
        "enfin",
        "meme",
        "plusieurs",
        "fois",
        "bien",
        "clairement",
        "publiquement",
        "immediatement",
        "aussitot",
        "pas",
        "jamais",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "hier",
        "matin",
        "soir",
        "midi",
        "apres-midi",
        "apres midi",
        "nuit",
        "aujourd' hui",
    }
)
_ADVERBIALS = frozenset(
    {
        ("pour", "sa", "part"),
        ("pour", "leur", "part"),
        ("de", "son", "cote"),
        ("de", "leur", "cote"),
        ("quant", "a", "lui"),
        ("quant", "a", "elle"),
        (",", "lui", ","),
        (",", "elle", ","),
        (",", "eux", ","),
        (",", "elles", ","),
    }
)
_SOURCE_NOUNS = frozenset(
    {
        "bilan",
        "rapport",
        "communique",
        "document",
        "declaration",
        "chiffres",
        "donnees",
        "decompte",
        "estimation",
        "estimations",
        "enquete",
        "releve",
        "message",
    }
)
_QUANTIFIERS = frozenset({"plusieurs", "certains", "certaines", "deux", "trois", "quelques"})
_RELATIVES = frozenset({"qui", "dont", "ou", "lequel", "laquelle", "ayant", "etant"})
_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "on"})
_INVERSIONS = frozenset({"t il", "t elle", "t ils", "t elles", "t on"})
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
        "de",
        "d'",
        "sa",
        "son",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cet",
        "cette",
        "ces",
        "tout",
        "toute",
        "tous",
        "toutes",
        "aucun",
        "aucune",
        "notre",
        "nos",
        "votre",
        "vos",
    }
)
_CLAUSE_STARTS = frozenset({"que", "qu'", "de", "d'", "avoir", "etre", "contre", "qu"})
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
_MAX_SCARE_WORDS = 3


@attrs.frozen
class _Cue:
    lemma: str
    stance: Stance | None
    takes: str = "que"
    """``que``, ``clause`` (also *de*, *avoir*, an infinitive...), ``object`` (also a noun
    phrase) or ``quoted`` (a noun phrase holding words in quotation marks)."""

    @property
    def takes_object(self) -> bool:
        return self.takes == "object"


@attrs.frozen
class _Lexicon:
    marker_firsts: frozenset[str]
    role_heads: frozenset[str]
    forms: dict[tuple[str, ...], _Cue]
    lemmas: dict[str, _Cue]
    firsts: dict[str, int]
    markers: dict[tuple[str, ...], tuple[str, bool]]
    titles: frozenset[str]


def _regular_forms(verb: str) -> list[str]:
    """The forms of a regular *-er* verb a news report uses (*déclare*, *a déclaré*...)."""
    stem = verb[:-2]
    soft = stem + ("ç" if stem.endswith("c") else "e" if stem.endswith("g") else "")
    soft = soft if soft != stem + "çç" else stem
    return [
        verb,
        stem + "e",
        stem + "es",
        stem + "ent",
        stem + "é",
        stem + "ée",
        stem + "és",
        stem + "ées",
        soft + "ait" if soft != stem else stem + "ait",
        soft + "aient" if soft != stem else stem + "aient",
        stem + "era",
        stem + "eront",
        stem + "erait",
        stem + "eraient",
        soft + "ant" if soft != stem else stem + "ant",
    ]


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(word_key(w) for w in phrase.replace("'", "' ").split())


@cache
def _lexicon() -> _Lexicon:
    forms: dict[tuple[str, ...], _Cue] = {}
    for lemma, stance, takes, irregular in read_table("fr/quotes/cues.tsv", 4):
        cue = _Cue(lemma, Stance(stance) if stance != "-" else None, takes)
        verb = lemma.removeprefix("se ").removeprefix("s'")
        written = irregular.split("|") if irregular else []
        if not written:
            head, _, rest = verb.partition(" ")
            written = [f"{form} {rest}".strip() for form in _regular_forms(head)]
        for form in [*written, verb]:
            forms.setdefault(_keys(form), cue)
    firsts: dict[str, int] = {}
    for words in forms:
        firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    lemmas = {
        word_key(cue.lemma.removeprefix("se ").removeprefix("s'")): cue
        for cue in forms.values()
        if " " not in cue.lemma.removeprefix("se ").removeprefix("s'")
    }
    markers = {
        _keys(marker): (lemma, where == "initial")
        for marker, lemma, where in read_table("fr/quotes/markers.tsv", 3)
    }
    return _Lexicon(
        marker_firsts=frozenset(words[0] for words in markers),
        role_heads=frozenset(
            word_key(r.split()[0]) for r in read_lines("fr/entities/role_nouns.txt") if r.strip()
        ),
        forms=forms,
        lemmas=lemmas,
        firsts=firsts,
        markers=markers,
        titles=frozenset(word_key(t) for t in read_lines("fr/quotes/title_nouns.txt")),
    )


class _Text:
    """The document's tokens, sentences and entity mentions, as the extractor reads them."""

    def __init__(self, doc: Document) -> None:
        norm = doc.normalised
        table = doc.token_table
        self.doc = doc
        self.text = norm.text
        self.starts = table.starts
        self.ends = table.ends
        self.words, self.keys = token_words(doc)
        punct = list(TokenKind).index(TokenKind.PUNCT)
        self.punct = [k == punct for k in table.kinds]
        self.n = len(self.words)
        self.sentence_of = [0] * self.n
        self.sentences: list[tuple[int, int]] = []
        for number, sentence in enumerate(doc.sentences):
            self.sentences.append((sentence.token_start, sentence.token_end))
            span = sentence.token_end - sentence.token_start
            self.sentence_of[sentence.token_start : sentence.token_end] = [number] * span
        self.block_of = [0] * self.n
        for number, block in enumerate(doc.blocks):
            if block.sentence_end > block.sentence_start:
                first = doc.sentences[block.sentence_start].token_start
                last = doc.sentences[block.sentence_end - 1].token_end
                self.block_of[first:last] = [number] * (last - first)
        # Entity mentions by token range, in normalised offsets.
        self.mentions: list[tuple[int, int, Entity]] = []
        raw_to_norm = norm.to_normalised
        for entity in doc.entities:
            for mention in entity.mentions:
                start = raw_to_norm(mention.span.start)
                end = raw_to_norm(mention.span.end)
                first = _token_at(self, start)
                last = _token_at(self, max(start, end - 1)) + 1
                self.mentions.append((first, last, entity))
        self.mentions.sort(key=lambda m: m[0])
        self.mention_starts = [m[0] for m in self.mentions]
        self.lemmas = _token_lemmas(doc, self.n)
        self.syntax = doc.syntax if self.lemmas is not None else None

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.starts[start] : self.ends[end - 1]]

    def caps_at(self, i: int) -> bool:
        return self.words[i][:1].isupper()

    def sentence_end(self, i: int) -> int:
        return self.sentences[self.sentence_of[min(i, self.n - 1)]][1]

    def sentence_start(self, i: int) -> int:
        return self.sentences[self.sentence_of[min(i, self.n - 1)]][0]


_TEXTS: dict[int, tuple[weakref.ref[TokenTable], _Text]] = {}


def text_of(doc: Document) -> _Text:
    """The token view of ``doc``, built once for the quote and event layers."""
    table = doc.token_table
    hit = _TEXTS.get(id(table))
    entities = doc.layers.get("entities")
    if (
        hit is not None
        and hit[0]() is table
        and hit[1].doc.layers.get("entities") is entities
        and hit[1].doc.syntax is doc.syntax
        and hit[1].doc.normalised is doc.normalised
    ):
        return hit[1]
    text = _Text(doc)
    if len(_TEXTS) >= 8:
        _TEXTS.clear()
    _TEXTS[id(table)] = (weakref.ref(table), text)
    return text


def _token_lemmas(doc: Document, n: int) -> list[str] | None:
    """The key of each token's lemma where a syntactic parser gave lemmas (its first word's).

    With :class:`~geotext.parser.StanzaParser`, cues and triggers are also found by lemma, so
    forms the lexicon does not list (*affirmèrent*) are read too.
    """
    syntax = doc.syntax
    if syntax is None or not len(syntax.token):
        return None
    lemmas = [""] * n
    for token, lemma in zip(syntax.token, syntax.lemma, strict=True):
        if 0 <= token < n and not lemmas[token] and lemma:
            lemmas[token] = word_key(lemma)
    return lemmas


def _dependent(text: _Text, token: int, relations: tuple[str, ...]) -> _Speaker | None:
    """The entity (or phrase) a parse attaches to the verb at ``token`` by ``relations``.

    Where a syntactic parse is present (:class:`~geotext.parser.StanzaParser`), the subject
    (``nsubj``) or object (``obj``) of a verb is read from it; the rule path is the fallback.
    """
    syntax = text.syntax
    if syntax is None:
        return None
    heads = [w for w, t in enumerate(syntax.token) if t == token]
    for w, (head, relation) in enumerate(zip(syntax.head, syntax.deprel, strict=True)):
        if head in heads and relation is not None and relation.split(":")[0] in relations:
            dependent = syntax.token[w]
            for a, b, entity in text.mentions:
                if a <= dependent < b:
                    return _Speaker(a, b, entity.name, entity)
            if relation.startswith("nsubj") and text.keys[dependent] in _PRONOUNS:
                return None  # a pronoun: the rule path resolves it
            return _phrase(text, max(0, dependent - 1), dependent + 1)
    return None


def _token_at(text: _Text, offset: int) -> int:
    return max(0, bisect_right(text.starts, offset) - 1)


@attrs.define
class _Speaker:
    start: int
    end: int
    name: str
    entity: Entity | None


@attrs.define
class _Found:
    kind: QuoteKind
    start: int
    end: int
    """Token range of the whole quote (cue and speaker included)."""
    content: tuple[int, int]
    """Normalised offsets of the words reported."""
    speaker: _Speaker | None
    cue: tuple[int, int] | None
    lemma: str | None
    stance: Stance | None


# -- cues ------------------------------------------------------------------------------------


def _cue_at(text: _Text, lex: _Lexicon, i: int) -> tuple[int, _Cue] | None:
    """The reporting verb that starts at token ``i``: its end and its entry."""
    most = lex.firsts.get(text.keys[i])
    if most is not None:
        for size in range(min(most, text.n - i), 0, -1):
            cue = lex.forms.get(tuple(text.keys[i : i + size]))
            if cue is not None:
                return i + size, cue
    if text.lemmas is not None and text.lemmas[i] in lex.lemmas:
        return i + 1, lex.lemmas[text.lemmas[i]]  # a form the lexicon does not list
    return None


def _verb_group_start(text: _Text, i: int) -> int:
    """Where the verb group of the cue at ``i`` starts (*s'est*, *a ensuite*, *n'a pas*)."""
    j = i
    while j > 0 and text.sentence_of[j - 1] == text.sentence_of[i]:
        key = text.keys[j - 1]
        if j >= 3 and tuple(text.keys[j - 3 : j]) in _ADVERBIALS:
            j -= 3
            continue
        if key in _AUXILIARIES or key in _ADVERBS or key in _INVERSIONS or key.startswith("t "):
            j -= 1
            continue
        if text.words[j - 1].startswith("-"):  # -t-il, -elle
            j -= 1
            continue
        break
    return j


def _inverted_pronoun(text: _Text, start: int, end: int) -> bool:
    """Whether the verb group carries its subject (*a-t-il*, *affirme-t-elle*)."""
    for k in range(max(0, start - 3), min(end + 2, text.n)):
        pronoun = text.keys[k].replace("t ", "").strip()
        if text.words[k].startswith("-") and pronoun in _PRONOUNS and pronoun != "on":
            return True
    return False


# -- speakers --------------------------------------------------------------------------------


def _entity_in(text: _Text, start: int, end: int) -> tuple[int, int, Entity] | None:
    """The entity a phrase names: the one it opens with, else its last person, else none."""
    low = bisect_left(text.mention_starts, start)
    inside = [m for m in text.mentions[low:] if m[0] < end and m[1] <= end]
    if not inside:
        return None
    first = start
    while first < end and (text.keys[first] in _DETERMINERS or text.punct[first]):
        first += 1
    if inside[0][0] == first:
        return inside[0]
    people = [m for m in inside if m[2].type == EntityType.PER]
    if people:
        return people[-1]
    if text.keys[first] in _SOURCE_NOUNS:
        return inside[0]  # *selon un bilan établi par le Réseau ...*: who wrote it speaks
    return None


def _phrase(text: _Text, start: int, end: int) -> _Speaker | None:
    """The noun phrase that speaks, without its article (*services de secours*)."""
    while start < end and text.punct[start]:
        start += 1
    if start >= end or text.keys[start] not in _DETERMINERS | _QUANTIFIERS:
        return None
    while start < end and text.keys[start] in ("le", "la", "les", "l'"):
        start += 1
    if start < end and all(text.keys[k] in _DETERMINERS for k in range(start, end)):
        return None
    for k in range(start, end):
        if text.keys[k] in _RELATIVES or text.words[k] in (",", "(", "«"):
            end = k
            break
    while end > start and text.punct[end - 1]:
        end -= 1
    if start >= end or end - start > 10:
        return None
    if not text.words[start][:1].isalpha() or text.keys[start] in _AUXILIARIES:
        return None
    return _Speaker(start, end, text.span_text(start, end), None)


def _speaker_of(text: _Text, start: int, end: int) -> _Speaker | None:
    found = _entity_in(text, start, end)
    if found is not None:
        a, b, entity = found
        return _Speaker(a, b, entity.name, entity)
    phrase = _phrase(text, start, end)
    if phrase is not None:
        person = _person_with_role(text, phrase)
        if person is not None:
            return _Speaker(phrase.start, phrase.end, person.name, person)
    return phrase


def _person_with_role(text: _Text, phrase: _Speaker) -> Entity | None:
    """The person a title designates (*le président américain* for Donald Trump).

    The text or the gazetteer must give that person this title; the last one named wins.
    """
    words = set(text.keys[phrase.start : phrase.end]) - {"de", "du", "des", "d'", "la", "l'"}
    if not words or not (words & _lexicon().role_heads):
        return None
    best: Entity | None = None
    for a, _b, entity in text.mentions:
        if a >= phrase.start:
            break
        if entity.type != EntityType.PER:
            continue
        for role in (*entity.roles, *_gazetteer_roles(entity.name)):
            if words <= set(word_key(role).replace("'", "' ").split()):
                best = entity
                break
    return best


@cache
def _gazetteer_roles(name: str) -> tuple[str, ...]:
    from geotext.gazetteer import default_gazetteer, name_key

    return tuple(
        e.role for e in default_gazetteer().lookup(name_key(name)) if e.role and e.name == name
    )


def _last_person(text: _Text, before: int, skip: tuple[int, int] | None = None) -> _Speaker | None:
    """The last person the text named before token ``before`` (outside ``skip``)."""
    best = None
    for a, b, entity in text.mentions:
        if b > before:
            break
        if skip is not None and skip[0] <= a < skip[1]:
            continue
        if entity.type == EntityType.PER:
            best = _Speaker(a, b, entity.name, entity)
    if best is None:
        # *« ... », a-t-il insisté. X s'exprimait à Kiev.*: the person named just after.
        limit = text.sentence_of[min(before, text.n - 1)] + 1
        for a, b, entity in text.mentions:
            if a >= before and entity.type == EntityType.PER and text.sentence_of[a] <= limit:
                return _Speaker(a, b, entity.name, entity)
    return best


def _subject_before(text: _Text, verb: int, skip: tuple[int, int] | None = None) -> _Speaker | None:
    """The subject of a verb group that starts at token ``verb``."""
    if text.syntax is not None:
        cue = verb
        while cue < text.n - 1 and text.keys[cue] in _AUXILIARIES | _ADVERBS:
            cue += 1
        parsed = _dependent(text, cue, ("nsubj",))
        if parsed is not None and parsed.entity is not None:
            return parsed
    first = text.sentence_start(verb)
    stop = first
    for k in range(verb - 1, first - 1, -1):
        if text.words[k] in (":", ";") or text.keys[k] in ("que", "qu'", "mais"):
            stop = k + 1
            break
    if verb - 1 >= first and text.keys[verb - 1] in ("mais", "et", "puis") and verb - 1 > first:
        # *X n'a pas confirmé ces pertes, mais a reconnu ...*: the first verb's subject.
        return _sentence_subject(text, first, verb - 1, skip)
    if stop >= verb:
        return None
    key = text.keys[verb - 1]
    if key == "qui" and verb - 1 > stop:
        # *X, qui accuse Y de ...*: the speaker is what *qui* stands for.
        antecedent = verb - 1
        close = antecedent - 1 if text.words[antecedent - 1] == "," else antecedent
        named = next((m for m in text.mentions if m[1] == close), None)
        if named is not None:
            return _Speaker(named[0], named[1], named[2].name, named[2])
        if close < antecedent:
            return _subject_before(text, antecedent, skip)
        return _speaker_of(text, max(stop, antecedent - 6), antecedent)
    if key == "en" and text.keys[verb].endswith("ant"):
        # *en estimant que ...*: the subject of the sentence speaks.
        return _sentence_subject(text, first, verb - 1, skip)
    if key in _PRONOUNS or (
        verb - 2 >= stop
        and tuple(text.keys[verb - 2 : verb])
        in (("ce", "dernier"), ("cette", "derniere"), ("celui", "ci"), ("celle", "ci"))
    ):
        return _last_person(text, verb - 1, skip)
    # Split the clause on commas: *Le président ukrainien, Volodymyr Zelensky, a déclaré*.
    segments: list[tuple[int, int]] = []
    a = stop
    for k in range(stop, verb):
        if text.words[k] == ",":
            segments.append((a, k))
            a = k + 1
    segments.append((a, verb))
    last = segments[-1]
    if last[0] < last[1]:
        return _speaker_of(text, last[0], last[1])
    # The verb follows a comma: an apposition or a relative clause stands between the
    # subject and its verb. The subject is the nearest segment that is neither.
    fallback: _Speaker | None = None
    for a, b in reversed(segments[:-1]):
        if a >= b or text.keys[a] in _RELATIVES or _has_verb(text, a, b):
            continue
        if (
            a + 1 < b
            and text.keys[a + 1] == "par"
            and text.words[a].endswith(("é", "ée", "és", "ées"))
        ):
            continue  # *X, dirigée par le général Y, a accusé*: an apposition, X speaks
        speaker = _speaker_of(text, a, b)
        if speaker is not None and speaker.entity is not None:
            return speaker
        if fallback is None:
            fallback = speaker
    return fallback


def _sentence_subject(
    text: _Text, first: int, end: int, skip: tuple[int, int] | None
) -> _Speaker | None:
    """The subject that opens a sentence: a pronoun's antecedent, or the entity it names."""
    k = first
    while k < end and text.punct[k]:
        k += 1
    if k < end and text.keys[k] in _PRONOUNS:
        return _last_person(text, k, skip)
    for j in range(k, end):
        if text.keys[j] in _FINITE:
            return _speaker_of(text, k, j)
    return None


def _has_verb(text: _Text, start: int, end: int) -> bool:
    """Whether a segment holds a conjugated verb (an auxiliary), so is a clause, not a name."""
    return any(text.keys[k] in _FINITE and text.words[k] != "à" for k in range(start, end))


_FINITE = frozenset(
    {
        "a",
        "ont",
        "est",
        "sont",
        "avait",
        "avaient",
        "etait",
        "etaient",
        "sera",
        "seront",
        "serait",
        "aura",
        "auront",
        "va",
        "vont",
        "fait",
        "font",
        "doit",
        "doivent",
    }
)


def _subject_after(text: _Text, start: int) -> _Speaker | None:
    """The subject after an inverted verb (*», a déclaré le porte-parole, Dmitri Peskov.*)."""
    if start >= text.n:
        return None
    end = start
    limit = text.sentence_end(start)
    while end < limit and text.words[end] not in (".", ";", ":", "!", "?", "«", "»"):
        if text.words[end] == "," and end + 1 < limit and text.keys[end + 1] in _RELATIVES:
            break
        end += 1
    found = _entity_in(text, start, end)
    if found is not None:
        a, b, entity = found
        return _Speaker(a, b, entity.name, entity)
    # The phrase up to the first comma or preposition of circumstance.
    stop = start
    while stop < end and text.words[stop] != "," and text.keys[stop] not in _CIRCUMSTANCE:
        stop += 1
    phrase = _phrase(text, start, stop)
    if phrase is not None:
        person = _person_with_role(text, phrase)
        if person is not None:
            return _Speaker(phrase.start, phrase.end, person.name, person)
    return phrase


_CIRCUMSTANCE = frozenset(
    {"dans", "lors", "devant", "aupres", "sur", "en", "depuis", "apres", "avant", "pendant", "a"}
)


# -- direct quotes ---------------------------------------------------------------------------


def _quote_marks(text: _Text) -> list[tuple[int, int, int]]:
    """Pairs of opening and closing quotation marks (token indices) and their depth.

    A quotation left open at the end of a paragraph goes on when the next paragraph opens
    with « (the French way of quoting over paragraphs).
    """
    pairs: list[tuple[int, int, int]] = []
    stack: list[tuple[int, str]] = []
    block = -1  # the paragraph the open quotation has reached
    for i, word in enumerate(text.words):
        if not text.punct[i] and word not in _OPENING and word not in _CLOSING:
            continue
        if stack and text.block_of[i] != block:
            continuing = word in ("«", "“") and text.starts[i] == text.starts[_block_first(text, i)]
            block = text.block_of[i]
            if continuing and len(stack) == 1:
                continue
            if not continuing:
                stack.clear()
        if not stack:
            block = text.block_of[i]
        if word == '"':
            if stack and stack[-1][1] == '"':
                opened, _ = stack.pop()
                pairs.append((opened, i, len(stack)))
            else:
                stack.append((i, '"'))
        elif word in _OPENING:
            stack.append((i, _OPENING[word]))
        elif word in _CLOSING and stack:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][1] == word:
                    opened, _ = stack[depth]
                    del stack[depth:]
                    pairs.append((opened, i, depth))
                    break
    pairs.sort()
    return pairs


def _block_first(text: _Text, i: int) -> int:
    j = i
    while j > 0 and text.block_of[j - 1] == text.block_of[i]:
        j -= 1
    return j


def _words_between(text: _Text, start: int, end: int) -> int:
    return sum(1 for k in range(start, end) if not text.punct[k])


def _after_closing(text: _Text, lex: _Lexicon, close: int) -> tuple[int, int, _Cue | None] | None:
    """A cue right after a closing mark: *», a déclaré X*, *», a-t-il ajouté*, *», selon X*."""
    i = close + 1
    if i < text.n and text.words[i] == ",":
        i += 1
    limit = min(text.n, i + 6)
    for k in range(i, limit):
        found = _cue_at(text, lex, k)
        if found is not None:
            return k, found[0], found[1]
        marker = _marker_at(text, lex, k)
        if marker is not None:
            return k, marker[0], _Cue(marker[1], None)
        if (
            text.keys[k] not in _AUXILIARIES
            and text.keys[k] not in _ADVERBS
            and not (text.words[k].startswith("-"))
        ):
            # A past participle after an auxiliary: *a ironisé*, *a tranché*.
            after_auxiliary = k > i and (
                text.keys[k - 1] in ("a", "ont", "t il", "t elle")
                or text.words[k - 1].startswith("-")
            )
            if (
                after_auxiliary
                and text.keys[k].endswith(("e", "i", "u", "is", "it"))
                and text.words[k].isalpha()
            ):
                return k, k + 1, None
            break
    return None


def _marker_at(text: _Text, lex: _Lexicon, i: int) -> tuple[int, str, bool] | None:
    if text.keys[i] not in lex.marker_firsts:
        return None
    for size in (2, 1):
        if i + size > text.n:
            continue
        marker = lex.markers.get(tuple(text.keys[i : i + size]))
        if marker is not None:
            return i + size, marker[0], marker[1]
    return None


def _before_opening(
    text: _Text, lex: _Lexicon, opening: int
) -> tuple[int, int, _Cue | None] | None:
    """A cue just before an opening mark: *X a déclaré : «*, *s'est dit «*, *a jugé «*."""
    k = opening - 1
    colon = k >= 0 and text.words[k] == ":"
    if colon:
        k -= 1
    if k >= 0 and text.keys[k] in ("que", "qu'"):
        k -= 1
    low = max(text.sentence_start(opening), opening - 6)
    j = k
    while j >= low:
        found = _cue_at(text, lex, j)
        if found is not None and found[0] == k + 1:
            return j, found[0], found[1]
        if text.punct[j] and not colon:
            break
        j -= 1
    if colon:
        # *Le Kremlin a réagi dans un communiqué : « ... »*: any clause ending in a colon.
        start = text.sentence_start(opening)
        if k < start:
            return None
        for j in range(start, k + 1):
            if text.keys[j] in ("a", "ont", "avait", "est") and j + 1 <= k:
                return j, j + 2, None
        return start, k + 1, None
    return None


def _incise_inside(
    text: _Text, lex: _Lexicon, start: int, end: int
) -> tuple[int, int, _Cue | None] | None:
    """An incise inside quotation marks: *« A, a estimé X. B »*."""
    for k in range(start, end):
        if text.words[k] != ",":
            continue
        cue = _after_closing(text, lex, k - 1) if k > start else None
        if cue is not None and cue[0] > k:
            return cue
    return None


def _title_before(text: _Text, lex: _Lexicon, opening: int) -> bool:
    k = opening - 1
    while k >= 0 and text.punct[k]:
        k -= 1
    if k < 0 or text.keys[k] not in lex.titles:
        return False
    # *s'est dit « préoccupé »* is speech; *X, dit « Barbecue »* is a nickname.
    return not (k > 0 and text.keys[k - 1] in _AUXILIARIES)


# -- the extractor ---------------------------------------------------------------------------


@attrs.frozen
class QuoteExtractor:
    """Direct and indirect quotes with their speaker (an entity or a phrase), cue and stance."""

    name: str = "quotes"
    requires: tuple[str, ...] = ("entities",)

    def __call__(self, doc: Document) -> tuple[Quote, ...]:
        """The quotes of ``doc``, in text order."""
        if not doc.token_table:
            return ()
        lex = _lexicon()
        text = text_of(doc)
        used = [False] * text.n
        found = _direct(text, lex, used)
        found += _dashes(text, lex, used, found)
        found += _indirect(text, lex, used, found)
        found = _without_doubles(found)
        found.sort(key=lambda f: (f.content[0], f.start))
        return tuple(_build(doc, text, f) for f in found)


def _without_doubles(found: list[_Found]) -> list[_Found]:
    """One quote per reported passage: a quote whose content lies within another's goes."""
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: f.content[0] - f.content[1]):
        a, b = item.content
        if any(
            k.content[0] <= a
            and b <= k.content[1]
            and (k.kind == QuoteKind.INDIRECT or (b - a) * 2 > (k.content[1] - k.content[0]))
            for k in kept
        ):
            continue  # a fragment of a reported clause, or the same passage found twice
        kept.append(item)
    return kept


def _content_offsets(text: _Text, first: int, last: int) -> tuple[int, int]:
    """Normalised offsets of tokens ``[first, last)``, without edge punctuation."""
    while first < last and text.punct[first] and text.words[first] not in ("«", "“", '"'):
        first += 1
    while last > first and text.words[last - 1] in (".", ",", ";", ":", "!", "?", "—", "–"):
        last -= 1
    if first >= last:
        return (text.starts[first] if first < text.n else len(text.text),) * 2
    return text.starts[first], text.ends[last - 1]


def _direct(text: _Text, lex: _Lexicon, used: list[bool]) -> list[_Found]:
    found: list[_Found] = []
    for opening, closing, depth in _quote_marks(text):
        if closing - opening < 2:
            continue
        words = _words_between(text, opening + 1, closing)
        if _title_before(text, lex, opening):
            continue
        cue = _after_closing(text, lex, closing)
        if cue is not None and depth == 0 and not _opens_clause(text, opening):
            continue  # *... une rencontre « d'ici à la fin du mois », selon X*: a fragment
        speaker: _Speaker | None = None
        start, end = opening, closing + 1
        before = None
        if cue is not None:
            k, cue_end, entry = cue
            if _inverted_pronoun(text, closing + 1, cue_end):
                speaker = _last_person(text, k, (opening, closing))
            else:
                speaker = _subject_after(text, cue_end)
            end = cue_end if speaker is None else max(cue_end, speaker.end)
        else:
            before = _before_opening(text, lex, opening)
            if before is None:
                inside = _incise_inside(text, lex, opening + 1, closing)
                if inside is not None and words > _MAX_SCARE_WORDS:
                    cue = inside
                    k, cue_end, entry = inside
                    if _inverted_pronoun(text, k, cue_end):
                        speaker = _last_person(text, k, None)
                    else:
                        speaker = _subject_after(text, cue_end)
        if cue is None and before is not None:
            k, cue_end, entry = before
            if (
                entry is not None
                and _continues(text, closing)
                and (entry.takes_object or text.keys[opening + 1] in _DETERMINERS)
            ):
                continue  # *a jugé « inacceptables » les menaces*: the indirect quote keeps it
            verb = _verb_group_start(text, k)
            if _inverted_pronoun(text, verb, cue_end):
                speaker = _last_person(text, verb, None)
            else:
                speaker = _subject_before(text, verb)
            cue = before
            start = min(start, speaker.start if speaker else verb)
        if cue is None:
            if words <= _MAX_SCARE_WORDS or depth > 0:
                continue  # scare quotes, and quoted words inside a quotation
            if not _stands_alone(text, opening, closing):
                continue
            speaker = _last_person(text, opening, None)
            entry = None
            k = cue_end = -1
        content = _content_offsets(text, opening + 1, closing)
        if content[0] >= content[1]:
            continue
        for t in range(start, end):
            used[t] = True
        lemma = entry.lemma if cue is not None and entry is not None else None
        stance = entry.stance if cue is not None and entry is not None else None
        found.append(
            _Found(
                QuoteKind.DIRECT,
                start,
                end,
                content,
                speaker,
                (k, cue_end) if k >= 0 else None,
                lemma,
                stance,
            )
        )
    return found


def _opens_clause(text: _Text, opening: int) -> bool:
    """Whether a quotation opens its sentence or follows a colon, a cue or a dash."""
    k = opening - 1
    if k < 0 or text.sentence_of[k] != text.sentence_of[opening]:
        return True
    return text.words[k] in (":", "—", "–", "-", "«", "“", '"', "(") or text.keys[k] in (
        "que",
        "qu'",
    )


def _continues(text: _Text, closing: int) -> bool:
    """Whether a noun phrase follows a closing mark.

    The quoted words are then part of an object (*a jugé « inacceptables » les menaces*),
    not the whole of what was said.
    """
    k = closing + 1
    return (
        k < text.n
        and text.sentence_of[k] == text.sentence_of[closing]
        and text.keys[k] in _DETERMINERS
        and text.keys[k] not in ("de", "d'", "du")
    )


def _stands_alone(text: _Text, opening: int, closing: int) -> bool:
    """Quoted words that make a sentence of their own (not words inside a sentence)."""
    before = opening - 1
    opens = (
        before < 0
        or text.sentence_of[before] != text.sentence_of[opening]
        or text.words[before] in (":", ".", "!", "?")
    )
    inner_stop = any(text.words[k] in (".", "!", "?") for k in range(opening + 1, closing))
    return opens or inner_stop


def _dashes(text: _Text, lex: _Lexicon, used: list[bool], found: Sequence[_Found]) -> list[_Found]:
    """Dash dialogue (*— Nous ne céderons pas, a dit X.*)."""
    result: list[_Found] = []
    for first, last in text.sentences:
        k = first
        if k >= last or text.words[k] not in ("—", "–", "-") or used[k]:
            continue
        for comma in range(k + 1, last):
            if text.words[comma] != ",":
                continue
            cue = _after_closing(text, lex, comma - 1)
            if cue is None or cue[0] <= comma:
                continue
            start, cue_end, entry = cue
            if _inverted_pronoun(text, comma, cue_end):
                speaker = _last_person(text, start)
            else:
                speaker = _subject_after(text, cue_end)
            content = _content_offsets(text, k + 1, comma)
            result.append(
                _Found(
                    QuoteKind.DIRECT,
                    k,
                    last,
                    content,
                    speaker,
                    (start, cue_end),
                    entry.lemma if entry else None,
                    entry.stance if entry else None,
                )
            )
            for t in range(k, last):
                used[t] = True
            break
    return result


def _inside_direct(found: Sequence[_Found], text: _Text) -> list[bool]:
    """For each token, whether it lies inside the words of a direct quote."""
    inside = [False] * text.n
    for f in found:
        if f.kind != QuoteKind.DIRECT:
            continue
        first = bisect_left(text.starts, f.content[0])
        last = bisect_left(text.starts, f.content[1])
        for k in range(first, last):
            inside[k] = True
    return inside


def _indirect(
    text: _Text, lex: _Lexicon, used: list[bool], found: Sequence[_Found]
) -> list[_Found]:
    result: list[_Found] = []
    quoted = _inside_direct(found, text)
    firsts, markers, by_lemma = lex.firsts, lex.marker_firsts, lex.lemmas
    lemmas = text.lemmas
    # Only tokens that can open a cue or a marker are tried.
    candidates = [
        i
        for i, key in enumerate(text.keys)
        if key in firsts or key in markers or (lemmas is not None and lemmas[i] in by_lemma)
    ]
    resume = 0
    for i in candidates:
        if i < resume or used[i] or quoted[i]:
            continue
        first, last = text.sentences[text.sentence_of[i]]
        marker = _marker_at(text, lex, i)
        if marker is not None:
            quote = _from_marker(text, i, marker, first, last)
            if quote is not None:
                result.append(quote)
                resume = max(i + 1, marker[0])
                continue
        cue = _cue_at(text, lex, i)
        if cue is not None:
            quote = _from_verb(text, lex, i, cue[0], cue[1], first, last)
            if quote is not None:
                result.append(quote)
                for t in range(i, cue[0]):
                    used[t] = True
                resume = cue[0]
    return result


def _from_marker(
    text: _Text, i: int, marker: tuple[int, str, bool], first: int, last: int
) -> _Found | None:
    """*Selon X, ...*, *..., selon X.*, *d'après X*, *Pour X, ...*, *de source diplomatique*."""
    end_marker, lemma, initial_only = marker
    opening = i == first or (i == first + 1 and text.punct[first])
    if initial_only and not opening:
        return None
    if end_marker >= last:
        return None
    if not opening and text.words[i - 1] != "," and text.keys[end_marker] in _PRONOUNS:
        return None  # *qui utilisaient selon elle*: an aside, not the source of the sentence
    if lemma == "pour":
        comma = next(
            (k for k in range(end_marker, min(last, end_marker + 8)) if text.words[k] == ","), None
        )
        if comma is None or (
            _entity_in(text, end_marker, comma) is None and text.keys[end_marker] not in _PRONOUNS
        ):
            return None
    # The source: up to the next comma or the end of the sentence.
    stop = end_marker
    while stop < last and text.words[stop] not in (",", ".", ";", ":", "!", "?", "«", "»"):
        stop += 1
    if stop == end_marker:
        return None
    if text.keys[end_marker] in ("lui", "elle", "eux", "elles"):
        speaker = _last_person(text, i)
    elif lemma == "de source":
        speaker = _Speaker(i + 1, stop, "source " + text.span_text(end_marker, stop), None)
    else:
        speaker = _speaker_of(text, end_marker, stop)
        phrase = _phrase(text, end_marker, stop)
        if speaker is not None and speaker.entity is not None and phrase is not None:
            # *selon le porte-parole de l'armée*: the phrase speaks, unless it is the entity.
            if (
                text.keys[end_marker] not in ("le", "la", "les", "l'")
                or speaker.start <= phrase.start
            ):
                pass
            else:
                head = text.keys[phrase.start]
                if (
                    head not in ("ministere", "armee", "gouvernement")
                    and speaker.entity.type != EntityType.PER
                ):
                    speaker = phrase
    if opening:
        if stop >= last or text.words[stop] != ",":
            return None
        content = _content_offsets(text, stop + 1, last)
        span = (i, last)
    else:
        content = _content_offsets(text, first, i)
        span = (first, stop)
    if content[0] >= content[1]:
        return None
    return _Found(
        QuoteKind.INDIRECT, span[0], span[1], content, speaker, (i, end_marker), lemma, None
    )


def _from_verb(
    text: _Text, lex: _Lexicon, i: int, cue_end: int, cue: _Cue, first: int, last: int
) -> _Found | None:
    """An indirect quote on a verb (*X a affirmé que*, *X accuse Y de*, *..., a dit X.*)."""
    verb = _verb_group_start(text, i)
    k = cue_end
    while k < last and (text.keys[k] in _ADVERBS or text.words[k] == ","):
        if text.words[k] == "," and not (k + 1 < last and text.keys[k + 1] in _ADVERBS):
            break
        k += 1
    # The clause ends the sentence, inverted: *La ville est tombée, a affirmé X.*
    if (
        verb > first
        and text.words[verb - 1] in (",", "»")
        and (
            text.words[verb - 1] == "»"
            or _inverted_pronoun(text, verb, cue_end)
            or _clause_before(text, first, verb - 1)
            or _named_after_only(text, first, verb - 1, k, last)
        )
        and not text.keys[i].endswith("ant")
    ):
        content = _content_offsets(text, first, verb - (text.words[verb - 1] == ","))
        if _inverted_pronoun(text, verb, cue_end):
            if content[0] < content[1]:
                speaker = _last_person(text, verb)
                return _Found(
                    QuoteKind.INDIRECT,
                    first,
                    cue_end,
                    content,
                    speaker,
                    (i, cue_end),
                    cue.lemma,
                    cue.stance,
                )
        elif k < last and text.keys[k] not in _CLAUSE_STARTS and _ends_sentence(text, k, last):
            if (
                text.keys[k] == "aupres"
                and k + 1 < last
                and text.keys[k + 1] in ("de", "du", "des", "d'")
            ):
                k += 1 + (text.keys[k + 1] in ("de", "d'"))  # *a-t-on appris auprès de X*
            speaker = _subject_after(text, k)
            if speaker is not None and content[0] < content[1]:
                return _Found(
                    QuoteKind.INDIRECT,
                    first,
                    last,
                    content,
                    speaker,
                    (i, cue_end),
                    cue.lemma,
                    cue.stance,
                )
    if k >= last:
        return None
    # *a répété ces dernières années que ...*: a short complement before *que*.
    for j in range(k + 1, min(last, k + 5)):
        if text.punct[j] or text.keys[j] in _FINITE:
            break
        if text.keys[j] in ("que", "qu'") and (
            text.keys[k] in _DETERMINERS | _ADVERBS or text.words[k] in ("à", "aux", "au")
        ):
            k = j
            break
    key = text.keys[k]
    word = text.words[k]
    if key in ("que", "qu'"):
        start = k + 1
    elif key == ":" or (word in _OPENING and not cue.takes_object):
        return None  # direct speech: found by its quotation marks
    elif cue.takes in ("clause", "object") and (
        key in _CLAUSE_STARTS
        or (word == "à" and cue.lemma in ("appeler", "exhorter"))
        or (
            word.isalpha()
            and word.islower()
            and key.endswith(_INFINITIVE_ENDINGS)
            and key not in _DETERMINERS
        )
    ):
        start = k  # *a démenti avoir...*, *promet de...*, *affirme préparer...*
    elif cue.takes_object and (key in _DETERMINERS or word == "«"):
        start = k
    elif (
        cue.takes == "quoted"
        and key in _DETERMINERS
        and any(text.words[t] == "«" for t in range(k, min(last, k + 6)))
    ):
        start = k  # *a annoncé une « diminution visible » des effectifs*
    elif cue.takes_object and text.words[k][:1].isupper() and cue.stance is not None:
        start = k  # *accuse Moscou de ...*
    else:
        return None
    if cue.lemma in ("appeler", "exhorter") and not any(
        text.words[t] == "à" for t in range(start, min(last, start + 8))
    ):
        return None  # *a appelé son homologue*: a telephone call, not an appeal
    if start >= last:
        return None
    if _inverted_pronoun(text, verb, cue_end):
        speaker = _last_person(text, verb)
    elif text.keys[i].endswith("ant") and verb > first and text.keys[verb - 1] != "en":
        speaker = _sentence_subject(text, first, verb, None)  # *..., accusant X de ...*
    else:
        speaker = _subject_before(text, verb)
    content = _content_offsets(text, start, last)
    if content[0] >= content[1]:
        return None
    begin = speaker.start if speaker is not None and speaker.start < verb else verb
    return _Found(
        QuoteKind.INDIRECT, begin, last, content, speaker, (i, cue_end), cue.lemma, cue.stance
    )


def _named_after_only(text: _Text, first: int, comma: int, k: int, last: int) -> bool:
    """*Les négociations reprendront, a dit X.*: a person after the verb, none before it."""
    before = _entity_in(text, first, comma)
    after = _entity_in(text, k, last) if k < last else None
    return before is None and after is not None and after[2].type == EntityType.PER


def _clause_before(text: _Text, first: int, comma: int) -> bool:
    """Whether the words before a comma are a clause, not a name in apposition.

    *Les négociations reprendront la semaine prochaine, a dit X* is a clause; *Le
    porte-parole, X, a dit* is an apposition.
    """
    start = comma
    while start > first and text.words[start - 1] != ",":
        start -= 1
    words = sum(1 for k in range(start, comma) if not text.punct[k])
    return _has_verb(text, first, comma) or (start == first and words > 6)


def _ends_sentence(text: _Text, k: int, last: int) -> bool:
    """Whether the words from ``k`` are a subject that closes the sentence (*, a dit X.*)."""
    j = k
    while j < last and text.words[j] not in (".", "!", "?", ";", ":"):
        if text.words[j] == "," and j + 1 < last and text.keys[j + 1] in ("qui", "dont"):
            return True  # *..., a précisé X, qui a salué ...*
        if (
            text.keys[j] in ("de", "d'", "que", "qu'")
            and j > k
            and text.keys[j - 1]
            in (
                "a",
                "ont",
            )
        ):
            return False
        if text.keys[j] in ("avoir", "etre") or (
            text.keys[j] in _AUXILIARIES and text.words[j] in ("a", "ont", "est", "sont")
        ):
            return False
        j += 1
    return True


def _build(doc: Document, text: _Text, found: _Found) -> Quote:
    norm = doc.normalised
    first = text.starts[found.start] if found.start < text.n else len(text.text)
    last = text.ends[found.end - 1] if found.end > 0 else first
    first = min(first, found.content[0])
    last = max(last, found.content[1])
    span = norm.span(first, last)
    content_span = norm.span(*found.content)
    speaker = None
    if found.speaker is not None:
        s = found.speaker
        sp = norm.span(text.starts[s.start], text.ends[s.end - 1])
        speaker = Argument(
            sp,
            doc.text[sp.start : sp.end],
            s.entity.name if s.entity is not None else s.name,
            s.entity.id if s.entity is not None else None,
        )
    cue = None
    if found.cue is not None and found.cue[0] < found.cue[1] <= text.n:
        a, b = found.cue
        cs = norm.span(text.starts[a], text.ends[b - 1])
        cue = Mention(cs, doc.text[cs.start : cs.end])
    return Quote(
        span,
        doc.text[span.start : span.end],
        found.kind,
        Mention(content_span, doc.text[content_span.start : content_span.end]),
        speaker,
        cue,
        found.lemma,
        found.stance,
    )
