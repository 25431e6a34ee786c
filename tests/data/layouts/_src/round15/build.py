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


