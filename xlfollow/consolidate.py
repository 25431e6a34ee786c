"""``xlfollow consolidate``: every unit's workbook of one report kind into one region workbook.
Units are read in parallel (all cores); a unit whose file cannot be used is reported and
skipped, never stops the rest.

Two rounds with the same worker processes (issue 13). First each worker reads units as they come
and hands back what the region needs of each (counts, issues, the styles its rows use), keeping
the items. The main process then knows the region: its language, which units count, where each
unit's rows stand on the item sheet and what format each style gets. In the second round each
worker writes the item sheet's rows of the units it holds, as the XML the file writer would
write, and the main process only joins them: both cores are busy through most of the run, and
no item crosses between processes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, cast

from xlfollow.core.errors import InputError, XlfollowError
from xlfollow.core.models import Item
from xlfollow.core.plan_types import RenderedRows
from xlfollow.core.region import (
    ITEM_WIDTHS,
    Region,
    Unit,
    choose_units,
    consolidate_units,
    item_cells,
    item_texts,
    region_sheets,
    unit_report,
)
from xlfollow.core.settings import MIXED_KIND
from xlfollow.core.texts import localised, noun

PARALLEL_FROM = 8  # units; below this, starting workers costs more than it saves


def unit_files(paths: Iterable[Path], output: Path | None = None) -> list[Path]:
    """The workbooks named, and those in the folders named (sorted), without lock and temporary
    files and the region workbook itself. A unit's copies (its run copy -klar, its e-mail copy
    -epost, an answer sent twice) are all read: :func:`core.region.choose_units` counts each unit
    once, the newest copy."""
    from xlfollow.actions import workbook_files

    return workbook_files(list(paths), output)


def _found(path: Path) -> Unit:
    """A unit's file as found, before it is read: its name, folders and when it was saved."""
    from xlfollow.core.region import base_name

    try:
        saved = path.stat().st_mtime
    except OSError:
        saved = 0.0
    folders = tuple(p.name for p in path.resolve().parents if p.name)
    base = base_name(path.stem)
    return Unit(base, str(path), saved=saved, folders=folders, base=base)


class _Reader:
    """Reads units, and keeps the items of each for the second round."""

    def __init__(self, config: Path | None, language: str | None) -> None:
        self.config, self.language = config, language
        self.items: dict[int, tuple[Item, ...]] = {}

    def read(self, index: int, path: Path) -> Unit:
        from xlfollow.actions import report_of

        lang = self.language or "sv"
        found = _found(path)
        try:
            report = report_of(path, self.config, self.language)
            if report.region_book:
                return replace(found, key="region-book")
            identity = report.identity
            unit = replace(
                found,
                report=unit_report(found.name, report),
                identity=identity.unit if identity else None,
                expected=identity.units if identity else (),
                round=identity.id if identity else "",
                master=identity.master if identity else "",
                period=(identity.period or "") if identity else "",
                sent=(identity.sent or "") if identity else "",
                lineage=identity.lineage if identity else "",
            )
        except XlfollowError as exc:
            return replace(found, problem=exc.message(lang), key=exc.key)
        except Exception as exc:  # one broken unit never stops the region
            return replace(found, problem=localised("internal-error", lang, detail=type(exc).__name__))
        self.items[index] = report.items
        return unit

    def rows(
        self, index: int, first: int, style_index: dict[str | None, int], texts: dict[str, str], name: str
    ) -> bytes:
        """The unit's rows of the item sheet, numbered from ``first``, under the unit's ``name``."""
        from xlfollow.adapters.file_writer import rows_xml

        items = self.items.pop(index)
        return rows_xml((item_cells(name, item) for item in items), first, style_index, texts, ITEM_WIDTHS)


def _serve(connection: Connection, config: Path | None, language: str | None) -> None:
    """A worker process: reads and writes what the main process asks for, until it says stop."""
    reader = _Reader(config, language)
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        what, index, args = message
        answer: object
        try:
            answer = reader.read(index, *args) if what == "read" else reader.rows(index, *args)
        except Exception as exc:  # said to the main process, which does the unit itself
            answer = exc.__class__.__name__
        connection.send((what, index, answer))


