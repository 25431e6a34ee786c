"""Microsoft's Open XML SDK validator (DocumentFormat.OpenXml ``OpenXmlValidator``) from Python,
for the tests (issue 21): the .NET runtime and the SDK 2.8.1 come with the PyPI wheel
``python-redlines-ooxmlpowertools`` (a self-contained .NET 8 app, extracted once into
``~/.cache/xlfollow-sdk``), loaded in-process by ``pythonnet`` through ``clr_loader``'s CoreCLR.
The SDK 2.8.1 validates against Office 2013, and it runs the semantic checks across elements
(Sem_UniqueAttributeValue, Sem_MissingIndexedElement, Sem_InvalidRelationshipId) that the SDK 3.x
skips. Built and measured by a helper (start 0.6 s, a small workbook 10-20 ms).

Only one CoreCLR lives in a process and a process must not fork after it started, so the tests
run this file as a program of its own: ``python tests/sdk_validator.py FILE...`` prints
``{"file": [errors]}`` as JSON, or ``{"unavailable": reason}``."""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import sys
import tarfile
import tempfile
import threading
from pathlib import Path

__all__ = ["available", "engine_info", "validate"]

# (python package, distribution name) in order of preference
_ENGINES = {"ooxmlpowertools": ("python_redlines_ooxmlpowertools", "python-redlines-ooxmlpowertools")}
_ORDER = ["ooxmlpowertools"]

_lock = threading.RLock()
_state: dict = {"tried": False, "error": None}


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "xlfollow-sdk"


def _find_tarball() -> tuple[str, Path]:
    if not (sys.platform.startswith("linux") and os.uname().machine in ("x86_64", "amd64")):
        raise RuntimeError(f"only linux-x64 is supported (this is {sys.platform}/{os.uname().machine})")
    order = _ORDER
    tried = []
    for name in order:
        if name not in _ENGINES:
            raise RuntimeError(f"unknown engine {name!r}")
        mod_name, dist = _ENGINES[name]
        try:
            mod = importlib.import_module(mod_name)
        except ImportError:
            tried.append(dist)
            continue
        tb = Path(mod.__file__).resolve().parent / "_binaries" / "linux-x64.tar.gz"
        if tb.is_file():
            return name, tb
        tried.append(f"{dist} (no {tb.name})")
    raise RuntimeError("no .NET bundle found: pip install " + " or ".join(tried))


