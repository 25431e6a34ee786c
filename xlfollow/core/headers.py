"""The words that name a follow-up's columns: each field's header phrases (Swedish, Nordic and
English, as published follow-ups write them), the words that say a table's kind, the words of a
trend column, and month names in headers. Data only; ``core/layout.py`` finds the columns with
them."""

from __future__ import annotations

from xlfollow.core.lazy import lazy

# a service's promise followed up row by row (the Government of Canada's service standards; a
# Swedish municipality's servicegarantier and servicedeklarationer): the item, but only where no
# other field's word is in the header ("Bedömning servicegaranti" is the status, "Service standard
# target" the target)
WEAK_ITEM_PHRASES = (
    ("service", "standard"),
    ("servicegaranti",),
    ("servicegarantier",),
    ("servicedeklaration",),
    ("servicedeklarationer",),
)

# field -> header phrases (as word sequences). The longest phrase found in a header wins.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "nr", "nummer", "löpnummer", "number", "no"),
    # målområde, fokusområde (Vårgårda 2023), priority/theme (council plans): the grouping above goals
    "perspective": (
        "perspektiv",
        "perspective",
        "perspektivet",
        "målområde",
        "fokusområde",
        "priority",
        "theme",
    ),
    "goal": (
        "strategiskt mål",
        "strategiska mål",
        "strategiskt",
        "strategic goal",
        "strategic objective",
        "mål",
        "goal",
        "övergripande mål",
        "inriktningsmål",
        "kommunfullmäktiges mål",
        "strategic priority",
        "outcome goal",
        "målsætning",  # Danish
        "tavoite",  # Finnish
        "tavoitteet",
    ),
    "item": (
        "framgångsfaktor",
        "framgångsfaktorer",
        "framgångsfaktorn",
        "resultatmål",
        "aktivt mål",
        "aktiva mål",
        "aktivt",
        "ärende",
        "ärenden",
        "handlingsplan",
        "handlingsplaner",
        "åtgärd",
        "åtgärder",
        "success factor",
        "success factors",
        "result goal",
        "active goal",
        "item",
        "action plan",
        "action",
        "objective",
        "key result",
        "post",
        "poster",
        "nämndmål",
        "delmål",
        "uppdrag",
        "aktivitet",
        "insats",
        "initiative",
        "key action",
        "commitment",
        "deliverable",
        "project",
        "milestone",
        "tiltak",  # Norwegian
        "indsats",  # Danish
        "toimenpide",  # Finnish
        "toimenpiteet",
    ),
    "committee": (
        "nämnd",
        "nämnder",
        "utvalg",  # Norwegian
        "udvalg",  # Danish
        "lautakunta",  # Finnish
        "ansvarig nämnd",
        "beslutad av",
        "committee",
        "board",
        "ansvarig",
        "förvaltning",
        "directorate",
        "portfolio",
        "department",
    ),
    "measure": (
        "mått",
        "indikator",
        "nyckeltal",
        "measure",
        "indicator",
        "kpi",
        "indicator description",
        "mätetal",
        "mätmetod",  # Vårgårda 2023: the measure a delmål is followed by
        "indikaattori",  # Finnish
        "mittari",
        "måleindikator",  # Norwegian
        "styringsindikator",
    ),
    "target": (
        "målvärde",
        "målnivå",
        "target",
        "target value",
        "målverdi",
        "måltall",
        "målsetning",  # Norwegian (Stavanger 2018: "Målsetning" beside "Resultat 2018")
        "målsetting",
        "tavoitetaso",
        "tavoitearvo",
    ),
    "outcome": ("utfall", "outcome", "actual", "result", "toteuma"),
    "status": (
        "läge",
        "läget",
        "status",
        "bedömning",
        "per april",
        "per augusti",
        "per december",
        "res april",
        "res augusti",
        "res december",
        "måluppfyllelse",
        "assessment",
        "rag",
        "rag status",
        "rag rating",
        "per tertial",
        "aktuellt läge",
        "utfallssymbol",
        "progress",
        "delivery status",
        "overall status",
        "måloppnåelse",  # Norwegian
        "målopfyldelse",  # Danish
        "toteutuminen",  # Finnish
        "tila",
        "arvio",
        "arviointi",
    ),
    "comment": (
        "kommentar",
        "kommentarer",
        "kommentti",  # Finnish
        "bemærkning",  # Danish
        "merknad",  # Norwegian
        "beskrivning av nuläget",
        "beskrivning",
        "nuläge",
        "anmärkning",
        "comment",
        "comments",
        "remarks",
        "notes",
        "description",
        "commentary",
        "progress commentary",
        "progress comments",
        "progress comment",
        "progress update",
        "update",
    ),
    "activities": (
        "om aktiviteter",
        "aktiviteter",
        "activities",
        "corrective action",
        "actions planned",
        "åtgärder planerade",
    ),
}

# kind -> words in the item column's header that say it
# a sentence of eight words or more ending with a full stop: never a header; under a table of named
# figures, a note on them and no item
SENTENCE = lazy(r"^\s*(?:\S+\s+){7,}\S*[^\W\d_]{4}\.\s*$")

KIND_WORDS = (
    ("framgangsfaktorer", ("framgångsfaktor", "framgångsfaktorer", "framgångsfaktorn", "success")),
    ("aktiva-mal", ("aktivt", "aktiva", "active")),
    ("resultatmal", ("resultatmål", "result")),
    (
        "handlingsplaner",
        ("handlingsplan", "handlingsplaner", "åtgärd", "åtgärder", "ärende", "ärenden", "action"),
    ),
)

# words of a header that holds the trend beside the status, not the status
TREND_WORDS = {"trend", "dot", "riktning", "utveckling", "förändring", "jämfört", "travel", "tendens"}
# the values of a trend column (an arrow's text in published views: VGR's Stratsys view 2021 writes
# "Upp", "Ned", "Lika", "Ingen" beside each indicator): a column of nothing else is no status
TREND_VALUES = {
    "upp",
    "ned",
    "lika",
    "ingen",
    "oförändrad",
    "oförändrat",
    "uppåt",
    "nedåt",
    "up",
    "down",
    "same",
    "unchanged",
    "stable",
    "improving",
    "declining",
    "worsening",
    "opp",
    "uendret",
    "op",
    "uændret",
    "ylös",
    "alas",
    "ennallaan",
}

MONTH_NUMBER = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january"),
            ("februari", "february"),
            ("mars", "march"),
            ("april",),
            ("maj", "may"),
            ("juni", "june"),
            ("juli", "july"),
            ("augusti", "august"),
            ("september",),
            ("oktober", "october"),
            ("november",),
            ("december",),
        ),
        start=1,
    )
    for name in names
}

# a month as headers shorten it ("Läge jan–apr", "Apr 2026"); a period's end is its last month
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
