"""Every command, every exit code, and never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from xlfollow.cli import _parser, main

COMMANDS = [
    "check",
    "learn",
    "run",
    "rollup",
    "consolidate",
    "export",
    "send",
    "collect",
    "report",
    "next-period",
    "new",
    "demo",
]


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "xlfollow", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    parser = _parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert sorted(choices) == sorted(COMMANDS)
    for command in COMMANDS:
        with pytest.raises(SystemExit) as done:
            main([command, "--help"])
        assert done.value.code == 0
        assert capsys.readouterr().out.strip()


def test_check_exit_0_with_warnings(example) -> None:
    done = cli("check", str(example("rs2018-framgangsfaktorer.xlsx")))
    assert done.returncode == 0
    assert "Framgångsfaktorer!C48\tvarning\tmissing-status\t" in done.stdout
    assert "Inga fel och en varning" in done.stdout and not done.stderr


def test_check_exit_1_with_errors_names_the_cell(make_book) -> None:
    path = make_book([["Framgångsfaktor", "Läge"], ["1. a", "blå"]])
    done = cli("check", str(path))
    assert done.returncode == 1
    assert done.stdout.startswith("Data!B2\tfel\tunknown-status\tOkänt läge ”blå”")


def test_check_in_english(make_book) -> None:
    path = make_book([["Success factor", "Status"], ["1. a", "blue"]])
    done = cli("--lang", "en", "check", str(path))
    assert done.returncode == 1 and "Unknown status “blue”" in done.stdout and "error" in done.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    "content,expected",
    [
        (b"", "tom fil"),
        (b"a;b;c\n1;2;3\n", "inte en zip-fil"),
        (b"<html><body>x</body></html>", "inte en zip-fil"),
        (b"PK\x03\x04broken", "skadad"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".xls"),
    ],
)
def test_exit_2_one_clear_line(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bok.xlsx"
    path.write_bytes(content)
    for command in ("check", "run", "rollup"):
        done = cli(command, str(path))
        assert done.returncode == 2, (command, done.stderr)
        assert done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0] and str(path) in lines[0]
        assert "Traceback" not in done.stderr
    assert path.read_bytes() == content


def test_missing_file_and_no_header(make_book, tmp_path: Path) -> None:
    done = cli("check", str(tmp_path / "finns-inte.xlsx"))
    assert done.returncode == 2 and "finns inte" in done.stderr
    done = cli("check", str(make_book([["hej"], [1]])))
    assert done.returncode == 2 and "Hittar ingen rubrikrad" in done.stderr


def test_run_writes_a_new_file_by_default(example) -> None:
    path = example("rs2018-aktiva-mal.xlsx")
    before = path.read_bytes()
    done = cli("run", str(path))
    assert done.returncode == 0, done.stderr
    assert path.read_bytes() == before
    assert (path.parent / "rs2018-aktiva-mal-klar.xlsx").exists()
    assert "Skrev" in done.stdout


def test_run_output_and_in_place(example, tmp_path: Path) -> None:
    path = example("rs2018-aktiva-mal.xlsx")
    out = tmp_path / "ut" / "..." / "x.xlsx"
    done = cli("run", str(path), "-o", str(tmp_path / "ut.xlsx"))
    assert done.returncode == 0 and (tmp_path / "ut.xlsx").exists()
    done = cli("run", str(path), "-o", str(path))
    assert done.returncode == 2 and "--in-place" in done.stderr
    done = cli("run", str(path), "-o", str(tmp_path / "ut.csv"))
    assert done.returncode == 2 and ".xlsx" in done.stderr
    done = cli("run", str(path), "-o", str(out))
    assert done.returncode == 2 and "Kunde inte skriva" in done.stderr
    done = cli("run", str(path), "--in-place")
    assert done.returncode == 0


def test_run_exit_1_still_writes(make_book) -> None:
    path = make_book([["Framgångsfaktor", "Läge"], ["1. a", "blå"]])
    done = cli("run", str(path))
    assert done.returncode == 1 and (path.parent / "book-klar.xlsx").exists()


def test_rollup_json_exact_shape(example) -> None:
    done = cli("rollup", str(example("rs2018-framgangsfaktorer.xlsx")), "--json")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert list(data) == ["items", "status", "by_perspective", "by_goal", "by_committee"]
    assert data["items"] == 41
    assert data["status"] == {
        "green": 7,
        "yellow": 29,
        "red": 4,
        "not_applicable": 0,
        "missing": 1,
        "unknown": 0,
    }
    assert all(list(v) == list(data["status"]) for v in data["by_perspective"].values())


def test_rollup_json_settings_layout(example) -> None:
    data = json.loads(cli("rollup", str(example("installningsblad.xlsx")), "--json").stdout)
    assert data["status"] == {
        "green": 7,
        "yellow": 29,
        "red": 4,
        "not_applicable": 0,
        "missing": 1,
        "unknown": 0,
    }
    assert sum(data["by_committee"]["RS"].values()) == 41


def test_rollup_text(example) -> None:
    done = cli("rollup", str(example("rs2017-framgangsfaktorer.xlsx")))
    assert done.returncode == 0 and done.stdout.startswith("Av de 102 framgångsfaktorerna")


def test_config_file(make_book, tmp_path: Path) -> None:
    path = make_book([["Vad", "Hur"], ["1. a", "●"]])
    config = tmp_path / "x.toml"
    config.write_text(
        'header_row = 1\n[column]\nitem = "A"\nstatus = "B"\n[status]\n"●" = "green"\n', encoding="utf-8"
    )
    done = cli("rollup", str(path), "--json", "--config", str(config))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"]["green"] == 1
    config.write_text("farg = 1\n", encoding="utf-8")
    done = cli("check", str(path), "--config", str(config))
    assert done.returncode == 2 and "Okänd inställning ”farg”" in done.stderr


def test_bad_settings_sheet(make_book) -> None:
    path = make_book([["Framgångsfaktor", "Läge"]], settings=[["header_row", "första"]])
    done = cli("check", str(path))
    assert done.returncode == 2 and "header_row" in done.stderr and "cell A1" in done.stderr


@pytest.mark.slow
def test_new_templates(tmp_path: Path) -> None:
    for kind in ("framgangsfaktorer", "resultatmal", "aktiva-mal", "handlingsplaner"):
        done = cli("new", kind, str(tmp_path / f"{kind}.xlsx"))
        assert done.returncode == 0 and (tmp_path / f"{kind}.xlsx").exists()
    done = cli("new", "budget", str(tmp_path / "b.xlsx"))
    assert done.returncode == 2 and "Okänd rapporttyp" in done.stderr


def test_demo(tmp_path: Path) -> None:
    done = cli("demo", str(tmp_path / "demo"))
    assert done.returncode == 0, done.stderr
    assert "rs2018-framgangsfaktorer.xlsx: 41 poster" in done.stdout
    assert len(list((tmp_path / "demo").glob("*-klar.xlsx"))) == 4


def test_unexpected_errors_are_one_line(monkeypatch: pytest.MonkeyPatch, example, capsys) -> None:
    from xlfollow import actions

    def boom(*args, **kwargs):
        raise ZeroDivisionError("oj")

    monkeypatch.setattr(actions, "check", boom)
    assert main(["check", str(example("rs2018-aktiva-mal.xlsx"))]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and "Traceback" not in err
