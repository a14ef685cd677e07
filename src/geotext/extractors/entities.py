"""People, organisations and places, linked to stable ids and resolved within the document.

The extractor reads each token once and works in four passes over the token arrays:

1. **Gazetteer windows**: at every token that can open a known name, the longest window of
   tokens whose key is a gazetteer name (countries, regions and seas, GeoNames cities,
   people, organisations, the user's entries).
2. **Capitalised runs** that no gazetteer names are typed by their context: a title or a
   civility before (*le ministre X*, *M. X*), a known first name, an apposition after
   (*X, porte-parole de*), an organisation's head noun (*Organisation mondiale de la santé*)
   or an acronym in brackets after a long name, a place cue (*le village de X*, *à X*).
3. **Institutional phrases** in lower case: *armée israélienne*, *ministère russe de la
   Défense*, *département d'Etat*.
4. **Resolution**: mentions are grouped into entities (*Trump* after *Donald Trump*, *AIEA*
   after *Agence internationale de l'énergie atomique (AIEA)*, *Alliance* for the OTAN of the
   text), homonymous places are chosen by the countries and regions the sentence and the
   document name, then by population.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import compress

import attrs

from geotext.data import read_lines, read_table
from geotext.gazetteer import (
    NAME_PARTICLES,
    Gazetteer,
    GazetteerEntry,
    country_names,
    default_gazetteer,
    name_key,
    population_score,
    token_words,
    word_key,
)
from geotext.model import Document, Entity, EntityType, Mention, TokenKind

__all__ = ["EntityExtractor"]

_PARTICLES = NAME_PARTICLES
_NAME_PREFIXES = ("al-", "el-", "ben-", "abou-", "abu-")
_VERB_STOPS = frozenset(
    {
        "a",
        "ont",
        "est",
        "sont",
        "était",
        "étaient",
        "avait",
        "avaient",
        "va",
        "vont",
        "sera",
        "seront",
        "aurait",
        "auraient",
        "qui",
        "que",
        "qu'",
        "dont",
        "ne",
        "n'",
        "se",
        "s'",
        "y",
        "il",
        "elle",
        "ils",
        "elles",
        "lui",
        "leur",
        "ce",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "un",
        "une",
    }
)
_PREPOSITIONS = frozenset({"de", "des", "du", "d'", "pour", "sur", "aux", "au", "contre"})
"""Keys of the prepositions inside organisations' names; *à* is checked on the word."""
_ARTICLES = frozenset({"la", "le", "l'", "les"})
_ACRONYM_STOPS = frozenset(
    {
        "pib",
        "ong",
        "tva",
        "pme",
        "sms",
        "gps",
        "adn",
        "utc",
        "gmt",
        "tv",
        "ok",
        "covid",
        "sida",
        "vih",
        "km",
        "kg",
        "mw",
        "gw",
        "qg",
        "rdv",
        "ndlr",
        "afp-services",
        "pdg",
        "ceo",
        "dg",
        "hlm",
        "sdf",
        "icbm",
        "cfa",
        "fcfa",
        "irbm",
        "slbm",
        "mlrs",
        "himars",
        "atacms",
        "otan-",
        "opa",
        "ope",
        "pc",
        "cac",
    }
)
_ROMAN = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiv", "xv", "xx"})
_STANDALONE_HEADS = frozenset({"parlement", "senat", "congres", "commission"})
"""Capitalised institution words that are an organisation of the story on their own."""


@attrs.frozen
class _Lexicon:
    not_names: frozenset[str]
    roles: frozenset[str]
    role_firsts: dict[str, tuple[tuple[str, ...], ...]]
    civilities: frozenset[str]
    org_heads: frozenset[str]
    org_words: frozenset[str]
    generics: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    place_cues: dict[str, str]
    demonyms: dict[str, str]
    """Country adjectives and nouns (*russe*, *ukrainiennes*) by key, to their ISO code."""
    countries: dict[str, str]
    """ISO code to the country's canonical name (``RU`` → *Russie*)."""
    first_names: frozenset[str]
    org_cues: frozenset[str]
    org_complements: frozenset[str]
    """Lower-case nouns that complete an institution's name (*de la justice*)."""
    misc_cues: frozenset[str]
    ambiguous: frozenset[str]
    common_words: frozenset[str]
    """Ordinary words (*pire*, *bourse*, *mont*) that some small town is also named."""


def _token_keys(phrase: str) -> tuple[str, ...]:
    """The keys of a phrase's tokens, as the extractor sees them in a text."""
    from geotext.parser.tokens import tokenise

    text = phrase.replace("’", "'")
    table = tokenise(text).table
    return tuple(word_key(text[a:b]) for a, b in zip(table.starts, table.ends, strict=True))


@cache
def _lexicon() -> _Lexicon:
    roles = [_token_keys(r) for r in read_lines("fr/entities/role_nouns.txt")]
    role_firsts: dict[str, list[tuple[str, ...]]] = {}
    for words in roles:
        role_firsts.setdefault(words[0], []).append(words)
    generics: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for head, needs in read_table("fr/entities/org_generics.tsv", 2):
        words = _token_keys(head)
        generics.setdefault(words[0], []).append((words, needs))
    table = country_names()
    demonyms, countries = table.demonyms, table.names
    try:
        first_names = frozenset(word_key(n) for n in read_lines("fr/entities/first_names.txt"))
    except FileNotFoundError:  # pragma: no cover - shipped with the package
        first_names = frozenset()
    return _Lexicon(
        not_names=frozenset(name_key(w) for w in read_lines("fr/entities/not_names.txt")),
        roles=frozenset(" ".join(r) for r in roles),
        role_firsts={k: tuple(sorted(v, key=len, reverse=True)) for k, v in role_firsts.items()},
        civilities=frozenset(word_key(c) for c in read_lines("fr/entities/civilities.txt")),
        org_heads=frozenset(word_key(h) for h in read_lines("fr/entities/org_heads.txt")),
        org_words=frozenset(name_key(w) for w in read_lines("fr/entities/org_words.txt")),
        generics={
            k: tuple(sorted(v, key=lambda g: len(g[0]), reverse=True)) for k, v in generics.items()
        },
        place_cues={name_key(n): kind for n, kind in read_table("fr/entities/place_cues.tsv", 2)},
        demonyms=demonyms,
        countries=countries,
        first_names=first_names,
        org_cues=frozenset(word_key(c) for c in read_lines("fr/entities/org_cues.txt")),
        org_complements=frozenset(
            name_key(c) for c in read_lines("fr/entities/org_complements.txt")
        ),
        misc_cues=frozenset(word_key(c) for c in read_lines("fr/entities/misc_cues.txt")),
        ambiguous=frozenset(name_key(c) for c in read_lines("fr/entities/ambiguous_names.txt")),
        common_words=frozenset(word_key(w) for w in read_lines("fr/common_words.txt")),
    )


@attrs.define
class _Found:
    """A mention found in the text, in token indices ``[start, end)``."""

    start: int
    end: int
    type: EntityType
    entries: list[GazetteerEntry] = attrs.Factory(list)
    key: str = ""
    name: str = ""
    role: str = ""
    apposed: str = ""
    """A title in apposition after the name (*X, porte-parole de la junte,*)."""
    area: bool = False
    """A place named after a cue such as *la région de*: never linked to a city."""
    alias_of: _Found | None = None
    """The mention this one abbreviates (*AIEA* after its full name)."""
    weak: bool = False
    """A bare institution word (*Alliance*) or surname that needs an antecedent."""


class _Tokens:
    """The document's tokens as the extractor reads them."""

    def __init__(self, doc: Document) -> None:
        text = doc.normalised.text
        table = doc.token_table
        self.text = text
        self.starts = table.starts
        self.ends = table.ends
        self.words, self.keys = token_words(doc)
        self.kinds = table.kinds
        self.n = len(self.words)
        punct = _KIND_CODE[TokenKind.PUNCT]
        self.punct = [k == punct for k in table.kinds]
        self.caps = [
            w[:1].isupper() or (w[:1] in "abe" and self.capitalised(i))
            for i, w in enumerate(self.words)
        ]
        self.capital_words = [i for i in compress(range(self.n), self.caps) if not self.punct[i]]
        """The capitalised tokens that are no punctuation, in text order."""
        self.stop = [
            k in _VERB_STOPS and w not in ("à", "À")
            for k, w in zip(self.keys, self.words, strict=True)
        ]
        """A verb, pronoun or determiner that ends a name (*à* is no *a*)."""
        self.line_start = [False] * self.n
        """Whether a line break stands between this token and the one before."""
        position = text.find("\n")
        while position >= 0:
            i = bisect_right(self.starts, position)  # the first token after the break
            if 0 < i < self.n and self.ends[i - 1] <= position:
                self.line_start[i] = True
            position = text.find("\n", position + 1)
        self.sentence_of = [0] * self.n
        self.initial = [False] * self.n
        self.heading_caps = [False] * self.n
        for number, sentence in enumerate(doc.sentences):
            first = sentence.token_start
            # The sentence opens at its first word (after a dash, a quote or a bracket).
            while first < sentence.token_end and self.punct[first]:
                first += 1
            if first < sentence.token_end:
                self.initial[first] = True
            span = sentence.token_end - sentence.token_start
            self.sentence_of[sentence.token_start : sentence.token_end] = [number] * span
        for i in range(self.n):
            if self.line_start[i] and not self.punct[i]:
                self.initial[i] = True  # a line of a caption or a credit opens like a sentence
        for block in doc.blocks:
            if block.kind.value != "heading" or block.sentence_end <= block.sentence_start:
                continue
            first = doc.sentences[block.sentence_start].token_start
            last = doc.sentences[block.sentence_end - 1].token_end
            words = [i for i in range(first, last) if self.words[i][:1].isalpha()]
            capitals = [i for i in words if self.words[i][:1].isupper()]
            if len(words) >= 4 and len(capitals) * 10 >= len(words) * 6:
                self.heading_caps[first:last] = [True] * (last - first)

    def capitalised(self, i: int) -> bool:
        word = self.words[i]
        if word[:1].isupper():
            return True
        lowered = word.lower()
        return lowered.startswith(_NAME_PREFIXES) and word[lowered.index("-") + 1 :][:1].isupper()

    def same_sentence(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.sentence_of[i] == self.sentence_of[j]

    def same_line(self, i: int, j: int) -> bool:
        """Whether tokens ``i < j`` stand in one sentence with no line break between them."""
        return self.same_sentence(i, j) and not any(self.line_start[i + 1 : j + 1])

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.starts[start] : self.ends[end - 1]]


