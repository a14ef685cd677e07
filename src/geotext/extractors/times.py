"""Temporal expressions of French news, found in one pass and resolved on the story's calendar.

The pattern is built from the word lists of ``geotext/data/fr`` (months, weekdays, parts of
day, units, holidays, fixed phrases); each alternative has named groups that carry its parts,
and one reader per alternative turns them into a TIMEX3 value with
:mod:`geotext.normaliser.timex`. The text is read in order, keeping its calendar: the last
day it told (which clock times, parts of the day and *le lendemain* count from) and the last
date it gave with a year (which yearless dates nearby take). A bare weekday, a yearless date
or month follows the tense of its clause: past narration looks back from the reference date,
the future looks ahead; a weekday written with a date picks the year where that date is that
weekday.
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
    easter,
    iso_week,
    month_value,
    nearest,
    orthodox_easter,
    season_year,
    weekday,
)

__all__ = ["TimeExtractor"]


@attrs.frozen
class _Word:
    """A phrase of ``time_words.tsv``: the words it needs around it, its type and value."""

    before: str
    after: str
    type: str
    value: str


@attrs.frozen
class _Holiday:
    """A holiday of ``holidays.tsv``: its name as written, its rules (``12-25``, ``easter+1``)."""

    name: str
    rules: tuple[str, ...]


@attrs.frozen
class _Lexicon:
    pattern: re.Pattern[str]
    starters: frozenset[str]
    cores: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, tuple[str, bool, int]]
    words: dict[str, tuple[_Word, ...]]
    exceptions: dict[str, tuple[frozenset[str], frozenset[str]]]
    named: dict[str, str]
    holidays: dict[str, _Holiday]


_NUMBER_WORDS = (
    r"(?:\d{1,4}(?:,\d+)?|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
    r"|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-(?:et-)?\w+|[ ]et[ ]un)?"
    r"|trente(?:-(?:et-)?\w+|[ ]et[ ]un)?|quarante(?:-(?:et-)?\w+|[ ]et[ ]un)?"
    r"|cinquante(?:-(?:et-)?\w+|[ ]et[ ]un)?|soixante(?:-(?:et-)?\w+|[ ]et[ ]\w+)?"
    r"|quatre-vingt(?:s|-\w+(?:-\w+)?)?|cent|mille)"
)
_VAGUE_AMOUNT = r"(?:quelques|plusieurs|des|de[ ]longs|de[ ]longues|de[ ]nombreux|de[ ]nombreuses)"


def _word_entry(phrase: str, type_: str, value: str) -> tuple[str, _Word]:
    """The core of a ``time_words.tsv`` phrase and its entry: ``(pour) l'heure`` → ``l'heure``."""
    before = after = ""
    found = regex.match(r"\((?P<w>[^)]+)\)(?P<space>[ ]?)", phrase)
    if found:
        before = found.group("w") + found.group("space")
        phrase = phrase[found.end() :]
    found = regex.search(r"(?P<space>[ ]?)\((?P<w>[^)]+)\)\Z", phrase)
    if found:
        after = found.group("space") + found.group("w")
        phrase = phrase[: found.start()]
    return phrase, _Word(before, after, type_, value)


@cache
def _lexicon() -> _Lexicon:
    months = {name: int(n) for name, n in read_table("fr/months.tsv", 2)}
    weekdays = {name: int(n) for name, n in read_table("fr/weekdays.tsv", 2)}
    units: dict[str, tuple[str, bool, int]] = {}
    for word, unit, clock in read_table("fr/time_units.tsv", 3):
        factor = regex.match(r"\d*", unit).group()
        units[word] = (unit[len(factor) :], clock == "T", int(factor or 1))
    words: dict[str, list[_Word]] = {}
    for phrase, type_, value in read_table("fr/time_words.tsv", 3):
        core, entry = _word_entry(phrase, type_, value)
        words.setdefault(core, []).append(entry)
    exceptions: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for phrase, side, listed in read_table("fr/time_word_exceptions.tsv", 3):
        before, after = exceptions.get(phrase, (frozenset(), frozenset()))
        if side == "before":
            before |= frozenset(listed.split())
        else:
            after |= frozenset(listed.split())
        exceptions[phrase] = (before, after)
    named = {name.lower(): date for name, date in read_table("fr/named_dates.tsv", 2)}
    holidays = {
        name.lower(): _Holiday(name, tuple(rule.split("|")))
        for name, rule in read_table("fr/holidays.tsv", 2)
    }
    approximations = [noun for noun, _ in read_table("fr/approximations.tsv", 2)]
    approx_amount = (
        rf"(?:une?[ ](?:{alternation(n for n in approximations if not n.endswith('s'))})"
        r"[ ]d[e'][ ]?)"
    )
    month = rf"(?:{alternation(months)})(?!\w)"
    day = r"(?:1er|[12]\d|3[01]|0?[1-9])"
    wday = rf"(?:{alternation(weekdays)})"
    unit = rf"(?:{alternation(units)})"
    part = r"(?:matin|soir|après-midi|midi|matinée|soirée|nuit)"
    clock = (
        r"(?:(?P<{p}h>[01]?\d|2[0-3])(?:[ ]?h(?![^\W\d])(?:[ ]?(?P<{p}m>[0-5]\d))?"
        r"|[ ]?heures?(?![^\W\d])(?:[ ](?P<{p}mm>[0-5]\d)"
        r"(?![ ](?!gmt|utc|heure|du[ ]|de[ ]l)[^\W\d]))?)(?![ ]?(?:minutes?|min)\b)"
        r"(?:[ ](?P<{p}pod>du[ ]matin|du[ ]soir|de[ ]l'après-midi|de[ ]la[ ]nuit))?"
        r"|(?P<{p}h2>[01]?\d|2[0-3]):(?P<{p}m2>[0-5]\d)"
        r"|(?P<{p}noon>midi|minuit|la[ ]mi-journée))"
        r"(?:[ ](?:gmt|utc|heure[ ]locale|heure[ ]de[ ]paris|heure[ ]française)(?!\w))?"
    )

    def at_clock(prefix: str) -> str:
        return rf"(?:[ ](?:à|vers|dès|peu[ ]avant|peu[ ]après)[ ]{clock.format(p=prefix)})"

    year = r"(?:1[5-9]\d\d|20\d\d)"
    short_year = r"(?:\d\d(?![\w-]|[.,]\d|[ ]\w|[ ]?%))"
    eve = r"(?:la[ ]veille|l'avant-veille|le[ ]lendemain|le[ ]surlendemain)"
    alternatives = [
        # la nuit de samedi à dimanche, du vendredi 18 au samedi 19 octobre, de dimanche à hier
        rf"(?P<night>(?:la[ ])?nuit[ ]d(?:e|u)[ ](?:(?P<n_wd>{wday})(?:[ ](?P<n_day>{day}))?"
        rf"|(?P<n_day2>{day}))(?:[ ](?P<n_month1>{month}))?[ ](?:à|au)[ ]"
        rf"(?:{wday}(?:[ ]{day})?|{day}|(?P<n_deictic>hier|aujourd'hui|demain))"
        rf"(?:[ ](?P<n_month>{month}))?(?:[ ](?P<n_year>{year}))?)(?![\w-])",
        # du 12 au 15 octobre, les 4 et 5 décembre: the first end, alone
        rf"(?P<r_day>{day})(?=(?:(?:[ ](?:au|et|ou)|,)[ ](?:le[ ])?(?P<r_last>{day}))+"
        rf"[ ](?P<r_month>{month})"
        rf"(?:[ ](?P<r_year>{year}))?)",
        # Noël, la veille de Noël, Pâques 2024, le lundi de Pentecôte
        rf"(?P<holiday>(?:(?P<ho_rel>{eve})[ ](?:du[ ]|de[ ]la[ ]|de[ ]l'|de[ ]|d'))?"
        rf"(?P<ho>{alternation(holidays)})(?![\w-])(?:[ ](?P<ho_year>{year})(?![\w-]))?)",
        # named dates: le 11-Septembre
        rf"(?P<named>{alternation(named)})(?![\w-])",
        rf"(?P<ago>il[ ]y[ ]a[ ](?P<ago_n>{_NUMBER_WORDS}|{_VAGUE_AMOUNT}|{approx_amount})"
        rf"(?:(?<=')|[ ])(?P<ago_u>{unit})(?P<ago_half>[ ]et[ ]demie?)?)(?![\w-])",
        rf"(?P<within>(?:(?<=\bdans[ ])|(?<=\bd'ici[ ]))"
        rf"(?P<in_n>{_NUMBER_WORDS}|{_VAGUE_AMOUNT}|{approx_amount})(?:(?<=')|[ ])"
        rf"(?P<in_u>{unit})(?P<in_half>[ ]et[ ]demie?)?)(?![\w-])",
        # le 18 du même mois, le 3 du mois suivant
        rf"(?P<same_month>(?:le[ ])?(?P<sm_day>{day})[ ]du[ ](?:même[ ])?mois"
        r"(?:[ ](?P<sm_rel>suivant|précédent|dernier|prochain))?)(?![\w-])",
        # (le) (ce) (tôt) jeudi 7 novembre 2024 (dernier) (à 14h30), le matin du 7 octobre
        rf"(?P<date>(?:(?P<d_eve>{eve})[ ]du[ ]"
        rf"|(?:le[ ]|la[ ]|l')?(?P<d_pre>{part})[ ]du[ ]"
        rf"|(?P<d_early>tôt[ ])?(?:(?:le|ce)[ ])?)"
        rf"(?:(?P<d_wd>{wday})[ ](?:le[ ])?)?(?P<d_day>{day})[ ](?P<d_month>{month})"
        rf"(?:[ ](?P<d_year>{year})(?![\w-]))?(?:[ ](?P<d_rel>dernier|prochain))?"
        rf"(?:{at_clock('dc')}|[ ](?:au[ ])?(?P<d_part>matin|soir)"
        rf"|[ ](?:dans[ ]l'|dans[ ]la[ ]|en[ ])(?P<d_part2>après-midi|matinée|soirée|nuit))?)"
        r"(?![\w-])",
        # ... le 2 mai, puis le 9: a day of the month just told
        rf"(?P<bare_day>le[ ](?P<bd>{day})(?=[ ]?[.;,)]|[ ](?:et|puis|avant|après)[ ]|\Z))",
        r"(?P<numeric>(?:le[ ])?(?P<nu_day>[0-3]?\d)[/.](?P<nu_month>[01]?\d)[/.]"
        rf"(?P<nu_year>\d{{4}}|\d\d)(?![\w/.]\d)(?:{at_clock('nc')})?)",
        # du 25/09: a day and a month in digits, after du, le, au
        r"(?P<numeric_dm>(?:(?<=\bdu[ ])|(?<=\ble[ ])|(?<=\bau[ ]))"
        r"(?P<nd_day>[0-3]\d)/(?P<nd_month>[01]\d)(?![\w/.]?\d))",
        # le premier semestre 2025, au troisième trimestre
        rf"(?P<half>(?:le[ ])?(?P<h_ord>premier|1er|second|deuxième|2e|troisième|3e"
        rf"|quatrième|4e)[ ](?P<h_unit>semestre|trimestre)"
        rf"(?:[ ](?:de[ ]|d')?(?P<h_year>{year}))?)(?![\w-])",
        # not des années 2000 (a decade), nor des derniers jours (the vague past)
        rf"(?P<duration>(?!des[ ]années[ ](?:19|20)?\d0(?!\d)"
        rf"|{_VAGUE_AMOUNT}[ ](?:derni|prochain|passé))"
        rf"(?:(?P<du_q>plus[ ]d(?:e[ ]|')|près[ ]d(?:e[ ]|')|moins[ ]d(?:e[ ]|')"
        rf"|environ|au[ ]moins|presque|quasiment|bientôt|pas[ ]moins[ ]de)[ ]?)?"
        rf"(?P<du_n>{_NUMBER_WORDS}|{_VAGUE_AMOUNT}|{approx_amount})(?:(?<=')|[ ])"
        # les trois derniers mois, les deux prochaines semaines: a length
        r"(?:(?:derni(?:ers|ères)|prochain(?:s|es)|passé(?:s|es))[ ])?"
        rf"(?P<du_u>{unit})"
        r"(?P<du_half>[ ]et[ ]demie?)?)(?![\w-])",
        # deictic words with a part of day or a clock: hier soir, demain à 9 h
        rf"(?P<word>{alternation(words)})(?![\w-])(?:[ ](?:au[ ])?(?P<wo_part>{part}))?"
        rf"(?:{at_clock('wc')})?",
        r"(?P<this_part>(?:ce|cet|cette)[ ](?P<tp>matin|soir|après-midi|nuit|soirée|matinée)"
        r"|(?:la[ ])?(?P<tp2>nuit|soirée)[ ](?P<tp_rel>dernière|passée|prochaine))(?![\w-])",
        rf"(?P<part_of>(?:la[ ])?(?P<po>matinée|soirée|nuit|journée|après-midi)[ ]d[eu][ ]"
        rf"(?P<po_wd>{wday}))(?![\w-])",
        rf"(?P<every>(?:chaque|tous[ ]les)[ ](?P<ev>{wday})s?)(?![\w-])",
        rf"(?P<year_range>(?P<yr1>{year})[-—](?P<yr2>{year}))(?![\w-])",
        rf"(?P<weekday>(?:(?P<w_early>tôt)[ ](?:le[ ])?|ce[ ])?"
        rf"(?P<w>{wday})(?![\w-])(?:[ ](?P<w_rel>dernier|prochain|passé))?"
        rf"(?:[ ](?P<w_part>{part})|[ ](?:dans[ ]l'|dans[ ]la[ ]|en[ ])"
        rf"(?P<w_part2>après-midi|matinée|soirée))?(?:{at_clock('wkc')})?)",
        r"(?P<rel_week>(?:la[ ])?semaine[ ](?P<rw>dernière|prochaine|passée)"
        r"|cette[ ]semaine|(?P<we>(?:le|ce)[ ]week-end)(?:[ ](?P<we_rel>dernier|prochain))?)",
        r"(?P<rel_month>(?:le[ ])?mois[ ](?P<rm>dernier|prochain)|ce[ ]mois(?:-ci)?)",
        r"(?P<rel_year>l'(?:an|année)[ ](?P<ry>dernière|dernier|prochaine|prochain|passée)"
        r"|cette[ ]année)",
        rf"(?P<month_of>(?:(?P<mo_mod>fin|début|milieu|courant)[ ](?:du[ ])?|le[ ])?"
        rf"mois[ ]d(?:e[ ]|')(?P<mo2>{month})(?:[ ](?P<mo2_year>{year})(?![\w-]))?)",
        # la fin de l'année 2023, le début du mois dernier, en fin de semaine
        r"(?P<edge>(?:la[ ]|le[ ])?(?:fin|début|milieu)[ ](?:du[ ]|de[ ]l'|de[ ]la[ ]|de[ ]|d')"
        r"(?P<e_unit>mois|année|semaine)"
        rf"(?:[ ](?P<e_rel>dernière|dernier|prochaine|prochain)|(?<=année)[ ](?P<e_year>{year}))?)"
        r"(?![\w-])",
        rf"(?P<month>(?:(?P<m_mod>(?:la[ ])?mi-|début[ ]|fin[ ]|courant[ ])?)"
        rf"(?P<mo>{month})(?:[ ](?P<m_year>{year})(?![\w-])|[ ]'?(?P<m_yy>{short_year})"
        r"|[ ](?P<m_rel>dernier|prochain))?)",
        rf"(?P<season>(?:(?<=\bau )|(?<=\ble )|(?<=\ben )|(?<=\bcet )|(?<=\bce )|(?<=l')"
        rf"|(?<=d')|(?:le|l'|cet|ce)[ ]?)"
        rf"(?P<se>printemps|été|automne|hiver)(?![\w-])(?:[ ](?P<s_year>{year})"
        r"|[ ](?P<s_rel>dernier|prochain))?)",
        r"(?P<decade>(?:les[ ]|des[ ])?années[ ](?P<dec>(?:19|20)?\d0))(?!\d)",
        rf"(?P<year>(?:(?P<y_mod>fin|début|mi-|courant)[ ]?)?(?P<y>{year}))(?![\w-]|[.,]\d|[ ]\d)",
        rf"(?P<short>(?<=\ben[ ])'?(?P<sy>{short_year}))",
        rf"(?P<clock>{clock.format(p='c')})(?![\w-])",
        r"(?P<part>(?:fin|début|milieu)[ ]d(?:e[ ]|')"
        r"(?P<pa_edge>matinée|soirée|journée|après-midi|nuit)"
        r"|(?:(?<=\bà )|(?<=\bdès ))l'aube"
        r"|(?<=\ben[ ])soirée|(?<=\ben[ ])matinée"
        r"|(?:la|dans[ ]la)[ ](?P<pa>nuit|soirée|matinée)(?![ ]d)"
        r"|(?:(?<=\bdans[ ])|(?<=\bdurant[ ])|(?<=\bpendant[ ]))(?P<pa_af>l'après-midi)(?![ ]d)"
        r"|(?:(?<=\bdans[ ])|(?<=\bau[ ]cours[ ]de[ ]))(?P<pa_day>la[ ]journée)(?![ ]d))"
        r"(?![\w-])",
    ]
    # Matched against a lower-cased copy of the text (see _lowered): a case-sensitive pattern
    # is faster; where case matters (Mars, le Printemps arabe) the reader looks at the text.
    # The standard library's engine runs this pattern faster than ``regex`` does.
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + ")")
    starter_words = frozenset(read_lines("fr/time_starters.txt"))
    numbers = frozenset(w for w, (_, kind) in number_words().items() if kind != "scale")
    holiday_words = {w for name in holidays for w in regex.split(r"(?<=')|[ ]", name)}
    cores = {*months, *weekdays, *units, *_season_codes(), *_part_codes(), *numbers}
    cores |= {f"{day}s" for day in weekdays}  # tous les lundis
    cores |= set(read_lines("fr/time_cores.txt"))
    cores |= {w for w in holiday_words if len(w) > 2} - starter_words
    for phrase in words:
        cores |= {w for w in regex.split(r"(?<=')|[ ]", phrase) if len(w) > 2} - starter_words
    cores |= {phrase for phrase in words if " " not in phrase}  # bientôt, aujourd'hui
    starters = {*months, *weekdays, *units, *_season_codes(), *_part_codes(), *starter_words}
    starters |= numbers | holiday_words
    starters |= {phrase.split(" ")[0] for phrase in words}  # aujourd'hui: one token
    starters |= {regex.split(r"(?<=')|[ ]", phrase)[0] for phrase in words}  # l' heure
    return _Lexicon(
        pattern,
        frozenset(starters),
        frozenset(cores),
        months,
        weekdays,
        units,
        {core: tuple(entries) for core, entries in words.items()},
        exceptions,
        named,
        holidays,
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
    r"|(?i:\b(?:report|repouss|décal)(?:é|ée|és|ées|er|e|ent)[ ]à\b)"
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
    """What the reading of one document needs: its text, reference date and the story's calendar.

    The calendar is what the text has told so far: the last day it named (*mardi*, *le 9
    février*, *hier*, *la veille*), which clock times, parts of the day and anaphors (*le
    lendemain*, *le 18 du même mois*) count from, and the last date that gave its year (*début
    février 2023*), which yearless dates nearby take. ``eve`` is the last anaphor read (the day
    it counted from, its offset, the day it gave): *la veille* then *le lendemain* with nothing
    told between both count from the same day.
    """

    text: str
    reference: dt.date | None
    sentences: list[tuple[int, int]]
    told: dt.date | None = None
    told_end: int = -1
    told_past: dt.date | None = None
    dated: dt.date | None = None
    dated_end: int = -1
    eve: tuple[dt.date | None, int, dt.date | None] = (None, 0, None)

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

    def remember(self, day: dt.date | None, start: int, end: int) -> None:
        """Keep ``day``, the day the text has just told at ``text[start:end]``."""
        if day is None:
            return
        self.told, self.told_end = day, end
        if self.reference is None or day <= self.reference:
            self.told_past = day

    def remember_year(self, first_day: dt.date | None, end: int) -> None:
        """Keep the date (or month: its first day) that the text has just given with a year."""
        if first_day is not None:
            self.dated, self.dated_end = first_day, end

    def story_day(self, direction: Direction) -> dt.date | None:
        """The day the story stands on, for a clause of tense ``direction``.

        In the past, the last day told that is not after the reference date (a date ahead of
        it is a plan, not the day the narration stands on); in the future, the last day told
        if it is ahead of the reference date; else the reference date.
        """
        ref = self.reference
        if ref is None:
            return self.told
        if direction in ("future", "next"):
            return self.told if self.told is not None and self.told >= ref else ref
        return self.told_past or ref


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


def _sentence_index(ctx: _Context, position: int) -> int:
    return bisect_right(ctx.sentence_starts, position) - 1


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _number(text: str) -> float | None:
    value = parse_number(text.replace("-et-", " et "))
    return None if value is None else float(value)


def _clock(match: re.Match[str], prefix: str) -> str | None:
    """``HH:MM`` of a clock group, or None when the group did not match."""
    noon = match.group(f"{prefix}noon")
    if noon:
        return "00:00" if noon.lower() == "minuit" else "12:00"
    hour = match.group(f"{prefix}h") or match.group(f"{prefix}h2")
    if hour is None:
        return None
    minute = (
        match.group(f"{prefix}m")
        or match.group(f"{prefix}mm")
        or match.group(f"{prefix}m2")
        or "00"
    )
    return _hour(int(hour), minute, match.group(f"{prefix}pod") or "")


def _hour(number: int, minute: str, pod: str) -> str:
    """``HH:MM`` of an hour read with its part of day: *8 heures du soir* is ``20:00``."""
    pod = pod.lower()
    if ("soir" in pod or "après-midi" in pod) and number < 12:
        number += 12
    return f"{number:02d}:{minute}"


_Found = tuple[int, int, TimeType, "str | None", bool, "Bound | None"]


@cache
def _age_before() -> regex.Pattern[str]:
    """``de N ans`` after a noun of people (data ``age_nouns.txt``): an age, not a duration.

    Also after a capitalised noun that an article announces (*une Kurde de 22 ans*), with up to
    two lower-case words between the noun and *de* (*un randonneur belge de 52 ans*, *un père
    de famille de 41 ans*), and with the other ages of a list before it (*trois hommes de 25,
    35 et 48 ans*).
    """
    nouns: list[str] = []
    endings: list[str] = []
    for line in read_lines("fr/age_nouns.txt"):
        (endings if line.startswith("-") else nouns).append(line.lstrip("-"))
    listed = rf"(?:{_NUMBER_WORDS}(?:[ ]ans)?(?:,[ ]|[ ](?:et|à|ou)[ ]))*"
    words = rf"(?:[ ](?!(?:{_NOT_BETWEEN_AGE})\b)\p{{Ll}}[\p{{Ll}}-]{{2,}}|[ ]de[ ]famille){{0,2}}"
    return regex.compile(
        rf"(?:(?i:\b(?:{alternation(nouns)})s?|\b\w+(?:{alternation(endings)})s?){words}"
        rf"|\b(?i:un|une|des|le|la|l')[ ]?\p{{Lu}}\w+)[ ]d(?:e[ ]|')(?i:{listed})\Z"
    )


#: Words that end what stands between a noun of people and the *de N ans* of its age.
_NOT_BETWEEN_AGE = (
    "des|dans|depuis|pendant|durant|pour|avec|sans|sous|sur|après|avant|entre|contre|vers|chez"
    "|qui|que|dont|est|sont|était|étaient|ont|avait|avaient|fut|plus|moins|près|environ|voici"
)


_APPOSED_BEFORE = regex.compile(r"(?:[,(]|[,(][ ])\Z")
_APPOSED_AFTER = regex.compile(r"[ ]?[,);]|[ ](?:et|ou)[ ]")
_ARTICLE_BEFORE = regex.compile(r"(?i:\b(?:le|un|du|au)[ ]|\bl')\Z")
# An hour count after these is a clock time (à 4 heures); after the weak ones (après 10
# heures de combats) only with a sign of a clock after it.
_CLOCK_BEFORE = regex.compile(
    r"(?i:\b(?P<strong>à|vers|dès|jusqu'à|peu[ ]avant|peu[ ]après|aux[ ]alentours[ ]de"
    r"|autour[ ]de|il[ ]est|il[ ]était)[ ]\Z|\b(?:avant|après|depuis|entre|et)[ ]\Z)"
)
# *de 22 heures à 5 heures*, *entre 8 heures et 10 heures*: the first end of a span of clock
# times (*une trêve de 36 heures* stays a duration).
_RANGE_FROM = regex.compile(r"(?i:\b(?:de|entre)[ ]\Z)")
_RANGE_TO = regex.compile(r"(?i:[ ](?:à|et)[ ]\d{1,2}(?:[ ]?h\b|[ ]heures?\b))")
_RANGE_BACK = regex.compile(r"(?i:\bentre[ ]\d{1,2}(?:[ ]?h|[ ]heures?)[ ]et[ ]\Z)")
_CLOCK_AFTER = regex.compile(
    r"(?i:(?P<minute>[ ][0-5]\d(?![\d,.]\d)(?![ ]?(?:minutes?|min)\b)"
    r"(?![ ](?!GMT|UTC|heure|du[ ]|de[ ]l)\p{L}))?"
    r"(?P<pod>[ ](?:du[ ]matin|du[ ]soir|de[ ]l'après-midi|de[ ]la[ ]nuit))?"
    r"(?P<zone>[ ](?:GMT|UTC)\b|,?[ ]heure[ ](?:locale|française|de[ ]\p{Lu}\w+)\b)?)"
    r"(?P<converted>[ ]\(\d{1,2}[ ]?h)?"
)
_NOT_A_YEAR_BEFORE = regex.compile(
    r"(?i:\b(?:résolution|article|page|pages|n°|numéro|boeing|airbus|vol|loi|décret|cop"
    r"|route|rue|avenue|code|modèle|série|type)[ ]\Z)"
)
_BARE_MONTH_BEFORE = regex.compile(
    r"(?i:\b(?:en|depuis|d'ici|jusqu'en|dès|avant|après|de|d'|à|pour|vers|au|mois[ ]de"
    r"|mois[ ]d'|courant|fin|début|entre|et|ou)[ ]?\Z)"
)
# A capitalised word before a year or before "du" and a date names something (l'Euro 2012,
# Battlefield 2042, le Mouvement du 23 mars).
_NAME_BEFORE = regex.compile(r"(?<![\w-])(\p{Lu}[\p{L}-]*)[ ](?:du[ ])?\Z")
_ARTICLE_END = regex.compile(r"(?i:\b(?:le|la|les|du|des)[ ]|\bl')\Z")
_NEXT_WORD = regex.compile(r"[ ](\w+)")
_NEXT_CAPITAL = regex.compile(r"[ ]\p{Lu}\p{Ll}")
_APPOSITION = regex.compile(r"[ ,]*(?:à[ ])?")
_HOLIDAY_RULE = regex.compile(
    r"(?P<base>easter|orthodox)(?P<shift>[+-]\d+)|(?P<m>\d\d)-(?P<d>\d\d)"
)
_VAGUE = regex.compile(_VAGUE_AMOUNT)
_DAY_VALUE = regex.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = regex.compile(r"\d{4}-\d\d")
_YEAR_VALUE = regex.compile(r"\d{4}")
_WEEK_VALUE = regex.compile(r"\d{4}-W\d\d")
_EVE = {"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2}
_HALVES = {"semestre": ("H", 2), "trimestre": ("Q", 4)}
_ORDINALS = {"premier": 1, "1er": 1, "second": 2, "deuxième": 2, "2e": 2, "troisième": 3}
_ORDINALS |= {"3e": 3, "quatrième": 4, "4e": 4}

#: With a reference date, a yearless date takes the year of a date given with one only when
#: that date is at most this many sentences before it and this many days away.
_NEAR_SENTENCES = 2
_NEAR_DAYS = 92


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
def _calendar_words() -> frozenset[str]:
    """Capitalised words that may stand before a year without naming a thing."""
    return frozenset({*_lexicon().months, *_season_codes()})


@cache
def _common_words() -> frozenset[str]:
    return frozenset(read_lines("fr/common_words.txt"))


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


def _found(start: int, end: int, kind: TimeType, value: str | None) -> _Found:
    return (start, end, kind, value, False, None)


def _strict(rel: str | None) -> Direction | None:
    """``last`` after *dernier* or *passé*, ``next`` after *prochain*, else None."""
    rel = (rel or "").lower()
    if rel.startswith(("derni", "pass")):
        return "last"
    if rel.startswith("prochain"):
        return "next"
    return None


def _read(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    """The expressions one match stands for, with their values."""
    g = match.group
    for name, reader in _READERS:
        if g(name) is not None:
            return reader(match, ctx, lex)
    return []


def _read_night(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    ref = ctx.reference
    day: dt.date | None
    if g("n_deictic"):
        offset = {"hier": -2, "aujourd'hui": -1, "demain": 0}[g("n_deictic").lower()]
        day = _shift(ref, offset)
    elif (g("n_day") or g("n_day2")) and (g("n_month1") or g("n_month")):
        month = lex.months[(g("n_month1") or g("n_month")).lower()]
        number = _day(g("n_day") or g("n_day2"))
        wday = lex.weekdays[g("n_wd").lower()] if g("n_wd") else None
        day = _calendar_day(ctx, start, end, g("n_year"), month, number, wday)
    else:
        wd = lex.weekdays[g("n_wd").lower()]
        day = None if ref is None else weekday(ref, wd, _direction(ctx, start, end))
    ctx.remember(day, start, end)
    return [_found(start, end, TimeType.TIME, None if day is None else f"{day}TNI")]


def _read_range_start(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    month = lex.months[g("r_month").lower()]
    number = _day(g("r_day"))
    # The first end takes the month and year of the last one: read that end's date first.
    last = _calendar_day(ctx, start, end, g("r_year"), month, _day(g("r_last")))
    day = None if last is None else _valid(last.year, month, number)
    if day is None and ctx.reference is None and not g("r_year"):
        context = _context_date(ctx, start)
        if context is None:
            return [_found(start, end, TimeType.DATE, f"XXXX-{month:02d}-{number:02d}")]
    ctx.remember(day, start, end)
    return [_found(start, end, TimeType.DATE, _iso(day))]


def _read_holiday(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    holiday = lex.holidays[g("ho").lower()]
    written = _original(ctx, match, "ho")
    if any(a.isupper() and not b.isupper() for a, b in zip(holiday.name, written, strict=False)):
        return []  # la toussaint, l'ascension du mont Blanc: no holiday
    if _NEXT_CAPITAL.match(ctx.text, match.end("ho")):
        return []  # Toussaint Louverture, Noël Mamère: a name
    shift = _EVE.get((g("ho_rel") or "").lower(), 0)
    ref, context = ctx.reference, _context_date(ctx, start)
    day: dt.date | None = None
    if g("ho_year"):
        day = _shift(min(_holiday_in(holiday, int(g("ho_year"))), default=None), shift)
    elif ref is not None or context is not None:
        base = ref or context
        assert base is not None
        days = [
            d + dt.timedelta(days=shift)
            for year in (base.year - 1, base.year, base.year + 1)
            for d in _holiday_in(holiday, year)
        ]
        if ref is not None:
            day = nearest(ref, days, _direction(ctx, start, end))
        else:
            day = min(days, key=lambda d: abs((d - base).days), default=None)
    elif len(holiday.rules) == 1 and not shift and _HOLIDAY_RULE.fullmatch(holiday.rules[0]):
        rule = holiday.rules[0]
        if rule[0].isdigit():
            return [_found(start, end, TimeType.DATE, f"XXXX-{rule}")]
    ctx.remember(day, start, end)
    return [_found(start, end, TimeType.DATE, _iso(day))]


def _holiday_in(holiday: _Holiday, year: int) -> list[dt.date]:
    """The days of ``holiday`` in ``year``."""
    days = []
    for rule in holiday.rules:
        found = _HOLIDAY_RULE.fullmatch(rule)
        if found is None:
            continue
        if found.group("base"):
            sunday = easter(year) if found.group("base") == "easter" else orthodox_easter(year)
            days.append(sunday + dt.timedelta(days=int(found.group("shift"))))
        else:
            day = _valid(year, int(found.group("m")), int(found.group("d")))
            if day is not None:
                days.append(day)
    return days


def _read_named(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    start, end = match.span()
    if not _original(ctx, match, "named").split("-")[-1][:1].isupper():
        return []  # le 11 septembre is a date; the event is written le 11-Septembre
    return [_found(start, end, TimeType.DATE, lex.named.get(match.group("named")))]


def _read_relative(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    """*il y a trois semaines*, *dans deux mois*, *il y a quelques jours*."""
    g = match.group
    start, end = match.span()
    ref = ctx.reference
    sign = -1 if g("ago") else 1
    amount_text = (g("ago_n") or g("in_n")).lower()
    unit, clock, factor = lex.units[(g("ago_u") or g("in_u")).lower()]
    if _VAGUE.fullmatch(amount_text):
        return [_found(start, end, TimeType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF")]
    amount = _amount(amount_text)
    if amount is None or ref is None or clock:
        return [_found(start, end, TimeType.DATE, None)]
    amount *= factor
    if g("ago_half") or g("in_half"):
        amount += 0.5
    if amount != int(amount):  # deux ans et demi: months; un mois et demi: days
        if unit == "Y":
            unit, amount = "M", amount * 12
        elif unit == "M":
            unit, amount = "D", amount * 30
        elif unit == "W":
            unit, amount = "D", amount * 7
    n = round(amount) * sign
    value: str | None
    if unit == "D":
        value = (ref + dt.timedelta(days=n)).isoformat()
    elif unit == "W":
        value = iso_week(ref + dt.timedelta(days=7 * n))
    elif unit == "M":
        value = "{:04d}-{:02d}".format(*add_months(ref, n))
    elif unit == "Y":
        value = str(ref.year + n)
    elif unit == "DE":
        value = str(ref.year + 10 * n)[:3]
    else:
        value = None
    return [_found(start, end, TimeType.DATE, value)]


def _read_same_month(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    """*le 18 du même mois*: a day of the month the story stands in (or one next to it)."""
    g = match.group
    start, end = match.span()
    rel = (g("sm_rel") or "").lower()
    base = (
        ctx.reference
        if rel in ("dernier", "prochain")
        else ctx.story_day(_direction(ctx, start, end))
    )
    day = None
    if base is not None:
        shift = {"suivant": 1, "prochain": 1, "précédent": -1, "dernier": -1}.get(rel, 0)
        year, month = add_months(base, shift)
        day = _valid(year, month, _day(g("sm_day")))
    ctx.remember(day, start, end)
    return [_found(start, end, TimeType.DATE, _iso(day))]


def _read_date(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    text = ctx.text
    month = lex.months[g("d_month").lower()]
    number = _day(g("d_day"))
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if name and not g("d_wd") and _inside_sentence(ctx, name.start(1)):
        article = _ARTICLE_END.search(text, max(0, name.start(1) - 4), name.start(1))
        common = name.group(1).lower() in _common_words()
        if text[name.end(1) : start].strip() == "du" and article and common:
            return []  # le Mouvement du 23 mars: a name (not l'attaque du Hamas du 7 octobre)
    wday = lex.weekdays[g("d_wd").lower()] if g("d_wd") else None
    day = _calendar_day(ctx, start, end, g("d_year"), month, number, wday, _strict(g("d_rel")))
    if day is None and not g("d_year") and ctx.reference is None:
        ctx.told = None  # the story moves to a day that cannot be told
        return [_found(start, end, TimeType.DATE, f"XXXX-{month:02d}-{number:02d}")]
    if g("d_eve"):
        day = _shift(day, _EVE[g("d_eve").lower()])
    ctx.remember(day, start, end)
    part = g("d_pre") or g("d_part") or g("d_part2") or ("matin" if g("d_early") else None)
    kind, value = _with_time(day, part, _clock(match, "dc"))
    return [_found(start, end, kind, value)]


def _read_bare_day(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    """*le 2 mai ... le 9*: a day of the month the same sentence has just told."""
    start, end = match.span()
    told = ctx.told
    if told is None or _sentence_of(ctx, ctx.told_end - 1) != _sentence_of(ctx, start):
        return []
    number = _day(match.group("bd"))
    year, month = add_months(told, 1) if number < told.day else (told.year, told.month)
    day = _valid(year, month, number)
    ctx.remember(day, start, end)
    return [_found(start, end, TimeType.DATE, _iso(day))]


def _read_numeric(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    if g("numeric_dm"):
        month, number = int(g("nd_month")), int(g("nd_day"))
        if not 1 <= month <= 12 or _valid(2024, month, number) is None:
            return []
        day = _calendar_day(ctx, start, end, None, month, number)
        if day is None:
            return [_found(start, end, TimeType.DATE, f"XXXX-{month:02d}-{number:02d}")]
        ctx.remember(day, start, end)
        return [_found(start, end, TimeType.DATE, day.isoformat())]
    year = int(g("nu_year"))
    year = year + 2000 if year < 100 else year
    found = _valid(year, int(g("nu_month")), int(g("nu_day")))
    if found is None:
        return []
    ctx.remember(found, start, end)
    ctx.remember_year(found, end)
    kind, value = _with_time(found, None, _clock(match, "nc"))
    return [_found(start, end, kind, value)]


def _read_half(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    """*le premier semestre 2025* (``2025-H1``), *au troisième trimestre* (``…-Q3``)."""
    g = match.group
    start, end = match.span()
    letter, count = _HALVES[g("h_unit").lower()]
    number = _ORDINALS[g("h_ord").lower()]
    if number > count:
        return []
    if g("h_year"):
        year: int | None = int(g("h_year"))
    else:
        context = _context_date(ctx, start)
        ref = ctx.reference
        if context is not None:
            year = context.year
        elif ref is not None:
            current = (ref.month - 1) * count // 12 + 1
            future = _direction(ctx, start, end) == "future"
            year = ref.year + (1 if future and number < current else 0)
            year -= 1 if not future and number > current else 0
        else:
            year = None
    value = f"{'XXXX' if year is None else year}-{letter}{number}"
    return [_found(start, end, TimeType.DATE, value)]


def _read_word(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    start, end = match.span()
    text = ctx.text
    phrase = match.group("word").lower()
    entry = _word_of(ctx, lex, phrase, start, match.end("word"))
    if entry is None:
        return []
    kind, value = entry.type, entry.value
    if (
        kind == "SET"
        and " " not in phrase
        and _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    ):
        return []  # le quotidien Le Soir, l'hebdomadaire: a newspaper, not a frequency
    if kind in ("SET", "DURATION"):
        return [(start, match.end("word"), TimeType[kind], value, False, None)]
    if value.endswith("_REF"):
        return [_found(start, match.end("word"), TimeType.DATE, value)]
    day: dt.date | None
    part = match.group("wo_part")
    if value.startswith("anaphoric:"):
        _, offset_text, *own_part = value.split(":")
        offset = int(offset_text)
        part = own_part[0] if own_part else part  # le soir même: anaphoric:+0:soir
        if (
            offset
            and regex.match(r"[ ](?:de|du|des|d')\b", text[end : end + 5])
            and ctx.told is not None
            and _APPOSITION.fullmatch(text, ctx.told_end, start)
        ):
            offset = 0  # vendredi, à la veille du sommet: the eve is the day just told
        base = ctx.story_day(_direction(ctx, start, end))
        eve_base, eve_offset, eve_day = ctx.eve
        if offset * eve_offset < 0 and eve_day is not None and ctx.told == eve_day:
            base = eve_base  # la veille ..., le lendemain: both count from the same day
        day = _shift(base, offset)
        if offset:
            ctx.eve = (base, offset, day)
    else:
        day = _shift(ctx.reference, int(value))
    ctx.remember(day, start, end)
    type_, result = _with_time(day, part, _clock(match, "wc"))
    return [_found(start, end, type_, result)]


def _word_of(ctx: _Context, lex: _Lexicon, phrase: str, start: int, end: int) -> _Word | None:
    """The entry of ``phrase`` whose words around it are there, unless an exception says no."""
    text = ctx.text
    before, after = lex.exceptions.get(phrase, (frozenset(), frozenset()))
    previous = regex.search(r"([\w']+)[ ]?\Z", text[max(0, start - 25) : start])
    if previous and previous.group(1).lower() in before:
        return None
    following = regex.match(r"[ ]?([\w]+'?)", text[end : end + 25])
    if following and following.group(1).lower() in after:
        return None
    entries = sorted(lex.words[phrase], key=lambda w: not (w.before or w.after))
    for entry in entries:
        if entry.before:
            first = start - len(entry.before)
            if first < 0 or text[first:start].lower() != entry.before:
                continue
            if first > 0 and text[first - 1].isalnum():
                continue
        if entry.after:
            last = end + len(entry.after)
            if text[end:last].lower() != entry.after:
                continue
            if entry.after[-1].isalnum() and last < len(text) and text[last].isalnum():
                continue
        return entry
    return None


def _read_this_part(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    ref = ctx.reference
    part = (g("tp") or g("tp2")).lower()
    rel = (g("tp_rel") or "").lower()
    day = ref
    if rel in ("dernière", "passée") or (
        not rel and part == "nuit" and _direction(ctx, start, end) == "past"
    ):
        day = _shift(ref, -1)
    return [
        _found(start, end, TimeType.TIME, None if day is None else f"{day}T{_part_codes()[part]}")
    ]


def _read_part_of(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    ref = ctx.reference
    tense = _direction(ctx, start, end)
    day = None if ref is None else weekday(ref, lex.weekdays[g("po_wd").lower()], tense)
    ctx.remember(day, start, end)
    return [_found(start, end, *_with_time(day, g("po"), None))]


def _read_every(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    return [_found(*match.span(), TimeType.SET, "P1W")]


def _read_year_range(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    start, end = match.span()
    middle = start + len(match.group("yr1"))
    return [
        _found(start, middle, TimeType.DATE, match.group("yr1")),
        _found(middle + 1, end, TimeType.DATE, match.group("yr2")),
    ]


def _read_weekday(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    ref = ctx.reference
    number = lex.weekdays[g("w").lower()]
    direction = _strict(g("w_rel")) or _direction(ctx, start, end)
    day = None if ref is None else weekday(ref, number, direction)
    if ref is not None and not g("w_rel") and g("weekday")[:3].lower() == "ce ":
        # *ce vendredi*: the Friday of the reference date's week, whatever the tense (*la
        # campagne débute ce vendredi*, written on a Tuesday, is three days on); the tense
        # decides only five days or more away (*ce lundi* in a future clause, on a Sunday).
        week_day = ref + dt.timedelta(days=number - ref.weekday())
        if abs((week_day - ref).days) <= 4 or (week_day < ref) == (direction == "past"):
            day = week_day
    ctx.remember(day, start, end)
    part = g("w_part") or g("w_part2") or ("matin" if g("w_early") else None)
    kind, value = _with_time(day, part, _clock(match, "wkc"))
    return [_found(start, end, kind, value)]


def _read_rel_week(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    ref = ctx.reference
    if ref is None:
        return [_found(start, end, TimeType.DATE, None)]
    rel = (g("rw") or "").lower()
    offset = -7 if rel in ("dernière", "passée") else 7 if rel == "prochaine" else 0
    if g("we"):
        offset = {"dernier": -7, "prochain": 7}.get((g("we_rel") or "").lower(), 0)
        if offset == 0 and ref.weekday() == 0 and _direction(ctx, start, end) == "past":
            offset = -7
        return [_found(start, end, TimeType.DATE, f"{iso_week(ref + dt.timedelta(offset))}-WE")]
    return [_found(start, end, TimeType.DATE, iso_week(ref + dt.timedelta(offset)))]


def _read_rel_month(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    start, end = match.span()
    ref = ctx.reference
    shift = {"dernier": -1, "prochain": 1}.get((match.group("rm") or "").lower(), 0)
    value = None if ref is None else "{:04d}-{:02d}".format(*add_months(ref, shift))
    return [_found(start, end, TimeType.DATE, value)]


def _read_rel_year(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    start, end = match.span()
    ref = ctx.reference
    rel = (match.group("ry") or "").lower()
    shift = -1 if rel in ("dernier", "dernière", "passée") else 1 if rel else 0
    return [_found(start, end, TimeType.DATE, None if ref is None else str(ref.year + shift))]


def _read_edge(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    ref = ctx.reference
    rel = (g("e_rel") or "").lower()
    shift = -1 if rel.startswith("derni") else 1 if rel.startswith("prochain") else 0
    if g("e_year"):
        ctx.remember_year(dt.date(int(g("e_year")), 1, 1), end)
        return [_found(start, end, TimeType.DATE, g("e_year"))]
    if ref is None:
        return [_found(start, end, TimeType.DATE, None)]
    unit = g("e_unit").lower()
    if unit == "mois":
        return [_found(start, end, TimeType.DATE, "{:04d}-{:02d}".format(*add_months(ref, shift)))]
    if unit == "semaine":
        return [_found(start, end, TimeType.DATE, iso_week(ref + dt.timedelta(7 * shift)))]
    return [_found(start, end, TimeType.DATE, str(ref.year + shift))]


def _read_season(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    ref = ctx.reference
    code = _season_codes()[g("se").lower()]
    if _original(ctx, match, "se")[0].isupper() and not g("s_year"):
        return []  # le Printemps arabe: an event's name
    if g("s_year"):
        return [_found(start, end, TimeType.DATE, f"{g('s_year')}-{code}")]
    if ref is None:
        return [_found(start, end, TimeType.DATE, f"XXXX-{code}")]
    direction = _strict(g("s_rel")) or _direction(ctx, start, end)
    return [_found(start, end, TimeType.DATE, f"{season_year(ref, code, direction)}-{code}")]


def _read_decade(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    digits = match.group("dec")
    century = digits[:2] if len(digits) == 4 else ("19" if int(digits) >= 30 else "20")
    return [_found(*match.span(), TimeType.DATE, f"{century}{digits[-2]}")]


def _read_year(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    start, end = match.span()
    text = ctx.text
    if _NOT_A_YEAR_BEFORE.search(text, max(0, start - 20), start):
        return []
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if (
        name
        and not match.group("y_mod")
        and _inside_sentence(ctx, name.start(1))
        and name.group(1).lower() not in _calendar_words()
        and text[name.end(1) : start] == " "
    ):
        return []  # l'Euro 2012, Battlefield 2042: a name
    following = _NEXT_WORD.match(text, end, end + 30)
    if following and following.group(1).lower() in _count_nouns():
        return []
    return [_found(start, end, TimeType.DATE, match.group("y"))]


def _read_short_year(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    """*en 97*: a year written with two digits."""
    return [_found(*match.span(), TimeType.DATE, str(_full_year(ctx, int(match.group("sy")))))]


def _full_year(ctx: _Context, two_digits: int) -> int:
    """The year of ``two_digits`` nearest the story: 97 is 1997, 24 is 2024 in 2024."""
    base = (ctx.reference or ctx.dated or dt.date(2030, 1, 1)).year
    year = base - base % 100 + two_digits
    return year - 100 if year > base + 5 else year


def _read_clock(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    start, end = match.span()
    day = ctx.story_day(_direction(ctx, start, end))
    value = _clock(match, "c")
    return [_found(start, end, TimeType.TIME, None if day is None else f"{day}T{value}")]


def _read_part(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    day = ctx.story_day(_direction(ctx, start, end))
    if g("pa_day"):
        return [_found(start, end, TimeType.DATE, _iso(day))]
    part = (g("pa_edge") or g("pa") or g("pa_af") or match.group().split()[-1]).lower()
    part = {"l'aube": "matinée", "l'après-midi": "après-midi"}.get(part, part)
    if part == "nuit" and ctx.told is None and _direction(ctx, start, end) == "past":
        day = _shift(day, -1)  # dans la nuit, told the next morning: the night before
    code = _part_codes().get(part.replace("journée", "après-midi"), "")
    if part == "journée":
        code = "MO" if match.group().lower().startswith("début") else "EV"
    return [_found(start, end, TimeType.TIME, None if day is None else f"{day}T{code}")]


def _day(text: str) -> int:
    return 1 if text.lower() == "1er" else int(text)


def _inside_sentence(ctx: _Context, position: int) -> bool:
    """Whether ``position`` is not the first word of its sentence."""
    bounds = _sentence_of(ctx, position)
    return bool(ctx.text[bounds[0] : position].strip(" «\"'([—-"))


def _context_date(ctx: _Context, position: int) -> dt.date | None:
    """The last date given with its year, where it lends that year to a date at ``position``.

    Without a reference date, always; with one, only from the same sentence or the ones just
    before (*début février 2023 ... le 9 février*).
    """
    if ctx.dated is None:
        return None
    if ctx.reference is None:
        return ctx.dated
    distance = _sentence_index(ctx, position) - _sentence_index(ctx, ctx.dated_end - 1)
    return ctx.dated if distance <= _NEAR_SENTENCES else None


def _calendar_day(
    ctx: _Context,
    start: int,
    end: int,
    year: str | None,
    month: int,
    day: int,
    wday: int | None = None,
    strict: Direction | None = None,
) -> dt.date | None:
    """The date of a day and month, with the year written, or the one the story gives it.

    A weekday written with the date picks the one year near where that day is that weekday;
    else a date given with its year nearby lends its year; else the reference date and the
    tense (or *dernier* / *prochain*, ``strict``) decide.
    """
    if year:
        found = _valid(int(year), month, day)
        ctx.remember_year(found, end)
        return found
    ref = ctx.reference
    context = _context_date(ctx, start)
    base = context or ref
    if base is None:
        return None
    if wday is not None:
        hits = [
            d
            for y in (base.year - 1, base.year, base.year + 1)
            if (d := _valid(y, month, day)) is not None and d.weekday() == wday
        ]
        if len(hits) == 1:
            return hits[0]
    direction = strict or _direction(ctx, start, end)
    if context is not None and not (strict and ref is not None):
        options = [
            d
            for y in (context.year - 1, context.year, context.year + 1)
            if (d := _valid(y, month, day)) is not None
        ]
        best = min(options, key=lambda d: abs((d - context).days), default=None)
        if best is not None and _lends(ref, context, best, direction):
            return best
    if ref is None:
        return None
    return day_month(ref, month, day, direction)


def _lends(ref: dt.date | None, context: dt.date, found: dt.date, direction: Direction) -> bool:
    """Whether ``found``, dated by the year of ``context``, may stand.

    Without a reference date, always; with one, when it is near ``context`` and agrees with
    the tense: a past clause tells of a day on or before the reference date, a future clause
    of one on or after it (*jusqu'au 29 juillet* after a coup *le 26 juillet 2023* is next
    July's).
    """
    if ref is None:
        return True
    if abs((found - context).days) > _NEAR_DAYS:
        return False
    return found >= ref if direction in ("future", "next") else found <= ref


def _read_month(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    name = _original(ctx, match, "mo2" if g("mo2") else "mo")
    month = lex.months[name.lower()]
    if g("month") and not (g("m_mod") or g("m_year") or g("m_rel") or g("m_yy")):
        if name[0].isupper():
            return []  # Mars the planet, Mai a first name: French months take no capital
        if not _BARE_MONTH_BEFORE.search(ctx.text, max(0, start - 12), start) and name.endswith(
            "."
        ):
            return []
    year = g("m_year") or g("mo2_year")
    if g("m_yy"):
        year = str(_full_year(ctx, int(g("m_yy"))))
    if year:
        ctx.remember_year(dt.date(int(year), month, 1), end)
        return [_found(start, end, TimeType.DATE, f"{year}-{month:02d}")]
    context = _context_date(ctx, start)
    ref = ctx.reference
    strict = _strict(g("m_rel")) if g("month") else None
    direction = strict or _direction(ctx, start, end)
    if context is not None and not (strict and ref is not None):
        options = [dt.date(y, month, 1) for y in (context.year - 1, context.year, context.year + 1)]
        best = min(options, key=lambda d: abs((d - context).days))
        first = dt.date(ref.year, ref.month, 1) if ref is not None else None
        if _lends(first, context, best, direction):
            return [_found(start, end, TimeType.DATE, f"{best.year}-{month:02d}")]
    if ref is None:
        return [_found(start, end, TimeType.DATE, f"XXXX-{month:02d}")]
    return [_found(start, end, TimeType.DATE, month_value(ref, month, direction))]


def _amount(text: str) -> float | None:
    """The number of a duration's amount: *trois*, *2,5*, *une vingtaine de* (20)."""
    if text.startswith(("un ", "une ")) and text.split()[1] in _approximations():
        return float(_approximations()[text.split()[1]])
    return _number(text)


def _read_duration(match: re.Match[str], ctx: _Context, lex: _Lexicon) -> list[_Found]:
    g = match.group
    start, end = match.span()
    unit, clock, factor = lex.units[g("du_u").lower()]
    if _original(ctx, match, "du_u")[0].isupper():
        return []  # la guerre des Six Jours: a name
    if unit == "Y" and factor == 1 and _is_age(ctx, match):
        return []
    if unit == "H" and factor == 1 and not g("du_q"):
        hour = _clock_hour(ctx, match)
        if hour is not None:
            return [hour]
    later = _later(ctx, match, unit, clock, factor)
    if later is not None:
        return [later]
    amount_text = g("du_n").lower()
    approximate, bound = False, None
    quantifier = (g("du_q") or "").lower()
    if quantifier.startswith(("plus", "au moins", "pas moins")):
        bound = Bound.MIN
    elif quantifier.startswith("moins"):
        bound = Bound.MAX
    elif quantifier:
        approximate = True
    if _VAGUE.fullmatch(amount_text):
        value = f"PTX{unit}" if clock else f"PX{unit}"
        return [(start, end, TimeType.DURATION, value, approximate, bound)]
    amount = _amount(amount_text)
    if amount_text.startswith(("un ", "une ")) and amount_text.split()[1] in _approximations():
        approximate = True
    if amount is not None and g("du_half"):
        amount += 0.5
    result = None if amount is None else duration(amount * factor, unit, clock)
    return [(start, end, TimeType.DURATION, result, approximate, bound)]


def _later(
    ctx: _Context, match: re.Match[str], unit: str, clock: bool, factor: int
) -> _Found | None:
    """*Trois jours plus tard*: the day that long after the day the text has just told.

    A date, as TIMEX3 reads it, which the story then stands on. *Plus tôt* and *auparavant*
    count back the same way (*trois jours plus tôt*), a look back the story does not stay on.
    Without a day (or, for months and years, a month or a year) told before, or for hours, it
    stays a duration.
    """
    start, end = match.span()
    later = _LATER.match(ctx.text, end)
    # Months and years count from a month or a year told as well (*en mai 2020 ... deux ans
    # plus tard*); days and weeks only from a day.
    told = ctx.told if unit in "DW" else ctx.told or ctx.dated
    if later is None or told is None or clock or match.group("du_q") or unit not in "DWMY":
        return None
    amount = _amount(match.group("du_n").lower())
    if amount is None or amount != int(amount):
        return None
    forward = later.group("later") is not None
    count = int(amount) * factor * (1 if forward else -1)
    if unit in "DW":
        day = told + dt.timedelta(days=count * (7 if unit == "W" else 1))
        if forward:
            ctx.remember(day, start, later.end())
        return _found(start, later.end(), TimeType.DATE, day.isoformat())
    if unit == "M":
        year, month = add_months(told, count)
        return _found(start, later.end(), TimeType.DATE, f"{year:04d}-{month:02d}")
    return _found(start, later.end(), TimeType.DATE, f"{told.year + count:04d}")


_LATER = regex.compile(r"[ ](?:plus[ ](?P<later>tard)|plus[ ]t[ôo]t|auparavant)\b")


def _clock_hour(ctx: _Context, match: re.Match[str]) -> _Found | None:
    """*à 4 heures*, *vers 17 heures*, *3 heures du matin*: a clock time of the story's day.

    An hour count is a clock time after *à*, *vers*, *dès*, *jusqu'à*, *il est*...; after
    *avant*, *après*, *depuis* or with nothing before it, only when minutes, a part of the day,
    a time zone or a conversion follow (*depuis 6 heures (5 heures, heure de Paris)*), or when
    it is a sentence of its own (*17 heures.*). Else it is a duration (*pendant 4 heures*).
    """
    text = ctx.text
    start, end = match.span()
    hour = _number(match.group("du_n"))
    if hour is None or hour != int(hour) or hour > 24:
        return None
    before = _CLOCK_BEFORE.search(text, max(0, start - 25), start)
    after = _CLOCK_AFTER.match(text, end)
    assert after is not None  # every part of it is optional
    signs = any(after.group(k) for k in ("minute", "pod", "zone", "converted"))
    alone = text[_sentence_of(ctx, start)[0] : start].strip() == "" and regex.match(
        r"[ ]?[.:]", text[end : end + 2]
    )
    ranged = (
        _RANGE_FROM.search(text, max(0, start - 7), start) is not None
        and _RANGE_TO.match(text, end) is not None
    ) or _RANGE_BACK.search(text, max(0, start - 22), start) is not None
    if not (before and before.group("strong")) and not signs and not alone and not ranged:
        return None
    minute = (after.group("minute") or "").strip() or ("30" if match.group("du_half") else "00")
    value = _hour(int(hour), minute, after.group("pod") or "")
    day = ctx.story_day(_direction(ctx, start, end))
    zone = after.group("zone") or ""
    stop = max(end, after.end("pod"), after.end("minute"))
    if zone and not zone.startswith(","):
        stop = after.end("zone")
    return _found(start, stop, TimeType.TIME, None if day is None else f"{day}T{value}")


def _is_age(ctx: _Context, match: re.Match[str]) -> bool:
    """*un électricien de 37 ans*, *Jean Dupont, 87 ans,*, *(41 ans)*: an age, no time."""
    start, end = match.span()
    text = ctx.text
    if _age_before().search(text, max(0, start - 80), start):
        return True
    if match.group("du_q") or match.group("du_u").lower() != "ans":
        return False
    return bool(
        _APPOSED_BEFORE.search(text, max(0, start - 2), start)
        and _APPOSED_AFTER.match(text, end)
        and _number(match.group("du_n")) is not None
    )


#: Which reader reads which alternative of the pattern, in the pattern's order.
_READERS = (
    ("night", _read_night),
    ("r_day", _read_range_start),
    ("holiday", _read_holiday),
    ("named", _read_named),
    ("ago", _read_relative),
    ("within", _read_relative),
    ("same_month", _read_same_month),
    ("date", _read_date),
    ("bare_day", _read_bare_day),
    ("numeric", _read_numeric),
    ("numeric_dm", _read_numeric),
    ("half", _read_half),
    ("duration", _read_duration),
    ("word", _read_word),
    ("this_part", _read_this_part),
    ("part_of", _read_part_of),
    ("every", _read_every),
    ("year_range", _read_year_range),
    ("weekday", _read_weekday),
    ("rel_week", _read_rel_week),
    ("rel_month", _read_rel_month),
    ("rel_year", _read_rel_year),
    ("month_of", _read_month),
    ("edge", _read_edge),
    ("month", _read_month),
    ("season", _read_season),
    ("decade", _read_decade),
    ("year", _read_year),
    ("short", _read_short_year),
    ("clock", _read_clock),
    ("part", _read_part),
)


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
                reached = max(reached, end)
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
