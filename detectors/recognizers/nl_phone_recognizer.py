"""Phone numbers of a person, found with ``phonenumbers`` (region NL, plus +/00 international).

Labels (shared/eval/LABELS.md): a person's mobile, private landline or direct line is personal
data; the general numbers of an organisation are not. ``phonenumbers`` tells the number type, and
the types used for organisation-wide lines in the Netherlands decide by themselves:

- 088 (UAN, company-wide), 14 0xx (municipalities), 0800 (free), 0900 (paid), 085/091 (VoIP,
  sold as "landelijk nummer"), shared-cost and premium numbers: reported only with *personal*
  context right before the number: "direct", "doorkies", "mobiel", "privé", "mijn nummer", or in
  the signature of a named person (the name opens the number's line or one of the few short lines
  above it: "Birgit Vos | Re-integratie | 088 - 898 3390"). A bare "T 088 ..." on a letterhead or
  under an office's name, "Bel ons op 088 ...", "telefoon 0800 ..." stay quiet.
- mobile and fixed-line numbers (06, 020, 0513, +49 30 ...): reported without context, except a
  landline right after wording of an organisation's general line ("bel ons", "klantenservice",
  "algemene nummer", "receptie" ...) or in a sentence about an office: that one is treated like a
  business number, unless it stands in a named person's signature.
- a mobile number in a range not yet issued ("06 98765432") or a Belgian number the metadata does
  not know: reported with a lower score after a phone word, under a name, or in a phone column.

Dates (07-07-1992), amounts, BSNs, IBAN parts, postcodes and times are not valid phone
numbers for ``phonenumbers`` with leniency VALID; numbers glued to other digits, letters or a
decimal part are skipped too.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right

import phonenumbers
import regex
from phonenumbers import PhoneNumberType as T
from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors.regexgate import TextGate, gated_at_needles
from detectors import textcache
from detectors.recognizers.base import make_result
from detectors.recognizers.nl_email_recognizer import local_part_kind
from detectors.recognizers.rules import column_cells, contact_point_phones, field_values
from detectors.tables import ORGANISATION_DATA, PersonFields

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
#: A whole cell of digits with the separators of a phone number ("95-59285182", "+31 (0)30 123 4567").
_COLUMN_NUMBER = regex.compile(r"\+?\(?\d[\d \t().-]{6,20}\d")
_MOBILE_SHAPE = regex.compile(r"(?<![\w\-+/.]|\d,)06(?:[ \t]?[-–]?[ \t]?\d){8}(?![\w\-/]|\.\d)")
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
    REASON_COLUMN = "een nummer in de kolom telefoon van een tabel (ook als die reeks nog niet is uitgegeven)"
    REASON_FIELD = "een nummer in een veld telefoon van gegevens of code (ook als die reeks nog niet is uitgegeven)"

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
        by_context: set[tuple[int, int]] = set()  # numbers called an organisation's by the words around them only
        organisation_lines: set[tuple[int, int]] = set()  # the numbers of those in an organisation's contact block
        fixed_lines: dict[tuple[int, int], tuple[int, int]] = {}  # each fixed line scored a person's, no personal words
        belgian = _BELGIAN.search(text) is not None
        memo = _WINDOW_MEMO  # what phonenumbers said of each window, for this text only
        for start, end, match in self._matches(text, belgian, memo):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            raw = match.raw_string
            if raw.startswith("(") and ")" not in raw:
                # "(053 - 481 29 70)": phonenumbers keeps the opening bracket of the sentence.
                start, raw = start + 1, raw[1:]
            if not _PLAUSIBLE_START.match(raw) or _glued(text, start, end):
                continue
            kind = number_type(match.number)
            if kind in BUSINESS_TYPES:
                if _personal_words(text, start) or signed_by_person(text, start):
                    score, reason = self.SCORE_BUSINESS_PERSONAL, self.REASON_BUSINESS
                else:
                    score, reason = self.SCORE_BUSINESS, self.REASON
            elif kind == T.MOBILE and not _personal_words(text, start) and _organisation_app(text, start, end):
                score, reason = self.SCORE_BUSINESS, self.REASON
            elif kind != T.MOBILE and not _personal_words(text, start) and (
                    _organisation_line(text, start, end)
                    or (_organisation_context(text, start) and not _signature_label(text, start))) \
                    and not signed_by_person(text, start):
                score, reason = self.SCORE_BUSINESS, self.REASON
                by_context.add((start, end))
            else:
                score, reason = self.SCORE_PERSONAL, self.REASON
                if kind != T.MOBILE and not _personal_words(text, start) and \
                        not _AT_HOME.search(text, max(text.rfind("\n", 0, start) + 1, start - 150), start):
                    fixed_lines[(start, end)] = (match.number.country_code, match.number.national_number)
            if (start, end) in by_context and _CONTACT_BLOCK.search(text, max(0, start - 200), start):
                organisation_lines.add((match.number.country_code, match.number.national_number))
            results.append(make_result(self, start, end, score, reason, final=True))
        if organisation_lines and fixed_lines:
            # the same fixed line that an organisation's contact block gives elsewhere in the text is the organisation's
            # ("De griffier is bereikbaar via telefoon (0165) 39 05 64" above "Gemeente Halderberge ... Tel. (0165)
            # 39 05 64"); a mobile number stays a person's
            results = [make_result(self, r.start, r.end, self.SCORE_BUSINESS, self.REASON, final=True)
                       if fixed_lines.get((r.start, r.end)) in organisation_lines else r for r in results]
        # A mobile number in a range not (yet) issued ("06 98765432"), after a phone word: a typo
        # or an invented number next to a name still points at a person (issue 12, class J).
        if belgian:
            # a Belgian number after a phone word that the metadata does not know as issued
            # ("Telefoon: 02-123-4567" in a Belgian record): a person's number all the same
            taken = sorted((r.start, r.end) for r in results)
            starts = [a for a, _ in taken]
            for m in _BELGIAN_SHAPE.finditer(text):
                k = bisect_right(starts, m.end()) - 1  # the last number starting before its end
                if (k >= 0 and taken[k][1] > m.start()) or \
                        not _PHONE_WORD.search(text, max(0, m.start() - 40), m.start()):
                    continue
                if any(True for _ in phonenumbers.PhoneNumberMatcher(
                        m.group(), "BE", leniency=phonenumbers.Leniency.POSSIBLE)):
                    results.append(make_result(self, m.start(), m.end(), self.SCORE_UNCHECKED,
                                               self.REASON_UNCHECKED, final=True))
        cells = None
        # spans found so far, sorted by start (linear look-ups, not a scan of all results per number)
        spans = sorted((r.start, r.end) for r in results)
        starts = [a for a, _ in spans]
        for m in _MOBILE_SHAPE.finditer(text):
            k = bisect_right(starts, m.start()) - 1  # the last span starting at or before it
            if (m.start(), m.end()) in seen or (k >= 0 and spans[k][1] > m.start()):
                continue
            if text[m.end():m.end() + 2][:1] == "," and text[m.end() + 1:m.end() + 2].isdigit() and \
                    text[m.start() - 1:m.start()] != ",":
                continue  # a decimal part: an amount, unless the number is a cell of a CSV row
            if cells is None:
                cells = set(column_cells(text, _PHONE_HEADER_STEMS, _PHONE_HEADER))
            if _PHONE_WORD.search(text, max(0, m.start() - 40), m.start()) or signed_by_person(text, m.start()) \
                    or (m.start(), m.end()) in cells:
                results.append(make_result(self, m.start(), m.end(), self.SCORE_UNCHECKED, self.REASON_UNCHECKED,
                                           final=True))
        # A phone column of a CSV export or an SQL dump: any number there is someone's phone number,
        # also one in a range that is not issued (made-up or mistyped, it still goes with the person
        # on its row); a lower score than a checked number.
        if cells is None:
            cells = column_cells(text, _PHONE_HEADER_STEMS, _PHONE_HEADER)
        if cells:
            spans = sorted((r.start, r.end) for r in results)
            starts = [a for a, _ in spans]
            for s, e in sorted(cells):
                k = bisect_right(starts, s) - 1
                if (k >= 0 and spans[k][1] > s) or not _COLUMN_NUMBER.fullmatch(text, s, e):
                    continue
                if 9 <= sum(ch.isdigit() for ch in text[s:e]) <= 13:
                    results.append(make_result(self, s, e, self.SCORE_UNCHECKED, self.REASON_COLUMN, final=True))
        # A phone field of seed data or a mock object ("phone: '+31 6 09876543'", "telefoonnummer":
        # "+31 (887) 459-2523"): the key says what the value is, also for a made-up or foreign number
        # the metadata does not know. Numbers found above (an organisation's 088 line too) stay as they are.
        fields = field_values(text, ("tel", "mob", "gsm", "phone", "cell"), _PHONE_FIELD)
        keyed = set(fields)
        contact_points = contact_point_phones(text)  # a FHIR telecom value under system #phone
        fields += contact_points
        if contact_points:
            # a ContactPoint whose use is home or mobile is the person's own number, whatever its note says
            # ("niet tijdens kantooruren" reads like an office's hours)
            home = {span for span in contact_points if _HOME_USE.match(text, span[1], span[1] + 200)}
            results = [make_result(self, r.start, r.end, self.SCORE_PERSONAL, self.REASON, final=True)
                       if (r.start, r.end) in home and r.score < self.SCORE_PERSONAL else r for r in results]
        if keyed and by_context and not ORGANISATION_DATA.search(text, 0, 20_000):
            # the value of a phone field of a person's record (a field only a person has, in the same object) is
            # theirs, whatever words stand around it (the record names their "gemeente"); a number that is an
            # organisation's by its kind (0800, 088), and a FHIR ContactPoint's (its use says whose it is), stay
            persons = PersonFields(text)
            own = {span for span in by_context.intersection(keyed) if persons.in_record(span[0])}
            results = [make_result(self, r.start, r.end, self.SCORE_UNCHECKED, self.REASON_FIELD, final=True)
                       if (r.start, r.end) in own else r for r in results]
        if fields:
            spans = sorted((r.start, r.end) for r in results)
            starts = [a for a, _ in spans]
            for s, e in fields:
                k = bisect_right(starts, e - 1) - 1
                if (k >= 0 and spans[k][1] > s) or not _COLUMN_NUMBER.fullmatch(text, s, e):
                    continue
                if 9 <= sum(ch.isdigit() for ch in text[s:e]) <= 13:
                    results.append(make_result(self, s, e, self.SCORE_UNCHECKED, self.REASON_FIELD, final=True))
        return results


    def _matches(self, text: str, belgian: bool = False, memo: dict | None = None):
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
            if re_ - rs < 8 or sum(map(str.isdigit, run.group())) < 8:
                continue
            # One character either side, so phonenumbers can see a letter glued to the number.
            lo, hi = max(0, rs - 1), min(len(text), re_ + 1)
            if hi - lo <= _WINDOW:
                found = list(self._match_window(text, lo, hi, None, memo))
                if not found:
                    # "06 12345678 06 87654321", "(ww, vza 14-12) 06 41 72 88 30": phonenumbers
                    # sees one long candidate and gives up; try again from each place where a
                    # number can start.
                    starts = [m.start() for m in _NUMBER_START.finditer(text, rs + 1, re_)]
                    if starts:
                        cuts = [rs] + starts + [hi]
                        for a, b in zip(cuts, cuts[1:]):
                            found.extend(self._match_window(text, max(lo, a - 1), b, None, memo))
                if not found and belgian:
                    # "Telefoon: 02-123-4567" in a Belgian record: a Belgian national number
                    found.extend(self._match_window(text, lo, hi, "BE", memo))
                yield from found
                continue
            yield from self._match_window(text, lo, lo + _WINDOW, None, memo)
            yield from self._match_window(text, hi - _WINDOW, hi, None, memo)
            for token in _COMPACT.finditer(text, rs, re_):
                yield from self._match_window(text, max(0, token.start() - 1), min(len(text), token.end() + 1),
                                              None, memo)

    def _match_window(self, text: str, lo: int, hi: int, region: str | None = None, memo: dict | None = None):
        # An export repeats the same numbers and cells (an office's line on every row): phonenumbers costs
        # about 0.1 ms a number, so what it said of a window is kept in ``memo`` for the rest of this text
        # (see _WINDOW_MEMO: nothing of a text outlives its analysis).
        window = text[lo:hi]
        fast = simple_window(window, region or self.REGION)
        if fast is not None:
            for match in fast:
                yield lo + match.start, lo + match.end, match
            return
        key = (window, region)
        found = memo.get(key) if memo is not None else None
        if found is None:
            found = [(match.start, match.end, match) for match in phonenumbers.PhoneNumberMatcher(
                window, region or self.REGION, leniency=phonenumbers.Leniency.VALID)]
            if memo is not None and len(memo) < 50_000:
                memo[key] = found
        for start, end, match in found:
            yield lo + start, lo + end, match


#: What phonenumbers said of each window, ``(window, region) -> [(start, end, match)]``: a function of the window
#: alone, kept for all chunks of the text under analysis (a 1 MB export is analysed in eleven chunks; its dates
#: go to phonenumbers, the same few hundred in each) and emptied after it (textcache).
_WINDOW_MEMO: dict = {}
textcache.per_text(_WINDOW_MEMO.clear)


def _glued(text: str, start: int, end: int) -> bool:
    """True when the number is part of a longer token: a code, an amount, an IBAN."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    # a cell of a comma-separated row ("Jan de Vries,06-12345678,3A"): the commas are borders,
    # unless a digit stands right before the comma (a decimal part: "1,0612345678")
    csv_cell = before == "," and (start < 2 or not text[start - 2].isdigit())
    if before.isalnum() or (before in "-/_.,@" and not csv_cell) or after.isalnum() or after in "-/_@":
        return True
    if csv_cell:
        return False
    return after in ".," and after2.isdigit()


