import pytest

from detectors.recognizers.nl_ip_recognizer import NlIpRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlIpRecognizer()


def scored(recognizer, text):
    results = recognizer.analyze(text=text, entities=["IP_ADDRESS"], nlp_artifacts=None)
    return [(text[r.start:r.end], r.score) for r in results]


def found(recognizer, text):
    return [t for t, s in scored(recognizer, text) if s >= 0.5]


@pytest.mark.parametrize("text, expected", [
    ("werkplek 10.48.112.67)", "10.48.112.67"),
    ("vanaf IP-adres 203.0.113.47 binnen 20 minuten", "203.0.113.47"),
    ("router 192.168.178.1.", "192.168.178.1"),
    ("server 172.16.254.3, poort 443", "172.16.254.3"),
    ("ingelogd vanaf 84.241.196.12", "84.241.196.12"),
    ("adres fe80::1ff:fe23:4567:890a", "fe80::1ff:fe23:4567:890a"),
    ("2001:db8::1", "2001:db8::1"),
    ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
])
def test_ip_address_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", [
    "versie 1.2.3.4",                # a version number
    "Versie 10.48.112.67",
    "artikel 2.1.3.4 van de wet",    # a section number
    "127.0.0.1",                     # loopback
    "0.0.0.0",
    "netmasker 255.255.255.0",
    "192.168.1.256",                 # out of range
    "1.2.3.4.5",                     # five parts
    "v10.48.112.67",
    "bedrag 1.234.567.890",
    "om 10:30:00 uur",               # a time
    "::1",
    "std::map en abc::def",          # words with colons
    "12:34:56:78",
    "het netwerk 192.168.0.0/16",    # a range, not a device
    "prefix 2001:db8::/32",
])
def test_not_an_ip_address(recognizer, text):
    assert found(recognizer, text) == []


def test_small_dotted_quad_needs_context(recognizer):
    assert scored(recognizer, "zie 1.2.3.4 hieronder") == [("1.2.3.4", NlIpRecognizer.WEAK_SCORE)]


def test_small_dotted_quad_with_context_is_found_by_the_engine(detector):
    text = "Het IP-adres van haar laptop is 10.0.0.5."
    assert [text[f.start:f.end] for f in detector.analyze(text).findings if f.type == "IP_ADDRESS"] == ["10.0.0.5"]


def test_section_number_in_a_law_is_quiet_in_the_engine(detector):
    text = "Op grond van artikel 7.2.1.3 en paragraaf 3.1.2.4 vervalt het recht."
    assert [f for f in detector.analyze(text).findings if f.type == "IP_ADDRESS"] == []


@pytest.mark.parametrize("text", [
    "1." * 25_000,
    "1.2.3." * 10_000,
    ":" * 50_000,
    "a:" * 25_000,
    "ffff:" * 10_000,
    "9" * 50_000,
])
def test_adversarial_input_completes(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text=text, entities=["IP_ADDRESS"], nlp_artifacts=None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)
