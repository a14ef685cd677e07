"""Throughput, memory and import time of geotext, beside its peers; hostile inputs.

    python benchmarks/speed.py [--corpus DIR] [--repeat N] [--size-mb X]
                               [--skip-peers] [--skip-hostile]

The body is the corpus's ``text`` fields, cycled until it holds about ``--size-mb`` MB of
UTF-8. Throughput is best-of-``--repeat`` KB/s (1 KB = 1024 bytes of UTF-8) of:

* geotext's parser alone (``Pipeline(extractors=[])``, one call per document), on the body;
* geotext's default pipeline (``geotext.parse``, one call per document), on the body;
* geotext's parser alone on the whole body given as one text;
* spaCy's French tokenizer alone (``spacy.blank("fr").tokenizer``), on the body;
* spaCy's ``fr_core_news_md`` full pipeline (``nlp.pipe``), on a ``--spacy-kb`` slice;
* ``dateparser.search_dates`` (French, ``RELATIVE_BASE`` = the reference date), on a
  ``--dateparser-kb`` slice.

Then the stanza backend (``StanzaParser``) beside the rule parser, each in a fresh child
process on a ``--stanza-kb`` slice: chars/s of the parser alone and of the default layers
(``pipe``, which hands stanza whole batches), the load time and the peak resident memory. It
runs the repository's tiny test model, ``tests/fixtures/stanza-fr-tiny`` (labelled as such:
it shows the cost of stanza's code path, its labels are meaningless) and, when
``GEOTEXT_STANZA_DIR`` names a folder, that real model too; ``--skip-stanza`` leaves the
section out.

Then peak memory (tracemalloc, and the process's maxrss), the time of ``import geotext``
in a fresh interpreter, and hostile inputs: strings such as ``"a" * n`` or ``"«" * n`` at
``n`` and ``4 n`` characters through the parser alone, each in a child process under a
time limit, with the growth ratio ``time(4n) / time(n)`` (about 4 when linear).

Benchmarks only print: nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import re
import resource
import shlex
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable
from itertools import cycle, pairwise
from pathlib import Path
from typing import Any

import geotext

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
TINY_STANZA = REPO / "tests" / "fixtures" / "stanza-fr-tiny"

KB = 1024
MB = 1024 * 1024
NONLINEAR_RATIO = 6.0
"""A growth ratio time(4n) / time(n) above this is flagged: linear is about 4."""

Docs = list[tuple[str, str | None]]
"""(text, reference_date) pairs."""

HOSTILE: dict[str, Callable[[int], str]] = {
    "'a' * n": lambda n: "a" * n,
    "'.' * n": lambda n: "." * n,
    "'1 ' * (n/2)": lambda n: "1 " * (n // 2),
    "'A' * n": lambda n: "A" * n,
    "'de la ' * (n/6)": lambda n: "de la " * (n // 6),
    "'«' * n": lambda n: "«" * n,
    '"\'" * n': lambda n: "'" * n,
    "'-' * n": lambda n: "-" * n,
    "'a.' * (n/2)": lambda n: "a." * (n // 2),
}
"""Pathological inputs, by the expression that builds them from a length ``n``."""

HOSTILE_EXTRA: dict[str, Callable[[int], str]] = {
    "'!' * n": lambda n: "!" * n,
    "'…' * n": lambda n: "…" * n,
    "'.a' * (n/2)": lambda n: ".a" * (n // 2),
    "'@' * n": lambda n: "@" * n,
    "'M. ' * (n/3)": lambda n: "M. " * (n // 3),
    "'x-' * (n/2)": lambda n: "x-" * (n // 2),
}
"""More inputs, run with ``--hostile-extra``."""


# -- helpers -------------------------------------------------------------------------------


def nbytes(texts: Iterable[str]) -> int:
    return sum(len(text.encode("utf-8")) for text in texts)


def load_docs(corpus: Path) -> Docs:
    """The (text, reference_date) of every JSON file of ``corpus`` that has a text."""
    docs = []
    for path in sorted(corpus.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(record.get("text"), str) and record["text"]:
            docs.append((record["text"], record.get("reference_date")))
    return docs


def first_bytes(docs: Docs, size: int) -> Docs:
    """Whole documents, cycled from the first, until they hold at least ``size`` bytes."""
    chosen: Docs = []
    total = 0
    for doc in cycle(docs):
        if total >= size:
            break
        chosen.append(doc)
        total += len(doc[0].encode("utf-8"))
    return chosen


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest of ``repeat`` timed runs, in seconds (a collection before each)."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        gc.collect()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _paused(extractor: Callable[[Any], object], doc: Any) -> object:
    """Run one extractor with the cycle collector paused, as ``Pipeline`` does per document."""
    gc.disable()
    try:
        return extractor(doc)
    finally:
        gc.enable()


def maxrss_mb() -> float:
    """The process's peak resident set size so far (``ru_maxrss``), in MB."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / MB if sys.platform == "darwin" else rss / KB


