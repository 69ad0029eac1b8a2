"""One reader of the writers of a pasted chat (detectors.names.chat), used by the name finder and
by the chat-speaker recognizer.

All texts are invented for this test: chats of every shape (a WhatsApp export, bracketed times,
Teams and Slack with the writer on a line of its own, colons without times, a meeting transcript)
and texts whose lines open with a word and a colon but that are no chat (an e-mail header, a list
of notes, labels, a FAQ, a cast list).
"""
# ruff: noqa: E501  (the texts are data, one line each)
import pytest

SHAPES = {
    "whatsapp": "12-03-25 09:14 - Sanne: zijn de dossiers van vandaag al verdeeld?\n12-03-25 09:16 - Mehmet: nee, dat doet wouter straks\n12-03-25 09:17 - Sanne: ok dank je",
    "whatsapp_bracket": "[12-03-25, 09:14] Sanne: zijn de dossiers al verdeeld?\n[12-03-25, 09:16] Mehmet: nee nog niet",
    "bracket_lower": "[09:12] jeroen: wie pakt de terugbelverzoeken op?\n[09:13] annelies: ik, na de lunch\n[09:20] jeroen: top",
    "bracket_caps": "[08:02] Kevin: Wie heeft vandaag dienst?\n[08:05] Mirjam: Ik, tot drie uur.",
    "time_plain": "09:14 Sanne: goedemorgen allemaal\n09:15 Joost: morgen, koffie?",
    "teams": "Jeroen Bakker 09:12\nkan iemand de klant van gisteren terugbellen?\nFleur de Wit 09:14\nik doe het na het overleg",
    "teams_bracket": "[10:02] Noor Bakker\nweet iemand waar de sleutel ligt?\n[10:03] Sem Visser\nbij de balie",
    "slack": "sanne  9:12 AM\nwie heeft de notulen van vanochtend?\nbram  9:14 AM\nstaan in de teamsite",
    "colon": "Kevin: wie heeft vandaag dienst?\nMirjam: ik, tot drie uur\nKevin: dank je",
    "colon_lower": "ruud: heb jij de map van dhr. Kaya?\nmarit: ligt in de kast\nruud: top",
    "unknown_writer": "Zandrine: heb jij het dossier al gezien?\nGerdien: nee, komt morgen\nZandrine: top",
    "word_writers": "Roos: ben je er morgen?\nMark: nee, ik ben vrij\nRoos: dan neem ik het over",
    "transcript": "Spreker 1: goedemorgen, zullen we beginnen?\nSpreker 2: ja, ik heb de cijfers bij me\nSpreker 1: prima",
    "email": "Van: Petra Smit\nAan: team\nOnderwerp: rooster volgende week\n\nHoi allemaal,\n\nhet rooster staat online.\n\nGroet,\nPetra",
    "let_op": "Let op: de deadline is vrijdag.\nLet op: lever het formulier digitaal in.\nTip: begin op tijd.",
    "labels": "Doel: de wachttijd halveren\nDoel: minder terugbelverzoeken\nNoot: cijfers van 2024",
    "faq": "Vraag: hoe vraag ik WW aan?\nAntwoord: via werk.nl, met uw DigiD.\nVraag: wanneer hoor ik iets?\nAntwoord: binnen vier weken.",
    "cast": "Alt: Diny Boeve\nBas: Hein Mol, Bertus van Ooijen\nÉlise: Sanne Kalkman\nFrosine: Ria Schouten",
    "one_word_writer": "Roos: een plant uit de rozenfamilie.\nRoos: ook een meisjesnaam.",
    "agenda": "09:30 Inloop met koffie\n10:00 Opening door de voorzitter\n10:15 Pauze",
    "one_line": "Jan: de eerste man op de maan was geen Nederlander.",
    "form_caps": "FORMULIER WIJZIGING\nIBAN: NL02ABNA0123456789\nTEL: 0612345678\nREDEN: VERHUISD",
}

#: The first names the chat-speaker recognizer reports, in order.
SPEAKERS = {
    # (before the one reader the recognizer missed the date and the dash of an export)
    "whatsapp": ["Sanne", "Mehmet", "Sanne"],
    "whatsapp_bracket": ["Sanne", "Mehmet"],
    "bracket_lower": ["jeroen", "annelies", "jeroen"],
    "bracket_caps": ["Kevin", "Mirjam"],
    "time_plain": ["Sanne", "Joost"],
    "teams": [],
    "teams_bracket": [],
    "slack": [],
    "colon": ["Kevin", "Mirjam", "Kevin"],
    "colon_lower": ["ruud", "marit", "ruud"],
    # (a writer no list knows shows a chat; before, only the finder counted its lines)
    "unknown_writer": ["Gerdien"],
    "word_writers": ["Roos", "Mark", "Roos"],
    "transcript": [], "email": [], "let_op": [], "labels": [], "faq": [], "cast": [], "one_word_writer": [],
    "agenda": [], "one_line": [], "form_caps": [],
}

