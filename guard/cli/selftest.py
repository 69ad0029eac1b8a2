"""``plakwacht --self-test``: check that every piece of this installation works, then stop.

Runs the real pipeline on canned (made-up) Dutch texts, loads the policy in force, opens a
history store in a temporary folder, and loads this OS's window backend. Prints one line per
check (``OK   ...`` / ``FOUT ...``) and exits 0 only when every result is right.

Meant for administrators after installing, and for CI on the frozen (PyInstaller) program,
where a data file or a lazily imported module that was not collected shows up here first.
While it runs, any attempt to reach the network fails the check that made it: the program
must work offline.

The canned texts are fictitious; nothing from the clipboard is ever read here.
"""
from __future__ import annotations

import importlib
import logging
import os
import shutil
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from guard.vocabulary import Decision, WindowKind

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED = 0, 1

OK = "OK  "
FOUT = "FOUT"
LET_OP = "LET OP"


@dataclass(frozen=True)
class Sample:
    """A canned text and what the pipeline must conclude about it on Le Chat.

    Attributes:
        label: what the text is, in Dutch, for the output line.
        text: the text (fictitious data only).
        entities: ``(type, text)`` pairs: a finding of that type must cover the text.
        categories: document categories that must be found.
        guidelines: guideline numbers the verdict must cite; empty means: no warning at all.
    """

    label: str
    text: str
    entities: tuple[tuple[str, str], ...] = ()
    categories: tuple[str, ...] = ()
    guidelines: tuple[int, ...] = ()


# 111222333 passes the 11-proof; NL91ABNA0417164300 is the textbook valid IBAN; the person,
# the phone number and the e-mail address are made up.
SAMPLES: tuple[Sample, ...] = (
    Sample("tekst met een BSN",
           "Het burgerservicenummer van de klant is 111222333. Wil je de aanvraag controleren?",
           entities=(("BSN", "111222333"),), guidelines=(5,)),
    Sample("tekst met een IBAN",
           "De uitkering wordt vanaf juli overgemaakt naar rekeningnummer NL91ABNA0417164300.",
           entities=(("IBAN", "NL91ABNA0417164300"),), guidelines=(5,)),
    Sample("tekst met een naam",
           "Vanmorgen belde mevrouw Sanne de Vries over haar WW-uitkering. Ze vraagt of we haar terugbellen.",
           entities=(("PERSON", "Sanne de Vries"),), guidelines=(5,)),
    Sample("tekst met een telefoonnummer",
           "Bel mij terug op 06-12345678, dan regelen we de afspraak.",
           entities=(("PHONE_NUMBER", "06-12345678"),), guidelines=(5,)),
    Sample("tekst met een e-mailadres",
           "Stuur het formulier voor vrijdag naar p.bakker@voorbeeld.nl, dan verwerk ik het maandag.",
           entities=(("EMAIL_ADDRESS", "p.bakker@voorbeeld.nl"),), guidelines=(5,)),
    Sample("aantekeningen van een overleg",
           "Verslag teamoverleg WW regio Noord\n"
           "Aanwezig: teamleider, drie adviseurs, kwaliteitsmedewerker\n"
           "Afwezig: werkcoach\n\n"
           "1. Werkvoorraad\n"
           "De werkvoorraad is gedaald. De doorlooptijd van aanvragen ligt weer binnen de norm.\n\n"
           "Actiepunten\n"
           "- Teamleider plant een vervolgoverleg over de bezetting in de zomer.\n"
           "- Adviseurs melden knelpunten voor het volgende overleg.\n",
           categories=("MEETING_NOTES",), guidelines=(4,)),
    Sample("openbare tekst",
           "Aantal WW-uitkeringen licht gedaald\n\n"
           "Eind mei verstrekte UWV ruim 184 duizend WW-uitkeringen. Dat zijn er bijna 3 duizend minder "
           "dan een maand eerder. Vooral in de bouw en de zorg vonden meer mensen werk. Meer cijfers staan "
           "op uwv.nl bij Kennis en cijfers.",
           guidelines=()),
)

