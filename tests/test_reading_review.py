"""The second review's workbooks (issue 19's reading rules, tests/data/review/, built by the reviewer
to attack them): each read as the reading before those rules read it, which was right.

- a title or a "Nämnd: | Socialnämnden" row above a table found by its values is no header (an
  empty cell above the status column is a candidate only right above statuses);
- "Nämndens mål" beside "Aktivitet" is the goal, not the item (a second goal column is the item
  only when no column names one);
- goal rows shaded across the table, a forgotten item text under a repeated goal and strategic
  goals with a status above their success factors stay missing items, not items counted;
- "Röd – med avvikelse" is red (a note that qualifies a deviation does not overturn a red)."""

from __future__ import annotations

from pathlib import Path

import pytest

from xlfollow import actions
from xlfollow.core.models import Severity

REVIEW = Path(__file__).resolve().parent / "data" / "review"
AS_BEFORE = [
    ("g2_meta_rows", 4, {"green": 2, "yellow": 1, "red": 1}, set()),
    ("g_title_above", 4, {"green": 2, "yellow": 1, "red": 1}, set()),
    ("n_namndens_mal_aktivitet", 4, {"green": 2, "yellow": 1, "red": 1}, set()),
    ("c_goal_shaded_green", 4, {"green": 2, "yellow": 1, "red": 1}, {"missing-item"}),
    ("c_goal_shaded_orange", 4, {"green": 2, "yellow": 1, "red": 1}, {"missing-item"}),
    ("n3_forgotten_item", 2, {"green": 2}, {"missing-item"}),
    ("a_goal_status_and_items", 4, {"green": 2, "yellow": 1, "red": 1}, {"missing-item"}),
]


@pytest.mark.parametrize(("name", "items", "counts", "errors"), AS_BEFORE, ids=[c[0] for c in AS_BEFORE])
def test_read_as_before_the_new_rules(
    name: str, items: int, counts: dict[str, int], errors: set[str]
) -> None:
    result = actions.check(REVIEW / f"{name}.xlsx")
    assert result.rollup.items == items
    assert {k: v for k, v in result.rollup.status.items() if v} == counts
    assert {i.code for i in result.report.issues if i.severity is Severity.ERROR} == errors


def test_a_red_with_a_deviation_noted_is_red() -> None:
    report = actions.check(REVIEW / "f_enligt_plan.xlsx").report
    said = {i.status_value: i.status for i in report.items if isinstance(i.status_value, str)}
    assert said["Röd – med avvikelse"] is not None and said["Röd – med avvikelse"].value == "red"
    assert said["Enligt plan"] is not None and said["Enligt plan"].value == "green"
    assert said.get("Ej enligt plan", "absent") is None  # not green: unknown, on Kontroll


# --- the third review's workbooks (the reading rules of the second batch of published layouts) ------
def _book(
    path: Path, rows: list[list[object]], settings: list[tuple[str, object]] | None = None, **kw
) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = kw.get("sheet", "Uppföljning")
    for row in rows:
        ws.append(list(row))
    for ref, rgb in kw.get("fills", {}).items():
        ws[ref].fill = PatternFill("solid", fgColor=rgb)
    for merged in kw.get("merges", ()):
        ws.merge_cells(merged)
    if settings:
        own = wb.create_sheet("xlfollow")
        for line in settings:
            own.append(list(line))
    wb.save(path)
    return path


