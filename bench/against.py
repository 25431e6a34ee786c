"""This checkout against an earlier commit, on the benchmark's workbooks: `run` (300, 10,000 and
100,000 rows), `check` (10,000 rows) and `consolidate` (200 units), alternating in the same run,
each a fresh process, CPU seconds (user + system) beside wall seconds. An issue that must not slow
xlfollow down says so with this ratio.

    python bench/against.py REV [--rounds N]

REV is installed from `git archive` into bench/.cache/venv-REV (normal installs, as users have
them), this checkout into bench/.cache/venv (as bench/run.py does). Prints a Markdown table."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from run import CACHE, ENV, PYTHON, ROOT, Sample, install, measure, units, workbook


def install_rev(rev: str) -> str:
    """The commit ``rev`` installed into its own venv (once per commit); its Python."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", rev], check=True, capture_output=True, text=True
    ).stdout.strip()
    venv = CACHE / f"venv-{commit[:12]}"
    python = venv / "bin" / "python"
    if not (venv / "installed").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        with tempfile.TemporaryDirectory() as folder:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True
            )
            subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
            subprocess.run([str(python), "-m", "pip", "install", "-q", folder], check=True, env=ENV)
        (venv / "installed").write_text(commit)
    return str(python)


def imports_its_own(python: str) -> None:
    """Stops unless ``python`` imports the xlfollow of its own venv (a checkout on the path would
    make both sides of the ratio the same code)."""
    found = subprocess.run(
        [python, "-c", "import xlfollow; print(xlfollow.__file__)"],
        check=True,
        capture_output=True,
        text=True,
        env=ENV,
        cwd=CACHE,
    ).stdout.strip()
    owned_by(Path(python), found)


def owned_by(python: Path, found: str) -> None:
    """Stops unless the module file ``found`` lies in the venv of ``python`` (…/venv/bin/python),
    a whole folder: never …/venv-0123…, whose name only starts like it."""
    if not Path(found).is_relative_to(python.parent.parent):
        raise SystemExit(f"{python} imports {found}, not its own install")


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)  # not a revision to install
        return
    rev = sys.argv[1]
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 7
    CACHE.mkdir(exist_ok=True)
    install()
    before = install_rev(rev)
    for python in (before, PYTHON):
        imports_its_own(python)
    out = CACHE / "out-against"
    out.mkdir(exist_ok=True)
    folder = units(200)[0].parent
    jobs: dict[str, list[str]] = {}
    for rows in (300, 10_000, 100_000):
        path = str(workbook(rows))
        jobs[f"run {rows:,} rows"] = ["-m", "xlfollow", "run", path, "-o", str(out / f"r{rows}.xlsx")]
    jobs["check 10,000 rows"] = ["-m", "xlfollow", "check", str(workbook(10_000))]
    jobs["consolidate 200 units"] = [
        "-m",
        "xlfollow",
        "consolidate",
        str(folder),
        "-o",
        str(out / "region.xlsx"),
    ]
    print(f"| job | {rev} CPU s | now CPU s | CPU ratio | {rev} wall s | now wall s | wall ratio |")
    print("|---|---|---|---|---|---|---|")
    for name, args in jobs.items():
        samples: dict[str, list[Sample]] = {"before": [], "now": []}
        count = max(3, rounds // 3) if "100,000" in name else rounds
        for _ in range(count):
            samples["before"].append(measure([before, *args]))
            samples["now"].append(measure([PYTHON, *args]))
        cpu = {k: statistics.median(s.cpu for s in v) for k, v in samples.items()}
        wall = {k: statistics.median(s.seconds for s in v) for k, v in samples.items()}
        print(
            f"| {name} | {cpu['before']:.3f} | {cpu['now']:.3f} | {cpu['now'] / cpu['before']:.2f} "
            f"| {wall['before']:.3f} | {wall['now']:.3f} | {wall['now'] / wall['before']:.2f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
