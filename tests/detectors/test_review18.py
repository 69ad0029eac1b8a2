"""The eighteenth review's mends: each keeps the detector's output as it was.

- ``health._of_the_institution``: a care institution as an organisation (its board, someone's workplace, someone
  named "van het ziekenhuis") in one function and one pattern with named parts, gives what the three separate
  tests gave; ``_INSTITUTION_WORD`` and ``_CARE_PLACES`` read one word list.
- ``health._RESEARCH_TOPIC``, gated by its words (``detectors/regexgate.py``), answers as the bare pattern did.
- ``documents._MEETING_LABEL`` reads its labels from ``_GROUP`` (the one list of them): the same matches.
"""
from __future__ import annotations

import re
from itertools import product

from detectors.categories import documents, health
from tests.helpers.findings import ContextWithPersons

# -- health: the institution as an organisation, one function ---------------------------------------------------------

# The three patterns as they were (written out: the old code, compared with the new).
_OLD_OF_THE_INSTITUTION = re.compile(
    r"(?i)\b(?:bestuur|toezicht|commissarissen|directie|directeur|directrice|bestuurders?|bestuursvoorzitter|leiding|"
    r"management|woordvoerder|woordvoerster|werknemers|"
    r"toekomst|medewerkers|personeel|organisatie|financiën|begroting|fusie|gebouw|nieuwbouw|verbouwing|opening|"
    r"jubileum|geschiedenis|ondernemingsraad|besluit|beslissing|keuze|plannen|beleid|board|future|staff|decision|"
    r"policy)[ \t]+(?:van|bij|of)[ \t]+(?:het|de|dit|deze|ons|onze|"
    r"een|the|our)[ \t]+(?:[\w-]+[ \t]+)?$")
_OLD_WORKS_AT = re.compile(
    r"(?i)\b(?:werkt|werkte|werkten|werken|werkzaam|in[ \t]+dienst|vertrekt|vertrok|vertrokken|vertrekken|stopt|stopte|"
    r"solliciteert|solliciteerde|aan[ \t]+de[ \t]+slag|loopt[ \t]+stage|liep[ \t]+stage|stage[ \t]+loopt)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:bij|in|op|van)[ \t]+(?:het|de|dit|deze|ons|onze|een)[ \t]+(?:[\w-]+[ \t]+)?$")
_OLD_INSTITUTION_WORD = re.compile(r"(?:ziekenhuis|kliniek|polikliniek|hospital)\b", re.I)
_OLD_OF_THE = re.compile(r"[ \t]+(?:van|of)[ \t]+(?:het|de|the)[ \t]+$")
_OLD_CARE_PLACES = re.compile(r"(?:ziekenhuis|kliniek|ggz|hospital|clinic|crisisdienst|" + health._JOBS + r")$")


def _old(text: str, lo: int, ts: int, ctx) -> bool:
    m = _OLD_OF_THE.search(text, lo, ts)
    someone = m is not None and _OLD_INSTITUTION_WORD.match(text, ts) is not None and \
        ctx.persons.inside(m.start() - 1, m.start())
    return (_OLD_OF_THE_INSTITUTION.search(text, lo, ts) is not None or someone
            or _OLD_WORKS_AT.search(text, lo, ts) is not None)


_BEFORE = [
    "", "De ", "Volgens ", "de toekomst", "De Toekomst", "het bestuur", "BESTUUR", "Raad van Bestuur",
    "de financiën", "de financien", "the board", "the future", "werknemers", "bestuurders", "leiding",
    "Hij werkt al jaren", "zij werkte", "ze is in dienst", "in  dienst", "vertrok\tgisteren", "ging aan de slag",
    "loopt stage", "Stage loopt", "solliciteerde vorige week", "werkt nu echt al heel lang", "werkzaam",
    "vertelt Joost Verkerk", "zegt Anna-Lena Vermeulen-Dijk", "aldus Émile Brontë", "says John Smith",
    "Jan", "mijn broer werkt", "werkt-", "ex-werknemer", "doet onderzoek", "de\nbestuur",
]
_LINK = [" van het ", " bij de ", " of the ", " of our ", " in de ", " op het ", " van dit ", " bij een ",
         " Van Het ", " VAN HET ", "  van  het  ", "\tvan\tde\t", " van het nieuwe ", " bij het oude\t",
         " van het \n", " van ", " naar het ", " van de grote nieuwe ", " of ", " ", "\n"]
