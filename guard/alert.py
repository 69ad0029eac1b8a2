"""The alert (one warning, as the UI shows it) and the one masked-preview builder.

Every place that shows or stores what was found — the warning, the history row, ``plakwacht scan``
— starts from :func:`masked_items`: the only function that reads a finding's text, and it hands
out masked previews only (:mod:`guard.masking`). The views on top of it:

- :func:`finding_groups`: per type, for the warning (masked examples and why they fired);
- :func:`preview_line`: one short line for a history row;
- ``plakwacht scan``'s report and ``--json`` take the items as they are.

:func:`redact` builds the text for "Plakken zonder persoonsgegevens".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from guard.masking import mask
from guard.vocabulary import REDACT_FALLBACK, REDACT_LABELS, AlertKind, Decision, WindowKind, label

if TYPE_CHECKING:  # pragma: no cover
    from detectors.model import Analysis
    from guard.policy import SiteMatch
    from guard.verdict import Verdict

#: A history row shows at most this many masked examples, in at most this many characters.
PREVIEW_ITEMS = 6
PREVIEW_MAX = 240
#: The warning shows at most this many examples per type.
GROUP_PREVIEWS = 5


@dataclass(frozen=True)
class MaskedItem:
    """One finding (or document category), masked.

    Attributes:
        kind: entity type or category name (``"BSN"``, ``"EMAIL_MESSAGE"``).
        label: its Dutch name.
        preview: the masked text (``"111•••33"``); ``""`` for a category without a span.
        reason: why the detector flagged it, in Dutch.
        score: the detector's score.
        start, end: offsets in the text.
        category: a document-level reason (guideline 4 or health data), not personal data.
    """

    kind: str
    label: str
    preview: str
    reason: str
    score: float
    start: int
    end: int
    category: bool = False


def masked_items(analysis: Analysis, text: str) -> list[MaskedItem]:
    """Findings in text order, then categories; each with its masked preview only."""
    items = []
    for f in sorted(analysis.findings, key=lambda f: (f.start, f.end)):
        preview = mask(f.type, text[f.start:f.end]) if f.end > f.start else ""
        items.append(MaskedItem(f.type, label(f.type), preview, f.reason, f.score, f.start, f.end))
    for c in analysis.categories:
        preview = mask(c.name, text[c.start:c.end]) if c.end > c.start else ""
        items.append(MaskedItem(c.name, label(c.name), preview, c.reason, c.score, c.start, c.end, category=True))
    return items


@dataclass(frozen=True)
class FindingGroup:
    """Findings of one type, for the warning: masked examples and why they fired.

    Attributes:
        kind: entity type or category name.
        label: its Dutch name.
        count: how often it was found.
        previews: masked examples (at most :data:`GROUP_PREVIEWS`, no doubles).
        reasons: why the detector flagged it, in Dutch (no doubles).
        category: a document-level reason (guideline 4 or health data), not a span of personal data.
    """

    kind: str
    label: str
    count: int
    previews: tuple[str, ...]
    reasons: tuple[str, ...]
    category: bool = False


def finding_groups(analysis: Analysis, text: str) -> list[FindingGroup]:
    """Group an analysis by type, with masked previews; personal data first (most found first), then categories."""
    items = masked_items(analysis, text)
    by_type: dict[str, list[MaskedItem]] = {}
    for item in items:
        if not item.category:
            by_type.setdefault(item.kind, []).append(item)
    groups = []
    for kind in sorted(by_type, key=lambda k: (-len(by_type[k]), k)):
        group = by_type[kind]
        previews = tuple(dict.fromkeys(i.preview for i in group if i.preview))[:GROUP_PREVIEWS]
        reasons = tuple(dict.fromkeys(i.reason for i in group if i.reason))
        groups.append(FindingGroup(kind, group[0].label, len(group), previews, reasons))
    for item in items:
        if item.category:
            groups.append(FindingGroup(item.kind, item.label, 1, (item.preview,) if item.preview else (),
                                       (item.reason,) if item.reason else (), category=True))
    return groups


def preview_line(analysis: Analysis, text: str, max_items: int = PREVIEW_ITEMS, max_chars: int = PREVIEW_MAX) -> str:
    """The masked examples of personal data in text order, no doubles, as one short line for the history."""
    previews = list(dict.fromkeys(i.preview for i in masked_items(analysis, text) if i.preview and not i.category))
    line = ", ".join(previews[:max_items])
    if len(previews) > max_items:
        line += f" (+{len(previews) - max_items})"
    if len(line) > max_chars:
        line = line[: max_chars - 1] + "…"
    return line


def redact(text: str, analysis: Analysis) -> str:
    """The text with every finding replaced by a placeholder such as ``[BSN]`` or ``[NAAM]``."""
    spans = sorted((f.start, f.end, f.type) for f in analysis.findings if 0 <= f.start < f.end <= len(text))
    merged: list[list] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:  # overlap: one placeholder for the whole run
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end, kind])
    out, pos = [], 0
    for start, end, kind in merged:
        out.append(text[pos:start])
        out.append(REDACT_LABELS.get(kind, REDACT_FALLBACK))
        pos = end
    out.append(text[pos:])
    return "".join(out)


@dataclass(eq=False)
class Alert:
    """One warning, as the UI shows it.

    Attributes:
        id: a number unique within this run.
        kind: :class:`~guard.vocabulary.AlertKind`.
        verdict: guidelines broken and the choices to offer (``verdict.actions``; first = safe default).
        analysis: what the detectors found (empty for an unchecked text).
        site: where the text was about to go (``None`` without window detection).
        held: the clipboard was made safe and the original waits in memory.
        key: the in-memory content key (never stored).
        text: the clipboard text while the warning is open; emptied once it is settled.
        history_id: the history row of this warning.
        decision: the person's choice so far (:attr:`Decision.PENDING` until they choose).
        unchecked_reason: why an unchecked text was not checked (:class:`~guard.vocabulary.UncheckedReason`).
    """

    id: int
    kind: AlertKind
    verdict: Verdict
    analysis: Analysis
    site: SiteMatch | None
    held: bool
    key: str = field(repr=False)
    text: str = field(repr=False)
    history_id: int | None = None
    decision: Decision = Decision.PENDING
    text_length: int = 0
    unchecked_reason: str = ""

    @property
    def actions(self) -> tuple[str, ...]:
        return self.verdict.actions

    @property
    def site_name(self) -> str:
        return self.site.site if self.site is not None else ""

    @property
    def forbidden_site(self) -> bool:
        return self.site is not None and self.site.kind == WindowKind.FORBIDDEN_GENAI

    def groups(self) -> list[FindingGroup]:
        return finding_groups(self.analysis, self.text)

    def redacted(self) -> str:
        return redact(self.text, self.analysis)


__all__ = [
    "Alert", "FindingGroup", "GROUP_PREVIEWS", "MaskedItem", "PREVIEW_ITEMS", "PREVIEW_MAX", "finding_groups",
    "masked_items", "preview_line", "redact",
]
