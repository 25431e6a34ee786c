#!/bin/bash
# xlfollow @VERSION@: installera för den här användaren på en Mac (dubbelklicka, eller kör i Terminal).
# Skapar ~/Library/Application Support/xlfollow/venv med Python 3.11-3.13 från datorn, installerar
# xlfollow och det knapparna behöver från mappen wheels (pip --no-index, inget internet), gör
# RunPython möjligt i Excel (xlwings AppleScript) och lägger tillägget xlfollow.xlam i Excels
# startmapp. Arbetsböckerna ändras inte: de hittar miljön via $HOME. Körs skriptet igen
# uppgraderas allt till paketets version. XLFOLLOW_HOME och XLFOLLOW_STARTUP byter mapparna (testerna).
set -u
here="$(cd "$(dirname "$0")" && pwd)"
home="${XLFOLLOW_HOME:-$HOME/Library/Application Support/xlfollow}"
venv="$home/venv"
log="$home/installera.log"
startup="${XLFOLLOW_STARTUP:-$HOME/Library/Group Containers/UBF8T346G9.Office/User Content/Startup/Excel}"

finish() {  # the window stays open until the user has read it
  echo
  if [ -t 0 ]; then read -r -p "Tryck på Retur för att stänga fönstret. " _; fi
  exit "$1"
}
fail() {
  echo
  echo "$1"
  if [ -n "$log" ] && [ -f "$log" ]; then
    echo "Hela loggen finns i $log: skicka den till IT-stödet om du inte kommer vidare."
  fi
  finish 1
}

echo "xlfollow @VERSION@ installeras för $(id -un)."
echo
if [ ! -d "$here/wheels" ]; then
  fail "Mappen wheels saknas bredvid skriptet. Packa upp hela zip-filen först och kör installera.command
i den uppackade mappen."
fi
if pgrep -x "Microsoft Excel" >/dev/null 2>&1; then  # before the log: a failed run's log is kept
  fail "Excel är öppet. Avsluta Excel (spara först) och kör installera.command igen."
fi
if ! mkdir -p "$home" 2>/dev/null || ! echo "xlfollow @VERSION@ $(date)" 2>/dev/null > "$log"; then
  log=""
  fail "Mappen $home går inte att skriva i. Be IT-stödet om skrivrätt till den (eller till din
hemmapp) och kör installera.command igen."
fi

python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  found="$(command -v "$candidate" 2>/dev/null)" || continue
  if "$found" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 13) else 1)' 2>/dev/null; then
    python="$found"
    break
  fi
done
if [ -z "$python" ]; then
  fail "Python 3.11, 3.12 eller 3.13 hittades inte på datorn. Hämta Python 3.13 från
https://www.python.org/downloads/macos/ (macOS 64-bit universal2 installer), installera och kör
installera.command igen. Pythonen som följer med Apples utvecklarverktyg är för gammal, och Python
3.14 eller senare stöds inte av paketet än."
fi
echo "1/5 Python: $python"
"$python" --version >> "$log" 2>&1

# an environment is kept only if it is whole: a supported Python with pip (an older kit's, or a
# run stopped half-way, is made again)
if "$venv/bin/python" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 13) else 1)' \
    >/dev/null 2>&1 && "$venv/bin/python" -m pip --version >/dev/null 2>&1; then
  echo "2/5 Python-miljön finns redan: $venv (den uppgraderas)"
else
  echo "2/5 Skapar Python-miljön i $venv ..."
  "$python" -m venv --clear "$venv" >> "$log" 2>&1 || fail "Python-miljön kunde inte skapas i $venv."
fi

echo "3/5 Installerar xlfollow och det knapparna behöver, från paketet (utan internet) ..."
if ! "$venv/bin/python" -m pip install --isolated --no-index --find-links "$here/wheels" --force-reinstall \
    --disable-pip-version-check xlfollow >> "$log" 2>&1 \
    || ! "$venv/bin/python" -c 'import xlfollow.excel, xlwings' >> "$log" 2>&1; then
  echo "Installationen av xlfollow misslyckades. Raderna nedan är från pip (på engelska):"
  if grep -qi "error" "$log"; then grep -i "error" "$log" | tail -n 5; else tail -n 5 "$log"; fi
  fail "Installationen avbröts."
fi

echo "4/5 Gör så att Excel kan starta Python (xlwings AppleScript) ..."
# what `xlwings runpython install` does (a command xlwings offers on a Mac only): the AppleScript
# through which Excel's sandbox starts Python, in ~/Library/Application Scripts/com.microsoft.Excel
"$venv/bin/python" -c 'from xlwings.cli import runpython_install; runpython_install(None)' >> "$log" 2>&1 \
  || fail "xlwings AppleScript kunde inte installeras."

echo "5/5 Lägger tillägget xlfollow.xlam i Excels startmapp ..."
mkdir -p "$startup" >> "$log" 2>&1 && cp -f "$here/xlfollow.xlam" "$startup/xlfollow.xlam" >> "$log" 2>&1 \
  || fail "Tillägget kunde inte kopieras till $startup. Avsluta Excel och kör installera.command igen."

echo
echo "Klart: xlfollow @VERSION@ är installerat."
echo "- Öppna Excel: fliken xlfollow finns nu för alla arbetsböcker du öppnar."
echo "- Vill du ha arbetsboken med knappar: öppna xlfollow.xlsm (se LASMIG.txt)."
echo "Loggen: $log"
finish 0
