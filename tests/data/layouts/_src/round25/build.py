"""Regenerate the round-25 layout fixtures into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round25 && /work/main/.venv/bin/python build.py

Source of all fixtures: github:DeArbetarForDig/dearbetarfordig.se @a034da59b1a31b1bd016855a282f0e102ec1c30f (the
civic-data project behind dearbetarfordig.se), data/graf/kf-*.json, field data.handlingText of one node each. The rows
are kept verbatim in the data_*.py files. Expected counts were decided by hand (see README.md) and are asserted.
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
SMALL = Font(italic=True, size=8)

REPO = 'github:DeArbetarForDig/dearbetarfordig.se'
COMMIT = 'a034da59b1a31b1bd016855a282f0e102ec1c30f'


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


# =========================================================================================================
# 99  Göteborgs Stad, Stadsledningskontoret: Uppföljning av plan för en jämlik stad 2019–2022 (2023-08-23)
# =========================================================================================================
JS_SCALE = {'God': 'green', 'Viss': 'yellow', 'Ingen': 'red'}


def build_99():
    import data_jamlik_stad_2023 as D
    wb = Workbook()
    s = Sheet(wb, 'Uppföljning jämlik stad', first=True)
    s.widths([48, 16, 100])

    def prose(text, font=None):
        s.row([text], merge_to=3, wrap=True, font=font)

    def run():
        s.row([D.RUN], font=SMALL)

    s.row([D.COVER[0]], font=H2)
    s.row(['Uppföljning av plan för en jämlik stad 2019–2022', None, '2023-08-23'], font=H1)
    s.blank()
    s.row(['Innehåll'], font=H2)
    for num, head, page in D.TOC:
        s.row([f'{num} {head}', None, page])
    s.blank()
    run()
    s.row([D.BAKGRUND_HEAD], font=H1)
    for p in D.BAKGRUND:
        prose(p)
    s.blank()
    run()
    s.row([D.KAP2_HEAD], font=H1)
    for p in D.KAP2:
        prose(p)
    s.blank()
    s.row([D.T21_HEAD], font=H2, wrap=True)
    prose(D.T21_INTRO)
    hdr = s.row(D.T21_COLS, bold=True)
    st = []
    for rec in D.T21:
        if rec[0] == 'run':
            run()
            continue
        _, akt, bed, kom = rec
        s.row([akt, bed, kom], wrap=True)
        st.append(JS_SCALE[bed])
    for p in D.T21_AFTER:
        run() if p == 'run' else prose(p)
    s.blank()
    run()
    s.row([D.KAP3_HEAD], font=H1)
    for p in D.KAP3:
        prose(p)
    s.blank()
    s.row([D.T31_HEAD], font=H2, wrap=True)
    prose(D.T31_INTRO)
    hdr2 = s.row(D.T31_COLS, bold=True, wrap=True)
    for _, akt, bed, kom in D.T31:
        s.row([akt, bed, kom], wrap=True)
        st.append(JS_SCALE[bed])
    for p in D.T31_AFTER:
        run() if p == 'run' else prose(p)

    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (10, 3, 7, 0, 0, 0), exp
    # the report's own sums: 2.1 "Fem av sex ... viss" (and, in the samlingsärende's section 7, "En bedöms ha god");
    # 3.1 "Två ... god", "Två ... viss"
    assert [r[2] for r in D.T21 if r[0] == 'row'].count('Viss') == 5 and len([r for r in D.T21 if r[0] == 'row']) == 6
    assert [r[2] for r in D.T31].count('God') == 2 and [r[2] for r in D.T31].count('Viss') == 2
    meta = {
        'source': (f'{REPO} data/graf/kf-2023-11-23.json@{COMMIT}: node "kf-2023-11-23-§42" (kommunfullmäktige '
                   '2023-11-23, § 42 "Samlingsärende inom uppföljning oktober 2023 - Återrapportering av '
                   'kommunfullmäktiges uppdrag till nämnder och styrelser samt några rapporter"), field '
                   'data.handlingText: bilaga 1.4, Stadsledningskontoret\'s report "Uppföljning av plan för en jämlik '
                   'stad 2019–2022" dated 2023-08-23 - its Innehåll, chapter 1, chapter 2 to the end of 2.1, and '
                   'chapter 3 to the end of 3.1.'),
        'organisation': 'Göteborgs Stad, Stadsledningskontoret (for kommunstyrelsen)',
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Uppföljning av plan för en jämlik stad 2019–2022 (2023-08-23): two tables "Bedömning av '
                     'måluppfyllelse" - 6 aktiviteter för styrning, samordning och uppföljning (2.1) and 4 '
                     'samverkansaktiviteter (3.1), each graded God / Viss / Ingen måluppfyllelse'),
        'year': 2023,
        'sheet': 'Uppföljning jämlik stad',
        'header_row': hdr,
        'status_column': 'B',
        'item_column': 'A',
        'how_status_is_shown': (f'two tables in one sheet, each under its own section heading and intro sentence. '
                                f'Table 2.1: header row {hdr} "Aktivitet | Måluppfyllelse | Kommentar"; table 3.1: '
                                f'header row {hdr2} "Aktivitet | Bedömning måluppfyllelse | Kommentar" (a two-line '
                                'header cell). The grade is one word in column B: "God" or "Viss" (the scale, '
                                'stated above each table, is God / Viss / Ingen måluppfyllelse). No colour, no '
                                'symbols; the words are all the PDF prints.'),
        'vocabulary': {'God': 'green', 'Viss': 'yellow', 'Ingen': 'red'},
        'period_read': 'planperioden 2019–2022 (final follow-up of the plan, report dated 2023-08-23)',
        'expected': exp,
        'notes': (
            'TWO SMALL TABLES WITH DIFFERENT STATUS HEADERS, INSIDE A LONG REPORT. Items = the 10 activity rows: '
            '6 in table 2.1 (Utveckla en strategisk funktion ...; Genomföra analyser av jämlikhet ...; Utveckla '
            'indikatorer ...; Utveckla ordinarie uppföljning ...; Integrera jämlikhet i ordinarie verksamhet; '
            'Utveckla en strukturerad och strategisk samverkan ...) and 4 in table 3.1 (familjecentrerade '
            'arbetssättet; Skolan som gemensam arena; jobb- och kompetenscentrerat arbetssätt; hållbara och jämlika '
            'livsmiljöer). green 3 ("God": the last row of 2.1 and the first two of 3.1); yellow 7 ("Viss"). '
            'CHECK: the report says under 2.1 "Fem av sex aktiviteter för styrning, samordning och uppföljning bedöms '
            'ha viss måluppfyllelse" and under 3.1 "Två aktiviteter bedöms ha god måluppfyllelse" / "Två aktiviteter '
            'bedöms ha viss måluppfyllelse"; the samlingsärende\'s own section 7 on the plan (same node, not '
            'transcribed) adds "En bedöms ha god måluppfyllelse" and "Två av fyra samverkansaktiviteter bedöms ha god måluppfyllelse ... '
            'Övriga två ... viss" - all agree with 3/7. JUDGEMENT: (1) the report\'s three-step scale God / Viss / '
            'Ingen måluppfyllelse -> green / yellow / red, the same reading as the "God / Viss / Ingen '
            'måluppfyllelse" scale of fixtures 95 and 98; the cells print only the first word; (2) "Ingen" does not '
            'occur. TRAPS: (1) the status header differs between the tables ("Måluppfyllelse" in 2.1, "Bedömning / '
            'måluppfyllelse" on two lines in 3.1); (2) the Innehåll at the top lists the four samverkansaktiviteter '
            'again as headings 3.2-3.5 (with page numbers in column C, no grade), and words the last one differently '
            '("Samverkan för jämlik tillgång till hållbara livsmiljöer" against the table\'s "Samverkan för hållbara '
            'och jämlika livsmiljöer"); (3) "Integrera jämlikhet i ordinarie verksamhet" is "Viss" although its '
            'comment opens "Aktiviteten är genomförd inom ramen för ett ESF-projekt"; comments are full of '
            'progress words ("Utvecklingsarbete pågår", "Aktivt arbete pågår", "En viss utveckling ... har skett" - '
            'the word "viss" inside a comment is not the grade); (4) the table 3.1 comments are only cross-references '
            '("Se 3.2" ... "Se 3.5"); (5) the intro sentence "Bedömningen graderas utifrån God måluppfyllelse, Viss '
            'måluppfyllelse samt Ingen måluppfyllelse" stands above both tables and names all three grades; (6) the '
            'summary paragraphs after each table state counts in words; (7) the running page head '
            '"Stadsledningskontoret 2023-08-23 Uppfö" (cut off like that in the text; small italics) falls inside '
            'table 2.1 between its third and fourth rows, and inside the prose. TRANSCRIPTION: the PDF text has the '
            'three table columns interleaved line by line; each cell was put back together from its column\'s '
            'lines (word multisets checked against the source), PDF line breaks inside a cell read as spaces, except '
            'the line "Ansvarig för aktiviteten: Kommunstyrelsen" (kept on its own line) and the paragraph breaks the '
            'text has inside the comments of "Integrera jämlikhet ..." and "Utveckla en strukturerad ..." (kept as '
            'a blank line: these paragraphs follow the row before the next row starts and are read as part of the '
            'comment cell); the line-end hyphen in "jämlik stad-" / "arbetet" is joined as "jämlik stad-arbetet"; '
            '"ESF- projektet" kept as printed. Paragraphs run across the sheet (A:C merged). Left out: section 2.2 '
            '(ESF-projektet, prose), sections 3.2-3.5 (prose per activity, no grades), the bilaga "Jämlik stad '
            'Göteborg – med fokus på samverkan" and the rest of the samlingsärende.'),
    }
    save(wb, '99_goteborg-uppfoljning-plan-jamlik-stad-aktiviteter-2023', meta)


# =========================================================================================================
# 100  Samordningsförbundet Göteborg, Årsredovisning 2023, avsnitt 7 "Fördjupad uppföljning verksamhetsplan"
# =========================================================================================================
SF_SCALE = {
    'God måluppfyllelse': 'green',
    'Viss måluppfyllelse': 'yellow',
    'Ingen måluppfyllelse': 'red',
    'Avslutad': 'green',
    'Pågående': 'yellow',
    'Pågående med avvikelse': 'yellow',
    'Ej påbörjad': 'red',          # only on activity rows this year (not items)
}


def build_100():
    import data_sf_goteborg_2023 as D
    wb = Workbook()
    s = Sheet(wb, 'Fördjupad uppföljning', first=True)
    s.widths([62, 100, 18, 13, 15])
    s.row(['Dnr 06/23'], font=ITALIC)
    s.row(['Årsredovisning 2023 Samordningsförbundet Göteborg'], font=H1)
    s.row([D.SIG_LINE], font=SMALL)
    s.blank()
    s.row(['Innehållsförteckning (utdrag)'], font=H2)
    for e in D.TOC7:
        if e[0] == 'sig':
            s.row([D.SIG_LINE], font=SMALL)
        elif e[0] == 'foot':
            s.row([D.FOOT_LINE], font=ITALIC)
        else:
            s.row([e[1], None, e[2]], wrap=True)
    s.row([D.TOC_BILAGOR], wrap=True)
    s.row([D.FOOT_LINE], font=ITALIC)
    s.blank()
    s.row([D.INTRO[0]], font=H1)
    s.row([D.INTRO[1], D.INTRO[2]], wrap=True)
    acthead = ['Aktiviteter', 'Aktivitetens status och kommentar']
    indhead = ['Indikator', 'Utfall 2021', 'Utfall 2022', 'Utfall 2023', 'Målvärde 2023']
    st, seen = [], []
    head = None
    for rec in D.SF23:
        k = rec[0]
        if k == 'area':
            s.blank()
            s.row([rec[1]], font=H1, wrap=True)
        elif k == 'head':
            head = rec[1]
            s.blank()
            s.row([rec[1], None, rec[2]], font=H2, wrap=True)
        elif k == 'tag':
            s.row([None, None, rec[1]])
        elif k == 'besk':
            s.row(['Beskrivning', rec[1]], wrap=True)
        elif k == 'goal':
            s.row([rec[1], rec[2]], wrap=True)
            st.append(SF_SCALE[rec[1]])
            seen.append((head.split()[0], rec[1]))
        elif k == 'label':
            s.row(['Status'], bold=True)
        elif k == 'status':
            s.row([rec[1]])
            st.append(SF_SCALE[rec[1]])
            seen.append((head.split()[0], rec[1]))
        elif k == 'komm':
            s.row(['Kommentar', rec[1]], wrap=True)
        elif k in ('text', 'acttext'):
            s.row([None, rec[1]], wrap=True)
        elif k == 'acthead':
            s.row(acthead, bold=True)
        elif k == 'act':
            s.row([rec[1], rec[2]], wrap=True)
        elif k == 'indhead':
            s.row(indhead, bold=True)
        elif k == 'ind':
            s.row(list(rec[1:]), wrap=True)
        elif k == 'sig':
            s.row([D.SIG_LINE], font=SMALL)
        elif k == 'foot':
            s.row([D.FOOT_LINE], font=ITALIC)
        else:
            raise ValueError(rec)
    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (30, 14, 14, 2, 0, 0), exp
    assert len(seen) == len({n for n, _ in seen}) == 30       # one assessment per numbered block
    meta = {
        'source': (f'{REPO} data/graf/kf-2024-09-12.json@{COMMIT}: node "kf-2024-09-12-§365" (kommunfullmäktige '
                   '2024-09-12, § 365 "Samordningsförbundet Göteborgs årsredovisning 2023"; the same text is in '
                   'node "kf-2024-10-10-§400"), field data.handlingText: the förbund\'s own "Årsredovisning 2023" '
                   '(Dnr 06/23, e-signed by the board in April 2024): the section-7 part of the '
                   'Innehållsförteckning and all of section 7 "Fördjupad uppföljning verksamhetsplan" (report pages '
                   '21-34).'),
        'organisation': ('Samordningsförbundet Göteborg (Finsam kommunalförbund of Försäkringskassan, '
                         'Arbetsförmedlingen, Västra Götalandsregionen and Göteborgs Stad)'),
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Årsredovisning 2023, avsnitt 7 "Fördjupad uppföljning verksamhetsplan" – 5 centrala mål with '
                     '9 mål/delmål (assessed "God / Viss / Ingen måluppfyllelse") and 16 uppdrag (Status "Avslutad / '
                     'Pågående / Pågående med avvikelse"), with 12 activity tables (21 activity rows with their own '
                     'status) and 4 indicator tables inside the blocks'),
        'year': 2023,
        'sheet': 'Fördjupad uppföljning',
        'header_row': None,
        'status_column': 'A',
        'item_column': 'A',
        'how_status_is_shown': ('blocks in reading order, as the Stratsys-style report prints them. GOAL blocks: '
                                'bold heading "7.x.y Centrala mål: ..." or "7.x.y.z Mål/delmål: ..." with the level '
                                'tag "Nämnd/Styrelse" or "Förvaltning/Bolag" in column C (for mål/delmål the tag '
                                'stands on its own row below the heading), sometimes a "Beskrivning" row, then one '
                                'row with the assessment in A ("God måluppfyllelse" / "Viss måluppfyllelse" / "Ingen '
                                'måluppfyllelse") and the comment in B. ASSIGNMENT blocks: heading "7.x.y Centrala '
                                'uppdrag: ..." / "7.x.y.z Uppdrag/deluppdrag: ...", optional "Beskrivning" row, a '
                                'bold "Status" label row, the status word alone on the next row in A ("Avslutad" / '
                                '"Pågående" / "Pågående med avvikelse"), then "Kommentar" with the comment in B. '
                                'Inside blocks: activity tables "Aktiviteter | Aktivitetens status och kommentar" '
                                '(activity in A, its own status word in B, its comment in B on the next row) and '
                                'indicator tables "Indikator | Utfall 2021 | Utfall 2022 | Utfall 2023 | Målvärde '
                                '2023" (numbers only). In the PDF the assessment is an icon plus the words; only the '
                                'words survive in the text. No colour added.'),
        'vocabulary': {
            'God måluppfyllelse': 'green',
            'Viss måluppfyllelse': 'yellow',
            'Ingen måluppfyllelse': 'red',
            'Avslutad': 'green',
            'Pågående': 'yellow',
            'Pågående med avvikelse': 'yellow',
        },
        'period_read': 'verksamhetsåret 2023 (annual report, januari-december 2023)',
        'expected': exp,
        'notes': (
            'GOAL BLOCKS AND ASSIGNMENT BLOCKS IN ONE FLOW, WITH 21 STATUS-BEARING ACTIVITY ROWS INSIDE. Items = the '
            '30 numbered blocks of section 7: 5 Centrala mål (7.1.1, 7.1.2, 7.2.1, 7.2.2, 7.3.1), 9 Mål/delmål '
            '(7.1.1.1, 7.1.2.1-3, 7.2.1.1-4, 7.3.1.1), 12 Centrala uppdrag (7.1.3, 7.1.4, 7.1.5, 7.2.3, 7.2.4, '
            '7.2.5, 7.2.6, 7.3.2, 7.3.3, 7.4.1, 7.4.2, 7.4.3) and 4 Uppdrag/deluppdrag (7.1.3.1, 7.2.3.1, 7.3.4, '
            '7.4.2.1). green 14 ("God måluppfyllelse": 7.1.2.1, 7.2.1, 7.2.1.4, 7.3.1.1; "Avslutad": 7.1.3, '
            '7.1.3.1, 7.1.4, 7.1.5, 7.3.2, 7.3.3, 7.3.4, 7.4.1, 7.4.2, 7.4.3); yellow 14 ("Viss måluppfyllelse": '
            '7.1.2, 7.1.2.2, 7.1.2.3, 7.2.1.1, 7.2.1.2, 7.2.1.3, 7.2.2, 7.3.1; "Pågående": 7.2.3, 7.2.3.1, 7.2.4, '
            '7.2.5; "Pågående med avvikelse": 7.2.6, 7.4.2.1); red 2 ("Ingen måluppfyllelse": 7.1.1, 7.1.1.1). '
            'CHECK: the report prints no count of assessments (section 1.5 only judges the eget kapital "en god '
            'måluppfyllelse" and does not summarise the section-7 goals, and the '
            'KPMG granskning in the same node says no verksamhetsmål for god ekonomisk hushållning were set); the '
            'count is by hand from the blocks, and every numbered heading of section 7 carries exactly one '
            'assessment or status. JUDGEMENT: (1) goal scale God/Viss/Ingen måluppfyllelse -> green/yellow/red, as '
            'in fixtures 95 and 98; (2) assignment status is a progress scale: "Avslutad" -> green (as in 98), '
            '"Pågående" and "Pågående med avvikelse" -> yellow (as in 95; reading "med avvikelse" as red would give '
            '30 -> 14/12/4); (3) "Ingen måluppfyllelse" is taken as printed (red) for 7.1.1 and 7.1.1.1 although '
            'their comments say the förbund "kan inte följa upp individinsatserna under 2023" - a reader could call '
            'them missing (then 30 -> 14/14/0/0/2); (4) several "Avslutad" uppdrag were closed without being '
            'carried out as planned (7.3.2 "Uppdraget att etablera NNS indikatorer avslutas därför", 7.4.3 "Det '
            'finns inte behov av att starta upp någon ytterligare insats", 7.1.5 whose comment says the dialogue '
            '"pågår") - taken as printed (green); (5) the 21 ACTIVITY rows are not items - they sit inside goal and '
            'assignment blocks and carry their own status (Avslutad 13, Pågående 5, Ej påbörjad 2, Pågående med '
            'avvikelse 1); counting them too would give 51 -> 27/20/4; (6) treating the 16 uppdrag statuses as no '
            'assessment would leave the 14 goals (4/8/2) plus 16 missing. TRAPS: (1) the status word of an uppdrag '
            'stands alone two rows under the heading, under a bold "Status" label; in 7.2.4 and 7.4.2 the e-signature '
            'line falls between the heading and the "Status" label, in 7.2.6 the running footer; (2) activity rows '
            'put a status word in column B (e.g. "Digitala Navet | Pågående") - the same words as the '
            'assignment scale, and "Ej påbörjad" occurs ONLY on activity rows (7.1.2.2, 7.2.1); (3) 7.3.1 "Viss '
            'måluppfyllelse" has a comment that itself says "så är måluppfyllelsen god" (ESF-projekten) and "så är '
            'det ingen måluppfyllelse" (Individinsatser) - words of the goal scale inside a comment; 7.1.2.3 ends '
            '"ökad måluppfyllelse"; (4) in 7.1.2.1 the "Beskrivning" runs over a page break and a second paragraph '
            'before the assessment "God måluppfyllelse", whose comment is then cut by the running footer; 7.1.1.1\'s '
            'assessment has no comment on its row - the comment follows after the e-signature line; (5) the '
            'Innehållsförteckning at the top lists the 5 centrala mål and 12 centrala uppdrag and 1 of the 4 '
            'deluppdrag (7.3.4) again, with page numbers in column C and no status (the 9 mål/delmål are not in '
            'it); two of its entries are cut by the e-signature line and the running footer; (6) four "Område:" '
            'headings and the "7 Fördjupad uppföljning verksamhetsplan" heading are not items; (7) indicator '
            'tables hold only numbers ("30%", "0%", "100%"); (8) the level tags "Nämnd/Styrelse" / '
            '"Förvaltning/Bolag" in column C are not statuses; (9) the page furniture - the e-signature line '
            '"Signature reference: b2127ed9-053b-4175-b310-8736c102afa7" (small italics) and the running footer '
            '"Samordningsförbundet Göteborg" (italics) - recurs inside comments, between headings and tags, and '
            'between activity rows; (10) source inconsistencies kept: the section-7 intro says "se bilaga 3. '
            'Fördjupad uppföljning individinsatser 2023" while the TOC lists it as Bilaga 1 and 7.2.1.4 refers to '
            '"bilaga 4" for Lex Heller. TRANSCRIPTION: section 7 is complete and verbatim (the word multiset of the '
            'transcription, with the furniture and table headers, equals that of the source text), runs of white '
            'space collapsed to one space; source slips kept ("Mellan november 2011 och juni 2023", '
            '"implanteringen", "fördupningsutbildning", "Aktiviteten är delvis genomfört", "beslutas som '
            'fullgjort", "from den 1 januari 2024", "IPS (Individanpassat stöd till arbete)Slutrapport ha '
            'presenterats", "2022– 2023", "BIP- genomförandeplan", the 7.1.2.2 comment ending in a comma). Activity '
            'names and statuses were rebuilt from the two run-together columns of the PDF text; indicator names '
            'were rebuilt the same way, and the columns of the indicator values are my reading of the spacing (7.1.1: '
            '30% / 24% under Utfall 2021 / 2022 and 30% as Målvärde, nothing for 2023 when the förbund had no '
            'follow-up system; 7.1.2.1: 100% / 100% as Utfall 2023 / Målvärde; 7.1.2.2-3: 0% as Utfall 2023). '
            'Left out: sections 1-6 and the bilagor. CAUTION: same organisation and report template as fixtures 95 '
            '(2024) and 98 (2025); this is the 2023 report, a different document, with the larger block count, '
            '"Avslutad" on 10 uppdrag and "Ej påbörjad" only on activity rows.'),
    }
    save(wb, '100_samordningsforbundet-goteborg-arsredovisning-mal-och-uppdrag-2023', meta)


if __name__ == '__main__':
    build_99()
    build_100()
