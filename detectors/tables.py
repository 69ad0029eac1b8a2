"""Readers of the tables in a text, for the recognizers and the categories alike (Qt-free, no detector logic).

A list pasted from a spreadsheet or a CSV file, a Markdown table, the column list and rows of an SQL INSERT and rows
of SQL values pasted without it: where the label of a value stands in a header or a column list, not before the
value. Moved out of ``detectors.recognizers.rules`` so that ``detectors.categories`` may read tables too (the
categories do not import the recognizers); ``rules`` re-exports the names its recognizers import. Also the shapes of
structured records that several recognizers and :mod:`detectors.published` ask about: a field given as a name/value
pair, the fields that only a person's record has and where they lie, an organisation's schema.org data.

Per-text answers are cached (one text, many recognizers) and emptied after each analysis (:mod:`detectors.textcache`).
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
import re
from functools import lru_cache

import regex

from detectors import textcache
from detectors.regexgate import lowered_or_none, needles

@lru_cache(maxsize=1)
def _lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (the recognizers of one chunk ask some ten times)."""
    # "İ" is the one character whose lower case is two characters long: offsets must stay.
    return text.replace("\u0130", "I").lower()


textcache.per_text(_lowered.cache_clear)
#: (for the recognizers that read the same lowered text)
lowered = _lowered


_TABLE_SEPARATORS = ("\t", "|", ";", ",")
_MARKDOWN_RULE = re.compile(r"[ \t|:+=-]*")
#: The characters of a Markdown rule line (those of _MARKDOWN_RULE).
_RULE_CHARS = frozenset(" \t|:+=-")
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
        # (a line that opens with another character is no rule: most lines, decided without the pattern)
        rule = (not line or line[0] in _RULE_CHARS) and _MARKDOWN_RULE.fullmatch(line) is not None
        if prev is not None and rule and line.strip():
            pos = nl + 1
            continue  # a rule line under a header ("|---|---|"): the header stays the line before the next one
        cells = None  # (the line's cells by the separator of the line before: counted once, also for its own)
        if prev is not None and prev[1] in line and not rule:
            cells = _cell_count(line, prev[1])
            if cells == prev[2]:
                out.append(prev[0])
        sep = _separator(line)
        if sep:
            prev = (pos, sep, cells if cells is not None and sep == prev[1] else _cell_count(line, sep))
        else:
            prev = None
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
#: (the table and the column list may stand on lines of their own and the list hold a column a line: "INSERT INTO
#: studenten\n(ov_nummer, achternaam, ...)\nVALUES", "INSERT INTO\n  public.clienten (\n    id,\n    voornaam\n)
#: VALUES")
SQL_INSERT = regex.compile(r"(?i)\binsert\s+into\s+(?:[`\"\[]?\w{1,64}[`\"\]]?\.){0,2}[`\"\[]?\w{1,64}[`\"\]]?"
                           r"[ \t]*+(?:\r?\n[ \t]*+)?\(([^()]{1,1000})\)"
                           r"\s*values\s*")
_BRACKETS = re.compile(r"\[[^\]\n]{0,10}\]")


def key_name(key: str) -> str:
    """A field's key as the rules compare it: no indexes, lower case, no "_" or "-" ("address[0].postal_code"
    -> "address.postalcode", "sicknessStartDate" -> "sicknessstartdate")."""
    return _BRACKETS.sub("", key).lower().replace("_", "").replace("-", "")


#: A field given as a pair, its name under one key and its value under another: an entity-attribute-value record, a
#: form's answers, a BRP person list ({"descr": "geslachtsnaam", ..., "value": {"code": "4778", "val": "Kowalczyk"}},
#: {"name": "voornaam", "value": "Sevda"}, {'key': 'geboortedatum', 'waarde': '1984-11-02'}). Each pattern opens with
#: the quote it consumes; a pair is written in one kind of quote.
_PAIR_NAME = re.compile(r"""(["'])(?:descr|description|omschrijving|name|naam|key|label|field|veld|attribute|"""
                        r"""attribuut)\1[ \t]*:[ \t]*\1([^"'\n]{1,60})\1""")
_PAIR_VALUE = re.compile(r"""(["'])(?:val|value|waarde)\1[ \t]*:[ \t]*(?:\1([^"'\n]{0,200})\1|\{([^{}]{0,600})\})""")
_PAIR_STRING = re.compile(r"""(["'])([^"'\n]{1,40})\1[ \t]*:[ \t]*\1([^"'\n]{1,200})\1""")
_PAIR_OWN_VALUE = frozenset({"val", "value", "waarde"})
#: How far after its name a pair's value may stand (a BRP element has five more keys between them).
_PAIR_REACH = 400


