from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(script: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    return result.stdout


def test_quickstart_summarises_the_example_article():
    out = run("quickstart.py")
    assert "11 blocks (3 headings, 8 paragraphs), 30 sentences" in out
    assert "# [1 sentence] Des engagements encore fragiles" in out
    assert "'actu-monde.fr'" in out
    assert "reference date: 2024-03-08" in out
    assert "'au moins 12 morts'  = 12 killed (min)" in out
    assert "'2,5 milliards d’euros'  = 2 500 000 000 EUR" in out


def test_quickstart_reads_another_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Titre\nLe texte tient en une phrase.", encoding="utf-8")
    out = run("quickstart.py", str(article), "--date", "2025-01-31")
    assert "2 blocks (1 headings, 1 paragraphs), 2 sentences" in out
    assert "reference date: 2025-01-31" in out


def test_custom_extractor_example():
    out = run("custom_extractor.py").splitlines()
    assert out == ["['ONU', 'CEDEAO', 'M23']", "True"]


def test_quickstart_lists_entities_with_their_ids():
    out = run("quickstart.py")
    assert "'Bamako'  = LOC Bamako [geonames:2460596], 1 more mention" in out
    assert "'ONU'  = ORG ONU [wikidata:Q1065], 1 more mention" in out


def test_custom_gazetteer_example_reads_a_tsv_of_its_own(tmp_path):
    names = tmp_path / "names.tsv"
    names.write_text("Tarbouk\tLOC\t\t\tTD\t13.1\t18.4\n", encoding="utf-8")
    out = run("custom_gazetteer.py").splitlines()
    assert "LOC Kolèba [-] ML (14.2, -4.1)" in out
    assert "    mentions: Collectif des éleveurs du Gourma, CEG" in out
    assert "PER Awa Dembélé [-] ML" in out
    # With a file of the user's: only their names are added, the package's still work.
    other = run("custom_gazetteer.py", str(names))
    assert "Kolèba [-] ML" not in other and "ORG Minusma" in other
