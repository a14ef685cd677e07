"""The Dask recipe (examples/dask_corpus.py) on a local cluster of two worker processes.

The documents are the tests' own (``tests/texts.py``): the example article and short articles.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import dask.bag as db
import dask.distributed as distributed
import pytest

import geotext
from texts import items

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
sys.path.insert(0, str(EXAMPLES))
import dask_corpus  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.upload_file(dask_corpus.__file__)
        yield client


def _serial(items):
    return [(doc_id, geotext.parse(text, reference_date=date)) for doc_id, text, date in items]


def test_the_cluster_gives_the_serial_documents(client):
    docs = items()
    bag = db.from_sequence(docs, npartitions=6)
    parsed = dask_corpus.parse_bag(bag).compute()
    assert [doc_id for doc_id, _ in parsed] == [doc_id for doc_id, _, _ in docs]
    expected = _serial(docs)
    assert len(parsed) == len(expected) == len(docs) == 9
    for (doc_id, doc), (_, serial) in zip(parsed, expected, strict=True):
        assert geotext.to_dict(doc) == geotext.to_dict(serial), doc_id
    # Each worker process built its pipeline once, and both worked.
    built = client.run(lambda: len(__import__("dask_corpus")._PIPELINES))
    assert sorted(built.values()) == [1, 1]


def test_main_writes_the_records_of_a_folder_as_json_lines(client, tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    for i, (doc_id, text, _) in enumerate(items()[:6]):
        where = folder / "sub" if i % 2 else folder
        (where / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    dask_corpus.main(
        [
            str(folder),
            str(out),
            "--reference-date",
            "2024-03-08",
            "--scheduler",
            client.scheduler.address,
        ]
    )
    rows = [
        json.loads(line)
        for path in sorted(out.glob("records-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    ids = sorted(p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.txt"))
    serial = [
        (i, geotext.parse((folder / f"{i}.txt").read_text("utf-8"), "2024-03-08")) for i in ids
    ]
    expected = [
        row
        for doc_id, doc in serial
        for layer in doc.layers
        for row in geotext.to_records([(doc_id, doc)], layer)
    ]
    assert rows == json.loads(json.dumps(expected))
    assert len(rows) > 50 and {row["layer"] for row in rows} >= {"entities", "quotes", "events"}
    assert {row["doc_id"] for row in rows} <= set(ids)
    assert any(row["doc_id"].startswith("sub/") for row in rows)


def test_parquet_files_per_layer_hold_the_same_rows(client, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for doc_id, text, _ in items()[:4]:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    address = client.scheduler.address
    dask_corpus.main([str(folder), str(out), "--scheduler", address, "--parquet"])
    lines = [json.loads(x) for p in out.glob("*.jsonl") for x in p.read_text("utf-8").splitlines()]
    assert len({row["layer"] for row in lines}) == 7
    for layer in {row["layer"] for row in lines}:
        frame = dask_corpus.read_parquet(out, layer)
        assert len(frame) == sum(row["layer"] == layer for row in lines)
        assert set(frame["doc_id"]) == {row["doc_id"] for row in lines if row["layer"] == layer}


def test_pipe_with_two_processes_equals_the_serial_run():
    pairs = [(text, date) for _, text, date in items()]
    pipeline = geotext.Pipeline()
    in_processes = list(pipeline.pipe(pairs, n_process=2, batch_size=4))
    serial = [geotext.parse(text, reference_date=date) for text, date in pairs]
    assert [geotext.to_dict(d) for d in in_processes] == [geotext.to_dict(d) for d in serial]
