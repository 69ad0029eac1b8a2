"""A life story told in the person's own words (issue 12, round 8): magazines and patient pages print someone's
account of their illness as one long quotation, opened at the first word and left open from paragraph to paragraph,
broken up by the editor's intertitles. The "ik" is the quoted person's, speaking to the readers. A staff magazine
that prints a colleague's story so speaks of the shared workplace, and a note or a report quotes a client in a
paragraph of its own, without intertitles. Texts invented for the tests."""
from __future__ import annotations

import pytest

from detectors.published import kinds, reads_as_published

MAGAZINE = (
    "“Het begon met een tinteling in mijn linkerhand, op een zaterdagochtend in de tuin. Ik dacht dat ik verkeerd "
    "had gelegen en ging gewoon door met snoeien. Twee dagen later kon ik mijn kopje koffie niet meer vasthouden, en "
    "toen ben ik toch maar naar de huisarts gegaan.\n\n"
    "Een lange zoektocht\n\n"
    "De neuroloog liet een scan maken en na drie weken wachten kreeg ik de uitslag: een hernia in mijn nek, die op "
    "een zenuw drukte. Ik werd geopereerd en moest daarna maanden revalideren. Mijn man nam de kinderen over, mijn "
    "moeder kookte twee keer per week. Ik voelde me nutteloos, en dat vond ik misschien nog het zwaarst.\n\n"
    "Weer op de fiets\n\n"
    "Nu, anderhalf jaar later, fiets ik weer naar de markt. Mijn hand is nooit helemaal de oude geworden, maar ik "
    "heb geleerd om daarmee te leven.")
#: a nurse tells about a patient, in single marks, with one intertitle on a line of its own
NURSE = (
    "‘Een paar jaar geleden kwam er een jongen van negentien op de afdeling, na een ongeluk met zijn scooter. Hij had "
    "een gebroken bekken en lag weken aan bed. Zijn ouders waren er elke avond, maar overdag was hij vaak alleen, "
    "en ik zag hoe somber hij werd. Ik ben toen na mijn dienst soms een half uur blijven zitten om met hem te "
    "kaarten.\n"
    "Een kaartje\n"
    "Vorige maand kreeg ik een kaartje: hij is afgestudeerd en werkt nu zelf in de zorg. Daar doe ik het voor. "
    "Zulke verhalen vergeet je nooit meer, ook niet na dertig jaar in dit vak.")
#: a regional paper's marks
PAPER = MAGAZINE.replace("“", ",,", 1)

#: the same account in a staff magazine: the speaker tells colleagues about the shared workplace
STAFF = MAGAZINE.replace(
    "Mijn man nam de kinderen over, mijn moeder kookte twee keer per week.",
    "Mijn collega's op de afdeling namen mijn klanten over en mijn teamleider belde elke week.").replace(
    "fiets ik weer naar de markt", "werk ik weer drie dagen, in overleg met de bedrijfsarts")
FAREWELL = (
    "“Na eenendertig jaar neem ik afscheid, eerder dan ik had gedacht. Sinds mijn hartinfarct in maart merk ik dat ik "
    "het tempo niet meer kan bijhouden, en ik heb besloten dat het mooi is geweest.\n\n"
    "Dank jullie wel\n\n"
    "Ik wil iedereen van ons team bedanken voor de kaarten en de bloemen. Zonder jullie had ik de afgelopen maanden "
    "niet doorstaan. Op vrijdag de 14e geef ik een borrel in de kantine, en ik hoop jullie daar allemaal te zien.")
#: a client's own story written to UWV, with headings of their own: told to the office, not to readers
TO_THE_OFFICE = (
    "“Sinds mijn burn-out in het voorjaar lukt het me niet meer om langer dan een uur achter elkaar te lezen. Ik "
    "vergeet afspraken, ik slaap slecht en ik schrik van elk geluid. Mijn huisarts noemt het een zware overspanning.\n\n"
    "Hoe het nu gaat\n\n"
    "Ik ga twee keer per week naar de psycholoog en wandel elke ochtend een uur. Ik vraag het UWV om mij meer tijd te "
    "geven voordat ik weer ga solliciteren, want ik ben bang dat ik anders opnieuw uitval.")
