"""Character classes of French news typography, as data for the normaliser and the parser.

Kept apart from the algorithms (as spaCy keeps ``char_classes.py``): each constant is a plain
string of characters, so a reader sees at once what is covered and tests can iterate over it.
"""

from __future__ import annotations

#: Apostrophes and look-alikes typed for an elision (*l’Ukraine*, *aujourd’hui*).
APOSTROPHES = "\u2019\u02bc\u2018\u2032\u0060\u00b4\u02b9\u02bb\u02bd\uff07"
#: Opening double quotes other than « (English and German styles).
OPENING_QUOTES = "\u201c\u201e\u201f\u2e42"
#: Closing double quotes other than ».
CLOSING_QUOTES = "\u201d\u2033"
#: Hyphens inside words (*Saint‑Pétersbourg* written with a non-breaking hyphen) and minus signs.
HYPHENS = "\u2010\u2011\u2212\ufe63\uff0d"
#: Dashes used as punctuation (incises, ranges); all become the em dash.
DASHES = "\u2012\u2013\u2015\u2e3a\u2e3b\ufe58"
#: The canonical punctuation dash.
DASH = "\u2014"
#: Spaces other than U+0020: no-break, narrow no-break (before « ; : ? ! » and in *6 000*),
#: thin, figure, ideographic and the rest of Unicode category Zs.
SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
#: Line breaks that are not ``\n``; ``\r\n`` is handled apart so it stays one break.
LINE_BREAKS = "\r\u000b\u000c\u0085\u2028\u2029"
#: Characters that carry no text: zero-width spaces and joiners, word joiner, BOM, soft
#: hyphen, bidirectional controls, variation selectors. They are deleted.
INVISIBLE = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d"
    "\ufe0e\ufe0f"
)
#: The one-character ellipsis, expanded to three full stops.
ELLIPSIS = "\u2026"
#: C0 and C1 control characters that are not tab or line breaks; each becomes a space.
CONTROLS = "".join(
    chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]
)
#: What a lone surrogate (not valid text) becomes.
REPLACEMENT = "\ufffd"
