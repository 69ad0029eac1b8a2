"""Masked previews: enough to recognise what was found, too little to leak it.

A preview is the only trace of a finding that Plakwacht ever shows or stores.
"""
from __future__ import annotations

import re

DOT = "•"
_NUMERIC_TYPES = {"BSN", "IBAN", "PHONE_NUMBER", "KVK_NUMBER", "VAT_NUMBER", "EMPLOYEE_NUMBER",
                  "CASE_NUMBER", "ID_DOCUMENT", "IP_ADDRESS", "LICENSE_PLATE", "DATE_OF_BIRTH", "POSTCODE"}


#: A preview is never longer than this (a 51k-character name span once made a 64k-character
#: preview whose dialog took 370 ms to show).
MAX_PREVIEW = 40


def mask(kind: str, value: str) -> str:
    """The masked preview of one finding, at most :data:`MAX_PREVIEW` characters."""
    if len(value) > 4 * MAX_PREVIEW and kind != "EMAIL_ADDRESS":
        # Enough for the preview (identifiers show their end, words their start); never split or
        # join megabytes on the GUI thread.
        value = value[-4 * MAX_PREVIEW:] if kind in _NUMERIC_TYPES else value[: 4 * MAX_PREVIEW]
    out = _mask(kind, value)
    return out if len(out) <= MAX_PREVIEW else out[: MAX_PREVIEW - 1] + "…"


def _mask(kind: str, value: str) -> str:
    """Mask one finding's text: ``mask("BSN", "111222333") == "•••33"``.

    - identifiers (BSN, IBAN, phone, ...): at most their last 2 characters (1 for a value of 5-7
      characters, none below that), so the rest of a 9-digit BSN cannot be guessed from it;
    - birth dates: no digits at all;
    - names: initials only (``"J. de V."`` shows as ``"J. d. V."``);
    - an e-mail address: the first letter of each part and a short top-level domain;
    - other words (addresses, category markers): the first letter of each word.
    """
    value = " ".join(value.split())
    if not value:
        return ""
    if kind == "EMAIL_ADDRESS" and "@" in value:
        local, _, domain = value.partition("@")
        tld = domain.rsplit(".", 1)[-1] if "." in domain else ""
        if not (tld.isascii() and tld.isalpha() and len(tld) <= 6):
            tld = ""  # a real top-level domain ("nl", "com", "online"), not the end of a name
        return f"{local[:1]}{DOT * 3}@{domain[:1]}{DOT * 3}" + (f".{tld}" if tld else "")
    if kind == "DATE_OF_BIRTH":
        return DOT * 3
    if kind in _NUMERIC_TYPES:
        compact = re.sub(r"[\s.\-]", "", value)
        if len(compact) <= 4:
            return DOT * 3
        keep_tail = 2 if len(compact) >= 8 else 1
        return DOT * 3 + compact[-keep_tail:]
    if kind == "PERSON":
        initials = [w[0] + "." for w in re.split(r"[\s\-]+", value) if w and w[0].isalpha()]
        return " ".join(initials) if initials else DOT * 3
    # Words (addresses, categories' markers): the first letter of each word.
    words = []
    for word in value.split(" "):
        if len(word) <= 1 or not word[0].isalnum():
            words.append(word if len(word) <= 1 else word[:1] + DOT * 3)
        elif kind != "EMAIL_ADDRESS" and word.isalpha() and word.islower() and len(word) <= 3:
            # tussenvoegsels in names and addresses: "de", "van", "ter"
            words.append(word)
        else:
            words.append(word[0] + DOT * 3)
    return " ".join(words)
