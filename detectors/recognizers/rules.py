"""Rules that several context recognizers share (address, postcode, birth date, employee and
case numbers): does a text read as published, is a value an example, the line before a value,
fast keyword-anchored matching, and the cells under a header of a pasted table.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import regex
from stdnum.nl import bsn as _bsn

from detectors.regexgate import TextGate, gated, lowered_or_none, needles
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
_PUBLIC_TEXT = gated(_PUBLIC_TEXT)  # (a text without its words skips the scan: see detectors/regexgate.py)
# An example in an instruction ("bijvoorbeeld 1234 AB", "for example 12345678").
# Not the name of a domain ("jan@voorbeeld.nl", "www.voorbeeld.nl"): invented data in a person's
# record, not a sentence that announces an example.
_EXAMPLE = regex.compile(r"(?i)(?<![\p{L}@.])(?:bijvoorbeeld|bijv\.|voorbeeld|e\.g\.|for example)(?![\p{L}]|\.[a-z])")
_EXAMPLE_GATE = TextGate(_EXAMPLE)


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
    # (asked of every value found: in a text without any of its words, no line before one holds them)
    return _EXAMPLE_GATE.may_match(text) and _EXAMPLE.search(line_before(text, start, 80)) is not None


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
#: (for the recognizers that read the same lowered text)
lowered = _lowered


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
    same number of cells (a Markdown rule line such as "|---|---|" is skipped); also the column
    list and rows of an SQL INSERT.

    Args:
        text: the whole text.
        stems: lower-case starts of the header words (a text without any has no such column).
        header: a pattern that must match a whole (stripped) header cell.
    """
    lowered = _lowered(text)
    if not any(stem in lowered for stem in stems):
        return []
    out: list[tuple[int, int]] = []
    for columns, rows in _tables_with(text, header):
        wanted = [k for k, c in enumerate(columns) if header.fullmatch(c)]
        out.extend(row[k] for row in rows for k in wanted if k < len(row) and row[k][1] > row[k][0])
    return sorted(set(out))


def _tables_with(text: str, header: regex.Pattern):
    """The pasted tables and SQL INSERTs of ``text`` with a header cell that ``header`` matches, each
    as ``(columns, rows)``. Rows read under one such header are never read again as a header."""
    done: set[int] = set()
    index = _header_index(text)
    # (only the lines with a cell that ``header`` matches: any other line is no such table)
    for line_start in index.heads(header):
        if line_start in done:
            continue
        table = index.table(text, line_start, done)
        if table is not None:
            yield table
    if "insert" in _lowered(text):
        for columns, rows in sql_tables(text):
            if any(header.fullmatch(c) for c in columns):
                yield columns, rows


@lru_cache(maxsize=1)
def _header_lines(text: str) -> tuple[int, ...]:
    """Where a line starts that may head a table: it splits by a tab, "|", ";" or "," and the next
    line that is no Markdown rule splits into as many cells. Found once per text for every recognizer."""
    out = []
    pos = 0
    prev = None  # (start, separator, cells) of the line before
    n = len(text)
    for _ in range(1_000_000):
        if pos > n:
            break
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        line = text[pos:nl].rstrip("\r")
        rule = _MARKDOWN_RULE.fullmatch(line) is not None
        if prev is not None and rule and line.strip():
            pos = nl + 1
            continue  # a rule line under a header ("|---|---|"): the header stays the line before the next one
        if prev is not None and prev[1] in line and not rule and _cell_count(line, prev[1]) == prev[2]:
            out.append(prev[0])
        sep = None  # the first of the separators the line holds (a loop: no generator per line)
        for c in _TABLE_SEPARATORS:
            if c in line:
                sep = c
                break
        prev = (pos, sep, _cell_count(line, sep)) if sep else None
        pos = nl + 1
    return tuple(out)


textcache.per_text(_header_lines.cache_clear)


