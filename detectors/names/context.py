"""What stands around a name-shaped run: a greeting, a field label, a sign-off, a person word
(:meth:`NameContext._context`), and whether the person is a public official in a public role
(:meth:`NameContext._is_official`). The finder (:mod:`detectors.names.finder`) scores with it.
"""
from __future__ import annotations

import re
from itertools import accumulate, chain

import regex

from detectors.regexgate import gated
from detectors import textcache
from detectors.names import lexicon as lx
from detectors.names.tokens import (
    DICT,
    Lex,
    Lines,
    is_cap,
    is_initial_letters,
    is_signoff,
    tokenize,
)
from detectors.names.words import (
    AFFILIATION_RE,
    AND_WORDS,
    GREETINGS,
    HYPHEN_OFFICES,
    LABELS,
    LIST_LABELS,
    NOT_PERSON_SUFFIXES,
    OFFICE_SET,
    OFFICES,
    PARTIES,
    PERSON_WORDS,
    PLURAL_OFFICES,
    PUBLIC_APPOSITION_RE,
    PUBLIC_PAGE_OFFICES,
    PUBLIC_PAGE_TITLES,
    R_CHAT,
    R_CONTEXT,
    R_GREETING,
    R_LABEL,
    R_SIGNOFF,
    REPORT_VERBS,
    SIGNATURE_RE,
    STOP,
    TITLES,
    TUSSENVOEGSELS,
)


#: Endings of English and Latinate nouns that no list knows ("Location", "Management",
#: "Compliance"); names with these endings ("Florence", "Clement") are in the name lists.
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence")


#: Common first names that are places only as a saint's: "Sint Maarten", "Sint-Joost", "Sint Anna" (a chunk that
#: holds "Sint" is read as a whole); alone in a sentence they are the person.
_SAINTS = frozenset({"Agatha", "Anna", "Hubert", "Joost", "Maarten", "Maria", "Willem"})


def _line_start(toks, k: int) -> int | None:
    """The first token of the line that holds token ``k``, ``None`` past _LIST_LINE_TOKENS of it (no list of those
    present is that long, and a long text of such lines is read from every line's start)."""
    stop = k - _LIST_LINE_TOKENS
    while k > 0 and toks[k - 1].kind != "nl":
        k -= 1
        if k < stop:
            return None
    return k


_LIST_LINE_TOKENS = 300


