from __future__ import annotations

import datetime as dt
import pickle
from importlib.metadata import EntryPoint

import attrs
import pytest

import geotext
from geotext import ExtractorError, Pipeline, ReferenceDateError
from geotext.extractors import registry


@attrs.frozen
class Shout:
    span: geotext.Span
    text: str


class ShoutExtractor:
    """Words written in capitals (a user's extractor in a few lines)."""

    name = "shouts"

    def __call__(self, doc):
        return [Shout(t.span, t.text) for t in doc.tokens if t.text.isupper() and t.text.isalpha()]


class CountShouts:
    name = "shout_count"
    requires = ("shouts",)

    def __call__(self, doc):
        return [len(doc.layers["shouts"])]


class Broken:
    name = "broken"

    def __call__(self, doc):
        raise KeyError("boom")


def test_parse_runs_the_default_pipeline():
    doc = geotext.parse("Le site exemple-actu.fr publie. Rien d'autre.", "2024-11-11")
    assert doc.reference_date == dt.date(2024, 11, 11)
    assert [link.text for link in doc.links] == ["exemple-actu.fr"]
    assert set(doc.layers) == {
        "entities",
        "links",
        "quantities",
        "casualties",
        "times",
        "quotes",
        "events",
    }


@pytest.mark.parametrize("bad", [None, b"Le Kremlin", 42, ["texte"]])
def test_parse_refuses_non_str_with_a_type_error(bad):
    with pytest.raises(TypeError, match="str"):
        geotext.parse(bad)


def test_bytes_error_says_to_decode():
    with pytest.raises(TypeError, match=r"decode"):
        geotext.parse(b"abc")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2024, 2, 29), dt.date(2024, 2, 29)),
        (dt.datetime(2024, 2, 29, 23, 59), dt.date(2024, 2, 29)),
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("2024-02-29T08:00:00+01:00", dt.date(2024, 2, 29)),
        (None, None),
    ],
)
def test_reference_date_forms(value, expected):
    assert geotext.parse("Texte.", value).reference_date == expected


@pytest.mark.parametrize("bad", ["2023-02-29", "hier", "", 20240229, 3.5])
def test_impossible_reference_date_is_a_value_error(bad):
    with pytest.raises(ValueError, match="reference_date must be") as info:
        geotext.parse("Texte.", bad)
    assert isinstance(info.value, ReferenceDateError)


def test_custom_extractor_lands_in_its_layer():
    pipeline = Pipeline(extractors=[ShoutExtractor(), "links"])
    doc = pipeline("L'ONU et la CEDEAO se réunissent.")
    assert [s.text for s in doc.layers["shouts"]] == ["ONU", "CEDEAO"]
    assert doc.layers["links"] == ()
    for shout in doc.layers["shouts"]:
        assert doc.text_of(shout) == shout.text


def test_extractors_run_after_what_they_require():
    pipeline = Pipeline(extractors=[CountShouts(), ShoutExtractor()])
    assert pipeline.layer_names == ("shouts", "shout_count")
    assert pipeline("L'OTAN et l'UE.").layers["shout_count"] == (2,)


def test_missing_requirement_duplicate_names_and_cycles_are_refused():
    with pytest.raises(ValueError, match="requires 'shouts'"):
        Pipeline(extractors=[CountShouts()])
    with pytest.raises(ValueError, match="two extractors are named 'shouts'"):
        Pipeline(extractors=[ShoutExtractor(), ShoutExtractor()])

    class A:
        name, requires = "a", ("b",)

        def __call__(self, doc):
            return []

    class B:
        name, requires = "b", ("a",)

        def __call__(self, doc):
            return []

    with pytest.raises(ValueError, match="cycle: a -> b -> a"):
        Pipeline(extractors=[A(), B()])


def test_unknown_extractor_name_lists_the_known_ones():
    with pytest.raises(
        ValueError, match="no extractor named 'weapons'; known: casualties, entities, events, links"
    ):
        Pipeline(extractors=["weapons"])


def test_objects_that_are_not_extractors_are_refused():
    with pytest.raises(TypeError, match="name"):
        Pipeline(extractors=[object()])
    with pytest.raises(TypeError, match="parse"):
        Pipeline(parser=object())


def test_a_failing_extractor_is_named():
    with pytest.raises(ExtractorError, match="'broken' failed: KeyError") as info:
        Pipeline(extractors=[Broken()])("Texte.")
    assert info.value.name == "broken"
    assert isinstance(info.value.__cause__, KeyError)


