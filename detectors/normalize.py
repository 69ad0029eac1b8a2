"""Normalise text before detection, keeping a map back to the original offsets.

People (and some programs) split numbers and names with invisible characters, or type
full-width digits; a BSN written as ``1１1\u200b222333`` is still a BSN. Detection runs on the
normalised text and every offset is mapped back, so previews and masking point into the text
the person really copied.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# Invisible characters that carry no meaning for detection: zero-width, bidi controls,
# soft hyphen, word joiner, BOM, variation selectors.
_INVISIBLE = ("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
              "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
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


class OffsetMap:
    """``offsets[i]`` for every normalised index ``i``, stored as runs, not one int per character.

    A list of ten million Python ints costs about 360 MB; the text changes in few places, so the
    map is kept as runs: from normalised index ``starts[k]`` on, the original index is
    ``bases[k] + steps[k] * (i - starts[k])`` (step 1: copied text, step 0: one original character
    that became several). Reads like a read-only list (``len``, indexing, slicing, ``bisect``).
    """

    __slots__ = ("_starts", "_bases", "_steps", "_len")

    def __init__(self):
        self._starts = array("q")
        self._bases = array("q")
        self._steps = array("b")
        self._len = 0

    def _add(self, base: int, count: int, step: int) -> None:
        """Append ``count`` entries starting at original index ``base``."""
        if count <= 0:
            return
        if step == 0 and count == 1:
            step = 1  # one entry: a copied run, so it can join its neighbours
        if self._steps and step == 1 and self._steps[-1] == 1 and \
                self._bases[-1] + (self._len - self._starts[-1]) == base:
            self._len += count  # continues the last copied run
            return
        self._starts.append(self._len)
        self._bases.append(base)
        self._steps.append(step)
        self._len += count

    def __len__(self) -> int:
        return self._len

    def _at(self, i: int) -> int:
        k = bisect_right(self._starts, i) - 1
        return self._bases[k] + self._steps[k] * (i - self._starts[k])

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._at(j) for j in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offset index out of range")
        return self._at(i)

    def __iter__(self):
        return (self._at(j) for j in range(self._len))

    def index_of(self, x: int) -> int:
        """``bisect_left(self, x)``: the first normalised index whose original index is >= ``x``."""
        k = bisect_left(self._bases, x)
        if k > 0:
            s, b = self._starts[k - 1], self._bases[k - 1]
            nxt = self._starts[k] if k < len(self._starts) else self._len
            if self._steps[k - 1] == 1 and s + (x - b) < nxt:
                return s + (x - b)
        return self._starts[k] if k < len(self._starts) else self._len


@dataclass(frozen=True)
class Normalized:
    """A normalised text and the way back.

    ``offsets[i]`` is the index in the original text of normalised character ``i``;
    ``offsets[len(text)]`` is ``len(original)``. ``offsets`` is ``None`` when nothing changed.
    """

    text: str
    offsets: OffsetMap | None
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


# OCR of a scanned letter reads a digit as a letter that looks like it: O for 0, l or I for 1
# ("O6 2l 44 9O 17", "8O16 JK", "O3-O5-1969"). A cheap hint first (a look-alike right after a
# digit, 10 ms on 1 MB of prose), then, only around each hint, the runs of number tokens joined
# by one separator; the text keeps its length, so no offset moves.
_OCR_HINT = re.compile(r"\d[ \-/.]?[OoIl]")
_OCR_RUN = re.compile(r"(?<![^\W\d_])[\dOoIl]+(?:[ \-/.][\dOoIl]+)*(?![^\W\d_])")
_OCR_TABLE = str.maketrans("OoIl", "0011")
_OCR_CHARS = frozenset("0123456789OoIl -/.")
_OCR_REACH = 64


def _ocr_run(m: re.Match) -> str:
    """The run with its look-alikes read as digits, when the run is mostly digits."""
    run = m.group()
    digits = sum(c.isdigit() for c in run)
    letters = sum(c in "OoIl" for c in run)
    if not letters or digits < 2 or digits < letters:
        return run
    # only tokens that hold a real digit change: a lone "O" or "l" between numbers stays a letter
    parts = re.split(r"([ \-/.])", run)
    return "".join(p.translate(_OCR_TABLE) if any(c.isdigit() for c in p) else p for p in parts)


def fix_ocr_digits(text: str) -> str:
    """``text`` with O/o read as 0 and l/I as 1 inside runs of number tokens (same length)."""
    out: list[str] = []
    copied = done = 0
    n = len(text)
    for hint in _OCR_HINT.finditer(text):
        if hint.start() < done:
            continue
        # the stretch of number characters around the hint (bounded: linear on any input)
        a, lo = hint.start(), max(done, hint.start() - _OCR_REACH)
        while a > lo and text[a - 1] in _OCR_CHARS:
            a -= 1
        b, hi = hint.end(), min(n, hint.end() + _OCR_REACH)
        while b < hi and text[b] in _OCR_CHARS:
            b += 1
        for m in _OCR_RUN.finditer(text, a, min(n, b + 1)):  # one more: the look-ahead sees a glued letter
            new = _ocr_run(m)
            if new != m.group():
                out.append(text[copied:m.start()])
                out.append(new)
                copied = m.end()
        done = b
    if not out:
        return text
    out.append(text[copied:])
    return "".join(out)


# A reply that a mail program quoted puts "> " before every line ("> > " or ">> " deeper down); an HTML page breaks
# its lines with <br>. Both hide where a line starts, and an address block or a signature is read line by line.
# The quote markers become spaces of the same length. A <br>, with the line end that may follow it, becomes a line
# end followed by spaces: trailing spaces would break rules that read a name or "Aanwezig:" at the end of a line.
# A lone ">" (a tag's closing bracket on its own line in XML) and "a > b" inside a line stay.
_QUOTE_HINT = re.compile(r"\n[ \t]*>|\A[ \t]*>|</?[bB][rR]")
# (each pattern opens with a character the scan looks for, not with "^" tried at every position: 0.03 s instead of
# 0.15 s on 10 MB. The quote markers go first, as a <br> takes the line end after it; the first line has no line end
# before it and is matched on its own.)
_QUOTE_MARKS = re.compile(r"\n((?:[ \t]*>)+)(?=[ \t])")
_FIRST_QUOTE = re.compile(r"(?:[ \t]*>)+(?=[ \t])")
_LINE_BREAKS = re.compile(r"</?[bB][rR][ \t]*/?>(?:[ \t]*\n)?")


def _unquoted(m: re.Match) -> str:
    return "\n" + " " * len(m.group(1))


def _broken(m: re.Match) -> str:
    return "\n" + " " * (len(m.group()) - 1)


def unquote(text: str) -> str:
    """``text`` with mail quote markers and HTML line breaks as white space (same length; ``text`` itself when
    it holds none)."""
    if _QUOTE_HINT.search(text) is None:
        return text
    out = _QUOTE_MARKS.sub(_unquoted, text)
    first = _FIRST_QUOTE.match(out)
    if first is not None:
        out = " " * first.end() + out[first.end():]
    out = _LINE_BREAKS.sub(_broken, out)
    return text if out == text else out


# A line end or a tab escaped inside a JSON string or a program's literal ("Info:\nGreet\n06-41234567", as a
# member file or a log stores a bio or an address block) hides where a line starts, and glues the "n" to the phone
# number, the postcode or the e-mail address after it. It becomes a line end followed by spaces (a tab: spaces), same
# length. An escaped backslash is consumed as a pair first, so "C:\\nieuw" keeps its n, and a Windows path (a drive
# letter or a server, "\\fs01\regio\ww\nov.xlsx") is consumed whole and kept: its folders may start with n, r or t
# (not a folder that starts with a digit, a plus or a capital after n, r or t: "(ouder A:\n0641234567)" is a line end).
_ESCAPE = re.compile(r"(?<!\w)[A-Za-z]:\\(?![nrt][\d+A-Z])[^\s\"'<>|]*|\\\\[\w.$-]+\\[^\s\"'<>|]*|\\(?:\\|r\\n|[nrt])")
_ESCAPED = {"\\r\\n": "\n   ", "\\n": "\n ", "\\r": "\n ", "\\t": "  "}


#: From this share of backslashes on (one in so many characters) the whole text goes to ``_ESCAPE.sub``; with fewer
#: the pattern is tried only where a match can start (see :func:`unescape`).
_BACKSLASH_DENSE = 20


def unescape(text: str) -> str:
    """``text`` with escaped line ends and tabs as white space (same length; ``text`` itself when it holds none)."""
    if "\\" not in text:
        return text
    count = text.count("\\")
    if count * _BACKSLASH_DENSE >= len(text):
        out = _ESCAPE.sub(lambda m: _ESCAPED.get(m.group(), m.group()), text)
        return text if out == text else out
    # Every match holds a backslash at its start or, a drive ("C:\\"), two characters after it: the pattern is
    # tried at those places only, in order, as ``sub`` finds its matches (which tries every place: its first
    # alternative looks behind at every letter, 26 ms a megabyte of prose with one path in it).
    starts = []
    b = text.find("\\")
    while b >= 0:
        starts.append(b - 2)
        starts.append(b)
        b = text.find("\\", b + 1)
    starts.sort()
    out, copied, last = [], 0, 0
    for q in starts:
        if q < last:
            continue  # (inside the last match, or before the text)
        m = _ESCAPE.match(text, q)
        if m is None:
            continue
        new = _ESCAPED.get(m.group())
        if new is not None:
            out.append(text[copied:q])
            out.append(new)
            copied = m.end()
        last = m.end()
    if not out:
        return text
    out.append(text[copied:])
    return "".join(out)


def normalize(text: str) -> Normalized:
    """Return the normalised text with an offset map (linear in the length of the text)."""
    norm = _normalize(text)
    fixed = fix_ocr_digits(unescape(unquote(norm.text)))
    if fixed is norm.text:
        return norm
    return Normalized(fixed, norm.offsets, norm.original_length)


def _normalize(text: str) -> Normalized:
    if not _SPECIAL.search(text):
        return Normalized(text, None, len(text))
    parts: list[str] = []
    offsets = OffsetMap()
    pos = 0
    for m in _SPECIAL.finditer(text):
        s = m.start()
        if s > pos:
            parts.append(text[pos:s])
            offsets._add(pos, s - pos, 1)
        rep = _replacement(m.group())
        if rep:
            parts.append(rep)
            if len(rep) == len(m.group()):
                offsets._add(s, len(rep), 1)
            else:
                offsets._add(s, len(rep), 0)
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
        offsets._add(pos, len(text) - pos, 1)
    offsets._add(len(text), 1, 1)
    return Normalized("".join(parts), offsets, len(text))
