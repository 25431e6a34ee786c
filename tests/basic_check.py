"""LibreOffice Basic, headless, as the compiler that checks the VBA text of the workbook for syntax errors.

``basic_syntax_errors({"Module1": text})`` lists "Module1: line 12: <LibreOffice's message> | <the line>",
empty when every module compiles. No Excel: LibreOffice compiles each module in VBA mode (``Option
VBASupport 1``). Only the syntax is judged: names from elsewhere (``Application.Caller``,
``IRibbonControl``, ``RunPython`` from another module) are looked up when code runs, never here.

How (LibreOffice 7.4 has no API that returns a compiler error, and headless it cancels its error box):
a private soffice is started; this file, run by a Python that has LibreOffice's ``uno``, connects and has
LibreOffice's own Python loader load this same file *inside* soffice (``getComponentFactory``). There,
each module goes into a library of its own in a new hidden Calc document, beside a probe function.
Calling the probe makes Basic compile every module of its library first, and it returns 42 only when
they all compile. When it does not, Basic's last compiler error (the first: the compiler stops there) is
read from the exported statics ``StarBASIC::GetLine()`` and ``GetErrorText()`` (ctypes, same process).
Without those symbols (another LibreOffice build) a module is still reported, without line or message.

What Excel accepts and LibreOffice Basic does not:
- ``#If``/``#Else``/``#End If``: Basic reads ``#...`` lines as comments and compiles every branch, so a
  procedure header written once per branch is "not allowed within a procedure". As VBA compiles one
  branch, each module with ``#If`` is checked twice: with the first branch of every block, then the last.
- An Enum member set to a named constant (``BinaryCompare = VBA.vbBinaryCompare``): "Syntax error".
  ``EXCEL_ONLY`` matches such lines; pass it as ``tolerate`` (the line is blanked, the rest is checked).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TIMEOUT = 60.0  # seconds for one call, soffice's start included

EXCEL_ONLY = (r"^\s*\w+\s*=\s*(VBA\.)?vb\w+\s*$",)  # Enum member = named constant (VBA-Dictionary)

PROBE = "BasicCheckProbe"
HEADER = 2  # lines put before the module: Option VBASupport 1, Option ClassModule (or nothing)
_ATTRIBUTE = re.compile(r"\s*Attribute\s+\w+(\.\w+)?\s*=", re.IGNORECASE)
_CLASS = re.compile(r"\s*Attribute\s+VB_(Base|PredeclaredId|Exposed)\s*=", re.IGNORECASE)
_DIRECTIVE = re.compile(r"\s*#\s*(elseif|else|if|end)\b", re.IGNORECASE)


def basic_syntax_errors(
    modules: Mapping[str, str], tolerate: Iterable[str] = (), timeout: float = TIMEOUT
) -> list[str]:
    """LibreOffice's syntax errors in ``modules`` (name -> VBA text): "name: line N: message | line".

    ``tolerate``: regular expressions for lines LibreOffice cannot read but Excel can (``EXCEL_ONLY``).
    Raises RuntimeError when LibreOffice cannot be started or does not answer within ``timeout``.
    """
    python = uno_python()
    if SOFFICE is None or python is None:
        raise RuntimeError("LibreOffice (soffice) and a Python with its uno module are needed")
    jobs, names = [], {}
    for name, vba in modules.items():
        lines = vba.splitlines()
        has_if = any(_directive(line) == "if" for line in lines)
        for last in (False, True) if has_if else (False,):
            label = f"{name} (#If: {'last' if last else 'first'} branches)" if has_if else name
            names[label] = name
            jobs.append([label, *basic_text(_branches(lines, last))])
    request = {"jobs": jobs, "tolerate": list(tolerate)}
    errors: dict[tuple[str, int, str], str] = {}
    for label, line, message in _run(python, SOFFICE, request, timeout):
        name = names[label]
        text = modules[name].splitlines()[line - HEADER - 1].strip() if line > HEADER else ""
        where = f"line {line - HEADER}" if line > HEADER else "line ?"
        errors.setdefault((name, line, message), f"{label}: {where}: {message} | {text}")
    return list(errors.values())


def basic_text(lines: list[str]) -> tuple[list[str], bool]:
    """The module's lines as LibreOffice Basic reads them, and whether it is a class (or sheet) module.

    ``Attribute`` lines, which Basic does not know, become empty lines so that the others keep their
    numbers (a reported line minus ``HEADER`` is the line in the VBA text).
    """
    is_class = any(_CLASS.match(line) for line in lines)
    body = ["" if _ATTRIBUTE.match(line) else line for line in lines]
    return ["Option VBASupport 1", "Option ClassModule" if is_class else "", *body], is_class


def _directive(line: str) -> str:
    match = _DIRECTIVE.match(line)
    return match.group(1).lower() if match else ""


def _branches(lines: list[str], last: bool) -> list[str]:
    """Of each #If ... #End If block only the first (or last) branch; the others become empty lines."""
    count: dict[int, int] = {}  # branches of the block that opens at this line
    opened: list[int] = []
    for number, line in enumerate(lines):
        word = _directive(line)
        if word == "if":
            opened.append(number)
            count[number] = 1
        elif word in ("elseif", "else") and opened:
            count[opened[-1]] += 1
        elif word == "end" and opened:
            opened.pop()
    kept, keep, block = [], [True], []  # keep: is the current branch kept (innermost last)
    for number, line in enumerate(lines):
        word = _directive(line)
        if word == "if":
            block.append([0, count[number] - 1 if last else 0])  # [branch now, branch kept]
            keep.append(keep[-1] and block[-1][1] == 0)
        elif word in ("elseif", "else") and block:
            block[-1][0] += 1
            keep[-1] = keep[-2] and block[-1][0] == block[-1][1]
        elif word == "end" and block:
            block.pop()
            keep.pop()
        kept.append(line if keep[-1] or word else "")
    return kept


