"""The stanza backend: stanza's sentences, tokens, words and annotations in a geotext Document.

:class:`StanzaParser` wraps a ``stanza.Pipeline`` (built by the caller, or from a local model
folder by :meth:`StanzaParser.from_dir`). Blocks come from the rule parser's segmentation;
stanza reads each block of the *normalised* text and gives sentences, tokens, syntactic words
(*du* = *de* + *le*), lemmas, parts of speech, features, dependencies and named-entity spans.
Every offset lands in the normalised text, and :class:`~geotext.Document` maps it back to the
raw text, so all spans stay exact.

stanza (and torch) are imported only when a :class:`StanzaParser` is made: ``import geotext``
never loads them. geotext never downloads a model; the user runs ``stanza.download("fr")``
once, on their own machine.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

import attrs

from geotext.model import BlockKind, Syntax, TokenKind, TokenTable
from geotext.normaliser.text import NormalisedText
from geotext.parser.base import BlockBounds, SentenceBounds, Structure
from geotext.parser.segment import find_blocks
from geotext.parser.tokens import tokenise

__all__ = ["INSTALL_HINT", "PROCESSORS", "StanzaParser"]

#: What to run when stanza is missing.
INSTALL_HINT = (
    "pip install 'geotext-fr[stanza]' (install torch first, its CPU build unless you have "
    "a GPU, so that stanza does not pull a CUDA one)"
)

#: The processors :meth:`StanzaParser.from_dir` loads unless told otherwise.
PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"

# Model files of a flat folder (one ``.pt`` per processor, as stanza's training scripts
# write them), by processor: keyword argument of ``stanza.Pipeline`` -> file name.
_FLAT_FILES: dict[str, dict[str, str]] = {
    "tokenize": {"tokenize_model_path": "tokenize.pt"},
    "mwt": {"mwt_model_path": "mwt.pt"},
    "pos": {"pos_model_path": "pos.pt", "pos_pretrain_path": "pretrain.pt"},
    "lemma": {"lemma_model_path": "lemma.pt"},
    "depparse": {"depparse_model_path": "depparse.pt", "depparse_pretrain_path": "pretrain.pt"},
    "ner": {"ner_model_path": "ner.pt", "ner_pretrain_path": "pretrain.pt"},
}
_KIND_CODES = {kind: code for code, kind in enumerate(TokenKind)}
_ADDRESS_CODES = frozenset((_KIND_CODES[TokenKind.URL], _KIND_CODES[TokenKind.EMAIL]))


def _require_stanza() -> Any:
    """The stanza module, or an :class:`ImportError` that says what to install."""
    try:
        import stanza
    except ImportError as error:
        message = f"StanzaParser needs stanza, which is not installed: {INSTALL_HINT}"
        raise ImportError(message) from error
    return stanza


def _pipeline_kwargs(
    path: str | os.PathLike[str], processors: str, lang: str, overrides: Mapping[str, Any]
) -> dict[str, Any]:
    """The keyword arguments of ``stanza.Pipeline`` for the model folder ``path``."""
    folder = Path(path).expanduser().resolve()
    if not folder.is_dir():
        raise FileNotFoundError(
            f"no stanza model folder at {folder}: run stanza.download({lang!r}, model_dir=...) "
            "once, on a machine with network access, and pass that folder"
        )
    kwargs: dict[str, Any] = {"lang": lang, "processors": processors, "logging_level": "WARN"}
    if (folder / "tokenize.pt").is_file():
        # A flat folder of trained models (with an empty resources.json). The default
        # processors leave out NER where the folder has no NER model (a treebank parser).
        names = [p.strip() for p in processors.split(",")]
        if processors == PROCESSORS and not (folder / "ner.pt").is_file():
            names = [name for name in names if name != "ner"]
            kwargs["processors"] = ",".join(names)
        kwargs.update(dir=str(folder), allow_unknown_language=True)
        for name in names:
            for key, filename in _FLAT_FILES.get(name, {}).items():
                kwargs[key] = str(folder / filename)
    elif (folder / "resources.json").is_file():
        kwargs["dir"] = str(folder)  # stanza.download(lang, model_dir=folder)
    elif folder.name == lang and (folder.parent / "resources.json").is_file():
        kwargs["dir"] = str(folder.parent)  # the language folder inside it
    else:
        raise FileNotFoundError(
            f"{folder} holds neither resources.json (from stanza.download) nor tokenize.pt"
        )
    kwargs.update(overrides)
    kwargs["download_method"] = None  # geotext never downloads anything
    return kwargs


def _rebuild(path: str, processors: str, lang: str, overrides: dict[str, Any]) -> StanzaParser:
    return StanzaParser.from_dir(path, processors, lang=lang, **overrides)


@attrs.frozen(repr=False)
class StanzaParser:
    """A parser that runs a ``stanza.Pipeline`` on each block of the normalised text.

    ``nlp`` is a pipeline the caller built with at least the ``tokenize`` processor (and
    ``mwt`` for French); :meth:`from_dir` builds one from a local model folder. The result has
    the blocks of :class:`~geotext.parser.RuleParser`, stanza's sentences and tokens, and a
    :class:`~geotext.model.Syntax` (:attr:`Document.syntax <geotext.model.Document.syntax>`)
    with one entry per syntactic word: lemma, UPOS, features, head, relation, and stanza's
    entity spans as candidates for the entity layer. A multi-word token (*du*, *au*,
    *aux*, *des*) is one geotext token with several words.

    :meth:`parse_many` hands stanza all the blocks of many texts in one bulk call;
    :meth:`Pipeline.pipe <geotext.Pipeline.pipe>` uses it for each batch. Calls to ``nlp``
    are serialised by a lock, so one parser serves many threads. A parser made by
    :meth:`from_dir` pickles as its folder and settings, and reloads the models where it is
    unpickled (in :meth:`Pipeline.pipe <geotext.Pipeline.pipe>` worker processes, for
    instance).

    Making one without stanza installed raises :class:`ImportError` naming the
    ``[stanza]`` extra.
    """

    nlp: Any
    """The ``stanza.Pipeline`` (or any object with its ``bulk_process``)."""
    start_method: ClassVar[str] = "spawn"
    """How :meth:`Pipeline.pipe <geotext.Pipeline.pipe>` starts worker processes: torch's
    thread pools do not survive ``fork``, so workers start fresh and reload the models."""
    _source: tuple[str, str, str, dict[str, Any]] | None = attrs.field(
        default=None, init=False, eq=False, hash=False
    )
    _lock: Any = attrs.field(factory=threading.Lock, init=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        _require_stanza()

    @classmethod
    def from_dir(
        cls,
        path: str | os.PathLike[str],
        processors: str = PROCESSORS,
        *,
        lang: str = "fr",
        **kwargs: Any,
    ) -> StanzaParser:
        """A parser over a ``stanza.Pipeline`` built from the models in ``path``, offline.

        ``path`` is the folder given to ``stanza.download(lang, model_dir=path)`` (it holds
        ``resources.json``), or its ``lang`` subfolder, or a flat folder of trained models
        (``tokenize.pt``, ``mwt.pt``, ``pos.pt``, ``lemma.pt``, ``depparse.pt``, ``ner.pt``,
        ``pretrain.pt``). ``processors`` is stanza's comma-separated list; other keyword
        arguments go to ``stanza.Pipeline`` (``use_gpu=False``, ``tokenize_batch_size=...``).
        Nothing is ever downloaded: ``download_method`` is always ``None``.
        """
        stanza = _require_stanza()
        settings = _pipeline_kwargs(path, processors, lang, kwargs)
        parser = cls(stanza.Pipeline(**settings))
        source = (str(Path(path).expanduser().resolve()), processors, lang, dict(kwargs))
        object.__setattr__(parser, "_source", source)
        return parser

    def __repr__(self) -> str:
        names = ",".join(getattr(self.nlp, "processors", None) or ())
        return f"StanzaParser({names or type(self.nlp).__name__})"

    def __reduce__(self) -> tuple[Any, ...]:
        if self._source is None:
            raise TypeError(
                "a StanzaParser around a stanza.Pipeline you built does not pickle: make it "
                "with StanzaParser.from_dir(folder, ...) to send it to worker processes "
                "(pipe(n_process=...), Dask, Spark)"
            )
        return (_rebuild, self._source)

    def parse(self, text: NormalisedText) -> Structure:
        """The blocks, stanza's sentences and tokens, and the syntax of ``text.text``."""
        return self.parse_many([text])[0]

    def parse_many(self, texts: Sequence[NormalisedText]) -> list[Structure]:
        """The structures of ``texts``, in order, from one bulk call to stanza."""
        plans = [find_blocks(t.text) for t in texts]
        pieces = [t.text[a:b] for t, plan in zip(texts, plans, strict=True) for _, a, b in plan]
        processed: list[Any] = []
        if pieces:
            with self._lock:
                bulk = getattr(self.nlp, "bulk_process", None)
                processed = list(bulk(pieces) if bulk else [self.nlp(p) for p in pieces])
        if len(processed) != len(pieces):
            raise RuntimeError(f"stanza returned {len(processed)} documents for {len(pieces)}")
        results = []
        position = 0
        for text, plan in zip(texts, plans, strict=True):
            docs = processed[position : position + len(plan)]
            results.append(_structure(text.text, plan, docs))
            position += len(plan)
        return results


