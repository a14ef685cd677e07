"""Counted things in French news: the numbers, what they count, and whether they are losses.

One pass of a compiled pattern finds number expressions (digits with French grouping, number
words, *une vingtaine*, *des milliers*, scales and symbols); each is then read in its context:
the quantifier before it (*au moins*, *près de*, *jusqu'à*), the noun after it (*drones*,
*soldats*, *morts*, *millions d'euros*), and what the sentence says of the people counted
(*ont été tués*, *la mort de*, *a interpellé*). :class:`~geotext.extractors.QuantityExtractor`
and :class:`~geotext.extractors.CasualtyExtractor` share this reading and keep their part.
"""

from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise

import attrs
import regex

from geotext._patterns import alternation
from geotext.data import read_lines, read_table
from geotext.extractors.base import normalised_sentences
from geotext.language import FRENCH
from geotext.model import Bound, Casualty, CasualtyCategory, Document, Quantity, Span
from geotext.normaliser.numbers import SCALE_SYMBOLS, number_words, parse_number

__all__ = ["Count", "find_counts"]

_SYMBOL_UNITS = {"%": "percent", "€": "EUR", "$": "USD", "£": "GBP"}
_CONVERSIONS = {"m": ("km", Decimal("0.001"))}
_ARTICLE_WORDS = frozenset({"un", "une"})


@attrs.frozen
class Count:
    """A number read in context, in normalised offsets; ``category`` set for human losses."""

    start: int
    end: int
    value: float
    unit: str | None
    category: CasualtyCategory | None = None
    approximate: bool = False
    bound: Bound | None = None
    number_start: int = 0
    number_end: int = 0
    scale: int = 1
    unit_class: str | None = None


@attrs.frozen
class _Lexicon:
    number: regex.Pattern[str]
    quantifier: regex.Pattern[str]
    unit: regex.Pattern[str]
    before: regex.Pattern[str]
    after: regex.Pattern[str]
    subset: regex.Pattern[str]
    count_of: regex.Pattern[str]
    revision: regex.Pattern[str]
    xaf: regex.Pattern[str]
    quantifiers: dict[str, str]
    units: dict[str, tuple[str, str]]
    casualty_nouns: dict[str, str]
    approximations: dict[str, int]
    before_categories: dict[str, str]
    after_categories: dict[str, str]