#: The names the name finder reports.
FINDER = {
    "whatsapp": {"Sanne", "Mehmet", "wouter"},
    "whatsapp_bracket": {"Sanne", "Mehmet"},
    "bracket_lower": {"jeroen", "annelies"},
    "bracket_caps": {"Kevin", "Mirjam"},
    "time_plain": {"Sanne", "Joost"},  # (a saint's place only as "Sint Joost": alone, a first name)
    "teams": {"Jeroen Bakker", "Fleur de Wit"},
    "teams_bracket": {"Noor Bakker", "Sem Visser"},
    "slack": {"sanne", "bram"},
    "colon": {"Kevin", "Mirjam"},
    "colon_lower": {"ruud", "marit", "dhr. Kaya"},
    "unknown_writer": {"Gerdien"},
    "word_writers": set(),
    "transcript": set(), "email": {"Petra Smit", "Petra"}, "let_op": set(), "labels": set(), "faq": set(),
    "cast": {"Diny Boeve", "Hein Mol", "Bertus van Ooijen", "Sanne Kalkman", "Ria Schouten"},
    "one_word_writer": set(), "agenda": set(), "one_line": set(), "form_caps": set(),
}

#: The persons the whole detector reports.
DETECTOR = {
    **FINDER,
    "word_writers": {"Roos", "Mark"},
}


#: What the one reader reads: (writers, first words before a colon, first words on a line of their own).
READER = {
    "whatsapp": ({"sanne", "mehmet"}, ["Sanne", "Mehmet", "Sanne"], []),
    "whatsapp_bracket": ({"sanne", "mehmet"}, ["Sanne", "Mehmet"], []),
    "bracket_lower": ({"jeroen", "annelies"}, ["jeroen", "annelies", "jeroen"], []),
    "bracket_caps": ({"kevin", "mirjam"}, ["Kevin", "Mirjam"], []),
    "time_plain": ({"sanne", "joost"}, ["Sanne", "Joost"], []),
    "teams": ({"jeroen", "fleur"}, [], ["Jeroen", "Fleur"]),
    "teams_bracket": ({"noor", "sem"}, [], ["Noor", "Sem"]),
    "slack": ({"sanne", "bram"}, [], ["sanne", "bram"]),
    "colon": ({"kevin", "mirjam"}, ["Kevin", "Mirjam", "Kevin"], []),
    "colon_lower": ({"ruud", "marit"}, ["ruud", "marit", "ruud"], []),
    "unknown_writer": ({"gerdien"}, ["Gerdien"], []),
    "word_writers": ({"roos", "mark"}, ["Roos", "Mark", "Roos"], []),
    # no chat: a label, a speaker number, an e-mail header, a FAQ, a cast list, a form in capitals
    **{shape: None for shape in ("transcript", "email", "let_op", "labels", "faq", "cast", "one_word_writer",
                                 "agenda", "one_line", "form_caps")},
}


@pytest.fixture(scope="module")
def lex():
    from detectors.names.tokens import Lex

    return Lex()


@pytest.mark.parametrize("shape", SHAPES)
def test_what_the_one_reader_reads(lex, shape):
    from detectors.names.chat import chat_writers

    text = SHAPES[shape]
    chat = chat_writers(text, lex)
    if READER[shape] is None:
        assert chat is None
        return
    writers, speakers, heads = READER[shape]
    assert set(chat.writers) == writers
    assert [text[s:e] for s, e in chat.speakers] == speakers
    assert [text[s:e] for s, e in chat.heads] == heads


def test_a_long_chat_has_speakers_after_the_part_that_is_read_whole():
    # whether a text is a chat is read in its first 20,000 characters; its writers count to its end
    from detectors.names.chat import HEAD
    from detectors.recognizers.nl_chat_speaker_recognizer import NlChatSpeakerRecognizer

    unit = "[09:12] Jeroen: is de klant al teruggebeld?\n[09:13] Annelies: nee, dat doe ik zo\n"
    text = unit * (HEAD // len(unit) + 5) + "[17:02] Annelies: klaar, tot morgen\n10:03 Jeroen: top"
    found = NlChatSpeakerRecognizer().analyze(text, ["PERSON"])
    assert [text[r.start:r.end] for r in found[-2:]] == ["Annelies", "Jeroen"]
    assert len({(r.start, r.end) for r in found}) == len(found)  # no line read twice


@pytest.mark.parametrize("unit", ["Tom: a\n", "[09:12] sanne: hoi\n", "Jan de Vries 09:12\n", "x:" * 40 + "\n"])
def test_a_megabyte_of_chat_lines_stays_cheap(recognizer, unit, cpu_limit):
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    with cpu_limit(2.0):
        recognizer.analyze(text, ["PERSON"])


@pytest.fixture(scope="module")
def finder():
    from detectors.names.finder import NameFinder

    return NameFinder()


@pytest.fixture(scope="module")
def recognizer():
    from detectors.recognizers.nl_chat_speaker_recognizer import NlChatSpeakerRecognizer

    return NlChatSpeakerRecognizer()


@pytest.mark.parametrize("shape", SHAPES)
def test_the_speakers_the_recognizer_reports(recognizer, shape):
    text = SHAPES[shape]
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])] == SPEAKERS[shape]


@pytest.mark.parametrize("shape", SHAPES)
def test_the_names_the_finder_reports(finder, shape):
    text = SHAPES[shape]
    assert {text[h.start:h.end] for h in finder.find(text)} == FINDER[shape]


@pytest.mark.parametrize("shape", SHAPES)
def test_the_persons_the_detector_reports(detector, shape):
    text = SHAPES[shape]
    assert {text[f.start:f.end] for f in detector.analyze(text).findings if f.type == "PERSON"} == DETECTOR[shape]
