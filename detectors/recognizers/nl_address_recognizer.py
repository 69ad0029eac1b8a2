"""Dutch street addresses (street + house number + toevoeging) of a person or a small business.

A street and a number alone say little ("Kerstmarkt 2025", "het gemeentehuis aan het
Raadhuisplein 1"). What makes it someone's address is the evidence around it:

- a postcode right after it (an address block: ``Kerkstraat 12, 1234 AB Plaats``);
- a word that ties it to a person just before it (``adres:``, ``woont aan``, ``verhuisd naar``);
- a line with a person's name right above it (the top of a letter, a signature);
- an "Adres" column in a pasted table.

And what makes it *not* personal: a public body or its building just before it (``UWV``,
``Ministerie van ...``, ``Bezoekadres``, ``stadhuis``), or a text that looks published (a
Kamerbrief, a press release) where nothing ties the address to a person. A ``Postbus`` is
never a street address, and an example ("bijvoorbeeld Kerkstraat 1") is nobody's.

The rules it shares with the other context recognizers live in ``detectors.recognizers.rules``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex
from presidio_analyzer import Pattern

from detectors import textcache
from detectors.regexgate import TextGate
from detectors.recognizers.base import ReasonedPatternRecognizer
from detectors.recognizers.rules import (
    ADDRESS_GAP,
    POSTCODE_REGEX,
    adjacent_cells,
    column_cells,
    field_values,
    is_example,
    line_before,
    looks_public,
    lowered,
    previous_lines,
    tuple_row_cells,
)

# --------------------------------------------------------------------------------------------
# Street + number
# --------------------------------------------------------------------------------------------

#: Common endings of Dutch street names (lower case).
STREET_SUFFIXES: tuple[str, ...] = (
    "straat", "straatje", "steeg", "stegel", "weg", "laan", "laantje", "plein", "pleintje",
    "gracht", "kade", "singel", "dijk", "dyk", "hof", "park", "dreef", "pad", "paadje", "markt",
    "baan", "erf", "plantsoen", "wal", "burg", "boulevard", "allee", "dam", "dwarsweg",
    "haven", "werf", "vaart", "kanaal", "brink", "poort", "boog", "kamp", "weide",
    "wei", "gaarde", "hoven", "hove", "tuin", "tuinen", "rade", "stede", "veld",
    "velden", "zoom", "meent", "lei", "promenade", "passage", "galerij", "hoek", "heuvel",
    "rijn", "berg", "horst", "donk", "esch", "hout",
    # the abbreviation of straat in registers and exports ("Jacob van Campenstr 15", "Kerkstr. 3")
    "str",
)
_SUFFIX_ALT = "|".join(sorted(set(STREET_SUFFIXES), key=len, reverse=True))

# A word of a street name: capitalised, may hold hyphens/apostrophes ('s-Gravendijkwal).
_CAP_WORD = r"(?:['’]s-)?\p{Lu}[\p{L}'’.\-]{0,40}+"
# Lower-case particles that occur inside multiword street names.
_PARTICLE = r"(?:van|de|der|den|het|'t|’t|ter|ten|te|op|aan|in|bij|la|le|du|des|da|di|del|von|tot)"
# Capitalised words that start a sentence or a label rather than a street name.
_NOT_STREET_START = (
    r"(?!(?:Op|In|Aan|Naar|Een|Mijn|Ons|Onze|Uw|Zijn|Haar|Hun|Adres|Woonadres|Bij|Per|Tot|Via|"
    r"Vanaf|Sinds|Naam|Woonachtig|Betrokkene|Cliënt|Client|Klant|Dhr|Mevr|Mw|Ik|Wij|We|Hij|Zij|"
    r"Ze|Dat|Die|Deze|Dit|En|Of|Maar|Om|Tel|Telefoon|Postbus|Antwoordnummer|Address|Bezoekadres|"
    r"Postadres|Vestigingsadres|Correspondentieadres|Nieuw|Oud|Nieuwe|Oude(?=[ \t]+(?:adres)))\b)"
)
# A word ending in a street suffix (possessive word, then the suffix is checked behind it).
_SUFFIX_WORD = r"(?:['’]s-)?\p{Lu}[\p{L}'’\-]{1,40}+(?<=(?i:" + _SUFFIX_ALT + r"))(?:(?<=(?i:str))\.)?"
# Head words of names like "Laan van Meerdervoort", "Plein 1813", "Kade aan de Vaart".
_HEAD_WORD = r"(?:Laan|Plein|Kade|Weg|Singel|Gracht|Dreef|Hof|Park|Dijk|Straat|Markt|Burgwal|Wal)"

# ("\b" after the first letter, as "(?<!\w.)": a pattern that opens with the letter it consumes lets ``re`` skip
# to the next such letter in C; tests/detectors/test_regex_first_char.py compares it with "\b" + _HEAD_WORD)
_HEAD_WORD_RX = re.compile(r"(?:L(?<!\w.)aan|P(?<!\w.)(?:lein|ark)|K(?<!\w.)ade|W(?<!\w.)(?:eg|al)"
                           r"|S(?<!\w.)(?:ingel|traat)|G(?<!\w.)racht|D(?<!\w.)(?:reef|ijk)|H(?<!\w.)of|M(?<!\w.)arkt|"
                           r"B(?<!\w.)urgwal)[ \t]")
#: A character that no street match (STREET_SUFFIX_REGEX, STREET_HEAD_REGEX) consumes ("\d" of ``regex`` is
#: "\p{Nd}"): every match lies in one run of the others (see _street_matches)...
_NOT_STREET_CHAR = regex.compile(r"[^\p{L}\p{Nd}'’.\-/ \t]")
_NOT_STREET_CHAR_BACK = regex.compile(r"(?r)[^\p{L}\p{Nd}'’.\-/ \t]")  # (searched backwards: the last one)
#: ...and its look-aheads read no more than this many characters past the run (two are needed: ",1").
_STREET_LOOKAHEAD = 8
# A space and a digit 1-9: where a house number may start (plain ``re``: fastest for this;
# one space, no quantifier, so a run of 50,000 spaces costs nothing).
_SPACE_DIGIT = re.compile(r"[ \t](?=[1-9])")

#: House number plus an optional toevoeging (12a, 12-II, 12 bis, 12 hs, 12-3, 21 A, 214-C, 25/A).
HOUSE_NUMBER = (
    r"[1-9]\d{0,4}(?!\d|[.,:]\d|%|[-/.]\d{1,2}[-/.]\d)"
    r"(?:"
    r"[ \t]?-?[ \t]?(?:(?i:bis|hs|huis|bg|bgg|bel|rd|zw|boven|beneden|hoog)|I{1,3}|IV|VI{0,3})"
    r"(?![\p{L}\d])"
    r"|[ \t]?-[ \t]?\d{1,4}(?![\p{L}\d\-/]|[.,]\d)"
    # after a slash: "25/A", "12/3" (not a date: "12/3/2024" is kept out above)
    r"|/(?:\d{1,3}|\p{L})(?![\p{L}\d\-/]|[.,]\d)"
    r"|-?\p{L}(?![\p{L}\d.])"
    r"|[ \t]\p{Lu}(?![\p{L}\d.\-])"
    # a lower-case letter after a space, then a comma: "Schoolstraat 41 b, 5611 AB"
    r"|[ \t]\p{Ll}(?=[ \t]*,)"
    r")?"
)

#: What a street match opens with: the digit of an ordinal, the apostrophe of "'s-" or a capital (see
#: STREET_SUFFIX_REGEX). Looked ahead for before _NOT_STREET_START, whose alternation of some fifty words was
#: otherwise tried at every position after a space or a separator (a third of the pattern's time in a CSV export).
_STREET_FIRST = r"(?=[1-9'’\p{Lu}])"
# Single-suffix streets ("Vlierstraat") and multiword ones ("Van Limburg Stirumstraat",
# "Burgemeester de Withstraat", "Oude Gracht").
STREET_SUFFIX_REGEX = (
    r"(?<![\p{L}\d'’\-])" + _STREET_FIRST + _NOT_STREET_START
    # an ordinal before the name: "1e Jacob van Campenstraat", "2e Hugo de Grootstraat"
    + r"(?:[1-9]e[ \t]+)?"
    + r"(?:" + _CAP_WORD + r"[ \t]+(?:(?:" + _CAP_WORD + r"|" + _PARTICLE + r")[ \t]+){0,3})?"
    + _SUFFIX_WORD + r" +" + HOUSE_NUMBER
)
# Head-first streets: "Laan van Nieuw Oost-Indië 214-C", "Laan van Meerdervoort 52".
STREET_HEAD_REGEX = (
    r"(?<![\p{L}\d'’\-])(?:Oude[ \t]+|Nieuwe[ \t]+|Lange[ \t]+|Korte[ \t]+)?" + _HEAD_WORD
    + r"[ \t]+" + _PARTICLE + r"(?:[ \t]+(?:" + _CAP_WORD + r"|" + _PARTICLE + r")){1,4}[ \t]+"
    + HOUSE_NUMBER
)
# The header of an address column in a pasted table, and the street + number in its cells.
_ADDRESS_HEADER_STEMS = ("adres", "woonadres", "postadres", "straat", "address", "street")
_ADDRESS_HEADER = regex.compile(
    r"(?i)(?:woon|huis|correspondentie|vestigings|privé|prive)?[ -]?adres|straat(?:[ \t]*(?:\+|en|&)"
    r"[ \t]*huisnummer)?|(?:home[ \t]+|street[ \t]+)?address|street"
)
_CELL_STREET = regex.compile(
    _NOT_STREET_START + _CAP_WORD + r"(?:[ \t]+(?:" + _CAP_WORD + r"|" + _PARTICLE + r")){0,4}[ \t]+"
    + HOUSE_NUMBER
)
# A street column followed by a house-number column (a CSV export, an SQL dump): the street name
# alone in its cell, the number alone in the next one.
_NUMBER_HEADER = regex.compile(r"(?i)huis(?:nummer|nr\.?)|nummer|nr\.?|house[ \t]?number|number|housenumber")
_CELL_STREET_NAME = regex.compile(
    _NOT_STREET_START + _CAP_WORD + r"(?:[ \t]+(?:" + _CAP_WORD + r"|" + _PARTICLE + r")){0,4}")
_CELL_NUMBER = regex.compile(HOUSE_NUMBER)
#: The key of a field of data that holds a street and number (FHIR's address "line", seed data's "straat" or
#: "woonadres"), compared the way ``rules.field_values`` compares keys: lower case, no "_" or "-", no indexes.
_STREET_FIELD_STEMS = ("line", "street", "straat", "adres", "address", "woonadres", "addressline")
_STREET_FIELD_KEY = regex.compile(r"(?:address\.)?(?:line|addressline\d?|street(?:address)?|straat|(?:woon)?adres|"
                                  r"address)")
#: The value of such a field: a street (which may open with an ordinal: "1e Jacob van Campenstr") and a number.
_FIELD_STREET = regex.compile(r"(?:[1-9]\d?e[ \t]+)?" + _CELL_STREET.pattern)
#: How far above a bare "line" key its "address" may stand: a Nictiz example puts an extension of a few lines
#: between them; any other "line" of code is no address.
_LINE_REACH = 800
# Any capitalised street name (Rokin, Dam, Spui) right after an address label.
#: The label before an address: "adres:", "woont op", "straat en huisnummer:".
_ADDRESS_LABEL = (
    r"(?i:\b(?:(?:woon|huis|correspondentie|vestigings|verblijfs|inschrijvings|privé|prive|"
    r"mijn|ons|nieuwe|oude|zijn|haar|het)?[ \t-]?(?:adres|address)"
    r"|straat(?:naam)?(?:[ \t]*(?:en|\+|&)[ \t]*huisnummer)?(?=[ \t]*:)"
    r"|(?:woon|woont|wonen|wonend|wonende|woonde|woonachtig)(?:[ \t]+nu)?[ \t]+(?:op|aan)(?:[ \t]+(?:de|het))?))"
    r"(?:[ \t]+(?:is|was|wordt|luidt|:))?[ \t]*:?[ \t]*"
)
_LABELLED_STREET = regex.compile(
    _ADDRESS_LABEL
    + r"(?P<street>" + _NOT_STREET_START + _CAP_WORD
    + r"(?:[ \t]+(?:" + _CAP_WORD + r"|" + _PARTICLE + r")){0,4}[ \t]+" + HOUSE_NUMBER + r")",
    regex.M,
)
# The house number before the street, in the English order that texts written in English or by
# translation tools use: "Ze woont op 101 Beukenlaan", "Mijn huisadres is 88 Nieuweweg". Only
# after an address label and only with a street word (no "woont op 3 hoog").
_LABELLED_NUMBER_FIRST = regex.compile(
    _ADDRESS_LABEL + r"(?P<street>[1-9]\d{0,4}[ \t]+" + _NOT_STREET_START
    + r"(?:" + _CAP_WORD + r"[ \t]+(?:(?:" + _CAP_WORD + r"|" + _PARTICLE + r")[ \t]+){0,2})?" + _SUFFIX_WORD
    + r")(?![\p{L}\d])",
    regex.M,
)

_POSTCODE_AFTER = regex.compile(ADDRESS_GAP + POSTCODE_REGEX)
_POSTCODE = regex.compile(POSTCODE_REGEX, regex.M)
_POSTBUS = regex.compile(r"(?i)\b(?:postbus|antwoordnummer|retouradres|bezoekadres|postadres)\b")
# Street + number that fill a line (or follow a colon) and end right before a postcode.
_BLOCK_STREET = regex.compile(
    r"(?:^|(?<=[:,])|(?<=\b(?:aan|op)[ \t]+(?:de[ \t]+|het[ \t]+)?))[ \t]*(?P<street>" + _NOT_STREET_START
    + _CAP_WORD + r"(?:[ \t]+(?:" + _CAP_WORD + r"|" + _PARTICLE + r")){0,4}[ \t]+" + HOUSE_NUMBER + r")"
    + ADDRESS_GAP + r"\Z",
    regex.M,
)

# A public body or its building, named just before an address.
_ORG_MARKER = regex.compile(
    r"\b(?:UWV|SVB|CBS|CIZ|DUO|CAK|RDW|IND|Kamer van Koophandel|Belastingdienst|"
    r"Ministerie|ministerie|Tweede Kamer|Eerste Kamer|Staten-Generaal|Voorzitter|Gemeente|"
    r"gemeentehuis|Gemeentehuis|stadhuis|Stadhuis|raadhuis|Raadhuis|stadskantoor|Stadskantoor|"
    r"provinciehuis|Provincie|Waterschap|Rechtbank|rechtbank|Gerechtshof|Raad van State|"
    r"Centrale Raad van Beroep|Hoge Raad|Politie|Inspectie|Autoriteit|Rijksoverheid|Werkplein|"
    r"Juridisch Loket|Nationale ombudsman|Planbureau|Instituut|Universiteit|Hogeschool|Agentschap|"
    r"[Bb]ezoekadres|[Rr]etouradres|[Pp]ostadres|"
    r"UWV-kantoor|hoofdkantoor|Hoofdkantoor|Postbus|Antwoordnummer|"
    # An organisation speaking of its own office in a web text or a letter head.
    r"(?:[Oo]ns|[Oo]nze)[ \t]+(?:kantoor|kantoren|vestiging|vestigingen|locatie|locaties)|"
    # A heading above an office's address block ("Kantoor Amsterdam", "Locatie Zuid").
    r"(?m:^[ \t]*(?:Kantoor|Kantoren|Vestiging|Locatie|Servicepunt)))\b"
)
# Words just before an address that tie it to a person (lemma or surface form).
_PERSONAL_MARKER = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:woon|huis|correspondentie|vestigings|verblijfs|inschrijvings|privé|"
    r"prive|mijn|ons|nieuwe|oude|zijn|haar|jouw|uw)[ \t-]?adres|adres|address|woon(?:t|de|den|"
    r"achtig)?|wonen|wonende?|verhuis\w*|verhuisd|ingeschreven|lives?|living|resides?|"
    r"betrokkene|cliënt|client|klant|aanvrager|werknemer|eigenaar)\b"
)
# A line above the address that names a person (top of a letter, a signature).
_NAME_LINE = regex.compile(
    r"^(?:Aan[ \t]+)?(?:(?:Mevrouw|mevrouw|Mevr\.?|mevr\.?|Mw\.?|mw\.?|De heer|de heer|Dhr\.?|dhr\.?|Heer|"
    r"Meneer|meneer|Mr\.?|Mrs\.?|Ms\.?|Familie|familie|Fam\.?)[ \t]+\S.*"
    r"|(?:\p{Lu}\.){1,4}[ \t]?(?:(?:van|de|der|den|ter|ten|te|het)[ \t]+){0,3}\p{Lu}[\p{L}'’\-]+"
    r"|\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+(?:(?:van|de|der|den|ter|ten|te|het|el|al|bin)[ \t]+){0,3}"
    r"\p{Lu}[\p{L}'’\-]+){1,3})$"
)


# A square named after the town hall: the address of the town hall ("Stadhuisplein 1").
_CIVIC_STREET = regex.compile(r"(?i)stadhuis|raadhuis|gemeentehuis|provinciehuis")
# A public service that can be visited at an address: "kunnen terecht op het nieuwe adres:".
_SERVICE_MOVE = regex.compile(r"(?i)\bterecht\b|\b(?:het|ons|onze)\s+(?:nieuwe\s+)?(?:kantoor|loket|servicepunt|"
                              r"werkplein|vestiging|spreekuur)\b")
# A building named by its address: "de medewerkers die nu in het pand Kromstraat 4 zitten",
# "het voormalige schoolgebouw aan de Dorpsstraat 12" (news about offices, schools, monuments).
_BUILDING_BEFORE = regex.compile(
    r"(?i)\b(?:het|dit|dat|een|hun|haar)[ \t]+(?:(?:voormalige|oude|nieuwe|huidige|leegstaande|monumentale)[ \t]+)?"
    r"(?:pand|gebouw|kantoorpand|bedrijfspand|bedrijfsgebouw|schoolgebouw|kantoorgebouw|verzamelgebouw|"
    r"monument|complex|kerkgebouw|winkelpand)[ \t]+(?:aan[ \t]+(?:de|het)[ \t]+|op[ \t]+)?\Z")
_PERSON_BEFORE = regex.compile(r"(?i)\b(?:ik|mijn|hij|zij|haar|zijn\s+(?:nieuwe\s+)?adres|mevrouw|meneer|dhr|mw|"
                               r"cliënt|klant|betrokkene)\b")
# A name in capitals on a line of its own (the addressee of a form or a letter): "YARA AL-MASRI".
_CAPS_NAME_LINE = regex.compile(r"^(?:\p{Lu}[\p{Lu}'’\-]+[ \t]+){1,3}\p{Lu}[\p{Lu}'’\-]+$")

_PERSONAL_MARKER_GATE = TextGate(_PERSONAL_MARKER)
_SERVICE_MOVE_GATE = TextGate(_SERVICE_MOVE)
_ORG_MARKER_GATE = TextGate(_ORG_MARKER, max_needles=64)  # (its 47 words: read once per text)
_BUILDING_BEFORE_GATE = TextGate(_BUILDING_BEFORE)
_CIVIC_STREET_GATE = TextGate(_CIVIC_STREET)

# The end of a sentence: a word of 3+ lower-case letters, a full stop, space ("ernaar. Mijn").
_SENTENCE_END = regex.compile(r"(?<=\p{Ll}{3}[.!?;])[ \t]+")


@dataclass(frozen=True)
class AddressCandidate:
    """A street + number with the evidence found around it."""

    start: int
    end: int
    score: float
    reason: str
    public: bool


class NlAddressRecognizer(ReasonedPatternRecognizer):
    """Finds street + house number (+ toevoeging) that belong to a person or a small business."""

    PATTERNS = [
        Pattern("straatnaam met huisnummer", STREET_SUFFIX_REGEX, 0.3),
        Pattern("laan/plein van ... met huisnummer", STREET_HEAD_REGEX, 0.3),
    ]
    CONTEXT = ["adres", "woonadres", "wonen", "woonachtig", "verhuizen", "verhuisd", "huisnummer",
               "woning", "address"]
    REASON = "straat en huisnummer van een persoon"
    REASONS = {
        "postcode": "straat en huisnummer met een postcode erachter",
        "label": "straat en huisnummer bij het woord adres of wonen",
        "name": "straat en huisnummer onder een naam",
        "after_name": "straat en huisnummer direct na een naam",
        "town": "straat en huisnummer met een plaatsnaam erachter",
        "weak": "straat en huisnummer",
    }

    def __init__(self):
        super().__init__(supported_entity="ADDRESS", name="NlAddressRecognizer")
        self._compiled = [regex.compile(p.regex, regex.M) for p in self.PATTERNS]

    # -- the evidence ----------------------------------------------------------------------
    @staticmethod
    def _windows(text: str) -> list[tuple[int, int]]:
        """Stretches of text worth a full street regex: around a number after a street word.

        Running the street patterns over every capitalised word of a long text is costly; a
        street address always has a house number right after a word with a street ending (or
        a head word such as "Laan van ..."), which plain string searches find fast.
        """
        spots: list[int] = []
        heads = [m.start() for m in _HEAD_WORD_RX.finditer(text)]
        for m in _SPACE_DIGIT.finditer(text):
            word_end = m.start()
            while word_end > 0 and text[word_end - 1] in " \t":
                word_end -= 1
            if text[word_end - 3:word_end].lower() == "tr.":
                word_end -= 1  # "Kerkstr. 3": the abbreviation's full stop
            j = word_end
            while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’-"):
                j -= 1
            if j == word_end:
                continue
            if text[j:word_end].lower().endswith(STREET_SUFFIXES):
                spots.append(word_end)
            elif heads:
                k = bisect_left(heads, j - 80)
                if k < len(heads) and heads[k] < j:
                    spots.append(word_end)
        n = len(text)
        windows: list[tuple[int, int]] = []
        for spot in sorted(spots):
            lo, hi = max(0, spot - 180), min(n, spot + 40)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
        return windows

    @staticmethod
    def _labelled(text: str) -> list[regex.Match]:
        """Matches of the address-label pattern, tried only near its words (adres, straat, woon)."""
        lowered = text.replace("\u0130", "I").lower()
        # "adres" anywhere (woonadres); "straat", "woon", "wonen" only where a word starts.
        spots = []
        for word, word_start in (("adres", False), ("address", False), ("straat", True),
                                 ("woon", True), ("wonen", True)):
            i = lowered.find(word)
            while i >= 0:
                if not word_start or i == 0 or not lowered[i - 1].isalpha():
                    spots.append(i)
                i = lowered.find(word, i + 1)
        # One pass over each stretch of overlapping windows: a text full of "adres" is read once.
        windows: list[list[int]] = []
        for i in sorted(spots):
            lo, hi = max(0, i - 32), min(len(text), i + 160)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        out, seen = [], set()
        for lo, hi in windows:
            for rx in (_LABELLED_STREET, _LABELLED_NUMBER_FIRST):
                for m in rx.finditer(text, lo, hi):
                    if m.span("street") not in seen:
                        seen.add(m.span("street"))
                        out.append(m)
        return out

    def candidates(self, text: str) -> list[AddressCandidate]:
        """Every street + number in ``text`` with its score; public ones are marked, not dropped.

        Cached for the last few texts: the postcode recognizer asks for the same text.
        """
        return list(_cached_candidates(text))

    def _candidates(self, text: str) -> list[AddressCandidate]:
        spans: dict[int, int] = {}
        labelled: set[tuple[int, int]] = set()
        for lo, hi in self._windows(text):
            for s, e in _street_matches(text, lo, hi, self._compiled):
                if e > spans.get(s, -1):
                    spans[s] = e
        # An address block: street + number at the start of a line, its postcode right after
        # ("Het Kasteel 4\n1234 AB Ergens"): any street name, with or without a street word.
        for s, e in _block_streets(text):
            if e > spans.get(s, -1):
                spans[s] = e
        for m in self._labelled(text):
            s, e = m.span("street")
            labelled.add((s, e))
            if e > spans.get(s, -1):
                spans[s] = e
        # A column "Adres" in a pasted table: the street + number at the start of each cell.
        for lo, hi in column_cells(text, _ADDRESS_HEADER_STEMS, _ADDRESS_HEADER):
            m = _CELL_STREET.match(text, lo, hi)
            if m:
                s, e = m.span()
                labelled.add((s, e))
                if e > spans.get(s, -1):
                    spans[s] = e
        for (s1, e1), (s2, e2) in adjacent_cells(text, _ADDRESS_HEADER_STEMS, _ADDRESS_HEADER, _NUMBER_HEADER):
            if _CELL_STREET_NAME.fullmatch(text, s1, e1) and _CELL_NUMBER.fullmatch(text, s2, e2):
                labelled.add((s1, e2))
                if e2 > spans.get(s1, -1):
                    spans[s1] = e2
        for s, e in _street_fields(text):
            labelled.add((s, e))
            if e > spans.get(s, -1):
                spans[s] = e
        for s, e in tuple_row_cells(text).get("ADDRESS", ()):
            # street and number cells of rows of SQL values pasted without their INSERT
            labelled.add((s, e))
            if e > spans.get(s, -1):
                spans[s] = e
        # The longest of overlapping spans wins (a prefix word, a longer toevoeging).
        ordered = sorted(spans.items(), key=lambda se: (se[0], -se[1]))
        kept: list[tuple[int, int]] = []
        for s, e in ordered:
            if kept and s < kept[-1][1]:
                if e - s > kept[-1][1] - kept[-1][0]:
                    kept[-1] = (s, e)
                continue
            kept.append((s, e))
        public_text = None
        out = []
        kept = [_after_moving_name(text, s, e) for s, e in kept]
        # (a text without any word of a pattern below has none in the words before an address either: each
        # search is made only in a text that holds one of its words; see detectors/regexgate.TextGate)
        may_personal = _PERSONAL_MARKER_GATE.may_match(text)
        may_service = _SERVICE_MOVE_GATE.may_match(text)
        may_building = _BUILDING_BEFORE_GATE.may_match(text)
        may_civic = _CIVIC_STREET_GATE.may_match(text)
        may_org = _ORG_MARKER_GATE.may_match(text)  # (asked of the words before it; _org_above reads its own)
        for s, e in kept:
            before = raw_before = line_before(text, s, 60)
            at_line_start = not before.strip()
            # Only the sentence the address stands in: "De Tweede Kamer vraagt ernaar. Mijn
            # adres is ..." is a person's address.
            cut = _SENTENCE_END.split(before)
            before = cut[-1] if cut else before
            above = previous_lines(text, s, 2) if at_line_start else []
            # (each piece of evidence is a pure look at the text: it is read only when the rules before it
            # did not decide, a table's address column needs no more than its label)
            personal = (s, e) in labelled or (may_personal and bool(_PERSONAL_MARKER.search(before[-45:])))
            service = may_service and bool(_SERVICE_MOVE.search(before)) and not _PERSON_BEFORE.search(before)
            building = may_building and bool(_BUILDING_BEFORE.search(before)) and not _PERSON_BEFORE.search(before) \
                and not _PERSONAL_MARKER.search(before)
            service = service or building  # the address of a building, not of a home
            if service:
                personal = False  # "werkzoekenden kunnen terecht op het nieuwe adres: ..." (a public office)
            if personal and not (may_org and _ORG_MARKER.search(before[-45:])):
                score, why, public = 0.85, "label", False
            # An organisation line above counts unless a person's name stands in between (a
            # "Retouradres: Postbus ..." line over the addressee of a letter).
            elif service or (may_org and _ORG_MARKER.search(before)) or _org_above(above) or (
                    may_civic and _CIVIC_STREET.search(text, s, e)):
                score, why, public = 0.0, "weak", True
            elif _POSTCODE_AFTER.match(text, e) is not None:
                name_above = bool(above) and bool(_NAME_LINE.match(above[0]))
                score, why, public = (0.9 if name_above else 0.8), "postcode", False
            elif _name_before(raw_before):
                score, why, public = 0.8, "after_name", False
            elif above and _NAME_LINE.match(above[0]):
                score, why, public = 0.6, "name", False
            elif _town_after(text, e):
                score, why, public = 0.6, "town", False
            else:
                score, why, public = 0.3, "weak", False
            if is_example(text, s):
                score, public = 0.0, False
            if why != "label" and not public and score > 0:
                if public_text is None:
                    public_text = looks_public(text)
                if public_text:
                    score, public = 0.0, True
            out.append(AddressCandidate(s, e, score, self.REASONS[why], public))
        return _same_address_again(text, out)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        return [self.result(c.start, c.end, c.score, c.reason)
                for c in self.candidates(text) if c.score > 0]


#: A person's full name before "van <street> <number>" in a move or a complaint: "Verhuizing:
#: Said Benali van Ruysdaelkade 60", "Sanne ter Horst van Kerkpad 151 A". Two or more
#: capitalised words (tussenvoegsels between them allowed) before "van" are a name, not the
#: start of the street ("Jan van Nassaustraat 12", "Laan van Meerdervoort 5" keep their "van").
_NAME_VAN = regex.compile(
    r"\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+(?:(?:" + _PARTICLE + r")[ \t]+){0,3}\p{Lu}[\p{L}'’\-]+)+[ \t]+van[ \t]+"
    r"(?=\p{Lu}|(?:" + _PARTICLE + r")[ \t]+\p{Lu})"
)


def _street_fields(text: str) -> list[tuple[int, int]]:
    """Values of data fields that hold a street and number: seed data and FHIR examples name the street by its key
    rather than by a word in a sentence, and FHIR shorthand puts its "line" below "address" with other fields and
    extensions between them (a bare "line" counts only below an "address" within ``_LINE_REACH``)."""
    out = []
    for s, e in field_values(text, _STREET_FIELD_STEMS, _STREET_FIELD_KEY):
        if not _FIELD_STREET.fullmatch(text, s, e):
            continue
        key_start = text.rfind("\n", 0, s) + 1
        if lowered(text)[key_start:s].lstrip(" \t*\"'<{,").startswith("line") and \
                lowered(text).rfind("address", max(0, s - _LINE_REACH), s) < 0:
            continue
        out.append((s, e))
    return out


#: Any of the head words of STREET_HEAD_REGEX (as written there: capitalised, no flags): a run without one holds no
#: match of that pattern.
_HEAD_WORD_ANY = re.compile(_HEAD_WORD)


def _street_matches(text: str, lo: int, hi: int, patterns) -> list[tuple[int, int]]:
    """The spans of the matches of each of ``patterns`` (the street patterns) in ``text[lo:hi]``, as ``finditer``
    over the window finds them (the spans are kept per start, so their order does not matter).

    A street match consumes only letters, digits, "'’.-/", spaces and tabs, with a space or tab right before the
    first digit of its number: it lies in one run of such characters that holds such a space. Only those runs are
    read (found from their spaces before a digit), each from its start (every match in it starts there or later;
    the look-behinds see the text before) to a little after its end (the look-aheads read at most the two
    characters after a run: ``,1`` behind a number). In a CSV export the rest of each row, a name, a mail address,
    a phone number, was read for a street in every window. The same matches:
    tests/detectors/test_speed15_equivalence.py.
    """
    out = []
    re_ = lo  # the end of the last run read (the runs do not overlap: each is read once)
    for space in _SPACE_DIGIT.finditer(text, lo, hi):
        p = space.start()
        if p < re_:
            continue  # (in the run read last)
        back = _NOT_STREET_CHAR_BACK.search(text, re_, p)
        rs = back.end() if back is not None else re_
        ahead = _NOT_STREET_CHAR.search(text, p, hi)
        re_ = ahead.start() if ahead is not None else hi
        end = min(hi, re_ + _STREET_LOOKAHEAD)
        for rx in patterns:
            if rx.pattern == STREET_HEAD_REGEX and _HEAD_WORD_ANY.search(text, rs, re_) is None:
                continue  # (a head-first street holds its head word in the run: most runs, "Kerkstraat 1", have none)
            for m in rx.finditer(text, rs, end):
                if m.start() >= re_:
                    break  # (in the next run: read from there if it holds a street)
                out.append(m.span())
    return out


def _after_moving_name(text: str, s: int, e: int) -> tuple[int, int]:
    """The street span without a person's name before "van" (see :data:`_NAME_VAN`)."""
    # the name may start before the span ("Renata Dąbrowska van Achter de Hoven 44": the street
    # pattern takes at most a few words before the number)
    # (_CAP_RUN_BEFORE ends in a space or tab right before the span: without one there, its search
    # over the 60 characters before, tried at each, finds nothing, as in a cell of an export)
    back = _CAP_RUN_BEFORE.search(text, max(0, s - 60), s) if s > 0 and text[s - 1] in " \t" else None
    if back is None and _HEAD_WORD_RX.match(text, s):
        return s, e  # "Laan van Meerdervoort 5", "Hof van Delft 3"
    start = back.start() if back is not None else s
    m = _NAME_VAN.match(text, start, e)
    if m is None or m.end() <= s:
        return s, e
    return m.end(), e


