"""Plain-Dutch sentences built from the policy in force: never a tool's name written in code.

Policies change (a May 2026 report says UWV moved from Le Chat to a Copilot Chat pilot), so every
text that names the allowed tool, or points to it from a forbidden site, asks the policy here.
"""
from __future__ import annotations

#: Categories that stand for internal (not public) content; the guideline they break is the one
#: that asks for public texts only.
INTERNAL_KINDS = ("EMAIL_MESSAGE", "MEETING_NOTES", "DEPARTMENT_REPORT", "CLASSIFIED", "INTERNAL_SOURCE", "DRAFT")


def allowed_tools(policy) -> list[str]:
    """The names of the GenAI tools the policy allows, in policy order."""
    return [s.name for s in getattr(policy, "sites", ()) if s.allowed]


def join_or(names: list[str]) -> str:
    """``"A"``, ``"A of B"``, ``"A, B of C"``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " of " + names[-1]


def allowed_tools_text(policy) -> str:
    """``"Mistral Le Chat"`` (or several joined with "of"); ``""`` when the policy allows none."""
    return join_or(allowed_tools(policy))


def allowed_tool_hint(policy) -> str:
    """Where to go instead of a forbidden site: ``"Gebruik alleen Mistral Le Chat (chat.mistral.ai)."``"""
    sites = [s for s in getattr(policy, "sites", ()) if s.allowed]
    if not sites:
        return "Het beleid staat geen enkele AI-chat toe."
    names = join_or([s.name + (f" ({s.hosts[0]})" if s.hosts else "") for s in sites])
    return f"Gebruik alleen {names}."


def ai_chat(policy) -> str:
    """The allowed tool's name for a sentence, or "een AI-chat" when the policy allows none."""
    return allowed_tools_text(policy) or "een AI-chat"


def public_only_guideline(policy):
    """The guideline that asks for public texts only (what internal content breaks), or None."""
    for kind in INTERNAL_KINDS:
        g = policy.guideline_for(kind)
        if g is not None:
            return g
    return None
