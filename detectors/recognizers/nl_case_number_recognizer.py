"""Client, case, claim and dossier numbers that lead to a person.

Such numbers have no public format (2025-WIA-0731846, WW-2025-0418832, HH-25-00927,
7004-83519, 123456789), so a code alone is never enough: the recognizer reports a code with at
least 5 digits only when a word for a client or case number stands right before it
(``klantnummer``, ``dossier(nummer)``, ``zaak(nummer)``, ``claim``, ``ons kenmerk``,
``aanvraagnummer``, ``uitkeringsnummer``, ``polisnummer``, ``WW-dossier`` ...), or when it stands
in such a column of a pasted table.

Not a case number: public references of laws and publications (``Kamerstuk 29544 nr. 1234``,
``Stb. 2023, 123``, ``ECLI:NL:CRVB:2024:123``, ``artikel 12``) — none of them follows a case
word — and numbers of parliamentary papers (``2025Z08412``, ``2025D12345``). In a text that looks
published (a Kamerbrief, a press release, a ruling) even "ons kenmerk" leads to no client, so
nothing is reported there.
"""
from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern
from stdnum.nl import bsn

from detectors.recognizers.base import ReasonedPatternRecognizer
from detectors.regexgate import matches_at
from detectors.recognizers.rules import (
    anchored_matches,
    column_cells,
    field_values,
    is_example,
    looks_public,
    sql_cells,
)

#: A code of capitals and digits in up to six parts joined by - / . (2025-WIA-0731846), or a
#: court's number: a court code, a space, year/number ("AMS 24/5512", "ARN 25/3726").
CODE_REGEX = (
    r"(?<![\p{L}\d./\-&])(?<![\p{Lu}\d]:)(?:\p{Lu}{2,4}[ \t]\d{2}[/\-]\d{3,7}|"
    # digits in spaced groups ("Klantnr: 3015 2291")
    r"\d{3,4}(?:[ \t]\d{3,4}){1,2}(?![ \t]?\d)|"
    # a department with an ampersand ("W&I/2025/18873"; OCR reads its I as l)
    r"\p{Lu}{1,3}&[\p{Lu}l]{1,3}(?:[\-/.][\p{Lu}\d]{1,14}){1,5}|"
    r"[\p{Lu}\d]{1,14}(?:[\-/.][\p{Lu}\d]{1,14}){0,5})"
    r"(?![\p{L}\d/\-]|[.,:]\d)"
)

