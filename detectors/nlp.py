"""The spaCy pipeline Plakwacht ships for Dutch: a blank ``nl`` tokenizer with lookup lemmas.

The Dutch statistical models (``nl_core_news_*``) are not installable everywhere and cost
hundreds of MB. Plakwacht needs tokens and lemmas (Presidio's context words match on lemmas:
"woont" must count as "wonen"), which spaCy's blank Dutch tokenizer plus the lemma lookup table
of ``spacy-lookups-data`` (MIT, shipped here as ``data/nl_lemma_lookup.json.gz``) gives; the
table is applied by :class:`PlakwachtNlpEngine` as a plain dict look-up per token.
When a real Dutch model is installed it is used instead; nothing is ever downloaded.
"""
from __future__ import annotations

import importlib.util
import logging
from bisect import bisect_right
from itertools import accumulate
import re
import re._constants as _sre_constants
import re._parser as _sre_parse
from pathlib import Path

from spacy.attrs import IDX, LENGTH
from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    SpacyNlpEngine,
)

from detectors import textcache
from detectors.vocabulary import load_lemma_table

_WHITE = re.compile(r"\s")  # str.isspace, as spaCy's tokenizer splits
#: Cuts a text into its runs of white space (odd items) and of other characters (even items).
_RUNS = re.compile(r"(\s+)")
#: A character for which ``str.isalnum`` holds (``\w`` is those and '_').
_ALNUM = re.compile(r"[^\W_]")
#: Characters tokenized on each side of a match to find its context words; grown (four times
#: wider) when too few. The answer does not depend on it (a walk that runs out of the window asks
#: for a wider one); 100 covers the six words before and two after of most matches, and tokenizes
#: half of what 200 did (the context step: ~11 -> ~8 ms per 100 KB).
CONTEXT_WINDOW = 100
#: Windows may cost this many times the text's length in tokenizing before the whole text is tokenized instead.
_WINDOWED_BUDGET = 0.1
#: ...but a short text may always cost this many: its windows overlap (each piece is tokenized once,
#: see ``piece_tokens``) and tokenizing all of a short text's words costs more than a few windows.
_WINDOWED_FLOOR = 4_000
#: ``surrounding`` gives up (and the whole text is tokenized) when no token border is this near.
_BORDER_SEARCH = 400

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
#: Real Dutch models, best first; used only when already installed.
INSTALLED_MODELS = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
#: Longest text one spaCy call takes; the engine cuts longer texts into chunks.
MAX_LENGTH = 2_000_000


def installed_model() -> str | None:
    """The name of an installed Dutch spaCy model, or ``None``."""
    for name in INSTALLED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def build_pipeline(prefer_installed: bool = True):
    """Return a spaCy ``Language`` for Dutch: an installed model, else the shipped blank one."""
    import spacy

    name = installed_model() if prefer_installed else None
    if name:
        log.info("using installed spaCy model %s", name)
        nlp = spacy.load(name, exclude=["parser", "textcat"])
    else:
        nlp = spacy.blank("nl")
        # Kept as a plain dict for direct look-ups in PlakwachtNlpEngine.process_text: spaCy's
        # own lemmatizer component would hash all 213k entries into a Table first (1.3 s).
        nlp._plakwacht_lemmas = load_lemma_table()
        # Only the tokens' text and offsets are read (lemmas come from the table above). Without
        # this, every word spaCy has not seen runs some twenty attribute functions and adds its
        # norm, shape, prefix and suffix to the string store: ~45 µs a word, paid again for every
        # text now that each one is analysed in a memory zone (``Detector.analyze``).
        nlp.vocab.lex_attr_getters = {}
    nlp.max_length = MAX_LENGTH
    return nlp


def lemma_table(nlp) -> dict | None:
    """The lookup lemma table of a pipeline built by :func:`build_pipeline`, else ``None``."""
    return getattr(nlp, "_plakwacht_lemmas", None)


def _has_alnum(s: str) -> bool:
    """``any(c.isalnum() for c in s)``; a word of letters only answers in one C call."""
    return s.isalnum() or any(c.isalnum() for c in s)


def _maybe_words(table: dict, stop: frozenset) -> frozenset:
    """The words ``k`` of the lemma table that are no keyword themselves (``not _is_keyword(k, k, v)``) while their
    lemma ``v`` may be one: no stop word, with a letter or digit in it.

    With ``v`` no stop word, ``k`` is no keyword when it is a stop word or has no letter or digit (white space has
    none). Asked of 213k entries at every start: with the cheap tests first it costs 0.05 s instead of 0.18 s of
    the detector's build (tests/detectors/test_speed19_equivalence.py compares it with the generator it replaced).
    """
    return frozenset(k for k, v in table.items() if (k in stop or not _has_alnum(k)) and v not in stop and _has_alnum(v))


class PlakwachtNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine on the pipeline of :func:`build_pipeline`, never downloading."""

    def __init__(self, nlp=None):
        super().__init__(
            models=[{"lang_code": "nl", "model_name": "plakwacht-nl"}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={"PER": "PERSON", "PERSON": "PERSON"},
                labels_to_ignore=["LOC", "GPE", "ORG", "MISC", "NORP", "FAC", "DATE", "CARDINAL",
                                  "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "TIME", "EVENT",
                                  "PRODUCT", "WORK_OF_ART", "LANGUAGE", "LAW"],
            ),
        )
        self._given = nlp
        textcache.holder(self)

    def forget_text(self) -> None:
        """Drop the pieces of the last text kept by :meth:`colon_keywords` and :meth:`piece_tokens`."""
        self.__dict__.pop("_colon_piece_parts", None)
        self.__dict__.pop("_piece_memo", None)

    def load(self) -> None:
        nlp = self._given if self._given is not None else build_pipeline()
        self.nlp = {"nl": nlp}
        self._lemmas = lemma_table(nlp)
        self._bridges = special_case_bridges(nlp.tokenizer)
        # Pieces are tokenized on their own only when no special case holds white space beside other
        # characters (spaCy's own have single white-space characters only); else the whole text at once.
        self._by_piece = not any(len(case) > 1 and any(c.isspace() for c in case)
                                 for case in nlp.tokenizer.rules or {})
        self._digit_shapes = digit_cases(nlp.tokenizer)
        url = nlp.tokenizer.url_match
        self._dotted_shapes = url is None or _url_blind_without_dotted_digits(url.__self__)
        from spacy.lang.nl.stop_words import STOP_WORDS

        self._stop = frozenset(STOP_WORDS)
        # Words that are no keyword themselves but whose lemma may be one elsewhere in the text
        # ("zei" -> "zeggen"): whether they count depends on the whole text (see ``surrounding``).
        table = self._lemmas or {}
        self._maybe = _maybe_words(table, self._stop)

    def _is_keyword(self, word: str, low: str, lemma: str) -> bool:
        return lemma not in self._stop and low not in self._stop and not word.isspace() and any(
            c.isalnum() for c in word)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Tokens, lemmas and keywords, built only when something asks for them.

        Only the context enhancer reads them, and only for a match whose score a context word
        could still raise; many texts need no tokenizing at all. With the shipped lookup
        pipeline the lemmatizer is a plain dict look-up, and the artifacts are built directly:
        Presidio's own conversion asks spaCy for ``is_stop`` and ``is_punct`` token by token and
        costs three times the tokenizer.
        """
        if self._lemmas is None:  # a real model: let it run its components
            return super().process_text(text, language)
        return LazyNlpArtifacts(self, self.nlp[language], text)

    def tokenize(self, nlp, text: str):
        """``(doc, words, lemmas, keywords)`` for ``text`` with the lookup lemmas."""
        doc = nlp.make_doc(text)
        table = self._lemmas
        stop = self._stop
        words = [t.text for t in doc]
        lemmas = []
        keywords = []
        for w in words:
            low = w.lower()
            lemma = table.get(low, low)
            lemmas.append(lemma)
            if lemma not in stop and low not in stop and not w.isspace() and any(c.isalnum() for c in w):
                keywords.extend(lemma.split(":"))
        return doc, words, lemmas, keywords

    def piece_tokens(self, nlp, text: str):
        """spaCy's tokens of ``text`` as ``(segments, memo)``; ``memo[segment]`` is ``(starts, words)``.

        ``segments`` are the ``(offset, segment)`` pairs spaCy's tokenizer cuts ``text`` into before
        it tokenizes each on its own (see :func:`segments`); the memo holds each distinct segment's
        tokens, with starts relative to the segment, for the rest of the text being analysed.
        An export repeats its pieces ("('Kerkstraat',", "AB'),") and overlapping windows ask for
        the same pieces again: each is tokenized once. The ones not yet known go to spaCy in one
        call (see :func:`_tokenize_joined`).
        """
        memo = self.__dict__.setdefault("_piece_memo", {}).setdefault(id(nlp), {})
        if not self._by_piece:
            if text not in memo:
                memo[text] = _tokens_alone(nlp, text)
            return ([(0, text)] if text else []), memo
        segs = segments(text, self._bridges)
        new = {seg: None for _, seg in segs if seg not in memo}
        if not new:
            return segs, memo
        if len(memo) + len(new) > 200_000:  # one huge text of distinct pieces: memory stays bounded
            memo.clear()
            new = {seg: None for _, seg in segs}
        shaped = {}  # piece -> its digit shape, for the pieces cut as their shape is (see _digit_shape)
        if self._digit_shapes is not None:
            for seg in new:
                shape = self._digit_shape(seg)
                if shape is not None:
                    shaped[seg] = shape
        ask = {}
        for seg in new:
            ask[shaped.get(seg, seg)] = None
        ask = [seg for seg in ask if seg not in memo]
        for seg in ask:
            if seg[0].isspace():  # white space beyond a single space: few distinct ones
                memo[seg] = _tokens_alone(nlp, seg)
        words_only = [seg for seg in ask if not seg[0].isspace()]
        if words_only:
            _tokenize_joined(nlp, words_only, memo)
        for seg, shape in shaped.items():
            rel, words = memo[shape]
            memo[seg] = (rel, tuple(seg[i:i + len(w)] for i, w in zip(rel, words)))
        return segs, memo

    def _digit_shape(self, piece: str) -> str | None:
        """``piece`` with every ASCII digit made '0', when spaCy cuts both at the same places.

        A data export's pieces differ in their digits only ("'0612345678',", "'0698765432',"):
        tokenized as one shape they cost spaCy one call, not thousands (each with a new lexeme).
        The cuts are the same when no step of spaCy's tokenizer tells digits apart on this piece:
        its prefix, suffix and infix rules treat all ASCII digits alike (checked on the rules'
        parsed patterns when the engine loads, :func:`_digit_blind`), its URL rule cannot match
        without a '.' (also checked there) and the piece has none, or (with a '.') the URL rule
        tells digits apart only where it matches a digit, a '.' and a digit in a row (an IP
        address, :func:`_url_blind_without_dotted_digits`) and the piece has no such three; no
        special case with a digit (":0", "2d.") fits in the piece; the piece is one piece (no
        bridged space).
        ``None`` when any of this does not hold or the piece has no digit.
        """
        shape = piece.translate(_ZEROS)
        if shape == piece or " " in piece:
            return None
        if "." in piece and (not self._dotted_shapes or _DIGIT_DOT_DIGIT.search(piece)):
            return None
        for case in self._digit_shapes:
            if case in shape:
                return None
        return shape

    def colon_keywords(self, nlp, text: str) -> frozenset:
        """The keyword parts that only a word with ':' adds ("10:30" adds "10" and "30").

        spaCy cuts a text at white space first and tokenizes each piece on its own, so the pieces
        with a colon, tokenized alone, give exactly the tokens with a colon of the whole text (a
        piece that a special case may bridge to its neighbour is tokenized with it, see
        :func:`special_case_bridges`). Linear: each piece is found from its colon and looked at once.
        """
        parts: set[str] = set()
        # (what one piece adds depends on the piece alone: kept per piece and pipeline, as the same
        # "Naam:" or "09:30" comes back in a text)
        cache = self.__dict__.setdefault("_colon_piece_parts", {})
        units = list(_colon_units(text, self._bridges))
        if self._by_piece:
            # The pieces not yet known go to spaCy in one call, into the memo of piece_tokens (a unit is white-space
            # delimited, single spaces bridged: tokenized alone like a segment; the windows of the context step
            # then find these pieces tokenized), not one spaCy call per piece.
            memo = self.__dict__.setdefault("_piece_memo", {}).setdefault(id(nlp), {})
            ask = [u for u in dict.fromkeys(units) if (id(nlp), u) not in cache and u not in memo]
            if ask:
                if len(memo) + len(ask) > 200_000:  # (bounded as in piece_tokens)
                    memo.clear()
                    ask = [u for u in dict.fromkeys(units) if (id(nlp), u) not in cache]
                _tokenize_joined(nlp, ask, memo)
        for piece in dict.fromkeys(units):  # (a piece adds the same parts each time: each distinct one once)
            key = (id(nlp), piece)
            found = cache.get(key)
            if found is None:
                if len(cache) > 20_000:
                    cache.clear()
                got = memo.get(piece) if self._by_piece else None  # (absent only after a cache was emptied)
                words = got[1] if got is not None else _tokens_alone(nlp, piece)[1]
                found = cache[key] = self._colon_parts_of_words(words)
            parts.update(found)
        return frozenset(parts)

    def _colon_parts_of_words(self, words) -> tuple[str, ...]:
        table = self._lemmas
        out: list[str] = []
        for w in words:
            if ":" not in w:
                continue
            low = w.lower()
            lemma = table.get(low, low)
            if self._is_keyword(w, low, lemma):
                out.extend(lemma.split(":"))
        return tuple(out)

    def context_entry(self, word: str, colon_parts: frozenset):
        """What the context enhancer keeps of one token: ``()``, ``(lemma,)`` or ``(lemma, surface)``.

        ``None`` when that depends on the rest of the text (a word of ``_maybe``).
        """
        low = word.lower()
        lemma = self._lemmas.get(low, low)
        if lemma in colon_parts or (":" not in lemma and self._is_keyword(word, low, lemma)):
            return (lemma, low) if low != lemma else (lemma,)
        if low in self._maybe:
            return None
        return ()


