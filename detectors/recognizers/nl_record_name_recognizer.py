"""Names in the fields of a record: JSON, JavaScript objects, FHIR, YAML, key = value lines, and
the name columns of an SQL INSERT.

Exports, mock data, API examples and FHIR resources carry people's names as field values
(``"lastName": "Klaassen-Groen"``, ``name[0].family = "van der Sluijs"``, ``naam: 'Pieter de
Graaf'``). The key says what the value is; the value only has to look like a name (letters,
spaces, hyphens, apostrophes, particles), so that ``"name": "Gemeente Zwolle"`` or an e-mail
address is left alone.
"""
from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from detectors.names import lexicon
from detectors.recognizers.base import ReasonedPatternRecognizer
from detectors.recognizers.rules import (column_cells, field_spans, field_values, first_and_surname,
                                        sql_alias_values, sql_person_rows, sql_tables, tuple_row_cells)
from detectors.tables import PERSON_OR_CONTACT_FIELD, SCHEMA_ITEM_TYPE, PersonFields, pair_values

#: Keys of a name field, with or without quotes, before ':' or '='.
KEYS = (r"first_?name|last_?name|given_?name|family_?name|full_?name|sur_?name|middle_?name|display_?name|"
        r"voornaam|voornamen|achternaam|roepnaam|geslachtsnaam|tussenvoegsel|vnaam|anaam|naam|name|family|given")
#: A value that looks like a name: initials, particles, capitalised words; at most five words.
_PARTICLE_WORDS = ("van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "el", "al", "da", "dos", "du", "le",
                   "la", "von")
_PARTICLES = r"(?:" + "|".join(_PARTICLE_WORDS) + r")"
_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*"


def _value(word: str) -> str:
    """A value that looks like a name, made of ``word``s: initials, particles, at most five words."""
    return (r"(?:\p{Lu}\.[ \t]?)*(?:" + _PARTICLES + r"[ \t]+)*" + word
            + r"(?:[ \t]+(?:" + _PARTICLES + r"[ \t]+)*" + word + r"){0,4}")


_VALUE = _value(_WORD)
#: A surname as Nictiz's FHIR test persons carry it: "XXX_" before it ("Johan XXX_Helleman").
_VALUE_TEST = _value(r"(?:XXX_)?" + _WORD)
#: The display of a reference to a person in FHIR XML or JSON: <reference value="Patient/pat-77"/> ...
#: <display value="Anouk van Dalen"/>, "reference": "Practitioner/prac-3", "display": "Frank Wessels".
_PERSON_REF_DISPLAY = regex.compile(
    r'(?:<reference[ \t]+value="|"reference"[ \t]*:[ \t]*")(?:Patient|Practitioner|RelatedPerson)/[^"\s]{1,80}"'
    r'(?:[ \t]*/>)?(?:\s*<type[ \t]+value="\w{1,30}"[ \t]*/>)?\s*,?\s*'
    r'(?:<display[ \t]+value="|"display"[ \t]*:[ \t]*")(?P<v>' + _VALUE_TEST + r')"')
#: The same in FHIR Shorthand, where the display follows the reference in quotes:
#: ``* subject = Reference(http://example.org/Patient/patient-swart) "Fiona F XXX_Swart"`` (a middle initial may
#: stand without its full stop there).
_FSH_PERSON_REF_DISPLAY = regex.compile(
    r'Reference\([^()\s]{0,120}(?:[Pp]atient|Practitioner|RelatedPerson)[^()\s]{0,120}\)[ \t]+"(?P<v>'
    r"(?:\p{Lu}\.[ \t]?)*" + _WORD + r"(?:[ \t]+\p{Lu}\.?(?=[ \t]))*(?:[ \t]+(?:" + _PARTICLES + r"[ \t]+)*"
    r"(?:XXX_)?" + _WORD + r"){1,3})\"")

