"""Per-workbook settings: the ``xlfollow`` sheet (key in column A, value in column B) or a TOML
file given with ``--config``. Unknown keys and bad values are refused with a clear message."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from xlfollow.core.errors import InputError, os_reason
from xlfollow.core.lazy import lazy
from xlfollow.core.numbers import parse_number
from xlfollow.core.status import LOWER_WORDS, STRICT_WORDS, Status, Threshold, Vocabulary, higher_is_better
from xlfollow.core.texts import LANGUAGES, Phrase, TextKey, localised

SETTINGS_SHEET = "xlfollow"
FIELDS = (
    "id",
    "perspective",
    "goal",
    "item",
    "committee",
    "measure",
    "target",
    "outcome",
    "status",
    "comment",
    "activities",
)
KINDS = ("framgangsfaktorer", "resultatmal", "aktiva-mal", "handlingsplaner")  # each has a template
MIXED_KIND = "poster"  # tables of several kinds, counted together as items
BUILTIN_COMMITTEES = ("RS", "RUN", "HSN", "VVN")
_PER_SHEET = ("header_row", "period", "status_by")  # with column.<fält>: the keys a sheet may have of its own
_PER_SHEET_PREFIXES = ("column.", "status.")  # and status.<text>: a sheet's own meaning of a text
# keys whose own part may hold a "!" (a status text "Klart!", a committee's name): never a sheet's line
_NOT_A_SHEET = (
    "status.",
    "colour.",
    "color.",
    "färg.",
    "committee.",
    "nämnd.",
    "email.",
    "e-post.",
    "epost.",
    "scale.",
    "skala.",
    "round.",
    "threshold.",
    "gräns.",
)
SIMPLE_KEYS = (
    "sheet",
    "header_row",
    "committees",
    "language",
    "period",
    "report_title",
    "previous",
    "kind",
    "perspectives",
    "status_by",
    "lineage",
)
# A unit's workbook from `xlfollow send` carries the round it belongs to under these keys (what
# `collect` and `consolidate` know it by, whatever the file is called): the master's file name, the
# unit, every unit of the round, the period, the round's id, when it was sent, what the units are.
ROUND_KEYS = ("master", "unit", "units", "period", "id", "sent", "by", "lineage")
# Rows of the settings sheet whose key is one of these are its own header row.
_HEADER_WORDS = {"inställning", "nyckel", "key", "setting", "settings", "inställningar"}
_LIST_SPLIT = lazy(r"[,;\s]+")
# status_by's values: the fill of the status cells, or their text
_STATUS_BY = {"fill": "fill", "färg": "fill", "fyllnadsfärg": "fill", "text": "text"}


_VOCABULARIES: dict[tuple[object, ...], Vocabulary] = {}


@dataclass(frozen=True)
class Settings:
    """Validated by :func:`parse_settings`, which is where settings from users come in."""

    sheet: str | None = None
    header_row: int | None = None
    columns: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, Status] = field(default_factory=dict)
    colours: dict[str, Status] = field(default_factory=dict)  # RRGGBB -> status (colour-carried)
    committees: tuple[str, ...] = ()
    committee_names: dict[str, str] = field(default_factory=dict)  # a long name -> its code
    perspectives: tuple[str, ...] = ()
    language: str | None = None  # None: not set here (Swedish unless a later source sets it)
    period: str | None = None
    report_title: str | None = None
    previous: str | None = None  # the previous follow-up's workbook (a path; relative to this one's folder)
    kind: str | None = None
    # the follow-up the workbook continues (next-period writes the first master's name)
    lineage: str | None = None
    round: dict[str, str] = field(default_factory=dict)  # round.<key> (ROUND_KEYS): a unit's workbook
    emails: dict[str, str] = field(default_factory=dict)  # email.<unit>: where send addresses a unit's draft
    scale: dict[Status, str] = field(default_factory=dict)  # scale.<status>: its definition in the report
    # threshold.<status> = 90 (or "90 %"): a number in the status column at or beyond it is that
    # status (green, yellow; red below); the value and whether it was written as a percent
    thresholds: dict[Status, Threshold] = field(default_factory=dict)
    # status_by = fill: the status is the fill of the status cells, whatever they hold; text: never
    # (no table is read by its fills); None: by the fills only where no column holds a status
    status_by: str | None = None
    # <Blad>!<nyckel>: the sheet's own header row, columns and period, where one sheet of several
    # differs ("BUN!column.status = D", "BUN!header_row = 4"); sheet name -> its settings' data
    sheets: dict[str, dict[str, Any]] = field(default_factory=dict)

    def for_sheet(self, name: str) -> Settings:
        """These settings as they hold on the sheet ``name`` (its own lines over the workbook's)."""
        own = self.sheets.get(name)
        if not own:
            return self
        return replace(
            self,
            header_row=own.get("header_row", self.header_row),
            columns={**self.columns, **own.get("columns", {})},
            statuses={**self.statuses, **own.get("statuses", {})},
            period=own.get("period", self.period),
            status_by=own.get("status_by", self.status_by),
            sheets={},
        )

    def identity(self) -> RoundIdentity | None:
        """The send round a unit's workbook belongs to, when it came from `xlfollow send`."""
        if not self.round.get("unit") or not self.round.get("id"):
            return None
        units = tuple(u.strip() for u in self.round.get("units", "").split(";") if u.strip())
        return RoundIdentity(
            master=self.round.get("master", ""),
            unit=self.round["unit"],
            units=units,
            period=self.round.get("period"),
            id=self.round["id"],
            sent=self.round.get("sent"),
            by=self.round.get("by"),
            lineage=self.round.get("lineage") or self.round.get("master", ""),
        )

    @property
    def lang(self) -> str:
        """The language to speak: the one set, else Swedish."""
        return self.language or "sv"

    def vocabulary(self) -> Vocabulary:
        """The vocabulary these settings make (built once per distinct settings)."""
        key = (
            tuple(self.statuses.items()),
            tuple(self.colours.items()),
            self.lang,
            tuple(self.thresholds.items()),
        )
        vocabulary = _VOCABULARIES.get(key)
        if vocabulary is None:
            if len(_VOCABULARIES) > 32:
                _VOCABULARIES.clear()
            vocabulary = _VOCABULARIES[key] = Vocabulary(
                self.statuses, self.colours, self.lang, self.thresholds
            )
        return vocabulary

    def known_committees(self) -> tuple[str, ...]:
        extra = (*self.committees, *self.committee_names.values())
        seen = {c.upper() for c in BUILTIN_COMMITTEES}
        added = tuple(c for c in dict.fromkeys(extra) if c.upper() not in seen)
        return BUILTIN_COMMITTEES + added

    def merged(self, other: Settings) -> Settings:
        """``other`` on top of ``self``: values set in ``other`` win; dictionaries are joined."""
        changes: dict[str, Any] = {}
        for item in fields(self):
            value, default = getattr(other, item.name), getattr(_DEFAULTS, item.name)
            if isinstance(value, dict):
                changes[item.name] = {**getattr(self, item.name), **value}
            elif value != default:
                changes[item.name] = value
        return replace(self, **changes)


_DEFAULTS = Settings()


@dataclass(frozen=True)
class RoundIdentity:
    """Which send round, master and unit a unit's workbook belongs to (its settings sheet)."""

    master: str
    unit: str
    units: tuple[str, ...]
    period: str | None
    id: str
    sent: str | None = None
    by: str | None = None
    lineage: str = ""  # the follow-up the round belongs to, whatever its master is called each round


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _meaning(word: str, builtin: Vocabulary) -> Status | None:
    """The status a settings value names: a status's own name (``not_applicable``, ``missing``, as
    the README and the messages write them), a word of the vocabulary (``grön``, ``ej aktuell``),
    or ``saknas`` (no assessment, as in "Inget svar inkommit")."""
    folded = word.strip().casefold()
    named = {s.value: s for s in Status}.get(folded.replace(" ", "_"))
    if named is not None:
        return named
    if folded == "saknas":
        return Status.MISSING
    return builtin.classify(word)


def _setting_error(key: str, value: Any, where: object, hint: str) -> InputError:
    return InputError("setting-bad-value", key=key, value=_text(value), where=where, hint=TextKey(hint))


def _known_part(key: str, prefix: str, known: Iterable[str], where: object) -> str:
    """The part of ``key`` after ``prefix`` ("column.status" -> "status"), one of ``known``."""
    part = key.casefold().removeprefix(prefix)
    if part not in known:
        raise InputError(
            "setting-unknown", key=key, where=where, known=", ".join(f"{prefix}{k}" for k in known)
        )
    return part


def quoted_sheet(name: str) -> str:
    """A sheet's name as the key of its own line writes it ("BUN" in "BUN!column.status"): in
    quotes where it would read otherwise ("#1 Mål" a comment, "Status.2025" a status word, a "!"
    or spaces at its ends)."""
    folded = name.strip().casefold()
    plain = name == name.strip() and "!" not in name and not name.startswith(("'", "#"))
    return name if plain and not folded.startswith(_NOT_A_SHEET) else f"'{name}'"


def unqualified(key: str) -> str:
    """A settings key without its sheet, folded ("Mål!column.status" -> "column.status"): what a
    line of the whole workbook for the same field says."""
    return (sheet_and_key(key)[1] if sheets_own(key) else key).strip().casefold()


def sheets_own(key: str) -> bool:
    """A settings line of one sheet's own (``BUN!column.status``), not a key whose own part holds
    a "!" ("status.Klart!")."""
    return "!" in key and not key.strip().casefold().startswith(_NOT_A_SHEET)


def _a_sheets_key(key: str) -> bool:
    """A key a sheet may have of its own: header_row, period, status_by, column.<fält>, status.<text>."""
    folded = key.casefold()
    return folded in _PER_SHEET or folded.startswith(_PER_SHEET_PREFIXES)


def sheet_and_key(key: str) -> tuple[str, str]:
    """A sheet's own line's sheet and key ("BUN!column.status" -> "BUN", "column.status"): split at
    the first "!" after which a key a sheet may have stands ("Mål!status.Klart!" -> "Mål",
    "status.Klart!"; "'A!B'!period" -> "A!B", "period"); else at the last "!"."""
    at = key.find("!")
    while at != -1:
        own = key[at + 1 :].strip()
        if _a_sheets_key(own):
            return key[:at].strip("'"), own
        at = key.find("!", at + 1)
    name, _, own = key.rpartition("!")
    return name.strip("'"), own.strip()


def parse_settings(pairs: Iterable[tuple[str, Any, object]]) -> Settings:
    """Settings from ``(key, value, where)`` triples; ``where`` says where the pair stands
    (for messages: a file name, or a :class:`Phrase` naming the sheet's cell)."""
    data: dict[str, Any] = {
        "columns": {},
        "statuses": {},
        "colours": {},
        "committee_names": {},
        "round": {},
        "emails": {},
        "scale": {},
        "thresholds": {},
        "sheets": {},
    }
    builtin = Vocabulary()
    known = ", ".join(
        [
            *SIMPLE_KEYS,
            "column.<fält>",
            "status.<text>",
            "colour.<RRGGBB>",
            "committee.<namn>",
            "email.<enhet>",
            "scale.<läge>",
            "threshold.<läge>",
            "<blad>!header_row",
            "<blad>!column.<fält>",
            "<blad>!period",
            "<blad>!status_by",
            "<blad>!status.<text>",
        ]
    )
    for raw_key, value, where in pairs:
        key = _text(raw_key)
        if not key or key.startswith("#") or key.casefold() in _HEADER_WORDS:
            continue
        if value is None or _text(value) == "":
            continue
        lower = key.casefold()
        if sheets_own(key):
            # <Blad>!<nyckel>: one sheet's own header row, column, period or meaning of a text
            # ("status.Klart!" is a word; "Mål!status.Y = grön": Y is yes there, yellow elsewhere)
            name, own_key = sheet_and_key(key)
            if not name.strip() or not _a_sheets_key(own_key):
                raise _setting_error(key, value, where, "hint.per-sheet")
            try:
                own = parse_settings([(own_key, value, where)])
            except InputError:
                raise _setting_error(key, value, where, "hint.per-sheet") from None
            found = data["sheets"].setdefault(name, {})
            if own.header_row is not None:
                found["header_row"] = own.header_row
            if own.period is not None:
                found["period"] = own.period
            if own.status_by is not None:
                found["status_by"] = own.status_by
            found.setdefault("columns", {}).update(own.columns)
            if own.statuses:
                found.setdefault("statuses", {}).update(own.statuses)
            continue
        if lower.startswith("column."):
            data["columns"][_known_part(key, "column.", FIELDS, where)] = _text(value)
        elif lower.startswith("status."):
            word = key[len("status.") :].strip()
            target = _meaning(_text(value), builtin)
            if not word or target is None:
                raise _setting_error(key, value, where, "hint.status")
            data["statuses"][word] = target
        elif lower.startswith(("committee.", "nämnd.")):
            name = key.split(".", 1)[1].strip()
            if not name or not _text(value):
                raise _setting_error(key, value, where, "hint.committee")
            data["committee_names"][name] = _text(value)
        elif lower.startswith(("colour.", "color.", "färg.")):
            code = key.split(".", 1)[1].strip().lstrip("#").upper()
            target = _meaning(_text(value), builtin)
            if not re.fullmatch(r"[0-9A-F]{6}", code):
                raise _setting_error(key, value, where, "hint.colour")
            if target is None:
                raise _setting_error(key, value, where, "hint.status")
            data["colours"][code] = target
        elif lower.startswith(("threshold.", "gräns.")):
            status = _meaning(key.split(".", 1)[1], builtin)
            number = parse_number(value)
            if status not in (Status.GREEN, Status.YELLOW) or number is None:
                raise _setting_error(key, value, where, "hint.threshold")
            said = " ".join(_text(value).split()).casefold()
            # "> 95 %", "över 95 %": 95 itself is not beyond; ">= 95 %" holds it
            strict = said.startswith(STRICT_WORDS) and not said.startswith((">=", "<="))
            data["thresholds"][status] = Threshold(number, "%" in said, strict, said.startswith(LOWER_WORDS))
        elif lower.startswith(("scale.", "skala.")):
            word = key.split(".", 1)[1].strip()
            status = _meaning(word, builtin)
            if status is None:
                raise _setting_error(key, value, where, "hint.scale")
            data["scale"][status] = _text(value)
        elif lower.startswith("round."):
            data["round"][_known_part(key, "round.", ROUND_KEYS, where)] = _text(value)
        elif lower.startswith(("email.", "e-post.", "epost.")):
            unit = key.split(".", 1)[1].strip()
            addresses = [a.strip() for a in re.split(r"[;,]", _text(value)) if a.strip()]
            if (
                not unit
                or not addresses
                or any(a.count("@") != 1 or any(c in a for c in '\r\n<> "') for a in addresses)
            ):
                raise _setting_error(key, value, where, "hint.email")
            data["emails"][unit] = ", ".join(addresses)
        elif lower == "header_row":
            try:
                row = int(float(_text(value)))
            except ValueError:
                raise _setting_error(key, value, where, "hint.row") from None
            if not 1 <= row <= 1_048_576:
                raise _setting_error(key, value, where, "hint.row")
            data["header_row"] = row
        elif lower == "language":
            lang = _text(value).casefold()
            if lang not in LANGUAGES:
                raise _setting_error(key, value, where, "hint.language")
            data["language"] = lang
        elif lower == "kind":
            kind = _text(value).casefold().replace("å", "a").replace("ä", "a").replace(" ", "-")
            if kind not in (*KINDS, MIXED_KIND):
                raise _setting_error(key, value, where, "hint.kind")
            data["kind"] = kind
        elif lower in ("committees", "perspectives"):
            items = value if isinstance(value, list) else _LIST_SPLIT.split(_text(value))
            data[lower] = tuple(_text(v) for v in items if _text(v))
        elif lower == "status_by":
            by = _STATUS_BY.get(_text(value).casefold())
            if by is None:
                raise _setting_error(key, value, where, "hint.status-by")
            data["status_by"] = by
        elif lower in ("sheet", "period", "report_title", "previous", "lineage"):
            data[lower] = _text(value)
        else:
            raise InputError("setting-unknown", key=key, where=where, known=known)
    return Settings(**data)


def settings_lines(settings: Settings) -> list[tuple[str, Any]]:
    """``settings`` as lines of a settings sheet that read back as the same settings (for a
    settings file's lines carried into a unit's workbook)."""
    lines: list[tuple[str, Any]] = []
    for key in ("sheet", "header_row", "language", "period", "report_title", "kind", "status_by"):
        value = getattr(settings, key)
        if value is not None:
            lines.append((key, value))
    for key in ("committees", "perspectives"):
        if getattr(settings, key):
            lines.append((key, ", ".join(getattr(settings, key))))
    lines += [(f"column.{k}", v) for k, v in settings.columns.items()]
    lines += [(f"status.{k}", v.value) for k, v in settings.statuses.items()]
    lines += [(f"colour.{k}", v.value) for k, v in settings.colours.items()]
    lines += [(f"committee.{k}", v) for k, v in settings.committee_names.items()]
    lines += [(f"scale.{k.value}", v) for k, v in settings.scale.items()]
    for status, at in settings.thresholds.items():
        lines.append((f"threshold.{status.value}", threshold_value(at, settings.thresholds)))
    for name, own in settings.sheets.items():  # a sheet's own lines ("BUN!column.status")
        sheet = quoted_sheet(name)
        lines += [(f"{sheet}!{k}", own[k]) for k in _PER_SHEET if own.get(k) is not None]
        lines += [(f"{sheet}!column.{k}", v) for k, v in own.get("columns", {}).items()]
        lines += [(f"{sheet}!status.{k}", v.value) for k, v in own.get("statuses", {}).items()]
    return lines


def setting_rows(rows: Sequence[Sequence[Any]]) -> dict[str, int]:
    """Each key of the settings sheet's rows (any case) -> its row number (1-based)."""
    return {
        _text(row[0]).casefold(): number
        for number, row in enumerate(rows, start=1)
        if row and row[0] is not None and _text(row[0])
    }


def learnt_block(rows: Sequence[Sequence[Any]]) -> int | None:
    """The row (1-based) where the lines ``xlfollow learn`` wrote begin: a comment line that starts
    with the block's title, in either language (core/learn.py), or None."""
    titles = [localised("learn.mark-title", lang).casefold() for lang in LANGUAGES]
    for number, row in enumerate(rows, start=1):
        first = row[0] if row else None
        if isinstance(first, str) and first.lstrip().startswith("#"):
            text = first.lstrip("# ").casefold()
            if any(text.startswith(title) for title in titles):
                return number
    return None


def settings_from_rows(rows: Sequence[Sequence[Any]]) -> Settings:
    """Settings from the values of the ``xlfollow`` sheet. The lines ``xlfollow learn`` wrote come
    first and the user's lines above them after, so that a line the user sets above the learnt
    block is the one that holds (the block shows such a key commented out)."""
    mark = learnt_block(rows)
    order = list(enumerate(rows, start=1))
    if mark is not None:
        order = order[mark - 1 :] + order[: mark - 1]
    pairs = []
    for number, row in order:
        key = row[0] if row else None
        value = row[1] if len(row) > 1 else None
        if key is None or _text(key) == "":
            continue
        pairs.append((key, value, Phrase("detail.settings-cell", sheet=SETTINGS_SHEET, cell=f"A{number}")))
    return parse_settings(pairs)


def _flatten(table: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    for key, value in table.items():
        if isinstance(value, Mapping):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def settings_from_toml(path: Path) -> Settings:
    import tomllib  # only for a settings file

    try:
        with path.open("rb") as handle:
            table = tomllib.load(handle)
    except FileNotFoundError:
        raise InputError("file-not-found", path=str(path)) from None
    except OSError as exc:
        raise InputError("config-unreadable", path=str(path), detail=os_reason(exc)) from None
    except UnicodeDecodeError:
        raise InputError("config-unreadable", path=str(path), detail=Phrase("detail.not-utf8")) from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        where = Phrase("detail.toml-line", line=found.group(1)) if found else Phrase("detail.toml")
        raise InputError("config-unreadable", path=str(path), detail=where) from None
    return parse_settings((key, value, path.name) for key, value in _flatten(table))


def threshold_value(at: Threshold, thresholds: Mapping[Status, Threshold]) -> Any:
    """A threshold as a settings line writes it: 90, "90 %", "> 95 %" (a strict bound, its sign
    by the direction: "< 5 %" where green's threshold is the lower one)."""
    number: Any = f"{at.bound:g} %" if at.percent else at.bound
    higher = higher_is_better(thresholds)
    if not at.strict and (higher or len(thresholds) > 1):
        return number
    sign = ">" if higher else "<" if at.strict else "<="  # green's alone, lower better: its sign says so
    return f"{sign} {at.bound:g}{' %' if at.percent else ''}"
