"""Rules that several context recognizers share (address, postcode, birth date, employee and
case numbers): does a text read as published, is a value an example, the line before a value,
fast keyword-anchored matching, and the cells under a header of a pasted table.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

import regex

from detectors import textcache

#: Signs that a text is a published one (Kamerbrief, press release, law, ruling, news wire,
#: statistics, vacancy). Such texts carry addresses, postcodes and reference numbers that lead
#: to no person. A strong sign counts 2, a weak one 1 (an internal mail may well mention the
#: Tweede Kamer once); a text is public from 2 on.
_PUBLIC_STRONG = (
    r"Noot voor de redactie|Staatsblad|Staatscourant|ECLI:NL|"
    r"officielebekendmakingen\.nl|Centraal Bureau voor de Statistiek|Bron: CBS|Vacaturenummer|"
    r"Solliciteer direct|Wat bieden wij\?|Wat vragen wij\?|\((?:ANP|Novum)\)|"
    r"(?m:^[ \t]*(?:Persbericht|PERSBERICHT|Nieuwsbericht))|"
    # a vacancy on a job platform: "Sluit over 16 dagen", "Sluit morgen" under the employer's address
    r"(?m:^[ \t]*Sluit[ \t]+(?:over[ \t]+\d{1,3}[ \t]+dag(?:en)?|morgen|vandaag|over[ \t]+\d{1,2}[ \t]+uur)\b)"
)
_PUBLIC_WEAK = (
    r"Tweede Kamer|Eerste Kamer|Staten-Generaal|Kamerstukk?en|Kamerstuk|Kamervragen|Kamerbrief|"
    r"Persbericht|persbericht|Stcrt\.|Stb\.|rijksoverheid\.nl|Voor de pers|"
    r"(?:De|de) (?:minister|Minister|staatssecretaris|Staatssecretaris) van"
)
_PUBLIC_TEXT = regex.compile(
    r"(?<![\p{L}])(?:(?P<strong>" + _PUBLIC_STRONG + r")|(?P<weak>" + _PUBLIC_WEAK + r"))(?![\p{L}])"
)
# An example in an instruction ("bijvoorbeeld 1234 AB", "for example 12345678").
_EXAMPLE = regex.compile(r"(?i)(?<![\p{L}])(?:bijvoorbeeld|bijv\.|voorbeeld|e\.g\.|for example)(?![\p{L}])")


@lru_cache(maxsize=8)
def looks_public(text: str) -> bool:
    """True when the text carries marks of a published text (Kamerbrief, press release, law)."""
    strong: set[str] = set()
    weak: set[str] = set()
    for m in _PUBLIC_TEXT.finditer(text):
        (strong if m.group("strong") else weak).add(m.group().strip().lower())
        if 2 * len(strong) + len(weak) >= 2:
            return True
    return False


textcache.per_text(looks_public.cache_clear)


def is_example(text: str, start: int) -> bool:
    """True when the line before ``start`` says that what follows is an example."""
    return _EXAMPLE.search(line_before(text, start, 80)) is not None


def line_before(text: str, start: int, limit: int = 80) -> str:
    """The text on the same line before ``start`` (at most ``limit`` characters)."""
    lo = max(0, start - limit)
    nl = text.rfind("\n", lo, start)
    return text[(nl + 1 if nl >= 0 else lo):start]


def previous_lines(text: str, start: int, count: int = 2, limit: int = 200) -> list[str]:
    """Up to ``count`` non-empty lines above the line of ``start``, nearest first."""
    lo = max(0, start - limit)
    head = text[lo:start]
    cut = head.rfind("\n")
    if cut < 0:
        return []
    lines = [ln.strip() for ln in head[:cut].split("\n")]
    out = [ln for ln in reversed(lines) if ln]
    return out[:count]


_DIGIT = re.compile(r"\d")

@lru_cache(maxsize=1)
def _lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (the recognizers of one chunk ask some ten times)."""
    # "İ" is the one character whose lower case is two characters long: offsets must stay.
    return text.replace("\u0130", "I").lower()


textcache.per_text(_lowered.cache_clear)


def anchored_matches(text: str, stems: tuple[str, ...], rx: regex.Pattern,
                     digit_within: int = 0) -> list[regex.Match]:
    """``rx.match`` at every word that starts with one of ``stems`` (lower case).

    Scanning a long text with a case-insensitive alternation of keywords costs a regex attempt
    at every character; ``str.find`` on the lower-cased text finds the few places worth trying.
    With ``digit_within``, a place is only tried when a digit follows within that many
    characters (every value these keywords introduce holds digits).
    """
    lowered = _lowered(text)
    starts: set[int] = set()
    for stem in stems:
        i = lowered.find(stem)
        while i >= 0:
            if i == 0 or not lowered[i - 1].isalpha():
                starts.add(i)
            i = lowered.find(stem, i + 1)
    out = []
    for i in sorted(starts):
        if digit_within and _DIGIT.search(text, i, i + digit_within) is None:
            continue
        m = rx.match(text, i)
        if m:
            out.append(m)
    return out


