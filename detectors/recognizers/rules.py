"""Rules that several context recognizers share (address, postcode, birth date, employee and
case numbers): does a text read as published, is a value an example, the line before a value,
fast keyword-anchored matching, and whether a row of a table is a person's.

The readers of the tables themselves (the cells under a header of a pasted table, SQL INSERTs)
live in :mod:`detectors.tables`, where the categories can use them too; they are imported here
under their old names for the recognizers.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

import regex
from stdnum.nl import bsn as _bsn

from detectors.regexgate import TextGate, gated
from detectors import textcache
from detectors import tables
from detectors.tables import MAX_TABLE_ROWS, SQL_ROW, row_cells, sql_bare_rows, sql_tables
from detectors.tables import lowered as _lowered

#: The table readers the recognizers import from here, where they were first written (see :mod:`detectors.tables`).
column_cells = tables.column_cells
adjacent_cells = tables.adjacent_cells
record_rows = tables.record_rows
lowered = tables.lowered
key_name = tables.key_name

#: Signs that a text is a published one (Kamerbrief, press release, law, ruling, news wire,
#: statistics, vacancy). Such texts carry addresses, postcodes and reference numbers that lead
#: to no person. A strong sign counts 2, a weak one 1 (an internal mail may well mention the
#: Tweede Kamer once); a text is public from 2 on.
_PUBLIC_STRONG = (
    r"Noot voor de redactie|Staatsblad|Staatscourant|ECLI:NL|"
    r"officielebekendmakingen\.nl|Centraal Bureau voor de Statistiek|Bron: CBS|Vacaturenummer|"
    r"Solliciteer direct|Wat bieden wij\?|Wat vragen wij\?|\((?:ANP|Novum)\)|"
    r"(?m:^[ \t]*(?:Persbericht|PERSBERICHT|Nieuwsbericht))|"
    # a vacancy on a job platform: "Sluit over 16 dagen", "Sluit morgen" under the employer's address
    r"(?m:^[ \t]*Sluit[ \t]+(?:over[ \t]+\d{1,3}[ \t]+dag(?:en)?|morgen|vandaag|over[ \t]+\d{1,2}[ \t]+uur)\b)"
)
_PUBLIC_WEAK = (
    r"Tweede Kamer|Eerste Kamer|Staten-Generaal|Kamerstukk?en|Kamerstuk|Kamervragen|Kamerbrief|"
    r"Persbericht|persbericht|Stcrt\.|Stb\.|rijksoverheid\.nl|Voor de pers|"
    r"(?:De|de) (?:minister|Minister|staatssecretaris|Staatssecretaris) van"
)
_PUBLIC_TEXT = regex.compile(
    r"(?<![\p{L}])(?:(?P<strong>" + _PUBLIC_STRONG + r")|(?P<weak>" + _PUBLIC_WEAK + r"))(?![\p{L}])"
)
_PUBLIC_TEXT = gated(_PUBLIC_TEXT)  # (a text without its words skips the scan: see detectors/regexgate.py)
# An example in an instruction ("bijvoorbeeld 1234 AB", "for example 12345678").
# Not the name of a domain ("jan@voorbeeld.nl", "www.voorbeeld.nl"): invented data in a person's
# record, not a sentence that announces an example.
_EXAMPLE = regex.compile(r"(?i)(?<![\p{L}@.])(?:bijvoorbeeld|bijv\.|voorbeeld|e\.g\.|for example)(?![\p{L}]|\.[a-z])")
_EXAMPLE_GATE = TextGate(_EXAMPLE)


@lru_cache(maxsize=8)
def looks_public(text: str) -> bool:
    """True when the text carries marks of a published text (Kamerbrief, press release, law)."""
    strong: set[str] = set()
    weak: set[str] = set()
    for m in _PUBLIC_TEXT.finditer(text):
        (strong if m.group("strong") else weak).add(m.group().strip().lower())
        if 2 * len(strong) + len(weak) >= 2:
            return True
    return False


textcache.per_text(looks_public.cache_clear)


def is_example(text: str, start: int) -> bool:
    """True when the line before ``start`` says that what follows is an example."""
    # (asked of every value found: in a text without any of its words, no line before one holds them)
    return _EXAMPLE_GATE.may_match(text) and _EXAMPLE.search(line_before(text, start, 80)) is not None


def line_before(text: str, start: int, limit: int = 80) -> str:
    """The text on the same line before ``start`` (at most ``limit`` characters)."""
    lo = max(0, start - limit)
    nl = text.rfind("\n", lo, start)
    return text[(nl + 1 if nl >= 0 else lo):start]


def previous_lines(text: str, start: int, count: int = 2, limit: int = 200) -> list[str]:
    """Up to ``count`` non-empty lines above the line of ``start``, nearest first."""
    lo = max(0, start - limit)
    head = text[lo:start]
    cut = head.rfind("\n")
    if cut < 0:
        return []
    lines = [ln.strip() for ln in head[:cut].split("\n")]
    out = [ln for ln in reversed(lines) if ln]
    return out[:count]


_DIGIT = re.compile(r"\d")


def anchored_matches(text: str, stems: tuple[str, ...], rx: regex.Pattern,
                     digit_within: int = 0) -> list[regex.Match]:
    """``rx.match`` at every word that starts with one of ``stems`` (lower case).

    Scanning a long text with a case-insensitive alternation of keywords costs a regex attempt
    at every character; ``str.find`` on the lower-cased text finds the few places worth trying.
    With ``digit_within``, a place is only tried when a digit follows within that many
    characters (every value these keywords introduce holds digits).
    """
    lowered = _lowered(text)
    starts: set[int] = set()
    for stem in stems:
        i = lowered.find(stem)
        while i >= 0:
            if i == 0 or not lowered[i - 1].isalpha():
                starts.add(i)
            i = lowered.find(stem, i + 1)
    out = []
    for i in sorted(starts):
        if digit_within and _DIGIT.search(text, i, i + digit_within) is None:
            continue
        m = rx.match(text, i)
        if m:
            out.append(m)
    return out


#: A cell that reads as a name ("J. de Vries", "Jan de Vries"), or one in capitals ("JAN DE VRIES").
_NAME_CELL = regex.compile(r"(?:\p{Lu}\.){0,4}\s?\p{Lu}[\p{L}'’ -]{1,40}")
_CAPS_NAME_CELL = regex.compile(r"\p{Lu}[\p{Lu}'’ -]{2,40}")
#: The ASCII characters a match of _NAME_CELL or _CAPS_NAME_CELL may open with: a capital, or (``\s?`` before a name
#: without initials) white space, the four separators of ASCII counted in.
_NAME_CELL_OPENERS = frozenset(string.ascii_uppercase + " \t\n\r\f\v\x1c\x1d\x1e\x1f")


@lru_cache(maxsize=1)
def _name_lexicon():
    """``detectors.names.lexicon`` (the name lists, loaded once by the name finder too), imported on first use: an
    import statement in :func:`sql_person_row`, asked for every row of a dump, cost about what the rest of it does."""
    from detectors.names import lexicon

    return lexicon


def sql_person_row(cells: list[str]) -> bool:
    """A row of SQL values without column names about a person: a cell that is a valid BSN, or a first name that the
    name lists know (and no place) right before a cell that reads as a surname. (Rows of places and depots have
    capitalised cells too: "'Zwolle', 'Centrum'".)"""
    if any(len(c) == 9 and c.isdigit() and _bsn.is_valid(c) for c in cells):
        return True
    return first_and_surname(cells) is not None


def first_and_surname(cells: list[str]) -> int | None:
    """The index of the first cell that is a first name the name lists know (and no place) right before a cell that
    reads as a surname ("'Tom', 'de Boer'"), or None: the pair that makes a row of bare SQL values a person's, and
    the names the record name recognizer reports in such a row."""
    lexicon = _name_lexicon()
    lex = lexicon.load()
    for k, (first, last) in enumerate(zip(cells, cells[1:])):
        flags = lex.get(first, 0)
        if flags & lexicon.FIRST and not flags & lexicon.PLACE and CELL_NAME.fullmatch(last):
            return k
    return None


@lru_cache(maxsize=1)
def sql_person_rows(text: str) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """The rows of :func:`sql_bare_rows` that :func:`sql_person_row` reads as a person's, in text order.

    Cached per text: the birth date, postcode and record name recognizers all ask about the same rows, and each
    row's judgement looks its cells up in the name lists."""
    return tuple(cells for cells in sql_bare_rows(text) if sql_person_row([value for _, _, value in cells]))


