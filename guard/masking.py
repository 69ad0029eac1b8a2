"""Masked previews: enough to recognise what was found, too little to leak it.

A preview is the only trace of a finding that Plakwacht ever shows or stores.
"""
from __future__ import annotations

import re

DOT = "•"
_NUMERIC_TYPES = {"BSN", "IBAN", "PHONE_NUMBER", "KVK_NUMBER", "VAT_NUMBER", "EMPLOYEE_NUMBER",
                  "CASE_NUMBER", "ID_DOCUMENT", "IP_ADDRESS", "LICENSE_PLATE", "DATE_OF_BIRTH", "POSTCODE"}


def mask(kind: str, value: str) -> str:
    """Mask one finding's text: ``mask("BSN", "111222333") == "111•••33"``.

    Numbers keep at most a third of their start (never more than 4) and their last 1-2
    characters, so at least half stays hidden; words keep their first letter; an e-mail address
    keeps the first letter of each part and a short top-level domain.
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
    if kind in _NUMERIC_TYPES:
        compact = re.sub(r"[\s.\-]", "", value)
        if len(compact) <= 4:
            return compact[:1] + DOT * 3
        keep_head = min(4, len(compact) // 3)
        keep_tail = 2 if len(compact) >= 8 else 1
        return compact[:keep_head] + DOT * 3 + compact[-keep_tail:]
    # Words (names, addresses, categories' markers): the first letter of each word.
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