#: An organisation's contact block in the lines above a number: its postbox, or its name on a line of its own
#: ("Gemeente Halderberge", "Postbus 5").
_CONTACT_BLOCK = regex.compile(r"(?im)^[ \t]*(?:postbus[ \t]+\d+|(?:gemeente|provincie|ministerie|waterschap|"
                               r"hoogheemraadschap|stichting|vereniging)[ \t]+\p{Lu}[^\n]{0,50}$)")


#: Words of someone's own line, in the sentence before the number: at home, their own, where they live.
_AT_HOME = regex.compile(r"(?i)\b(?:thuis|priv[eé]|eigen|mijn|ik|mij|me|woont|woning|huisadres)\b")


def _organisation_context(text: str, start: int) -> bool:
    return bool(_ORGANISATION_BEFORE.search(text[max(0, start - 60):start]))


#: The use of a FHIR ContactPoint right after its value (XML, JSON or Shorthand), when it is a person's own line.
_HOME_USE = regex.compile(r'[^<{}*]*(?:<[^>]{0,80}>[^<{}*]*){0,3}?(?:<use[ \t]+value="|"use"[ \t]*:[ \t]*"|\*[^\n=]{0,40}\.use[ \t]*=[ \t]*#)'
                          r'(?:home|mobile)\b')

