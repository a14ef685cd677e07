"""Discourse: who the words of a clause stand for, shared by the quote and event layers.

Both "who said it" and "who did it" need the same machinery, and it lives here, above the
entity layer and below the quote and event layers:

* a :class:`TokenView` of a document (its tokens, sentences, blocks and entity mentions, and
  the lemmas and dependencies of a syntactic parser when one ran), built once per document;
* clause readers: the subject before or after a verb (:func:`subject_before`,
  :func:`subject_after`, :func:`sentence_subject`), a parser's dependents (:func:`dependent`),
  the verb group around a cue (:func:`verb_group_start`), inverted pronouns;
* reference: the entity a phrase names (:func:`entity_in`, :func:`noun_phrase`,
  :func:`speaker_of`), the last person told (:func:`last_person`), and the public
  :func:`refer`, which says which entity any span of a parsed document stands for (a name, a
  short form, a pronoun, a title, a description such as *le pays* or *l'organisation*).

Reference looks back over a bounded window (two sentences for pronouns, ten for
descriptions), never over the whole document, so a long text costs linear time.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache

import attrs

from geotext.data import read_lines, read_table
from geotext.gazetteer import country_names, default_gazetteer, name_key, token_words, word_key
from geotext.model import Document, Entity, EntityType, Span, TokenKind, TokenTable

__all__ = [
    "ADVERBS",
    "AUXILIARIES",
    "BE_FORMS",
    "CLOSING_MARKS",
    "DEMONSTRATIVES",
    "DETERMINERS",
    "FINITE_VERBS",
    "NUMBER_WORDS",
    "OPENING_MARKS",
    "PRONOUNS",
    "SOURCE_NOUNS",
    "Phrase",
    "Reference",
    "TokenView",
    "adverbial_at",
    "after_dateline",
    "antecedent",
    "dependent",
    "entity_in",
    "finite_at",
    "gender_of",
    "has_verb",
    "incise_after_auxiliary",
    "inverted_pronoun",
    "last_person",
    "latter_at",
    "named_by_head",
    "noun_phrase",
    "organisation_nouns",
    "past_auxiliaries",
    "phrase_keys",
    "pronoun_speaker",
    "refer",
    "regular_forms",
    "role_heads",
    "sentence_subject",
    "speaker_of",
    "subject_after",
    "subject_before",
    "the_latter",
    "token_at",
    "token_view",
    "tokens_of",
    "verb_at",
    "verb_forms",
    "verb_group_start",
]


@cache
def verb_forms() -> frozenset[str]:
    """Conjugated third-person forms of common verbs, lower case with their accents.

    A noun phrase stops where one starts (*le Premier ministre appelle*); accents tell the
    present (*accuse*) from the participle (*accusé*), so the forms are matched as written.
    """
    table = read_table("fr/discourse/verbs.tsv", 2)
    return frozenset(form for _lemma, forms in table for form in forms.split("|"))


def verb_at(text: TokenView, k: int) -> bool:
    """Whether token ``k`` is a conjugated verb of ``verbs.tsv`` that no determiner opens.

    *dit*, also a participle and a nickname's cue (*Ahmed, dit « le Tigre »*), is a verb where a
    clause or an infinitive follows it (*l'armée dit avoir abattu*, *le ministre dit que*).
    """
    word = text.words[k]
    if k > 0 and (text.keys[k - 1] in DETERMINERS or text.keys[k - 1] == "de"):
        return False
    if word == "dit":
        return k + 1 < text.n and text.keys[k + 1] in _AFTER_SAYS
    return word.islower() and word in verb_forms()


_AFTER_SAYS = frozenset(
    {"que", "qu'", "ne", "n'", "avoir", "etre", "vouloir", "pouvoir", "devoir", "craindre"}
)
"""What follows *dit* only when it is the verb of saying."""


@cache
def role_heads() -> frozenset[str]:
    """Keys of the first words of titles and functions (*ministre*, *porte-parole*...)."""
    return frozenset(
        word_key(r.split()[0]) for r in read_lines("fr/entities/role_nouns.txt") if r.strip()
    )


AUXILIARIES = frozenset(
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
        "sera",
        "seront",
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


ADVERBS = frozenset(
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
        "finalement",
        "desormais",
        "neanmoins",
        "officiellement",
        "recemment",
        "vivement",
        "fermement",
        "longuement",
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
        ("d'", "ailleurs"),
        ("par", "ailleurs"),
        ("en", "outre"),
        ("de", "nouveau"),
        ("a", "nouveau"),
        ("elle", "aussi"),
        ("lui", "aussi"),
        ("en", "effet"),
        ("en", "revanche"),
        ("a", "son", "tour"),
        ("a", "plusieurs", "reprises"),
        ("a", "leur", "tour"),
        ("une", "nouvelle", "fois"),
        ("par", "la", "suite"),
    }
)


@cache
def _semi_auxiliaries() -> dict[str, str | None]:
    """Forms of the verbs that open a verb group before an infinitive, to their preposition."""
    found: dict[str, str | None] = {}
    for forms, preposition in read_table("fr/discourse/semi_auxiliaries.tsv", 2):
        for form in forms.split("|"):
            found[word_key(form)] = None if preposition == "-" else word_key(preposition)
    return found


SOURCE_NOUNS = frozenset(
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
"""Keys of the nouns of what a source wrote or counted (*le rapport de X*, *un bilan de Y*):
the one who wrote it speaks."""
_SOURCE_ADJECTIVES = frozenset(
    {"dernier", "derniere", "nouveau", "nouvel", "nouvelle", "recent", "recente", "premier"}
    | {"premiere", "precedent", "precedente"}
)
"""Keys of the adjectives that may come before a source noun (*le dernier rapport de X*)."""


def _past_source_adjectives(text: TokenView, k: int, end: int) -> int:
    """The first token from ``k`` (before ``end - 1``) that is no adjective of a source noun."""
    while k < end - 1 and text.keys[k] in _SOURCE_ADJECTIVES:
        k += 1
    return k


_ABOUT = frozenset({("au", "moins"), ("plus", "de"), ("pres", "de"), ("moins", "de")})
NUMBER_WORDS = frozenset(
    {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"}
    | {"quinze", "vingt", "trente", "cent", "mille", "dizaines", "centaines", "milliers"}
)
"""Keys of the number words that count a group (*huit hommes armés*, *des milliers de*)."""
_SOME = frozenset({"plusieurs", "certains", "certaines", "divers", "diverses"})
"""Keys of the indefinite quantifiers that open a phrase (*plusieurs sources*)."""
_QUANTIFIERS = NUMBER_WORDS | _SOME | {"quelques"}


_RELATIVES = frozenset({"qui", "dont", "ou", "lequel", "laquelle", "ayant", "etant"})


PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "on"})


_INVERSIONS = frozenset({"t il", "t elle", "t ils", "t elles", "t on"})


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

DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
"""Keys of the demonstratives, which point back to something told (*ce groupe*, *cette source*)."""


def regular_forms(verb: str) -> list[str]:
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


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The lookup keys of a phrase's words (*a déclaré* → ``('a', 'declare')``)."""
    return tuple(word_key(w) for w in phrase.replace("'", "' ").split())


class TokenView:
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
                first = token_at(self, start)
                last = token_at(self, max(start, end - 1)) + 1
                self.mentions.append((first, last, entity))
        self.mentions.sort(key=lambda m: m[0])
        self.mention_starts = [m[0] for m in self.mentions]
        self.genders: dict[str, str | None] = {}
        """The gender the text tells of each person, by name, filled by :func:`gender_of`."""
        self._quote_marks: list[tuple[int, int, int]] | None = None
        self._quoted: list[bool] | None = None
        self._verbs: list[int] | None = None
        self._first_verbs: dict[int, int] = {}
        self._marks: dict[tuple[int, frozenset[str] | str], list[int]] = {}
        self.first_mention: dict[str, tuple[int, int, Entity]] = {}
        """The first mention of each entity, by its name."""
        self.mention_starts_of: dict[str, list[int]] = {}
        """The first token of each mention of an entity, in text order, by its name."""
        for told in self.mentions:
            self.first_mention.setdefault(told[2].name, told)
            self.mention_starts_of.setdefault(told[2].name, []).append(told[0])
        self.lemmas = _token_lemmas(doc, self.n)
        self.syntax = doc.syntax if self.lemmas is not None else None
        self.words_of_token: dict[int, list[int]] = {}
        """A parser's words by the token they fall in (contractions give two words)."""
        self.children: dict[int, list[int]] = {}
        """A parser's dependents by head word."""
        if self.syntax is not None:
            for w, token in enumerate(self.syntax.token):
                self.words_of_token.setdefault(token, []).append(w)
            for w, head in enumerate(self.syntax.head):
                self.children.setdefault(head, []).append(w)

    def quote_marks(self) -> list[tuple[int, int, int]]:
        """Pairs of opening and closing quotation marks (token indices) and their depth.

        A quotation left open at the end of a paragraph goes on when the next paragraph opens
        with « (the French way of quoting over paragraphs).
        """
        if self._quote_marks is None:
            self._quote_marks = _pair_quote_marks(self)
        return self._quote_marks

    def first_verb_from(self, k: int) -> int:
        """The first verb of ``k``'s sentence from ``k`` on (the sentence's end where none).

        An auxiliary or a common finite verb at ``k`` or after it, or a verb of ``verbs.tsv``
        after it: the verb a subject opening at ``k`` takes. Kept per ``k``: the many cues of
        one long sentence share their subject's start, and a short read up to the first verb
        costs less than marking every verb of the sentence.
        """
        memo = self._first_verbs
        found = memo.get(k)
        if found is None:
            last = self.sentences[self.sentence_of[k]][1] if self.sentences else self.n
            found, j = last, k
            while j < last:
                if finite_at(self, j) or (j > k and verb_at(self, j)):
                    found = j
                    break
                if j > k and j in memo:
                    found = memo[j]  # no verb at j: from j on, as from k
                    break
                j += 1
            # Every token read on the way has the same first verb: a sentence of thousands of
            # cues and no verb is read once, not once per cue.
            for m in range(k, j):
                memo[m] = found
        return found

    def verb_positions(self) -> list[int]:
        """The tokens ``has_verb`` counts as conjugated verbs, in order (found once)."""
        if self._verbs is None:
            self._verbs = [k for k in range(self.n) if finite_at(self, k) or _tensed(self, k)]
        return self._verbs

    def sentence_marks(
        self, k: int, kind: frozenset[str] | str, test: Callable[[int], bool] | None = None
    ) -> list[int]:
        """The tokens of ``k``'s sentence that pass ``test``, in order, found once per ``kind``.

        Without ``test``, ``kind`` is a set of words and the marks are the tokens written as
        one of them. Rules that look for the next or the last token of a kind from many places
        of one sentence (a cue's subject, the end of its words) bisect this list instead of
        reading the sentence again for each: a long sentence costs its length, not its square.
        """
        first = self.sentence_start(k) if self.n else 0
        found = self._marks.get((first, kind))
        if found is None:
            last = self.sentences[self.sentence_of[first]][1] if self.sentences else self.n
            if test is None:
                words, written = self.words, kind
                found = [j for j in range(first, last) if words[j] in written]
            else:
                found = [j for j in range(first, last) if test(j)]
            self._marks[(first, kind)] = found
        return found

    def positions(self, k: int, words: frozenset[str]) -> list[int]:
        """The tokens of ``k``'s sentence written as one of ``words``, in order (found once)."""
        return self.sentence_marks(k, words)

    def commas_between(self, a: int, b: int) -> list[int]:
        """The commas from token ``a`` to ``b``, both in one sentence (found once per sentence)."""
        commas = self.positions(a, _COMMA)
        return commas[bisect_left(commas, a) : bisect_left(commas, b)]

    def clause_mark_before(self, k: int) -> int | None:
        """The last token before ``k`` in its sentence that opens a clause, or None.

        A colon, a semicolon, a dash, *où*, *que*, *mais* or a relative pronoun: a subject
        stands after it. The marks of a sentence are found once.
        """
        marks = self.sentence_marks(k, "clause", lambda j: _opens_clause(self, j))
        at = bisect_left(marks, k)
        return marks[at - 1] if at > 0 else None

    def quoted(self) -> list[bool]:
        """For each token, whether it lies between a pair of :meth:`quote_marks`."""
        if self._quoted is None:
            inside = [False] * self.n
            reach = 0  # pairs nest: each token is marked once
            for opening, closing, _depth in self.quote_marks():
                start = max(opening + 1, reach)
                if closing > start:
                    inside[start:closing] = [True] * (closing - start)
                reach = max(reach, closing)
            self._quoted = inside
        return self._quoted

    def after(self, low: int) -> Iterator[tuple[int, int, Entity]]:
        """The mentions from index ``low`` of :attr:`mentions` on, in order, without a copy."""
        mentions = self.mentions
        for k in range(low, len(mentions)):
            yield mentions[k]

    def before(self, high: int) -> Iterator[tuple[int, int, Entity]]:
        """The mentions before index ``high`` of :attr:`mentions`, latest first, without a copy."""
        mentions = self.mentions
        for k in range(high - 1, -1, -1):
            yield mentions[k]

    def mention_at(self, token: int) -> tuple[int, int, Entity] | None:
        """The mention that holds token ``token``, if any."""
        k = bisect_right(self.mention_starts, token) - 1
        while k >= 0 and token - self.mentions[k][0] < 32:
            a, b, _entity = self.mentions[k]
            if a <= token < b:
                return self.mentions[k]
            k -= 1
        return None

    def span_text(self, start: int, end: int) -> str:
        """The normalised text of tokens ``[start, end)``."""
        return self.text[self.starts[start] : self.ends[end - 1]]

    def caps_at(self, i: int) -> bool:
        """Whether token ``i`` opens with a capital."""
        return self.words[i][:1].isupper()

    def sentence_end(self, i: int) -> int:
        """The token index where the sentence of token ``i`` ends."""
        return self.sentences[self.sentence_of[min(i, self.n - 1)]][1]

    def sentence_start(self, i: int) -> int:
        """The token index where the sentence of token ``i`` starts."""
        return self.sentences[self.sentence_of[min(i, self.n - 1)]][0]


_TEXTS: dict[int, tuple[weakref.ref[TokenTable], TokenView]] = {}


def token_view(doc: Document) -> TokenView:
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
    text = TokenView(doc)
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


def dependent(text: TokenView, token: int, relations: tuple[str, ...]) -> Phrase | None:
    """The entity (or phrase) a parse attaches to the verb at ``token`` by ``relations``.

    Where a syntactic parse is present (:class:`~geotext.parser.StanzaParser`), the subject
    (``nsubj``) or object (``obj``) of a verb is read from it; the rule path is the fallback.
    """
    syntax = text.syntax
    if syntax is None:
        return None
    words = sorted(
        w for head in text.words_of_token.get(token, ()) for w in text.children.get(head, ())
    )
    for w in words:
        relation = syntax.deprel[w]
        if relation is not None and relation.split(":")[0] in relations:
            dependent = syntax.token[w]
            named = text.mention_at(dependent)
            if named is not None:
                a, b, entity = named
                return Phrase(a, b, entity.name, entity)
            if relation.startswith("nsubj") and text.keys[dependent] in PRONOUNS:
                return None  # a pronoun: the rule path resolves it
            return noun_phrase(text, max(0, dependent - 1), dependent + 1)
    return None


OPENING_MARKS = {"«": "»", "‹": "›", '"': '"', "“": "”"}
"""Opening quotation marks, to the mark that closes each."""
CLOSING_MARKS = frozenset({"»", "›", '"', "”"})


def _pair_quote_marks(text: TokenView) -> list[tuple[int, int, int]]:
    pairs: list[tuple[int, int, int]] = []
    stack: list[tuple[int, str]] = []
    block = -1  # the paragraph the open quotation has reached
    resumed = -1  # the « that opens the paragraph the open quotation goes on in
    for i, word in enumerate(text.words):
        if not text.punct[i] and word not in OPENING_MARKS and word not in CLOSING_MARKS:
            continue
        if stack and text.block_of[i] != block:
            continuing = word in ("«", "“") and text.starts[i] == text.starts[_block_first(text, i)]
            if not continuing or len(stack) != 1:
                _close_paragraph(text, stack, block, resumed, pairs)
            block = text.block_of[i]
            resumed = -1
            if continuing and len(stack) == 1:
                resumed = i
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
        elif word in OPENING_MARKS:
            stack.append((i, OPENING_MARKS[word]))
        elif word in CLOSING_MARKS and stack:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][1] == word:
                    opened, _ = stack[depth]
                    del stack[depth:]
                    pairs.append((opened, i, depth))
                    break
    if stack:
        _close_paragraph(text, stack, block, resumed, pairs)
    pairs.sort()
    return pairs


