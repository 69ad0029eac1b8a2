"""Round 14's shortcuts in the name finder give what the code without them gives.

- ``lexicon.fold`` returns an ASCII word as it is, without the NFKD pass (the pass gives it back unchanged);
- ``context._Gates`` let ``_is_official`` skip the credit of a published work and the walks for a role word in a
  text whose tokens cannot hold them: the finder's names are the same with the gates read from the first
  question on and with no gates at all, on every corpus text and on generated texts dense with the words the
  skipped checks look for.
"""
from __future__ import annotations

import random
import unicodedata

import pytest

from detectors import textcache
from detectors.names import context as name_context
from detectors.names import lexicon as lx
from detectors.names.context import WORK_NOUNS, NameContext, _Gates
from detectors.names.finder import NameFinder
from detectors.names.tokens import Lines, tokenize
from tests.helpers.corpus import corpus_texts


def _old_fold(token: str) -> str:
    token = token.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))


def test_fold_fast_path_on_all_of_ascii():
    rnd = random.Random(14)
    words = [chr(c) for c in range(128)] + ["Jansen", "de Vries", "O'Brien", "Gerrit-Jan", ""]
    words += ["".join(rnd.choice([chr(c) for c in range(128)]) for _ in range(rnd.randrange(1, 12))) for _ in range(5000)]
    for w in words:
        assert lx.fold(w) == _old_fold(w), repr(w)
    for w in ["Öztürk", "Yılmaz", "Łukasz", "İpek", "Zoë", "ﬁ", "Ａ"]:  # (the slow path stays the old one)
        assert lx.fold(w) == _old_fold(w), w


_ROLE_WORDS = ["minister", "woordvoerder", "directeur", "hoofdeconoom", "UWV-voorman", "burgemeester", "Wethouder",
               "leider", "kamerlid", "Arbeidsmarktadviseur", "voorzitter"]
_NAMES = ["Jan", "de", "Vries", "Sanne", "Bakker", "Fatima", "el", "Amrani", "Rob", "Wit", "Marije", "van", "der",
          "Berg", "Ilse", "Verbeek", "J.", "P.", "mevrouw", "dhr.", "Kees", "Goudswaard"]
_GLUE = [",", ",", ".", "en", "van", "zegt", "aldus", "bij", "het", "UWV", "\n", "\n\n", "‘Stoom en Strijd’", "'", ":",
         "Door:", "Foto:", "(", ")", "verwacht", "de", "een", "laat", "weten", "Beste", "Hoi", "-", "•"]


def _generated(seed: int, n: int, with_roles: bool, with_works: bool) -> str:
    rnd = random.Random(seed)
    pool = _NAMES * 3 + _GLUE * 2 + (_ROLE_WORDS if with_roles else []) + (list(WORK_NOUNS[:8]) if with_works else [])
    return " ".join(rnd.choice(pool) for _ in range(n))


def _generated_texts():
    out = []
    for seed in range(120):
        out.append(_generated(seed, 60 + seed * 7, seed % 2 == 0, seed % 3 == 0))
    u = "Beste Jan de Vries, "
    out += [(u * 400)[6:], u * 300, ("Jan de Vries, woordvoerder van UWV, zegt het. " * 200),
            ("de film van Jan de Vries, Sanne Bakker en Rob Wit. " * 150)]
    return out


def _find_all(texts, gates: str, monkeypatch) -> list:
    if gates == "none":
        monkeypatch.setattr(_Gates, "of", staticmethod(lambda toks, lines: None))
    else:
        monkeypatch.setattr(name_context, "_ROLES_SHARE", 10 ** 9)  # read from the first question on
        monkeypatch.setattr(name_context, "_WORKS_SHARE", 10 ** 9)
    finder = NameFinder()
    out = []
    for text in texts:
        out.append(finder.find(text))
        textcache.forget()
    monkeypatch.undo()
    return out


def test_apposition_head_memo_is_the_pattern():
    for word in ["de", "De", "lid", "Beste", "voorzitter", "Woordvoerster", "oud-minister", "x", "TOP", "szw", ""]:
        assert name_context._apposition_head(word) == (name_context._APPOSITION_HEAD.match(word) is not None)
    textcache.forget()
    assert not name_context._APPOSITION_HEADS  # (emptied after a text, like every per-text memo)


