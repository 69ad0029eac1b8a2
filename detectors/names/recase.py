"""Names written in lower case ("spreek ramdien kalloe morgen") or in capitals ("KLANT: LOUBNA EL
HAMDAOUI") carry no capital letter to start from. Such lines get a re-cased copy of the same
length, in which the words the name lists know as names are capitalised and every other word is
lower case; the finder then reads the copy, so its offsets are those of the original text.

Only whole lines (up to 1,000 characters) without any mixed case are touched: a normal
sentence keeps its own case.
In lower case a word is capitalised only when it is a name and not also a Dutch word ("wil",
"ben", "roos" stay words); in capitals a name word is capitalised, and a word no list knows
is capitalised when it stands next to a first name ("MUSSIE MEBRAHTU").
"""
from __future__ import annotations

import re

from detectors.names import lexicon as lx
from detectors.names.tokens import Lex
from detectors.names.words import (
    GREETINGS,
    LABELS,
    PERSON_WORDS,
    STOP,
    TITLES,
    TUSSENVOEGSELS,
)

#: Longer lines are left alone: a chat line or a form field is short, and a megabyte of
#: "a a a ..." on one line must not cost a look-up per word.
MAX_LINE = 1_000
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_NEVER = STOP | TUSSENVOEGSELS | GREETINGS | TITLES | PERSON_WORDS | LABELS


def recase(text: str, lex: Lex) -> str:
    """``text`` with its all-lower and all-caps lines re-cased for name finding (same length)."""
    lines = text.split("\n")
    if not any(_plain_line(line) for line in lines):
        return text
    out = []
    for line in lines:
        kind = _plain_line(line)
        out.append(_recase_line(line, kind, lex) if kind else line)
    new = "\n".join(out)
    return new if len(new) == len(text) else text


def _plain_line(line: str) -> str:
    """'lower', 'upper' or '' for a line with at least two words of one case only."""
    if len(line) < 6 or len(line) > MAX_LINE:
        return ""
    if line.islower():  # str methods: C speed on every line of a long text
        return "lower" if sum(c.isalpha() for c in line) >= 6 else ""
    if line.isupper() and " " in line.strip() and sum(c.isalpha() for c in line) >= 6:
        return "upper"
    return ""


def _recase_line(line: str, kind: str, lex: Lex) -> str:
    words = list(_WORD.finditer(line))
    decided: list[str | None] = []
    for m in words:
        w = m.group()
        low = w.lower()
        title = "-".join(p[:1].upper() + p[1:].lower() for p in low.split("-"))
        if low in _NEVER or len(low) < 2:
            decided.append(low if kind == "upper" else w)
            continue
        f = lex.flags(title)
        name = bool(f & (lx.FIRST | lx.SURNAME))
        if kind == "lower":
            # a first name by itself; a surname only right after a name (second pass)
            first = f & lx.FIRST and not f & lx.WORD and not f & lx.PLACE
            decided.append(title if first else (None if name and not f & lx.WORD else w))
        elif name and not (f & lx.WORD and not f & (lx.FIRST_COMMON | lx.SURNAME_COMMON)):
            decided.append(title)
        elif f & lx.WORD or low in lex.words or f & lx.PLACE:
            decided.append(low)
        else:
            decided.append(None)  # unknown: decided by its neighbours below
    # an unknown word next to a first name is part of the name ("MUSSIE MEBRAHTU", "ramdien kalloe")
    for k, m in enumerate(words):
        if decided[k] is not None:
            continue
        w = m.group()
        title = w[:1].upper() + w[1:].lower()
        near_first = any(0 <= j < len(words) and decided[j] is not None and decided[j][:1].isupper()
                         and lex.flags(decided[j]) & lx.FIRST for j in ((k - 1, k + 1) if kind == "upper" else (k - 1,)))
        decided[k] = title if near_first else (w.lower() if kind == "upper" else w)
    # a surname that is also a word, after a name and a tussenvoegsel: "wouter van den heuvel"
    for k, m in enumerate(words):
        j = k - 1
        while j >= 0 and words[j].group().lower() in TUSSENVOEGSELS:
            j -= 1
        if j == k - 1 or j < 0 or not decided[j][:1].isupper():
            continue
        title = m.group()[:1].upper() + m.group()[1:].lower()
        if lex.flags(title) & lx.SURNAME:
            decided[k] = title
    chars = list(line)
    for m, new in zip(words, decided):
        if len(new) == m.end() - m.start():
            chars[m.start():m.end()] = new
    return "".join(chars)
