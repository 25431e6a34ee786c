"""The year in one test (issue 18): the 2018 success factors followed up through a whole year, through
the command line and through the buttons' engine, every count decided by hand.

The master is the 2018 report's 41 success factors with a committee column (Samhälle: RUN,
Patient: HSN, Medarbetare: RS, Verksamhetsresultat: VVN), its statuses and comments emptied: a fresh
April round. From the report (xlfollow/data/rs2018.json), by hand:

    RUN 10 items: 1 green, 8 yellow, 1 red      HSN 13: 3 green, 10 yellow
    RS   7 items: 4 yellow, 2 red, 1 missing    VVN 11: 3 green, 7 yellow, 1 red

April: sent to the four committees; RUN answers but changes the text of its red item (that row is not
written: it stays missing), HSN never answers, RS answers twice (first with its first yellow item
green, then as the report says: the newest wins), VVN returns its e-mail copy. The master then holds
green 1+3 = 4, yellow 8+4+7 = 19, red 2+1 = 3, missing 1+13+1 = 15.

August (next-period, sent again): RUN as the report (its red item written now), HSN as the report,
RS its two red items yellow, VVN its first yellow item red. The master then holds green 1+3+3 = 7,
yellow 8+10+6+6 = 30, red 1+2 = 3, missing 1; since April (on Historik): two better (RS), one worse
(VVN), 24 the same (RUN 9, RS 5, VVN 10), 14 changed to or from missing (RUN's red item, HSN's 13)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers import COMMITTEE, MASTER_COMMENT, MASTER_ITEM, MASTER_STATUS, build_master
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.adapters.email_copy import export
from xlfollow.cli import main
from xlfollow.consolidate import consolidate
from xlfollow.core.status import Status
from xlfollow.next_period import next_period

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
DATA = json.loads((Path(__file__).resolve().parent.parent / "xlfollow/data/rs2018.json").read_text("utf-8"))
STATUS, COMMENT, ITEM = MASTER_STATUS, MASTER_COMMENT, MASTER_ITEM  # the master's columns
REPORTED = {f["item"]: f["status"] or None for f in DATA["factors"]}


def counts(report: Any) -> tuple[int, int, int, int]:
    statuses = [i.status for i in report.items]
    return tuple(statuses.count(s) for s in (Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING))  # type: ignore[return-value]


def answer(
    unit_book: Path, target: Path, statuses: dict[str, str | None], text_changed: str | None = None
) -> Path:
    """A unit fills in its workbook (saved again, as Excel would: by openpyxl here): each row's
    status from ``statuses`` (by item text) and a comment; ``text_changed`` an item whose text it
    edits (it unprotects the sheet to do so)."""
    wb = load_workbook(unit_book)
    ws = wb["Framgångsfaktorer"]
    for row in range(4, ws.max_row + 1):
        text = ws.cell(row, ITEM).value
        if text not in statuses:
            continue
        ws.cell(row, STATUS).value = statuses[text]
        ws.cell(row, COMMENT).value = f"Lägesbeskrivning från {ws.cell(row, 1).value}."
        if text == text_changed:
            ws.cell(row, ITEM).value = text + " (omformulerad)"
    wb.save(target)
    return target


TAUGHT = "Halvvägs"  # RS's word for yellow, which xlfollow learns in April (xlfollow learn)


def choose_meaning(book: Path, key: str, meaning: str) -> list[Any]:
    """The office chooses ``key``'s meaning in the learnt table (column B); returns the line as
    learn wrote it."""
    wb = load_workbook(book)
    ws = wb["xlfollow"]
    row = next(r for r in ws.iter_rows() if r[0].value == key)
    line = [c.value for c in row[:5]]
    row[1].value = meaning
    wb.save(book)
    return line


def unit_files(sent: actions.Sent) -> dict[str, Path]:
    return {unit: workbook for unit, workbook, _ in sent.files}


def items_of(committee: str) -> list[str]:
    return [
        f["item"] for f in DATA["factors"] if COMMITTEE[f["perspective"]] == committee and f["item"] in ITEMS
    ]


ITEMS: set[str] = set()


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The year on the command line; each step's result kept for the tests below."""
    root = tmp_path_factory.mktemp("year")
    master = build_master(root / "uppfoljning.xlsx")
    ITEMS.update(i.text for i in actions.check(master).report.items)
    seen: dict[str, Any] = {"root": root, "master": master}

    # --- April: send, answer, collect, run, export
    assert main(["send", str(master)]) == 0
    sent = actions.send(master, root / "april-utskick")
    seen["april_sent"] = sent
    units = unit_files(sent)
    answers = root / "april-svar"
    answers.mkdir()
    run_red = next(i for i in items_of("RUN") if REPORTED[i] == "↓")
    answer(
        units["RUN"], answers / "RUN.xlsx", {i: REPORTED[i] for i in items_of("RUN")}, text_changed=run_red
    )
    rs = {i: REPORTED[i] for i in items_of("RS")}
    first_yellow = next(i for i in items_of("RS") if REPORTED[i] == "→")
    older = answer(units["RS"], answers / "RS-forsta.xlsx", {**rs, first_yellow: "↑"})
    os.utime(older, (older.stat().st_mtime - 3600,) * 2)  # an hour before the second answer
    answer(units["RS"], answers / "RS-andra.xlsx", {**rs, first_yellow: TAUGHT})
    filled = answer(units["VVN"], root / "VVN-ifylld.xlsx", {i: REPORTED[i] for i in items_of("VVN")})
    export(filled, answers / "VVN-ifylld-epost.xlsx")
    seen["april_answers"] = answers
    collected = actions.collect(master, [answers])
    seen["april_collect"] = collected
    april = collected.written
    assert april is not None
    seen["april"] = april
    # RS wrote a word xlfollow does not know: the office lets xlfollow learn the workbook and
    # chooses the word's meaning once in the table on the xlfollow sheet (in Excel; openpyxl here)
    seen["april_unknown"] = counts(actions.check(april).report)
    assert main(["learn", str(april)]) == 0
    seen["april_learnt"] = choose_meaning(april, f"status.{TAUGHT}", "gul")
    assert main(["run", str(april), "-o", str(root / "april-klar.xlsx")]) == 0
    seen["april_klar"] = root / "april-klar.xlsx"
    assert main(["export", str(root / "april-klar.xlsx"), "--eml"]) == 0

    # --- August: next period, send, answer, collect, run
    august = next_period(root / "april-klar.xlsx", root / "augusti.xlsx", "augusti 2018").written
    seen["august_master"] = august
    sent = actions.send(august, root / "augusti-utskick")
    units = unit_files(sent)
    answers = root / "augusti-svar"
    answers.mkdir()
    vvn = {i: REPORTED[i] for i in items_of("VVN")}
    vvn_yellow = [i for i in items_of("VVN") if REPORTED[i] == "→"]
    vvn[vvn_yellow[0]] = "↓"
    vvn[vvn_yellow[1]] = TAUGHT  # the word taught in April, sent with August's round
    plans = {
        "RUN": {i: REPORTED[i] for i in items_of("RUN")},
        "HSN": {i: REPORTED[i] for i in items_of("HSN")},
        "RS": {i: ("→" if REPORTED[i] == "↓" else REPORTED[i]) for i in items_of("RS")},
        "VVN": vvn,
    }
    for unit, statuses in plans.items():
        answer(units[unit], answers / units[unit].name, statuses)
    collected = actions.collect(august, [answers])
    seen["august_collect"] = collected
    assert collected.written is not None
    assert main(["run", str(collected.written), "-o", str(root / "augusti-klar.xlsx")]) == 0
    seen["august_klar"] = root / "augusti-klar.xlsx"

    # --- the units' e-mail copies, consolidated
    copies = root / "epostkopior"
    copies.mkdir()
    for unit_answer in answers.iterdir():
        export(unit_answer, copies / f"{unit_answer.stem}-epost.xlsx")
    seen["region"] = consolidate([copies], root / "region.xlsx")
    return seen