#: Words in a value that make it an organisation, a place or a placeholder rather than a person.
_NOT_A_PERSON = regex.compile(
    r"(?i)\b(?:gemeente|stichting|ministerie|provincie|bv|b\.v\.|nv|vereniging|team|afdeling|uwv|bank|"
    r"ziekenhuis|school|college|example|voorbeeld|test|onbekend|unknown|string|null|none|naam|name|"
    # a placeholder for the patient of an example: "Voorbeeldpatiënt", "Testcliënt"
    r"(?:voorbeeld|demo|test)(?:patiënt|patient|persoon|cliënt|client|gebruiker)\w*|patiënt|patient)\b")


class NlRecordNameRecognizer(ReasonedPatternRecognizer):
    """The value of a name field in structured data is a person's name."""

    ENTITY = "PERSON"
    # The pattern finds where a quoted value starts (':' or '=' and a quote); analyze() looks back
    # for a name key and reads the value (one regex over every position of a 10 MB text costs
    # half a second; a quoted value after ':' or '=' is rare in prose).
    PATTERNS = [Pattern("naamveld in een record", r"[:=][ \t]*[\"']", 0.85)]
    CONTEXT: list[str] = []
    REASON = "een naam in een veld van een bestand of record (zoals naam, voornaam, achternaam)"

    def __init__(self):
        super().__init__(name="NlRecordNameRecognizer", global_regex_flags=regex.M)
        self._value_start = regex.compile(self.PATTERNS[0].regex)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        out = []
        fields = PersonFields(text, PERSON_OR_CONTACT_FIELD)
        for sep in self._value_start.finditer(text):
            key = _key_before(text, sep.start())
            if not key:
                continue
            m = _VALUE_RX.match(text, sep.end())
            if m is None:
                # a name typed in lower case into a field that can only hold a person's name ("Voornaam": "jan")
                m = _LOWER_VALUE_RX.match(text, sep.end())
                if m is None or not _PERSON_KEY.search(key.group()) or not _known_in_lower_case(m.group()):
                    continue
            if _NOT_A_PERSON.search(m.group()) or _coded_display(text, key.start(), sep.start()):
                continue
            if _GENERIC_KEY.match(key.group()) and _ONE_WORD.fullmatch(m.group()):
                # "name": "Condition", "name": "Plakwacht": a general key names resources, products and
                # places too; one word there is a person's only when the lists know it as a name, and an ordinary
                # word that is no common name ("Man", "Zon", "Cliff") only beside another field of a person
                # ("voorletters", "email"; not a model's "Gewicht" or an icon's "type")
                flags = lexicon.load().get(m.group(), 0)
                if not flags & (lexicon.FIRST | lexicon.SURNAME) or flags & lexicon.PLACE or (
                        flags & lexicon.WORD and not flags & (lexicon.FIRST_COMMON | lexicon.SURNAME_COMMON) and
                        not fields.in_record(m.start())):
                    continue
            out.append(self.result(m.start(), m.end(), self.PATTERNS[0].score, final=True))
        for lo, hi in pair_values(text, _PERSON_KEY.fullmatch):
            # a name field given as a pair: {"descr": "geslachtsnaam", ..., "value": {"val": "Kowalczyk"}}
            if _VALUE_FULL.fullmatch(text, lo, hi) and not _NOT_A_PERSON.search(text, lo, hi):
                out.append(self.result(lo, hi, self.PATTERNS[0].score, final=True))
        if "INSERT" in text or "insert" in text:
            out.extend(self.result(s, e, self.PATTERNS[0].score, final=True) for s, e in _sql_names(text))
        out.extend(self.result(s, e, self.PATTERNS[0].score, self.REASON_ID, final=True) for s, e in _fhir_ids(text))
        for lo, hi in field_values(text, _ROLE_STEMS, _ROLE_KEY):
            # a field named after the person's role in a work order, a ticket or a case ("monteur": "Staphorsius R.",
            # "behandelaar": "Iris de Wit"): a name when its value reads as one and the lists know a word of it
            value = text[lo:hi]
            if (_VALUE_FULL.fullmatch(value) or _SURNAME_INITIALS.fullmatch(value)) and _a_known_name(value) \
                    and not _NOT_A_PERSON.search(value):
                out.append(self.result(lo, hi, self.PATTERNS[0].score, final=True))
        if "display" in text:
            for m in _PERSON_REF_DISPLAY.finditer(text):
                if not _NOT_A_PERSON.search(m.group("v")):
                    out.append(self.result(*m.span("v"), self.PATTERNS[0].score, final=True))
        if "Reference(" in text:
            for m in _FSH_PERSON_REF_DISPLAY.finditer(text):
                if not _NOT_A_PERSON.search(m.group("v")):
                    out.append(self.result(*m.span("v"), self.PATTERNS[0].score, final=True))
        if "valueString" in text:
            for m in _FAMILY_PART.finditer(text):
                # the parts of a Dutch surname in FHIR (nl-core: own name, partner name) as extensions
                v = _VALUE_RX.match(text, m.end())
                if v is not None and not _NOT_A_PERSON.search(v.group()):
                    out.append(self.result(v.start(), v.end(), self.PATTERNS[0].score, final=True))
        if "=" in text:
            seen = {(r.start, r.end) for r in out}
            for m in _NAME_COMPARED.finditer(text):
                # a query or a filter that looks a person up by name: WHERE name_family = 'Lit' AND 'Colin' =
                # ANY(name_given), .filter(last_name="Jansen") (an assignment the field rule above found stays one)
                s, e = m.span("v") if m.group("v") is not None else m.span("w")
                if (s, e) not in seen and _VALUE_FULL.fullmatch(text, s, e) and not _NOT_A_PERSON.search(text, s, e):
                    out.append(self.result(s, e, self.PATTERNS[0].score, final=True))
        for s, e in sql_alias_values(text, _NAME_ALIAS):
            # a test patient's name mapped to FHIR in a SELECT: 'Hetterscheid' AS "name[0].family"
            if _VALUE_FULL.fullmatch(text, s, e) and not _NOT_A_PERSON.search(text, s, e):
                out.append(self.result(s, e, self.PATTERNS[0].score, final=True))
        if "</" in text or "value=" in text:
            # an XML record: <achternaam>Bosman</achternaam>, <naam_vrouw ...>van den Brink</naam_vrouw>, and FHIR
            # XML's name parts as attributes: <family value="Verhoef"/>, <given value="Lotte"/>
            for s, e, how in field_spans(text, _XML_STEMS, _XML_NAME_KEY):
                if how == "quoted" or not _VALUE_TEST_FULL.fullmatch(text, s, e) or _NOT_A_PERSON.search(text, s, e):
                    continue
                if _XML_GENERIC.fullmatch(_element_before(text, s)) and not _a_known_name(text[s:e]):
                    continue  # <naam> of a product or a team: only a value the name lists know
                out.append(self.result(s, e, self.PATTERNS[0].score, final=True))
            for m in _MICRODATA_NAME.finditer(text) if "itemprop" in text else ():
                # a web page's markup that says it names a person: schema.org's givenName and familyName, or the
                # name of an item whose type is Person (an organisation's or a product's name is left alone)
                s, e = m.span("v")
                if m.group("k") == "name" and _last_item_type(text, m.start()) not in _PERSON_TYPES:
                    continue
                if _VALUE_FULL.fullmatch(text, s, e) and not _NOT_A_PERSON.search(text, s, e):
                    out.append(self.result(s, e, self.PATTERNS[0].score, final=True))
        out.extend(self.result(s, e, self.PATTERNS[0].score, final=True)
                   for s, e in tuple_row_cells(text).get("PERSON", ()))
        out.extend(self.result(s, e, self.PATTERNS[0].score, final=True) for s, e in _bare_row_names(text))
        taken = {(r.start, r.end) for r in out}
        for s, e in column_cells(text, _PERSON_COLUMN_STEMS, _PERSON_COLUMN):
            # a CSV or pasted table with a first-name or surname column ("voornaam,achternaam,email")
            value = text[s:e].strip(" \t\"'")
            if _name_beside_counts(text, s, e):
                continue
            if (s, e) not in taken and value and _VALUE_FULL.fullmatch(value) and not _NOT_A_PERSON.search(value):
                s += text[s:e].find(value)
                out.append(self.result(s, s + len(value), self.PATTERNS[0].score, final=True))
        return out

    REASON_ID = "een naam in de id van een patiënt of zorgverlener in een FHIR-bestand"


