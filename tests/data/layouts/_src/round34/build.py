"""Regenerate the round-34 layout fixture into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round34 && /work/main/.venv/bin/python build.py

Source: github:GSA/open.usa.gov @deb38b92069f5520c858bd5070a3b67b7a5baae6, assets/files/NAP2SA.pdf (United States of
America, Final Self-Assessment Report, Second Open Government National Action Plan 2013-2015, June 2016, marked
DRAFT). The records are kept verbatim in data_us_nap2_final_2016.py. Expected counts were decided by hand (see
README.md) and are asserted. Fixture number 117 was not used.
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
DRAFT = Font(bold=True, size=9)

REPO = 'github:GSA/open.usa.gov'
COMMIT = 'deb38b92069f5520c858bd5070a3b67b7a5baae6'
SCALE = ['Not started', 'Limited', 'Substantial', 'Completed']
# A commitment's status is its least advanced mark (a commitment is complete only when every part is complete).
LEVEL = {'Not started': 'red', 'Limited': 'yellow', 'Substantial': 'yellow', 'Completed': 'green'}

# hand count, per commitment, from reading the PDF page by page (theme initial, number) -> least advanced column
HAND = {
    ('I', '1'): 'Completed', ('I', '2'): 'Completed', ('I', '3'): 'Substantial', ('I', '4'): 'Completed',
    ('I', '5'): 'Substantial', ('I', '6'): 'Completed', ('I', '7'): 'Substantial', ('I', '8'): 'Completed',
    ('I', '9'): 'Substantial', ('I', '10'): 'Substantial', ('I', '11'): 'Substantial',
    ('M', '1'): 'Completed', ('M', '2'): 'Completed', ('M', '3'): 'Substantial', ('M', '4'): 'Substantial',
    ('M', '5'): 'Completed', ('M', '6'): 'Substantial', ('M', '7'): 'Completed', ('M', '8'): 'Completed',
    ('S', '1'): 'Completed', ('S', '2'): 'Completed', ('S', '3'): 'Limited', ('S', '4'): 'Completed',
    ('S', '5'): 'Substantial', ('S', '6'): 'Substantial', ('S', '7'): 'Substantial',
}
THEME_KEY = {'Open Government to Increase Public Integrity': 'I',
             'Open Government to Manage Resources More Effectively': 'M',
             'Open Government to Improve Public Services': 'S'}


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


def build_116():
    import data_us_nap2_final_2016 as D
    wb = Workbook()
    s = Sheet(wb, 'NAP2 Final Self-Assessment', first=True)
    s.widths([26, 24, 24, 24, 24])

    def furniture(kind, val=None):
        if kind == 'draft':
            r = s.row([None, None, 'DRAFT'], font=DRAFT)
        else:
            r = s.row([None, None, val], font=SMALL)
        s.ws.cell(row=r, column=3).alignment = Alignment(horizontal='center')

    for i, line in enumerate(D.COVER):
        if i == 0:
            furniture('draft')
        else:
            s.row([line], font=H2 if i in (2, 6) else None)
    s.blank()
    s.row([D.INTRO_HEAD], font=H1)
    s.row([D.INTRO], merge_to=5, wrap=True)
    furniture('page', '3')        # the intro closes page 3; the commitments start on page 4
    furniture('draft')

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
            furniture('page', rec[1])
        elif k == 'draft':
            furniture('draft')
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
        (26, 13, 13, 0, 0, 0), exp
    assert Counter(HAND.values()) == Counter({'Completed': 13, 'Substantial': 12, 'Limited': 1})
    # 9 commitments have their parts spread over two columns; 16 are marked with letters (7 of them all in one
    # column), 10 with one check mark
    assert sum(1 for _, m in per_item if len(m[0]) > 1) == 9
    assert sum(1 for _, m in per_item if all(t == '✓' for _, t in m[0])) == 10
    assert sum(1 for _, m in per_item if len(m[0]) == 1 and m[0][0][1] != '✓') == 7
    # alternative readings given in the notes
    high = Counter(max((lev for lev, _ in m[0]), key=SCALE.index) for _, m in per_item)
    assert high == Counter({'Completed': 21, 'Substantial': 5}), high
    parts = Counter()
    for _, m in per_item:
        for lev, t in m[0]:
            parts[lev] += 1 if t == '✓' else len(t.split(', '))
    assert parts == Counter({'Completed': 49, 'Substantial': 14, 'Limited': 1}), parts
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
        'source': (f'{REPO} assets/files/NAP2SA.pdf@{COMMIT} (file added in commit '
                   'e066a05547ed6cc4039590cec417ad2968738a35 "adds old NAP docs"; linked from pages/home.md as the '
                   '"Final Self-Assessment" of the second National Action Plan): the cover, and pages 3-30, section '
                   '"Implementation of National Action Plan Commitments" - its intro paragraph and all 26 '
                   'commitment tables.'),
        'organisation': ('United States of America (federal government; published by the GSA open government '
                         'team on open.usa.gov) - self-assessment for the Open Government Partnership'),
        'country': 'United States',
        'language': 'en',
        'document': ('Final Self-Assessment Report for the Open Government Partnership, Second Open Government '
                     'National Action Plan 2013-2015 (June 2016, marked DRAFT): 26 commitments under 3 themes, each '
                     'a two-column table whose "Completion level" row puts a check mark - or the letters of the '
                     'sub-commitments - under one or two of the columns Not started / Limited / Substantial / '
                     'Completed'),
        'year': 2016,
        'sheet': 'NAP2 Final Self-Assessment',
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
                                'commitments), which for 9 commitments are spread over two columns. Then '
                                'Description of results, End date, Next steps. No status words in cells, no colour '
                                '(the PDF has none). Page furniture (the page head "DRAFT" and the page number, '
                                f'both in C) falls between and inside the blocks. Mark rows: {mark_rows[0]}..'
                                f'{mark_rows[-1]}.'),
        'vocabulary': {
            'Completed': 'green',
            'Substantial': 'yellow',
            'Limited': 'yellow',
            'Not started': 'red',
        },
        'period_read': ('the whole two-year implementation period of the second NAP (December 2013 - 2015), '
                        'final self-assessment published June 2016'),
        'expected': exp,
        'notes': (
            'STATUS = POSITION OF A MARK UNDER A FOUR-STEP SCALE, SOMETIMES SPLIT BY SUB-COMMITMENT. Items = the 26 '
            'commitments (11 Open Government to Increase Public Integrity, 8 Open Government to Manage Resources '
            'More Effectively, 7 Open Government to Improve Public Services). By the least advanced column holding '
            'a mark: Completed 13 (Public Integrity 1, 2, 4, 6, 8; Manage Resources 1, 2, 5, 7, 8; Public Services '
            '1, 2, 4), Substantial 12 (Public Integrity 3, 5, 7, 9, 10, 11; Manage Resources 3, 4, 6; Public '
            'Services 5, 6, 7), Limited 1 (Public Services 3, whose "b" is under Limited and "a" under '
            'Substantial), Not started 0 -> green 13, yellow 13, red 0. CHECK: the report prints only the total '
            '("The second NAP includes 26 open government commitments", in the intro above the tables, and "Each '
            'of the 26 initiatives" in the introduction) - 26 blocks, asserted; it prints no count by completion '
            'level. JUDGEMENT: (1) scale Completed -> green; Substantial and Limited -> yellow (begun, not '
            'finished); Not started -> red (not used in this report). Reading Limited as red gives 26 -> 13/12/1. '
            '(2) Split commitments (9: Public Integrity 3, 9, 10, 11; Manage Resources 3; Public Services 3, 5, 6, '
            '7) are rated by their '
            'LEAST advanced part, the same rule as fixture 105 (GSA states it in the NAP5 mid-term '
            'self-assessment: a commitment is "Complete" only if all its sub-commitments are). Rating by the most '
            'advanced part gives 26 -> 21/5/0. (3) The sub-commitments are not items; counted as items (letters, '
            'or 1 for a check mark) they give 64 -> 49/15/0 (Completed 49, Substantial 14, Limited 1). (4) '
            'Ongoing commitments ("This commitment will remain ongoing." in End date) are rated by their mark like '
            'the others. TRAPS: (1) there is no status word in any cell: the level is the header of the column the '
            'mark sits in, and the header row repeats above every mark row; (2) the mark is a check mark for 10 '
            'commitments and letters for 16 (for 7 of them all in ONE column, e.g. Public Integrity 7 "a, b" '
            'under Substantial); (3) numbering restarts at 1 under every theme, so numbers are not unique (three '
            'commitments are numbered "1."); (4) End date reads like a status and sometimes CONTRADICTS the mark: '
            'Public Integrity 11 says "All efforts are complete." but "c" sits under Substantial; Public Services 6 '
            'says "Two efforts are complete; one was not completed." ("c" under Substantial, not Not started); '
            'Manage Resources 1, 8 and Public Services 4 say "This commitment is complete and the work will remain '
            'ongoing." (marked Completed); Manage Resources 3 and Public Services 5 "was almost fully completed in '
            '2015" (one part under Substantial); (5) the words "complete" (33 times) and "completed" (10) occur in the text '
            'fields - only the mark row counts; (6) six "Other actors involved" rows have an empty B (Public '
            'Integrity 7 and 11, Manage Resources 8, Public Services 1, 5, 6) - not a missing status; (7) the page '
            'head "DRAFT" and the page number fall inside or between blocks, sometimes between a field and its '
            'continuation (continuation rows have an empty A); (8) one heading wraps in the PDF ("5. Promote '
            'Innovation Through Collaboration and Harness the Ingenuity of the American Public", joined); (9) the '
            'row order is not fixed: in Public Integrity 3 and Public Services 5 the scale header and the '
            '"Completion level" row come AFTER "Description of results" (as the PDF prints them), elsewhere '
            'after "Ambition". '
            'TRANSCRIPTION: pdftotext -layout; runs of white space collapsed to one space; line breaks inside a '
            'field read as spaces except before sub-item markers "a."-"i."; a line-end hyphen is kept and followed '
            'by a space (as in fixture 105); the word multiset of the transcription (with headings, labels, '
            'furniture and marks) equals that of the source section; the mark column was read from the mark\'s '
            'horizontal position (pdftotext -bbox: every mark starts at the x of a header word); the Wingdings '
            'check mark (U+F0FC) is written "✓". Left out: the report\'s introduction, process and IRM sections '
            '(pages 1-3 before the commitments) and the closing "Peer Exchange and Learning" and "Lessons Learned, '
            'Next Steps, and Conclusion" sections (no statuses). CAUTION: same publisher and template as fixture '
            '105 (NAP3 mid-term, 2016), but a different document: the second NAP\'s END-OF-TERM report, 26 '
            'commitments, half of them Completed. A US federal source, outside the Nordic/IE/UK vein of the brief; '
            'chosen because that vein gave no complete per-item table (see README).'),
    }
    save(wb, '116_us-ogp-nap2-final-self-assessment-completion-level-2016', meta)


if __name__ == '__main__':
    build_116()
