"""Detection quality on labelled corpora, scored by the project's shared scoring code.

Thresholds are the issue's targets on the dev corpus, and a looser floor on the project's own
hold-out corpus (texts no rule was tuned on). These are regression gates, not timing tests.

The hold-out and fresh corpora and a copy of the scorer (``tests/corpus/score.py``, identical to
``../shared/eval/score.py``: checked below when that is there) live in the repository, so those
gates always run. The dev corpus lives beside the repository: without it the test is skipped on a
workstation and fails in CI (``CI`` set), so a gate never goes quiet unnoticed.
"""
import importlib.util
import json
import os
from pathlib import Path

import pytest

from guard.policy import load_policy
from guard.verdict import evaluate

ROOT = Path(__file__).resolve().parents[2]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
CORPORA = {
    "dev": (SHARED_EVAL / "dev.jsonl", dict(warn_recall=0.98, false_warn_rate=0.05, entity_f1=0.92,
                                            guideline_accuracy=0.98)),
    "holdout": (ROOT / "tests" / "corpus" / "holdout.jsonl",
                dict(warn_recall=0.95, false_warn_rate=0.20, entity_f1=0.90, guideline_accuracy=0.95)),
    "fresh": (ROOT / "tests" / "corpus" / "fresh.jsonl",
              dict(warn_recall=0.95, false_warn_rate=0.20, entity_f1=0.90, guideline_accuracy=0.95)),
    # Issue 12's third round: regression gates at what the round reached (README), so that a rule
    # that buys quiet on public pages with missed warnings on the safety sets fails here.
    "public_real4": (ROOT / "tests" / "corpus" / "public_real4.jsonl", dict(false_warn_rate=0.01)),
    "public_real5": (ROOT / "tests" / "corpus" / "public_real5.jsonl", dict(false_warn_rate=0.05)),
    "private_prose": (ROOT / "tests" / "corpus" / "private_prose.jsonl",
                      dict(warn_recall=1.0, entity_f1=0.94, guideline_accuracy=0.97, category_recall=0.96)),
    "private_newsstyle": (ROOT / "tests" / "corpus" / "private_newsstyle.jsonl",
                          dict(warn_recall=1.0, entity_f1=0.93, guideline_accuracy=1.0, category_recall=0.99)),
    "others_private2": (ROOT / "tests" / "corpus" / "others_private2.jsonl",
                        dict(warn_recall=1.0, entity_f1=0.93, category_recall=0.98)),
    # the fourth round: health pages and health records, and its two final checks
    "public_real6": (ROOT / "tests" / "corpus" / "public_real6.jsonl", dict(false_warn_rate=0.05)),
    "public_real7": (ROOT / "tests" / "corpus" / "public_real7.jsonl", dict(false_warn_rate=0.02)),
    "private_care": (ROOT / "tests" / "corpus" / "private_care.jsonl",
                     dict(warn_recall=1.0, false_warn_rate=0.0, category_recall=0.99)),
    "others_private3": (ROOT / "tests" / "corpus" / "others_private3.jsonl",
                        dict(warn_recall=1.0, entity_f1=0.94, category_recall=0.96)),
    "private_final": (ROOT / "tests" / "corpus" / "private_final.jsonl",
                      dict(warn_recall=1.0, entity_f1=0.96, guideline_accuracy=1.0, category_recall=1.0)),
    # the fifth round's two fresh checks (first scores in tests/corpus/README.md)
    "public_real8": (ROOT / "tests" / "corpus" / "public_real8.jsonl", dict(false_warn_rate=0.12)),
    "others_private4": (ROOT / "tests" / "corpus" / "others_private4.jsonl",
                        dict(warn_recall=1.0, false_warn_rate=0.0, entity_f1=0.96, category_recall=1.0)),
    "private_newslike": (ROOT / "tests" / "corpus" / "private_newslike.jsonl",
                         # (false warnings 0.095 -> 0.143 when the seventeenth round retrained the prose model on 47
                         # corpora: three of its 21 public lines; scored leave-one-corpus-out, the retrained model and
                         # its bars give fewer false warnings and fewer missed warnings over the 34 sets the old one
                         # never saw: tests/corpus/README.md)
                         dict(warn_recall=1.0, false_warn_rate=0.15, guideline_accuracy=1.0, category_recall=0.95)),
    "heldout12": (ROOT / "tests" / "corpus" / "heldout12.jsonl", dict(guideline_accuracy=1.0, category_recall=1.0)),
    # the sixth round's fresh checks (first scores and what was read after them: tests/corpus/README.md)
    # (0.13 since the fifteenth round: "verenigingsadviseur Jan Boer" in a magazine's foreword is found as a name
    # now, like "Peter Veld" and "Corrie Buren" in the others sets; the foreword greets its readers and says "ik")
    "public_real9": (ROOT / "tests" / "corpus" / "public_real9.jsonl", dict(false_warn_rate=0.08)),
    "others_private5": (ROOT / "tests" / "corpus" / "others_private5.jsonl",
                        # (0.959: oth5-007, a foundation's public news page about its chair's illness, reads as
                        # published since health data without a kind of published writing may pass on the model)
                        dict(warn_recall=0.95, entity_f1=0.93, category_recall=0.40)),
    "public_real10": (ROOT / "tests" / "corpus" / "public_real10.jsonl", dict(false_warn_rate=0.08)),
    "public_real11": (ROOT / "tests" / "corpus" / "public_real11.jsonl", dict(false_warn_rate=0.06)),
    # the seventh round's fresh checks: public_real12 and others_private6 first scored at the round's start and read,
    # public_real13 scored once at the end (tests/corpus/README.md). others_private6's missed warnings are association,
    # school and personal web pages about private people, which the public sets label public (README).
    # (0.12 until the twenty-fourth round: news about a carer passed by an age, a town and a speaker alone, which a
    # caseworker's note shows too; see published.PROSE_MEDIUM_ONLY)
    "public_real12": (ROOT / "tests" / "corpus" / "public_real12.jsonl", dict(false_warn_rate=0.13)),
    "public_real13": (ROOT / "tests" / "corpus" / "public_real13.jsonl", dict(false_warn_rate=0.07)),
    "others_private6": (ROOT / "tests" / "corpus" / "others_private6.jsonl",
                        dict(warn_recall=0.79, entity_f1=0.78, category_recall=0.86)),
    # the eighth round's fresh checks (tests/corpus/README.md): public_real14 and others_private9 scored at the round's
    # start and once at its end; others_private7 and others_private8 first scored, then read. others_private9 is low
    # on categories: the rules written on 7 and 8 moved it little (README).
    "public_real14": (ROOT / "tests" / "corpus" / "public_real14.jsonl", dict(false_warn_rate=0.01)),
    "others_private7": (ROOT / "tests" / "corpus" / "others_private7.jsonl",
                        dict(warn_recall=0.97, false_warn_rate=0.0, entity_f1=0.98, guideline_accuracy=0.97,
                             category_recall=0.96)),
    "others_private8": (ROOT / "tests" / "corpus" / "others_private8.jsonl",
                        dict(warn_recall=0.92, false_warn_rate=0.0, entity_f1=0.92, guideline_accuracy=0.75,
                             category_recall=0.72)),
    "others_private9": (ROOT / "tests" / "corpus" / "others_private9.jsonl",
                        dict(warn_recall=0.93, entity_f1=0.88, guideline_accuracy=0.76, category_recall=0.63)),
    # the ninth round's fresh checks (tests/corpus/README.md): public_real15 scored at the round's start and once at
    # its end (0.065 both times), then read (0.056); others_private10 scored at the start, then its odd lines read and
    # its even lines kept blind until the end.
    "public_real15": (ROOT / "tests" / "corpus" / "public_real15.jsonl", dict(false_warn_rate=0.03)),
    "others_private10": (ROOT / "tests" / "corpus" / "others_private10.jsonl",
                         dict(warn_recall=0.98, false_warn_rate=0.12, entity_f1=0.92, guideline_accuracy=0.88,
                              category_recall=0.68)),
    # the eleventh and twelfth rounds' fresh checks (tests/corpus/README.md): each scored at its round's start, its odd
    # lines read and its even lines kept blind until the end of that round; gated here at the twelfth round's end.
    "public_real16": (ROOT / "tests" / "corpus" / "public_real16.jsonl", dict(false_warn_rate=0.05)),
    "public_real17": (ROOT / "tests" / "corpus" / "public_real17.jsonl", dict(false_warn_rate=0.01)),
    "others_private11": (ROOT / "tests" / "corpus" / "others_private11.jsonl",
                         dict(warn_recall=0.95, false_warn_rate=0.0, entity_f1=0.90, guideline_accuracy=0.82,
                              category_recall=0.69)),
    "others_private12": (ROOT / "tests" / "corpus" / "others_private12.jsonl",
                         dict(warn_recall=0.98, false_warn_rate=0.0, entity_f1=0.95, guideline_accuracy=0.93,
                              category_recall=0.80)),
    # the thirteenth round's fresh checks, split the same way; gated at that round's end. public_real18 was written
    # towards the kinds of pages the earlier sets warned on (regional, hospital and academic news)
    "public_real18": (ROOT / "tests" / "corpus" / "public_real18.jsonl", dict(false_warn_rate=0.025)),
    "others_private13": (ROOT / "tests" / "corpus" / "others_private13.jsonl",
                         dict(warn_recall=0.91, false_warn_rate=0.0, entity_f1=0.90, guideline_accuracy=0.91,
                              category_recall=0.83)),
    # the fourteenth round's fresh checks, split the same way; gated at that round's end
    "public_real19": (ROOT / "tests" / "corpus" / "public_real19.jsonl", dict(false_warn_rate=0.05)),
    "others_private14": (ROOT / "tests" / "corpus" / "others_private14.jsonl",
                         dict(warn_recall=0.87, false_warn_rate=0.0, entity_f1=0.86, guideline_accuracy=0.79,
                              category_recall=0.65)),
    # the fifteenth round's fresh checks, split the same way (public_real20 was written towards local, club, church and
    # school news that names people: 21 of 132 warned at its first score, 20 at that round's end); gated again at the
    # sixteenth round's end (17 of 132)
    "public_real20": (ROOT / "tests" / "corpus" / "public_real20.jsonl", dict(false_warn_rate=0.08)),
    "others_private15": (ROOT / "tests" / "corpus" / "others_private15.jsonl",
                         dict(warn_recall=0.89, false_warn_rate=0.13, entity_f1=0.83, guideline_accuracy=0.85,
                              category_recall=0.70)),
    # the sixteenth round's fresh checks, split the same way; gated at that round's end
    "public_real21": (ROOT / "tests" / "corpus" / "public_real21.jsonl", dict(false_warn_rate=0.01)),
    "others_private16": (ROOT / "tests" / "corpus" / "others_private16.jsonl",
                         dict(warn_recall=0.85, false_warn_rate=0.0, entity_f1=0.82, guideline_accuracy=0.83,
                              category_recall=0.74)),
    # the seventeenth round's fresh checks, split the same way and left out of the prose model's training; gated at
    # that round's end
    "public_real22": (ROOT / "tests" / "corpus" / "public_real22.jsonl", dict(false_warn_rate=0.07)),
    "others_private17": (ROOT / "tests" / "corpus" / "others_private17.jsonl",
                         dict(warn_recall=0.93, false_warn_rate=0.0, entity_f1=0.77, guideline_accuracy=0.73,
                              category_recall=0.73)),
    # the eighteenth round's fresh checks, split the same way and left out of the prose model's training; gated at
    # that round's end. others_private18's missed warnings are mostly a club's members' meeting whose minutes the club
    # put on its own site, which the detector reads as public (see detectors/categories/documents.py, _MEMBERS_MEETING)
    "public_real23": (ROOT / "tests" / "corpus" / "public_real23.jsonl", dict(false_warn_rate=0.045)),
    "others_private18": (ROOT / "tests" / "corpus" / "others_private18.jsonl",
                         dict(warn_recall=0.79, false_warn_rate=0.15, entity_f1=0.90, guideline_accuracy=0.69,
                              category_recall=0.57)),
    # the nineteenth round's fresh checks, split the same way and left out of the prose model's training; gated at
    # that round's end (others_private19 holds 28 texts: its writer found no more in files not quoted before)
    "public_real24": (ROOT / "tests" / "corpus" / "public_real24.jsonl", dict(false_warn_rate=0.06)),
    "others_private19": (ROOT / "tests" / "corpus" / "others_private19.jsonl",
                         dict(warn_recall=0.91, false_warn_rate=0.0, entity_f1=0.77, guideline_accuracy=0.62,
                              category_recall=0.36)),
    # (others_private20: a second writer of the same round, 30 texts, from files and repositories not quoted before)
    "others_private20": (ROOT / "tests" / "corpus" / "others_private20.jsonl",
                         dict(warn_recall=0.76, false_warn_rate=0.0, entity_f1=0.62, guideline_accuracy=0.72,
                              category_recall=0.53)),
    # the twentieth round's fresh checks, split the same way and left out of the prose model's training; gated at
    # that round's end (others_private21 holds 40 texts, nearly all seed and test data: its writer found little prose
    # in files not quoted before)
    "public_real25": (ROOT / "tests" / "corpus" / "public_real25.jsonl", dict(false_warn_rate=0.04)),
    "others_private21": (ROOT / "tests" / "corpus" / "others_private21.jsonl",
                         dict(warn_recall=1.0, false_warn_rate=0.0, entity_f1=0.93, guideline_accuracy=1.0,
                              category_recall=0.87)),
    # the twenty-first round's fresh checks: public_real26 and others_private22 split the same way (others_private22
    # holds 26 texts, mostly prose; five of a real person's own notes were taken out before it was scored),
    # public_real27 and others_private23 kept blind all round; all left out of the prose model's training and gated at
    # that round's end (public sets above raised where the lower bar for names in full moved them)
    "public_real26": (ROOT / "tests" / "corpus" / "public_real26.jsonl", dict(false_warn_rate=0.1)),
    "public_real27": (ROOT / "tests" / "corpus" / "public_real27.jsonl", dict(false_warn_rate=0.05)),
    "others_private22": (ROOT / "tests" / "corpus" / "others_private22.jsonl",
                         dict(warn_recall=0.90, false_warn_rate=0.25, entity_f1=0.95, guideline_accuracy=0.90,
                              category_recall=0.76)),
    "others_private23": (ROOT / "tests" / "corpus" / "others_private23.jsonl",
                         dict(warn_recall=0.96, false_warn_rate=0.5, entity_f1=0.93, guideline_accuracy=0.85,
                              category_recall=0.76)),
    # the twenty-second round's fresh checks: public_real28 split the same way (its even lines blind all round),
    # others_private24 kept blind all round (30 texts, half of them minutes); both left out of the prose model's
    # training and gated at that round's end (sets above raised where the round's rules moved them: the Frisian bar,
    # letters to the editor, a writer in their role, minutes in sentences)
    "public_real28": (ROOT / "tests" / "corpus" / "public_real28.jsonl", dict(false_warn_rate=0.08)),
    "others_private24": (ROOT / "tests" / "corpus" / "others_private24.jsonl",
                         dict(warn_recall=0.99, false_warn_rate=0.25, entity_f1=0.93, guideline_accuracy=0.84,
                              category_recall=0.80)),
    # the twenty-third round's fresh checks: public_real29 split the same way (its even lines blind all round),
    # others_private25 kept blind all round (33 texts, most of them prose); both left out of the prose model's
    # training and gated at that round's end (sets above raised where the round's rules moved them: officials on public
    # pages, those present under a label of their own line, flattened lists of names)
    "public_real29": (ROOT / "tests" / "corpus" / "public_real29.jsonl", dict(false_warn_rate=0.10)),
    "others_private25": (ROOT / "tests" / "corpus" / "others_private25.jsonl",
                         dict(warn_recall=0.93, false_warn_rate=0.25, entity_f1=0.90, guideline_accuracy=0.93,
                              category_recall=0.60)),
    # the twenty-fourth round's fresh checks: public_real30 split the same way (its even lines blind all round),
    # others_private26 kept blind all round (30 texts: care records of test suites, a conversation bot's cases, a
    # team's handover); both left out of the prose model's training and gated at that round's end (sets above raised
    # where the round's rules moved them: a transcript under time codes, a community's greeting, a ruling under its
    # title, Frisian news that quotes Dutch speakers)
    "public_real30": (ROOT / "tests" / "corpus" / "public_real30.jsonl", dict(false_warn_rate=0.11)),
    "others_private26": (ROOT / "tests" / "corpus" / "others_private26.jsonl",
                         dict(warn_recall=0.99, false_warn_rate=0.0, entity_f1=0.90, guideline_accuracy=0.84,
                              category_recall=0.76)),
    # the twenty-fifth round's fresh checks: public_real31 split the same way (its even lines blind all round),
    # others_private27 kept blind all round (28 texts: letters of a municipality's social domain to invented clients,
    # test fixtures, care notes, FHIR examples); both left out of the prose model's training and gated at that round's
    # end (sets above raised where the round's rules moved them: care words, a SOAP note in an app's data, a team's
    # notes kept as strings of code)
    "public_real31": (ROOT / "tests" / "corpus" / "public_real31.jsonl", dict(false_warn_rate=0.10)),
    "others_private27": (ROOT / "tests" / "corpus" / "others_private27.jsonl",
                         dict(warn_recall=0.91, false_warn_rate=0.0, entity_f1=0.82, guideline_accuracy=0.91,
                              category_recall=0.42)),
}


