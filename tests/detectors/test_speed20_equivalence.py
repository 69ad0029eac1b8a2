"""The speed changes of the twentieth round give what the code they replaced gave: the old code is written out here
and compared with the new on a sample of corpus texts and on generated ones (cheap: no full corpus pass)."""
from __future__ import annotations

import random
import re
from itertools import chain

from bench.speed_limits import DATA_EXPORTS
from detectors import nlp
from detectors.names import context as ctx
from detectors.names.recase import recase
from detectors.names.tokens import Lines, shared_lex, tokenize
from detectors.recognizers import nl_address_recognizer as addr
from tests.helpers.corpus import corpus_texts

# -- names.context._role_list_table ---------------------------------------------------------------------------------

def _old_role_list_table(toks, lines):
    """``context._role_list_table`` as it was: the walk over every token, a colon in the text or not."""
    n = len(toks)
    marks = bytearray(n)
    board_marks = []
    board_labels = set()
    active = 0
    for i, t in enumerate(toks):
        if t.kind == "p" and t.text == ":":
            kind = ctx._label_kind(toks, i, lines)
            if kind:
                active = kind
                if kind == 1 or toks[i - 1].text.lower() not in ctx.CREDIT_LABELS:
                    board_labels.add(toks[i - 1].text.lower())  # (a second role beside a board's role)
                continue
        elif t.kind == "w" and t.line_start and t.text.lower() == "vlnr":
            active = 2  # a caption without a colon: "Vlnr Jan, Piet"
            continue
        if not active:
            continue
        kind = t.kind
        if kind == "w":
            low = t.text.lower()
            ok = t.text[0].isupper() or low in ctx.TUSSENVOEGSELS or low in ctx.TITLES or low in ("en", "and")
        elif kind == "t":
            ok = True
        elif kind == "p":
            # a dot ends the list unless it closes an initial or a title ("J.", "dhr.")
            ok = t.text in ",&-()'’" or (t.text == "." and i > 0 and toks[i - 1].kind == "w"
                                          and (len(toks[i - 1].text) <= 3))
        else:
            ok = False
        if not ok:
            active = 0
            continue
        if active == 2:
            marks[i] = 1
        else:
            board_marks.append(i)
    if len(board_labels) >= 2:
        for i in board_marks:
            marks[i] = 1
    bracket_lines: dict[int, int] = {}
    n_brackets = 0
    board_lines: set[int] = set()
    if any("(" in ln for ln in lines):
        block: list[int] = []
        has_role = False
        for ln, s in enumerate(chain(lines, ("",))):  # (an empty line closes the last block)
            c = len(ctx._BRACKET_ROLE.findall(s)) if "(" in s else 0
            if c:
                bracket_lines[ln] = c
                n_brackets += c
            if s.strip() and len(s) <= 100 and ctx._name_item(s):
                block.append(ln)
                has_role = has_role or bool(c)
                continue
            if has_role and len(block) >= 2:
                board_lines.update(block)
            block = []
            has_role = False
    return marks, bracket_lines, board_lines, n_brackets


#: Labels, captions, boards with roles in brackets, "vlnr" in any case, and a name's words.
_ROLE_PIECES = ("Vlnr", "vlnr", "VLNR", "vLnR", "Vlnr:", "V.l.n.r.:", "Secretaris", "Voorzitter", "Hoofdredactie",
                "Foto", "Tekst", "Bestuur", ":", ": ", ",", ", ", " en ", " & ", "(voorzitter)", "(secretaris)", "(lid)",
                "dhr.", "mevr.", "A.", "J.W.", "Jan", "de", "Vries", "Bos", "Piet", "van", "Dam", "Kerkstraat 12",
                "\n", "\n", "\n\n", "• ", "- ", " ", " ", "12", "'t", "x", "Het", ".", "ﬂ")


def _role_texts():
    rnd = random.Random(20)
    made = ["".join(rnd.choice(_ROLE_PIECES) for _ in range(rnd.randrange(1, 40))) for _ in range(400)]
    exports = [make()[:6000] for make in DATA_EXPORTS.values()]
    return corpus_texts()[::25] + made + exports + ["", ":", "vlnr", "Vlnr Jan, Piet", "VLNR\nJan (voorzitter), Piet (lid)"]


