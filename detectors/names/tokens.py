"""Tokens of the person-name finder: one regex pass, each token with its line; word shapes
(capitalised, initials) and the cached look-up of a word's flags in the name lexicon.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, chain, compress, count, repeat
from operator import eq, itemgetter

from detectors import textcache
from detectors.names import lexicon as lx
from detectors.names.words import KINGDOM_PLACES, REGION_PLACES, SIGNOFF_RE, TUSSENVOEGSELS
from detectors.vocabulary import dutch_words

_TOKEN_RE = re.compile(
    r"(?P<w>[^\W\d_]+(?:['’\-][^\W\d_]+)*)|(?P<t>['’]t(?![^\W\d_]))|(?P<n>\d+)|(?P<nl>\n)|(?P<p>[^\s\w])"
)
#: The same pattern as one group, to split a text into its gaps and tokens (see :func:`tokenize`).
_TOKEN_SPLIT = re.compile("(" + re.sub(r"\?P<\w+>", "?:", _TOKEN_RE.pattern) + ")")


class Lines(list):
    """The lines of the text, plus where its content ends."""

    last_content = -1
    private = True  # the text has signs of a letter, mail, chat or file
    chat_writers: frozenset = frozenset()  # the writers of a chat, in lower case (names.chat.chat_writers)
    list_owners: frozenset = frozenset()  # first names owning action items ("- Helder: rooster")
    publication = False  # the text cites literature or speaks of itself as a paper ("in deze bijdrage")
    casework = True  # the text has words of care or case work about someone ("belde", "huisbezoek", "cliënt")


class Tok:
    """A token: kind is w (word), t ('t), n (number), nl (newline) or p (punctuation); ``line`` is
    its line's number, ``line_start`` whether it opens its line."""

    # (slots, not a tuple: the finder reads a token's fields often, and a slot is read fastest)
    __slots__ = ("text", "start", "end", "kind", "line", "line_start")

    def __init__(self, text, start, end, kind, line, line_start):
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.line = line
        self.line_start = line_start

    def __repr__(self):
        return f"Tok({self.text!r}, {self.start}, {self.end}, {self.kind!r}, {self.line}, {self.line_start})"

    def __iter__(self):  # (the fields in order, as a tuple gives them: for tests and debugging)
        return iter((self.text, self.start, self.end, self.kind, self.line, self.line_start))


class _FirstKind(dict):
    """The kind of a token by its first character, any character (one regex match per distinct character, kept
    across texts like :data:`_ASCII_KIND`: a character says nothing of a person). Each group of the pattern opens
    with a class of its own first characters, so the first character decides, except for an apostrophe, which
    opens "'t" (kind t, the only token of that kind, two characters long) or stands alone (kind p): for that one
    the answer is :data:`_APOSTROPHE`, settled by the token's length."""

    def __missing__(self, char: str) -> str:
        kind = self[char] = _APOSTROPHE if char in "'’" else _TOKEN_RE.match(char).lastgroup
        return kind


_APOSTROPHE = "'"
_FIRST_KIND = _FirstKind()
_FIRST_CHAR = itemgetter(0)
#: The kind of a token by its first character, for the ASCII characters other than the apostrophe (which may
#: open "'t" or stand alone): the pattern's groups each open with a class of their own first characters, so
#: for these the first character decides (built from the pattern itself, no text; checked on every ASCII pair
#: in tests/detectors/test_names_tokens_fast.py). A text's tokens mostly open with such a character: their
#: kinds need no regex match per text.
_ASCII_KIND = {c: m.lastgroup for c in map(chr, range(128)) if c != "'" for m in [_TOKEN_RE.match(c)] if m}


def is_word_token(text: str) -> bool:
    """Whether ``text`` is one token of kind w (a word) on its own."""
    m = _TOKEN_RE.fullmatch(text)
    return m is not None and m.lastgroup == "w"

#: :func:`tokenize` reads a text in blocks of about this many characters (whole lines): the columns
#: of a block's tokens are built before its tokens are.
_BLOCK = 1 << 16


def tokenize(text: str) -> list[Tok]:
    """The tokens of ``text`` in order, as ``_TOKEN_RE.finditer`` finds them, with their lines.

    Column by column, with no match object per token: ``split`` cuts the text into its gaps and
    tokens, their offsets are running sums of their lengths, a token's line is the running count
    of line breaks before it, and a line opens at the start of the text and after each line break
    (a line break is a token too, and the pattern never matches across one)."""
    toks: list[Tok] = []
    n = len(text)
    pos, line = 0, 0
    while pos < n:
        # a block of whole lines (its columns are held at once: a bounded part of a long text)
        end = text.find("\n", pos + _BLOCK) + 1 or n
        parts = _TOKEN_SPLIT.split(text[pos:end])  # gap, token, gap, token, ..., gap
        words = parts[1::2]
        bounds = list(accumulate(map(len, parts), initial=pos))  # pos, start, end, start, end, ..., end
        breaks = list(map(eq, words, repeat("\n")))
        # (each token's kind from its first character, column-wise; what a regex match per distinct pair of first
        # characters and a Python step per token gave: tests/detectors/test_speed19_equivalence.py)
        kinds = list(map(_FIRST_KIND.__getitem__, map(_FIRST_CHAR, words)))
        for i in compress(count(), map(eq, kinds, repeat(_APOSTROPHE))):
            kinds[i] = "t" if len(words[i]) == 2 else "p"
        toks.extend(map(
            Tok,
            words,
            bounds[1:-1:2],
            bounds[2::2],
            kinds,
            accumulate(breaks, initial=line),
            chain((True,), breaks),
        ))
        line += sum(breaks)
        pos = end
    return toks


#: Arabic name particles written joined by a hyphen: "Al-Masri", "Abu-Bakr", "Ben-Youssef".
ARABIC_ARTICLES = frozenset({"al", "el", "ul", "abu", "abou", "bin", "ben", "ibn", "bint", "abd", "abdel",
                             "abdul", "abdal", "bou", "ould", "ait", "aït"})


_CAP_CACHE: dict[str, bool] = {}
textcache.per_text(_CAP_CACHE.clear)


def is_cap(word: str) -> bool:
    """'Jansen', 'Öztürk', 'Gerrit-Jan', "O'Brien" -- not 'WW-uitkering', 'UWV', 'Woo-coördinator'."""
    out = _CAP_CACHE.get(word)
    if out is None:
        if len(_CAP_CACHE) > 50_000:
            _CAP_CACHE.clear()
        out = _CAP_CACHE[word] = _is_cap(word)
    return out


def _is_cap(word: str) -> bool:
    if word.startswith("IJ") and len(word) > 2 and word[2].islower():
        word = "I" + word[2:]  # Dutch writes the digraph in capitals: "IJzerman", "IJtsma" are capitalised as "Jansen"
    if not (word[0].isupper() and len(word) > 1 and (word[1].islower() or word[1] in "'’")):
        return False
    if "-" not in word and word[1:].islower():
        return True  # the common case, decided without a loop
    # CamelCase is a product or a service ("BelastingTelefoon", "WhatsApp"), except Mc/Mac names
    prev = ""
    for k, c in enumerate(word):
        if k > 0 and c.isupper() and prev not in "-'’" and not word.startswith(("Mc", "Mac")):
            return False
        prev = c
    if "-" in word:
        for part in word.split("-")[1:]:
            if not part or not (part[0].isupper() or part.lower() in TUSSENVOEGSELS):
                return False
    return True


def is_initial_letters(word: str) -> bool:
    """'J', 'Th', 'Chr', 'IJ', 'Ph': a first-name initial (before a dot)."""
    return (len(word) == 1 and word.isupper()) or word in ("Th", "Chr", "Ph", "IJ", "Joh", "Wm", "Ch", "Fr")


#: Flag of a word that only the Dutch word list knows (no name list): ordinary, but it may still
#: stand in a run of capitals that is an organisation or a title ("Uittreksel Kamer van ...").
DICT = 64


class Lex:
    """A word's flags in the name lexicon; a word no name list knows but the Dutch word list
    does ("Zet", "Houd", "Einddatum") gets the WORD flag, so it needs context to be a name."""

    def __init__(self):
        self.table = lx.load()
        for place in KINGDOM_PLACES + REGION_PLACES:  # idempotent: the shared table gains the PLACE bit once
            self.table[place] = self.table.get(place, 0) | lx.PLACE
        self.words = dutch_words()
        for name in lx.extra_names():  # names of groups the generated lists leave out
            f = self.table.get(name, 0) | lx.FIRST | lx.SURNAME
            if name.lower() in self.words:
                f |= lx.WORD
            self.table[name] = f
        self._cache: dict[str, int] = {}  # words of the text under analysis (emptied after it)
        textcache.holder(self)

    def forget_text(self) -> None:
        self._cache.clear()

    def flags(self, word: str) -> int:
        f = self.table.get(word)
        if f is not None:
            return f
        f = self._cache.get(word)
        if f is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            f = self._cache[word] = self._compute(word)
        return f

    def _compute(self, word: str) -> int:
        folded = lx.fold(word)
        if folded != word:
            f = self.table.get(folded)
            if f is not None:
                return f
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            art = parts[0].lower() if len(parts) >= 2 else ""
            if art in ARABIC_ARTICLES and parts[1][:1].isupper() and len(parts[1]) >= 3:
                # "Al-Masri", "El-Sayed", "Abu-Zeid", "Abdel-Fattah": an Arabic article or "father
                # of"/"servant of" joined to a name is a surname (the Abd- forms a first name too),
                # whatever the rest is: no list knows every nisba ("Al-<town>")
                rest = self.flags("-".join(parts[1:]))
                out = lx.SURNAME | (rest & lx.SURNAME_COMMON)
                return out | lx.FIRST if art in ("abd", "abdel", "abdul", "abdal", "abu", "abou") else out
            pf = [self.flags(p) if p[:1].isupper() else 0 for p in parts]
            if all(x & (lx.FIRST | lx.SURNAME) for x in pf):
                out = lx.FIRST | lx.SURNAME
                for x in pf:
                    out &= x | lx.SURNAME  # a double name is a surname (or a double first name)
                if all(x & lx.FIRST for x in pf):
                    out |= lx.FIRST
                return out
        low = word.lower()
        # inhabitants of a place: "Enschedeërs", "Amsterdammers", "Groningers"
        for ending in ("ërs", "ers", "aars", "naren", "enaren"):
            if low.endswith(ending) and len(low) > len(ending) + 3:
                stem = word[: -len(ending)]
                for cand in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                    if self.table.get(cand, 0) & lx.PLACE:
                        return lx.PLACE
        if low in self.words and len(word) > 2:
            return lx.WORD | DICT
        return 0



@lru_cache(maxsize=1)
def shared_lex() -> Lex:
    """The one :class:`Lex` of the detector: the name finder and the chat-speaker recognizer read the
    same lexicon, and one Lex keeps one cache of the words of the text under analysis."""
    return Lex()


def is_signoff(line: str) -> bool:
    """'Met vriendelijke groet,', 'Groetjes', 'Kind regards,' -- a short line only (and cheap)."""
    return len(line) <= 60 and bool(SIGNOFF_RE.match(line))