def test_entry_point_extractors_are_available_by_name(monkeypatch):
    point = EntryPoint("shouts", "test_pipeline:ShoutExtractor", registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr(
        registry, "entry_points", lambda group: [point] if group == point.group else []
    )
    assert registry.available()["shouts"] == "test_pipeline:ShoutExtractor"
    doc = Pipeline(extractors=["shouts"])("Le FMI prête.")
    assert [s.text for s in doc.layers["shouts"]] == ["FMI"]
    # Installed plug-ins are offered by name, never added to the default pipeline.
    assert Pipeline().layer_names == (
        "entities",
        "links",
        "quantities",
        "casualties",
        "times",
        "quotes",
        "events",
    )


TEXTS = [
    "Le ministre est à Dakar. Plus sur exemple-actu.fr.",
    "Titre\nM. Sall a parlé hier.",
    "",
    "« Non », a-t-elle dit.",
]


def test_pipe_keeps_order_and_matches_single_calls():
    pipeline = Pipeline()
    assert list(pipeline.pipe(TEXTS, batch_size=3)) == [pipeline(t) for t in TEXTS]


def test_pipe_accepts_pairs_with_their_own_reference_date():
    docs = list(
        Pipeline().pipe([("Un.", "2024-01-02"), "Deux."], reference_date=dt.date(2023, 5, 6))
    )
    assert [d.reference_date for d in docs] == [dt.date(2024, 1, 2), dt.date(2023, 5, 6)]


def test_pipe_with_worker_processes_gives_the_same_documents():
    pipeline = Pipeline()
    texts = TEXTS * 5
    assert list(pipeline.pipe(texts, n_process=2, batch_size=4)) == [pipeline(t) for t in texts]


def test_pipe_validates_its_arguments():
    with pytest.raises(ValueError, match="batch_size"):
        list(Pipeline().pipe(["a"], batch_size=0))
    with pytest.raises(ValueError, match="n_process"):
        list(Pipeline().pipe(["a"], n_process=0))
    with pytest.raises(TypeError):
        list(Pipeline().pipe([b"a"]))


def test_pipelines_and_documents_pickle():
    pipeline = Pipeline(extractors=["links"])
    clone = pickle.loads(pickle.dumps(pipeline))
    text = "Lire exemple-actu.fr aujourd\u2019hui\u2026 puis partir."
    doc = clone(text)
    assert doc == pipeline(text)
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert again.tokens == doc.tokens


def test_pipe_as_tuples_passes_each_context_through():
    items = [
        ("Lundi, 4 morts.", {"id": "a", "reference_date": "2024-03-08"}),
        ("Mardi, rien.", {"id": "b"}),
    ]
    pairs = list(Pipeline().pipe(items, as_tuples=True, reference_date="2025-01-01"))
    assert [context["id"] for _, context in pairs] == ["a", "b"]
    assert [doc.reference_date for doc, _ in pairs] == [
        dt.date(2024, 3, 8),
        dt.date(2025, 1, 1),
    ]
    with pytest.raises(ValueError, match=r"\(text, context\) pairs"):
        list(Pipeline().pipe(["seul"], as_tuples=True))


def test_pipe_errors_skip_or_collect_keep_the_batch_alive():
    pipeline = Pipeline(max_length=40)
    texts = ["Un texte court.", b"octets", "x" * 100, "Encore un texte."]
    with pytest.raises(TypeError):
        list(pipeline.pipe(texts))
    kept = list(pipeline.pipe(texts, errors="skip"))
    assert [doc.text for doc in kept] == ["Un texte court.", "Encore un texte."]
    collected = list(pipeline.pipe(texts, errors="collect"))
    failures = [item for item in collected if isinstance(item, geotext.PipeFailure)]
    assert [(f.index, f.error) for f in failures] == [(1, "TypeError"), (2, "ValueError")]
    assert "max_length" in failures[1].message
    assert collected[0].text == "Un texte court." and collected[3].text == "Encore un texte."
    with pytest.raises(ValueError, match="errors must be"):
        list(pipeline.pipe(texts, errors="ignore"))


def test_pipe_in_processes_collects_the_same_failures():
    pipeline = Pipeline(max_length=40)
    texts = ["Un texte court.", "x" * 100, "Lundi, 3 blessés."] * 3
    serial = list(pipeline.pipe(texts, errors="collect"))
    assert list(pipeline.pipe(texts, errors="collect", n_process=2, batch_size=2)) == serial


def test_pipe_with_progress_gives_the_same_documents():
    texts = ["Un.", "Deux."]
    assert list(Pipeline().pipe(texts, progress=True)) == list(Pipeline().pipe(texts))


def test_a_parse_leaves_the_cycle_collector_as_it_found_it():
    import gc

    assert gc.isenabled()
    geotext.parse("Le ministre a parlé hier à Kiev.")
    assert gc.isenabled()
    with pytest.raises(TypeError):
        geotext.parse(b"octets")  # type: ignore[arg-type]
    assert gc.isenabled()
    gc.disable()
    try:
        geotext.parse("Le ministre a parlé hier à Kiev.")
        assert not gc.isenabled()  # the caller's choice stands
    finally:
        gc.enable()


def test_a_failing_extractor_restores_the_cycle_collector():
    import gc

    class Broken:
        name = "broken"
        requires: tuple[str, ...] = ()

        def __call__(self, doc):
            raise RuntimeError("boom")

    pipeline = geotext.Pipeline(extractors=[Broken()])
    with pytest.raises(geotext.ExtractorError):
        pipeline("Un texte.")
    assert gc.isenabled()
