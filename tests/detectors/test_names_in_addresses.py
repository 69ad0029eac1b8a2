"""Issue 12, fifteenth round: a word that the name lists know, inside a web address, a host name or a path of a line
in lower case ("http://irma.app", "/home/sanne/", "www.roos.nl"), is part of that address, no name; a name typed in
lower case in a chat ("@sanne", "met sanne.") still is."""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans


@pytest.mark.parametrize("text", [
    '* identifier\n  * system = "http://irma.app"\n  * value = "x-001"\n',
    "zie https://www.irma.app/nl/ en de map /home/sanne_old/docs\n",
    "cd /srv/sanne/backup && ls\n",
])
def test_a_name_word_inside_an_address_or_path(detector, text):
    assert spans(detector, text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("[09:12] ik heb het net met irma besproken. morgen meer\n", "irma"),
    ("ok, dan bel ik irma.\n", "irma"),
])
def test_a_lower_case_name_in_a_chat_stays(detector, text, name):
    assert name in spans(detector, text, "PERSON")
