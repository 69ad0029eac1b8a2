"""The history: every warning, without the sensitive text, with filters, a weekly chart and export."""
from __future__ import annotations

import datetime as dt
import html
import logging
import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from guard.oserrors import dutch_os_error
from guard.vocabulary import DECISION_LABELS, decision_label, label, window_kind_label

log = logging.getLogger(__name__)

PERIODS = (("Afgelopen 7 dagen", 7), ("Afgelopen 30 dagen", 30), ("Afgelopen 90 dagen", 90), ("Alles", None))
COLUMNS = ("Tijd", "Site", "Richtlijnen", "Gevonden", "Keuze")


def local_time(when: dt.datetime) -> str:
    return when.astimezone().strftime("%d-%m-%Y %H:%M")


def found_text(entry) -> str:
    """``"BSN (2), naam"`` — what a row found, in Dutch."""
    parts = [label(k) + (f" ({n})" if n > 1 else "") for k, n in sorted(entry.finding_counts.items())]
    parts += [label(c) for c in entry.categories]
    return ", ".join(parts) or "–"


def week_counts(entries, weeks: int, today: dt.date) -> list[tuple[dt.date, int]]:
    """The rows shown, per week (local time), oldest first, the current week last."""
    this_monday = today - dt.timedelta(days=today.weekday())
    mondays = [this_monday - dt.timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]
    counts = dict.fromkeys(mondays, 0)
    for e in entries:
        day = e.time.astimezone().date()
        monday = day - dt.timedelta(days=day.weekday())
        if monday in counts:
            counts[monday] += 1
    return list(counts.items())