@cache
def _lexicon() -> _Lexicon:
    words = [w for w in number_words() if w not in ("mil",)]
    word = rf"(?:{alternation([*words, 'demi'])})"
    words_number = rf"{word}(?:(?:[ -]et[ -](?=un|une|onze)|[ -]){word}){{0,12}}+"
    approximations = {noun: int(value) for noun, value in read_table("fr/approximations.tsv", 2)}
    approx = alternation(approximations)
    number = regex.compile(
        r"(?i:(?P<det>\b(?:une?|des|plusieurs|quelques|d'une?|d')[ ]?)"
        rf"(?P<approx>{approx})(?:[ ]d[e'][ ]?(?P<approx_of>milliers|millions|centaines))?\b)"
        r"|(?<![\w.,'/-])(?P<digits>\d{1,3}(?:(?P<sep>[ '.])\d{3})(?:(?P=sep)\d{3}){0,6}+"
        r"(?:,\d++)?|\d++(?:,\d++)?)"
        r"(?=[^\w'/.,-]|$|km|kg|[.,](?!\d))"
        r"(?:[ ](?P<scale>(?i:millions?|milliards?|billions?|mille))\b"
        r"|[ ]?(?P<scale_symbol>Mds?|Mrds?|Md|M)(?=[ ]?[€$£]))?"
        rf"|(?<![\w-])(?P<words>(?i:{words_number}))(?![\w-])",
    )
    quantifiers = {p.lower(): e for p, e in read_table("fr/quantifiers.tsv", 2)}
    quantifier = regex.compile(
        rf"(?i:(?<![\w'])(?P<q>{alternation(quantifiers)})[ ]?)\Z",
    )
    units = {f.lower(): (u, c) for f, u, c in read_table("fr/units.tsv", 3)}
    casualty_nouns = {f.lower(): c for f, c in read_table("fr/casualty_nouns.tsv", 2)}
    unit = regex.compile(
        r"(?P<lead>[ ]?(?:(?:de|d')[ ]?)?(?i:(?:autres|nouveaux|nouvelles|premiers|premières"
        r"|de[ ]ses|de[ ]leurs|de[ ]nos|le[ ]nombre[ ]d[e'][ ]?)[ ]*)?)"
        rf"(?:(?P<casualty>(?i:{alternation(casualty_nouns)}))"
        rf"|(?P<unit>(?i:{alternation(units)}))"
        r"|(?P<demonym>\p{Lu}\p{Ll}+(?:iens|iennes|ais|aises|ois|oises|ains|aines|ites|ards|ens))"
        r"|(?P<proper>\p{Lu}\p{Ll}+))"
        r"(?![\w-])",
    )
    predicates = read_table("fr/casualty_predicates.tsv", 3)
    before_categories = {p.lower(): c for p, c, where in predicates if where == "before"}
    after_categories = {p.lower(): c for p, c, where in predicates if where == "after"}
    before = regex.compile(
        rf"(?i:\b(?P<p>{alternation(before_categories)})(?:[ ]\p{{Ll}}+){{0,3}}[ ]?)\Z",
    )
    after = regex.compile(rf"(?i:(?<![\w'])(?P<p>{alternation(after_categories)})(?![\w-]))")
    subset = regex.compile(
        r"(?i:\b(?:(?P<subset>dont|parmi[ ]lesquel(?:le)?s|parmi[ ]eux|parmi[ ]elles|y[ ]compris)"
        r"|(?P<compared>contre|soit|et[ ]non))[ ]?)\Z"
    )
    count_of = regex.compile(
        rf"(?i:\bnombre[ ]d[e'][ ]?(?:(?P<casualty>{alternation(casualty_nouns)})"
        rf"|(?P<unit>{alternation(units)}))(?![\w-]))"
    )
    revision = regex.compile(
        r"(?i:\b(?:bilan|nombre[ ]de[ ](?:morts|tués|blessés|victimes))\b.{0,40}?"
        r"\b(?:alourdi|monté|grimpé|passé|porté|revu|réévalué|atteint|dépassé)\b"
        r"|\bnouveau[ ]bilan\b|\bbilan[ ](?:actualisé|révisé|définitif)\b)"
    )
    xaf = regex.compile(rf"\b(?:{alternation(read_lines('fr/xaf_countries.txt'))})\b")
    return _Lexicon(
        number=number,
        quantifier=quantifier,
        unit=unit,
        before=before,
        after=after,
        subset=subset,
        count_of=count_of,
        revision=revision,
        xaf=xaf,
        quantifiers=quantifiers,
        units=units,
        casualty_nouns=casualty_nouns,
        approximations=approximations,
        before_categories=before_categories,
        after_categories=after_categories,
    )


_SYMBOL = regex.compile(r"[ ]?(?P<symbol>[%€$£])|[ ](?P<percent>pour[ -]?cent)\b")
_RANGE_LINK = regex.compile(r"[ ](?:et|à|-|—)[ ]")
_RANGE_REVISION = regex.compile(
    r"(?i:\b(?:passée?s?|grimpée?s?|montée?s?|augmentée?s?|baissée?s?|chutée?s?|"
    r"passer|grimper|monter)\b[^.;]{0,30}\Z)"
)
_AGE = regex.compile(r"[ ]ans\b")
# A number that is a date, a year or an age counts nothing (le 7 octobre, en 2021, 45 ans).
_NOT_A_COUNT = regex.compile(
    r"[ ](?:ans|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre)\b"
)
_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
_CLOSE_PREDICATE = regex.compile(r"[ ](?:\p{Ll}+[ ]){0,3}")
_ANAPHORIC = regex.compile(r"(?i:\b(?:les|ces|ses|leurs|aux|nos|vos|des|l'un|l'une)[ ]\Z)")
_NEGATED = regex.compile(r"(?i:\baucune?[ ]d(?:es|e)[ ]\Z)")
# A loss that may happen is no loss reported: un conflit pourrait faire 100 000 morts.
_PROJECTED = regex.compile(
    r"(?i:\b(?:pourrai(?:en)?t|pourront|risquer?(?:ai)?(?:en)?t?[ ]de"
    r"|menacer?(?:ai)?(?:en)?t?[ ]de)\b[^.;,]{0,30}\Z)"
)
# A loss named by its status (otages, réfugiés) that the sentence then says were killed or
# wounded counts in that category: cinq otages ont été tués.
_OVERRIDING = frozenset({"killed", "injured"})
_APPROX_OF = {"milliers": 1000, "millions": 10**6, "centaines": 100}
_VAGUE_DETERMINERS = frozenset({"des", "plusieurs", "quelques"})


