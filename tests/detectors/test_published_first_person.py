"""Public pages in the first person of a club, a school or a foundation (public_real10..27): the chair's section of a
bulletin, the head's note on a school's site, the foreword of a year report, signed or titled with the writer's role
in the body. Their private twins keep warning: a director's note about a client under the same heading, a team's
minutes that open with the chair's name, a colleague's mail signed with a role, a chair's note to the members that
names no role over or under it."""
from __future__ import annotations

import pytest

from tests.helpers.verdict import warns

CLUB_CHAIR = (
    "Van de voorzitter\n\n12 juni 2025\n\nHet seizoen zit erop en ik kijk met een goed gevoel terug. Ons eerste team "
    "eindigde als tweede en bij de jeugd kwamen er dit jaar veertig nieuwe leden bij. Dat is het werk van veel "
    "vrijwilligers, en ik noem er graag één: Hennie Brouwersma, die al twintig jaar de kantine draait en in juni "
    "stopt. Zij krijgt op de slotdag een afscheid dat ze verdient.\n\nOp de jaarvergadering in september draag ik "
    "Wietske van Dalfsen voor als nieuwe penningmeester. Ik hoop dat jullie massaal komen, want er valt genoeg te "
    "bespreken over de nieuwe kleedkamers, het kunstgras en de plannen voor het honderdjarig bestaan van onze "
    "vereniging in 2027.")
SCHOOL_HEAD = (
    "Berichtje van de directeur\n\n"
    "Na vijftien jaar op De Klimop neem ik deze zomer afscheid. Ik heb genoten van de kinderen, van het team en van de "
    "ouders die altijd klaarstonden voor een schoolreis, een kerstviering of een klusdag. Het stokje gaat over naar "
    "Marloes Achterberg, die al zes jaar in groep acht staat en de school door en door kent.\n\n"
    "Ik wens alle leerlingen een mooie zomervakantie en de kinderen van groep acht veel succes op hun nieuwe school. "
    "Op de laatste vrijdag van het schooljaar ben ik vanaf half drie op het plein om iedereen gedag te zeggen.")
YEAR_REPORT = (
    "Voorwoord\n\n"
    "Voor u ligt het jaarverslag van Stichting Vrienden van het Wijkhuis. Het was een jaar van verbouwen: de zaal "
    "kreeg een nieuwe vloer en de keuken is eindelijk vernieuwd. Ik ben trots op de vrijwilligers die ondertussen "
    "gewoon de koffieochtenden, de taalles en het repair café lieten doorgaan.\n\n"
    "Mijn dank gaat ook uit naar Joop Kleinhuis, die na acht jaar als penningmeester het bestuur verlaat, en naar onze "
    "donateurs, zonder wie dit werk niet kan. Ik wens u veel leesplezier.")
ROLE_BYLINE = (
    "Voorzitter\n\nAnneloes Verbeek\n\n3 mei 2025\n\nSinds de ledenvergadering van maart mag ik de harmonie als "
    "voorzitter leiden. Ik neem het stokje over van Theo Lammers, die na zestien jaar een stap terug doet maar "
    "gelukkig bij de klarinetten blijft spelen.\n\nMijn doel is eenvoudig: dat de harmonie over tien jaar nog even "
    "vol zit als nu. Daarvoor zoeken we jonge muzikanten, en ik vraag de leden om hun kinderen en kleinkinderen mee "
    "te nemen naar de open repetitie in mei. Het korps bestaat volgend jaar honderd jaar, en dat willen we vieren "
    "met een groot jubileumconcert in de kerk.")
PLURAL_SIGN_OFF = (
    "Afscheid van de voorzitter\n\nNa zes jaar in het bestuur, waarvan vier als voorzitter, vind ik het tijd voor "
    "nieuwe mensen. Ik heb de club zien groeien van tweehonderd naar bijna vijfhonderd leden, en dat komt niet door "
    "mij maar door de trainers en de vrijwilligers achter de bar en op het veld. Met de nieuwe tennishal en een "
    "bloeiende jeugdafdeling staat de club er goed voor.\n\nOp de algemene ledenvergadering van 14 november neem ik "
    "afscheid. Annemiek Hoogendoorn heeft zich kandidaat gesteld om mij op te volgen, en ik heb alle vertrouwen in "
    "haar. Ik hoop jullie daar nog één keer te zien.\n\nJullie voorzitter,\n\nRuud Vermeulen")


@pytest.mark.parametrize("text", [CLUB_CHAIR, SCHOOL_HEAD, YEAR_REPORT, ROLE_BYLINE, PLURAL_SIGN_OFF])
def test_first_person_pages_of_a_body_are_quiet(detector, text):
    assert not warns(detector, text), detector.analyze(text)


@pytest.mark.parametrize("text", [
    # a director's note about a client under a role heading
    "Van de directeur\n\n"
    "Ik heb vanochtend met meneer Van Dalfsen gesproken over zijn klacht over de thuiszorg. Hij is boos dat zijn vaste "
    "verzorgster Hennie Brouwersma is overgeplaatst. Mijn voorstel is dat ik hem volgende week zelf opnieuw bel en dat "
    "we haar in elk geval op dinsdag weer inplannen.",
    # a team's minutes that open with the chair's name under the role
    "Voorzitter\n\nMarloes Achterberg\n\n"
    "Aanwezig: Marloes, Joop, Wietske, Theo\n\n"
    "Marloes opent de vergadering. Joop vraagt of ik de begroting voor vrijdag kan rondsturen. Wietske geeft aan dat "
    "mijn voorstel voor de kantine nog niet besproken is met de beheerder. Theo neemt contact op met de gemeente over "
    "de huur van de zaal.",
    # a colleague's mail in the first person, signed with a role
    "Hoi Annemiek,\n\n"
    "Ik heb gisteren met Ruud Vermeulen gebeld over zijn ziekmelding. Mijn indruk is dat hij nog minstens twee weken "
    "thuis zit. Kun jij zijn lessen op dinsdag overnemen? Ik laat het rooster vandaag nog aanpassen.\n\n"
    "Jullie voorzitter,\n\nTheo",
    # a chair's note to the members in the first person, with no role over or under it
    "Ik wil Hennie namens de hele vereniging bedanken voor haar jarenlange inzet in de kantine. Zij blijft ons "
    "gelukkig helpen bij de activiteiten, en daarom heb ik haar op de vrijwilligersavond benoemd tot erelid.\n\n"
    "Op diezelfde avond werd bekend dat ik door het bestuur gekozen ben als voorzitter. Ik blijf voorlopig ook "
    "secretaris, tot we iemand anders hebben gevonden. Ik zal jullie regelmatig op de hoogte houden van wat het "
    "bestuur doet, en ik heb er zin in.\n\nWietske van Dalfsen",
])
def test_private_twins_still_warn(detector, text):
    assert warns(detector, text)