def adjacent_cells(text: str, stems: tuple[str, ...], header: regex.Pattern,
                   next_header: regex.Pattern) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of cells of one row where a column that ``header`` matches is followed by one that
    ``next_header`` matches: "straat;huisnummer" in a CSV export, `adres`, `huisnummer` in an SQL INSERT."""
    lowered = _lowered(text)
    if not any(stem in lowered for stem in stems):
        return []
    out = []
    for columns, rows in _tables_with(text, header):
        for k in range(len(columns) - 1):
            if header.fullmatch(columns[k]) and next_header.fullmatch(columns[k + 1]):
                out.extend((row[k], row[k + 1]) for row in rows
                           if k + 1 < len(row) and row[k][1] > row[k][0] and row[k + 1][1] > row[k + 1][0])
    return out


#: An SQL INSERT with its column list: ``INSERT INTO `klant` (`id`, `voornaam`) VALUES``.
SQL_INSERT = regex.compile(r"(?i)\binsert[ \t]+into[ \t]+(?:[`\"\[]?\w{1,64}[`\"\]]?\.){0,2}[`\"\[]?\w{1,64}[`\"\]]?"
                           r"[ \t]*\(([^()\n]{1,1000})\)"
                           r"\s*values\s*")
#: One row of values, and the cells in it (quoted strings may hold commas).
_SQL_ROW = regex.compile(r"\s*\(([^()]{0,4000})\)\s*")
#: Comments between the rows of an INSERT: "-- to the end of the line", "/* a block */".
_SQL_COMMENTS = regex.compile(r"(?:\s*(?:--[^\n]*|/\*[^*]{0,500}\*/))*")
_SQL_CELL = regex.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|\"((?:[^\"\\]|\\.)*)\"|([^,]*))\s*(?:,|$)")


#: One cell of a plain SQL row: a single-quoted value with no quote or backslash inside, or a bare
#: ASCII word or number (NULL, 12, 3.5), with spaces around it, then a comma or the end of the row.
#: Where it matches, _SQL_CELL takes the same path (see _row_cells); plain ``re`` is some 2.5 times faster.
_PLAIN_SQL_CELL = re.compile(r" *(?:'([^'\\]*)'|([0-9A-Za-z_.+\-]*)) *(?:,|\Z)")


def _row_cells(text: str, a: int, b: int, limit: int, double_quoted: bool = True) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each cell value of the SQL row values ``text[a:b]`` as :data:`_SQL_CELL`
    reads them (inside single quotes, or inside double quotes with ``double_quoted``; else an empty
    span where the bare value starts), stopping after the last cell or once there are more than
    ``limit`` cells.

    A row of plain cells (an export's quoted strings, numbers and NULLs) is read with
    :data:`_PLAIN_SQL_CELL`: at each cell _SQL_CELL's leading ``\\s*`` takes the same spaces, its
    first alternative the same quoted value (no quote follows the closing one, so no ``''``) or its
    third the same bare value and spaces, and it ends at the same comma or end. A row with anything
    else (a doubled or escaped quote, double quotes, other whitespace) is read with _SQL_CELL itself.
    """
    cells = []
    pos = a
    while True:
        m = _PLAIN_SQL_CELL.match(text, pos, b)
        if m is None:
            break
        start = m.start(1)
        cells.append((start, m.end(1)) if start >= 0 else (m.start(2), m.start(2)))
        if m.end() >= b or len(cells) > limit:
            return cells
        pos = m.end()
    cells = []
    for cell in _SQL_CELL.finditer(text, a, b):
        # the value inside its quotes (group 1 or 2), or an empty span for NULL or a number;
        # (a group that took no part spans (-1, -1))
        start, end = cell.span(1)
        if start < 0:
            start, end = cell.span(2) if double_quoted else (-1, -1)
            if start < 0:
                start = end = cell.start(3)
        cells.append((start, end))
        if cell.end() >= b or len(cells) > limit:
            break
    return cells


