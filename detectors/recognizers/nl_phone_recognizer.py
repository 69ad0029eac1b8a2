"""Phone numbers of a person, found with ``phonenumbers`` (region NL, plus +/00 international).

Labels (shared/eval/LABELS.md): a person's mobile, private landline or direct line is personal
data; the general numbers of an organisation are not. ``phonenumbers`` tells the number type, and
the types used for organisation-wide lines in the Netherlands decide by themselves:

- 088 (UAN, company-wide), 14 0xx (municipalities), 0800 (free), 0900 (paid), 085/091 (VoIP,
  sold as "landelijk nummer"), shared-cost and premium numbers: reported only with *personal*
  context right before the number: "direct", "doorkies", "mobiel", "privé", "mijn nummer", or a
  one-letter signature label ("T", "M", "D") at the start of its line, as in an e-mail signature.
  "Bel ons op 088 ...", "telefoon 0800 ..." in a public text stay quiet.
- mobile and fixed-line numbers (06, 020, 0513, +49 30 ...): reported without context, except a
  landline right after wording of an organisation's general line ("bel ons", "klantenservice",
  "algemene nummer", "receptie" ...): that one is treated like a business number.

Dates (07-07-1992), amounts, BSNs, IBAN parts, postcodes and times are not valid phone
numbers for ``phonenumbers`` with leniency VALID; numbers glued to other digits, letters or a
decimal part are skipped too.
"""
from __future__ import annotations

import logging

import phonenumbers
import regex
from phonenumbers import PhoneNumberType as T
from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors.recognizers.base import make_result

log = logging.getLogger(__name__)

#: Types that organisations use for their general lines (see the module docstring).
BUSINESS_TYPES = frozenset({T.UAN, T.TOLL_FREE, T.PREMIUM_RATE, T.SHARED_COST, T.VOIP})

# Personal context in the few words before a business-type number.
_PERSONAL_BEFORE = regex.compile(
    r"(?i)(?:\bdirecte?\b|\bdoorkies|\bmobiel|\bmob\b|\bgsm\b|\bpriv[eé]\b|\brechtstreeks|\bpersoonlijk"
    r"|\bmijn\s+(?:\w+\s+)?(?:telefoon)?nummer|\bbel\s+mij\b|\bmij\s+bereiken|\bmobile\b|\bdirect\s+line"
    r"|\bmy\s+(?:phone\s+)?number)[^\n]{0,25}$")
# Wording of an organisation's general line, right before a landline number.
_ORGANISATION_BEFORE = regex.compile(
    r"(?i)(?:\bbel\s+(?:ons|gratis)\b|\bons\s+(?:algemene\s+|centrale\s+)?(?:telefoon)?nummer|\balgemene?\s+(?:telefoon)?nummer"
    r"|\bcentrale?\s+(?:telefoon)?nummer|\bhoofdnummer|\bklantenservice|\bklantcontact|\bservicelijn|\binformatielijn"
    r"|\bhulplijn|\bservicedesk|\bhelpdesk|\breceptie|\bcall\s+us\b|\bcustomer\s+service"
    # a press office is the organisation speaking, not a person
    r"|\bpers(?:voorlichting|dienst|lijn|afdeling|woordvoering)?\b|\bwoordvoering|\bafdeling\s+communicatie"
    r"|\bpress\s+office|\bmedia\s*(?:desk|relations)"
    # calling an organisation from abroad: a person gives a foreign caller no such hint
    r"|\bbuitenland\b|\bfrom\s+abroad\b|\boutside\s+the\s+netherlands\b)[^\n]{0,30}$")
