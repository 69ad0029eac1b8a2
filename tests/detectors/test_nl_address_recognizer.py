"""Street + house number of a person or small business; not a public body's address."""
import pytest
import regex

from detectors.recognizers.nl_address_recognizer import (
    NlAddressRecognizer,
    looks_public,
)


@pytest.fixture(scope="module")
def recognizer():
    return NlAddressRecognizer()


def found(recognizer, text, threshold=0.5):
    results = recognizer.analyze(text, ["ADDRESS"], None, regex_flags=regex.M)
    return [text[r.start:r.end] for r in results if r.score >= threshold]


@pytest.mark.parametrize("text, expected", [
    ("Mijn adres is Dorpsstraat 5, 1234 AB Ergenshuizen.", "Dorpsstraat 5"),
    ("Ik woon sinds kort op de Laan van Meerdervoort 1022-B in Den Haag.", "Laan van Meerdervoort 1022-B"),
    ("Nieuw adres: 's-Gravendijkwal 88 C", "'s-Gravendijkwal 88 C"),
    ("Dhr. P. Jansen\nOude Gracht 12 bis\n3511 AP Utrecht", "Oude Gracht 12 bis"),
    ("Adres: Rokin 84-2\n1012 KW Amsterdam", "Rokin 84-2"),
    ("Hij is verhuisd naar de Eerste Constantijn Huygensstraat 45 hs.", "Eerste Constantijn Huygensstraat 45 hs"),
    ("Woonadres: Burgemeester de Withstraat 9-III", "Burgemeester de Withstraat 9-III"),
    ("Met vriendelijke groet,\nAnna Kowalski\nKastanjelaan 3a\n6541 XZ Nijmegen", "Kastanjelaan 3a"),
    ("Vestigingsadres: Industrieweg 14-16, 8304 AD Emmeloord", "Industrieweg 14-16"),
    ("Betrokkene woont aan de Lange Nieuwstraat 201.", "Lange Nieuwstraat 201"),
    ("Sjoerd Bosma\nMolendijk 7 A\n9101 BB Dokkum", "Molendijk 7 A"),
    ("Adres: Dorpsstraat 5 E-mail: s.bosma@example.nl", "Dorpsstraat 5"),
    ("Naam: Jan Jansen\nStraat: Dorpsstraat 12\nPostcode: 1234 AB", "Dorpsstraat 12"),
    ("Hij woont nu aan de Kerk 5 in Hoorn.", "Kerk 5"),
    ("J. de Vries | Kerkstraat 1 | 1234 AB Dorp | 06-12345678", "Kerkstraat 1"),
    ("My address is Keizersgracht 123-2, 1015 CJ Amsterdam.", "Keizersgracht 123-2"),
    ("KvK: 12345678. Bakkerij De Korenbloem, Marktplein 4, 7411 BJ Deventer.", "Marktplein 4"),
    ("Gesprek met dhr. Bakker, wonende te Hengelo, Tuinstraat 14.", "Tuinstraat 14"),
    # a toevoeging after a slash
    ("Mevrouw K. Dekker\nLindelaan 31/B\n4811 AB Breda", "Lindelaan 31/B"),
    ("Nieuw adres: Vondelstraat 7/2, 1054 GB Amsterdam", "Vondelstraat 7/2"),
])
def test_personal_address_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", [
    "Stuur uw bezwaar naar UWV, Postbus 58285, 1040 HG Amsterdam.",
    "Bezoekadres: La Guardiaweg 94-114, 1043 DL Amsterdam",
    "De Voorzitter van de Tweede Kamer der Staten-Generaal\nPrinses Irenestraat 6\n2595 BD Den Haag",
    "Ministerie van Sociale Zaken en Werkgelegenheid\nParnassusplein 5\n2511 VX Den Haag",
    "De banenmarkt is in het stadhuis, Stadhuisplein 130, 5038 TC Tilburg.",
    "Het kantoor verhuist naar het gemeentehuis aan het Raadhuisplein 1.",
    "Op de Kerstmarkt 2025 waren 300 bezoekers.",
    "Antwoord 3\nDe minister verwijst naar de brief.",
    "De OR-vergadering 9 juni gaat niet door.",
    "Tijdens de bouw aan de Binckhorstlaan werkte hij mee.",
    "Persbericht\nDe nieuwe vestiging opent op Europaweg 12, 9723 AS Groningen.",
    "Artikel 12 lid 3 van de Wet op de loonbelasting",
    "Vacature: kok\nOns restaurant ligt aan de Europaweg 12, 7336 AL Apeldoorn. Solliciteer direct!",
    "Voorbeeld: Kerkstraat 1, 1234 AB Dorp.",
    "Ons kantoor in Utrecht: Vliethaven 5, 3524 CE Utrecht.",
    "Kantoor Amsterdam\nLa Guardiaweg 94\n1043 DJ Amsterdam",
    "Bron: CBS\nRond de Amsterdamsestraatweg 1 op de 5 huishoudens heeft een laag inkomen.",
])
def test_public_or_no_address_is_not_found(recognizer, text):
    assert found(recognizer, text) == []