_NAME_COLUMN = regex.compile(r"(?i)(?:" + KEYS + r")")
#: The header of a column of a person's names in a pasted table or CSV file (not a bare "naam":
#: products and teams have one too).
#: A part of a surname in FHIR Shorthand: `name[0].family.extension[=].valueString = "Putten"`.
_FAMILY_PART = regex.compile(r"family\.extension(?:\[[^\]\n]{0,12}\])?\.valueString[ \t]*=[ \t]*\"")
#: The alias of a person's name in an SQL SELECT (read by its last part, lower case, without "_").
_NAME_ALIAS = regex.compile(r"(?:first|last|given|family|full|sur)name|voornaam|voornamen|achternaam|roepnaam|"
                            r"geslachtsnaam|family|given")
#: A person's name compared with a name field in a query or a filter: "name_family = 'Lit'", "'Colin' =
#: ANY(name_given)", "last_name == \"Jansen\"" (value in group v or w).
_NAME_FIELD = (r"(?:name_(?:family|given)|(?:first|last|given|family|sur)_?names?|voorna(?:am|men)|achternaam|roepnaam|"
               r"geslachtsnaam)")
_NAME_COMPARED = regex.compile(r"(?i)\b(?:\w+\.)?" + _NAME_FIELD +
                               r"[ \t]*==?[ \t]*(?P<q>['\"])(?P<v>[^'\"\n]{1,40})(?P=q)"
                               r"|(?P<p>['\"])(?P<w>[^'\"\n]{1,40})(?P=p)[ \t]*=[ \t]*any[ \t]*\([ \t]*(?:\w+\.)?"
                               + _NAME_FIELD + r"[ \t]*\)")
