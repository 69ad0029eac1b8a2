"""Birth dates: a date that the text itself calls someone's date of birth.

Texts are full of dates (letters, payment days, meetings); only a few are birth dates. A date
counts when a birth word stands just before it on the same line — ``geboren (op)``,
``geb.``, ``geboortedatum``, ``date of birth``, ``born`` — with at most a few plain words
between (``Geboortedatum eigenaar: 1 mei 1995``, ``geboren te Utrecht op 3-4-1980``), or when
it stands in brackets right after a person's name (``Jan de Vries (12-03-1985)``), or in a
"Geboortedatum" column of a pasted table. Dates are written as 12-03-1985, 12/3/85,
12.03.1985, 1985-03-12, 12 maart 1985, 12 mrt. 1985, negentien augustus 1969, 7 July 1988 or
July 7, 1988.

Presidio's own six-word context window is too wide for this ("geboren in 1980 en sinds
1 maart 2024 ziek"), so the recognizer checks the words before each date itself.
"""
from __future__ import annotations

import datetime

import regex
from presidio_analyzer import Pattern

from detectors.names import lexicon
from detectors.names.words import TITLES
from detectors.recognizers.base import ReasonedPatternRecognizer
from detectors.regexgate import lowered_or_none
from detectors.vocabulary import dutch_words
from detectors.recognizers.rules import (
    anchored_matches,
    column_cells,
    field_values,
    is_example,
    key_name,
    looks_public,
    person_row,
    record_rows,
    sql_alias_values,
    sql_person_rows,
)
from detectors.tables import pair_values

_MONTHS_NL = (r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
              r"december|jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec")
_MONTHS_EN = r"january|february|march|may|june|july|august|october|oct"
_MONTH = r"(?i:(?:" + _MONTHS_NL + r"|" + _MONTHS_EN + r")\.?)(?![\p{L}])"
_DAY_WORDS = (
    r"eenendertig|dertig|negenentwintig|achtentwintig|zevenentwintig|zesentwintig|"
    r"vijfentwintig|vierentwintig|drieëntwintig|drieentwintig|tweeëntwintig|tweeentwintig|"
    r"eenentwintig|twintig|negentien|achttien|zeventien|zestien|vijftien|veertien|dertien|"
    r"twaalf|elf|tien|negen|acht|zeven|zes|vijf|vier|drie|twee|één|een"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de|st|nd|rd|th)?"
_YEAR4 = r"(?:19|20)\d{2}"

DATE_REGEX = (
    r"(?<![\p{L}\d\-/.])(?:"
    # 12-03-1985, 12/3/85, 12.03.1985
    + r"(?:0?[1-9]|[12]\d|3[01])(?P<sep>[-/.])(?:0?[1-9]|1[0-2])(?P=sep)(?:" + _YEAR4 + r"|\d{2})"
    # 1985-03-12
    + r"|" + _YEAR4 + r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    # 25-mei-1978, 3/feb/1990 (forms and CVs)
    + r"|(?:0?[1-9]|[12]\d|3[01])(?P<msep>[-/])" + _MONTH + r"(?P=msep)" + _YEAR4
    # 12 maart 1985, negentien augustus 1969
    + r"|(?:" + _DAY + r"|(?i:" + _DAY_WORDS + r"))[ \t]+" + _MONTH + r"[ \t]+" + _YEAR4
    # July 7, 1988
    + r"|" + _MONTH + r"[ \t]+" + _DAY + r",?[ \t]+" + _YEAR4
    + r")(?![\p{L}\d]|[-/.]\d)"
)

