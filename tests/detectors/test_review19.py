"""The nineteenth review's mends: each keeps the detector's output as it was (the old code is written out here and
compared with the new on varied input).

- ``rules.first_and_surname``: the pair of a known first name and a surname that makes a row of bare SQL values a
  person's, read by ``rules.sql_person_row`` and by the record name recognizer's ``_bare_row_names`` alike.
- ``health._FOR_OR_OF_THE``: what someone did for an institution ("heeft veel betekend voor het ziekenhuis") and
  someone named of it ("Joost Verkerk van het ziekenhuis"), two named parts of one pattern, answer as the two
  patterns did.
- ``health._died_of`` looks for its death words in the lowered text the caller has, not in a window lowered again.
- ``published._words``: the kinds of published writing made of whole words are built by one helper, into the same
  pattern strings as before.
"""
from __future__ import annotations

import re
from itertools import product

from stdnum.nl import bsn as _bsn

from detectors import published, textcache
from detectors.categories import health
from detectors.categories._text import lower_same_length
from detectors.names import lexicon
from detectors.recognizers import nl_record_name_recognizer as record, rules
from tests.helpers.findings import ContextWithPersons

# -- rules.first_and_surname: one test of a person's row, read in two places -------------------------------------------


def _old_sql_person_row(cells: list[str]) -> bool:
    if any(len(c) == 9 and c.isdigit() and _bsn.is_valid(c) for c in cells):
        return True
    lex = lexicon.load()
    for first, last in zip(cells, cells[1:]):
        flags = lex.get(first, 0)
        if flags & lexicon.FIRST and not flags & lexicon.PLACE and rules.CELL_NAME.fullmatch(last):
            return True
    return False


def _old_bare_row_names(text: str) -> list[tuple[int, int]]:
    out = []
    names = lexicon.load()
    for cells in rules.sql_person_rows(text):
        values = [v for _, _, v in cells]
        if not any(record._INITIALS_CELL.fullmatch(v) for v in values):
            for (a, b, first), (c, d, last) in zip(cells, cells[1:]):
                f = names.get(first, 0)
                if f & lexicon.FIRST and not f & lexicon.PLACE and rules.CELL_NAME.fullmatch(last):
                    out += [(a, b), (c, d)]
                    break
            continue
        surnames = {m.group(1) for v in values if "@" in v for m in (record._MAIL_SURNAME.match(v),) if m}
        for k, (a, b, v) in enumerate(cells):
            if not record._ONE_NAME_CELL.fullmatch(v):
                continue
            if v in surnames or k and record._INITIALS_CELL.fullmatch(cells[k - 1][2]):
                out.append((a, b))
    return out


_CELLS = ["Jan", "Tom", "Karin", "Émile", "Zoë", "Anne-Marie", "JAN", "jan", "Zwolle", "Amsterdam", "Centrum",
          "Depot", "Noord", "de Boer", "De Boer", "van der Sluijs", "Jansen", "Bos", "Brontë", "Klaassen-Groen",
          "O'Brien", "A.", "J.P.", "A.Morin@voorbeeld.nl", "Morin", "111222333", "123456789", "1980-02-03",
          "NULL", "", "Smith", "John", "Mary", "the", "Test"]
_ROWS = [
    ["Jan", "Jansen"], ["Zwolle", "Centrum"], ["Tom", "de Boer", "Karin", "Bos"], ["1", "Tom", "1980"],
    ["Jan"], [], ["Amsterdam", "Jansen"], ["Émile", "Brontë"], ["John", "Smith"], ["Zoë", "van der Sluijs"],
    ["111222333", "Depot"], ["Depot", "Noord", "Jan", "Jansen"], ["jan", "jansen"], ["JAN", "JANSEN"],
    ["Anne-Marie", "Klaassen-Groen"], ["Mary", "O'Brien", "Tom", "Bos"], ["Tom", ""], ["Tom", "NULL", "Jan", "Bos"],
]


