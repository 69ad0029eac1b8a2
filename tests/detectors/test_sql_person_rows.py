"""``rules.sql_person_rows``: each row of SQL values without column names is judged once per text, however many
recognizers ask (review of round 16). Invented rows."""
import pytest

from detectors import textcache
from detectors.recognizers import (nl_date_of_birth_recognizer, nl_postcode_recognizer, nl_record_name_recognizer,
                                   rules)

DUMP = ("INSERT INTO public.burgers VALUES (1, 'J.', 'Jan', 'Jansen', '1980-02-03', '1234 AB', 'Lindelaan'),\n"
        "(2, 'P.', 'Zwolle', 'Centrum', '1975-05-06', '8011 AA', 'Markt'),\n"
        "(3, 'K.', 'Karin', 'Bos', '1969-11-30', '3511 XY', 'Ganzenmarkt');\n")
LINES = ("(11, 'Katrien', 'Wouters', '1983-03-18', '111222333'),\n"
         "(12, 'Depot', 'Noord', '2001-01-01', 'NULL'),\n")
TEXTS = [DUMP, LINES, DUMP + "\n" + LINES, "geen sql hier", "INSERT INTO t VALUES ('Zwolle', 'Centrum');"]
RECOGNIZERS = (nl_date_of_birth_recognizer, nl_postcode_recognizer, nl_record_name_recognizer)


@pytest.mark.parametrize("text", TEXTS)
def test_the_person_rows_are_the_rows_sql_person_row_accepts(text):
    textcache.forget()
    expected = tuple(cells for cells in rules.sql_bare_rows(text) if rules.sql_person_row([v for _, _, v in cells]))
    assert rules.sql_person_rows(text) == expected


def test_the_person_rows_of_the_dump():
    textcache.forget()
    firsts = [cells[2][2] for cells in rules.sql_person_rows(DUMP)]
    assert firsts == ["Jan", "Karin"]


@pytest.mark.parametrize("text", [DUMP, LINES])
def test_each_row_is_judged_once_per_analysis(detector, monkeypatch, text):
    calls = []
    judge = rules.sql_person_row

    def counted(cells):
        calls.append(tuple(cells))
        return judge(cells)

    monkeypatch.setattr(rules, "sql_person_row", counted)
    textcache.forget()
    detector.analyze(text)
    rows = [tuple(v for _, _, v in cells) for cells in rules.sql_bare_rows(text)]
    assert rows and sorted(calls) == sorted(rows)


@pytest.mark.parametrize("text", [DUMP, LINES, DUMP + "\n" + LINES])
def test_the_findings_are_the_same_without_the_cache(detector, monkeypatch, text):
    def findings():
        textcache.forget()
        return [(f.type, f.start, f.end, f.score, f.reason) for f in detector.analyze(text).findings]

    cached = findings()
    for module in RECOGNIZERS:
        monkeypatch.setattr(module, "sql_person_rows", rules.sql_person_rows.__wrapped__)
    assert findings() == cached
