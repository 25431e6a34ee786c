"""Regenerate the round-23 layout fixture 98 into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round23 && /work/main/.venv/bin/python build.py

Source: github:DeArbetarForDig/dearbetarfordig.se @a034da59b1a31b1bd016855a282f0e102ec1c30f (the civic-data project
behind dearbetarfordig.se), data/graf/kf-2026-06-11.json, node "kf-2026-06-11-§235" (kommunfullmäktige
2026-06-11, § 235 "Samordningsförbundet Göteborgs årsredovisning 2025", Handling 2026 nr 124), field
data.handlingText: the förbund's own "Årsredovisning 2025" (e-signed by the board 2026-03-27). Section 7
"Fördjupad uppföljning verksamhetsplan" is kept verbatim in data_sf_goteborg_2025.py; the section-7 part of the
Innehållsförteckning and the goal list of 1.5 are transcribed below. Expected counts were decided by hand
(see README.md) and are asserted.
"""
from collections import Counter
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl import Workbook
from openpyxl.styles import Font
from data_sf_goteborg_2025 import SF25, SIG_LINE, FOOT_LINE

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
ITALIC = Font(italic=True)
SMALL = Font(italic=True, size=8)

REPO = 'github:DeArbetarForDig/dearbetarfordig.se'
COMMIT = 'a034da59b1a31b1bd016855a282f0e102ec1c30f'


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


# =========================================================================================================
# 98  Samordningsförbundet Göteborg, Årsredovisning 2025, avsnitt 7 "Fördjupad uppföljning verksamhetsplan"
# =========================================================================================================
SF_SCALE = {
    # goal assessments (Centrala mål, Mål/delmål)
    'God måluppfyllelse': 'green',
    'Viss måluppfyllelse': 'yellow',
    'Ingen måluppfyllelse': 'red',          # the förbund's third step (used in the 2024 report, fixture 95); not here
    # assignment status (Centrala uppdrag, Uppdrag/deluppdrag)
    'Avslutad': 'green',
    'Pågående': 'yellow',
    'Ej påbörjad': 'red',
}

TOC7 = [  # the section-7 part of the report's Innehållsförteckning, as printed (text, page)
    ('7 Fördjupad uppföljning verksamhetsplan', 29),
    ('7.1 Område: Insatser för individer i behov av samordnade rehabiliteringsinsatser', 29),
    ('7.1.1.2 Mål/delmål: Arbeta systematiskt med progressionsmätningar som ett verktyg i arbetet med deltagare', 30),
    ('7.1.1.3 Mål/delmål: Införa en gemensam handlingsplan för förbundets deltagare', 30),
    ('7.1.1.4 Mål/delmål: Öka andelen deltagare som tar del av förbundets gruppaktiviteter', 30),
    ('Status', 31),
    ('7.2 Område: Stödja samverkan mellan samverkansparterna (strukturövergripande arbete)', 31),
    ('7.3 Område: Uppföljning och utvärdering av rehabiliteringsinsatserna', 34),
    ('7.4 Område: Uppdrag från styrelsen', 34),
    ('7.5 Område: Finansiella mål', 37),
    ('Beskrivning', 37),
]

# 1.5 God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning: the list of the four centrala mål with the
# assessment repeated ("Bedömning: ..."), as the text runs (a page break falls after the third goal's name).
P15_INTRO = 'Under 2025 har förbundet arbetat med nedanstående centrala mål:'
P15 = [
    ('Utveckla insatserna så att fler individer når eller närmar sig arbete eller studier',
     '• Bedömning: Viss måluppfyllelse (se. 7.1)'),
    ('Utveckla det strukturövergripande arbetet inom förbundet.',
     '• Bedömning: God måluppfyllelse (se. 7.2)'),
    ('Säkerställa förutsättningar för att jämställdhetsperspektivet integreras i allt arbete (Jämställdhetsplan)',
     None),
    (None, '• Bedömning: God måluppfyllelse (se. 7.4)'),
    ('Den ekonomiska förvaltningen ska ske utan ekonomiska risktaganden, med god ordning och ett eget kapital inom '
     'den ram som förbundets styrelse beslutat om', '• Bedömning: Viss måluppfyllelse (se. 7.5)'),
]
P15_AFTER = ('Inför budget och verksamhetsplan 2024 fattade styrelsen beslut om en strategisk omfördelning av resurser '
             'från individinriktade till strukturövergripande insatser. …')


def furniture(s, rec):
    if rec[0] == 'sig':
        s.row([SIG_LINE], font=SMALL)
        return True
    if rec[0] == 'foot':
        s.row([FOOT_LINE], font=ITALIC)
        return True
    return False


def body_rows(s, status, body):
    """status word in A beside the first comment piece in B; later pieces (after page furniture) in B alone."""
    first = True
    for piece in body:
        if furniture(s, piece):
            continue
        s.row([status if first else None, piece[1]], wrap=True)
        first = False
    if first:                      # no comment at all
        s.row([status])


