"""Issue 12, twenty-fourth round (texts newly invented): a recorded meeting's subtitle file, each line opened by a
numbered speaker ("Speaker 1: ..."), is minutes."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories

_SRT = ("1\n00:00:00,903 --> 00:00:09,023\n{a} Zullen we eerst de planning voor het kwartaal doornemen?\n\n"
        "2\n00:00:10,083 --> 00:00:11,323\n{b} Ja, en daarna het verzuim van het team.\n\n"
        "3\n00:00:11,423 --> 00:00:16,103\n{a} Goed, dan zet ik de roosters erbij voor volgende week.\n")


@pytest.mark.parametrize("a, b", [("Speaker 1:", "Speaker 2:"), ("Spreker 1:", "Spreker 2:")])
def test_a_numbered_speakers_transcript_is_minutes(detector, a, b):
    assert "MEETING_NOTES" in categories(detector, _SRT.format(a=a, b=b))


@pytest.mark.parametrize("a, b", [
    ("Speaker 1:", "Speaker 1:"),  # one speaker: a talk or a lecture's subtitles
    ("Spreker:", "Spreker:"),      # an event's speakers announced, no transcript
])
def test_one_speaker_is_no_meeting(detector, a, b):
    assert "MEETING_NOTES" not in categories(detector, _SRT.format(a=a, b=b))


_OPEN_LETTER = ("Moet het zwembad gesloopt worden? Moet er meer groen komen of een speelplaats? Is er extra "
                "parkeerruimte nodig of moeten er nieuwe woningen komen? Wat wil jij?\n\nHet is tijd om te horen wat "
                "iedereen in de buurt ervan vindt. Wij komen in de kerstvakantie bij je langs, maar ook op onze "
                "website kun je je ideeën kwijt. Of mail naar: secretariaat@dorpsbelang-ergens.nl\n\nWij zijn "
                "benieuwd naar jullie mening!\n\nHartelijke groet,\n\n{signer}")


def test_a_council_partys_open_letter_is_no_mail(detector):
    assert "EMAIL_MESSAGE" not in categories(
        detector, _OPEN_LETTER.format(signer="namens de fractie van Dorpsbelang, Johan Manders"))


def test_a_letter_signed_by_a_person_still_is(detector):
    assert "EMAIL_MESSAGE" in categories(detector, _OPEN_LETTER.format(signer="Johan Manders"))
