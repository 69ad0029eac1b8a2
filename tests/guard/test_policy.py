"""The policy as data: the built-in file, its expiry, how windows are classified, other files."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from guard.policy import (ALLOWED_GENAI, BUILTIN, ENV_VAR, FORBIDDEN_GENAI, OTHER, PolicyError, load_policy,
                          read_policy)
from guard.windows.base import WindowInfo

# The 13 guidelines as "Tijdelijk kader UWV gebruik generatieve AI voor 2025" words them
# (markdown and the redacted contact address left out).
VERBATIM = {
    1: 'Volg eerst de e-learning(s) over AI-geletterdheid.',
    2: 'Hou je aan je verplichtingen als ambtenaar rondom vertrouwelijkheid en ethische waarden en volg hierbij de UWV-gedragscode.',
    3: 'Gebruik uitsluitend Mistral Le Chat via https://mistral.ai en geen andere GenAI-systemen. Dit Franse systeem is kwalitatief goed en past bij het rijksbeleid met betrekking tot soevereiniteit en de voorkeur voor een Europees systeem.',
    4: 'Upload alleen informatie die al voor het publiek beschikbaar is, zoals persberichten of RvB-vergaderstukken of andere openbare documenten die online beschikbaar zijn op publieke websites bijvoorbeeld uwv.nl (Wet open overheid (Woo) | UWV).',
    5: 'Deel nooit persoonsgegevens of gegevens die herleidbaar zijn tot natuurlijke personen en/of rechtspersonen. Alles wat je invoert deel je met de wereld.',
    6: 'Wees kritisch op elke uitkomst geproduceerd door een AI-toepassing.',
    7: 'Controleer op mogelijke vooroordelen en feitelijk onjuiste informatie.',
    8: 'Neem gegenereerde content niet een-op-een over.',
    9: "Wees je bewust van de beperkingen van generatieve AI. Het kan niet alleen onjuiste, maar ook bevooroordeelde of zelfs discriminerende antwoorden geven. Generatieve AI kan ook 'hallucineren': het verzint dan feiten of zelfs bronnen. Controleer daarom altijd de juistheid en betrouwbaarheid van de gegenereerde antwoorden.",
    10: 'Wees je bewust dat een gratis AI-chatbot recente gebeurtenissen of nieuws kan missen. Om de paar maanden wordt het systeem bijgewerkt.',
    11: 'Neem teksten of afbeeldingen die door AI zijn gegenereerd niet zomaar over. Ze kunnen te veel overeenkomen met bronmateriaal, waardoor je onbedoeld inbreuk maakt op intellectuele eigendomsrechten van derden. Dit is extra belangrijk als je de uitkomst gebruikt bij externe communicatie.',
    12: 'Gebruik generatieve AI alleen ter inspiratie of als hulpmiddel. Neem geen (belangrijke) besluiten die enkel zijn gebaseerd op de uitkomsten van generatieve AI-toepassingen.',
    13: "Leer het schrijven van effectieve prompts (bijvoorbeeld de CARE methode). De kwaliteit van het antwoord van generatieve AI staat veelal gelijk aan de kwaliteit van jouw opdracht. Vraag hulp bij ervaren collega's via Kernteam AI & sprintteam Genesis AI",
}


@pytest.fixture
def policy(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    return load_policy()


def test_builtin_policy_has_the_13_guidelines_verbatim(policy):
    assert policy.source == "ingebouwd"
    assert policy.problems == ()
    assert sorted(policy.guidelines) == list(range(1, 14))
    for number, text in VERBATIM.items():
        assert policy.guidelines[number].text == text
    assert policy.guidelines[5].cite() == "Richtlijn 5: " + VERBATIM[5]


def test_builtin_mapping_follows_labels(policy):
    assert policy.guideline_for("site").number == 3
    for kind in ("BSN", "PERSON", "IBAN", "EMAIL_ADDRESS", "HEALTH_DATA"):
        assert policy.guideline_for(kind).number == 5
    for kind in ("EMAIL_MESSAGE", "MEETING_NOTES", "CLASSIFIED", "INTERNAL_SOURCE", "DRAFT"):
        assert policy.guideline_for(kind).number == 4
    assert policy.guideline_for("UNKNOWN_TYPE") is None
    assert [g.number for g in policy.guidelines_for(["DRAFT", "BSN", "PERSON"])] == [4, 5]


def test_expiry(policy):
    assert policy.valid_until == dt.date(2026, 1, 1)
    assert not policy.expired(dt.date(2025, 12, 31))
    assert policy.expired(dt.date(2026, 1, 1))  # "geldt tot 01-01-2026"
    assert policy.expired()  # today is past the end date


CHROME, EDGE, FIREFOX, CHROMIUM = "- Google Chrome", "- Microsoft\u200b Edge", "— Mozilla Firefox", "- Chromium"


@pytest.mark.parametrize("title, process", [
    (f"Le Chat - Mistral AI {CHROME}", "chrome.exe"),
    (f"Le Chat - Mistral AI {EDGE}", "msedge.exe"),
    (f"Le Chat - Mistral AI {FIREFOX}", "firefox"),
    (f"Le Chat - Mistral AI {CHROMIUM}", "chromium"),
    (f"Le Chat {FIREFOX}", "firefox.exe"),
    (f"Le Chat - Mistral AI {CHROME}", ""),  # process unknown: the browser's title suffix tells
])
def test_le_chat_in_browsers_is_allowed(policy, title, process):
    match = policy.classify(WindowInfo(title=title, process=process))
    assert (match.kind, match.site, match.browser) == (ALLOWED_GENAI, "Mistral Le Chat", True)
    assert match.genai


@pytest.mark.parametrize("title, process, site", [
    (f"ChatGPT {CHROME}", "chrome.exe", "ChatGPT"),
    (f"Microsoft Copilot: je AI-assistent {EDGE}", "msedge.exe", "Microsoft Copilot"),
    (f"Gemini {CHROME}", "chrome", "Google Gemini"),
    (f"Claude {FIREFOX}", "firefox", "Claude"),
    (f"DeepSeek - Into the Unknown {CHROMIUM}", "chromium", "DeepSeek"),
    ("Copilot", "Copilot.exe", "Microsoft Copilot"),  # the desktop app, no browser
])
def test_other_genai_sites_are_forbidden(policy, title, process, site):
    match = policy.classify(WindowInfo(title=title, process=process))
    assert (match.kind, match.site) == (FORBIDDEN_GENAI, site)


@pytest.mark.parametrize("title, process", [
    ("ChatGPT notes.docx - Word", "WINWORD.EXE"),
    ("Le Chat - Mistral AI.txt - Kladblok", "notepad.exe"),
    ("Claude Monet - Wikipedia.pdf", "AcroRd32.exe"),
    (f"Nieuws - UWV {CHROME}", "chrome.exe"),
    ("", ""),
])
def test_not_a_genai_site(policy, title, process):
    assert policy.classify(WindowInfo(title=title, process=process)).kind == OTHER


def test_no_window_is_other(policy):
    assert policy.classify(None).kind == OTHER


@pytest.mark.parametrize("url, kind, site", [
    ("https://chat.mistral.ai/chat/123", ALLOWED_GENAI, "Mistral Le Chat"),
    ("https://chatgpt.com/c/abc", FORBIDDEN_GENAI, "ChatGPT"),
    ("https://claude.ai/new", FORBIDDEN_GENAI, "Claude"),
    ("https://user@gemini.google.com:443/app", FORBIDDEN_GENAI, "Google Gemini"),
    ("https://notchatgpt.com/", OTHER, ""),
    ("https://example.org/?q=chatgpt.com", OTHER, ""),
])
def test_url_host_decides(policy, url, kind, site):
    match = policy.classify(WindowInfo(title="Iets", process="Safari", url=url))
    assert (match.kind, match.site) == (kind, site)


def test_known_host_beats_title(policy):
    # A page *about* ChatGPT on a normal site, where the OS gives the URL.
    window = WindowInfo(title="Wat is ChatGPT? - Rijksoverheid", process="Safari", url="https://www.rijksoverheid.nl/x")
    assert policy.classify(window).kind == OTHER


# -- other policy files -------------------------------------------------------------------------
def _copy_builtin(tmp_path, name="beleid met spatie.toml"):
    target = tmp_path / name
    shutil.copyfile(BUILTIN, target)
    return target


def test_env_var_selects_another_policy(tmp_path, monkeypatch):
    path = _copy_builtin(tmp_path)
    path.write_text(path.read_text("utf-8").replace('version = "1.0"', 'version = "2.0-test"'), "utf-8")
    monkeypatch.setenv(ENV_VAR, str(path))
    policy = load_policy()
    assert policy.version == "2.0-test"
    assert policy.source == str(path)
    assert policy.problems == ()


def test_explicit_path_beats_env_var(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "bestaat-niet.toml"))
    path = _copy_builtin(tmp_path)
    assert load_policy(path).source == str(path)


def _bad_files(tmp_path):
    good = BUILTIN.read_text("utf-8")
    missing_guidelines = "\n".join(
        line for line in good.splitlines()
        if not line.startswith(("[[guidelines]]", "number =", "text =")))
    return {
        "missing": tmp_path / "weg.toml",
        "not toml": "Dit is geen TOML [[[",
        "no guidelines": missing_guidelines,
        "bad regex": good.replace(r"titles = ['\bChatGPT\b']", r"titles = ['(ChatGPT']"),
        "not utf-8": good.encode("utf-8").replace("cliënten".encode("utf-8"), "cliënten".encode("latin-1")),
        "titles as one string": good.replace(r"titles = ['\bChatGPT\b']", r"titles = 'ChatGPT'"),
        "site not a table": 'schema = 1\nid = "x"\ntitle = "x"\nsites = [1, 2]\n[breaks]\nBSN = 5\n'
                            '[[guidelines]]\nnumber = 5\ntext = "Deel nooit persoonsgegevens."\n',
        "unknown guideline": good.replace("site = 3 ", "site = 99 "),
        "date not a date": good.replace("valid_until = 2026-01-01", 'valid_until = "morgen"'),
    }


@pytest.mark.parametrize("case", ["missing", "not toml", "no guidelines", "bad regex", "not utf-8",
                                  "titles as one string", "site not a table", "unknown guideline",
                                  "date not a date"])
def test_invalid_policy_keeps_builtin_with_dutch_problem(tmp_path, monkeypatch, case):
    content = _bad_files(tmp_path)[case]
    if isinstance(content, str):
        path = tmp_path / "beleid.toml"
        path.write_text(content, "utf-8")
    elif isinstance(content, bytes):
        path = tmp_path / "beleid.toml"
        path.write_bytes(content)
    else:
        path = content
    if case == "bad regex":
        assert "(ChatGPT" in path.read_text("utf-8")  # the replacement really happened
    monkeypatch.setenv(ENV_VAR, str(path))
    policy = load_policy()
    assert policy.source == "ingebouwd"
    assert len(policy.guidelines) == 13
    assert len(policy.problems) == 1
    problem = policy.problems[0]
    assert "Het ingebouwde beleid blijft gelden." in problem
    assert "beleid" in problem.lower()
    with pytest.raises(PolicyError):
        read_policy(path)


def test_toml_error_gives_the_line(tmp_path):
    path = tmp_path / "beleid.toml"
    path.write_text('schema = 1\nid = "x"\ntitle = = 3\n', "utf-8")
    problem = load_policy(path).problems[0]
    assert "fout in de opmaak op regel" in problem


def test_bad_regex_problem_names_the_site(tmp_path):
    path = tmp_path / "beleid.toml"
    path.write_text(_bad_files(tmp_path)["bad regex"], "utf-8")
    problem = load_policy(path).problems[0]
    assert "ChatGPT" in problem and "geen geldig patroon" in problem


# -- issue 10: a policy that switches the guard off, or cannot be read, is refused ------------------
def _weakened(tmp_path):
    good = BUILTIN.read_text("utf-8")
    start, end = good.index("[breaks]\n"), good.index("\n\n", good.index("[breaks]\n"))
    return {
        "empty breaks": good[:start] + "[breaks]\nsite = 3\n" + good[end:],
        "no breaks for BSN": good.replace("BSN = 5\n", ""),
        "ChatGPT allowed": good.replace('name = "ChatGPT"\nallowed = false', 'name = "ChatGPT"\nallowed = true'),
        "no working site": good.replace(r"titles = ['\bLe Chat\b', '\bMistral AI\b', '^Mistral\b']",
                                        "titles = ['^nooit dit venster$']"),
        "site not forbidden": good.replace("site = 3 ", "#site = 3 "),
    }


@pytest.mark.parametrize("case", ["empty breaks", "no breaks for BSN", "ChatGPT allowed", "no working site",
                                  "site not forbidden"])
def test_policy_that_switches_the_guard_off_is_refused(tmp_path, monkeypatch, case):
    content = _weakened(tmp_path)[case]
    assert content != BUILTIN.read_text("utf-8")
    path = tmp_path / "beleid.toml"
    path.write_text(content, "utf-8")
    read_policy(path)  # it parses ...
    monkeypatch.setenv(ENV_VAR, str(path))
    policy = load_policy()  # ... but is not used
    assert policy.source == "ingebouwd"
    (problem,) = policy.problems
    assert problem.startswith("Dit beleidsbestand wordt niet gebruikt") and "ingebouwde beleid blijft gelden" in problem
    from guard.verdict import evaluate
    from detectors.model import Analysis, Finding
    from guard.policy import SiteMatch

    assert evaluate(Analysis([Finding("BSN", 0, 9, 1.0)]), policy, SiteMatch(ALLOWED_GENAI, "Mistral Le Chat")).warn


@pytest.mark.parametrize("case", ["deep array", "deep table", "over 1 MB", "device", "wrong types"])
def test_loading_never_crashes(tmp_path, case):
    path = tmp_path / "beleid.toml"
    if case == "deep array":
        path.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", "utf-8")
    elif case == "deep table":
        path.write_text("x = " + "{a = " * 50_000 + "1" + "}" * 50_000 + "\n", "utf-8")
    elif case == "over 1 MB":
        path.write_text(BUILTIN.read_text("utf-8") + "\n# " + "x" * (1024 * 1024) + "\n", "utf-8")
    elif case == "device":
        path = "/dev/zero" if __import__("os").path.exists("/dev/zero") else tmp_path
    else:
        path.write_text('schema = 1\nid = 3\ntitle = []\nguidelines = "veel"\nbreaks = 5\nsites = {}\n', "utf-8")
    policy = _within(10.0, lambda: load_policy(path))
    assert policy.source == "ingebouwd" and len(policy.problems) == 1
    assert "Het ingebouwde beleid blijft gelden." in policy.problems[0]


def _within(seconds: float, fn):
    """Run ``fn`` in a thread; a hang fails the test instead of stalling the suite."""
    import threading

    box = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the test thread below
            box["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"did not finish within {seconds} s"
    if "error" in box:
        raise box["error"]
    return box["value"]