textcache.per_text(sql_person_rows.cache_clear)


def person_row(cells: list[str]) -> bool:
    """A row of a table or a record about a person: a cell that is a valid BSN, or two cells that read as name
    words."""
    if any(len(c) == 9 and c.isdigit() and _bsn.is_valid(c) for c in cells):
        return True
    # (a cell that opens with an ASCII character other than a capital or white space matches neither pattern: most
    # cells of an export, a number, a mail address, are passed over without a regex call)
    names = sum(1 for c in cells if (c[:1] in _NAME_CELL_OPENERS or not c[:1].isascii()) and (
        _NAME_CELL.fullmatch(c) and not c.isupper() or _CAPS_NAME_CELL.fullmatch(c) and " " in c))
    return names >= 2




#: A Dutch postcode (stdnum.nl.postcode: not SA, SD, SS).
POSTCODE_REGEX = r"(?<![\p{L}\d\-/.])[1-9]\d{3}[ \t]?(?!SA|SD|SS)\p{Lu}{2}(?![\p{L}\d])"
#: What may stand between a street + number and its postcode: a comma or a separator of a
#: one-line address ("Kerkstraat 1 | 1234 AB"), spaces, one line break.
ADDRESS_GAP = r"[ \t]*[,|•·\-]?[ \t]*(?:\r?\n[ \t]*)?"


