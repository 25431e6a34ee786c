"""The words and sentences a user sees, in Swedish first and English second: the message
catalogue (every sentence by key), the nouns of each report kind, number words and month names.
Data only; the sentences are put together in ``core/texts.py``, and the problems' sentences are in
``core/problems.py``."""

from __future__ import annotations

LANGUAGES = ("sv", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    # --- input errors (exit code 2) ----------------------------------------------------------
    "file-not-found": (
        "Filen {path} finns inte. Kontrollera namnet och mappen.",
        "The file {path} does not exist. Check the name and the folder.",
    ),
    "not-a-workbook": (
        "{path} är ingen Excel-arbetsbok ({detail}). Öppna filen i Excel och spara den som "
        "Excel-arbetsbok (.xlsx).",
        "{path} is not an Excel workbook ({detail}). Open the file in Excel and save it as an "
        "Excel workbook (.xlsx).",
    ),
    "encrypted": (
        "{path} är lösenordsskyddad. Ta bort lösenordet i Excel (Arkiv > Info > Skydda arbetsbok) "
        "och försök igen.",
        "{path} is password-protected. Remove the password in Excel (File > Info > Protect "
        "Workbook) and try again.",
    ),
    "corrupt": (
        "{path} är skadad och kan inte läsas ({detail}). Öppna den i Excel, spara den igen och "
        "försök på nytt.",
        "{path} is damaged and cannot be read ({detail}). Open it in Excel, save it again and try again.",
    ),
    "too-large": (
        "{path} är för stor att läsa säkert: {detail} (gränsen är {limit}). Dela upp arbetsboken "
        "eller ta bort tomma rader och kolumner.",
        "{path} is too large to read safely: {detail} (the limit is {limit}). Split the workbook "
        "or delete empty rows and columns.",
    ),
    "no-header": (
        "Hittar ingen rubrikrad i {path}: inget blad har kolumner som ”Framgångsfaktor” och "
        "”Läge”. Lägg till rubriker eller ange sheet och header_row i inställningsbladet xlfollow.",
        "No header row found in {path}: no sheet has columns such as “Success factor” and "
        "“Status”. Add headers or set sheet and header_row on the xlfollow settings sheet.",
    ),
    "header-incomplete": (
        "{path} ser inte ut som en uppföljning: rubrikraden (bladet ”{sheet}”, rad {row}) har ingen "
        "kolumn för {field}. Ge kolumnen rubriken ”{example}” eller ange column.{key} i "
        "inställningsbladet xlfollow. Inget har ändrats.",
        "{path} does not look like a follow-up: the header row (sheet “{sheet}”, row {row}) has no "
        "column for {field}. Give the column the header “{example}” or set column.{key} on the "
        "xlfollow settings sheet. Nothing was changed.",
    ),
    "strict-read-only": (
        "{path} är sparad som Strikt Open XML. xlfollow kan kontrollera och räkna den men inte skriva "
        "i den. Spara den i Excel som vanlig Excel-arbetsbok (Arkiv > Spara som > Excel-arbetsbok) "
        "och kör igen. Inget har ändrats.",
        "{path} is saved as Strict Open XML. xlfollow can check and count it but not write into it. "
        "Save it in Excel as an ordinary Excel workbook (File > Save As > Excel Workbook) and run "
        "again. Nothing was changed.",
    ),
    "sheet-encoding": (
        "Databladet i {path} är sparat i en teckenkodning som xlfollow inte skriver i (inte UTF-8). "
        "Öppna arbetsboken i Excel, spara den och kör igen. Inget har ändrats.",
        "The data sheet in {path} is stored in a character encoding xlfollow does not write (not "
        "UTF-8). Open the workbook in Excel, save it and run again. Nothing was changed.",
    ),
    "period-missing": (
        'Ange den nya periodens namn med --period, till exempel --period "augusti 2018".',
        'Give the new period\'s name with --period, for example --period "August 2018".',
    ),
    "odd-cells": (
        "Bladet ”{sheet}” i {path} har celler utan cellreferens (skrivna av ett annat program än Excel);"
        " cellerna kan inte skrivas säkert. Öppna och spara arbetsboken i Excel och försök igen.",
        "The sheet “{sheet}” in {path} has cells without a reference (written by a program other than"
        " Excel); its cells cannot be written safely. Open and save the workbook in Excel and try"
        " again.",
    ),
    "excel.no-notes": (
        "Den här Excel-versionen kan inte skriva anteckningar: problemen står på bladet Kontroll.",
        "This version of Excel cannot write notes: the problems are on the Kontroll sheet.",
    ),
    "sheet-not-found": (
        "Bladet ”{sheet}” som inställningarna anger finns inte i {path}. Bladen heter: {sheets}.",
        "The sheet “{sheet}” named in the settings is not in {path}. The sheets are: {sheets}.",
    ),
    "sheet-own-not-found": (
        "Inställningsbladet xlfollow har rader för bladet ”{sheet}” ({lines}), men det bladet finns inte i"
        " {path}. Bladen heter: {sheets}. Skriv bladets nya namn i raderna, eller ta bort dem.",
        "The settings sheet xlfollow has lines for the sheet “{sheet}” ({lines}), but that sheet is not"
        " in {path}. The sheets are: {sheets}. Write the sheet's new name in the lines, or delete them.",
    ),
    "header-row-empty": (
        "Rad {row} på bladet ”{sheet}” (header_row i inställningarna) är tom. Ange raden där "
        "rubrikerna står.",
        "Row {row} on the sheet “{sheet}” (header_row in the settings) is empty. Give the row "
        "that holds the headers.",
    ),
    "column-not-found": (
        "Kolumnen ”{value}” för column.{key} i inställningarna finns inte i rubrikraden (rad {row}). "
        "Ange en kolumnbokstav (t.ex. D) eller rubriken exakt som den står.",
        "The column “{value}” for column.{key} in the settings is not in the header row (row "
        "{row}). Give a column letter (e.g. D) or the header exactly as written.",
    ),
    "setting-unknown": (
        "Okänd inställning ”{key}” ({where}). Giltiga: {known}.",
        "Unknown setting “{key}” ({where}). Valid: {known}.",
    ),
    "setting-bad-value": (
        "Felaktigt värde ”{value}” för inställningen {key} ({where}). {hint}",
        "Bad value “{value}” for the setting {key} ({where}). {hint}",
    ),
    "config-unreadable": (
        "Inställningsfilen {path} kan inte läsas: {detail}. Rätta filen (TOML, nyckel = värde).",
        "The settings file {path} cannot be read: {detail}. Correct the file (TOML, key = value).",
    ),
    "locked": (
        "{path} är öppen i Excel eller i ett annat program (låsfilen {lock} finns). Stäng "
        "arbetsboken och försök igen.",
        "{path} is open in Excel or another program (the lock file {lock} exists). Close the "
        "workbook and try again.",
    ),
    "locked-report": (
        "{path} är öppen i Word eller i ett annat program (låsfilen {lock} finns). Stäng "
        "rapporten och försök igen.",
        "{path} is open in Word or another program (the lock file {lock} exists). Close the "
        "report and try again.",
    ),
    "read-only": (
        "{path} är skrivskyddad. Ta bort skrivskyddet (filens egenskaper) eller skriv till en annan "
        "fil med -o. Inget ändrades.",
        "{path} is read-only. Remove the read-only mark (the file's properties) or write to another "
        "file with -o. Nothing was changed.",
    ),
    "open-in-excel": (
        "{path} är öppen i Excel (låsfilen {lock} finns): ändringar som inte är sparade kommer inte "
        "med. Spara arbetsboken i Excel först om de ska med.",
        "{path} is open in Excel (the lock file {lock} exists): changes not yet saved are not "
        "included. Save the workbook in Excel first if they should be.",
    ),
    "busy": (
        "En annan xlfollow skriver just nu till {path}. Vänta tills den är klar och försök igen.",
        "Another xlfollow is writing {path} right now. Wait until it is done and try again.",
    ),
    "write-failed": (
        "Kunde inte skriva {path}: {detail}. Kontrollera att mappen finns, att filen inte är "
        "öppen och att du har skrivrättighet.",
        "Could not write {path}: {detail}. Check that the folder exists, that the file is not "
        "open and that you have write permission.",
    ),
    "verify-failed": (
        "Kontrollen efter skrivningen hittade skillnader i bladet ”{sheet}” i {path}. Inget har "
        "sparats och arbetsboken är orörd. Skicka arbetsboken till den som förvaltar xlfollow.",
        "The check after writing found differences on the sheet “{sheet}” of {path}. Nothing was "
        "saved and the workbook is untouched. Send the workbook to whoever maintains xlfollow.",
    ),
    "learn-protected": (
        "Bladet ”{sheet}” i {path} är skyddat, så raderna xlfollow skriver där skulle inte gå att rätta."
        " Ta bort skyddet (Granska > Ta bort bladets skydd) och lär in boken igen. Inget har ändrats.",
        "The sheet “{sheet}” in {path} is protected, so the lines xlfollow writes there could not be"
        " corrected. Unprotect it (Review > Unprotect Sheet) and learn the workbook again. Nothing has"
        " changed.",
    ),
    "learn-locked": (
        "Arbetsbokens struktur i {path} är låst, så bladet xlfollow kan inte läggas till. Lås upp den"
        " (Granska > Skydda arbetsbok) och lär in boken igen. Inget har ändrats.",
        "The structure of the workbook {path} is locked, so the sheet xlfollow cannot be added. Unlock"
        " it (Review > Protect Workbook) and learn the workbook again. Nothing has changed.",
    ),
    "learn-hidden": (
        " Bladet xlfollow är dolt: högerklicka på en bladflik och välj Ta fram för att se det.",
        " The sheet xlfollow is hidden: right-click a sheet tab and choose Unhide to see it.",
    ),
    "same-output": (
        "Utfilen är samma som arbetsboken {path}. Ange en annan fil med -o eller använd "
        "--in-place för att skriva i arbetsboken.",
        "The output file is the workbook {path} itself. Give another file with -o or use "
        "--in-place to write into the workbook.",
    ),
    "output-not-xlsx": (
        "Utfilen {path} måste sluta på .xlsx eller .xlsm, samma som arbetsboken ({suffix}).",
        "The output file {path} must end in .xlsx or .xlsm, the same as the workbook ({suffix}).",
    ),
    "output-not-docx": (
        "Rapporten {path} måste sluta på .docx (ett Word-dokument). Ange ett annat namn med -o.",
        "The report {path} must end in .docx (a Word document). Give another name with -o.",
    ),
    "template-not-xlsx": (
        "Mallen {path} måste sluta på .xlsx (en mall har inga makron).",
        "The template {path} must end in .xlsx (a template has no macros).",
    ),
    "template-exists": (
        "{path} finns redan och skrivs inte över (den kan vara en ifylld arbetsbok). Välj ett annat "
        "namn, eller lägg till --force för att ersätta filen.",
        "{path} already exists and is not overwritten (it may be a filled-in workbook). Choose "
        "another name, or add --force to replace the file.",
    ),
    "input-is-folder": (
        "{path} är en mapp, inte en arbetsbok. Ange arbetsbokens fil (.xlsx eller .xlsm).",
        "{path} is a folder, not a workbook. Give the workbook's file (.xlsx or .xlsm).",
    ),
    "output-is-folder": (
        "{path} är en mapp. Ange ett filnamn som slutar på .xlsx.",
        "{path} is a folder. Give a file name ending in .xlsx.",
    ),
    "in-place-and-output": (
        "Välj antingen --in-place (skriv i arbetsboken) eller -o {path} (skriv en ny fil), inte båda.",
        "Choose either --in-place (write into the workbook) or -o {path} (write a new file), not both.",
    ),
    "detail.suffix": (
        "filändelsen {suffix} är inte .xlsx eller .xlsm",
        "the extension {suffix} is not .xlsx or .xlsm",
    ),
    "unknown-kind": (
        "Okänd rapporttyp ”{kind}”. Välj en av: {kinds}.",
        "Unknown report kind “{kind}”. Choose one of: {kinds}.",
    ),
    "usage-error": (
        "{problem}. Skriv xlfollow --help för kommandona, eller xlfollow KOMMANDO --help.",
        "{problem}. Type xlfollow --help for the commands, or xlfollow COMMAND --help.",
    ),
    "system-error": (
        "Det gick inte: {detail}. Kontrollera filen och mappen och försök igen.",
        "That did not work: {detail}. Check the file and the folder and try again.",
    ),
    "pdf-no-libreoffice": (
        "Ingen PDF skrevs ({path}): LibreOffice finns inte på datorn. Installera LibreOffice, eller "
        "öppna arbetsboken i Excel och skriv ut bladet Sammanställning som PDF (Arkiv > Exportera).",
        "No PDF was written ({path}): LibreOffice is not installed. Install LibreOffice, or open the "
        "workbook in Excel and save the sheet Sammanställning as PDF (File > Export).",
    ),
    "report-check-failed": (
        "Rapporten {path} kunde inte läsas tillbaka efter att den skrevs ({what}); inget har ersatts. "
        "Försök igen, och hör av dig till den som sköter xlfollow om det händer igen.",
        "The report {path} could not be read back after it was written ({what}); nothing was replaced. "
        "Try again, and tell whoever looks after xlfollow if it happens again.",
    ),
    "report-remote": (
        "Rapporten kan bara skrivas i Excel på datorn eller med xlfollow report: den här Excel-"
        "versionen (på webben eller xlwings Lite) kan inte spara en fil bredvid arbetsboken.",
        "The report can only be written in Excel on the computer or with xlfollow report: this Excel "
        "(on the web, or xlwings Lite) cannot save a file beside the workbook.",
    ),
    "report-pdf-no-libreoffice": (
        "Ingen PDF skrevs ({path}): LibreOffice finns inte på datorn. Installera LibreOffice, eller "
        "öppna rapporten i Word och spara den som PDF (Arkiv > Spara som > PDF).",
        "No PDF was written ({path}): LibreOffice is not installed. Install LibreOffice, or open the "
        "report in Word and save it as PDF (File > Save As > PDF).",
    ),
    "report-pdf-failed": (
        "Ingen PDF skrevs ({path}): LibreOffice kunde inte göra om rapporten. Stäng LibreOffice om "
        "det är öppet och försök igen, eller spara rapporten som PDF från Word.",
        "No PDF was written ({path}): LibreOffice could not convert the report. Close LibreOffice if "
        "it is open and try again, or save the report as PDF from Word.",
    ),
    "cli-report": ("Rapporten är skriven: {path}", "The report is written: {path}"),
    "excel.learned-unread": (
        "xlfollow kunde inte läsa boken ({reason}). Det som saknas står nu som rader att fylla i på"
        " bladet xlfollow (från rad {row}, märkta Kontrollera); fyll i dem och klicka igen.{hidden}",
        "xlfollow could not read the workbook ({reason}). What is missing now stands as lines to fill in"
        " on the xlfollow sheet (from row {row}, marked Check); fill them in and click again.{hidden}",
    ),
    "excel.learned": (
        "Bladet xlfollow visar nu hur boken lästes (från rad {row}): lägestexter och färger: {statuses};"
        " rader märkta Kontrollera: {unsure}. Rätta värdet i kolumn B där det är fel; nästa körning"
        " läser precis det som står där.{hidden}",
        "The xlfollow sheet now shows how the workbook was read (from row {row}): status texts and"
        " colours: {statuses}; lines marked Check: {unsure}. Correct the value in column B where it is"
        " wrong; the next run reads exactly what stands there.{hidden}",
    ),
    "excel.report": (
        "Rapporten är skriven: {path}. Öppna den i Word; innehållsförteckningen fylls i när Word "
        "frågar om fälten ska uppdateras.",
        "The report is written: {path}. Open it in Word; the table of contents is filled in when Word "
        "asks whether to update the fields.",
    ),
    "pdf-failed": (
        "Ingen PDF skrevs ({path}): LibreOffice kunde inte göra om bladen. Stäng LibreOffice om det "
        "är öppet och försök igen, eller skriv ut bladet Sammanställning från Excel.",
        "No PDF was written ({path}): LibreOffice could not convert the sheets. Close LibreOffice if "
        "it is open and try again, or print the sheet Sammanställning from Excel.",
    ),
    "cli-pdf": ("Skrev {path}.", "Wrote {path}."),
    "excel.no-pdf": (
        "Ingen PDF: tryck först på Sammanställ, eller skriv ut bladet Sammanställning som PDF "
        "(Arkiv > Exportera).",
        "No PDF: press Sammanställ first, or save the sheet Sammanställning as PDF (File > Export).",
    ),
    "help.send": (
        "skicka ut: en arbetsbok (utan makron) och ett e-postutkast per enhet",
        "send out: one macro-free workbook and one e-mail draft per unit",
    ),
    "help.send-output": (
        "mappen att skriva i (standard: NAMN-utskick bredvid arbetsboken)",
        "the folder to write in (default: NAME-utskick beside the workbook)",
    ),
    "help.by": (
        "vad enheterna är: committee, perspective, goal eller en kolumns rubrik eller bokstav (standard:"
        " nämnden)",
        "what the units are: committee, perspective, goal, or a column's header or letter (default: the"
        " committee)",
    ),
    "help.collect": (
        "samla in: för in enheternas svar i arbetsbokens egna celler",
        "collect: write the units' answers into the workbook's own cells",
    ),
    "help.answers": ("enheternas svar (filer eller mappar)", "the units' answers (files or folders)"),
    "help.collect-output": (
        "den nya arbetsboken (standard: NAMN-insamlad.xlsx)",
        "the new workbook (default: NAME-insamlad.xlsx)",
    ),
    "help.previous": (
        "förra uppföljningens arbetsbok: sammanställningen säger vad som har ändrats sedan dess",
        "the previous follow-up's workbook: the summary says what has changed since",
    ),
    "help.pdf": (
        "skriv också sammanställningen som PDF (NAMN-sammanstallning.pdf; kräver LibreOffice)",
        "also write the summary as a PDF (NAME-sammanstallning.pdf; needs LibreOffice)",
    ),
    "help.pdf-control": ("ta med bladet Kontroll i PDF:en", "include the Kontroll sheet in the PDF"),
    "internal-error": (
        "Ett oväntat fel inträffade ({detail}). Arbetsboken har inte ändrats. Kör med --debug och "
        "skicka utskriften till den som förvaltar xlfollow.",
        "An unexpected error occurred ({detail}). The workbook was not changed. Run with --debug "
        "and send the output to whoever maintains xlfollow.",
    ),
    "hint.email": ("en e-postadress, t.ex. namn@region.se", "an e-mail address, e.g. name@region.se"),
    "hint.status": (
        "Skriv grön, gul, röd eller ej aktuell (eller green, yellow, red, not_applicable).",
        "Write green, yellow, red or not_applicable (or grön, gul, röd, ej aktuell).",
    ),
    "hint.per-sheet": (
        "Ett blads egna inställningar skrivs Blad!nyckel med nyckeln header_row, period, status_by,"
        " column.<fält> eller status.<text>, t.ex. BUN!column.status = D, BUN!header_row = 4 eller"
        " BUN!status.Y = grön.",
        "A sheet's own settings are written Sheet!key with the key header_row, period, status_by,"
        " column.<field> or status.<text>, e.g. BUN!column.status = D, BUN!header_row = 4 or"
        " BUN!status.Y = green.",
    ),
    "hint.threshold": (
        "Skriv threshold.grön eller threshold.gul och ett tal som värde, t.ex. threshold.grön = 90 % "
        "(ett tal i lägeskolumnen på eller över gränsen är det läget; under den gula är det rött).",
        "Write threshold.green or threshold.yellow and a number as the value, e.g. threshold.green = 90 % "
        "(a number in the status column at or beyond it is that status; below the yellow one, red).",
    ),
    "hint.scale": (
        "Skriv läget efter scale., t.ex. scale.grön, scale.gul, scale.röd, scale.ej aktuell eller "
        "scale.saknas, och lägets innebörd som värde.",
        "Write the status after scale., e.g. scale.green, scale.yellow, scale.red, "
        "scale.not_applicable or scale.missing, and what it means as the value.",
    ),
    "hint.colour": (
        "Skriv färgen som sex hexadecimala tecken efter colour., till exempel colour.00B050 = grön.",
        "Write the colour as six hexadecimal digits after colour., for example colour.00B050 = green.",
    ),
    "hint.committee": (
        "Skriv nämndens namn efter committee. och koden som värde, t.ex. committee.Barn- och "
        "utbildningsnämnden = BUN.",
        "Write the committee's name after committee. and its code as the value, e.g. "
        "committee.Children's Services = CS.",
    ),
    "hint.row": ("Skriv radnumret, till exempel 3.", "Write the row number, for example 3."),
    "hint.language": ("Skriv sv eller en.", "Write sv or en."),
    "hint.status-by": (
        "Skriv fill (läget är lägescellernas fyllnadsfärg, vad de än innehåller) eller text (läget är "
        "aldrig en färg på hela tabellen).",
        "Write fill (the status is the fill colour of the status cells, whatever they hold) or text "
        "(the status is never a colour over the whole table).",
    ),
    "hint.kind": (
        "Skriv en av: framgangsfaktorer, resultatmal, aktiva-mal, handlingsplaner, poster.",
        "Write one of: framgangsfaktorer, resultatmal, aktiva-mal, handlingsplaner, poster.",
    ),
    # --- how the workbook was read (check, Kontroll) ------------------------------------------
    "reading.title": ("Så lästes arbetsboken", "How the workbook was read"),
    "reading.sheet": (
        "Datablad: ”{sheet}”, rubriker på rad {row}.",
        "Data sheet: “{sheet}”, headers on row {row}.",
    ),
    "reading.sheet-blocks": (
        "Datablad: ”{sheet}”, i block med etiketter i kolumn {labels_col}: varje post är texten ensam på"
        " sin rad ovanför sitt block, och dess läge står i kolumn {col} bredvid {labels}.",
        "Data sheet: “{sheet}”, in blocks with labels in column {labels_col}: each item is the text alone"
        " on its row above its block, and its status stands in column {col} beside {labels}.",
    ),
    "reading.sheet-blocks-scale": (
        "Datablad: ”{sheet}”, i block med etiketter i kolumn {labels_col}: varje post är texten ensam på"
        " sin rad ovanför sitt block, och dess läge är steget med ett kryss bredvid {labels}, under"
        " stegen {steps}.",
        "Data sheet: “{sheet}”, in blocks with labels in column {labels_col}: each item is the text alone"
        " on its row above its block, and its status is the step holding a mark beside {labels}, under"
        " the steps {steps}.",
    ),
    "reading.sheet-blocks-below": (
        "Datablad: ”{sheet}”, i block i kolumn {labels_col}: varje post är blockets rubrik (numrerad, eller"
        " ingen mening), och dess läge står på raden under {labels}.",
        "Data sheet: “{sheet}”, in blocks in column {labels_col}: each item is its block's heading"
        " (numbered, or no sentence), and its status stands on the row under {labels}.",
    ),
    "reading.sheet-blocks-cell": (
        "Datablad: ”{sheet}”, i block i kolumn {labels_col}: varje post är blockets rubrik (numrerad, eller"
        " ingen mening), och dess läge står efter {labels} i samma cell.",
        "Data sheet: “{sheet}”, in blocks in column {labels_col}: each item is its block's heading"
        " (numbered, or no sentence), and its status stands after {labels} in the same cell.",
    ),
    "reading.sheet-blocks-lead": (
        "Datablad: ”{sheet}”, i block i kolumn {labels_col}: varje post är ett block med numrerad rubrik"
        " ({labels}), och dess läge är den första cellen under rubriken som är ett läge, i kolumn {col}.",
        "Data sheet: “{sheet}”, in blocks in column {labels_col}: each item is a block with a numbered"
        " heading ({labels}), and its status is the first cell under the heading that is a status, in"
        " column {col}.",
    ),
    "reading.sheet-headerless": (
        "Datablad: ”{sheet}”, utan rubrikrad: tabellen börjar på rad {row}, och kolumnerna är lästa ur"
        " sina värden.",
        "Data sheet: “{sheet}”, with no header row: the table starts on row {row}, and the columns are"
        " read from their values.",
    ),
    "reading.sheet-headerless-given": (
        "Datablad: ”{sheet}”, utan rubrikrad: tabellen börjar på rad {row}, och kolumnerna är de som"
        " inställningsbladet xlfollow anger.",
        "Data sheet: “{sheet}”, with no header row: the table starts on row {row}, and the columns are"
        " those the settings sheet xlfollow names.",
    ),
    "reading.table": (
        "Tabell {n}: bladet ”{sheet}”, rubriker på rad {row}{end}.",
        "Table {n}: sheet “{sheet}”, headers on row {row}{end}.",
    ),
    "reading.table_end": (" till rad {row}", " to row {row}"),
    "reading.table-headerless": (
        "Tabell {n}: bladet ”{sheet}”, utan rubrikrad, från rad {row}{end}; kolumnerna är lästa ur sina"
        " värden.",
        "Table {n}: sheet “{sheet}”, with no header row, from row {row}{end}; the columns are read from"
        " their values.",
    ),
    "reading.table_title": (
        "Rubriken ovanför, ”{title}”, läses som perspektiv.",
        "The title above it, “{title}”, is read as the perspective.",
    ),
    "reading.group": (
        "Bladets namn läses som {field}.",
        "The sheet's name is read as the {field}.",
    ),
    "reading.by-colour": (
        " Tolkat av färgen cellerna står på (alla har samma); skriv {line} på bladet xlfollow om det"
        " stämmer.",
        " Read by the colour the cells stand on (all the same); write {line} on the xlfollow sheet if"
        " that is right.",
    ),
    "reading.by-legend": (
        " Tolkat efter bladets teckenförklaring; skriv {line} på bladet xlfollow om det stämmer.",
        " Read by the sheet's legend; write {line} on the xlfollow sheet if that is right.",
    ),
    "reading.by-grade": (
        " Tolkat tillsammans med kolumnens rubrik; skriv {line} på bladet xlfollow om det stämmer.",
        " Read with the column's header; write {line} on the xlfollow sheet if that is right.",
    ),
    "reading.unread-blocks": (
        "Bladet ”{sheet}” har block med läge (en rubrik och etiketter per post) men lästes inte:"
        " tabellen på bladet ”{first}” är uppföljningen. Skriv sheet = {sheet} på bladet xlfollow"
        " för att läsa blocken i stället.",
        "The sheet “{sheet}” holds blocks with a status (a heading and labels per item) but was not"
        " read: the table on the sheet “{first}” is the follow-up. Write sheet = {sheet} on the"
        " xlfollow sheet to read the blocks instead.",
    ),
    "reading.repeats": (
        "Bladet ”{sheet}” har samma poster som ”{first}” och lästes inte (en annan period eller en"
        " kopia). Skriv sheet = {sheet} på bladet xlfollow för att läsa det i stället.",
        "The sheet “{sheet}” holds the same items as “{first}” and was not read (another period or a"
        " copy). Write sheet = {sheet} on the xlfollow sheet to read it instead.",
    ),
    "reading.mixed": (
        "Tabellerna följer upp olika slag av poster ({kinds}); de räknas tillsammans som poster."
        " Skriv kind = … på bladet xlfollow för att välja ett.",
        "The tables follow up different kinds of items ({kinds}); they are counted together as items."
        " Write kind = … on the xlfollow sheet to choose one.",
    ),
    "reading.columns": ("Kolumner: {columns}.", "Columns: {columns}."),
    "reading.column": ("{field} {col} ”{header}”", "{field} {col} “{header}”"),
    "reading.column-unheaded": ("{field} {col} (utan rubrik)", "{field} {col} (no header)"),
    "reading.column-scale": (
        "{field}: kolumnen med ett kryss av {steps}",
        "{field}: the column holding a mark of {steps}",
    ),
    "reading.look-headings": (
        "Rubriker som skiljs från posterna bara av sitt utseende (fet, kursiv eller skuggad), inte"
        " räknade: rad {rows}. Är någon av dem en post: ge den ett läge eller samma utseende som posterna.",
        "Headings told from the items only by their look (bold, italic or shaded), not counted: row"
        " {rows}. If one of them is an item: give it a status or the items' look.",
    ),
    "reading.prose": (
        "Varje tabell har en rad under sin rubrikrad; texten mellan tabellerna är inte poster och"
        " räknas inte: rad {rows}. Är någon av dem en post: ge den en egen rubrikrad.",
        "Each table has one row under its header; the text between the tables is no item and is not"
        " counted: row {rows}. If one of them is an item: give it a header row of its own.",
    ),
    "reading.commentary": (
        "Text under en tabells poster, som alla har värden, är tabellens kommentar och räknas inte"
        " som poster: rad {rows}. Är någon av dem en post: skriv dess värden.",
        "Text under a table whose items all hold values is the table's commentary and not counted"
        " as items: row {rows}. If one of them is an item: write its values.",
    ),
    "reading.labelled": (
        "Raderna under varje post med etiketter som återkommer (”Uppdragsår”, ett datum) är postens"
        " block och räknas inte som poster: rad {rows}. Etikettens text blir postens kommentar där den"
        " saknar en.",
        "The rows under each item with labels that recur (“Year”, a date) are the item's block and not"
        " counted as items: row {rows}. A label's text becomes the item's comment where it has none.",
    ),
    "reading.rows-on-sheet": ("{rows} i bladet ”{sheet}”", "{rows} on sheet “{sheet}”"),
    "reading.and-row": (" och rad ", " and row "),
    "reading.assumed-direction": (
        "Ingen text säger om mer eller mindre är bättre på rad {rows}: läget är räknat som om målvärdet"
        " är det minsta (det högsta för sådant som ska vara lågt, som sjukfrånvaro och väntetider)."
        " Skriv ”minst” eller ”högst” i målvärdet där det är fel.",
        "No text says whether more or less is better on row {rows}: the status is computed as if the"
        " target were the least (the most for what should be low, such as sick leave and waiting"
        " times). Write “at least” or “at most” in the target where that is wrong.",
    ),
    "reading.other-table": (
        "En annan tabell börjar med rubrikerna på rad {rows} (inget läge under dem): målen slutar"
        " ovanför den, och dess rader räknas inte.",
        "Another table starts with the headers on row {rows} (no status under them): the goals end"
        " above it, and its rows are not counted.",
    ),
    "reading.thresholds": (
        "Lägena är tal, lästa mot gränserna i teckenförklaringen på bladet ”{sheet}”: {bands}. Skriv"
        " threshold.grön och threshold.gul på bladet xlfollow för andra gränser.",
        "The statuses are numbers, read against the thresholds of the legend on the sheet “{sheet}”:"
        " {bands}. Write threshold.green and threshold.yellow on the xlfollow sheet for others.",
    ),
    "reading.answers": (
        "Lägeskolumnen ”{header}” svarar på frågan i sin rubrik: ja läses som grön, delvis som gul och"
        " nej som röd.",
        "The status column “{header}” answers the question its header asks: yes is read as green,"
        " partly as yellow and no as red.",
    ),
    "reading.ruled": (
        "Lägena är tal som bladets villkorsstyrda formatering färgar, lästa som den färg Excel visar"
        " dem med: {statuses}. Ändra reglerna i Excel (Villkorsstyrd formatering), eller skriv"
        " threshold.grön och threshold.gul på bladet xlfollow för andra gränser.",
        "The statuses are numbers that the sheet's conditional formatting colours, read as the colour"
        " Excel shows them in: {statuses}. Change the rules in Excel (Conditional Formatting), or write"
        " threshold.green and threshold.yellow on the xlfollow sheet for other thresholds.",
    ),
    "reading.iconed": (
        "Lägena är tal som bladets ikonuppsättning visar som ikoner, lästa som ikonen: {statuses}.",
        "The statuses are numbers that the sheet's icon set shows as icons, read as the icon: {statuses}.",
    ),
    "reading.ruled-status": ("{status}{rules} i {count}", "{status}{rules} in {count}"),
    "reading.iconed-status": ("{status} i {count}", "{status} in {count}"),
    "reading.threshold-from": ("{status} från {value}", "{status} from {value}"),
    "reading.threshold-to": ("{status} till {value}", "{status} up to {value}"),
    "reading.threshold-above": ("{status} över {value}", "{status} above {value}"),
    "reading.threshold-below": ("{status} under {value}", "{status} below {value}"),
    "reading.period": ("Period: {period}.", "Period: {period}."),
    "reading.status": (
        "{text} i {count}: {status}.{hint}",
        "{text} in {count}: {status}.{hint}",
    ),
    "reading.colour": ("Färgen {colour}", "The colour {colour}"),
    "reading.ambiguous": (
        "”{text}” betyder olika i olika språk: läst som {status} efter arbetsbokens språk (svenska"
        " skalor som Bra – OK – Har brister); på engelska betyder det ofta {other}. Skriv {line}"
        " på bladet xlfollow om det menas här.",
        "“{text}” means different things in different languages: read as {status} by the workbook's"
        " language (English reports use it for fine); on a Swedish scale (Bra – OK – Har brister) it"
        " is {other}. Write {line} on the xlfollow sheet if that is meant here.",
    ),
    "reading.hint": (
        " Skriv till exempel {line} på bladet xlfollow om det betyder något.",
        " Write for example {line} on the xlfollow sheet if it means something.",
    ),
    "reading.hint-number": (
        " Ett tal läses mot gränser: skriv till exempel threshold.grön = 90 % och threshold.gul = 75 %"
        " på bladet xlfollow, eller för en skala status.{value} = grön (en formel som bladets"
        " villkorsstyrda formatering jämför med behöver sitt resultat sparat: öppna och spara boken i"
        " Excel).",
        " A number is read against thresholds: write for example threshold.green = 90 % and"
        " threshold.yellow = 75 % on the xlfollow sheet, or for a scale status.{value} = green (a"
        " formula the sheet's conditional formatting compares with needs its result saved: open and"
        " save the workbook in Excel).",
    ),
    "bool.true": ("SANT", "TRUE"),
    "bool.false": ("FALSKT", "FALSE"),
    "reading.hint-bool": (
        " En kryssruta (SANT/FALSKT) säger inget läge; skriv läget i cellen (grön, gul, röd) i stället.",
        " A checkbox (TRUE/FALSE) says no status; write the status in the cell (green, yellow, red) instead.",
    ),
    "reading.hint-learn": (
        " Kör xlfollow learn (knappen Lär xlfollow läsa boken) så står texten på bladet xlfollow, där ni"
        " väljer vad den betyder.",
        " Run xlfollow learn (the button Lär xlfollow läsa boken) and the text stands on the xlfollow"
        " sheet, where you choose what it means.",
    ),
    "reading.more": (
        "… och {n} andra texter i lägeskolumnen.",
        "… and {n} other texts in the status column.",
    ),
    "reading.blank": (
        "Tomma i {count}: saknas.",
        "Blank in {count}: missing.",
    ),
    # --- details inside the messages above (never raw exception text) --------------------------
    "detail.empty-file": ("tom fil", "an empty file"),
    "detail.xls": ("gammalt .xls-format", "old .xls format"),
    "detail.not-zip": ("inte en zip-fil", "not a zip file"),
    "detail.no-workbook-part": ("saknar arbetsboksdelar", "no workbook parts"),
    "detail.members": ("{n} delar", "{n} parts"),
    "detail.bad-member-name": ("ogiltigt delnamn {name}", "invalid part name {name}"),
    "detail.ratio": ("{part} packas upp {n} gånger", "{part} inflates {n} times"),
    "detail.unpacked": ("{n} MB uppackat", "{n} MB unpacked"),
    "detail.megabytes": ("{n} MB", "{n} MB"),
    "detail.cells": ("{n} celler", "{n} cells"),
    "detail.extent": (
        "bladet ”{sheet}” sträcker sig över {rows} rader och {cols} kolumner",
        "the sheet “{sheet}” reaches over {rows} rows and {cols} columns",
    ),
    "detail.extent-cells": (
        "bladet ”{sheet}” har värden i fler celler än xlfollow läser",
        "the sheet “{sheet}” has values in more cells than xlfollow reads",
    ),
    "detail.part-missing": ("delen {part} saknas", "the part {part} is missing"),
    "detail.part-not-xml": (
        "delen {part} är inte giltig XML (rad {line})",
        "the part {part} is not valid XML (line {line})",
    ),
    "detail.zip-damaged": (
        "zip-filen är trasig eller avklippt",
        "the zip file is broken or cut short",
    ),
    "detail.zip-version": (
        "zip-filen använder en packning som inte stöds",
        "the zip file uses a compression that is not supported",
    ),
    "detail.sheet-unreadable": (
        "bladet ”{sheet}” går inte att läsa",
        "the sheet “{sheet}” cannot be read",
    ),
    "detail.cells-unreadable": ("cellernas värden går inte att läsa", "the cell values cannot be read"),
    "detail.previous-outside": (
        "den pekar utanför arbetsbokens mapp (en hel sökväg, ~ eller ..)",
        "it points outside the workbook's folder (a full path, ~ or ..)",
    ),
    "detail.previous-link": ("den pekar på en länk", "it points at a link"),
    "history.previous": ("bladet Historik", "the Historik sheet"),
    "detail.settings-cell": ("bladet {sheet}, cell {cell}", "the sheet {sheet}, cell {cell}"),
    "detail.not-utf8": ("filen är inte sparad som UTF-8", "the file is not saved as UTF-8"),
    "detail.toml": ("felaktig TOML", "invalid TOML"),
    "detail.toml-line": ("felaktig TOML på rad {line}", "invalid TOML on line {line}"),
    "detail.os.permission": ("du har inte behörighet", "you have no permission"),
    "detail.os.not-found": ("filen eller mappen finns inte", "the file or folder does not exist"),
    "detail.os.is-folder": ("det är en mapp", "it is a folder"),
    "detail.os.not-folder": ("en del av sökvägen är ingen mapp", "a part of the path is not a folder"),
    "detail.os.read-only": ("disken är skrivskyddad", "the disk is read-only"),
    "detail.os.disk-full": ("disken är full", "the disk is full"),
    "detail.os.busy": ("filen används av ett annat program", "the file is in use by another program"),
    "detail.os.name-too-long": ("namnet är för långt", "the name is too long"),
    "detail.os.other": ("systemfel {code}", "system error {code}"),
    "unreadable": (
        "{path} kan inte läsas: {detail}. Kontrollera att filen finns och att du får läsa den.",
        "{path} cannot be read: {detail}. Check that the file exists and that you may read it.",
    ),
    # --- command line help -------------------------------------------------------------------
    "help.program": (
        "Målföljning i Excel: kontrollera, färglägg, räkna och sammanställ.",
        "Goal follow-up in Excel: check, colour, roll up and summarise.",
    ),
    "help.lang": ("språk för meddelanden", "message language"),
    "help.debug": ("visa hela felet", "show the full error"),
    "help.force": ("ersätt en fil som redan finns", "replace a file that exists"),
    "help.book": ("arbetsboken (.xlsx/.xlsm)", "the workbook (.xlsx/.xlsm)"),
    "help.config": ("inställningar i TOML", "settings as TOML"),
    "help.check": ("Kontrollera arbetsboken och lista problemen", "check the workbook and list the problems"),
    "help.run": ("Kontrollera, färglägg och sammanställ", "check, colour and summarise"),
    "help.run-output": ("utfil (standard: NAMN-klar.xlsx)", "output file (default: NAME-klar.xlsx)"),
    "help.in-place": ("skriv i själva arbetsboken", "write into the workbook itself"),
    "help.rollup": ("Räkna grön/gul/röd per perspektiv, mål och nämnd", "count the statuses"),
    "help.json": ("skriv JSON", "print JSON"),
    "help.consolidate": (
        "Sammanställ enheternas arbetsböcker till en regionbok",
        "consolidate the units' workbooks into one for the region",
    ),
    "help.books": ("arbetsböcker eller mappar", "workbooks or folders"),
    "help.region-output": ("regionboken (.xlsx)", "the region workbook (.xlsx)"),
    "help.title": ("rubrik på sammanställningen", "title of the summary"),
    "help.export": ("Gör en makrofri kopia att skicka med e-post", "a macro-free copy to e-mail"),
    "help.export-output": ("utfil (standard: NAMN-epost.xlsx)", "output file (default: NAME-epost.xlsx)"),
    "help.export-eml": (
        "skriv också ett e-postutkast (NAMN-epost.eml) med kopian bifogad, för Outlook",
        "also write an e-mail draft (NAME-epost.eml) with the copy attached, for Outlook",
    ),
    "help.report": (
        "Skriv uppföljningen som en rapport i Word (.docx) att redigera och skicka",
        "write the follow-up as a Word report (.docx) to edit and send",
    ),
    "help.report-output": ("utfil (standard: NAMN-rapport.docx)", "output file (default: NAME-rapport.docx)"),
    "help.report-pdf": (
        "skriv också rapporten som PDF (NAMN-rapport.pdf; kräver LibreOffice)",
        "also write the report as a PDF (NAME-rapport.pdf; needs LibreOffice)",
    ),
    "help.new": ("Skapa en tom mall", "create a blank template"),
    "help.new-output": ("filen att skapa (.xlsx)", "the file to create (.xlsx)"),
    "help.demo": ("Kör hela jobbet på exemplen", "run everything on the examples"),
    "help.folder": ("mapp för exemplen (standard: xlfollow-demo)", "folder for the examples"),
    # --- command line output ----------------------------------------------------------------
    "cli-no-issues": ("Inga problem hittades i {path}.", "No problems found in {path}."),
    "cli-counts": (
        "{errors} och {warnings} i {path}.",
        "{errors} and {warnings} in {path}.",
    ),
    "cli-wrote": ("Skrev {path}.", "Wrote {path}."),
    "cli-wrote-over": (
        "Skrev {path} (filen fanns redan och är ersatt).",
        "Wrote {path} (the file was there already and is replaced).",
    ),
    "cli-consolidated": (
        "Sammanställde {units} ({items}) till {path}.",
        "Consolidated {units} ({items}) into {path}.",
    ),
    "cli-unit-skipped": ("Hoppar över {path}: {problem}", "Skipping {path}: {problem}"),
    "no-units": (
        "Inga arbetsböcker att sammanställa i {paths}. Ange .xlsx-filer eller en mapp med sådana.",
        "No workbooks to consolidate in {paths}. Give .xlsx files or a folder holding them.",
    ),
    "no-usable-units": (
        "Ingen av arbetsböckerna kunde sammanställas ({problems}). Inget skrevs.",
        "None of the workbooks could be consolidated ({problems}). Nothing was written.",
    ),
    "send-blocks": (
        "{path}: bladet ”{sheet}” är skrivet i block (ett block per mål, inte en tabell), och en enhets"
        " arbetsbok kan inte bära dem än. Skicka hela arbetsboken till enheterna, och läs in deras svar"
        " för hand.",
        "{path}: the sheet “{sheet}” is written in blocks (one block per goal, not a table), which a"
        " unit's workbook cannot carry yet. Send the whole workbook to the units and enter their"
        " answers by hand.",
    ),
    "send-nothing-to-divide": (
        "{path} har varken nämnd, perspektiv eller strategiskt mål att dela posterna efter. Ange en"
        " kolumn med --by (dess rubrik eller bokstav).",
        "{path} has no committee, perspective or strategic goal to divide the items by. Name a column"
        " with --by (its header or letter).",
    ),
    "send-no-items": (
        "{path} har inga poster att skicka ut. Kontrollera arbetsboken med xlfollow check.",
        "{path} has no items to send out. Check the workbook with xlfollow check.",
    ),
    "send-no-column": (
        "Kolumnen ”{column}” finns inte på bladet ”{sheet}”. Ange en rubrik som står på rubrikraden"
        " eller en kolumnbokstav med --by.",
        "The column “{column}” is not on the sheet “{sheet}”. Give a header of the header row or a"
        " column letter with --by.",
    ),
    "send-remote": (
        "Skicka ut behöver Excel på datorn (enheternas arbetsböcker skrivs som filer). Kör xlfollow send"
        " på kommandoraden i stället.",
        "Send needs desktop Excel (the units' workbooks are written as files). Run xlfollow send on the"
        " command line instead.",
    ),
    "excel.sent": (
        "{units} skrivna i {folder}, med ett e-postutkast (.eml) per enhet: öppna utkasten, lägg till"
        " mottagare där det behövs och skicka. Spara svaren i mappen {answers}, klicka sedan på Samla in.",
        "{units} written to {folder}, with an e-mail draft (.eml) per unit: open the drafts, add recipients"
        " where needed and send. Save the answers in the folder {answers}, then click Samla in.",
    ),
    "excel.collected": (
        "{lines} Se bladet Kontroll och Historik.",
        "{lines} See the sheets Kontroll and Historik.",
    ),
    "command.send": ("Utskicket (send, Skicka ut)", "Sending out (send)"),
    "command.collect": ("Insamlingen (collect, Samla in)", "Collecting (collect)"),
    "command.next-period": ("Nästa uppföljning (next-period)", "The next follow-up (next-period)"),
    "round-needs-status": (
        "{path} har ingen kolumn för läge (läget beräknas ur målvärde och utfall). {command} behöver en"
        " kolumn där läget står: lägg till kolumnen Läge (grön, gul, röd) och kör igen.",
        "{path} has no status column (the status is computed from target and outcome). {command} needs"
        " a column where the status stands: add the column Status (green, yellow, red) and run again.",
    ),
    "send-folder-is-file": (
        "{path} är en fil. Ange en mapp att skriva enheternas arbetsböcker i (-o MAPP).",
        "{path} is a file. Name a folder to write the units' workbooks in (-o FOLDER).",
    ),
    "collect-no-answers": (
        "Inga svar att samla in i {paths}. Ange enheternas arbetsböcker (.xlsx) eller en mapp med dem.",
        "No answers to collect in {paths}. Name the units' workbooks (.xlsx) or a folder holding them.",
    ),
    "collect-no-usable-answers": (
        "Inget av svaren kunde läsas ({problems}). Inget skrevs.",
        "None of the answers could be read ({problems}). Nothing was written.",
    ),
    "collect-remote": (
        "Samla in behöver Excel på datorn (svaren läses från filer). Kör xlfollow collect på"
        " kommandoraden i stället.",
        "Collect needs desktop Excel (the answers are read from files). Run xlfollow collect on the"
        " command line instead.",
    ),
    "collect.title": ("Insamling av svar till {master}", "Answers collected into {master}"),
    "collect.who": (
        "Svar från {answered} av {expected} enheter: {units}.",
        "Answers from {answered} of {expected} units: {units}.",
    ),
    "collect.missing": ("Inget svar från: {units}.", "No answer from: {units}."),
    "collect.changed": ("{rows} ändrade ({cells}).", "{rows} changed ({cells})."),
    "collect.findings": ("{n} skrevs inte in; se listan nedan.", "{n} not written in; see the list below."),
    "count.thing": ("{n} sak", "{n} thing"),
    "count.things": ("{n} saker", "{n} things"),
    "collect.written": ("{field}: {old} → {new}", "{field}: {old} → {new}"),
    "collect.not-an-answer": (
        "{path} är inte ett svar från xlfollow send (bladet xlfollow saknar round.unit och round.id)."
        " Den lästes inte in.",
        "{path} is not an answer from xlfollow send (the xlfollow sheet has no round.unit and round.id)."
        " It was not read in.",
    ),
    "collect.other-period": (
        "{path} är svaret för {period}, men arbetsboken gäller nu {now}. Svaret lästes inte in.",
        "{path} is the answer for {period}, but the workbook is now for {now}. It was not read in.",
    ),
    "collect.other-master": (
        "{path} är ett svar till en annan arbetsbok ({master}); raderna stämmer inte med den här. Svaret"
        " lästes inte in.",
        "{path} answers another workbook ({master}); its rows do not match this one. It was not read in.",
    ),
    "collect.row-added": (
        "Enheten har lagt till raden ”{item}”; den skrevs inte in. Lägg in den för hand om den ska med.",
        "The unit added the row “{item}”; it was not written in. Add it by hand if it belongs.",
    ),
    "collect.row-unknown": (
        "Raden ”{item}” hör inte till utskicket; den skrevs inte in.",
        "The row “{item}” does not belong to what was sent; it was not written in.",
    ),
    "collect.master-row-changed": (
        "Raden för ”{item}” i arbetsboken har flyttats eller ändrats sedan utskicket (där står nu"
        " ”{now}”); svaret skrevs inte in. För in det för hand.",
        "The row of “{item}” in the workbook has moved or changed since sending (it now holds “{now}”);"
        " the answer was not written in. Copy it by hand.",
    ),
    "collect.text-changed": (
        "Enheten har ändrat texten i ”{item}”; raden skrevs inte in. Jämför och för in svaret för hand.",
        "The unit changed the text of “{item}”; the row was not written in. Compare and copy the answer"
        " by hand.",
    ),
    "collect.answered-twice": (
        "{field} besvarades två gånger: {other} {other_date} ({other_value}) och {unit} {date} ({value});"
        " det senaste svaret skrevs in.",
        "{field} was answered twice: {other} {other_date} ({other_value}) and {unit} {date} ({value}); the"
        " newest answer was written in.",
    ),
    "collect.not-a-mark": (
        "Enheten har skrivit ”{value}” under ett steg i stället för ett kryss; läget skrevs inte in. Sätt"
        " krysset under rätt steg i arbetsboken för hand.",
        "The unit wrote “{value}” under a step instead of a mark; the status was not written in. Put the"
        " mark under the right step in the workbook by hand.",
    ),
    "collect.several-marks": (
        "Enheten har kryssat flera steg ({marked}); det minst uppnådda, ”{counted}”, skrevs in. Rätta i"
        " arbetsboken om enheten menade ett annat.",
        "The unit marked several steps ({marked}); the least advanced, “{counted}”, was written in."
        " Correct it in the workbook if the unit meant another.",
    ),
    "collect.formula": (
        "Cellen för {field} har en formel i arbetsboken; svaret skrevs inte in.",
        "The cell for {field} holds a formula in the workbook; the answer was not written in.",
    ),
    "collect.colour-changed": (
        "Enheten har gett läget i {cell} en annan färg ({was} → {colour}). collect för in värden, inte"
        " färger: ge cellen färgen i arbetsboken för hand.",
        "The unit gave the status in {cell} another colour ({was} → {colour}). collect carries values,"
        " not colours: give the cell the colour in the workbook by hand.",
    ),
    "collect.master-changed": (
        "{field} har ändrats i arbetsboken sedan utskicket ({was} → {now}); enhetens svar ({value})"
        " skrevs inte in. Välj vilket som gäller och skriv in det.",
        "{field} was changed in the workbook since sending ({was} → {now}); the unit's answer ({value})"
        " was not written in. Choose which holds and write it in.",
    ),
    "history.changed": ("{field}: {old} → {new}", "{field}: {old} → {new}"),
    "units.none.committee": ("Utan nämnd", "No committee"),
    "units.none.perspective": ("Utan perspektiv", "No perspective"),
    "units.none.goal": ("Utan strategiskt mål", "No strategic goal"),
    "units.none.column": ("Utan enhet", "No unit"),
    "send.instructions.title": ("Uppföljning för {unit}", "Follow-up for {unit}"),
    "send.instructions.rows": (
        "Bladet ”{sheet}” har era {n} rader ur uppföljningen.",
        "The sheet “{sheet}” holds your {n} rows of the follow-up.",
    ),
    "send.instructions.fill": (
        "Fyll i läget och en kommentar för varje rad (och utfallet där det finns en kolumn för det)."
        " Bara de cellerna går att skriva i.",
        "Fill in the status and a comment for each row (and the outcome where there is a column for it)."
        " Only those cells can be written in.",
    ),
    "send.instructions.fill-status": (
        "Fyll i läget för varje rad. Bara de cellerna går att skriva i.",
        "Fill in the status for each row. Only those cells can be written in.",
    ),
    "send.instructions.colours": (
        "Läget är lägescellens färg: ge cellen grön, gul eller röd färg (Start > Fyllningsfärg). Låt"
        " värdet i cellen stå.",
        "The status is the status cell's colour: give the cell a green, yellow or red fill (Home > Fill"
        " Color). Leave the value in the cell.",
    ),
    "send.instructions.numbers": (
        "Läget är ett tal (till exempel 92 %): skriv talet i lägescellen. Samordningen läser det mot"
        " arbetsbokens gränser.",
        "The status is a number (for example 92 %): write the number in the status cell. The"
        " coordination office reads it against the workbook's thresholds.",
    ),
    "send.instructions.steps": (
        "Läget är ett kryss (X) under det steg som gäller: {steps}. Låt de andra stegen vara tomma.",
        "The status is a mark (X) under the step that applies: {steps}. Leave the other steps empty.",
    ),
    "send.instructions.statuses": (
        "Läget väljs i listan i cellen: {choices}.",
        "Choose the status from the list in the cell: {choices}.",
    ),
    "send.instructions.locked": (
        "Ändra inte texten i raderna och lägg inte till rader: nya rader och ändrade texter förs inte"
        " in automatiskt. Skriv hellre i kommentaren.",
        "Do not change the rows' texts or add rows: new rows and changed texts are not read in"
        " automatically. Write in the comment instead.",
    ),
    "send.instructions.return": (
        "Spara filen och skicka tillbaka den som bilaga, gärna med samma namn.",
        "Save the file and send it back as an attachment, preferably under the same name.",
    ),
    "send.instructions.keep": (
        "Bladen xlfollow och Utskick (dolda) behövs för att svaret ska kunna läsas in; ta inte bort dem.",
        "The sheets xlfollow and Utskick (hidden) are needed to read the answer in; do not delete them.",
    ),
    "send.mail.subject": ("Uppföljning {period}: {unit}", "Follow-up {period}: {unit}"),
    "send.mail.body": (
        "Hej!\n\nHär kommer {rows} ur uppföljningen {period} ({master}). Fyll i läge och kommentar"
        " i den bifogade arbetsboken, spara den och skicka tillbaka den som bilaga till det här"
        " meddelandet.\n\nBladet Instruktioner i arbetsboken säger hur.\n\nTack!",
        "Hello,\n\nAttached: {rows} of the follow-up {period} ({master}). Fill in status and"
        " comment in the attached workbook, save it and send it back as an attachment to this"
        " message.\n\nThe Instruktioner sheet in the workbook says how.\n\nThank you!",
    ),
    "send.mail.body-status": (
        "Hej!\n\nHär kommer {rows} ur uppföljningen {period} ({master}). Fyll i läget i den bifogade"
        " arbetsboken, spara den och skicka tillbaka den som bilaga till det här meddelandet.\n\nBladet"
        " Instruktioner i arbetsboken säger hur.\n\nTack!",
        "Hello,\n\nAttached: {rows} of the follow-up {period} ({master}). Fill in the status in the"
        " attached workbook, save it and send it back as an attachment to this message.\n\nThe"
        " Instruktioner sheet in the workbook says how.\n\nThank you!",
    ),
    "cli-sent": (
        "Skrev {units} till {folder} ({items}), med ett e-postutkast (.eml) per enhet.",
        "Wrote {units} to {folder} ({items}), with an e-mail draft (.eml) per unit.",
    ),
    "cli-sent-unit": ("  {unit}: {path} ({items}){to}", "  {unit}: {path} ({items}){to}"),
    "cli-sent-to": (", till {address}", ", to {address}"),
    "cli-collected": ("Skrev {path}.", "Wrote {path}."),
    "unit-older-copy": (
        "{path} är en äldre kopia av samma enhet som {newer}; den nyaste räknas.",
        "{path} is an older copy of the same unit as {newer}; the newest counts.",
    ),
    "region.no-period": ("utan period", "no period"),
    "unit-older-round": (
        "{path} är ett svar från en tidigare omgång ({period}); omgången för {newer} räknas. Ta bort "
        "filen ur mappen om den inte ska vara med.",
        "{path} is an answer from an earlier round ({period}); the round for {newer} counts. Remove the "
        "file from the folder if it should not be included.",
    ),
    "unit-other-kind": (
        "{path} följer upp {kind}, de andra enheterna {region_kind}. Sammanställ varje rapporttyp för sig.",
        "{path} follows up {kind}, the other units {region_kind}. Consolidate each report kind on its own.",
    ),
    "cli-exported": (
        "E-postkopian är klar: {path}. Den har inga makron och kan skickas.",
        "The e-mail copy is ready: {path}. It has no macros and can be sent.",
    ),
    # {period} is empty or begins with a space (" per april 2026")
    "export.mail.subject": ("Uppföljning{period}: {name}", "Follow-up{period}: {name}"),
    "export.mail.body": (
        "Hej!\n\nHär kommer uppföljningen{period} ({file}).\n\n{sentence}\n{banners}\n{opens}\n",
        "Hello,\n\nHere is the follow-up{period} ({file}).\n\n{sentence}\n{banners}\n{opens}\n",
    ),
    "export.mail.body-no-counts": (
        "Hej!\n\nHär kommer {file}.\n\n{opens}\n",
        "Hello,\n\nHere is {file}.\n\n{opens}\n",
    ),
    "export.mail.opens-summary": (
        "Arbetsboken har inga makron. Den öppnas på bladet {sheet}.{control}",
        "The workbook has no macros. It opens on the sheet {sheet}.{control}",
    ),
    "export.mail.control": (
        " Bladet {sheet} listar det som behöver rättas.",
        " The sheet {sheet} lists what needs correcting.",
    ),
    "export.mail.opens-data": ("Arbetsboken har inga makron.", "The workbook has no macros."),
    "cli-exported-draft": (
        "E-postutkastet är klart: {path}. Öppna det i Outlook (dubbelklicka), skriv mottagare och skicka.",
        "The e-mail draft is ready: {path}. Open it in Outlook (double-click), add recipients and send.",
    ),
    "excel.reading": ("xlfollow läser arbetsboken …", "xlfollow is reading the workbook …"),
    "excel.writing": ("xlfollow skriver …", "xlfollow is writing …"),
    "excel.done": (
        "Klart: {items}, {errors} och {warnings}. Se bladet Kontroll.",
        "Done: {items}, {errors} and {warnings}. See the sheet Kontroll.",
    ),
    "excel.problem": ("xlfollow: något behöver rättas", "xlfollow: something needs fixing"),
    "addin-no-book": (
        "Ingen arbetsbok är öppen. Öppna arbetsboken med uppföljningen och klicka på knappen igen.",
        "No workbook is open. Open the follow-up workbook and click the button again.",
    ),
    "addin.ask-in-place": (
        "{name} har inga makron. Ska xlfollow skriva resultatet i den här arbetsboken?\n\n"
        "Ja: i den öppna arbetsboken (spara den sedan själv).\n"
        "Nej: i en kopia bredvid den, {copy}, som kommandoraden gör (arbetsboken sparas först).\n"
        "Avbryt: ingenting skrivs.",
        "{name} has no macros. Should xlfollow write the result into this workbook?\n\n"
        "Yes: into the open workbook (then save it yourself).\n"
        "No: into a copy beside it, {copy}, as the command line does (the workbook is saved first).\n"
        "Cancel: nothing is written.",
    ),
    "excel.written-copy": (
        "Klart: {path} är skriven ({errors} och {warnings}) och öppnad. Se bladen Sammanställning"
        " och Kontroll.",
        "Done: {path} is written ({errors} and {warnings}) and opened. See the sheets Sammanställning"
        " and Kontroll.",
    ),
    "excel.written-collected": (
        "Klart: {path} är skriven ({errors} och {warnings}) och öppnad. Se bladen Kontroll och Historik.",
        "Done: {path} is written ({errors} and {warnings}) and opened. See the sheets Kontroll and Historik.",
    ),
    # the add-in's ribbon (workbook/build.py): groups, buttons and their tips
    "ribbon.Uppfoljning": ("Uppföljning", "Follow-up"),
    "ribbon.Dela": ("Dela", "Share"),
    "ribbon.Omgangen": ("Omgången", "The round"),
    "ribbon.KorAllt": ("Kör allt", "Run all"),
    "ribbon.KorAllt.tip": (
        "Kontrollerar, färglägger läget och skriver bladen Sammanställning och Kontroll.",
        "Checks, colours the status and writes the sheets Sammanställning and Kontroll.",
    ),
    "ribbon.Kontrollera": ("Kontrollera", "Check"),
    "ribbon.Kontrollera.tip": (
        "Listar problemen på bladet Kontroll och som anteckningar på cellerna.",
        "Lists the problems on the sheet Kontroll and as notes on the cells.",
    ),
    "ribbon.Farglagg": ("Färglägg", "Colour"),
    "ribbon.Farglagg.tip": (
        "Ger lägescellerna färg och symbol (● grön, ◆ gul, ▲ röd, – ej aktuell). Värdena ändras inte.",
        "Gives the status cells colour and symbol (● green, ◆ yellow, ▲ red, – not applicable).",
    ),
    "ribbon.Sammanstall": ("Sammanställ", "Summarise"),
    "ribbon.Sammanstall.tip": (
        "Skriver bladet Sammanställning: meningen, tabellerna, diagrammet.",
        "Writes the sheet Sammanställning: the sentence, the tables, the chart.",
    ),
    "ribbon.GorKlarForEpost": ("Gör klar för e-post", "Ready for e-mail"),
    "ribbon.GorKlarForEpost.tip": (
        "Sparar och skriver en kopia utan makron (NAMN-epost.xlsx) och ett e-postutkast med kopian bifogad.",
        "Saves and writes a copy without macros (NAME-epost.xlsx) and an e-mail draft with it attached.",
    ),
    "ribbon.SkrivRapport": ("Skriv rapport", "Write report"),
    "ribbon.SkrivRapport.tip": (
        "Skriver uppföljningen som ett Word-dokument (NAMN-rapport.docx) bredvid arbetsboken.",
        "Writes the follow-up as a Word document (NAME-rapport.docx) beside the workbook.",
    ),
    "ribbon.LarLasa": ("Lär läsa boken", "Learn the workbook"),
    "ribbon.LarLasa.tip": (
        "Skriver hur boken lästes på bladet xlfollow: blad, kolumner och varje lägestext med sin"
        " betydelse, att kontrollera och rätta en gång.",
        "Writes how the workbook was read on the xlfollow sheet: sheet, columns and every status text"
        " with its meaning, to check and correct once.",
    ),
    "ribbon.SkickaUt": ("Skicka ut", "Send out"),
    "ribbon.SkickaUt.tip": (
        "Sparar och skriver en arbetsbok och ett e-postutkast per enhet (nämnd, annars perspektiv eller"
        " mål) i mappen NAMN-utskick.",
        "Saves and writes a workbook and an e-mail draft per unit (committee, else perspective or goal)"
        " in the folder NAME-utskick.",
    ),
    "ribbon.SamlaIn": ("Samla in", "Collect"),
    "ribbon.SamlaIn.tip": (
        "För in svaren som sparats i mappen NAMN-svar i den här arbetsboken.",
        "Writes the answers saved in the folder NAME-svar into this workbook.",
    ),
    "unknown-button": (
        "Knappen ”{name}” är inte kopplad till någon åtgärd i xlfollow. Använd knapparna på bladet "
        "Start eller fliken xlfollow, eller installera om från installationspaketet.",
        "The button “{name}” is not linked to an xlfollow action. Use the buttons on the Start "
        "sheet or the xlfollow tab, or reinstall from the kit.",
    ),
    "excel-not-a-file": (
        "{name} är inte sparad som en fil på den här datorn (den är ny, eller öppen från SharePoint,"
        " Teams eller OneDrive utan synkronisering). Spara den på datorn (Arkiv > Spara som) eller"
        " synkronisera biblioteket, och klicka sedan igen.",
        "{name} is not saved as a file on this computer (it is new, or open from SharePoint, Teams or"
        " OneDrive without synchronisation). Save it on the computer (File > Save As) or synchronise the"
        " library, then click again.",
    ),
    "excel-save-failed": (
        "{name} kunde inte sparas: den är kanske skrivskyddad eller öppen hos någon annan. Spara en egen"
        " kopia (Arkiv > Spara som) och klicka igen.",
        "{name} could not be saved: it may be read-only or open by someone else. Save a copy of your own"
        " (File > Save As) and click again.",
    ),
    "next-period-unread": (
        "{path}: den nya omgångens arbetsbok läses inte som den färdiga ({before} poster blev {after})."
        " Inget har sparats. Ange sheet, header_row och column.status i inställningsbladet xlfollow"
        " (xlfollow learn skriver dem), eller skicka arbetsboken till den som förvaltar xlfollow.",
        "{path}: the new round's workbook does not read as the finished one ({before} items became"
        " {after}). Nothing has been saved. Give sheet, header_row and column.status on the settings"
        " sheet xlfollow (xlfollow learn writes them), or send the workbook to whoever maintains xlfollow.",
    ),
    "next-period-counted": (
        "{path}: i den nya omgångens arbetsbok läses {count} av lägena som tömdes ändå som lägen (i"
        " kolumnen ”{header}”). Inget har sparats. Ange column.status i inställningsbladet xlfollow,"
        " eller skicka arbetsboken till den som förvaltar xlfollow.",
        "{path}: in the new round's workbook, {count} of the statuses that were emptied still read as"
        " statuses (in the column “{header}”). Nothing has been saved. Give column.status on the"
        " settings sheet xlfollow, or send the workbook to whoever maintains xlfollow.",
    ),
    "fill-period-missing": (
        "{path}: läget står i cellernas färg per period, men bladet ”{sheet}” har ingen kolumn för perioden"
        " {period} i rubrikraden (rad {row}); den senaste är ”{header}”. Lägg till en kolumn med"
        " rubriken {period} och färglägg den, eller ändra period i inställningsbladet xlfollow.",
        "{path}: the status is the cells' colour per period, but the sheet “{sheet}” has no column for the"
        " period {period} in its header row (row {row}); the latest is “{header}”. Add a column headed"
        " {period} and colour it, or change period on the settings sheet xlfollow.",
    ),
    "excel-fills-remote": (
        "Läget i {name} är cellernas fyllnadsfärg, och färger kan bara läsas i Excel på datorn eller"
        " med kommandot xlfollow. Öppna boken i Excel på datorn och klicka igen, eller skriv läget i"
        " ord i lägeskolumnen.",
        "The status in {name} is the cells' fill colour, and colours can only be read in desktop Excel"
        " or by the xlfollow command. Open the workbook in desktop Excel and click again, or write the"
        " status in words in the status column.",
    ),
    "export-remote": (
        "E-postkopian kan bara göras i Excel på datorn (arbetsboken måste vara sparad som fil).",
        "The e-mail copy can only be made in desktop Excel (the workbook must be saved as a file).",
    ),
    "cli-template": ("Skapade mallen {path}.", "Created the template {path}."),
    "cli-demo": (
        "Exemplen ligger i {path}. Öppna filerna som slutar på -klar.xlsx i Excel.",
        "The examples are in {path}. Open the files ending in -klar.xlsx in Excel.",
    ),
    "cli-demo-book": (
        "  {name}: {items}, {errors}, {warnings} -> {out}",
        "  {name}: {items}, {errors}, {warnings} -> {out}",
    ),
    # --- words -------------------------------------------------------------------------------
    "count.error": ("{n} fel", "{n} error"),
    "count.errors": ("{n} fel", "{n} errors"),
    "count.warning": ("{n} varning", "{n} warning"),
    "count.warnings": ("{n} varningar", "{n} warnings"),
    "status.green": ("grön", "green"),
    "status.yellow": ("gul", "yellow"),
    "status.red": ("röd", "red"),
    "status.not_applicable": ("ej aktuell", "not applicable"),
    "status.missing": ("saknas", "missing"),
    "status.unknown": ("okänt", "unknown"),
    # the status as the predicate of "läget" (neuter: "Läget är rött", Svenska skrivregler, agreement)
    "status-is.green": ("grönt", "green"),
    "status-is.yellow": ("gult", "yellow"),
    "status-is.red": ("rött", "red"),
    "status-is.not_applicable": ("ej aktuellt", "not applicable"),
    "status-is.missing": ("inte bedömt", "not assessed"),
    "status-is.unknown": ("okänt", "unknown"),
    "count.item": ("{n} post", "{n} item"),
    "count.items": ("{n} poster", "{n} items"),
    "count.unit": ("{n} enhet", "{n} unit"),
    "count.cell": ("{n} cell", "{n} cell"),
    "count.cells": ("{n} celler", "{n} cells"),
    "count.units": ("{n} enheter", "{n} units"),
    "count.row": ("{n} rad", "{n} row"),
    "count.rows": ("{n} rader", "{n} rows"),
    "count.file": ("{n} fil", "{n} file"),
    "count.files": ("{n} filer", "{n} files"),
    "field.perspective.header": ("Perspektiv", "Perspective"),
    "field.goal.header": ("Strategiskt mål", "Strategic goal"),
    "field.id": ("id", "id"),
    "field.perspective": ("perspektiv", "perspective"),
    "field.goal": ("strategiskt mål", "strategic goal"),
    "field.item": ("post (framgångsfaktor, mål, ärende)", "item (success factor, goal, action)"),
    "field.committee": ("nämnd", "committee"),
    "field.measure": ("mått", "measure"),
    "field.target": ("målvärde", "target"),
    "field.outcome": ("utfall", "outcome"),
    "field.status": ("läge", "status"),
    "field.comment": ("kommentar", "comment"),
    "field.activities": ("aktiviteter", "activities"),
    "example.item": ("Framgångsfaktor", "Success factor"),
    "example.status": ("Läge", "Status"),
    "none": ("(inget)", "(none)"),
    # --- sheets xlfollow writes -----------------------------------------------------------------
    "summary.title": ("Uppföljning", "Follow-up"),
    "summary.period": ("Period: {period}", "Period: {period}"),
    "summary.source": (
        "Underlag: bladet ”{sheet}”, {items}",
        "Source: sheet “{sheet}”, {items}",
    ),
    "summary.sources": (
        "Underlag: bladen {sheets}, {items}",
        "Source: the sheets {sheets}, {items}",
    ),
    "summary.total": ("Totalt", "Total"),
    "history.period": ("Period", "Period"),
    "history.sheet": ("Blad", "Sheet"),
    "history.row": ("Rad", "Row"),
    "history.id": ("Id", "Id"),
    "history.item": ("Post", "Item"),
    "history.status": ("Läge", "Status"),
    "history.comment": ("Kommentar", "Comment"),
    "history.no-period": ("(ingen period)", "(no period)"),
    "history.event": ("Händelse", "Event"),
    "history.unit": ("Enhet", "Unit"),
    "history.date": ("Datum", "Date"),
    "history.change": ("Ändring", "Change"),
    "history.closed": ("Omgången avslutad", "Round closed"),
    "history.collected": ("Svar insamlat", "Answer collected"),
    "history.setting": ("Inställning", "Setting"),
    "history.value": ("Värde", "Value"),
    # xlfollow learn: the reading written as lines of the settings sheet (core/learn.py)
    "learn.mark-title": ("Så läste xlfollow boken", "How xlfollow read the workbook"),
    "learn.mark": (
        "{title} (xlfollow learn). Rätta värdet i kolumn B där det är fel och kör igen: nästa körning"
        " läser precis det som står här. Raderna härifrån och nedåt skrivs om när boken lärs in igen;"
        " rader ovanför gäller före dem.",
        "{title} (xlfollow learn). Correct the value in column B where it is wrong and run again: the"
        " next run reads exactly what stands here. The lines from here down are written again when the"
        " workbook is learnt again; lines above them come first.",
    ),
    "learn.count": ("Antal celler", "Cells"),
    "learn.evidence": ("Så läste xlfollow det", "How xlfollow read it"),
    "learn.check": ("Kontrollera", "Check"),
    "learn.unsure": ("Kontrollera", "Check"),
    "learn.choices": ("Lägen att välja", "Statuses to choose"),
    "learn.prompt": (
        "Välj läget texten betyder (eller skriv ett ord xlfollow känner, t.ex. grön).",
        "Choose the status the text means (or type a word xlfollow knows, such as green).",
    ),
    "learn.why-sheet": (
        "Bladet där uppföljningens tabell står.",
        "The sheet that holds the follow-up's table.",
    ),
    "learn.why-header": ("Raden med tabellens rubriker.", "The row of the table's headers."),
    "learn.why-header-text": ("Efter rubriken ”{header}”.", "By the header “{header}”."),
    "learn.why-values": (
        "Efter värdena i kolumnen; rubriken ”{header}” är inget namn xlfollow känner.",
        "By the values in the column; the header “{header}” is not a name xlfollow knows.",
    ),
    "learn.why-scale": (
        "Skalans första steg. Stegen: {steps}; läget är steget med ett kryss på raden (stegens rubriker"
        " står nedan, med vad de betyder).",
        "The scale's first step. The steps: {steps}; the status is the step with a mark on the row (the"
        " steps' headers are below, with what they mean).",
    ),
    "learn.why-unheaded": (
        "Efter värdena i kolumnen; kolumnen har ingen rubrik.",
        "By the values in the column; the column has no header.",
    ),
    "learn.why-period": (
        "Den senaste perioden med värden: ”{header}” (också: {passed}). next-period flyttar perioden framåt.",
        "The latest period with values: “{header}” (also: {passed}). next-period moves the period on.",
    ),
    "learn.why-period-column": (
        "Periodens kolumn: ”{header}” (också: {passed}). Den följer perioden, så den låses inte här.",
        "The period's column: “{header}” (also: {passed}). It follows the period, so it is not pinned here.",
    ),
    "learn.why-by-fill": (
        "Tabellen har inget läge i ord: fyllnadsfärgen i lägeskolumnen är läget",
        "The table has no status in words: the fill colour in the status column is the status",
    ),
    "learn.why-blocks": (
        "Blocken hittas av sina etiketter, inte av en rubrikrad: xlfollow hittar dem på samma sätt"
        " varje gång.",
        "The blocks are found by their labels, not by a header row: xlfollow finds them the same way every"
        " time.",
    ),
    "learn.why-lead": (
        "Blocken hittas av sina numrerade rubriker och lägena under dem, inte av en rubrikrad; i nästa"
        " omgång av *Historik*: xlfollow hittar dem på samma sätt varje gång.",
        "The blocks are found by their numbered headings and the statuses under them, not by a header"
        " row; in the next round by *Historik*: xlfollow finds them the same way every time.",
    ),
    "learn.why-tables": (
        "Boken har flera tabeller; xlfollow hittar dem på samma sätt varje gång.",
        "The workbook has several tables; xlfollow finds them the same way every time.",
    ),
    "learn.why-numbers": (
        "Lägeskolumnen har {n} olika tal: skriv gränserna som threshold.green och threshold.yellow.",
        "The status column holds {n} different numbers: write the limits as threshold.green and"
        " threshold.yellow.",
    ),
    "learn.why-threshold-legend": (
        "Läget är ett tal; gränsen står i teckenförklaringen på bladet ”{sheet}”.",
        "The status is a number; the threshold is in the legend on the sheet “{sheet}”.",
    ),
    "learn.why-threshold-legends": (
        "Lägena är tal, och bladen {sheets} har var sin teckenförklaring med egna gränser: de läses"
        " där som förut. Skriv threshold.green och threshold.yellow här bara om gränserna ska gälla"
        " alla blad.",
        "The statuses are numbers, and the sheets {sheets} each have a legend with their own"
        " thresholds: read there as before. Write threshold.green and threshold.yellow here only if"
        " they are to hold on every sheet.",
    ),
    "learn.why-not-settable": (
        "”{value}” läses som {status}; det kan inte ändras här.",
        "“{value}” is read as {status}; that cannot be changed here.",
    ),
    "learn.why-ruled": (
        "Talen som bladets villkorsstyrda formatering färgar {status}{rules} läses som {status} vid"
        " varje körning; ändra regeln i Excel.",
        "The numbers the sheet's conditional formatting colours {status}{rules} are read as {status}"
        " at every run; change the rule in Excel.",
    ),
    "learn.why-iconed": (
        "Talen som bladets ikonuppsättning visar som {status} läses som {status} vid varje körning;"
        " ändra regeln i Excel.",
        "The numbers the sheet's icon set shows as {status} are read as {status} at every run;"
        " change the rule in Excel.",
    ),
    "learn.ruled": ("villkorsstyrd formatering", "conditional formatting"),
    "learn.iconed": ("ikonuppsättning", "icon set"),
    "learn.why-or-computed": (
        "Har tabellen målvärde och utfall men ingen kolumn för läge: ta bort # och skriv kolumnens"
        " bokstav eller rubrik här (och ingen column.status), så räknas läget ut ur dem.",
        "Where the table has target and outcome but no status column: remove the # and write the"
        " column's letter or header here (and no column.status); the status is then computed from them.",
    ),
    "learn.why-own": ("Er inställning.", "Your setting."),
    "learn.reason-incomplete": (
        "rubrikraden på bladet ”{sheet}”, rad {row}, har ingen kolumn för {field}",
        "the header row on the sheet “{sheet}”, row {row}, has no column for the {field}",
    ),
    "learn.reason-no-header": ("ingen rubrikrad hittades", "no header row was found"),
    "learn.why-guess-sheet": (
        "Bladet där en rubrikrad ser ut att stå; rätta om det är fel.",
        "The sheet where a header row seems to be; correct it if wrong.",
    ),
    "learn.why-guess-row": (
        "Raden som ser ut att vara rubrikraden; rätta om det är fel.",
        "The row that seems to be the header row; correct it if wrong.",
    ),
    "learn.why-fill-in": (
        "Hittades inte: skriv det här (bladets namn, rubrikradens nummer).",
        "Not found: write it here (the sheet's name, the header row's number).",
    ),
    "learn.why-missing-column": (
        "Ingen kolumn för {field} hittades: skriv kolumnens bokstav (C) eller rubrik, och lär in boken igen.",
        "No column for the {field} was found: write the column's letter (C) or header, and learn the"
        " workbook again.",
    ),
    "learn.why-config": (
        "Satt i inställningsfilen {file}, som gäller före bladet; ändra det där.",
        "Set in the settings file {file}, which comes before the sheet; change it there.",
    ),
    "learn.why-kept": (
        "Står inte i lägeskolumnen nu; raden står kvar från förra gången.",
        "Not in the status column now; the line stays from last time.",
    ),
    "learn.why-known": ("Ett ord xlfollow känner.", "A word xlfollow knows."),
    "learn.why-fill": ("Cellens fyllnadsfärg.", "The cell's fill colour."),
    "learn.why-colour": (
        "Texten står alltid på samma fyllnadsfärg.",
        "The text always stands on the same fill colour.",
    ),
    "learn.why-legend": ("Bladets teckenförklaring.", "The sheet's legend."),
    "learn.why-grade": (
        "Läst tillsammans med kolumnens rubrik (”Viss” under ”Måluppfyllelse”).",
        "Read with the column's header (“Viss” under “Måluppfyllelse”).",
    ),
    "learn.why-unknown": (
        "Okänt för xlfollow: välj läget i listan.",
        "Unknown to xlfollow: choose the status from the list.",
    ),
    "learn.why-ambiguous": (
        "Betyder olika på svenska och engelska: läst efter bokens språk.",
        "Means different things in Swedish and English: read by the workbook's language.",
    ),
    "learn.why-above": (
        "Satt på rad {row} ovanför; ändra det där.",
        "Set on row {row} above; change it there.",
    ),
    "learn.more": (
        "{n} texter till står i lägeskolumnen; skriv status.<text> = <läge> för dem som behövs.",
        "{n} more texts stand in the status column; write status.<text> = <status> for those needed.",
    ),
    "cli-next-period": (
        "Skrev {path}: {emptied} lägesceller tömda, förra omgångens lägen och kommentarer på bladet"
        " ”Historik”, period {period}.{coloured}",
        "Wrote {path}: {emptied} status cells emptied, the last round's statuses and comments on the sheet"
        " “Historik”, period {period}.{coloured}",
    ),
    "cli-next-period-coloured": (
        " {n} lägesceller bär läget i sin färg och lämnades; ta bort färgen i Excel när det är dags.",
        " {n} status cells carry the status in their colour and were left; remove the colour in Excel"
        " when it is time.",
    ),
    "cli-next-period-formulas": (
        " {n} lägesceller med formel lämnades som de var (formeln räknar fram läget).",
        " {n} status cells with a formula were left as they were (the formula works the status out).",
    ),
    "cli-next-period-column": (
        " Den nya omgången fylls i kolumnen ”{column}”; den färdiga omgångens kolumn står kvar.",
        " The new round is filled in the column “{column}”; the finished round's column stays.",
    ),
    "cli-next-period-added": (
        " Kolumnen ”{column}” lades till för den nya omgången; den färdiga omgångens kolumn står kvar.",
        " The column “{column}” was added for the new round; the finished round's column stays.",
    ),
    "help.next-period": (
        "börja nästa uppföljning: töm lägena, spara förra omgången på bladet Historik",
        "start the next follow-up: empty the statuses, keep the last round on the sheet Historik",
    ),
    "help.period": (
        'den nya periodens namn, t.ex. "augusti 2018"',
        'the new period\'s name, e.g. "August 2018"',
    ),
    "help.learn": (
        "Skriv hur boken lästes på bladet xlfollow: blad, rubrikrad, kolumner och varje lägestext"
        " med dess betydelse, att kontrollera och rätta i Excel en gång",
        "Write how the workbook was read on the xlfollow sheet: sheet, header row, columns and every"
        " status text with its meaning, to check and correct in Excel once",
    ),
    "help.learn-output": (
        "Skriv till en kopia i stället för i boken själv",
        "write to a copy instead of into the workbook itself",
    ),
    "cli-learned-unread": (
        "xlfollow kunde inte läsa boken ({reason}) och skrev det som saknas som rader att fylla i på"
        " bladet xlfollow i {path} (från rad {row}, märkta Kontrollera). Fyll i dem och lär in boken"
        " igen.{hidden}",
        "xlfollow could not read the workbook ({reason}) and wrote what is missing as lines to fill in"
        " on the xlfollow sheet of {path} (from row {row}, marked Check). Fill them in and learn the"
        " workbook again.{hidden}",
    ),
    "cli-learned": (
        "Skrev hur boken lästes på bladet xlfollow i {path} (från rad {row}): lägestexter och färger:"
        " {statuses}; rader märkta Kontrollera: {unsure}. Rätta i kolumn B och kör igen.{hidden}",
        "Wrote how the workbook was read on the xlfollow sheet of {path} (from row {row}): status"
        " texts and colours: {statuses}; lines marked Check: {unsure}. Correct column B and run"
        " again.{hidden}",
    ),
    "help.next-output": (
        "den nya arbetsboken (förval: NAMN-PERIOD.xlsx bredvid)",
        "the new workbook (default: NAME-PERIOD.xlsx beside it)",
    ),
    "change.heading": ("Sedan förra uppföljningen ({previous})", "Since the previous follow-up ({previous})"),
    "change.from_to": ("Förut → nu", "Before → now"),
    "change.worse_list": ("Poster som har försämrats", "Items that got worse"),
    "change.new_list": ("Nya poster", "New items"),
    "change.removed_list": ("Poster som har tagits bort", "Items removed"),
    "change.before": ("Förut", "Before"),
    "change.now": ("Nu", "Now"),
    "change.new": ("ny", "new"),
    "change.legend": (
        "↗ bättre och ↘ sämre läge än förra gången (grön är bättre än gul, gul bättre än röd); = samma läge;"
        " ≠ ändrat till eller från ej aktuell, saknas eller okänt.",
        "↗ better and ↘ worse than last time (green is better than yellow, yellow better than red); = the"
        " same; ≠ changed to or from not applicable, missing or unknown.",
    ),
    "change.uncertain": (
        "”{old}” i förra uppföljningen räknas som ”{new}” ({similarity} % lika text).",
        "“{old}” in the previous follow-up is taken as “{new}” ({similarity} % the same text).",
    ),
    "change.matched": (
        "Jämförd med {previous}: {pairs} matchade, {new} nya, {removed} borttagna.",
        "Compared with {previous}: {pairs} matched, {new} new, {removed} removed.",
    ),
    "target.compared": (
        "utfall {outcome} mot målvärde {target}{assumed}",
        "outcome {outcome} against the target {target}{assumed}",
    ),
    "target.opposite-change": (
        "utfall {outcome} mot målvärde {target} (förändringen gick åt andra hållet)",
        "outcome {outcome} against the target {target} (the change went the other way)",
    ),
    "target.compared-change": (
        "utfall {outcome} mot målvärde {target} (förändringen mot föregående år)",
        "outcome {outcome} against the target {target} (the change on the previous year)",
    ),
    "target.compared-yearly": (
        "utfall {outcome}, för helår {yearly}, mot målvärde {target}",
        "outcome {outcome}, for the full year {yearly}, against the target {target}",
    ),
    "target.assumed-least": (" (läst som lägst {value})", " (read as at least {value})"),
    "target.assumed-most": (" (läst som högst {value})", " (read as at most {value})"),
    "target.national": (
        "utfall {outcome} mot målvärde {target}",
        "outcome {outcome} against the target {target}",
    ),
    "target.not-comparable": (
        "utfallet ”{outcome}” och målvärdet ”{target}” går inte att jämföra",
        "the outcome “{outcome}” and the target “{target}” cannot be compared",
    ),
    "target.units-differ": (
        "målvärdet är i {target_unit} men utfallet i {outcome_unit}",
        "the target is in {target_unit} but the outcome in {outcome_unit}",
    ),
    "target.no-target": ("målvärde saknas", "no target"),
    "target.no-outcome": ("utfall saknas", "no outcome"),
    "target.unreadable-target": (
        "målvärdet ”{text}” går inte att läsa som ett tal",
        "the target “{text}” has no number",
    ),
    "target.prose-outcome": (
        "utfallet ”{text}” är en text med flera tal, inte ett utfall att jämföra",
        "the outcome “{text}” is a text with several figures, not an outcome to compare",
    ),
    "target.unreadable-outcome": (
        "utfallet ”{text}” går inte att läsa som ett tal",
        "the outcome “{text}” has no number",
    ),
    "target.unreadable": (
        "målvärdet eller utfallet går inte att läsa",
        "the target or the outcome cannot be read",
    ),
    "target.reached": ("målvärdet nås", "the target is reached"),
    "target.not-reached": ("målvärdet nås inte", "the target is not reached"),
    "summary.by_perspective": ("Per perspektiv", "By perspective"),
    "summary.by_goal": ("Per strategiskt mål", "By strategic goal"),
    "summary.by_committee": ("Per nämnd", "By committee"),
    "summary.status": ("Läge", "Status"),
    "summary.count": ("Antal", "Count"),
    "summary.share": ("Andel", "Share"),
    "summary.all": ("Alla", "All"),
    # {items}: what the report follows up, plural ("framgångsfaktorer"): one word for the same rows
    "summary.red_list": ("Röda {items} (ej uppfyllda)", "Red {items} (not fulfilled)"),
    "summary.missing_list": ("{Items} som saknar bedömning", "{Items} without assessment"),
    "summary.unknown_list": (
        "{Items} med ett läge som inte kunde läsas",
        "{Items} whose status could not be read",
    ),
    "summary.banner": (
        "Obs! Sammanställningen bygger på en arbetsbok med {errors}; se bladet ”{sheet}”.",
        "Note: this summary rests on a workbook with {errors}; see the sheet “{sheet}”.",
    ),
    "summary.unknown-banner": (
        "Obs! För {unknown} av {total} kunde läget inte läsas. De räknas inte, och det är mer än en tiondel.",
        "Note: for {unknown} of {total} the status could not be read. They are not counted, and that is "
        "more than a tenth.",
    ),
    "region.computed": (
        "Läget är beräknat ur målvärde och utfall (ingen kolumn för läge) för {units}.",
        "The status is computed from target and outcome (no status column) for {units}.",
    ),
    "region.by-fill": (
        "Läget är cellernas fyllnadsfärg (inget läge i ord) för {units}.",
        "The status is the cells' fill colour (no status in words) for {units}.",
    ),
    "summary.computed": (
        "Läget är beräknat ur kolumnerna ”{target}” och ”{outcome}”: arbetsboken har ingen kolumn för"
        " läge. Grön når målvärdet, röd når det inte.",
        "The status is computed from the columns “{target}” and “{outcome}”: the workbook has no"
        " status column. Green reaches the target, red does not.",
    ),
    "summary.by-fill": (
        "Läget är läst ur cellernas fyllnadsfärg i kolumnen ”{header}”: tabellen har inget läge i ord.",
        "The status is read from the cells' fill colour in the column “{header}”: the table has no"
        " status in words.",
    ),
    "summary.chose-column": (
        "Läget är läst ur kolumnen ”{header}”. Andra perioder räknas inte: {others}.",
        "The status is read from the column “{header}”. Other periods are not counted: {others}.",
    ),
    "summary.chose-sheet": (
        "Bladet ”{sheet}” är läst; ”{other}” har samma poster och är inte läst.",
        "The sheet “{sheet}” is read; “{other}” holds the same items and is not read.",
    ),
    "summary.by-colour": (
        "Lägen som xlfollow inte känner är tolkade av färgen de står på: {texts}. Se bladet ”{sheet}”.",
        "Statuses xlfollow does not know are read by the colour they stand on: {texts}. See the sheet "
        "“{sheet}”.",
    ),
    "summary.by-legend": (
        "Lägen som xlfollow inte känner är tolkade efter bladets teckenförklaring: {texts}. Se bladet "
        "”{sheet}”.",
        "Statuses xlfollow does not know are read by the sheet's legend: {texts}. See the sheet “{sheet}”.",
    ),
    "summary.by-grade": (
        "Lägen som xlfollow inte känner är lästa tillsammans med kolumnens rubrik: {texts}. Se bladet "
        "”{sheet}”.",
        "Statuses xlfollow does not know are read with the column's header: {texts}. "
        "See the sheet “{sheet}”.",
    ),
    "summary.no_status": (
        "Ingen sammanfattning: arbetsboken har ingen kolumn för läget. Se bladet ”{sheet}”.",
        "No summary: the workbook has no status column. See the sheet “{sheet}”.",
    ),
    "summary.green_share": ("Andel grön", "Share green"),
    "summary.none_listed": ("Inga.", "None."),
    "summary.more": (
        "… och {n} till. Filtrera kolumnen för läget på bladet ”{sheet}” för att se alla.",
        "… and {n} more. Filter the status column of the sheet “{sheet}” to see them all.",
    ),
    "summary.chart_title": ("Läge per perspektiv", "Status by perspective"),
    "summary.chart_description": (
        "Stapeldiagram, läge per perspektiv. {counts}",
        "Bar chart, status by perspective. {counts}",
    ),
    "summary.no_perspective": ("(utan perspektiv)", "(no perspective)"),
    "summary.no_goal": ("(utan strategiskt mål)", "(no strategic goal)"),
    "summary.row": ("Rad", "Row"),
    "summary.sheet": ("Blad", "Sheet"),
    "summary.more_many": (
        "… och {n} till. Filtrera kolumnen för läget på databladen för att se alla.",
        "… and {n} more. Filter the status column of the data sheets to see them all.",
    ),
    "summary.id": ("Id", "Id"),
    "summary.item": ("Post", "Item"),
    "summary.comment": ("Kommentar", "Comment"),
    "summary.footer": ("Sida {page} av {pages}", "Page {page} of {pages}"),
    "summary.legend": (
        "Symbolerna gör att läget syns även vid utskrift i svartvitt: ● grön, ◆ gul, ▲ röd, "
        "– ej aktuell, ? saknas{unknown}.",
        "The symbols show the status in black-and-white print too: ● green, ◆ yellow, ▲ red, "
        "– not applicable, ? missing{unknown}.",
    ),
    "summary.legend_unknown": (", ✕ okänt (kunde inte läsas)", ", ✕ unknown (could not be read)"),
    "region.source": ("Underlag: {units}, {items}", "Source: {units}, {items}"),
    "and": ("och", "and"),
    "region.answered": (
        "{answered} av {expected} enheter som fick uppföljningen har svarat.",
        "{answered} of the {expected} units the follow-up was sent to have answered.",
    ),
    "region.answered-the-one": (
        "Enheten som fick uppföljningen har svarat.",
        "The unit the follow-up was sent to has answered.",
    ),
    "region.answered-not-the-one": (
        "Enheten som fick uppföljningen har inte svarat.",
        "The unit the follow-up was sent to has not answered.",
    ),
    "region.outside": (
        "Med i siffrorna men inte bland enheterna i utskicket: {units}.",
        "In the figures but not among the units the follow-up was sent to: {units}.",
    ),
    "region.left-out": ("Inte med i siffrorna: {units}.", "Not in the figures: {units}."),
    "region.no-answer": ("{unit} (inget svar)", "{unit} (no answer)"),
    "region.no-answer-long": (
        "{unit} fick uppföljningen men har inte svarat; enheten är inte med i siffrorna.",
        "{unit} was sent the follow-up but has not answered; the unit is not in the figures.",
    ),
    "region.unreadable": ("{unit} (filen kunde inte läsas)", "{unit} (the file could not be read)"),
    "region.other-kind": ("{unit} (en annan rapporttyp)", "{unit} (another report kind)"),
    "region.by_unit": ("Per enhet", "By unit"),
    "region.unit-word": ("enhet", "unit"),
    "region.unit": ("Enhet", "Unit"),
    "region.items_title": ("Alla poster i regionen", "All items of the region"),
    "region.control_title": ("Kontroll av enheternas arbetsböcker", "Check of the units' workbooks"),
    "region.skipped": (
        "{n} arbetsböcker kunde inte användas och är inte med i sammanställningen.",
        "{n} workbooks could not be used and are not in the summary.",
    ),
    "region.skipped_one": (
        "En arbetsbok kunde inte användas och är inte med i sammanställningen.",
        "One workbook could not be used and is not in the summary.",
    ),
    "control.title": ("Kontroll av ”{sheet}”", "Check of “{sheet}”"),
    "control.title_many": ("Kontroll av {n} datablad", "Check of {n} data sheets"),
    "control.summary": ("{errors} och {warnings}.", "{errors} and {warnings}."),
    "control.none": ("Inga problem hittades.", "No problems found."),
    "control.severity": ("Typ", "Kind"),
    "control.code": ("Kod", "Code"),
    "control.sheet": ("Blad", "Sheet"),
    "control.cell": ("Cell", "Cell"),
    "control.id": ("Id", "Id"),
    "control.message": ("Meddelande", "Message"),
    "note.prefix": ("xlfollow: ", "xlfollow: "),
    # --- the Word report (xlfollow report, core/document.py) ---
    "report.period": ("per {period}", "as of {period}"),
    "report.source": (
        "{committees}{items} från {file}",
        "{committees}{items} from {file}",
    ),
    "report.contents": ("Innehåll", "Contents"),
    "report.contents-hint": (
        "Innehållsförteckningen fylls i när Word uppdaterar fälten (högerklicka, Uppdatera fält).",
        "The table of contents is filled in when Word updates the fields (right-click, Update Field).",
    ),
    "report.summary": ("Sammanfattning", "Summary"),
    "report.scale": ("Bedömningsskala", "Assessment scale"),
    "report.scale-computed": (
        "Läget är beräknat ur målvärde och utfall: grön når målvärdet, röd når det inte. Symbolen gör"
        " att läget syns även i svartvitt.",
        "The status is computed from target and outcome: green reaches the target, red does not. The"
        " symbol shows the status in black and white too.",
    ),
    "report.scale-intro": (
        "Måluppfyllelsen har bedömts efter följande skala. Symbolen gör att läget syns även i svartvitt.",
        "Goal fulfilment has been assessed on the following scale. The symbol shows the status in "
        "black and white too.",
    ),
    "report.meaning": ("Innebörd", "Meaning"),
    "report.scale.green": (
        "{the} är {adjective}. Rätt åtgärder är utförda. Inga ytterligare åtgärder behöver göras {when}.",
        "{the} is {adjective}. The right measures have been taken. No further measures are needed {when}.",
    ),
    "report.scale.yellow": (
        "Rätt åtgärder för att {this} ska bli {adjective} till årets slut är planerade och/eller påbörjade.",
        "The right measures for {this} to be {adjective} by the end of the year are planned and/or begun.",
    ),
    "report.scale.red": ("{the} är inte {adjective}.", "{the} is not {adjective}."),
    "report.scale.not_applicable": ("{the} är inte längre {current}.", "{the} is no longer {current}."),
    "report.scale.missing": ("Ingen bedömning har lämnats.", "No assessment has been given."),
    "report.scale.unknown": (
        "Läget som skrevs kunde inte läsas. Rätta cellen i arbetsboken (se bladet Kontroll).",
        "The status written could not be read. Correct the cell in the workbook (see the sheet Kontroll).",
    ),
    "report.named.red.one": (
        "{the} {single} som inte är {adjective} avser {names}.",
        "{the} {single} that is not {adjective} concerns {names}.",
    ),
    "report.named.red.many": (
        "De {plural} som inte är {adjective} avser {names}.",
        "The {plural} that are not {adjective} concern {names}.",
    ),
    "report.named.missing.one": (
        "{the} {single} som saknar bedömning är {names}.",
        "{the} {single} without an assessment is {names}.",
    ),
    "report.named.missing.many": (
        "De {plural} som saknar bedömning är {names}.",
        "The {plural} without an assessment are {names}.",
    ),
    "report.named.unknown.one": (
        "Läget kunde inte läsas för {names}.",
        "The status could not be read for {names}.",
    ),
    "report.named.unknown.many": (
        "Läget kunde inte läsas för {names}.",
        "The status could not be read for {names}.",
    ),
    "report.and-more": (" och {n} till", " and {n} more"),
    "report.banner": (
        "Obs! Rapporten bygger på en arbetsbok med {errors}. Rätta det som bladet Kontroll visar (knappen "
        "Kontrollera, eller xlfollow check) och skriv rapporten igen innan den skickas.",
        "Note: this report rests on a workbook with {errors}. Correct what the Kontroll sheet shows (the "
        "button Kontrollera, or xlfollow check) and write the report again before it is sent.",
    ),
    "report.no-status": (
        "Arbetsboken har ingen kolumn för läget, så rapporten räknar inga lägen. Kör xlfollow check "
        "för att se vad som saknas.",
        "The workbook has no status column, so the report counts no statuses. Run xlfollow check to "
        "see what is missing.",
    ),
    "report.no-committee": ("{plural} utan nämnd", "{plural} without a committee"),
    "report.goal": ("Strategiskt mål", "Strategic goal"),
    "report.measure": ("Mått", "Measure"),
    "report.target": ("Målvärde", "Target"),
    "report.outcome": ("Utfall", "Outcome"),
    "report.status": ("Läge", "Status"),
    "report.comment": ("Kommentar", "Comment"),
}

