"""Regenerate the round-18 layout fixtures 88-90 into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round18 && /work/main/.venv/bin/python build.py

Sources: the public repository github:DeArbetarForDig/dearbetarfordig.se @a034da59 (files last changed in
c77edc4b), which keeps the extracted text of Göteborg's kommunfullmäktige papers as JSON:
  * data/graf/kf-2024-04-25.json, node "§ 151 Göteborgs Stads årsredovisning 2023", field handlingText
    (Handling with the whole annual report; two-column pages run together line by line) -> 88 and 90;
  * data/graf/kf-2023-11-23.json, node "§ 40 Delårsrapport augusti 2023", field handlingText
    (the interim report's chapter 6, one column, and Stadsrevisionen's summary table) -> 89.
The texts below were read from those files; the assessment sentences are the source's own (including its
missing full stops). Long prose is shortened to its first sentence(s) and ends in ' …' where cut (see
README.md). Expected counts were decided by hand.
"""
from collections import Counter
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
ITALIC = Font(italic=True)
HEAD = 'D9D9D9'     # grey table header (approximation of the PDF; no colour survives in the text)

REPO = 'github:DeArbetarForDig/dearbetarfordig.se'
COMMIT = 'a034da59b1a31b1bd016855a282f0e102ec1c30f'
CHANGED = 'c77edc4b041e7711e08c66dc5c40ec091ecc3626'


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


def status_of(sentence):
    """Hand mapping of the three-step scale (the report's legend: Sannolikt / Möjligt / Ej sannolikt att nås)."""
    s = sentence.lower()
    if 'ej sannolikt' in s:
        return 'red'
    if 'sannolikt' in s:
        return 'green'
    if 'möjligt' in s:
        return 'yellow'
    raise ValueError(sentence)


S = 'Målet bedöms sannolikt att nå.'
M = 'Målet bedöms möjligt att nå.'
E = 'Målet bedöms ej sannolikt att nå.'

# ---------------------------------------------------------------------------------------------------------
# 88  Göteborgs Stads årsredovisning 2023, Förvaltningsberättelse: "Kommunfullmäktiges övergripande mål"
#     (overview table Mål | Stadsledningskontorets bedömning), pp. 38-39 of the report.
# ---------------------------------------------------------------------------------------------------------
AR23_OVERVIEW = [
    ('Andelen utbildad personal i förskolorna ska öka och vara mer jämnt fördelad över Göteborg.', S),
    ('Alla förskolor ska hålla hög kvalitet och ge barn en trygg och stimulerande miljö.', S),
    ('Fler elever ska nå gymnasiebehörighet i grundskolan och fler elever ska fullfölja gymnasieskolan med '
     'godkända betyg.', M),
    ('Livsvillkoren för Göteborgs invånare ska bli mer jämlika.', E),
    ('Segregationen i Göteborg ska minska.', S),
    ('Hemlösheten ska upphöra till 2028.', M),
    ('Äldres självbestämmande ska stärkas och hälsoskillnaderna utjämnas.', M),
    ('Livsvillkoren för personer med funktionsnedsättning ska förbättras.', M),
    ('Göteborg ska vara en tillgänglig stad för alla oavsett funktionalitet.', M),
    ('Göteborg ska vara en jämlik och jämställd stad där alla bemöts likvärdigt, får sina mänskliga '
     'rättigheter tillgodosedda och ges likvärdiga möjligheter oberoende av kön.', E),
    ('Göteborg ska vara en säker och trygg stad.', M),
    ('Deltagandet i idrotts- och föreningslivet ska öka bland de grupper som vanligtvis inte är aktiva.', S),
    ('Göteborgs klimatavtryck ska kraftigt minska för att vara nära noll senast 2030 i linje med Göteborgs '
     'Stads miljö- och klimatprogram.', E),
    ('Göteborgs biologiska mångfald ska öka.', E),
    ('Alla göteborgare ska ha en hälsosam livsmiljö.', E),
    ('Framkomligheten ska vara god och andelen göteborgare som använder hållbara trafikslag ska öka, samtidigt '
     'som biltrafiken ska minska, i linje med Göteborgs Stads trafikstrategi.', M),
    ('Buller, luftföroreningar, partiklar och utsläpp av växthusgaser från trafiken ska minska.', E),
    ('Göteborgs offentliga rum ska vara vackra, välskötta, trygga och tillgängliga samt gynna den biologiska '
     'mångfalden.', M),
    ('Göteborg ska bli en mer blandad stad, bostadsbristen byggas bort och behovet av lokaler för kommunal '
     'service tillgodoses.', M),
    ('Alla göteborgare ska ha god tillgång till kultur oavsett i vilken stadsdel de bor.', S),
    ('Företagsklimatet ska förbättras.', S),
    ('Kompetensförsörjningen ska säkras och sysselsättningen för grupper långt från arbetsmarknaden öka.', M),
    ('Vuxenutbildningen ska i högre grad drivas i egen regi och av folkbildningens aktörer', S),
    ('Arbetsmiljön och arbetsvillkoren för Göteborgs Stads anställda ska förbättras.', M),
    ('Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.', S),
    ('Göteborgs Stads inköp- och upphandlingsprocesser ska bli mer effektiva och bidra till att nå samtliga '
     'hållbarhetsmål.', S),
    ('Göteborgs Stad ska styras transparent och resurseffektivt.', S),
]

