"""HEALTH_DATA round 7b: session notes, care-level reviews and vital signs of one client (all texts
newly invented). Each class has private texts that must report HEALTH_DATA and public twins (a
patient page that says "u", news about care, research with groups, a vacancy, a product page) that
must stay quiet.
"""
from __future__ import annotations

import pytest


def _health(detector, text):
    return "HEALTH_DATA" in detector.analyze(text).category_names


# -- therapy and mental-health session notes about one named client ---------------------------------
@pytest.mark.parametrize("text", [
    "Telefonisch contact met mevrouw De Boer. Samen doorgenomen welke copingstrategieën zij heeft geleerd voor drukke "
    "dagen.",
    "Korte belafspraak met Ruben. Ruben heeft zijn gedachtenregistratie twee weken niet bijgehouden en merkt dat "
    "oude patronen terugkomen.",
    "Vervolggesprek met Lotte over de diagnostische bevindingen van vorige maand. Zij wil weten wat die betekenen "
    "voor haar studie.",
    "Sinds een jaar drinkt Gerrit dagelijks te veel en hij wil daar niets aan veranderen. Hij zegt dat het zijn "
    "zaak is.",
])
def test_session_notes_about_one_client(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Copingstrategieën helpen u om met stress om te gaan. Bespreek met uw behandelaar welke strategie bij u past.",
    "Vacature: gz-psycholoog (32 uur). Je leert cliënten copingstrategieën aan en houdt het dossier bij. "
    "Je werkt in een team van twaalf collega's.",
    "In ons onderzoek vergeleken we de diagnostische bevindingen van 240 patiënten met die van een controlegroep.",
    "Met de app houdt u eenvoudig een gedachtenregistratie bij. Download hem gratis en probeer het uit.",
    "Het café in de Dorpsstraat drinkt u het beste koffie van de stad, vindt de redactie.",
])
def test_therapy_words_in_general_stay_quiet(detector, text):
    assert not _health(detector, text)


# -- a care-level review of one client (a care profile, extra care) ----------------------------------
@pytest.mark.parametrize("text", [
    "Evaluatie zorgzwaarte\nCliënt woont sinds maart op de afdeling en past nog binnen VV6. Bij verdere achteruitgang "
    "volgt een nieuwe aanvraag.",
    "Mw. krijgt sinds oktober meerzorg in de avond. De meerzorg wordt in januari geëvalueerd met de familie.",
    "Dhr. heeft meer begeleiding nodig dan het huidige zorgprofiel biedt; het team vraagt een herindicatie aan.",
])
def test_care_level_of_one_client(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Meerzorg is extra zorg bovenop het zorgprofiel. Zorgaanbieders kunnen meerzorg aanvragen bij het zorgkantoor "
    "voor cliënten die veel meer zorg nodig hebben.",
    "Het zorgprofiel VV6 is bedoeld voor mensen die intensieve verzorging en verpleging nodig hebben. Heeft u vragen? "
    "Bel het zorgkantoor.",
    "Het aantal ouderen met een zzp VV5 of hoger is vorig jaar met 8 procent gestegen, meldt het CIZ.",
    # "zzp" is mostly a freelancer
    "Hoi Mark, ik ben sinds maart zzp en werk nu vanuit huis. Zullen we volgende week bellen? Groet, Ellen",
])
def test_care_profiles_in_general_stay_quiet(detector, text):
    assert not _health(detector, text)


# -- vital signs of one patient -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bij binnenkomst op de SEH: RR 150/95 mmHg, hartslag 118 per minuut, saturatie 92%, temperatuur 38.9.",
    "Controles 14:00\nBloeddruk: 98/60\nPols: 124 (irregulair)\nSaturatie: 89% met 2 liter zuurstof",
    "Avonddienst: bloeddruk 170/100, pols 92, temp 37.2. Arts gebeld, extra controle om 22 uur.",
])
def test_vital_signs_of_one_patient(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Een normale bloeddruk is lager dan 140/90 mmHg. Een normale hartslag in rust ligt tussen 60 en 100 slagen per "
    "minuut. Meet u thuis? Schrijf de waarden op.",
    "De deelnemers hadden gemiddeld een bloeddruk van 138/86 en een hartslag van 72; de saturatie was bij 94% "
    "boven de 95%.",
    "Onze slimme ring meet je hartslag, je saturatie en je temperatuur. Bestel nu met 20% korting.",
    "Vacature verpleegkundige SEH: je meet bloeddruk, hartslag en saturatie en werkt volgens de ABCDE-methode.",
])
def test_vital_signs_in_general_stay_quiet(detector, text):
    assert not _health(detector, text)


# -- a pregnancy, the cycle of one user, a client record with a care task ---------------------------
@pytest.mark.parametrize("text", [
    "Hoi team,\n\nMevrouw Koster (klantnr 40211893) bevalt naar verwachting half maart. Het traject staat tot juni "
    "stil.\n\nGroet, Anouk",
    "Input:\nUser: Femke. Phase: Luteal (Day 22). Sleep: 6h.\nOutput:\n\"Hoi Femke, je zit in je luteale fase, "
    "doe het vandaag rustig aan.\"",
    "const seed = [\n  { id: 7, client: 'Henk Brouwer', task: 'Wondverzorging linkerbeen', due: '2025-03-02' },\n"
    "  { id: 8, client: 'Ria Smit', task: 'Insuline prikken', due: '2025-03-02' },\n];",
])
def test_pregnancy_cycle_and_client_records(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Wanneer bevalt u? Meestal tussen week 37 en 42. Uw verloskundige bespreekt met u waar u wilt bevallen.",
    "Het nieuwe rooster bevalt het team goed, zegt teamleider Joris Kuiper.",
    "Onze app volgt je cyclus: de folliculaire fase, de eisprong en de luteale fase. Probeer hem een maand gratis!",
    "In de luteale fase stijgt de lichaamstemperatuur van vrouwen licht, blijkt uit onderzoek onder 300 deelnemers.",
    "const seed = [\n  { id: 7, client: 'Henk Brouwer', task: 'Offerte sturen', due: '2025-03-02' },\n"
    "  { id: 8, client: 'Ria Smit', task: 'Factuur controleren', due: '2025-03-02' },\n];",
])
def test_pregnancy_cycle_and_records_in_general_stay_quiet(detector, text):
    assert not _health(detector, text)


# -- the degree of incapacity or a WGA benefit of one person ----------------------------------------
@pytest.mark.parametrize("text", [
    "Hoi Sander,\n\nIn het concept staat nog het WGA-percentage van meneer Dijkhuis. Wil je dat eruit halen?\n\nGroet, "
    "Ilse",
    "Geachte heer Veenstra,\n\nU krijgt vanaf 1 april 2026 een loonaanvullingsuitkering. In deze brief leest u hoe "
    "hoog uw uitkering is.\n\nMet vriendelijke groet,\nUWV",
    "Notitie: mevrouw Ozturk belde over haar arbeidsongeschiktheidspercentage, zij begrijpt de berekening niet.",
])
def test_degree_of_incapacity_of_one_person(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Hoe berekent UWV uw WGA-percentage? Wij vergelijken wat u verdiende met wat u nu nog kunt verdienen.",
    "Wanneer krijgt u een loonaanvullingsuitkering? U krijgt deze uitkering als u werkt en minstens de helft "
    "verdient van wat u nog kunt verdienen.",
    "Het gemiddelde arbeidsongeschiktheidspercentage van nieuwe WIA-aanvragers steeg vorig jaar licht, meldt het "
    "CBS.",
])
def test_degree_of_incapacity_in_general_stays_quiet(detector, text):
    assert not _health(detector, text)