_KEYWORD_THEN_CODE = regex.compile(
    r"(?i)(?<![\p{L}])(?P<word>"
    r"klant(?:nummer|nr\.?|-?id)|cliënt(?:nummer|nr\.?)|client(?:nummer|nr\.?)|relatie(?:nummer|nr\.?)|"
    r"dossier(?:nummer|nr\.?)?|zaak(?:nummer|nr\.?)?|claim(?:nummer|nr\.?)?|"
    r"aanvraag(?:nummer|nr\.?)|uitkerings(?:nummer|nr\.?)|polis(?:nummer|nr\.?)|"
    r"schade(?:nummer|nr\.?)|bezwaar(?:nummer|nr\.?)|beroeps?(?:nummer|nr\.?)|"
    r"beschikkings(?:nummer|nr\.?)|vorderings(?:nummer|nr\.?)|debiteur(?:en)?(?:nummer|nr\.?)|"
    r"contract(?:nummer|nr\.?)|referentie(?:nummer|nr\.?)?|ref\.(?:[ \t]?nr\.?)?|"
    r"betalingskenmerk|kenmerk|"
    # any other "...nummer" of a file, a trajectory, a ticket or a court case; a patient number
    r"(?:traject|ticket|melding|incident|rol|parket|registratie|verzuim|meld|re-integratie|"
    r"cliënt|patiënt|patient|opname|behandel|werkmap|verzoek|bezwaarschrift|zaak)(?:nummer|nr\.?)|"
    r"patnr\.?|pat\.[ \t]?nr\.?|ticket|incident|melding|bezwaarschrift|rolnr\.?|"
    # a person's administration number in the BRP ("A-nummer: 5912643845")
    r"a-?nummer|administratienummer|"
    r"case[ \t]*(?:no\.?|number|id)|claim[ \t]*(?:no\.?|number)|file[ \t]*(?:no\.?|number)|"
    r"(?:customer|client|patient|member|policy)[ \t]*(?:no\.?|number|id)|reference(?:[ \t]*(?:no\.?|number))?)"
    # "klantnummer van mijn moeder is ...", "dossier onder nummer ...", "zaaknummer bij ons: ..."
    r"(?:(?:[ \t]++[\p{L}'’\-]{1,20}+){1,4}(?:(?<=[ \t](?:is|was|luidt|blijft|wordt|nummer|nr\.))|[ \t]*+:))?"
    # (Markdown's emphasis around a label: "**Dossiernummer:** 2025-0412")
    r"(?:[ \t]*+(?:is|was|luidt|blijft|wordt|nummer|nr\.?|no\.?|:|#|=|\(|\*\*?|__))*+[ \t]*+(?:\r?\n[ \t]*+)?+"
    r"(?P<code>(?-i:" + CODE_REGEX + r"))",
    regex.M,
)
#: Lower-case starts of the case words, for a fast scan before the regex.
_STEMS = ("traject", "ticket", "melding", "incident", "rol", "parket", "registratie", "verzuim", "meld",
          "re-integratie", "patiënt", "patient", "patnr", "pat.", "opname", "behandel", "werkmap",
          "verzoek", "bezwaarschrift", "a-nummer", "anummer", "administratienummer",
          "klant", "cliënt", "client", "relatie", "dossier", "zaak", "claim", "aanvraag",
          "uitkering", "polis", "schade", "bezwaar", "beroep", "beschikking", "vordering",
          "debiteur", "contract", "referentie", "ref.", "betalingskenmerk", "kenmerk",
          "case", "file", "customer", "reference", "member", "policy")
# Parliamentary paper numbers (Tweede Kamer): public, whatever word stands before them.
_PUBLIC_CODE = regex.compile(r"(?:19|20)\d{2}[ZD]\d{5}")
# A date is no case number ("kenmerk van 12-03-2025").
_DATE = regex.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}")


#: A reference code that needs no word before it: a letter prefix, (a year,) a long serial number
#: ("INC-2025-004455", "BZW-2024-004321", "RT-25-10022", "ZW-9079250", "WW/2025/639477").
#: Not a standard (ISO-9001, NEN-7510: four digits), not a kenteken (two-digit groups), not a number that names its
#: register ("KVK-62685904": the KvK recognizer's).
_PREFIX_CODE = regex.compile(
    r"(?<![\p{L}\d./\-:])(?!KVK-)(?:\p{Lu}{2,4}(?:[-/](?:19|20)?\d{2}[-/]\d{4,8}|-\d{6,9})"
    # a Dutch court's case number: its location code, the year, a serial ("UTR 25/4418", "AWB 24/10234")
    r"|(?:AMS|HAA|ALK|UTR|ARN|ZUT|ROT|DOR|SGR|BRE|SHE|ROE|MAA|ZWO|LEE|GRO|ASS|ALM|AWB|TIL|MID|ONL)[ \t]\d{2}/\d{3,7})"
    r"(?![\p{L}\d/\-]|[.,:]\d)"
)
#: The last letter of a prefix of _PREFIX_CODE (the letter before its "-" or "/", or the court's code before its year):
#: an upper-case ASCII letter, or any character beyond ASCII (a superset of ``\p{Lu}`` whatever the Unicode version),
#: with a dash or slash, or a space, two characters and a slash, after it. ``re`` skips to such a letter in C.
_PREFIX_CODE_END = re.compile(r"[A-Z\x80-\U0010ffff](?=[-/]|[ \t][^ \t\n]{2}/)")