def peak_rss_mb() -> float:
    """This process's own peak resident set size, in MB: ``VmHWM`` where Linux gives it.

    ``ru_maxrss`` is not used in child processes: after fork and exec it starts from the
    parent's peak, which hides a child smaller than its parent.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / KB
    except OSError:
        pass
    return maxrss_mb()


class Row:
    """One throughput measurement."""

    def __init__(self, name: str, size: int, seconds: float, note: str = "") -> None:
        self.name = name
        self.size = size
        self.seconds = seconds
        self.note = note

    @property
    def rate(self) -> float:
        """KB per second."""
        return self.size / KB / self.seconds if self.seconds > 0 else float("inf")


def print_rows(rows: list[Row], reference: Row) -> None:
    """The throughput table; the last column is geotext's parser rate over the row's rate."""
    name_width = max(len(row.name) for row in rows)
    header = f"{'system':{name_width}}  {'input':>9}  {'best s':>8}  {'KB/s':>9}  parser/this"
    print(header)
    print("-" * len(header))
    for row in rows:
        ratio = reference.rate / row.rate
        print(
            f"{row.name:{name_width}}  {row.size / KB:6.0f} KB  {row.seconds:8.3f}  "
            f"{row.rate:9.0f}  {ratio:10.2f}x" + (f"  {row.note}" if row.note else "")
        )
    print("parser/this: geotext parser KB/s divided by that row's KB/s (> 1: the parser is faster)")


# -- throughput ------------------------------------------------------------------------------


def measure_geotext(body: Docs, repeat: int) -> list[Row]:
    parser_only = geotext.Pipeline(extractors=[], max_length=None)
    texts = [text for text, _ in body]
    size = nbytes(texts)
    parser_only(texts[0])
    geotext.parse(*body[0])  # build the default pipeline outside the timing

    def run_parser() -> None:
        for text in texts:
            parser_only(text)

    def run_default() -> None:
        for text, date in body:
            geotext.parse(text, date)

    whole = "\n\n".join(texts)
    return [
        Row("geotext parser (Pipeline(extractors=[]))", size, best_of(repeat, run_parser)),
        Row(
            f"geotext default pipeline (parse; {', '.join(geotext.Pipeline().layer_names)})",
            size,
            best_of(repeat, run_default),
        ),
        Row(
            "geotext parser, whole body as one text",
            len(whole.encode("utf-8")),
            best_of(repeat, lambda: parser_only(whole)),
        ),
    ]


def measure_peers(body: Docs, repeat: int, spacy_kb: float, dateparser_kb: float) -> list[Row]:
    rows: list[Row] = []
    texts = [text for text, _ in body]
    try:
        import spacy
    except ImportError:
        print("note: spaCy is not installed; spaCy rows skipped")
    else:
        blank = spacy.blank("fr")
        tokenizer = blank.tokenizer
        tokenizer(texts[0])

        def run_tokenizer() -> None:
            for text in texts:
                tokenizer(text)

        rows.append(
            Row(
                f"spaCy {spacy.__version__} French tokenizer (blank('fr'))",
                nbytes(texts),
                best_of(repeat, run_tokenizer),
            )
        )
        start = time.perf_counter()
        try:
            nlp = spacy.load("fr_core_news_md")
        except OSError:
            print("note: fr_core_news_md is not installed; its row is skipped")
        else:
            load = time.perf_counter() - start
            part = [text for text, _ in first_bytes(body, int(spacy_kb * KB))]
            list(nlp.pipe(part[:1]))
            rows.append(
                Row(
                    "spaCy fr_core_news_md full pipeline (nlp.pipe)",
                    nbytes(part),
                    best_of(repeat, lambda: list(nlp.pipe(part))),
                    f"load {load:.1f} s; {', '.join(nlp.pipe_names)}",
                )
            )
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        print("note: dateparser is not installed; its row is skipped")
    else:
        import datetime as dt

        part_docs = first_bytes(body, int(dateparser_kb * KB))
        calls = []
        for text, date in part_docs:
            settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
            if date:
                settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(str(date)[:10])
            calls.append((text, settings))
        search_dates(calls[0][0], languages=["fr"], settings=calls[0][1])

        def run_dateparser() -> None:
            for text, settings in calls:
                search_dates(text, languages=["fr"], settings=settings)

        peer = best_of(repeat, run_dateparser)
        size = nbytes(text for text, _ in calls)
        rows.append(Row(f"dateparser {dateparser.__version__} search_dates (fr)", size, peer))
        # The bar: geotext's time extractor alone, on the same texts already parsed.
        from geotext.extractors.times import TimeExtractor

        parser_only = geotext.Pipeline(extractors=[])
        parsed = [parser_only(text, date) for text, date in part_docs]
        extractor = TimeExtractor()
        extractor(parsed[0])
        # A few milliseconds per run: more runs than the peers get, so the best is stable.
        ours = best_of(max(repeat, 20), lambda: [extractor(doc) for doc in parsed])
        rows.append(
            Row(
                "geotext times extractor alone, same texts",
                size,
                ours,
                f"{peer / ours:.0f}x the speed of search_dates",
            )
        )
    return rows


# -- the stanza backend ----------------------------------------------------------------------


def current_rss_mb() -> float:
    """This process's resident set size now (``VmRSS``), in MB; 0 where Linux does not say."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / KB
    except OSError:
        pass
    return 0.0


