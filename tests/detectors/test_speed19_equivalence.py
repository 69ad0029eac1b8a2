"""The speed changes of the nineteenth round give what the code they replaced gave: the old code is written out
here and compared with the new on a sample of corpus texts and on generated ones (cheap: no full corpus pass)."""
from __future__ import annotations

import random
import re

from detectors.categories import _text
from tests.helpers.corpus import corpus_texts

# -- _text.iter_lines --------------------------------------------------------------------------------------------

_NONBLANK = re.compile(r"[^\s]")
_LINE_END = re.compile(r"[\r\n]")


def _iter_lines_loop(text, start=0, end=None):
    """``_text.iter_lines`` as it was: a search, two rfinds and a strip per line."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        m = _NONBLANK.search(text, pos, end)
        if m is None:
            return
        line_start = max(text.rfind("\n", pos, m.start()), text.rfind("\r", pos, m.start())) + 1
        nl = _LINE_END.search(text, m.start(), end)
        line_end = nl.start() if nl else end
        line = _text._make_line(text, max(line_start, pos), line_end)
        if line is not None:
            yield line
        pos = line_end + 1


#: White space of every kind ``str.strip`` knows, line breaks of both kinds, and words.
_PIECES = (" ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85",
           "\xa0", "\u2028", "\u2029", "\u3000", "\u200b", "a", "Jan", "de Vries", "-", "•", "x y", ":", "é", "1")


def _generated(n, seed):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(0, 30))) for _ in range(n)]


def test_iter_lines_same_lines_as_the_loop():
    rnd = random.Random(19)
    texts = corpus_texts()[::60] + _generated(3000, 19) + ["", " ", "\n", "a", " a ", "\r\na\r\n", "a\x85b"]
    for text in texts:
        assert list(_text.iter_lines(text)) == list(_iter_lines_loop(text)), text
        for _ in range(3):
            a = rnd.randrange(len(text) + 1)
            b = rnd.randrange(a, len(text) + 1)
            got = list(_text.iter_lines(text, a, b))
            assert got == list(_iter_lines_loop(text, a, b)), (text, a, b)
            assert all(type(line) is _text.Line for line in got)
            assert [repr(line) for line in got] == [repr(line) for line in _iter_lines_loop(text, a, b)]


# -- nlp._maybe_words ----------------------------------------------------------------------------------------------

def _maybe_words_generator(table, stop):
    """``PlakwachtNlpEngine.load``'s words that may count, as it read them, with the engine's own ``_is_keyword``
    (so a change to what a keyword is shows here as a difference with ``_maybe_words``, which restates it)."""
    from types import SimpleNamespace

    from detectors.nlp import PlakwachtNlpEngine

    engine = SimpleNamespace(_stop=stop)

    def is_keyword(word, low, lemma):
        return PlakwachtNlpEngine._is_keyword(engine, word, low, lemma)

    return frozenset(k for k, v in table.items()
                     if not is_keyword(k, k, v) and v not in stop and any(c.isalnum() for c in v))


def test_maybe_words_same_as_the_generator():
    from spacy.lang.nl.stop_words import STOP_WORDS

    from detectors import nlp
    from detectors.vocabulary import load_lemma_table

    stop = frozenset(STOP_WORDS)
    table = dict(load_lemma_table())
    odd = ["", " ", "\t", "\u00a0", "-", "'", "’s", "'t", "_", "²", "½", "٣", "é", "x-y", "1", "de", "zei", "het",
           "a b", "_a", "..", "zeggen", "hebben", "Ⅻ"]
    for k in odd:
        for v in odd:
            table[f"{k}\x00{v}"] = v  # (keys of every shape: stop word, white space, marks, digits; lemmas too)
            table.setdefault(k, v)
    assert nlp._maybe_words(table, stop) == _maybe_words_generator(table, stop)
    assert list(nlp._maybe_words(table, stop)) == list(_maybe_words_generator(table, stop))


# -- names.tokens.tokenize: the kinds of the tokens ----------------------------------------------------------------

def test_token_kinds_same_as_the_pair_lookup():
    """The kinds :func:`tokenize` gives are what a regex match of each token's first two characters gave (the
    code it replaced), on texts with every kind of first character: letters of many scripts, digits of other
    scripts, both apostrophes before "t" and alone, marks, symbols, line breaks."""
    from detectors.names import tokens

    pieces = ("'t", "’t", "'tx", "’ts", "'", "’", "'s", "’s", "O'Brien", "d’r", "x'", "t", "de", "Één", "één",
              "ß", "Ĳs", "İ", "ı", "ſ", "Ω", "Жан", "محمد", "٣", "²", "½", "Ⅻ", "12", "1a", "_", "-", "–", "—", "«",
              "»", "€", "@", "#", "\n", "\r", " ", "\t", "\u00a0", "\u200b", "\u0301", "e\u0301", "😀", ".", ",",
              ":", "(", ")", "J.", "van", "Jan-Willem", "'t Hart", "’t Veld")
    rnd = random.Random(1919)
    texts = corpus_texts()[::60] + ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 40)))
                                    for _ in range(3000)]
    for text in texts:
        toks = tokens.tokenize(text)
        assert [t.kind for t in toks] == [tokens._TOKEN_RE.match(t.text[:2]).lastgroup for t in toks], text
        assert [(t.text, t.start, t.end) for t in toks] == [(m.group(), m.start(), m.end())
                                                             for m in tokens._TOKEN_RE.finditer(text)]
