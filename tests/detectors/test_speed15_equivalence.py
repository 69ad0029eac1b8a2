"""Round 15's shortcuts give what the code without them gives.

- the street pattern of the address recognizer looks ahead for the character a street opens with before it tries
  its list of words that open no street (``_STREET_FIRST``): the same matches as the pattern without it, on every
  corpus text and on generated texts full of streets, ordinals, "'s-" names and words that open no street;
- the lines that may head a table are split and matched with a column's header only where they hold one of the
  header pattern's needles (``_HeaderIndex.heads``): the same lines as a full match of every cell of every such
  line, for every header pattern of the recognizers, on every corpus text, the dense exports and generated tables
  (with "_" in a header, and with the characters that make lowered text no proof);
- a pattern searched in the words before each address, phone number or example is not searched in a text that
  holds none of its needles (``regexgate.TextGate``): no window of such a text gives a match, and the address,
  phone, postcode and birth-date recognizers give the same results with the gates as with every gate open;
- the e-mail recognizer reads a local part's parts once and imports its word lists once, and looks for a display
  name only where a "<" stands before the address: the same kinds and display names as before;
- the street patterns are run only in the runs of street characters that hold a space before a digit
  (``_street_matches``): the same matches as ``finditer`` over each window, on every corpus text, the exports
  and generated texts, in the recognizer's own windows and in random ones.
"""
from __future__ import annotations

import random

import regex

from bench.speed_limits import DATA_EXPORTS
from detectors import regexgate, tables, textcache
from detectors.recognizers import nl_address_recognizer as addr
from detectors.recognizers import nl_bsn_recognizer, nl_case_number_recognizer, nl_date_of_birth_recognizer
from detectors.recognizers import nl_employee_number_recognizer, nl_license_plate_recognizer, nl_phone_recognizer
from detectors.recognizers import nl_postcode_recognizer, nl_record_name_recognizer, rules
from tests.helpers.corpus import corpus_texts

_OLD_STREET_SUFFIX = addr.STREET_SUFFIX_REGEX.replace(addr._STREET_FIRST, "", 1)


def _street_texts() -> list[str]:
    rnd = random.Random(15)
    pool = ["Kerkstraat", "12", "1e", "Jacob", "van", "Campenstraat", "'s-Gravendijkwal", "’s-Hertogenbosch", "Op",
            "In", "Adres", "Mijn", "Oude", "Gracht", "Nieuwe", "Laan", "Kerkstr.", "3a", "214-C", "II", "bis", "Dam",
            "1", "2e", "Hugo", "de", "Grootstraat", "Postbus", "Beukenlaan", ";", ",", "\n", "-", "é", "Émile",
            "Zoë", "straat", "weg", "a", "B", "(", ")", "'", "’", "0", "9", "Molenweg", "Stationsplein"]
    out = []
    for seed in range(300):
        rnd.seed(seed)
        out.append(" ".join(rnd.choice(pool) for _ in range(20 + seed % 60)))
        out.append("".join(rnd.choice(pool) + rnd.choice([" ", "  ", "", "\t", ";"]) for _ in range(30)))
    return out


def test_street_pattern_first_character_lookahead():
    assert addr._STREET_FIRST and addr._STREET_FIRST in addr.STREET_SUFFIX_REGEX
    old = regex.compile(_OLD_STREET_SUFFIX, regex.M)
    new = regex.compile(addr.STREET_SUFFIX_REGEX, regex.M)
    texts = list(corpus_texts()) + _street_texts()
    assert len(texts) > 600
    for text in texts:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text[:200]


_HEADERS = [addr._ADDRESS_HEADER, addr._NUMBER_HEADER, nl_bsn_recognizer._TERMINOLOGY_HEADER,
            nl_case_number_recognizer._HEADER, nl_date_of_birth_recognizer._BIRTH_HEADER,
            nl_employee_number_recognizer._HEADER, nl_license_plate_recognizer._PLATE_COLUMN,
            nl_phone_recognizer._PHONE_HEADER, nl_postcode_recognizer._HEADER, nl_record_name_recognizer._PERSON_COLUMN,
            nl_record_name_recognizer._NAME_COLUMN, rules._SQL_PERSON_COLUMN,
            regex.compile(r"\w+"), regex.compile(r"(?i)naam|stra[sß]e"), regex.compile(r"(?i)s\w*")]


def _old_heads(text, header) -> list[int]:
    """The index as it was: every line split, every distinct cell matched."""
    by_cell: dict[str, list[int]] = {}
    for line_start in tables._header_lines(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].rstrip("\r")
        sep = next((c for c in tables._TABLE_SEPARATORS if c in line), None)
        if sep is None:
            continue
        parts = line.split(sep) if '"' not in line else [line[a:b] for a, b in tables.split_cells(line, sep)]
        for cell in [part.strip().strip('"').replace("_", " ") for part in parts]:
            starts = by_cell.setdefault(cell, [])
            if not starts or starts[-1] != line_start:
                starts.append(line_start)
    out: set[int] = set()
    for cell, starts in by_cell.items():
        if header.fullmatch(cell):
            out.update(starts)
    return sorted(out)


