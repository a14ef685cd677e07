"""Package data: lexicons and gazetteers as plain text files, read lazily and cached.

Files are UTF-8; ``#`` starts a comment line; TSV files have tab-separated columns.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from geotext.errors import DataFileError

__all__ = ["read_lines", "read_table"]


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of data file ``name`` (``"fr/elisions.txt"``)."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def read_table(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """The rows of TSV data file ``name``, each with exactly ``columns`` fields."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(field.strip() for field in line.split("\t"))
        if len(fields) != columns:
            raise DataFileError(name, number, f"expected {columns} tab-separated fields")
        rows.append(fields)
    return tuple(rows)
