from __future__ import annotations

import pytest

import geotext
from geotext.extractors import LinkExtractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plus d'infos sur exemple-actu.fr.", ["exemple-actu.fr"]),
        ("Voir https://WWW.Exemple.org/Dossier/Page.", ["https://www.exemple.org/Dossier/Page"]),
        (
            "(www.radio-sahel.ml) et agence.info-niger.ne",
            ["www.radio-sahel.ml", "agence.info-niger.ne"],
        ),
        ("Le site Info-Sahel.FR a fermé.", ["info-sahel.fr"]),
        ("Il était 14.30 et M. Ba parlait, etc. Fin.", []),
        ("Contact : redaction@exemple.fr", []),
        ("fin.Le lendemain", []),
    ],
)
def test_links(text, expected):
    assert [link.url for link in geotext.parse(text).links] == expected


def test_link_fields_and_offsets():
    text = "Source\u00a0: https://www.exemple.org/a\u2026"
    (link,) = geotext.parse(text).links
    assert link.text == "https://www.exemple.org/a" == text[link.span.start : link.span.end]
    assert link.domain == "exemple.org"


def test_extractor_is_usable_alone():
    doc = geotext.Pipeline(extractors=[])("Lire exemple-actu.fr")
    assert doc.links == ()
    assert [link.domain for link in LinkExtractor()(doc)] == ["exemple-actu.fr"]
