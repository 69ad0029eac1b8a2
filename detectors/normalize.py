"""Normalise text before detection, keeping a map back to the original offsets.

People (and some programs) split numbers and names with invisible characters, or type
full-width digits; a BSN written as ``1１1\u200b222333`` is still a BSN. Detection runs on the
normalised text and every offset is mapped back, so previews and masking point into the text
the person really copied.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Invisible characters that carry no meaning for detection: zero-width, bidi controls,
# soft hyphen, word joiner, BOM, variation selectors.
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
# Characters replaced one-for-one: exotic spaces, NUL and other C0 controls (kept as a space,
# so two words never melt into one), exotic dashes.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"
_SPECIAL = re.compile(
    "\r\n?|[" + re.escape(_INVISIBLE + _SPACES + _DASHES) + "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
    "\uff01-\uff5e"  # full-width ASCII
    "\ufe00-\ufe0f"
    "\ud800-\udfff]"  # lone surrogates (a broken clipboard): U+FFFD, same length
)


@dataclass(frozen=True)
class Normalized:
    """A normalised text and the way back.

    ``offsets[i]`` is the index in the original text of normalised character ``i``;
    ``offsets[len(text)]`` is ``len(original)``. ``offsets`` is ``None`` when nothing changed.
    """

    text: str
    offsets: list[int] | None
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``[start, end)`` of the normalised text to the original text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def _replacement(ch: str) -> str:
    if ch == "\r\n":  # Windows line end: same length, so line-based rules see one break
        return " \n"
    if ch == "\r":  # old Mac line end
        return "\n"
    if "\ud800" <= ch <= "\udfff":
        return "\ufffd"
    if ch in _INVISIBLE or "\ufe00" <= ch <= "\ufe0f":
        return ""
    if ch in _DASHES:
        return "-"
    if ch in _SPACES or ord(ch) < 0x20 or ch == "\x7f":
        return " "
    return unicodedata.normalize("NFKC", ch)


def normalize(text: str) -> Normalized:
    """Return the normalised text with an offset map (linear in the length of the text)."""
    if not _SPECIAL.search(text):
        return Normalized(text, None, len(text))
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _SPECIAL.finditer(text):
        s = m.start()
        if s > pos:
            parts.append(text[pos:s])
            offsets.extend(range(pos, s))
        rep = _replacement(m.group())
        if rep:
            parts.append(rep)
            if len(rep) == len(m.group()):
                offsets.extend(range(s, m.end()))
            else:
                offsets.extend([s] * len(rep))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
        offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return Normalized("".join(parts), offsets, len(text))
