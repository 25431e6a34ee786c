"""Every sentence the code can say exists in Swedish and English, and English output holds no
Swedish (issue 9: a key without a message gave a KeyError traceback; reader and settings
details came out in Swedish in English messages)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from xlfollow import actions
from xlfollow.core.errors import InputError, WorkbookError, XlfollowError, os_reason
from xlfollow.core.texts import MESSAGES

import corpus

SOURCE = Path(actions.__file__).parent
_CALLS = {"XlfollowError", "InputError", "WorkbookError", "localised", "Phrase", "TextKey", "_setting_error"}
# Swedish words that no English sentence has (file names in the corpus are ASCII)
_SWEDISH = (" och ", " är ", " inte ", "bladet", "saknas", " delar", "gånger", " rader", " fil ")


def _literal_keys() -> list[tuple[str, str]]:
    found = []
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            first = node.args[0]
            if name in _CALLS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((f"{path.name}:{node.lineno}", first.value))
    return found


def test_every_key_the_code_names_has_both_languages() -> None:
    keys = _literal_keys()
    assert len(keys) > 50  # the scan sees the calls
    missing = [(where, key) for where, key in keys if key not in MESSAGES and not key.startswith("hint.")]
    missing += [(where, key) for where, key in keys if key.startswith("hint.") and key not in MESSAGES]
    assert not missing
    for key, (sv, en) in MESSAGES.items():
        assert sv.strip() and en.strip(), key


def test_the_permission_error_of_the_report_has_a_message(tmp_path: Path) -> None:
    """The key "unreadable" had no message: a KeyError in the CLI, the button and consolidate."""
    error = WorkbookError("unreadable", path="a.xlsx", detail=os_reason(PermissionError(13, "x")))
    assert "behörighet" in error.message("sv")
    assert "permission" in error.message("en")


@pytest.mark.parametrize(
    ("errno_name", "swedish"),
    [("EACCES", "behörighet"), ("EROFS", "skrivskyddad"), ("EISDIR", "mapp"), ("ENOSPC", "full")],
)
def test_system_errors_are_said_in_swedish(errno_name: str, swedish: str) -> None:
    import errno

    code = getattr(errno, errno_name)
    error = WorkbookError("write-failed", path="b.xlsx", detail=os_reason(OSError(code, "English text")))
    assert swedish in error.message("sv")
    assert "English text" not in error.message("sv") + error.message("en")


def _english_messages(tmp_path: Path) -> list[tuple[str, str]]:
    out = []
    for name, write in corpus.CASES.items():
        path = tmp_path / "case.xlsx"
        write(path)
        try:
            actions.check(path, language="en")
        except XlfollowError as exc:
            out.append((name, exc.message("en")))
        except Exception as exc:  # pragma: no cover - the hostile tests report these
            out.append((name, f"unexpected {type(exc).__name__}"))
    return out


@pytest.mark.slow
def test_english_messages_of_the_corpus_hold_no_swedish(tmp_path: Path) -> None:
    said = _english_messages(tmp_path)
    assert len(said) > 40
    swedish = [(name, text) for name, text in said if any(w in text for w in _SWEDISH)]
    assert not swedish, swedish[:5]
    assert not [n for n, t in said if t.startswith("unexpected")]


def test_an_input_error_says_its_details_in_its_language() -> None:
    from xlfollow.core.texts import Phrase

    error = InputError("not-a-workbook", path="x.xlsx", detail=Phrase("detail.empty-file"))
    assert "tom fil" in error.message("sv") and "an empty file" in error.message("en")