@lru_cache(maxsize=1)
def sql_tables(text: str) -> tuple[tuple[list[str], list[list[tuple[int, int]]]], ...]:
    """``(columns, rows)`` of each SQL INSERT with a column list: the column names (without
    quotes or underscores) and per row the ``(start, end)`` of each cell's value (inside its
    quotes; an empty span for NULL or a number). A dump of a whole table is read up to
    :data:`MAX_TABLE_ROWS` rows per INSERT. Cached: the recognizers of one text all ask."""
    out = []
    for ins in SQL_INSERT.finditer(text):
        columns = [c.strip(" \t`\"[]").replace("_", "") for c in ins.group(1).split(",")]
        rows = []
        pos = ins.end()
        for _ in range(MAX_TABLE_ROWS):
            row = _SQL_ROW.match(text, pos)
            if row is None:
                break
            rows.append(_row_cells(text, row.start(1), row.end(1), len(columns)))
            pos = row.end()
            if not text.startswith(",", pos):
                break
            pos = _SQL_COMMENTS.match(text, pos + 1).end()  # "(1, 'Alice', ...),  -- above 40"
        out.append((columns, rows))
    return tuple(out)


textcache.per_text(sql_tables.cache_clear)

#: An SQL INSERT without a column list, as ``pg_dump --inserts`` writes every row of a table:
#: "INSERT INTO public.burgers VALUES (31, '0687542132', ...);".
_SQL_INSERT_BARE = regex.compile(r"(?i)\binsert[ \t]+into[ \t]+(?:[`\"\[]?\w{1,64}[`\"\]]?\.){0,2}[`\"\[]?\w{1,64}[`\"\]]?"
                                 r"\s+values\s*(?=\()")
#: A bare cell value (a number, NULL), where :func:`_row_cells` gives an empty span.
_BARE_VALUE = regex.compile(r"[0-9A-Za-z_.+\-]*")
#: A cell that reads as a name ("J. de Vries", "Jan de Vries"), or one in capitals ("JAN DE VRIES").
_NAME_CELL = regex.compile(r"(?:\p{Lu}\.){0,4}\s?\p{Lu}[\p{L}'’ -]{1,40}")
_CAPS_NAME_CELL = regex.compile(r"\p{Lu}[\p{Lu}'’ -]{2,40}")


#: A row of SQL values on a line of its own, pasted without its INSERT: "(11, 'Katrien', 'Wouters', '1983-03-18'),
#: -- above 40".
_VALUES_LINE = regex.compile(r"^[ \t]*\(([^()\n]{0,4000})\)[ \t]*[,;]?[ \t]*(?:--[^\n]*)?$", regex.M)


def _cells_of(text: str, a: int, b: int) -> tuple[tuple[int, int, str], ...]:
    cells = []
    for s, e in _row_cells(text, a, b, 40):
        if s == e:
            e = _BARE_VALUE.match(text, s).end()
        cells.append((s, e, text[s:e]))
    return tuple(cells)


@lru_cache(maxsize=1)
def sql_bare_rows(text: str) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """The cells of each row of SQL values without column names, as ``(start, end, value)`` (a quoted value inside
    its quotes, a bare one such as a number or NULL as written): the rows of an INSERT without a column list, and
    runs of two or more lines that are each a row of values with the same number of cells (three or more), pasted
    without their INSERT. Without column names only what a cell holds tells what it is (see :func:`person_row`).
    Cached: the recognizers of one text all ask."""
    out = []
    for ins in _SQL_INSERT_BARE.finditer(text):
        pos = ins.end()
        for _ in range(MAX_TABLE_ROWS):
            row = _SQL_ROW.match(text, pos)
            if row is None:
                break
            out.append(_cells_of(text, row.start(1), row.end(1)))
            pos = row.end()
            if not text.startswith(",", pos):
                break
            pos = _SQL_COMMENTS.match(text, pos + 1).end()
    if "('" in text or ", '" in text:
        low = _lowered(text)
        # where each INSERT starts and each statement ends, found once: a run's start is looked up, not scanned for
        inserts = [i.start() for i in re.finditer("insert", low)] if "insert" in low else []
        ends = [i.start() for i in re.finditer(";", text)] if inserts else []
        run: list[tuple[tuple[int, int, str], ...]] = []
        end = -1
        for m in _VALUES_LINE.finditer(text):
            # (not the rows of an INSERT that this text holds: its column names or the loop above read them)
            k = bisect.bisect_left(inserts, m.start())
            if k > 0 and bisect.bisect_left(ends, inserts[k - 1]) == bisect.bisect_left(ends, m.start()):
                if len(run) >= 2:
                    out.extend(run)
                run, end = [], m.end()
                continue
            cells = _cells_of(text, m.start(1), m.end(1))
            # the next line of the same run: right after the last one, with as many cells
            if run and m.start() == end + 1 and len(cells) == len(run[0]):
                run.append(cells)
            else:
                if len(run) >= 2:
                    out.extend(run)
                run = [cells] if len(cells) >= 3 else []
            end = m.end()
        if len(run) >= 2:
            out.extend(run)
    return tuple(out)