# -- conversion ------------------------------------------------------------------------------


def _kind_of(token: str) -> int:
    """The kind code of a token the rule tokeniser split otherwise, from its shape alone."""
    alone = tokenise(token).table
    if len(alone) == 1 and alone.starts[0] == 0 and alone.ends[0] == len(token):
        return alone.kinds[0]
    if all(unicodedata.category(c).startswith("P") for c in token):
        return _KIND_CODES[TokenKind.PUNCT]
    if token[:1].isdigit():
        return _KIND_CODES[TokenKind.NUMBER]
    return _KIND_CODES[TokenKind.WORD]


def _offsets(token: Any, piece: str, cursor: int) -> tuple[int, int]:
    """Offsets of a stanza token in its block text, found by search where stanza gave none."""
    start, end = getattr(token, "start_char", None), getattr(token, "end_char", None)
    if start is None or end is None:
        start = piece.find(token.text, cursor)
        if start < 0:
            raise ValueError(f"stanza token {token.text!r} is not in its text after {cursor}")
        end = start + len(token.text)
    if not cursor <= start < end <= len(piece):
        raise ValueError(
            f"stanza token {token.text!r} at {start}:{end} is out of order or outside "
            f"its text of {len(piece)} characters (previous token ends at {cursor})"
        )
    return start, end


