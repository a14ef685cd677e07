"""Promises to the services that embed geotext: limits, threads, same output everywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import geotext
from geotext import Pipeline

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_texts_over_max_length_are_refused_with_a_way_out():
    pipeline = Pipeline(max_length=20)
    assert pipeline("Court texte.").text == "Court texte."
    with pytest.raises(ValueError, match=r"43 characters, more than .* max_length \(20\)"):
        pipeline("Un texte bien plus long que la limite fixée")
    assert Pipeline(max_length=None)("x" * 50).text == "x" * 50
    with pytest.raises(ValueError, match="max_length"):
        list(pipeline.pipe(["ok", "Un texte bien plus long que la limite fixée"]))


@pytest.mark.parametrize("bad", [0, -5, 2.5, "1000", True])
def test_max_length_must_be_a_positive_int(bad):
    with pytest.raises(ValueError, match="max_length must be a positive int or None"):
        Pipeline(max_length=bad)


def test_the_default_limit_is_a_million_characters():
    assert Pipeline().max_length == geotext._pipeline.DEFAULT_MAX_LENGTH == 1_000_000


def test_one_pipeline_shared_by_eight_threads_gives_the_serial_results():
    article = (EXAMPLES / "article_fr.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in article.splitlines() if p.strip()]
    texts = [*paragraphs, article] * 4
    pipeline = Pipeline()
    serial = [pipeline(text, "2024-03-08") for text in texts]
    with ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(lambda text: pipeline(text, "2024-03-08"), texts))
    assert threaded == serial


def test_same_output_in_another_process_with_another_hash_seed():
    code = (
        "import json, sys, geotext\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "print(json.dumps(geotext.to_dict(geotext.parse(text, '2024-03-08')), sort_keys=True))\n"
    )
    outputs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", code, str(EXAMPLES / "article_fr.txt")],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            encoding="utf-8",
        )
        outputs.append(json.loads(result.stdout))
    here = geotext.to_dict(
        geotext.parse((EXAMPLES / "article_fr.txt").read_text("utf-8"), "2024-03-08")
    )
    assert outputs[0] == outputs[1] == json.loads(json.dumps(here))


class OutOfRange:
    name = "outside"

    def __call__(self, doc):
        return [geotext.Mention(geotext.Span(0, len(doc.text) + 5), doc.text)]


class Misaligned:
    name = "misaligned"

    def __call__(self, doc):
        return [geotext.Mention(geotext.Span(0, 3), "autre chose")]


def test_custom_annotations_that_do_not_fit_the_text_are_rejected():
    with pytest.raises(
        geotext.ExtractorError,
        match=r"'outside' failed: AlignmentError: Mention 0:20 does not fit a text of 15",
    ):
        Pipeline(extractors=[OutOfRange()])("Texte de douze.")
    with pytest.raises(geotext.ExtractorError, match=r"says 'autre chose' but covers 'Tex'"):
        Pipeline(extractors=[Misaligned()])("Texte de douze.")
    # The pipeline is unharmed: the next document parses as usual.
    assert (
        Pipeline(extractors=["links"])("Voir exemple-actu.fr.").links[0].text == "exemple-actu.fr"
    )


def test_two_million_characters_are_refused_by_the_default_pipeline():
    with pytest.raises(ValueError, match="max_length"):
        geotext.parse("x" * 2_000_000)


def test_parsing_opens_no_socket_starts_no_process_and_writes_no_file(monkeypatch, tmp_path):
    import builtins
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError(f"geotext tried to reach outside: {args!r}")

    real_open = builtins.open

    def read_only_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            refuse(file, mode)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.chdir(tmp_path)
    text = (EXAMPLES / "article_fr.txt").read_bytes().decode("utf-8")
    doc = Pipeline()(text, "2024-03-08")
    assert doc.times and doc.casualties
    assert geotext.from_dict(geotext.to_dict(doc)) == doc
    assert list(tmp_path.iterdir()) == []


def test_lazy_data_loading_is_safe_under_threads():
    from geotext import data
    from geotext.extractors import counts, times
    from geotext.parser import tokens

    text = (EXAMPLES / "article_fr.txt").read_text(encoding="utf-8")
    expected = geotext.to_dict(Pipeline()(text, "2024-03-08"))
    for cached in (
        data.read_lines,
        data.read_table,
        tokens._patterns,
        counts._lexicon,
        counts._counts_of,
        times._lexicon,
    ):
        cached.cache_clear()
    pipeline = Pipeline()
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: geotext.to_dict(pipeline(text, "2024-03-08")), range(16)))
    assert all(result == expected for result in results)
