"""Parsers: from a normalised text to blocks, sentences and tokens.

:class:`RuleParser` is the default and needs nothing but this package.
"""

from geotext.parser.base import BlockBounds, Parser, SentenceBounds, Structure
from geotext.parser.rule import RuleParser
from geotext.parser.tokens import tokenise

__all__ = ["BlockBounds", "Parser", "RuleParser", "SentenceBounds", "Structure", "tokenise"]
