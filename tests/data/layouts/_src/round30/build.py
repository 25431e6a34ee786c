"""Regenerate the round-30 layout fixtures into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round30 && /work/main/.venv/bin/python build.py

108: github:GSA/open.usa.gov @deb38b92069f5520c858bd5070a3b67b7a5baae6 - the Fifth U.S. Open Government National
     Action Plan Commitment Tracker (February 2024 bi-annual update): pages/nap/5/commitments.md (index page),
     _commitments/US0113..US0148.md and _subcommitments/*.md (one page per commitment, one small table per
     sub-commitment, rendered by _layouts/commitment.html). Rows verbatim in data_nap5_tracker_2024.py.
Expected counts were decided by hand (see README.md) and are asserted, together with the counts the source prints.
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
RED = Font(bold=True, color='FFFF0000')
LINK = Font(color='FF0563C1', underline='single')
BOLDF = Font(bold=True)
GREY = 'F0F0F0'     # _layouts/commitment.html: style="background-color: #f0f0f0;" on the sub-commitment's first row


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


# =========================================================================================================
# 108  U.S. NAP5 Commitment Tracker, February 2024 update (GSA Open Government Secretariat)
# =========================================================================================================
NAP5_SCALE = {'Complete': 'green', 'In Progress': 'yellow', 'Not Started': 'red'}
TRACKER = 'Fifth U.S. Open Government National Action Plan\nCommitment Tracker'
NOTICE = '⚠ Important Notice: This website is moving!'
NOTICE2 = ('Starting August 29, 2024, this website will be relocated to https://www.gsa.gov/usopengov. Please update '
           'your bookmarks, as the current site will be decommissioned shortly after the launch. Legacy URLs may take '
           'up to a week to redirect. We appreciate your continued support!')
BETA = ('This is the initial beta version of the Fifth U.S. Open Government National Action Plan Commitment Tracker '
        'which includes a sampling of commitment updates. Additional commitment updates and design improvements will '
        'be released here in a sequence of iterative updates.')
THEMES = [  # the index page's order (_layouts/commitments.html)
    'Improve Access to Government Data, Research, and Information',
    'Increase Civic Space to Engage the Public',
    'Transform Government Service Delivery',
    'Counter Corruption and Ensure Government Integrity and Accountability to the Public',
    'Ensure Equal Justice Under the Law',
]
BREADCRUMB = 'View All Commitments | View All Commitments for this Theme'
BUTTONS = ['Full Commitment Text', 'OGP Commitment Page']
TRACKED = ('Progress for this commitment is tracked based on the following sub-commitment(s). You can also view the '
           'full text of this commitment.')
LABELS = ['Agency & Subagency', 'Sub-Commitment Status', 'February 2024 Progress', 'August 2023 Progress']


def build_108():
    import data_nap5_tracker_2024 as D
    wb = Workbook()
    s = Sheet(wb, 'NAP5 Commitment Tracker', first=True)
    s.widths([30, 125])
    # ---- index page (pages/nap/5/commitments.md, layout commitments) ----
    s.row([TRACKER], font=H1, wrap=True)
    s.row([NOTICE], font=RED)           # the source prints this line in red (span style="color:red;")
    s.row([NOTICE2], merge_to=2, wrap=True)
    s.row([BETA], merge_to=2, wrap=True)
    for th in THEMES:
        s.blank()
        s.row([th], font=H2)
        s.row(['ID', 'Commitment'], bold=True)
        for cid, title, theme in D.COMS:
            if theme == th:
                s.row([cid, title])
                s.ws.cell(row=s.r, column=2).font = LINK
    s.row(['Back to Top'], font=SMALL)
    # ---- one page per commitment (layout commitment), in the site's order ----
    st, status_rows = [], []
    subs = {}
    for rec in D.SUBS:
        subs.setdefault(rec[0], []).append(rec)
    for cid, title, theme in D.COMS:
        s.blank()
        s.blank()
        s.row([TRACKER], font=SMALL, wrap=True)
        s.row([BREADCRUMB], font=LINK)
        s.row(['Commitment:'])
        s.row([title], font=H2, wrap=True)
        s.row([f'5th National Action Plan | Theme: {theme}'])
        s.row(BUTTONS, bold=True)
        s.row([TRACKED], merge_to=2, wrap=True)
        for (_cid, sub_id, text, agency, status, feb, aug) in subs[cid]:
            s.blank()
            s.row([sub_id, text], bold=True, fills={0: GREY, 1: GREY}, wrap=True)
            s.row([LABELS[0], agency], wrap=True)
            s.ws.cell(row=s.r, column=1).font = BOLDF
            s.row([LABELS[1], status])
            s.ws.cell(row=s.r, column=1).font = BOLDF
            status_rows.append(s.r)
            s.row([LABELS[2], feb], wrap=True)
            s.ws.cell(row=s.r, column=1).font = BOLDF
            s.row([LABELS[3], aug], wrap=True)
            s.ws.cell(row=s.r, column=1).font = BOLDF
            st.append(NAP5_SCALE[status])
        s.row(['Back to Top'], font=SMALL)

    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (70, 33, 36, 1, 0, 0), exp
    # the source's own figures (NAP5 mid-term self-assessment, Charts 2-4): 70 sub-commitments, 33 Complete,
    # 36 In Progress, 1 Not Started (118.2); 36 commitments, 14 Complete (all subs complete) and 22 In Progress;
    # 13 commitments have two or more sub-commitments
    assert len(D.COMS) == 36 and len({r[1] for r in D.SUBS}) == 70
    assert [r[1] for r in D.SUBS if r[4] == 'Not Started'] == ['US0118.2']
    per = {cid: [r[4] for r in v] for cid, v in subs.items()}
    assert sum(all(x == 'Complete' for x in v) for v in per.values()) == 14
    assert sum(len(v) > 1 for v in per.values()) == 13
    th = {c[0]: c[2] for c in D.COMS}
    by_theme = Counter((th[r[0]].split()[0], r[4]) for r in D.SUBS)
    assert by_theme == Counter({('Counter', 'Complete'): 5, ('Counter', 'In Progress'): 18,
                                ('Ensure', 'Complete'): 9, ('Ensure', 'In Progress'): 8,
                                ('Improve', 'Complete'): 11, ('Improve', 'In Progress'): 7,
                                ('Improve', 'Not Started'): 1, ('Increase', 'Complete'): 2,
                                ('Increase', 'In Progress'): 2, ('Transform', 'Complete'): 6,
                                ('Transform', 'In Progress'): 1}), by_theme
    first, last = status_rows[0], status_rows[-1]
    meta = {
        'source': (f'github:GSA/open.usa.gov @{D.COMMIT}: the Fifth U.S. Open Government National Action Plan '
                   'Commitment Tracker as of its February 2024 bi-annual update - pages/nap/5/commitments.md (index '
                   'page, layout _layouts/commitments.html) and, for each of the 36 commitments, _commitments/'
                   'US0113.md ... US0148.md (front matter: commitment_id, title, commitment_theme_name) with its '
                   'sub-commitments _subcommitments/us0113-1.md ... (front matter: commitment_detail_sub_id, '
                   'commitment_detail_sub, commitment_agency, commitment_status, aug_2023_progress; body = February '
                   '2024 Progress), rendered as _layouts/commitment.html lays them out. Counts checked against '
                   'pages/nap/5/NAP5-Self-Assessment.md (same commit; Mid-Term Self-Assessment Report, submitted to '
                   'OGP on 2024-08-05, also assets/files/NAP5_Mid-Term_Self_Assessment_2024.pdf).'),
        'organisation': 'U.S. General Services Administration (GSA), Open Government Secretariat',
        'country': 'United States',
        'language': 'en',
        'document': ('Fifth U.S. Open Government National Action Plan (2022-2024) Commitment Tracker, February 2024 '
                     'bi-annual update: 36 commitments in 5 themes, tracked through 70 sub-commitments, each with '
                     'its own "Sub-Commitment Status" (Complete / In Progress / Not Started)'),
        'year': 2024,
        'sheet': 'NAP5 Commitment Tracker',
        'header_row': None,
        'status_column': 'B',
        'item_column': 'A',
        'how_status_is_shown': (
            'one sheet = the tracker\'s index page followed by its 36 commitment pages, as copied from the site. '
            'Index: title, a red "Important Notice" line (red font as on the site), two prose rows, then per theme '
            'a heading and a two-column table "ID | Commitment" listing the commitments (no status). Commitment '
            'pages: page head, breadcrumb, "Commitment:", the commitment title (bold), "5th National Action Plan | '
            'Theme: ...", the two button labels, the sentence "Progress for this commitment is tracked ...", then '
            'ONE VERTICAL 5-ROW TABLE PER SUB-COMMITMENT: row 1 = sub-commitment id in A ("US0113.1"; ".0" when the '
            'commitment has no sub-commitments) and its text in B, bold, both cells filled grey F0F0F0 (the site\'s '
            'background-color #f0f0f0); then label rows with the label in A and the value in B: "Agency & '
            'Subagency", "Sub-Commitment Status" (the status word: "Complete" / "In Progress" / "Not Started"), '
            '"February 2024 Progress", "August 2023 Progress"; then "Back to Top". '
            f'Status cells: B{first} ... B{last} (every 5th row within a commitment). The grey fill is the '
            'site\'s table-head shading, not a status; the status is a word only.'),
        'vocabulary': {'Complete': 'green', 'In Progress': 'yellow', 'Not Started': 'red'},
        'period_read': ('implementation of NAP5 (December 2022 - ) as of the February 2024 bi-annual update, the '
                        'status on which the Mid-Term Self-Assessment (August 2024) reports'),
        'expected': exp,
        'notes': (
            'STATUS AS A LABEL/VALUE ROW INSIDE 70 SMALL VERTICAL TABLES, UNDER 36 PAGE BLOCKS. Items = the 70 '
            'sub-commitments (the tracker gives every sub-commitment, and only sub-commitments, a printed status). '
            'green 33 ("Complete"), yellow 36 ("In Progress"), red 1 ("Not Started": US0118.2, the archives.gov '
            'redesign awaiting funding). CHECK: the Mid-Term Self-Assessment prints exactly these figures - Chart 3 '
            '"33 of the 70 sub-commitments are \'Complete\', 36 of the 70 sub-commitments are \'In Progress\', and 1 '
            'of the 70 sub-commitments has \'Not Started\'" and names 118.2 as the one not started; Chart 4 gives '
            'them by theme (Counter Corruption 5/18, Equal Justice 9/8, Access to Data 11/7/1, Civic Space 2/2, '
            'Service Delivery 6/1) - all asserted in build.py; Chart 2 says 14 of the 36 commitments are '
            '"Complete" and 22 "In Progress", "a commitment is considered \'Complete\' only if all its composite '
            'sub-commitments are complete" (13 commitments have two or more sub-commitments) - also asserted. '
            'JUDGEMENT: (1) Complete -> green, In Progress -> yellow, Not Started -> red (the same reading as the '
            'Not started / Limited / Substantial / Completed scale of fixture 105); reading "Not Started" as '
            'missing would give 70 -> 33/36/0/0/1; (2) items are sub-commitments, not commitments: the commitment '
            'pages print no status of their own. Counted per commitment with the report\'s rule the result would '
            'be 36 -> 14 green / 22 not complete (21 yellow + US0118 with one "Not Started" part, which the report '
            'counts "In Progress"); (3) "This commitment was previously completed" in the February 2024 Progress of '
            'a "Complete" row, and many "In Progress" rows whose texts report finished steps, are taken as the '
            'status cell says. TRAPS: (1) no header row: the only table headers on the sheet are the index tables\' '
            '"ID | Commitment" (5 times, no status column) - a reader that takes them as the data table finds 36 '
            'commitments and no status; (2) the status sits in B on the row labelled "Sub-Commitment Status" in A, '
            'the third row of each 5-row block; the other label rows hold long prose (up to ~3,800 characters with '
            'URLs and blank lines); (3) the grey F0F0F0 fill marks each block\'s first row (the sub-commitment id '
            'and text) - it is the site\'s shading, not a status colour; (4) the red font of "⚠ Important Notice: '
            'This website is moving!" at the top is the site\'s, not a status; (5) ".0" ids (US0114.0 ...) for '
            'commitments tracked as one sub-commitment whose text repeats the commitment; (6) prose uses status-'
            'like words in lower case ("previously completed", "on track", "in progress", "is complete"); (7) the '
            'page head "Fifth U.S. Open Government National Action Plan / Commitment Tracker" (small italics), the '
            'breadcrumb, "Commitment:", the button labels and "Back to Top" repeat 36 times; (8) the source layout '
            'lacks the opening <tr> of the status row (browsers still render it as a row) - kept as a row. '
            'TRANSCRIPTION: all 36 commitments and 70 sub-commitments, in the site\'s order (file name), texts '
            'verbatim from the front matter and page bodies, rendered as the page shows them: <br> -> line break, '
            'a link -> its link text (markdown and HTML links; URLs that are link text stay), other tags dropped, '
            'lines stripped, runs of blank lines -> one; source slips kept ("Federal Registar", '
            '"https:https://www.performance.gov/participation", "crossagency"). Index page: the notice\'s markdown '
            'bold and the link in the beta sentence are plain text. Left out: the site header, navigation and '
            'footer.'),
    }
    save(wb, '108_us-ogp-nap5-commitment-tracker-sub-commitment-status-2024', meta)


if __name__ == '__main__':
    build_108()
