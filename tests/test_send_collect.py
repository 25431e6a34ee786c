"""Send out and collect back (issue 18): one workbook per unit, an e-mail draft each; the answers
written into the master's own cells and nothing else. Judged by independent readers where they
can judge: openpyxl (protection, validation, hidden columns and sheets), Python's email package
(the draft and its attachment), LibreOffice (opens the unit workbook), Microsoft's rules
(openxml-audit); and the check after writing, broken on purpose."""

from __future__ import annotations

import email
import shutil
from email import policy
from pathlib import Path

import pytest
from helpers import MASTER_ITEM as ITEM
from helpers import MASTER_STATUS as STATUS
from helpers import build_master, fill_answers
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.errors import InputError, WorkbookError
from xlfollow.ooxml import sheetbytes

COMMENT = 5


@pytest.fixture
def master(tmp_path: Path) -> Path:
    path = build_master(tmp_path / "master.xlsx")
    wb = load_workbook(path)
    wb.create_sheet("xlfollow").append(["email.RS", "rs@region.se"])
    wb.save(path)
    return path


def test_send_writes_a_guarded_workbook_per_committee(master: Path, tmp_path: Path) -> None:
    sent = actions.send(master, tmp_path / "ut")
    assert sent.round.by == "committee"
    assert [u.unit for u in sent.round.units] == ["RUN", "HSN", "RS", "VVN"]
    rs = next(w for u, w, _ in sent.files if u == "RS")
    wb = load_workbook(rs)
    assert [(n, wb[n].sheet_state) for n in wb.sheetnames] == [
        ("Framgångsfaktorer", "visible"),
        ("Instruktioner", "visible"),
        ("xlfollow", "hidden"),
        ("Utskick", "veryHidden"),
    ]
    ws = wb["Framgångsfaktorer"]
    assert ws.protection.sheet and not ws.protection.password
    header = [c.value for c in ws[3]]
    assert header == [
        "Nämnd",
        "Framgångsfaktor",
        "Mått",
        "Per april",
        "Kommentar",
        "Perspektiv",
        "Strategiskt mål",
        "xlfollow-nyckel",
    ]
    assert ws.column_dimensions["H"].hidden
    items = [r for r in range(4, ws.max_row + 1) if ws.cell(r, ITEM).value]
    assert len(items) == 7 and all(ws.cell(r, 1).value == "RS" for r in items)
    unlocked = {c.column for r in items for c in ws[r] if not c.protection.locked}
    assert unlocked == {STATUS, COMMENT}  # only what the unit answers
    long_row = next(r for r in items if len(str(ws.cell(r, ITEM).value)) > 200)  # wrapped: shown whole
    assert (ws.row_dimensions[long_row].height or 0) >= 5 * 16 and ws.row_dimensions[long_row].customHeight
    validation = ws.data_validations.dataValidation[0]
    assert str(validation.sqref) == f"D{items[0]}:D{items[-1]}" and validation.type == "list"
    settings = {r[0]: r[1] for r in wb["xlfollow"].iter_rows(values_only=True)}
    assert settings["round.unit"] == "RS" and settings["round.units"] == "RUN; HSN; RS; VVN"
    assert settings["round.master"] == "master" and settings["round.period"] == "april 2018"
    assert "email.RS" not in settings  # the master's addresses stay with the master
    instructions = [c.value for c in wb["Instruktioner"]["A"] if c.value]
    assert instructions[0] == "Uppföljning för RS" and any("7 rader" in v for v in instructions)