#: Windows the policy must recognise: (WindowInfo fields, expected kind, Dutch label).
WINDOWS = (
    ({"title": "Le Chat - Mistral AI - Chromium", "process": "chromium"}, WindowKind.ALLOWED_GENAI, "Le Chat"),
    ({"title": "ChatGPT - Google Chrome", "process": "chrome.exe"}, WindowKind.FORBIDDEN_GENAI, "ChatGPT"),
    ({"title": "Aanvraag WW.docx - Word", "process": "winword.exe"}, WindowKind.OTHER, "Word"),
)


class CheckFailed(Exception):
    """A check whose result is wrong; the message is the Dutch line to print."""


@dataclass
class Report:
    """The lines printed so far and whether any check failed."""

    out: Callable[[str], None] = print
    failed: list[str] = field(default_factory=list)
    passed: int = 0

    def ok(self, line: str) -> None:
        self.passed += 1
        self.out(f"{OK} {line}")

    def fout(self, line: str) -> None:
        self.failed.append(line)
        self.out(f"{FOUT} {line}")

    def note(self, line: str) -> None:
        self.out(f"{LET_OP} {line}")


# -- network guard ------------------------------------------------------------------------------
class _NoNetwork:
    """Make every non-local network connection fail while the self-test runs, and remember it."""

    _LOCAL = ("localhost", "127.0.0.1", "::1")

    def __init__(self):
        self.attempts: list[str] = []
        self._saved = {}

    def __enter__(self):
        guard = self
        self._saved = {
            "connect": socket.socket.connect,
            "connect_ex": socket.socket.connect_ex,
            "getaddrinfo": socket.getaddrinfo,
        }
        real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
        real_getaddrinfo = socket.getaddrinfo

        def allowed(sock, address) -> bool:
            # The X server is reached over a Unix socket (or localhost): that is not the network.
            if sock.family not in (socket.AF_INET, socket.AF_INET6):
                return True
            host = address[0] if isinstance(address, tuple) and address else ""
            return host in guard._LOCAL

        def connect(sock, address):
            if not allowed(sock, address):
                guard.attempts.append(str(address[0]) if isinstance(address, tuple) else "?")
                raise OSError("Plakwacht --self-test: geen netwerk toegestaan")
            return real_connect(sock, address)

        def connect_ex(sock, address):
            if not allowed(sock, address):
                guard.attempts.append(str(address[0]) if isinstance(address, tuple) else "?")
                return 111  # ECONNREFUSED
            return real_connect_ex(sock, address)

        def getaddrinfo(host, *args, **kwargs):
            if host not in guard._LOCAL and host not in (None, ""):
                guard.attempts.append(str(host))
                raise socket.gaierror(socket.EAI_NONAME, "Plakwacht --self-test: geen netwerk toegestaan")
            return real_getaddrinfo(host, *args, **kwargs)

        socket.socket.connect = connect
        socket.socket.connect_ex = connect_ex
        socket.getaddrinfo = getaddrinfo
        return self

    def __exit__(self, *exc):
        socket.socket.connect = self._saved["connect"]
        socket.socket.connect_ex = self._saved["connect_ex"]
        socket.getaddrinfo = self._saved["getaddrinfo"]
        return False

    def take(self) -> list[str]:
        """The hosts tried since the last call."""
        got, self.attempts = self.attempts, []
        return got