# A Dutch mobile number in any range, and a phone word shortly before it.
_MOBILE_SHAPE = regex.compile(r"(?<![\w\-+/.,])06(?:[ \t]?[-–]?[ \t]?\d){8}(?![\w\-/]|[.,]\d)")
_PHONE_WORD = regex.compile(r"(?i)\b(?:tel|telefoon\w*|mobiel\w*|mob|gsm|bel\w*|nummer|bereikbaar|whatsapp|app)\b")
# A signature line: "T 088 ...", "M: 06 ...", "D. 088 ..." at the start of a line.
_SIGNATURE_LABEL = regex.compile(r"(?:^|\n)[ \t]*[TMD]\.?:?[ \t]*$")
# A stretch of text that could hold phone numbers: digits with the separators numbers use.
# Linear: one character class, so the engine never backtracks more than to the last digit.
_RUN = regex.compile(r"[+(]?\d[\d ().\-/]*\d\)?")
#: phonenumbers' own candidate search is slow on long runs of digits and separators (seconds on
#: 50 KB of "12 - 12 - ..."), so it only ever sees windows of this size around a run.
_WINDOW = 64
# Where a phone number can start inside a run: after a space, at +, 00, 0[1-9] or (0.
_NUMBER_START = regex.compile(r"(?<= )(?:\+|\(0|0)\d")
# A number written without spaces, inside a long run.
_COMPACT = regex.compile(r"(?<![\d\-.])\+?\d[\d\-.]{8,16}\d(?![\d\-.])")
# A national number starts with 0 and an area/mobile digit; international with + or 00.
_PLAUSIBLE_START = regex.compile(r"^(?:\+|00|\(?0[1-9]|\(\+)")


class NlPhoneRecognizer(EntityRecognizer):
    """Personal phone numbers (NL and international) via ``phonenumbers.PhoneNumberMatcher``."""

    REGION = "NL"
    CONTEXT: list[str] = []  # context is judged here, per number type (see module docstring)
    REASON = "een telefoonnummer van een persoon"
    REASON_BUSINESS = "een zakelijk telefoonnummer met een woord ervoor dat wijst op een persoonlijk nummer"
    SCORE_PERSONAL = 0.7
    SCORE_BUSINESS = 0.3
    SCORE_BUSINESS_PERSONAL = 0.6
    REASON_UNCHECKED = "een mobiel nummer bij een woord als telefoon of bel (in een reeks die nog niet is uitgegeven)"
    SCORE_UNCHECKED = 0.55

    def __init__(self):
        super().__init__(supported_entities=["PHONE_NUMBER"], supported_language="nl",
                         name="NlPhoneRecognizer", context=self.CONTEXT)

    def load(self) -> None:  # nothing to load
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results: list[RecognizerResult] = []
        if "PHONE_NUMBER" not in entities:
            return results
        seen: set[tuple[int, int]] = set()
        for start, end, match in self._matches(text):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            raw = match.raw_string
            if raw.startswith("(") and ")" not in raw:
                # "(053 - 481 29 70)": phonenumbers keeps the opening bracket of the sentence.
                start, raw = start + 1, raw[1:]
            if not _PLAUSIBLE_START.match(raw) or _glued(text, start, end):
                continue
            kind = phonenumbers.number_type(match.number)
            if kind in BUSINESS_TYPES:
                if _personal_context(text, start):
                    score, reason = self.SCORE_BUSINESS_PERSONAL, self.REASON_BUSINESS
                else:
                    score, reason = self.SCORE_BUSINESS, self.REASON
            elif kind == T.MOBILE and not _personal_words(text, start) and _organisation_app(text, start, end):
                score, reason = self.SCORE_BUSINESS, self.REASON
            elif kind != T.MOBILE and not _personal_words(text, start) and (
                    _organisation_line(text, start, end)
                    or (_organisation_context(text, start) and not _signature_label(text, start))):
                score, reason = self.SCORE_BUSINESS, self.REASON
            else:
                score, reason = self.SCORE_PERSONAL, self.REASON
            results.append(make_result(self, start, end, score, reason, final=True))
        # A mobile number in a range not (yet) issued ("06 98765432"), after a phone word: a typo
        # or an invented number next to a name still points at a person (issue 12, class J).
        for m in _MOBILE_SHAPE.finditer(text):
            if (m.start(), m.end()) in seen or any(r.start <= m.start() < r.end for r in results):
                continue
            if _PHONE_WORD.search(text, max(0, m.start() - 40), m.start()):
                results.append(make_result(self, m.start(), m.end(), self.SCORE_UNCHECKED, self.REASON_UNCHECKED,
                                           final=True))
        return results


    def _matches(self, text: str):
        """Yield ``(start, end, PhoneNumberMatch)`` with offsets in ``text``.

        A run of digits and separators up to :data:`_WINDOW` characters goes to
        ``PhoneNumberMatcher`` whole. A longer run is a table or a list of numbers, not prose:
        its two ends go to the matcher, and in between only numbers written without spaces
        (0612345678, 06-12345678, +31612345678) are parsed, which keeps the cost linear.
        """
        for run in _RUN.finditer(text):
            rs, re_ = run.start(), run.end()
            # The shortest number that can be reported has 8 digits (0800-0543); shorter runs
            # (dates, amounts, times) are not worth a phonenumbers call.
            if re_ - rs < 8 or sum(ch.isdigit() for ch in run.group()) < 8:
                continue
            # One character either side, so phonenumbers can see a letter glued to the number.
            lo, hi = max(0, rs - 1), min(len(text), re_ + 1)
            if hi - lo <= _WINDOW:
                found = list(self._match_window(text, lo, hi))
                if not found and sum(ch.isdigit() for ch in run.group()) >= 18:
                    # "06 12345678 06 87654321": phonenumbers sees one long candidate and gives
                    # up; try again from each place where a number can start.
                    cuts = [rs] + [m.start() for m in _NUMBER_START.finditer(text, rs + 1, re_)] + [hi]
                    for a, b in zip(cuts, cuts[1:]):
                        found.extend(self._match_window(text, max(lo, a - 1), b))
                yield from found
                continue
            yield from self._match_window(text, lo, lo + _WINDOW)
            yield from self._match_window(text, hi - _WINDOW, hi)
            for token in _COMPACT.finditer(text, rs, re_):
                yield from self._match_window(text, max(0, token.start() - 1), min(len(text), token.end() + 1))

    def _match_window(self, text: str, lo: int, hi: int):
        for match in phonenumbers.PhoneNumberMatcher(text[lo:hi], self.REGION, leniency=phonenumbers.Leniency.VALID):
            yield lo + match.start, lo + match.end, match


