from __future__ import annotations

from geotext.data import read_lines, read_table


def test_abbreviations_end_with_a_dot_and_have_a_known_kind():
    rows = read_table("fr/abbreviations.tsv", 2)
    assert rows
    for abbreviation, kind in rows:
        assert abbreviation.endswith("."), abbreviation
        assert kind in {"title", "final"}, kind
    assert len({a for a, _ in rows}) == len(rows)


def test_elisions_and_exceptions_are_lower_case_words():
    for word in read_lines("fr/elisions.txt"):
        assert word.isalpha() and word.islower()
    for word in read_lines("fr/word_exceptions.txt"):
        assert ("'" in word or "-" in word) and word == word.lower()


def test_tlds_are_lower_case_letters():
    tlds = read_lines("tlds.txt")
    assert "fr" in tlds and len(set(tlds)) == len(tlds)
    assert all(t.isalpha() and t.islower() for t in tlds)
