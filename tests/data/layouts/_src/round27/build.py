"""Regenerate the round-27 layout fixtures 103..104 into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round27 && /work/main/.venv/bin/python build.py

Both fixtures come from Kungsbacka kommun as kept in the public repository github:moggleif/kommunhandlingar
(Markdown conversions of the PDFs published on kungsbacka.se), read with read_file:
  103  Nämnden för Vård & Omsorg, "Nämndens årsredovisning 2023"
       data/kungsbacka/vo/2024/2024-02-22/handlingar.md @3dcb1cc4086b0907f69cdd928a41354a1d911ece
  104  Nämnden för Teknik, "Nämndens årsredovisning 2024"
       data/kungsbacka/teknik/2025/2025-02-19/handlingar.md @0034852806b3c96c76ceda1e9015b355180d2b71
The rows are kept verbatim in data_vo_2023.py and data_teknik_2024.py (long paragraphs shortened, cuts marked
" …"). Expected counts were decided by hand (see README.md) and are asserted below, both as literal numbers and by
re-deriving them from the records.
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
ITALIC = Font(italic=True)
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
    """Per goal (KF or nämndmål; the direktiv is not an item): the status word of its bedömning row, or None."""
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
    """Write the cover, the Innehållsförteckning and the records; return {item number: row of its status}."""
    head_org, head_kommun, head_doc = D.HEAD

    def running_head():
        s.row([head_org, None, head_kommun], font=SMALL)
        s.row([head_doc], font=SMALL)

    s.row([head_doc], font=H1)          # cover page: 'Nämndens årsredovisning 20xx' / committee name
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
            num, name, level = rec[1], rec[2], rec[3]
            s.blank()
            s.row([f'{num} {name}'], font=H2 if level in ('KF', 'DIR') else BOLDF, wrap=True)
            cur = num
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
        elif k == 'note':
            s.row([rec[1]], font=SMALL)
        elif k == 'page':
            s.row([None, None, str(rec[1])], font=SMALL)
            s.blank()
            running_head()
        else:
            raise ValueError(rec)
    return rows


# =========================================================================================================
# 103  Kungsbacka, Nämnden för Vård & Omsorg, Nämndens årsredovisning 2023, avsnitt 3 (+ 4.1)
# =========================================================================================================
def build_103():
    import data_vo_2023 as D
    wb = Workbook()
    s = Sheet(wb, 'Uppföljning mål', first=True)
    s.widths([52, 100, 14, 12, 12])
    rows = render(s, D, D.VO)
    items = derive(D.VO)
    st = [VOCAB[w] if w else 'missing' for _, w in items]
    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (8, 0, 5, 0, 0, 3), exp
    assert [n for n, w in items if w is None] == ['3.2', '3.3', '3.4']
    assert [n for n, _ in items] == ['3.1', '3.1.1', '3.1.2', '3.2', '3.3', '3.4', '3.5', '3.5.1']
    bed = ', '.join(f'{n} row {r}' for n, r in rows.items())
    meta = {
        'source': (f'{REPO} data/kungsbacka/vo/2024/2024-02-22/handlingar.md@3dcb1cc4086b0907f69cdd928a41354a1d911ece '
                   '(Markdown conversion of kungsbacka.se "Nämnden för Vård & Omsorg handlingar 2024-02-22.pdf", '
                   'https://kungsbacka.se/download/18.366666ef18d873f2cac23599/1708354939519/...): ärende 2, the '
                   'committee\'s "Nämndens årsredovisning 2023" (daterad 2024-02-01) - its Innehållsförteckning '
                   '(PDF page 3), all of section 3 "Uppföljning mål" (PDF pages 7-16) and the start of section 4 '
                   '"Uppföljning direktiv" up to the 4.1 indicator table (PDF pages 17-18).'),
        'organisation': 'Kungsbacka kommun, Nämnden för Vård & Omsorg',
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Nämndens årsredovisning 2023, section 3 "Uppföljning mål": the five kommunfullmäktige goals '
                     '(3.1-3.5) and the committee\'s three nämndmål (3.1.1, 3.1.2, 3.5.1) as key-value blocks, each '
                     'with indicator tables; section 4.1 (direktiv, no bedömning)'),
        'year': 2023,
        'sheet': 'Uppföljning mål',
        'header_row': None,
        'status_column': 'B',
        'item_column': 'A',
        'how_status_is_shown': ('key-value blocks, no table header. Each goal starts with a heading row in A '
                                '("3.1 En attraktiv kommun ..." bold 12pt for the kommunfullmäktige goals, '
                                '"3.1.1 Antalet personal ..." bold for the nämndmål). Below it, label in A and value '
                                'in B: "Beslutats av", "Fokusområden"/"Fokusområde", then the status row - label '
                                '"Kommunövergripande bedömning" (KF goals) or "Nämndens bedömning" (nämndmål) with '
                                'the sentence "Vi har inte nått målet men är på rätt väg" in B - then '
                                '"Sammanfattning av nämndens arbete med målet" / "Kommentar på nämndmål". Status '
                                f'rows: {bed}. Three KF goals (3.2, 3.3, 3.4) have NO bedömning row at all. No colour '
                                'or icon survives in the stored text; none is added.'),
        'vocabulary': {NADD: 'green', NOT: 'yellow'},
        'period_read': 'kalenderåret 2023 (årsredovisning, report dated 2024-02-01)',
        'expected': exp,
        'notes': (
            'KEY-VALUE BLOCKS, TWO LEVELS, THREE BLOCKS WITHOUT A STATUS. Items = the 8 goal blocks of section 3: '
            'the five kommunfullmäktige goals 3.1-3.5 and the three nämndmål 3.1.1, 3.1.2 and 3.5.1. yellow 5: 3.1 '
            'and 3.5 ("Kommunövergripande bedömning: Vi har inte nått målet men är på rätt väg") and 3.1.1, 3.1.2, '
            '3.5.1 ("Nämndens bedömning: ..." the same sentence); missing 3: 3.2, 3.3 and 3.4 print Beslutats av, '
            'Fokusområden, Sammanfattning and indicators but no bedömning label or value. '
            'CHECK: the report prints no count of its own; the Innehållsförteckning lists only 3.1-3.5 and 4.1. '
            'JUDGEMENT: (1) "Vi har inte nått målet men är på rätt väg" (not reached, on the right way) -> yellow, '
            'as in fixtures 81/82; "Vi har nått målet" (green) is the only other step of the scale and does not '
            'occur here; (2) the three KF goals without a printed bedömning are counted as items with a missing '
            'status (the other two KF goals of the same report carry one); ALTERNATIVES: leave them out -> 5 items, '
            '0/5/0/0/0; nämndmål only -> 3 items, 0/3/0/0/0; (3) the direktiv 4.1 (Beslutats av Kommunfullmäktige, '
            'Kommunfullmäktiges formulering, Kommentar, indicators) has no bedömning and is not an item; counted as '
            'missing it would give 9 items, 0/5/0/0/4. '
            'TRAPS: (1) indicator tables start in column A and put numbers in B, the status column ("5", "234", '
            '"85%", "27 384"); the 3.1 table names three "Brukarbedömning ..." indicators - the word "bedömning" in '
            'column A outside a status row; (2) indicator headers differ (four Utfall years, two years in 3.1.2, '
            'three years in 3.2, one year in 4.1); (3) the 4.1 rows are named "Status direktiv: ..." and hold "10" '
            'and "12,7 %"; (4) page furniture between and inside blocks: the page foot (report page number, small '
            'italics, column C) and the running head "Nämnden för Vård & Omsorg | Kungsbacka kommun" / "Nämndens '
            'årsredovisning 2023"; in 3.3 the page break falls between Fokusområden and Sammanfattning, and several '
            'comments continue after the break in a row with only column B filled; (5) the Innehållsförteckning at '
            'the top repeats the goal names 3.1-3.5 with page numbers in column C and no status; (6) the 3.2 '
            'Sammanfattning repeats the Kungsbackamodellen text of 3.1, and the 3.4 Sammanfattning repeats two '
            'sentences (source slip, kept); (7) comments contain progress words ("pågått", "påbörjats", "avslutas", '
            '"Arbete pågår") that are not statuses; (8) a note row under the 3.5 table ("Måttet för '
            'Jämställdhetsindex har ett års eftersläpning ..."). '
            'TRANSCRIPTION: verbatim from the stored Markdown; PDF line breaks inside a paragraph read as spaces, '
            'paragraph breaks kept; long paragraphs shortened to their first sentence(s), " …" marks each cut; '
            'nothing reworded; source slips kept ("syftar om att", "beslutades det att att", "Arbetetinternt", "har '
            'på börjats", "är införs", "våraaktiviteter", "inledandeskedet"). Indicator values were filled from the '
            'left where a row has fewer values than columns (the PDF column positions are lost); no value is a '
            'status. Left out: the tjänsteskrivelse (PDF page 1), the cover, sections 1-2, 4.1.1 onwards and '
            'sections 5-8.'),
    }
    save(wb, '103_kungsbacka-vo-arsredovisning-mal-tre-utan-bedomning-2023', meta)


# =========================================================================================================
# 104  Kungsbacka, Nämnden för Teknik, Nämndens årsredovisning 2024, avsnitt 3 (+ 4.1)
# =========================================================================================================
def build_104():
    import data_teknik_2024 as D
    wb = Workbook()
    s = Sheet(wb, 'Uppföljning mål', first=True)
    s.widths([52, 100, 14, 12, 12])
    rows = render(s, D, D.TE)
    items = derive(D.TE)
    st = [VOCAB[w] if w else 'missing' for _, w in items]
    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (10, 2, 8, 0, 0, 0), exp
    assert [n for n, w in items if w == NADD] == ['3.1', '3.4']
    assert [n for n, _ in items] == ['3.1', '3.1.1', '3.2', '3.2.1', '3.3', '3.3.1', '3.4', '3.5', '3.5.1', '3.5.2']
    bed = ', '.join(f'{n} row {r}' for n, r in rows.items())
    meta = {
        'source': (f'{REPO} data/kungsbacka/teknik/2025/2025-02-19/handlingar.md@0034852806b3c96c76ceda1e9015b355180d2b71 '
                   '(Markdown conversion of kungsbacka.se "Nämnden för Teknik Handlingar 2025-02-19.pdf", '
                   'https://kungsbacka.se/download/18.3a9ed51194d84d9470edeb6/1739522811311/...): ärende 2, the '
                   'committee\'s "Nämndens årsredovisning 2024" - its Innehållsförteckning (PDF page 2), all of '
                   'section 3 "Uppföljning mål" (PDF pages 10-16) and the start of section 4 "Uppföljning direktiv" '
                   'up to the 4.1 indicator table (PDF page 17).'),
        'organisation': 'Kungsbacka kommun, Nämnden för Teknik',
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Nämndens årsredovisning 2024, section 3 "Uppföljning mål": the five kommunfullmäktige goals '
                     '(3.1-3.5, each with "Kommunövergripande bedömning och nämndens bedömning") and the committee\'s '
                     'five nämndmål (3.1.1, 3.2.1, 3.3.1, 3.5.1, 3.5.2, "Nämndens bedömning") as key-value blocks; '
                     'section 4.1 (direktiv, no bedömning)'),
        'year': 2024,
        'sheet': 'Uppföljning mål',
        'header_row': None,
        'status_column': 'B',
        'item_column': 'A',
        'how_status_is_shown': ('key-value blocks, no table header. Each goal starts with a heading row in A (bold '
                                '12pt "3.1 En attraktiv kommun ..." for the kommunfullmäktige goals, bold "3.1.1 Vi '
                                'underlättar ..." for the nämndmål). Below it, label in A and value in B. The status '
                                'row is labelled "Kommunövergripande bedömning och nämndens bedömning" (KF goals) or '
                                '"Nämndens bedömning" (nämndmål); its value in B is "Vi har nått målet" or "Vi har '
                                f'inte nått målet men är på rätt väg". Status rows: {bed}. No colour or icon survives '
                                'in the stored text; none is added.'),
        'vocabulary': {NADD: 'green', NOT: 'yellow'},
        'period_read': 'kalenderåret 2024 (årsredovisning, handled by the committee 2025-02-19)',
        'expected': exp,
        'notes': (
            'KEY-VALUE BLOCKS, TWO LEVELS, A LONGER STATUS LABEL. Items = the 10 goal blocks of section 3: the five '
            'kommunfullmäktige goals 3.1-3.5 and the five nämndmål 3.1.1, 3.2.1, 3.3.1, 3.5.1, 3.5.2 (none under '
            '3.4). green 2: 3.1 and 3.4 ("Vi har nått målet"); yellow 8: all the others ("Vi har inte nått målet men '
            'är på rätt väg"). CHECK: the report prints no count of its own; the Innehållsförteckning lists only '
            '3.1-3.5 and 4.1. JUDGEMENT: (1) the two-step scale "Vi har nått målet" -> green, "Vi har inte nått '
            'målet men är på rätt väg" -> yellow, as in fixtures 81/82; no red step occurs; (2) the KF goals are '
            'items: here the label says the assessment is both the municipality-wide one AND the committee\'s own '
            '("... och nämndens bedömning"), and it differs from the nämndmål under the same goal (3.1 green, 3.1.1 '
            'yellow); ALTERNATIVES: nämndmål only -> 5 items, 0/5/0/0/0; KF goals only -> 5 items, 2/3/0/0/0; (3) '
            'the direktiv 4.1 has no bedömning and is not an item (as missing: 11 items, 2/8/0/0/1). '
            'TRAPS: (1) the status label is longer than in the 2023 template ("Kommunövergripande bedömning och '
            'nämndens bedömning"), and in 3.3 the status row stands BEFORE Fokusområden, with a page break (page '
            'foot and running head) between them; (2) the nämndmål blocks have no Fokusområde/Nämndens formulering '
            'rows, so their status row follows "Beslutats av | Nämnd" directly; (3) the 3.3.1 comment, rated '
            '"på rätt väg", says after the page break "Emellertid föll dessa delar ej väl ut och kommer inte '
            'genomföras under 2025"; the 3.2.1 comment is only "Se ovan under målredovisningen till '
            'Kommunfullmäktige."; (4) the 4.1 indicator rows are named "Status direktiv: ..." and their values '
            'are "ökande" / "ökande" and "1 av 250 Milj" / "0,6 Mkr av 250 Mkr" - status-like words in column B '
            'that are not assessments; (5) the 3.5 indicator table puts numbers in B; (6) page furniture (page '
            'foot in column C, running head "Nämnden för Teknik | Kungsbacka kommun" / "Nämndens årsredovisning '
            '2024") falls inside blocks, and comments continue after it in rows with only column B filled; (7) the '
            'Innehållsförteckning repeats the goal names with page numbers in column C and no status; (8) comments '
            'begin "Vi vill lyfta fram våra fem viktigaste arbeten som vi bedömer har givit störst effekt" - '
            '"bedömer" in a comment, not a status. '
            'TRANSCRIPTION: verbatim from the stored Markdown; PDF line breaks inside a paragraph read as spaces '
            '(hence "skala 1– 20"), paragraph breaks kept; long paragraphs shortened to their first sentence(s), '
            '" …" marks each cut; nothing reworded; source slips kept ("badvatttenkvaliteten", "REvaq-cerifiering", '
            '"samhällbyggnadsprocess" in the 3.5.2 heading). Indicator values filled from the left (for the two '
            '3.5 indicators this matches the years the VO 2023 report gives for the same series). Left out: the '
            'cover, sections 1-2, 4.1.1 onwards and sections 5-10 (section 5 "Kvalitetsdeklarationer" has a '
            '"Status" column whose content - symbols - is lost in the text).'),
    }
    save(wb, '104_kungsbacka-teknik-arsredovisning-mal-nadd-och-pa-ratt-vag-2024', meta)


if __name__ == '__main__':
    build_103()
    build_104()
