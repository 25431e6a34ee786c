"""Regenerate the round-20 layout fixture 95 into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round20 && /work/main/.venv/bin/python build.py

Source: the public repository github:DeArbetarForDig/dearbetarfordig.se @a034da59 (the civic-data project behind
dearbetarfordig.se). It keeps the extracted text of Göteborg's kommunfullmäktige papers as JSON under
data/graf/kf-YYYY-MM-DD.json (paragraph nodes; the whole council paper is in data.handlingText):
  * kf-2025-06-18.json, node "kf-2025-06-18-§379" (Samordningsförbundet Göteborgs årsredovisning 2024;
    attachment 2 = the förbund's own annual report, Dnr 06/24)                                          -> 95
The förbund is a kommunalförbund for finansiell samordning (Finsam) owned by Försäkringskassan,
Arbetsförmedlingen, Västra Götalandsregionen and Göteborgs Stad - not a Göteborgs Stad nämnd.
The text was read from that file and transcribed by hand; status words and sentences are the source's own.
Long prose is cut, and ' …' marks each cut. Expected counts were decided by hand (see README.md).
"""
from collections import Counter
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl import Workbook
from openpyxl.styles import Font

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
ITALIC = Font(italic=True)
HEAD = 'D9D9D9'     # grey table header: an approximation, no colour survives in the text

REPO = 'github:DeArbetarForDig/dearbetarfordig.se'
COMMIT = 'a034da59b1a31b1bd016855a282f0e102ec1c30f'


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


# =========================================================================================================
# 95  Samordningsförbundet Göteborg, årsredovisning 2024, avsnitt 7 "Fördjupad uppföljning verksamhetsplan"
# =========================================================================================================
SF_SCALE = {
    # goal assessments (Centrala mål, Mål/delmål)
    'God måluppfyllelse': 'green',
    'Viss måluppfyllelse': 'yellow',
    'Ingen måluppfyllelse': 'red',
    # assignment status (Centrala uppdrag, Uppdrag/deluppdrag)
    'Pågående': 'yellow',
    'Pågående med avvikelse': 'yellow',
    'Ej påbörjad': 'red',
}
FOOT = 'Samordningsförbundet Göteborg'     # running page footer, kept where the pages break

SF_TOC = [  # (text, page) - the section-7 part of the report's Innehållsförteckning, as printed
    ('7 Fördjupad uppföljning verksamhetsplan', 20),
    ('7.1 Område: Insatser för individer i behov av samordnade rehabiliteringsinsatser', 20),
    ('7.1.1 Centrala mål: Utveckla insatser så att fler individer når eller närmar sig arbete eller studier', 20),
    ('7.1.2 Centrala uppdrag: Översyn av kösituationen i förbundets deltagarinsatser', 22),
    ('7.2 Område: Stödja samverkan mellan samverkansparterna (Strukturövergripande arbete)', 22),
    ('7.2.1 Centrala mål: Utveckla det strukturövergripande arbetet inom förbundet.', 22),
    ('7.2.2 Uppdrag/deluppdrag: Implementera framtagna förslag från översyn av förbundets arbetsgivararbete.', 23),
    ('7.3 Område: Uppdrag från styrelsen', 24),
    ('7.3.1 Centrala mål: Säkerställa förutsättningar för att jämställdhetsperspektiv integreras i allt arbete '
     '(Jämställdhetsplan)', 24),
    ('7.3.2 Centrala uppdrag: Samverkansmodell för målgrupp SGI-0', 26),
    ('7.3.3 Centrala uppdrag: Utreda utlåningstid för inlånad personal i förbundet som vägledande princip över tid', 26),
    ('7.3.4 Centrala uppdrag: Se över behov av revision vid delårsredovisning för perioden januari - augusti', 26),
    ('7.3.5 Centrala uppdrag: Undersöka parternas förutsättningar att vara projektägare för framtida ESF-projekt '
     'kopplat till samordningsförbundet.', 27),
]