class _Workers:
    """The worker processes of one consolidation (none for a few units or one core: then this
    process reads and writes everything itself, by the same code)."""

    def __init__(self, count: int, config: Path | None, language: str | None) -> None:
        self.local = _Reader(config, language)
        self.connections: list[Connection] = []
        self.processes: list[Any] = []
        self.holder: dict[int, int] = {}  # unit -> the worker that holds its items
        self.jobs: list[tuple[Path]] = []
        if count < 2:
            return
        import multiprocessing

        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        try:
            for _ in range(count):
                mine, theirs = context.Pipe()
                process = context.Process(  # type: ignore[attr-defined]
                    target=_serve, args=(theirs, config, language), daemon=True
                )
                process.start()
                theirs.close()
                self.connections.append(mine)
                self.processes.append(process)
        except OSError:  # no processes to be had: this process does it all
            self.close()

    def read(self, jobs: list[tuple[Path]], progress: bool) -> list[Unit]:
        self.jobs = jobs
        units: list[Unit | None] = [None] * len(jobs)
        done = 0

        def record(index: int, unit: Unit) -> None:
            nonlocal done
            units[index] = unit
            done += 1
            _progress(progress, done, len(jobs))

        todo = list(range(len(jobs)))[::-1]  # taken from the end: in order, by whichever worker is free

        def next_job(_: int) -> tuple[str, int, object] | None:
            return ("read", todo[-1], jobs[todo[-1]]) if todo else None

        def taken(_: int) -> None:
            todo.pop()

        for worker, index, answer in self._exchange(next_job, taken):
            if isinstance(answer, Unit):
                record(index, answer)
                if answer.report is not None:
                    self.holder[index] = worker
            else:  # the worker failed or is gone: this process reads the unit
                record(index, self.local.read(index, *jobs[index]))
        for index in todo[::-1]:  # left when no worker is there at all
            record(index, self.local.read(index, *jobs[index]))
        return [u for u in units if u is not None]

    def rows(
        self,
        firsts: dict[int, int],
        style_index: dict[str | None, int],
        texts: dict[str, str],
        names: dict[int, str],
    ) -> dict[int, bytes]:
        """Each unit's rows of the item sheet, made by the worker that holds its items (by this
        process for a unit it read itself, or whose worker failed: read again here)."""
        rows: dict[int, bytes] = {}
        queues: dict[int, list[int]] = {w: [] for w in range(len(self.connections))}
        for index in reversed(firsts):
            if index in self.holder:
                queues[self.holder[index]].append(index)

        def next_job(worker: int) -> tuple[str, int, object] | None:
            queue = queues[worker]
            index = queue[-1] if queue else None
            return (
                ("rows", index, (firsts[index], style_index, texts, names[index]))
                if index is not None
                else None
            )

        def taken(worker: int) -> None:
            queues[worker].pop()

        for _, index, answer in self._exchange(next_job, taken):
            if isinstance(answer, bytes):
                rows[index] = answer
        for index, first in firsts.items():
            if index not in rows:
                if index not in self.local.items:  # held by a worker that failed: read here again
                    self.local.read(index, *self.jobs[index])
                rows[index] = self.local.rows(index, first, style_index, texts, names[index])
        return rows

    def _exchange(
        self, next_job: Callable[[int], tuple[str, int, object] | None], taken: Callable[[int], None]
    ) -> Iterator[tuple[int, int, object]]:
        """Keeps two jobs in flight per worker (``next_job(worker)``; ``taken(worker)`` once it
        is sent) and yields each answer as ``(worker, unit, answer)``; a worker that fails or is
        gone answers ``None`` for what it had and is given no more."""
        from multiprocessing.connection import wait

        pending: dict[int, list[int]] = {w: [] for w in range(len(self.connections))}
        alive = set(pending)

        def give(worker: int) -> None:
            job = next_job(worker) if worker in alive else None
            if job is None:
                return
            if self._send(self.connections[worker], job):
                taken(worker)
                pending[worker].append(job[1])
            else:
                alive.discard(worker)

        for _ in range(2):
            for worker in pending:
                give(worker)
        while any(pending.values()):
            busy = {self.connections[w]: w for w, p in pending.items() if p}
            for ready in wait(list(busy)):
                worker = busy[cast(Connection, ready)]
                index = pending[worker].pop(0)
                try:
                    answer: object = self.connections[worker].recv()[2]
                except (EOFError, OSError):
                    alive.discard(worker)
                    answer = None
                yield worker, index, answer
                give(worker)

    @staticmethod
    def _send(connection: Connection, message: object) -> bool:
        try:
            connection.send(message)
            return True
        except (OSError, ValueError):
            return False

    def close(self) -> None:
        for connection in self.connections:
            self._send(connection, None)
            connection.close()
        for process in self.processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()
        self.connections, self.processes = [], []

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _progress(show: bool, done: int, total: int, width: int = 30) -> None:
    if not show:
        return
    filled = width * done // max(total, 1)
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", end="", file=sys.stderr, flush=True)