_PERSON_COLUMN_STEMS = ("voornaam", "voornamen", "achternaam", "roepnaam", "geslachtsnaam", "familienaam", "first",
                        "last", "given", "family", "sur")
# ("familienaam": the Flemish word for a surname)
_PERSON_COLUMN = regex.compile(r"(?i)voornaam|voornamen|achternaam|roepnaam|geslachtsnaam|familienaam|"
                               r"(?:first|last|given|family|sur)[ _]?name")


#: Elements of a person's name in an XML record (compared in lower case without "_" or "-"): "naam_vrouw" of a
#: perinatal message, "geslachtsnaam" of a StUF message.
#: (Suwinet, the data exchange of UWV and the municipalities, calls the surname "SignificantDeelVanDeAchternaam")
_XML_STEMS = ("naam", "significantdeel", *_PERSON_COLUMN_STEMS)
_XML_NAME_KEY = regex.compile(r"(?:voornaam|voornamen|achternaam|roepnaam|geslachtsnaam|familienaam)\w{0,12}|"
                              r"significantdeelvandeachternaam|"
                              r"naam(?:vrouw|man|moeder|vader|kind|partner|client|cliënt|patient|patiënt|persoon|"
                              r"werknemer|aanvrager|betrokkene)?|(?:first|last|given|family|sur)name|given|family")
#: An element that names anything ("naam" of a product or a team): one word there needs the name lists.
_XML_GENERIC = regex.compile(r"(?i)naam|name")


#: A name in schema.org microdata: <span itemprop="givenName">Sietske</span>, <h2 itemprop="name">Kerem Doğan</h2>.
_MICRODATA_NAME = regex.compile(r"""itemprop=["'](?P<k>givenName|familyName|additionalName|name)["'][^<>]{0,200}>"""
                                r"(?P<v>[^<>\n]{1,60})<")
_PERSON_TYPES = ("Person", "Patient")
#: How far before a name its item's type is looked for.
_ITEM_TYPE_REACH = 600


def _last_item_type(text: str, at: int) -> str:
    """The type of the last item opened before ``at`` in microdata ("Person", "Organization"), or ""."""
    last = ""
    for m in SCHEMA_ITEM_TYPE.finditer(text, max(0, at - _ITEM_TYPE_REACH), at):
        last = m.group(1)
    return last


