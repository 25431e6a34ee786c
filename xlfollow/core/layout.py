"""Finding the data sheet, its header row and the column of each field from the header texts,
as users wrote them (Swedish or English, any case, extra words such as "Läge 2017-04-30")."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from typing import Any

from xlfollow.core.a1 import col_index, col_letter, is_col_letters
from xlfollow.core.errors import InputError
from xlfollow.core.headers import (
    KIND_WORDS,
    MONTH_ABBREVIATIONS,
    MONTH_NUMBER,
    SENTENCE,
    SYNONYMS,
    TREND_VALUES,
    TREND_WORDS,
    WEAK_ITEM_PHRASES,
)
from xlfollow.core.labels import label_columns
from xlfollow.core.lazy import lazy
from xlfollow.core.models import Layout
from xlfollow.core.numbers import YEAR_ALONE, is_year, parse_number
from xlfollow.core.owned import CONTROL_SHEET, SUMMARY_SHEET, is_owned_copy
from xlfollow.core.settings import FIELDS, MIXED_KIND, SETTINGS_SHEET, Settings, quoted_sheet
from xlfollow.core.status import Status, Vocabulary
from xlfollow.core.texts import TextKey, localised
from xlfollow.core.words import LEGEND_WORDS, YES_NO_WORDS

# Sheets that never hold data: xlfollow's summary and check (by name, a user's too), settings,
# configuration and instructions. (Historik is skipped when xlfollow's: see core.owned.)
_SKIP_SHEETS = {
    SUMMARY_SHEET.casefold(),
    CONTROL_SHEET.casefold(),
    SETTINGS_SHEET,
    "xlwings.conf",
    "_xlwings.conf",
    "instruktioner",
    "instructions",
    "start",
}
HEADER_SCAN_ROWS = 40
# further down only where the first rows hold no header: a report's key, counts and summary above its
# first table (Kent 2024/25: row 37), never a later table's header over the first one's
DEEP_SCAN_ROWS = 80

# first word -> [(phrase as words, field)], longest phrase first
_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _field, _phrases in SYNONYMS.items():
    for _phrase in _phrases:
        _words = tuple(_phrase.split())
        _PHRASES.setdefault(_words[0], []).append((_words, _field))
for _candidates in _PHRASES.values():
    _candidates.sort(key=lambda pf: -len(" ".join(pf[0])))
_KNOWN_WORDS = {w for phrases in SYNONYMS.values() for phrase in phrases for w in phrase.split()}
# the endings of a plural or definite form (Swedish, Norwegian, Danish; English plural): a header
# "Indikatorer", "Målen", "Åtgärderna", "Targets" names what "indikator", "mål", "åtgärd", "target" do
COUNT_WORDS = {"number", "antal", "andel", "count", "share", "percentage", "procent", "total", "totalt"}
_ENDINGS = ("erna", "arna", "orna", "ene", "er", "ar", "or", "na", "en", "et", "ne", "n", "s")
MAX_HEADER_LENGTH = 120  # longer cell texts are data, not headers
_WORD = re.compile(r"[^\W_]+")
_COMMITTEE_LIKE = lazy(r"nämnd|styrelse|fullmäktige|committee|board|council|\b[A-ZÅÄÖ]{2,5}\b")


@functools.lru_cache(maxsize=8192)  # asked of every cell of every row the header scan reads
def header_words(text: str) -> tuple[str, ...]:
    """A header as lower-case words, without numbers and dates ("Läge 2017-04-30" -> ("läge",))."""
    text = unicodedata.normalize("NFC", text).casefold()
    return tuple(w for w in _WORD.findall(text) if w.isalpha() or not any(ch.isdigit() for ch in w))


# A trend or direction-of-travel column compares with an earlier period: never the status
# (Havering 2014: a separate "Direction of Travel" column beside the RAG status).


def _forms(word: str) -> frozenset[str]:
    """``word`` and its forms without a plural or definite ending that header phrases know
    ("indikatorer": "indikator"; "actions": "actions", "action")."""
    stems = {word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 3}
    return frozenset({word} | (stems & _KNOWN_WORDS))


_WEAK_ITEMS = frozenset(WEAK_ITEM_PHRASES)


def _field_of(text: str) -> str | None:
    """:func:`_match_text`, and the item where the header names nothing else but a weak item
    phrase ("service_standard_en", "Servicegaranti")."""
    found = _match_text(text)
    if found is None:
        words = header_words(text)
        spans = {words[i : i + n] for n in (1, 2) for i in range(len(words) - n + 1)}
        if spans & _WEAK_ITEMS:
            return "item"
    return found


@functools.lru_cache(maxsize=4096)
def _match_text(text: str) -> str | None:
    words = header_words(text)
    if not words or len(words) > 12 or TREND_WORDS & set(words):
        return None
    forms = [_forms(w) for w in words]
    # a header that counts or shares things ("Number of actions", "% of actions", "Antal åtgärder")
    # names a figure, never the items themselves
    counting = text.lstrip().startswith("%") or words[0] in COUNT_WORDS
    best: tuple[int, str] | None = None
    named: set[str] = set()
    for i, variants in enumerate(forms):
        for start in variants:
            for phrase, field in _PHRASES.get(start, ()):
                if len(phrase) > len(forms) - i or not all(p in forms[i + k] for k, p in enumerate(phrase)):
                    continue
                exact = words[i : i + len(phrase)] == phrase
                if (field == "item" and not exact) or (field in ("item", "measure") and counting):
                    continue  # "Actions", "Insatser" beside the goals may be what was done, not the items
                named.add(field)
                length = len(" ".join(phrase))
                if best is None or length > best[0]:
                    best = (length, field)
                break  # candidates are longest first
    if best is not None and {"status", "comment"} <= named and set(words) & _AND:
        return "status"  # "Uppdragets status och kommentar": the status, its comment beside or under it
    return best[1] if best else None


def _names_comment(value: Any) -> bool:
    """The header holds a word of the comment's ("Status och kommentar")."""
    words = set(header_words(str(value)))
    return any(phrase in words for phrase in SYNONYMS["comment"] if " " not in phrase)


_AND = frozenset({"och", "and", "samt", "og", "ja", "&", "+", "/"})


def match_header(text: Any, compounds: bool = True) -> str | None:
    """The field a header names, or ``None`` (the longest phrase found in the header wins). A word
    split by a hyphen is read whole where it is wrapped there ("Utfalls-\nsymbol"), where the parts
    name nothing ("Målupp-fyllelse") or where its last part, the compound's head, does not name what
    the parts do ("Utfalls-symbol", "Mål-värde"); "Del-mål" stays a goal."""
    if not isinstance(text, str) or len(text) > MAX_HEADER_LENGTH:
        return None
    return _header_field(text, compounds)


@functools.lru_cache(maxsize=8192)  # asked of every cell of every row the header scan reads
def _header_field(text: str, compounds: bool) -> str | None:
    if SENTENCE.search(text):
        return None
    text = _LETTER_WORD.sub(lambda m: m.group()[0], text)
    found = _field_of(text)
    if found is None and compounds:
        found = _closed_compound(text)
    if found is None and header_words(text) in _RESULT_ALONE:
        return (
            "outcome"  # "Resultat 2018" (Stavanger): alone, never "Mål och resultat" or "Resultat och analys"
        )
    if "-" in text:
        joined = _HYPHENATED.sub("", text)
        # a compound's head is its last part: "Utfalls-symbol" is a symbol (read whole), "Del-mål" a goal
        if joined != text and (found is None or "-\n" in text or _match_text(_heads(text)) != found):
            found = _match_text(joined) or found
    if found in _NAMING_FIELDS and text.rstrip().endswith("?") and len(header_words(text)) > 2:
        return None  # a question asks about the items ("Did an agency post DGB to webpage?"): no item's name
    if found in _NAMING_FIELDS and id_of(text) is not None:
        return "id"  # "Action ID", "Åtgärd nr": the number of an action, never the action itself
    if found in _NAMING_FIELDS and header_words(text)[-1:] in _STATUS_HEADS and not _JOINED.search(text):
        return "status"  # "Sub-Commitment Status", "Åtgärdens läge": the status of a commitment
    return found


_STATUS_HEADS = frozenset({("status",), ("läge",)})
# two fields in one header ("Action and status", "Åtgärd och status", "Project name / status",
# "Action (status)"): the item's column, as before
_JOINED = lazy(r"[&/+,(]|\b(?:och|and|samt|eller|or)\b", re.IGNORECASE)


# the fields whose column names what is followed up (never a question's)
_NAMING_FIELDS = frozenset({"item", "goal", "measure", "perspective", "committee", "id"})
_ID_WORDS = frozenset(SYNONYMS["id"])


@functools.lru_cache(maxsize=8192)
def id_of(text: str) -> str | None:
    """The field whose number or code a header names ("Action ID", "Åtgärd nr", "Mål nr",
    "service_standard_id"): what its words before the last, an id word, name; ``None`` for any
    other header ("Number of actions" counts them)."""
    words = header_words(_YES_NO_SCALE.sub(" ", text))  # "Goal met (Yes/No)" asks, never numbers
    if len(words) < 2 or words[-1] not in _ID_WORDS or asks_yes_no(text):
        return None
    field = _field_of(" ".join(words[:-1]))
    return field if field in _NAMING_FIELDS - {"id"} else None


# a sentence, never a header: eight words or more ending with a full stop after a word of four
# letters or more ("Number of hectares of active bush regeneration activities."); a header with
# a full stop ("Nämndens kommentar till utfallet.", "Ansv.") stays a header
_NOT_HEADS = (
    "beskrivning",
    "assessment",
    "progress",
    "comment",
    "comments",
    "remarks",
    "description",
    "commentary",
    "update",
)
# the heads a closed compound may end in ("Målbedömning", "Helhetsbedömning", "Projektstatus",
# "Lägeskommentar"): the status's and the comment's one-word phrases of six letters or more;
# never "beskrivning" ("Delmålsbeskrivning" is what is followed up) nor "läge" ("Utgångsläge")
_COMPOUND_HEADS = tuple(
    (phrase, field)
    for field in ("status", "comment")
    for phrase in SYNONYMS[field]
    if " " not in phrase and len(phrase) >= 6 and phrase not in _NOT_HEADS
)


def _two_words(text: str) -> bool:
    """Two words or more, a word a token with a letter and no digit (a period after one word,
    "Lägesbedömning 2025-01-01 – 2025-03-31", is one word); read no further than the second."""
    first = text.split(None, 2)  # (most often the first two tokens answer: no long text split)
    if len(first) > 1 and first[0].isalpha() and first[1].isalpha():
        return True
    count = 0
    for token in text.split():
        if token.isalpha() or (any(map(str.isalpha, token)) and not any(map(str.isdigit, token))):
            count += 1
            if count > 1:
                return True
    return False


def _closed_compound(text: str) -> str | None:
    """The field a one-word header written as a closed compound names by its head, the last part
    (Swedish, Norwegian and Danish write "Målbedömning" as one word; "Verksamhetsmål" is a goal
    followed up, as "Nämndmål" is)."""
    if len(text) > MAX_HEADER_LENGTH and _two_words(text):
        return None  # a comment: its second word answers, and it is not kept in the cache
    return _compound_field(text)


@functools.lru_cache(maxsize=8192)  # asked of every cell of every row the header scan reads
def _compound_field(text: str) -> str | None:
    if _two_words(text):
        return None  # (before the words are folded: a long text costs nothing)
    words = header_words(text)
    if len(words) != 1:
        return None
    word = words[0]
    for head, field in _COMPOUND_HEADS:
        if word.endswith(head) and len(word) - len(head) >= 3:
            return field
    return "item" if word.endswith("mål") and len(word) >= 7 else None


_RESULT_ALONE = frozenset({("resultat",), ("resultater",), ("resultatet",)})
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-\s*(?=[^\W\d_])")
_COMPOUND = lazy(r"[^\W\d_]+-\s*([^\W\d_]+)")
_LETTER_WORD = lazy(r"\b[eE]-(?=[^\W\d_])")  # "E-post", "E-tjänst": one word (not "Q-status")


def _heads(text: str) -> str:
    """``text`` with each word written with a hyphen by its last part ("Utfalls-symbol": "symbol")."""
    return _COMPOUND.sub(r"\1", text)


_PART_OF_YEAR = re.compile(
    r"\b(?:(q|k|t)\s?([1-4])|(?:kvartal|tertial)\s?([1-4])|([1-4])(?:st|nd|rd|th)?\s+(quarter|kvartalet|tertialet))\b",
    re.IGNORECASE,
)


_WHOLE_YEAR = re.compile(r"\b(?:helår|helåret|årsbokslut|bokslut|full year|year end|year-end|annual)\b", re.I)