def _table_texts() -> list[str]:
    rnd = random.Random(1515)
    cells = ["Naam", "naam", "NAAM", "Adres", "woonadres", "Straat", "Huisnummer", "nr.", "Telefoon", "tel.", "GSM",
             "Postcode", "zip code", "Geboortedatum", "geb. datum", "Personeelsnummer", "Klantnummer", "kenteken",
             "snomed ct", "Voornaam", "Achternaam", "first_name", "Jan", "de Vries", "Kerkstraat 1", "1234 AB",
             "06-12345678", "İstanbul", "ıl", "ſtraat", "STRASSE", "Straße", "", " ", '"a;b"', "x@y.nl", "12",
             "first_name", "date_of_birth", "post_code", "Woon_adres", "\"Naam\"", "tel_nr"]
    out = []
    for seed in range(200):
        rnd.seed(seed)
        sep = rnd.choice(["\t", ";", ",", "|"])
        width = rnd.randrange(2, 6)
        rows = [sep.join(rnd.choice(cells) for _ in range(width)) for _ in range(rnd.randrange(2, 12))]
        out.append("\n".join(rows))
    return out


def test_header_heads_only_in_cells_with_a_needle():
    texts = list(corpus_texts()) + [make()[:60_000] for make in DATA_EXPORTS.values()] + _table_texts()
    asked = 0
    try:
        for text in texts:
            textcache.forget()
            index = tables._header_index(text)
            for header in _HEADERS:
                heads = index.heads(header)
                assert heads == _old_heads(text, header), (header.pattern, text[:200])
                asked += bool(index.starts)
    finally:
        textcache.forget()
    assert asked > 1000


_GATES = [rules._EXAMPLE_GATE, addr._PERSONAL_MARKER_GATE, addr._SERVICE_MOVE_GATE, addr._BUILDING_BEFORE_GATE,
          addr._CIVIC_STREET_GATE, nl_phone_recognizer._APP_SERVICE_GATE, nl_phone_recognizer._CONTACT_LABEL_GATE,
          nl_phone_recognizer._PERSONAL_BEFORE_GATE, addr._ORG_MARKER_GATE, nl_postcode_recognizer._POSTBUS_GATE]


def _gate_texts() -> list[str]:
    rnd = random.Random(7)
    words = ["Adres:", "woont", "bijvoorbeeld", "bijv.", "VOORBEELD", "e.g.", "Kerkstraat 12", "1234 AB", "06-12345678",
             "WhatsApp", "sms", "Contactpersoon:", "Jan", "mijn", "nummer", "direct", "stadhuis", "pand", "terecht",
             "het", "loket", "klant", "İ", "ſms", "ı", "\n", ",", ":", "Gemeentehuis", "cliënt", "mob", "GSM",
             "Postbus 12", "PO Box 7", "UWV", "Tweede Kamer", "ons kantoor", "Vestiging"]
    return [" ".join(rnd.choice(words) for _ in range(rnd.randrange(5, 80))) for _ in range(400)]


def test_text_gates_closed_only_where_no_window_matches():
    rnd = random.Random(3)
    texts = list(corpus_texts()) + [make()[:30_000] for make in DATA_EXPORTS.values()] + _gate_texts()
    closed = 0
    try:
        for text in texts:
            textcache.forget()
            for gate in _GATES:
                assert gate.needles, gate.pattern.pattern
                if gate.may_match(text):
                    continue
                closed += 1
                rx = gate.pattern
                for _ in range(40):
                    a = rnd.randrange(len(text) + 1)
                    b = min(len(text), a + rnd.randrange(1, 400))
                    assert rx.search(text[a:b]) is None and rx.match(text, a, b) is None
                assert rx.search(text) is None
    finally:
        textcache.forget()
    assert closed > 1000


def _results(recognizers, texts):
    out = []
    for text in texts:
        for rec, entity in recognizers:
            textcache.forget()
            out.append([(r.entity_type, r.start, r.end, r.score, r.analysis_explanation.textual_explanation
                         if r.analysis_explanation else None) for r in rec.analyze(text, [entity], None)])
    textcache.forget()
    return out