def test_a_person_row_as_before():
    rows = _ROWS + [[a, b] for a in _CELLS for b in _CELLS] + [[a, b, c] for a in _CELLS[:12] for b in _CELLS
                                                               for c in _CELLS[10:20]]
    for cells in rows:
        assert rules.sql_person_row(cells) == _old_sql_person_row(cells), cells


def test_first_and_surname_is_the_first_pair():
    assert rules.first_and_surname(["Jan", "Jansen"]) == 0
    assert rules.first_and_surname(["1", "Depot", "Tom", "de Boer", "Karin", "Bos"]) == 2
    assert rules.first_and_surname(["Zwolle", "Centrum"]) is None
    assert rules.first_and_surname([]) is None


_SQL = [
    "INSERT INTO public.burgers VALUES (1, 'J.', 'Jan', 'Jansen', '1980-02-03', '1234 AB', 'Lindelaan'),\n"
    "(2, 'P.', 'Zwolle', 'Centrum', '1975-05-06', '8011 AA', 'Markt'),\n"
    "(3, 'K.', 'Karin', 'Bos', '1969-11-30', '3511 XY', 'Ganzenmarkt');\n",
    "(11, 'Katrien', 'Wouters', '1983-03-18', '111222333'),\n(12, 'Depot', 'Noord', '2001-01-01', 'NULL'),\n",
    "INSERT INTO t VALUES ('Zwolle', 'Centrum');",
    "insert into klant values (7, 'Tom', 'de Boer', 'Utrecht'), (8, 'Émile', 'Brontë', 'Gent');",
    "INSERT INTO `users` VALUES (1,'A.','Alexandria','A.Morin@voorbeeld.nl','Morin'),(2,'Mary','O''Brien','x');",
    "-- dump\nINSERT INTO leden VALUES\n  (1, 'Anne-Marie', 'Klaassen-Groen', '123456782'),\n"
    "  (2, 'Depot', 'Noord', 'Jan', 'Jansen');",
    "INSERT INTO people VALUES (1, 'John', 'Smith'), (2, 'JAN', 'JANSEN'), (3, 'jan', 'jansen');",
    "geen sql hier, Jan Jansen",
]


def test_bare_row_names_as_before():
    for text in _SQL:
        textcache.forget()
        assert record._bare_row_names(text) == _old_bare_row_names(text), text
    assert any(record._bare_row_names(t) for t in _SQL)


# -- health: what someone did for an institution, a named part beside someone of it ------------------------------------

_OLD_OF_THE = re.compile(r"[ \t]+(?:van|of)[ \t]+(?:het|de|the)[ \t]+$")
_OLD_FOR_THE = re.compile(r"(?i)\b(?:betekend|betekent|betekende|gedaan|ingezet|inzet|gewerkt|werkt|werkte)[ \t]+"
                          r"(?:veel[ \t]+|alles[ \t]+)?voor[ \t]+(?:het|de|ons|onze|dit|deze)[ \t]+$")
_OLD_INSTITUTION_WORD = re.compile(r"(?:ziekenhuis|kliniek|polikliniek|hospital)\b", re.I)


def _old_of_the_institution(text: str, lo: int, ts: int, ctx) -> bool:
    if health._INSTITUTION_AS_ORGANISATION.search(text, lo, ts) is not None:
        return True
    if _OLD_INSTITUTION_WORD.match(text, ts) is None:
        return False
    if _OLD_FOR_THE.search(text, lo, ts) is not None:
        return True
    m = _OLD_OF_THE.search(text, lo, ts)
    return m is not None and ctx.persons.inside(m.start() - 1, m.start())


_BEFORE = ["", "Hij heeft veel betekend", "zij betekende alles", "Ze heeft zich veertig jaar ingezet", "gewerkt",
           "Hij werkt", "WERKTE", "Werkte", "heeft het gedaan", "inzet", "-werkt", "ex-werkt", "hij werkt\n",
           "vertelt Joost Verkerk", "zegt Anna-Lena Vermeulen-Dijk", "aldus Émile Brontë", "says John Smith",
           "Hij werkt al jaren", "vertrok", "zij werkte hard", "voor", "de directeur", "heeft veel  betekend"]
