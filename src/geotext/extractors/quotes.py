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

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

import attrs

from geotext.data import read_lines, read_table
from geotext.discourse import (
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    CLOSING_MARKS,
    DEMONSTRATIVES,
    DETERMINERS,
    FINITE_VERBS,
    OPENING_MARKS,
    PRONOUNS,
    SOURCE_NOUNS,
    Phrase,
    TokenView,
    adverbial_at,
    after_dateline,
    entity_in,
    finite_at,
    has_verb,
    incise_after_auxiliary,
    inverted_pronoun,
    last_person,
    latter_at,
    noun_phrase,
    organisation_nouns,
    past_auxiliaries,
    phrase_keys,
    pronoun_speaker,
    regular_forms,
    role_heads,
    sentence_subject,
    speaker_of,
    subject_after,
    subject_before,
    the_latter,
    token_at,
    token_view,
    verb_group_start,
)
from geotext.gazetteer import word_key
from geotext.model import (
    Argument,
    Document,
    EntityType,
    Mention,
    Quote,
    QuoteKind,
    Stance,
)

__all__ = ["QuoteExtractor"]

_CLAUSE_STARTS = frozenset({"que", "qu'", "de", "d'", "avoir", "etre", "contre", "qu"})
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
_MAX_SCARE_WORDS = 3


@attrs.frozen
class _Cue:
    lemma: str
    stance: Stance | None
    takes: str = "que"
    """``que``, ``clause`` (also *de*, *avoir*, an infinitive...), ``object`` (also a noun
    phrase), ``quoted`` (a noun phrase holding words in quotation marks), ``near`` (the same,
    the quotation marks opening within four words of the cue) or ``infinitive`` (as
    ``quoted``, and an infinitive right after the cue: *a annoncé avoir abattu ...*)."""

    @property
    def takes_object(self) -> bool:
        return self.takes == "object"

    @property
    def takes_quoted(self) -> bool:
        return self.takes in ("quoted", "near", "infinitive")

    def quote_reach(self, k: int, last: int, most: int) -> int:
        """Where quotation marks after token ``k`` must have opened, never past ``last``.

        ``most`` tokens on, or the four of a ``near`` cue (*a parlé d'une « erreur »*, not *a
        parlé de concert pour dénoncer une « ... »*).
        """
        return min(last, k + (_NEAR if self.takes == "near" else most))


_NEAR = 4
"""How many words after a ``near`` cue its quotation marks may open."""


@attrs.frozen
class _Lexicon:
    marker_firsts: frozenset[str]
    role_heads: frozenset[str]
    forms: dict[tuple[str, ...], _Cue]
    lemmas: dict[str, _Cue]
    firsts: dict[str, int]
    markers: dict[tuple[str, ...], tuple[str, bool]]
    titles: frozenset[str]
    source_nouns: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    forms: dict[tuple[str, ...], _Cue] = {}
    for lemma, stance, takes, irregular in read_table("fr/quotes/cues.tsv", 4):
        cue = _Cue(lemma, Stance(stance) if stance != "-" else None, takes)
        verb = lemma.removeprefix("se ").removeprefix("s'")
        written = irregular.split("|") if irregular else []
        if not written:
            head, _, rest = verb.partition(" ")
            written = [f"{form} {rest}".strip() for form in regular_forms(head)]
        for form in [*written, verb]:
            forms.setdefault(phrase_keys(form), cue)
    firsts: dict[str, int] = {}
    for words in forms:
        firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    lemmas = {
        word_key(cue.lemma.removeprefix("se ").removeprefix("s'")): cue
        for cue in forms.values()
        if " " not in cue.lemma.removeprefix("se ").removeprefix("s'")
    }
    markers = {
        phrase_keys(marker): (lemma, where == "initial")
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
        source_nouns=frozenset(word_key(n) for n in read_lines("fr/quotes/source_nouns.txt")),
    )


@attrs.define
class _Found:
    kind: QuoteKind
    start: int
    end: int
    """Token range of the whole quote (cue and speaker included)."""
    content: tuple[int, int]
    """Normalised offsets of the words reported."""
    speaker: Phrase | None
    cue: tuple[int, int] | None
    lemma: str | None
    stance: Stance | None


# -- cues ------------------------------------------------------------------------------------


def _cue_at(text: TokenView, lex: _Lexicon, i: int) -> tuple[int, _Cue] | None:
    """The reporting verb that starts at token ``i``: its end and its entry."""
    found: tuple[int, _Cue] | None = None
    most = lex.firsts.get(text.keys[i])
    if most is not None:
        for size in range(min(most, text.n - i), 0, -1):
            cue = lex.forms.get(tuple(text.keys[i : i + size]))
            if cue is not None:
                found = i + size, cue
                break
    if found is None and text.lemmas is not None and text.lemmas[i] in lex.lemmas:
        found = i + 1, lex.lemmas[text.lemmas[i]]  # a form the lexicon does not list
    if found is not None and _after_determiner(text, i):
        return None  # *les juges*, *des rapports*: a noun that looks like a verb form
    return found


_NOUN_DETERMINERS = frozenset(
    {"un", "une", "des", "ces", "ses", "du", "au", "aux", "leurs", "nos", "cette", "cet"}
    | {"son", "sa", "mon", "ma", "notre", "votre"}
)
_OBJECT_PRONOUNS = frozenset({"le", "la", "les", "l'"})
_NOUN_PREPOSITIONS = frozenset(
    {"par", "avec", "contre", "selon", "entre", "sur", "dans", "chez", "vers", "parmi", "et"}
)


def _after_determiner(text: TokenView, i: int) -> bool:
    """Whether token ``i`` follows a determiner, so it is a noun (*des juges*, *un dit*).

    *le*, *la*, *les* are also object pronouns (*il les accuse*, *le ministre le dit*): they
    are determiners only after a preposition (*accusé par les juges*) or where nothing that
    could be a subject stands before them (*L'annonce de la commission*).
    """
    if i == 0:
        return False
    previous = text.keys[i - 1]
    if previous in _NOUN_DETERMINERS:
        return True
    return previous in _OBJECT_PRONOUNS and (
        i < 2 or text.punct[i - 2] or text.keys[i - 2] in _NOUN_PREPOSITIONS
    )  # *L'annonce de la commission*, *par les juges*