# A line that names one person as the contact, before the number on it.
_CONTACT_LABEL = regex.compile(
    r"[ \t]*(?i:contactpersoon|contact\s+person|uw\s+contactpersoon|behandelaar|casemanager|klantmanager|"
    r"werkcoach)[ \t]*:[ \t]*\p{Lu}[^\n]{0,80}$")
_CONTACT_LABEL_GATE = TextGate(_CONTACT_LABEL)
_PERSONAL_BEFORE_GATE = TextGate(_PERSONAL_BEFORE)

# Wording of an organisation's general line anywhere in the sentence (or the lines just above):
# when it can be reached, from abroad, by fax, its opening hours, its offices.
_ORGANISATION_SENTENCE = regex.compile(
    r"(?i)\b(?:(?:telefonisch\s+)?bereikbaar|openingstijden|openingsuren|geopend|kantoortijden|kantooruren|"
    r"werkdagen|(?:ma(?:andag)?|maandag)\s*(?:t/m|tot\s+en\s+met|-|–)\s*(?:vr(?:ijdag)?|do(?:nderdag)?)|"
    r"(?:vanuit|uit)\s+het\s+buitenland|from\s+abroad|buitenland|fax|telefax|"
    r"gemeente(?:huis)?|stadhuis|raadhuis|stadskantoor|balie|loket|servicepunt|informatiecentrum|"
    r"secretariaat|hoofdkantoor|bezoekadres|postbus|www\.|\d{1,2}[.:]\d{2}\s*(?:uur\s*)?(?:-|–|tot)\s*\d{1,2}[.:]\d{2}|"
    # the organisation speaking to its public: "volg ons", "stel uw vraag", "app ons"
    r"volg\s+ons|stel\s+(?:\w+\s+)?uw\s+vraag|(?:app|bel|mail|sms)\s+ons)"
)
# Where the public signs up for an event or books a seat: "u kunt zich telefonisch aanmelden (tel.nr. ...)"; only
# in a sentence that names no one ("De aanmelding van Piet de Vries (tel 0528-240262) is binnen" is his number).
_SIGN_UP_SENTENCE = regex.compile(r"(?i)\b(?:aanmelden|aanmelding|reserveren|reserveringen|kaartverkoop)\b")
_NAMED = regex.compile(r"\b\p{Lu}\p{Ll}+[ \t]+(?:(?:van|de|der|den|ter|ten|te|het)[ \t]+)*\p{Lu}\p{Ll}+")
# A person in the same sentence: a pronoun of the first person or of a named someone, a title.
_PERSON_SENTENCE = regex.compile(
    r"(?i)\b(?:ik|mij|me|mijn|hij|hem|haar|zij\s+is|ze\s+is|is\s+(?:zij|ze)|mevrouw|mevr|mw|meneer|heer|dhr|cliënt|client|(?-i:klant)|"
    r"betrokkene|werknemer|collega|thuis|privé|prive|06|leidinggevende|manager|teamleider|contactpersoon|"
    r"casemanager|adviseur|arts|huisarts|bedrijfsarts|moeder|vader|partner|zoon|dochter|referentie)\b"
)
#: An e-mail address in the sentence; its local part tells a person's box from an organisation's (info@, bestuur@).
_MAILBOX = regex.compile(r"([\w.%+'-]{1,64})@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}\b", regex.IGNORECASE)
_WE = regex.compile(r"(?i)\b(?:wij|we|ons|onze)\b")
_APP_SERVICE = regex.compile(r"(?i)\b(?:whatsapp(?:nummer)?|appje|appen|sms(?:je|en)?|sms-nummer)\b")
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")
_APP_SERVICE_GATE = TextGate(_APP_SERVICE)


