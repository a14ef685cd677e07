"""Add your own names to the entity layer: a TSV file of yours, read into gazetteer entries.

    python examples/custom_gazetteer.py [NAMES.tsv]

Without arguments it writes a small gazetteer of invented local names to a temporary file,
reads it back with ``geotext.read_gazetteer`` and parses a dispatch that uses them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import geotext

# name, type, aliases, id, country, latitude, longitude (tab-separated; # starts a comment)
SAMPLE = """\
# Local names for a newsroom covering the Sahel, written for this example.
Collectif des éleveurs du Gourma\tORG\tCEG\t\tML\t\t
Kolèba\tLOC\tKoleba\t\tML\t14.2\t-4.1
Awa Dembélé\tPER\t\t\tML\t\t
"""

DISPATCH = (
    "Le Collectif des éleveurs du Gourma (CEG) a dénoncé jeudi le vol de 300 têtes de bétail "
    "près de Kolèba. Sa présidente, Awa Dembélé, a demandé l'aide de la MINUSMA."
)


def main(argv: list[str]) -> None:
    if argv:
        path = Path(argv[0])
    else:
        path = Path(tempfile.mkdtemp()) / "names.tsv"
        path.write_text(SAMPLE, encoding="utf-8")
    with path.open(encoding="utf-8") as lines:
        entries = geotext.read_gazetteer(lines, source=str(path))
    pipeline = geotext.Pipeline(extractors=[geotext.EntityExtractor(entries=entries)])
    doc = pipeline(DISPATCH)
    for entity in doc.entities:
        mentions = ", ".join(m.text for m in entity.mentions)
        where = f" {entity.coordinates}" if entity.coordinates else ""
        print(f"{entity.type} {entity.name} [{entity.id or '-'}] {entity.country or ''}{where}")
        print(f"    mentions: {mentions}")


if __name__ == "__main__":
    main(sys.argv[1:])