def test_april_is_sent_to_the_four_committees(year: dict[str, Any]) -> None:
    sent = year["april_sent"]
    assert {u.unit: u.items for u in sent.round.units} == {"RUN": 10, "HSN": 13, "RS": 7, "VVN": 11}
    folder = year["root"] / "uppfoljning-utskick"  # the command's default folder
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"uppfoljning-{u}.{ext}" for u in ("RUN", "HSN", "RS", "VVN") for ext in ("xlsx", "eml")
    )


def test_april_collects_what_the_units_answered(year: dict[str, Any]) -> None:
    collected = year["april_collect"].collected
    assert collected.answered == ("RUN", "RS", "VVN") and collected.missing == ("HSN",)
    assert sorted((f.code, f.unit) for f in collected.findings) == [
        ("answered-twice", "RS"),
        ("text-changed", "RUN"),
    ]
    # status and comment of RUN's 9 rows, RS's 7 (6 statuses: one item has none in the report), VVN's 11
    assert collected.rows == 9 + 7 + 11
    assert len([c for c in collected.changes if c.field == "status"]) == 9 + 6 + 11
    report = actions.check(year["april"]).report
    assert counts(report) == (4, 19, 3, 15)


def test_april_board_paper_and_email_copy(year: dict[str, Any]) -> None:
    wb = load_workbook(year["april_klar"])
    column = [c.value for c in wb["Sammanställning"]["A"] if isinstance(c.value, str)]
    assert any(v.startswith("Av de 41 framgångsfaktorerna bedöms fyra vara uppfyllda") for v in column), (
        column
    )
    history = wb["Historik"]
    events = [r[7] for r in history.iter_rows(min_row=2, values_only=True)]
    assert events.count("Svar insamlat") == 27 and set(events) == {"Svar insamlat"}
    copy = year["root"] / "april-klar-epost.xlsx"
    assert copy.exists() and "xl/vbaProject.bin" not in __import__("zipfile").ZipFile(copy).namelist()
    # the e-mail to the board: the same sentence as the summary, the copy attached as it is, and the
    # copy opens on the summary with one tab selected (the round's Historik stays in it, after it)
    import email
    import email.policy

    message = email.message_from_bytes(
        (year["root"] / "april-klar-epost.eml").read_bytes(), policy=email.policy.default
    )
    body = message.get_body(("plain",))
    assert (
        body is not None and "Av de 41 framgångsfaktorerna bedöms fyra vara uppfyllda" in body.get_content()
    )
    (attachment,) = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_content() == copy.read_bytes()
    sent = load_workbook(copy)
    assert sent.active.title == "Sammanställning" and "Historik" in sent.sheetnames
    assert [ws.title for ws in sent.worksheets if ws.sheet_view.tabSelected] == ["Sammanställning"]


def test_a_word_taught_in_april_is_read_all_year(year: dict[str, Any]) -> None:
    """learn across the rounds: RS's unknown word is counted as unknown until the office chooses its
    meaning in the learnt table; the table then goes with the workbook into August (next-period),
    into every unit's workbook (send), and into the units' e-mail copies (consolidate), where VVN's
    same word is read as yellow."""
    assert year["april_unknown"] == (4, 18, 3, 15)  # one of RS's yellows unknown
    assert year["april_learnt"] == [
        f"status.{TAUGHT}",
        None,
        1,
        "Okänt för xlfollow: välj läget i listan.",
        "Kontrollera",
    ]
    learnt = [
        list(r[:2]) for r in load_workbook(year["august_master"])["xlfollow"].iter_rows(values_only=True)
    ]
    assert [f"status.{TAUGHT}", "gul"] in learnt  # next-period kept it
    for unit in (year["root"] / "augusti-utskick").glob("*.xlsx"):
        lines = [list(r[:2]) for r in load_workbook(unit)["xlfollow"].iter_rows(values_only=True)]
        assert [f"status.{TAUGHT}", "gul"] in lines, unit.name  # send carried it
    august = load_workbook(year["august_klar"])["Framgångsfaktorer"]
    assert [c.value for c in august[chr(ord("A") + STATUS - 1)]].count(TAUGHT) == 1  # VVN's, collected


