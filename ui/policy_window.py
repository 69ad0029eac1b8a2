"""The policy in force: its guidelines, what is and is not allowed, and how long it is valid."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from guard.policy import Policy
from ui.tray import dutch_date

#: The guidelines Plakwacht checks for; shown first and marked.
CHECKED = {3: "Plakwacht let hierop: de site", 4: "Plakwacht let hierop: niet-openbare tekst",
           5: "Plakwacht let hierop: persoonsgegevens"}


def validity_text(policy: Policy, today: dt.date | None = None) -> str:
    if policy.valid_until is None:
        return "Dit beleid heeft geen einddatum."
    if policy.expired(today):
        return (f"Dit beleid is verlopen op {dutch_date(policy.valid_until)}. Plakwacht waarschuwt verder volgens "
                "dit beleid tot er een nieuw is. Vraag het Kernteam AI naar het nieuwe beleid.")
    return f"Dit beleid geldt tot {dutch_date(policy.valid_until)}."


def policy_html(policy: Policy, today: dt.date | None = None) -> str:
    e = html.escape
    parts = [f"<h2>{e(policy.title)}</h2>"]
    meta = []
    if policy.version:
        meta.append(f"versie {e(policy.version)}")
    if policy.date and policy.date != dt.date.min:
        meta.append(f"vastgesteld op {dutch_date(policy.date)}")
    meta.append("ingebouwd beleid" if policy.source == "ingebouwd" else f"bestand: {e(policy.source)}")
    parts.append(f"<p>{'; '.join(meta)}</p>")
    color = "#8a5a00" if policy.expired(today) else "#1b5e20"
    parts.append(f"<p style='color:{color}'><b>{e(validity_text(policy, today))}</b></p>")
    for problem in policy.problems:
        parts.append(f"<p style='color:#b71c1c'>{e(problem)}</p>")
    if policy.principle:
        parts.append(f"<p><i>{e(policy.principle)}</i></p>")
    parts.append("<h3>Richtlijnen</h3><ol>")
    for n in sorted(policy.guidelines):
        g = policy.guidelines[n]
        mark = f" <span style='color:#e65100'>({e(CHECKED[n])})</span>" if n in CHECKED else ""
        text = f"<b>{e(g.text)}</b>" if n in CHECKED else e(g.text)
        parts.append(f"<li value='{n}'>{text}{mark}</li>")
    parts.append("</ol>")
    if policy.examples:
        parts.append("<h3>Wat mag wel en wat mag niet</h3>"
                     "<table border='1' cellspacing='0' cellpadding='5' width='100%'>"
                     "<tr><th align='left'>Mag wel</th><th align='left'>Mag niet</th></tr>")
        for allowed, forbidden in policy.examples:
            parts.append(f"<tr><td>{e(allowed)}</td><td>{e(forbidden)}</td></tr>")
        parts.append("</table>")
    if policy.data_allowed or policy.data_forbidden:
        parts.append("<h3>Gegevens en teksten</h3>"
                     "<table border='1' cellspacing='0' cellpadding='5' width='100%'>"
                     "<tr><th align='left'>Kun je invoeren</th><th align='left'>Mag je nooit invoeren</th></tr>")
        rows = max(len(policy.data_allowed), len(policy.data_forbidden))
        for i in range(rows):
            a = policy.data_allowed[i] if i < len(policy.data_allowed) else ""
            f = policy.data_forbidden[i] if i < len(policy.data_forbidden) else ""
            parts.append(f"<tr><td>{e(a)}</td><td>{e(f)}</td></tr>")
        parts.append("</table>")
    if policy.public_hosts:  # issue 11: where a text came from
        parts.append("<h3>Openbare bronnen</h3><p>Kopieer je met de Plakwacht-extensie in de browser een tekst "
                     "van een van deze sites en plak je hem ongewijzigd in Le Chat, dan houdt Plakwacht hem niet "
                     "tegen: " + e(", ".join(policy.public_hosts)) + ".</p>")
        if policy.public_excluded:
            parts.append("<p>Niet openbaar, ook als je daar kopieert (ingelogde delen): "
                         + e(", ".join(policy.public_excluded)) + ".</p>")
    if policy.contact:
        parts.append(f"<p>Vragen? Neem contact op met {e(policy.contact)}.</p>")
    return "".join(parts)


class PolicyWindow(QWidget):
    def __init__(self, policy: Policy, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Beleid – Plakwacht")
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser)
        self.set_policy(policy, today)

    def set_policy(self, policy: Policy, today: dt.date | None = None) -> None:
        self.policy = policy
        self.browser.setHtml(policy_html(policy, today))
