import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.normalize import normalize


@pytest.mark.parametrize("original, normalised", [
    ("BSN 111222333", "BSN 111222333"),
    ("1\u200b11\u200c222\u200d333", "111222333"),          # zero-width characters split a number
    ("\uff11\uff11\uff11\uff12\uff12\uff12\uff13\uff13\uff13", "111222333"),  # full-width digits
    ("Jan\u00a0de\u202fVries", "Jan de Vries"),           # exotic spaces
    ("\u202eVries\u202c", "Vries"),                       # bidi controls
    ("a\x00b", "a b"),                                      # NUL never glues words
    ("06\u201312345678", "06-12345678"),                    # en dash
])
def test_normalize(original, normalised):
    assert normalize(original).text == normalised


def test_plain_text_is_not_copied():
    n = normalize("gewone tekst zonder bijzondere tekens")
    assert n.offsets is None
    assert n.span(3, 7) == (3, 7)


def test_span_maps_back_to_original():
    original = "BSN: 1\u200b1\u200b1222333 einde"
    n = normalize(original)
    start = n.text.index("111222333")
    s, e = n.span(start, start + 9)
    assert original[s:e] == "1\u200b1\u200b1222333"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_offsets_are_monotonic_and_in_range(text):
    n = normalize(text)
    if n.offsets is None:
        # only same-length changes (OCR look-alikes read as digits, escaped line ends as white space) keep the
        # identity map
        assert len(n.text) == len(text)
        assert all(a == b or (a in "OoIl" and b in "01") or (a in "\\nrt" and b in " \n") for a, b in zip(text, n.text))
        return
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(text)
    assert all(a <= b for a, b in zip(n.offsets, n.offsets[1:]))
    for i in range(len(n.text)):
        s, e = n.span(i, i + 1)
        assert 0 <= s < e <= len(text)


@pytest.mark.parametrize("original, normalised", [
    ("Van: a\r\nAan: b\r\n", "Van: a \nAan: b \n"),   # Windows line ends keep their length
    ("regel 1\rregel 2", "regel 1\nregel 2"),          # old Mac line end
])
def test_line_ends(original, normalised):
    n = normalize(original)
    assert n.text == normalised
    if len(original) == len(normalised):
        assert n.span(0, len(n.text)) == (0, len(original))
        assert all(n.span(i, i + 1) == (i, i + 1) for i in range(len(n.text)))


def test_lone_surrogates_become_replacement_characters():
    n = normalize("BSN \ud800111222333")
    assert n.text == "BSN \ufffd111222333"
    assert n.span(5, 14) == (5, 14)


def _reference_offsets(text):
    """The per-character map, built the plain way (what ``OffsetMap`` must equal)."""
    from detectors.normalize import _SPECIAL, _replacement

    offsets, pos = [], 0
    for m in _SPECIAL.finditer(text):
        offsets.extend(range(pos, m.start()))
        rep = _replacement(m.group())
        offsets.extend(range(m.start(), m.end()) if len(rep) == len(m.group()) else [m.start()] * len(rep))
        pos = m.end()
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return offsets


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\r\u200b\u00a0\u2013\uff11\ufb01\u3000\u00bd\ufe0f\ud800")))
def test_offset_map_equals_the_per_character_map(text):
    n = normalize(text)
    if n.offsets is None:
        return
    ref = _reference_offsets(text)
    assert list(n.offsets) == ref
    assert n.offsets[1:] == ref[1:]
    assert [n.offsets[i] for i in range(-len(ref), len(ref))] == ref + ref


def test_offset_map_of_a_long_text_stays_small():
    """10 MB with a dash in it kept one Python int per character: 360 MB for the map alone."""
    import tracemalloc

    text = ("Bel 06\u201312345678 of mail. " * 40_000)[:1_000_000]
    tracemalloc.start()
    try:
        n = normalize(text)
        size, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n.text.count("-") == text.count("\u2013")
    # the normalised text itself is 1 MB; a per-character map would add about 36 MB
    assert size < 4_000_000, size


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \r\n\u200b\u2013\ufb01\u00bd\ufe0f")))
def test_offset_map_index_of_is_bisect_left(text):
    from bisect import bisect_left

    n = normalize(text)
    if n.offsets is None:
        return
    ref = list(n.offsets)
    for x in range(-1, len(text) + 2):
        assert n.offsets.index_of(x) == bisect_left(ref, x), x


