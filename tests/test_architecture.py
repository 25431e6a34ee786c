"""The core is pure: it imports neither openpyxl, xlwings nor lxml. Readers and writers are the
adapters. A button click starts a fresh Python, so `xlfollow check` must not import what it
does not need."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import xlfollow

ROOT = Path(xlfollow.__file__).parent
CORE = [
    "a1",
    "errors",
    "layout",
    "models",
    "normalise",
    "numbers",
    "plan",
    "rollup",
    "rules",
    "settings",
    "status",
    "styles",
    "texts",
]
ADAPTERS = {"openpyxl", "xlwings", "lxml", "python_calamine"}


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_imports_no_adapter() -> None:
    for module in CORE:
        found = imported(ROOT / f"{module}.py") & ADAPTERS
        assert not found, f"{module}.py imports {found}"


def test_core_imports_only_core() -> None:
    for module in CORE:
        tree = ast.parse((ROOT / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("xlfollow."):
                assert node.module.removeprefix("xlfollow.") in CORE, f"{module} imports {node.module}"


def test_check_imports_neither_openpyxl_xlwings_nor_pandas(example) -> None:
    path = example("rs2018-aktiva-mal.xlsx")
    code = (
        "import sys; from pathlib import Path; from xlfollow import actions; "
        f"actions.check(Path({str(path)!r})); "
        "heavy = {'openpyxl', 'xlwings', 'pandas', 'pydantic'}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
