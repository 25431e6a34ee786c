#!/bin/bash
# xlfollow: installera för den här användaren på en Mac (dubbelklicka, eller kör i Terminal).
# Skapar ~/Library/Application Support/xlfollow/venv (XLFOLLOW_HOME ändrar mappen), installerar
# xlfollow med xlwings 0.37.8 och skriver Pythons sökväg i arbetsbokens blad xlwings.conf
# (Interpreter_Mac): ett tomt värde faller tillbaka på en python som macOS inte längre har.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
home="${XLFOLLOW_HOME:-$HOME/Library/Application Support/xlfollow}"
venv="$home/venv"
python="$(command -v python3 || true)"
if [ -z "$python" ]; then
  echo "Python 3.11 eller senare saknas. Installera det från python.org och kör installera.command igen."
  exit 1
fi
mkdir -p "$home"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --upgrade "$here/@WHEEL@"
"$venv/bin/python" -m xlfollow.kit configure "$here/xlfollow.xlsm"
echo
echo "Klart. Öppna xlfollow.xlsm och klicka på en knapp."
