"""Regenerate the round-17 layout fixture 87 into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round17 && /work/main/.venv/bin/python build.py

Source: Göteborgs Stad, Nämnden för Intraservice, "Årsrapport nämnder och styrelser 2025"
(the committee's annual report, 40 pages), kept as pdftotext output in the public repository
github:DeArbetarForDig/dearbetarfordig.se, data/dokument/intraservice_arsrapport_2025.txt
@a034da59 (the file last changed in d0d997f5). The text below was read from that file; the
status words are the source's own. Long comment paragraphs are shortened to their first
sentence(s) and end in ' …' where cut (see README.md). Expected counts were decided by hand.
"""
from collections import Counter
import datetime as dt
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
ITALIC = Font(italic=True)
HEAD = 'D9D9D9'     # grey table header (approximation of the PDF)


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


VOCAB_87 = {'Avslutad': 'green', 'Pågående': 'yellow'}

# 6.1 Redovisning av uppdrag från Kommunfullmäktige och Kommunstyrelsen (text, status, date, year, type, comment)
KF_UPPDRAG = [
    ('Alla nämnder och bolagsstyrelser får i uppdrag att analysera sina inköp utifrån Göteborgs Stads '
     'spendrapport och ta fram förslag på hur inköpsarbetet kan förbättras avseende kostnadsmedvetenhet, '
     'långsiktighet och hållbarhet. Inköps- och upphandlingsnämnden ska stötta i detta arbete.',
     'Avslutad', dt.date(2025, 12, 1), 2025, 'Uppdrag inom budgetbeslut',
     'Uppdraget återrapporterades till nämnden på nämndsammanträdet i november, dnr 0202/25, §174. '
     'Uppdraget avslutades i samband med återrapporteringen. …'),
    ('Alla nämnder och bolagsstyrelser får i uppdrag att säkerställa en hållbar livscykelhantering av '
     'bärbar elektronik.',
     'Avslutad', dt.date(2026, 1, 19), 2025, 'Uppdrag inom budgetbeslut',
     'Nämnden fick en fördjupad återrapportering av uppdraget i oktober. Intraservice skapar förutsättningar '
     'för att övriga staden ska kunna säkerställa en hållbar livscykelhantering genom ”Klient som tjänst”. …'),
    ('Göteborgs Stads nämnder och styrelser får i uppdrag att med rapporten som utgångspunkt se över sina '
     'samverkansformer och arbetssätt för att aktivt samråda med och involvera funktionsrättsrörelsen inom '
     'områden där det anses vara befogat. Uppdraget återredovisas i respektive nämnds och styrelses del- '
     'eller årsrapport.',
     'Avslutad', dt.date(2026, 1, 23), 2025, 'Uppdrag utanför budgetbeslut',
     'Visuell kommunikation samverkar med relevanta delar av funktionsrättsrörelsen vid framtagande och '
     'utveckling av sina tjänster. … På förvaltningen finns inget tydligt behov av att involvera '
     'funktionsrättsrörelsen eftersom det inte i vårt uppdrag ligger att ha direktkontakt med medborgare. …'),
    ('Kommunstyrelsen och nämnden för Intraservice får i uppdrag att genomföra en överföring av ansvaret '
     'för employer branding i enlighet med stadsledningskontorets tjänsteutlåtande.',
     'Avslutad', dt.date(2026, 1, 15), 2025, 'Uppdrag utanför budgetbeslut',
     'Förberedande arbete tillsammans med SLK har genomförts under hösten och vid årsskiftet överfördes '
     'arbetsuppgifterna inklusive två medarbetare från Intraservice till Stadsledningskontoret.'),
]

