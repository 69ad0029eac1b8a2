"""Issue 12, twenty-second round (all texts newly invented): a letter to the editor, signed with the writer's name and
town as a paper prints it, is published; a mail or a note signed so is not."""
from __future__ import annotations

import pytest

from detectors import published
from tests.helpers.verdict import warns

_LIBRARY = ("Waarom moet de bibliotheek in ons dorp dicht?\n\nIk lees elke week twee boeken en ik begrijp niet waarom "
            "de gemeente juist hier wil bezuinigen. Voor veel ouderen is de bibliotheek de enige plek waar zij nog "
            "andere mensen zien. Ik hoop dat de raad zich bedenkt voordat het te laat is.\n\n")
_BRIDGE = ("De nieuwe brug is mooi, maar wie heeft bedacht dat fietsers er moeten afstappen? Ik fiets elke dag naar "
           "mijn werk en sta nu twee keer per dag stil. De heer Van Leeuwen van de fietsersbond heeft gelijk: dit "
           "kan beter.")


@pytest.mark.parametrize("text", [
    _LIBRARY + "Gerda Hofman, Zwolle",
    _LIBRARY + "Gerda Hofman, Zwolle.",
    # two letters on one page, the town on a line of its own, a town of more than one word
    _LIBRARY + "Gerda Hofman, Zwolle\n\n" + _BRIDGE + "\n\nMw. A.M. Verbeek-Smits\n\nBergen op Zoom",
    _BRIDGE + "\n\nKees Bosman, Hoogeveen",
])
def test_a_letter_to_the_editor_signed_with_name_and_town_is_a_kind_of_published_writing(text):
    assert "letter" in published.kinds(text)


@pytest.mark.parametrize("text", [_LIBRARY + "Gerda Hofman, Zwolle", _LIBRARY + "Gerda Hofman, Zwolle."])
def test_a_letter_to_the_editor_may_say_ik_and_reads_as_published(detector, text):
    # (the word model still decides, as for a column: the signature lets the writer say "ik")
    assert not warns(detector, text)


@pytest.mark.parametrize("text", [
    # a mail to a colleague, signed the same way: its greeting says it is private
    "Beste Karin,\n\nIk ben ziek en kom morgen niet naar kantoor. Kun jij mijn afspraken met de klanten overnemen? "
    "Ik stuur je de lijst vanavond.\n\nGerda Hofman, Zwolle",
    # a note about a client, with the client's name and town below it
    "Cliënt belde vandaag over zijn uitkering. Hij heeft schulden en vraagt om een voorschot. Ik heb gezegd dat ik "
    "het met mijn teamleider bespreek.\n\nKees Bosman, Hoogeveen",
])
def test_a_mail_or_a_note_signed_with_name_and_town_still_warns(detector, text):
    assert warns(detector, text)


@pytest.mark.parametrize("text", [
    # a name and a word that is no town, a list of people without a paragraph above, a town without a name
    _LIBRARY + "Gerda Hofman, Bibliotheekcommissie",
    "Deelnemers\nGerda Hofman, Zwolle\nKees Bosman, Hoogeveen",
    _LIBRARY + "Groeten uit Zwolle",
])
def test_no_signature_of_a_reader_is_no_letter(text):
    assert "letter" not in published.kinds(text)


def test_the_other_members_of_a_body_named_in_the_sentence_before_hold_its_public_role():
    text = ("Voorzitter van de nieuwe raad van toezicht is de heer Jan Bosman. De overige leden zijn mevrouw Ria Kok "
            "en de heer Ahmet Demir.")
    assert not published._titled_without_role(text)


@pytest.mark.parametrize("text", [
    # no body with a public role in the sentence before, or no members in this one
    "Mijn buurman is de heer Jan Bosman. De overige leden zijn mevrouw Ria Kok en de heer Ahmet Demir.",
    "Voorzitter van de nieuwe raad van toezicht is de heer Jan Bosman. Gisteren belde mevrouw Ria Kok over haar "
    "uitkering.",
])
def test_without_such_a_body_a_titled_name_is_still_a_private_sign(text):
    assert published._titled_without_role(text)


@pytest.mark.parametrize("line", ["Einde persinformatie.", "--- Einde bericht ---", "Einde persmededeling",
                                  "PERSMEDEDELING"])
def test_the_end_of_a_press_release_announces_it(line):
    text = ("De nieuwe eigenaar van het restaurant neemt al het personeel over. De opening is op 1 september.\n"
            f"{line}\nVoor informatie: Bart Smit, woordvoerder, telefoon 06-12345678.")
    assert "announced" in published.kinds(text)


def test_a_sentence_about_the_end_is_no_press_release():
    assert "announced" not in published.kinds("Hoi Sanne,\nAan het einde bericht ik je nog over de planning.")
