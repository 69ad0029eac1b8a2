"""E-mails (EMAIL_MESSAGE) and memo headers.

Evidence, strongest first: an Outlook/Gmail header block (Van/Verzonden/Aan/Onderwerp or
From/Sent/To/Subject) at the start of lines, a reply-chain marker ("-----Oorspronkelijk
bericht-----", "Op ... schreef ...:", "Verzonden vanaf mijn iPhone"), and a personal greeting at
the top together with a closing plus name at the bottom ("Beste Jan, ... Met vriendelijke groet,
Petra"). A letter to a client with a greeting and a signature counts too (LABELS.md).

A memo has the same Aan/Van lines but a "Datum"/"Betreft" line and the word "Memo"; it is
reported by the caller as an internal report, not as an e-mail.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from detectors.regexgate import gated
from detectors.tables import SCHEMA_ITEM_TYPE
from detectors.categories._text import MAX_LINE, Line, Spans, iter_lines
from detectors.categories.markers import Evidence, stronger

_HEADER = re.compile(
    r"^[ \t>*_]{0,20}(van|from|verzonden|sent|verstuurd|aan|to|cc|bcc|onderwerp|subject|datum|date|betreft)"
    r"[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*(\S?)", re.M | re.I)
_KEY = {
    "van": "from", "from": "from", "verzonden": "sent", "sent": "sent", "verstuurd": "sent",
    "aan": "to", "to": "to", "cc": "cc", "bcc": "cc", "onderwerp": "subject", "subject": "subject",
    "datum": "date", "date": "date", "betreft": "regarding",
}
_DUTCH_KEYS = frozenset({"van", "verzonden", "verstuurd", "aan", "onderwerp", "datum", "betreft"})
_ADDRESS = re.compile(r"<[^<>\s@]+@[^<>\s@]+>|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_REPLY_PREFIX = re.compile(r"(?i)^[ \t>*_]{0,20}(?:onderwerp|subject)[*_]{0,2}[ \t]*:[*_]{0,2}"
                           r"[ \t]*(?:re|fw|fwd|antw|doorst|tr|wg)[ \t]*:")
_SENDER_LINE = re.compile(r"(?m)^[^\n<>]{2,60}<[^<>\s@]+@[^<>\s@]+>[ \t]*\n(?:[^\n]{0,60}\n)?[ \t]*\Z")
_MEMO_WORD = re.compile(r"(?i)\b(?:memo|memorandum|notitie|nota|interne mededeling)\b")
_MEMO_WORD = gated(_MEMO_WORD)  # (a text without its words skips the scan: see detectors/regexgate.py)

_REPLY_MARKER = re.compile(
    r"(?im)^[ \t>]{0,20}(?:-{2,}[ \t]*(?:oorspronkelijk bericht|original message|doorgestuurd bericht|"
    r"forwarded message|oorspronkelijke bericht)[ \t]*-{2,}"
    r"|(?:verzonden|verstuurd) (?:vanaf|met|via) mijn\b|sent from my\b|get outlook for\b|download outlook\b"
    r"|(?:op|on) [^\n]{4,160}? (?:schreef|wrote)\b[^\n]{0,120}:[ \t]*$)")

_REPLY_HINTS = ("oorspronkelijk", "original message", "doorgestuurd", "forwarded", "vanaf mijn", "met mijn",
                "via mijn", "sent from my", "outlook", "schreef", "wrote")
_GREETING = re.compile(
    r"(?i)^(beste|geachte|hoi|hai|hallo|hey|hee|hi|hello|dear|dag|lieve|goedemorgen|goedemiddag|goedenavond|"
    r"goedendag|good (?:morning|afternoon|evening))\b(.{0,60})$")
#: Greetings to an audience rather than a person: a letter to parliament, a newsletter.
_GENERIC_AUDIENCE = re.compile(r"(?i)\b(?:voorzitter|lezers?|abonnees?|relaties?|bezoekers?|kamerleden|"
                               r"leden van|werkgevers|klanten|deelnemers|ondernemers|burgers|inwoners|"
                               r"readers?|subscribers?|customers)\b|[\[<{]")
_STRONG_CLOSING = re.compile(
    r"(?i)^(?:(?:met\s+)?(?:(?:vriendelijke|hartelijke|beste|warme|collegiale|zonnige|sportieve)\s+)?"
    r"groet(?:en|jes)?|m\.?v\.?g\.?|gr\.?|(?:kind|best|warm|warmest|kindest)\s+regards|regards|"
    r"(?:yours\s+)?(?:sincerely|faithfully|truly)|hoogachtend|liefs|cheers)\b[ \t]*[,.!]?[ \t]*(.{0,40})$")
_WEAK_CLOSING = re.compile(
    r"(?i)^(?:alvast\s+(?:bedankt|dank)|bij\s+voorbaat\s+dank|(?:hartelijk\s+)?dank(?:\s+je|\s+u)?(?:\s+wel)?|"
    r"bedankt|thanks|thank\s+you|many\s+thanks|best|fijne?\s+(?:dag|weekend|avond|vakantie)|"
    r"tot\s+(?:straks|morgen|snel|later|dan|gauw|maandag|dinsdag|woensdag|donderdag|vrijdag))[ \t]*[,.!]*$")
#: The line after a closing that makes a letter an official (public) one, or a template (also a council party's open
#: letter: "namens de fractie van Gemeentebelang, Johan Manders").
_OFFICIAL_SIGNATURE = re.compile(r"(?i)^(?:de|namens de|voor de)\s+(?:minister|staatssecretaris|voorzitter|"
                                 r"burgemeester|raad van bestuur|(?:gemeenteraads|raads|staten)?fractie)\b"
                                 r"|[\[<{][^\]>}]{0,20}(?:naam|name|handtekening)")
#: A church council or a committee signing what it tells its congregation or its members ("namens de kerkenraad:
#: Willem Meijer, scriba", "namens de sollicitatiecommissie, André Sennema"): public when it greets nobody or a group
#: (a committee's letter to one person, "Geachte heer Tekin, ... namens de bezwaarcommissie", "Geachte student,", "Hoi,
#: je bent niet door naar de tweede ronde", stays a letter).
_BODY_SIGNATURE = re.compile(r"(?i)^namens\s+de\s+(?:kerkenraad|\w*commissie)\b")
#: A greeting to a group in the plural ("Beste gemeenteleden,", "Geachte ouders,", "Beste allen,"), not to one
#: reader ("Geachte student,", "Beste broeder en zuster,").
_GROUP_GREETED = re.compile(r"^\W*\w+[ \t]+(?:[a-zà-ÿ-]+[ \t]+)*?(?:[a-zà-ÿ-]{2,}(?:en|ers|s)|allen|allemaal|iedereen)"
                            r"[ \t]*[,!:]?[ \t]*$")
_TEMPLATE = re.compile(r"(?i)\b(?:voorbeeld\w*|sjabloon|template|modelbrief|standaardbrief)\b")
_CHAT_LINE = re.compile(r"^\[?\d{1,2}:\d{2}\]?\s")
#: A greeting to the colleagues of a team ("Collega's,", "Beste allemaal,", "Hoi team"): an internal mail.
_COLLEAGUES = re.compile(r"(?i)^(?:(?:beste|hoi|hai|hallo|hey|dag|goedemorgen|goedemiddag|lieve)\s+)?"
                         r"(?:collega'?s|collega|allemaal|allen|iedereen|team|teamleden)\b\s*[,!:]?\s*$")
#: An instruction to a chatbot in front of a pasted text: "Herschrijf deze mail ...:", "maak dit vriendelijker:".
_PROMPT = re.compile(r"(?i)^[^:\n]{0,80}\b(?:herschrijf|herformuleer|formuleer|maak|vat|verbeter|corrigeer|"
                     r"controleer|check|vertaal|kort|schrijf|zet|rewrite|translate|improve|summari[sz]e|make|"
                     r"proofread|fix|shorten|polish)\w*\b[^:?\n]{0,80}[:?][ \t]*")
#: A greeting that opens a mail typed on one line with its text: "Mevrouw Lambrechts, we hebben ...",
#: "hoi gijs, ik heb ...": a greeting word (or a title) and a name up to a comma. (Used with ``match``
#: from the end of an instruction, so no "^".)
_INLINE_GREETING = re.compile(
    r"(?i)(?:(?:beste|geachte|hoi|hai|hallo|hey|hee|hi|hello|dear|dag|lieve)\s+(?:mevrouw\s+|meneer\s+|heer\s+)?"
    r"|(?-i:[Mm]evrouw|[Mm]eneer|[Mm]w\.?|[Dd]hr\.?|[Dd]e heer)\s+(?=[A-Z]))"
    r"([\w'-]{2,30}(?:[ \t]+[\w'-]{1,30}){0,3}),[ \t]")
#: A closing with a name at the end of the last line: "... zetten. Groet, Niels", "... vandaag nog. gr lotte".
_INLINE_CLOSING = re.compile(
    r"(?i)(?:^|[.!?,;)][ \t]+|[ \t]{2,})((?:met\s+)?(?:vriendelijke\s+|hartelijke\s+|beste\s+)?groet(?:en|jes)?|"
    r"gr\.?|mvg|m\.v\.g\.|(?:kind|best|warm)\s+regards|regards|cheers|liefs|thanks|(?:alvast\s+)?(?:dank|bedankt))"
    r"[ \t]*[,.!]?[ \t]+"
    r"((?:[A-Z]\.[ \t]?){0,4}[^\W\d_][\w'-]{0,30}(?:[ \t]+[^\W\d_][\w'-]{0,30}){0,3})[ \t]*[.!]?[ \t]*$")
#: Gmail's reading view: "Jansen, Jan <jan@...>" (or "van ..."), a date, then "aan Piet, mij" without a colon.
_GMAIL_SENDER = re.compile(r"(?i)^(?:van[ \t]+)?[^\n<>:]{2,60}<[^<>\s@]+@[^<>\s@]+>[ \t]*$")
_GMAIL_TO = re.compile(r"(?i)^(?:aan|to)[ \t]+[^\n:]{1,120}$")
#: Words that sign for a group, not a person ("Groet, het organisatieteam").
_GROUP_SIGNER = re.compile(r"(?i)^(?:het|de|namens\s+(?:het|de))\s+\w*(?:team|vereniging|commissie|werkgroep|"
                           r"secretariaat|afdeling|mt|redactie|organisatie)\b")


@dataclass
class MailResult:
    email: Evidence | None = None
    memo: Evidence | None = None
    #: Names from greetings, signatures and header lines, for the health rules.
    names: set[str] = field(default_factory=set)
    #: The text has the shape of a personal message (greeting, signature, headers).
    personal: bool = False


def _header_runs(text: str):
    """Groups of header lines that follow each other (one wrapped line in between is allowed)."""
    run: list[re.Match] = []
    prev_end = -1
    for m in _HEADER.finditer(text):
        if len(run) >= 30:
            yield run  # real header blocks are short; this is not one, but keep it linear
            run = []
        if run:
            gap = text[prev_end:m.start()]
            if len(gap) > 300 or sum(1 for ln in gap.split("\n") if ln.strip()) > 1:
                yield run
                run = []
        run.append(m)
        nl = text.find("\n", m.end())
        prev_end = len(text) if nl < 0 else nl
    if run:
        yield run


_NAME_TOKEN = re.compile(r"\b[A-Z][a-zà-ÿĀ-ž]+(?:-[A-Z][a-zà-ÿĀ-ž]+)?\b")
_NOT_NAMES = frozenset({
    "Team", "Teams", "UWV", "Servicedesk", "Service", "Desk", "Security", "Operations", "Center", "Centre",
    "Raad", "Bestuur", "Regio", "Noord", "Oost", "Zuid", "West", "Midden", "Afdeling", "Directie",
    "Juridische", "Zaken", "Communicatie", "Werkgevers", "Klantcontact", "Directeur", "Manager",
    "Managementteam", "Secretariaat", "Coördinator", "Adviseur", "Teamleider", "Met", "Vriendelijke",
    "Groet", "Groeten", "Beste", "Geachte", "Hoi", "Hallo", "Dear", "Hi", "Hello", "Heer", "Mevrouw",
    "Meneer", "Sir", "Madam", "Allemaal", "Allen", "Collega", "Collega's", "Van", "Aan", "The", "Kind",
    "Regards", "Best", "Sent", "From", "Subject", "Onderwerp", "Verzonden", "Medewerker", "Info",
})


def _names_in(value: str) -> set[str]:
    return {t for t in _NAME_TOKEN.findall(value[:120]) if t not in _NOT_NAMES and len(t) >= 3}


def _closing(tail: list[Line]) -> tuple[Line | None, bool, set[str], bool, bool]:
    """The closing line, whether it is a strong one, the signer's names, "official letter" and "signed by a council
    or a committee"."""
    for i in range(len(tail) - 1, -1, -1):
        line = tail[i]
        text = line.text[:MAX_LINE]
        strong = _STRONG_CLOSING.match(text)
        weak = None if strong else _WEAK_CLOSING.match(text)
        if not strong and not weak:
            continue
        after = tail[i + 1:]
        same_line_name = strong.group(1).strip() if strong else ""
        signer = after[0].text if after else same_line_name
        if not signer or len(signer.split()) > 8 or signer.endswith("?") or _CHAT_LINE.match(signer):
            return None, False, set(), False, False
        official = bool(_OFFICIAL_SIGNATURE.search(signer)) or any(
            _OFFICIAL_SIGNATURE.search(a.text) for a in after[:2])
        body = bool(_BODY_SIGNATURE.search(signer)) or any(_BODY_SIGNATURE.search(a.text) for a in after[:2])
        return line, bool(strong), _names_in(signer), official, body
    return None, False, set(), False, False


