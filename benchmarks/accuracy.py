"""Score geotext, and the baselines that are installed, on an annotated corpus.

    python benchmarks/accuracy.py --corpus ../shared/corpus/dev [--out DIR] [--no-baselines]
                                  [--negative [DIR]] [--stanza MODEL_DIR]

For each gold JSON file of the corpus (format: ``<repo>/../shared/corpus/FORMAT.md``) the
script parses its ``text`` with its ``reference_date``, writes one system JSON file of the
same name into ``--out`` (geotext at the top, each baseline in its own subfolder), runs the
corpus scorer (``score.py --json``) on each folder and prints one table: one row per field,
one column per system. Baselines:

* ``spacy``: the entities of spaCy's ``fr_core_news_md`` (one entity per span, one mention);
* ``dateparser``: the dates of ``dateparser.search_dates`` (type ``DATE``).

With ``--stanza MODEL_DIR``, a column ``stanza`` scores geotext's default layers on the parse
of that stanza model (``geotext.parser.StanzaParser``), beside the rule path.

With ``--negative`` the script also parses every ``.txt`` file of a folder of texts that are
not geopolitical news (default: ``<repo>/benchmarks/negative``, see its README) without a
reference date, and prints geotext's annotations per 10 000 characters for the layers
casualties, events, quotes, quantities and times, then lists the casualties it found: on such
texts every casualty, event and conflict quote is a false positive. When the folder holds gold
JSON files instead (``../shared/corpus/negative-dev`` once assembled), each text is parsed with
its reference date and scored against its gold, and the false positives of every field
(entities, events, casualties...) are printed per 10 000 characters.

Benchmarks only print: nothing is asserted, the exit status is 0 unless the script itself
cannot run (no gold file, no scorer, the scorer failing, no text in the negative folder).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import geotext
from system_format import casualty_to_system, to_system

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
DEFAULT_SCORER = REPO.parent / "shared" / "eval" / "score.py"
DEFAULT_NEGATIVE = REPO / "benchmarks" / "negative"

SPACY_MODEL = "fr_core_news_md"
SPACY_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

PRF_ROWS = (
    "entities",
    "entities_PER",
    "entities_ORG",
    "entities_LOC",
    "times",
    "quantities",
    "casualties",
    "quotes",
    "events",
    "event_actors",
    "links",
)
SHARE_ROWS = ("linking", "time_values", "quote_speakers", "event_modality")
ROWS = (
    "entities",
    "entities_PER",
    "entities_ORG",
    "entities_LOC",
    "linking",
    "times",
    "time_values",
    "quantities",
    "casualties",
    "quotes",
    "quote_speakers",
    "events",
    "event_actors",
    "event_modality",
    "links",
)
ALL_ROWS = frozenset(ROWS)
NEGATIVE_LAYERS = ("casualties", "events", "quotes", "quantities", "times")
NEGATIVE_PER = 10_000
"""Negative rates are annotations per this many characters."""

CLOCK = re.compile(
    r"(?<!\d)(?:[01]?\d|2[0-3])\s*(?:h|:)\s*(?:[0-5]\d)?(?!\w)"
    r"|(?<!\d)(?:[01]?\d|2[0-3])\s+heures?\b",
    re.IGNORECASE,
)
"""A clock time in a matched date string: *14h30*, *14 h*, *14:30*, *8 heures*."""


# -- corpus --------------------------------------------------------------------------------


def load_gold(corpus: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every gold file of ``corpus`` that has a ``text``, in file-name order."""
    gold = []
    for path in sorted(corpus.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(record.get("text"), str):
            print(f"note: {path.name} has no text; left out (the scorer counts it as missed)")
            continue
        gold.append((path, record))
    return gold


def reference_datetime(record: dict[str, Any]) -> dt.datetime | None:
    """The gold ``reference_date`` as a datetime at midnight, or None."""
    value = record.get("reference_date")
    if not value:
        return None
    return dt.datetime.combine(dt.date.fromisoformat(str(value)[:10]), dt.time())


def doc_id(path: Path, record: dict[str, Any]) -> str:
    return str(record.get("id") or path.stem)


def write_json(path: Path, record: dict[str, Any]) -> None:
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# -- systems -------------------------------------------------------------------------------


class System:
    """One system: how to annotate a gold record, the rows it attempts, and its timings."""

    def __init__(
        self,
        name: str,
        annotate: Callable[[Path, dict[str, Any]], dict[str, Any]],
        rows: frozenset[str],
        load_seconds: float = 0.0,
        version: str = "",
    ) -> None:
        self.name = name
        self.annotate = annotate
        self.rows = rows
        self.load_seconds = load_seconds
        self.version = version
        self.run_seconds = 0.0
        self.score_seconds = 0.0
        self.failures: list[str] = []
        self.scores: dict[str, Any] = {}

    def run(self, gold: list[tuple[Path, dict[str, Any]]], out: Path) -> None:
        """Annotate every gold text and write the system files into ``out``."""
        out.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        for path, record in gold:
            target = out / path.name
            target.unlink(missing_ok=True)  # never score a stale file from an earlier run
            try:
                system = self.annotate(path, record)
            except Exception as error:  # a benchmark reports failures, it does not stop
                self.failures.append(f"{path.name}: {type(error).__name__}: {error}")
                continue
            write_json(target, system)
        self.run_seconds = time.perf_counter() - start


def geotext_system() -> System:
    def annotate(path: Path, record: dict[str, Any]) -> dict[str, Any]:
        doc = geotext.parse(record["text"], record.get("reference_date"))
        return to_system(doc, doc_id(path, record))

    start = time.perf_counter()
    geotext.parse("", None)  # build the default pipeline once, outside the timed loop
    return System("geotext", annotate, ALL_ROWS, time.perf_counter() - start, geotext.__version__)


def stanza_system(folder: Path) -> System | None:
    """geotext's default layers on the parse of a stanza model (``--stanza DIR``)."""
    try:
        from geotext.parser.stanza import StanzaParser
    except ImportError:
        print("note: stanza is not installed; system 'stanza' skipped")
        return None
    start = time.perf_counter()
    processors = "tokenize,mwt,pos,lemma,depparse" + (
        ",ner" if (folder / "ner.pt").is_file() else ""
    )
    pipeline = geotext.Pipeline(
        parser=StanzaParser.from_dir(folder, processors, logging_level="ERROR")
    )
    pipeline("Amorce.", None)

    def annotate(path: Path, record: dict[str, Any]) -> dict[str, Any]:
        doc = pipeline(record["text"], record.get("reference_date"))
        return to_system(doc, doc_id(path, record))

    load = time.perf_counter() - start
    return System("stanza", annotate, ALL_ROWS, load, f"{folder.name} ({processors})")


def spacy_system() -> System | None:
    try:
        import spacy
    except ImportError:
        print("note: spaCy is not installed; baseline 'spacy' skipped")
        return None
    start = time.perf_counter()
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError:
        print(f"note: spaCy model {SPACY_MODEL} is not installed; baseline 'spacy' skipped")
        return None
    load = time.perf_counter() - start

    def annotate(path: Path, record: dict[str, Any]) -> dict[str, Any]:
        entities = [
            {"type": SPACY_LABELS[ent.label_], "name": ent.text, "mentions": [ent.text]}
            for ent in nlp(record["text"]).ents
            if ent.label_ in SPACY_LABELS
        ]
        return {"id": doc_id(path, record), "entities": entities}

    rows = frozenset({"entities", "entities_PER", "entities_ORG", "entities_LOC"})
    version = f"{spacy.__version__}, {SPACY_MODEL} {nlp.meta.get('version', '?')}"
    return System("spacy", annotate, rows, load, version)


MONTH_WORD = re.compile(
    r"(?i)\b(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)"
)


def dateparser_value(matched: str, when: dt.datetime) -> str:
    """The datetime at the granularity the matched words give, to be fair to the peer.

    ``yyyy`` for a bare year, ``yyyy-mm`` for a month without a day, ``yyyy-mm-ddTHH:MM``
    where the words have a clock time, else ``yyyy-mm-dd``.
    """
    words = matched.strip()
    if CLOCK.search(words):
        return when.strftime("%Y-%m-%dT%H:%M")
    if re.fullmatch(r"\d{4}", words):
        return f"{when.year:04d}"
    if MONTH_WORD.search(words) and not re.search(r"\d{1,2}(?!\d)", re.sub(r"\d{4}", "", words)):
        return when.strftime("%Y-%m")
    return when.date().isoformat()


def dateparser_system() -> System | None:
    start = time.perf_counter()
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        print("note: dateparser is not installed; baseline 'dateparser' skipped")
        return None
    search_dates("le 7 novembre 2024", languages=["fr"])  # load its French data once
    load = time.perf_counter() - start

    def annotate(path: Path, record: dict[str, Any]) -> dict[str, Any]:
        settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
        base = reference_datetime(record)
        if base is not None:
            settings["RELATIVE_BASE"] = base
        found = search_dates(record["text"], languages=["fr"], settings=settings) or []
        times = [
            {"text": matched, "type": "DATE", "value": dateparser_value(matched, when)}
            for matched, when in found
        ]
        return {"id": doc_id(path, record), "times": times}

    return System(
        "dateparser", annotate, frozenset({"times", "time_values"}), load, dateparser.__version__
    )


# -- scoring -------------------------------------------------------------------------------


def find_scorer(corpus: Path, given: Path | None) -> Path:
    """``--scorer``, else ``eval/score.py`` beside the corpus folder's parent, else the default."""
    if given is not None:
        return given
    corpus = corpus.resolve()
    for candidate in (
        corpus.parent.parent / "eval" / "score.py",
        corpus.parent / "eval" / "score.py",
        DEFAULT_SCORER,
    ):
        if candidate.is_file():
            return candidate
    return DEFAULT_SCORER


def score(scorer: Path, corpus: Path, system_dir: Path) -> dict[str, Any]:
    """The scorer's ``--json`` result for one system folder."""
    command = [sys.executable, str(scorer), str(corpus), str(system_dir), "--json"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(
            f"scorer failed ({done.returncode}): {shlex.join(command)}\n{done.stderr.strip()}"
        )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


# -- negative corpus -----------------------------------------------------------------------


class NegativeRun:
    """geotext on a folder of non-news texts: annotations per layer and the casualties found."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.paths = sorted(folder.glob("*.txt")) or sorted(folder.glob("*.json"))
        self.characters = 0
        self.counts = dict.fromkeys(NEGATIVE_LAYERS, 0)
        self.casualties: list[tuple[str, dict[str, Any]]] = []
        self.failures: list[str] = []
        self.seconds = 0.0

    def run(self) -> None:
        """Parse every text without a reference date and count what each layer produced."""
        start = time.perf_counter()
        for path in self.paths:
            text = path.read_text(encoding="utf-8")
            try:
                doc = geotext.parse(text)
            except Exception as error:  # a benchmark reports failures, it does not stop
                self.failures.append(f"{path.name}: {type(error).__name__}: {error}")
                continue
            self.characters += len(text)
            for layer in NEGATIVE_LAYERS:
                self.counts[layer] += len(doc.layer(layer))
            self.casualties.extend((path.name, casualty_to_system(c)) for c in doc.casualties)
        self.seconds = time.perf_counter() - start


NEGATIVE_GOLD_ROWS = (
    "entities",
    "entities_PER",
    "entities_ORG",
    "entities_LOC",
    "events",
    "casualties",
    "quantities",
    "quotes",
    "times",
)


def print_negative_gold(scorer: Path, folder: Path) -> None:
    """Score geotext on gold non-news documents and print its false positives per 10 000 chars."""
    gold = load_gold(folder)
    characters = sum(len(record["text"]) for _, record in gold)
    system = geotext_system()
    with output_dir(None) as out:
        system.run(gold, out)
        scores = score(scorer, folder, out)
    print(
        f"negative gold corpus: {folder} ({len(gold)} documents, {characters} characters,"
        f" parsed in {system.run_seconds:.2f} s)"
    )
    for failure in system.failures:
        print(f"  FAILED {failure}")
    print()
    per = f"false per {NEGATIVE_PER:,}".replace(",", " ") + " chars"
    table = []
    for row in NEGATIVE_GOLD_ROWS:
        result = scores.get(row, {})
        fp = int(result.get("fp", 0))
        table.append(
            [
                row,
                str(fp),
                str(int(result.get("tp", 0)) + int(result.get("fn", 0))),
                f"{fp * NEGATIVE_PER / max(characters, 1):.2f}",
            ]
        )
    print_rows(["field", "false positives", "gold", per], table)
    print(
        "on these texts the gold lists the entities, times, quantities and quotes that are"
        " really there; events and tolls are (nearly) none"
    )


def print_negative(negative: NegativeRun) -> None:
    parsed = len(negative.paths) - len(negative.failures)
    print(
        f"negative corpus: {negative.folder} ({parsed} texts, {negative.characters} characters,"
        f" parsed in {negative.seconds:.2f} s)"
    )
    for failure in negative.failures:
        print(f"  FAILED {failure}")
    print()
    per = f"per {NEGATIVE_PER:,}".replace(",", " ") + " chars"
    table = [
        [
            layer,
            str(count),
            str(negative.characters),
            f"{count * NEGATIVE_PER / max(negative.characters, 1):.2f}",
        ]
        for layer, count in negative.counts.items()
    ]
    print_rows(["layer", "annotations", "characters", per], table)
    print(
        "on non-news text every casualty, event and conflict quote is a false positive;"
        " quantities, times and some quotes are real"
    )
    print()
    if not negative.casualties:
        print("casualties found: none")
        return
    print(f"casualties found ({len(negative.casualties)}, all false positives):")
    rows = [
        [name, repr(casualty["text"]), casualty["category"], str(casualty["value"])]
        for name, casualty in negative.casualties
    ]
    print_rows(["file", "text", "category", "value"], rows, right=False)


# -- report --------------------------------------------------------------------------------


def cell(system: System, row: str) -> str:
    """F1 (tp/fp/fn) for a detection row, accuracy (ok/n) for a share; ``-`` if not attempted."""
    if row not in system.rows:
        return "-"
    result = system.scores.get(row)
    if result is None:
        return "?"
    if row in SHARE_ROWS:
        n = int(result["n"])
        ok = round(float(result["acc"]) * n)
        return f"{float(result['acc']):.3f} ({ok}/{n})" if n else "n/a (0/0)"
    return f"{float(result['f1']):.3f} ({result['tp']}/{result['fp']}/{result['fn']})"


def gold_count(systems: list[System], row: str) -> str:
    """The number of gold items of a detection row (tp + fn, the same for every system)."""
    if row in SHARE_ROWS:
        return ""
    for system in systems:
        result = system.scores.get(row)
        if result is not None:
            return str(int(result["tp"]) + int(result["fn"]))
    return "?"


def print_rows(headers: list[str], table: list[list[str]], right: bool = True) -> None:
    """Aligned columns under a rule: the first left-aligned, the others right-aligned or not."""
    widths = [max(len(line[i]) for line in [headers, *table]) for i in range(len(headers))]

    def line(values: list[str]) -> str:
        first = values[0].ljust(widths[0])
        pad = str.rjust if right else str.ljust
        rest = (pad(value, width) for value, width in zip(values[1:], widths[1:], strict=True))
        return "  ".join([first, *rest]).rstrip()

    print(line(headers))
    print("  ".join("-" * width for width in widths))
    for values in table:
        print(line(values))


def print_table(systems: list[System]) -> None:
    headers = ["field", "gold", *(s.name for s in systems)]
    table = [[row, gold_count(systems, row), *(cell(s, row) for s in systems)] for row in ROWS]
    print_rows(headers, table)
    print(
        "cells: F1 (tp/fp/fn) for detection rows; accuracy (right/n) for linking, time_values,"
        " quote_speakers, event_modality; '-' = not attempted by that system"
    )


@contextmanager
def output_dir(given: Path | None) -> Iterator[Path]:
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        yield given
        return
    with tempfile.TemporaryDirectory(prefix="geotext-accuracy-") as name:
        yield Path(name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="folder of gold JSON files (default: <repo>/../shared/corpus/dev)",
    )
    ap.add_argument(
        "--out",
        type=Path,
        help="where to write the system files (default: a temporary folder, removed at exit)",
    )
    ap.add_argument("--no-baselines", action="store_true", help="score geotext only")
    ap.add_argument(
        "--stanza",
        type=Path,
        metavar="DIR",
        help="also score geotext's layers on the parse of the stanza model in DIR (a column "
        "'stanza'; see docs/stanza.md)",
    )
    ap.add_argument(
        "--scorer",
        type=Path,
        help="score.py to run (default: <corpus>/../../eval/score.py, else "
        "<repo>/../shared/eval/score.py)",
    )
    ap.add_argument(
        "--negative",
        type=Path,
        nargs="?",
        const=DEFAULT_NEGATIVE,
        metavar="DIR",
        help="also count geotext's annotations on the .txt files of DIR, texts that are not "
        "geopolitical news (default DIR: <repo>/benchmarks/negative)",
    )
    args = ap.parse_args(argv)

    started = time.perf_counter()
    print("$ " + shlex.join(sys.orig_argv))
    gold = load_gold(args.corpus)
    if not gold:
        print(f"no gold file with a text in {args.corpus}", file=sys.stderr)
        return 2
    scorer = find_scorer(args.corpus, args.scorer)
    if not scorer.is_file():
        print(f"scorer not found: {scorer} (pass --scorer)", file=sys.stderr)
        return 2
    negative = None if args.negative is None else NegativeRun(args.negative)
    if negative is not None and not negative.paths:
        print(f"no .txt or .json file in the negative folder {args.negative}", file=sys.stderr)
        return 2
    size = sum(len(record["text"].encode("utf-8")) for _, record in gold)
    print(f"corpus: {args.corpus} ({len(gold)} documents, {size / 1024:.1f} KB)")
    print(f"scorer: {scorer}")
    print(f"python {sys.version.split()[0]}")

    with output_dir(args.out) as out:
        systems = [geotext_system()]
        if args.stanza is not None:
            with_stanza = stanza_system(args.stanza)
            if with_stanza is not None:
                systems.append(with_stanza)
        if not args.no_baselines:
            for make in (spacy_system, dateparser_system):
                baseline = make()
                if baseline is not None:
                    systems.append(baseline)
        for system in systems:
            folder = out if system.name == "geotext" else out / system.name
            system.run(gold, folder)
            start = time.perf_counter()
            system.scores = score(scorer, args.corpus, folder)
            system.score_seconds = time.perf_counter() - start
        where = out if args.out is not None else f"{out} (temporary, removed at exit)"
        print(f"system files: {where}; baselines in subfolders")

    print()
    for system in systems:
        rate = len(gold) / max(system.run_seconds, 1e-9)
        print(
            f"{system.name:10} {system.version:32} load {system.load_seconds:6.2f} s  "
            f"annotate {system.run_seconds:6.2f} s ({rate:7.1f} docs/s)"
            f"  score {system.score_seconds:5.2f} s"
        )
        for failure in system.failures:
            print(f"  FAILED {failure}")
    print()
    print_table(systems)
    if negative is not None and negative.paths[0].suffix == ".json":
        print()
        print_negative_gold(find_scorer(negative.folder, args.scorer), negative.folder)
    elif negative is not None:
        negative.run()
        print()
        print_negative(negative)
    print(f"total {time.perf_counter() - started:.1f} s (imports excluded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
