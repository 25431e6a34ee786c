"""An e-mail draft as a file: an ``.eml`` message with a workbook attached and the header
``X-Unsent: 1``, which Outlook (Windows) opens as an unsent draft the user can read, edit and send.
Written with Python's own ``email`` package; nothing is sent.

The attachment's name is given twice, as mail programs read it: ``filename*=utf-8''…`` in
Content-Disposition (RFC 2231, the standard) and an encoded word in Content-Type's ``name``
(RFC 2047), which Outlook has long read instead: Swedish file names (å, ä, ö) arrive whole in both.
The message is built with the classic ``email.mime`` classes, which keep those parameters as
written (the newer API re-encodes a parameter it is given)."""

from __future__ import annotations

from email import encoders
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path
from typing import BinaryIO

from xlfollow.ooxml.save import atomic_write

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def write_draft(target: Path, to: str | None, subject: str, body: str, attachment: Path) -> Path:
    """Write the draft to ``target`` (atomically): ``to`` may be empty (the user fills it in)."""
    message = MIMEMultipart()
    message["To"] = to or ""
    message["Subject"] = Header(subject, "utf-8")  # type: ignore[assignment]  # compat32 takes a Header
    message["X-Unsent"] = "1"
    message.attach(MIMEText(body, "plain", "utf-8"))
    main, sub = XLSX_TYPE
    name = attachment.name
    part = MIMEBase(main, sub, name=name if name.isascii() else Header(name, "utf-8").encode())
    part.set_payload(attachment.read_bytes())
    encoders.encode_base64(part)
    part.add_header(
        "Content-Disposition", "attachment", filename=name if name.isascii() else ("utf-8", "", name)
    )
    message.attach(part)
    data = message.as_bytes()

    def write(handle: BinaryIO) -> None:
        handle.write(data)

    atomic_write(target, write)
    return target