def test_the_email_draft_opens_as_an_unsent_message_with_the_workbook(master: Path, tmp_path: Path) -> None:
    sent = actions.send(master, tmp_path / "ut")
    for unit, workbook, draft in sent.files:
        message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
        assert message["X-Unsent"] == "1"
        assert message["To"] == ("rs@region.se" if unit == "RS" else "")
        assert unit in message["Subject"] and "april 2018" in message["Subject"]
        body = message.get_body(("plain",))
        assert body is not None and "Fyll i läge och kommentar" in body.get_content()
        (attachment,) = list(message.iter_attachments())
        assert attachment.get_filename() == workbook.name
        assert (
            attachment.get_content_type()
            == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        assert attachment.get_content() == workbook.read_bytes()


def test_send_by_perspective_or_a_column(master: Path, tmp_path: Path) -> None:
    by_perspective = actions.send(master, tmp_path / "p", by="perspective")
    assert [u.unit for u in by_perspective.round.units] == [
        "Samhälle",
        "Patient",
        "Medarbetare",
        "Verksamhetsresultat",
    ]
    by_column = actions.send(master, tmp_path / "c", by="Nämnd")
    assert [u.items for u in by_column.round.units] == [10, 13, 7, 11]
    with pytest.raises(InputError) as caught:
        actions.send(master, tmp_path / "x", by="Förvaltning")
    assert caught.value.key == "send-no-column"


@pytest.mark.slow
def test_a_unit_workbook_opens_in_libreoffice_and_keeps_microsofts_rules(
    master: Path, tmp_path: Path
) -> None:
    from helpers import audit_errors as errors

    from libreoffice import SOFFICE, convert

    rs = next(w for u, w, _ in actions.send(master, tmp_path / "ut").files if u == "RS")
    assert not errors(rs) - errors(master)  # nothing the master's own styles did not have
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed")
    converted = convert(rs, "csv", tmp_path)
    text = converted.read_bytes().decode("cp1252", errors="replace")  # LibreOffice's CSV default
    assert "Etablera ett chefsnätverk" in text


def test_collect_changes_only_the_answered_cells(master: Path, tmp_path: Path) -> None:
    rs = next(w for u, w, _ in actions.send(master, tmp_path / "ut").files if u == "RS")
    answer = fill_answers(rs, tmp_path / "RS-svar.xlsx", {4: ("↑", "Klart."), 5: ("→", None)})
    done = actions.collect(master, [answer], tmp_path / "insamlad.xlsx")
    assert [(c.field, c.new) for c in done.collected.changes] == [
        ("status", "↑"),
        ("comment", "Klart."),
        ("status", "→"),
    ]
    before, after = load_workbook(master), load_workbook(tmp_path / "insamlad.xlsx")
    changed = {(c.row, c.col) for c in done.collected.changes}
    for row in before["Framgångsfaktorer"].iter_rows():
        for cell in row:
            now = after["Framgångsfaktorer"][cell.coordinate]
            if (cell.row, cell.column) in changed:
                assert now.value != cell.value
            else:
                assert now.value == cell.value, cell.coordinate
            assert now.style_id == cell.style_id or (cell.row, cell.column) in changed
    assert after.sheetnames[-2:] == ["Kontroll", "Historik"]
    history = list(after["Historik"].iter_rows(min_row=2, values_only=True))
    assert [(h[7], h[8]) for h in history] == [("Svar insamlat", "RS")] * 2
    assert history[0][10] == "läge: – → ↑; kommentar: – → Klart."


def test_collect_is_refused_by_the_check_when_a_writer_strays(
    master: Path, tmp_path: Path, monkeypatch
) -> None:
    rs = next(w for u, w, _ in actions.send(master, tmp_path / "ut").files if u == "RS")
    answer = fill_answers(rs, tmp_path / "RS-svar.xlsx", {4: ("↑", "Klart.")})
    set_cells = sheetbytes.SheetBytes.set_cells

    def and_one_more(self, cells):
        (row, col), _ = min(cells.items())
        if col <= 2:  # the settings sheet (collect writes the follow-up's lineage there): as it is
            set_cells(self, cells)
            return
        set_cells(self, {**cells, (row, col - 1): ("fel", None)})  # the measure beside it too

    monkeypatch.setattr(sheetbytes.SheetBytes, "set_cells", and_one_more)
    before = master.read_bytes()
    with pytest.raises(WorkbookError) as caught:
        actions.collect(master, [answer], in_place=True)
    assert caught.value.key == "verify-failed" and master.read_bytes() == before


def test_conflicts_are_shown_not_written(master: Path, tmp_path: Path) -> None:
    sent = actions.send(master, tmp_path / "ut")
    rs = next(w for u, w, _ in sent.files if u == "RS")
    answer = fill_answers(rs, tmp_path / "RS.xlsx", {4: ("↑", "a"), 5: ("↓", "b")})
    wb = load_workbook(answer)  # the unit adds a row and rewords another
    ws = wb["Framgångsfaktorer"]
    ws.cell(6, ITEM).value = "Ett annat åtagande"
    ws.cell(6, STATUS).value = "↑"
    ws.cell(ws.max_row + 1, ITEM).value = "En ny rad"
    wb.save(answer)
    master_wb = load_workbook(master)  # the office changes a cell of the master after sending
    key = load_workbook(rs)["Framgångsfaktorer"].cell(5, 8).value
    row = int(key.split("!")[1])
    master_wb["Framgångsfaktorer"].cell(row, STATUS).value = "→"
    master_wb.save(master)
    done = actions.collect(master, [answer], tmp_path / "ut.xlsx")
    codes = sorted(f.code for f in done.collected.findings)
    assert codes == ["master-changed", "row-added", "text-changed"]
    assert [(c.field, c.new) for c in done.collected.changes] == [
        ("status", "↑"),
        ("comment", "a"),
        ("comment", "b"),
    ]
    assert main(["collect", str(master), str(answer), "-o", str(tmp_path / "ut2.xlsx")]) == 1


def test_answers_from_another_master_or_period_are_refused(master: Path, tmp_path: Path) -> None:
    rs = next(w for u, w, _ in actions.send(master, tmp_path / "ut").files if u == "RS")
    answer = fill_answers(rs, tmp_path / "RS.xlsx", {4: ("↑", "a")})
    other = build_master(tmp_path / "annan.xlsx")
    wb = load_workbook(other)
    for row in range(4, wb["Framgångsfaktorer"].max_row + 1):
        cell = wb["Framgångsfaktorer"].cell(row, ITEM)
        if cell.value:
            cell.value = f"Annan {row}"
    wb.save(other)
    done = actions.collect(other, [answer], tmp_path / "x.xlsx")
    assert [f.code for f in done.collected.findings] == ["other-master"] and not done.collected.changes
    later = actions.next_period(master, tmp_path / "augusti.xlsx", "augusti 2018").written
    done = actions.collect(later, [answer], tmp_path / "y.xlsx")
    assert [f.code for f in done.collected.findings] == ["other-period"]
    assert "april 2018" in done.collected.findings[0].message("sv")


def test_a_renamed_answer_and_a_file_from_elsewhere(master: Path, tmp_path: Path) -> None:
    rs = next(w for u, w, _ in actions.send(master, tmp_path / "ut").files if u == "RS")
    renamed = fill_answers(rs, tmp_path / "svar från RS (2).xlsx", {4: ("↑", "a")})
    stray = shutil.copy(master, tmp_path / "en-annan-bok.xlsx")
    done = actions.collect(master, [renamed, Path(stray)], tmp_path / "z.xlsx")
    assert done.collected.answered == ("RS",) and len(done.collected.changes) == 2
    assert [f.code for f in done.collected.findings] == ["not-an-answer"]


def test_the_cli_says_who_answered(master: Path, tmp_path: Path, capsys) -> None:
    assert main(["send", str(master), "-o", str(tmp_path / "ut")]) == 0
    out = capsys.readouterr().out
    assert "fyra enheter" in out and "RS: master-RS.xlsx (sju poster), till rs@region.se" in out
    answer = fill_answers(tmp_path / "ut" / "master-RS.xlsx", tmp_path / "svar.xlsx", {4: ("↑", "a")})
    assert main(["collect", str(master), str(answer)]) == 0
    out = capsys.readouterr().out
    assert "Svar från en av fyra enheter: RS." in out and "Inget svar från: RUN, HSN, VVN." in out
    assert (tmp_path / "master-insamlad.xlsx").exists()
