"""Regenerate the round-15 layout fixtures into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round15 && /work/main/.venv/bin/python build.py

Every row below was read from a file published by a public body and kept in a public GitHub
repository (named in each fixture's json 'source': repository, path and commit). The cells are
transcribed here so the build needs no download. Expected counts were decided by hand from the
source's own wording (README.md).
"""
from collections import Counter
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

from data_eccc import ECCC_INDICATORS, ECCC_RESULTS
from data_fds import FDS_INTRO, FDS_ROWS, FDS_M21_CSV
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


def excel_value(s):
    """What Excel makes of a CSV field when the file is opened: numbers become numbers."""
    if s == '':
        return None
    try:
        if s.strip() == s and s not in ('.',):
            f = float(s)
            return int(f) if f.is_integer() and '.' not in s else f
    except ValueError:
        pass
    return s


# ------------------------------------------------------------------ 75 TBS InfoBase, DRR 2016-17 indicators (ECCC)
def f75():
    name = '75_gc-infobase-drr-status-color-period-eccc-2016-17'
    cols = ['id', 'result_id', 'name_en', 'target_year', 'target_month', 'explanation_en', 'target_type',
            'target_min', 'target_max', 'target_narrative_en', 'doc', 'actual_datatype', 'actual_result_en',
            'status_color', 'status_period']
    wb = Workbook()
    s = Sheet(wb, 'Indicators', first=True)
    s.row(cols)
    statuses = []
    for ind in ECCC_INDICATORS:
        s.row([excel_value(ind[c]) for c in cols])
        col, per = ind['status_color'], ind['status_period']
        statuses.append({('success', 'past'): 'green', ('success', 'future'): 'green',
                         ('failure', 'past'): 'red', ('failure', 'future'): 'yellow',
                         ('not_appl', 'past'): 'not_applicable', ('not_appl', 'future'): 'not_applicable',
                         ('not_avail', 'past'): 'missing', ('not_avail', 'future'): 'missing'}[(col, per)])
    s.widths([17, 17, 60, 11, 12, 40, 11, 10, 10, 40, 6, 14, 40, 12, 13])
    r = Sheet(wb, 'Results')
    rcols = ['id', 'subject_id', 'name_en', 'is_efficiency', 'doc']
    r.row(rcols)
    for res in ECCC_RESULTS:
        r.row([excel_value(res[c]) for c in rcols])
    r.widths([17, 12, 80, 12, 6])
    exp = counts(statuses)
    assert exp == dict(items=13, green=7, yellow=1, red=1, not_applicable=0, missing=4), exp
    meta = {
        'source': 'github:TBS-EACPD/infobase data/Indicators.csv and data/Results.csv@08d6dc911cacc8b40750659ebdedc2b469d69522 '
                  '(Treasury Board of Canada Secretariat, GC InfoBase data files, 23 March 2018; the 13 indicator rows of '
                  'doc "drr16" whose result belongs to Environment and Climate Change Canada (subject_id EC-…), and '
                  'their 10 result rows). Status meanings: data/Glossary_en.csv (RESULTS_STATUS) and '
                  'src/models/businessConstants.yaml (result_statuses) of the same commit.',
        'organisation': 'Environment and Climate Change Canada, as published by the Treasury Board of Canada Secretariat (GC InfoBase)',
        'country': 'Canada',
        'language': 'en',
        'document': 'GC InfoBase open data: Departmental Results Report 2016-17 indicators (Indicators.csv) with the Results lookup (Results.csv)',
        'year': 2017,
        'sheet': 'Indicators',
        'header_row': 1,
        'status_column': 'N',
        'item_column': 'C',
        'how_status_is_shown': 'two code columns: status_color (success / failure / not_avail; not_appl also exists in the file) and '
                               'status_period (past / future). The meaning of "failure" depends on status_period: past = '
                               '"Attention required (past due)" (target date by 31 March 2017 and the target was missed), '
                               'future = "Attention required" (target date later or ongoing; reasons to believe the target may not be met).',
        'vocabulary': {
            'success + past ("Met")': 'green',
            'success + future ("On track to meet target")': 'green',
            'failure + past ("Attention required (past due)": result outside the target)': 'red',
            'failure + future ("Attention required": may not be met by the target date)': 'yellow',
            'not_appl ("No longer applicable": no target, or target no longer relevant)': 'not_applicable',
            'not_avail ("Not available": result not collected / not predictable)': 'missing',
        },
        'period_read': 'fiscal year 2016-17 (doc = drr16, Departmental Results Report 2016-17)',
        'expected': exp,
        'notes': 'RAW OPEN-DATA CSV AS A SHEET WITH A SECOND LOOKUP SHEET, AND A STATUS SPLIT OVER TWO CODE COLUMNS. '
                 'Items = the 13 indicator rows (one per indicator). status_color alone is not the status: the '
                 'glossary defines "Attention required" twice - for targets due by 31 March 2017 (status_period past) it '
                 'means the result missed the target (-> red), for ongoing/later targets (future) it means there are '
                 'reasons to believe the target may not be met (-> yellow). success past = "Met", success future = "On '
                 'track to meet target" (both green). not_avail (4 rows) -> missing (two say "Next available data set to be '
                 'reported in 2019-20" with actual_result_en "."; two say "Result not available, proxy indicator used '
                 'instead"). Alternative if failure is read as red regardless of period: 7/0/2/0/4. TRAPS: (1) row '
                 'NI007-0002 "Result missed the target by less than 5%" (79 vs 81) is past failure -> red, not amber - the '
                 'file has no amber band; (2) NI007-0016 has target_year "other" (ongoing) and status_period future, so '
                 'its failure is yellow although its explanation says "missed the target by more than 5%" (red defensible); '
                 '(3) NI007-0091 (PBDE: target 80 %, actual 30 % / 20 %) is coded success/future = on track - the code is '
                 'taken, nothing computed; (4) the Results sheet repeats result names with no status (lookup, not items); '
                 '(5) the column name_en is the item, status_color holds codes, not words. The file was opened the way '
                 'Excel opens a CSV: numeric fields became numbers (target_min 81.00 -> 81), "." and "other" stay text; '
                 'the French columns (name_fr, explanation_fr, target_narrative_fr, actual_result_fr) were left out, the '
                 'English ones kept in the file\'s order. Not the same dataset as 65 (GC Service Inventory, service '
                 'standards, Y/N): this is the Departmental Results indicators file with four status codes and periods.',
    }
    save(wb, name, meta)