def _glued(text: str, start: int, end: int) -> bool:
    """True when the number is part of a longer token: a code, an amount, an IBAN."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if before.isalnum() or before in "-/_.,@" or after.isalnum() or after in "-/_@":
        return True
    return after in ".," and after2.isdigit()


def _organisation_context(text: str, start: int) -> bool:
    return bool(_ORGANISATION_BEFORE.search(text[max(0, start - 60):start]))


# A line that names one person as the contact, before the number on it.
_CONTACT_LABEL = regex.compile(
    r"[ \t]*(?i:contactpersoon|contact\s+person|uw\s+contactpersoon|behandelaar|casemanager|klantmanager|"
    r"werkcoach)[ \t]*:[ \t]*\p{Lu}[^\n]{0,80}$")

# Wording of an organisation's general line anywhere in the sentence (or the lines just above):
# when it can be reached, from abroad, by fax, its opening hours, its offices.
_ORGANISATION_SENTENCE = regex.compile(
    r"(?i)\b(?:(?:telefonisch\s+)?bereikbaar|openingstijden|openingsuren|geopend|kantoortijden|kantooruren|"
    r"werkdagen|(?:ma(?:andag)?|maandag)\s*(?:t/m|tot\s+en\s+met|-|–)\s*(?:vr(?:ijdag)?|do(?:nderdag)?)|"
    r"(?:vanuit|uit)\s+het\s+buitenland|from\s+abroad|buitenland|fax|telefax|"
    r"gemeente(?:huis)?|stadhuis|raadhuis|stadskantoor|balie|loket|servicepunt|informatiecentrum|"
    r"secretariaat|hoofdkantoor|bezoekadres|postbus|www\.|\d{1,2}[.:]\d{2}\s*(?:uur\s*)?(?:-|–|tot)\s*\d{1,2}[.:]\d{2})"
)
# A person in the same sentence: a pronoun of the first person or of a named someone, a title.
_PERSON_SENTENCE = regex.compile(
    r"(?i)\b(?:ik|mij|me|mijn|hij|hem|haar|mevrouw|mevr|mw|meneer|heer|dhr|cliënt|client|(?-i:klant)|"
    r"betrokkene|werknemer|collega|thuis|privé|prive|06|leidinggevende|manager|teamleider|contactpersoon|"
    r"casemanager|adviseur|arts|huisarts|bedrijfsarts|moeder|vader|partner|zoon|dochter|referentie)\b"
)
_APP_SERVICE = regex.compile(r"(?i)\b(?:whatsapp(?:nummer)?|appje|appen|sms(?:je|en)?|sms-nummer)\b")
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")


def _organisation_line(text: str, start: int, end: int) -> bool:
    """True when the sentence of a landline speaks of an organisation and of no person.

    "Het gemeentehuis is op werkdagen telefonisch bereikbaar op 0314-377377", "Bellen vanuit
    het buitenland: +31 20 ...", "Openingstijden: ma t/m vr 9.00-17.00 uur\nTelefoon ...". A
    mobile number, or "ik", "mevrouw", "zijn" in the sentence, keeps the number a person's.
    """
    lo = max(0, start - 200)
    head = text[lo:start]
    cuts = list(_SENTENCE_END.finditer(head))
    sentence_start = lo + cuts[-1].end() if cuts else lo
    # a bare label line ("Telefoon:", "T") belongs with the lines just above it
    line_start = text.rfind("\n", 0, start) + 1
    if len(text[line_start:start].strip()) <= 12:
        above = text.rfind("\n", 0, max(0, line_start - 1))
        above = text.rfind("\n", 0, max(0, above)) + 1 if above > 0 else 0
        sentence_start = min(sentence_start, above)
    tail = _SENTENCE_END.search(text, end, min(len(text), end + 120))
    sentence_end = tail.start() if tail else min(len(text), end + 120)
    before, after = text[sentence_start:start], text[end:sentence_end]
    # the sentence before counts too ("U kunt het gemeentehuis bezoeken op afspraak. Een afspraak
    # maakt u telefonisch: ..."), within the same paragraph
    if cuts and text[lo + cuts[-1].start():lo + cuts[-1].end()].count("\n") < 2:
        before = text[(lo + cuts[-2].end() if len(cuts) >= 2 else lo):start]
    if _PERSON_SENTENCE.search(before) or _PERSON_SENTENCE.search(after):
        return False
    return bool(_ORGANISATION_SENTENCE.search(before) or _ORGANISATION_SENTENCE.search(after))


def _organisation_app(text: str, start: int, end: int) -> bool:
    """A mobile number an organisation uses for WhatsApp or text messages, said so in its sentence."""
    window = text[max(0, start - 200):min(len(text), end + 120)]
    return bool(_APP_SERVICE.search(window)) and _organisation_line(text, start, end)


def _personal_words(text: str, start: int) -> bool:
    if _PERSONAL_BEFORE.search(text[max(0, start - 60):start]):
        return True
    # "Contactpersoon: Wim Dekker, beleidsadviseur, 088 - 123 45 67": a named contact's line
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_CONTACT_LABEL.match(text, line_start, start))


def _signature_label(text: str, start: int) -> bool:
    return bool(_SIGNATURE_LABEL.search(text[max(0, start - 60):start]))


def _personal_context(text: str, start: int) -> bool:
    return _personal_words(text, start) or _signature_label(text, start)
