"""Real public pages that warned while they name no private person (public_real9..11): a lintjesregen, a club's
or a party's page about its board, a council naming its wethouders, a congress programme. They name people with a
title ("Mevrouw E. de Wit", "De heer Wim Aalderink") the way notes about clients do, but beside a public role.
Each class is checked against private twins that must still warn: a staff magazine, a note about a client, a
works council's minutes."""
from __future__ import annotations

import pytest

from detectors.published import reads_as_published
from tests.helpers.verdict import warns

LINTJES = (
    "Achttien Zwollenaren krijgen een lintje\n\n"
    "ZWOLLE - Burgemeester Jan Willem Brink heeft vrijdagochtend in de Stadshof achttien koninklijke "
    "onderscheidingen uitgereikt.\n\n"
    "Lid in de Orde van Oranje-Nassau\n\n"
    "Mevrouw H.J. Veldkamp-Ooms\nMevrouw Veldkamp zet zich al veertig jaar in voor de kerkelijke gemeente en "
    "bezoekt ouderen in de wijk Assendorp. Daarnaast leidt zij al twintig jaar het koor van het verzorgingshuis.\n\n"
    "De heer R. Tuinstra\nDe heer Tuinstra is sinds 1992 vrijwilliger bij de reddingsbrigade en traint jonge "
    "zwemmers op zaterdag.")
CLUB_CHAIR = (
    "Wisseling van de wacht\n\n"
    "De heer Gerrit Mulder heeft het bestuur laten weten dat hij na twaalf jaar stopt als voorzitter van onze "
    "vereniging. Het bestuur is hem dankbaar voor alles wat onder zijn voorzitterschap is bereikt, zoals de bouw "
    "van het nieuwe clubhuis aan de dijk en de groei naar driehonderd leden.\n\n"
    "Het bestuur stelt de leden voor om de heer Ruud Hoekstra, nu penningmeester, te benoemen tot voorzitter. "
    "Tot de algemene ledenvergadering in maart treedt de heer Hoekstra op als interim-voorzitter.")
WETHOUDERS = (
    "Lokale partij draagt twee wethouders voor\n\n"
    "Dorpsbelang heeft na een selectieprocedure twee kandidaten gekozen voor het nieuwe college, dat na de "
    "verkiezingen van maart is gevormd. De heer Henk Lammers wordt wethouder voor de portefeuilles werk en inkomen, jeugd en sport. "
    "Mevrouw Ilse Brouwer wordt wethouder voor ruimtelijke ordening, verkeer en duurzaamheid. De heer Lammers was "
    "eerder acht jaar raadslid. De leden van de partij stemmen donderdag over de voordracht van beide wethouders.")
CONGRESS = (
    "Programma Landelijk Waterdag 2019\n\n"
    "Het programma van de derde Landelijke Waterdag, gehouden op 14 maart 2019 in de Jaarbeurs, zag er als volgt "
    "uit.\n\n10.00 uur Welkom door dagvoorzitter Noor van Dam.\n\nOpening. De heer Van Leeuwen is hoogleraar "
    "waterbouwkunde aan de TU Delft en spreekt over dijken, zeespiegelstijging en de lessen van de "
    "watersnoodramp.\n\n11.00 uur Debat met bestuurders van waterschappen en provincies over de kosten van het "
    "beheer, met vragen uit de zaal.")


@pytest.mark.parametrize("text", [LINTJES, CLUB_CHAIR, WETHOUDERS, CONGRESS])
def test_public_people_named_with_a_title_beside_their_public_role(detector, text):
    assert reads_as_published(text)
    assert not warns(detector, text), detector.analyze(text).findings


@pytest.mark.parametrize("text", [
    # a staff magazine: colleagues named with a title and the firm's own roles, no public role
    "Afscheid in de werkplaats\n\nEn weer was het feest op de fabriek: de heer A. Kooistra van de elektrotechnische "
    "werkplaats ging na veertig dienstjaren met pensioen. Tijdens de receptie op het kantoor van de heer Dijkhuis, "
    "bedrijfsleider, kreeg hij een klok en een bos bloemen voor zijn vrouw. De heer Kooistra gaat nu vissen en "
    "zijn kleinkinderen vaker zien. Wij wensen hem en zijn vrouw nog vele gezonde jaren toe.",
    # a note about a client beside a wethouder: the client has no public role
    "Bezoek wijkteam Holtenbroek\n\nWethouder Postma bezocht dinsdag het wijkteam en sprak met de "
    "consulenten over de wachtlijsten bij de schuldhulp en de samenwerking met de woningcorporatie. Daarna werd "
    "de situatie van mevrouw Bakker besproken, die sinds maart geen huur meer betaalt en een brief van de "
    "deurwaarder kreeg. De wethouder vroeg om een voorstel voor een snellere aanpak van zulke gevallen.",
    # a works council's chair with a title beside a colleague who has none
    "De heer Visser, voorzitter van de ondernemingsraad, heeft het verzoek van mevrouw El Amrani om een andere "
    "werkplek besproken met de manager van het team. Mevrouw El Amrani heeft sinds de verhuizing last van de "
    "drukte op de nieuwe afdeling en werkt daarom vaker thuis. Afgesproken is dat zij in januari een eigen plek "
    "krijgt in de stille ruimte op de derde verdieping, naast de printers van het secretariaat.",
])
def test_people_named_with_a_title_without_public_role_still_warn(detector, text):
    assert not reads_as_published(text)
    assert warns(detector, text)
