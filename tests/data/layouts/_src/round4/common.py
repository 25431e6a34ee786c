"""Helpers for the round-4 layout fixtures 20..25 (own copy; same style as round3/common.py)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from openpyxl.utils import get_column_letter

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))  # tests/data/layouts
BOLD = Font(bold=True)


def fill(hexrgb):
    return PatternFill(start_color=hexrgb.upper(), end_color=hexrgb.upper(), fill_type='solid')


class Sheet:
    def __init__(self, wb, title, first=False):
        self.ws = wb.active if first else wb.create_sheet()
        self.ws.title = title
        self.r = 0

    def row(self, values, bold=False, fills=None, merge_to=None, wrap=False, font=None):
        """values: list (None = empty cell); fills: {col_index0: hex}; returns 1-based row number."""
        self.r += 1
        for c, v in enumerate(values):
            if v is None:
                continue
            cell = self.ws.cell(row=self.r, column=c + 1, value=v)
            if bold:
                cell.font = BOLD
            if font is not None:
                cell.font = font
            if wrap or (isinstance(v, str) and '\n' in v):
                cell.alignment = Alignment(wrap_text=True, vertical='top')
        if fills:
            for c, hx in fills.items():
                self.ws.cell(row=self.r, column=c + 1).fill = fill(hx)
        if merge_to:
            self.ws.merge_cells(start_row=self.r, start_column=1, end_row=self.r, end_column=merge_to)
        return self.r

    def blank(self):
        self.r += 1
        return self.r

    def merge(self, r1, c1, r2, c2):
        """1-based rows, 0-based columns (like fills)."""
        self.ws.merge_cells(start_row=r1, start_column=c1 + 1, end_row=r2, end_column=c2 + 1)

    def widths(self, ws_widths):
        for i, w in enumerate(ws_widths):
            self.ws.column_dimensions[get_column_letter(i + 1)].width = w


def save(wb, name, meta):
    path = os.path.join(OUT, name + '.xlsx')
    wb.save(path)
    e = meta['expected']
    tot = e['green'] + e['yellow'] + e['red'] + e['not_applicable'] + e['missing']
    assert tot == e['items'], (name, tot, e['items'])
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('wrote', name, e)
