import pytest

from detectors.recognizers.nl_phone_recognizer import NlPhoneRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlPhoneRecognizer()


def found(recognizer, text):
    results = recognizer.analyze(text=text, entities=["PHONE_NUMBER"], nlp_artifacts=None)
    return [text[r.start:r.end] for r in results if r.score >= 0.5]


@pytest.mark.parametrize("text, expected", [
    ("bel me op 06-12345678.", "06-12345678"),
    ("Mobiel: 06 1234 5678", "06 1234 5678"),
    ("tel. +31 6 12345678", "+31 6 12345678"),
    ("0031 6 39 47 18 25", "0031 6 39 47 18 25"),
    ("M +31 (0)6 2381 4476", "+31 (0)6 2381 4476"),
    ("thuis 020-1234567", "020-1234567"),
    ("(020) 123 45 67", "(020) 123 45 67"),
    ("010 - 123 45 67 na 17 uur", "010 - 123 45 67"),
    ("tel. 0513 - 62 18 47", "0513 - 62 18 47"),
    ("gebeld met zijn leidinggevende (053 - 481 29 70).", "053 - 481 29 70"),
    ("Belgisch nummer +32 470 12 34 56", "+32 470 12 34 56"),
    ("in Berlijn: +49 30 1234567", "+49 30 1234567"),
    ("UK: +44 20 7946 0958", "+44 20 7946 0958"),
])
def test_personal_number_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", [
    "geboren op 07-07-1992",                 # a date
    "om 10:30 uur, 12-03-2024",              # time and date
    "BSN 111222333",                         # a BSN
    "NL91 ABNA 0417 1643 00",                # IBAN parts
    "postcode 1051 BD Amsterdam",
    "bedrag 0612345678,50 euro",             # an amount with a decimal part
    "versie 0.20.1234567",
    "kenmerk 2025-0000196478",               # a reference number
    "dossier AB0612345678",                  # glued to letters
    "bel 14 020 voor de gemeente",           # municipal general number
])
def test_not_a_phone_number(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", [
    "U kunt bellen met UWV: 088 - 898 92 94.",
    "From abroad, dial +31 88 898 92 94.",
    "Bel de BelastingTelefoon: 0800 - 0543.",
    "Juridisch Loket, telefoon 0900 - 8020.",
    "Onze klantenservice: 020 - 1234567 (werkdagen).",
    "Bel ons op 010 123 45 67.",
    "ons landelijke nummer 085 123 4567",
    "Voor de pers: persvoorlichting, telefoon 030 - 234 56 78.",
    "Journalisten bellen de afdeling Communicatie: 070 - 333 44 55.",
    "Press office: +31 20 555 0100",
])
def test_general_numbers_of_an_organisation_are_not_personal(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Anouk Veenstra\nJuridisch medewerker\nT 088 898 31 72", "088 898 31 72"),
    ("Mijn directe nummer is 088 898 31 72.", "088 898 31 72"),
    ("doorkiesnummer: 088 - 898 12 34", "088 - 898 12 34"),
    ("mobiel 085 123 4567", "085 123 4567"),
    ("Receptie 020 1234567, mijn directe nummer 020 1234568", "020 1234568"),
])
def test_business_number_with_personal_context_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


def test_several_numbers_in_one_run_are_all_found(recognizer):
    text = "06 12345678 06 87654321 020 1234567 010 - 123 45 67"
    assert found(recognizer, text) == ["06 12345678", "06 87654321", "020 1234567", "010 - 123 45 67"]


def test_number_in_a_long_table_row_is_found(recognizer):
    text = "12 34 56 78 90 " * 8 + "0612345678 " + "12 34 56 78 90 " * 8
    assert found(recognizer, text) == ["0612345678"]


@pytest.mark.parametrize("text", [
    "Mail of bel mij persoonlijk: 06-12345678",
    "Zijn persoonlijke nummer is 020-7654321.",
])
def test_person_words_are_not_press_words(recognizer, text):
    assert len(found(recognizer, text)) == 1


def test_directeur_is_not_personal_context(recognizer):
    assert found(recognizer, "De directeur is bereikbaar via 088 898 00 00.") == []


def test_reason_never_holds_the_number(recognizer):
    text = "T 088 898 31 72"
    [res] = recognizer.analyze(text=text, entities=["PHONE_NUMBER"], nlp_artifacts=None)
    assert "898" not in res.analysis_explanation.textual_explanation


def test_other_entities_are_ignored(recognizer):
    assert recognizer.analyze(text="06-12345678", entities=["IBAN"], nlp_artifacts=None) == []


