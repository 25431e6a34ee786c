"""``xlfollow demo``: build the example workbooks from the real reports and run the whole job."""

from __future__ import annotations

from pathlib import Path

from xlfollow import actions
from xlfollow.core.texts import counted, localised
from xlfollow.examples import build_all


def run_demo(folder: Path, language: str | None = None) -> int:
    lang = language or "sv"
    for book in build_all(folder):
        result = actions.run(book, language=language)
        report = result.report
        print(
            localised(
                "cli-demo-book",
                lang,
                name=book.name,
                items=counted(len(report.items), "item", lang),
                errors=counted(report.errors, "error", lang),
                warnings=counted(report.warnings, "warning", lang),
                out=result.written,
            )
        )
    print(localised("cli-demo", lang, path=folder.resolve()))
    return 0