#: Keys that name a person by a role in a work order, a ticket or a case (lower case, without "_" or "-").
_ROLE_KEY = regex.compile(r"behandelaar|monteur|contactpersoon|aanvrager|melder|casemanager|klantmanager|consulent|"
                          r"werkcoach|assignee|assignedto|reporter|technician|createdby|updatedby|modifiedby")
_ROLE_STEMS = ("behandelaar", "monteur", "contactpersoon", "aanvrager", "melder", "casemanager", "klantmanager",
               "consulent", "werkcoach", "assign", "reporter", "technician", "created", "updated", "modified")
#: A surname followed by its initials, as a planning system lists its staff: "Staphorsius R.", "Bakker J.P."
_SURNAME_INITIALS = regex.compile(r"(?:" + _PARTICLES + r"[ \t]+)*" + _WORD + r"(?:[ \t]+\p{Lu}\.){1,4}")


def _a_known_name(value: str) -> bool:
    """Whether a word of ``value`` is a first name or a surname the lists know (and no place)."""
    names = lexicon.load()
    return any((f := names.get(w, 0)) & (lexicon.FIRST | lexicon.SURNAME) and not f & lexicon.PLACE
               for w in value.split() if w[:1].isupper())


_ELEMENT_OPEN = regex.compile(r"<([\w:-]{1,60})")
#: An initial in a FHIR id slug ("A-P-Otheeker").
_SLUG_INITIAL = regex.compile(r"(?:^|-)\p{Lu}-")


def _element_before(text: str, s: int) -> str:
    """The name of the element whose text starts at ``s`` ("<naam_vrouw a=\"1\">" -> "naam_vrouw")."""
    lt = text.rfind("<", max(0, s - 300), s)
    m = _ELEMENT_OPEN.match(text[lt:s]) if lt >= 0 else None
    return m.group(1).split(":")[-1] if m else ""


def _name_beside_counts(text: str, s: int, e: int) -> bool:
    """A name with only numbers beside it on its row ("| 3 | Peeters | 31.020 |"): a statistic of names
    (the most common surnames, the year's baby names), no list of people."""
    lo = text.rfind("\n", 0, s) + 1
    hi = text.find("\n", e)
    rest = text[lo:s] + text[e:hi if hi >= 0 else len(text)]
    return any(ch.isdigit() for ch in rest) and not any(ch.isalpha() for ch in rest)


def _sql_names(text: str):
    """``(start, end)`` of each value in a name column of an SQL INSERT that looks like a name."""
    for columns, rows in sql_tables(text):
        wanted = [i for i, c in enumerate(columns) if _NAME_COLUMN.fullmatch(c)]
        for row in rows if wanted else ():
            for i in wanted:
                if i < len(row):
                    s, e = row[i]
                    value = text[s:e]
                    if value and _VALUE_FULL.fullmatch(value) and not _NOT_A_PERSON.search(value):
                        yield s, e


#: The key of a name field right before it (quotes and an index allowed: "lastName", name[0].family).
#: (FHIR Shorthand also indexes by "[+]", the next item, and "[=]", the same one: name.given[+] = "Jan")
#: (and in FHIR Shorthand the name of the patient a resource is about: `* subject.display = "Wolkersz"`)
_KEY_BEFORE = regex.compile(r"(?i)(?<![\w])(?:" + KEYS + r"|(?:subject|patient)\.display)[\"']?(?:\[(?:\d+|\+|=)\])?"
                            r"[ \t]*$")
#: What every key of _KEY_BEFORE ends with, in lower case (KEYS and "subject.display", "patient.display").
_KEY_ENDINGS = ("name", "naam", "namen", "tussenvoegsel", "family", "given", "display")
#: The longest key of _KEY_BEFORE ("subject.display").
_KEY_LONGEST = 15


