"""Issue 12, twenty-fifth round: the causes found on others_private26 and public_real30 (read this round), each
with new invented texts in both directions. Each test of the first kind failed before its rule."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories
from tests.helpers.verdict import warns

# A team's notes kept as strings in a source file: "'...'," ends each line of an array. Not quotations of a
# published story, so two of them are no "quote" kind, and the names of the team stay personal data.
_CODE_NOTES = """        status: [
          'De opnames van de tweede reeks staan gepland in oktober.',
          'Marloes Verhagen regelt de contracten met de gasten van de studio.',
        ],
        betrokkenen: [
          'Tijmen Roelofs en Anouk Peeters, redactie en montage',
          'Kees Mulder, productie en planning van de draaidagen',
        ],
        openstaand: [
          'Bepalen wie de eindredactie doet: Anouk of Tijmen.',
          'Een overleg plannen met Marloes en Kees over het budget.',
        ],"""

# The same kind of quotes in a news story stay quotes.
_NEWS_QUOTES = ("Dokkum – Het nieuwe zwembad gaat in mei open. 'We hebben er jaren op gewacht, het is echt een "
                "feest voor het dorp', zegt wethouder Sietske Hoekstra. Volgens haar was de bouw duurder dan "
                "gepland. 'Maar elke euro is het waard, kijk maar naar de rijen bij de kassa', lacht ze.")


def test_code_strings_are_no_quotes(detector):
    assert warns(detector, _CODE_NOTES)


def test_quotes_in_news_stay_published(detector):
    assert not warns(detector, _NEWS_QUOTES)


# A local paper's item that opens with its place line, without the headline above it (the copy starts there).
_PLACE_OPENS = ("Haaksbergen – Meester Gerrit van basisschool De Wieken is vrijdag na 41 jaar voor de klas met "
                "pensioen gegaan. De kinderen vormden een erehaag op het plein en zongen zijn lievelingslied. "
                "Directeur Marijke Kleinsman bedankte meester Gerrit namens het hele team. Oud-leerlingen kwamen "
                "in de middag nog even langs met bloemen en een tekening.")
# A colleague's note that opens with a first name and a dash is no place line.
_NAME_OPENS = ("Marieke – Het rooster voor volgende week staat klaar, kun jij het doorsturen naar de ouders? "
               "Meester Gerrit is vrijdag ziek thuis, hij heeft weer last van zijn rug. Groet, Joke")


def test_place_line_opening_a_copy_is_news(detector):
    assert not warns(detector, _PLACE_OPENS)


def test_first_name_and_dash_is_no_place_line(detector):
    assert warns(detector, _NAME_OPENS)


# A church council's and a committee's letters to their congregation, signed "namens de ...", greet nobody by name.
_COUNCIL = ("Beste gemeenteleden,\n\nDe kerkenraad heeft besloten de middagdiensten in de zomer te laten vervallen. "
            "In september beginnen we weer met de gewone diensten.\n\nMet hartelijke groet,\nnamens de kerkenraad: "
            "Hendrik Bosman, scriba")
# A committee's letter to one person is a letter.
_COMMITTEE_TO_ONE = ("Geachte heer Yilmaz,\n\nDe klachtencommissie heeft uw klacht over de behandeling van uw "
                     "aanvraag besproken en acht uw klacht gegrond.\n\nMet vriendelijke groet,\nnamens de "
                     "klachtencommissie: Hendrik Bosman, secretaris")


def test_council_letter_to_congregation_is_no_mail(detector):
    assert "EMAIL_MESSAGE" not in categories(detector, _COUNCIL)


def test_committee_letter_to_one_person_stays_mail(detector):
    assert "EMAIL_MESSAGE" in categories(detector, _COMMITTEE_TO_ONE)
    assert warns(detector, _COMMITTEE_TO_ONE)


@pytest.mark.parametrize("text", [
    # a care report calls its client "Mevrouw" or "Meneer"
    "| Dagrapportage | Meneer is vannacht twee keer uit bed gegaan en had veel pijn in zijn heup. |",
    "Rapportage 3 maart, avonddienst\nMevrouw vertoont meer stijfheid dan gisteren bij het opstaan.",
    # the words of a nurse, a GP or a dentist about one patient
    "Dhr. heeft sinds vorige week een fijne tremor in de linkerhand.",
    "Periodieke controle bij de tandarts: cariës in de kies rechtsonder bij Sanne de Wit, vulling gepland.",
    "Jan Pieters heeft een notenallergie en krijgt op de opvang een eigen tussendoortje.",
    "Huisartsenpraktijk De Linde heeft Ahmed Yilmaz aangemeld voor de digitale zorgmodule CVRM.",
])
def test_care_words_about_one_person_are_health(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Mevrouw de voorzitter, de wachtlijsten in de zorg zijn te lang en mensen hebben pijn.",
    "Mevrouw Jansen, u kunt uw afspraak verzetten via de website.",
    "Een tremor is een trilling van de handen. Cariës ontstaat door suiker en slechte mondhygiëne.",
    "Geachte mevrouw, meneer,\n\nOp de opvang houden we rekening met een notenallergie of een andere allergie.",
    "Cardiovasculair risicomanagement (CVRM) is een programma van huisartsen voor mensen met een verhoogd risico.",
])
def test_care_words_in_general_are_no_health(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


# A day-care's data with an allergy column filled in for the children.
_SQL_ALLERGY = """INSERT INTO kind (id, naam, allergieen, contact_persoon) VALUES
(1, 'Noor Visser', 'Pinda''s', 'Erik Visser'),
(2, 'Finn de Graaf', 'Geen', 'Lotte de Graaf');"""
# The same column with nobody's allergy in it, or a code list of allergies.
_SQL_NO_ALLERGY = """INSERT INTO kind (id, naam, allergieen, contact_persoon) VALUES
(1, 'Noor Visser', 'Geen', 'Erik Visser'),
(2, 'Finn de Graaf', NULL, 'Lotte de Graaf');"""
_SQL_CODE_LIST = """INSERT INTO allergie_soort (id, omschrijving, allergieen) VALUES
(1, 'Voedsel', 'Pinda''s'),
(2, 'Voedsel', 'Lactose');"""


def test_sql_allergy_column_filled_in_is_health(detector):
    assert "HEALTH_DATA" in categories(detector, _SQL_ALLERGY)


@pytest.mark.parametrize("text", [_SQL_NO_ALLERGY, _SQL_CODE_LIST])
def test_sql_allergy_column_without_a_person_or_value_is_no_health(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


# A national paper's story: someone introduced by age and town in one bracket, and quoted twice.
_AGE_TOWN_QUOTES = ("Steeds meer mensen stappen halverwege hun loopbaan over naar het onderwijs. Een van hen is "
                    "Marloes Dijkhuis (47, Hengelo), die twintig jaar bij een bank werkte. ‘Ik had een prima baan, "
                    "maar ik leerde niets meer. Elke dag was hetzelfde.’ Toen de bank het kantoor in de binnenstad "
                    "sloot, koos ze voor de pabo. ‘Het was spannend om op mijn leeftijd weer in de collegebanken te "
                    "zitten, maar ik heb er geen dag spijt van.’ Volgens de hogeschool is het aantal zij-instromers "
                    "in vijf jaar verdubbeld. Dijkhuis staat sinds september voor groep 5.")
# A caseworker's note gives the age and town too, and quotes its client once: it stays a note.
_AGE_TOWN_NOTE = ("Gesprek met Marloes Dijkhuis (47, Hengelo) over haar re-integratie. Zij geeft aan dat de "
                  "opleiding tot verpleegkundige goed gaat. ‘Ik wil graag in de zomer mijn diploma halen.’ "
                  "Afgesproken dat ik over twee weken contact opneem over de stageplaats in Enschede.")


def test_person_by_age_and_town_quoted_twice_is_news(detector):
    assert not warns(detector, _AGE_TOWN_QUOTES)


def test_note_with_age_and_town_stays_private(detector):
    assert warns(detector, _AGE_TOWN_NOTE)


# An open letter to the council, with the "Aan:" header of a letter, and the writer saying "ik".
_OPEN_LETTER = ("Loosdrecht, 3 maart 2024\n\nAan:\nCollege van B en W\nGemeenteraad van Wijdemeren\n\nOpen brief\n\n"
                "Als bewoner van de Oud-Loosdrechtsedijk maak ik mij zorgen over de verkeersveiligheid. Elke ochtend "
                "rijden er vrachtwagens met hoge snelheid langs de basisschool. Ik vraag het college om de "
                "snelheid te beperken en drempels aan te leggen.\n\nHans de Ridder")
# A mail with the same header and no "Open brief" title is a mail.
_MAIL_HEADER = ("Aan:\nTeam Handhaving\n\nBeste collega's,\n\nHans de Ridder van de Oud-Loosdrechtsedijk belde "
                "weer over de vrachtwagens langs de school. Ik heb gezegd dat we erop terugkomen. Kan iemand hem "
                "morgen bellen?\n\nGroet, Sanne")


def test_open_letter_is_published(detector):
    assert not warns(detector, _OPEN_LETTER)


def test_mail_with_header_stays_private(detector):
    assert warns(detector, _MAIL_HEADER)


# A player's match report in Frisian for the club's site: a kind of published writing (sport) and the writer's "ik";
# the word model knows few Frisian words, so the Frisian bar lets the writer speak as a columnist does.
_FRISIAN_MATCH = ("Blauwhiemen 2 – De Wâlden 3\n\nTsjin dizze ploech komme we altyd min op gong. Yn de earste helte "
                  "falle der net in soad doelpunten, mar nei it skoft kamen we los. Ik kin jim net sizze hoe't dat "
                  "kaam, mar Sjoerd skoarde twa kear en ús keeper Wytse hold alles tsjin. De moaiste goal wie fan "
                  "Jildou, út in lange bal fan it oare fak. Ik tink dat de trainer tige wiis wie mei de ploech. "
                  "Nei de wedstriid hawwe we noch in pear oeren yn de kantine sitten. Folgjende wike spylje we thús "
                  "tsjin Bûtenpost, en dan moatte we wer like goed spylje as hjoed.")
# A Frisian note about a client with the same kind of words keeps its warning.
_FRISIAN_NOTE = ("Petra,\n\nIk haw hjoed Sjoerd de Boer sprutsen oer syn WW. Hy wie trainer by in fuotbalklup en "
                 "spiler yn it earste team, mar hy is ûntslein. Ik haw him sein dat er foar 1 maart de stikken "
                 "opstjoere moat. Hy is no ek siik thús.\n\nGroet, Anneke")


def test_frisian_match_report_in_first_person_is_published(detector):
    assert not warns(detector, _FRISIAN_MATCH)


def test_frisian_note_about_a_client_keeps_its_warning(detector):
    assert warns(detector, _FRISIAN_NOTE)


# A SOAP note kept as data of a care app: its sections' titles one a line, the patient unnamed.
_SOAP_DATA = """export const sections = [
  {
    title: 'Subjectief',
    content: 'Patiënt geeft aan zich moe te voelen en meldt duizeligheid bij het opstaan.',
  },
  {
    title: 'Objectief',
    content: 'Bloeddruk gemeten op 150/95. De linkerenkel is licht gezwollen.',
  },
  {
    title: 'Analyse',
    content: 'De vermoeidheid lijkt de mobiliteit te beperken; verder observeren.',
  },
  {
    title: 'Plan',
    content: 'Bloeddruk dagelijks meten en over een week evalueren.',
  },
]"""
# The menu of a website whose pages are titled the same way names no patient and no complaint.
_SOAP_MENU = """const menu = [
  { title: 'Subjectief', href: '/subjectief' },
  { title: 'Objectief', href: '/objectief' },
  { title: 'Analyse', href: '/analyse' },
  { title: 'Plan', href: '/plan' },
]"""


def test_soap_note_in_app_data_is_health(detector):
    assert "HEALTH_DATA" in categories(detector, _SOAP_DATA)


def test_soap_titles_without_a_patient_are_no_health(detector):
    assert "HEALTH_DATA" not in categories(detector, _SOAP_MENU)