def _close_paragraph(
    text: TokenView,
    stack: list[tuple[int, str]],
    block: int,
    resumed: int,
    pairs: list[tuple[int, int, int]],
) -> None:
    """A quotation that opens a paragraph and is never closed runs to the paragraph's end.

    The French press opens each paragraph of a long quotation with « and may close only the
    last; an excerpt may stop before it. Only « and “ at the very start of a paragraph that
    ends a sentence count, so a stray mark inside a line opens nothing.
    """
    opened = resumed if resumed >= 0 else stack[0][0]
    if text.words[opened] not in ("«", "“") or opened != _block_first(text, opened):
        return
    last = bisect_right(text.block_of, block) - 1
    if last > opened + 1 and text.words[last] in (".", "!", "?", "…"):
        pairs.append((opened, last, 0))


def _block_first(text: TokenView, i: int) -> int:
    j = i
    while j > 0 and text.block_of[j - 1] == text.block_of[i]:
        j -= 1
    return j


def token_at(text: TokenView, offset: int) -> int:
    """The index of the token that holds normalised ``offset`` (or the one before it)."""
    return max(0, bisect_right(text.starts, offset) - 1)


def tokens_of(text: TokenView, span: Span) -> tuple[int, int]:
    """The tokens ``[start, end)`` that the raw span ``span`` of the document covers."""
    norm = text.doc.normalised
    start = norm.to_normalised(span.start)
    end = max(start, norm.to_normalised(span.end) - 1)
    return token_at(text, start), token_at(text, end) + 1