def _backend_child(folder: str | None, texts: list[str], repeat: int, conn: Any) -> None:
    """Time one parser (the rule parser when ``folder`` is None) in this fresh process."""
    try:
        out: dict[str, Any] = {"rss_start": current_rss_mb()}
        start = time.perf_counter()
        if folder is None:
            parser: Any = geotext.RuleParser()
        else:
            import stanza  # noqa: F401  (timed apart from the model load)

            out["import_s"] = time.perf_counter() - start
            start = time.perf_counter()
            parser = geotext.StanzaParser.from_dir(folder, use_gpu=False, logging_level="ERROR")
        out["load_s"] = time.perf_counter() - start
        alone = geotext.Pipeline(parser=parser, extractors=[], max_length=None)
        full = geotext.Pipeline(parser=parser, max_length=None)
        list(full.pipe(texts[:1]))
        out["rss_loaded"] = current_rss_mb()
        out["parser_s"] = best_of(repeat, lambda: list(alone.pipe(texts)))
        out["default_s"] = best_of(repeat, lambda: list(full.pipe(texts)))
        out["one_by_one_s"] = best_of(1, lambda: [alone(text) for text in texts])
        out["peak_rss"] = peak_rss_mb()
        conn.send(out)
    except Exception as error:  # reported, not raised: the other rows still run
        conn.send({"error": f"{type(error).__name__}: {error}"})


def run_backend(folder: str | None, texts: list[str], repeat: int) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_backend_child, args=(folder, texts, repeat, send))
    child.start()
    result: dict[str, Any] = receive.recv() if receive.poll(1800) else {"error": "timed out"}
    child.join(10)
    if child.is_alive():
        child.kill()
    return result


