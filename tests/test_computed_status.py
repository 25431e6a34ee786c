"""Measurable goals with no status column (issue 19): the status is computed from target and
outcome (green: the outcome reaches the target; red: it does not; not applicable: the target says
so; missing, with the reason, when the numbers cannot tell) and said wherever the counts are shown:
the summary sheet, Kontroll, the command line, the Word report. The round (send, collect,
next-period) needs a status column and says so.

The table is Helsingborgs stad's annual report 2016 (the committees' goals: measure, target,
outcome), the 40 rows of tests/data/targets/published_pairs.csv, each decided by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import COMPUTED, helsingborg, helsingborg_book, remote_book
from openpyxl import Workbook, load_workbook

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.errors import InputError
from xlfollow.core.reading import reading_lines
from xlfollow.core.status import Status


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return helsingborg_book(tmp_path / "helsingborg-2016.xlsx")


def test_the_status_is_computed_as_decided_by_hand(book: Path) -> None:
    pairs = helsingborg()
    result = actions.check(book)
    assert result.report.layout.computed
    counts = result.rollup.status
    assert counts["green"] == sum(p["expected"] == "met" for p in pairs) == 17
    assert counts["red"] == sum(p["expected"] == "not_met" for p in pairs) == 21
    assert counts["missing"] == sum(p["expected"] == "undecided" for p in pairs) == 2
    assert result.rollup.items == 40 and counts["yellow"] == 0 and counts["unknown"] == 0
    # the committees' names above their rows are headings, not goals without a status
    assert len(result.rollup.by_committee) == 9 and "socialnämnden" in result.rollup.by_committee
    codes = {i.code for i in result.report.issues}
    assert codes == {"status-not-computed"} and not result.report.errors


def test_it_is_said_wherever_the_counts_are(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(book)]) == 0
    assert COMPUTED in capsys.readouterr().out
    assert main(["run", str(book)]) == 0
    done = load_workbook(book.with_name("helsingborg-2016-klar.xlsx"))
    summary = [c for row in done["Sammanställning"].iter_rows(values_only=True) for c in row if c]
    assert any(str(c).startswith(COMPUTED) for c in summary)
    assert any(str(c).startswith("Av de 40 posterna bedöms 17 vara uppfyllda") for c in summary)
    kontroll = [c for row in done["Kontroll"].iter_rows(values_only=True) for c in row if c]
    assert any(str(c).startswith(COMPUTED) for c in kontroll)
    assert main(["report", str(book)]) == 0
    import docx

    document = docx.Document(str(book.with_name("helsingborg-2016-rapport.docx")))
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith(COMPUTED) for t in texts)
    # the scale says how the status was set, and shows no yellow (a computed status is never yellow)
    assert any(t.startswith("Läget är beräknat ur målvärde och utfall: grön når målvärdet") for t in texts)
    scale = next(t for t in document.tables if t.rows[0].cells[0].text == "Läge")
    assert [r.cells[0].text for r in scale.rows[1:3]] == ["● grön", "▲ röd"]


def test_a_target_that_is_none_is_not_applicable(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Indikator", "Målvärde", "Utfall"])
    ws.append(["Antal dödade och svårt skadade", "NA", "92"])
    ws.append(["Andel behöriga", "Minst 90 %", "92 %"])
    path = tmp_path / "na.xlsx"
    wb.save(path)
    counts = actions.check(path).rollup.status
    assert (counts["not_applicable"], counts["green"]) == (1, 1)


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["send"], "Utskicket"),
        (["next-period", "--period", "augusti 2016"], "Nästa uppföljning"),
        (["collect", "."], "Insamlingen"),
    ],
)
def test_the_round_needs_a_status_column_and_says_so(
    book: Path, command: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [command[0], str(book), *[str(book.parent) if a == "." else a for a in command[1:]]]
    if command[0] == "collect":
        (book.parent / "svar").mkdir()
        other = book.parent / "svar" / "RS.xlsx"
        other.write_bytes(book.read_bytes())
        args = ["collect", str(book), str(book.parent / "svar")]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "ingen kolumn för läge" in err and said in err and "Traceback" not in err


def test_a_table_with_a_status_column_is_not_computed(example) -> None:
    assert not actions.check(example("rs2018-aktiva-mal.xlsx")).report.layout.computed


def test_the_buttons_count_the_same(book: Path) -> None:
    from xlfollow.actions import run_live

    live = run_live(remote_book(book), "all").report
    assert live.layout.computed
    assert [i.status for i in live.items] == [i.status for i in actions.check(book).report.items]


def test_a_column_that_answers_uppfyllt_is_the_status_never_computed_over(tmp_path: Path) -> None:
    """The third review: "Uppfyllt" (Ja/Nej/Delvis) beside target and outcome is the office's own
    assessment: never computed over. It asked for the status column; now the column answers its
    header's question (Västervik 2022) and is read so, and the reading says it."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Mått", "Målvärde", "Utfall", "Uppfyllt"])
    ws.append(["Andel behöriga", "Minst 90 %", "92 %", "Ja"])
    ws.append(["Andel nöjda", "Minst 80 %", "79 %", "Delvis"])
    path = tmp_path / "uppfyllt.xlsx"
    wb.save(path)
    report = actions.check(path).report
    assert not report.layout.computed and report.layout.header("status") == "Uppfyllt"
    assert [i.status for i in report.items] == [Status.GREEN, Status.YELLOW]  # not red: 79 % < 80 %
    assert any("svarar på frågan" in line for line in reading_lines(report))


