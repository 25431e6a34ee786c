"""Regenerate the round-35 layout fixture into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round35 && /work/main/.venv/bin/python build.py

Source: github:GSA/open.usa.gov @deb38b92069f5520c858bd5070a3b67b7a5baae6, assets/files/NAP2SA-mid.pdf (United States
of America, Midterm Self-Assessment Report, Second Open Government National Action Plan 2013-2015, March 2015). The
records are kept verbatim in data_us_nap2_midterm_2015.py. Expected counts were decided by hand (see README.md) and
are asserted. Fixture numbers 119 and 120 were not used.
"""
from collections import Counter
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
SMALL = Font(italic=True, size=8)

REPO = 'github:GSA/open.usa.gov'
COMMIT = 'deb38b92069f5520c858bd5070a3b67b7a5baae6'
SCALE = ['Not started', 'Limited', 'Substantial', 'Completed']
# A commitment's status is its least advanced mark (a commitment is complete only when every part is complete).
LEVEL = {'Not started': 'red', 'Limited': 'yellow', 'Substantial': 'yellow', 'Completed': 'green'}

# hand count, per commitment, read from the PDF's Completion level rows (theme initial, number) -> least advanced
# column holding a mark
HAND = {
    ('I', '1'): 'Substantial', ('I', '2'): 'Substantial', ('I', '3'): 'Limited', ('I', '4'): 'Completed',
    ('I', '5'): 'Substantial', ('I', '6'): 'Completed', ('I', '7'): 'Limited', ('I', '8'): 'Completed',
    ('I', '9'): 'Substantial', ('I', '10'): 'Substantial', ('I', '11'): 'Limited',
    ('M', '1'): 'Substantial', ('M', '2'): 'Completed', ('M', '3'): 'Substantial', ('M', '4'): 'Substantial',
    ('M', '5'): 'Substantial', ('M', '6'): 'Substantial', ('M', '7'): 'Completed', ('M', '8'): 'Limited',
    ('S', '1'): 'Substantial', ('S', '2'): 'Substantial', ('S', '3'): 'Limited', ('S', '4'): 'Completed',
    ('S', '5'): 'Substantial', ('S', '6'): 'Limited', ('S', '7'): 'Limited',
}
THEME_KEY = {'Open Government to Increase Public Integrity': 'I',
             'Open Government to Manage Resources More Effectively': 'M',
             'Open Government to Improve Public Services': 'S'}


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