def stanza_section(body: Docs, repeat: int, stanza_kb: float) -> None:
    texts = [text for text, _ in first_bytes(body, int(stanza_kb * KB))]
    chars = sum(len(text) for text in texts)
    print(
        f"stanza backend beside the rule parser ({len(texts)} documents, {chars:,} characters, "
        f"{nbytes(texts) / KB:.0f} KB; each parser in a fresh process; pipe, batches of 64):"
    )
    try:
        import stanza
    except ImportError:
        print("  stanza is not installed (pip install '.[stanza]'); section skipped")
        return
    models: list[tuple[str, str | None]] = [("RuleParser (the default)", None)]
    if TINY_STANZA.is_dir():
        models.append(
            ("StanzaParser, TINY TEST MODEL stanza-fr-tiny (speed only)", str(TINY_STANZA))
        )
    else:
        print(f"  note: {TINY_STANZA} not found; the tiny-model row is skipped")
    real = os.environ.get("GEOTEXT_STANZA_DIR")
    if real:
        models.append((f"StanzaParser, GEOTEXT_STANZA_DIR={Path(real).name}", real))
    else:
        print("  note: set GEOTEXT_STANZA_DIR to a real French stanza model folder to add its row")
    print(
        "  load average before: {:.2f} {:.2f} {:.2f} (on {} cores; other work skews these rows, "
        "torch's threads most)".format(*os.getloadavg(), os.cpu_count())
    )
    header = (
        f"{'parser':58}  {'chars/s':>9}  {'KB/s':>7}  {'+layers chars/s':>15}  "
        f"{'one by one':>10}  {'load s':>6}  {'RSS loaded':>10}  {'peak RSS':>8}"
    )
    print(header)
    print("-" * len(header))
    for name, folder in models:
        result = run_backend(folder, texts, repeat)
        if "error" in result:
            print(f"{name:58}  failed: {result['error']}")
            continue
        load = result["load_s"] + result.get("import_s", 0.0)
        print(
            f"{name:58}  {chars / result['parser_s']:9.0f}  "
            f"{nbytes(texts) / KB / result['parser_s']:7.1f}  "
            f"{chars / result['default_s']:15.0f}  {chars / result['one_by_one_s']:10.0f}  "
            f"{load:6.1f}  {result['rss_loaded']:7.0f} MB  {result['peak_rss']:5.0f} MB"
        )
    print("  load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(
        f"  stanza {stanza.__version__}; chars/s: parser alone through pipe; +layers: the "
        "default extractors too; one by one: the parser alone, one call per text; load: "
        "import stanza and build the pipeline; RSS: resident memory of the process"
    )


# -- memory and import time ----------------------------------------------------------------------


def traced_peak(run: Callable[[], object]) -> float:
    """The tracemalloc peak of ``run()``, in MB."""
    gc.collect()
    tracemalloc.start()
    try:
        run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / MB


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


IMPORTTIME = re.compile(r"import time:\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\S.*)$")


def import_times(runs: int = 5) -> dict[str, Any]:
    """Median wall time of ``import geotext`` less a bare interpreter, and -X importtime's."""
    python = sys.executable
    bare = [wall([python, "-c", "pass"]) for _ in range(runs)]
    full = [wall([python, "-c", "import geotext"]) for _ in range(runs)]
    cumulative = []
    for _ in range(runs):
        done = subprocess.run(
            [python, "-X", "importtime", "-c", "import geotext"],
            check=True,
            capture_output=True,
            text=True,
        )
        for line in done.stderr.splitlines():
            match = IMPORTTIME.match(line)
            if match and match.group(3).strip() == "geotext":
                cumulative.append(int(match.group(2)) / 1e6)
    probe = (
        "import sys, geotext; "
        "print(','.join(m for m in ('dateparser', 'spacy', 'stanza', 'regex', 'cattrs') "
        "if m in sys.modules))"
    )
    loaded = subprocess.run(
        [python, "-c", probe], check=True, capture_output=True, text=True
    ).stdout.strip()
    return {
        "bare": statistics.median(bare),
        "with_geotext": statistics.median(full),
        "difference": statistics.median(full) - statistics.median(bare),
        "importtime": statistics.median(cumulative) if cumulative else None,
        "loaded": loaded,
    }


# -- hostile inputs --------------------------------------------------------------------------


