"""The about box text."""
from __future__ import annotations

import html

from guard import version


def about_text(policy=None) -> str:
    """Rich text for "Over Plakwacht": what it does, what it keeps, which policy, which version."""
    lines = [
        f"<h3>Plakwacht {html.escape(version())}</h3>",
        "<p>Plakwacht let op je klembord. Wil je persoonsgegevens of interne tekst in een AI-chat plakken, "
        "dan waarschuwt Plakwacht je eerst en vertelt welke richtlijn geldt.</p>",
        "<p>Alles gebeurt op deze computer. Plakwacht stuurt niets naar internet en bewaart nooit de tekst "
        "die je kopieert: de geschiedenis toont alleen wat er gevonden is, onleesbaar gemaakt.</p>",
    ]
    if policy is not None:
        lines.append(f"<p>Beleid: {html.escape(policy.title)}"
                     + (f" (versie {html.escape(policy.version)})" if policy.version else "") + "</p>")
    lines.append("<p>Licentie: EUPL-1.2</p>")
    return "".join(lines)