def _greeting(lines: list[Line]) -> tuple[Line | None, bool, set[str]]:
    """A greeting line among ``lines``: (line, is it to an audience?, names in it)."""
    for line in lines:
        m = _GREETING.match(line.text[:MAX_LINE])
        if not m:
            continue
        rest = m.group(2).strip()
        if rest.endswith("?") or rest[:1].isdigit():
            continue  # "Dag 1 - Ziekmelden", "Dag 3: probleemanalyse": a step in a schedule
        if _GENERIC_AUDIENCE.search(rest):
            return None, True, set()
        short = len(rest.split()) <= 4
        if not (rest.endswith((",", "!", ":")) or rest == "" or short):
            continue
        return line, False, _names_in(rest)
    return None, False, set()


#: A mail's header written as elements, the way a mail template or a test fixture stores a sent mail:
#: "<from>zwolle@waarborgfonds.nl</from>", "<to>...</to>", "<subject>...</subject>".
_MARKUP_FIELD = re.compile(r"(?i)<(from|to|cc|subject|van|aan|onderwerp)>([^<>\n]{1,300})</\1>")
_MARKUP_KEY = {"from": "from", "van": "from", "to": "to", "aan": "to", "cc": "to", "subject": "subject",
               "onderwerp": "subject"}


def _markup_header(text: str) -> Evidence | None:
    """A sender, a receiver and a subject as elements (:data:`_MARKUP_FIELD`), one of them with a mail address."""
    if "</" not in text:
        return None
    fields = list(islice(_MARKUP_FIELD.finditer(text, 0, 20_000), 12))
    keys = {_MARKUP_KEY[m.group(1).lower()] for m in fields}
    if not keys >= {"from", "to", "subject"} or not any(_ADDRESS.search(m.group(2)) for m in fields):
        return None
    return Evidence(0.9, "kopregels van een e-mail (from, to, subject)", fields[0].start(), fields[-1].end())