def _organisation_line(text: str, start: int, end: int) -> bool:
    """True when the sentence of a landline speaks of an organisation and of no person.

    "Het gemeentehuis is op werkdagen telefonisch bereikbaar op 0314-377377", "Bellen vanuit
    het buitenland: +31 20 ...", "Openingstijden: ma t/m vr 9.00-17.00 uur\nTelefoon ...". A
    mobile number, or "ik", "mevrouw", "haar" in the sentence, keeps the number a person's.
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
    own = before + " " + after
    # the sentence before counts too ("U kunt het gemeentehuis bezoeken op afspraak. Een afspraak
    # maakt u telefonisch: ..."), within the same paragraph
    if cuts and text[lo + cuts[-1].start():lo + cuts[-1].end()].count("\n") < 2:
        before = text[(lo + cuts[-2].end() if len(cuts) >= 2 else lo):start]
    if _PERSON_SENTENCE.search(before) or _PERSON_SENTENCE.search(after):
        return False
    if _ORGANISATION_SENTENCE.search(before) or _ORGANISATION_SENTENCE.search(after):
        return True
    if _organisation_box(own):
        return True  # beside the organisation's own box: "per e-mail: info@parochie.nl of per telefoon: 024-..."
    return bool(_SIGN_UP_SENTENCE.search(before) or _SIGN_UP_SENTENCE.search(after)) and not (
        _NAMED.search(before) or _NAMED.search(after))


def _organisation_box(sentence: str) -> bool:
    """A landline's own sentence gives it beside an organisation's mailbox and names no one: a department's box
    ("secretariaat@", "vrijwilligers@"), or a shared box ("info@", "hallo@", which a sole trader uses as their own too)
    where the organisation speaks ("Wij doen een beroep op ... per e-mail: info@parochie.nl of per telefoon: ...")."""
    if "@" not in sentence or _NAMED.search(sentence):
        return False
    kinds = {local_part_kind(m.group(1).lower()) for m in _MAILBOX.finditer(sentence)}
    return "functional" in kinds or "role" in kinds and _WE.search(sentence) is not None


def _organisation_app(text: str, start: int, end: int) -> bool:
    """A mobile number an organisation uses for WhatsApp or text messages, said so in its sentence."""
    if not _APP_SERVICE_GATE.may_match(text):
        return False  # (no such word in the text: none in the window; see detectors/regexgate.TextGate)
    window = text[max(0, start - 200):min(len(text), end + 120)]
    return bool(_APP_SERVICE.search(window)) and _organisation_line(text, start, end)


def _personal_words(text: str, start: int) -> bool:
    # (asked at every number: in a text without any word of a pattern, no part of it holds one;
    # see detectors/regexgate.TextGate)
    if _PERSONAL_BEFORE_GATE.may_match(text) and _PERSONAL_BEFORE.search(text[max(0, start - 60):start]):
        return True
    if not _CONTACT_LABEL_GATE.may_match(text):
        return False
    # "Contactpersoon: Wim Dekker, beleidsadviseur, 088 - 123 45 67": a named contact's line
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_CONTACT_LABEL.match(text, line_start, start))


# A line that starts with a person's name: a first name or initials, particles, a surname; the
# line ends there or goes on after a separator ("Birgit Vos | Re-integratie | 088 ...").
_NAME_LINE = regex.compile(
    r"[ \t>*•·\-]*(?:\p{Lu}\p{Ll}+(?:[ \t]\p{Ll}+)?[ \t]*:[ \t]*)?(?:(?i:mr|mw|mevr|dhr|drs|dr|ir|ing|prof|mevrouw|meneer|de\s+heer)\.?[ \t]+)*"
    r"(?:(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)|(?:\p{Lu}\.[ \t]?){1,4})"
    r"(?:[ \t]+(?:van|de|der|den|te|ter|ten|het|'t|el|al|da|dos|du|le|la|von|bin|ben|in\s+'t|op\s+de))*"
    r"[ \t]*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?:[ \t]+\p{Lu}[\p{Ll}'’]+)?"
    r"[ \t]*(?:$|[|,·•–—(]|[ \t]-[ \t])")
# A signature runs over a few short lines; a longer line is prose.
_SIGNATURE_LINES = 6
_SIGNATURE_LINE_MAX = 90


def _name_at(line: str) -> bool:
    m = _NAME_LINE.match(line)
    if not m:
        return False
    first = m.group("first")
    if first is None:
        return True
    from detectors.names import lexicon as lx
    from detectors.names.words import TUSSENVOEGSELS

    if first.lower() in TUSSENVOEGSELS:
        return False
    flags = lx.load().get(first, 0)
    return bool(flags & lx.FIRST) and bool(flags & lx.FIRST_COMMON or not flags & lx.WORD)


def signed_by_person(text: str, start: int) -> bool:
    """True when the number stands in the signature of a named person.

    The name opens the number's own line ("Birgit Vos | Re-integratie | 088 - 898 3390",
    "• Gerda Vos — Lindelaan 3 — 06-...") or one of the few short lines above it, with no blank
    line in between ("Daan Verbeek\nArbeidsdeskundige\nGemeente Delft\nT 015 260 22 14").
    A letterhead or a contact block of an organisation has no such line.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 120:
        return False
    if _name_at(text[line_start:start]):
        return True
    if start - line_start > 25:  # the number's line holds more than a label: not a signature line
        return False
    end = line_start - 1
    gap = False
    for _ in range(_SIGNATURE_LINES):
        if end <= 0:
            return False
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if not line.strip():  # a signature may hold an empty line; it counts as one of the few
            gap = True
            end = begin - 1
            continue
        if len(line) > _SIGNATURE_LINE_MAX:
            return False
        if _name_at(line):
            # across an empty line, only a name right under a closing ("Met vriendelijke groet,")
            # signs: a name on a title page above an office's address block does not
            return not gap or _signoff_above(text, begin)
        end = begin - 1
    return False


