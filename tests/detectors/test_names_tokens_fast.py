"""The name finder's fast paths give what the plain code they replace gives, on every input.

``tokenize`` builds its tokens column by column (a ``split`` and running sums) instead of one
match object per token; the reference here is the plain ``finditer`` loop it replaced. Compared
on every corpus text and on generated texts full of the edge cases: white space of every kind,
"_" (matched by no token), "'t" against a lone quote, digits that are letters to the pattern
("²"), line breaks at the start, the end and in a row, and texts longer than a block.
"""
import random

import pytest

from detectors.names.tokens import _BLOCK, _TOKEN_RE, tokenize
from tests.helpers.corpus import corpus_texts


def _reference(text: str) -> list[tuple]:
    """The tokens as the finditer loop made them: (text, start, end, kind, line, line_start)."""
    out = []
    line, pos, n = 0, 0, len(text)
    while True:
        end = text.find("\n", pos)
        first = True
        for m in _TOKEN_RE.finditer(text, pos, n if end < 0 else end):
            s, e = m.span()
            out.append((text[s:e], s, e, m.lastgroup, line, first))
            first = False
        if end < 0:
            return out
        out.append(("\n", end, end + 1, "nl", line, first))
        line += 1
        pos = end + 1


_corpus_texts = corpus_texts


_PIECES = list("aZéÉßİı²½٣_\n\t \u00a0\u2003\u3000\r\x0b\x0c\x1c\x85'’-t.0９,@(")
_PIECES += ["'t", "’t ", "'ta", "__", "  \n", "\n\n", "Jan", " de ", "Vries", "O'Brien", "Gerrit-Jan", "12"]


def _generated() -> list[str]:
    rnd = random.Random(12)
    texts = ["", " ", "_", "\n", " \n ", "\n\n\n", "'t", "a'", "x \t_ ", " ' t"]
    for _ in range(5000):
        texts.append("".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40))))
    # longer than a block: one long line, many short lines, a block edge inside white space
    texts.append("a" * (_BLOCK + 7) + "\n" + " b" * 40_000 + "  _ ")
    texts.append("Jan de Vries\n" * 12_000)
    texts.append("x" * (_BLOCK - 1) + " \n \n" + "'t y\t\n" * 10 + " " * 100)
    return texts


def _check(texts):
    for text in texts:
        got = [tuple(t) for t in tokenize(text)]
        want = _reference(text)
        assert got == want, repr(text[:200])
        # the same types too (a line number is an int, line_start a bool)
        assert all(type(g[4]) is int and type(g[5]) is bool for g in got), repr(text[:200])


def test_tokenize_matches_finditer_on_the_corpora():
    texts = _corpus_texts()
    assert len(texts) > 100
    _check(texts)


def test_tokenize_matches_finditer_on_edge_cases():
    _check(_generated())


def test_tokens_read_by_name():
    toks = tokenize("Hoi Jan,\n'tis 12 _")
    assert [(t.text, t.kind, t.line, t.line_start) for t in toks] == [
        ("Hoi", "w", 0, True), ("Jan", "w", 0, False), (",", "p", 0, False), ("\n", "nl", 0, False),
        ("'", "p", 1, True), ("tis", "w", 1, False), ("12", "n", 1, False)]
    assert (toks[1].start, toks[1].end) == (4, 7)


@pytest.mark.parametrize("text", ["a" * 200_000, " " * 200_000, "_ " * 100_000, "\n" * 200_000])
def test_tokenize_is_linear(text, cpu_limit):
    with cpu_limit(2):
        assert [tuple(t) for t in tokenize(text)] == _reference(text)


def _reference_starts(toks) -> list[int]:
    """The run starts as the plain comprehension found them."""
    from detectors.names.words import TITLES

    openers = frozenset(TITLES) | {"v"}
    return [m for m, t in enumerate(toks) if t.kind == "w" and (t.text[0].isupper() or t.text in openers)]


def test_run_starts_match_the_plain_test():
    from detectors.names.finder import _run_starts
    from detectors.names.words import TITLES

    extra = [" ".join(sorted(TITLES)), " ".join(w.capitalize() for w in TITLES), "v.d. Berg V. v", "Ⓐ ⓐ Ǆ ǅ ǆ ß ẞ İ"]
    for text in _corpus_texts() + _generated() + extra:
        toks = tokenize(text)
        assert _run_starts(toks) == _reference_starts(toks), repr(text[:200])


def test_ascii_first_character_decides_the_kind():
    """``tokenize`` reads the kind of a token that opens with an ASCII character (not "'") from that
    character alone: the pattern gives that kind to every token it can open, whatever follows."""
    from detectors.names.tokens import _ASCII_KIND

    seconds = [chr(c) for c in range(128)] + list("éß²½٣’\u00a0\u2003\u0130\u0131")
    for c in map(chr, range(128)):
        if c == "'":
            assert c not in _ASCII_KIND
            continue
        for d in seconds + [""]:
            for tok in (m.group() for m in _TOKEN_RE.finditer(c + d) if m.start() == 0):
                assert _ASCII_KIND[c] == _TOKEN_RE.match(tok[:2]).lastgroup, (c, d)
        if _TOKEN_RE.match(c) is None:
            assert c not in _ASCII_KIND
