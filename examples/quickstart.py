"""Parse a French news article with geotext and print a readable summary.

    python examples/quickstart.py [ARTICLE.txt] [--date YYYY-MM-DD]

Without arguments it reads ``examples/article_fr.txt``, an article written for this example.
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

import geotext

HERE = Path(__file__).resolve().parent


def meaning(annotation: object) -> str:
    """What an annotation means, where it carries a value: ``= 12 killed (min)``."""
    if isinstance(annotation, geotext.Entity):
        ident = f" [{annotation.id}]" if annotation.id else ""
        others = len(annotation.mentions) - 1
        more = f", {others} more mention{'s' * (others > 1)}" if others else ""
        return f"  = {annotation.type} {annotation.name}{ident}{more}"
    value = getattr(annotation, "value", None)
    if value is None:
        return ""
    kind = (
        getattr(annotation, "unit", None)
        or getattr(annotation, "category", None)
        or getattr(annotation, "type", "")
    )
    qualifiers = []
    if getattr(annotation, "approximate", False):
        qualifiers.append("about")
    bound = getattr(annotation, "bound", None)
    if bound is not None:
        qualifiers.append(str(bound))
    extra = f" ({', '.join(qualifiers)})" if qualifiers else ""
    shown = f"{value:,}".replace(",", " ") if isinstance(value, (int, float)) else value
    return f"  = {shown} {kind}{extra}"


def summarise(doc: geotext.Document) -> str:
    """A few lines a person can read: structure, then every layer the pipeline filled."""
    lines = [
        f"{len(doc.text)} characters, {len(doc.blocks)} blocks "
        f"({len(doc.headings)} headings, {len(doc.paragraphs)} paragraphs), "
        f"{len(doc.sentences)} sentences, {len(doc.tokens)} tokens",
        f"reference date: {doc.reference_date or 'unknown'}",
        "",
    ]
    for block in doc.blocks:
        label = "#" if block.kind is geotext.BlockKind.HEADING else "¶"
        count = block.sentence_end - block.sentence_start
        head = textwrap.shorten(block.text, 70, placeholder=" …")
        lines.append(f"{label} [{count} sentence{'s' * (count > 1)}] {head}")
    for name, items in doc.layers.items():
        lines.append("")
        lines.append(f"{name}: {len(items)}")
        for annotation in items:
            span = annotation.span
            lines.append(
                f"  {span.start:>5}-{span.end:<5} {annotation.text!r}{meaning(annotation)}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=HERE / "article_fr.txt")
    parser.add_argument("--date", default="2024-03-08", help="publication date (YYYY-MM-DD)")
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")
    doc = geotext.parse(text, reference_date=args.date)
    print(summarise(doc))


if __name__ == "__main__":
    main()
