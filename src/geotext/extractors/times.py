"""Temporal expressions of French news, found in one pass and resolved against the reference date.

The pattern is built from the word lists of ``geotext/data/fr`` (months, weekdays, parts of
day, units, fixed phrases); each alternative has named groups that carry its parts, and
:func:`_resolve` turns them into a TIMEX3 value with :mod:`geotext.normaliser.timex`. A bare
weekday, a yearless date or month follows the tense of its clause: past narration looks back
from the reference date, the future looks ahead.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import pairwise

import attrs
import regex

from geotext._patterns import alternation
from geotext.data import read_lines, read_table
from geotext.extractors.base import normalised_sentences
from geotext.model import Bound, Document, TimeExpression, TimeType
from geotext.normaliser.numbers import number_words, parse_number
from geotext.normaliser.timex import (
    Direction,
    add_months,
    day_month,
    duration,
    iso_week,
    month_value,
    weekday,
)

__all__ = ["TimeExtractor"]


@attrs.frozen
class _Lexicon:
    pattern: re.Pattern[str]
    starters: frozenset[str]
    cores: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, tuple[str, bool]]
    words: dict[str, tuple[str, str]]
    named: dict[str, str]


_NUMBER_WORDS = (
    r"(?:\d{1,4}(?:,\d+)?|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
    r"|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-(?:et-)?\w+|[ ]et[ ]un)?"
    r"|trente(?:-(?:et-)?\w+|[ ]et[ ]un)?|quarante(?:-(?:et-)?\w+|[ ]et[ ]un)?"
    r"|cinquante(?:-(?:et-)?\w+|[ ]et[ ]un)?|soixante(?:-(?:et-)?\w+|[ ]et[ ]\w+)?"
    r"|quatre-vingt(?:s|-\w+(?:-\w+)?)?|cent|mille)"
)
_VAGUE_AMOUNT = r"(?:quelques|plusieurs|des|de[ ]longs|de[ ]nombreux|de[ ]nombreuses)"
_APPROX_AMOUNT = r"(?:une?[ ](?:dizaine|quinzaine|vingtaine|trentaine|centaine)[ ]d[e'][ ]?)"


@cache
def _lexicon() -> _Lexicon:
    months = {name: int(n) for name, n in read_table("fr/months.tsv", 2)}
    weekdays = {name: int(n) for name, n in read_table("fr/weekdays.tsv", 2)}
    units = {w: (u, clock == "T") for w, u, clock in read_table("fr/time_units.tsv", 3)}
    words = {p: (t, v) for p, t, v in read_table("fr/time_words.tsv", 3)}
    named = {name.lower(): date for name, date in read_table("fr/named_dates.tsv", 2)}
    month = rf"(?:{alternation(months)})(?!\w)"
    day = r"(?:1er|[12]\d|3[01]|0?[1-9])"
    wday = rf"(?:{alternation(weekdays)})"
    unit = rf"(?:{alternation(units)})"
    part = r"(?:matin|soir|après-midi|midi|matinée|soirée|nuit)"
    clock = (
        r"(?:(?P<{p}h>[01]?\d|2[0-3])[ ]?(?:heures?|h)(?![^\W\d])(?:[ ]?(?P<{p}m>[0-5]\d))?"
        r"(?:[ ](?P<{p}pod>du[ ]matin|du[ ]soir|de[ ]l'après-midi))?"
        r"|(?P<{p}h2>[01]?\d|2[0-3]):(?P<{p}m2>[0-5]\d)|(?P<{p}noon>midi|minuit))"
    )

    def at_clock(prefix: str) -> str:
        return rf"(?:[ ](?:à|vers|dès)[ ]{clock.format(p=prefix)})"

    year = r"(?:1[5-9]\d\d|20\d\d)"
    alternatives = [
        # la nuit de samedi à dimanche / la nuit du vendredi 18 au samedi 19 octobre
        rf"(?P<night>(?:la[ ])?nuit[ ]d(?:e|u)[ ](?P<n_wd>{wday})(?:[ ](?P<n_day>{day}))?"
        rf"[ ](?:à|au)[ ]{wday}(?:[ ]{day})?(?:[ ](?P<n_month>{month}))?)",
        # du 12 au 15 octobre: the first end, alone
        rf"(?<=\bdu[ ])(?P<r_day>{day})(?=[ ]au[ ]{day}[ ](?P<r_month>{month})"
        rf"(?:[ ](?P<r_year>{year}))?)",
        # named dates: le 11-Septembre
        rf"(?P<named>{alternation(named)})(?![\w-])",
        rf"(?P<ago>il[ ]y[ ]a[ ](?P<ago_n>{_NUMBER_WORDS})[ ](?P<ago_u>{unit}))(?![\w-])",
        rf"(?P<within>(?<=\bdans[ ])(?P<in_n>{_NUMBER_WORDS})[ ](?P<in_u>{unit}))(?![\w-])",
        # jeudi 7 novembre 2024 à 14h30
        rf"(?P<date>(?:(?P<d_wd>{wday})[ ](?:le[ ])?)?(?P<d_day>{day})[ ](?P<d_month>{month})"
        rf"(?:[ ](?P<d_year>{year}))?(?:{at_clock('dc')})?)(?![\w-])",
        r"(?P<numeric>(?P<nu_day>[0-3]?\d)[/.](?P<nu_month>[01]?\d)[/.](?P<nu_year>\d{4}|\d\d))"
        r"(?![\w/.]\d)",
        rf"(?P<duration>(?:(?P<du_q>plus[ ]d(?:e[ ]|')|près[ ]d(?:e[ ]|')|moins[ ]d(?:e[ ]|')"
        rf"|environ|au[ ]moins|presque|quasiment|bientôt|pas[ ]moins[ ]de)[ ]?)?"
        rf"(?P<du_n>{_NUMBER_WORDS}|{_VAGUE_AMOUNT}|{_APPROX_AMOUNT})(?:(?<=')|[ ])"
        rf"(?P<du_u>{unit})"
        r"(?P<du_half>[ ]et[ ]demie?)?)(?![\w-])",
        # deictic words with a part of day or a clock: hier soir, demain à 9 h
        rf"(?P<word>{alternation(words)})(?![\w-])(?:[ ](?:au[ ])?(?P<wo_part>{part}))?"
        rf"(?:{at_clock('wc')})?",
        r"(?P<this_part>(?:ce|cet|cette)[ ](?P<tp>matin|soir|après-midi|nuit|soirée|matinée))",
        rf"(?P<part_of>(?:la[ ])?(?P<po>matinée|soirée|nuit|journée|après-midi)[ ]d[eu][ ]"
        rf"(?P<po_wd>{wday}))(?![\w-])",
        rf"(?P<every>(?:chaque|tous[ ]les)[ ](?P<ev>{wday})s?)(?![\w-])",
        rf"(?P<year_range>(?P<yr1>{year})[-—](?P<yr2>{year}))(?![\w-])",
        rf"(?P<weekday>(?P<w>{wday})(?![\w-])(?:[ ](?P<w_rel>dernier|prochain|passé))?"
        rf"(?:[ ](?P<w_part>{part}))?(?:{at_clock('wkc')})?)",
        r"(?P<rel_week>(?:la[ ])?semaine[ ](?P<rw>dernière|prochaine|passée)"
        r"|cette[ ]semaine|(?P<we>(?:le|ce)[ ]week-end)(?:[ ](?P<we_rel>dernier|prochain))?)",
        r"(?P<rel_month>(?:le[ ])?mois[ ](?P<rm>dernier|prochain)|ce[ ]mois(?:-ci)?)",
        r"(?P<rel_year>l'(?:an|année)[ ](?P<ry>dernière|dernier|prochaine|prochain|passée)"
        r"|cette[ ]année)",
        r"(?P<edge>(?:la[ ]|le[ ])?(?:fin|début|milieu)[ ](?:du|de[ ]l')[ ]?(?P<e_unit>mois|année)"
        r"(?:[ ](?P<e_rel>dernière|dernier|prochaine|prochain))?)",
        rf"(?P<month_of>le[ ]mois[ ]d(?:e[ ]|')(?P<mo2>{month}))",
        rf"(?P<month>(?:(?P<m_mod>(?:la[ ])?mi-|début[ ]|fin[ ]|courant[ ])?)"
        rf"(?P<mo>{month})(?:[ ](?P<m_year>{year})|[ ](?P<m_rel>dernier|prochain))?)",
        rf"(?P<season>(?:(?<=\bau )|(?<=\ble )|(?<=\ben )|(?<=\bcet )|(?<=\bce )|(?<=l')"
        rf"|(?<=d')|(?:le|l'|cet|ce)[ ]?)"
        rf"(?P<se>printemps|été|automne|hiver)(?![\w-])(?:[ ](?P<s_year>{year})"
        r"|[ ](?P<s_rel>dernier|prochain))?)",
        r"(?P<decade>(?:les[ ])?années[ ](?P<dec>(?:19|20)?\d0))(?!\d)",
        rf"(?P<year>(?:(?P<y_mod>fin|début|mi-|courant)[ ]?)?(?P<y>{year}))(?![\w-]|[.,]\d|[ ]\d)",
        rf"(?P<clock>{clock.format(p='c')})(?![\w-])",
        r"(?P<part>(?:fin|début)[ ]de[ ](?P<pa_edge>matinée|soirée|journée|après-midi)"
        r"|(?:(?<=\bà )|(?<=\bdès ))l'aube|(?<=\ben[ ])soirée|(?<=\ben[ ])matinée"
        r"|(?:la|dans[ ]la)[ ](?P<pa>nuit|soirée|matinée)(?![ ]d))",
    ]
    # Matched against a lower-cased copy of the text (see _lowered): a case-sensitive pattern
    # is faster; where case matters (Mars, le Printemps arabe) the reader looks at the text.
    # The standard library's engine runs this pattern faster than ``regex`` does.
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + ")")
    starter_words = frozenset(read_lines("fr/time_starters.txt"))
    numbers = frozenset(w for w, (_, kind) in number_words().items() if kind != "scale")
    cores = {*months, *weekdays, *units, *_season_codes(), *_part_codes(), *numbers}
    cores |= {f"{day}s" for day in weekdays}  # tous les lundis
    cores |= {"minuit", "week-end", "an", "année", "années", "mois", "semaine", "aube"}
    for phrase in words:
        cores |= {w for w in regex.split(r"(?<=')|[ ]", phrase) if len(w) > 2} - starter_words
    cores |= {phrase for phrase in words if " " not in phrase}  # bientôt, aujourd'hui
    starters = {*months, *weekdays, *units, *_season_codes(), *_part_codes(), *starter_words}
    starters |= numbers
    starters |= {phrase.split(" ")[0] for phrase in words}  # aujourd'hui: one token
    starters |= {regex.split(r"(?<=')|[ ]", phrase)[0] for phrase in words}  # l' heure
    return _Lexicon(
        pattern, frozenset(starters), frozenset(cores), months, weekdays, units, words, named
    )


#: A function word starts an expression only if a core word follows within this many tokens.
_LOOKAHEAD_TOKENS = 4


# Markers of the future and of the past; a clause follows the marker nearest its expression.
# Verb endings are matched on lower-case words only (*Abuja* is no verb).
_FUTURE = regex.compile(
    r"\b\p{Ll}{2,}(?:era|erai|eront|erons|erez|ira|iront|dra|dront)\b"
    r"|(?i:\b(?:va|vont|allons|doit|doivent|devra|devront|devrait|devraient|prévue?s?"
    r"|programmée?s?|attendue?s?|aura|auront|sera|seront|fera|feront|ira|iront|viendra"
    r"|tiendra|tiendront|prochaine?s?|d'ici|jusqu'au)\b)"
)
_NOT_FUTURE = frozenset({"caméra", "opéra", "extra", "sahara", "contra", "entra", "tora", "cobra"})
_PAST = regex.compile(
    r"\b\p{Ll}{3,}(?:ait|aient|èrent)\b"
    r"|(?i:\b(?:a|ont|avait|avaient|était|étaient|eut|fut|furent|aurait|auraient|hier"
    r"|derni(?:er|ers|ère|ères)|s'est|se[ ]sont|s'était|s'étaient)\b)"
    r"|\b(?:est|sont)[ ]\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues|is|ie|ies|te|tes)\b"
)
_CLAUSE_BREAK = regex.compile(r"[,;:—()«»]|\bmais\b|\bet\b|\bqui\b|\balors que\b")


@attrs.define
class _Context:
    """What the reading of one document needs: its text, reference date and last date."""

    text: str
    reference: dt.date | None
    sentences: list[tuple[int, int]]
    anchor: dt.date | None = None
    latest: dt.date | None = None
    latest_sentence: tuple[int, int] | None = None

    _clauses: dict[tuple[int, int], tuple[list[_Clause], list[int]]] = attrs.field(factory=dict)
    sentence_starts: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.sentence_starts = [start for start, _ in self.sentences]

    def clauses(self, position: int) -> tuple[list[_Clause], list[int]]:
        """The clauses of the sentence at ``position`` and their starts (computed once)."""
        bounds = _sentence_of(self, position)
        if bounds not in self._clauses:
            found = _clauses(self.text, *bounds)
            self._clauses[bounds] = (found, [c.start for c in found])
        return self._clauses[bounds]

    def remember(self, day: dt.date | None, position: int) -> None:
        """Keep ``day``, the date just given at ``position``.

        A clock time or part of day later in the same sentence takes its day (*le 2 décembre,
        vers 10 h*). Anaphors (*la veille*) refer to it only when it is not ahead of the
        reference date: a date after it is a plan (*au 1er janvier*), not the day the
        narration stands on.
        """
        if day is None:
            return
        self.latest, self.latest_sentence = day, _sentence_of(self, position)
        if self.reference is None or day <= self.reference:
            self.anchor = day


def _direction(ctx: _Context, start: int, end: int) -> Direction:
    """``future`` when the clause of ``text[start:end]`` speaks of the future, else ``past``.

    The sentence is cut into clauses at punctuation and conjunctions. In the expression's
    clause the nearest tense marker before it decides (French puts the verb before its time
    complement), else the nearest after it; a clause without a marker asks the next clause,
    then the previous one, up to a few clauses away. Past is the default of news narration.
    """
    clauses, clause_starts = ctx.clauses(start)
    here = bisect_right(clause_starts, start) - 1
    order = sorted(
        range(max(0, here - _CLAUSE_REACH), min(len(clauses), here + _CLAUSE_REACH + 1)),
        key=lambda i: (abs(i - here), i < here),
    )
    for i in order:
        clause = clauses[i]
        if not clause.markers:
            continue
        if i == here:
            before = bisect_right(clause.ends, start)  # markers that end before the expression
            if before:
                return clause.markers[before - 1][2]
            after = bisect_left(clause.starts, end)
            if after < len(clause.markers):
                return clause.markers[after][2]
        return clause.markers[0][2] if i > here else clause.markers[-1][2]
    return "past"


#: How many clauses away from its own a bare weekday looks for a tense.
_CLAUSE_REACH = 3


@attrs.frozen
class _Clause:
    """A clause of a sentence and its tense markers (start, end, tense), in text order."""

    start: int
    end: int
    markers: list[tuple[int, int, Direction]]
    starts: list[int]
    ends: list[int]


def _clauses(text: str, first: int, last: int) -> list[_Clause]:
    cuts = [first, *(m.start() for m in _CLAUSE_BREAK.finditer(text, first, last)), last]
    found = []
    for a, b in pairwise(cuts):
        markers: list[tuple[int, int, Direction]] = [
            (m.start(), m.end(), "future")
            for m in _FUTURE.finditer(text, a, b)
            if m.group().lower() not in _NOT_FUTURE
        ]
        future_spans = {(start, end) for start, end, _ in markers}
        markers += [
            (m.start(), m.end(), "past")
            for m in _PAST.finditer(text, a, b)
            if m.span() not in future_spans  # devrait: the future reading wins
        ]
        markers.sort()
        found.append(_Clause(a, b, markers, [m[0] for m in markers], [m[1] for m in markers]))
    return found


def _sentence_of(ctx: _Context, position: int) -> tuple[int, int]:
    index = bisect_right(ctx.sentence_starts, position) - 1
    if index >= 0 and position < ctx.sentences[index][1]:
        return ctx.sentences[index]
    return 0, len(ctx.text)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _number(text: str) -> float | None:
    value = parse_number(text.replace("-et-", " et "))
    return None if value is None else float(value)


def _clock(match: re.Match[str], prefix: str) -> str | None:
    """``HH:MM`` of a clock group, or None when the group did not match."""
    if match.group(f"{prefix}noon"):
        return "12:00" if match.group(f"{prefix}noon").lower() == "midi" else "00:00"
    hour = match.group(f"{prefix}h") or match.group(f"{prefix}h2")
    if hour is None:
        return None
    minute = match.group(f"{prefix}m") or match.group(f"{prefix}m2") or "00"
    number = int(hour)
    pod = (match.group(f"{prefix}pod") or "").lower()
    if ("soir" in pod or "après-midi" in pod) and number < 12:
        number += 12
    return f"{number:02d}:{minute}"


_Found = tuple[int, int, TimeType, "str | None", bool, "Bound | None"]


_AGE_BEFORE = regex.compile(
    r"(?i:(?:âgée?s?|enfants?|fillettes?|filles?|garçons?|hommes?|femmes?|bébés?|adolescente?s?"
    r"|jeunes?|victimes?|soldats?|manifestante?s?|journalistes?|habitante?s?|pères?|mères?"
    r"|retraitée?s?|patiente?s?|détenue?s?|otages?|militante?s?)[ ]de[ ]\Z)"
)
_ARTICLE_BEFORE = regex.compile(r"(?i:\b(?:le|un|du|au)[ ]|\bl')\Z")
_CLOCK_BEFORE = regex.compile(r"(?i:\b(?:à|vers|dès|jusqu'à)[ ]\Z)")
_NOT_A_YEAR_BEFORE = regex.compile(
    r"(?i:\b(?:résolution|article|page|pages|n°|numéro|boeing|airbus|vol|loi|décret|cop"
    r"|route|rue|avenue|code|modèle|série|type)[ ]\Z)"
)
_BARE_MONTH_BEFORE = regex.compile(
    r"(?i:\b(?:en|depuis|d'ici|jusqu'en|dès|avant|après|de|d'|à|pour|vers|au|mois[ ]de"
    r"|mois[ ]d'|courant|fin|début|entre|et|ou)[ ]?\Z)"
)


#: The month each season begins in, to tell the next and the last one.
_NEXT_WORD = regex.compile(r"[ ](\w+)")
_VAGUE = regex.compile(_VAGUE_AMOUNT)
_DAY_VALUE = regex.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = regex.compile(r"\d{4}-\d\d")
_YEAR_VALUE = regex.compile(r"\d{4}")
_WEEK_VALUE = regex.compile(r"\d{4}-W\d\d")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@cache
def _part_codes() -> dict[str, str]:
    return {word: code for word, code in read_table("fr/parts_of_day.tsv", 2)}  # noqa: C416


@cache
def _season_codes() -> dict[str, str]:
    return {word: code for word, code in read_table("fr/seasons.tsv", 2)}  # noqa: C416


@cache
def _approximations() -> dict[str, int]:
    return {noun: int(value) for noun, value in read_table("fr/approximations.tsv", 2)}


@cache
def _count_nouns() -> frozenset[str]:
    return frozenset(form.lower() for form, _, _ in read_table("fr/units.tsv", 3))


def _shift(ref: dt.date | None, days: int) -> dt.date | None:
    return None if ref is None else ref + dt.timedelta(days=days)


def _with_time(
    day: dt.date | None, part: str | None, clock: str | None
) -> tuple[TimeType, str | None]:
    """DATE for a day alone, TIME with a part of day or a clock."""
    if part is None and clock is None:
        return TimeType.DATE, _iso(day)
    if day is None:
        return TimeType.TIME, None
    suffix = clock if clock is not None else _part_codes().get((part or "").lower(), "")
    return TimeType.TIME, f"{day.isoformat()}T{suffix}"


def _read(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    """The expressions one match stands for, with their values."""
    value: str | None
    g = match.group
    start, end = match.span()
    ref, text = ctx.reference, ctx.text
    kind = match.lastgroup
    if g("night"):
        if g("n_day") and g("n_month") and ref is not None:
            day = day_month(ref, lex.months[g("n_month").lower()], _day(g("n_day")), "past")
        else:
            day = None if ref is None else weekday(ref, lex.weekdays[g("n_wd").lower()], "past")
        return [(start, end, TimeType.TIME, None if day is None else f"{day}TNI", False, None)]
    if g("r_day") is not None and kind != "date":
        month = lex.months[g("r_month").lower()]
        day = _calendar_day(ctx, start, end, g("r_year"), month, _day(g("r_day")))
        ctx.remember(day, start)
        return [(start, end, TimeType.DATE, _iso(day), False, None)]
    if g("named"):
        if not _original(ctx, match, "named").split("-")[-1][:1].isupper():
            return []  # le 11 septembre is a date; the event is written le 11-Septembre
        return [(start, end, TimeType.DATE, lex.named.get(g("named")), False, None)]
    if g("date"):
        month = lex.months[g("d_month").lower()]
        day = _calendar_day(ctx, start, end, g("d_year"), month, _day(g("d_day")))
        if day is None and ref is None and not g("d_year"):
            return [
                (start, end, TimeType.DATE, f"XXXX-{month:02d}-{_day(g('d_day')):02d}", False, None)
            ]
        ctx.remember(day, start)
        kind_, value = _with_time(day, None, _clock(match, "dc"))
        return [(start, end, kind_, value, False, None)]
    if g("numeric"):
        year = int(g("nu_year"))
        year = year + 2000 if year < 100 else year
        try:
            day = dt.date(year, int(g("nu_month")), int(g("nu_day")))
        except ValueError:
            return []
        ctx.remember(day, start)
        return [(start, end, TimeType.DATE, day.isoformat(), False, None)]
    if g("word"):
        return _read_word(match, ctx, lex)
    if g("part_of"):
        tense = _direction(ctx, start, end)
        day = None if ref is None else weekday(ref, lex.weekdays[g("po_wd").lower()], tense)
        ctx.remember(day, start)
        return [(start, end, *_with_time(day, g("po"), None), False, None)]
    if g("every"):
        return [(start, end, TimeType.SET, "P1W", False, None)]
    if g("year_range"):
        middle = start + len(g("yr1"))
        return [
            (start, middle, TimeType.DATE, g("yr1"), False, None),
            (middle + 1, end, TimeType.DATE, g("yr2"), False, None),
        ]
    if g("this_part"):
        part = g("tp").lower()
        day = ref
        if part == "nuit" and _direction(ctx, start, end) == "past":
            day = _shift(ref, -1)
        return [
            (
                start,
                end,
                TimeType.TIME,
                None if day is None else f"{day}T{_part_codes()[part]}",
                False,
                None,
            )
        ]
    if g("weekday"):
        rel = (g("w_rel") or "").lower()
        direction: Direction = (
            "last"
            if rel in ("dernier", "passé")
            else "next"
            if rel == "prochain"
            else _direction(ctx, start, end)
        )
        day = None if ref is None else weekday(ref, lex.weekdays[g("w").lower()], direction)
        ctx.remember(day, start)
        kind_, value = _with_time(day, g("w_part"), _clock(match, "wkc"))
        return [(start, end, kind_, value, False, None)]
    if g("rel_week"):
        if ref is None:
            return [(start, end, TimeType.DATE, None, False, None)]
        lower = match.group().lower()
        offset = -7 if (g("rw") or "").lower() in ("dernière", "passée") else 0
        offset = 7 if (g("rw") or "").lower() == "prochaine" else offset
        if g("we"):
            offset = {"dernier": -7, "prochain": 7}.get((g("we_rel") or "").lower(), 0)
            if offset == 0 and ref.weekday() == 0 and _direction(ctx, start, end) == "past":
                offset = -7
            return [
                (
                    start,
                    end,
                    TimeType.DATE,
                    f"{iso_week(ref + dt.timedelta(offset))}-WE",
                    False,
                    None,
                )
            ]
        del lower
        return [(start, end, TimeType.DATE, iso_week(ref + dt.timedelta(offset)), False, None)]
    if g("rel_month"):
        shift = {"dernier": -1, "prochain": 1}.get((g("rm") or "").lower(), 0)
        return [
            (
                start,
                end,
                TimeType.DATE,
                None if ref is None else "{:04d}-{:02d}".format(*add_months(ref, shift)),
                False,
                None,
            )
        ]
    if g("rel_year"):
        rel = (g("ry") or "").lower()
        shift = -1 if rel in ("dernier", "dernière", "passée") else 1 if rel else 0
        return [
            (start, end, TimeType.DATE, None if ref is None else str(ref.year + shift), False, None)
        ]
    if g("edge"):
        rel = (g("e_rel") or "").lower()
        shift = -1 if rel.startswith("derni") else 1 if rel.startswith("prochain") else 0
        if ref is None:
            return [(start, end, TimeType.DATE, None, False, None)]
        if g("e_unit").lower() == "mois":
            return [
                (
                    start,
                    end,
                    TimeType.DATE,
                    "{:04d}-{:02d}".format(*add_months(ref, shift)),
                    False,
                    None,
                )
            ]
        return [(start, end, TimeType.DATE, str(ref.year + shift), False, None)]
    if g("ago") or g("within"):
        sign = -1 if g("ago") else 1
        amount = _number(g("ago_n") or g("in_n"))
        unit, clock = lex.units[(g("ago_u") or g("in_u")).lower()]
        if amount is None or ref is None or clock or amount != int(amount):
            return [(start, end, TimeType.DATE, None, False, None)]
        n = int(amount) * sign
        if unit == "D":
            value = (ref + dt.timedelta(days=n)).isoformat()
        elif unit == "W":
            value = iso_week(ref + dt.timedelta(days=7 * n))
        elif unit == "M":
            value = "{:04d}-{:02d}".format(*add_months(ref, n))
        elif unit == "Y":
            value = str(ref.year + n)
        else:
            value = None
        return [(start, end, TimeType.DATE, value, False, None)]
    if g("month_of") or g("month"):
        return _read_month(match, ctx, lex)
    if g("season"):
        code = _season_codes()[g("se").lower()]
        if _original(ctx, match, "se")[0].isupper() and not g("s_year"):
            return []  # le Printemps arabe: an event's name
        if g("s_year"):
            return [(start, end, TimeType.DATE, f"{g('s_year')}-{code}", False, None)]
        if ref is None:
            return [(start, end, TimeType.DATE, f"XXXX-{code}", False, None)]
        rel = (g("s_rel") or "").lower()
        begins = _SEASON_START[code]
        year = ref.year
        if rel == "prochain" and ref.month >= begins:
            year += 1  # the season has begun: the next one is next year's
        elif rel == "dernier" and ref.month < begins + 3:
            year -= 1  # this year's has not ended yet
        return [(start, end, TimeType.DATE, f"{year}-{code}", False, None)]
    if g("decade"):
        digits = g("dec")
        century = digits[:2] if len(digits) == 4 else ("19" if int(digits) >= 30 else "20")
        return [(start, end, TimeType.DATE, f"{century}{digits[-2]}", False, None)]
    if g("year"):
        if _NOT_A_YEAR_BEFORE.search(text, max(0, start - 20), start):
            return []
        following = _NEXT_WORD.match(text, end, end + 30)
        if following and following.group(1).lower() in _count_nouns():
            return []
        return [(start, end, TimeType.DATE, g("y"), False, None)]
    if g("duration"):
        return _read_duration(match, ctx, lex)
    if g("clock"):
        value = _clock(match, "c")
        day = _day_in_sentence(ctx, start) or ref
        return [(start, end, TimeType.TIME, None if day is None else f"{day}T{value}", False, None)]
    if g("part"):
        part = (g("pa_edge") or g("pa") or match.group().split()[-1]).lower()
        part = "matinée" if part == "l'aube" else part
        day = _day_in_sentence(ctx, start) or ref
        code = _part_codes().get(part.replace("journée", "après-midi"), "")
        if part == "journée":
            code = "MO" if match.group().lower().startswith("début") else "EV"
        return [(start, end, TimeType.TIME, None if day is None else f"{day}T{code}", False, None)]
    return []


def _day(text: str) -> int:
    return 1 if text.lower() == "1er" else int(text)


def _day_in_sentence(ctx: _Context, position: int) -> dt.date | None:
    """The date last given in the sentence of ``position``, if any."""
    return ctx.latest if ctx.latest_sentence == _sentence_of(ctx, position) else None


def _calendar_day(
    ctx: _Context, start: int, end: int, year: str | None, month: int, day: int
) -> dt.date | None:
    if year:
        try:
            return dt.date(int(year), month, day)
        except ValueError:
            return None
    if ctx.reference is None:
        return None
    return day_month(ctx.reference, month, day, _direction(ctx, start, end))


def _read_word(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    start, end = match.span()
    phrase = match.group("word").lower()
    kind, value = lex.words[phrase]
    if " " not in phrase and _ARTICLE_BEFORE.search(ctx.text, max(0, start - 4), start):
        return []  # le quotidien Le Soir, l'hebdomadaire: a newspaper, not a frequency
    if kind == "SET":
        return [(start, end, TimeType.SET, value, False, None)]
    if value.endswith("_REF"):
        return [(start, end, TimeType.DATE, value, False, None)]
    if value.startswith("anaphoric:"):
        base = ctx.anchor or ctx.reference
        day = _shift(base, int(value.split(":")[1]))
    else:
        day = _shift(ctx.reference, int(value))
    type_, result = _with_time(day, match.group("wo_part"), _clock(match, "wc"))
    return [(start, end, type_, result, False, None)]


def _read_month(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    name = _original(ctx, match, "mo2" if g("mo2") else "mo")
    month = lex.months[name.lower()]
    if g("month") and not (g("m_mod") or g("m_year") or g("m_rel")):
        if name[0].isupper():
            return []  # Mars the planet, Mai a first name: French months take no capital
        if not _BARE_MONTH_BEFORE.search(ctx.text, max(0, start - 12), start) and name.endswith(
            "."
        ):
            return []
    if g("month") and g("m_year"):
        return [(start, end, TimeType.DATE, f"{g('m_year')}-{month:02d}", False, None)]
    if ctx.reference is None:
        return [(start, end, TimeType.DATE, f"XXXX-{month:02d}", False, None)]
    rel = (g("m_rel") or "").lower() if g("month") else ""
    direction: Direction = (
        "last" if rel == "dernier" else "next" if rel == "prochain" else _direction(ctx, start, end)
    )
    return [(start, end, TimeType.DATE, month_value(ctx.reference, month, direction), False, None)]


def _read_duration(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    text = ctx.text
    unit, clock = lex.units[g("du_u").lower()]
    if _original(ctx, match, "du_u")[0].isupper():
        return []  # la guerre des Six Jours: a name
    if _AGE_BEFORE.search(text, max(0, start - 30), start) and unit == "Y":
        return []
    if unit == "H" and _CLOCK_BEFORE.search(text, max(0, start - 10), start):
        hour = _number(g("du_n"))
        if hour is None or hour != int(hour) or hour > 24:
            return []
        day = _day_in_sentence(ctx, start) or ctx.reference
        value = None if day is None else f"{day}T{int(hour):02d}:00"
        return [(start, end, TimeType.TIME, value, False, None)]
    amount_text = g("du_n").lower()
    approximate, bound = False, None
    quantifier = (g("du_q") or "").lower()
    if quantifier.startswith(("plus", "au moins", "pas moins")):
        bound = Bound.MIN
    elif quantifier.startswith("moins"):
        bound = Bound.MAX
    elif quantifier:
        approximate = True
    amount: float | None
    if _VAGUE.fullmatch(amount_text):
        amount = None
    elif amount_text.startswith(("un ", "une ")) and amount_text.split()[1] in _approximations():
        amount = float(_approximations()[amount_text.split()[1]])
        approximate = True
    else:
        amount = _number(amount_text)
    if amount is not None and g("du_half"):
        amount += 0.5
    value = None if amount is None else duration(amount, unit, clock)
    return [(start, end, TimeType.DURATION, value, approximate, bound)]


def _interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a day, month, year or ISO-week value."""
    if value is None:
        return None
    try:
        if _DAY_VALUE.fullmatch(value):
            day = dt.date.fromisoformat(value)
            return day, day
        if _MONTH_VALUE.fullmatch(value):
            first = dt.date(int(value[:4]), int(value[5:]), 1)
            year, month = add_months(first, 1)
            return first, dt.date(year, month, 1) - dt.timedelta(days=1)
        if _YEAR_VALUE.fullmatch(value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        if _WEEK_VALUE.fullmatch(value):
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return monday, monday + dt.timedelta(days=6)
    except ValueError:
        return None
    return None


@cache
def _lower_table() -> dict[int, int]:
    """Upper-case letters whose lower case is one character: lowering keeps every offset."""
    table = {}
    for code in range(0x10000):
        char = chr(code)
        lower = char.lower()
        if lower != char and len(lower) == 1:
            table[code] = ord(lower)
    return table


def _lowered(text: str) -> str:
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_lower_table())


