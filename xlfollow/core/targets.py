"""Measurable goals: a target (målvärde) and an outcome (utfall) as people write them, and whether
the outcome reaches the target. Never raises: a text it cannot read gives "cannot tell" with the
reason.

The forms below were found in the follow-ups in ../shared/seeds (Region Jämtland Härjedalen 2018,
the eight active goals) and in Helsingborg's annual report 2016 ("Minst 88 %", "Minst index 41");
README has the table, tests/test_targets.py a test for each.

- a value with a direction word: "minst 90 %", "lägst", "högst 5,8 %", "max 3", "under 15 %",
  "≥ 90", "<15 %", "13 % eller lägre", "at least 80", "no more than 5";
- a plain value ("90% inom 30 dagar", "5,8 % helår"): the direction from the item's own words
  ("Sjukfrånvaron ska minska" -> at most), else at least;
- a direction word only ("Minska till 13 %", "Minus 2,5 %" with "ska minska");
- a year beside the value is no value ("Lägre andel än 2014 <15 %", "2015 års nivå = 125,6 mkr");
- an outcome range ("17 – 20 %": every value must reach the target);
- a yearly amount against a part of the year ("125,6 mkr helår" against "jan-april; 47,7 mkr"):
  amounts and counts are scaled to the year, rates (%) are not;
- the national level ("Minska differensen till riket ..." against "0,5 dagar lägre än riket": at or
  below the national level reaches a target to come closer to it from above).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TypeGuard

from xlfollow.core.lazy import lazy
from xlfollow.core.messages import EN_NUMBERS, SV_NUMBERS
from xlfollow.core.models import Item
from xlfollow.core.numbers import parse_number
from xlfollow.core.status import Status
from xlfollow.core.texts import Phrase, shortened


class Direction(StrEnum):
    AT_LEAST = ">="
    AT_MOST = "<="


@dataclass(frozen=True)
class Target:
    value: float
    direction: Direction
    unit: str | None
    yearly: bool = False  # "helår", "per år"
    national: bool = False  # relative to the national level ("riket")
    assumed: bool = False  # the direction was not written: read as at least
    strict: bool = False  # "<15 %", "under 15 %", "mer än 100": the value itself does not reach it
    upper: float | None = None  # a band's upper bound ("minst 90 % och högst 95 %")
    scale: float = 1.0  # "mkr": 1,000,000 kronor; "tkr": 1,000


@dataclass(frozen=True)
class Outcome:
    low: float
    high: float  # == low unless a range ("17 – 20 %")
    unit: str | None
    months: int | None = None  # "jan-april": four months of the year
    national: int = 0  # -1 below the national level, +1 above, 0 not relative
    scale: float = 1.0


@dataclass(frozen=True)
class Verdict:
    met: bool | None  # None: cannot tell
    reason: Phrase  # what was compared, or why it cannot be told


_AT_LEAST = re.compile(
    r"≥|>=|>|\b(?:minst|lägst|över|mer än|fler än|högre än|öka|ökning|ökar|höja|eller högre|eller mer"
    r"|økning|øke|økes|stigning|øgning|øge|øges"  # Norwegian, Danish
    r"|at least|min|minimum|above|more than|over|increase|increasing|or more|or higher)\b",
    re.IGNORECASE,
)
_AT_MOST = re.compile(
    r"≤|<=|<|\b(?:högst|max|maximalt|under(?!\s+(?:19|20)\d{2}\b)|mindre än|färre än|lägre än"
    r"|minska|minskning|minskar|sänka|sänkning|nedgång"
    r"|reduksjon|redusere|reduseres|nedgang|reduktion|reducere|reduceres|fald"  # Norwegian, Danish
    r"|sänkas|eller lägre|eller mindre|inte över|at most|maximum|below|less than|fewer than|reduce"
    r"|reduction|decrease|decreasing|or less|or lower|no more than|minus)\b",
    re.IGNORECASE,
)
# the comparatives a negation turns round
_LESS_THAN = "mindre än|under|färre än|lägre än|less than|fewer than|below|lower than"
_MORE_THAN = "mer än|över|fler än|högre än|more than|above|higher than|over"
# a negated comparison says the opposite, and includes the value: "inte mindre än 90 %" is at least 90
_NOT_BELOW = re.compile(rf"\b(?:inte|ej|icke|not|no)\s+(?:{_LESS_THAN})", re.IGNORECASE)
_NOT_ABOVE = re.compile(rf"\b(?:inte|ej|icke|not|no)\s+(?:{_MORE_THAN})\b", re.IGNORECASE)
# in an item's text the negation may stand a few words before the comparison: "ingen enhet ska
# ligga över målvärdet" (Region Jämtland Härjedalen 2024) is at most
_NONE = r"\b(?:ingen|inget|inga|inte|ej|no|none|not)\b(?:\s+\w+){0,4}?\s+"
_NONE_ABOVE = re.compile(rf"{_NONE}(?:{_MORE_THAN})\b", re.IGNORECASE)
_NONE_BELOW = re.compile(rf"{_NONE}(?:{_LESS_THAN})\b", re.IGNORECASE)
# an item that begins with the quality it wants: "Låg arbetslöshet", "Korta väntetider", "Hög kvalitet"
_LOW_FIRST = re.compile(
    r"^\s*(?:låg|låga|lågt|lägre|kort|korta|kortare|minskad\w*|färre|low|lower|short|shorter|fewer)\b",
    re.IGNORECASE,
)
_HIGH_FIRST = re.compile(
    r"^\s*(?:hög|höga|högt|högre|ökad\w*|fler|high|higher|more|increased)\b", re.IGNORECASE
)
# the comparisons the value itself does not meet: "<15 %", "under 15 %", "mer än 100"
_STRICT = re.compile(
    r"^(?:<|>)$|^(?:under|över|mer än|mindre än|fler än|färre än|lägre än|högre än|below|above|more than"
    r"|less than|fewer than|over)$",
    re.IGNORECASE,
)
# the verb of an item's text says its direction, whatever comparatives its object holds ("Andelen
# som väntat mer än 60 dagar ska minska")
_MORE_VERB = re.compile(r"\b(?:öka\w*|høja\w*|höja\w*|øk\w*|øg\w*|increas\w*|rais\w*|grow\w*)", re.IGNORECASE)
_LESS_VERB = re.compile(r"\b(?:minska\w*|sänka\w*|reduc\w*|redus\w*|decreas\w*|nedgang|cut)\b", re.IGNORECASE)
_NUMBER_TEXT = r"-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)?|-?\d+(?:[.,]\d+)?"
_LOWER_BOUND = re.compile(
    r"(?:\bminst|\blägst|≥|>=|\bat least|\bno less than|\binte mindre än)\s*(" + _NUMBER_TEXT + ")",
    re.IGNORECASE,
)
_UPPER_BOUND = re.compile(
    r"(?:\bhögst|\bmax(?:imalt|imum)?|≤|<=|\bat most|\bno more than|\binte mer än)\s*(" + _NUMBER_TEXT + ")",
    re.IGNORECASE,
)
# a date is no value: "92 % (mätt 2018-04-30)", "senast 2018-06-30", "30 juni 2018"
_DATE = re.compile(
    r"\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)"
    r"[a-zåäö]*\.?\s+(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
# the size of a kronor amount; only kronor are scaled ("5 per tusen invånare" is a rate)
_SCALES = (
    (re.compile(r"\bmdkr\b|\bmdr kr\b|\bmiljarder kronor\b", re.IGNORECASE), 1e9),
    (re.compile(r"\bmn?kr\b|\bmiljoner kronor\b", re.IGNORECASE), 1e6),
    (re.compile(r"\btkr\b|\btusen kronor\b", re.IGNORECASE), 1e3),
)
_OPERATOR_VALUE = re.compile(r"(?:≥|>=|≤|<=|<|>|=)\s*(-?\d[\d\s.,]*\s*%?)")
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d{2}(?![\d,.]|\s*%)")
_UNITS = (
    # a change in percentage points is no level in percent: "öka med 2 procentenheter" against "85 %"
    ("procentenheter", re.compile(r"procentenhet|\bp\.?e\.\s|percentage points?", re.IGNORECASE)),
    ("%", re.compile(r"%|procent|percent")),
    ("dagar", re.compile(r"\bdag(?:ar)?\b|\bdays?\b", re.IGNORECASE)),
    ("kr", re.compile(r"\b(?:m|t|mn|md)?kr\b|\bkronor\b|\bmiljoner\b|£|\bpounds?\b", re.IGNORECASE)),
    ("antal", re.compile(r"\bantal\b|\bst\b|\bstycken\b", re.IGNORECASE)),
    ("index", re.compile(r"\bindex\b", re.IGNORECASE)),
)
_SCALED_UNITS = ("kr", "antal")  # amounts and counts add up over the year; rates do not
_YEARLY = re.compile(r"\bhelår\b|\bper år\b|\bårlig|\bfull year\b|\bper year\b|\bannual", re.IGNORECASE)
_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "maj|may",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt|oct",
    "nov",
    "dec",
)
_MONTH_RANGE = re.compile(
    r"\b(?:jan\w*)\s*(?:-|–|—|till|to|t\s*o\s*m)\s*(" + "|".join(f"(?:{m})" for m in _MONTHS) + r")\w*",
    re.IGNORECASE,
)
_RANGE = re.compile(r"(" + _NUMBER_TEXT + r")\s*(?:-|–|—|till|to)\s*(" + _NUMBER_TEXT + ")")
# What is better lower, when neither the target nor the item says "minska"/"öka": crimes, absence
# (sick leave, "ohälsotal", Norwegian and Danish "fravær"), waiting times, injuries, emissions,
# costs, complaints, staff turnover. Words that name a group rather than a measure ("ekonomiskt
# bistånd", "low income", "eviction": "… som lämnat ekonomiskt bistånd") are no such word.
_LOWER_IS_BETTER = re.compile(
    r"brott|frånvaro|fravær|ohälsotal|sairauspoissa|väntetid|kötid|vårdskad|skador|olyck|"
    r"utsläpp|koldioxid|kostnad|återinskriv|avbrott|klagomål|sjuktal|sjukpenning|arbetslös|"
    r"personalomsättning|crime|absence|sickness|waiting|injur|emission|cost|"
    r"complaint|delay|unemploy|staff turnover",
    re.IGNORECASE,
)
_NATIONAL = re.compile(r"\briket\b|\brikets\b|\bnational\b|\bnationally\b", re.IGNORECASE)
_BELOW = re.compile(r"\blägre än\b|\bunder\b|\bbelow\b|\blower than\b", re.IGNORECASE)
_ABOVE = re.compile(r"\bhögre än\b|\böver\b|\babove\b|\bhigher than\b", re.IGNORECASE)


def unit_of(text: str) -> str | None:
    for unit, pattern in _UNITS:
        if pattern.search(text):
            return unit
    return None


def scale_of(text: str) -> float:
    """What one unit of the text's number is worth: "2 mkr" 1,000,000, "500 tkr" 1,000."""
    return next((factor for pattern, factor in _SCALES if pattern.search(text)), 1.0)


