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

from xlfollow import actions
from xlfollow.core.errors import InputError

LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"
FIELDS = ("items", "green", "yellow", "red", "not_applicable", "missing")
NOT_READ_YET = {
    "08_wealden-performance-q3-2014": "outcome headers xlfollow does not know, polarity per indicator",
    "12_vgr-indikatorer-trend-only-2021": "no status column at all (a trend only): refused",
    "13_helsinki-ymparistoindikaattorit-2020": "a typo in a status ('totetutunut'): asked, not counted",
    "14_helsingfors-miljoindikatorer-2019": "a one-word header row; value and status without headers",
    "15_helsinki-ymparistoindikaattorit-2021": "the report's scale sentences unknown (until learnt)",
    "16_helsinki-ymparistoindikaattorit-2022": "the report's scale sentences unknown (until learnt)",
    "19_stavanger-malstyringstabell": "a Status column of results, rated by hand against targets",
    "24_hawkesbury-delivery-program-2017": "'Commenced', a stage the hand count calls no assessment: unknown",
    "28_stavanger-indikatorer-2018": "a footnote read as an item; a ratio target in prose not computed",
    "29_gavleborg-politiska-uppdrag-2024": "'PÅGÅENDE' read yellow, the hand counts a stage as no assessment",
    "30_helsingfors-miljoindikatorer-2021": "trend sentences as the rating: unknown (until learnt)",
    "34_stavanger-finansielle-maltall-2021": "budget and outcome columns named by year only: refused",
    "35_assens-malepunkter-2023": "no table: each value a labelled sentence; the status a sentence: refused",
    "36_lejre-baeredygtig-vaekst": "no table: headings and a link text per goal: refused",
    "37_nynashamn-malbedomning-2021": "'I hög grad uppfyllt' unknown until learnt (the hand: green)",
    "39_northland-rc-performance-targets-2009-10": "no table: the status at a bullet's end: refused",
    "40_northland-rc-performance-targets-2010-11": "no table: the status at a bullet's end: refused",
    "41_port-adelaide-enfield-indicators-2011-12": "target and 'Actual:' in one cell, no status: refused",
    "44_varmdo-maluppfoljning-prosa-2019": "no table: goals in a list, their status in prose: refused",
    "45_vara-namndernas-indikatorer-utan-utfall": "targets only: refused (the hand: 10 missing)",
    "46_windsor-directives-log-2018": "notes as status ('On hold pending …') unknown until learnt",
    "47_horsham-performance-statement-2010-11": "a dated target beside a result sentence, no status: refused",
    "50_dalarna-regionala-miljomal-smiley": "cards: each status alone above its numbered goal: refused",
    "51_malmo-miljoredovisning-prosa-2018": "no table: the items named inside sentences: refused",
    "52_nsw-council-project-performance-2010": "a KPI's outcome written in its progress report: unknown",
    "53_stockholm-miljobarometern-transporter": "cards: each status alone above its goal: refused",
    "55_loten-hovedmal-2017": "three years' results in one cell, targets in prose: refused",
    "56_loten-malekort-teknisk-2015": "target and outcome under 'Mål 2015' and ' 2015': refused",
    "57_wandsworth-waste-value-vs-next-target": "last year's value beside next year's target: refused",
    "58_ni-water-pass-fail-2017-18": "an empty 'Pass / Fail' column beside target and actual: refused",
    "59_bso-rag-red-exceptions-2015": "a memo in prose listing the red indicators: refused",
    "61_vantetider-60-dagar-per-landsting": "monthly shares, a legend of two targets, colours lost: refused",
    "62_lund-kf-mal-2-alt-text-2023": "one goal per page, its status in an image's alt text: refused",
    "63_lulea-indikatorer-trend-only": "cards of indicators with a trend only (the hand: 6 missing): refused",
    "64_lindesberg-kkik-kvartil-utan-farg-2016": "one measure per page, its quartile colour lost: refused",
    "65_aafc-service-standards-target-met-2023-24": "'target_met' Y/N is read, but the standard repeats over "
    "services (9 distinct of 31): no item column, refused (column.item = E reads it)",
    "66_gmpp-doh-projects-as-columns-2014": "projects as columns, the rating a row: refused",
    "67_dta-performance-statement-2016-17": "Target/Source/Result blocks, the rating in the result: refused",
    "68_gmpp-home-office-reset-2017": "projects as columns, the rating a row: refused",
    "69_simrishamn-kfn-maluppfoljning-ikoner-2025": "icons without a legend in two columns, goals repeated "
    "inside the activities' tables: 30 items, 8 said missing at their cells (the hand: 33 green)",
    "70_kauhava-tytaryhteisot-tavoitteet-2024": "cards: 'Tavoite | Toimenpide/mittari' over "
    "'Arviointi | Tila', the verdict a sentence: refused",
    "71_seinajoki-toteutumisvertailu-pallot-2024": "one block per measure, a ball's fill and its number "
    "under no header, budget tables between: refused",
    "72_kauhava-tarkastuslautakunta-toteutuminen-2024": "no table: numbered goals with a "
    "'Toteutuminen: …' line each: refused",
    "74_kent-qpr-ics-kpi-cards-2024-25-q3": "KPI cards: a title, the status word in a filled cell, a "
    "'Latest: … | Target: …' footer each: refused",
}