def pair_values(text: str, wanted: Callable[[str], object], loose: bool = False) -> list[tuple[int, int]]:
    """Spans of the values of the fields given as a pair whose name ``wanted`` accepts (as :func:`key_name` writes
    it, without spaces: "First name" is "firstname"). The value is the first one after the name in the same object
    (no "}" or "]" between them, no other pair's name). A value given as an object yields its own value ("val") and
    every string in it that is the same (a code); with ``loose``, every string in it (a date written out beside the
    number, which the caller checks). Linear in the text."""
    if not any(w in text for w in ('"val', "'val", '"waarde', "'waarde")):
        return []
    out = []
    names = list(_PAIR_NAME.finditer(text))
    for k, m in enumerate(names):
        if not wanted(key_name(m.group(2)).replace(" ", "")):
            continue
        v = _PAIR_VALUE.search(text, m.end(), min(m.end() + _PAIR_REACH, len(text)))
        if v is None or k + 1 < len(names) and names[k + 1].start() < v.start() or \
                _CLOSES.search(text, m.end(), v.start()):
            continue  # (a value given as an object may hold a name of its own after it: "descr": "Kowalczyk")
        if v.group(2) is not None:
            if v.group(2).strip():
                out.append(v.span(2))
            continue
        strings = list(_PAIR_STRING.finditer(text, *v.span(3)))
        own = {s.group(3) for s in strings if s.group(2).lower() in _PAIR_OWN_VALUE}
        out.extend(s.span(3) for s in strings if loose or s.group(3) in own)
    return out


_CLOSES = re.compile(r"[}\]]")


#: A field of a record that only a person has: their initials, names, birth date, gender, BSN ("voorletters":,
#: lastName:, 'geboortedatum' =). It opens with the quote, space, brace or comma before the key, which it consumes.
_PERSON_KEYS = (r"voorletters|initials|voornaa?m\w*|achternaam|geslachtsnaam|tussenvoegsel\w*|"
                r"(?:first|last|given|family)_?name|geboorte(?:datum|plaats|land)\w*|birth_?(?:date|day|place)\w*|"
                r"date_?of_?birth|geslacht|gender|bsn")
PERSON_FIELD = regex.compile(r"[\"'\s{,](?:" + _PERSON_KEYS + r")[\"']?[ \t]*[:=]", regex.I)
#: The same, or a way to reach someone (an organisation's record has these too: "email", "telefoon", "adres").
PERSON_OR_CONTACT_FIELD = regex.compile(
    r"[\"'\s{,](?:" + _PERSON_KEYS + r"|e-?mail\w*|telefoon\w*|phone\w*|mobiel\w*|adres\w*|address\w*|woonplaats)"
    r"[\"']?[ \t]*[:=]", regex.I)
#: How far from a value such a field is looked for, before and after it (a record of a dozen fields).
PERSON_FIELD_REACH = 400


class PersonFields:
    """Where the fields of ``pattern`` (:data:`PERSON_FIELD` or :data:`PERSON_OR_CONTACT_FIELD`) start in a text,
    found in one pass when first asked: each value asks in O(log n)."""

    def __init__(self, text: str, pattern: regex.Pattern = PERSON_FIELD):
        self._text = text
        self._pattern = pattern
        self._starts: list[int] | None = None

    def in_record(self, at: int, reach: int = PERSON_FIELD_REACH) -> bool:
        """Whether such a field stands within ``reach`` of ``at`` in the same record: no object closes between them
        (a nested one may open and close: a person's "contactgegevens" under their "bsn"; the next record's fields
        are another's)."""
        if self._starts is None:
            self._starts = [m.start() for m in self._pattern.finditer(self._text)]
        starts = self._starts
        k = bisect.bisect_left(starts, at)
        before = (starts[j] for j in range(k - 1, max(-1, k - 3), -1) if starts[j] >= at - reach)
        after = (starts[j] for j in range(k, min(len(starts), k + 2)) if starts[j] < at + reach)
        return any(_same_object(self._text, f, at) for f in before) or \
            any(_same_object(self._text, at, f) for f in after)


def _same_object(text: str, a: int, b: int) -> bool:
    """Whether no object or list that is open at ``a`` closes before ``b``."""
    depth = 0
    for m in _BRACKET.finditer(text, a, b):
        if m.group() in "{[":
            depth += 1
        else:
            depth -= 1
            if depth < 0:
                return False
    return True


_BRACKET = re.compile(r"[{}\[\]]")