@attrs.define
class _Draft:
    """A count being read; mutable while its sentence is read, frozen into a Count after."""

    start: int
    number_start: int
    number_end: int
    end: int
    value: Decimal
    scale: int = 1
    unit: str | None = None
    unit_class: str | None = None
    category: str | None = None
    approximate: bool = False
    bound: Bound | None = None
    symbol: bool = False
    article: bool = False
    anaphoric: bool = False
    drop: bool = False


def _read_number(
    match: regex.Match[str], lex: _Lexicon
) -> tuple[Decimal, int, bool, Bound | None, bool] | None:
    """(value, scale, approximate, bound, article-like) of a number match, or None."""
    if match.group("approx"):
        value = lex.approximations[match.group("approx").lower()]
        if match.group("approx_of"):
            value *= _APPROX_OF[match.group("approx_of").lower()]
        determiner = match.group("det").strip().lower()
        bound = Bound.MIN if determiner in _VAGUE_DETERMINERS else None
        return Decimal(value), 1, True, bound, False
    if match.group("digits"):
        number = parse_number(match.group("digits"))
        if number is None:
            return None
        scale = 1
        if match.group("scale"):
            scale = number_words()[match.group("scale").lower()][0]
        elif match.group("scale_symbol"):
            scale = SCALE_SYMBOLS[match.group("scale_symbol")]
        return Decimal(str(number)) * scale, scale, False, None, False
    phrase = match.group("words")
    number = parse_number(phrase)
    if number is None:
        return None
    return Decimal(str(number)), 1, False, None, phrase.lower() in _ARTICLE_WORDS


def _read_sentence(text: str, start: int, end: int, lex: _Lexicon) -> list[_Draft]:
    matches = list(lex.number.finditer(text, start, end))
    drafts: list[_Draft] = []
    for index, match in enumerate(matches):
        read = _read_number(match, lex)
        if read is None:
            continue
        value, scale, approximate, bound, article = read
        a, b = match.span()
        if _NOT_A_COUNT.match(text, b):
            continue
        if _NEGATED.search(text, max(start, a - 12), a):
            continue  # aucune des 40 personnes: nobody
        anaphoric = value <= 3 and match.group("words") is not None
        anaphoric = anaphoric and _ANAPHORIC.search(text, max(start, a - 8), a) is not None
        draft = _Draft(a, a, b, b, value, scale, approximate=approximate, bound=bound)
        draft.article = article
        draft.anaphoric = anaphoric
        quantifier = lex.quantifier.search(text, max(start, a - 30), a)
        if quantifier is not None and article:
            continue  # plus d'une victime: a manner of speaking, not a count of one
        if quantifier is not None:
            effect = lex.quantifiers[quantifier.group("q").lower()]
            draft.start = quantifier.start()
            if effect == "approx":
                draft.approximate = True
            else:
                draft.bound = Bound(effect)
        position = b
        symbol = _SYMBOL.match(text, position, end)
        if symbol is not None:
            found = symbol.group("symbol")
            draft.unit = _SYMBOL_UNITS[found] if found else "percent"
            draft.unit_class = "percent" if draft.unit == "percent" else "money"
            draft.symbol = True
            draft.end = symbol.end()
        else:
            unit = lex.unit.match(text, position, end)
            if unit is not None and not (
                article and (unit.group("demonym") or unit.group("proper"))
            ):
                draft.end = unit.end()
                if unit.group("casualty"):
                    draft.category = lex.casualty_nouns[unit.group("casualty").lower()]
                    _override_status(text, draft, end, lex)
                elif unit.group("unit"):
                    draft.unit, draft.unit_class = lex.units[unit.group("unit").lower()]
                elif unit.group("demonym"):
                    draft.unit, draft.unit_class = "person", "people"
                else:
                    # Any other name (150 Rohingya) may be people, counted only as losses.
                    draft.unit_class = "people"
        people = draft.unit_class == "people"
        if draft.category is None and (people or (draft.unit_class is None and not article)):
            _read_losses(text, draft, matches, index, start, end, lex)
        drafts.append(draft)
    _link_ranges(text, drafts, start, lex)
    _inherit(text, drafts, start, end, lex)
    return drafts


