"""Client, case, claim and dossier numbers; not public references of laws or publications."""
import pytest
import regex

from detectors.recognizers.nl_case_number_recognizer import NlCaseNumberRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlCaseNumberRecognizer()


def found(recognizer, text, threshold=0.5):
    results = recognizer.analyze(text, ["CASE_NUMBER"], None, regex_flags=regex.M)
    return [text[r.start:r.end] for r in results if r.score >= threshold]


@pytest.mark.parametrize("text, expected", [
    ("Uw dossiernummer is 2025-WIA-0731846. Vermeld dit nummer.", "2025-WIA-0731846"),
    ("Ons kenmerk WW-2025-0418832", "WW-2025-0418832"),
    ("Update dossier HH-25-00927: de auto stond er weer", "HH-25-00927"),
    ("VA-notitie claim 7004-83519", "7004-83519"),
    ("Onderwerp: FW: bezwaar WIA - dossier 2024-BZW-118402 (hoorzitting)", "2024-BZW-118402"),
    ("klantnummer: 12345678", "12345678"),
    ("Uw kenmerk: ZW-2024-55123", "ZW-2024-55123"),
    ("polisnummer 987654321", "987654321"),
    ("Zaaknummer Z/24/001234", "Z/24/001234"),
    ("Het WW-dossier 2025.00412 is overgedragen", "2025.00412"),
    ("Claim number: 55-001-234", "55-001-234"),
    ("Onderwerp: zaak 2025-BZ-1002", "2025-BZ-1002"),
    # (a person's administration number in the BRP, as a test record or a municipality's form gives it)
    ("- **A-nummer:** 101.8943.639", "101.8943.639"),
    ("A-nummer 5912643845, geslachtsnaam Bakker", "5912643845"),
    ("administratienummer: 7291038456", "7291038456"),
])
def test_case_number_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", [
    "Kamerstuk 29544 nr. 1234",
    "Stb. 2023, 123",
    "ECLI:NL:CRVB:2024:123",
    "op grond van artikel 12345 van de wet",
    "Vacaturenummer: 796840296",
    "kenmerk van 12-03-2025",
    "met kenmerk 2025Z08412 (Kamervragen)",
    "Retouradres Postbus 20018 2500 EA Den Haag\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nOns kenmerk 2025-0000196478",
    "De Minister van Sociale Zaken\naan de Tweede Kamer\nOns kenmerk 2025-0000196478",
    "dossier van 12 pagina's",
    "de zaak van mijn vader in de Kerkstraat 12345 klanten per jaar",
    "zaaknummer: nog niet bekend",
    "klantnummer 1234",  # too few digits to lead to one person
    "Vermeld uw klantnummer, bijvoorbeeld klantnummer 123456789.",
])
def test_public_or_other_numbers_are_not_case_numbers(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", [
    "dossier " * 6_000,
    "kenmerk " + "AB-" * 10_000 + "12345",
    "klantnummer " + "1-" * 20_000,
    "1" * 50_000,
    "A" * 50_000,
])
def test_adversarial_inputs_complete(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text, ["CASE_NUMBER"], None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


@pytest.mark.parametrize("text, expected", [
    ("het klantnummer van mijn moeder is 40817263", ["40817263"]),
    ("dossiernummer bij de rechtbank: C/13/123456", ["C/13/123456"]),
    ("het dossier bevat 12345 woorden", []),
    ("Wij hebben haar Ziektewet-dossier onder nummer ZW-2025-41177 geregistreerd.", ["ZW-2025-41177"]),
])
def test_a_few_words_may_stand_between_when_is_or_colon_introduces_the_code(recognizer, text, expected):
    assert found(recognizer, text) == expected


# Issue 12 (c-ents): court-style and OCR-damaged prefixes, English labels; the reference of a
# neutral document is no case number.
@pytest.mark.parametrize("text, expected", [
    ("De heer K. Smit tekent beroep aan tegen de beslissing (kenmerk BZW 24-51107).", ["BZW 24-51107"]),
    ("Geachte mevrouw Brink,\nOns kenmerk: W&I/2025/20417", ["W&I/2025/20417"]),
    ("Beste heer Yilmaz,\nOns kenmerk: W&l/2024/11562", ["W&l/2024/11562"]),   # OCR: l for I
    ("Please call Ms Novak, client number 88120375, before Friday.", ["88120375"]),
    ("Patient number: 4417-2209 (Mr Haddad)", ["4417-2209"]),
    ("Mevrouw Dijkstra belde over haar bezwaar, referentienummer 2025-88231.", ["2025-88231"]),
    ("Groet Henk Post\nKlantnr: 4021 7736", ["4021 7736"]),
    ("Groet, Ria Smit\nKlantnr:4188 2034", ["4188 2034"]),
    ("Klantnummer: 2.20417733\nOns kenmerk: AB-KL4417-2025", ["2.20417733", "AB-KL4417-2025"]),
])
def test_issue12_case_numbers_are_found(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    # the reference of a committee report, a decision, a memo: no person in the text
    "Gemeente Zwolle\n\nKenmerk: RO-2023-01472\nDatum: 3 mei 2023\nOnderwerp: Verslag commissie Ruimte\n\n"
    "De voorzitter opent de vergadering. Het budget voor het programma wordt besproken.",
    "Referentienummer: 482913306",
    "Het dossiernummer in het archiefsysteem is 771204583; het wordt jaarlijks geschoond.",
    "Kenmerk: PB-2024-00512\nHet projectnummer in het systeem is PB-2024-771; een BSN staat er niet in.",
    "Kenmerk BC/2022004415\nUitgegeven: 14 juli 2022\nDit besluit treedt in werking op de dag na uitgifte.",
    "Notitie projectgroep ICT\nKenmerk: ICT-2025-0231\nDe migratie van de servers is uitgesteld tot het derde kwartaal.",
])
def test_issue12_references_of_neutral_documents_are_not_case_numbers(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    ("De afspraak is verplaatst. Uw klantnummer blijft 66120-3307.", ["66120-3307"]),
    ("Het dossiernummer wordt ZW-2025-118820 na de overdracht.", ["ZW-2025-118820"]),
])
def test_a_verb_of_staying_or_becoming_before_the_code(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_a_courts_case_number_without_a_case_word(recognizer):
    text = "Betreft: mijn cliënt dhr. A. Yilmaz; rechtbank Gelderland ARN 25/7781, zitting op 3 maart."
    assert found(recognizer, text) == ["ARN 25/7781"]


def test_other_codes_with_a_slash_are_no_court_numbers(recognizer):
    assert found(recognizer, "De CAO 24/2025 geldt voor alle medewerkers; zie ook ISO 27/001.") == []
