"""A speaker before an audience (a lecture, a speech in a council or in parliament) and someone a published
interview questions say "ik" in public, and the minutes of a debate name members with a title; a mail, a letter
to a chair, a job interview or an intake in the first person stays private. All texts are invented."""
from __future__ import annotations

import pytest

from detectors.published import private_signs, reads_as_published
from tests.helpers.verdict import warns

LECTURE = ("Afscheidscollege, Rijksuniversiteit Groningen, 12 oktober 2023\n\nMeneer de Rector magnificus, dames "
           "en heren,\n\nVeertig jaar geleden kwam ik als student naar deze stad om rechten te studeren. Vandaag "
           "wil ik met u terugkijken op veertig jaar socialezekerheidsrecht. Ik begin bij de Algemene "
           "Arbeidsongeschiktheidswet van 1976, die de overheid destijds als een sluitstuk van de "
           "verzorgingsstaat zag. In mijn eerste jaren als onderzoeker zag ik hoe snel het aantal "
           "arbeidsongeschikten steeg. Een minister sprak toen van een ziek land, en een latere minister wilde "
           "de regeling helemaal afschaffen. Ik wil laten zien dat de overheid sindsdien vooral heeft gesnoeid.")
COUNCIL = ("Raadsvergadering 14 maart 2024\n\n1 Opening\n\nDames en heren, raadsleden, publiek op de tribune, ik "
           "open deze vergadering van de gemeenteraad van Oosterzande. Ik zie dat er veel mensen zijn gekomen voor "
           "het raadsvoorstel over het nieuwe zwembad. Wethouder Dijkstra is met kennisgeving afwezig. Ik stel "
           "voor dat we eerst de insprekers horen en daarna het debat voeren over de motie van de fractie van het "
           "CDA. Mijn verzoek aan de sprekers is om het kort te houden.")
COMMITTEE = ("Commissie Sociaal Domein, 9 april 2024\n\nVoorzitter. Ik wil de wethouder bedanken voor de heldere "
             "beantwoording. Toch maak ik mij zorgen over de wachtlijsten in de jeugdzorg. Mijn fractie hoort van "
             "inwoners dat zij maanden wachten op een eerste gesprek. De gemeente Oosterzande heeft vorig jaar "
             "beloofd dat dit binnen vier weken zou gebeuren. Ik vraag de wethouder of de overheid die belofte nog "
             "waar kan maken, en wat de provincie kan doen om de wachttijd terug te brengen.")
INTERVIEW = ("Interview met Anneke Vos\n\nDirecteur van het Fries Scheepvaartmuseum in Sneek\n\n*Wat bracht u naar "
             "Sneek?\nIk ben opgegroeid aan het water, in Harlingen. Na mijn studie kunstgeschiedenis in Groningen "
             "werkte ik als conservator in het Zuiderzeemuseum. In 2016 werd ik hier directeur.\n\n*Welke "
             "tentoonstelling is uw favoriet?\nDe expositie over de schilders van de Friese kust. Ik heb er drie "
             "jaar aan gewerkt, samen met kunstenaars en een fotograaf uit de stad. Het museum trok toen een record "
             "aan bezoekers.")

# a member speaks to the chair; the minutes name the members with a title
DEBATE = ("Commissie voor Welzijn, vergadering van 3 februari\n\nCollega's, de heer Verbeke stelt voor om zijn "
          "vraag over de wachtlijsten in de jeugdhulp samen te behandelen met de vragen van mevrouw Claes en de "
          "heer De Smet. Zo wordt besloten.\n\nCollega Verbeke, u krijgt het woord.\n\nVoorzitter, het is goed dat "
          "we deze vragen samen bespreken. Ik heb de minister al in oktober gevraagd hoeveel jongeren wachten "
          "op hulp. Mijn fractie krijgt elke week berichten van ouders die geen plek vinden. Ik vraag de "
          "minister wanneer de overheid de extra plaatsen betaalt die de regering beloofde.")


@pytest.mark.parametrize("text", [LECTURE, COUNCIL, COMMITTEE, INTERVIEW, DEBATE])
def test_a_speaker_or_an_interviewee_says_ik_in_public(text):
    assert private_signs(text[:20_000])  # without the exception, the first person would make it private
    assert reads_as_published(text)


@pytest.mark.parametrize("text", [
    # a letter to the chair of an objections committee
    "Geachte voorzitter,\n\nHierbij maak ik bezwaar tegen het besluit van 3 februari over mijn WW-uitkering. Ik "
    "heb altijd gesolliciteerd en mijn werkgever heeft bevestigd dat ik niet verwijtbaar werkloos ben. Mijn "
    "advocaat stuurt de stukken na. De minister heeft in de Tweede Kamer gezegd dat UWV coulant moet zijn; ik "
    "verwacht dat u dat ook bent.\n\nHoogachtend,\nRobert Smeenk\nKerkstraat 12, 7461 BC Rijssen",
    # a farewell speech for a colleague
    "Dames en heren, lieve collega's,\n\nVandaag neem ik afscheid van Marco Dijkman, mijn teamleider van de "
    "afgelopen tien jaar. Ik weet nog goed hoe hij mij inwerkte op de afdeling Bezwaar in Zwolle. Marco was er "
    "altijd, ook toen ik in 2019 lang ziek was na mijn operatie. Ik wens hem en zijn vrouw Ellen een mooie tijd "
    "in Spanje. Marco, bedankt.",
    # notes of a job interview in questions and answers
    "Interview met kandidaat Sanne Mulder\n\nWaarom wil je bij ons werken?\nIk werk nu vijf jaar als "
    "klantmanager bij de gemeente Deventer en ik zoek meer uitdaging. Mijn huidige werkgever weet nog niet dat "
    "ik solliciteer.\n\nWat zijn je zwakke punten?\nIk ben soms te ongeduldig. Mijn telefoonnummer is "
    "06-41872265 als jullie nog vragen hebben.",
    # an intake with a client in questions and answers
    "Vraaggesprek met cliënt over re-integratie\n\nHoe gaat het met uw rug?\nIk heb nog elke dag pijn. Mijn "
    "fysiotherapeut zegt dat ik rustig moet opbouwen. Ik kan nu twee uur per dag werken.\n\nWat wilt u bereiken?"
    "\nIk wil terug naar mijn eigen werk bij Bakkerij Hulst in Apeldoorn. Mijn leidinggevende Karin Hulst belt "
    "mij elke week.",
    # the minutes of a team meeting: the chair named with a colon is no speech
    "Teamoverleg Werkgevers Noord\n\nVoorzitter: Ilse Brouwer\nNotulist: Koen de Graaf\n\nIk heb de "
    "actiepunten van vorige week nagelopen. Mijn voorstel is dat Jeroen Bakker de werkgeversdag organiseert. "
    "Ik bel de wethouder van Assen volgende week over de banenafspraak.",
    # notes of a residents' meeting: the chair named in passing, the people named with a title
    "Bewonersoverleg Kerkbuurt, 4 maart\n\nVoorzitter, de heer Bakker, opent om 19.30 uur. Mevrouw Yildiz van "
    "nummer 14 klaagt opnieuw over de heer Pronk van nummer 16, die 's nachts muziek draait. Ik heb beloofd de "
    "woningcorporatie te bellen. Mijn buurman Kees Veenstra wil een petitie naar de gemeente sturen.",
])
def test_first_person_in_private_texts_stays_private(detector, text):
    assert not reads_as_published(text)
    assert warns(detector, text)
