"""Invented but valid-looking identifiers for the corpora (seeded by the caller's Random)."""
from __future__ import annotations

import random
import string

from stdnum.nl import bsn as _bsn, btw as _btw

KENTEKEN_LETTERS = "BDFGHJKLNPRSTVXZ"


def bsn(r: random.Random, style: str = "plain") -> str:
    while True:
        digits = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1))) % 11
        if check < 10:
            s = "".join(map(str, digits + [check]))
            assert _bsn.is_valid(s)
            break
    if style == "dots":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if style == "spaces":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


def iban(r: random.Random, spaced: bool = True) -> str:
    bank = r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
    account = "".join(str(r.randint(0, 9)) for _ in range(10))
    numeric = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    check = 98 - int(numeric) % 97
    s = f"NL{check:02d}{bank}{account}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def mobile(r: random.Random) -> str:
    d = str(r.randint(1, 6)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice([f"06-{d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06{d}", f"+31 6 {d[:4]} {d[4:]}",
                     f"06 {d}"])


def landline(r: random.Random) -> str:
    area = r.choice(["010", "020", "030", "040", "050", "0318", "0499", "0575", "076", "058"])
    n = 7 if len(area) == 3 else 6
    d = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    return r.choice([f"{area}-{d}", f"{area} {d}", f"({area}) {d}"])


def postcode(r: random.Random) -> str:
    while True:
        letters = "".join(r.choice(string.ascii_uppercase) for _ in range(2))
        if letters not in {"SA", "SD", "SS"}:
            return f"{r.randint(1011, 9999)} {letters}"


def kvk(r: random.Random) -> str:
    return str(r.randint(10000000, 99999999))


def vat(r: random.Random) -> str:
    while True:
        s = f"NL{r.randint(100000000, 999999999)}B{r.randint(1, 99):02d}"
        if _btw.is_valid(s):
            return s


def kenteken(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(KENTEKEN_LETTERS) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice([f"{D(2)}-{L(3)}-{D(1)}", f"{D(1)}-{L(3)}-{D(2)}", f"{L(2)}-{D(3)}-{L(1)}",
                     f"{L(1)}-{D(3)}-{L(2)}", f"{L(3)}-{D(2)}-{L(1)}", f"{D(1)}-{L(2)}-{D(3)}"])


def id_document(r: random.Random) -> str:
    alnum = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"
    return (r.choice("BCDFHIJKLMNPRSTVXNW") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            + "".join(r.choice(alnum) for _ in range(6)) + str(r.randint(0, 9)))


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def ip(r: random.Random) -> str:
    return f"{r.choice([77, 83, 84, 86, 145, 212, 217])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
