"""HTML views of a document for notebooks: the text with its annotations highlighted.

``render`` returns a string (no file is written); ``Document._repr_html_`` uses it, so a
document shows itself in Jupyter. Where annotations overlap, the earlier layer in ``layers``
wins and the others are left unmarked at that place.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from geotext.model import Document

__all__ = ["COLOURS", "render", "to_displacy"]

#: Background colour of each built-in layer.
COLOURS = {
    "entities": "#cfe2ff",
    "casualties": "#f8d7da",
    "quantities": "#d1e7dd",
    "times": "#fff3cd",
    "quotes": "#e2d9f3",
    "events": "#ffe5d0",
    "links": "#dee2e6",
}
_OTHER = "#e9ecef"


def _describe(annotation: Any) -> str:
    """The tooltip of an annotation: its kind and normalised value."""
    parts = []
    for field in ("type", "category", "kind", "value", "unit", "id", "url", "name"):
        value = getattr(annotation, field, None)
        if value is not None and value != "":
            parts.append(f"{field}: {value}")
    if getattr(annotation, "approximate", False):
        parts.append("approximate")
    bound = getattr(annotation, "bound", None)
    if bound is not None:
        parts.append(f"bound: {bound}")
    speaker = getattr(annotation, "speaker", None)
    if speaker is not None:
        parts.append(f"speaker: {speaker.name}")
    return "; ".join(parts)


def _marks(doc: Document, names: Sequence[str]) -> list[tuple[int, int, str, Any]]:
    """(start, end, layer, annotation) of the annotations to show, without overlaps."""
    marks: list[tuple[int, int, str, Any]] = []
    taken: list[tuple[int, int]] = []
    for name in names:
        for annotation in doc.layers.get(name, ()):
            # An entity is marked at every mention; other annotations at their span.
            mentions = getattr(annotation, "mentions", None)
            spans = [m.span for m in mentions] if mentions else [getattr(annotation, "span", None)]
            for span in spans:
                if span is None or span.start == span.end:
                    continue
                if any(span.start < end and start < span.end for start, end in taken):
                    continue
                taken.append((span.start, span.end))
                marks.append((span.start, span.end, name, annotation))
    marks.sort(key=lambda mark: (mark[0], mark[1]))
    return marks


def _label(layer: str, annotation: Any) -> str:
    """A short label: the entity or time type, the casualty category, else the layer."""
    for field in ("category", "type"):
        value = getattr(annotation, field, None)
        if value is not None:
            return str(value).upper()
    return layer.rstrip("s").upper()


def to_displacy(doc: Document, layers: Sequence[str] | None = None) -> dict[str, Any]:
    """The dict that spaCy's ``displacy.render(..., style="ent", manual=True)`` takes."""
    names = list(layers) if layers is not None else _ordered(doc.layers)
    ents = [
        {"start": start, "end": end, "label": _label(name, annotation)}
        for start, end, name, annotation in _marks(doc, names)
    ]
    return {"text": doc.text, "ents": ents, "title": None}


def render(doc: Document, layers: Sequence[str] | None = None) -> str:
    """The text of ``doc`` as HTML, with the annotations of ``layers`` highlighted.

    ``layers`` defaults to every layer of the document, in the order of ``COLOURS`` and
    then the others; each mark has a tooltip with the annotation's value.
    """
    names = list(layers) if layers is not None else _ordered(doc.layers)
    pieces = []
    position = 0
    for start, end, name, annotation in _marks(doc, names):
        tip = _describe(annotation)
        pieces.append(html.escape(doc.text[position:start]))
        colour = COLOURS.get(name, _OTHER)
        pieces.append(
            f'<mark class="geotext-{html.escape(name)}" title="{html.escape(tip)}" '
            f'style="background:{colour};padding:0 2px;border-radius:3px">'
            f"{html.escape(doc.text[start:end])}</mark>"
        )
        position = end
    pieces.append(html.escape(doc.text[position:]))
    legend = " ".join(
        f'<span style="background:{COLOURS.get(n, _OTHER)};padding:0 4px;border-radius:3px">'
        f"{html.escape(n)} ({len(doc.layers.get(n, ()))})</span>"
        for n in names
    )
    body = "".join(pieces).replace("\n", "<br>\n")
    return (
        '<div class="geotext-document">'
        f'<div class="geotext-legend" style="margin-bottom:0.5em">{legend}</div>'
        f'<div class="geotext-text" style="line-height:1.7">{body}</div></div>'
    )


def _ordered(layers: Iterable[str]) -> list[str]:
    present = list(layers)
    return [n for n in COLOURS if n in present] + [n for n in present if n not in COLOURS]
