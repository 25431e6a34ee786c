@echo off
rem xlfollow @VERSION@: installera för den här användaren (ingen administratör, inget internet).
rem Skapar %LOCALAPPDATA%\xlfollow\venv med Python 3.11-3.13 (64 bitar, x64: paketets wheels;
rem också på en ARM-dator, där Windows kör x64-Python) från datorn, installerar
rem xlfollow och det knapparna behöver från mappen wheels (pip --no-index) och lägger tillägget
rem xlfollow.xlam i Excels startmapp (XLSTART). Arbetsböckerna ändras inte: de hittar miljön via
rem %LOCALAPPDATA%. Körs skriptet igen uppgraderas allt till paketets version.
rem Inga block inom parenteser med sökvägar i (en mapp som heter "Mina filer (2026)" bryter dem),
rem och text med sökvägar eller namn skrivs ut genom :say (ett "&" i ett namn bryter annars echo).
setlocal EnableExtensions DisableDelayedExpansion
chcp 65001 >nul
set "HERE=%~dp0"
set "HOMEDIR=%LOCALAPPDATA%\xlfollow"
set "VENV=%HOMEDIR%\venv"
set "LOG=%HOMEDIR%\installera.log"
set "XLSTART=%APPDATA%\Microsoft\Excel\XLSTART"
set "CHECK=import sys, sysconfig; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 13) and sysconfig.get_platform() == 'win-amd64' else 1)"
set "SAY=xlfollow @VERSION@ installeras för %USERNAME%."
call :say
echo.
if not exist "%HERE%wheels\" goto :not_unpacked
tasklist /FI "IMAGENAME eq EXCEL.EXE" 2>nul | find /I "EXCEL.EXE" >nul
if not errorlevel 1 goto :excel_open
if not exist "%HOMEDIR%" mkdir "%HOMEDIR%" >nul 2>nul
if not exist "%HOMEDIR%" goto :no_folder
echo xlfollow @VERSION@ %DATE% %TIME% > "%LOG%" 2>nul
if not exist "%LOG%" goto :no_folder

rem Python 3.13, 3.12 eller 3.11, 64 bitar: först Pythons startprogram py, sedan python på PATH
rem (inte appen från Microsoft Store, som bara öppnar Store: den klarar inte kontrollen)
set "PY="
for %%V in (3.13 3.12 3.11) do if not defined PY py -%%V -c "%CHECK%" >nul 2>nul && set "PY=py -%%V"
if not defined PY python -c "%CHECK%" >nul 2>nul && set "PY=python"
if not defined PY goto :no_python
echo 1/4 Python: %PY%
%PY% --version >> "%LOG%" 2>&1

rem en miljö behålls bara om den är hel: en Python som paketet stöder, med pip (ett äldre pakets
rem miljö, eller en körning som avbröts halvvägs, görs om)
"%VENV%\Scripts\python.exe" -c "%CHECK%" >nul 2>nul && "%VENV%\Scripts\python.exe" -m pip --version >nul 2>nul && goto :have_venv
set "SAY=2/4 Skapar Python-miljön i %VENV% ..."
call :say
%PY% -m venv --clear "%VENV%" >> "%LOG%" 2>&1
if errorlevel 1 goto :venv_failed
goto :install
:have_venv
set "SAY=2/4 Python-miljön finns redan: %VENV% (den uppgraderas)"
call :say

:install
echo 3/4 Installerar xlfollow och det knapparna behöver, från paketet (utan internet) ...
"%VENV%\Scripts\python.exe" -m pip install --isolated --no-index --find-links "%HERE%wheels" --force-reinstall --disable-pip-version-check xlfollow >> "%LOG%" 2>&1
if errorlevel 1 goto :pip_failed
"%VENV%\Scripts\python.exe" -c "import xlfollow.excel, xlwings" >> "%LOG%" 2>&1
if errorlevel 1 goto :pip_failed

set "SAY=4/4 Lägger tillägget xlfollow.xlam i Excels startmapp %XLSTART% ..."
call :say
if not exist "%XLSTART%" mkdir "%XLSTART%"
copy /Y "%HERE%xlfollow.xlam" "%XLSTART%\xlfollow.xlam" >> "%LOG%" 2>&1
if errorlevel 1 goto :addin_failed

echo.
echo Klart: xlfollow @VERSION@ är installerat.
echo - Öppna Excel: fliken xlfollow finns nu för alla arbetsböcker du öppnar.
echo - Vill du ha arbetsboken med knappar: öppna xlfollow.xlsm från en betrodd plats (se LASMIG.txt).
set "SAY=Loggen: %LOG%"
call :say
echo.
pause
exit /b 0

:not_unpacked
echo Mappen wheels saknas bredvid skriptet. Packa upp hela zip-filen först (högerklicka på den,
echo Extrahera alla) och kör installera.cmd i den uppackade mappen.
goto :failed
:no_folder
set "SAY=Mappen %HOMEDIR% går inte att skriva i. Be IT-stödet om skrivrätt till den och kör installera.cmd igen."
call :say
goto :failed
:excel_open
echo Excel är öppet. Stäng alla Excel-fönster (spara först) och kör installera.cmd igen.
goto :failed
:no_python
echo Python 3.11, 3.12 eller 3.13 (64 bitar) hittades inte på datorn.
echo Hämta Python 3.13 från https://www.python.org/downloads/windows/ (Windows installer 64-bit),
echo kryssa i "Add python.exe to PATH" under installationen och kör installera.cmd igen.
echo Appen Python från Microsoft Store räcker inte, och Python 3.14 eller senare stöds inte av paketet än.
goto :failed
:venv_failed
set "SAY=Python-miljön kunde inte skapas i %VENV%."
call :say
goto :show_log
:pip_failed
echo Installationen av xlfollow misslyckades. Raderna nedan är från pip (på engelska):
findstr /I /C:"error" "%LOG%"
if errorlevel 1 powershell -NoProfile -Command "Get-Content -LiteralPath $env:LOG -Tail 5"
goto :show_log
:addin_failed
set "SAY=Tillägget kunde inte kopieras till %XLSTART%. Stäng Excel och kör installera.cmd igen."
call :say
goto :show_log
:show_log
set "SAY=Hela loggen finns i %LOG%: skicka den till IT-stödet om du inte kommer vidare."
call :say
:failed
echo.
pause
exit /b 1

:say
rem skriver ut SAY som den är, också med & ^ ( ) i ett namn: den fördröjda expansionen läser
rem variabeln först när raden redan är tolkad
setlocal EnableDelayedExpansion
echo(!SAY!
endlocal
goto :eof