GEH_EXCERPT = ('… Då kommunfullmäktige inte pekat ut några särskilda mål för god ekonomisk hushållning får '
               'samtliga 27 mål i budget anses vara verksamhetsmål för detta perspektiv. Merparten av målen, '
               '23 av 27, bedöms som möjliga att nå alternativt sannolika att nå. Dock kvarstår utmaningar '
               'inom framför allt miljöområdet och de mål som berör detta område. …')

KF_INTRO = ('Kommunfullmäktige har i budget 2023 beslutat om 27 mål som fördelats till huvudansvariga och '
            'ansvariga nämnder och bolag. Bedömningarna som gjorts av de 27 målen knyts i stor utsträckning '
            'till arbetet med, och uppföljningen av, närliggande mål i stadenövergripande program och planer. '
            'Ambitionen är att därigenom göra stadens styrning och uppföljning mer enhetlig och ändamålsenlig. '
            'I budgeten anges att målen har en tidshorisont över hela mandatperioden om inget annat anges, och '
            'det är utifrån detta som de har bedömts. Bedömningarna utgår från tre nivåer: målet bedöms '
            'sannolikt att nå, målet bedöms möjligt att nå och målet bedöms ej sannolikt att nå. Nedan följer, '
            'i tabellform, en översikt över bedömningen av måluppfyllelsen för samtliga budgetmål.')

FIN_1 = [  # Målvärden enligt budgetförslaget för god ekonomisk hushållning
    ('Soliditeten för kommunkoncernen bör uppgå till 15 procent inklusive ansvarsförbindelsen för '
     'pensionsåtagandet', '15 %', '27 %'),
    ('Resultatets andel av skatteintäkter, generella statsbidrag och utjämning', '−0,8 %', '1,5 %'),
    ('Egenfinansieringsgraden av investeringarna', '32 %', '103 %'),
    ('Exploateringsverksamheten ska över en rullande tioårsperiod vara i balans', '112 %', '113 %'),
]
FIN_2 = [  # Budgetförslagets utfall på de långsiktiga inriktningarna för god ekonomisk hushållning
    ('Soliditeten för kommunkoncernen bör uppgå till 15 procent inklusive ansvarsförbindelsen för '
     'pensionsåtagandet', '15 %', '27 %'),
    ('Resultatet bör över en rullande tioårsperiod uppgå till minst 2 procent av skatter, generella '
     'statsbidrag och utjämning', '4,3 %', '4,7 %'),
    ('Egenfinansieringsgraden av investeringar bör över en rullande tioårsperiod uppgå till minst 50 procent',
     '100 %', '109 %'),
    ('Exploateringsverksamheten ska över en rullande tioårsperiod vara i balans', '112 %', '113 %'),
]


