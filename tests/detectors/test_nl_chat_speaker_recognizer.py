"""The first names before the colon of a pasted chat (issue 12, class E: lone first names in chats)."""
import pytest

from detectors.recognizers.nl_chat_speaker_recognizer import NlChatSpeakerRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlChatSpeakerRecognizer()


def found(recognizer, text):
    return [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, expected", [
    ("Tom: ben je er morgen?\nFatima: nee, ik heb een afspraak\nTom: oké, dan schuif ik het door",
     ["Tom", "Fatima", "Tom"]),
    ("ruud: heb jij de map van dhr. Kaya?\nmarit: ligt in de kast\nruud: top", ["ruud", "marit", "ruud"]),
    ("09:14 Sanne: goedemorgen!\n09:15 Joost: morgen, koffie?", ["Sanne", "Joost"]),
])
def test_the_speakers_of_a_chat(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "Vraag: hoe vraag ik WW aan?\nAntwoord: via werk.nl, met uw DigiD.",
    "Let op: de deadline is vrijdag.\nTip: begin op tijd.",
    "Jan: de eerste man op de maan was geen Nederlander.",      # one line: a label as often as a name
    "Roos: een plant uit de rozenfamilie.\nRoos: ook een meisjesnaam.",  # a word, and no second speaker
    "Actie: Sanne belt de klant\nBesluit: we wachten op UWV",
    "Hoi: zo begint een appje\nHallo: of zo",
])
def test_labels_and_single_lines_are_no_speakers(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("unit", ["Tom: a\n", "x:" * 40 + "\n", ":\n"])
def test_adversarial_input_completes(recognizer, unit, cpu_limit):
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    with cpu_limit(2.0):
        assert isinstance(found(recognizer, text), list)


def test_a_list_of_parts_is_no_chat(recognizer):
    # the names after the colons are the people; the words before them are parts or voices
    text = "Alt: Diny Boeve\nBas: Hein Mol, Bertus van Ooijen\nÉlise: Sanne Kalkman\nFrosine: Ria Schouten"
    assert found(recognizer, text) == []
