"""The context recognizers through the whole engine (normalisation, context words, overlaps)."""
import pytest

MINE = {"ADDRESS", "POSTCODE", "DATE_OF_BIRTH", "EMPLOYEE_NUMBER", "CASE_NUMBER"}

CLIENT_LETTER = """Mevrouw L.M. Verhoef-Bakker
Kastanjelaan 31-II
6541 XZ Nijmegen

Datum 4 juni 2025
Ons kenmerk ZW-2025-0093127
Onderwerp Uw Ziektewet-uitkering

Geachte mevrouw Verhoef-Bakker,

U heeft ons gevraagd uw gegevens te controleren. Wij hebben de volgende gegevens van u:
Geboortedatum: 17-10-1974
Klantnummer: 40817263

Kloppen deze gegevens niet? Laat het ons dan binnen 2 weken weten.
"""

PRESS_RELEASE = """Persbericht

UWV opent nieuw kantoor in Amsterdam

Amsterdam, 12 mei 2025 - UWV opent op 1 september 2025 een nieuw kantoor aan de
La Guardiaweg 94 in Amsterdam. Werkzoekenden kunnen daar terecht voor vragen over werk en
uitkeringen. Bezwaarschriften blijven gaan naar UWV, Postbus 58285, 1040 HG Amsterdam.

De minister verwees in haar brief (Kamerstuk 29544, nr. 1234) naar de plannen. Zie ook
Stb. 2024, 321 en ECLI:NL:CRVB:2024:1234. Ons kenmerk bij eerdere vragen was 2025-0001234567.

Noot voor de redactie: bel voor meer informatie met de persvoorlichting van UWV.
"""

TEAMS_CHAT = """[10:02] Ruud Smit
klant belde over zijn WW, dossier WW-25-004412. Hij is verhuisd naar Sterrenlaan 88-bis,
3131 AD Vlaardingen, geboren op 3 februari 1990. Kun jij het adres aanpassen?
[10:05] Lotte de Wit
doe ik. mijn personeelsnummer voor de mutatie is 0612345
"""


def mine(analysis, text):
    return sorted((f.type, text[f.start:f.end]) for f in analysis.findings if f.type in MINE)


def test_client_letter_is_found(detector):
    a = detector.analyze(CLIENT_LETTER)
    assert mine(a, CLIENT_LETTER) == sorted([
        ("ADDRESS", "Kastanjelaan 31-II"),
        ("POSTCODE", "6541 XZ"),
        ("CASE_NUMBER", "ZW-2025-0093127"),
        ("DATE_OF_BIRTH", "17-10-1974"),
        ("CASE_NUMBER", "40817263"),
    ])
    for f in a.findings:
        if f.type in MINE:
            assert f.reason and CLIENT_LETTER[f.start:f.end] not in f.reason


def test_press_release_gives_nothing_of_these_types(detector):
    a = detector.analyze(PRESS_RELEASE)
    assert mine(a, PRESS_RELEASE) == []


def test_teams_chat_is_found(detector):
    a = detector.analyze(TEAMS_CHAT)
    assert mine(a, TEAMS_CHAT) == sorted([
        ("CASE_NUMBER", "WW-25-004412"),
        ("ADDRESS", "Sterrenlaan 88-bis"),
        ("POSTCODE", "3131 AD"),
        ("DATE_OF_BIRTH", "3 februari 1990"),
        ("EMPLOYEE_NUMBER", "0612345"),
    ])


def test_payment_dates_and_public_addresses_in_a_web_text_stay_quiet(detector):
    text = ("Betaaldata 2025\nWW: 24-07-2025, 25-08-2025.\n"
            "Stuur uw bezwaar naar:\nUWV\nPostbus 58285\n1040 HG Amsterdam\n"
            "Vul op het formulier uw postcode in, bijvoorbeeld 1234 AB.")
    assert mine(detector.analyze(text), text) == []


def test_street_with_context_word_only_is_found_through_context(detector):
    # No postcode, no label right before it: Presidio's context word ("woont") lifts it.
    text = "De zoon van mevrouw woont nu in Zwolle, Tulpstraat 8, zegt ze."
    assert mine(detector.analyze(text), text) == [("ADDRESS", "Tulpstraat 8")]


@pytest.mark.parametrize("text", [
    "Op de Kerstmarkt 2025 waren 300 bezoekers.",
    "Hij is geboren in 1980 en sinds 1 maart 2024 ziek.",
    "Vacaturenummer: 796840296",
])
def test_no_context_no_finding(detector, text):
    assert mine(detector.analyze(text), text) == []


TABLE = (
    "Naam\tGeboortedatum\tAdres\tPostcode\tKlantnummer\tPersoneelsnummer\n"
    "Jansen\t12-03-1985\tRokin 12\t1012 KT\t40817263\t0471862\n"
    "Bakker\t1-7-1990\tKerkstraat 3a\t4321 BA\tZW-2025-00012\t0399123\n"
    "\n"
    "Totaal 2 klanten"
)


def test_values_in_the_columns_of_a_pasted_table_are_found(detector):
    assert mine(detector.analyze(TABLE), TABLE) == sorted([
        ("DATE_OF_BIRTH", "12-03-1985"), ("DATE_OF_BIRTH", "1-7-1990"),
        ("ADDRESS", "Rokin 12"), ("ADDRESS", "Kerkstraat 3a"),
        ("POSTCODE", "1012 KT"), ("POSTCODE", "4321 BA"),
        ("CASE_NUMBER", "40817263"), ("CASE_NUMBER", "ZW-2025-00012"),
        ("EMPLOYEE_NUMBER", "0471862"), ("EMPLOYEE_NUMBER", "0399123"),
    ])


def test_a_markdown_table_with_a_birth_date_column(detector):
    text = "| Naam | Geboortedatum | Uitkering |\n|---|---|---|\n| J. Smit | 03-04-1958 | WW |\n"
    assert mine(detector.analyze(text), text) == [("DATE_OF_BIRTH", "03-04-1958")]


def test_a_table_of_payment_dates_is_not_a_table_of_birth_dates(detector):
    text = "Maand;Betaaldatum\nJuli;24-07-2025\nAugustus;25-08-2025\n"
    assert mine(detector.analyze(text), text) == []