_KIND_CODE = {kind: code for code, kind in enumerate(TokenKind)}


def _gazetteer_matches(tokens: _Tokens, gazetteer: Gazetteer) -> list[_Found]:
    """Longest gazetteer windows, left to right, that the text's capitals allow."""
    found: list[_Found] = []
    keys, caps, punct, sentence_of = tokens.keys, tokens.caps, tokens.punct, tokens.sentence_of
    starts_of, lower_starts, lookup = gazetteer.starts, gazetteer.lower_starts, gazetteer.lookup
    pairs = gazetteer.pairs
    n = tokens.n
    # Capitalised words, and words that open a name written in lower case (*mer* Rouge).
    openers = {key for key in set(keys) if key.split(" ", 1)[0] in lower_starts}
    lower = compress(range(n), map(openers.__contains__, keys))
    candidates = sorted({*tokens.capital_words, *(i for i in lower if not punct[i])})
    resume = 0
    for i in candidates:
        if i < resume:
            continue
        first = keys[i].split(" ", 1)[0]
        most = starts_of.get(first)
        if most is None:
            continue
        best: _Found | None = None
        sentence = sentence_of[i]
        limit = i + 1
        while limit < n and limit < i + most and sentence_of[limit] == sentence:
            limit += 1
        # Windows of two words or more only where some name opens with the first two words.
        pair = " ".join(" ".join(keys[i : i + 3]).replace(" '", "'").split(" ", 2)[:2])
        if " " not in pair or pair not in pairs:
            limit = min(limit, i + 1)
        for j in range(limit, i, -1):
            if punct[j - 1]:
                continue
            key = " ".join(keys[i:j]).replace(" '", "'") if j - i > 1 else keys[i]
            entries = lookup(key)
            if not entries:
                continue
            entries = [e for e in entries if _form_fits(e, key, caps[i], caps[j - 1])]
            if entries and (
                keys[i] in _ARTICLES
                and all(e.kind == "city" for e in entries)
                and _curated_from(tokens, gazetteer, i + 1, j)
            ):
                # *La Maison-Blanche*, *L'Union européenne*: not the towns *La Maison
                # Blanche* or *L'Union*, but the article before a known name.
                entries = []
            if entries:
                best = _Found(i, j, entries[0].type, entries, key)
                break
        if best is None:
            continue
        found.append(best)
        resume = best.end
    return found


def _form_fits(entry: GazetteerEntry, key: str, capital: bool, last_capital: bool) -> bool:
    """Whether the text's capitals fit a form of ``entry`` with this key (*mer Rouge*)."""
    forms = [form for form in entry.names if _cached_key(form) == key]
    if entry.kind == "city" or not forms:
        return capital and last_capital  # a city's name, or a well-known surname alone
    for form in forms:
        words = form.replace("-", " ").split()
        if (capital or form[:1].islower()) and (last_capital or not words[-1][:1].isupper()):
            return True
    return False


@cache
def _cached_key(name: str) -> str:
    return name_key(name)


def _curated_from(tokens: _Tokens, gazetteer: Gazetteer, i: int, limit: int) -> bool:
    """Whether a curated name or an organisation's head opens at token ``i``."""
    if i >= tokens.n:
        return False
    if tokens.keys[i] in _lexicon().org_heads:
        return True
    for j in range(limit, i, -1):
        if any(e.kind != "city" for e in gazetteer.lookup(" ".join(tokens.keys[i:j]))):
            return True
    return False


def _after_misc_cue(tokens: _Tokens, lex: _Lexicon, start: int) -> bool:
    """*l'ouragan Milton*, *le missile Tomahawk*: a thing's name, not an entity's."""
    return (
        start > 0 and tokens.keys[start - 1] in lex.misc_cues and tokens.words[start - 1].islower()
    )


_QUALIFIERS = frozenset({"occupee", "occupe", "occupees", "occupes", "annexee", "annexe"})
_ADMINISTRATIVE = frozenset(
    {"region", "province", "oblast", "district", "gouvernorat", "prefecture", "departement"}
)
_BIG_CITY = 300_000
"""A city this large keeps its name even where the name is also a word (*Gênes*, *gênes*)."""
_PLACE_GENERICS = frozenset({"peninsule", "pays"})
_DIRECTIONS = frozenset(
    {"nord", "sud", "est", "ouest", "centre", "nord est", "nord ouest", "sud est", "sud ouest"}
)


def _trimmed(tokens: _Tokens, lex: _Lexicon, gazetteer: Gazetteer, match: _Found) -> _Found:
    """*région de Koursk* names *Koursk*, *sud du Liban* *Liban*, *Gaza occupée* *Gaza*.

    A gazetteer may list such phrases; the annotation names the place, not the phrase.
    """
    if match.type != EntityType.LOC or match.end - match.start < 2:
        return match
    first = tokens.keys[match.start]
    if (
        (first in _ADMINISTRATIVE or first in _DIRECTIONS)
        and match.end - match.start >= 3
        and tokens.keys[match.start + 1] in ("de", "d'", "du")
    ):
        rest = " ".join(tokens.keys[match.start + 2 : match.end])
        entries = [e for e in gazetteer.lookup(rest) if e.type == EntityType.LOC]
        area = first in _ADMINISTRATIVE
        return _Found(match.start + 2, match.end, EntityType.LOC, entries, rest, area=area)
    if (
        first in _PLACE_GENERICS
        and match.end - match.start >= 3
        and tokens.keys[match.start + 1] in ("de", "d'", "du")
    ):
        rest = " ".join(tokens.keys[match.start + 2 : match.end])
        entries = [e for e in gazetteer.lookup(rest) if e.type == EntityType.LOC]
        entries = [e for e in entries if e.kind != "city"] or entries
        if entries:  # *la péninsule de Crimée* names *Crimée*; *pays de Galles* stays whole
            return _Found(match.start + 2, match.end, EntityType.LOC, entries, rest)
    last = match.end - 1
    if tokens.keys[last] in _QUALIFIERS:
        shorter = " ".join(tokens.keys[match.start : last])
        entries = [e for e in gazetteer.lookup(shorter) if e.type == EntityType.LOC]
        if entries:
            return _Found(match.start, last, EntityType.LOC, entries, shorter)
    return match


def _surname_only(match: _Found) -> bool:
    """Whether a window matched a person by surname alone (*Salam* in *Amin Salam*)."""
    first = match.entries[0]
    return first.type == EntityType.PER and all(_cached_key(n) != match.key for n in first.names)


def _misspelt_first_name(tokens: _Tokens, run: tuple[int, int], match: _Found) -> bool:
    """Whether a surname match follows one word spelt like the person's first name."""
    if match.start != run[0] + 1 or match.end != run[1]:
        return False
    written = tokens.keys[run[0]]
    if len(written) < 4:
        return False
    for name in match.entries[0].names:
        first = _cached_key(name).split(" ", 1)[0]
        if first != written and first[:4] == written[:4] and abs(len(first) - len(written)) <= 2:
            return True
    return False


_TITLES_OF_TEXTS = frozenset(
    {"statut", "accord", "accords", "traite", "convention", "protocole", "processus", "format"}
)
"""Nouns whose *de X* names a text or a process after a city (*le Statut de Rome*)."""


def _bracketed_acronym(tokens: _Tokens, match: _Found) -> bool:
    """*l'Union des artisans (UDA)*: an acronym in brackets, not the town *Uda*."""
    word = tokens.words[match.start]
    return (
        match.end - match.start == 1
        and word.isupper()
        and len(word) <= 6
        and match.start > 0
        and tokens.words[match.start - 1] == "("
        and match.end < tokens.n
        and tokens.words[match.end] == ")"
    )


def _in_a_title_of_text(tokens: _Tokens, start: int) -> bool:
    """*le Statut de Rome*, *l'accord de Vienne*: the city is in the name of a text."""
    return (
        start >= 2
        and tokens.keys[start - 1] in ("de", "d'")
        and tokens.keys[start - 2] in _TITLES_OF_TEXTS
    )


