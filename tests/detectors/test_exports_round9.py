"""Issue 12, ninth round: a pasted export of personal data is never read as a published text.

An SQL dump of addresses and mobiles whose postcodes happen to end in "AD" read as news (the Algemeen Dagblad)
with quotations, and every finding was dropped: a table of a thousand people passed without a warning."""
from __future__ import annotations

from detectors import published

_STREETS = ("Lindelaan", "Kerkpad", "Vijverweg", "Schoolstraat")


def _sql(rows: int) -> str:
    return "INSERT INTO klant (straat, nr, mobiel, postcode) VALUES " + "".join(
        f"('{_STREETS[i % 4]}', '{i % 90 + 1}', '06{20000000 + i * 7907:08d}', '{2000 + i % 7000} "
        f"{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}'),\n" for i in range(rows))


def test_an_sql_dump_of_addresses_keeps_its_findings(detector):
    text = _sql(800)  # about 45 KB, postcodes "… AD" among them
    assert " AD'" in text
    analysis = detector.analyze(text)
    assert sum(f.type == "PHONE_NUMBER" for f in analysis.findings) >= 700


def test_rows_of_an_sql_dump_are_a_sign_of_a_private_text():
    assert published.private_signs(_sql(5))


def test_a_postcode_ending_in_ad_is_no_news_medium():
    head = "Kerkstraat 5\n1078 AD Amsterdam"
    assert "media" not in published.kinds(head)
    assert "media" in published.kinds("Dat meldt het AD op basis van eigen onderzoek.")


_MEMBERS = ("Atsma, Van Beek, Bikker, Marjolein Faber, Frentrop, Gerkens, Van Hattem, Mirjam Bikker, Pieter Heerma, "
            "Koffeman, Nicolai, Van Rooijen, Schalk, Stienen, Vendrik, Annemarie Jorritsma, Gert-Jan Oplaat, Ruud Koole, "
            "Adriaansens, Bezaan, Van Dijk, Essers, Fiers, Geerdink, Hoekstra, Van Huffelen, Janssen, Kluit, Lagas, "
            "Meijer, Moonen, Nanninga, Otten, Van Pareren, Rietkerk, Rosenmöller, Van Strien, Veldhoen, Verkerk, Wever, "
            "Wezel en Van Zandbrink,")


def test_the_verslag_of_a_plenary_sitting_of_parliament_reads_as_published(detector):
    # the heading of every Eerste and Tweede Kamer verslag, over the list of members present
    text = ("Verslag van de plenaire vergadering van dinsdag 12 maart 2019Parlementair jaar 2018/2019, 24e vergadering\n\n"
            "Aanvang: 13.30 uur\n\nSluiting: 16.10 uur\n\nStatus: gecorrigeerd\n\n\nOpening\n\n"
            "Voorzitter: Bruijn-Wezeman\n\nTegenwoordig zijn 71 leden, te weten:\n\n" + _MEMBERS + "\n")
    assert not [f for f in detector.analyze(text).findings if f.type == "PERSON"]


def test_an_internal_plenary_meeting_with_those_present_still_warns(detector):
    text = ("Verslag van de plenaire vergadering van het districtsoverleg, 12 maart\n\nVoorzitter: Hanneke Bos\n"
            "Notulist: Jeroen Smit\nAanwezig: Karin de Wit, Ahmed Yilmaz, Sandra Kok\n\n1. Opening\nHanneke opent de "
            "vergadering. Ahmed meldt dat de werkvoorraad oploopt.\n")
    assert {"Karin de Wit", "Ahmed Yilmaz"} <= {text[f.start:f.end] for f in detector.analyze(text).findings}
