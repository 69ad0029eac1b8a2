"""A second learned judgement, on the *style* of a text, beside the word model: scored leave-one-corpus-out.

    uv run python bench/style_model_loco.py --blind public_real16,others_private11

For every corpus of ``tests/corpus`` (``names.jsonl`` and the blind ones aside) the word model
(``build_published_words.train``, corpora of ``build_published_words.TRAIN``, as ``bench/prose_model_loco.py``) and a
style model (a logistic regression on ``style()``, features that do not depend on topic words; trained on every corpus
but the blind ones) are trained without that corpus, and the corpus is scored by the whole detector and the verdict.
The style model only enters the last decision of ``published.reads_as_published`` (the word model's bar for a text
with no private sign and too few kinds); each variant only ever makes a text more published there.

Variants are scored without re-running every text: a first pass records, for every call of that last decision, the
word model's probability, the bar and the style model's probability; only the texts where a variant would pass a bar
the word model did not pass are analysed again with the variant in force.

Result (6 December 2026, detector at 337a950, ``--blind public_real16,others_private11``; false / missed warnings
over all scored corpora, the lower bars only at the same last decision):

    base 140 / 23     lower025 132 / 25    lower05 120 / 29    lower10 106 / 36
    mean 108 / 27     mean_w2 120 / 26     mean_if_style80 115 / 25    style80_pw50 117 / 26
    style90 131 / 25  lower10_if_style90 134 / 25    style95_pw20 137 / 23 (earlier run)

    public_real*   base  lower10  mean  mean_if_style80     (public_real 0 and public_real2 2 in every variant but
    real3            5      3      4      4                  lower10: 1; public_real11 9 in all)
    real4           11      4      4      5
    real5            9      5      5      7
    real6           12     11     11     12
    real7            4      2      2      2
    real8           10      8      8      9
    real9           12     10     10     11
    real10          10     10      9      9
    real12          11     10     11     11
    real13          17     12     11     11
    real14           6      4      3      3
    real15           7      6      6      6

The style model alone is sharp (ps >= 0.9 for 654 public texts and no private one, each scored without its corpus),
but the public texts that still warn are mostly not those, and every variant that removes a real number of false
warnings also loses private texts (others_private5, others_private10, private_prose). "mean" buys 32 false warnings
for 4 misses, "mean_if_style80" 25 for 2: about twice the rate of lowering the bar (lower025: 8 for 2, lower05: 20
for 6), on counts this small not clearly better, and not without a leak. Not shipped.
"""
from __future__ import annotations

import argparse
import inspect
import json
import math
import re
import sys

import numpy as np

from detectors import build_published_words as build
from detectors import get_detector, prose, published
from guard.admin import load_admin_settings
from guard.safeguards import policy_in_force
from guard.verdict import evaluate

HEAD = 5_000
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENT = re.compile(r"[^.!?\n]+[.!?]*")
_FP1 = re.compile(r"(?i)\b(?:ik|mijn|me|mij|m['’]n|i|my|me)\b")
_FP2 = re.compile(r"(?i)\b(?:we|wij|ons|onze|our|us)\b")
_SP = re.compile(r"(?i)\b(?:je|jij|jou|jouw|u|uw|jullie|you|your)\b")
_TP = re.compile(r"(?i)\b(?:hij|zij|ze|hem|haar|hun|hen|he|she|his|her|they|their)\b")
_SPEECH = re.compile(r"(?i)\b(?:zegt|zei|zeggen|vertelt|vertelde|aldus|volgens|legt\s+uit|licht\s+toe|vindt|"
                     r"benadrukt|says|said)\b")
_QUOTE = re.compile(r"[\"“”„«»]|(?<!\w)['‘’](?=\w)|,,")
_MONTH = re.compile(r"(?i)\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                    r"december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_NUMDATE = re.compile(r"\b\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?\b")
_LIST = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])\s")
_LABEL = re.compile(r"^\s*[\w .-]{1,25}:")
_HEADER = re.compile(r"(?i)^\s*(?:van|aan|cc|bcc|onderwerp|datum|from|to|subject|date|verzonden|sent)\s*:")
_GREET = re.compile(r"(?i)^\s*(?:beste|hoi|hallo|hey|hi|dag|goedemorgen|goedemiddag|geachte|lieve|dear)\b")
_SIGNOFF = re.compile(r"(?i)\b(?:groet(?:en|jes)?|mvg|met\s+vriendelijke|hartelijke\s+groet|kind\s+regards|"
                      r"alvast\s+bedankt|dank\s+je|dankjewel|bedankt)\b")