def test_recognizers_same_with_gates_open(monkeypatch):
    from detectors.recognizers.nl_date_of_birth_recognizer import NlDateOfBirthRecognizer
    from detectors.recognizers.nl_phone_recognizer import NlPhoneRecognizer
    from detectors.recognizers.nl_postcode_recognizer import NlPostcodeRecognizer

    recognizers = [(addr.NlAddressRecognizer(), "ADDRESS"), (NlPhoneRecognizer(), "PHONE_NUMBER"),
                   (NlPostcodeRecognizer(), "POSTCODE"), (NlDateOfBirthRecognizer(), "DATE_OF_BIRTH")]
    texts = list(corpus_texts()) + [make()[:60_000] for make in DATA_EXPORTS.values()] + _gate_texts()
    gated = _results(recognizers, texts)
    monkeypatch.setattr(regexgate.TextGate, "may_match", lambda self, text: True)
    assert _results(recognizers, texts) == gated
    assert sum(map(len, gated)) > 1000


def _old_display_name(text: str, start: int):
    from detectors.recognizers.nl_email_recognizer import _DISPLAY_NAME

    line_start = text.rfind("\n", 0, start) + 1
    m = _DISPLAY_NAME.search(text, max(line_start, start - 90), start)
    return m.group("name").strip(" \t\"'") if m else None


def test_display_name_only_after_an_angle_bracket():
    from detectors.recognizers.nl_email_recognizer import _display_name

    texts = list(corpus_texts()) + ["Van: Jan de Vries <jan@x.nl>", "Jan <\n j@x.nl", "a<b <c@d.nl>", "<", "x" * 200 + "<"]
    asked = 0
    for text in texts:
        for start in range(0, len(text) + 1, 1 if len(text) < 300 else 29):
            assert _display_name(text, start) == _old_display_name(text, start)
            asked += 1
    assert asked > 10_000


def _old_ordinary_words(local: str) -> bool:
    from detectors.names import lexicon as lx
    from detectors.recognizers.nl_email_recognizer import _PARTS_SPLIT, _PERSON_PLACEHOLDERS
    from detectors.vocabulary import dutch_words

    parts = [p for p in _PARTS_SPLIT.split(local) if p]
    if not parts or any(p in _PERSON_PLACEHOLDERS for p in parts):
        return False
    words, names = dutch_words(), lx.load()
    for part in parts:
        flags = names.get(part.capitalize(), 0)
        if len(part) < 4 or flags & (lx.FIRST | lx.SURNAME_COMMON) or (flags & lx.SURNAME and not flags & lx.WORD):
            return False
        if part in words or (part.endswith("en") and part[:-2] in words):
            continue
        if not any((part[:k] in words or (part[k - 1] in "es" and part[:k - 1] in words)) and part[k:] in words
                   for k in range(4, len(part) - 3)):
            return False
    return True


def test_ordinary_words_with_the_parts_given():
    from detectors.recognizers.nl_email_recognizer import _PARTS_SPLIT, _ordinary_words

    rnd = random.Random(99)
    pieces = ["subsidies", "vergunningen", "leerplicht", "jan", "de", "vries", "naam", "belastingen", "externeadviseur",
              "info", "2", ".", "_", "-", "+", "sanne", "bakker", "zorg", "loket", "x", ""]
    locals_ = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 5))) for _ in range(3000)]
    for local in locals_:
        assert _ordinary_words(local, [p for p in _PARTS_SPLIT.split(local) if p]) == _old_ordinary_words(local), local


def test_sql_person_row_reads_the_name_lists_module():
    from detectors.names import lexicon

    assert rules._name_lexicon() is lexicon
    assert rules.sql_person_row(["Jan", "Jansen"]) and not rules.sql_person_row(["Zwolle", "Centrum"])


def _old_street_matches(text, lo, hi, patterns):
    return [m.span() for rx in patterns for m in rx.finditer(text, lo, hi)]


def test_street_matches_only_in_runs_with_a_number():
    rec = addr.NlAddressRecognizer()
    rnd = random.Random(12)
    extra = ["Schoolstraat 41 b, 5611 AB", "Kerkstraat 12-3/4", "Kerkstr. 3,1", "Laan van Meerdervoort 52\t,x",
             "Dorpsstraat 1%", "Molenweg 12/3/2024", "Beukenlaan 7-II;", "1e Jacob van Campenstraat 5 A.",
             "Kerkstraat ١٢", "Kerkstraat 12 hs", "Kerkstraat 12 BIS", "Kerkstraat 12,5", "’s-Gravendijkwal 3"]
    texts = list(corpus_texts()) + [make()[:50_000] for make in DATA_EXPORTS.values()] + _street_texts() + extra
    asked = 0
    for text in texts:
        windows = rec._windows(text) + [(0, len(text))]
        for _ in range(3):
            a = rnd.randrange(len(text) + 1)
            windows.append((a, min(len(text), a + rnd.randrange(1, 300))))
        for lo, hi in windows:
            new = addr._street_matches(text, lo, hi, rec._compiled)
            assert sorted(new) == sorted(_old_street_matches(text, lo, hi, rec._compiled)), (lo, hi, text[lo:hi][:300])
            asked += len(new)
    assert asked > 3000
