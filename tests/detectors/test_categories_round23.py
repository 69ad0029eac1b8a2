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
