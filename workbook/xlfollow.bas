Attribute VB_Name = "Module1"
Option Explicit

' xlfollow: every button on the Start sheet calls xlfollowKnapp, the one dispatcher.
' It passes the name of the clicked button to Python, where a whitelist
' (xlfollow.excel.BUTTONS) maps it to an action. xlfollow must be installed with the install kit
' (installera.cmd / installera.command), which makes the Python that xlwings.conf names for
' every user (%LOCALAPPDATA% on Windows, $HOME on a Mac).
' Built from this text by workbook/build.py: edit this file, not the workbook.

Public Sub xlfollowKnapp()
    Dim knapp As String
    On Error Resume Next
    knapp = CStr(Application.Caller)
    On Error GoTo 0
    knapp = Replace(knapp, "'", "")
    RunPython "import xlfollow.excel as x; x.button('" & knapp & "')"
End Sub
