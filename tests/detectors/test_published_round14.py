"""Issue 12, fourteenth round: fewer false warnings on public texts.

- A date in brackets after a club's or a foundation's name ("Vereniging Oud Hoorn (30-10-2012)") dates a news item:
  a birth date stands after a person's name, and a word the name lists know as an ordinary word or a place and not
  as a first name opens none.
- "Jan 30" in an English list of news is a date: the month's abbreviation is no first name there.
- An English page of a public body speaks of its "press releases" and "press inquiries" (as a Dutch one of its
  "persberichten"), and of "mayors" and "councillors".
"""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans
from tests.helpers.verdict import warns


@pytest.mark.parametrize("text", [
    "Ereleden benoemd bij de Stichting Groot Wezel   (14-05-2011)\n\nOp de jaarvergadering zijn twee leden tot "
    "erelid benoemd voor hun jarenlange inzet voor de stichting.",
    "Nieuw seizoen voor Toneelvereniging Oud Beijerland (02-09-2010)\n\nDe repetities beginnen in september.",
])
def test_a_date_after_an_organisation_is_no_birth_date(detector, text):
    assert spans(detector, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, date", [
    ("Klant Anna de Boer (03-04-1988) belde over haar aanvraag.", "03-04-1988"),
    ("Cliënt Ramdien Sewnandan (12-03-1985) heeft gebeld.", "12-03-1985"),  # a name the lists know as a surname only
    ("Gesprek met R. Groot (21-07-1979) over de re-integratie.", "21-07-1979"),  # initials
])
def test_a_date_after_a_person_stays_a_birth_date(detector, text, date):
    assert spans(detector, text, "DATE_OF_BIRTH") == [date]


NEWS_LIST = ("Economics - Mar 12\n\nHouse prices rose again in the third quarter, the statistics office reports.\n\n"
             "History - Jan 9\n\nA new exhibition shows how the city was rebuilt after the flood of 1953.\n\n"
             "Physics - Jan 3, 2025\n\nA telescope on a mountain in Chile measured the light of a young star.")


def test_an_english_month_before_a_day_is_no_first_name(detector):
    assert spans(detector, NEWS_LIST, "PERSON") == []


def test_jan_before_another_number_is_still_a_name(detector):
    assert spans(detector, "Yesterday I phoned Jan 3 times about his claim.", "PERSON") == ["Jan"]


PRESS_PAGE = ("Press releases\nEach year, our researchers are in the news many times. For press inquiries, please "
              "contact Marloes Dijkhuizen, head of communication.\n"
              "Search results\n-\nNew study shows how soil fungi help trees through dry summers\n"
              "Fungi under the forest floor share water with young trees, a study in the journal Nature shows. "
              "The findings help foresters choose which trees to plant as summers get drier.\n-\n"
              "Bats return to the old fortress\nFor the first time in decades, a colony of bats spent the winter in the "
              "fortress. Volunteers counted more than two hundred animals during the yearly count in January.")

COUNCIL_NEWS = ("Politics - Mar 4\n\nWe expect mayors, councillors and other office holders to keep the rules on "
                "gifts and side jobs. According to Thijmen Boerkamp, the law on integrity is clear, although his "
                "study shows that councils apply it in very different ways. Some ask for a written report of every "
                "gift, others leave it to the people concerned. The study compares the rules of forty towns and "
                "advises a single register that the public can read online. The researcher will defend the study "
                "next month.\n\nPsychology - Feb 27\n\nWhen people read a story, most of them see its scenes in their "
                "heads. A new study asks what reading is like for the few who cannot picture anything at all.")


@pytest.mark.parametrize("text", [PRESS_PAGE, COUNCIL_NEWS])
def test_an_english_page_of_a_public_body_does_not_warn(detector, text):
    assert not warns(detector, text)


def test_a_press_contact_in_a_mail_still_warns(detector):
    mail = ("Hi Marloes,\n\nCould you send me the press release before Friday? Thijmen Boerkamp called about it and "
            "is not happy with the quote.\n\nBest, Sanne")
    assert warns(detector, mail)


def test_degrees_celsius_is_no_person(detector):
    text = "Het werd gisteren 38 graden Celsius in Maastricht, meldt het weerstation; in 1947 was het 37 graden Celsius."
    assert spans(detector, text, "PERSON") == []


# A news item's place line in capitals ("VEENDAM – ..."): enough alone, also where the word model is unsure
DATELINE_NEWS = ("VEENDAM – Marieke Oosterhof is benoemd tot nieuwe directeur van de muziekschool in Veendam. Het "
                 "bestuur is blij met haar komst.\n\nMarieke is onder meer bekend als dirigent van De Harmonie uit "
                 "Pekela. En dirigent van fanfare Excelsior te Wildervank. Oosterhof is verder arrangeur en docent aan "
                 "het Prins Claus Conservatorium in Groningen.")


def test_a_dateline_in_capitals_is_news(detector):
    assert not warns(detector, DATELINE_NEWS)


def test_a_dateline_does_not_hide_a_private_number(detector):
    assert warns(detector, DATELINE_NEWS + "\n\nHaar BSN is 123456782 en zij woont aan de Dorpsstraat 4.")


# "ons lid Chris": an association's page about its members, like its board and its honorary members
CLUB_PAGE = ("DIRIGENT\n\nEind vorig jaar heeft Gerard Pelzer na twaalf jaar afscheid genomen als dirigent van onze "
             "harmonie. We organiseren in het voorjaar een passend afscheid voor Gerard en willen hem nu al danken "
             "voor zijn betrokkenheid en inzet.\n\nOns lid Bas Coenen heeft de eerste maanden van dit jaar de repetities "
             "geleid als interim-dirigent. De muzikale loopbaan van Bas is bij onze harmonie begonnen, waarna hij "
             "zich ontwikkelde tot een gewaardeerde dirigent in de blaasmuziek. We zijn trots dat Bas voor ons "
             "orkest stond.\n\nInmiddels zijn we begonnen met het zoeken naar een nieuwe dirigent, die we deze zomer "
             "hopen voor te stellen.")


def test_a_clubs_page_about_its_member_does_not_warn(detector):
    assert not warns(detector, CLUB_PAGE)


def test_one_of_our_own_staff_named_is_still_private(detector):
    note = ("Onze medewerker Bas Coenen heeft vandaag gebeld over de planning van volgende week. Hij kan op maandag "
            "niet werken en vraagt of iemand zijn dienst wil overnemen. Wil je dit met hem afstemmen?")
    assert warns(detector, note)
