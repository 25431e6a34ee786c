"""LibreOffice, headless, as a second and independent reader in the tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: Path, fmt: str, tmp: Path) -> Path:
    """``path`` converted by LibreOffice to ``fmt`` (e.g. "ods") in a folder under ``tmp``."""
    assert SOFFICE is not None, "LibreOffice is not installed"
    out = tmp / f"converted-{path.stem}"
    profile = tmp / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = out / f"{path.stem}.{fmt}"
    assert result.exists(), f"LibreOffice did not convert {path.name}"
    return result
