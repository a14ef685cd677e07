"""Which language a text is in, from the function words it is full of.

geotext reads French; a feed also brings English, Spanish, Italian, Portuguese, German, Dutch
and Arabic written in Latin letters. Each paragraph says which it is through its short,
frequent words (*the*, *of*, *and*; *el*, *los*, *por*; *le*, *les*, *dans*, and French
elisions *l'*, *d'*, *qu'*), whatever it speaks about. The profiles are the package data file
``geotext/data/languages.tsv``; one pass of a simple word pattern and a dictionary look-up
per word find them, so detection costs a few per cent of a parse.

>>> detect_language("The army said on Monday that the missiles were fired from the north.")
'en'
>>> detect_language("L'armée a indiqué lundi que les missiles avaient été tirés du nord.")
'fr'
>>> detect_language("Kiev, 12 h 30") is None
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

import attrs
import regex

from geotext.data import read_table

__all__ = [
    "FRENCH",
    "block_languages",
    "detect_language",
    "known_languages",
    "language_scores",
]

#: The language geotext's own extractors read (ISO 639-1).
FRENCH = "fr"

#: How many characters are read at a time.
_SLICE = 1 << 16

#: Least number of function words of a language for a text to be called that language.
MIN_EVIDENCE = 3
#: How many times more function words than French another language needs.
MARGIN = 2.0

# French elided articles and pronouns before a letter: l'armée, d'un, qu'il, n'a, s'est.
_ELISIONS = frozenset({"l'", "d'", "qu'", "n'", "s'", "c'", "j'", "jusqu'", "lorsqu'", "puisqu'"})

#: A word not glued to a letter, digit, apostrophe or hyphen before it, with the apostrophe
#: of an elision before a letter. One pass of this simple pattern, then a dictionary look-up
#: per word, is many times faster than one alternation of every function word.
_WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{L}+(?:['’](?=\p{L}))?")


@attrs.frozen
class _Profiles:
    languages: dict[str, tuple[int, ...]]
    """Function word (lower case) -> the index of each language it belongs to (in ``names``),
    a French elision -> French alone."""
    names: tuple[str, ...]


@cache
def _profiles() -> _Profiles:
    rows = read_table("languages.tsv", 2)
    names = tuple(language for language, _ in rows)
    languages: dict[str, list[int]] = {}
    for index, (_language, words) in enumerate(rows):
        for word in words.split():
            languages.setdefault(word, []).append(index)
    for elision in _ELISIONS:
        languages[elision] = [names.index(FRENCH)]
    return _Profiles({word: tuple(found) for word, found in languages.items()}, names)


def known_languages() -> tuple[str, ...]:
    """The languages geotext recognises, as ISO 639-1 codes, in the order of its data file.

    >>> known_languages()[:3]
    ('fr', 'en', 'es')
    """
    return _profiles().names


def language_scores(text: str, start: int = 0, end: int | None = None) -> dict[str, int]:
    """How many function words of each language, and of it alone, ``text[start:end]`` holds.

    A word that several languages share (*la*, *que*, *de*) counts for none; French
    elisions count for French.

    >>> scores = language_scores("the end of the war")
    >>> scores["en"], scores["fr"]
    (3, 0)
    """
    profiles = _profiles()
    counts = [0] * len(profiles.names)
    stop = len(text) if end is None else end
    table = profiles.languages
    words: Counter[str] = Counter()
    position = start
    while position < stop:
        # In slices cut at a space, so that a long text never holds all its words at once.
        cut = min(stop, position + _SLICE)
        if cut < stop:
            space = text.rfind(" ", position, cut)
            cut = space if space > position else cut
        words.update(_WORD.findall(text[position:cut].lower()))
        position = cut
    for word, times in words.items():
        found = table.get(word.replace("’", "'"))
        if found is not None and len(found) == 1:
            counts[found[0]] += times
    return dict(zip(profiles.names, counts, strict=True))


def _decide(scores: dict[str, int]) -> str | None:
    """The language the scores point to, or None when they are too thin to say."""
    best = max(scores, key=lambda language: (scores[language], language == FRENCH))
    if best == FRENCH:
        return FRENCH if scores[FRENCH] >= MIN_EVIDENCE else None
    if scores[best] >= MIN_EVIDENCE and scores[best] >= MARGIN * scores[FRENCH]:
        return best
    return FRENCH if scores[FRENCH] >= MIN_EVIDENCE else None


def detect_language(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The ISO 639-1 code of the language of ``text[start:end]``, or None when it does not say.

    Another language wins over French only with at least three of its function words and
    twice as many as French has: a French paragraph that quotes an English phrase stays
    French. A text with fewer than three function words of any language (a headline, a
    caption, a list of figures) gives None.
    """
    return _decide(language_scores(text, start, end))


def block_languages(text: str, blocks: Sequence[tuple[int, int]]) -> tuple[str, tuple[str, ...]]:
    """The language of a text and of each of its blocks, ``(start, end)`` offsets in ``text``.

    Each block is detected on its own; the text's language is the one of the most characters
    among the blocks that say theirs (the whole text's function words where none does, French
    where even those are too few). A block that does not say (a short heading) takes the
    text's language, unless its few function words are all French.

    >>> text = "Kyiv under fire. The city was hit by drones and the army said that ..."
    >>> block_languages(text, [(0, 16), (17, len(text))])
    ('en', ('en', 'en'))
    """
    whole = language_scores(text)
    if all(n < MIN_EVIDENCE for language, n in whole.items() if language != FRENCH):
        # No other language has the evidence to win any block: all French, in one pass.
        return FRENCH, (FRENCH,) * len(blocks)
    scores = [language_scores(text, start, end) for start, end in blocks]
    found = [_decide(block) for block in scores]
    sizes: dict[str, int] = {}
    for (start, end), language in zip(blocks, found, strict=True):
        if language is not None:
            sizes[language] = sizes.get(language, 0) + end - start
    if sizes:
        document = max(sizes, key=lambda language: (sizes[language], language == FRENCH))
    else:
        document = _decide(whole) or FRENCH
    return document, tuple(
        language or _lean(block, document) for language, block in zip(found, scores, strict=True)
    )


def _lean(scores: dict[str, int], document: str) -> str:
    """The language of a block too short to say.

    French where its few function words are all French (a short French paragraph in a text
    mostly in English), else the text's.
    """
    if scores[FRENCH] and not any(n for language, n in scores.items() if language != FRENCH):
        return FRENCH
    return document