def test_role_list_table_same_as_the_walk_over_every_token():
    lex = shared_lex()
    skipped = 0
    for text in _role_texts():
        text = recase(text, lex)
        toks = tokenize(text)
        lines = Lines(text.split("\n"))
        assert ctx._role_list_table(toks, lines) == _old_role_list_table(toks, lines), text[:300]
        skipped += ":" not in text and "vlnr" not in text.lower()
    assert skipped > 50  # (the texts the new code skips the walk for are among them)


# -- nlp._colon_spans --------------------------------------------------------------------------------------------

_WHITE = re.compile(r"\s")


def _old_colon_spans(text):
    """``nlp._colon_spans`` as it was: from each colon, the white space before and after it."""
    prev = 0
    pos = text.find(":")
    while pos != -1:
        a = max(text.rfind(" ", prev, pos), text.rfind("\n", prev, pos), text.rfind("\t", prev, pos)) + 1
        a = max(a, prev)
        for m in _WHITE.finditer(text, a, pos):
            a = m.end()
        m = _WHITE.search(text, pos)
        b = m.start() if m else len(text)
        yield a, b
        prev = b
        pos = text.find(":", b)


#: Colons alone, glued and in runs, white space of every kind ``\s`` knows, words and digits.
_COLON_PIECES = (":", ":", "::", "a:", ":b", "10:30", "Naam:", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c",
                 "\x85", "\xa0", "\u2028", "\u3000", "\u200b", "Jan", "x", "é", "1", '"naam":', "{", "}", ",")


def test_colon_spans_same_as_the_search_per_colon():
    rnd = random.Random(21)
    made = ["".join(rnd.choice(_COLON_PIECES) for _ in range(rnd.randrange(0, 60))) for _ in range(3000)]
    texts = corpus_texts()[::25] + made + [make()[:20_000] for make in DATA_EXPORTS.values()]
    dense = 0
    for text in texts:
        assert list(nlp._colon_spans(text)) == list(_old_colon_spans(text)), text[:300]
        assert list(nlp.colon_pieces(text)) == [text[a:b] for a, b in _old_colon_spans(text)]
        dense += 0 < text.count(":") * nlp._COLON_DENSE >= len(text)
        # the dense way on every text, also where the count sends it the other way
        assert [m.span() for m in nlp._COLON_PIECE.finditer(text)] == list(_old_colon_spans(text)), text[:300]
    assert dense > 500


# -- nl_address_recognizer._street_matches -------------------------------------------------------------------------

_STREET_PIECES = ("Laan van Meerdervoort 52", "Plein 1813 4", "Kade aan de Vaart 3", "Oude Gracht 12", "Nieuwe Weg 7",
                  "Hof van Holland 2", "laan van x 3", "LAAN van Y 4", "Wal", "Burgwal", "Markt", "Dijk", "Park",
                  "Straat", "Singel", "Dreef", "Kerkstraat 12", "Molenweg 3", " van ", " de ", " 12", " 3a", "-II",
                  ";", ",", "\n", " ", "\t", "'", "Jan", "_Laan van Dam 5", "xLaan van Dam 6", "Laan_van Dam 7")


def test_street_matches_skip_runs_without_a_head_word():
    rec = addr.NlAddressRecognizer()
    rnd = random.Random(22)
    made = ["".join(rnd.choice(_STREET_PIECES) for _ in range(rnd.randrange(1, 30))) for _ in range(1500)]
    found = 0
    for text in made + corpus_texts()[::25]:
        for lo, hi in rec._windows(text) + [(0, len(text))]:
            new = addr._street_matches(text, lo, hi, rec._compiled)
            old = [m.span() for rx in rec._compiled for m in rx.finditer(text, lo, hi)]
            assert sorted(new) == sorted(old), (lo, hi, text[lo:hi][:300])
            found += sum(1 for m in rec._compiled[1].finditer(text, lo, hi))
    assert found > 200  # (head-first streets among them)
