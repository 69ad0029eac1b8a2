"""First names typed in lower case inside the messages of a pasted chat (WhatsApp, Teams, Slack).

All texts are invented for this test. A chat is a text with two or more chat lines (a time stamp
or a speaker before a colon); only there a lower-case first name counts, and only when the name
lists know it as a common first name that is no Dutch word, or when the same name is a speaker or
is written with a capital elsewhere in the text.
"""
# ruff: noqa: E501  (the texts are data, one line each)
import pytest

from detectors.names.finder import NameFinder


@pytest.fixture(scope="module")
def finder():
    return NameFinder()


def found(finder, text):
    return {text[h.start:h.end] for h in finder.find(text)}


@pytest.mark.parametrize("text, names", [
    # WhatsApp with the contacts' names in capitals: the lines are mixed case, the names typed in them are not
    ("[08:40] Marleen: heeft iemand de sleutel van kast 3?\n[08:41] Thomas: nee, vraag het even aan femke\n[08:45] Marleen: ok",
     {"femke"}),
    ("12-11-2025 09:12 - Jeroen: kan iemand de dienst van ruud overnemen?\n12-11-2025 09:14 - Sanne: ik wel, is hij ziek?",
     {"ruud"}),
    # a common first name that is also a small place ("Joost", "Maarten")
    ("[10:02] Noor\nweet iemand of joost al terug is? hij stond op de planning\n[10:03] Sem\nnee, ook maarten is er niet",
     {"joost", "maarten"}),
    # a first name the lists know only as rare is a name once it writes in the chat itself
    ("gerdien 14:02\nbel jij de klant terug of doet reinout dat?\nreinout 14:05\nik doe het wel, gerdien",
     {"gerdien", "reinout"}),
    # a name that is also a word counts once it is a speaker of the same chat
    ("[16:01] roos: ik ben morgen vrij\n[16:02] lieke: prima, dan neem ik het over van roos",
     {"roos"}),
    # ... or once it is written with a capital elsewhere in the text
    ("Tom: Heb je Willemijn nog gesproken?\nFatima: nee, ik bel willemijn morgen wel",
     {"willemijn"}),
    # a writer above the message with its time, and no colon ("Teams": name, time, message below)
    ("Reinout 09:01\nheeft iemand de sleutel van de archiefkast?\nGerdien 09:03\nligt bij de balie",
     {"Reinout", "Gerdien"}),
])
def test_lower_case_first_names_in_a_chat(finder, text, names):
    assert names <= found(finder, text)


@pytest.mark.parametrize("text, name", [
    # not a chat: prose with capitals where a name is typed in lower case
    ("Gisteren heb ik het nog aan femke gevraagd, maar ze wist het ook niet.\nDe vergadering is verplaatst naar dinsdag.", "femke"),
    # a chat, but the words are ordinary words that are also first names
    ("[09:00] kees: wie heeft de roos op tafel gezet?\n[09:02] sanne: die komt uit de tuin, in mei bloeit hij weer\n[09:03] kees: mooi", "roos"),
    ("[09:00] kees: wie heeft de roos op tafel gezet?\n[09:02] sanne: die komt uit de tuin, in mei bloeit hij weer\n[09:03] kees: mooi", "mei"),
    ("[12:10] priya: het hele kantoor kwam, jan en alleman\n[12:11] daan: haha echt wel", "jan"),
    ("[20:15] ruben: speel jij nog bas in die band?\n[20:16] koen: ja, en ik mark de setlist altijd af", "bas"),
    ("[20:15] ruben: speel jij nog bas in die band?\n[20:16] koen: ja, en ik mark de setlist altijd af", "mark"),
    # an agenda with times is no chat: the lines carry no speaker
    ("09:30 Inloop met koffie\n10:00 Opening door de voorzitter\n10:15 Lezing: de brieven van marleen en haar tijd", "marleen"),
    # a programme guide: times after titles, one of them a word that is also a name
    ("Journaal 20:00\nMax 21:00\nNieuwsuur 22:00", "Max"),
])
def test_words_and_texts_that_are_no_chat_stay_quiet(finder, text, name):
    assert name not in found(finder, text)


def test_a_long_chat_stays_fast(finder, cpu_limit):
    unit = "[09:12] jeroen: kan iemand de dienst van ruud overnemen?\n"
    text = unit * (1_000_000 // len(unit))
    with cpu_limit(10):
        finder.find(text)