def _signoff_above(text: str, line_start: int) -> bool:
    from detectors.names.tokens import is_signoff

    if line_start <= 0:
        return False
    begin = text.rfind("\n", 0, line_start - 1) + 1
    return is_signoff(text[begin:line_start - 1].strip())


#: Signs of a Belgian text: its numbers are read as Belgian ones when Dutch reading fails.
_BELGIAN = regex.compile(r"(?i)\b(?:belgi[eë]|belgium|belgique|brussel|antwerpen|gent|luik|leuven|brugge|"
                         r"vlaanderen|wallonië|uz\s+\p{Lu}\w+)\b|\.be\b|\+32\b")
# (a text without its words skips the scan, and one with them is tried where they start: each alternative opens with
# its word, after \b; see detectors/regexgate.py)
_BELGIAN = gated_at_needles(_BELGIAN)
# A Belgian national number: 0, an area or mobile prefix, 7 or 8 more digits in groups.
_BELGIAN_SHAPE = regex.compile(r"(?<![\w\-+/.])0[1-9](?:[ \t]?[-/.]?[ \t]?\d){7,8}(?![\w\-/]|[.,]\d)")
# The header of a pasted table's phone column.
_PHONE_HEADER_STEMS = ("tel", "mob", "gsm", "phone", "nummer")
_PHONE_HEADER = regex.compile(r"(?i)(?:telefoon(?:nummer|nr\.?)?|tel(?:\.|nr\.?)?|mobiel(?:\s*nummer)?|mobile|gsm|phone"
                              r"(?:\s*number)?|06-?nummer)")


