"""Blank report templates (placeholder until the generator lands)."""
from pathlib import Path


def write_template(kind: str, path: Path) -> None:
    raise NotImplementedError
