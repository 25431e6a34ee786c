from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlfollow.core.errors import InputError
from xlfollow.core.settings import Settings, parse_settings, settings_from_rows, settings_from_toml
from xlfollow.core.status import Status


def parse(**pairs: object) -> Settings:
    return parse_settings((k, v, "test") for k, v in pairs.items())


def test_all_keys_from_the_sheet() -> None:
    settings = settings_from_rows(
        [
            ["Inställning", "Värde"],
            ["sheet", "Data"],
            ["header_row", 3.0],
            ["column.status", "D"],
            ["column.item", "Vad"],
            ["status.●", "green"],
            ["status.Klar", "grön"],
            ["committees", "KFN, Nämnder"],
            ["language", "EN"],
            ["period", "april 2026"],
            ["report_title", "Titel"],
            ["kind", "aktiva mål"],
            ["perspectives", "Ekonomi"],
            ["# a comment", "x"],
            [None, None],
            ["status.▲", None],
        ]
    )
    assert settings.sheet == "Data" and settings.header_row == 3
    assert settings.columns == {"status": "D", "item": "Vad"}
    assert settings.statuses == {"●": Status.GREEN, "Klar": Status.GREEN}
    assert settings.committees == ("KFN", "Nämnder")
    assert settings.known_committees() == ("RS", "RUN", "HSN", "VVN", "KFN", "Nämnder")
    assert settings.language == "en" and settings.kind == "aktiva-mal"
    assert settings.perspectives == ("Ekonomi",)
    assert settings.vocabulary().classify("●") is Status.GREEN


@pytest.mark.parametrize(
    "key,value,code",
    [
        ("colour", "x", "setting-unknown"),
        ("column.size", "A", "setting-unknown"),
        ("status.●", "blue", "setting-bad-value"),
        ("status.●", "", None),
        ("header_row", "tre", "setting-bad-value"),
        ("header_row", 0, "setting-bad-value"),
        ("language", "de", "setting-bad-value"),
        ("kind", "budget", "setting-bad-value"),
    ],
)
def test_bad_keys_and_values(key: str, value: object, code: str | None) -> None:
    if code is None:
        parse(**{key: value})
        return
    with pytest.raises(InputError) as caught:
        parse(**{key: value})
    assert caught.value.key == code
    assert key in caught.value.message("sv") and "test" in caught.value.message("sv")
    assert key in caught.value.message("en")


def test_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(
        'sheet = "Data"\nheader_row = 2\ncommittees = ["KFN"]\n[column]\nstatus = "D"\n'
        '[status]\n"●" = "green"\n',
        encoding="utf-8",
    )
    settings = settings_from_toml(path)
    assert settings.columns == {"status": "D"} and settings.statuses == {"●": Status.GREEN}
    assert settings.committees == ("KFN",) and settings.header_row == 2