#: The key of a phone field in code or data (lower case, without "_" or "-"): phone, phoneNumber,
#: telefoonnummer, mobiel, tel, gsm.
_PHONE_FIELD = regex.compile(r"(?:tele?(?:foon|phone|fon)?|phone|mobiel|mobile|mob|gsm|cellphone)"
                             r"(?:nummer|number|nr|no)?|(?:mobile|cell|home|work|prive|priv[eé])phone(?:number)?")


def _signature_label(text: str, start: int) -> bool:
    return bool(_SIGNATURE_LABEL.search(text[max(0, start - 60):start]))


def _personal_context(text: str, start: int) -> bool:
    return _personal_words(text, start) or _signature_label(text, start)


# --------------------------------------------------------------------------------------------
# A fast path for the plainest national numbers
# --------------------------------------------------------------------------------------------
# A data export holds tens of thousands of distinct numbers in the same plain shape ("'0612345678'"
# in an SQL dump, ";06-12345678;" in a CSV file); ``PhoneNumberMatcher`` costs about 0.2 ms each.
# For a window that is only such a number (ten digits from 0[1-9], at most one ASCII hyphen after
# the area code) between two border characters, its answer depends only on whether the national
# number is valid in the region's metadata: valid, it is one match of the whole number; not valid,
# it is none (no slash, bracket, dot, space or wide dash for an "inner match", nothing glued). That
# validity is decided here with phonenumbers' own metadata patterns (NL, and BE for the second try
# in a Belgian text), compiled once, in the order of its ``_number_type_helper``. Every other
# window still goes to phonenumbers. tests/detectors/test_phone_fast_path.py compares both on many
# generated windows and on the recognizer's output over the corpora.