def test_august_compares_with_april_from_historik(year: dict[str, Any], capsys) -> None:
    august = year["august_collect"]
    assert august.collected.answered == ("RUN", "HSN", "RS", "VVN") and not august.collected.missing
    assert not august.collected.findings
    report = actions.check(year["august_klar"]).report
    assert counts(report) == (7, 30, 3, 1)
    change = report.change
    assert change is not None and change.period == "april 2018" and change.previous == "bladet Historik"
    assert (len(change.improved), len(change.worse), len(change.same)) == (2, 1, 24)
    assert main(["check", str(year["august_klar"])]) == 0
    sentence = (
        "Sedan förra uppföljningen har två förbättrats, en försämrats, 14 ändrats på annat sätt och 24 har"
        " samma läge."
    )
    assert sentence in capsys.readouterr().out


def test_the_units_email_copies_consolidate_once_each(year: dict[str, Any]) -> None:
    region = year["region"]
    assert region.expected == ("RUN", "HSN", "RS", "VVN") and region.missing == ()
    assert region.rollup.items == 41
    by_unit = {name: (c["green"], c["yellow"], c["red"], c["missing"]) for name, c in region.by_unit.items()}
    assert by_unit == {"RUN": (1, 8, 1, 0), "HSN": (3, 10, 0, 0), "RS": (0, 6, 0, 1), "VVN": (3, 6, 2, 0)}


def test_a_folder_of_both_rounds_answers_consolidates_the_latest_round(year: dict[str, Any]) -> None:
    """The office keeps April's and August's answers side by side and consolidates both folders:
    August's round counts (41 items, as August's copies), each April answer is set aside with a
    line that names its period, never counted a second time."""
    root = year["root"]
    region = consolidate([root / "april-svar", root / "augusti-svar"], root / "region-bada.xlsx")
    assert region.rollup.items == 41 and region.expected == ("RUN", "HSN", "RS", "VVN") and not region.missing
    by_unit = {name: (c["green"], c["yellow"], c["red"], c["missing"]) for name, c in region.by_unit.items()}
    assert by_unit == {"RUN": (1, 8, 1, 0), "HSN": (3, 10, 0, 0), "RS": (0, 6, 0, 1), "VVN": (3, 6, 2, 0)}
    earlier = [u for u in region.units if u.key == "unit-older-round"]
    assert sorted(Path(u.path).parent.name for u in earlier) == ["april-svar"] * 4  # RS answered twice
    assert all("(april 2018)" in u.problem and "augusti 2018" in u.problem for u in earlier)


def test_april_through_the_buttons_gives_the_same_counts(year: dict[str, Any], tmp_path: Path) -> None:
    """The office's workbook open in Excel (the desktop stand-in): Samla in reads the answers saved in
    NAME-svar and writes them through the live writer; Kör allt then reads the same counts the command
    line read. August on the remote engine: the change since April from the workbook's own Historik."""
    from helpers import remote_book

    from xlfollow.adapters.file_reader import read_values
    from xlfollow.excel import run_action

    from fake_excel import FakeBook

    master = shutil.copy(year["master"], tmp_path / "uppfoljning.xlsx")
    shutil.copytree(year["april_answers"], tmp_path / "uppfoljning-svar")
    values = read_values(Path(master))
    book = FakeBook("uppfoljning.xlsx", {n: [list(r) for r in s.rows] for n, s in values.sheets.items()})
    book.fullname = str(master)
    message = run_action("collect", book)
    assert "Svar från tre av fyra enheter: RUN, RS, VVN." in message and "Inget svar från: HSN." in message
    # Lär xlfollow läsa boken, then the office chooses the word's meaning in the table
    assert "Kontrollera: 1" in run_action("learn", book)
    settings = book.sheets["xlfollow"]
    row = next(n for n, r in enumerate(settings.values, start=1) if r and r[0] == f"status.{TAUGHT}")
    assert settings.cell(row, 2) is None and settings.cell(row, 5) == "Kontrollera"
    settings.put(row, 2, "gul")
    done = actions.run_live(book, "all")
    assert counts(done.report) == (4, 19, 3, 15)
    august = actions.run_live(remote_book(year["august_klar"]), "all")
    assert counts(august.report) == (7, 30, 3, 1)
    change = august.report.change
    assert change is not None and (len(change.improved), len(change.worse), len(change.same)) == (2, 1, 24)


def test_the_reports_of_the_year_say_what_the_board_reads(year: dict[str, Any]) -> None:
    """Issue 23 across the round: the August report counts what `check` counts, names the
    committees, says what changed since April (from Historik); the region's consolidated book and a
    unit's answered workbook give reports too."""
    import docx

    august = actions.write_report(year["august_klar"])
    assert counts(august.report) == (7, 30, 3, 1)
    document = docx.Document(str(august.document))
    texts = [p.text for p in document.paragraphs]
    assert any(
        t.startswith("Av de 41 framgångsfaktorerna bedöms sju vara uppfyllda (grön), 30 ") for t in texts
    )
    assert (
        "Sedan förra uppföljningen har två förbättrats, en försämrats, 14 ändrats på annat sätt och 24 har"
        " samma läge." in texts
    )
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[2:] == [
        "1 Regionala utvecklingsnämndens framgångsfaktorer",
        "2 Hälso- och sjukvårdsnämndens framgångsfaktorer",
        "3 Regionstyrelsens framgångsfaktorer",
        "4 Vårdvalsnämndens framgångsfaktorer",
    ]
    assert sum(len(t.rows) - 1 for t in document.tables[1:]) == 41
    region = actions.write_report(year["root"] / "region.xlsx")
    assert len(region.report.items) == 41
    assert sum(len(t.rows) - 1 for t in docx.Document(str(region.document)).tables[1:]) >= 41
    unit = next((year["root"] / "augusti-utskick").glob("*-RS.xlsx"))
    assert len(actions.write_report(unit).report.items) == 7


# --- a year of another shape (issue 19): a header of two rows, headings told by their bold alone --------

