"""The house: entry points over adapters over the file format over the pure core (contracts in
pyproject.toml, run by import-linter), no import cycle anywhere, and a button click that imports
only what it needs (a fresh Python starts for each click)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_layer_contracts_hold() -> None:
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    done = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "3 kept, 0 broken" in done.stdout


def test_no_import_cycle() -> None:
    """No module reaches itself through imports (lazy imports inside functions count too)."""
    graph = grimp.build_graph("xlfollow")
    modules = sorted(m for m in graph.modules if not graph.find_children(m))
    cycles = []
    for module in modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=imported, imported=module):
                cycles.append((module, imported))
    assert not cycles, cycles


@pytest.mark.parametrize(
    ("folder", "rule"),
    [("core", "the core is pure"), ("ooxml", "the file format imports no adapter or entry point")],
)
def test_every_module_lives_in_a_room(folder: str, rule: str) -> None:
    """The contracts see a module only by its folder: every module of the package is in one."""
    rooms = {"core", "ooxml", "adapters", "data"}
    top = {p.stem for p in (ROOT / "xlfollow").glob("*.py")}
    assert top == {
        "__init__",
        "__main__",
        "actions",
        "cli",
        "consolidate",
        "demo",
        "examples",
        "excel",
        "kit",
        "next_period",
        "results",
        "templates",
    }, "new top-level module: put it in core/, ooxml/ or adapters/ (or name it an entry point)"
    folders = {p.name for p in (ROOT / "xlfollow").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= rooms and folder in folders, rule


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


def test_check_imports_only_what_it_uses(example) -> None:
    """Issue 13's import diet, first step: `check` imports neither the plan of changes (what run
    writes), nor the check after writing and its process pool, nor the target parser for a book
    without targets."""
    path = example("rs2018-framgangsfaktorer.xlsx")
    code = (
        "import sys; from xlfollow.cli import main; main(['check', " + repr(str(path)) + "]); "
        "unused = {'xlfollow.core.plan', 'xlfollow.core.pages', 'xlfollow.ooxml.verify', "
        "'xlfollow.core.targets', 'multiprocessing', 'concurrent.futures', 'xlfollow.adapters.file_writer'}; "
        "print(sorted(unused & set(sys.modules)), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr[-500:]


def test_run_imports_only_what_it_uses(example, tmp_path: Path) -> None:
    """Issue 13's import diet for `run` (what a button click or a command costs before any work):
    no process pool, no temporary-file module, no TOML or JSON reader when there is neither a
    settings file nor --json, no target parser for a book without targets, nothing heavy."""
    path = example("rs2018-framgangsfaktorer.xlsx")
    out = tmp_path / "klar.xlsx"
    code = (
        "import sys; from xlfollow.cli import main; "
        f"code = main(['run', {str(path)!r}, '-o', {str(out)!r}]); "
        "unused = {'xlfollow.core.targets', 'multiprocessing', 'concurrent.futures', 'tempfile', "
        "'random', 'tomllib', 'json', 'openpyxl', 'xlwings', 'pandas', 'pydantic'}; "
        "loaded = {m for n in sys.modules for m in (n, n.split('.')[0])}; "
        "print(code, sorted(unused & loaded), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stderr.strip().splitlines()[-1] in ("0 []", "1 []"), done.stderr[-500:]


def test_developing_names_every_module() -> None:
    """DEVELOPING.md's map of the house names every module of the package."""
    text = (ROOT / "DEVELOPING.md").read_text("utf-8")
    words = set(text.replace("/", " ").replace(".py", " ").replace("`", " ").split())
    modules = {p.stem for p in (ROOT / "xlfollow").rglob("*.py") if p.stem != "__init__"}
    assert modules <= words, sorted(modules - words)


def test_no_test_module_imports_another() -> None:
    """Helpers the tests share live in tests/helpers.py (and the other helper modules), never in a
    test module another imports: a test module's helpers change with its tests."""
    imports = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
            imports += [(path.name, n) for n in names if n.split(".")[0].startswith("test_")]
    assert not imports