@pytest.mark.parametrize("which", ["corpus", "generated"])
def test_official_gates_change_no_name(which, monkeypatch):
    texts = corpus_texts() if which == "corpus" else _generated_texts()
    without = _find_all(texts, "none", monkeypatch)
    with_gates = _find_all(texts, "first", monkeypatch)
    for text, a, b in zip(texts, without, with_gates):
        assert a == b, text[:200]


def test_gates_hold_on_every_candidate_of_generated_texts(monkeypatch):
    """Directly: where the gate says no, the skipped check says no too, for every span of one to four tokens."""
    monkeypatch.setattr(name_context, "_ROLES_SHARE", 10 ** 9)  # (read at once, however short the text)
    monkeypatch.setattr(name_context, "_WORKS_SHARE", 10 ** 9)
    ctx = NameContext()
    for text in _generated_texts()[:60]:
        toks = tokenize(text)
        lines = Lines(text.split("\n"))
        lines.private = False
        gates = _Gates(toks)
        gates.calls = 1
        for first_i, t in enumerate(toks):
            if t.kind != "w":
                continue
            if not gates.has_works():
                assert not ctx._credited_maker(toks, first_i, False, None), text
            for last_i in range(first_i, min(first_i + 4, len(toks))):
                if not gates.role_between(first_i - 6, first_i, last_i + 2, last_i + 5):
                    # the role walks of _public_role on a plain list (no gates): no role there either
                    assert not _role_walks(toks, first_i, last_i), (text, first_i, last_i)


def _role_walks(toks, first_i, last_i) -> bool:
    """The two walks of ``_public_role`` for a role word, as written before round 14."""
    for j in range(first_i - 1, max(first_i - 7, -1), -1):
        t = toks[j]
        if t.kind == "w":
            w = t.text
            if name_context._is_role_word(w):
                return True
            if w[0].islower() and w not in ("bij", "van", "het", "de", "en"):
                break
        elif t.kind == "nl" or t.text in (".", "!", "?", ";", ":"):
            break
    k = last_i + 1
    if k < len(toks) and toks[k].text == ",":
        for t in toks[k + 1:k + 4]:
            if t.kind == "w" and name_context._is_role_word(t.text):
                return True
            if t.kind != "w" or t.text.lower() not in ("de", "het", "een"):
                if t.kind != "w":
                    break
    return False


# -- health_context._care_note: the sentences about one patient, from two scans of the text -----------------------

_PATIENT_BITS = ["De patiënt", "de cliënt", "the patient", "Betrokkene", "betrokkenen", "Pt.", "pt", "Pt ", "pt. met",
                 "patiënte", "Cliënt:", "cliente", "subjective: 'Cliënt rapporteert", "naam: \"patiënt ", "de  patient",
                 "dethe patient", "ade cliënt", "de\tzorgvrager", "de werknemer", "de werkneemster", "de werknemers",
                 "concept", "script", "septpt", "Bij", "heeft", "pijn", "met", "x", "-", "'", "_", "é", "İ", "1",
                 "clipt", "client_id", "de patiëntе"]
_PATIENT_ENDS = [" ", "", ". ", "? ", "! ", "\n", ".\n", "...", "!?", ":", " - "]


def _patient_texts():
    rng = random.Random(1414)
    out = []
    for _ in range(3000):
        out.append("".join(rng.choice(_PATIENT_BITS) + rng.choice(_PATIENT_ENDS) for _ in range(rng.randint(1, 30))))
    out.append(("De patiënt heeft pijn. " * 900)[:20_500])  # (the 20,000-character head cuts a sentence)
    out.append(("Pt. loopt. " * 500))  # (more than 400 sentences: only the first 400 count)
    return out


def test_one_patient_scan_is_the_pattern():
    from detectors.categories import health_context as hc

    for text in corpus_texts() + _patient_texts():
        low = text.lower()
        assert [m.span() for m in hc._ONE_PATIENT_SCAN.finditer(low)] == \
               [m.span() for m in hc._ONE_PATIENT_IN.finditer(low)], low[:200]


