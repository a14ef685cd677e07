"""Hypothesis strategies: French news fragments written for these tests, mixed with noise."""

from __future__ import annotations

from hypothesis import strategies as st

FRAGMENTS = [
    "Le ministre a déclaré jeudi à Niamey",
    "« Nous ne céderons rien », a-t-il affirmé.",
    "M. Durand et Mme Keita sont arrivés à 14h30",
    "un budget de 2,5 milliards d’euros",
    "près de 6\u202f000 réfugiés",
    "l’armée a-t-elle reculé ?",
    "Voir exemple-actu.fr ou https://www.exemple.org/page.",
    "Saint-Pétersbourg, la Maison-Blanche et l’OTAN",
    "aujourd’hui, jusqu’à présent, lorsqu’il",
    "Réunion prévue le 03/06/2023…",
    "etc. av. J.-C.",
    "\u00a0:\u00a0",
    "\n\n",
    "\n",
    "Titre sans point\n",
    "- premier point\n",
    "« ",
    " »",
    "'",
    "-",
    "...",
    "1 2 3 4",
    "de la de la ",
    "le 29 février",
    "il y a trois semaines",
    "au moins 12 morts, dont trois enfants",
    "la nuit de samedi à dimanche",
    "mi-février, fin 2021, l'été dernier",
    "entre 200 et 300 soldats",
    "le bilan s'est alourdi à 14 morts",
    "vers 6 h 30, hier soir",
    "une vingtaine de blessés",
    "du 12 au 15 octobre",
    "Les Vingt-Sept",
    "septante-deux pour cent",
]

NOISE = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()),
    max_size=30,
)

#: Strings of any Unicode, lone surrogates and control characters included.
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=200)

#: Scripts and symbols a French news page may quote: right-to-left text, emoji, CJK.
FOREIGN = [
    "مرحبا بالجميع",
    "שלום לכולם",
    "🙂🔥🇫🇷",
    "\u202eÀ L'ENVERS\u202c",
    "東京で会議",
    "e\u0301\u0301\u0301",
]

#: A token or a line far longer than prose has.
LONG_RUNS = st.tuples(
    st.sampled_from(["x", "7", "A", "«", "-", "'", "é", "\n"]), st.integers(1000, 10_000)
).map(lambda pair: pair[0] * pair[1])

#: News-like text: fragments glued with random Unicode, foreign scripts and long runs.
NEWS_LIKE = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FOREIGN), NOISE, LONG_RUNS), max_size=12
).map("".join)

TEXTS = st.one_of(ANY_TEXT, NEWS_LIKE)