# -- speakers --------------------------------------------------------------------------------


# -- direct quotes ---------------------------------------------------------------------------


def _words_between(text: TokenView, start: int, end: int) -> int:
    return sum(1 for k in range(start, end) if not text.punct[k])


def _after_closing(
    text: TokenView, lex: _Lexicon, close: int
) -> tuple[int, int, _Cue | None] | None:
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
        if marker is not None and not (marker[1] == "pour" and i == close + 1):
            # *« ... », pour X.* gives X's view; *« Un nouveau départ » pour le pays* does not.
            return k, marker[0], _Cue(marker[1], None)
        if (
            text.keys[k] not in AUXILIARIES
            and text.keys[k] not in ADVERBS
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


def _marker_at(text: TokenView, lex: _Lexicon, i: int) -> tuple[int, str, bool] | None:
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
    text: TokenView, lex: _Lexicon, opening: int
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
            if (
                text.keys[j] in BE_FORMS
                and _describes_words(text, j + 1, k + 1)
                and not _speaking_subject(text, start, j)
            ):
                return None  # *Le message est clair : « ... »*: the words, not who says them
            if text.keys[j] in ("a", "ont", "avait", "est") and j + 1 <= k:
                return j, j + 2, None
        return start, k + 1, None
    return None


def _describes_words(text: TokenView, start: int, end: int) -> bool:
    """Whether the words after a form of *être* are a short attribute (*est sans appel*).

    The clause then tells what the quoted words are like, and its subject (*le message*, *le
    ton*) may say none of them.
    """
    return 0 < end - start <= 3 and all(
        text.words[k].isalpha() and text.words[k].islower() for k in range(start, end)
    )


def _speaking_subject(text: TokenView, start: int, end: int) -> bool:
    """Whether the subject in ``start:end`` opens with a name, a title or a body.

    *Le ministre est formel : « ... »* is the minister's; *Le message est clair : « ... »*
    names no one who says it.
    """
    head = start
    while head < end and text.keys[head] in DETERMINERS:
        head += 1
    if head >= end:
        return False
    found = entity_in(text, head, end)
    return (found is not None and found[0] == head) or _speaking_noun(text, head, end)


def _incise_inside(
    text: TokenView, lex: _Lexicon, start: int, end: int
) -> tuple[int, int, _Cue | None] | None:
    """An incise inside quotation marks: *« A, a estimé X. B »*."""
    for k in range(start, end):
        if text.words[k] != ",":
            continue
        cue = _after_closing(text, lex, k - 1) if k > start else None
        if cue is not None and cue[0] > k:
            return cue
    return None


def _title_before(text: TokenView, lex: _Lexicon, opening: int) -> bool:
    k = opening - 1
    while k >= 0 and text.punct[k]:
        k -= 1
    if k < 0 or text.keys[k] not in lex.titles:
        return False
    # *s'est dit « préoccupé »* is speech; *X, dit « Barbecue »* is a nickname.
    return not (k > 0 and text.keys[k - 1] in AUXILIARIES)


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
        text = token_view(doc)
        times = _time_tokens(doc, text)
        used = [False] * text.n
        found = _direct(text, lex, used)
        found += _dashes(text, lex, used, found)
        found += _indirect(text, lex, used, found, times)
        found = _without_doubles(found, text, lex)
        found.sort(key=lambda f: (f.content[0], f.start))
        _participle_speakers(text, found)
        _pronouns_after_a_body(text, found)
        _named_in_apposition(text, lex, found)
        _same_source(text, lex, found)
        return tuple(_build(doc, text, f) for f in found)


def _pronouns_after_a_body(text: TokenView, found: list[_Found]) -> None:
    """*..., a affirmé le Pentagone. Il précise que ...*: the body that just spoke speaks again.

    A pronoun that opens the sentence right after a quote whose speaker is an organisation,
    with no person named in between, stands for that organisation, not for a person named
    further back.
    """
    for previous, item in pairwise(found):
        if item.cue is None or previous.speaker is None or previous.speaker.entity is None:
            continue
        if previous.speaker.entity.type != EntityType.ORG:
            continue
        k = item.cue[0]
        verb = verb_group_start(text, k)
        first = text.sentence_start(k)
        if verb != first + 1 or text.keys[first] not in ("il", "elle"):
            continue
        if text.sentence_of[first] - text.sentence_of[max(0, previous.end - 1)] > 1:
            continue
        low = bisect_left(text.mention_starts, previous.end)
        high = bisect_left(text.mention_starts, first)
        if any(m[2].type == EntityType.PER for m in text.mentions[low:high]):
            continue
        item.speaker = previous.speaker


_SAME = frozenset({"meme", "memes"})
_SOURCE_REACH = 3
"""How many sentences back *la même source* looks for the source it names again."""


def _names_a_source_again(text: TokenView, lex: _Lexicon, speaker: Phrase) -> bool:
    """*la même source*, *cette source*, *ces informations*, *l'information*: a source told."""
    if speaker.entity is not None:
        return False
    words = text.keys[speaker.start : speaker.end]
    if len(words) == 2:
        return words[1] in lex.source_nouns and (words[0] in _SAME or words[0] in DEMONSTRATIVES)
    return (
        len(words) == 1
        and words[0] in ("information", "informations")
        and speaker.start > 0
        and text.keys[speaker.start - 1] in ("l'", "les")
    )


def _same_source(text: TokenView, lex: _Lexicon, found: list[_Found]) -> None:
    """*Selon la même source, ...*, *a ajouté cette source*: the source just quoted speaks again.

    The speaker of the nearest quote before it, in the three sentences before, that has one of
    its own; its mention stands for the words, as a pronoun's antecedent does.
    """
    for index, item in enumerate(found):
        speaker = item.speaker
        if speaker is None or not _names_a_source_again(text, lex, speaker):
            continue
        here = text.sentence_of[speaker.start]
        for previous in reversed(found[max(0, index - 8) : index]):
            if here - text.sentence_of[previous.start] > _SOURCE_REACH:
                break
            told = previous.speaker
            if told is not None and told.start < speaker.start:
                if not _names_a_source_again(text, lex, told):
                    item.speaker = told
                break


_APPOSITION_ENDS = frozenset({",", "(", ".", ";", "qui"})


def _named_in_apposition(text: TokenView, lex: _Lexicon, found: list[_Found]) -> None:
    """*d'après une association, le Collectif X (CX), ...*: the name after the description speaks.

    A speaker that is a description (*une ONG*, *un élu local*, *le président du conseil
    départemental*) followed by a comma and a person or organisation whose name a comma, a
    bracket or the sentence's end closes is that person or organisation; not where a title
    stands in the description's complement (*un conseiller du président, X*: X is the
    president).
    """
    for item in found:
        speaker = item.speaker
        if speaker is None or speaker.entity is not None:
            continue
        article = text.keys[speaker.start - 1] if speaker.start > 0 else ""
        if speaker.end + 1 >= text.n or not (
            text.keys[speaker.start] in ("un", "une") or article in ("le", "la", "l'")
        ):
            continue
        if text.words[speaker.end] != ",":
            continue
        if not lex.role_heads.isdisjoint(text.keys[speaker.start + 2 : speaker.end]):
            continue  # *un conseiller du président, X*: X is the president, not the adviser
        k = speaker.end + 1
        k += text.keys[k] in ("l'", "le", "la", "les")
        named = entity_in(text, k, min(text.n, k + 12))
        if named is None or named[0] != k or named[2].type == EntityType.LOC:
            continue
        after = named[1]
        if after < text.n and (
            text.sentence_of[after] != text.sentence_of[k] or text.keys[after] in _APPOSITION_ENDS
        ):
            item.speaker = Phrase(named[0], named[1], named[2].name, named[2])
            opening = text.starts[speaker.end + 1]
            if item.content[0] == opening and after + 1 < text.n and text.words[after] == ",":
                # *Selon un porte-parole, X, les frappes ...*: the words start after the name.
                item.content = (text.starts[after + 1], item.content[1])


def _participle_speakers(text: TokenView, found: list[_Found]) -> None:
    """A participle cue after a comma speaks with the voice of the quote just before.

    *a indiqué X, promettant que « ... »*: the participle has no subject of its own; the
    speaker of the quote before it, in its sentence, speaks again.
    """
    for previous, item in pairwise(found):
        if item.speaker is not None or item.cue is None or previous.speaker is None:
            continue
        k = item.cue[0]
        if (
            k > 0
            and text.keys[k].endswith("ant")
            and text.words[k - 1] == ","
            and text.sentence_of[k] == text.sentence_of[previous.start]
            and previous.start < k
        ):
            item.speaker = previous.speaker


def _without_doubles(found: list[_Found], text: TokenView, lex: _Lexicon) -> list[_Found]:
    """One quote per reported passage: a quote whose content lies within another's goes."""
    kept: list[_Found] = []
    starts: list[int] = []
    for item in sorted(found, key=lambda f: f.content[0] - f.content[1]):
        a, b = item.content
        # Only quotes that open before this one can hold it; the nearest few are enough.
        high = bisect_right(starts, a)
        if any(
            b <= k.content[1]
            and (k.kind == QuoteKind.INDIRECT or (b - a) * 2 > (k.content[1] - k.content[0]))
            and not _nested_speech(text, lex, item, k)
            for k in kept[max(0, high - _CONTAINERS) : high]
        ):
            continue  # a fragment of a reported clause, or the same passage found twice
        kept.insert(high, item)
        starts.insert(high, a)
    return kept


def _nested_speech(text: TokenView, lex: _Lexicon, item: _Found, container: _Found) -> bool:
    """Whether ``item`` is another speaker's words inside the reported clause ``container``.

    *selon X, les représailles d'Y, qui dit vouloir Z, ont fait ...*: words with a verb and
    a speaker of their own are a quote of their own.
    """
    return (
        item.kind == QuoteKind.INDIRECT
        and container.kind == QuoteKind.INDIRECT
        and item.speaker is not None
        and container.speaker is not None
        and item.speaker.name != container.speaker.name
        and item.cue is not None
        and container.cue is not None
        and item.cue[0] != container.cue[0]
        and text.keys[item.cue[0]] not in lex.marker_firsts
    )


_CONTAINERS = 64
"""How many quotes opening before a passage are checked for holding it."""


def _content_offsets(text: TokenView, first: int, last: int) -> tuple[int, int]:
    """Normalised offsets of tokens ``[first, last)``, without edge punctuation."""
    while first < last and text.punct[first] and text.words[first] not in ("«", "“", '"'):
        first += 1
    while last > first and text.words[last - 1] in (".", ",", ";", ":", "!", "?", "—", "–"):
        last -= 1
    if first >= last:
        return (text.starts[first] if first < text.n else len(text.text),) * 2
    return text.starts[first], text.ends[last - 1]


def _direct(text: TokenView, lex: _Lexicon, used: list[bool]) -> list[_Found]:
    found: list[_Found] = []
    for opening, closing, depth in text.quote_marks():
        if closing - opening < 2:
            continue
        words = _words_between(text, opening + 1, closing)
        if _title_before(text, lex, opening):
            continue
        cue = _after_closing(text, lex, closing)
        if cue is not None and depth == 0 and not _opens_clause(text, opening):
            continue  # *... une rencontre « d'ici à la fin du mois », selon X*: a fragment
        speaker: Phrase | None = None
        start, end = opening, closing + 1
        before = None
        if cue is not None:
            k, cue_end, entry = cue
            if inverted_pronoun(text, closing + 1, cue_end):
                speaker = pronoun_speaker(text, k, (opening, closing))
            else:
                speaker = subject_after(text, cue_end)
            end = cue_end if speaker is None else max(cue_end, speaker.end)
        else:
            before = _before_opening(text, lex, opening)
            if before is None:
                inside = _incise_inside(text, lex, opening + 1, closing)
                if inside is not None and words > _MAX_SCARE_WORDS:
                    cue = inside
                    k, cue_end, entry = inside
                    if inverted_pronoun(text, k, cue_end):
                        speaker = pronoun_speaker(text, k, None)
                    else:
                        speaker = subject_after(text, cue_end)
        if cue is None and before is not None:
            k, cue_end, entry = before
            if (
                entry is not None
                and _continues(text, closing)
                and (entry.takes_object or text.keys[opening + 1] in DETERMINERS)
            ):
                continue  # *a jugé « inacceptables » les menaces*: the indirect quote keeps it
            verb = verb_group_start(text, k)
            if inverted_pronoun(text, verb, cue_end):
                # *a-t-il ajouté : « ... »*: the person told before speaks, but the quote
                # starts at its verb, not at that person's earlier mention.
                speaker = pronoun_speaker(text, verb, None)
                start = min(start, verb)
            else:
                speaker = subject_before(text, verb)
                # A pronoun's person, named in an earlier sentence, stays outside the quote.
                told_here = speaker is not None and speaker.start >= text.sentence_start(verb)
                start = min(start, speaker.start if told_here and speaker else verb)
            cue = before
        if cue is None:
            if words <= _MAX_SCARE_WORDS or depth > 0:
                continue  # scare quotes, and quoted words inside a quotation
            if not _stands_alone(text, opening, closing) or _heading(text, opening, closing):
                continue
            speaker = last_person(text, opening, None)
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


def _opens_clause(text: TokenView, opening: int) -> bool:
    """Whether a quotation opens its sentence or follows a colon, a cue or a dash."""
    k = opening - 1
    if k < 0 or text.sentence_of[k] != text.sentence_of[opening]:
        return True
    return text.words[k] in (":", "—", "–", "-", "«", "“", '"', "(") or text.keys[k] in (
        "que",
        "qu'",
    )


def _continues(text: TokenView, closing: int) -> bool:
    """Whether a noun phrase follows a closing mark.

    The quoted words are then part of an object (*a jugé « inacceptables » les menaces*),
    not the whole of what was said.
    """
    k = closing + 1
    return (
        k < text.n
        and text.sentence_of[k] == text.sentence_of[closing]
        and text.keys[k] in DETERMINERS
        and text.keys[k] not in ("de", "d'", "du")
    )


def _stands_alone(text: TokenView, opening: int, closing: int) -> bool:
    """Quoted words that make a sentence of their own (not words inside a sentence)."""
    before = opening - 1
    opens = (
        before < 0
        or text.sentence_of[before] != text.sentence_of[opening]
        or text.words[before] in (":", ".", "!", "?")
    )
    inner_stop = any(text.words[k] in (".", "!", "?") for k in range(opening + 1, closing))
    return opens or inner_stop


def _heading(text: TokenView, opening: int, closing: int) -> bool:
    """Quoted words that make a whole paragraph of one phrase: a subheading, not speech."""
    block = text.block_of[opening]
    last = closing + 1
    while last < text.n and text.block_of[last] == block and text.punct[last]:
        last += 1
    return (
        (opening == 0 or text.block_of[opening - 1] != block)
        and (last == text.n or text.block_of[last] != block)
        and not any(text.words[k] in (".", "!", "?") for k in range(opening + 1, closing))
    )


def _dashes(
    text: TokenView, lex: _Lexicon, used: list[bool], found: Sequence[_Found]
) -> list[_Found]:
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
            if inverted_pronoun(text, comma, cue_end):
                speaker = pronoun_speaker(text, start)
            else:
                speaker = subject_after(text, cue_end)
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


def _inside_direct(found: Sequence[_Found], text: TokenView) -> list[bool]:
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


def _time_tokens(doc: Document, text: TokenView) -> dict[int, int]:
    """The time expressions of ``doc`` by first token, to the token after them.

    The ``times`` layer is read where the pipeline ran it before (the default one does); a
    pipeline without it still finds quotes, with the weekdays of ``ADVERBS`` only.
    """
    to_normalised = doc.normalised.to_normalised
    found: dict[int, int] = {}
    for time in doc.times:
        start = token_at(text, to_normalised(time.span.start))
        end = token_at(text, max(0, to_normalised(time.span.end) - 1)) + 1
        found[start] = max(end, found.get(start, end))
    return found


def _indirect(
    text: TokenView,
    lex: _Lexicon,
    used: list[bool],
    found: Sequence[_Found],
    times: dict[int, int] | None = None,
) -> list[_Found]:
    result: list[_Found] = []
    quoted = _inside_direct(found, text)
    contents = _Contents(found)
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
        # An endless sentence: a cue reports words within a window around it, else every
        # quote of the sentence would hold the rest of it, and their text the square of it.
        first, last = max(first, i - _REPORT_REACH), min(last, i + _REPORT_REACH)
        marker = _marker_at(text, lex, i)
        if marker is not None:
            quote = _from_marker(text, i, marker, first, last)
            if quote is not None:
                result.append(quote)
                contents.add(quote.content)
                resume = max(i + 1, marker[0])
                continue
        cue = _cue_at(text, lex, i)
        if cue is not None:
            quote = _from_verb(text, lex, i, cue[0], cue[1], first, last, times or {})
            if quote is not None and quote.start < first and contents.overlaps(*quote.content):
                quote = None  # *C'est ce qu'indique X* after a sentence that holds a quote
            if quote is not None:
                result.append(quote)
                contents.add(quote.content)
                for t in range(i, cue[0]):
                    used[t] = True
                resume = cue[0]
    return result


_REPORT_REACH = 150
"""Tokens each side of a cue that its quote may span, in a sentence longer than that."""


class _Contents:
    """The words of the quotes found so far, by start, to ask whether a span overlaps them.

    The look-back stops at the longest quote's length before the span: a linear scan over
    every quote of the text would make a long text cost the square of its length.
    """

    def __init__(self, found: Sequence[_Found]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0
        for item in found:
            self.add(item.content)

    def add(self, content: tuple[int, int]) -> None:
        a, b = content
        k = bisect_right(self.starts, a)
        self.starts.insert(k, a)
        self.ends.insert(k, b)
        self.longest = max(self.longest, b - a)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether some quote's words start before ``b`` and end after ``a``."""
        k = bisect_left(self.starts, b)
        while k > 0:
            k -= 1
            if self.starts[k] + self.longest <= a:
                return False  # this quote and every one before it end by ``a``
            if self.ends[k] > a:
                return True
        return False


def _from_marker(
    text: TokenView, i: int, marker: tuple[int, str, bool], first: int, last: int
) -> _Found | None:
    """*Selon X, ...*, *..., selon X.*, *d'après X*, *Pour X, ...*, *de source diplomatique*."""
    end_marker, lemma, initial_only = marker
    opening = i == first or (i == first + 1 and text.punct[first])
    if initial_only and not opening:
        return None
    if end_marker >= last:
        return None
    if not opening and text.words[i - 1] != "," and text.keys[end_marker] in PRONOUNS:
        return None  # *qui utilisaient selon elle*: an aside, not the source of the sentence
    if lemma == "pour":
        comma = next(
            (k for k in range(end_marker, min(last, end_marker + 8)) if text.words[k] == ","), None
        )
        if comma is None or (
            entity_in(text, end_marker, comma) is None
            and text.keys[end_marker] not in PRONOUNS
            and not _titled_source(text, end_marker, comma)
        ):
            return None
    # The source: up to the next comma or the end of the sentence.
    ends = text.positions(end_marker, _SOURCE_ENDS)
    at = bisect_left(ends, end_marker)
    stop = min(ends[at], last) if at < len(ends) else last
    if stop == end_marker:
        return None
    latter = latter_at(text, end_marker)
    if text.keys[end_marker] in ("lui", "elle", "eux", "elles"):
        speaker = last_person(text, i)
    elif latter is not None and end_marker + latter[0] == stop:
        speaker = the_latter(text, end_marker, plural=latter[1])  # *selon ce dernier*
    elif lemma == "de source":
        speaker = Phrase(i + 1, stop, "source " + text.span_text(end_marker, stop), None)
    else:
        speaker = speaker_of(text, end_marker, stop)
        phrase = noun_phrase(text, end_marker, stop)
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
                    and head not in SOURCE_NOUNS
                    and head not in organisation_nouns()
                    and speaker.entity.type != EntityType.PER
                ):
                    speaker = phrase  # but *selon la chaîne X* is X
    if opening:
        if stop >= last or text.words[stop] != ",":
            return None
        content = _content_offsets(text, _past_apposition(text, stop + 1, last), last)
        span = (i, last)
    elif _fragment_before(text, first, i) and stop < last and text.words[stop] == ",":
        # *Mais selon X, ...*, *Un plan qui, selon X, « ... »*: the clause after the source.
        content = _content_offsets(text, _past_apposition(text, stop + 1, last), last)
        span = (i, last)
    elif (
        stop < last
        and text.words[stop] == ","
        and text.words[i - 1] == ","
        and not has_verb(text, first, i)
        and text.keys[stop + 1] not in _OPEN_CLAUSE
        and has_verb(text, stop + 1, last)
    ):
        # *Les rebelles, selon l'armée, ont pris la ville*: a source between the subject and
        # its verb vouches for the whole clause around it.
        content = _content_offsets(text, first, last)
        span = (first, last)
    else:
        content = _content_offsets(text, first, i)
        span = (first, stop)
    if content[0] >= content[1]:
        return None
    return _Found(
        QuoteKind.INDIRECT, span[0], span[1], content, speaker, (i, end_marker), lemma, None
    )


def _past_apposition(text: TokenView, start: int, last: int) -> int:
    """Where the words a source vouches for start, past an apposition of the source.

    *selon l'institut X, basé à Washington, ...*, *Selon le porte-parole, cité par la radio,
    ...*: a participle after the source's comma describes it, up to the next comma.
    """
    if start < last and (
        text.words[start].endswith(("é", "ée", "és", "ées")) or text.keys[start] in _JOINED
    ):
        comma = next((k for k in range(start, min(last, start + 8)) if text.words[k] == ","), None)
        return start if comma is None else comma + 1
    return start


_JOINED = frozenset({"joint", "jointe", "joints", "jointes"})
"""Participles of an apposed source that end in no *-é* (*Selon X, joint par téléphone, ...*)."""


_SOURCE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "«", "»"})
"""Marks that end the source a marker names (*selon X,*)."""


