"""``plakwacht --self-test``: passes on a working installation, and every broken piece makes it fail
with a clear line."""
from __future__ import annotations

import socket
import sys
import types

import pytest

import detectors
from detectors.model import Analysis
from guard.cli import run, selftest
from tests.helpers.fakes import FakeBackend


class FakeDetector:
    """A detector that finds nothing (or does what ``analyze`` is told to)."""

    recognizers = ()

    def __init__(self, analyze=None):
        self._analyze = analyze

    def analyze(self, text):
        if self._analyze:
            self._analyze(text)
        return Analysis(text_length=len(text))


def lines_of() -> tuple[selftest.Report, list[str]]:
    lines: list[str] = []
    report = selftest.run_checks(out=lines.append)
    return report, lines


def fout_lines(lines):
    return [line for line in lines if line.startswith(selftest.FOUT)]


@pytest.fixture
def fake_detector(monkeypatch):
    def use(detector):
        monkeypatch.setattr(detectors, "get_detector", lambda: detector)
        return detector

    return use


@pytest.fixture(autouse=True)
def no_policy_env(monkeypatch):
    monkeypatch.delenv("PLAKWACHT_POLICY", raising=False)


@pytest.mark.slow
def test_self_test_passes_in_source_form(capsys):
    code = run(["--self-test"])
    out = capsys.readouterr().out.splitlines()
    assert fout_lines(out) == []
    assert code == 0
    assert out[-1].startswith("Zelftest geslaagd")
    # one line per sample text, each right
    for sample in selftest.SAMPLES:
        assert any(line.startswith(f"OK   {sample.label}:") for line in out), sample.label


def test_policy_path_that_does_not_exist_fails(monkeypatch, tmp_path, fake_detector, capsys):
    fake_detector(FakeDetector())
    monkeypatch.setenv("PLAKWACHT_POLICY", str(tmp_path / "beleid.toml"))
    code = selftest.run_self_test(None)
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    policy_lines = [line for line in out if line.startswith("FOUT beleid:")]
    assert len(policy_lines) == 1
    assert "bestaat niet" in policy_lines[0] and "beleid.toml" in policy_lines[0]
    assert out[-1].startswith("Zelftest mislukt")


def test_policy_file_with_a_syntax_error_fails(monkeypatch, tmp_path, fake_detector):
    fake_detector(FakeDetector())
    bad = tmp_path / "beleid.toml"
    bad.write_text('schema = 1\nid = "x\n', encoding="utf-8")
    monkeypatch.setenv("PLAKWACHT_POLICY", str(bad))
    report, lines = lines_of()
    assert any(line.startswith("FOUT beleid:") and "opmaak" in line for line in lines)
    assert report.failed


def test_builtin_policy_passes_the_policy_check(fake_detector):
    fake_detector(FakeDetector())
    _, lines = lines_of()
    assert any(line.startswith("OK   beleid geladen:") for line in lines)
    assert not any(line.startswith("FOUT beleid") for line in lines)
    assert any(line.startswith("OK   sites herkennen") for line in lines)


def test_detector_that_finds_nothing_fails_every_flagged_sample(fake_detector):
    fake_detector(FakeDetector())
    report, lines = lines_of()
    bad = fout_lines(lines)
    for sample in selftest.SAMPLES:
        if sample.guidelines:
            assert any(line.startswith(f"FOUT {sample.label}:") for line in bad), sample.label
        else:  # finding nothing is right for the public text
            assert any(line.startswith(f"OK   {sample.label}:") for line in lines)
    assert any("BSN niet gevonden" in line for line in bad)
    assert any("MEETING_NOTES niet herkend" in line for line in bad)


def test_detector_that_cannot_load_fails_and_skips_samples(monkeypatch):
    def broken():
        raise FileNotFoundError("nl_lemma_lookup.json.gz")

    monkeypatch.setattr(detectors, "get_detector", broken)
    report, lines = lines_of()
    assert any(line.startswith("FOUT herkenning: onverwachte fout (FileNotFoundError") for line in lines)
    assert all(any(line.startswith(f"FOUT {s.label}: niet getest") for line in lines)
               for s in selftest.SAMPLES)


