"""Regenerate the round-28 layout fixture into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round28 && /work/main/.venv/bin/python build.py

Source: github:GSA/open.usa.gov @deb38b92069f5520c858bd5070a3b67b7a5baae6, assets/fonts/nap_3_self_assessment_final.pdf
(United States of America, Midterm Self-Assessment Report, Third Open Government National Action Plan 2015-2017,
September 2016, marked DRAFT). The records are kept verbatim in data_us_nap3_midterm_2016.py. Expected counts were
decided by hand (see README.md) and are asserted. Fixture number 106 was not used.
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


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


def build_105():
    import data_us_nap3_midterm_2016 as D
    wb = Workbook()
    s = Sheet(wb, 'NAP3 Self-Assessment', first=True)
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

    st, per_item, title = [], [], None
    mark_rows = []
    for rec in D.RECS:
        k = rec[0]
        if k == 'theme':
            s.blank()
            s.row([rec[1]], font=H1)
        elif k == 'title':
            title = f'{rec[1]}. {rec[2]}'
            s.blank()
            s.row([title], font=H2)
            per_item.append([title, []])
        elif k == 'field':
            r = s.row([rec[1], rec[2]], wrap=True)
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

    # hand rule, applied per commitment: the least advanced column that holds a mark
    for t, marks in per_item:
        assert len(marks) == 1, t                      # one Completion level row per commitment
        levels = [lev for lev, _ in marks[0]]
        low = min(levels, key=SCALE.index)
        st.append(LEVEL[low])
    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (45, 6, 39, 0, 0, 0), exp
    # hand tally by column (least advanced mark): Completed 6, Substantial 22, Limited 17, Not started 0
    low = Counter(min([l for l, _ in m[0]], key=SCALE.index) for _, m in per_item)
    assert low == Counter({'Substantial': 22, 'Limited': 17, 'Completed': 6}), low
    # 11 commitments have their sub-commitments spread over two or three columns; 19 are marked with letters,
    # 26 with a single check mark
    assert sum(1 for _, m in per_item if len(m[0]) > 1) == 11
    assert sum(1 for _, m in per_item if any(t != '✓' for _, t in m[0])) == 19
    assert sum(1 for _, m in per_item if all(t == '✓' for _, t in m[0])) == 26
    # the report's own total: "The third NAP includes 45 open government commitments"
    assert len(per_item) == 45 and '45 open government commitments' in D.INTRO

    meta = {
        'source': (f'{REPO} assets/fonts/nap_3_self_assessment_final.pdf@{COMMIT} (file added in commit '
                   'c46b0713bbe3bb6b2d2b5ca15932a480dd0409b8; linked from pages/home.md as the "Mid-term Self '
                   'Assessment" of the third National Action Plan): the cover, and pages 3-46, section '
                   '"Implementation of National Action Plan Commitments" - all 45 commitment tables.'),
        'organisation': ('United States of America (federal government; published by the GSA open government '
                         'team on open.usa.gov) - self-assessment for the Open Government Partnership'),
        'country': 'United States',
        'language': 'en',
        'document': ('Midterm Self-Assessment Report for the Open Government Partnership, Third Open Government '
                     'National Action Plan 2015-2017 (September 2016, marked DRAFT): 45 commitments under 8 themes, '
                     'each a two-column table whose "Completion level" row puts a check mark - or the letters of '
                     'the sub-commitments - under one or more of the columns Not started / Limited / Substantial / '
                     'Completed'),
        'year': 2016,
        'sheet': 'NAP3 Self-Assessment',
        'header_row': None,
        'status_column': 'B:E',
        'item_column': 'A',
        'how_status_is_shown': ('blocks in reading order, as the report prints them. Each commitment starts with a '
                                'bold heading in A ("1. Reconstitute USA.gov as the Front Door to the U.S. '
                                'Government"; numbering restarts at 1 under each of the 8 theme headings), then '
                                'label rows (label in A, text in B:E merged): Lead government actors, Other actors '
                                'involved, Main objective, Brief description, Relevance, Ambition, then a bold scale '
                                'header row with "Not started | Limited | Substantial | Completed" in B, C, D, E, '
                                'then the "Completion level" row: the status is WHICH COLUMN holds a mark - a check '
                                'mark "✓" (26 commitments) or the sub-commitment letters ("a, b", "c", ...; 19 '
                                'commitments), which for 11 commitments are spread over two or three columns. Then '
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
        'period_read': ('midterm of the third NAP (October 2015 - 2017), status as of the report, September 2016'),
        'expected': exp,
        'notes': (
            'STATUS = POSITION OF A MARK UNDER A FOUR-STEP SCALE, SOMETIMES SPLIT BY SUB-COMMITMENT. Items = the 45 '
            'commitments (12 Open Government to Improve Public Services, 11 Access to Information, 4 Public '
            'Participation, 4 Government Integrity, 3 Fiscal Transparency, 2 Justice and Law Enforcement, 4 Support '
            'Open Government at the Subnational Level, 5 Open Government to Support Global Sustainable Development). '
            'By the least advanced column holding a mark: Completed 6 (Access to Information 5 and 6; Public '
            'Participation 4; Government Integrity 1; Fiscal Transparency 3; Global Sustainable Development 4, whose '
            'mark is the letters "a, b" under Completed), Substantial 22, Limited 17, Not started 0 -> green 6, '
            'yellow 39, red 0. CHECK: the report prints only the total ("The third NAP includes 45 open government '
            'commitments", in the intro above the tables; "This third NAP includes 45 commitments" again inside '
            'Public Participation 1) - 45 blocks, asserted; it prints no count by completion level. JUDGEMENT: (1) '
            'scale Completed -> green; Substantial and Limited -> yellow (begun, not finished); Not started -> red '
            '(not used in this report). Reading Limited as red gives 45 -> 6/22/17. (2) Split commitments (11: '
            'Public Services 8; Access to Information 1, 2, 3, 7, 8, 9; Public Participation 1; Government '
            'Integrity 2 and 4; Global Sustainable Development 2) are rated by their LEAST advanced part, the rule GSA states in the '
            'NAP5 mid-term self-assessment ("a commitment is considered \'Complete\' only if all its composite '
            'sub-commitments are complete"). Rating by the most advanced part gives 45 -> 10/35/0. (3) The '
            'sub-commitments are not items; counted as items (letters, or 1 for a check mark) they give 83 -> '
            '12/71/0. (4) Ongoing commitments ("This work will remain ongoing." in End date) are rated by their '
            'mark like the others. TRAPS: (1) there is no status word in any cell: the level is the header of the '
            'column the mark sits in, and the header row repeats above every mark row; (2) the mark is a check '
            'mark for 26 commitments and letters for 19 (for 8 of them all in ONE column, e.g. Public Services 2 '
            '"a, b, c" under Substantial); (3) numbering restarts at 1 under every theme, so numbers are not '
            'unique (eight commitments are numbered "1."); (4) the words "Completed", "complete", "Limited", '
            '"limited" occur in the text fields ("This commitment is complete.", "on track to be completed by June '
            '2017", "limited-English proficiency (LEP)", "some limited electronic signals information") - only the '
            'mark row counts; (5) End date reads like a status ("This work will remain '
            'ongoing.", "This commitment is complete." for Access to Information 5 and 6, marked Completed); (6) '
            'the page head "DRAFT" and the page number fall 44 times inside or between blocks, sometimes between '
            'a field and its continuation (continuation rows have an empty A) and sometimes between a block heading '
            'and its table; (7) the cover repeats "DRAFT" although the file is named _final. TRANSCRIPTION: '
            'pdftotext -layout; runs of white space collapsed to one space; line breaks inside a field read as '
            'spaces except before sub-item markers "a."-"e."; the word multiset of the transcription (with '
            'headings, labels, furniture and marks) equals that of the source section; the mark column was read '
            'from the mark\'s horizontal position under the header words (every mark starts within one character '
            'of a header word); the Wingdings check mark (U+F0FC) is written "✓". Source slips kept: "in MONTH '
            '2016" (Subnational 4), "universally- designed", "while may be achieved". Left out: the report\'s '
            'introduction, process and IRM sections (pages 1-3 before the commitments) and the closing "Peer '
            'Exchange and Learning" and "Lessons Learned" sections (no statuses). CAUTION: a US federal source, '
            'outside the UK/IE/AU/NZ/CA/Nordic list; chosen because the council vein was dry (see README).'),
    }
    save(wb, '105_us-ogp-nap3-midterm-self-assessment-completion-level-2016', meta)


if __name__ == '__main__':
    build_105()