def _value(text: str) -> float | None:
    """The target's number: the one after an operator when there is one ("<15 %", "= 125,6"),
    else the first number that is not a year standing beside another number."""
    found = _OPERATOR_VALUE.search(text)
    if found:
        value = parse_number(found.group(1))
        if value is not None:
            return value
    without_years = _YEAR.sub(" ", text) if len(re.findall(r"\d+", text)) > 1 else text
    return parse_number(without_years)


def parse_target(text: object, about: str = "") -> Target | None:
    """The target a cell states; ``about`` is the item's own text (its direction words count
    when the target has none). ``None`` when there is no number to compare with."""
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, int | float):
        text = f"{text:g}"
    words = _DATE.sub(" ", str(text))  # a deadline ("senast 2018-06-30") has no value to compare
    if len(words) > 500:
        return None
    national = _NATIONAL.search(words) is not None
    unit, scale, yearly = unit_of(words), scale_of(words), _YEARLY.search(words) is not None
    lower, upper = _LOWER_BOUND.search(words), _UPPER_BOUND.search(words)
    if lower and upper:  # a band: "minst 90 % och högst 95 %"
        low, high = parse_number(lower.group(1)), parse_number(upper.group(1))
        if low is not None and high is not None and low < high:
            return Target(low, Direction.AT_LEAST, unit, yearly, national, upper=high, scale=scale)
    span = _RANGE.search(words)
    if span and _direction(words) is None:  # a range with no direction word: "80–90 %", "1 000–2 000"
        low, high = parse_number(span.group(1)), parse_number(span.group(2))
        if (
            low is not None
            and high is not None
            and low < high
            and not _looks_like_years(span.group(1), span.group(2))
        ):
            return Target(low, Direction.AT_LEAST, unit, yearly, national, upper=high, scale=scale)
    value = _value(words)
    if value is None:
        return None
    said = _direction(words)
    assumed = False
    if said is None:
        said = _item_direction(about)
    if said is None:
        assumed = True
        said = (Direction.AT_MOST if _LOWER_IS_BETTER.search(about) else Direction.AT_LEAST), False
    direction, strict = said
    if re.search(r"\bminus\b", words, re.IGNORECASE) and value > 0:
        value = -value
    return Target(value, direction, unit, yearly, national, assumed, strict, scale=scale)


