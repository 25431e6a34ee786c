"""Vocabulary that composes (issue 8): degree and negation words change the fulfilment stem they
qualify; families found in published reports (sources in xlfollow/core/words.py); a symbol
followed by words; numbers matched as numbers. A negated fulfilment is never green."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlfollow.core.settings import parse_settings
from xlfollow.core.status import Status, Vocabulary
from xlfollow.core.words import DEGREES, FILLER, NEGATIONS

V = Vocabulary()
G, Y, R, NA, M = Status.GREEN, Status.YELLOW, Status.RED, Status.NOT_APPLICABLE, Status.MISSING


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Vårgårda 2023: delmål "uppfyllda", "delvis uppfyllda", "inte uppfyllda"; smileys
        ("Uppfyllt", G),
        ("Delvis uppfyllt", Y),
        ("Inte uppfyllt", R),
        ("😊", G),
        ("😐", Y),
        ("😒", R),
        # Strängnäs 2012: "bedöms inte bli uppfyllt", "uppnås"
        ("Bedöms inte bli uppfyllt", R),
        ("Uppnås", G),
        ("Målet är uppnått", G),
        ("Målet är ej uppnått", R),
        ("Ännu ej uppnått", R),
        ("uppnås inte", R),
        # Malmö 2014: a white box when no assessment could be made
        ("⚪", M),
        ("Ej bedömd", M),
        ("Bedömning saknas", M),
        ("Ej mätbart", M),
        # Medway 2010, RBKC 2025, Bracknell 2025
        ("On track", G),
        ("Off track", R),
        ("Amber", Y),
        ("A", Y),
        ("At risk", Y),
        ("Not met", R),
        ("Partly met", Y),
        ("Complete", G),
        ("In progress", Y),
        ("Not started", R),  # an action not begun, as "Ej påbörjad" (US OGP NAP5 2024, 108)
        ("Cancelled", NA),
        # check marks, crosses, emoji circles and squares, a symbol followed by words
        ("✔", G),
        ("✅", G),
        ("❌", R),
        ("🟢", G),
        ("🟠", Y),
        ("🟥", R),
        ("🟢 På rätt väg", G),
        ("🔴 Försenad", None),  # the symbol and the words disagree: unknown, never a guess
        ("● grön", G),
        ("genomförd", G),
        ("ej genomförd", R),
        ("delvis genomförd", Y),
        # Region Gävleborg 2024, politiska uppdrag
        ("AVSLUTAT", G),
        ("Slutfört", G),
        # Norwegian and Danish (Ibestad 2014, OS2): the fulfilment stems compose as the Swedish do
        ("Målet er nådd", G),
        ("Målet er ikke nådd", R),
        ("Ikke oppnådd", R),
        ("Delvis oppnådd", Y),
        ("Målet er delvist opfyldt", Y),
        ("Målet er ikke opfyldt", R),
        ("Målet vil bli nådd", G),
        # Finnish (Helsinki's environmental report 2020, arviointikertomus 2019)
        ("Tavoite ei toteutunut.", R),
        ("Tavoite toteutui", G),
        ("Toteutunut osittain", Y),
        ("Tavoite on saavutettu", G),
        ("Ei saavutettu", R),
        # two fulfilments joined by "or" that say the same ("achieved or being achieved")
        ("Tavoite toteutunut tai toteutumassa.", G),
        ("Uppnått eller ej uppnått", None),  # they disagree: unknown
        ("Completed or not started", None),
    ],
)
def test_words_found_in_published_reports(text: str, status: Status | None) -> None:
    assert V.classify(text) is status


@pytest.mark.parametrize("text", ["metod", "inte", "delvis", "uppfyllt och klart", "✕ okänt", "blå"])
def test_texts_that_are_not_statuses_stay_unknown(text: str) -> None:
    assert V.classify(text) is None


FULFILMENT = st.sampled_from(
    [
        "uppfyllt",
        "uppfylld",
        "uppfyllda",
        "uppfylls",
        "uppnått",
        "uppnådd",
        "uppnås",
        "genomförd",
        "genomfört",
        "achieved",
        "met",
        "completed",
        "delivered",
        "klart",
        "oppnådd",
        "opfyldt",
        "toteutunut",
        "saavutettu",
    ]
)


@given(
    negation=st.sampled_from(NEGATIONS),
    word=FULFILMENT,
    before=st.lists(st.sampled_from(FILLER), max_size=2),
    after=st.booleans(),
    degree=st.sampled_from(("", *DEGREES)),
    case=st.sampled_from(["lower", "upper", "title"]),
)
def test_a_negated_fulfilment_is_never_green(negation, word, before, after, degree, case) -> None:
    parts = [*before, negation, degree, word] if not after else [*before, degree, word, negation]
    text = " ".join(p for p in parts if p)
    text = getattr(text, case)()
    assert V.classify(text) in (Status.RED, None), text


@given(degree=st.sampled_from(DEGREES), word=FULFILMENT, before=st.lists(st.sampled_from(FILLER), max_size=2))
def test_a_fulfilment_of_degree_is_yellow(degree, word, before) -> None:
    assert V.classify(" ".join([*before, degree, word])) is Status.YELLOW


def test_numbers_match_numbers_the_settings_name() -> None:
    vocabulary = parse_settings([("status.1", "grön", "x"), ("status.3", "röd", "x")]).vocabulary()
    assert vocabulary.classify(1) is G and vocabulary.classify(1.0) is G and vocabulary.classify("1") is G
    assert vocabulary.classify(3) is R and vocabulary.classify(2) is None
