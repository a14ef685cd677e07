"""What a parser gives the pipeline, and the protocol every parser follows."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import attrs

from geotext.model import BlockKind, Syntax, TokenTable
from geotext.normaliser.text import NormalisedText

__all__ = ["BlockBounds", "Parser", "SentenceBounds", "Structure"]


@attrs.frozen
class BlockBounds:
    """A block in normalised offsets, with the range of its sentences."""

    kind: BlockKind
    start: int
    end: int
    sentence_start: int
    sentence_end: int


@attrs.frozen
class SentenceBounds:
    """A sentence in normalised offsets, with the range of its tokens and its block."""

    start: int
    end: int
    token_start: int
    token_end: int
    block: int


@attrs.frozen
class Structure:
    """Blocks, sentences and tokens of a normalised text, all in its offsets.

    ``syntax`` holds words, lemmas, parts of speech, dependencies and entity candidates where
    the parser gives them (:class:`~geotext.parser.StanzaParser`), and ``None`` otherwise.
    """

    blocks: tuple[BlockBounds, ...]
    sentences: tuple[SentenceBounds, ...]
    tokens: TokenTable
    syntax: Syntax | None = None


@runtime_checkable
class Parser(Protocol):
    """Turns a normalised text into its :class:`Structure`.

    :class:`~geotext.parser.RuleParser` is the default; any object with this method can be
    passed to :class:`~geotext.Pipeline`. Parsers hold no per-document state, so one
    instance serves many threads.

    A parser may also offer ``parse_many(texts)``, taking a list of normalised texts and
    returning their structures in order, equal to what ``parse`` gives each one:
    :meth:`Pipeline.pipe <geotext.Pipeline.pipe>` then hands it whole batches
    (:class:`~geotext.parser.StanzaParser` does, for stanza's bulk processing).
    """

    def parse(self, text: NormalisedText) -> Structure:
        """The structure of ``text.text``, in its (normalised) offsets."""
        ...
