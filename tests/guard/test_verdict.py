"""The verdict: guidelines come from the policy data; what the person may do depends on why."""
from __future__ import annotations

import shutil

import pytest

from detectors.model import Analysis, CategoryHit, Finding
from guard.policy import ALLOWED_GENAI, BUILTIN, FORBIDDEN_GENAI, OTHER, SiteMatch, load_policy
from guard.verdict import ALLOWLIST, CLEAR, PASTE_ANYWAY, REDACT, evaluate, text_guidelines

LE_CHAT = SiteMatch(ALLOWED_GENAI, "Mistral Le Chat", True)
CHATGPT = SiteMatch(FORBIDDEN_GENAI, "ChatGPT", True)
WORD = SiteMatch(OTHER)


@pytest.fixture
def policy(monkeypatch):
    monkeypatch.delenv("PLAKWACHT_POLICY", raising=False)
    return load_policy()


def personal() -> Analysis:
    return Analysis(findings=[Finding("BSN", 4, 13, 1.0, "9 cijfers die kloppen met de elfproef"),
                              Finding("PERSON", 20, 32, 0.85, "naam na 'mevrouw'")])


def internal() -> Analysis:
    return Analysis(categories=[CategoryHit("EMAIL_MESSAGE", 0.9, "kopregels van een e-mail")])


def both() -> Analysis:
    a = personal()
    a.categories = internal().categories
    return a


def test_personal_data_on_le_chat_cites_guideline_5(policy):
    v = evaluate(personal(), policy, LE_CHAT)
    assert v.warn and v.numbers == [5]
    assert v.guidelines[0].text.startswith("Deel nooit persoonsgegevens")


def test_internal_text_on_le_chat_cites_guideline_4(policy):
    v = evaluate(internal(), policy, LE_CHAT)
    assert v.warn and v.numbers == [4]


def test_both_cite_both_in_order(policy):
    assert evaluate(both(), policy, LE_CHAT).numbers == [4, 5]


def test_clean_text_on_le_chat_is_fine(policy):
    v = evaluate(Analysis(), policy, LE_CHAT)
    assert not v.warn and v.actions == ()


def test_other_windows_never_warn(policy):
    v = evaluate(both(), policy, WORD)
    assert not v.warn and v.actions == ()
    assert v.numbers == [4, 5]  # still known, for the scan report


def test_without_a_site_the_text_decides(policy):
    assert evaluate(personal(), policy, None).warn
    assert not evaluate(Analysis(), policy, None).warn


def test_forbidden_site_cites_3_first_even_for_clean_text(policy):
    clean = evaluate(Analysis(), policy, CHATGPT)
    assert clean.warn and clean.numbers == [3]
    assert clean.actions == (CLEAR, PASTE_ANYWAY)
    flagged = evaluate(both(), policy, CHATGPT)
    assert flagged.numbers == [3, 4, 5]
    # A copy without names is still not allowed there, and "this text is public" does not make
    # ChatGPT allowed: only clear or paste anyway (with a reason).
    assert flagged.actions == (CLEAR, PASTE_ANYWAY)
    assert evaluate(personal(), policy, CHATGPT).actions == (CLEAR, PASTE_ANYWAY)


def test_redact_only_when_every_reason_is_personal_data(policy):
    assert evaluate(personal(), policy, LE_CHAT).actions == (CLEAR, REDACT, PASTE_ANYWAY)
    assert REDACT not in evaluate(internal(), policy, LE_CHAT).actions
    assert REDACT not in evaluate(both(), policy, LE_CHAT).actions
    health = personal()
    health.categories = [CategoryHit("HEALTH_DATA", 0.8, "ziekmelding")]
    # Health data is personal data, but spread over the text: no copy can be made without it.
    assert REDACT not in evaluate(health, policy, LE_CHAT).actions


def test_clear_is_always_the_first_and_safe_default(policy):
    for analysis in (personal(), internal(), both()):
        for site in (LE_CHAT, CHATGPT, None):
            v = evaluate(analysis, policy, site)
            assert v.actions[0] == CLEAR


def test_mapping_comes_from_the_policy_file(tmp_path):
    altered = tmp_path / "ander beleid.toml"
    shutil.copyfile(BUILTIN, altered)
    text = altered.read_text("utf-8")
    assert "\nBSN = 5\n" in text
    altered.write_text(text.replace("\nBSN = 5\n", "\nBSN = 4\n"), "utf-8")
    policy = load_policy(altered)
    assert policy.problems == ()
    only_bsn = Analysis(findings=[Finding("BSN", 0, 9, 1.0)])
    assert text_guidelines(only_bsn, policy)[0].number == 4
    v = evaluate(only_bsn, policy, LE_CHAT)
    assert v.numbers == [4]
    assert v.guidelines[0].text.startswith("Upload alleen informatie")


def test_unmapped_finding_type_breaks_nothing(tmp_path):
    altered = tmp_path / "beleid.toml"
    text = BUILTIN.read_text("utf-8").replace("\nIP_ADDRESS = 5\n", "\n")
    altered.write_text(text, "utf-8")
    v = evaluate(Analysis(findings=[Finding("IP_ADDRESS", 0, 9, 1.0)]), load_policy(altered), LE_CHAT)
    assert not v.warn


def test_public_mark_only_for_internal_content_or_context_findings(policy):
    """Issue 14: "Deze tekst is openbaar" never with a checksum identifier or health data (policy data)."""
    assert ALLOWLIST in evaluate(internal(), policy, LE_CHAT).actions
    name_only = Analysis(findings=[Finding("PERSON", 0, 5, 0.85, "naam na 'mevrouw'")])
    assert ALLOWLIST in evaluate(name_only, policy, LE_CHAT).actions
    for kind in ("BSN", "IBAN", "VAT_NUMBER"):
        a = internal()
        a.findings = [Finding(kind, 0, 9, 1.0, "controlegetal klopt")]
        assert ALLOWLIST not in evaluate(a, policy, LE_CHAT).actions, kind
    health = internal()
    health.categories = health.categories + [CategoryHit("HEALTH_DATA", 0.8, "ziekmelding")]
    assert ALLOWLIST not in evaluate(health, policy, LE_CHAT).actions


def test_public_mark_list_comes_from_the_policy(tmp_path, monkeypatch):
    text = BUILTIN.read_text(encoding="utf-8").replace(
        'never_for = ["BSN",', 'never_for = ["PERSON", "BSN",')
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    strict = load_policy(path)
    name_only = Analysis(findings=[Finding("PERSON", 0, 5, 0.85, "naam na 'mevrouw'")])
    assert ALLOWLIST not in evaluate(name_only, strict, LE_CHAT).actions
    # A policy file without the section keeps the built-in floor.
    old = BUILTIN.read_text(encoding="utf-8").split("[public_marks]")
    path.write_text(old[0] + old[1].split("\n", 2)[2], encoding="utf-8")
    older = load_policy(path)
    assert older.public_mark_never == load_policy().public_mark_never
