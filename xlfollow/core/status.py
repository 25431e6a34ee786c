"""The status of an item and the vocabulary that maps what people type to it."""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time
from enum import StrEnum
from typing import NamedTuple

from xlfollow.core.colours import fill_status
from xlfollow.core.lazy import lazy
from xlfollow.core.numbers import parse_number
from xlfollow.core.values import CellError, CellFill, CellGlyph, CellIcon
from xlfollow.core.words import (
    AMBIGUOUS,
    DEGREES,
    FAMILIES,
    FILLER,
    FORECASTS,
    FULFILMENT_STEMS,
    FULFILMENT_WORDS,
    GOAL_KINDS,
    GOAL_STEMS,
    NEGATIONS,
    SUBJECTS,
    UNCERTAIN,
)


class Status(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    NOT_APPLICABLE = "not_applicable"
    MISSING = "missing"


ORDER: tuple[Status, ...] = (Status.GREEN, Status.YELLOW, Status.RED, Status.NOT_APPLICABLE, Status.MISSING)
FILL_STATUSES = ORDER[:4]  # what a cell's fill (its own, or a rule's) can say: never "missing"

# The cue shown beside the colour, so that colour never carries the status alone (WCAG 1.4.1).
# Distinct shapes that survive black-and-white printing and colour blindness.
SYMBOL: dict[Status, str] = {
    Status.GREEN: "●",
    Status.YELLOW: "◆",
    Status.RED: "▲",
    Status.NOT_APPLICABLE: "–",
    Status.MISSING: "?",
}

UNKNOWN_SYMBOL = "✕"  # beside "okänt": a status xlfollow could not read
# what xlfollow writes for a status it could not read (the region's Poster sheet: "✕ okänt"; the
# words are messages' status.unknown): never given a meaning, not even by the settings
UNKNOWN_LABELS = (f"{UNKNOWN_SYMBOL} okänt", f"{UNKNOWN_SYMBOL} unknown")

# Invisible characters people paste from Word, web pages and e-mail.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0e\ufe0f"), None)
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
# a cell of dashes or dots only: published tables' mark for "no assessment" (Stratsys views' "-",
# SCB's ".."), never a status; read as missing, as a blank is
_NO_MARK = re.compile(r"[-\u2010-\u2015.\u2026]+")
_EDGE_PUNCT = " .,;:!"

_BUILTIN_WORDS: dict[Status, tuple[str, ...]] = {
    Status.GREEN: (
        "grön",
        "gron",
        "grönt",
        "grön pil",
        "g",
        "green",
        "green arrow",
        "uppfylld",
        "uppfyllt",
        "↑",
        "⬆",
        "⇧",
        "⇑",
        "⇡",
        "⥣",
        "🡅",
        "🡑",
        "🠉",
        "🠕",
        "⭡",
        "⮝",
        "⮉",
    ),
    Status.YELLOW: (
        "gul",
        "gult",
        "gul pil",
        "y",
        "yellow",
        "amber",
        "yellow arrow",
        "amber arrow",
        "delvis uppfylld",
        "→",
        "➡",
        "⇨",
        "⇒",
        "⇢",
        "⟶",
        "➔",
        "➙",
        "➜",
        "➝",
        "➞",
        "➟",
        "➠",
        "⮕",
        "🡒",
        "🠒",
        "🠖",
        "⭢",
        "⮞",
        "⮊",
    ),
    Status.RED: (
        "röd",
        "rod",
        "rött",
        "röd pil",
        "r",
        "red",
        "red arrow",
        "ej uppfylld",
        "inte uppfylld",
        "↓",
        "⬇",
        "⇩",
        "⇓",
        "⇣",
        "⥥",
        "🡇",
        "🡓",
        "🠋",
        "🠗",
        "⭣",
        "⮟",
        "⮋",
    ),
    Status.NOT_APPLICABLE: (
        "ej aktuell",
        "ej aktuellt",
        "ej längre aktuell",
        "ej längre aktuellt",
        "inte aktuell",
        "inte längre aktuell",
        "utgår",
        "utgått",
        "n/a",
        "na",
        "n a",
        "not applicable",
        "ej tillämplig",
    ),
}


def no_mark(value: object) -> bool:
    """A dash or dots alone ("-", "–", ".."): a published table's "no assessment"."""
    return isinstance(value, str) and bool(_NO_MARK.fullmatch(_SPACES.sub("", value)))


def normalise(text: str) -> str:
    """Casefolded, invisible characters removed, spaces collapsed, edge punctuation stripped."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = _SPACES.sub(" ", text).strip(_EDGE_PUNCT).casefold()
    return text


# The labels xlfollow itself writes ("● grön", "▲ red"), so that its own sheets read back.
_LABELS = {
    Status.GREEN: ("grön", "green"),
    Status.YELLOW: ("gul", "yellow"),
    Status.RED: ("röd", "red"),
    Status.NOT_APPLICABLE: ("ej aktuell", "not applicable"),
    Status.MISSING: ("saknas", "missing"),
}


_TOKENS = lazy(r"[^\W_]+|[^\w\s]+")
# a status followed by a note in the same cell: "Grön – enligt plan", "Ej uppnått, se kommentar",
# "Gul (försenad leverans)"
# words in a note that may change the status before it: "Uppnått: nej", "Grön, men försenad"
_NOTE_CHANGERS = frozenset(
    {"nej", "no", "nope", "men", "but", "dock", "however", "although", "fast", "except"}
)
# a number written in a cell's text, a percent sign after it or not ("95 %", "0,95", "1 250")
WRITTEN_NUMBER = lazy(r"(-?\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?)\s*%?")
_NOTE_AFTER = lazy(r"^(.+?)\s*([–—:;,(]|\s-\s)\s*(.+?)\)?$", re.DOTALL)
# a text of sentences: "Målet har två indikatorer. Utfallet är över målvärdet. Målet bedöms uppnått."
_SENTENCE_END = lazy(r"(?<=[.!?])\s+")


_YEAR = lazy(r"(?:19|20)\d\d")
_OR = ("eller", "or", "tai")  # (Swedish, Norwegian and Danish "eller", English, Finnish)


def compose_fulfilment(tokens: list[str]) -> Status | None:
    """["ej", "uppfyllt"] -> red, ["delvis", "uppnått"] -> yellow, ["målet", "är", "uppnått"]
    -> green. Every token must be a filler, a negation, a degree word or the one fulfilment word;
    a negated fulfilment is never green, whatever else the text holds. Two fulfilments joined by
    "or" ("toteutunut tai toteutumassa", "uppnått eller uppnås") are read when both say the same."""
    return _composed(" ".join(tokens))


# the degrees and the negations, each longest first: "inte helt" goes before "helt"
_LONGEST_FIRST = (
    tuple(sorted(DEGREES, key=len, reverse=True)),
    tuple(sorted(NEGATIONS, key=len, reverse=True)),
)
# every word the phrases, the fillers and "or" take away before the one fulfilment word is left
_REMOVABLE = frozenset(
    word
    for phrases in (FORECASTS, UNCERTAIN, DEGREES, NEGATIONS, FILLER, _OR, ("kommer inte att",))
    for phrase in phrases
    for word in phrase.split()
)


def _cut(text: str, phrase: str, at_end: bool) -> tuple[bool, str]:
    """Whether ``phrase`` stands in ``text`` as words of its own (after the start or a space, before
    a space, or the end where ``at_end``), and the text with each such phrase and the space before
    it cut to one space: the regular expression "(?:^| )phrase(?= )" without compiling one per
    phrase (some 160 of them cost a button's run 16 ms)."""
    found = False
    out: list[str] = []
    start = 0
    at = text.find(phrase)
    while at >= 0:
        after = text[at + len(phrase) : at + len(phrase) + 1]
        if (at == 0 or text[at - 1] == " ") and (after == " " or (at_end and not after)):
            found = True
            out += [text[start : max(at - 1, 0) if at else 0], " "]
            start = at + len(phrase)
            at = text.find(phrase, start)
        else:
            at = text.find(phrase, at + 1)
    return found, "".join(out) + text[start:] if found else text


@functools.lru_cache(maxsize=8192)  # the header scan asks of the same few words on every row
def _composed(text: str) -> Status | None:
    for word in _OR:
        if f" {word} " in text:
            said = {_composed(" ".join(part.split())) for part in text.split(f" {word} ")}
            return said.pop() if len(said) == 1 else None
    if sum(t not in _REMOVABLE and not _goal_named(t) for t in text.split()) > 1:
        return None  # two words that no phrase, filler or goal takes away: never one fulfilment word
    negated = degree = forecast = uncertain = False
    # forecasts first ("not expected to be fully achieved" is "not fully achieved"), then degrees,
    # before fillers go: "inte helt uppnått" is on its way, not a negation
    for phrase in (*FORECASTS, "kommer inte att"):
        found, cut = _cut(text, phrase, at_end=False)
        if found:
            forecast = True
            if phrase != "kommer inte att":
                text = cut
    for phrase in UNCERTAIN:
        found, text = _cut(text, phrase, at_end=False)
        uncertain = uncertain or found
    text = " ".join(text.split())
    for phrase in _LONGEST_FIRST[0]:
        found, text = _cut(text, phrase, at_end=True)
        degree = degree or found
    text = " ".join(t for t in text.split() if t not in FILLER and not _goal_named(t))
    for phrase in _LONGEST_FIRST[1]:
        found, text = _cut(text, phrase, at_end=True)
        negated = negated or found
    rest = text.split()
    if len(rest) != 1:
        return None
    word = rest[0]
    if not (word in FULFILMENT_WORDS or word.startswith(FULFILMENT_STEMS)):
        return None
    if (forecast or uncertain) and not word.startswith(GOAL_STEMS):
        return None  # an action forecast to be done ("kommer att genomföras") is not done
    if uncertain:  # uncertain whether it can be met: yellow; after the fact or negated: unknown
        return Status.YELLOW if forecast and not negated else None
    if negated:
        return Status.RED
    return Status.YELLOW if degree else Status.GREEN


def _goal_named(token: str) -> bool:
    """A goal named by its kind: "effektmålet", "delmålen" (``GOAL_KINDS``)."""
    for ending in ("målet", "målen", "målene"):
        if token.endswith(ending):
            return token[: -len(ending)] in GOAL_KINDS
    return False


class Threshold(NamedTuple):
    """A status's threshold for a status written as a number: the bound, whether it is written in
    percent, and whether the bound itself is beyond it ("över 95 %": 95 is not green)."""

    bound: float
    percent: bool
    strict: bool = False
    lower: bool = False  # lower is better, said by the line itself ("högst 5 %", "under 5 %")


def higher_is_better(thresholds: Mapping[Status, Threshold]) -> bool:
    """Higher is better where green's threshold lies above yellow's; with green's alone, unless its
    line says lower ("threshold.grön = under 5 %")."""
    green, yellow = thresholds.get(Status.GREEN), thresholds.get(Status.YELLOW)
    if green is not None and yellow is not None:
        return green.bound >= yellow.bound
    return not (green or yellow or Threshold(0, False)).lower


# the words before a number that leave the number itself out ("över 95 %", "< 5", "more than 90")
STRICT_WORDS = (
    ">",
    "<",
    "över",
    "under",
    "mer än",
    "fler än",
    "mindre än",
    "färre än",
    "more than",
    "over",
    "above",
    "less than",
    "fewer than",
    "below",
)


# the words before a number that make it an upper bound ("högst 5 %", "under 5 %", "< 5")
LOWER_WORDS = (
    "<",
    "≤",
    "högst",
    "under",
    "mindre än",
    "färre än",
    "max",
    "at most",
    "below",
    "less than",
    "fewer than",
    "no more than",
)


class Vocabulary:
    """Maps typed text to a :class:`Status`. Built-in Swedish and English words, arrows and
    abbreviations, plus whatever a workbook's settings add (``status.● = green``)."""

    def __init__(
        self,
        extra: Mapping[str, Status] | None = None,
        colours: Mapping[str, Status] | None = None,
        language: str = "sv",
        thresholds: Mapping[Status, Threshold] | None = None,
    ) -> None:
        self._colours = {k.upper(): v.value for k, v in (colours or {}).items()}
        self._thresholds = dict(thresholds or {})
        self._words: dict[str, Status] = {}
        self._seen: dict[str, Status | None] = {}  # typed text -> status, for repeated values
        self._near: dict[str, Status | None] = {}  # unreadable text -> the status of the word near it
        self._answering: Vocabulary | None = None  # this vocabulary answering a question (``answering``)
        for status, words in _BUILTIN_WORDS.items():
            for word in words:
                self._words[normalise(word)] = status
        for status, labels in _LABELS.items():
            for label in labels:
                self._words[normalise(f"{SYMBOL[status]} {label}")] = status
        for value, families in FAMILIES.items():
            for words in families.values():
                for word in words:
                    self._words.setdefault(normalise(word), Status(value))
        for word, readings in AMBIGUOUS.items():
            self._words[word] = Status(readings["en" if language == "en" else "sv"])
        own_unknown = {normalise(label) for label in UNKNOWN_LABELS}
        self._given = frozenset(normalise(word) for word in extra or {})  # the settings' own words
        for word, status in (extra or {}).items():
            if normalise(word) not in own_unknown:  # "✕ okänt" stays unknown whatever a line says
                self._words[normalise(word)] = status

    def answering(self) -> Vocabulary:
        """This vocabulary for a column that answers whether a goal was met ("Uppfyllt Ja/Nej"):
        ja/yes green, delvis/partly yellow, nej/no red, where the settings give them no meaning: an
        answer's "Y" is yes, never the yellow of a RAG letter ("Target met": Y, N)."""
        from xlfollow.core.words import ANSWERS

        if self._answering is not None:
            return self._answering
        other = copy.copy(self)
        other._words = dict(self._words)
        for value, words in ANSWERS.items():
            for word in words:
                if normalise(word) not in self._given:
                    other._words[normalise(word)] = Status(value)
        other._seen, other._near = {}, {}
        other._answering = self._answering = other  # built once: a scale's headers ask for it often
        return other

    def classify(self, value: object) -> Status | None:
        """The status of a cell value; ``MISSING`` for blank; ``None`` when the value is
        outside the vocabulary (numbers, booleans, dates and error values included)."""
        if value is None:
            return Status.MISSING
        if type(value) is str:  # plain text, the common case (the cell classes below are str too)
            if value in self._seen:
                return self._seen[value]
        elif isinstance(value, CellIcon | CellGlyph):  # an icon, or a shape in a symbol font
            return Status(value.status) if value.status else None
        elif isinstance(value, CellFill):  # carried by the colour of a blank cell
            said = fill_status(value, self._colours)
            return Status(said) if said is not None else None
        if isinstance(value, bool | datetime | date | time | CellError):
            return None
        if isinstance(value, int | float):  # a number matches a number the settings name (status.1)
            number = int(value) if float(value).is_integer() else value
            named = self._words.get(normalise(str(number)))
            return (
                named
                if named is not None or not self._thresholds
                else self._by_threshold(float(value), False)
            )
        text = str(value)
        if text in self._seen:
            return self._seen[text]
        raw = _SPACES.sub("", unicodedata.normalize("NFC", text).translate(_INVISIBLE))
        if not raw:
            status: Status | None = Status.MISSING
        else:
            key = normalise(text)
            status = self._words.get(key)  # the settings' words first: "status.- = röd" holds
            if status is None and _NO_MARK.fullmatch(raw):  # a published table's "-", "–", ".."
                status = Status.MISSING
            if status is None:
                status = self._compose(key)
            written = WRITTEN_NUMBER.fullmatch(text.strip()) if status is None and self._thresholds else None
            amount = parse_number(written.group(1)) if written else None
            if amount is not None:
                status = self._by_threshold(amount, True)
        if len(self._seen) < 10_000:
            self._seen[text] = status
        return status

    def _compose(self, text: str) -> Status | None:
        """Meaning that composes: a symbol followed by words, and degree or negation words
        around a fulfilment stem. None when the text is not built that way."""
        tokens = _TOKENS.findall(text)
        if len(tokens) > 1 and not tokens[0][0].isalnum():  # "🟢 På rätt väg", "● grön"
            symbol = self._words.get(tokens[0])  # variation selectors are gone: normalise() drops them
            rest = " ".join(tokens[1:])
            said = self._words.get(rest) or self._compose(rest)
            if symbol is not None:
                return symbol if said in (None, symbol) else None
            return None
        composed = self._fulfilled(tokens)
        if composed is None and (found := _NOTE_AFTER.match(text)):
            return self._noted(found.group(1), found.group(3))
        return composed

    def _said(self, head: str) -> Status | None:
        """The status a normalised head of a cell says alone: a word, a fulfilment, or a sentence
        about its subject ("utredningen pågår")."""
        said = self._words.get(head)
        return said if said is not None else self._fulfilled(_TOKENS.findall(head))

    def _fulfilled(self, tokens: list[str]) -> Status | None:
        """A fulfilment with its degree or negation ("ej uppnått"), or a sentence about its subject."""
        said = compose_fulfilment(tokens)
        if said is None and len(tokens) > 1 and tokens[0] in SUBJECTS:
            return self._about(tokens[1:])
        return said

    def _about(self, tokens: list[str]) -> Status | None:
        """The status of a sentence about its subject ("utredningen är ej påbörjad", "uppdraget
        pågår", "utredningen avslutades 2021"): the rest after "är" or "har", and before the year it
        happened in, where that rest is a status of its own."""
        if tokens[:1] in (["är"], ["har"]):
            tokens = tokens[1:]
        if len(tokens) > 1 and _YEAR.fullmatch(tokens[-1]):
            tokens = tokens[:-1]
        rest = " ".join(tokens)
        return self._words.get(rest) or (compose_fulfilment(tokens) if tokens else None)

    def _by_threshold(self, value: float, text: bool) -> Status:
        """A number's status by the settings' thresholds (threshold.green = 90 %): at or beyond
        green's, green; at or beyond yellow's, yellow; else red (beyond only, where a bound is
        strict: "> 95 %"). Higher is better unless green's threshold is the lower one. A fraction
        (0,92 in a percent cell) is read as a percent when the thresholds are written in percent."""
        green, yellow = self._thresholds.get(Status.GREEN), self._thresholds.get(Status.YELLOW)
        in_percent = any(t.percent for t in self._thresholds.values())
        if in_percent and not text and -1.5 <= value <= 1.5:
            value = float(f"{value * 100:.12g}")  # 0,95 is 95 %, not 95.00000000000001
        higher = higher_is_better(self._thresholds)
        for status, at in ((Status.GREEN, green), (Status.YELLOW, yellow)):
            if at is None:
                continue
            beyond = value > at.bound if higher else value < at.bound
            if beyond or (value == at.bound and not at.strict):
                return status
        return Status.RED

    def _noted(self, head: str, note: str) -> Status | None:
        """A status followed by a note ("Grön – enligt plan", "Ej uppnått, se kommentar"): the
        status, when nothing in the note can change it. A note that holds a status word of its own
        that differs ("Grön – försenad"), a negation, a degree or a "but" ("Uppnått: nej", "Klar
        (delvis)", "Grön, men försenad") makes the cell unknown: no status anyone can count."""
        said = self._said(head)
        if said is None:
            return None
        tokens = _TOKENS.findall(note)
        words = " ".join(tokens)
        if any(t in _NOTE_CHANGERS for t in tokens) or any(
            f" {phrase} " in f" {words} " for phrase in (*NEGATIONS, *DEGREES)
        ):
            return None
        spans = [
            " ".join(tokens[i:j])
            for i in range(len(tokens))
            for j in range(i + 1, min(len(tokens), i + 4) + 1)
        ]
        others = {self._words[span] for span in spans if span in self._words}
        return said if others <= {said} else None

    def verdict(self, value: object) -> Status | None:
        """:meth:`classify`, and for a status cell of sentences that reads as none, the last
        sentence where it is a status alone and no sentence before it says another ("Målet har två
        indikatorer. Utfallet är över målvärdet. Målet bedöms uppnått.": green). Only for a
        status column's cells: a comment that ends so never makes its column the status's."""
        status = self.classify(value)
        if status is not None or type(value) is not str:
            return status
        sentences = _SENTENCE_END.split(value.strip())
        if len(sentences) < 2:
            return None
        # a status that is a sentence of its own, then its explanation ("Pågår. Under perioden har
        # …"): the first sentence, where nothing after it can change it (as a note after a dash)
        head = normalise(sentences[0])
        if self._said(head) is not None:
            return self._noted(head, normalise(" ".join(sentences[1:])))
        return self.concluded(value)

    def concluded(self, value: object) -> Status | None:
        """The status a text of sentences ends with, where no sentence before it says another
        ("… Utfallet för en av indikatorerna är över målvärdet. Målet bedöms inte uppnått.": red);
        ``None`` for a text of one sentence, or one whose last says no status."""
        sentences = _SENTENCE_END.split(value.strip()) if isinstance(value, str) else []
        if len(sentences) < 2:
            return None
        last = self.classify(sentences[-1])
        if last in (None, Status.MISSING):
            return None
        before = {self.classify(s) for s in sentences[:-1]} - {None, Status.MISSING}
        return last if before <= {last} else None

    def explained(self, value: object) -> bool:
        """A status cell of sentences that only :meth:`verdict` reads, by its first or last one: it
        carries its explanation ("Pågår. Under perioden har …")."""
        return isinstance(value, str) and self.classify(value) is None and self.verdict(value) is not None

    def mentions_status(self, text: str) -> bool:
        """The text holds an assessment word or phrase of the vocabulary (of four words at most,
        five letters at least: "on track", "uppfyllda"), as a summary sentence does."""
        tokens = _TOKENS.findall(normalise(text))
        for i in range(len(tokens)):
            for j in range(i + 1, min(len(tokens), i + 4) + 1):
                span = " ".join(tokens[i:j])
                said = self._words.get(span)
                if said is not None and said is not Status.MISSING and len(span) >= 5:
                    return True
        return False

    @staticmethod
    def ambiguous(value: object, language: str = "sv") -> tuple[Status, Status] | None:
        """For a word whose meaning depends on the language ("OK"): the status it was read as
        and the status it has in the other language; else ``None``."""
        if not isinstance(value, str):
            return None
        readings = AMBIGUOUS.get(normalise(value))
        if readings is None:
            return None
        here, there = ("en", "sv") if language == "en" else ("sv", "en")
        return Status(readings[here]), Status(readings[there])

    def nearest(self, value: object) -> Status | None:
        """The status of the known word nearest to a text xlfollow cannot read ("grönn", "gull",
        "rod"): a slip of the keyboard, suggested to the user, never counted. None when no word is
        near (a ratio of at least 0.8 between the two, words of three letters or more; at 0.75 the Danish
        "opfyldt" was near "ouppfylld", a negation)."""
        import difflib

        if value.__class__ is not str:  # plain text only (not a cell's fill, icon or glyph)
            return None
        key = normalise(str(value))
        if len(key) < 3:
            return None
        if key not in self._near:  # a word typed in many cells is looked up once
            # the same first letter: "ouppfylld", "unmet", "incomplete" are negations of a known
            # word, not slips of it (a suggestion would turn a red goal green)
            words = [w for w in self._words if len(w) >= 3 and w.isalpha() and w[0] == key[0]]
            found = difflib.get_close_matches(key, words, n=1, cutoff=0.8)
            near = self._words[found[0]] if found else None
            if len(self._near) >= 10_000:  # bounded, as the classified texts are
                return near
            self._near[key] = near
        return self._near[key]

    def words_for(self, status: Status) -> list[str]:
        return sorted(word for word, s in self._words.items() if s is status)


# Plain words in a comment that say the opposite of a status (rule comment-contradicts-status),
# matched on the casefolded comment; a literal check first, since most comments have none.
_MET_KEYS = ("uppnå", "uppfyll", "klar", "slutför", "achiev", "complet", "target met")
_LATE_KEYS = ("försen", "delay", "off track", "behind", "hinner", "not met", "not achieved", "not completed")
_NEGATION_KEYS = ("inte", "ej ", "icke")
_CLAIMS_MET = re.compile(
    r"\b(?:uppnått|uppnådd|uppnåtts|uppnådda|uppfyllt|uppfylld|uppfyllts|uppfyllda|klart|klar|"
    r"avklarat|slutfört|achieved|completed|target\s+met)\b"
)
_CLAIMS_LATE = re.compile(
    r"\b(?:försenat|försenad|försenade|försenas|försening|delayed|off\s+track|behind\s+schedule|"
    r"(?:ej|inte|icke)\s+(?:uppnått|uppnådd|uppfyllt|uppfylld|klart|klar|genomfört)|"
    r"(?:uppnå|uppfyll|nå|klara)\w*\s+inte|hinner\s+inte|not\s+(?:met|achieved|completed))\b"
)
_QUALIFIED = lazy(
    r"\b(?:ej|inte|icke|ännu|not|yet|delvis|nästan|till viss del|partly|partially|nearly|almost|"
    r"om|när|innan|för\s+att|ska|skall|kommer|bli|blir|will|to\s+be|if|when|before)\W+(?:\w+\W+){0,2}$"
)
_NEGATED_AFTER = lazy(r"\W*(?:inte|ej|not)\b")


def contradiction(comment: str, status: Status) -> str | None:
    """The words of ``comment`` that say the opposite of ``status`` ("klart" on red, "försenat" on
    green), or ``None``. A fulfilment word that is negated, qualified or in the future ("ska bli
    klart", "inte uppnått", "delvis uppfyllt") is no claim that it is met; a comment with claims
    both ways (parts met, parts not) is no contradiction."""
    if status is not Status.GREEN and status is not Status.RED:
        return None
    text = comment.casefold()
    if status is Status.GREEN:
        late = _late(text)
        return late if late is not None and _met(text) is None else None
    met = _met(text)
    return met if met is not None and _late(text) is None else None


def _near(text: str, keys: tuple[str, ...], before: int = 24, after: int = 28) -> Iterator[tuple[int, str]]:
    """Each place a key occurs, with the text around it: the patterns run on these windows only
    (a comment of a few hundred characters is searched by str.find, in C)."""
    for key in keys:
        at = text.find(key)
        while at >= 0:
            start = max(0, at - before)
            yield start, text[start : at + len(key) + after]
            at = text.find(key, at + 1)


def _late(text: str) -> str | None:
    """The first words that say it is late or not met."""
    found = [
        (start + m.start(), m.group(0))
        for start, window in _near(text, (*_LATE_KEYS, *_NEGATION_KEYS))
        if (m := _CLAIMS_LATE.search(window))
    ]
    return " ".join(min(found)[1].split()) if found else None


def _met(text: str) -> str | None:
    """The first fulfilment word that says it is met: not negated, qualified or in the future."""
    claims = []
    for start, window in _near(text, _MET_KEYS, before=0, after=12):
        found = _CLAIMS_MET.match(window) if start else _CLAIMS_MET.search(window)
        if found is None:
            continue
        at, end = start + found.start(), start + found.end()
        if at and text[at - 1].isalnum():
            continue  # inside a longer word ("förklarat")
        before = text[max(0, at - 40) : at]
        if not _QUALIFIED.search(before) and not _NEGATED_AFTER.match(text, end):
            claims.append((at, found.group(0)))
    return " ".join(min(claims)[1].split()) if claims else None