# -- the checks ---------------------------------------------------------------------------------
def check_policy(report: Report):
    """Load the policy in force; an administrator's file that is rejected is a failure here."""
    from guard.admin import describe, load_admin_settings
    from guard.safeguards import policy_in_force

    admin = load_admin_settings()
    for line in describe(admin):  # the administrator's settings apply: user overrides are ignored
        report.note(f"beheer: {line}")
    policy = policy_in_force(None, admin)
    if policy.problems:
        for problem in policy.problems:
            report.fout(f"beleid: {problem}")
        return policy  # the built-in policy is in force; later checks still run against it
    n = len(policy.guidelines)
    if 5 not in policy.guidelines or policy.guideline_for("BSN") is None:
        report.fout(f"beleid: '{policy.title}' zegt niet welke richtlijn persoonsgegevens verbiedt.")
        return policy
    report.ok(f"beleid geladen: {policy.title} (versie {policy.version}, {n} richtlijnen, "
              f"bron: {policy.source})")
    if policy.expired():
        report.note(f"het beleid geldt tot {policy.valid_until:%d-%m-%Y} en is verlopen. "
                    "Vraag het Kernteam AI om een nieuw beleidsbestand.")
    return policy


def check_detector(report: Report):
    began = time.perf_counter()
    from detectors import get_detector

    detector = get_detector()
    names = sorted(getattr(r, "name", type(r).__name__) for r in getattr(detector, "recognizers", []))
    report.ok(f"herkenning geladen in {time.perf_counter() - began:.1f} s ({len(names)} herkenners)")
    return detector


def check_sample(report: Report, sample: Sample, detector, policy) -> None:
    from guard.policy import ALLOWED_GENAI, SiteMatch
    from guard.verdict import evaluate

    analysis = detector.analyze(sample.text)
    problems = []
    for kind, value in sample.entities:
        start = sample.text.index(value)
        end = start + len(value)
        same_type = [f for f in analysis.findings if f.type == kind]
        # The finding must cover the value; a title with a name ("mevrouw ...") may be part of it.
        if not any(f.start <= start and f.end >= end for f in same_type):
            # Say what went wrong without echoing text: the span length tells a developer enough.
            problems.append(f"{kind} niet gevonden" if not same_type else
                            f"{kind} gevonden maar niet helemaal ({same_type[0].end - same_type[0].start} "
                            f"i.p.v. {len(value)} tekens)")
    for cat in sample.categories:
        if cat not in analysis.category_names:
            problems.append(f"soort tekst {cat} niet herkend")
    site = SiteMatch(ALLOWED_GENAI, "Mistral Le Chat", True)
    verdict = evaluate(analysis, policy, site)
    if not sample.guidelines:
        if verdict.warn:
            what = ", ".join(analysis.entity_types + analysis.category_names) or "?"
            problems.append(f"ten onrechte gewaarschuwd ({what})")
    else:
        if not verdict.warn:
            problems.append("geen waarschuwing op Le Chat")
        missing = [n for n in sample.guidelines if n not in verdict.numbers]
        if missing:
            problems.append("richtlijn " + ", ".join(map(str, missing)) + " niet genoemd")
    if problems:
        raise CheckFailed(f"{sample.label}: " + "; ".join(problems))
    if sample.guidelines:
        kinds = ", ".join(sorted({k for k, _ in sample.entities} | set(sample.categories)))
        rules = ", ".join(str(n) for n in verdict.numbers)
        report.ok(f"{sample.label}: {kinds} herkend, waarschuwing met richtlijn {rules} "
                  f"({analysis.ms:.0f} ms)")
    else:
        report.ok(f"{sample.label}: geen waarschuwing ({analysis.ms:.0f} ms)")


def check_content(report: Report, which: str, detector, policy) -> None:
    """One copied document and one screenshot through the readers, the OCR and the detectors."""
    from guard.content import selftest as content_selftest

    try:
        line = (content_selftest.check_file if which == "file" else content_selftest.check_image)(detector, policy)
    except content_selftest.ModelMissing as exc:
        report.note(str(exc))  # images are still warned about, as "niet gecontroleerd"
        return
    except ValueError as exc:
        raise CheckFailed(str(exc)) from None
    report.ok(line)


def check_windows_policy(report: Report, policy) -> None:
    from guard.windows.base import WindowInfo

    wrong = []
    for fields, kind, label in WINDOWS:
        got = policy.classify(WindowInfo(**fields)).kind
        if got != kind:
            wrong.append(f"{label} is '{got}' i.p.v. '{kind}'")
    if wrong:
        raise CheckFailed("sites herkennen: " + "; ".join(wrong))
    report.ok("sites herkennen: Le Chat mag, ChatGPT mag niet, Word is geen AI-site")