def _glued_to_unknown(
    tokens: _Tokens, lex: _Lexicon, run: tuple[int, int], match: _Found, matched: list[bool]
) -> bool:
    """Whether a capitalised word that no gazetteer names touches ``match`` inside its run."""
    for k in (match.start - 1, match.end):
        if (
            run[0] <= k < run[1]
            and not matched[k]
            and tokens.keys[k] not in lex.not_names
            and tokens.keys[k] not in _PARTICLES
            and not _acronym(tokens.words[k])
        ):
            return True
    return False


def _glued_to_name(tokens: _Tokens, lex: _Lexicon, end: int) -> bool:
    """Whether a capitalised word that is no stop word follows (*Maurice Dupont*)."""
    return (
        end < tokens.n
        and tokens.caps[end]
        and not tokens.punct[end]
        and tokens.same_sentence(end - 1, end)
        and tokens.keys[end] not in lex.not_names
    )


def _accept_match(tokens: _Tokens, lex: _Lexicon, match: _Found) -> bool:
    """Whether a gazetteer window is a mention in this place of the text."""
    if match.key in lex.not_names:
        return False
    if match.key in lex.demonyms and not any(e.kind == "country" for e in match.entries):
        return False  # *russe*, *Suisse* the adjective is the country only with a capital
    if match.key in lex.demonyms and not tokens.words[match.start][:1].isupper():
        return False
    if match.key in lex.ambiguous and (
        tokens.initial[match.start] or _glued_to_name(tokens, lex, match.end)
    ):
        return False
    if (
        match.key in _ACRONYM_STOPS
        and match.end < tokens.n
        and tokens.keys[match.end] in ("de", "d'", "du", "des")
    ):
        return False  # *le PDG de l'entreprise*: a common noun, not a party's acronym
    only_cities = all(e.kind == "city" for e in match.entries)
    if only_cities:
        word = tokens.words[match.start]
        if not word[:1].isupper():
            return False
        before = match.start - 1
        if (
            match.end - match.start == 1
            and match.key in lex.common_words
            and not (before >= 0 and tokens.words[before] in ("à", "À", "vers", "Vers"))
            and (
                tokens.initial[match.start] or max(e.population for e in match.entries) < _BIG_CITY
            )
        ):
            return False  # *Pire, ...*, *La Bourse*: an ordinary word, not a small town
        if before >= 0 and tokens.words[before] in ("le", "la", "les"):
            own = ("le " + match.key, "la " + match.key, "les " + match.key)
            if not any(_cached_key(n) in own for e in match.entries for n in e.names):
                return False  # *le Berdyansk*: a ship or a building named after the town
        if before >= 0 and tokens.words[before].islower() and tokens.keys[before] in lex.roles:
            return False  # *le président Santos*: a person's name
        # A capitalised word glued to a name (*Israel Katz*, *Washington Post*) is not a city.
        nxt = match.end
        if (
            nxt < tokens.n
            and tokens.same_sentence(match.start, nxt)
            and tokens.words[nxt][:1].isupper()
            and not tokens.punct[nxt]
            and not tokens.initial[match.start]
            and tokens.keys[nxt] not in lex.not_names
        ):
            return False
    return True