textcache.per_text(sql_bare_rows.cache_clear)


@lru_cache(maxsize=1)
def _name_lexicon():
    """``detectors.names.lexicon`` (the name lists, loaded once by the name finder too), imported on first use: an
    import statement in :func:`sql_person_row`, asked for every row of a dump, cost about what the rest of it does."""
    from detectors.names import lexicon

    return lexicon


def sql_person_row(cells: list[str]) -> bool:
    """A row of SQL values without column names about a person: a cell that is a valid BSN, or a first name that the
    name lists know (and no place) right before a cell that reads as a surname. (Rows of places and depots have
    capitalised cells too: "'Zwolle', 'Centrum'".)"""
    if any(len(c) == 9 and c.isdigit() and _bsn.is_valid(c) for c in cells):
        return True
    lexicon = _name_lexicon()
    lex = lexicon.load()
    for first, last in zip(cells, cells[1:]):
        flags = lex.get(first, 0)
        if flags & lexicon.FIRST and not flags & lexicon.PLACE and _CELL_NAME.fullmatch(last):
            return True
    return False


@lru_cache(maxsize=1)
def sql_person_rows(text: str) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """The rows of :func:`sql_bare_rows` that :func:`sql_person_row` reads as a person's, in text order.

    Cached per text: the birth date, postcode and record name recognizers all ask about the same rows, and each
    row's judgement looks its cells up in the name lists."""
    return tuple(cells for cells in sql_bare_rows(text) if sql_person_row([value for _, _, value in cells]))


textcache.per_text(sql_person_rows.cache_clear)


def person_row(cells: list[str]) -> bool:
    """A row of a table or a record about a person: a cell that is a valid BSN, or two cells that read as name
    words."""
    if any(len(c) == 9 and c.isdigit() and _bsn.is_valid(c) for c in cells):
        return True
    names = sum(1 for c in cells if _NAME_CELL.fullmatch(c)
                and not c.isupper() or _CAPS_NAME_CELL.fullmatch(c) and " " in c)
    return names >= 2