@attrs.define
class Phrase:
    """Who a clause names, in token indices ``[start, end)``: an entity, else the phrase."""

    start: int
    end: int
    name: str
    """The entity's canonical name, or the words of the phrase."""
    entity: Entity | None


def adverbial_at(text: TokenView, k: int) -> int:
    """How many tokens an adverbial phrase opening at ``k`` holds (*de son côté*), else 0."""
    for size in (3, 2):
        if tuple(text.keys[k : k + size]) in _ADVERBIALS:
            return size
    return 0


def verb_group_start(text: TokenView, i: int) -> int:
    """Where the verb group of the cue at ``i`` starts (*s'est*, *a ensuite*, *n'a pas*)."""
    j = i
    while j > 0 and text.sentence_of[j - 1] == text.sentence_of[i]:
        key = text.keys[j - 1]
        if j >= 3 and tuple(text.keys[j - 3 : j]) in _ADVERBIALS:
            j -= 3
            continue
        if j >= 2 and tuple(text.keys[j - 2 : j]) in _ADVERBIALS:
            j -= 2  # *a d'ailleurs appelé*, *ont par ailleurs affirmé*
            continue
        if key in AUXILIARIES or key in ADVERBS or key in _INVERSIONS or key.startswith("t "):
            j -= 1
            continue
        if text.words[j - 1].startswith("-"):  # -t-il, -elle
            j -= 1
            continue
        if j == i and text.keys[i].endswith(_INFINITIVE_ENDINGS):
            # *a tenu à préciser*, *se contentent de rappeler*, *a voulu rassurer*.
            semi = _semi_auxiliaries()
            if j >= 2 and semi.get(text.keys[j - 2]) == key:  # the verb, then its preposition
                j -= 2
                continue
            if key in semi and semi[key] is None:
                j -= 1
                continue
        break
    return j


_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")


def incise_after_auxiliary(text: TokenView, comma: int, first: int) -> bool:
    """Whether the comma at ``comma`` closes an aside opened right after an auxiliary.

    *La ministre avait, la veille, dénoncé ...*: the participle after the comma is the
    verb of the subject before the auxiliary, not an inverted verb nor a describing one.
    """
    for k in range(comma - 1, max(first, comma - _ASIDE_WORDS), -1):
        if text.words[k] == ",":
            return k > first and text.keys[k - 1] in _AUXILIARIES_AND_BE
    return False


def past_auxiliaries(text: TokenView, k: int, last: int) -> int:
    """The first token from ``k`` (before ``last``) that is no auxiliary nor adverb.

    *et a aussi arrêté*: from the token after *et*, the participle.
    """
    while k < last and text.keys[k] in _VERB_GROUP_WORDS:
        k += 1
    return k


def inverted_pronoun(text: TokenView, start: int, end: int) -> bool:
    """Whether the verb group carries its subject (*a-t-il*, *affirme-t-elle*)."""
    for k in range(max(0, start - 3), min(end + 2, text.n)):
        pronoun = text.keys[k].replace("t ", "").strip()
        if text.words[k].startswith("-") and pronoun in PRONOUNS and pronoun != "on":
            return True
    return False


def entity_in(text: TokenView, start: int, end: int) -> tuple[int, int, Entity] | None:
    """The entity a phrase names: the one it opens with, else its last person, else none."""
    low = bisect_left(text.mention_starts, start)
    high = bisect_left(text.mention_starts, end, lo=low)
    inside = [m for m in text.mentions[low:high] if m[1] <= end]
    if not inside:
        return None
    first = start
    while first < end and (text.keys[first] in DETERMINERS or text.punct[first]):
        first += 1
    if inside[0][0] == first:
        return inside[0]
    if (
        text.keys[first] in organisation_nouns()
        and inside[0][2].type == EntityType.ORG
        and all(text.words[k].islower() for k in range(first, inside[0][0]))
    ):
        return inside[0]  # *l'agence officielle libyenne Jana*: the agency is Jana
    people = [m for m in inside if m[2].type == EntityType.PER]
    if people:
        return people[-1]
    first = _past_source_adjectives(text, first, end)
    if text.keys[first] in SOURCE_NOUNS:
        # *selon un bilan établi par le Réseau ...*: who wrote it speaks; *un message publié
        # sur Telegram*: a channel (after *sur*, *via*) never does.
        return next((m for m in inside if text.keys[m[0] - 1] not in ("sur", "via")), None)
    return None


@cache
def organisation_nouns() -> frozenset[str]:
    """Nouns that announce an organisation's name (*l'agence X*, *la chaîne X*)."""
    return frozenset(word_key(c) for c in read_lines("fr/entities/org_cues.txt")) | {"chaine"}


_SOURCE_ASIDES = frozenset({"sous", "citant", "cite", "citee", "cites", "citees"})
"""Words after which a speaking phrase tells how it speaks, not who (*sous couvert de*)."""


def _place_after(text: TokenView, k: int, end: int) -> bool:
    """Whether *à* or *en* and a place's name stand at token ``k`` (*à Gaza*, *en Ukraine*)."""
    if text.words[k] not in ("à", "en") or k + 1 >= end:
        return False
    found = entity_in(text, k + 1, end)
    return found is not None and found[0] == k + 1 and found[2].type == EntityType.LOC


def noun_phrase(text: TokenView, start: int, end: int) -> Phrase | None:
    """The noun phrase that speaks, without its article (*services de secours*)."""
    while start < end and text.punct[start]:
        start += 1
    while start < end:
        # *au moins trois tireurs*, *plus de 200 soldats*: how many, then who.
        pair = tuple(text.keys[start : start + 2])
        if pair in _ABOUT:
            start += 2
        elif text.keys[start] == "environ":
            start += 1
        else:
            break
    if start >= end or not (
        text.keys[start] in DETERMINERS
        or text.keys[start] in _QUANTIFIERS
        or text.words[start].isdigit()  # *7 000 rebelles*
    ):
        return None
    if start + 1 < end and text.keys[start] in ("tous", "toutes") and text.keys[start + 1] == "les":
        start += 1  # *toutes les délégations* are the delegations
    while start < end and text.keys[start] in ("le", "la", "les", "l'"):
        start += 1
    if start < end and all(text.keys[k] in DETERMINERS for k in range(start, end)):
        return None
    for k in range(start, end):
        if (
            text.keys[k] in _RELATIVES
            or text.words[k] in (",", "(", "«")
            or (k > start and (finite_at(text, k) or verb_at(text, k)))
            or (k > start and text.keys[k] in ("ne", "n'", "se", "s'"))
            or (k > start and text.keys[k] in _SOURCE_ASIDES)
            or (k > start and "sources" in text.keys[start:k] and _place_after(text, k, end))
        ):
            # A phrase, never a clause: *les dirigeants ont parlé ...* stops at *ont*; nor how
            # it speaks (*un officier sous couvert d'anonymat*, *des médias citant la police*),
            # nor where sources are (*des sources hospitalières à Gaza*).
            end = k
            break
    while end > start and text.punct[end - 1]:
        end -= 1
    if start >= end or end - start > 10:
        return None
    counted = text.words[start].isdigit() and start + 1 < end and text.words[start + 1].isalpha()
    if not (text.words[start][:1].isalpha() or counted) or text.keys[start] in AUXILIARIES:
        return None  # but *les 15 membres* speak
    return Phrase(start, end, text.span_text(start, end), None)