_CAP_RUN_BEFORE = regex.compile(
    r"(?<![\p{L}\d'’\-])(?:\p{Lu}[\p{L}'’\-]+[ \t]+(?:(?:" + _PARTICLE + r")[ \t]+){0,3}){1,3}\Z"
)


# A person's name right before the address, then "(" or ",": "mevrouw T. Bakker (Morsstraat 18)",
# "Piet Kremer (Heerweg 19)", "(fam. Okafor-Petersen, Kerkstraat 16)". A bare first name plus
# surname counts only when the first name is one (see _name_before).
_NAME_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?:"
    r"(?i:mevrouw|mevr\.?|mw\.?|meneer|de[ \t]+heer|dhr\.?|familie|fam\.?)[ \t]+(?:(?:\p{Lu}\.)+[ \t]?)?"
    r"(?:(?:van|de|der|den|ter|ten|te|het|el|al)[ \t]+){0,3}\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?"
    r"|(?:\p{Lu}\.){1,4}[ \t]?(?:(?:van|de|der|den|ter|ten|te|het)[ \t]+){0,3}\p{Lu}[\p{L}'’\-]+"
    r"|(?P<first>\p{Lu}\p{Ll}+)[ \t]+(?:(?:van|de|der|den|ter|ten|te|het|el|al)[ \t]+){0,3}\p{Lu}[\p{L}'’\-]+)"
    r"[ \t]*[(,][ \t]*\Z"
)
# ", Houten", ", Den Haag" right after the number: an address line with its town.
_TOWN_AFTER = regex.compile(r"[ \t]*,[ \t]*(?P<town>\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?)(?![\p{L}\d])")


