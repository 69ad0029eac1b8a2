"""Issue 12, eighth round: a title before a name on a public page, and English pages of public events and embassies.

A board's report says what someone is in the sentence after naming them, a reportage quotes an official who
addresses a client in single quotes, a year's obituaries or a letter to a paper's editor name people with a title
beside two kinds of published writing. English pages of a conference or an embassy name a public body the way a
university's pages do. Each with private twins that must still warn: a note whose next sentence merely names a
wethouder, a staff farewell, "'s Morgens" at the start of a line, a note with one kind of published writing, an
English mail or reference letter about a conference."""
from __future__ import annotations

import pytest

from detectors import prose
from detectors.published import PROSE_ENGLISH_BODY, PROSE_WITH_KIND, _titled_without_role, in_english, kinds, reads_as_published

# -- a role given in the next sentence ----------------------------------------------------------------------

BOARD_NEXT_SENTENCE = [
    ("Nieuws van de bond\n\nIn de ledenvergadering van maart is de heer P. Wolters teruggetreden. Hij heeft sinds "
     "2009 deel uitgemaakt van het bestuur en de kascommissie jarenlang voorgezeten."),
    ("Wisseling in het bestuur\n\nMevrouw Ingrid Schaap heeft de lege plek van de secretaris overgenomen. Op de "
     "jaarvergadering in mei wordt zij voorgedragen als bestuurslid."),
    ("Stichting Oud Hattem\n\nDe heer J. Brinkman is afgetreden na twaalf jaar. Hij had sinds 2012 zitting in het "
     "bestuur van de stichting."),
]


@pytest.mark.parametrize("text", BOARD_NEXT_SENTENCE)
def test_a_board_says_what_someone_is_in_the_next_sentence(text):
    assert not _titled_without_role(text)


@pytest.mark.parametrize("text", [
    # a role that the next sentence only names, for someone else
    "Schuldhulp\n\nMevrouw E. Kramer heeft een huurachterstand van drie maanden. De wethouder is op de hoogte.",
    "Mevrouw E. Kramer belde over haar uitkering. Zij heeft de voorzitter van de cliëntenraad al gemaild.",
    # a complaint sent to a board is no seat on it
    "Klachtafhandeling\n\nDe heer Ruud Snijders heeft een klacht ingediend bij de raad van bestuur van het ziekenhuis.",
    # the next paragraph is no longer about the person
    "De heer J. Brinkman heeft zijn adres niet doorgegeven\n\nHet bestuur van de stichting besluit tot terugvordering.",
    # a staff farewell: a firm's roles are no public ones
    ("Afscheid in de werkplaats\n\nVrijdag namen we afscheid van de heer H. Veenstra. Hij werkte 38 jaar als "
     "bankwerker en later als chef van de draaierij."),
])
def test_a_role_merely_named_near_a_client_gives_no_role(text):
    assert _titled_without_role(text)


# -- two kinds that no mail shows -----------------------------------------------------------------------------

OBITUARIES = (
    "Zij overleden dit jaar\n\nMaart\n\n4 maart: Wim Roos (81), zanger en acteur, speelde dertig jaar Meneer Pompidom "
    "in het kindertheater, maakte elf albums en stond tot zijn zeventigste op het podium.\n\n19 maart: Ria "
    "Stokman (77), schrijfster van kinderboeken en dichter, won twee keer de boekenprijs. Haar laatste roman "
    "verscheen vorig jaar.\n\nApril\n\n2 april: Henk Lavooij (90), beeldhouwer, maakte het monument op de Markt.")


STAFF_MEMORIAM = (
    "In memoriam\n\nOp 2 december is de heer K. Bosman overleden, 61 jaar oud. Dertig jaar werkte hij op de "
    "afdeling debiteuren, waar hij bekend stond om zijn droge humor en zijn liefde voor het toneel. Hij speelde "
    "jaren mee in de voorstellingen van de amateurvereniging in Hengelo. De uitvaart is vrijdag in besloten kring.\n\n"
    "Tekst: redactie Vers van de Pers")


@pytest.mark.parametrize("probability, published", [(PROSE_WITH_KIND, True), (PROSE_WITH_KIND - 0.01, False)])
def test_titles_beside_two_kinds_that_no_mail_shows(monkeypatch, probability, published):
    assert {"life", "culture"} <= kinds(OBITUARIES)
    monkeypatch.setattr(prose, "probability", lambda head: probability)
    assert reads_as_published(OBITUARIES, {"PERSON"}) is published


def test_a_staff_magazines_memoriam_with_two_such_kinds_needs_a_sure_model(monkeypatch):
    assert len(kinds(STAFF_MEMORIAM) & {"life", "culture", "publication"}) >= 2
    monkeypatch.setattr(prose, "probability", lambda head: PROSE_WITH_KIND - 0.01)
    assert not reads_as_published(STAFF_MEMORIAM, {"PERSON"})


