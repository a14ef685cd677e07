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
from geotext.model import Bound, Casualty, CasualtyCategory, Document, Modality, Quantity, Span
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
    upper: float | None = None
    hypothetical: bool = False
    subset: bool = False


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
    not_a_count: regex.Pattern[str]
    currency_cues: regex.Pattern[str]
    quantifiers: dict[str, str]
    units: dict[str, tuple[str, str]]
    casualty_nouns: dict[str, str]
    approximations: dict[str, int]
    before_categories: dict[str, str]
    after_categories: dict[str, str]
    currencies: dict[str, tuple[str, ...]]
    currency_of: dict[str, str]
    uncounted: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    words = [w for w in number_words() if w not in ("mil",)]
    word = rf"(?:{alternation([*words, 'demi'])})"
    words_number = rf"{word}(?:(?:[ -]et[ -](?=un|une|onze)|[ -]){word}){{0,12}}+"
    approximations = {noun: int(value) for noun, value in read_table("fr/approximations.tsv", 2)}
    approx = alternation(approximations)
    number = regex.compile(
        r"(?i:(?P<det>\b(?:une?|des|plusieurs|quelques|d'une?|d'|la|cette)[ ]?)"
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
    currencies = {f.lower(): tuple(c.split()) for f, c in read_table("fr/currencies.tsv", 2)}
    for form, codes in currencies.items():
        units.setdefault(form, (codes[0], "money"))
    codes = read_lines("currency_codes.txt")
    casualty_nouns = {f.lower(): c for f, c in read_table("fr/casualty_nouns.tsv", 2)}
    lead_words = alternation(read_lines("fr/count_leads.txt"))
    unit = regex.compile(
        r"(?P<lead>[ ]?(?:(?:de|d')[ ]?)?(?i:(?:(?:de[ ]ses|de[ ]leurs|de[ ]nos|le[ ]nombre"
        rf"[ ]d[e'][ ]?|{lead_words})[ ]+){{0,2}})?)"
        rf"(?:(?P<casualty>(?i:{alternation(casualty_nouns)}))"
        rf"|(?P<unit>(?i:{alternation(units)}))"
        rf"|(?P<code>{alternation(codes)})"
        r"|(?P<demonym>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*"
        r"(?:ien|ienne|ais|aise|ois|oise|ain|aine|ite|ard|en)s?)"
        r"|(?P<proper>\p{Lu}\p{Ll}+)"
        r"|(?P<noun>\p{Ll}[\p{Ll}'-]*\p{Ll}[sx]))"
        r"(?![\w-])",
    )
    predicates = read_table("fr/casualty_predicates.tsv", 3)
    before_categories = {p.lower(): c for p, c, where in predicates if where == "before"}
    after_categories = {p.lower(): c for p, c, where in predicates if where == "after"}
    before = regex.compile(
        rf"(?i:\b(?P<p>{alternation(before_categories)})"
        r"(?:[ ](?!(?:et|ou|mais)\b)\p{Ll}[\p{Ll}-]*){0,3}[ ]?)\Z",
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
    time_words = [w for w, _, _ in read_table("fr/time_units.tsv", 3)]
    months = [w for w, *_ in read_table("fr/months.tsv", 2)]
    # A number that is a date, a length of time or an age counts nothing (le 7 octobre,
    # deux jours après la mort de, 45 ans).
    not_a_count = regex.compile(
        rf"(?i:[ ](?:(?:{alternation(time_words)}|{alternation(months)})(?![\w-])|ans\b))"
    )
    currency_of: dict[str, str] = {}
    for code, names in read_table("fr/currency_countries.tsv", 2):
        for name in names.split("|"):
            currency_of.setdefault(name.lower(), code)
    currency_cues = regex.compile(rf"(?i:\b(?:{alternation(currency_of)})\b)")
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
        not_a_count=not_a_count,
        currency_cues=currency_cues,
        quantifiers=quantifiers,
        units=units,
        casualty_nouns=casualty_nouns,
        approximations=approximations,
        before_categories=before_categories,
        after_categories=after_categories,
        currencies={form: codes for form, codes in currencies.items() if len(codes) > 1},
        currency_of=currency_of,
        uncounted=frozenset(
            w.lower()
            for w in (*read_lines("fr/uncounted_nouns.txt"), *read_lines("fr/count_leads.txt"))
        ),
    )


_SYMBOL = regex.compile(r"[ ]?(?P<symbol>[%€$£])|[ ](?P<percent>pour[ -]?cent)\b")
_RANGE_LINK = regex.compile(r"[ ](?:et|à|-|—)[ ]")
_RANGE_REVISION = regex.compile(
    r"(?i:\b(?:passée?s?|grimpée?s?|montée?s?|augmentée?s?|baissée?s?|chutée?s?|"
    r"passer|grimper|monter)\b[^.;]{0,30}\Z)"
)
_AGE = regex.compile(r"[ ]ans\b")
_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
_CLOSE_PREDICATE = regex.compile(r"[ ](?:\p{Ll}+[ ]){0,4}")
_ANAPHORIC = regex.compile(r"(?i:\b(?:les|ces|ses|leurs|aux|nos|vos|des|l'un|l'une)[ ]\Z)")
_NEGATED = regex.compile(r"(?i:\baucune?[ ]d(?:es|e)[ ]\Z)")
# A loss that may happen is no loss reported: un conflit pourrait faire 100 000 morts, le
# conflit ferait 100 000 morts, l'attaque aurait pu faire des centaines de morts (a past
# conditional, aurait fait, reports a loss instead).
_PROJECTED = regex.compile(
    r"(?i:\b(?:pourrai(?:en)?t|pourront|aurai(?:en)?t[ ]pu|risquer?(?:ai)?(?:en)?t?[ ]de"
    r"|menacer?(?:ai)?(?:en)?t?[ ]de|ferai(?:en)?t|(?:caus|provoqu|coût|entraîn)erai(?:en)?t)"
    r"\b[^.;,]{0,30}\Z)"
)
# A loss named by its status (otages, réfugiés) that the sentence then says were killed or
# wounded counts in that category: cinq otages ont été tués.
_OVERRIDING = frozenset({"killed", "injured"})
_APPROX_OF = {"milliers": 1000, "millions": 10**6, "centaines": 100}
_VAGUE_DETERMINERS = frozenset({"des", "plusieurs", "quelques"})
# Killed or wounded, told as one figure: 512 personnes ont été tuées ou blessées.
_KILLED_OR_INJURED = regex.compile(
    r"(?i:[ ]?(?:ou|et)[ ](?:grièvement[ ])?(?:blessée?s?|tuée?s?)\b)"
)
# A subset told inside the toll, between commas: 97 personnes, dont 60 enfants, ont été tuées.
_INSERTED_SUBSET = regex.compile(r"(?i:,[ ](?:dont|parmi[ ]lesquel(?:le)?s|y[ ]compris)[ ])")
# A figure of a previous toll, which a later or earlier one of the text replaces.
_PREVIOUS_TOLL = regex.compile(
    r"(?i:\b(?:précédente?[ ](?:bilan|estimation|décompte)|(?:bilan|estimation|décompte)"
    r"[ ]précédente?|(?:ancien|premier)[ ]bilan|première[ ]estimation|bilan[ ]initial)\b)"
)
# The unit of the second figure is the first's: 24 des 41 membres.
_PART_OF = regex.compile(r"(?i:[ ](?:des|d'entre[ ]les|sur[ ]les)[ ])")
# A figure added to the one before: 52 drones lundi et au moins 20 ce mardi.
_COORDINATED = regex.compile(r"(?i:\b(?:et|puis)[ ]\Z)")
_CLAUSE_END = regex.compile(r"[,;:.]")
# A later member of a subset's list: 40 morts, dont 12 enfants, 3 policiers et 5 femmes.
_NEXT_IN_LIST = regex.compile(r"(?:,[ ]|[ ](?:et|ou)[ ])\Z")
# A subset whose list opens with people not counted: dont des officiers et trois civils.
_AFTER_VAGUE_MEMBER = regex.compile(
    r"(?i:\bdont[ ](?:des|les|plusieurs|quelques)[ ]\p{L}[\p{L}-]*(?:,[ ]|[ ](?:et|ou)[ ])\Z)"
)
_OTHERS = regex.compile(r"(?i:[ ](?:d')?autres\b)")
# Words that make a burnt area, a fire: areas there are no quantity (FORMAT).
_FIRE = regex.compile(
    r"(?i:\b(?:incendies?|feux?|brûlée?s?|flammes|calcinée?s?|parti[ ]en[ ]fumée)\b)"
)
_AREAS = frozenset({"hectare", "km2"})
# An adjective after the counted noun belongs to its phrase: six armes nucléaires.
_ADJECTIVE = regex.compile(
    r"[ ](?P<word>\p{Ll}+(?:aires|iques|iens|iennes|ais|aises|ois|oises|aux|ales|els|elles|ifs"
    r"|ives|eux|euses|ins|ines|ains|aines|ards|ardes|istes|iers|ières|ants|antes|ents|entes))"
    r"(?![\w-])"
)
# Where a text speaks of the loss of people as victims of a violence or a disaster.
_VIOLENCE = regex.compile(
    r"(?i:\b(?:attentats?|attaques?|frappes?|bombardements?|explosions?|tirs?|fusillades?"
    r"|combats?|guerres?|conflits?|violences?|massacres?|affrontements?|séismes?|tremblements?"
    r"|inondations?|ouragans?|cyclones?|typhons?|tempêtes?|naufrages?|accidents?|crash|incendies?"
    r"|épidémies?|famines?|tués?|tuées?|morts?|mortes?|décès|décédée?s?|péri|blessée?s?"
    r"|assassinats?|meurtres?|génocides?|catastrophes?|glissements?|éboulements?|éruptions?)\b)"
)
_ACCENTS = str.maketrans(
    {
        "à": "a",
        "â": "a",
        "ä": "a",
        "é": "e",
        "è": "e",
        "ê": "e",
        "ë": "e",
        "î": "i",
        "ï": "i",
        "ô": "o",
        "ö": "o",
        "ù": "u",
        "û": "u",
        "ü": "u",
        "ç": "c",
        "œ": "oe",
        "æ": "ae",
    }
)


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
    upper: Decimal | None = None
    hypothetical: bool = False
    victims: bool = False
    currency: str | None = None
    told_before: bool = False
    subset: bool = False
    close: bool = False


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
    violent: bool | None = None
    for index, match in enumerate(matches):
        read = _read_number(match, lex)
        if read is None:
            continue
        value, scale, approximate, bound, article = read
        a, b = match.span()
        if lex.not_a_count.match(text, b):
            continue  # le 7 octobre, deux jours après, 45 ans: a date, a length, an age
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
        _read_unit(text, draft, end, lex)
        people = draft.unit_class == "people"
        if draft.category is None and (people or (draft.unit_class is None and not article)):
            _read_losses(text, draft, matches, index, start, end, lex)
        if draft.category == "killed" and draft.victims:
            if violent is None:  # read once per sentence
                violent = _VIOLENCE.search(text, max(0, start - 300), end) is not None
            if not violent:
                # Victims of a burglary or a fraud are people, not dead.
                draft.category, draft.unit, draft.unit_class = None, "person", "people"
        if draft.category is not None:
            _read_killed_or_injured(text, draft, end)
        drafts.append(draft)
    _link_ranges(text, drafts, start, lex)
    _inherit(text, drafts, start, end, lex)
    for draft in drafts:
        if draft.category is None and draft.unit_class in ("thing", "people"):
            _extend_phrase(text, draft, end, lex)
    return drafts


def _extend_phrase(text: str, draft: _Draft, end: int, lex: _Lexicon) -> None:
    """Cover the adjectives of the counted noun (*six armes nucléaires*), at most two."""
    for _ in range(2):
        more = _ADJECTIVE.match(text, draft.end, end)
        if more is None:
            return
        word = more.group("word").lower()
        if word in lex.after_categories or word in lex.casualty_nouns or word in lex.uncounted:
            return
        draft.end = more.end()


def _read_unit(text: str, draft: _Draft, end: int, lex: _Lexicon) -> None:
    """The unit, or the loss, that the words after the number name."""
    position = draft.number_end
    symbol = _SYMBOL.match(text, position, end)
    if symbol is not None:
        found = symbol.group("symbol")
        draft.unit = _SYMBOL_UNITS[found] if found else "percent"
        draft.unit_class = "percent" if draft.unit == "percent" else "money"
        draft.symbol = True
        draft.end = symbol.end()
        return
    unit = lex.unit.match(text, position, end)
    others = unit is None or unit.group("noun") is not None
    if others and not draft.article and _OTHERS.match(text, position, end):
        # Douze autres ont été blessés: others of the people just counted, a loss or nothing.
        draft.unit_class = "people"
        return
    if unit is None or (draft.article and unit.group("proper")):
        return
    if draft.article and unit.group("demonym"):
        # Une Française a été enlevée: one person, counted only as a loss told right after.
        draft.unit_class = "people"
        draft.end = unit.end()
        draft.close = True
        return
    if unit.group("noun"):
        noun = unit.group("noun").lower()
        if draft.article or noun in lex.uncounted or noun in lex.after_categories:
            return
        if draft.bound is Bound.MIN and draft.approximate:
            return  # des milliers de questions: a manner of speaking
        if noun.endswith(("és", "ées")):
            return  # 4 000 renvoyés: a participle, not the noun of a counted thing
        # A counted thing the table does not know: the noun itself is the unit.
        draft.unit, draft.unit_class = _singular(noun), "thing"
        draft.end = unit.end()
        return
    draft.end = unit.end()
    if unit.group("casualty"):
        noun = unit.group("casualty").lower()
        draft.category = lex.casualty_nouns[noun]
        draft.victims = noun.startswith("victime")
        _override_status(text, draft, end, lex)
    elif unit.group("unit"):
        form = unit.group("unit").lower()
        draft.unit, draft.unit_class = lex.units[form]
        if form in lex.currencies:
            draft.currency = form
        # 150 soldats prisonniers, deux civils blessés: people named by what befell them.
        status = lex.unit.match(text, draft.end, end) if draft.unit_class == "people" else None
        if status is not None and status.group("casualty") and not status.group("lead").strip():
            draft.category = lex.casualty_nouns[status.group("casualty").lower()]
            draft.end = status.end()
    elif unit.group("code"):
        draft.unit, draft.unit_class = unit.group("code"), "money"
    elif unit.group("demonym"):
        draft.unit, draft.unit_class = "person", "people"
    else:
        # Any other name (150 Rohingya) may be people, counted only as losses.
        draft.unit_class = "people"


def _singular(noun: str) -> str:
    """The unit a noun the table does not know stands for: its singular, without accents."""
    if noun.endswith("aux") and len(noun) > 4:
        noun = noun[:-3] + "al"
    elif noun.endswith(("s", "x")):
        noun = noun[:-1]
    return noun.translate(_ACCENTS)


def _read_killed_or_injured(text: str, draft: _Draft, end: int) -> None:
    """*Tuées ou blessées*: people killed or wounded, one figure, are affected."""
    if draft.category not in _OVERRIDING or draft.told_before:
        return  # la mort de trois ouvriers et blessé deux autres: two tolls
    other = _KILLED_OR_INJURED.match(text, draft.end, end)
    if other is None:
        return
    word = other.group().lower()
    category = "injured" if "bless" in word else "killed"
    if category != draft.category:
        draft.category = "affected"
        draft.end = other.end()


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
        draft.told_before = True
        return
    if draft.unit_class is None or draft.close:
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
        inserted = _INSERTED_SUBSET.search(between)
        if inserted is not None and inserted.end() == len(between):
            # 97 personnes, dont 60 enfants, ont été tuées: the toll's predicate comes
            # after its subset; the search goes on past the subset's closing comma.
            closing = text.find(",", following.end(), stop)
            if closing != -1:
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
        lower = first.value * second.scale if first.scale == 1 else first.value
        if not second.value > lower:
            # en 1944 et trois morts: two figures side by side, not a range.
            continue
        if _RANGE_REVISION.search(text, max(start, first.start - 40), first.start):
            first.drop = True
            continue
        first.unit, first.unit_class, first.category = (
            second.unit,
            second.unit_class,
            second.category,
        )
        first.value = lower
        first.bound = Bound.MIN
        first.upper = second.value
        first.end = second.end
        first.currency = second.currency
        second.drop = True
    for first, second in pairwise(drafts):
        # 24 des 41 membres: the part counts what the whole counts.
        if first.drop or second.drop or first.unit or first.category or first.article:
            continue
        if second.unit and _PART_OF.fullmatch(text, first.number_end, second.start):
            first.unit, first.unit_class = second.unit, second.unit_class


def _inherit(text: str, drafts: list[_Draft], start: int, end: int, lex: _Lexicon) -> None:
    """Subsets (*dont trois enfants*) and counts of a named total (*le nombre de blessés*)."""
    previous: _Draft | None = None
    totals = list(lex.count_of.finditer(text, start, end))
    total_starts = [m.start() for m in totals]
    for draft in drafts:
        if draft.drop:
            continue
        link = None
        listed = False
        if previous is not None:
            link = lex.subset.search(text, max(start, draft.start - 20), draft.start)
            listed = link is None and _listed_subset(text, previous, draft, start)
        if previous is not None and (link is not None or listed):
            # A subset shares the loss (dont trois enfants); a compared figure (contre 36 la
            # veille) only the unit, since an older toll is not a loss of its own.
            subset = listed or (link is not None and link.group("subset") is not None)
            shares_loss = subset and previous.category
            people = draft.unit_class == "people" or (
                draft.unit_class is None and not draft.article
            )
            if shares_loss and people and not draft.category:
                draft.category = previous.category
            if shares_loss and draft.category == previous.category:
                draft.subset = True
            elif draft.unit is None and not draft.category and not previous.category:
                draft.unit, draft.unit_class = previous.unit, previous.unit_class
        elif previous is not None and _added(text, previous, draft, start, lex):
            # 52 drones lundi et au moins 20 ce mardi: the second figure counts the same.
            draft.unit, draft.unit_class = previous.unit, previous.unit_class
            draft.category = previous.category
        if draft.unit is None and draft.category is None:
            before = bisect_right(total_starts, draft.start) - 1
            named = totals[before] if before >= 0 and totals[before].end() <= draft.start else None
            if named is not None:
                if named.group("casualty"):
                    draft.category = lex.casualty_nouns[named.group("casualty").lower()]
                else:
                    draft.unit, draft.unit_class = lex.units[named.group("unit").lower()]
        previous = draft


def _listed_subset(text: str, previous: _Draft, draft: _Draft, start: int) -> bool:
    """Whether ``draft`` is a later member of a subset's list (*dont 12 enfants et 5 femmes*)."""
    if previous.subset and _NEXT_IN_LIST.match(text, previous.end, draft.start):
        return True
    window = max(start, previous.end, draft.start - 40)
    return _AFTER_VAGUE_MEMBER.search(text, window, draft.start) is not None


def _added(text: str, previous: _Draft, draft: _Draft, start: int, lex: _Lexicon) -> bool:
    """Whether ``draft``, a bare figure, adds to ``previous`` (*30 morts lundi et 12 mardi*)."""
    if draft.unit or draft.category or draft.article or previous.drop:
        return False
    if not (previous.unit or previous.category) or previous.symbol:
        return False
    if _YEAR.fullmatch(text, draft.number_start, draft.number_end):
        return False
    gap = text[previous.end : draft.start]
    if len(gap) > 30 or any(mark in gap for mark in ',;:()«»"'):
        return False
    if _COORDINATED.search(text, max(start, draft.start - 6), draft.start) is None:
        return False
    # A figure with a predicate of its own (et 12 autres ont été blessés) is another fact.
    clause = _CLAUSE_END.search(text, draft.end, draft.end + 80)
    stop = clause.start() if clause else draft.end + 80
    return lex.after.search(text, draft.end, stop) is None


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
    previous: set[int] = set()
    named: list[str] | None = None
    for start, end in sentences:
        revision = lex.revision.search(text, start, end) is not None
        xaf = lex.xaf.search(text, start, end) is not None
        fire = None
        told_before: bool | None = None  # un précédent bilan: read once per sentence
        for draft in _read_sentence(text, start, end, lex):
            if draft.drop or (draft.unit is None and draft.category is None):
                continue
            if (draft.article or draft.anaphoric) and draft.category is None:
                continue  # un drone, les deux pays: not counts, unless losses
            if draft.unit in _AREAS:
                fire = _FIRE.search(text, start, end) is not None if fire is None else fire
                if fire:
                    continue  # a burnt area is not listed
            hypothetical = bool(draft.category) and (
                _PROJECTED.search(text, max(start, draft.start - 60), draft.start) is not None
            )
            unit, value, upper = draft.unit, draft.value, draft.upper
            if unit in _CONVERSIONS:
                unit, factor = _CONVERSIONS[unit]
                value *= factor
                upper = None if upper is None else upper * factor
            if unit == "XOF" and xaf:
                unit = "XAF"
            if draft.currency is not None:
                if named is None:
                    named = _named_currencies(text, lex)
                unit = _currency(text, start, end, lex.currencies[draft.currency], named, lex)
            category = CasualtyCategory(draft.category) if draft.category else None
            if category is not None and revision and not hypothetical and not draft.subset:
                # *alourdi à 58 morts, dont 12 enfants*: the subset revises nothing.
                latest_revision[category] = len(counts)
            if category is not None:
                if told_before is None:
                    told_before = _PREVIOUS_TOLL.search(text, start, end) is not None
                if told_before:
                    previous.add(len(counts))
            counts.append(
                Count(
                    draft.start,
                    draft.end,
                    _number(value),
                    None if category else unit,
                    category,
                    draft.approximate,
                    draft.bound,
                    draft.number_start,
                    draft.number_end,
                    draft.scale,
                    draft.unit_class,
                    None if upper is None else _number(upper),
                    hypothetical,
                    draft.subset,
                )
            )
    # A revised toll (le bilan s'est alourdi à 14 morts) replaces the earlier ones; a previous
    # one (un précédent bilan faisait état de 90 morts) gives way to any other of its category.
    current = {c.category for i, c in enumerate(counts) if i not in previous}
    counts = [
        c
        for i, c in enumerate(counts)
        if c.category is None
        or (
            i >= latest_revision.get(c.category, 0)
            and (i not in previous or c.category not in current)
        )
    ]
    return tuple(_without_repeats(counts))


def _number(value: Decimal) -> float:
    return int(value) if value == value.to_integral_value() else float(value)


def _currency(
    text: str, start: int, end: int, codes: tuple[str, ...], named: list[str], lex: _Lexicon
) -> str:
    """Which of ``codes`` a currency word names.

    That of the country the sentence names, else the first of ``named`` (the codes of the
    countries the text names, in order), else the first code.
    """
    for cue in lex.currency_cues.finditer(text, start, end):
        code = lex.currency_of[cue.group().lower()]
        if code in codes:
            return code
    return next((code for code in named if code in codes), codes[0])


def _named_currencies(text: str, lex: _Lexicon) -> list[str]:
    """The currency codes of the countries ``text`` names, in the order it first names them."""
    named = (lex.currency_of[cue.group().lower()] for cue in lex.currency_cues.finditer(text))
    return list(dict.fromkeys(named))


def _without_repeats(counts: list[Count]) -> list[Count]:
    """A toll or a quantity stated twice (title and body, quoted, restated) is kept once.

    The same category or unit with the same value is the same fact (*une dizaine d'otages*
    and *10 à 15 otages* too); a hypothetical toll does not hide a reported one, nor a
    subset (*dont un bébé*) a toll of its own (*un soldat a été tué*).
    """
    seen: set[tuple[object, ...]] = set()
    kept = []
    for count in counts:
        key = (count.category or count.unit, count.value, count.hypothetical, count.subset)
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
                Quantity(
                    span,
                    text,
                    count.value,
                    count.unit,
                    count.approximate,
                    count.bound,
                    count.upper,
                )
            )
    return tuple(found)


def casualties(doc: Document) -> tuple[Casualty, ...]:
    """The counts of ``doc`` that are human losses, as :class:`~geotext.model.Casualty`."""
    found = []
    for count in find_counts(doc):
        if count.category is not None:
            span, text = _surface(doc, count)
            modality = Modality.HYPOTHETICAL if count.hypothetical else Modality.ASSERTED
            found.append(
                Casualty(
                    span,
                    text,
                    count.category,
                    count.value,
                    count.approximate,
                    count.bound,
                    count.upper,
                    modality,
                )
            )
    return tuple(found)


def _surface(doc: Document, count: Count) -> tuple[Span, str]:
    """The raw span and words of a count."""
    span = doc.normalised.span(count.start, count.end)
    return span, doc.text[span.start : span.end]
