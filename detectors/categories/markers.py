"""Markings on a document: classification (CLASSIFIED), draft status (DRAFT) and "this is public".

A marking is a short line at the top or the bottom of a document ("Vertrouwelijk",
"Departementaal Vertrouwelijk - CONCEPT", "Vertrouwelijkheidsklasse 1 - Intern"), a labelled
line ("Rubricering: Intern") or a fixed phrase ("niet verspreiden", "EMBARGO tot ..."). The same
words inside running text ("wat u vertelt is vertrouwelijk", "het conceptwetsvoorstel") are not
a marking, and "Vertrouwelijkheidsklasse 0 Publiek" marks a text as public.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from detectors.regexgate import gated
from detectors.categories._text import MAX_LINE, Line, segments

# -- classification ------------------------------------------------------------------------
_CLASSIFIED_SEGMENT = re.compile(
    r"(?:(?:strikt|zeer|streng|persoonlijk en|medisch|departementaal|dep\.?|stg\.?|strictly|highly)\s+)?"
    r"(?:vertrouwelijk|geheim|confidentieel|confidential|secret)"
    r"(?:\s+(?:medisch|personeelsdossier|personeelszaken|medical))?"
    # until a date: "Vertrouwelijk tot 15 januari"
    r"(?:\s+(?:tot|until)\s+\d{1,2}\s+[a-z]+(?:\s+\d{4})?)?"
    r"|staatsgeheim|zeer geheim|top secret|niet openbaar|not public"
    r"|vertrouwelijkheidsklasse\s*[1-9]|vertrouwelijkheidsniveau\s*[1-9]"
    r"|(?:(?:alleen|uitsluitend)\s+(?:voor\s+)?)?intern(?:\s+gebruik)?|uwv intern|intern document"
    # "Intern werkdocument", "Interne notitie", "Intern voorbeelddocument": internal + the kind of document
    r"|interne?\s+(?:werk|voorbeeld|test|achtergrond|discussie|beleids|advies)?"
    r"(?:document|stuk|notitie|memo|nota|overzicht|rapport|verslag|advies)"
    r"|(?:for\s+)?internal(?:\s+use)?(?:\s+only)?|restricted|tlp (?:amber|red)(?:\+strict)?"
    # a sharing restriction standing as a marking: "niet buiten het team verspreiden", "niet extern delen"
    r"|niet\s+(?:buiten\s+(?:de|het|uw|je|ons|onze)\s+\w+(?:\s+\w+)?|extern)"
    r"\s+(?:delen|verspreiden|doorsturen|doorgeven)"
    r"|(?:do\s+)?not\s+(?:share|forward)\s+(?:externally|outside\s+\w+(?:\s+\w+)?)"
)
#: A bare sharing restriction beside a marking ("Intern, niet doorsturen") adds no words of its own.
_RESTRICTION = re.compile(r"niet\s+(?:delen|doorsturen|doorgeven)|(?:do\s+)?not\s+(?:share|forward)")
#: Words that only mark something when they stand alone (an English "intern" is a trainee).
_WEAK_ALONE = frozenset({"intern", "internal", "restricted", "secret"})
#: Labels in front of a classification ("Rubricering: Vertrouwelijk").
_LABEL = re.compile(r"(?i)\b(?:rubricering|classificatie|classification|markering|gerubriceerd|vertrouwelijkheid|"
                    r"vertrouwelijkheids(?:klasse|niveau)|beveiligingsniveau|tlp)\b")
#: A marking written as a sentence in a header or footer: "Alleen voor intern gebruik".
_INTERNAL_USE = re.compile(r"(?i)\b(?:uitsluitend|alleen)\s+(?:bestemd\s+)?voor\s+intern(?:e?\s+gebruik)?\b"
                           r"|\b(?:uitsluitend|alleen)\s+(?:bestemd\s+)?voor\s+(?:eigen\s+)?(?:medewerkers|personeel)\b"
                           r"|\bniet\s+voor\s+extern(?:e)?\s+(?:gebruik|verspreiding)\b"
                           r"|\bfor\s+internal\s+use\s+only\b")
_INTERNAL_USE = gated(_INTERNAL_USE)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: A title line that ends in a marking after a dash or bar: "Nieuwsflits district Zuid – intern".
#: (Written in lower case or capitals: "Data Analyst - Intern" is a job title.)
_TITLE_THEN_MARK = re.compile(r"\S\s+[–—|-]\s*(?:intern|INTERN)\s*$")
_LEVEL = re.compile(r"(?i)\bvertrouwelijkheids(?:klasse|niveau)\s*:?\s*(\d)\b")
_CAPS_MARK = re.compile(r"(?:STRIKT |DEPARTEMENTAAL |STG\.? )?(VERTROUWELIJK|GEHEIM|CONFIDENTIEEL|CONFIDENTIAL)\b")
#: The marks of a Markdown heading and of bold type in front of a line.
_HEADING_MARK = r"#{1,6}[ \t]+"
_BOLD_MARK = r"[*_]{1,3}(?=\w)"
#: Both, one after the other ("### **VERTROUWELIJK JURIDISCH DOSSIER**"): the marking in capitals behind them is the
#: same marking (matched from where they end).
_HEADING_MARKS = re.compile(r"(?:" + _HEADING_MARK + r")?(?:" + _BOLD_MARK + r")?")
#: The kind of document beside a marking: "MEMO - Intern", "Notitie | Vertrouwelijk".
_DOC_KIND = re.compile(r"(?i)memo|memorandum|notitie|nota|note|rapport|rapportage|verslag|document|brief|advies")
_PAGE = re.compile(r"[\d\s.-]+|pagina \d+(?: van \d+)?|page \d+(?: of \d+)?")
_SUBJECT = re.compile(r"(?i)^(?:onderwerp|subject|betreft)\s*:")
#: A marking in front of the title, cut off by a dash or a bar: "Vertrouwelijk – verzuimoverzicht team X".
#: ("Geheim – ..." is as often the title of a book or a film, so it needs a qualifier.)
_MARK_BEFORE_TITLE = re.compile(
    r"(?i)^(?:(?:strikt|zeer|streng|departementaal|dep\.?|stg\.?)\s+)?(?:vertrouwelijk|confidentieel|confidential)"
    r"\s*(?:[–—|]|\s-\s)\s*\S|^(?:zeer|stg\.?|departementaal)\s+geheim\s*(?:[–—|]|\s-\s)\s*\S")
#: A marking as one part of the title line, after a dash or a bar or in brackets, ending at the next
#: separator: "Verslag – Team West – VERTROUWELIJK", "Exitgesprek (vertrouwelijk, alleen HR)",
#: "HR NOTE – CONFIDENTIAL – not for the file" ("vertrouwelijk overleg" inside a headline is a word).
_MARK_IN_TITLE = re.compile(
    r"(?i)(?:[–—|]|\s-\s|\()\s*(?:(?:strikt|zeer|streng)\s+)?(?:vertrouwelijk|confidentieel|confidential)"
    r"(?:\s+tussen\s+partijen)?\s*(?:[),;–—|]|\s-\s|$)")
#: "INTERN" in front of the title, cut off by a dash, a bar or a colon: "INTERN – Instructie: gesprek afsluiten" (in
#: capitals or lower case only: "Intern - Marketing" is a trainee's post).
_INTERN_BEFORE_TITLE = re.compile(r"^(?:INTERN|intern)[ \t]*(?:[–—|:]|[ \t]-[ \t])[ \t]*\S")
#: The marks of a Markdown heading or of bold type in front of a title ("# Concept-mail aan Dolf").
_TITLE_MARKS = re.compile(r"^(?:" + _HEADING_MARK + r"|" + _BOLD_MARK + r")")
#: "intern" as a middle part of a title, between separators: "Nieuwsbrief Regio Oost – intern – nr. 4".
_INTERN_IN_TITLE = re.compile(r"(?:[–—|]|\s-\s)\s*(?:intern|INTERN|Intern)\s*(?:[–—|]|\s-\s)"
                              # or in brackets with a note for the reader: "(intern, niet doorsturen)"
                              r"|\((?:intern|INTERN|Intern),\s*(?:niet|alleen|not)\b")
#: "(intern)" closing the title of a report or a note: "Jaarverslag 2025 team X (intern)". The kind of document
#: must be in the title: after a job title "(intern)" is a trainee ("Software developer (intern)").
_INTERN_AFTER_REPORT = re.compile(
    r"(?i)\b(?:\w*verslag|\w*rapportage|rapport|evaluatie|analyse|\w*overzicht|notitie|memo|nieuwsbrief|"
    r"jaarplan|werkplan|verzuimlijst|lijst)\b[^\n()]{0,80}\((?-i:intern|INTERN|Intern)\)\s*$")
# (a text without its words skips the scan: see detectors/regexgate.py)
_INTERN_AFTER_REPORT = gated(_INTERN_AFTER_REPORT)
_HEADER_LABEL = re.compile(r"(?i)(?:van|aan|from|to|onderwerp|subject|datum|date|betreft|cc)\s*:\s*\S")
#: A title that speaks to the reader is a page heading about confidentiality, not a marking.
_READER = re.compile(r"(?i)\b(?:u|uw|je|jij|jouw|you|your|hoe|zo|waarom|wat|wij|we|ons|onze)\b")

# -- public --------------------------------------------------------------------------------
_PUBLIC_SEGMENT = re.compile(r"publiek|openbaar|public|tlp (?:white|clear)|vertrouwelijkheidsklasse\s*0")
_PUBLIC_PHRASE = re.compile(r"(?i)\bopenbaar\s*gemaakt\b|\bop grond van de (?:woo|wet open overheid|wob)\b"
                            r"|\bvrijgegeven\b.{0,40}\b(?:woo|wob)\b")
#: Redaction grounds printed in documents released under the Woo (5.1.2e) or the old Wob (10.2e).
_WOO_CODE = re.compile(r"(?<![\w.])(?:5\.1\.[1-5]\.?\s?[a-i]|10\.2\.?\s?[a-g])(?![\w.])")

#: A citizen asking under the Woo ("Op grond van de Wet open overheid verzoek ik ...") writes a letter; the
#: text is not a released document.
_WOO_REQUEST = re.compile(r"\b(?:verzoek|vraag)\s+ik\b")
# -- draft ---------------------------------------------------------------------------------
_DRAFT_SEGMENT = re.compile(
    r"(?:concept|draft|ontwerp)(?:\s*(?:versie|version|tekst|nota|notitie|brief|advies|verslag|rapport))?"
    r"(?:\s+(?:versie\s+|version\s+)?v?\d+(?:\.\d+)*)?"
    r"|conceptversie|werkversie|work in progress|wip"
    r"|niet (?:verder )?verspreiden|niet voor (?:verspreiding|publicatie|extern gebruik)"
    r"|not for (?:distribution|publication|circulation)|do not (?:distribute|circulate|share)"
    r"|(?:onder )?embargo(?:\s+(?:tot|until)\b.*)?"
)
_DRAFT_PHRASE = re.compile(
    r"(?i)\bniet\s+(?:verder\s+)?verspreiden\b|\bniet\s+voor\s+(?:verspreiding|publicatie)\b"
    r"|\bnot\s+for\s+(?:distribution|publication)\b|\bdo\s+not\s+(?:distribute|circulate)\b"
    r"|\bonder\s+embargo\b|\bembargo\s+(?:tot|until)\b"
)
_DRAFT_PHRASE = gated(_DRAFT_PHRASE)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: The text itself is not finished: waiting for approval, names still to be removed, not yet checked.
_UNFINISHED = re.compile(r"(?i)\b(?:tekst|stuk|versie|verslag|notitie)\s+nog\s+(?:ter\s+goedkeuring|"
                         r"niet\s+(?:definitief|goedgekeurd|gecontroleerd|vastgesteld))\b"
                         r"|\bnamen\s+nog\s+te\s+(?:anonimiseren|verwijderen)\b|\bnog\s+te\s+anonimiseren\b")
#: A production note under a piece for a staff magazine: "Verschijnt in de interne editie van ..." (the piece is
#: not out yet). Only as the note's own line, so a published teaser ("Het hele verhaal verschijnt ...") is not one.
_APPEARS_IN = re.compile(r"(?i)^(?:tekst\s*:[^.\n]{1,60}\.\s*)?verschijnt\s+(?:in|op)\s+(?:de|het)\s+"
                         r"(?:interne\s+\w+|intranet\w*|personeelsblad\w*|personeelsmagazine\w*|medewerkersblad\w*)")
#: A press release's "Noot voor de redactie (niet voor publicatie)" is about the note, not the release.
_EDITOR_NOTE = re.compile(r"(?i)noot voor (?:de )?redactie|note (?:to|for) (?:the )?editors?")
_CONCEPT_TITLE = re.compile(r"(?i)^concept[\w-]*")
#: Concept titles of public consultations (a draft bill is published for comment).
_CONSULTATION = re.compile(r"(?i)^concept-?(?:wets?|besluit|regeling|amvb|algemene)")
#: "Concept" as one part of the title line ("Melding ongeval – concept van de preventiemedewerker").
_CONCEPT_PART = re.compile(r"(?i)(?:[–—|,]|\s-\s)\s*concept(?:versie)?\b(?:\s+(?:van|versie|v?\d|voor|ter)\b|"
                           r"\s*(?:[,;–—|)]|$))")
#: A mail's subject that starts with "Concept" ("Onderwerp: Concept reactie op ..."): a draft is attached or below.
_SUBJECT_CONCEPT = re.compile(r"(?i)^[ \t>*]*(?:onderwerp|subject|betreft)\s*:"
                              r"\s*(?:fw|fwd|re|doorst)?:?\s*(concept[\w-]*)")
_VERSION_ZERO = re.compile(r"(?i)\b(?:versie|version|v)\s?0\.\d+\b")
#: Reviewer notes such as "[UWV: aantal nog verifiëren]" or "[PM]".
_REVIEW_BRACKET = re.compile(r"\[(?:[A-Z][\w.-]{0,15}\s*:|PM\]|TODO|XX+|\?\?)")
_REVIEW_TODO = re.compile(r"nog (?:verifiëren|invullen|aanvullen|checken)\b")


def _review_notes(text: str, low: str):
    """Reviewer notes, found from the cheap anchors "[" and "nog " (at most 200 of each)."""
    for anchor, pattern, source in (("[", _REVIEW_BRACKET, text), ("nog ", _REVIEW_TODO, low)):
        pos = source.find(anchor)
        n = 0
        while pos >= 0 and n < 200:
            n += 1
            m = pattern.match(source, pos)
            if m:
                yield m
            pos = source.find(anchor, pos + 1)


_OTHER_MARK = re.compile(_CLASSIFIED_SEGMENT.pattern + "|" + _DRAFT_SEGMENT.pattern)


@dataclass(frozen=True)
class Evidence:
    """The strongest piece of evidence for one category."""

    score: float
    reason: str
    start: int = 0
    end: int = 0


def stronger(a: Evidence | None, b: Evidence | None) -> Evidence | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if b.score > a.score else a


def strongest(*candidates: Evidence | None) -> Evidence | None:
    """The evidence with the highest score (the first of equals), or None when there is none."""
    return functools.reduce(stronger, candidates, None)


def _is_marker_line(line: Line, pattern: re.Pattern) -> tuple[str | None, int]:
    """The first marking segment on a line and how many words the rest of the line has."""
    found = None
    other_words = 0
    parts = segments(line.text)
    if not parts:
        return None, 99
    for seg in parts:
        if found is None and pattern.fullmatch(seg):
            found = seg
        elif (_LABEL.fullmatch(seg) or _PAGE.fullmatch(seg) or _OTHER_MARK.fullmatch(seg) or _DOC_KIND.fullmatch(seg)
              or _RESTRICTION.fullmatch(seg)):
            continue  # "Departementaal Vertrouwelijk - CONCEPT": two markings, nothing else
        else:
            other_words += len(seg.split())
    return found, other_words


def _marker_name(seg: str) -> str:
    """A tidy, capitalised marking word for the reason (never the raw line)."""
    m = re.search(r"vertrouwelijkheids(?:klasse|niveau)\s*\d|departementaal vertrouwelijk|staatsgeheim|"
                  r"zeer geheim|geheim|confidentieel|vertrouwelijk|confidential|intern|internal|"
                  r"concept|draft|embargo|niet (?:verder )?verspreiden|niet voor \w+|not for \w+|do not \w+|werkversie|"
                  r"secret|restricted|ontwerp", seg)
    word = m.group() if m else seg.split()[0]
    return word[:1].upper() + word[1:]


def _said(seg: str, where: str) -> str:
    """ "het woord 'Vertrouwelijk' bovenaan" or "de woorden 'Niet verspreiden' onderaan"."""
    name = _marker_name(seg)
    return f"{'de woorden' if ' ' in name else 'het woord'} '{name}' {where}"


def _may_precede_marking(head: list[Line], i: int, seg: str) -> bool:
    """A marking on line 2 or 3 sits under a short label ("MEMO", a logo), not under a title,
    and the line after it does not go on about the same word (that would make it a heading)."""
    following = head[i + 1].text.lower() if i + 1 < len(head) else ""
    if seg.split()[-1][:8] in following:
        return False
    if any(h.text.rstrip().endswith("?") for h in head[:i]):
        return False
    if any(len(h.text.split()) > 3 for h in head[:i]):
        # under a longer title ("Afdeling X - Rapport van bevindingen") only a marking that fills
        # its line and stands right under the title, with a blank line or the end after it
        blank_after = i + 1 >= len(head) or head[i + 1].start > head[i].end + 1
        # (or right above the header lines of a memo or a mail: "Memo aan de directie / Intern / Van: ...")
        header_after = i + 1 < len(head) and _HEADER_LABEL.match(head[i + 1].text) is not None
        return i == 1 and (blank_after or header_after) and not head[0].text.rstrip().endswith((".", ":"))
    return True


def classified(head: list[Line], tail: list[Line]) -> Evidence | None:
    """A classification marking above public, at the top, in a label line or in the footer."""
    best: Evidence | None = None
    for i, line in enumerate(head):
        text = line.text[:MAX_LINE]
        level = _LEVEL.search(text) if "ertrouwelijkheids" in text.lower() else None
        if level:
            if level.group(1) != "0":
                best = stronger(best, Evidence(0.95, f"de rubricering '{_marker_name(level.group().lower())}' bovenaan",
                                            line.start + level.start(), line.start + level.end()))
            continue
        seg, rest = _is_marker_line(line, _CLASSIFIED_SEGMENT)
        caps = _CAPS_MARK.match(text, _HEADING_MARKS.match(text).end())
        if seg is None and caps is None:
            continue
        if caps is not None and seg is None:
            seg, rest = caps.group(1).lower(), 0
        labelled = bool(_LABEL.search(text)) or bool(_SUBJECT.match(text))
        if i >= 3 and not labelled and caps is None:
            continue  # deeper in the text only a labelled line or a subject line counts
        if i > 0 and not labelled and caps is None and not _may_precede_marking(head, i, seg):
            continue  # a heading "Vertrouwelijk" under a title, followed by text about it
        if (seg in _WEAK_ALONE or seg.startswith("intern")) and rest > 0 and not labelled and not (
                i == 0 and _TITLE_THEN_MARK.search(text)):
            continue  # "Intern rapport: UWV faalde" is a headline; "Intern werkdocument" alone is a marking
            # (but "NIEUWSFLITS DISTRICT ZUID – intern": a title marked after a dash, is one)
        score = 0.92 if rest == 0 or labelled else (0.75 if rest <= 4 else 0.0)
        if score:
            best = stronger(best, Evidence(score, _said(seg, "bovenaan"), line.start, line.end))
    if head:
        first = head[0]
        inside = _MARK_IN_TITLE.search(first.text[:MAX_LINE])
        if inside and not _READER.search(first.text[:MAX_LINE]):
            best = stronger(best, Evidence(0.85, _said("vertrouwelijk", "in de titel"), first.start + inside.start(),
                                           first.start + inside.end()))
        inside = _INTERN_IN_TITLE.search(first.text[:MAX_LINE])
        if inside and not _READER.search(first.text[:MAX_LINE]):
            best = stronger(best, Evidence(0.85, _said("intern", "in de titel"), first.start + inside.start(),
                                           first.start + inside.end()))
        inside = _INTERN_AFTER_REPORT.search(first.text[:MAX_LINE])
        if inside and not _READER.search(first.text[:MAX_LINE]):
            best = stronger(best, Evidence(0.85, _said("intern", "in de titel"), first.start + inside.start(),
                                           first.start + inside.end()))
        # the title: the first line, or the first Markdown heading under a few lines of metadata
        # ("CATEGORIE: Werkinstructies\nLABELS: ...\n\n# INTERN – Werkwijze ...")
        titles = [first]
        if not first.text.startswith("#"):
            titles += [h for h in head[1:6] if h.text.startswith("#")][:1]
        for title_line in titles:
            bare = title_line.text[:MAX_LINE]
            marks = _TITLE_MARKS.match(bare)
            if marks:
                bare = bare[marks.end():]
            inside = _INTERN_BEFORE_TITLE.match(bare)
            if inside and not _READER.search(bare[inside.end() - 1:]):
                at = title_line.start + (marks.end() if marks else 0)
                best = stronger(best, Evidence(0.85, _said("intern", "bovenaan"), at, at + inside.end() - 1))
        m = _MARK_BEFORE_TITLE.match(first.text[:MAX_LINE])
        title = first.text[m.end() - 1:MAX_LINE] if m else ""
        following = head[1].text.lower() if len(head) > 1 else ""
        if m and not _READER.search(title) and not title.rstrip().endswith(("?", ".", "!")) \
                and "vertrouw" not in following and "geheim" not in following:
            best = stronger(best, Evidence(0.85, _said(re.split(r"\s*(?:[–—|]|\s-\s)", m.group())[0].lower(),
                                                       "bovenaan"), first.start, first.start + m.end() - 1))
    for line in head[:6] + tail[-3:]:
        m = _INTERNAL_USE.search(line.text[:MAX_LINE])
        if m and len(line.text.split()) <= 15 and not line.text.endswith("?"):
            best = stronger(best, Evidence(0.85, "de tekst zegt 'alleen voor intern gebruik'",
                                           line.start + m.start(), line.start + m.end()))
            break
    for j, line in enumerate(tail[-3:]):
        seg, rest = _is_marker_line(line, _CLASSIFIED_SEGMENT)
        following = tail[-3:][j + 1].text.lower() if j + 1 < len(tail[-3:]) else ""
        if seg is not None and seg.split()[-1][:8] in following:
            continue  # a heading followed by text about it
        if seg is not None and seg not in _WEAK_ALONE and rest <= 4:
            best = stronger(best, Evidence(0.8, _said(seg, "onderaan"), line.start, line.end))
    return best


def public(text: str, low: str, head: list[Line], tail: list[Line]) -> bool:
    """The text says of itself that it is public (or it is a document released under the Woo)."""
    for line in head[:6] + tail[-3:]:
        lowered = line.text[:MAX_LINE].lower()
        level = _LEVEL.search(lowered) if "ertrouwelijkheids" in lowered else None
        if level and level.group(1) == "0":
            return True
        if ("openbaar" in lowered or "woo" in lowered or "wob" in lowered
                or "wet open" in lowered) and _PUBLIC_PHRASE.search(lowered) and not _WOO_REQUEST.search(lowered):
            return True
        seg, rest = _is_marker_line(line, _PUBLIC_SEGMENT)
        if seg is not None and (rest == 0 or _LABEL.search(lowered)):
            return True
    if "5.1." not in text and "10.2" not in text:
        return False
    count = 0
    for _ in _WOO_CODE.finditer(text):
        count += 1
        if count >= 2:
            return True
    return False


def draft(text: str, low: str, head: list[Line], tail: list[Line]) -> Evidence | None:
    """A draft, an embargo, or a "do not distribute" note."""
    best: Evidence | None = None
    for i, line in enumerate(head[:4]):
        if _EDITOR_NOTE.search(line.text):
            continue
        seg, rest = _is_marker_line(line, _DRAFT_SEGMENT)
        if seg is not None:
            score = 0.92 if rest <= 4 else 0.7
            if seg.startswith(("ontwerp",)) and rest > 0:
                score = 0.0  # "Ontwerp" in a title is usually the public draft-for-comment of a rule
            if score:
                best = stronger(best, Evidence(score, _said(seg, "bovenaan"),
                                               line.start, line.end))
        elif i < 2:
            marks = _TITLE_MARKS.match(line.text)
            at = marks.end() if marks else 0
            m = _CONCEPT_TITLE.match(line.text[at:])
            if m and not _CONSULTATION.match(line.text[at:]):
                best = stronger(best, Evidence(0.55, "de titel begint met 'Concept'", line.start + at,
                                               line.start + at + m.end()))
        if i == 0 and seg is None:
            part = _CONCEPT_PART.search(line.text[:MAX_LINE])
            if part:
                best = stronger(best, Evidence(0.8, "het woord 'Concept' in de titel", line.start + part.start(),
                                               line.start + part.end()))

    for line in head[:3]:
        # a short note at the top that the text is not finished: "tekst nog ter goedkeuring bij Ellen",
        # "Namen nog te anonimiseren!" (a news headline says what is unfinished in the world, not in itself)
        if len(line.text) <= 140 and not _EDITOR_NOTE.search(line.text):
            m = _UNFINISHED.search(line.text)
            if m:
                best = stronger(best, Evidence(0.8, "een notitie bovenaan dat de tekst nog niet af is",
                                               line.start + m.start(), line.start + m.end()))
    for line in head:  # (a mail header may have five lines before its subject)
        subject = _SUBJECT_CONCEPT.match(line.text[:MAX_LINE])
        if subject and not _CONSULTATION.match(subject.group(1)):
            best = stronger(best, Evidence(0.8, "het woord 'Concept' in het onderwerp", line.start + subject.start(1),
                                           line.start + subject.end(1)))
    for line in tail[-2:]:
        note = _APPEARS_IN.match(line.text[:MAX_LINE])
        if note:
            best = stronger(best, Evidence(0.8, "een notitie onderaan dat het stuk nog moet verschijnen",
                                           line.start, line.end))
        if _EDITOR_NOTE.search(line.text):
            continue
        seg, rest = _is_marker_line(line, _DRAFT_SEGMENT)
        if seg is not None and rest <= 6:
            best = stronger(best, Evidence(0.85, _said(seg, "onderaan"), line.start, line.end))
    phrase = None
    phrase_hint = any(w in low for w in ("verspreid", "publicatie", "distribut", "circulat", "embargo"))
    for m in _DRAFT_PHRASE.finditer(text) if phrase_hint else ():
        if not _EDITOR_NOTE.search(text, max(0, m.start() - 60), m.start()):
            phrase = m
            break
    if phrase:
        best = stronger(best, Evidence(0.85, "de tekst mag nog niet naar buiten "
                                             "(bijvoorbeeld 'niet verspreiden' of 'embargo')",
                                    phrase.start(), phrase.end()))
    notes = 0
    first_note = None
    for m in _review_notes(text, low):
        notes += 1
        first_note = first_note or m
        if notes >= 3:
            break
    version = any(_VERSION_ZERO.search(line.text[:MAX_LINE]) for line in head[:3])
    extra = 0.15 * min(notes, 2) + (0.15 if version else 0.0)
    if best is not None and extra:
        best = Evidence(min(0.97, best.score + extra), best.reason, best.start, best.end)
    elif best is None and first_note is not None and notes >= 2:
        best = Evidence(0.55 + (0.1 if version else 0.0), "opmerkingen van meelezers in de tekst (nog niet af)",
                        first_note.start(), first_note.end())
    return best