#: a client's statement quoted at the head of a report: no intertitle, one speaker's paragraphs
STATEMENT = (
    "“Sinds de operatie aan mijn knie kan ik niet meer dan een uur achter elkaar staan. Ik heb pijn als ik de trap op "
    "loop en ik slaap slecht. Mijn huisarts heeft me doorverwezen naar de fysiotherapeut.\n\n"
    "Ik wil wel weer werken, maar niet meer in de bouw. Misschien iets met administratie, als ik daar een cursus voor "
    "kan volgen. Ik heb nooit achter een computer gezeten en dat vind ik spannend.”\n\n"
    "Betrokkene maakt een vermoeide indruk. Hij is gemotiveerd, maar overschat zijn belastbaarheid.")
#: a quotation that closes in its first paragraph, then the writer's own headings and words
CLOSED = (
    "“Ik kan het niet meer opbrengen om elke dag naar het magazijn te gaan, mijn rug laat het gewoon niet toe,” "
    "zei Jeroen tegen mij toen ik hem vorige week sprak over zijn klachten en zijn behandeling.\n\n"
    "Afspraken\n\n"
    "Ik heb met hem afgesproken dat hij de komende twee weken thuis blijft en dat ik hem daarna opnieuw spreek over "
    "de opbouw van zijn uren. Mijn voorstel is om te beginnen met twee ochtenden per week.")


@pytest.mark.parametrize("text, published", [
    # a life story in one open quotation, with the editor's intertitles, in any of the marks the press uses
    (MAGAZINE, True), (NURSE, True), (PAPER, True),
    # the same form inside the workplace: a colleague's story in the staff magazine, a farewell note to the team
    (STAFF, False), (FAREWELL, False),
    # the same form told to the office that handles the speaker's case
    (TO_THE_OFFICE, False),
    # a client quoted at the head of a report, and a quote that closes before the writer speaks
    (STATEMENT, False), (CLOSED, False),
])
def test_a_life_story_in_the_persons_own_words(monkeypatch, text, published):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.45)  # such stories score 0.40-0.65
    assert reads_as_published(text, {"PERSON"}, ["HEALTH_DATA"]) is published


def test_a_monologue_without_intertitles_is_no_kind():
    without = MAGAZINE.replace("Een lange zoektocht\n\n", "").replace("Weer op de fiets\n\n", "")
    assert "monologue" in kinds(MAGAZINE)
    assert "monologue" not in kinds(without)


def test_a_private_sign_in_a_monologue_still_counts(monkeypatch):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.45)
    text = MAGAZINE.replace("Mijn man nam", "Klant Pieter Smit belde en mijn man nam")
    assert reads_as_published(text, {"PERSON"}, ["HEALTH_DATA"]) is False


#: the speaker's own visit to a doctor, in the story's words
DOCTOR_VISIT = MAGAZINE.replace("De neuroloog liet een scan maken", "Na een gesprek met de neuroloog kwam er een scan")
#: a doctor's own note about a call with the treating physician, with a heading: case work, no monologue
PHYSICIAN_NOTE = (
    "Vandaag een gesprek met de huisarts van betrokkene gevoerd over de hernia in haar nek. Zij is in maart geopereerd "
    "en revalideert nog. De huisarts verwacht dat zij over drie maanden haar eigen werk weer kan doen.\n\n"
    "Beschouwing\n\n"
    "Ik zie op dit moment geen reden om aan dat beeld te twijfelen. Ik spreek haar over zes weken opnieuw, en vraag "
    "dan ook de informatie van de neuroloog op.")


@pytest.mark.parametrize("text, published", [(DOCTOR_VISIT, True), (PHYSICIAN_NOTE, False)])
def test_a_talk_with_a_doctor_is_the_speakers_in_a_life_story(monkeypatch, text, published):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.45)
    assert reads_as_published(text, {"PERSON"}, ["HEALTH_DATA"]) is published