class LazyNlpArtifacts(NlpArtifacts):
    """Presidio's ``NlpArtifacts``, tokenized on first use."""

    def __init__(self, engine: PlakwachtNlpEngine, nlp, text: str):  # noqa: D107 - no super(): all lazy
        self.entities = []
        self.scores = []
        self.nlp_engine = engine
        self._nlp = nlp
        self._text = text
        self._built = None
        self._colon_parts = None
        self._windowed = 0  # characters tokenized in windows so far
        self._index = None  # see context_index
        self._kw = None  # see _segment_index
        self._entries: dict = {}  # see _entry

    def context_index(self):
        """``(starts, words, entries)`` of every token of the whole text, built from spaCy's tokens
        per piece (:meth:`PlakwachtNlpEngine.piece_tokens`).

        ``entries[i]`` is what ``LinearContextEnhancer`` keeps of token ``i`` from Presidio's
        artifacts: ``(lemma, surface)`` or ``(lemma,)`` when its lower-cased lemma is one of the
        text's keywords, else ``()``. Presidio's lists (``tokens``, ``lemmas``, ``keywords``)
        are not built. (The enhancer reads the same through :meth:`context_locate` and
        :meth:`context_keywords`, which hold nothing per token but the keywords.)
        """
        if self._index is None:
            offsets, keys, info, _, _ = self._segment_index()
            starts: list[int] = []
            words: list[str] = []
            entries: list[tuple] = []
            for offset, key in zip(offsets, keys):
                rel, ws = info[key]
                starts.extend(offset + r for r in rel)
                words.extend(ws)
                entries.extend(self._entry_of[w] for w in ws)
            self._index = (starts, words, entries)
        return self._index

    def context_keywords(self):
        """``(starts, entries)`` of the tokens with a non-empty entry in :meth:`context_index`, in
        order: a walk over them skips the others in one step."""
        return self._segment_index()[3:]

    def context_locate(self, start: int) -> int | None:
        """Where the token starts that Presidio's walk starts from for a match at ``start``: the
        token holding ``start``, else the next one (else the last); ``None`` without tokens."""
        offsets, keys, info, _, _ = self._segment_index()
        if not offsets:
            return None
        s = bisect_right(offsets, start) - 1
        if s < 0:
            return offsets[0]  # before the first token
        rel, words = info[keys[s]]
        r = start - offsets[s]
        t = bisect_right(rel, r) - 1  # >= 0: a piece's first token starts where the piece does
        if r < rel[t] + len(words[t]):
            return offsets[s] + rel[t]
        if t + 1 < len(rel):
            return offsets[s] + rel[t + 1]
        if s + 1 < len(offsets):
            return offsets[s + 1]
        return offsets[s] + rel[t]  # the last token

    def _segment_index(self):
        """``(offsets, keys, info, keyword starts, keyword entries)``: each piece's offset and string,
        per distinct piece its ``(starts, words)``, and :meth:`context_keywords`."""
        if self._kw is not None:
            return self._kw
        engine = self.nlp_engine
        segs, memo = engine.piece_tokens(self._nlp, self._text)
        table, stop = engine._lemmas, engine._stop
        distinct = dict.fromkeys(seg for _, seg in segs)
        # per distinct word: (lemma.lower(), surface); words repeat far more than pieces do
        # ("'", ",", "Kerkstraat"); the keywords as Presidio's artifacts list them
        word_info: dict = {}
        keywords: set = set()
        for seg in distinct:
            for w in memo[seg][1]:
                if w not in word_info:
                    low = w.lower()
                    lemma = table.get(low, low)
                    word_info[w] = (lemma.lower(), low)
                    if lemma not in stop and low not in stop and not w.isspace() and _ALNUM.search(w):
                        keywords.update(lemma.split(":"))
        entry_of = {w: () if lemma not in keywords else (lemma, low) if low != lemma else (lemma,)
                    for w, (lemma, low) in word_info.items()}
        info, kw_rel, kw_entries_of = {}, {}, {}
        entry = entry_of.__getitem__
        for seg in distinct:
            rel, words = info[seg] = memo[seg]
            if not rel or rel[0]:  # (spaCy gives every piece tokens, the first where the piece starts)
                raise AssertionError("a piece without a token at its start")  # (never its text: a crash report)
            entries = list(map(entry, words))
            if any(entries):
                kw_rel[seg] = [r for r, e in zip(rel, entries) if e]
                kw_entries_of[seg] = [e for e in entries if e]
            else:
                kw_rel[seg] = kw_entries_of[seg] = ()
        self._entry_of = entry_of
        offsets = [o for o, _ in segs]
        keys = [seg for _, seg in segs]
        kw_starts = [o + r for o, seg in segs for r in kw_rel[seg]]
        kw_entries = [e for seg in keys for e in kw_entries_of[seg]]
        self._kw = (offsets, keys, info, kw_starts, kw_entries)
        return self._kw

    def _build(self):
        if self._built is None:
            doc, words, lemmas, keywords = self.nlp_engine.tokenize(self._nlp, self._text)
            indices = doc.to_array("IDX").tolist() if len(doc) else []
            self._built = (doc, words, lemmas, keywords, indices)
        return self._built

    def surrounding(self, start: int, before: int, after: int) -> list[str] | None:
        """The context words around ``start``, as the enhancer would find them in the whole text.

        Tokenizes only a window around ``start`` (cut at white space, so its tokens are the
        tokens of the whole text there), widened until it holds ``before``/``after`` keywords.
        ``None`` when the answer needs the whole text; the caller then uses the full tokens.
        """
        text = self._text
        n = len(text)
        if self._built is not None or self._kw is not None or not n:
            return None
        engine = self.nlp_engine
        if self._colon_parts is None:
            self._colon_parts = engine.colon_keywords(self._nlp, text) if ":" in text else frozenset()
        if self._windowed > max(_WINDOWED_BUDGET * n, _WINDOWED_FLOOR):
            # many findings in a text with few context words (an SQL dump, an export): the windows have
            # cost more than tokenizing the whole text once, which the caller then does (same answer)
            return None
        width = CONTEXT_WINDOW
        while width < n:
            a = _run_start(text, max(start - width, 0), engine._bridges)
            b = _run_end(text, min(start + width, n), engine._bridges)
            if a is None or b is None:
                return None
            self._windowed += b - a
            idx, words = _flat_tokens(*engine.piece_tokens(self._nlp, text[a:b]))
            found = _walk(self._entry, words, idx, start - a, before, after, a == 0, b == n)
            if found is None:
                return None
            if found is not _WIDER:
                return found
            width *= 4
        return None

    def _entry(self, word: str):
        """``context_entry`` of ``word`` in this text, kept per word (words repeat)."""
        cache = self._entries
        entry = cache.get(word, _UNKNOWN)
        if entry is _UNKNOWN:
            entry = cache[word] = self.nlp_engine.context_entry(word, self._colon_parts)
        return entry

    tokens = property(lambda self: self._build()[0])
    _plakwacht_words = property(lambda self: self._build()[1])
    lemmas = property(lambda self: self._build()[2])
    keywords = property(lambda self: self._build()[3])
    tokens_indices = property(lambda self: self._build()[4])


