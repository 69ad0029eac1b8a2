"""The speed changes of the twenty-fifth round give what the code they replaced gave.

- ``base.new_explanation`` and ``base.new_result`` set the attributes that Presidio's ``AnalysisExplanation`` and
  ``RecognizerResult`` constructors set, in the same order, with the same values; ``make_result`` and the person
  recognizer's results are the objects the keyword calls made;
- ``tables._HeaderIndex.heads`` reads only the cells that hold a needle of a line (``tables._cell_around`` finds
  the cell of a line with double quotes): the same header lines as the test of every cell of every line with a
  needle, and the cells of ``split_cells``;
- ``tables._header_lines`` counts a line's cells once when its separator is the one of the line before, and tries
  the rule-line pattern only on a line that opens with one of its characters: the same header lines.
"""
from __future__ import annotations

import random

from presidio_analyzer import AnalysisExplanation, RecognizerResult

from bench.speed_limits import DATA_EXPORTS
from detectors import tables

from detectors.recognizers.base import make_result, new_explanation, new_result
from detectors.recognizers.nl_person_recognizer import NlPersonRecognizer
from detectors.recognizers import (
    nl_address_recognizer,
    nl_bsn_recognizer,
    nl_case_number_recognizer,
    nl_date_of_birth_recognizer,
    nl_employee_number_recognizer,
    nl_phone_recognizer,
    nl_postcode_recognizer,
    nl_record_name_recognizer,
)
from detectors.recognizers.nl_postcode_recognizer import NlPostcodeRecognizer
from tests.helpers.corpus import corpus_texts
# (the code before the rewrites: every line through the rule pattern, its cells split and counted twice)
from tests.detectors.test_dense_rules_equivalence import _ref_header_lines


def _fields(obj) -> list[tuple]:
    """An object's attributes in order, its explanation's too (an explanation has no ``__eq__``)."""
    out = [type(obj)]
    for key, value in vars(obj).items():
        out.append((key, _fields(value) if isinstance(value, AnalysisExplanation) else value))
    return out


def _old_make_result(recognizer, start, end, score, reason, pattern_name="", final=False):
    explanation = AnalysisExplanation(recognizer=recognizer.name, original_score=score,
                                      pattern_name=pattern_name or None, textual_explanation=reason)
    return RecognizerResult(
        entity_type=recognizer.supported_entities[0], start=start, end=end, score=score,
        analysis_explanation=explanation,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            **({RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True} if final else {}),
        },
    )


def _old_person_result(rec, start, end, score, reason):
    expl = AnalysisExplanation(recognizer=rec.name, original_score=score, textual_explanation=reason)
    return RecognizerResult("PERSON", start, end, score, analysis_explanation=expl,
                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: rec.name, "reason": reason,
                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id,
                                                  RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True})


def test_new_explanation_is_presidios():
    for pattern_name in (None, "", "postcode"):
        for reason in (None, "", "een postcode"):
            for score in (0, 0.4, 1.0):
                new = new_explanation("Rec", score, pattern_name, reason)
                old = AnalysisExplanation(recognizer="Rec", original_score=score, pattern_name=pattern_name,
                                          textual_explanation=reason)
                assert _fields(new) == _fields(old)
                new.set_improved_score(0.9)
                old.set_improved_score(0.9)
                assert _fields(new) == _fields(old)


def test_new_result_is_presidios():
    named = {RecognizerResult.RECOGNIZER_NAME_KEY: "R", RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: 7}
    for metadata in ({"a": 1}, named):
        expl = AnalysisExplanation(recognizer="R", original_score=0.5)
        new = new_result("PHONE_NUMBER", 3, 9, 0.5, expl, metadata)
        old = RecognizerResult("PHONE_NUMBER", 3, 9, 0.5, analysis_explanation=expl, recognition_metadata=metadata)
        assert _fields(new) == _fields(old)
        assert new == old and hash(new) == hash(old) and new.to_dict() == old.to_dict()


def test_make_result_and_person_result_as_before():
    rec = NlPostcodeRecognizer()
    for pattern_name in ("", "p"):
        for final in (False, True):
            args = (rec, 4, 11, 0.6, "een postcode", pattern_name, final)
            assert _fields(make_result(*args)) == _fields(_old_make_result(*args))
    person = NlPersonRecognizer()
    for score, reason in ((0.85, "naam na een aanhef"), (0.5, "")):
        old = _old_person_result(person, 0, 12, score, reason)
        assert _fields(person._result(0, 12, score, reason)) == _fields(old)


