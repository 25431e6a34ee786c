"""Saying things: a sentence by key with its fields filled in (``localised``), counts and numbers in
words, periods in words, and the sentences built from counts (the summary sentence, the target
sentence, the change sentence). The words themselves are data in ``core/messages.py`` and
``core/problems.py``; nothing else in the package holds user-facing prose."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from xlfollow.core.messages import (
    EN_NUMBERS,
    LANGUAGES,
    MONTHS,
    NOUNS,
    REPORT_TITLES,
    SV_NUMBERS,
)
from xlfollow.core.messages import MESSAGES as _PLAIN
from xlfollow.core.problems import PROBLEMS

# every sentence by key: the plain messages and each problem's sentences with their variants
MESSAGES: dict[str, tuple[str, str]] = _PLAIN | {
    key: pair for problem in PROBLEMS.values() for key, pair in problem.sentences().items()
}

__all__ = ["LANGUAGES", "MESSAGES", "MONTHS", "NOUNS", "REPORT_TITLES"]


class TextKey(str):
    """A field value that is itself a sentence key, translated when the message is said."""


class Phrase:
    """A field value that is a sentence with fields of its own ("{n} delar"), said in the
    language of the message it stands in: no Swedish detail in an English message."""

    __slots__ = ("fields", "key")

    def __init__(self, key: str, /, **fields: Any) -> None:
        self.key, self.fields = key, fields

    def __repr__(self) -> str:
        return f"Phrase({self.key!r}, {self.fields!r})"

    def said(self, language: str) -> str:
        return localised(self.key, language, **self.fields)


def localised(key: str, language: str = "sv", /, **fields: Any) -> str:
    """The sentence ``key`` in ``language`` with ``fields`` filled in."""
    pair = MESSAGES[key]
    text = pair[1] if language == "en" else pair[0]
    if not fields:
        return text
    filled = {
        k: localised(v, language)
        if isinstance(v, TextKey)
        else v.said(language)
        if isinstance(v, Phrase)
        else v
        for k, v in fields.items()
    }
    said = text.format(**filled)
    # a sentence that starts with a count starts with a capital ("Sex fel och inga varningar")
    return capitalise(said) if text.startswith(_COUNT_FIRST) else said


# templates whose first word is a count in words
_COUNT_FIRST = ("{errors}", "{units}", "{rows}", "{answered}")


# --- numbers as words and the summary sentence ---------------------------------------------------


def number_word(n: int, language: str = "sv", neuter: bool = False) -> str:
    """Numbers up to twelve as words (Swedish style-guide rule), larger ones as digits."""
    if 0 <= n <= 12:
        if language == "en":
            return EN_NUMBERS[n]
        return "ett" if (n == 1 and neuter) else SV_NUMBERS[n]
    return str(n)


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def period_words(period: str | None, lang: str = "sv") -> str | None:
    """ "2017-04-30" -> "30 april 2017", "2018-04" -> "april 2018"; anything else as written."""
    if not period:
        return None
    text = " ".join(period.split())
    months = MONTHS["en" if lang == "en" else "sv"]
    found = _ISO_DAY.match(text)
    if found and 1 <= int(found.group(2)) <= 12:
        return f"{int(found.group(3))} {months[int(found.group(2)) - 1]} {found.group(1)}"
    found = _ISO_MONTH.match(text)
    if found and 1 <= int(found.group(2)) <= 12:
        return f"{months[int(found.group(2)) - 1]} {found.group(1)}"
    return text


# the counted things whose Swedish noun is neuter ("ett fel", not "en fel")
_NEUTER = frozenset({"error"})


def decimal_text(text: str, language: str = "sv") -> str:
    """The numbers in ``text`` (a rule's "0.9") as the reader's Excel writes them: 0,9 in Swedish."""
    if language != "sv" or text.startswith("="):  # a formula keeps Excel's own "0.9" and its commas
        return text
    return re.sub(r"(?<=\d)\.(?=\d)", ",", text)


def counted(n: int, what: str, language: str = "sv") -> str:
    """ "en varning", "tre varningar", "inga fel", "ett fel", "41 poster": the number in words up
    to twelve (Språkrådet, Myndigheternas skrivregler 9.1), none as "inga"/"no"; ``what`` is one of
    the count.* nouns ("error", "warning", "item", "unit" ...)."""
    return localised(
        f"count.{what}" if n == 1 else f"count.{what}s", language, n=_count_word(n, language, what in _NEUTER)
    )


def _count_word(n: int, language: str, neuter: bool) -> str:
    """A count as said before its noun: "inga"/"no" for none, words up to twelve, else digits."""
    if n == 0:
        return "no" if language == "en" else "inga"
    return number_word(n, language, neuter=neuter)


def counted_kind(n: int, kind: str, language: str = "sv") -> str:
    """ "41 framgångsfaktorer", "åtta aktiva mål", "ett resultatmål": the items named by what
    they are (one word for the same rows on a page), the number in words up to twelve."""
    singular, _, plural, _, neuter = noun(kind, language)
    return f"{_count_word(n, language, neuter)} {singular if n == 1 else plural}"


def shown(value: object) -> str:
    """A cell's value as text: whole numbers without ".0", decimals with a comma."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{value:.6g}".replace(".", ",")
    return value.strip() if isinstance(value, str) else str(value)


def quoted_list(names: Sequence[str], language: str = "sv") -> str:
    """ "”A”, ”B” och ”C”" (Swedish quotes) or "“A”, “B” and “C”"."""
    quoted = [f"”{n}”" if language != "en" else f"“{n}”" for n in names]
    if len(quoted) < 2:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + (" och " if language != "en" else " and ") + quoted[-1]


def shortened(value: object, limit: int) -> str:
    """A value as quoted in a message: one space between words, cut to ``limit`` characters with
    "…" (None is "")."""
    text = " ".join(("" if value is None else str(value)).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- the summary sentence --------------------------------------------------------------------


def noun(kind: str, language: str = "sv") -> tuple[str, str, str, str, bool]:
    return NOUNS.get(kind, NOUNS["framgangsfaktorer"])["en" if language == "en" else "sv"]


def summary_sentence(kind: str, counts: dict[str, int], language: str = "sv") -> str:
    """ "Av de 41 framgångsfaktorerna bedöms sju vara uppfyllda (grön), 29 vara på väg att
    uppfyllas (gul) och fyra inte vara uppfyllda (röd). En saknar bedömning." """
    if language == "en":
        return _sentence_en(kind, counts)
    _, sing_def, plural, plural_def, neuter = noun(kind, "sv")
    total = sum(counts.values())
    if total == 0:
        return f"Det finns inga {plural} att bedöma."

    def adjective(n: int, base: str) -> str:
        if n == 1:
            return base[:-1] + "t" if neuter else base
        return base + "a"

    def amount(n: int) -> str:
        return number_word(n, "sv", neuter)

    phrases = []
    for key, template in (
        ("green", "{n}vara {adj} (grön)"),
        ("yellow", "{n}vara på väg att uppfyllas (gul)"),
        ("red", "{n}inte vara {adj} (röd)"),
    ):
        n = counts.get(key, 0)
        if n:
            prefix = "" if total == 1 else amount(n) + " "
            phrases.append(template.format(n=prefix, adj=adjective(n, "uppfylld")))
    sentences = []
    missing = counts.get("missing", 0)
    if phrases:
        listed = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " och " + phrases[-1]
        opening = (
            f"{'Det' if neuter else 'Den'} enda {sing_def} bedöms "
            if total == 1
            else f"Av de {amount(total)} {plural_def} bedöms "
        )
        sentences.append(opening + listed + ".")
    elif missing:  # a subject in every sentence: none of them is assessed
        sentences.append(
            f"{'Det' if neuter else 'Den'} enda {sing_def} har inte bedömts."
            if total == 1
            else f"{'Inget' if neuter else 'Ingen'} av de {amount(total)} {plural_def} har bedömts."
        )
        missing = 0 if missing == total else missing
    if missing:
        sentences.append(capitalise(amount(missing)) + " saknar bedömning.")
    gone = counts.get("not_applicable", 0)
    if gone:
        word = "aktuella" if gone > 1 else ("aktuellt" if neuter else "aktuell")
        sentences.append(f"{capitalise(amount(gone))} är inte längre {word}.")
    unknown = counts.get("unknown", 0)
    if unknown:
        sentences.append(f"{capitalise(amount(unknown))} har ett läge som inte kunde läsas.")
    return " ".join(sentences)


def target_sentence(kind: str, total: int, not_met: int, undecided: int, language: str = "sv") -> str:
    """The report's sentence about its measurable goals: "För de åtta aktiva målen är det sex mål
    som inte uppnår det uppsatta målvärdet." ``total`` goals with a target, ``not_met`` of them
    not reaching it, ``undecided`` of them that neither the numbers nor the status decide."""
    single, sing_def, plural, plural_def, neuter = noun(kind, language)
    if language == "en":
        if total == 1:
            text = f"The only {single} {'does not reach' if not_met else 'reaches'} its target."
        elif not_met == 0:
            text = f"All {number_word(total, 'en')} {plural} reach their target."
        elif not_met == total:
            text = f"None of the {number_word(total, 'en')} {plural} reaches its target."
        else:
            verb = "does" if not_met == 1 else "do"
            text = (
                f"Of the {number_word(total, 'en')} {plural}, {number_word(not_met, 'en')} {verb} not"
                " reach their target."
            )
        if undecided:
            text += f" For {number_word(undecided, 'en')} it cannot be told."
        return text
    short_single, short_plural = single.split()[-1], plural.split()[-1]  # "aktiva mål" -> "mål"
    if total == 1:
        verb = "uppnår inte" if not_met else "uppnår"
        text = f"{'Det' if neuter else 'Den'} enda {sing_def} {verb} det uppsatta målvärdet."
    elif not_met == 0:
        text = f"För de {number_word(total, 'sv', neuter)} {plural_def} uppnår alla det uppsatta målvärdet."
    elif not_met == total:
        none = "inget" if neuter else "ingen"
        text = f"För de {number_word(total, 'sv', neuter)} {plural_def} uppnår {none} det uppsatta målvärdet."
    else:
        word = short_single if not_met == 1 else short_plural
        text = (
            f"För de {number_word(total, 'sv', neuter)} {plural_def} är det "
            f"{number_word(not_met, 'sv', neuter)} {word} som inte uppnår det uppsatta målvärdet."
        )
    if undecided:
        text += f" För {number_word(undecided, 'sv', neuter)} kan det inte avgöras."
    return text


def change_sentence(
    kind: str,
    improved: int,
    worse: int,
    same: int,
    other: int,
    new: int,
    removed: int,
    language: str = "sv",
    unanswered: int = 0,
) -> str:
    """ "Sedan förra uppföljningen har fem förbättrats, två försämrats och 34 har samma läge. Tre
    framgångsfaktorer är nya och en har tagits bort. Åtta har ännu inget läge." (``unanswered``:
    had a status last round and have none yet in this one, as right after next-period)"""
    single, _, plural, _, neuter = noun(kind, language)
    if language == "en":
        parts = [
            f"{number_word(n, 'en')} {verb}"
            for n, verb in (
                (improved, "have improved"),
                (worse, "have worsened"),
                (other, "have changed otherwise"),
            )
            if n
        ]
        if same:
            parts.append(f"{number_word(same, 'en')} {'has' if same == 1 else 'have'} the same status")
        text = "Since the previous follow-up, " + _joined(parts, "and") + "." if parts else ""
        text = text.replace(" one have ", " one has ")
        extra = []
        if new:
            extra.append(
                f"{number_word(new, 'en')} {single if new == 1 else plural} {'is' if new == 1 else 'are'} new"
            )
        if removed:
            extra.append(f"{number_word(removed, 'en')} {'has' if removed == 1 else 'have'} been removed")
        if extra:
            text = (text + " " if text else "") + capitalise(_joined(extra, "and")) + "."
        if unanswered:
            verb = "has" if unanswered == 1 else "have"
            text = (
                text + " " if text else ""
            ) + f"{capitalise(number_word(unanswered, 'en'))} {verb} no status yet."
        return text
    parts = [
        f"{number_word(n, 'sv', neuter)} {verb}"
        for n, verb in ((improved, "förbättrats"), (worse, "försämrats"), (other, "ändrats på annat sätt"))
        if n
    ]
    opening = "Sedan förra uppföljningen har "
    if parts and same:
        text = f"{opening}{', '.join(parts)} och {number_word(same, 'sv', neuter)} har samma läge."
    elif parts:
        text = opening + _joined(parts, "och") + "."
    elif same:
        if unanswered:  # not all of them: the others have no status yet
            everyone = number_word(same, "sv", neuter)
        else:
            everyone = f"alla {number_word(same, 'sv', neuter)}" if same > 1 else ("det" if neuter else "den")
        text = f"{opening}{everyone} samma läge."
    else:
        text = ""
    extra = []
    if new:
        adjective = "nya" if new > 1 else ("nytt" if neuter else "ny")
        extra.append(f"{number_word(new, 'sv', neuter)} {single if new == 1 else plural} är {adjective}")
    if removed:
        extra.append(f"{number_word(removed, 'sv', neuter)} har tagits bort")
    if extra:
        text = (text + " " if text else "") + capitalise(_joined(extra, "och")) + "."
    if unanswered:
        text = (
            text + " " if text else ""
        ) + f"{capitalise(number_word(unanswered, 'sv', neuter))} har ännu inget läge."
    return text


def _joined(parts: list[str], word: str) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {word} " + parts[-1]


def _sentence_en(kind: str, counts: dict[str, int]) -> str:
    single, _, plural, _, _ = noun(kind, "en")
    total = sum(counts.values())
    if total == 0:
        return f"There are no {plural} to assess."
    phrases = []
    for key, text in (
        ("green", "fulfilled (green)"),
        ("yellow", "on the way to being fulfilled (yellow)"),
        ("red", "not fulfilled (red)"),
    ):
        n = counts.get(key, 0)
        if n:
            if total == 1:
                phrases.append(text)
            elif not phrases:  # the first carries the verb, agreeing with its number
                verb = "is" if n == 1 else "are"
                phrases.append(f"{number_word(n, 'en')} {verb} assessed as {text}")
            else:
                phrases.append(f"{number_word(n, 'en')} as {text}")
    sentences = []
    if phrases:
        listed = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]
        if total == 1:
            sentences.append(f"The only {single} is assessed as {listed}.")
        else:
            sentences.append(f"Of the {number_word(total, 'en')} {plural}, {listed}.")
    missing = counts.get("missing", 0)
    if not phrases and missing:
        sentences.append(
            f"The only {single} has not been assessed."
            if total == 1
            else f"None of the {number_word(total, 'en')} {plural} has been assessed."
        )
        missing = 0 if missing == total else missing
    if missing:
        sentences.append(
            f"{capitalise(number_word(missing, 'en'))} {'has' if missing == 1 else 'have'} no assessment."
        )
    gone = counts.get("not_applicable", 0)
    if gone:
        sentences.append(
            f"{capitalise(number_word(gone, 'en'))} no longer {'applies' if gone == 1 else 'apply'}."
        )
    unknown = counts.get("unknown", 0)
    if unknown:
        verb = "has" if unknown == 1 else "have"
        sentences.append(f"{capitalise(number_word(unknown, 'en'))} {verb} a status that could not be read.")
    return " ".join(sentences)
