"""The context step's own paths give exactly what spaCy and Presidio give.

``PlakwachtNlpEngine.piece_tokens`` tokenizes each white-space piece of a text once (many pieces
joined in one spaCy call) instead of the whole text; ``LazyNlpArtifacts.context_index`` builds the
enhancer's per-token entries from those pieces; ``LinearContextEnhancer._find_supportive_word_in_context``
lower-cases each word once. Each is compared here with the library path it replaces, on every
corpus text and on generated texts heavy in punctuation, digits, white space and spaCy's special cases.
"""
import random
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from detectors.context import LinearContextEnhancer
from detectors.nlp import LazyNlpArtifacts, _flat_tokens, segments
from tests.helpers.corpus import corpus_texts


# characters spaCy's prefix, suffix and infix rules and its URL rule react to, white space of all kinds
ALPHABET = list("aZé09:;.,'\"()[]{}-–/\\@#%&*+=<>!?_~^$€§°²") + [" ", " ", "  ", "\n", "\t", "\u00a0", "\u2003",
                                                                 "\x0c", "\x85", "\u3000"]


_corpus_texts = corpus_texts


@pytest.fixture(scope="module")
def engine(detector):
    return detector._engine.nlp_engine


@pytest.fixture(scope="module")
def texts(engine):
    rng = random.Random(12)
    nlp = engine.nlp["nl"]
    specials = sorted(nlp.tokenizer.rules)  # "'s", ":-)", "a.s.", "\n", ...
    words = specials + ["https://www.uwv.nl/x?y=1", "j.devries@example.nl", "06-12345678", "10:30", "1.000,50",
                        "('Kerkstraat',", "AB'),", "Vries;jan12@example.nl;06-10104729;Kerkstraat", "km", "10km",
                        "zei", "de:het", "'0612345678',", "n.v.t.", "m'n", "d.d.", "e.a.", "o.a.", "i.p.v."]
    out = _corpus_texts()
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 40)):
            r = rng.random()
            if r < 0.45:
                parts.append(rng.choice(words))
            elif r < 0.8:
                parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8))))
            else:
                parts.append(rng.choice([" ", "  ", "\n", " \n ", "\t", "\u00a0", ""]))
        out.append("".join(parts))
    # every special case beside every other kind of piece, with and without white space between
    for sep in ("", " ", "\n", "  "):
        out.append(sep.join(specials))
        out.append(sep.join(s + rng.choice(ALPHABET) for s in specials))
    return out


def test_white_space_runs_are_str_isspace():
    """``segments`` cuts at ``\\s``; spaCy cuts at ``str.isspace``: the same characters."""
    pattern = re.compile(r"\s")
    assert all((pattern.match(chr(c)) is not None) == chr(c).isspace() for c in range(sys.maxunicode + 1))


def test_alnum_pattern_is_str_isalnum():
    from detectors.nlp import _ALNUM

    assert all((_ALNUM.match(chr(c)) is not None) == chr(c).isalnum() for c in range(sys.maxunicode + 1))


def test_piece_tokens_are_spacys_tokens_of_the_whole_text(engine, texts):
    nlp = engine.nlp["nl"]
    for text in texts:
        engine.forget_text()
        doc = nlp.make_doc(text)
        want = ([t.idx for t in doc], [t.text for t in doc])
        assert _flat_tokens(*engine.piece_tokens(nlp, text)) == want, text[:200]
        # and again, now from the memo, cut into other windows
        assert _flat_tokens(*engine.piece_tokens(nlp, text)) == want
    engine.forget_text()


def _assert_pieces_are_spacys(engine, text):
    nlp = engine.nlp["nl"]
    engine.forget_text()
    doc = nlp.make_doc(text)
    assert _flat_tokens(*engine.piece_tokens(nlp, text)) == ([t.idx for t in doc], [t.text for t in doc])
    engine.forget_text()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET + ["'s", ":-)", "a.s.", "(v.)", "10:30", "http://a.nl", "e.d."]),
                max_size=60).map("".join))
