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
#: Chat replies and interjections that a name list may know as a rare first name ("Jep"): in a
#: line typed in lower case they are words, not names.
CHAT_WORDS = frozenset({
    "jep", "jup", "jip", "yep", "yup", "jaa", "jaaa", "jawel", "nope", "neej", "nee", "ja", "oke", "okee", "oki",
    "okay", "ok", "top", "thx", "tnx", "thanks", "dank", "idd", "kk", "yes", "yess", "no", "lol", "haha", "hihi",
    "hmm", "hm", "pff", "sure", "cool", "nice", "prima", "super", "mooi", "klopt", "zeker", "toppie", "dankje",
    "dankjewel", "merci", "gelukt", "gedaan", "ff", "even", "sws", "iig", "mvg", "gr", "grtz", "groetjes",
})
#: Words that are never a name, whatever their case (also used by ``detectors.names.chat``).
NEVER = STOP | TUSSENVOEGSELS | GREETINGS | TITLES | PERSON_WORDS | LABELS | CHAT_WORDS


def recase(text: str, lex: Lex) -> str:
    """``text`` with its all-lower and all-caps lines re-cased for name finding (same length)."""
    lines = text.split("\n")
    if not any(_plain_line(line) for line in lines):
        return text
    header = _field_names(lines[0], lex)  # (the first line only: a table's header opens what is pasted)
    # A text typed without any capital is a chat: there a word no list knows next to a name is
    # taken as part of it ("ergilio maduro"); in a lower-case line of a mixed text ("geen max
    # tarief" in a vacancy) it is not, as the Dutch word list misses many plain nouns.
    head = text[:3000]
    chat = head.islower() and head.count(" ") >= 3
    out = []
    for n, line in enumerate(lines):
        kind = "" if header and n == 0 else _plain_line(line)
        out.append(_recase_line(line, kind, lex, chat) if kind else line)
    new = "\n".join(out)
    return new if len(new) == len(text) else text


#: The first line of a CSV file or a table in lower case: three or more names of fields, maybe quoted, maybe with a
#: space after the separator ('datum,type,ernst', '"datum", "type", "ernst"').
_FIELD_CELL = r"[ \t]*\"?[a-z_]+\"?"
_FIELD_LINE = re.compile(_FIELD_CELL + r"(?:([,;\t|])" + _FIELD_CELL + r")(?:\1" + _FIELD_CELL + r")+[ \t]*")


def _field_names(line: str, lex: Lex) -> bool:
    """Whether ``line`` is the header of a table: names of fields, more than half of them with "_" or no first name or
    surname of the name lists ("datum", "id", "status"); a row of names in lower case ("ernst,bakker,zwolle",
    "jan,piet,kees") is no header."""
    m = _FIELD_LINE.fullmatch(line)
    if m is None:
        return False
    cells = [c.strip(' \t"') for c in line.split(m.group(1))]
    return 2 * sum(1 for c in cells if "_" in c or not lex.flags(title_case(c)) & (lx.FIRST | lx.SURNAME)) > len(cells)


def _plain_line(line: str) -> str:
    """'lower', 'upper' or '' for a line with at least two words of one case only."""
    if len(line) < 6 or len(line) > MAX_LINE:
        return ""
    if line.islower():  # str methods: C speed on every line of a long text
        return "lower" if sum(c.isalpha() for c in line) >= 6 else ""
    if line.isupper() and " " in line.strip() and sum(c.isalpha() for c in line) >= 6:
        return "upper"
    return ""