SCORER = ROOT / "tests" / "corpus" / "score.py"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing(what: str) -> None:
    """Skip on a workstation; fail in CI, where every gate must run."""
    message = f"{what} is not there"
    if in_ci():
        pytest.fail(message + " (CI must run every quality gate)", pytrace=False)
    pytest.skip(message)


def _score_module():
    path = SCORER
    spec = importlib.util.spec_from_file_location("plakwacht_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_quality(detector, name):
    path, floor = CORPORA[name]
    if not path.exists():
        missing(str(path))
    score = _score_module()
    policy = load_policy()
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = {}
    for doc in docs:
        analysis = detector.analyze(doc["text"])
        verdict = evaluate(analysis, policy)
        results[doc["id"]] = {
            "warn": verdict.warn, "guidelines": verdict.numbers, "categories": analysis.category_names,
            "findings": [{"type": f.type, "start": f.start, "end": f.end, "score": f.score}
                         for f in analysis.findings],
        }
    m = score.score(docs, results)
    misses = "\n".join(m["misses"][:40])
    for measure, bar in floor.items():
        if measure == "false_warn_rate":
            assert m[measure] <= bar, f"{measure} {m[measure]:.3f} > {bar}\n{misses}"
        else:
            assert m[measure] >= bar, f"{measure} {m[measure]:.3f} < {bar}\n{misses}"


def test_the_scorer_copy_matches_the_shared_one():
    shared = SHARED_EVAL / "score.py"
    if not shared.exists():
        missing(str(shared))
    assert SCORER.read_bytes() == shared.read_bytes(), "tests/corpus/score.py differs from ../shared/eval/score.py: copy it again"


def test_a_missing_corpus_fails_in_ci_and_is_skipped_elsewhere(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        missing("dev.jsonl")
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception):
        missing("dev.jsonl")
