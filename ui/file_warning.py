"""The warning's words for copied files and images (issue 13): each file by name, what was found in
which one, and which could not be checked. File names appear only here, in the dialog; the history
keeps the kind and the count.
"""
from __future__ import annotations

import html

from guard.verdict import CLEAR, PASTE_ANYWAY

FILE_BUTTON_HELP = {
    CLEAR: "Het bestand of de afbeelding gaat van je klembord. Dit is de veilige keuze.",
    PASTE_ANYWAY: "Je krijgt het bestand of de afbeelding terug. Schrijf kort op waarom dat mag.",
}
REASON_QUESTION = "Waarom mag dit toch in de chat? (kort, zonder persoonsgegevens)"

#: A file held on its way into the chat by the browser companion (guard/browser/uploads.py).
UPLOAD_BUTTON_TEXTS = {CLEAR: "Niet uploaden", PASTE_ANYWAY: "Toch uploaden…"}
UPLOAD_BUTTON_HELP = {
    CLEAR: "Het bestand gaat niet naar de chat. Dit is de veilige keuze.",
    PASTE_ANYWAY: "Het bestand gaat toch naar de chat. Schrijf kort op waarom dat mag.",
}


def is_upload(alert) -> bool:
    """The warning is about files on their way into a chat (a drop, a paste or a file input)."""
    return str(getattr(alert, "key", "")).startswith("upload:")


def is_files(alert) -> bool:
    """The warning is about copied files or an image (a ``guard.content.FileAnalysis``)."""
    return hasattr(alert.analysis, "parts") and hasattr(alert.analysis, "source")


def _subject(analysis) -> tuple[str, bool]:
    """("Dit bestand" / "Deze bestanden" / "Deze afbeelding" ..., plural)."""
    count = len(analysis.parts)
    if analysis.source == "afbeelding":
        return ("Deze afbeelding", False) if count <= 1 else ("Deze afbeeldingen", True)
    return ("Dit bestand", False) if count <= 1 else ("Deze bestanden", True)


def headline(alert) -> tuple[str, str]:
    analysis = alert.analysis
    site = alert.site_name or "deze AI-chat"
    subject, plural = _subject(analysis)
    nothing_found = not analysis.flagged
    if alert.forbidden_site:
        title = f"{site} mag je niet gebruiken"
    elif nothing_found and analysis.unchecked:
        title = f"{subject} {'konden' if plural else 'kon'} niet worden gecontroleerd"
    elif alert.site is None:
        title = f"{subject} {'mogen' if plural else 'mag'} niet in een AI-chat"
    else:
        title = f"{subject} mag je niet in {site} {'uploaden' if is_upload(alert) else 'plakken'}"
    sub = ""
    if analysis.unchecked:
        sub = ("Plakwacht kon niet alles lezen. Plak of upload het alleen als je zeker weet dat er geen "
               "persoonsgegevens of interne informatie in staan.")
    if is_upload(alert):
        sub = (sub + " " if sub else "") + ("Plakwacht heeft het uploaden tegengehouden. "
                                            "Kies hieronder wat je wilt doen.")
    elif alert.held:
        sub = (sub + " " if sub else "") + ("Plakwacht heeft je klembord tijdelijk leeggemaakt. "
                                            "Kies hieronder wat je wilt doen.")
    return title, sub


#: How many files the warning names; the others are counted. A list of 2,000 copied files made a
#: 2,000-line warning whose show() blocked the GUI thread for 1.4 s.
MAX_FILES = 8


def _rest_line(rest) -> str:
    n = len(rest)
    found = sum(1 for p in rest if p.status == "read" and p.groups)
    unchecked = sum(1 for p in rest if p.status != "read")
    clean = n - found - unchecked
    what = [f"{found} met vondsten"] if found else []
    what += [f"{unchecked} niet gecontroleerd"] if unchecked else []
    if clean:
        what.append("niets gevonden" if not what else f"{clean} zonder vondsten")
    head = "en 1 ander bestand" if n == 1 else f"en {n} andere bestanden"
    return f"<li>{head}: {', '.join(what)}.</li>"


def findings_html(alert) -> str:
    all_parts = list(alert.analysis.parts)
    # Files with findings or problems first: they are what the person has to see.
    ranked = sorted(range(len(all_parts)),
                    key=lambda i: (all_parts[i].status == "read" and not all_parts[i].groups, i))
    named = set(ranked[:MAX_FILES])
    parts = ["<b>Wat Plakwacht vond</b><ul style='margin-top:4px'>"]
    for i, part in enumerate(all_parts):
        if i not in named:
            continue
        name = html.escape(part.name) if part.name else "De afbeelding"
        if part.status != "read":
            problem = html.escape(part.problem or "onbekende reden")
            parts.append(f"<li><b>{name}</b>: kon niet worden gecontroleerd ({problem}).</li>")
            continue
        if not part.groups:
            parts.append(f"<li><b>{name}</b>: niets gevonden.</li>")
            continue
        found = []
        for g in part.groups:
            count = f" ({g.count}×)" if g.count > 1 else ""
            previews = ", ".join(f"<code>{html.escape(p)}</code>" for p in g.previews[:3])
            found.append(f"{html.escape(g.label)}{count}" + (f" {previews}" if previews and not g.category else ""))
        parts.append(f"<li><b>{name}</b>: " + "; ".join(found) + "</li>")
    if len(all_parts) > len(named):
        parts.append(_rest_line([p for i, p in enumerate(all_parts) if i not in named]))
    parts.append("</ul>")
    return "".join(parts)
