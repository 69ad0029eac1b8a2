"""Speed rewrites of the table rules and the address block search give the same answers as before.

``rules.column_cells`` and ``rules.adjacent_cells`` read a text's header lines once (cells split once,
each distinct cell matched once per header pattern) instead of once per rule; the reference below is
the code they replaced, line for line. ``_block_streets`` skips its search where the text before a
postcode cannot end in a house number plus the address gap. Compared on every corpus text, the
dense exports and generated tables.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from detectors import textcache
from detectors.recognizers import nl_address_recognizer as addr
from detectors.recognizers import rules
from detectors.recognizers.nl_address_recognizer import _ADDRESS_HEADER, _ADDRESS_HEADER_STEMS, _NUMBER_HEADER
from detectors.recognizers.nl_bsn_recognizer import _TERMINOLOGY_HEADER
from detectors.recognizers.nl_case_number_recognizer import _HEADER as _CASE_HEADER
from detectors.recognizers.nl_case_number_recognizer import _STEMS as _CASE_STEMS
from detectors.recognizers.nl_date_of_birth_recognizer import _BIRTH_HEADER, _BIRTH_STEMS
from detectors.recognizers.nl_employee_number_recognizer import _HEADER as _EMPLOYEE_HEADER
from detectors.recognizers.nl_employee_number_recognizer import _STEMS as _EMPLOYEE_STEMS
from detectors.recognizers.nl_phone_recognizer import _PHONE_HEADER, _PHONE_HEADER_STEMS
from detectors.recognizers.nl_postcode_recognizer import _HEADER as _POSTCODE_HEADER
from detectors.recognizers.nl_record_name_recognizer import _PERSON_COLUMN, _PERSON_COLUMN_STEMS

ROOT = Path(__file__).resolve().parents[2]
HEADERS = [(_PHONE_HEADER_STEMS, _PHONE_HEADER), (_ADDRESS_HEADER_STEMS, _ADDRESS_HEADER), (("post", "zip"), _POSTCODE_HEADER),
           (_BIRTH_STEMS, _BIRTH_HEADER), (_PERSON_COLUMN_STEMS, _PERSON_COLUMN), (("snomed", "sct"), _TERMINOLOGY_HEADER),
           (_EMPLOYEE_STEMS, _EMPLOYEE_HEADER), (_CASE_STEMS, _CASE_HEADER)]


# -- the code before the rewrite ------------------------------------------------------------------
def _ref_header_lines(text):
    out = []
    pos = 0
    prev = None
    n = len(text)
    for _ in range(1_000_000):
        if pos > n:
            break
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        line = text[pos:nl].rstrip("\r")
        rule = rules._MARKDOWN_RULE.fullmatch(line) is not None
        if prev is not None and rule and line.strip():
            pos = nl + 1
            continue
        if prev is not None and prev[1] in line and not rule and len(rules.split_cells(line, prev[1])) == prev[2]:
            out.append(prev[0])
        sep = None
        for c in rules._TABLE_SEPARATORS:
            if c in line:
                sep = c
                break
        prev = (pos, sep, len(rules.split_cells(line, sep))) if sep else None
        pos = nl + 1
    return tuple(out)


def _ref_tables_with(text, header):
    done: set[int] = set()
    for line_start in _ref_header_lines(text):
        if line_start in done:
            continue
        table = _ref_table_below(text, line_start, done, header)
        if table is not None:
            yield table
    if "insert" in rules._lowered(text):
        for columns, rows in rules.sql_tables(text):
            if any(header.fullmatch(c) for c in columns):
                yield columns, rows


def _ref_table_below(text, line_start, done_lines, header):
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].rstrip("\r")
    sep = next((c for c in rules._TABLE_SEPARATORS if c in line), None)
    if sep is None:
        return None
    cells = [line[a:b].strip().strip('"').replace("_", " ") for a, b in rules.split_cells(line, sep)]
    if not any(header.fullmatch(c) for c in cells):
        return None
    rows = []
    pos = line_end + 1
    for _ in range(rules.MAX_TABLE_ROWS):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        row = text[pos:nl].rstrip("\r")
        if not row.strip():
            break
        if rules._MARKDOWN_RULE.fullmatch(row):
            pos = nl + 1
            continue
        bounds = rules.split_cells(row, sep)
        if len(bounds) != len(cells):
            break
        done_lines.add(pos)
        spans = []
        for a, b in bounds:
            cell = row[a:b]
            value = cell.strip().strip('"').strip()
            lead = cell.find(value) if value else 0
            spans.append((pos + a + lead, pos + a + lead + len(value)))
        rows.append(spans)
        pos = nl + 1
    return (cells, rows) if rows else None


def _ref_column_cells(text, stems, header):
    if not any(stem in rules._lowered(text) for stem in stems):
        return []
    out = []
    for columns, rows in _ref_tables_with(text, header):
        wanted = [k for k, c in enumerate(columns) if header.fullmatch(c)]
        out.extend(row[k] for row in rows for k in wanted if k < len(row) and row[k][1] > row[k][0])
    return sorted(set(out))


def _ref_adjacent_cells(text, stems, header, next_header):
    if not any(stem in rules._lowered(text) for stem in stems):
        return []
    out = []
    for columns, rows in _ref_tables_with(text, header):
        for k in range(len(columns) - 1):
            if header.fullmatch(columns[k]) and next_header.fullmatch(columns[k + 1]):
                out.extend((row[k], row[k + 1]) for row in rows
                           if k + 1 < len(row) and row[k][1] > row[k][0] and row[k + 1][1] > row[k + 1][0])
    return out


# -- texts ------------------------------------------------------------------------------------------
def _generated() -> list[str]:
    rnd = random.Random(5)
    heads = ["naam", "telefoon", "adres", "straat", "huisnummer", "postcode", "geboortedatum", "tel", "Tel.",
             "mobiel", "e-mail", "woonplaats", "bsn", "klantnummer", "personeelsnummer", "Naam", "Adres", "x"]
    values = ["Jan de Vries", "06-12345678", "Kerkstraat 12", "1234 AB", "12-03-1985", "", '"a;b"', '"a,b"', '"x', "tel",
              "adres", "Postcode", "---", "Kerkstraat", "12", "info@x.nl", "straat"]
    out = []
    for _ in range(40):
        sep = rnd.choice([";", ",", "\t", "|"])
        lines = []
        for _ in range(rnd.randrange(2, 30)):
            width = rnd.randrange(1, 6)
            pool = heads if rnd.random() < 0.3 else values
            line = sep.join(rnd.choice(pool) for _ in range(width))
            lines.append(rnd.choice(["", "|---|---|", "tekst ertussen"]) if rnd.random() < 0.1 else line)
        out.append("\n".join(lines))
    return out


def _texts():
    files = sorted((ROOT / "tests" / "corpus").glob("*.jsonl"))
    shared = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if shared.exists():
        files.append(shared)
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]
    from bench.speed_limits import DATA_EXPORTS

    for make in DATA_EXPORTS.values():
        yield make()[:50_000]
    yield from _generated()


TEXTS = list(_texts())


@pytest.mark.parametrize("k", range(len(HEADERS)))
def test_column_cells_as_before(k):
    stems, header = HEADERS[k]
    for text in TEXTS:
        try:
            assert rules.column_cells(text, stems, header) == _ref_column_cells(text, stems, header), text[:200]
        finally:
            textcache.forget()


def test_column_cells_as_before_when_the_rules_ask_in_turn():
    # the index is kept per text: several rules asking the same text in any order get the same answers
    for text in TEXTS:
        try:
            for stems, header in HEADERS + HEADERS[::-1]:
                assert rules.column_cells(text, stems, header) == _ref_column_cells(text, stems, header)
            assert rules.adjacent_cells(text, _ADDRESS_HEADER_STEMS, _ADDRESS_HEADER, _NUMBER_HEADER) == \
                _ref_adjacent_cells(text, _ADDRESS_HEADER_STEMS, _ADDRESS_HEADER, _NUMBER_HEADER)
        finally:
            textcache.forget()


def test_header_lines_as_before():
    for text in TEXTS:
        try:
            assert rules._header_lines(text) == _ref_header_lines(text)
        finally:
            textcache.forget()


def test_block_street_skip_never_skips_a_match():
    rnd = random.Random(9)
    heads = []
    for text in TEXTS:
        for m in addr._POSTCODE.finditer(text):
            heads.append(text[max(0, m.start() - 100):m.start()])
    pieces = ["Kerkstraat 12", "Het Kasteel 4", "Laan van X 3", "12a", "41 b", "3-II", "ß", "é", "٣", "²", "Ⅳ",
              "'", ";", ",", " ", "\t", "\n", "\r\n", "|", "•", "·", "-", "–", ":", ")"]
    for _ in range(20_000):
        heads.append("".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 6))))
    skipped = 0
    for head in heads:
        bare = head.rstrip(addr._GAP_CHARS)
        if not bare or not (bare[-1].isalpha() or bare[-1].isdigit()):
            skipped += 1
            assert addr._BLOCK_STREET.search(head) is None, head
    assert skipped > 1000


# -- SQL rows -----------------------------------------------------------------------------------------
def _ref_sql_tables(text):
    out = []
    for ins in rules.SQL_INSERT.finditer(text):
        columns = [c.strip(" \t`\"[]").replace("_", "") for c in ins.group(1).split(",")]
        rows = []
        pos = ins.end()
        for _ in range(rules.MAX_TABLE_ROWS):
            row = rules._SQL_ROW.match(text, pos)
            if row is None:
                break
            cells = []
            for cell in rules._SQL_CELL.finditer(text, row.start(1), row.end(1)):
                g = 1 if cell.group(1) is not None else 2 if cell.group(2) is not None else None
                cells.append((cell.start(g), cell.end(g)) if g else (cell.start(3), cell.start(3)))
                if cell.end() >= row.end(1) or len(cells) > len(columns):
                    break
            rows.append(cells)
            pos = row.end()
            if not text.startswith(",", pos):
                break
            pos += 1
        out.append((columns, rows))
    return tuple(out)


def _sql_texts() -> list[str]:
    rnd = random.Random(11)
    values = ["'Kerkstraat'", "'1'", "12", "NULL", "'06-12345678'", "'O''Brien'", "'a\\'b'", '"dubbel"', '"x\\"y"',
              "'1234 AB'", "''", "'met, komma'", "'open", "x'y'", "  'spatie'  ", "'a' b", "\"", "'\\\\'", "'é'"]
    out = []
    for _ in range(60):
        width = rnd.randrange(1, 6)
        rows = [", ".join(rnd.choice(values) for _ in range(rnd.randrange(width - 1 if width > 1 else 1, width + 2)))
                for _ in range(rnd.randrange(1, 20))]
        sep = rnd.choice([",\n", ", ", ",", "\n", ";\n"])
        cols = ", ".join(f"`c_{k}`" for k in range(width))
        body = sep.join(f"({r})" for r in rows)
        out.append(f"INSERT INTO t ({cols}) VALUES {body};\n" + (body if rnd.random() < 0.5 else ""))
    return out


def test_sql_tables_as_before():
    for text in TEXTS + _sql_texts():
        try:
            assert rules.sql_tables(text) == _ref_sql_tables(text), text[:300]
        finally:
            textcache.forget()


def test_tuple_row_cell_spans_as_before():
    # tuple_row_cells reads a cell as its single-quoted value, else as an empty span where group 3 starts
    for text in TEXTS + _sql_texts():
        for row in rules._SQL_ROW.finditer(text):
            for cell in rules._SQL_CELL.finditer(text, row.start(1), row.end(1)):
                old = (cell.start(1), cell.end(1)) if cell.group(1) is not None else (cell.start(3), cell.start(3))
                a, b = cell.span(1)
                if a < 0:
                    a = b = cell.start(3)
                assert (a, b) == old


def test_name_before_skip_never_skips_a_match():
    rnd = random.Random(13)
    pieces = ["mevrouw T. Bakker", "Piet Kremer", "J.P. de Vries", "fam. Okafor-Petersen", " ", "\t", "(", ",", ";",
              ", ", "( ", "'", "\n", "é", "Ü"]
    befores = [text[max(0, i - 60):i] for text in TEXTS[:400] for i in range(0, len(text), 97)]
    befores += ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 6))) for _ in range(20_000)]
    skipped = 0
    for before in befores:
        if not before.rstrip(" \t").endswith(("(", ",")):
            skipped += 1
            assert addr._NAME_BEFORE.search(before[-70:]) is None, before
    assert skipped > 1000
