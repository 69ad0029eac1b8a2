"""HEALTH_DATA in a care worker's note about one patient who goes unnamed (issue 12, class K; all texts newly
invented). A GP's, a physiotherapist's, an occupational therapist's or a bedrijfsarts's note calls its one
patient "de patiënt", "de cliënte" or "de werknemer" and tells that person's own history: how long, which
side, what was done before, what the care worker found and advises, SOEP/SOAP headings. Public twins
(a health page that says "u", a guideline for care workers, news about care, a patient organisation's
explanation, a page that explains the SOEP method) must stay quiet.
"""
from __future__ import annotations

import pytest


def _health(detector, text):
    return "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # a GP's note
    "De patiënt is bekend met astma en heeft sinds twee weken last van toenemende kortademigheid, vooral 's nachts. "
    "Vorig jaar werd de inhalatiemedicatie al eens opgehoogd. Bij onderzoek is er een piepende ademhaling over beide "
    "longvelden. Advies: een prednisolonkuur en controle over een week.",
    # a bedrijfsarts's note about an unnamed employee
    "Spreekuur bedrijfsarts\n\nDe werknemer is sinds zes weken uitgevallen met klachten van de rechterschouder na het "
    "tillen van een kast. De werknemer werd in 2021 al eens behandeld voor een peesontsteking aan dezelfde schouder. "
    "Bij onderzoek is de abductie pijnlijk. Advies aan de werkgever: starten met aangepast werk, twee uur per dag, "
    "vervolgafspraak over drie weken.",
    # an English SOAP note
    "S: The patient reports pain in the left shoulder for three months, worse at night. Previously treated with "
    "physiotherapy without effect.\nO: Painful arc between 70 and 120 degrees, abduction limited.\nA: Likely "
    "subacromial impingement.\nP: Corticosteroid injection, review in six weeks.",
    # a physiotherapist's findings and advice
    "De patiënt heeft sinds een half jaar pijn aan de binnenkant van de linkerknie, die toeneemt bij traplopen. "
    "Eerder is de knie behandeld met oefentherapie, zonder blijvend resultaat. Bij het functieonderzoek is de flexie "
    "pijnlijk en is er een lichte zwelling. De fysiotherapeut adviseert de belasting rustig op te bouwen en na vier "
    "weken te evalueren.",
    # a SOEP report after a second visit
    "Subjectief: de patiënt merkt dat de nekpijn na het vorige consult is afgenomen, maar hij heeft nog hoofdpijn aan "
    "het einde van de werkdag.\nObjectief: rotatie naar links verbeterd, drukpijn in de trapezius rechts.\n"
    "Evaluatie: herstel verloopt volgens verwachting.\nPlan: oefeningen uitbreiden, nog twee behandelingen.",
    # an occupational therapist's conclusion, the patient by role and possessive only
    "Na de observatie in de thuissituatie concludeert de ergotherapeut dat de patiënt het aankleden niet meer "
    "zelfstandig kan. De patiënt gebruikt zijn rechterarm nauwelijks en raakt na een kwartier vermoeid. De "
    "ergotherapeut adviseert de patiënt om zijn dag in kortere blokken te verdelen.",
    # a dietician's, a podiatrist's and a GP's note in English
    "Diëtistisch verslag\n\nDe cliënt is sinds drie maanden zes kilo afgevallen zonder dat te willen. Hij eet sinds "
    "de chemokuur nauwelijks nog warm. De diëtist adviseert zes kleine maaltijden per dag en drinkvoeding tussendoor.",
    "Podotherapie, tweede consult. De patiënte heeft nog steeds pijn onder de rechtervoet bij het opstaan. De eerder "
    "aangemeten zolen geven onvoldoende steun. De podotherapeut stelt vast dat de fascia plantaris gespannen is.",
    "The patient has had a cough for two weeks and a fever since yesterday. On examination, crackles at the right "
    "base. Advised to take amoxicillin for seven days and to return if breathing gets worse.",
    # a client discussed in intervision (a compound "casusbespreking" is no teaching case)
    "Casusbespreking intervisie\n\nDe cliënt heeft sinds een half jaar moeite met traplopen en werd eerder begeleid "
    "door een oefentherapeut. De ergotherapeut constateert dat de cliënt na tien treden moet rusten.",
])
def test_care_note_about_one_unnamed_patient(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    # a health information page
    "Heeft u last van pijn aan de buitenkant van uw heup? Dan kan een fysiotherapeut u helpen. De fysiotherapeut "
    "doet eerst een lichamelijk onderzoek en stelt dan samen met u een behandelplan op.",
    # a guideline for care workers (KNGF style)
    "Bij patiënten met aspecifieke lage rugpijn die langer dan zes weken bestaat, adviseert de fysiotherapeut de "
    "activiteiten geleidelijk op te bouwen. Vraag de patiënt naar het beloop van de klachten en naar eerdere "
    "behandelingen. Als de patiënt na twaalf weken niet verbetert, overleg dan met de huisarts.",
    # a guideline for GPs (NHG style): sides, earlier treatment, but every patient in a condition or an order
    "De huisarts stelt de diagnose op basis van de anamnese en het lichamelijk onderzoek. Bij een patiënt met pijn "
    "in de rechter bovenbuik en koorts denkt de huisarts aan een galblaasontsteking. Verwijs de patiënt dan met "
    "spoed naar de chirurg. Is de patiënt al eerder behandeld voor galstenen, vermeld dit dan in de verwijzing.",
    # a guideline that asks about history and sides, in questions and conditions only
    "Vraag de patiënt sinds wanneer de klachten bestaan en hoe het letsel is ontstaan. Als de patiënt al eerder is "
    "behandeld voor een verstuiking van de linkerenkel, is de kans op een nieuwe verstuiking groter. Verwijs de "
    "patiënt bij twijfel over een breuk naar de huisarts voor een röntgenfoto.",
    # a patient organisation on a disease: sides, earlier care and a doctor's finding, but how it usually goes
    "De patiënt heeft vaak al maanden pijn in de linker- of rechterschouder voordat de diagnose wordt gesteld. "
    "Meestal is de patiënt eerder behandeld door de huisarts of de fysiotherapeut. De arts stelt vast of er sprake "
    "is van een ontsteking, soms met een echo.",
    # a guideline: the duration in a condition, the finding as what the care worker checks for everyone
    "Richtlijn lage rugpijn: de fysiotherapeut stelt vast of er rode vlaggen zijn. Bij een patiënt die al drie "
    "maanden klachten heeft, is er sprake van chronische rugpijn. De patiënt krijgt dan een oefenprogramma van "
    "twaalf weken.",
    # news about care in general
    "Fysiotherapeuten maken zich zorgen over de wachtlijsten. De patiënt moet in sommige regio's al zes weken "
    "wachten op een eerste behandeling, meldt de beroepsvereniging. Vorig jaar was dat nog drie weken.",
    # a patient organisation explains a treatment
    "Wat is dry needling? Bij dry needling prikt de fysiotherapeut met een dunne naald in een triggerpoint in de "
    "spier. De patiënt voelt soms een korte kramp. Na de behandeling kan de spier een paar dagen pijnlijk zijn. "
    "Meestal zijn drie tot vier behandelingen nodig.",
    # a page that explains the SOEP method
    "De SOEP-methode helpt zorgverleners hun verslag te ordenen.\nSubjectief: wat de patiënt zelf vertelt over zijn "
    "klachten en hoe lang hij die al heeft.\nObjectief: wat de zorgverlener ziet en meet bij het onderzoek.\n"
    "Evaluatie: de conclusie van de zorgverlener.\nPlan: de afspraken over de behandeling.",
    "If you have had pain in your left shoulder for more than three months, your GP may refer you to a "
    "physiotherapist. The patient usually receives exercises to do at home, and most people recover within a year.",
    "Een frozen shoulder begint meestal met pijn, daarna wordt de schouder stijf. De patiënt kan de arm dan moeilijk "
    "zijwaarts heffen. De klachten verdwijnen vaak vanzelf binnen één tot drie jaar. Fysiotherapie kan helpen om de "
    "beweeglijkheid te behouden.",
    "Patiëntenvereniging over de nieuwe behandeling: de patiënt krijgt eerst een gesprek met de reumatoloog. Daarna "
    "volgt een proefperiode van drie maanden. Wie eerder met andere middelen is behandeld, komt ook in aanmerking.",
    # a made-up case for a course: it reads like a note but is about no one
    "Casus voor de nascholing\n\nDe patiënt, een 45-jarige timmerman, heeft sinds drie weken pijn in de "
    "linkerschouder. Hij is eerder behandeld voor een frozen shoulder. De fysiotherapeut stelt vast dat de "
    "abductie beperkt is. Welke behandeling kiest u?",
    # a UWV page about the employer's duties: "de werknemer" in general, with a duration
    "Is uw werknemer langer dan zes weken ziek? Dan maakt de bedrijfsarts een probleemanalyse. De werknemer en u "
    "stellen daarna samen een plan van aanpak op. Meld uw werknemer uiterlijk in week 42 ziek bij UWV.",
])
def test_care_in_general_stays_quiet(detector, text):
    assert not _health(detector, text)
