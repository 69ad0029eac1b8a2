"""Speed rewrites of the table rules and the address block search give the same answers as before.

``tables.column_cells`` and ``tables.adjacent_cells`` read a text's header lines once (cells split once,
each distinct cell matched once per header pattern) instead of once per rule; the reference below is
the code they replaced, line for line. ``_block_streets`` skips its search where the text before a
postcode cannot end in a house number plus the address gap. Compared on every corpus text, the
dense exports and generated tables.
"""
from __future__ import annotations

import random

import pytest

from detectors import tables, textcache
from detectors.names import lexicon
from detectors.recognizers import nl_address_recognizer as addr
from detectors.recognizers import rules
from detectors.recognizers.nl_address_recognizer import _ADDRESS_HEADER, _ADDRESS_HEADER_STEMS, _NUMBER_HEADER
from detectors.recognizers.nl_bsn_recognizer import _TERMINOLOGY_HEADER
from detectors.recognizers.nl_case_number_recognizer import _HEADER as _CASE_HEADER
from detectors.recognizers.nl_case_number_recognizer import _STEMS as _CASE_STEMS
from detectors.recognizers.nl_date_of_birth_recognizer import _BIRTH_HEADER, _BIRTH_STEMS
from tests.helpers.corpus import corpus_texts
from detectors.recognizers.nl_employee_number_recognizer import _HEADER as _EMPLOYEE_HEADER
from detectors.recognizers.nl_employee_number_recognizer import _STEMS as _EMPLOYEE_STEMS
from detectors.recognizers.nl_phone_recognizer import _PHONE_HEADER, _PHONE_HEADER_STEMS
from detectors.recognizers.nl_postcode_recognizer import _HEADER as _POSTCODE_HEADER
from detectors.recognizers.nl_record_name_recognizer import _PERSON_COLUMN, _PERSON_COLUMN_STEMS

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
        rule = tables._MARKDOWN_RULE.fullmatch(line) is not None
        if prev is not None and rule and line.strip():
            pos = nl + 1
            continue
        if prev is not None and prev[1] in line and not rule and len(tables.split_cells(line, prev[1])) == prev[2]:
            out.append(prev[0])
        sep = None
        for c in tables._TABLE_SEPARATORS:
            if c in line:
                sep = c
                break
        prev = (pos, sep, len(tables.split_cells(line, sep))) if sep else None
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
    if "insert" in tables._lowered(text):
        for columns, rows in tables.sql_tables(text):
            if any(header.fullmatch(c) for c in columns):
                yield columns, rows


def _ref_table_below(text, line_start, done_lines, header):
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].rstrip("\r")
    sep = next((c for c in tables._TABLE_SEPARATORS if c in line), None)
    if sep is None:
        return None
    cells = [line[a:b].strip().strip('"').replace("_", " ") for a, b in tables.split_cells(line, sep)]
    if not any(header.fullmatch(c) for c in cells):
        return None
    rows = []
    pos = line_end + 1
    for _ in range(tables.MAX_TABLE_ROWS):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        row = text[pos:nl].rstrip("\r")
        if not row.strip():
            break
        if tables._MARKDOWN_RULE.fullmatch(row):
            pos = nl + 1
            continue
        bounds = tables.split_cells(row, sep)
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
    if not any(stem in tables._lowered(text) for stem in stems):
        return []
    out = []
    for columns, rows in _ref_tables_with(text, header):
        wanted = [k for k, c in enumerate(columns) if header.fullmatch(c)]
        out.extend(row[k] for row in rows for k in wanted if k < len(row) and row[k][1] > row[k][0])
    return sorted(set(out))


def _ref_adjacent_cells(text, stems, header, next_header):
    if not any(stem in tables._lowered(text) for stem in stems):
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
    yield from corpus_texts()
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
            assert tables.column_cells(text, stems, header) == _ref_column_cells(text, stems, header), text[:200]
        finally:
            textcache.forget()


def test_column_cells_as_before_when_the_rules_ask_in_turn():
    # the index is kept per text: several rules asking the same text in any order get the same answers
    for text in TEXTS:
        try:
            for stems, header in HEADERS + HEADERS[::-1]:
                assert tables.column_cells(text, stems, header) == _ref_column_cells(text, stems, header)
            assert tables.adjacent_cells(text, _ADDRESS_HEADER_STEMS, _ADDRESS_HEADER, _NUMBER_HEADER) == \
                _ref_adjacent_cells(text, _ADDRESS_HEADER_STEMS, _ADDRESS_HEADER, _NUMBER_HEADER)
        finally:
            textcache.forget()


