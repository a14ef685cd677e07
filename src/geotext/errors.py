"""Exceptions raised by geotext, all rooted in :class:`GeotextError`.

Each error carries the data a caller needs to act on it (the path and line of a broken data
file, the span that does not fit the text, the extractor that failed) as attributes, not
only in its message.
"""

from __future__ import annotations

__all__ = [
    "AlignmentError",
    "DataFileError",
    "ExtractorError",
    "GeotextError",
    "ReferenceDateError",
]


class GeotextError(Exception):
    """Base class of every error geotext raises on purpose."""


class ReferenceDateError(GeotextError, ValueError):
    """A ``reference_date`` that is not a date, a datetime or a string naming a real day.

    Strings are ISO (``2024-03-08``, ``2024-03-08T10:00:00+01:00``) or dates as feeds and pages
    write them (``Fri, 08 Mar 2024 10:00:00 +0100``, ``vendredi 8 mars 2024``, ``08/03/2024``).
    """

    def __init__(self, value: object) -> None:
        self.value = value
        super().__init__(
            f"reference_date must be a datetime.date, a datetime.datetime or a string naming a "
            f"real day with its year, such as '2024-03-08' or '8 mars 2024' (or None); "
            f"got {value!r}"
        )


class DataFileError(GeotextError, ValueError):
    """A package data file (lexicon, gazetteer) that cannot be read as documented."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        super().__init__(f"{path}, line {line}: {reason}")


class AlignmentError(GeotextError, ValueError):
    """An annotation whose span does not fit the document text."""

    def __init__(
        self, start: int, end: int, length: int, what: str = "span", reason: str | None = None
    ) -> None:
        self.start = start
        self.end = end
        self.length = length
        reason = reason or f"does not fit a text of {length} characters"
        super().__init__(f"{what} {start}:{end} {reason}")


class ExtractorError(GeotextError, RuntimeError):
    """An extractor raised; ``name`` says which, ``__cause__`` holds the original error."""

    def __init__(self, name: str, error: BaseException) -> None:
        self.name = name
        super().__init__(f"extractor {name!r} failed: {type(error).__name__}: {error}")