def _cases() -> list[object]:
    cases: list[object] = []
    for book in sorted(LAYOUTS.glob("[0-9][0-9]_*.xlsx")):
        marks = []
        if book.stem in NOT_READ_YET:
            marks.append(pytest.mark.xfail(strict=True, reason=NOT_READ_YET[book.stem]))
        cases.append(pytest.param(book, id=book.stem, marks=marks))
    return cases


def test_the_set_is_seventy_two_published_follow_ups_with_their_sources() -> None:
    described = [json.loads(p.read_text("utf-8")) for p in sorted(LAYOUTS.glob("[0-9][0-9]_*.json"))]
    assert len(described) == 72 and all(d["source"] and d["organisation"] for d in described)
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
READ = [b for b in sorted(LAYOUTS.glob("[0-9][0-9]_*.xlsx")) if b.stem not in NOT_READ_YET]


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


@pytest.mark.parametrize(
    "stem",
    [
        "15_helsinki-ymparistoindikaattorit-2021",
        "16_helsinki-ymparistoindikaattorit-2022",
        "30_helsingfors-miljoindikatorer-2021",
    ],
)
def test_a_scale_xlfollow_does_not_know_reads_exactly_once_learnt(stem: str, tmp_path: Path) -> None:
    """The workflow the issue asks for, on published layouts: learn, give each line the meaning the
    report's own scale gives it (the json's vocabulary, decided by hand), run: the counts by hand."""
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
        if isinstance(key, str) and key.startswith("status."):
            assert row[4].value == "Kontrollera"  # unknown: marked, no meaning proposed
            row[1].value = WORDS[scale[" ".join(key[7:].split()).casefold()]]
            chosen += 1
    wb.save(book)
    assert chosen == len(scale)
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
    """No header row is found: learn writes the missing pieces as lines to fill in (exit 1); the
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
    compound: its head "bedömning" names the status). "I hög grad uppfyllt" is the one line learn
    leaves unknown (xlfollow reads "till stor del" as a degree, yellow; the page groups "helt eller
    i hög grad uppfyllda" as fulfilled): given green, the counts by hand."""
    from openpyxl import load_workbook

    stem = "37_nynashamn-malbedomning-2021"
    book = tmp_path / f"{stem}.xlsx"
    book.write_bytes((LAYOUTS / f"{stem}.xlsx").read_bytes())
    assert actions.check(book).rollup.status["unknown"] == 6
    actions.learn(book)
    wb = load_workbook(book)
    statuses = [row for row in wb["xlfollow"].iter_rows() if str(row[0].value).startswith("status.")]
    unsure = [row for row in statuses if row[4].value == "Kontrollera"]
    assert [row[0].value for row in unsure] == ["status.I hög grad uppfyllt"] and len(statuses) == 3
    unsure[0][1].value = "grön"
    wb.save(book)
    expected = json.loads((LAYOUTS / f"{stem}.json").read_text("utf-8"))["expected"]
    rollup = actions.check(book).rollup
    assert {"items": rollup.items, **{k: rollup.status.get(k, 0) for k in FIELDS[1:]}} == expected


def test_a_table_kept_sideways_is_refused_never_counted_as_not_applicable() -> None:
    """GMPP 2014 (projects as columns, the rating a row): a row of figures was taken for the header
    and a column of "N/A" for the status, 4 of 5 counted not applicable. A row of figures is no
    header, and a column without a green, yellow or red is no status column."""
    with pytest.raises(InputError):
        actions.check(LAYOUTS / "66_gmpp-doh-projects-as-columns-2014.xlsx")