_WIDER = object()
_SEPARATOR = "\r"
_ZEROS = str.maketrans("123456789", "000000000")
_UNKNOWN = object()


def _walk(entry_of, words, idx, start, before, after, at_start, at_end):
    """``LinearContextEnhancer._extract_surrounding_words`` on the tokens of a window.

    ``_WIDER`` when the window ran out before the walk was done; ``None`` when a word's part
    depends on the rest of the text.
    """
    i = max(bisect_right(idx, start) - 1, 0)
    if i + 1 < len(idx):
        if not start < idx[i] + len(words[i]):
            i += 1
    elif not at_end:
        return _WIDER
    found: list[str] = []
    for step, count, closed in ((-1, before, at_start), (1, after, at_end)):
        j, remaining = i, count + 1
        while 0 <= j < len(words) and remaining > 0:
            entry = entry_of(words[j])
            if entry is None:
                return None
            if entry:
                found.extend(entry)
                remaining -= 1
            j += step
        if remaining > 0 and not closed:
            return _WIDER
    return list(set(found))


def _run_start(text: str, p: int, bridges=frozenset()) -> int | None:
    """The nearest start of a white-space delimited piece at or before ``p`` (not one a special
    case may bridge to the piece before, see :func:`special_case_bridges`)."""
    if p <= 0:
        return 0
    lo = max(p - _BORDER_SEARCH, 0)
    for q in range(p, lo, -1):
        if text[q - 1].isspace() and not text[q].isspace() and not _bridged(text, q - 1, bridges):
            return q
    return 0 if lo == 0 else None


