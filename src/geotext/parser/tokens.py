"""The French tokeniser: one compiled pattern, one pass over the whole text.

Alternatives are tried in order at each token start: URLs, known abbreviations and
apostrophe words, numbers (*6 000*, *2,5*, *14h30*, *1er*), dotted names (domains, e-mail
addresses), elisions (*l'*, *qu'*, *jusqu'*), inverted pronouns (*-t-il*), names with an inner
apostrophe that no elision opens (*Sa'dah*), words with their inner hyphens
(*Saint-Pétersbourg*), punctuation. Every repetition is possessive or bounded,
so no input makes the pattern backtrack more than a few characters.
"""

from __future__ import annotations

from array import array
from functools import lru_cache
from itertools import islice

import attrs
import regex

from geotext._patterns import alternation
from geotext.data import read_lines, read_table
from geotext.model import TokenKind, TokenTable

__all__ = ["Tokenisation", "tokenise"]

_PRONOUNS = "il|elle|on|ils|elles|je|tu|nous|vous|ce"
#: Inner hyphens join words (*Saint-Pétersbourg*) unless an inverted pronoun follows (*a-t-il*).
_HYPHENATED = rf"(?:-(?!t-(?:{_PRONOUNS})(?!\w)|(?:{_PRONOUNS})(?![\w-]))\w++){{0,15}}+"
_WORD = rf"\w++{_HYPHENATED}"
_URL = r"(?i:https?://|www\.)[^\s<>\"«»]*[^\s<>\"«».,;:!?)\]'’]"
_UNITS = r"(?:km|kg|mm|cm|m|t|kt|ha|mn|min|h|s|Mds?|M)(?!\w)"
_NUMBER = "|".join(
    [
        r"\d{1,3}(?:[ ]\d{3}){1,8}+(?:,\d++)?(?![\d])",  # 6 000 / 1 200 000,5
        r"\d{1,2}/\d{1,2}/\d{2,4}(?!\d)",  # 03/06/2023
        r"\d{1,2}[hH:]\d{2}(?!\d)",  # 14h30 / 14:30
        r"\d++(?:[.,]\d++){1,8}+",  # 2,5 / 1.200 / 3.14
        r"\d++(?:er|re|ère|ers|res|ères|e|es|ème|èmes|eme|nd|nde|nds|ndes)(?!\w)",  # 1er, 3e
        rf"\d++(?=[^\w]|$|{_UNITS})",  # 30 / 30 in 30km
    ]
)
# Labels and their number are bounded (a DNS label has at most 63 characters), so a failed
# attempt inside a long run of word characters, dots and hyphens costs a bounded scan, not
# the rest of the run; a longer dotted run is no address and is split by the other rules.
# Every repetition of a group is bounded: the regex module keeps memory per repetition.
_DOTTED = r"[\w-]{1,63}+(?:[.@][\w-]{1,63}+){1,15}+(?![.@][\w-])(?:/[^\s<>\"«»]*+)?"
_PUNCT = r"\.{2,}+|[!?]{2,}+|\p{P}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The main pattern and the one that re-splits a dotted name that is no address."""
    abbreviations = [a for a, _ in read_table("fr/abbreviations.tsv", 2)]
    titles = [a for a, kind in read_table("fr/abbreviations.tsv", 2) if kind == "title"]
    exceptions = list(read_lines("fr/word_exceptions.txt"))
    elisions = alternation(list(read_lines("fr/elisions.txt")))

    def build(dotted: bool) -> regex.Pattern[str]:
        parts = [
            # Fast path, tried first: a word that no other alternative could claim, since
            # it is neither followed by a dot, an apostrophe, a hyphen, @, : or / nor starts
            # with a digit. Most tokens of prose end here.
            rf"(?P<plain>\p{{L}}\w*+{_HYPHENATED})(?![\w.'@:/-])",
            rf"(?P<url>{_URL})",
            rf"(?P<title>(?:{alternation(titles)})(?!\w))",
            rf"(?P<abbr>(?:{alternation(abbreviations)})(?!\w))",
            rf"(?P<exception>(?i:{alternation(exceptions)})(?![\w-]))",
            r"(?P<acronym>(?:\p{Lu}\.){2,10}+)",
            r"(?P<initial>\p{Lu}\.(?:-\p{Lu}\.)?(?=[ ]?\p{Lu}))",
            rf"(?P<number>{_NUMBER})",
        ]
        if dotted:
            parts.append(rf"(?P<dotted>{_DOTTED})")
        parts += [
            rf"(?P<elision>(?i:{elisions})'(?=\w))",
            rf"(?P<inversion>-t-(?:{_PRONOUNS})(?!\w)|-(?:{_PRONOUNS})(?![\w-]))",
            # An apostrophe inside a transliterated name that no elision opens (*Sa'dah*).
            rf"(?P<inner>\p{{Lu}}\p{{Ll}}{{1,3}}+'\p{{Ll}}\w*+{_HYPHENATED})",
            rf"(?P<word>{_WORD})",
            rf"(?P<punct>{_PUNCT})",
            r"(?P<symbol>\S)",
        ]
        # The leading blanks are eaten by each match (no alternative starts with one), so
        # the scan never tries, and fails, every alternative at each space; blanks that end
        # the text match as an empty ``end``, so no position rescans them.
        parts.append(r"(?P<end>\Z)")
        return regex.compile(r"\s*+(?:" + "|".join(parts) + ")", regex.V0)

    return build(True), build(False)