# ------------------------------------------------------------------ 76 Federal Data Strategy 2020 Action Plan progress page
FDS_SRC = 'github:GSA/data-strategy pages/2020/progress/index.md@37bf26fd13747f578b6ece59b94493aff24a8167'
GREEN_TXT, GOLD_TXT = '48B749', 'D7B429'   # the page's CSS: .status-complete / .status-partial-complete


def status_rich(sentence, word, colour):
    """The sentence with the status word coloured (and COMPLETED / Pending Guidance bold) as on the page."""
    if not word or word not in sentence:
        return sentence
    i = sentence.index(word)
    blocks = []
    if sentence[:i]:
        blocks.append(sentence[:i])
    if word.startswith('partially '):
        blocks.append(TextBlock(InlineFont(color=colour), 'partially '))
        blocks.append(TextBlock(InlineFont(color=colour, b=True), word[len('partially '):]))
    else:
        blocks.append(TextBlock(InlineFont(color=colour, b=True), word))
    if sentence[i + len(word):]:
        blocks.append(sentence[i + len(word):])
    return CellRichText(*blocks)


def f76():
    name = '76_us-federal-data-strategy-milestones-2020'
    wb = Workbook()
    s = Sheet(wb, '2020 Action Plan Progress', first=True)
    s.row([None, FDS_INTRO[0]], font=Font(bold=True, size=16))
    s.row([None, FDS_INTRO[1]], wrap=True)
    s.merge(s.r, 1, s.r, 5)
    s.ws.row_dimensions[s.r].height = 75
    s.row([None, FDS_INTRO[2]], wrap=True)
    s.merge(s.r, 1, s.r, 5)
    statuses = []
    for row in FDS_ROWS:
        if row[0] == 'H':
            s.blank()
            s.row([None, row[1]], font=Font(bold=True, size=13))
            continue
        _, cls, meta, sentence, num, det, nxt, word = row
        if meta.startswith('>">'):          # a broken href (#<<URL>>) in the page source; the browser shows the link text only
            meta = meta[3:]
        colour = GREEN_TXT if cls == 'status-complete' else GOLD_TXT
        r = s.row(['\u2713', meta, None, num or None, det or None, nxt or None], wrap=True)
        s.ws.cell(row=r, column=1).font = Font(color=colour, size=20)
        s.ws.cell(row=r, column=3).value = status_rich(sentence, word, colour)
        s.ws.cell(row=r, column=3).alignment = Alignment(wrap_text=True, vertical='top')
        if num:
            s.ws.cell(row=r, column=4).font = Font(bold=True, size=20, color=GREEN_TXT)
        statuses.append('green' if cls == 'status-complete' else 'yellow')
    s.widths([5, 55, 70, 10, 40, 50])
    exp = counts(statuses)
    assert exp == dict(items=66, green=38, yellow=28, red=0, not_applicable=0, missing=0), exp
    meta = {
        'source': FDS_SRC + ' (U.S. Office of Management and Budget / GSA, Federal Data Strategy, "2020 Action Plan Progress", '
                  'page last updated January 29, 2021; the milestone rows of the five sections Quarter 1-4 and Recurring; colours '
                  'from assets/css/custom.css of the same commit)',
        'organisation': 'U.S. Office of Management and Budget with the General Services Administration (Federal Data Strategy team)',
        'country': 'United States',
        'language': 'en',
        'document': 'Federal Data Strategy 2020 Action Plan Progress (final status of the 2020 milestones)',
        'year': 2020,
        'sheet': '2020 Action Plan Progress',
        'header_row': None,
        'status_column': 'C',
        'item_column': 'B',
        'how_status_is_shown': 'inside a sentence: "This milestone has been COMPLETED." / "This milestone has been partially COMPLETED." / '
                               '"This milestone is Pending Guidance." - the status words coloured green (#48B749) or gold (#D7B429), '
                               'and a check mark in the same colour before each milestone (column A); one milestone has no status '
                               'word, only the gold colour and the sentence "... this milestone has been delayed."',
        'vocabulary': {
            'COMPLETED (green)': 'green',
            'partially COMPLETED (gold)': 'yellow',
            'Pending Guidance (gold; "This milestone is PENDING OMB Open Data Guidance.")': 'yellow',
            '"Due to government-wide focus on COVID-19 response activities, this milestone has been delayed." (gold, no status word)': 'yellow',
        },
        'period_read': 'calendar year 2020 (status as of January 29, 2021)',
        'expected': exp,
        'notes': 'A WEB PAGE OF MILESTONE BLOCKS KEPT AS ONE ROW PER MILESTONE, NO HEADER ROW, STATUS AS A COLOURED WORD INSIDE A '
                 'SENTENCE. Items = the 66 milestone rows under the five headings (Quarter 1 ... Quarter 4, Recurring): 38 '
                 'COMPLETED (green), 23 partially COMPLETED, 4 Pending Guidance (5.1, 5.2, 6.2, 8.2) and 1 delayed (9.3) = 28 '
                 'yellow. The page says "65 milestones from 20 actions" in its introduction but lists 66 rows (9.1 and 9.2 are '
                 'printed as "Milestone 9.1, getting payments right." / "Milestone 9.2, results oriented accountability for '
                 'grants." without a date); all 66 rows are counted. JUDGEMENT: Pending Guidance is not an assessment of work '
                 'done but the page gives it the same gold colour and CSS class as "partially COMPLETED" -> yellow; read as '
                 'missing the counts are 66 = 38/24/0/0/4. Milestone 9.3 has no status word, only the gold class and "has been '
                 'delayed" -> yellow (missing defensible: 38/27/0/0/1). No milestone is red. TRAPS: (1) no header row - the '
                 'columns are check mark / milestone / status sentence / metric number / metric note / next step; (2) the big '
                 'green numbers ("33 \u27a7", "65 \u27a7") are counts of agencies or people, always green, not statuses; (3) the '
                 'status sentence goes on with the narrative in the same cell ("This milestone has been COMPLETED. OMB launched '
                 'the Federal CDO Council on January 31, 2020. ..."), and "COMPLETED" is in capitals; (4) a "Next step:" column '
                 'describes future work; (5) the intro paragraphs and the five heading rows are not items. Footnote markers are '
                 'kept as superscript digits (agencies\u00b9); link targets dropped, link text kept; the page-navigation links '
                 '("Jump to ..."), the newsletter link, the dashboard iframe and its warning and the "Supplemental Milestone Data" '
                 'section under the milestones (see 77) were left out. In the page source the link of 19.2 and 19.3 is broken '
                 '(href "#<<URL>>"); the shown text "Milestone 19.2" is used.',
    }
    save(wb, name, meta)


