"""A cheap proof that a pattern cannot match: a text without any of the words each match holds.

Many rules scan a whole text (or its first 20,000 characters) for phrases written case-insensitively
("(?i)\\b(?:notulen|actiepunt|...)"). Python's ``re`` cannot skip ahead for such a pattern: it tries
the pattern at every position, 0.1-0.6 ms per 2 KB; most texts hold none of the phrases. Every match
of such a pattern consumes one of a few fixed strings (its *needles*, read from the parsed pattern by
:func:`needles`); ``str.find`` on the lowered text looks for them in C, some hundred times faster.
When none is there the pattern cannot match, and :class:`Gated` answers at once; otherwise the
pattern runs as before. So the answers are the pattern's own (tests/detectors/test_regexgate.py
compares them on every corpus text and on generated texts).

Why the lowered text shows every needle: a needle is ASCII and lower case; a text character that the
pattern matches to a needle character is that character, its upper case, or (case-insensitively)
"İ", "ı" (for "i") or "ſ" (for "s"); ``str.lower`` gives the needle character for all of these but
the last three, and changes no length but for "İ". The gates read those three as the letter they
match (:func:`_folded`), so a text with one of them (a Turkish name, "Yıldız") is gated too;
:func:`lowered_or_none` gives no text for it.
"""
from __future__ import annotations

import re
import re._constants as _c
import re._parser as _p

from detectors import textcache

#: Characters that ``(?i)`` matches to an ASCII letter while ``str.lower`` does not give that letter.
_ODD = ("\u0130", "\u0131", "\u017f")
#: A shorter text is not gated: the check costs about what a scan of it does.
MIN_GATED = 200
#: More needles than this make the check no cheaper than the scan: the pattern is not gated.
MAX_NEEDLES = 32
#: Needles shorter than this are in almost every text: no use.
MIN_NEEDLE = 2

# The lowered text and whether it has an odd character, per text under analysis (emptied after it).
_LOWERED: dict[int, tuple[str, str | None]] = {}
textcache.per_text(_LOWERED.clear)


def _lowered(text: str) -> str | None:
    """``text.lower()``, or ``None`` when the text holds a character that makes it no proof."""
    got = _LOWERED.get(id(text))
    if got is not None and got[0] is text:
        return got[1]
    # ("in" per character: a text with no character beyond Latin-1 answers at once, no scan)
    low = None if _ODD[0] in text or _ODD[1] in text or _ODD[2] in text else text.lower()
    if len(_LOWERED) > 16:
        _LOWERED.clear()
    _LOWERED[id(text)] = (text, low)  # (the text itself kept too: its id is not reused while it is here)
    return low


def lowered_or_none(text: str) -> str | None:
    """``text.lower()`` (the same offsets), or ``None`` when the text holds a character that makes a needle found
    in it (or not found) no proof; kept for the text under analysis."""
    return _lowered(text)


# The text as the gates read it, per text under analysis (emptied after it): see _folded.
_FOLDED: dict[int, tuple[str, str]] = {}
textcache.per_text(_FOLDED.clear)


#: A longer text with an odd letter is not folded (not gated, as before): its copies would add to the peak memory
#: of a long paste (the categories read a 10 MB text whole; its chunks, 100 KB each, are folded).
MAX_FOLDED = 1_000_000


def _folded(text: str) -> str | None:
    """``text.lower()`` with "İ" and "ı" read as "i" and "ſ" as "s" (the same offsets): every character that a
    case-insensitive pattern matches to a needle character is that character here (see the module docstring).
    ``None`` for a text with an odd letter longer than :data:`MAX_FOLDED`."""
    low = _lowered(text)
    if low is not None or len(text) > MAX_FOLDED:
        return low
    got = _FOLDED.get(id(text))
    if got is not None and got[0] is text:
        return got[1]
    # (only a text with an odd letter comes here; each replaced before lowering: the lower case of "İ" is two
    # characters)
    folded = text.replace(_ODD[0], "i").replace(_ODD[1], "i").replace(_ODD[2], "s").lower()
    if len(_FOLDED) > 16:
        _FOLDED.clear()
    _FOLDED[id(text)] = (text, folded)  # (the text itself kept too: its id is not reused while it is here)
    return folded


