"""Parsers: from a normalised text to blocks, sentences and tokens.

:class:`RuleParser` is the default and needs nothing but this package. :class:`StanzaParser`
wraps a stanza pipeline (the ``[stanza]`` extra); stanza itself is imported only when one is
made, never by importing this package.
"""

from typing import TYPE_CHECKING, Any

from geotext.parser.base import BlockBounds, Parser, SentenceBounds, Structure
from geotext.parser.rule import RuleParser
from geotext.parser.tokens import tokenise

if TYPE_CHECKING:
    from geotext.parser.stanza import StanzaParser

__all__ = [
    "BlockBounds",
    "Parser",
    "RuleParser",
    "SentenceBounds",
    "StanzaParser",
    "Structure",
    "tokenise",
]


def __getattr__(name: str) -> Any:
    """``StanzaParser``, from its module on first use (``import geotext`` stays light)."""
    if name == "StanzaParser":
        from geotext.parser.stanza import StanzaParser

        return StanzaParser
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