def _run_end(text: str, p: int, bridges=frozenset()) -> int | None:
    """The nearest end of a white-space delimited piece at or after ``p`` (as :func:`_run_start`)."""
    n = len(text)
    hi = min(p + _BORDER_SEARCH, n)
    for q in range(max(p, 1), hi):
        if text[q].isspace() and not text[q - 1].isspace() and not _bridged(text, q, bridges):
            return q
    return n if hi == n else None




def digit_cases(tokenizer) -> tuple[str, ...] | None:
    """The digit shapes of spaCy's special cases with an ASCII digit (":0" for ":3");
    ``None`` when digit shapes cannot be used with this tokenizer (see ``_digit_shape``)."""
    if tokenizer.token_match is not None:
        return None
    for rule in (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer):
        if rule is not None and not _digit_blind(rule.__self__):
            return None
    url = tokenizer.url_match
    if url is not None and _min_dots(_sre_parse.parse(url.__self__.pattern, url.__self__.flags)) < 1:
        return None
    # a piece holds a case with its digits changed exactly when the piece's shape holds the case's
    # shape (the other characters of a case are no digits); cases holding a shorter one are left out
    shapes = {case.translate(_ZEROS) for case in tokenizer.rules or {} if any(c in "0123456789" for c in case)}
    return tuple(sorted(s for s in shapes if not any(t != s and t in s for t in shapes)))


