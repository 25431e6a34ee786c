"""The catalogue of problems: one record per code a check can report. Everything a code means is
here and only here: its severity, the cell it points at, when it is reported, what the user does
about it, and its sentences in Swedish and English (with the variants a rule may say instead).
The rules (``core/rules.py``) take their severity from it, the messages (``core/texts.MESSAGES``)
their sentences, and README's table of checks is printed from it (``python -m
xlfollow.core.problems``); ``tests/test_problems.py`` holds the three together.

Data, not logic: this module imports nothing from the package."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

Sentences = tuple[str, str]  # (Swedish, English)


class Severity(StrEnum):
    ERROR = "fel"
    WARNING = "varning"

    def label(self, language: str = "sv") -> str:
        """The severity's word: "fel"/"varning", "error"/"warning"."""
        return SEVERITY_WORDS[self][language == "en"]


SEVERITY_WORDS: dict[Severity, Sentences] = {
    Severity.ERROR: ("fel", "error"),
    Severity.WARNING: ("varning", "warning"),
}


@dataclass(frozen=True, eq=False, repr=False)  # (an entry of one catalogue: no equality or repr is
class Problem:  # asked of it, and each method less to build is 0.1 ms off every command's start-up)
    """One problem code.

    ``fields``: the columns the problem's cell may be in (a field of the layout; "header" for the
    header row, "settings" for the settings cell that caused it). ``cell``: that cell in words.
    ``when``: when it is reported. ``fix``: what the user does about it. ``sentence``: the message
    on the cell and on *Kontroll*; ``variants``: sentences a rule says instead, by name (the issue's
    ``variant``)."""

    code: str
    severity: Severity
    fields: tuple[str, ...]
    cell: Sentences
    when: Sentences
    fix: Sentences
    sentence: Sentences
    variants: dict[str, Sentences] = field(default_factory=dict)

    def key(self, variant: str | None = None) -> str:
        """The message key of the sentence (``code``, or ``code.variant``)."""
        if variant is None:
            return self.code
        if variant not in self.variants:
            raise KeyError(f"{self.code} has no variant {variant!r}")
        return f"{self.code}.{variant}"

    def sentences(self) -> dict[str, Sentences]:
        """Every sentence of the problem by its message key."""
        return {self.code: self.sentence} | {self.key(v): s for v, s in self.variants.items()}


ERROR, WARNING = Severity.ERROR, Severity.WARNING
_STATUS_CELL = ("lägescellen", "the status cell")