def one_kind(units: list[Unit], lang: str) -> list[Unit]:
    """The units of the region's report kind (the kind most units have; on a tie the first
    unit's); a unit of another kind is set aside with a message, never counted as this kind. A
    unit whose headers name no kind (items in general) goes with any kind."""
    kinds = [u.report.kind for u in units if u.report is not None and u.report.kind != MIXED_KIND]
    if len(set(kinds)) < 2:
        return units
    region_kind = max(dict.fromkeys(kinds), key=kinds.count)  # dict keeps first-seen order on ties
    out = []
    for unit in units:
        if unit.report is not None and unit.report.kind not in (region_kind, MIXED_KIND):
            problem = localised(
                "unit-other-kind",
                lang,
                path=unit.name,
                kind=noun(unit.report.kind, lang)[2],  # "följer upp aktiva mål", not "aktiva målen"
                region_kind=noun(region_kind, lang)[2],
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
    from xlfollow.adapters.file_writer import NewWorkbook
    from xlfollow.adapters.lock import writing

    if output.suffix.lower() != ".xlsx":
        raise InputError("output-not-xlsx", path=str(output), suffix=".xlsx")
    files = unit_files(paths, output)
    if not files:
        raise InputError("no-units", paths=", ".join(str(p) for p in paths))
    workers = min(os.cpu_count() or 1, len(files)) if len(files) >= PARALLEL_FROM else 1
    with _Workers(workers, config, language) as pool:
        read = pool.read([(f,) for f in files], progress)
        if progress:
            print(file=sys.stderr)
        lang = language or next((u.report.language for u in read if u.report is not None), "sv")
        chosen = choose_units(read, lang)  # each unit once, named apart; region books are no unit
        indexed = [(i, u) for i, u in enumerate(read) if u.key != "region-book"]
        indexed = [(i, c) for (i, _), c in zip(indexed, chosen, strict=True)]
        kept = one_kind([u for _, u in indexed], lang)
        indexed = [(i, u) for (i, _), u in zip(indexed, kept, strict=True)]
        units = [u for _, u in indexed]
        if not any(u.report is not None for u in units):
            problems = "; ".join(f"{u.name}: {u.problem}" for u in units[:3]) or localised("none", lang)
            raise InputError("no-usable-units", problems=problems + (" …" if len(units) > 3 else ""))
        region = consolidate_units(units, lang)
        summary, items, control = region_sheets(region, title, lang)
        book = NewWorkbook(output, region=True)
        book.add(summary)
        usable = [(i, u.report) for i, u in indexed if u.report is not None]
        style_index = book.style_index(items, dict.fromkeys(s for _, r in usable for s in r.styles))
        start = first = max(c.row for c in items.cells) + 1
        firsts = {}
        for index, report in usable:
            firsts[index] = first
            first += report.rollup.items
        names = {index: unit.name for index, unit in indexed}
        rows = pool.rows(firsts, style_index, item_texts(lang), names)
    xml = b"".join(rows[index] for index, _ in usable)
    width = max(c.col for c in items.cells)
    items.rendered = [RenderedRows(xml, start, first - start, width, style_index)]
    book.add(items)
    book.add(control)
    with writing(output):
        from xlfollow.actions import refuse_to_replace

        refuse_to_replace(output)
        book.save()
    return region
