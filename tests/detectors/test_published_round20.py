"""Issue 12, twentieth round (all texts newly invented): a Frisian press release's note to the editors, the verbatim
report of a council or the Staten (the speakers in capitals), and a historical photo credited to a collection are
signs of a publication."""
from __future__ import annotations

import pytest

from detectors import published
from tests.helpers.findings import categories


@pytest.mark.parametrize("text", [
    "Noat foar de redaksje:\nFoar mear ynformaasje kinne jo kontakt opnimme mei de parsevoorlichter: "
    "tel. 058 123 4567.",
    "Noot voor de redactie:\nVoor meer informatie kunt u contact opnemen met de afdeling communicatie.",
    "Noot voor de redaktie:\nVoor meer informatie: Jan Smit, telefoon 050 123 4567.",
    "Noat foar redaksje:\nFoar mear ynformaasje: Jan Smit, tel. 058 123 4567.",
])
def test_a_note_to_the_editors_also_in_frisian_announces_a_press_release(text):
    assert "announced" in published.kinds(text)


def test_a_mail_that_asks_for_a_note_to_the_editors_announces_nothing():
    assert "announced" not in published.kinds("Hoi Jelle, kun je de noat foar de redaksje nog even nakijken?")


@pytest.mark.parametrize("text", [
    "Notulen van de digitale vergadering van 14 april 2021\n\n(Geopend om 13.30 uur)\n\n"
    "Voorzitter: de heer P. de Boer\n\n"
    "Griffier: mevrouw A. Kramer\n\nDe VOORZITTER: Ik open de vergadering. Ik heet u allen van harte welkom, ook de "
    "mensen die thuis meekijken.\n\nDe heer VAN DAM (CDA): Voorzitter, dank u wel. Wij steunen het voorstel.",
    "Notulen van de vergadering van 9 maart\n\nVoorzitter: de heer J. Bos\n\nGriffier: mevrouw K. Mol\n\n"
    "De VOORZITTER: Ik open de vergadering. Wij hebben een ruim quorum.",
    "Verslag van de vergadering van 3 juni\n\nAanwezig: 27 leden\n\nDe VOORZITTER: Goedenavond. Ik open de "
    "vergadering.\n\nMevrouw KOOISTRA (PvdA): Dank u, voorzitter. Het gaat vanavond over de jeugdzorg.",
])
def test_the_verbatim_report_of_a_council_with_speakers_in_capitals_is_no_meeting_notes(detector, text):
    assert "MEETING_NOTES" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Notulen teamoverleg 14 april\n\nVoorzitter: Jan\nNotulist: Sanne\n\nJan: we beginnen met de planning.\n"
    "Sanne: de klant belt morgen terug.\n\nActiepunten:\n- Jan belt de klant\n- Sanne maakt de offerte",
    "Notulen MT 3 juni\n\nAanwezig: Piet, Karin, Ahmed\n\nVOORZITTER: Karin\n\n1. Opening\nKarin opent de "
    "vergadering.\n2. Verzuim\nAhmed meldt dat twee collega's ziek zijn.",
    "Notulen teamoverleg 3 maart\nAanwezig: Jan, Karin, Pieter\n\nDe VOORZITTER: Jan opent de vergadering.\n\n"
    "1. Planning\nKarin: de offerte gaat vrijdag de deur uit.\nPieter: ik bel de klant.\n\n"
    "Actiepunten:\n- Karin: offerte",
])
def test_a_teams_own_minutes_stay_meeting_notes(detector, text):
    assert "MEETING_NOTES" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "De opening van de nieuwe school in 1928. Vooraan staat hoofdmeester J. Dijkstra. Foto's coll. Historische "
    "Kring Dalfsen",
    "Het oude raadhuis kort voor de sloop in 1961. Foto collectie Stadsarchief Breda",
])
def test_a_photo_credited_to_a_collection_is_a_publication(text):
    assert "publication" in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Hoi Marga, heb je de foto's uit de collectie van opa al ingescand? Groetjes, Tineke",
    "De collectie van het museum wordt volgende week verhuisd. Foto's volgen later.",
])
def test_a_note_about_a_collection_of_photos_is_no_publication(text):
    assert "publication" not in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Zij was jaren secretaris onder onze oud voorzitters Bart van der Sprong en Hans Dessing.",
    "Bij de receptie waren ook onze oud-voorzitter Gerrit Mulder en zijn vrouw aanwezig.",
])
def test_a_clubs_former_chairs_after_onze_are_no_private_sign(text):
    assert not published.private_signs(text, set())


@pytest.mark.parametrize("text", [
    "Per 1 mei neemt de raad afscheid van de heer Ir. K.L. (Koos) Brink, voorzitter van de raad van toezicht.",
    "Hij wordt opgevolgd door mevrouw drs. A. (Anne) de Graaf, lid van de raad van bestuur.",
    "De prijs werd uitgereikt door de heer prof. dr. H. Smit, rector magnificus van de universiteit.",
])
def test_a_titled_name_with_an_academic_title_and_a_role_in_its_sentence_is_no_private_sign(text):
    assert not published.private_signs(text, set())


def test_a_titled_name_with_an_academic_title_and_no_role_stays_a_private_sign():
    assert published.private_signs("Vandaag belde de heer drs. A. Bosman over zijn uitkering. Hij is boos.", set())


@pytest.mark.parametrize("text", [
    "Aanwezig de dames en heren:\n\nAnna Peeters: Burgemeester;\n\nKoen Maes, Lies Claes: Schepenen;\n\n"
    "Tom Wouters, Sara Janssens, Bram Jacobs: Raadsleden;\n\nEls Mertens: Algemeen directeur;",
    "Aanwezig:\nJef Willems: burgemeester-voorzitter;\nAn Smets, Luc Goossens: schepenen;\n"
    "Piet Aerts, Ilse Hermans: gemeenteraadsleden;",
])
def test_a_flemish_councils_present_list_with_offices_is_minutes_of_a_council(text):
    assert "speakers" in published.kinds(text)


def test_a_teams_present_list_with_roles_is_no_council():
    text = "Aanwezig:\nJan: voorzitter;\nSanne: notulist;\nAhmed, Lotte: teamleden;"
    assert "speakers" not in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Bovenstaande foto van de leden van fanfare Concordia, van links naar rechts: Frank Korten, Jacqueline Kuppens.",
    "Op de foto (van links naar rechts) de winnaars Iris Smit en Tom de Wit met hun bekers.",
])
def test_a_caption_that_names_people_from_left_to_right_is_a_publication(text):
    assert "publication" in published.kinds(text)