def _first_name(word: str) -> bool:
    from detectors.names import lexicon as lx
    from detectors.names.words import TUSSENVOEGSELS

    if word.lower() in TUSSENVOEGSELS:
        return False
    flags = lx.load().get(word, 0)
    return bool(flags & lx.FIRST) and bool(flags & lx.FIRST_COMMON or not flags & lx.WORD)


def _name_before(before: str) -> bool:
    # _NAME_BEFORE ends in "(" or "," and spaces or tabs: the search (tried at every position) is
    # skipped where the text does not
    if not before.rstrip(" \t").endswith(("(", ",")):
        return False
    m = _NAME_BEFORE.search(before[-70:])
    if m is None:
        return False
    return m.group("first") is None or _first_name(m.group("first"))


def _town_after(text: str, end: int) -> bool:
    """A Dutch place right after the number (", Houten"), and the line ends or goes on after it."""
    # The comma first, in Python: the regex module looks for a pattern's required "," ahead of a
    # match, to the end of the text when there is none (an export without commas: quadratic).
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    if not text.startswith(",", i):
        return False
    m = _TOWN_AFTER.match(text, end)
    if m is None:
        return False
    from detectors.names import lexicon as lx

    table = lx.load()
    town = m.group("town")
    return bool(table.get(town, 0) & lx.PLACE or table.get(town.split()[-1], 0) & lx.PLACE
                or table.get(town.replace(" ", "-"), 0) & lx.PLACE)


