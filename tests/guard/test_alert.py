"""The alert's one masked-preview builder, and the views on it: warning groups, history line, scan."""
from __future__ import annotations

from detectors.model import Analysis, CategoryHit, Finding
from guard.alert import finding_groups, masked_items, preview_line, redact
from guard.cli.scan import json_dict, report
from guard.policy import load_policy
from guard.verdict import evaluate

BSN = "111222333"
TEXT = f"Jan de Vries, BSN {BSN} en nog eens {BSN}. Vertrouwelijk"


def analysis() -> Analysis:
    second = TEXT.index(BSN, TEXT.index(BSN) + 1)
    classified = TEXT.index("Vertrouwelijk")
    return Analysis(
        # deliberately not in text order: every view must show the text order
        [Finding("BSN", second, second + 9, 1.0, "9 cijfers die kloppen met de elfproef"),
         Finding("PERSON", 0, 12, 0.85, "naam met hoofdletters"),
         Finding("BSN", 18, 27, 1.0, "9 cijfers die kloppen met de elfproef")],
        [CategoryHit("CLASSIFIED", 0.9, "het woord Vertrouwelijk", classified, classified + 13)],
        2.0, len(TEXT))


def test_masked_items_are_in_text_order_then_categories_and_never_hold_the_text():
    items = masked_items(analysis(), TEXT)
    assert [(i.kind, i.start) for i in items] == [("PERSON", 0), ("BSN", 18), ("BSN", 40), ("CLASSIFIED", 51)]
    assert [i.label for i in items] == ["naam", "BSN", "BSN", "gerubriceerd (niet openbaar)"]
    assert items[-1].category and not any(i.category for i in items[:-1])
    for i in items:
        assert BSN not in i.preview and "Vries" not in i.preview
    assert items[1].preview == "111•••33"


def test_finding_groups_show_masked_previews_only():
    bsn, person, cat = finding_groups(analysis(), TEXT)
    assert bsn.kind == "BSN" and bsn.count == 2 and bsn.previews == ("111•••33",)  # most found first, no doubles
    assert bsn.reasons == ("9 cijfers die kloppen met de elfproef",)
    assert person.label == "naam" and person.previews == ("J••• de V•••",)
    assert cat.category and cat.kind == "CLASSIFIED" and cat.reasons == ("het woord Vertrouwelijk",)


def test_the_history_line_the_warning_and_the_scan_report_show_the_same_previews():
    a = analysis()
    line = preview_line(a, TEXT)
    assert line == "J••• de V•••, 111•••33"  # personal data only, text order, no doubles
    shown = {p for g in finding_groups(a, TEXT) if not g.category for p in g.previews}
    assert set(line.split(", ")) == shown
    out = report("x", TEXT, a, evaluate(a, load_policy()))
    assert "naam J••• de V•••" in out and "BSN 111•••33" in out and BSN not in out
    row = json_dict("x", TEXT, a, evaluate(a, load_policy()))
    assert {f["preview"] for f in row["findings"]} == shown
    assert [f["start"] for f in row["findings"]] == [40, 0, 18]  # the --jsonl order is the analysis order


def test_preview_line_is_capped():
    text = " ".join(f"{chr(65 + i)}aam" for i in range(20))
    a = Analysis([Finding("PERSON", i * 5, i * 5 + 4, 0.9) for i in range(20)])
    assert preview_line(a, text).endswith("(+14)")
    assert len(preview_line(a, text, max_items=20, max_chars=30)) == 30


def test_redact_merges_overlaps_and_keeps_the_rest():
    text = "Jan de Vries, BSN 111222333."
    a = Analysis([Finding("PERSON", 0, 12, 0.9), Finding("PERSON", 4, 12, 0.8), Finding("BSN", 18, 27, 1.0)])
    assert redact(text, a) == "[NAAM], BSN [BSN]."


def test_redact_of_an_unknown_type_still_removes_it():
    assert redact("code X1", Analysis([Finding("NEW_TYPE", 5, 7, 0.9)])) == "code [VERWIJDERD]"