def test_network_use_fails_the_check_that_tried(fake_detector):
    def phone_home(text):
        try:
            socket.create_connection(("publicsuffix.org", 443), timeout=1)
        except OSError:
            pass  # a library that swallows the error must still be caught

    fake_detector(FakeDetector(phone_home))
    before = (socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo)
    _, lines = lines_of()
    assert any(line.startswith("FOUT tekst met een BSN: probeerde het netwerk") and "publicsuffix.org" in line
               for line in lines)
    # the guard is gone afterwards
    assert (socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo) == before


def test_missing_history_is_a_failure_not_a_silent_pass(monkeypatch, fake_detector):
    fake_detector(FakeDetector())
    monkeypatch.setitem(sys.modules, "guard.history", None)  # import raises ImportError
    _, lines = lines_of()
    assert any(line.startswith("FOUT geschiedenis: niet beschikbaar") for line in lines)


def _fake_history_modules(monkeypatch, leak: bool):
    """Stand-ins for guard.history and guard.hashing that keep their data in the given folder."""
    history = types.ModuleType("guard.history")
    hashing = types.ModuleType("guard.hashing")

    class KeyedHasher:
        def __init__(self, key_path):
            key_path.write_bytes(b"k" * 32)

    class Entry:
        def __init__(self, text):
            self.text, self.decision, self.guidelines = text, "pending", [5]

    class HistoryStore:
        def __init__(self, path):
            self.path, self.rows = path, []

        def add(self, entry):
            self.rows.append(entry)
            self.path.write_text(entry.text if leak else "masked", encoding="utf-8")
            return 1

        def update_decision(self, id, decision, reason=""):
            self.rows[id - 1].decision = decision

        def entries(self, limit=None, **kw):
            return list(self.rows)

        def close(self):
            pass

    history.HistoryStore = HistoryStore
    history.make_entry = lambda analysis, verdict, text, hasher, site, kind, decision="pending": Entry(text)
    hashing.KeyedHasher = KeyedHasher
    monkeypatch.setitem(sys.modules, "guard.history", history)
    monkeypatch.setitem(sys.modules, "guard.hashing", hashing)


def test_history_that_stores_the_text_fails(monkeypatch, fake_detector):
    fake_detector(FakeDetector())
    _fake_history_modules(monkeypatch, leak=True)
    _, lines = lines_of()
    assert any(line.startswith("FOUT geschiedenis: de gevonden tekst staat leesbaar in history.sqlite3")
               for line in lines)


def test_history_without_the_text_passes(monkeypatch, fake_detector):
    fake_detector(FakeDetector())
    _fake_history_modules(monkeypatch, leak=False)
    _, lines = lines_of()
    assert any(line.startswith("OK   geschiedenis:") for line in lines)


def test_wrong_window_backend_for_this_session_fails(monkeypatch, fake_detector):
    import guard.windows

    fake_detector(FakeDetector())
    monkeypatch.setattr(selftest, "expected_backend", lambda: ("x11", True))
    monkeypatch.setattr(guard.windows, "create_backend", lambda adapter=None: FakeBackend(available=False, name="none"),
                        raising=False)
    _, lines = lines_of()
    assert any(line.startswith("FOUT venster herkennen: onderdeel 'none' geladen, verwacht 'x11'")
               for line in lines)


def test_right_window_backend_passes(monkeypatch, fake_detector):
    import guard.windows

    fake_detector(FakeDetector())
    monkeypatch.setattr(selftest, "expected_backend", lambda: ("x11", True))
    monkeypatch.setattr(guard.windows, "create_backend", lambda adapter=None: FakeBackend(window=None, name="x11"),
                        raising=False)
    _, lines = lines_of()
    assert any(line.startswith("OK   venster herkennen: onderdeel 'x11' werkt") for line in lines)


def test_backend_missing_from_the_program_fails(monkeypatch, fake_detector):
    import guard.windows

    fake_detector(FakeDetector())
    monkeypatch.setattr(selftest, "expected_backend", lambda: ("x11", True))
    monkeypatch.setitem(sys.modules, "guard.windows.x11", None)  # as if PyInstaller had not collected it
    monkeypatch.setattr(guard.windows, "create_backend", lambda adapter=None: FakeBackend(window=None, name="x11"),
                        raising=False)
    _, lines = lines_of()
    assert any(line.startswith("FOUT venster herkennen: onderdeel 'x11' ontbreekt in dit programma")
               for line in lines)


