"""Keyed hashes: stable per install, different between installs, never a plain hash, and the key is
never in the data folder (issue 10: with a copy of the folder a BSN came back from its hash in 4 ms)."""
from __future__ import annotations

import hashlib
import hmac

import pytest

from guard.hashing import KEY_BYTES, KeyedHasher, normalise
from guard.keystore import KeyringStore, MemoryKeyStore, default_store, note


class FakeBackend:
    """A keyring backend as ``keyring`` has them (Credential Manager, Secret Service, Keychain)."""

    priority = 5

    def __init__(self, fail=False):
        self.values: dict[tuple[str, str], str] = {}
        self.fail = fail

    def get_password(self, service, name):
        if self.fail:
            raise RuntimeError("locked")
        return self.values.get((service, name))

    def set_password(self, service, name, value):
        if self.fail:
            raise RuntimeError("locked")
        self.values[(service, name)] = value

    def delete_password(self, service, name):
        self.values.pop((service, name), None)


def test_digest_is_hmac_sha256_with_the_stored_key(tmp_path):
    backend = FakeBackend()
    hasher = KeyedHasher(tmp_path / "hash.key", store=KeyringStore(backend))
    (value,) = backend.values.values()
    key = bytes.fromhex(value)
    assert len(key) == KEY_BYTES
    expected = hmac.new(key, "BSN 111222333".encode(), hashlib.sha256).hexdigest()
    assert hasher.digest("BSN 111222333") == expected
    assert hasher.digest("BSN 111222333") != hashlib.sha256(b"BSN 111222333").hexdigest()
    assert hasher.persistent


def test_nothing_in_the_data_folder(tmp_path):
    KeyedHasher(tmp_path / "hash.key", store=KeyringStore(FakeBackend())).digest("x")
    KeyedHasher(tmp_path / "b" / "hash.key").digest("x")
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


def test_same_text_same_digest_across_restarts(tmp_path):
    backend = FakeBackend()
    first = KeyedHasher(tmp_path / "hash.key", store=KeyringStore(backend)).digest("Jan de Vries")
    assert KeyedHasher(tmp_path / "hash.key", store=KeyringStore(backend)).digest("Jan de Vries") == first


def test_other_install_other_digest(tmp_path):
    a = KeyedHasher(tmp_path / "a" / "hash.key")
    b = KeyedHasher(tmp_path / "b" / "hash.key")
    assert a.digest("111222333") != b.digest("111222333")


def test_old_key_file_moves_into_the_store_and_is_wiped(tmp_path):
    old = bytes(range(KEY_BYTES))
    (tmp_path / "hash.key").write_bytes(old)
    backend = FakeBackend()
    hasher = KeyedHasher(tmp_path / "hash.key", store=KeyringStore(backend))
    assert not (tmp_path / "hash.key").exists()
    assert hasher.digest("a") == hmac.new(old, b"a", hashlib.sha256).hexdigest()  # the allowlist still matches
    assert list(backend.values.values()) == [old.hex()]


def test_without_a_store_the_key_lives_in_memory_and_the_settings_say_so(tmp_path):
    hasher = KeyedHasher(tmp_path / "hash.key", store=KeyringStore(FakeBackend(fail=True)))
    assert not hasher.persistent and isinstance(hasher.store, MemoryKeyStore)
    assert KeyedHasher(tmp_path / "hash.key").digest("a") == hasher.digest("a")  # same run: same key
    assert "alleen tot het stopt" in note(hasher)
    assert "beveiligde opslag" in note(KeyedHasher(tmp_path / "c" / "k", store=KeyringStore(FakeBackend())))
    assert not (tmp_path / "hash.key").exists()


def test_damaged_stored_key_is_replaced_with_a_message(tmp_path):
    backend = FakeBackend()
    store = KeyringStore(backend)
    name = KeyedHasher(tmp_path / "hash.key", store=store).key_name
    backend.values[("Plakwacht", name)] = "zz-geen-hex"
    hasher = KeyedHasher(tmp_path / "hash.key", store=store)
    assert len(hasher.problems) == 1 and "opnieuw markeren" in hasher.problems[0]
    assert len(bytes.fromhex(backend.values[("Plakwacht", name)])) == KEY_BYTES


def test_default_store_here(monkeypatch):
    monkeypatch.setenv("PLAKWACHT_KEYSTORE", "memory")
    assert isinstance(default_store(), MemoryKeyStore)
    monkeypatch.delenv("PLAKWACHT_KEYSTORE")
    assert default_store() is not None  # this machine has no Secret Service: memory, never a crash


def test_whitespace_and_unicode_form_do_not_matter(tmp_path):
    hasher = KeyedHasher(tmp_path / "hash.key")
    assert hasher.digest("  Jan   de\r\nVries ") == hasher.digest("Jan de Vries")
    assert hasher.digest("Cafe\u0301") == hasher.digest("Caf\u00e9")
    assert hasher.digest("Jan de Vries") != hasher.digest("jan de vries")
    assert normalise("\tA  b\n") == "A b"


def test_lone_surrogates_do_not_crash(tmp_path):
    hasher = KeyedHasher(tmp_path / "hash.key")
    assert len(hasher.digest("a\ud800b")) == 64


def test_hasher_keeps_no_reference_to_the_text(tmp_path):
    """Issue 10 item 9: the hasher's remembered last text kept a settled text alive."""
    import sys

    h = KeyedHasher(tmp_path / "hash.key")
    text = "".join(["geheime tekst "] * 100)
    before = sys.getrefcount(text)
    h.digest(text)
    assert sys.getrefcount(text) == before
    assert not any(v is text for v in vars(h).values())


@pytest.mark.parametrize("value", ["", "00" * 31])
def test_wrong_length_keys_count_as_damaged(tmp_path, value):
    backend = FakeBackend()
    store = KeyringStore(backend)
    name = KeyedHasher(tmp_path / "hash.key", store=store).key_name
    backend.values[("Plakwacht", name)] = value
    assert KeyedHasher(tmp_path / "hash.key", store=store).problems


def test_pieces_give_the_same_digest_as_the_whole(tmp_path):
    """The digest is worked through in pieces (so the worker never holds the GIL for long); it must
    stay HMAC(key, normalise(text)), or texts marked public earlier would no longer match."""
    import random

    from guard import hashing

    backend = FakeBackend()
    h = KeyedHasher(tmp_path / "hash.key", store=KeyringStore(backend))
    key = bytes.fromhex(next(iter(backend.values.values())))
    rnd = random.Random(7)
    alphabet = ["a", "e", "\u0301", " ", "\n", "\t", "\u00a0", "\u3000", "B", "\ud800", "é", "\u1100", "\u1161"]
    for size in (0, 10, hashing.PIECE - 1, hashing.PIECE + 3, 3 * hashing.PIECE + 17):
        text = "".join(rnd.choice(alphabet) for _ in range(size))
        expected = hmac.new(key, normalise(text).encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
        assert h.digest(text) == expected, size
    no_space = "x" * (3 * hashing.PIECE)
    assert h.digest(no_space) == hmac.new(key, no_space.encode(), hashlib.sha256).hexdigest()