def _titled_source(text: TokenView, start: int, comma: int) -> bool:
    """*Pour le ministre,*, *Pour l'ONG,*: an article and a title or a body.

    Not *pour le moment*, nor *pour la première fois* (*première* is a title only before one).
    """
    head = start + 1
    if head >= comma or text.keys[start] not in ("le", "la", "les", "l'"):
        return False
    return _speaking_noun(text, head, comma)


def _speaking_noun(text: TokenView, head: int, end: int) -> bool:
    """Whether the noun at ``head`` is a title or a body, one who speaks (*ministre*, *ONG*)."""
    key = text.keys[head]
    if key in ("premier", "premiere"):
        return head + 1 < end and text.keys[head + 1] in role_heads()
    return key in role_heads() or key in organisation_nouns() or key in _SOURCE_BODIES


_SOURCE_BODIES = frozenset(
    {"gouvernement", "ministere", "armee", "presidence", "opposition", "diplomatie", "executif"}
)
"""Bodies of a state that give an opinion after *pour* (*Pour le gouvernement, ...*)."""


def _quote_mark(word: str) -> bool:
    return word in OPENING_MARKS or word in CLOSING_MARKS


_IMPERSONAL = frozenset({"faut", "fallait", "faudrait", "faudra"})


def _writer_speaks(text: TokenView, i: int, verb: int, first: int) -> bool:
    """A cue in the writer's own voice: after *il faut*, *il convient de*, or as *notons*."""
    if text.keys[i].endswith("ons") and verb == i:
        return i == first or text.keys[i - 1] not in ("nous", "-nous")
    return (verb > first and text.keys[verb - 1] in _IMPERSONAL) or (
        verb - 2 >= first and tuple(text.keys[verb - 2 : verb]) == ("convient", "de")
    )


