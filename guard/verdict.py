"""The verdict: which guidelines a text breaks (on a given site) and what the person may do."""
from __future__ import annotations

from dataclasses import dataclass, field

from detectors.model import Analysis
from guard.policy import ALLOWED_GENAI, FORBIDDEN_GENAI, Guideline, Policy, SiteMatch
from guard.vocabulary import Decision

# The choices a warning offers (guard.vocabulary.CHOICES); the UI shows only those in ``Verdict.actions``.
CLEAR, REDACT, PASTE_ANYWAY, ALLOWLIST = Decision.CLEAR, Decision.REDACT, Decision.PASTE_ANYWAY, Decision.ALLOWLIST


@dataclass(frozen=True)
class Verdict:
    """What the guard concludes about one text in one window.

    Attributes:
        warn: a warning must be shown.
        guidelines: every guideline broken, by number.
        site: how the policy classified the window (``None``: no window, e.g. ``plakwacht scan``).
        actions: the choices to offer, in order; the first is the safe default.
    """

    warn: bool
    guidelines: tuple[Guideline, ...] = ()
    site: SiteMatch | None = None
    actions: tuple[str, ...] = field(default=())

    @property
    def numbers(self) -> list[int]:
        return [g.number for g in self.guidelines]


def text_guidelines(analysis: Analysis, policy: Policy) -> list[Guideline]:
    """The guidelines the text itself breaks, from the policy's mapping (not from code paths)."""
    kinds = {f.type for f in analysis.findings} | {c.name for c in analysis.categories}
    return policy.guidelines_for(kinds)


def evaluate(analysis: Analysis, policy: Policy, site: SiteMatch | None = None) -> Verdict:
    """Decide for one analysed text.

    Without a site (scanning a file) the text's guidelines decide. On Le Chat a flagged text is
    warned about. On a forbidden GenAI site every text is, citing the site guideline first.
    Elsewhere nothing is warned about: copying a BSN into a case file is ordinary work.
    """
    broken = text_guidelines(analysis, policy)
    if site is not None and site.kind == FORBIDDEN_GENAI:
        site_rule = policy.guideline_for("site")
        rules = ([site_rule] if site_rule else []) + [g for g in broken if g != site_rule]
        return Verdict(True, tuple(rules), site, _actions(analysis, policy, site_forbidden=True))
    if site is not None and site.kind != ALLOWED_GENAI:
        return Verdict(False, tuple(broken), site, ())
    if not broken:
        return Verdict(False, (), site, ())
    return Verdict(True, tuple(broken), site, _actions(analysis, policy))


def _actions(analysis: Analysis, policy: Policy, site_forbidden: bool = False) -> tuple[str, ...]:
    actions = [CLEAR]
    only_personal = bool(analysis.findings) and not analysis.categories
    if only_personal and not site_forbidden:
        actions.append(REDACT)
    actions.append(PASTE_ANYWAY)
    # "This text is public" answers guidelines 4 and 5, never 3: on a forbidden site a public text
    # still may not go in, so marking it public there would silence the site warning for good.
    if analysis.flagged and not site_forbidden:
        actions.append(ALLOWLIST)
    return tuple(actions)