GOALS = [["Fler i arbete"], ["Nöjda brukare"], ["Minskad sjukfrånvaro"], ["Trygg skola"], ["Budget i balans"]]
ACTS = ["Utöka jobbtorget", "Fler feriejobb", "Praktikplatser i kommunen", "Dialogmöten med brukare"]
ACTS += ["Brukarenkät i hemtjänsten", "Trygghetsvandringar", "Ny skolskjuts", "Budgetuppföljning varje månad"]
THIRD_REVIEW = {
    # a dash means what the user's settings or the sheet's legend say; alone, no assessment
    "plus_minus_scale": (
        [["Mål", "Bedömning"], *[[g[0], s] for g, s in zip(GOALS, ["+", "0", "-", "-", "+"], strict=True)]],
        [("status.+", "grön"), ("status.0", "gul"), ("status.-", "röd")],
        {},
        {"green": 2, "yellow": 1, "red": 2},
    ),
    "dash_set_as_not_applicable": (
        [
            ["Mål", "Status"],
            *[[g[0], s] for g, s in zip(GOALS, ["Grön", "Röd", "-", "-", "Gul"], strict=True)],
        ],
        [("status.-", "ej aktuell")],
        {},
        {"green": 1, "yellow": 1, "red": 1, "not_applicable": 2},
    ),
    "dash_in_the_legend": (
        [
            ["Mål", "Status", None, "Teckenförklaring", None],
            ["Fler i arbete", "Grön", None, "–", "Ej aktuellt"],
            ["Nöjda brukare", "Röd", None, "Grön", "Uppfyllt"],
            ["Minskad sjukfrånvaro", "–"],
            ["Trygg skola", "–"],
            ["Budget i balans", "Gul"],
        ],
        None,
        {},
        {"green": 1, "yellow": 1, "red": 1, "not_applicable": 2},
    ),
    "dash_alone": (
        [
            ["Mål", "Status"],
            *[[g[0], s] for g, s in zip(GOALS, ["Grön", "Röd", "-", "..", "Gul"], strict=True)],
        ],
        None,
        {},
        {"green": 1, "yellow": 1, "red": 1, "missing": 2},
    ),
    # an unassessed item above a header repeated on the next page stays an item
    "repeat_after_an_unassessed_item": (
        [
            ["Framgångsfaktor", "Läge", "Kommentar"],
            ["Fler i arbete", "Grön", "Bra"],
            ["Nöjda brukare", "Gul", "Bättre"],
            ["Trygg skola", None, None],
            ["Framgångsfaktor", "Läge", "Kommentar"],
            ["Budget i balans", "Röd", "Underskott"],
            ["Låg sjukfrånvaro", "Grön", None],
        ],
        None,
        {},
        {"green": 2, "yellow": 1, "red": 1, "missing": 1},
    ),
    # numbered actions and sub-goals keep their text column as the item
    "numbered_actions": (
        [
            ["Mål", "Åtgärd", "Beskrivning", "Status"],
            ["Fler i arbete", 1, "Utöka jobbtorget", "Klar"],
            [None, 2, "Fler feriejobb", "Pågår"],
            [None, 3, "Praktikplatser i kommunen", "Ej påbörjad"],
            ["Nöjda brukare", 4, "Dialogmöten", "Klar"],
            [None, 5, "Brukarenkät", "Försenad"],
            ["Trygg skola", 6, "Trygghetsvandringar", "Klar"],
        ],
        None,
        {"merges": ["A2:A4", "A5:A6"]},
        {"green": 3, "yellow": 2, "red": 1},  # "Ej påbörjad" red (GÖTEBORG UPPDRAG 2023-2025)
    ),
    "numbered_sub_goals": (
        [
            ["Delmål", "Beskrivning", "Läge"],
            [1.1, "Fler i arbete", "Grön"],
            [1.2, "Fler feriejobb", "Gul"],
            [2.1, "Nöjda brukare", "Röd"],
            [2.2, "Trygg skola", "Grön"],
            [3.1, "Budget i balans", "Grön"],
        ],
        None,
        {},
        {"green": 3, "yellow": 1, "red": 1},
    ),
    # "Actions" taken beside the goals are no item column; "Mål och resultat" is the goal
    "actions_taken_beside_goals": (
        [
            ["Goal", "Actions", "Status"],
            ["Residents feel safe", "Two new CCTV cameras", "On track"],
            ["More people walk and cycle", None, "Off track"],
            ["Cleaner streets", "Extra cleansing round", "On track"],
            ["Affordable homes", None, "Not started"],
            ["Lower carbon emissions", "LED lighting in two depots", "On track"],
        ],
        None,
        {"sheet": "Plan"},
        {"green": 3, "red": 2},  # "Not started" red (US OGP NAP5 2024)
    ),
    "mal_och_resultat": (
        [
            ["Mål och resultat", "Bedömning"],
            *[[g[0], s] for g, s in zip(GOALS[:4], ["Grön", "Gul", "Röd", "Grön"], strict=True)],
        ],
        None,
        {},
        {"green": 2, "yellow": 1, "red": 1},
    ),
    # a scale under a header no synonym names is the status beside a column of unit codes
    "scale_beside_unit_codes": (
        [
            ["Insats", "Enhet", "Självskattning"],
            *[
                [a, u, s]
                for a, u, s in zip(
                    ACTS,
                    ["KS", "KS", "BUN", "BUN", "KS", "BUN", "BUN", "KS"],
                    ["Helt", "Delvis", "Inte alls", "Helt", "Delvis", "Helt", "Inte alls", "Delvis"],
                    strict=True,
                )
            ],
        ],
        None,
        {},
        {"unknown": 8},
    ),
}
REFUSED = {
    # prose under "Resultat och analys" is no outcome to compute a status from
    "prose_outcome": [
        ["Mål", "Indikator", "Målvärde", "Resultat och analys"],
        [
            "Fler i arbete",
            "Andel i arbete",
            "Minst 80 %",
            "Från 76 % år 2022 har andelen ökat till 82 % år 2023.",
        ],
        ["Nöjda brukare", "Nöjd kund-index", "Minst 85", "Förra året 90, i år sjönk index till 79."],
        ["Trygg skola", "Andel trygga", "Minst 90 %", "92 %"],
    ],
    # a category or a notes column beside a colour-only status is no status column
    "category_beside_colours": [
        ["Åtgärd", "Kategori", "Signal"],
        *[[a, c, None] for a, c in zip(ACTS, "ABACBACA", strict=True)],
    ],
    # a trend column with a stray word is still a trend, never the status
    "trend_with_a_stray_word": [
        ["Indikator", "Pil"],
        *[
            [a, t]
            for a, t in zip(
                ACTS, ["Upp", "Ned", "Lika", "Upp", "Ingen data", "Ned", "Upp", "Lika"], strict=True
            )
        ],
    ],
    "notes_beside_colours": [
        ["Åtgärd", "Uppföljning", "Signal"],
        *[
            [a, n, None]
            for a, n in zip(
                ACTS, (["Se ovan", "Klar", "Se ovan", "Klar", "Ingen kommentar"] * 2)[:8], strict=True
            )
        ],
    ],
}