@functools.cache
def uno_python() -> str | None:
    """A Python that can ``import uno``: LibreOffice's own (Windows, macOS) or the system's (Linux)."""
    candidates = [str(Path(SOFFICE).resolve().parent / "python")] if SOFFICE else []
    candidates += ["/usr/lib/libreoffice/program/python", "/usr/bin/python3", shutil.which("python3") or ""]
    for python in dict.fromkeys(c for c in candidates if c and os.access(c, os.X_OK)):
        try:
            probe = subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return python
    return None


def _run(python: str, soffice: str, request: dict[str, Any], timeout: float) -> list[list[Any]]:
    """``request`` compiled by a private soffice: [[label, line, message], ...] for what did not compile."""
    deadline = time.monotonic() + timeout
    with tempfile.TemporaryDirectory(prefix="basic-check-") as tmp:
        pipe = f"basic_check_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        office = subprocess.Popen(
            [
                soffice,
                f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}",
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a process group of its own: soffice, oosplash, soffice.bin
        )
        grace = 0.0  # seconds soffice gets to end by itself: none after a timeout
        try:
            path = Path(tmp, "request.json")
            path.write_text(json.dumps(request), encoding="utf-8")
            left = deadline - time.monotonic()
            client = [python, str(Path(__file__).resolve()), pipe, str(path), str(left)]
            done = subprocess.run(client, capture_output=True, text=True, timeout=left)
            grace = 10.0
        except subprocess.TimeoutExpired as error:
            raise RuntimeError(f"LibreOffice did not answer within {timeout:g} s") from error
        finally:
            _stop(office, grace)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"the LibreOffice Basic check failed:\n{done.stderr[-3000:]}")
    found: list[list[Any]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _stop(office: subprocess.Popen[bytes], grace: float) -> None:
    """soffice ends (the client asked it to); what is left of its process group is killed."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        office.wait(timeout=grace)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(office.pid, signal.SIGKILL)
    office.wait(timeout=10)


# ---- run by the UNO Python (python basic_check.py PIPE REQUEST SECONDS): the client ----


def _client(pipe: str, request: str, seconds: float) -> None:
    import uno  # LibreOffice's Python-UNO, only in the Python that uno_python() found

    deadline = time.monotonic() + seconds
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    try:
        loader = ctx.ServiceManager.createInstanceWithContext("com.sun.star.loader.Python", ctx)
        checker = loader.activate("basic_check", "", Path(__file__).resolve().as_uri(), None)
        argument = uno.createUnoStruct("com.sun.star.beans.NamedValue", "request", Path(request).read_text())
        print(checker.execute((argument,)))
    finally:
        with contextlib.suppress(Exception):  # the bridge goes down with soffice
            desktop.terminate()


# ---- run inside soffice: LibreOffice's pythonloader.py calls getComponentFactory ----


def getComponentFactory(name: str, service_manager: Any, key: Any) -> Any:
    import uno
    import unohelper
    from com.sun.star.task import XJob

    class Checker(unohelper.Base, XJob):
        def execute(self, arguments: Any) -> str:
            request = json.loads(arguments[0].Value)
            return json.dumps(_compile(uno.getComponentContext(), request["jobs"], request["tolerate"]))

    return Checker()


def _compile(ctx: Any, jobs: list[list[Any]], tolerate: list[str]) -> list[list[Any]]:
    import uno

    hidden = uno.createUnoStruct("com.sun.star.beans.PropertyValue", "Hidden", 0, True, 0)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    document = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (hidden,))
    basic = _BasicErrors()
    found: list[list[Any]] = []
    try:
        libraries = 0
        for label, lines, is_class in jobs:
            for _ in range(100):  # a tolerated line is blanked and the module compiled again
                libraries += 1
                error = _compile_one(document, f"Check{libraries}", "\n".join(lines) + "\n", is_class, basic)
                line = error[0] if error else 0
                if not (0 < line <= len(lines) and any(re.search(p, lines[line - 1]) for p in tolerate)):
                    break
                lines[line - 1] = ""
            if error:
                found.append([label, *error])
    finally:
        document.close(True)
    return found


def _compile_one(document: Any, library: str, text: str, is_class: bool, basic: _BasicErrors) -> Any:
    """None when ``text`` compiles, else (line, message) of Basic's compiler error."""
    import uno

    container = document.BasicLibraries.createLibrary(library)
    info = uno.createUnoStruct("com.sun.star.script.ModuleInfo")
    info.ModuleType = 2 if is_class else 1  # com.sun.star.script.ModuleType: CLASS, NORMAL
    container.insertModuleInfo("Module", info)
    container.insertByName("Module", text)
    container.insertByName(PROBE, f"Function {PROBE}()\n{PROBE} = 42\nEnd Function\n")
    basic.reset()
    url = f"vnd.sun.star.script:{library}.{PROBE}.{PROBE}?language=Basic&location=document"
    if document.getScriptProvider().getScript(url).invoke((), (), ())[0] == 42:
        return None
    return basic.error()


class _BasicErrors:
    """Basic's last compiler error, from the exported statics of its class StarBASIC (in soffice)."""

    def __init__(self) -> None:
        import ctypes

        self.ctypes = ctypes
        self.line = self.text = self.set = None
        program = Path(os.path.realpath("/proc/self/exe")).parent
        for library in (None, program / "libmergedlo.so", program / "libsblo.so"):
            try:
                dll = ctypes.CDLL(str(library) if library else None)
                self.line = dll._ZN9StarBASIC7GetLineEv  # static sal_uInt16 GetLine()
                self.text = dll._ZN9StarBASIC12GetErrorTextEv  # static const OUString& GetErrorText()
                self.set = dll._ZN9StarBASIC12SetErrorDataE7ErrCodettt  # (ErrCode, line, col1, col2)
            except (OSError, AttributeError):
                self.line = self.text = self.set = None
                continue
            self.line.restype = ctypes.c_uint16
            self.text.restype = ctypes.c_void_p
            self.set.argtypes = [ctypes.c_uint32, ctypes.c_uint16, ctypes.c_uint16, ctypes.c_uint16]
            break

    def reset(self) -> None:
        if self.set is not None:
            self.set(0, 0, 0, 0)

    def error(self) -> tuple[int, str]:
        if self.line is None or self.text is None or not self.line():
            return 0, "does not compile (LibreOffice gave no line and no message)"
        ctypes = self.ctypes
        string = ctypes.c_void_p.from_address(self.text()).value  # OUString -> rtl_uString*
        length = ctypes.c_int32.from_address(string + 4).value if string else 0  # refCount, length, buffer
        message = ctypes.string_at(string + 8, 2 * length).decode("utf-16-le") if string else ""
        return int(self.line()), " ".join(message.split()) or "syntax error"


if __name__ == "__main__":
    _client(sys.argv[1], sys.argv[2], float(sys.argv[3]))