SHAPED = [  # (goal heading, [(item, committee, april status, august status)])
    (
        "Trygg och attraktiv kommun",
        [
            ("Fler i egen försörjning", "KS", "grön", "grön"),
            ("Kortare väntan på bygglov", "KS", "gul", "grön"),
            ("Tryggare skolvägar", "BUN", "röd", "gul"),
        ],
    ),
    (
        "Hållbar utveckling",
        [
            ("Mer matavfall sorterat", "SN", None, "gul"),  # SN does not answer in April
            ("Färre resor med bil i tjänsten", "SN", None, "röd"),
            ("Högre andel ekologisk mat", "BUN", "grön", "grön"),
        ],
    ),
]


def _shaped_master(path: Path) -> Path:
    """The Maidstone 2020 shape with Swedish words: "Tertial 1" merged over "Utfall | Läge", the item,
    committee and comment headers merged down over both rows; goal headings in bold only."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Uppföljning av nämndernas mål 2026"])
    ws.append([])
    ws.append(["Framgångsfaktor", "Nämnd", "Tertial 1", None, "Kommentar"])
    ws.append([None, None, "Utfall", "Läge", None])
    for cells in ("A3:A4", "B3:B4", "C3:D3", "E3:E4"):
        ws.merge_cells(cells)
    for heading, items in SHAPED:
        ws.append([heading])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for text, unit, _, _ in items:
            ws.append([text, unit, None, None, None])
    wb.save(path)
    return path


def _answer_shaped(unit_book: Path, month: int) -> Path:
    wb = load_workbook(unit_book)
    ws = wb.active
    wanted = {text: (april, august)[month] for _, items in SHAPED for text, _, april, august in items}
    for row in range(1, ws.max_row + 1):
        text = ws.cell(row, 1).value
        if text in wanted:
            ws.cell(row, 4).value = wanted[text]
            ws.cell(row, 5).value = "Enligt plan." if wanted[text] == "grön" else "Se åtgärder."
    wb.save(unit_book)
    return unit_book


def _shaped_counts(path: Path) -> tuple[tuple[int, int, int, int], set[str | None]]:
    report = actions.check(path).report
    assert report.layout.header_span == 2 and [i.text for i in report.items] == [
        text for _, items in SHAPED for text, *_ in items
    ]  # the bold headings never read as items
    return counts(report), {i.goal for i in report.items}  # one level of headings: the goals


def _consolidated_copies(answers: Path, tmp_path: Path) -> dict[str, tuple[int, int, int, int]]:
    """The units' answers as e-mail copies, consolidated into the region's book of six items: each
    unit's (green, yellow, red, missing)."""
    copies = tmp_path / "epostkopior"
    copies.mkdir()
    for answer_book in answers.iterdir():
        export(answer_book, copies / f"{answer_book.stem}-epost.xlsx")
    region = consolidate([copies], tmp_path / "region.xlsx")
    assert region.rollup.items == 6 and region.missing == ()
    return {name: (c["green"], c["yellow"], c["red"], c["missing"]) for name, c in region.by_unit.items()}


def test_a_year_of_a_header_of_two_rows_and_headings_in_bold(tmp_path: Path) -> None:
    """April: sent to KS, BUN and SN; KS and BUN answer, SN does not: green 2, yellow 1, red 1,
    missing 2. August (next-period, sent again, everyone answers): green 3, yellow 2, red 1; since
    April one better (KS's bygglov), one better (BUN's skolvägar), two from missing (SN). The units'
    e-mail copies consolidate into the region's six items."""
    master = _shaped_master(tmp_path / "mal.xlsx")
    goals = {heading for heading, _ in SHAPED}
    assert _shaped_counts(master) == ((0, 0, 0, 6), goals)

    sent = actions.send(master, tmp_path / "april")
    units = unit_files(sent)
    assert set(units) == {"KS", "BUN", "SN"}
    answers = tmp_path / "april-svar"
    answers.mkdir()
    for unit in ("KS", "BUN"):
        shutil.copy(_answer_shaped(units[unit], 0), answers / units[unit].name)
    april = actions.collect(master, [answers]).written
    assert april is not None
    assert _shaped_counts(april) == ((2, 1, 1, 2), goals)
    assert main(["run", str(april), "-o", str(tmp_path / "april-klar.xlsx")]) == 0
    assert _shaped_counts(tmp_path / "april-klar.xlsx") == ((2, 1, 1, 2), goals)

    august = next_period(tmp_path / "april-klar.xlsx", tmp_path / "augusti.xlsx", "augusti 2026").written
    assert _shaped_counts(august) == ((0, 0, 0, 6), goals)
    units = unit_files(actions.send(august, tmp_path / "augusti-utskick"))
    answers = tmp_path / "augusti-svar"
    answers.mkdir()
    for book in units.values():
        shutil.copy(_answer_shaped(book, 1), answers / book.name)
    collected = actions.collect(august, [answers]).written
    assert collected is not None
    assert main(["run", str(collected), "-o", str(tmp_path / "augusti-klar.xlsx")]) == 0
    klar = tmp_path / "augusti-klar.xlsx"
    assert _shaped_counts(klar) == ((3, 2, 1, 0), goals)
    change = actions.check(klar).report.change
    assert change is not None and (len(change.improved), len(change.worse)) == (2, 0)

    by_unit = _consolidated_copies(answers, tmp_path)
    assert by_unit == {"KS": (2, 0, 0, 0), "BUN": (1, 1, 0, 0), "SN": (0, 1, 1, 0)}


# --- a third year: a status written as a number that the sheet's own rules colour ----------------
NUMBERED = [  # indicator, committee, April's answer, August's answer (måluppfyllelse)
    ("Andel nöjda brukare", "KS", 0.95, 0.97),
    ("Handläggningstid bygglov", "KS", 0.8, 0.92),
    ("Behöriga till gymnasiet", "BUN", 0.6, 0.78),
    ("Närvaro i grundskolan", "BUN", 1.0, 0.99),
    ("Andel i egen försörjning", "SN", None, 0.5),
    ("Väntetid till LSS-boende", "SN", None, 0.9),
]


