from __future__ import annotations

from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pandas
import pytest

import geotext

ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "article_fr.txt").read_text("utf-8")


class _Checker(HTMLParser):
    """Checks that tags nest and collects the text of every <mark>."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.marked: list[str] = []
        self.open_mark = False

    def handle_starttag(self, tag, attrs):
        if tag != "br":
            self.stack.append(tag)
        if tag == "mark":
            self.open_mark = True
            self.marked.append("")

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag
        if tag == "mark":
            self.open_mark = False

    def handle_data(self, data):
        if self.open_mark:
            self.marked[-1] += data


def test_render_is_well_formed_and_marks_every_annotation():
    doc = geotext.parse(ARTICLE, "2024-03-08")
    mentions = [m for entity in doc.entities for m in entity.mentions]
    assert mentions, "the article names people, organisations and places"
    counted = [*doc.casualties, *doc.quantities, *doc.times, *doc.links]
    # Each group of layers alone has no overlapping annotations in this article.
    for layers, expected in (
        (["entities"], mentions),
        (["links", "quantities", "casualties", "times"], counted),
    ):
        checker = _Checker()
        checker.feed(geotext.render(doc, layers=layers))
        checker.close()
        assert checker.stack == []
        assert sorted(checker.marked) == sorted(a.text for a in expected)
    checker = _Checker()
    checker.feed(geotext.render(doc))
    checker.close()
    assert checker.stack == [] and checker.marked
    # The full display, every layer at once, still marks every entity mention.
    remaining = list(checker.marked)
    for mention in mentions:
        assert mention.text in remaining
        remaining.remove(mention.text)
    assert doc._repr_html_() == geotext.render(doc)


def test_render_escapes_text_and_carries_values_in_tooltips():
    doc = geotext.parse("<script>alert(1)</script> : 12 morts jeudi.", "2024-03-08")
    page = geotext.render(doc)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'title="category: killed; value: 12"' in page
    only_times = geotext.render(doc, layers=["times"])
    assert "geotext-casualties" not in only_times and "geotext-times" in only_times


def test_records_are_flat_and_plain():
    first = geotext.parse("L'attaque a fait 12 morts jeudi.", "2024-03-08")
    second = geotext.parse("Près de 300 réfugiés sont arrivés.", "2024-03-08")
    rows = geotext.to_records([("a", first), ("b", second)], "casualties")
    assert rows == [
        {
            "doc_id": "a",
            "layer": "casualties",
            "start": 17,
            "end": 25,
            "text": "12 morts",
            "category": "killed",
            "value": 12,
            "approximate": False,
            "bound": None,
            "upper": None,
            "modality": "asserted",
        },
        {
            "doc_id": "b",
            "layer": "casualties",
            "start": 0,
            "end": 20,
            "text": "Près de 300 réfugiés",
            "category": "displaced",
            "value": 300,
            "approximate": True,
            "bound": None,
            "upper": None,
            "modality": "asserted",
        },
    ]
    assert type(rows[0]["category"]) is str
    times = geotext.to_records([first], "times")
    assert times[0]["doc_id"] == 0 and times[0]["interval"] == ["2024-03-07", "2024-03-07"]
    assert geotext.to_records([first], "no such layer") == []


def test_records_refuse_what_is_not_a_document():
    with pytest.raises(TypeError, match=r"Documents or \(id, Document\) pairs"):
        geotext.to_records(["texte"], "times")


def test_dataframe_of_a_layer():
    docs = [geotext.parse(ARTICLE, "2024-03-08"), geotext.parse("Rien.", "2024-03-08")]
    frame = geotext.to_dataframe(docs, "times")
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == len(docs[0].times)
    assert {"doc_id", "start", "end", "text", "type", "value"} <= set(frame.columns)
    assert set(frame["doc_id"]) == {0}


def test_displacy_dict_has_sorted_non_overlapping_labelled_spans():
    doc = geotext.parse(ARTICLE, "2024-03-08")
    data = doc.to_displacy()
    assert data["text"] == doc.text and data["title"] is None
    ents = data["ents"]
    assert ents and all(a["end"] <= b["start"] for a, b in pairwise(ents))
    labels = {e["label"] for e in ents}
    assert {"KILLED", "DATE", "LINK"} <= labels
    only = geotext.parse("Lundi, 7 morts.", "2024-03-08").to_displacy(layers=["casualties"])
    assert only["ents"] == [{"start": 7, "end": 14, "label": "KILLED"}]
