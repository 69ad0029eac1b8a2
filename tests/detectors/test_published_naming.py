"""Issue 12, third round: more of what published texts do, each checked against private texts that
look the same: parliament's questions and minutes, Frisian news, a place line in capitals, a
minister writing in the first person, an interview with wethouders. News's way of naming people
(a full name, then the surname alone) is NOT one of them: reports, statements and case files
name people that way too (private_prose, private_newsstyle)."""
from __future__ import annotations

import pytest

from detectors.published import kinds, reads_as_published
from tests.helpers.verdict import warns


QUESTIONS = ("Vragen van het lid Marieke Hoogland (NSC) aan de minister van Sociale Zaken en Werkgelegenheid over "
             "wachttijden bij de sociaal-medische beoordeling (ingezonden 4 november 2026).\n\nVraag 1\nBent u "
             "bekend met het bericht dat mensen soms een jaar wachten op een keuring?\n\nVraag 2\nHoeveel mensen "
             "wachten op dit moment langer dan de wettelijke termijn?")
PLENARY = ("Plenaire vergadering van woensdag 3 december 2025\n\nDe algemene bespreking is geopend.\n\nDe heer "
           "Verhaegen, verslaggever, heeft het woord.\n\nDe heer Koen Verhaegen (CD&V)\n\nVoorzitter, collega's, de "
           "commissie heeft dit ontwerp van decreet op twee vergaderingen besproken. Ik geef een kort verslag. "
           "De heer Claes vond dat de termijnen te kort waren.")
PLACE_LINE = ("Wijkcentrum De Kroon weer open\n\nZWOLLE - Wethouder Ineke Postma heeft zaterdag het vernieuwde "
              "wijkcentrum De Kroon in Holtenbroek geopend. Het gebouw stond twee jaar leeg na een brand. Bewoners "
              "kunnen er nu terecht voor koffie, taalles en spreekuren van het wijkteam. De gemeente betaalde 1,2 "
              "miljoen euro voor de verbouwing.")
ANSWER = ("Antwoord van staatssecretaris Jurgen Nobel (Sociale Zaken en Werkgelegenheid) (ontvangen 3 december "
          "2026). Zie ook Aanhangsel Handelingen, vergaderjaar 2026-2027, nr. 512.\n\nVraag 1\nBent u bekend met het "
          "bericht over de wachttijden?\n\nAntwoord 1\nJa, ik ben bekend met het bericht. In mijn brief aan de "
          "Tweede Kamer van 12 september heb ik beschreven welke maatregelen UWV neemt om de wachttijden terug te "
          "dringen.\n\nVraag 2\nWanneer verwacht u dat de achterstand is ingelopen?")
INTERVIEW = ("Werk in de regio\n\nLansingerland – Hoe vinden werkgevers en werkzoekenden elkaar? Wij hadden een "
             "gesprek met wethouders Els Vermeulen en Ruud Pronk over de banenmarkt die de gemeente in mei houdt. "
             "Volgens de wethouders is de krapte groot: \"Elke bakker en elke zorginstelling zoekt mensen.\" De "
             "raadsleden stemden in met het plan.")


@pytest.mark.parametrize("text", [QUESTIONS, PLENARY, PLACE_LINE, ANSWER, INTERVIEW])
def test_published_texts_carry_no_personal_data(detector, text):
    assert reads_as_published(text)
    assert not warns(detector, text), detector.analyze(text).findings


@pytest.mark.parametrize("text", [
    # news names people in full and then by surname, but so do reports and statements about citizens
    "Bij het onaangekondigde bezoek aan de woning aan de Lindenlaan 14 in Zaandam werd om 9.10 uur opengedaan door "
    "Dennis Koster. Koster verklaarde dat hij sinds mei alleen woont. In de badkamer stonden echter twee "
    "tandenborstels en in de kast hing dameskleding. Koster zei dat die van zijn zus zijn, die soms blijft slapen.",
    "Op 3 november deed Iris Verbeek aangifte van bedreiging. Zij verklaarde dat haar ex-partner, Jordy Smit, haar "
    "de afgelopen weken tientallen berichten stuurde. Smit zou ook twee keer bij haar woning hebben gestaan. Verbeek "
    "zegt dat zij zich niet meer veilig voelt op straat en dat haar dochter niet meer alleen naar school durft.",
])
def test_reports_that_name_people_the_way_news_does_stay_private(detector, text):
    assert not reads_as_published(text)
    assert warns(detector, text)


@pytest.mark.parametrize("text", [
    # a team mail written like news: a colleague called by first name
    "Afscheid van Karin Mulder\n\nNa 25 jaar neemt Karin Mulder vrijdag afscheid van team WW Zwolle. Mulder begon "
    "in 2001 bij het GAK. \"Ik ga de klanten missen\", zegt ze. Karin heeft de laatste maanden veel thuis gewerkt "
    "vanwege haar rug. Een kaart kan naar haar huisadres, dat staat op de teamsite.",
    # an incident report: a client named in full, then by surname, with reported speech
    "Incident balie Zwolle, 3 december\n\nKlant Peter Smits (52) kwam om 9.00 uur aan de balie. Smits werd boos "
    "toen hij hoorde dat zijn aanvraag nog niet was behandeld. \"Ik kom hier elke week\", zei Smits. De beveiliging "
    "heeft hem naar buiten begeleid. Wethouder Postma is op de hoogte gebracht. Smits krijgt een brief.",
    # a mediation report about an employee, with a place line in capitals
    "ZWOLLE - Verslag mediation 2 december. Werkneemster Sanne de Boer en haar leidinggevende Karel Wit spraken "
    "drie uur met elkaar. De Boer zegt dat ze sinds maart niet meer wordt uitgenodigd voor overleg. Wit zegt "
    "dat de werkdruk hoog is. Afgesproken: een nieuw gesprek op 16 december, met de bedrijfsarts erbij.",
])
def test_private_texts_written_like_news_stay_private(detector, text):
    assert not reads_as_published(text)
    assert warns(detector, text)


def test_frisian_news_reports_speech_and_sport():
    # Omrop Fryslân and the Frisian local papers: "seit" (zegt), "Olympyske", "medalje"
    assert "speech" in kinds("\"Wy hawwe hjir tsien jier op wachte\", seit Wybenga.")
    assert "sport" in kinds("Hy wûn goud op de Olympyske Spelen, syn achtste medalje, yn de tsiende rit.")