class _HeaderIndex:
    """The lines of one text that may head a table (see :func:`_header_lines`), read once.

    Some ten column rules ask the same export which of its lines head a table with their header
    word; the cells of a line and the rows below it do not depend on the word asked for. So each
    line's cells are split once, and the rows below a header are read once.

    A line is split only when it holds one of the needles of a header pattern asked for (see
    :mod:`detectors.regexgate`: every match consumes one, so a line without any has no cell that matches): in an
    export every line may head a table (each row splits like the next), and splitting all its rows and matching
    every distinct value with some ten header patterns cost some 25 ms per 100 KB.
    """

    def __init__(self, text: str):
        self.text = text
        self.starts = _header_lines(text)  # (ascending)
        self.entries: dict[int, list | None] = {}  # line start -> [line end, separator, cells, rows below or None]
        self._lines = None  # (line ends, the text lowered with "_" as " " or None): see _lines_with_needle

    def _entry(self, line_start: int) -> list | None:
        """``[line end, separator, cells, rows below or None]`` of the line at ``line_start``; None without a separator
        (no table: a header line always has one)."""
        if line_start in self.entries:
            return self.entries[line_start]
        text = self.text
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].rstrip("\r")
        sep = None  # the first of the separators the line holds (a loop: no generator per line)
        for c in _TABLE_SEPARATORS:
            if c in line:
                sep = c
                break
        entry = None
        if sep is not None:
            # an export's header in snake_case ("geb_datum", "date_of_birth") reads as words
            # (without a double quote the cells are the parts of str.split: split_cells' own rule)
            parts = line.split(sep) if '"' not in line else [line[a:b] for a, b in split_cells(line, sep)]
            entry = [line_end, sep, [part.strip().strip('"').replace("_", " ") for part in parts], None]
        self.entries[line_start] = entry
        return entry

    def heads(self, header: regex.Pattern) -> list[int]:
        """The starts of the lines with a cell that ``header`` fully matches, in text order."""
        out = []
        for line_start in self._lines_with_needle(header):
            entry = self._entry(line_start)
            if entry is not None and any(header.fullmatch(cell) for cell in entry[2]):
                out.append(line_start)
        return out

    def _lines_with_needle(self, header: regex.Pattern):
        """The lines (starts, ascending) that may hold a cell ``header`` fully matches: those that hold one of its
        needles, found with ``str.find`` in the lowered text (a cell's "_" read as " ", as its cells are); all of
        them when the pattern has no needles or the text a character that makes lowered text no proof."""
        got = _HEADER_NEEDLES.get(id(header))
        if got is None or got[0] is not header:
            got = _HEADER_NEEDLES[id(header)] = (header, tuple(sorted(needles(header) or ())))
        found = got[1]
        starts = self.starts
        if not found or not starts:
            return starts
        if self._lines is None:
            text = self.text
            ends = []
            for line_start in starts:
                line_end = text.find("\n", line_start)
                ends.append(len(text) if line_end < 0 else line_end)
            low = lowered_or_none(text)
            self._lines = (ends, None if low is None else low.replace("_", " "))
        ends, low = self._lines
        if low is None:
            return starts
        hit: set[int] = set()
        last = len(starts) - 1
        for needle in found:
            i = low.find(needle)
            while i >= 0:
                k = bisect.bisect_right(starts, i) - 1  # the last line starting at or before the needle
                if k >= 0 and i < ends[k]:
                    hit.add(k)
                    i = low.find(needle, ends[k])  # (the next line: each line is asked once per needle)
                elif k < last:
                    i = low.find(needle, starts[k + 1])
                else:
                    break
        return [starts[k] for k in sorted(hit)]

    def table(self, text: str, line_start: int, done_lines: set[int]):
        """``(columns, rows)`` of the pasted table whose header is the line at ``line_start`` (None
        when no row follows): the header cells and per row the ``(start, end)`` of each cell's value
        (empty for an empty cell). Its rows go into ``done_lines``."""
        entry = self._entry(line_start)
        line_end, sep, cells, below = entry
        if below is None:
            below = entry[3] = _rows_below(text, line_end, sep, len(cells))
        rows, row_starts = below
        done_lines.update(row_starts)
        return (cells, rows) if rows else None


#: id of a header pattern -> (the pattern, its needles): read once per pattern.
_HEADER_NEEDLES: dict[int, tuple] = {}


@lru_cache(maxsize=1)
def _header_index(text: str) -> _HeaderIndex:
    return _HeaderIndex(text)


textcache.per_text(_header_index.cache_clear)


def _rows_below(text: str, line_end: int, sep: str, width: int):
    """The rows of ``width`` cells split by ``sep`` below the line that ends at ``line_end`` (a
    Markdown rule line is skipped), up to :data:`MAX_TABLE_ROWS`: ``(rows, row_starts)``."""
    rows = []
    row_starts = []
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
        if len(bounds) != width:
            break
        row_starts.append(pos)
        spans = []
        for a, b in bounds:
            cell = row[a:b]
            value = cell.strip().strip('"').strip()
            lead = cell.find(value) if value else 0
            spans.append((pos + a + lead, pos + a + lead + len(value)))
        rows.append(spans)
        pos = nl + 1
    return rows, row_starts


def _cell_count(row: str, sep: str) -> int:
    """``len(split_cells(row, sep))``, without the list for a row with no double quote."""
    return row.count(sep) + 1 if '"' not in row else len(split_cells(row, sep))


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


