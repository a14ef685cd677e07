"""Blocks (headings, paragraphs, list items) and sentences of a normalised text.

Blocks: when the text separates paragraphs with blank lines, single line breaks inside a
paragraph are soft wraps; otherwise every line is a block. A short line without final
punctuation is a heading; a line that starts with a bullet or a number and a dot is a list
item. Sentences end at ``. ! ? ...`` (with the closing quotes and brackets that follow)
before a capital, a digit or an opening quote, except after a title (*M.*, *Mme.*, *Dr.*)
or an initial (*J. K.*).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from geotext.model import BlockKind

__all__ = ["MAX_HEADING_WORDS", "find_blocks", "find_sentences"]

#: A line without final punctuation longer than this is a paragraph, not a heading.
MAX_HEADING_WORDS = 25

_LINE = regex.compile(r"[^\n]++")
_BLANK_LINE = regex.compile(r"\n[ \t]*+\n")
_LIST_ITEM = regex.compile(r"[ \t]*+(?:[-•*·▪◦‣—–]|\d{1,3}[.)])[ \t]")
_FINAL_PUNCTUATION = frozenset(".!?:;,")
_CLOSERS = " \t»\"')]"
_WORDS = regex.compile(r"\w++")
_BOUNDARY = regex.compile(
    r"(?<![.!?])[.!?]++(?:[ ]*+[»\"')\]]++)?(?=\s++(?:[\p{Lu}\d«\"(\[—–-]|\.\.\.))",
)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    segment = text[start:end]
    stripped = segment.lstrip()
    start += len(segment) - len(stripped)
    return start, start + len(stripped.rstrip())


def _is_heading(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    if line.startswith("#"):
        return True
    stripped = line.rstrip(_CLOSERS)
    if not stripped or stripped[-1] in _FINAL_PUNCTUATION:
        return False
    return len(_WORDS.findall(line, 0, MAX_HEADING_WORDS * 40)) <= MAX_HEADING_WORDS


def find_blocks(text: str) -> list[tuple[BlockKind, int, int]]:
    """(kind, start, end) of every block, trimmed of surrounding white space."""
    lines = []
    for match in _LINE.finditer(text):
        start, end = _trimmed(text, *match.span())
        if start < end:
            lines.append((start, end))
    blank_separated = _BLANK_LINE.search(text) is not None
    groups: list[list[tuple[int, int]]] = []
    previous_end = -1
    alone = False
    for index, (start, end) in enumerate(lines):
        is_item = _LIST_ITEM.match(text, start) is not None
        joins = (
            blank_separated
            and groups
            and not is_item
            and not alone
            and _BLANK_LINE.search(text, previous_end, start) is None
            and _LIST_ITEM.match(text, groups[-1][0][0]) is None
        )
        # A headline between two sentences of a paragraph (a live blog's *X dénonce Y* on a
        # line of its own): the line before ends a sentence, the next starts one.
        alone = (
            blank_separated
            and bool(groups)
            and not is_item
            and text[previous_end - 1] in '.!?»"'
            and _is_heading(text, start, end)
            and index + 1 < len(lines)
            and text[lines[index + 1][0]].isupper()
        )
        if joins and not alone:
            groups[-1].append((start, end))
        else:
            groups.append([(start, end)])
        previous_end = end
    blocks = []
    for group in groups:
        start, end = group[0][0], group[-1][1]
        if _LIST_ITEM.match(text, start):
            kind = BlockKind.LIST_ITEM
        elif len(group) == 1 and len(lines) > 1 and _is_heading(text, start, end):
            kind = BlockKind.HEADING
        else:
            kind = BlockKind.PARAGRAPH
        blocks.append((kind, start, end))
    return blocks


def find_sentences(
    text: str, start: int, end: int, nonfinal_dots: frozenset[int] | Sequence[int] = ()
) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text[start:end]``, trimmed of white space."""
    sentences = []
    position = start
    straight = 0  # straight double quotes seen so far in the block ...
    counted = start  # ... up to this offset
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        terminal = match.start()
        if match.group()[0] == "." and terminal in nonfinal_dots and text[terminal + 1] != ".":
            continue
        straight += text.count('"', counted, terminal)
        counted = terminal
        closers = match.group()
        blank_quote = closers.find(' "')
        if blank_quote >= 0 and straight % 2 == 0:
            # *... sa position. " Je le dis ..."*: with every straight quote before it closed,
            # a straight quote after a blank opens the next sentence rather than closing this one.
            stop = terminal + blank_quote
        a, b = _trimmed(text, position, stop)
        if a < b:
            sentences.append((a, b))
        position = stop
    a, b = _trimmed(text, position, end)
    if a < b:
        sentences.append((a, b))
    return sentences