def _item_direction(about: str) -> tuple[Direction, bool] | None:
    """The direction an item's own text says: its verb ("ska minska", "ska öka") before any
    comparative, which there describes what is counted ("som väntat mer än 60 dagar")."""
    more, less = _MORE_VERB.search(about), _LESS_VERB.search(about)
    if more and not less:
        return Direction.AT_LEAST, False
    if less and not more:
        return Direction.AT_MOST, False
    if _NONE_ABOVE.search(about):
        return Direction.AT_MOST, False
    if _NONE_BELOW.search(about):
        return Direction.AT_LEAST, False
    if _LOW_FIRST.match(about):
        return Direction.AT_MOST, False
    if _HIGH_FIRST.match(about):
        return Direction.AT_LEAST, False
    said = _direction(about)
    return (said[0], False) if said else None


def _direction(text: str) -> tuple[Direction, bool] | None:
    """The direction a text says, and whether its comparison is strict ("<15 %", "under 15 %");
    a negated comparison says the opposite and includes the value ("inte mindre än 90 %"). Where
    a text says both ("Minska till 13 % eller lägre"), the first word wins."""
    if not text:
        return None
    if _NOT_BELOW.search(text):
        return Direction.AT_LEAST, False
    if _NOT_ABOVE.search(text):
        return Direction.AT_MOST, False
    most = _AT_MOST.search(text)
    least = _AT_LEAST.search(text)
    if most and (not least or most.start() <= least.start()):
        return Direction.AT_MOST, _STRICT.match(most.group(0)) is not None
    if least:
        return Direction.AT_LEAST, _STRICT.match(least.group(0)) is not None
    return None