def _same_address_again(text: str, found: list[AddressCandidate]) -> list[AddressCandidate]:
    """A street + number found as a person's counts wherever it stands again in the text.

    "Onderwerp: Handhavingszaak Kerkstraat 14" says nothing by itself; with "Adres: Kerkstraat
    14, 2671 AB Voorburg" further on, it is that person's address too (the street pattern may
    have taken a word before it: the span shrinks to the known address).
    """
    known = {text[c.start:c.end]: c for c in found if c.score >= 0.5 and not c.public}
    if not known:
        return found
    out = []
    for c in found:
        if c.score < 0.5 and not c.public:
            span = text[c.start:c.end]
            # the span itself, or what follows a space in it (a short span: a few look-ups)
            tails = [span] + [span[k + 1:] for k, ch in enumerate(span) if ch in " \t"]
            for addr in tails:
                ref = known.get(addr)
                if ref is not None:
                    c = AddressCandidate(c.end - len(addr), c.end, ref.score, ref.reason, False)
                    break
        out.append(c)
    return out


_SHARED: list[NlAddressRecognizer] = []


@lru_cache(maxsize=4)
def _cached_candidates(text: str) -> tuple[AddressCandidate, ...]:
    if not _SHARED:
        _SHARED.append(NlAddressRecognizer())
    return tuple(_SHARED[0]._candidates(text))