def _hostile_child(name: str, n: int, repeat: int, conn: Any) -> None:
    """Build input ``name`` of length ``n``, parse it with the parser alone, send the result."""
    try:
        text = {**HOSTILE, **HOSTILE_EXTRA}[name](n)
        pipeline = geotext.Pipeline(extractors=[], max_length=None)
        pipeline("amorce.")
        rss_before = peak_rss_mb()
        best = float("inf")
        doc = None
        for _ in range(max(1, repeat)):
            doc = None
            gc.collect()
            start = time.perf_counter()
            doc = pipeline(text)
            best = min(best, time.perf_counter() - start)
            if best > 2.0:  # long runs are steady enough: one is plenty
                break
        assert doc is not None
        conn.send(
            {
                "seconds": best,
                "bytes": len(text.encode("utf-8")),
                "tokens": len(doc.token_table),
                "sentences": len(doc.sentences),
                "rss": peak_rss_mb() - rss_before,
            }
        )
    except BaseException as error:  # report everything, MemoryError and RecursionError too
        message = str(error)[:120]
        conn.send({"error": type(error).__name__ + (f": {message}" if message else "")})
    finally:
        conn.close()


def run_hostile(name: str, n: int, repeat: int, timeout: float) -> dict[str, Any]:
    """One hostile parse in a child process; ``{"timeout": s}`` when it runs past ``timeout``."""
    # spawn: a fresh interpreter, free of the peers' threads and memory (fork could inherit both)
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_hostile_child, args=(name, n, repeat, send), daemon=True)
    start = time.perf_counter()
    child.start()
    send.close()
    result: dict[str, Any]
    if receive.poll(timeout):
        try:
            result = receive.recv()
        except EOFError:
            result = {"error": f"child died (exit code {child.exitcode})"}
    else:
        result = {"timeout": time.perf_counter() - start}
    child.join(1.0)
    if child.is_alive():
        child.terminate()
        child.join()
    if "error" in result and child.exitcode not in (0, None):
        result["error"] += f" (exit code {child.exitcode})"
    return result


LADDER_STEPS = 3
"""Sizes n/4**3, n/4**2, n/4 are run before n and 4n: the growth of every step is shown, and
a size whose predicted time is past the limit is skipped rather than waited for."""