@lru_cache(maxsize=1)
def _tlds() -> frozenset[str]:
    return frozenset(read_lines("tlds.txt"))


_GROUP_KINDS = {
    "plain": TokenKind.WORD,
    "url": TokenKind.URL,
    "title": TokenKind.WORD,
    "abbr": TokenKind.WORD,
    "exception": TokenKind.WORD,
    "acronym": TokenKind.WORD,
    "initial": TokenKind.WORD,
    "number": TokenKind.NUMBER,
    "elision": TokenKind.WORD,
    "inversion": TokenKind.WORD,
    "inner": TokenKind.WORD,
    "word": TokenKind.WORD,
    "punct": TokenKind.PUNCT,
    "symbol": TokenKind.SYMBOL,
}
_KIND_CODES = {kind: code for code, kind in enumerate(TokenKind)}
_GROUP_CODES = {group: _KIND_CODES[kind] for group, kind in _GROUP_KINDS.items()}
_TRAILING = ".,;:!?)]'\"»"


@lru_cache(maxsize=1)
def _group_numbers() -> tuple[tuple[int, ...], int, int, frozenset[int]]:
    """The main pattern's groups by number.

    Each group's kind code, then the numbers of the empty end match, of a dotted name, and of
    the groups whose full stop ends no sentence (a title, an initial).
    """
    numbers = _patterns()[0].groupindex
    names = {number: name for name, number in numbers.items()}
    codes = tuple(_GROUP_CODES.get(names.get(number, ""), 0) for number in range(len(names) + 1))
    nonfinal = frozenset({numbers["title"], numbers["initial"]})
    return codes, numbers["end"], numbers["dotted"], nonfinal


def _address_kind(text: str) -> tuple[TokenKind, int] | None:
    """Whether a dotted name is an e-mail address or a domain, and its length once trimmed."""
    trimmed = text.rstrip(_TRAILING)
    host, _, _path = trimmed.partition("/")
    if host.count("@") == 1:
        user, domain = host.split("@")
        labels = domain.split(".")
        if user and len(labels) >= 2 and labels[-1].isalpha() and len(labels[-1]) >= 2:
            return TokenKind.EMAIL, len(trimmed)
        return None
    if "@" in host:
        return None
    labels = host.split(".")
    tld = labels[-1]
    if (
        tld.lower() in _tlds()
        and (tld.islower() or tld.isupper())
        and all(labels)
        and any(c.isalpha() for c in labels[-2])
    ):
        return TokenKind.URL, len(trimmed)
    return None


@attrs.frozen
class Tokenisation:
    """Token arrays, plus the offsets of full stops that belong to a title or an initial."""

    table: TokenTable
    nonfinal_dots: frozenset[int]


def tokenise(text: str) -> Tokenisation:
    """Split normalised ``text`` into tokens, in one pass."""
    main, fallback = _patterns()
    codes, end, dotted, nonfinal_groups = _group_numbers()
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    kinds = bytearray()
    nonfinal: list[int] = []
    matches = main.finditer(text)
    while True:
        # Each alternative is one group with no group inside, so ``lastindex`` names it. The
        # spans are read a chunk at a time in one comprehension (fast, and a long text never
        # holds a tuple per token), and the rare dotted names re-split afterwards.
        found = [(m.lastindex or 0, *m.span(m.lastindex or 0)) for m in islice(matches, _CHUNK)]
        if not found:
            break
        while found and found[-1][0] == end:  # the blanks before the end, then the end
            found.pop()
        indices = [index for index, _, _ in found]
        if not nonfinal_groups.isdisjoint(indices):
            nonfinal.extend([b - 1 for index, _, b in found if index in nonfinal_groups])
        if dotted not in indices:
            starts.extend([a for _, a, _ in found])
            ends.extend([b for _, _, b in found])
            kinds.extend([codes[index] for index in indices])
            continue
        for index, a, b in found:
            if index != dotted:
                starts.append(a)
                ends.append(b)
                kinds.append(codes[index])
                continue
            address = _address_kind(text[a:b])
            if address is not None:
                kind, length = address
                starts.append(a)
                ends.append(a + length)
                kinds.append(_KIND_CODES[kind])
                if a + length == b:
                    continue
                a += length
            for sub in fallback.finditer(text, a, b):
                sub_group = sub.lastgroup
                if sub_group == "end":
                    break
                starts.append(sub.start(sub_group or 0))
                ends.append(sub.end())
                kinds.append(_GROUP_CODES[sub_group or "symbol"])
    return Tokenisation(TokenTable(starts, ends, bytes(kinds)), frozenset(nonfinal))


#: How many tokens are read at a time.
_CHUNK = 4096
