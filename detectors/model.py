"""Plain data that the detectors hand to the rest of Plakwacht.

Qt-free and Presidio-free on purpose: ``guard`` and ``ui`` only ever see these types.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: Entity types of personal data, as in ``shared/eval/LABELS.md``.
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON", "BSN", "IBAN", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "POSTCODE",
    "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "KVK_NUMBER", "VAT_NUMBER",
    "EMPLOYEE_NUMBER", "CASE_NUMBER", "IP_ADDRESS",
)

#: Document-level categories, as in ``shared/eval/LABELS.md``.
CATEGORIES: tuple[str, ...] = (
    "EMAIL_MESSAGE", "MEETING_NOTES", "DEPARTMENT_REPORT", "CLASSIFIED",
    "INTERNAL_SOURCE", "DRAFT", "HEALTH_DATA",
)

#: Findings below this score are not reported (and do not cause a warning).
REPORT_THRESHOLD = 0.5


@dataclass(frozen=True)
class Finding:
    """One span of personal data.

    Attributes:
        type: one of :data:`ENTITY_TYPES`.
        start: offset of the first character in the *original* text.
        end: offset after the last character in the original text.
        score: confidence 0..1; only findings >= :data:`REPORT_THRESHOLD` are reported.
        reason: short Dutch explanation of why it fired (B1), e.g.
            ``"9 cijfers die kloppen met de elfproef"``. Never contains the text itself.
    """

    type: str
    start: int
    end: int
    score: float
    reason: str = ""


@dataclass(frozen=True)
class CategoryHit:
    """A document-level reason (internal content or health data).

    Attributes:
        name: one of :data:`CATEGORIES`.
        score: confidence 0..1.
        reason: short Dutch explanation, e.g. ``"kopregels van een e-mail (Van, Aan, Onderwerp)"``.
        start/end: the span of the strongest evidence in the original text (a marker such as
            "Vertrouwelijk" or "Van:"), or ``(0, 0)`` when the evidence is spread out.
    """

    name: str
    score: float
    reason: str = ""
    start: int = 0
    end: int = 0


@dataclass
class Analysis:
    """Everything the detectors say about one text."""

    findings: list[Finding] = field(default_factory=list)
    categories: list[CategoryHit] = field(default_factory=list)
    ms: float = 0.0
    text_length: int = 0

    @property
    def entity_types(self) -> list[str]:
        return sorted({f.type for f in self.findings})

    @property
    def category_names(self) -> list[str]:
        return sorted({c.name for c in self.categories})

    @property
    def flagged(self) -> bool:
        return bool(self.findings or self.categories)
