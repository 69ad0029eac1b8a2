"""The group-policy template: valid against the ADMX schema, complete in both languages, and with
exactly the registry value names of the administrator-settings contract (guard/admin.py).

The schema is packaging/admx/schema/admx.xsd, written from Microsoft's published ADMX structure
(Microsoft's XSD download cannot be fetched on this machine); see its header.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

xmlschema = pytest.importorskip("xmlschema")

ADMX_DIR = Path(__file__).resolve().parents[2] / "packaging" / "admx"
ADMX = ADMX_DIR / "Plakwacht.admx"
ADMLS = {lang: ADMX_DIR / lang / "Plakwacht.adml" for lang in ("nl-NL", "en-US")}
NS = {"pd": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
KEY = r"Software\Policies\Plakwacht"

#: The shared contract (admin.md): value name -> registry type.
CONTRACT = {
    "PolicyFile": "REG_SZ", "LockSettings": "REG_DWORD", "MaxPauseMinutes": "REG_DWORD",
    "AllowPublicMarks": "REG_DWORD", "PublicMarkDays": "REG_DWORD", "WarnWithoutWindowDetection": "REG_DWORD",
    "EventLog": "REG_DWORD", "RequireCompanion": "REG_DWORD",
}


@pytest.fixture(scope="module")
def schema():
    return xmlschema.XMLSchema(str(ADMX_DIR / "schema" / "admx.xsd"))


def etree(path):
    import xml.etree.ElementTree as ET

    return ET.parse(path).getroot()


@pytest.mark.parametrize("path", [ADMX, *ADMLS.values()], ids=lambda p: p.parent.name + "/" + p.name)
def test_files_are_valid_against_the_admx_schema(schema, path):
    schema.validate(str(path))


@pytest.mark.parametrize("breakage", [
    ("<parentCategory ref=\"Plakwacht\"/>\n      <supportedOn ref=\"SUPPORTED_Plakwacht_0_1\"/>",
     "<supportedOn ref=\"SUPPORTED_Plakwacht_0_1\"/>\n      <parentCategory ref=\"Plakwacht\"/>"),  # wrong order
    ('class="Both" displayName="$(string.LockSettings)"', 'displayName="$(string.LockSettings)"'),  # no class
    ('<decimal value="1"/>', '<decimal value="yes"/>'),                                             # bad value
    ('<text id="PolicyFile"', '<txt id="PolicyFile"'),                                              # unknown element
])
def test_the_schema_check_catches_a_broken_template(schema, tmp_path, breakage):
    old, new = breakage
    source = ADMX.read_text(encoding="utf-8")
    assert old in source
    broken = tmp_path / "broken.admx"
    broken.write_text(source.replace(old, new, 1), encoding="utf-8")
    assert not schema.is_valid(str(broken))


def policies():
    return etree(ADMX).findall("pd:policies/pd:policy", NS)


def value_names() -> dict[str, str]:
    """valueName -> registry type, as the Group Policy client writes it."""
    out = {}
    for pol in policies():
        assert pol.get("key") == KEY and pol.get("class") == "Both"
        if pol.get("valueName"):
            out[pol.get("valueName")] = "REG_DWORD" if pol.find("pd:enabledValue/pd:decimal", NS) is not None else "?"
        for el in pol.findall("pd:elements/*", NS):
            assert el.get("key") in (None, KEY)
            tag = el.tag.split("}")[1]
            out[el.get("valueName")] = {"text": "REG_SZ", "decimal": "REG_DWORD"}.get(tag, tag)
    return out


def test_value_names_and_types_are_exactly_the_contract():
    assert value_names() == CONTRACT


def test_value_names_match_guard_admin_when_it_is_there():
    admin = pytest.importorskip("guard.admin", reason="guard/admin.py arrives with issue 10 (branch i10-data)")
    assert set(admin.VALUE_NAMES.values()) == set(CONTRACT)
    assert admin.REGISTRY_KEY == KEY
    lo, hi = admin.PAUSE_MINUTES_RANGE
    el = etree(ADMX).find(".//pd:decimal[@id='MaxPauseMinutes']", NS)
    assert (int(el.get("minValue")), int(el.get("maxValue"))) == (lo, hi)
    lo, hi = admin.MARK_DAYS_RANGE
    el = etree(ADMX).find(".//pd:decimal[@id='PublicMarkDays']", NS)
    assert (int(el.get("minValue")), int(el.get("maxValue"))) == (lo, hi)


def references(kind: str) -> set[str]:
    text = ADMX.read_text(encoding="utf-8")
    return set(re.findall(rf"\$\({kind}\.([A-Za-z0-9_.]+)\)", text))


@pytest.mark.parametrize("lang", list(ADMLS))
def test_every_string_and_presentation_is_defined_in_each_language(lang):
    root = etree(ADMLS[lang])
    strings = {s.get("id"): (s.text or "") for s in root.findall(".//pd:stringTable/pd:string", NS)}
    assert references("string") == set(strings)
    assert all(v.strip() for v in strings.values())
    presentations = {p.get("id"): p for p in root.findall(".//pd:presentationTable/pd:presentation", NS)}
    assert references("presentation") == set(presentations)
    for pol in policies():
        ref = pol.get("presentation")
        element_ids = {el.get("id") for el in pol.findall("pd:elements/*", NS)}
        if ref is None:
            assert not element_ids, f"{pol.get('name')} has elements but no presentation"
            continue
        pres = presentations[ref[len("$(presentation."):-1]]
        assert {c.get("refId") for c in pres} == element_ids


def test_dutch_and_english_define_the_same_ids_and_differ_in_text():
    nl, en = (etree(ADMLS[lang]) for lang in ("nl-NL", "en-US"))
    ids = lambda r: [s.get("id") for s in r.findall(".//pd:string", NS)]  # noqa: E731
    assert ids(nl) == ids(en)
    nl_text = {s.get("id"): s.text for s in nl.findall(".//pd:string", NS)}
    assert nl_text["EventLog_Explain"] != {s.get("id"): s.text for s in en.findall(".//pd:string", NS)}[
        "EventLog_Explain"]
    assert "Nooit de tekst" in nl_text["EventLog_Explain"]


# -- what the Group Policy client writes for this template, read by guard/admin.py ---------------

def gp_client_values(choices: dict[str, tuple[str, dict]]) -> dict:
    """The registry values the Group Policy client writes for ``{policy: ("enabled"|"disabled",
    {element id: value})}``, following the template (enabledValue/disabledValue, elements)."""
    out: dict = {}
    for pol in policies():
        if pol.get("name") not in choices:
            continue
        state, elements = choices[pol.get("name")]
        value = pol.find(f"pd:{state}Value/pd:decimal", NS)
        if value is not None:
            out[pol.get("valueName")] = int(value.get("value"))
        if state == "enabled":
            for el in pol.findall("pd:elements/*", NS):
                out[el.get("valueName")] = elements[el.get("id")]
    return out


def test_guard_admin_reads_what_group_policy_writes_for_this_template(tmp_path, monkeypatch):
    admin = pytest.importorskip("guard.admin", reason="guard/admin.py arrives with issue 10 (branch i10-data)")
    monkeypatch.setenv("PLAKWACHT_ADMIN_DIR", str(tmp_path))  # no admin.toml
    policy = tmp_path / "beleid.toml"
    hklm = gp_client_values({
        "PolicyFile": ("enabled", {"PolicyFile": str(policy)}),
        "LockSettings": ("enabled", {}),
        "MaxPauseMinutes": ("enabled", {"MaxPauseMinutes": 0}),
        "AllowPublicMarks": ("enabled", {"PublicMarkDays": 30}),
        "WarnWithoutWindowDetection": ("disabled", {}),
        "EventLog": ("enabled", {}),
        "RequireCompanion": ("enabled", {}),
    })
    hkcu = gp_client_values({"EventLog": ("disabled", {}), "AllowPublicMarks": ("disabled", {})})

    class Reader:
        def values(self):
            return [(r"HKLM\Software\Policies\Plakwacht", hklm), (r"HKCU\Software\Policies\Plakwacht", hkcu)]

    s = admin.load_admin_settings(Reader())
    assert s.policy_file == policy and s.lock_settings and s.max_pause_minutes == 0
    assert s.allow_public_marks is True and s.public_mark_days == 30      # HKLM wins over HKCU's "disabled"
    assert s.warn_without_window_detection is False and s.event_log is True and s.require_companion is True

    off = admin.load_admin_settings(type("R", (), {"values": lambda self: [
        ("HKLM", gp_client_values({"AllowPublicMarks": ("disabled", {}), "EventLog": ("disabled", {})}))]})())
    assert off.allow_public_marks is False and off.event_log is False
    from guard.eventlog import recorder_for

    assert not recorder_for(off).enabled