# A field of code or data with its value: `"telefoonnummer": "+31 ..."` (JSON, a Python dict),
# `phone: '06-...'` (a JS object), `* address.postalCode = "1012 NX"` (FHIR shorthand),
# `<postalCode value="1012 NX"/>` (FHIR XML), `<phone>06-...</phone>` (XML). Matched only where
# a key word starts (see field_values), so the pattern runs a few times per text, not per character.
# Runs that cannot give back a character to what follows them are possessive (``{1,40}+``): a word
# of the key is followed by no word character, a run of [^<>] only by "<" or ">". Backtracking into
# them could never match, but cost up to 400 steps per place ("dossiernummer " a MB long: 3 s).
_FIELD = regex.compile(
    r"(?P<key>[\w\-]{1,40}+(?:\[[^\]\n]{0,10}\])?(?:\.[\w\-]{1,40}+(?:\[[^\]\n]{0,10}\])?){0,3})"
    # (a PHP or Ruby array writes "=>": 'employeecode' => 'E0002')
    r"(?:[\"']?[ \t]*(?:=>|[:=])[ \t]*(?P<q>[\"'])(?P<value>[^\"'\n]{1,80})(?P=q)"
    # (an XML element may carry other attributes before its value: <geboortedatum conceptId="..." value="19851228")
    r"|(?:\s++[\w:-]{1,40}+=\"[^\"\n]{0,120}\"){0,4}?\s++value[ \t]*=[ \t]*\"(?P<xvalue>[^\"\n]{1,80})\""
    r"|(?:[ \t\n][^<>]{0,400}+)?>(?P<tvalue>[^<\n]{1,80})</)"
)


def field_values(text: str, stems: tuple[str, ...], key: regex.Pattern) -> list[tuple[int, int]]:
    """Spans of the values of fields of code or data whose key ``key`` fully matches.

    Seed data, mock objects and FHIR examples name each value by its key instead of a word in a
    sentence ("phone: '+31 6 ...'"), out of reach of the words-before-the-value rules. The key is
    compared in lower case without underscores or hyphens ("postal_code" = "postalcode"); a key
    with a path (``address.postalCode``) is read by its last part, or with its path when the
    stem starts the path (``identifier[0].value`` reads as ``identifier.value``: the indexes go).
    Each place where a stem starts costs one short, bounded match: linear in the text.
    """
    return sorted({(s, e) for s, e, _ in field_spans(text, stems, key)})


def field_spans(text: str, stems: tuple[str, ...], key: regex.Pattern) -> list[tuple[int, int, str]]:
    """:func:`field_values` with how each value is written: ``"quoted"`` (``key: "v"``, ``'k' => 'v'``),
    ``"attribute"`` (``<key value="v"/>``) or ``"element"`` (``<key>v</key>``, also beside an attribute)."""
    lowered = _lowered(text)
    out = []
    for stem in stems:
        i = lowered.find(stem)
        while i >= 0:
            if i == 0 or not (lowered[i - 1].isalnum() or lowered[i - 1] in "_-"):
                m = _FIELD.match(text, i)
                if m and key.fullmatch(key_name(m.group("key"))):
                    g = "value" if m.group("value") is not None else "xvalue" if m.group("xvalue") is not None \
                        else "tvalue"
                    span = _trimmed(text, *m.span(g))
                    if span:
                        out.append((*span, _HOW[g]))
                    if g == "xvalue":
                        # the same value written out as the element's text: <geboortedatum value="19851228"
                        # xsi:type="TS">28 dec 1985</geboortedatum>
                        t = _ELEMENT_TEXT.match(text, m.end())
                        span = _trimmed(text, *t.span(1)) if t is not None else None
                        if span:
                            out.append((*span, "element"))
            i = lowered.find(stem, i + 1)
    return out