def test_piece_tokens_on_generated_texts(detector, text):
    _assert_pieces_are_spacys(detector._engine.nlp_engine, text)


def test_segments_join_back_to_the_text():
    for text in ["", " ", "  a", "a  b", "a \n b ", "\n\na", "a\u00a0 b", " a b "]:
        segs = segments(text)
        assert all(text[o:o + len(s)] == s for o, s in segs)
        # what is left out is exactly one plain space after each word
        covered = {i for o, s in segs for i in range(o, o + len(s))}
        for i, c in enumerate(text):
            if i not in covered:
                assert c == " " and i > 0 and not text[i - 1].isspace()


def test_context_index_is_the_enhancers_index_of_the_full_tokens(engine, texts):
    nlp = engine.nlp["nl"]
    enhancer = LinearContextEnhancer(context_prefix_count=6, context_suffix_count=2)
    for text in texts:
        engine.forget_text()
        reference = LazyNlpArtifacts(engine, nlp, text)  # Presidio's lists from one spaCy Doc
        indices, entries = enhancer._index(reference)
        words = [t.text for t in reference.tokens]
        fast = LazyNlpArtifacts(engine, nlp, text)
        assert fast.context_index() == (indices, words, entries), text[:200]
    engine.forget_text()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="abAB\0 -:", max_size=6), max_size=6),
       st.lists(st.text(alphabet="abAB\0 -:", max_size=4), max_size=5))
def test_supportive_word_is_presidios(context_list, recognizer_words):
    for mode in ("substring", "whole_word"):
        assert LinearContextEnhancer._find_supportive_word_in_context(context_list, recognizer_words, mode) == \
            LemmaContextAwareEnhancer._find_supportive_word_in_context(context_list, recognizer_words, mode)


def test_a_special_case_across_a_space_is_seen_as_spacy_sees_it(engine):
    """spaCy's matcher of special cases does not see white space: in "Z[ :0" it matches "[ :" (a
    pattern's neighbours) and so drops ":0"; the pieces must then be tokenized together."""
    nlp = engine.nlp["nl"]
    for text in ["Z[ :0;{, tel 0612345678", "x) :0 en :0 bel 0612345678", "(: :0 :0 :0", "a :0"]:
        engine.forget_text()
        doc = nlp.make_doc(text)
        assert _flat_tokens(*engine.piece_tokens(nlp, text)) == ([t.idx for t in doc], [t.text for t in doc])
    engine.forget_text()


def test_colon_keywords_are_the_colon_tokens_of_the_whole_text(engine, texts):
    nlp = engine.nlp["nl"]
    for text in texts:
        engine.forget_text()
        _, _, lemmas, _ = engine.tokenize(nlp, text)
        want = set()
        for tok, lemma in zip(nlp.make_doc(text), lemmas):
            w = tok.text
            if ":" in w and engine._is_keyword(w, w.lower(), lemma):
                want.update(lemma.split(":"))
        assert engine.colon_keywords(nlp, text) == want, text[:200]
    engine.forget_text()


def test_windows_give_the_words_of_the_whole_text_on_generated_texts(engine, texts):
    nlp = engine.nlp["nl"]
    enhancer = LinearContextEnhancer(context_prefix_count=6, context_suffix_count=2)
    checked = 0
    for text in texts[-450:]:  # the generated ones
        engine.forget_text()
        reference = LazyNlpArtifacts(engine, nlp, text)
        indices, entries = enhancer._index(reference)
        tokens = reference.tokens
        for start in range(len(text) % 7, len(text), 13):  # (a prime step: every offset kind is met)
            i = max(__import__("bisect").bisect_right(indices, start) - 1, 0)
            if i + 1 < len(indices) and not start < indices[i] + len(tokens[i]):
                i += 1
            want = set()
            for step, count in ((-1, 6), (1, 2)):
                j, remaining = i, count + 1
                while 0 <= j < len(entries) and remaining > 0:
                    if entries[j]:
                        want.update(entries[j])
                        remaining -= 1
                    j += step
            got = LazyNlpArtifacts(engine, nlp, text).surrounding(start, 6, 2)
            if got is not None:
                checked += 1
                assert set(got) == want, (text, start)
    engine.forget_text()
    assert checked > 1000, checked


