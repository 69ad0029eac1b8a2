"""``health_context._care_note`` reads the history of a note's sentences only once one of them tells of the
patient as a fact (otherwise the answer is "no" whatever the history): it answers as the one pass that read
both did, on every corpus text and on generated notes."""
from __future__ import annotations

import random
import re

from detectors.categories import health_context as hc
from tests.helpers.corpus import corpus_texts


def _old_care_note(low: str):
    """The one-pass form (before the patient sentences were read first)."""
    head = low[:20_000]
    if hc._TEACHING_CASE.search(head, 0, 300):
        return False, None
    told, factual = [], False
    found: list[re.Match | None] = [None] * len(hc._CARE_HISTORY)
    for n, m in enumerate(hc._SENTENCE.finditer(head)):
        if n >= 400:
            break
        sent = m.group()
        if sent.rstrip().endswith("?") or hc._GENERAL_OPENING.match(sent):
            continue
        usual = hc._USUALLY.search(sent) is not None
        if hc._ONE_PATIENT.search(sent):
            told.append(sent)
            factual = factual or not (usual or hc._MAY.search(sent))
        if not usual:
            for k, rx in enumerate(hc._CARE_HISTORY):
                found[k] = found[k] or rx.search(head, m.start(), m.end())
    if not factual:
        return False, None
    kinds = sum(1 for m in found if m) + any(hc._OWN.search(t) for t in told) + any(hc._COURSE.search(t) for t in told)
    soep = list(hc._SOEP_LINE.finditer(head))
    heads = len({hc._SOEP_KIND[m.group(1) or m.group(2)] for m in soep}) >= 3
    if kinds < 2:
        kinds += heads
    if kinds < 2:
        return False, None
    return True, found[3].span() if found[3] else None


_BITS = ["De patiënt", "de cliënt", "Betrokkene", "Pt.", "Als de patiënt", "Patiënten", "mensen", "vaak", "kan",
         "heeft", "sinds drie maanden", "al twee weken", "rechterknie", "knie links", "eerder behandeld",
         "De fysiotherapeut adviseert", "bij onderzoek is", "zijn klachten", "is afgenomen", "pijn", "S:", "O:", "E:",
         "P:", "Advies:", "casus", "wat", "u", "Bij", "werknemer", "loopt", "met", "moet", "geen last meer"]
_ENDS = [" ", " ", ". ", "? ", "! ", "\n", ".\n", ", ", "... "]


def _generated(rng: random.Random) -> str:
    return "".join(rng.choice(_BITS) + rng.choice(_ENDS) for _ in range(rng.randint(1, 60)))


def test_same_answer_on_the_corpus():
    for text in corpus_texts():
        low = text.lower()
        assert hc._care_note(low) == _old_care_note(low), text[:200]


def test_same_answer_on_generated_notes():
    rng = random.Random(5)
    yes = 0
    for _ in range(20_000):
        low = _generated(rng).lower()
        got = hc._care_note(low)
        assert got == _old_care_note(low), low
        yes += got[0]
    assert yes > 500
