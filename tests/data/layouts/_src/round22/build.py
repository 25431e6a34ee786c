"""Regenerate the round-22 layout fixture 97 into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round22 && /work/main/.venv/bin/python build.py

Source: github:rauschgold/ds-bootcamp-capstone-project @ff3d3a669e4cf0f490812d81b979400c5dbe490f,
data/raw_data/uk_2023.csv (last changed in 60cab45f, 2024-08-29): a copy of the UK Infrastructure and Projects
Authority's annual-report data for the Government Major Projects Portfolio (GMPP), reporting point 2022/23-Q4, one
record per project. The header and the 12 Department for Education (DFE) records are kept verbatim in
data_gmpp_dfe.py. The expected count was decided by hand from the two rating columns (see README.md).
"""
from collections import Counter
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl import Workbook
from data_gmpp_dfe import GMPP_HEADER, GMPP_DFE_RECORDS

NUM = re.compile(r'^-?\d+(\.\d+)?$')


def excel_value(v):
    """What Excel (English locale) makes of a CSV field: empty -> empty cell, a plain number -> a number,
    anything else (dd.mm.yyyy dates, "07. Sep", exemption texts) -> text."""
    if v == '':
        return None
    if NUM.match(v):
        return float(v) if '.' in v else int(v)
    return v


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


# =========================================================================================================
# 97  GMPP 2023 (IPA annual report 2022-23 data), Department for Education: two same-named rating columns
# =========================================================================================================
RAG = {'Green': 'green', 'Amber': 'yellow', 'Red': 'red'}
EXEMPT_22 = ('Exempt under Section 22 of the Freedom of Information Act 2000 '
             '(Information intended for future publication)')


def status_of(ipa, sro):
    """One rating per project: the IPA column (G) or the SRO column (H) - never both with a colour."""
    if ipa == sro == EXEMPT_22:
        return 'missing'            # rating withheld under FOI s.22: no status published
    assert (ipa == '') != (sro == ''), (ipa, sro)
    return RAG[ipa or sro]