def _numbered_master(path: Path) -> Path:
    """Måluppfyllelse in percent, coloured by the sheet's rules: at least 90 % green, 75–90 % amber,
    under 75 % red (the rules Excel's "Highlight Cells Rules" write)."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Indikatorer"
    ws.append(["Indikator", "Nämnd", "Måluppfyllelse", "Kommentar"])
    for text, unit, _, _ in NUMBERED:
        ws.append([text, unit, None, None])
    for row in range(2, 2 + len(NUMBERED)):
        ws.cell(row, 3).number_format = "0%"
    fill = {
        c: PatternFill(start_color=c, end_color=c, fill_type="solid") for c in ("C6EFCE", "FFEB9C", "FFC7CE")
    }
    rules = ws.conditional_formatting
    rules.add("C2:C7", CellIsRule(operator="greaterThanOrEqual", formula=["0.9"], fill=fill["C6EFCE"]))
    rules.add("C2:C7", CellIsRule(operator="between", formula=["0.75", "0.9"], fill=fill["FFEB9C"]))
    rules.add("C2:C7", CellIsRule(operator="lessThan", formula=["0.75"], fill=fill["FFC7CE"]))
    wb.save(path)
    return path


def _answer_numbered(unit_book: Path, month: int) -> Path:
    wb = load_workbook(unit_book)
    ws = wb.active
    wanted = {text: (april, august)[month] for text, _, april, august in NUMBERED}
    for row in range(1, ws.max_row + 1):
        text = ws.cell(row, 1).value
        if text in wanted and wanted[text] is not None:
            ws.cell(row, 3).value = wanted[text]
            ws.cell(row, 4).value = "Se analysen."
    wb.save(unit_book)
    return unit_book


def test_a_year_of_numbers_coloured_by_the_sheets_rules(tmp_path: Path) -> None:
    """April: KS and BUN answer with numbers, SN does not: green 2 (95 %, 100 %), yellow 1 (80 %),
    red 1 (60 %), missing 2; Historik says each collected number's status. August (next-period, the
    rules stay; the units' workbooks carry them): green 4 (97, 92, 99, 90 %), yellow 1 (78 %), red 1
    (50 %); since April two better (80→92, 60→78), one worse (100→99 % stays green: none). The units'
    e-mail copies consolidate with the same colours."""
    master = _numbered_master(tmp_path / "indikatorer.xlsx")
    assert counts(actions.check(master).report) == (0, 0, 0, 6)
    sent = actions.send(master, tmp_path / "april")
    units = unit_files(sent)
    assert set(units) == {"KS", "BUN", "SN"}
    ks = load_workbook(units["KS"])["Indikatorer"]
    assert (
        not ks.data_validations.dataValidation and ks.conditional_formatting
    )  # a number, the master's rules
    answers = tmp_path / "april-svar"
    answers.mkdir()
    for unit in ("KS", "BUN"):
        shutil.copy(_answer_numbered(units[unit], 0), answers / units[unit].name)
    april = actions.collect(master, [answers]).written
    assert april is not None
    assert counts(actions.check(april).report) == (2, 1, 1, 2)
    history = {
        row[4]: row[5] for row in load_workbook(april)["Historik"].iter_rows(min_row=2, values_only=True)
    }
    assert history == {
        "Andel nöjda brukare": "grön",
        "Handläggningstid bygglov": "gul",
        "Behöriga till gymnasiet": "röd",
        "Närvaro i grundskolan": "grön",
    }
    assert main(["run", str(april), "-o", str(tmp_path / "april-klar.xlsx")]) == 0
    klar = load_workbook(tmp_path / "april-klar.xlsx")
    assert counts(actions.check(tmp_path / "april-klar.xlsx").report) == (2, 1, 1, 2)
    assert klar["Indikatorer"]["C2"].number_format == "0%"  # the user's format and rules stay
    assert klar["Indikatorer"].conditional_formatting

    august = next_period(tmp_path / "april-klar.xlsx", tmp_path / "augusti.xlsx", "augusti 2026").written
    assert counts(actions.check(august).report) == (0, 0, 0, 6)
    units = unit_files(actions.send(august, tmp_path / "augusti-utskick"))
    answers = tmp_path / "augusti-svar"
    answers.mkdir()
    for book in units.values():
        shutil.copy(_answer_numbered(book, 1), answers / book.name)
    collected = actions.collect(august, [answers]).written
    assert collected is not None
    assert main(["run", str(collected), "-o", str(tmp_path / "augusti-klar.xlsx")]) == 0
    klar_august = tmp_path / "augusti-klar.xlsx"
    assert counts(actions.check(klar_august).report) == (4, 1, 1, 0)
    change = actions.check(klar_august).report.change
    assert change is not None and (len(change.improved), len(change.worse)) == (2, 0)

    by_unit = _consolidated_copies(answers, tmp_path)
    assert by_unit == {"KS": (2, 0, 0, 0), "BUN": (1, 1, 0, 0), "SN": (1, 0, 1, 0)}


# --- a fourth year: a status column per year, the years typed as numbers ---------------------------
PER_YEAR = [  # goal, committee, 2024 (the finished year), 2025's answer (None: no answer)
    ("Andelen elever som fullföljer gymnasiet ska öka", "BUN", "Grön", "Gul"),
    ("Fler barn ska gå i förskola", "BUN", "Gul", "Grön"),
    ("Sjukfrånvaron bland medarbetarna ska minska", "KS", "Röd", "Gul"),
    ("Utsläppen av växthusgaser ska minska", "KS", "Gul", "Gul"),
    ("Nöjdheten med hemtjänsten ska vara hög", "SN", "Grön", None),
]


def _per_year_master(path: Path) -> Path:
    """ "Mål | Nämnd | 2024 | 2025 | Kommentar": a column of statuses per year, the years typed as
    numbers as Excel keeps them, 2024 filled, 2025 empty (the year to follow up)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Mål", "Nämnd", 2024, 2025, "Kommentar"])
    for goal, unit, done, _ in PER_YEAR:
        ws.append([goal, unit, done, None, "Som planerat."])
    wb.save(path)
    return path


