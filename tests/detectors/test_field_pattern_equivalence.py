"""The field pattern of ``rules.field_values`` with possessive runs matches what the backtracking
pattern it replaces matched: same span, same groups, at every place of every corpus text and of
generated texts of keys, quotes, brackets and XML."""
from __future__ import annotations

import random

import regex

from detectors.recognizers.rules import _FIELD
from tests.helpers.corpus import corpus_texts

_OLD = regex.compile(
    r"(?P<key>[\w\-]{1,40}(?:\[[^\]\n]{0,10}\])?(?:\.[\w\-]{1,40}(?:\[[^\]\n]{0,10}\])?){0,3})"
    r"(?:[\"']?[ \t]*(?:=>|[:=])[ \t]*(?P<q>[\"'])(?P<value>[^\"'\n]{1,80})(?P=q)"
    r"|(?:\s+[\w:-]{1,40}=\"[^\"\n]{0,120}\"){0,4}?\s+value[ \t]*=[ \t]*\"(?P<xvalue>[^\"\n]{1,80})\""
    r"|(?:[ \t\n][^<>]{0,400})?>(?P<tvalue>[^<\n]{1,80})</)"
)
_GROUPS = ("key", "q", "value", "xvalue", "tvalue")


def _same_at(text: str, i: int) -> None:
    old, new = _OLD.match(text, i), _FIELD.match(text, i)
    if old is None or new is None:
        assert old is None and new is None, (text[i:i + 80], old, new)
        return
    assert old.span() == new.span(), text[i:i + 80]
    for g in _GROUPS:
        assert old.span(g) == new.span(g), (g, text[i:i + 80])


def test_same_match_at_every_place_of_the_corpus():
    for text in corpus_texts():
        if len(text) > 20_000:
            text = text[:20_000]
        for i in range(len(text)):
            if i == 0 or not text[i - 1].isalnum():
                _same_at(text, i)


def test_same_match_on_generated_fields():
    rnd = random.Random(13)
    parts = ["telefoon", "postal_code", "address", "[0]", "[x]", ".", "-", "_", ":", "=", "=>", " ", "\t", "\n",
             '"', "'", "<", ">", "</", "value", " value=\"", "conceptId=\"1\"", "06-1234", "a" * 41, "é", "１",
             "x" * 90, " " * 5, "[" + "y" * 11 + "]", "<phone>", "</phone>", "\u00a0", "\u2028"]
    for _ in range(10_000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randrange(1, 14)))
        for i in range(len(text)):
            _same_at(text, i)
