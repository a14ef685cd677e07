"""Parse a folder of French news texts on a Dask cluster and write their annotations as records.

    pip install 'geotext-fr[dask]'        # dask[bag] and distributed (pyarrow for Parquet)
    python examples/dask_corpus.py articles/ out/ --reference-date 2024-03-08
    python examples/dask_corpus.py articles/ out/ --scheduler tcp://10.0.0.5:8786 --parquet

The flow: the paths of the ``*.txt`` files -> a ``dask.bag`` of ``(id, text, reference_date)``
-> ``parse_bag``: one ``geotext.Pipeline`` per worker process, built on the first partition it
parses and kept -> ``(id, Document)`` -> ``records_bag``: ``geotext.to_records`` rows of every
layer -> JSON lines (``records-0.jsonl``...), and Parquet files per layer with ``--parquet``
when pyarrow is installed. The files are read on the workers: on a real cluster the folder
must be on a file system they share.

Workers unpickle the functions of this module by reference: ``run`` sends them this file
with ``Client.upload_file``; a module of your own does the same, or is installed on them.
"""

from __future__ import annotations

import argparse
import json
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import dask
import dask.bag as db

import geotext

#: The pipelines of this process, by the factory that built them: one per worker process.
_PIPELINES: dict[Callable[[], geotext.Pipeline], geotext.Pipeline] = {}
_LOCK = threading.Lock()


def worker_pipeline(make_pipeline: Callable[[], geotext.Pipeline] = geotext.Pipeline):
    """The pipeline ``make_pipeline()`` builds, built once in each process and then reused."""
    with _LOCK:
        if make_pipeline not in _PIPELINES:
            _PIPELINES[make_pipeline] = make_pipeline()
        return _PIPELINES[make_pipeline]


def _parse_partition(items: Iterable[tuple[Any, str, Any]], make_pipeline) -> list:
    pipeline = worker_pipeline(make_pipeline)
    return [(doc_id, pipeline(text, reference_date=date)) for doc_id, text, date in items]


def parse_bag(items: db.Bag, make_pipeline=geotext.Pipeline) -> db.Bag:
    """A bag of ``(id, text, reference_date)`` -> a bag of ``(id, Document)``, in order.

    ``make_pipeline`` is a picklable callable (a class or a top-level function) that builds
    the pipeline; each worker process calls it once.
    """
    return items.map_partitions(_parse_partition, make_pipeline)


def _records_partition(docs: Iterable[tuple[Any, geotext.Document]]) -> list[dict[str, Any]]:
    rows = []
    for doc_id, doc in docs:
        for layer in doc.layers:
            rows.extend(geotext.to_records([(doc_id, doc)], layer))
    return rows


def records_bag(docs: db.Bag) -> db.Bag:
    """A bag of ``(id, Document)`` -> a bag of ``geotext.to_records`` rows, every layer."""
    return docs.map_partitions(_records_partition)


def _read(path: str, root: str, reference_date: str | None) -> tuple[str, str, str | None]:
    doc_id = Path(path).relative_to(root).with_suffix("").as_posix()
    return doc_id, Path(path).read_text(encoding="utf-8"), reference_date


def read_folder(
    folder: str | Path, reference_date: str | None = None, npartitions: int | None = None
) -> db.Bag:
    """The ``*.txt`` files under ``folder`` as a bag of ``(id, text, reference_date)``.

    A document's id is its path under ``folder`` without ``.txt``; the files are read by the
    workers.
    """
    root = Path(folder)
    paths = sorted(str(p) for p in root.rglob("*.txt"))
    bag = db.from_sequence(paths, npartitions=npartitions or min(len(paths), 64) or 1)
    return bag.map(_read, str(root), reference_date)


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


def _write_parquet(rows: list[dict[str, Any]], out: str, part: int) -> int:
    import pandas

    by_layer: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_layer.setdefault(row["layer"], []).append({k: _flat(v) for k, v in row.items()})
    for layer, layer_rows in by_layer.items():
        folder = Path(out) / f"layer={layer}"
        folder.mkdir(parents=True, exist_ok=True)
        frame = pandas.DataFrame.from_records(layer_rows)
        frame["doc_id"] = frame["doc_id"].astype(str)
        frame.to_parquet(folder / f"part-{part:05d}.parquet", index=False)
    return len(rows)


def read_parquet(out: str | Path, layer: str) -> Any:
    """The Parquet rows of ``layer`` that ``write_records`` wrote under ``out``, as a DataFrame.

    Each partition's file has the column types of its own rows (a column with no value there
    is typed null), so the parts are concatenated with permissive type promotion.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    parts = sorted((Path(out) / "parquet" / f"layer={layer}").glob("part-*.parquet"))
    tables = [pq.read_table(path) for path in parts]
    return pa.concat_tables(tables, promote_options="permissive").to_pandas()


def write_records(records: db.Bag, out: str | Path, parquet: bool = False) -> None:
    """Write ``records`` as JSON lines under ``out`` (and as Parquet, one folder per layer).

    Parquet values that are lists or dicts (mentions, speakers...) are written as JSON text.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    lines = records.map(json.dumps, ensure_ascii=False)
    tasks = [lines.to_textfiles(str(out / "records-*.jsonl"), compute=False)]
    if parquet:
        writes = [
            dask.delayed(_write_parquet)(part, str(out / "parquet"), i)
            for i, part in enumerate(records.to_delayed())
        ]
        tasks.append(writes)
    dask.compute(*tasks)


def run(
    folder: str | Path,
    out: str | Path,
    *,
    reference_date: str | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    parquet: bool = False,
) -> None:
    """Parse the ``*.txt`` files of ``folder`` on a cluster and write their records to ``out``.

    ``scheduler`` is the address of a running Dask scheduler; without it a
    ``LocalCluster`` of ``workers`` processes is started and closed.
    """
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, processes=True, threads_per_worker=1)
        scheduler = cluster.scheduler_address
    try:
        with Client(scheduler) as client:
            client.upload_file(__file__)
            docs = parse_bag(read_folder(folder, reference_date))
            write_records(records_bag(docs), out, parquet=parquet)
    finally:
        if cluster is not None:
            cluster.close()


def main(argv: list[str] | None = None) -> None:
    """The command line: ``dask_corpus.py FOLDER OUT [--reference-date D] [--scheduler A]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="folder of UTF-8 .txt articles (searched recursively)")
    parser.add_argument("out", help="folder for records-*.jsonl (and parquet/)")
    parser.add_argument("--reference-date", help="publication date of the texts, YYYY-MM-DD")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="local worker processes")
    parser.add_argument("--parquet", action="store_true", help="also write Parquet (pyarrow)")
    args = parser.parse_args(argv)
    if args.parquet:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            parser.error("--parquet needs pyarrow: pip install pyarrow")
    run(
        args.folder,
        args.out,
        reference_date=args.reference_date,
        scheduler=args.scheduler,
        workers=args.workers,
        parquet=args.parquet,
    )
    print(f"records written to {args.out}")


if __name__ == "__main__":
    # Run as a script, this file is __main__, whose functions cloudpickle sends by value (with
    # a fresh _PIPELINES each time): import it by name so they travel by reference instead.
    import dask_corpus

    dask_corpus.main()
