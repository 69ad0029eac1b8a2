"""HEALTH_DATA in the transcript of a consultation or an interview about one person's health: the
questions say "u" to the other party (not to every reader, as a web page does) and the answers'
"ik" is the patient. Public question-and-answer texts (FAQ pages, an expert interviewed about an
illness in general, a webinar on the rules) must stay quiet."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # a consultation with dialogue dashes; the medicine is named in a question the patient answers
    "— Hoe is de week geweest?\n— Wisselend. Maandag ging het, daarna kwam de duizeligheid terug.\n"
    "— Hoe vaak moest u gaan liggen?\n— Vier keer. Dan moet ik echt even plat.\n— En de prednison?\n"
    "— Die slik ik nog, maar ik slaap er slecht van.\n— Hoeveel neemt u per dag?\n— Twee tabletten.",
    # an interview for a re-integration file, questions and answers as paragraphs
    "Heeft u naast de nekpijn nog andere klachten?\n\nIk ben snel moe en ik kan me slecht concentreren. "
    "Vroeger deed ik alles tegelijk.\n\nWat helpt u?\n\nRust. En mijn vrouw die veel overneemt.\n\n"
    "Wat hoopt u over een half jaar te kunnen?\n\nIk wil weer halve dagen werken.",
    # the patient's own words for a complaint ("stijfheid"), in an answer
    "— Hoe gaan de ochtenden?\n— Lastig, door de stijfheid. Ik kom pas rond tienen op gang.\n"
    "— Lukt het aankleden u alleen?\n— Nee, mijn man helpt me met de knoopjes.",
    # speech typed out as one paragraph: the turns are its sentences
    "Hoe gaat het met de benen? Slecht. Ze zijn 's avonds dik en ik loop moeilijk. Neemt u de plaspillen "
    "nog? Ja, elke ochtend, maar ik moet dan steeds naar de wc. Heeft u nog last van benauwdheid? Ja. Vooral "
    "op de trap. Ik moet halverwege stoppen.",
    "Wanneer begon de duizeligheid? Vorige maand, na de griep. Ik dacht eerst dat het vanzelf over zou gaan. "
    "Valt u weleens? Twee keer. Ik sta nu altijd eerst even stil voor ik loop. Gebruikt u bloeddrukpillen? "
    "Ja, die van de huisarts. Ik neem ze 's ochtends.",
    # "V:" and "A:" labels
    "V: Sinds wanneer heeft u last van de duizeligheid?\nA: Sinds de val in februari. Ik durf sindsdien niet "
    "meer alleen te fietsen.\nV: Heeft u daar een neuroloog voor gezien?\nA: Ja, in maart. Ik wacht nog op "
    "de uitslag van de scan.",
])
def test_a_consultation_transcript_is_health_data(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # an FAQ page: the reader's question, the answer in "u"
    "Kan ik op vakantie als ik ziek ben?\n\nJa, dat kan. U moet dan wel vooraf toestemming vragen aan uw "
    "werkgever of aan UWV.\n\nMoet ik mijn fysiotherapie zelf betalen?\n\nDat hangt af van uw "
    "zorgverzekering. Kijk in uw polis.\n\nWat als ik weer beter ben?\n\nU meldt zich dan beter via Mijn UWV.",
    # a patient leaflet that names the complaint
    "Ochtendstijfheid is een bekende klacht bij reuma. Heeft u 's ochtends last van stijfheid? Bespreek het "
    "dan met uw huisarts. Hij kan u doorverwijzen naar een reumatoloog.",
    # stiffness of a material
    "Hoe stijf is een houten balk?\nDe stijfheid hangt af van de houtsoort en de doorsnede. Ik reken het "
    "voor mijn klanten altijd even na.",
    # a help page as one paragraph
    "Bent u ziek? Meld u dan ziek bij uw werkgever. Heeft u geen werkgever? Dan meldt u zich ziek bij UWV. "
    "Wat als ik twijfel? Bel ons gerust, dan kijken we samen.",
    # a column in one paragraph: the writer's own questions about care in general
    "Waarom wachten mensen zo lang op een psycholoog? Ik snap het niet. Moet u als patiënt maar geduld "
    "hebben? Ik vind van niet. De wachtlijsten in de ggz zijn te lang, schrijf ik al jaren.",
    # a published interview with a doctor about an illness in general
    "Wat is reuma eigenlijk?\n\nReuma is een verzamelnaam voor meer dan honderd aandoeningen. Ik zie in "
    "mijn spreekuur vooral mensen met artritis en artrose.\n\nWat raadt u patiënten aan?\n\nBlijf bewegen. "
    "Ik merk dat patiënten die actief blijven minder pijn hebben.\n\nHoe lang duurt het voor een diagnose?\n\n"
    "Gemiddeld een paar maanden. Ik vind dat eerlijk gezegd te lang.",
    # a published interview with a doctor about her own career: "huisarts" is her job
    "— Hoe lang bent u al huisarts?\n— Twintig jaar. Ik begon in Utrecht.\n— Wat is er veranderd?\n"
    "— Ik zie meer ouderen met diabetes. En ik heb minder tijd per consult.\n— Hoe houdt u het vol?\n"
    "— Ik wandel elke dag.",
    # a webinar transcript about the rules
    "Vraag uit de chat: wat gebeurt er met mijn WW-uitkering als ik ziek word?\nGoede vraag. Ik leg het even "
    "uit. Wordt u ziek tijdens de WW, dan meldt u zich ziek bij UWV en krijgt u een Ziektewet-uitkering.\n"
    "En als ik na twee jaar nog ziek ben?\nDan kunt u een WIA-uitkering aanvragen. Ik laat zo de dia zien "
    "met de stappen.",
])
def test_public_questions_and_answers_are_no_health_data(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names