def _infinitive_after(text: TokenView, k: int, last: int) -> bool:
    """Whether an infinitive opens at ``k``, perhaps after an opening quotation mark."""
    if k < last and text.words[k] in OPENING_MARKS:
        k += 1
    if k < last and text.keys[k] in ("se", "s'"):
        k += 1
    return (
        k < last
        and text.words[k].isalpha()
        and text.words[k].islower()
        and text.keys[k].endswith(_INFINITIVE_ENDINGS)
    )


def _bare_infinitive(text: TokenView, k: int, last: int) -> bool:
    """An infinitive at ``k`` with no preposition before it, whose words go on after it.

    The reported words of *annoncer* and its like (*a annoncé avoir abattu douze drones*,
    *annonce vouloir rouvrir la frontière*); a word of time is no infinitive (*hier*).
    """
    return (
        k + 1 < last
        and not text.punct[k + 1]
        and text.keys[k] not in ADVERBS
        and text.keys[k] not in DETERMINERS
        and _infinitive_after(text, k, last)
    )


def _passive_agent(
    text: TokenView, verb: int, i: int, k: int, last: int
) -> tuple[Phrase, int] | None:
    """The agent of a passive cue and where its words start (*accusé par X d'avoir ...*)."""
    low = min(verb, max(0, i - 2))
    if text.keys[k] != "par" or not any(text.keys[j] in BE_FORMS for j in range(low, i)):
        return None
    for j in range(k + 2, min(last - 1, k + 10)):
        if text.punct[j]:
            return None
        if text.keys[j] in ("de", "d'") and text.keys[j + 1].endswith(_INFINITIVE_ENDINGS):
            agent = speaker_of(text, k + 1, j)
            return None if agent is None else (agent, j)
    return None