# 6.2 Redovisning av nämndens egna uppdrag (text, status, date, year, comment)
EGNA_UPPDRAG = [
    ('Förvaltningen ska fortsätta sitt uppdrag att minska kostnaderna för IT-licenser, andra '
     'mjukvarulicenser och hårdvarulicenser i övriga nämnder i staden. I uppdraget ligger också att pröva '
     'digitala verktyg mot behovet i varje verksamhet. Förvaltningen får i uppdrag att fortsatt ha extra '
     'fokus på att skapa vikariepaket licenser i samverkan med berörda förvaltningar.',
     'Avslutad', dt.date(2026, 1, 15), 2025,
     'I oktober fick nämnden en uppdatering av status i uppdraget. Förvaltningen har bland annat gjort en '
     'genomlysning av Adobelicenser och optimering av användning inför förnyelse av avtal vilket ger oss '
     'kontroll på innehav. … Det pågår även arbete med att: …'),
    ('Förvaltningen för Intraservice uppdras att ta fram en utträdesstrategi för IT-produkter som används i '
     'gemensamma tjänster och tjänster tillhörande digital infrastruktur i de fall leverantören enligt tredje '
     'lands rättsordning kan åläggas en skyldighet att lämna ut kundens uppgifter till en myndighet i tredje '
     'land i strid med svensk rättsordning.',
     'Avslutad', dt.date(2025, 11, 14), 2023,
     'Uppdraget återrapporterades och avslutades på nämndsammanträdet i oktober, § 157 0033/25. … '
     'Det som kvarstår är motsvarande bedömning av de leverantörer som Intraservice sedan innan har avtal '
     'med. …'),
    ('Intraservice får i uppdrag att aktivt informera övriga nämnder och bolag om hur Intraservice kan '
     'hjälpa till att nå stadens mål – ”Alla nämnder och bolagsstyrelser får i uppdrag att säkerställa en '
     'hållbar livscykelhantering av bärbar elektronik”.',
     'Avslutad', dt.date(2026, 1, 15), 2025,
     'Nämnden fick en uppdatering av status i uppdraget i oktober. Det finns ett material framtaget via '
     'Visuell kommunikation som beskriver på vilket sätt Intraservice tjänster stödjer målet med hållbar '
     'livscykelhantering. …'),
    ('Intraservice får i uppdrag arbeta stöttande gentemot nämnderna i syfte att minska och effektivisera '
     'deras IT-kostnader. Nämnden ska särskilt stödja skolornas datorhantering och datorsupport för att '
     'avlasta skolan resurser som i stället kan läggas på undervisning.',
     'Avslutad', dt.date(2026, 1, 19), 2025,
     'Nämnden fick en fördjupad återrapportering av uppdraget på sammanträdet i oktober. Stöd till skolans '
     'datorhantering och datorsupport sker via Klient som tjänst. …'),
    ('Förvaltningen får i uppdrag att ta fram förslag inför 2026 med ytterligare punkter för '
     'hållbarhetsförbättringar med fokus på miljöförbättringar.',
     'Avslutad', dt.date(2025, 11, 14), 2025,
     'Uppdraget återrapporterades och avslutades på nämndsammanträdet i oktober, § 154 0366/25. '
     'Förvaltningens förslag till hållbarhetsförbättringar med fokus på miljöförbättringar 2026 är bland '
     'annat att: …'),
    ('Förvaltningen ska i sin omvärldsbevakning särskilt beakta lösningar som motverkar digitalt '
     'utanförskap.',
     'Avslutad', dt.date(2026, 1, 16), 2025,
     'Förvaltningen har möjlighet att påverka genom att säkerställa att de it-system som förvaltningen '
     'ansvarar för att leverera till Staden är användarvänliga och uppfyller kraven i '
     'tillgänglighetslagstiftningen. … Det pågår även ett arbete med en förvaltningsövergripande strategi '
     'för omvärldsbevakning, detta arbete fortsätter under 2026.'),
    ('Förvaltningen för Intraservice får i uppdrag att löpande redovisa sin roll och sina ambitioner inom '
     'området AI.',
     'Avslutad', dt.date(2026, 1, 15), 2025,
     'Återrapportering gjordes på nämndsammanträdet i maj. Förvaltningen har fått samma uppdrag för 2026, '
     'vilket innebär att uppdraget fortsätter under nästa år.'),
    ('Kommunstyrelsen får i uppdrag att i samverkan med samtliga nämnder utveckla det systematiska '
     'arbetsmiljöarbetet. Metoder ska tas fram och spridas för att förebygga sjukskrivningar.',
     'Pågående', dt.date(2026, 1, 16), 2025,
     'Det bidrag som hittills efterfrågats från SLK är detaljerad statistik från IT-stödet för '
     'rehabilitering, som ett led i att försöka förstå den ökade korttidsfrånvaron under våren 2025. …'),
    ('Förvaltningen ska säkerställa att alla första linjens chefer genomgått arbetsmiljöutbildning',
     'Avslutad', dt.date(2026, 1, 23), 2025,
     'Kartläggning har genomförts av samtliga chefers kompetens inom arbetsmiljöområdet och alla chefer har '
     'mer eller mindre utbildning inom området. Utifrån kartläggningen planeras att genomföras '
     'kompetenshöjande åtgärder 2026.'),
]