def build_88():
    wb = Workbook()
    s = Sheet(wb, 'Förvaltningsberättelse', first=True)
    s.widths([95, 36, 22])
    s.row(['Göteborgs Stads årsredovisning 2023  |  Förvaltningsberättelse'], font=ITALIC)
    s.blank()
    s.row(['God ekonomisk hushållning och ekonomisk ställning'], font=H1)
    s.row(['I detta avsnitt görs en bedömning om verksamhetens utveckling ligger i linje med god ekonomisk '
           'hushållning. …'], wrap=True)
    s.row([GEH_EXCERPT], wrap=True)
    s.blank()
    s.row(['Kommunfullmäktiges övergripande mål'], font=H2)
    s.row([KF_INTRO], wrap=True)
    s.blank()
    s.row(['Mål', 'Stadsledningskontorets bedömning'], bold=True, fills={0: HEAD, 1: HEAD})
    st = []
    for goal, ass in AR23_OVERVIEW:
        s.row([goal, ass], wrap=True)
        st.append(status_of(ass))
    s.blank()
    s.row(['Finansiella mål för staden'], font=H2)
    s.row(['Målvärden enligt budgetförslaget för god ekonomisk hushållning'], bold=True)
    s.row(['Inriktningar', 'Målvärde 2023', 'Utfall 2023'], bold=True, fills={0: HEAD, 1: HEAD, 2: HEAD})
    for r in FIN_1:
        s.row(list(r), wrap=True)
    s.blank()
    s.row(['Budgetförslagets utfall på de långsiktiga inriktningarna för god ekonomisk hushållning'], bold=True)
    s.row(['Inriktningar', 'Målvärde 2023\nrullande tioårsvärde', 'Utfall 2023\nrullande tioårsvärde'],
          bold=True, fills={0: HEAD, 1: HEAD, 2: HEAD})
    for r in FIN_2:
        s.row(list(r), wrap=True)

    exp = counts(st)
    assert (exp['green'], exp['yellow'], exp['red']) == (10, 11, 6), exp
    meta = {
        'source': (f'{REPO} data/graf/kf-2024-04-25.json@{COMMIT} (file last changed in {CHANGED}): node '
                   '"kf-2024-04-25-§151" (kommunfullmäktige 2024-04-25, § 151 "Göteborgs Stads årsredovisning '
                   '2023", SLK-2023-01169), field handlingText = the extracted text of the council paper with '
                   'the whole annual report, two-column pages run together line by line. Förvaltningsberättelse, '
                   'report pages 38-39: "God ekonomisk hushållning och ekonomisk ställning" (excerpt), '
                   '"Kommunfullmäktiges övergripande mål" (overview table) and "Finansiella mål för staden"'),
        'organisation': 'Göteborgs Stad (kommunstyrelsen / stadsledningskontoret; adopted by kommunfullmäktige)',
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Göteborgs Stads årsredovisning 2023 – Förvaltningsberättelse: overview of the 27 '
                     'kommunfullmäktige goals of budget 2023 with Stadsledningskontorets bedömning'),
        'year': 2023,
        'sheet': 'Förvaltningsberättelse',
        'header_row': 10,
        'status_column': 'B',
        'item_column': 'A',
        'how_status_is_shown': ('a sentence in column B ("Stadsledningskontorets bedömning"): "Målet bedöms '
                                'sannolikt att nå." / "Målet bedöms möjligt att nå." / "Målet bedöms ej '
                                'sannolikt att nå." The scale is given in the prose above the table ("tre '
                                'nivåer"). No colour or icon survives in the text; none is added (the grey '
                                'header fill is an approximation).'),
        'vocabulary': {
            'Målet bedöms sannolikt att nå.': 'green',
            'Målet bedöms möjligt att nå.': 'yellow',
            'Målet bedöms ej sannolikt att nå.': 'red',
        },
        'period_read': '2023 (annual report; the goals run over the term of office 2023-2026)',
        'expected': exp,
        'notes': (
            'ONE TABLE OF 27 GOALS WITH AN ASSESSMENT SENTENCE, UNDER PROSE THAT STATES A DIFFERENT COUNT. '
            'Items = the 27 rows of "Mål | Stadsledningskontorets bedömning": green 10 ("sannolikt att nå"), '
            'yellow 11 ("möjligt att nå"), red 6 ("ej sannolikt att nå": jämlika livsvillkor; jämlik och '
            'jämställd stad; klimatavtryck; biologisk mångfald; hälsosam livsmiljö; buller/luft/trafik). '
            'SOURCE SUMMARY DISAGREES: the paragraph on god ekonomisk hushållning (kept above the table) says '
            '"Merparten av målen, 23 av 27, bedöms som möjliga att nå alternativt sannolika att nå" - the table '
            'gives 21 of 27 (10 + 11), and the report\'s own per-goal chapter ("Kommunfullmäktiges mål", '
            'report pages 118-147, not built) gives the same 27 assessments as the table. The table is taken; the sentence is '
            'prose, not an item. (The interim report of August 2023, fixture 89, had 7/15/5 = 22 of 27.) '
            'MAPPING: "ej sannolikt" is the negation of "sannolikt" - a reader matching the substring '
            '"sannolikt att nå" would turn the 6 reds green (16/11/0). TRAPS: (1) the scale sentence in the '
            'intro paragraph names all three levels in one cell - not an item; (2) below the goal table the '
            'same page prints "Finansiella mål för staden": two tables "Inriktningar | Målvärde 2023 | Utfall '
            '2023" with percentages - no statuses, not items (counting them as missing: 35 -> 10/11/6/0/8); '
            '(3) one goal text lacks its full stop ("... av folkbildningens aktörer") as printed. '
            'TRANSCRIPTION: goal texts and assessment sentences as printed (table rows broken over two lines '
            'in the PDF joined); the prose shortened, " …" marks each cut; the running head kept once, page '
            'numbers left out.'),
    }
    save(wb, '88_goteborg-arsredovisning-kf-mal-oversikt-2023', meta)


