"""The history: every warning, without the sensitive text, with filters, a weekly chart and export."""
from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

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


class WeekChart(QWidget):
    """Warnings per week as bars, oldest left; drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: list[tuple[dt.date, int]] = []
        self.setMinimumHeight(120)
        self.setToolTip("Aantal waarschuwingen per week")

    def set_counts(self, counts: list[tuple[dt.date, int]]) -> None:
        self.counts = list(counts)
        self.setAccessibleDescription(", ".join(f"week van {d:%d-%m}: {n}" for d, n in self.counts))
        self.update()

    def bar_rects(self) -> list[QRectF]:
        """Where each bar goes (also used by tests to check heights follow the counts)."""
        if not self.counts:
            return []
        w, h = self.width(), self.height()
        top, bottom, left, right = 18, 22, 8, 8
        top_count = max(1, max(n for _, n in self.counts))
        slot = (w - left - right) / len(self.counts)
        rects = []
        for i, (_, n) in enumerate(self.counts):
            bar_h = (h - top - bottom) * n / top_count
            rects.append(QRectF(left + i * slot + slot * 0.15, h - bottom - bar_h, slot * 0.7, bar_h))
        return rects

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        p.setFont(small)
        p.setPen(QPen(self.palette().text().color()))
        p.drawText(8, 13, "Waarschuwingen per week")
        for (monday, n), rect in zip(self.counts, self.bar_rects()):
            p.fillRect(rect, QColor("#ef6c00") if n else QColor("#cfd8dc"))
            p.setPen(QPen(self.palette().text().color()))
            if n:
                p.drawText(QRectF(rect.x() - 6, rect.y() - 15, rect.width() + 12, 14),
                           Qt.AlignmentFlag.AlignCenter, str(n))
            p.drawText(QRectF(rect.x() - 10, self.height() - 20, rect.width() + 20, 18),
                       Qt.AlignmentFlag.AlignCenter, monday.strftime("%d-%m"))
        p.end()


class HistoryWindow(QWidget):
    """The history window.

    Args:
        store: a ``HistoryStore``.
        now: the clock (tests).
    """

    changed = Signal()

    def __init__(self, store, now=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_details)
        split.addWidget(self.table)
        self.details = QTextBrowser()
        self.details.setMinimumWidth(250)
        split.addWidget(self.details)
        split.setSizes([600, 300])
        layout.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.count_label = QLabel("")
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        self.export_button = QPushButton("Exporteren naar CSV…")
        self.export_button.clicked.connect(self._export_clicked)
        self.delete_button = QPushButton("Alles wissen…")
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
        self.chart.set_counts(self.store.weekly_counts(12))
        self.details.setHtml("<p>Kies een regel om de details te zien.</p>" if self.entries
                             else "<p>Geen waarschuwingen in deze periode.</p>")

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
                                f"Het bestand kan niet worden geschreven ({exc.strerror}). Kies een andere map.")
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