def ladder(name: str, n: int, repeat: int, timeout: float) -> list[tuple[int, dict[str, Any]]]:
    """(size, result) from n / 4**LADDER_STEPS up to 4n, each size four times the last.

    A result holds ``seconds`` (and ``bytes``, ``tokens``, ``sentences``, ``rss``), or
    ``timeout``, ``error``, or ``skipped`` (the predicted seconds, from the last growth).
    """
    sizes = [max(1, n // 4**k) for k in range(LADDER_STEPS, 0, -1)] + [n, 4 * n]
    results: list[tuple[int, dict[str, Any]]] = []
    last: float | None = None
    growth = 4.0
    for size in sizes:
        if last is not None and last * max(growth, 4.0) > timeout:
            last *= max(growth, 4.0)
            results.append((size, {"skipped": last}))
            continue
        result = run_hostile(name, size, repeat, timeout)
        results.append((size, result))
        if "seconds" not in result:
            break
        if last is not None and last > 0:
            growth = result["seconds"] / last
        last = result["seconds"]
    return results


def _growths(results: list[tuple[int, dict[str, Any]]]) -> list[float]:
    """time(4m) / time(m) for each pair of consecutive measured sizes."""
    out = []
    for (_, a), (_, b) in pairwise(results):
        if "seconds" in a and "seconds" in b and a["seconds"] > 0:
            out.append(b["seconds"] / a["seconds"])
    return out


def hostile(size_mb: float, repeat: int, timeout: float, extra: bool) -> None:
    n = int(size_mb * MB)
    inputs = [*HOSTILE, *(HOSTILE_EXTRA if extra else ())]
    print(
        f"hostile inputs: parser alone (Pipeline(extractors=[])), n = {n:,} and 4n = {4 * n:,}"
        f" characters (each after n/64, n/16, n/4), one child process per parse, limit"
        f" {timeout:g} s"
    )
    header = (
        f"{'input':18}  {'KB/s @ n':>9}  {'s @ n':>7}  {'KB/s @ 4n':>9}  {'s @ 4n':>7}  "
        f"{'4n/n':>5}  {'growth per x4 step':>23}  {'tokens @ 4n':>11}  {'+rss MB':>7}"
    )
    print(header)
    print("-" * len(header))
    flagged = []
    for name in inputs:
        results = ladder(name, n, repeat, timeout)
        by_size = dict(results)
        small, large = by_size.get(n, {}), by_size.get(4 * n, {})
        growths = _growths(results)
        cells = []
        for result in (small, large):
            if "seconds" in result:
                cells += [f"{result['bytes'] / KB / result['seconds']:9.0f}"]
                cells += [f"{result['seconds']:7.3f}"]
            elif "skipped" in result:
                cells += [f"{'-':>9}", f"~{result['skipped']:6.3g}"]
            else:
                cells += [f"{'-':>9}", f"{'-':>7}"]
        ratio = (
            large["seconds"] / small["seconds"]
            if "seconds" in large and "seconds" in small
            else None
        )
        cells.append(f"{ratio:5.2f}" if ratio is not None else f"{'-':>5}")
        cells.append(f"{' '.join(f'{g:.1f}' for g in growths):>23}")
        if "seconds" in large:
            cells += [f"{large['tokens']:11,}", f"{large['rss']:7.0f}"]
        else:
            cells += [f"{'':11}", f"{'':7}"]
        verdict = ""
        worst = ratio if ratio is not None else (growths[-1] if growths else None)
        failed = [(size, r) for size, r in results if "timeout" in r or "error" in r]
        if failed:
            size, result = failed[0]
            what = f"ERROR {result['error']}" if "error" in result else "TIMEOUT"
            verdict = f"{what} at {size:,} characters"
        elif worst is not None and worst > NONLINEAR_RATIO:
            verdict = f"NONLINEAR ({worst:.1f})"
        elif any("skipped" in r for _, r in results):
            verdict = "SLOW (sizes skipped)"
        if verdict:
            flagged.append(f"{name}: {verdict}")
        print(f"{name:18}  " + "  ".join(cells) + (f"  {verdict}" if verdict else ""))
    print(
        f"4n/n: time(4n) / time(n), about 4 when linear, above {NONLINEAR_RATIO:g} flagged;"
        " growth: the same ratio at n/64 -> n/16 -> n/4 -> n -> 4n (small sizes are noisy);"
        " ~s: predicted (skipped); +rss MB: growth of the child's peak RSS (VmHWM) at 4n;"
        " KB = 1024 bytes of UTF-8"
    )
    print("flagged: " + ("; ".join(flagged) if flagged else "none"))


# -- one long text -------------------------------------------------------------------------------


def long_text_growth(body: Docs, repeat: int, small_kb: float = 64) -> None:
    """Each layer alone on one text of ``small_kb`` KB and on one 16 times as long.

    A layer that looks back over every earlier sentence grows with the square of the text; a
    linear one takes about 16 times as long (the bar is 18).
    """
    whole = "\n\n".join(text for text, _ in body)
    size = int(small_kb * KB)
    # Both cut from the corpus cycled as often as needed: a corpus shorter than ``small_kb``
    # would otherwise give a short text shorter than asked, and a growth too high.
    cycled = whole * (16 * size // max(len(whole), 1) + 1)
    short, long = cycled[:size], cycled[: 16 * size]
    default = geotext.Pipeline(max_length=None)
    # Every layer read from a document that already holds the layers it requires.
    docs = [default(text, body[0][1]) for text in (short, long)]
    print(
        f"one text of {small_kb:.0f} KB and one 16 times as long, each layer alone (best of "
        f"{repeat}); a linear layer grows about 16x, the bar is 18x:"
    )
    header = f"  {'layer':12} {'short s':>9} {'long s':>9} {'growth':>8}"
    print(header)
    print("  " + "-" * (len(header) - 2))
    for extractor in default.extractors:
        # As the pipeline runs them: with the cycle collector paused during the document.
        times = [best_of(repeat, lambda d=d, x=extractor: _paused(x, d)) for d in docs]
        growth = times[1] / max(times[0], 1e-9)
        flag = "  <- above 18x" if growth > 18 else ""
        print(f"  {extractor.name:12} {times[0]:9.3f} {times[1]:9.3f} {growth:7.1f}x{flag}")
    full = [best_of(repeat, lambda t=t: default(t, body[0][1])) for t in (short, long)]
    print(f"  {'all layers':12} {full[0]:9.3f} {full[1]:9.3f} {full[1] / full[0]:7.1f}x")


# -- main ----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="folder of JSON documents with a text (default: <repo>/../shared/corpus/dev)",
    )
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument("--size-mb", type=float, default=1.0, help="size of the body (default 1)")
    ap.add_argument("--spacy-kb", type=float, default=100, help="slice for fr_core_news_md")
    ap.add_argument("--dateparser-kb", type=float, default=20, help="slice for dateparser")
    ap.add_argument("--skip-peers", action="store_true", help="measure geotext only")
    ap.add_argument("--skip-hostile", action="store_true", help="leave out hostile inputs")
    ap.add_argument("--skip-stanza", action="store_true", help="leave out the stanza backend")
    ap.add_argument(
        "--stanza-kb", type=float, default=20, help="slice for the stanza backend (default 20)"
    )
    ap.add_argument(
        "--hostile-mb",
        type=float,
        default=1.25,
        help="n of the hostile inputs, in millions of characters (MiB); 4n is also run "
        "(default 1.25, so 5 at 4n)",
    )
    ap.add_argument(
        "--hostile-timeout", type=float, default=60, help="seconds allowed per hostile parse"
    )
    ap.add_argument(
        "--hostile-extra", action="store_true", help="also run more hostile inputs ('!' * n...)"
    )
    args = ap.parse_args(argv)

    started = time.perf_counter()
    print("$ " + shlex.join(sys.orig_argv))
    docs = load_docs(args.corpus)
    if not docs:
        print(f"no JSON document with a text in {args.corpus}", file=sys.stderr)
        return 2
    body = first_bytes(docs, int(args.size_mb * MB))
    print(
        f"python {sys.version.split()[0]}, geotext {geotext.__version__}; corpus {args.corpus}: "
        f"{len(docs)} documents ({nbytes(t for t, _ in docs) / KB:.1f} KB), cycled to "
        f"{len(body)} documents, {nbytes(t for t, _ in body) / KB:.0f} KB; best of {args.repeat}"
    )
    print()

    rows = measure_geotext(body, args.repeat)
    rss_geotext = maxrss_mb()
    if not args.skip_peers:
        rows += measure_peers(body, args.repeat, args.spacy_kb, args.dateparser_kb)
    print_rows(rows, rows[0])
    print()

    whole = "\n\n".join(text for text, _ in body)
    size = len(whole.encode("utf-8")) / MB
    parser_only = geotext.Pipeline(extractors=[], max_length=None)
    default = geotext.Pipeline(max_length=None)
    peak_parser = traced_peak(lambda: parser_only(whole))
    peak_default = traced_peak(lambda: default(whole, body[0][1]))
    print(f"memory, whole body as one text ({size:.2f} MB):")
    print(
        f"  tracemalloc peak: parser alone {peak_parser:.1f} MB ({peak_parser / size:.0f}x the "
        f"text), default pipeline {peak_default:.1f} MB ({peak_default / size:.0f}x)"
    )
    peers = " (spaCy, dateparser loaded)" if not args.skip_peers else ""
    print(
        f"  maxrss: {rss_geotext:.0f} MB after the geotext rows, "
        f"{maxrss_mb():.0f} MB at the end{peers}"
    )
    print()

    long_text_growth(body, args.repeat)
    print()

    if not args.skip_stanza:
        stanza_section(body, args.repeat, args.stanza_kb)
        print()

    times = import_times()
    importtime = times["importtime"]
    print(
        f"import geotext (fresh interpreter, median of 5): "
        f"{times['difference'] * 1000:.0f} ms over a bare interpreter "
        f"({times['with_geotext'] * 1000:.0f} ms vs {times['bare'] * 1000:.0f} ms); "
        + (f"-X importtime cumulative {importtime * 1000:.0f} ms" if importtime else "")
    )
    print(
        "  of dateparser, spacy, stanza, regex, cattrs, import geotext loads: "
        + (times["loaded"] or "none")
    )

    if not args.skip_hostile:
        print()
        hostile(args.hostile_mb, args.repeat, args.hostile_timeout, args.hostile_extra)
    print()
    print(f"total {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