# ---------------------------------------------------------------------------------------------------------
# 89  Delårsrapport augusti 2023, chapter 6 "Kommunfullmäktiges mål": one block per goal.
# ---------------------------------------------------------------------------------------------------------
DR23_INTRO = ('I detta avsnitt görs en bedömning av möjligheterna att nå målen i kommunfullmäktiges budget. '
              'Bedömningarna knyts i stor utsträckning till arbetet med, och uppföljningen av, närliggande mål '
              'i stadenövergripande program och planer. …')
DR23_LEGEND = [
    'Bedömningarna utgår från tre olika nivåer och definieras så här:',
    'Sannolikt att nås. Målet är redan uppnått eller bedöms uppnås om nuvarande utveckling fortsätter och '
    'planerade insatser genomförs.',
    'Möjligt att nås. Målet bedöms möjligt att nå trots nuvarande utveckling om planerade insatser får avsedd '
    'effekt och utvecklingen i omvärlden är gynnsam.',
    'Ej sannolikt att nås. Målet bedöms inte nås med nuvarande utveckling. Kräver förändrad utveckling i '
    'omvärlden och/eller stora förändringar i hur Göteborgs Stad agerar.',
    'Kommunfullmäktige har angivit huvudansvariga nämnder och styrelser för målen. De har i delårsrapporten '
    'ombetts att redogöra för hur de har tagit sig an sitt huvudansvar. En sammanfattning av denna '
    'rapportering återfinns under varje målbedömning.',
]