# The body of section 7, as a list of records in reading order.
#   ('area', text)                          Område heading (not an item)
#   ('goal', heading, tag, status, comment) Centrala mål / Mål/delmål block: heading, then "<assessment> <comment>"
#   ('task', heading, tag, beskrivning, status, kommentar)   Centrala uppdrag block with "Status" / "Kommentar"
#   ('acts', [(activity, status, comment or None), ...])     table "Aktiviteter | Aktivitetens status och kommentar"
#   ('ind', [(indicator, u2022, u2023, u2024, target), ...]) table "Indikator | Utfall 2022 | ... | Målvärde 2024"
#   ('text', text)                          a loose paragraph in column B
#   ('foot',)                               page footer line
#   ('acthead',)                            the activity table header repeated at the top of a new page
SF = [
    ('area', '7.1 Område: Insatser för individer i behov av samordnade rehabiliteringsinsatser'),
    ('goal', '7.1.1 Centrala mål: Utveckla insatser så att fler individer når eller närmar sig arbete eller studier',
     'Nämnd/Styrelse', 'Ingen måluppfyllelse',
     'Förbundet kan inte följa upp individinsatserna under 2024 då förutsättningar saknas för att införa ett nytt '
     'uppföljningssystem som ersätter SUS. BIP är ett fokusområde i förbundet och det finns ett tydligt fokus på '
     'arbete och studier i alla förbundets insatser och projekt.'),
    ('goal', '7.1.1.1 Mål/delmål: Öka andelen individer som tar del av parallella insatser.',
     'Nämnd/Styrelse', 'Ingen måluppfyllelse',
     'Förbundet kan inte följa upp individinsatser, då förutsättningar att införa ett nytt uppföljningssystem '
     'saknas nationellt hos parterna. Utifrån att förbundet genomfört en omorganisering har bättre förutsättningar '
     'skapats för att fördjupa införandet av BIP och därför antas att fler individer än tidigare fått ta del av '
     'parallella insatser.'),
    ('acts', [('Pilot i område Sydväst', 'Pågående',
               'I område sydväst pågår ett pilotarbete kring hur fler deltagare kan ta del av parallella insatser. '
               'Arbetet hålls samman av en arbetsgrupp med medarbetare från samtliga insatser. Lärdomar från arbetet '
               'kommer omhändertas i förbundets arbete med mål och uppdrag för 2025.')]),
    ('text', 'Förbundet följer intresseanmälningar till olika insatser i syfte att hantera köer och flöden. under året '
             'ingen uppföljning skett kring andel parallella insatser.'),
    ('foot',),
    ('goal', '7.1.1.2 Mål/delmål: Arbeta systematiskt med progressionsmätningar som ett verktyg i arbetet med deltagare',
     'Förvaltning/Bolag', 'Viss måluppfyllelse',
     'Genom utbildnings- och informationsinsatser, workshops samt arbetsgrupp för att testa det framtagna digitala '
     'stödet har förutsättningar skapats för det fortsatta arbetet.'),
    ('acts', [('Skapa förutsättningar för arbetet genom utveckling av ett digitalt stöd.', 'Avslutad',
               'Ett digitalt stöd har tagits fram som har testats av en arbetsgrupp. Stödet kommer att implementeras '
               'under 2025.'),
              ('Arbetsgrupp testar och utvecklar framtaget digitalt stöd', 'Pågående',
               'Arbetet med att testa det framtagna stödet pågår. Syftet är att säkerställa stödets funktionalitet och '
               'användbarhet inför en tänkt implementering.')]),
    ('text', 'Det digitala stödet utgår från de områden som BIP-studien beskrev som verksamma, där information om '
             'deltagarens skattning samt parallella insatser systematiskt samlas in. … Utvärdering kommer att ske '
             'under första kvartalet 2025.'),
    ('goal', '7.1.1.3 Mål/delmål: Införa en gemensam handlingsplan för förbundets deltagare',
     'Förvaltning/Bolag', 'Ingen måluppfyllelse',
     'Arbetet har påbörjats där fokus har varit att inventera befintliga handlingsplaner i de olika insatserna. '
     'Inom ramen för BIP-piloten i Sydväst och i arbetet med det digitala stödet har det tagits fram förslag på '
     'gemensam handlingsplan. För att nå måluppfyllelse behövs dialog kring de framtagna förslagen för att därefter '
     'fatta beslut om utformning och införande av en gemensam handlingsplan.'),
    ('foot',),
    ('task', '7.1.2 Centrala uppdrag: Översyn av kösituationen i förbundets deltagarinsatser.', 'Nämnd/Styrelse',
     None, 'Pågående',
     'För att omhänderta uppdraget har det under året varit återkommande dialoger i olika forum för att säkerställa '
     'olika perspektiv från både parter och verksamheten. … Ett särskilt fokus har varit på processen vid start och '
     'avslut vilket utmynnat i att förbundet kommer att förstärka arbetet med trepartsmöten.'),
    ('acts', [('Ta fram en rutin för intagningsstopp i förbundets deltagarinsatser. Styrelsen önskar återkoppling om '
               'hur rutin ser ut.', 'Ej påbörjad', None)]),
    ('area', '7.2 Område: Stödja samverkan mellan samverkansparterna (Strukturövergripande arbete)'),
    ('goal', '7.2.1 Centrala mål: Utveckla det strukturövergripande arbetet inom förbundet.',
     'Nämnd/Styrelse', 'God måluppfyllelse',
     'Under 2024 har arbetet med riktningsförändringen varit en utgångspunkt för att fortsatt utveckla det '
     'strukturövergripande arbetet. Särskilda fokusområden har varit samverkansmodell SGI 0, arbetsgivararbete, '
     'kunskapsdialoger, projekt Gränsgångare samt utbildnings- och informationsinsatser.'),
    ('acts', [('Uppstart av analysgrupp med parter', 'Ej påbörjad',
               'Frågan har lyfts och diskuterats på gemensam planeringsdag för förbundets styrelse och '
               'beredningsgrupp. Styrelsen har fattat beslut om att använda ett partsgemensamt analysunderlag från '
               'Göteborgsregionen (GR). Under 2025 har förbundet i uppdrag att ta fram förslag på hur '
               'analysunderlaget kan användas tillsammans')]),
    ('foot',),
    ('acthead',),
    ('text', 'med parterna.'),
    ('goal', '7.2.1.1 Mål/delmål: Förtydliga det strukturövergripande arbetet inom förbundet',
     'Förvaltning/Bolag', 'Viss måluppfyllelse',
     'Förbundet har fortsatt haft fokus på införandeplan BIP, arbetet med lokala samverkansforum samt fördjupat '
     'arbetet med Lex Heller. … Att tydliggöra förbundets roll och uppdrag har varit återkommande tema i samband '
     'med planeringsdagar och andra förbundsgemensamma aktiviteter.'),
    ('goal', '7.2.1.2 Mål/delmål: Identifiera brister i samverkan mellan förbundets fyra parter',
     'Nämnd/Styrelse', 'God måluppfyllelse',
     'Arbetet har fördjupats under året och det finns en organisation och en struktur för att omhänderta de frågor '
     'som rapporteras. … Sammanlagt har 98 rapporter inkommit under året. … Arbetet beskrivs mer ingående i bilaga '
     '3 Lex Heller 2024.'),
    ('task', '7.2.2 Uppdrag/deluppdrag: Implementera framtagna förslag från översyn av förbundets arbetsgivararbete.',
     'Förvaltning/Bolag',
     'Styrelsen har tidigare beslutat om en riktlinje för arbetsgivararbetet. En kompletterande översyn inom området '
     'har genomförts under kvartal 1 och 2. Översynen resulterade i förslag på fortsatt arbete.',
     'Pågående',
     'Arbetet med att implementera förslagen har utmynnat i att: -    en hemsida har tagits fram. -    kontaktytor '
     'med relevanta parter har etablerats. -    en gemensam utbildningsinsats har tagits fram.'),
    ('foot',),
    ('area', '7.3 Område: Uppdrag från styrelsen'),
    ('goal', '7.3.1 Centrala mål: Säkerställa förutsättningar för att jämställdhetsperspektiv integreras i allt '
             'arbete (Jämställdhetsplan)',
     'Nämnd/Styrelse', 'Viss måluppfyllelse',
     'Framtagen handlingsplan för Jämställdhet sträcker sig över perioden 2023–2025 varför måluppfyllelse förväntas '
     'öka successivt under planperioden. … Att skapa ett gemensamt lärande kring perspektivet har delvis försvårats '
     'i och med bristande förutsättningar att följa upp verksamheten.'),
    ('goal', '7.3.1.1 Mål/delmål: Alla insatser och projekt arbetar systematiskt med att öka upptäckten av våld och att '
             'förmedla adekvata insatser till deltagare',
     'Nämnd/Styrelse', 'God måluppfyllelse',
     'Implementering av uppdraget via NNS att rutinmässigt och systematiskt arbeta med att öka upptäckten av våld i '
     'nära relation har fortsatt. … Under 2024 har arbetet med att analysera införandet, se över eventuella behov av '
     'förtydliganden av rutiner och att sprida kunskapen till medlemsparterna omhändertagits i bland annat '
     'förbundets strukturgrupp.'),
    ('ind', [('Andel medarbetare som tagit del av utbildningsinsatser.', None, None, None, '100 %')]),
    ('goal', '7.3.1.2 Mål/delmål: Jämställdhet integreras i styrning och ledning och uppföljning',
     'Nämnd/Styrelse', 'Viss måluppfyllelse',
     'Uppföljning av insatser och projekt görs utifrån ett jämställdhetsperspektiv. Måluppfyllelse förväntas öka i '
     'och med att fler aktiviteter, som utbildning och annan kompetensutveckling, genomförs utifrån beslutad '
     'handlingsplan 2023–2025.'),
    ('foot',),
    ('ind', [('Andel i styrelsen som deltagit i utbildning', None, '0%', '0%', None),
             ('Andel personal med ledande funktion som deltagit i utbildning', None, '0%', '0%', None)]),
    ('acts', [('Erbjuda utbildning JGL Jämställdhet, Genus och Ledarskap till styrelse, förbundsledning och annan '
               'personal med ledande funktion', 'Ej påbörjad', None)]),
    ('goal', '7.3.1.3 Mål/delmål: Alla insatser och projekt arbetar med jämställdhetsintegrering av sin verksamhet',
     'Nämnd/Styrelse', 'Viss måluppfyllelse',
     'Jämställdhetsperspektivet beaktas i insatsernas och projektens arbete med mänskliga rättigheter. … En '
     'förbundsgemensam plan för utbildningsinsatser ska tas fram i enlighet med beslutad jämställdhetsplan, vilket '
     'förväntas bidra till en ökad måluppfyllelse.'),
    ('ind', [('Andel medarbetare som deltagit i grundläggande jämställdhetsutbildning.', None, '0%', '0%', None)]),
    ('acts', [('Erbjuda grundläggande jämställdhetsutbildning, föreläsningar och fortbildning för medarbetare inom '
               'förbundet.', 'Pågående',
               'Förbundet har tagit fram ett gemensamt upplägg för grundläggande jämställdhetsutbildning som kommer att '
               'genomföras under halvår 1 2025.')]),
    ('foot',),
    ('task', '7.3.2 Centrala uppdrag: Samverkansmodell för målgrupp SGI-0', 'Nämnd/Styrelse', None,
     'Pågående med avvikelse',
     'Arbetet har bedrivits under ledning av en strategisk styrgrupp och har faciliterats av förbundet. … '
     'Målsättningar för arbetet har varit att: •    Definiera målgrupp och omfattning •    Klargöra parternas '
     'ansvarsområden •    Analysera de gap som uppstår för individen mellan parterna •    Anpassa '
     'Rehabiliteringsbanan Stockholm till ett Göteborgsperspektiv •    Föreslå åtgärder och aktiviteter på '
     'strukturell och/eller operativ nivå Uppdraget kommer att slutrapporteras under mars 2025.'),
    ('task', '7.3.3 Centrala uppdrag: Utreda utlåningstid för inlånad personal i förbundet som vägledande princip '
             'över tid', 'Nämnd/Styrelse',
     'I samband med neddragning av personal under 2024 beslutade styrelsen att inlåningstid ska beaktas och vägas mot '
     'förbundets kompetensbehov.', 'Ej påbörjad', None),
    ('task', '7.3.4 Centrala uppdrag: Se över behov av revision vid delårsredovisning för perioden januari - augusti.',
     'Nämnd/Styrelse',
     'I samband med styrelsens beslut om att godkänna delårsredovisning januari - augusti 2024 beslutades om detta '
     'uppdrag.', 'Ej påbörjad', None),
    ('foot',),
    ('task', '7.3.5 Centrala uppdrag: Undersöka parternas förutsättningar att vara projektägare för framtida '
             'ESF-projekt kopplat till samordningsförbundet.', 'Nämnd/Styrelse',
     'Försäkringskassan har kommit fram till att förbundet inte kommer att kunna vara ägare av nya ESF-projekt. '
     'Förbundet behöver därför ta fram en ny strategi för att arbeta med extern finansiering via ESF.',
     'Ej påbörjad', None),
    ('foot',),
]