#: A whole window: an optional border character, the number, an optional border character.
_SIMPLE_WINDOW = re.compile(r"([ \t\r\n;,'\"|:=<>]?)(0[1-9](?:\d{8}|-\d{8})|0[1-9]\d(?:\d{7}|-\d{7})"
                            r"|0[1-9]\d\d-\d{6})([ \t\r\n;,'\"|:=<>]?)")
#: The types in the order ``phonenumbers.phonenumberutil._number_type_helper`` tests them, before
#: the fixed-line and mobile descriptions.
_TYPE_ORDER = ((T.PREMIUM_RATE, "premium_rate"), (T.TOLL_FREE, "toll_free"), (T.SHARED_COST, "shared_cost"),
               (T.VOIP, "voip"), (T.PERSONAL_NUMBER, "personal_number"), (T.PAGER, "pager"), (T.UAN, "uan"),
               (T.VOICEMAIL, "voicemail"))


class _TypeTable:
    """``_number_type_helper`` for one region's metadata, its patterns compiled once."""

    def __init__(self, metadata):
        self.country_code = metadata.country_code
        self.general = self._desc(metadata.general_desc)
        self.ordered = [(kind, self._desc(getattr(metadata, attr))) for kind, attr in _TYPE_ORDER]
        self.fixed_line = self._desc(metadata.fixed_line)
        self.mobile = self._desc(metadata.mobile)
        self.same_mobile_and_fixed_line = metadata.same_mobile_and_fixed_line_pattern
        self.memo: dict[str, object] = {}
        textcache.per_text(self.memo.clear)
        self._by_length: dict[int, tuple] = {}
        # one alternation of the descriptions per length (below) needs patterns without groups of
        # their own, which the metadata's are; otherwise each description is matched in turn
        self._combine = all(d is None or d[1].groups == 0 for d in
                            [self.general, self.fixed_line, self.mobile] + [d for _, d in self.ordered])

    @staticmethod
    def _desc(desc):
        """``(possible lengths, compiled pattern)``, or None for a description that matches nothing."""
        if desc is None or not desc.national_number_pattern:
            return None  # (phonenumbers: no pattern, no match)
        return frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern)

    @staticmethod
    def _matches(nsn: str, desc) -> bool:
        if desc is None:
            return False
        lengths, pattern = desc
        if lengths and len(nsn) not in lengths:
            return False
        return pattern.fullmatch(nsn) is not None

    def type_of(self, nsn: str):
        # each number of a text is asked twice (is it valid, then its type): the answer is kept for
        # the rest of the text only (textcache empties it after every analysis)
        kind = self.memo.get(nsn)
        if kind is None:
            kind = self._type_of(nsn)
            if len(self.memo) < 100_000:
                self.memo[nsn] = kind
        return kind

    def _alternation(self, length: int) -> tuple:
        """The descriptions that admit ``length``, in ``_number_type_helper``'s order, as one pattern:
        ``fullmatch`` takes the first alternative that matches the whole number, which is the first
        description that ``_number_type_helper`` would find matching."""
        entry = self._by_length.get(length)
        if entry is None:
            kinds, parts = [], []
            candidates = self.ordered + [("fixed", self.fixed_line)] + \
                ([] if self.same_mobile_and_fixed_line else [(T.MOBILE, self.mobile)])
            for kind, desc in candidates:
                if desc is not None and (not desc[0] or length in desc[0]):
                    parts.append(f"(?P<t{len(kinds)}>{desc[1].pattern})")
                    kinds.append(kind)
            entry = self._by_length[length] = (re.compile("|".join(parts)) if parts else None, kinds)
        return entry

    def _type_of(self, nsn: str):
        if not self._matches(nsn, self.general):
            return T.UNKNOWN
        if self._combine:
            pattern, kinds = self._alternation(len(nsn))
            m = pattern.fullmatch(nsn) if pattern is not None else None
            if m is None:
                return T.UNKNOWN
            kind = kinds[m.lastindex - 1]  # (the only groups are the alternatives': one took part)
            if kind == "fixed":
                if self.same_mobile_and_fixed_line or self._matches(nsn, self.mobile):
                    return T.FIXED_LINE_OR_MOBILE
                return T.FIXED_LINE
            return kind
        for kind, desc in self.ordered:
            if self._matches(nsn, desc):
                return kind
        if self._matches(nsn, self.fixed_line):
            if self.same_mobile_and_fixed_line or self._matches(nsn, self.mobile):
                return T.FIXED_LINE_OR_MOBILE
            return T.FIXED_LINE
        if not self.same_mobile_and_fixed_line and self._matches(nsn, self.mobile):
            return T.MOBILE
        return T.UNKNOWN


