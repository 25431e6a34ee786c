"""Ten follow-ups in published layouts (issue 19), built by a helper who had not seen xlfollow's
code, from Swedish municipalities' and UK and Canadian councils' reports, each with its counts
decided by hand (tests/data/layouts/NN_*.json: source, layout, vocabulary, expected counts).

Set aside before the reader was changed for them: every third (03, 06, 09). First contact, before
any change: 2 of 10 read exactly (07, 09), and 1 of the 3 set aside (09). What the others showed,
each fixed as a general rule: a status column under an empty header cell (a published view's icon
column), an indicator table whose item is its measure, words that say no assessment was made
("Ingen mätning har genomförts") as status words, a goal assessed on its own row above its
committee's goals, "Nämndens mål" beside "Kommungemensamma mål", the words of Jönköping's
Hållbarometern and "Avser ej nämnd".

Not read yet, and said here rather than hidden (each test below is a strict expected failure: it
fails when the reader learns the layout, so that this list is kept true):
- 05, 06 (Hart District Council): the status is only the fill of the row's or the period value's
  cells, with a legend of coloured cells; xlfollow reads a fill only in a status column.
- 08 (Wealden District Council): no status at all, target and outcome columns only: the status
  would have to be computed from them (issue 19's "computed status", not built yet).
- 10 (City of Kitchener): priority headings and their one-sentence summaries are told from items
  only by their bold font, which the reader does not see: they count as four items without a
  status (shown on Kontroll, not hidden)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xlfollow import actions

LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"
FIELDS = ("items", "green", "yellow", "red", "not_applicable", "missing")
NOT_READ_YET = {
    "05_hart-kpi-tiles-2014q2": "status as the fill of every cell of the row, with a coloured legend",
    "06_hart-kpi-quarters-2014": "status as the fill of the latest quarter's value cells",
    "08_wealden-performance-q3-2014": "no status column: computed from target and outcome (not built)",
    "10_kitchener-business-plan-2018": "bold headings and summary lines read as items without status",
}


def _cases() -> list[object]:
    cases: list[object] = []
    for book in sorted(LAYOUTS.glob("[0-9][0-9]_*.xlsx")):
        marks = []
        if book.stem in NOT_READ_YET:
            marks.append(pytest.mark.xfail(strict=True, reason=NOT_READ_YET[book.stem]))
        cases.append(pytest.param(book, id=book.stem, marks=marks))
    return cases


def test_the_set_is_ten_published_follow_ups_with_their_sources() -> None:
    described = [json.loads(p.read_text("utf-8")) for p in sorted(LAYOUTS.glob("[0-9][0-9]_*.json"))]
    assert len(described) == 10 and all(d["source"] and d["organisation"] for d in described)
    assert {d["country"] for d in described} >= {"Sweden", "United Kingdom", "Canada"}


@pytest.mark.parametrize("book", _cases())
def test_a_published_follow_up_reads_as_counted_by_hand(book: Path) -> None:
    expected = json.loads(book.with_suffix(".json").read_text("utf-8"))["expected"]
    rollup = actions.check(book).rollup
    got = {"items": rollup.items, **{k: rollup.status.get(k, 0) for k in FIELDS[1:]}}
    assert got == {k: expected[k] for k in FIELDS}
    assert rollup.status.get("unknown", 0) == 0
