"""The word families of status texts, as data, each with where it was found. The vocabulary
(xlfollow.core.status) matches whole texts first, then composes: a degree or negation word
changes the fulfilment stem it qualifies ("delvis uppfyllt" is yellow, "ej uppnått" red), a
symbol followed by words ("🟢 På rätt väg") is read as the symbol when the words agree or say
nothing known.

Sources (public follow-up reports and council performance reports):
- RJH 2017/2018: Region Jämtland Härjedalen, follow-up of success factors per April 2017 and
  2018 (../shared/seeds): grön/gul/röd pil, "EJ AKTUELL", "Ej längre aktuell", "Utgår".
- VÅRGÅRDA 2023: Vårgårda kommun, årsredovisning 2023, "Måluppföljning per den 31 december 2023":
  delmål "uppfyllda", "inte uppfyllda", "delvis uppfyllda"; smileys 😊 (uppfyllt), 😐 (delvis
  uppfyllt, eller kan inte mätas/bedömas), 😒 (inte uppfyllt).
- MALMÖ 2014: Malmö stad, årsredovisning 2014, "Mål för verksamheten": grön, gul och röd pil;
  "tom vit ruta" när bedömning ej kunnat göras.
- STRÄNGNÄS 2012: revisionsrapport, delårsrapport per 31 augusti 2012: "bedöms inte bli uppfyllt",
  "uppnås".
- MEDWAY 2010: Medway Council, Council Plan monitoring Q3 2009/10: "on track (rated green)",
  "off target ... (amber)", "off target and required improvement (red)".
- BRACKNELL 2025: Bracknell Forest Council, Council plan overview report Q4 2024/25: actions
  "complete", "in progress", "not started"; green, amber, red.
- RBKC 2025: Royal Borough of Kensington and Chelsea, Council Plan Action Plan: RAG, "green where
  there are no issues or risks, amber when issues or risks have been identified, red when ...
  significant".
- HAVERING 2014: London Borough of Havering, Corporate Performance Report Q4 2013/14: RAG and a
  separate Direction of Travel column (never the status).
"""

from __future__ import annotations

# Whole texts (after normalising), by status value. The five statuses' own words stay in
# xlfollow.core.status; these are the families found in the sources above.
FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "green": {
        "VÅRGÅRDA 2023": (
            "uppfyllt",
            "uppfylld",
            "uppfyllda",
            "uppfylls",
            "målet är uppfyllt",
            "😊",
            "🙂",
            "😀",
            "😃",
        ),
        "STRÄNGNÄS 2012": ("uppnått", "uppnådd", "uppnådda", "uppnås", "målet är uppnått", "målet uppnås"),
        "MEDWAY 2010": ("on track", "on target", "achieved", "met", "target met"),
        "BRACKNELL 2025": ("complete", "completed", "done", "delivered"),
        "RBKC 2025": ("g", "green"),
        "common": (
            "genomförd",
            "genomfört",
            "genomförda",
            "klar",
            "klart",
            "avslutad",
            "på rätt väg",
            "enligt plan",
            "✓",
            "✔",
            "✅",
            "☑",
            "🟢",
            "🟩",
            "💚",
        ),
    },
    "yellow": {
        "VÅRGÅRDA 2023": ("😐", "delvis uppfyllt", "delvis uppfylld", "delvis uppfyllda"),
        "MEDWAY 2010": ("off target but capable", "partly met", "partially met", "partly achieved"),
        "BRACKNELL 2025": ("in progress", "not started", "ongoing"),
        "RBKC 2025": ("amber", "a", "at risk", "some issues"),
        "common": (
            "pågår",
            "pågående",
            "påbörjad",
            "påbörjat",
            "ej påbörjad",
            "ej startad",
            "försenad",
            "försenat",
            "delayed",
            "on hold",
            "pausad",
            "🟡",
            "🟠",
            "🟨",
            "🟧",
            "⚠",
            "⚠️",
        ),
    },
    "red": {
        "VÅRGÅRDA 2023": ("😒", "☹", "🙁", "😞", "inte uppfyllt", "inte uppfylld", "inte uppfyllda"),
        "STRÄNGNÄS 2012": ("inte uppnått", "ej uppnått", "uppnås inte", "uppfylls inte"),
        "MEDWAY 2010": ("off track", "off target", "not met", "not achieved", "missed"),
        "common": ("ej genomförd", "ej genomfört", "❌", "✗", "✘", "❎", "🔴", "🟥"),
    },
    "not_applicable": {
        "RJH 2017/2018": ("ej aktuell", "ej längre aktuell", "utgår"),
        "BRACKNELL 2025": ("cancelled", "canceled", "withdrawn", "closed", "no longer applicable"),
        "common": ("avbruten", "avbrutet", "struken", "stoppad"),
    },
    "missing": {
        "MALMÖ 2014": (
            "ej bedömd",
            "ej bedömt",
            "bedömning saknas",
            "ingen bedömning",
            "kan ej bedömas",
            "kan inte bedömas",
            "⚪",
            "⬜",
        ),
        "VÅRGÅRDA 2023": ("kan inte mätas", "ej mätbart", "ej mätbar", "ej mätt"),
        "MEDWAY 2010": ("not measured", "not assessed", "no data", "not yet reported", "tbc"),
    },
}

# Words that negate the fulfilment stem that follows or precedes them ("ej uppfyllt", "uppnås
# inte", "not met"): the composed status is red. "ännu ej" counts as a negation: not yet met.
NEGATIONS = ("ej", "inte", "icke", "ännu ej", "ännu inte", "not", "not yet", "no", "never", "aldrig")
# Words of degree: a fulfilment qualified by one is on its way (yellow).
DEGREES = (
    "delvis",
    "till viss del",
    "till stor del",
    "nästan",
    "i stort sett",
    "partly",
    "partially",
    "mostly",
    "largely",
    "almost",
)
# Stems of fulfilment words, matched at the start of a word (uppfyll-t/-d/-da/-s, uppnå-tt/-dd/-s,
# genomför-d/-t/-da, achiev-ed, complet-e/-ed, deliver-ed, fulfil-led) ...
FULFILMENT_STEMS = ("uppfyll", "uppnå", "genomför", "achiev", "complet", "deliver", "fulfil")
# ... and whole words.
FULFILMENT_WORDS = ("met", "klar", "klart", "klara", "done", "reached", "nådd", "nått", "nås")
# Words that say nothing of the status around a fulfilment ("målet är uppnått", "is met").
FILLER = (
    "målet",
    "målen",
    "mål",
    "är",
    "har",
    "blivit",
    "bedöms",
    "vara",
    "bli",
    "blir",
    "the",
    "target",
    "goal",
    "is",
    "has",
    "been",
    "was",
    "are",
    "helt",
    "fully",
    "yet",
)
