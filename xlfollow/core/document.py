"""The report the board reads, as a plan: the follow-up laid out as the region's Word reports are
(a title, a summary in the report's own Swedish, the scale, one heading per committee and
perspective with a table of goal, item, status and comment). Plain data; the Word writer
(``adapters/docx_writer``) applies it. Nothing here knows about .docx."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from xlfollow.core.models import Item, Report
from xlfollow.core.reading import by_fill_line, computed_line
from xlfollow.core.rollup import UNKNOWN, RollUp, roll_up, status_key
from xlfollow.core.settings import Settings
from xlfollow.core.status import SYMBOL, UNKNOWN_SYMBOL, Status
from xlfollow.core.styles import STATUS_COLOURS, STYLES
from xlfollow.core.texts import (
    REPORT_TITLES,
    capitalise,
    counted,
    counted_kind,
    localised,
    noun,
    number_word,
    period_words,
    quoted_list,
    shown,
    summary_sentence,
    target_sentence,
)

# The long names of the region's own committee codes (settings may add more: committee.<name>).
COMMITTEE_TITLES = {
    "RS": "Regionstyrelsen",
    "RUN": "Regionala utvecklingsnämnden",
    "HSN": "Hälso- och sjukvårdsnämnden",
    "VVN": "Vårdvalsnämnden",
}
NAMED_AT_MOST = 10  # items named in a summary sentence; more are counted
SHORT_FORM = 70  # characters of an item's short form in a sentence
# relative widths of a table's columns, by field
WIDTHS = {
    "goal": 3.6,
    "item": 5.2,
    "measure": 3.4,
    "target": 2.6,
    "outcome": 2.6,
    "status": 2.9,
    "comment": 6.4,
}
FIELD_ORDER = ("goal", "item", "measure", "target", "outcome", "status", "comment")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_NUMBERING = re.compile(r"^\s*\d{1,6}(?:\.\d{1,4})*[.)]\s+")  # "21. ", "3) ": not "10 procent"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


# --- the plan ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Heading:
    level: int  # 1, 2, 3
    text: str  # with its number ("1.1 Samhälle")


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body | banner


@dataclass(frozen=True)
class Cell:
    text: str
    fill: str | None = None  # RRGGBB shading
    colour: str | None = None  # RRGGBB text
    bold: bool = False


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    widths: tuple[float, ...]  # shares of the text width, summing to 1
    rows: tuple[tuple[Cell, ...], ...]
    merge_first: bool = False  # the first column's equal neighbours are one cell (the strategic goal)
    repeat_header: bool = True


@dataclass(frozen=True)
class Contents:
    """The table of contents (a field Word fills in), with the headings it lists."""

    title: str
    headings: tuple[Heading, ...]


Block = Heading | Paragraph | Table | Contents


@dataclass(frozen=True)
class DocumentPlan:
    title: str
    subtitle: str
    language: str
    header: str  # the page header
    footer: str  # the page footer, "{page}" and "{pages}" are fields
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]


# --- words of the report -------------------------------------------------------------------------
def short_form(text: str, limit: int = SHORT_FORM) -> str:
    """An item as named in a sentence: its first sentence without its number, cut at a word
    before ``limit`` characters ("Verksamheterna ska genomföra kompetenskartläggning och
    analys")."""
    plain = _NUMBERING.sub("", " ".join(text.split()))
    first = _SENTENCE_END.split(plain, maxsplit=1)[0].rstrip(" .:;,")
    if len(first) <= limit:
        return first
    cut = first[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


def committee_title(code: str, settings: Settings) -> str:
    """A committee's name as the report writes it: the long name the settings or the region
    give, else the code."""
    for name, known in settings.committee_names.items():
        if known.casefold() == code.casefold():
            return name
    return COMMITTEE_TITLES.get(code.upper(), code)


def committee_heading(name: str, kind: str, lang: str) -> str:
    """ "Regionstyrelsens framgångsfaktorer"; "Framgångsfaktorer – RS" when the name is no
    Swedish noun in its definite form."""
    plural = noun(kind, lang)[2]
    if lang != "en" and re.search(r"(?:en|et|na|n)$", name) and " " not in name.split()[-1]:
        owner = name if name.endswith(("s", "x", "z")) else name + "s"
        return f"{owner} {plural}"
    return f"{capitalise(plural)} – {name}"


def scale_text(status: Status | str, kind: str, year: str | None, lang: str, settings: Settings) -> str:
    """The definition of a status on the report's scale: the settings' ``scale.<status>``, else
    the seed report's words for the report's kind."""
    if isinstance(status, Status) and status in settings.scale:
        return settings.scale[status]
    key = status.value if isinstance(status, Status) else status
    single, sing_def, _, _, neuter = noun(kind, lang)
    if lang != "en" and " " in single:  # "aktiva målet" -> "det aktiva målet"
        sing_def = ("det " if neuter else "den ") + sing_def
    adjective = "fulfilled" if lang == "en" else "uppfyllt" if neuter else "uppfylld"
    when = (
        (f"in {year}" if year else "this year")
        if lang == "en"
        else (f"under {year}" if year else "under året")
    )
    return localised(
        f"report.scale.{key}",
        lang,
        the=capitalise(sing_def if lang != "en" else f"the {single}"),
        this=sing_def if lang != "en" else f"the {single}",
        adjective=adjective,
        current="relevant" if lang == "en" else "aktuellt" if neuter else "aktuell",
        when=when,
    )


def status_cell(item: Item, lang: str) -> Cell:
    """Symbol and word, shaded in the status colour: it reads in black and white by its symbol."""
    status = item.status
    if status is None:
        typed = shown(item.status_value)
        look = STYLES["status.unknown"]
        text = f"{UNKNOWN_SYMBOL} {localised('status.unknown', lang)}" + (f" (”{typed}”)" if typed else "")
        return Cell(text, look.fill, look.font_colour, bold=True)
    fill, colour = STATUS_COLOURS[status]
    return Cell(f"{SYMBOL[status]} {localised(f'status.{status.value}', lang)}", fill, colour, bold=True)


def named_sentence(kind: str, which: str, items: Sequence[Item], lang: str) -> str:
    """The items of one status named by their short forms: "De framgångsfaktorer som inte är
    uppfyllda avser ”…”, ”…” och ”…”." ``which`` is red, missing or unknown."""
    if not items:
        return ""
    single, _, plural, _, neuter = noun(kind, lang)
    names = [short_form(i.text) for i in items[:NAMED_AT_MOST]]
    listed = quoted_list(names, lang)
    rest = len(items) - len(names)
    if rest:
        listed = listed.replace(" och " if lang != "en" else " and ", ", ") + localised(
            "report.and-more", lang, n=number_word(rest, lang)
        )
    if lang != "en" and " " in single:  # "aktivt mål" -> "aktiva mål" after "det"
        single = plural.split()[0] + " " + single.split()[-1]
    one = len(items) == 1
    return localised(
        f"report.named.{which}.{'one' if one else 'many'}",
        lang,
        the=("Det" if neuter else "Den") if lang != "en" else "The",
        single=single,
        plural=plural,
        adjective="fulfilled"
        if lang == "en"
        else ("uppfyllt" if neuter else "uppfylld")
        if one
        else "uppfyllda",
        names=listed,
    )


# --- the plan of a report -------------------------------------------------------------------------
def document_plan(report: Report, rollup: RollUp, settings: Settings) -> DocumentPlan:
    """The Word report of ``report``: what the office would otherwise write by hand."""
    lang = report.language
    layout = report.layout
    kind = layout.kind
    period = period_words(layout.period, lang)
    title = report.title or REPORT_TITLES.get(kind, REPORT_TITLES["framgangsfaktorer"])[lang == "en"]
    if period and period.casefold() not in title.casefold():
        title = f"{title} {localised('report.period', lang, period=period)}"
    committees = _committees(report.items)
    names = [committee_title(c, settings) for c in committees]
    subtitle = localised(
        "report.source",
        lang,
        committees=(", ".join(names[:-1]) + f" {localised('and', lang)} " + names[-1] + " · ")
        if len(names) > 1
        else (names[0] + " · " if names else ""),
        items=counted_kind(len(report.items), kind, lang),
        file=report.path.replace("\\", "/").rsplit("/", 1)[-1],
    )
    subtitle = capitalise(subtitle)  # without committees it starts with the count
    blocks: list[Block] = []
    if report.errors:
        blocks.append(
            Paragraph(
                localised("report.banner", lang, errors=counted(report.errors, "error", lang)), "banner"
            )
        )
    body: list[Block] = []
    has_status = "status" in layout.columns or layout.computed
    body.append(Heading(1, localised("report.summary", lang)))
    if has_status:
        body.extend(Paragraph(t) for t in _summary(report, rollup) if t)
    else:
        body.append(Paragraph(localised("report.no-status", lang), "banner"))
    body.append(Heading(1, localised("report.scale", lang)))
    body.append(
        Paragraph(localised("report.scale-computed" if layout.computed else "report.scale-intro", lang))
    )
    body.append(_scale_table(report, rollup, settings, period))
    body.extend(_sections(report, settings, committees))
    headings = tuple(b for b in body if isinstance(b, Heading))
    blocks.append(Contents(localised("report.contents", lang), headings))
    blocks.extend(body)
    return DocumentPlan(
        title=title,
        subtitle=subtitle,
        language=lang,
        header=title,
        footer=localised("summary.footer", lang, page="{page}", pages="{pages}"),
        blocks=tuple(blocks),
    )


def _committees(items: Iterable[Item]) -> list[str]:
    return list(dict.fromkeys(c for i in items for c in i.committees))


def _summary(report: Report, rollup: RollUp) -> list[str]:
    lang, kind = report.language, report.layout.kind
    texts = [summary_sentence(kind, rollup.status, lang)]
    layout = report.layout
    if layout.computed:  # said wherever the counts are: they rest on the numbers, not on a status column
        texts.append(computed_line(layout, lang))
    if layout.by_fill:  # the counts rest on the cells' colours
        texts.append(by_fill_line(layout, lang))
    if any("target" in t.columns for t in report.layout.tables()):
        from xlfollow.core.targets import measured

        goals = measured(report.items)
        if goals is not None and goals.total:
            texts.append(target_sentence(kind, goals.total, goals.not_met, goals.undecided, lang))
    if report.change is not None:
        texts.append(report.change.sentence(kind, lang))
    by_status: dict[str, list[Item]] = {}
    for item in report.items:
        by_status.setdefault(status_key(item.status), []).append(item)
    for which, key in (("red", Status.RED.value), ("missing", Status.MISSING.value), ("unknown", UNKNOWN)):
        texts.append(named_sentence(kind, which, by_status.get(key, []), lang))
    return texts


def _scale_table(report: Report, rollup: RollUp, settings: Settings, period: str | None) -> Table:
    lang, kind = report.language, report.layout.kind
    found = _YEAR.search(period or "")
    year = found.group(0) if found else None
    # a computed status is green or red (never yellow): the scale shows what can occur
    wanted: list[Status | str] = (
        [Status.GREEN, Status.RED] if report.layout.computed else [Status.GREEN, Status.YELLOW, Status.RED]
    )
    counts = rollup.status
    wanted += [s for s in (Status.NOT_APPLICABLE, Status.MISSING) if counts.get(s.value, 0)]
    if counts.get(UNKNOWN, 0):
        wanted.append(UNKNOWN)
    rows = []
    for status in wanted:
        if isinstance(status, Status):
            fill, colour = STATUS_COLOURS[status]
            label = f"{SYMBOL[status]} {localised(f'status.{status.value}', lang)}"
        else:
            look = STYLES["status.unknown"]
            fill, colour = look.fill or "FFFFFF", look.font_colour or "000000"
            label = f"{UNKNOWN_SYMBOL} {localised('status.unknown', lang)}"
        rows.append(
            (Cell(label, fill, colour, bold=True), Cell(scale_text(status, kind, year, lang, settings)))
        )
    headers = (localised("report.status", lang), localised("report.meaning", lang))
    return Table(headers, (0.2, 0.8), tuple(rows), repeat_header=False)


def _sections(report: Report, settings: Settings, committees: list[str]) -> list[Block]:
    """One heading per committee (when the workbook names committees), one per perspective under
    it, each with its tables."""
    lang = report.language
    kind = report.layout.kind
    blocks: list[Block] = []
    if committees:
        groups: list[tuple[str, list[Item]]] = [
            (c, [i for i in report.items if c in i.committees]) for c in committees
        ]
        rest = [i for i in report.items if not i.committees]
        if rest:
            groups.append(("", rest))
        for number, (code, items) in enumerate(groups, start=1):
            heading = (
                committee_heading(committee_title(code, settings), kind, lang)
                if code
                else capitalise(localised("report.no-committee", lang, plural=noun(kind, lang)[2]))
            )
            blocks.append(Heading(1, f"{number} {heading}"))
            counts = roll_up(items).status
            blocks.append(Paragraph(summary_sentence(kind, counts, lang)))
            blocks.extend(_perspectives(report, items, f"{number}.", 2))
    else:
        blocks.extend(_perspectives(report, list(report.items), "", 1))
    return blocks


def _perspectives(report: Report, items: list[Item], prefix: str, level: int) -> list[Block]:
    lang = report.language
    perspectives = list(dict.fromkeys(i.perspective for i in items))
    if all(_none(p, "summary.no_perspective", lang) for p in perspectives):  # a region's book says so
        return _tables(report, items, prefix, level)
    blocks: list[Block] = []
    for number, perspective in enumerate(perspectives, start=1):
        name = perspective or localised("summary.no_perspective", lang)
        own = [i for i in items if i.perspective == perspective]
        blocks.append(Heading(level, f"{prefix}{number} {name}"))
        blocks.extend(_tables(report, own, f"{prefix}{number}.", level + 1))
    return blocks


def _tables(report: Report, items: list[Item], prefix: str, level: int) -> list[Block]:
    """The items' table; one table per kind (with a heading each) when the workbook's tables are
    of several kinds, as the 2018 report has "Aktiva mål" and "Framgångsfaktorer" under each
    perspective."""
    layouts = report.layout.tables()
    kinds = list(dict.fromkeys(layouts[i.table].kind for i in items))
    if len(kinds) == 1:
        return [_table(report, items)]
    blocks: list[Block] = []
    for number, kind in enumerate(kinds, start=1):
        heading = capitalise(noun(kind, report.language)[2])
        blocks.append(Heading(min(level, 3), f"{prefix}{number} {heading}"))
        blocks.append(_table(report, [i for i in items if layouts[i.table].kind == kind]))
    return blocks


def _table(report: Report, items: list[Item]) -> Table:
    lang = report.language
    layouts = report.layout.tables()
    used = {layouts[i.table].kind for i in items}
    kind = next(iter(used)) if len(used) == 1 else report.layout.kind
    present = set().union(*(layouts[t].columns for t in {i.table for i in items}))
    wanted = [f for f in FIELD_ORDER if f in present or f == "item"]
    if "goal" not in wanted and any(i.goal for i in items):
        wanted.insert(0, "goal")
    if "goal" in wanted and all(_none(i.goal, "summary.no_goal", lang) for i in items):
        wanted.remove("goal")
    headers = tuple(_header(report, f, kind, items) for f in wanted)
    total = sum(WIDTHS[f] for f in wanted)
    widths = tuple(WIDTHS[f] / total for f in wanted)
    rows = tuple(tuple(_cell(item, f, lang) for f in wanted) for item in items)
    return Table(headers, widths, rows, merge_first=wanted[0] == "goal")


def _none(value: str | None, key: str, lang: str) -> bool:
    """No value, or the words for none a region's workbook writes ("(utan perspektiv)")."""
    return value is None or value in (localised(key, "sv"), localised(key, "en"))


def _header(report: Report, name: str, kind: str, items: list[Item]) -> str:
    """The workbook's own header for a column ("Läge 2017-04-30"), else the report's word."""
    layouts = report.layout.tables()
    for table in dict.fromkeys(i.table for i in items):
        written = layouts[table].header(name)
        if written:
            return written
    if name == "item":
        return capitalise(noun(kind, report.language)[0])
    return localised(f"report.{name}", report.language)


def _cell(item: Item, name: str, lang: str) -> Cell:
    if name == "status":
        return status_cell(item, lang)
    if name == "item":
        text = item.text
        if item.id and not re.match(rf"\s*{re.escape(item.id)}\b", text):
            text = f"{item.id}. {text}"
        return Cell(text)
    return Cell(shown(getattr(item, name)))
