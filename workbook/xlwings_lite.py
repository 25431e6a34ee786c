"""xlfollow for xlwings Lite (Python in Excel's task pane, no local Python needed).

Paste this into the xlwings Lite editor and add xlfollow's wheel to its requirements.txt (xlfollow
is not on PyPI: put the wheel from the install kit, scripts/make-kit, where Excel can fetch it and
write its URL; the kit's lite/LASMIG-LITE.txt says how, step by step, in Swedish). Each function
becomes a script you can run from the task pane or bind to a button. They call the same actions as
the buttons of workbook/xlfollow.xlsm, through xlwings' remote engine.

Tested under Pyodide in node (tests/test_lite_pyodide.py: Python 3.13 in WebAssembly with xlwings'
own pure wheel; the four actions give the file writer's colours, lar_lasa its lines), not in
Excel's task pane itself (CI has no Excel). On this engine xlfollow adds notes only to cells that
have none (it cannot read a note's text to tell its own from a user's); on an Excel whose API has
no notes the message says the problems are on Kontroll; the e-mail copy needs desktop Excel."""

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


@script
def lar_lasa(book: xw.Book) -> None:
    """Lär xlfollow läsa boken: hur boken lästes, på bladet xlfollow, att kontrollera och rätta."""
    book.app.alert(run_action("learn", book), title="xlfollow")
