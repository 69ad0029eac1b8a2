"""Issue 12, twenty-third round (all texts newly invented): words of case work inside a quotation in news are the
speaker's; a parliament's roll of members heads a published report, not a team's minutes."""
from __future__ import annotations

import pytest

from detectors import published
from tests.helpers.findings import categories
from tests.helpers.verdict import warns

_INTERVIEW = ("Je stopte vorig jaar als speler bij de club. Waarom nu trainer?\n\n"
              "{open}Na mijn laatste wedstrijd had ik een gesprek met het bestuur en met Henk Brouwers, de trainer "
              "van de JO17. Ik wil mijn ervaring doorgeven aan de jongens.{close}\n\n"
              "Wie is je het meest bijgebleven?\n\n{open}Bij Heracles stond Erik ten Hag voor de groep. Van hem heb ik "
              "veel geleerd over positiespel, en dat wil ik de jeugd ook leren.{close}")


def test_case_work_words_in_an_interviews_quote_are_no_private_sign(detector):
    # (a Dutch paper opens its quotes with two commas; the interview shows kinds of published writing besides)
    assert not warns(detector, _INTERVIEW.format(open=",,", close="”"))


@pytest.mark.parametrize("line, quoted", [
    (",,Na mijn laatste wedstrijd had ik een ", True),
    (",,Ja.” Daarna had ik een ", False),
    ("Hij zei ,,ja” en ,,nee” en had een ", False),
    ("Het getal 1,,5 en een ", False),
    ("“Dan had ik een ", True),
])
def test_a_quote_opened_with_two_commas_is_a_quote(line, quoted):
    assert published._quoted(line + "gesprek", len(line)) is quoted


@pytest.mark.parametrize("text", [
    # the same words outside a quotation: a caseworker's note
    "Vandaag een gesprek met mevrouw Jansen gevoerd over haar re-integratie. Zij werkt nu twee dagen per week en wil "
    "dat uitbreiden. Afgesproken dat ik volgende week terugbel. Henk Brouwers van de werkgever was er ook bij.",
    # a quotation of a client in a note
    "Cliënt Sanne de Wit zegt: ,,Ik had een gesprek met de werkgever, maar die wil niets aanpassen.” Volgende week "
    "bel ik haar terug om de mogelijkheden voor een werkplekaanpassing te bespreken met de bedrijfsarts.",
])
def test_case_work_words_outside_news_still_warn(detector, text):
    assert warns(detector, text)


_ROLL = ("Opening\n\nVoorzitter: Van der Meulen\n\nTegenwoordig zijn 71 leden, te weten:\n\nAkkerman, Bos, De Groot, "
         "Hamersma, Jacobs, Van Kempen, Koster, Lindeboom, Mulder, Nijhuis, Oosterveld, Prins, Van Rijn, Smits, "
         "Terpstra en Visser,\n\nen mevrouw Kuipers, minister van Sociale Zaken en Werkgelegenheid.\n\nDe voorzitter "
         "opent de vergadering.")


def test_a_parliaments_roll_of_members_is_no_meeting_notes(detector):
    assert "MEETING_NOTES" not in categories(detector, _ROLL)


def test_a_teams_minutes_with_those_present_still_are(detector):
    text = ("Opening\n\nVoorzitter: Marloes\n\nAanwezig: Marloes, Kees, Ahmed en Petra\n\nDe voorzitter opent de "
            "vergadering. Kees meldt dat de planning uitloopt.")
    assert "MEETING_NOTES" in categories(detector, text)


@pytest.mark.parametrize("greeting", ["Beste medeburgers.", "Beste stadgenoten,", "Geachte kiezers,",
                                      "Beste wijkgenoten,"])
def test_a_greeting_to_fellow_citizens_is_no_private_sign(greeting):
    # (a letter to the editor or a party's appeal greets the town, not one person)
    assert not published.private_signs(greeting + " De gemeente wil het zwembad slopen. Wat vindt u daarvan?")


@pytest.mark.parametrize("greeting", ["Beste medewerkers,", "Beste Stadhouders,"])
def test_a_greeting_to_staff_or_a_name_stays_a_private_sign(greeting):
    assert published.private_signs(greeting + " De gemeente wil het zwembad slopen. Wat vindt u daarvan?")


def test_a_rulings_placeholders_for_the_parties_are_a_ruling():
    text = ("Na afloop van het vooronderzoek zijn nadere stukken ontvangen van [partijen]. Deze zijn aan [appellanten] "
            "toegezonden.")
    assert "court" in published.kinds(text)


@pytest.mark.parametrize("text", [
    "De klant werd bijgestaan door zijn zoon. Het gesprek ter plekke duurde een uur.",
    "We bespreken de zaak in het teamoverleg van dinsdag, met [naam klant] erbij.",
    # a caseworker's note about a hearing tells it in a ruling's words (review of round 23)
    "Verslag 12 maart. Vandaag was de zitting over de ontruiming van de heer Jan Bos. Hij werd bijgestaan door mr. K. "
    "Smit, de verhuurder werd vertegenwoordigd door mr. L. de Haan. De zaak is ter zitting behandeld.",
])
def test_other_words_of_help_or_a_case_are_no_ruling(text):
    assert "court" not in published.kinds(text)


def test_a_caseworkers_note_about_a_hearing_still_warns(detector):
    text = ("Verslag 12 maart. Vandaag was de zitting over de ontruiming van de heer Jan Bos. Hij werd bijgestaan door "
            "mr. K. Smit, de verhuurder werd vertegenwoordigd door mr. L. de Haan. De verhuurder wil de woning "
            "ontruimen omdat er sinds oktober geen huur meer is betaald. Volgende week bespreek ik met hem zijn "
            "inkomsten en uitgaven en de mogelijkheden voor een regeling.")
    assert warns(detector, text)


def test_a_quote_closed_with_two_apostrophes_ends_there():
    line = ",,Ik had een gesprek met de schuldhulp.'' Wethouder Jansen beloofde een "
    assert published._quoted(line + "huisbezoek", len(line)) is False


def test_case_work_after_a_quote_in_a_residents_story_still_warns(detector):
    # (review of round 23: an age, an office and "vertelde" are kinds a note shows too)
    text = ("Fatma Yilmaz (41) vertelde de wethouder: ,,Ik had een gesprek met de schuldhulp, maar die kon niets voor "
            "mij doen. Mijn zoon van twaalf slaapt op de bank.'' Wethouder Jansen beloofde dat er deze maand nog een "
            "huisbezoek komt om samen naar haar schulden en de huur te kijken.")
    assert warns(detector, text)


def test_a_clubs_minutes_that_count_those_present_stay_meeting_notes(detector):
    # (review of round 23: only a chamber's roll says "Tegenwoordig zijn N leden, te weten:")
    text = ("Notulen bestuursvergadering Tennisclub De Kaats, 14 maart\n\nTegenwoordig zijn 5 leden van het bestuur.\n"
            "Afwezig: Jan Bos\n\nActiepunten\n- Henk belt mevrouw Bakker over de contributie")
    assert "MEETING_NOTES" in categories(detector, text)
