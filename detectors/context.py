"""A context enhancer with Presidio's semantics whose cost does not grow with the text.

Presidio's ``LemmaContextAwareEnhancer`` walks the whole token list for each match and tests
membership in a *list* of keywords: quadratic, 4 s on a 100 KB text. This one finds the match's
token by binary search and keeps the keywords in a set, and it also looks at the surface form of
each word (the lemma table does not know every inflection).
"""
from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate

from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)


class LinearContextEnhancer(LemmaContextAwareEnhancer):
    """Same scoring as Presidio's enhancer; O(window) per match instead of O(tokens)."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        """Presidio's algorithm, without its deep copy of every result (the results are ours)."""
        results = list(raw_results)
        if nlp_artifacts is None:
            return results
        by_id = {rec.id: rec for rec in recognizers}
        extra = [word.lower() for word in context] if context else []
        possible: dict = {}  # recognizer id -> whether one of its context words can be found in this text
        lowered = None
        for result in results:
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context:
                continue
            if meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            if result.score >= ContextAwareEnhancer.MAX_SCORE:
                continue  # a checksum already settled it; skip the (lazy) tokenizing
            if not extra:
                # (an export's tens of thousands of postcodes and streets, in a text without a word of
                # their context: no window read for any of them, the text not tokenized)
                can = possible.get(recognizer.id)
                if can is None:
                    if lowered is None:
                        lowered = text.lower()
                    can = possible[recognizer.id] = context_words_possible(lowered, recognizer.context,
                                                                            nlp_artifacts)
                if not can:
                    continue
            surrounding = None
            if hasattr(nlp_artifacts, "surrounding"):  # the lookup pipeline: tokenize a window only
                surrounding = nlp_artifacts.surrounding(result.start, self.context_prefix_count,
                                                        self.context_suffix_count)
            if surrounding is None:
                surrounding = self._extract_surrounding_words(
                    nlp_artifacts=nlp_artifacts, word=text[result.start:result.end], start=result.start)
            surrounding.extend(extra)
            word = self._find_supportive_word_in_context(surrounding, recognizer.context,
                                                         self.context_matching_mode)
            if word:
                result.score = min(max(result.score + self.context_similarity_factor,
                                       self.min_score_with_context_similarity), ContextAwareEnhancer.MAX_SCORE)
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(word)
                    result.analysis_explanation.set_improved_score(result.score)
        return results

    @staticmethod
    def _find_supportive_word_in_context(context_list, recognizer_context_list, matching_mode="substring"):
        """Presidio's search, with the surrounding words lower-cased once per match, not once per
        context word: in substring mode a word without NUL is in one of them exactly when it is in
        all of them joined by NUL (an occurrence cannot cross a NUL)."""
        if matching_mode != "substring" or not context_list or recognizer_context_list is None:
            return LemmaContextAwareEnhancer._find_supportive_word_in_context(
                context_list, recognizer_context_list, matching_mode)
        joined = "\0".join([word.lower() for word in context_list])
        for word in recognizer_context_list:
            low = word.lower()
            if low in joined if "\0" not in low else any(low in w.lower() for w in context_list):
                return word
        return ""

    def _index(self, nlp_artifacts):
        cache = getattr(nlp_artifacts, "_plakwacht_index", None)
        if cache is None:
            keywords = set(nlp_artifacts.keywords or ())
            words = []
            texts = getattr(nlp_artifacts, "_plakwacht_words", None) or [t.text for t in nlp_artifacts.tokens]
            for tok_text, lemma in zip(texts, nlp_artifacts.lemmas):
                low = lemma.lower()
                if low in keywords:
                    surface = tok_text.lower()
                    words.append((low, surface) if surface != low else (low,))
                else:
                    words.append(())
            cache = (list(nlp_artifacts.tokens_indices), words)
            nlp_artifacts._plakwacht_index = cache
        return cache

    def _extract_surrounding_words(self, nlp_artifacts, word, start):
        if hasattr(nlp_artifacts, "context_locate"):
            # the lookup pipeline: the same tokens and entries, kept per piece of the text; the walk
            # below in two slices of the tokens with an entry: the last prefix+1 of them that
            # start at or before the match's token, the first suffix+1 at or after it
            at = nlp_artifacts.context_locate(start)
            if at is None:
                return [""]
            starts, entries = nlp_artifacts.context_keywords()
            found: list[str] = []
            j = bisect_right(starts, at)
            for entry in entries[max(j - self.context_prefix_count - 1, 0):j]:
                found.extend(entry)
            j = bisect_left(starts, at)
            for entry in entries[j:j + self.context_suffix_count + 1]:
                found.extend(entry)
            return list(set(found))
        if not nlp_artifacts.tokens:
            return [""]
        indices, words = self._index(nlp_artifacts)
        tokens = nlp_artifacts.tokens
        i = max(bisect_right(indices, start) - 1, 0)
        if i + 1 < len(indices) and not start < indices[i] + len(tokens[i]):
            i += 1
        found = []
        for step, count in ((-1, self.context_prefix_count), (1, self.context_suffix_count)):
            j, remaining = i, count + 1
            while 0 <= j < len(words) and remaining > 0:
                if words[j]:
                    found.extend(words[j])
                    remaining -= 1
                j += step
        return list(set(found))


