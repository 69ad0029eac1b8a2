"""Round 17's shortcuts give what the code without them gives.

- the name finder builds the column of its tokens' texts once per text (``NameFinder._tok_texts``) for the five
  passes over all tokens (run starts, commas, "en"/"and", "@", seeds), not once per pass: the passes find the same
  indexes with the column as without it, and the finder gives the same names with the column kept as with one
  built anew at every ask, on a sample of corpus texts and on generated texts;
- ``_mentions`` reads no token when the text has no "@": every "@" of a text is a token of its own in the finder's
  tokens of the re-cased text (checked on corpus texts and on generated texts full of "@" and letters);
- ``chat._MID_CAP`` opens with the capital it consumes first, its look-behind moved behind it (the project's rule,
  see tests/detectors/test_regex_first_char.py): the same matches as the pattern it replaced, written out here.
"""
from __future__ import annotations

import random
import re
from operator import attrgetter

from detectors import textcache
from detectors.names import chat as chat_module
from detectors.names import finder as finder_module
from detectors.names.recase import recase
from detectors.names.tokens import shared_lex, tokenize
from tests.helpers.corpus import corpus_texts

_POOL = ["Jan", ",", "en", "En", "AND", "&", "@", "@Sanne", "a@b.nl", "Vries", "de", "van", "12", "\n", "'t", "x",
         "Sanne", ".", "mevr.", "J.", "(", ")", "JAN", "jan", "DE VRIES", "Groet,", "Beste", "ß", "İ", "ﬁ", "’", "-",
         "Ölçer", "heren", "Bakker", ":", "Dhr", "@@", "e-mail@", "naam;email", "Kerkstraat 1", "1234 AB"]


def _generated(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_POOL) + rnd.choice(["", " ", " ", "\n"]) for _ in range(rnd.randrange(0, 60)))
            for _ in range(n)]


def _sample() -> list[str]:
    texts = list(corpus_texts())
    return texts[::max(1, len(texts) // 40)]


def test_token_text_column_gives_the_same_indexes():
    for text in _sample() + _generated(800, 171) + ["", "@", ",", "Jan"]:
        toks = tokenize(text)
        column = [t.text for t in toks]
        assert finder_module._run_starts(toks, column) == finder_module._run_starts(toks)
        for needle in (",", "@", "en"):
            assert list(finder_module._indexes_of(toks, needle, column)) == list(finder_module._indexes_of(toks, needle))


def test_every_at_sign_is_a_token_of_the_recased_text():
    lex = shared_lex()
    for text in _sample() + _generated(1500, 172) + ["@", "a@", "@a", "x@y@z", "JAN@DE VRIES", "jan de vries @ kantoor"]:
        toks = tokenize(recase(text, lex))
        assert ("@" in text) == any(t.text == "@" for t in toks), repr(text[:200])
        assert text.count("@") == sum(t.text == "@" for t in toks), repr(text[:200])


def _old_mentions(self, toks, add):
    """``NameFinder._mentions`` before round 17: the "@" tokens looked for in every text."""
    for i in finder_module._indexes_of(toks, "@"):
        if i >= len(toks) - 1:
            break
        if toks[i + 1].kind == "w" and toks[i + 1].start == toks[i].end \
                and finder_module.is_cap(toks[i + 1].text) and (i == 0 or toks[i - 1].end < toks[i].start) \
                and self._nameish(toks[i + 1].text):
            add(i + 1, i + 1, 0.8, finder_module.R_MENTION, [toks[i + 1].text])


def test_finder_gives_the_same_names_as_before(monkeypatch):
    texts = _sample() + _generated(300, 173) + ["Vraag het @Sanne of @sanne, mail jan@example.nl", "@Jan @Piet"]
    finder = finder_module.NameFinder()
    new = []
    for text in texts:
        new.append(finder.find(text))
        # the column still matches the tokens at the end of the text: no pass changed them
        if finder._texts is not None:
            toks, column = finder._texts
            assert column == [t.text for t in toks]
        textcache.forget()
    old_finder = finder_module.NameFinder()
    # the code before: the column built anew at every pass, and "@" looked for among the tokens of every text
    monkeypatch.setattr(old_finder, "_tok_texts", lambda toks: list(map(attrgetter("text"), toks)))
    monkeypatch.setattr(old_finder, "_mentions", _old_mentions.__get__(old_finder))
    for text, want in zip(texts, new):
        assert old_finder.find(text) == want, repr(text[:200])
        textcache.forget()


_OLD_MID_CAP = re.compile(r"(?<=[^\W\d_][ \t])[A-Z][a-z]{2,}(?![\w'’-])")
_CAP_PIECES = ["Jan", "jan", " ", "\t", "\n", "Sanne", "SAnne", "Ab", "Abc", "x", "1", "_", "é", "Ölçer", "-", "'", "’",
               "AB", "Piet-Jan", "Anna's", "a Bcd", "a\tBcd", "1 Bcd", "_ Bcd", "é Bcd", "Bcd1", "Bcd_", "Bcd-x", ".", "ı", "K"]


def test_mid_cap_matches_as_before():
    rnd = random.Random(174)
    texts = _sample() + ["".join(rnd.choice(_CAP_PIECES) for _ in range(rnd.randrange(0, 30))) for _ in range(3000)]
    new = chat_module._MID_CAP
    for text in texts:
        assert new.findall(text) == _OLD_MID_CAP.findall(text)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in _OLD_MID_CAP.finditer(text)]
        head = text[:chat_module.HEAD]
        assert new.findall(head) == _OLD_MID_CAP.findall(head)
