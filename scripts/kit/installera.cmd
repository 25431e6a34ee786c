@echo off
rem xlfollow @VERSION@: installera för den här användaren (ingen administratör, inget internet).
rem Skapar %LOCALAPPDATA%\xlfollow\venv med Python 3.11-3.13 från datorn, installerar xlfollow och
rem det knapparna behöver från mappen wheels (pip --no-index) och lägger tillägget xlfollow.xlam i
rem Excels startmapp (XLSTART). Arbetsböckerna ändras inte: de hittar miljön via %LOCALAPPDATA%.
rem Körs skriptet igen uppgraderas allt till paketets version. Inga block med sökvägar inuti
rem parenteser: en mapp som heter "Mina filer (2026)" får inte bryta skriptet.
setlocal EnableExtensions
chcp 65001 >nul
set "HERE=%~dp0"
set "HOMEDIR=%LOCALAPPDATA%\xlfollow"
set "VENV=%HOMEDIR%\venv"
set "LOG=%HOMEDIR%\installera.log"
set "XLSTART=%APPDATA%\Microsoft\Excel\XLSTART"
echo xlfollow @VERSION@ installeras för %USERNAME%.
echo.
if not exist "%HOMEDIR%" mkdir "%HOMEDIR%"
if not exist "%HOMEDIR%" goto :no_folder
echo xlfollow @VERSION@ %DATE% %TIME% > "%LOG%"
tasklist /FI "IMAGENAME eq EXCEL.EXE" 2>nul | find /I "EXCEL.EXE" >nul
if not errorlevel 1 goto :excel_open

rem Python 3.13, 3.12 eller 3.11: först Pythons startprogram py, sedan python på PATH (inte appen
rem från Microsoft Store, som bara öppnar Store: den klarar inte kontrollen nedan)
set "PY="
for %%V in (3.13 3.12 3.11) do if not defined PY py -%%V -c "import sys" >nul 2>nul && set "PY=py -%%V"
if not defined PY python -c "import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 13) else 1)" >nul 2>nul && set "PY=python"
if not defined PY goto :no_python
echo 1/4 Python: %PY%
%PY% --version >> "%LOG%" 2>&1

if exist "%VENV%\Scripts\python.exe" "%VENV%\Scripts\python.exe" -c "import sys" >nul 2>nul && goto :have_venv
echo 2/4 Skapar Python-miljön i %VENV% ...
%PY% -m venv --clear "%VENV%" >> "%LOG%" 2>&1
if errorlevel 1 goto :venv_failed
goto :install
:have_venv
echo 2/4 Python-miljön finns redan: %VENV% (den uppgraderas)

:install
echo 3/4 Installerar xlfollow och det knapparna behöver, från paketet (utan internet) ...
"%VENV%\Scripts\python.exe" -m pip install --isolated --no-index --find-links "%HERE%wheels" --force-reinstall --disable-pip-version-check xlfollow >> "%LOG%" 2>&1
if errorlevel 1 goto :pip_failed
"%VENV%\Scripts\python.exe" -c "import xlfollow.excel, xlwings" >> "%LOG%" 2>&1
if errorlevel 1 goto :pip_failed

echo 4/4 Lägger tillägget xlfollow.xlam i Excels startmapp %XLSTART% ...
if not exist "%XLSTART%" mkdir "%XLSTART%"
copy /Y "%HERE%xlfollow.xlam" "%XLSTART%\xlfollow.xlam" >> "%LOG%" 2>&1
if errorlevel 1 goto :addin_failed

echo.
echo Klart: xlfollow @VERSION@ är installerat.
echo - Öppna Excel: fliken xlfollow finns nu för alla arbetsböcker du öppnar.
echo - Vill du ha arbetsboken med knappar: öppna xlfollow.xlsm från en betrodd plats (se LASMIG.txt).
echo Loggen: %LOG%
echo.
pause
exit /b 0

:no_folder
echo Mappen %HOMEDIR% kunde inte skapas. Be IT-stödet om skrivrätt till %LOCALAPPDATA%.
goto :failed
:excel_open
echo Excel är öppet. Stäng alla Excel-fönster (spara först) och kör installera.cmd igen.
goto :failed
:no_python
echo Python 3.11, 3.12 eller 3.13 hittades inte på datorn.
echo Hämta Python 3.13 från https://www.python.org/downloads/windows/ (Windows installer 64-bit),
echo kryssa i "Add python.exe to PATH" under installationen och kör installera.cmd igen.
echo Appen Python från Microsoft Store räcker inte, och Python 3.14 eller senare stöds inte av paketet än.
goto :failed
:venv_failed
echo Python-miljön kunde inte skapas i %VENV%.
goto :show_log
:pip_failed
echo Installationen av xlfollow misslyckades. Raderna nedan är från pip (på engelska):
findstr /I /C:"error" "%LOG%"
goto :show_log
:addin_failed
echo Tillägget kunde inte kopieras till %XLSTART%. Stäng Excel och kör installera.cmd igen.
goto :show_log
:show_log
echo Hela loggen finns i %LOG%: skicka den till IT-stödet om du inte kommer vidare.
:failed
echo.
pause
exit /b 1