_VERDICTS = frozenset({"coupable", "coupables"})


def _verdict(text: TokenView, start: int, last: int) -> bool:
    """*a reconnu les huit accusés, ..., coupables de*: a verdict, however far its adjective."""
    for k in range(start, last):
        if text.keys[k] in ("que", "qu'"):
            return False
        if text.keys[k] in _VERDICTS:
            return True
    return False


@cache
def _recognitions() -> frozenset[str]:
    """What *reconnaître* can take without reporting words (``quotes/recognitions.txt``)."""
    return frozenset(word_key(w) for w in read_lines("fr/quotes/recognitions.txt"))


_OPEN_CLAUSE = frozenset(
    {"qui", "que", "qu'", "ou", "mais", "et", "dont", "car", "or", "puisque", "lorsque", "quand"}
    | {"donc", "alors", "si"}
)
"""Words that leave a clause open: what a source after them vouches for follows it."""


def _fragment_before(text: TokenView, first: int, marker: int) -> bool:
    """Whether the words before a mid-sentence marker are no clause of their own.

    *Mais selon X, ...*, *Un plan qui, selon X, ...*: two words at most, or an open clause.
    """
    count = 0
    for k in range(first, marker):
        count += not text.punct[k]
        if count > 2:
            break
    else:
        return True  # two words at most
    last_word = next(k for k in range(marker - 1, first - 1, -1) if not text.punct[k])
    return text.keys[last_word] in _OPEN_CLAUSE