# A birth word, then at most four plain words (no digits, no sentence end), then the date.
_BIRTH_THEN_DATE = regex.compile(
    r"(?i)(?<![\p{L}])(?:geboren|geb\.|geb(?=[ \t]*:)|geboortedatum|geboorte[ -]datum|"
    r"geb\.?[ \t]?datum|geboortedag|date[ \t_-]*of[ \t_-]*birth|birth[ \t_-]?date|birthday|born|"
    r"d\.o\.b\.?|dob|datum[ \t]+van[ \t]+geboorte)"
    r"(?P<gap>(?:[ \t]*+[:/(,]?+[ \t]*+(?<=[\s:/(,])[\p{L}'’\-]{1,20}+){0,4})"
    # (a field of a record or a JSON object: "dob": "1948-03-12", birthDate = '1981-04-02'; a
    # place, then a comma: "Plaats en datum van geboorte: Gent, 14 juni 1983"; Markdown's emphasis around the label
    # or the date: "**Geboortedatum:** 1982-03-08")
    r"[ \t]*+[\"'*_]{0,2}+[ \t]*+[:=(,]?+[ \t]*+[\"'*_]{0,2}+[ \t]*+(?:\r?\n[ \t]*+)?+"
    r"(?P<date>(?-i:" + DATE_REGEX + r"))",
    regex.M,
)
#: Lower-case starts of the birth words, for a fast scan before the regex.
_BIRTH_STEMS = ("geb", "date", "birth", "born", "dob", "d.o.b", "datum van geboorte")
#: The element or key of a birth date in a record (lower case, without "_" or "-", as ``field_values`` compares it).
#: (Suwinet's XML abbreviates it: <Geboortedat>)
_BIRTH_KEY = regex.compile(r"geboortedat(?:um)?\w{0,12}|birthdate|dateofbirth|birthday|dob")
# A header cell of a birth-date column in a pasted table, and a date alone in a cell.
_BIRTH_HEADER = regex.compile(
    r"(?i)geboortedatum|geboorte[ -]datum|geb\.?[ \t-]?datum|geboren(?:[ \t]+op)?|date[ \t_-]*of[ \t_-]*birth|"
    r"birth[ \t_-]?date|birth[ \t_-]?day|dob|d\.o\.b\.?"  # (a database column too: date_of_birth, birth_date, birthday)
)
_DATE = regex.compile(DATE_REGEX)
#: A date in a birth-date column may carry a time of day: a DATETIME column of a database stores
#: the birth date as '1987-04-02 00:00:00'.
_DATE_IN_CELL = regex.compile(DATE_REGEX + r"(?:[ \t][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?)?"
                              # (Excel shows a date cell as "7-okt-62": a two-digit year only in a birth-date column)
                              r"|(?i:[0-3]?\d-(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec|mar|may|oct)-\d\d)"
                              # (a database or a script writes the month and the day without a zero: '2000-6-19')
                              r"|(?:19|20)\d\d-(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9])"
                              # (an American export writes the month first: '5/16/1944' in a date_of_birth column)
                              r"|(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])/(?:19|20)\d\d")
#: The alias of a birth date in an SQL SELECT (lower case, without "_").
_BIRTH_ALIAS = regex.compile(r"birthdate|dateofbirth|birthday|geboortedatum|dob")
# Between a date and a "geboren" after it: at most two short words ("12 maart 1985 geboren",
# "3-4-1990 is geboren").
_DIGIT = regex.compile(r"\d")
_DATE_THEN_BORN_GAP = regex.compile(r"(?:[ \t]+\p{L}{1,12}+){0,2}[ \t]+")


def _word_starts(text: str, word: str) -> list[int]:
    """Offsets where ``word`` (lower case) starts a word, case-insensitively."""
    lowered = text.replace("\u0130", "I").lower()
    out = []
    i = lowered.find(word)
    while i >= 0:
        if i == 0 or not lowered[i - 1].isalpha():
            out.append(i)
        i = lowered.find(word, i + 1)
    return out


# A date in brackets: "(12-03-1985)".
_BRACKET_DATE = regex.compile(r"\((?P<date>" + DATE_REGEX + r")\)", regex.M)
# Words that end the link between the birth word and a later date.
_GAP_STOP = frozenset(
    "en sinds tot vanaf per na maar dan toen daarna ingang ingangsdatum datum overleden "
    "ziek ziekmelding uitkering aanvraag brief since until from voor vóór tussen between before "
    "after".split()
)
# Births of a group, not a person: "voor wie geboren is op ...", "mensen geboren op ...".
_GENERIC_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:wie|iedereen|mensen|personen|burgers|inwoners|generatie|cohort|"
    r"everyone|people|persons)(?![\p{L}])[^.!?\n]{0,30}$"
)
# A person's name right before "(date)": initials or first name, particles, surname.
_NAME_BEFORE_BRACKET = regex.compile(
    r"(?:(?:\p{Lu}\.){1,4}[ \t]?|\p{Lu}\p{Ll}+[ \t]+)(?:(?:van|de|der|den|ter|ten|te|el|al)[ \t]+){0,3}"
    r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]*\($"
)
# Organisation or document words that are followed by a date in brackets but are no name.
_NOT_A_NAME = regex.compile(
    r"(?i)\b(?:wet|besluit|regeling|brief|kamerbrief|nota|rapport|verslag|vergadering|overleg|"
    r"uwv|versie|concept|notulen|memo|bijlage|datum|stand)\b"
)


