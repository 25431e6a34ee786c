"""An e-mail draft as a file: an ``.eml`` message with a workbook attached and the header
``X-Unsent: 1``, which Outlook (Windows) opens as an unsent draft the user can read, edit and send.
Written with Python's own ``email`` package; nothing is sent."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import BinaryIO

from xlfollow.ooxml.save import atomic_write

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def write_draft(target: Path, to: str | None, subject: str, body: str, attachment: Path) -> Path:
    """Write the draft to ``target`` (atomically): ``to`` may be empty (the user fills it in)."""
    message = EmailMessage(policy=SMTP)
    message["To"] = to or ""
    message["Subject"] = subject
    message["X-Unsent"] = "1"
    message.set_content(body)
    main, sub = XLSX_TYPE
    message.add_attachment(attachment.read_bytes(), maintype=main, subtype=sub, filename=attachment.name)
    data = message.as_bytes()

    def write(handle: BinaryIO) -> None:
        handle.write(data)

    atomic_write(target, write)
    return target
