"""Text normalisation that keeps a map back to the raw input.

Most steps replace one character by one character (apostrophes, quotes, spaces, dashes,
controls), so offsets stay identical; the few that change the length (deleting invisible
characters, expanding ``…``, NFC composition) record where each normalised character came
from. Every span geotext reports is mapped back through :meth:`NormalisedText.to_raw`.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

import attrs
import regex

from geotext.model import Span
from geotext.normaliser import chars

__all__ = ["NormalisedText", "NormaliserConfig", "normalise"]


@attrs.frozen
class NormaliserConfig:
    """Which normalisation steps run; change one with ``attrs.evolve(config, dashes=False)``.

    Line endings, control characters and lone surrogates are always made safe: later stages
    rely on them. Each step is named in :attr:`NormalisedText.steps` when it changed the text.
    """

    apostrophes: bool = True
    """Typographic apostrophes (’ ʼ ‘ ...) become ``'``."""
    quotes: bool = True
    """English and German double quotes become « and »; « » ‹ › and ``"`` are kept."""
    spaces: bool = True
    """No-break, narrow no-break and other Unicode spaces become a plain space."""
    dashes: bool = True
    """Hyphen look-alikes become ``-``, punctuation dashes (– ― ...) become ``—``."""
    ellipsis: bool = True
    """``…`` becomes ``...``."""
    invisible: bool = True
    """Soft hyphens, zero-width characters and bidirectional controls are deleted."""
    nfc: bool = True
    """Unicode NFC: a letter followed by a combining accent becomes one character."""


def _offsets(values: Iterable[int] = ()) -> array[int]:
    return array("q", values)


@attrs.frozen(repr=False)
class NormalisedText:
    """A normalised text, the raw text it came from and the map between their offsets.

    ``starts`` and ``ends`` are ``None`` when both texts have the same length and every
    offset is the same (the common case); otherwise ``starts[i]`` is the raw offset where
    normalised character ``i`` begins and ``ends[i]`` the raw offset where character
    ``i - 1`` ends, each with ``len(text) + 1`` entries.
    """

    raw: str
    """The text as the caller gave it."""
    text: str
    """The normalised text that the parser and extractors read."""
    steps: tuple[str, ...] = ()
    """Names of the steps that changed something, in the order they ran."""
    starts: array[int] | None = attrs.field(default=None, hash=False)
    ends: array[int] | None = attrs.field(default=None, hash=False)

    @property
    def is_aligned(self) -> bool:
        """True when every normalised offset is the same raw offset."""
        return self.starts is None

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the normalised slice ``text[start:end]``."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"{start}:{end} is not a slice of a text of {len(self.text)}")
        if self.starts is None or self.ends is None:
            return start, end
        raw_start = self.starts[start]
        if start == end:
            return raw_start, raw_start
        return raw_start, self.ends[end]

    def span(self, start: int, end: int) -> Span:
        """The raw :class:`~geotext.model.Span` of the normalised slice ``text[start:end]``."""
        raw_start, raw_end = self.to_raw(start, end)  # checked: 0 <= start <= end
        return Span._trusted(raw_start, raw_end)

    def to_normalised(self, raw_offset: int) -> int:
        """The normalised offset of the character at (or the first one after) ``raw_offset``."""
        if not 0 <= raw_offset <= len(self.raw):
            raise ValueError(f"offset {raw_offset} is outside a text of {len(self.raw)}")
        if self.starts is None:
            return raw_offset
        index = bisect_right(self.starts, raw_offset) - 1
        if index < 0:
            return 0
        if self.starts[index] < raw_offset:
            index += 1
        return min(index, len(self.text))

    def __repr__(self) -> str:
        shown = self.text if len(self.text) <= 40 else self.text[:37] + "..."
        return f"NormalisedText({shown!r}, steps={self.steps!r}, aligned={self.is_aligned})"


# -- the one-to-one substitutions -----------------------------------------------------------


def _table_items(config: NormaliserConfig) -> list[tuple[str, str, str]]:
    """(step name, characters, replacement) triples of the one-to-one substitutions."""
    items = [("controls", chars.CONTROLS, " "), ("line breaks", chars.LINE_BREAKS, "\n")]
    if config.apostrophes:
        items.append(("apostrophes", chars.APOSTROPHES, "'"))
    if config.quotes:
        items += [("quotes", chars.OPENING_QUOTES, "«"), ("quotes", chars.CLOSING_QUOTES, "»")]
    if config.spaces:
        items.append(("spaces", chars.SPACES, " "))
    if config.dashes:
        items += [("dashes", chars.HYPHENS, "-"), ("dashes", chars.DASHES, chars.DASH)]
    return items