def _override_status(text: str, draft: _Draft, end: int, lex: _Lexicon) -> None:
    """Cinq otages ont été tués: killed, not captured."""
    if draft.category in _OVERRIDING:
        return
    window = text[draft.end : min(end, draft.end + 50)]
    stop = regex.search(r"\d|[,;]", window)
    after = lex.after.search(text, draft.end, draft.end + (stop.start() if stop else len(window)))
    if after is not None:
        category = lex.after_categories[after.group("p").lower()]
        if category in _OVERRIDING:
            draft.category = category
            draft.end = after.end()


def _read_losses(
    text: str,
    draft: _Draft,
    matches: list[regex.Match[str]],
    index: int,
    start: int,
    end: int,
    lex: _Lexicon,
) -> None:
    """Set the category of people counted by what the sentence says of them."""
    before = lex.before.search(text, max(start, draft.start - 40), draft.start)
    if before is not None:
        draft.category = lex.before_categories[before.group("p").lower()]
        return
    if draft.unit_class is None:
        # A bare number is a loss only when the predicate follows it closely (sept ont été
        # tués), and never when it reads as a year.
        if _YEAR.fullmatch(text, draft.number_start, draft.number_end):
            return
        after = lex.after.search(text, draft.end, min(end, draft.end + 40))
        if after is not None and _CLOSE_PREDICATE.fullmatch(text, draft.end, after.start()):
            draft.category = lex.after_categories[after.group("p").lower()]
            draft.end = after.end()
        return
    stop = min(end, draft.end + 100)
    for position in range(index + 1, len(matches)):
        following = matches[position]
        if following.start() >= stop:
            break
        if _AGE.match(text, following.end()) or following.group().lower() in _ARTICLE_WORDS:
            continue
        between = text[draft.end : following.start()]
        if between.endswith(" et ") and "," not in between:
            continue
        stop = following.start()
        break
    after = lex.after.search(text, draft.end, stop)
    if after is not None:
        draft.category = lex.after_categories[after.group("p").lower()]
        draft.end = after.end()


def _link_ranges(text: str, drafts: list[_Draft], start: int, lex: _Lexicon) -> None:
    """*entre 200 et 300 soldats*: the first end takes the unit; *passé de 20 à 35*: the last."""
    for first, second in pairwise(drafts):
        if first.drop or first.unit or first.category or first.symbol:
            continue
        if not _RANGE_LINK.fullmatch(text, first.number_end, second.start):
            continue
        if _RANGE_REVISION.search(text, max(start, first.start - 40), first.start):
            first.drop = True
            continue
        first.unit, first.unit_class, first.category = (
            second.unit,
            second.unit_class,
            second.category,
        )
        if first.scale == 1 and second.scale != 1:
            first.value *= second.scale
        first.bound = Bound.MIN
        first.end = second.end
        second.drop = True


def _inherit(text: str, drafts: list[_Draft], start: int, end: int, lex: _Lexicon) -> None:
    """Subsets (*dont trois enfants*) and counts of a named total (*le nombre de blessés*)."""
    previous: _Draft | None = None
    totals = list(lex.count_of.finditer(text, start, end))
    total_starts = [m.start() for m in totals]
    for draft in drafts:
        if draft.drop:
            continue
        link = None
        if previous is not None:
            link = lex.subset.search(text, max(start, draft.start - 20), draft.start)
        if previous is not None and link is not None:
            # A subset shares the loss (dont trois enfants); a compared figure (contre 36 la
            # veille) only the unit, since an older toll is not a loss of its own.
            shares_loss = link.group("subset") and previous.category
            if shares_loss and draft.unit_class in (None, "people") and not draft.category:
                draft.category = previous.category
            elif draft.unit is None and not draft.category and not previous.category:
                draft.unit, draft.unit_class = previous.unit, previous.unit_class
        if draft.unit is None and draft.category is None:
            before = bisect_right(total_starts, draft.start) - 1
            named = totals[before] if before >= 0 and totals[before].end() <= draft.start else None
            if named is not None:
                if named.group("casualty"):
                    draft.category = lex.casualty_nouns[named.group("casualty").lower()]
                else:
                    draft.unit, draft.unit_class = lex.units[named.group("unit").lower()]
        previous = draft


