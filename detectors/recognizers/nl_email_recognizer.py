"""E-mail addresses of a person.

Labels (shared/eval/LABELS.md): an address that belongs to a person is personal data; the
functional boxes of an organisation (info@, werving@, klantenservice@ ...) in a public text are
not. The recognizer cannot see whether a text is public, so it judges the address itself:

- a personal-looking local part (j.devries@, priscilla.koster@, noor@) → reported;
- a *role* local part that a sole trader also uses as their own address (info@, contact@,
  mail@, post@, hallo@ ...) → reported only when the address sits in an e-mail header or has a
  display name ("Van: Tim Bakker <info@...>") or follows "mijn e-mail";
- a *department/system* local part (werving@, recruitment@, klantenservice@, servicedesk@,
  noreply@, pers@ ...) → never reported: it does not lead to a person;
- a local part made of ordinary Dutch words, none a first name or a frequent surname
  (subsidies@, vergunningen@, schuldhulp@) → a subject box, treated like a role box.

The regex is written here (no tldextract, so no network); it only starts at the beginning of a
local part, so it stays linear on long runs of letters.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import regex
from presidio_analyzer import Pattern, RecognizerResult

from detectors.recognizers.base import ReasonedPatternRecognizer
from detectors.tables import PersonFields

log = logging.getLogger(__name__)

#: Role addresses that small businesses and sole traders also use as their own inbox.
SHARED_ROLE_LOCAL_PARTS = frozenset({
    "info", "contact", "mail", "email", "e-mail", "post", "hallo", "hello", "hoi", "office",
    "kantoor", "admin", "administratie", "algemeen", "welkom", "inbox", "hi",
})
#: Department, system and campaign boxes: never one person's address.
FUNCTIONAL_LOCAL_PARTS = frozenset({
    "werving", "recruitment", "recruiter", "vacature", "vacatures", "werkenbij", "werken", "jobs",
    "careers", "sollicitatie", "sollicitaties", "solliciteren", "pers", "press", "persvoorlichting",
    "media", "communicatie", "redactie", "nieuws", "news", "nieuwsbrief", "newsletter",
    "klantenservice", "klantcontact", "customerservice", "service", "servicedesk", "helpdesk",
    "support", "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply",
    "mailer-daemon", "postmaster", "webmaster", "hostmaster", "abuse", "security", "privacy", "fg",
    "avg", "cert", "soc", "klachten", "klacht", "bezwaar", "secretariaat", "receptie", "directie",
    "bestuur", "hr", "p-o", "personeelszaken", "salarisadministratie", "finance", "financien",
    "facturen", "factuur", "facturatie", "invoice", "invoices", "billing", "debiteuren",
    "crediteuren", "boekhouding", "inkoop", "sales", "verkoop", "marketing", "planning", "events",
    "evenementen", "aanmelden", "inschrijving", "vragen", "questions", "feedback", "subsidie",
    "juridisch", "legal", "compliance", "it", "ict", "servicepunt", "loket", "publicaties",
    "woo", "wob", "werkgevers", "werkgeversservicepunt", "team", "dpo",
    # payroll, sick reports and intake boxes ("payroll@", "zw-meldingen@", "verzuim@")
    "payroll", "salaris", "loonadministratie", "salarissen", "personeel", "hrm", "meldingen", "melding",
    "ziekmelding", "ziekmeldingen", "verzuim", "verzuimmeldingen", "intake", "aanvragen", "backoffice",
    "frontoffice", "kcc", "postkamer", "archief", "documentatie", "roosters", "rooster",
    # an organisation's desks for its students, members, customers and volunteers ("academy@", "ledenadministratie@")
    "academy", "academie", "opleiding", "opleidingen", "training", "trainingen", "studentenzaken", "studenten",
    "ledenadministratie", "leden", "members", "membership", "orders", "bestellingen", "webshop", "shop",
    "reserveringen", "reservering", "reservations", "booking", "bookings", "tickets", "ticketing", "verhuur",
    "donaties", "donations", "fondsenwerving", "vrijwilligers", "volunteers",
})
# Words of a display name that belong to an organisation, not to a person ("Team RO <ro@...>").
_ORGANISATION_NAME_WORDS = frozenset({
    "team", "afdeling", "cluster", "dienst", "bureau", "gemeente", "stichting", "vereniging", "bv", "b.v.",
    "sector", "unit", "directie", "secretariaat", "servicedesk", "uitzendbureau", "administratie",
    "salarisadministratie", "organisatie", "ministerie", "provincie", "waterschap", "uwv", "svb",
})

#: Department words that start a compound box name: "perswoordvoering@", "teamoost@".
_FUNCTIONAL_STEMS = tuple(w for w in FUNCTIONAL_LOCAL_PARTS if len(w) >= 4 and w.isalpha())
_LOCAL = r"[a-z0-9](?:[a-z0-9._%+'-]{0,63}[a-z0-9_%+'-])?"
_DOMAIN = r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}"
# Header or display-name context for a shared role box, on the same line before the address.
# Only the sender's header: a role box a mail comes *from* may be a sole trader's own inbox, a
# box it goes *to* (Aan/Cc: info@gemeente.nl) is an organisation's.
_HEADER_LINE = regex.compile(r"(?im)^[ \t>*]*(?:van|from|afzender|reply-to|antwoord aan)[ \t*]*:")
_DISPLAY_NAME = regex.compile(r"(?P<name>[^<>\n,;:]{1,80})<[ \t]*$")
_OWN_MAIL = regex.compile(
    r"(?i)(?:\bmijn|\bmy)\s+(?:priv[eé]\s+|zakelijke?\s+|eigen\s+)?(?:e-?mail(?:adres)?|mailadres|e-mail\s+address)"
    r"[^\n]{0,25}$|\bmail\s+mij\b[^\n]{0,25}$")


# The splits of a display name and of a local part (compiled once: these run for every address).
_NAME_SPLIT = regex.compile(r"[\s\-]+")
_BASE_SPLIT = regex.compile(r"[.+_-]|\d")
_PARTS_SPLIT = regex.compile(r"[.+_\-\d]+")


class NlEmailRecognizer(ReasonedPatternRecognizer):
    """E-mail addresses, minus the boxes of departments and systems (see module docstring)."""

    PATTERNS = [
        # (an apostrophe inside a name, "o'brien@", is no start; an opening quote of code, 'jan@...', is)
        Pattern("e-mailadres", r"(?i)(?<![\w.%+@-])(?<!\w')" + _LOCAL + "@" + _DOMAIN + r"(?![\w-]|\.[a-z0-9])", 0.9),
    ]
    CONTEXT: list[str] = []
    REASON = "een e-mailadres van een persoon"
    REASON_ROLE = "een algemeen e-mailadres dat hier als adres van een persoon of eenmanszaak staat"
    SCORE_ROLE = 0.35
    SCORE_ROLE_PERSONAL = 0.7

    def __init__(self):
        super().__init__(supported_entity="EMAIL_ADDRESS", name="NlEmailRecognizer", global_regex_flags=regex.M)
        self._compiled = regex.compile(self.PATTERNS[0].regex, regex.M)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results: list[RecognizerResult] = []
        pattern = self.PATTERNS[0]
        persons = PersonFields(text)
        for m in address_matches(self._compiled, text):
            local = m.group().split("@", 1)[0].lower()
            kind = local_part_kind(local)
            if kind == "functional":
                continue
            shown = _display_name(text, m.start())
            if shown is not None and _organisation_name(shown) and (kind != "personal" or _short_box(local)):
                continue  # "team-RO <ro@leiden.nl>", "Payroll Flexwerk <payroll@...>"
            score, reason = pattern.score, self.REASON
            if kind == "role":
                if _personal_context(text, m.start()) or (
                        _EMAIL_KEY_BEFORE.search(text, max(0, m.start() - 30), m.start())
                        and persons.in_record(m.start())):
                    # (the e-mail field of a person's record: "lastName": "Specht", "email": "specht@...")
                    score, reason = self.SCORE_ROLE_PERSONAL, self.REASON_ROLE
                else:
                    score = self.SCORE_ROLE
            results.append(self.result(m.start(), m.end(), score, reason, pattern.name, final=True))
        return results


#: The most characters of a match before its "@" (the local part: 1 + 63 + 1)...
_LOCAL_REACH = 65
#: ...and a bound on those after it that a try of the pattern reads: 8 labels of 64 and a top-level domain of 24, the
#: look-ahead's 2 characters, and some to spare.
_DOMAIN_REACH = 600
#: The characters of a local part (every character of a match before its "@" is one, under the pattern's own flags),
#: read backwards from an "@".
_LOCAL_RUN = regex.compile(r"(?ir)[a-z0-9._%+'-]{0,65}", regex.M)
#: After this many "@"s that are no part of an address :func:`address_matches` scans the rest of the text whole.
_MAX_MISSES = 32
#: With an "@" in fewer than one in this many characters :func:`address_matches` tries around each "@"; a text denser
#: with them is scanned whole, as before.
_AT_SPARSE = 16


def address_matches(pattern: regex.Pattern, text: str):
    """``pattern.finditer(text)`` for the e-mail pattern, searched only around each "@" of the text.

    The scan tried the pattern at every word of a text (12 ms per 100 KB of an export, a tenth of it at an "@").
    Every match holds exactly one "@" (no character of the local part or the domain is one), at most
    :data:`_LOCAL_REACH` characters after where it starts, and no try of the pattern from there reads a character
    :data:`_DOMAIN_REACH` beyond the "@" (the look-behinds read the real text before a search's start). So per
    "@", in order: a search from the end of the last match (or from where the local-part characters before the
    "@" start, if later) up to that reach after it; a match that starts at or before the "@" is the scan's next
    match (no start between the last match and that search's start can reach an "@"); one that starts later
    holds a later "@" and is found again from there. (The same matches: tests/detectors/test_speed24_equivalence.py.)
    """
    if text.count("@") * _AT_SPARSE > len(text):
        yield from pattern.finditer(text)
        return
    n = len(text)
    last = 0
    misses = 0
    at = text.find("@")
    while at >= 0:
        # (from where the run of local-part characters before the "@" starts: no match can start before it, and each
        # word the search would try before it costs as much as the address)
        lo = _LOCAL_RUN.match(text, max(last, at - _LOCAL_REACH), at).start()
        m = pattern.search(text, lo, min(n, at + _DOMAIN_REACH))
        if m is not None and m.start() <= at:
            yield m
            last = m.end()
        else:
            # (a search that finds nothing from this "@" reads on to the end of its reach: in a text of "@"s that
            # are no addresses, 40 times the scan; after a few such the rest is scanned whole, from where the scan
            # would go on, as before)
            misses += 1
            if misses > _MAX_MISSES:
                yield from pattern.finditer(text, last)
                return
        at = text.find("@", at + 1)


#: The key of an e-mail field right before its value ("email": ", emailadres = ', e_mail: ").
_EMAIL_KEY_BEFORE = regex.compile(r"(?i)e[-_]?mail\w{0,10}[\"']?[ \t]*[:=][ \t]*[\"']?$")


def _display_name(text: str, start: int) -> str | None:
    """The display name right before ``<address>`` on its line, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - 90)
    if text.find("<", lo, start) < 0:
        return None  # (every match holds the "<" that opens the address: a row of an export has none)
    m = _DISPLAY_NAME.search(text, lo, start)
    return m.group("name").strip(" \t\"'") if m else None


def _organisation_name(name: str) -> bool:
    words = [w for w in _NAME_SPLIT.split(name.lower()) if w]
    return any(w in _ORGANISATION_NAME_WORDS or w in FUNCTIONAL_LOCAL_PARTS for w in words)


def _short_box(local: str) -> bool:
    """"ro", "vg", "kcc": an abbreviation of a department (no dot, no initial plus surname)."""
    return len(local) <= 3 and local.isalpha()


def local_part_kind(local: str) -> str:
    """``"functional"``, ``"role"`` or ``"personal"`` for a lower-case local part.

    A tag or number after the role word does not change it: ``info2``, ``werving.noord``,
    ``noreply+abc`` and ``klantenservice-nl`` are still boxes, not people.
    """
    base = _BASE_SPLIT.split(local, maxsplit=1)[0] or local
    for word in (local, base):
        if word in FUNCTIONAL_LOCAL_PARTS:
            return "functional"
    # "zw-meldingen", "ww.intake": a department word with an abbreviation (no initial, no name)
    parts = [p for p in _PARTS_SPLIT.split(local) if p]
    if len(parts) >= 2 and any(p in FUNCTIONAL_LOCAL_PARTS for p in parts) and all(
            p in FUNCTIONAL_LOCAL_PARTS or (2 <= len(p) <= 3 and not _vowel_name(p)) for p in parts):
        return "functional"
    for word in (local, base):
        if word in SHARED_ROLE_LOCAL_PARTS:
            return "role"
    # (str.startswith with the tuple first: in C, and most local parts start with no stem)
    if (local.startswith(_FUNCTIONAL_STEMS) and any(local.startswith(w) and len(local) - len(w) >= 4
                                                    for w in _FUNCTIONAL_STEMS)) or _ordinary_words(local, parts):
        return "role"  # a subject box: personal only in a header, with a display name, "mijn e-mail"
    return "personal"


def _vowel_name(part: str) -> bool:
    """A short part that may be a name ("eva", "bas", "ali"): it holds a vowel and a list knows it."""
    lx, _ = _word_lists()
    return bool(lx.load().get(part.capitalize(), 0) & lx.FIRST)


@lru_cache(maxsize=1)
def _word_lists():
    """The name lexicon module and the Dutch word list's reader, imported on first use: an import statement in the
    function asked for every address cost more than the rest of its look-ups (a CSV export has one per row)."""
    from detectors.names import lexicon as lx
    from detectors.vocabulary import dutch_words

    return lx, dutch_words


#: Words that stand for a person in an example address ("naam@domein.nl", "voornaam.achternaam@").
_PERSON_PLACEHOLDERS = frozenset({"naam", "voornaam", "achternaam", "persoon", "gebruiker", "user", "name",
                                  "medewerker", "iemand", "jouwnaam", "uwnaam"})


def _ordinary_words(local: str, parts: list[str]) -> bool:
    """True for a box named after a subject: "subsidies@", "vergunningen@", "leerplicht@".

    Every part of the local part is an ordinary Dutch word (or two glued together) and none
    is a first name or a frequent surname, so the box leads to a subject, not to a person.
    """
    lx, dutch_words = _word_lists()
    # (``parts``: the non-empty parts of ``_PARTS_SPLIT.split(local)``, as local_part_kind split them)
    if not parts or any(p in _PERSON_PLACEHOLDERS for p in parts):
        return False
    words, names = dutch_words(), lx.load()
    for part in parts:
        flags = names.get(part.capitalize(), 0)
        if len(part) < 4 or flags & (lx.FIRST | lx.SURNAME_COMMON) or (flags & lx.SURNAME and not flags & lx.WORD):
            return False
        if part in words or (part.endswith("en") and part[:-2] in words):
            continue  # (a plural the word list lacks: "belastingen")
        # two words glued, the first one maybe inflected or with a linking s ("externeadviseur")
        if not any((part[:k] in words or (part[k - 1] in "es" and part[:k - 1] in words)) and part[k:] in words
                   for k in range(4, len(part) - 3)):
            return False
    return True


def _personal_context(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    # (the header's line only: the regex module looks for the required ":" ahead of a match, to the
    # end of the text when the line has none)
    line_end = text.find("\n", line_start)
    if _DISPLAY_NAME.search(before) or _HEADER_LINE.match(text, line_start, len(text) if line_end < 0 else line_end):
        return True
    return bool(_OWN_MAIL.search(text[max(0, start - 60):start]))
