"""The extractor protocol, and how a pipeline puts extractors in order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from geotext.model import Document

__all__ = ["Extractor", "normalised_sentences", "order_extractors", "requirements"]


@runtime_checkable
class Extractor(Protocol):
    """Any callable object with a ``name``: it reads a document and returns annotations.

    ``name`` is the layer its results land in (``doc.layers[name]``). An optional
    ``requires`` attribute (a tuple of layer names) says which layers it reads; the pipeline
    runs those first. Extractors must not keep per-document state: one instance serves many
    threads and is pickled to worker processes.

    >>> class Shouting:
    ...     name = "shouting"
    ...     def __call__(self, doc):
    ...         return [t for t in doc.tokens if t.text.isupper() and len(t.text) > 1]
    """

    name: str

    def __call__(self, doc: Document) -> Iterable[Any]:
        """The annotations of this layer for ``doc``."""
        ...


def requirements(extractor: Extractor) -> tuple[str, ...]:
    """The layers ``extractor`` reads (its ``requires``, empty when it has none)."""
    value = getattr(extractor, "requires", ())
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def order_extractors(extractors: Sequence[Extractor]) -> tuple[Extractor, ...]:
    """The extractors in an order where each runs after the layers it requires.

    The given order is kept wherever ``requires`` allows. Raises ``ValueError`` on two
    extractors with one name, on a requirement no extractor provides, and on a cycle.
    """
    by_name: dict[str, Extractor] = {}
    for extractor in extractors:
        name = getattr(extractor, "name", None)
        if not isinstance(name, str) or not name:
            raise TypeError(f"extractor {extractor!r} has no str 'name' attribute")
        if not callable(extractor):
            raise TypeError(f"extractor {name!r} is not callable")
        if name in by_name:
            raise ValueError(f"two extractors are named {name!r}; layer names must be unique")
        by_name[name] = extractor
    for name, extractor in by_name.items():
        missing = [r for r in requirements(extractor) if r not in by_name]
        if missing:
            raise ValueError(
                f"extractor {name!r} requires {', '.join(map(repr, missing))}, which no "
                f"extractor of this pipeline provides (it has {', '.join(map(repr, by_name))})"
            )
    ordered: list[Extractor] = []
    done: set[str] = set()
    visiting: list[str] = []

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            cycle = [*visiting[visiting.index(name) :], name]
            raise ValueError(f"extractors require each other in a cycle: {' -> '.join(cycle)}")
        visiting.append(name)
        for required in requirements(by_name[name]):
            visit(required)
        visiting.pop()
        done.add(name)
        ordered.append(by_name[name])

    for name in by_name:
        visit(name)
    return tuple(ordered)


def normalised_sentences(
    doc: Document, languages: Iterable[str] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each non-empty sentence of ``doc``, in offsets of ``doc.normalised.text``.

    Extractors that read the normalised text use these to work sentence by sentence.
    ``languages`` (ISO 639-1 codes, ``("fr",)``) keeps only the sentences of the blocks in
    those languages (:attr:`~geotext.model.Block.language`).
    """
    table = doc.token_table
    sentences = [s for s in doc.sentences if s.token_end > s.token_start]
    if languages is not None:
        wanted = set(languages)
        blocks = doc.blocks
        if any(block.language not in wanted for block in blocks) or (
            not blocks and doc.language not in wanted
        ):
            sentences = [
                s
                for s in sentences
                if (blocks[s.block].language if s.block < len(blocks) else doc.language) in wanted
            ]
    return [(table.starts[s.token_start], table.ends[s.token_end - 1]) for s in sentences]
