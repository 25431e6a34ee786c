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
- HELSINGBORG 2012/2016: Helsingborgs stad, "Uppnådde vi målen 2012?" and årsredovisning 2016,
  nämndernas mål: "Uppfyllelse 100 procent", "Uppfyllelse 91–99 procent", "Uppfyllelse 90 procent
  eller lägre", "Uppföljning är inte genomförd", "Mätningen är inte genomförd"; "Resultatet är
  inte helt uppnått jämfört med uppsatt mål" (yellow: "inte helt" is a degree, not a negation).
- ENKÖPING 2019: Enköpings kommun, politisk plan 2019, uppdrag followed up on the scale "uppnått",
  "uppnått till minst 80 %", "uppnått till mindre än 80 %".
- GEORGES RIVER 2021: Georges River Council (NSW), Delivery Program progress report Jul–Dec 2021,
  "How we rate the status": Complete, On Track, On Hold, Behind Schedule ("due to budget or other
  constraints"), Carry Forward ("to next action year"), Cancelled.
- BELFAST 2024/25: Belfast City Council, performance report legend: "green means an action is
  achieved or completed; yellow ... partially achieved; red ... not achieved; grey square means
  data is not available"; indicators "on target or exceeded", "slightly adrift", "adrift".
- ALE 2018/2019: Ale kommun, Kommunens kvalitet i korthet (Stratsys published views, utbildning
  2018 and omsorg 2019): "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ingen mätning har
  genomförts" (no measurement: no assessment) under a status column with no header.
- JÖNKÖPING HÅLLBAROMETERN: Jönköpings kommun, Hållbarometern (follow-up of the assignments under
  each local environmental goal, 2019–2021): "Genomfört enligt plan", "Pågående enligt plan"
  (on track), "Pågående med avvikelse". Its teckenförklaring (jonkoping.hallbarometern.se,
  2013): "Målet är uppnått", "Målet bedöms kunna uppnås", "Osäkert om målet kan uppnås", "Målet
  bedöms inte kunna uppnås", "Målet har inte uppnåtts"; the same platform in other municipalities
  names the goal by its kind ("Effektmålet ser ut att uppnås").
- PROJECT PERFORMANCE REPORTS (Australian councils' delivery programs): "On Schedule", "Ahead of
  Schedule", "Behind Schedule".
- SOCIALNÄMND DELÅRSBOKSLUT: a Swedish socialnämnd's interim report (5dok.org copy; municipality
  not named there), "Måluppfyllelse" of "Kommungemensamma mål" and "Nämndens mål": "Delvis
  uppnått", "Avser ej nämnd" (the goal does not concern the committee).
- REIGATE & BANSTEAD: Reigate & Banstead BC, council performance (KPIs): "Green = on or above
  target; Amber = within agreed tolerance; Red = below target".
- EPPING FOREST 2016/17: Epping Forest DC, Key Action Plan Q3: "Achieved or On-Target", "Under
  Control", "Behind Schedule".
- CANADA MANDATE TRACKER: Government of Canada, Mandate Letter Tracker (2017–2019): "Completed -
  fully met", "Underway - on track", "Underway - with challenges", "Not being pursued".
- KENTUCKY GSC: Kentucky Governmental Services Center, strategic plan progress guidance: "has been
  postponed and is expected to begin on [date]".
- VÄSTERÅS 2015: Västerås stad, Västeråsbarometern, teckenförklaring: "Målet kan uppnås", "Målet
  kan delvis uppnås", "Målet blir svårt att uppnå", "Bedömning saknas", "Avförd åtgärd".
- LUND: Lunds kommun, prognos för måluppfyllelse: "Når målet", "Når delvis målet", "Når inte
  målet", "Målet kan inte bedömas".
- IBESTAD 2014 (Norwegian): Ibestad kommune, Årsberetning 2014: "grønt viser at et mål er nådd, gul
  er delvis nådd og rødt er et mål som ikke er nådd".
- OES.DK / OS2 (Danish): Økonomistyrelsen's guidance on årsrapporter ("opfyldt", "ikke opfyldt");
  OS2's legend "Grøn → Kravet er fuldt opfyldt ... Gul → delvist opfyldt ... Rød → ikke opfyldt";
  Assens Kommune, Vision 2030: "Ingen ny data".
- TURKU 2018, HELSINKI 2019 (Finnish): Turun kaupunki, kaupunginhallitus 4.6.2018 ("valmis");
  Helsingin kaupunki, arviointikertomus 2019 ("toteutui", "ei toteutunut"); a ministry's strategy
  map ("Toteutunut", "Osittain toteutunut", "Ei toteutunut": green, yellow, red).
- HELSINKI YMPÄRISTÖRAPORTTI 2021, 2022 (Finnish and Swedish): Helsingin kaupunki,
  ympäristöraportti, ympäristöindikaattorit / Helsingfors stad, miljörapport, miljöindikatorer: each
  indicator rated by its development, the report's own three steps ("Indikaattori kehittynyt
  parempaan suuntaan" / "Indikatorn har utvecklats mot det bättre", "… ei tapahtunut muutosta" /
  "Det har inte skett några förändringar …", "… huonompaan suuntaan" / "… mot det sämre"), and no
  rating yet for a new indicator or one still being calculated.
