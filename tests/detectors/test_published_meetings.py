"""Public reports of meetings that warned as minutes (public_real9, public_real10): a club's report of its
members' meeting on its own site, a council's minutes with its clerk and wethouders present, a province's page of
the decisions of Gedeputeerde Staten. The private twins keep their minutes: a team's meeting, the members' meeting
of a staff association, minutes marked for the members only, a court hearing with its clerk."""
from __future__ import annotations

import pytest

from tests.helpers.verdict import warns


def _categories(detector, text):
    return {c.name for c in detector.analyze(text).categories}


CLUB_ALV = (
    "Verslag Algemene Ledenvergadering 12 maart 2024\n\n"
    "Ruim veertig leden waren maandagavond in de kantine voor de jaarlijkse ledenvergadering. Na de opening en de "
    "goedkeuring van de notulen blikte de voorzitter terug op een sportief jaar: het eerste elftal promoveerde en "
    "de jeugdafdeling groeide naar tweehonderd spelers.\n\n"
    "Aanwezig: 42 leden en het voltallige bestuur.\n\n"
    "De penningmeester liet zien dat de vereniging het jaar met een klein overschot afsloot. De contributie gaat "
    "volgend seizoen met twee euro omhoog. Voor de kantinecommissie en de sponsorcommissie worden nog vrijwilligers "
    "gezocht; wie wil helpen kan zich melden bij het bestuur.")
CLUB_AV = (
    "Notulen AV van 14 november 2023\n\n"
    "Notulen van de Algemene Vergadering van hockeyclub De Zwaluwen, gehouden op 14 november 2023 in het "
    "clubhuis.\n\n"
    "Aanwezig: 58 leden volgens de presentielijst.\n\n"
    "1. Opening\nOm 20.00 uur opent voorzitter Gert-Jan Hoogeveen de vergadering en heet hij de ereleden en de "
    "leden van verdienste welkom.\n\n2. Mededelingen\nHet nieuwe kunstgrasveld is in september in gebruik genomen. "
    "De dames 1 spelen dit seizoen weer in de hoofdklasse en de jeugdcommissie organiseert in december het "
    "traditionele sinterklaastoernooi.\n\n3. Jaarverslag en financiën\nDe penningmeester licht de jaarrekening toe. "
    "De kascommissie heeft de boeken gecontroleerd en adviseert de vergadering het bestuur decharge te verlenen, "
    "wat met applaus gebeurt. De contributie blijft gelijk.")
COUNCIL = (
    "Verslag besluiten 18 juni\n\n"
    "Aanwezig: P. Hoekstra (voorzitter), A. de Boer, C. Jansen, E. Kramer, J. Mulder, K. Postma, L. Smit, "
    "M. de Vries, R. Wolters en T. Zijlstra (griffier).\n"
    "Verder aanwezig: de wethouders B. Dijkstra en F. Meijer.\n\n"
    "1. Mondelinge vragen\nDe fractie van Dorpsbelang vraagt naar de stand van zaken rond de nieuwe sporthal.\n\n"
    "2. Vaststellen agenda\nDe agenda wordt ongewijzigd vastgesteld.\n\n3. Raadsvoorstel herinrichting Marktplein\n"
    "Het raadsvoorstel wordt met 14 tegen 3 stemmen aangenomen. De motie over extra fietsparkeerplekken wordt "
    "unaniem aangenomen.")
GS_DECISIONS = (
    "Besluiten van Gedeputeerde Staten\n\n"
    "De besluiten van Gedeputeerde Staten staan in een besluitenlijst. Op deze pagina vindt u de besluiten van de "
    "wekelijkse vergaderingen van Gedeputeerde Staten. De besluiten verschijnen een week na de vergadering.\n\n"
    "Besluitenlijst GS-vergadering van 5 maart 2024\n\nOpening en mededelingen\n\nBesluitenlijst\n\n"
    "Subsidie voor de verbreding van de provinciale weg N348 bij Dieren.")


@pytest.mark.parametrize("text", [CLUB_ALV, CLUB_AV, COUNCIL, GS_DECISIONS])
def test_published_reports_of_public_meetings_are_no_internal_minutes(detector, text):
    assert "MEETING_NOTES" not in _categories(detector, text)


@pytest.mark.parametrize("text", [CLUB_ALV, COUNCIL, GS_DECISIONS])
def test_published_reports_of_public_meetings_are_quiet(detector, text):
    # (the chair named in CLUB_AV is left to the judgement of published prose, which these short lines do not pass)
    assert not warns(detector, text), detector.analyze(text)


@pytest.mark.parametrize("text", [
    # a team's own meeting
    "Verslag teamoverleg 12 maart\n\nAanwezig: Sanne de Wit, Karim Bouali, Joost Mulder (voorzitter)\n"
    "Afwezig: Petra Smit\n\n1. Mededelingen\nJoost meldt dat de werkvoorraad weer oploopt.\n\n2. Actiepunten\n"
    "Karim belt de drie klanten terug die vorige week klaagden.",
    # the members' meeting of a staff association belongs to the workplace
    "Notulen ALV personeelsvereniging 14 november\n\nAanwezig: 31 leden en het bestuur (Ria Bos, voorzitter; "
    "Henk Wit, penningmeester)\n\n1. Opening\nRia opent de vergadering.\n\n2. Actiepunten\nHenk zoekt uit of het "
    "kerstpakket dit jaar via de salarisadministratie kan.",
    # a council's clerk in a court hearing, no wethouder: a hearing, not a council
    "Verslag zitting 19 november\n\nAanwezig: mr. A. Visser (rechter), mr. B. de Jong (griffier), Monique Sprenger "
    "(UWV) en eiser Ferry Dijkman met zijn advocaat.\n\nDe rechter vraagt waarom de herbeoordeling zo lang duurde. "
    "Sprenger legt uit dat het dossier twee keer is teruggestuurd.",
])
def test_private_minutes_stay_minutes(detector, text):
    assert "MEETING_NOTES" in _categories(detector, text)
    assert warns(detector, text)


def test_members_meeting_minutes_for_the_members_only_still_warn(detector):
    text = ("Notulen ALV 14 november 2023 (alleen voor de leden)\n\nAanwezig: 58 leden volgens de presentielijst.\n\n"
            "1. Opening\nOm 20.00 uur opent voorzitter Gert-Jan Hoogeveen de vergadering. Hij meldt dat lid Karin "
            "Visser al drie maanden haar contributie niet betaalt en dat het bestuur haar een laatste brief stuurt.")
    assert warns(detector, text)
