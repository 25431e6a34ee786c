import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlfollow.core.texts import MESSAGES, NOUNS, localised, number_word, summary_sentence


def test_the_2018_report_sentence() -> None:
    sentence = summary_sentence(
        "framgangsfaktorer", {"green": 7, "yellow": 29, "red": 4, "not_applicable": 0, "missing": 1}
    )
    assert sentence == (
        "Av de 41 framgångsfaktorerna bedöms sju vara uppfyllda (grön), 29 vara på väg att "
        "uppfyllas (gul) och fyra inte vara uppfyllda (röd). En saknar bedömning."
    )


@pytest.mark.parametrize(
    "kind,counts,expected",
    [
        (
            "aktiva-mal",
            {"green": 2, "red": 6},
            "Av de åtta aktiva målen bedöms två vara uppfyllda (grön) och sex inte vara uppfyllda (röd).",
        ),
        ("aktiva-mal", {"green": 1}, "Det enda aktiva målet bedöms vara uppfyllt (grön)."),
        (
            "resultatmal",
            {"green": 1, "red": 1, "not_applicable": 1},
            "Av de tre resultatmålen bedöms ett vara uppfyllt (grön) och ett inte vara uppfyllt (röd). "
            "Ett är inte längre aktuellt.",
        ),
        (
            "handlingsplaner",
            {"yellow": 13, "missing": 2},
            "Av de 15 handlingsplanerna bedöms 13 vara på väg att uppfyllas (gul). Två saknar bedömning.",
        ),
        ("framgangsfaktorer", {"missing": 3}, "Ingen av de tre framgångsfaktorerna har bedömts."),
        ("aktiva-mal", {"missing": 1}, "Det enda aktiva målet har inte bedömts."),
        (
            "framgangsfaktorer",
            {"green": 1, "missing": 1, "unknown": 2},
            "Av de fyra framgångsfaktorerna bedöms en vara uppfylld (grön). En saknar bedömning. "
            "Två har ett läge som inte kunde läsas.",
        ),
        ("framgangsfaktorer", {}, "Det finns inga framgångsfaktorer att bedöma."),
    ],
)
def test_sentences(kind, counts, expected) -> None:
    assert summary_sentence(kind, counts) == expected


def test_english_sentence() -> None:
    assert summary_sentence(
        "framgangsfaktorer", {"green": 7, "yellow": 29, "red": 4, "missing": 1}, "en"
    ) == (
        "Of the 41 success factors, seven are assessed as fulfilled (green), 29 as on the way to being "
        "fulfilled (yellow) and four as not fulfilled (red). One has no assessment."
    )


def test_number_words() -> None:
    assert [number_word(n) for n in (0, 1, 2, 7, 12, 13, 41)] == [
        "noll",
        "en",
        "två",
        "sju",
        "tolv",
        "13",
        "41",
    ]
    assert number_word(1, neuter=True) == "ett" and number_word(4, "en") == "four"


@given(
    st.sampled_from(list(NOUNS)),
    st.dictionaries(
        st.sampled_from(["green", "yellow", "red", "not_applicable", "missing"]), st.integers(0, 200)
    ),
    st.sampled_from(["sv", "en"]),
)
def test_sentence_always_reads(kind, counts, language) -> None:
    sentence = summary_sentence(kind, counts, language)
    assert sentence and (sentence[0].isupper() or sentence[0].isdigit()) and sentence.endswith(".")
    assert "  " not in sentence and " ." not in sentence


def test_every_message_in_both_languages_with_the_same_fields() -> None:
    fields = string.Formatter()
    for key, (sv, en) in MESSAGES.items():
        assert sv and en, key
        names_sv = {f for _, f, _, _ in fields.parse(sv) if f}
        names_en = {f for _, f, _, _ in fields.parse(en) if f}
        assert names_sv == names_en, key


def test_no_user_sentence_outside_texts() -> None:
    """User-facing sentences live in messages.py and problems.py (data) and texts.py (sentences
    built from counts); words.py quotes its sources. Other modules hold no Swedish sentences."""
    from pathlib import Path

    import xlfollow

    root = Path(xlfollow.__file__).parent
    allowed = {"messages.py", "problems.py", "texts.py", "words.py", "templates.py", "examples.py"}
    sentence = re.compile(r'"[A-ZÅÄÖ][a-zåäö]+ [a-zåäö]+ [a-zåäö]+ [^"]*\b(och|är|för|att|inte|som)\b[^"]*"')
    for path in root.rglob("*.py"):
        if path.name in allowed:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith("#") or '"""' in line:
                continue
            assert not sentence.search(line), f"{path.name}: {line.strip()}"


def test_say_fills_fields() -> None:
    assert localised("cli-wrote", "en", path="x") == "Wrote x."


@pytest.mark.parametrize(
    ("counts", "opening"),
    [
        ({"green": 1, "yellow": 2}, "Of the three success factors, one is assessed as fulfilled"),
        ({"yellow": 1, "red": 3}, "Of the four success factors, one is assessed as on the way"),
        ({"green": 2, "red": 1}, "Of the three success factors, two are assessed as fulfilled"),
    ],
)
def test_english_verb_agrees_with_the_first_count(counts: dict[str, int], opening: str) -> None:
    """Issue 9: the English sentence said "one are assessed"."""
    assert summary_sentence("framgangsfaktorer", counts, "en").startswith(opening)