@pytest.mark.parametrize("text", [
    # one such kind (a death) in a note about a client
    ("Huisbezoek maandag\n\nMevrouw Stokman vertelde dat haar man in maart is overleden. Sindsdien komt ze de deur "
     "bijna niet meer uit en ze slaapt slecht. Haar dochter helpt met de post. Ze wil graag weer aan het werk, "
     "maar durft nog niet te solliciteren. Volgende afspraak over twee weken bij haar thuis."),
    # a culture page of a staff magazine that names a colleague with a title: one kind
    ("Uit de kantine\n\nDe heer Roos van de expeditie exposeert zijn schilderijen deze maand in de kantine. Hij "
     "schildert al sinds zijn twintigste, vooral polders en luchten. Kom kijken en laat een berichtje achter in het "
     "boek bij de ingang. Volgende maand hangt er werk van de dames van de administratie."),
])
def test_titles_beside_one_such_kind_stay_private(monkeypatch, text):
    assert len(kinds(text) - {"headline", "figures", "english", "quote", "dateline", "academia", "speech", "office",
                              "government", "age"}) < 2
    monkeypatch.setattr(prose, "probability", lambda head: 0.9)
    assert not reads_as_published(text, {"PERSON"})


# -- an official addresses a client in single quotes ----------------------------------------------------------

def test_a_title_inside_single_quotes_is_the_reportage_speaking():
    reportage = ("Op controle bij de sociale dienst\n\n‘Meneer Haile, u woont volgens de basisregistratie alleen. "
                 "Klopt dat nog?’\n\n‘Ja, dat klopt.’")
    assert not _titled_without_role(reportage)


@pytest.mark.parametrize("text", [
    # an elision opens no quote
    "Telefoonnotitie\n\n's Morgens belde meneer Haile over zijn toeslag; hij komt donderdag langs.",
    "Telefoonnotitie\n\n‘s Avonds belde mevrouw Tekle nog een keer terug over de brief.",
    # a quote closed before the title
    "Gesprek verliep ‘goed’, meneer Haile levert de bankafschriften vrijdag in.",
    # an apostrophe is no open quote
    "'t Is rustig. Mevrouw Tekle komt morgen langs.",
])
def test_single_marks_that_open_no_quote_leave_the_title_a_private_sign(text):
    assert _titled_without_role(text)


# -- English pages of a public event or an embassy ------------------------------------------------------------

CONFERENCE = (
    "Annual Conference on Work and Health 2026\n\nThe conference brings together researchers, employers and "
    "policy makers from across Europe. All plenary sessions will be held in English. Registration opens on 1 "
    "March and the number of places is limited.\n\nKeynote speakers\n\nThe opening keynote is given by Sara "
    "Lindqvist, who will talk about the return to work after long-term illness. In the afternoon there will be "
    "parallel sessions with speakers from the Netherlands, Belgium and Sweden, and the day closes with a debate "
    "on the role of employers.")
EMBASSY = (
    "New ambassador to Japan presents credentials\n\nThe new Dutch ambassador to Japan, Marieke Ootjes, "
    "presented her credentials to the Emperor on Tuesday. She was previously the head of the embassy in Seoul "
    "and has worked for the Dutch foreign service for more than twenty years. The embassy in Tokyo is the "
    "largest Dutch mission in Asia and works closely with the consulate in Osaka on trade and culture, and "
    "with the Japanese ministries on water and energy.")


@pytest.mark.parametrize("text", [CONFERENCE, EMBASSY])
@pytest.mark.parametrize("probability, published", [(PROSE_ENGLISH_BODY, True), (PROSE_ENGLISH_BODY - 0.01, False)])
def test_an_english_page_of_a_conference_or_an_embassy(monkeypatch, text, probability, published):
    assert in_english(text) and "english" in kinds(text)
    monkeypatch.setattr(prose, "probability", lambda head: probability)
    assert reads_as_published(text, {"PERSON"}) is published


@pytest.mark.parametrize("text", [
    # a mail about a conference: greeting and sign-off
    ("Hi Tom,\n\nThanks for registering our team for the conference in Lyon. The keynote speakers look good and "
     "I have booked the hotel for the three of us. Could you send me your passport details so that I can finish "
     "the registration? Linda will join us on the second day.\n\nBest regards,\nMarloes"),
    # a reference letter that mentions a conference: a private sign ("my client") or a model below the bar
    ("To whom it may concern\n\nI have known my client Daan Vermeer for six years. He spoke at our annual "
     "conference twice and was one of the best speakers we had; he is reliable and works well with others, "
     "and I recommend him without reservation for the position of coordinator."),
])
def test_english_private_texts_about_a_conference_stay_private(monkeypatch, text):
    monkeypatch.setattr(prose, "probability", lambda head: 0.6)
    assert not reads_as_published(text, {"PERSON"})


