"""The detection engine: Presidio's ``AnalyzerEngine`` for Dutch, plus the category classifier.

Texts are normalised first (invisible characters, full-width digits), cut into overlapping
chunks when long (memory and time stay linear), analysed, mapped back to original offsets, and
overlapping findings are resolved so that one span is reported once, as its most specific type.
"""
from __future__ import annotations

import importlib
import inspect
import logging
import pkgutil
import threading
import time
from bisect import bisect_left, bisect_right, insort
from itertools import accumulate
from operator import le, sub
from collections.abc import Iterable

import regex
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)

from detectors import categories as category_classifier
from detectors import gcpause, prose, published, textcache
from detectors import recognizers as recognizer_package
from detectors.context import LinearContextEnhancer
from detectors.model import REPORT_THRESHOLD, Analysis, Finding
from detectors.nlp import PlakwachtNlpEngine
from detectors.normalize import normalize

log = logging.getLogger(__name__)

LANGUAGE = "nl"
#: Texts longer than this are analysed in chunks of this size...
CHUNK = 100_000
#: ...that overlap by this much, so a finding on a chunk border is still seen whole.
OVERLAP = 1_000
#: Analyse an identical chunk of one text once (see ``Detector._analyze``); off only to compare with the full path.
REUSE_CHUNKS = True
#: Passed to Presidio for its allow-list matching; pattern recognizers use their own
#: ``global_regex_flags`` (see ``detectors/recognizers/__init__.py``).
REGEX_FLAGS = regex.M


def discover_recognizers() -> list[type[EntityRecognizer]]:
    """Every recognizer class in ``detectors/recognizers/*_recognizer.py``, sorted by name."""
    found = []
    for info in pkgutil.iter_modules(recognizer_package.__path__):
        if not info.name.endswith("_recognizer"):
            continue
        module = importlib.import_module(f"{recognizer_package.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (issubclass(cls, EntityRecognizer) and cls.__module__ == module.__name__
                    and not cls.__name__.startswith("_") and not inspect.isabstract(cls)):
                found.append(cls)
    return sorted(found, key=lambda c: c.__name__)


class _Engine(AnalyzerEngine):
    """Presidio's engine with a context step that reads the results once per text.

    Presidio splits the results into "this recognizer's" and "the others'" with two passes over
    all results for every recognizer (tens of recognizers times tens of thousands of names on a
    long list of names). Here they are grouped by recognizer id in one pass, and the others' list is
    only built for a recognizer that overrides ``enhance_using_context`` (Presidio's own returns
    the recognizer's results as they are). Same results, same order.
    """

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        grouped: dict = {}
        for r in raw_results:
            grouped.setdefault(r.recognition_metadata[key], []).append(r)
        results = []
        for recognizer in recognizers:
            rid = recognizer.id
            own = grouped.get(rid, [])
            if type(recognizer).enhance_using_context is EntityRecognizer.enhance_using_context:
                results.extend(own)
                continue
            others = [r for r in raw_results if r.recognition_metadata[key] != rid]
            results.extend(recognizer.enhance_using_context(
                text=text, raw_recognizer_results=list(own), other_raw_recognizer_results=others,
                nlp_artifacts=nlp_artifacts, context=context))
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers,
            context=context)

    def analyze(self, text, language, score_threshold=None, **kwargs):
        """Presidio's ``analyze`` as the detector calls it (all entities, a score threshold), with
        :func:`remove_duplicates` for Presidio's ``EntityRecognizer.remove_duplicates``: that one hashes an
        f-string per result and sorts with Python keys (0.13-0.19 s per MB of a dense export). Same results,
        same order. Any other option is Presidio's own ``analyze``."""
        # (regex_flags only serve an allow list, which is not given)
        if set(kwargs) - {"regex_flags"} or score_threshold is None or self.log_decision_process:
            return super().analyze(text, language, score_threshold=score_threshold, **kwargs)
        recognizers = self.registry.get_recognizers(language=language, entities=None, all_fields=True,
                                                    ad_hoc_recognizers=None)
        entities = self.get_supported_entities(language=language)
        nlp_artifacts = self.nlp_engine.process_text(text, language)
        results = []
        for recognizer in recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            current = recognizer.analyze(text=text, entities=entities, nlp_artifacts=nlp_artifacts)
            if current:
                self._AnalyzerEngine__add_recognizer_id_if_not_exists(current, recognizer)
                results.extend(current)
        results = self._enhance_using_context(text, results, nlp_artifacts, recognizers, None)
        results = remove_duplicates([r for r in results if r.score >= score_threshold])
        for r in results:  # (Presidio drops the decision process unless asked for it)
            r.analysis_explanation = None
        return results