textcache.per_text(_cached_candidates.cache_clear)


#: The characters of ADDRESS_GAP.
_GAP_CHARS = " \t,|•·-\r\n"


def _block_streets(text: str) -> list[tuple[int, int]]:
    """Street + number spans that stand right before a postcode, at the start of a line."""
    out = []
    for m in _POSTCODE.finditer(text):
        lo = max(0, m.start() - 100)
        nl = text.rfind("\n", lo, max(lo, m.start() - 1))
        # the line of the street: the line before the postcode's line, or the same line
        lo = text.rfind("\n", lo, nl) + 1 if nl >= 0 and not text[nl + 1:m.start()].strip() else lo
        head = text[lo:m.start()]
        # _BLOCK_STREET ends in a house number (its last character a letter or a digit), then the
        # address gap's characters up to the end: a head whose last other character is neither can
        # hold no match, and the search (tried at every position) is skipped, as in an export where
        # a separator or a quote stands before each postcode.
        bare = head.rstrip(_GAP_CHARS)
        if not bare or not (bare[-1].isalpha() or bare[-1].isdigit()):
            continue
        b = _BLOCK_STREET.search(head)
        if b and not _POSTBUS.search(b.group("street")):
            out.append((lo + b.start("street"), lo + b.end("street")))
    return out


def _org_above(above: list[str]) -> bool:
    for line in above:
        if _ORG_MARKER.search(line):
            return True
        if _NAME_LINE.match(line) or _CAPS_NAME_LINE.match(line):
            return False
    return False