def test_x_server_without_window_manager_is_a_note_not_a_failure(monkeypatch, fake_detector):
    import guard.windows
    from guard.windows.null import REASON_NO_WM, NullBackend

    fake_detector(FakeDetector())
    monkeypatch.setattr(selftest, "expected_backend", lambda: ("x11", True))
    monkeypatch.setattr(guard.windows, "create_backend", lambda adapter=None: NullBackend(REASON_NO_WM, "no wm"))
    _, lines = lines_of()
    assert "OK   venster herkennen: onderdeel 'x11' geladen" in lines
    assert any(line.startswith("LET OP dit scherm heeft geen vensterbeheer") for line in lines)
    assert not any(line.startswith("FOUT venster") for line in lines)


@pytest.mark.parametrize("env, platform, want", [
    ({"DISPLAY": ":0"}, "linux", ("x11", True)),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", ("none", False)),
    ({}, "linux", ("none", False)),
    ({}, "win32", ("windows", True)),
    ({}, "darwin", ("macos", True)),
])
def test_expected_backend(monkeypatch, env, platform, want):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(selftest.sys, "platform", platform)
    assert selftest.expected_backend() == want


def test_selftest_subcommand_is_registered():
    from guard.cli import build_parser

    args = build_parser().parse_args(["selftest"])
    assert args.func is selftest.run_self_test


def test_administrator_settings_are_named_and_their_policy_wins(monkeypatch, tmp_path, fake_detector):
    """Issue 10: with a machine-wide admin.toml the self-test says so; the user's policy does not count."""
    from guard.policy import BUILTIN

    fake_detector(FakeDetector())
    folder = tmp_path / "machine"
    folder.mkdir()
    weak = tmp_path / "zwak.toml"
    weak.write_text(BUILTIN.read_text("utf-8").replace("BSN = 5\n", ""), "utf-8")
    monkeypatch.setenv("PLAKWACHT_POLICY", str(weak))
    _, lines = lines_of()
    assert any(line.startswith("FOUT beleid:") and "niet gebruikt" in line for line in lines)
    monkeypatch.setenv("PLAKWACHT_ADMIN_DIR", str(folder))
    (folder / "admin.toml").write_text("lock_settings = true\nmax_pause_minutes = 60\n", "utf-8")
    _, lines = lines_of()
    assert any(line.startswith("LET OP beheer: Je beheerder heeft Plakwacht ingesteld") for line in lines)
    assert any("hoogstens 1 uur" in line for line in lines)
    assert not any(line.startswith("FOUT beleid") for line in lines)  # locked: the user's file is ignored


class _RemembersEverything(FakeDetector):
    """Finds the probe's name, and spaCy kept every word: what a build without memory zones does."""

    def __init__(self, finds_person=True, remembers=True):
        super().__init__()
        self._finds, self._remembers = finds_person, remembers

    def analyze(self, text):
        from detectors.model import Finding

        found = [Finding("PERSON", 6, 25, 0.9, "naam")] if self._finds else []
        return Analysis(findings=found, text_length=len(text))

    def remembers(self, word):
        return self._remembers


def test_words_kept_in_memory_fail_the_memory_check(fake_detector):
    fake_detector(_RemembersEverything())
    _, lines = lines_of()
    assert "FOUT geheugen: 3 van de 3 woorden van de proeftekst blijven na de controle in het geheugen bewaard" \
        in lines


def test_a_probe_that_is_not_recognised_is_no_pass(fake_detector):
    fake_detector(_RemembersEverything(finds_person=False, remembers=False))
    _, lines = lines_of()
    assert "FOUT geheugen: de proeftekst werd niet herkend, dus niet gecontroleerd" in lines


def test_a_detector_that_forgets_passes_the_memory_check(fake_detector):
    fake_detector(_RemembersEverything(remembers=False))
    _, lines = lines_of()
    assert "OK   geheugen: na de controle is geen woord van de proeftekst bewaard" in lines
