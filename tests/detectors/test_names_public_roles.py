"""Names that stand in a public role in a list, a label or a caption of a published text: a board
with its roles in brackets, role labels before a name ("Secretaris: ..."), a colophon, a thesis's
supervisors, a photo caption ("Vlnr: ..."). Each public text is checked against private twins that
look the same: team minutes with "(voorzitter)", an internal mail listing roles, a client file with
"Contactpersoon:", an internal staff magazine with a caption. All names are invented.
"""
from __future__ import annotations

import pytest

from tests.helpers.names import found, persons
from tests.helpers.verdict import warns


# -- a board with its roles in brackets ---------------------------------------------------------
BOARD_LINES = ("Stichting Vrienden van het Dorpshuis\n\nHet bestuur\n\nGerlinde Vossebeld (voorzitter)\n"
               "Tjeerd Amersfoort (secretaris)\nWillemien Staal (penningmeester)\n\nDe stichting heeft de "
               "ANBI-status. Giften zijn aftrekbaar.")
BOARD_ONE_LINE = ("Stichting Steunfonds Dorpskerk\n\nIn 2024 bestond het bestuur uit R.H. Plasmeijer (voorzitter), K. Dijkgraaf-"
                  "Oosting (secretaris), B.T. Nauta (penningmeester) en G.W. Wassink. Het bestuur vergaderde vier "
                  "keer en keurde de jaarrekening goed.")
BOARD_BLOCK = ("Samenstelling raad van commissarissen 2025\n\n• mr. H.A. Brouwershaven (voorzitter)\n• drs. E. "
               "Kampinga\n• ir. T.W. Mulderij\n\nDe leden ontvangen een vaste vergoeding die niet afhangt van de "
               "resultaten.")
BOARD_NAMED_AGAIN = ("De raad van toezicht bestaat uit de volgende leden:\n\n- Jorieke Bosscha (voorzitter)\n"
                     "- Menno Terpstra (lid)\n- Sietske Wouda (lid)\n\nMenno Terpstra neemt in juni afscheid; "
                     "de raad zoekt een opvolger.")


@pytest.mark.parametrize("text", [BOARD_LINES, BOARD_ONE_LINE, BOARD_BLOCK, BOARD_NAMED_AGAIN])
def test_a_board_with_its_roles_in_brackets_is_public(detector, text):
    assert persons(detector, text) == []
    assert not warns(detector, text)


@pytest.mark.parametrize("text, names", [
    # team minutes: the chair and the minute-taker are colleagues at work
    ("Verslag werkoverleg team Handhaving, 4 maart\n\nAanwezig: Gerlinde Vossebeld (voorzitter), Tjeerd "
     "Amersfoort (notulen), Willemien Staal (lid)\n\n1. Willemien Staal is vanaf maandag met verlof.",
     ["Gerlinde Vossebeld", "Tjeerd Amersfoort", "Willemien Staal"]),
    ("Notulen overleg projectgroep\n\nGerlinde Vossebeld (voorzitter)\nTjeerd Amersfoort (secretaris)\n"
     "Willemien Staal\n\nActiepunten\n- Tjeerd: planning rondsturen", ["Gerlinde Vossebeld", "Tjeerd Amersfoort"]),
    # a note about a neighbour: a chair in brackets does not make the next line a list of a board
    ("Gesprek met de VvE op 3 maart\nJan Bakker (voorzitter)\nMevrouw Pietersen heeft al weken lekkage op nr. 12"
     "\nZij wil een vergoeding van de VvE", ["Mevrouw Pietersen", "Jan Bakker"]),
    # an internal mail that lists roles
    ("Hoi allemaal,\n\nDe nieuwe ondernemingsraad is gekozen: Gerlinde Vossebeld (voorzitter), Tjeerd Amersfoort "
     "(secretaris) en Willemien Staal (lid).\n\nGroet,\nRuud", ["Gerlinde Vossebeld", "Tjeerd Amersfoort"]),
])
def test_roles_in_brackets_in_minutes_and_mails_stay_names(detector, text, names):
    for name in names:
        assert found(detector, text, name), name