@lru_cache(maxsize=16)
def _substitutions(
    config: NormaliserConfig,
) -> tuple[dict[int, str], dict[str, regex.Pattern[str]]]:
    """The translate table and, per step, a pattern that finds whether it applies."""
    table: dict[int, str] = dict.fromkeys(range(55296, 57344), chars.REPLACEMENT)
    detectors: dict[str, list[str]] = {"surrogates": ["\ud800-\udfff"]}
    for name, characters, replacement in _table_items(config):
        table.update(dict.fromkeys(map(ord, characters), replacement))
        detectors.setdefault(name, []).append(regex.escape(characters, special_only=True))
    patterns = {
        name: regex.compile("[" + "".join(parts) + "]") for name, parts in detectors.items()
    }
    return table, patterns


# -- the length-changing rewrites -------------------------------------------------------------


@lru_cache(maxsize=16)
def _rewrite_pattern(invisible: bool, ellipsis: bool, nfc: bool) -> regex.Pattern[str] | None:
    alternatives = []
    if invisible:
        alternatives.append(f"(?P<invisible>[{chars.INVISIBLE}]+)")
    if ellipsis:
        alternatives.append(f"(?P<ellipsis>{chars.ELLIPSIS})")
    if nfc:
        # A base followed by combining marks, or any character outside Latin-1 (singletons
        # such as U+212B ANGSTROM SIGN change under NFC on their own).
        # Marks that are deleted (variation selectors) are left to the invisible rewrite.
        mark = f"[\\p{{M}}--[{chars.INVISIBLE}]]" if invisible else r"\p{M}"
        alternatives.append(rf"(?P<nfc>\P{{M}}?{mark}+|[^\x00-\xff])")
    return regex.compile("|".join(alternatives), regex.V1) if alternatives else None


def _rewrite(
    text: str, pattern: regex.Pattern[str]
) -> tuple[str, array[int], array[int], set[str]] | None:
    """Apply the length-changing rewrites; None when nothing changed."""
    pieces: list[str] = []
    starts = _offsets()
    ends = _offsets([0])
    done: set[str] = set()
    position = 0
    for match in pattern.finditer(text):
        kind = match.lastgroup or ""
        found = match.group()
        if kind == "invisible":
            replacement = ""
        elif kind == "ellipsis":
            replacement = "..."
        else:
            replacement = unicodedata.normalize("NFC", found)
            if replacement == found:
                continue
        a, b = match.span()
        pieces.append(text[position:a])
        starts.extend(range(position, a))
        ends.extend(range(position + 1, a + 1))
        pieces.append(replacement)
        starts.extend([a] * len(replacement))
        ends.extend([b] * len(replacement))
        position = b
        done.add(kind)
    if not done:
        return None
    pieces.append(text[position:])
    starts.extend(range(position, len(text) + 1))
    ends.extend(range(position + 1, len(text) + 1))
    return "".join(pieces), starts, ends, done


def _compose(outer: array[int], inner: array[int]) -> array[int]:
    """Offsets through two maps: ``outer`` maps the first rewrite, ``inner`` the second."""
    return _offsets(outer[i] for i in inner)


_STEP_ORDER = (
    "invisible",
    "ellipsis",
    "nfc",
    "surrogates",
    "controls",
    "line breaks",
    "apostrophes",
    "quotes",
    "spaces",
    "dashes",
)


def normalise(text: str, config: NormaliserConfig | None = None) -> NormalisedText:
    """Normalise French news typography and keep the way back to ``text``'s offsets.

    >>> normalise("l\u2019arm\u00e9e\u00a0: \u201cnon\u201d").text
    "l'armée : «non»"
    """
    if not isinstance(text, str):
        raise TypeError(f"normalise() takes a str, not {type(text).__name__}")
    config = config or NormaliserConfig()
    steps: set[str] = set()
    current = text
    starts: array[int] | None = None
    ends: array[int] | None = None
    pattern = _rewrite_pattern(
        config.invisible,
        config.ellipsis,
        config.nfc and not unicodedata.is_normalized("NFC", text),
    )
    if pattern is not None:
        # Twice at most: deleting an invisible character can bring a combining mark next
        # to a letter it composes with.
        for _ in range(2):
            rewritten = _rewrite(current, pattern)
            if rewritten is None:
                break
            current, new_starts, new_ends, done = rewritten
            steps |= done
            if starts is None or ends is None:
                starts, ends = new_starts, new_ends
            else:
                starts, ends = _compose(starts, new_starts), _compose(ends, new_ends)
            if not config.nfc or unicodedata.is_normalized("NFC", current):
                break
            pattern = _rewrite_pattern(False, False, True)
            assert pattern is not None
    table, detectors = _substitutions(config)
    if "\r\n" in current:
        current = current.replace("\r\n", " \n")
        steps.add("line breaks")
    found = {name for name, detector in detectors.items() if detector.search(current)}
    if found:
        steps |= found
        current = current.translate(table)
    return NormalisedText(
        raw=text,
        text=current,
        steps=tuple(name for name in _STEP_ORDER if name in steps),
        starts=starts,
        ends=ends,
    )
