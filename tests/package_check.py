"""An independent structural check of a saved workbook package: every XML part parses, every
internal relationship points at a part that exists, every part has a content type, sheet names,
sheet ids and relationship ids are unique."""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from defusedxml import ElementTree

PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def problems(path: Path) -> list[str]:
    try:
        return _problems(path)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError) as exc:
        return [f"unreadable: {exc}"]


def _problems(path: Path) -> list[str]:
    found: list[str] = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        if z.testzip() is not None:
            found.append("bad CRC")
        for name in names:
            if name.endswith((".xml", ".rels")):
                try:
                    ElementTree.fromstring(z.read(name))
                except Exception as exc:
                    found.append(f"{name}: {exc}")
        types = ElementTree.fromstring(z.read("[Content_Types].xml"))
        defaults = {d.get("Extension", "").lower() for d in types.findall(f"{CT}Default")}
        overrides = {o.get("PartName", "").lstrip("/") for o in types.findall(f"{CT}Override")}
        for name in names:
            if name == "[Content_Types].xml" or name.endswith("/"):
                continue
            if name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
                found.append(f"no content type: {name}")
        for name in overrides - names:
            found.append(f"content type for a missing part: {name}")
        for rels in (n for n in names if n.endswith(".rels")):
            source = rels.replace("_rels/", "").removesuffix(".rels")
            ids = []
            for rel in ElementTree.fromstring(z.read(rels)).findall(f"{PKG}Relationship"):
                ids.append(rel.get("Id"))
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target", "")
                part = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join(posixpath.dirname(source), target))
                )
                if part not in names:
                    found.append(f"{rels}: dangling {target}")
            if len(ids) != len(set(ids)):
                found.append(f"{rels}: duplicate ids")
        workbook = ElementTree.fromstring(z.read("xl/workbook.xml"))
        sheets = workbook.findall(f"{MAIN}sheets/{MAIN}sheet")
        for attr in ("name", "sheetId"):
            values = [s.get(attr, "").casefold() for s in sheets]
            if len(values) != len(set(values)):
                found.append(f"duplicate sheet {attr}")
        for sheet_xml in (n for n in names if re.match(r"xl/worksheets/sheet\d+\.xml$", n)):
            root = ElementTree.fromstring(z.read(sheet_xml))
            rows = [int(r.get("r")) for r in root.iter(f"{MAIN}row") if r.get("r")]
            if rows != sorted(set(rows)):
                found.append(f"{sheet_xml}: rows out of order")
    return found