def parse_outcome(text: object) -> Outcome | None:
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, int | float):
        return Outcome(float(text), float(text), None)
    words = _DATE.sub(" ", str(text))  # "92 % (mätt 2018-04-30)"
    if len(words) > 500:
        return None
    if _YEAR.search(words) and _WORDS.search(words):
        # a year beside another figure is its date ("92 % (2019)"); alone in a sentence that says the
        # result is not there, no figure ("Resultat för 2018 finns inte"); else a count ("1950 besök")
        without = _YEAR.sub(" ", words)
        if parse_number(without) is not None or _NOT_THERE.search(words):
            words = without
    national = 0
    if _NATIONAL.search(words):
        national = -1 if _BELOW.search(words) else 1 if _ABOVE.search(words) else 0
    months = None
    found_months = _MONTH_RANGE.search(words)
    if found_months:
        last = found_months.group(1).casefold()[:3]
        months = next((i for i, m in enumerate(_MONTHS, start=1) if last in m.split("|")), None)
    span = _RANGE.search(words)
    if span:
        low, high = parse_number(span.group(1)), parse_number(span.group(2))
        if low is not None and high is not None and not _looks_like_years(span.group(1), span.group(2)):
            return Outcome(min(low, high), max(low, high), unit_of(words), months, national, scale_of(words))
    value = parse_number(_MONTH_RANGE.sub(" ", words))
    if value is None:
        value = _number_word(words)
    if value is None:
        return None
    # "Minskade med 1,3" is a change of -1,3, as a target "Minska med 2 procentenheter" is one of -2 or less
    if _says_a_change(words) and _FALL.search(words) and not _RISE.search(words):
        value = -abs(value)
    return Outcome(value, value, unit_of(words), months, national, scale_of(words))