def _pointing_back(text: TokenView, verb: int, first: int) -> tuple[int, int] | None:
    """The sentence before, where a sentence opens *C'est ce qu'a dit X*: its token range."""
    if verb - first != 4 or tuple(text.keys[first:verb]) not in _POINTING_BACK:
        return None
    number = text.sentence_of[first]
    if number == 0 or text.block_of[text.sentences[number - 1][0]] != text.block_of[first]:
        return None  # only the sentence just before, in the same paragraph
    return text.sentences[number - 1]


_POINTING_BACK = frozenset({("c'", "est", "ce", "qu'"), ("c'", "est", "ce", "que")})
"""How a sentence opens that gives the one before it to a source (*C'est ce qu'affirme X*)."""


def _on_cue(
    start: int,
    end: int,
    content: tuple[int, int],
    speaker: Phrase | None,
    cue_tokens: tuple[int, int],
    cue: _Cue,
) -> _Found:
    """An indirect quote on the reporting verb at ``cue_tokens``, with its lemma and stance."""
    return _Found(
        QuoteKind.INDIRECT, start, end, content, speaker, cue_tokens, cue.lemma, cue.stance
    )


_VERB_GROUP_CLITICS = frozenset(
    {"l'", "leur", "lui", "m'", "n'", "ne", "nous", "pas", "s'", "se", "t'", "vous"}
)
_TENSE_VERBS = AUXILIARIES - _VERB_GROUP_CLITICS
"""The forms of *avoir*, *être* and the semi-auxiliaries of a verb group, without its clitics."""


def _describing_participle(text: TokenView, i: int, first: int, last: int) -> bool:
    """Whether the cue at ``i``, with no auxiliary of its own, is a participle that describes.

    *les athlètes, accusés de dopage, ...*, *les titres jugés les plus sûrs*: unless an agent
    follows (*jugé trop lent par X*). An agreed participle (*jugées*) is no tense of a cue; a
    bare *-é* only right after its noun (*a, plus tard, affirmé* is a tense).
    """
    word = text.words[i]
    if not word.endswith(("é", "ée", "és", "ées")) or i + 1 >= last:
        return False
    if i > first and text.keys[i - 1] in ("et", "ou", "puis"):
        return False  # *a affirmé puis répété*: the auxiliary of the first verb
    if text.keys[i + 1] in ("de", "d'", "du", "des"):
        return True
    if "par" in text.keys[i + 1 : min(last, i + 6)]:
        return False
    if not _TENSE_VERBS.isdisjoint(text.keys[max(first, i - 3) : i]):
        return False
    return word.endswith(("ée", "és", "ées")) or (
        i > first and text.words[i - 1][:1].isalpha() and text.keys[i - 1] not in ADVERBS
    )


def _participle_in_subject(text: TokenView, i: int, first: int, last: int) -> bool:
    """Whether a present participle right after its noun belongs to the subject of a verb after.

    *Les réactions condamnant Moscou se sont multipliées*: the participle describes the
    subject, says nothing of its own, and its words must not run over the main clause.
    """
    if not text.keys[i].endswith("ant") or i == first or not text.words[i - 1][:1].isalpha():
        return False
    if text.keys[i - 1] in ("en", "tout") or text.words[i - 1].endswith(("é", "ée", "és", "ées")):
        return False  # *en dénonçant*, *a expliqué ajoutant que*: a manner of the main verb
    # The main verb comes after the participle's object: a few words, never a whole sentence.
    for k in range(i + 1, min(last, i + _SUBJECT_REACH)):
        if text.words[k] in (",", ";", ":", "«", "»", '"') or text.keys[k] in ("que", "qu'"):
            return False  # the participle's own clause or words
        if finite_at(text, k):
            return True
    return False


_SUBJECT_REACH = 12
"""Tokens after a participle in which the subject's main verb must come (*... se sont*)."""