def context_words_possible(lowered: str, words, nlp_artifacts) -> bool:
    """Whether the enhancer can find one of ``words`` (a recognizer's context) anywhere in the text that
    ``lowered`` is the lower case of; ``False`` only when that is sure, and then it finds none for any result.

    The enhancer looks for a context word (lower case) inside the entries of the tokens near a result: a
    token's lower case, or the lower case of its lemma from the lookup table. A token's lower case is part
    of the text's lower case, and so is its lemma when the table does not know the token (the lemma is then
    the word itself). So a context word can only be found where it is part of the lowered text, or where
    the text holds a word whose lemma has it and the word itself does not ("ingelogd" for "inlog"): the
    table's words of that kind, per context word, are read once from the table (see :func:`_lemma_forms`).
    Only for the lookup pipeline's artifacts (the other's lemmas are spaCy's) and ASCII context words
    (lower-casing a word or the whole text gives the same ASCII letters).
    """
    engine = getattr(nlp_artifacts, "nlp_engine", None)
    table = getattr(engine, "_lemmas", None)
    if table is None or not hasattr(nlp_artifacts, "context_locate"):
        return True
    low_words = [w.lower() for w in words]
    if not all(w.isascii() and "\n" not in w for w in low_words):
        return True
    for w in low_words:
        if w in lowered:
            return True
    forms = _lemma_forms(table)
    for w in low_words:
        for form in forms(w):
            # (a Greek sigma is the one letter whose lower case depends on the letters around it)
            if form in lowered or "σ" in form or "ς" in form:
                return True
    return False


#: Per lemma table (static data, no text): its lemmas in lower case joined by line breaks with their starts
#: and words, and per context word the words whose lemma holds it while they do not.
_FORMS: dict[int, tuple] = {}


def _lemma_forms(table: dict):
    """A function from a lower-case context word to the table's words whose lower-cased lemma holds it and
    which do not hold it themselves. (A context word holds no line break, so it is found inside one lemma of
    the joined ones, and the starts tell which.)"""
    kept = _FORMS.get(id(table))
    if kept is None or kept[0] is not table:
        words = list(table)
        lemmas = [v.lower() for v in table.values()]
        joined = "\n".join(lemmas)
        # (machine integers: a list of 200,000 int objects held some 8 MB for the life of the process)
        starts = array("q", accumulate((len(v) + 1 for v in lemmas[:-1]), initial=0))
        del lemmas
        kept = _FORMS[id(table)] = (table, words, joined, starts, {})
    _, words, joined, starts, per_word = kept

    def forms(word: str) -> tuple[str, ...]:
        got = per_word.get(word)
        if got is None:
            found = set()
            if "\n" not in word:
                i = joined.find(word)
                while i >= 0:
                    k = words[bisect_right(starts, i) - 1]
                    if word not in k:
                        found.add(k)
                    i = joined.find(word, i + 1)
            got = per_word[word] = tuple(sorted(found))
        return got

    return forms