def test_street_without_evidence_is_left_to_context_words(recognizer):
    # A bare street + number scores below the report threshold; a context word nearby
    # (Presidio's enhancer, +0.35) is what would lift it.
    results = recognizer.analyze("Het pakket ligt bij Tulpstraat 8 klaar.", ["ADDRESS"], None)
    assert [(r.start, r.end) for r in results] == [(20, 32)]
    assert 0.15 <= results[0].score < 0.5


def test_reason_never_contains_the_address(recognizer):
    text = "Mijn adres is Dorpsstraat 5, 1234 AB Ergenshuizen."
    (result,) = recognizer.analyze(text, ["ADDRESS"], None)
    assert result.analysis_explanation.textual_explanation
    assert "Dorpsstraat" not in result.analysis_explanation.textual_explanation


@pytest.mark.parametrize("text, public", [
    # a return address heads every outgoing letter to a person: not a mark of a published text
    ("Retouradres Postbus 90801 2509 LV Den Haag", False),
    ("Retouradres Postbus 20018 2500 EA Den Haag\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal", True),
    ("Kamerstukken II 2024/25, 29544, nr. 1234. Brief van de minister van SZW", True),
    ("Kamerstukken II 2024/25, 29544, nr. 1234", False),  # one weak mark: maybe an internal mail
    ("Beste Jan, kun je de klant terugbellen?", False),
])
def test_public_text_marks(text, public):
    assert looks_public(text) is public


@pytest.mark.parametrize("text", [
    "1" * 50_000,
    " " * 50_000,
    "Aaaa " * 10_000,
    "Van Kerkstraat " * 5_000,
    "Kerkstraat 1 " * 3_000,
    "Laan van " * 6_000,
    "Straat-" * 7_000,
    ("Kerkstraat" + "a" * 30 + " ") * 1_500,
    "\n" * 50_000,
])
def test_adversarial_inputs_complete(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text, ["ADDRESS"], None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


@pytest.mark.parametrize("text", [
    "Beste Jan, de Tweede Kamer vraagt ernaar. Mijn adres is Dorpsstraat 5, 1234 AB Ergenshuizen.",
    "Kamervragen over deze klant: ze woont op Kerkplein 3, 4321 BA Ergens.",
])
def test_one_weak_public_mark_does_not_silence_a_personal_text(recognizer, text):
    assert len(found(recognizer, text)) == 1


@pytest.mark.parametrize("text", [
    "Kamerstuk 29544, nr. 1200. De minister van SZW bezocht Kerkstraat 1, 1234 AB Ergens.",
])
def test_published_text_only_keeps_addresses_tied_to_a_person_by_words(recognizer, text):
    assert found(recognizer, text) == []


# Issue 12 (c-ents): an address without a postcode after a person's name, or with its town.
@pytest.mark.parametrize("text, expected", [
    ("Ze noemt haar buurman, de heer K. Visser (Dorpsstraat 41), als getuige.", ["Dorpsstraat 41"]),
    ("ik ben Annet, de zus van Joost Brinkman (Beukenlaan 7). Hij ligt in het ziekenhuis.", ["Beukenlaan 7"]),
    ("Geen bezwaar van de buren (fam. Aydin-Koster, Zandweg 12) ontvangen.", ["Zandweg 12"]),
    ("de familie El Amrani (Vlietstraat 9) heeft ook geklaagd", ["Vlietstraat 9"]),
    ("Met vriendelijke groet,\nRoos en Daan Hekman\nEikenlaan 31, Nijkerk", ["Eikenlaan 31"]),
    ("Jeroen Smit\nEigenaar\nSmit Schilderwerken\nMolenweg 3, Barneveld\nj.smit@smitschilder.nl", ["Molenweg 3"]),
    ("Werkplekbezoek bij Kapsalon Yildiz, Marktstraat 22, Zevenaar\nWerknemer: Elif Yildiz", ["Marktstraat 22"]),
])
def test_issue12_address_without_postcode(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "Het stadskantoor, Markt 1, Ede is op zaterdag gesloten.",
    "Bezoekadres: Stationsplein 12, Amersfoort",
    "De tentoonstelling is te zien in het Stadsmuseum (Museumstraat 4).",
    "De Tweede Kamer vergadert. Het debat vindt plaats in Den Haag, Lange Poten 4, Den Haag.",
    "Vanaf maandag kunnen werkzoekenden terecht op het nieuwe adres: Marktstraat 12, Enschede.",
])
def test_issue12_public_addresses_with_a_town_stay_out(recognizer, text):
    assert found(recognizer, text) == []