def _digit_blind(pattern: re.Pattern) -> bool:
    """Whether every part of ``pattern`` treats the ten ASCII digits alike (then a string and the
    same string with other digits match at the same places). Unknown parts count as not blind."""
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern this parser does not read: not proven
        return False
    return _blind(tree)


def _blind(tree) -> bool:
    c = _sre_constants
    for op, av in tree:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if chr(av) in "0123456789":
                return False
        elif op is c.IN:
            if len({_in_class(av, d) for d in "0123456789"}) != 1:
                return False
        elif op in (c.ANY, c.AT, c.CATEGORY):
            pass  # categories (\d, \w, \s and their negations) and anchors see all digits alike
        elif op is c.SUBPATTERN:
            if not _blind(av[3]):
                return False
        elif op is c.BRANCH:
            if not all(_blind(b) for b in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _blind(av[2]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _blind(av[1]):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _blind(av):
                return False
        else:  # back references and anything else
            return False
    return True


def _in_class(items, ch: str) -> bool:
    c = _sre_constants
    code = ord(ch)
    hit = False
    negate = False
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            hit = hit or av == code
        elif op is c.RANGE:
            hit = hit or av[0] <= code <= av[1]
        elif op is c.CATEGORY:
            hit = hit or av in (c.CATEGORY_DIGIT, c.CATEGORY_WORD, c.CATEGORY_NOT_SPACE, c.CATEGORY_NOT_LINEBREAK,
                                c.CATEGORY_UNI_DIGIT, c.CATEGORY_UNI_WORD, c.CATEGORY_UNI_NOT_SPACE,
                                c.CATEGORY_UNI_NOT_LINEBREAK)
        else:
            return ch == "0"  # unknown: make the digits differ, so the pattern is not proven blind
    return hit != negate


_DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")


def _url_blind_without_dotted_digits(pattern: re.Pattern) -> bool:
    """Whether ``pattern`` treats all ASCII digits alike on strings without a digit, '.', digit
    in a row: every part that tells digits apart is a negative look-ahead or an alternative whose
    every match holds such a row (spaCy's URL rule: its IP-address parts), so on such strings
    the look-aheads always pass and the alternatives never match."""
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - not proven
        return False
    return _blind_but_dotted(tree)


def _blind_but_dotted(tree) -> bool:
    c = _sre_constants
    for op, av in tree:
        if op is c.ASSERT_NOT:
            if not (_blind(av[1]) or _always_dotted_digits(av[1])):
                return False
        elif op is c.BRANCH:
            if not all(_blind_but_dotted(b) or _always_dotted_digits(b) for b in av[1]):
                return False
        elif op is c.SUBPATTERN:
            if not _blind_but_dotted(av[3]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _blind_but_dotted(av[2]):
                return False
        elif not _blind([(op, av)]):
            return False
    return True


def _always_dotted_digits(tree) -> bool:
    """Whether every string the parsed pattern matches holds a digit, a '.' and a digit in a row.

    Each character is read as its kind only, 'D' (a decimal digit, as ``\\d``), '.' or 'O' (any
    other); the pattern's strings of kinds are listed (look-arounds read as matching nothing,
    which only adds strings) and each must hold "D.D". Unbounded repeats: not proven.
    """
    words = _kind_strings(tree)
    return words is not None and all("D.D" in w for w in words)


def _kind_strings(tree, limit: int = 5000):
    c = _sre_constants
    out = {""}
    for op, av in tree:
        if op is c.LITERAL:
            ch = chr(av)
            part = {"." if ch == "." else "D" if ch.isdecimal() else "O"}
        elif op is c.IN:
            part = _kinds_of_class(av)
        elif op is c.CATEGORY:
            part = {"D"} if av in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT) else {"D", ".", "O"}
        elif op in (c.ANY, c.NOT_LITERAL):
            part = {"D", ".", "O"}
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            part = {""}
        elif op is c.SUBPATTERN:
            part = _kind_strings(av[3], limit)
        elif op is c.ATOMIC_GROUP:
            part = _kind_strings(av, limit)
        elif op is c.BRANCH:
            part = set()
            for b in av[1]:
                sub = _kind_strings(b, limit)
                if sub is None:
                    return None
                part |= sub
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, sub_tree = av
            if hi > 8:
                return None
            sub = _kind_strings(sub_tree, limit)
            if sub is None:
                return None
            part, run = set(), {""}
            for k in range(hi + 1):
                if k >= lo:
                    part |= run
                run = {a + b for a in run for b in sub}
                if len(run) > limit:
                    return None
        else:
            return None
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > limit:
            return None
    return out


def _kinds_of_class(items) -> set:
    c = _sre_constants
    kinds = set()
    for op, av in items:
        if op is c.LITERAL:
            ch = chr(av)
            kinds.add("." if ch == "." else "D" if ch.isdecimal() else "O")
        elif op is c.RANGE and 48 <= av[0] <= av[1] <= 57:
            kinds.add("D")
        elif op is c.CATEGORY and av in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
            kinds.add("D")
        else:  # a negation, another range or category: anything
            return {"D", ".", "O"}
    return kinds


def _min_dots(tree) -> int:
    """A lower bound of the '.' characters every match of the parsed pattern consumes."""
    c = _sre_constants
    total = 0
    for op, av in tree:
        if op is c.LITERAL:
            total += av == ord(".")
        elif op is c.SUBPATTERN:
            total += _min_dots(av[3])
        elif op is c.BRANCH:
            total += min(_min_dots(b) for b in av[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            total += av[0] * _min_dots(av[2])
        elif op is c.ATOMIC_GROUP:
            total += _min_dots(av)
    return total


def _bridged(text: str, q: int, bridges) -> bool:
    """Whether the white space at ``q`` is one plain space that a special case may reach across."""
    return (text[q] == " " and 0 < q < len(text) - 1 and (text[q - 1], text[q + 1]) in bridges
            and not text[q - 1].isspace() and not text[q + 1].isspace())


def special_case_bridges(tokenizer) -> frozenset:
    """The (last character, first character) pairs of two pieces that one special case may join.

    spaCy applies a special case that its affix rules would cut (":0", "(v.)") with a
    ``PhraseMatcher`` over the whole text's tokens, which does not see the white space: tokens
    ")" and ":" of "x) :0" match the pattern of a special case like "):" although a space
    separates them. That match changes nothing (no special case holds a space) but it overlaps,
    and so cancels, the match ":0" inside the next piece. Two pieces tokenize as they do alone
    unless one plain space separates them (any other white space is a token between them) and
    the last token of the first and the first of the second are neighbours in a special case's
    pattern: then the pieces are tokenized together. The pairs come from every special case cut
    as spaCy cuts its patterns (its affix rules, no special cases), a superset of the patterns.
    """
    from spacy.tokenizer import Tokenizer

    bare = Tokenizer(tokenizer.vocab, rules={}, prefix_search=tokenizer.prefix_search,
                     suffix_search=tokenizer.suffix_search, infix_finditer=tokenizer.infix_finditer,
                     token_match=tokenizer.token_match, url_match=tokenizer.url_match)
    pairs = set()
    for case in tokenizer.rules or {}:
        words = [t.text for t in bare(case)]
        pairs.update((a[-1], b[0]) for a, b in zip(words, words[1:]) if a and b)
    return frozenset(pairs)


def _colon_units(text: str, bridges):
    """The pieces with a colon, each with the neighbours a special case may bridge it to (linear)."""
    n = len(text)
    last = 0  # end of the last unit given
    for a, b in _colon_spans(text):
        if a < last:
            continue  # inside the last unit
        while a >= 2 and a - 1 >= last and _bridged(text, a - 1, bridges):
            a -= 1
            while a > last and not text[a - 1].isspace():
                a -= 1
        while b < n - 1 and _bridged(text, b, bridges):
            b += 1
            while b < n and not text[b].isspace():
                b += 1
        yield text[a:b]
        last = b


def colon_pieces(text: str):
    """The white-space delimited pieces of ``text`` that hold a colon, in order (linear time)."""
    for a, b in _colon_spans(text):
        yield text[a:b]


#: A white-space delimited piece with a colon in it, matched from its start (nothing but white space before).
_COLON_PIECE = re.compile(r"(?<!\S)\S*:\S*")
#: From this share of colons on (one in so many characters) the pieces are found with one C scan of the text
#: (a JSON export: 6.9 -> 2.6 ms per 100 KB); with fewer, per colon from its own position (the scan costs about as much
#: as 1 colon in 26 characters: at one in 200 a 2 KB text of labels took 9 -> 15 us).
_COLON_DENSE = 40


def _colon_spans(text: str):
    """``(start, end)`` of each white-space delimited piece of ``text`` that holds a colon, in order: from each colon
    the white space before and after it; in a text dense with colons the matches of :data:`_COLON_PIECE`, the
    same spans (tests/detectors/test_speed20_equivalence.py)."""
    colons = text.count(":")
    if colons and colons * _COLON_DENSE >= len(text):
        for m in _COLON_PIECE.finditer(text):
            yield m.span()
        return
    prev = 0
    pos = text.find(":")
    while pos != -1:
        a = max(text.rfind(" ", prev, pos), text.rfind("\n", prev, pos), text.rfind("\t", prev, pos)) + 1
        a = max(a, prev)
        for m in _WHITE.finditer(text, a, pos):  # rarer white space (a form feed, U+0085)
            a = m.end()
        m = _WHITE.search(text, pos)
        b = m.start() if m else len(text)
        yield a, b
        prev = b
        pos = text.find(":", b)


def segments(text: str, bridges=frozenset()) -> list[tuple[int, str]]:
    """``(offset, segment)``: the strings spaCy's tokenizer tokenizes each on its own, in order.

    Its ``_tokenize_affixes`` walks the runs of white space (``str.isspace``, as ``\\s`` here) and
    of other characters; a run of white space that follows a word loses its first character when
    that is a plain space (the word's trailing space), what is left becomes tokens of its own.
    Pieces one space apart that a special case may bridge (``bridges``, see
    :func:`special_case_bridges`) form one segment, space included.
    """
    runs = _RUNS.split(text)
    # a run at offset 0 follows no word; any later white-space run follows one
    out = [((o + 1, r[1:]) if r[0] == " " and o else (o, r))
           for o, r in zip(accumulate(map(len, runs), initial=0), runs) if r and (r != " " or not o)]
    if not bridges:
        return out
    bridged = {m.start() for m in _bridge_finder(bridges).finditer(text)
               if (text[m.start() - 1], text[m.start() + 1]) in bridges}
    if not bridged:
        return out
    joined: list[tuple[int, str]] = []
    for o, r in out:
        if o - 1 in bridged and joined:  # (the piece before ends at o - 1, the space was no segment)
            po, pr = joined[-1]
            joined[-1] = (po, pr + " " + r)
        else:
            joined.append((o, r))
    return joined


_BRIDGE_FINDERS: dict = {}


def _bridge_finder(bridges: frozenset) -> re.Pattern:
    """Finds the single spaces between a first and a second character of some pair of ``bridges``
    (more than the pairs: each hit is checked)."""
    finder = _BRIDGE_FINDERS.get(bridges)
    if finder is None:
        firsts = "".join(sorted({a for a, _ in bridges}))
        seconds = "".join(sorted({b for _, b in bridges}))
        # (the space first, the character before it looked back at after it: ``re`` then skips from space to space
        # in C instead of trying the look-behind at every position; the pattern with the look-behind first is in
        # tests/detectors/test_regex_first_char.py)
        finder = _BRIDGE_FINDERS[bridges] = re.compile(
            " (?<=[%s] )(?=[%s])" % (re.escape(firsts), re.escape(seconds)))
    return finder


def _flat_tokens(segs, memo) -> tuple[list[int], list[str]]:
    """The token starts and words of the segments, in order."""
    starts: list[int] = []
    words: list[str] = []
    for offset, seg in segs:
        rel, ws = memo[seg]
        starts.extend([offset + r for r in rel])
        words.extend(ws)
    return starts, words


def _tokens_alone(nlp, seg: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    doc = nlp.make_doc(seg)
    if not len(doc):
        return (), ()
    rows = doc.to_array([IDX, LENGTH]).tolist()
    return tuple(i for i, _ in rows), tuple(seg[i:i + n] for i, n in rows)


def _tokenize_joined(nlp, pieces: list[str], memo: dict) -> None:
    """Tokenize segments (no white space but single spaces inside) in one spaCy call, into ``memo``.

    They are joined by a carriage return, a token of its own: no special case reaches across it.

    Token offsets and lengths are read as two integer columns (``Doc.to_array``) and the words
    sliced from the string: no spaCy ``Token`` object is made.
    """
    # "\r": white space that is no special case. spaCy stops caching the pieces of a Doc once one
    # special case was met in it (its ``has_special`` flag is per Doc), so "\n" would cost its cache.
    joined = _SEPARATOR.join(pieces)
    doc = nlp.make_doc(joined)
    rows = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
    k, begin = 0, 0
    end = len(pieces[0])
    rel: list[int] = []
    words: list[str] = []
    for i, n in rows:
        while i > end:  # the token belongs to a later piece: close this one
            memo[pieces[k]] = (tuple(rel), tuple(words))
            rel, words = [], []
            k += 1
            begin = end + 1
            end = begin + len(pieces[k])
        if i == end:  # the separator between two pieces
            continue
        if i + n > end:  # a token across the separator (not with spaCy's own rules): one by one
            for piece in pieces:
                memo[piece] = _tokens_alone(nlp, piece)
            return
        rel.append(i - begin)
        words.append(joined[i:i + n])
    memo[pieces[k]] = (tuple(rel), tuple(words))
    for piece in pieces[k + 1:]:  # (only when spaCy gave a piece no token, which it does not)
        memo[piece] = ((), ())
