"""Issue 12, twenty-third round: categories on texts written for this round (none is a corpus line)."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories


@pytest.mark.parametrize("text", [
    # the points of a meeting under their own label, as student and project teams write them
    "Vergaderpunten\n- planning van de oplevering\n- de begroting\n\nActiepunten\n- Ilse mailt de klant",
    "## Bespreekpunten\n- de demo van vrijdag\n- wie neemt de tests over\n\n## Actiepunten\n- Jorik zet de build op",
])
def test_the_points_of_a_meeting_with_its_actions_are_meeting_notes(detector, text):
    assert "MEETING_NOTES" in categories(detector, text)


_WEEK = ("### Femke Jansen\n\n## Gerealiseerd:\n- de testomgeving opgezet\n- het testplan afgemaakt\n\n## Gepland:\n"
         "- de database koppelen\n\n### Yusuf Demir\n\n## Gerealiseerd:\n- scripts van commentaar voorzien\n\n"
         "## Gepland:\n- helpen met de cloudoplossing\n")


def test_each_members_week_under_their_own_headings_is_a_teams_notes(detector):
    # (the member's name, then their own "Gerealiseerd" and "Gepland" headings, then the items)
    assert {"MEETING_NOTES", "DEPARTMENT_REPORT"} <= set(categories(detector, _WEEK))


def test_a_page_of_portfolios_under_names_is_not(detector):
    text = ("### Femke Jansen\n\n## Portefeuille:\n- onderwijs\n- sport\n\n### Yusuf Demir\n\n## Portefeuille:\n"
            "- financiën\n- wonen\n")
    assert not {"MEETING_NOTES", "DEPARTMENT_REPORT"} & set(categories(detector, text))


def test_a_council_committees_agenda_with_its_items_is_no_minutes(detector):
    # (review of round 23: "Bespreekpunten" and "Actiepunten" under a council's "Hamerstukken")
    text = ("Agenda commissie Ruimte 12 maart 2025\n\nHamerstukken\n- Vaststelling bestemmingsplan Kerkstraat\n\n"
            "Bespreekpunten\n- Woonvisie 2025-2030\n\nActiepunten\n- Toezegging wethouder over de fietsbrug")
    assert "MEETING_NOTES" not in categories(detector, text)
