"""Extractors: one module per annotation layer, and the protocol custom ones follow."""

from geotext.extractors.base import Extractor, normalised_sentences, order_extractors
from geotext.extractors.entities import EntityExtractor
from geotext.extractors.events import EventExtractor
from geotext.extractors.links import LinkExtractor
from geotext.extractors.quantities import CasualtyExtractor, QuantityExtractor
from geotext.extractors.quotes import QuoteExtractor
from geotext.extractors.registry import available, create, default_extractors
from geotext.extractors.times import TimeExtractor

__all__ = [
    "CasualtyExtractor",
    "EntityExtractor",
    "EventExtractor",
    "Extractor",
    "LinkExtractor",
    "QuantityExtractor",
    "QuoteExtractor",
    "TimeExtractor",
    "available",
    "create",
    "default_extractors",
    "normalised_sentences",
    "order_extractors",
]