# A field of code or data with its value: `"telefoonnummer": "+31 ..."` (JSON, a Python dict),
# `phone: '06-...'` (a JS object), `* address.postalCode = "1012 NX"` (FHIR shorthand),
# `<postalCode value="1012 NX"/>` (FHIR XML), `<phone>06-...</phone>` (XML). Matched only where
# a key word starts (see field_values), so the pattern runs a few times per text, not per character.
# Runs that cannot give back a character to what follows them are possessive (``{1,40}+``): a word
# of the key is followed by no word character, a run of [^<>] only by "<" or ">". Backtracking into
# them could never match, but cost up to 400 steps per place ("dossiernummer " a MB long: 3 s).
_FIELD = regex.compile(
    r"(?P<key>[\w\-]{1,40}+(?:\[[^\]\n]{0,10}\])?(?:\.[\w\-]{1,40}+(?:\[[^\]\n]{0,10}\])?){0,3})"
    # (a PHP or Ruby array writes "=>": 'employeecode' => 'E0002')
    r"(?:[\"']?[ \t]*(?:=>|[:=])[ \t]*(?P<q>[\"'])(?P<value>[^\"'\n]{1,80})(?P=q)"
    # (an XML element may carry other attributes before its value: <geboortedatum conceptId="..." value="19851228")
    r"|(?:\s++[\w:-]{1,40}+=\"[^\"\n]{0,120}\"){0,4}?\s++value[ \t]*=[ \t]*\"(?P<xvalue>[^\"\n]{1,80})\""
    r"|(?:[ \t\n][^<>]{0,400}+)?>(?P<tvalue>[^<\n]{1,80})</)"
)

_BRACKETS = regex.compile(r"\[[^\]\n]{0,10}\]")


def _key_name(key: str) -> str:
    """A field's key as the rules compare it: no indexes, lower case, no "_" or "-" ("address[0].postal_code"
    -> "address.postalcode")."""
    return _BRACKETS.sub("", key).lower().replace("_", "").replace("-", "")


def field_values(text: str, stems: tuple[str, ...], key: regex.Pattern) -> list[tuple[int, int]]:
    """Spans of the values of fields of code or data whose key ``key`` fully matches.

    Seed data, mock objects and FHIR examples name each value by its key instead of a word in a
    sentence ("phone: '+31 6 ...'"), out of reach of the words-before-the-value rules. The key is
    compared in lower case without underscores or hyphens ("postal_code" = "postalcode"); a key
    with a path (``address.postalCode``) is read by its last part, or with its path when the
    stem starts the path (``identifier[0].value`` reads as ``identifier.value``: the indexes go).
    Each place where a stem starts costs one short, bounded match: linear in the text.
    """
    return sorted({(s, e) for s, e, _ in field_spans(text, stems, key)})


def field_spans(text: str, stems: tuple[str, ...], key: regex.Pattern) -> list[tuple[int, int, str]]:
    """:func:`field_values` with how each value is written: ``"quoted"`` (``key: "v"``, ``'k' => 'v'``),
    ``"attribute"`` (``<key value="v"/>``) or ``"element"`` (``<key>v</key>``, also beside an attribute)."""
    lowered = _lowered(text)
    out = []
    for stem in stems:
        i = lowered.find(stem)
        while i >= 0:
            if i == 0 or not (lowered[i - 1].isalnum() or lowered[i - 1] in "_-"):
                m = _FIELD.match(text, i)
                if m and key.fullmatch(_key_name(m.group("key"))):
                    g = "value" if m.group("value") is not None else "xvalue" if m.group("xvalue") is not None \
                        else "tvalue"
                    span = _trimmed(text, *m.span(g))
                    if span:
                        out.append((*span, _HOW[g]))
                    if g == "xvalue":
                        # the same value written out as the element's text: <geboortedatum value="19851228"
                        # xsi:type="TS">28 dec 1985</geboortedatum>
                        t = _ELEMENT_TEXT.match(text, m.end())
                        span = _trimmed(text, *t.span(1)) if t is not None else None
                        if span:
                            out.append((*span, "element"))
            i = lowered.find(stem, i + 1)
    return out


_HOW = {"value": "quoted", "xvalue": "attribute", "tvalue": "element"}