# Issue 12 (c-ents): OCR swaps letter for digit inside a number; the text keeps its length.
@pytest.mark.parametrize("original, normalised", [
    ("Tel: O6 3l 82 7O 45", "Tel: 06 31 82 70 45"),
    ("Postcode 7O21 KM Zelhem", "Postcode 7021 KM Zelhem"),
    ("geb. l4-O7-l972", "geb. 14-07-1972"),
    ("dossier 4O27 88l9", "dossier 4027 8819"),
    ("sinds l2-O9 ziek", "sinds 12-09 ziek"),
    ("BSN: l9O2O4563", "BSN: 190204563"),
])
def test_ocr_digits_inside_numbers(original, normalised):
    norm = normalize(original)
    assert norm.text == normalised
    assert norm.span(0, len(norm.text)) == (0, len(original))


@pytest.mark.parametrize("text", [
    "Ali0zdemir woont in Oss",        # a name with a digit stays a word
    "CO2-uitstoot en H2O",            # letters around the digit
    "O2 en Vodafone",                 # a brand: one letter, one digit... but no real number
    "Lol, 2 l melk en 1 Ol",          # separate tokens
    "l, I en O",
    "Mijn OV-chipkaart",
])
def test_ocr_fix_leaves_words_alone(text):
    assert normalize(text).text == text


@pytest.mark.parametrize("unit", ["l1 ", "O1-", "1O", "2l", "Tel O6 2l 44 9O 17 en tekst "])
def test_ocr_fix_is_linear(unit, cpu_limit):
    text = unit * (1_000_000 // len(unit))
    with cpu_limit(1.5):
        assert len(normalize(text).text) == len(text)


@pytest.mark.parametrize("original, normalised", [
    # a line end escaped inside a JSON string or a program's literal ("Info:\nHans\n06-12345678"): a line end, so a
    # phone number or a postcode after it starts a line instead of gluing to the "n"
    ('"bio": "Info:\\nGreet\\n06-41234567"', '"bio": "Info:\n Greet\n 06-41234567"'),
    ('"a\\r\\nb"', '"a\n   b"'),
    ('"kolom1\\tkolom2"', '"kolom1  kolom2"'),
    # an escaped backslash before an n is a backslash and an n (a Windows path), not a line end
    ('"C:\\\\nieuw\\\\map"', '"C:\\\\nieuw\\\\map"'),
    # a Windows path keeps its backslashes, whatever letter follows them
    ("het bestand op \\\\fs01.uwv.local\\regio-noord\\ww\\nov.xlsx.",
     "het bestand op \\\\fs01.uwv.local\\regio-noord\\ww\\nov.xlsx."),
    ("toegang tot \\\\uwv-fs02\\teams\\KCC-Oost?", "toegang tot \\\\uwv-fs02\\teams\\KCC-Oost?"),
    ("opgeslagen in C:\\temp\\notities\\rapport.docx", "opgeslagen in C:\\temp\\notities\\rapport.docx"),
    # a label that ends in a capital and a colon is no drive: "(ouder A:" and then a line end
    ('"Contact moeder (ouder A:\\n0641234567)"', '"Contact moeder (ouder A:\n 0641234567)"'),
])
def test_escaped_line_ends_become_line_ends(original, normalised):
    assert normalize(original).text == normalised
    assert len(normalize(original).text) == len(original)


@pytest.mark.parametrize("unit", ["\\n", "\\\\n", "a\\r\\n", "\\"])
def test_unescaping_is_linear(unit, cpu_limit):
    text = unit * (1_000_000 // len(unit))
    with cpu_limit(2.0):
        assert len(normalize(text).text) == len(text)


def test_unescape_tries_the_places_a_match_can_start_as_sub_finds_them():
    """unescape tries its pattern only at each backslash and two characters before it: the text of ``_ESCAPE.sub``
    over the whole text, on generated texts with few backslashes (a denser text goes to ``sub`` itself)."""
    import random

    from detectors import normalize as nz

    def by_sub(text):
        out = nz._ESCAPE.sub(lambda m: nz._ESCAPED.get(m.group(), m.group()), text)
        return text if out == text else out

    rnd = random.Random(22)
    pieces = ["C:\\", "c:\\nieuw", "x:\\n0", "D:\\\\", "\\\\fs01\\regio", "\\n", "\\r\\n", "\\r", "\\t", "\\\\", "\\",
              "a", "Z", "é", "_", "1", ":", "n", "N", "+", '"', "|", "<"]
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) + " " * rnd.randrange(0, 30) for _ in range(rnd.randrange(0, 12)))
        assert nz.unescape(text) == by_sub(text), text
        assert (nz.unescape(text) is text) == (by_sub(text) is text)
