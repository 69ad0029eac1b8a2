"""IP addresses (IPv4 and IPv6) that can point to a person's device.

Not reported: network ranges (192.168.0.0/16), version and section numbers that look like IPv4 ("versie 1.2.3.4",
"artikel 2.1.3.4"), loopback/unspecified/broadcast addresses and netmasks (they belong to no device).
A dotted quad whose parts are all small (every part <= 20) reads more like a section or version
number than an address, so it needs context (IP, adres, werkplek, server ...).
"""
from __future__ import annotations

import ipaddress
import logging

import regex
from presidio_analyzer import Pattern

from detectors.recognizers.base import ReasonedPatternRecognizer

log = logging.getLogger(__name__)

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# Words right before a dotted quad that make it a version or a section number.
_NOT_AN_ADDRESS = regex.compile(
    r"(?i)\b(?:versie|version|vers|v|build|release|update|patch|firmware|artikel|art|lid|paragraaf|par"
    r"|hoofdstuk|hfdst|bijlage|onderdeel|sectie|section|chapter|figuur|fig|tabel|table|stap|nr)\.?\s*$")


class NlIpRecognizer(ReasonedPatternRecognizer):
    """IPv4 in dotted-quad form and IPv6 (checked with :mod:`ipaddress`)."""

    PATTERNS = [
        # Not followed by "/16": a network range (CIDR) is not one device.
        Pattern("ipv4-adres", r"(?<![\w.:-])" + _OCTET + r"(?:\." + _OCTET + r"){3}(?![\w:-]|\.\d|/\d)", 0.6),
        # Hex groups with colons; ipaddress decides. The lookbehind keeps times (10:30:00) out
        # because those never validate, and every repeat needs a colon (no backtracking blow-up).
        Pattern("ipv6-adres", r"(?i)(?<![\w:.-])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:.-]|/\d)", 0.6),
    ]
    CONTEXT = ["ip", "ip-adres", "ipadres", "werkplek", "computer", "laptop", "apparaat", "device", "server",
               "inlog", "login", "adres", "address", "router", "vpn", "host"]
    REASON = "een IP-adres van een computer of apparaat"
    WEAK_SCORE = 0.3

    def __init__(self):
        super().__init__(supported_entity="IP_ADDRESS", name="NlIpRecognizer", global_regex_flags=regex.M)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for res in results:
            candidate = text[res.start:res.end]
            if ":" not in candidate:
                if _NOT_AN_ADDRESS.search(text[max(0, res.start - 20):res.start]):
                    continue
                if all(int(part) <= 20 for part in candidate.split(".")):
                    res.score = self.WEAK_SCORE
            kept.append(res)
        return kept

    def validate_result(self, pattern_text: str) -> bool | None:
        try:
            ip = ipaddress.ip_address(pattern_text)
        except ValueError:
            return False
        if ip.is_loopback or ip.is_unspecified or ip.is_multicast:
            return False
        if ip.version == 4 and pattern_text.split(".")[0] == "255":
            return False  # netmask or broadcast
        if ip.version == 6 and (len(pattern_text) < 6 or not any(c.isdigit() for c in pattern_text)):
            return False  # "abc::def", "std::map": words with colons, not an address
        return None  # keep the pattern score: an address shape, no checksum

