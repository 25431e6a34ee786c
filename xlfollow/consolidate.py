"""``xlfollow consolidate``: every unit's workbook of one report kind into one region workbook.
Units are read in parallel (all cores); a unit whose file cannot be used is reported and
skipped, never stops the rest."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from xlfollow.core.errors import InputError, XlfollowError
from xlfollow.core.region import Region, Unit, consolidate_units, region_sheets
from xlfollow.core.texts import say

PARALLEL_FROM = 8  # units; below this, starting workers costs more than it saves
_SKIP_PREFIXES = ("~$", ".~xlfollow")


def unit_files(paths: Iterable[Path]) -> list[Path]:
    """The workbooks named, and those in the folders named (sorted, without lock, temporary and
    xlfollow output files)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.suffix.lower() in (".xlsx", ".xlsm")
                    and not p.name.startswith(_SKIP_PREFIXES)
                    and not p.stem.endswith("-klar")
                )
            )
        else:
            files.append(path)
    return files


def read_unit(path: Path, config: Path | None = None, language: str | None = None) -> Unit:
    from xlfollow.actions import check

    lang = language or "sv"
    try:
        report = check(path, config, language).report
    except XlfollowError as exc:
        return Unit(path.stem, str(path), problem=exc.message(lang))
    except Exception as exc:  # one broken unit never stops the region
        return Unit(path.stem, str(path), problem=say("internal-error", lang, detail=type(exc).__name__))
    return Unit(path.stem, str(path), report=report)


def _read_one(args: tuple[Path, Path | None, str | None]) -> Unit:
    return read_unit(*args)


def read_units(
    files: list[Path], config: Path | None = None, language: str | None = None, progress: bool = False
) -> list[Unit]:
    jobs = [(f, config, language) for f in files]
    units: list[Unit] = []
    workers = min(os.cpu_count() or 1, len(files))
    if len(files) >= PARALLEL_FROM and workers > 1:
        import multiprocessing

        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for unit in pool.map(_read_one, jobs, chunksize=max(1, len(jobs) // (workers * 4))):
                units.append(unit)
                _progress(progress, len(units), len(files))
    else:
        for job in jobs:
            units.append(_read_one(job))
            _progress(progress, len(units), len(files))
    if progress:
        print(file=sys.stderr)
    return units


def _progress(show: bool, done: int, total: int, width: int = 30) -> None:
    if not show:
        return
    filled = width * done // max(total, 1)
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", end="", file=sys.stderr, flush=True)


def consolidate(
    paths: list[Path],
    output: Path,
    config: Path | None = None,
    language: str | None = None,
    title: str | None = None,
    progress: bool = False,
) -> Region:
    from xlfollow.adapters.file_writer import write_new_workbook
    from xlfollow.adapters.lock import writing

    files = unit_files(paths)
    if not files:
        raise InputError("no-units", paths=", ".join(str(p) for p in paths))
    if output.suffix.lower() != ".xlsx":
        raise InputError("output-not-xlsx", path=str(output), suffix=".xlsx")
    units = read_units(files, config, language, progress)
    if not any(u.report is not None for u in units):
        raise InputError("no-usable-units", n=len(units))
    lang = language or next(u.report.language for u in units if u.report is not None)
    region = consolidate_units(units, lang)
    with writing(output):
        write_new_workbook(region_sheets(region, title, lang), output)
    return region
