"""``health_context.dialogue`` reads a turn's persons only for a question and the line after it: it finds the
transcript its every-line form found, on every corpus text and on generated transcripts."""
from __future__ import annotations

import random

from detectors.categories import health_context as hc
from tests.helpers.corpus import corpus_texts


def _old_dialogue(low: str):
    """The every-line form (before only questions and their answers were read further)."""
    if "?" not in low[:20_000]:
        return None
    lines = []
    spans = [m.span() for _, m in zip(range(hc._MAX_TURNS), hc._TURN.finditer(low, 0, 20_000))]
    if len(spans) <= 3:
        spans = hc._sentence_turns(low, spans)
    for start, end in spans:
        label = hc._TURN_LABEL.match(low, start, end)
        body = low[label.end():end].rstrip()
        if not body:
            continue
        asks = body.endswith("?") or label.group(1) in hc._ASKER_LABELS
        first = len(hc._TURN_FIRST.findall(body))
        own = first > 0 and first >= len(hc._TURN_YOU.findall(body)) and not hc._TURN_GROUP.search(body)
        to_other = asks and (hc._TURN_YOU.search(body) is not None or len(body.split()) <= 6)
        lines.append((start, end, asks, own, to_other))
    questions = 0
    turns = {}
    for (qs, qe, asks, _, to_other), (as_, ae, _, own, _) in zip(lines, lines[1:]):
        if not asks:
            continue
        questions += 1
        if own and to_other:
            turns.setdefault(qs, (qs, qe, "q"))
            turns[as_] = (as_, ae, "a")
    pairs = sum(1 for t in turns.values() if t[2] == "a")
    if pairs < 2 or 2 * pairs < questions:
        return None
    ordered = sorted(turns.values())
    return hc.Dialogue([t[0] for t in ordered], ordered)


_LABELS = ["", "", "— ", "- ", "V: ", "A: ", "Interviewer: ", "Patiënt: ", "Vraag: ", "Antwoord: ", "R: "]
_WORDS = ["ik", "mijn", "me", "u", "uw", "je", "jij", "mensen", "patiënten", "heb", "pijn", "sinds", "en", "de",
          "sumatriptan", "hoofdpijn", "hoe", "gaat", "het", "kinderen", "%", "wij", "goed", "slecht"]
_ENDS = ["?", "?", ".", "", "!", " ?"]


def _generated(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 14)):
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 10)))
        lines.append(rng.choice(_LABELS) + words + rng.choice(_ENDS))
    return rng.choice(["\n", "\n", " "]).join(lines)


def test_same_dialogue_on_the_corpus():
    for text in corpus_texts():
        low = text.lower()
        assert hc.dialogue(low) == _old_dialogue(low), text[:200]


def test_same_dialogue_on_generated_transcripts():
    rng = random.Random(9)
    found = 0
    for _ in range(20_000):
        low = _generated(rng)
        got = hc.dialogue(low)
        assert got == _old_dialogue(low), low
        found += got is not None
    assert found > 200
