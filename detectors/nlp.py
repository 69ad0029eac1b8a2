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
from pathlib import Path

from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    SpacyNlpEngine,
)

from detectors.vocabulary import load_lemma_table

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
    nlp.max_length = MAX_LENGTH
    return nlp


def lemma_table(nlp) -> dict | None:
    """The lookup lemma table of a pipeline built by :func:`build_pipeline`, else ``None``."""
    return getattr(nlp, "_plakwacht_lemmas", None)


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

    def load(self) -> None:
        nlp = self._given if self._given is not None else build_pipeline()
        self.nlp = {"nl": nlp}
        self._lemmas = lemma_table(nlp)
        from spacy.lang.nl.stop_words import STOP_WORDS

        self._stop = frozenset(STOP_WORDS)

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


class LazyNlpArtifacts(NlpArtifacts):
    """Presidio's ``NlpArtifacts``, tokenized on first use."""

    def __init__(self, engine: PlakwachtNlpEngine, nlp, text: str):  # noqa: D107 - no super(): all lazy
        self.entities = []
        self.scores = []
        self.nlp_engine = engine
        self._nlp = nlp
        self._text = text
        self._built = None

    def _build(self):
        if self._built is None:
            doc, words, lemmas, keywords = self.nlp_engine.tokenize(self._nlp, self._text)
            indices = doc.to_array("IDX").tolist() if len(doc) else []
            self._built = (doc, words, lemmas, keywords, indices)
        return self._built

    tokens = property(lambda self: self._build()[0])
    _plakwacht_words = property(lambda self: self._build()[1])
    lemmas = property(lambda self: self._build()[2])
    keywords = property(lambda self: self._build()[3])
    tokens_indices = property(lambda self: self._build()[4])
