"""xlfollow for xlwings Lite (Python in Excel's task pane, no local Python needed).

Paste this into the xlwings Lite editor and add "xlfollow" to its requirements.txt. Each function
becomes a script you can run from the task pane or bind to a button. They call the same actions
as the buttons of workbook/xlfollow.xlsm, through xlwings' remote engine.

Untested in xlwings Lite itself (CI has no Excel): the actions are tested on the same remote
engine in tests/test_excel.py. On this engine xlfollow adds notes only to cells that have none
(it cannot read a note's text to tell its own from a user's), and the e-mail copy needs desktop
Excel."""

import xlwings as xw
from xlwings import script

from xlfollow.excel import run_action


@script
def kontrollera(book: xw.Book) -> None:
    """Kontrollera: problemen som anteckningar och på bladet Kontroll."""
    book.app.alert(run_action("check", book), title="xlfollow")


@script
def farglagg(book: xw.Book) -> None:
    """Färglägg lägescellerna med färg och symbol."""
    book.app.alert(run_action("colour", book), title="xlfollow")


@script
def sammanstall(book: xw.Book) -> None:
    """Skriv bladet Sammanställning (och Kontroll)."""
    book.app.alert(run_action("summarise", book), title="xlfollow")


@script
def kor_allt(book: xw.Book) -> None:
    """Kontrollera, färglägg och sammanställ."""
    book.app.alert(run_action("all", book), title="xlfollow")
