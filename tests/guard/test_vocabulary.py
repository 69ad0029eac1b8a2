"""One vocabulary: every decision, kind and state has its Dutch words, and the stored values stay."""
from __future__ import annotations

import json
import sqlite3

import pytest

from guard import vocabulary as v


def test_stored_values_are_the_history_contract():
    assert [d.value for d in v.Decision] == [
        "clear", "redact", "paste_anyway", "allowlist", "pending", "left_site", "dismissed"]
    assert [k.value for k in v.WindowKind] == ["allowed_genai", "forbidden_genai", "other", "unknown"]
    assert v.NOT_CHECKED == "NIET_GECONTROLEERD"


@pytest.mark.parametrize("enum, labels", [(v.Decision, v.DECISION_LABELS), (v.WindowKind, v.WINDOW_KIND_LABELS)])
def test_every_member_has_dutch_words(enum, labels):
    assert set(labels) == set(enum)
    for member in enum:
        assert member.label and member.label == labels[member]


def test_members_behave_as_their_strings_in_json_sqlite_and_comparisons():
    assert v.Decision.CLEAR == "clear" and f"{v.TrayState.NO_WINDOWS}" == "no_window_detection"
    assert json.dumps({"d": v.Decision.PASTE_ANYWAY}) == '{"d": "paste_anyway"}'
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (x TEXT)")
    db.execute("INSERT INTO t VALUES (?)", (v.Decision.LEFT_SITE,))
    assert db.execute("SELECT x FROM t").fetchone() == ("left_site",)


def test_labels_of_types_categories_and_unknown_values():
    assert v.label("BSN") == "BSN" and v.label("PERSON") == "naam"
    assert v.label("EMAIL_MESSAGE") == "e-mail"
    assert v.label(v.NOT_CHECKED) == "niet gecontroleerd"
    assert v.label("SOME_NEW_TYPE") == "some new type"
    assert v.decision_label("dismissed") == "melding gesloten" and v.decision_label("later") == "later"
    assert v.window_kind_label("unknown") == "onbekend venster" and v.window_kind_label("x") == "x"


def test_every_entity_type_has_a_label_and_a_redaction_placeholder():
    from detectors.model import CATEGORIES, ENTITY_TYPES

    assert set(ENTITY_TYPES) == set(v.TYPE_LABELS) == set(v.REDACT_LABELS)
    assert set(CATEGORIES) | {v.NOT_CHECKED} == set(v.CATEGORY_LABELS)
