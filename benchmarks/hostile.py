"""Hostile inputs for each extractor: time at n and 4n characters, and the growth.

    python benchmarks/hostile.py [--size-kb 256] [--pipe-docs 10000]

Each input is built to make a pattern backtrack (long runs of digits with spaces, capitals,
*de la de la*, quotes, apostrophes, hyphens, dots) or to stress a layer (runs of weekdays,
dates, tolls, relative spans). The parser runs once per input and size; each extractor is
then timed alone on that document. A growth time(4n) / time(n) near 4 is linear; above 4.5
is flagged. The last section runs ``Pipeline.pipe`` over many documents and reports the
process's resident memory at the start and the end.
"""

from __future__ import annotations

import argparse
import resource
import shlex
import sys
import time
from collections.abc import Callable
from pathlib import Path

import geotext
from geotext.extractors import counts, default_extractors

LIMIT = 4.5
HOSTILE: dict[str, Callable[[int], str]] = {
    "'1 ' runs": lambda n: "1 " * (n // 2),
    "'1 000 ' runs": lambda n: "1 000 " * (n // 6),
    "'A' * n": lambda n: "A" * n,
    "'ONU OTAN ' runs": lambda n: "ONU OTAN " * (n // 9),
    "'de la ' runs": lambda n: "de la " * (n // 6),
    "'« » ' runs": lambda n: "« » " * (n // 4),
    '"\'" * n': lambda n: "'" * n,
    "'-' * n": lambda n: "-" * n,
    "'.' * n": lambda n: "." * n,
    "'a.' runs": lambda n: "a." * (n // 2),
    "'lundi, ' runs": lambda n: "lundi, " * (n // 7),
    "'le 1er mars ' runs": lambda n: "le 1er mars " * (n // 12),
    "'12 morts, dont 3 ' runs": lambda n: "12 morts, dont 3 " * (n // 17),
    "'il y a 3 jours ' runs": lambda n: "il y a 3 jours " * (n // 15),
    "'Dupont Jean ' runs": lambda n: "Dupont Jean " * (n // 12),
    "'Conseil de paix et de ' runs": lambda n: "Conseil de paix et de " * (n // 22),
    # Cues and triggers with no verb or comma to close them, in one endless sentence.
    "'des voix condamnant X ' runs": lambda n: "des voix condamnant X " * (n // 22),
    "'X dit vouloir frapper Y ' runs": lambda n: "X dit vouloir frapper Y " * (n // 24),
    "'selon X Y ' runs": lambda n: "selon X Y " * (n // 10),
    # Asides between an auxiliary and its cue, and cues whose words run to the sentence end.
    "'X avait, hier, dit ' runs": lambda n: "X avait, hier, dit " * (n // 19),
    "'X a nié et appelé au calme et ' runs": lambda n: "X a nié et appelé au calme et " * (n // 30),
    # A state of affairs as subject, and a pronoun looking back for its person or body.
    "'la crise menace ' runs": lambda n: "la crise menace " * (n // 16),
    "'Kiev, ce dernier a affirmé que ' runs": lambda n: (
        "Kiev, ce dernier a affirmé que " * (n // 31)
    ),
}


def rss_mb() -> float:
    """Resident memory of this process now, in MB (its peak so far where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def hostile(size: int) -> list[str]:
    parser = geotext.Pipeline(extractors=[], max_length=None)
    extractors = default_extractors()
    header = f"{'input':26}" + "".join(f"{e.name:>22}" for e in extractors)
    lines = [f"growth time(4n)/time(n), n = {size:,} characters (seconds at 4n in brackets)"]
    lines += [header, "-" * len(header)]
    flagged = []
    for name, build in HOSTILE.items():
        docs = [parser(build(size)), parser(build(4 * size))]
        cells = []
        for extractor in extractors:
            times = []
            for doc in docs:
                counts._counts_of.cache_clear()
                times.append(timed(lambda doc=doc, run=extractor: run(doc)))
            growth = times[1] / max(times[0], 1e-6)
            if growth > LIMIT and times[1] > 0.05:
                flagged.append(f"{name} / {extractor.name}: {growth:.1f}")
            cells.append(f"{growth:6.2f} ({times[1]:6.2f} s)")
        lines.append(f"{name:26}" + "".join(f"{c:>22}" for c in cells))
    lines.append(f"flagged (growth above {LIMIT} and over 0.05 s): {', '.join(flagged) or 'none'}")
    return lines


def pipe_memory(count: int) -> list[str]:
    article = (Path(__file__).resolve().parents[1] / "examples" / "article_fr.txt").read_text(
        encoding="utf-8"
    )
    texts = (f"{article}\nDépêche n° {i}." for i in range(count))
    pipeline = geotext.Pipeline()
    start_rss = rss_mb()
    started = time.perf_counter()
    checkpoints = []
    for i, doc in enumerate(pipeline.pipe(texts, reference_date="2024-03-08"), start=1):
        if i in (count // 10, count // 2, count):
            checkpoints.append(f"{i:,} docs: {rss_mb():.0f} MB")
        del doc
    elapsed = time.perf_counter() - started
    return [
        f"pipe over {count:,} documents ({elapsed:.1f} s): resident memory {start_rss:.0f} MB "
        f"at the start, then " + ", ".join(checkpoints)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--size-kb", type=int, default=256, help="n, in thousands of characters")
    ap.add_argument("--pipe-docs", type=int, default=10_000, help="documents for the pipe test")
    args = ap.parse_args(argv)
    print("$ " + shlex.join([Path(sys.executable).name, *sys.argv]))
    for line in pipe_memory(args.pipe_docs):
        print(line, flush=True)
    print()
    for line in hostile(args.size_kb * 1000):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