def speaker_of(text: TokenView, start: int, end: int) -> Phrase | None:
    """The entity, person with that title, or phrase that tokens ``[start, end)`` name."""
    found = entity_in(text, start, end)
    if found is not None:
        a, b, entity = found
        return Phrase(a, b, entity.name, entity)
    return _resolved(text, noun_phrase(text, start, end))


def _resolved(text: TokenView, phrase: Phrase | None) -> Phrase | None:
    """A phrase, or the person its title designates, or the organisation its noun names."""
    if phrase is not None:
        person = _person_with_role(text, phrase)
        if person is not None:
            return Phrase(phrase.start, phrase.end, person.name, person)
        if phrase.end - phrase.start == 1 or _noun_and_adjectives(text, phrase):
            # *l'organisation*, *l'agence onusienne*: the body named before.
            named = _named_before(text, phrase.start)
            if named is not None:
                return Phrase(phrase.start, phrase.end, named.name, named)
        author = _author(text, phrase)
        if author is not None:
            return Phrase(phrase.start, phrase.end, author.name, author)
    return phrase


def _author(text: TokenView, phrase: Phrase) -> Entity | None:
    """*le nouveau rapport de l'organisation onusienne*: the body that writes it, as named."""
    k = _past_source_adjectives(text, phrase.start, phrase.end)
    if text.keys[k] not in SOURCE_NOUNS or k + 2 >= phrase.end:
        return None
    if text.keys[k + 1] not in ("de", "d'"):
        return None  # after *du*, *des*, a name (an entity) or no author the text told
    complement = noun_phrase(text, k + 2, phrase.end)
    if complement is None or complement.start == phrase.start:
        return None
    resolved = _resolved(text, complement)
    return resolved.entity if resolved is not None else None


def _noun_and_adjectives(text: TokenView, phrase: Phrase) -> bool:
    """*l'agence onusienne*, *l'organisation régionale*: a description noun, then adjectives."""
    if _descriptions().get(text.keys[phrase.start]) != "org":
        return False
    return all(
        text.words[k].isalpha() and text.words[k].islower() and text.keys[k] not in DETERMINERS
        for k in range(phrase.start + 1, phrase.end)
    )


def _named_before(text: TokenView, at: int) -> Entity | None:
    """The organisation a bare noun names again (*le ministère*, *l'armée*, *l'agence*).

    The last organisation of the ten sentences before whose name opens with that noun, else
    the last one of the kind ``descriptions.tsv`` gives the noun.
    """
    head = text.keys[at]
    named = named_by_head(text, at, head)
    if named is not None:
        return named[2]
    kind = _descriptions().get(head)
    found = None
    if kind in ("org", "armed"):
        kinds = ("armed", "org") if kind == "armed" else ("org",)
        found = _last_of(text, at, kinds, _DESCRIPTION_SENTENCES)
    return text.mentions[found][2] if found is not None else None


def named_by_head(text: TokenView, at: int, head: str) -> tuple[int, int, Entity] | None:
    """The last organisation named, as a mention, whose name opens with the noun ``head``.

    It looks back ten sentences from token ``at``: the key of *armée* finds *l'armée
    birmane*.
    """
    found = _last_of(text, at, ("org",), _DESCRIPTION_SENTENCES, head=head)
    return text.mentions[found] if found is not None else None


def _person_with_role(text: TokenView, phrase: Phrase) -> Entity | None:
    """The person a title designates (*le président américain* for Donald Trump).

    The text or the gazetteer must give that person this title; the last one named wins.
    """
    words = set(text.keys[phrase.start : phrase.end]) - _TITLE_LINKS
    if not words or not (words & role_heads()):
        return None
    demonyms = country_names().demonyms
    countries = {demonyms[w] for w in words if w in demonyms}
    untold = {w for w in words if w not in demonyms}  # the title without its country
    limit = text.sentence_of[phrase.start] - _DESCRIPTION_SENTENCES
    k = bisect_left(text.mention_starts, phrase.start) - 1
    head = _described_head(text, phrase)
    same_head: Entity | None = None
    while k >= 0 and text.sentence_of[text.mentions[k][0]] >= limit:
        entity = text.mentions[k][2]
        k -= 1
        if entity.type != EntityType.PER:
            continue
        for role in (*entity.roles, *_gazetteer_roles(entity.name)):
            said = _title_words(role)
            if words <= said:
                return entity  # the last one named wins
            if (
                countries
                and untold <= said
                and countries in ({entity.country}, {demonyms[w] for w in said if w in demonyms})
            ):
                # *le chef de la diplomatie sénégalaise* for the Senegalese foreign minister: the
                # country of the title is the person's own, or that of the title the text gave
                # (*la Première ministre danoise* ... *la cheffe du gouvernement danois*).
                return entity
            if head and same_head is None and f"{name_key(role)} ".startswith(f"{head} "):
                same_head = entity
    return same_head


def _described_head(text: TokenView, phrase: Phrase) -> str:
    """The title word of a phrase whose other words only describe, or an empty string.

    *le porte-parole des officiers mutins* names the last person given that title: no
    name and no demonym follows the title word to check against.
    """
    k = phrase.start
    while k < phrase.end and text.keys[k] in DETERMINERS:
        k += 1
    if k >= phrase.end or text.keys[k] not in role_heads() or text.keys[k] in _BARE_TITLES:
        return ""
    demonyms = country_names().demonyms
    rest = range(k + 1, phrase.end)
    if any(text.words[j][:1].isupper() or text.keys[j] in demonyms for j in rest):
        return ""
    return text.keys[k]


_BARE_TITLES = frozenset({"president", "presidente", "ministre", "chef", "premier"})
"""Title words too common to name one person by themselves (*le président de la région*)."""


_TITLE_LINKS = frozenset({"de", "du", "des", "d'", "la", "l'", "le", "les"})