def _from_verb(
    text: TokenView,
    lex: _Lexicon,
    i: int,
    cue_end: int,
    cue: _Cue,
    first: int,
    last: int,
    times: dict[int, int],
) -> _Found | None:
    """An indirect quote on a verb (*X a affirmé que*, *X accuse Y de*, *..., a dit X.*)."""
    verb = verb_group_start(text, i)
    if verb > first and text.keys[verb - 1] in ("sans", "ni"):
        return None  # *sans signaler de victimes*: nothing was said
    if _writer_speaks(text, i, verb, first):
        return None  # *il faut rappeler que*, *notons que*: the writer's own voice
    if verb == i and (
        _describing_participle(text, i, first, last) or _participle_in_subject(text, i, first, last)
    ):
        return None
    k = _after_adverbials(text, cue_end, last, times)
    back = _pointing_back(text, verb, first)
    if back is not None and k < last:
        # *C'est ce qu'a annoncé, vendredi, la mission de l'ONU.*: the sentence before is what
        # the one named after the cue said.
        while k < last and text.words[k] == ",":
            k = _after_adverbials(text, k + 1, last, times)
        speaker = subject_after(text, k)
        content = _content_offsets(text, *back)
        if speaker is not None and content[0] < content[1]:
            return _on_cue(back[0], last, content, speaker, (i, cue_end), cue)
        return None
    # The clause ends the sentence, inverted: *La ville est tombée, a affirmé X.*
    if (
        verb > first
        and text.words[verb - 1] in (",", "»")
        and (
            text.words[verb - 1] == "»"
            or inverted_pronoun(text, verb, cue_end)
            or _clause_before(text, first, verb - 1)
            or _named_after_only(text, first, verb - 1, k, last)
        )
        and not text.keys[i].endswith("ant")
        and not _apposed_name(text, first, verb - 1)
        and not incise_after_auxiliary(text, verb - 1, first)
    ):
        # *BAMAKO, 12 février (AFP) - ...*: the dateline, closed by an agency in brackets, is
        # no word of the quote.
        opening = after_dateline(text, first, verb - 1)
        if opening - 2 < first or text.words[opening - 2] != ")":
            opening = first
        content = _content_offsets(text, opening, verb - (text.words[verb - 1] == ","))
        if inverted_pronoun(text, verb, cue_end):
            if content[0] < content[1]:
                speaker = pronoun_speaker(text, verb)
                return _on_cue(first, cue_end, content, speaker, (i, cue_end), cue)
        elif k < last and text.keys[k] not in _CLAUSE_STARTS and _ends_sentence(text, k, last):
            if (
                text.keys[k] == "aupres"
                and k + 1 < last
                and text.keys[k + 1] in ("de", "du", "des", "d'")
            ):
                k += 1 + (text.keys[k + 1] in ("de", "d'"))  # *a-t-on appris auprès de X*
            speaker = subject_after(text, k)
            if speaker is not None and content[0] < content[1]:
                return _on_cue(first, last, content, speaker, (i, cue_end), cue)
    if k >= last:
        return None
    passive = _passive_agent(text, verb, i, k, last)
    if passive is not None:
        # *Il était soupçonné par le parquet d'avoir financé ...*: the agent speaks.
        agent, start = passive
        content = _content_offsets(text, start, _next_cue(text, lex, start, last))
        if content[0] < content[1]:
            return _on_cue(verb, last, content, agent, (i, cue_end), cue)
    # *a répété ces dernières années que ...*, *a déclaré à la chaîne de l'armée, X, que*,
    # *a annoncé lors du sommet de Lomé que*: a short complement before *que*.
    opener = text.words[k] in _COMPLEMENT_OPENERS
    if opener or text.keys[k] in DETERMINERS | ADVERBS:
        # A complement opened by a preposition may hold an apposition between commas.
        for j in range(k + 1, min(last, k + (12 if opener else 5))):
            if finite_at(text, j) or (
                text.punct[j]
                and not (opener and text.words[j] == ",")
                and not (opener and _quote_mark(text.words[j]))
            ):
                break
            if text.keys[j] in ("que", "qu'"):
                k = j
                break
            if (
                opener
                and cue.takes == "clause"
                and text.words[k] in ("à", "aux", "au")
                and not adverbial_at(text, k)  # *à plusieurs reprises*
                and text.keys[j] in ("de", "d'")
                and _infinitive_after(text, j + 1, last)
            ):
                k = j  # *a demandé aux pays voisins et à l'UA de « discuter »*
                break
    key = text.keys[k]
    word = text.words[k]
    if key in ("que", "qu'"):
        start = k + 1
    elif key == ":" or (word in OPENING_MARKS and not cue.takes_object):
        return None  # direct speech: found by its quotation marks
    elif cue.takes in ("clause", "object") and (
        key in _CLAUSE_STARTS
        or (word == "à" and cue.lemma in ("appeler", "exhorter"))
        or (
            word.isalpha()
            and word.islower()
            and key.endswith(_INFINITIVE_ENDINGS)
            and key not in DETERMINERS
        )
    ):
        start = k  # *a démenti avoir...*, *promet de...*, *affirme préparer...*
    elif cue.takes == "infinitive" and _bare_infinitive(text, k, last):
        start = k  # *a annoncé avoir abattu douze drones*, not *a annoncé hier la fin*
    elif cue.takes_object and (key in DETERMINERS or word in OPENING_MARKS):
        start = k
    elif (
        (cue.takes_quoted or cue.takes == "clause")
        and key in DETERMINERS
        and any(text.words[t] in OPENING_MARKS for t in range(k, cue.quote_reach(k, last, 6)))
    ):
        start = k  # *a annoncé une « diminution visible » des effectifs*
    elif (
        cue.takes_quoted
        and key in ("de", "d'")
        and any(text.words[t] in OPENING_MARKS for t in range(k, cue.quote_reach(k, last, last)))
    ):
        start = k  # *a menacé de faire « payer le prix fort »*, not *a menacé de partir*
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
    if (
        cue.lemma == "reconnaître"
        and text.keys[start - 1] not in ("que", "qu'")  # *a reconnu que l'État avait failli*
        and (
            any(text.keys[k] in _recognitions() for k in range(start, min(last, start + 12)))
            or _verdict(text, start, last)
        )
    ):
        return None  # *ne reconnaît pas la compétence du tribunal*, *reconnu coupable*: no words
    if inverted_pronoun(text, verb, cue_end):
        speaker = pronoun_speaker(text, verb)
    elif text.keys[i].endswith("ant") and verb > first and text.keys[verb - 1] != "en":
        speaker = sentence_subject(text, first, verb, None)  # *..., accusant X de ...*
    else:
        speaker = subject_before(text, verb)
    stop = _next_cue(text, lex, start, last)
    if cue.takes_object and text.keys[start] in DETERMINERS:
        stop = _next_predicate(text, start, stop)
    if verb > first and text.keys[verb - 1] == "qui":
        # *Le ministre, qui a affirmé que X, a quitté la salle*: the relative clause ends
        # where the main clause takes up its verb.
        stop = next(
            (
                j
                for j in range(start, stop - 1)
                if text.words[j] == ","
                and (text.keys[j + 1] in FINITE_VERBS or text.keys[j + 1] in ("ne", "n'"))
            ),
            stop,
        )
    content = _content_offsets(text, start, stop)
    if content[0] >= content[1]:
        return None
    begin = speaker.start if speaker is not None and speaker.start < verb else verb
    return _on_cue(begin, last, content, speaker, (i, cue_end), cue)


