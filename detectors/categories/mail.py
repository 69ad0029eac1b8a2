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

from detectors.categories._text import MAX_LINE, Line, iter_lines
from detectors.categories.markers import Evidence, stronger

_HEADER = re.compile(
    r"^[ \t>]{0,20}(van|from|verzonden|sent|verstuurd|aan|to|cc|bcc|onderwerp|subject|datum|date|betreft)"
    r"[ \t]*:[ \t]*(\S?)", re.M | re.I)
_KEY = {
    "van": "from", "from": "from", "verzonden": "sent", "sent": "sent", "verstuurd": "sent",
    "aan": "to", "to": "to", "cc": "cc", "bcc": "cc", "onderwerp": "subject", "subject": "subject",
    "datum": "date", "date": "date", "betreft": "regarding",
}
_DUTCH_KEYS = frozenset({"van", "verzonden", "verstuurd", "aan", "onderwerp", "datum", "betreft"})
_ADDRESS = re.compile(r"<[^<>\s@]+@[^<>\s@]+>|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_REPLY_PREFIX = re.compile(r"(?i)^[ \t>]{0,20}(?:onderwerp|subject)[ \t]*:[ \t]*(?:re|fw|fwd|antw|doorst|tr|wg)[ \t]*:")
_SENDER_LINE = re.compile(r"(?m)^[^\n<>]{2,60}<[^<>\s@]+@[^<>\s@]+>[ \t]*\n(?:[^\n]{0,60}\n)?[ \t]*\Z")
_MEMO_WORD = re.compile(r"(?i)\b(?:memo|memorandum|notitie|nota|interne mededeling)\b")

_REPLY_MARKER = re.compile(
    r"(?im)^[ \t>]{0,20}(?:-{2,}[ \t]*(?:oorspronkelijk bericht|original message|doorgestuurd bericht|"
    r"forwarded message|oorspronkelijke bericht)[ \t]*-{2,}"
    r"|(?:verzonden|verstuurd) (?:vanaf|met|via) mijn\b|sent from my\b|get outlook for\b|download outlook\b"
    r"|(?:op|on) [^\n]{4,160}? (?:schreef|wrote)\b[^\n]{0,120}:[ \t]*$)")

_REPLY_HINTS = ("oorspronkelijk", "original message", "doorgestuurd", "forwarded", "vanaf mijn", "met mijn",
                "via mijn", "sent from my", "outlook", "schreef", "wrote")
_GREETING = re.compile(
    r"(?i)^(beste|geachte|hoi|hallo|hey|hi|hello|dear|dag|lieve|goedemorgen|goedemiddag|goedenavond|"
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
#: The line after a closing that makes a letter an official (public) one, or a template.
_OFFICIAL_SIGNATURE = re.compile(r"(?i)^(?:de|namens de|voor de)\s+(?:minister|staatssecretaris|voorzitter|"
                                 r"burgemeester|raad van bestuur)\b|[\[<{][^\]>}]{0,20}(?:naam|name|handtekening)")
_TEMPLATE = re.compile(r"(?i)\b(?:voorbeeld\w*|sjabloon|template|modelbrief|standaardbrief)\b")
_CHAT_LINE = re.compile(r"^\[?\d{1,2}:\d{2}\]?\s")


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


def _closing(tail: list[Line]) -> tuple[Line | None, bool, set[str], bool]:
    """The closing line, whether it is a strong one, the signer's names, and "official letter"."""
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
            return None, False, set(), False
        official = bool(_OFFICIAL_SIGNATURE.search(signer)) or any(
            _OFFICIAL_SIGNATURE.search(a.text) for a in after[:2])
        return line, bool(strong), _names_in(signer), official
    return None, False, set(), False


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


def analyse(text: str, low: str, head: list[Line], tail: list[Line], is_public: bool) -> MailResult:
    """Look for e-mail headers, reply markers, greeting and signature; and for memo headers."""
    res = MailResult()
    after_runs: list[Line] = []
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
            continue
        if any(_REPLY_PREFIX.match(text, m.start()) for m in run if _KEY[m.group(1).lower()] == "subject"):
            score = 0.97
        names = "Van, Aan, Onderwerp" if dutch else "From, To, Subject"
        res.email = stronger(res.email, Evidence(score, f"kopregels van een e-mail ({names})", start, end))
        res.personal = True
        after_runs.extend(list(iter_lines(text, end, min(len(text), end + 600)))[:3])

    hinted = any(h in low for h in _REPLY_HINTS)
    for m in _REPLY_MARKER.finditer(text) if hinted else ():
        res.email = stronger(res.email, Evidence(0.9, "een eerder bericht uit een e-mailwisseling", m.start(), m.end()))
        res.personal = True
        break

    template = any(_TEMPLATE.search(h.text[:MAX_LINE]) for h in head[:2])
    subject_line = next((h for h in head[:3] if re.match(r"(?i)(?:onderwerp|subject)\s*:", h.text)), None)
    greet, generic, greet_names = _greeting(head[:4] + after_runs)
    close, strong, signer, official = _closing(tail[-10:])
    if official or generic or template:
        # a letter to parliament, a newsletter to "Beste lezer", a sample letter on a web page
        greet = close = None
    else:
        res.names |= greet_names | signer
    if greet is not None and close is not None and (greet_names or signer):
        res.email = stronger(res.email, Evidence(0.88, "aanhef en afsluiting van een e-mail of brief "
                                                   "(zoals 'Beste ...' en 'Met vriendelijke groet')",
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
    elif greet is not None:
        res.email = stronger(res.email, Evidence(0.45, "aanhef van een bericht", greet.start, greet.end))
    if greet is not None or close is not None:
        res.personal = True
    if is_public:
        res.email = None
        res.memo = None
    return res