- NYNÄSHAMN 2021: Nynäshamns kommun, årsredovisning 2021, nämndmålens målbedömning: "Helt
  uppfyllt", "I hög grad uppfyllt", "Delvis uppfyllt"; the report counts the first two together as
  met ("tio av dessa vara helt eller i hög grad uppfyllda"), so "i hög grad" is green where
  "till stor del" (no source) stays a degree on its way.
- TBS INFOBASE 2016-17: Treasury Board of Canada Secretariat, GC InfoBase open data, departmental
  results indicators: status_color "success" (met, or on track), "not_avail" (result not
  available), "not_appl" (no longer applicable). Its "failure" is red where the target date has
  passed and yellow where it has not (its status_period): asked, never guessed.
- KUNGSBACKA 2023/2024: Kungsbacka kommun, nämndernas årsredovisningar (Stratsys), "Nämndens
  bedömning" and "Kommunövergripande bedömning": "Vi har nått målet", "Vi har inte nått målet men
  är på rätt väg", "Vi har inte nått målet".
- GÖTEBORG 2023: Göteborgs Stad, delårsrapport augusti och årsredovisning 2023, kommunfullmäktiges
  mål, "Stadsledningskontorets bedömning": "Sannolikt att nås", "Möjligt att nås", "Ej sannolikt att
  nås" ("Målet bedöms sannolikt att nå." ...).
- GÖTEBORG JÄMLIK STAD 2023: Göteborgs Stad, stadsledningskontoret, Uppföljning av plan för en jämlik
  stad 2019–2022 (2023-08-23): "Bedömningen graderas utifrån God måluppfyllelse, Viss
  måluppfyllelse och Ingen måluppfyllelse" (the cells say "God", "Viss" under "Måluppfyllelse"); the
  same scale in Samordningsförbundet Göteborg's årsredovisningar 2023-2025.
- GÖTEBORG MILJÖ 2023, 2025: Göteborgs Stad, miljöförvaltningen, rapport 2023:06 and 2025:13,
  uppföljning av målen i miljö- och klimatprogrammet: "På rätt väg", "Kräver ytterligare insatser"
  ("möjligt att nå om staden genomför ytterligare insatser"; 2025: "Kräver kraftfulla insatser"),
  "Kräver omfattande omställning" ("inte möjligt att nå med nuvarande arbetssätt"; 2025: "Kräver
  systemomställning": "genomgripande förändringar").
- GÖTEBORG UPPDRAG 2023-2025: Göteborgs Stad, kulturförvaltningen, halvtidsutvärdering av plan för
  kulturprogrammet 2023–2026 (2025), and Samordningsförbundet Göteborg, årsredovisningar 2023-2025
  (Stratsys): assignments and activities "Avslutad", "Pågående", "Pågående med avvikelse", "Ej
  påbörjad". Each of the three reports that prints "Ej påbörjad" on an item was counted by hand as
  red (not started when it should have been), so "ej påbörjad" is red, where "påbörjad" and
  "pågående" (begun, under way) stay yellow. RJH 2018's yellow, "åtgärder planerade och/eller
  påbörjade", is about actions planned or begun, not an assignment that has not begun.
- US OGP NAP5 2024: the Fifth U.S. Open Government National Action Plan's commitment tracker
  (open.usa.gov, 2024): "Sub-Commitment Status" Complete, In Progress, Not Started; counted by hand
  green, yellow and red. "Not started" had been yellow (Bracknell 2025's actions, read with RJH's
  "planerade och/eller påbörjade"); it is red as "ej påbörjad" is: an action not begun, in every
  hand count that met it (92, 95, 98, 108), and Bracknell's own order (complete, in progress, not
  started; green, amber, red).