_NOT_THERE = lazy(
    r"\b(?:inte|ej|icke|saknas|ikke|ikkje|not|ei|foreligger ikke|finns inte|klar(?:t)? senare|kommer)\b",
    re.IGNORECASE,
)
_WORDS = lazy(r"[^\W\d_]{3,}")  # a word of three letters or more: a sentence, not a bare figure
_NUMBER_WORDS = {word: n for words in (SV_NUMBERS, EN_NUMBERS) for n, word in enumerate(words)} | {"ett": 1}
_FIRST_WORD = re.compile(r"^\s*(\w+)\b")


def _number_word(text: str) -> float | None:
    """An outcome that begins with its number written as a word: "Åtta personer har anställts"."""
    first = _FIRST_WORD.match(text)
    n = _NUMBER_WORDS.get(first.group(1).casefold()) if first else None
    return float(n) if n is not None else None


def _looks_like_years(a: str, b: str) -> bool:
    return all(re.fullmatch(r"(?:19|20)\d{2}", x.strip()) for x in (a, b))


def judge(target_text: object, outcome_text: object, about: str = "") -> Verdict:
    """Whether the outcome reaches the target, with what was compared or why it cannot be told."""
    try:
        return _judge(target_text, outcome_text, about)
    except (ValueError, ArithmeticError, OverflowError):  # never raises on any text
        return Verdict(None, Phrase("target.unreadable"))


