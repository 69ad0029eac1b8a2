"""Issue 12, fifteenth round: text that a mail program quoted ("> " before every line of a reply) or that an HTML
page broke with ``<br>`` holds the same personal data as the plain text. The markers become spaces of the same
length before detection (``detectors.normalize.unquote``), so every offset still points into the copied text; a
line break written as ``<br>`` becomes one."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.normalize import normalize, unquote
from tests.helpers.findings import categories, spans

LETTER = ("Randmeerstraat 132\n2162 LN Lisse\nThe Netherlands\n\nMr and Mrs Turner\n201 Golf Road,\n"
          "Sandwich, PA3 4LS\n\nDear Mr and Mrs Turner,\n\nYours sincerely,\nMax Blaauw\n")
SIGNED = ("Beste Sanne,\n\nHierbij mijn nieuwe gegevens.\n\nMet vriendelijke groet,\nPiet de Vries\n"
          "Kerkstraat 12\n1234 AB Utrecht\nT 06-12345678\n")


def quoted(text: str, marker: str = "> ") -> str:
    return "".join(marker + line for line in text.splitlines(keepends=True))


def with_breaks(text: str, tag: str) -> str:
    return text.replace("\n", tag)


@pytest.mark.parametrize("text", [
    quoted(LETTER), quoted(LETTER, ">> "), quoted(LETTER, "> > "),
    with_breaks(LETTER, " </br>\n"), with_breaks(LETTER, "<br>"), with_breaks(LETTER, "<BR />"),
    quoted(with_breaks(LETTER, " </br>\n")),
])
def test_a_sender_address_in_a_quoted_or_html_letter(detector, text):
    assert spans(detector, text, "ADDRESS") == ["Randmeerstraat 132"]
    assert spans(detector, text, "POSTCODE") == ["2162 LN"]


@pytest.mark.parametrize("text", [quoted(SIGNED), with_breaks(SIGNED, "<br>")])
def test_a_signature_in_a_quoted_or_html_mail(detector, text):
    assert spans(detector, text, "POSTCODE") == ["1234 AB"]
    assert "EMAIL_MESSAGE" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "a > b en c>d\n",  # a comparison, not a quote
    "<element\n  attr=\"1\"\n>\n<kind/>\n",  # a tag's closing bracket on its own line stays
    "x = '<br' + 'b>'\n",
    "gewone tekst\n",
])
def test_other_angle_brackets_stay(text):
    assert unquote(text) is text


@pytest.mark.parametrize("text", [quoted(LETTER), with_breaks(LETTER, "<br/>"), quoted(with_breaks(SIGNED, "<br>"))])
def test_same_length_and_offsets(text):
    n = normalize(text)
    assert len(n.text) == len(text)
    assert ">" not in n.text and "<" not in n.text
    assert n.text.replace(" ", "").replace("\n", "") == \
        text.replace("<br/>", "").replace("<br>", "").replace(">", "").replace(" ", "").replace("\n", "")


@pytest.mark.parametrize("unit", ["> ", ">>>>", "<br>", "\n> > >", "<br/ <br"])
def test_unquote_is_linear(unit, cpu_limit):
    text = unit * (1_000_000 // len(unit))
    with cpu_limit(1.5):
        assert len(normalize(text).text) == len(text)


def _reference(text: str) -> str:
    """The markers as "^" in multi-line mode finds them (slower: tried at every position)."""
    import re

    def one(m):
        mark = m.group()
        return " " * len(mark) if mark[0] != "<" else "\n" + " " * (len(mark) - 1)
    out = re.sub(r"(?m)^(?:[ \t]*>)+(?=[ \t])|<\/?br[ \t]*\/?>(?:[ \t]*\n)?", one, text, flags=re.IGNORECASE)
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["> ", ">", ">>", " > ", "\n", "<br>", "</BR>", "<br />", "a", "Kerkstraat 1", "\t",
                                 " "]), max_size=30).map("".join))
def test_unquote_equals_the_multiline_reading(text):
    assert unquote(text) == _reference(text)
