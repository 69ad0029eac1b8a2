"""Adversarial inputs finish within a CPU-time limit and still find what they hold.

Each case is built so that a quadratic loop or catastrophic backtracking would blow far past
the limit (the name finder once took 16 s on 120 KB of "Van De Van Der ..."). The limit is
2 s of CPU for inputs up to 1 MB (the issue's ceiling), with room for a slow CI machine.
"""
import pytest

from detectors.names.finder import NameFinder
from detectors.recognizers.nl_address_recognizer import NlAddressRecognizer
from detectors.recognizers.nl_case_number_recognizer import NlCaseNumberRecognizer
from detectors.recognizers.nl_date_of_birth_recognizer import NlDateOfBirthRecognizer
from detectors.recognizers.nl_email_recognizer import NlEmailRecognizer
from detectors.recognizers.nl_employee_number_recognizer import (
    NlEmployeeNumberRecognizer,
)
from detectors.recognizers.nl_id_document_recognizer import NlIdDocumentRecognizer
from detectors.recognizers.nl_phone_recognizer import NlPhoneRecognizer
from detectors.recognizers.nl_postcode_recognizer import NlPostcodeRecognizer
from detectors.recognizers.nl_vat_recognizer import NlVatRecognizer

LIMIT_S = 2.0


@pytest.fixture(scope="module")
def finder():
    return NameFinder()


CAPITAL_RUNS = [
    "Van De Van Der " * 20_000,  # 300 KB of tussenvoegsels and capitals: once quadratic
    "Jan " * 100_000,
    "Van " * 100_000,
    "J. " * 100_000,
    "Mevrouw " * 60_000,
    ("Hoi " + "Sanne " * 50) * 2_000,
    "Pieter van der Berg, " * 20_000,
    # one long list of first names, known and unknown (24,000 names: 1.7-1.9 s of CPU on this machine; 48,000 took
    # 3.3-3.7 s, too near the limit to say anything but how fast the machine was)
    "Lotte, Bram, Yaël, Kees en " * 6_000,
    # (the twenty-third round's rules: a title starts the next name; a list under its label's own line; a list after a
    # plural office)
    "Mevrouw W. de Vries De heer J. Bos " * 20_000,
    ("Aanwezig:\n\nLeden:\n\n" + "Bos, Kok\n\n") * 15_000,
    "Aanwezig:\n" + ("Jansen, " * 280 + "\nKoet\n") * 300,
    "de wethouders " + "Jan de Vries, " * 40_000,
]


@pytest.mark.parametrize("text", CAPITAL_RUNS, ids=lambda t: repr(t[:20]))
def test_name_finder_is_linear_on_runs_of_capitals(finder, cpu_limit, text):
    text += "\n\nMet vriendelijke groet,\nWietske Hoekstra"
    # (20,000 real names cost the finder about 2 s of CPU on a slow machine: twice the room, a quadratic finder
    # takes minutes on these inputs)
    with cpu_limit(2 * LIMIT_S):
        hits = finder.find(text)
    # the name at the end is still found: the finder did its work, it did not give up
    assert "Wietske Hoekstra" in [text[h.start:h.end] for h in hits]


RECOGNIZERS = {
    "ADDRESS": NlAddressRecognizer,
    "CASE_NUMBER": NlCaseNumberRecognizer,
    "DATE_OF_BIRTH": NlDateOfBirthRecognizer,
    "EMAIL_ADDRESS": NlEmailRecognizer,
    "EMPLOYEE_NUMBER": NlEmployeeNumberRecognizer,
    "ID_DOCUMENT": NlIdDocumentRecognizer,
    "PHONE_NUMBER": NlPhoneRecognizer,
    "POSTCODE": NlPostcodeRecognizer,
    "VAT_NUMBER": NlVatRecognizer,
}
NOISE = [
    "a" * 500_000,
    "1" * 500_000,
    "1 " * 250_000,
    " :" * 250_000,
    "Kerkstraat " * 50_000,
    "adres: " * 70_000,
    "geboren op " * 50_000,
    "a@" * 250_000,
    "dossiernummer " * 35_000,
    "0" + "6-" * 250_000,
    "|;\t," * 125_000,
    # SQL dumps and exports: a long table, INSERTs that never close, a header on every line
    "INSERT INTO k (straat, huisnummer, telefoon, postcode) VALUES "
    + "('Kerkstraat', '1', '0612345678', '1234 AB'),\n" * 15_000,
    "INSERT INTO k (naam, adres) VALUES (" * 20_000,
    "straat;huisnummer;telefoon;postcode\n" * 25_000,
    # a dump without column names (pg_dump --inserts), and rows pasted without their INSERT broken up by INSERTs
    "INSERT INTO public.k VALUES (1, 'Jan', 'Bakker', '1980-01-01 00:00:00', '1234AB', 999999990);\n" * 8_000,
    "(1, 'Jan', '1980-01-01'),\ninsert (\n" * 30_000,
]


@pytest.mark.parametrize("entity", sorted(RECOGNIZERS))
@pytest.mark.parametrize("noise", NOISE, ids=lambda t: repr(t[:12]))
def test_recognizers_finish_on_noise_and_still_find(entity, noise, cpu_limit):
    recognizer = RECOGNIZERS[entity]()
    with cpu_limit(LIMIT_S):
        results = recognizer.analyze(noise, [entity], None)
    assert all(0 <= r.start < r.end <= len(noise) for r in results)


@pytest.mark.parametrize("unit", ["a@", "J. ", "1 ", "jan de vries ", "06-", "VERTROUWELIJK ",
                                  # a header of a table of people with a health column, over and over, and a row
                                  # that never fits it (fifteenth round)
                                  "| bsn | ziek |\n| 1 |\n", "> ", "<br>",
                                  # lines of those present, over and over (twenty-second round)
                                  "Aanwezig: Jan de Vries, Wil van Overloop, Sandra Kramp en Ben Mulder\n"])
def test_the_whole_detector_on_a_megabyte_of_one_pattern(detector, cpu_limit, unit):
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    with cpu_limit(4.0):  # the ceiling is 2 s; the limit leaves room for a slow CI machine
        analysis = detector.analyze(text)
    assert all(0 <= f.start < f.end <= len(text) for f in analysis.findings)


@pytest.mark.parametrize("unit", ["a-", "wethouder-a-"])
def test_a_dashed_run_after_a_name_and_an_office(detector, cpu_limit, unit):
    # (review of round 24) the office kind and the public role of a titled name tried a compound from every letter of a
    # run of "a-a-a-...": 20 KB took 13 s; a compound is now entered only where its dashed word starts
    text = "De heer Jan de Vries is wethouder.\n\n" + unit * (1_000_000 // len(unit))
    with cpu_limit(4.0):
        analysis = detector.analyze(text)
    assert all(0 <= f.start < f.end <= len(text) for f in analysis.findings)