def _original(ctx: _Context, match: re.Match[str], group: str) -> str:
    """The words of ``group`` as written (the pattern reads a lower-cased copy)."""
    start, end = match.span(group)
    return ctx.text[start:end]


@attrs.frozen
class TimeExtractor:
    """Dates, times, durations, sets and vague references, with TIMEX3 values."""

    name: str = "times"
    requires: tuple[str, ...] = ()
    languages: tuple[str, ...] | None = ("fr",)
    """The languages it reads: the pipeline keeps its annotations of French blocks only."""

    def __call__(self, doc: Document) -> tuple[TimeExpression, ...]:
        """The temporal expressions of ``doc``, in text order."""
        lex = _lexicon()
        table = doc.token_table
        ctx = _Context(doc.normalised.text, doc.reference_date, normalised_sentences(doc))
        found: list[TimeExpression] = []
        lowered = _lowered(ctx.text)
        starters, cores, match_at = lex.starters, lex.cores, lex.pattern.match
        starts, ends = table.starts, table.ends
        words = [lowered[a:b] for a, b in zip(starts, ends, strict=True)]
        core = [
            w in cores or w[0].isdigit() or ("-" in w and w.split("-")[0] in cores) for w in words
        ]
        reached = 0
        for index, word in enumerate(words):
            if not core[index]:
                hyphenated = "-" in word
                if hyphenated and word.startswith("mi-"):
                    pass  # mi-février, mi-2021
                elif word not in starters and not (hyphenated and word.split("-")[0] in starters):
                    continue
                elif not any(core[index + 1 : index + 1 + _LOOKAHEAD_TOKENS]):
                    continue  # la, de, plus...: no month, unit or number follows
            token_start = starts[index]
            if token_start < reached:
                continue
            match = match_at(lowered, token_start)
            if match is None:
                continue
            reached = match.end()
            for start, end, kind, value, approximate, bound in _read(match, ctx, lex):
                span = doc.normalised.span(start, end)
                interval = _interval(value) if kind is TimeType.DATE else None
                found.append(
                    TimeExpression(
                        span,
                        doc.text[span.start : span.end],
                        kind,
                        value,
                        interval,
                        approximate,
                        bound,
                    )
                )
        return tuple(found)
