"""Issue 12, sixteenth round (all texts newly invented): a gesture or an idiom with a body part in a sports report
("zakt door haar knieën", "gooit zijn armen in de lucht", "haalt haar schouders op") is no complaint about the body;
a complaint about the same body part still is."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories

COACH = ("Na elk punt springt trainer Ilse Vermeulen op van de bank. Bij een misser {gesture}. Vermeulen stopt na dit "
         "seizoen als trainer van de handbalsters uit Zwaagdijk. Na drie titels is ze toe aan iets nieuws.")


@pytest.mark.parametrize("gesture", ["zakt ze door haar knieën", "gooit ze haar armen in de lucht",
                                     "haalt ze haar schouders op"])
def test_a_gesture_is_no_health_data(detector, gesture):
    assert "HEALTH_DATA" not in categories(detector, COACH.format(gesture=gesture))


@pytest.mark.parametrize("complaint", ["heeft ze last van haar knieën", "voelt ze haar schouders weer",
                                       "grijpt ze naar haar knie"])
def test_a_body_part_of_a_named_person_stays_health_data(detector, complaint):
    assert "HEALTH_DATA" in categories(detector, COACH.format(gesture=complaint))


# -- a mail's header as elements, the way a mail template or a fixture stores a sent mail ----------------------------
MAIL = ("Beste lezer,\n\nUw aanvraag voor de borgstelling is ontvangen en wordt deze week beoordeeld.\n\n"
        "Met vriendelijke groet,\n\n*Fenna Oosterhuis*\n<from>borgstelling@fonds.example.nl</from>\n"
        "<to>k.vermeer@schuldhulp.example.nl</to>\n<subject>Aanvraag borgstelling ontvangen</subject>")


def test_a_mail_header_as_elements_is_an_e_mail(detector):
    assert "EMAIL_MESSAGE" in categories(detector, MAIL)


@pytest.mark.parametrize("text", [
    # elements of a route planner: "from" and "to" are places, no mail address
    "<route>\n  <from>Utrecht Centraal</from>\n  <to>Amersfoort</to>\n  <subject>Spits</subject>\n</route>",
    # a template without a receiver
    "<mail>\n  <from>noreply@example.nl</from>\n  <subject>Uw wachtwoord</subject>\n</mail>",
])
def test_other_elements_are_no_e_mail(detector, text):
    assert "EMAIL_MESSAGE" not in categories(detector, text)