#: The sender and the recipient of a message that a web page marks up with schema.org.
_MESSAGE_PARTY = re.compile(r"""itemprop=["'](sender|recipient)["']""")


def _marked_up_message(text: str) -> Evidence | None:
    """A mail that a page quotes with schema.org's markup of a message between a sender and a recipient."""
    if "itemprop" not in text:
        return None
    m = next((t for t in SCHEMA_ITEM_TYPE.finditer(text, 0, 20_000) if t.group(1) in ("Message", "EmailMessage")),
             None)
    if m is None or {p.group(1) for p in _MESSAGE_PARTY.finditer(text, m.end(), m.end() + 2_000)} != {"sender",
                                                                                                    "recipient"}:
        return None
    return Evidence(0.85, "een e-mail met afzender en ontvanger", m.start(), m.end())


def _gmail_header(head: list[Line]) -> Evidence | None:
    """A sender line with an address, and within three lines an "aan ..." line (Gmail's reading view)."""
    for i, line in enumerate(head[:8]):
        if "@" in line.text and _GMAIL_SENDER.match(line.text[:MAX_LINE]):
            if any(_GMAIL_TO.match(h.text[:MAX_LINE]) for h in head[i + 1:i + 4]):
                return Evidence(0.9, "kopregels van een e-mail (afzender met adres, datum, 'aan')",
                                line.start, line.end)
    return None


