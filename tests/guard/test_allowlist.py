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
    assert json.loads(raw)["schema"] == 2
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


def test_marks_expire_and_can_be_listed_and_deleted(tmp_path, hasher):
    """Issue 14: a mark lasts ``days`` (90 by default), is listed with words only, and can be deleted."""
    import datetime as dt

    clock = [dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)]
    path = tmp_path / "allowlist.json"
    allow = Allowlist(path, hasher, now=lambda: clock[0])
    allow.add(PUBLIC, what="e-mail")
    (mark,) = allow.marks()
    assert mark.what == "e-mail" and mark.expires == clock[0] + dt.timedelta(days=90)
    clock[0] += dt.timedelta(days=89)
    assert Allowlist(path, hasher, now=lambda: clock[0]).contains(PUBLIC)
    clock[0] += dt.timedelta(days=2)
    again = Allowlist(path, hasher, now=lambda: clock[0])
    assert not again.contains(PUBLIC) and again.marks() == []
    assert hasher.digest(PUBLIC) not in path.read_text("utf-8")  # an expired mark leaves the file
    short = Allowlist(path, hasher, days=7, now=lambda: clock[0])
    short.add(PUBLIC)
    assert short.remove(short.marks()[0].digest) and not short.contains(PUBLIC)


def test_marks_switched_off_by_the_administrator(tmp_path, hasher):
    path = tmp_path / "allowlist.json"
    Allowlist(path, hasher).add(PUBLIC)
    off = Allowlist(path, hasher, enabled=False)
    assert not off.contains(PUBLIC)
    with pytest.raises(ValueError):
        off.add(PUBLIC)


def test_schema_1_file_is_read(tmp_path, hasher):
    path = tmp_path / "allowlist.json"
    path.write_text(json.dumps({"schema": 1, "hashes": {hasher.digest(PUBLIC): "2099-01-01T00:00:00+00:00"}}))
    assert Allowlist(path, hasher, days=None).contains(PUBLIC)


def test_admin_settings_set_expiry_and_switch_marks_off(tmp_path, hasher):
    """The AdminSettings contract (guard/admin.py): public_mark_days and allow_public_marks."""
    from types import SimpleNamespace

    from guard.allowlist import admin_options

    opts = admin_options(SimpleNamespace(public_mark_days=30, allow_public_marks=False))
    assert opts == {"days": 30, "enabled": False}
    allow = Allowlist(tmp_path / "a.json", hasher, **opts)
    assert allow.days == 30 and not allow.enabled
    assert admin_options(SimpleNamespace(public_mark_days=0, allow_public_marks="ja")) == {}