def _names_line(toks, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` are a list of names: capitalised words and tussenvoegsels between commas,
    lower-case words only in brackets ("Meijer (vz)", "Vernooij (allen m.k.)")."""
    depth = 0
    for t in toks[first:last + 1]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif t.kind == "w":
            if not (depth or t.text[:1].isupper() or t.text.lower() in TUSSENVOEGSELS or t.text.lower() in AND_WORDS):
                return False
        elif t.text not in (",", ".", "-", "'", "’") and not depth:
            return False
    return True


def _list_label_above(toks, j: int) -> bool:
    """Whether the line that starts after the line break ``toks[j]`` lists those present under a label of its own
    line, blank lines between: "Aanwezig:" / "" / "Brinkman, Koet, Meijer (vz)", also below the label of one group
    of them ("Aanwezig:" / "Leden UR:" / "Brinkman, ..." / "College van Bestuur:" / "Van Ast, Flierman").
    At most eight lines up, each a label or a list of capitalised items."""
    k = j
    for _ in range(8):
        while k >= 0 and toks[k].kind == "nl":
            k -= 1
        if k < 0:
            return False
        first = _line_start(toks, k)
        if first is None:
            return False
        if toks[k].text == ":":
            words = [t.text.lower() for t in toks[first:k]]
            if not 1 <= len(words) <= 4 or not all(t.kind == "w" for t in toks[first:k]):
                return False
            if " ".join(words) in LIST_LABELS:
                return True
            # (the label of one group of those present, under the list's own label)
        elif not _names_line(toks, first, k):
            return False  # neither a label nor a list of names: the text above is something else
        k = first - 1
    return False


class NameContext:
    """Context rules over the tokens of one text; ``lex`` is the name lexicon's flag look-up."""

    lex: Lex

    def _nameish(self, word: str) -> bool:
        """A capitalised word that may be part of a name (in a name list, or unknown)."""
        # (a pure function of the word and the lexicon: kept per word, a run of names asks often)
        cache = self.__dict__.get("_nameish_cache")
        if cache is None:
            cache = self._nameish_cache = {}
        out = cache.get(word)
        if out is None:
            if len(cache) > 50_000:
                cache.clear()
            out = cache[word] = self._nameish_uncached(word)
        return out

    def _nameish_uncached(self, word: str) -> bool:
        low = word.lower()
        if low in STOP or low in OFFICE_SET or low in PERSON_WORDS or low in GREETINGS or low in _BODIES:
            return False
        f = self.lex.flags(word)
        if low.endswith(NOT_PERSON_SUFFIXES) and not f & lx.SURNAME and not (
                "-" in word and any(self.lex.flags(p) & lx.SURNAME for p in word.split("-") if p)):
            return False
        if f & (lx.FIRST | lx.SURNAME):
            return True
        if not f and low.endswith(_NOUN_ENDINGS):
            return False  # "Location", "Fulfilment", "Performance": an English or Latinate noun
        # unknown to every list (rare names are unknown too), or known only as a Dutch word: it
        # stays in the run, and the scoring sees that it is a word
        return not f or f == lx.WORD | DICT

    def _common_first(self, word: str) -> bool:
        f = self.lex.flags(word)
        return bool(f & lx.FIRST_COMMON) and (not f & lx.PLACE or word in _SAINTS) and word.lower() not in STOP

    def _sentence_start(self, toks, idx):
        j = idx - 1
        while j >= 0 and toks[j].kind == "p" and toks[j].text in "\"'‘’“”([-–•*>":
            j -= 1
        if j < 0:
            return True
        t = toks[j]
        return t.kind == "nl" or t.text in (".", "!", "?", ":", ";", "…")

    def _context(self, toks, first_i, lead, lines) -> tuple[float, str, bool]:
        """The strongest context before a chunk: (score it gives, reason, explicit).

        ``explicit`` is True for a greeting word or a field label right before the chunk: then
        even a word that no name list knows is taken as a name ("Beste Bhaskar,").
        """
        tok = toks[first_i]
        # A greeting right before ("Hoi Sanne", "Beste Priscilla Koster").
        if lead:
            w = toks[lead[-1][0]].text.lower()
            if w in GREETINGS and len(lead) == 1:
                return 0.85, R_GREETING, True
        j = first_i - 1
        prev = toks[j] if j >= 0 else None
        if prev is not None and prev.kind == "w" and prev.text.lower() in GREETINGS and prev.line == tok.line:
            return 0.85, R_GREETING, True
        # A field label: "Naam: ...", "Van: ...", "Aanwezig: ... , ..."
        if not lead and self._label_before(toks, first_i):
            return 0.8, R_LABEL, True
        if self._chat_speaker(toks, first_i):
            return 0.8, R_CHAT, True
        line_text = lines[tok.line].strip()
        if is_signoff(line_text):
            return 0.0, "", False
        at_line_start = tok.line_start or (lead and toks[lead[0][0]].line_start and len(lead) == 1
                                           and toks[lead[0][0]].text in "-–")
        # The owner of an item in an action list: "- Helder: rooster aanpassen"
        if (first_i > 0 and toks[first_i - 1].line_start and toks[first_i - 1].text in "-–•*"
                and tok.text in getattr(lines, "list_owners", ()) and first_i + 1 < len(toks)
                and toks[first_i + 1].text == ":"):
            return 0.75, R_CHAT, True
        if at_line_start or (first_i > 0 and toks[first_i - 1].text in "-–" and toks[first_i - 1].line_start):
            # A sign-off line above: "Met vriendelijke groet,\n\nPetra"
            ln = tok.line - 1
            while ln >= 0 and not lines[ln].strip():
                ln -= 1
            if ln >= 0 and is_signoff(lines[ln].strip()) and len(line_text.split()) <= 6:
                return 0.85, R_SIGNOFF, False
            if ln >= 0 and lines[ln].rstrip().endswith(("!", ",")) and len(line_text.split()) <= 4 \
                    and not lines[ln].rstrip().endswith(":,"):
                return 0.7, R_SIGNOFF, False
            # "– Willemijn Aarts, team lead" under a note; not a list item that goes on
            # ("- Zet in de onderwerpregel de functie.": an imperative, not a name)
            if first_i > 0 and toks[first_i - 1].text in "-–" and toks[first_i - 1].line_start:
                k = first_i
                while k < len(toks) and toks[k].kind in ("w", "t") and toks[k].line == tok.line \
                        and (k == first_i or not toks[k].text[0].islower() or toks[k].text in TUSSENVOEGSELS):
                    k += 1
                one_word = k == first_i + 1
                if k < len(toks) and toks[k].text == ":":
                    # "- Roos: mail sturen" owns an item; "- Tip: bewaar de mail" is a label: one
                    # word that is also an ordinary word needs a common first name or a list of owners
                    f = self.lex.flags(tok.text)
                    if one_word and f & lx.WORD and not f & lx.FIRST_COMMON \
                            and tok.text not in getattr(lines, "list_owners", ()):
                        return 0.0, "", False
                if k >= len(toks) or toks[k].kind == "nl" or toks[k].text in (",", "|", "(", ":"):
                    return 0.7, R_SIGNOFF, False
        if tok.line_start:
            k = first_i
            while k < len(toks) and toks[k].kind in ("w", "t") and toks[k].line == tok.line:
                k += 1
            # Vocative at the start of a line: "Nadia, kun jij ..."
            if k < len(toks) and toks[k].text == "," and k - first_i <= 3 and not (
                    getattr(lines, "chat_writers", None) and not all(
                        toks[m].text[0].isupper() or toks[m].text.lower() in TUSSENVOEGSELS
                        for m in range(first_i + 1, k))):
                # (a reply in a chat opens with a short clause: "Doe ik, stuur maar", "Oh nee, ...";
                # a vocative has only name words before its comma)
                return 0.75, R_GREETING, False
            # The writer of a chat line: "Kevin: wie heeft dienst?"
            if (k < len(toks) and toks[k].text == ":" and k - first_i == 1
                    and toks[first_i].text.lower() in lines.chat_writers and not self.lex.flags(toks[first_i].text) & lx.WORD):
                return 0.75, R_CHAT, False
            if (k < len(toks) and toks[k].text == ":" and k - first_i <= 3
                    and self._common_first(toks[first_i].text)
                    and not self.lex.flags(toks[first_i].text) & lx.WORD
                    and toks[first_i].text.lower() not in LABELS):
                return 0.75, R_CHAT, False
            # A line with only a short name on it, at the end of the text
            if (k >= len(toks) or toks[k].kind == "nl") and k - first_i <= 3 and k > lines.last_content:
                # not a department under its organisation: "UWV\nSociaal Juridische Zaken"
                ln = tok.line - 1
                while ln >= 0 and not lines[ln].strip():
                    ln -= 1
                if not (ln >= 0 and _ORG_LINE.match(lines[ln].strip())):
                    return 0.75, R_SIGNOFF, False
        # A person word shortly before: "collega Pieter", "mijn zoon, Daan Mulder"
        for back in range(1, 4):
            j = first_i - back
            if j < 0:
                break
            t = toks[j]
            if t.kind == "nl" or t.text in (".", "!", "?", ";", ":"):
                break
            if t.kind == "w" and t.text.lower() in PERSON_WORDS:
                return 0.7, R_CONTEXT, False
        return 0.0, "", False

    @staticmethod
    def _chat_speaker(toks, first_i) -> bool:
        """The writer's name on a chat line after a bracketed time: "[09:13] Anas Kurdi" alone on
        its line, or before a colon and the message ("[14:20] Said Benali: is goed").

        Not :func:`detectors.names.chat.chat_writers`: that reader wants two chat lines and a writer
        the name lists know; one timed line with a name no list knows ("[10:02] Zandrine Pool") is a
        writer here all the same (tests/detectors/test_names_classes.py)."""
        j = first_i - 1
        if not (j >= 4 and toks[j].text == "]" and toks[j - 1].kind == "n" and toks[j - 2].text in (":", ".")
                and toks[j - 3].kind == "n" and toks[j - 4].text == "[" and toks[j - 4].line_start):
            return False
        words = 0
        for t in toks[first_i:first_i + 12]:
            if t.kind == "nl" or t.text == ":":
                return True
            if t.kind in ("w", "t"):
                words += 1
                if words > 5 or t.text[0].isupper() is False and t.text.lower() not in TUSSENVOEGSELS:
                    return False
            elif t.text not in (".", "-"):
                return False
        return words <= 5 and first_i + 12 >= len(toks)

    def _label_before(self, toks, first_i) -> bool:
        """True when the chunk is the value of a field such as 'Naam:' on the same line."""
        j = first_i - 1
        if j >= 0 and toks[j].text == "(" and self._remark_in_brackets(toks, first_i):
            return False  # "Contactpersoon: Bart-Jan Stok (Founder & directeur)": a role, not a second name
        if j >= 1 and toks[j].text == "(" and toks[j - 1].kind == "w" and first_i + 1 < len(toks) \
                and toks[first_i + 1].text == ")" and not self.lex.flags(toks[first_i].text) & lx.FIRST:
            return False  # "Afgemeld: Lex Uijthof (Procura)": the organisation of the one before (not "(Hans)")
        memo = self.__dict__.get("_label_memo")
        if memo is None or memo[0] is not toks:
            memo = self._label_memo = (toks, {})
        return self._label_walk(toks, j, first_i, memo[1])[0]

    def _label_walk(self, toks, start, first_i, memo) -> tuple[bool, int | None]:
        """The walk of :meth:`_label_before` back from token ``start``: its answer, and the hops it took to decide
        (``None``: it ran out of hops). A long list after one label ("Aanwezig: Ben en Ben en ...") asks from every
        item: a walk that reaches the start of an earlier walk takes that walk's answer, if it would have decided
        within the hops left (``memo``: start -> answer, per text). The walk reads no token after ``start`` but the
        one right behind a bracketed remark, which is never the first word of a name, so the answer is the same."""
        j, hops = start, 0
        out: tuple[bool, int | None] = (False, None)
        while j >= 0 and hops < 40:
            seen = memo.get(j)
            if seen is not None:
                res, used = seen
                out = (res, hops + used) if used is not None and hops + used < 40 else (False, None)
                break
            t = toks[j]
            if t.kind == "nl" and not (j >= 1 and toks[j - 1].text == "," and t.text == "\n"):
                # (a list of people wrapped after a comma goes on: "Aanwezig zijn Jansen,\nDe Vries en Bakker.")
                out = (_list_label_above(toks, j), hops)
                break
            if t.text == ":":
                k = j - 1
                words = []
                while k >= 0 and toks[k].kind == "w" and len(words) < 3:
                    words.append(toks[k].text.lower())
                    k -= 1
                if k >= 0 and toks[k].kind not in ("nl", "p", "n"):
                    # (a number may end the field before it: "Datum: 30 oktober 2018 Notulant: Bahar")
                    out = (False, hops)
                    break
                label = " ".join(reversed(words))
                # "[09:14] Sanne" has digits before the colon: not a label
                out = (bool(words) and (label in LABELS or words[0] in LABELS), hops)
                break
            if t.kind == "w" and t.text in ("zijn", "waren") and j >= 1 and toks[j - 1].text.lower() in (
                    "aanwezig", "afwezig") and (j < 2 or toks[j - 2].kind in ("nl", "p")):
                out = (True, hops)  # minutes in sentences: "Aanwezig zijn Jansen, De Vries en Bakker."
                break
            if t.kind == "w" and t.text.lower() not in TUSSENVOEGSELS and not is_cap(t.text) \
                    and t.text.lower() not in ("en", "and") and not is_initial_letters(t.text):
                # lower-case words in between: only "(voorzitter)" style remarks are skipped
                if not (j > 0 and toks[j - 1].text == "(" and j + 1 < first_i and toks[j + 1].text == ")"):
                    out = (False, hops)
                    break
            if t.kind == "n" or t.text in ("[", "]", "/", "|"):
                out = (False, hops)
                break
            j -= 1
            hops += 1
        memo[start] = out
        return out

    @staticmethod
    def _remark_in_brackets(toks, first_i) -> bool:
        """The brackets that open before ``first_i`` hold a lower-case word before they close on the line."""
        for k in range(first_i, min(len(toks), first_i + 12)):
            t = toks[k]
            if t.text == ")" or t.kind == "nl":
                return False
            if t.kind == "w" and t.text[:1].islower() and t.text.lower() not in TUSSENVOEGSELS \
                    and t.text.lower() not in ("en", "and"):
                return True
        return False

    @staticmethod
    def _after_plural_office(toks, j) -> bool:
        """Whether the list that ``toks[j]`` ("," or "en") continues opens right after an office in the plural: "de
        wethouders Jan de Vries en Piet Bakker" (not "Wethouder Jan de Vries en Piet Bakker": the second may be
        anyone)."""
        k = j
        for _ in range(40):  # (a list of a few names, each of a few words)
            k -= 1
            if k < 0:
                return False
            t = toks[k]
            if t.kind == "w" and (t.text[:1].isupper() or t.text.lower() in TUSSENVOEGSELS
                                  or t.text.lower() in AND_WORDS):
                continue
            if t.text in (",", "-", "'", "’") or t.text == "." and k >= 1 and len(toks[k - 1].text) == 1 \
                    and toks[k - 1].text.isupper():
                continue  # (a full stop only after an initial: "J. de Vries"; a sentence's end stops the list)
            return t.kind == "w" and t.text.lower() in PLURAL_OFFICES
        return False

    @staticmethod
    def _office_is(toks, j, first_i, last_i, lead) -> bool:
        """The office as the subject of a sentence that only names its holder: "De burgemeester is de heer A.
        Koenen.", "Onze griffier is Ari Koenen," (not "Na overleg met de wethouder is de heer Jansen akkoord gegaan":
        the office must open the sentence and the name close it)."""
        c = j - 1 if j >= 0 and toks[j].text.lower() == "de" and (lead or toks[first_i].text.lower() == "heer") else j
        if c < 1 or toks[c].kind != "w" or toks[c].text.lower() not in _COPULAS or toks[c - 1].kind != "w":
            return False
        office = toks[c - 1].text.lower()
        if office not in OFFICE_SET and office not in PUBLIC_PAGE_OFFICES:
            return False
        k = c - 2
        if k >= 0 and toks[k].kind == "w" and toks[k].text.lower() in ("de", "onze", "ons", "het"):
            k -= 1
        if k >= 0 and not (toks[k].kind == "nl" or toks[k].text in (".", "!", "?", ":", ";")):
            return False
        after = toks[last_i + 1] if last_i + 1 < len(toks) else None
        return after is None or after.kind == "nl" or after.text in (".", ",", ";", "(")

    def _is_official(self, toks, first_i, last_i, lead, lines) -> bool:
        """A public official in a public role: office before, party behind, or a minister's signature."""
        # Office right before: "minister Van Gennip", "Tweede Kamerlid X", "burgemeester Halsema".
        public = not getattr(lines, "casework", True)  # (no private sign and no case work: see CASEWORK)
        j = first_i - 1
        if lead:
            j = lead[0][0] - 1
            if toks[lead[-1][0]].text.lower() in OFFICE_SET or public and \
                    toks[lead[-1][0]].text.lower() in PUBLIC_PAGE_OFFICES:
                return True
        if j >= 1 and (toks[j].text == "," or toks[j].kind == "w" and toks[j].text.lower() in AND_WORDS):
            if self._after_plural_office(toks, j):
                return True  # "de ministers Karien van Gennip, Piet Adema en Carola Schouten": each one a minister
        if j >= 1 and toks[j].text == "," and toks[j - 1].kind == "w":
            j -= 1  # "De premier, Dick Schoof, ..."
        if public and toks[first_i].text.lower() in PUBLIC_PAGE_TITLES:
            return True  # "ds. W. Kievit", "Dominee Marianne Paas" on a church's page (the title opens the name)
        if public and self._office_is(toks, j, first_i, last_i, lead):
            return True
        if j >= 0 and toks[j].kind == "w":
            low = toks[j].text.lower()
            if low in OFFICE_SET or ("-" in low and low.endswith(_HYPHEN_SUFFIXES)) or \
                    public and low in PUBLIC_PAGE_OFFICES:
                return True
            # "zegt FNV-bestuurder Kitty Jong", "aldus econoom Ruud Bosma": news quoting a role
            if (j >= 1 and toks[j - 1].kind == "w" and toks[j - 1].text.lower() in REPORT_VERBS
                    and low not in PERSON_WORDS and (toks[j].text.islower() or "-" in toks[j].text)):
                return True
        # Party behind: "Dijkhuizen (GroenLinks-PvdA)", "mevrouw Van der Veen van D66"
        k = last_i + 1
        if k + 1 < len(toks) and toks[k].text == "van":
            p = k + 2 if k + 2 < len(toks) and toks[k + 1].text == "de" else k + 1
            party = toks[p].text.lower()
            if p + 1 < len(toks) and toks[p + 1].kind == "n" and toks[p + 1].start == toks[p].end:
                party += toks[p + 1].text  # "D66", "50PLUS": letters and digits are two tokens
            if party in PARTIES:
                return True
        if (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].text.lower() in PARTIES
                and toks[k + 2].text == ")"):
            return True
        # An office in brackets behind: "Hanna Veltkamp (minister van Volksgezondheid) (VVD)"
        if k + 1 < len(toks) and toks[k].text == "(" and toks[k + 1].kind == "w" \
                and _is_role(toks[k + 1].text.lower(), offices_only=True):
            return True
        # The maker of a published work: "de video ‘Stoom en Strijd’ van A en B"
        # (not asked in a long run of names whose text has no word of a work: it cannot hold, see _Gates)
        gates = _Gates.of(toks, lines)
        if (gates is None or gates.has_works()) and self._credited_maker(
                toks, first_i, getattr(lines, "private", True), lines):
            return True
        # In a text without signs of a letter, mail or chat: a person quoted or credited in a
        # public role ("zegt Rob Wit, hoofd arbeidsmarkt bij UWV", "Door: M. Elemans")
        if not getattr(lines, "private", True) and self._public_role(toks, first_i, last_i, lines):
            return True
        # ...or the author in the head of a published paper or report
        if not getattr(lines, "private", True) and self._byline(toks, first_i, last_i, lines):
            return True
        # ...or a name listed in its role: a board, a colophon, a caption (not in minutes)
        if getattr(lines, "roles_public", False) and self._listed_in_role(toks, first_i, last_i, lines):
            return True
        # Apposition with a public role: ", lid van de Raad van Bestuur van UWV"
        # (the pattern opens with a comma: only a comma right behind can start one)
        # (and only a word that can open one right after the comma: most commas never need the tail)
        if last_i + 2 < len(toks) and toks[last_i + 1].text == "," and not getattr(lines, "private", False) \
                and toks[last_i + 2].kind == "w" and _apposition_head(toks[last_i + 2].text):
            tail = []
            for t in toks[last_i + 1:last_i + 12]:
                if t.kind == "nl":
                    break
                tail.append(t.text if t.kind != "w" else " " + t.text)
            if PUBLIC_APPOSITION_RE.match("".join(tail)):
                return True  # (in a mail or a chat the spokesperson is named as a person)
        # Signature of a minister or state secretary a few lines up.
        ln = toks[first_i].line - 1
        seen = 0
        while ln >= 0 and seen < 2:
            s = lines[ln].strip()
            if s:
                seen += 1
                if len(s) <= 160 and s.endswith(",") and SIGNATURE_RE.match(s):
                    return True
            ln -= 1
        return False

    @staticmethod
    def _byline(toks, first_i, last_i, lines) -> bool:
        """The author in the head of a published paper or report (in a text without signs of a
        letter, mail or chat): alone on a line under the title, with a research institution on
        the next line or in a text that cites literature; or at the end of the title line in such
        a text ("Hervorming van de WIA Kees Goudswaard" above "In deze bijdrage ...")."""
        line = toks[first_i].line
        if line >= 15:
            return False
        nxt = toks[last_i + 1] if last_i + 1 < len(toks) else None
        if nxt is not None and nxt.kind != "nl":
            return False  # the name must end its line
        if any(len(lines[ln]) > 120 for ln in range(line)):
            return False  # only in the head of the text, above its first paragraph
        publication = getattr(lines, "publication", False)
        if toks[first_i].line_start:
            ln = line + 1
            while ln < len(lines) and not lines[ln].strip():
                ln += 1
            if ln < len(lines) and AFFILIATION_RE.match(lines[ln]):
                return True
            return publication and any(lines[k].strip() for k in range(line))
        return publication and not any(lines[k].strip() for k in range(line))

    @staticmethod
    def _is_credit_stop(toks, j) -> bool:
        """A token that ends the walk back over a credit: "van", a word no name has, a line break."""
        t = toks[j]
        if t.kind == "nl" or t.kind == "n" or (t.kind == "p" and t.text not in (",", ".", "-")):
            return True
        if t.kind == "w":
            low = t.text.lower()
            return (low == "van" and (j == 0 or toks[j - 1].text.lower() != "en")) or not (
                t.text[:1].isupper() or low in TUSSENVOEGSELS or low in ("en", "and"))
        return False


    @staticmethod
    def _credit_stop(toks, first_i, cache) -> int:
        """Index of the token that ends the walk back from ``first_i - 1`` over a credit ("van A, B en
        C"), -1 at the start of the text; at most 24 tokens back (further away: ``first_i - 25``).

        Once the walks of one text have stepped over as many tokens as the text has (a run of tens
        of thousands of names), the stops of all tokens are read in one pass and kept on ``cache``
        (the text's lines): the cost stays linear, and prose with short walks never pays the pass."""
        kept = getattr(cache, "_credit_stops", None) if cache is not None else None
        if kept is None or kept[0] is not toks:
            kept = [toks, 0, None]
            try:
                cache._credit_stops = kept
            except AttributeError:
                pass
        if kept[2] is None and kept[1] > len(toks) // 4:
            kept[2] = _credit_stop_table(toks)
        if kept[2] is not None:
            return kept[2][first_i - 1] if first_i >= 1 else -1
        j = first_i - 1
        while j >= 0 and first_i - 1 - j < 24:
            kept[1] += 1
            if NameContext._is_credit_stop(toks, j):
                return j
            j -= 1
        return j

    @staticmethod
    def _credited_maker(toks, first_i, private, cache=None) -> bool:
        """A maker credited for a published work: "de documentaire ‘Werk in uitvoering’ van
        Ilse Verbeek en Joost Ram", "het boek van Sara Haddou". With a quoted title between the
        work and "van" it holds in any text; without one only in a text without signs of a
        letter, mail or chat ("de foto van Jan" in a mail is a person)."""
        # back over earlier makers in the same credit: "van A, B en C" (at most 24 tokens)
        j = NameContext._credit_stop(toks, first_i, cache)
        if j < 0 or first_i - 1 - j >= 24:
            return False
        if toks[j].kind != "w" or toks[j].text.lower() != "van" or (j > 0 and toks[j - 1].text.lower() == "en"):
            return False
        # before "van": a quoted title, then the work
        k = j - 1
        quoted = False
        if k >= 0 and toks[k].text in _CLOSE_QUOTES:
            k -= 1
            hops = 0
            while k >= 0 and hops < 20 and toks[k].text not in _OPEN_QUOTES and toks[k].kind != "nl":
                k -= 1
                hops += 1
            if k < 0 or toks[k].text not in _OPEN_QUOTES:
                return False
            quoted = True
            k -= 1
        if k < 0 or toks[k].kind != "w" or not toks[k].text.lower().endswith(WORK_NOUNS):
            return False
        return quoted or not private

    @staticmethod
    def _public_role(toks, first_i, last_i, lines=None) -> bool:
        """A byline or photo credit, a list under a heading of roles ("onze woordvoerders:"), or a
        role beside the name in a sentence that reports speech."""
        line = toks[first_i].line
        if lines is not None and toks[first_i].line_start or (
                first_i > 0 and toks[first_i - 1].line_start and toks[first_i - 1].kind == "p"):
            # a list item: walk up over the other items to the line that introduces the list
            # (at most 60 lines up: a list of thousands of items must not cost a walk per item)
            ln = line - 1
            while ln >= max(0, line - 60) and lines is not None and ln < len(lines) and (
                    not lines[ln].strip() or lines[ln].lstrip()[:1] in "•-*–·"):
                ln -= 1
            if lines is not None and 0 <= ln < len(lines) and lines[ln].rstrip().endswith(":") \
                    and _ROLE_HEADING.search(lines[ln]):
                return True
        j = first_i - 1
        if j >= 1 and toks[j].text == ":" and toks[j - 1].kind == "w" and toks[j - 1].text.lower() in CREDIT_LABELS \
                and (j < 2 or toks[j - 2].kind in ("nl", "p")):
            return True
        # a role shortly before: "UWV-voorman X", "Arbeidsmarktadviseur bij het UWV X", "DJI-eventmanager X"
        # (the two walks below look at no token outside toks[first_i - 6:first_i] and toks[last_i + 2:last_i + 5]
        # and find a role only in a role word: where neither holds one, none is found; see _Gates)
        gates = _Gates.of(toks, lines)
        if gates is not None and not gates.role_between(first_i - 6, first_i, last_i + 2, last_i + 5):
            return False
        role = False
        for j in range(first_i - 1, max(first_i - 7, -1), -1):  # (at most six tokens back)
            t = toks[j]
            if t.kind == "w":
                w = t.text
                if _is_role_word(w):
                    role = True
                    break
                if w[0].islower() and w not in ("bij", "van", "het", "de", "en"):
                    break
            elif t.kind == "nl" or t.text in (".", "!", "?", ";", ":"):
                break
        # or right behind: ", hoofd arbeidsmarktinformatie bij UWV", ", de hoofdeconoom van het CBS"
        k = last_i + 1
        if not role and k < len(toks) and toks[k].text == ",":
            for t in toks[k + 1:k + 4]:
                if t.kind == "w" and _is_role_word(t.text):
                    role = True
                    break
                if t.kind != "w" or t.text.lower() not in ("de", "het", "een"):
                    if t.kind != "w":
                        break
        if not role:
            return False
        # ...in a sentence that reports what someone says, thinks or expects
        lo = first_i
        while lo > 0 and first_i - lo < 30 and toks[lo - 1].text not in (".", "!", "?") and toks[lo - 1].kind != "nl":
            lo -= 1
        hi = last_i
        while hi + 1 < len(toks) and hi - last_i < 30 and toks[hi + 1].text not in (".", "!", "?") \
                and toks[hi + 1].kind != "nl":
            hi += 1
        words = {toks[i].text.lower() for i in range(lo, hi + 1) if toks[i].kind == "w"}
        return bool(words & SPEECH_VERBS) and toks[lo].line == line

    @staticmethod
    def _listed_in_role(toks, first_i, last_i, lines) -> bool:
        """A name listed in a public role in a published text: a board with its roles in brackets
        ("A (voorzitter), B (secretaris), C"; a list of names with one role in it), the value of
        a role label ("Secretaris: dhr. A. Verlinde", "Hoofdredactie: A en B", "Vlnr: A, B")."""
        roles = getattr(lines, "_role_lists", None)
        if roles is None or roles[0] is not toks:
            roles = lines._role_lists = (toks, _role_list_table(toks, lines))
        _, (marks, bracket_lines, board_lines, n_brackets) = roles
        if marks[first_i]:
            return True
        line = toks[first_i].line
        k = last_i + 1
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" \
                and toks[k + 1].text.lower() in BOARD_ROLES and (n_brackets >= 2 or line in board_lines):
            return True
        if bracket_lines.get(line, 0) >= 2:
            return True  # one line that lists a board: "A (voorzitter), B (secretaris) en C"
        # an item of a short list of names with a role in brackets in it (bullets and titles before it)
        if line in board_lines:
            j = first_i - 1
            while j >= 0 and toks[j].line == line and toks[j].kind == "p":
                j -= 1
            return j < 0 or toks[j].line != line
        return False

    def is_public_official_name(self, text: str, start: int, end: int) -> bool:
        """True when the span ``text[start:end]`` stands where a public official's name stands.

        For names found by something else (a statistical model): an office right before it, a
        party in brackets behind it, a public role in apposition or a minister's signature above.
        """
        lo = max(0, text.rfind("\n", 0, max(0, start - 200)) + 1)
        window = text[lo:min(len(text), end + 120)]
        toks = tokenize(window)
        first_i = next((i for i, t in enumerate(toks) if t.start >= start - lo), None)
        last_i = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].end <= end - lo), None)
        if first_i is None or last_i is None or last_i < first_i:
            return False
        return self._is_official(toks, first_i, last_i, [], window.split("\n"))


#: Labels of a byline or a credit in a published text.
CREDIT_LABELS = frozenset({"door", "foto", "foto's", "beeld", "tekst", "auteur", "auteurs", "fotografie",
                           "illustratie", "redactie", "interview", "by", "photo", "author"})
#: Published works whose makers are credited by name ("de video ... van X en Y").
WORK_NOUNS = ("video", "film", "documentaire", "boek", "roman", "gedicht", "dichtbundel", "lied", "album",
              "tentoonstelling", "expositie", "podcast", "fotoserie", "kunstwerk", "schilderij",
              "muurschildering", "voorstelling", "toneelstuk", "musical", "compositie", "videoclip",
              "theatervoorstelling", "animatie", "beeldhouwwerk", "fotoboek", "essay", "essaybundel")
_OPEN_QUOTES = ("‘", "“", "'", '"', "„", "«")
_CLOSE_QUOTES = ("’", "”", "'", '"', "»")
#: Verbs of reported speech and opinion in news.
SPEECH_VERBS = REPORT_VERBS | frozenset({"legt", "vindt", "verwacht", "verwachten", "denkt", "ziet", "hoopt",
                                         "noemt", "wijst", "laat", "licht", "zeggen", "verklaart", "reageert",
                                         "kreeg", "benadrukt", "waarschuwt", "erkent", "spreekt", "antwoordt"})
#: Job words that name a role in an organisation ("arbeidsmarktadviseur", "hoofdeconoom").
ROLE_ENDINGS = ("manager", "adviseur", "econoom", "voorzitter", "directeur", "hoofd", "woordvoerder",
                "woordvoerster", "onderzoeker", "onderzoekster", "deskundige", "bestuurder", "wethouder",
                "burgemeester", "minister", "coördinator", "specialist", "expert", "hoogleraar", "lector",
                "president", "secretaris", "leider", "voorman", "topman", "topvrouw", "baas", "ceo", "cfo",
                "directrice", "gedeputeerde", "kamerlid", "raadslid", "staatssecretaris", "ombudsman")


#: A text reads the running counts of role words of :class:`_Gates` once it has asked this many times fewer
#: questions than it has tokens (they cost a pass with a call per word)...
_ROLES_SHARE = 16
#: ...and whether it has a word of a work from this many times fewer (one join and lower of all tokens, in C).
_WORKS_SHARE = 256


class _Gates:
    """Two facts of one text's tokens that let :meth:`NameContext._is_official` skip checks that cannot hold, for
    a long run of names (tens of thousands of candidates, each asking every check).

    ``has_works()``: whether some word of the text may be a published work (:data:`WORK_NOUNS`); without one
    :meth:`NameContext._credited_maker` is False for every candidate (it needs a word token whose lower case
    ends with such a noun). Read from all tokens joined and lowered: a word token's lower case is part of
    that (``str.lower`` maps character by character but for the Greek sigma, which makes no ASCII letter),
    so a noun it ends with is found there too.

    ``role_between()``: whether a role word (:func:`_is_role_word`) is among the word tokens of two ranges of
    indexes, from running counts of the role words of the text (one pass).

    Each is read only once the text has asked about as many times as a share of its tokens
    (:data:`_WORKS_SHARE`, :data:`_ROLES_SHARE`); before that each answers True ("may be": the check runs as
    without a gate). A short text asks a few times and pays nothing; the answers are the same either way. Kept
    on the text's ``lines`` (made per text by the finder, they go with it); ``None`` where the caller's lines
    cannot hold it (a plain list: :meth:`NameContext.is_public_official_name`).
    """

    __slots__ = ("toks", "calls", "works", "roles")

    def __init__(self, toks):
        self.toks = toks
        self.calls = 0
        self.works: bool | None = None
        self.roles: list[int] | None = None

    @staticmethod
    def of(toks, lines) -> "_Gates | None":
        gates = getattr(lines, "_official_gates", None)
        if gates is None or gates.toks is not toks:
            if not isinstance(lines, Lines):
                return None
            gates = lines._official_gates = _Gates(toks)
        gates.calls += 1
        return gates

    def has_works(self) -> bool:
        if self.works is None:
            if self.calls <= len(self.toks) // _WORKS_SHARE:
                return True
            low = "\n".join([t.text for t in self.toks]).lower()
            self.works = any(noun in low for noun in WORK_NOUNS)
        return self.works

    def role_between(self, a: int, b: int, c: int, d: int) -> bool:
        roles = self.roles
        if roles is None:
            if self.calls <= len(self.toks) // _ROLES_SHARE:
                return True
            roles = self.roles = list(accumulate(
                (t.kind == "w" and _is_role_word(t.text) for t in self.toks), initial=0))
        n = len(self.toks)
        a, b, c, d = max(a, 0), min(b, n), max(c, 0), min(d, n)
        return (a < b and roles[b] > roles[a]) or (c < d and roles[d] > roles[c])


def _credit_stop_table(toks) -> list[int]:
    """For each token, the index of the last credit stop at or before it (-1: none); the same
    test as :meth:`NameContext._is_credit_stop`, in one pass without a call per token."""
    stops: list[int] = []
    append = stops.append
    last = -1
    tv = TUSSENVOEGSELS
    for j, t in enumerate(toks):
        kind = t.kind
        if kind == "w":
            text = t.text
            # ("van" after "en" goes on: "van A en van B"; the lower case only where it can matter)
            if text[:1].isupper():
                if len(text) == 3 and text.lower() == "van" and (j == 0 or toks[j - 1].text.lower() != "en"):
                    last = j
            else:
                low = text.lower()
                if (low == "van" and (j == 0 or toks[j - 1].text.lower() != "en")) or not (
                        low in tv or low == "en" or low == "and"):
                    last = j
        elif kind == "nl" or kind == "n" or (kind == "p" and t.text not in (",", ".", "-")):
            last = j
        append(last)
    return stops


_ROLE_CACHE: dict[tuple[str, bool], bool] = {}
textcache.per_text(_ROLE_CACHE.clear)


def _is_role(low: str, offices_only: bool = False) -> bool:
    key = (low, offices_only)
    out = _ROLE_CACHE.get(key)
    if out is None:
        if len(_ROLE_CACHE) > 50_000:
            _ROLE_CACHE.clear()
        out = _ROLE_CACHE[key] = _is_role_uncached(low, offices_only)
    return out


_ROLE_WORD_CACHE: dict[str, bool] = {}
textcache.per_text(_ROLE_WORD_CACHE.clear)


def _is_role_word(word: str) -> bool:
    """``_is_role(word.lower())``, looked up by the word as written (no lower-casing per call)."""
    out = _ROLE_WORD_CACHE.get(word)
    if out is None:
        if len(_ROLE_WORD_CACHE) > 50_000:
            _ROLE_WORD_CACHE.clear()
        out = _ROLE_WORD_CACHE[word] = _is_role_uncached(word.lower())
    return out


def _is_role_uncached(low: str, offices_only: bool = False) -> bool:
    if low in OFFICE_SET:
        return True
    if offices_only:
        return low.startswith(("minister", "staatssecretaris", "viceminister", "vice-minister"))
    return low.endswith(ROLE_ENDINGS) and low not in ("leider",)


#: A line that introduces a list of people in their role: "dit zijn onze woordvoerders:".
_ROLE_HEADING = re.compile(r"(?i)\b(?:woordvoerders?|persvoorlichters?|wethouders|raadsleden|bestuursleden|"
                           r"directieleden|sprekers|commissieleden|leden\s+van\s+de\s+raad)\b")
#: A line that is an organisation's name or acronym ("UWV", "Gemeente Ergens", "SVB Amstelveen").
_ORG_LINE = re.compile(r"^(?:[A-Z]{2,6}(?:[ \t]+\S+){0,2}|(?:Gemeente|Ministerie|Stichting|Provincie)\b.*)$")

#: Organisations in the plural, which no surname is: "Wouter en Gunnar van de Stichtingen" are from the foundations.
_BODIES = frozenset({"stichtingen", "verenigingen", "gemeenten", "gemeentes", "ministeries", "bedrijven",
                     "organisaties", "instellingen", "corporaties", "provincies", "waterschappen", "partijen"})
#: Words of care or case work about someone: a call, a visit, a client, their debts or their illness. A text with them
#: is a note about people even without a greeting or a label ("Vanmiddag belde pastor Aalders over meneer Van Dijk"):
#: the offices that are public only on their own body's pages (PUBLIC_PAGE_OFFICES) are contacts there.
CASEWORK = gated(re.compile(
    r"(?i)\b(?:belde|belt|gebeld|terugbellen|teruggebeld|bezocht|op\s+bezoek|huisbezoek|cli[eë]nte?n?|patiënte?n?|"
    r"schulden|schuldhulp\w*|depressie\w*|uitkering\w*|bewindvoer\w*|dossier\w*)\b"))
#: The verbs that name who holds an office: "De burgemeester is ...".
_COPULAS = frozenset({"is", "was", "wordt", "werd", "blijft"})
# "FNV-bestuurder", "UWV-woordvoerder": an office after a hyphen (one endswith over a tuple)
_HYPHEN_SUFFIXES = tuple("-" + o for o in OFFICES + HYPHEN_OFFICES)
#: How the word right after the comma of a PUBLIC_APPOSITION_RE starts (a necessary condition, read
#: with the same case rules; the full pattern is matched only behind such a word).
_APPOSITION_HEAD = regex.compile(
    r"(?i)(?:de|het|lid|voorzitter|vicevoorzitter|bestuursvoorzitter|directeur|secretaris|szw|oud|demissionair|"
    r"minister|staatssecretaris|kamerlid|tweede|burgemeester|wethouder|gedeputeerde|woordvoer|commissaris|"
    r"nationale|ombudsman|ceo|top)"
)

_APPOSITION_HEADS: dict[str, bool] = {}
textcache.per_text(_APPOSITION_HEADS.clear)


def _apposition_head(word: str) -> bool:
    """``bool(_APPOSITION_HEAD.match(word))``, kept per word of the text under analysis (a list of names asks it
    of the same word after every comma)."""
    out = _APPOSITION_HEADS.get(word)
    if out is None:
        if len(_APPOSITION_HEADS) > 50_000:
            _APPOSITION_HEADS.clear()
        out = _APPOSITION_HEADS[word] = _APPOSITION_HEAD.match(word) is not None
    return out


#: Roles on a board that stand in brackets behind a member's name: "Jan Smit (penningmeester)".
BOARD_ROLES = frozenset({"voorzitter", "vicevoorzitter", "vice-voorzitter", "secretaris", "penningmeester",
                         "secretaris-penningmeester", "bestuurslid", "lid", "commissaris", "president-commissaris",
                         "foarsitter", "vice-foarsitter"})
_BRACKET_ROLE = re.compile(r"(?i)\((?:vice-?)?(?:voorzitter|foarsitter)\)|\((?:secretaris(?:-penningmeester)?|"
                           r"penningmeester|bestuurslid|lid|(?:president-)?commissaris)\)")
#: Role labels of a board ("Secretaris: ..."): public only with a second role label (a board's list,
#: "Voorzitter: X" above "Griffier: Y"); one "Voorzitter:" heads the notes of a meeting.
BOARD_LABELS = frozenset({"voorzitter", "vicevoorzitter", "vice-voorzitter", "secretaris", "penningmeester",
                          "bestuurslid", "algemeen bestuurslid", "lid", "secretaris-penningmeester"})
#: Role labels that are public on their own: an office, a colophon, a thesis's examiners, a caption.
PUBLIC_LABELS = CREDIT_LABELS | frozenset({
    "portefeuillehouder", "verantwoordelijk portefeuillehouder", "verantwoordelijk wethouder", "griffier",
    "hoofdredactie", "hoofdredacteur", "eindredactie", "eindredacteur", "beeldredactie", "vormgeving", "opmaak",
    "illustraties", "tekst en beeld", "tekst en foto's", "afstudeerbegeleider", "scriptiebegeleider",
    "afstudeerdocent", "onderzoeksdocent", "docentbegeleider", "promotor", "copromotor", "promotoren",
    "eerste lezer", "tweede lezer", "eerste beoordelaar", "tweede beoordelaar",
    "vlnr", "van links naar rechts", "op de foto",
})
#: Colophon labels glued to the last name before them in a flattened PDF ("Tim JansenRedactie:").
_GLUED_LABELS = ("redactie", "fotografie", "vormgeving", "opmaak", "tekst", "illustraties", "beeld")
#: Signs of minutes or an internal paper: there a chair, a secretary or a caption name colleagues.
ROLE_LIST_BLOCKERS = re.compile(
    r"(?im)^[ \t•*·–#-]*(?:aanwezig(?:en)?|afwezig|afgemeld|afmeldingen|verhinderd|genodigden|uitgenodigd)"
    r"[ \t]*(?::|$)"
    r"|\bnotul(?:en|ist|iste)\b|\bactiepunt|\bbesluitenlijst\b|\b(?:werk|team|mt-)overleg\b"
    r"|^[ \t]*intern\b|\bintern(?:e)?\s+(?:gebruik|editie|memo|nieuwsbrief)\b|\bniet\s+voor\s+extern"
    r"|\balleen\s+voor\s+(?:leden|medewerkers|intern)\b|\bpersoneelsblad\b"
    # those present after the meeting's name on its first line: "Vergadering Commissie X 14/4, aanwezig: A, B"
    r"|,[ \t]*aanwezig(?:en)?[ \t]*:"
)
ROLE_LIST_BLOCKERS = gated(ROLE_LIST_BLOCKERS)  # (a text without its words skips the scan: see detectors/regexgate.py)
# ROLE_LIST_BLOCKERS as three scans that ``re`` skips through in C (it tries a pattern that opens with "^" or "\b" at
# every position, 0.3 ms on 2 KB): its line openings after a line break (searched in the text with one put before it,
# as "^" also matches at the start), its words with their first letter first and "\b" as a look behind it (each letter
# as "(?i)" reads it, "i" also "İ" and "ı"; the rest keeps "(?i)"), and its list of those present after a comma. A
# text has a match of ROLE_LIST_BLOCKERS exactly when one of these has one (tests/detectors/test_speed14_equivalence.py,
# on every corpus text and generated texts).
_ROLE_BLOCK_LINE = re.compile(
    r"(?im)\n(?:[ \t•*·–#-]*(?:aanwezig(?:en)?|afwezig|afgemeld|afmeldingen|verhinderd|genodigden|uitgenodigd)"
    r"[ \t]*(?::|$)|[ \t]*intern\b)")
_ROLE_BLOCK_WORD = re.compile(
    r"[NnAaBbWwTtMmIiİıPp](?<!\w.)(?i:(?<=[Nn])(?:otul(?:en|ist|iste)\b|iet\s+voor\s+extern)"
    r"|(?<=[Aa])(?:ctiepunt|lleen\s+voor\s+(?:leden|medewerkers|intern)\b)"
    r"|(?<=[Bb])esluitenlijst\b|(?<=[Ww])erkoverleg\b|(?<=[Tt])eamoverleg\b|(?<=[Mm])t-overleg\b"
    r"|(?<=[Iiİı])ntern(?:e)?\s+(?:gebruik|editie|memo|nieuwsbrief)\b|(?<=[Pp])ersoneelsblad\b)")


_ROLE_BLOCK_COMMA = re.compile(r"(?i),[ \t]*aanwezig(?:en)?[ \t]*:")


def role_lists_blocked(text: str) -> bool:
    """``bool(ROLE_LIST_BLOCKERS.search(text))``, from three fast scans (see above), after its gate (no needle, no
    match: one ``str.find`` per needle, where most texts that reach here hold one)."""
    return ROLE_LIST_BLOCKERS.may_match(text) and bool(_ROLE_BLOCK_WORD.search(text)
                                                       or _ROLE_BLOCK_LINE.search("\n" + text)
                                                       or _ROLE_BLOCK_COMMA.search(text))


def _label_kind(toks, i, lines) -> int:
    """The label that ends at the colon ``toks[i]``: 2 a public label, 1 a board's label, 0 none.
    The label opens its line (after a bullet), or is glued to the name before it."""
    words = []
    k = i - 1
    while k >= 0 and len(words) < 5 and (toks[k].kind == "w" or toks[k].text == "."):
        if toks[k].kind == "w":
            words.append(toks[k].text)
        if toks[k].line_start:
            break
        k -= 1
    if not words:
        return 0
    opens = toks[k].line_start or (k >= 1 and toks[k - 1].line_start and toks[k - 1].text in "•*·–-")
    if not opens:
        w = words[0]
        m = max((c for c, ch in enumerate(w) if ch.isupper()), default=0)
        if m > 0 and w[m - 1].islower() and w[m:].lower() in _GLUED_LABELS:
            return 2
        # a header flattened to one line: "Besluitnummer: 2014-117 Portefeuillehouder: ..."
        if len(words) == 1 and w[0].isupper() and toks[k].kind in ("n", "p") and w.lower() in PUBLIC_LABELS:
            return 2
        return 0
    words.reverse()
    label = " ".join(words).lower()
    if all(len(w) == 1 for w in words):
        label = label.replace(" ", "")  # "V.l.n.r.:"
    if label in PUBLIC_LABELS:
        return 2
    return 1 if label in BOARD_LABELS else 0


_ITEM_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ITEM_SMALL = frozenset(TUSSENVOEGSELS) | frozenset(TITLES) | {"en", "&"}


def _name_item(line: str) -> bool:
    """A list item that is only a name, with its role in brackets or not ("• dr. A. Bos (lid)")."""
    if "(" in line:
        line = re.sub(r"\([^()]*\)", " ", line)
    if any(ch.isdigit() for ch in line):
        return False
    words = _ITEM_WORD.findall(line)
    return 0 < len(words) <= 8 and all(w[0].isupper() or w.lower().rstrip(".") in _ITEM_SMALL for w in words)


def _role_list_table(toks, lines):
    """For one text: which tokens stand in a list after a role label, the lines with roles in
    brackets (and how many), and the lines of short lists that hold one. One pass over the tokens
    and one over the lines."""
    n = len(toks)
    marks = bytearray(n)
    board_marks = []
    board_labels = set()
    active = 0
    for i, t in enumerate(toks):
        if t.kind == "p" and t.text == ":":
            kind = _label_kind(toks, i, lines)
            if kind:
                active = kind
                if kind == 1 or toks[i - 1].text.lower() not in CREDIT_LABELS:
                    board_labels.add(toks[i - 1].text.lower())  # (a second role beside a board's role)
                continue
        elif t.kind == "w" and t.line_start and t.text.lower() == "vlnr":
            active = 2  # a caption without a colon: "Vlnr Jan, Piet"
            continue
        if not active:
            continue
        kind = t.kind
        if kind == "w":
            low = t.text.lower()
            ok = t.text[0].isupper() or low in TUSSENVOEGSELS or low in TITLES or low in ("en", "and")
        elif kind == "t":
            ok = True
        elif kind == "p":
            # a dot ends the list unless it closes an initial or a title ("J.", "dhr.")
            ok = t.text in ",&-()'’" or (t.text == "." and i > 0 and toks[i - 1].kind == "w"
                                          and (len(toks[i - 1].text) <= 3))
        else:
            ok = False
        if not ok:
            active = 0
            continue
        if active == 2:
            marks[i] = 1
        else:
            board_marks.append(i)
    if len(board_labels) >= 2:
        for i in board_marks:
            marks[i] = 1
    bracket_lines: dict[int, int] = {}
    n_brackets = 0
    board_lines: set[int] = set()
    if any("(" in ln for ln in lines):
        block: list[int] = []
        has_role = False
        for ln, s in enumerate(chain(lines, ("",))):  # (an empty line closes the last block)
            c = len(_BRACKET_ROLE.findall(s)) if "(" in s else 0
            if c:
                bracket_lines[ln] = c
                n_brackets += c
            if s.strip() and len(s) <= 100 and _name_item(s):
                block.append(ln)
                has_role = has_role or bool(c)
                continue
            if has_role and len(block) >= 2:
                board_lines.update(block)
            block = []
            has_role = False
    return marks, bracket_lines, board_lines, n_brackets