PROBLEMS: dict[str, Problem] = {
    p.code: p
    for p in (
        Problem(
            "missing-column",
            ERROR,
            ("header",),
            ("rubrikraden, kolumn A", "the header row, column A"),
            (
                "kolumnen för post eller läge hittas inte (en gång, inte per rad)",
                "the column of the item or of the status is not found (once, not per row)",
            ),
            (
                "ge kolumnen en rubrik xlfollow känner, eller ange `column.item`/`column.status`",
                "give the column a header xlfollow knows, or set `column.item`/`column.status`",
            ),
            (
                "Hittar ingen kolumn för {field} i rubrikraden (rad {row}). Ge kolumnen rubriken "
                "”{example}” eller ange column.{key} i inställningsbladet xlfollow.",
                "No column for {field} in the header row (row {row}). Give the column the header "
                "“{example}” or set column.{key} on the xlfollow settings sheet.",
            ),
        ),
        Problem(
            "unknown-status",
            ERROR,
            ("status",),
            _STATUS_CELL,
            (
                "lägescellen har något utanför ordlistan: ett okänt ord, en okänd färg eller ett felvärde",
                "the status cell holds something outside the vocabulary: an unknown word, an unknown "
                "colour or an error value",
            ),
            (
                "skriv ett känt läge, eller lär xlfollow ordet (`status.ORD`) eller färgen (`colour.RRGGBB`)",
                "write a known status, or teach xlfollow the word (`status.WORD`) or the colour "
                "(`colour.RRGGBB`)",
            ),
            (
                "Okänt läge ”{value}”. Skriv grön, gul, röd eller ej aktuell (eller ↑ → ↓), "
                "eller lägg till ordet i inställningsbladet xlfollow (status.{value} = grön, gul eller röd).",
                "Unknown status “{value}”. Write green, yellow, red or not applicable (or ↑ → ↓), "
                "or add the word on the xlfollow settings sheet (status.{value} = green/yellow/red).",
            ),
            {
                "scale": (
                    "”{value}” under steget ”{step}” är inget kryss. Sätt ett kryss (X) under det steg som"
                    " gäller och låt de andra stegen vara tomma.",
                    "“{value}” under the step “{step}” is no mark. Put a mark (X) under the step that applies"
                    " and leave the other steps empty.",
                ),
                "near": (
                    "Okänt läge ”{value}”. Menade du {near}? Skriv grön, gul, röd eller ej aktuell "
                    "(eller ↑ → ↓), eller lägg till ordet i inställningsbladet xlfollow "
                    "(status.{value} = grön, gul eller röd).",
                    "Unknown status “{value}”. Did you mean {near}? Write green, yellow, red or not "
                    "applicable (or ↑ → ↓), or add the word on the xlfollow settings sheet "
                    "(status.{value} = green/yellow/red).",
                ),
                "checkbox": (
                    "Lägescellen är en kryssruta ({value}), som inget säger om läget. Skriv läget i cellen:"
                    " grön, gul, röd eller ej aktuell.",
                    "The status cell is a checkbox ({value}), which says nothing of the status. Write the"
                    " status in the cell: green, yellow, red or not applicable.",
                ),
                "long": (
                    "Okänt läge ”{value}”. Skriv grön, gul, röd eller ej aktuell, eller kör xlfollow learn"
                    " (knappen Lär xlfollow läsa boken): texten skrivs då på bladet xlfollow, där ni väljer"
                    " vad den betyder.",
                    "Unknown status “{value}”. Write green, yellow, red or not applicable, or run xlfollow"
                    " learn (the button Lär xlfollow läsa boken): the text is then written on the xlfollow"
                    " sheet, where you choose what it means.",
                ),
                "colour": (
                    "Cellens färg {value} säger inget läge xlfollow känner. Skriv läget i cellen, eller "
                    "ange vad färgen betyder på bladet xlfollow (colour.{code} = grön, gul eller röd).",
                    "The cell's colour {value} says no status xlfollow knows. Write the status in the "
                    "cell, or say what the colour means on the xlfollow sheet (colour.{code} = green, "
                    "yellow or red).",
                ),
                "error": (
                    "Lägescellen visar felvärdet {value} (en formel som inte går att räkna ut). Rätta "
                    "formeln eller skriv grön, gul, röd eller ej aktuell.",
                    "The status cell shows the error value {value} (a formula that cannot be "
                    "calculated). Correct the formula or write green, yellow, red or not applicable.",
                ),
            },
        ),
        Problem(
            "summary-line",
            WARNING,
            ("item",),
            ("radens cell", "the row's cell"),
            (
                "en mening som räknar posterna står ensam under en rubrik och räknas inte som en post",
                "a sentence that counts the items stands alone under a heading and is not counted as an item",
            ),
            ("är det en post: ge den ett läge", "if it is an item: give it a status"),
            (
                "Raden lästes som rubrikens sammanfattning (den räknar posterna) och räknas inte. Är det en"
                " post: ge den ett läge.",
                "The row was read as the heading's summary (it counts the items) and is not counted. If it"
                " is an item: give it a status.",
            ),
        ),
        Problem(
            "rows-above-table",
            WARNING,
            ("item",),
            ("den första radens text", "the first row's text"),
            (
                "rader ovanför bladets första tabell ser ut som poster med läge (en lång text bredvid "
                "grön, gul eller röd) men står inte under någon rubrikrad",
                "rows above the sheet's first table look like items with a status (a long text beside "
                "green, yellow or red) but stand under no header row",
            ),
            (
                "sätt en rubrikrad över dem (till exempel ”Mål” och ”Läge”) eller flytta in dem i tabellen",
                "put a header row above them (for example “Goal” and “Status”) or move them into the table",
            ),
            (
                "Raderna {rows} ovanför tabellen på rad {header} ser ut som poster med läge men räknas "
                "inte: ingen rubrikrad står över dem. Sätt en rubrikrad över dem (till exempel ”Mål | "
                "Läge”) eller flytta in dem i tabellen.",
                "Rows {rows} above the table on row {header} look like items with a status but are not "
                "counted: no header row stands above them. Put a header row above them (for example "
                "“Goal | Status”) or move them into the table.",
            ),
        ),
        Problem(
            "duplicate-id",
            ERROR,
            ("id", "item"),
            (
                "id-cellen (eller postens cell) på den andra raden",
                "the id cell (or the item's cell) of the second row",
            ),
            ("två poster har samma id", "two items have the same id"),
            ("ge varje post ett eget nummer", "give every item its own number"),
            (
                "Id {id} används redan på rad {first_row}. Ge varje post ett eget nummer.",
                "Id {id} is already used on row {first_row}. Give every item its own number.",
            ),
        ),
        Problem(
            "missing-item",
            ERROR,
            ("item",),
            ("postens cell", "the item's cell"),
            ("en rad har innehåll men ingen posttext", "a row has content but no item text"),
            ("skriv in texten eller töm raden", "fill in the text or clear the row"),
            (
                "Raden har innehåll men ingen text i kolumnen ”{column}”. Skriv in texten eller töm raden.",
                "The row has content but no text in the column “{column}”. Fill in the text or clear "
                "the row.",
            ),
            {
                "block": (
                    "Blocket har ingen rubrik: ingen text står ensam på en rad ovanför dess etiketter. "
                    "Skriv postens text på en egen rad ovanför blocket.",
                    "The block has no heading: no text stands alone on a row above its labels. Write "
                    "the item's text on a row of its own above the block.",
                ),
            },
        ),
        Problem(
            "several-marks",
            WARNING,
            ("status",),
            ("cellen med det räknade krysset", "the cell of the counted mark"),
            (
                "en rad har kryss under två steg eller fler av skalan: det minst uppnådda räknas",
                "a row has marks under two steps of the scale or more: the least advanced is counted",
            ),
            (
                "låt bara krysset under det steg som gäller stå kvar",
                "leave only the mark under the step that applies",
            ),
            (
                "Kryss under flera steg ({marked}): räknas som ”{counted}”, det minst uppnådda. Låt bara"
                " krysset under det steg som gäller stå kvar.",
                "Marks under several steps ({marked}): counted as “{counted}”, the least advanced. Leave"
                " only the mark under the step that applies.",
            ),
        ),
        Problem(
            "block-not-counted",
            WARNING,
            ("item",),
            ("blockets rubrik", "the block's heading"),
            (
                "ett block har målens etiketter men ingen rad för läget och står i ett annat avsnitt än de "
                "bedömda målen: det räknas inte",
                "a block has the goals' labels but no row for its status and stands in another section than "
                "the assessed goals: it is not counted",
            ),
            (
                "är det ett mål, skriv raden med läget under rubriken",
                "if it is a goal, write the row with its status under the heading",
            ),
            (
                "Blocket har målens etiketter men ingen rad för sin bedömning och står i ett annat avsnitt än"
                " de bedömda målen, så det räknas inte. Är det ett mål: skriv en rad ”{label}” under"
                " rubriken med läget bredvid.",
                "The block has the goals' labels but no row for its assessment and stands in another section"
                " than the assessed goals, so it is not counted. If it is a goal: write a row “{label}” under"
                " the heading with the status beside it.",
            ),
        ),
        Problem(
            "missing-status",
            WARNING,
            ("status",),
            _STATUS_CELL,
            (
                "läge saknas; på en mätbar post med målvärde och utfall med det läge siffrorna föreslår",
                "no status; on a measurable item with a target and an outcome, with the status the "
                "numbers suggest",
            ),
            (
                "skriv grön, gul, röd eller ej aktuell (cellen fylls aldrig i åt dig)",
                "write green, yellow, red or not applicable (the cell is never filled in for you)",
            ),
            (
                "Bedömning saknas. Skriv grön, gul, röd eller ej aktuell.",
                "No assessment. Write green, yellow, red or not applicable.",
            ),
            {
                "scale": (
                    "Bedömning saknas: inget kryss under något av stegen {steps}. Sätt ett kryss under"
                    " det steg som gäller.",
                    "No assessment: no mark under any of the steps {steps}. Put a mark under the step"
                    " that applies.",
                ),
                "block": (
                    "Blocket har ingen rad för sin bedömning. Skriv en rad ”{label}” under rubriken med"
                    " läget bredvid (grön, gul, röd eller ej aktuell).",
                    "The block has no row for its assessment. Write a row “{label}” under the heading"
                    " with the status beside it (green, yellow, red or not applicable).",
                ),
                "suggested": (
                    "Bedömning saknas. Förslag: {suggestion} – {reason}. Skriv grön, gul, röd eller "
                    "ej aktuell.",
                    "No assessment. Suggested: {suggestion} – {reason}. Write green, yellow, red or not "
                    "applicable.",
                ),
            },
        ),
        Problem(
            "status-not-computed",
            WARNING,
            ("outcome",),
            ("utfallets cell", "the outcome's cell"),
            (
                "tabellen har ingen kolumn för läge, så läget beräknas ur målvärde och utfall; här går "
                "det inte (inget utfall, olika enheter, ett mål utan tal)",
                "the table has no status column, so the status is computed from target and outcome; "
                "here it cannot be (no outcome, different units, a target without a number)",
            ),
            (
                "skriv utfallet i målvärdets enhet, eller lägg till en kolumn för läget",
                "write the outcome in the target's unit, or add a status column",
            ),
            (
                "Läget kunde inte beräknas: {reason}. Skriv utfallet så att det går att jämföra med "
                "målvärdet, eller lägg till en kolumn för läget (Läge).",
                "The status could not be computed: {reason}. Write the outcome so that it can be "
                "compared with the target, or add a status column (Status).",
            ),
        ),
        Problem(
            "missing-comment",
            WARNING,
            ("comment",),
            ("kommentarens cell", "the comment's cell"),
            ("rött eller gult utan kommentar", "red or yellow without a comment"),
            ("förklara läget i kommentaren", "explain the status in the comment"),
            (
                "Läget är {status} men kommentar saknas. Förklara läget i kolumnen ”{column}”.",
                "The status is {status} but there is no comment. Explain the status in the column "
                "“{column}”.",
            ),
        ),
        Problem(
            "unknown-committee",
            WARNING,
            ("committee",),
            ("nämndens cell", "the committee's cell"),
            (
                "en nämndkod utanför RS, RUN, HSN, VVN och de inställda",
                "a committee code outside RS, RUN, HSN, VVN and those in the settings",
            ),
            (
                "rätta koden eller lägg till den under `committees`",
                "correct the code or add it under `committees`",
            ),
            (
                "Okänd nämnd ”{code}”. Kända: {known}. Rätta koden eller lägg till den under committees "
                "i inställningsbladet xlfollow.",
                "Unknown committee “{code}”. Known: {known}. Correct the code or add it under committees "
                "on the xlfollow settings sheet.",
            ),
        ),
        Problem(
            "bad-number",
            WARNING,
            ("target", "outcome"),
            ("målvärdets eller utfallets cell", "the target's or the outcome's cell"),
            (
                "målvärde/utfall (om kolumnerna finns) går inte att läsa som tal; `5,8 %`, `90%`, "
                "`12,4 dagar`, `Minus 2,5%`, `1 250 mkr` går bra, och `-`, `..`, `n/a`, `NA` betyder inget "
                "värde",
                "a target or outcome (where the columns exist) cannot be read as a number; `5,8 %`, "
                "`90%`, `12,4 dagar`, `Minus 2,5%`, `1 250 mkr` can, and `-`, `..`, `n/a`, `NA` mean no "
                "value",
            ),
            ("skriv talet, till exempel 5,8 % eller 90", "write the number, for example 5.8 % or 90"),
            (
                "”{value}” går inte att läsa som ett tal. Skriv till exempel 5,8 % eller 90.",
                "“{value}” cannot be read as a number. Write for example 5.8 % or 90.",
            ),
        ),
        Problem(
            "status-colour-mismatch",
            WARNING,
            ("status",),
            _STATUS_CELL,
            (
                "lägets text och cellens färg säger olika saker (`grön` i en röd cell)",
                "the status's text and the cell's colour say different things (`green` in a red cell)",
            ),
            ("rätta texten eller färgen", "correct the text or the colour"),
            (
                "Läget är skrivet ”{typed}” ({status}) men cellen är färgad {colour}. Rätta texten "
                "eller färgen.",
                "The status is written “{typed}” ({status}) but the cell is coloured {colour}. Correct "
                "the text or the colour.",
            ),
        ),
        Problem(
            "status-contradicts-target",
            WARNING,
            ("status",),
            _STATUS_CELL,
            (
                "läget är grönt men utfallet når inte målvärdet, eller rött fast det gör det (se "
                "*Mätbara mål*)",
                "the status is green but the outcome does not reach the target, or red although it "
                "does (see *Mätbara mål*)",
            ),
            ("se över läget (eller målvärdet)", "review the status (or the target)"),
            (
                "Läget är {status}, men {reason}: {verdict}. Se över läget (eller målvärdet).",
                "The status is {status}, but {reason}: {verdict}. Review the status (or the target).",
            ),
        ),
        Problem(
            "red-without-activities",
            WARNING,
            ("activities",),
            ("aktiviteternas cell", "the activities' cell"),
            (
                "rött eller gult men inga aktiviteter i aktivitetskolumnen (om den finns)",
                "red or yellow but no activities in the activities column (where there is one)",
            ),
            ("skriv vad som görs", "write what is being done"),
            (
                "Läget är {status} men inga aktiviteter är planerade. Skriv vad som görs i kolumnen "
                "”{column}”.",
                "The status is {status} but no activities are planned. Write what is being done in the "
                "column “{column}”.",
            ),
        ),
        Problem(
            "comment-contradicts-status",
            WARNING,
            ("comment",),
            ("kommentarens cell", "the comment's cell"),
            (
                'kommentaren säger motsatsen i klartext: "klart", "uppnått" på en röd post, '
                '"försenat", "ej uppnått" på en grön. Negerade, villkorade eller framtida ord '
                '("ska bli klart", "inte uppnått", "delvis uppfyllt") räknas inte, och inte heller '
                'en kommentar som säger både och ("utbildningen klar men målet uppnåddes inte")',
                'the comment says the opposite in plain words: "done", "achieved" on a red item, '
                '"delayed", "not achieved" on a green one. Negated, conditional or future words do '
                "not count, nor does a comment that says both",
            ),
            ("se över läget eller kommentaren", "review the status or the comment"),
            (
                "Läget är {status}, men kommentaren säger ”{words}”. Se över läget eller kommentaren.",
                "The status is {status}, but the comment says “{words}”. Review the status or the comment.",
            ),
        ),
        Problem(
            "unchanged-comment",
            WARNING,
            ("comment",),
            ("kommentarens cell", "the comment's cell"),
            (
                "jämfört med förra omgången (*Historik* eller `--previous`): en bedömd post vars "
                "kommentar är ordagrant densamma som förra gången",
                "compared with the previous round (*Historik* or `--previous`): an assessed item whose "
                "comment is word for word the previous one",
            ),
            ("skriv vad som har hänt sedan dess", "write what has happened since"),
            (
                "Kommentaren är ordagrant densamma som i förra uppföljningen ({previous}). Skriv vad som "
                "har hänt sedan dess.",
                "The comment is word for word the one of the previous follow-up ({previous}). Write what "
                "has happened since.",
            ),
            {
                "no-period": (  # the previous round named no period (Historik's "(ingen period)")
                    "Kommentaren är ordagrant densamma som i förra uppföljningen. Skriv vad som har hänt"
                    " sedan dess.",
                    "The comment is word for word the one of the previous follow-up. Write what has"
                    " happened since.",
                ),
            },
        ),
        Problem(
            "previous-not-found",
            WARNING,
            ("settings",),
            (
                "inställningen previous (eller databladets A1 för `--previous`)",
                "the setting previous (or the data sheet's A1 for `--previous`)",
            ),
            (
                "förra omgångens arbetsbok (`--previous` eller `previous`) finns inte; jämförelsen görs "
                "med *Historik*",
                "the previous round's workbook (`--previous` or `previous`) does not exist; the "
                "comparison uses *Historik*",
            ),
            (
                "rätta eller töm inställningen, eller ange filen med `--previous`",
                "correct or clear the setting, or give the file with `--previous`",
            ),
            (
                "Förra uppföljningens arbetsbok {path} finns inte; jämförelsen görs med bladet Historik om"
                " arbetsboken har ett. Rätta eller töm inställningen previous (en fil i arbetsbokens mapp),"
                " eller ange filen med --previous.",
                "The previous follow-up's workbook {path} does not exist; the comparison uses the Historik"
                " sheet if the workbook has one. Correct or clear the setting previous (a file in the"
                " workbook's folder), or give the file with --previous.",
            ),
        ),
        Problem(
            "previous-refused",
            WARNING,
            ("settings",),
            ("inställningen previous", "the setting previous"),
            (
                "inställningen `previous` pekar utanför arbetsbokens mapp (hel sökväg, `~`, `..`) eller "
                "på en länk; den läses inte",
                "the setting `previous` points outside the workbook's folder (a full path, `~`, `..`) "
                "or at a link; it is not read",
            ),
            (
                "skriv bara filnamnet och flytta filen dit, eller ange den med `--previous`",
                "write the file name only and move the file there, or give it with `--previous`",
            ),
            (
                "Inställningen previous = {path} läses inte: {detail}. En arbetsbok som har kommit med e-post"
                " får bara peka ut en fil i sin egen mapp. Skriv bara filnamnet (flytta filen dit), "
                "eller ange"
                " den med --previous.",
                "The setting previous = {path} is not read: {detail}. A workbook that arrived by e-mail may"
                " only name a file in its own folder. Write the file name only (and move the file there), or"
                " give it with --previous.",
            ),
        ),
        Problem(
            "previous-unreadable",
            WARNING,
            ("settings",),
            (
                "inställningen previous (eller databladets A1 för `--previous`)",
                "the setting previous (or the data sheet's A1 for `--previous`)",
            ),
            (
                "förra omgångens arbetsbok går inte att läsa (och varför); jämförelsen görs med *Historik*",
                "the previous round's workbook cannot be read (and why); the comparison uses *Historik*",
            ),
            (
                "öppna och spara den i Excel, eller ange en annan fil",
                "open and save it in Excel, or give another file",
            ),
            (
                "Förra uppföljningens arbetsbok kan inte läsas, så ingen jämförelse görs med den: {detail}",
                "The previous follow-up's workbook cannot be read, so it is not compared with: {detail}",
            ),
        ),
    )
}