def _key_before(text: str, at: int):
    """``_KEY_BEFORE.search(text, max(0, at - 48), at)``, tried only where its key can start.

    A match ends at ``at`` (or before a line break there) with its key, an optional quote, an optional index and spaces
    or tabs; stripped of those from the end (white space, then an index, then a quote), an ASCII window ends with the
    key, in lower case one of :data:`_KEY_ENDINGS`; without one there is no match, and with one every match starts at
    most :data:`_KEY_LONGEST` characters before that end (the look-behind reads the real text before a search's start).
    A window with any other character is searched whole, as before (``(?i)`` matches "ſ" to "s", "K" to "k").
    Each value of an export asked this of its 48 characters (tests/detectors/test_speed24_equivalence.py)."""
    lo = max(0, at - 48)
    window = text[lo:at]
    if not window.isascii():
        return _KEY_BEFORE.search(text, lo, at)
    end = window.rstrip(" \t\n")
    if end.endswith("]"):
        end = end[:end.rfind("[")]
    if end.endswith(("'", '"')):
        end = end[:-1]
    if not end.lower().endswith(_KEY_ENDINGS):
        return None
    return _KEY_BEFORE.search(text, max(lo, lo + len(end) - _KEY_LONGEST), at)


#: Keys that hold only a person's name (not "name", "naam", "display": products, teams and places have those too).
_PERSON_KEY = regex.compile(r"(?i)(?:first|last|given|family|sur|middle)_?name|voornaam|voornamen|achternaam|roepnaam|"
                            r"geslachtsnaam|familienaam")
#: A value in lower case: at most four words, particles between, closed by its quote.
_LOWER_WORD = r"\p{Ll}[\p{Ll}'’]{1,30}(?:-\p{Ll}[\p{Ll}'’]{1,30})?"
_LOWER_VALUE_RX = regex.compile(_LOWER_WORD + r"(?:[ \t]+" + _LOWER_WORD + r"){0,3}(?=[\"'])")


#: Cells of a row without column names: initials ("A.", "J.P."), one capitalised word, a mail box with an initial before
#: its surname ("A.Morin@...": the surname "Morin").
_INITIALS_CELL = regex.compile(r"(?:\p{Lu}\.){1,4}")
_ONE_NAME_CELL = regex.compile(r"\p{Lu}\p{Ll}[\p{Ll}'’-]{0,30}")
_MAIL_SURNAME = regex.compile(r"(?:\p{Lu}\.){1,4}(\p{Lu}\p{Ll}[\p{Ll}'’-]{0,30})@")


def _bare_row_names(text: str) -> list[tuple[int, int]]:
    """The names in a person's row of SQL values without column names (``rules.sql_person_row``: a valid BSN or a
    known first name before a surname): that first name and surname; the first name in the cell after the initials
    ("'A.', 'Alexandria'") and the surname that the row's mail box spells after the initial ("'A.Morin@voorbeeld.nl',
    ..., 'Morin'"). A row of departments has initials and words too, but no BSN and no first name before a
    surname."""
    out = []
    for cells in sql_person_rows(text):
        values = [v for _, _, v in cells]
        if not any(_INITIALS_CELL.fullmatch(v) for v in values):
            # the first name and surname that made the row a person's ("'Tom', 'de Boer'")
            k = first_and_surname(values)
            if k is not None:
                out += [cells[k][:2], cells[k + 1][:2]]
            continue
        surnames = {m.group(1) for v in values if "@" in v for m in (_MAIL_SURNAME.match(v),) if m}
        for k, (a, b, v) in enumerate(cells):
            if not _ONE_NAME_CELL.fullmatch(v):
                continue
            if v in surnames or k and _INITIALS_CELL.fullmatch(cells[k - 1][2]):
                out.append((a, b))
    return out


def _known_in_lower_case(value: str) -> bool:
    """Every word of ``value`` that is no particle is, capitalised, a first name or a surname the lists know, and a
    place or an ordinary word only when it is a common name too ("jan", "de vries"; not "onbekend", "test",
    "amsterdam")."""
    names = lexicon.load()
    words = [w for w in value.split() if w not in _PARTICLE_WORDS]
    for w in words:
        f = names.get(w[:1].upper() + w[1:], 0)
        if not f & (lexicon.FIRST | lexicon.SURNAME) or (
                f & (lexicon.PLACE | lexicon.WORD) and not f & (lexicon.FIRST_COMMON | lexicon.SURNAME_COMMON)):
            return False
    return bool(words)


