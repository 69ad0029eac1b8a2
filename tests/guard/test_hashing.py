"""Keyed hashes: stable per install, different between installs, never a plain hash."""
from __future__ import annotations

import hashlib
import hmac

from guard.hashing import KEY_BYTES, KeyedHasher, normalise

from .conftest import POSIX, mode


def test_digest_is_hmac_sha256_with_the_stored_key(tmp_path):
    hasher = KeyedHasher(tmp_path / "hash.key")
    key = (tmp_path / "hash.key").read_bytes()
    assert len(key) == KEY_BYTES
    expected = hmac.new(key, "BSN 111222333".encode(), hashlib.sha256).hexdigest()
    assert hasher.digest("BSN 111222333") == expected
    assert hasher.digest("BSN 111222333") != hashlib.sha256(b"BSN 111222333").hexdigest()


def test_same_text_same_digest_across_restarts(tmp_path):
    first = KeyedHasher(tmp_path / "hash.key").digest("Jan de Vries")
    assert KeyedHasher(tmp_path / "hash.key").digest("Jan de Vries") == first


def test_other_install_other_digest(tmp_path):
    a = KeyedHasher(tmp_path / "a" / "hash.key")
    b = KeyedHasher(tmp_path / "b" / "hash.key")
    assert a.digest("111222333") != b.digest("111222333")


def test_whitespace_and_unicode_form_do_not_matter(tmp_path):
    hasher = KeyedHasher(tmp_path / "hash.key")
    assert hasher.digest("  Jan   de\r\nVries ") == hasher.digest("Jan de Vries")
    assert hasher.digest("Cafe\u0301") == hasher.digest("Caf\u00e9")
    assert hasher.digest("Jan de Vries") != hasher.digest("jan de vries")
    assert normalise("\tA  b\n") == "A b"


def test_lone_surrogates_do_not_crash(tmp_path):
    hasher = KeyedHasher(tmp_path / "hash.key")
    assert len(hasher.digest("a\ud800b")) == 64


def test_key_file_is_private(tmp_path):
    KeyedHasher(tmp_path / "hash.key")
    if POSIX:
        assert mode(tmp_path / "hash.key") == 0o600


def test_damaged_key_is_replaced_with_a_message(tmp_path):
    (tmp_path / "hash.key").write_bytes(b"te kort")
    hasher = KeyedHasher(tmp_path / "hash.key")
    assert len((tmp_path / "hash.key").read_bytes()) == KEY_BYTES
    assert len(hasher.problems) == 1 and "opnieuw markeren" in hasher.problems[0]
    assert list(tmp_path.glob("hash.key.corrupt-*"))


def test_default_key_lives_in_the_data_dir(data_dir):
    KeyedHasher()
    assert (data_dir / "hash.key").is_file()


def test_remembered_digest_follows_the_text(tmp_path):
    from guard.hashing import KeyedHasher

    h = KeyedHasher(tmp_path / "hash.key")
    a, b = "tekst een " * 1000, "tekst twee " * 1000
    first = h.digest(a)
    assert h.digest(b) != first
    assert h.digest(a) == first
    assert h.digest("".join(["tekst een "] * 1000)) == first  # equal, not the same object