_AGE = re.compile(r"\(\d{1,3}\)|\b\d{1,3}-jarige\b|\b\d{1,3}\s+jaar\b")
_PAST = re.compile(r"(?i)\b(?:was|waren|werd|werden|had|hadden|kwam|ging|zei|vertelde)\b")
_TITLE = re.compile(r"\b(?:dhr|mevr|mw|mr|dr|drs|ir|ing|prof)\b\.?")
_URL = re.compile(r"(?i)https?://|www\.|@\w+\.")
_IMPER = re.compile(r"(?i)\b(?:graag|svp|a\.u\.b|zou\s+je|kun\s+je|kunt\s+u|wil\s+je|laat\s+(?:me|ons)\s+weten)\b")

NAMES = ("len", "fp1", "fp2", "sp", "tp", "tp_share", "speech", "quote", "quote_lines", "sent_len", "sent_sd",
         "caps", "digit", "month", "year", "time", "numdate", "lines", "short_lines", "list", "label", "header",
         "first_len", "first_stop", "first_caps", "greet", "signoff", "qmark", "excl", "age", "past", "title", "url",
         "paren", "colon", "semicolon", "word_len", "long_words", "imper", "blank_share")


def style(text: str) -> np.ndarray:
    """Features of the head of ``text`` that do not depend on what it is about."""
    h = text[:HEAD]
    words = _WORD.findall(h)
    nw = max(len(words), 1)
    nc = max(len(h), 1)
    lines = [ln for ln in h.split("\n")]
    full = [ln for ln in lines if ln.strip()]
    nl = max(len(full), 1)
    sents = [s for s in _SENT.findall(h) if _WORD.search(s)]
    slen = np.array([len(_WORD.findall(s)) for s in sents] or [0], dtype=float)
    caps = sum(1 for w in words if w[:1].isupper()) - len(sents)
    fp1, fp2, sp, tp = (len(rx.findall(h)) for rx in (_FP1, _FP2, _SP, _TP))
    first = full[0].strip() if full else ""
    per_w = lambda n: n / nw  # noqa: E731
    f = [
        math.log(nc),
        per_w(fp1), per_w(fp2), per_w(sp), per_w(tp), (tp + 1) / (fp1 + fp2 + sp + tp + 2),
        per_w(len(_SPEECH.findall(h))),
        len(_QUOTE.findall(h)) / nw, sum(1 for ln in full if _QUOTE.search(ln)) / nl,
        math.log1p(slen.mean()), math.log1p(slen.std()),
        max(caps, 0) / nw, sum(c.isdigit() for c in h) / nc,
        per_w(len(_MONTH.findall(h))), per_w(len(_YEAR.findall(h))), per_w(len(_TIME.findall(h))),
        per_w(len(_NUMDATE.findall(h))),
        math.log1p(1000 * nl / nc), sum(1 for ln in full if len(ln.strip()) < 40) / nl,
        sum(1 for ln in full if _LIST.match(ln)) / nl, sum(1 for ln in full if _LABEL.match(ln)) / nl,
        sum(1 for ln in full[:12] if _HEADER.match(ln)) / min(nl, 12),
        math.log1p(len(first)), float(first[-1:] in ".!?:;,") if first else 0.0,
        float(bool(first) and first[:1].isupper() and not first.isupper()),
        float(any(_GREET.match(ln) for ln in full[:5])), float(bool(_SIGNOFF.search(h[-600:]))),
        h.count("?") / max(len(sents), 1), h.count("!") / max(len(sents), 1),
        per_w(len(_AGE.findall(h))), per_w(len(_PAST.findall(h))), per_w(len(_TITLE.findall(h))),
        per_w(len(_URL.findall(h))),
        h.count("(") / nw, h.count(":") / nw, h.count(";") / nw,
        sum(len(w) for w in words) / nw, sum(len(w) >= 12 for w in words) / nw,
        per_w(len(_IMPER.findall(h))), sum(1 for ln in lines if not ln.strip()) / max(len(lines), 1),
    ]
    return np.array(f, dtype=float)


def train_style(X: np.ndarray, y: np.ndarray, l2: float = 1e-2):
    """Logistic regression by Newton's method (deterministic), balanced classes, standardised features."""
    mu = X.mean(0)
    sd = X.std(0) + 1e-9
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    share = y.mean()
    bal = np.where(y == 1, 0.5 / share, 0.5 / (1 - share))
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(Z @ w, -50, 50)))
        g = Z.T @ ((p - y) * bal) / len(y) + reg * w
        H = (Z * (p * (1 - p) * bal)[:, None]).T @ Z / len(y) + np.diag(reg)
        w -= np.linalg.solve(H, g)
    return mu, sd, w


def style_probability(model, x: np.ndarray) -> float:
    mu, sd, w = model
    z = float(np.append((x - mu) / sd, 1.0) @ w)
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))


