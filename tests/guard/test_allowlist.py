"""The allowlist keeps only keyed hashes and survives restarts and damage."""
from __future__ import annotations

import json

import pytest

from guard.allowlist import Allowlist
from guard.hashing import KeyedHasher

from .conftest import POSIX, mode

PUBLIC = "Persbericht UWV: de WW-premie gaat omlaag per 1 januari."


@pytest.fixture
def hasher(tmp_path):
    return KeyedHasher(tmp_path / "hash.key")


def test_add_and_contains(tmp_path, hasher):
    allow = Allowlist(tmp_path / "allowlist.json", hasher)
    assert not allow.contains(PUBLIC)
    allow.add(PUBLIC)
    assert allow.contains(PUBLIC)
    assert allow.contains("  " + PUBLIC.replace(" ", "\n") + "\n")  # same text, copied differently
    assert not allow.contains(PUBLIC + " Extra zin.")
    allow.add(PUBLIC)
    assert len(allow) == 1


def test_persists_and_stores_no_text(tmp_path, hasher):
    path = tmp_path / "allowlist.json"
    Allowlist(path, hasher).add(PUBLIC)
    raw = path.read_text("utf-8")
    assert "WW-premie" not in raw and "Persbericht" not in raw
    assert list(json.loads(raw)["hashes"]) == [hasher.digest(PUBLIC)]
    assert Allowlist(path, hasher).contains(PUBLIC)
    if POSIX:
        assert mode(path) == 0o600


def test_other_key_does_not_match(tmp_path, hasher):
    path = tmp_path / "allowlist.json"
    Allowlist(path, hasher).add(PUBLIC)
    assert not Allowlist(path, KeyedHasher(tmp_path / "andere.key")).contains(PUBLIC)


def test_clear(tmp_path, hasher):
    path = tmp_path / "allowlist.json"
    allow = Allowlist(path, hasher)
    allow.add(PUBLIC)
    allow.clear()
    assert not allow.contains(PUBLIC)
    assert not Allowlist(path, hasher).contains(PUBLIC)


@pytest.mark.parametrize("content", [b"{niet json", b"\xff\xfe\x00", b"[]", b'{"schema": 1, "hashes": ["x"]}',
                                     b'{"schema": 1, "hashes": {"kort": "2026"}}', b'{"schema": 9, "hashes": {}}'])
def test_damaged_file_is_moved_aside(tmp_path, hasher, content):
    path = tmp_path / "allowlist.json"
    path.write_bytes(content)
    allow = Allowlist(path, hasher)
    assert len(allow) == 0
    assert len(allow.problems) == 1
    assert "beschadigd" in allow.problems[0] and "opnieuw" in allow.problems[0]
    aside = list(tmp_path.glob("allowlist.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == content
    allow.add(PUBLIC)  # and it goes on with a fresh file
    assert Allowlist(path, hasher).contains(PUBLIC)