def _prefix_codes(text: str):
    """``_PREFIX_CODE.finditer(text)``, tried only where a match can start.

    Its scan tried the look-behind and the letters at every position (2.5 ms a 100 KB). A match opens with its
    prefix of two to four letters, or three for a court, whose last letter :data:`_PREFIX_CODE_END` finds: so it
    starts one to three characters before such a letter. Those places are tried in order, from the end of the last
    match on, as the scan tries every place (the same matches: tests/detectors/test_speed23_equivalence.py)."""
    places: set[int] = set()
    for m in _PREFIX_CODE_END.finditer(text):
        letter = m.start()
        places.update(range(max(0, letter - 3), letter))
    return matches_at(_PREFIX_CODE, text, sorted(places))


# Words that name a document's own reference, not a client's file: "Kenmerk: EZ-2024-00897" of
# a committee report, "Referentienummer: ..." of a memo. Such a number leads to a person only
# in a text about one (see _PERSONAL_SIGN), or when its prefix is a benefit or an objection
# ("Ons kenmerk WW-2025-0418832").
_DOCUMENT_WORDS = ("kenmerk", "ons kenmerk", "uw kenmerk", "referentie", "ref.", "reference")
_CASE_PREFIX = regex.compile(r"(?i)(?:\d{4}[-/.])?(?:WW|ZW|WIA|WGA|IVA|TW|BZW|BEZ|BZ|WAO|WAZ|Wajong|AOW|ANW|"
                             r"W&[Il]|WI|PW|BBZ|IOAW|IOAZ|HH)(?![\p{L}])|"
                             r"\p{Lu}{1,4}/\d{2}/|\p{Lu}{2,4}[ \t]\d{2}/")  # a court's number (C/13/..., AMS 24/...)
_WORDS_BETWEEN = regex.compile(r"(?i)(?<![\p{L}])(?!(?:is|was|luidt|blijft|wordt|nummer|number|nr|no|id)(?![\p{L}]))"
                               r"\p{L}{2,}")
# Signs that a text is about a person: a title, a greeting, a party to a case, a first person.
_PERSONAL_SIGN = regex.compile(
    r"(?i)(?<![\p{L}])(?:mevrouw|mevr|mw|meneer|mijnheer|heer|dhr|beste|geachte|hoi|hallo|dear|mr|mrs|ms|"
    r"cliënt|client|klant|werknemer|eiser|eiseres|appellant|appellante|betrokkene|"
    r"geboren|ik|mijn|haar|hij|zij|wij\s+hebben\s+uw|u\s+ontvangt|u\s+heeft)(?![\p{L}])")
# A header cell of a client/case-number column in a pasted table.
_HEADER = regex.compile(
    r"(?i)(?:klant|cliënt|client|relatie|dossier|zaak|claim|aanvraag|uitkerings|polis|schade|"
    r"bezwaar)(?:nummer|nr\.?)|dossier|kenmerk|referentie|case[ \t]*(?:no\.?|number|id)|"
    r"customer[ \t]*(?:no\.?|number|id)"
)
_CODE = regex.compile(CODE_REGEX)

#: The stems of the key of a client's or a patient's own id ...
_PERSON_ID_STEMS = ("client", "cliënt", "patient", "patiënt", "klant")
#: ... and of a case's or a dossier's id: no person's own number (a test suite has its "case_id" too).
_CASE_ID_STEMS = ("case", "dossier", "zaak")
#: How a key says "number" after its stem: client_id, patientNumber, dossiernummer, zaaknr.
_ID_SUFFIX = r"(?:id|nummer|nr|number|no)"
#: The key of an id field of a client, patient or case in seed data or a FHIR example (lower case,
#: without "_" or "-"): client_id, patientId, dossiernummer, and a FHIR resource's identifier.value.
_ID_FIELD = regex.compile(r"(?:" + "|".join(_PERSON_ID_STEMS + _CASE_ID_STEMS) + ")" + _ID_SUFFIX
                          + r"|identifier\.value")
_ID_STEMS = (*_PERSON_ID_STEMS, *_CASE_ID_STEMS, "identifier")
#: The fields that make a record a person's: a name, a birth date, a BSN.
_PERSON_FIELD = regex.compile(r"(?:first|last|family|given|full)?name(?:\.(?:text|family|given))?|naam|voornaam|"
                              r"achternaam|roepnaam|dob|birthdate|dateofbirth|geboortedatum|bsn")