@pytest.mark.parametrize("name", list(THIRD_REVIEW))
def test_the_third_reviews_workbooks_read_as_they_should(name: str, tmp_path: Path) -> None:
    rows, settings, extra, counts = THIRD_REVIEW[name]
    book = _book(tmp_path / f"{name}.xlsx", rows, settings, **extra)
    result = actions.check(book)
    assert {k: v for k, v in result.rollup.status.items() if v} == counts


@pytest.mark.parametrize("name", list(REFUSED))
def test_the_third_reviews_workbooks_that_are_refused(name: str, tmp_path: Path) -> None:
    from xlfollow.core.errors import InputError

    book = _book(tmp_path / f"{name}.xlsx", REFUSED[name])
    with pytest.raises(InputError):
        actions.check(book)


def test_a_period_header_over_coloured_cells_stops_a_computed_status(tmp_path: Path) -> None:
    from xlfollow.core.errors import InputError

    rows = [
        ["Indikator", "Målvärde", "Utfall", "T2 2024"],
        ["Godkända betyg", "Minst 85 %", "84 %", None],
        ["Nöjd medborgarindex", "Minst 60", "61", None],
        ["Sjukfrånvaro", "Högst 6 %", "6,3 %", None],
    ]
    book = _book(tmp_path / "t2.xlsx", rows, fills={"D2": "FFFF00", "D3": "00B050", "D4": "FFFF00"})
    # not computed: the coloured cells under the period are the status (a table kept by colour)
    report = actions.check(book).report
    assert not report.layout.computed and report.layout.by_fill
    assert [i.status.value for i in report.items if i.status] == ["yellow", "green", "yellow"]
    # and where the settings say the status is never a colour: refused, as before
    with pytest.raises(InputError):
        actions.check(_book(tmp_path / "t3.xlsx", rows, [("status_by", "text")], fills={"D2": "FFFF00"}))


def test_a_prose_outcome_is_not_computed_and_says_why(tmp_path: Path) -> None:
    rows = [
        ["Mått", "Målvärde", "Utfall"],
        ["Andel i arbete", "Minst 80 %", "Andelen ökade till 78 % från 76 % året innan enligt SCB."],
        ["Nöjd kund-index", "Minst 85", "88"],
    ]
    result = actions.check(_book(tmp_path / "prosa.xlsx", rows))
    assert result.report.layout.computed
    assert [i.status.value for i in result.report.items if i.status] == ["missing", "green"]
    (issue,) = [i for i in result.report.issues if i.code == "status-not-computed"]
    assert "är en text med flera tal" in issue.message("sv")


def test_an_unknown_number_is_shown_as_written_and_told_once_how_numbers_read(tmp_path: Path) -> None:
    """The sixth review: 1234567 was shown as ”1.23457e+06” (a status. line that never matches),
    2.5 as ”2.5” beside the issue's ”2,5”; the advice came once per number."""
    from openpyxl import Workbook

    from xlfollow.core.reading import reading_lines

    wb = Workbook()
    ws = wb.active
    for row in (
        ["Mål", "Läge"],
        ["Fler i arbete", 1234567],
        ["Färre vräkningar", 2.5],
        ["Mer återbruk", "Grön"],
    ):
        ws.append(row)
    wb.save(tmp_path / "t.xlsx")
    lines = reading_lines(actions.check(tmp_path / "t.xlsx").report)
    big = next(line for line in lines if line.startswith("”1234567”"))
    small = next(line for line in lines if line.startswith("”2,5”"))
    assert "status.1234567 = grön" in big and "threshold.grön" in big
    assert "threshold" not in small  # told once