#: Structured data of an organisation's web page (schema.org JSON-LD): its address and phone fields are the
#: organisation's, not a person's (read by the postcode and phone recognizers, and by detectors.published, for which
#: such data is no data file of people).
ORGANISATION_DATA = regex.compile(r"\"@type\"[ \t]*:[ \t]*\"\w*(?:Organi[sz]ation|GovernmentOffice|Place)\"")
#: The type of an item a web page marks up with schema.org's microdata ("Person", "Message", "Organization"), in
#: either quotes, with or without "www.": <div itemscope itemtype="http://schema.org/Person">. (A page's own words for
#: what its markup holds: the record recognizer reads a Person's name from it, the mail rule a Message's parties.)
SCHEMA_ITEM_TYPE = re.compile(r"""itemtype=["']https?://(?:www\.)?schema\.org/(\w{1,40})["']""")
#: One row of values, and the cells in it (quoted strings may hold commas).
SQL_ROW = regex.compile(r"\s*\(([^()]{0,4000})\)\s*")
#: Comments between the rows of an INSERT: "-- to the end of the line", "/* a block */".
_SQL_COMMENTS = regex.compile(r"(?:\s*(?:--[^\n]*|/\*[^*]{0,500}\*/))*")
_SQL_CELL = regex.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|\"((?:[^\"\\]|\\.)*)\"|([^,]*))\s*(?:,|$)")


#: One cell of a plain SQL row: a single-quoted value with no quote or backslash inside, or a bare
#: ASCII word or number (NULL, 12, 3.5), with spaces around it, then a comma or the end of the row.
#: Where it matches, _SQL_CELL takes the same path (see row_cells); plain ``re`` is some 2.5 times faster.
_PLAIN_SQL_CELL = re.compile(r" *(?:'([^'\\]*)'|([0-9A-Za-z_.+\-]*)) *(?:,|\Z)")


def row_cells(text: str, a: int, b: int, limit: int, double_quoted: bool = True) -> list[tuple[int, int]]:
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
        columns = [c.strip(" \t\r\n`\"[]").replace("_", "") for c in ins.group(1).split(",")]
        rows = []
        pos = ins.end()
        for _ in range(MAX_TABLE_ROWS):
            row = SQL_ROW.match(text, pos)
            if row is None:
                break
            rows.append(row_cells(text, row.start(1), row.end(1), len(columns)))
            pos = row.end()
            if not text.startswith(",", pos):
                break
            pos = _SQL_COMMENTS.match(text, pos + 1).end()  # "(1, 'Alice', ...),  -- above 40"
        out.append((columns, rows))
    return tuple(out)


textcache.per_text(sql_tables.cache_clear)

#: An SQL INSERT without a column list, as ``pg_dump --inserts`` writes every row of a table:
#: "INSERT INTO public.burgers VALUES (31, '0687542132', ...);".
_SQL_INSERT_BARE = regex.compile(r"(?i)\binsert[ \t]+into[ \t]+(?:[`\"\[]?\w{1,64}[`\"\]]?\.){0,2}"
                                 r"[`\"\[]?\w{1,64}[`\"\]]?\s+values\s*(?=\()")
#: A bare cell value (a number, NULL), where :func:`row_cells` gives an empty span.
_BARE_VALUE = regex.compile(r"[0-9A-Za-z_.+\-]*")


#: A row of SQL values on a line of its own, pasted without its INSERT: "(11, 'Katrien', 'Wouters', '1983-03-18'),
#: -- above 40".
_VALUES_LINE = regex.compile(r"^[ \t]*\(([^()\n]{0,4000})\)[ \t]*[,;]?[ \t]*(?:--[^\n]*)?$", regex.M)


def _cells_of(text: str, a: int, b: int) -> tuple[tuple[int, int, str], ...]:
    cells = []
    for s, e in row_cells(text, a, b, 40):
        if s == e:
            e = _BARE_VALUE.match(text, s).end()
        cells.append((s, e, text[s:e]))
    return tuple(cells)


