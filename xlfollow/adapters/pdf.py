"""The board paper as a PDF: the sheets xlfollow wrote (Sammanställning, and Kontroll if asked),
laid out as xlfollow lays them out for print, converted by LibreOffice (headless) on the command
line. From the workbook, the button uses Excel's own PDF export instead (xlfollow.excel). The Word
report (xlfollow report --pdf) is converted the same way."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from xlfollow.core.errors import WorkbookError
from xlfollow.core.plan_types import SheetPlan

_WINDOWS_PLACES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
_MAC_PLACE = "/Applications/LibreOffice.app/Contents/MacOS/soffice"
TIMEOUT = 180  # seconds for LibreOffice to start and convert


def pdf_path(workbook: Path) -> Path:
    """ "rapport-klar.xlsx" -> "rapport-sammanstallning.pdf" beside it."""
    stem = workbook.stem.removesuffix("-klar")
    return workbook.with_name(f"{stem}-sammanstallning.pdf")


def libreoffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    places = _WINDOWS_PLACES if sys.platform == "win32" else (_MAC_PLACE,)
    return next((p for p in places if os.path.exists(p)), None)


def write_pdf(sheets: list[SheetPlan], target: Path) -> Path:
    """The sheets as one PDF at ``target``; a clear error when LibreOffice is not installed or
    cannot convert."""
    from xlfollow.adapters.file_writer import write_new_workbook

    def made(work: Path) -> Path:
        book = work / (target.stem + ".xlsx")
        write_new_workbook(sheets, book)
        return book

    return _convert(made, target, "pdf-no-libreoffice", "pdf-failed")


def convert_document(source: Path, target: Path) -> Path:
    """A document (the Word report) as a PDF at ``target``, by LibreOffice."""

    def made(work: Path) -> Path:
        copy = work / (target.stem + source.suffix)
        shutil.copyfile(source, copy)
        return copy

    return _convert(made, target, "report-pdf-no-libreoffice", "report-pdf-failed")


def _convert(made: Callable[[Path], Path], target: Path, missing: str, failed: str) -> Path:
    from xlfollow.ooxml.save import atomic_write

    office = libreoffice()
    if office is None:
        raise WorkbookError(missing, path=str(target))
    with tempfile.TemporaryDirectory(prefix="xlfollow-pdf-") as folder:
        work = Path(folder)
        source = made(work)
        profile = (work / "profile").as_uri()
        try:
            done = subprocess.run(
                [
                    office,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work / "out"),
                    str(source),
                ],
                capture_output=True,
                timeout=TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            raise WorkbookError(failed, path=str(target)) from None
        pdf = work / "out" / (source.stem + ".pdf")
        if done.returncode != 0 or not pdf.exists():
            raise WorkbookError(failed, path=str(target))
        data = pdf.read_bytes()
    try:
        atomic_write(target, lambda handle: handle.write(data))
    except OSError as exc:
        from xlfollow.core.errors import os_reason

        raise WorkbookError("write-failed", path=str(target), detail=os_reason(exc)) from None
    return target