def weeks_for(days: int | None, entries, today: dt.date) -> int:
    """How many weeks the chart shows: the period of the filter ("Alles": back to the oldest row)."""
    if days is None:
        if not entries:
            return 4
        oldest = min(e.time.astimezone().date() for e in entries)
        return max(4, min(52, (today - oldest).days // 7 + 1))
    return max(1, math.ceil(days / 7))


def axis_ticks(top: int) -> list[int]:
    """Labels on the y-axis: 0, the middle (when it is a whole number) and the top."""
    top = max(1, top)
    return sorted({0, top // 2, top} if top >= 2 else {0, top})


class WeekChart(QWidget):
    """Warnings per week as bars, oldest left, with a y-axis; drawn with QPainter."""

    LEFT = 30

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: list[tuple[dt.date, int]] = []
        self.title = "Waarschuwingen per week"
        self.setMinimumHeight(130)
        self.setToolTip("Aantal waarschuwingen per week")
        self.setAccessibleName("Grafiek: waarschuwingen per week")

    def set_counts(self, counts: list[tuple[dt.date, int]], title: str | None = None) -> None:
        self.counts = list(counts)
        if title:
            self.title = title
        self.setAccessibleDescription(", ".join(f"week van {d:%d-%m}: {n}" for d, n in self.counts))
        self.update()

    def ticks(self) -> list[int]:
        return axis_ticks(max((n for _, n in self.counts), default=0))

    def _plot(self) -> tuple[float, float]:
        """The y of count 0 and of the top tick."""
        return self.height() - 22, 22

    def y_for(self, n: int) -> float:
        zero, top_y = self._plot()
        top = self.ticks()[-1]
        return zero - (zero - top_y) * n / top

    def bar_rects(self) -> list[QRectF]:
        """Where each bar goes (also used by tests to check heights follow the counts)."""
        if not self.counts:
            return []
        w = self.width()
        left, right = self.LEFT + 4, 8
        zero, _ = self._plot()
        slot = (w - left - right) / len(self.counts)
        rects = []
        for i, (_, n) in enumerate(self.counts):
            top = self.y_for(n)
            rects.append(QRectF(left + i * slot + slot * 0.15, top, slot * 0.7, zero - top))
        return rects

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        p.setFont(small)
        text = QPen(self.palette().text().color())
        p.setPen(text)
        p.drawText(8, 14, self.title)
        zero, top_y = self._plot()
        # The y-axis with its numbers and light grid lines.
        p.drawLine(QPointF(self.LEFT, top_y), QPointF(self.LEFT, zero))
        for t in self.ticks():
            y = self.y_for(t)
            p.setPen(QPen(QColor("#cfd8dc")))
            p.drawLine(QPointF(self.LEFT, y), QPointF(self.width() - 8, y))
            p.setPen(text)
            p.drawText(QRectF(0, y - 8, self.LEFT - 4, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       str(t))
        every = max(1, math.ceil(len(self.counts) / 13))  # no crowded dates on a long period
        for i, ((monday, n), rect) in enumerate(zip(self.counts, self.bar_rects())):
            p.fillRect(rect, QColor("#c75300") if n else QColor("#cfd8dc"))
            p.setPen(text)
            if i % every == 0:
                p.drawText(QRectF(rect.x() - 12, self.height() - 20, rect.width() + 24, 18),
                           Qt.AlignmentFlag.AlignCenter, monday.strftime("%d-%m"))
        p.end()


class HistoryWindow(QWidget):
    """The history window.

    Args:
        store: a ``HistoryStore``.
        now: the clock (tests).
        allowlist: the ``Allowlist``: its marks are listed under "Als openbaar gemarkeerd".
    """

    changed = Signal()

    def __init__(self, store, now=None, parent: QWidget | None = None, allowlist=None):
        super().__init__(parent)
        self.store = store
        self.allowlist = allowlist
        self.marks = []
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self.entries = []
        self.setWindowTitle("Geschiedenis – Plakwacht")
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel("Hier staan je waarschuwingen. Plakwacht bewaart nooit de tekst zelf, "
                       "alleen wat er gevonden is, onleesbaar gemaakt.")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        filters = QHBoxLayout()
        self.period = QComboBox()
        for caption, days in PERIODS:
            self.period.addItem(caption, days)
        self.period.setCurrentIndex(1)
        self.site = QComboBox()
        self.decision = QComboBox()
        self.decision.addItem("Alle keuzes", None)
        for key, name in DECISION_LABELS.items():
            self.decision.addItem(name[:1].upper() + name[1:], key.value)
        for caption, combo in (("Periode", self.period), ("Site", self.site), ("Keuze", self.decision)):
            lab = QLabel(caption)
            lab.setBuddy(combo)
            filters.addWidget(lab)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.refresh)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.chart = WeekChart()
        layout.addWidget(self.chart)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Every column in view, "Keuze" included: "Gevonden" takes the room that is left and wraps.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Gevonden"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.table.setAccessibleName("Waarschuwingen")
        self.table.itemSelectionChanged.connect(self._show_details)
        split.addWidget(self.table)
        self.details = QTextBrowser()
        self.details.setMinimumWidth(220)
        self.details.setAccessibleName("Details van de gekozen waarschuwing")
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(split, "Waarschuwingen")
        self.tabs.addTab(self._marks_tab(), "Als openbaar gemarkeerd")
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.count_label = QLabel("")
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        self.export_button = QPushButton("Exporteren naar CSV…")
        self.export_button.setAccessibleName("Exporteren naar CSV")
        self.export_button.clicked.connect(self._export_clicked)
        self.delete_button = QPushButton("Alles wissen…")
        self.delete_button.setAccessibleName("Hele geschiedenis wissen")
        self.delete_button.clicked.connect(self._delete_clicked)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.refresh()

    # -- data --------------------------------------------------------------------------------
    def _filters(self) -> dict:
        days = self.period.currentData()
        return {
            "since": self.now() - dt.timedelta(days=days) if days else None,
            "site": self.site.currentData() or None,
            "decision": self.decision.currentData() or None,
        }

    def _fill_sites(self) -> None:
        chosen = self.site.currentData()
        sites = sorted({e.site for e in self.store.entries() if e.site})
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem("Alle sites", None)
        for s in sites:
            self.site.addItem(s, s)
        index = self.site.findData(chosen) if chosen else 0
        self.site.setCurrentIndex(max(0, index))
        self.site.blockSignals(False)

    def refresh(self) -> None:
        self._fill_sites()
        self.entries = self.store.entries(**self._filters())
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            cells = (local_time(e.time), e.site or window_kind_label(e.window_kind),
                     ", ".join(str(n) for n in e.guidelines) or "–", found_text(e),
                     decision_label(e.decision))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.count_label.setText(f"{len(self.entries)} waarschuwing" + ("" if len(self.entries) == 1 else "en"))
        days = self.period.currentData()
        today = self.now().astimezone().date()
        self.chart.set_counts(week_counts(self.entries, weeks_for(days, self.entries, today), today),
                              "Waarschuwingen per week, " + self.period.currentText().lower())
        self.refresh_marks()
        self.details.setHtml("<p>Kies een regel om de details te zien.</p>" if self.entries
                             else "<p>Geen waarschuwingen in deze periode.</p>")

    # -- "Als openbaar gemarkeerd" -------------------------------------------------------------
    def _marks_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        intro = QLabel("Voor deze teksten waarschuwt Plakwacht niet meer, tot de datum bij 'Verloopt'. Plakwacht "
                       "bewaart alleen een versleutelde vingerafdruk, niet de tekst. Verwijder een markering als "
                       "je wel weer gewaarschuwd wilt worden.")
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.marks_table = QTableWidget(0, 3)
        self.marks_table.setHorizontalHeaderLabels(("Gemarkeerd op", "Verloopt op", "Waarover"))
        self.marks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.marks_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.marks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.marks_table.verticalHeader().setVisible(False)
        self.marks_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.marks_table.horizontalHeader().setStretchLastSection(True)
        self.marks_table.setAccessibleName("Teksten die je als openbaar hebt gemarkeerd")
        box.addWidget(self.marks_table, 1)
        row = QHBoxLayout()
        self.marks_label = QLabel("")
        row.addWidget(self.marks_label)
        row.addStretch(1)
        self.remove_mark_button = QPushButton("Markering verwijderen")
        self.remove_mark_button.setAccessibleName("Markering verwijderen")
        self.remove_mark_button.clicked.connect(self.remove_selected_mark)
        row.addWidget(self.remove_mark_button)
        box.addLayout(row)
        return page

    def refresh_marks(self) -> None:
        try:
            self.marks = self.allowlist.marks() if self.allowlist is not None else []
        except Exception as exc:  # a broken list must not break the history window
            log.warning("marks not listed: %s", type(exc).__name__)
            self.marks = []
        self.marks_table.setRowCount(len(self.marks))
        for r, m in enumerate(self.marks):
            cells = (local_time(m.marked), local_time(m.expires) if m.expires else "nooit", m.what or "–")
            for c, text in enumerate(cells):
                self.marks_table.setItem(r, c, QTableWidgetItem(text))
        n = len(self.marks)
        self.tabs.setTabText(1, f"Als openbaar gemarkeerd ({n})")
        self.marks_label.setText("Geen teksten als openbaar gemarkeerd." if not n else
                                 f"{n} tekst" + ("" if n == 1 else "en") + " als openbaar gemarkeerd.")
        self.remove_mark_button.setEnabled(bool(n))

    def remove_selected_mark(self) -> bool:
        """Delete the selected mark: Plakwacht warns for that text again. Returns whether one was removed."""
        rows = self.marks_table.selectionModel().selectedRows()
        if not rows or self.allowlist is None:
            return False
        removed = self.allowlist.remove(self.marks[rows[0].row()].digest)
        self.refresh_marks()
        return removed

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Open fully on the screen, never partly off it."""
        super().showEvent(event)
        screen = self.screen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), avail.width() - extra_w)
        height = min(self.height(), avail.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), avail.left()), avail.right() - frame.width() + 1)
        y = min(max(frame.y(), avail.top()), avail.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        e = self.entries[rows[0].row()]
        parts = [f"<h3>{html.escape(local_time(e.time))}</h3>",
                 f"<p><b>Waar:</b> {html.escape(e.site or '–')} "
                 f"({html.escape(window_kind_label(e.window_kind))})</p>",
                 f"<p><b>Richtlijnen:</b> {html.escape(', '.join(map(str, e.guidelines)) or '–')}</p>",
                 f"<p><b>Gevonden:</b> {html.escape(found_text(e))}</p>"]
        if e.preview:
            parts.append(f"<p><b>Voorbeeld (onleesbaar gemaakt):</b><br><code>{html.escape(e.preview)}</code></p>")
        parts.append(f"<p><b>Keuze:</b> {html.escape(decision_label(e.decision))}</p>")
        if e.reason:
            parts.append(f"<p><b>Reden:</b> {html.escape(e.reason)}</p>")
        self.details.setHtml("".join(parts))

    # -- actions -----------------------------------------------------------------------------
    def export_to(self, path: Path) -> int:
        """Write the rows shown now to ``path`` as CSV; returns how many."""
        return self.store.export_csv(Path(path), self.entries)

    def _export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Geschiedenis exporteren", "plakwacht-geschiedenis.csv",
                                              "CSV-bestand (*.csv)")
        if not name:
            return
        try:
            n = self.export_to(Path(name))
        except OSError as exc:
            QMessageBox.warning(self, "Exporteren lukt niet",
                                f"Het bestand kan niet worden geschreven ({dutch_os_error(exc)}). Kies een andere map.")
            return
        QMessageBox.information(self, "Geëxporteerd", f"{n} regels opgeslagen in {name}.")

    def delete_all(self, confirm=None) -> bool:
        """Delete every row after the person confirms; returns whether it was deleted.

        Args:
            confirm: a callable returning True to go ahead (tests); default asks with a dialog.
        """
        ask = confirm or self._ask_delete
        if not ask():
            return False
        self.store.delete_all()
        self.refresh()
        self.changed.emit()
        return True

    def _ask_delete(self) -> bool:
        answer = QMessageBox.question(
            self, "Alles wissen?",
            "Wil je de hele geschiedenis wissen? Dit kan niet ongedaan worden gemaakt.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _delete_clicked(self) -> None:
        self.delete_all()
