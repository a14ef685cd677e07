"""The pipeline: normaliser, parser, then extractors in the order their ``requires`` need."""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from itertools import islice
from typing import Any, Union

import attrs

from geotext._reference import coerce_reference_date, find_reference_date
from geotext.errors import AlignmentError, ExtractorError
from geotext.extractors.base import Extractor, order_extractors
from geotext.extractors.registry import create, default_extractors, languages_of
from geotext.language import block_languages
from geotext.model import Block, Document, Entity, ReferenceSource, Sentence, Span
from geotext.normaliser.text import NormalisedText, NormaliserConfig, normalise
from geotext.parser.base import Parser, Structure
from geotext.parser.rule import RuleParser

__all__ = [
    "DEFAULT_MAX_LENGTH",
    "DateLike",
    "PipeFailure",
    "Pipeline",
    "coerce_reference_date",
    "parse",
]

DateLike = Union[dt.date, dt.datetime, str, None]  # noqa: UP007 (a runtime alias on 3.10)
"""What ``reference_date`` accepts: a date, a datetime (its date is used), an ISO string, or a
date as feeds and pages write it (``Fri, 08 Mar 2024 10:00:00 +0100``, ``vendredi 8 mars
2024``, ``08/03/2024``), read by ``dateparser``; a string must name a real day with its year."""


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "geotext takes the text as a str, not bytes: decode it first, "
            "for instance data.decode('utf-8')"
        )
    raise TypeError(f"geotext takes the text as a str, not {type(text).__name__}")


def _extractors(given: Sequence[Extractor | str] | None) -> tuple[Extractor, ...]:
    chosen = (
        default_extractors()
        if given is None
        else [create(item) if isinstance(item, str) else item for item in given]
    )
    return order_extractors(chosen)


def _normaliser(given: NormaliserConfig | None) -> NormaliserConfig:
    return NormaliserConfig() if given is None else given


#: The default ``Pipeline.max_length``: about 150 pages of news, parsed in about a second.
DEFAULT_MAX_LENGTH = 1_000_000