- US OGP SELF-ASSESSMENTS 2015-2016: the United States' mid-term and end-of-term self-assessments
  of its second and third Open Government National Action Plans (open.usa.gov), each commitment's
  "Completion level" marked under the Open Government Partnership's scale "Not started | Limited |
  Substantial | Completed" (the IRM's completion levels, the same in every member country's
  reports): "Limited" and "Substantial" are begun and not finished, yellow, as counted by hand
  (105, 116, 118).
- GÖTEBORG 2022: Göteborgs Stad, årsredovisning 2022, kommunfullmäktiges övergripande mål,
  "Bedömd måluppfyllelse för året": "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Svårbedömt"
  (hard to assess: no assessment).
- NACKA: Nacka kommun, bilaga to a nämnd's bokslut: goals (S) and indicators (N) rated "Bra",
  "OK", "Har brister". "OK" is ambiguous: the middle of a Swedish three-step scale, but "fine" in
  English reports; it is read by the workbook's language (AMBIGUOUS below).
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
        "JÖNKÖPING HÅLLBAROMETERN": (
            "genomfört enligt plan",
            "genomförd enligt plan",
            "pågående enligt plan",
            "pågår enligt plan",
            "enligt plan",
        ),
        "MEDWAY 2010": ("on track", "on target", "achieved", "met", "target met"),
        "PROJECT PERFORMANCE REPORTS": ("on schedule", "ahead of schedule"),
        "BRACKNELL 2025": ("complete", "completed", "done", "delivered"),
        "RBKC 2025": ("g", "green"),
        "HELSINGBORG 2012/2016": ("uppfyllelse 100 procent", "uppfyllelse 100 %"),
        "ENKÖPING 2019": ("uppnått",),
        "NACKA": ("bra",),
        "TBS INFOBASE 2016-17": ("success",),
        "GÖTEBORG JÄMLIK STAD 2023": ("god måluppfyllelse",),
        "GÖTEBORG 2023": (
            "målet bedöms sannolikt att nå",
            "målet är sannolikt att nå",
            "sannolikt att nå",
            "sannolikt att nås",
        ),
        "KUNGSBACKA 2023/2024": ("vi har nått målet", "nått målet", "målet är nått"),
        "NYNÄSHAMN 2021": (
            "helt uppfyllt",
            "i hög grad uppfyllt",
            "i hög grad uppfylld",
            "i hög grad uppfyllda",
            "i hög grad uppnått",
            "i hög grad uppnådd",
            "i hög grad uppnådda",
        ),
        "GEORGES RIVER 2021": ("on track", "complete"),
        "BELFAST 2024/25": ("achieved or completed", "on target or exceeded", "exceeded"),
        "REIGATE & BANSTEAD": ("on or above target", "above target"),
        "EPPING FOREST 2016/17": ("on-target", "achieved or on-target"),
        "CANADA MANDATE TRACKER": (
            "completed - fully met",
            "completed – fully met",
            "underway - on track",
            "underway – on track",
        ),
        "VÄSTERÅS 2015": ("målet kan uppnås", "genomförd åtgärd"),
        "LUND": ("når målet",),
        "IBESTAD 2014": ("nådd", "mål nådd"),
        "OES.DK / OS2": ("opfyldt", "fuldt opfyldt", "gennemført", "grøn"),
        "TURKU 2018, HELSINKI 2019": ("toteutunut", "toteutui", "valmis", "toteutuu kokonaan", "vihreä"),
        "HELSINKI YMPÄRISTÖRAPORTTI 2021, 2022": (
            "indikaattori kehittynyt parempaan suuntaan",
            "indikatorn har utvecklats mot det bättre",
        ),
        "common": (
            "genomförd",
            "genomfört",
            "genomförda",
            "klar",
            "klart",
            "avslutad",
            "avslutat",  # Region Gävleborg 2024, politiska uppdrag: "AVSLUTAT" / "PÅGÅENDE"
            "avslutade",
            "avslutades",  # Koll2035 2024: "Utredningen avslutades 2021."
            "genomfördes",
            "slutförd",
            "slutfört",
            "slutförda",
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
        "JÖNKÖPING HÅLLBAROMETERN": ("pågående med avvikelse", "pågår med avvikelse"),
        "MEDWAY 2010": ("off target but capable", "partly met", "partially met", "partly achieved"),
        "BRACKNELL 2025": ("in progress", "ongoing"),
        "RBKC 2025": ("amber", "a", "at risk", "some issues"),
        "HELSINGBORG 2012/2016": (
            "uppfyllelse 91–99 procent",
            "uppfyllelse 91-99 procent",
            "uppfyllelse 91–99 %",
            "resultatet är inte helt uppnått",
        ),
        "ENKÖPING 2019": ("uppnått till minst 80 %", "uppnått till minst 80 procent"),
        "GEORGES RIVER 2021": ("carry forward", "carried forward"),
        "HART DC 2014": ("close to target",),
        "BELFAST 2024/25": ("partially achieved", "slightly adrift"),
        "REIGATE & BANSTEAD": ("within agreed tolerance", "within tolerance"),
        "EPPING FOREST 2016/17": ("under control",),
        "CANADA MANDATE TRACKER": (
            "underway - with challenges",
            "underway – with challenges",
            "underway with challenges",
        ),
        "KENTUCKY GSC": ("postponed",),
        "US OGP SELF-ASSESSMENTS 2015-2016": ("limited", "substantial"),
        "GÖTEBORG JÄMLIK STAD 2023": ("viss måluppfyllelse",),
        "GÖTEBORG 2023": (
            "målet bedöms möjligt att nå",
            "målet är möjligt att nå",
            "möjligt att nå",
            "möjligt att nås",
        ),
        "GÖTEBORG MILJÖ 2023, 2025": ("kräver ytterligare insatser", "kräver kraftfulla insatser"),
        "KUNGSBACKA 2023/2024": (
            "vi har inte nått målet men är på rätt väg",
            "inte nått målet men är på rätt väg",
            "inte nått målet men på rätt väg",
        ),
        "VÄSTERÅS 2015": ("målet kan delvis uppnås",),
        "LUND": ("når delvis målet",),
        "IBESTAD 2014": ("delvis nådd",),
        "OES.DK / OS2": ("delvist opfyldt", "gul"),
        "TURKU 2018, HELSINKI 2019": ("osittain toteutunut", "toteutuu osittain"),
        "HELSINKI YMPÄRISTÖRAPORTTI 2021, 2022": (
            "indikaattorin kehityksessä ei tapahtunut muutosta",
            "det har inte skett några förändringar i indikatorns utveckling",
        ),
        "common": (
            "pågår",
            "pågående",
            "påbörjad",
            "påbörjat",
            "påbörjade",
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
        "HELSINGBORG 2012/2016": (
            "uppfyllelse 90 procent eller lägre",
            "uppfyllelse 90 % eller lägre",
            "inga framsteg",
            "begränsade framsteg",
        ),
        "ENKÖPING 2019": ("uppnått till mindre än 80 %", "uppnått till mindre än 80 procent"),
        "NACKA": ("har brister", "brister"),
        "GEORGES RIVER 2021": ("behind schedule",),
        "BELFAST 2024/25": ("adrift",),
        "REIGATE & BANSTEAD": ("below target",),
        "VÄSTERÅS 2015": ("målet blir svårt att uppnå",),
        "LUND": ("når inte målet",),
        "GÖTEBORG MILJÖ 2023, 2025": ("kräver omfattande omställning", "kräver systemomställning"),
        "GÖTEBORG JÄMLIK STAD 2023": ("ingen måluppfyllelse",),
        "GÖTEBORG 2023": (
            "målet bedöms ej sannolikt att nå",
            "målet är ej sannolikt att nå",
            "ej sannolikt att nå",
            "ej sannolikt att nås",
            "målet bedöms inte sannolikt att nå",
        ),
        "KUNGSBACKA 2023/2024": ("vi har inte nått målet", "inte nått målet", "målet är inte nått"),
        "IBESTAD 2014": ("ikke nådd", "ikkje nådd"),
        "OES.DK / OS2": ("ikke opfyldt", "rød"),
        "TURKU 2018, HELSINKI 2019": ("ei toteutunut", "ei toteudu", "punainen"),
        "HELSINKI YMPÄRISTÖRAPORTTI 2021, 2022": (
            "indikaattori kehittynyt huonompaan suuntaan",
            "indikatorn har utvecklats mot det sämre",
        ),
        "US OGP NAP5 2024": ("not started",),  # ("not yet started" may be not yet due: unknown, asked)
        "GÖTEBORG UPPDRAG 2023-2025": (
            "ej påbörjad",
            "ej påbörjat",
            "ej påbörjade",
            "inte påbörjad",
            "inte påbörjat",
            "inte påbörjade",
            "ej startad",
            "ej startat",
            "inte startad",
            "inte startat",
        ),
        "common": ("ej genomförd", "ej genomfört", "❌", "✗", "✘", "❎", "🔴", "🟥"),
    },
    "not_applicable": {
        "RJH 2017/2018": ("ej aktuell", "ej längre aktuell", "utgår"),
        "BRACKNELL 2025": ("cancelled", "canceled", "withdrawn", "closed", "no longer applicable"),
        "CANADA MANDATE TRACKER": ("not being pursued",),
        "TBS INFOBASE 2016-17": ("not_appl", "not appl"),
        "HART DC 2014": ("for info only", "for information only", "info only"),
        "VÄSTERÅS 2015": ("avförd", "avförd åtgärd"),
        "SOCIALNÄMND DELÅRSBOKSLUT": ("avser ej nämnd", "avser ej nämnden", "avser inte nämnden"),
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
        "GÖTEBORG 2022": ("svårbedömt", "svårbedömd", "svårbedömda", "svårt att bedöma"),
        "HELSINKI YMPÄRISTÖRAPORTTI 2021, 2022": (
            "uusi indikaattori",
            "(uusi indikaattori)",
            "laskenta kesken",
            "(laskenta kesken)",
            "ny indikator",
            "(ny indikator)",
            "beräkningen pågår",
            "(beräkningen pågår)",
        ),
        "ALE 2018/2019": ("ingen mätning har genomförts", "ingen mätning"),
        "MEDWAY 2010": ("not measured", "not assessed", "no data", "not yet reported", "tbc"),
        "BELFAST 2024/25": ("data is not available", "data not available"),
        "LUND": ("målet kan inte bedömas",),
        "OES.DK / OS2": ("ingen ny data",),
        "TBS INFOBASE 2016-17": ("not_avail", "not avail", "not available"),
        "HELSINGBORG 2012/2016": (
            "uppföljning är inte genomförd",
            "mätningen är inte genomförd",
            "mätning ej genomförd",
            "ej mätt",
        ),
    },
}

