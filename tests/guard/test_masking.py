"""Masked previews: recognisable, never the value.

The property, for every value hypothesis can think of:
- numbers (BSN, IBAN, phone, ...): the preview is ``head + "•••" + tail`` with head a prefix and tail
  a suffix of the compact value, together at most half of it (rounded up) and at most 6 characters;
- words (names, addresses): no 4 consecutive characters of the value, outside whitespace,
  appear in the preview: a word of 4+ letters shows only its first letter;
- e-mail addresses: only the first letter of the local part and of the domain, plus a short
  alphabetic top-level domain.
"""
from __future__ import annotations

import math
import re

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from guard.masking import DOT, _NUMERIC_TYPES, mask

WORD_KINDS = ("PERSON", "ADDRESS", "HEALTH_DATA", "EMAIL_MESSAGE")
NUMERIC = sorted(_NUMERIC_TYPES)

# Text without the mask dot: a value made of mask dots would trivially "contain" its preview.
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=DOT), max_size=60)


def test_examples():
    assert mask("BSN", "111222333") == "111•••33"
    assert mask("BSN", "1112.22.333") == "111•••33"
    assert mask("IBAN", "NL91 ABNA 0417 1643 00") == "NL91•••00"
    assert mask("PHONE_NUMBER", "06-12345678") == "061•••78"
    assert mask("POSTCODE", "1234 AB") == "12•••B"
    assert mask("PERSON", "Jan de Vries") == "J••• de V•••"
    assert mask("ADDRESS", "Kerkstraat 12") == "K••• 1•••"
    assert mask("EMAIL_ADDRESS", "jan.devries@uwv.nl") == "j•••@u•••.nl"
    assert mask("EMAIL_ADDRESS", "jan@voorbeeld.amsterdamnoord") == "j•••@v•••"
    assert mask("BSN", "12") == "1•••"
    assert mask("PERSON", "  ") == ""


def _compact(value: str) -> str:
    return re.sub(r"[\s.\-]", "", " ".join(value.split()))


@given(kind=st.sampled_from(NUMERIC), value=texts)
@example(kind="BSN", value="111222333")
@example(kind="IBAN", value="NL91ABNA0417164300")
@settings(max_examples=400)
def test_numbers_hide_at_least_half(kind, value):
    compact = _compact(value)
    assume(compact)
    out = mask(kind, value)
    head, sep, tail = out.partition(DOT * 3)
    assert sep, out
    assert compact.startswith(head)
    assert compact.endswith(tail)
    shown = len(head) + len(tail)
    assert shown <= min(6, math.ceil(len(compact) / 2))
    assert shown < len(compact) or len(compact) == 1


def _runs(value: str, n: int = 4):
    """Every n consecutive characters of ``value`` that hold no whitespace."""
    for i in range(len(value) - n + 1):
        chunk = value[i:i + n]
        if not any(c.isspace() for c in chunk):
            yield chunk


@given(kind=st.sampled_from(WORD_KINDS), value=texts)
@example(kind="PERSON", value="Jan van der Berg")
@example(kind="PERSON", value="Anne-Marie Öztürk")
@settings(max_examples=400)
def test_words_never_show_four_characters_in_a_row(kind, value):
    out = mask(kind, value)
    for run in _runs(" ".join(value.split())):
        assert run not in out, (run, out)


@given(local=st.text(min_size=1, max_size=20).filter(lambda s: "@" not in s and s.strip()),
       domain=st.text(min_size=1, max_size=20).filter(lambda s: "@" not in s and s.strip()))
@settings(max_examples=300)
def test_email_shows_two_letters_and_a_short_tld(local, domain):
    value = f"{local}@{domain}"
    out = mask("EMAIL_ADDRESS", value)
    norm = " ".join(value.split())
    norm_local, _, norm_domain = norm.partition("@")
    m = re.fullmatch(rf"(.)?{DOT * 3}@(.)?{DOT * 3}(\.[A-Za-z]{{1,6}})?", out, re.S)
    assert m, out
    assert (m.group(1) or "") == norm_local[:1]
    assert (m.group(2) or "") == norm_domain[:1]
    if m.group(3):
        assert norm_domain.endswith(m.group(3))


@given(kind=st.sampled_from(NUMERIC + list(WORD_KINDS) + ["EMAIL_ADDRESS"]), value=texts)
@example(kind="EMAIL_ADDRESS", value="0 0a")  # an "e-mail address" without @ once came back whole
@example(kind="EMAIL_ADDRESS", value="ab cd")
@example(kind="EMAIL_ADDRESS", value="a b c")
def test_mask_never_returns_the_value_itself(kind, value):
    norm = " ".join(value.split())
    out = mask(kind, value)
    # Words keep single letters (and, in names, tussenvoegsels such as "de"): nothing to hide there.
    shown_whole = 3 if kind in WORD_KINDS else 1
    if len(norm) >= 4 and not (kind not in NUMERIC and all(len(w) <= shown_whole for w in norm.split())):
        assert out != norm
