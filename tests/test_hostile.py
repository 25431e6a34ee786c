"""Every case of the corpus (tests/corpus.py), through `check` and `run` as a user would run them:
exit code 0, 1 or 2, one clear line when the file cannot be used, never a traceback, within the
time and memory limits, the input byte for byte unchanged, no live formula made from user text."""

from __future__ import annotations

import hashlib
import os
import re
import resource
import subprocess
import sys
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

import corpus
from package_check import problems

pytestmark = pytest.mark.slow  # an independent judge or a long check: scripts/test --fast leaves it out

TIME_LIMIT = 30.0  # seconds per command
MEMORY_LIMIT = 3 * 1024**3  # address space per command, bytes
OWNED_PARTS_WITHOUT_FORMULAS = ("Sammanställning", "Kontroll")


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cli(args: list[str], cwd: Path) -> Outcome:
    out, err = cwd / f".out-{threading.get_ident()}", cwd / f".err-{threading.get_ident()}"
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    start = time.monotonic()
    with out.open("wb") as o, err.open("wb") as e:
        process = subprocess.Popen(
            [sys.executable, "-m", "xlfollow", *args], stdout=o, stderr=e, preexec_fn=_limit, env=env, cwd=cwd
        )
        timer = threading.Timer(TIME_LIMIT, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - start
    return Outcome(
        process.returncode,
        out.read_text("utf-8", "replace"),
        err.read_text("utf-8", "replace"),
        seconds,
        usage.ru_maxrss / 1024,
    )


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str, Outcome, Outcome, Path]]:
    folder = tmp_path_factory.mktemp("corpus")
    files = corpus.write_all(folder)

    def one(item: tuple[str, Path]) -> tuple[str, tuple[Path, str, Outcome, Outcome, Path]]:
        name, path = item
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        checked = run_cli(["check", str(path)], folder)
        output = path.with_name(path.stem + "-ut.xlsx")
        ran = run_cli(["run", str(path), "-o", str(output)], folder)
        return name, (path, digest, checked, ran, output)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(one, files.items()))


def test_the_corpus_is_large_enough() -> None:
    assert len(corpus.CASES) >= 100


@pytest.mark.parametrize("name", list(corpus.CASES))
def test_bad_input(name: str, outcomes) -> None:
    path, digest, checked, ran, output = outcomes[name]
    for what, outcome in (("check", checked), ("run", ran)):
        assert outcome.code in (0, 1, 2), f"{what}: exit {outcome.code}\n{outcome.stderr[-2000:]}"
        assert "Traceback" not in outcome.stderr and "Traceback" not in outcome.stdout, outcome.stderr
        assert outcome.seconds < TIME_LIMIT
        if outcome.code == 2:
            lines = outcome.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("xlfollow: "), outcome.stderr
            assert "oväntat fel" not in lines[0], (
                f"{what}: an unexpected error is not a clear message: {lines[0]}"
            )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, "the input changed"
    assert checked.code == ran.code or ran.code == 2
    if ran.code in (0, 1):
        assert output.exists()

        def kinds(found: list[str]) -> set[str]:
            return {re.sub(r"\d+", "#", problem) for problem in found}

        assert kinds(problems(output)) <= kinds(problems(path)), "run must not add a structural problem"
        with zipfile.ZipFile(output) as z:
            names = z.namelist()
            workbook = z.read("xl/workbook.xml").decode()
            assert "Sammanställning" in workbook
            for part in names:
                if part.startswith("xl/worksheets/sheet") and part not in zipfile.ZipFile(path).namelist():
                    assert b"<f>" not in z.read(part), f"a formula in {part}"
    else:
        assert not output.exists()


def test_limits_measured(outcomes, record_property) -> None:
    slowest = max(o.seconds for _, _, c, r, _ in outcomes.values() for o in (c, r))
    peak = max(o.peak_mb for _, _, c, r, _ in outcomes.values() for o in (c, r))
    record_property("slowest_seconds", round(slowest, 2))
    record_property("peak_mb", round(peak, 1))
    print(f"\ncorpus: {len(outcomes)} cases x 2 commands; slowest {slowest:.2f} s; peak RSS {peak:.0f} MB")
    assert slowest < TIME_LIMIT and peak * 1024**2 < MEMORY_LIMIT