_TERM = ["ziekenhuis", "Ziekenhuis", "ZIEKENHUIS", "polikliniek", "kliniek", "hospital", "Hospital", "ggz",
         "psychiatrie", "ziekenhuisopname", "kliniekje", "burn-out", "kanker"]


def test_of_the_institution_as_before():
    checked = 0
    for before, link, term in product(_BEFORE, _LINK, _TERM):
        for lead in ("", "Gisteren. ", "x" * 70 + " "):
            text = lead + before + link + term + " is groot."
            ts = len(lead + before + link)
            # a name ending right before the link (where the old _someone_of looked), one elsewhere, none
            for spans in ([], [(len(lead), len(lead + before))], [(0, 1)]):
                ctx = ContextWithPersons(spans)
                for s in (0, len(lead)):
                    lo = max(s, ts - 60)
                    assert health._of_the_institution(text, lo, ts, ctx) == _old(text, lo, ts, ctx), (text, spans)
                    checked += 1
    assert checked > 10_000


def test_one_word_list_for_institutions():
    words = ["ziekenhuis", "polikliniek", "kliniek", "hospital", "Hospital", "ggz", "clinic", "crisisdienst",
             "huisarts", "psycholoog", "fysiotherapeut", "psychiater", "kliniekje", "ziekenhuizen", "ziekenhuis-",
             "academisch ziekenhuis", "ggz-instelling", "de polikliniek", "poli", "", "hospitality", "é-kliniek"]
    for w in words:
        for text in (w, w.upper(), w + " x", "x " + w):
            assert bool(health._CARE_PLACES.search(text)) == bool(_OLD_CARE_PLACES.search(text)), text
            for ts in (0, 2):
                assert (health._INSTITUTION_WORD.match(text, ts) is None) == \
                    (_OLD_INSTITUTION_WORD.match(text, ts) is None), text


# -- health: the research topic, gated by its words -------------------------------------------------------------------

_OLD_RESEARCH_TOPIC = re.compile(
    r"(?i)\b(?:onderzoekt[ \t]+(?:hoe|waarom|wat|of)|(?:doet|deed|leidt|leidde|doen|deden)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"onderzoek[ \t]+naar|research(?:es|ed|ing)?[ \t]+(?:into|on)|stud(?:ies|ied|y|ying)[ \t]+(?:how|why|what|whether)"
    r"|(?:is|zijn|are)[ \t]+(?:gespecialiseerd|specialized|specialised)[ \t]+in)"
    r"[ \t]+(?:(?!(?:zijn|haar|hun|mijn|his|her|their|my)[ \t])[\w-]+[ \t]+){0,3}$")

_TOPIC_BEFORE = [
    "Zij onderzoekt hoe ", "Hij ONDERZOEKT WAAROM ", "Het team doet al jaren onderzoek naar ", "deed onderzoek naar de ",
    "doet onderzoek naar zijn ", "She studies how ", "He studied why chronic ", "leads research into ",
    "researches on the early ", "Zij is gespecialiseerd in ", "They are specialised in ", "is specialized in her ",
    "Onderzoek naar ", "onderzoeker ", "Studies tonen aan dat ", "student met ", "Mijn ", "", "\n", "ik heb ",
    "onderzoekt hoe\n", "doet onderzoek-naar ", "doet\tonderzoek\tnaar\t", "onderzoekt of één oude ",
    "İnstituut doet onderzoek naar ", "ſtudies how ", "zijn gespecialiseerd in   ",
]
_TOPIC_TERM = ["astma", "Astma", "epilepsie", "dementia", "hypertension", "ziekte van Crohn", "burn-out"]


