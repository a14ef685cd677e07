"""URLs and bare domain names (*exemple-actu.fr*), read off the tokeniser's URL tokens."""

from __future__ import annotations

import attrs

from geotext.model import Document, Link, TokenKind

__all__ = ["LinkExtractor"]

_URL_CODE = list(TokenKind).index(TokenKind.URL)


def _split(url: str) -> tuple[str, str]:
    """The URL with its scheme and host lower-cased, and its host without ``www.``."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    host, slash, path = rest.partition("/")
    host = host.lower()
    normalised = (scheme.lower() + "://" if sep else "") + host + slash + path
    return normalised, host.removeprefix("www.")


@attrs.frozen
class LinkExtractor:
    """Finds every URL (``https://...``, ``www...``) and bare domain name of a document."""

    name: str = "links"
    requires: tuple[str, ...] = ()
    languages: tuple[str, ...] | None = None
    """Links are read in any language."""

    def __call__(self, doc: Document) -> tuple[Link, ...]:
        """The links of ``doc``, in text order."""
        table, normalised = doc.token_table, doc.normalised
        links = []
        for start, end, kind in zip(table.starts, table.ends, table.kinds, strict=True):
            if kind != _URL_CODE:
                continue
            span = normalised.span(start, end)
            url, domain = _split(normalised.text[start:end])
            links.append(Link(span, doc.text[span.start : span.end], url, domain))
        return tuple(links)
