"""A custom extractor in ten lines: acronyms (*ONU*, *CEDEAO*, *M23*) as a layer of their own."""

from __future__ import annotations

import attrs
import regex

import geotext


@attrs.frozen
class Acronym:
    span: geotext.Span
    text: str


class AcronymExtractor:
    name = "acronyms"
    pattern = regex.compile(r"\b\p{Lu}[\p{Lu}\d]+\b")

    def __call__(self, doc: geotext.Document) -> list[Acronym]:
        text = doc.normalised.text
        spans = [doc.normalised.span(*m.span()) for m in self.pattern.finditer(text)]
        return [Acronym(s, doc.text_of(s)) for s in spans]


pipeline = geotext.Pipeline(extractors=["links", AcronymExtractor()])

if __name__ == "__main__":
    doc = pipeline("L’ONU et la CEDEAO ont reçu les délégués du M23 à Lomé.")
    print([a.text for a in doc.layers["acronyms"]])
    converter = geotext.make_converter(extra_types=[Acronym])
    print(geotext.from_dict(geotext.to_dict(doc, converter), converter) == doc)
