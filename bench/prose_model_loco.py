"""The word model of ``detectors.prose`` scored leave-one-corpus-out at the level of the warning.

    uv run python bench/prose_model_loco.py [--train current|all] [--lower 0.05] [--blind public_real16,...]
        [--names-lower 0.04,0.08 [--full-names]]

For every corpus of ``tests/corpus`` (``names.jsonl`` aside) a model is trained without it
(``detectors.build_published_words.train``), put in place of the shipped weights, and the corpus is scored by
the whole detector and the verdict: how many public texts warn (false warnings) and how many private ones do
not (missed warnings). ``--train current`` trains on the corpora the shipped model is built from
(``build_published_words.TRAIN``), ``--train all`` on every corpus but the blind ones (``--blind``).
``--lower`` lowers the three bars of ``detectors.published`` that ask the model. ``--names-lower`` scores, beside the
base, each of its values of ``published.PROSE_NAMES_ONLY_LOWER`` (the last bar lower for a text whose findings are names
of people alone, no category), with ``--full-names`` only when each of those names has two or more words; a lower bar
only makes a text more published, so only the texts that warn with names alone are analysed again per value.

Eleventh round (6 December 2026, detector at ca55733): current 140 false warnings / 23 missed warnings over all
corpora; all 156 / 19; with the bars 0.05 lower 108 / 31 and 124 / 32; 0.10 lower 94 / 53 and 91 / 38. More
training text did not help, and lower bars trade false warnings for missed ones; the model was not changed.

Seventeenth round (6 December 2026, detector at 8822e88 + the speed helper's byte-identical merge): with the sets of
the twelfth to the sixteenth round it did. Every corpus up to the sixteenth round's in TRAIN (public_real22,
others_private17 and public_real5 left out and scored by the model of all of TRAIN): the shipped model at 0.70/0.65
205 false warnings / 47 missed warnings over all corpora (it had learned 15 of them); retrained, at 0.70/0.65 237 / 39,
at 0.66/0.61 187 / 45, at 0.62/0.57 146 / 52. On the 34 sets the shipped model never saw: 175 / 46 against 196 / 37,
156 / 40 and 120 / 45. The model was retrained and the bars set to 0.66/0.61 (PROSE_ENGLISH_BODY, kept at 0.42 in these runs, then
moved down by the same 0.04 for an English board page: two public pages fewer warn, no private text more).

Eighteenth round (7 December 2026, detector at 66bf304, the seventeenth round's end; the same method, with the bars
at 0.66/0.61/0.38 and 0.04 lower scored in one run): the shipped TRAIN
184 false warnings / 45 missed warnings over all corpora (0.04 lower: 141 / 52); with the seventeenth round's fresh
sets (public_real22, others_private17) added to TRAIN 179 / 46 (142 / 52); the same plus word pairs as features (names
as one placeholder) 173 / 47 (138 / 52). Neither is worth its cost (two sets in-sample, a larger model), and the model
was not changed: the gain of more data has flattened.

After the twentieth round, a lower bar for names alone (7 December 2026, detector at f9477a4; ``--train current
--names-lower 0.04,0.08,0.12``, one run 10.5 minutes, ``--full-names`` 9.7): many public pages that still warn are news
whose only findings are names (aldermen, residents) at 0.50-0.61. False / missed warnings over all 58 corpora, then
over the sets no model was trained on (public_real22..25, others_private17..21):

    base                 203 / 66    43 / 23
    names 0.04 lower     171 / 74    33 / 25     full names only: 185 / 69    37 / 25
    names 0.08 lower     149 / 81    27 / 28     full names only: 169 / 72    33 / 26
    names 0.12 lower     140 / 86    25 / 28     full names only: 167 / 74    32 / 26

0.04 buys 32 false warnings for 8 missed ones, but two of the eight are case summaries in the third person (an integrity
inquiry into a named employee, private_prose pp-047; a member's arrears after a divorce, pp-043), the kind of text a
caseworker writes; the others are the minutes of clubs and associations (oth15-003, oth16-043, oth18-012, oth18-020), an
e-learning page with an example call (oth10-055) and a hospital's staff paper of 1980 (oth5-041). 0.08 loses seven more,
among them a performance review (pp-032) and a school's news of sick teachers (oth6-030); 0.12 five more, among them a
candidate's profile (pp-077). With full names only (a case summary names someone by the surname after the first time)
0.04 buys 18 for 3, all minutes (oth16-043, oth18-012, oth18-020), and 0.08 34 for 6 (with an attendance list, a team's
stand-up page and the school's news); but built in, 0.04 with full names fails others_private18's quality gate (warn
recall 0.755 < 0.79: its two minutes, at 0.59-0.60 beside one weak kind, are lost at any lower bar of 0.01 or more). The
bar was not lowered then: minutes of meetings that the category detector does not see as MEETING_NOTES are what a
lower bar for names loses first. The lead then kept the usual bar for a text with a sign of a meeting's minutes
(``published._MEETING``: "Aanwezig:", "1. Opening", "opent de vergadering", "kascommissie", "notulen") and ran it again
on the round's later detector (with public_real26 and others_private22): base 214 / 66; full names only, 0.04 lower
196 / 66 (no text lost), 0.06 184 / 67 (a team's stand-up page, others_private19, whose quality gate would fail), 0.08
179 / 68, 0.10 179 / 70. ``PROSE_NAMES_ONLY_LOWER`` was set to 0.04.
"""
from __future__ import annotations

