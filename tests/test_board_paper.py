"""The board paper as a committee reads it (issue 21): each report kind's summary and Word report,
and the region's, printed by LibreOffice and read back with pdftotext, hold none of the slips a
controller had to edit by hand. The rules come from Språkrådet's style guides for public writing;
each has its source, a pattern that finds the slip and an example of the slip it finds (so a rule
that could never match is seen)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.consolidate import consolidate

from libreoffice import SOFFICE

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SOFFICE is None or PDFTOTEXT is None, reason="LibreOffice or poppler-utils is not installed"
    ),
]

MS = "Myndigheternas skrivregler (Språkrådet, 9:e uppl. 2014)"
SS = "Svenska skrivregler (Språkrådet, 4:e uppl. 2017)"
# (rule, source, pattern of a slip, a slip it must find)
STYLE_RULES: list[tuple[str, str, str, str]] = [
    (
        "numbers up to twelve in words where things are counted in running text",
        f"{MS}, 9.1 'Skriv ut talen ett till tolv med bokstäver'",
        r"\b(?:[1-9]|1[0-2]) (?:fel|varningar?|poster?|enheter?|celler?|framgångsfaktor(?:er)?|"
        r"aktiva mål|resultatmål|handlingsplaner?)\b(?! *\d)",
        "Underlag: bladet ”Data”, 8 poster",
    ),
    (
        "a space before the per cent sign",
        f"{SS}, 12.4 (procenttecknet skrivs med mellanrum: 17 %); {MS}, 9.6",
        # two digits or more: pdftotext drops the (printed) space after a lone digit, '6 %' -> '6%'
        r"\d\d%",
        "17%",
    ),
    (
        "a sentence does not start with a digit",
        f"{MS}, 9.1 'Börja inte en mening med siffror'",
        r"(?:^|[.!?] )\d+ (?:av|fel|varningar|poster|enheter|framgångsfaktorer|mål)\b",
        "6 fel och 0 varningar i b.xlsx.",
    ),
    (
        "the colour word agrees with 'läget' (neuter)",
        f"{SS}, 8 (adjektivets kongruens: läget är rött)",
        r"\b[Ll]äget är (?:röd|gul|grön)\b",
        "Läget är röd men kommentar saknas.",
    ),
    (
        "the period in words in titles and headers, not an ISO date",
        f"{MS}, 9.10 (datum i löptext: 30 april 2017)",
        r"(?:Uppföljning[^\n]*|Period: )\d{4}-\d{2}-\d{2}",
        "Uppföljning av framgångsfaktorer – 2017-04-30",
    ),
    (
        "a period is not said twice in a heading",
        f"{MS}, 2 (klarspråk: inga upprepningar)",
        r"\b(\w+ \d{4}) – \1\b",
        "april 2018 – april 2018",
    ),
    (
        "one word for the rows the report follows up",
        f"{MS}, 3.3 (samma ord för samma sak)",
        r"(?<!”)\b[Pp]oster\b(?!”)",  # the region's sheet ”Poster” is a name
        "Röda poster (ej uppfyllda)",
    ),
]


BOOKS = ("rs2018-framgangsfaktorer.xlsx", "rs2018-aktiva-mal.xlsx", "rs2017-framgangsfaktorer.xlsx")


def test_every_rule_finds_the_slip_it_is_for() -> None:
    for rule, source, pattern, slip in STYLE_RULES:
        assert re.search(pattern, slip), (rule, source)


def _text(pdf: Path) -> str:
    done = subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def _slips(text: str, users: str) -> list[tuple[str, str]]:
    """The slips in xlfollow's own words: a match inside what the users wrote (a comment that says
    "5%") is theirs to write, quoted as written."""
    text = " ".join(text.split())
    found = []
    for rule, _, pattern, _ in STYLE_RULES:
        for match in re.finditer(pattern, text):
            start = text.rfind(" ", 0, match.start()) + 1
            end = text.find(" ", match.end())
            near = _plain(text[start : end if end >= 0 else len(text)])  # the words the match is in
            if near not in users:
                found.append((rule, text[max(0, match.start() - 40) : match.end() + 20]))
    return found


def _users_words(books: list[Path]) -> str:
    """Every text the users wrote in ``books``, whitespace as one space."""
    from openpyxl import load_workbook

    said = []
    for book in books:
        for sheet in load_workbook(book, read_only=True).worksheets:
            for row in sheet.iter_rows(values_only=True):
                said += [" ".join(str(v).split()) for v in row if v is not None]
    return _plain("\n".join(said))


def _plain(text: str) -> str:
    """Without spaces and hyphens: pdftotext joins a word broken at a hyphen at the line's end."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """name -> the printed text of each board paper; "users" -> what the users wrote."""
    from xlfollow import examples

    folder = tmp_path_factory.mktemp("papers")
    out: dict[str, str] = {}
    for name in BOOKS:
        book = examples.EXAMPLES[name](folder / name)
        assert main(["run", str(book), "--pdf"]) in (0, 1)
        out[f"{book.stem} sammanställning"] = _text(folder / f"{book.stem}-sammanstallning.pdf")
        written = actions.write_report(book, pdf=True)
        assert written.pdf is not None, written.pdf_problem
        out[f"{book.stem} rapport"] = _text(written.pdf)
    units = actions.send(folder / "rs2017-framgangsfaktorer.xlsx", folder / "utskick")
    region = folder / "region.xlsx"
    consolidate([u for _, u, _ in units.files], region)
    assert main(["run", str(region), "--pdf"]) in (0, 1)
    out["region sammanställning"] = _text(folder / "region-sammanstallning.pdf")
    written = actions.write_report(region, pdf=True)
    assert written.pdf is not None
    out["region rapport"] = _text(written.pdf)
    out["users"] = _users_words([folder / name for name in BOOKS])
    return out


def test_the_board_papers_hold_none_of_the_slips(papers: dict[str, str]) -> None:
    users = papers["users"]
    slips = {name: _slips(text, users) for name, text in papers.items() if name != "users"}
    assert len(slips) == 8
    left = {name: found for name, found in slips.items() if found}
    said = [f"{name}: {rule}: …{where}…" for name, found in left.items() for rule, where in found]
    assert not left, "\n".join(said)


def test_the_board_papers_say_the_period_and_the_counts_in_words(papers: dict[str, str]) -> None:
    factors = " ".join(papers["rs2018-framgangsfaktorer sammanställning"].split())
    assert "Period: april 2018" in factors and "41 framgångsfaktorer" in factors
    assert "17 %" in factors  # seven of 41 green
    goals = " ".join(papers["rs2018-aktiva-mal sammanställning"].split())
    assert "åtta aktiva mål" in goals
    old = " ".join(papers["rs2017-framgangsfaktorer sammanställning"].split())
    assert "30 april 2017" in old and "2017-04-30" not in old
