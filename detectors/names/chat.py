"""First names typed in lower case inside a pasted chat: "[09:12] jeroen: kan iemand de dienst
van ruud overnemen?", "ok top, dan vraag ik het aan fatima".

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
#: Labels, greetings and abbreviations that stand before a colon like a writer does.
_NOT_WRITERS = frozenset({"hoi", "hi", "hallo", "hey", "let", "tip", "noot", "nb", "ps", "re", "fw", "wil", "zon",
                          "doel", "tel", "mail", "fax", "web", "via", "aan", "van", "cc"})
#: Common first names that are words the word lists lack ("in alle ernst", "anything else").
_WORDS = frozenset({"ernst", "else"})

NAME_SCORE = 0.6  # a common first name that is no word
KNOWN_SCORE = 0.7  # a writer of the chat, or a name written with a capital elsewhere


def chat_writers(text: str, lex) -> tuple[set[str], list[tuple[int, int]]] | None:
    """The writers of ``text`` (lower case) when it is a chat, else None; with the spans of the
    writers that head a message on a line of their own ("Yasin 10:16", "[10:12] sanne"), as no
    other reader takes a writer without a colon.

    A writer's first word must be a first name in the lists; a writer that is also a word
    ("roos", "mark") needs a second writer beside it, as a word before a colon twice is as often a
    heading.
    """
    writers: dict[str, int] = {}
    heads: list[tuple[int, int, str]] = []
    lines = 0
    pos = 0
    for line in text[:HEAD].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if len(line) > MAX_LINE or not line.strip():
            continue
        m = _CHAT_LINE.match(line)
        if not m:
            continue
        k = next(k for k, g in enumerate(m.groups(), 1) if g)
        first = m.group(k).split()[0]
        low = first.lower()
        if low in _NOT_WRITERS or low in NEVER:
            continue
        f = lex.flags(title_case(first))
        if not f & lx.FIRST:
            continue
        writers[low] = f
        lines += 1
        if line[m.end(k):].lstrip()[:1] != ":":  # (a writer before a colon is the speaker reader's)
            heads.append((at + m.start(k), at + m.start(k) + len(first), low))
    if lines < 2 or not writers:
        return None
    if len(writers) < 2 and all(f & lx.WORD for f in writers.values()):
        return None
    names = {w for w, f in writers.items() if len(writers) >= 2 or not f & lx.WORD}
    return names, [(s, e) for s, e, w in heads if w in names]


#: A word in lower case, not inside a mail address, a link, a path or a handle.
_LOWER = re.compile(r"(?<![\w@./\\:'’-])[^\W\d_]{3,}(?![\w@'’-])(?!\.\w)")
#: A capitalised word after a word on the same line: a capital inside a sentence.
_MID_CAP = re.compile(r"(?<=[^\W\d_][ \t])[A-Z][a-z]{2,}(?![\w'’-])")


def lower_names(orig: str, lex, writers: set[str], capitalised: set[str]) -> list[tuple[int, int, float]]:
    """Spans of the lower-case first names of a chat, with their score.

    The words are judged once each (a set of the distinct words), and only the few that are names
    are then looked for with one regex: a chat of a megabyte costs no Python step per word.
    """
    head = orig[:HEAD]
    known = writers | capitalised | {w.lower() for w in set(_MID_CAP.findall(head)) if lex.flags(w) & lx.FIRST}
    score: dict[str, float] = {}
    for word in set(_LOWER.findall(head)):
        if not word.islower() or word in NEVER or word in _NOT_WRITERS:
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

