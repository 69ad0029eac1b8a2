"""The data dir and private files; the log's defensive redaction."""
from __future__ import annotations

import logging
import os

import pytest

from guard import logs, paths

from .conftest import POSIX, mode

posix_only = pytest.mark.skipif(not POSIX, reason="Windows keeps files private through the profile's ACL")


def test_env_var_chooses_the_data_dir(data_dir):
    assert paths.data_dir() == data_dir
    assert data_dir.is_dir()
    assert paths.log_dir() == data_dir / "logs"
    assert (data_dir / "logs").is_dir()


def test_default_is_the_platform_user_data_dir(tmp_path, monkeypatch):
    import platformdirs

    calls = []

    def fake_user_data_dir(appname, appauthor=None, **kw):
        # Stands in for the real profile folder, which a test must not touch.
        calls.append((appname, appauthor))
        return str(tmp_path / "profiel map" / appname)

    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", fake_user_data_dir)
    assert paths.data_dir() == tmp_path / "profiel map" / "Plakwacht"
    assert calls == [("Plakwacht", False)]  # no "Plakwacht\\Plakwacht" on Windows
    assert (tmp_path / "profiel map" / "Plakwacht").is_dir()


@posix_only
def test_created_dirs_are_owner_only(data_dir):
    old = os.umask(0o022)  # the usual umask, which alone would give 0755
    try:
        paths.data_dir()
        paths.log_dir()
    finally:
        os.umask(old)
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "logs") == 0o700


@posix_only
def test_existing_chosen_dir_keeps_its_permissions(tmp_path, monkeypatch):
    chosen = tmp_path / "gedeeld"
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o755)
    monkeypatch.setenv(paths.ENV_VAR, str(chosen))
    assert paths.data_dir() == chosen
    assert mode(chosen) == 0o755


def test_write_private_atomic_replaces_whole_file(tmp_path):
    target = tmp_path / "met spatie" / "bestand.json"
    target.parent.mkdir()
    paths.write_private_atomic(target, b"oud")
    paths.write_private_atomic(target, b"nieuw")
    assert target.read_bytes() == b"nieuw"
    assert sorted(p.name for p in target.parent.iterdir()) == ["bestand.json"]  # no temp file left
    if POSIX:
        assert mode(target) == 0o600


def test_write_private_exclusive_keeps_the_first(tmp_path):
    target = tmp_path / "sleutel"
    assert paths.write_private_exclusive(target, b"eerste")
    assert not paths.write_private_exclusive(target, b"tweede")
    assert target.read_bytes() == b"eerste"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sleutel"]


def test_move_aside_keeps_the_old_file(tmp_path):
    target = tmp_path / "settings.json"
    target.write_text("kapot")
    first = paths.move_aside(target)
    target.write_text("ook kapot")
    second = paths.move_aside(target)
    assert not target.exists()
    assert first != second
    assert first.name.startswith("settings.json.corrupt-") and first.read_text() == "kapot"
    assert second.read_text() == "ook kapot"
    assert paths.move_aside(tmp_path / "bestaat-niet") is None


# -- logs ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, secret", [
    ("bsn %s", "111222333"),
    ("tel %s", "06 12 34 56 78"),
    ("mail %s", "jan.devries@uwv.nl"),
    ("iban %s", "NL91ABNA0417164300"),
    ("iban %s", "NL91 ABNA 0417 1643 00"),
])
def test_redact_filter_blanks_personal_looking_strings(message, secret):
    record = logging.LogRecord("guard.x", logging.WARNING, __file__, 1, message, (secret,), None)
    assert logs.RedactFilter().filter(record)
    assert secret not in record.getMessage()
    assert record.getMessage().startswith(message.split()[0])


def test_redact_keeps_ordinary_words():
    assert logs.redact("window changed to chrome.exe pid 4242") == "window changed to chrome.exe pid 4242"


@pytest.fixture
def logging_setup(data_dir):
    root = logging.getLogger()
    before = list(root.handlers), root.level
    yield logs.setup
    for handler in list(root.handlers):
        if handler not in before[0]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(before[1])


def test_setup_writes_a_private_redacted_log(logging_setup, data_dir, capsys):
    log_file = logging_setup(logging.INFO)
    log = logging.getLogger("guard.test")
    log.info("copied for %s", "jan.devries@uwv.nl")
    try:
        raise ValueError("BSN 111222333 in an exception")
    except ValueError:
        log.warning("failed", exc_info=True)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text("utf-8")
    assert log_file.parent == data_dir / "logs"
    assert "copied for [e-mail]" in text
    assert "ValueError: BSN [cijfers] in an exception" in text
    assert "111222333" not in text and "jan.devries" not in text
    err = capsys.readouterr().err
    assert "failed" in err and "111222333" not in err  # warnings also reach stderr, redacted
    if POSIX:
        assert mode(log_file) == 0o600


def test_setup_twice_does_not_duplicate_lines(logging_setup):
    logging_setup()
    log_file = logging_setup()
    logging.getLogger("guard.test").info("een keer")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert log_file.read_text("utf-8").count("een keer") == 1


@posix_only
def test_rotated_logs_stay_private(logging_setup, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    log_file = logging_setup()
    log = logging.getLogger("guard.test")
    for i in range(100):
        log.info("regel %d %s", i, "x" * 50)
    rotated = sorted(log_file.parent.glob("plakwacht.log*"))
    assert len(rotated) > 1
    assert all(mode(p) == 0o600 for p in rotated)