def _check_max_length(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValueError(f"max_length must be a positive int or None, got {value!r}")


def _parser(given: Parser | None) -> Parser:
    parser = RuleParser() if given is None else given
    if not callable(getattr(parser, "parse", None)):
        raise TypeError(f"parser {parser!r} has no parse(NormalisedText) method")
    return parser


@attrs.frozen(repr=False)
class Pipeline:
    """Normaliser, parser and extractors, ready to turn texts into :class:`Document` objects.

    ``extractors`` takes extractor objects or names (built-in ones and those registered
    through the ``geotext.extractors`` entry points); ``None`` means the built-in set.
    A pipeline holds no per-document state: share one between threads, pickle it to worker
    processes.

    >>> pipeline = Pipeline(extractors=["links"])
    >>> [link.url for link in pipeline("Tout est sur exemple-actu.fr.").links]
    ['exemple-actu.fr']
    """

    parser: Parser = attrs.field(default=None, converter=_parser)
    extractors: tuple[Extractor, ...] = attrs.field(default=None, converter=_extractors)
    normaliser: NormaliserConfig = attrs.field(default=None, converter=_normaliser)
    max_length: int | None = attrs.field(default=DEFAULT_MAX_LENGTH, validator=_check_max_length)
    """Longest text accepted, in characters; ``None`` accepts any length."""
    reference_from_text: bool = attrs.field(
        default=True, validator=attrs.validators.instance_of(bool)
    )
    """Where a text comes without a reference date, take the one its dateline or publication
    line gives (*PARIS, 8 mars 2024 (AFP) -*, *Publié le 08/03/2024*): ``doc.reference_source``
    is then :attr:`~geotext.model.ReferenceSource.TEXT`. ``False`` leaves such texts without one."""

    def __repr__(self) -> str:
        names = ", ".join(e.name for e in self.extractors)
        return f"Pipeline(parser={self.parser!r}, extractors=[{names}])"

    @property
    def layer_names(self) -> tuple[str, ...]:
        """The layers this pipeline fills, in the order it runs their extractors."""
        return tuple(e.name for e in self.extractors)

    def __call__(self, text: str, reference_date: DateLike = None) -> Document:
        """Parse one text; ``reference_date`` is its publication date (see :data:`DateLike`).

        Without one, the text's own dateline or publication line gives it, where it has one
        and ``reference_from_text`` is on.
        """
        return self._run(_check_text(text), coerce_reference_date(reference_date))

    parse = __call__

    def _run(self, text: str, reference_date: dt.date | None) -> Document:
        with _no_cycle_collection():
            normalised = self._normalise(text)
            doc = build_document(
                normalised, self.parser.parse(normalised), reference_date, self.reference_from_text
            )
            return self.annotate(doc)

    def _normalise(self, text: str) -> NormalisedText:
        if self.max_length is not None and len(text) > self.max_length:
            raise ValueError(
                f"the text has {len(text):,} characters, more than this pipeline's max_length "
                f"({self.max_length:,}): split it (by paragraphs, for instance) or build a "
                f"Pipeline(max_length=...) with a higher limit, or None for no limit"
            )
        return normalise(text, self.normaliser)

    def annotate(self, doc: Document) -> Document:
        """Run every extractor over ``doc`` (a parsed document) and return the result.

        An extractor that reads only some languages (its ``languages``, see
        :func:`~geotext.extractors.registry.languages_of`) is not run on a document none of
        whose blocks is in them, and keeps only the annotations of the blocks that are.
        """
        for extractor in self.extractors:
            languages = languages_of(extractor)
            readable = _readable_blocks(doc, languages)
            try:
                found = () if readable is not None and not readable else tuple(extractor(doc))
                if readable is not None and found and len(readable) < len(doc.blocks):
                    found = _within(doc, found, readable)
                for annotation in found:
                    _check_alignment(doc.text, annotation)
            except Exception as error:
                raise ExtractorError(extractor.name, error) from error
            doc = doc.with_layer(extractor.name, found)
        return doc

    def pipe(
        self,
        texts: Iterable[Any],
        *,
        reference_date: DateLike = None,
        n_process: int = 1,
        batch_size: int = 64,
        as_tuples: bool = False,
        errors: str = "raise",
        progress: bool = False,
    ) -> Iterator[Any]:
        """Parse many texts, in order, lazily.

        Each item is a text or a ``(text, reference_date)`` pair; ``reference_date`` serves
        the texts that come without one. With ``as_tuples=True`` each item is a
        ``(text, context)`` pair instead, the result a ``(Document, context)`` pair, and a
        context that is a mapping with a ``"reference_date"`` gives the text its date.
        ``errors`` says what a text that fails does: ``"raise"`` (the default) stops,
        ``"skip"`` leaves it out, ``"collect"`` yields a :class:`~geotext.PipeFailure` in its place.
        ``n_process`` > 1 (or -1 for every core) spreads batches of ``batch_size`` texts over
        worker processes, with the same results. A parser with a ``parse_many`` method
        (:class:`~geotext.parser.StanzaParser`) gets each batch of ``batch_size`` texts in one
        call, with the same results as one call per text. ``progress=True`` shows a ``tqdm``
        bar where tqdm is installed.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        if n_process == -1:
            n_process = os.cpu_count() or 1
        if n_process < 1:
            raise ValueError(f"n_process must be at least 1 or -1 (every core), got {n_process}")
        if errors not in ("raise", "skip", "collect"):
            raise ValueError(f"errors must be 'raise', 'skip' or 'collect', got {errors!r}")
        default = coerce_reference_date(reference_date)
        items = (_job(index, entry, default, as_tuples) for index, entry in enumerate(texts))
        results = self._results(items, n_process, batch_size)
        for (index, context), result in _with_progress(results, progress):
            if isinstance(result, BaseException):
                if errors == "raise":
                    raise result
                if errors == "skip":
                    continue
                failure = PipeFailure(index, type(result).__name__, str(result))
                yield (failure, context) if as_tuples else failure
                continue
            yield (result, context) if as_tuples else result

    def _results(
        self, jobs: Iterator[_Job], n_process: int, batch_size: int
    ) -> Iterator[tuple[tuple[int, Any], Document | BaseException]]:
        if n_process == 1 and callable(getattr(self.parser, "parse_many", None)):
            for batch in iter(lambda: list(islice(jobs, batch_size)), []):
                yield from zip(
                    ((j.index, j.context) for j in batch), _attempt_batch(self, batch), strict=True
                )
            return
        if n_process == 1:
            for job in jobs:
                yield (job.index, job.context), _attempt(self, job)
            return
        # A parser may ask for its start method: torch does not survive fork (StanzaParser).
        context = multiprocessing.get_context(getattr(self.parser, "start_method", None))
        with ProcessPoolExecutor(
            n_process, mp_context=context, initializer=_init_worker, initargs=(self,)
        ) as pool:
            pending: list[tuple[list[_Job], Future[list[Document | BaseException]]]] = []
            batches = iter(lambda: list(islice(jobs, batch_size)), [])
            for batch in batches:
                pending.append((batch, pool.submit(_run_batch, batch)))
                if len(pending) >= 2 * n_process:
                    done, future = pending.pop(0)
                    yield from zip(
                        ((j.index, j.context) for j in done), future.result(), strict=True
                    )
            for done, future in pending:
                yield from zip(((j.index, j.context) for j in done), future.result(), strict=True)


@attrs.frozen
class PipeFailure:
    """What :meth:`Pipeline.pipe` yields, with ``errors="collect"``, for a text that failed."""

    index: int
    """Position of the text in the input."""
    error: str
    """Name of the exception's type."""
    message: str


@attrs.frozen
class _Job:
    index: int
    text: object
    reference_date: dt.date | None
    context: Any = None
    problem: BaseException | None = None


def _job(index: int, entry: object, default: dt.date | None, as_tuples: bool) -> _Job:
    """One input item, read now; a bad one carries its error to where the policy applies."""
    try:
        if as_tuples:
            if not (isinstance(entry, tuple) and len(entry) == 2):
                raise ValueError("with as_tuples=True, pipe() items are (text, context) pairs")
            text, context = entry
            date = default
            if isinstance(context, Mapping) and context.get("reference_date") is not None:
                date = coerce_reference_date(context["reference_date"])
            return _Job(index, _check_text(text), date, context)
        text, date = _item(entry, default)
        return _Job(index, text, date)
    except (TypeError, ValueError) as problem:
        context = entry[1] if as_tuples and isinstance(entry, tuple) and len(entry) == 2 else None
        return _Job(index, None, None, context, problem)


def _attempt(pipeline: Pipeline, job: _Job) -> Document | BaseException:
    if job.problem is not None:
        return job.problem
    try:
        return pipeline._run(str(job.text), job.reference_date)
    except Exception as error:
        return error


def _with_progress(results: Iterator[Any], progress: bool) -> Iterator[Any]:
    if not progress:
        return results
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return results
    return iter(tqdm(results, unit="doc"))


def _check_alignment(text: str, annotation: object) -> None:
    """An annotation with a ``span`` must fit the text, and its ``text`` be what it covers."""
    span = getattr(annotation, "span", None)
    if not isinstance(span, Span):
        return
    if span.end > len(text):
        raise AlignmentError(span.start, span.end, len(text), type(annotation).__name__)
    words = getattr(annotation, "text", None)
    if isinstance(words, str) and words != text[span.start : span.end]:
        covered = text[span.start : span.end]
        raise AlignmentError(
            span.start,
            span.end,
            len(text),
            type(annotation).__name__,
            f"says {words!r} but covers {covered!r}",
        )


def _readable_blocks(doc: Document, languages: tuple[str, ...] | None) -> list[Block] | None:
    """The blocks of ``doc`` in ``languages``; None when the extractor reads every language.

    A document without blocks counts as one block in its own language.
    """
    if languages is None:
        return None
    if not doc.blocks:
        return None if doc.language in languages else []
    return [block for block in doc.blocks if block.language in languages]


def _within(doc: Document, found: tuple[Any, ...], blocks: list[Block]) -> tuple[Any, ...]:
    """The annotations of ``found`` that lie in ``blocks``; an entity keeps its mentions there."""
    starts = [block.span.start for block in blocks]

    def inside(span: Span) -> bool:
        i = bisect_right(starts, span.start) - 1
        return i >= 0 and span.start < blocks[i].span.end

    kept: list[Any] = []
    for annotation in found:
        if isinstance(annotation, Entity):
            mentions = tuple(m for m in annotation.mentions if inside(m.span))
            if mentions:
                kept.append(
                    annotation
                    if len(mentions) == len(annotation.mentions)
                    else attrs.evolve(annotation, mentions=mentions)
                )
            continue
        span = getattr(annotation, "span", None)
        if not isinstance(span, Span) or inside(span):
            kept.append(annotation)
    return tuple(kept)


def _item(entry: object, default: dt.date | None) -> tuple[str, dt.date | None]:
    if isinstance(entry, tuple):
        if len(entry) != 2:
            raise ValueError("pipe() items are texts or (text, reference_date) pairs")
        return _check_text(entry[0]), coerce_reference_date(entry[1]) or default
    return _check_text(entry), default


_WORKER: list[Pipeline] = []


def _init_worker(pipeline: Pipeline) -> None:
    _WORKER[:] = [pipeline]


def _run_batch(batch: list[_Job]) -> list[Document | BaseException]:
    pipeline = _WORKER[0]
    return _attempt_batch(pipeline, batch)


def _attempt_batch(pipeline: Pipeline, batch: list[_Job]) -> list[Document | BaseException]:
    """The results of a batch, parsed in one call where the parser has ``parse_many``."""
    parse_many = getattr(pipeline.parser, "parse_many", None)
    if not callable(parse_many):
        return [_attempt(pipeline, job) for job in batch]
    results: list[Document | BaseException] = [ValueError("not parsed")] * len(batch)
    ready: list[tuple[int, _Job, NormalisedText]] = []
    for position, job in enumerate(batch):
        if job.problem is not None:
            results[position] = job.problem
            continue
        try:
            ready.append((position, job, pipeline._normalise(str(job.text))))
        except Exception as error:
            results[position] = error
    try:
        structures = parse_many([normalised for _, _, normalised in ready])
    except Exception:
        # Parse them one by one, so that each failure lands on its own text.
        for position, job, _ in ready:
            results[position] = _attempt(pipeline, job)
        return results
    for (position, job, normalised), structure in zip(ready, structures, strict=True):
        try:
            with _no_cycle_collection():
                doc = build_document(
                    normalised, structure, job.reference_date, pipeline.reference_from_text
                )
                results[position] = pipeline.annotate(doc)
        except Exception as error:
            results[position] = error
    return results


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while one document is parsed.

    A parse allocates many small objects and frees them by reference counting; the cycle
    collector, triggered by the allocations, would walk every live object again and again, a
    cost that grows faster than the text (``benchmarks/speed.py`` prints the growth). It runs
    again as soon as the document is built, and stays off where the caller had turned it off.
    """
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_document(
    normalised: NormalisedText,
    structure: Structure,
    reference_date: dt.date | None = None,
    reference_from_text: bool = False,
) -> Document:
    """A :class:`Document` with no layers from a parser's structure (normalised offsets).

    Without ``reference_date`` and with ``reference_from_text``, the text's dateline or
    publication line gives it (:func:`~geotext._reference.find_reference_date`).
    """
    raw = normalised.raw
    language, languages = block_languages(
        normalised.text, [(b.start, b.end) for b in structure.blocks]
    )
    source = None if reference_date is None else ReferenceSource.GIVEN
    reference_span = None
    if reference_date is None and reference_from_text:
        found = find_reference_date(normalised.text)
        if found is not None:
            reference_date, start, end = found
            source, reference_span = ReferenceSource.TEXT, normalised.span(start, end)
    blocks = []
    for i, b in enumerate(structure.blocks):
        span = normalised.span(b.start, b.end)
        text = raw[span.start : span.end]
        blocks.append(Block(i, b.kind, span, text, b.sentence_start, b.sentence_end, languages[i]))
    sentences = []
    for i, s in enumerate(structure.sentences):
        span = normalised.span(s.start, s.end)
        text = raw[span.start : span.end]
        sentences.append(Sentence(i, span, text, s.token_start, s.token_end, s.block))
    return Document(
        text=raw,
        normalised=normalised,
        blocks=tuple(blocks),
        sentences=tuple(sentences),
        token_table=structure.tokens,
        syntax=structure.syntax,
        reference_date=reference_date,
        reference_source=source,
        reference_span=reference_span,
        language=language,
    )


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def parse(text: str, reference_date: DateLike = None) -> Document:
    """Parse ``text`` with the default pipeline (built on first use, then reused).

    ``reference_date`` is the publication date: a :class:`datetime.date`, a
    :class:`datetime.datetime`, an ISO ``YYYY-MM-DD`` string or a date as feeds and pages
    write it (:data:`DateLike`). Without one, the text's dateline or publication line gives
    it, where it has one (``doc.reference_source`` says which).

    >>> doc = parse("Le Kremlin a réagi jeudi. Plus sur exemple-actu.fr.", "2024-11-11")
    >>> len(doc.sentences), doc.links[0].text
    (2, 'exemple-actu.fr')
    """
    return _default_pipeline()(text, reference_date)
