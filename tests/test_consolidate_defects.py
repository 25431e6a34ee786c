"""consolidate as issue 9 found it: units counted twice, merged or mixed, the region workbook
read as a unit, a Kontroll that says "0 fel" above a row marked fel, and an empty folder that
points at messages nobody printed. Expected counts are the 2018 report's own (41 success
factors: 7 green, 29 yellow, 4 red, 1 missing; 8 active goals)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.adapters.email_copy import export
from xlfollow.cli import main
from xlfollow.consolidate import consolidate
from xlfollow.core.errors import InputError

FACTORS = "rs2018-framgangsfaktorer.xlsx"
GOALS = "rs2018-aktiva-mal.xlsx"


def _folder(tmp_path: Path, example, files: dict[str, str]) -> Path:
    folder = tmp_path / "enheter"
    folder.mkdir(exist_ok=True)
    for target, source in files.items():
        (folder / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(example(source), folder / target)
    return folder


def test_the_email_copy_beside_a_unit_is_not_a_second_unit(example, tmp_path: Path) -> None:
    folder = _folder(tmp_path, example, {"ostersund.xlsx": FACTORS})
    export(folder / "ostersund.xlsx", folder / "ostersund-epost.xlsx")
    region = consolidate([folder], tmp_path / "region.xlsx")
    counted = [u for u in region.units if u.report is not None]
    assert region.rollup.items == 41 and [u.path for u in counted] == [str(folder / "ostersund-epost.xlsx")]
    assert [u.key for u in region.units if u.report is None] == ["unit-older-copy"]  # said, not counted


def test_units_with_the_same_file_name_in_two_folders_stay_two(example, tmp_path: Path) -> None:
    a = _folder(tmp_path, example, {"norr/rapport.xlsx": FACTORS, "syd/rapport.xlsx": FACTORS})
    region = consolidate([a / "norr", a / "syd"], tmp_path / "region.xlsx")
    assert sorted(region.by_unit) == ["norr/rapport", "syd/rapport"]
    assert region.rollup.items == 82 and region.rollup.status["green"] == 14


def test_the_region_workbook_in_the_folder_is_not_read_as_a_unit(example, tmp_path: Path) -> None:
    folder = _folder(tmp_path, example, {"a.xlsx": FACTORS, "b.xlsx": FACTORS})
    consolidate([folder], folder / "region.xlsx")
    again = consolidate([folder], folder / "region.xlsx")  # written into the folder, then run again
    assert again.rollup.items == 82 and len(again.units) == 2
    consolidate([folder], tmp_path / "region2.xlsx")  # and under another name
    assert consolidate([folder], tmp_path / "region3.xlsx").rollup.items == 82


def test_a_region_workbook_still_rolls_up_on_its_own(example, tmp_path: Path, capsys) -> None:
    folder = _folder(tmp_path, example, {"a.xlsx": FACTORS})
    consolidate([folder], tmp_path / "region.xlsx")
    assert main(["rollup", str(tmp_path / "region.xlsx"), "--json"]) in (0, 1)
    assert '"items": 41' in capsys.readouterr().out


def test_a_folder_mixing_report_kinds_never_counts_goals_as_factors(example, tmp_path: Path) -> None:
    folder = _folder(tmp_path, example, {"a.xlsx": FACTORS, "b.xlsx": FACTORS, "c.xlsx": GOALS})
    region = consolidate([folder], tmp_path / "region.xlsx")
    assert region.kind == "framgangsfaktorer" and region.rollup.items == 82
    set_aside = [u for u in region.units if u.report is None]
    assert [u.name for u in set_aside] == ["c"] and "aktiva mål," in (set_aside[0].problem or "")
    column = [c.value for c in load_workbook(tmp_path / "region.xlsx")["Sammanställning"]["A"]]
    assert any(isinstance(v, str) and v.startswith("Av de 82 framgångsfaktorerna") for v in column)
    assert column[2].startswith("Obs! Sammanställningen bygger på en arbetsbok med ett fel")


def test_a_tie_of_kinds_is_decided_by_the_first_unit_every_time(example, tmp_path: Path) -> None:
    folder = _folder(tmp_path, example, {"a.xlsx": GOALS, "b.xlsx": FACTORS})
    kinds = {consolidate([folder], tmp_path / f"r{n}.xlsx").kind for n in range(3)}
    assert kinds == {"aktiva-mal"}


def test_kontroll_counts_the_rows_it_marks_fel(example, tmp_path: Path) -> None:
    folder = _folder(tmp_path, example, {"a.xlsx": FACTORS})
    (folder / "trasig.xlsx").write_bytes(b"not a workbook")
    consolidate([folder], tmp_path / "region.xlsx")
    ws = load_workbook(tmp_path / "region.xlsx")["Kontroll"]
    marked = sum(1 for row in ws.iter_rows(min_row=5, values_only=True) if row[1] == "fel")
    assert marked == 1
    assert ws["A2"].value.startswith("Ett fel") and "En arbetsbok kunde inte användas" in ws["A2"].value


@pytest.mark.parametrize("content", ["empty", "only-broken"])
def test_nothing_to_consolidate_says_why_in_the_message_itself(tmp_path: Path, content: str, capsys) -> None:
    folder = tmp_path / "tom"
    folder.mkdir()
    if content == "only-broken":
        (folder / "trasig.xlsx").write_bytes(b"not a workbook")
    assert main(["consolidate", str(folder), "-o", str(tmp_path / "region.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "ovan" not in err and len(err.strip().splitlines()) == 1
    if content == "only-broken":
        assert "trasig" in err
    with pytest.raises(InputError):
        consolidate([folder], tmp_path / "region.xlsx")


def test_which_send_round_counts_for_a_unit() -> None:
    """choose_units on the rounds' identities alone: a round sent again for the same master and
    period is the same unit (the newest file counts); a unit of another follow-up (its own lineage)
    is another unit; a unit of an earlier period's round of the same follow-up is set aside with its
    period, even when its master had another name (next-period writes a new file, and the lineage
    line carries the follow-up on: round.lineage)."""
    from dataclasses import replace

    from xlfollow.core.region import Unit, UnitReport, choose_units
    from xlfollow.core.rollup import RollUp

    report = UnitReport("framgangsfaktorer", None, "sv", 0, 0, (), RollUp(0, {}, {}, {}, {}), ())

    def unit(path: str, master: str, period: str, sent: str, saved: float, round_id: str) -> Unit:
        return Unit(
            "RS",
            path,
            report,
            identity="RS",
            expected=("RS",),
            round=round_id,
            master=master,
            lineage="forvaltningar" if master == "forvaltningar" else "uppfoljning",
            period=period,
            sent=sent,
            saved=saved,
            base="RS",
        )

    units = [
        unit("april/RS.xlsx", "uppfoljning", "april 2018", "2018-05-02 09:00", 1.0, "a"),
        unit("augusti/RS.xlsx", "augusti", "augusti 2018", "2018-09-01 09:00", 2.0, "b"),
        unit("augusti/RS-igen.xlsx", "augusti", "augusti 2018", "2018-09-03 10:00", 3.0, "c"),
        unit("annan/RS.xlsx", "forvaltningar", "augusti 2018", "2018-09-01 09:05", 2.5, "d"),
    ]
    chosen = {u.path: u.key for u in choose_units(units)}
    assert chosen == {
        "april/RS.xlsx": "unit-older-round",
        "augusti/RS.xlsx": "unit-older-copy",
        "augusti/RS-igen.xlsx": None,
        "annan/RS.xlsx": None,
    }
    again = choose_units([replace(units[0], sent="2018-09-03 10:00"), units[2]])  # sent the same minute
    assert [u.key for u in again] == ["unit-older-round", None]  # the later period counts


def test_two_masters_rounds_to_other_units_are_both_counted() -> None:
    """The review of 594a720: two masters sent in the same month, their periods spelled apart ("T1
    2024", "april 2024"), to other units: the one sent last made the other's units "an earlier
    round", left out with exit 0. A round counts against the rounds sent to the same units only."""
    from xlfollow.core.region import Unit, UnitReport, choose_units
    from xlfollow.core.rollup import RollUp

    report = UnitReport("framgangsfaktorer", None, "sv", 0, 0, (), RollUp(0, {}, {}, {}, {}), ())
    vard = [
        Unit(
            u,
            f"svar/vard-{u}.xlsx",
            report,
            identity=u,
            expected=("HSN", "KN"),
            round="v",
            master="vard",
            period="T1 2024",
            sent="2024-04-25 10:00",
            base=f"vard-{u}",
        )
        for u in ("HSN", "KN")
    ]
    kansli = [
        Unit(
            u,
            f"svar/kansli-{u}.xlsx",
            report,
            identity=u,
            expected=("RS", "HSN", "RUN"),
            round="k",
            master="kansli",
            period="april 2024",
            sent="2024-04-20 10:00",
            base=f"kansli-{u}",
        )
        for u in ("RS", "HSN", "RUN")
    ]
    assert [u.key for u in choose_units([*vard, *kansli])] == [None] * 5
    earlier = replace_period(kansli[0], "", "2024-01-10 10:00")
    said = choose_units([earlier, *kansli[1:]])
    assert said[0].key == "unit-older-round" and "(utan period)" in (said[0].problem or "")


def replace_period(unit, period: str, sent: str):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(unit, period=period, sent=sent)


def test_the_follow_ups_lineage_goes_from_collect_through_next_period_to_the_units(tmp_path: Path) -> None:
    """The second review of the rounds (9fd9e28): grouping rounds by their units' names double
    counted when a unit was added the next year, and dropped another master's answers sent to the
    same unit names. collect writes the follow-up's lineage (the master it was sent from) on the
    xlfollow sheet, next-period keeps it (or writes the finished round's name), send carries it to
    every unit's workbook: one follow-up's earlier round is set aside, another follow-up's counted."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Mål", "Nämnd", "Läge", "Kommentar"])
    for text, unit, status in [("Fler i arbete", "SN", "Grön"), ("Fler bostäder", "BN", "Gul")]:
        ws.append([text, unit, status, "k"])
    settings = wb.create_sheet("xlfollow")
    settings.append(["Inställning", "Värde"])
    settings.append(["period", "2026"])
    wb.save(tmp_path / "norra.xlsx")
    norra = tmp_path / "norra.xlsx"
    sodra = tmp_path / "sodra.xlsx"
    sodra.write_bytes(norra.read_bytes())
    answers = tmp_path / "svar"
    answers.mkdir()
    for master in (norra, sodra):
        for _, path, _ in actions.send(master, tmp_path / f"ut-{master.stem}").files:
            (answers / path.name).write_bytes(path.read_bytes())
    collected = actions.collect(norra, [answers / f"norra-{u}.xlsx" for u in ("SN", "BN")]).written
    assert collected is not None
    lines = {r[0].value: r[1].value for r in load_workbook(collected)["xlfollow"].iter_rows() if r[0].value}
    assert lines["lineage"] == "norra"
    nytt = actions.next_period(collected, tmp_path / "2027.xlsx", "2027").written
    wb = load_workbook(nytt)
    wb["Mål"].append(["Mindre buller", "KN", None, "k"])  # a unit added the next year
    wb.save(nytt)
    for _, path, _ in actions.send(nytt, tmp_path / "ut-2027").files:
        (answers / path.name).write_bytes(path.read_bytes())
    region = consolidate([answers], tmp_path / "region.xlsx")
    earlier = sorted(Path(u.path).name for u in region.units if u.key == "unit-older-round")
    assert earlier == ["norra-BN.xlsx", "norra-SN.xlsx"]  # 2026's of this follow-up; södra's counted
    assert region.rollup.items == 2 + 3