import argparse
import json

from detectors import build_published_words as build
from detectors import get_detector, prose, published
from guard.admin import load_admin_settings
from guard.safeguards import policy_in_force
from guard.verdict import evaluate


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", choices=("current", "all"), default="current")
    ap.add_argument("--lower", type=float, default=0.0)
    ap.add_argument("--blind", default="", help="corpora left out of training and scoring, comma-separated")
    ap.add_argument("--names-lower", default="", help="published.PROSE_NAMES_ONLY_LOWER values to score beside the "
                    "base, comma-separated (0.04,0.08)")
    ap.add_argument("--full-names", action="store_true",
                    help="--names-lower only when every PERSON finding has two or more words")
    args = ap.parse_args(argv)
    settings = [float(x) for x in args.names_lower.split(",") if x and float(x) > 0]
    published.PROSE_NAMES_ONLY_LOWER = 0.0  # the base; each setting is scored against it
    blind = {b for b in args.blind.split(",") if b}
    corpora = sorted(p.stem for p in build.CORPORA.glob("*.jsonl") if p.stem != "names" and p.stem not in blind)
    docs = build.load(build.TRAIN if args.train == "current" else corpora)
    published.PROSE_ALONE -= args.lower
    published.PROSE_WITH_KIND -= args.lower
    published.PROSE_ENGLISH_BODY -= args.lower
    policy = policy_in_force(None, load_admin_settings())
    detector = get_detector()
    total_fw = total_missed = 0
    totals = {x: [0, 0] for x in settings}
    changed: dict[float, list[str]] = {x: [] for x in settings}
    for name in corpora:
        weights, bias = build.train([d for d in docs if d[0] != name])
        prose._model = lambda w=weights, b=bias: (w, b)  # noqa: E731 - the model without this corpus
        fw = missed = public = private = 0
        per = {x: [0, 0] for x in settings}
        for line in (build.CORPORA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            analysis = detector.analyze(doc["text"])
            warn = evaluate(analysis, policy).warn
            if doc["warn"]:
                private += 1
                missed += not warn
            else:
                public += 1
                fw += warn
            # PROSE_NAMES_ONLY_LOWER only makes a text more published, and only a text that the base did not find
            # published (whose findings and categories it kept) can change: analysed again only when those are
            # names alone
            again = warn and settings and _names_only(doc["text"], analysis, args.full_names)
            for x in settings:
                w = warn
                if again:
                    published.PROSE_NAMES_ONLY_LOWER = x
                    w = evaluate(detector.analyze(doc["text"]), policy).warn
                    published.PROSE_NAMES_ONLY_LOWER = 0.0
                    if w != warn:
                        changed[x].append(f"{name}:{doc.get('id', '?')}:{'private' if doc['warn'] else 'public'}")
                per[x][0] += w and not doc["warn"]
                per[x][1] += doc["warn"] and not w
        total_fw += fw
        total_missed += missed
        extra = "".join(f"   {x:g}: {per[x][0]:3d} / {per[x][1]:3d}" for x in settings)
        print(f"{name:24s} public {public:4d} false warnings {fw:3d}   private {private:4d} missed {missed:3d}{extra}",
              flush=True)
        for x in settings:
            totals[x][0] += per[x][0]
            totals[x][1] += per[x][1]
    print(f"all corpora: {total_fw} false warnings, {total_missed} missed warnings")
    for x in settings:
        print(f"names only {x:g} lower{' (full names)' if args.full_names else ''}: {totals[x][0]} false warnings, "
              f"{totals[x][1]} missed warnings; changed: {' '.join(changed[x])}")
    return 0


def _names_only(text: str, analysis, full_names: bool) -> bool:
    """Whether the findings of ``analysis`` are names of people alone (with ``full_names``: each of two or more
    words), with no category."""
    if analysis.categories or not analysis.findings or any(f.type != "PERSON" for f in analysis.findings):
        return False
    return not full_names or all(len(text[f.start:f.end].split()) >= 2 for f in analysis.findings)


if __name__ == "__main__":
    raise SystemExit(main())
