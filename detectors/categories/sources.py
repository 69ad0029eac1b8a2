"""Links and paths into the internal workplace (INTERNAL_SOURCE).

SharePoint and OneDrive links, Teams links, file shares (``\\\\server\\share``), drive paths
(``H:\\map``), intranet addresses and the internal workplace "DWU". A vacancy that asks for
"ervaring met SharePoint" is not a link: the bare product name alone does not count.
"""
from __future__ import annotations

import re

from detectors.categories.markers import Evidence

# (pattern, score, reason, hints): the pattern only runs when one of the hints is in the text
_PATTERNS: list[tuple[re.Pattern, float, str]] = [
    (re.compile(r"(?i)\bhttps?://[\w-]+-my\.sharepoint\.com/[^\s<>\"]*"), 0.95, "link naar een OneDrive-map"),
    (re.compile(r"(?i)\b(?:https?://)?[\w-]+\.sharepoint\.com(?:/[^\s<>\"]*)?"), 0.95, "link naar SharePoint"),
    (re.compile(r"(?i)\b(?:https?://)?(?:onedrive\.live\.com|1drv\.ms)/[^\s<>\"]*"), 0.9, "link naar OneDrive"),
    (re.compile(r"(?i)\b(?:https?://)?teams\.microsoft\.com/l/[^\s<>\"]*"), 0.9, "link naar Microsoft Teams"),
    (re.compile(r"(?<![\\\w])\\\\[A-Za-z0-9][\w.$-]*\\[\w$.-][^\s<>\"]*"), 0.95,
     "pad naar een netwerkmap (\\\\server\\map)"),
    # the same share as a program or a JSON file writes it: "//karelstad/webdata/..." (a server name without dots:
    # "//cdn.example.com/x" is a web address without its scheme, "https://..." has a colon before its slashes)
    (re.compile(r"(?<![\w:/\\])//[A-Za-z0-9][\w$-]*/[\w$.-][^\s<>\"]*"), 0.9,
     "pad naar een netwerkmap (//server/map)"),
    (re.compile(r"(?<![\w\\/])[D-Zd-z]:\\[\w$.-][^\s<>\"]*"), 0.9, "pad naar een schijf van de werkplek (zoals H:\\)"),
    (re.compile(r"(?<![\w\\/])[Cc]:\\(?:Users|Gebruikers|Documents|Documenten)\\[^\s<>\"]+"), 0.7,
     "pad naar een map op de computer"),
    (re.compile(r"(?i)\bfile:/{2,3}[^\s<>\"]+"), 0.85, "link naar een bestand op de werkplek"),
    (re.compile(r"(?i)\bhttps?://(?:[\w-]+\.)*(?:intranet|intra|insite)(?:\.[\w-]+)*(?::\d+)?(?:/[^\s<>\"]*)?"
                r"|\bhttps?://(?:[\w-]+\.)+(?:local|intra|internal|corp|lan)(?::\d+)?(?:/[^\s<>\"]*)?"),
     0.9, "link naar een intranetpagina"),
    (re.compile(r"(?i)\bhttps?://[a-z][\w-]*(?::\d+)?/[^\s<>\"]*"), 0.75, "link naar een interne server"),
    (re.compile(r"\bDWU\b(?!\))"), 0.7, "verwijzing naar de digitale werkplek (DWU)"),
    (re.compile(r"(?i)\b(?:dwu|intranet|sharepoint|teams|onedrive)\s*>\s*\w"), 0.85,
     "verwijzing naar een pagina op de interne werkplek"),
    (re.compile(r"(?i)\b(?:op|in|via|naar|uit)\s+(?:de\s+|het\s+|onze\s+|mijn\s+|jullie\s+|je\s+)?"
                r"(?:sharepoint(?:-?site|-?map|-?pagina)?|onedrive(?:-?map)?|teamsite|teams-?kanaal|intranet|"
                r"[a-z]-schijf|groepsschijf|netwerkschijf|teamschijf|gedeelde\s+(?:schijf|map))\b"),
     0.7, "verwijzing naar een map of site op de interne werkplek"),
]


_HINTS = [
    ("sharepoint",), ("sharepoint",), ("onedrive", "1drv"), ("teams.microsoft",), ("\\\\",), ("//",), (":\\",),
    (":\\",), ("file:/",), ("http",), ("http",), ("DWU",), (">",),
    ("sharepoint", "onedrive", "teamsite", "teams", "intranet", "schijf", "gedeelde"),
]


#: Mentions (not links or paths) score below this; a text marked public may mention the DWU.
MENTION = 0.8


def internal_source(text: str, low: str) -> Evidence | None:
    """The strongest link or path into the internal workplace (``low``: the text lowered).

    "Digitale Werkplek UWV (DWU)" explains the name and is no reference to a place.
    """
    best = None
    for (pattern, score, reason), hints in zip(_PATTERNS, _HINTS, strict=True):
        if best is not None and best.score >= score:
            continue
        if not any(h in (text if h == "DWU" else low) for h in hints):
            continue
        m = pattern.search(text)
        if m:
            best = Evidence(score, reason, m.start(), m.end())
    return best
