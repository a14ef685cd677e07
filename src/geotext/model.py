"""The typed objects geotext returns: frozen, slotted attrs classes with validators.

Every annotation carries a :class:`Span` in offsets of the raw text the caller gave, and the
words it covers, so that ``doc.text[a.span.start:a.span.end] == a.text`` always holds.
Values are normalised (a date as ISO, a count as a number) while surfaces are kept.
"""

from __future__ import annotations

import datetime as dt
import enum
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from geotext.errors import AlignmentError

if TYPE_CHECKING:
    from geotext.normaliser.text import NormalisedText

__all__ = [
    "Argument",
    "Block",
    "BlockKind",
    "Bound",
    "Casualty",
    "CasualtyCategory",
    "Document",
    "Entity",
    "EntityType",
    "Event",
    "EventType",
    "Layers",
    "Link",
    "Mention",
    "Modality",
    "Quantity",
    "Quote",
    "QuoteKind",
    "ReferenceSource",
    "Sentence",
    "Span",
    "Stance",
    "Syntax",
    "TimeExpression",
    "TimeType",
    "Token",
    "TokenKind",
    "TokenTable",
    "Word",
]


# -- validators ----------------------------------------------------------------------------


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _non_negative_number(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not value >= 0:  # also rejects NaN
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _mentions(items: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(items)


def _coordinates(value: Iterable[float] | None) -> tuple[float, float] | None:
    if value is None:
        return None
    lat, lon = (float(v) for v in value)
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise ValueError(f"coordinates out of range: ({lat}, {lon})")
    return (lat, lon)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _source(value: ReferenceSource | str | None) -> ReferenceSource | None:
    return None if value is None else ReferenceSource(value)


def _check_reference(doc: Document) -> None:
    """A reference date's source and span agree with it (a date alone was given)."""
    if doc.reference_date is None:
        if doc.reference_source is not None or doc.reference_span is not None:
            raise ValueError("Document.reference_source and reference_span need a reference_date")
        return
    if doc.reference_source is None:
        object.__setattr__(doc, "reference_source", ReferenceSource.GIVEN)
    if doc.reference_source is ReferenceSource.TEXT:
        if doc.reference_span is None:
            raise ValueError("a reference date from the text needs its reference_span")
        _span_in_text(doc.text, doc.reference_span, "reference date")
    elif doc.reference_span is not None:
        raise ValueError("a reference date the caller gave has no reference_span")


def _blocks(items: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(items)


def _sentences(items: Iterable[Sentence]) -> tuple[Sentence, ...]:
    return tuple(items)


def _word_tuple(items: Iterable[Word]) -> tuple[Word, ...]:
    return tuple(items)


def _not_empty(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not value:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must not be empty")


def _language_code(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    ok = isinstance(value, str) and 2 <= len(value) <= 3 and value.isascii()
    if not (ok and value.isalpha() and value.islower()):
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name} must be an ISO 639 code such as 'fr' "
            f"or 'en', got {value!r}"
        )


def _upper_end(instance: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not value >= instance.value:
        raise ValueError(
            f"{type(instance).__name__}.upper ({value}) is below its value ({instance.value})"
        )


# -- spans ---------------------------------------------------------------------------------


@attrs.frozen(repr=False, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets in the raw document text."""

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=attrs.validators.instance_of(int))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end ({self.end}) is before its start ({self.start})")

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end})"

    @classmethod
    def _trusted(cls, start: int, end: int) -> Span:
        """A span whose bounds the caller has checked (``0 <= start <= end``, both ints).

        The offset map builds a span for every annotation; skipping the validators there
        saves a few per cent of a parse.
        """
        span = object.__new__(cls)
        object.__setattr__(span, "start", start)
        object.__setattr__(span, "end", end)
        return span

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


def _span_in_text(text: str, span: Span, what: str) -> None:
    if span.end > len(text):
        raise AlignmentError(span.start, span.end, len(text), what)


# -- enums ---------------------------------------------------------------------------------


class _StrEnum(str, enum.Enum):
    """An enum whose members are their string values (JSON-friendly, comparable to str)."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> None:
        choices = ", ".join(repr(member.value) for member in cls)
        raise ValueError(f"{value!r} is not a {cls.__name__}; use one of {choices}")


class BlockKind(_StrEnum):
    """What a block of the document is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"


class TokenKind(_StrEnum):
    """Coarse class of a token, decided by its shape."""

    WORD = "word"
    NUMBER = "number"
    PUNCT = "punct"
    SYMBOL = "symbol"
    URL = "url"
    EMAIL = "email"


class EntityType(_StrEnum):
    """Entity types of the annotation format."""

    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"


class TimeType(_StrEnum):
    """TIMEX3 kinds of temporal expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class ReferenceSource(_StrEnum):
    """Where a document's reference date came from."""

    GIVEN = "given"
    """The caller gave it (``reference_date=`` of :func:`geotext.parse`, :meth:`Pipeline.pipe`)."""
    TEXT = "text"
    """The text gave it: a dateline (*PARIS, 8 mars 2024 (AFP) -*) or a publication line
    (*Publié le 08/03/2024*), at ``Document.reference_span``."""


class Bound(_StrEnum):
    """A one-sided figure: *au moins 30* is ``MIN``, *jusqu'à 30* is ``MAX``."""

    MIN = "min"
    MAX = "max"


class CasualtyCategory(_StrEnum):
    """What happened to the people counted."""

    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    CAPTURED = "captured"
    DISPLACED = "displaced"
    AFFECTED = "affected"


class QuoteKind(_StrEnum):
    """Direct speech (words between quotation marks) or indirect speech."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class Stance(_StrEnum):
    """What a reporting cue says the speaker does with the claim."""

    DENY = "deny"
    ACCUSE = "accuse"
    CONCEDE = "concede"


class Modality(_StrEnum):
    """How sure the text is that an event happened."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"
    FUTURE = "future"


class EventType(_StrEnum):
    """PLOVER event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


# -- document structure --------------------------------------------------------------------


@attrs.frozen
class Token:
    """One token; built on demand from the document's :class:`TokenTable`."""

    i: int = attrs.field(validator=_non_negative)
    """Index of the token in the document."""
    span: Span
    text: str
    """The characters of the raw text."""
    norm: str
    """The same characters after normalisation (``l'`` for ``l’``)."""
    kind: TokenKind = TokenKind.WORD
    words: tuple[Word, ...] = attrs.field(default=(), converter=_word_tuple, repr=False)
    """Its syntactic words where the parser gives them (:class:`Syntax`): *du* has two,
    *de* and *le*; empty with the rule parser. Not shown in the token's repr."""


@attrs.frozen
class Sentence:
    """A sentence: its span and the range of its tokens (``doc.tokens[token_start:token_end]``)."""

    i: int = attrs.field(validator=_non_negative)
    span: Span
    text: str
    token_start: int = attrs.field(validator=_non_negative)
    token_end: int = attrs.field(validator=_non_negative)
    block: int = attrs.field(default=0, validator=_non_negative)
    """Index of the block the sentence belongs to."""


@attrs.frozen
class Block:
    """A heading, paragraph or list item, with the range of its sentences."""

    i: int = attrs.field(validator=_non_negative)
    kind: BlockKind = attrs.field(converter=BlockKind)
    span: Span
    text: str
    sentence_start: int = attrs.field(validator=_non_negative)
    sentence_end: int = attrs.field(validator=_non_negative)
    language: str = attrs.field(default="fr", validator=_language_code)
    """ISO 639-1 code of the language the block is written in (:mod:`geotext.language`);
    a block too short to tell (a heading) has its document's."""


def _offsets_array(values: Iterable[int]) -> array[int]:
    if isinstance(values, array):
        return values
    return array("q", values)


def _kinds_bytes(values: Iterable[int]) -> bytes:
    return bytes(values)


@attrs.frozen(repr=False)
class TokenTable:
    """Token boundaries as compact arrays, in offsets of the *normalised* text.

    Extractors read these (with :attr:`Document.normalised`) instead of building one object
    per token; :attr:`Document.tokens` builds :class:`Token` objects with raw offsets.
    ``kinds[i]`` is the position of the token's kind in :class:`TokenKind`.
    """

    starts: array[int] = attrs.field(
        factory=lambda: array("q"), converter=_offsets_array, hash=False
    )
    ends: array[int] = attrs.field(factory=lambda: array("q"), converter=_offsets_array, hash=False)
    kinds: bytes = attrs.field(default=b"", converter=_kinds_bytes)

    def __attrs_post_init__(self) -> None:
        if not len(self.starts) == len(self.ends) == len(self.kinds):
            raise ValueError(
                f"TokenTable arrays differ in length: {len(self.starts)} starts, "
                f"{len(self.ends)} ends, {len(self.kinds)} kinds"
            )

    def __len__(self) -> int:
        return len(self.starts)

    def __repr__(self) -> str:
        return f"TokenTable({len(self)} tokens)"

    def kind(self, i: int) -> TokenKind:
        """The kind of token ``i``."""
        return _TOKEN_KINDS[self.kinds[i]]

    def index_at(self, offset: int) -> int | None:
        """Index of the token covering normalised ``offset``, or None between tokens."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ends[i]:
            return i
        return None


_TOKEN_KINDS = tuple(TokenKind)


# -- annotations ---------------------------------------------------------------------------


@attrs.frozen
class Mention:
    """Where an entity (or an argument) is named in the text."""

    span: Span
    text: str


@attrs.frozen
class Argument:
    """A participant of a quote or an event: the words, and the canonical name they stand for.

    ``entity_id`` links it to an :class:`Entity` of the same document where one fits.
    """

    span: Span
    text: str
    name: str
    entity_id: str | None = None


@attrs.frozen
class Entity:
    """A person, organisation, place or other named thing, with every mention of it."""

    type: EntityType = attrs.field(converter=EntityType)
    name: str = attrs.field(validator=_not_empty)
    """Canonical name, as a French newsroom writes it in full."""
    mentions: tuple[Mention, ...] = attrs.field(converter=_mentions, validator=_not_empty)
    id: str | None = None
    """Stable identifier: ``iso:UA``, ``geonames:703448``, ``wikidata:Q3874799``."""
    roles: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Titles and functions the text gives the entity (*président ukrainien*)."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the country a place lies in (or is), where known."""
    coordinates: tuple[float, float] | None = attrs.field(default=None, converter=_coordinates)
    """``(latitude, longitude)`` in degrees (WGS 84) for places linked to GeoNames or a country."""

    @property
    def span(self) -> Span:
        """The span of the first mention."""
        return self.mentions[0].span

    @property
    def text(self) -> str:
        """The words of the first mention."""
        return self.mentions[0].text


@attrs.frozen
class TimeExpression:
    """A temporal expression and its TIMEX3-style value (``2024-11-07``, ``P2Y``, ``PAST_REF``)."""

    span: Span
    text: str
    type: TimeType = attrs.field(converter=TimeType)
    value: str | None = None
    """ISO 8601 / TIMEX3 value; underspecified (``XXXX-11-07``) without a reference date."""
    interval: tuple[dt.date, dt.date] | None = None
    """First and last day the expression covers, where it names days."""
    approximate: bool = False
    bound: Bound | None = None


@attrs.frozen
class Quantity:
    """A number with the unit that matters to the story (money, equipment, people, km, %)."""

    span: Span
    text: str
    value: float = attrs.field(validator=_non_negative_number)
    """The figure; for a range (*entre 30 et 40*), its lower end, with ``bound`` ``MIN``."""
    unit: str = attrs.field(validator=_not_empty)
    approximate: bool = False
    bound: Bound | None = None
    upper: float | None = attrs.field(default=None, validator=_upper_end)
    """The upper end of a range (*entre 30 et 40 drones*: ``value`` 30, ``upper`` 40)."""


@attrs.frozen
class Casualty:
    """A count of human losses: killed, injured, missing, captured, displaced, affected."""

    span: Span
    text: str
    category: CasualtyCategory = attrs.field(converter=CasualtyCategory)
    value: float = attrs.field(validator=_non_negative_number)
    """The figure; for a range (*100 à 200 morts*), its lower end, with ``bound`` ``MIN``."""
    approximate: bool = False
    bound: Bound | None = None
    upper: float | None = attrs.field(default=None, validator=_upper_end)
    """The upper end of a range (*100 à 200 morts*: ``value`` 100, ``upper`` 200)."""
    modality: Modality = attrs.field(default=Modality.ASSERTED, converter=Modality)
    """``HYPOTHETICAL`` for a toll that may come (*pourrait faire 100 000 morts*, *ferait*),
    ``ASSERTED`` for a loss the text reports."""


def _quantities(items: Iterable[Quantity]) -> tuple[Quantity, ...]:
    return tuple(items)


def _casualties(items: Iterable[Casualty]) -> tuple[Casualty, ...]:
    return tuple(items)


@attrs.frozen
class Quote:
    """Reported speech: who said it, how it was introduced and the words reported."""

    span: Span
    text: str
    kind: QuoteKind = attrs.field(converter=QuoteKind)
    content: Mention
    """The words reported (inside the quotation marks, or the clause after the cue)."""
    speaker: Argument | None = None
    cue: Mention | None = None
    """The reporting verb or marker as written (*a-t-il déclaré*, *selon*)."""
    cue_lemma: str | None = None
    """The cue's lemma (*déclarer*, *selon*)."""
    stance: Stance | None = attrs.field(default=None, converter=attrs.converters.optional(Stance))
    """Set where the cue says it: *démentir* denies, *accuser* accuses, *reconnaître* concedes."""


@attrs.frozen
class Event:
    """Who did what to whom, where and when (PLOVER), and how sure the text is of it."""

    span: Span
    """The span of the trigger."""
    text: str
    type: EventType = attrs.field(converter=EventType)
    modality: Modality = attrs.field(default=Modality.ASSERTED, converter=Modality)
    actor: Argument | None = None
    target: Argument | None = None
    location: Argument | None = None
    time: str | None = None
    """The value of the time expression the event is anchored to."""
    source: Argument | None = None
    """Who reports the event, when its modality is ``reported``."""
    quote: Quote | None = None
    """The reported speech the event is told in, when its modality is ``reported``."""
    quantities: tuple[Quantity, ...] = attrs.field(default=(), converter=_quantities)
    """Quantities of the event's clause (*34 drones*)."""
    casualties: tuple[Casualty, ...] = attrs.field(default=(), converter=_casualties)
    """Human losses of the event's clause."""
    sentence: int | None = None
    """Index of the sentence the trigger is in (``doc.sentences[i]``)."""


@attrs.frozen
class Link:
    """A URL or a bare domain name; ``url`` is lower-cased where case does not matter."""

    span: Span
    text: str
    url: str
    domain: str


# -- layers ----------------------------------------------------------------------------------


class Layers(Mapping[str, tuple[Any, ...]]):
    """An immutable mapping from layer name to the tuple of annotations of that layer."""

    __slots__ = ("_data",)
    _data: dict[str, tuple[Any, ...]]

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        object.__setattr__(self, "_data", {k: tuple(v) for k, v in (data or {}).items()})

    def __getitem__(self, name: str) -> tuple[Any, ...]:
        return self._data[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __hash__(self) -> int:
        return hash(tuple(self._data))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Layers):
            return self._data == other._data
        return NotImplemented

    def __repr__(self) -> str:
        inner = ", ".join(f"{k!r}: <{len(v)}>" for k, v in self._data.items())
        return f"Layers({{{inner}}})"

    def __reduce__(self) -> tuple[type[Layers], tuple[dict[str, tuple[Any, ...]]]]:
        return (Layers, (self._data,))

    def set(self, name: str, annotations: Any) -> Layers:
        """A new mapping with layer ``name`` set to ``annotations``."""
        return Layers({**self._data, name: annotations})


def _to_layers(value: Mapping[str, Any] | None) -> Layers:
    return value if isinstance(value, Layers) else Layers(value)


# -- the document ----------------------------------------------------------------------------


@attrs.frozen(repr=False)
class Document:
    """A parsed text: its structure, its annotation layers and the texts they point into.

    ``text`` is the raw input, exactly as given; every span is in its offsets. The parser and
    extractors read ``normalised.text`` and map their offsets back with ``normalised.span``.
    """

    text: str
    normalised: NormalisedText = attrs.field(hash=False)
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    sentences: tuple[Sentence, ...] = attrs.field(default=(), converter=_sentences)
    token_table: TokenTable = attrs.field(factory=TokenTable)
    reference_date: dt.date | None = None
    """The publication date relative expressions resolve against."""
    reference_source: ReferenceSource | None = attrs.field(default=None, converter=_source)
    """Where ``reference_date`` came from: :attr:`ReferenceSource.GIVEN` by the caller (the
    default where a date is set), :attr:`ReferenceSource.TEXT` from the text itself; ``None``
    without a reference date."""
    reference_span: Span | None = None
    """The raw-text span of the dateline or publication date that gave ``reference_date``,
    where it came from the text; ``None`` otherwise."""
    layers: Layers = attrs.field(factory=Layers, converter=_to_layers)
    """Every annotation layer by name: built-in ones and those of custom extractors."""
    syntax: Syntax | None = None
    """Lemmas, parts of speech, dependencies and NER candidates per word, where the parser
    gives them (:class:`~geotext.parser.StanzaParser`); ``None`` with the rule parser."""
    language: str = attrs.field(default="fr", validator=_language_code)
    """ISO 639-1 code of the language the text is written in (``fr``, ``en``, ``es``...):
    that of most of its blocks (:attr:`Block.language`). The French layers read only the
    blocks in French, so a text in another language has none."""
    _tokens: tuple[Token, ...] | None = attrs.field(
        default=None, init=False, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        if self.normalised.raw != self.text:
            raise ValueError("Document.normalised must be the normalisation of Document.text")
        _check_reference(self)
        for block in self.blocks:
            _span_in_text(self.text, block.span, "block")
        for sentence in self.sentences:
            _span_in_text(self.text, sentence.span, "sentence")
        if self.token_table.ends and self.token_table.ends[-1] > len(self.normalised.text):
            raise AlignmentError(0, self.token_table.ends[-1], len(self.normalised.text), "token")
        if self.syntax is not None:
            _check_syntax(self.syntax, len(self.token_table), len(self.normalised.text))

    def __repr__(self) -> str:
        shown = self.text if len(self.text) <= 30 else self.text[:27] + "..."
        layers = ", ".join(f"{k}={len(v)}" for k, v in self.layers.items())
        return (
            f"<Document {shown!r} ({len(self.text)} chars): {len(self.blocks)} blocks, "
            f"{len(self.sentences)} sentences, {len(self.token_table)} tokens"
            + (f"; {layers}>" if layers else ">")
        )

    def __getstate__(self) -> dict[str, Any]:
        return {a.name: getattr(self, a.name) for a in attrs.fields(Document) if a.init}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_tokens", None)

    # structure

    @property
    def tokens(self) -> tuple[Token, ...]:
        """Every token, with raw offsets (built on first access, then kept)."""
        if self._tokens is None:
            table, norm = self.token_table, self.normalised
            text, ntext = self.text, norm.text
            tokens = []
            words = _words_by_token(self.syntax, len(table))
            for i, (s, e, k) in enumerate(zip(table.starts, table.ends, table.kinds, strict=True)):
                span = norm.span(s, e)
                tokens.append(
                    Token(
                        i, span, text[span.start : span.end], ntext[s:e], _TOKEN_KINDS[k], words[i]
                    )
                )
            object.__setattr__(self, "_tokens", tuple(tokens))
        assert self._tokens is not None
        return self._tokens

    @property
    def headings(self) -> tuple[Block, ...]:
        """The blocks that are headings."""
        return tuple(b for b in self.blocks if b.kind is BlockKind.HEADING)

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """The blocks that are paragraphs."""
        return tuple(b for b in self.blocks if b.kind is BlockKind.PARAGRAPH)

    def language_at(self, offset: int) -> str:
        """The language of the block that covers raw character ``offset``.

        Between blocks, the document's language.
        """
        i = bisect_right([b.span.start for b in self.blocks], offset) - 1
        if i >= 0 and offset < self.blocks[i].span.end:
            return self.blocks[i].language
        return self.language

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that covers raw character ``offset``, or None (between sentences)."""
        i = bisect_right([s.span.start for s in self.sentences], offset) - 1
        if i >= 0 and offset < self.sentences[i].span.end:
            return self.sentences[i]
        return None

    def tokens_of(self, item: Sentence | Block) -> tuple[Token, ...]:
        """The tokens of a sentence or a block."""
        if isinstance(item, Block):
            if item.sentence_start == item.sentence_end:
                return ()
            first = self.sentences[item.sentence_start].token_start
            last = self.sentences[item.sentence_end - 1].token_end
            return self.tokens[first:last]
        return self.tokens[item.token_start : item.token_end]

    def text_of(self, item: Span | Any) -> str:
        """The raw text of a span, or of anything that has a ``span``."""
        span = item if isinstance(item, Span) else item.span
        return self.text[span.start : span.end]

    # layers

    def layer(self, name: str) -> tuple[Any, ...]:
        """The annotations of layer ``name``; an empty tuple when no extractor produced it."""
        return self.layers.get(name, ())

    @property
    def entities(self) -> tuple[Entity, ...]:
        """People, organisations and places (layer ``entities``)."""
        return self.layer("entities")

    @property
    def times(self) -> tuple[TimeExpression, ...]:
        """Temporal expressions (layer ``times``)."""
        return self.layer("times")

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """Numbers with units (layer ``quantities``)."""
        return self.layer("quantities")

    @property
    def casualties(self) -> tuple[Casualty, ...]:
        """Human losses (layer ``casualties``)."""
        return self.layer("casualties")

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Reported speech (layer ``quotes``)."""
        return self.layer("quotes")

    @property
    def events(self) -> tuple[Event, ...]:
        """Events (layer ``events``)."""
        return self.layer("events")

    @property
    def links(self) -> tuple[Link, ...]:
        """URLs and domain names (layer ``links``)."""
        return self.layer("links")

    def _repr_html_(self) -> str:
        """The document as HTML with its annotations highlighted (for Jupyter)."""
        from geotext.display import render

        return render(self)

    def to_displacy(self, layers: Sequence[str] | None = None) -> dict[str, Any]:
        """The dict spaCy's ``displacy.render(..., style="ent", manual=True)`` takes."""
        from geotext.display import to_displacy

        return to_displacy(self, layers)

    def with_layer(self, name: str, annotations: Any) -> Document:
        """A copy of this document with layer ``name`` set."""
        layers = self.layers.set(name, annotations)
        if type(self) is not Document:
            return attrs.evolve(self, layers=layers)
        # Every other field was validated when this document was built: copy them as they are
        # (the pipeline adds a layer per extractor, and re-checking each span costs).
        copy = object.__new__(Document)
        for name_ in _DOCUMENT_FIELDS:
            object.__setattr__(copy, name_, getattr(self, name_))
        object.__setattr__(copy, "layers", layers)
        return copy


_DOCUMENT_FIELDS = tuple(field.name for field in attrs.fields(Document))


# -- syntax (from a parser that gives it) ----------------------------------------------------


def _strings_or_none(items: Iterable[str | None]) -> tuple[str | None, ...]:
    return tuple(items)


def _entity_triples(items: Iterable[Iterable[Any]]) -> tuple[tuple[int, int, str], ...]:
    triples = []
    for start, end, label in items:
        if not 0 <= int(start) <= int(end):
            raise ValueError(f"Syntax entity ({start}, {end}, {label!r}) is no span")
        triples.append((int(start), int(end), str(label)))
    return tuple(triples)


@attrs.frozen
class Word:
    """A syntactic word: a token, or one part of a multi-word token (*du* is *de* + *le*).

    Built on demand from :class:`Syntax`; its offsets are those of its :class:`Token`.
    """

    i: int = attrs.field(validator=_non_negative)
    """Index of the word in :attr:`Document.syntax`."""
    token: int = attrs.field(validator=_non_negative)
    """Index of the token it belongs to."""
    text: str
    """The word as the parser reads it (``le`` inside ``du``)."""
    lemma: str | None = None
    upos: str | None = None
    """Universal part of speech (``NOUN``, ``VERB``, ``ADP``...)."""
    feats: str | None = None
    """Universal features, ``Number=Sing|Gender=Masc``."""
    head: int = -1
    """Index of the word it depends on; -1 for the root of its sentence (or no parse)."""
    deprel: str | None = None
    """Universal dependency relation to the head (``nsubj``, ``obj``, ``root``...)."""


@attrs.frozen(repr=False)
class Syntax:
    """What a syntactic parser adds to a document, one entry per word, as parallel arrays.

    Word ``i`` belongs to token ``token[i]`` (``doc.token_table``), has the surface
    ``text[i]``, the lemma ``lemma[i]``, the part of speech ``upos[i]``, the features
    ``feats[i]``, the head word ``head[i]`` (-1 for a root) and the relation ``deprel[i]``.
    A multi-word token (*du*, *au*, *aux*, *des*) owns several consecutive words. Missing
    annotations (a pipeline without lemmatiser, say) are ``None``.

    ``entities`` are the parser's named-entity spans, ``(start, end, label)`` in offsets of
    the *normalised* text like :class:`TokenTable` (map them with
    ``doc.normalised.span(start, end)``). They are candidates, not entities: the entity layer
    reads them, checks their type against its gazetteers and links them; they never reach
    ``doc.entities`` otherwise.

    :class:`~geotext.parser.StanzaParser` fills it; with the rule parser
    :attr:`Document.syntax` is ``None``. :attr:`Document.tokens` gives the same data as
    :attr:`Token.words`.
    """

    token: array[int] = attrs.field(
        factory=lambda: array("q"), converter=_offsets_array, hash=False
    )
    text: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    lemma: tuple[str | None, ...] = attrs.field(default=(), converter=_strings_or_none)
    upos: tuple[str | None, ...] = attrs.field(default=(), converter=_strings_or_none)
    feats: tuple[str | None, ...] = attrs.field(default=(), converter=_strings_or_none)
    head: array[int] = attrs.field(factory=lambda: array("q"), converter=_offsets_array, hash=False)
    deprel: tuple[str | None, ...] = attrs.field(default=(), converter=_strings_or_none)
    entities: tuple[tuple[int, int, str], ...] = attrs.field(default=(), converter=_entity_triples)

    def __attrs_post_init__(self) -> None:
        n = len(self.token)
        lengths = {
            name: len(getattr(self, name))
            for name in ("text", "lemma", "upos", "feats", "head", "deprel")
        }
        wrong = {name: size for name, size in lengths.items() if size != n}
        if wrong:
            raise ValueError(f"Syntax arrays differ in length: {n} tokens, but {wrong}")
        token = self.token
        if (n and token[0] < 0) or any(token[i] < token[i - 1] for i in range(1, n)):
            raise ValueError("Syntax.token must be non-negative and in increasing order")
        bad = next((h for h in self.head if not -1 <= h < n), None)
        if bad is not None:
            raise ValueError(f"Syntax.head {bad} is not a word index (0 to {n - 1}) nor -1")

    def __len__(self) -> int:
        return len(self.token)

    def __repr__(self) -> str:
        return f"Syntax({len(self)} words, {len(self.entities)} entities)"

    def word(self, i: int) -> Word:
        """Word ``i`` as a :class:`Word`."""
        return Word(
            i,
            self.token[i],
            self.text[i],
            self.lemma[i],
            self.upos[i],
            self.feats[i],
            self.head[i],
            self.deprel[i],
        )

    def words_of(self, token: int) -> range:
        """Indices of the words of token ``token`` (empty when it has none)."""
        return range(bisect_left(self.token, token), bisect_right(self.token, token))


def _check_syntax(syntax: Syntax, n_tokens: int, n_chars: int) -> None:
    if syntax.token and syntax.token[-1] >= n_tokens:
        raise ValueError(f"Syntax word of token {syntax.token[-1]}, but {n_tokens} tokens")
    for start, end, label in syntax.entities:
        if end > n_chars:
            raise AlignmentError(start, end, n_chars, f"syntax entity {label}")


def _words_by_token(syntax: Syntax | None, n_tokens: int) -> list[tuple[Word, ...]]:
    grouped: list[list[Word]] = [[] for _ in range(n_tokens)] if syntax else []
    if syntax is None or not grouped:
        return [()] * n_tokens
    for i in range(len(syntax)):
        grouped[syntax.token[i]].append(syntax.word(i))
    return [tuple(words) for words in grouped]
