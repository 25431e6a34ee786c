"""``xlfollow consolidate``: every unit's workbook of one report kind into one region workbook.
Units are read in parallel (all cores); a unit whose file cannot be used is reported and
skipped, never stops the rest."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from xlfollow.core.errors import InputError, XlfollowError
from xlfollow.core.region import Region, Unit, consolidate_units, region_sheets
from xlfollow.core.settings import MIXED_KIND
from xlfollow.core.texts import noun, say

PARALLEL_FROM = 8  # units; below this, starting workers costs more than it saves
_SKIP_PREFIXES = ("~$", ".~xlfollow")


def unit_files(paths: Iterable[Path], output: Path | None = None) -> list[Path]:
    """The workbooks named, and those in the folders named (sorted), without lock and temporary
    files, xlfollow's outputs (-klar, the e-mail copy -epost) and the region workbook itself."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.suffix.lower() in (".xlsx", ".xlsm")
                    and not p.name.startswith(_SKIP_PREFIXES)
                    and not p.stem.endswith(("-klar", "-epost"))
                )
            )
        else:
            files.append(path)
    if output is not None:
        files = [f for f in files if not _same(f, output)]
    seen: set[Path] = set()
    unique = []
    for f in files:  # a file named twice (itself and through its folder) counts once
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _same(a: Path, b: Path) -> bool:
    try:
        return b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def unit_names(files: list[Path]) -> list[str]:
    """A name per unit: the file name, with its folder where two units share one."""
    stems = [f.stem for f in files]
    return [f"{f.parent.name}/{f.stem}" if stems.count(f.stem) > 1 else f.stem for f in files]


def read_unit(path: Path, config: Path | None = None, language: str | None = None) -> Unit:
    from xlfollow.actions import check

    lang = language or "sv"
    try:
        report = check(path, config, language).report
    except XlfollowError as exc:
        return Unit(path.stem, str(path), problem=exc.message(lang), key=exc.key)
    except Exception as exc:  # one broken unit never stops the region
        return Unit(path.stem, str(path), problem=say("internal-error", lang, detail=type(exc).__name__))
    if report.region_book:
        return Unit(path.stem, str(path), key="region-book")
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


def one_kind(units: list[Unit], lang: str) -> list[Unit]:
    """The units of the region's report kind (the kind most units have; on a tie the first
    unit's); a unit of another kind is set aside with a message, never counted as this kind. A
    unit whose headers name no kind (items in general) goes with any kind."""
    kinds = [
        u.report.layout.kind for u in units if u.report is not None and u.report.layout.kind != MIXED_KIND
    ]
    if len(set(kinds)) < 2:
        return units
    region_kind = max(dict.fromkeys(kinds), key=kinds.count)  # dict keeps first-seen order on ties
    out = []
    for unit in units:
        if unit.report is not None and unit.report.layout.kind not in (region_kind, MIXED_KIND):
            problem = say(
                "unit-other-kind",
                lang,
                path=unit.name,
                kind=noun(unit.report.layout.kind, lang)[3],
                region_kind=noun(region_kind, lang)[3],
            )
            unit = replace(unit, report=None, problem=problem, key="unit-other-kind")
        out.append(unit)
    return out


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

    if output.suffix.lower() != ".xlsx":
        raise InputError("output-not-xlsx", path=str(output), suffix=".xlsx")
    files = unit_files(paths, output)
    if not files:
        raise InputError("no-units", paths=", ".join(str(p) for p in paths))
    units = [
        replace(unit, name=name)
        for unit, name in zip(read_units(files, config, language, progress), unit_names(files), strict=True)
        if unit.key != "region-book"  # a region workbook among the units is no unit
    ]
    lang = language or next((u.report.language for u in units if u.report is not None), "sv")
    units = one_kind(units, lang)
    if not any(u.report is not None for u in units):
        problems = "; ".join(f"{u.name}: {u.problem}" for u in units[:3]) or say("none", lang)
        raise InputError("no-usable-units", problems=problems + (" …" if len(units) > 3 else ""))
    region = consolidate_units(units, lang)
    with writing(output):
        write_new_workbook(region_sheets(region, title, lang), output, region=True)
    return region