@cache
def _title_synonyms() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each title of ``title_synonyms.tsv`` (as a key) with the words of the other, both ways."""
    pairs = []
    for one, other in read_table("fr/discourse/title_synonyms.tsv", 2):
        a, b = name_key(one), name_key(other)
        pairs.append((a, frozenset(b.split()) - _TITLE_LINKS))
        pairs.append((b, frozenset(a.split()) - _TITLE_LINKS))
    return tuple(pairs)


@cache
def _title_words(role: str) -> frozenset[str]:
    """The words of a title, with those of the titles the press uses for it."""
    key = name_key(role)
    parts = key.split()
    words = set(parts)
    padded = f" {key} "
    for title, synonym in _title_synonyms():
        if f" {title} " in padded:
            words |= synonym
    if (
        len(parts) == 2
        and parts[0] in ("president", "presidente")
        and parts[1] in country_names().demonyms
    ):
        words |= {"chef", "cheffe", "etat"}  # *président ivoirien*: the head of state
    return frozenset(words - _TITLE_LINKS)


@cache
def _gazetteer_roles(name: str) -> tuple[str, ...]:
    return tuple(
        e.role for e in default_gazetteer().lookup(name_key(name)) if e.role and e.name == name
    )


def last_person(text: TokenView, before: int, skip: tuple[int, int] | None = None) -> Phrase | None:
    """The last person the text named before token ``before`` (outside ``skip``).

    A person named inside quotation marks is passed over (a pronoun of the narrative points
    to someone the narrative named), and so is one of the other gender than the pronoun
    around ``before`` (*elle*, *a-t-il*), where the text tells it (:func:`gender_of`).
    """
    high = bisect_left(text.mention_starts, before)
    here = text.sentence_of[min(before, text.n - 1)] if text.n else 0
    wanted = _pronoun_gender(text, before)
    quoted = text.quoted()
    for a, b, entity in text.before(high):
        if here - text.sentence_of[a] > _PERSON_SENTENCES or before - a > _PERSON_REACH:
            break
        if b > before or (skip is not None and skip[0] <= a < skip[1]) or quoted[a]:
            continue
        if entity.type == EntityType.PER:
            if wanted is not None and gender_of(text, entity) not in (None, wanted):
                continue
            return Phrase(a, b, entity.name, entity)
    # *« ... », a-t-il insisté. X s'exprimait à Kiev.*: the person named just after.
    for a, b, entity in text.after(high):
        if text.sentence_of[a] > here + 1 or a - before > _PERSON_REACH:
            break
        if entity.type == EntityType.PER:
            return Phrase(a, b, entity.name, entity)
    return None


_PERSON_REACH = 1000
"""How many tokens from a pronoun its person may stand: about the ``_PERSON_SENTENCES`` of
news, so that one endless sentence of pronouns costs no more per pronoun."""


def pronoun_speaker(
    text: TokenView, before: int, skip: tuple[int, int] | None = None
) -> Phrase | None:
    """Who a speaking pronoun near token ``before`` stands for (*a-t-elle précisé*).

    The last person of :func:`last_person`, where the text named one in this sentence or the
    one before; else the subject of the sentence before, where its article tells the
    pronoun's gender (*La police a arrêté deux hommes. « ... », a-t-elle ajouté*: the police);
    else the last person, further back or just after.
    """
    person = last_person(text, before, skip)
    if not text.n:
        return person
    here = text.sentence_of[min(before, text.n - 1)]
    if person is not None and person.start < before and here - text.sentence_of[person.start] <= 1:
        return person
    wanted = _pronoun_gender(text, before)
    if wanted is None or here == 0:
        return person
    first, last = text.sentences[here - 1]
    subject = sentence_subject(text, first, last, skip)
    if (
        subject is None
        or subject.start <= first
        or (subject.entity is not None and subject.entity.type == EntityType.PER)
    ):
        return person
    feminine, masculine = _gender_words()
    article = text.keys[subject.start - 1]
    told = "f" if article in feminine else "m" if article in masculine else None
    if article == "l'":
        told = _elided_genders().get(text.keys[subject.start])
    return subject if told == wanted else person


@cache
def _elided_genders() -> dict[str, str]:
    return {word_key(n): g for n, g in read_table("fr/discourse/elided_genders.tsv", 2)}


_PERSON_SENTENCES = 20
"""How far back a pronoun that speaks looks for the last person named."""


_LATTER = {
    ("ce", "dernier"): False,
    ("cette", "derniere"): False,
    ("celui ci",): False,
    ("celle ci",): False,
    ("ces", "derniers"): True,
    ("ces", "dernieres"): True,
    ("ceux ci",): True,
    ("celles ci",): True,
}
"""The demonstratives that point to what was named last (*the latter*), and whether each is
plural."""
_PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "leurs", "ses", "nos", "vos"})
"""Keys of the determiners that open a plural phrase *ces derniers* may stand for."""


def latter_at(text: TokenView, k: int) -> tuple[int, bool] | None:
    """``(tokens, plural)`` where *ce dernier*, *celle-ci*, *ces derniers* opens at ``k``."""
    if not 0 <= k < text.n:
        return None
    for size in (1, 2):
        plural = _LATTER.get(tuple(text.keys[k : k + size]))
        if plural is not None:
            return size, plural
    return None


def the_latter(
    text: TokenView, k: int, plural: bool, skip: tuple[int, int] | None = None
) -> Phrase | None:
    """Who *ce dernier* (``plural`` false) or *ces derniers* at token ``k`` stands for.

    The singular is the last person named, as for *il* (:func:`last_person`), unless an
    organisation was named after that person (*... publiés par le ministère de l'Intérieur. Ce
    dernier a annoncé*). The plural is the nearest group named or plural noun phrase (*les
    responsables militaires*) before it, in its sentence or the one before: *the latter*
    points to what was said last.
    """
    low = max(text.sentences[max(0, text.sentence_of[k] - 1)][0], k - _PERSON_REACH)
    mentions = text.mentions[
        bisect_left(text.mention_starts, low) : bisect_left(text.mention_starts, k)
    ]
    group = next(
        (
            m
            for m in reversed(mentions)
            if m[1] <= k
            and m[2].type == EntityType.ORG
            and not (skip and skip[0] <= m[0] < skip[1])
        ),
        None,
    )  # the group named last, where it stands nearer than a plural phrase
    if not plural:
        person = last_person(text, k, skip)
        if group is not None and (person is None or person.end <= group[0]):
            a, b, entity = group
            return Phrase(a, b, entity.name, entity)
        return person
    for j in range(k - 1, low - 1, -1):
        if group is not None and group[1] > j:
            a, b, entity = group
            return Phrase(a, b, entity.name, entity)
        if skip is not None and skip[0] <= j < skip[1]:
            continue
        if text.keys[j] in _PLURAL_DETERMINERS and text.words[j + 1][:1].islower():
            sentence = text.sentences[text.sentence_of[j]]
            phrase = noun_phrase(text, j, min(k, sentence[1]))
            if phrase is not None and text.keys[phrase.end - 1].endswith(("s", "x")):
                return _resolved(text, phrase)
    return None


_GENDER_PRONOUNS = {"il": "m", "ils": "m", "t il": "m", "t ils": "m"} | {
    "elle": "f",
    "elles": "f",
    "t elle": "f",
    "t elles": "f",
}


def _pronoun_gender(text: TokenView, at: int) -> str | None:
    """``"f"`` or ``"m"`` for a subject pronoun next to token ``at`` (*elle a dit*, *a-t-il*)."""
    if not text.n:
        return None
    first, last = text.sentences[text.sentence_of[min(at, text.n - 1)]]
    for k in range(max(first, at - 2), min(last, at + 3)):
        gender = _GENDER_PRONOUNS.get(text.keys[k])
        if gender is not None:
            return gender
    return None


@cache
def _gender_words() -> tuple[frozenset[str], frozenset[str]]:
    def keys(name: str) -> frozenset[str]:
        return frozenset(word_key(w) for w in read_lines(f"fr/discourse/{name}.txt"))

    return keys("feminine"), keys("masculine")


_GENDER_STOPS = AUXILIARIES | {"et", "ou", "que", "qu'", "qui"}
"""Words that end the title before a name: a verb group or another clause."""

_CIVILITIES = {"mme": "f", "madame": "f", "mlle": "f", "mademoiselle": "f"} | {
    "m.": "m",
    "monsieur": "m",
}


def gender_of(text: TokenView, entity: Entity) -> str | None:
    """``"f"``, ``"m"`` or None: whether the text tells that a person is a woman or a man.

    From the words before any of its mentions: a civility (*Mme*, *M.*), a woman's given
    name, a title's article and forms (*la ministre*, *l'ancienne présidente*, *le chef*);
    the words are data (``discourse/feminine.txt``, ``discourse/masculine.txt``).

    >>> import geotext
    >>> doc = geotext.parse("La ministre Anne Dupré a reçu le président Paul Biya.")
    >>> text = token_view(doc)
    >>> [gender_of(text, e) for e in doc.entities]
    ['f', 'm']
    """
    cache = text.genders
    if entity.name in cache:
        return cache[entity.name]
    feminine, masculine = _gender_words()
    gender = None
    for a in text.mention_starts_of.get(entity.name, ()):
        gender = _gender_before(text, a, feminine, masculine)
        if gender is not None:
            break
    cache[entity.name] = gender
    return gender


def _gender_before(
    text: TokenView, a: int, feminine: frozenset[str], masculine: frozenset[str]
) -> str | None:
    keys = text.keys
    if a > 0 and keys[a - 1] in _CIVILITIES:
        return _CIVILITIES[keys[a - 1]]
    if keys[a] in feminine and text.caps_at(a):
        return "f"  # a woman's given name
    first = text.sentence_start(a)
    k = a - 1
    if k >= first and keys[k] == ",":
        k -= 1  # *la porte-parole de l'ONU, X*: the title before the comma
    # The nearest word that tells, going back through the title: *le président américain X*.
    while k >= max(first, a - 8) and not text.punct[k]:
        word = keys[k]
        if word in _GENDER_STOPS:
            break
        if k > first and keys[k - 1] in ("de", "d'"):
            k -= 2  # *le chef de la diplomatie*: the article of a complement tells nothing
            continue
        if word in feminine and word not in masculine:
            return "f"
        if word in masculine and word not in feminine:
            return "m"
        k -= 1
    return None


_COMMA = frozenset({","})


def _opens_clause(text: TokenView, k: int) -> bool:
    """Whether token ``k`` opens a clause whose subject follows it (see ``clause_mark_before``)."""
    return (
        text.words[k] in (":", ";", "où", *_DASHES)
        or text.keys[k] in ("que", "qu'", "mais")
        or text.keys[k] in _RELATIVE_OPENERS
    )


def subject_before(
    text: TokenView, verb: int, skip: tuple[int, int] | None = None
) -> Phrase | None:
    """The subject of a verb group that starts at token ``verb``."""
    if text.syntax is not None:
        cue = past_auxiliaries(text, verb, text.n - 1)
        parsed = dependent(text, cue, ("nsubj",))
        if parsed is not None and parsed.entity is not None:
            return parsed
    first = text.sentence_start(verb)
    closing = verb if text.words[verb] in _DASHES else verb - 1
    if closing > first and text.words[closing] in _DASHES:
        # *Les autres membres - tous élus locaux - ont ...*: the subject before the aside.
        opening = next(
            (
                k
                for k in range(closing - 1, max(first, closing - _ASIDE_WORDS), -1)
                if text.words[k] in _DASHES
            ),
            None,
        )
        if opening is not None:
            return subject_before(text, opening, skip)
    # A dash ends a dateline (*(Reuters) - L'armée a déclaré*) or an aside.
    mark = text.clause_mark_before(verb)
    stop = first if mark is None or mark < first else mark + 1
    joins = text.positions(verb, _JOINING_WORDS)
    at = bisect_left(joins, verb - 1) - 1
    if (
        at >= 0
        and stop < joins[at] < verb - 1
        and (text.keys[verb] in AUXILIARIES or finite_at(text, verb))
        and has_verb(text, stop, joins[at])
        and not has_verb(text, joins[at] + 1, verb)
    ):
        # *Le Canada a débloqué des fonds et la Norvège a promis ...*: a second
        # clause, with its own subject after *et*.
        stop = joins[at] + 1
    if verb - 1 >= first and text.keys[verb - 1] in ("mais", "et", "puis") and verb - 1 > first:
        # *X n'a pas commenté ce bilan, mais a reconnu ...*: the first verb's subject; in a
        # clause (*a affirmé que les soldats avaient encerclé la ville et arrêté ...*), the
        # clause's own.
        clauses = text.positions(first, _CLAUSE_OPENERS)
        at = bisect_left(clauses, verb - 1)
        opener = clauses[at - 1] + 1 if at else first
        if opener > first:
            found = sentence_subject(text, opener, verb - 1, skip)
            if found is not None:
                return found
        return sentence_subject(text, first, verb - 1, skip)
    if stop >= verb:
        return None
    key = text.keys[verb - 1]
    if key == "qui" and verb - 1 > stop:
        # *X, qui accuse Y de ...*: the speaker is what *qui* stands for.
        antecedent = verb - 1
        close = antecedent - 1 if text.words[antecedent - 1] == "," else antecedent
        low = bisect_left(text.mention_starts, max(0, close - 12))
        high = bisect_left(text.mention_starts, close)
        named = next((m for m in text.mentions[low:high] if m[1] == close), None)
        if named is not None:
            return Phrase(named[0], named[1], named[2].name, named[2])
        if close < antecedent:
            # *selon cet officier, qui a fait état de ...*: the phrase before the comma.
            a = close
            while a > stop and text.words[a - 1] != ",":
                a -= 1
            a += _source_at(text, a)
            if a < close and not has_verb(text, a, close):
                phrase = speaker_of(text, a, close)
                if phrase is not None:
                    return phrase
            return subject_before(text, antecedent, skip)
        start = _phrase_start(text, max(stop, antecedent - 8), antecedent)
        return speaker_of(text, max(stop, antecedent - 6) if start is None else start, antecedent)
    if key == "en" and text.keys[_past_clitic(text, verb)].endswith("ant"):
        # *la voisine qui avait menti en l'accusant*: the subject of the relative clause;
        # *en estimant que ...*: else the subject of the sentence speaks.
        relative = _relative_before(text, verb - 1, first)
        if relative is not None:
            return subject_before(text, relative + 1, skip)
        return sentence_subject(text, first, verb - 1, skip)
    for size in (1, 2):
        latter = latter_at(text, verb - size) if verb - size >= stop else None
        if latter is not None and latter[0] == size:
            # *Ces derniers ont affirmé*, *celui-ci a répondu*: the phrase named just before.
            return the_latter(text, verb - size, plural=latter[1], skip=skip)
    if key in PRONOUNS:
        person = last_person(text, verb - 1, skip)
        if person is None and stop > first:
            # *la Serbie entretient des liens avec la Russie, qu'elle refuse de sanctionner*:
            # no person fits the pronoun of a subordinate clause; the main clause's subject.
            return sentence_subject(text, first, stop - 1, skip)
        return person
    # Split the clause on commas: *Le président ukrainien, Volodymyr Zelensky, a déclaré*.
    commas = text.commas_between(stop, verb)
    if not commas or commas[-1] + 1 < verb:
        return speaker_of(text, commas[-1] + 1 if commas else stop, verb)
    if len(commas) > _MOST_COMMAS:
        # An endless sentence of commas: the subject is among the nearest segments, and
        # reading them all for every verb would cost the square of the sentence.
        stop, commas = commas[-_MOST_COMMAS - 1] + 1, commas[-_MOST_COMMAS:]
    bounds = [stop, *(c + 1 for c in commas)]
    segments = list(zip(bounds, [*commas, verb], strict=True))
    # The verb follows a comma: an apposition or a relative clause stands between the
    # subject and its verb. The subject is the nearest segment that is neither.
    incise = segments[-2][0] - 2 if len(segments) >= 3 else -1
    if incise >= stop and text.keys[incise] in AUXILIARIES:
        # *X a, un peu plus tôt, accusé Y*: an incise between the auxiliary and the verb.
        return subject_before(text, incise, skip)
    fallback: Phrase | None = None
    clauses = [a < b and (text.keys[a] in _RELATIVES or has_verb(text, a, b)) for a, b in segments]
    for index in range(len(segments) - 2, -1, -1):
        a, b = segments[index]
        if a >= b or clauses[index]:
            continue
        if index > 0 and clauses[index - 1]:
            continue  # *X, qui tiennent le port, Hodeïda, ont*: the clause's apposition
        if _source_at(text, a):
            continue  # *quatre assaillants, selon la gendarmerie, ont tiré*: the source's incise
        if _apposed_participle(text, a, b):
            continue  # *X et Y, plus connu sous le nom de Z, ont signé*: X and Y sign
        if (
            a + 1 < b
            and text.keys[a + 1] == "par"
            and text.words[a].endswith(("é", "ée", "és", "ées"))
        ):
            continue  # *X, dirigée par le général Y, a accusé*: an apposition, X speaks
        speaker = speaker_of(text, a, b)
        if speaker is not None and speaker.entity is not None:
            return speaker
        if fallback is None:
            fallback = speaker
    return fallback


_DASHES = ("-", "–", "—")
"""Dashes that end a dateline or an aside before the subject."""
_RELATIVE_OPENERS = frozenset(
    {"lequel", "laquelle", "lesquels", "lesquelles", "auxquels", "auxquelles", "duquel"}
    | {"desquels", "desquelles"}
)
"""Relative pronouns after which a clause's own subject follows (*pendant lesquels X ...*)."""