_PERSON_STEMS = ("name", "naam", "voornaam", "achternaam", "roepnaam", "first", "last", "family", "given",
                 "full", "dob", "birth", "dateofbirth", "geboorte", "bsn")
#: The key of a client's or a patient's own id: :data:`_ID_FIELD` without a case's or a dossier's
#: (:data:`_CASE_ID_STEMS`) and without a FHIR identifier.
_CLIENT_ID_FIELD = regex.compile(r"(?:" + "|".join(_PERSON_ID_STEMS) + ")" + _ID_SUFFIX)
#: A field of free text that holds a sentence of six words or more about someone ("meneer", "cliënte", "zijn"): the
#: notes, incidents and call notes of mock data ("text: 'Meneer slaapt slecht en eet weinig ...'"), not an app's
#: description. (Longer than the values that ``field_values`` reads.)
_NOTE = regex.compile(r"(?i)(?<![\w-])[\"']?(?:text|tekst|notes?|notitie|notities|description|beschrijving|"
                      r"omschrijving|rapportage|verslag|toelichting|opmerkingen?|comments?|"
                      r"observati[eo]n?)[\"']?[ \t]*[:=][ \t]*"
                      r"[\"'`](?=[^\"'`\n]{0,400}?\b(?:meneer|mevrouw|mw|dhr|cli[eë]nte?|klant|pati[eë]nte?|bewoner|"
                      r"hij|zij|ze|zijn|haar|hem|he|she|his|her|him)\b)[^\s\"'`]+(?:[ \t]+[^\s\"'`]+){5}")
#: An API's credentials: its client_id is an application's, not a person's.
_API_CREDENTIALS = regex.compile(r"(?i)client[_-]?secret|grant[_-]?type|redirect[_-]?uri|oauth|access[_-]?token|"
                                 r"api[_-]?key")
#: A value that can be an id: no spaces, with digits ("test-client-001", "784384").
_ID_VALUE = regex.compile(r"[\p{L}\d][\p{L}\d\-_/.]{2,39}")
#: A FHIR resource of a person (its identifier is the person's); other resources name devices, orders ...
_FHIR_PERSON = regex.compile(r"(?:InstanceOf:[ \t]*(?:[\w\-]*-)?|\"resourceType\"[ \t]*:[ \t]*\"|<)"
                             r"(?:Patient|RelatedPerson|Person)\b")


def _record_ids(text: str) -> set[tuple[int, int]]:
    """Id values in a record of a person in seed data or a FHIR example ("client_id": "test-client-001").

    The key says that the value is a client's or a patient's number, and a name or birth date
    field beside it says the record is a person's: an id without such fields (an API's
    client_id, an order number) is not one.
    """
    ids = field_values(text, _ID_STEMS, _ID_FIELD)
    if not ids or _API_CREDENTIALS.search(text, 0, 20_000):
        return set()
    if not field_values(text, _PERSON_STEMS, _PERSON_FIELD):
        client_ids = field_values(text, _ID_STEMS, _CLIENT_ID_FIELD)
        if not (client_ids and _NOTE.search(text, 0, 20_000)):
            return set()
        ids = client_ids  # a client's id beside notes about someone
    out = set()
    for s, e in ids:
        value = text[s:e]
        if _ID_VALUE.fullmatch(value) and sum(ch.isdigit() for ch in value) >= 3 and "@" not in value:
            if value.isdigit() and len(value) in (8, 9) and bsn.is_valid(value.zfill(9)):
                continue  # a BSN in an identifier field (system .../bsn): the BSN recognizer's
            key_start = text.rfind("identifier", max(0, s - 60), s)
            if key_start >= 0 and text.rfind("\n", key_start, s) < 0 and not _FHIR_PERSON.search(text, 0, 20_000):
                continue  # the identifier of a FHIR resource that is no person
            out.add((s, e))
    return out


