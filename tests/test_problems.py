"""The catalogue of problems (core/problems.py) drives the rules' severities, the messages and
README's table of checks; these tests hold the four together (issue 22)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from xlfollow.core import rules
from xlfollow.core.models import Layout
from xlfollow.core.normalise import Normalised
from xlfollow.core.problems import PROBLEMS, README_END, README_START, Problem, Severity, readme_block
from xlfollow.core.settings import Settings
from xlfollow.core.texts import MESSAGES, localised

ROOT = Path(__file__).resolve().parent.parent
RULES_SOURCE = Path(rules.__file__).read_text("utf-8")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_readme_table_is_the_catalogue() -> None:
    """README's table is printed from the catalogue: edit a code's words there, not in README."""
    text = (ROOT / "README.md").read_text("utf-8")
    start, end = text.index(README_START), text.index(README_END) + len(README_END)
    assert text[start:end] == readme_block(), "run: python -m xlfollow.core.problems --write README.md"


def test_every_code_in_the_readme_table_once() -> None:
    block = readme_block()
    for code in PROBLEMS:
        assert block.count(f"| `{code}` |") == 2, code  # the Swedish table and the English one


@pytest.mark.parametrize("problem", PROBLEMS.values(), ids=list(PROBLEMS))
def test_every_sentence_in_both_languages_with_the_same_fields(problem: Problem) -> None:
    for key, (sv, en) in problem.sentences().items():
        assert sv.strip() and en.strip(), key
        assert _fields(sv) == _fields(en), key
        assert MESSAGES[key] == (sv, en), key  # the messages are the catalogue's
    for pair in (problem.cell, problem.when, problem.fix):
        assert all(text.strip() for text in pair), problem.code
    assert problem.fields


def test_every_variant_has_its_own_key_and_an_unknown_one_is_refused() -> None:
    assert PROBLEMS["unknown-status"].key("near") == "unknown-status.near"
    assert PROBLEMS["missing-status"].key() == "missing-status"
    with pytest.raises(KeyError):
        PROBLEMS["missing-status"].key("near")


def test_the_rules_severities_are_the_catalogues() -> None:
    assert {code: p.severity for code, p in PROBLEMS.items()} == rules.RULES
    assert {p.severity for p in PROBLEMS.values()} == {Severity.ERROR, Severity.WARNING}


def _codes_named_in_rules() -> set[str]:
    """Every string literal in rules.py that is written like a code and is an issue's code: the
    first argument of ``ctx.issue``/``_red_or_yellow_without``/``_at_item_cells`` or a ``code=``
    keyword."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(RULES_SOURCE)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            args = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if name == "issue" and node.args and args and node.args[0] is args[0]:
                found.add(args[0].value)
            if name in ("_red_or_yellow_without", "_at_item_cells"):
                found.update(a.value for a in args if "-" in a.value)
            if name in ("Issue", "previous_issue"):
                found.update(
                    k.value.value
                    for k in node.keywords
                    if k.arg == "code" and isinstance(k.value, ast.Constant)
                )
        is_rules = isinstance(node, ast.Subscript) and getattr(node.value, "id", "") == "RULES"
        if is_rules and isinstance(node.slice, ast.Constant):
            found.add(node.slice.value)
    return found


def test_every_code_a_rule_raises_is_in_the_catalogue_and_every_catalogued_code_is_raised() -> None:
    named = _codes_named_in_rules()
    assert named - set(PROBLEMS) == set()
    # previous-* are raised by actions through rules.previous_issue with the code as a value
    actions = (ROOT / "xlfollow" / "actions.py").read_text("utf-8")
    raised = named | {code for code in PROBLEMS if f'"{code}"' in actions}
    assert set(PROBLEMS) == raised


def test_every_variant_is_said_by_a_rule() -> None:
    said = set(re.findall(r'variant="([a-z-]+)"', RULES_SOURCE))
    assert said == {v for p in PROBLEMS.values() for v in p.variants}


def _context() -> rules.Context:
    layout = Layout(sheet="Data", header_row=1, columns={"item": 1, "status": 2, "comment": 3}, headers={})
    return rules.Context(layout, Normalised(items=(), orphan_rows=()), Settings())


def test_an_issue_points_where_the_catalogue_says() -> None:
    issue = _context().issue("missing-comment", 4, "comment", None, status="rött", column="Kommentar")
    assert (issue.cell, issue.severity) == ("C4", Severity.WARNING)
    assert issue.message("sv") == localised("missing-comment", "sv", status="rött", column="Kommentar")


def test_fault_injection_a_rule_that_points_elsewhere_or_says_an_unknown_variant_fails() -> None:
    """A rule that put missing-comment on the status cell, or said a sentence the catalogue does
    not have, is refused where it is raised (not shown to a user under the wrong words)."""
    with pytest.raises(ValueError, match="points at"):
        _context().issue("missing-comment", 4, "status")
    with pytest.raises(KeyError):
        _context().issue("missing-comment", 4, "comment", None, variant="near")


def test_the_variant_chooses_the_sentence() -> None:
    issue = _context().issue("unknown-status", 3, "status", None, variant="near", value="grnö", near="grön")
    assert "Menade du grön?" in issue.message("sv") and "Did you mean grön?" in issue.message("en")
    assert issue.fields.keys() == {"value", "near"}  # the choice is not a hidden field


def test_severity_words() -> None:
    assert [Severity.ERROR.label(), Severity.WARNING.label("en")] == ["fel", "warning"]


def test_the_issues_of_a_workbook_carry_the_catalogues_severity_and_point_at_its_field(
    tmp_path: Path,
) -> None:
    """Found by the review's mutations: with Context.issue ignoring the catalogue's severity, the
    tests above still passed. A workbook with six kinds of problem: each issue's severity is its
    record's, and its cell is in a column of a field the record names."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    ws.append(["Id", "Nämnd", "Framgångsfaktor", "Målvärde", "Utfall", "Läge", "Kommentar", "Aktiviteter"])
    ws.append([1, "RS", "Kortare köer", "minst 90 %", "80 %", "grön", "ok", "x"])
    ws.append([1, "XX", "Fler i arbete", "minst 5", "sju", "röd", None, None])
    ws.append([2, "RS", "Bättre luft", None, None, "lila", "?", None])
    wb.save(tmp_path / "b.xlsx")
    report = actions.check(tmp_path / "b.xlsx").report
    codes = {i.code for i in report.issues}
    assert {"duplicate-id", "unknown-committee", "bad-number", "unknown-status", "missing-comment"} <= codes
    assert "status-contradicts-target" in codes and "red-without-activities" in codes
    headers = {col: name for name, col in report.layout.columns.items()}
    for issue in report.issues:
        problem = PROBLEMS[issue.code]
        assert issue.severity is problem.severity, issue.code
        assert headers.get(issue.col) in problem.fields, (issue.code, issue.col)