def check_browser(report: Report, policy) -> None:
    """The browser companion (issue 11): extension files in the build, the tab's host and the public sources."""
    import json

    from guard.browser import protocol
    from guard.browser.install import extension_dir, extension_id_from_key
    from guard.browser.state import BrowserFacts, with_host
    from guard.windows.base import WindowInfo

    manifest = json.loads((extension_dir() / "manifest.json").read_text(encoding="utf-8"))
    ext_id = extension_id_from_key(manifest["key"])
    facts = BrowserFacts()
    facts.handle("c", {"type": "hello", "version": 1, "browser": "Chromium", "extension": manifest["version"]})
    facts.handle("c", {"type": "tab", "host": "nl.wikipedia.org"})
    page = WindowInfo(title="Claude Debussy - Wikipedia - Chromium", process="chromium")
    if policy.classify(with_host(page, facts.extensions.values(), policy)[0]).kind != "other":
        raise CheckFailed("browserkoppeling: de host van het tabblad beslist niet over de site")
    text = "Persbericht\u00a0UWV\r\n"
    facts.handle("c", {"type": "copy", "host": "www.uwv.nl", "digest": protocol.digest(facts.key, text),
                       "how": "copy"})
    if facts.source_of("Persbericht UWV") != "www.uwv.nl":
        raise CheckFailed("browserkoppeling: de vingerafdruk van een kopie klopt niet")
    if not policy.public_source("www.uwv.nl") or policy.public_source("mijn.uwv.nl"):
        raise CheckFailed("browserkoppeling: openbare bronnen in het beleid kloppen niet")
    report.ok(f"browserkoppeling: extensie {manifest['version']} aanwezig ({ext_id}), "
              "host bepaalt de site, www.uwv.nl openbaar, mijn.uwv.nl niet")


#: A text whose name and birth date the detector reads through spaCy (their context words count); made up.
MEMORY_PROBE = ("Naam: Gerlof Zwinderquaat\nGeboortedatum: 17-09-1968\n"
                "Hij heeft een hernia. Bel Gerlof Zwinderquaat terug op 020-5551234.")
MEMORY_WORDS = ("Gerlof", "Zwinderquaat", "17-09-1968")


def check_memory(report: Report, detector) -> None:
    """No word of an analysed text stays in the detector's memory (spaCy's string store)."""
    remembers = getattr(detector, "remembers", None)
    if remembers is None:
        report.note("geheugen: niet te controleren met deze herkenning")
        return
    analysis = detector.analyze(MEMORY_PROBE)
    if "PERSON" not in analysis.entity_types:
        raise CheckFailed("geheugen: de proeftekst werd niet herkend, dus niet gecontroleerd")
    kept = sum(1 for word in MEMORY_WORDS if remembers(word))
    if kept:
        raise CheckFailed(f"geheugen: {kept} van de {len(MEMORY_WORDS)} woorden van de proeftekst blijven "
                          "na de controle in het geheugen bewaard")
    report.ok("geheugen: na de controle is geen woord van de proeftekst bewaard")