_APPOSED_PARTICIPLES = frozenset(
    {"connu", "connue", "connus", "connues", "surnomme", "surnommee", "dit", "dite", "alias"}
    | {"age", "agee", "ages", "agees", "elu", "elue", "nomme", "nommee", "originaire"}
)


_CLITICS = frozenset({"l'", "le", "la", "les", "lui", "leur", "se", "s'", "y", "m'", "me", "nous"})
"""Pronouns between *en* and its gerund (*en l'accusant*)."""


def _past_clitic(text: TokenView, k: int) -> int:
    """Token ``k``, or the one after it where ``k`` is an object pronoun (*l'accusant*)."""
    return k + 1 if text.keys[k] in _CLITICS and k + 1 < text.n else k


def _relative_before(text: TokenView, at: int, first: int) -> int | None:
    """The *qui* whose clause holds token ``at`` (no punctuation between), within 12 tokens."""
    for k in range(at - 1, max(first, at - 12) - 1, -1):
        if text.punct[k]:
            return None
        if text.keys[k] == "qui":
            return k
    return None


_ASIDE_WORDS = 30
"""How far back the dash that opens an aside may stand (a bounded look-back: linear time)."""


def _phrase_start(text: TokenView, low: int, end: int) -> int | None:
    """The first determiner of the noun phrase that ends at ``end``, looking back to ``low``.

    *a remercié les pays qui ...*: the phrase is *les pays*, not the clause's subject before
    its verb; *les forces de l'armée qui ...* keeps its complement.
    """
    start = None
    for k in range(end - 1, low - 1, -1):
        key = text.keys[k]
        if text.punct[k] or key in _PHRASE_BREAKS or verb_at(text, k) or finite_at(text, k):
            break
        if key in DETERMINERS and key not in ("de", "d'"):
            start = k
    return start


_PHRASE_BREAKS = frozenset(
    {"avec", "sur", "contre", "pour", "dans", "par", "a", "au", "aux", "en", "entre", "vers"}
    | {"chez", "sans", "selon", "apres", "avant", "depuis", "lors", "et", "ou", "que", "qu'"}
)
"""Words that end a noun phrase looking back from its last word (*de* and *du* do not)."""