def test_a_measure_not_filled_in_yet_stays_a_measure(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Mått", "Målvärde", "Utfall"])
    ws.append(["Andel behöriga", "90", "95"])
    ws.append(["Andel nöjda kunder (mäts 2017)", None, None])
    ws.append(["Sjukfrånvaro", "6", "7"])
    path = tmp_path / "ej-ifyllt.xlsx"
    wb.save(path)
    result = actions.check(path)
    assert result.rollup.items == 3 and result.rollup.status["missing"] == 1
    assert result.rollup.by_perspective == {}  # the unfilled measure heads nothing


def test_percent_cells_are_read_as_percent(tmp_path: Path) -> None:
    """A cell formatted as percent holds its fraction: 0.92 beside "90 %" is 92 %."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Mått", "Målvärde", "Utfall"])
    ws.append(["Andel behöriga", "90 %", 0.92])
    ws.append(["Andel nöjda", 0.9, "85 %"])
    path = tmp_path / "procent.xlsx"
    wb.save(path)
    statuses = [i.status.value for i in actions.check(path).report.items if i.status]
    assert statuses == ["green", "red"]


def test_the_rollup_and_the_draft_say_it_too(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import email
    import email.policy

    assert main(["rollup", str(book)]) == 0
    assert COMPUTED in capsys.readouterr().out
    assert main(["export", str(book), "--eml"]) == 0
    raw = book.with_name("helsingborg-2016-epost.eml").read_bytes()
    body = email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",))
    assert body is not None and COMPUTED in body.get_content()  # type: ignore[attr-defined]


def test_the_region_says_which_units_computed_it(book: Path, tmp_path: Path) -> None:
    units = tmp_path / "enheter"
    units.mkdir()
    for name in ("Norr", "Söder"):
        (units / f"{name}.xlsx").write_bytes(book.read_bytes())
    assert main(["consolidate", str(units), "-o", str(tmp_path / "region.xlsx")]) == 0
    summary = load_workbook(tmp_path / "region.xlsx")["Sammanställning"]
    texts = [str(v) for row in summary.iter_rows(values_only=True) for v in row if v]
    assert "Läget är beräknat ur målvärde och utfall (ingen kolumn för läge) för ”Norr” och ”Söder”." in texts


def test_measurable_goals_on_several_sheets_are_all_computed(tmp_path: Path) -> None:
    """Stavanger 2018 (tests/data/layouts/28): one sheet of indicators per chapter, each
    "Indikator | Målsetning | Resultat 2017 | Resultat 2018", no status column: both sheets read,
    each status computed (a result "not available for 2018" is no figure)."""
    wb = Workbook()
    first = wb.active
    first.title = "2.2 Indikator"
    second = wb.create_sheet("2.4 indikator")
    header = ["Indikator", "Målsetning", "Resultat 2017", "Resultat 2018"]
    for ws, rows in (
        (
            first,
            [
                ["Gjennomføringsandel VG1", "> 85 %", "87 %", "87 %"],
                ["Andel barn i barnehage", "> 92 %", "90 %", "89 %"],
            ],
        ),
        (
            second,
            [
                ["Sykefraværet i organisasjonen", "< 6 %", "8,2 %", "8,3 %"],
                ["Nye sosialhjelpsmottakere", "> 70 %", "56 %", "Resultat for 2018 foreligger ikke"],
            ],
        ),
    ):
        ws.append(header)
        for row in rows:
            ws.append(row)
    wb.save(tmp_path / "stavanger.xlsx")
    report = actions.check(tmp_path / "stavanger.xlsx").report
    assert report.layout.computed and all(t.computed for t in report.layout.tables())
    assert [(i.text, i.status.value if i.status else None) for i in report.items] == [
        ("Gjennomføringsandel VG1", "green"),
        ("Andel barn i barnehage", "red"),
        ("Sykefraværet i organisasjonen", "red"),
        ("Nye sosialhjelpsmottakere", "missing"),
    ]


def test_a_hidden_sheet_of_figures_never_joins_the_computed_tables(tmp_path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for name, hidden in (("Kap 1", False), ("Kap 2", False), ("Beräkning", True)):
        ws = wb.create_sheet(name)
        ws.append(["Post", "Målvärde", "Utfall"])
        ws.append([f"{name} rad 1", "Minst 5", 7])
        ws.append([f"{name} rad 2", "Minst 5", 3])
        if hidden:
            ws.sheet_state = "hidden"
    wb.save(tmp_path / "dold.xlsx")
    report = actions.check(tmp_path / "dold.xlsx").report
    assert report.layout.sheets() == ("Kap 1", "Kap 2")


def test_the_settings_target_and_outcome_never_pass_over_an_assessment_column(tmp_path: Path) -> None:
    """ "Mål | Målvärde | Utfall | Uppnått | Kommentar" with column.target and column.outcome in the
    settings: "Uppnått" (Ja, Nej, Delvis) is the office's own assessment; it was passed over and
    the status computed without a word. Now it is the status ("Nöjda" 84 % against 85 %: "Delvis",
    yellow, where computing says red); statuses in words under a header that names a committee stop
    the computing too: the one line asks for column.status."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (
        ["Mål", "Målvärde", "Utfall", "Uppnått", "Kommentar"],
        ["Behöriga lärare", "minst 90 %", "92 %", "Ja", "ok"],
        ["Sjukfrånvaro", "högst 6 %", "6,5 %", "Nej", "x"],
        ["Nöjda", "85 %", "84 %", "Delvis", "x"],
    ):
        ws.append(row)
    settings = wb.create_sheet("xlfollow")
    settings.append(["column.target", "Målvärde"])
    settings.append(["column.outcome", "Utfall"])
    wb.save(tmp_path / "b.xlsx")
    report = actions.check(tmp_path / "b.xlsx").report
    assert not report.layout.computed
    assert [i.status for i in report.items] == [Status.GREEN, Status.RED, Status.YELLOW]
    ws["D1"] = "Bedömt av nämnden"  # a header that names a committee, over statuses in words
    for row in (2, 3, 4):
        ws.cell(row, 4).value = ("grön", "röd", "gul")[row - 2]
    wb.save(tmp_path / "b.xlsx")
    with pytest.raises(InputError) as raised:  # computed over them before, without a word
        actions.check(tmp_path / "b.xlsx")
    assert "column.status" in raised.value.message("sv")


