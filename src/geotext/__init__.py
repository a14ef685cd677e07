"""geotext: French geopolitical news prose to typed, offset-exact attrs objects.

>>> import geotext
>>> doc = geotext.parse("M. Dupont a parlé. Lire exemple-actu.fr.", reference_date="2024-11-11")
>>> [s.text for s in doc.sentences]
['M. Dupont a parlé.', 'Lire exemple-actu.fr.']
"""

from typing import TYPE_CHECKING, Any

from geotext.__about__ import __version__
from geotext._pipeline import DateLike, PipeFailure, Pipeline, parse
from geotext.discourse import Reference, refer
from geotext.errors import (
    AlignmentError,
    DataFileError,
    ExtractorError,
    GeotextError,
    ReferenceDateError,
)
from geotext.extractors import EntityExtractor, Extractor
from geotext.gazetteer import GazetteerEntry, read_gazetteer
from geotext.geojson import to_geojson
from geotext.model import (
    Argument,
    Block,
    BlockKind,
    Bound,
    Casualty,
    CasualtyCategory,
    Document,
    Entity,
    EntityType,
    Event,
    EventType,
    Layers,
    Link,
    Mention,
    Modality,
    Quantity,
    Quote,
    QuoteKind,
    ReferenceSource,
    Sentence,
    Span,
    Stance,
    Syntax,
    TimeExpression,
    TimeType,
    Token,
    TokenKind,
    TokenTable,
    Word,
)
from geotext.normaliser import NormalisedText, NormaliserConfig, normalise
from geotext.parser import Parser, RuleParser
from geotext.schema import json_schema
from geotext.serialise import from_dict, make_converter, to_dict
from geotext.tables import to_dataframe, to_records

if TYPE_CHECKING:
    from geotext.display import render
    from geotext.parser.stanza import StanzaParser

__all__ = [
    "AlignmentError",
    "Argument",
    "Block",
    "BlockKind",
    "Bound",
    "Casualty",
    "CasualtyCategory",
    "DataFileError",
    "DateLike",
    "Document",
    "Entity",
    "EntityExtractor",
    "EntityType",
    "Event",
    "EventType",
    "Extractor",
    "ExtractorError",
    "GazetteerEntry",
    "GeotextError",
    "Layers",
    "Link",
    "Mention",
    "Modality",
    "NormalisedText",
    "NormaliserConfig",
    "Parser",
    "PipeFailure",
    "Pipeline",
    "Quantity",
    "Quote",
    "QuoteKind",
    "Reference",
    "ReferenceDateError",
    "ReferenceSource",
    "RuleParser",
    "Sentence",
    "Span",
    "Stance",
    "StanzaParser",
    "Syntax",
    "TimeExpression",
    "TimeType",
    "Token",
    "TokenKind",
    "TokenTable",
    "Word",
    "__version__",
    "from_dict",
    "json_schema",
    "make_converter",
    "normalise",
    "parse",
    "read_gazetteer",
    "refer",
    "render",
    "to_dataframe",
    "to_dict",
    "to_geojson",
    "to_records",
]


def __getattr__(name: str) -> Any:
    """``StanzaParser`` and ``render``, from their modules on first use.

    ``import geotext`` then loads neither stanza nor the HTML display, which stands above the
    model (``geotext.model`` never imports it at module level).
    """
    if name == "StanzaParser":
        from geotext.parser.stanza import StanzaParser

        return StanzaParser
    if name == "render":
        from geotext.display import render

        return render
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