def _runs(tokens: _Tokens, taken: Sequence[bool], lex: _Lexicon) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with name particles inside) not yet claimed."""
    runs: list[tuple[int, int]] = []
    n = tokens.n
    keys = tokens.keys
    civilities = lex.civilities
    # Capitalised words, and particles after a civility (*M. de Villepin*), in text order.
    after_civility = compress(range(1, n), map(civilities.__contains__, keys))
    candidates = sorted(
        {*tokens.capital_words, *(i for i in after_civility if keys[i] in _PARTICLES)}
    )
    resume = 0
    for i in candidates:
        if i < resume or taken[i]:
            continue
        j = i + 1
        while j < n and not taken[j] and tokens.same_sentence(i, j) and not tokens.line_start[j]:
            if tokens.caps[j] and not tokens.punct[j]:
                j += 1
                continue
            # Particles inside a name: *von der Leyen*, *ben Salmane*, *Jean de La Fontaine*.
            k = j
            while (
                k < n and k - j < 3 and tokens.keys[k] in _PARTICLES and tokens.words[k].islower()
            ):
                k += 1
            if (
                k > j
                and k < n
                and not taken[k]
                and tokens.caps[k]
                and not tokens.punct[k]
                and tokens.same_line(j, k)
                and (tokens.keys[j] != "de" or tokens.words[k] in ("La", "Le"))
            ):
                j = k
                continue
            break
        # Drop leading and trailing words that are no names (*Selon*, *Président*).
        a, b = i, j
        while a < b and (
            tokens.keys[a].endswith("'")
            or (tokens.keys[a] in lex.org_cues and a + 1 < b)
            or tokens.keys[a] in lex.not_names
            or (
                tokens.keys[a] in _PARTICLES
                and not (a > 0 and tokens.keys[a - 1] in lex.civilities)
                and not (tokens.words[a][:1].isupper() and a + 1 < b and not tokens.initial[a])
            )
            or tokens.keys[a] in lex.civilities
        ):
            a += 1
        while b > a and (tokens.keys[b - 1] in lex.not_names or tokens.keys[b - 1] in _PARTICLES):
            b -= 1
        if a < b:
            runs.extend(_split_at_first_name(tokens, lex, a, b))
        resume = j
    return runs


def _split_at_first_name(tokens: _Tokens, lex: _Lexicon, a: int, b: int) -> list[tuple[int, int]]:
    """*les Farc Rodrigo Londono*: a name glued after another one opens at its first name."""
    first_names = lex.first_names
    parts: list[tuple[int, int]] = []
    for k in range(a + 1, b - 1):
        if (
            tokens.keys[k] in first_names
            and tokens.keys[k - 1] not in first_names
            and tokens.keys[k - 1] not in _PARTICLES
            and tokens.caps[k + 1]
            and tokens.keys[k + 1] not in _PARTICLES
        ):
            parts.append((a, k))
            a = k
    parts.append((a, b))
    return parts


_ROLE_REACH = 16
"""Tokens a title may span before its name (*le ministre de la Coopération régionale et de
l'Intégration africaine chargé des diasporas, X*)."""


def _role_before(tokens: _Tokens, lex: _Lexicon, start: int) -> str:
    """The title phrase that ends just before token ``start`` (*le ministre russe de ...*)."""
    i = start - 1
    if i >= 0 and (tokens.keys[i] in _NOT_BEFORE_NAMES or tokens.words[i] in ("à", "À")):
        # *un enseignant de Nabatiyé*, *droits de l'Homme*, *travaillant pour Getty Images*:
        # a complement, not the name of the title.
        return ""
    if i >= 0 and tokens.words[i] == ",":
        i -= 1
    if i >= 2 and tokens.words[i] == ")" and tokens.words[i - 2] == "(":
        i -= 3  # *le président du Conseil national (CNT), Moustapha Abdeljalil*
    low = max(-1, start - _ROLE_REACH)
    while i > low and tokens.same_sentence(i, start):
        key = tokens.keys[i]
        if key in lex.civilities:
            return ""
        for words in lex.role_firsts.get(key, ()):
            if tuple(tokens.keys[i : i + len(words)]) == words:
                # *Premier ministre*: a longer title may open a word or two before this one.
                for j in (i - 1, i - 2):
                    if (
                        j > low
                        and tokens.same_sentence(j, start)
                        and any(
                            tuple(tokens.keys[j : j + len(longer)]) == longer
                            and j + len(longer) > i
                            for longer in lex.role_firsts.get(tokens.keys[j], ())
                        )
                    ):
                        i = j
                        break
                end = start - 1 if tokens.words[start - 1] == "," else start
                phrase = tokens.span_text(i, end) if end > i else ""
                return phrase
        if tokens.punct[i] and tokens.words[i] not in ("'", "-"):
            return ""
        if tokens.stop[i]:
            return ""
        i -= 1
    return ""


_NOT_BEFORE_NAMES = frozenset(
    {
        "de",
        "d'",
        "du",
        "des",
        "le",
        "la",
        "l'",
        "les",
        "au",
        "aux",
        "en",
        "pour",
        "par",
        "avec",
        "sur",
        "dans",
        "chez",
        "contre",
        "vers",
    }
)
"""Words after which a capitalised word is a complement, never the name a title announces."""


def _role_after(tokens: _Tokens, lex: _Lexicon, end: int) -> str:
    """An apposition after a name (*X, porte-parole du Kremlin,*), up to the next comma."""
    if end >= tokens.n or tokens.words[end] != ",":
        return ""
    i = end + 1
    if i < tokens.n and (tokens.keys[i] in _ARTICLES or tokens.keys[i] in ("un", "une")):
        i += 1
    begin = i  # *X, la ministre des Finances*: the title, as before a name, without article
    if i < tokens.n and tokens.keys[i] in ("ancien", "ancienne", "nouveau", "nouvelle", "futur"):
        i += 1
    if i >= tokens.n:
        return ""
    for words in lex.role_firsts.get(tokens.keys[i], ()):
        if tuple(tokens.keys[i : i + len(words)]) == words:
            j = i + len(words)
            while j < tokens.n and tokens.same_sentence(i, j) and not tokens.punct[j]:
                if tokens.stop[j]:
                    break
                j += 1
            return tokens.span_text(begin, j)
    return ""


def _civility_before(tokens: _Tokens, lex: _Lexicon, start: int) -> bool:
    return start > 0 and tokens.keys[start - 1] in lex.civilities


def _place_cue(tokens: _Tokens, lex: _Lexicon, start: int) -> str | None:
    """``settlement`` or ``area`` when *le village de* / *la région de* precedes ``start``."""
    i = start - 1
    if i < 1 or tokens.keys[i] not in ("de", "d'", "du"):
        return None
    if tokens.keys[i - 1] == "et" and i >= 3 and tokens.caps[i - 2]:
        # *les localités de X et d'Y*: Y shares the cue of X.
        first = i - 2
        while first > 0 and tokens.caps[first - 1]:
            first -= 1
        return _place_cue(tokens, lex, first)
    cue = lex.place_cues.get(tokens.keys[i - 1])
    if (
        cue is None
        and i >= 2
        and tokens.words[i - 1].islower()
        and _adjective_ending(tokens.keys[i - 1])
    ):
        cue = lex.place_cues.get(tokens.keys[i - 2])  # *la ville portuaire de X*
    if cue == "feature":
        return "area"  # *l'atoll de X*, *les cols de X*
    return None if cue in ("facility", "plant") else cue


def _facility_start(
    tokens: _Tokens, lex: _Lexicon, start: int, *, known: bool = False
) -> int | None:
    """Where a facility's name opens before token ``start`` (*l'aéroport de X*, *stade X*).

    Airports, power plants, stadiums and palaces are named by the whole phrase; before a
    ``known`` place, only plants are (*l'aéroport de Donetsk* is Donetsk's, but *la centrale
    nucléaire de Zaporijjia* is no town).
    """
    kinds = ("plant",) if known else ("plant", "facility")
    i = start - 1
    if i >= 1 and tokens.keys[i] in ("de", "d'", "du", "des"):
        i -= 1
    elif known:
        kinds = ("plant", "facility")  # *l'aéroport Sergueï-Prokofiev*
    if i >= 1 and lex.place_cues.get(tokens.keys[i]) not in kinds and tokens.words[i].islower():
        i -= 1  # *la centrale nucléaire de X*
    if i >= 0 and lex.place_cues.get(tokens.keys[i]) in kinds and tokens.words[i].islower():
        return i
    return None


def _feature_before(tokens: _Tokens, lex: _Lexicon, start: int) -> bool:
    """*la rivière X*, *l'atoll X*, *l'hôtel X*: a noun right before a place's own name."""
    i = start - 1
    if i >= 1 and tokens.words[i] in ("la", "le", "les"):
        i -= 1  # *le bar la Terrasse*
    return (
        i >= 0
        and tokens.words[i].islower()
        and lex.place_cues.get(tokens.keys[i]) in ("feature", "settlement", "area")
    )


def _org_extent(tokens: _Tokens, lex: _Lexicon, start: int, end: int) -> int:
    """How far an organisation's name that opens with a head noun runs (*Cour pénale ...*)."""
    j = end
    n = tokens.n
    # One lower-case word right after the head is its adjective (*Banque mondiale*).
    if j < n and tokens.same_sentence(start, j) and _adjective(tokens, lex, j, first=True):
        j += 1
    after_noun = False
    while j < n and tokens.same_sentence(start, j):
        key = tokens.keys[j]
        if _adjective(tokens, lex, j, first=after_noun) or _roman(tokens, j):
            j += 1
            after_noun = False
            continue
        after_noun = False
        chain = _adjective_chain(tokens, lex, j)
        if chain > j:
            j = chain  # *Forces armées révolutionnaires de Colombie*
            continue
        if key in _PREPOSITIONS or key == "et" or tokens.words[j] == "à":
            if key == "et" and _parallel(tokens, lex, j):
                j += 1
                continue
            if key == "et" and not _bracket_ahead(tokens, j, 6):
                break
            if tokens.words[j] == "à" and j + 1 < n and tokens.caps[j + 1]:
                break  # *le Parlement à Belgrade*: a place, not the name
            if j + 1 < n and (key, tokens.keys[j + 1]) in _NOT_IN_NAMES:
                break  # *le Conseil militaire au pouvoir*: a state, not the name
            k = j + 1
            if k < n and tokens.keys[k] in _ARTICLES:
                k += 1
            if k < n and tokens.same_sentence(start, k) and not tokens.punct[k]:
                if tokens.stop[k]:
                    break
                if tokens.words[k][:1].isdigit() and not _bracket_ahead(tokens, k, 4):
                    break
                j = k + 1
                # *de la Cour pénale*, *du théâtre oriental*: the noun's own adjective.
                after_noun = tokens.caps[k] or (
                    j < n and tokens.words[j].islower() and tokens.keys[j].endswith(_STRICT_ENDINGS)
                )
                continue
        break
    # The name runs on to an acronym in brackets a few words further
    # (*Comité national de veille citoyenne (CNVC)*).
    k = j
    while k < n and k - j < 5 and tokens.words[k].isalpha() and tokens.words[k].islower():
        if tokens.stop[k]:
            return j
        k += 1
    alias = _bracketed_alias(tokens, k) if k > j else None
    if alias is not None and (k - j <= 3 or _initials_match(tokens, start, k, alias)):
        # Four or five words only where the acronym spells them (*Front de libération
        # nationale kanak et socialiste (FLNKS)*).
        return k
    return j


def _longer_by_acronym(tokens: _Tokens, match: _Found) -> _Found | None:
    """A known name that an acronym in brackets shows to be the start of another one.

    *le Front de libération nationale kanak et socialiste (FLNKS)*: the acronym spells the
    longer name, not the known one (*FLN*), so the longer name is the organisation. Only
    lower-case words may follow the known name, five at most.
    """
    if match.type == EntityType.PER:
        return None
    end = _defined_by_acronym(tokens, match.start, match.end)
    if end is None or end <= match.end or end - match.end > 5:
        return None
    if not all(w.isalpha() and w.islower() for w in tokens.words[match.end : end]):
        return None  # *au Soudan et en République sud-soudanaise (RSS)*: a second name
    alias = _bracketed_alias(tokens, end)
    if alias is None or _initials_match(tokens, match.start, match.end, alias):
        return None
    text = tokens.span_text(match.start, end)
    return _Found(match.start, end, EntityType.ORG, key=name_key(text), name=text)


def _initials_match(tokens: _Tokens, a: int, b: int, alias: int) -> bool:
    """Whether the acronym at ``alias`` is made of initials of the words ``[a, b)``."""
    acronym = tokens.words[alias]
    initials = {w[:1].casefold() for w in tokens.words[a:b] if w[:1].isalpha()}
    letters = {c.casefold() for c in acronym if c.isalpha()}
    return _acronym(acronym) and letters <= initials and tokens.words[a][:1].casefold() in letters


_NOT_IN_NAMES = frozenset(
    {("au", "pouvoir"), ("en", "exil"), ("en", "place"), ("sur", "place"), ("a", "l'")}
)
"""A preposition and a word after an institution's name that tell its state, not its name."""


def _roman(tokens: _Tokens, j: int) -> bool:
    """*Chambre préliminaire II*: a Roman numeral inside a name."""
    return tokens.words[j].isupper() and tokens.keys[j] in _ROMAN | {"i"}


def _adjective_chain(tokens: _Tokens, lex: _Lexicon, j: int) -> int:
    """Lower-case adjectives that a complement or an acronym follows, where they end, else j."""
    k = j
    while k < tokens.n and k - j < 3 and tokens.words[k].islower() and tokens.words[k].isalpha():
        if not _adjective(tokens, lex, k, first=True):
            break
        k += 1
    if k == j or k + 2 >= tokens.n:
        return j
    if tokens.words[k] == "(" or (
        tokens.keys[k] in ("de", "d'", "du", "des")
        and (tokens.caps[k + 1] or (tokens.keys[k + 1] in _ARTICLES and tokens.caps[k + 2]))
    ):
        return k
    return j


def _parallel(tokens: _Tokens, lex: _Lexicon, j: int) -> bool:
    """*Conseil de paix et de sécurité*: *et* joins a second complement of the name."""
    if j + 2 >= tokens.n or tokens.keys[j + 1] not in ("de", "d'", "du", "des"):
        return False
    k = j + 2
    if tokens.keys[k] in _ARTICLES and k + 1 < tokens.n:
        k += 1
    word = tokens.words[k]
    return (
        word.isalpha()
        and not tokens.stop[k]
        and tokens.keys[k] not in lex.org_heads
        and not (word[:1].isupper() and tokens.keys[j - 1] not in lex.org_words)
    ) or (word[:1].isupper() and tokens.keys[k] in ("affaires",))


def _adjective(tokens: _Tokens, lex: _Lexicon, j: int, *, first: bool) -> bool:
    word = tokens.words[j]
    key = tokens.keys[j]
    if tokens.punct[j] or tokens.stop[j] or key in _PREPOSITIONS or key in _ARTICLES:
        return False
    if j + 1 < tokens.n and tokens.keys[j + 1] == "par":
        return False  # *l'Armée commandée par X*: a participle
    if key in lex.org_words or key in lex.demonyms or key[:-1] in lex.org_words:
        return True
    return first and word[:1].islower() and word.isalpha() and _adjective_ending(key)


_ADJECTIVE_ENDINGS = (
    "al",
    "ale",
    "aux",
    "el",
    "elle",
    "ique",
    "aire",
    "ien",
    "ienne",
    "ais",
    "aise",
    "e",
    "ee",
    "if",
    "ive",
    "eur",
    "rice",
    "ain",
    "aine",
    "ois",
    "oise",
    "ier",
    "iere",
    "ant",
    "ante",
)
_VERB_ENDINGS = ("ent", "ont", "ait", "aient", "er", "ir")
_STRICT_ENDINGS = (
    "al",
    "ale",
    "aux",
    "ien",
    "ienne",
    "iens",
    "iennes",
    "ique",
    "iques",
    "ais",
    "aire",
    "aires",
)
"""Adjective endings no French verb form of the present has (*oriental*, *africaine*)."""


def _adjective_ending(key: str) -> bool:
    """A rough test that a word after an institution's head is its adjective, not a verb."""
    if key.endswith(_VERB_ENDINGS) and not key.endswith("ier"):
        return False
    word = key[:-1] if key.endswith("s") and not key.endswith("ais") else key
    return len(word) > 3 and word.endswith(_ADJECTIVE_ENDINGS)


def _bracket_ahead(tokens: _Tokens, j: int, distance: int) -> bool:
    return any(tokens.words[k] == "(" for k in range(j, min(tokens.n, j + distance)))


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    uppers = sum(c.isupper() for c in letters)
    return 2 <= len(word) <= 7 and uppers >= 2 and uppers * 2 > len(letters) and word.isalnum()


def _nickname(tokens: _Tokens, end: int) -> tuple[int, int] | None:
    """The token range of *« Hemedti »* in *X, dit « Hemedti »*."""
    i = end
    if i < tokens.n and tokens.words[i] == ",":
        i += 1
    if i + 2 >= tokens.n or tokens.keys[i] not in _NICKNAME_CUES or tokens.words[i + 1] != "«":
        return None
    a = b = i + 2
    while b < tokens.n and b - a < 4 and tokens.caps[b] and not tokens.punct[b]:
        b += 1
    if b > a and b < tokens.n and tokens.words[b] == "»":
        return (a, b)
    return None


_NICKNAME_CUES = frozenset({"dit", "dite", "surnomme", "surnommee", "alias"})


def _bracketed_alias(tokens: _Tokens, end: int) -> int | None:
    """The token index of *(AIEA)* right after a name ending at ``end``."""
    if end + 2 < tokens.n and tokens.words[end] == "(" and tokens.words[end + 2] == ")":
        word = tokens.words[end + 1]
        if word[:1].isupper() and (_acronym(word) or word.isalpha()):
            return end + 1
    return None


def _generic_orgs(tokens: _Tokens, lex: _Lexicon, taken: list[bool]) -> list[_Found]:
    """*armée israélienne*, *ministère russe de la Défense*, *département d'Etat*."""
    found: list[_Found] = []
    generics = lex.generics
    claimed = 0
    for i in [i for i, key in enumerate(tokens.keys) if key in generics]:
        options = generics[tokens.keys[i]]
        if taken[i] or i < claimed:
            continue  # *renseignement* inside *services de renseignement lituaniens*
        for words, needs in options:
            if tuple(tokens.keys[i : i + len(words)]) != words:
                continue
            j = i + len(words)
            demonym = _demonym_at(tokens, lex, j)
            if demonym:
                j += 1
            complement = False
            end = _institution_complements(tokens, lex, i, j)
            if end is not None:
                complement = True
                j = end
                if not demonym and _demonym_at(tokens, lex, j):
                    demonym = True
                    j += 1
            ok = {
                "demonym": demonym,
                "complement": complement,
                "either": demonym or complement,
                "both": demonym and complement,
                "none": True,
            }[needs]
            in_role = (
                i >= 2
                and tokens.keys[i - 1] in ("de", "d'", "du")
                and tokens.keys[i - 2] in lex.roles
            )
            if ok and not taken[i] and not in_role:
                text = tokens.span_text(i, j)
                found.append(_Found(i, j, EntityType.ORG, key=name_key(text), name=text))
                claimed = j
            break
    return found


def _demonym_at(tokens: _Tokens, lex: _Lexicon, j: int) -> bool:
    return j < tokens.n and tokens.keys[j] in lex.demonyms and tokens.words[j].islower()


def _institution_complement(tokens: _Tokens, lex: _Lexicon, i: int, j: int) -> int | None:
    """Where *de la Défense*, *des forces armées*, *du Kurdistan* after token ``j`` ends."""
    if j + 1 >= tokens.n or tokens.keys[j] not in ("de", "des", "du", "d'"):
        return None
    k = j + 1
    if k < tokens.n and tokens.keys[k] in _ARTICLES:
        k += 1
    if k >= tokens.n or not tokens.same_sentence(i, k):
        return None
    if tokens.caps[k] and not tokens.punct[k]:
        k += 1
        # *des Affaires étrangères*: the adjective of the capitalised noun.
        if k < tokens.n and tokens.keys[k] in ("etrangeres", "interieures"):
            k += 1
        return k
    for size in (2, 1):
        if " ".join(tokens.keys[k : k + size]) in lex.org_complements:
            return k + size
    return None


def _institution_complements(tokens: _Tokens, lex: _Lexicon, i: int, j: int) -> int | None:
    """Complements joined by *et* (*de l'Europe et des Affaires étrangères*)."""
    end = _institution_complement(tokens, lex, i, j)
    while end is not None and end + 1 < tokens.n and tokens.keys[end] == "et":
        more = _institution_complement(tokens, lex, i, end + 1)
        if more is None:
            break
        end = more
    return end


def _choose_entry(
    entries: Sequence[GazetteerEntry],
    key: str,
    sentence_countries: set[str],
    doc_countries: set[str],
) -> GazetteerEntry:
    """The homonym the context favours: curated names, then the countries named, then size."""
    if entries[0].type != EntityType.LOC:
        same = [e for e in entries if e.type == entries[0].type]
        for countries in (sentence_countries, doc_countries):
            # *la CEI* in a story on Côte d'Ivoire is its electoral commission.
            local = [e for e in same if e.country and e.country in countries]
            if local:
                return local[0]
        return next((e for e in same if not e.country), entries[0])
    places = [e for e in entries if e.type == EntityType.LOC]
    curated = [e for e in places if e.kind != "city"]
    if curated and not (sentence_countries - {c.country for c in curated if c.country}):
        # A country or a region of the gazetteer beats a city of the same name, unless the
        # sentence places the name in another country (*Géorgie* near *Atlanta*).
        return curated[0]

    def score(entry: GazetteerEntry) -> float:
        value = population_score(entry) if entry.kind == "city" else 6.5
        if entry.kind == "city" and name_key(entry.name) == key:
            value += 0.8  # its own name rather than a former or foreign one (*Pokrovsk*)
        if entry.country in sentence_countries:
            value += 2.0
        elif entry.country in doc_countries:
            value += 0.7
        return value

    return max(places, key=score)


@attrs.frozen
class EntityExtractor:
    """People (``PER``), organisations (``ORG``) and places (``LOC``), linked to stable ids.

    ``entries`` adds the user's own gazetteer entries (see :func:`geotext.read_gazetteer`);
    they win over the package's entries for the names they share.
    """

    name: str = "entities"
    requires: tuple[str, ...] = ()
    entries: tuple[GazetteerEntry, ...] = attrs.field(default=(), converter=tuple)

    def gazetteer(self) -> Gazetteer:
        """The compiled gazetteer this extractor matches against."""
        return _with_entries(default_gazetteer(), self.entries)

    def __call__(self, doc: Document) -> tuple[Entity, ...]:
        """The entities of ``doc``, in order of first mention."""
        if not doc.token_table:
            return ()
        lex = _lexicon()
        gazetteer = self.gazetteer()
        tokens = _Tokens(doc)
        candidates = _candidates(doc, tokens)
        found = _find(tokens, lex, gazetteer, candidates)
        return _resolve(doc, tokens, lex, found)


@cache
def _with_entries_cached(base: Gazetteer, entries: tuple[GazetteerEntry, ...]) -> Gazetteer:
    user = [attrs.evolve(e, kind=e.kind or "user") for e in entries]
    return base.with_entries(user)


def _with_entries(base: Gazetteer, entries: tuple[GazetteerEntry, ...]) -> Gazetteer:
    return _with_entries_cached(base, entries) if entries else base


_PARSER_TYPES = {
    "PER": EntityType.PER,
    "PERSON": EntityType.PER,
    "ORG": EntityType.ORG,
    "LOC": EntityType.LOC,
    "GPE": EntityType.LOC,
}


def _candidates(doc: Document, tokens: _Tokens) -> dict[int, tuple[int, EntityType]]:
    """A syntactic parser's entity spans (``doc.syntax.entities``), by first token.

    They only type a capitalised run that neither the gazetteers nor the context rules type.
    """
    syntax = doc.syntax
    if syntax is None or not syntax.entities:
        return {}
    found: dict[int, tuple[int, EntityType]] = {}
    for start, end, label in syntax.entities:
        kind = _PARSER_TYPES.get(label.upper())
        if kind is None:
            continue
        first = bisect_left(tokens.ends, start + 1)
        last = bisect_right(tokens.starts, end - 1)
        if first < last:
            found[first] = (last, kind)
    return found


def _find(
    tokens: _Tokens,
    lex: _Lexicon,
    gazetteer: Gazetteer,
    candidates: dict[int, tuple[int, EntityType]] | None = None,
) -> list[_Found]:
    taken = [False] * tokens.n
    owner: list[_Found | None] = [None] * tokens.n
    """The mention claimed at each token."""
    found: list[_Found] = []
    dead: set[int] = set()
    """Mentions a longer one took over; dropped from ``found`` by :func:`compact`."""

    def claim(item: _Found) -> None:
        for k in range(item.start, item.end):
            # A name inside a longer one (*Iran* in *Organisation de l'énergie atomique
            # d'Iran*) is not listed on its own.
            inner = owner[k]
            if inner is not None and item.start <= inner.start and inner.end <= item.end:
                dead.add(id(inner))
            owner[k] = item
            taken[k] = True
        found.append(item)

    def compact() -> None:
        if dead:
            found[:] = [f for f in found if id(f) not in dead]
            dead.clear()

    # Pass 1: gazetteer windows, and datelines (*MOSCOU, 3 mars (AFP) -*).
    matches = _gazetteer_matches(tokens, gazetteer)
    runs_all = _runs(tokens, [False] * tokens.n, lex)
    run_of: dict[int, tuple[int, int]] = {}
    for a, b in runs_all:
        for k in range(a, b):
            run_of[k] = (a, b)
    matched = [False] * tokens.n
    for match in matches:
        matched[match.start : match.end] = [True] * (match.end - match.start)
    for match in matches:
        if not _accept_match(tokens, lex, match):
            continue
        if _after_misc_cue(tokens, lex, match.start) and match.type != EntityType.ORG:
            continue
        match = _trimmed(tokens, lex, gazetteer, match)
        if (
            match.type == EntityType.ORG
            and match.end < tokens.n
            and match.entries[0].kind == "service"
            and lex.demonyms.get(tokens.keys[match.end]) == match.entries[0].country
            and tokens.words[match.end].islower()
        ):
            # *le département d'Etat américain*: the adjective says whose; it is in the name.
            match.end += 1
        run = run_of.get(match.start) or run_of.get(match.end - 1)
        only_cities = all(e.kind == "city" for e in match.entries)
        # A city's name inside a longer capitalised run (*Marco Rubio*, *One Forest Summit*)
        # is part of another name; so is any place after a first name (*Israel Katz*).
        if (
            run is not None
            and (run[1] - run[0]) > (match.end - match.start)
            and _surname_only(match)
            and _misspelt_first_name(tokens, run, match)
        ):
            # *Volodymr Zelensky*: the person of the gazetteer, first name misspelt.
            match.start = run[0]
        elif (
            run is not None
            and (run[1] - run[0]) > (match.end - match.start)
            and (
                only_cities
                or _surname_only(match)
                or (
                    tokens.keys[run[0]] in lex.first_names
                    and match.entries[0].type != EntityType.PER
                )
            )
        ):
            # A surname the gazetteer knows, with another first name (*Youssouf Bakayoko*
            # is not *Mahmoud Ali Youssouf*), is someone else.
            continue
        elif (
            run is not None
            and any(e.kind == "country" for e in match.entries)
            and _glued_to_unknown(tokens, lex, run, match, matched)
        ):
            continue  # *Mirabaud France*, *France Bleu*: a company's or a station's name
        elif (
            run is not None
            and match.type == EntityType.LOC
            and run[1] - run[0] > match.end - match.start
            and _org_cue_before(tokens, lex, run[0])
        ):
            continue  # *la radio Sahel Info*: a station named after a place
        if only_cities and (
            _in_a_title_of_text(tokens, match.start)
            or _bracketed_acronym(tokens, match)
            or match.key in lex.org_heads
            or (match.key in lex.first_names and _role_after(tokens, lex, match.end))
            or _civility_before(tokens, lex, match.start)
            or _org_cue_before(tokens, lex, match.start)
        ):
            continue
        if tokens.heading_caps[match.start] and match.key in lex.not_names:
            continue
        cue = _place_cue(tokens, lex, match.start)
        if cue == "area" and match.type == EntityType.LOC:
            match.area = True
        longer = _longer_by_acronym(tokens, match)
        if longer is not None:
            match = longer
        facility = _facility_start(tokens, lex, match.start, known=True)
        if facility is not None and match.type == EntityType.LOC:
            # *la centrale nucléaire de Zaporijjia* is the plant, not the town.
            text = tokens.span_text(facility, match.end)
            match = _Found(facility, match.end, EntityType.LOC, key=name_key(text), area=True)
        claim(match)
        if longer is not None:
            alias = _bracketed_alias(tokens, longer.end)
            if alias is not None and not taken[alias]:
                spelt = tokens.keys[alias]
                claim(_Found(alias, alias + 1, longer.type, key=spelt, alias_of=longer))

    # Pass 3 before 2: lower-case institutions claim their words (*ministère de la Défense*).
    for item in _generic_orgs(tokens, lex, taken):
        claim(item)
    compact()

    # Pass 2: capitalised runs no gazetteer names.
    for a, b in _runs(tokens, taken, lex):
        if tokens.heading_caps[a] or any(taken[a:b]):
            continue
        typed = _type_run(tokens, lex, a, b, found)
        if (typed is None or typed.weak) and candidates and a in candidates:
            # The parser's named entity, where the text's own cues say nothing.
            last, kind = candidates[a]
            if last == b and (b - a >= 2 or not tokens.initial[a]):
                typed = _Found(a, b, kind, key=" ".join(tokens.keys[a:b]))
        if typed is not None:
            claim(typed)
            alias = _bracketed_alias(tokens, typed.end)
            if alias is not None and not taken[alias] and typed.type == EntityType.ORG:
                claim(_Found(alias, alias + 1, typed.type, key=tokens.keys[alias], alias_of=typed))
    compact()
    # A nickname after a person's name (*Jimmy Chérizier, dit « Barbecue »*) is theirs.
    for item in list(found):
        if item.type != EntityType.PER or item.alias_of is not None:
            continue
        nickname = _nickname(tokens, item.end)
        if nickname is None:
            continue
        a, b = nickname
        # An unknown one-word name there was only a guess (a surname); the nickname wins.
        guesses = [
            f for f in owner[a:b] if f is not None and f.weak and a <= f.start and f.end <= b
        ]
        for guess in guesses:
            dead.add(id(guess))
            owner[guess.start : guess.end] = [None] * (guess.end - guess.start)
        if all(f is None or id(f) in dead for f in owner[a:b]):
            claim(_Found(a, b, EntityType.PER, key=" ".join(tokens.keys[a:b]), alias_of=item))
    compact()
    # A bracketed acronym after a gazetteer or institutional name is its alias.
    for item in list(found):
        if item.alias_of is not None:
            continue
        alias = _bracketed_alias(tokens, item.end)
        if alias is not None and not taken[alias] and item.type == EntityType.ORG:
            claim(_Found(alias, alias + 1, item.type, key=tokens.keys[alias], alias_of=item))
    compact()
    for item in found:
        if item.type != EntityType.PER or item.alias_of is not None:
            continue
        if not item.role:
            item.role = _role_before(tokens, lex, item.start)
        after = _role_after(tokens, lex, item.end)
        if after != item.role:
            item.apposed = after  # *le colonel X, porte-parole de la junte,*: both titles
    found.sort(key=lambda f: f.start)
    return found


def _type_run(tokens: _Tokens, lex: _Lexicon, a: int, b: int, found: list[_Found]) -> _Found | None:
    """The type of a capitalised run that no gazetteer names, from its context."""
    words = tokens.keys[a:b]
    key = " ".join(words)
    size = b - a
    initial = tokens.initial[a]
    # Demonyms as nouns (*les Européens*) and months are no entities.
    if key in lex.demonyms or key.rstrip("s") in lex.demonyms or key in lex.not_names:
        return None
    if _after_misc_cue(tokens, lex, a):
        return None
    if _role_phrase(tokens, lex, a):
        return None  # *Haut commissaire de l'ONU*: a title, not an institution
    if _group_known_as(tokens, a):
        return _Found(a, b, EntityType.ORG, key=key)  # *connus sous le nom d'Al-Hijra*
    # An organisation's head noun opens its name.
    if words[0] in lex.org_heads and not _acronym(tokens.words[a]):
        end = _org_extent(tokens, lex, a, b)
        if (
            size == 1
            and end > b
            and tokens.keys[b] in ("sur", "pour", "contre", "a", "aux", "au")
            and _bracketed_alias(tokens, end) is None
            and _known_head(tokens, words[0], found)
        ):
            end = b  # *l'Union pour les affaires étrangères* after *Union européenne*
        if end == b and size == 1:
            # A bare institution word: it needs an antecedent (*Alliance* for OTAN).
            return _Found(a, b, EntityType.ORG, key=key, weak=True)
        if (
            initial
            and size == 1
            and end == b + 1
            and tokens.keys[b] not in lex.org_words
            and _bracketed_alias(tokens, end) is None
        ):
            return None  # *« Mission accomplie »*: a head noun and a plain adjective
        text = tokens.span_text(a, end)
        return _Found(a, end, EntityType.ORG, key=name_key(text), name=text)
    if size == 1 and _acronym(tokens.words[a]):
        if key in _ACRONYM_STOPS or key in _ROMAN or any(c.isdigit() for c in key):
            return None  # *PIB*, *XIV*, *COP28*: unknown acronyms with digits are events
        if b < tokens.n and tokens.kinds[b] == _KIND_CODE[TokenKind.NUMBER]:
            return None  # *CAC 40*, *SU 35*: an index or a model
        if key in lex.common_words:
            return None  # *DIRECT*, *ANALYSE*: a kicker, not a name
        if tokens.words[a].isupper() and len(tokens.words[a]) > 5 and tokens.initial[a]:
            return _Found(a, b, EntityType.LOC, key=key)  # a dateline: *BÜRGENSTOCK (Suisse)*
        return _Found(a, b, EntityType.ORG, key=key)
    if (
        tokens.initial[a]
        and tokens.words[a].isupper()
        and b < tokens.n
        and tokens.words[b] in ",("
        and key not in lex.common_words
    ):
        return _Found(a, b, EntityType.LOC, key=key)  # a dateline
    if _org_cue_before(tokens, lex, a):
        return _Found(a, b, EntityType.ORG, key=key)  # *l'ONG Relief International*
    defined = _defined_by_acronym(tokens, a, b)
    if defined is not None:  # *l'Appareil de soutien à la stabilité (SSA)*
        text = tokens.span_text(a, defined)
        return _Found(a, defined, EntityType.ORG, key=name_key(text), name=text)
    if words[0] in lex.first_names and (size == 1 or (size == 2 and _roman(tokens, a + 1))):
        noble = _of_place(tokens, b)
        if noble is not None:  # *Louise de Savoie*, *Charles III de Savoie*
            text = tokens.span_text(a, noble)
            role = _role_before(tokens, lex, a)
            return _Found(a, noble, EntityType.PER, key=name_key(text), role=role)
    role = _role_before(tokens, lex, a)
    civility = _civility_before(tokens, lex, a)
    if civility or role:
        return _Found(a, b, EntityType.PER, key=key, role=role)
    facility = _facility_start(tokens, lex, a)
    if facility is not None:
        text = tokens.span_text(facility, b)
        return _Found(facility, b, EntityType.LOC, key=name_key(text), area=True)
    cue = _place_cue(tokens, lex, a)
    if cue is not None or _feature_before(tokens, lex, a):
        return _Found(a, b, EntityType.LOC, key=key, area=cue != "settlement")
    after = _role_after(tokens, lex, b)
    if after or (words[0] in lex.first_names and words[0] not in _PARTICLES and size >= 2):
        return _Found(a, b, EntityType.PER, key=key, role=after)
    if _age_after(tokens, b):
        return _Found(a, b, EntityType.PER, key=key)  # *X, 23 ans,*: only people have ages
    if (
        size == 1
        and a >= 2
        and tokens.keys[a - 1] in ("de", "d'")
        and tokens.keys[a - 2] in _LOCAL_ROLES
    ):
        return _Found(a, b, EntityType.LOC, key=key)  # *un enseignant de Nabatiyé*
    if (
        _place_preposition(tokens, a)
        or _place_apposition(tokens, lex, b)
        or _after_a_place(tokens, a, found)
    ):
        return _Found(a, b, EntityType.LOC, key=key)
    if size == 1:
        # A surname, if the text names the person in full somewhere.
        return _Found(a, b, EntityType.PER, key=key, weak=True)
    return None


_GROUP_WORDS = frozenset({"groupe", "mouvement", "milice", "rebelles", "insurges", "jihadistes"})


def _group_known_as(tokens: _Tokens, a: int) -> bool:
    """*Connus sur la côte sous le nom d'Al-Hijra*: the name that a group goes by.

    A plural participle (*connus*, *désignés*) or a group noun stands before *sous le nom
    de*; a single person's nickname (*connu sous le nom de*) is left to the other cues.
    """
    if a < 5 or tuple(tokens.keys[a - 4 : a - 1]) != ("sous", "le", "nom"):
        return False
    if tokens.keys[a - 1] not in ("de", "d'"):
        return False
    for k in range(a - 5, max(-1, a - 11), -1):
        key = tokens.keys[k]
        if key in _GROUP_WORDS or key.endswith(("es", "us", "is")):
            return True
        if tokens.punct[k]:
            break
    return False


def _org_cue_before(tokens: _Tokens, lex: _Lexicon, a: int) -> bool:
    """*l'ONG X*, *le groupe finlandais de télécoms X*, *la revue américaine X*.

    A noun that announces an organisation, then at most five lower-case words (adjectives,
    *de* and its noun) right before the name; never *de X* (*le parti d'Ilan Shor* names
    a person).
    """
    if a == 0 or tokens.keys[a - 1] in ("de", "d'", "du", "des"):
        return False
    i = a - 1
    low = max(0, a - 7)
    while i >= low and tokens.same_sentence(i, a):
        word, key = tokens.words[i], tokens.keys[i]
        if key in lex.org_cues and (word.islower() or key == "ong"):
            return True
        if tokens.punct[i] or not word.islower() or tokens.stop[i] or key in _NOT_IN_CUES:
            return False
        i -= 1
    return False


_NOT_IN_CUES = frozenset({"a", "au", "aux", "en", "pour", "par", "avec", "sur", "dans", "et"})


def _defined_by_acronym(tokens: _Tokens, a: int, b: int) -> int | None:
    """Where a name that an acronym in brackets defines ends (*Appareil de ... (SSA)*).

    The acronym's letters must be initials of the name's words.
    """
    k = b
    while k < tokens.n and k - b < 8 and tokens.same_sentence(a, k) and tokens.words[k] != "(":
        if tokens.punct[k] or tokens.stop[k] or tokens.kinds[k] == _KIND_CODE[TokenKind.NUMBER]:
            return None
        k += 1
    alias = _bracketed_alias(tokens, k)
    if alias is None or (k == b and b - a < 2):
        return None
    return k if _initials_match(tokens, a, k, alias) else None


def _after_a_place(tokens: _Tokens, a: int, found: Sequence[_Found]) -> bool:
    """*vers Kasserine, Ben Guerdane puis Ras Jedir*: a name listed after a place."""
    if a < 2 or tokens.words[a - 1] not in (",", "et", "puis", "ou"):
        return False
    joint = a - 2 if tokens.words[a - 2] == "," and tokens.words[a - 1] != "," else a - 1
    last = found[-1] if found else None
    return (
        last is not None
        and last.type == EntityType.LOC
        and last.end == joint
        and tokens.same_sentence(last.start, a)
    )


def _of_place(tokens: _Tokens, b: int) -> int | None:
    """Where *de Savoie* after a first name ends: one capitalised word, then no other."""
    if b + 1 >= tokens.n or tokens.keys[b] not in ("de", "d'") or not tokens.same_line(b, b + 1):
        return None
    k = b + 1
    if not tokens.caps[k] or tokens.punct[k] or tokens.initial[k]:
        return None
    if k + 1 < tokens.n and tokens.caps[k + 1] and not tokens.punct[k + 1]:
        return None
    return k + 1


def _role_phrase(tokens: _Tokens, lex: _Lexicon, a: int) -> bool:
    """Whether a title opens at token ``a`` (*Haut commissaire*, *Premier ministre*)."""
    for words in lex.role_firsts.get(tokens.keys[a], ()):
        if len(words) > 1 and tuple(tokens.keys[a : a + len(words)]) == words:
            return True
    return False


def _age_after(tokens: _Tokens, end: int) -> bool:
    """*X, 23 ans,* or *X (23 ans)*: an age right after a name."""
    i = end
    if i + 3 >= tokens.n or tokens.words[i] not in (",", "("):
        return False
    number, unit, close = tokens.words[i + 1], tokens.keys[i + 2], tokens.words[i + 3]
    return number.isdigit() and len(number) <= 3 and unit == "ans" and close in (",", ")", ".")


def _place_apposition(tokens: _Tokens, lex: _Lexicon, end: int) -> bool:
    """*X, une ville minière du Donbass*; *X et d'Y, deux villages du sud*."""
    i = end
    if i + 1 < tokens.n and tokens.keys[i] == "et" and tokens.keys[i + 1] in ("de", "d'"):
        i += 2
        while i < tokens.n and tokens.caps[i] and not tokens.punct[i]:
            i += 1
    if i >= tokens.n or tokens.words[i] != ",":
        return False
    i += 1
    if i < tokens.n and tokens.keys[i] in _ARTICLES | _NUMBER_WORDS:
        i += 1
    return i < tokens.n and tokens.keys[i] in lex.place_cues


_LOCAL_ROLES = frozenset(
    {
        "habitant",
        "habitante",
        "habitants",
        "habitantes",
        "enseignant",
        "enseignante",
        "maire",
        "gouverneur",
        "prefet",
        "commercant",
        "commercante",
        "pecheur",
        "agriculteur",
        "etudiant",
        "etudiante",
        "medecin",
        "originaire",
        "natif",
        "native",
    }
)
_NUMBER_WORDS = frozenset({"un", "une", "deux", "trois", "quatre", "cinq", "plusieurs"})


def _place_preposition(tokens: _Tokens, a: int) -> bool:
    """*à X*, *vers X*, *en X*, *près de X*: a place name follows."""
    if a == 0:
        return False
    before = tokens.words[a - 1]
    if before in ("à", "vers", "en", "À", "A", "En", "Vers"):
        return True
    return before in ("de", "d'") and a >= 2 and tokens.keys[a - 2] in _NEAR


_NEAR = frozenset(
    {
        "pres",
        "proximite",
        "loin",
        "large",
        "environs",
        "autour",
        "sud",
        "nord",
        "est",
        "ouest",
        "nord est",
        "nord ouest",
        "sud est",
        "sud ouest",
        "periphérie",
        "peripherie",
    }
)


def _known_head(tokens: _Tokens, head: str, found: Sequence[_Found]) -> bool:
    """Whether an organisation of the text so far has a name that opens with ``head``."""
    for item in found:
        if item.type != EntityType.ORG:
            continue
        names = [n for e in item.entries for n in e.names]
        if not names:
            names = [tokens.span_text(item.start, item.end)]
        if any(name_key(n).split(" ", 1)[0] == head for n in names):
            return True
    return False


def _countries_of(found: Iterable[_Found], tokens: _Tokens, lex: _Lexicon) -> dict[int, set[str]]:
    """The countries each sentence names (countries, regions, demonyms), by sentence."""
    by_sentence: dict[int, set[str]] = {}
    for item in found:
        if item.type != EntityType.LOC or not item.entries:
            continue
        codes = {e.country for e in item.entries if e.kind != "city" and e.country}
        if len(codes) == 1:
            by_sentence.setdefault(tokens.sentence_of[item.start], set()).update(codes)
    demonyms = lex.demonyms
    for i in [i for i, key in enumerate(tokens.keys) if key in demonyms]:
        if not tokens.caps[i]:
            by_sentence.setdefault(tokens.sentence_of[i], set()).add(demonyms[tokens.keys[i]])
    return by_sentence


def _resolve(
    doc: Document, tokens: _Tokens, lex: _Lexicon, found: list[_Found]
) -> tuple[Entity, ...]:
    """Group mentions into entities, choose among homonyms, and build the objects."""
    by_sentence = _countries_of(found, tokens, lex)
    doc_countries: set[str] = set().union(*by_sentence.values()) if by_sentence else set()

    groups: dict[str, list[_Found]] = {}
    chosen: dict[str, GazetteerEntry | None] = {}
    types: dict[str, EntityType] = {}
    surnames: dict[str, str] = {}
    heads: dict[str, str] = {}
    group_of: dict[int, str] = {}

    def add(item: _Found, group: str, entry: GazetteerEntry | None) -> None:
        if group not in groups:
            groups[group] = []
            chosen[group] = entry
            types[group] = entry.type if entry is not None else item.type
        groups[group].append(item)
        group_of[id(item)] = group

    # Full mentions first, so that short ones can point back to them wherever they stand.
    for item in found:
        if item.weak:
            continue
        if item.alias_of is not None:
            target = group_of.get(id(item.alias_of))
            if target is not None:
                add(item, target, None)
                heads[item.key] = target
                continue
        entry: GazetteerEntry | None = None
        if item.entries:
            sentence = tokens.sentence_of[item.start]
            entry = _choose_entry(
                item.entries, item.key, by_sentence.get(sentence, set()), doc_countries
            )
            if item.area and entry.kind == "city":
                entry = None
        if entry is not None:
            group = entry.id or f"{entry.type}:{entry.name}"
        else:
            group = heads.get(item.key) or f"{item.type}:{item.key}"
            if item.type == EntityType.PER and item.end - item.start == 1:
                group = surnames.get(item.key, group)
        add(item, group, entry)
        _remember(tokens, item, group, entry, surnames, heads)
    for item in found:
        if not item.weak:
            continue
        target = surnames.get(item.key) if item.type == EntityType.PER else None
        if target is None:
            target = heads.get(item.key)
        if (
            target is None
            and item.type == EntityType.ORG
            and item.key in _STANDALONE_HEADS
            and not tokens.initial[item.start]
        ):
            target = f"ORG:{item.key}"
        if target is not None:
            add(item, target, None)
    for item, group in _half_names(tokens, found, groups, chosen):
        add(item, group, None)

    entities: list[Entity] = []
    normalised = doc.normalised
    for group, items in sorted(groups.items(), key=lambda kv: min(f.start for f in kv[1])):
        items.sort(key=lambda f: f.start)
        entry = chosen[group]
        mentions = []
        roles: list[str] = []
        for item in items:
            start, end = tokens.starts[item.start], tokens.ends[item.end - 1]
            span = normalised.span(start, end)
            mentions.append(Mention(span, doc.text[span.start : span.end]))
            roles += [role for role in (item.role, item.apposed) if role and role not in roles]
        if entry is not None:
            name, ident = entry.name, entry.id
            country, coordinates = entry.country, entry.coordinates
            if entry.kind == "city":
                # GeoNames names cities in English; the text gives the French name.
                written = next((m.text for m in mentions if not m.text.isupper()), None)
                name = written or mentions[0].text.title()
            else:
                name = _as_spelled(name, mentions)
        else:
            full = [f for f in items if f.alias_of is None] or items
            longest = max(full, key=lambda f: (f.end - f.start, -f.start))
            name = tokens.span_text(longest.start, longest.end)
            ident = country = None
            coordinates = None
        entities.append(
            Entity(
                type=types[group],
                name=name,
                mentions=tuple(mentions),
                id=ident,
                roles=tuple(dict.fromkeys(roles)),
                country=country,
                coordinates=coordinates,
            )
        )
    return tuple(entities)


_HALVES = {"nord": " du Nord", "sud": " du Sud"}


def _half_names(
    tokens: _Tokens,
    found: list[_Found],
    groups: dict[str, list[_Found]],
    chosen: dict[str, GazetteerEntry | None],
) -> list[tuple[_Found, str]]:
    """*le Nord* for *Corée du Nord*, *le Sud* for *Soudan du Sud*, once the text named them.

    Only for a country of the document whose name ends with that half, and only for *le
    Nord*, *du Nord*, *au Nord* that no complement follows (*le Nord du pays* is a region).
    """
    halves: dict[str, str] = {}
    for group, entry in chosen.items():
        if entry is not None and entry.kind == "country":
            for half, ending in _HALVES.items():
                if entry.name.endswith(ending):
                    halves[half] = group
    if not halves:
        return []
    taken = {k for item in found for k in range(item.start, item.end)}
    first_told = {group: min(f.start for f in groups[group]) for group in halves.values()}
    added = []
    for i in range(1, tokens.n):
        country = halves.get(tokens.keys[i])
        if (
            country is not None
            and i not in taken
            and tokens.words[i][:1].isupper()
            and tokens.keys[i - 1] in ("le", "du", "au")
            and i > first_told[country]
            and (i + 1 >= tokens.n or tokens.keys[i + 1] not in ("de", "du", "des", "d'"))
        ):
            item = _Found(i, i + 1, EntityType.LOC, key=tokens.keys[i], name=tokens.words[i])
            added.append((item, country))
    return added


def _as_spelled(name: str, mentions: Sequence[Mention]) -> str:
    """The gazetteer's name as the text spells it (*États-Unis* where it writes the accent).

    A mention that differs from the name by accents or apostrophes (not by case alone: *Otan*
    stays *OTAN*) is the same name in the text's own typography; the name follows it, as a
    reader of that text expects.
    """
    key = name_key(name)
    for mention in mentions:
        if mention.text.casefold() != name.casefold() and name_key(mention.text) == key:
            return mention.text
    return name


def _remember(
    tokens: _Tokens,
    item: _Found,
    group: str,
    entry: GazetteerEntry | None,
    surnames: dict[str, str],
    heads: dict[str, str],
) -> None:
    """Record what later short mentions may point back to: a surname, an institution's head."""
    if item.type == EntityType.PER and item.end - item.start >= 2:
        last = tokens.keys[item.end - 1]
        if tokens.words[item.end - 2] not in ("de", "d'"):
            surnames.setdefault(last, group)  # not *Savoie* for *Louise de Savoie*
        if item.end - item.start >= 3 and tokens.keys[item.end - 3] in _PARTICLES:
            surnames.setdefault(" ".join(tokens.keys[item.end - 3 : item.end]), group)
        if item.end - item.start >= 2 and tokens.keys[item.end - 2] in _PARTICLES:
            surnames.setdefault(" ".join(tokens.keys[item.end - 2 : item.end]), group)
    if item.type == EntityType.ORG:
        names = entry.names if entry is not None else (tokens.span_text(item.start, item.end),)
        for name in names:
            head = name_key(name).split(" ", 1)[0]
            heads.setdefault(head, group)