def test_digit_shapes_are_on_for_the_shipped_pipeline_and_proven_by_the_checks(engine):
    from detectors.nlp import _digit_blind, _min_dots, _sre_parse, _url_blind_without_dotted_digits

    assert engine._digit_shapes is not None  # else the tests below test nothing
    assert ":0" in engine._digit_shapes and "<0" in engine._digit_shapes and "'0" not in engine._digit_shapes
    assert engine._digit_shape("x:7") is None and engine._digit_shape("'0612',") == "'0000',"
    assert _digit_blind(re.compile(r"(?<=[0-9])[a-z]+|\d{2,}|[^\W_]|\b(?!x)"))
    for pattern in (r"1", r"[1-9]", r"[^0]", r"(\d)\1", r"(?=7)", r"2[0-4]"):
        assert not _digit_blind(re.compile(pattern)), pattern
    assert engine._dotted_shapes  # spaCy's URL rule tells digits apart only in its IP-address parts
    assert _url_blind_without_dotted_digits(re.compile(r"^(?!10\.\d)(?:1\d?\.[0-5]|[a-z]+\.[a-z]{2,})$"))
    for pattern in (r"^a(?!1)b", r"^(?:1\.|x)\d", r"^(?=1\.2)", r"^(?:1\.\d+)"):
        assert not _url_blind_without_dotted_digits(re.compile(pattern)), pattern
    assert _min_dots(_sre_parse.parse(r"(?:a\.|b\.c\.)+x(?!\.)")) == 1
    assert _min_dots(_sre_parse.parse(r"a\.|b")) == 0
    assert _min_dots(_sre_parse.parse(r"[.,]x")) == 0  # (a one-character class is read as that character)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789") * 3 + list("'\"(),;:-/+%€$°²<>_xXdDeEo") +
                                [":0", "8)", "<3", "2d.", ":-3", "(-8", "0_0", "10km", "3e", " ", "\n", ".", "@",
                                 "jan12@example.nl", "10.0.0.1", "192.168.1.1", "172.16.0.9", "127.0.0.1",
                                 "http://x.nl:8080/a1", "www.uwv.nl/a?b=12", "a.b.nl", "x.", "٣", "1.5"]),
                max_size=40).map("".join))
def test_digit_shapes_cut_as_spacy_cuts(detector, text):
    _assert_pieces_are_spacys(detector._engine.nlp_engine, text)


def test_bridges_are_the_neighbouring_tokens_of_each_special_case_cut_alone(engine):
    from spacy.tokenizer import Tokenizer

    t = engine.nlp["nl"].tokenizer
    bare = Tokenizer(t.vocab, rules={}, prefix_search=t.prefix_search, suffix_search=t.suffix_search,
                     infix_finditer=t.infix_finditer, token_match=t.token_match, url_match=t.url_match)
    pairs = set()
    for case in t.rules:
        words = [tok.text for tok in bare(case)]
        pairs.update((a[-1], b[0]) for a, b in zip(words, words[1:]))
    assert engine._bridges == pairs and len(pairs) > 50


def test_a_broken_piece_is_reported_without_its_text(engine, monkeypatch):
    # an exception's message can reach a crash report: it must not carry the clipboard's words
    nlp = engine.nlp["nl"]
    text = "Bel Gerlof Zwinderquaat"
    monkeypatch.setattr(engine, "piece_tokens", lambda nlp, text: ([(0, text)], {text: ((), ())}))
    with pytest.raises(AssertionError) as err:
        LazyNlpArtifacts(engine, nlp, text).context_keywords()
    assert "Zwinderquaat" not in str(err.value)
    engine.forget_text()
