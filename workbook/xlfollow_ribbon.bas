Attribute VB_Name = "RibbonMyAddin"
Option Explicit

' xlfollow's add-in: every button on the ribbon tab xlfollow calls xlfollowKnapp, the one
' callback. It passes the button's id to Python, where a whitelist (xlfollow.excel.BUTTONS) maps
' it to an action on the active workbook (xlfollow.excel.addin_button). The Python it runs is
' the one the install kit made for this user (the sheet xlfollow.conf of this add-in).
' Built from this text by workbook/build.py: edit this file, not the add-in.

Public Sub xlfollowKnapp(control As IRibbonControl)
    If ActiveWorkbook Is Nothing Then
        MsgBox "@ADDIN_NO_BOOK@", vbInformation, "xlfollow"
        Exit Sub
    End If
    RunPython "import xlfollow.excel as x; x.addin_button('" & Replace(control.ID, "'", "") & "')"
End Sub
