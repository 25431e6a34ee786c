"""The published follow-ups in tests/data/layouts: where they are, the fields of their counts by
hand, and those xlfollow does not read yet, each with its reason (the tests of
test_published_follow_ups.py, test_published_variants.py and test_round_years.py share them)."""

from __future__ import annotations

from pathlib import Path

from xlfollow import actions
from xlfollow.core.errors import InputError
from xlfollow.core.status import Status

LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"
FIELDS = ("items", "green", "yellow", "red", "not_applicable", "missing")
NOT_READ_YET = {
    "08_wealden-performance-q3-2014": "outcome headers xlfollow does not know, polarity per indicator",
    "12_vgr-indikatorer-trend-only-2021": "no status column at all (a trend only): refused",
    "13_helsinki-ymparistoindikaattorit-2020": "a typo in a status ('totetutunut'): asked, not counted",
    "14_helsingfors-miljoindikatorer-2019": "a one-word header row; value and status without headers",
    "19_stavanger-malstyringstabell": "a Status column of results, rated by hand against targets",
    "24_hawkesbury-delivery-program-2017": "'Commenced', a stage the hand count calls no assessment: unknown",
    "28_stavanger-indikatorer-2018": "a footnote read as an item; a ratio target in prose not computed",
    "29_gavleborg-politiska-uppdrag-2024": "'PÅGÅENDE' read yellow, the hand counts a stage as no assessment",
    "34_stavanger-finansielle-maltall-2021": "budget and outcome columns named by year only: refused",
    "35_assens-malepunkter-2023": "no table: each value a labelled sentence; the status a sentence: refused",
    "36_lejre-baeredygtig-vaekst": "no table: headings and a link text per goal: refused",
    "39_northland-rc-performance-targets-2009-10": "no table: the status at a bullet's end: refused",
    "40_northland-rc-performance-targets-2010-11": "no table: the status at a bullet's end: refused",
    "41_port-adelaide-enfield-indicators-2011-12": "target and 'Actual:' in one cell, no status: refused",
    "44_varmdo-maluppfoljning-prosa-2019": "no table: goals in a list, their status in prose: refused",
    "45_vara-namndernas-indikatorer-utan-utfall": "targets only: refused (the hand: 10 missing)",
    "46_windsor-directives-log-2018": "notes as status ('On hold pending …') unknown until learnt",
    "47_horsham-performance-statement-2010-11": "a dated target beside a result sentence, no status: refused",
    "50_dalarna-regionala-miljomal-smiley": "cards: each status alone above its numbered goal: refused",
    "51_malmo-miljoredovisning-prosa-2018": "no table: the items named inside sentences: refused",
    "52_nsw-council-project-performance-2010": "a KPI's outcome written in its progress report: unknown",
    "53_stockholm-miljobarometern-transporter": "cards: each status alone above its goal: refused",
    "55_loten-hovedmal-2017": "three years' results in one cell, targets in prose: refused",
    "56_loten-malekort-teknisk-2015": "target and outcome under 'Mål 2015' and ' 2015': refused",
    "57_wandsworth-waste-value-vs-next-target": "last year's value beside next year's target: refused",
    "58_ni-water-pass-fail-2017-18": "an empty 'Pass / Fail' column beside target and actual: refused",
    "59_bso-rag-red-exceptions-2015": "a memo in prose listing the red indicators: refused",
    "61_vantetider-60-dagar-per-landsting": "monthly shares, a legend of two targets, colours lost: refused",
    "62_lund-kf-mal-2-alt-text-2023": "one goal per page, its status in an image's alt text: refused",
    "63_lulea-indikatorer-trend-only": "cards of indicators with a trend only (the hand: 6 missing): refused",
    "64_lindesberg-kkik-kvartil-utan-farg-2016": "one measure per page, its quartile colour lost: refused",
    "66_gmpp-doh-projects-as-columns-2014": "projects as columns, the rating a row: refused",
    "67_dta-performance-statement-2016-17": "Target/Source/Result blocks, the rating in the result: refused",
    "68_gmpp-home-office-reset-2017": "projects as columns, the rating a row: refused",
    "69_simrishamn-kfn-maluppfoljning-ikoner-2025": "icons without a legend in two columns, goals repeated "
    "inside the activities' tables: 30 items, 8 said missing at their cells (the hand: 33 green)",
    "70_kauhava-tytaryhteisot-tavoitteet-2024": "cards: 'Tavoite | Toimenpide/mittari' over "
    "'Arviointi | Tila', the verdict a sentence: refused",
    "71_seinajoki-toteutumisvertailu-pallot-2024": "one block per measure, a ball's fill and its number "
    "under no header, budget tables between: refused",
    "72_kauhava-tarkastuslautakunta-toteutuminen-2024": "no table: numbered goals with a "
    "'Toteutuminen: …' line each: refused",
    "74_kent-qpr-ics-kpi-cards-2024-25-q3": "KPI cards: a title, the status word in a filled cell, a "
    "'Latest: … | Target: …' footer each: refused",
    "75_gc-infobase-drr-status-color-period-eccc-2016-17": "'failure' is red or yellow by its "
    "status_period (past, future): asked, never guessed (the hand: one of each)",
    "92_goteborg-kulturprogram-halvtidsutvardering-aktiviteter-2025": "reads 1/8/1 with four unknown "
    "(a status sentence whose explanation holds another status word is unknown, as a note after a "
    "dash is)",
    "93_goteborg-plan-mot-hemloshet-uppfoljning-mal-och-atgarder-2022": "first contact: goals assessed "
    "in a sentence under number tables, actions in one-row tables: refused (no header)",
    "101_goteborg-familjehemsvard-lagesuppdatering-uppdrag-block-2023": "first contact: no table, each "
    "assignment's status the opening words of the paragraph under its heading ('Uppdraget är delvis "
    "genomfört. …'): refused (no header)",
    "106_kungsbacka-fg-arsredovisning-mal-och-kvalitetsdeklarationer-2024": "first contact: 11 items "
    "(1/3/0/0/7); since: the seven goal blocks read (1/4/0/0/2), the table of three quality "
    "declarations under them ('Område | Status | Beskrivning | Kommentar': no header names the item) not "
    "read: a sheet of blocks is read as blocks only",
    "111_koll2035-handlingsplan-statusrapport-utredningar-2024": "first contact: refused (no header); "
    "each study's status is the first sentence of its text ('Utredningen avslutades 2021.', "
    "'Utredningen är under uppstart.'), no status column",
    "112_koll2035-handlingsplan-tillkomna-utredningar-2024": "first contact: refused (no header), as 111: "
    "each study's status the first sentence of its text ('Utredningen är avslutad.', 'Utredningen "
    "pågår.'); since, such a sentence reads, but no header names the column and most texts' "
    "explanations hold other status words",
    "97_gmpp-dfe-ipa-or-sro-rating-2022-23": "first contact: two status columns under one header "
    "('colour_rating' twice: the IPA's and the project owner's), each filled on half the rows: refused "
    "(no status column)",
}


def goes_into_its_next_round(master: Path, expected: int, folder: Path) -> None:
    """``master`` through next-period: the same ``expected`` items, each emptied status missing (a
    status kept in a cell's colour stays; a table kept by colour per period asks for its next
    column in one line; a computed one says it has no status column); then, where it has
    committees or perspectives to split by, sent and collected back unanswered: the same items."""
    try:
        new = actions.next_period(master, folder / "next.xlsx", "augusti 2026")
    except InputError as refused:
        assert refused.key in ("fill-period-missing", "round-needs-status"), refused.key
        return
    try:
        report = actions.check(new.written).report
    except InputError as refused:  # colours per period: the next period's column is the user's to add
        assert refused.key == "fill-period-missing", refused.key
        return
    assert len(report.items) == expected
    kept = new.facts.coloured + new.facts.formulas
    assert sum(i.status is Status.MISSING for i in report.items) == expected - kept
    try:
        sent = actions.send(new.written, folder / "ut")
    except InputError as refused:
        assert refused.key in ("send-nothing-to-divide", "send-blocks"), refused.key
        return
    collected = actions.collect(new.written, [p for _, p, _ in sent.files]).written
    assert collected is not None and len(actions.check(collected).report.items) == expected