def check_history(report: Report, detector, policy) -> None:
    """Write one flag to a history store in a temporary folder, read it back, look for leaks."""
    try:
        history = importlib.import_module("guard.history")
    except ImportError as exc:
        raise CheckFailed(f"geschiedenis: niet beschikbaar in deze versie ({exc.name or 'guard.history'} "
                          "ontbreekt)") from None
    from guard.policy import ALLOWED_GENAI, SiteMatch
    from guard.verdict import evaluate

    sample = SAMPLES[0]
    secret = sample.entities[0][1]
    folder = Path(tempfile.mkdtemp(prefix="plakwacht-selftest-"))
    try:
        analysis = detector.analyze(sample.text)
        verdict = evaluate(analysis, policy, SiteMatch(ALLOWED_GENAI, "Mistral Le Chat", True))
        store = history.HistoryStore(folder / "history.sqlite3")
        try:
            entry = _history_entry(history, analysis, verdict, sample.text, folder)
            new_id = store.add(entry)
            store.update_decision(new_id, Decision.CLEAR)
            got = store.entries(limit=5)
        finally:
            store.close()
        if len(got) != 1 or got[0].decision != Decision.CLEAR or 5 not in got[0].guidelines:
            raise CheckFailed("geschiedenis: de melding komt niet goed terug uit de geschiedenis")
        leaked = [p.name for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]
        if leaked:
            raise CheckFailed("geschiedenis: de gevonden tekst staat leesbaar in " + ", ".join(leaked))
        report.ok("geschiedenis: melding opgeslagen en gelezen, zonder de tekst zelf")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _history_entry(history, analysis, verdict, text: str, folder: Path):
    from guard.hashing import KeyedHasher

    hasher = KeyedHasher(folder / "key")
    return history.make_entry(analysis, verdict, text, hasher, "Mistral Le Chat", WindowKind.ALLOWED_GENAI)


def expected_backend() -> tuple[str, bool]:
    """The window backend this OS and session should get, and whether it must be available."""
    if sys.platform == "win32":
        return "windows", True
    if sys.platform == "darwin":
        return "macos", True
    wayland = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland"
    if sys.platform.startswith("linux") and os.environ.get("DISPLAY") and not wayland:
        return "x11", True
    return "none", False


#: The module that holds each OS backend: it must be in the program even where it cannot run.
BACKEND_MODULES = {"windows": "guard.windows.win32", "x11": "guard.windows.x11", "macos": "guard.windows.macos"}


def check_window_backend(report: Report) -> None:
    try:
        from guard.windows import create_backend
    except ImportError:
        raise CheckFailed("venster herkennen: niet beschikbaar in deze versie "
                          "(guard.windows.create_backend ontbreekt)") from None
    want, must_work = expected_backend()
    if want in BACKEND_MODULES:
        # A backend that is missing from the program would silently fall back to 'none'.
        try:
            importlib.import_module(BACKEND_MODULES[want])
        except ImportError as exc:
            raise CheckFailed(f"venster herkennen: onderdeel '{want}' ontbreekt in dit programma "
                              f"({type(exc).__name__}: {exc.name or _safe(exc)})") from None
    backend = create_backend()
    no_wm = getattr(backend, "reason", None) == _reason_no_wm()
    if backend.name == "none" and want == "x11" and no_wm:
        # Bare X servers (CI) have no window manager; a desktop always has one.
        report.ok("venster herkennen: onderdeel 'x11' geladen")
        report.note("dit scherm heeft geen vensterbeheer dat het actieve venster meldt; "
                    "Plakwacht waarschuwt dan bij elke kopie met persoonsgegevens.")
        return
    if backend.name != want:
        detail = _safe(Exception(getattr(backend, "detail", ""))) or "?"
        raise CheckFailed(f"venster herkennen: onderdeel '{backend.name}' geladen, verwacht '{want}' ({detail})")
    if must_work and not backend.available:
        raise CheckFailed(f"venster herkennen: onderdeel '{backend.name}' werkt niet op deze computer")
    if backend.available:
        window = backend.active_window()  # may be None (no window in front); must not raise
        seen = "een venster gezien" if window is not None else "geen venster op de voorgrond"
        report.ok(f"venster herkennen: onderdeel '{backend.name}' werkt ({seen})")
    else:
        report.ok(f"venster herkennen: onderdeel '{backend.name}' (geen vensterherkenning in deze sessie; "
                  "Plakwacht waarschuwt dan bij elke kopie met persoonsgegevens)")


def _reason_no_wm():
    try:
        from guard.windows.null import REASON_NO_WM
    except ImportError:
        return object()
    return REASON_NO_WM