def _apposed_participle(text: TokenView, a: int, b: int) -> bool:
    """Whether a comma segment describes the name before it (*plus connu sous le nom de X*)."""
    k = a
    while k < b and text.keys[k] in ("plus", "mieux", "aussi", "egalement", "lui", "elle"):
        k += 1
    return k < b and text.keys[k] in _APPOSED_PARTICIPLES


def _source_at(text: TokenView, k: int) -> int:
    """How many tokens *selon* or *d'après* at ``k`` holds, else 0."""
    if text.keys[k] == "selon":
        return 1
    return 2 if tuple(text.keys[k : k + 2]) == ("d'", "apres") else 0


_MOST_COMMAS = 12
"""How many commas back from its verb a subject is looked for (*X, Y, qui ..., a dit*)."""

_JOINING_WORDS = frozenset({"et", "mais", "puis", "tandis", "alors", "Et", "Mais", "Puis"})
"""Words written between two clauses, each with its own subject."""

_CLAUSE_OPENERS = frozenset({"que", "qu'", "qu’"})


def after_dateline(text: TokenView, first: int, end: int) -> int:
    """Where a sentence's own words start, after a dateline and its dash.

    *JOHANNESBURG (X), 22 novembre (LaPresse) – Le président a ...*: the last dash of the
    sentence's first fifteen tokens closes the dateline.
    """
    k = first
    for j in range(first, min(end, first + _DATELINE_TOKENS)):
        if text.words[j] in _DASHES and text.punct[j]:
            k = j + 1
    return k


_DATELINE_TOKENS = 15


def sentence_subject(
    text: TokenView, first: int, end: int, skip: tuple[int, int] | None
) -> Phrase | None:
    """The subject that opens a sentence: a pronoun's antecedent, or the entity it names."""
    k = after_dateline(text, first, end)
    while k < end and text.punct[k]:
        k += 1
    if k < end and text.keys[k] in PRONOUNS:
        return last_person(text, k, skip)
    verb = _verb_from(text, k, end)
    if verb is None:
        return None
    found = speaker_of(text, k, verb)
    if found is None:
        # *Liée au Kremlin depuis 2015, la Biélorussie achète*: past the fronted phrase.
        comma = max((c for c in range(k, verb) if text.words[c] == ","), default=None)
        if comma is not None and not has_verb(text, k, comma):
            found = speaker_of(text, comma + 1, verb)
    return found


def _verb_from(text: TokenView, k: int, end: int) -> int | None:
    """The first verb from ``k`` before ``end`` (see :meth:`TokenView.first_verb_from`)."""
    if k >= end:
        return None
    j = text.first_verb_from(k)
    sentence_end = text.sentences[text.sentence_of[k]][1] if text.sentences else text.n
    if j < sentence_end:
        return j if j < end else None
    # No verb in the rest of the sentence: a segment that runs past its end reads on.
    return next(
        (j for j in range(sentence_end, end) if finite_at(text, j) or verb_at(text, j)), None
    )


def finite_at(text: TokenView, k: int) -> bool:
    """Whether token ``k`` is an auxiliary or a common finite verb (never *à*, whose key is *a*)."""
    return text.keys[k] in FINITE_VERBS and text.words[k] not in ("à", "À")


def has_verb(text: TokenView, start: int, end: int) -> bool:
    """Whether a segment holds a conjugated verb, so is a clause, not a name.

    An auxiliary (*a*, *sont*, *sera*), or a verb in the future, the conditional or the
    imperfect (*participera*, *tiendraient*, *affirmait*), whose endings no noun shares.
    """
    if end - start <= _SHORT_SEGMENT:
        return any(finite_at(text, k) or _tensed(text, k) for k in range(start, end))
    verbs = text.verb_positions()  # a long segment: found once for the whole text
    at = bisect_left(verbs, start)
    return at < len(verbs) and verbs[at] < end


_SHORT_SEGMENT = 32
"""Segments up to this many tokens are read word by word, longer ones in an index."""


_TENSE_ENDINGS = (
    *("era", "eront", "erait", "eraient", "ira", "iront", "irait", "iraient"),
    *("aient", "ait"),
)
_NOT_TENSED = frozenset(
    {"retrait", "portrait", "extrait", "souhait", "attrait", "trait", "lait", "camera"}
    | {"opera", "cholera", "fait", "plait", "abstrait", "distrait"}
)


def _tensed(text: TokenView, k: int) -> bool:
    word = text.words[k]
    key = text.keys[k]
    return (
        len(key) >= 5
        and word.islower()
        and word.isalpha()
        and key.endswith(_TENSE_ENDINGS)
        and key not in _NOT_TENSED
    )


BE_FORMS = frozenset(
    {"ete", "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient"}
)
"""Keys of the forms of *être* that make a participle after them passive (*sera relâchée*)."""
_AUXILIARIES_AND_BE = AUXILIARIES | BE_FORMS
_VERB_GROUP_WORDS = AUXILIARIES | ADVERBS