def build_95():
    wb = Workbook()
    s = Sheet(wb, 'Fördjupad uppföljning', first=True)
    s.widths([62, 90, 18, 13, 15])
    s.row(['Dnr 06/24'], font=ITALIC)
    s.row(['Årsredovisning 2024 Samordningsförbundet Göteborg'], font=H1)
    s.blank()
    s.row(['Innehållsförteckning (utdrag)'], font=H2)
    for text, page in SF_TOC:
        s.row([text, None, page])
    s.row(['Bilagor Bilaga 1: Översikt centrala mål 2024 Bilaga 2: Fördjupad uppföljning individinsatser 2024 '
           'Bilaga 3: Lex Heller 2024 Bilaga 4: Verksamhetsberättelse projekt Gränsgångare 2024'], wrap=True)
    s.blank()
    s.row(['1.5 God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning'], font=H2)
    s.row(['Styrelsen har på november månads styrelsemöte 2023 beslutat om centrala mål och uppdrag för 2024, vilka '
           'redovisas i bilaga 1 samt under avsnitt 7. Utifrån synpunkter från revisionen har styrelsen under 2024 '
           'beslutat om finansiella mål i verksamhetsplan och budget för 2025 med inriktning 2026–2027. …'], wrap=True)
    s.blank()
    s.row(['7 Fördjupad uppföljning verksamhetsplan'], font=H1)
    s.row(['Områden: Individinriktade insatser', 'Som komplement till avsnitt 7.1, se bilaga 2 Fördjupad uppföljning '
           'individinsatser 2024.'], wrap=True)
    acthead = ['Aktiviteter', 'Aktivitetens status och kommentar']
    indhead = ['Indikator', 'Utfall 2022', 'Utfall 2023', 'Utfall 2024', 'Målvärde 2024']
    st = []
    for rec in SF:
        kind = rec[0]
        if kind == 'area':
            s.blank()
            s.row([rec[1]], font=H1, wrap=True)
        elif kind == 'goal':
            _, head, tag, status, comment = rec
            s.blank()
            s.row([head, None, tag], font=H2, wrap=True)
            s.row([status, comment], wrap=True)
            st.append(SF_SCALE[status])
        elif kind == 'task':
            _, head, tag, besk, status, komm = rec
            s.blank()
            s.row([head, None, tag], font=H2, wrap=True)
            if besk:
                s.row(['Beskrivning', besk], wrap=True)
            s.row(['Status'], bold=True)
            s.row([status])
            if komm:
                s.row(['Kommentar', komm], wrap=True)
            st.append(SF_SCALE[status])
        elif kind == 'acts':
            s.row(acthead, bold=True, fills={0: HEAD, 1: HEAD})
            for act, status, comment in rec[1]:
                s.row([act, status], wrap=True)
                if comment:
                    s.row([None, comment], wrap=True)
        elif kind == 'acthead':
            s.row(acthead, bold=True, fills={0: HEAD, 1: HEAD})
        elif kind == 'ind':
            s.row(indhead, bold=True, fills={i: HEAD for i in range(5)})
            for row in rec[1]:
                s.row(list(row), wrap=True)
        elif kind == 'text':
            s.row([None, rec[1]], wrap=True)
        elif kind == 'foot':
            s.row([FOOT], font=ITALIC)
    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red']) == (17, 3, 8, 6), exp
    meta = {
        'source': (f'{REPO} data/graf/kf-2025-06-18.json@{COMMIT}: node "kf-2025-06-18-§379" (kommunfullmäktige '
                   '2025-06-18, § 379 "Samordningsförbundet Göteborgs årsredovisning 2024", Handling 2025 nr 117, '
                   'SLK-2025-00468), field data.handlingText: bilaga 2 = "Årsredovisning 2024 Samordningsförbundet '
                   'Göteborg" (Dnr 06/24, e-signed by the board 2025-04-04/08): the section-7 part of the '
                   'Innehållsförteckning, the first sentences of 1.5, and all of section 7 "Fördjupad uppföljning '
                   'verksamhetsplan" (report pages 20-27).'),
        'organisation': ('Samordningsförbundet Göteborg (Finsam kommunalförbund of Försäkringskassan, '
                         'Arbetsförmedlingen, Västra Götalandsregionen and Göteborgs Stad)'),
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Årsredovisning 2024, avsnitt 7 "Fördjupad uppföljning verksamhetsplan" – 3 centrala mål with '
                     '8 mål/delmål (assessed "God / Viss / Ingen måluppfyllelse") and 6 uppdrag (Status "Pågående / '
                     'Pågående med avvikelse / Ej påbörjad"), with activity and indicator tables inside the blocks'),
        'year': 2024,
        'sheet': 'Fördjupad uppföljning',
        'header_row': None,
        'status_column': 'A',
        'item_column': 'A',
        'how_status_is_shown': ('blocks in reading order, as the Stratsys-style report prints them. GOAL blocks: '
                                'bold heading "7.x.y Centrala mål: ..." or "7.x.y.z Mål/delmål: ..." (level tag '
                                '"Nämnd/Styrelse" or "Förvaltning/Bolag" in column C), then one row with the '
                                'assessment in A ("God måluppfyllelse" / "Viss måluppfyllelse" / "Ingen '
                                'måluppfyllelse") and the comment in B. ASSIGNMENT blocks: heading "7.x.y Centrala '
                                'uppdrag: ..." / "Uppdrag/deluppdrag: ...", optional "Beskrivning" row, a bold '
                                '"Status" row, the status word alone on the next row in A ("Pågående" / "Pågående '
                                'med avvikelse" / "Ej påbörjad"), then "Kommentar". Inside blocks: activity tables '
                                '"Aktiviteter | Aktivitetens status och kommentar" (activity in A, its own status '
                                'word in B) and indicator tables (numbers only). In the PDF the assessment is an icon '
                                'plus the words; only the words survive in the text. No colour added.'),
        'vocabulary': {
            'God måluppfyllelse': 'green',
            'Viss måluppfyllelse': 'yellow',
            'Ingen måluppfyllelse': 'red',
            'Pågående': 'yellow',
            'Pågående med avvikelse': 'yellow',
            'Ej påbörjad': 'red',
        },
        'period_read': 'verksamhetsåret 2024 (annual report)',
        'expected': exp,
        'notes': (
            'GOAL BLOCKS AND ASSIGNMENT BLOCKS IN ONE FLOW, WITH STATUS-BEARING ACTIVITY ROWS INSIDE. Items = the 17 '
            'numbered blocks of section 7: 3 Centrala mål (7.1.1, 7.2.1, 7.3.1), 8 Mål/delmål (7.1.1.1-3, '
            '7.2.1.1-2, 7.3.1.1-3) and 6 uppdrag (7.1.2, 7.2.2, 7.3.2-7.3.5). green 3 ("God måluppfyllelse": '
            '7.2.1, 7.2.1.2, 7.3.1.1); yellow 8 ("Viss måluppfyllelse": 7.1.1.2, 7.2.1.1, 7.3.1, 7.3.1.2, 7.3.1.3; '
            '"Pågående": 7.1.2, 7.2.2; "Pågående med avvikelse": 7.3.2); red 6 ("Ingen måluppfyllelse": 7.1.1, '
            '7.1.1.1, 7.1.1.3; "Ej påbörjad": 7.3.3, 7.3.4, 7.3.5). The source states NO count of assessments '
            '(1.5 points to bilaga 1 "Översikt centrala mål 2024", which is not in the text). JUDGEMENT: (1) goal '
            'scale God/Viss/Ingen -> green/yellow/red; (2) "Ingen måluppfyllelse" is taken as printed (red) for '
            '7.1.1 and 7.1.1.1 although their comments say the förbund "kan inte följa upp" - a reader could call '
            'these missing (then 17 -> 3/8/4/0/2); (3) assignment status is a progress scale: "Pågående" and '
            '"Pågående med avvikelse" -> yellow, "Ej påbörjad" -> red, as round 19 read Pågår/Ej påbörjad '
            '(alternatives: "Pågående med avvikelse" -> red gives 3/7/7; treating the 6 assignment statuses as '
            'not an assessment gives 11 goals 3/5/3 + 6 missing); (4) the 7 ACTIVITY rows are not items - they sit '
            'inside goal/assignment blocks and carry their own status ("Pågående" x3, "Avslutad" x1, "Ej påbörjad" '
            'x3); counting them too would give 24 -> 4/11/9 (Avslutad green). TRAPS: (1) the status word of an '
            'assignment stands alone two rows under the heading, under a bold "Status" label; (2) activity rows '
            'put a status word in column B right beside the goal assessment column pattern ("Pilot i område '
            'Sydväst | Pågående") - the same words as the assignment scale; (3) the Innehållsförteckning at the '
            'top lists 3 areas, 3 centrala mål and 6 uppdrag again, with page numbers in column C and no status '
            '(the 8 mål/delmål are not in it); (4) three "Område:" headings and the "7 Fördjupad uppföljning '
            'verksamhetsplan" heading are not items; (5) "Ingen måluppfyllelse" comments contain "måluppfyllelse" '
            'and "påbörjats" ("Arbetet har påbörjats där fokus ...", 7.1.1.3 - red although work has started); '
            '(6) 7.2.1\'s activity comment breaks over a page: page footer "Samordningsförbundet Göteborg", the '
            'activity table header repeated, then the orphan fragment "med parterna."; (7) the running footer '
            '"Samordningsförbundet Göteborg" recurs 8 times (where the PDF pages end); (8) indicator tables hold only numbers ("0%", "100 %"), '
            'the header "Målvärde 2024" is the last column; (9) the level tags "Nämnd/Styrelse" / '
            '"Förvaltning/Bolag" in column C are not statuses; (10) 7.2.2 is labelled "Uppdrag/deluppdrag:", the '
            'others "Centrala uppdrag:". TRANSCRIPTION: headings, status words and the first/last sentences of each '
            'comment are exact; cut prose is marked " …"; the source\'s lower-case "under året ingen uppföljning '
            'skett" (7.1.1.1) is kept; the e-signature lines "Signature reference: 3c9c0d62-…" that the PDF prints '
            'on each page are left out; activity names and statuses were rebuilt from the two run-together columns '
            '("Skapa förutsättningar för arbetet genom          Avslutad utveckling av ett digitalt stöd."); the '
            'indicator values\' columns are not certain from the text (7.3.1.1 prints one value "100 %", read as the '
            'target; the others print two values "0%  0%", read as Utfall 2023 and 2024); the two wrapped indicator '
            'names of 7.3.1.2 are joined.'),
    }
    save(wb, '95_samordningsforbundet-goteborg-arsredovisning-mal-och-uppdrag-2024', meta)


if __name__ == '__main__':
    build_95()