def test_header_lines_as_before():
    for text in TEXTS:
        try:
            assert tables._header_lines(text) == _ref_header_lines(text)
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
    for ins in tables.SQL_INSERT.finditer(text):
        columns = [c.strip(" \t\r\n`\"[]").replace("_", "") for c in ins.group(1).split(",")]
        rows = []
        pos = ins.end()
        for _ in range(tables.MAX_TABLE_ROWS):
            row = tables.SQL_ROW.match(text, pos)
            if row is None:
                break
            cells = []
            for cell in tables._SQL_CELL.finditer(text, row.start(1), row.end(1)):
                g = 1 if cell.group(1) is not None else 2 if cell.group(2) is not None else None
                cells.append((cell.start(g), cell.end(g)) if g else (cell.start(3), cell.start(3)))
                if cell.end() >= row.end(1) or len(cells) > len(columns):
                    break
            rows.append(cells)
            pos = row.end()
            if not text.startswith(",", pos):
                break
            pos = tables._SQL_COMMENTS.match(text, pos + 1).end()  # (rows are walked as rules does; the cells are compared)
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
            assert tables.sql_tables(text) == _ref_sql_tables(text), text[:300]
        finally:
            textcache.forget()


def test_tuple_row_cell_spans_as_before():
    # tuple_row_cells reads a cell as its single-quoted value, else as an empty span where group 3 starts
    for text in TEXTS + _sql_texts():
        for row in tables.SQL_ROW.finditer(text):
            for cell in tables._SQL_CELL.finditer(text, row.start(1), row.end(1)):
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


def _ref_row_cells(text, a, b, limit, double_quoted=True):
    cells = []
    for cell in tables._SQL_CELL.finditer(text, a, b):
        if cell.group(1) is not None:
            cells.append((cell.start(1), cell.end(1)))
        elif double_quoted and cell.group(2) is not None:
            cells.append((cell.start(2), cell.end(2)))
        elif cell.group(2) is not None:
            cells.append((cell.start(3), cell.start(3)))  # (-1, -1): what tuple_row_cells read before
        else:
            cells.append((cell.start(3), cell.start(3)))
        if cell.end() >= b or len(cells) > limit:
            break
    return cells


def test_row_cells_as_sql_cell_reads_them():
    rnd = random.Random(21)
    pieces = ["'Kerkstraat'", "'1001 AA'", "'06-12345678'", "NULL", "12", "3.5", "-1", "''", "'O''Brien'", "'a\\'b'",
              '"dq"', "'met, komma'", " ", "  ", ",", "\t", "\n", "\u00a0", "\u2003", "'", '"', "\\", "x", "é", "'é'",
              "'\n'", "TRUE", "+3", "a_b", "(", ")"]
    rows = [",".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 6))) for _ in range(30_000)]
    rows += ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 8))) for _ in range(30_000)]
    for text in TEXTS:
        rows += [m.group(1) for m in tables.SQL_ROW.finditer(text)][:50]
    for row in rows:
        text = "(" + row + ")"
        for limit in (0, 1, 2, 3, 40):
            for dq in (True, False):
                assert tables.row_cells(text, 1, len(text) - 1, limit, dq) == \
                    _ref_row_cells(text, 1, len(text) - 1, limit, dq), (row, limit, dq)