def _lower_slots(line, words, decided, lex, chat=False) -> None:
    """Names in lower case that the lists alone do not decide, found by where they stand:
    the writer after a chat time ("[14:20] said benali"), a surname after a title ("mevr.
    blufpand", "meneer de wit"), and a first name that is also a word before a surname
    ("said benali", "bram verhoeven")."""
    m = _SPEAKER.match(line)
    first = words[0].group() if words else ""
    if m and 2 <= len(words) <= 4 and all(
            w.group().lower() in TUSSENVOEGSELS or (w.group().lower() not in NEVER and len(w.group()) >= 2)
            for w in words) and first.lower() not in TUSSENVOEGSELS and (
            first not in lex.words or lex.flags(title_case(first)) & lx.FIRST):
        for k, w in enumerate(words):
            if w.group().lower() not in TUSSENVOEGSELS:
                decided[k] = title_case(w.group())
        return
    for k, w in enumerate(words):
        low = w.group().lower()
        if low in TITLES and k + 1 < len(words):
            j = k + 1
            while j < len(words) and words[j].group() in TUSSENVOEGSELS and j - k <= 3:
                j += 1
            if j >= len(words) or (decided[j] or "")[:1].isupper():
                continue
            nxt = words[j].group()
            f = lex.flags(title_case(nxt))
            if len(nxt) >= 2 and nxt not in NEVER and (f & lx.SURNAME or (nxt not in lex.words and not f)):
                decided[j] = title_case(nxt)
        elif decided[k] == w.group() and low not in NEVER and k + 1 < len(words):
            # a first name that is also a word, before a surname ("said benali", "rima hamoud",
            # "said el khatib"): a common first name, or one that is no Dutch word
            f = lex.flags(title_case(w.group()))
            if not f & lx.FIRST or f & lx.PLACE and not f & lx.FIRST_COMMON \
                    or not (f & lx.FIRST_COMMON or low not in lex.words):
                continue
            j = k + 1
            while j < len(words) and words[j].group() in TUSSENVOEGSELS and j - k <= 3:
                j += 1
            if (j < len(words) and _spaced(line, words, k, j)
                    and ((decided[j] is None or decided[j][:1].isupper())
                         and lex.flags(title_case(words[j].group())) & lx.SURNAME
                         or chat and j == k + 1 and _unknown(words[j].group(), lex))):
                decided[k] = title_case(w.group())
    # two names side by side that the lists know only as surnames, or one such name and a word no
    # list knows: "ramdien ramdin", "ergilio maduro" (many Surinamese first names are surnames too)
    for k in range(len(words) - 1):
        a, b = decided[k], decided[k + 1]
        if b is not None and b[:1].isupper() and lex.flags(b) & lx.SURNAME:
            b = None  # a first name that is a surname too, already capitalised ("ramdien ramdin")
        if (a is None or chat and _unknown(words[k].group(), lex)) \
                and (b is None or chat and _unknown(words[k + 1].group(), lex)) \
                and (a is None or b is None) and _spaced(line, words, k, k + 1):
            decided[k] = title_case(words[k].group())
            decided[k + 1] = title_case(words[k + 1].group())


def _unknown(word: str, lex: Lex) -> bool:
    """A word of four or more letters that no name list and no Dutch word list knows."""
    low = word.lower()
    return len(word) >= 4 and low not in NEVER and low not in lex.words and not lex.flags(title_case(word))


def _spaced(line: str, words, k: int, j: int) -> bool:
    """Words k..j stand one space apart (no comma or full stop between them)."""
    return all(line[words[i].end():words[i + 1].start()] == " " for i in range(k, j))


#: A chat line that holds only the writer after the time: "[14:20] said benali".
_SPEAKER = re.compile(r"^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]+[^\W\d_][^\d:\[\]]*$")


def title_case(word: str) -> str:
    """'AL-HAMWI' / 'al-hamwi' -> 'Al-Hamwi' (each part of a double name capitalised)."""
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.lower().split("-"))


def _in_an_address(line: str, s: int, e: int) -> bool:
    """The word at [s, e) is part of a web address, a host name, a path, a file name or a mail box ("http://irma.app",
    "/home/sanne_old", "media/2014-03-betty1.jpg", "sanne@"), not a word of the sentence. (Not after "@": "@sanne"
    mentions someone in a chat; not before a full stop that ends a sentence: "bel ik irma.")"""
    before = line[s - 1] if s else " "
    after = line[e] if e < len(line) else " "
    return before in "/._\\" or after in "/_\\@" or (after == "." and line[e + 1:e + 2].isalnum()) \
        or before.isdigit() or after.isdigit()