def build_97():
    assert GMPP_HEADER[6] == GMPP_HEADER[7] == 'colour_rating' and GMPP_HEADER[2] == 'project_name'
    wb = Workbook()
    s = Sheet(wb, 'uk_2023', first=True)
    hr = s.row(list(GMPP_HEADER))
    st = []
    for n, r in GMPP_DFE_RECORDS:
        assert len(r) == len(GMPP_HEADER) and r[3] == 'DFE', n
        s.row([excel_value(v) for v in r])
        st.append(status_of(r[6], r[7]))
    s.widths([6, 18, 34, 8, 24, 50, 12, 12, 60, 11, 11, 50, 10, 10, 40, 10, 40, 12, 40])
    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (12, 1, 9, 1, 0, 1), exp
    meta = {
        'source': ('github:rauschgold/ds-bootcamp-capstone-project data/raw_data/uk_2023.csv@'
                   'ff3d3a669e4cf0f490812d81b979400c5dbe490f (file last changed in '
                   '60cab45f86110b0aca11b72006816dfc982a5911, 2024-08-29; cp1252, semicolon-separated): a data-science '
                   'project\'s copy of the UK Infrastructure and Projects Authority (IPA) annual report 2023 data, '
                   'Government Major Projects Portfolio, position at 2022/23-Q4, with the project\'s own shortened '
                   'column names; the header record and the 12 records with department "DFE" (CSV records 54-65 of '
                   '245, contiguous).'),
        'organisation': ('Department for Education (DfE), UK government department - its projects in the Government '
                         'Major Projects Portfolio, rated by the IPA or by the project\'s Senior Responsible Owner'),
        'country': 'United Kingdom',
        'language': 'en',
        'document': ('IPA annual report on major projects 2022-23 - GMPP project data (Delivery Confidence '
                     'Assessment at 2022/23-Q4), the DfE rows'),
        'year': 2023,
        'sheet': 'uk_2023',
        'header_row': hr,
        'status_column': 'G,H',
        'item_column': 'C',
        'how_status_is_shown': ('words Green / Amber / Red in ONE OF TWO COLUMNS BOTH HEADED "colour_rating": G holds '
                                'the IPA\'s Delivery Confidence Assessment, H the Senior Responsible Owner\'s (SRO) '
                                'own assessment; each project has a colour in exactly one of them and the other is '
                                'empty. Which column is which is said only in the comment in I ("the Infrastructure '
                                'Project Authority\'s Delivery Confidence Assessment rating ..." / "Senior '
                                'Responsible Owner\'s Delivery Confidence Assessment rating ..."). One project has '
                                'the same FOI exemption text in both columns. No fills, no icons.'),
        'vocabulary': {'Green': 'green', 'Amber': 'yellow', 'Red': 'red',
                       EXEMPT_22: 'missing'},
        'period_read': '2022/23-Q4 (year 2023; the comments compare with 2021/22-Q4)',
        'expected': exp,
        'notes': (
            'CSV COPY OF A GOVERNMENT OPEN-DATA FILE AS EXCEL OPENS IT, ALL 19 COLUMNS, ONE DEPARTMENT\'S 12 ROWS. '
            'Items = the 12 project rows (project_name, C): green 1 (Evolve, SRO column), yellow 9 (Amber: FE '
            'Capital Transformation, National Tutoring programme, School Rebuilding Programme, Skills Bootcamps and '
            'Free Courses for Jobs in the IPA column; Higher Technical Education, Initial Teacher Training Market '
            'Review (ITT), Institutes of Technology (IoT) 2, Schools Commercial, Teacher Development Reform '
            'Programme in the SRO column), red 1 (T Level Programme, IPA column), missing 1 (Lifelong Loan '
            'Entitlement: "Exempt under Section 22 of the Freedom of Information Act 2000 (Information intended for '
            'future publication)" in both rating columns and in every data field from start_date on; its description_aims is empty). The source prints no '
            'count for the department. JUDGEMENT: (1) the IPA and SRO columns are read as one status - each row '
            'has exactly one colour; counting only the IPA column (G) gives 12 -> 0/4/1/0/7 (the six SRO-rated '
            'rows and the exempt one as missing), only the SRO column (H) 12 -> 1/5/0/0/6; (2) the s.22 exemption '
            '("intended for future publication") is read as missing, not not_applicable: the rating exists but '
            'is withheld; (3) Amber -> yellow (three-point scale in this year; no Amber/Red or Amber/Green). '
            'TRAPS: (1) the two rating columns have the SAME header text "colour_rating"; (2) the comments in I '
            'name the PREVIOUS rating too: "decreased from Green to Amber" (Schools Commercial), "increased from '
            'Amber to Green" (Evolve), "decreased from Amber to Red" (T Level Programme) - the first colour word '
            'in the comment is the old one; the Evolve comment also says the programme was "Amber" a year earlier; '
            '(3) other Freedom of Information exemptions stand in money and date fields of rated rows ("Exempt under '
            'Section 43 ... Commercial interests." in FE Capital Transformation, s.22 in School Rebuilding '
            'Programme, whose end_date J holds "Early planning GMPP project ..." although the project is rated '
            'Amber) - they are not statuses; (4) budget comments contain "5% threshold", "-42% variance"; '
            '(5) the benefits comments repeat their first sentence after a line break. TRANSCRIPTION: every field '
            'verbatim from the CSV (decoded as cp1252), including its line breaks, leading line breaks and '
            'leading spaces, double spaces ("the  Senior Responsible Owner\'s") and misspellings ("departmental-'
            'agree", "remained schedule to finish"); fields that are plain numbers became numbers as Excel (English '
            'locale) makes them (2023, 17.58, 148), everything else text - the dd.mm.yyyy dates stay text. '
            'CAUTION: fixtures 66 and 68 (round 12) took the DoH rows of uk_2014.csv and the Home Office rows of '
            'uk_2017.csv from the same repository; this is another file (another annual report, another '
            'department) with a different layout (one row per project instead of projects as columns).'),
    }
    save(wb, '97_gmpp-dfe-ipa-or-sro-rating-2022-23', meta)


if __name__ == '__main__':
    build_97()