# (number, goal heading, assessment sentence as printed, first sentence of the analysis, "Ansvariga ..." line)
DR23_GOALS = [
    ('6.1', 'Andelen utbildad personal i förskolorna ska öka och vara mer jämnt fördelad över Göteborg.',
     'Målet bedöms sannolikt att nå.',
     'Andelen utbildad personal i förskolorna ökade med 1,2 procentenheter till 84,2 procent mellan maj år 2022 '
     'och maj år 2023.',
     'kommunstyrelsen, nämnden för arbetsmarknad och vuxenutbildning'),
    ('6.2', 'Alla förskolor ska hålla hög kvalitet och ge barn en trygg och stimulerande miljö',
     'Målet bedöms sannolikt att nå.',
     'Årligen genomförs en GR-gemensam enkät riktad till vårdnadshavare med barn i förskola/pedagogisk omsorg.',
     'stadsfastighetsnämnden, stadsmiljönämnden'),
    ('6.3', 'Fler elever ska nå gymnasiebehörighet i grundskolan och fler elever ska fullfölja gymnasieskolan '
     'med godkända betyg',
     'Målet bedöms möjligt att nå.',
     'Behörigheten till yrkesförberedande program på gymnasiet har legat på samma nivå de senaste åren, oavsett '
     'om ett produktions- eller befolkningsperspektiv anläggs.',
     'Ingen nämnd/styrelse utsedd utöver huvudansvarig'),
    ('6.4', 'Livsvillkoren för Göteborgs invånare ska bli mer jämlika',
     'Målet bedöms ej sannolikt att nå.',
     'En tredje jämlikhetsrapport togs fram inom ramen för arbetet med Jämlik stad under 2023 för att visa hur '
     'jämlikheten och hälsan i Göteborg har utvecklats över tid.',
     'alla nämnder och styrelser'),
    ('6.5', 'Segregationen i Göteborg ska minska',
     'Målet bedöms möjligt att nå.',
     'Ett av fyra målområden i Göteborgs Stads program för jämlik stad, Skapa hållbara och jämlika '
     'livsmiljöer, innefattar segregationen.',
     'socialnämnderna, förskolenämnden, grundskolenämnden, utbildningsnämnden, idrotts- och föreningsnämnden, '
     'kulturnämnden, stadsbyggnadsnämnden, exploateringsnämnden, nämnden för arbetsmarknad och '
     'vuxenutbildning, AB Framtiden, Göteborg & Co'),
    ('6.6', 'Hemlösheten ska upphöra till 2028',
     'Målet bedöms möjligt att nå.',
     'Exploateringsnämnden har slutrapporterat Göteborgs Stads plan mot hemlöshet 2020-2022 under året.',
     'socialnämnderna, AB Framtiden'),
    ('6.7', 'Äldres självbestämmande ska stärkas och hälsoskillnaderna utjämnas',
     'Målet bedöms möjligt att nå.',
     'Göteborgs stads plan för åldersvänliga Göteborg som syftar till att göra staden bättre att åldras i är '
     'en viktig del i arbetet för att nå målet.',
     'Ingen nämnd/styrelse utsedd utöver huvudansvarig'),
    ('6.8', 'Livsvillkoren för personer med funktionsnedsättning ska förbättras',
     'Målet bedöms möjligt att nå',
     'Göteborgs Stads program för full delaktighet för personer med funktionsnedsättning syftar till att '
     'förbättra levnadsvillkoren för personer med funktionsnedsättning och deras anhöriga.',
     'nämnden för arbetsmarknad och vuxenutbildning'),
    ('6.9', 'Göteborg ska vara en tillgänglig stad för alla oavsett funktionalitet',
     'Målet bedöms möjligt att nå',
     'I Göteborgs Stads program för full delaktighet för personer med funktionsnedsättning finns '
     'rättighetsområdet Rätten att kunna förflytta sig i och använda Göteborgs inne- och utemiljöer.',
     'förskolenämnden, grundskolenämnden, utbildningsnämnden, idrotts- och föreningsnämnden, '
     'stadsmiljönämnden, stadsfastighetsnämnden, Higab'),
    ('6.10', 'Göteborg ska vara en jämlik och jämställd stad där alla bemöts likvärdigt, får sina mänskliga '
     'rättigheter tillgodosedda och ges likvärdiga möjligheter oberoende av kön',
     'Målet bedöms möjligt att nå',
     'Nämnden för demokrati och medborgarservice gjorde i början av året en kartläggning av invånarnas '
     'möjligheter till demokratisk delaktighet och inflytande.',
     'alla nämnder och styrelser'),
    ('6.11', 'Göteborg ska vara en säker och trygg stad',
     'Målet bedöms möjligt att nå.',
     'Göteborgs Stads trygghetsskapande och brottsförebyggande program syftar till att skapa förutsättningar '
     'för ett strukturerat, kort- och långsiktigt arbete som anpassas till samhällsutvecklingen och bedrivs '
     'samordnat och kunskapsbaserat mot aktuella läges- och problembilder.',
     'socialnämnderna, stadsmiljönämnden, AB Framtiden, Göteborgslokaler'),
    ('6.12', 'Deltagandet i idrotts- och föreningslivet ska öka bland de grupper som vanligtvis inte är aktiva',
     'Målet bedöms möjligt att nå.',
     'Idrotts- och föreningsnämnden har fattat beslut och översänt förslag på idrottspolitiskt program för '
     'Göteborgs Stad 2023-2030 till kommunstyrelse och kommunfullmäktige.',
     'grundskolenämnden, socialnämnderna, AB Framtiden'),
    ('6.13', 'Göteborgs klimatavtryck ska kraftigt minska för att vara nära noll senast 2030 i linje med '
     'Göteborgs Stads miljö- och klimatprogram',
     'Målet bedöms ej sannolikt att nå.',
     'I Göteborgs Stads Miljö- och klimatprogram finns målet Göteborgs klimatavtryck är nära noll som innebär '
     'att utsläppen inom Göteborgs geografiska område ska minska med minst 10,3 procent per år och de '
     'konsumtionsbaserade utsläppen ska minska med minst 7,6 procent per år till 2030.',
     'alla nämnder och styrelser'),
    ('6.14', 'Göteborgs biologiska mångfald ska öka',
     'Målet bedöms ej sannolikt att nå.',
     'I Göteborgs Stads Miljö- och klimatprogram finns målet Göteborg har en hög biologisk mångfald som '
     'innebär att Göteborg senast 2030 ska ha tillräckliga arealer av naturtyper och livsmiljöer med rätt '
     'skötsel för att bevara de arter som finns i kommunen och ge förutsättningar för att utveckla '
     'ekosystemtjänster.',
     'stadsmiljönämnden, stadsbyggnadsnämnden, stadsfastighetsnämnden, exploateringsnämnden, idrotts- och '
     'föreningsnämnden, nämnden för inköp och upphandling, kretslopp- och vattennämnden, AB Framtiden, Higab, '
     'Älvstranden Utveckling AB, Göteborgslokaler, Göteborg Leasing AB'),
    ('6.15', 'Alla göteborgare ska ha en hälsosam livsmiljö',
     'Målet bedöms ej sannolikt att nå.',
     'I Göteborgs Stads Miljö- och klimatprogram finns målet Göteborgarna har en hälsosam livsmiljö som '
     'innebär att göteborgarnas hälsa och välbefinnande ska främjas genom bättre luftkvalitet och ljudmiljö '
     'samt minskad användning av skadliga ämnen.',
     'förskolenämnden, grundskolenämnden, nämnden för demokrati och medborgarservice, stadsmiljönämnden, '
     'stadsbyggnadsnämnden, stadsfastighetsnämnden, exploateringsnämnden, idrotts- och föreningsnämnden, '
     'nämnden för inköp och upphandling, kretslopp- och vattennämnden, AB Framtiden, Göteborgslokaler, '
     'Göteborgs Hamn AB, Göteborg Energi AB, Göteborg Leasing AB, Renova AB'),
    ('6.16', 'Framkomligheten ska vara god och andelen göteborgare som använder hållbara trafikslag ska öka, '
     'samtidigt som biltrafiken ska minska, i linje med Göteborgs Stads trafikstrategi',
     'Målet bedöms möjligt att nå.',
     'Trafikstrategi för en nära storstad har tre effektmål inom området resor; att minst 35 procent av resorna '
     'sker till fots eller med cykel år 2035, att minst 55 procent av de motoriserade resorna sker med '
     'kollektivtrafik år 2035 samt att restiden mellan två godtyckliga tyngdpunkter eller målpunkter är '
     'maximalt 30 minuter för bil och kollektivtrafik.',
     'exploateringsnämnden, Göteborg Leasing AB'),
    ('6.17', 'Buller, luftföroreningar, partiklar och utsläpp av växthusgaser från trafiken ska minska.',
     'Målet bedöms ej sannolikt att nå.',
     'I Göteborgs Stads Miljö- och klimatprogram finns de tre delmålen Göteborgs Stad säkrar en god ljudmiljö '
     'för göteborgarna, Göteborgs Stad säkrar en god luftkvalitet för göteborgarna samt Göteborgs Stad '
     'minskar klimatpåverkan från transporter.',
     'exploateringsnämnden, Göteborgs Spårvägar, Göteborgs Hamn AB, Göteborg Leasing AB, Renova AB'),
    ('6.18', 'Göteborgs offentliga rum ska vara vackra, välskötta, trygga och tillgängliga samt gynna den '
     'biologiska mångfalden',
     'Målet bedöms möjligt att nå',
     'I kretslopp- och vattennämndens uppföljning 2022 av avfallsplanen ingår två delmål som kan kopplas till '
     'välskött stad.',
     'stadsfastighetsnämnden, Higab, Göteborgslokaler, AB Framtiden, Älvstranden Utveckling AB'),
    ('6.19', 'Göteborg ska bli en mer blandad stad, bostadsbristen byggas bort och behovet av lokaler för '
     'kommunal service tillgodoses',
     'Målet bedöms möjligt att nå',
     'Ett av fyra målområden i Göteborgs Stads program för jämlik stad, Skapa hållbara och jämlika livsmiljöer '
     'handlar bland annat om att nå en större blandning av olika upplåtelseformer, bostadstyper, och '
     'kostnadsnivåer på områdesnivå.',
     'exploateringsnämnden, stadsfastighetsnämnden, idrotts- och föreningsnämnden, AB Framtiden, Higab'),
    ('6.20', 'Alla göteborgare ska ha god tillgång till kultur oavsett i vilken stadsdel de bor',
     'Målet bedöms sannolikt att nå.',
     'Inom ramen för Göteborgs Stads plan för barn- och ungkultur 2020-2023 pågår arbete för åstadkomma större '
     'och mer jämlik tillgång till konst och kultur för, av och med barn och unga.',
     'grundskolenämnden, Göteborg & Co'),
    ('6.21', 'Företagsklimatet ska förbättras',
     'Målet bedöms sannolikt att nå.',
     'Ett av de tre målen i Göteborgs Stads Näringslivsstrategiska program 2023–2035 handlar om företagsklimat '
     'och innovationskraft: Göteborg är en av de storstadsregioner i Europa som har bäst klimat för '
     'företagande och innovation.',
     'miljö- och klimatnämnden, stadsbyggnadsnämnden, nämnden för inköp och upphandling, nämnden för '
     'arbetsmarknad och vuxenutbildning, Higab, Göteborgslokaler, Göteborg & Co'),
    ('6.22', 'Kompetensförsörjningen ska säkras och sysselsättningen för grupper långt från arbetsmarknaden öka',
     'Målet bedöms möjligt att nå.',
     'I Göteborgs Stads program för en jämlik Stad 2018–2026 ingår målområdet Skapa förutsättningar för arbete '
     'med flera strategier för att underlätta ett inträde på arbetsmarknaden.',
     'kommunstyrelsen, socialnämnderna, nämnden för funktionsstöd, Business Region Göteborg'),
    ('6.23', 'Vuxenutbildningen ska i högre grad drivas i egen regi och av folkbildningens aktörer',
     'Målet bedöms möjligt att nå.',
     'Nämnden för arbetsmarknad och vuxenutbildning har inte tagit fram någon helhetsbild för nuläget.',
     'utbildningsnämnden'),
    ('6.24', 'Arbetsmiljön och arbetsvillkoren för Göteborgs Stads anställda ska förbättras',
     'Målet är möjligt att nå.',
     'Ett av de tre målen i Göteborgs Stads program för attraktiv arbetsgivare handlar om Vi attraherar, '
     'utvecklar och behåller medarbetare där en av strategierna är Vi erbjuder attraktiva anställningsvillkor '
     'och förmåner.',
     'alla nämnder och styrelser'),
    ('6.25', 'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska',
     'Målet bedöms sannolikt att nå',
     'Ett av de tre målen i Göteborgs Stads program för attraktiv arbetsgivare handlar om Vi har ett hållbart '
     'arbetsliv där verksamhet och hälsa utvecklas.',
     'alla nämnder och styrelser'),
    ('6.26', 'Göteborg stads inköp- och upphandlingsprocesser ska bli mer effektiva och bidra till att nå '
     'samtliga hållbarhetsmål',
     'Målet bedöms sannolikt att nå.',
     'Göteborgs Stad har en gemensam inköpsprocess för att utveckla och effektivisera inköps- och '
     'upphandlingsverksamheten.',
     'alla nämnder och styrelser'),
    ('6.27', 'Göteborgs Stad ska styras transparent och resurseffektivt',
     'Målet bedöms sannolikt att nå.',
     'Staden har en gemensam struktur för planering och uppföljning och arbete pågår för att systematisera '
     'uppföljningen av uppdrag, program och planer och budget, både genom uppföljningssystem och '
     'uppföljningsportal.',
     'alla nämnder och styrelser'),
]