def test_another_table_of_figures_under_measurable_goals_is_no_goal(tmp_path: Path) -> None:
    """Løten 2015's målekort: key figures by year ("Nøkkeltall | 2013 | 2014 | 2015") under the
    measurable goals were read as goals, 2013 as their target and 2014 as the outcome (8 items
    where the hand counts 3); the goals end above the other table's header, said in the reading."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    for row in [
        ["Indikator", "Målvärde", "Utfall"],
        ["Andel nöjda", "80 %", "85 %"],
        ["Antal besök", "1000", "900"],
        ["Andel digitala", "50 %", "60 %"],
        [],
        ["Nyckeltal"],
        ["Nyckeltal", "2013", "2014", "2015"],
        ["Årsverk", 5, 6, 6],
        ["Budget tkr", 4000, 4014, 4752],
    ]:
        ws.append(row)
    wb.save(tmp_path / "m.xlsx")
    result = actions.check(tmp_path / "m.xlsx")
    assert [(i.text, i.status) for i in result.report.items] == [
        ("Andel nöjda", Status.GREEN),
        ("Antal besök", Status.RED),
        ("Andel digitala", Status.GREEN),
    ]
    lines = reading_lines(result.report)
    assert any("annan tabell" in line and "rad 7" in line for line in lines)
    # no text says whether more or less is better: said with the rows (the fifth review)
    assert any("mer eller mindre är bättre på rad 2, 3, 4" in line for line in lines)
    # the years typed as Excel keeps them (numbers), and no blank row above: another table all the same
    ws.delete_rows(5, 2)
    ws["B5"], ws["C5"], ws["D5"] = 2013, 2014, 2015
    wb.save(tmp_path / "m.xlsx")
    again = actions.check(tmp_path / "m.xlsx")
    assert [i.text for i in again.report.items] == ["Andel nöjda", "Antal besök", "Andel digitala"]
    assert any("annan tabell" in line and "rad 5" in line for line in reading_lines(again.report))
    ws["B3"] = "minst 1000"
    ws["A2"], ws["A4"] = "Andel nöjda ska öka", "Andel digitala ska öka"
    wb.save(tmp_path / "m.xlsx")
    assert not any(
        "mer eller mindre" in line for line in reading_lines(actions.check(tmp_path / "m.xlsx").report)
    )


def test_rows_whose_direction_no_text_says_are_named_with_their_sheet(tmp_path: Path) -> None:
    """One computed table per sheet (Stavanger 2018: one per chapter): the reading named "rad 2, 3"
    without a sheet, and row 2 stood on both; each sheet's rows now say their sheet."""
    wb = Workbook()
    wb.active.title = "Kapittel 1"
    for name, rows in (
        ("Kapittel 1", [["Antal besök", 1200, 1100], ["Andel digitala", 40, 52]]),
        ("Kapittel 2", [["Antal platser", 30, 31], ["Antal utbildade", 12, 9]]),
    ):
        ws = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
        ws.append(["Indikator", "Mål", "Utfall"])
        for row in rows:
            ws.append(row)
    wb.save(tmp_path / "kapitel.xlsx")
    report = actions.check(tmp_path / "kapitel.xlsx").report
    assert report.layout.computed and len(report.items) == 4
    line = next(x for x in reading_lines(report) if "mer eller mindre" in x)
    assert "på rad 2, 3 i bladet ”Kapittel 1” och rad 2, 3 i bladet ”Kapittel 2”:" in line