@pytest.mark.parametrize("text", [
    "0" * 50_000,
    "06 " * 20_000,
    "+31 " * 15_000,
    "(" * 50_000,
    " - ".join(["12"] * 15_000),
])
def test_adversarial_input_completes(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text=text, entities=["PHONE_NUMBER"], nlp_artifacts=None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


# Issue 12 (c-ents): a person's line in a signature, 2-digit groups, CSV cells, Belgian numbers.
@pytest.mark.parametrize("text, expected", [
    # a named person's 088 line without "direct": on the name line, or under it
    ("Met vriendelijke groet,\nMarleen Kuipers | Handhaving | 088 - 898 4417", ["088 - 898 4417"]),
    ("Groet,\nDaan Verbeek\nArbeidsdeskundige\n088 - 898 2291 | 06 38 41 77 02",
     ["088 - 898 2291", "06 38 41 77 02"]),
    # a spaced landline of a named person, under an organisation's name
    ("Hartelijke groet,\nSaskia Mulder\nWethouder Onderwijs\nGemeente Delft\nT 015 260 22 14 · s.mulder@delft.nl",
     ["015 260 22 14"]),
    ("Henk Brouwer\nTeamleider Vergunningen\nBezoekadres: Markt 1, 2611 GP Delft\nTel: 015 - 260 31 17",
     ["015 - 260 31 17"]),
    ("Met vriendelijke groet,\nLinda Hofstee\nWijkteam Noord\n(050)3672219\nwww.wijkteamnoord.nl", ["(050)3672219"]),
    ("Met vriendelijke groet,\nSjoerd Kramer\nJeugdconsulent\n\n\nMarktplein 4, 8911 AB Leeuwarden\nTeam Jeugd Oost\n"
     "(058)2338412\nwww.jeugdoost.nl", ["(058)2338412"]),
    ("Aanvrager: Femke de Wit (pnr 0718823), 088-898 5561", ["088-898 5561"]),
    # a mobile in 2-digit groups after a date-like run
    ("Ruben (ww, pb 03-11) 06 52 19 83 47", ["06 52 19 83 47"]),
    ("Yara, afspraak 12-01 06 27 73 41 90", ["06 27 73 41 90"]),
    # a number in a CSV cell
    ("Naam,Telefoon,Klas\nLotte Smit,06-29384756,4B\nBram Wit,0627384950,4B", ["06-29384756", "0627384950"]),
    ("Naam,Telefoonnummer,BSN\nKees Bos,06-98112233,123456782", ["06-98112233"]),
    # an unissued mobile under or next to a name
    ("Graag snel contact!\n\nSietse Hoekstra\n06-98123456", ["06-98123456"]),
    ("• Gerda Vos — Lindelaan 3, 2312 AB Leiden — 06-97654321", ["06-97654321"]),
    ("Naam: Els Maes\nWoonplaats: 9000 Gent\nTel. 02-134-5566", ["02-134-5566"]),
    # a Belgian number next to a person
    ("Patiënt: Luc Peeters\nAdres: Stationsstraat 4, 2000 Antwerpen\nTelefoon: 03-234-5678", ["03-234-5678"]),
])
def test_issue12_personal_lines_are_found(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    # a gemeente's general number in a public text, also on a contact block and in a letterhead
    "Contact\nGemeente Delft\nStadhuis, Markt 1\nT 015 260 22 22",
    "Het gemeentehuis is op werkdagen telefonisch bereikbaar op telefoonnummer 0317 - 49 29 11.",
    "Gemeente Oss\nPostbus 5, 5340 BA Oss\nTelefoon 14 0412\nwww.oss.nl",
    "UWV Werkbedrijf\nVestiging Zwolle\nT 088 - 898 92 94",
    # an author on a title page above an office's address block
    "Rapport 12\n\nH.J. Dekkers\n\nPlanbureau Noord\nPostbus 1200\n9700 AA Groningen\nTelefoon (050) 367 22 10",
    # an amount with a decimal part stays out, also after a comma
    "Totaal: 1,0612345678",
    "bedrag 0612345678,50 euro",
    # a 9-digit number that reads as Belgian, but without any Belgian sign
    "Referentie 02-123-4567 in het systeem",
])
def test_issue12_general_numbers_stay_out(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", [
    "Brussel, tel. 02-123-4567\n" * 20_000,           # Belgian numbers, each after a phone word
    "Groet,\nJan de Vries\nT 088 - 898 1234\n" * 15_000,  # signatures of a named person
    "Jan de Vries,06-98765432,3A\n" * 20_000,          # CSV rows
])
def test_issue12_adversarial_inputs_complete(recognizer, text, cpu_limit):
    with cpu_limit(4.0):
        results = recognizer.analyze(text=text, entities=["PHONE_NUMBER"], nlp_artifacts=None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


@pytest.mark.parametrize("text", [
    # an organisation speaking to its public ("ons", "uw vraag") about its WhatsApp line
    "Volg ons op Instagram of stel uw vraag via WhatsApp: 06 - 41 27 90 33 (alleen berichten).",
    "App ons gerust via WhatsApp op 06-29384756, op werkdagen beantwoorden we uw vraag binnen een dag.",
])
def test_an_organisations_whatsapp_line_is_not_personal(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Stel uw vraag gerust via WhatsApp aan mij: 06-41279033.", ["06-41279033"]),
    ("Heeft u nog vragen? App mij via WhatsApp op 06 29384756.", ["06 29384756"]),
])
def test_a_persons_whatsapp_number_stays_personal(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a phone column of an SQL dump or a CSV export holds phone numbers, also in a made-up range
    ("INSERT INTO klant (id, naam, telefoonnummer) VALUES\n(1, 'Priya Ramdin', '95-59285182'),\n"
     "(2, 'Gert Bos', '0612345678');", ["95-59285182", "0612345678"]),
    ("naam;telefoon;plaats\nPriya Ramdin;51-53880882;Nijmegen\nGert Bos;030 123 4567;Utrecht",
     ["51-53880882", "030 123 4567"]),
])
def test_any_number_in_a_phone_column(recognizer, text, expected):
    assert sorted(found(recognizer, text)) == sorted(expected)