def build_98():
    wb = Workbook()
    s = Sheet(wb, 'Fördjupad uppföljning', first=True)
    s.widths([62, 100, 18])
    s.row(['Årsredovisning 2025'], font=H1)
    s.row([FOOT_LINE], font=H2)
    s.blank()
    s.row(['Innehållsförteckning (utdrag)'], font=H2)
    for text, page in TOC7:
        s.row([text, None, page])
    s.blank()
    s.row(['1.5 God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning'], font=H2)
    s.row([SIG_LINE], font=SMALL)                 # the text has the e-signature line here
    s.row([P15_INTRO])
    for goal, bed in P15:
        if goal is None:
            s.row([FOOT_LINE], font=ITALIC)      # page break inside the list
        s.row([goal, bed], wrap=True)
    s.row([None, P15_AFTER], wrap=True)
    s.blank()
    s.row(['7 Fördjupad uppföljning verksamhetsplan'], font=H1)
    st, seen = [], []
    for rec in SF25:
        kind = rec[0]
        if furniture(s, rec):
            continue
        if kind == 'area':
            s.blank()
            s.row([rec[1]], font=H1, wrap=True)
            continue
        _, head, headfurn, level, besk, has_label, status, body = rec
        s.blank()
        if headfurn:                       # 7.1.1.4: heading at the foot of one page, level tag on the next
            s.row([head], font=H2, wrap=True)
            for f in headfurn:
                furniture(s, f)
            s.row([None, None, level])
        else:
            s.row([head, None, level], font=H2, wrap=True)
        if besk:
            s.row(['Beskrivning', besk], wrap=True)
        if has_label:
            s.row(['Status'], bold=True)
        body_rows(s, status, body)
        st.append(SF_SCALE[status])
        seen.append((head.split()[0], status))
    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (22, 13, 8, 1, 0, 0), exp
    # the 1.5 list must agree with the four centrala mål blocks
    cm = {n: v for n, v in seen if n in ('7.1.1', '7.2.1', '7.4.1', '7.5.1')}
    assert cm == {'7.1.1': 'Viss måluppfyllelse', '7.2.1': 'God måluppfyllelse', '7.4.1': 'God måluppfyllelse',
                  '7.5.1': 'Viss måluppfyllelse'}, cm
    meta = {
        'source': (f'{REPO} data/graf/kf-2026-06-11.json@{COMMIT}: node "kf-2026-06-11-§235" (kommunfullmäktige '
                   '2026-06-11, § 235 "Samordningsförbundet Göteborgs årsredovisning 2025", Handling 2026 nr 124), '
                   'field data.handlingText: the förbund\'s own "Årsredovisning 2025" (e-signed by the board '
                   '2026-03-27): the section-7 part of the Innehållsförteckning, the goal list of 1.5 and all of '
                   'section 7 "Fördjupad uppföljning verksamhetsplan" (report pages 29-37).'),
        'organisation': ('Samordningsförbundet Göteborg (Finsam kommunalförbund of Försäkringskassan, '
                         'Arbetsförmedlingen, Västra Götalandsregionen and Göteborgs Stad)'),
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Årsredovisning 2025, avsnitt 7 "Fördjupad uppföljning verksamhetsplan" – 4 centrala mål with '
                     '10 mål/delmål (assessed "God / Viss måluppfyllelse") and 8 uppdrag (Status "Avslutad / '
                     'Pågående / Ej påbörjad")'),
        'year': 2025,
        'sheet': 'Fördjupad uppföljning',
        'header_row': None,
        'status_column': 'A',
        'item_column': 'A',
        'how_status_is_shown': ('blocks in reading order, as the Stratsys-style report prints them. GOAL blocks: '
                                'bold heading "7.x.y Centrala mål: ..." or "7.x.y.z Mål/delmål: ..." with the level '
                                'tag "Nämnd/Styrelse" or "Förvaltning/Bolag" in column C, then one row with the '
                                'assessment in A ("God måluppfyllelse" / "Viss måluppfyllelse") and the comment in B '
                                '(7.5.1 has a "Beskrivning" row first). ASSIGNMENT blocks: heading "7.x.y Centrala '
                                'uppdrag: ..." / "Uppdrag/deluppdrag: ...", a bold "Status" label row, then the '
                                'status word in A ("Avslutad" / "Pågående" / "Ej påbörjad") beside the comment in B. '
                                'In the PDF the assessment is an icon plus the words; only the words survive in the '
                                'text. No colour added.'),
        'vocabulary': {
            'God måluppfyllelse': 'green',
            'Viss måluppfyllelse': 'yellow',
            'Ingen måluppfyllelse': 'red',
            'Avslutad': 'green',
            'Pågående': 'yellow',
            'Ej påbörjad': 'red',
        },
        'period_read': 'verksamhetsåret 2025 (annual report, januari-december 2025)',
        'expected': exp,
        'notes': (
            'GOAL BLOCKS AND ASSIGNMENT BLOCKS IN ONE FLOW, WITH PAGE FURNITURE INSIDE THE COMMENTS. Items = the 22 '
            'numbered blocks of section 7: 4 Centrala mål (7.1.1, 7.2.1, 7.4.1, 7.5.1), 10 Mål/delmål (7.1.1.1-4, '
            '7.2.1.1-3, 7.4.1.1-3) and 8 uppdrag (7.1.2, 7.2.2, 7.2.3, 7.3.1, 7.4.2-7.4.5). green 13 ("God '
            'måluppfyllelse": 7.1.1.4, 7.2.1, 7.2.1.1, 7.2.1.2, 7.2.1.3, 7.4.1, 7.4.1.1, 7.4.1.2, 7.4.1.3; '
            '"Avslutad": 7.1.2, 7.2.2, 7.3.1, 7.4.3); yellow 8 ("Viss måluppfyllelse": 7.1.1, 7.1.1.1, 7.1.1.2, '
            '7.1.1.3, 7.5.1; "Pågående": 7.2.3, 7.4.2, 7.4.4); red 1 ("Ej påbörjad": 7.4.5). CHECK: 1.5 repeats the '
            'assessments of the four centrala mål (Viss, God, God, Viss) and they agree with the blocks; the source '
            'prints no other count. JUDGEMENT: (1) goal scale God/Viss/Ingen måluppfyllelse -> green/yellow/red as '
            'in fixture 95 (only God and Viss occur this year); (2) the assignment status is a progress scale: '
            '"Avslutad" (finished) -> green, "Pågående" -> yellow, "Ej påbörjad" -> red; (3) 7.4.5 "Ej påbörjad" '
            'is taken as printed (red) although its comment says the assignment "bedöms inte längre vara aktuellt '
            'att genomföra" and "föreslås därför kunna avslutas" - a reader could call it not_applicable (then 22 '
            '-> 13/8/0/1/0); (4) treating the 8 assignment statuses as no assessment would leave the 14 goals '
            '(9/5/0) plus 8 missing. TRAPS: (1) the Innehållsförteckning at the top lists only three of the ten '
            'mål/delmål (7.1.1.2-7.1.1.4), the five Område headings, and two entries that are just the words '
            '"Status" (p. 31) and "Beskrivning" (p. 37) - no item and no status there, page numbers in column C; '
            '(2) 1.5 lists the four centrala mål a second time, each followed by "• Bedömning: Viss/God '
            'måluppfyllelse (se. 7.x)" in column B - a repeat, not further items (counting them would double 4 '
            'goals: 26 -> 15/10/1); its first goal is worded "Utveckla insatserna ..." where 7.1.1 says "Utveckla '
            'insatser ..."; (3) the status word of an assignment stands under a bold "Status" label, beside its '
            'comment; in 7.5.1 a "Beskrivning" row comes between the heading and the assessment; (4) "Pågående" '
            'items 7.2.3 and 7.4.4 say in their comments that the uppdrag "föreslås därmed kunna avslutas"; the '
            'Avslutad 7.4.3 says "förklarades slutfört"; (5) comments are full of status-like words: "pågående '
            'riktningsförändring" (7.1.1.1, Viss), "har genomförts enligt plan" and "i huvudsak uppnåtts" '
            '(7.1.1.4, God), "bedöms som viss" (7.5.1); (6) the page furniture the text keeps - the e-signature '
            'line "Signature reference: d8f7acb7-0ef1-4b10-a8aa-77637835adc0" (small italics) and the running line '
            '"Samordningsförbundet Göteborg" (italics) - falls inside comments (7.1.1.1 is cut twice, 7.1.1.4, '
            '7.2.1, 7.2.1.2, 7.4.1, 7.4.4 ("... i samband med årsredovisningen och" / "uppdraget föreslås därmed '
            'kunna avslutas."), 7.5.1) and, in 7.1.1.4, between the heading and its level tag, so that goal\'s '
            'tag "Förvaltning/Bolag" stands alone on a row two rows below the heading; (7) the level tags '
            '"Nämnd/Styrelse" / "Förvaltning/Bolag" in column C are not statuses; 7.2.3 is labelled '
            '"Uppdrag/deluppdrag:", the others "Centrala uppdrag:"; (8) the five "Område:" headings and the "7 '
            'Fördjupad uppföljning verksamhetsplan" heading are not items. TRANSCRIPTION: section 7 is complete '
            'and verbatim, runs of white space collapsed to one space (the text has the PDF\'s line breaks as '
            'spaces); source slips kept ("Fokus har under 2025 har fortsatt", "BIPkategorier", "2023– 2025", '
            '"har säkerställt" / "att säkerställt", "den 10 oktober, § 78" without a year); page furniture is kept '
            'where the text has it. From 1.5 only the intro sentence, the goal list and the first sentence after '
            'it are kept (" …" marks the cut). Bilaga 3 "Uppföljning Lex Heller 2025", which follows section 7, is '
            'left out. CAUTION: same organisation and report template as fixture 95 (the 2024 report); this is '
            'the next year\'s report, a different document - without the activity and indicator tables of 2024, '
            'with the new status word "Avslutad", a "Beskrivning" row on the financial goal and a 1.5 summary of '
            'the assessments.'),
    }
    save(wb, '98_samordningsforbundet-goteborg-arsredovisning-mal-och-uppdrag-2025', meta)


if __name__ == '__main__':
    build_98()