def build_118():
    import data_us_nap2_midterm_2015 as D
    wb = Workbook()
    s = Sheet(wb, 'NAP2 Midterm Self-Assessment', first=True)
    s.widths([26, 24, 24, 24, 24])

    def page(val):
        r = s.row([None, None, val], font=SMALL)
        s.ws.cell(row=r, column=3).alignment = Alignment(horizontal='center')

    for i, line in enumerate(D.COVER):
        s.row([line], font=H2 if i in (1, 5) else None)
    page('i')                      # the cover page's number
    s.blank()
    s.row([D.INTRO_HEAD], font=H1)
    s.row([D.INTRO], merge_to=5, wrap=True)   # intro and first theme share page 3 (no furniture between)

    per_item, theme, mark_rows = [], None, []
    for rec in D.RECS:
        k = rec[0]
        if k == 'theme':
            theme = THEME_KEY[rec[1]]
            s.blank()
            s.row([rec[1]], font=H1)
        elif k == 'title':
            s.blank()
            s.row([f'{rec[1]}. {rec[2]}'], font=H2)
            per_item.append([(theme, rec[1]), []])
        elif k == 'field':
            r = s.row([rec[1], rec[2] or None], wrap=True)
            s.merge(r, 1, r, 4)
        elif k == 'scale':
            s.row([None] + SCALE, bold=True)
        elif k == 'marks':
            vals = ['Completion level', None, None, None, None]
            for level, mark in rec[1]:
                vals[1 + SCALE.index(level)] = mark
            r = s.row(vals)
            for c in range(2, 6):
                s.ws.cell(row=r, column=c).alignment = Alignment(horizontal='center')
            mark_rows.append(r)
            per_item[-1][1].append(rec[1])
        elif k == 'page':
            page(rec[1])
        else:
            raise ValueError(rec)

    # the rule, applied per commitment: the least advanced column that holds a mark; must equal the hand list
    st = []
    for key, marks in per_item:
        assert len(marks) == 1, key                    # one Completion level row per commitment
        low = min((lev for lev, _ in marks[0]), key=SCALE.index)
        assert low == HAND[key], (key, low, HAND[key])
        st.append(LEVEL[low])
    assert len(per_item) == len(HAND) == 26
    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (26, 6, 20, 0, 0, 0), exp
    assert Counter(HAND.values()) == Counter({'Substantial': 13, 'Limited': 7, 'Completed': 6})
    # 14 commitments have their parts spread over two columns; 10 are marked with one check mark, 16 with letters
    # (2 of them all in ONE column: Public Integrity 4 "a, b, c, d" and 6 "a, b, c", both under Completed)
    assert sum(1 for _, m in per_item if len(m[0]) > 1) == 14
    assert sum(1 for _, m in per_item if all(t == '✓' for _, t in m[0])) == 10
    assert sum(1 for _, m in per_item if len(m[0]) == 1 and m[0][0][1] != '✓') == 2
    # Public Integrity 3 skips a column: "a, b" under Limited, "c, d, e" under Completed, Substantial empty
    assert dict(per_item[2][1][0]) == {'Limited': 'a, b', 'Completed': 'c, d, e'}
    # alternative readings given in the notes
    high = Counter(max((lev for lev, _ in m[0]), key=SCALE.index) for _, m in per_item)
    assert high == Counter({'Completed': 16, 'Substantial': 9, 'Limited': 1}), high
    parts = Counter()
    for _, m in per_item:
        for lev, t in m[0]:
            parts[lev] += 1 if t == '✓' else len(t.split(', '))
    assert parts == Counter({'Completed': 33, 'Substantial': 23, 'Limited': 8}), parts
    # the report's own total: "The second NAP includes 26 open government commitments"
    assert '26 open government commitments' in D.INTRO
    # two blocks print the Completion level after Description of results (Public Integrity 3, Public Services 5)
    order = []
    for rec in D.RECS:
        if rec[0] == 'title':
            order.append([])
        elif rec[0] == 'marks' or (rec[0] == 'field' and rec[1] in ('Ambition', 'Description of results')):
            order[-1].append(rec[0] if rec[0] == 'marks' else rec[1])
    assert sum(1 for o in order if o.index('marks') > o.index('Description of results')) == 2
    # six "Other actors involved" cells are empty in the PDF
    assert sum(1 for r in D.RECS if r[0] == 'field' and r[1] == 'Other actors involved' and not r[2]) == 6

    meta = {
        'source': (f'{REPO} assets/files/NAP2SA-mid.pdf@{COMMIT} (file added in commit '
                   'e066a05547ed6cc4039590cec417ad2968738a35 "adds old NAP docs"; linked from pages/home.md as the '
                   '"Mid-term Self Assessment" of the second National Action Plan): the cover, and pages 3-27, section '
                   '"Implementation of National Action Plan Commitments" - its intro paragraph and all 26 commitment '
                   'tables.'),
        'organisation': ('United States of America (federal government; published by the GSA open government '
                         'team on open.usa.gov) - self-assessment for the Open Government Partnership'),
        'country': 'United States',
        'language': 'en',
        'document': ('Midterm Self-Assessment Report for the Open Government Partnership, Second Open Government '
                     'National Action Plan 2013-2015 (March 2015): 26 commitments under 3 themes, each a two-column '
                     'table whose "Completion level" row puts a check mark - or the letters of the sub-commitments - '
                     'under one or two of the columns Not started / Limited / Substantial / Completed'),
        'year': 2015,
        'sheet': 'NAP2 Midterm Self-Assessment',
        'header_row': None,
        'status_column': 'B:E',
        'item_column': 'A',
        'how_status_is_shown': ('blocks in reading order, as the report prints them. Each commitment starts with a '
                                'bold heading in A ("1. Improve Public Participation in Government"; numbering '
                                'restarts at 1 under each of the 3 theme headings), then label rows (label in A, '
                                'text in B:E merged): Lead government actors, Other actors involved (empty in six '
                                'blocks), Main objective, Brief description, Relevance, Ambition, then a bold scale '
                                'header row with "Not started | Limited | Substantial | Completed" in B, C, D, E, '
                                'then the "Completion level" row: the status is WHICH COLUMN holds a mark - a check '
                                'mark "✓" (10 commitments) or the sub-commitment letters ("a, b", "d", ...; 16 '
                                'commitments), which for 14 commitments are spread over two columns. Then '
                                'Description of results, End date, Next steps. No status words in cells, no colour '
                                '(the PDF has none). Page furniture (the page number, in C, small italics) falls '
                                f'between and inside the blocks. Mark rows: {mark_rows[0]}..{mark_rows[-1]}.'),
        'vocabulary': {
            'Completed': 'green',
            'Substantial': 'yellow',
            'Limited': 'yellow',
            'Not started': 'red',
        },
        'period_read': ('the first year of the second NAP\'s two-year implementation period (December 2013 - early '
                        '2015); mid-term self-assessment dated March 2015'),
        'expected': exp,
        'notes': (
            'STATUS = POSITION OF A MARK UNDER A FOUR-STEP SCALE, OFTEN SPLIT BY SUB-COMMITMENT. Items = the 26 '
            'commitments (11 Open Government to Increase Public Integrity, 8 Open Government to Manage Resources '
            'More Effectively, 7 Open Government to Improve Public Services). By the least advanced column holding '
            'a mark: Completed 6 (Public Integrity 4, 6, 8; Manage Resources 2, 7; Public Services 4), Substantial '
            '13 (Public Integrity 1, 2, 5, 9, 10; Manage Resources 1, 3, 4, 5, 6; Public Services 1, 2, 5), Limited '
            '7 (Public Integrity 3, 7, 11; Manage Resources 8; Public Services 3, 6, 7), Not started 0 -> green 6, '
            'yellow 20, red 0. CHECK: the report prints only the total ("The second NAP includes 26 open '
            'government commitments", in the intro above the tables, and "Each of the 26 initiatives" in the '
            'introduction) - 26 blocks, asserted; it prints no count by completion level. JUDGEMENT: (1) scale '
            'Completed -> green; Substantial and Limited -> yellow (begun, not finished); Not started -> red (not '
            'used in this report). Reading Limited as red gives 26 -> 6/13/7. (2) Split commitments (14: Public '
            'Integrity 1, 2, 3, 7, 9, 10, 11; Manage Resources 3; Public Services 1, 2, 3, 5, 6, 7 - all but '
            'Public Integrity 4, 6 and the 10 check marks) are rated by their LEAST advanced part, the same rule '
            'as fixtures 105 and 116 (GSA states it in the NAP5 mid-term self-assessment: a commitment is '
            '"Complete" only if all its sub-commitments are). Rating by the most advanced part gives 26 -> '
            '16/10/0 (Completed 16, Substantial 9, Limited 1). (3) The sub-commitments are not items; counted as '
            'items (letters, or 1 for a check mark) they give 64 -> 33/31/0 (Completed 33, Substantial 23, Limited '
            '8). (4) A mid-term report: the End date field states plans ("on track to be complete in 2015"); only '
            'the mark row is read. TRAPS: (1) there is no status word in any cell: the level is the header of the '
            'column the mark sits in, and the header row repeats above every mark row; (2) the mark is a check mark '
            'for 10 commitments (Public Integrity 5, 8; Manage Resources 1, 2, 4-8; Public Services 4) and letters '
            'for 16; (3) Public Integrity 3 skips a column: "a, b" under Limited and '
            '"c, d, e" under Completed with Substantial empty; Manage Resources 3 spreads nine letters over two '
            'cells ("a, c, d, f, g" / "b, e, h, i"); (4) numbering restarts at 1 under every theme, so numbers are '
            'not unique (three commitments are numbered "1."); (5) End date reads like a status and can CONTRADICT '
            'the mark: Public Integrity 4 is all under Completed but says "All efforts are on target to be '
            'completed in 2015."; Public Services 4 has its check mark under Completed but says "This commitment '
            'is on track to be complete in 2015."; Public Integrity 6, 8 and Manage Resources 2, 7 say "complete" '
            '(and are marked Completed); Manage Resources 4 "This commitment is in progress." (Substantial); (6) the '
            'words "complete" (25 times) and "completed" (9) occur in the text fields - only the mark row counts; '
            '(7) six "Other actors involved" rows have an empty B - not a missing status; (8) the page number falls '
            'inside or between blocks, sometimes between a field and its continuation (continuation rows have an '
            'empty A); (9) one heading wraps in the PDF ("5. Promote Innovation Through Collaboration and Harness '
            'the Ingenuity of the American Public", joined); (10) the row order is not fixed: in Public Integrity 3 '
            'and Public Services 5 the scale header and the "Completion level" row come AFTER "Description of '
            'results" (as the PDF prints them), elsewhere after "Ambition". TRANSCRIPTION: pdftotext -layout; runs '
            'of white space collapsed to one space; line breaks inside a field read as spaces except before '
            'sub-item markers "a."-"i."; a line-end hyphen is kept and followed by a space (as in fixtures 105 and '
            '116); the word multiset of the transcription (with headings, labels, page numbers and marks) equals '
            'that of the source section; the mark column was read from the mark\'s position under the header words '
            'with pdftotext -bbox (the first word of every mark group has the xMin of a header word, offset 0.0 '
            'pt in all 26 rows); the Wingdings '
            'check mark (U+F0FC) is written "✓"; the source slip "while may be achieved" in the intro is kept. Left '
            'out: the report\'s introduction, process and IRM sections before the commitments and the closing '
            '"Peer Exchange and Learning" and "Lessons Learned, Next Steps, and Conclusion" sections (no '
            'statuses). CAUTION: same publisher, template and 26 commitments as fixture 116 (the END-of-term report '
            'of the same plan, June 2016) and the same template as fixture 105; this is a different document (the '
            'MID-term report, March 2015) with different marks (6 Completed against 13 in 116, 7 Limited against '
            '1, 14 split commitments against 9). A US federal source, outside the Nordic/IE/UK vein of the brief; '
            'chosen because the search for that vein gave no usable mark-in-column table in this round (see '
            'README).'),
    }
    save(wb, '118_us-ogp-nap2-midterm-self-assessment-completion-level-2015', meta)


if __name__ == '__main__':
    build_118()