def _answer_per_year(unit_book: Path) -> Path:
    wb = load_workbook(unit_book)
    ws = wb.worksheets[0]
    col = next(c.column for c in ws[1] if c.value in (2025, "2025"))
    wanted = {goal: answer for goal, _, _, answer in PER_YEAR}
    for row in range(2, ws.max_row + 1):
        goal = ws.cell(row, 1).value
        if wanted.get(goal) is not None:
            ws.cell(row, col).value = wanted[goal]
    wb.save(unit_book)
    return unit_book


def test_a_year_of_a_status_column_per_year(tmp_path: Path) -> None:
    """2024 is read (the latest year with statuses), 2023's absence unsaid. next-period 2025 goes on
    in the 2025 column (not emptying 2024, whose statuses the columns were found by: the next check
    read 2024 again and compared it with itself); sent to BUN, KS and SN; BUN and KS answer, SN does
    not: green 1, yellow 3, red 0, missing 1; since 2024 one better (KS's sjukfrånvaro), one worse
    (BUN's gymnasiet), one better (BUN's förskola). The summary names 2024 as passed; the remote engine
    counts the same; the units' e-mail copies consolidate; next-period 2026 adds the column "2026"."""
    master = _per_year_master(tmp_path / "mal.xlsx")
    first = actions.check(master).report
    assert first.layout.header_of(first.layout.columns["status"]) == "2024"
    assert counts(first) == (2, 2, 1, 0)

    new = next_period(master, tmp_path / "2025.xlsx", "2025")
    assert new.written is not None and new.facts.column == "2025" and not new.facts.added
    fresh = actions.check(new.written).report
    assert fresh.layout.header_of(fresh.layout.columns["status"]) == "2025" and counts(fresh) == (0, 0, 0, 5)
    assert [c.value for c in load_workbook(new.written)["Mål"]["C"]][1:] == [d for _, _, d, _ in PER_YEAR]

    units = unit_files(actions.send(new.written, tmp_path / "utskick"))
    assert set(units) == {"BUN", "KS", "SN"}
    answers = tmp_path / "svar"
    answers.mkdir()
    for unit in ("BUN", "KS"):
        shutil.copy(_answer_per_year(units[unit]), answers / units[unit].name)
    collected = actions.collect(new.written, [answers]).written
    assert collected is not None
    assert main(["run", str(collected), "-o", str(tmp_path / "2025-klar.xlsx")]) == 0
    klar = tmp_path / "2025-klar.xlsx"
    report = actions.check(klar).report
    assert counts(report) == (1, 3, 0, 1)
    change = report.change
    assert change is not None and (len(change.improved), len(change.worse)) == (2, 1)
    summary = [c.value for r in load_workbook(klar)["Sammanställning"].iter_rows() for c in r]
    assert any(isinstance(v, str) and "”2025”" in v and "”2024”" in v for v in summary)

    from helpers import remote_book

    assert counts(actions.run_live(remote_book(klar), "all").report) == (1, 3, 0, 1)

    copies = tmp_path / "epostkopior"
    copies.mkdir()
    for book in answers.iterdir():
        export(book, copies / f"{book.stem}-epost.xlsx")
    region = consolidate([copies], tmp_path / "region.xlsx")
    by_unit = {name: (c["green"], c["yellow"], c["red"], c["missing"]) for name, c in region.by_unit.items()}
    assert by_unit == {"BUN": (1, 1, 0, 0), "KS": (0, 2, 0, 0)}

    later = next_period(klar, tmp_path / "2026.xlsx", "2026")
    assert later.written is not None and later.facts.added and later.facts.column == "2026"
    after = actions.check(later.written).report
    assert after.layout.header_of(after.layout.columns["status"]) == "2026" and counts(after) == (0, 0, 0, 5)


# --- a fifth year: a table without a header, the assessment left of each goal ---------------------
HEADERLESS = [  # goal, April's assessment, August's
    ("Miljöcertifierade företag", "Målet har inte uppnåtts", "Målet har delvis uppnåtts"),
    ("Cykelvägar", "Målet har delvis uppnåtts", "Målet har delvis uppnåtts"),
    ("Ekologiska livsmedel", "Målet har uppnåtts", "Målet har uppnåtts"),
    ("Miljömärkta varor", "Målet har delvis uppnåtts", "Målet har inte uppnåtts"),
    ("Kollektivtrafik", "Målet har uppnåtts", "Målet har uppnåtts"),
]