def _trimmed(text: str, s: int, e: int) -> tuple[int, int] | None:
    """``(s, e)`` without the white space at either end, or None when nothing else is left."""
    value = text[s:e]
    s, e = s + len(value) - len(value.lstrip()), e - len(value) + len(value.rstrip())
    return (s, e) if e > s else None


#: The text of an element right after the attribute that ``_FIELD`` read (its other attributes between).
_ELEMENT_TEXT = regex.compile(r"[^<>/]{0,400}>([^<\n]{1,80})</")


# The system of a FHIR ContactPoint (`* telecom[0].system = #phone`, `"system": "phone"`,
# `<system value="phone"/>`), the nearest one before its value.
_CONTACT_SYSTEM = regex.compile(r"(?i)\bsystem(?:\W{1,12}|[ \t]+value[ \t]*=[ \t]*\")#?(?P<system>phone|fax|email|sms|pager|url|other)\b")
_CONTACT_VALUE = regex.compile(r"(?:telecom\.)?value")


def contact_point_phones(text: str) -> list[tuple[int, int]]:
    """Spans of the values of FHIR ContactPoints whose system is phone or sms.

    A FHIR example gives a patient's number as ``telecom.value`` under ``telecom.system = #phone``:
    the system says it is a phone number, whatever its digits look like (a 9-digit "611234567"
    is no BSN there). Only in a text that has "telecom"; the system is looked for in the 400
    characters before each value.
    """
    if "telecom" not in _lowered(text):
        return []
    out = []
    for s, e in field_values(text, ("telecom", "value"), _CONTACT_VALUE):
        systems = list(_CONTACT_SYSTEM.finditer(text, max(0, s - 400), s))
        if systems and systems[-1].group("system").lower() in ("phone", "sms"):
            out.append((s, e))
    return out


#: The columns of an SQL INSERT (lower case, without "_") that make a row a person's: a first or
#: last name, a birth date, a BSN. A bare "name" is not enough: products and categories have one too.
_SQL_PERSON_COLUMN = regex.compile(r"(?:first|last|family|given|full|sur)name|voornaam|achternaam|roepnaam|"
                                   r"dob|birthdate|dateofbirth|geboortedatum|bsn")


def sql_cells(text: str, column: regex.Pattern, people: bool = False) -> list[tuple[int, int]]:
    """Spans of the quoted, non-empty values in the columns that ``column`` fully matches (lower
    case, without "_") of the SQL INSERTs; with ``people``, only of the tables whose rows are
    people's (see :data:`_SQL_PERSON_COLUMN`).

    Seed data of a client or patient table names what each value is only in its column list;
    a table of products, postcode areas or categories has no person's column.
    """
    if "insert" not in _lowered(text):
        return []
    out = []
    for columns, rows in sql_tables(text):
        lowered = [c.lower() for c in columns]
        if people and not any(_SQL_PERSON_COLUMN.fullmatch(c) for c in lowered):
            continue
        wanted = [k for k, c in enumerate(lowered) if column.fullmatch(c)]
        out.extend(row[k] for row in rows for k in wanted if k < len(row) and row[k][1] > row[k][0])
    return sorted(set(out))


# A literal with its alias in an SQL SELECT: `'1992-01-01' AS "birthdate"`, `'3565AA' AS
# "address[0].postalCode"` (a query that maps a test patient to FHIR). The value comes before its key.
_SQL_ALIAS = regex.compile(r"'(?P<value>[^'\n]{1,80})'[ \t]+(?i:as)[ \t]+[\"`]?(?P<key>[\w.\[\]\-]{1,80})")


def sql_alias_values(text: str, key: regex.Pattern) -> list[tuple[int, int]]:
    """Spans of the quoted literals of an SQL SELECT whose alias ``key`` fully matches (lower case,
    without "_" or "-", read by its last part: ``address[0].postalCode`` reads as ``postalcode``).
    Only in a text with a SELECT in its first 20,000 characters; each quote costs one short match."""
    if "select" not in _lowered(text)[:20_000]:
        return []
    out = []
    for m in _SQL_ALIAS.finditer(text):
        name = _key_name(m.group("key")).rsplit(".", 1)[-1]
        value = m.group("value")
        if key.fullmatch(name) and value.strip():
            s = m.start("value") + len(value) - len(value.lstrip())
            out.append((s, s + len(value.strip())))
    return out