_HOW = {"value": "quoted", "xvalue": "attribute", "tvalue": "element"}


def _trimmed(text: str, s: int, e: int) -> tuple[int, int] | None:
    """``(s, e)`` without the white space at either end, or None when nothing else is left."""
    value = text[s:e]
    s, e = s + len(value) - len(value.lstrip()), e - len(value) + len(value.rstrip())
    return (s, e) if e > s else None


#: The text of an element right after the attribute that ``_FIELD`` read (its other attributes between).
_ELEMENT_TEXT = regex.compile(r"[^<>/]{0,400}>([^<\n]{1,80})</")


# The system of a FHIR ContactPoint (`* telecom[0].system = #phone`, `"system": "phone"`,
# `<system value="phone"/>`), the nearest one before its value.
_CONTACT_SYSTEM = regex.compile(r"(?i)\bsystem(?:\W{1,12}|[ \t]+value[ \t]*=[ \t]*\")"
                                r"#?(?P<system>phone|fax|email|sms|pager|url|other)\b")
_CONTACT_VALUE = regex.compile(r"(?:telecom\.)?value")


def contact_point_phones(text: str) -> list[tuple[int, int]]:
    """Spans of the values of FHIR ContactPoints whose system is phone or sms.

    A FHIR example gives a patient's number as ``telecom.value`` under ``telecom.system = #phone``:
    the system says it is a phone number, whatever its digits look like (a 9-digit "611234567"
    is no BSN there). Only in a text that has "telecom"; the system is looked for in the 400
    characters before each value.
    """
    if "telecom" not in _lowered(text):
        return []
    out = []
    for s, e in field_values(text, ("telecom", "value"), _CONTACT_VALUE):
        systems = list(_CONTACT_SYSTEM.finditer(text, max(0, s - 400), s))
        if systems and systems[-1].group("system").lower() in ("phone", "sms"):
            out.append((s, e))
    return out


#: The columns of an SQL INSERT (lower case, without "_") that make a row a person's: a first or
#: last name, a birth date, a BSN. A bare "name" is not enough: products and categories have one too.
_SQL_PERSON_COLUMN = regex.compile(r"(?:first|last|family|given|full|sur)name|voornaam|achternaam|roepnaam|"
                                   r"dob|birthdate|dateofbirth|geboortedatum|bsn")


def sql_cells(text: str, column: regex.Pattern, people: bool = False) -> list[tuple[int, int]]:
    """Spans of the quoted, non-empty values in the columns that ``column`` fully matches (lower
    case, without "_") of the SQL INSERTs; with ``people``, only of the tables whose rows are
    people's (see :data:`_SQL_PERSON_COLUMN`).

    Seed data of a client or patient table names what each value is only in its column list;
    a table of products, postcode areas or categories has no person's column.
    """
    if "insert" not in _lowered(text):
        return []
    out = []
    for columns, rows in sql_tables(text):
        lowered = [c.lower() for c in columns]
        if people and not any(_SQL_PERSON_COLUMN.fullmatch(c) for c in lowered):
            continue
        wanted = [k for k, c in enumerate(lowered) if column.fullmatch(c)]
        out.extend(row[k] for row in rows for k in wanted if k < len(row) and row[k][1] > row[k][0])
    return sorted(set(out))


# A literal with its alias in an SQL SELECT: `'1992-01-01' AS "birthdate"`, `'3565AA' AS
# "address[0].postalCode"` (a query that maps a test patient to FHIR). The value comes before its key.
_SQL_ALIAS = regex.compile(r"'(?P<value>[^'\n]{1,80})'[ \t]+(?i:as)[ \t]+[\"`]?(?P<key>[\w.\[\]\-]{1,80})")


def sql_alias_values(text: str, key: regex.Pattern) -> list[tuple[int, int]]:
    """Spans of the quoted literals of an SQL SELECT whose alias ``key`` fully matches (lower case,
    without "_" or "-", read by its last part: ``address[0].postalCode`` reads as ``postalcode``).
    Only in a text with a SELECT in its first 20,000 characters; each quote costs one short match."""
    if "select" not in _lowered(text)[:20_000]:
        return []
    out = []
    for m in _SQL_ALIAS.finditer(text):
        name = key_name(m.group("key")).rsplit(".", 1)[-1]
        value = m.group("value")
        if key.fullmatch(name) and value.strip():
            s = m.start("value") + len(value) - len(value.lstrip())
            out.append((s, s + len(value.strip())))
    return out