def _headerless_master(path: Path) -> Path:
    """Järfälla's shape: a title, a blank row, a heading, then each goal's assessment left of its
    name and a trend right of it; no header row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Miljömål"
    ws.append(["Uppföljning av miljömålen 2026"])
    ws.append([])
    ws.append(["Effektmål för kommunen"])
    for goal, april, _ in HEADERLESS:
        ws.append([april, goal, "↑"])
    wb.save(path)
    return path


def _answer_headerless(unit_book: Path, month: int) -> Path:
    wb = load_workbook(unit_book)
    ws = wb.worksheets[0]
    wanted = {goal: (april, august)[month] for goal, april, august in HEADERLESS}
    for row in range(1, ws.max_row + 1):
        goal = ws.cell(row, 2).value
        if goal in wanted:
            ws.cell(row, 1).value = wanted[goal]
    wb.save(unit_book)
    return unit_book


def test_a_year_of_a_table_without_a_header(tmp_path: Path) -> None:
    """April as the master says: green 2, yellow 2, red 1. next-period names the sheet, header row and
    columns in the settings (the emptied statuses can no longer tell them) and the reading says so;
    sent, answered, collected, run: August green 2, yellow 2, red 1, since April one better
    (certifierade företag), one worse (miljömärkta varor), the trend's arrows never counted. The
    remote engine counts the same; the unit's e-mail copy consolidates."""
    from xlfollow.core.reading import reading_lines

    master = _headerless_master(tmp_path / "miljo.xlsx")
    april = actions.check(master).report
    assert not april.layout.headers and counts(april) == (2, 2, 1, 0)
    assert main(["run", str(master), "-o", str(tmp_path / "april-klar.xlsx")]) == 0

    august = next_period(tmp_path / "april-klar.xlsx", tmp_path / "augusti.xlsx", "augusti 2026").written
    assert august is not None
    fresh = actions.check(august).report
    assert counts(fresh) == (0, 0, 0, 5)
    assert any("inställningsbladet xlfollow anger" in line for line in reading_lines(fresh))
    (unit,) = unit_files(actions.send(august, tmp_path / "utskick")).values()
    answers = tmp_path / "svar"
    answers.mkdir()
    shutil.copy(_answer_headerless(unit, 1), answers / unit.name)
    collected = actions.collect(august, [answers]).written
    assert collected is not None
    assert main(["run", str(collected), "-o", str(tmp_path / "augusti-klar.xlsx")]) == 0
    klar = tmp_path / "augusti-klar.xlsx"
    report = actions.check(klar).report
    assert counts(report) == (2, 2, 1, 0)
    assert [i.text for i in report.items] == [goal for goal, _, _ in HEADERLESS]
    change = report.change
    assert change is not None and (len(change.improved), len(change.worse)) == (1, 1)

    from helpers import remote_book

    assert counts(actions.run_live(remote_book(klar), "all").report) == (2, 2, 1, 0)

    copies = tmp_path / "epostkopior"
    copies.mkdir()
    export(answers / unit.name, copies / "miljo-epost.xlsx")
    region = consolidate([copies], tmp_path / "region.xlsx")
    assert region.rollup.items == 5
    assert (region.rollup.status["green"], region.rollup.status["red"]) == (2, 1)


ONE_COLUMN = "90_goteborg-miljo-och-klimatprogram-uppfoljning-mal-block-2025"
ASSESSMENT = {  # the report's scale (miljöförvaltningen 2025:13)
    Status.GREEN: "På rätt väg",
    Status.YELLOW: "Kräver kraftfulla insatser",
    Status.RED: "Kräver systemomställning",
}


def test_a_year_of_blocks_in_one_column(tmp_path: Path) -> None:
    """Göteborg's miljö- och klimatprogram 2025 (fixture 90) kept as it was published, blocks in one
    column whose assessment follows "Bedömning:" in the cell: April green 2, yellow 8, red 5.
    next-period leaves each block its label "Bedömning:" (the block printed without it gets it);
    the office writes August's assessments after the labels, the first red block yellow and the
    first green one yellow: green 1, yellow 10, red 4, since April one better and one worse (from
    Historik). send refuses blocks in one line; the remote engine counts the same; consolidate
    reads the book as a unit; December's next-period empties the assessments again."""
    from xlfollow.core.errors import InputError

    layouts = Path(__file__).resolve().parent / "data" / "layouts"
    master = tmp_path / "miljo.xlsx"
    shutil.copy(layouts / f"{ONE_COLUMN}.xlsx", master)
    assert main(["run", str(master), "-o", str(tmp_path / "april-klar.xlsx")]) == 0
    april = actions.check(tmp_path / "april-klar.xlsx").report
    assert counts(april) == (2, 8, 5, 0)

    august = next_period(tmp_path / "april-klar.xlsx", tmp_path / "augusti.xlsx", "augusti 2026").written
    assert august is not None
    fresh = actions.check(august).report
    assert counts(fresh) == (0, 0, 0, 15) and [i.row for i in fresh.items] == [i.row for i in april.items]
    wb = load_workbook(august)
    ws = wb.worksheets[0]
    assert [ws.cell(i.row, 1).value for i in fresh.items] == ["Bedömning:"] * 15
    wanted = [i.status for i in april.items]
    wanted[wanted.index(Status.RED)] = Status.YELLOW
    wanted[wanted.index(Status.GREEN)] = Status.YELLOW
    for item, status in zip(fresh.items, wanted, strict=True):
        ws.cell(item.row, 1).value = f"Bedömning: {ASSESSMENT[status]}"
    wb.save(august)

    with pytest.raises(InputError) as refused:
        actions.send(august, tmp_path / "utskick")
    assert "\n" not in refused.value.message() and "Traceback" not in refused.value.message()

    klar = tmp_path / "augusti-klar.xlsx"
    assert main(["run", str(august), "-o", str(klar)]) == 0
    report = actions.check(klar).report
    assert counts(report) == (1, 10, 4, 0)
    assert [i.text for i in report.items] == [i.text for i in april.items]
    change = report.change
    assert change is not None and (len(change.improved), len(change.worse)) == (1, 1)

    from helpers import remote_book

    assert counts(actions.run_live(remote_book(klar), "all").report) == (1, 10, 4, 0)

    units = tmp_path / "enheter"
    units.mkdir()
    shutil.copy(klar, units / "miljo-augusti.xlsx")
    region = consolidate([units], tmp_path / "region.xlsx")
    assert region.rollup.items == 15
    assert (region.rollup.status["green"], region.rollup.status["red"]) == (1, 4)

    december = next_period(klar, tmp_path / "december.xlsx", "december 2026").written
    assert december is not None
    assert counts(actions.check(december).report) == (0, 0, 0, 15)
    ws = load_workbook(december).worksheets[0]
    assert [ws.cell(i.row, 1).value for i in fresh.items] == ["Bedömning:"] * 15


AUGUST_MARKS = {  # control -> the step each unit marks in August (C Uppfyllt, D Delvis, E Ej uppfyllt)
    "Attest av leverantörsfakturor": "C",
    "Delegationsbeslut anmäls i tid": "C",  # Delvis in April: better
    "Avtalstrohet vid inköp": "D",  # Ej uppfyllt in April: better
    "Representation enligt riktlinje": "E",  # Uppfyllt in April: worse
    "Löneutbetalningar kontrolleras": "E",  # no mark in April
    "Behörigheter i verksamhetssystem": "D",
}


