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
