"""The seventeenth review's mends: each keeps the detector's output as it was.

- ``published.speakers``: the people who speak by their first name alone, read once per text for both questions
  (the private signs, "Edwin: ..." lines included, and ``categories.documents``' minutes in prose, without them),
  gives what the two separate readings gave.
- ``published._FIRST_NAME_SPEAKS`` (and three more patterns of ``published``) open with the character they consume,
  the look-behind after it: the same matches as the patterns they replaced (``test_regex_first_char.py`` compares
  them on the corpus and generated texts as well).
"""
from __future__ import annotations

import re
import sys

import pytest

from detectors import published, textcache
from detectors.categories import documents
from detectors.names import lexicon
from tests.helpers.corpus import corpus_texts

# -- published.speakers: one reading of the speakers per text --------------------------------------------------------


def _old_first_names_speaking(head: str, colon: bool = True, enough: int = 2) -> list[re.Match]:
    """``published.first_names_speaking`` as it was before the cache: one reading per question."""
    table = lexicon.load()
    seen: dict[str, re.Match] = {}
    for m in published._FIRST_NAME_SPEAKS.finditer(head):
        name = m.group(1)
        flags = table.get(name, 0)
        if not flags & lexicon.FIRST or flags & (lexicon.WORD | lexicon.PLACE) or name in seen:
            continue
        if not colon and head.startswith(":", m.end(1)):
            continue
        if published._WORD_BEFORE.search(head, max(0, m.start() - 30), m.start()):
            continue
        seen[name] = m
        if len(seen) >= enough:
            break
    return list(seen.values())


#: Speakers by a verb and by "Name:" lines, mixed: the same name first on a line and later in prose, full names and
#: surnames that do not count, a place, and more than two speakers.
_SPEAKER_TEXTS = [
    "Edwin: de cijfers zijn binnen.\nSanne: top.\nEdwin stelt voor om het te delen. Sanne vraagt of dat mag.",
    "Edwin: ja\nSanne zegt dat het kan. Mehmet vraagt waarom. Edwin meldt dat het af is.",
    "Marloes vroeg zich af of het kan. Thijs betoogt van niet. Jeroen stelt voor het te laten.",
    "Anna Paul zegt dat het niet genoeg is. Van Dam vraagt meer. Groningen: 40 woningen. Friesland: 25.",
    "Sanne: a\nMehmet: b\nAnna: c\nSanne zegt d. Anna Paul zegt e. Mehmet vraagt f. Anna vraagt g.",
    "Jan-Willem zegt het. Marie-Louise vraagt het. Ab-Anna zegt niets. Éva zegt iets. Zoë vraagt iets.",
    "Thijs zegt het.\nThijs: nog eens.\nThijs vraagt het.",
    "",
    "Geen sprekers hier, alleen tekst.",
]


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("text", _SPEAKER_TEXTS)
def test_speakers_give_what_the_two_readings_gave(text):
    textcache.forget()
    found = published.speakers(text)
    assert _spans(found.with_colon) == _spans(_old_first_names_speaking(text, colon=True))
    assert _spans(found.in_prose) == _spans(_old_first_names_speaking(text, colon=False))
    assert published._first_names_speak(text) == (len(_old_first_names_speaking(text)) >= 2)


def test_speakers_on_the_corpus_as_the_two_readings():
    for text in corpus_texts():
        head = text[:published.HEAD]
        textcache.forget()
        found = published.speakers(head)
        assert _spans(found.with_colon) == _spans(_old_first_names_speaking(head, colon=True)), head[:80]
        assert _spans(found.in_prose) == _spans(_old_first_names_speaking(head, colon=False)), head[:80]
    textcache.forget()


def test_speakers_with_and_without_the_cache():
    """The cached answer is the answer read afresh, and the cache is empty after the text."""
    for text in _SPEAKER_TEXTS:
        textcache.forget()
        cached = published.speakers(text)
        assert published.speakers(text) is cached
        fresh = published._read_speakers(text)
        assert _spans(cached.with_colon) == _spans(fresh.with_colon)
        assert _spans(cached.in_prose) == _spans(fresh.in_prose)
    textcache.forget()
    assert not published._SPEAKERS


#: A club's news with one speaker by a first name: long enough for ``reads_as_published`` to read its private signs
#: (one speaker is none) and with "we" and a meeting for ``documents._members_speak`` (one speaker makes no minutes),
#: so both questions are asked of it.
_ONE_SPEAKER = ("Het bestuur van de vereniging heeft in de vergadering van dinsdag besloten om het festival dit "
                "jaar in september te houden. Thijs betoogt dat de datum gunstig is voor de vrijwilligers. We "
                "hopen op mooi weer en veel bezoekers. Aanmeldingen kunnen naar info@festivalvereniging.nl, waar "
                "ook de agenda voor de volgende bijeenkomst wordt verstuurd aan alle leden van de vereniging.")


def test_speakers_are_read_once_per_text(detector, monkeypatch):
    asked: list[str] = []
    read: list[str] = []
    speakers, read_speakers = published.speakers, published._read_speakers

    def counting_speakers(head):
        asked.append(sys._getframe(1).f_code.co_name)  # who asks
        return speakers(head)

    def counting_read(head):
        read.append(head)
        return read_speakers(head)

    monkeypatch.setattr(published, "speakers", counting_speakers)
    monkeypatch.setattr(published, "_read_speakers", counting_read)
    for _ in range(2):  # the second text is read again: the cache went with the first analysis
        asked.clear()
        read.clear()
        detector.analyze(_ONE_SPEAKER)
        assert {"_first_names_speak", "_members_speak"} <= set(asked)  # both questions were asked ...
        assert len(read) == 1  # ... and the text was read for speakers once
    assert not published._SPEAKERS


