"""The Word report's plan (core/document.py): the words and the order of the report the office
would otherwise write by hand, judged against the seed reports' text."""

from __future__ import annotations

from pathlib import Path

import pytest

from xlfollow import actions
from xlfollow.core.document import (
    Contents,
    Heading,
    Paragraph,
    Table,
    committee_heading,
    named_sentence,
    period_words,
    scale_text,
    short_form,
    status_cell,
)
from xlfollow.core.errors import InputError
from xlfollow.core.models import Item
from xlfollow.core.report import settings_for
from xlfollow.core.settings import Settings, parse_settings, settings_lines
from xlfollow.core.status import Status


def plan_of(path: Path, **request: object):
    req = actions.Request(**request)  # type: ignore[arg-type]
    book = actions.read_file(path)
    report, plan = actions.document_of(book, req)
    return report, plan


def paragraphs(plan) -> list[str]:
    return [b.text for b in plan.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize(
    ("written", "sv", "en"),
    [
        ("2017-04-30", "30 april 2017", "30 April 2017"),
        ("2018-08", "augusti 2018", "August 2018"),
        ("april 2018", "april 2018", "april 2018"),
        ("T2  2019", "T2 2019", "T2 2019"),
        ("2018-13-01", "2018-13-01", "2018-13-01"),  # no month 13: as written
    ],
)
def test_the_period_is_written_in_words(written: str, sv: str, en: str) -> None:
    assert period_words(written, "sv") == sv
    assert period_words(written, "en") == en
    assert period_words(None) is None


def test_an_item_is_named_by_its_first_sentence_without_its_number() -> None:
    assert short_form("21. Andel patienter ska öka. Mer text här.") == "Andel patienter ska öka"
    long = "Tillsammans med övriga intressenter inom regionen genomföra aktiviteter för att stärka"
    short = short_form(long, 40)
    assert short.endswith("…") and len(short) <= 40 and long.startswith(short[:-1])
    assert not short[:-1].endswith(" ")  # cut at a word, not inside one


def _items(n: int, status: Status = Status.RED) -> list[Item]:
    return [Item(row=i + 2, text=f"{i + 1}. Mål nummer {i + 1} ska nås.", status=status) for i in range(n)]


def test_the_red_items_are_named_in_a_swedish_sentence_that_agrees() -> None:
    assert named_sentence("framgangsfaktorer", "red", _items(1), "sv") == (
        "Den framgångsfaktor som inte är uppfylld avser ”Mål nummer 1 ska nås”."
    )
    assert named_sentence("framgangsfaktorer", "red", _items(2), "sv") == (
        "De framgångsfaktorer som inte är uppfyllda avser ”Mål nummer 1 ska nås” och ”Mål nummer 2 ska nås”."
    )
    assert named_sentence("aktiva-mal", "red", _items(1), "sv") == (
        "Det aktiva mål som inte är uppfyllt avser ”Mål nummer 1 ska nås”."
    )
    assert named_sentence("resultatmal", "missing", _items(1, Status.MISSING), "sv") == (
        "Det resultatmål som saknar bedömning är ”Mål nummer 1 ska nås”."
    )
    assert named_sentence("framgangsfaktorer", "red", _items(2), "en") == (
        "The success factors that are not fulfilled concern “Mål nummer 1 ska nås” and "
        "“Mål nummer 2 ska nås”."
    )
    assert named_sentence("framgangsfaktorer", "red", [], "sv") == ""


def test_more_than_ten_red_items_are_named_and_the_rest_counted() -> None:
    text = named_sentence("framgangsfaktorer", "red", _items(13), "sv")
    assert "”Mål nummer 10 ska nås” och tre till." in text and "Mål nummer 11" not in text
    # a number that is the item's own words stays (found by the review: "10 procent fler …")
    assert short_form("10 procent fler ska få vård") == "10 procent fler ska få vård"


def test_a_committee_heading_is_the_committees_genitive() -> None:
    assert (
        committee_heading("Regionstyrelsen", "framgangsfaktorer", "sv")
        == "Regionstyrelsens framgångsfaktorer"
    )
    assert committee_heading("Kulturnämnden", "resultatmal", "sv") == "Kulturnämndens resultatmål"
    assert committee_heading("RS", "framgangsfaktorer", "sv") == "Framgångsfaktorer – RS"
    assert (
        committee_heading("Regionstyrelsen", "framgangsfaktorer", "en") == "Success factors – Regionstyrelsen"
    )


def test_the_scale_says_the_seed_reports_words_unless_the_settings_say_others() -> None:
    """004: "Framgångsfaktorn är uppfylld. Rätt åtgärder är utförda. Inga ytterligare åtgärder behöver
    göras under 2018." """
    plain = Settings()
    assert scale_text(Status.GREEN, "framgangsfaktorer", "2018", "sv", plain) == (
        "Framgångsfaktorn är uppfylld. Rätt åtgärder är utförda. Inga ytterligare åtgärder behöver göras "
        "under 2018."
    )
    assert scale_text(Status.YELLOW, "framgangsfaktorer", None, "sv", plain) == (
        "Rätt åtgärder för att framgångsfaktorn ska bli uppfylld till årets slut är planerade och/eller "
        "påbörjade."
    )
    assert (
        scale_text(Status.RED, "framgangsfaktorer", None, "sv", plain) == "Framgångsfaktorn är inte uppfylld."
    )
    assert scale_text(Status.RED, "aktiva-mal", None, "sv", plain) == "Det aktiva målet är inte uppfyllt."
    own = parse_settings([("scale.grön", "Klart.", "test"), ("skala.ej aktuell", "Utgår.", "test")])
    assert own.scale == {Status.GREEN: "Klart.", Status.NOT_APPLICABLE: "Utgår."}
    assert scale_text(Status.GREEN, "framgangsfaktorer", None, "sv", own) == "Klart."
    assert parse_settings((k, v, "x") for k, v in settings_lines(own)).scale == own.scale  # to a unit


def test_a_scale_key_that_names_no_status_is_refused_with_a_hint() -> None:
    with pytest.raises(InputError) as caught:
        parse_settings([("scale.lila", "Något", "inställningar.toml")])
    assert "scale.grön" in caught.value.message("sv") and "inställningar.toml" in caught.value.message("sv")


def test_a_status_cell_has_symbol_word_and_shading_and_an_unknown_one_says_what_was_written() -> None:
    cell = status_cell(Item(row=2, text="x", status=Status.RED), "sv")
    assert (cell.text, cell.fill) == ("▲ röd", "FFC7CE")
    unknown = status_cell(Item(row=2, text="x", status=None, status_value="grönn"), "sv")
    assert unknown.text == "✕ okänt (”grönn”)" and unknown.fill
    missing = status_cell(Item(row=2, text="x", status=Status.MISSING), "sv")
    assert missing.text == "? saknas"


def test_the_2018_report_has_the_seeds_summary_perspectives_and_41_rows(example) -> None:
    report, plan = plan_of(example("rs2018-framgangsfaktorer.xlsx"))
    assert plan.title == "Uppföljning av framgångsfaktorer per april 2018"
    texts = paragraphs(plan)
    assert texts[0] == (
        "Av de 41 framgångsfaktorerna bedöms sju vara uppfyllda (grön), 29 vara på väg att uppfyllas (gul) "
        "och fyra inte vara uppfyllda (röd). En saknar bedömning."
    )
    red = next(t for t in texts if t.startswith("De framgångsfaktorer som inte är uppfyllda avser"))
    # named by their first words, as short forms (the seed's editor wrote "extratjänster, aktiviteter
    # för att stärka platsvarumärket, …" by hand)
    for start in ("”Tillsammans med övriga", "”Via Arbetsförmedlingen", "”Verksamheterna ska", "”Under 2017"):
        assert start in red, start
    assert len(red) < 400  # short forms, not whole texts
    assert any(
        t.startswith("Den framgångsfaktor som saknar bedömning är ”Kommunikation internt") for t in texts
    )
    headings = [b.text for b in plan.blocks if isinstance(b, Heading)]
    assert headings == [
        "Sammanfattning",
        "Bedömningsskala",
        "1 Samhälle",
        "2 Patient",
        "3 Medarbetare",
        "4 Verksamhetsresultat",
    ]
    tables = [b for b in plan.blocks if isinstance(b, Table)]
    scale, *items = tables
    assert sum(len(t.rows) for t in items) == 41 == len(report.items)
    assert items[0].headers == ("Strategiskt mål", "Framgångsfaktor", "Mått", "Per april", "Kommentar")
    assert all(t.merge_first for t in items)
    assert [r[0].text for r in scale.rows] == ["● grön", "◆ gul", "▲ röd", "? saknas"]
    (contents,) = [b for b in plan.blocks if isinstance(b, Contents)]
    assert [h.text for h in contents.headings] == headings


def test_the_2017_report_has_a_heading_per_committee_and_perspective_under_it(example) -> None:
    """000: "1 Regionstyrelsens framgångsfaktorer", "1.1 Samhälle" … "2 Regionala
    utvecklingsnämndens framgångsfaktorer" (whose items have no perspective: no level below)."""
    _, plan = plan_of(example("rs2017-framgangsfaktorer.xlsx"))
    headings = [b.text for b in plan.blocks if isinstance(b, Heading)]
    assert headings[2:] == [
        "1 Regionstyrelsens framgångsfaktorer",
        "1.1 Samhälle",
        "1.2 Patient",
        "1.3 Medarbetare",
        "1.4 Verksamhetsresultat",
        "2 Regionala utvecklingsnämndens framgångsfaktorer",
    ]
    assert plan.title == "Uppföljning av framgångsfaktorer per 30 april 2017"
    committees = "Regionstyrelsen och Regionala utvecklingsnämnden"
    assert plan.subtitle.startswith(f"{committees} · 102 framgångsfaktorer")
    items = [b for b in plan.blocks if isinstance(b, Table)][1:]
    assert sum(len(t.rows) for t in items) == 102
    assert items[0].headers == (
        "Fullmäktiges Strategiska mål",
        "Framgångsfaktor",
        "Läge 2017-04-30",
        "Beskrivning av nuläget",
    )
    assert any(p.startswith("Av de 15 framgångsfaktorerna bedöms 15") for p in paragraphs(plan))


def test_measurable_goals_have_target_and_outcome_and_the_seeds_sentence(example) -> None:
    """004: "för de åtta aktiva målen är det sex mål som inte uppnår det uppsatta målvärdet"."""
    _, plan = plan_of(example("rs2018-aktiva-mal.xlsx"))
    assert "För de åtta aktiva målen är det sex mål som inte uppnår det uppsatta målvärdet." in paragraphs(
        plan
    )
    table = [b for b in plan.blocks if isinstance(b, Table)][1]
    assert table.headers == ("Aktivt mål", "Målvärde", "Utfall 2018-04-30", "Bedömning", "Kommentar")
    assert table.rows[0][1].text == "90% inom 30 dagar"


def test_a_workbook_with_errors_carries_the_banner_and_unknown_statuses_are_shown(make_book) -> None:
    path = make_book(
        [["Perspektiv", "Framgångsfaktor", "Läge"], ["Samhälle", "1. Ett", "grönn"], [None, "2. Två", "röd"]]
    )
    report, plan = plan_of(path)
    assert report.errors
    first = plan.blocks[0]
    assert isinstance(first, Paragraph) and first.style == "banner" and "ett fel" in first.text
    assert "Läget kunde inte läsas för ”Ett”." in paragraphs(plan)
    rows = [b for b in plan.blocks if isinstance(b, Table)][1].rows
    assert rows[0][-1].text == "✕ okänt (”grönn”)"
    scale = next(b for b in plan.blocks if isinstance(b, Table))
    assert scale.rows[-1][0].text == "✕ okänt"


def test_the_change_since_the_previous_round_is_in_the_summary(example, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    april = example("rs2018-framgangsfaktorer.xlsx")
    august = tmp_path / "augusti.xlsx"
    book = load_workbook(april)
    sheet = book.active
    changed = next(r for r in range(4, sheet.max_row + 1) if sheet.cell(r, 3).value == "↓")
    sheet.cell(changed, 3).value = "↑"
    book.save(august)
    _, plan = plan_of(august, previous=april)
    assert any(t.startswith("Sedan förra uppföljningen har en förbättrats") for t in paragraphs(plan)), (
        paragraphs(plan)
    )


def test_the_report_speaks_english_when_asked(example) -> None:
    _, plan = plan_of(example("rs2018-framgangsfaktorer.xlsx"), language="en")
    assert plan.title == "Follow-up of success factors as of april 2018"
    assert paragraphs(plan)[0].startswith("Of the 41 success factors, seven are assessed as fulfilled")
    assert [b.text for b in plan.blocks if isinstance(b, Heading)][:2] == ["Summary", "Assessment scale"]


def test_settings_name_the_committees_and_define_the_scale(make_book) -> None:
    path = make_book(
        [["Nämnd", "Framgångsfaktor", "Läge"], ["KN", "1. Ett", "grön"], ["KN", "2. Två", "gul"]],
        settings=[("committee.Kulturnämnden", "KN"), ("scale.grön", "Allt klart för året.")],
    )
    book = actions.read_file(path)
    _, plan = actions.document_of(book, actions.Request())
    assert settings_for(book).scale
    headings = [b.text for b in plan.blocks if isinstance(b, Heading)]
    assert "1 Kulturnämndens framgångsfaktorer" in headings
    scale = next(b for b in plan.blocks if isinstance(b, Table))
    assert scale.rows[0][1].text == "Allt klart för året."