def test_other_columns_keep_their_numbers(recognizer):
    # an order number or an amount in its own column is no phone number
    assert found(recognizer, "ordernummer;bedrag;telefoon\n2025-0012345;1250,00;\n2025-0012346;80,00;") == []


@pytest.mark.parametrize("text, expected", [
    # a FHIR ContactPoint with use home: the person's own line, also with a note that reads like office hours
    ('<telecom>\n  <extension url="http://example.org/Toelichting">\n    <valueString value="niet tijdens kantooruren"/>\n'
     '  </extension>\n  <system value="phone"/>\n  <value value="+31307654321"/>\n  <use value="home"/>\n</telecom>',
     ["+31307654321"]),
    ('{"telecom": [{"system": "phone", "value": "0307654321", "use": "home", "comment": "bereikbaar na 18.00 uur"}]}',
     ["0307654321"]),
])
def test_a_fhir_home_number_is_personal(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_a_fhir_work_number_of_an_office_stays_an_office(recognizer):
    text = ('<telecom>\n  <extension url="http://example.org/Toelichting">\n    <valueString value="bereikbaar op '
            'werkdagen"/>\n  </extension>\n  <system value="phone"/>\n  <value value="+31307654321"/>\n'
            '  <use value="work"/>\n</telecom>')
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", [
    # where the public signs up for an event, by the club's mailbox or its landline
    "Aanmelden kan via info@historischekring.nl. Heeft u geen computer, dan kunt u zich telefonisch aanmelden "
    "(tel.nr. 0528-240262).",
    "Reserveren voor het concert kan op 0513-412345 of aan de zaal.",
])
def test_the_line_where_the_public_signs_up_is_not_personal(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Aanmelden kan bij mij: 0528-240262.", ["0528-240262"]),
    ("Mevrouw Bakker wil haar aanmelding intrekken; zij is bereikbaar op 0513-412345.", ["0513-412345"]),
    ("De aanmelding van Piet de Vries (tel 0528-240262) is binnen.", ["0528-240262"]),
    ("Reserveren kan bij Anja Smit via 0513-412345.", ["0513-412345"]),
])
def test_a_persons_line_beside_a_sign_up_stays_personal(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text, number", [
    # a member's record names their municipality ("gemeente"), which is no organisation's phone line
    ('{\n  "voornaam": "Loe",\n  "achternaam": "Bas",\n  "adres": "Williestraat 92",\n  "gemeente": "1000 Kobbegem",\n'
     '  "telefoon": "0486 328482",\n  "email": "lb@example.com"\n}', "0486 328482"),
    ('{"voornaam": "Ria", "gemeente": "Grave", "tel": "0486 471122"}', "0486 471122"),
])
def test_a_number_in_a_phone_field_of_a_record_that_names_a_municipality(recognizer, text, number):
    assert number in found(recognizer, text)


def test_an_organisations_number_in_running_text_stays_an_organisations():
    from detectors.recognizers.nl_phone_recognizer import NlPhoneRecognizer
    text = "De gemeente Grave is op werkdagen bereikbaar op 0486 471122."
    assert [r.score for r in NlPhoneRecognizer().analyze(text, ["PHONE_NUMBER"])] == [0.3]


def test_a_phone_field_of_an_organisations_structured_data_stays_an_organisations():
    from detectors.recognizers.nl_phone_recognizer import NlPhoneRecognizer
    text = ('{"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": "Gemeente Grave", '
            '"telephone": "0486 471122"}')
    assert [r.score for r in NlPhoneRecognizer().analyze(text, ["PHONE_NUMBER"])] == [0.3]


@pytest.mark.parametrize("text", [
    # an organisation's record names a municipality too
    '{"organisatie": "Gemeente Delft", "afdeling": "Publiekszaken", "telefoon": "015-2602222", '
    '"website": "https://www.delft.nl"}',
    'const gemeente = {naam: "Gemeente Delft", phone: "015-2602222", email: "info@delft.nl"}',
])
def test_a_phone_field_of_an_organisations_record_stays_an_organisations(text):
    from detectors.recognizers.nl_phone_recognizer import NlPhoneRecognizer
    assert [r.score for r in NlPhoneRecognizer().analyze(text, ["PHONE_NUMBER"])] == [0.3]