def test_members_speak_uses_the_speakers_in_prose():
    """A chat's "Name:" lines are no minutes in prose; the same people by a verb are."""
    textcache.forget()
    chat = "Sanne: we hebben het besproken.\nMehmet: ja, de vergadering was goed.\n"
    assert documents._members_speak(chat, chat.lower()) is None
    prose_minutes = "Sanne stelt voor dat we het bespreken. Mehmet vraagt of de vergadering doorgaat."
    assert documents._members_speak(prose_minutes, prose_minutes.lower()) is not None
    textcache.forget()


# -- published._FIRST_NAME_SPEAKS: the capital first, the look-behind after it ---------------------------------------

_OLD_FIRST_NAME_SPEAKS = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)(?::[ \t]|\s+(?:zegt|zei|vraagt|vroeg|stelt\s+voor|"
    r"stelde\s+voor|betoogt|geeft\s+aan|gaf\s+aan|merkt\s+op|merkte\s+op|licht\s+toe|lichtte\s+toe|meldt|meldde|"
    r"antwoordt|noemt|"
    r"wil\s+graag|neemt\s+contact|pakt\s+(?:dit|het)\s+op|gaat\s+na|zoekt\s+uit|bevestigt|reageert|legt\s+uit)\b)")


@pytest.mark.parametrize("text", [
    "Edwin stelt voor",  # at the start of the text
    "Edwin: ja",
    " Edwin: ja",
    "\nEdwin zegt",
    "x-Edwin zegt",  # after a hyphen: no match
    "-Edwin zegt",
    "Jan-Willem zegt het",  # a double name
    "Jan-willem zegt het",
    "Ab-Anna zegt",
    "3Edwin zegt",  # after a digit: no match
    "12 Edwin zegt",
    "_Edwin zegt",
    "aEdwin zegt",
    "ÉEdwin zegt",
    "Éva zegt",  # an accented capital is no [A-Z]: the name starts after it, where a letter stands before it
    "Zoë vraagt",
    "Anaïs meldt",
    "Chloé: hoi",
    "(Edwin zegt)",
    "'Edwin' zegt",
    "Edwin zegtje",
    "Edwin\tlegt uit",
    "Thijs:\tok. Sanne: ja. Mehmet vroeg het. Anna Paul zegt",
    "E zegt",
    "EE zegt",
    "",
])
@pytest.mark.parametrize("start", [0, 1, 3])
def test_first_name_speaks_as_before(text, start):
    new, old = published._FIRST_NAME_SPEAKS, _OLD_FIRST_NAME_SPEAKS
    assert _spans(new.finditer(text, start)) == _spans(old.finditer(text, start))
    for pos in range(len(text) + 1):
        m, o = new.match(text, pos), old.match(text, pos)
        assert (m and (m.span(), m.groups())) == (o and (o.span(), o.groups())), pos


# -- nl_case_number_recognizer: the id keys from one list of stems, the client's ids read once ------------------------

def test_id_keys_are_the_patterns_they_were():
    from detectors.recognizers import nl_case_number_recognizer as rec

    assert rec._ID_FIELD.pattern == (r"(?:client|cliënt|patient|patiënt|klant|case|dossier|zaak)"
                                     r"(?:id|nummer|nr|number|no)|identifier\.value")
    assert rec._CLIENT_ID_FIELD.pattern == r"(?:client|cliënt|patient|patiënt|klant)(?:id|nummer|nr|number|no)"
    assert rec._ID_STEMS == ("client", "cliënt", "patient", "patiënt", "klant", "case", "dossier", "zaak",
                             "identifier")


#: A client's record without a name field, with a note about someone: its client id counts.
_CLIENT_RECORD = ('{"client_id": "test-client-001", "notes": "Meneer slaapt slecht en eet weinig sinds vorige week, '
                  'zegt zijn dochter."}')


@pytest.mark.parametrize("text, expected", [
    (_CLIENT_RECORD, {(15, 30)}),
    (_CLIENT_RECORD.replace("client_id", "case_id"), set()),  # a case's id alone: a test suite's
    ('{"client_id": "test-client-001", "status": "open"}', set()),  # no note about someone
])
def test_client_ids_are_read_once(monkeypatch, text, expected):
    from detectors.recognizers import nl_case_number_recognizer as rec

    keys = []
    field_values = rec.field_values

    def counting(text, stems, key):
        keys.append(key)
        return field_values(text, stems, key)

    monkeypatch.setattr(rec, "field_values", counting)
    assert rec._record_ids(text) == expected
    assert keys.count(rec._CLIENT_ID_FIELD) == 1  # (each text reaches the question whether it is a client's id)
    textcache.forget()


# -- categories.documents: "we" in one place ---------------------------------------------------------------------------

def test_we_patterns_are_the_patterns_they_were():
    assert documents._WE.pattern == r"\b(?:we|wij)\b"
    assert documents._WE_DISCUSSED.pattern == (
        r"\b(?:we|wij)[ \t]+(?:[a-zà-ÿ]+[ \t]+){0,3}?(?:besproken|afgesproken|besloten|afspraken)\b"
        r"|\bbesproken[ \t]+(?:hebben|hadden)\b")