# -- role labels before a name ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vereniging Oud-Hengelo\n\nBestuur\nVoorzitter: mw. J. Hoogterp\nSecretaris: dhr. A. Verlinde\n"
    "Penningmeester: dhr. K. Ruisbroek\n\nDe vereniging is opgericht in 1978 en telt 420 leden.",
    "Colofon\n\nHoofdredactie: Femke Bouwhuis en Roel Tiggelaar\nEindredactie: Sanne Overdijk\nFotografie: Kees "
    "Bruinsma, Jorien Valkema\nVormgeving: Studio Lijnwerk\n\nDit magazine verschijnt vier keer per jaar.",
    # a colophon flattened from a PDF: the next label is glued to the last name
    "COLOFON\n\nHoofdredactie: Femke Bouwhuis, Roel TiggelaarRedactie: Sanne Overdijk en Kees BruinsmaDrukwerk: "
    "Drukkerij Lijnwerk, Zwolle",
    "Voorstel aan de raad\nRaadsvergadering: 12 maart 2026\nPortefeuillehouder: H.J. Tiemersma\n\nBeslispunten:\n"
    "1. De verordening maatschappelijke ondersteuning 2026 vast te stellen.",
    # a header flattened to one line
    "Raadsvoorstel Raadsvergadering: 12 maart 2025 Portefeuillehouder: J.W. Smeenge Datum: 4 februari 2025 Beslispunten: 1. "
    "De nota armoedebeleid vast te stellen.",
    # the chair beside the clerk of a committee
    "Verslag van een commissiedebat\n\nVoorzitter: Kortenhoeve\n\nGriffier: Dijkema\n\nAanvang 14.00 uur.",
    "Weerbaarheid in de wijk\nEen onderzoek naar buurtnetwerken in Zwolle-Zuid\n\nHogeschool Rijnmond, opleiding "
    "Sociaal Werk\nAfstudeerbegeleider: Marloes Kuipenga\nTweede lezer: Dirk-Jan Hoefnagels\n\nJuni 2025",
])
def test_role_labels_in_published_texts_are_public(detector, text):
    assert persons(detector, text) == []
    assert not warns(detector, text)


@pytest.mark.parametrize("text, names", [
    # a decision list of a management team: chair and secretary are colleagues
    ("Besluitenlijst MT Klantcontact\nVoorzitter: Hanneke Sprengers\nSecretaris: Bouke Altena\n\nB1. Bouke Altena "
     "stuurt de planning rond.", ["Hanneke Sprengers", "Bouke Altena"]),
    # one chair in the head of a project meeting's notes
    ("Overleg projectgroep digitale post, 12 maart\nVoorzitter: Hanneke Sprengers\n\n1. Planning: Hanneke "
     "Sprengers maakt een voorstel voor de uitrol.", ["Hanneke Sprengers"]),
    # a client file
    ("Dossier re-integratie\nWerkgever: Bouwbedrijf Klaassen\nContactpersoon: Marieke Oosterwold\nCasemanager: "
     "Joost Haverkamp\n\nGesprek op 4 maart over de opbouw van de uren.", ["Marieke Oosterwold", "Joost Haverkamp"]),
])
def test_role_labels_in_private_texts_stay_names(detector, text, names):
    for name in names:
        assert found(detector, text, name), name


# -- photo captions -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Nieuwe ereleden voor de harmonie\n\nVlnr: Hendrik Bultsma, Aaltje Zwiers en Gerrit Mennega.\n\nTijdens de "
    "jaarvergadering zijn drie leden benoemd tot erelid. Aaltje Zwiers speelt al veertig jaar klarinet.",
    "Twee nieuwe lectoren\n\nVan links naar rechts: Wietske Hoornstra en Bram Oudejans\n\nDe hogeschool heeft twee "
    "lectoren benoemd in het domein Gezondheid.",
])
def test_names_in_a_photo_caption_are_public(detector, text):
    assert persons(detector, text) == []
    assert not warns(detector, text)


@pytest.mark.parametrize("text, names", [
    ("Hoi Sanne,\n\nLeuke foto van de barbecue! Vlnr: Joost Haverkamp, Marieke Oosterwold en ik.\n\nGroet,\nRuud",
     ["Joost Haverkamp", "Marieke Oosterwold"]),
    # an internal staff magazine is not published
    ("INTERN - alleen voor medewerkers\n\nCollega in beeld\n\nVlnr: Annemiek Vrielink en Daan Schotanus.\n\n"
     "Annemiek Vrielink is na een lange ziekte weer aan het werk.", ["Annemiek Vrielink"]),
])
def test_captions_in_private_texts_stay_names(detector, text, names):
    for name in names:
        assert found(detector, text, name), name