def test_one_patient_sentences_as_a_search_per_sentence():
    from itertools import islice

    from detectors.categories import health_context as hc

    for text in corpus_texts() + _patient_texts():
        head = text.lower()[:20_000]
        sentences = list(islice(hc._SENTENCE.finditer(head), 400))
        old = [i for i, m in enumerate(sentences) if hc._ONE_PATIENT.search(m.group())]
        assert hc._one_patient_sentences(head, sentences) == old, head[:200]


# -- names: PRIVATE_RE and ROLE_LIST_BLOCKERS as fast scans (only ever asked whether they match) -------------------

_SIGN_BITS = ["Van", "van", "VAN", "Aan", "cc", "Onderwerp", "Verzonden", "From", "To", "Sent", "Subject", "BSN", "bsn",
              "Bsn", "Cliënt", "CLIËNT", "klant", "Naam", "betreft", "Hoi", "hallo", "Beste", "Geachte", "lieve", "Dear",
              "Hi", "hi", "voorzitter", "leden", "kamerleden", "[09:14]", "[9:14]", "[123:45]", "burgerservicenummer",
              "Burgerservicenummer", "vertrouwelijk", "VERTROUWELIJK", "Vertrouwelijke", "embargo", "Embargo",
              "@gmail.com", "@Hotmail.NL", "@ziggo.be", "@gmail.co", "x@xs4all.nl", "@tele2.nl", "Aanwezig", "aanwezigen",
              "Afwezig", "afgemeld", "Afmeldingen", "verhinderd", "notulen", "Notulist", "notuliste", "notulering",
              "actiepunt", "Actiepunten", "besluitenlijst", "werkoverleg", "Teamoverleg", "MT-overleg", "mt-overleg",
              "intern", "Intern", "INTERN", "interne", "İntern", "ıntern", "internet", "gebruik", "editie", "memo",
              "nieuwsbrief", "niet", "voor", "extern", "alleen", "medewerkers", "personeelsblad", "Personeelsbladen",
              "ſ", "K", "İ", "ı", "é", "_", "x", "-", "•", "*", "·", "–", ":", " ", " ", "  ", "\t", "\n", "\n", "\n\n",
              "1", "a", ",", ", "]


def _sign_texts():
    rng = random.Random(1415)
    return ["".join(rng.choice(_SIGN_BITS) + rng.choice(["", " ", "\n", ":", " "]) for _ in range(rng.randint(1, 25)))
            for _ in range(6000)]


def test_looks_private_is_private_re():
    from detectors.names.words import PRIVATE_RE, looks_private

    for text in corpus_texts() + _sign_texts():
        for part in (text[:3000], text):
            assert looks_private(part) == bool(PRIVATE_RE.search(part)), part[:200]


def test_role_lists_blocked_is_role_list_blockers():
    from detectors.names.context import ROLE_LIST_BLOCKERS, role_lists_blocked

    for text in corpus_texts() + _sign_texts():
        for part in (text[:20000], text):
            assert role_lists_blocked(part) == bool(ROLE_LIST_BLOCKERS.search(part)), part[:200]


# -- health_context: _BARE_SUBJECT (asked whether it matches) and _CHAT (its groups) after a line break ------------

_RECORD_BITS = ["cliënt", "Cliënte", "wn", "pt", "mw.", "mw", "mevr.", "dhr", "dhr.", "mevrouw", "meneer", "(29)", "(1234)",
                "is", "was", "heeft", "oogde", "meldt", "ontvangt", "isolatie", "s:", "abc:", "abcd:", ".", ":", ";", "-",
                "'", '"', " ", " ", "  ", "\t", "\n", "\n", "\n\n", "[08:00]", "08:00", "8:00", "10:00:30", "1-2-2024,",
                "12/3", "Anna", "Jan de Vries", "Mevrouw", "- ", "x", "_", "İ", "ſ", "é", "1", "12", ":", "],", "]"]


def _record_texts():
    rng = random.Random(1416)
    return ["".join(rng.choice(_RECORD_BITS) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(1, 30)))
            for _ in range(6000)]


def test_bare_subject_and_chat_after_a_line_break():
    from detectors.categories import health_context as hc

    for text in corpus_texts() + _record_texts():
        for part in (text[:20_000], text.lower()[:20_000]):
            assert hc._bare_subject(part) == bool(hc._BARE_SUBJECT.search(part)), part[:200]
            assert hc._chat_groups(part) == [m.groups() for m in hc._CHAT.finditer(part)], part[:200]
