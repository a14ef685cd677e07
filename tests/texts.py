"""French news texts of the tests' own: the example article and short articles written for them.

They stand in for a corpus wherever a test needs many documents (batches, worker processes,
Dask, the JSON schema): every text is in the repository, so the tests run from a clone alone.
Together they fill every built-in layer (``tests/test_schema.py`` checks it).
"""

from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# Written for these tests; names of people are invented.
ARTICLES = [
    (
        "sahel-treve",
        "2024-03-08",
        "Trêve fragile dans le nord du Niger\n"
        "Le gouvernement nigérien et les groupes armés ont signé mardi à Niamey un accord de "
        "cessez-le-feu de soixante jours. « C’est une étape, rien de plus », a déclaré le "
        "ministre de la Défense, M. Issa Bako. Selon l’ONU, près de 4 000 personnes ont fui "
        "Agadez depuis le 1er février.",
    ),
    (
        "kiev-frappes",
        "2025-01-17",
        "Frappes de drones sur Kiev\n"
        "Au moins 7 civils ont été tués et une trentaine blessés dans la nuit de jeudi à "
        "vendredi lors d’une attaque russe sur Kiev, ont annoncé les secours. Le président "
        "ukrainien a dénoncé « une terreur quotidienne » et demandé à ses alliés de nouveaux "
        "systèmes de défense aérienne. Moscou affirme n’avoir visé que des cibles militaires.",
    ),
    (
        "bruxelles-sanctions",
        "2024-06-24",
        "Bruxelles adopte de nouvelles sanctions\n"
        "Les ministres des Affaires étrangères de l’Union européenne ont adopté lundi à "
        "Luxembourg un quatorzième train de sanctions contre la Russie. Le texte gèle les "
        "avoirs de 69 personnes et vise 47 entreprises. La cheffe de la diplomatie belge, "
        "Mme Hadja Lahbib, a estimé que l’Europe devait « tenir la ligne ».",
    ),
    (
        "dakar-election",
        "2024-03-25",
        "Présidentielle au Sénégal\n"
        "Le candidat de l’opposition est arrivé en tête du premier tour avec 54 % des voix, "
        "selon des résultats provisoires publiés dimanche soir à Dakar. Son rival a reconnu sa "
        "défaite lundi matin. La participation a atteint 61 %, a précisé la commission "
        "électorale sur son site commission-electorale.sn.",
    ),
    (
        "gaza-aide",
        "2024-11-12",
        "Gaza : l’aide humanitaire toujours bloquée\n"
        "Une centaine de camions attendent depuis trois jours au point de passage de Rafah, "
        "a indiqué mercredi l’Unicef. L’agence réclame l’ouverture immédiate de la frontière. "
        "« Les enfants ne peuvent plus attendre », a-t-elle ajouté dans un communiqué. Le "
        "Qatar et l’Égypte poursuivent leur médiation au Caire.",
    ),
    (
        "khartoum-combats",
        "2023-05-02",
        "Les combats reprennent à Khartoum\n"
        "L’armée soudanaise et les Forces de soutien rapide se sont affrontées samedi dans le "
        "centre de Khartoum, malgré la trêve annoncée la veille. Plus de 500 personnes ont été "
        "tuées depuis le 15 avril, selon l’Organisation mondiale de la santé. Washington a "
        "menacé de sanctions les chefs des deux camps.",
    ),
    (
        "onu-resolution",
        "2024-10-03",
        "Le Conseil de sécurité divisé\n"
        "La Russie a opposé jeudi son veto à un projet de résolution présenté par la France et "
        "le Royaume-Uni, qui exigeait un cessez-le-feu au Soudan. Treize membres ont voté pour "
        "et la Chine s’est abstenue. L’ambassadeur français a regretté « un jour sombre pour "
        "le Conseil ».",
    ),
    (
        "mali-otages",
        "2024-09-20",
        "Deux otages libérés au Mali\n"
        "Deux travailleurs humanitaires enlevés en juillet près de Tombouctou ont été libérés "
        "vendredi, a annoncé le ministère malien des Affaires étrangères. Une rançon de 2 "
        "millions d’euros aurait été versée, selon une source sécuritaire, ce que Bamako "
        "dément.",
    ),
]


def items() -> list[tuple[str, str, str | None]]:
    """``(id, text, reference_date)`` of the example article, then of the written articles."""
    article = (EXAMPLES / "article_fr.txt").read_text(encoding="utf-8")
    return [("article_fr", article, "2024-03-08"), *((i, t, d) for i, d, t in ARTICLES)]


def texts() -> list[str]:
    """The texts of :func:`items`."""
    return [text for _, text, _ in items()]
