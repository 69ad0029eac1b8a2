"""E-mail files: eml (the standard library) and Outlook msg (olefile).

For msg, olefile (BSD, 100 KB) reads the few streams that hold the sender, recipients, subject and
body; extract-msg would bring RTF, HTML and time-zone libraries along for the same text.
"""
from __future__ import annotations

import email
import email.policy
import io

from guard.content.base import Deadline, Limits, Unreadable, register
from guard.content.text import read_html


@register(("eml",), "eml")
def read_eml(data: bytes, limits: Limits, deadline: Deadline) -> str:
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception:  # the parser is lenient; anything else is a broken file
        raise Unreadable("damaged", "het bestand is geen leesbare e-mail") from None
    lines = [f"{h}: {msg[h]}" for h in ("From", "To", "Cc", "Subject", "Date") if msg[h]]
    for part in msg.walk():
        deadline.check()
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        try:
            body = part.get_content()
        except (LookupError, ValueError):
            continue
        if ctype == "text/html":
            body = read_html(body.encode("utf-8"), limits, deadline)
        lines.append(body)
        if ctype == "text/plain":
            break  # the plain version is enough; the html one says the same
    return "\n".join(lines)


#: MAPI property ids -> header names (unicode streams end in 001F, ANSI in 001E).
_MSG_PROPS = (("0C1A", "Van"), ("0E04", "Aan"), ("0E03", "Cc"), ("0037", "Onderwerp"), ("1000", ""))


@register(("msg",), "msg")
def read_msg(data: bytes, limits: Limits, deadline: Deadline) -> str:
    import olefile

    if not olefile.isOleFile(io.BytesIO(data)):
        raise Unreadable("damaged", "het bestand is geen Outlook-bericht")
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:
        raise Unreadable("damaged", "het bestand is geen leesbaar Outlook-bericht") from None
    lines = []
    try:
        for prop, label in _MSG_PROPS:
            for suffix, codec in (("001F", "utf-16-le"), ("001E", "cp1252")):
                name = f"__substg1.0_{prop}{suffix}"
                if ole.exists(name):
                    value = ole.openstream(name).read(limits.max_file_bytes).decode(codec, errors="replace")
                    value = value.rstrip("\x00").strip()
                    lines.append(f"{label}: {value}" if label else value)
                    break
    finally:
        ole.close()
    if not lines:
        raise Unreadable("damaged", "het Outlook-bericht heeft geen leesbare tekst")
    return "\n".join(lines)
