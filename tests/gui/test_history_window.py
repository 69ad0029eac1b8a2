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


def test_chart_follows_the_period_filter_and_has_a_y_axis(window, store):
    """Issue 14: 30 days in the filter → 5 weeks in the chart (not 12), counted from the rows shown."""
    counts = window.chart.counts
    assert len(counts) == 5 and sum(n for _, n in counts) == window.table.rowCount() == 3
    assert "30 dagen" in window.chart.title
    assert window.chart.ticks()[0] == 0 and window.chart.ticks()[-1] == max(n for _, n in counts)
    rects = window.chart.bar_rects()
    heights = {n: r.height() for (_, n), r in zip(counts, rects)}
    assert heights[0] == 0
    assert max(heights, key=heights.get) == max(n for _, n in counts)
    image = window.chart.grab().toImage()
    tallest = max(rects, key=lambda r: r.height())
    assert image.pixelColor(tallest.center().toPoint()).name() == "#c75300"  # the bar is really drawn
    axis_x = window.chart.LEFT
    zero, top_y = window.chart._plot()
    dark = [y for y in range(int(top_y) + 1, int(zero))
            if min(image.pixelColor(x, y).lightness() for x in (axis_x - 1, axis_x)) < 200]
    assert len(dark) > 10  # the y-axis line is drawn
    window.period.setCurrentIndex(window.period.findData(90))
    assert len(window.chart.counts) == 13 and sum(n for _, n in window.chart.counts) == 4
    window.site.setCurrentIndex(window.site.findData("ChatGPT"))
    assert sum(n for _, n in window.chart.counts) == 1


def test_the_keuze_column_is_in_view_without_scrolling(window):
    window.period.setCurrentIndex(window.period.findData(None))  # the longest texts: all rows
    assert window.table.horizontalScrollBar().maximum() == 0
    last = window.table.horizontalHeader()
    right = last.sectionViewportPosition(4) + last.sectionSize(4)
    assert right <= window.table.viewport().width()


def test_the_window_opens_on_the_screen(qtbot, store):
    w = HistoryWindow(store, now=lambda: NOW)
    qtbot.addWidget(w)
    w.resize(3000, 2000)
    w.move(-500, -400)
    w.show()
    qtbot.waitExposed(w)
    avail = w.screen().availableGeometry()
    assert avail.contains(w.frameGeometry()), (avail, w.frameGeometry())


def test_public_marks_are_listed_and_can_be_deleted(qtbot, store, tmp_path):
    from guard.allowlist import Allowlist
    from guard.hashing import KeyedHasher

    allow = Allowlist(tmp_path / "allow.json", KeyedHasher(tmp_path / "key"))
    allow.add("Persbericht: de WW-premie daalt.", what="concept, nog niet openbaar")
    w = HistoryWindow(store, now=lambda: NOW, allowlist=allow)
    qtbot.addWidget(w)
    assert w.tabs.tabText(1) == "Als openbaar gemarkeerd (1)"
    assert w.marks_table.item(0, 2).text() == "concept, nog niet openbaar"
    assert w.marks_table.item(0, 1).text() != "nooit"  # it expires
    w.marks_table.selectRow(0)
    assert w.remove_selected_mark()
    assert not allow.contains("Persbericht: de WW-premie daalt.")
    assert w.tabs.tabText(1) == "Als openbaar gemarkeerd (0)"


def test_export_and_cli_use_dutch_words(store, tmp_path):
    from guard.history import csv_row

    s = HistoryStore(tmp_path / "h.db", retention_days=None)
    s.add(entry(1, counts={"PERSON": 1}, categories=["NIET_GECONTROLEERD"]))
    row = csv_row(s.entries()[0])
    assert "1× naam" in row and "niet gecontroleerd" in row
    assert not any("PERSON" in c or "NIET_GECONTROLEERD" in c for c in row)
    s.close()


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