def _extract(engine: str, tarball: Path) -> Path:
    st = tarball.stat()
    key = hashlib.sha1(f"{tarball}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:12]
    dest = _cache_root() / f"{engine}-{key}"
    if (dest / ".complete").exists():
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{engine}-", dir=dest.parent))
    try:
        with tarfile.open(tarball) as tf:
            try:
                tf.extractall(tmp, filter="data")
            except TypeError:  # Python without extraction filters
                tf.extractall(tmp)
        (tmp / ".complete").write_text(str(tarball) + "\n")
        try:
            os.rename(tmp, dest)
        except OSError:  # another process won the race
            if not (dest / ".complete").exists():
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return dest


def _app_dir(root: Path) -> Path:
    # the app may sit at the top of the tarball or in one sub-directory
    for d in [root, *sorted(p for p in root.iterdir() if p.is_dir())]:
        if (d / "libhostfxr.so").exists() and (d / "DocumentFormat.OpenXml.dll").exists():
            return d
    raise RuntimeError(f"libhostfxr.so / DocumentFormat.OpenXml.dll not found under {root}")


def _start() -> None:
    """Start CoreCLR once and import the SDK types into _state."""
    engine, tarball = _find_tarball()
    app = _app_dir(_extract(engine, tarball))
    cfgs = sorted(app.glob("*.runtimeconfig.json"))
    if not cfgs:
        raise RuntimeError(f"no *.runtimeconfig.json in {app}")
    entry = app / (cfgs[0].name[: -len(".runtimeconfig.json")] + ".dll")

    try:
        import pythonnet
        from clr_loader import get_coreclr
    except ImportError as e:
        raise RuntimeError(f"pythonnet/clr_loader not importable ({e}); pip install pythonnet") from e

    props = {}
    # ICU is optional: invariant globalization unless the user decided otherwise.
    if "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT" not in os.environ:
        props["System.Globalization.Invariant"] = "true"

    # A self-contained app's runtimeconfig.json is rejected by
    # hostfxr_initialize_for_runtime_config (0x80008093 InvalidConfigFile), so
    # initialise through the command-line API with the app's entry dll instead
    # (its Main is never run). dotnet_root = app dir: clr_loader falls back to
    # <dotnet_root>/libhostfxr.so.
    rt = get_coreclr(entry_dll=str(entry), dotnet_root=str(app), properties=props)
    pythonnet.set_runtime(rt)
    pythonnet.load()

    import clr

    clr.AddReference(str(app / "DocumentFormat.OpenXml.dll"))
    import System
    from DocumentFormat.OpenXml import FileFormatVersions
    from DocumentFormat.OpenXml.Packaging import (
        PresentationDocument,
        SpreadsheetDocument,
        WordprocessingDocument,
    )
    from DocumentFormat.OpenXml.Validation import OpenXmlValidator

    versions = [v for v in System.Enum.GetValues(FileFormatVersions) if int(v) != 0]
    newest = max(versions, key=int)
    sdk_ver = str(System.Reflection.Assembly.GetAssembly(OpenXmlValidator).GetName().Version)
    _state.update(
        System=System,
        validator=OpenXmlValidator(newest),
        openers={
            "spreadsheet": SpreadsheetDocument,
            "word": WordprocessingDocument,
            "presentation": PresentationDocument,
        },
        info={
            "engine": engine,
            "app_dir": str(app),
            "dotnet": str(System.Environment.Version),
            "sdk": sdk_ver,
            "file_format": str(newest),
        },
    )


def _ensure() -> None:
    with _lock:
        if not _state["tried"]:
            _state["tried"] = True
            try:
                _start()
            except BaseException as e:
                msg = " ".join(f"{type(e).__name__}: {e}".split())
                _state["error"] = msg[:400]
        if _state["error"]:
            raise RuntimeError("Open XML SDK validator unavailable: " + _state["error"])


def available() -> str | None:
    """None if the validator runtime starts (starting it if needed), else a one-line reason."""
    try:
        _ensure()
    except RuntimeError:
        return _state["error"]
    return None


def engine_info() -> dict:
    """Versions in use: engine, dotnet, sdk, file_format, app_dir."""
    _ensure()
    return dict(_state["info"])


_KIND_BY_EXT = {
    ".xlsx": "spreadsheet",
    ".xlsm": "spreadsheet",
    ".xltx": "spreadsheet",
    ".xltm": "spreadsheet",
    ".xlam": "spreadsheet",
    ".docx": "word",
    ".docm": "word",
    ".dotx": "word",
    ".dotm": "word",
    ".pptx": "presentation",
    ".pptm": "presentation",
    ".potx": "presentation",
    ".potm": "presentation",
    ".ppsx": "presentation",
    ".ppsm": "presentation",
}


def _s(x) -> str | None:
    return None if x is None else str(x)


def validate(path: str) -> list[dict]:
    """Validate one OOXML file with OpenXmlValidator at the newest FileFormatVersions.

    Returns a list of {"id", "description", "part", "path", "error_type"}; [] means valid.
    A package the SDK cannot even open/read yields one entry with error_type
    "Exception" and id = the .NET exception type (e.g. OpenXmlPackageException).
    Raises RuntimeError if the runtime is unavailable, ValueError for unknown extensions,
    FileNotFoundError if path does not exist.
    """
    p = Path(path)
    kind = _KIND_BY_EXT.get(p.suffix.lower())
    if kind is None:
        raise ValueError(f"unsupported extension {p.suffix!r} for {path}")
    if not p.is_file():
        raise FileNotFoundError(path)
    _ensure()
    opener = _state["openers"][kind]
    errors: list[dict] = []
    with _lock:
        doc = None
        try:
            doc = opener.Open(str(p.resolve()), False)
            for e in _state["validator"].Validate(doc):
                errors.append(
                    {
                        "id": _s(e.Id),
                        "description": _s(e.Description),
                        "part": _s(e.Part.Uri) if e.Part is not None else None,
                        "path": _s(e.Path.XPath) if e.Path is not None else None,
                        "error_type": _s(e.ErrorType),
                    }
                )
        except Exception as e:  # .NET exceptions surface as Python exceptions via pythonnet
            if not hasattr(e, "GetType"):  # a Python-side error: not the document's fault
                raise
            tname = str(e.GetType().Name)
            msg = _s(getattr(e, "Message", None)) or str(e)
            errors.append(
                {"id": tname, "description": msg, "part": None, "path": None, "error_type": "Exception"}
            )
        finally:
            if doc is not None:
                doc.Dispose()
    return errors


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python sdkvalidate.py FILE.(xlsx|xlsm|docx|pptx)...", file=sys.stderr)
        return 2
    reason = available()
    if reason:
        print(json.dumps({"unavailable": reason}))
        return 3
    out = {a: validate(a) for a in argv}
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 1 if any(out.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
