@echo off
rem xlfollow @VERSION@: avinstallera för den här användaren. Tar bort Python-miljön
rem %LOCALAPPDATA%\xlfollow och tillägget i Excels startmapp. Arbetsböckerna rörs inte.
setlocal EnableExtensions DisableDelayedExpansion
chcp 65001 >nul
set "HOMEDIR=%LOCALAPPDATA%\xlfollow"
set "XLSTART=%APPDATA%\Microsoft\Excel\XLSTART"
tasklist /FI "IMAGENAME eq EXCEL.EXE" 2>nul | find /I "EXCEL.EXE" >nul
if not errorlevel 1 goto :excel_open
set "SAY=xlfollow tas bort för %USERNAME%: %HOMEDIR% och %XLSTART%\xlfollow.xlam."
call :say
echo Dina arbetsböcker rörs inte. Stäng fönstret för att avbryta.
pause
if exist "%XLSTART%\xlfollow.xlam" del /F /Q "%XLSTART%\xlfollow.xlam"
if exist "%HOMEDIR%" rmdir /S /Q "%HOMEDIR%"
if exist "%HOMEDIR%" goto :not_removed
if exist "%XLSTART%\xlfollow.xlam" goto :not_removed
echo Klart: xlfollow är borttaget.
pause
exit /b 0
:excel_open
echo Excel är öppet. Stäng alla Excel-fönster och kör avinstallera.cmd igen.
pause
exit /b 1
:not_removed
echo Allt kunde inte tas bort. Starta om datorn och kör avinstallera.cmd igen.
pause
exit /b 1

:say
rem skriver ut SAY som den är, också med & ^ ( ) i ett namn
setlocal EnableDelayedExpansion
echo(!SAY!
endlocal
goto :eof
