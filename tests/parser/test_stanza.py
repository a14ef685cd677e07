"""The stanza backend: structure, offsets, words and batches, on a real stanza pipeline.

The pipeline is the repository's tiny French test model, ``tests/fixtures/stanza-fr-tiny``
(trained by its ``build.py`` on sentences written for it), or the model folder named by
``GEOTEXT_STANZA_DIR``. Its labels are poor by design, so these tests check structure only:
offsets, multi-word tokens, heads, entity spans, layers. Exact cases use stanza ``Document``
objects built by hand.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

import geotext
from geotext import Pipeline, Span, Syntax, TokenKind, from_dict, to_dict
from geotext.normaliser import normalise
from geotext.parser import RuleParser, StanzaParser
from texts import items, texts

ROOT = Path(__file__).resolve().parents[2]
TINY = ROOT / "tests" / "fixtures" / "stanza-fr-tiny"

# Written for these tests; every normaliser step has something to change.
HOSTILE = [
    "Le\u00a0ministre du Niger est arrivé au Tchad\u202fmardi. « C\u2019est la fin », "
    "a-t-il dit\u2026 Les chefs des armées se sont vus aux Comores.",
    "\u201cNous partons\u201d, dit l\u2019envoyée de l\u2019ONU. Le cessez-le-feu "
    "tient\u00a0: 2\u00a0000 soldats quittent la ville.",
    "Mise à jour\n\nLe conse\u0301il a vote\u0301 la re\u0301solution au\u00adjourd'hui "
    "\u2013 la fin du blocus\u200b est proche. Voir exemple-actu.fr.",
    "Élections\n\n- Le parti du président gagne.\n- L\u2019opposition conteste les résultats "
    "au nord du pays.",
    "",
    "   \n\n  ",
]
MWT = "La fin des combats au nord du pays a été annoncée aux habitants."


def model_dir() -> Path:
    folder = Path(os.environ.get("GEOTEXT_STANZA_DIR") or TINY)
    assert folder.is_dir(), f"stanza model folder {folder} not found (GEOTEXT_STANZA_DIR)"
    return folder


@pytest.fixture(scope="module")
def parser() -> StanzaParser:
    pytest.importorskip("stanza", reason="stanza is not installed: pip install '.[stanza]'")
    return StanzaParser.from_dir(model_dir())


@pytest.fixture(scope="module")
def pipeline(parser: StanzaParser) -> Pipeline:
    return Pipeline(parser=parser)


def check_structure(doc: geotext.Document) -> None:
    """Every offset of ``doc`` equals its text, and its syntax is a forest of sentence trees."""
    text, norm = doc.text, doc.normalised
    table = doc.token_table
    syntax = doc.syntax
    assert isinstance(syntax, Syntax)
    for block in doc.blocks:
        assert text[block.span.start : block.span.end] == block.text
    for sentence in doc.sentences:
        assert text[sentence.span.start : sentence.span.end] == sentence.text
        assert sentence.token_start < sentence.token_end
        assert doc.blocks[sentence.block].span.contains(sentence.span)
    for token in doc.tokens:
        assert text[token.span.start : token.span.end] == token.text
        assert token.text.strip() == token.text != ""
        assert token.words, f"token {token.text!r} has no word"
        assert token.norm == norm.text[table.starts[token.i] : table.ends[token.i]]
    assert list(table.starts) == sorted(table.starts)
    assert all(a <= b for a, b in zip(table.ends, table.starts[1:], strict=False))
    assert len(syntax.token) == sum(len(t.words) for t in doc.tokens)
    for sentence in doc.sentences:
        words = range(
            syntax.words_of(sentence.token_start).start,
            syntax.words_of(sentence.token_end - 1).stop,
        )
        roots = [i for i in words if syntax.head[i] == -1]
        assert roots, f"sentence {sentence.text!r} has no root"
        for i in words:
            assert syntax.head[i] == -1 or syntax.head[i] in words
            assert syntax.head[i] != i
    for start, end, label in syntax.entities:
        assert 0 <= start < end <= len(norm.text) and label
        span = norm.span(start, end)
        assert doc.text_of(span).strip()
        # an entity covers whole tokens
        assert start in set(table.starts) and end in set(table.ends)


# -- without stanza ------------------------------------------------------------------------


def test_without_stanza_the_error_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "stanza", None)
    with pytest.raises(ImportError, match=r"pip install 'geotext-fr\[stanza\]'"):
        StanzaParser(object())
    with pytest.raises(ImportError, match=r"pip install 'geotext-fr\[stanza\]'"):
        StanzaParser.from_dir(tmp_path)


def test_importing_geotext_and_its_parser_loads_no_stanza():
    code = (
        "import sys, geotext, geotext.parser\n"
        "print([m for m in ('stanza', 'torch', 'geotext.parser.stanza') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert geotext.StanzaParser is geotext.parser.StanzaParser is StanzaParser


def test_syntax_rejects_what_cannot_be():
    with pytest.raises(ValueError, match="differ in length"):
        Syntax(token=[0, 1], text=["a"], lemma=[None], upos=[None], feats=[None], head=[-1])
    with pytest.raises(ValueError, match="not a word index"):
        Syntax(
            token=[0], text=["a"], lemma=[None], upos=[None], feats=[None], head=[3], deprel=[None]
        )
    with pytest.raises(ValueError, match="increasing"):
        Syntax(
            token=[1, 0],
            text=["a", "b"],
            lemma=[None] * 2,
            upos=[None] * 2,
            feats=[None] * 2,
            head=[-1, 0],
            deprel=[None] * 2,
        )
    doc = geotext.parse("Paix.")
    one = Syntax(
        token=[5], text=["a"], lemma=[None], upos=[None], feats=[None], head=[-1], deprel=[None]
    )
    with pytest.raises(ValueError, match="token 5"):
        type(doc)(doc.text, doc.normalised, token_table=doc.token_table, syntax=one)


def test_rule_documents_have_no_syntax_and_keep_their_dict_shape():
    doc = geotext.parse("Le chef du parti est arrivé.")
    assert doc.syntax is None and all(t.words == () for t in doc.tokens)
    assert "syntax" not in to_dict(doc)


# -- hand-built stanza documents -------------------------------------------------------------


def word(i, text, lemma, upos, head, deprel, start=None, end=None, ner="O", feats=None):
    entry = {"id": i, "text": text, "lemma": lemma, "upos": upos, "head": head, "deprel": deprel}
    if feats:
        entry["feats"] = feats
    if start is not None:
        entry.update(start_char=start, end_char=end, ner=ner)
    return entry


class HandBuilt:
    """A stand-in for ``stanza.Pipeline``: the documents of each block text, built by hand."""

    def __init__(self, documents):
        self.documents = documents
        self.calls: list[list[str]] = []

    def bulk_process(self, texts):
        self.calls.append(list(texts))
        return [self.documents[t] for t in texts]


def hand_built() -> dict:
    from stanza.models.common.doc import Document

    heading = "Paix au Mali"
    body = "Le chef du parti est parti. Voir exemple-actu.fr."
    return {
        heading: Document(
            [
                [
                    word(1, "Paix", "paix", "NOUN", 0, "root", 0, 4),
                    {"id": (2, 3), "text": "au", "start_char": 5, "end_char": 7, "ner": "O"},
                    word(2, "à", "à", "ADP", 4, "case"),
                    word(3, "le", "le", "DET", 4, "det"),
                    word(4, "Mali", "Mali", "PROPN", 1, "nmod", 8, 12, "S-LOC"),
                ]
            ],
            text=heading,
        ),
        body: Document(
            [
                [
                    word(1, "Le", "le", "DET", 2, "det", 0, 2),
                    word(2, "chef", "chef", "NOUN", 6, "nsubj", 3, 7),
                    {"id": (3, 4), "text": "du", "start_char": 8, "end_char": 10, "ner": "O"},
                    word(3, "de", "de", "ADP", 5, "case"),
                    word(4, "le", "le", "DET", 5, "det"),
                    word(5, "parti", "parti", "NOUN", 2, "nmod", 11, 16, "S-ORG"),
                    word(6, "parti", "partir", "VERB", 0, "root", 21, 26, feats="VerbForm=Part"),
                    word(7, ".", ".", "PUNCT", 6, "punct", 26, 27),
                ],
                [
                    word(1, "Voir", "voir", "VERB", 0, "root", 28, 32),
                    word(2, "exemple-actu", "exemple-actu", "PROPN", 1, "obj", 33, 45),
                    word(3, ".fr", ".fr", "PROPN", 2, "flat", 45, 48),
                    word(4, ".", ".", "PUNCT", 1, "punct", 48, 49),
                ],
            ],
            text=body,
        ),
    }


def test_hand_built_documents_convert_exactly():
    pytest.importorskip("stanza", reason="stanza is not installed")
    nlp = HandBuilt(hand_built())
    # Raw text: no-break spaces and a curly apostrophe-free heading; normalisation keeps lengths.
    raw = "Paix au\u00a0Mali\n\nLe chef du parti\u00a0est parti. Voir exemple-actu.fr."
    doc = Pipeline(parser=StanzaParser(nlp), extractors=["links"])(raw)
    assert nlp.calls == [["Paix au Mali", "Le chef du parti est parti. Voir exemple-actu.fr."]]
    assert [(b.kind.value, b.text) for b in doc.blocks] == [
        ("heading", "Paix au\u00a0Mali"),
        ("paragraph", "Le chef du parti\u00a0est parti. Voir exemple-actu.fr."),
    ]
    assert [s.text for s in doc.sentences] == [
        "Paix au\u00a0Mali",
        "Le chef du parti\u00a0est parti.",
        "Voir exemple-actu.fr.",
    ]
    tokens = doc.tokens
    assert [t.text for t in tokens] == [
        "Paix", "au", "Mali", "Le", "chef", "du", "parti", "parti", ".",
        "Voir", "exemple-actu.fr", ".",
    ]  # fmt: skip
    assert [t.span for t in tokens[:3]] == [Span(0, 4), Span(5, 7), Span(8, 12)]
    assert tokens[10].kind is TokenKind.URL and tokens[8].kind is TokenKind.PUNCT
    assert [(w.text, w.lemma, w.upos, w.deprel) for w in tokens[1].words] == [
        ("à", "à", "ADP", "case"),
        ("le", "le", "DET", "det"),
    ]
    assert [w.text for w in tokens[10].words] == ["exemple-actu", ".fr"]
    syntax = doc.syntax
    assert syntax is not None and len(syntax) == 15
    assert list(syntax.head) == [-1, 3, 3, 0, 5, 9, 8, 8, 5, -1, 9, -1, 11, 12, 11]
    assert syntax.word(9).feats == "VerbForm=Part" and syntax.word(9).lemma == "partir"
    assert list(syntax.words_of(1)) == [1, 2] and list(syntax.words_of(10)) == [12, 13]
    assert syntax.entities == ((8, 12, "LOC"), (25, 30, "ORG"))
    assert [doc.text_of(doc.normalised.span(a, b)) for a, b, _ in syntax.entities] == [
        "Mali",
        "parti",
    ]
    assert [link.text for link in doc.links] == ["exemple-actu.fr"]
    check_structure(doc)


def test_hand_built_offsets_map_back_through_length_changes():
    pytest.importorskip("stanza", reason="stanza is not installed")
    from stanza.models.common.doc import Document

    raw = "Le\u200b chef\u2026 du Mali\u00ad."
    norm = normalise(raw)
    assert norm.text == "Le chef... du Mali."
    built = Document(
        [
            [
                word(1, "Le", "le", "DET", 2, "det", 0, 2),
                word(2, "chef", "chef", "NOUN", 0, "root", 3, 7),
                word(3, "...", "...", "PUNCT", 2, "punct", 7, 10),
                {"id": (4, 5), "text": "du", "start_char": 11, "end_char": 13, "ner": "O"},
                word(4, "de", "de", "ADP", 6, "case"),
                word(5, "le", "le", "DET", 6, "det"),
                word(6, "Mali", "Mali", "PROPN", 2, "nmod", 14, 18, "S-LOC"),
                word(7, ".", ".", "PUNCT", 2, "punct", 18, 19),
            ]
        ],
        text=norm.text,
    )
    doc = Pipeline(parser=StanzaParser(HandBuilt({norm.text: built})), extractors=[])(raw)
    assert [t.text for t in doc.tokens] == ["Le", "chef", "\u2026", "du", "Mali", "."]
    assert [t.norm for t in doc.tokens] == ["Le", "chef", "...", "du", "Mali", "."]
    mali = doc.syntax.entities[0]
    assert doc.text_of(doc.normalised.span(mali[0], mali[1])) == "Mali"
    check_structure(doc)


# -- the real pipeline -----------------------------------------------------------------------


def test_multi_word_tokens_are_one_token_with_their_words(pipeline):
    doc = pipeline(MWT)
    check_structure(doc)
    expected = {"du": ["de", "le"], "au": ["à", "le"], "aux": ["à", "les"], "des": ["de", "les"]}
    found = {t.text: [w.text.lower() for w in t.words] for t in doc.tokens if t.text in expected}
    assert found == expected
    assert all(w.upos and w.lemma and w.deprel for t in doc.tokens for w in t.words)


def test_news_texts_keep_offsets_words_and_layers(pipeline):
    pairs = [(text, date) for _, text, date in items()]
    docs = list(pipeline.pipe(pairs))
    rule = list(Pipeline().pipe(pairs))
    assert sum(len(d.sentences) for d in docs) > 40
    for doc, plain in zip(docs, rule, strict=True):
        check_structure(doc)
        assert tuple(doc.layers) == tuple(plain.layers)
        for name in doc.layers:
            kinds = {type(a) for a in doc.layer(name)} | {type(a) for a in plain.layer(name)}
            assert len(kinds) <= 1, f"layer {name} mixes {kinds}"
        assert [b.span for b in doc.blocks] == [b.span for b in plain.blocks]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_texts_keep_exact_offsets(pipeline, text):
    doc = pipeline(text)
    check_structure(doc)
    if not text.strip():
        assert doc.tokens == () and doc.sentences == () and len(doc.syntax) == 0


def test_pipe_hands_stanza_whole_batches_and_equals_one_by_one(parser):
    calls = []

    class Counting:
        processors = parser.nlp.processors

        def bulk_process(self, texts):
            calls.append(len(texts))
            return parser.nlp.bulk_process(texts)

    pipeline = Pipeline(parser=StanzaParser(Counting()), extractors=["links", "times"])
    some = [*HOSTILE, MWT, *texts()[:5]]
    batched = list(pipeline.pipe(some, batch_size=5))
    assert len(calls) == 3  # 13 texts in batches of 5, one stanza call each
    calls.clear()
    single = [pipeline(t) for t in some]
    assert len(calls) == len([t for t in some if t.strip()])
    assert batched == single
    for doc in batched:
        check_structure(doc)


def test_pipe_with_errors_collected_still_batches(pipeline):
    out = list(pipeline.pipe(["Le chef du parti.", 3, "Paix au Mali."], errors="collect"))
    assert isinstance(out[1], geotext.PipeFailure) and out[1].error == "TypeError"
    assert out[0].syntax is not None and out[2].syntax is not None


def test_documents_round_trip_and_pickle_with_their_syntax(pipeline):
    doc = pipeline(HOSTILE[0], reference_date="2024-11-11")
    data = json.loads(json.dumps(to_dict(doc)))
    assert set(data["syntax"]) >= {"token", "lemma", "upos", "head", "deprel", "entities"}
    again = from_dict(data)
    assert again == doc and again.syntax == doc.syntax
    assert again.tokens == doc.tokens
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_parser_from_a_folder_pickles_as_its_folder(parser):
    copy = pickle.loads(pickle.dumps(parser))
    assert isinstance(copy, StanzaParser) and copy.nlp is not parser.nlp
    norm = normalise(MWT)
    assert copy.parse(norm) == parser.parse(norm)
    assert "tokenize" in repr(parser)


def test_worker_processes_reload_the_models_and_give_the_same_documents(pipeline):
    texts = [MWT, HOSTILE[0], "Paix aux Comores.", "Le chef du parti est parti."]
    pipeline = Pipeline(parser=pipeline.parser, extractors=["links", "times"])
    assert list(pipeline.pipe(texts, n_process=2, batch_size=2)) == [pipeline(t) for t in texts]


def test_a_parser_around_a_pipeline_you_built_says_why_it_does_not_pickle(parser):
    with pytest.raises(TypeError, match=r"StanzaParser\.from_dir"):
        pickle.dumps(StanzaParser(parser.nlp))


def test_same_blocks_as_the_rule_parser(parser):
    norm = normalise(HOSTILE[3])
    ours, rule = parser.parse(norm), RuleParser().parse(norm)
    assert [(b.kind, b.start, b.end) for b in ours.blocks] == [
        (b.kind, b.start, b.end) for b in rule.blocks
    ]


def test_from_dir_says_what_is_missing(tmp_path):
    pytest.importorskip("stanza", reason="stanza is not installed")
    with pytest.raises(FileNotFoundError, match=r"stanza\.download"):
        StanzaParser.from_dir(tmp_path / "absent")
    with pytest.raises(FileNotFoundError, match=r"resources\.json"):
        StanzaParser.from_dir(tmp_path)


# -- the fixture model -----------------------------------------------------------------------


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fixture_model_is_complete_and_small():
    names = ["tokenize", "mwt", "pos", "lemma", "depparse", "ner", "pretrain"]
    sizes = {name: (TINY / f"{name}.pt").stat().st_size for name in names}
    assert all(sizes.values()) and sum(sizes.values()) < 3_000_000, sizes
    assert json.loads((TINY / "resources.json").read_text(encoding="utf-8")) == {}
    # The checkpoints keep their training settings: paths there are relative, never a folder
    # of the machine that built them.
    for name in names:
        data = (TINY / f"{name}.pt").read_bytes()
        assert not re.search(rb"/(tmp|work|home|root|Users|var)/", data), name


def test_the_fixture_model_was_trained_on_the_data_beside_it():
    built = json.loads((TINY / "build.json").read_text(encoding="utf-8"))
    data = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted((TINY / "data").glob("fr_tiny.*"))
    }
    assert len(data) == 4
    assert built["data_sha256"] == data, "data/ changed: rebuild with build.py"


def test_the_fixture_data_is_what_its_generator_writes(tmp_path):
    _load(TINY / "make_data.py").main([str(tmp_path)])
    for path in sorted((TINY / "data").glob("fr_tiny.*")):
        assert (tmp_path / path.name).read_text("utf-8") == path.read_text("utf-8"), path.name
    conllu = (TINY / "data" / "fr_tiny.train.conllu").read_text("utf-8")
    assert conllu.count("# text = ") >= 400
    for fused in ("du", "des", "au", "aux"):
        assert conllu.count(f"\t{fused}\t_\t_\t_") >= 20, fused  # MWT range lines


def test_a_flat_folder_without_an_ner_model_runs_the_default_processors(tmp_path):
    pytest.importorskip("stanza", reason="stanza is not installed")
    import shutil

    folder = tmp_path / "treebank-only"
    shutil.copytree(TINY, folder)
    (folder / "ner.pt").unlink()
    parser = StanzaParser.from_dir(folder, logging_level="ERROR")
    assert "ner" not in repr(parser)
    doc = geotext.Pipeline(parser=parser)("Le ministre est arrivé à Paris.")
    assert doc.tokens
