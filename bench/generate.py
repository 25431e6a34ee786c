"""Benchmark workbooks in the 2018 report's layout, with realistic long Swedish comments.

python bench/generate.py ROWS PATH        one workbook
python bench/generate.py units N ROWS DIR N unit workbooks (for consolidate)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from openpyxl import Workbook

PERSPECTIVES = ["Samhälle", "Patient", "Medarbetare", "Verksamhetsresultat"]
STATUSES = ["↑", "→", "→", "→", "↓", None, "grön", "gul", "röd", "Ej aktuell"]
SENTENCES = [
    "Arbetet pågår enligt handlingsplanen och följs upp i tertialrapporten.",
    "Samverkan med kommunerna sker regelbundet i länsgemensamma forum.",
    "Under perioden har 64 kallelser till SIP skickats och 50 SIP-möten genomförts.",
    "Utbildningsinsatsen är upphandlad med riktade statliga medel och planeras till hösten.",
    "Nettokostnadsökningen uppgår till 5,6 % i april, vilket är en minskning sedan mars.",
    "Ett regiongemensamt uppdrag är framtaget men ännu inte beslutat.",
    "Analys av resultatet på enkäten ska påbörjas och därefter sker åtgärder.",
    "På grund av resursbrist är inga övriga aktiviteter genomförda.",
]


def build(rows: int, path: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Framgångsfaktorer")
    ws.append(["Uppföljning av framgångsfaktorer per april"])
    ws.append([])
    ws.append(["Perspektiv", "Strategiskt mål", "Framgångsfaktor", "Nämnd", "Mått", "Per april", "Kommentar"])
    for n in range(1, rows + 1):
        perspective = PERSPECTIVES[(n * 4 // max(rows, 1)) % 4] if n % 25 == 1 else None
        goal = f"Strategiskt mål {n // 25 + 1}" if n % 25 == 1 else None
        comment = " ".join(rng.sample(SENTENCES, rng.randint(2, 5)))
        status = STATUSES[rng.randrange(len(STATUSES))]
        ws.append(
            [
                perspective,
                goal,
                f"{n}. Framgångsfaktor om {rng.choice(SENTENCES).lower()}",
                rng.choice(["RS", "RS RUN", "HSN", "RS, HSN"]),
                "Genomförd aktivitet",
                status,
                comment if status in ("→", "↓", "gul", "röd") or rng.random() < 0.5 else None,
            ]
        )
    wb.save(path)
    return path


if __name__ == "__main__":
    if sys.argv[1] == "units":
        count, rows, folder = int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
        folder.mkdir(parents=True, exist_ok=True)
        for unit in range(1, count + 1):
            build(rows, folder / f"enhet{unit:03d}.xlsx", seed=unit)
    else:
        build(int(sys.argv[1]), Path(sys.argv[2]))