def build_89():
    wb = Workbook()
    s = Sheet(wb, 'Kommunfullmäktiges mål', first=True)
    s.widths([120])
    s.row(['Delårsrapport augusti 2023'], font=ITALIC)
    s.blank()
    s.row(['6 Kommunfullmäktiges mål'], font=H1)
    s.row([DR23_INTRO], wrap=True)
    for line in DR23_LEGEND:
        s.row([line], wrap=True)
    st = []
    for num, goal, ass, first, ansv in DR23_GOALS:
        s.blank()
        s.row([f'{num} {goal}'], font=H2, wrap=True)
        s.row(['Stadsledningskontorets bedömning'], bold=True)
        s.row([ass])
        s.row([first + ' …'], wrap=True)
        s.row([f'Ansvariga nämnder/styrelser: {ansv}'], wrap=True)
        st.append(status_of(ass))

    exp = counts(st)
    assert (exp['green'], exp['yellow'], exp['red']) == (7, 15, 5), exp
    meta = {
        'source': (f'{REPO} data/graf/kf-2023-11-23.json@{COMMIT} (file last changed in {CHANGED}): node '
                   '"kf-2023-11-23-§40" (kommunfullmäktige 2023-11-23, § 40 "Delårsrapport augusti 2023", '
                   'SLK-2023-00070, Handling 2023 nr 201), field handlingText = the extracted text of the council '
                   'paper: the kommunstyrelse proposal, Stadsrevisionen\'s review "Granskning av Göteborgs Stads '
                   'delårsrapport – per den 31 augusti 2023" (2023-10-17, with the count table) and '
                   'the report itself. Chapter 6 "Kommunfullmäktiges mål", report pages 61-80 (one column)'),
        'organisation': 'Göteborgs Stad (kommunstyrelsen / stadsledningskontoret)',
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Delårsrapport augusti 2023 (Göteborgs Stad) – 6 Kommunfullmäktiges mål: a block per goal '
                     'with Stadsledningskontorets bedömning'),
        'year': 2023,
        'sheet': 'Kommunfullmäktiges mål',
        'header_row': None,
        'status_column': 'A',
        'item_column': 'A',
        'how_status_is_shown': ('everything in one column, as the report prints it: per goal a bold heading '
                                '"6.N <goal>", then the bold label line "Stadsledningskontorets bedömning", then '
                                'the assessment sentence on its own line ("Målet bedöms sannolikt att nå." / '
                                '"Målet bedöms möjligt att nå" / "Målet är möjligt att nå." / "Målet bedöms ej '
                                'sannolikt att nå."), the analysis (first sentence, cut) and a line "Ansvariga '
                                'nämnder/styrelser: ...". The legend (three definitions) stands in the chapter '
                                'intro. No colour or icon survives in the text; none is added.'),
        'vocabulary': {
            'Målet bedöms sannolikt att nå.': 'green',
            'Målet bedöms sannolikt att nå': 'green',
            'Målet bedöms möjligt att nå.': 'yellow',
            'Målet bedöms möjligt att nå': 'yellow',
            'Målet är möjligt att nå.': 'yellow',
            'Målet bedöms ej sannolikt att nå.': 'red',
        },
        'period_read': 'January-August 2023 (assessment over the term of office)',
        'expected': exp,
        'notes': (
            'BLOCKS IN ONE COLUMN. Items = the 27 goal blocks 6.1-6.27: green 7 (6.1, 6.2, 6.20, 6.21, 6.25, '
            '6.26, 6.27), yellow 15, red 5 (6.4 jämlika livsvillkor, 6.13 klimat, 6.14 biologisk mångfald, '
            '6.15 hälsosam livsmiljö, 6.17 buller). AGREES with the count table in Stadsrevisionen\'s review of '
            'this report in the same council paper ("Målet bedöms sannolikt att nås 7 26 % / möjligt att nås '
            '15 56 % / ej sannolikt att nås 5 19 %"); the report itself gives no number ("till allra största '
            'delen bedöms de 27 målen möjliga att nå"). SCALE from the chapter\'s own legend: "Sannolikt att '
            'nås. Målet är redan uppnått eller bedöms uppnås ..." -> green (it includes goals already '
            'reached), "Möjligt att nås ... om planerade insatser får avsedd effekt och utvecklingen i '
            'omvärlden är gynnsam" -> yellow, "Ej sannolikt att nås. Målet bedöms inte nås med nuvarande '
            'utveckling" -> red. TRAPS: (1) the status is not beside the goal but two lines below it, under '
            'the label line "Stadsledningskontorets bedömning" (same column); (2) wording varies: six '
            'sentences lack the full stop (6.8, 6.9, 6.10, 6.18, 6.19, 6.25) and 6.24 reads "Målet är möjligt '
            'att nå." (not "bedöms"); (3) "ej sannolikt" contains "sannolikt"; (4) the legend lines at the top '
            '("Sannolikt att nås. ...", "Möjligt att nås. ...", "Ej sannolikt att nås. ...") are status words '
            'at the start of a cell but not items (counting them: 30 -> 8/16/6); (5) analysis sentences '
            'mention "bedöms" etc. only in the cut-off prose (first sentences here do not carry an '
            'assessment). TRANSCRIPTION: headings and assessment sentences as printed ("Göteborg stads" in '
            '6.26 as printed); analysis cut to its first sentence (" …"); the closing "Ansvariga '
            'nämnder/styrelser:" line of each goal kept whole, the sentence on the huvudansvarig nämnd (in '
            'the prose) left out; page numbers left out; "2020- 2022" (a line break) joined as "2020-2022".'),
    }
    save(wb, '89_goteborg-delarsrapport-aug-kf-mal-block-2023', meta)


if __name__ == '__main__':
    build_88()
    build_89()