def test_broken_toml_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text("sheet = ", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        settings_from_toml(path)
    assert caught.value.key == "config-unreadable"
    with pytest.raises(InputError) as caught:
        settings_from_toml(tmp_path / "nope.toml")
    assert caught.value.key == "file-not-found"


def test_file_settings_win_over_sheet_settings() -> None:
    sheet = parse(sheet="A", period="x", **{"column.status": "D"})
    file = parse(period="y", **{"column.item": "B"})
    merged = sheet.merged(file)
    assert merged.sheet == "A" and merged.period == "y" and merged.columns == {"status": "D", "item": "B"}


@given(st.dictionaries(st.text(max_size=12), st.text(max_size=12), max_size=5))
def test_any_settings_sheet_gives_settings_or_a_clear_error(pairs: dict[str, str]) -> None:
    try:
        parse_settings((k, v, "fuzz") for k, v in pairs.items())
    except InputError as exc:
        assert exc.message("sv")


def _book_with_language(language: str) -> object:
    from xlfollow.core.values import BookValues, SheetValues

    rows = [["key", "value"], ["language", language]]
    return BookValues("b.xlsx", {"xlfollow": SheetValues("xlfollow", rows)})


@pytest.mark.parametrize(
    ("sheet", "flag", "expected"), [("en", "sv", "sv"), ("sv", "en", "en"), ("en", None, "en")]
)
def test_the_command_line_language_wins_over_the_sheet(sheet: str, flag: str | None, expected: str) -> None:
    """Issue 9: `--lang sv` could not override a sheet's `language = en` (sv was the default)."""
    from xlfollow.actions import settings_for

    assert settings_for(_book_with_language(sheet), None, flag).lang == expected  # type: ignore[arg-type]


def test_the_toml_language_wins_over_the_sheet(tmp_path: Path) -> None:
    from xlfollow.actions import settings_for

    config = tmp_path / "c.toml"
    config.write_text('language = "sv"\n', encoding="utf-8")
    assert settings_for(_book_with_language("en"), config).lang == "sv"  # type: ignore[arg-type]


def test_broken_toml_is_explained_without_the_parser_text(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("sheet = \n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        settings_from_toml(config)
    assert "rad 1" in caught.value.message("sv") and "line 1" in caught.value.message("en")
    assert "Invalid value" not in caught.value.message("sv")


def test_long_committee_names_map_to_codes(make_book) -> None:
    """Issue 8: "Hälso- och sjukvårdsnämnden" stays one name, and the settings can give it its code."""
    from xlfollow.actions import check

    rows = [
        ["Nämnd", "Framgångsfaktor", "Läge"],
        ["Hälso- och sjukvårdsnämnden, RS", "1. a", "grön"],
        ["Barn- och utbildningsnämnden", "2. b", "röd"],
    ]
    settings = [
        ["committee.Hälso- och sjukvårdsnämnden", "HSN"],
        ["committee.Barn- och utbildningsnämnden", "BUN"],
    ]
    result = check(make_book(rows, settings=settings))
    assert [i.committees for i in result.report.items] == [("HSN", "RS"), ("BUN",)]
    assert not [i for i in result.report.issues if i.code == "unknown-committee"]


def test_a_text_can_mean_missing() -> None:
    vocabulary = parse(**{"status.Inget svar inkommit": "saknas"}).vocabulary()
    assert vocabulary.classify("Inget svar inkommit") is Status.MISSING


@pytest.mark.parametrize("value", ["not_applicable", "Not applicable", "ej aktuell", "missing", "saknas"])
def test_a_status_is_named_as_the_readme_and_the_messages_name_it(value: str) -> None:
    """Issue 19: `status.X = not_applicable` was refused, although the README and the refusal's own
    message name the status so; now a status's own name, the vocabulary's words and "saknas" are
    each one meaning, for status., colour. and scale. alike."""
    expected = Status.MISSING if value in ("missing", "saknas") else Status.NOT_APPLICABLE
    settings = parse(**{f"status.{value}-ord": value, "colour.0070C0": value, f"scale.{value}": "x"})
    assert settings.statuses[f"{value}-ord"] is expected
    assert settings.colours["0070C0"] is expected
    assert expected in settings.scale


def test_a_numeric_status_column_is_read_by_the_settings_thresholds(tmp_path: Path) -> None:
    """Issue 19 (numbers as status): a status column of percentages ("Måluppfyllelse" 92 %, 75 %,
    50 %, stored as 0,92 … in percent cells, or typed as "92 %") is read by threshold.green and
    threshold.yellow (green at or above 90 %, yellow at or above 70 %, red below); lower is better
    when green's threshold is the lower one. Without thresholds a number stays unknown."""
    from openpyxl import Workbook

    from xlfollow import actions
    from xlfollow.core.settings import settings_lines

    wb = Workbook()
    ws = wb.active
    ws.append(["Framgångsfaktor", "Läge"])
    for item, value in [
        ("Nöjda brukare", 0.92),
        ("Besök i tid", 0.75),
        ("Svar inom en dag", 0.5),
        ("Trygghet", "91 %"),
    ]:
        ws.append([item, value])
    for row in range(2, 5):
        ws.cell(row, 2).number_format = "0%"
    wb.save(tmp_path / "b.xlsx")
    assert actions.check(tmp_path / "b.xlsx").rollup.status["unknown"] == 4
    (tmp_path / "s.toml").write_text('[threshold]\ngreen = "90 %"\nyellow = "70 %"\n')
    status = actions.check(tmp_path / "b.xlsx", tmp_path / "s.toml").rollup.status
    assert (status["green"], status["yellow"], status["red"], status["unknown"]) == (2, 1, 1, 0)
    lower = parse(**{"threshold.green": 5, "threshold.yellow": 10}).vocabulary()
    assert [lower.classify(v) for v in (3, 7, 12)] == [Status.GREEN, Status.YELLOW, Status.RED]
    settings = parse(**{"threshold.grön": "90 %", "threshold.gul": "70 %"})
    assert parse(**dict(settings_lines(settings))).thresholds == settings.thresholds  # carried to units
    with pytest.raises(InputError):
        parse(**{"threshold.red": "10"})