#: A code or a value written before the key in the same XML tag: <etniciteit value="14" displayName="...">.
_CODE_BEFORE = regex.compile(r"[ \t](?:code|value)=\"")


def _coded_display(text: str, key_start: int, sep_start: int) -> bool:
    """Whether the key at ``key_start`` is the ``displayName`` attribute of a coded value in HL7 or ADA XML
    (``<code code="38341003" codeSystem="..." displayName="Hypertensie"/>``): it shows what a code means, never
    who someone is. (A JSON "displayName" of a user holds a name, and so may an XML tag with no code in it.)"""
    if text[sep_start] != "=" or text[key_start:sep_start].lower() != "displayname":
        return False
    lt = text.rfind("<", max(0, key_start - 400), key_start)
    return lt >= 0 and text.find(">", lt, key_start) < 0 and _CODE_BEFORE.search(text, lt, key_start) is not None


#: Keys that name anything, not only people, and a value of one word without initials.
_GENERIC_KEY = regex.compile(r"(?i)(?:name|naam|display_?name|full_?name)\b")
_ONE_WORD = regex.compile(_WORD)
#: The value, closed by its quote.
_VALUE_RX = regex.compile(_VALUE + r"(?=[\"'])")
_VALUE_FULL = regex.compile(_VALUE)
_VALUE_TEST_FULL = regex.compile(_VALUE_TEST)


#: Signs of a FHIR resource or profile example (FHIR Shorthand, JSON or XML).
_FHIR_SIGNS = ("Instance:", "InstanceOf:", "Reference(", "resourceType", "<reference value=")
#: The id of a person's resource named after that person, as FHIR examples do: "Patient-H-de-Boer",
#: "Practitioner-Manu-van-Weel", "RelatedPerson-Kees-Groot": the words of the name joined by hyphens.
#: (A CamelCase id, "Patient-HendrikHartman", is left alone: it ends in a word boundary nowhere.)
_FHIR_ID = regex.compile(
    r"(?:Patient|Practitioner|RelatedPerson|ContactPerson|CareTeam)-"
    r"(?P<slug>(?:(?:\p{Lu}|" + _PARTICLES + r")-)*\p{Lu}\p{Ll}+"
    r"(?:-(?:(?:\p{Lu}|" + _PARTICLES + r")-)*\p{Lu}\p{Ll}+){0,3})"
    r"(?![\p{L}\d])")
_SLUG_WORD = regex.compile(r"\p{Lu}\p{Ll}+")


def _fhir_ids(text: str):
    """``(start, end)`` of the person's name in the ids of FHIR examples (see :data:`_FHIR_ID`).

    Only in a text with a sign of FHIR in its first 20,000 characters. Every word of the name must
    be a first name or a surname the lists know (one that is also a word only as a common name: "Groot",
    "Kees"), or follow initials ("A-P-Otheeker");
    "Patient-Example", "PatientConsent" and "Practitioner-Huisarts" are no names."""
    head = text[:20_000]
    if not any(sign in head for sign in _FHIR_SIGNS):
        return
    lex = lexicon.load()
    for m in _FHIR_ID.finditer(text):
        slug = m.group("slug")
        words = _SLUG_WORD.findall(slug)
        if not words or _NOT_A_PERSON.search(" ".join(words)):
            continue
        initials = _SLUG_INITIAL.search(slug) is not None  # "A-P-Otheeker": any surname after initials
        ok = True
        for w in words:
            f = lex.get(w, 0)
            if f & lexicon.WORD and not f & (lexicon.SURNAME_COMMON | lexicon.FIRST_COMMON):
                ok = False  # "PatientConsent": a word that is a rare surname too
            elif not f & (lexicon.FIRST | lexicon.SURNAME) and not (initials and not f):
                ok = False
            if not ok:
                break
        if ok:
            yield m.span("slug")