def _known_as_no_first_name(name: str) -> bool:
    """Whether the first word of ``name`` (as ``_NAME_BEFORE_BRACKET`` matched it) is an ordinary word or a place and
    no first name in the name lists: "Vereniging Oud Hoorn (30-10-2012)" dates a news item, "Notitie Mantelzorgwoningen
    (18-12-2014)" a document (a Dutch word, of the word list); a title before a surname ("Mevrouw Jansen"), a first
    name no list knows, or one it knows as a surname only ("Ramdien"), still counts."""
    first = name.split(None, 1)[0]
    if first.endswith(".") or first.lower() in TITLES:
        return False  # initials, or a title
    flags = lexicon.load().get(first, 0)
    if flags & lexicon.FIRST:
        return False
    return bool(flags & (lexicon.WORD | lexicon.PLACE)) or first.lower() in dutch_words()


# Compiled once (each runs per gap, per cell of a record row or per date).
_GAP_WORD = regex.compile(r"[\p{L}'’\-]+")
_FULL_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


#: The birth of a person in the JSON of the Dutch BRP API (Haal Centraal): "geboorte": {"datum": {"datum": "19690507"}}
#: or "geboorte": {"datum": "1969-05-07"}. The date is the first "datum" value inside the "geboorte" object.
_BRP_BIRTH = regex.compile(r'"geboorte"[ \t]*:[ \t]*\{')
_BRP_DATE = regex.compile(r'"datum"[ \t]*:[ \t]*"(\d{4}-\d{2}-\d{2}|\d{8})"')
_BRP_LONG = regex.compile(r'[ \t\r\n]*,[ \t\r\n]*"langFormaat"[ \t]*:[ \t]*"([^"\n]{6,40})"')
#: A birth date stored as a time stamp in a field of a record: "geboortedatum": "1980-04-23T00:00:00.000Z".
_ISO_STAMP = regex.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?")
#: A date that a database stores as a time stamp at midnight, as it does a birth date: '1987-06-18 00:00:00'. (Another
#: time of day is when something happened, not when someone was born.)
_MIDNIGHT = regex.compile(r"(\d{4}-\d{2}-\d{2})[ T]00:00(?::00(?:\.0{1,6})?)?(?:Z|[+-]00:?00)?")
#: How far into a "geboorte" object its date is looked for (its land and place come after it).
_BRP_REACH = 400


def _brp_birth_dates(text: str):
    """``(start, end)`` of the birth date in each "geboorte" object of BRP JSON."""
    for g in _BRP_BIRTH.finditer(text):
        d = _BRP_DATE.search(text, g.end(), min(len(text), g.end() + _BRP_REACH))
        if d is None:
            continue
        depth = 1
        for ch in text[g.end():d.start()]:
            depth += (ch == "{") - (ch == "}")
            if depth == 0:
                break  # the "geboorte" object closed before this date: it belongs to something else
        else:
            yield d.span(1)
            # the same date written out beside it: "langFormaat": "25 augustus 1971"
            long = _BRP_LONG.match(text, d.end())
            if long is not None:
                yield long.span(1)


#: A key and a number after it, unquoted (JSON, YAML, a JavaScript object): "geboortedatum": 19750307.
_BIRTH_NUMBER = regex.compile(r"[:=][ \t]*+(\d{8})(?![\d.])")
#: The key before it, and what makes that key a birth date's (compared in lower case without "_" or "-", also inside a
#: longer key: "patientBirthDate", "geb_datum").
_KEY_BEFORE_VALUE = regex.compile(r"([\w-]{1,40})[\"']?[ \t]*$")
_BIRTH_KEY_PART = regex.compile(r"geboortedat|gebdat|birthdate|dateofbirth|birthday|^dob$")



def _compact_date(value: str) -> bool:
    """A date as HL7 writes it ("19750913"): a real day between 1900 and today."""
    if len(value) != 8 or not value.isdigit() or value[:2] not in ("19", "20"):
        return False
    try:
        day = datetime.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return False
    return day <= datetime.date.today()


#: How many distinct birth dates a text may hold for each to be looked for again.
_AGAIN_MAX = 8


