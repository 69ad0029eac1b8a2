"""``detectors.tables``: the readers of pasted tables and SQL rows, shared by the recognizers and the categories
(moved out of ``recognizers.rules`` in the review of round 16). Small invented inputs."""
import pytest
import regex

from detectors import tables, textcache
from detectors.recognizers import rules

_NAME = regex.compile(r"(?i)naam|name")
_PLACE = regex.compile(r"(?i)woonplaats")


@pytest.fixture(autouse=True)
def _fresh():
    """The readers cache per text; each test starts as a new analysis would."""
    textcache.forget()
    yield
    textcache.forget()


def _values(text, spans):
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize("text, expected", [
    ("naam;woonplaats\nJan;Delft\nPiet;Ede\n", ["Jan", "Piet"]),
    ("naam\twoonplaats\nJan\tDelft\n", ["Jan"]),
    ("| naam | woonplaats |\n|---|---|\n| Jan | Delft |\n", ["Jan"]),
    ('naam,woonplaats\n"Bos, Jan",Delft\n', ["Bos, Jan"]),
    ("naam;woonplaats\nJan;Delft;extra\n", []),  # (a row of another width ends the table)
    ("INSERT INTO t (`id`, `naam`) VALUES (1, 'Jan'), (2, 'Piet');", ["Jan", "Piet"]),
    ("geen tabel hier, naam: Jan", []),
])
def test_column_cells(text, expected):
    assert _values(text, tables.column_cells(text, ("naam",), _NAME)) == expected


def test_adjacent_cells():
    text = "naam;woonplaats\nJan;Delft\n;Ede\n"
    pairs = tables.adjacent_cells(text, ("naam",), _NAME, _PLACE)
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in pairs] == [("Jan", "Delft")]


@pytest.mark.parametrize("row, sep, expected", [
    ("a;b;c", ";", ["a", "b", "c"]),
    ("a;;c", ";", ["a", "", "c"]),
    ('"a;b";c', ";", ['"a;b"', "c"]),
    ("| a | b |", "|", ["", " a ", " b ", ""]),
])
def test_split_cells(row, sep, expected):
    assert [row[a:b] for a, b in tables.split_cells(row, sep)] == expected


def _split_cells_by_character(row, sep):
    """split_cells as first written: a step per character, a double quote opens or closes a quoted part."""
    out, start, quoted = [], 0, False
    for i, c in enumerate(row):
        if c == '"':
            quoted = not quoted
        elif c == sep and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, len(row)))
    return out


def test_split_cells_and_count_as_by_character():
    """The split at the quotes (C-level finds) gives the cells and the count of the loop per character."""
    import random

    rnd = random.Random(12)
    rows = ['', '"', '""', '";"', 'a;"b;c";d', '"a,"b",c"', ',,"",', '"|"|"|']
    rows += ["".join(rnd.choice('ab",;\t| ') for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    for row in rows:
        for sep in ("\t", "|", ";", ","):
            expected = _split_cells_by_character(row, sep)
            assert tables.split_cells(row, sep) == expected, (row, sep)
            assert tables._cell_count(row, sep) == len(expected), (row, sep)


@pytest.mark.parametrize("text, rows", [
    ("Jan;Bos;Delft\nPiet;Kok;Ede\n", 2),
    ("Jan;Bos;Delft\nlosse regel\nPiet;Kok;Ede\n", 0),  # (a run needs two lines in a row)
    ("Jan;Bos\nPiet;Kok\n", 0),  # (fewer than three cells)
])
def test_record_rows(text, rows):
    assert len(list(tables.record_rows(text))) == rows


@pytest.mark.parametrize("text, columns, values", [
    ("INSERT INTO `klant` (`id`, `voor_naam`) VALUES (1, 'Jan'), (2, NULL);",
     ["id", "voornaam"], [["", "Jan"], ["", ""]]),
    ('INSERT INTO klant (naam) VALUES ("Piet");', ["naam"], [["Piet"]]),
    ("INSERT INTO klant (naam) VALUES ('O''Brien'),\n-- nog een\n('Jan');", ["naam"], [["O''Brien"], ["Jan"]]),
])
def test_sql_tables(text, columns, values):
    (got_columns, rows), = tables.sql_tables(text)
    assert got_columns == columns
    assert [_values(text, row) for row in rows] == values


@pytest.mark.parametrize("text, expected", [
    ("INSERT INTO public.burgers VALUES (31, 'Jan', NULL);", [[("31", ""), ("Jan", "Jan"), ("NULL", "")]]),
    ("(1, 'Jan', 'Bos'),\n(2, 'Piet', 'Kok');\n", [[("1", ""), ("Jan", "Jan"), ("Bos", "Bos")],
                                                 [("2", ""), ("Piet", "Piet"), ("Kok", "Kok")]]),
    ("(1, 'Jan', 'Bos'),\n", []),  # (one line of values alone is no run)
    ("INSERT INTO t (naam) VALUES ('Jan');", []),  # (with a column list: sql_tables reads it)
])
def test_sql_bare_rows(text, expected):
    got = [[(value, text[a:b] if b > a and text[a - 1:a] == "'" else "") for a, b, value in row]
           for row in tables.sql_bare_rows(text)]
    assert got == expected


@pytest.mark.parametrize("row, expected", [
    ("1, 'Jan', NULL", [(0, 0), (4, 7), (10, 10)]),
    ("'a,b', \"c\"", [(1, 4), (8, 9)]),
])
def test_row_cells(row, expected):
    assert tables.row_cells(row, 0, len(row), 10) == expected


def test_lowered_keeps_offsets():
    assert tables.lowered("İSTANBUL Jan") == "istanbul jan"


def test_the_recognizers_names_still_lead_to_the_readers():
    assert rules.column_cells is tables.column_cells
    assert rules.adjacent_cells is tables.adjacent_cells
    assert rules.record_rows is tables.record_rows
    assert rules.lowered is tables.lowered
