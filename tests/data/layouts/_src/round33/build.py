"""Regenerate the round-33 layout fixtures into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round33 && /work/main/.venv/bin/python build.py

Source: Kungsbacka kommun as kept in the public repository github:moggleif/kommunhandlingar (Markdown conversions of
the PDFs published on kungsbacka.se), read with read_file:
  114  Byggnadsnämnden, "Nämndens årsredovisning 2025"
       data/kungsbacka/bygg/2026/2026-02-19/handlingar.md @13425e148c370bb716541ff27a7466c8ad882792
  115  Nämnden för Individ & Familjeomsorg, "Nämndens årsredovisning 2025"
       data/kungsbacka/ifo/2026/2026-02-19/handlingar.md @39c88596e88d694444e3bcaaacaf1f36d5baa38d
The rows are kept verbatim in data_bygg_2025.py (section 3 complete; in section 4 long paragraphs shortened) and
data_ifo_2025.py (section 3; long prose paragraphs shortened); cuts are marked " …". Expected counts were decided by
hand (see README.md) and are asserted below, both as literal numbers and by re-deriving them from the records.
"""
from collections import Counter
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl import Workbook
from openpyxl.styles import Font

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
BOLDF = Font(bold=True)
SMALL = Font(italic=True, size=8)

REPO = 'github:moggleif/kommunhandlingar'

NOT = 'Vi har inte nått målet men är på rätt väg'
NADD = 'Vi har nått målet'
VOCAB = {NADD: 'green', NOT: 'yellow'}


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


def derive(records):
    """Per goal block (KF goal or nämndmål; direktiv are not items): the value of its bedömning row, or None."""
    out, cur = [], None
    for rec in records:
        if rec[0] == 'goal':
            if cur is not None:
                out.append(cur)
            cur = [rec[1], None] if rec[3] in ('KF', 'N') else None
        elif rec[0] == 'kv' and cur is not None and 'bedömning' in rec[1]:
            assert cur[1] is None, cur          # one bedömning per block
            cur[1] = rec[2]
    if cur is not None:
        out.append(cur)
    return out


def render(s, D, records):
    """(Cover and Innehållsförteckning if transcribed,) running head, then the records; return {item number: row of its status}."""
    head_org, head_kommun, head_doc = D.HEAD

    def running_head():
        s.row([head_org, None, head_kommun], font=SMALL)
        s.row([head_doc], font=SMALL)

    if hasattr(D, 'TOC'):               # 114 only: cover page and Innehållsförteckning (report page 2)
        s.row([head_doc], font=H1)
        s.row([head_org], font=H2)
        s.blank()
        running_head()
        s.row(['Innehållsförteckning'], font=H2)
        for text, page in D.TOC:
            s.row([text, None, page])
        s.row([None, None, '2'], font=SMALL)
        s.blank()
    running_head()
    rows, cur = {}, None
    for rec in records:
        k = rec[0]
        if k == 'h1':
            s.row([rec[1]], font=H1)
        elif k == 'goal':
            s.blank()
            s.row([f'{rec[1]} {rec[2]}'], font=H2 if rec[3] in ('KF', 'DIR') else BOLDF, wrap=True)
            cur = rec[1]
        elif k == 'kv':
            r = s.row([rec[1], rec[2]], wrap=True)
            s.ws.cell(row=r, column=1).font = BOLDF
            if 'bedömning' in rec[1]:
                rows[cur] = r
        elif k == 'cont':
            s.row([None, rec[1]], wrap=True)
        elif k == 'ind':
            header, body = rec[1], rec[2]
            s.row(header, bold=True, wrap=True)
            for b in body:
                s.row(b, wrap=True)
        elif k == 'page':
            s.row([None, None, str(rec[1])], font=SMALL)
            s.blank()
            running_head()
        else:
            raise ValueError(rec)
    return rows


