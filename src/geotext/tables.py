"""Annotations as flat rows, for pandas, CSV writers and databases.

One row per annotation: the document id, the layer, the raw span, the text, and the
annotation's other fields flattened (nested values become JSON-safe dicts and lists).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from geotext.model import Document
from geotext.serialise import _default_converter

__all__ = ["to_dataframe", "to_records"]


def _pairs(docs: Iterable[Document | tuple[Any, Document]]) -> Iterable[tuple[Any, Document]]:
    for index, item in enumerate(docs):
        if isinstance(item, Document):
            yield index, item
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Document):
            yield item
        else:
            raise TypeError(
                f"to_records() takes Documents or (id, Document) pairs, not {type(item).__name__}"
            )


def to_records(docs: Iterable[Document | tuple[Any, Document]], layer: str) -> list[dict[str, Any]]:
    """One flat dict per annotation of ``layer`` in ``docs``.

    Each item of ``docs`` is a :class:`~geotext.model.Document` (its id is then its position)
    or an ``(id, Document)`` pair. Every row has ``doc_id``, ``layer``, ``start``, ``end`` and
    ``text``, then the annotation's own fields.
    """
    converter = _default_converter()  # built once, shared with to_dict
    rows = []
    for doc_id, doc in _pairs(docs):
        for annotation in doc.layer(layer):
            fields = converter.unstructure(annotation)
            if not isinstance(fields, dict):
                fields = {"value": fields}
            span = fields.pop("span", None)
            row: dict[str, Any] = {"doc_id": doc_id, "layer": layer}
            if span is not None:
                row["start"], row["end"] = span
            row["text"] = fields.pop("text", None)
            row.update(fields)
            rows.append({key: _plain(value) for key, value in row.items()})
    return rows


def _plain(value: Any) -> Any:
    """Enums as their values and tuples as lists, so rows hold plain Python values only."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_dataframe(docs: Iterable[Document | tuple[Any, Document]], layer: str) -> Any:
    """The rows of :func:`to_records` as a pandas ``DataFrame`` (pandas must be installed)."""
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "geotext.to_dataframe needs pandas: pip install pandas "
            "(or pip install 'geotext-fr[pandas]')"
        ) from None
    return pandas.DataFrame.from_records(to_records(docs, layer))
