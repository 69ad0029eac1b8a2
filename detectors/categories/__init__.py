"""Document categories: internal content (guideline 4) and health data (guideline 5).

Contract (kept by whoever improves this package):
    ``classify(text, findings) -> list[CategoryHit]`` on the *normalised* text, with the
    reported entity findings (offsets in that same text). Linear time; no backtracking regexes.

Each category is decided from structure and combined evidence, never from one word: marker
lines at the top or bottom (``markers``), header blocks, greetings and signatures (``mail``),
titles and line labels (``documents``), links and paths (``sources``), and health terms tied
to one person (``health``). A text that marks itself as public ("Vertrouwelijkheidsklasse 0
Publiek", a Woo release) does not get the structural categories e-mail, meeting notes and
report.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence

from detectors.categories import documents, health, mail, markers, sources
from detectors.categories._text import Spans, head_lines, lower_same_length, tail_lines
from detectors.categories.markers import Evidence, strongest
from detectors.model import CategoryHit, Finding

log = logging.getLogger(__name__)

#: A category is reported from this score on.
THRESHOLD = 0.5


def _unless_public(ev: Evidence | None, is_public: bool) -> Evidence | None:
    """A text marked public keeps its links and paths, but not mere mentions of the DWU."""
    if ev is not None and is_public and ev.score < sources.MENTION:
        return None
    return ev


def classify(text: str, findings: Sequence[Finding]) -> list[CategoryHit]:
    """The document categories of ``text``: one hit per category, pointing at its strongest evidence."""
    if not text or text.isspace():
        return []
    if "\r" in text:
        # Windows clipboards use CRLF; "$" and the line rules expect "\n". Same length, same offsets.
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    head = head_lines(text, 12)
    tail = tail_lines(text, 10)
    low = lower_same_length(text)
    is_public = markers.public(text, low, head, tail)
    persons = Spans(findings, frozenset({"PERSON"}))  # sorted once, for the mail, minutes and health rules
    mailres = mail.analyse(text, low, head, tail, is_public, persons)

    meeting = report = None
    if not is_public:
        # each member's work under their own name is a stand-up's notes and the team's progress report at once
        sections = documents.member_sections(text, persons)
        meeting = strongest(documents.meeting(text, low, head, persons), sections,
                            documents.allocation_questions(text, persons),
                            documents.signed_session(text, head, persons))
        report = strongest(documents.department_report(text, low, head, persons),
                           documents.task_allocation(text, head, persons), sections)
    found: dict[str, Evidence | None] = {
        "EMAIL_MESSAGE": mailres.email,
        "MEETING_NOTES": meeting,
        "DEPARTMENT_REPORT": report,
        "CLASSIFIED": markers.classified(head, tail),
        "INTERNAL_SOURCE": _unless_public(sources.internal_source(text, low), is_public),
        "DRAFT": markers.draft(text, low, head, tail),
    }
    # minutes and team reports talk about named colleagues and clients, like messages do
    personal = mailres.personal or mailres.memo is not None or any(
        ev is not None and ev.score >= THRESHOLD for ev in (meeting, report))
    ctx = health.build_context(text, low, findings, mailres.names, personal, persons)
    found["HEALTH_DATA"] = health.health(text, low, ctx)

    # An unmarked internal memo (Aan/Van/Datum/Betreft) is internal management information; when a
    # marking, a draft note or another category already says the text is internal, that is enough.
    internal = any(ev is not None and ev.score >= THRESHOLD for name, ev in found.items() if name != "HEALTH_DATA")
    if mailres.memo is not None and not is_public and not internal:
        found["DEPARTMENT_REPORT"] = mailres.memo
    hits = []
    for name, ev in found.items():
        if ev is not None and ev.score >= THRESHOLD:
            hits.append(CategoryHit(name, round(min(ev.score, 1.0), 3), ev.reason, ev.start, ev.end))
    return hits