def test_a_year_of_marks_under_a_scale(tmp_path: Path) -> None:
    """An internal-control follow-up whose status is an X under "Uppfyllt | Delvis uppfyllt | Ej
    uppfyllt" (core/scale.py; tests/test_scale.py). April as the master says: green 2, yellow 2,
    red 1, one without a mark. next-period empties every mark and the round still reads; sent to the
    three committees, each marks its rows (AUGUST_MARKS, with a check mark of its own), collected
    (the master's own "X" written under the step answered), run: August green 2, yellow 2, red 2;
    since April two better, one worse (from Historik). The buttons' engine counts the same; a
    unit's e-mail copy consolidates; December's next-period empties the marks again."""
    from helpers import build_scale_book as build
    from helpers import scale_marks as marks

    master = build(tmp_path / "internkontroll.xlsx")
    assert main(["run", str(master), "-o", str(tmp_path / "april-klar.xlsx")]) == 0
    april = actions.check(tmp_path / "april-klar.xlsx").report
    assert counts(april) == (2, 2, 1, 1) and april.layout.scale == (3, 4, 5)

    august = next_period(tmp_path / "april-klar.xlsx", tmp_path / "augusti.xlsx", "augusti 2026").written
    assert august is not None
    assert counts(actions.check(august).report) == (0, 0, 0, 6)
    files = unit_files(actions.send(august, tmp_path / "utskick"))
    assert sorted(files) == ["Kommunstyrelsen", "Socialnämnden", "Tekniska nämnden"]
    answers = tmp_path / "svar"
    answers.mkdir()
    for workbook in files.values():
        wb = load_workbook(workbook)
        ws = wb["Internkontroll"]
        for row in range(4, ws.max_row + 1):
            step = AUGUST_MARKS.get(ws.cell(row, 1).value)
            if step is not None:
                ws[f"{step}{row}"] = "✓"
        wb.save(answers / workbook.name)
    collected = actions.collect(august, [answers]).written
    assert collected is not None
    wanted = [tuple("X" if AUGUST_MARKS[c] == s else None for s in "CDE") for c in AUGUST_MARKS]
    assert marks(collected) == wanted

    klar = tmp_path / "augusti-klar.xlsx"
    assert main(["run", str(collected), "-o", str(klar)]) == 0
    report = actions.check(klar).report
    assert counts(report) == (2, 2, 2, 0)
    change = report.change
    assert change is not None and (len(change.improved), len(change.worse)) == (2, 1)

    from helpers import remote_book

    assert counts(actions.run_live(remote_book(klar), "all").report) == (2, 2, 2, 0)

    copies = tmp_path / "epostkopior"
    copies.mkdir()
    export(answers / files["Socialnämnden"].name, copies / "social-epost.xlsx")
    region = consolidate([copies], tmp_path / "region.xlsx")
    assert region.rollup.items == 2
    assert (region.rollup.status["yellow"], region.rollup.status["red"]) == (1, 1)

    december = next_period(klar, tmp_path / "december.xlsx", "december 2026").written
    assert december is not None
    assert marks(december) == [(None, None, None)] * 6
    assert counts(actions.check(december).report) == (0, 0, 0, 6)


NAP2 = "116_us-ogp-nap2-final-self-assessment-completion-level-2016"


def test_a_year_of_a_published_self_assessment_marked_under_a_scale(tmp_path: Path) -> None:
    """The US end-of-term self-assessment of its second OGP action plan (fixture 116) as published:
    26 commitments, each "Completion level" a mark under "Not started | Limited | Substantial |
    Completed". The first round as counted by hand: green 13, yellow 13. next-period empties every
    mark and keeps each block's steps row; the office marks the next round as before, but the first
    yellow commitment under Completed and the first green one under Limited: still 13 and 13, one
    better and one worse since the last round (from Historik). The buttons' engine counts the same,
    consolidate reads the book as a unit, and the round after empties the marks again."""
    layouts = Path(__file__).resolve().parent / "data" / "layouts"
    master = tmp_path / "nap2.xlsx"
    shutil.copy(layouts / f"{NAP2}.xlsx", master)
    assert main(["run", str(master), "-o", str(tmp_path / "2016-klar.xlsx")]) == 0
    first = actions.check(tmp_path / "2016-klar.xlsx").report
    assert counts(first) == (13, 13, 0, 0) and first.layout.scale == (2, 3, 4, 5)

    again = next_period(tmp_path / "2016-klar.xlsx", tmp_path / "2017.xlsx", "2017").written
    assert again is not None
    fresh = actions.check(again).report
    assert counts(fresh) == (0, 0, 0, 26) and [i.row for i in fresh.items] == [i.row for i in first.items]
    wb = load_workbook(again)
    ws = wb.worksheets[0]
    assert all(ws.cell(i.row, c).value is None for i in fresh.items for c in (2, 3, 4, 5))
    better = next(i for i in first.items if i.status is Status.YELLOW)
    worse = next(i for i in first.items if i.status is Status.GREEN)
    for item in first.items:
        col = 5 if item is better else 3 if item is worse else item.col
        ws.cell(item.row, col).value = "✓"
    wb.save(again)

    klar = tmp_path / "2017-klar.xlsx"
    assert main(["run", str(again), "-o", str(klar)]) == 0
    report = actions.check(klar).report
    assert counts(report) == (13, 13, 0, 0)
    change = report.change
    assert change is not None and (len(change.improved), len(change.worse)) == (1, 1)
    assert load_workbook(klar).worksheets[0].cell(better.row, 5).fill.fgColor.rgb == "FFC6EFCE"

    from helpers import remote_book

    assert counts(actions.run_live(remote_book(klar), "all").report) == (13, 13, 0, 0)

    units = tmp_path / "enheter"
    units.mkdir()
    shutil.copy(klar, units / "nap2-2017.xlsx")
    region = consolidate([units], tmp_path / "region.xlsx")
    assert region.rollup.items == 26
    assert (region.rollup.status["green"], region.rollup.status["yellow"]) == (13, 13)

    after = next_period(klar, tmp_path / "2018.xlsx", "2018").written
    assert after is not None
    assert counts(actions.check(after).report) == (0, 0, 0, 26)
