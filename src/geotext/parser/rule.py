"""The default parser: pure Python rules for French news prose, no model to download."""

from __future__ import annotations

from bisect import bisect_left

import attrs

from geotext.model import BlockKind
from geotext.normaliser.text import NormalisedText
from geotext.parser.base import BlockBounds, SentenceBounds, Structure
from geotext.parser.segment import find_blocks, find_sentences
from geotext.parser.tokens import tokenise

__all__ = ["RuleParser"]


@attrs.frozen
class RuleParser:
    """Blocks, sentences and tokens from compiled French rules.

    >>> from geotext.normaliser import normalise
    >>> structure = RuleParser().parse(normalise("M. Dupont est arrivé. Il a 2,5 ans d'avance."))
    >>> len(structure.sentences)
    2
    """

    def parse(self, text: NormalisedText) -> Structure:
        """The blocks, sentences and tokens of ``text.text``."""
        body = text.text
        tokens = tokenise(body)
        starts = tokens.table.starts
        blocks: list[BlockBounds] = []
        sentences: list[SentenceBounds] = []
        for kind, start, end in find_blocks(body):
            first = len(sentences)
            if kind is BlockKind.HEADING:
                bounds = [(start, end)]
            else:
                bounds = find_sentences(body, start, end, tokens.nonfinal_dots)
            for a, b in bounds:
                sentences.append(
                    SentenceBounds(
                        a, b, bisect_left(starts, a), bisect_left(starts, b), len(blocks)
                    )
                )
            blocks.append(BlockBounds(kind, start, end, first, len(sentences)))
        return Structure(tuple(blocks), tuple(sentences), tokens.table)