_LINK = [" voor het ", " voor de ", " VOOR HET ", " Voor Ons ", " veel voor het ", " alles voor onze ",
         "\tvoor\tdeze\t", " voor dit  ", " voor het \n", " voor het nieuwe ", " van het ", " Van Het ", " of the ",
         " van de ", " van the ", " bij het ", " voor ", " ", "\n", " voor de van het ", " van het voor de "]
_TERM = ["ziekenhuis", "Ziekenhuis", "ZIEKENHUIS", "polikliniek", "kliniek", "hospital", "ggz", "kanker",
         "ziekenhuisopname"]


def test_for_or_of_the_institution_as_before():
    checked = 0
    for before, link, term in product(_BEFORE, _LINK, _TERM):
        for lead in ("", "Gisteren. ", "x" * 70 + " "):
            text = lead + before + link + term + " is groot."
            ts = len(lead + before + link)
            # a name ending right before the link, one elsewhere, none
            for spans in ([], [(len(lead), len(lead + before))], [(0, 1)]):
                ctx = ContextWithPersons(spans)
                for s in (0, len(lead)):
                    lo = max(s, ts - 60)
                    assert health._of_the_institution(text, lo, ts, ctx) == _old_of_the_institution(
                        text, lo, ts, ctx), (text, spans)
                    checked += 1
    assert checked > 10_000


# -- health: what someone died of, read in the lowered text the caller has ---------------------------------------------

_OLD_DEATH_WORDS = ("overle", "stierf", "gestorven", "died", "passed away")


def _old_died_of(text: str, s: int, ts: int) -> bool:
    lo = max(s, ts - 120)
    window = text[lo:ts].lower()
    return any(w in window for w in _OLD_DEATH_WORDS) and health._DIED_OF.search(text, lo, ts) is not None


_LEADS = ["", "Gisteren. ", "x" * 130 + " ", "İstanbul. ", "ΣΟΦΙΑ. ", "Zijn vader, ", "KELVIN \u212a "]
_DEATHS = ["Hij overleed aan een ", "OVERLEED AAN EEN ", "Zij is overleden aan de gevolgen van een ",
           "bijna overleden aan een ", "stierf vorige week aan ", "Hij is gestorven aan ", "She died of a ",
           "He DIED of ", "passed away from ", "passed\taway from ", "dİed of a ", "stİerf aan ", "overleed.\nAan ",
           "haast gestorven aan ", "overleed op 18 september aan een ", "overleden-aan ", "is ziek met ",
           "diedrich heeft ", "overlevende van "]
_TERMS = ["hartaanval", "beroerte", "kanker", "heart attack", "Covid-19", "longontsteking"]


def test_died_of_as_before():
    for lead, death, term in product(_LEADS, _DEATHS, _TERMS):
        text = lead + death + term + ". Daarna niets."
        low = lower_same_length(text)
        ts = len(lead + death)
        for s in (0, len(lead), ts):
            assert health._died_of(text, low, s, ts) == _old_died_of(text, s, ts), (text, s)
    assert health._died_of("Hij overleed aan kanker", "hij overleed aan kanker", 0, 17)


# -- published: the kinds of whole words, built by one helper ----------------------------------------------------------

def test_words_builds_the_old_shape_of_a_kind():
    # (each kind built so is compared with its old plain alternation, word for word, in test_regex_first_char.py; the
    # word lists are not written out a second time here)
    words = r"tentoonstelling|expositie|\w*kampioen\w*|theater\w*|(?:kwart|halve\s+)?finales?"
    old = re.compile(r"(?i)\b(?:" + published._by_first_letter(words) + r")\b")
    new = published._words(words)
    assert new.pattern == old.pattern and new.flags == old.flags
    assert [m.group() for m in new.finditer("Het Theater en de kwartfinale; clubkampioenen, geen exposities")] == [
        "Theater", "kwartfinale", "clubkampioenen"]
