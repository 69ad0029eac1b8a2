"""Small text helpers shared by the category rules: lines, head and tail, sentences.

Everything here is linear in the length of the text; the head and tail helpers only look at
the first and last few lines, so a 10 MB text costs no more than a short one.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from detectors import textcache
from detectors.model import Finding

_LINE = re.compile(r"[^\r\n]+")
#: Longest line the marker rules look at; a longer "line" is prose, not a marking or heading.
MAX_LINE = 400


@dataclass(frozen=True)
class Line:
    """One non-blank line: offsets of the stripped content and the stripped text itself."""

    start: int
    end: int
    text: str


def _make_line(text: str, start: int, end: int) -> Line | None:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return None
    lead = len(raw) - len(raw.lstrip())
    return Line(start + lead, start + lead + len(stripped), stripped)


#: The head and tail helpers look at most this far into the text: a marking or a greeting
#: hidden behind 50 KB of blank lines is not at the top any more.
EDGE = 50_000


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """Non-blank lines of ``text[start:end]``, in order."""
    # One C-level match per line (a stripped line is a non-space, then anything but a line break up to the last
    # non-space), and each Line made without its dataclass __init__ (a frozen one sets each field through
    # object.__setattr__): about 2.5 times faster than a search, two rfinds and a strip per line. The rules walk
    # the lines of a text tens of times; the same lines as the loop this replaced (see
    # tests/detectors/test_speed19_equivalence.py: ``_iter_lines_loop``).
    end = len(text) if end is None else end
    new = object.__new__
    for m in _STRIPPED_LINE.finditer(text, start, end):
        line = new(Line)
        fields = line.__dict__
        fields["start"], fields["end"] = m.span()
        fields["text"] = m.group()
        yield line


#: A line's content without the white space around it (``\s`` is what ``str.strip`` strips).
_STRIPPED_LINE = re.compile(r"\S(?:[^\r\n]*\S)?")

# All the lines of a text (or of its first 20,000 characters) that the last few rules asked for: the tail of a short
# text and three rules of a team's notes each walk every line of the same string. Kept per text under analysis only.
_WHOLE: dict[str, tuple[Line, ...]] = {}
textcache.per_text(_WHOLE.clear)


def lines_of(text: str) -> tuple[Line, ...]:
    """``tuple(iter_lines(text))``, read once per string while a text is analysed (the lines are immutable)."""
    got = _WHOLE.get(text)
    if got is None:
        if len(_WHOLE) >= 8:
            _WHOLE.clear()
        got = _WHOLE[text] = tuple(iter_lines(text))
    return got


def head_lines(text: str, n: int) -> list[Line]:
    """The first ``n`` non-blank lines within the first :data:`EDGE` characters."""
    out = []
    for line in iter_lines(text, 0, min(len(text), EDGE)):
        out.append(line)
        if len(out) >= n:
            break
    return out


def tail_lines(text: str, n: int) -> list[Line]:
    """The last ``n`` non-blank lines within the last :data:`EDGE` characters, in text order
    (found from the end, so the cost does not depend on the length of the text)."""
    lo = max(0, len(text) - EDGE)
    if len(text) - lo > 4 * n * MAX_LINE:
        out = []
    else:
        out = list(lines_of(text) if lo == 0 else iter_lines(text, lo, len(text)))
    if out:
        return out[-n:]
    out = []
    pos = len(text)
    while pos > lo and len(out) < n:
        last = lo + len(text[lo:pos].rstrip())  # C-level; at most EDGE characters per line
        if last == lo:
            break
        cut = max(text.rfind("\n", lo, last), text.rfind("\r", lo, last))
        line = _make_line(text, max(cut + 1, lo), last)
        if line is not None:
            out.append(line)
        pos = cut if cut >= lo else lo
    out.reverse()
    return out



# (the dot of a title is no sentence end: "Mw. heeft COPD", "Dhr. is gevallen" in a care note)
# Every alternative opens with the character it consumes first and looks back only after it ("[.!?]"
# then "(?<!\b[Mm]w.)" is "(?<!\b[Mm]w)" before it): ``re`` then skips to the next '.', '!', '?' or
# line break in C instead of trying five look-behinds at every position (8 times faster, same matches;
# tests/detectors/test_regex_first_char.py compares it with the pattern that had the look-behinds first).
_SENT_END = re.compile(r"[.!?](?<!\b[Mm]w.)(?<!\b[Dd]hr.)(?<!\b[Mm]evr.)(?<!\b[Mm]r.)(?<!\b[Dd]r.)(?=\s)"
                       r"|\n(?:[ \t]*\n|(?=[ \t]*(?:[-*•]|\d+[.)]|\[\d|[A-Z][\w-]*\s*:)))")


def sentence_at(text: str, pos: int, window: int = 400) -> tuple[int, int]:
    """Bounds of the sentence around ``pos`` (a line break before a list item, a label or an
    empty line also ends one). Looks at most ``window`` characters either way."""
    lo = max(0, pos - window)
    start = lo
    for m in _SENT_END.finditer(text, lo, pos):
        start = m.end()
    hi = min(len(text), pos + window)
    m = _SENT_END.search(text, pos, hi)
    end = m.start() + 1 if m else hi
    return start, end


_NOISE = " \t.!*_\"'`´‘’“”«»#=~"
_SEGMENT_SPLIT = re.compile(r"[–—|:;/,()\[\]•\t]|\s-(?:\s|$)|^-\s|\s{3,}")


#: A marking line is short; a longer line is a sentence or a paragraph.
MARK_LINE = 120


@lru_cache(maxsize=512)
def segments(line: str) -> tuple[str, ...]:
    """Lower-case pieces of a short line cut at separators (dash, bar, colon, comma, brackets);
    empty for a line longer than :data:`MARK_LINE`."""
    if len(line) > MARK_LINE:
        return ()
    parts = (p.strip(_NOISE).lower() for p in _SEGMENT_SPLIT.split(line))
    return tuple(" ".join(p.split()) for p in parts if p)


textcache.per_text(segments.cache_clear)


#: The one character whose lower case is longer than itself ("İ" -> "i̇"; checked over all of Unicode).
_GROWS = "\u0130"


#: ``lower_same_length`` lowers a long text a block of about this many characters at a time.
_LOWER_BLOCK = 500_000


def lower_same_length(text: str) -> str:
    """``text.lower()`` with the same length, so offsets in one are offsets in the other.

    A long text is lowered a block at a time: ``str.lower`` of a text with any non-ASCII
    character works in a buffer of four bytes times three per character (120 MB for a 10 MB
    text, the peak of the whole analysis). Each block ends right before a space; that changes
    nothing, since lowering is per character except for "Σ", whose final form looks past
    neighbouring letters and stops at the first other character, a space included (a "Σ" at the
    end of a block is followed by that space in the text: final both ways).
    """
    # (with an "İ" anywhere, every "Σ" is lowered as it is alone, as the per-character lowering did)
    grows = _GROWS in text
    if len(text) <= _LOWER_BLOCK:
        return _lower_block(text, grows)
    blocks = []
    pos, n = 0, len(text)
    while pos < n:
        end = text.find(" ", pos + _LOWER_BLOCK)
        end = n if end < 0 else end
        blocks.append(_lower_block(text[pos:end], grows))
        pos = end
    return "".join(blocks)


def _lower_block(text: str, grows: bool) -> str:
    """``text.lower()``, with "İ" kept as it is (its lower case is two characters).

    With an "İ" anywhere in the whole text (``grows``) the rest is lowered piece by piece between
    the "İ"s, not character by character: a join over ten million one-character strings held a
    list of them all. Per piece, "Σ" becomes "σ" first, as it did character by character
    (``str.lower`` makes a final sigma "ς", which no single "Σ" gets).
    """
    if not grows:
        return text.lower()
    return _GROWS.join(_lowered_pieces(text))


def _lowered_pieces(text: str) -> Iterator[str]:
    """The pieces of ``text`` between its "İ"s, lowered (one slice of the text at a time)."""
    pos = 0
    while True:
        nxt = text.find(_GROWS, pos)
        piece = text[pos:] if nxt < 0 else text[pos:nxt]
        yield piece.replace("Σ", "σ").lower()
        if nxt < 0:
            return
        pos = nxt + 1


class Spans:
    """Sorted finding spans, for "is there one between a and b" questions in O(log n)."""

    def __init__(self, findings: Sequence[Finding], types: frozenset[str]):
        spans = sorted((f.start, f.end) for f in findings if f.type in types)
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def __bool__(self) -> bool:
        return bool(self.spans)

    def inside(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, start)
        if i < len(self.starts) and self.starts[i] < end:
            return True
        return i > 0 and self.spans[i - 1][1] > start