def _inline(head: list[Line], tail: list[Line]) -> tuple[Line | None, set[str], Line | None, set[str]]:
    """A mail pasted on one or two lines after an instruction: the greeting line and its names,
    the closing at the end of the last line and the signer."""
    greet, names = None, set()
    for line in head[:3]:
        t = line.text[:MAX_LINE]
        p = _PROMPT.match(t)
        m = _INLINE_GREETING.match(t, p.end() if p else 0)
        if m and _GENERIC_AUDIENCE.search(m.group(1)):
            break  # "Dag beste lezers, ...": the foreword of a magazine
        if m:
            greet = line
            names = {w for w in m.group(1).split() if w[:1].isalpha()}
            break
    if not tail:
        return greet, names, None, set()
    last = tail[-1]
    c = _INLINE_CLOSING.search(last.text[-120:])
    if not c:
        return greet, names, None, set()
    signer = {w for w in c.group(2).split() if w.lower() not in _NOT_NAMES_LOWER}
    return greet, names, (last if signer else None), signer


_NOT_NAMES_LOWER = frozenset(w.lower() for w in _NOT_NAMES) | {"het", "de", "ook", "namens", "en", "je", "u", "jullie",
                                                              "allen", "iedereen", "alvast", "voor", "van"}


def _name_sign_off(tail: list[Line], persons: Spans | None) -> Line | None:
    """A bare name as the sign-off: a line that is a found name, with only contact lines under it."""
    if persons is None or not persons:
        return None
    for k, line in enumerate(reversed(tail[-3:])):
        words = line.text.split()
        if 1 <= len(words) <= 4 and not line.text.endswith((".", "?", ":", ",")) \
                and persons.inside(line.start, line.end):
            below = tail[len(tail) - k:]
            if all(any(ch.isdigit() for ch in b.text) or "@" in b.text for b in below):
                return line
    return None