# =========================================================================================================
# 114  Kungsbacka, Byggnadsnämnden, Nämndens årsredovisning 2025, avsnitt 3 (+ 4)
# =========================================================================================================
def build_114():
    import data_bygg_2025 as D
    wb = Workbook()
    s = Sheet(wb, 'Uppföljning mål', first=True)
    s.widths([52, 100, 14, 12, 12])
    rows = render(s, D, D.BN)
    items = derive(D.BN)
    st = [VOCAB[w] if w else 'missing' for _, w in items]
    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (5, 2, 3, 0, 0, 0), exp
    assert [n for n, _ in items] == ['3.1', '3.2', '3.3', '3.4', '3.5']
    assert [n for n, w in items if w == NADD] == ['3.1', '3.4']
    assert sum(1 for r in D.BN if r[0] == 'goal' and r[3] == 'DIR') == 3
    bed = ', '.join(f'{n} row {r}' for n, r in rows.items())
    meta = {
        'source': (f'{REPO} data/kungsbacka/bygg/2026/2026-02-19/handlingar.md@13425e148c370bb716541ff27a7466c8ad882792 '
                   '(Markdown conversion of kungsbacka.se "Byggnadsnämndens handlingar 2026-02-19.pdf", '
                   'https://kungsbacka.se/download/18.46db326b19c4795e008550ee/1770968657404/...): ärende 5, '
                   '"Byggnadsnämndens årsredovisning 2025" (BN-2026-00009) - its cover and Innehållsförteckning (PDF '
                   'pages 20-21), all of section 3 "Uppföljning mål" (PDF pages 25-31) and section 4 "Uppföljning '
                   'direktiv" (PDF pages 32-36, long paragraphs shortened).'),
        'organisation': 'Kungsbacka kommun, Byggnadsnämnden (Bygg- och miljöförvaltningen)',
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Nämndens årsredovisning 2025, section 3 "Uppföljning mål": the five kommunfullmäktige goals '
                     '3.1-3.5 as key-value blocks, each with a "Kommunövergripande bedömning"; section 4 "Uppföljning '
                     'direktiv": three KF direktiv 4.1-4.3 with comments and no bedömning'),
        'year': 2025,
        'sheet': 'Uppföljning mål',
        'header_row': None,
        'status_column': 'B',
        'item_column': 'A',
        'how_status_is_shown': ('key-value blocks, no table header. Each goal starts with a bold 12pt heading row in A '
                                '("3.1 En attraktiv kommun att bo, verka och vistas i"); below it label in A (bold) and '
                                'value in B: "Beslutats av | Kommunfullmäktige", "Fokusområden | - ...", the status row '
                                '"Kommunövergripande bedömning | Vi har nått målet" or "... | Vi har inte nått målet '
                                'men är på rätt väg", then "Sammanfattning av nämndens arbete med målet | <text>" and '
                                'an indicator table "Indikatorer | Utfall 2022 | Utfall 2023 | Utfall 2024 | Utfall '
                                f'2025". Status rows: {bed}. No colour or icon survives in the stored text; none is '
                                'added.'),
        'vocabulary': {NADD: 'green', NOT: 'yellow'},
        'period_read': 'kalenderåret 2025 (årsredovisning, handled by the nämnd 2026-02-19)',
        'expected': exp,
        'notes': (
            'KEY-VALUE BLOCKS, ONE LEVEL, TWO STATUSES, DIREKTIV WITHOUT STATUS. Items = the 5 kommunfullmäktige goal '
            'blocks of section 3 (the nämnd has no nämndmål in this report; its 3.3 summary says it has had "en '
            'strategi med tre identifierade nyttor" since 2024, and the Miljö & Hälsoskydd årsredovisning 2024 says '
            'the Byggnadsnämnd, a pilot nämnd for a new styrmodell, adopted a strategidokument instead of a '
            'nämndbudget for 2024). green 2: 3.1 and 3.4 ("Vi har nått målet"); '
            'yellow 3: 3.2, 3.3, 3.5 ("Vi har inte nått målet men är på rätt väg"). CHECK: the report prints no '
            'count of its own; the tjänsteskrivelse only says "Nämnden driver ett aktivt arbete för att bidra till '
            'att både kommunfullmäktiges mål och direktiv uppnås". The Innehållsförteckning lists 3.1-3.5 and '
            '4.1-4.3 with page numbers and no status. JUDGEMENT: (1) the two-step scale "Vi har nått målet" -> '
            'green, "Vi har inte nått målet men är på rätt väg" -> yellow, as in fixtures 81/82/103/104/106/107; no '
            'red step occurs and the report prints no legend; (2) the label says the assessment is the '
            'municipality-wide one ("Kommunövergripande bedömning"), not the nämnd\'s own - it is still the only '
            'status printed per goal and is taken as the goal\'s status (as in 82 and 107); (3) the three direktiv '
            '4.1-4.3 have "Kommentar" but no bedömning and are not items (as missing: 8 items, 2/3/0/0/3). TRAPS: '
            '(1) the 4.2 comment ends "förvaltningen bedömer att vi inte är framme" and the 3.3 summary says '
            '"förvaltningen gör bedömningen att vi är på rätt spår" - assessment words inside comments, not status '
            'rows; (2) indicator names contain "Brukarbedömning ..." (3.1) and "hur företag i kommunen bedömer" / '
            '"där företag bedömer" (3.3) - a label search for "bedöm" hits them; (3) the indicator tables of 3.1 '
            'and 3.2 run over a page break, and the header row "Indikatorer | Utfall 2022 ..." is repeated after the '
            'running head; the 3.2 summary continues after a page break in a row with only column B filled, as do '
            'the 3.3, 3.4 and 3.5 summaries; (4) page furniture: page number in C at each page foot and the running '
            'head "Byggnadsnämnden | Kungsbacka kommun" / "Nämndens årsredovisning 2025" (small italics); (5) '
            'indicator rows put numbers and percentages in B-E, and several indicators have no values at all; (6) '
            'the 4.1 indicator table has only two year columns (Utfall 2024, Utfall 2025); (7) the same five goal '
            'names appear in the Innehållsförteckning with page numbers in column C. TRANSCRIPTION: verbatim from '
            'the stored Markdown; section 3 complete; in section 4 long paragraphs shortened to their first '
            'sentence(s), " …" marks each cut; PDF line breaks inside a paragraph read as spaces, paragraph breaks '
            'kept; source slips kept ("Kungsbacka har välkomnade och trygga miljöer.", "säkerställ god hälsa", '
            '"att vi det är enkelt", "Framtiden tillståndsprocess"). The indicator tables are plain space-aligned '
            'text in the PDF (not recognised as tables): names were joined from their wrapped lines and values put '
            'into the Utfall columns from the left, except the IFO brukarbedömning (wide gap: Utfall 2022 and '
            '2024); the column of each value is my reading and carries no status. Left out: the tjänsteskrivelse, '
            'sections 1-2 and 5-8 of the report and the other ärenden of the meeting.'),
    }
    save(wb, '114_kungsbacka-bygg-arsredovisning-kf-mal-tva-nadda-2025', meta)


