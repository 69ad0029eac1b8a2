"""Plakwacht's words, in one place: the decisions, kinds and states, and their Dutch labels.

Every enum is a ``StrEnum``: a member *is* its string value, so the values stored in the history
(``"paste_anyway"``), written to test events and compared in older code keep working unchanged.
The Dutch labels are what a person reads (tray, warning, history window, ``plakwacht scan`` and
``plakwacht history``); nothing else in the program spells them out.

Qt-free and free of detectors: ``ui``, ``guard`` and the CLI all import from here.
"""
from __future__ import annotations

from enum import StrEnum


class Decision(StrEnum):
    """What happened to a warning (history contract: these values are stored)."""

    CLEAR = "clear"                # empty the clipboard
    REDACT = "redact"              # paste a copy without the personal data
    PASTE_ANYWAY = "paste_anyway"  # give the original back, with a reason
    ALLOWLIST = "allowlist"        # this text is public: do not warn again for it
    PENDING = "pending"            # no choice yet
    LEFT_SITE = "left_site"        # the person left the GenAI site: the text was given back
    DISMISSED = "dismissed"        # the warning closed without a choice ("Begrepen", new copy, quit)

    @property
    def label(self) -> str:
        return DECISION_LABELS[self]


#: The choices a warning can offer (the others are outcomes, not buttons — except DISMISSED,
#: which is offered as "Begrepen" when nothing is held).
CHOICES = (Decision.CLEAR, Decision.REDACT, Decision.PASTE_ANYWAY, Decision.ALLOWLIST)

DECISION_LABELS = {
    Decision.CLEAR: "klembord gewist",
    Decision.REDACT: "geplakt zonder persoonsgegevens",
    Decision.PASTE_ANYWAY: "toch geplakt",
    Decision.ALLOWLIST: "gemarkeerd als openbaar",
    Decision.PENDING: "nog geen keuze",
    Decision.LEFT_SITE: "site verlaten",
    Decision.DISMISSED: "melding gesloten",
}


class WindowKind(StrEnum):
    """How the policy classifies the active window (history contract: these values are stored)."""

    ALLOWED_GENAI = "allowed_genai"
    FORBIDDEN_GENAI = "forbidden_genai"
    OTHER = "other"
    UNKNOWN = "unknown"  # no window detection: where the text goes is not known

    @property
    def label(self) -> str:
        return WINDOW_KIND_LABELS[self]


WINDOW_KIND_LABELS = {
    WindowKind.ALLOWED_GENAI: "toegestane AI-site",
    WindowKind.FORBIDDEN_GENAI: "verboden AI-site",
    WindowKind.OTHER: "ander venster",
    WindowKind.UNKNOWN: "onbekend venster",
}

#: The site name a history row gets when the window is not known.
UNKNOWN_SITE = "onbekend"


class AlertKind(StrEnum):
    """Why a warning is shown."""

    FLAGGED = "flagged"      # the analysis found something (or the site is forbidden)
    UNCHECKED = "unchecked"  # too large, too slow or failed: an honest "kon niet worden gecontroleerd"


class UncheckedReason(StrEnum):
    """Why a text was not checked."""

    TOO_LARGE = "too_large"
    STARTING = "starting"
    SLOW = "slow"
    FAILED = "failed"


class TrayState(StrEnum):
    """The guard's state as the tray shows it."""

    STARTING = "starting"
    ACTIVE = "active"
    PAUSED = "paused"
    NO_WINDOWS = "no_window_detection"
    EXPIRED = "policy_expired"  # active, with a policy past its date (the tray's own refinement)


#: The history's category for a text that was warned about without being checked.
NOT_CHECKED = "NIET_GECONTROLEERD"

#: Dutch names of the entity types (``../shared/eval/LABELS.md``).
TYPE_LABELS = {
    "PERSON": "naam", "BSN": "BSN", "IBAN": "rekeningnummer (IBAN)", "PHONE_NUMBER": "telefoonnummer",
    "EMAIL_ADDRESS": "e-mailadres", "ADDRESS": "adres", "POSTCODE": "postcode",
    "DATE_OF_BIRTH": "geboortedatum", "ID_DOCUMENT": "nummer van paspoort, ID-kaart of rijbewijs",
    "LICENSE_PLATE": "kenteken", "KVK_NUMBER": "KvK-nummer", "VAT_NUMBER": "btw-nummer",
    "EMPLOYEE_NUMBER": "personeelsnummer", "CASE_NUMBER": "klant- of dossiernummer",
    "IP_ADDRESS": "IP-adres",
}
#: Dutch names of the document categories, and of :data:`NOT_CHECKED`.
CATEGORY_LABELS = {
    "EMAIL_MESSAGE": "e-mail", "MEETING_NOTES": "aantekeningen van een overleg",
    "DEPARTMENT_REPORT": "intern verslag of rapportage", "CLASSIFIED": "gerubriceerd (niet openbaar)",
    "INTERNAL_SOURCE": "link of pad naar de interne werkplek", "DRAFT": "concept, nog niet openbaar",
    "HEALTH_DATA": "gezondheidsgegevens",
    NOT_CHECKED: "niet gecontroleerd",
}
#: What "Plakken zonder persoonsgegevens" puts in place of each finding.
REDACT_LABELS = {
    "PERSON": "[NAAM]", "BSN": "[BSN]", "IBAN": "[IBAN]", "PHONE_NUMBER": "[TELEFOONNUMMER]",
    "EMAIL_ADDRESS": "[E-MAILADRES]", "ADDRESS": "[ADRES]", "POSTCODE": "[POSTCODE]",
    "DATE_OF_BIRTH": "[GEBOORTEDATUM]", "ID_DOCUMENT": "[ID-NUMMER]", "LICENSE_PLATE": "[KENTEKEN]",
    "KVK_NUMBER": "[KVK-NUMMER]", "VAT_NUMBER": "[BTW-NUMMER]", "EMPLOYEE_NUMBER": "[PERSONEELSNUMMER]",
    "CASE_NUMBER": "[DOSSIERNUMMER]", "IP_ADDRESS": "[IP-ADRES]",
}
REDACT_FALLBACK = "[VERWIJDERD]"


def label(kind: str) -> str:
    """The Dutch name of an entity type, a category or :data:`NOT_CHECKED` (``"BSN"``, ``"e-mail"``).

    An unknown name is shown readably rather than as a code: ``"NEW_TYPE"`` → ``"new type"``.
    """
    return TYPE_LABELS.get(kind) or CATEGORY_LABELS.get(kind) or kind.replace("_", " ").lower()


def decision_label(decision: str) -> str:
    """The Dutch words for a stored decision; an unknown value is shown as it is."""
    try:
        return Decision(decision).label
    except ValueError:
        return decision


def window_kind_label(kind: str) -> str:
    """The Dutch words for a stored window kind; an unknown value is shown as it is."""
    try:
        return WindowKind(kind).label
    except ValueError:
        return kind


__all__ = [
    "AlertKind", "CATEGORY_LABELS", "CHOICES", "DECISION_LABELS", "Decision", "NOT_CHECKED", "REDACT_FALLBACK",
    "REDACT_LABELS", "TYPE_LABELS", "TrayState", "UNKNOWN_SITE", "UncheckedReason", "WINDOW_KIND_LABELS",
    "WindowKind", "decision_label", "label", "window_kind_label",
]