def find_counts(doc: Document) -> tuple[Count, ...]:
    """Every count of ``doc`` that has a unit or is a human loss, in text order."""
    return _counts_of(doc.normalised.text, tuple(normalised_sentences(doc, (FRENCH,))))


@lru_cache(maxsize=8)
def _counts_of(text: str, sentences: tuple[tuple[int, int], ...]) -> tuple[Count, ...]:
    """The counts of a text cut into sentences.

    Kept for the last few texts, so that the quantities and casualties extractors, which
    both need them, read each document once; the result depends on the arguments alone.
    """
    lex = _lexicon()
    counts: list[Count] = []
    latest_revision: dict[CasualtyCategory, int] = {}
    for start, end in sentences:
        revision = lex.revision.search(text, start, end) is not None
        xaf = lex.xaf.search(text, start, end) is not None
        for draft in _read_sentence(text, start, end, lex):
            if draft.drop or (draft.unit is None and draft.category is None):
                continue
            if (draft.article or draft.anaphoric) and draft.category is None:
                continue  # un drone, les deux pays: not counts, unless losses
            if draft.category and _PROJECTED.search(
                text, max(start, draft.start - 60), draft.start
            ):
                continue
            unit, value = draft.unit, draft.value
            if unit in _CONVERSIONS:
                unit, factor = _CONVERSIONS[unit]
                value *= factor
            if unit == "XOF" and xaf:
                unit = "XAF"
            category = CasualtyCategory(draft.category) if draft.category else None
            if category is not None and revision:
                latest_revision[category] = len(counts)
            counts.append(
                Count(
                    draft.start,
                    draft.end,
                    int(value) if value == value.to_integral_value() else float(value),
                    None if category else unit,
                    category,
                    draft.approximate,
                    draft.bound,
                    draft.number_start,
                    draft.number_end,
                    draft.scale,
                    draft.unit_class,
                )
            )
    # A revised toll (le bilan s'est alourdi à 14 morts) replaces the earlier ones.
    counts = [
        c
        for i, c in enumerate(counts)
        if c.category is None or i >= latest_revision.get(c.category, 0)
    ]
    return tuple(_without_repeated_tolls(counts))


def _without_repeated_tolls(counts: list[Count]) -> list[Count]:
    """A toll stated twice (title and body, or quoted) is kept once."""
    seen: set[tuple[CasualtyCategory, float]] = set()
    kept = []
    for count in counts:
        if count.category is not None:
            key = (count.category, count.value)
            if key in seen:
                continue
            seen.add(key)
        kept.append(count)
    return kept


def quantities(doc: Document) -> tuple[Quantity, ...]:
    """The counts of ``doc`` that are not losses, as :class:`~geotext.model.Quantity`."""
    found = []
    for count in find_counts(doc):
        if count.category is None and count.unit is not None:
            span, text = _surface(doc, count)
            found.append(
                Quantity(span, text, count.value, count.unit, count.approximate, count.bound)
            )
    return tuple(found)


def casualties(doc: Document) -> tuple[Casualty, ...]:
    """The counts of ``doc`` that are human losses, as :class:`~geotext.model.Casualty`."""
    found = []
    for count in find_counts(doc):
        if count.category is not None:
            span, text = _surface(doc, count)
            found.append(
                Casualty(span, text, count.category, count.value, count.approximate, count.bound)
            )
    return tuple(found)


def _surface(doc: Document, count: Count) -> tuple[Span, str]:
    """The raw span and words of a count."""
    span = doc.normalised.span(count.start, count.end)
    return span, doc.text[span.start : span.end]