#: The header patterns the recognizers ask ``column_cells`` and ``adjacent_cells`` about.
_HEADERS = (nl_record_name_recognizer._PERSON_COLUMN, nl_date_of_birth_recognizer._BIRTH_HEADER,
            nl_bsn_recognizer._TERMINOLOGY_HEADER, nl_employee_number_recognizer._HEADER,
            nl_postcode_recognizer._HEADER, nl_phone_recognizer._PHONE_HEADER, nl_case_number_recognizer._HEADER,
            nl_address_recognizer._ADDRESS_HEADER, nl_address_recognizer._NUMBER_HEADER)
#: Pieces of table rows: header words in any case, with "_" and spaces, the separators, quotes, white space,
#: values, and letters that lower case changes ("İ", "ſ", "K").
_CELL_PIECES = ("straat", "Straat", "adres", "ADRES", "woonadres", "straat_naam", "straatnaam", "huisnummer", "huis nr",
                "geboortedatum", "Geb. datum", "geb_datum", "date_of_birth", "dob", "postcode", "post code", "zip",
                "telefoon", "tel.", "mobiel", "voornaam", "achternaam", "naam", "dossiernummer", "personeelsnummer",
                "snomed", "Kerkstraat 12", "1234 AB", "06-12345678", "jan@example.nl", "İ", "ſ", "K", "x", "12",
                ";", ";", ",", ",", "\t", "|", "|", '"', '"', "'", "_", " ", " ", "  ", "\n", "\n", "\r\n")


def _generated_tables(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_CELL_PIECES) for _ in range(rnd.randrange(1, 80))) for _ in range(count)]


def _generated_rows(seed: int, count: int) -> list[str]:
    """Rows of as many cells, a header among them, so that most lines may head a table."""
    rnd = random.Random(seed)
    words = [p for p in _CELL_PIECES if "\n" not in p]
    out = []
    for _ in range(count):
        sep = rnd.choice(";,\t|")
        width = rnd.randrange(1, 6)
        rows = [sep.join("".join(rnd.choice(words) for _ in range(rnd.randrange(0, 4))) for _ in range(width))
                for _ in range(rnd.randrange(2, 6))]
        out.append(rnd.choice(("\n", "\r\n")).join(rows))
    return out


def _old_heads(index, header) -> list[int]:
    """Every cell of every line with a needle, split and tested (the code before)."""
    out = []
    for line_start in index._lines_with_needle(header):
        entry = index._entry(line_start)
        if entry is not None and any(header.fullmatch(cell) for cell in entry[2]):
            out.append(line_start)
    return out


def test_header_lines_as_before():
    exports = [make()[:100_000] for make in DATA_EXPORTS.values()]
    texts = corpus_texts() + exports + _generated_tables(25, 6_000) + _generated_rows(25, 6_000)
    for text in texts:
        for header in _HEADERS:
            new = tables._HeaderIndex(text).heads(header)
            assert new == _old_heads(tables._HeaderIndex(text), header), (text[:200], header.pattern)


def test_cell_around_is_a_cell_of_split_cells():
    rnd = random.Random(25)
    for _ in range(20_000):
        line = "".join(rnd.choice('ab",;\t| ') for _ in range(rnd.randrange(1, 30)))
        for sep in ",;\t|":
            bounds = tables.split_cells(line, sep)
            for i in range(len(line)):
                holding = [(a, b) for a, b in bounds if a <= i < b]
                if holding:  # (else the character is a border)
                    assert tables._cell_around(line, sep, i) == holding[0], (line, sep, i)


def test_header_lines_found_as_before():
    rnd = random.Random(250)
    pieces = ("a", "Naam", "12", ";", ",", "\t", "|", "|", '"', "-", "---", ":", "+", "=", " ", "", "\n", "\n", "\r\n")
    rule_lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 40))) for _ in range(5_000)]
    exports = [make()[:100_000] for make in DATA_EXPORTS.values()]
    for text in corpus_texts() + exports + _generated_tables(26, 3_000) + _generated_rows(26, 3_000) + rule_lines:
        assert tables._header_lines.__wrapped__(text) == _ref_header_lines(text), text[:200]