_HEADINGS: dict[str, tuple[str, ...]] = {
    "sv": ("kod", "allvar", "cell", "när", "vad du gör"),
    "en": ("code", "severity", "cell", "when", "what you do"),
}


def readme_table(language: str = "sv") -> str:
    """README's table of checks, one row per code, in the catalogue's order."""
    i = language == "en"
    lines = ["| " + " | ".join(_HEADINGS[language]) + " |", "|" + "---|" * len(_HEADINGS[language])]
    for p in PROBLEMS.values():
        cells = (f"`{p.code}`", p.severity.label(language), p.cell[i], p.when[i], p.fix[i])
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


README_START = (
    "<!-- problems: printed by python -m xlfollow.core.problems; edit the catalogue, not this table -->"
)
README_END = "<!-- /problems -->"


def readme_block() -> str:
    """The README's block between its markers: the Swedish table, then the English one."""
    return "\n".join((README_START, readme_table("sv"), "", readme_table("en"), README_END))


if __name__ == "__main__":  # pragma: no cover - a developer's command
    import sys
    from pathlib import Path

    if sys.argv[1:2] == ["--write"]:
        path = Path(sys.argv[2] if len(sys.argv) > 2 else "README.md")
        text = path.read_text("utf-8")
        start, end = text.index(README_START), text.index(README_END) + len(README_END)
        path.write_text(text[:start] + readme_block() + text[end:], "utf-8")
    else:
        print(readme_block())
