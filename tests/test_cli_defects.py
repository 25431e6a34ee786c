"""The command line as issue 9 found it: overwriting without asking, flags that only worked in
one place, English usage errors, messages naming the wrong file; and saves that changed the
file's permissions or deleted another file's temporary file."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from xlfollow import __version__
from xlfollow.adapters.lock import writing
from xlfollow.cli import main
from xlfollow.ooxml.save import temp_prefix


def test_new_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled = tmp_path / "filled.xlsx"
    filled.write_bytes(b"the office's filled-in workbook")
    assert main(["new", "framgangsfaktorer", str(filled)]) == 2
    assert filled.read_bytes() == b"the office's filled-in workbook"
    assert "--force" in capsys.readouterr().err
    assert main(["new", "framgangsfaktorer", str(filled), "--force"]) == 0
    assert filled.read_bytes().startswith(b"PK")


def test_in_place_and_output_together_are_refused(example, tmp_path: Path, capsys) -> None:
    book = example("rs2018-aktiva-mal.xlsx")
    before = book.read_bytes()
    assert main(["run", str(book), "--in-place", "-o", str(tmp_path / "o.xlsx")]) == 2
    assert "--in-place" in capsys.readouterr().err
    assert book.read_bytes() == before and not (tmp_path / "o.xlsx").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{book}", "--lang", "en"],
        ["--lang", "en", "check", "{book}"],
        ["check", "--lang", "en", "{book}"],
    ],
)
def test_common_flags_work_before_and_after_the_command(example, argv, capsys) -> None:
    book = str(example("rs2018-framgangsfaktorer.xlsx"))
    assert main([a.format(book=book) for a in argv]) == 0
    assert "one warning" in capsys.readouterr().out


def test_the_flag_after_the_command_wins(example, capsys) -> None:
    book = str(example("rs2018-framgangsfaktorer.xlsx"))
    assert main(["--lang", "sv", "check", book, "--lang", "en"]) == 0
    assert "one warning" in capsys.readouterr().out


def test_plain_xlfollow_prints_help_and_version(capsys) -> None:
    assert main([]) == 0
    assert "COMMAND" in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and __version__ in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "swedish"),
    [(["check"], "saknas"), (["chek", "x"], "ogiltigt val"), (["check", "a", "b"], "okända argument")],
)
def test_usage_errors_are_one_swedish_line(argv, swedish, capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert swedish in err and "xlfollow --help" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("name", "expected"),
    [("t.txt", "t.txt är ingen Excel-arbetsbok (filändelsen .txt"), ("mapp", "mapp är en mapp")],
)
def test_messages_name_the_file_the_user_gave(tmp_path: Path, name: str, expected: str, capsys) -> None:
    path = tmp_path / name
    path.mkdir() if name == "mapp" else path.write_text("x")
    assert main(["run", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err and "-klar" not in err


def test_a_template_must_be_xlsx_and_says_so(tmp_path: Path, capsys) -> None:
    assert main(["new", "framgangsfaktorer", str(tmp_path / "y.xlsm")]) == 2
    err = capsys.readouterr().err
    assert "y.xlsm måste sluta på .xlsx" in err and "samma som" not in err


@pytest.mark.skipif(os.getuid() == 0, reason="root reads every file")
def test_permission_error_is_a_swedish_line(tmp_path: Path, example, capsys) -> None:  # pragma: no cover
    book = tmp_path / "b.xlsx"
    shutil.copy(example("rs2018-aktiva-mal.xlsx"), book)
    book.chmod(0)
    assert main(["check", str(book)]) == 2
    assert "behörighet" in capsys.readouterr().err


def test_a_read_only_folder_is_said_in_swedish(example, tmp_path: Path, monkeypatch, capsys) -> None:
    import errno

    import xlfollow.ooxml.save as save

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(save, "_new_file", refuse)
    assert main(["run", str(example("rs2018-aktiva-mal.xlsx")), "-o", str(tmp_path / "o.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "skrivskyddad" in err and "Read-only" not in err


@pytest.mark.parametrize("mode", [0o664, 0o644, 0o640])
def test_in_place_keeps_the_files_permissions(example, tmp_path: Path, mode: int) -> None:
    book = tmp_path / "delad.xlsx"
    shutil.copy(example("rs2018-aktiva-mal.xlsx"), book)
    book.chmod(mode)
    main(["run", str(book), "--in-place"])
    assert stat.S_IMODE(book.stat().st_mode) == mode


def test_a_new_file_gets_the_users_default_permissions(example, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "ny.xlsx"
        main(["run", str(example("rs2018-aktiva-mal.xlsx")), "-o", str(out)])
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_stale_cleanup_does_not_glob_brackets(tmp_path: Path) -> None:
    """A name with "[1]" was a glob pattern: the cleanup for "rapport[1].xlsx" removed the
    temporary file of "rapport1.xlsx", which another xlfollow was writing."""
    target = tmp_path / "rapport[1].xlsx"
    other = tmp_path / (temp_prefix(tmp_path / "rapport1.xlsx") + "abc.xlsx")
    other.write_bytes(b"in progress")
    own = tmp_path / (temp_prefix(target) + "abc.xlsx")
    own.write_bytes(b"left by a killed run")
    with writing(target):
        pass
    assert other.exists() and not own.exists()