# -- running ------------------------------------------------------------------------------------
def register(sub) -> None:
    """``plakwacht selftest`` does the same as ``plakwacht --self-test``."""
    p = sub.add_parser("selftest", help="test of alles werkt en stop (zelfde als --self-test)",
                       description="Test of herkenning, beleid, geschiedenis en vensterherkenning werken. "
                                   "Elke regel begint met OK of FOUT.")
    p.set_defaults(func=run_self_test)


def _guarded(report: Report, net: _NoNetwork, label: str, func, *args):
    """Run one check; any exception is a FOUT line (type only: messages might carry data)."""
    try:
        result = func(report, *args)
    except CheckFailed as exc:
        report.fout(str(exc))
        result = None
    except Exception as exc:  # a broken piece must show up as a line, not a traceback
        log.exception("self-test check %s crashed", label)
        report.fout(f"{label}: onverwachte fout ({type(exc).__name__}: {_safe(exc)})")
        result = None
    tried = net.take()
    if tried:
        report.fout(f"{label}: probeerde het netwerk te gebruiken ({', '.join(sorted(set(tried)))}); "
                    "Plakwacht moet zonder netwerk werken")
    return result


def _safe(exc: Exception) -> str:
    """An exception message short enough for one line; canned texts only, so no user data."""
    msg = " ".join(str(exc).split())
    return msg[:160] + ("…" if len(msg) > 160 else "")


def check_version(report: Report) -> None:
    """The version is known: the frozen program carries pyproject.toml (or the package metadata)."""
    from guard import UNKNOWN_VERSION, version

    found = version()
    if found == UNKNOWN_VERSION:
        raise CheckFailed("versie: onbekend (pyproject.toml en de pakketgegevens ontbreken in dit programma)")
    report.ok(f"versie: {found}")


def run_checks(out: Callable[[str], None] = print) -> Report:
    """Run every check, printing one line each; returns the :class:`Report`."""
    report = Report(out=out)
    with _NoNetwork() as net:
        _guarded(report, net, "versie", check_version)
        policy = _guarded(report, net, "beleid", check_policy)
        if policy is None:
            from guard.policy import BUILTIN, read_policy

            try:
                policy = read_policy(BUILTIN)
            except Exception:
                policy = None
        detector = _guarded(report, net, "herkenning", check_detector)
        for sample in SAMPLES:
            if detector is None or policy is None:
                report.fout(f"{sample.label}: niet getest, herkenning of beleid ontbreekt")
                continue
            _guarded(report, net, sample.label, check_sample, sample, detector, policy)
        if detector is not None:
            _guarded(report, net, "geheugen", check_memory, detector)
        if detector is not None and policy is not None:  # files and images (issue 13)
            _guarded(report, net, "bestand", check_content, "file", detector, policy)
            _guarded(report, net, "afbeelding", check_content, "image", detector, policy)
        if policy is not None:
            _guarded(report, net, "sites herkennen", check_windows_policy, policy)
            _guarded(report, net, "browserkoppeling", check_browser, policy)
        if detector is not None and policy is not None:
            _guarded(report, net, "geschiedenis", check_history, detector, policy)
        else:
            report.fout("geschiedenis: niet getest, herkenning of beleid ontbreekt")
        _guarded(report, net, "venster herkennen", check_window_backend)
    return report


def run_self_test(args=None) -> int:
    """``plakwacht --self-test``: 0 when every check is right, 1 otherwise."""
    from guard import version

    began = time.perf_counter()
    print(f"Plakwacht {version()} zelftest ({'programma' if getattr(sys, 'frozen', False) else 'broncode'}, "
          f"Python {sys.version_info.major}.{sys.version_info.minor}, {sys.platform})")
    report = run_checks()
    total = report.passed + len(report.failed)
    seconds = time.perf_counter() - began
    if report.failed:
        print(f"Zelftest mislukt: {len(report.failed)} van {total} controles fout ({seconds:.1f} s). "
              "Geef deze uitvoer aan de beheerder of de servicedesk.")
        return EXIT_FAILED
    print(f"Zelftest geslaagd: alle {total} controles goed ({seconds:.1f} s).")
    return EXIT_OK