# =========================================================================================================
# 115  Kungsbacka, Nämnden för Individ & Familjeomsorg, Nämndens årsredovisning 2025, avsnitt 3
# =========================================================================================================
def build_115():
    import data_ifo_2025 as D
    wb = Workbook()
    s = Sheet(wb, 'Uppföljning mål', first=True)
    s.widths([52, 100, 14, 12, 12])
    rows = render(s, D, D.IF)
    items = derive(D.IF)
    st = [VOCAB[w] if w else 'missing' for _, w in items]
    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (10, 0, 10, 0, 0, 0), exp
    assert [n for n, _ in items] == ['3.1', '3.1.1', '3.1.2', '3.1.3', '3.2', '3.3', '3.4', '3.5', '3.5.1', '3.5.2']
    assert all(w == NOT for _, w in items)
    bed = ', '.join(f'{n} row {r}' for n, r in rows.items())
    meta = {
        'source': (f'{REPO} data/kungsbacka/ifo/2026/2026-02-19/handlingar.md@39c88596e88d694444e3bcaaacaf1f36d5baa38d '
                   '(Markdown conversion of kungsbacka.se "Nämnden för Individ & Familjeomsorg handlingar '
                   '2026-02-19"): ärende 12, "Årsredovisning 2025" (IF-2025-00165) - section 3 "Uppföljning mål" '
                   '(report pages 6-22, PDF pages 114-130).'),
        'organisation': 'Kungsbacka kommun, Nämnden för Individ & Familjeomsorg',
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Nämndens årsredovisning 2025, section 3 "Uppföljning mål": the five kommunfullmäktige goals '
                     '3.1-3.5 ("Kommunövergripande bedömning") and the nämnd\'s five nämndmål, titled "Fokusområde: '
                     '..." (3.1.1, 3.1.2, 3.1.3, 3.5.1, 3.5.2, "Nämndens bedömning"), as key-value blocks'),
        'year': 2025,
        'sheet': 'Uppföljning mål',
        'header_row': None,
        'status_column': 'B',
        'item_column': 'A',
        'how_status_is_shown': ('key-value blocks, no table header. Each goal starts with a heading row in A (bold 12pt '
                                '"3.1 En attraktiv kommun ..." for the kommunfullmäktige goals, bold "3.1.1 '
                                'Fokusområde: Rätt kompetens i rätt tid" for the nämndmål); below it label in A (bold) '
                                'and value in B. KF goals: "Beslutats av | Kommunfullmäktige", "Fokusområden | - ...", '
                                '"Kommunövergripande bedömning | <status>", "Sammanfattning av nämndens arbete med '
                                'målet | <text>", indicator table "Indikatorer | Utfall 2022 ... Utfall 2025". '
                                'Nämndmål: "Beslutats av | Nämnd", "Nämndens formulering | <text>", "Nämndens '
                                'bedömning | <status>", "Kommentar på nämndmål | <text>". The status is the sentence '
                                '"Vi har inte nått målet men är på rätt väg" in every block. Status rows: '
                                f'{bed}. No colour or icon survives in the stored text; none is added.'),
        'vocabulary': {NADD: 'green', NOT: 'yellow'},
        'period_read': 'kalenderåret 2025 (årsredovisning, handled by the nämnd 2026-02-19)',
        'expected': exp,
        'notes': (
            'KEY-VALUE BLOCKS, TWO LEVELS, ONE CONSTANT STATUS, "FOKUSOMRÅDE" IN HEADINGS AND LABELS. Items = the 10 '
            'goal blocks of section 3: the five kommunfullmäktige goals 3.1-3.5 and the five nämndmål 3.1.1, 3.1.2, '
            '3.1.3, 3.5.1, 3.5.2 (none under 3.2-3.4). yellow 10: every block says "Vi har inte nått målet men är på '
            'rätt väg". CHECK: the report prints no count of its own. "Vi har nått målet" (green) is in the '
            'vocabulary because it is the other step of the same scale (fixture 114, the Byggnadsnämnd\'s report of '
            'the same year, gives it to 3.1 and 3.4 under the same label "Kommunövergripande bedömning") - it does '
            'not occur here. JUDGEMENT: (1) scale as in 81/82/103/104/106/107/114: "Vi har nått målet" -> green, '
            '"Vi har inte nått målet men är på rätt väg" -> yellow; no red step and no legend; (2) both levels are '
            'items (ALTERNATIVES: KF goals only -> 5 items 0/5/0/0/0; nämndmål only -> 5 items 0/5/0/0/0); (3) the '
            'KF label says the assessment is municipality-wide, not the nämnd\'s own; it is still the only status '
            'printed per KF goal and is taken as that goal\'s status. TRAPS: (1) the nämndmål headings begin '
            '"Fokusområde: ..." while the KF blocks have a label row "Fokusområden" and the 3.5.2 block has a '
            'label row "Fokusområde | I Kungsbacka är invånare, kunder, företag och föreningar medskapande ..." '
            'between its formulering and its bedömning - headings and labels share the word; (2) the 3.1 and 3.5 '
            'summaries open with a fokusområde bullet ("- I Kungsbacka finns attraktiva bostäder ...", "- Kungsbacka '
            'kommun är en attraktiv arbetsgivare ...") that repeats a line of the Fokusområden row above; (3) the '
            '3.1.3 heading wraps onto a second line ("... leverans av våra" / "tjänster i nutid och framtid"); (4) '
            'nämndmål blocks put a long "Nämndens formulering" (running over page breaks, continued in rows with '
            'only column B filled) before the status row, so the status is far below the heading; (5) assessment '
            'words in comments: "Även om det är för tidigt att bedöma effekterna ... På sikt bedöms arbetet bidra" '
            '(3.1.2), "leder oss på rätt väg" (3.5.2 formulering), indicator names "Brukarbedömning ..." and "hur '
            'företag i kommunen bedömer" / "där företag bedömer"; (6) the 3.1.3 comment is only a cross-reference '
            '("Se uppföljning av direktiv ... kapitel 4.1."); (7) page furniture: page number in C at each page foot '
            'and the running head "Nämnden för Individ & Familjeomsorg | Kungsbacka kommun" / "Nämndens '
            'årsredovisning 2025" (small italics), inside blocks and between indicator rows; the indicator header '
            'is repeated after page breaks (3.2, 3.3); (8) indicator rows put numbers in B-E, some rows have no '
            'value. TRANSCRIPTION: verbatim from the stored Markdown; headings, labels, status rows, page breaks '
            'and indicator tables complete; long prose paragraphs shortened to their first sentence(s), " …" marks '
            'each cut; Markdown escapes undone ("\\- " -> "- "); source slips kept ("att får ett stabilt '
            'bemanningsläge", "skapa förbättra företagsklimatet", "psykosutibldning", "vi arbetare med rätt saker", '
            '"har har varit på plats", "16st 2024"). Indicator values put into the Utfall columns from the left '
            '(the IFO brukarbedömning in 2022 and 2024 because of the wide gap); the column of each value is my '
            'reading and carries no status. Left out: the tjänsteskrivelse, sections 1-2 and 4 onwards (section 4 '
            '"Uppföljning direktiv" has no bedömning), and the other ärenden of the meeting. CAUTION: a '
            'constant-status source (like 82); a reader that finds no second status must still report 10 yellow.'),
    }
    save(wb, '115_kungsbacka-ifo-arsredovisning-kf-och-fokusomraden-2025', meta)


if __name__ == '__main__':
    build_114()
    build_115()