def _next_cue(text: TokenView, lex: _Lexicon, start: int, last: int) -> int:
    """Where the content from ``start`` ends: before a coordinated cue of the same subject.

    *a jugé « inquiétant » l'afflux et appelé le Maroc à ...*: two quotes, each its own words.
    The places of such cues are found once per sentence (:meth:`TokenView.sentence_marks`).
    """
    if start + 2 >= last:
        return last
    stops = text.sentence_marks(
        start, "joining cue", lambda k: k + 1 < last and _cue_joins(text, lex, k, last)
    )
    at = bisect_right(stops, start)
    return stops[at] if at < len(stops) and stops[at] < last - 1 else last


def _next_predicate(text: TokenView, start: int, stop: int) -> int:
    """Where an object's words end before a second verb of the subject, at most ``stop``.

    *a condamné l'attaque et arrêté trois suspects*: the arrest is no word of the
    condemnation. Only for an object: a clause (*que ... et arrêté*) keeps its own verbs.
    """
    stops = text.sentence_marks(start, "joining participle", lambda k: _participle_joins(text, k))
    at = bisect_right(stops, start)
    return min(stop, stops[at]) if at < len(stops) else stop


def _participle_joins(text: TokenView, k: int) -> bool:
    """*et arrêté*, *et a arrêté*: *et* and a past participle, auxiliaries and adverbs between."""
    if text.keys[k] != "et":
        return False
    j = past_auxiliaries(text, k + 1, text.n)
    word = text.words[j] if j < text.n else ""
    return (
        len(word) > 3
        and word.isalpha()
        and word.islower()
        and word.endswith(("é", "és", "ée", "ées", "i", "is", "u", "us", "it"))
        and text.keys[j] not in DETERMINERS
        and text.keys[j - 1] not in DETERMINERS
    )


def _cue_joins(text: TokenView, lex: _Lexicon, k: int, last: int) -> bool:
    """Whether a second cue of the same subject joins the clause at ``k``."""
    if text.words[k] == "," and text.keys[k + 1].endswith("ant") and _cue_at(text, lex, k + 1):
        return True  # *a déclaré avoir frappé, indiquant que ...*: a second quote
    if text.keys[k] not in ("et", "mais", "puis") or text.words[k - 1] == "«":
        return False
    j = past_auxiliaries(text, k + 1, last)
    return j < last and _cue_at(text, lex, j) is not None and text.words[j][-1:] in "éeits"


_COMPLEMENT_OPENERS = frozenset(
    {"à", "aux", "au", "lors", "devant", "dans", "auprès", "après", "en", "sur", "pendant"}
)
"""Words that open a complement of a reporting verb before its *que* (*à la presse*)."""


def _after_adverbials(text: TokenView, k: int, last: int, times: dict[int, int]) -> int:
    """The token after the adverbs and times that follow a cue.

    *a déclaré mercredi 3 mars*, *a promis, mardi, de*, *estime finalement que*.
    """
    start = k
    while k < last:
        if k in times:
            k = times[k]
        elif text.keys[k] in ADVERBS:
            k += 1
        elif adverbial_at(text, k):
            k += adverbial_at(text, k)  # *a confirmé de son côté X*
        elif text.words[k] == ",":
            if k + 1 < last and (text.keys[k + 1] in ADVERBS or k + 1 in times):
                k += 1  # *, mardi,*: an incise of time
            elif k > start and text.words[start] == ",":
                k += 1  # the comma that closes it
                break
            else:
                break
        else:
            break
    return k


def _apposed_name(text: TokenView, first: int, comma: int) -> bool:
    """*le procureur de la CPI, Karim Khan, a demandé*: a name between commas is the subject.

    The words between the comma before the verb and the one before them are exactly a name.
    """
    if text.words[comma] != ",":
        return False
    start = comma
    while start > first and text.words[start - 1] != ",":
        start -= 1
    if start == first:
        return False
    found = text.mention_at(start)
    return found is not None and found[0] == start and found[1] == comma


def _named_after_only(text: TokenView, first: int, comma: int, k: int, last: int) -> bool:
    """*Les négociations reprendront, a dit X.*: a person after the verb, none before it."""
    before = entity_in(text, first, comma)
    after = entity_in(text, k, last) if k < last else None
    return before is None and after is not None and after[2].type == EntityType.PER


def _clause_before(text: TokenView, first: int, comma: int) -> bool:
    """Whether the words before a comma are a clause, not a name in apposition.

    *Les négociations reprendront la semaine prochaine, a dit X* is a clause; *Le
    porte-parole, X, a dit* is an apposition.
    """
    start = comma
    while start > first and text.words[start - 1] != ",":
        start -= 1
    words = sum(1 for k in range(start, comma) if not text.punct[k])
    return has_verb(text, first, comma) or (start == first and words > 6)


def _ends_sentence(text: TokenView, k: int, last: int) -> bool:
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
            text.keys[j] in AUXILIARIES and text.words[j] in ("a", "ont", "est", "sont")
        ):
            return False
        j += 1
    return True


def _build(doc: Document, text: TokenView, found: _Found) -> Quote:
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
