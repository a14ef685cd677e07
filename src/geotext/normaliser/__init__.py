"""Normalisers: text normalisation with an offset map back to the raw input.

Value normalisers (numbers, temporal values, names) join this package with their layers.
"""

from geotext.normaliser.numbers import parse_number
from geotext.normaliser.text import NormalisedText, NormaliserConfig, normalise

__all__ = ["NormalisedText", "NormaliserConfig", "normalise", "parse_number"]
