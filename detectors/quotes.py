"""The marks that open and close a quotation, as Dutch and English texts write them, in one place.

News quotes people ("…", zegt X), interviews run over lines, and a right single quote is an apostrophe as often as a
closing mark ("’s ochtends", "zo’n"). The checks that ask "is this inside a quote?" (detectors.published,
detectors.categories.health) read their marks from here.
"""
from __future__ import annotations

#: Double quotation marks: straight, curly (“ ”) and the Dutch low opening one („).
DOUBLE = "\"“”„"
#: Every quotation mark a line of an interview or a news story may hold, guillemets included.
ALL = DOUBLE + "‘’«»"
#: Marks that open a quotation, and marks that close one (a straight double quote does both).
OPENING = "“„\"‘"
CLOSING = "”\"’"


def apostrophe_at(text: str, i: int) -> bool:
    """Whether the right single quote at ``i`` is an apostrophe: a letter follows it ("’s ochtends", "zo’n")."""
    return text[i] == "’" and text[i + 1:i + 2].isalpha()