_TABLE_SEPARATORS = ("\t", "|", ";", ",")
_MARKDOWN_RULE = re.compile(r"[ \t|:+=-]*")
#: Rows of a pasted table that are read below one header (a guard against huge inputs).
MAX_TABLE_ROWS = 5_000


def column_cells(text: str, stems: tuple[str, ...], header: regex.Pattern) -> list[tuple[int, int]]:
    """Spans of the cells below a table header cell that ``header`` fully matches.

    A list pasted from Excel or a CSV file ("Naam;Geboortedatum;Postcode") puts the label in
    the header and the values rows below it, out of reach of words-before-the-value rules.
    A table here: a header line split by tabs, "|", ";" or ",", followed by lines with the
    same number of cells (a Markdown rule line such as "|---|---|" is skipped).

    Args:
        text: the whole text.
        stems: lower-case starts of the header words, for a fast scan.
        header: a pattern that must match a whole (stripped) header cell.
    """
    lowered = _lowered(text)
    done_lines: set[int] = set()
    out: list[tuple[int, int]] = []
    for stem in stems:
        i = lowered.find(stem)
        while i >= 0:
            line_start = text.rfind("\n", 0, i) + 1
            if line_start not in done_lines:
                done_lines.add(line_start)
                # Rows read once are never read again as a header: linear on any input.
                out.extend(_cells_below(text, line_start, header, done_lines))
            i = lowered.find(stem, i + 1)
    return sorted(set(out))


def _cells_below(text: str, line_start: int, header: regex.Pattern,
                 done_lines: set[int]) -> list[tuple[int, int]]:
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].rstrip("\r")
    sep = next((c for c in _TABLE_SEPARATORS if c in line), None)
    if sep is None:
        return []
    cells = [line[a:b] for a, b in split_cells(line, sep)]
    columns = [k for k, cell in enumerate(cells) if header.fullmatch(cell.strip().strip('"'))]
    if not columns:
        return []
    out = []
    pos = line_end + 1
    for _ in range(MAX_TABLE_ROWS):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        row = text[pos:nl].rstrip("\r")
        if not row.strip():
            break
        if _MARKDOWN_RULE.fullmatch(row):
            pos = nl + 1
            continue
        bounds = split_cells(row, sep)
        if len(bounds) != len(cells):
            break
        done_lines.add(pos)
        for col in columns:
            a, b = bounds[col]
            cell = row[a:b]
            value = cell.strip().strip('"').strip()
            if value:
                lead = cell.find(value)
                out.append((pos + a + lead, pos + a + lead + len(value)))
        pos = nl + 1
    return out


def split_cells(row: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of one row; a separator inside "double quotes" (CSV) is no cell border."""
    if '"' not in row:
        out, start = [], 0
        for part in row.split(sep):
            out.append((start, start + len(part)))
            start += len(part) + 1
        return out
    out, start, quoted = [], 0, False
    for i, c in enumerate(row):
        if c == '"':
            quoted = not quoted
        elif c == sep and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, len(row)))
    return out


#: Separators of a pasted record without a header (a comma is too common in prose to count).
_RECORD_SEPARATORS = ("\t", ";", "|")


def record_rows(text: str, min_cells: int = 3, max_rows: int = MAX_TABLE_ROWS):
    """Yield ``(row_start, row, cell bounds)`` for runs of two or more lines that split into the
    same number (≥ ``min_cells``) of cells by a tab, ";" or "|": rows pasted from a spreadsheet."""
    if not any(sep in text for sep in _RECORD_SEPARATORS):
        return
    lines = []
    pos = 0
    for _ in range(max_rows):
        if pos > len(text):
            break
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        lines.append((pos, text[pos:nl].rstrip("\r")))
        pos = nl + 1
    run: list = []
    run_key = None
    for start, line in lines + [(len(text), "")]:
        sep = next((c for c in _RECORD_SEPARATORS if c in line), None)
        bounds = split_cells(line, sep) if sep else []
        key = (sep, len(bounds)) if len(bounds) >= min_cells else None
        if key is not None and key == run_key:
            run.append((start, line, bounds))
            continue
        if len(run) >= 2:
            yield from run
        run, run_key = ([(start, line, bounds)], key) if key is not None else ([], None)


#: A Dutch postcode (stdnum.nl.postcode: not SA, SD, SS).
POSTCODE_REGEX = r"(?<![\p{L}\d\-/.])[1-9]\d{3}[ \t]?(?!SA|SD|SS)\p{Lu}{2}(?![\p{L}\d])"
#: What may stand between a street + number and its postcode: a comma or a separator of a
#: one-line address ("Kerkstraat 1 | 1234 AB"), spaces, one line break.
ADDRESS_GAP = r"[ \t]*[,|•·\-]?[ \t]*(?:\r?\n[ \t]*)?"
