"""``xlfollow next-period``: start the next round of a follow-up from a finished workbook. An entry
only: the pipeline (:func:`xlfollow.actions.next_period`) reads, plans the new round
(:mod:`xlfollow.core.rounds`), writes it and checks it.

The new workbook is the old one with, and only with: the status cells emptied (their value goes,
the user's own format stays, xlfollow's look goes; a cell holding a formula or whose colour is the
status is kept, and counted), xlfollow's notes and its summary and check sheets of the finished
round removed, each item's status and comment of the finished round added to the sheet *Historik*
(kept across rounds: an audit trail without a server, and the previous round the next run compares
with), and the setting ``period`` set to the new round (``previous`` cleared: the new workbook needs
no other file). In a per-period layout the next period's column is used (or added) instead, and the
finished column is kept. The check after writing proves that every other cell holds what it held.
"""

from __future__ import annotations

from pathlib import Path

from xlfollow.actions import Request
from xlfollow.actions import next_period as _next_period
from xlfollow.core.owned import HISTORY_SHEET
from xlfollow.results import NextRound


def next_period(
    path: Path, output: Path | None, period: str, config: Path | None = None, language: str | None = None
) -> NextRound:
    return _next_period(path, output, period, Request(config, language))


__all__ = ["HISTORY_SHEET", "NextRound", "next_period"]
