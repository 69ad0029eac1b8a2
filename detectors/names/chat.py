"""The writers of a pasted chat, and the first names typed in lower case inside it: "[09:12]
jeroen: kan iemand de dienst van ruud overnemen?", "ok top, dan vraag ik het aan fatima".

:func:`chat_writers` is the one reader of chat writers: the name finder (writers before a colon,
writers on a line of their own, lower-case names) and the chat-speaker recognizer ask it, so a
WhatsApp export, a Teams or Slack copy and a bare "Kevin: ..." chat are judged the same way.

People type chats without capitals, so the finder, which starts from capitals, misses the
colleagues and clients they write about. A lower-case word counts as a name only in a text that
is a chat (two or more lines with a writer: after a time, before a colon, or before a time on a
line of its own), and only when

- the name lists know it as a common first name that is no Dutch or English word ("ruud",
  "fatima", not "roos", "mark", "jan" or the month "mei"), or
- the same name writes in the chat or is written with a capital elsewhere in the text ("roos:"
  as a writer makes "de dienst van roos" a name).

Outside a chat a lower-case word stays a word: a published text is typed with capitals.
"""
from __future__ import annotations

import re
from typing import NamedTuple

import regex

from detectors import textcache
from detectors.names import lexicon as lx
from detectors.names.recase import NEVER, title_case

#: A chat is recognised, and its lower-case names are read, in its first 20,000 characters: a chat
#: that long warns well before its end, and a pasted megabyte must stay cheap.
HEAD = 20_000
MAX_LINE = 400

_NAME = r"[^\W\d_](?:[^\W\d_]|['’\-]){0,24}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp][Mm])?"
_DATE = r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"
_WRITER = rf"({_NAME}(?:[ \t]+{_NAME}){{0,3}})"
#: The ways a chat line shows its writer: "[09:12] jeroen: ...", "[10:02] Noor Bakker",
#: "12-11-2025 09:12 - jeroen: ...", "gerda 10:41", "lama: ...".
_CHAT_LINE = re.compile(
    rf"[ \t]*(?:"
    rf"\[(?:{_DATE},?[ \t]*)?{_TIME}\][ \t]*(?:[-–][ \t]*)?{_WRITER}[ \t]*(?::|$)"
    rf"|(?:{_DATE},?[ \t]+)?{_TIME}[ \t]*(?:[-–][ \t]*)?{_WRITER}:[ \t]"
    rf"|{_WRITER},?[ \t]+\[?{_TIME}\]?[ \t]*$"
    rf"|({_NAME}):[ \t]*\S)")
#: What a time written with a dot holds (see _read).
_DOT_TIME = re.compile(r"\d\.\d")
#: Labels, greetings and abbreviations that stand before a colon like a writer does.
NOT_WRITERS = frozenset({"hoi", "hi", "hallo", "hey", "let", "tip", "noot", "nb", "ps", "re", "fw", "wil", "zon",
                         "doel", "tel", "mail", "fax", "web", "via", "aan", "van", "cc"})
#: A full name right after the colon: the line is an entry of a list (a role, a part in a cast),
#: not a message ("Alt: Diny Boeve", "Élise: Sanne Kalkman").
_FULL_NAME_AFTER = regex.compile(r"[ \t]*\p{Lu}[\p{Ll}'’-]+[ \t]+(?:(?:van|de|der|den|ten|ter|el|al)[ \t]+)*\p{Lu}\p{Ll}")
#: The value of a key in code or a config file: a quoted string or a number closed by a comma, or
#: an opening brace ("age: 82,", "time: '9:30 AM',", "address: {"); a message is no such thing.
_CODE_VALUE = re.compile(r"""[ \t]*(?:(?:'[^'\n]*'|"[^"\n]*"|-?\d+(?:\.\d+)?|true|false|null)[ \t]*,|[{\[])[ \t]*$""")
#: Common first names that are words the word lists lack ("in alle ernst", "anything else").
_WORDS = frozenset({"ernst", "else"})
#: Writers before a colon reported per text (a chat of thousands of lines is a chat long before its end).
MAX_SPEAKERS = 20_000

NAME_SCORE = 0.6  # a common first name that is no word
KNOWN_SCORE = 0.7  # a writer of the chat, or a name written with a capital elsewhere


class Chat(NamedTuple):
    """What :func:`chat_writers` reads from a chat."""

    writers: frozenset  # the writers, in lower case
    speakers: list  # (start, end) of each writer's first word before a colon: "jeroen" in "[09:12] jeroen: ..."
    heads: list  # (start, end) of each writer's first word on a line of its own: "Yasin" in "Yasin 10:16"


#: The reading of the text under analysis: the name finder and the chat-speaker recognizer ask for
#: the same text, and it is read once (emptied after the text, like every per-text cache).
_READ: dict[str, Chat | None] = {}
textcache.per_text(_READ.clear)


def chat_writers(text: str, lex) -> Chat | None:
    """The writers of ``text`` when it is a chat, else None. The one reader of chat writers: the
    name finder and the chat-speaker recognizer both ask it (``lex``: a ``tokens.Lex``; every one
    gives the shipped lexicon's flags, so one reading serves both).

    A chat is two or more lines with a writer: after a time ("[09:12] jeroen: ...", "12-03-25
    09:14 - Sanne: ..."), before a colon ("Kevin: wie heeft dienst?") or on a line of its own before
    a time ("Jeroen Bakker 09:12", "sanne  9:12 AM"). A writer's first word must be a first name in
    the lists and no label or greeting (a line whose writer no list knows at all still counts as a
    chat line); a writer that is also a word ("roos", "mark") needs a
    second writer beside it, as a word before a colon twice is as often a heading. A line with a
    full name after the colon is an entry of a list ("Alt: Diny Boeve"), not a message.

    Whether a text is a chat is read in its first :data:`HEAD` characters; the writers found there
    are then looked for before a colon in the rest of the text with one regex.
    """
    if text not in _READ:
        _READ.clear()
        _READ[text] = _read(text, lex)
    return _READ[text]