# -- appointments to a public office and the oath -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Benoemingen\n\nDe heer K. Doornbos is met ingang van 1 maart benoemd tot rechter in de rechtbank Noord-Holland.",
    "Mevrouw Fleur Hagedoorn is bij koninklijk besluit benoemd als ambassadeur in Kenia.",
    "Gisteren legde mevrouw A. Visscher in de raadszaal de eed af in handen van de commissaris.",
    "De heer Tjeerd Bouma heeft dinsdag de belofte afgelegd en is nu heemraad van het waterschap.",
])
def test_an_appointment_to_a_public_office_is_a_public_role(text):
    assert not _titled_without_role(text)


@pytest.mark.parametrize("text", [
    # a firm's own appointment, as a staff magazine announces it
    "Personalia\n\nDe heer G. Ruiter is per 1 maart benoemd tot chef van de expeditie in Zwolle.",
    # an appointment with a notary or a court date is no office of one's own
    "Mevrouw Fleur Hagedoorn heeft morgen een afspraak bij de notaris over de erfenis van haar vader.",
    "De heer Tjeerd Bouma moet op 4 juni voor de rechter verschijnen over de terugvordering.",
])
def test_a_firms_appointment_or_a_date_in_court_gives_no_public_role(text):
    assert _titled_without_role(text)


OFFICIAL_EN = (
    "New Director-General for Social Security\n\nBy royal decree, Hanna Smits has been appointed Director-General "
    "for Social Security as of 1 September. She has worked for the civil service for twenty years and was "
    "previously the deputy head of the Council of State's advisory division, where she worked on the laws on "
    "benefits and pensions for people who are ill or who have lost their job. Her predecessor, who held the post for "
    "eight years, will retire at the end of the summer.")


@pytest.mark.parametrize("probability, published", [(PROSE_ENGLISH_BODY, True), (PROSE_ENGLISH_BODY - 0.01, False)])
def test_an_english_page_about_an_office_of_state(monkeypatch, probability, published):
    assert in_english(OFFICIAL_EN) and "english" in kinds(OFFICIAL_EN)
    monkeypatch.setattr(prose, "probability", lambda head: probability)
    assert reads_as_published(OFFICIAL_EN, {"PERSON"}) is published


# -- a term of office, and stepping down ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Raad van toezicht\n\nIn juni namen wij afscheid van twee leden. Mevrouw Loes Kramer en de heer Bas Ommen hebben "
     "hun statutaire termijn van acht jaar volbracht."),
    "Mevrouw J. Tuinman is in september tussentijds afgetreden; haar opvolger wordt in de jaarvergadering gekozen.",
    "De heer Gerrit Mol treedt volgens het rooster van aftreden in 2027 af.",
])
def test_a_term_of_office_or_stepping_down_is_a_public_role(text):
    assert not _titled_without_role(text)


@pytest.mark.parametrize("text", [
    "Schuldhulp\n\nMevrouw Loes Kramer heeft een betalingstermijn van drie maanden gekregen voor de huurachterstand.",
    "Mevrouw J. Tuinman heeft het bezwaar na de termijn van zes weken ingediend.",
])
def test_a_term_to_pay_or_to_object_is_no_office(text):
    assert _titled_without_role(text)


@pytest.mark.parametrize("text", [
    "Mevrouw E. Kramer is sinds maandag ziek. Zij werkt als lid van het schoonmaakteam op de tweede verdieping.",
    "‘Goed gesprek’ met meneer Haile, hij levert de loonstroken vrijdag in.",
])
def test_a_member_of_a_team_or_a_closed_quote_leaves_the_title_a_private_sign(text):
    assert _titled_without_role(text)


def test_a_registration_or_a_cabinet_in_an_english_note_names_no_public_body(monkeypatch):
    # "registration" of sick leave and a filing "cabinet" are no conference and no government
    text = ("Return to work, week 12\n\nThe registration of Sara Dekker's sick leave was corrected on Monday, and the "
            "papers of the first year are in the cabinet of the team office. She has started with two mornings a week "
            "at the front desk and says that the work is going well. The occupational physician will see her again "
            "at the end of the month, and the team will look for work that she can do in the afternoon.")
    assert in_english(text) and "english" in kinds(text)
    monkeypatch.setattr(prose, "probability", lambda head: 0.5)
    assert not reads_as_published(text, {"PERSON"})
