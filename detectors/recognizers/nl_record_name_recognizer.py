"""Names in the fields of a record: JSON, JavaScript objects, FHIR, YAML or key = value lines.

Exports, mock data, API examples and FHIR resources carry people's names as field values
(``"lastName": "Klaassen-Groen"``, ``name[0].family = "van der Sluijs"``, ``naam: 'Pieter de
Graaf'``). The key says what the value is; the value only has to look like a name (letters,
spaces, hyphens, apostrophes, particles), so that ``"name": "Gemeente Zwolle"`` or an e-mail
address is left alone.
"""
from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from detectors.recognizers.base import ReasonedPatternRecognizer

#: Keys of a name field, with or without quotes, before ':' or '='.
KEYS = (r"first_?name|last_?name|given_?name|family_?name|full_?name|sur_?name|middle_?name|display_?name|"
        r"voornaam|voornamen|achternaam|roepnaam|geslachtsnaam|tussenvoegsel|naam|name|family|given")
#: A value that looks like a name: initials, particles, capitalised words; at most five words.
_PARTICLES = r"(?:van|de|der|den|ten|ter|te|het|'t|el|al|da|dos|du|le|la|von)"
_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*"
_VALUE = (r"(?:\p{Lu}\.[ \t]?)*(?:" + _PARTICLES + r"[ \t]+)*" + _WORD
          + r"(?:[ \t]+(?:" + _PARTICLES + r"[ \t]+)*" + _WORD + r"){0,4}")
#: Words in a value that make it an organisation, a place or a placeholder rather than a person.
_NOT_A_PERSON = regex.compile(
    r"(?i)\b(?:gemeente|stichting|ministerie|provincie|bv|b\.v\.|nv|vereniging|team|afdeling|uwv|bank|"
    r"ziekenhuis|school|college|example|voorbeeld|test|onbekend|unknown|string|null|none|naam|name)\b")


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
        for sep in self._value_start.finditer(text):
            if not _KEY_BEFORE.search(text, max(0, sep.start() - 48), sep.start()):
                continue
            m = _VALUE_RX.match(text, sep.end())
            if m is None or _NOT_A_PERSON.search(m.group()):
                continue
            out.append(self.result(m.start(), m.end(), self.PATTERNS[0].score, final=True))
        return out


#: The key of a name field right before it (quotes and an index allowed: "lastName", name[0].family).
_KEY_BEFORE = regex.compile(r"(?i)(?<![\w])(?:" + KEYS + r")[\"']?(?:\[\d+\])?[ \t]*$")
#: The value, closed by its quote.
_VALUE_RX = regex.compile(_VALUE + r"(?=[\"'])")