def test_research_topic_gated_as_before():
    for before, term in product(_TOPIC_BEFORE, _TOPIC_TERM):
        for lead in ("", "Een zin ervoor. ", "woord " * 40, "onderzoek " + "x" * 250 + ". "):
            for tail in ("", " ontstaat." + " Meer tekst." * 20):
                text = lead + before + term + tail
                ts = len(lead + before)
                for s in (0, len(lead)):
                    lo = max(s, ts - 60)
                    assert (health._RESEARCH_TOPIC.search(text, lo, ts) is None) == \
                        (_OLD_RESEARCH_TOPIC.search(text, lo, ts) is None), text


# -- documents: the meeting labels read from _GROUP -------------------------------------------------------------------

_OLD_MEETING_LABEL = re.compile(
    r"(?m)^[ \t]{0,20}(?:[|#>]{1,6}[ \t]{0,30})?(?:[-*][ \t]+)?(?:\*\*|__)?"
    r"(?:[a-z]?\d{1,2}(?:\.\d{1,2}){0,2}[.)]?[ \t]+)?"
    r"(aanwezig(?:en)?|niet aanwezig|afwezig|afgemeld|met kennisgeving afwezig|verhinderd|present|absent|"
    r"attendees|invitees|vergaderpunten|bespreekpunten|"  # (the labels added in the twenty-third round)
    r"apologies|notulist|notulen|voorzitter|actiepunten|actielijst|acties|action items|action points|"
    r"afspraken|gemaakte afspraken|besluiten(?:lijst)?|decisions|rondvraag|mededelingen|sluiting|"
    r"opening(?: en mededelingen)?|vaststellen(?: van)?(?: de)? agenda|vaststelling agenda|agenda|"
    r"volgend overleg|volgende vergadering|next meeting|verslag vorige vergadering|wvttk|"
    r"wat verder ter tafel komt|"
    r"chair|minute[ -]?taker|minutes|note[ -]?taker|announcements|talking points|points of action|question round|"
    r"any other business|aob|closure)[ \t]*"
    r"(?:\(_*\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?[ \t]*(?:min|minutes|minuten)\.?_*\)[ \t]*)?"
    r"(?::|(?:\*\*|__)[ \t]*(?::|\||$)|\||$)")


def _label_matches(pattern, text):
    return [(m.span(), m.group(1)) for m in pattern.finditer(text)]


def test_meeting_labels_from_group_as_before():
    words = [*documents._LABEL_GROUP, "vaststellen van agenda", "vaststellen  agenda", "aanwezige", "agendapunt",
             "minute  taker", "minute_taker", "note–taker", "opening en", "besluitenlijstje", "actie", "ao", "", "x"]
    heads = ["", "  ", "## ", "| ", "> ", "- ", "* ", "**", "- **", "__", "1. ", "a1.2) ", "12 ", "#\t", "-"]
    tails = [":", " :", "**:", "** |", "|", "", " (10 min):", " (_5-10 minuten_)", "**", "__ :", " en", "s:",
             "-", " x:", "\n", ":\n"]
    lines = [head + word + tail for word in words for head in heads for tail in tails]
    for i in range(0, len(lines), 97):
        chunk = lines[i:i + 97]
        for text in ("\n".join(chunk), "\r\n".join(chunk), "Verslag\n" + "\n".join(chunk) + "\nnoot " * 50):
            low = text.lower()
            assert _label_matches(documents._MEETING_LABEL, low) == _label_matches(_OLD_MEETING_LABEL, low)
    # (upper case reaches the pattern lowered, as in _minutes; a raw upper-case text must still agree)
    text = "\n".join(line.upper() for line in lines[:500])
    assert _label_matches(documents._MEETING_LABEL, text) == _label_matches(_OLD_MEETING_LABEL, text)
    assert len(_label_matches(_OLD_MEETING_LABEL, "\n".join(lines))) > 2_000