# 5.2 Mål (the committee's own goals: heading and prose, no assessment printed)
MAL_52 = [
    ('5.2.1', 'Kund och ägare', [
        ('5.2.1.1', 'Förbättra kundernas och användarnas upplevelse av nytta, kvalitet, service och samarbete',
         'Intraservice levererar dagligen tjänster via olika tjänsteerbjudande till stadens förvaltningar och '
         'bolag. …')]),
    ('5.2.2', 'Process', [
        ('5.2.2.1', 'Vi ska jobba effektivt tillsammans i processen från behov till leverans av våra tjänster',
         'Översyn av förvaltningens ledningssystem, processer och processorganisation\n'
         'Under 2025 har förvaltningen identifierat ett behov av att förtydliga och vidareutveckla sitt '
         'ledningssystem. Detta arbete kommer att fortsätta under 2026. …'),
        ('5.2.2.2', 'Systematisera vår omvärldsanalys och öka vår innovationsförmåga',
         'Arbetet med att ta fram förvaltningsövergripande metod för omvärldsanalys behöver fortsätta under '
         '2026. …')]),
    ('5.2.3', 'Medarbetare', [
        ('5.2.3.1', 'Vi ska attrahera, utveckla och behålla medarbetare och chefer',
         'Förvaltningen upplever att vi attraherar nya medarbetare då vi i de flesta fall har haft relevanta '
         'ansökningsunderlag vid rekryteringar. …')]),
]


def uppdrag_block(s, text, status, date, year, comment, typ=None):
    """One uppdrag as the PDF prints it: left column the assignment with its label lines stacked under it,
    right column the status word, the date and the comment."""
    r = s.row([text, status], wrap=True)
    s.ws.cell(row=r, column=2).font = Font(bold=True)
    r = s.row([None, date])
    s.ws.cell(row=r, column=2).number_format = 'yyyy-mm-dd'
    s.ws.cell(row=r, column=2).alignment = Alignment(horizontal='left')
    s.row(['Uppdragsår', comment], wrap=True)
    s.row([year])
    if typ is not None:
        s.row(['Typ av KF/KS-uppdrag'])
        s.row([typ])