@lru_cache(maxsize=1)
def sql_bare_rows(text: str) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """The cells of each row of SQL values without column names, as ``(start, end, value)`` (a quoted value inside
    its quotes, a bare one such as a number or NULL as written): the rows of an INSERT without a column list, and
    runs of two or more lines that are each a row of values with the same number of cells (three or more), pasted
    without their INSERT. Without column names only what a cell holds tells what it is (see
    ``recognizers.rules.sql_person_row``).
    Cached: the recognizers of one text all ask."""
    out = []
    for ins in _SQL_INSERT_BARE.finditer(text):
        pos = ins.end()
        for _ in range(MAX_TABLE_ROWS):
            row = SQL_ROW.match(text, pos)
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
        sep = _separator(line)
        entry = None
        if sep is not None:
            # (without a double quote the cells are the parts of str.split: split_cells' own rule)
            parts = line.split(sep) if '"' not in line else [line[a:b] for a, b in split_cells(line, sep)]
            entry = [line_end, sep, [_cell_text(part) for part in parts], None]
        self.entries[line_start] = entry
        return entry

    def heads(self, header: regex.Pattern) -> list[int]:
        """The starts of the lines with a cell that ``header`` fully matches, in text order."""
        out = []
        for line_start in self._lines_with_needle(header):
            # (a line not split yet: only its cells that hold a needle are read)
            hit = None if line_start in self.entries else self._needle_head(line_start, header)
            if hit is None:
                entry = self._entry(line_start)
                hit = entry is not None and any(header.fullmatch(cell) for cell in entry[2])
            if hit:
                out.append(line_start)
        return out

    def _needle_head(self, line_start: int, header: regex.Pattern) -> bool | None:
        """Whether a cell of the line at ``line_start`` fully matches ``header``, read only from the cells that hold
        one of its needles; ``None`` (not decided) without needles to read.

        A cell that the pattern fully matches holds one of its needles in the lowered text (see
        :meth:`_lines_with_needle`: the cell is a stretch of the line, "_" read as " " in both), so the other cells
        need no test. The cells lie where :meth:`_entry` cuts them (``str.split`` without a double quote, else
        :func:`split_cells`). In an export every row may hold a needle ("Kerkstraat" has "straat", a JSON record
        "geboortedatum"); splitting each row into all its cells cost some 50 ms per MB."""
        got = _HEADER_NEEDLES.get(id(header))
        if got is None or got[0] is not header or not got[1] or self._lines is None or self._lines[1] is None:
            return None
        text = self.text
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].rstrip("\r")
        sep = _separator(line)  # (as _entry chooses it)
        if sep is None:
            return None
        quoted = '"' in line
        if quoted and len(line) > _NEEDLE_HEAD_QUOTED:
            return None
        low = self._lines[1][line_start:line_start + len(line)]
        for needle in got[1]:
            i = low.find(needle)
            while i >= 0:
                if quoted:
                    a, b = _cell_around(line, sep, i)
                else:
                    a, b = line.rfind(sep, 0, i) + 1, line.find(sep, i)
                    b = len(line) if b < 0 else b
                if i + len(needle) > b:
                    i = low.find(needle, i + 1)  # (across a cell's border: in no cell)
                    continue
                if header.fullmatch(_cell_text(line[a:b])):
                    return True
                i = low.find(needle, b + 1)  # (the next cell: one in this cell finds this cell again)
        return False

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


def _separator(line: str) -> str | None:
    """The first of the table separators that ``line`` holds (a loop: no generator per line), or None."""
    for c in _TABLE_SEPARATORS:
        if c in line:
            return c
    return None


def _cell_text(part: str) -> str:
    """A header cell as the header patterns read it: stripped, without its CSV quotes, and an export's snake_case
    ("geb_datum", "date_of_birth") as words."""
    return part.strip().strip('"').replace("_", " ")


#: A line with a double quote up to this long is read around its needles (see _HeaderIndex._needle_head); a longer one
#: is split whole (each needle's cell is found from it by walking to the borders: bounded so).
_NEEDLE_HEAD_QUOTED = 500


def _cell_around(line: str, sep: str, i: int) -> tuple[int, int]:
    """``(start, end)`` of the cell of :func:`split_cells` that holds the character at ``i`` (not a border): its
    borders are the separators with an even number of double quotes before them (outside quotes), the nearest one
    before ``i`` and the first one after it (the line's ends without one)."""
    odd = line.count('"', 0, i) % 2  # (quotes before i, odd: inside quotes)
    at, par = i, odd
    while True:
        j = line.rfind(sep, 0, at)
        if j < 0:
            start = 0
            break
        par ^= line.count('"', j, at) % 2
        if not par:
            start = j + 1
            break
        at = j
    at, par = i, odd
    while True:
        j = line.find(sep, at)
        if j < 0:
            return start, len(line)
        par ^= line.count('"', at, j) % 2
        if not par:
            return start, j
        at = j + 1


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
    """``len(split_cells(row, sep))``, without the list: the separators outside double quotes (the even parts of a
    split at the quotes, see :func:`split_cells`), counted in C."""
    if '"' not in row:
        return row.count(sep) + 1
    return sum(part.count(sep) for part in row.split('"')[::2]) + 1


def split_cells(row: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of one row; a separator inside "double quotes" (CSV) is no cell border."""
    if '"' not in row:
        out, start = [], 0
        for part in row.split(sep):
            out.append((start, start + len(part)))
            start += len(part) + 1
        return out
    # Each double quote opens or closes a quoted part, so the parts of a split at the quotes are outside quotes and
    # inside in turn: only the even ones hold cell borders (str.find per separator, not a Python step per character:
    # every line of a JSON export holds quotes and commas).
    out, start, offset = [], 0, 0
    for k, part in enumerate(row.split('"')):
        if not k % 2:
            i = part.find(sep)
            while i >= 0:
                out.append((start, offset + i))
                start = offset + i + 1
                i = part.find(sep, i + 1)
        offset += len(part) + 1
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
