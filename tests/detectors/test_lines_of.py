"""``_text.lines_of`` gives the lines ``iter_lines`` gives (read once per string) and keeps none after an analysis."""
from __future__ import annotations

from detectors.categories import _text
from tests.helpers.corpus import corpus_texts


def test_lines_of_is_iter_lines():
    for text in corpus_texts() + ["", "\n", " \r\n x \r", "a\n\n  b  \n"]:
        assert _text.lines_of(text) == tuple(_text.iter_lines(text))
        assert _text.lines_of(text) is _text.lines_of(text)  # read once
        _text._WHOLE.clear()


def test_no_lines_stay_after_an_analysis(detector):
    text = "Notulen teamoverleg\nAanwezig: Wubbolt Quaranteijn, Sanne\n- Wubbolt: testen\n- Sanne: bouwen\n" * 3
    detector.analyze(text)
    assert not _text._WHOLE