def build_87():
    wb = Workbook()
    s = Sheet(wb, 'Årsrapport 2025', first=True)
    s.widths([62, 70])
    s.row(['Nämnden för Intraservice'], font=ITALIC)
    s.row(['Årsrapport nämnder och styrelser 2025'], font=ITALIC)
    s.blank()
    s.row(['5 Styrinformation till nämnden'], font=H1)
    s.row(['5.1 Inledning'], font=H2)
    s.row(['För att säkerställa en god tjänsteleverans och måluppfyllelse till kommunfullmäktiges mål har '
           'förvaltningen fyra strategier. Förvaltningen har under året arbetat med aktiviteter inom varje '
           'strategi. Nedan framgår en beskrivning av resultatet från förvaltningens arbete med de fyra '
           'strategierna för 2025.'], wrap=True)
    s.row(['5.2 Mål'], font=H2)
    for num, name, goals in MAL_52:
        s.row([f'{num} {name}'], font=Font(bold=True))
        for gnum, gname, prose in goals:
            s.row([f'{gnum} {gname}'], font=Font(bold=True))
            s.row([prose], wrap=True)
    s.blank()
    s.row(['6 Redovisning av nämndens och styrelsens uppdrag'], font=H1)
    s.row(['6.1 Redovisning av uppdrag från Kommunfullmäktige och Kommunstyrelsen i och utanför budget '
           '(obegränsad kommentar)'], font=H2)
    st = []
    s.row(['Uppdrag från KF/KS', 'Uppdragets status och kommentar'], bold=True, fills={0: HEAD, 1: HEAD})
    for text, status, date, year, typ, comment in KF_UPPDRAG:
        uppdrag_block(s, text, status, date, year, comment, typ)
        st.append(VOCAB_87[status])
    s.blank()
    s.row(['6.2 Redovisning av nämndens egna uppdrag'], font=H2)
    s.row(['Centrala uppdrag', 'Uppdragets status och kommentar'], bold=True, fills={0: HEAD, 1: HEAD})
    for text, status, date, year, comment in EGNA_UPPDRAG:
        uppdrag_block(s, text, status, date, year, comment)
        st.append(VOCAB_87[status])

    exp = counts(st)
    meta = {
        'source': ('github:DeArbetarForDig/dearbetarfordig.se data/dokument/intraservice_arsrapport_2025.txt'
                   '@a034da59b1a31b1bd016855a282f0e102ec1c30f (pdftotext layout text of Göteborgs Stad, '
                   'Nämnden för Intraservice, "Årsrapport nämnder och styrelser 2025", 40 pages; the repository '
                   'index lists the PDF as received on request for public documents, 2026-06-15; the file was '
                   'last changed in d0d997f5136bf9934123f6f5aacbe6ed0f073d1d). Pages 31-40: 5.2 Mål and '
                   '6 Redovisning av nämndens och styrelsens uppdrag'),
        'organisation': 'Göteborgs Stad, Nämnden för Intraservice',
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Årsrapport nämnder och styrelser 2025 – 5.2 Mål (the committee\'s four goals, prose only) '
                     'and 6 Redovisning av nämndens och styrelsens uppdrag (6.1 uppdrag from KF/KS, 6.2 the '
                     'committee\'s own uppdrag, each with its status)'),
        'year': 2025,
        'sheet': 'Årsrapport 2025',
        'header_row': None,
        'status_column': 'B',
        'item_column': 'A',
        'how_status_is_shown': ('the first line of the right-hand column of each uppdrag block ("Uppdragets status '
                                'och kommentar"): the word "Avslutad" or "Pågående" (B, bold), then the date of the '
                                'status (B, next row) and the comment (B, on the row of the label "Uppdragsår"). '
                                'The left column (A) holds the assignment text, then the stacked label lines '
                                '"Uppdragsår" / year and, in 6.1, "Typ av KF/KS-uppdrag" / type. No colour or icon '
                                'survives in the text; none is added.'),
        'vocabulary': {'Avslutad': 'green', 'Pågående': 'yellow'},
        'period_read': '2025 (årsrapport; status dates 2025-11-14 to 2026-01-23)',
        'expected': exp,
        'notes': (
            'BLOCKS OF TWO STACKED COLUMNS. Each uppdrag is a block of 4 (6.2) or 6 (6.1) rows: row 1 = assignment '
            'text (A) + status word (B); row 2 = status date (B); row 3 = label "Uppdragsår" (A) + the comment '
            '(B); row 4 = the year as a number (A); in 6.1 also "Typ av KF/KS-uppdrag" (A) and the type (A). '
            'The two column headers ("Uppdrag från KF/KS" / "Centrala uppdrag" | "Uppdragets status och '
            'kommentar") stand once above each section. Items = 13 uppdrag (4 in 6.1, 9 in 6.2): green 12 '
            '("Avslutad" = finished), yellow 1 ("Pågående" = ongoing; the KS uppdrag on systematic work-environment '
            'work). The source prints no legend and no summary count. ALTERNATIVES: "Pågående" as missing '
            '(ongoing is not an assessment): 13 -> 12/0/0/0/1. TRAPS: (1) the comment sits on the row of the '
            'label "Uppdragsår", so a label/value reader would read the comment as the value of "Uppdragsår"; the '
            'year itself is a number alone in A on the next row; (2) 5.2 Mål lists the committee\'s four goals '
            '(5.2.1.1, 5.2.2.1, 5.2.2.2, 5.2.3.1) as bold numbered headings with prose and NO assessment - not '
            'items (counted as missing: 17 -> 12/1/0/0/4); the group headings 5.2.1-5.2.3 are not items either; '
            '(3) comments that contradict the word: the AI uppdrag is "Avslutad" although "uppdraget fortsätter '
            'under nästa år", the utträdesstrategi is "Avslutad" although "Det som kvarstår är ...", the '
            'omvärldsbevakning uppdrag is "Avslutad" with "detta arbete fortsätter under 2026" - the word is taken; '
            '(4) the status dates are real dates in B under the status word. TRANSCRIPTION: assignment texts, '
            'labels, years, types, dates and status words as printed (line breaks of the PDF joined); comments '
            'shortened to their first sentence(s), " …" marks each cut. Page furniture (the running footer '
            '"Årsrapport nämnder och styrelser 2025  NN (40)" and the column headers the PDF repeats at the top of '
            'every page, five of them inside a block) left out. Section 5.2\'s prose cut to the first sentence(s).'
        ),
    }
    save(wb, '87_goteborg-intraservice-arsrapport-uppdrag-block-2025', meta)
    return exp


if __name__ == '__main__':
    build_87()
