"""The history window: filters, details, weekly chart, CSV export, delete all."""
from __future__ import annotations

import csv
import datetime as dt

import pytest

from guard.history import HistoryEntry, HistoryStore
from ui.history_window import HistoryWindow

NOW = dt.datetime.now(dt.timezone.utc)


def entry(days_ago, site="Mistral Le Chat", kind="allowed_genai", decision="clear", guidelines=(5,), **kw):
    return HistoryEntry(id=None, time=NOW - dt.timedelta(days=days_ago), site=site, window_kind=kind,
                        guidelines=list(guidelines), finding_counts=kw.get("counts", {"BSN": 1}),
                        categories=kw.get("categories", []), preview=kw.get("preview", "111•••33"),
                        decision=decision, reason=kw.get("reason", ""), content_hash="x")


@pytest.fixture
def store(tmp_path):
    s = HistoryStore(tmp_path / "history.db", retention_days=None)
    s.add(entry(1, decision="clear"))
    s.add(entry(2, site="ChatGPT", kind="forbidden_genai", decision="paste_anyway", guidelines=(3, 5),
                reason="testgegevens"))
    s.add(entry(10, decision="redact", counts={"PERSON": 2}))
    s.add(entry(40, decision="left_site", counts={}, categories=["EMAIL_MESSAGE"], guidelines=(4,)))
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    w = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def column(window, col):
    return [window.table.item(r, col).text() for r in range(window.table.rowCount())]


def test_default_period_is_30_days_newest_first(window):
    assert window.table.rowCount() == 3
    assert column(window, 1) == ["Mistral Le Chat", "ChatGPT", "Mistral Le Chat"]
    assert column(window, 4) == ["klembord gewist", "toch geplakt", "geplakt zonder persoonsgegevens"]
    assert column(window, 3)[2] == "naam (2)"
    assert window.count_label.text() == "3 waarschuwingen"


def test_filters_by_period_site_and_decision(window):
    window.period.setCurrentIndex(window.period.findData(None))  # "Alles"
    assert window.table.rowCount() == 4
    assert "e-mail" in column(window, 3)[3]
    window.site.setCurrentIndex(window.site.findData("ChatGPT"))
    assert column(window, 1) == ["ChatGPT"] and column(window, 2) == ["3, 5"]
    window.site.setCurrentIndex(0)
    window.decision.setCurrentIndex(window.decision.findData("redact"))
    assert column(window, 4) == ["geplakt zonder persoonsgegevens"]
    window.period.setCurrentIndex(window.period.findData(7))
    assert window.table.rowCount() == 0
    assert "Geen waarschuwingen" in window.details.toPlainText()


def test_details_show_masked_preview_and_reason(window):
    window.table.selectRow(1)
    text = window.details.toPlainText()
    assert "ChatGPT" in text and "verboden AI-site" in text
    assert "111•••33" in text and "testgegevens" in text and "toch geplakt" in text


def test_chart_bars_follow_weekly_counts(window, store):
    counts = window.chart.counts
    assert counts == store.weekly_counts(12) and sum(n for _, n in counts) == 4
    rects = window.chart.bar_rects()
    assert len(rects) == 12
    heights = {n: r.height() for (_, n), r in zip(counts, rects)}
    assert heights[0] == 0
    assert max(heights, key=heights.get) == max(n for _, n in counts)
    image = window.chart.grab().toImage()
    tallest = max(rects, key=lambda r: r.height())
    center = tallest.center().toPoint()
    assert image.pixelColor(center).name() == "#ef6c00"  # the bar is really drawn


def test_export_writes_the_rows_shown(window, tmp_path):
    window.site.setCurrentIndex(window.site.findData("ChatGPT"))
    out = tmp_path / "export.csv"
    assert window.export_to(out) == 1
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 2 and "ChatGPT" in rows[1]


def test_delete_all_asks_first(window, store):
    assert window.delete_all(confirm=lambda: False) is False
    assert store.count() == 4
    assert window.delete_all(confirm=lambda: True) is True
    assert store.count() == 0 and window.table.rowCount() == 0
