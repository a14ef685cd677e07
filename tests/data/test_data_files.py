"""Every package data file is UTF-8 in NFC, and no TSV lists a key twice."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

DATA = resources.files("geotext.data")
#: Tables whose key is more than their first column.
KEY_COLUMNS = {"casualty_predicates.tsv": (0, 2)}  # a phrase before or after the count
FILES = sorted(
    path
    for folder in (DATA, DATA / "fr")
    for path in folder.iterdir()
    if path.name.endswith((".tsv", ".txt"))
)


def test_there_are_data_files():
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_data_file_is_clean(path):
    text = path.read_bytes().decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text and text.endswith("\n")
    columns = KEY_COLUMNS.get(path.name, (0,))
    keys = [
        tuple(line.split("\t")[c] for c in columns)
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert duplicates == []
    for line in text.splitlines():
        assert line == line.rstrip(" "), f"trailing space in {line!r}"