SV_NUMBERS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")
EN_NUMBERS = (
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)

MONTHS = {
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

# kind -> (singular, singular definite, plural, plural definite, neuter) per language
NOUNS: dict[str, dict[str, tuple[str, str, str, str, bool]]] = {
    "framgangsfaktorer": {
        "sv": ("framgångsfaktor", "framgångsfaktorn", "framgångsfaktorer", "framgångsfaktorerna", False),
        "en": ("success factor", "success factor", "success factors", "success factors", False),
    },
    "resultatmal": {
        "sv": ("resultatmål", "resultatmålet", "resultatmål", "resultatmålen", True),
        "en": ("result goal", "result goal", "result goals", "result goals", False),
    },
    "aktiva-mal": {
        "sv": ("aktivt mål", "aktiva målet", "aktiva mål", "aktiva målen", True),
        "en": ("active goal", "active goal", "active goals", "active goals", False),
    },
    "handlingsplaner": {
        "sv": ("handlingsplan", "handlingsplanen", "handlingsplaner", "handlingsplanerna", False),
        "en": ("action plan", "action plan", "action plans", "action plans", False),
    },
    # several tables of different kinds, counted together
    "poster": {
        "sv": ("post", "posten", "poster", "posterna", False),
        "en": ("item", "item", "items", "items", False),
    },
}
REPORT_TITLES: dict[str, tuple[str, str]] = {
    "framgangsfaktorer": ("Uppföljning av framgångsfaktorer", "Follow-up of success factors"),
    "resultatmal": ("Uppföljning av resultatmål", "Follow-up of result goals"),
    "aktiva-mal": ("Uppföljning av aktiva mål", "Follow-up of active goals"),
    "handlingsplaner": ("Uppföljning av handlingsplaner", "Follow-up of action plans"),
    "poster": ("Uppföljning", "Follow-up"),
}
