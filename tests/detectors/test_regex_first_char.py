"""Patterns rewritten to open with the character they consume first match exactly as before.

``re`` skips ahead in C to a character that can start a match only when the pattern opens with that
character (or a set of them); a pattern that opens with "\\b" or a look-behind is tried at every position.
The rewrites move the look-behind behind the first character ("\\bik" is "i(?<!\\w.)k") and keep the
alternatives in their order. Each is compared here with the pattern it replaced, written out as it was,
on every corpus text and on generated texts, through each way the code calls it (search and finditer
with start and end positions, match at a position, findall).
"""
from __future__ import annotations

import random
import re

import pytest

from detectors import published
from detectors.categories import _text, health, health_context
from detectors.names import finder
from detectors.recognizers import nl_address_recognizer as addr
from tests.helpers.corpus import corpus_texts

OLD = {
    "_text._SENT_END": (
        _text._SENT_END,
        r"(?<!\b[Mm]w)(?<!\b[Dd]hr)(?<!\b[Mm]evr)(?<!\b[Mm]r)(?<!\b[Dd]r)[.!?](?=\s)"
        r"|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•]|\d+[.)]|\[\d|[A-Z][\w-]*\s*:))"),
    "health_context._YOU_LOW": (health_context._YOU_LOW, r"\b(?:u|uw)\b"),
    "health_context._I": (health_context._I, r"\bik\b"),
    "health_context._TITLE_NAME": (
        health_context._TITLE_NAME,
        r"\b(?:[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Mm]eneer|[Dd]hr\.|[Dd]e heer|[Hh]eer)\s+"
        r"(?:[A-Z]\.\s?){0,4}(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]e|[Ee]l|[Aa]l|'t)\s+){0,3}"
        r"([A-Z][a-zà-ÿĀ-ž]+(?:-[A-Z][a-zà-ÿĀ-ž]+)?)"),
    "health_context._ROLE_INITIALS": (
        health_context._ROLE_INITIALS,
        r"\b(?:[Cc]li[eë]nte?|[Pp]ati[eë]nte?|[Ww]erkne(?:mer|emster)|[Bb]etrokkene)[ \t]*\(?"
        r"(?:[A-Z]\.[ \t]?){1,3}\)?"),
    "health_context._TURN_FIRST": (health_context._TURN_FIRST, r"\b(?:ik|me|mij|mijn|m'n)\b"),
    "health_context._TURN_YOU": (health_context._TURN_YOU, r"\b(?:u|uw|je|jij|jouw|jullie)\b"),
    "health_context._TURN_GROUP": (
        health_context._TURN_GROUP,
        r"\b(?:mensen|personen|werknemers|werkenden|patiënten|cliënten|vrouwen|mannen|jongeren|"
        r"ouderen|kinderen|iedereen|klanten|procent)\b|%"),
    "nl_address_recognizer._HEAD_WORD_RX": (addr._HEAD_WORD_RX, r"\b" + addr._HEAD_WORD + r"[ \t]"),
    "finder._WE": (finder._WE, r"(?i)(?<![\w-])(?:we|wij|ons|onze)(?![\w-])"),
    "health._ROLE": (
        health._ROLE,
        r"(?i)\b(?:de|deze|die|onze|ons|mijn|m'n|uw|jouw|je|zijn|haar|the|our|my|this|that)\s+"
        r"(?:cliënte?|client|klant|betrokkene|werknemer|werkneemster|medewerker|medewerkster|"
        r"collega|verzekerde|aanvrager|aanvraagster|belanghebbende|patiënte?|patient|zoon|dochter|moeder|"
        r"vader|partner|echtgeno(?:ot|te)|teamleider|leidinggevende|employee|colleague|bewoner|bewoonster|"
        r"zorgvrager)\b"
        r"|\b(?:mijn|m'n|zijn|z'n|haar|onze|ons|my|his|her|our)\s+(?:man|vrouw|kind|zoontje|dochtertje|"
        r"vriend|vriendin|broer|zus|opa|oma|schoonmoeder|schoonvader|husband|wife|son|daughter)\b"),
    "finder._FEELS": (
        finder._FEELS,
        r"(?<![\w-])([A-Z][a-zà-ÿ]{3,20})[ \t]+(?:vertelt|vertelde|voelt|voelde|vindt|vond|denkt|dacht|zegt|"
        r"zei|huilt|huilde|lacht|lachte|slaapt|sliep|ervaart|ervoer|merkt|merkte|geeft[ \t]+aan|gaf[ \t]+aan)\b"),
    "published._FIRST_NAME_SPEAKS": (
        published._FIRST_NAME_SPEAKS,
        r"(?<![\w-])([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)(?::[ \t]|\s+(?:zegt|zei|vraagt|vroeg|stelt\s+voor|"
        r"stelde\s+voor|betoogt|geeft\s+aan|gaf\s+aan|merkt\s+op|merkte\s+op|licht\s+toe|lichtte\s+toe|meldt|meldde|"
        r"antwoordt|noemt|"
        r"wil\s+graag|neemt\s+contact|pakt\s+(?:dit|het)\s+op|gaat\s+na|zoekt\s+uit|bevestigt|reageert|legt\s+uit)\b)"),
    "published._AGE_AFTER_NAME": (published._AGE_AFTER_NAME, r"\b([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)\s\(\d{2}\)"),
    "published._AGE_BEFORE_NAME": (published._AGE_BEFORE_NAME, r"(?i:\bde\s\d{2}-jarige)\s[A-Z]"),
    "published._TITLE_NAME": (
        published._TITLE_NAME,
        r"\b(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Dd]hr\.|[Dd]e heer)\s+(?:[A-Z]\.\s?)*[A-Z]"),
}