def _same_date_again(text: str, found: dict, reasons: dict, reason: str) -> None:
    """Add every other place where a found birth date stands again, written the same way: an ADA message of a birth
    repeats the child's birth date as the end of the pregnancy and in the delivery's time stamps, and a mask that
    hid one of them would show the date in the others. Only whole dates (eight characters or more), not inside a
    longer number. Only for a text about a few people (``_AGAIN_MAX`` birth dates or fewer): a table of people gives
    each row its own, which its column already found, and a search per date would cost a pass over the text each."""
    dates = {text[s:e] for (s, e), score in found.items() if score >= 0.85 and e - s >= 8}
    if len(dates) > _AGAIN_MAX:
        return
    for date in dates:
        i = text.find(date)
        while i >= 0:
            span = (i, i + len(date))
            if span not in found and not (i > 0 and text[i - 1].isalnum()) and \
                    not (span[1] < len(text) and text[span[1]].isdigit()):
                found[span], reasons[span] = 0.7, reason
            i = text.find(date, i + 1)


class NlDateOfBirthRecognizer(ReasonedPatternRecognizer):
    """Finds dates that the text gives as someone's birth date."""

    PATTERNS = [Pattern("datum", DATE_REGEX, 0.05)]
    CONTEXT = ["geboren", "geboortedatum", "geb", "birth", "born"]
    REASON = "geboortedatum van een persoon"
    REASONS = {
        "word": "datum bij het woord geboren of geboortedatum",
        "name": "datum tussen haakjes achter een naam",
        "column": "datum in de kolom geboortedatum",
        "record": "oude datum in een rij met gegevens van een persoon",
        "again": "dezelfde datum als een geboortedatum elders in de tekst",
    }
    #: A date in a person's record (a row with a BSN or a name) is a birth date when it is this old.
    MIN_RECORD_AGE_YEARS = 15
    #: A date in brackets after a name is only read as a birth date when it is this old.
    MIN_AGE_YEARS = 12

    def __init__(self):
        super().__init__(supported_entity="DATE_OF_BIRTH", name="NlDateOfBirthRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        # Anchored on the (rare) birth words and brackets rather than on every date: a long
        # text has many dates and only a few birth dates.
        found: dict[tuple[int, int], float] = {}
        reasons: dict[tuple[int, int], str] = {}
        for m in anchored_matches(text, _BIRTH_STEMS, _BIRTH_THEN_DATE, 160):
            if self._gap_is_broken(m.group("gap")) or is_example(text, m.start("date")):
                continue
            if _GENERIC_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
            if not m.group("gap").strip() and "," in text[m.end("gap"):m.start("date")]:
                continue  # "de datum van geboorte, 3 maart 2024: ...": a comma only after a place
            span = m.span("date")
            found[span], reasons[span] = 0.85, self.REASONS["word"]
        # Dutch also puts the verb last: "Ik ben op 12 maart 1985 geboren".
        for i in _word_starts(text, "geboren"):
            if _DIGIT.search(text, max(0, i - 60), i) is None:
                continue
            last = None
            for d in _DATE.finditer(text, max(0, i - 60), i):
                last = d
            if last is None or last.span() in found:
                continue
            gap = _DATE_THEN_BORN_GAP.fullmatch(text, last.end(), i)
            if gap and not self._gap_is_broken(gap.group()) and not is_example(text, last.start()) \
                    and not _GENERIC_BEFORE.search(text, max(0, last.start() - 40), last.start()):
                found[last.span()], reasons[last.span()] = 0.85, self.REASONS["word"]
        for lo, hi in column_cells(text, _BIRTH_STEMS, _BIRTH_HEADER):
            if _DATE_IN_CELL.fullmatch(text, lo, hi) and (lo, hi) not in found:
                found[(lo, hi)], reasons[(lo, hi)] = 0.85, self.REASONS["column"]
        # a test patient's birth date in an SQL query that maps it to FHIR: '1992-01-01' AS "birthdate"
        for lo, hi in sql_alias_values(text, _BIRTH_ALIAS):
            if _DATE.fullmatch(text, lo, hi) and (lo, hi) not in found:
                found[(lo, hi)], reasons[(lo, hi)] = 0.85, self.REASONS["column"]
        for start, row, bounds in record_rows(text):
            cells = [row[a:b].strip().strip('"').strip() for a, b in bounds]
            if not person_row(cells):
                continue
            for (a, b), value in zip(bounds, cells):
                span = self._record_date(value, start + a + row[a:b].find(value))
                if span is not None and span not in found:
                    found[span], reasons[span] = 0.7, self.REASONS["record"]
        # the rows of a table dumped without its column names ("INSERT INTO public.burgers VALUES (...)")
        for cells in sql_person_rows(text):
            for a, _, value in cells:
                span = self._record_date(value, a)
                if span is not None and span not in found:
                    found[span], reasons[span] = 0.7, self.REASONS["record"]
        if "</" in text or "value=" in text or '":' in text or "=>" in text:
            # an XML record names its fields by their elements: <geboortedatum>1975-09-13</geboortedatum>,
            # <birthDate value="1975-09-13"/>, <geboortedatum value="19750913">13 sep 1975</geboortedatum>;
            # JSON by its keys, also glued to more words: "geboortedatumDatum": "1988-08-12"
            for lo, hi in field_values(text, ("geboorte", "birth", "dob"), _BIRTH_KEY):
                if (lo, hi) not in found and (_DATE.fullmatch(text, lo, hi) or _compact_date(text[lo:hi])
                                              or _ISO_STAMP.fullmatch(text, lo, hi)):
                    found[(lo, hi)], reasons[(lo, hi)] = 0.85, self.REASONS["column"]
        low = lowered_or_none(text) or text.lower()
        for m in _BIRTH_NUMBER.finditer(text) if "geb" in low or "birth" in low or "dob" in low else ():
            # a record that stores the date as a number, as the BRP and StUF write it: "geboortedatum": 19750307
            key = _KEY_BEFORE_VALUE.search(text, max(0, m.start() - 48), m.start())
            if key is not None and _BIRTH_KEY_PART.search(key_name(key.group(1))) \
                    and _compact_date(m.group(1)) and m.span(1) not in found:
                found[m.span(1)], reasons[m.span(1)] = 0.85, self.REASONS["column"]
        for lo, hi in pair_values(text, _BIRTH_KEY_PART.search, loose=True):
            # a birth date given as a pair: {"descr": "geboortedatum", ..., "value": {"val": "19310921"}}
            if (lo, hi) not in found and (_DATE.fullmatch(text, lo, hi) or _compact_date(text[lo:hi])
                                          or _ISO_STAMP.fullmatch(text, lo, hi)):
                found[(lo, hi)], reasons[(lo, hi)] = 0.85, self.REASONS["column"]
        if '"geboorte"' in text:
            for lo, hi in _brp_birth_dates(text):
                if (lo, hi) not in found and (_DATE.fullmatch(text, lo, hi) or _compact_date(text[lo:hi])):
                    found[(lo, hi)], reasons[(lo, hi)] = 0.85, self.REASONS["column"]
        for m in _BRACKET_DATE.finditer(text):
            span = m.span("date")
            if span in found:
                continue
            before = text[max(0, m.start() - 60):m.start() + 1]
            name = _NAME_BEFORE_BRACKET.search(before)
            if (name and not _NOT_A_NAME.search(before) and not _known_as_no_first_name(name.group())
                    and self._old_enough(m.group("date"))):
                found[span], reasons[span] = 0.6, self.REASONS["name"]
        if found and looks_public(text):
            # A published text (news, Kamerbrief) names birth dates of public figures, if any.
            return []
        _same_date_again(text, found, reasons, self.REASONS["again"])
        return [self.result(s, e, score, reasons[(s, e)])
                for (s, e), score in sorted(found.items())]

    @staticmethod
    def _gap_is_broken(gap: str) -> bool:
        words = _GAP_WORD.findall(gap.lower())
        return any(w in _GAP_STOP for w in words)

    def _record_date(self, value: str, at: int) -> tuple[int, int] | None:
        """The span of the birth date in the cell ``value`` of a person's row, which starts at ``at``: a date old
        enough for a birth date, also one stored as a time stamp at midnight ('1987-06-18 00:00:00')."""
        midnight = _MIDNIGHT.fullmatch(value)
        if midnight:
            value = midnight.group(1)
        if not value or not _DATE.fullmatch(value) or not self._old_enough(value, self.MIN_RECORD_AGE_YEARS):
            return None
        return at, at + len(value)

    def _old_enough(self, date_text: str, min_age: int | None = None) -> bool:
        this_year = datetime.date.today().year
        full = _FULL_YEAR.search(date_text)
        if full:
            year = int(full.group())
        else:
            yy = int(date_text[-2:])
            year = 2000 + yy if 2000 + yy <= this_year else 1900 + yy
        return 1900 <= year <= this_year - (self.MIN_AGE_YEARS if min_age is None else min_age)