def _recase_line(line: str, kind: str, lex: Lex, chat: bool = False) -> str:
    words = list(_WORD.finditer(line))
    decided: list[str | None] = []
    for m in words:
        w = m.group()
        low = w.lower()
        title = title_case(w)
        if low in NEVER or len(low) < 2 or _in_an_address(line, m.start(), m.end()):
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
        elif name and not f & lx.PLACE:
            decided.append(None)  # a name that is also a word ("TELMA SPENCER"): by its neighbours
        elif f & lx.WORD or low in lex.words or f & lx.PLACE:
            decided.append(low)
        else:
            decided.append(None)  # unknown: decided by its neighbours below
    if kind == "lower":
        _lower_slots(line, words, decided, lex, chat)
    # an unknown word next to a first name is part of the name ("MUSSIE MEBRAHTU", "ramdien kalloe")
    # (in capitals a name that is also a word next to any name: "TELMA SPENCER", "RIMA AL-HALABI";
    # a word no list knows next to a surname that is no word: "SHURMAINE SILBERIE")
    if kind == "upper":
        for k in range(len(words) - 1):
            a, b = lex.flags(title_case(words[k].group())), lex.flags(title_case(words[k + 1].group()))
            if decided[k] is None and decided[k + 1] is None and (a | b) & lx.FIRST \
                    and _spaced(line, words, k, k + 1):
                decided[k] = title_case(words[k].group())  # "ASTER ANDEMARIAM": a first name and an unknown
                decided[k + 1] = title_case(words[k + 1].group())
    for k, m in enumerate(words):
        if decided[k] is not None:
            continue
        w = m.group()
        title = title_case(w)
        need = lx.FIRST
        if kind == "upper":
            need = lx.FIRST | lx.SURNAME
        near_first = any(0 <= j < len(words) and decided[j] is not None and decided[j][:1].isupper()
                         and lex.flags(decided[j]) & need
                         and (lex.flags(decided[j]) & lx.FIRST or lex.flags(title) or not lex.flags(decided[j]) & lx.WORD)
                         for j in ((k - 1, k + 1) if kind == "upper" else (k - 1,)))
        decided[k] = title if near_first else (w.lower() if kind == "upper" else w)
    # in a chat, a word no list knows right after a first name is its surname, and so is a
    # surname that is also a word: "ergilio maduro", "delano pinas"
    if kind == "lower" and chat:
        for k in range(1, len(words)):
            w = words[k].group()
            prev = decided[k - 1]
            if not (decided[k] == w and prev[:1].isupper() and _spaced(line, words, k - 1, k)):
                continue
            pf = lex.flags(prev)
            if pf & lx.FIRST and (_unknown(w, lex) or not pf & lx.WORD and lex.flags(title_case(w)) & lx.SURNAME
                                  and w.lower() not in NEVER and len(w) >= 3):
                decided[k] = title_case(w)
    # a surname that is also a word, after a name and a tussenvoegsel: "wouter van den heuvel"
    for k, m in enumerate(words):
        j = k - 1
        while j >= 0 and words[j].group().lower() in TUSSENVOEGSELS:
            j -= 1
        if j == k - 1 or j < 0 or not decided[j][:1].isupper():
            continue
        title = title_case(m.group())
        if lex.flags(title) & lx.SURNAME or (kind == "lower" and chat and _unknown(m.group(), lex)):
            decided[k] = title
    if kind == "upper":
        # initials before a name in capitals stay capitals: "J. VAN DER BERG", "J. J. M. DEN HOLLANDER"
        for k in range(len(words) - 1, -1, -1):
            m = words[k]
            if len(m.group()) != 1 or not line.startswith(".", m.end()):
                continue
            j = k + 1
            while j < len(words) and j - k <= 6 and (len(words[j].group()) == 1 and line.startswith(".", words[j].end())
                                                     or words[j].group().lower() in TUSSENVOEGSELS):
                j += 1
            if j < len(words) and j - k <= 6 and decided[j][:1].isupper():
                decided[k] = m.group()
    chars = list(line)
    for m, new in zip(words, decided):
        if len(new) == m.end() - m.start():
            chars[m.start():m.end()] = new
    return "".join(chars)
