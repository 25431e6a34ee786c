@echo off
rem xlfollow: installera för den här användaren (ingen administratör, inget PyPI-paket xlfollow).
rem Skapar %LOCALAPPDATA%\xlfollow\venv, installerar xlfollow med xlwings 0.37.8 och skriver
rem Pythons sökväg i arbetsbokens blad xlwings.conf, så att knapparna hittar den.
setlocal
chcp 65001 >nul
set "HERE=%~dp0"
set "VENV=%LOCALAPPDATA%\xlfollow\venv"
set "PY="
where py >nul 2>nul && set "PY=py -3"
if not defined PY where python >nul 2>nul && set "PY=python"
if not defined PY (
  echo Python 3.11 eller senare saknas. Installera det från python.org ^(bocka i "Add python.exe to PATH"^) och kör installera.cmd igen.
  exit /b 1
)
%PY% -m venv "%VENV%" || (echo Kunde inte skapa %VENV%. & exit /b 1)
"%VENV%\Scripts\python.exe" -m pip install --upgrade "%HERE%@WHEEL@" || (echo Installationen misslyckades: se raderna ovan. & exit /b 1)
"%VENV%\Scripts\python.exe" -m xlfollow.kit configure "%HERE%xlfollow.xlsm" || exit /b 1
echo.
echo Klart. Öppna xlfollow.xlsm (lägg den på en betrodd plats) och klicka på en knapp.
endlocal