def remove_duplicates(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """What Presidio's ``EntityRecognizer.remove_duplicates`` returns, the same objects in the same order.

    Presidio: equal results (start, end, score, type) once, the first of them (a set); then per type, by
    start, longest first, highest score first, drop a zero score and a result inside an earlier kept one of
    the same type with a score as high or higher; then by score (highest first), start, longest first, the
    type's order breaking ties (a stable sort). Here each result is a plain tuple of those fields: distinct
    results have distinct tuples, so both sorts are C comparisons of tuples with no ties left to break. In a
    dense export most types have no result that touches another of its type: then none of that type can be
    dropped, which a column-wise test in C shows (the loop of :func:`_drop_contained` runs only on the types
    where one may be dropped); two comprehensions remain per result (about 2-3 times faster than Presidio's
    on the exports of bench/speed_limits.py).
    """
    keys = [(r.entity_type, r.start, r.start - r.end, -r.score) for r in results]
    by_key = dict(zip(reversed(keys), reversed(results)))  # (the first of equal results: the last one set)
    ordered = sorted(by_key)
    if not ordered:
        return []
    types, starts, neg_lens, neg_scores = zip(*ordered)
    kept: list[tuple] = []
    i = 0
    while i < len(ordered):  # (per type: a few)
        j = bisect_right(types, types[i], i)
        # a zero score, an empty span, or a result that starts at or before the end of one before it of its
        # type: maybe one to drop ("at": Presidio's test counts a span that only touches another)
        if 0 in neg_scores[i:j] or max(neg_lens[i:j]) >= 0 or any(map(
                le, starts[i + 1:j], accumulate(map(sub, starts[i:j], neg_lens[i:j]), max))):
            kept.extend(_drop_contained(ordered[i:j]))
        else:
            kept.extend(ordered[i:j])
        i = j
    final = dict(zip([(ns, s, nl, t) for t, s, nl, ns in kept], map(by_key.__getitem__, kept)))
    return list(map(final.__getitem__, sorted(final)))


def _drop_contained(ordered: list[tuple]) -> list[tuple]:
    """Presidio's loop over the results in ``ordered`` (type, start, -length, -score): the kept ones."""
    kept = []
    typ = None
    active: list[tuple] = []  # (start, end, score) kept of this type that may still contain a later one
    for key in ordered:
        t, start, neg_len, neg_score = key
        score = -neg_score
        if score == 0:
            continue
        if t != typ:
            typ, active = t, []
        end = start - neg_len
        if active:
            active = [a for a in active if a[1] >= start]
            if any(a[0] <= start and end <= a[1] and score <= a[2] for a in active):
                continue
        active.append((start, end, score))
        kept.append(key)
    return kept


class Detector:
    """Analyse texts for personal data and internal content.

    Args:
        nlp: a spaCy ``Language`` to use instead of the shipped pipeline (tests).
        recognizers: recognizer instances to use instead of the discovered ones (tests).
    """

    def __init__(self, nlp=None, recognizers: Iterable[EntityRecognizer] | None = None):
        began = time.perf_counter()
        nlp_engine = PlakwachtNlpEngine(nlp)
        nlp_engine.load()
        self._nlp = nlp_engine.nlp[LANGUAGE]
        self._zone_lock = threading.Lock()
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        if recognizers is None:
            recognizers = [cls() for cls in discover_recognizers()]
        self.recognizers = list(recognizers)
        for rec in self.recognizers:
            registry.add_recognizer(rec)
        self._by_name = {rec.name: rec for rec in self.recognizers}
        self._engine = _Engine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=[LANGUAGE],
            context_aware_enhancer=LinearContextEnhancer(
                context_similarity_factor=0.35,
                min_score_with_context_similarity=0.4,
                context_prefix_count=6,
                context_suffix_count=2,
            ),
        )
        # The first call loads lazy parts (phone metadata, regex caches): pay for it now, not on
        # the first real clipboard text.
        self.analyze(_WARM_UP)
        prose.probability(_WARM_UP)  # read the prose model's weights now too (the warm-up text is private)
        self.start_seconds = time.perf_counter() - began
        log.info("detector ready in %.2f s with %d recognizers", self.start_seconds, len(self.recognizers))

    # -- public -------------------------------------------------------------------------------
    def analyze(self, text: str) -> Analysis:
        """Analyse one text. Never raises on odd input; ``ms`` is the time it took."""
        began = time.perf_counter()
        try:
            with gcpause.paused(len(text)):
                findings, cats = self._analyze(text)
        finally:
            textcache.forget()  # no word of this text stays in a cache
        ms = (time.perf_counter() - began) * 1000
        return Analysis(findings=findings, categories=cats, ms=ms, text_length=len(text))

    def remembers(self, word: str) -> bool:
        """Whether spaCy's string store still holds ``word``. After an analysis none of its words may
        (``plakwacht --self-test`` checks this in the build as it is shipped)."""
        return word in self._nlp.vocab.strings

    # -- internals ----------------------------------------------------------------------------
    def _analyze(self, text: str):
        norm = normalize(text)
        results = []
        # A chunk's findings depend on the chunk's text alone (every cache on the way is keyed by content and
        # emptied per text), so an identical chunk is analysed once and its findings are shifted. A paste of one
        # phrase or line repeated (1 MB of "Beste Jan de Vries, ") cuts into only a few distinct chunks; for a
        # text of one chunk, or of distinct chunks, nothing changes. The dict lives as long as this call.
        seen: dict[str, list[tuple]] = {}
        span = norm.span
        for offset, chunk in _chunks(norm.text):
            found = seen.get(chunk) if REUSE_CHUNKS else None
            if found is None:
                found = seen[chunk] = self._analyze_chunk(chunk)
            # (one Finding per finding, made here: a frozen dataclass costs a Python call per field, some 0.7 us)
            if norm.offsets is None:  # (then norm.span maps a span to itself)
                results.extend([Finding(t, s + offset, e + offset, score, reason) for t, s, e, score, reason in found])
            else:
                for t, s, e, score, reason in found:
                    s, e = span(s + offset, e + offset)
                    results.append(Finding(t, s, e, score, reason))
        findings = resolve_overlaps(results)
        cats = category_classifier.classify(norm.text, findings_in_normalized(findings, norm))
        if findings or cats:
            findings, cats = _unless_published(norm.text, findings, cats, text)
        return findings, [_map_category(c, norm) for c in cats]

    def _analyze_chunk(self, chunk: str) -> list[tuple[str, int, int, float, str]]:
        """The findings of one chunk as ``(type, start, end, score, reason)``, offsets in the chunk."""
        # spaCy keeps every string its tokenizer meets for the life of the process, unless it is met
        # in a memory zone: without one each clipboard's names and numbers would stay readable in
        # memory (and in a crash dump). A zone's end frees all that was made in it, also what another
        # thread would still be reading (the guard analyses on its worker threads and, for a reason,
        # on the GUI thread): one zone at a time, per chunk, so a wait is one chunk's analysis long.
        with self._zone_lock, self._nlp.memory_zone():
            raw: list[RecognizerResult] = self._engine.analyze(
                chunk, language=LANGUAGE, score_threshold=REPORT_THRESHOLD, regex_flags=REGEX_FLAGS,
            )
        out = []
        for res in raw:
            if res.entity_type not in _TYPES:
                continue
            out.append((res.entity_type, res.start, res.end, round(min(res.score, 1.0), 3), self._reason(res)))
        return out

    def _reason(self, res: RecognizerResult) -> str:
        expl = res.analysis_explanation
        name = (res.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
        rec = self._by_name.get(name)
        # A recognizer may leave its own Dutch reason in the metadata: Presidio keeps that, while
        # it drops explanations unless the (slow) decision process is asked for.
        reason = str((res.recognition_metadata or {}).get("reason") or "")
        if not reason and expl is not None and expl.textual_explanation and not expl.textual_explanation.startswith(
                _PRESIDIO_ENGLISH):
            reason = expl.textual_explanation
        if not reason:
            reason = getattr(rec, "REASON", "") or res.entity_type
        if expl is not None and expl.supportive_context_word:
            reason += f" (bij het woord '{expl.supportive_context_word}')"
        return reason


from detectors.model import ENTITY_TYPES as _ENTITY_TYPES  # noqa: E402

_TYPES = frozenset(_ENTITY_TYPES)
# Types that only fire right after their own keyword ("klantnummer 123456782"): on the very same
# span they say more than a checksum that one number in eleven passes by chance (BSN).
_ANCHORED = {"CASE_NUMBER": 1, "EMPLOYEE_NUMBER": 1, "KVK_NUMBER": 1, "ID_DOCUMENT": 1}
_WARM_UP = ("Van: Jan de Vries\nAan: team\nBeste Sanne, bel 06-12345678 of mail j.devries@example.nl. "
            "BSN 111222333, IBAN NL91ABNA0417164300, Dorpsstraat 1, 1234 AB Ergens, geboren 01-02-1980.")
# Presidio's own explanations are English and technical; the recognizer's REASON is shown instead.
_PRESIDIO_ENGLISH = ("Detected by", "Identified as", "Recognized as")


#: What a published text may carry without it leading to a private person: the names, office
#: numbers, mailboxes and addresses of people and bodies in their public role, the numbers of
#: published rulings and decisions. A BSN or an IBAN never counts as published (it vetoes it).
_PUBLISHED_OK = frozenset({"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "POSTCODE", "CASE_NUMBER",
                           "KVK_NUMBER", "VAT_NUMBER", "DATE_OF_BIRTH"})


def _unless_published(text: str, findings: list[Finding], cats: list, original: str) -> tuple[list[Finding], list]:
    """Drop what a published text (news, a ruling, a press page) carries in public; keep the rest. ``original``: the
    text before normalising, where the findings' spans point."""
    names = [c.name for c in cats]
    in_full = all(len(original[f.start:f.end].split()) >= 2 for f in findings if f.type == "PERSON")
    if not published.reads_as_published(text, {f.type for f in findings}, names, names_in_full=in_full):
        return findings, cats
    # health data in a published ruling is about an anonymised party
    return [f for f in findings if f.type not in _PUBLISHED_OK], [c for c in cats if c.name != "HEALTH_DATA"]


def _chunks(text: str):
    """Yield ``(offset, chunk)``; chunks overlap and are cut at white space where possible."""
    if len(text) <= CHUNK:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(start + CHUNK, len(text))
        if end < len(text):
            cut = text.rfind(" ", end - OVERLAP, end)
            if cut > start:
                end = cut
        yield start, text[start:end]
        if end >= len(text):
            break
        nxt = text.rfind(" ", end - OVERLAP, end - OVERLAP // 2)
        start = nxt + 1 if nxt > start else end - OVERLAP


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """One finding per span: the longest wins an overlap, then the highest score.

    Also removes exact duplicates that chunk overlaps produce. A KvK number inside a btw-id,
    a URL inside an e-mail address, a phone number inside an IBAN: the longer, more specific
    span is what the person sees.

    The greedy choice below (in order of precedence, keep what overlaps nothing kept) only ever
    compares findings that overlap, so it is made per group of findings that overlap one another
    in a chain: a finding alone in its group is kept as it is (most of a dense export's tens of
    thousands), and no group pays for the size of the others (one list of all kept spans with an
    insert into its middle per finding grew quadratic). Same choice, same order as
    :func:`_resolve_overlaps_greedy` on the whole list (compared in tests/detectors/test_resolve_overlaps.py).
    """
    if len(findings) < 2:
        return list(findings)
    for f in findings:
        if f.end <= f.start:
            # an empty span overlaps by the rule of the bisect in the old code, not by a chain of
            # overlapping spans: the whole list the old way (no recognizer gives one)
            return _resolve_overlaps_greedy(findings)
    # (start, end, position in the input): by position, not the finding, so that equal spans keep
    # their input order, which the precedence sort below keeps for full ties (stable sort)
    order = sorted(range(len(findings)), key=lambda i: (findings[i].start, findings[i].end))
    kept: list[Finding] = []
    group: list[int] = []
    reach = -1  # the furthest end in the group so far
    for i in order:
        f = findings[i]
        if group and f.start >= reach:
            _keep_of_group(findings, group, kept)
            group = []
        group.append(i)
        if f.end > reach or len(group) == 1:
            reach = f.end
    _keep_of_group(findings, group, kept)
    return kept


def _keep_of_group(findings: list[Finding], group: list[int], kept: list[Finding]) -> None:
    """Append to ``kept`` what the greedy choice keeps of one group, by start."""
    if len(group) == 1:
        kept.append(findings[group[0]])
        return
    group.sort()  # input order, as the old code sorted the whole input
    kept.extend(_resolve_overlaps_greedy([findings[i] for i in group]))


def _resolve_overlaps_greedy(findings: list[Finding]) -> list[Finding]:
    """The choice itself: in order of precedence, keep a finding that overlaps nothing kept."""
    ordered = sorted(findings, key=lambda f: (-(f.end - f.start), -_ANCHORED.get(f.type, 0), -f.score,
                                              f.start, f.type))
    kept: list[Finding] = []
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping spans
    for f in ordered:
        i = bisect_left(taken, (f.start, f.end))
        clash = (i > 0 and taken[i - 1][1] > f.start) or (i < len(taken) and taken[i][0] < f.end)
        if clash:
            continue
        insort(taken, (f.start, f.end))
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))


def findings_in_normalized(findings: list[Finding], norm) -> list[Finding]:
    """The findings with offsets in the normalised text (for the category classifier)."""
    if norm.offsets is None:
        return findings
    out = []
    for f in findings:
        s = norm.offsets.index_of(f.start)
        e = norm.offsets.index_of(f.end)
        out.append(Finding(f.type, s, e, f.score, f.reason))
    return out


def _map_category(hit, norm):
    s, e = norm.span(hit.start, hit.end)
    if (s, e) == (hit.start, hit.end):
        return hit
    from dataclasses import replace

    return replace(hit, start=s, end=e)