#: A Unicode property class of the ``regex`` module ("\\p{Lu}"): read as "\\w" here, a class like any other
#: (a class gives no needle, so which one does not matter).
_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}")


def needles(pattern, max_needles: int = MAX_NEEDLES) -> frozenset[str] | None:
    """Lower-case ASCII strings such that every match of ``pattern`` consumes one of them, or ``None``.

    ``pattern``: a compiled ``re`` pattern, or a ``regex`` one written in the syntax the two share
    (its property classes aside)."""
    source = pattern.pattern
    if not isinstance(pattern, re.Pattern):
        source = _PROPERTY.sub(r"\\w", source)
    try:
        tree = _p.parse(source, pattern.flags & (re.I | re.M | re.S | re.X | re.U))
    except Exception:  # noqa: BLE001 - a pattern this parser does not read: no needles
        return None
    found = _required(list(tree))
    if not found:
        return None
    # a needle that holds another is found wherever it is: the shorter one says as much
    found = {n for n in found if not any(m != n and m in n for m in found)}
    if len(found) > max_needles or min(map(len, found)) < MIN_NEEDLE:
        return None
    return frozenset(found)


def _required(items) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` consumes (the most selective such set)."""
    options: list[set[str]] = []
    run: list[str] = []

    def flush():
        if run:
            options.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if ch.isascii():
                run.append(ch.lower())
            else:
                flush()
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # consumes nothing: the characters either side are consumed next to each other
        else:
            flush()
            sub = None
            if op is _c.SUBPATTERN:
                sub = _required(list(av[3]))
            elif op is _c.ATOMIC_GROUP:
                sub = _required(list(av))
            elif op is _c.BRANCH:
                alts = [_required(list(b)) for b in av[1]]
                if all(a for a in alts):
                    sub = set().union(*alts)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
                sub = _required(list(av[2]))
            if sub:
                options.append(sub)
    flush()
    if not options:
        return None
    # the set whose shortest needle is longest (rarest in a text), then the one with fewest needles
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


class Gated:
    """``pattern`` whose ``search``, ``finditer`` and ``findall`` give nothing at once where no needle is.

    Everything else (``match``, ``sub``, ``pattern``, ``groups`` ...) is the pattern's own.
    """

    __slots__ = ("pattern_obj", "needles", "_slices")

    def __init__(self, pattern, found: frozenset[str] | None = None):
        self.pattern_obj = pattern
        # ``regex`` reads a negative position as a slice does (from the end), ``re`` as 0
        self._slices = not isinstance(pattern, re.Pattern)
        self.needles = tuple(sorted(found if found is not None else (needles(pattern) or ())))

    def _cannot(self, text: str, pos: int, endpos: int | None) -> bool:
        """Whether no needle lies in ``text[pos:endpos]`` (then no match can)."""
        if not self.needles or len(text) < MIN_GATED:
            return False
        if endpos is None:
            endpos = len(text)
        if self._slices:
            pos, endpos, _ = slice(pos, endpos).indices(len(text))
        else:
            pos, endpos = max(pos, 0), max(endpos, 0)  # (str.find would count negatives from the end)
        low = _folded(text)
        if low is None:
            return False
        for n in self.needles:
            if low.find(n, pos, endpos) >= 0:
                return False
        return True

    # Positions are passed on only as the caller gave them: ``regex`` on Windows takes no end beyond a C long
    # (sys.maxsize there is 2**63 - 1, a long 2**31 - 1), so a default of sys.maxsize broke every call.
    @staticmethod
    def _positions(pos: int, endpos: int | None) -> tuple:
        if endpos is not None:
            return pos, endpos
        return (pos,) if pos else ()

    def may_match(self, text, pos=0, endpos=None) -> bool:
        """False where no match can be (no needle in ``text[pos:endpos]``); True says nothing."""
        return not self._cannot(text, pos, endpos)

    def search(self, text, pos=0, endpos=None):
        if self._cannot(text, pos, endpos):
            return None
        return self.pattern_obj.search(text, *self._positions(pos, endpos))

    def finditer(self, text, pos=0, endpos=None):
        if self._cannot(text, pos, endpos):
            return iter(())
        return self.pattern_obj.finditer(text, *self._positions(pos, endpos))

    def findall(self, text, pos=0, endpos=None):
        if self._cannot(text, pos, endpos):
            return []
        return self.pattern_obj.findall(text, *self._positions(pos, endpos))

    def __getattr__(self, name):
        return getattr(self.pattern_obj, name)

    def __repr__(self):
        return f"Gated({self.pattern_obj!r}, needles={self.needles!r})"


def gated(pattern):
    """``pattern`` gated by its needles, or the pattern itself when it has none worth checking."""
    found = needles(pattern)
    return Gated(pattern, found) if found else pattern


#: :class:`StartsAtNeedle` tries its pattern at no more places than this; a text with more goes to the whole scan.
MAX_NEEDLE_STARTS = 64


class StartsAtNeedle(Gated):
    """A :class:`Gated` pattern each of whose matches starts where one of its needles does (its alternatives each
    open with their needle, after nothing but zero-width assertions): ``search`` over a whole text tries the pattern
    at those places only, in order, and gives the first match, as the scan would (which tries every place: 4 ms a
    100 KB for a case-insensitive alternation of words). The caller says so; the tests compare with the pattern."""

    __slots__ = ()

    def search(self, text, pos=0, endpos=None):
        if pos or endpos is not None or len(text) < MIN_GATED or not self.needles:
            return super().search(text, pos, endpos)
        low = _folded(text)
        if low is None:
            return self.pattern_obj.search(text)
        places: set[int] = set()
        for n in self.needles:
            i = low.find(n)
            while i >= 0:
                places.add(i)
                if len(places) > MAX_NEEDLE_STARTS:
                    return self.pattern_obj.search(text)  # (a text full of them: one scan, as before)
                i = low.find(n, i + 1)
        for i in sorted(places):
            m = self.pattern_obj.match(text, i)
            if m is not None:
                return m
        return None


def gated_at_needles(pattern):
    """``pattern`` as :class:`StartsAtNeedle` (see there for what the pattern must be)."""
    found = needles(pattern)
    return StartsAtNeedle(pattern, found) if found else pattern


class TextGate:
    """Whether a text holds a needle of ``pattern`` anywhere, read once per text.

    For a pattern searched in a small window of the text at each finding (the words before an address, a phone
    number or a postcode): a window is a part of the text, so a text without any needle has none in any window,
    and every search there gives nothing. A dense export asks this for each of its thousands of rows, and most of
    its chunks hold none of the words.
    """

    __slots__ = ("pattern", "needles", "_last")

    def __init__(self, pattern, max_needles: int = MAX_NEEDLES):
        self.pattern = pattern
        # (``max_needles``: more may pay here, where the text is read once for all the windows asked about)
        self.needles = tuple(sorted(needles(pattern, max_needles) or ()))
        self._last: tuple[str, bool] | None = None  # (text, answer): one slot, replaced whole (threads)
        textcache.per_text(self.forget)

    def forget(self) -> None:
        self._last = None

    def may_match(self, text: str) -> bool:
        """False when no needle is in ``text`` (then no match is, in any part of it); True says nothing."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        low = _folded(text) if self.needles else None
        may = low is None or any(n in low for n in self.needles)
        self._last = (text, may)
        return may


def matches_at(pattern, text: str, places, endpos: int | None = None):
    """``pattern.finditer(text, 0, endpos)`` for a pattern each of whose matches starts at one of ``places`` (in
    ascending order, a superset of where matches start): each place is tried from the end of the last match on, as
    the scan tries every place. For a pattern whose scan tries its look-arounds at every position, where the places
    its matches can start are found cheaply (runs of digits, a capital, an "@")."""
    end = len(text) if endpos is None else endpos
    last = 0
    for at in places:
        if at >= last:
            m = pattern.match(text, at, end)
            if m is not None:
                last = m.end()
                yield m
