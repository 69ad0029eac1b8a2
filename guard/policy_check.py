"""Every policy is tried before it is used: a policy that would let personal data through is refused.

A policy file that parses can still switch the guard off: an empty ``[breaks]`` table, no site
that is recognised, Le Chat marked forbidden and ChatGPT allowed. So each policy other than the
built-in one is run against the self-test's canned expectations (``guard.cli.selftest``):

- each canned text that must warn (BSN, IBAN, name, phone, e-mail, meeting notes) must warn on the
  allowed site and cite a guideline (which number is the policy's business);
- the canned windows must be classified as the self-test expects (ChatGPT forbidden, a Word
  document no GenAI site) and the allowed site must be one of the policy's sites;
- a text on a forbidden site must warn.

The check uses the canned *findings* (what the detectors find in those texts, pinned by the
self-test), not the detectors themselves: it is instant and runs wherever a policy is loaded.
"""
from __future__ import annotations

from detectors.model import Analysis, CategoryHit, Finding
from guard.policy import ALLOWED_GENAI, FORBIDDEN_GENAI, OTHER, Policy, SiteMatch
from guard.windows.base import WindowInfo

SITE_LABEL = {ALLOWED_GENAI: "toegestane AI-site", FORBIDDEN_GENAI: "verboden AI-site", OTHER: "geen AI-site"}


def check_policy(policy: Policy) -> list[str]:
    """Plain-Dutch reasons why this policy may not be used; empty when it passes."""
    from guard.cli.selftest import SAMPLES, WINDOWS
    from guard.verdict import evaluate

    problems: list[str] = []
    allowed = [s for s in policy.sites if s.allowed]
    for fields, expected, label in WINDOWS:
        got = policy.classify(WindowInfo(**fields)).kind
        if expected == ALLOWED_GENAI and got == OTHER:
            problems.append(f"het beleid herkent {label} niet als AI-site")
        elif expected != ALLOWED_GENAI and got != expected:
            problems.append(f"het beleid ziet {label} als {SITE_LABEL.get(got, got)} in plaats van "
                            f"{SITE_LABEL[expected]}")
    sites = [SiteMatch(ALLOWED_GENAI, s.name, True) for s in allowed] or [SiteMatch(ALLOWED_GENAI, "Le Chat", True)]
    for sample in SAMPLES:
        if not sample.guidelines:
            continue
        analysis = Analysis(
            findings=[Finding(kind, 0, len(value), 1.0) for kind, value in sample.entities],
            categories=[CategoryHit(name, 1.0, "", 0, 0) for name in sample.categories])
        for site in sites:
            verdict = evaluate(analysis, policy, site)
            if not verdict.warn:
                problems.append(f"een {sample.label} zou zonder waarschuwing naar {site.site} mogen")
                break
            if not verdict.guidelines:
                problems.append(f"bij een {sample.label} noemt het beleid geen richtlijn")
                break
    forbidden = SiteMatch(FORBIDDEN_GENAI, "ChatGPT", True)
    verdict = evaluate(Analysis(), policy, forbidden)
    if not verdict.warn:
        problems.append("een tekst op een verboden AI-site geeft geen waarschuwing")
    elif policy.guideline_for("site") is None:
        problems.append("het beleid noemt geen richtlijn voor verboden AI-sites")
    return list(dict.fromkeys(problems))


def refusal(problems: list[str]) -> str:
    """The message for the person when a policy is refused."""
    return ("Dit beleidsbestand wordt niet gebruikt, omdat het de bescherming uitschakelt: "
            + "; ".join(problems) + ". Het ingebouwde beleid blijft gelden. Vraag je beheerder om het bestand "
            "te verbeteren.")