#: Pieces the generated texts are made of: every word of the patterns, cut short and glued to others.
_PIECES = ("Mw", "mw", "Dhr", "dhr", "Mevr", "mr", "Dr", "dr", "Mevrouw", "mevrouw", "Meneer", "De heer", "heer", "Heer",
           "xMw", "aDr", ".", "!", "?", " ", " ", " ", "\n", "\n\n", "\t", "-", "*", "•", "1", "12", ")", "[3", "A", "Ab",
           "Naam", ":", "J.", "P.", "van", "de", "'t", "Jansen", "Ölçer", "Ĳsselmeer-Ĳzer", "cliënt", "Cliënte", "patiënt",
           "Werknemer", "werkneemster", "Betrokkene", "(", "ik", "xik", "iki", "ik_", "me", "mij", "mijn", "m'n", "u", "uw", "je", "jij",
           "jouw", "jullie", "mensen", "personen", "werknemers", "procent", "kinderen", "iedereen", "%", "Laan", "Plein",
           "Park", "Weg", "Wal", "Straat", "Singel", "Dijk", "Dreef", "Hof", "Markt", "Burgwal", "Gracht", "Kade", "_",
           "é", "ı", "İ", "ſ", "K", "0", "x", "we", "We", "WIJ", "wİj", "ons", "Onze", "ONS", "oNſ", "-", "Wıj",
           "Neshwa", "Anna", "voelt", "vertelt", "geeft aan", "gaf\taan", "zei", "Éva", "aNna", "Ab-Anna",
           "deze", "Die", "ONZE", "our", "Mijn", "my", "jouw", "Je", "zijn", "Z'N", "z'n", "haar", "the", "This", "that",
           "his", "her", "HER", "collega", "Zoon", "vrouw", "man", "kind", "son", "wife", "echtgenote", "medewerker",
           "zorgvrager", "dochtertje", "zegt", "vraagt", "stelt voor", "legt\tuit", "Thijs", "Jan-Willem", "Zoë",
           "-jarige", "de 52-jarige", "(45)", "Mw.", "Dhr.", "Mevr.", " uit ", "Mé")


def _generated(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(1, 40))) for _ in range(n)]


def _same(new: re.Pattern, old: re.Pattern, text: str, rnd: random.Random) -> None:
    def spans(it):
        return [(m.span(), m.groups()) for m in it]

    assert spans(new.finditer(text)) == spans(old.finditer(text))
    assert new.findall(text) == old.findall(text)
    for _ in range(4):
        a = rnd.randrange(len(text) + 1)
        b = rnd.randrange(a, len(text) + 1)
        assert spans(new.finditer(text, a, b)) == spans(old.finditer(text, a, b))
        m, o = new.search(text, a, b), old.search(text, a, b)
        assert (m and (m.span(), m.groups())) == (o and (o.span(), o.groups()))
        m, o = new.match(text, a), old.match(text, a)
        assert (m and (m.span(), m.groups())) == (o and (o.span(), o.groups()))


@pytest.mark.parametrize("name", sorted(OLD))
def test_same_matches_on_corpus_and_generated_texts(name):
    new, old_pattern = OLD[name]
    old = re.compile(old_pattern, new.flags)
    rnd = random.Random(name)
    texts = corpus_texts() + _generated(4000, 11)
    for text in texts:
        _same(new, old, text, rnd)


@pytest.mark.parametrize("name", sorted(OLD))
def test_every_match_position_of_generated_texts(name):
    """A match tried at every position (``match``), as the address rule does at a found street."""
    new, old_pattern = OLD[name]
    old = re.compile(old_pattern, new.flags)
    for text in _generated(600, 12):
        for pos in range(len(text) + 1):
            m, o = new.match(text, pos), old.match(text, pos)
            assert (m and m.span()) == (o and o.span()), (text, pos)
