"""The speakers of a pasted chat: "Tom: ben je er morgen?" / "lama: nee, ik ben ziek".

A chat copied from WhatsApp, Teams or a transcript without its times puts each speaker's first
name before a colon at the start of a line. One such line is as often a label ("Vraag:",
"Let op:") as a name, so a speaker counts only in a chat: two or more speaker lines whose words
are first names in the shipped lexicon. A first name that is also an ordinary word ("Roos",
"Tom", "Mark") needs a second speaker beside it, and greetings and note labels never count.
"""
from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from detectors.names import lexicon
from detectors.recognizers.base import ReasonedPatternRecognizer

#: Labels and greetings that stand before a colon like a speaker does.
NOT_SPEAKERS = frozenset({"hoi", "hi", "hallo", "hey", "let", "tip", "noot", "nb", "ps", "re", "fw", "wil", "zon",
                          "doel", "tel", "mail", "fax", "web", "via", "aan", "van", "cc"})
#: A full name right after the colon: the line is an entry of a list (a role, a part), not a message.
_FULL_NAME_AFTER = regex.compile(r"\p{Lu}[\p{Ll}'’-]+[ \t]+(?:(?:van|de|der|den|ten|ter|el|al)[ \t]+)*\p{Lu}\p{Ll}")
#: Speaker lines read per text (a chat of thousands of lines is a chat long before its end).
MAX_LINES = 20_000


class NlChatSpeakerRecognizer(ReasonedPatternRecognizer):
    """A first name before a colon at the start of two or more lines of a chat is a person."""

    ENTITY = "PERSON"
    # one word of letters at the start of a line (after an optional time), then a colon and text
    PATTERNS = [Pattern("spreker in een chat", r"^[ \t]{0,8}(?:\[?\d{1,2}[:.]\d{2}\]?[ \t]+)?"
                                               r"(\p{L}[\p{Ll}'’-]{1,20})[ \t]*:[ \t]*(?=\S)", 0.8)]
    CONTEXT: list[str] = []
    REASON = "een voornaam voor een bericht in een chat"

    def __init__(self):
        super().__init__(name="NlChatSpeakerRecognizer", global_regex_flags=regex.M)
        self._line = regex.compile(self.PATTERNS[0].regex, regex.M)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        if ":" not in text:
            return []
        names = lexicon.load()
        spans: list[tuple[int, int, str, int]] = []
        for n, m in enumerate(self._line.finditer(text)):
            if n >= MAX_LINES:
                break
            word = m.group(1)
            if word.lower() in NOT_SPEAKERS or _FULL_NAME_AFTER.match(text, m.end()):
                continue  # (a cast or a list of parts: "Alt: Diny Boeve", "Élise: Sanne Kalkman")
            flags = names.get(word[:1].upper() + word[1:].lower(), 0)
            if flags & lexicon.FIRST:
                spans.append((m.start(1), m.end(1), word.lower(), flags))
        if len(spans) < 2:
            return []
        speakers = {w for _, _, w, _ in spans}
        out = []
        for s, e, _, flags in spans:
            if flags & lexicon.WORD and len(speakers) < 2:
                continue  # "Roos: ..." twice may be a heading; with a second speaker it is a chat
            out.append(self.result(s, e, self.PATTERNS[0].score, final=True))
        return out