# the code of tuple_row_cells before its cells came from _row_cells and its first-name count stopped early
def _ref_tuple_row_cells(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """POSTCODE, ADDRESS and PERSON spans in rows of SQL values pasted without their INSERT.

    Read only where at least two lines in a row are such tuples with the same number of cells
    and one column holds a Dutch postcode in every row, and a column of first names that the name
    lists know (most of its cells) is followed by a column of surnames: then the rows are people's
    addresses. The street and house number are the two columns before the postcode (a street name
    and a number in every row). Linear: each line is matched once."""
    out: dict[str, list[tuple[int, int]]] = {"POSTCODE": [], "ADDRESS": [], "PERSON": []}
    if "('" not in text and ", '" not in text:
        return {}

    runs: list[list[list[tuple[int, int]]]] = []
    run: list[list[tuple[int, int]]] = []
    pos, n = 0, len(text)
    for _ in range(tables.MAX_TABLE_ROWS * 4):
        if pos > n:
            break
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        cells = None
        if nl - pos <= 4000 and rules._TUPLE_LINE.match(text, pos, nl):  # (a row is short: no scan of a long line)
            row = tables.SQL_ROW.match(text, pos, nl)
            if row is not None:
                cells = []
                for cell in tables._SQL_CELL.finditer(text, row.start(1), row.end(1)):
                    g = 1 if cell.group(1) is not None else None
                    cells.append((cell.start(1), cell.end(1)) if g else (cell.start(3), cell.start(3)))
                    if cell.end() >= row.end(1) or len(cells) > 40:
                        break
        if cells and (not run or len(run[0]) == len(cells)):
            run.append(cells)
        else:
            if len(run) >= 2:
                runs.append(run)
            run = [cells] if cells else []
        pos = nl + 1
    if len(run) >= 2:
        runs.append(run)
    lex = lexicon.load()

    def column(rows, k, rx):
        return all(rx.fullmatch(text, *r[k]) for r in rows)

    for rows in runs:
        width = len(rows[0])
        codes = [k for k in range(width) if rows[0][k][1] > rows[0][k][0] and column(rows, k, rules._CELL_POSTCODE)]
        if not codes:
            continue
        pc = codes[0]
        names = []
        for k in range(width - 1):
            firsts = sum(1 for r in rows if lex.get(text[r[k][0]:r[k][1]], 0) & lexicon.FIRST)
            if firsts * 2 > len(rows) and column(rows, k + 1, rules.CELL_NAME):
                names = [r[j] for r in rows for j in (k, k + 1)]
                break
        if not names:
            continue  # postcode areas, branches, depots: no person in the rows
        out["PERSON"].extend(names)
        out["POSTCODE"].extend(r[pc] for r in rows)
        if pc >= 2 and column(rows, pc - 2, rules._CELL_STREET) and column(rows, pc - 1, rules._CELL_HOUSE_NUMBER):
            out["ADDRESS"].extend((r[pc - 2][0], r[pc - 1][1]) for r in rows)
    return {kind: tuple(spans) for kind, spans in out.items()}


def _tuple_texts() -> list[str]:
    rnd = random.Random(23)
    firsts = ["'Jan'", "'Sanne'", "'Fatima'", "'Piet'", "'Kerkstraat'", "'Xyz'", "NULL"]
    lasts = ["'de Vries'", "'Jansen'", "'Bakker'", "'van der Berg'", "'12'", "''"]
    out = []
    for _ in range(300):
        n = rnd.randrange(1, 12)
        share = rnd.choice([0.0, 0.3, 0.5, 0.6, 1.0])  # rows with a first name (more than half: people)
        clean = rnd.random() < 0.7  # every row a valid postcode, street and number
        lines = []
        for i in range(n):
            first = rnd.choice(firsts[:4]) if rnd.random() < share else rnd.choice(firsts[4:])
            cells = [str(i), first, rnd.choice(lasts[:4] if clean else lasts),
                     rnd.choice(["'Kerkstraat'", "'Molenweg'"] + ([] if clean else ["'x'"])),
                     rnd.choice(["'12'", "'3a'"] + ([] if clean else ["'0'"])),
                     rnd.choice(["'1234 AB'", "'1234AB'"] + ([] if clean else ["'12345'", "'1234 SA'"])), "'Woerden'"]
            if not clean and rnd.random() < 0.1:
                cells.pop(rnd.randrange(len(cells)))
            lines.append("(" + ", ".join(cells) + ")" + rnd.choice([",", ";", "", ",  "]))
        out.append(rnd.choice(["", "INSERT INTO klant VALUES\n", "tekst\n"]) + "\n".join(lines))
    return out


def test_tuple_row_cells_as_before():
    for text in TEXTS + _tuple_texts():
        try:
            assert rules.tuple_row_cells(text) == _ref_tuple_row_cells(text), text[:300]
        finally:
            textcache.forget()


def test_cap_run_skip_never_skips_a_match():
    rnd = random.Random(29)
    pieces = ["Renata Dąbrowska", "Jan", "van", "de", " ", "\t", ";", "'", "Kerkstraat", "\n", "x", "É"]
    samples = [(text, i) for text in TEXTS[:500] for i in range(0, len(text), 53)]
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 8)))
        samples.append((text, rnd.randrange(len(text) + 1)))
    skipped = 0
    for text, s in samples:
        if not (s > 0 and text[s - 1] in " \t"):
            skipped += 1
            assert addr._CAP_RUN_BEFORE.search(text, max(0, s - 60), s) is None, (text, s)
    assert skipped > 1000