FINITE_VERBS = frozenset(
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


def subject_after(text: TokenView, start: int) -> Phrase | None:
    """The subject after an inverted verb (*», a déclaré le porte-parole, Dmitri Peskov.*)."""
    if start >= text.n:
        return None
    limit = text.sentence_end(start)
    start = _past_complements(text, start, limit)
    end = start
    while end < limit and text.words[end] not in (".", ";", ":", "!", "?", "«", "»"):
        if text.words[end] == "," and end + 1 < limit and text.keys[end + 1] in _RELATIVES:
            break
        end += 1
    anonymous = _anonymous_source(text, start, end)
    if anonymous is not None:
        return anonymous
    found = entity_in(text, start, end)
    if found is not None:
        a, b, entity = found
        return Phrase(a, b, entity.name, entity)
    # The phrase up to the first comma or preposition of circumstance.
    stop = start
    while stop < end and text.words[stop] != "," and text.keys[stop] not in _CIRCUMSTANCE:
        stop += 1
    phrase = noun_phrase(text, start, stop)
    if phrase is None and _proper_name(text, start, stop):
        # *a annoncé Getty Images.*: a name no gazetteer knows still speaks, as written.
        return Phrase(start, stop, text.text[text.starts[start] : text.ends[stop - 1]], None)
    if phrase is not None and phrase.end + 2 < end and text.words[phrase.end] == "(":
        # *la force africaine (MISCA)*: the organisation its acronym in brackets names.
        named = entity_in(text, phrase.end + 1, phrase.end + 2)
        if named is not None and named[2].type == EntityType.ORG:
            a, b, entity = named
            return Phrase(a, b, entity.name, entity)
    return _resolved(text, phrase)


def _proper_name(text: TokenView, start: int, stop: int) -> bool:
    """Whether tokens ``[start, stop)`` are a run of one to five capitalised words."""
    return 0 < stop - start <= 5 and all(
        text.words[k][:1].isupper() and text.words[k].replace("-", "").isalpha()
        for k in range(start, stop)
    )


_COMPLEMENT_OPENERS = frozenset({"a", "au", "aux", "en", "sur", "dans", "devant", "depuis"})
"""Prepositions of a complement that may stand between an inverted verb and its subject."""

_SUBJECT_OPENERS = frozenset(
    {"le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa"}
    | {"ses", "leur", "leurs"}
    | _SOME
)


def _past_complements(text: TokenView, start: int, limit: int) -> int:
    """Where the subject of an inverted verb starts, after the verb's own complements.

    *a précisé à Reuters un porte-parole*, *a ajouté en arabe le ministre*, *a
    déclaré mardi le conseil*: adverbs, and a short complement after *à* or *en* that a
    determiner follows.
    """
    k = start
    while k < limit:
        key = text.keys[k]
        if key in ADVERBS:
            k += 1
            continue
        size = adverbial_at(text, k)
        if size:
            k += size
            continue
        if key in _COMPLEMENT_OPENERS:
            j = k + 1
            if j < limit and text.keys[j] in ("le", "la", "les", "l'"):
                j += 1
            first = j
            while j < limit and j - first < 3 and not text.punct[j]:
                if text.keys[j] in _SUBJECT_OPENERS and j > first:
                    break
                j += 1
            if first < j < limit and text.keys[j] in _SUBJECT_OPENERS:
                k = j
                continue
        break
    return k


def _anonymous_source(text: TokenView, start: int, end: int) -> Phrase | None:
    """*un conseiller du président, X*: the name after the comma is the president's.

    An indefinite phrase whose complement names a title, then a comma and a name: the name
    is in apposition to that title, and the one who speaks is the unnamed source.
    """
    if text.keys[start] not in _INDEFINITES:
        return None
    comma = next((k for k in range(start, end) if text.words[k] == ","), None)
    if comma is None or comma + 1 >= end or not text.caps_at(comma + 1):
        return None
    of = next(
        (k for k in range(start + 2, comma) if text.keys[k] in ("de", "du", "d'", "des")), None
    )
    if of is None or not any(text.keys[k] in role_heads() for k in range(of + 1, comma)):
        return None  # *un responsable du mouvement, X*: X is the one who speaks
    if entity_in(text, start, comma) is not None:
        return None
    return noun_phrase(text, start, comma)


_INDEFINITES = frozenset({"un", "une", "des"}) | _SOME


_CIRCUMSTANCE = frozenset(
    {
        "dans",
        "lors",
        "devant",
        "aupres",
        "sur",
        "en",
        "depuis",
        "apres",
        "avant",
        "pendant",
        "a",
        "sous",
        "citant",
        "evoquant",
        "ajoutant",
        "precisant",
    }
)


# -- reference: which entity a span stands for -----------------------------------------------


@attrs.frozen
class Reference:
    """What the words of ``span`` stand for in their document.

    ``how`` says by what the entity was found: ``name`` (a mention of the entity itself),
    ``pronoun`` (*il*, *elle*, *ce dernier*: the last fitting entity told before), ``title``
    (*le président américain*: the person the text or the gazetteer gives that title),
    ``description`` (*le pays*, *l'organisation*, *les rebelles*: the last entity of that kind
    told before), or ``none`` when nothing fits (``entity`` is then ``None``).
    """

    span: Span
    text: str
    entity: Entity | None
    how: str
    antecedent: Span | None = None
    """The raw-text span of the mention the words point back to (for a pronoun or a
    description), else ``None``."""


_PRONOUN_PERSON = frozenset({"il", "elle", "lui", "celui ci", "celle ci", "ce dernier"})
_PRONOUN_PERSON |= {"cette derniere"}
_LATTER_SINGULAR = frozenset(" ".join(words) for words, plural in _LATTER.items() if not plural)
_PRONOUN_PLURAL = frozenset({"ils", "elles", "eux", "ceux ci", "celles ci", "ces derniers"})
_LEADING = frozenset({"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "du", "des", "de"})
_PRONOUN_SENTENCES = 2
"""How many sentences back a pronoun looks for its entity."""
_DESCRIPTION_SENTENCES = 10
"""How many sentences back a description (*le pays*) looks for its entity."""


@cache
def _descriptions() -> dict[str, str]:
    return {word_key(noun): kind for noun, kind in read_table("fr/discourse/descriptions.tsv", 2)}


@cache
def _armed() -> frozenset[str]:
    return frozenset(
        entry.name
        for entries in default_gazetteer().entries.values()
        for entry in entries
        if entry.type == EntityType.ORG and entry.kind == "armed"
    )


def _fits(entity: Entity, kind: str) -> bool:
    """Whether an entity is of the kind a description or a pronoun names."""
    if kind == "person":
        return entity.type == EntityType.PER
    if kind == "country":
        return entity.type == EntityType.LOC and (entity.id or "").startswith("iso:")
    if kind == "city":
        return entity.type == EntityType.LOC and (entity.id or "").startswith("geonames:")
    if kind == "place":
        return entity.type == EntityType.LOC
    if kind == "group":
        return entity.type == EntityType.ORG or (
            entity.type == EntityType.LOC and (entity.id or "").startswith("iso:")
        )
    return entity.type == EntityType.ORG


def _last_of(
    text: TokenView, before: int, kinds: tuple[str, ...], sentences: int, head: str = ""
) -> int | None:
    """The index in ``text.mentions`` of the last mention before token ``before`` that fits.

    ``kinds`` are tried in order; the look-back stops ``sentences`` sentences back. With a
    ``head``, only entities whose name opens with that word fit.
    """
    if before <= 0:
        return None
    limit = text.sentence_of[min(before, text.n) - 1] - sentences
    last = bisect_left(text.mention_starts, before) - 1
    for kind in kinds:
        k = last
        while k >= 0 and text.sentence_of[text.mentions[k][0]] >= limit:
            _a, b, entity = text.mentions[k]
            if (
                b <= before
                and _fits(entity, kind)
                and (kind != "armed" or entity.name in _armed())
                and (not head or word_key(entity.name.split(" ", 1)[0]) == head)
            ):
                return k
            k -= 1
    return None


def antecedent(text: TokenView, at: int) -> Phrase | None:
    """The entity the subject pronoun at token ``at`` stands for.

    *il*, *elle*: the last person, else the last organisation or state, of the two sentences
    before, as :func:`refer` reads them; *ils*, *elles*: the last organisation only (where
    :func:`refer` also tries states, then people), since an actor named *ils* is a group.
    """
    key = text.keys[at] if 0 <= at < text.n else ""
    if key in ("il", "elle"):
        order: tuple[str, ...] = ("person", "group")
    elif key in ("ils", "elles"):
        order = ("org",)
    else:
        return None
    found = _last_of(text, at, order, _PRONOUN_SENTENCES)
    if found is None:
        return None
    a, b, entity = text.mentions[found]
    return Phrase(a, b, entity.name, entity)


def refer(doc: Document, start: int, end: int) -> Reference:
    """Which entity the words ``doc.text[start:end]`` stand for.

    A name is its entity; a pronoun (*il*, *elle*, *ce dernier*, *ils*) the last fitting
    entity of the two sentences before; a title (*le président américain*, *le chef de la
    diplomatie russe*) the person the text or the gazetteer gives it; a description (*le
    pays*, *la ville*, *l'organisation*, *les rebelles*) the last entity of that kind of the
    ten sentences before. The look-back is bounded, so asking about every span of a long
    document costs linear time.

    >>> import geotext
    >>> from geotext.discourse import refer
    >>> doc = geotext.parse("Le Mali a rappelé son ambassadeur. Le pays dénonce une ingérence.")
    >>> where = doc.text.index("Le pays")
    >>> found = refer(doc, where, where + len("Le pays"))
    >>> found.entity.name, found.how
    ('Mali', 'description')
    """
    if not isinstance(doc, Document):
        raise TypeError(f"refer() needs a geotext Document, not {type(doc).__name__}")
    if not (isinstance(start, int) and isinstance(end, int)) or not (
        0 <= start < end <= len(doc.text)
    ):
        raise ValueError(f"no span [{start}, {end}) in a text of {len(doc.text)} characters")
    span = Span(start, end)
    words = doc.text[start:end]
    text = token_view(doc)
    a, b = tokens_of(text, span)
    if text.n == 0:
        return Reference(span, words, None, "none")
    inside = entity_in(text, a, b)
    if inside is not None:
        return Reference(span, words, inside[2], "name")
    first = a
    while first < b - 1 and text.keys[first] in _LEADING:
        first += 1
    key = " ".join(text.keys[a:b]).replace("' ", "'")
    head = text.keys[first]
    if key in _LATTER_SINGULAR:
        # *Ce dernier*: the last person, unless an organisation was named after it (as
        # :func:`the_latter` reads it for a subject).
        person = _last_of(text, a, ("person",), _PRONOUN_SENTENCES)
        group = _last_of(text, a, ("org",), 1)
        found = group if group is not None and (person is None or group > person) else person
        return _reference(doc, span, words, text, found, "pronoun")
    if key in _PRONOUN_PERSON or key in _PRONOUN_PLURAL:
        order = ("person", "group") if key in _PRONOUN_PERSON else ("group", "person")
        found = _last_of(text, a, order, _PRONOUN_SENTENCES)
        return _reference(doc, span, words, text, found, "pronoun")
    if head in role_heads():
        phrase = speaker_of(text, a, b)
        if phrase is not None and phrase.entity is not None:
            return Reference(span, words, phrase.entity, "title")
    kind = _descriptions().get(head)
    if kind is not None:
        kinds = (kind, "org") if kind == "armed" else (kind,)
        found = _last_of(text, a, kinds, _DESCRIPTION_SENTENCES)
        return _reference(doc, span, words, text, found, "description")
    return Reference(span, words, None, "none")


def _reference(
    doc: Document, span: Span, words: str, text: TokenView, found: int | None, how: str
) -> Reference:
    if found is None:
        return Reference(span, words, None, "none")
    a, b, entity = text.mentions[found]
    antecedent = doc.normalised.span(text.starts[a], text.ends[b - 1])
    return Reference(span, words, entity, how, antecedent)