def _read(text: str, lex) -> Chat | None:
    writers: dict[str, int] = {}
    found: list[tuple[int, int, str, bool]] = []  # (start, end, writer, before a colon)
    others = 0
    pos = 0
    for line in text[:HEAD].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if len(line) > MAX_LINE or not line.strip():
            continue
        if ":" not in line and ("." not in line or not _DOT_TIME.search(line)):
            # every way of _CHAT_LINE holds a colon or a time, and a time without a colon is a digit, a dot and a
            # digit ("10.41"): no match (tests/detectors/test_chat_line_precheck.py); most lines of prose hold a dot
            continue
        m = _CHAT_LINE.match(line)
        if not m:
            continue
        k = next(k for k, g in enumerate(m.groups(), 1) if g)
        first = m.group(k).split()[0]
        low = first.lower()
        if low in NOT_WRITERS or low in NEVER or (first.isupper() and len(first) > 1):
            continue  # (a word in capitals before a colon is a field of a form: "IBAN: ...", "REDEN: ...")
        colon = line[m.end(k):].lstrip()[:1] == ":"
        if colon and _FULL_NAME_AFTER.match(line, line.index(":", m.end(k)) + 1):
            continue
        if colon and _CODE_VALUE.match(line, line.index(":", m.end(k)) + 1):
            continue  # (a key of code or a config file, "age: 82,", "time: '9:30 AM',", is no writer)
        f = lex.flags(title_case(first))
        if f & lx.FIRST:
            writers[low] = f
            found.append((at + m.start(k), at + m.start(k) + len(first), low, colon))
        elif not f & lx.WORD:
            others += 1  # (a writer no list knows, "Zandrine: ...", is no name here but shows a chat)
    if len(found) + others < 2 or not found:
        return None
    names = frozenset(w for w, f in writers.items() if len(writers) >= 2 or not f & lx.WORD)
    if not names:
        return None
    speakers = [(s, e) for s, e, w, colon in found if colon and w in names][:MAX_SPEAKERS]
    if len(text) > HEAD and len(speakers) < MAX_SPEAKERS:
        speakers += _later_speakers(text, names, MAX_SPEAKERS - len(speakers))
    return Chat(names, speakers, [(s, e) for s, e, w, colon in found if not colon and w in names])


def _later_speakers(text: str, names: frozenset, limit: int) -> list[tuple[int, int]]:
    """The writers of the chat before a colon after its first :data:`HEAD` characters."""
    line = re.compile(rf"^[ \t]*(?:\[[^\]\n]{{0,30}}\][ \t]*|(?:{_DATE},?[ \t]+)?{_TIME}[ \t]*)?(?:[-–][ \t]*)?"
                      rf"((?i:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))}))"
                      rf"(?![^\W\d_])(?:[ \t]+[^\W\d_][^\s:]{{0,24}}){{0,3}}[ \t]*:", re.M)
    out = []
    start = text.find("\n", HEAD - 1)  # (the line cut at HEAD was read with the head)
    if start < 0:
        return []
    for m in line.finditer(text, start + 1):
        out.append(m.span(1))
        if len(out) >= limit:
            break
    return out


#: A word in lower case, not inside a mail address, a link, a path or a handle.
_LOWER = re.compile(r"(?<![\w@./\\:'’-])[^\W\d_]{3,}(?![\w@'’-])(?!\.\w)")
#: A capitalised word after a word on the same line: a capital inside a sentence.
#: (the capital first, then the look-behind over it and the two characters before it: ``re`` skips ahead to a
#: capital in C, where a pattern that opens with the look-behind is tried at every position; the same matches,
#: compared with "(?<=[^\W\d_][ \t])[A-Z][a-z]{2,}(?![\w'’-])" in tests/detectors/test_speed17_equivalence.py)
_MID_CAP = re.compile(r"[A-Z](?<=[^\W\d_][ \t].)[a-z]{2,}(?![\w'’-])")


def lower_names(orig: str, lex, writers: set[str], capitalised: set[str]) -> list[tuple[int, int, float]]:
    """Spans of the lower-case first names of a chat, with their score.

    The words are judged once each (a set of the distinct words), and only the few that are names
    are then looked for with one regex: a chat of a megabyte costs no Python step per word.
    """
    head = orig[:HEAD]
    known = writers | capitalised | {w.lower() for w in set(_MID_CAP.findall(head)) if lex.flags(w) & lx.FIRST}
    score: dict[str, float] = {}
    for word in set(_LOWER.findall(head)):
        if not word.islower() or word in NEVER or word in NOT_WRITERS:
            continue
        if word in known:
            score[word] = KNOWN_SCORE
        elif word not in _WORDS and word not in lex.words:
            f = lex.flags(title_case(word))
            if f & lx.FIRST_COMMON and not f & lx.WORD:
                score[word] = NAME_SCORE
    if not score:
        return []
    names = re.compile(r"(?<![\w@./\\:'’-])(?:" + "|".join(map(re.escape, sorted(score, key=len, reverse=True)))
                       + r")(?![\w@'’-])(?!\.\w)")
    return [(m.start(), m.end(), score[m.group()]) for m in names.finditer(head)]