# Words that mean different statuses in different languages: read by the workbook's language
# (the settings' `language`), and said so on Kontroll. "OK" is the middle step of Nacka's
# "Bra – OK – Har brister"; in English reports "OK" means fine.
AMBIGUOUS: dict[str, dict[str, str]] = {
    "ok": {"sv": "yellow", "en": "green"},
    "okej": {"sv": "yellow", "en": "green"},
}

# Words that negate the fulfilment stem that follows or precedes them ("ej uppfyllt", "uppnås
# inte", "not met"): the composed status is red. "ännu ej" counts as a negation: not yet met.
NEGATIONS = (
    "kommer inte att",  # a forecast: "målet kommer inte att uppnås"
    "ej",
    "inte",
    "icke",
    "ännu ej",
    "ännu inte",
    "not",
    "not yet",
    "no",
    "never",
    "aldrig",
    "ikke",  # Norwegian (bokmål), Danish
    "ikkje",  # Norwegian (nynorsk)
    "ennå ikke",
    "endnu ikke",
    "ei",  # Finnish: "ei toteutunut", "tavoite ei toteutunut"
    "eivät",
)
# Words of degree: a fulfilment qualified by one is on its way (yellow).
DEGREES = (
    "inte helt",
    "ej helt",
    "inte fullt",
    "not fully",
    "not entirely",
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
    "ikke helt",  # Norwegian, Danish
    "ikke fullt",
    "ikkje heilt",
    "delvist",
    "langt på vei",
    "osittain",  # Finnish
    "ei täysin",
    "pääosin",
)
# Uncertain whether a goal will be met: the middle of a forecast scale (Jönköping's "Osäkert om
# målet kan uppnås", between "bedöms kunna uppnås" and "bedöms inte kunna uppnås"): yellow, in a
# forecast only ("Oklart om målet är uppnått" says no assessment was made: unknown).
UNCERTAIN = ("osäkert om", "oklart om", "tveksamt om", "usikkert om", "uncertain whether", "uncertain if")
# Stems of fulfilment words, matched at the start of a word (uppfyll-t/-d/-da/-s, uppnå-tt/-dd/-s,
# genomför-d/-t/-da, achiev-ed, complet-e/-ed, deliver-ed, fulfil-led) ...
FULFILMENT_STEMS = (
    "uppfyll",
    "uppnå",
    "genomför",
    "förverklig",
    "achiev",
    "complet",
    "deliver",
    "fulfil",
    "oppnå",  # Norwegian: oppnådd, oppnås
    "oppfyl",  # oppfylt, oppfylles
    "gjennomfør",
    "opnå",  # Danish: opnået
    "opfyld",  # opfyldt
    "gennemfør",
    "toteut",  # Finnish: toteutunut, toteutui, toteutumassa
    "saavut",  # saavutettu, saavutetaan
)
# ... and whole words.
FULFILMENT_WORDS = (
    "met",
    "klar",
    "klart",
    "klara",
    "done",
    "reached",
    "nådd",
    "nått",
    "nås",
    "nået",  # Danish
    "ferdig",  # Norwegian
    "færdig",  # Danish
    "valmis",  # Finnish
)
# What a status sentence is about, before its status ("Utredningen pågår.", "Uppdraget är avslutat.",
# Koll2035's status report 2024, 111 and 112): taken away, with "är" or "har", when the rest is a status.
SUBJECTS = (
    "utredningen",
    "utredning",
    "uppdraget",
    "projektet",
    "åtgärden",
    "aktiviteten",
    "insatsen",
)  # (never "arbetet": "Arbetet pågår." is a comment's first words, after its status)
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
    "målsättningen",
    "er",  # Norwegian, Danish: "målet er nådd", "målene er opfyldt"
    "målene",
    "målsætningen",
    "målsettingen",
    "blitt",
    "blevet",
    "vil",
    "tavoite",  # Finnish: "tavoite on saavutettu"
    "tavoitteet",
    "on",
    "ovat",
)
# Forecasts before a fulfilment, which say a goal will be met ("Målet bedöms kunna uppnås",
# "Effektmålet ser ut att uppnås"): whole phrases only ("att uppnå" alone, "to be achieved" alone
# say nothing of the kind), and only before a goal's fulfilment (GOAL_STEMS): that an action "kommer
# att genomföras" or "kan bli klar" says it is not done yet, and no status.
FORECASTS = ("ser ut att", "kommer att", "likely to be", "expected to be", "kunna", "kan")
GOAL_STEMS = (
    "uppnå",
    "uppfyll",
    "nå",
    "achiev",
    "met",
    "reach",
    "oppnå",
    "oppfyl",
    "opnå",
    "opfyld",
    "toteut",
    "saavut",
)
# A goal named by its kind ("Effektmålet är uppnått", "Delmålet är inte uppfyllt"): read as "målet"
# ("mellanmålet" is a snack).
GOAL_KINDS = (
    "effekt",
    "del",
    "etapp",
    "nämnd",
    "resultat",
    "verksamhets",
    "inriktnings",
    "miljö",
    "miljökvalitets",
    "huvud",
    "hoved",
    "kvalitets",
    "kommun",
    "strategi",
    "lednings",
)

# The words that head a sheet's own legend (teckenförklaring), in the five languages: the rows
# under one pair a key with its meaning (core/report.legend_meanings).
LEGEND_WORDS = frozenset(
    {
        "teckenförklaring",
        "förklaring",
        "symbolförklaring",
        "legend",
        "key",
        "tegnforklaring",
        "signaturforklaring",
        "selite",
        "selitteet",
    }
)


# answers to a header that asks whether a goal was met ("Uppfyllt Ja/Nej", "Achieved?", Västervik
# 2022): read so only in such a column (core/layout.asks_yes_no), never elsewhere ("Ja" alone says
# nothing)
ANSWERS: dict[str, tuple[str, ...]] = {
    "green": ("ja", "yes", "y", "j", "kyllä", "jo"),
    "yellow": ("delvis", "delvist", "partly", "partially", "osittain", "i viss mån"),
    "red": ("nej", "no", "n", "nei", "ei", "not yet"),
}
YES_NO_WORDS = frozenset(word for words in ANSWERS.values() for word in words)
