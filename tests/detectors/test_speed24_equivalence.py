"""The speed changes of the twenty-fourth round give what the code they replaced gave: the old code is run next to
the new on corpus texts and on generated ones.

- the e-mail recognizer searches its pattern only around each "@" (``address_matches``), and after a few "@"s that
  are no address the rest of the text whole: the same matches as its ``finditer`` over the whole text;
- the record name recognizer searches the key before a value only where one can start (``_key_before``): the same
  match as the search of the 48 characters before the value;
- ``rules.person_row`` tries its name patterns only on cells that may open a match (a capital, white space, a
  character beyond ASCII): the same answer.
"""
from __future__ import annotations

import random

from bench.speed_limits import DATA_EXPORTS
from detectors.recognizers import nl_email_recognizer as emails
from detectors.recognizers import nl_record_name_recognizer as records
from detectors.recognizers import rules
from tests.helpers.corpus import corpus_texts

#: Pieces of addresses and of what stands around them: letters (one that ``(?i)`` folds to an ASCII letter), digits,
#: the characters of local parts and domains, an "@" alone or doubled, white space, and long labels.
_MAIL_PIECES = ("a", "Z", "jan", "de.vries", "x1", "0", "9", "_", "%", "+", "'", "-", ".", "..", "@", "@", "@@", "nl",
                "com", "example", "K", "ſ", "é", " ", " ", "\n", "\t", ",", ";", "<", ">", "\"", "a" * 70, "b" * 62,
                "c" * 30 + ".", "d" * 25)


def _generated(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_MAIL_PIECES) for _ in range(rnd.randrange(1, 60))) for _ in range(count)]


def _texts() -> list[str]:
    exports = [make()[:100_000] for make in DATA_EXPORTS.values()]
    return corpus_texts() + exports + _generated(24, 20_000) + [
        "a@b.nl", "@", "a@", "@b.nl", "jan@@b.nl", "x" * 64 + "@b.nl", "x" * 66 + "@b.nl", "j@" + "a" * 63 + ".nl",
        "j@" + ".".join(["a" * 63] * 8) + ".nl", "j@" + ".".join(["a" * 63] * 9) + ".nl", "a@b.nl@c.nl a@b.nlx",
        "o'brien@x.nl 'jan@x.nl' jan@x.n1 jan@x.nl.", "a@" * 200] + [
        # more "@"s that are no address than address_matches searches from before it scans the rest whole
        unit * 60 + " jan@example.nl " + unit * k + " piet@x.nl"
        for unit in ("a" * 16 + "@", "jan.de.vries@example ", "@ " + "a" * 30, "a" * 70 + "@")
        for k in (0, 1, 40)] + ["".join(random.Random(k).choice(_MAIL_PIECES) for _ in range(2_000)) for k in range(30)]


def test_address_matches_are_those_of_finditer():
    pattern = emails.NlEmailRecognizer()._compiled
    for text in _texts():
        want = [m.span() for m in pattern.finditer(text)]
        got = [m.span() for m in emails.address_matches(pattern, text)]
        assert got == want, text[:200]
    # (the generated texts hold an "@" sparsely and densely, and with more misses than the budget: all ways compared)
    assert any(sum(1 for _ in emails.address_matches(pattern, t)) < t.count("@") - emails._MAX_MISSES
               and t.count("@") * emails._AT_SPARSE <= len(t) for t in _texts())
    assert any(t.count("@") * emails._AT_SPARSE > len(t) for t in _generated(24, 200))
    assert any(0 < t.count("@") * emails._AT_SPARSE <= len(t) for t in _generated(24, 200))


#: Keys (whole, cut, glued, in other cases, with "ſ" for "s"), quotes, indexes, white space, separators and values.
_KEY_PIECES = ("naam", "Naam", "NAME", "first_name", "firstName", "voornamen", "tussenvoegſel", "family", "given",
               "subject.display", "patient.display", "display", "xname", "_", ".", "nam", "e", "a", "é", "\"", "'",
               "[0]", "[+]", "[=]", "[12]", "]", "[", " ", "\t", "\n", "\n", ":", "=", ",", "{", "Jan", "12")


def test_key_before_is_the_search_of_the_window():
    rnd = random.Random(24)
    generated = ["".join(rnd.choice(_KEY_PIECES) for _ in range(rnd.randrange(1, 20))) for _ in range(30_000)]
    texts = corpus_texts() + [make()[:100_000] for make in DATA_EXPORTS.values()]
    spots = [(t, i) for t in texts for i in range(len(t)) if t[i] in ":="] + [(g, len(g)) for g in generated] + [
        (g + ': "', len(g)) for g in generated[:5_000]]
    assert sum(records._key_before(t, i) is not None for t, i in spots) > 1_000
    for text, at in spots:
        want = records._KEY_BEFORE.search(text, max(0, at - 48), at)
        got = records._key_before(text, at)
        assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), text[max(0, at - 48):at]


def test_key_endings_cover_every_key():
    keys = [k.replace("_?", "") for k in records.KEYS.split("|")] + [k.replace("_?", "_") for k in
                                                                      records.KEYS.split("|")]
    for key in keys + ["subject.display", "patient.display"]:
        assert key.isascii() and key.endswith(records._KEY_ENDINGS) and len(key) <= records._KEY_LONGEST, key


def _person_row_before(cells: list[str]) -> bool:
    """``rules.person_row`` as it was: both patterns tried on every cell."""
    if any(len(c) == 9 and c.isdigit() and rules._bsn.is_valid(c) for c in cells):
        return True
    return sum(1 for c in cells if rules._NAME_CELL.fullmatch(c) and not c.isupper()
               or rules._CAPS_NAME_CELL.fullmatch(c) and " " in c) >= 2


def test_name_cell_openers_are_every_ascii_opening_of_a_match():
    # every ASCII character, opening a cell that would match after it: a match needs one of the openers
    for o in map(chr, range(128)):
        for rest in ("Jan", "an de Vries", "JAN DE VRIES", ". de Vries", "Jansen", " Jansen", "J. Jansen"):
            c = o + rest
            if rules._NAME_CELL.fullmatch(c) or rules._CAPS_NAME_CELL.fullmatch(c):
                assert o in rules._NAME_CELL_OPENERS, repr(c)


def test_person_row_is_as_before():
    rnd = random.Random(241)
    pieces = ("Jan", "de Vries", "JAN DE VRIES", "J. Jansen", "jan", "111222333", "123456782", "06-12345678",
              "jan@example.nl", "1000 AA", " Piet", "\tPiet", "\x1cPiet", "Élise", "Øster", "", " ", "12", "NULL",
              "O'Brien", "Van der Berg", "A.B. Smit", "Ⅰ Roman", "ß", "ǅ", "x Jan")
    rows = [[rnd.choice(pieces) for _ in range(rnd.randrange(0, 7))] for _ in range(20_000)]
    assert sum(map(_person_row_before, rows)) > 1_000
    for row in rows:
        assert rules.person_row(row) == _person_row_before(row), row
