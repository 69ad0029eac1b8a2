"""Whole-engine cases for the structured identifiers (IBAN, phone, e-mail, IP, KvK, btw-id,
ID documents, kentekens): what a person sees, with every recognizer of the project active."""
import pytest

CLIENT_MAIL = """Geachte heer, mevrouw,

Mijn uitkering is deze maand niet overgemaakt. Ik heb vorige week een nieuw rekeningnummer
doorgegeven: NL91 ABNA 0417 1643 00. Kunt u nagaan of dat goed is verwerkt?

U kunt mij bellen op 06-12345678 of mailen naar r.dewit1979@ziggo.nl.

Met vriendelijke groet,
Ruud de Wit
"""

PUBLIC_WEB_TEXT = """Contact met UWV

Heeft u vragen over uw uitkering? Kijk eerst op uwv.nl. Vindt u het antwoord niet, bel dan
met UWV Telefoon Werknemers: 088 - 898 92 94. Wij zijn bereikbaar op werkdagen van 8.00 tot
17.00 uur. Wilt u bij UWV werken? Stuur uw vragen over vacatures naar werving@uwv.nl.
Voor vragen over belastingen kunt u de BelastingTelefoon bellen: 0800 - 0543.
"""


def typed(detector, text):
    return [(f.type, text[f.start:f.end]) for f in detector.analyze(text).findings]


def test_client_mail_gives_phone_iban_and_email(detector):
    found = typed(detector, CLIENT_MAIL)
    for item in [("IBAN", "NL91 ABNA 0417 1643 00"), ("PHONE_NUMBER", "06-12345678"),
                 ("EMAIL_ADDRESS", "r.dewit1979@ziggo.nl")]:
        assert item in found
    # Nothing of these types inside the IBAN or the e-mail address (no KvK, BSN, URL, phone parts).
    mine = {"IBAN", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "KVK_NUMBER", "VAT_NUMBER",
            "ID_DOCUMENT", "LICENSE_PLATE", "BSN"}
    assert sorted(t for t, _ in found if t in mine) == ["EMAIL_ADDRESS", "IBAN", "PHONE_NUMBER"]


def test_public_web_text_with_general_number_and_functional_box_gives_no_finding(detector):
    assert typed(detector, PUBLIC_WEB_TEXT) == []


def test_signature_direct_line_on_an_088_number_is_personal(detector):
    text = "Groet,\nAnouk\n\nAnouk Veenstra\nJuridisch medewerker Bezwaar en Beroep\nT 088 898 31 72"
    assert ("PHONE_NUMBER", "088 898 31 72") in typed(detector, text)


def test_sole_trader_details(detector):
    text = ("Van: Tim Bakker <info@bakkertimmerwerken.nl>\n\nKvK-nummer: 62685904\n"
            "Btw-id: NL803830470B19\nZakelijke rekening: NL64 KNAB 3408 7595 61\n")
    found = typed(detector, text)
    for item in [("EMAIL_ADDRESS", "info@bakkertimmerwerken.nl"), ("KVK_NUMBER", "62685904"),
                 ("VAT_NUMBER", "NL803830470B19")]:
        assert item in found


def test_reasons_never_contain_the_text(detector):
    text = "Kenteken GZ-812-K, werkplek 10.48.112.67, paspoortnummer NW7H21KL4, bel 06-12345678."
    analysis = detector.analyze(text)
    assert {f.type for f in analysis.findings} >= {"LICENSE_PLATE", "IP_ADDRESS", "ID_DOCUMENT", "PHONE_NUMBER"}
    for f in analysis.findings:
        assert text[f.start:f.end] not in f.reason


@pytest.mark.parametrize("text", [
    "Artikel 7.2.1.3 van de Regeling en versie 1.2.3.4 van de app.",
    "De COVID-19 maatregelen golden in alle EU-27 landen.",
    "In 2024 ontvingen 1.234.567 mensen een uitkering, 12,3 procent meer (tabel 84.1.2.3).",
    "Bel de Juridisch Loket op 0900 - 8020 of mail naar info@juridischloket.nl.",
])
def test_public_sentences_stay_quiet(detector, text):
    assert typed(detector, text) == []