def _tables() -> dict[str, _TypeTable]:
    """The tables of NL and BE, each only when its metadata has the shape the fast path assumes
    (national prefix 0, international prefix 00, the only region of its country code); without a
    table phonenumbers decides everything for that region, as before."""
    from phonenumbers.phonemetadata import PhoneMetadata

    out = {}
    for region, code in (("NL", 31), ("BE", 32)):
        metadata = PhoneMetadata.metadata_for_region(region)
        if (metadata is None or metadata.country_code != code or metadata.national_prefix != "0"
                or metadata.national_prefix_for_parsing != "0" or metadata.national_prefix_transform_rule
                or metadata.international_prefix != "00"
                or tuple(phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ())) != (region,)):
            continue
        out[region] = _TypeTable(metadata)
    return out


_TABLES = _tables()


def simple_window(window: str, region: str = "NL") -> list | None:
    """What ``PhoneNumberMatcher(window, region, leniency=VALID)`` finds, for a window that is one
    plain national number between border characters (see above); None for any other window."""
    table = _TABLES.get(region)
    m = _SIMPLE_WINDOW.fullmatch(window) if table is not None else None
    if m is None:
        return None
    raw = m.group(2)
    nsn = raw[1:].replace("-", "")
    if table.type_of(nsn) == T.UNKNOWN:
        return []
    return [phonenumbers.PhoneNumberMatch(
        m.start(2), raw, phonenumbers.PhoneNumber(country_code=table.country_code, national_number=int(nsn)))]


def number_type(number: phonenumbers.PhoneNumber):
    """``phonenumbers.number_type``; a Dutch or Belgian number (no leading zero kept) is read with its
    precompiled table, the same patterns in the same order."""
    if not number.italian_leading_zero:
        for table in _TABLES.values():
            if table.country_code == number.country_code:
                return table.type_of(str(number.national_number))
    return phonenumbers.number_type(number)