def test_issue12_the_same_address_again_is_found(recognizer):
    text = ("Onderwerp: Overlastmelding Populierstraat 8\n\nBeste collega,\nDe melder woont aan de "
            "Populierstraat 8, 3811 KL Amersfoort.")
    assert found(recognizer, text) == ["Populierstraat 8", "Populierstraat 8"]


def test_issue12_many_addresses_again_complete(recognizer, cpu_limit):
    text = "".join(f"Melding Dorpsstraat {i}\nAdres: Dorpsstraat {i}, 1234 AB Ergens\n" for i in range(1, 8000))
    with cpu_limit(4.0):
        results = recognizer.analyze(text, ["ADDRESS"], None)
    assert len(results) >= 2 * 7999 - 10


def test_issue12_lower_case_toevoeging_before_a_comma(recognizer):
    text = "Ilse Kramer\nDorpsweg 17 c, 7431 BK Diepenveen | 06 12 34 56 78"
    assert found(recognizer, text) == ["Dorpsweg 17 c"]


# Issue 12 (c-ents): a vacancy on a job platform names the employer's office, not a home.
@pytest.mark.parametrize("text", [
    "Medewerker Burgerzaken\n\nMarktplein 3, 6981 BC Doesburg, Nederland\n\nSluit over 9 dagen\n\nBegindatum:\n\n"
    "1 sep 2025\n\nUren per week:\n\n24\n\nOrganisatie\nDe gemeente Doesburg zoekt een collega.",
    "Adviseur Wonen\n\nStationsweg 12, 2101 HA Heemstede, Nederland\n\nSluit morgen\nom 12:00\n\nUren per week:\n\n36",
])
def test_issue12_vacancy_office_is_not_personal(recognizer, text):
    assert found(recognizer, text) == []


def test_issue12_contract_details_keep_the_address(recognizer):
    text = "Naam: Petra Goossens\nAdres: Lindelaan 4, 6981 BC Doesburg\nBegindatum: 1 sep 2025\nUren per week: 24"
    assert found(recognizer, text) == ["Lindelaan 4"]


SQL_DUMP = ("INSERT INTO `klant` (`klant_id`, `voornaam`, `straat`, `huisnummer`, `postcode`, `plaats`) VALUES\n"
            "(7, 'Priya', 'Lindenhof', '12', '6512 KD', 'Nijmegen'),\n"
            "(8, 'Gert', 'Van Speijkstraat', '3a', '2518 EX', 'Den Haag');")
CSV_EXPORT = "klantnr;straat;huisnr;postcode\n1041;Koningsweg;88;3582 GE\n1042;Dorpsstraat;7;6663 BJ"


@pytest.mark.parametrize("text, expected", [
    # street and house number in two columns of an SQL dump or a CSV export: one address per row
    (SQL_DUMP, ["Lindenhof', '12", "Van Speijkstraat', '3a"]),
    (CSV_EXPORT, ["Koningsweg;88", "Dorpsstraat;7"]),
])
def test_street_and_number_in_two_columns(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_a_street_column_without_numbers_is_no_address(recognizer):
    # a list of streets that are closed for works: no house number column beside them
    assert found(recognizer, "straat;van;tot\nKoningsweg;1 mei;3 mei\nDorpsstraat;4 mei;9 mei") == []


def test_the_addressee_after_aan_under_a_return_address(recognizer):
    # "Aan mevrouw ..." is the addressee's line of a letter, not the organisation of the Postbus above
    text = "Retouradres Postbus 1200, 3500 BE Utrecht\n\nAan de heer K. Oudeman\nMolenpad 17\n3991 XK Houten"
    assert found(recognizer, text) == ["Molenpad 17"]
