"""What the pipeline's commands other than check and run return (``xlfollow.actions``): a button's
run on an open workbook, the board's report, the next round, the e-mail copy, a send, a collection
and what learn wrote. Apart from actions so that a run's start-up never builds them: a dataclass
takes about a millisecond to create (its methods are compiled from text), and a run of 300 rows
takes some 200 ms in all. ``xlfollow.actions`` gives each name as before (``actions.Sent``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from xlfollow.core.answers import Collected
    from xlfollow.core.errors import XlfollowError
    from xlfollow.core.models import Report
    from xlfollow.core.plan_types import Plan
    from xlfollow.core.rounds import NewRound
    from xlfollow.core.units import SendRound


@dataclass(frozen=True)
class LiveResult:
    report: Report
    plan: Plan
    notes: bool  # False: this Excel has no notes API (the issues are on Kontroll only)


@dataclass(frozen=True)
class Written:
    report: Report
    document: Path
    pdf: Path | None = None
    pdf_problem: XlfollowError | None = None  # the report was written; its PDF was not


@dataclass(frozen=True)
class NextRound:
    report: Report  # the finished round
    written: Path
    facts: NewRound  # what the new round's plan did: cells emptied, kept, the column used

    @property
    def emptied(self) -> int:
        return self.facts.emptied

    @property
    def coloured(self) -> int:
        return self.facts.coloured


@dataclass(frozen=True)
class Exported:
    copy: Path
    draft: Path | None = None  # the .eml beside it (``export --eml``, the button)
    report: Report | None = None  # read for the draft's sentence and banners
    language: str = "sv"  # the workbook's (its settings), or the one asked for


@dataclass(frozen=True)
class Sent:
    report: Report  # the master's
    round: SendRound
    folder: Path
    files: tuple[tuple[str, Path, Path], ...]  # unit, its workbook, its e-mail draft


@dataclass(frozen=True)
class CollectResult:
    report: Report  # the master's, before the answers
    collected: Collected
    written: Path | None
    refused: tuple[tuple[Path, XlfollowError], ...]  # answer files that could not be read, and why


@dataclass(frozen=True)
class LearnResult:
    report: Report | None  # None: the workbook could not be read (``unread`` says why)
    learned: Any  # core.learn.Learned
    written: Path | None  # None: the open workbook (a button)
    unread: XlfollowError | None = None
    language: str = "sv"
    replaced: bool = False  # -o named a file that was there (said, as run says it)


__all__ = ["CollectResult", "Exported", "LearnResult", "LiveResult", "NextRound", "Sent", "Written"]