# ------------------------------------------------------------------ 77 Federal Data Strategy, Milestone 2.1 table per agency
def f77():
    name = '77_us-federal-data-strategy-m21-agencies-yn'
    wb = Workbook()
    s = Sheet(wb, 'Milestone 2.1', first=True)
    s.row(['Federal Data Strategy Action Plan, Action 2: Constitute a Diverse Governance Body (DGB)'], font=Font(bold=True, size=14))
    s.row(['Milestone 2.1. By December 31, 2020, publish agency data governance materials (membership, charter, meeting '
           'cadence) on [agency].gov/data web page.'])
    s.row(['These three agency websites are useful examples that can guide development of your agency\u2019s data webpage.'])
    for u in ('https://www.ssa.gov/data/', 'https://www.doi.gov/data', 'https://www.ed.gov/data'):
        s.row(['\u2022 ' + u])
    s.blank()
    s.row(['Milestone 2.1: Publish agency data governance materials on web page'], font=Font(bold=True, size=12))
    hdr = s.row(FDS_M21_CSV[0], bold=True, fills={i: 'D9D9D9' for i in range(5)}, wrap=True)
    statuses = []
    for rec in FDS_M21_CSV[1:]:
        vals = [excel_value(v) for v in rec]
        s.row(vals)
        if not rec[0].startswith('*Summary'):
            statuses.append({'Y': 'green', 'N': 'red'}[rec[1]])
    s.row(['*Milestone 2.1 is required for all agencies. This table reports agency-level details for all CFO Act Agencies '
           'and summarizes the count of non-CFO Act agencies to complete this milestone.'])
    s.widths([62, 20, 18, 18, 20])
    exp = counts(statuses)
    assert exp == dict(items=24, green=19, yellow=0, red=5, not_applicable=0, missing=0), exp
    meta = {
        'source': 'github:GSA/data-strategy assets/data/FDS-2020-Milestone-2-1.csv@37bf26fd13747f578b6ece59b94493aff24a8167 '
                  '(the table shown under "Supplemental Milestone Data & Examples" of pages/2020/progress/index.md, same commit: '
                  'heading, milestone text, example links, table title and the note under the table)',
        'organisation': 'U.S. Office of Management and Budget with the General Services Administration (Federal Data Strategy team) - follow-up of the 24 CFO Act agencies',
        'country': 'United States',
        'language': 'en',
        'document': 'Federal Data Strategy 2020 Action Plan Progress - Milestone 2.1 agency table (Y/N per agency)',
        'year': 2020,
        'sheet': 'Milestone 2.1',
        'header_row': hdr,
        'status_column': 'B',
        'item_column': 'A',
        'how_status_is_shown': 'letters Y / N in four question columns; the first ("Did an agency post DGB to webpage?") answers '
                               'the milestone, the other three are its parts (membership, charter, meeting cadence)',
        'vocabulary': {'Y': 'green', 'N': 'red'},
        'period_read': 'Milestone 2.1 (due by December 31, 2020), table of January 2021',
        'expected': exp,
        'notes': 'SEVERAL Y/N COLUMNS, ONE OF THEM THE STATUS, AND A SUMMARY ROW OF COUNTS AT THE BOTTOM. Items = the 24 CFO Act '
                 'agencies; status = column B "Did an agency post DGB to webpage?" (the milestone question): 19 Y -> green, 5 N '
                 '-> red. The three other columns are parts of the milestone (Posted Membership / Charter / Meeting Cadence on '
                 'Webpage?). Alternative: an agency green only if all four are Y -> 16/0/8/0/0; reading the last column would '
                 'give 17/0/7. Rows where the columns disagree: Environmental Protection Agency N / Y / Y / Y and Health and Human '
                 'Services N / Y / Y / N (status N = red although parts are posted), Department of Transportation Y / N / N / N '
                 '(status Y = green although no part is posted) - the milestone column is taken as printed. TRAPS: (1) the last row "*Summary Count of Agencies Posting Data Governance Body Materials*:" '
                 'holds counts (37, 40, 38, 31) over all agencies, CFO Act and non-CFO Act - not an item, and its numbers do not '
                 'match the 24 rows above (the note says the table "summarizes the count of non-CFO Act agencies"); (2) the page '
                 'above says "33" agencies published (an earlier count) - not used; (3) the example URLs and the note under the '
                 'table are not items. Header cells as in the CSV (with "?"); the CSV was opened the way Excel opens it '
                 '(numbers in the summary row became numbers). Second fixture from the same page (76 = the milestone list).',
    }
    save(wb, name, meta)


if __name__ == '__main__':
    f75()
    f76()
    f77()