#: Variants of the last decision: (word model probability, style probability, bar) -> passes.
VARIANTS = {
    # the same decision with a lower bar and no style model: the trade to beat
    "lower025": lambda pw, ps, bar: pw >= bar - 0.025,
    "lower05": lambda pw, ps, bar: pw >= bar - 0.05,
    "lower10": lambda pw, ps, bar: pw >= bar - 0.10,
    "mean": lambda pw, ps, bar: (pw + ps) / 2 >= bar,
    "mean_w2": lambda pw, ps, bar: (2 * pw + ps) / 3 >= bar,
    "mean_if_style80": lambda pw, ps, bar: ps >= 0.80 and (pw + ps) / 2 >= bar,
    "style80_pw50": lambda pw, ps, bar: ps >= 0.80 and pw >= 0.50,
    "style90": lambda pw, ps, bar: ps >= 0.90,
    "lower10_if_style90": lambda pw, ps, bar: ps >= 0.90 and pw >= bar - 0.10,
}

_LAST = "    return probability() >= (PROSE_WITH_KIND if found else PROSE_ALONE)\n"


def _install_hook() -> None:
    """Replace the last line of ``reads_as_published`` by a call of ``published._last_decision``."""
    src = inspect.getsource(published.reads_as_published)
    assert src.endswith(_LAST), "the last decision of reads_as_published changed"
    src = src[:-len(_LAST)] + "    return _last_decision(head, probability(), PROSE_WITH_KIND if found else PROSE_ALONE)\n"
    exec(compile(src, published.__file__, "exec"), published.__dict__)  # noqa: S102 - a bench's own patch


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--blind", default="", help="corpora left out of training and scoring, comma-separated")
    ap.add_argument("--only", default="", help="score only these corpora (comma-separated)")
    args = ap.parse_args(argv)
    blind = {b for b in args.blind.split(",") if b}
    corpora = sorted(p.stem for p in build.CORPORA.glob("*.jsonl") if p.stem != "names" and p.stem not in blind)
    texts = build.texts(corpora)
    word_docs = [(c, prose.features(t), y) for c, t, y in texts if c in build.TRAIN or c == build.DEV.stem]
    style_X = np.array([style(t) for _, t, _ in texts])
    style_y = np.array([y for _, _, y in texts], dtype=float)
    style_c = np.array([c for c, _, _ in texts])
    _install_hook()
    policy = policy_in_force(None, load_admin_settings())
    detector = get_detector()
    totals = {v: [0, 0] for v in ["base", *VARIANTS]}
    rows = []
    scored = [c for c in corpora if not args.only or c in args.only.split(",")]
    for name in scored:
        weights, bias = build.train([d for d in word_docs if d[0] != name])
        prose._model = lambda w=weights, b=bias: (w, b)  # noqa: E731
        smodel = train_style(style_X[style_c != name], style_y[style_c != name])
        ps_out = [style_probability(smodel, x) for x in style_X[style_c == name]]
        ys = style_y[style_c == name]
        print(f"{'':20s} style alone: public {int(sum(ys))} >=0.9: {sum(p >= 0.9 for p, y in zip(ps_out, ys) if y)}"
              f"   private {int(len(ys) - sum(ys))} >=0.9: {sum(p >= 0.9 for p, y in zip(ps_out, ys) if not y)}")
        calls: list[tuple[float, float, float]] = []
        mode: list = [None]

        def last(head, pw, bar):
            ps = style_probability(smodel, style(head))
            calls.append((pw, ps, bar))
            return pw >= bar or (mode[0] is not None and mode[0](pw, ps, bar))

        published._last_decision = last
        docs = [json.loads(line) for line in (build.CORPORA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        base = []
        record = []
        for doc in docs:
            calls.clear()
            base.append(evaluate(detector.analyze(doc["text"]), policy).warn)
            record.append(list(calls))
        counts = {}
        for vname, rule in [("base", None), *VARIANTS.items()]:
            fw = missed = 0
            for doc, warn, rec in zip(docs, base, record):
                if rule is not None and any(not pw >= bar and rule(pw, ps, bar) for pw, ps, bar in rec):
                    mode[0] = rule
                    warn = evaluate(detector.analyze(doc["text"]), policy).warn
                    mode[0] = None
                if doc["warn"]:
                    missed += not warn
                else:
                    fw += warn
            counts[vname] = (fw, missed)
            totals[vname][0] += fw
            totals[vname][1] += missed
        rows.append((name, counts))
        print(f"{name:20s} " + " ".join(f"{v}={fw}/{m}" for v, (fw, m) in counts.items()), flush=True)
    print("\nvariant → false warnings / missed warnings (all scored corpora)")
    for v, (fw, m) in totals.items():
        print(f"  {v:22s} {fw:4d} / {m:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