# Rows of SQL values pasted without their INSERT line: "(36, 'Edwin', 'Driessen', 'Berkenlaan', '11',
# '4285 SL', 'Woerden', 1),". Without column names the content of the columns says what they are.
_TUPLE_LINE = regex.compile(r"[ \t]*\((?=[^()\n]*'[^'\n]*'[^()\n]*\)[ \t]*[,;]?[ \t]*$)")
_CELL_POSTCODE = regex.compile(r"[1-9]\d{3}[ \t]?(?!SA|SD|SS)\p{Lu}{2}")
_CELL_STREET = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*[ \t]){0,3}\p{Lu}[\p{Ll}'’.-]{2,}")
_CELL_HOUSE_NUMBER = regex.compile(r"[1-9]\d{0,4}(?:[ \t-]?[a-zA-Z]{1,2})?")
_CELL_NAME = regex.compile(r"(?:(?i:van|de|der|den|ter|ten|te|het|'t)[ \t]+)*\p{Lu}[\p{Ll}'’-]+(?:[ \t-]\p{Lu}[\p{Ll}'’-]+)?")


@lru_cache(maxsize=1)
def tuple_row_cells(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """POSTCODE, ADDRESS and PERSON spans in rows of SQL values pasted without their INSERT.

    Read only where at least two lines in a row are such tuples with the same number of cells
    and one column holds a Dutch postcode in every row, and a column of first names that the name
    lists know (most of its cells) is followed by a column of surnames: then the rows are people's
    addresses. The street and house number are the two columns before the postcode (a street name
    and a number in every row). Linear: each line is matched once."""
    out: dict[str, list[tuple[int, int]]] = {"POSTCODE": [], "ADDRESS": [], "PERSON": []}
    if "('" not in text and ", '" not in text:
        return {}
    from detectors.names import lexicon  # (the name lists, loaded once by the name finder too)

    runs: list[list[list[tuple[int, int]]]] = []
    run: list[list[tuple[int, int]]] = []
    pos, n = 0, len(text)
    for _ in range(MAX_TABLE_ROWS * 4):
        if pos > n:
            break
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        cells = None
        if nl - pos <= 4000 and _TUPLE_LINE.match(text, pos, nl):  # (a row is short: no scan of a long line)
            row = _SQL_ROW.match(text, pos, nl)
            if row is not None:
                cells = _row_cells(text, row.start(1), row.end(1), 40, double_quoted=False)
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

    def mostly_first_names(rows, k):
        """More than half of the cells of column ``k`` are first names the lists know (counted only
        until that is settled either way)."""
        need = len(rows) // 2 + 1  # (firsts * 2 > len(rows))
        firsts, left = 0, len(rows)
        for r in rows:
            left -= 1
            if lex.get(text[r[k][0]:r[k][1]], 0) & lexicon.FIRST:
                firsts += 1
                if firsts >= need:
                    return True
            elif firsts + left < need:
                return False
        return False

    for rows in runs:
        width = len(rows[0])
        codes = [k for k in range(width) if rows[0][k][1] > rows[0][k][0] and column(rows, k, _CELL_POSTCODE)]
        if not codes:
            continue
        pc = codes[0]
        names = []
        for k in range(width - 1):
            if mostly_first_names(rows, k) and column(rows, k + 1, _CELL_NAME):
                names = [r[j] for r in rows for j in (k, k + 1)]
                break
        if not names:
            continue  # postcode areas, branches, depots: no person in the rows
        out["PERSON"].extend(names)
        out["POSTCODE"].extend(r[pc] for r in rows)
        if pc >= 2 and column(rows, pc - 2, _CELL_STREET) and column(rows, pc - 1, _CELL_HOUSE_NUMBER):
            out["ADDRESS"].extend((r[pc - 2][0], r[pc - 1][1]) for r in rows)
    return {kind: tuple(spans) for kind, spans in out.items()}


textcache.per_text(tuple_row_cells.cache_clear)
