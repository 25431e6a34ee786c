"""Thirty-one follow-ups in published layouts (issue 19), built by helpers who had not seen
xlfollow's code, each with its counts decided by hand (tests/data/layouts/NN_*.json: source,
layout, vocabulary, expected counts; the builders in tests/data/layouts/_src/).

01–10, from Swedish municipalities' and UK and Canadian councils' reports. Set aside before the
reader was changed for them: every third (03, 06, 09). First contact, before any change: 2 of 10
read exactly (07, 09), and 1 of the 3 set aside (09). What the others showed, each fixed as a
general rule: a status column under an empty header cell (a published view's icon column), an
indicator table whose item is its measure, words that say no assessment was made ("Ingen mätning
har genomförts") as status words, a goal assessed on its own row above its committee's goals,
"Nämndens mål" beside "Kommungemensamma mål", the words of Jönköping's Hållbarometern and "Avser ej
nämnd".

11–19, a second batch from Västra Götalandsregionen, Helsinki (Finnish and Swedish), Wellington,
Melton and Stavanger. Set aside before the reader was changed for them: 13, 16, 19. First contact:
1 of 9 (18, the summary of counts, refused as it should be), 0 of the 3 set aside. What the others
showed, each fixed as a general rule: "-" alone in a status cell is no assessment (missing, and
not counted against a column of statuses); header words in their plural and definite forms
("Indikatorer", "Målen", "Targets") and in Norwegian, Danish and Finnish; a column of a small
repeated set of texts is the status column whatever its header (its texts unknown until the legend,
the settings or `learn` give them a meaning); an item column of numbers is no item column; a
header that is only a period ("2013/14") does not stop a computed status. After them: 11 and 18 read
exactly; 15 and 16 (16 set aside) read every row, their status sentences unknown, and read exactly
once `learn`'s lines are given the report's own scale (the test below). 13 and 14 (13 set aside):
no header row is found; `learn` writes the missing pieces as lines to fill in, and once the sheet,
header row and the item and status columns are filled in and the scale is given, both read exactly
(a header row of one word repeated inside the table is a repeat, and the lone text above it the
table's title).

20–25, a third batch (Helsingborg ×2, Vårgårda, Southern Grampians, Hawkesbury, Belfast), built by a
helper after the table kept by colour (05, 06) and headings by their look (10, 17) were read. Set
aside: 22 and 25. First contact: 1 of 6 (25, sentences with their ratings and no items, refused as
it should be), 1 of the 2 set aside. What they showed, each a general rule: an item column under an
empty header cell left of the figures; the outcome's own cells filled with the status (a legend of
swatches with their meaning beside them); a shaded heading row's blank status cell is no status;
"Progress comments: ..." on its own row under an item is its comment; a header word split by a
hyphen ("Utfalls-symbol") is read whole. After the first four were read: 22 (set aside) read every
item and colour but one, the legend's "Uppföljning är inte genomförd" grey, unknown rather than
missing; with a legend colour allowed to mean "not assessed", 20, 22, 23 and 25 read exactly. Later
21 too (one-row tables: the paragraphs between tables that repeat their header hold no items), and
13 all but one sentence with a typo ("totetutunut": asked, never counted as what it looks like).

26–31, a fourth batch (Maidstone ×2, Stavanger, Region Gävleborg, Helsingfors, Helsingborg), built by a
helper who had not seen the code. Set aside before any change for them: 28 and 31. First contact
(at 90e4717): 1 of 6 read exactly (31, a table kept by colour), 1 of the 2 set aside; the other five
were refused with one line each (no header, or a header without an item or status column), none
read wrong. What they showed, each a general rule: a header of two rows (a group label over
"Value | Target | Status", Maidstone 26, 27); a table of figures followed by its commentary (texts
alone after its last item, one a paragraph); a table with no header row at all, its columns read
from their values (Gävleborg 29; sentences that count are still no items, Belfast 25); a repeated
header with a space at a text's end ("2021 ") is the header again (Helsingfors 30); "Målsetning"
(Norwegian) a target. Afterwards the set-aside 28 reads both its sheets, computed, all but two rows
as counted by hand (a footnote, a ratio target in prose).

75–82 and 87, three batches of the session of 2026-12-07 (GC InfoBase's results indicators, the
US Federal Data Strategy's milestones and Milestone 2.1, Kungsbacka's årsredovisning 2023 and 2024,
Göteborg's Intraservice 2025; then 88, 89, Göteborg's årsredovisning and delårsrapport 2023),
built by helpers who had not seen the code. Set aside before any change for them: 75, 81, 87, 88.
First contact: 0 of 8 read exactly, 0 of the 4 set aside; 76 and in
part 77 read wrong without a word (a ✓ on every row read as green; "Y" as a RAG yellow). What they
showed, each a general rule: blocks of label and value rows, one per goal (core/forms.py); a
column of yes and no alone answers whatever its header, after any column of statuses; a question
header names no item; a row of totals is said, not counted; a mark alone in its cell takes its font
colour's status; a header naming the status and the comment is the status; a block's label rows
under each item inside a table are no items. Afterwards 76, 77, 81, 82 and 87 read exactly; 75
("failure" red or yellow by its period) and 88 (a table of financial targets under the goals) not
yet (88 reads since round 21, below).

90–94 (Göteborg's miljö- och klimatprogram 2025 and 2023, kulturprogram, plan mot hemlöshet;
Tolkförmedling Väst's auditors) and 95 (Samordningsförbundet Göteborg), two batches of the evening
of 2026-12-07. Set aside before they arrived: 90, 93 (and 95 of a batch the helper delivered one of
five). First contact: 0 of 6 exact, 0 of the 3 set aside, none counted wrong without a word. What
they showed, each a general rule: blocks in one column, the status under its label or after it in
the same cell (89, 90, 91 read exactly afterwards; 90, set aside, first read again after the rule
for 89 and 91 and before any change for it: 14 of 15 found, its scale unknown); a status that is a
sentence of its own before its explanation, or the verdict as a cell's last sentence; "Insats |
Aktivitet" (the right one the item). 92 then reads 1/9/0 with four unknown (a status sentence
whose explanation holds another status word), "Ej påbörjad" yellow where the hand reads it red;
93 (goals assessed in prose, actions in one-row tables past row 80), 94 (a verdict in an outcome
column, a summary sentence under the table; it reads since round 21, below) and 95 not yet.

96 (the Royal Canadian Mounted Police's service standards 2023-24, the GC Service Inventory's
open data, as 65 is), the one fixture of a batch of five asked for (the evening of 2026-12-07, set
aside before it arrived). First contact: refused, no header found (its "target_met" answered Y, N
and NA: no status by the header's question; "service_standard_en" no item). What it showed, each a
general rule: a yes/no question is answered by "NA" too where it does not apply; "service standard"
(and Swedish "servicegaranti", "servicedeklaration") names what is followed up; a header naming a
field's id ("Action ID", "Åtgärd nr", "service_standard_id") is the id column, never the item or a
goal ("Action ID | Action" made each action's id its goal), and the id of another field ("Goal ID"
beside "Action") is no item's id. 65 and 96 read exactly afterwards. Then 88 and 94, each a
general rule: a later header whose cell over the status column names another field ("Målvärde
2023") or the status without an item ("Revisionsfråga | Bedömning") starts a table the goals end
above (its rows are not counted; the reading says so); an outcome column whose every cell ends
with the goal's verdict ("… Målet bedöms inte uppnått.") is the status.

97 (the Department for Education's major projects 2022-23, the IPA's data as a data-science project
keeps it), the one fixture of another batch of five asked for (set aside with 100 before it
arrived): refused on first contact (two "colour_rating" columns, the IPA's and the project owner's,
each filled on half the rows); not read yet.

98 and 100 (Samordningsförbundet Göteborg's årsredovisningar 2025 and 2023, 95's shape) and 99
(Göteborg's plan för en jämlik stad 2023), set aside 98 and 99: 0 of 3 exact on first contact. 99
reads since its grades are read with their column's header. 95, 98 and 100 read since the session
of 2026-12-08: numbered blocks whose status is the first cell under the heading that is one (beside
its comment, or under "Status"), the activity tables inside no items, and "Ej påbörjad" red (each
hand count that printed it, 92, 95 and 98, read it red).

101 and 102 (Göteborg's KF papers), 103 and 104 (Kungsbacka's Vård & Omsorg 2023 and Teknik 2024),
105 (the US Open Government National Action Plan 3's mid-term self-assessment 2016; its helper's
second, 106, not found): three batches of the night of 2026-12-07, 102 and 105 set aside before
they arrived. First contact: 104 exact; 103 read five goals of eight with "Inga problem hittades"
(three council goals print no assessment row: left out without a word); 101 refused (the status in
the opening words of a paragraph under each heading); 105 said 45 errors and 404 warnings (the
status is which column of "Not started | Limited | Substantial | Completed" holds a mark). What 103
showed, a general rule: a block with the others' labels but no row for its status is an item
without one, said beside its heading. 103 reads exactly afterwards.

106 and 107 (Kungsbacka's Förskola & Grundskola 2024 and August 2025), 108 (the US NAP5 commitment
tracker 2024), 110 (Göteborg's årsredovisning 2022) and 111 (Koll2035's status report on its
studies 2024), three batches of the night of 2026-12-07, 107 and 110 set aside before they arrived
(109 never found). First contact: 0 of 5 exact, the two set aside 0 of 2; none read wrong without a
word (107: a block said without heading, four directives counted missing; 110: the page's running
foot an item with an unknown status, "Svårbedömt" unknown; 106: directives counted missing, a table
under the blocks not read; 108: the progress notes taken for the status, the blocks said without
heading; 111 refused). What they showed, each a general rule: a block's heading is found past the
page's furniture (a row printed on every page, a page number); a block without its status's row is
a goal only in a section and at a depth the assessed goals have; a header ending in "status" names
the status ("Sub-Commitment Status"); an id and a text are one heading ("US0113.1 | …"); a row of
running lines ("36 … | Förvaltningsberättelse") is no item; "Svårbedömt" is no assessment; "Not
started" is red as "Ej påbörjad" is. 107, 108 and 110 read exactly afterwards.

112 (Koll2035's later studies), 114 and 115 (Kungsbacka's Byggnadsnämnd and Individ &
Familjeomsorg 2025) and 116 (the US NAP2 final self-assessment), a third batch of the night of
2026-12-07, 113 and 116 set aside before they arrived (113 and 117 never found), measured on
524a4bd as committed: 114 exact; 112 refused (111's shape); 115 13 items for 10 (a value run on
over a page taken for a heading); 116, set aside, loud (105's shape). What 115 showed, each a
general rule: a value run on from the page before, beside no label, is no heading; a label met
once beside its value that names a field ("Fokusområde | …") is passed on the way up. 115 reads
exactly afterwards.

98 (Samordningsförbundet Göteborg's årsredovisning 2025, the next year of 95's report), the one
fixture of a batch of three asked for (the night of 2026-12-07; set aside with 101 before it
arrived; a second batch of three, 101-103, found no source at all). First contact (at d576d70):
not exact, and said: 22 blocks without a heading, one status unknown, nothing counted. Its blocks
begin with a numbered heading that names their kind ("7.1.1.2 Mål/delmål: …") beside its owner
("Nämnd/Styrelse"), and the status is the first cell under it ("Viss måluppfyllelse", its comment
beside it; "Status" over "Avslutad"): a shape 95 shares, not read yet.

99 and 100 (Göteborg's follow-up of its plan för en jämlik stad 2023; Samordningsförbundet
Göteborg's årsredovisning 2023), a batch of three asked for, 99 set aside before it arrived. First
contact (at 39861e0): 99 read its two tables and said all ten grades unknown ("God", "Viss" under
"Måluppfyllelse"), 100 nothing counted (95's shape). What 99 showed, a general rule: a grade alone
is read with its column's header where the two are a status ("Viss" under "Måluppfyllelse" is "viss
måluppfyllelse", the report's own scale: God, Viss, Ingen måluppfyllelse), and the reading and the
summary say so. 99 reads exactly afterwards; 100 not yet.

Not read yet, and said here rather than hidden (each test below is a strict expected failure: it
fails when the reader learns the layout, so that this list is kept true): NOT_READ_YET, each with
its reason. 12 and 18 are refused by design (no status; a summary of counts); 15, 16, 30 use trend
sentences as their rating, which xlfollow never takes for a status on its own (read exactly once
learnt, tested below); 24 and 29 hold a stage word ("Commenced", "PÅGÅENDE") that the hand counted
as no assessment, where xlfollow's vocabulary reads "pågående" as yellow (Region Jämtland
Härjedalen's legend: "planerade och/eller påbörjade (gul pil)"; the builders' own alternative count)
and knows no "Commenced"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from published import FIELDS, LAYOUTS, NOT_READ_YET

from xlfollow import actions
from xlfollow.core.errors import InputError


def _cases() -> list[object]:
    cases: list[object] = []
    for book in sorted(LAYOUTS.glob("[0-9][0-9]*_*.xlsx")):
        marks = []
        if book.stem in NOT_READ_YET:
            marks.append(pytest.mark.xfail(strict=True, reason=NOT_READ_YET[book.stem]))
        cases.append(pytest.param(book, id=book.stem, marks=marks))
    return cases


def test_the_set_is_a_hundred_and_five_published_follow_ups_with_their_sources() -> None:
    described = [json.loads(p.read_text("utf-8")) for p in sorted(LAYOUTS.glob("[0-9][0-9]*_*.json"))]
    assert len(described) == 105 and all(d["source"] and d["organisation"] for d in described)
    assert {d["country"] for d in described} >= {
        "Sweden",
        "United Kingdom",
        "Canada",
        "Finland",
        "Norway",
        "New Zealand",
        "Australia",
    }


@pytest.mark.parametrize("book", _cases())
def test_a_published_follow_up_reads_as_counted_by_hand(book: Path) -> None:
    expected = json.loads(book.with_suffix(".json").read_text("utf-8"))["expected"]
    if expected["items"] == 0:  # a summary of counts, no follow-up: told so, nothing read
        with pytest.raises(InputError):
            actions.check(book)
        return
    rollup = actions.check(book).rollup
    got = {"items": rollup.items, **{k: rollup.status.get(k, 0) for k in FIELDS[1:]}}
    assert got == {k: expected[k] for k in FIELDS}
    assert rollup.status.get("unknown", 0) == 0


WORDS = {"green": "grön", "yellow": "gul", "red": "röd", "not_applicable": "ej aktuell", "missing": "saknas"}
READ = [b for b in sorted(LAYOUTS.glob("[0-9][0-9]*_*.xlsx")) if b.stem not in NOT_READ_YET]


@pytest.mark.parametrize("book", [pytest.param(b, id=b.stem) for b in READ])
def test_learning_a_follow_up_read_exactly_changes_nothing(book: Path, tmp_path: Path) -> None:
    if json.loads(book.with_suffix(".json").read_text("utf-8"))["expected"]["items"] == 0:
        pytest.skip("no follow-up: nothing to learn")
    copy = tmp_path / book.name
    copy.write_bytes(book.read_bytes())
    before = actions.check(copy)
    actions.learn(copy)
    after = actions.check(copy)
    assert [(i.row, i.status) for i in after.report.items] == [(i.row, i.status) for i in before.report.items]
    assert after.rollup.status == before.rollup.status


@pytest.mark.parametrize("stem", ["13_helsinki-ymparistoindikaattorit-2020"])
def test_a_scale_xlfollow_does_not_know_reads_exactly_once_learnt(stem: str, tmp_path: Path) -> None:
    """The workflow the issue asks for, on a published layout: learn, give each line the vocabulary
    does not know the meaning the report's own scale gives it (the json's vocabulary, decided by
    hand), run: the counts by hand. (Helsinki's environmental reports 2021 and 2022, 15, 16 and 30,
    were this test's until their scale joined the word families; 2020's typo "totetutunut" stays
    the user's to give a meaning.)"""
    from openpyxl import load_workbook

    described = json.loads((LAYOUTS / f"{stem}.json").read_text("utf-8"))
    scale = {" ".join(k.split()).casefold(): v for k, v in described["vocabulary"].items()}
    book = tmp_path / f"{stem}.xlsx"
    book.write_bytes((LAYOUTS / f"{stem}.xlsx").read_bytes())
    assert actions.check(book).rollup.status.get("unknown", 0) > 0
    actions.learn(book)
    wb = load_workbook(book)
    chosen = 0
    for row in wb["xlfollow"].iter_rows():
        key = row[0].value
        if isinstance(key, str) and key.startswith("status.") and row[4].value == "Kontrollera":
            row[1].value = WORDS[scale[" ".join(key[7:].split()).casefold()]]  # unknown: no meaning proposed
            chosen += 1
    wb.save(book)
    assert chosen >= 1
    rollup = actions.check(book).rollup
    got = {"items": rollup.items, **{k: rollup.status.get(k, 0) for k in FIELDS[1:]}}
    assert got == {k: described["expected"][k] for k in FIELDS} and rollup.status.get("unknown", 0) == 0


def _meaning_of(text: str, scale: dict[str, str]) -> str:
    """The meaning the scale gives a status text: its sentence, or the first of its sentences the
    text holds (a cell with one assessment per target year: the nearest year's, as counted by hand)."""
    folded = " ".join(text.split()).casefold()
    if folded in scale:
        return scale[folded]
    found = sorted((folded.find(k), v) for k, v in scale.items() if k in folded)
    return found[0][1]


def test_a_typo_in_a_status_sentence_is_the_one_line_learn_asks_about(tmp_path: Path) -> None:
    """Helsinki 2020: the goals are the items ("Tavoite"), the Finnish sentences compose ("Tavoite
    ei toteutunut": red; "toteutunut tai toteutumassa": green), and the one with a typo
    ("totetutunut") is never counted as what it looks like: learn marks it alone, and given its
    meaning the counts are the hand's."""
    from openpyxl import load_workbook

    stem = "13_helsinki-ymparistoindikaattorit-2020"
    described = json.loads((LAYOUTS / f"{stem}.json").read_text("utf-8"))
    book = tmp_path / f"{stem}.xlsx"
    book.write_bytes((LAYOUTS / f"{stem}.xlsx").read_bytes())
    first = actions.check(book).rollup
    assert first.items == described["expected"]["items"] and first.status.get("unknown") == 1
    actions.learn(book)
    wb = load_workbook(book)
    asked = []
    for row in wb["xlfollow"].iter_rows():
        key = row[0].value
        if isinstance(key, str) and key.startswith("status.") and row[4].value == "Kontrollera":
            asked.append(key[7:])
            row[1].value = "röd"
    wb.save(book)
    assert asked == ["Tavoite ei totetutunut."]
    rollup = actions.check(book).rollup
    got = {"items": rollup.items, **{k: rollup.status.get(k, 0) for k in FIELDS[1:]}}
    assert got == {k: described["expected"][k] for k in FIELDS} and rollup.status.get("unknown", 0) == 0


@pytest.mark.parametrize("stem", ["14_helsingfors-miljoindikatorer-2019"])
def test_a_layout_xlfollow_cannot_read_reads_exactly_once_learns_lines_are_filled_in(
    stem: str, tmp_path: Path
) -> None:
    """No header row is found (14): learn writes the missing pieces as lines to fill in (exit 1); the
    user fills in the sheet, header row, item and status columns as the json's layout says, learns
    again, gives each status text the report's meaning: the counts by hand."""
    from openpyxl import load_workbook

    from xlfollow.cli import main

    described = json.loads((LAYOUTS / f"{stem}.json").read_text("utf-8"))
    scale = {" ".join(k.split()).casefold(): v for k, v in described["vocabulary"].items()}
    book = tmp_path / f"{stem}.xlsx"
    book.write_bytes((LAYOUTS / f"{stem}.xlsx").read_bytes())
    assert main(["learn", str(book)]) == 1
    filled = {
        "sheet": described["sheet"],
        "header_row": described["header_row"],
        "column.item": described["item_column"],
        "column.status": described["status_column"],
    }
    wb = load_workbook(book)
    for row in wb["xlfollow"].iter_rows():
        if row[0].value in filled:  # what xlfollow guessed or left empty, marked; the user writes it
            assert row[4].value == "Kontrollera"
            row[1].value = filled.pop(row[0].value)
    assert "column.item" not in filled or "column.status" not in filled  # at least one was asked for
    wb.save(book)
    assert main(["learn", str(book)]) == 0
    wb = load_workbook(book)
    for row in wb["xlfollow"].iter_rows():
        key = row[0].value
        if isinstance(key, str) and key.startswith("status."):
            row[1].value = WORDS[_meaning_of(key[7:], scale)]
    wb.save(book)
    rollup = actions.check(book).rollup
    got = {"items": rollup.items, **{k: rollup.status.get(k, 0) for k in FIELDS[1:]}}
    assert got == {k: described["expected"][k] for k in FIELDS} and rollup.status.get("unknown", 0) == 0


def test_a_step_of_a_scale_xlfollow_does_not_know_is_asked_once(tmp_path: Path) -> None:
    """Nynäshamn 2021 (37): "Helt / I hög grad / Delvis uppfyllt" under "MÅLBEDÖMNING" (a closed
    compound: its head "bedömning" names the status). As published it reads exactly ("i hög grad
    uppfyllt" is green: the page groups "helt eller i hög grad uppfyllda" as fulfilled) and learn's
    table has nothing to ask. With its middle step made one xlfollow does not know ("I viss grad
    uppfyllt"), that is the one line learn leaves unsure; given yellow, the counts follow."""
    from openpyxl import load_workbook

    stem = "37_nynashamn-malbedomning-2021"
    book = tmp_path / f"{stem}.xlsx"
    book.write_bytes((LAYOUTS / f"{stem}.xlsx").read_bytes())
    expected = json.loads((LAYOUTS / f"{stem}.json").read_text("utf-8"))["expected"]
    actions.learn(book)
    wb = load_workbook(book)
    statuses = [row for row in wb["xlfollow"].iter_rows() if str(row[0].value).startswith("status.")]
    assert len(statuses) == 3 and not [row for row in statuses if row[4].value == "Kontrollera"]
    rollup = actions.check(book).rollup
    assert {"items": rollup.items, **{k: rollup.status.get(k, 0) for k in FIELDS[1:]}} == expected

    book.write_bytes((LAYOUTS / f"{stem}.xlsx").read_bytes())
    wb = load_workbook(book)
    for row in wb.active.iter_rows():
        for cell in row:
            if cell.value == "I hög grad uppfyllt":
                cell.value = "I viss grad uppfyllt"
    wb.save(book)
    assert actions.check(book).rollup.status["unknown"] == 6
    actions.learn(book)
    wb = load_workbook(book)
    statuses = [row for row in wb["xlfollow"].iter_rows() if str(row[0].value).startswith("status.")]
    unsure = [row for row in statuses if row[4].value == "Kontrollera"]
    assert [row[0].value for row in unsure] == ["status.I viss grad uppfyllt"] and len(statuses) == 3
    unsure[0][1].value = "gul"
    wb.save(book)
    rollup = actions.check(book).rollup
    moved = {**expected, "green": expected["green"] - 6, "yellow": expected["yellow"] + 6}
    assert {"items": rollup.items, **{k: rollup.status.get(k, 0) for k in FIELDS[1:]}} == moved


def test_a_table_kept_sideways_is_refused_never_counted_as_not_applicable() -> None:
    """GMPP 2014 (projects as columns, the rating a row): a row of figures was taken for the header
    and a column of "N/A" for the status, 4 of 5 counted not applicable. A row of figures is no
    header, and a column without a green, yellow or red is no status column."""
    with pytest.raises(InputError):
        actions.check(LAYOUTS / "66_gmpp-doh-projects-as-columns-2014.xlsx")