#: An id column of a person's row in SQL seed data (patient_id, general_practitioner_id,
#: zorgdossier_id): the key by which the system finds that person, the person's record or doctor.
#: A bare "id" is the table's own row counter.
_SQL_ID_COLUMN = regex.compile(r"\w{2,40}id")
#: An id column that names a person in any table (an appointment's patient_id, care_provider_id):
#: the row points to that person even when the table has no name of its own.
_SQL_PERSON_ID_COLUMN = regex.compile(r"\w{0,30}(?:patient|patiënt|client|cliënt|klant|practitioner|careprovider|"
                                      r"huisarts|bewoner)id")


def _sql_record_ids(text: str) -> set[tuple[int, int]]:
    """Id values in the id columns of a person's row in SQL seed data ('dom-id-pa-001').

    Only a code with letters and at least 3 digits: a plain number in an id column is mostly the
    database's own counter (a shop's 'GebruikersID' 124913), and a role name ('admin') or a
    country code leads to nobody.
    """
    if "insert" not in text and "INSERT" not in text:
        return set()
    out = set()
    cells = sql_cells(text, _SQL_ID_COLUMN, people=True) + sql_cells(text, _SQL_PERSON_ID_COLUMN)
    for s, e in cells:
        value = text[s:e]
        if _ID_VALUE.fullmatch(value) and sum(ch.isdigit() for ch in value) >= 3 and "@" not in value \
                and any(ch.isalpha() for ch in value):
            out.add((s, e))
    return out


class NlCaseNumberRecognizer(ReasonedPatternRecognizer):
    """Finds client, case, claim and dossier numbers right after a case word."""

    PATTERNS = [Pattern("code na dossier- of klantnummer", CODE_REGEX, 0.05)]
    CONTEXT = ["klantnummer", "dossiernummer", "dossier", "zaaknummer", "claim", "kenmerk",
               "aanvraagnummer", "uitkeringsnummer", "polisnummer", "referentie", "relatienummer"]
    REASON = "nummer bij het woord dossier, klantnummer of kenmerk"
    REASON_CODE = "dossier- of ticketnummer (letters, jaar en volgnummer)"
    MIN_DIGITS = 5

    def __init__(self):
        super().__init__(supported_entity="CASE_NUMBER", name="NlCaseNumberRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        spans = set()
        references = set()  # numbers after a document word, without a case prefix
        for m in anchored_matches(text, _STEMS, _KEYWORD_THEN_CODE, 200):
            if not self._plausible(m.group("code")) or is_example(text, m.start("code")):
                continue
            spans.add(m.span("code"))
            word = m.group("word").lower()
            # "Het dossiernummer in het begrotingssysteem is 987654321": with words in between,
            # the number may be a system's, not a client's
            between = _WORDS_BETWEEN.search(text, m.end("word"), m.start("code"))
            if (word.startswith(_DOCUMENT_WORDS) or between) and not _CASE_PREFIX.match(m.group("code")):
                references.add(m.span("code"))
        weak = set()
        for m in _prefix_codes(text):
            if not is_example(text, m.start()):
                weak.add(m.span())
        for lo, hi in column_cells(text, _STEMS, _HEADER):
            m = _CODE.fullmatch(text, lo, hi)
            if m and self._plausible(m.group()):
                spans.add((lo, hi))
        spans |= _record_ids(text) | _sql_record_ids(text)
        weak -= spans
        # a client's own number in the same text ("Klantnummer: ...") says whom it is about
        if references and not (spans - references) and not _PERSONAL_SIGN.search(text):
            spans -= references
        if not (spans or weak) or looks_public(text):
            return []
        return [self.result(s, e, 0.85, self.REASON) for s, e in sorted(spans)] + [
            self.result(s, e, 0.6, self.REASON_CODE) for s, e in sorted(weak)]

    def _plausible(self, code: str) -> bool:
        """Enough digits to lead to one person; no date, no parliamentary paper number."""
        if sum(ch.isdigit() for ch in code) < self.MIN_DIGITS:
            return False
        return not (_PUBLIC_CODE.fullmatch(code) or _DATE.fullmatch(code))