def period_key(text: str) -> tuple[int, int, int] | None:
    """A header's period as (year, month, day) for ordering: "Läge 2017-12-31", "Per augusti"
    (no year: 0), "Res april", "Utfall 2016" (no month: 0); a span by its last month ("Läge
    jan–aug": August); a quarter or tertial by the month it ends ("Q2 Status", "3rd Quarter", "K3",
    "T2")."""
    found = re.search(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", text)
    if found:
        return int(found.group(1)), int(found.group(2)), int(found.group(3))
    year = re.search(r"(?:19|20)\d{2}", text)
    year_number = int(year.group(0)) if year else 0
    months = [
        MONTH_NUMBER.get(word) or MONTH_ABBREVIATIONS[word]
        for word in header_words(text)
        if word in MONTH_NUMBER or word in MONTH_ABBREVIATIONS
    ]
    if months:
        return year_number, months[-1], 0
    part = _PART_OF_YEAR.search(text)
    if part:
        letter, number = (part.group(1) or "").casefold(), part.group(2) or part.group(3) or part.group(4)
        tertial = letter == "t" or "tertial" in part.group(0).casefold()
        return year_number, int(number) * (4 if tertial else 3), 0
    if _WHOLE_YEAR.search(text):  # "helår 2025", "årsbokslut": the year's end
        return year_number, 12, 0
    # a bare year ("Utfall 2016") is the whole year: after its quarters and tertials
    return (year_number, 12, 0) if year else None


def period_columns(
    headers: Mapping[int, str], field: str = "status", hidden: Collection[int] = ()
) -> list[tuple[tuple[int, int, int], int]]:
    """The visible columns of ``field`` whose headers are periods, with each one's period key."""
    return [
        (key, col)
        for col, text in headers.items()
        if match_header(text) == field and (key := period_key(text)) is not None and col not in hidden
    ]


def latest_column(
    headers: Mapping[int, str],
    below: Sequence[Sequence[Any]],
    first: int,
    field: str = "status",
    period: str | None = None,
    hidden: Collection[int] = (),
) -> int:
    """Of several columns of ``field`` that are periods ("Per april", "Per augusti", "Läge
    2017-12-31", "Utfall 2014" ... "Utfall 2016"): the one of the settings' ``period`` (its month,
    and its year where the header has one: the round under way, even while it is empty); else the
    latest one that has values; else the first one found."""
    candidates = period_columns(headers, field, hidden)
    if first in hidden and candidates:  # a hidden period column is read only when the settings name it
        first = max(candidates)[1]
    if len(candidates) < 2:
        return first
    wanted = period_key(period) if period else None
    if wanted is not None and wanted[1]:
        same_month = [(key, col) for key, col in candidates if key[1] == wanted[1]]
        exact = [col for key, col in same_month if key[0] == wanted[0]]
        undated = [col for key, col in same_month if key[0] == 0]
        if exact or undated:
            return (exact or undated)[-1]
    for _, col in sorted(candidates, reverse=True):
        if _has_values(below, col):
            return col
    return first


def _has_values(rows: Sequence[Sequence[Any]], col: int) -> bool:
    """Some row has a value in column ``col`` (1-based)."""
    return any(col - 1 < len(row) and row[col - 1] not in (None, "") for row in rows)


def _column_values(rows: Sequence[Sequence[Any]], col: int) -> list[Any]:
    """The values of column ``col`` (1-based) in ``rows``, blanks left out."""
    return [r[col - 1] for r in rows if col - 1 < len(r) and r[col - 1] is not None]


def _columns_of(row: Sequence[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    goals: list[int] = []
    comments: list[int] = []
    items: list[int] = []
    texts: list[tuple[int, str]] = []  # the cells a closed compound may stand in
    for index, value in enumerate(row, start=1):
        if not isinstance(value, str):
            continue
        texts.append((index, value))
        if len(value) > MAX_HEADER_LENGTH:
            continue  # (as match_header reads it: a comment names no field)
        field = _header_field(value, False)  # (match_header, its checks made)
        if field is None:
            continue
        if field == "status" and "status" in found and "comment" not in found and _names_comment(value):
            field = "comment"  # "Status | Status och kommentar": the second is the comment, as before
        if field == "goal":
            goals.append(index)
        if field == "item":
            items.append(index)
        if field == "comment":
            comments.append(index)
        if field not in found:
            found[field] = index
    if "id" in found and not {"item", "goal", "measure"} & set(found):
        # "Åtgärd nr | Status" over "1. Fler i arbete": the only column naming what is followed up
        # is it, numbered, not an id beside it
        owner = id_of(row[found["id"] - 1])
        if owner in ("item", "goal", "measure"):
            found[owner] = found.pop("id")
            (items if owner == "item" else goals if owner == "goal" else []).append(found[owner])
    named = set(found.values())
    for index, value in texts:  # a closed compound only where no header names its field
        # (of any length: "Lägesbedömning" and a long period is one word)
        field = None if index in named else _closed_compound(value)
        if field and field not in found:
            found[field] = index
    status = found.get("status")
    if len(items) == 2 and not goals and items[1] == items[0] + 1 and (status is None or items[1] < status):
        # two levels of what is done side by side, left of the status, and no goal ("Insats |
        # Aktivitet": an effort, its activities): the lower level, to the right, is followed up; the
        # upper groups it, as a goal does ("Aktivitet | Status | Nästa åtgärd" is no such pair)
        found["goal"], found["item"] = items
    if "item" not in found and len(goals) == 2:
        # two levels of goals and no item column ("Kommungemensamma mål | Nämndens mål"): the lower
        # level, to the right, is what is followed up
        found["item"] = goals[1]
    if (
        len(comments) == 2
        and not {"item", "goal", "measure", "id"} & set(found)
        and header_words(row[comments[0] - 1]) in _DESCRIBED
    ):
        # "Description | Baseline | Target | Result | Status | Comments" (Georges River 2022): the
        # description is what is followed up where another column holds the comments, and no
        # column names a goal, a measure or a code the items may be ("Mål | Beskrivning | ...")
        found["item"], found["comment"] = comments
    return found


def _items_own_id(found: dict[str, int], row: Sequence[Any]) -> None:
    """The id column is the items' own: "Action ID" beside "Action" ("service_id | … |
    service_standard_id | service_standard": the standard's, not the service's; "Indikator nr"
    where the indicators are the items); a goal's number ("Goal ID | Goal | Action", "Perspektiv
    nr | Perspektiv | Mål") is no action's id (its actions would share it)."""
    item = found.get("item")
    if item is None or "id" not in found:
        return
    header = row[item - 1] if item - 1 < len(row) else None
    named = match_header(header) if isinstance(header, str) else None  # "Mål" made the item: goal
    owners = {i: id_of(v) for i, v in enumerate(row, 1) if isinstance(v, str)}
    own = next((i for i, owner in owners.items() if owner in ("item", named)), None)
    if own is not None:
        found["id"] = own
    elif owners.get(found["id"]) not in (None, "item", named):
        del found["id"]


_DESCRIBED = frozenset({("description",), ("beskrivning",)})


def _score(columns: Mapping[str, int]) -> int:
    return len(columns) + 2 * ("item" in columns) + 2 * ("status" in columns)


def _kind_of(item_header: str) -> str:
    """The kind of follow-up the item column's header names; items in general ("poster": goals,
    measures, indicators) when it names none of the four."""
    words = header_words(item_header)
    for kind, markers in KIND_WORDS:
        if any(w in markers for w in words):
            return kind
    return MIXED_KIND


def _period_of(status_header: str) -> str | None:
    """ "Läge 2017-04-30" -> "2017-04-30"; "Per april" -> "april"."""
    text = status_header.strip()
    m = re.search(r"\d{4}-\d{2}-\d{2}", text)
    if m:
        return m.group(0)
    words = header_words(text)
    if len(words) == 2 and words[0] in ("per", "res"):
        return words[1]
    found = re.search(
        r"\bper\s+(?:\d{1,2}\s+)?([a-zåäö]+)", text, re.IGNORECASE
    )  # "Bedömning per 31 augusti"
    if found and found.group(1).casefold() in MONTH_NUMBER:
        return found.group(1).casefold()
    return None


def _weak_columns(
    columns: dict[str, int], row: Sequence[Any], rows: Sequence[Sequence[Any]], start: int
) -> None:
    """Drop a column taken on a weak header whose values say otherwise: "Ansvarig" full of
    person names is no committee column."""
    col = columns.get("committee")
    if col is None or header_words(str(row[col - 1])) != ("ansvarig",):
        return
    values = [
        r[col - 1] for r in rows[start : start + 300] if col - 1 < len(r) and isinstance(r[col - 1], str)
    ]
    committee_like = [v for v in values if _COMMITTEE_LIKE.search(v) or v.strip().isupper()]
    if len(committee_like) * 2 < len(values):
        del columns["committee"]


def _complete_by_values(
    cols: dict[str, int], row: Sequence[Any], rows: Sequence[Sequence[Any]], start: int, settings: Settings
) -> None:
    """A header that lacks the item or the status column, completed from what the columns hold:
    the measure or indicator is the item when nothing else is (council indicator tables), else the
    goal (a follow-up of the goals themselves); a
    column whose values are mostly statuses (smileys under "Utfall", RAG under a bare heading) is
    the status."""
    if "item" not in cols and "measure" in cols:
        cols["item"] = cols.pop("measure")
    elif "item" not in cols and "goal" in cols:  # a follow-up of the goals themselves, one per row
        cols["item"] = cols.pop("goal")
    if "status" in cols:
        return
    vocabulary = settings.vocabulary()
    taken = set(cols.values())
    below = rows[start : start + 200]
    free = [i for i in range(1, len(row) + 1) if i not in taken or cols.get("outcome") == i]
    index = _status_column(row, below, free, lambda values: _mostly_statuses(values, vocabulary.classify), 3)
    if (
        index is None
        and "outcome" in cols
        # (never beside a header no field names: "Färg" may hold the status in its fills)
        and all(i in taken for i, v in enumerate(row, 1) if v not in (None, ""))
        and _concluded(_column_values(_down_to_blank(below), cols["outcome"]), vocabulary)
    ):
        index = cols["outcome"]
    if index is not None:
        if cols.get("outcome") == index:
            del cols["outcome"]
        cols["status"] = index
        return
    if "item" not in cols and ({"target", "outcome"} & set(cols)):
        item = _unheaded_texts(row, below, taken)
        if item is not None:
            cols["item"] = item


def _assessed(values: Sequence[Any], classify: Callable[[Any], Status | None]) -> bool:
    """Mostly statuses, and green, yellow or red among them (never a column of "Not applicable")."""
    return _mostly_statuses(values, classify) and any(classify(v) in _ASSESSMENTS for v in values)


def _concluded(values: Sequence[Any], vocabulary: Vocabulary) -> bool:
    """An outcome column whose every cell down to the table's first blank row, three at least, is
    sentences that end with the goal's verdict ("Målet har två kopplade indikatorer. Utfallet är
    över målvärdet. Målet bedöms uppnått.", Tolkförmedling Väst's auditors 2025): the status,
    however its header names it."""
    return len(values) >= 3 and all(
        vocabulary.concluded(v) not in (None, Status.MISSING) for v in values if v not in (None, "")
    )


def _status_column(
    row: Sequence[Any],
    below: Sequence[Sequence[Any]],
    candidates: Sequence[int],
    statuses: Callable[[list[Any]], bool],
    least: int = 0,
) -> int | None:
    """Of ``candidates`` (in order) with ``least`` values at least: the first column whose values
    are ``statuses``, never a trend's arrows under "Utveckling" nor a column of yes and no; else the
    first of yes and no (an "Ingår i budget: Ja/Nej" left of "Färg: Grön" is no status)."""
    answering = None
    for index in candidates:
        values = _column_values(below, index)
        if len(values) < least:
            continue
        if _yes_and_no(values):
            answering = index if answering is None else answering
            continue
        if index - 1 < len(row) and _trend_column(row[index - 1], values):
            continue
        if statuses(values):
            return index
    return answering


def _unheaded_texts(row: Sequence[Any], below: Sequence[Sequence[Any]], taken: set[int]) -> int | None:
    """The column left of the named ones whose header cell is empty and whose values are long,
    distinct texts: the items of a table that names only its figures (Helsingborg 2016:
    "| Utfall 2014 | Utfall 2015 | Utfall 2016 | Målvärde 2016" over the goals' measures)."""
    for index in range(1, min(taken, default=1)):
        if index - 1 < len(row) and row[index - 1] not in (None, ""):
            continue
        values = _column_values(below, index)
        texts = [v.strip() for v in values if isinstance(v, str) and v.strip()]
        many = len(texts) >= 3 and len(texts) * 5 >= len(values) * 4
        if many and _long_and_distinct(texts, 15):
            return index
    return None


def _long_and_distinct(texts: Sequence[str], mean: int) -> bool:
    """Texts that read as items: seven in ten of them distinct, ``mean`` characters long on average
    (a column of goals, not of committees or statuses)."""
    return len(set(texts)) * 10 >= len(texts) * 7 and sum(map(len, texts)) >= mean * len(texts)


def _mostly_statuses(values: Sequence[Any], classify: Callable[[Any], Status | None]) -> bool:
    """At least four in five of ``values`` read as statuses, at least half of them an assessment
    (a word that says none was made, "Ingen mätning har genomförts", is a status word too, but a
    column of nothing else says little); read until the answer is known (a column of comments is
    given up after a fifth of them, not read to the end). A published table's "-" for "no
    assessment" is neither (Stratsys views: a dash where no colour was given), but a column needs
    three values besides."""
    marked = [v for v in values if not _no_mark(v, classify)]
    if (len(marked) < len(values) and len(marked) < 3) or not marked:
        return False
    values = marked
    needed = 0.8 * len(values)
    allowed = len(values) - needed  # misses that still leave enough
    hits = assessed = misses = 0
    for value in values:
        status = classify(value)
        if status is not None and (status is not Status.MISSING or _written(value)):
            hits += 1
            assessed += status is not Status.MISSING
            if hits >= needed and assessed * 2 >= hits:
                return True
        else:
            misses += 1
            if misses > allowed:
                return False
    return hits >= needed and assessed * 2 >= hits


def _no_mark(value: Any, classify: Callable[[Any], Status | None]) -> bool:
    """A published table's "-" or ".." for no assessment (read as missing, written as no word)."""
    return isinstance(value, str) and not _written(value) and classify(value) is Status.MISSING


def _status_first(rows: Sequence[Sequence[Any]], col: int, classify: Callable[[Any], Status | None]) -> bool:
    """The first value of column ``col`` in ``rows`` reads as an assessment."""
    first = next((r[col - 1] for r in rows if col - 1 < len(r) and r[col - 1] is not None), None)
    return classify(first) not in (None, Status.MISSING)


def _written(value: Any) -> bool:
    """A text of words, not a blank, a dash or a lone mark: "ej bedömd" counts, "–" does not."""
    if not isinstance(value, str):
        return False
    if len(value) >= 3 and value[:3].isalpha():
        return True  # (a comment's first three letters answer it)
    letters = 0
    for char in value:
        letters += char.isalpha()
        if letters >= 3:
            return True
    return False


def _holds_a_status(row: Sequence[Any], cols: Mapping[str, int], settings: Settings) -> bool:
    """The row's cell in the status column (as the row names it, or as the settings give it by
    letter) is a status (a word of the vocabulary or of the settings): a row of data, never the
    header."""
    col = cols.get("status")
    spec = settings.columns.get("status")
    if col is None and spec is not None:
        named = {i: v for i, v in enumerate(row, start=1) if isinstance(v, str)}
        try:
            col = _resolve_column(spec, "status", named, 0)
        except InputError:  # neither a header of the row nor a column letter Excel has
            return False
        if col in named and " ".join(named[col].split()).casefold() == " ".join(spec.split()).casefold():
            return False  # the row names the column ("RAG"): a header
    if col is None or col > len(row) or not isinstance(row[col - 1], str):
        return False
    if settings.vocabulary().classify(row[col - 1]) in (None, Status.MISSING):
        return False
    # a row of data only when its status cell is what made it look like a header: a header
    # "Genomförd" or "Klar" (words of the vocabulary) stands beside other headers
    rest = [None if i == col - 1 else v for i, v in enumerate(row)]
    return not _columns_of(rest)


def _heads_a_scale(
    row: Sequence[Any], rows: Sequence[Sequence[Any]], start: int, cols: Mapping[str, int], settings: Settings
) -> bool:
    """The row's status cell is the first step of a scale with marks under it ("Uppfyllt | Delvis
    uppfyllt | Ej uppfyllt" over X's): a header, though its first step is a status word."""
    from xlfollow.core.scale import find_scale

    col = cols.get("status")
    classify = settings.vocabulary().classify
    return col is not None and bool(find_scale(row, rows[start : start + 200], classify, col))


def _is_data_header(columns: Mapping[str, int], settings: Settings) -> bool:
    """A follow-up table has an item column and a status column (or the settings name them: by
    letter anywhere, by a header's text where the row holds it, as ``header_columns`` reads it)."""
    given = settings.columns  # (asked of every row the header scan reads: no set built)
    return ("item" in columns or ("item" in given and is_col_letters(given["item"]))) and (
        "status" in columns or ("status" in given and is_col_letters(given["status"]))
    )


_ONLY_A_NUMBER = lazy(r"^[\s\d.,%+\-\u2212\u2013()]*\d[\s\d.,%+\-\u2212\u2013()]*$")
_YEAR = lazy(r"\b(19|20)\d{2}\b")
_TITLE_PERIOD = lazy(r"\bper\s+(?:den\s+)?(?:\d{1,2}\s+)?([a-zåäö]+)\s+((?:19|20)\d{2})\b", re.IGNORECASE)


def _with_year(period: str | None, above: Sequence[Sequence[Any]], headers: Any) -> str | None:
    """A period with its year: "april" takes the year the title or the headers give ("per april
    2018"); with no period in the status header, a title's "per april 2018" is the period."""
    texts = [v for row in above for v in row if isinstance(v, str)] + [
        h for h in headers if isinstance(h, str)
    ]
    if period is None:
        for text in texts:
            found = _TITLE_PERIOD.search(text)
            if found and found.group(1).casefold() in MONTH_NUMBER:
                return f"{found.group(1).lower()} {found.group(2)}"
        return None
    if period.casefold() in MONTH_NUMBER:
        for text in texts:
            found = re.search(rf"\b{re.escape(period)}\s+((?:19|20)\d{{2}})\b", text, re.IGNORECASE)
            if found:
                return f"{period} {found.group(1)}"
        years = {m.group(0) for text in texts for m in _YEAR.finditer(text)}
        if len(years) == 1:
            return f"{period} {years.pop()}"
    return period


def find_layout(
    sheets: Mapping[str, list[list[Any]]],
    settings: Settings,
    path: str,
    hidden: Collection[str] = (),
    owned: Collection[str] = (),
    hidden_columns: Mapping[str, Collection[int]] | None = None,
    fills: Callable[[str], Mapping[tuple[int, int], str]] | None = None,
) -> Layout:
    """The layout of the workbook, from the settings where they say, from the headers elsewhere.
    A hidden sheet is taken only when no visible one holds a follow-up, or the settings name it.
    ``fills``: the fills of a sheet's cells, where the reader sees them (a table whose status is
    the colour of its cells, read when no column holds a status; core/filled.py)."""
    layout = _find_layout(sheets, settings, path, hidden, owned, hidden_columns, fills)
    if settings.status_by != "fill" or layout.by_fill:
        return layout
    if "status" not in layout.columns:  # the settings name the sheet and header row: the fills say the rest
        found = _by_fill(
            sheets,
            (0, layout.sheet, layout.header_row, layout.columns),
            settings,
            hidden_columns or {},
            fills,
            path,
        )
        return found or layout
    return replace(layout, by_fill=True, more=tuple(replace(t, by_fill=True) for t in layout.more))


def _find_layout(
    sheets: Mapping[str, list[list[Any]]],
    settings: Settings,
    path: str,
    hidden: Collection[str],
    owned: Collection[str],
    hidden_columns: Mapping[str, Collection[int]] | None,
    fills: Callable[[str], Mapping[tuple[int, int], str]] | None,
) -> Layout:
    if settings.sheet is not None and settings.sheet not in sheets:
        raise InputError("sheet-not-found", sheet=settings.sheet, path=path, sheets=", ".join(sheets))
    for wanted, own in settings.sheets.items():
        if wanted not in sheets:  # a sheet's own lines (as next-period writes them) for a sheet renamed since
            keys = [k for k in ("header_row", "period", "status_by") if own.get(k) is not None]
            keys += [f"column.{f}" for f in own.get("columns", {})]
            keys += [f"status.{w}" for w in own.get("statuses", {})]
            lines = ", ".join(f"{quoted_sheet(wanted)}!{k}" for k in keys)
            raise InputError(
                "sheet-own-not-found", sheet=wanted, path=path, sheets=", ".join(sheets), lines=lines
            )
    if settings.sheet is not None:
        groups = [[settings.sheet]]
    else:
        candidates = [
            n for n in sheets if n.casefold() not in _SKIP_SHEETS and not is_owned_copy(n) and n not in owned
        ]
        groups = [[n for n in candidates if n not in hidden], [n for n in candidates if n in hidden]]
    if settings.header_row is None and not settings.columns:
        # blocks of labels and values, one per goal
        blocks = _block_sheets(sheets, groups[0], settings, owned)
        left = tuple(b.sheet for b in blocks)
        # a headed table elsewhere is the follow-up: a sheet of blocks is never read as a table, and
        # the reading says it was left; a report in one column is weaker evidence than any table on
        # another sheet, headed or read from its values (a sheet of notes is not the follow-up)
        headed = bool(blocks) and _headed_elsewhere(sheets, groups[0], set(left))
        weak = any(b.form_at for b in blocks) and any(n not in left for n in groups[0])
        if headed or weak:
            try:
                table = _find_layout(sheets, settings, path, hidden, [*owned, *left], hidden_columns, fills)
            except InputError:
                if headed:
                    raise
            else:
                return replace(table, unread_blocks=left)
        if blocks:
            return replace(blocks[0], more=tuple(blocks[1:]))

    best: tuple[int, str, int, dict[str, int]] | None = None
    partial: tuple[int, str, int, dict[str, int]] | None = None  # a header without item or status
    explicit = settings.header_row is not None or settings.sheet is not None
    per_sheet: dict[str, tuple[int, int, dict[str, int]]] = {}  # each sheet's best data header
    first_named: dict[str, tuple[int, dict[str, int]]] = {}  # each sheet's first row naming item and status
    measured: dict[str, tuple[int, int, dict[str, int]]] = {}  # each sheet's first table of measurable goals
    # headers first; only when no sheet has one, the columns' values (a status column whose header
    # no synonym names): a workbook's side sheets (a legend, a budget) never join a follow-up so
    for by_values in (explicit, True):
        for candidates in groups:
            for name in candidates:
                if by_values and name.strip().casefold() in LEGEND_WORDS:
                    continue  # a legend's "Läge | Förklaring" is no follow-up
                rows = sheets[name]
                here = settings.for_sheet(name)  # with the sheet's own lines (BUN!header_row = 4)
                own_row = here.header_row is not None and here.header_row != settings.header_row
                if here.header_row is not None:
                    scan = [here.header_row - 1]
                else:
                    scan = list(range(min(len(rows), DEEP_SCAN_ROWS)))
                for r in scan:
                    if r >= HEADER_SCAN_ROWS and here.header_row is None and name in per_sheet:
                        break  # the sheet has its header in the first rows
                    row = rows[r] if 0 <= r < len(rows) else []
                    scales = name not in per_sheet  # (the rows under a sheet's header are its data)
                    cols = header_columns(row, rows, r + 1, here, by_values, scales)
                    both = two_row_header(rows, r)
                    if both is not None:  # a group label above sub-columns: the two rows read as one
                        joined_cols = header_columns(both, rows, r + 1, here, by_values, scales)
                        if _score(joined_cols) > _score(cols):
                            row, cols = both, joined_cols
                    if (
                        here.header_row is None
                        and _holds_a_status(row, cols, here)
                        and not _heads_a_scale(row, rows, r + 1, cols, here)
                    ):
                        continue  # a row of data: "Activities" in it named a column, but it is a status
                    if here.header_row is None and cols and header_below(rows, r, cols, here, by_values):
                        if r == scan[-1] and r + 1 < len(rows):
                            scan.append(r + 1)  # its lower row is read, even past the rows scanned
                        continue  # the upper row of a header of two rows: read with the row below it
                    if not (explicit or own_row) and not _is_data_header(cols, here):
                        half = ("item" in cols or "status" in cols) and len(cols) >= 2
                        if half and (partial is None or _score(cols) > partial[0]):
                            partial = (_score(cols), name, r + 1, cols)
                        if half and "status" not in cols and {"item", "target", "outcome"} <= set(cols):
                            measured.setdefault(name, (_score(cols), r + 1, cols))
                        continue
                    score = _score(cols)
                    if name not in first_named and {"item", "status"} <= set(_columns_of(row)):
                        first_named[name] = (r + 1, cols)
                    if name not in per_sheet or score > per_sheet[name][0]:
                        per_sheet[name] = (score, r + 1, cols)
                    if best is None or score > best[0]:
                        best = (score, name, r + 1, cols)
            if best is not None:
                break
        if best is not None or (partial is not None and "status" not in partial[3]):
            break  # a header naming its status but not its item: the item may be told by its values

    if best is None:
        given = set(partial[3]) | set(settings.columns) if partial is not None else set()
        computable = (
            settings.status_by != "fill"
            and partial is not None
            and "status" not in given
            and {"item", "target", "outcome"} <= given
            # every header names a field, or the settings name the target and the outcome: the
            # other figures (budgets, last year's) are then the user's to leave
            and not _assessed_elsewhere(sheets[partial[1]], partial[2], partial[3], settings)
            and (
                {"target", "outcome"} <= set(settings.columns)
                or _all_named(sheets[partial[1]], partial[2], partial[3])
            )
        )
        # a table kept by colour (its fills two statuses at least, never banding) before a status
        # computed from its figures: the office's own colours are its assessment
        by_fill = _by_fill(sheets, partial, settings, hidden_columns or {}, fills, path)
        if by_fill is not None:
            return by_fill
        if computable and partial is not None:
            # measurable goals without a status column: the status is computed from the numbers
            _, sheet, header_row, columns = partial
            unseen = (hidden_columns or {}).get(sheet, ())
            table = _layout_of(sheets[sheet], sheet, header_row, columns, settings, hidden=unseen)
            if not explicit:  # the other sheets of measurable goals too (Stavanger 2018: one per chapter)
                others = {
                    n: (score, row, cols)
                    for n, (score, row, cols) in measured.items()
                    if n == sheet or (n not in hidden and _all_named(sheets[n], row, cols))
                }
                table = _with_other_sheets(
                    replace(table, header_row=header_row), sheets, others, settings, hidden_columns or {}
                )
            return replace(table, computed=True, more=tuple(replace(t, computed=True) for t in table.more))
        if partial is not None:
            # a row of data that reads like a header (Järfälla: "Målet har delvis uppnåtts" beside
            # the goal) over a table that has none: read from the values, as with no header at all
            found = _headerless(sheets, [partial[1]], settings, hidden_columns or {})
            if found is not None and _reads_as_status(sheets[partial[1]], partial[2], found, settings):
                return found
            lacking = "status" if "status" not in partial[3] else "item"
            raise InputError(
                "header-incomplete",
                path=path,
                sheet=partial[1],
                row=partial[2],
                field=TextKey(f"field.{lacking}"),
                example=TextKey(f"example.{lacking}"),
                key=lacking,
            )
        found = _headerless(sheets, [n for c in groups for n in c], settings, hidden_columns or {})
        if found is not None:
            return found
        raise InputError("no-header", path=path)
    if not explicit:  # a table above a sheet's best header: its tables are read from the first down
        for name, (row_number, named) in first_named.items():
            if row_number < per_sheet[name][1]:
                per_sheet[name] = (per_sheet[name][0], row_number, named)
    _, sheet, header_row, columns = best
    if not explicit:
        header_row, columns = per_sheet[sheet][1:]
    if settings.for_sheet(sheet).header_row is None and not _rows_under(
        sheets[sheet], header_row - 1, columns
    ):
        # a header with nothing under it (Georges River 2022: the next section's header, cut off
        # by the page) under a table of its own without a header: that table; a template with no
        # rows yet stays an empty follow-up
        above = _headerless({sheet: sheets[sheet][: header_row - 1]}, [sheet], settings, hidden_columns or {})
        if above is not None:
            return above
    hidden_columns = hidden_columns or {}
    layout = _layout_of(
        sheets[sheet],
        sheet,
        header_row,
        columns,
        settings.for_sheet(sheet),
        hidden=hidden_columns.get(sheet, ()),
    )
    if explicit and _computed_here(layout, sheets[sheet], settings.for_sheet(sheet)):
        # the settings name the header row (learn wrote it) over measurable goals without a status
        # column: computed, as the same table is without the line
        layout = replace(layout, computed=True)
    if explicit and (settings.sheet is not None or not settings.sheets):
        found = layout
    else:
        if explicit:  # a header row for every sheet, and some sheets' own lines: each sheet that reads so
            per_sheet = {n: v for n, v in per_sheet.items() if _is_data_header(v[2], settings.for_sheet(n))}
        found = _with_other_sheets(layout, sheets, per_sheet, settings, hidden_columns)
    if settings.for_sheet(sheet).header_row is None:  # (learn's "sheet = Mål" too)
        unseen = hidden_columns.get(sheet, ())
        above = _table_above(sheets[sheet], layout, settings, unseen) or _headed_above(
            sheets[sheet], layout, settings.for_sheet(sheet), unseen
        )
        if above is not None:  # read first, the headed table (and the workbook's others) after it
            return replace(above, more=(replace(found, more=()), *found.more))
    return found


def unread_above(
    rows: Sequence[Sequence[Any]], layout: Layout, vocabulary: Vocabulary
) -> list[tuple[int, int]]:
    """Rows above a sheet's first table that read as items with a status, which no table holds (a
    block of goals at the sheet's top, three of them, under no header): each a text of 20 letters
    or more that names no status (a legend's explanation does) with a cell right of it that reads
    as green, yellow or red (a key's mark stands left of its meaning); two rows at least (each as
    its row and the text's column). Said, never dropped without a word."""
    found = []
    for number in range(1, min(layout.top_row, len(rows) + 1)):
        row = rows[number - 1]
        texts = [v for v in row if isinstance(v, str) and len(v.strip()) >= 20]
        if len(texts) != 1 or vocabulary.mentions_status(texts[0]):
            continue
        at = next(c for c, v in enumerate(row, start=1) if v is texts[0])
        said = (vocabulary.classify(v) for v in row[at:] if v is not None)  # right of it: a key's
        if any(s in (Status.GREEN, Status.YELLOW, Status.RED) for s in said):  # mark stands left
            found.append((number, at))
    return found if len(found) >= 2 else []


def _table_above(
    rows: Sequence[Sequence[Any]], layout: Layout, settings: Settings, unseen: Collection[int]
) -> Layout | None:
    """A table without a header above the sheet's first headed table (its items and their statuses,
    read by their values as ``_headerless`` reads a sheet with no header at all): its rows were
    dropped without a word. It ends at the blank and lone-text rows above the header (a gap, the
    headed table's title)."""
    top = layout.top_row
    if top <= 4:  # four statuses at least, under a row of their own
        return None
    above = _headerless(
        {layout.sheet: [list(r) for r in rows[: top - 1]]}, [layout.sheet], settings, {layout.sheet: unseen}
    )
    if above is None:
        return None
    last = top - 1
    while last > above.header_row and (not _filled(rows[last - 1]) or _lone_text(rows[last - 1]) is not None):
        last -= 1
    return replace(above, last_row=last)


def _headed_above(
    rows: Sequence[Sequence[Any]], layout: Layout, settings: Settings, unseen: Collection[int]
) -> Layout | None:
    """A headed table above the sheet's chosen one whose status column only its values tell ("Uppdrag
    | Publicerad på webben" over Y and N, above "Action | RAG | Comment"): the lower header named
    more and was chosen, and the upper table's rows were dropped without a word. Read from the rows
    above the lower table only; it ends at the blank and lone-text rows above the lower header."""
    top = layout.top_row
    upper = [list(r) for r in rows[: top - 1]]
    for r in range(max(0, len(upper) - 2)):
        cols = header_columns(upper[r], upper, r + 1, settings, True)
        if not _is_data_header(cols, settings) or _holds_a_status(upper[r], cols, settings):
            continue
        status = cols.get("status")
        if status is not None and match_header(header_cells(upper[r])[status - 1]) is not None:
            continue  # a header that names its status ("Läge | Förklaring": a legend) is no such table
        last = top - 1
        while last > r + 1 and not _filled(rows[last - 1]):
            last -= 1
        # the lower table's title, alone on its row after a blank row (a row of the upper table
        # whose status is still empty is alone on its row too, but follows the table's rows)
        if last > r + 2 and _lone_text(rows[last - 1]) is not None and not _filled(rows[last - 2]):
            last -= 1
            while last > r + 1 and not _filled(rows[last - 1]):
                last -= 1
        values = [
            row[status - 1] for row in rows[r + 1 : last] if status is not None and status - 1 < len(row)
        ]
        filled = [v for v in values if v not in (None, "")]
        if last - (r + 1) < 3 or (filled and len(set(filled)) == len(filled)):
            continue  # three rows at least, their statuses repeating (a legend's: each once)
        above = _layout_of(upper, layout.sheet, r + 1, cols, settings, hidden=unseen)
        return replace(above, last_row=last)
    return None


def _block_sheets(
    sheets: Mapping[str, list[list[Any]]], names: Sequence[str], settings: Settings, owned: Collection[str]
) -> list[Layout]:
    """The sheets kept as blocks of label and value rows (core/forms.py), where no sheet's own lines
    name a header row or a column."""
    found: list[Layout] = []
    # the columns where a sheet's labels may stand (an ordinary table has none: forms never imported)
    columns = {n: cols for n in names if (cols := label_columns(sheets[n]))}
    if not columns:
        return found
    names = list(columns)
    from xlfollow.core.forms import find_form

    history: list[dict[str, dict[str, int]]] = []  # *Historik* read once, for the first sheet that asks

    for name in names:
        own = settings.for_sheet(name)
        if name.strip().casefold() in LEGEND_WORDS or own.header_row is not None or own.columns:
            continue

        def earlier(name: str = name) -> dict[str, int]:
            if not history:
                history.append(_last_round_rows(sheets, owned))
            return history[0].get(name, {})

        classify = own.vocabulary().classify
        form = find_form(sheets[name], name, match_header, classify, earlier, columns[name])
        if form is not None:
            found.append(replace(form, kind=own.kind) if own.kind else form)
    return found


def _last_round_rows(
    sheets: Mapping[str, list[list[Any]]], owned: Collection[str]
) -> dict[str, dict[str, int]]:
    """The last closed round's items in the workbook's *Historik*: sheet -> item text -> the row of
    its status (where next-period emptied it)."""
    from xlfollow.core.history import last_closed, read_history
    from xlfollow.core.owned import HISTORY_SHEET, own_sheet

    history = own_sheet(HISTORY_SHEET, owned)
    if history is None or history not in sheets:
        return {}
    rows: dict[str, dict[str, int]] = {}
    for h in last_closed(read_history(sheets[history])):
        if h.sheet and h.row:
            rows.setdefault(h.sheet, {})[" ".join(h.item.split())] = h.row
    return rows


def _headed_elsewhere(
    sheets: Mapping[str, list[list[Any]]], names: Sequence[str], blocks: Collection[str]
) -> bool:
    """Another sheet has a table whose header names its item and its status: that is the follow-up
    (a sheet of project cards beside it is not)."""
    for name in names:
        if name in blocks or name.strip().casefold() in LEGEND_WORDS:
            continue
        rows = sheets[name]
        for r in range(min(len(rows), HEADER_SCAN_ROWS)):
            named = set(_columns_of(header_cells(rows[r])))
            if "status" in named and named & {"item", "goal", "measure"}:  # ("Mål | Läge")
                return True
    return False


def _computed_here(layout: Layout, rows: Sequence[Sequence[Any]], settings: Settings) -> bool:
    """A table of item, target and outcome with no status column whose headers all name a field,
    or whose target and outcome the settings name: its status is computed."""
    columns = layout.columns
    return (
        settings.status_by != "fill"
        and "status" not in columns
        and {"item", "target", "outcome"} <= set(columns)
        and not _assessed_elsewhere(rows, layout.header_row, columns, settings)
        and ({"target", "outcome"} <= set(settings.columns) or _all_named(rows, layout.header_row, columns))
    )


def _assessed_elsewhere(
    rows: Sequence[Sequence[Any]], header_row: int, columns: Mapping[str, int], settings: Settings
) -> bool:
    """A column no field takes whose values are statuses, or whose header is a status word
    ("Uppnått" over Ja, Delvis, Nej): the office's own assessment, which a status computed from
    target and outcome must never pass over (the one line then asks for column.status)."""
    classify = settings.vocabulary().classify
    header = rows[header_row - 1] if 0 < header_row <= len(rows) else []
    below = rows[header_row : header_row + 200]
    width = max((len(r) for r in [header, *below]), default=0)
    figures = {columns[f] for f in ("item", "target", "outcome", "measure", "id") if f in columns}
    for col in range(1, width + 1):
        if col in figures:
            continue  # another field's column is checked too: "Bedömt av nämnden" named a committee
        title = header[col - 1] if col - 1 < len(header) else None
        if isinstance(title, str) and classify(title) not in (None, Status.MISSING):
            return True
        values = _column_values(below, col)
        if len(values) >= 2 and _mostly_statuses(values, classify):
            return True
    return False


def _by_fill(
    sheets: Mapping[str, list[list[Any]]],
    partial: tuple[int, str, int, dict[str, int]] | None,
    settings: Settings,
    hidden_columns: Mapping[str, Collection[int]],
    fills: Callable[[str], Mapping[tuple[int, int], str]] | None,
    path: str = "",
) -> Layout | None:
    """A header with an item column and no status column, over rows whose status is the colour of
    their cells (core/filled.py): that table, its status read from the fills. Never when the
    settings say the status is text, and only where the reader sees fills."""
    if partial is None or fills is None or settings.status_by == "text" or "item" not in partial[3]:
        return None
    from xlfollow.core.filled import fill_status_column

    _, sheet, header_row, columns = partial
    rows, unseen = sheets[sheet], hidden_columns.get(sheet, ())
    header = header_cells(rows[header_row - 1])  # years typed as numbers too
    periods = {
        c: key
        for c, v in enumerate(header, start=1)
        if isinstance(v, str) and (key := period_key(v)) is not None
    }
    found = fill_status_column(rows, header_row, columns, fills(sheet), periods, unseen)
    if found is None:
        return None
    col, others = found
    wanted = period_key(settings.period) if settings.period else None
    if col in periods and wanted is not None and wanted[1]:
        # the round under way (next-period moved it on): its own column, even while it has no
        # colours yet; never an earlier period's colours counted as this one's
        same = [
            c
            for c, key in periods.items()
            if key[1] == wanted[1]
            and (key[0] == wanted[0] or not key[0] or not wanted[0])
            and c not in unseen
            and c not in columns.values()
        ]
        if not same:
            raise InputError(
                "fill-period-missing",
                path=path,
                sheet=sheet,
                row=header_row,
                period=settings.period,
                header=header[col - 1],
            )
        others = tuple(c for c in (col, *others) if c != same[-1])
        col = same[-1]
    if columns.get("outcome") == col and "outcome" not in settings.columns:
        title = rows[header_row - 1][col - 1] if col - 1 < len(rows[header_row - 1]) else None
        if match_header(title) != "outcome":  # a year alone over the coloured figures: their colour
            columns = {f: c for f, c in columns.items() if f != "outcome"}  # is the point, not an outcome
    table = _layout_of(rows, sheet, header_row, {**columns, "status": col}, settings, hidden=unseen)
    if "status" not in table.columns:
        return None  # the settings give the coloured column another field: said by the one line
    passed = tuple(table.headers[c] for c in others if c in table.headers)
    return replace(table, by_fill=True, passed=passed)


HEADERLESS_SCAN_ROWS = 500
_COUNTED = lazy(r"^\s*\d[\d.,]*\s*(?:\(|%|per\s?cent|percent|procent|prosent|av\b|af\b|of\b)", re.IGNORECASE)


def _headerless(
    sheets: Mapping[str, list[list[Any]]],
    names: Sequence[str],
    settings: Settings,
    hidden_columns: Mapping[str, Collection[int]],
) -> Layout | None:
    """A table with no header row at all (Region Gävleborg 2024: each uppdrag with its status word
    under its committee's name; Järfälla: the assessment left of each goal): the first column whose
    values on the table's rows (two cells filled at least: a heading or a footer's line stands
    alone) are statuses, at least four, with a column of long, distinct texts on the same rows,
    the nearest left of it, else the nearest right of it. The header row is the blank row above
    the first of them (the headings under it read as headings), else the topmost of the lone texts
    right above (a title over the first heading); its cells name no column, and the reading says
    the columns have no header."""
    classify = settings.vocabulary().classify
    for name in names:
        if name.strip().casefold() in LEGEND_WORDS:
            continue
        rows = sheets[name][:HEADERLESS_SCAN_ROWS]
        width = max((len(r) for r in rows), default=0)
        lines = [i for i, r in enumerate(rows) if _filled(r) >= 2]
        # the status right of its item first (as tables are kept), on any row; then the status
        # before its item (Järfälla), on the table's rows only (headings and a page's lines stand
        # alone); a column of arrows (a trend's ↑ → ↓) right of the items comes last of all (a
        # traffic light's 🟢 or a letter G/R there is a status, read first)
        tries = [(col, True, False) for col in range(2, width + 1)]
        tries += [(col, False, False) for col in range(1, width + 1)]
        for col, item_left, late in tries:  # (the list grows while it is read: the signs go last)
            among = range(len(rows)) if item_left else lines
            marked = [i for i in among if col - 1 < len(rows[i]) and rows[i][col - 1] not in (None, "")]
            values = [rows[i][col - 1] for i in marked]
            if len(values) < 4 or not _status_values(values, classify):
                continue  # (never "N/A" alone, without a green, yellow or red)
            if item_left and not late and all(isinstance(v, str) and v.strip() in _ARROWS for v in values):
                tries.append((col, True, True))
                continue
            if len({" ".join(str(v).split()).casefold() for v in values}) == len(values):
                continue  # each status once: a legend's list of them, not a follow-up's
            marked = marked[next(i for i, r in enumerate(marked) if classify(rows[r][col - 1]) is not None) :]
            if marked[0] >= 1 and sum(v not in (None, "") for v in rows[marked[0] - 1]) >= 2:
                break  # a row right above the first: a header xlfollow could not read, not none at all
            for item in range(col - 1, 0, -1) if item_left else range(col + 1, width + 1):
                texts = [rows[i][item - 1] for i in marked if item - 1 < len(rows[i])]
                texts = [t.strip() for t in texts if isinstance(t, str) and t.strip()]
                if len(texts) * 5 < len(values) * 4 or not _long_and_distinct(texts, 6):
                    continue
                if sum(bool(_COUNTED.match(t)) for t in texts) * 2 >= len(texts):
                    break  # sentences that count ("3 (60 per cent) were on target"): a summary, no items
                vocabulary = settings.vocabulary()
                if sum(vocabulary.mentions_status(t) for t in texts) * 2 >= len(texts):
                    break  # texts that explain the statuses ("Målet är helt uppnått"): a legend
                first = marked[0]  # 0-based: the first row of the table
                blank = next((r for r in range(first - 1, -1, -1) if not _filled(rows[r])), None)
                # the lone texts between the blank row and the table are headings where the table
                # has headings of its own further down (Järfälla) or a title stands above the blank
                # row; else they are the title (Georges River's "Performance Indicators" three rows
                # down an otherwise empty top of the sheet: it was an item without status)
                headed = any(_filled(rows[r]) == 1 for r in range(first + 1, marked[-1]))
                titled = blank is not None and any(_filled(rows[r]) for r in range(blank))  # a title above
                if blank is not None and (blank == first - 1 or headed or titled):
                    header_row = blank + 1
                else:  # no blank row above: the topmost of the lone texts above (a title, then the
                    # first heading: the heading stays a heading, never the header)
                    top = first - 1
                    while top > 0 and _filled(rows[top - 1]) == 1:
                        top -= 1
                    header_row = top + 1
                if header_row < 1:
                    break
                unseen = hidden_columns.get(name, ())
                table = _layout_of(
                    sheets[name], name, header_row, {"item": item, "status": col}, settings, hidden=unseen
                )
                return replace(table, headers={})  # a title above is no column's header
    return None


def _down_to_blank(rows: Sequence[Sequence[Any]]) -> list[Sequence[Any]]:
    """``rows`` down to the first blank one: a table's own rows."""
    return list(itertools.takewhile(lambda r: any(v not in (None, "") for v in r), rows))


def _filled(row: Sequence[Any]) -> int:
    """How many of the row's cells hold something."""
    return sum(v not in (None, "") for v in row)


def _reads_as_status(rows: Sequence[Sequence[Any]], row: int, table: Layout, settings: Settings) -> bool:
    """Whether the row (1-based) taken for a header holds a status in the status column of the
    table read without a header: then it is a row of that table, not a header."""
    col = table.columns.get("status")
    line = rows[row - 1] if 0 < row <= len(rows) else []
    value = line[col - 1] if col is not None and col - 1 < len(line) else None
    said = settings.vocabulary().classify(value) if isinstance(value, str) else None
    return said is not None and said is not Status.MISSING


def _rows_under(rows: Sequence[Sequence[Any]], r: int, cols: Mapping[str, int]) -> bool:
    """Whether any row under the header row ``r`` (0-based) holds an item or a status."""
    at = [cols[f] - 1 for f in ("item", "status") if f in cols]
    return any(any(c < len(row) and row[c] not in (None, "") for c in at) for row in rows[r + 1 :])


def _all_named(rows: Sequence[Sequence[Any]], header_row: int, cols: Mapping[str, int]) -> bool:
    """Every header of a measurable-goals table names a field: a column no header names ("Uppfyllt",
    "Budget") may be the status or another figure, and the status is then not computed (the one
    line says which column is missing and how to name it). A header that is only a period
    ("2013/14") over figures is an earlier period's outcome; over blank or coloured cells ("T2 2024")
    it may be the status, and stops the computing too."""
    row = rows[header_row - 1]
    named = set(cols.values())
    below = rows[header_row : header_row + 200]
    return all(
        i in named
        or match_header(v) is not None
        or (_only_a_period_header(v) and _figures(_column_values(below, i)))
        or _trend_column(v, _column_values(below, i))
        for i, v in enumerate(row, start=1)
        if v not in (None, "")
    )


def _trend_column(header: Any, values: Sequence[Any]) -> bool:
    """A column headed "Trend" (or "Utveckling") of signs or arrows: never the status."""
    marks = [v for v in values if v not in (None, "")]  # (the values first: a comment ends it at once)
    if not marks or not all(isinstance(v, str) and len(v.strip()) <= 2 for v in marks):
        return False
    return bool(set(header_words(str(header))) & TREND_WORDS)


def _only_a_period_header(value: Any) -> bool:
    """A header that is only a period ("2013/14", "2016", "Q3 2015")."""
    text = str(value)
    return not header_words(text) and period_key(text) is not None


def _figures(values: Sequence[Any]) -> bool:
    """Values that are figures (numbers, "44%", "(2)"), at least two."""
    figures = [
        v for v in values if isinstance(v, int | float) or (isinstance(v, str) and _ONLY_A_NUMBER.match(v))
    ]
    return len(figures) >= 2 and len(figures) * 5 >= len(values) * 4


_YES_NO_SCALE = lazy(r"[(\[]?\s*\b(?:ja|yes|j)\s*/\s*(?:nej|no|n)\b\s*[)\]]?\??", re.IGNORECASE)


def asks_yes_no(header: str) -> bool:
    """A header that asks whether a goal was met, answered yes or no ("Uppfyllt Ja/Nej", "Uppnått",
    "Achieved?", "Target met (Y/N)"): a fulfilment word, with or without its scale."""
    # a header asks in a word or two; the rows the scan reads say more (and are not kept)
    return len(header) <= 40 and _asks_yes_no(header)


@functools.lru_cache(maxsize=8192)  # asked of every cell of every row the header scan reads
def _asks_yes_no(header: str) -> bool:
    from xlfollow.core.status import compose_fulfilment
    from xlfollow.core.words import FULFILMENT_STEMS, FULFILMENT_WORDS

    words = header_words(_YES_NO_SCALE.sub(" ", header).replace("?", " "))
    if (
        not words
        or len(words) > 4
        or not any(w in FULFILMENT_WORDS or w.startswith(FULFILMENT_STEMS) for w in words)
    ):
        return False
    return compose_fulfilment(list(words)) is Status.GREEN


def _answered(
    columns: dict[str, int], row: Sequence[Any], rows: Sequence[Sequence[Any]], start: int, settings: Settings
) -> None:
    """A column whose header asks whether the goal was met and whose cells answer it ("Uppfyllt
    Ja/Nej" over "Ja", Västervik 2022; "target_met" over Y, N and NA where no target applies): the
    status, where no header names one. Never over figures ("Achieved" 92 % beside "Target" is
    the outcome)."""
    if "status" in columns:
        return
    asking = [(i, v) for i, v in enumerate(row, start=1) if isinstance(v, str) and asks_yes_no(v)]
    taken = {c: f for f, c in columns.items()} if asking else {}
    for i, value in asking:
        # a target or goal word that asks ("Target met", "Målet uppnått", open data's "target_met")
        # names no target, goal or item when its cells answer: the question is the status
        if taken.get(i, "target") not in ("target", "goal", "item"):
            continue
        below = rows[start : start + 200]
        values = [v for v in _column_values(below, i) if v not in (None, "")]
        said = [isinstance(v, str) and v.strip().casefold() in YES_NO_WORDS for v in values]
        if any(said) and sum(said) * 5 < len(values) * 4:
            # where the question does not apply, "NA", "Ej aktuellt" answer it too; but never
            # where another column's values are the statuses ("Target met | Q2 2025" over N/A and
            # Green, Amber, Red: the RAG column is the status)
            classify = settings.vocabulary().classify
            others = [c for c in range(1, len(row) + 1) if c != i and c not in taken]
            if not any(_assessed(_column_values(below, c), classify) for c in others):
                said = [
                    yes_no or classify(v) is Status.NOT_APPLICABLE
                    for yes_no, v in zip(said, values, strict=True)
                ]
        answers = [v for v, answer in zip(values, said, strict=True) if answer]
        scaled = _YES_NO_SCALE.search(value) is not None
        if (values and len(answers) * 5 >= len(values) * 4) or (
            scaled and not _figures(values) and i not in taken
        ):
            if i in taken:
                field = taken[i]
                del columns[field]
                other = [c for c, v in enumerate(row, start=1) if c not in taken and match_header(v) == field]
                if other:  # the table's own "target" beside "target_met"
                    columns[field] = other[0]
            columns["status"] = i
            return


_NUMBERING = lazy(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s*")


def _numbering(values: Sequence[Any]) -> bool:
    """The goals' numbers ("1", "1", "2", "3"; "1.1", "2.1"), not targets ("90", "80", "75"): dotted
    numbers, or whole numbers counted up one by one from 1 or 2, without a unit or a comparison."""
    texts = [
        f"{v:g}" if isinstance(v, int | float) and not isinstance(v, bool) else str(v).strip() for v in values
    ]
    if not texts or not all(_NUMBERING.fullmatch(t) for t in texts):
        return False
    if any("." in t.rstrip(".") for t in texts):
        return True  # "1.1", "2.3": numbering
    numbers = [int(t.rstrip(".")) for t in texts]  # 1, 1, 2, 3: counted up one by one from the first
    return numbers[0] <= 2 and all(0 <= b - a <= 1 for a, b in itertools.pairwise(numbers))


def _figures_named(
    columns: dict[str, int], row: Sequence[Any], rows: Sequence[Sequence[Any]], start: int
) -> None:
    """Figures under headers that name no figure (Vansbro 2021: "Indikatorer | 2021 | Mål"): a goal
    column of figures ("700", "3 %") is the target, and beside a target the latest column headed by
    a year alone over figures is the outcome."""
    goal = columns.get("goal")
    if goal is None and "target" not in columns:
        return
    below = rows[start : start + 200]
    has_item = bool({"item", "measure"} & set(columns))
    values = _column_values(below, goal) if goal is not None else []
    if (
        goal is not None
        and "target" not in columns
        and has_item
        and _figures(values)
        and not _numbering(values)
    ):
        columns["target"] = columns.pop("goal")
    if "target" in columns and "outcome" not in columns:
        years = [
            (key, i)
            for i, v in enumerate(row, start=1)
            if i not in columns.values()
            and YEAR_ALONE.fullmatch(
                str(v)
            )  # "2021", never a quarter's "T2 2026" (its fills may be the status)
            and (key := period_key(str(v))) is not None
            and _figures(_column_values(below, i))
        ]
        if years:
            columns["outcome"] = max(years)[1]


def told_columns(layout: Layout, lang: str = "sv", unit: bool = False) -> list[tuple[str, Any]]:
    """The settings lines that name what the values told, for a workbook whose values will no
    longer tell it (a unit's few rows; the statuses next-period empties): a table without a header
    its sheet, header row and every column; under a header, the status and item columns whose
    headers name another field or none ("2025", "Mått"), by letter, as the sheet's own lines
    ("Mål!column.status = D": never read on a cover sheet, and each sheet its own). A sheet of
    several tables with different such columns gets none (the lines hold for every table there);
    a status header that carries its own scale ("Uppfyllt Ja/Nej") names it without them."""
    if layout.computed or layout.form:  # (blocks are found by their labels, whatever their values)
        return []
    if not layout.headers:  # (a later table names its own columns: split_tables reads them so)
        lines: list[tuple[str, Any]] = [("sheet", layout.sheet), ("header_row", layout.header_row)]
        return lines + [(f"column.{field}", col_letter(col)) for field, col in layout.columns.items()]
    tables = layout.tables()
    by_sheet: dict[str, set[tuple[tuple[str, str], ...]]] = {}
    for table in tables:
        if not table.headers:
            continue
        told = []
        for field in ("status", "item"):
            col = table.columns.get(field)
            header = table.headers.get(col, "") if col is not None else ""
            named = match_header(header)
            # (an item under "Mål" or "Mått" is read so beside a status the settings name, but a
            # unit's workbook adds a goal's or perspective's column beside it: there it is told)
            if (
                col is None
                or field in table.given
                or named == field
                or (field == "item" and named and not unit)
            ):
                continue
            if field == "status" and _YES_NO_SCALE.search(header):
                continue
            if field == "status" and not unit and _only_a_period_header(header):
                continue  # a period's column ("2025", "T1"): found again by the settings' period
            # by its header where that names one column only (a column inserted later moves it), else
            # by its letter; a header of two rows by its letter (a unit's workbook reads it again)
            told.append((field, header_or_letter(table, col) if table.header_span == 1 else col_letter(col)))
        by_sheet.setdefault(table.sheet, set()).add(tuple(told))
    quoted = {name: quoted_sheet(name) for name in by_sheet}
    lines = [
        (f"{quoted[name]}!column.{field}", letter)
        for name, variants in by_sheet.items()
        if len(variants) == 1
        for field, letter in next(iter(variants))
    ]
    # a sheet of tables that differ, one of them telling its status by its values alone: where every
    # table there keeps its status in the same column, that column's letter holds for them all
    for name, variants in by_sheet.items():
        here = [t for t in tables if t.sheet == name and t.headers]
        letters = {t.columns.get("status") for t in here}
        if len(variants) > 1 and any(f == "status" for v in variants for f, _ in v) and len(letters) == 1:
            (col,) = letters
            if col is not None:
                lines.append((f"{quoted[name]}!column.status", col_letter(col)))
    return lines + _yes_lines(tables, lang)


def _yes_lines(tables: Sequence[Layout], lang: str) -> list[tuple[str, Any]]:
    """What a "Y" means where the values that told it are emptied: a RAG scale under a header that
    asks ("Achievement": G, Y, R) keeps its "Y" yellow; a column that answered yes or no by its
    values alone ("Y" and "N" under "Posted Charter on Webpage?") keeps its "Y" yes (green), its "N"
    no (a round answered "Y" only would read its "Y" as a RAG letter). A workbook's line where
    every table of a status agrees; else each sheet's own, where its tables agree ("Mål!status.Y")."""
    yellow = [("status.Y", localised("status.yellow", lang))]
    yes = [("status.Y", localised("status.green", lang)), ("status.N", localised("status.red", lang))]

    def meaning(group: Sequence[Layout]) -> list[tuple[str, Any]]:
        statuses = [
            (t, asks_yes_no(t.headers.get(t.columns["status"], "")))
            for t in group
            if "status" in t.columns and not t.scale  # (a scale's steps are marked, never typed)
        ]
        if any(asks and not t.answers for t, asks in statuses):  # a scale
            return yellow if not any(t.answers for t, _ in statuses) else []
        by_values = any(t.answers and not asks for t, asks in statuses)
        return yes if by_values and all(t.answers for t, _ in statuses) else []

    whole = meaning(tables)
    if whole or len({t.sheet for t in tables}) < 2:
        return whole
    sheets: dict[str, list[Layout]] = {}
    for table in tables:
        sheets.setdefault(table.sheet, []).append(table)
    return [
        (f"{quoted_sheet(name)}!{key}", value)
        for name, group in sheets.items()
        for key, value in meaning(group)
    ]


def header_or_letter(layout: Layout, col: int) -> str:
    """How a settings line names column ``col``: by its header where no other header of the table
    says the same (a column inserted later moves nothing), else by its letter."""
    header = layout.header_of(col)
    folded = [" ".join(h.split()).casefold() for h in layout.headers.values()]
    return header if header and folded.count(header.casefold()) == 1 else col_letter(col)


def header_cells(row: Sequence[Any]) -> list[Any]:
    """A row as a header reads it: a year typed as a number (2019, as Excel keeps "2019" typed into a
    cell) is the text "2019", never "2019.0"; a header of years is read like one of texts."""
    for v in row:
        if v.__class__ is int or v.__class__ is float:
            break
    else:
        return list(row)  # (most rows: no number to look at)
    return [str(int(v)) if v.__class__ in (int, float) and is_year(v) else v for v in row]


def header_columns(
    row: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    start: int,
    settings: Settings,
    by_values: bool = False,
    scales: bool = True,
) -> dict[str, int]:
    """The fields a row names as a header, completed from the values below it (``start``: the
    0-based index of the first row below); ``scales``: a scale's steps may name the status (not
    asked of the rows under a sheet's header already found: its data)."""
    row = header_cells(row)
    cols = _columns_of(row)
    for field, spec in settings.columns.items():  # a header the settings name by its text ("Bedömt")
        if field not in cols and not is_col_letters(spec):
            at = [i for i, v in enumerate(row, start=1) if isinstance(v, str) and _folded(v) == _folded(spec)]
            if at:
                cols[field] = at[0]
    if "item" not in cols and "status" in settings.columns and "status" not in cols:
        # the settings name the status (what its values told before next-period emptied them):
        # the measure, else the goal, is what is followed up, as _complete_by_values reads it
        for field in ("measure", "goal"):
            if field in cols:
                cols["item"] = cols.pop(field)
                break
    _weak_columns(cols, row, rows, start)
    _figures_named(cols, row, rows, start)
    _answered(cols, row, rows, start, settings)
    if scales:
        _scale_named(cols, row, rows, start, settings)
    _period_named(cols, row, rows, start, settings)
    if len(cols) >= 2 and not _is_data_header(cols, settings) and _reads_as_header(row, cols):
        _complete_by_values(cols, row, rows, start, settings)
    if by_values and not _is_data_header(cols, settings) and _plain_header(row):
        _infer_by_values(cols, row, rows, start, settings)
    _items_own_id(cols, row)  # (after the values named the item: "Goal ID | Goal | Indicator")
    return cols


def _scale_named(
    cols: dict[str, int], row: Sequence[Any], rows: Sequence[Sequence[Any]], start: int, settings: Settings
) -> None:
    """A header whose adjacent cells name a scale's steps, marks under them ("Uppfyllt | Delvis
    uppfyllt | Ej uppfyllt", an X under one): the status is the scale (core/scale.py), its first
    step's column the status column."""
    if "status" in cols or sum(isinstance(v, str) for v in row) < 3:
        return
    from xlfollow.core.scale import find_scale

    below = rows[start : start + 200]
    scale = find_scale(row, below, settings.vocabulary().classify)
    taken = {field for field, col in cols.items() if col in scale}
    if not scale or not taken <= {"id"}:  # ("No" of "Yes | Partly | No" read as a number's column)
        return
    for field in taken:
        del cols[field]
    cols["status"] = scale[0]
    if "item" in cols:
        return
    used = set(cols.values())
    for index in range(1, scale[0]):  # the item: left of the scale, whatever its header, long distinct texts
        if index in used:
            continue
        texts = [v.strip() for v in _column_values(below, index) if isinstance(v, str) and v.strip()]
        if len(texts) >= 2 and _long_and_distinct(texts, 10):
            cols["item"] = index
            return


def _repeated_set(
    row: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    candidates: Sequence[int],
    classify: Callable[[Any], Status | None],
) -> int | None:
    """The column whose values are a small repeated set of texts xlfollow does not know, whatever
    its header says (Helsinki's environmental report 2021: three sentences of a scale under
    "Selite"): the status, its texts then unknown until the sheet's legend, the settings or
    ``xlfollow learn`` give them a meaning. Only when one column alone is such a set, and never:
    numbers, dates, short codes (units "KS", "BUN"; categories "A", "B"), a trend column's words
    ("Upp", "Ned"), a column with some status words among others (notes saying "Klar"), or a
    column whose values repeat its header (then the header row is a row of data)."""
    found = []
    repeats = {r for r, line in enumerate(rows) if same_row(line, row)}  # the header printed again
    rows = [line for r, line in enumerate(rows) if r not in repeats]
    for col in candidates:
        values = _column_values(rows, col)
        texts = [
            " ".join(v.split()).casefold()
            for v in values
            if isinstance(v, str) and v.strip() and classify(v) is not Status.MISSING
        ]
        texts = [t for t in texts if parse_number(t) is None and not _YEAR.fullmatch(t)]
        distinct = set(texts)
        if len(texts) < 4 or len(texts) * 5 < len(values) * 4 or not 2 <= len(distinct) <= 6:
            continue
        if len(distinct) * 2 > len(texts) or sum(t in TREND_VALUES for t in texts) * 5 >= len(texts) * 4:
            continue  # a trend column ("Upp", "Ned", "Lika", now and then "Ingen data")
        if sum(map(len, distinct)) < 5 * len(distinct) or all(len(t) <= 5 and " " not in t for t in distinct):
            continue  # codes and categories, not a scale
        if _recurs_as_data(row, rows, col):
            continue
        if any(classify(v) not in (None, Status.MISSING) for v in values):
            continue
        found.append(col)
    return found[0] if len(found) == 1 else None


def same_row(line: Sequence[Any], row: Sequence[Any]) -> bool:
    """``line`` holds the same texts as ``row`` in the same columns (the header printed again; a
    space at a text's end or a line break in it changes nothing: "2021 " is "2021")."""
    width = max(len(line), len(row))
    pad = [None] * width
    if [*line, *pad][:width] == [*row, *pad][:width]:
        return any(v is not None for v in row)
    return any(v is not None for v in row) and all(
        _folded(a) == _folded(b) for a, b in zip([*line, *pad][:width], [*row, *pad][:width], strict=True)
    )


def _folded(value: Any) -> Any:
    return " ".join(value.split()).casefold() if isinstance(value, str) else value


def _recurs_as_data(row: Sequence[Any], rows: Sequence[Sequence[Any]], col: int) -> bool:
    """The row's cell in ``col`` stands again in the column below: the row is data (its first
    item), not the header of the rows under it."""
    cell = row[col - 1] if col - 1 < len(row) else None
    if not isinstance(cell, str) or not cell.strip():
        return False
    folded = " ".join(cell.split()).casefold()
    return any(
        isinstance(v, str) and " ".join(v.split()).casefold() == folded for v in _column_values(rows, col)
    )


def _short_texts(row: Sequence[Any], least: int) -> bool:
    """``least`` cells or more, each a short text (a year typed as a number is one, as
    :func:`header_cells` reads it); asked of every row the header scan reads, so a row of data
    is given up at its first long text."""
    count = 0
    for v in row:
        if v is None:
            continue
        if v.__class__ in (int, float) and is_year(v):
            count += 1
            continue
        if not isinstance(v, str) or not 0 < len(v.strip()) <= 60:
            return False
        count += 1
    return count >= least


def header_below(
    rows: Sequence[Sequence[Any]],
    index: int,
    cols: Mapping[str, int],
    settings: Settings,
    by_values: bool = False,
) -> tuple[int, dict[str, int]] | None:
    """Row ``index`` (0-based) as the upper row of a header of two rows whose upper row alone names
    the item and the status ("KPIs | RAG rating | | DoT" over " | Latest | Previous", Kent 2024/25):
    the lower row's index and the columns the two name together, where they name as much as this
    row alone (the lower row read as an item otherwise, "Latest" its status). Never under a row of
    data: a lower row holding a status is data."""
    both = two_row_header(rows, index + 1)
    if both is None:
        return None
    lower, item = rows[index + 1], cols.get("item")
    if item is not None and item - 1 < len(lower) and lower[item - 1] not in (None, ""):
        return None  # a text under the item's header: an item (the item's header stands over both rows)
    classify = settings.vocabulary().classify
    if any(isinstance(v, str) and classify(v) not in (None, Status.MISSING) for v in lower):
        return None
    joined = header_columns(both, rows, index + 2, settings, by_values)
    return (index + 1, joined) if _score(joined) >= _score(cols) else None


def two_row_header(rows: Sequence[Sequence[Any]], index: int) -> list[Any] | None:
    """Row ``index`` (0-based) as the lower row of a two-row header, its texts joined with the row
    above, or ``None``: a group label merged over sub-columns ("Q1 2020/21" over "Value | Target |
    Status") beside headers merged down over both rows ("Performance Indicator"), Maidstone 2020.
    Each sub-column gets its group's label before its own ("Q1 2020/21 Status"); a column headed
    only above keeps that. A title above a header (no column headed above alone, or a text over the
    table's first column, or one longer than a label) is no such row."""
    if index < 1 or index >= len(rows):
        return None
    if not _short_texts(rows[index], 2) or not _short_texts(rows[index - 1], 1):
        return None
    upper, lower = header_cells(rows[index - 1]), header_cells(rows[index])
    width = max(len(upper), len(lower))
    up = [*upper, *([None] * (width - len(upper)))]
    low = [*lower, *([None] * (width - len(lower)))]
    combined: list[Any] = []
    first = next(c for c in range(width) if up[c] is not None or low[c] is not None)
    group: str | None = None  # the label over the sub-columns this one belongs to
    grouped = above_only = False
    for c in range(width):
        if low[c] is None:
            group = None
            combined.append(up[c])
            above_only = above_only or up[c] is not None
        elif up[c] is not None:
            group = up[c].strip()
            if c == first or len(group) > 30:
                return None  # a title over the header, not a group label over sub-columns
            combined.append(f"{group} {low[c].strip()}")
        else:
            grouped = grouped or group is not None
            combined.append(f"{group} {low[c].strip()}" if group else low[c])
    return combined if grouped and above_only else None


_ASSESSMENTS = (Status.GREEN, Status.YELLOW, Status.RED)
_ARROWS = frozenset("↑↓→←↗↘↖↙⬆⬇➡⬅⇧⇩⇨⇦⇑⇓⇒⇐⇡⇣⟶➔⮕🡅🡇🡑🡓🡒⭡⭣⭢")


def _status_values(values: Sequence[Any], classify: Callable[[Any], Status | None]) -> bool:
    """Values that are statuses, two at least, one of them green, yellow or red (never "N/A" alone)."""
    return (
        len(values) >= 2
        and _mostly_statuses(values, classify)
        and any(classify(v) in _ASSESSMENTS for v in values)
    )


_EARLIER_WORDS = frozenset({"previous", "föregående", "förra", "tidigare", "forrige", "edellinen"})
_LATEST_WORDS = frozenset(
    {"latest", "current", "senaste", "aktuell", "aktuellt", "nuvarande", "siste", "viimeisin"}
)


def _latest_by_word(headers: Mapping[int, str], col: int, field: str, hidden: Collection[int]) -> int:
    """Of two columns of ``field`` told apart by a word rather than a period ("RAG rating Previous |
    RAG rating Latest"): the latest one, wherever it stands."""
    if not set(header_words(headers.get(col, ""))) & _EARLIER_WORDS:
        return col
    latest = [
        c
        for c, text in headers.items()
        if c not in hidden and match_header(text) == field and set(header_words(text)) & _LATEST_WORDS
    ]
    return latest[0] if latest else col


def _period_matches(header: str, key: tuple[int, int, int], wanted: tuple[int, int, int] | None) -> bool:
    """A column headed by a period alone is the settings' period's: a year's ("2025") for any
    period in that year ("T2 2025"), a tertial's or quarter's without a year ("T2") for that part of
    any year, with a year for that part of that year."""
    if wanted is None:
        return False
    if is_year(header):
        return key[0] == wanted[0]
    return key[1] == wanted[1] and key[0] in (0, wanted[0])


def _period_named(
    cols: dict[str, int], row: Sequence[Any], rows: Sequence[Sequence[Any]], start: int, settings: Settings
) -> None:
    """No header names the status, but the settings' period names a column headed by a period alone
    ("2025", "T2") whose cells are empty or statuses, never figures: the round under way's status
    column, even before it holds a value (next-period emptied it)."""
    if "status" in cols or not settings.period:
        return
    wanted = period_key(settings.period)
    below = _down_to_blank(rows[start : start + 200])
    classify = settings.vocabulary().classify
    for i, value in enumerate(row, start=1):
        if i in cols.values() or not isinstance(value, str) or not _only_a_period_header(value):
            continue
        key = period_key(value)
        values = _column_values(below, i)
        if key is None or not _period_matches(value, key, wanted) or _figures(values):
            continue
        if all(classify(v) is not None for v in values):  # empty, or statuses
            cols["status"] = i
            return


def _year_columns(
    headers: Mapping[int, Any], cols: Collection[int]
) -> list[tuple[tuple[int, int, int], int]]:
    """Of ``cols``, those headed by a period alone ("2019", "2013/14"), each with its period key."""
    found = []
    for col in cols:
        text = headers.get(col)
        if isinstance(text, str) and _only_a_period_header(text):
            key = period_key(text)
            if key is not None:
                found.append((key, col))
    return found


def _figures_row(row: Sequence[Any]) -> bool:
    """More than half of the row's cells are figures other than a year ("2019" heads a period)."""
    written = [str(v) for v in row if v not in (None, "") and not isinstance(v, bool)]
    figures = sum(bool(_ONLY_A_NUMBER.match(v)) and not YEAR_ALONE.fullmatch(v) for v in written)
    return figures * 2 > len(written)


def _plain_header(row: Sequence[Any]) -> bool:
    """Two or more short texts and nothing else: a row that may be a header whatever its words."""
    values = [v for v in row if v is not None]
    return len(values) >= 2 and all(isinstance(v, str) and 0 < len(v.strip()) <= 60 for v in values)


def _infer_by_values(
    cols: dict[str, int], row: Sequence[Any], rows: Sequence[Sequence[Any]], start: int, settings: Settings
) -> None:
    """Headers no synonym names ("Måloppnåelse", "Toteutuminen", "Vurdering"): the status column is
    the one whose values are statuses, the item column the one of long, distinct texts beside it.
    The header cells themselves are no statuses (that would be a row of data)."""
    vocabulary = settings.vocabulary()
    below = [line for line in rows[start : start + 200] if not same_row(line, row)]  # not its repeats
    if _figures_row(row):
        return  # a row of figures (a sideways table's "Forecast (£m) | 0 | 13.6 | …"): data, no header
    named = [i for i, v in enumerate(row, start=1) if isinstance(v, str) and i not in cols.values()]
    if any(vocabulary.classify(row[i - 1]) not in (None, Status.MISSING) for i in named):
        return
    # a column whose header cell is empty is a candidate too: published views put the status as an
    # icon under no header at all (Stratsys, Ale kommun 2018), and its words come as the icon's text.
    # Only right under this row (its first value a status: a title row's empty cell, with the real
    # header below it, is no header), and only columns that hold values (not a row padded to XFD).
    filled = {i for r in below[:20] for i, v in enumerate(r, start=1) if v is not None}
    blank = [
        i
        for i in sorted(filled)
        if i not in cols.values()
        and (i > len(row) or row[i - 1] is None or row[i - 1] == "")
        and _status_first(below, i, vocabulary.classify)
    ]
    if "status" not in cols:
        # (of a status column per year, _layout_of takes the latest)
        status = _status_column(
            row, below, (*named, *blank), lambda values: _status_values(values, vocabulary.classify)
        )
        if status is None:
            status = _repeated_set(row, below, named, vocabulary.classify)
        if status is None:
            return
        cols["status"] = status
    if "item" not in cols and "measure" in cols:  # an indicator table: the measure is what is followed up
        cols["item"] = cols.pop("measure")
    if "item" not in cols:
        # the column of long, distinct texts; the goal column too: a follow-up of the goals
        # themselves ("Tavoite", "Målet"), one per row, where no column of longer texts is beside it
        best, longest = None, 0.0
        for i in (*named, *([cols["goal"]] if "goal" in cols else [])):
            values = _column_values(below, i)
            texts = [v.strip() for v in values if isinstance(v, str) and v.strip()]
            if i == cols["status"] or len(texts) < 2 or len(texts) * 5 < len(values) * 4:
                continue
            mean = sum(map(len, texts)) / len(texts)
            if len(set(texts)) * 10 >= len(texts) * 7 and mean >= 6 and mean > longest:
                best, longest = i, mean
        if best is not None:
            if best == cols.get("goal"):
                del cols["goal"]
            cols["item"] = best


def _reads_as_header(row: Sequence[Any], cols: Mapping[str, int]) -> bool:
    """Short texts only, at least a third of them naming a field: a header, not a row of data whose
    words happen to name two fields ("Målet nås ..." beside "Mått ...")."""
    values = [v for v in row if v is not None]
    if any(not isinstance(v, str) or len(v) > MAX_HEADER_LENGTH for v in values):
        return False
    return len(cols) * 3 >= len(values)


def _same_period(
    columns: dict[str, int], headers: Mapping[int, str], settings: Settings, hidden: Collection[int]
) -> None:
    """The fields beside a per-period status ("Kommentar april", "Utfall augusti") follow the
    status's period: August's comment goes with August's status, even while it is empty (a new
    round), never April's (whose cells collect would otherwise overwrite)."""
    status = columns.get("status")
    wanted = period_key(headers.get(status, "")) if status is not None else None
    if wanted is None or not wanted[1]:
        return
    for field in ("outcome", "comment", "activities", "target"):
        if field not in columns or field in settings.columns:
            continue
        same = [
            col
            for key, col in period_columns(headers, field, hidden)
            if key[1] == wanted[1] and (key[0] == wanted[0] or not key[0] or not wanted[0])
        ]
        if same:
            columns[field] = same[0]


def _layout_of(
    rows: Sequence[Sequence[Any]],
    sheet: str,
    header_row: int,
    columns: dict[str, int],
    settings: Settings,
    title: str | None = None,
    hidden: Collection[int] = (),
) -> Layout:
    header_values = header_cells(rows[header_row - 1]) if header_row - 1 < len(rows) else []
    both = two_row_header(rows, header_row - 1)
    span = 1
    if both is not None and set(columns.values()) - {
        i for i, v in enumerate(header_values, start=1) if v not in (None, "")
    }:  # the columns were named with the row above: a header of two rows
        header_values, span = both, 2
    headers = {i: str(v).strip() for i, v in enumerate(header_values, start=1) if v not in (None, "")}
    if settings.header_row is not None and not headers and not settings.columns:
        raise InputError("header-row-empty", row=header_row, sheet=sheet)

    columns = dict(columns)
    for field in ("status", "outcome"):
        if field in columns and field not in settings.columns:
            columns[field] = latest_column(
                headers, rows[header_row:], columns[field], field, settings.period, hidden
            )
            columns[field] = _latest_by_word(headers, columns[field], field, hidden)
    _same_period(columns, headers, settings, hidden)
    for field, spec in settings.columns.items():
        columns[field] = _resolve_column(spec, field, headers, header_row)
    # A column named in the settings is taken from the field the headers gave it.
    taken = {c: f for f, c in columns.items() if f in settings.columns}
    columns = {f: c for f, c in columns.items() if f in settings.columns or c not in taken}
    columns = {f: columns[f] for f in FIELDS if f in columns}

    kind = settings.kind or _kind_of(headers.get(columns.get("item", 0), ""))
    period = settings.period or _with_year(
        _period_of(headers.get(columns.get("status", 0), "")), rows[: header_row - 1], headers.values()
    )
    status = columns.get("status")
    periods = period_columns(headers, "status", hidden) if "status" not in settings.columns else []
    if not periods and status is not None and "status" not in settings.columns:
        # a status column per year, found by its values ("Mål | 2018 | 2019"): the others passed
        classify = settings.vocabulary().classify
        below = rows[header_row : header_row + 200]
        statused = [c for c in headers if _status_values(_column_values(below, c), classify)]
        if any(col == status for _, col in _year_columns(headers, statused)):
            # the latest visible year that holds statuses (a hidden one only where the settings
            # name it), or the settings' period's year however far its column is filled (empty
            # after next-period, one answer so far): the round under way; an empty year's column
            # is one of the status's periods too (the year to come)
            years = _year_columns(headers, [c for c in statused if c not in hidden])
            others = set(columns.values()) - {status}
            visible = [c for c in headers if c not in hidden and c not in others]
            unfilled = _year_columns(headers, [c for c in visible if not _has_values(below, c)])
            wanted = period_key(settings.period) if settings.period else None
            named = [
                c for key, c in _year_columns(headers, visible) if _period_matches(headers[c], key, wanted)
            ]
            periods = sorted({*years, *unfilled, *_year_columns(headers, named)})
            if named or years:
                status = columns["status"] = named[0] if named else max(years)[1]
    passed = tuple(headers[c] for _, c in periods if c != status) if len(periods) > 1 else ()
    scale: tuple[int, ...] = ()
    steps: Sequence[Any] = header_values
    if not periods and settings.status_by != "fill":
        from xlfollow.core.scale import find_scale

        classify = settings.vocabulary().classify
        told = "status" in settings.columns  # (learn's or next-period's line: the marks may be few or none)
        scale = find_scale(header_values, rows[header_row : header_row + 200], classify, status, told)
        if not scale and span == 2:  # a header of two rows: the steps in its lower one
            lower = header_cells(rows[header_row - 1])
            scale = find_scale(lower, rows[header_row : header_row + 200], classify, status, told)
            steps = lower if scale else steps
        if not scale and status is not None and header_row < len(rows):
            # the steps in the row under a group's label ("Bedömning" merged over "Uppfyllt | Delvis
            # uppfyllt | Ej uppfyllt"): the header is the two rows, the table starts under the steps
            lower = header_cells(rows[header_row])
            scale = find_scale(lower, rows[header_row + 1 : header_row + 201], classify, status, told)
            if scale and (
                any(v not in (None, "") for i, v in enumerate(lower, start=1) if i not in scale)
                or any(
                    header_values[c - 1] not in (None, "") for c in scale[1:] if c - 1 < len(header_values)
                )
            ):
                scale = ()  # a row of data: a group's steps row holds nothing else, its label one cell
            if scale:
                header_row, span, steps = header_row + 1, 2, lower
                headers.update({c: str(lower[c - 1]).strip() for c in scale})
        if scale:
            status = columns["status"] = scale[0]
            columns = {f: c for f, c in columns.items() if f == "status" or c not in scale}
    return Layout(
        sheet=sheet,
        header_row=header_row,
        columns=columns,
        headers=headers,
        kind=kind,
        period=period,
        title=title,
        passed=passed,
        header_span=span,
        answers=not scale
        and _answers(headers.get(columns.get("status", 0), ""), rows[header_row : header_row + 200], status),
        given=tuple(f for f in columns if f in settings.columns),
        scale=scale,
        steps=tuple(" ".join(str(steps[c - 1]).split()) for c in scale),
    )


def _answers(header: str, below: Sequence[Sequence[Any]], status: int | None) -> bool:
    """The status column answers its header's question ("Uppfyllt Ja/Nej", "Target met": ja, nej,
    Y, N), unless it holds a RAG scale's own words ("G", "R", "Grön" under "Achievement" or
    "Toteutuminen": there "Y" is yellow, as the scale writes it). A column of yes and no alone
    ("Y" and "N", both, under any header: "N" is no colour of a scale) answers too (the US Federal
    Data Strategy's "Posted Membership on Webpage?")."""
    if status is None:
        return False
    values = _column_values(below, status)
    if any(isinstance(v, str) and v.strip().casefold() in _SCALE_COLOURS for v in values):
        return False
    return asks_yes_no(header) or _yes_and_no(values)


def _yes_and_no(values: Sequence[Any]) -> bool:
    """Values that answer yes or no, both ("Y" and "N", "Ja" and "Nej"), and nothing else but
    a figure or two (a row of counts under them)."""
    from xlfollow.core.words import ANSWERS, YES_NO_WORDS

    marks = set()
    for v in values:  # given up at the first text that is no answer (a column of comments)
        if isinstance(v, str) and v.strip():
            mark = " ".join(v.split()).casefold()
            if mark not in YES_NO_WORDS:
                return False
            marks.add(mark)
    figures = sum(isinstance(v, int | float) for v in values)
    return (
        marks <= YES_NO_WORDS
        and bool(marks & set(ANSWERS["green"]))
        and bool(marks & set(ANSWERS["red"]))
        and figures <= max(1, len(values) // 10)
    )


# a RAG scale's own words and letters: a column holding them is the scale, never answers
_SCALE_COLOURS = frozenset(
    {
        "g",
        "r",
        "a",
        "grön",
        "gul",
        "röd",
        "green",
        "amber",
        "red",
        "vihreä",
        "keltainen",
        "punainen",
        "grønn",
        "rød",
    }
)


def _item_texts(rows: Sequence[Sequence[Any]], layout: Layout) -> set[str]:
    col = layout.columns.get("item", 0) - 1
    return {
        " ".join(r[col].split()).casefold()
        for r in rows[layout.header_row :]
        if 0 <= col < len(r) and isinstance(r[col], str) and r[col].strip()
    }


def _with_other_sheets(
    layout: Layout,
    sheets: Mapping[str, Sequence[Sequence[Any]]],
    per_sheet: Mapping[str, tuple[int, int, dict[str, int]]],
    settings: Settings,
    hidden_columns: Mapping[str, Collection[int]],
) -> Layout:
    """The other sheets that hold a follow-up table are read too (one sheet per committee, unit or
    perspective). A sheet whose items are nearly all those of a sheet already read, and the other
    way round, is another period or a copy: it is not read, and the reading says so. (A
    committee's scorecard that reuses some of the city's measures is read.)"""
    if all(name == layout.sheet for name in per_sheet):
        return layout  # one data sheet: nothing to compare (and 100,000 texts not to build)
    taken = [(layout, _item_texts(sheets[layout.sheet], layout))]
    repeats: list[tuple[str, str]] = []
    for name, (_, header_row, columns) in per_sheet.items():
        if name == layout.sheet:
            continue
        table = _layout_of(
            sheets[name],
            name,
            header_row,
            columns,
            settings.for_sheet(name),
            hidden=hidden_columns.get(name, ()),
        )
        texts = _item_texts(sheets[name], table)
        at = next(
            (
                i
                for i, (_, seen) in enumerate(taken)
                if len(texts & seen) * 5 >= 4 * max(len(texts), len(seen), 1)
            ),
            None,
        )
        if at is None:
            taken.append((table, texts))
        elif _later_period(table, taken[at][0], sheets[name]):  # "Augusti" after "April": read August
            repeats.append((taken[at][0].sheet, name))
            taken[at] = (table, texts)
        else:
            repeats.append((name, taken[at][0].sheet))
    if len(taken) == 1:
        return replace(taken[0][0], repeats=tuple(repeats))
    tables = [t for t, _ in taken]
    group = _sheets_group(tables, settings)
    grouped = [replace(t, group=group if group not in t.columns else None) for t in tables]
    return joined(grouped, settings, repeats=tuple(repeats))


def _later_period(table: Layout, other: Layout, rows: Sequence[Sequence[Any]]) -> bool:
    """``table``'s sheet is a later period than ``other``'s (sheets "April" and "Augusti", "Q1" and
    "Q2", "2024" and "2025") and has statuses to read."""
    if not (_only_a_period(table.sheet) and _only_a_period(other.sheet)):
        return False  # "Plan 2026", "Budget 2026", "Mål 2030": a year in a name is no round
    mine, theirs = period_key(table.sheet), period_key(other.sheet)
    if mine is None or theirs is None or mine <= theirs:
        return False
    col = table.columns.get("status")
    return col is not None and _has_values(rows[table.header_row :], col)


def _only_a_period(name: str) -> bool:
    """A sheet's name that is a period and nothing else: "April", "Augusti 2025", "Q2 2026",
    "T1", "2025"."""
    rest = _PART_OF_YEAR.sub(" ", name)
    words = [w for w in header_words(rest) if w not in MONTH_NUMBER and w not in MONTH_ABBREVIATIONS]
    return period_key(name) is not None and all(w.isdigit() for w in words)


def _sheets_group(tables: Sequence[Layout], settings: Settings) -> str:
    """What the sheets' names stand for when each sheet holds part of the follow-up: committees
    when most names look like one (or the tables have a perspective column), else perspectives."""
    known = {c.casefold() for c in settings.known_committees()}
    named = sum(1 for t in tables if t.sheet.casefold() in known or _COMMITTEE_LIKE.search(t.sheet))
    if named * 2 > len(tables) or all("perspective" in t.columns for t in tables):
        return "committee"
    return "perspective"


def joined(tables: Sequence[Layout], settings: Settings, repeats: tuple[tuple[str, str], ...] = ()) -> Layout:
    """One layout of several tables. Tables of different kinds (success factors beside action
    plans) are counted together as items ("poster"), unless the settings name the kind."""
    first, *more = tables
    kinds = {t.kind for t in tables}
    kind = first.kind if len(kinds) == 1 or settings.kind else MIXED_KIND
    return replace(first, kind=kind, more=tuple(replace(t, more=()) for t in more), repeats=repeats)


def split_tables(
    rows: Sequence[Sequence[Any]],
    layout: Layout,
    candidates: Sequence[int],
    settings: Settings,
    carried: Callable[[], Collection[str]] | None = None,
) -> list[Layout]:
    """A sheet that holds several tables, one under another: ``candidates`` are rows that could
    be header rows (1-based; rows of text only after a blank or one-cell row). Each that names an
    item and a status column starts a table; the text above it (its title) is kept. ``carried``:
    the last round's item texts (a text alone above a header that is one of them is an item whose
    status next-period emptied, never the next table's title)."""
    tables = [layout]
    end = layout.last_row
    # a later table's header is read without the letters the settings give the first table (a table
    # without a header above: "column.item = A" made this one's "Mål" in A a goal)
    unlettered = replace(
        settings, columns={f: v for f, v in settings.columns.items() if not is_col_letters(v)}
    )
    for number in candidates:
        if number <= tables[-1].header_row or (end is not None and number > end):
            continue
        row = rows[number - 1]
        cols = header_columns(row, rows, number, unlettered)
        shaped = not {"item", "status"} <= set(cols) and _same_header(rows, number - 1, layout)
        ends = not shaped and (
            (layout.computed and _headers_another_table(row, layout))
            or _heads_figures_under(rows, number, cols, layout, settings)
        )
        if shaped:  # the first table's header again, a section's name over its items (Kent 2024/25)
            cols = dict(layout.columns)
        if not {"item", "status"} <= set(cols) and not ends:  # the row itself names them, not the settings
            continue
        last, title, climbed = number - 1, None, False
        # the blank and one-text rows just above the header are the gap and the title
        while last > tables[-1].header_row:
            above = rows[last - 1]
            text = _lone_text(above)
            if text is None and any(v is not None for v in above):
                break
            if text is not None and carried is not None and text in carried():
                break
            if text is not None and not climbed:  # the first text above: a heading, or none at all
                title, climbed = _heading_text(text), True
            last -= 1
        tables[-1] = replace(tables[-1], last_row=last)
        if ends and not {"item", "status"} <= set(cols):
            # the header of another table of figures (key figures by year, Løten 2015) under
            # measurable goals whose status is computed: their table ends above it, and the
            # figures under it are no goals (the reading names the table's last row)
            break
        below = None if shaped else header_below(rows, number - 1, cols, settings)
        if below is not None:  # "RAG rating" over "Latest | Previous": the header is both rows
            number, cols = below[0] + 1, below[1]
        elif shaped:
            number += layout.header_span - 1
        # a later table whose own header names a field reads it there, never at a letter the
        # settings give (a table without a header above it: next-period wrote its letters, Georges
        # River 2022/23; a user's "column.status = B" over a first table whose later one says
        # "Läge" in C); a header's text the settings give ("Prognos") holds for every table
        own = settings
        if not shaped:  # a field its own header names: never at a letter the settings give the first table
            lettered = {f for f, spec in settings.columns.items() if f in cols and is_col_letters(spec)}
            if lettered:
                own = replace(
                    settings, columns={f: v for f, v in settings.columns.items() if f not in lettered}
                )
        table = _layout_of(rows, layout.sheet, number, cols, own, title=title)
        tables.append(replace(table, last_row=end, group=layout.group))
    if len(tables) > 1 and layout.title is None:  # the first table's title, as the others have one
        top = layout.top_row  # the upper row of a header of two rows
        above = [r for r in range(top - 1, max(0, top - 3), -1) if any(v is not None for v in rows[r - 1])]
        title = _heading_text(_lone_text(rows[above[0] - 1])) if above else None
        tables[0] = replace(tables[0], title=title)
    return tables


def _same_header(rows: Sequence[Sequence[Any]], index: int, layout: Layout) -> bool:
    """Row ``index`` (0-based) and the rows under it are the first table's header row(s) again but
    for the item column's cell, which names a section ("Integrated Children's Services" where the
    other tables say "Education & Skills KPIs" over the same "RAG rating | | DoT" and " | Latest |
    Previous"): every other cell the same, the status's header among them."""
    item, status = layout.columns.get("item"), layout.columns.get("status")
    if item is None or status is None or index + layout.header_span > len(rows):
        return False
    first = layout.top_row - 1  # the first table's top header row, 0-based
    for offset in range(layout.header_span):
        here, there = rows[index + offset], rows[first + offset]
        width = max(len(here), len(there))
        cells = [(_cell_text(here, c), _cell_text(there, c)) for c in range(1, width + 1) if c != item]
        if any(a != b for a, b in cells):
            return False
    top = rows[index]
    return bool(_cell_text(top, item)) and any(
        _cell_text(rows[first + o], status) for o in range(layout.header_span)
    )


def _cell_text(row: Sequence[Any], col: int) -> str:
    value = row[col - 1] if col - 1 < len(row) else None
    return " ".join(str(value).split()).casefold() if value not in (None, "") else ""


def _headers_another_table(row: Sequence[Any], layout: Layout) -> bool:
    """A row of text whose cells over a computed table's target and outcome are periods alone
    ("Nøkkeltall | 2013 | 2014 | 2015"), not values: the header of another table, of figures by
    year. A section's header that names the fields again ("Ekonomi | Målvärde | Utfall") and a
    value that happens to read as a header ("Ny indikator") go on with the goals."""
    at = [layout.columns[f] for f in ("target", "outcome") if f in layout.columns]
    cells = [row[c - 1] if c - 1 < len(row) else None for c in at]
    return len(cells) == 2 and all(
        is_year(v) or (isinstance(v, str) and _only_a_period_header(v)) for v in cells
    )


def _heads_figures_under(
    rows: Sequence[Sequence[Any]], number: int, cols: Mapping[str, int], layout: Layout, settings: Settings
) -> bool:
    """Row ``number`` (1-based) heads another table, of rows without an assessment, under this
    one: it names no item, over this table's status column it names another field (two fields or
    more, never the status elsewhere: "Inriktningar | Målvärde 2023 | Utfall 2023" under goals
    assessed in B, Göteborg's årsredovisning 2023) or the status by a header's word alone
    ("Revisionsfråga | Bedömning", Tolkförmedling Väst's auditors 2025), and no row under it, down
    to a blank one, holds a status in that column. A section's header over more goals ("Ekonomi |
    Läge T2", "Projekt | Läge | Analys") or a goal assessed "Ingen bedömning" never ends them."""
    status = layout.columns.get("status")
    row = rows[number - 1]
    if status is None or "item" in cols or not cols:
        return False
    if {c: _cell_text(row, c) for c in range(1, len(row) + 1) if _cell_text(row, c)} == {
        c: " ".join(t.split()).casefold() for c, t in layout.headers.items()
    }:
        return False  # the table's own header again (printed on every page): its rows go on
    classify = settings.vocabulary().classify
    cell = row[status - 1] if status - 1 < len(row) else None
    named = next((f for f, c in cols.items() if c == status), None)
    if named == "status":  # a header's word alone, never a value ("Ingen bedömning", "Status saknas")
        if not isinstance(cell, str) or classify(cell) is not None or len(header_words(cell)) > 2:
            return False
    elif "status" in cols or len(cols) < 2 or named in (None, "item", "goal", "comment"):
        return False
    below = _down_to_blank(rows[number:])
    return not any(
        classify(r[status - 1]) is not None
        for r in below
        if status - 1 < len(r) and r[status - 1] not in (None, "")
    )


_HEADING_DASH = lazy(r"\s[–—-]\s")


def _heading_text(text: str | None) -> str | None:
    """``text`` where it may head a table (its perspective): a heading, never a paragraph above it
    (Tolkförmedling Väst's auditors 2025: the law's text over the goals); a heading's explanation
    after a dash ("Perspektiv Ekonomi – en långsiktigt hållbar …") does not count."""
    if text is None or len(_HEADING_DASH.split(text, maxsplit=1)[0]) > 120:
        return None
    return text


def _lone_text(row: Sequence[Any]) -> str | None:
    values = [v for v in row if v is not None]
    if len(values) == 1 and isinstance(values[0], str) and values[0].strip():
        return values[0].strip()
    return None


def _resolve_column(spec: str, field: str, headers: Mapping[int, str], row: int) -> int:
    """A column named in the settings: a header text as written (any case), or a letter."""
    wanted = " ".join(spec.split()).casefold()
    for col, text in headers.items():
        if " ".join(text.split()).casefold() == wanted:
            return col
    if is_col_letters(spec):
        try:
            return col_index(spec)
        except ValueError:
            pass
    raise InputError("column-not-found", key=field, value=spec, row=row)
