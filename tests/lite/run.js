// Runs workbook/xlwings_lite.py's four actions under Pyodide in node, as xlwings Lite runs them in
// Excel's task pane: argv[2] a folder with xlwings' pure wheel and xlfollow unpacked (and the Lite
// script), argv[3] a folder with book.json (the remote engine's payload); argv[4], optional, JSON
// {"file.json": ["script", ...]}: which scripts run on which payloads (results keyed "file:script").
// Prints JSON.
const { loadPyodide } = require("pyodide");
const path = require("path");
(async () => {
  const py = await loadPyodide();
  py.FS.mkdirTree("/site");
  py.FS.mount(py.FS.filesystems.NODEFS, { root: path.resolve(process.argv[2]) }, "/site");
  py.FS.mkdirTree("/data");
  py.FS.mount(py.FS.filesystems.NODEFS, { root: path.resolve(process.argv[3]) }, "/data");
  py.globals.set("jobs_json", process.argv[4] || "");
  const out = py.runPython(`
import sys, os, json
sys.path.insert(0, "/site")
os.environ["XLWINGS_LICENSE_KEY"] = "noncommercial"
import xlwings as xw
import xlwings_lite
results = {}
jobs = json.loads(jobs_json) if jobs_json else {"book.json": ["kontrollera", "farglagg", "sammanstall", "kor_allt"]}
for file, name in [(f, n) for f, names in jobs.items() for n in names]:
    with open("/data/" + file, encoding="utf-8") as handle:
        book = xw.Book(json=json.load(handle))
    getattr(xlwings_lite, name)(book)
    acts = book.json()["actions"]
    names = [s.name for s in book.sheets]
    colours = {}
    for a in acts:
        if a["func"] == "setRangeColor":
            r, c = a["start_row"] + 1, a["start_column"] + 1
            for i in range(a["row_count"]):
                for j in range(a["column_count"]):
                    colours[f"{names[a['sheet_position']]}!{r + i},{c + j}"] = str(a["args"][0]).lower()
    alerts = [a["args"][0] for a in acts if a["func"] == "alert"]
    added = [a["args"][1] for a in acts if a["func"] == "addSheet"]
    names += added  # sheets added by this run stand after the book's own
    values = {}
    for a in acts:
        if a["func"] == "setValues" and a.get("sheet_position") is not None and a["sheet_position"] < len(names):
            values.setdefault(names[a["sheet_position"]], a["values"])
    key = f"{file}:{name}" if jobs_json else name
    results[key] = {"colours": colours, "alerts": alerts, "added": added, "actions": len(acts), "values": values}
blocked = sorted(m for m in ("lxml", "python_calamine", "openpyxl", "pandas") if m in sys.modules)
json.dumps({"results": results, "loaded": blocked, "python": sys.version.split()[0]})
`);
  console.log(out);
})().catch((e) => { console.error(String(e)); process.exit(1); });
