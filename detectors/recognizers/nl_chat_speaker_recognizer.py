"""The speakers of a pasted chat: "Tom: ben je er morgen?" / "[09:12] lama: nee, ik ben ziek".

A chat copied from WhatsApp, Teams or a transcript puts each speaker's first name before a colon
at the start of a line. One such line is as often a label ("Vraag:", "Let op:") as a name, so a
speaker counts only in a chat. Which lines are chat lines and who writes them is read by
:func:`detectors.names.chat.chat_writers`, the one reader the name finder asks too.
"""
from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from detectors.names import chat
from detectors.recognizers.base import ReasonedPatternRecognizer


class NlChatSpeakerRecognizer(ReasonedPatternRecognizer):
    """A first name before a colon at the start of two or more lines of a chat is a person."""

    ENTITY = "PERSON"
    # (the pattern is not matched itself: chat_writers reads the lines; it names the score)
    PATTERNS = [Pattern("spreker in een chat", r"^[ \t]{0,8}(\p{L}[\p{Ll}'’-]{1,20})[ \t]*:[ \t]*(?=\S)", 0.8)]
    CONTEXT: list[str] = []
    REASON = "een voornaam voor een bericht in een chat"

    def __init__(self):
        super().__init__(name="NlChatSpeakerRecognizer", global_regex_flags=regex.M)
        self._lex = None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        if ":" not in text:
            return []
        if self._lex is None:
            from detectors.names.tokens import shared_lex

            self._lex = shared_lex()  # the name finder's: the lexicon is read and cached once
        found = chat.chat_writers(text, self._lex)
        if found is None:
            return []
        return [self.result(s, e, self.PATTERNS[0].score, final=True) for s, e in found.speakers]
