"""Helper used once to turn `pdftotext -layout NAP2SA-mid.pdf` into the record list of data_us_nap2_midterm_2015.py.

Kept for reference (the data file is the source of truth; build.py does not run this).
Usage: python extract_nap2.py NAP2SA-mid.txt > records.py
"""
import re, sys

LABELS = ['Lead government actors', 'Other actors involved', 'Main objective', 'Brief description', 'Relevance',
          'Ambition', 'Completion level', 'Description of results', 'End date', 'Next steps']
THEMES = ['Open Government to Increase Public Integrity', 'Open Government to Manage Resources More Effectively',
          'Open Government to Improve Public Services']
COLS = [('Not started', 'Not started'), ('Limited', 'Limited'), ('Substantial', 'Substantial'), ('Completed', 'Completed')]


def clean(s):
    return re.sub(r'\s+', ' ', s).strip()


def main(path):
    L = open(path, encoding='utf-8').read().split('\n')
    start = next(i for i, l in enumerate(L) if l.strip() == 'Open Government to Increase Public Integrity')
    end = next(i for i, l in enumerate(L) if 'Peer Exchange and Learning' in l)
    recs = []
    cur = None          # [label, [lines]]
    scale_cols = None

    def flush():
        nonlocal cur
        if cur is not None:
            parts = []
            for ln in cur[1]:
                t = clean(ln)
                if not t:
                    continue
                if parts and not re.match(r'[a-z]\. ', t):
                    parts[-1] += ' ' + t
                else:
                    parts.append(t)
            recs.append(('field', cur[0], '\n'.join(parts)))
            cur = None

    i = start
    while i < end:
        raw = L[i].replace('\f', '')
        s = raw.strip()
        if not s:
            i += 1; continue
        if s == 'DRAFT':
            flush(); recs.append(('draft',)); i += 1; continue
        if re.fullmatch(r'\d+', s):
            flush(); recs.append(('page', s)); i += 1; continue
        if s in THEMES:
            flush(); recs.append(('theme', s)); i += 1; continue
        m = re.match(r'\s{2,8}(\d{1,2})\. ([A-Z].*)', raw)
        if m:
            flush()
            title = m.group(2).strip()
            if L[i + 1].startswith('       ') and not L[i + 1].strip().startswith('Lead') and L[i + 1].strip():
                title += ' ' + L[i + 1].strip(); i += 1
            recs.append(('title', m.group(1), title)); i += 1; continue
        if s.startswith('Not started') and 'Completed' in s:
            flush()
            scale_cols = [(mm.start(), mm.end(), mm.group()) for mm in re.finditer(r'Not started|Limited|Substantial|Completed', raw)]
            recs.append(('scale',)); i += 1; continue
        if s.startswith('Completion level'):
            flush()
            mline = L[i + 1]
            marks = []
            for mm in re.finditer(r'\S+(?:, \S+)*', mline):
                t = mm.group()
                c = min(scale_cols, key=lambda c: abs((c[0] + c[1]) / 2 - (mm.start() + len(t) / 2)))
                marks.append((c[2], t.replace('\uf0fc', '✓')))
            # merge letters in the same column ("a," "b" -> "a, b")
            merged = []
            for lev, t in marks:
                if merged and merged[-1][0] == lev:
                    merged[-1] = (lev, merged[-1][1] + ' ' + t)
                else:
                    merged.append((lev, t))
            merged = [(lev, t.rstrip(',')) for lev, t in merged]
            recs.append(('marks', tuple(merged)))
            i += 2; continue
        lab = next((lb for lb in LABELS if s.startswith(lb) and raw[:2].strip() == raw[:2].strip()), None)
        if lab and len(raw) - len(raw.lstrip()) <= 1:
            flush()
            cur = [lab, [s[len(lab):]]]
            i += 1; continue
        # continuation
        if cur is None:
            cur = [None, []]
        cur[1].append(s)
        i += 1
    flush()
    return recs


if __name__ == '__main__':
    for r in main(sys.argv[1]):
        print('    ' + repr(r) + ',')