# Rows of SQL values pasted without their INSERT line: "(36, 'Edwin', 'Driessen', 'Berkenlaan', '11',
# '4285 SL', 'Woerden', 1),". Without column names the content of the columns says what they are.
_TUPLE_LINE = regex.compile(r"[ \t]*\((?=[^()\n]*'[^'\n]*'[^()\n]*\)[ \t]*[,;]?[ \t]*$)")
_CELL_POSTCODE = regex.compile(r"[1-9]\d{3}[ \t]?(?!SA|SD|SS)\p{Lu}{2}")
_CELL_STREET = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*[ \t]){0,3}\p{Lu}[\p{Ll}'’.-]{2,}")
_CELL_HOUSE_NUMBER = regex.compile(r"[1-9]\d{0,4}(?:[ \t-]?[a-zA-Z]{1,2})?")
CELL_NAME = regex.compile(r"(?:(?i:van|de|der|den|ter|ten|te|het|'t)[ \t]+)*"
                          r"\p{Lu}[\p{Ll}'’-]+(?:[ \t-]\p{Lu}[\p{Ll}'’-]+)?")


@lru_cache(maxsize=1)
def tuple_row_cells(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """POSTCODE, ADDRESS and PERSON spans in rows of SQL values pasted without their INSERT.

    Read only where at least two lines in a row are such tuples with the same number of cells
    and one column holds a Dutch postcode in every row, and a column of first names that the name
    lists know (most of its cells) is followed by a column of surnames: then the rows are people's
    addresses. The street and house number are the two columns before the postcode (a street name
    and a number in every row). Linear: each line is matched once."""
    out: dict[str, list[tuple[int, int]]] = {"POSTCODE": [], "ADDRESS": [], "PERSON": []}
    if "('" not in text and ", '" not in text:
        return {}
    from detectors.names import lexicon  # (the name lists, loaded once by the name finder too)

    runs: list[list[list[tuple[int, int]]]] = []
    run: list[list[tuple[int, int]]] = []
    pos, n = 0, len(text)
    for _ in range(MAX_TABLE_ROWS * 4):
        if pos > n:
            break
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        cells = None
        if nl - pos <= 4000 and _TUPLE_LINE.match(text, pos, nl):  # (a row is short: no scan of a long line)
            row = SQL_ROW.match(text, pos, nl)
            if row is not None:
                cells = row_cells(text, row.start(1), row.end(1), 40, double_quoted=False)
        if cells and (not run or len(run[0]) == len(cells)):
            run.append(cells)
        else:
            if len(run) >= 2:
                runs.append(run)
            run = [cells] if cells else []
        pos = nl + 1
    if len(run) >= 2:
        runs.append(run)
    lex = lexicon.load()

    def column(rows, k, rx):
        return all(rx.fullmatch(text, *r[k]) for r in rows)

    def mostly_first_names(rows, k):
        """More than half of the cells of column ``k`` are first names the lists know (counted only
        until that is settled either way)."""
        need = len(rows) // 2 + 1  # (firsts * 2 > len(rows))
        firsts, left = 0, len(rows)
        for r in rows:
            left -= 1
            if lex.get(text[r[k][0]:r[k][1]], 0) & lexicon.FIRST:
                firsts += 1
                if firsts >= need:
                    return True
            elif firsts + left < need:
                return False
        return False

    for rows in runs:
        width = len(rows[0])
        codes = [k for k in range(width) if rows[0][k][1] > rows[0][k][0] and column(rows, k, _CELL_POSTCODE)]
        if not codes:
            continue
        pc = codes[0]
        names = []
        for k in range(width - 1):
            if mostly_first_names(rows, k) and column(rows, k + 1, CELL_NAME):
                names = [r[j] for r in rows for j in (k, k + 1)]
                break
        if not names:
            continue  # postcode areas, branches, depots: no person in the rows
        out["PERSON"].extend(names)
        out["POSTCODE"].extend(r[pc] for r in rows)
        if pc >= 2 and column(rows, pc - 2, _CELL_STREET) and column(rows, pc - 1, _CELL_HOUSE_NUMBER):
            out["ADDRESS"].extend((r[pc - 2][0], r[pc - 1][1]) for r in rows)
    return {kind: tuple(spans) for kind, spans in out.items()}


textcache.per_text(tuple_row_cells.cache_clear)