def _lines_after(text: str, end: int) -> list[Line]:
    """The first three lines after a header block, where its greeting stands."""
    return list(iter_lines(text, end, min(len(text), end + 600)))[:3]


def analyse(text: str, low: str, head: list[Line], tail: list[Line], is_public: bool,
            persons: Spans | None = None) -> MailResult:
    """Look for e-mail headers, reply markers, greeting and signature; and for memo headers.
    ``persons``: the PERSON findings, for a sign-off that is a bare name."""
    res = MailResult()
    after_runs: list[Line] = []
    partial: Evidence | None = None
    for n, run in enumerate(_header_runs(text)):
        if n >= 50:
            break
        keys = {_KEY[m.group(1).lower()] for m in run}
        dutch = any(m.group(1).lower() in _DUTCH_KEYS for m in run)
        start, end = run[0].start(), text.find("\n", run[-1].end())
        end = len(text) if end < 0 else end
        block = text[start:end][:4000]
        for m in run:
            if _KEY[m.group(1).lower()] in ("from", "to", "cc"):
                line_end = text.find("\n", m.end())
                res.names |= _names_in(text[m.end():len(text) if line_end < 0 else line_end])
        preceding = text[max(0, start - 200):start]
        if "from" not in keys and "to" in keys and _SENDER_LINE.search(preceding):
            keys.add("from")  # Outlook's reading pane: "Jan Jansen <jan@uwv.nl>" above "Aan:"
        if keys >= {"from", "subject"} and "to" not in keys and "sent" not in keys and res.names:
            # "Van: Henk Bakker / Onderwerp: ..." as a CRM or a mail export shows it: a mail with a greeting
            partial = stronger(partial, Evidence(0.8, "kopregels van een bericht (Van, Onderwerp)", start, end))
            after_runs.extend(_lines_after(text, end))
        if "from" not in keys or "to" not in keys and "sent" not in keys:
            continue
        has_address = bool(_ADDRESS.search(block))
        memo_word = bool(_MEMO_WORD.search(preceding)) or any(_MEMO_WORD.search(h.text[:80]) for h in head[:3])
        if "sent" not in keys and "cc" not in keys and not has_address and (memo_word or "regarding" in keys):
            res.memo = stronger(res.memo, Evidence(0.62, "kopregels van een interne memo (Aan, Van, Datum)",
                                                   start, end))
            continue
        if "sent" in keys or "cc" in keys or has_address:
            score = 0.95
        elif "subject" in keys or "date" in keys:
            score = 0.8
        else:
            # "From: Richel / To: Aram" alone, as a mail pasted into a report shows it: a mail when a greeting
            # follows ("Hoi Aram,"), which the greeting and closing rules below look for
            after_runs.extend(_lines_after(text, end))
            continue
        if any(_REPLY_PREFIX.match(text, m.start()) for m in run if _KEY[m.group(1).lower()] == "subject"):
            score = 0.97
        names = "Van, Aan, Onderwerp" if dutch else "From, To, Subject"
        res.email = stronger(res.email, Evidence(score, f"kopregels van een e-mail ({names})", start, end))
        res.personal = True
        after_runs.extend(_lines_after(text, end))

    hinted = any(h in low for h in _REPLY_HINTS)
    for m in _REPLY_MARKER.finditer(text) if hinted else ():
        res.email = stronger(res.email, Evidence(0.9, "een eerder bericht uit een e-mailwisseling", m.start(), m.end()))
        res.personal = True
        break

    res.email = stronger(res.email, _gmail_header(head))
    res.email = stronger(res.email, _markup_header(text))
    res.email = stronger(res.email, _marked_up_message(text))
    if res.email is not None:
        res.personal = True

    template = any(_TEMPLATE.search(h.text[:MAX_LINE]) for h in head[:2])
    subject_line = next((h for h in head[:3] if re.match(r"(?i)[*_]{0,2}(?:onderwerp|subject)[*_]{0,2}\s*:", h.text)),
                        None)
    greet, generic, greet_names = _greeting(head[:4] + after_runs)
    close, strong, signer, official, body = _closing(tail[-10:])
    colleagues = next((h for h in head[:4] if _COLLEAGUES.match(h.text[:MAX_LINE])), None)
    if greet is None and colleagues is not None:
        greet = colleagues
    if greet is None or close is None:
        inline_greet, inline_names, inline_close, inline_signer = _inline(head, tail)
        if greet is None and inline_greet is not None:
            greet, greet_names = inline_greet, inline_names
        if close is None and inline_close is not None and greet is not None:
            close, strong, signer = inline_close, True, inline_signer
        elif close is None and inline_close is not None and len(inline_signer) >= 2 and persons \
                and not any(_GENERIC_AUDIENCE.search(h.text[:120]) for h in head[:2]):
            # "... meedenken, Hanneke! Groet, Sjoerd Postma": a note signed with a first name and a surname that
            # the name rules found (a signature of a team or a brand is no person; a foreword to "beste lezers" is
            # signed by its writer but is no message)
            tail_text = inline_close.text[-120:]
            c = _INLINE_CLOSING.search(tail_text)
            at = inline_close.end - len(tail_text) + c.start(2)
            if persons.inside(at, inline_close.end):
                close, strong, signer = inline_close, True, inline_signer
    if close is None and greet is not None:
        named = _name_sign_off(tail, persons)
        if named is not None:
            close, strong, signer = named, True, _names_in(named.text) or {named.text.split()[0]}
    if official or generic or template or body and (greet is None or _GROUP_GREETED.search(greet.text[:MAX_LINE])):
        # a letter to parliament, a newsletter to "Beste lezer", a sample letter on a web page, a church council's
        # letter to its congregation
        greet = close = None
    else:
        res.names |= greet_names | signer
    if greet is not None and close is not None and (greet_names or signer):
        res.email = stronger(res.email, Evidence(0.88, "aanhef en afsluiting van een e-mail of brief "
                                                   "(zoals 'Beste ...' en 'Met vriendelijke groet')",
                                              greet.start, greet.end))
    elif greet is not None and close is not None and colleagues is not None and strong:
        # "Collega's, ... Groet, het organisatieteam": a mail to the colleagues of a team
        res.email = stronger(res.email, Evidence(0.75, "een e-mail aan collega's (aanhef en afsluiting)",
                                                 greet.start, greet.end))
    elif close is not None and strong and signer:
        res.email = stronger(res.email, Evidence(0.62 if not subject_line else 0.8,
                                              "afsluiting met groet en naam, zoals onder een e-mail",
                                              close.start, close.end))
    elif greet is not None and close is not None:
        # "Geachte heer/mevrouw, ... Met vriendelijke groet, UWV": a form letter, maybe a published one
        res.email = stronger(res.email, Evidence(0.45, "aanhef en afsluiting zonder naam", greet.start, greet.end))
    elif greet is not None and subject_line is not None:
        res.email = stronger(res.email, Evidence(0.7, "onderwerpregel en aanhef van een e-mail",
                                                 greet.start, greet.end))
    elif greet is not None and any(greet.start == h.start for h in head[:3]) and persons is not None \
            and _GREETING.match(greet.text[:MAX_LINE]) and persons.inside(greet.start, greet.end) \
            and len(text) - greet.end >= 80:
        # "Beste Sarah,\n\nHartelijk dank voor ...": a message to a person, copied without its closing (a reply
        # someone wants to polish is pasted like that), at the top or under its title; a name rule found the person
        # in the greeting (a greeting word: "De heer Verhaegen, verslaggever, heeft het woord" is a parliament's
        # minutes, not a letter)
        res.email = stronger(res.email, Evidence(0.7, "aanhef aan een persoon bovenaan een bericht",
                                                 greet.start, greet.end))
    elif greet is not None:
        res.email = stronger(res.email, Evidence(0.45, "aanhef van een bericht", greet.start, greet.end))
    if partial is not None and (greet is not None or close is not None):
        res.email = stronger(res.email, partial)
    if greet is not None or close is not None:
        res.personal = True
    if is_public:
        res.email = None
        res.memo = None
    return res