def _shown(value: float, unit: str | None) -> str:
    """1234.5 -> "1 234,5"; with its unit as written ("mkr", "%", "dagar")."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")
    return f"{text} %" if unit == "%" else f"{text} {unit}" if unit else text


def _written_unit(text: object, unit: str | None) -> str | None:
    """The unit as the text writes it ("mkr" rather than "kr"), for showing."""
    if unit == "kr":
        found = re.search(r"\b(?:m|t|mn|md)?kr\b", str(text), re.IGNORECASE)
        return found.group(0) if found else unit
    return unit if unit in ("%", "dagar") else None


def _judge(target_text: object, outcome_text: object, about: str) -> Verdict:
    if target_text is None or (isinstance(target_text, str) and not target_text.strip()):
        return Verdict(None, Phrase("target.no-target"))
    if outcome_text is None or (isinstance(outcome_text, str) and not outcome_text.strip()):
        return Verdict(None, Phrase("target.no-outcome"))
    target = parse_target(target_text, about)
    outcome = parse_outcome(outcome_text)
    if target is None:
        relative = _against_last_year(str(target_text), str(outcome_text))
        if relative is not None:
            return relative
        return Verdict(None, Phrase("target.unreadable-target", text=_clip(target_text)))
    if outcome is None:
        return Verdict(None, Phrase("target.unreadable-outcome", text=_clip(outcome_text)))
    words = {"target": _clip(target_text), "outcome": _clip(outcome_text)}
    # a change the other way than the one wanted ("Nedgang på 1,3 prosentpoeng" against "Økning med
    # 1-2 prosentpoeng"): its figure is no progress, whatever its size
    if _says_a_change(target_text) and _says_a_change(outcome_text):  # (figures say no change)
        wanted_up, wanted_down = _RISE.search(target_text), _FALL.search(target_text)
        went_up, went_down = _RISE.search(outcome_text), _FALL.search(outcome_text)
        if (wanted_up and not wanted_down and went_down and not went_up) or (
            wanted_down and not wanted_up and went_up and not went_down
        ):
            return Verdict(False, Phrase("target.opposite-change", **words))

    if target.national or outcome.national:
        if outcome.national and target.direction is Direction.AT_MOST:
            return Verdict(outcome.national < 0, Phrase("target.national", **words))
        return Verdict(None, Phrase("target.not-comparable", **words))
    if target.unit and outcome.unit and target.unit != outcome.unit:
        return Verdict(
            None, Phrase("target.units-differ", target_unit=target.unit, outcome_unit=outcome.unit)
        )
    target, outcome = _as_percent(target, target_text, outcome, outcome_text)
    unit = target.unit or outcome.unit
    written = _written_unit(target_text, target.unit) or _written_unit(outcome_text, outcome.unit)
    # in the target's own unit: "1 500 tkr" against "högst 2 mkr" is 1,5 mkr
    # only when both say kronor: "högst 2 mkr" against a bare "2,4" is in the target's unit
    size = outcome.scale / target.scale if target.unit == outcome.unit == "kr" else 1.0
    low, high = outcome.low * size, outcome.high * size
    scaled = False
    if target.yearly and outcome.months and outcome.months < 12 and unit in _SCALED_UNITS:
        low, high = low * 12 / outcome.months, high * 12 / outcome.months
        scaled = True
    if target.upper is not None:  # a band: every value of the outcome within it
        met = low >= target.value and high <= target.upper
    elif target.direction is Direction.AT_LEAST:
        met = low > target.value if target.strict else low >= target.value
    else:
        met = high < target.value if target.strict else high <= target.value
    key = "target.compared-yearly" if scaled else "target.compared"
    return Verdict(
        met,
        Phrase(
            key,
            outcome=words["outcome"],
            target=words["target"],
            yearly=_shown(high if target.direction is Direction.AT_MOST else low, written),
            assumed=(
                Phrase(
                    "target.assumed-least"
                    if target.direction is Direction.AT_LEAST
                    else "target.assumed-most",
                    value=_shown(target.value, written),
                )
                if target.assumed
                else ""
            ),
        ),
    )


# a target that is a change on last year, with no level: "Soliditeten ska stärkas jämfört med
# föregående år" (Malmö stad 2015), met by an outcome that says the change ("en förstärkning med
# 1,2 procentenheter")
_LAST_YEAR = re.compile(
    r"\b(?:jämfört med|än|mot)\s+(?:föregående|förra)\s+år\w*|\bjämfört med fjolåret\b"
    r"|\b(?:than|compared (?:with|to)|on)\s+(?:the\s+)?(?:previous|last|prior)\s+year\b",
    re.IGNORECASE,
)
_WANTS_MORE = re.compile(
    r"\b(?:öka\w*|höja\w*|stärk\w*|förbättr\w*|increas\w*|improv\w*|strengthen\w*)", re.I
)
_WANTS_LESS = re.compile(r"\b(?:minska\w*|sänka\w*|reduc\w*|decreas\w*)", re.IGNORECASE)
_BETTER = re.compile(r"\b(?:förstärkning|förbättring|improvement|strengthening)\w*\s+(?:med|by|of)\b", re.I)
_WORSE = re.compile(r"\b(?:försämring|försvagning|deterioration|weakening)\w*\s+(?:med|by|of)\b", re.I)
_UP = re.compile(r"\b(?:ökning|höjning|increase|rise)\w*\s+(?:med|by|of)\b", re.IGNORECASE)
_DOWN = re.compile(r"\b(?:minskning|sänkning|decrease|fall|drop)\w*\s+(?:med|by|of)\b", re.IGNORECASE)


def _says_a_change(text: object) -> TypeGuard[str]:
    """``text`` may say a change by an amount ("med", "på", "by", "of" in it): asked before the
    patterns below, which most targets and outcomes ("Minst 90 %", "92 %") never need."""
    if not isinstance(text, str):
        return False
    folded = text.casefold()
    return " med " in folded or " på " in folded or " by " in folded or " of " in folded


# a change by an amount, in the target ("Ökning med 1-2 procentenheter", "Reduksjon med 0,05") and in
# the outcome ("Minskade med 1,3", "Nedgang på 1,3 prosentpoeng", "fell by 2")
_RISE = lazy(
    r"\b(?:ökning|ökade|ökat|öka|höjning|höjdes|økning|økt|øke|økte|stigning|steg|øgning|øget|increase\w*|rise|rose"
    r"|grew)\s+(?:med|på|by|of)\b",
    re.IGNORECASE,
)
_FALL = lazy(
    r"\b(?:minskning|minskade|minskat|minska|sänkning|sjönk|sjunkit|nedgång"
    r"|reduksjon|redusert|nedgang|gikk ned|reduktion|reduceret|fald|faldt"
    r"|decrease\w*|reduc\w*|fell|fall|dropped|drop)\s+(?:med|på|by|of)\b",
    re.IGNORECASE,
)


def _against_last_year(target: str, outcome: str) -> Verdict | None:
    """A change on last year wanted, and the change the outcome says; None when either is not
    said in words."""
    if not _LAST_YEAR.search(target):
        return None
    more, less = _WANTS_MORE.search(target), _WANTS_LESS.search(target)
    if bool(more) == bool(less):
        return None
    better = _BETTER.search(outcome) or (_UP.search(outcome) if more else _DOWN.search(outcome))
    worse = _WORSE.search(outcome) or (_DOWN.search(outcome) if more else _UP.search(outcome))
    if bool(better) == bool(worse):
        return None
    return Verdict(
        bool(better), Phrase("target.compared-change", outcome=_clip(outcome), target=_clip(target))
    )


def _as_percent(
    target: Target, target_text: object, outcome: Outcome, outcome_text: object
) -> tuple[Target, Outcome]:
    """A cell formatted as percent holds its fraction (92 % is 0.92): beside a text in percent
    ("90 %"), a bare number of at most 1.5 in a cell is that fraction, read as percent."""

    def fraction(value: float, text: object) -> bool:
        return isinstance(text, int | float) and not isinstance(text, bool) and abs(value) <= 1.5

    if (
        target.unit == "%"
        and outcome.unit is None
        and abs(target.value) > 1.5
        and fraction(outcome.high, outcome_text)
    ):
        outcome = replace(outcome, low=outcome.low * 100, high=outcome.high * 100, unit="%")
    elif (
        outcome.unit == "%"
        and target.unit is None
        and abs(outcome.high) > 1.5
        and fraction(target.value, target_text)
    ):
        upper = target.upper * 100 if target.upper is not None else None
        target = replace(target, value=target.value * 100, upper=upper, unit="%")
    return target, outcome


def _clip(value: object) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _shown(float(value), None)
    return shortened(value, 40)


def verdict_of(item: Item) -> Verdict:
    """Whether an item's outcome reaches its target (its own text and measure give the direction
    when the target has none)."""
    return judge(item.target, item.outcome, f"{item.text} {item.measure or ''}")


def computed_verdict(item: Item) -> Verdict:
    """The verdict a computed status rests on: as :func:`verdict_of`, but never from a sentence.
    An outcome written as prose ("Andelen ökade till 78 % (76 % året innan) …") holds several
    figures, and which one is the outcome is not for xlfollow to guess."""
    outcome = item.outcome
    if isinstance(outcome, str) and len(outcome.split()) > MAX_OUTCOME_WORDS:
        return Verdict(None, Phrase("target.prose-outcome", text=_clip(outcome)))
    return verdict_of(item)


MAX_OUTCOME_WORDS = 6  # "92 % (mätt 2018-04-30)", "7 av 10 kommuner": an outcome; more words are prose
_BY_STATUS: dict[Status | None, bool] = {Status.GREEN: True, Status.YELLOW: False, Status.RED: False}


@dataclass(frozen=True)
class Measured:
    total: int  # items with a target (bar those no longer applicable)
    not_met: int
    undecided: int  # neither the numbers nor the status say


def measured(items: Iterable[Item]) -> Measured | None:
    """The measurable items: reached or not by their numbers, else by their status (green: reached;
    yellow, red: not yet). ``None`` when no item has a target."""
    total = not_met = undecided = 0
    for item in items:
        if item.target is None or item.status is Status.NOT_APPLICABLE:
            continue
        total += 1
        met = verdict_of(item).met
        if met is None:
            met = _BY_STATUS.get(item.status)
        if met is None:
            undecided += 1
        elif not met:
            not_met += 1
    return Measured(total, not_met, undecided) if total else None