def _address_at(
    addresses: Sequence[tuple[int, int]], address_starts: Sequence[int], a: int, b: int
) -> tuple[int, int] | None:
    """The rule URL or e-mail token that overlaps ``[a, b)``, if any."""
    i = bisect_right(address_starts, b - 1) - 1
    if i >= 0 and addresses[i][1] > a:
        return addresses[i]
    return None


def _structure(
    body: str, plan: Sequence[tuple[BlockKind, int, int]], docs: Sequence[Any]
) -> Structure:
    """A :class:`Structure` from stanza documents, one per block of ``plan``."""
    rule = tokenise(body).table
    known = {(s, e): k for s, e, k in zip(rule.starts, rule.ends, rule.kinds, strict=True)}
    # URLs and e-mail addresses as the rule tokeniser finds them: stanza tokens inside one
    # (``exemple-actu`` + ``.fr``) become one token, so that the links layer sees it whole.
    addresses = [(s, e) for (s, e), k in known.items() if k in _ADDRESS_CODES]
    address_starts = [s for s, _ in addresses]
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    kinds = bytearray()
    w_token: array[int] = array("q")
    w_head: array[int] = array("q")
    w_text: list[str] = []
    w_lemma: list[str | None] = []
    w_upos: list[str | None] = []
    w_feats: list[str | None] = []
    w_deprel: list[str | None] = []
    entities: list[tuple[int, int, str]] = []
    blocks: list[BlockBounds] = []
    sentences: list[SentenceBounds] = []
    for (kind, b_start, b_end), doc in zip(plan, docs, strict=True):
        piece = body[b_start:b_end]
        first_sentence = len(sentences)
        cursor = 0
        for sentence in doc.sentences:
            token_start = len(starts)
            word_base = len(w_token)
            for token in sentence.tokens:
                a, b = _offsets(token, piece, cursor)
                cursor = b
                a, b = a + b_start, b + b_start
                address = _address_at(addresses, address_starts, a, b)
                if (
                    address is not None
                    and len(starts) > token_start
                    and ends[-1] > address[0]
                    and a < address[1]
                ):
                    index = len(starts) - 1  # the same address as the previous token
                    ends[index] = b
                    kinds.pop()
                else:
                    index = len(starts)
                    starts.append(a)
                    ends.append(b)
                code = known.get((starts[index], ends[index]))
                kinds.append(_kind_of(body[starts[index] : b]) if code is None else code)
                for word in token.words:
                    w_token.append(index)
                    w_text.append(word.text)
                    w_lemma.append(word.lemma)
                    w_upos.append(word.upos)
                    w_feats.append(word.feats)
                    # stanza numbers the words of a sentence from 1; 0 is the root
                    head = word.head
                    w_head.append(word_base + head - 1 if head else -1)
                    w_deprel.append(word.deprel)
            if len(starts) > token_start:
                sentences.append(
                    SentenceBounds(
                        starts[token_start], ends[-1], token_start, len(starts), len(blocks)
                    )
                )
        for entity in getattr(doc, "ents", None) or ():
            entities.append((entity.start_char + b_start, entity.end_char + b_start, entity.type))
        blocks.append(BlockBounds(kind, b_start, b_end, first_sentence, len(sentences)))
    table = TokenTable(starts, ends, bytes(kinds))
    syntax = Syntax(
        token=w_token,
        text=w_text,
        lemma=w_lemma,
        upos=w_upos,
        feats=w_feats,
        head=w_head,
        deprel=w_deprel,
        entities=[_whole_tokens(table, *entity) for entity in entities],
    )
    return Structure(tuple(blocks), tuple(sentences), table, syntax)


def _whole_tokens(table: TokenTable, start: int, end: int, label: str) -> tuple[int, int, str]:
    """An entity span widened to the tokens it touches (a URL stanza split is one token)."""
    first, last = table.index_at(start), table.index_at(end - 1)
    return (
        start if first is None else table.starts[first],
        end if last is None else table.ends[last],
        label,
    )
