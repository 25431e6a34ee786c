"""The previous follow-up (issue 11): two rounds of the 2018 success factors, the second with moves
set up by hand (five yellow made green, one green and one yellow made red, one item removed, one
added, one reworded, two comments left as they were). `--previous` must give exactly those moves,
the report's kind of sentence, the lists, and the warnings; the matching is shown where uncertain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import two_rounds
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.compare import compare
from xlfollow.core.models import Item
from xlfollow.core.status import Status
from xlfollow.examples import build_2018_factors

ITEM, STATUS, COMMENT = 1, 3, 4  # columns of the 2018 layout


def test_previous_gives_the_moves_set_up(tmp_path: Path) -> None:
    april, august, plan = two_rounds(tmp_path)
    report = actions.check(august, previous=april).report
    change = report.change
    assert change is not None
    assert [p.new.row for p in change.improved] == plan["improved"]
    assert [p.new.row for p in change.worse] == plan["worse"]
    assert [i.row for i in change.removed] == plan["removed"]
    assert [i.text for i in change.new] == ["Införa digitala vårdmöten i primärvården."]
    assert len(change.pairs) == 40 and len(change.same) == 40 - 5 - 2
    assert [p.new.row for p in change.uncertain] == plan["reworded"]
    assert change.moves()["yellow"]["green"] == 5 and change.moves()["green"]["red"] == 1
    unchanged = [i for i in report.issues if i.code == "unchanged-comment"]
    assert [i.row for i in unchanged] == plan["unchanged"]
    assert "april 2018" in unchanged[0].message()


def test_the_summary_says_what_changed(tmp_path: Path, capsys) -> None:
    april, august, _ = two_rounds(tmp_path)
    out = tmp_path / "ut.xlsx"
    assert main(["run", str(august), "-o", str(out), "--previous", str(april)]) == 0
    sentence = (
        "Sedan förra uppföljningen har fem förbättrats, två försämrats och 33 har samma läge. "
        "En framgångsfaktor är ny och en har tagits bort."
    )
    assert sentence in capsys.readouterr().out
    ws = load_workbook(out)["Sammanställning"]
    texts = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert sentence in texts
    assert "Sedan förra uppföljningen (april 2018)" in texts
    assert (
        "Poster som har försämrats" in texts
        and "Nya poster" in texts
        and "Poster som har tagits bort" in texts
    )
    # the trend marks beside the statuses in the lists: the red list shows what each was
    assert "↘ ● grön" in texts and "↘ ◆ gul" in texts
    kontroll = [c.value for row in load_workbook(out)["Kontroll"].iter_rows() for c in row if c.value]
    assert any(isinstance(v, str) and "lika text" in v for v in kontroll)  # the uncertain match shown


def test_the_settings_can_name_the_previous_workbook(tmp_path: Path) -> None:
    april, august, _ = two_rounds(tmp_path)
    wb = load_workbook(august)
    wb.create_sheet("xlfollow").append(["previous", april.name])
    wb.save(august)
    assert actions.check(august).report.change is not None


def test_a_missing_previous_workbook_is_a_warning_not_the_end(tmp_path: Path, capsys) -> None:
    """Issue 18: a previous round that cannot be had is a warning on Kontroll, never exit 2."""
    april = build_2018_factors(tmp_path / "april.xlsx")
    assert main(["check", str(april), "--previous", str(tmp_path / "finns-inte.xlsx")]) == 0
    captured = capsys.readouterr()
    assert not captured.err
    line = next(x for x in captured.out.splitlines() if "previous-not-found" in x)
    assert "varning" in line and "finns-inte.xlsx finns inte" in line


def _item(text: str, status: Status, id: str | None = None) -> Item:
    return Item(row=1, text=text, id=id, status=status)


def test_ids_win_over_texts_and_a_duplicated_id_falls_back_to_text() -> None:
    old = [_item("Kortare väntetider", Status.RED, "1"), _item("Fler vårdplatser", Status.RED, "2")]
    new = [
        _item("Helt ny text för samma post", Status.GREEN, "1"),
        _item("Fler vårdplatser", Status.RED, "2"),
    ]
    change = compare(old, new, "förra.xlsx")
    assert [(p.old.text, p.new.text) for p in change.pairs] == [
        ("Kortare väntetider", "Helt ny text för samma post"),
        ("Fler vårdplatser", "Fler vårdplatser"),
    ]
    twice = [_item("A", Status.RED, "1"), _item("B", Status.RED, "1")]
    change = compare(twice, [_item("B", Status.GREEN, "1")], "förra.xlsx")
    assert [(p.old.text, p.new.text) for p in change.pairs] == [("B", "B")]


@pytest.mark.parametrize(
    ("before", "after", "trend"), [("red", "green", 1), ("green", "yellow", -1), ("green", "missing", 0)]
)
def test_trend(before: str, after: str, trend: int) -> None:
    change = compare([_item("X", Status(before))], [_item("X", Status(after))], "förra.xlsx")
    assert change.pairs[0].trend == trend


def test_the_2018_data_matches_itself_fully() -> None:
    data = json.loads(
        (Path(__file__).resolve().parent.parent / "xlfollow/data/rs2018.json").read_text("utf-8")
    )
    items = [_item(f["item"], Status.GREEN) for f in data["factors"]]
    change = compare(items, items, "x")
    assert len(change.pairs) == len(items) and not change.new and not change.removed


def test_an_item_put_in_between_does_not_shift_the_numbered_ones_after_it() -> None:
    """Issue 19 (a review case): ids read from the number a text starts with ("2. ...") paired
    items by that number, so an item put in as number 2 paired every later item with the one
    before it, as certain. A numbered id pairs only texts that are alike; an id column's id still
    wins over its text."""
    old = [
        Item(2, "1. Kortare köer", id="1", status=Status.GREEN),
        Item(3, "2. Fler i arbete", id="2", status=Status.RED),
        Item(4, "3. Bättre luft i staden", id="3", status=Status.YELLOW),
    ]
    new = [
        Item(2, "1. Kortare köer", id="1", status=Status.GREEN),
        Item(3, "2. Säkrare skolvägar", id="2", status=Status.YELLOW),
        Item(4, "3. Fler i arbete", id="3", status=Status.GREEN),
        Item(5, "4. Bättre luft i staden", id="4", status=Status.YELLOW),
    ]
    result = compare(old, new, "april.xlsx")
    assert [(p.old.text, p.new.text, p.similarity) for p in result.pairs] == [
        ("1. Kortare köer", "1. Kortare köer", 1.0),
        ("2. Fler i arbete", "3. Fler i arbete", 1.0),
        ("3. Bättre luft i staden", "4. Bättre luft i staden", 1.0),
    ]
    assert [i.text for i in result.new] == ["2. Säkrare skolvägar"] and not result.removed
    column_ids = [Item(2, "Kortare köer", id="K1"), Item(3, "Fler i arbete", id="K2")]
    renamed = [Item(2, "Kortare väntetider", id="K1"), Item(3, "Fler i arbete", id="K2")]
    assert all(p.similarity == 1.0 for p in compare(column_ids, renamed, "april.xlsx").pairs)
    assert len(compare(column_ids, renamed, "april.xlsx").pairs) == 2  # an id column's id wins
