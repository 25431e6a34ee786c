#!/bin/bash
# xlfollow @VERSION@: avinstallera för den här användaren på en Mac. Tar bort Python-miljön och
# tillägget i Excels startmapp. Arbetsböckerna rörs inte. (xlwings AppleScript i
# ~/Library/Application Scripts/com.microsoft.Excel får vara kvar: andra xlwings-verktyg kan använda det.)
set -u
home="${XLFOLLOW_HOME:-$HOME/Library/Application Support/xlfollow}"
startup="${XLFOLLOW_STARTUP:-$HOME/Library/Group Containers/UBF8T346G9.Office/User Content/Startup/Excel}"
finish() {
  echo
  if [ -t 0 ]; then read -r -p "Tryck på Retur för att stänga fönstret. " _; fi
  exit "$1"
}
if pgrep -x "Microsoft Excel" >/dev/null 2>&1; then
  echo "Excel är öppet. Avsluta Excel och kör avinstallera.command igen."
  finish 1
fi
echo "xlfollow tas bort för $(id -un): $home och $startup/xlfollow.xlam."
echo "Dina arbetsböcker rörs inte."
if [ -t 0 ]; then read -r -p "Tryck på Retur för att fortsätta (stäng fönstret för att avbryta). " _; fi
rm -f "$startup/xlfollow.xlam"
rm -rf "$home"
if [ -e "$home" ] || [ -e "$startup/xlfollow.xlam" ]; then
  echo "Allt kunde inte tas bort: $home"
  finish 1
fi
echo "Klart: xlfollow är borttaget."
finish 0
