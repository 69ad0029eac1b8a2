"""Find names of natural persons in Dutch (and English) text, without a statistical model.

One pass over the tokens finds *chunks*: runs of capitalised words, tussenvoegsels, initials and
titles on one line ("mr. drs. P.J. de Graaf-Tromp", "Jeroen de Wit", "Bouzid, N. (Nadia)").
Each chunk is scored from what the name lists say about its words (first name, surname, ordinary
word, place) and from what stands around it: a title, a greeting ("Hoi Sanne,"), a sign-off
("Groet,\\nAhmed"), a field label ("Naam:", "Van:"), a person word ("collega", "cliënt").
A name found once with good evidence is then also found where it stands alone ("Kim geeft aan").

Names of public officials in their public role are left out: right after an office
("minister Van Gennip", "Kamerlid X"), with a party in brackets ("Dijkhuizen (CDA)"), under a
minister's signature ("De Minister van ...,\\n\\nR.J. Verhoeven"), or with a board role behind
them ("X, lid van de Raad van Bestuur van UWV").

Everything is linear in the length of the text: one regex tokenizer, set and dict look-ups, and
look-behind/ahead windows of a few tokens.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress, count, islice, product, repeat
from operator import attrgetter, eq, itemgetter, or_
from typing import NamedTuple

from detectors import textcache
from detectors.regexgate import gated, matches_at
from detectors.names import lexicon as lx
from detectors.names.context import CASEWORK, ROLE_ENDINGS, NameContext, role_lists_blocked
from detectors.names import chat as chat_names
from detectors.names.recase import recase
from detectors.names.tokens import (
    DICT,
    Lines,
    Tok,
    is_cap,
    is_initial_letters,
    is_word_token,
    shared_lex,
    tokenize,
)
from detectors.names.words import (
    AND_WORDS,
    ARTICLE_TV,
    COMPASS,
    FIRM_NOUN_ENDINGS,
    FIRM_TAILS,
    PERSON_SHAPED_FIRMS,
    REGIONS,
    DUTCH_TV,
    FIRM_SUFFIXES,
    GREETINGS,
    LABELS,
    LIST_LABELS,
    NOT_PERSON_SUFFIXES,
    OFFICE_SET,
    ORG_WORDS,
    PERSON_WORDS,
    PREPOSITION_TV,
    cites_publication,
    looks_private,
    R_CHAT,
    R_CHAT_NAME,
    R_ADDRESS,
    R_CONTEXT,
    R_FIRST,
    R_FULL,
    R_GREETING,
    R_INITIALS,
    R_INVERTED,
    R_LABEL,
    R_MENTION,
    R_OWNER,
    R_REPEAT,
    R_ROSTER,
    R_SURNAME_FIRST,
    R_TITLE,
    STOP,
    STREET_WORDS,
    TITLES,
    TUSSENVOEGSELS,
    names_a_thing,
)

MIN_REPORT = 0.5
#: An item of an action list in minutes: "- Helder: rooster aanpassen", "• Roos: mail sturen".
OWNER_ITEM = re.compile(r"[ \t]*[-–•*][ \t]+([A-Z][^\W\d_]{1,20}):[ \t]+\S")


#: Documents and requests of a person: "Klacht van <name>", "Verzoek van <name>".
DOC_WORDS = frozenset({
    "aanvraag", "klacht", "bezwaar", "bezwaarschrift", "beroep", "verzoek", "melding", "ziekmelding",
    "hersteldmelding", "aanmelding", "afmelding", "brief", "mail", "e-mail", "bericht", "reactie", "vraag",
    "verklaring", "machtiging", "terugbelverzoek", "opzegging", "sollicitatie", "dossier", "gesprek",
    "verslag", "notitie", "uitnodiging", "voorstel", "wijziging", "opgave", "inschrijving",
})


_QUOTING_VERBS = frozenset({"zegt", "zei", "says", "said", "meldt", "meldde", "laat", "liet"})
#: Things of a person, not bodies: "het dossier van X", "een terugbelverzoek voor X".
_THINGS_OF = ("dossier", "plan", "aanvraag", "verzoek", "gegevens", "uitkering", "brief", "mail", "bericht",
              "gesprek", "afspraak", "verslag", "formulier", "klacht", "bezwaar", "melding", "verhuizing",
              "contract", "salaris", "betaling", "adres", "situatie", "handtekening", "ziekmelding", "rooster",
              # the people of a person: "de werkgever van X", "de zoon van X"
              "werkgever", "partner", "zoon", "dochter", "moeder", "vader", "broer", "zus", "echtgenoot",
              "echtgenote", "ouders", "kinderen", "begeleider", "mentor")
#: Finite verbs right after a subject: "Reem heeft ...", "Mirjam called in sick".
_SUBJECT_VERBS = frozenset({
    "heeft", "had", "is", "was", "komt", "kwam", "gaat", "ging", "belt", "belde", "zegt", "zei", "wil",
    "wilde", "kan", "kon", "moet", "moest", "zal", "zou", "meldt", "meldde", "vraagt", "vroeg", "neemt",
    "nam", "werkt", "werkte", "begint", "begon", "stuurt", "stuurde", "mailt", "mailde", "laat", "liet",
    "has", "had", "is", "was", "called", "calls", "said", "says", "will", "would", "can", "could",
    "asked", "asks", "sent", "wants", "wanted",
})
#: Imperatives that take a person as their object, at the start of a sentence of a note or a chat: the capitalised
#: verb is not part of the name after it ("Bel" and "Stuur" are surnames too).
_CONTACT_IMPERATIVES = frozenset({"bel", "mail", "app", "vraag", "stuur", "laat", "help", "informeer", "herinner",
                                  "bedank", "feliciteer", "geef", "zeg", "vertel", "waarschuw", "nodig", "contacteer",
                                  "sms", "whatsapp", "spreek", "tag", "betrek",
                                  # "Breng X op de hoogte", "Verwijs X naar", "Schakel X in", "Meld X aan"
                                  "breng", "stel", "houd", "hou", "verwijs", "schakel", "raadpleeg", "begeleid",
                                  "neem", "meld", "wijs"})
#: Verbs of a note about a person, right after its subject ("Jan vindt", "Roos geeft aan").
_NOTE_VERBS = frozenset({
    "heeft", "had", "is", "was", "komt", "kwam", "gaat", "ging", "belt", "belde", "wil", "wilde", "kan", "kon",
    "moet", "moest", "vindt", "vond", "merkt", "merkte", "blijft", "bleef", "werd", "wordt", "geeft", "gaf",
    "voelt", "voelde", "vertelt", "vertelde", "reageert", "reageerde", "denkt", "dacht", "weet", "wist", "zit",
    "zat", "ligt", "lag", "slaapt", "sliep", "loopt", "liep", "krijgt", "kreeg", "rapporteert", "ervaart",
    "oogt", "oogde", "lijkt", "leek", "doet", "deed", "woont", "woonde", "werkt", "werkte", "meldt", "meldde",
})


#: A capitalised word that stands alone: "met Markus." (inside a sentence), ". Markus is" (opening
#: one). With a capitalised word right after it is part of a longer name, not alone.
# (the capital first and the look behind it after it: the regex engine then skips quickly to capitals)
_ALONE_CAP = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]{2,}(?![\w-])(?![ \t]+[A-Z])")
#: (a tussenvoegsel counts only after a name: "Jan van Dijk", not "de begeleiding van Jozefien")
# (both: each capital or word first and "\b" as a look behind it: the regex engine then skips quickly)
_CAP_BEFORE = re.compile(r"(?:[A-Z](?<!\w[A-Z])[\w'’-]*|[A-Z](?<!\w[A-Z])\.(?:[A-Z]\.)*)"
                         r"(?:[ \t]+(?:van|de|der|den|ter|ten|te|het))*[ \t]+$")
_TV_BEFORE = re.compile("(?:" + "|".join(w[0] + r"(?<!\w" + w[0] + ")" + w[1:]
                                         for w in ("van", "de", "der", "den", "ter", "ten", "te", "het")) + r")[ \t]+$")
#: A day number after a word, as English dates write it after a month's abbreviation ("Jan 30", "Jan 3, 2025"):
#: the day alone at the end of its line or before a year.
_DAY_AFTER = re.compile(r"[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:[ \t]*$|,?[ \t]+(?:19|20)\d{2}\b)", re.M)
#: The English abbreviations of months that lists also know as names.
_MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                                  "Nov", "Dec"})
#: A capitalised word right before a verb that only a person does: "Neshwa voelt zich", "Ruweida geeft aan". Software
#: and products in a note do things ("Zorgmail geeft een foutmelding", "Topdesk slaat niets op"), they do not feel or tell.
# (the capital first and the look behind it after it: the regex engine then skips quickly to capitals;
# tests/detectors/test_regex_first_char.py compares it with the pattern that opened with "(?<![\w-])")
_FEELS = re.compile(r"([A-Z](?<![\w-][A-Z])[a-zà-ÿ]{3,20})[ \t]+(?:vertelt|vertelde|voelt|voelde|vindt|vond|denkt|dacht|zegt|"
                    r"zei|huilt|huilde|lacht|lachte|slaapt|sliep|ervaart|ervoer|merkt|merkte|geeft[ \t]+aan|gaf[ \t]+aan)\b")
_QUOTED = re.compile(r"[’'\"”],?[ \t]+(?:zegt|zei|vertelt|vertelde|aldus|lacht|lachte|legt|legde|vindt|vond)\b")
#: The word after a capitalised word ("Dawit werkt").
_VERB_AFTER = re.compile(r"[ \t]+([a-z]+)\b")

#: First words of :data:`PERSON_SHAPED_FIRMS` (a set look-up before any string is built).
_FIRM_FIRST_WORDS = frozenset(name.split()[0] for name in PERSON_SHAPED_FIRMS)


#: The plural of a title before a list of surnames: "de heren Goos en Verver".
_PLURAL_TITLES = frozenset({"heren", "dames", "mevrouwen", "messieurs"})
#: The titles that address one person ("mevrouw", "dhr."): one inside a name starts the next person's name ("Piet de
#: Heer" is a surname; "de heer" in lower case is not).
_ADDRESS_TITLES = frozenset({"mevrouw", "mevr", "mw", "meneer", "mijnheer", "heer", "dhr", "hr"})
_NAME_PARTS = frozenset({"cap", "init", "given"})
#: The words of a church or a parish, also at the end of a compound ("parochiekerk", "Mariakapel").
_CHURCH_WORDS = frozenset({"parochie", "kerk", "kapel", "basiliek", "kathedraal", "abdij", "klooster", "mariakapel"})

# a list item in markdown or plain text: its bullet, a heading's hashes or a table's bars
_ITEM_HEAD = re.compile(r"^[ \t]*(?:#{1,6}|[-*•+]|\|)?[ \t]*")
_NAME_LINE = re.compile(r"^[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,4}$")
#: a line (read with a line break before it) that opens with the mark of a heading, an item or a table
_ITEM_LINE = re.compile(r"\n[ \t]*[-#*•+|]")
#: a line (read with line breaks around it) of two to five words of letters, without such a mark
_NAME_LINE_ANY = re.compile(r"\n[ \t]*[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,4}[ \t|]*(?=\n)")
# "- (Cedric) Weekrapport aangevuld: 1u", "* Kanbanbord (Lennert)": who did or does an item
_BRACKET_OWNER = re.compile(r"^[ \t]*[-*•+][ \t]+(?:\(([^()\n]{2,60})\)[ \t]+\S|[^()\n]*\S[ \t]+\(([^()\n]{2,60})\)[ \t]*$)")
# the spelling alphabet: in a text that uses several of its words, they name servers, teams or
# call signs ("Charlie1 => dns server", "Team Oscar"), not people
_CALLSIGNS = frozenset({"alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
                        "juliet", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
                        "sierra", "tango", "uniform", "victor", "whiskey", "whisky", "yankee", "zulu"})
#: (a quick scan for the words of the alphabet, capitalised: where it finds fewer than four
#: different ones, _CALLSIGN_WORD finds fewer too; the longest first, so "Juliett" is not "Juliet")
_CALLSIGN_ANY = re.compile("|".join(sorted((w.capitalize() for w in _CALLSIGNS), key=lambda w: (-len(w), w))))
_CALLSIGN_ANY = gated(_CALLSIGN_ANY)  # (a text without its words skips the scan: see detectors/regexgate.py)
_CALLSIGN_WORD = re.compile(r"(?<![\w-])([A-Z][a-z]{3,7})\d{0,3}(?![\w-])")
# a teacher named by the role and surname in the notes of students ("lector Van Vreckem hielp ons")
# (each word as its first letter, then "\b" as a look behind it, then the rest: the regex engine then
# skips quickly to those letters)
_TEACHER_WORDS = ("lector", "lectoren", "docent", "docente", "docenten", "leraar", "lerares", "mentor",
                  "studiebegeleider", "stagebegeleider", "begeleider", "promotor")
_TEACHER = re.compile(r"(?:" + "|".join(w[0] + r"(?<!\w" + w[0] + ")" + w[1:] for w in _TEACHER_WORDS)
                      + r")[ \t]+((?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)[ \t]+)*"
                      r"[A-Z][\w'’-]+)(?![\w'’-]*[ \t]+[A-Z])")
_TEACHER = gated(_TEACHER)  # (a text without its words skips the scan: see detectors/regexgate.py)
# (opens with the set of its first letters, case-insensitive only after them: ``re`` skips to a "w" or an "o" in C;
# tests/detectors/test_regex_first_char.py compares it with "(?i)(?<![\w-])(?:we|wij|ons|onze)(?![\w-])")
_WE = re.compile(r"[WwOo](?<![\w-].)(?i:(?<=[Ww])(?:e|ij)|(?<=[Oo])(?:ns|nze))(?![\w-])")
# the teacher's school or a quote after the name: a public role, as news writes it
_AFFILIATION_AFTER = re.compile(r"[ \t,]+(?:van|aan|bij|uit)[ \t]+(?:de[ \t]+|het[ \t]+)?[A-Z]|[ \t,]+(?:zegt|zei|aldus|vertelt|legt)\b")
# someone says their name in a chat typed in lower case: "ik ben melvin", "heet hij sjon?"
_ADJECTIVE_ENDINGS = ("ig", "lijk", "baar", "isch", "end", "loos", "zaam", "achtig")
# (the first letter first and the look behind it after it: the regex engine then skips quickly to those letters)
_SAYS_NAME = re.compile(r"(?i)[ihm](?<![\w-][ihm])(?:k\s+ben|k\s+heet|eet\s+(?:ik|hij|zij|ze|je|jij)|ijn\s+naam\s+is)"
                        r"[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{2,20})(?![\w'’-])")
_SAYS_NAME = gated(_SAYS_NAME)  # (a text without its words skips the scan: see detectors/regexgate.py)
# the lines of a postal address under a name: a street with its number, a postcode with its town
_STREET_LINE = re.compile(r"^[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}[ \t]+\d{1,5}(?:[ \t]?[a-zA-Z]{1,2})?(?:[ \t]*[-/][ \t]*\w{1,5})?[ \t]*$")
_POSTCODE_LINE = re.compile(r"^[ \t]*\d{4}[ \t]?[A-Z]{2}[ \t]+[A-Z][\w'’ .-]+$")
_POSTCODE_LINES = re.compile(_POSTCODE_LINE.pattern, re.M)  # (the same, on each line of a whole text)
#: the start of a line that may be a postcode line (read with a line break before the text: a
#: quick scan for line breaks; no other line is one)
_POSTCODE_START = re.compile(r"\n[ \t]*\d{4}[ \t]?[A-Z]{2}[ \t]+[A-Z]")
# a building or an estate with a name: that name is no person anywhere in the text ("kasteel de
# Ploen", "de heer van de Magerhorst" is its lord, a title of the place)
#: (the words of _BUILDING_NAME: a text without any of them names no building)
_BUILDING_WORDS = ("kasteel", "kastelen", "slot", "landgoed", "hoeve", "havezate", "buitenplaats", "boerderij",
                   "molen", "villa", "huize", "burcht", "abdij", "klooster")
_BUILDING_NAME = re.compile(r"\b(?:kasteel|kastelen|slot|landgoed|hoeve|havezate|buitenplaats|boerderij|molen|"
                            r"villa|huize|burcht|abdij|klooster)[ \t]+(?:(?:de|het|'t|’t|De|Het)[ \t]+)?([A-Z][\w'’-]+)")


#: Lower-case words that may open a name-shaped run: the titles and "v" (of "v.d."), in one set
#: (only those that are one word token: a word token opens a run, no other kind of token).
_RUN_OPENERS = frozenset(w for w in frozenset(TITLES) | {"v"} if is_word_token(w))


class _CapitalLetter(dict):
    """Whether a token that opens with this character is a word (its first character is a
    letter) opening with a capital: one test per distinct first character (kept across texts: a
    character says nothing of a person)."""

    def __missing__(self, char: str) -> bool:
        out = self[char] = is_word_token(char) and char.isupper()
        return out


_CAPITAL_LETTER = _CapitalLetter()
_FIRST_CHAR = itemgetter(0)
_TOK_TEXT = attrgetter("text")


def _run_starts(toks, texts: list[str] | None = None) -> list[int]:
    """The indexes of the words that may open a name-shaped run: those that open with a capital, and
    the opening words (the tokens ``t`` with ``t.kind == "w" and (t.text[0].isupper() or t.text in
    TITLES or t.text == "v")``). Column by column, without a Python call per token. ``texts``: the
    tokens' texts (:meth:`NameFinder._tok_texts`), when the caller has them."""
    if texts is None:
        texts = list(map(_TOK_TEXT, toks))
    return list(compress(count(), map(or_, map(_CAPITAL_LETTER.__getitem__, map(_FIRST_CHAR, texts)),
                                       map(_RUN_OPENERS.__contains__, texts))))

def _indexes_of(toks, text: str, texts: list[str] | None = None):
    """The indexes of the tokens ``text``, in order (column-wise: no Python step per token). ``texts``: the
    tokens' texts (:meth:`NameFinder._tok_texts`), when the caller has them."""
    return compress(count(), map(eq, map(_TOK_TEXT, toks) if texts is None else texts, repeat(text)))


#: "en", "and" and "&" in every case ("En", "AND"); no other character lowers to these letters.
_JOIN_FORMS = frozenset(v for w in AND_WORDS for v in map("".join, product(*((c.lower(), c.upper()) for c in w))))
#: What parts the items of a list of names: a comma or a word for "and".
_LIST_JOINS = _JOIN_FORMS | {","}
#: An institution's word written bare and in lower case: the name after it is someone the text speaks of ("Na school
#: Emma opgehaald", "namens de stichting Piet de Vries gebeld"); "Stichting Gerard Dou" and "speeltuinvereniging Gerard
#: Dou" name the body.
_BARE_BODIES = frozenset({"school", "stichting", "vereniging", "fonds", "lyceum", "gymnasium"})
#: A sign of minutes: a line of those present or absent, the word "notulen" or its taker, the meeting opened, an item of
#: its agenda ("1. Opening", "5. Rondvraag").
_MINUTES_SIGN = re.compile(r"(?im)^[ \t*#>-]*(?:aanwezig(?:en)?|afwezig(?:en)?|afgemeld)[ \t*]*:"
                           r"|\bnotul(?:en|ist|iste|ant)\b|\bopent\s+de\s+vergadering\b"
                           r"|^[ \t]*\d{1,2}[.)]?[ \t]+(?:opening|mededelingen|rondvraag|sluiting)\b")
_MINUTES_SIGN = gated(_MINUTES_SIGN)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: A first name opening a sentence or an item of minutes, and what that person does there (see ``_minutes_actors``).
#: (the part from the first name on: see _minutes_actor_matches)
_MINUTES_ACTOR_NAME = re.compile(
    r"([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)[ \t]+"
    r"(?:opent|sluit|heet|deelt|merkt|vraagt|meldt|stelt|geeft|zegt|licht|neemt|zorgt|stuurt|maakt|presenteert|"
    r"bespreekt|vertelt|legt|informeert|antwoordt|reageert|benadrukt|belt|mailt|regelt|controleert|onderzoekt|"
    r"vroeg|meldde|stelde|gaf|zei|merkte|lichtte|nam|stuurde|presenteerde|vertelde|legde)\b")
_MINUTES_ACTOR = re.compile(r"(?:^|(?<=[.!?;:])[ \t]+|(?<=\n))(?:[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+)?"
                            + _MINUTES_ACTOR_NAME.pattern)
#: The characters that may stand between where a match of _MINUTES_ACTOR starts and its first name (with the digits).
_ACTOR_LEAD = frozenset(" \t-*•–.)")


def _minutes_actor_matches(text: str, end: int):
    """``_MINUTES_ACTOR.finditer(text, 0, end)``, tried only where a match can start.

    Its scan tried the three look-arounds of its start at every position (3.6-5.5 ms a 100 KB of minutes). Every
    match holds a match of :data:`_MINUTES_ACTOR_NAME` where its first name starts, with only white space, a bullet
    or an item's number (:data:`_ACTOR_LEAD`, digits) between its start and there; that pattern opens with a
    capital, which ``re`` skips to in C, and a later one of its matches that an earlier one holds starts right after
    a "-" (the "Marie" of "Anne-Marie"), where no match of the whole can have its name. So the places before each
    first name back to the first character of another kind are tried, in order, from the end of the last match on,
    as the scan tries every place (the same matches: tests/detectors/test_speed23_equivalence.py)."""
    places: set[int] = set()
    for m in _MINUTES_ACTOR_NAME.finditer(text, 0, end):
        name = start = m.start()
        while start > 0 and (text[start - 1] in _ACTOR_LEAD or text[start - 1].isdecimal()):
            start -= 1
        places.update(range(start, name + 1))
    return matches_at(_MINUTES_ACTOR, text, sorted(places), end)
#: A line of those present or absent at a meeting: its label and the list after it.
_ATTENDANCE_LINE = re.compile(r"(?im)^[ \t*#>-]*(aanwezig(?:en)?|afwezig(?:en)?|afgemeld|met\s+kennisgeving\s+afwezig|"
                              r"afwezig\s+met\s+kennisgeving)[ \t*]*:[ \t*]*([^\n]{1,600})")
#: One item of that list: the words between commas, "en", semicolons or a role in brackets ("Erik (voorzitter)").
_ATTENDANCE_ITEM = re.compile(r"(?:^|[,;]|\ben\b|\))[ \t]*([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*)*?)[ \t]*"
                              r"(?=[,;(]|[ \t]en\b|[.]?[ \t]*$)")


_tok_line = attrgetter("line")

#: :meth:`NameFinder._alone_count` counts in the first this many characters of a text...
_ALONE_REACH = 200_000
#: ...word by word for this many words, then all capitalised words of the text in one pass.
_ALONE_LAZY = 32


def _alone_step(text: str, m: re.Match, state: tuple[int, int, int]) -> tuple[int, int, int]:
    """The counts of a capitalised word standing alone (:meth:`NameFinder._alone_count`) after one
    more place ``m`` where it stands."""
    if _CAP_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return (-1_000, 0, -1_000)  # "Jan Teitsma": a surname here, so alone it is one too
    before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
    inside = 1 if before and before[-1] not in ".!?:\n\"'“‘(" else 0
    verb = _VERB_AFTER.match(text, m.end(), m.end() + 16)
    subject = 1 if not inside and verb and verb.group(1) in _NOTE_VERBS else 0
    n, k, o = state
    if _TV_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        # "werk van Rembrandt": maybe a surname, so a repeat alone proves nothing; a
        # subject of a note still counts ("de begeleiding van Anna. Anna heeft ...")
        n = -1_000
    return (n + 1, k + inside, o + subject)


def _lines_with_three(text: str, starts) -> list[int]:
    """The lines of ``text`` (numbered from 0) on which three of the offsets ``starts`` or more lie, in order.

    :meth:`NameFinder._first_name_list` adds names only to a list with three found names or more, each an item
    that opens on the line of the list's first token (a token's line is the number of line breaks before it:
    every line break is a token), so only these lines can hold such a list.
    The line breaks are counted between one offset and the next by ``str.count`` (C), not token by token."""
    prev, line, lines = 0, 0, []
    for s in sorted(starts):
        line += text.count("\n", prev, s)
        prev = s
        lines.append(line)
    out = []
    for i in range(len(lines) - 2):
        if lines[i] == lines[i + 2] and (not out or out[-1] != lines[i]):
            out.append(lines[i])
    return out


def _list_spans(text: str, toks, found) -> list[tuple[int, int]]:
    """The token ranges [from, to) that :meth:`NameFinder._first_name_list` walks: its walk over all ``toks`` adds
    names only on these. ``found``: the ``(start, end)`` of the names found, ``text``: the text of ``toks``."""
    lines = _lines_with_three(text, {s for s, _ in found})
    if not lines:
        return []  # (no list can add a name: a walk would find none, token by token)
    if any(text.find("\n", s, e) >= 0 for s, e in found):
        return [(0, len(toks))]  # (a found name across a line break may carry the walk into the next line: all)
    # Only the lines that can hold a list, each from its first token: a walk from a token reads items no
    # further than its line's break (no found name crosses one), so the walk from every token of a line comes
    # to the next line's first token, and the walk over all tokens passes the same tokens of these lines.
    return [(bisect_left(toks, line, key=_tok_line), bisect_left(toks, line + 1, key=_tok_line)) for line in lines]


def _core_words(toks, core) -> tuple[list[str], list[str], bool, int, bool]:
    """``(caps, cap_words, has_title, n_init, has_given_paren)`` of a run's core (``(token index, label)``
    pairs): the capitalised words and a first name in brackets, the capitalised words alone, whether a title
    is in it, how many initials, whether a first name in brackets. One pass (a list of labels, two lists of
    words and three look-ups in the labels cost five, at every run of a list of names)."""
    caps: list[str] = []
    cap_words: list[str] = []
    has_title = has_given_paren = False
    n_init = 0
    for i, lab in core:
        if lab == "cap":
            w = toks[i].text
            caps.append(w)
            cap_words.append(w)
        elif lab == "title":
            has_title = True
        elif lab == "init":
            n_init += 1
        elif lab == "given":
            caps.append(toks[i].text)
            has_given_paren = True
    return caps, cap_words, has_title, n_init, has_given_paren


class NameHit(NamedTuple):
    """A name found: read-only like the frozen dataclass it was, and cheaper to make (a list of
    names makes one per name)."""

    start: int
    end: int
    score: float
    reason: str



class NameFinder(NameContext):
    """Finds person names in a text. Build once (loads the lexicon), call :meth:`find` per text."""

    def __init__(self):
        self.lex = shared_lex()
        self._private = True  # set per text by :meth:`find`
        self._casework = True  # set per text by :meth:`find` (see context.CASEWORK)
        self._orig = ""  # the text as written (find reads a re-cased copy)
        self._quotes: bool | None = None  # the text quotes someone (an interview), per text
        self._feelers: frozenset[str] | None = None  # capitalised words before a verb of a person (_FEELS), per text
        self._alone: dict[str, tuple[int, int, int]] | None = None  # capitalised words standing alone, per text
        self._alone_all = False  # _alone holds every such word of the text (not only those asked)
        self._chat: chat_names.Chat | None = None  # the writers of the text when it is a chat
        self._calls: frozenset | None = None  # the call signs of the text (_callsign_words), per text
        self._at: tuple[dict, dict] | None = None  # token index per word start and end, per text
        self._items: list[tuple[int, str]] | None = None  # the lines of lists and tables, per text
        self._things: dict[str, bool] = {}  # _thing_word per word, per text
        # (tokens, their texts): the column of token texts, read by five passes over all tokens of a text
        # (run starts, commas, "en"/"and", "@", seeds); built once per text, not once per pass
        self._texts: tuple[list, list[str]] | None = None
        textcache.holder(self)

    def forget_text(self) -> None:
        """Drop the last text and the answers kept per word of it (``Detector.analyze`` calls this)."""
        self._orig = ""
        self._alone = None
        self._alone_all = False
        self._quotes = None
        self._feelers = None
        self._chat = None
        self._calls = None
        self._at = None
        self._items = None
        self._things = {}
        self._texts = None
        self.__dict__.pop("_nameish_cache", None)
        self.__dict__.pop("_label_memo", None)  # (it holds the text's tokens)

    # -- helpers ----------------------------------------------------------------------------------
    def _second_surname(self, toks, j) -> bool:
        """Whether a surname the lists know starts at ``j``, maybe after "de", "van der"."""
        n = len(toks)
        first = j
        while j < n and toks[j].text.lower() in TUSSENVOEGSELS and not is_cap(toks[j].text):
            j += 1
        if j >= n or toks[j].kind != "w" or not is_cap(toks[j].text):
            return False
        # after "de" a surname may be a word or a place too ("de Vries", "van den Berg"); alone it may not
        # ("- Teamleider", "- Amsterdam")
        shut_out = DICT if j > first else (DICT | lx.PLACE | lx.WORD)
        return self.lex.flags(toks[j].text) & (lx.SURNAME | shut_out) == lx.SURNAME

    def _tok_texts(self, toks) -> list[str]:
        """``[t.text for t in toks]``, built once per list of tokens (the finder's tokens of the text: no pass
        changes them) and kept until the next text."""
        got = self._texts
        if got is None or got[0] is not toks:
            got = self._texts = (toks, list(map(_TOK_TEXT, toks)))
        return got[1]

    # -- chunking ---------------------------------------------------------------------------------
    def _chunks(self, toks: list[Tok]):
        """Yield name-shaped runs as lists of ``(token index, label)``.

        Labels: 'title', 'init' (letters + dot), 'given' (in brackets after initials), 'tv', 'cap'.
        """
        n = len(toks)
        i = 0
        # a run starts with a capital or a title ("mevrouw", "dhr."), never elsewhere (the places
        # where one may start, read in one pass)
        starts = _run_starts(toks, self._tok_texts(toks))
        for i0 in starts:
            if i0 < i:
                continue
            i = i0
            parts: list[tuple[int, str]] = []
            has_ti = False  # a title or an initial in the run so far
            named = False  # a name's own part (not only titles and tussenvoegsels) in the run so far
            j = i
            while j < n:
                if not named and parts and parts[-1][1] in _NAME_PARTS:
                    named = True
                tj = toks[j]
                if tj.kind == "t":
                    parts.append((j, "tv"))
                    j += 1
                    continue
                if tj.kind != "w":
                    if (tj.text in ("-", "–") and has_ti and parts and parts[-1][1] == "cap" and j + 1 < n
                            and toks[j - 1].end < tj.start < toks[j + 1].start and toks[j + 1].line == tj.line
                            and toks[j + 1].kind in ("w", "t") and self._second_surname(toks, j + 1)):
                        # a married name written with a spaced hyphen after a title or initials: "mevr. H Giezen -
                        # Bartels", "mevrouw A. Jansen - de Vries" (not "dhr. Jansen - teamleider")
                        j += 1
                        continue
                    # brackets with a first name after initials: "J.W.M. (Jan-Willem) van der Heijden"
                    if (tj.text == "(" and parts and parts[-1][1] == "init" and j + 2 < n
                            and toks[j + 1].kind == "w" and is_cap(toks[j + 1].text) and toks[j + 2].text == ")"):
                        parts.append((j + 1, "given"))
                        j += 3
                        continue
                    break
                if j > i and toks[j - 1].line != tj.line:
                    break
                w = tj.text
                low = w.lower()
                nxt = toks[j + 1] if j + 1 < n else None
                dot = nxt is not None and nxt.text == "." and nxt.start == tj.end
                if low == "v" and self._abbreviated_tv(toks, j):
                    # "v.d. Leest", "J. v.d. Berg": "van de(r)" abbreviated, part of a surname
                    parts.append((j, "tv"))
                    parts.append((j + 2, "tv"))
                    j += 4
                    continue
                if low in TITLES:
                    if w == "MR" and not dot:
                        break  # a school's participation council ("MR de Heydonck", "MR-vergadering"), not "mr."
                    if low in _ADDRESS_TITLES and (low != "heer" or w == "heer") and named \
                            and self._name_follows(toks, j + (2 if dot else 1)):
                        break  # a list flattened to one line: "Mevrouw W. van Ruiten De heer J. Bindels Mevrouw I. Bos"
                    # "dhr Jansen", "mevr Bakker", "Mr Smith" are fine without a dot; these are not
                    if low in ("ds", "ing", "ir", "prof", "drs", "hr", "juf", "meester", "mej", "fam", "pt") and not dot and not (
                            low in ("ir", "prof", "drs", "mej") and nxt is not None and nxt.kind == "w"
                            and is_cap(nxt.text) and self.lex.flags(nxt.text) & (lx.SURNAME | DICT) == lx.SURNAME):
                        # ("ir Emmens", "prof Bos": the title before a known surname that is no word)
                        if not (low in ("juf", "meester") and self._school_title(toks, j)):
                            break
                    if low in ("fam", "pt") and not (j + 2 < n and toks[j + 2].kind in ("w", "t") and (
                            toks[j + 2].text.lower() in TUSSENVOEGSELS
                            or self.lex.flags(toks[j + 2].text) & (lx.SURNAME | lx.FIRST))):
                        break  # "per fam. Totaal": a sentence ends; "fam. Tahiri" has a surname after it
                    parts.append((j, "title"))
                    has_ti = True
                    j += 2 if dot else 1
                    continue
                if (not dot and len(w) == 1 and w.isupper() and parts and parts[-1][1] == "title" and nxt is not None
                        and nxt.kind in ("w", "t") and nxt.line == tj.line
                        and (nxt.kind == "t" or is_cap(nxt.text) or nxt.text.lower() in TUSSENVOEGSELS)):
                    parts.append((j, "init"))  # "mevr. H Giezen", "dhr J de Boer": an initial without its dot
                    j += 1
                    continue
                if dot and is_initial_letters(w):
                    if w in ("B", "N") and j + 3 < n and toks[j + 2].text == "V" and toks[j + 3].text == ".":
                        parts.append((j, "org"))  # B.V., N.V.: a company
                        j += 4
                        break
                    if parts and parts[-1][1] == "cap":
                        break  # initials come before a surname, not after
                    parts.append((j, "init"))
                    has_ti = True
                    j += 2
                    continue
                if (low in TUSSENVOEGSELS and is_cap(w) and low not in DUTCH_TV
                        and self.lex.flags(w) & lx.FIRST_COMMON
                        and not has_ti):
                    parts.append((j, "cap"))  # "Ben Jansen", "Hoi Ben,": a first name, not "ben"
                    j += 1
                    continue
                if low in TUSSENVOEGSELS:
                    if low in PREPOSITION_TV and not (nxt is not None and nxt.text.lower() in ARTICLE_TV):
                        break  # "aan Marco", "in Zwolle": a preposition; "Op de Beek", "In 't Veld": a name
                    parts.append((j, "tv"))
                    j += 1
                    continue
                if is_cap(w):
                    if low in OFFICE_SET and not self._office_surname(toks, parts, j) \
                            and not self._titled_surname(parts, w, has_ti):
                        break
                    if (len(parts) >= 3 and parts[-1][1] == "cap" and parts[-2][1] == "tv" and nxt is not None
                            and nxt.kind == "w" and is_cap(nxt.text) and nxt.line == tj.line
                            and self._full_name_before(toks, parts) and self._first_name_only(w)):
                        break  # a list flattened to one line: "Martijn van Vught Gregory Sprenger" is two people
                    parts.append((j, "cap"))
                    j += 1
                    continue
                if (w.isupper() and len(w) >= 3 and w.isalpha() and parts and parts[-1][1] in ("title", "init", "tv")
                        and has_ti):
                    # a surname in capitals after a title or initials: "Mevrouw S. JANSEN", "J. VAN DER BERG"
                    parts.append((j, "cap"))
                    j += 1
                    continue
                break
            if not parts:
                i += 1
                continue
            if parts[-1][1] == "org":  # the run ends at "B.V." / "N.V."
                i = max(j, i + 1)
                continue
            yield parts
            i = max(j, i + 1)

    def _school_title(self, toks, j) -> bool:
        """"juf Mirjam", "meester Dirk Hanson": a teacher is called by title and first name; "de meester
        van het spel", "meester Kikker" (a word, not a first name) are not."""
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is None or nxt.kind != "w" or nxt.line != toks[j].line or not is_cap(nxt.text):
            return False
        f = self.lex.flags(nxt.text)
        # (a name no list knows counts too: "juf Gijselien")
        return (not f and len(nxt.text) >= 3) or bool(f & lx.FIRST) and not (f & DICT and not f & lx.FIRST_COMMON)

    def _word_at(self, toks):
        """``(at_start, at_end)``: the index of the word token that starts or ends at an offset
        (built once per text; several passes look spans up in it)."""
        if self._at is None:
            at_start, at_end = {}, {}
            for i, t in enumerate(toks):
                if t.kind == "w":
                    at_start[t.start] = i
                    at_end[t.end] = i
            self._at = (at_start, at_end)
        return self._at

    def _item_lines(self) -> list[tuple[int, str]]:
        """``(start, line)`` of each line of the text that opens with the mark of a heading, an item or a
        table ("#", "-", "*", "•", "+", "|"), in order (found once per text by one scan)."""
        if self._items is None:
            text = self._orig
            self._items = []
            for m in _ITEM_LINE.finditer("\n" + text):
                start = m.start()  # (the text is read with a line break before it)
                end = text.find("\n", start)
                self._items.append((start, text[start:] if end < 0 else text[start:end]))
        return self._items

    def _name_lines(self) -> list[tuple[int, str]]:
        """``(start, line)`` of each line of the text without such a mark that may be a name only
        (two to five words of letters; see _team_lists), in order."""
        text = self._orig
        out = []
        for m in _NAME_LINE_ANY.finditer("\n" + text + "\n"):
            start = m.start()
            end = text.find("\n", start)
            out.append((start, text[start:] if end < 0 else text[start:end]))
        return out

    # -- main -------------------------------------------------------------------------------------
    def find(self, text: str) -> list[NameHit]:
        # names in lower case or capitals: read a re-cased copy of the same length
        self._orig = text
        self._alone = None
        self._alone_all = False
        self._quotes = None
        self._feelers = None
        self._calls = None
        self._at = None
        self._texts = None
        self._items = None
        text = recase(text, self.lex)
        toks = tokenize(text)
        if not toks:
            return []
        lines = Lines(text.split("\n"))
        # index of the last token that is not a line break (for "a name on the last line")
        lines.last_content = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].kind != "nl"), -1)
        # a letter, mail, chat or file (public roles count only in texts without such signs)
        # (a text without a single capital is typed in a chat: informal, so private)
        head = self._orig[:3000]
        lines.private = looks_private(text[:3000]) or (head.islower() and head.count(" ") >= 3)
        self._private = lines.private
        self._casework = lines.casework = lines.private or CASEWORK.search(text, 0, 20_000) is not None
        lines.publication = not lines.private and cites_publication(text[:20000])
        # names listed in a role (a board, a colophon, a caption) are public, but not in minutes
        lines.roles_public = not lines.private and not role_lists_blocked(text[:20000])
        # the writers of a chat (read once, from the text as written)
        self._chat = chat_names.chat_writers(self._orig, self.lex)
        if self._chat is not None:
            lines.chat_writers = self._chat.writers
        lines.list_owners = self._list_owners(lines)
        hits: dict[tuple[int, int], NameHit] = {}
        official_words: set[str] = set()
        seeds: set[str] = set()

        def add(s_idx: int, e_idx: int, score: float, reason: str, names: list[str]):
            s, e = toks[s_idx].start, toks[e_idx].end
            key = (s, e)
            old = hits.get(key)
            if old is None or old.score < score:
                hits[key] = NameHit(s, e, round(min(score, 0.95), 2), reason)
            if score >= 0.7 or (score >= 0.55 and len(names) >= 2):
                seeds.update(names)  # (a full name counts once it is reported at all)

        for parts in self._chunks(toks):
            self._score_chunk(toks, parts, lines, add, official_words)

        self._inverted(toks, add, official_words)
        self._plural_titles(toks, add)
        self._mentions(toks, add)
        self._team_lists(toks, add)
        self._says_name(toks, add)
        self._above_address(text, toks, lines, add)
        self._roster(toks, hits, add)
        if not lines.publication:
            self._teachers(toks, add)
        self._propagate(toks, hits, seeds, official_words)
        self._coordinated(toks, hits, add)
        self._first_name_list(toks, hits, add, text)
        self._attendance(toks, hits, add)
        self._minutes_actors(toks, hits, add)
        out = [h for h in hits.values() if h.score >= MIN_REPORT and not self._named_officially(text, h, official_words)]
        out = self._drop_things(out)
        out = self._drop_fields(out)
        out.extend(self._chat_lower(out))
        return _drop_nested(out)

    def _chat_lower(self, out):
        """First names typed in lower case in the messages of a chat ("vraag het aan fatima")."""
        chat = self._chat
        if chat is None:
            return []
        writers, heads = chat.writers, chat.heads
        orig = self._orig
        taken = {(h.start, h.end) for h in out}
        capitalised = set()
        for h in out:
            for w in orig[h.start:h.end].split():
                if w[:1].isupper() and self.lex.flags(w) & lx.FIRST:
                    capitalised.add(w.lower())
        new = {(s, e): NameHit(s, e, chat_names.KNOWN_SCORE, R_CHAT) for s, e in heads if (s, e) not in taken}
        for s, e, score in chat_names.lower_names(orig, self.lex, writers, capitalised):
            if (s, e) not in taken and (s, e) not in new:
                new[(s, e)] = NameHit(s, e, score, R_CHAT_NAME)
        return list(new.values())

    def _list_owners(self, lines) -> frozenset:
        """The first names that own the items of an action list ("- Helder: rooster aanpassen").

        Only when at least two items are owned by a plain first name (a common one, or one no
        word list knows, never a place): then a first name that is also a word or a place ("Helder", "Roos", "Hoop") owns its item
        too; "- Let op: ..." and "- Actie: ..." in a list of tasks stay labels.
        """
        owners = []
        for line in lines[:2000]:
            m = OWNER_ITEM.match(line)
            if m:
                owners.append(m.group(1))
        if len(owners) < 2:
            return frozenset()
        plain = {w for w in owners if w.lower() not in LABELS and w.lower() not in STOP and self._plain_first(w)}
        if len(plain) < 2:
            return frozenset()
        return frozenset(w for w in owners if self.lex.flags(w) & lx.FIRST and w.lower() not in LABELS
                         and w.lower() not in STOP)

    def _plain_first(self, word) -> bool:
        """A common first name, or a first name that is no word; never a place."""
        f = self.lex.flags(word)
        return not f & lx.PLACE and bool(f & lx.FIRST_COMMON or (f & lx.FIRST and not f & lx.WORD))

    def _named_officially(self, text, hit, official_words) -> bool:
        """The same person named in a public role elsewhere in the text: a photo caption or a
        heading "Marije Wolsink" above "zegt directeur Marije Wolsink van UWV". Every word of
        the hit must be one of the official's names (another "Marije" stays a person)."""
        if not official_words:
            return False
        raw = re.findall(r"[^\W\d_][\w'’-]*", text[hit.start:hit.end])
        words = [w for w in raw if w.lower() not in TUSSENVOEGSELS and w.lower() not in TITLES]
        words = [w for w in words if len(w) >= 2]
        # (or the official's one name after a title, the way news and a council's page name them again: "Burgemeester
        # Femke Halsema ... mevrouw Halsema", "De griffier is de heer A. Koenen. De heer Koenen is bereikbaar via ...")
        titled = len(words) == 1 and raw[0].lower() in TITLES and not self._casework
        return (len(words) >= 2 or titled) and all(w in official_words for w in words)

    # -- chunk scoring ----------------------------------------------------------------------------
    def _score_chunk(self, toks, parts, lines, add, official_words):
        # Split off leading words that cannot start a name ("Ook Marloes", "Hoi Sanne", "De Raad").
        # (index of the first title or initial, once: a run may hold tens of thousands of words)
        first_ti = len(parts)
        for m, (_, lab) in enumerate(parts):
            if lab == "title" or lab == "init":
                first_ti = m
                break
        k = 0
        doc_of = False
        if (len(parts) > 2 and parts[0][1] == "cap" and parts[1][1] == "tv" and toks[parts[1][0]].text == "van"
                and not self.lex.flags(toks[parts[0][0]].text) & lx.FIRST and parts[2][1] == "cap"
                and (self.lex.flags(toks[parts[2][0]].text) & lx.FIRST
                     or (toks[parts[0][0]].text.lower() in DOC_WORDS and not self.lex.flags(toks[parts[2][0]].text)
                         and len(parts) > 3 and parts[3][1] == "cap"
                         and self.lex.flags(toks[parts[3][0]].text) & lx.SURNAME))):
            # "Aanvraag van Lotte Smit", "Klacht van Nadiska Koeiman": a document of someone
            k = 2
            doc_of = True
        while k < len(parts):
            idx, lab = parts[k]
            w = toks[idx].text
            if lab == "cap" and (not self._nameish(w) or w.lower() in GREETINGS):
                k += 1
                continue
            if (lab == "cap" and k == 0 and k + 1 < len(parts) and parts[k + 1][1] == "cap"
                    and w.lower() in _CONTACT_IMPERATIVES and self._sentence_start(toks, idx)):
                # "Bel Sanne morgen", "Stuur Daan de lijst": an instruction opens the sentence, the person follows
                k += 1
                continue
            if (lab == "cap" and k + 1 < len(parts) and parts[k + 1][1] == "cap"
                    and self.lex.flags(toks[parts[k + 1][0]].text) & lx.FIRST_COMMON
                    and not self.lex.flags(w)):
                # "Kandidaat Thomas Bos": an unknown word before a common first name is not part of it
                k += 1
                continue
            if lab == "tv" and k <= first_ti and toks[idx].text != "v" and not (
                    k == 0 and idx > 0 and toks[idx - 1].text.lower() in PERSON_WORDS) and not (
                    k == 0 and idx > 1 and (toks[idx - 1].text in (",", "en", ":") or toks[idx - 1].kind == "nl")
                    and self._orig[toks[idx].start].isupper() and self._label_before(toks, idx)):
                # a surname may not start with a tussenvoegsel unless a title/initial/first name precedes
                # (or it stands alone in a list of those present: "Aanwezig: Jansen, De Vries en Bakker")
                k += 1
                continue
            break
        if k == len(parts):
            return  # nothing after the leading words ("Ook", "De"): no name (as below, sooner)
        lead = parts[:k]
        core = parts[k:]
        # Cut the core at the first word that is not name-ish ("Jan Stichting" -> "Jan").
        cut = len(core)
        for m, (idx, lab) in enumerate(core):
            if lab == "cap" and not self._nameish(toks[idx].text) and not (
                    toks[idx].text.lower() in OFFICE_SET and (self._office_surname(toks, core[:m], idx)
                                                              or self._titled_surname(core[:m], toks[idx].text))):
                w = toks[idx].text
                if (m > 0 and core[m - 1][1] == "tv" and self.lex.flags(w) & lx.PLACE
                        and toks[core[m - 1][0]].text.lower() in ("van", "der", "den", "ter", "ten", "te")):
                    continue  # "van Haaften", "van Amsterdam": many surnames are place names
                if (m > 0 and core[m - 1][1] == "tv" and toks[core[m - 1][0]].text.lower() in ("der", "den", "d")
                        and w[0].isupper()):
                    continue  # "van der Haar", "v.d. Haar": after "der" only a surname can follow
                cut = m
                break
        rest = core[cut:]
        core = core[:cut]
        if len(core) >= 4 and core[-1][0] + 1 < len(toks) and toks[core[-1][0] + 1].text == ":":
            core = self._label_after_initials(core)
        # "Sanne in Zwolle", "Bart op Schiphol": a place after a preposition is not a surname.
        # places_after[m]: every capitalised word from core[m] on is a place (computed once).
        # (only once a preposition is met: most runs hold none, and the loop below reads it on the core as it
        # is here, before it cuts the core and stops)
        places_after = None
        for m in range(1, len(core) - 1):
            if not (core[m][1] == "tv" and (toks[core[m][0]].text in ("in", "op", "aan", "uit", "bij")
                                            or m >= 2 and toks[core[m][0]].text == "te")):
                continue
            if places_after is None:
                places_after = [True] * (len(core) + 1)
                for q in range(len(core) - 1, -1, -1):
                    idx, lab = core[q]
                    places_after[q] = places_after[q + 1] and (lab != "cap"
                                                               or bool(self.lex.flags(toks[idx].text) & lx.PLACE))
            # (an article may stand between: "Anouk Verhoef uit de Achterhoek", "Sanne in het Gooi"; not before a
            # common surname: "Uit de Bosch", "In de Betouw" and "in 't Hout" are surnames)
            n = m + 2 if (m + 2 < len(core) and core[m + 1][1] == "tv"
                          and toks[core[m + 1][0]].text.lower() in ("de", "het")
                          and not self.lex.flags(toks[core[m + 2][0]].text) & lx.SURNAME_COMMON) else m + 1
            if core[n][1] == "cap" and places_after[n]:
                # ("dr. Hendriks te Almere", "notaris Smit te Assen": "te" and a town after a full
                # name or a titled one; "Jan te Velde" keeps "te" in the surname)
                core = core[:m]
                break
        # A full name before "van <street> <number>": "Said Benali van Ruysdaelkade 60", "Joris in
        # 't Hout van Oude Markt 3" (someone moves); "Jan van Nassaustraat 12" stays a street.
        moved_from = False
        if rest:
            vans = [m for m, (idx, lab) in enumerate(core) if lab == "tv" and toks[idx].text.lower() == "van"]
            if vans and sum(lab == "cap" for _, lab in core[:vans[-1]]) >= 2 \
                    and self._street_with_number(toks, core[vans[-1]][0] + 1):
                core = core[:vans[-1]]
                moved_from = True
        # Trailing tussenvoegsels are not part of the name, nor is a trailing title ("Geprobeerd
        # mw. te betrekken", "Wanneer mw. wel": a title stands before a name, never after it).
        popped = None
        while core and core[-1][1] == "tv":
            popped = core.pop()
        if len(core) >= 2 and core[-1][1] == "title":
            k = len(core) - 2
            while k > 0 and core[k][1] == "tv":
                k -= 1
            if core[k][1] == "cap":
                if k == len(core) - 2:
                    return
                # "Wassen van mw gaat goed", "Piet Jansen van mw belde": the name, if any, ends before "van mw"
                core = core[:k + 1]
        if not core:
            return
        # "mevrouw Bakker uit het Vogeldistrict": a place after a preposition, not the name's end
        located = popped is not None and toks[popped[0]].text in ("uit", "in", "op", "aan", "bij", "te")
        # A street, building or organisation name right behind ("Van Limburg Stirumstraat").
        if rest and not moved_from and not located:
            nxt = toks[rest[0][0]].text.lower()
            if nxt.endswith(NOT_PERSON_SUFFIXES) or nxt in ORG_WORDS:
                return
        first_i = core[0][0]
        last_i = core[-1][0]
        caps, cap_words, has_title, n_init, has_given_paren = _core_words(toks, core)  # (not cut from here on)
        if toks[first_i].text == "H" and core[0][1] == "init" and self._church_before(toks, first_i):
            return  # a saint whom a church is named after: "de parochie H. Edith Stein", "kerk van de H. Jozef"
        if not has_title and not n_init:
            # streets: "Laan van Nieuw Oost-Indië 214", "Van Limburg Stirumstraat 112"; and a thing's name that opens
            # a sentence with its kind: "Verpleeghuis De Boschkamp", "Speurhond Max"
            if toks[first_i].text.lower() in STREET_WORDS or self._thing_word(toks[first_i]):
                return
            nxt = toks[last_i + 1] if last_i + 1 < len(toks) else None
            if nxt is not None and nxt.kind == "n" and not self.lex.flags(toks[first_i].text) & lx.FIRST:
                return
        if not cap_words and not has_given_paren:
            return  # "mevrouw" alone, "J.P." alone
        # The token after the chunk: an organisation word or a street kills it.
        after = self._after(toks, last_i)
        if after is not None and after.kind == "w" and (after.text.lower() in ORG_WORDS):
            return
        if self._firm(toks, first_i, last_i, cap_words, has_title or n_init > 0, after):
            return
        if (after is not None and after.text == "." and last_i + 2 < len(toks)
                and toks[last_i + 2].text.upper() in ("V", "BV")):
            return

        ctx = self._context(toks, first_i, lead, lines)
        if doc_of and k == 2 and ctx[0] < 0.7:
            ctx = (0.7, R_CONTEXT, True)  # the one who asks, complains or objects: a name slot
        score, reason = self._base_score(toks, core, cap_words, has_title, n_init, has_given_paren, ctx)
        if core[0][1] == "tv" and toks[core[0][0]].text == "v" and len(cap_words) == 1 \
                and self.lex.flags(cap_words[0]) & lx.SURNAME and score < 0.75:
            score, reason = 0.75, R_FULL  # "v.d. Leest": only a surname is abbreviated so
        if rest and rest[0][1] == "cap" and not has_title and not n_init and not moved_from:
            # more capitalised words that are no name run on: a firm or a title ("Otto Work Force")
            score -= 0.3
        if score <= 0:
            return
        # (asked only of a run that scores: most capitalised words in prose do not)
        official = self._is_official(toks, first_i, last_i, lead, lines)
        names = [w for w in caps if len(w) >= 2]
        if official:
            official_words.update(names)
            return
        add(first_i, last_i, score, reason, names)

    def _firm(self, toks, first_i, last_i, cap_words, titled, after) -> bool:
        """A firm, a brand or a branch of an organisation, shaped like a name.

        "Albert Heijn" (a chain), "Albert Heijn distributiecentrum" (a firm's noun after it),
        "Janssen & Co" / "& Co" (a firm with its tail), "Thuiszorg West-Brabant", "Werkcentrum
        Groningen Noord-Drenthe", "Bol Fulfilment Waalwijk" (an organisation and its region or
        town), "Economische Zaken" (a body).
        """
        first = toks[first_i].text.lower()
        if first in _FIRM_FIRST_WORDS and (" ".join([w.lower() for w in cap_words]) in PERSON_SHAPED_FIRMS
                                           or first + " " + toks[last_i].text.lower() in PERSON_SHAPED_FIRMS):
            return True
        if after is not None and after.kind == "w" and after.text.islower() and after.line == toks[last_i].line \
                and after.text.endswith(FIRM_NOUN_ENDINGS) and not titled:
            return True
        # "Janssen & Co", "Verbeek & Zn": the name before "&" with a firm's tail after it
        if after is not None and after.text == "&":
            nxt = toks[last_i + 2] if last_i + 2 < len(toks) and toks[last_i + 1] is after else None
            if nxt is not None and (nxt.text.lower() in FIRM_TAILS or nxt.text.lower() in ORG_WORDS):
                return True
        if len(cap_words) == 1 and cap_words[0].lower() in FIRM_TAILS and first_i > 0 and toks[first_i - 1].text == "&":
            return True
        if titled or len(cap_words) < 2:
            return False
        if cap_words[-1].lower() == "zaken" and not any(self.lex.flags(w) & lx.FIRST for w in cap_words[:-1]):
            return True  # "Economische Zaken", "Sociale Zaken": a ministry, a committee, a department
        last = cap_words[-1]
        if "-" in last:
            head, _, region = last.partition("-")
            if head.lower() in COMPASS and (region.lower() in REGIONS or self.lex.flags(region) & lx.PLACE):
                return True
        if len(cap_words) >= 3 and self.lex.flags(last) & lx.PLACE and not self.lex.flags(cap_words[0]) & lx.FIRST \
                and any(not self.lex.flags(w) & (lx.FIRST | lx.SURNAME) for w in cap_words[1:-1]):
            return True
        return False

    def _office_surname(self, toks, parts, j) -> bool:
        """"Chandrika Prins", "Jan Koning": an office that is also a surname, right after a first
        name and ending the run ("Prins Claus", "koning Willem" keep the office before the name)."""
        if not parts or parts[-1][1] != "cap" or parts[-1][0] != j - 1:
            return False
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and nxt.kind == "w" and nxt.line == toks[j].line and is_cap(nxt.text):
            return False
        return bool(self.lex.flags(toks[j - 1].text) & lx.FIRST and self.lex.flags(toks[j].text) & lx.SURNAME)

    @staticmethod
    def _abbreviated_tv(toks, j) -> bool:
        """"v.d." / "v.d" at token ``j``: the abbreviation of "van de(r/n)" before a capitalised word."""
        return (j + 4 < len(toks) and toks[j + 1].text == "." and toks[j + 2].text in ("d", "D")
                and toks[j + 2].start == toks[j + 1].end and toks[j + 3].text == "."
                and toks[j + 4].kind == "w" and toks[j + 4].text[:1].isupper())

    def _titled_surname(self, parts, word, has_ti=True) -> bool:
        """"de heer C. de Koning", "dhr. Prins": an office that is also a surname, right after a
        title, or after a tussenvoegsel behind a title or initials ("Z.K.H. Prins Constantijn" and
        "Koning Willem-Alexander" keep the office)."""
        if not parts or not self.lex.flags(word) & lx.SURNAME:
            return False
        lab = parts[-1][1]
        return lab == "title" or (lab == "tv" and has_ti and any(p[1] in ("title", "init") for p in parts[-4:]))

    @staticmethod
    def _street_with_number(toks, idx) -> bool:
        """A street name starting at token ``idx`` with a house number within four words."""
        for j in range(idx, min(idx + 5, len(toks))):
            t = toks[j]
            if t.kind == "n":
                return j > idx
            if t.kind != "w" and t.kind != "t":
                return False
        return False

    def _thing_of(self, toks, first_i) -> bool:
        """"het dossier van X", "een terugbelverzoek voor X": a file or a request of a person."""
        return (first_i >= 2 and toks[first_i - 1].text.lower() in ("van", "voor")
                and toks[first_i - 2].kind == "w" and toks[first_i - 2].text.lower().endswith(_THINGS_OF))

    def _in_running_text(self, toks, first_i) -> bool:
        """A lower-case word (not an article, not "van"/"voor" after a body) right before the run."""
        prev = toks[first_i - 1] if first_i > 0 else None
        return (prev is not None and prev.kind == "w" and prev.text.islower() and prev.line == toks[first_i].line
                and prev.text not in ("de", "het", "een", "the", "a", "an") and not self._org_before(toks, first_i))

    @staticmethod
    def _org_before(toks, first_i, things_of=False) -> bool:
        """'van Sociale Zaken', 'afdeling Juridische Zaken': the run names a body, not a person.

        With ``things_of``: "het dossier van ...", "een terugbelverzoek voor ...", "het re-integratieplan
        van ...": a file, a plan or a request of someone is not a body ("minister van", "commissie
        voor" are)."""
        prev = toks[first_i - 1] if first_i > 0 else None
        if prev is None or prev.kind != "w":
            return False
        low = prev.text.lower()
        if things_of and low in ("van", "voor") and first_i >= 2 and toks[first_i - 2].kind == "w" \
                and toks[first_i - 2].text.lower().endswith(_THINGS_OF):
            return False
        return low in ("van", "voor", "en", "of", "afdeling", "team", "directie", "dienst", "ministerie", "cluster")

    def _after(self, toks, last_i):
        j = last_i + 1
        if j < len(toks) and toks[j].text == "." and toks[j].start == toks[last_i].end:
            j += 1
        return toks[j] if j < len(toks) else None

    def _base_score(self, toks, core, cap_words, has_title, n_init, has_given_paren, ctx):
        lex = self.lex
        sentence_start = self._sentence_start(toks, core[0][0])
        last = cap_words[-1] if cap_words else ""
        last_f = lex.flags(last) if last else 0
        only_place = bool(last_f & lx.PLACE) and not last_f & (lx.FIRST | lx.SURNAME)
        if has_title:
            if only_place and toks[core[-1][0] - 1].text.lower() not in ("van", "der", "den", "ter", "ten"):
                # ("mevrouw Van Zetten", "de heer Van Amersfoort": a place after "van" is a surname)
                return 0, ""
            return 0.85, R_TITLE
        if n_init:
            if not cap_words:
                return 0, ""
            if only_place or (last_f & lx.WORD and not last_f & lx.SURNAME):
                return (0.85, ctx[1]) if ctx[0] >= 0.8 else (0, "")
            if n_init == 1 and not last_f and toks[core[0][0]].line_start and ctx[0] < 0.5 \
                    and not any(lab == "tv" and toks[i].text.islower() for i, lab in core):
                # "A. Inleiding": an outline letter, not an initial ("A. van der Zande": a heading
                # writes "Van" with a capital, a name after an initial does not)
                return 0, ""
            last_idx = core[-1][0]
            if not last_f and toks[last_idx - 1].text == "." and toks[last_idx - 1].end == toks[last_idx].start \
                    and ctx[0] < 0.8:
                return 0, ""  # "Z.S.M.Einddatum": an abbreviation glued to a word no list knows
            return 0.85, R_INITIALS
        has_tv = False
        for _, lab in core:
            if lab == "tv":
                has_tv = True
                break
        first = cap_words[0]
        if len(cap_words) == 1 and not has_tv:
            return self._single(toks, core[0][0], first, ctx, sentence_start)
        if only_place and not has_tv and ctx[0] < 0.8:
            return 0, ""
        if (last_f & DICT and not (ctx[1] == R_CHAT and ctx[2] and lex.flags(first) & lx.FIRST)
                or lex.flags(first) & DICT):
            # (a chat writer's surname may be a word no name list has: "[08:41] Jurgen Olieslager")
            return 0, ""  # an ordinary word that no name list knows starts or ends it: "Veilig Thuis"
        ff = lex.flags(first)
        is_first = bool(ff & lx.FIRST)
        common = bool(ff & lx.FIRST_COMMON)
        last_s = bool(last_f & lx.SURNAME)
        last_word = bool(last_f & lx.WORD)
        if is_first and has_tv:
            score = 0.85 if common or not ff & lx.WORD else 0.75
            if ff & lx.WORD and sentence_start and not last_s:
                score = 0.45  # "Bel de Klantenservice", "Kijk op Werk.nl"
        elif common:
            if last_s and not last_word:
                score = 0.85
            elif last_s or last_f & lx.FIRST:
                score = 0.8
            elif not last_f:
                score = 0.75
            else:
                score = 0.5
        elif is_first:
            if last_s and not last_word:
                score = 0.8
            elif last_s:
                score = 0.6
            elif (not last_f and not ff & lx.WORD and len(last) >= 4
                  and (self._private and (self._in_running_text(toks, core[0][0])
                                          or self._before_verb(toks, core[-1][0]))
                       or self._thing_of(toks, core[0][0]))):
                score = 0.55  # a surname no list knows after a first name: "staat nu ook Driss Boujalal"
            elif not last_f:
                score = 0.45
            else:
                score = 0.4
        elif not ff and len(cap_words) == 2 and last_s and not last_word and not last_f & lx.PLACE \
                and len(first) >= 3 and (not sentence_start and not self._org_before(toks, core[0][0], True)
                                         or self._before_verb(toks, core[-1][0], quoting=False)
                                         and not self._org_before(toks, core[0][0])) \
                and not first.lower().endswith(ROLE_ENDINGS + ("chef",)):
            # a first name no list knows before a known surname, inside a sentence or as the
            # subject of a verb: "Ik heb Eldrenne Zimmerman gebeld", "met Lemlem Tesfay
            # gesproken", "Zandrine Vlijter heeft vandaag gebeld"
            score = 0.6
        elif (ff & lx.SURNAME and len(cap_words) == 2 and not (ff | last_f) & (lx.WORD | lx.PLACE)
              and (last_s and (self._in_running_text(toks, core[0][0]) or self._thing_of(toks, core[0][0]))
                   or not last_f and len(last) >= 4 and self._private and self._in_running_text(toks, core[0][0]))):
            # two names the lists know only as surnames, inside a sentence: many Surinamese,
            # Hindustani and Antillean first names are surnames too ("met Ramdien Ramkisoen")
            score = 0.55
        else:
            # no known first name ("Haarstudio Knipwerk", "Raad van Bestuur"): needs context
            score = 0.45 if last_s and ff & lx.SURNAME else 0.35
        if ff & lx.WORD and sentence_start:
            score -= 0.1
        if last_f & lx.PLACE and not has_tv:
            # "Pride Eindhoven", "Lotus Utrecht": an event or a firm in a town; a person named
            # after a town ("Wendy Mol") keeps enough score when the first name is clear, also a common first name
            # that a word list has too before a surname ("Peter Veld", "Jan Boer": "peter" is a godfather; not
            # "Anna Paulowna", a town whose second word is no surname)
            score -= 0.35 if ff & lx.WORD and not (ff & lx.FIRST_COMMON and last_s) else 0.1
        # Words in the middle that no name list knows: an English title or a name of a thing.
        middle = cap_words[1:-1]
        if middle and not has_tv and any(not lex.flags(w) & (lx.FIRST | lx.SURNAME) for w in middle):
            score -= 0.3
        prev = toks[core[0][0] - 1] if core[0][0] > 0 else None
        if prev is not None and prev.kind == "w" and (prev.text in ("de", "het", "een", "the")
                                                      or self._thing_word(prev)):
            score -= 0.4  # "bij de Albert Heijn", "in het Jan van Goyen College", "het schip Johanna Maria"
        strong_start = is_first or (ff & lx.SURNAME and last_s)
        if (ctx[2] and ctx[0] >= 0.7 and not ff and len(cap_words) >= 2 and len(first) >= 3
                and (last_s or (ctx[1] == R_CHAT and not last_f))):
            # a name slot (a greeting, a field, a chat writer) holds a first name no list knows
            # before a known surname ("Van: Zandrine Pool"), or a chat writer's two names
            strong_start = True
        if ctx[0] > 0 and strong_start and ctx[0] >= score:
            return ctx[0], ctx[1]
        if ctx[0] > 0 and (strong_start or ctx[1] == R_GREETING):
            return min(max(score, 0.35) + 0.2, 0.9), R_FULL if score >= 0.5 else ctx[1]
        return score, R_FULL

    def _single(self, toks, idx, word, ctx, sentence_start):
        """One capitalised word alone: a name only with context, or as a common first name."""
        f = self.lex.flags(word)
        if word.lower() in STOP or f & lx.PLACE and not f & lx.FIRST_COMMON and not (
                f & lx.FIRST and ctx[2] and ctx[1] in (R_LABEL, R_CHAT)):
            return 0, ""  # (a first name that is also a place counts in a field: "Aanwezig: Helder")
        if ctx[0] >= 0.7:
            if f & lx.FIRST:
                return ctx[0], ctx[1]
            if ctx[1] == R_CONTEXT and f & lx.SURNAME and (not f & lx.WORD or f & lx.SURNAME_COMMON):
                return ctx[0], ctx[1]  # "collega Jansen", "de familie Öztürk"
            # an unknown word right after "Beste"/"Hoi" or in a "Naam:" field is still a name,
            # unless an abbreviation follows ("Servicedesk UWV": a department)
            nxt = toks[idx + 1] if idx + 1 < len(toks) else None
            acronym = nxt is not None and nxt.kind == "w" and nxt.text.isupper() and len(nxt.text) >= 2
            # or by a lower-case word ("Aan: Verzekeringsartsen regio Zuid": a group)
            lower_next = nxt is not None and nxt.kind == "w" and nxt.text[0].islower()
            field_ends = nxt is None or nxt.kind in ("nl", "p")
            if ctx[1] in (R_GREETING, R_LABEL) and ctx[2] and (not f or f & lx.SURNAME) and not acronym \
                    and not (lower_next and not f) and (field_ends or f):
                return ctx[0], ctx[1]
            return 0, ""
        if (not f and len(word) >= 4 and word.lower() not in self.lex.words
                and self._orig[toks[idx].start].isupper() and self._feels(word) and self._repeated(word)):
            # a first name no list knows, as the person a note is about: it feels or tells ("Neshwa voelt zich
            # somber") and stands alone again inside a sentence ("met Neshwa een wandeling gemaakt")
            return 0.55, R_FIRST
        if not f & lx.FIRST:
            return 0, ""
        # the last item of a list of places: "Bonaire, St. Eustatius en Saba"
        if idx >= 2 and toks[idx - 1].text.lower() in ("en", "of") and toks[idx - 2].kind == "w" \
                and self.lex.flags(toks[idx - 2].text) & lx.PLACE and not self.lex.flags(toks[idx - 2].text) & lx.FIRST:
            return 0, ""
        if word in _MONTH_ABBREVIATIONS and _DAY_AFTER.match(self._orig, toks[idx].end):
            return 0, ""  # "Chemistry - Jan 30": a date as English news lists write it
        prev = toks[idx - 1] if idx > 0 else None
        if prev is not None and prev.kind == "w" and (prev.text.lower() in ("de", "het", "een", "the", "a", "an")
                                                      or self._thing_word(prev)):
            return 0, ""  # "het Jan van Goyen", "speurhond Max", "zorgorganisatie Hannah"
        if self._common_first(word):
            if not sentence_start:
                return 0.6, R_FIRST
            if not f & lx.WORD:
                return 0.55, R_FIRST
            nxt = toks[idx + 1] if idx + 1 < len(toks) else None
            if nxt is not None and nxt.kind == "w" and nxt.text in _NOTE_VERBS and self._repeated(word, opening=3):
                # a first name that is also a word ("Jan", "Roos") opens a sentence of a note with its
                # verb, once it stood alone inside a sentence too ("met Jan. Jan vindt het lastig"),
                # or opens three sentences of it ("Colin rapporteert ... Colin heeft ... Colin begint")
                return 0.55, R_FIRST
        if (len(word) >= 3 and (not f & lx.PLACE or f & lx.FIRST_COMMON) and word.lower() not in self.lex.words
                and self._orig[toks[idx].start].isupper() and self._note_subject(word)):
            # the person a note is about, named by first name alone ("Anna heeft ... Anna werd ...")
            return 0.55, R_FIRST
        # (a first name that is an English word only counts inside a sentence: "aan Celeste.")
        english_only = f & lx.WORD and word.lower() not in self.lex.words and not sentence_start and len(word) >= 4
        if (self._private and (not f & lx.WORD or english_only) and not f & (lx.PLACE | lx.SURNAME_COMMON)
                and len(word) >= 3
                and self._orig[toks[idx].start].isupper()  # (as written, not re-cased from "erin")
                and (not sentence_start or self._before_verb(toks, idx))):
            # in a mail, a chat or a file about someone, a first name that is no word and no
            # common surname is a name in running text too: "Anas, Reem heeft zich ziek gemeld",
            # "dan vraag ik de tweede aan Büşra."
            return 0.55, R_FIRST
        if (not f & lx.PLACE and len(word) >= 4 and word.lower() not in self.lex.words
                and self._orig[toks[idx].start].isupper() and self._repeated(word)):
            # a first name that comes back, once inside a sentence: the person a note, a reference
            # or a session report is about ("samengewerkt met Markus. Markus is ...")
            return 0.55, R_FIRST
        return 0, ""

    def _repeated(self, word: str, opening: int = 0) -> bool:
        """``word`` stands alone (not before another capitalised word) at least twice in the text,
        once inside a sentence; with ``opening``, also when it stands alone that many times."""
        n, inside, _ = self._alone_count(word)
        return n >= 2 and inside >= 1 or 0 < opening <= n

    def _alone_count(self, word: str) -> tuple[int, int, int]:
        """``word`` standing alone as a capitalised word: how often, how often inside a sentence, how
        often it opens a sentence with a verb of a note (in the first 200,000 characters).

        A text asks this of a handful of words (eleven in 100 KB of mixed texts), so each is counted
        on its own, from a string search for it; once :data:`_ALONE_LAZY` words have been asked,
        every capitalised word of the text is counted in one pass instead (a text full of different
        names). The same numbers either way: a match of ``_ALONE_CAP`` is always a whole word, so
        the pass matches exactly at the places where the word search finds the word matching.
        """
        counts = self._alone
        if counts is None:
            counts = self._alone = {}
        got = counts.get(word)
        if got is None:
            if self._alone_all:
                return (0, 0, 0)
            if len(counts) >= _ALONE_LAZY:
                counts = self._alone = self._count_all_alone()
                self._alone_all = True
                return counts.get(word, (0, 0, 0))
            got = counts[word] = self._count_alone(word)
        return got

    def _count_alone(self, word: str) -> tuple[int, int, int]:
        """:meth:`_alone_count` of one word, from the places where the word itself stands."""
        state = (0, 0, 0)
        if word.lower() in STOP:
            return state  # (skipped by the pass over all words too)
        text = self._orig
        end = min(len(text), _ALONE_REACH)
        size = len(word)
        p = text.find(word, 0, end)
        while p >= 0:
            m = _ALONE_CAP.match(text, p, end)
            if m is not None and m.end() == p + size:
                state = _alone_step(text, m, state)
            p = text.find(word, p + 1, end)
        return state

    def _count_all_alone(self) -> dict[str, tuple[int, int, int]]:
        """:meth:`_alone_count` of every capitalised word standing alone, in one pass."""
        counts: dict[str, tuple[int, int, int]] = {}
        text = self._orig
        for m in _ALONE_CAP.finditer(text, 0, min(len(text), _ALONE_REACH)):
            w = m.group()
            if w.lower() in STOP:
                continue  # "Het", "Deze": never a name, and the commonest capitalised words
            counts[w] = _alone_step(text, m, counts.get(w, (0, 0, 0)))
        return counts

    def _feels(self, word: str) -> bool:
        """``word`` stands right before a verb that only a person does (``_FEELS``), in a note rather than in
        an interview that quotes its subject (see :meth:`_note_subject`)."""
        if self._feelers is None:
            self._feelers = frozenset(m.group(1) for m in _FEELS.finditer(self._orig, 0, _ALONE_REACH))
        return word in self._feelers and not self._quotes_someone()

    def _note_subject(self, word: str) -> bool:
        """``word`` opens two sentences or more with a verb of a note ("Dawit werkt ... Dawit wil"):
        the person a care report, a vignette or a coaching report is about."""
        return self._alone_count(word)[2] >= 2 and not self._quotes_someone()

    def _quotes_someone(self) -> bool:
        """The text quotes someone: a story that quotes its subject ("'Het bevalt goed', vertelt ze") is an
        interview, published about someone who chose to tell it; a note reports, it does not quote."""
        if self._quotes is None:
            self._quotes = bool(_QUOTED.search(self._orig, 0, 20_000))
        return self._quotes

    @staticmethod
    def _before_verb(toks, idx, quoting=True) -> bool:
        """The word after ``idx`` is a finite verb that follows a subject ("Mirjam called", "Reem heeft");
        without ``quoting`` not a verb of quoting ("Korpschef X zei": news about a role)."""
        nxt = toks[idx + 1] if idx + 1 < len(toks) else None
        return nxt is not None and nxt.kind == "w" and nxt.text.lower() in _SUBJECT_VERBS and (
            quoting or nxt.text.lower() not in _QUOTING_VERBS)

    def _inverted(self, toks, add, official_words):
        """'Bouzid, N. (Nadia)', 'Kok, D.', 'Jansen, J.P.': surname, comma, initials."""
        n = len(toks)
        # (the words right before a comma, found in one pass)
        # (the commas found column-wise, without a Python step per token: the same as
        # [i for i in range(n - 3) if toks[i + 1].text == "," and toks[i].kind == "w"])
        before_comma = [c - 1 for c in _indexes_of(toks, ",", self._tok_texts(toks)) if 0 < c <= n - 3 and toks[c - 1].kind == "w"]
        for i in before_comma:
            t = toks[i]
            if not is_cap(t.text):
                continue
            j = i + 2
            inits = 0
            while j + 1 < n and toks[j].kind == "w" and is_initial_letters(toks[j].text) and toks[j + 1].text == ".":
                inits += 1
                j += 2
            if not inits:
                # "Van: Jansen, Pieter" in a mail header (Outlook's "surname, first name")
                if (j + 1 < n and toks[j].kind == "w" and is_cap(toks[j].text)
                        and self._common_first(toks[j].text)
                        and toks[j + 1].kind in ("nl", "p") and toks[j + 1].text not in (".", ",")
                        and self.lex.flags(t.text) & lx.SURNAME and self._label_before(toks, i)
                        and not (i >= 2 and toks[i - 1].text == ","
                                 or i >= 2 and toks[i - 1].text == ":" and toks[i - 2].text.lower() in LIST_LABELS)):
                    add(i, j, 0.8, R_INVERTED, [t.text, toks[j].text])
                continue
            tf = self.lex.flags(t.text)
            if not self._nameish(t.text) or (tf & lx.PLACE and not tf & lx.SURNAME):
                continue
            end = j - 1
            names = [t.text]
            if j + 2 < n and toks[j].text == "(" and toks[j + 1].kind == "w" and toks[j + 2].text == ")":
                names.append(toks[j + 1].text)
                end = j + 2
            if t.text in official_words:
                continue
            add(i, end, 0.85, R_INVERTED, names)

    def _team_lists(self, toks, add):
        """Names in the lists a team keeps of itself: a heading or item per member written surname
        first ("### Vermeulen Kelvin", "- Van de Cappelle Jari"), the owner of an item in brackets
        ("- (Beau) Regelen taakverdeling: 1u30", "* Kanbanbord (Lennert)"), and the member behind a
        call sign ("* Lima Kenzie"). Each takes two such lines in the text: one is a menu or a
        product more often than a team."""
        text = self._orig
        if len(text) > 200_000:
            return
        inverted, owners, called = [], [], []
        # (only the lines of lists and those that may be a name alone can hold what this looks for)
        for start, line in sorted(self._item_lines() + self._name_lines()):
            head = _ITEM_HEAD.match(line).end()
            body = line[head:].rstrip(" \t|")
            if body and line[:head].strip() in ("-", "*", "•", "+") \
                    and body.split(None, 1)[0].rstrip(",").lower() in _CALLSIGNS \
                    and body.split(None, 1)[0].rstrip(",").lower() in self._callsign_words():
                calls = self._callsign_words()
                called.extend((start + head + s, start + head + e) for s, e in self._after_callsign(body, calls))
            elif body and _NAME_LINE.match(body):
                span = self._surname_first(body)
                if span:
                    inverted.append((start + head + span[0], start + head + span[1]))
            m = _BRACKET_OWNER.match(line)
            if m:
                g = 1 if m.group(1) is not None else 2
                found = [(start + m.start(g) + s, start + m.start(g) + e) for s, e in self._bracket_names(m.group(g))]
                if found:
                    owners.append(found)
        spans = []
        if len(inverted) >= 2:
            spans += [(s, e, R_SURNAME_FIRST) for s, e in inverted]
        if len(owners) >= 2 and any(self.lex.flags(text[s:e]) & lx.FIRST_COMMON for found in owners for s, e in found):
            # (one common first name among them: brands in brackets are often names too, "(Dyson)")
            spans += [(s, e, R_OWNER) for found in owners for s, e in found]
        if len(called) >= 2:
            spans += [(s, e, R_OWNER) for s, e in called]
        at_start, at_end = self._word_at(toks) if spans else ({}, {})
        for s, e, reason in spans:
            i, j = at_start.get(s), at_end.get(e)
            if i is not None and j is not None:
                add(i, j, 0.75, reason, [w for w in re.findall(r"[^\W\d_][\w'’-]*", text[s:e])
                                         if w.lower() not in TUSSENVOEGSELS])

    def _roster(self, toks, hits, add):
        """A list of people (headings, items or the first cells of a table) where one line is a name
        found on its own evidence: its other lines of the same shape ("### Kenzie Coddens", "| Maximilian
        Leire |", "- Alisée Baert") name people too, though the lists lack a part of them. It takes three
        such lines or more: a single name beside a product or a place proves no list of people."""
        text = self._orig
        if len(text) > 200_000 or not hits:
            return
        strong = {(h.start, h.end) for h in hits.values() if h.score >= 0.7}
        confirmed, candidates, others = set(), [], set()
        for start, line in self._item_lines():
            head = _ITEM_HEAD.match(line).end()
            if not line[:head].strip():
                continue  # (a plain line is prose more often than a list)
            body = line[head:].split("|", 1)[0].rstrip()
            if not body or not _NAME_LINE.match(body):
                continue
            s, e = start + head, start + head + len(body)
            if (s, e) in strong:
                confirmed.add(body)
            elif self._roster_name(body):
                candidates.append((s, e, body))
            elif len(body.split()) <= 4 and all(is_cap(w) or w.lower() in TUSSENVOEGSELS for w in body.split()):
                others.add(body)  # (a product, place or topic where a name could stand)
        names = {b for _, _, b in candidates}
        if not confirmed or len(confirmed | names) < 3 or len(others) >= len(confirmed | names):
            candidates = []
        candidates += self._roster_cells(text, hits)
        at_start, at_end = self._word_at(toks) if candidates else ({}, {})
        for s, e, body in candidates:
            i, j = at_start.get(s), at_end.get(e)
            if i is not None and j is not None:
                add(i, j, 0.75, R_ROSTER, [w for w in body.split() if w.lower() not in TUSSENVOEGSELS])

    def _coordinated(self, toks, hits, add):
        """"Marius en Flip", "Cedric en Kwinten": a first name joined by "en" to a name found on its own
        evidence names a person too, though it is also a word or a surname ("flip", "kwinten")."""
        ends = {}
        starts = {}
        for h in hits.values():
            if h.score >= 0.55:
                ends[h.end] = max(ends.get(h.end, 0), h.score)
                starts[h.start] = max(starts.get(h.start, 0), h.score)
        if not ends:
            return
        covered = {(h.start, h.end) for h in hits.values() if h.score >= MIN_REPORT}
        # (the words "en", "and", "&" in any case, found in one pass without lower())
        joins = [i for i in compress(count(), map(_JOIN_FORMS.__contains__, self._tok_texts(toks)))
                 if 0 < i < len(toks) - 1]
        for i in joins:
            left, right = toks[i - 1], toks[i + 1]
            if left.kind != "w" or right.kind != "w" or left.line != right.line:
                continue
            if left.end in ends and right.start not in starts:
                j, score = i + 1, ends[left.end]
                after = toks[i + 2] if i + 2 < len(toks) else None
                if after is not None and after.kind == "w" and is_cap(after.text):
                    continue  # ("Jan en Piet Bakker": a full name, read as one elsewhere)
            elif right.start in starts and left.end not in ends and i >= 2 \
                    and not (toks[i - 2].kind == "w" and is_cap(toks[i - 2].text)):
                j, score = i - 1, starts[right.start]
            else:
                continue
            w = toks[j].text
            f = self.lex.flags(w)
            if (toks[j].start, toks[j].end) in covered or not is_cap(w) or not self._orig[toks[j].start].isupper() \
                    or not f & lx.FIRST or f & lx.PLACE or w.lower() in STOP or w.lower() in LABELS:
                continue
            add(j, j, min(score, 0.6), R_FIRST, [w])

    @staticmethod
    def _label_after_initials(core):
        """The core without the label glued to its end in a list flattened to one line: after initials a name holds
        tussenvoegsels and one surname, so two or more capitalised words after those, up to a colon, are the next
        label ("Mevrouw M. Vonhögen Gasten Laurentius: Mevrouw ..."; "J. Bruins Slot" keeps its double surname)."""
        inits = [m for m, (_, lab) in enumerate(core) if lab == "init"]
        if not inits:
            return core
        m = inits[-1] + 1
        while m < len(core) and core[m][1] == "tv":
            m += 1
        extra = core[m + 1:]
        if len(extra) >= 2 and all(lab == "cap" for _, lab in extra):
            return core[:m + 1]
        return core

    @staticmethod
    def _name_follows(toks, k) -> bool:
        """A name after a title at ``k``: initials, then a capitalised word or a tussenvoegsel on the line ("Mevrouw I.
        Brosky"; not a list with the surname first, where initials and a comma follow: "Bos mevr. A., De Vries")."""
        n = len(toks)
        while k + 1 < n and toks[k].kind == "w" and is_initial_letters(toks[k].text) and toks[k + 1].text == ".":
            k += 2
        if k >= n:
            return False
        t = toks[k]
        return t.kind == "t" or t.kind == "w" and (is_cap(t.text) or t.text.lower() in TUSSENVOEGSELS)

    def _full_name_before(self, toks, parts) -> bool:
        """The run so far is a first name, tussenvoegsels and one surname: "Martijn van Vught"."""
        k = len(parts) - 2
        while k >= 0 and parts[k][1] == "tv":
            k -= 1
        return k == 0 and parts[0][1] == "cap" and bool(self.lex.flags(toks[parts[0][0]].text) & lx.FIRST)

    def _first_name_only(self, word) -> bool:
        """A common first name that is no word and no place ("Gregory", "Kevin"; not "Mark", "Roos", "Anna")."""
        f = self.lex.flags(word)
        return bool(f & lx.FIRST_COMMON) and not f & (lx.WORD | lx.PLACE)

    @staticmethod
    def _church_before(toks, i) -> bool:
        """A church's word right before ``i``, or before "van (de)" there: "de parochie H. ...", "de kerk van de H. ..."
        ("parochiekerk", "Mariakapel" too; not "In de kapel sprak H. de Vries")."""
        k = i - 1
        if k >= 1 and toks[k].text.lower() == "de" and toks[k - 1].text.lower() == "van":
            k -= 2
        elif k >= 0 and toks[k].text.lower() == "van":
            k -= 1
        if k < 0 or toks[k].kind != "w" or toks[k].line != toks[i].line or not toks[k].text[:1].islower():
            return False  # (a capital names a firm or a place: "Uitvaartcentrum De Kapel H. Smit")
        low = toks[k].text.lower()
        return low in _CHURCH_WORDS or low.endswith(("kerk", "parochie", "basiliek", "kathedraal"))

    def _thing_word(self, tok) -> bool:
        """Whether a name right after ``tok`` names an animal, a storm, a ship or an institution ("speurhond Max").
        Written with a capital, a word the name lists know is the name itself: "Nijhuis Jan", "Boot Karin" in a list
        with the surname first, "Storm Henk"."""
        w = tok.text
        # (a pure function of the word and the lexicon, asked before and at most runs: kept per word of the text)
        out = self._things.get(w)
        if out is None:
            if len(self._things) > 50_000:
                self._things.clear()
            out = self._things[w] = names_a_thing(w.lower()) and w not in _BARE_BODIES and (
                w[:1].islower() or not self.lex.flags(w) & (lx.SURNAME | lx.FIRST))
        return out

    def _first_name_list(self, toks, hits, add, text):
        """"Lotte, Bram, Yaël, Kees en Femke": in a list of first names on one line, of which three or more were found
        on their own evidence, a capitalised word that no list knows (no word, no place) is a first name as well.
        ``text``: the text ``toks`` were read from."""
        found = {(h.start, h.end) for h in hits.values() if h.score >= 0.55}
        if len(found) < 3:
            return
        starts = {s: e for s, e in found}
        for i, n_line in _list_spans(text, toks, found):
            while i < n_line:
                items, j = self._list_items(toks, i, starts)
                if len(items) >= 4 and sum(1 for _, _, known in items if known) >= 3:
                    for a, b, known in items:
                        w = toks[a].text
                        f = self.lex.flags(w)
                        if known or f & (lx.PLACE | lx.WORD) or w.lower() in STOP or w.lower() in LABELS \
                                or w.lower() in ORG_WORDS or w.lower() in self.lex.words:
                            continue
                        add(a, b, 0.6, R_ROSTER, [w])
                i = max(j, i + 1)

    def _attendance(self, toks, hits, add):
        """The people a meeting's list of those present or absent names on the label's line ("Aanwezig: Erik Smit,
        Sandra Kramp en Wil van Overloop"; "Afwezig: Ben, Joost, Don"): where two items were found on their own
        evidence, an item that opens with a first name is a person too, though the first name is also a word ("Wil",
        "Ben") or its surname is one ("Overloop")."""
        text = self._orig
        if len(text) > 200_000 or ("anwezig" not in text and "fwezig" not in text and "fgemeld" not in text):
            return
        found = {(h.start, h.end) for h in hits.values() if h.score >= 0.55}
        at_start, at_end = None, None
        # (minutes have a few such lines; a file of thousands is a list of people, read by the other passes)
        for m in islice(_ATTENDANCE_LINE.finditer(text, 0, 100_000), 50):
            items = []
            for i in _ATTENDANCE_ITEM.finditer(m.group(2)):
                body = i.group(1)
                if body.endswith(".") and len(body.rsplit(None, 1)[-1]) > 2:
                    body = body[:-1]  # the list's full stop, not an initial's ("Wil van Overloop.", "Jan P.")
                items.append((i.start(1) + m.start(2), i.start(1) + m.start(2) + len(body), body))
            known = sum(1 for s, e, _ in items if (s, e) in found)
            if known < 2:
                continue
            for s, e, body in items:
                if (s, e) in found or not self._attendant(body):
                    continue
                if at_start is None:
                    at_start, at_end = self._word_at(toks)
                i, j = at_start.get(s), at_end.get(e)
                if i is not None and j is not None:
                    add(i, j, 0.7, R_ROSTER, [w for w in body.split() if w.lower() not in TUSSENVOEGSELS])

    def _minutes_actors(self, toks, hits, add):
        """First names that open a sentence of minutes as the one who opens, asks, tells or takes on something
        ("Mariska merkt op dat ...", "Jan opent de vergadering", "Gerrit deelt mee"), in a text with a sign of minutes
        (``_MINUTES_SIGN``: "Aanwezig:", "notulen", "1. Opening"). A first name that is also a dictionary word or a
        stop word ("Ben", "Roos", "Dan is er nog ..."), or an uncommon one that is a place, is left to the other
        passes."""
        text = self._orig
        if len(text) > 200_000 or not _MINUTES_SIGN.search(text, 0, 20_000):
            return
        taken = {h.start for h in hits.values() if h.score >= MIN_REPORT}
        at_start = None
        for m in islice(_minutes_actor_matches(text, 100_000), 500):
            word = m.group(1)
            if m.start(1) in taken or word.lower() in STOP or word.lower() in LABELS or word.lower() in GREETINGS:
                continue
            f = self.lex.flags(word)
            if not f & lx.FIRST or f & DICT or f & (lx.WORD | lx.PLACE) and not f & lx.FIRST_COMMON:
                continue  # ("Jan", "Joost": common first names that a word list or a place shares; not "Roos")
            if at_start is None:
                at_start = self._word_at(toks)[0]
            i = at_start.get(m.start(1))
            if i is not None and toks[i].end == m.end(1):
                add(i, i, 0.6, R_FIRST, [word])

    def _attendant(self, body) -> bool:
        """An item of such a list that names a person: a first name, then capitalised words or tussenvoegsels, none of
        them a place alone, an organisation or a label ("Wil van Overloop", "Ben"; not "Gemeente Ede", "Utrecht")."""
        words = body.split()
        if not 1 <= len(words) <= 5 or not self.lex.flags(words[0]) & lx.FIRST:
            return False
        for w in words:
            low = w.lower()
            if low in TUSSENVOEGSELS:
                continue
            f = self.lex.flags(w)
            if not is_cap(w) or low in ORG_WORDS or low in LABELS or (f & lx.PLACE and not f & (lx.FIRST | lx.SURNAME)):
                return False
        return True

    def _list_items(self, toks, i, starts):
        """The items of "item , item , ... en item" read from token ``i`` on its line, each ``(first token, last
        token, found)``: a found name (``starts`` maps its start to its end) or one capitalised word. Also returns
        the index of the token after the list."""
        items, j, n, line = [], i, len(toks), toks[i].line
        while j < n and toks[j].kind == "w" and toks[j].line == line:
            t = toks[j]
            if t.start in starts:
                k = j
                while k < n and toks[k].end < starts[t.start]:
                    k += 1
                items.append((j, k, True))
                j = k + 1
            elif is_cap(t.text) and self._orig[t.start].isupper():
                items.append((j, j, False))
                j += 1
            else:
                break
            if j < n and toks[j].text in _LIST_JOINS:
                j += 1
                continue
            break
        return items, j

    def _roster_cells(self, text, hits):
        """The first names alone in the first cells of a table ("| Sean | Testrapport | 4h00 |") where two
        other first cells are first names found on their own: a timesheet or a task list of a team."""
        found = {(h.start, h.end) for h in hits.values() if h.score >= 0.55}
        confirmed, candidates, others = set(), [], set()
        for start, line in self._item_lines():  # (a table's line opens with "|")
            m = _FIRST_CELL.match(line)
            if m is None:
                continue
            s, e, word = start + m.start(1), start + m.end(1), m.group(1)
            if (s, e) in found:
                confirmed.add(word)
            elif self._listed_first(word):
                candidates.append((s, e, word))
            elif is_cap(word):
                others.add(word)
        names = {w for _, _, w in candidates}
        if len(confirmed) < 2 or len(confirmed | names) < 3 or len(others) >= len(confirmed | names):
            return []
        return candidates

    def _roster_name(self, body) -> bool:
        """Two or three capitalised words that a list of people may hold: one of them in a name list,
        none a dictionary word, a place, a street or an organisation ("Den Bosch", "Azure Devops" are none)."""
        words = body.split()
        core = [w for w in words if w.lower() not in TUSSENVOEGSELS]
        if not 2 <= len(core) <= 3 or not all(is_cap(w) for w in core):
            return False
        known = False
        for w in core:
            low = w.lower()
            f = self.lex.flags(w)
            if f & (DICT | lx.PLACE) or low in STOP or low in ORG_WORDS or low in LABELS \
                    or low.endswith(tuple(STREET_WORDS)) or not w.replace("-", "").isalpha():
                return False
            known = known or bool(f & (lx.FIRST | lx.SURNAME))
        return known

    def _teachers(self, toks, add):
        """"lector Van Vreckem", "docent De Clercq": a teacher by role and surname, in notes a team
        of students writes about itself ("we", "ons"); not in news that quotes a lector of a school."""
        text = self._orig
        if len(_WE.findall(text, 0, 20_000)) < 2 or _QUOTED.search(text, 0, 20_000):
            return
        at_start = at_end = None
        for m in _TEACHER.finditer(text, 0, 100_000):
            surname = m.group(1).split()[-1]
            f = self.lex.flags(surname)
            if f & (DICT | lx.PLACE) or surname.lower() in STOP or not self._nameish(surname) \
                    or (f & lx.FIRST and not f & lx.SURNAME) or _AFFILIATION_AFTER.match(text, m.end()):
                continue
            if at_start is None:
                at_start, at_end = self._word_at(toks)
            i, j = at_start.get(m.start()), at_end.get(m.end(1))
            if i is not None and j is not None:
                add(i, j, 0.75, R_CONTEXT, [surname])

    def _says_name(self, toks, add):
        """"ik ben melvin", "heet hij sjon?": a first name in lower case where someone gives a name;
        only a name no dictionary has ("ik ben blij", "ik ben benieuwd" stay words)."""
        text = self._orig
        at_start = at_end = None
        for m in _SAYS_NAME.finditer(text, 0, 200_000):
            w = m.group(1)
            f = self.lex.flags(w[0].upper() + w[1:])
            if not f & lx.FIRST or f & (DICT | lx.PLACE | lx.WORD) or w in STOP or w in self.lex.words \
                    or w.endswith(_ADJECTIVE_ENDINGS):
                continue  # ("ik ben jarig": an adjective the word list lacks, a Frisian first name too)
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not text[line_start:m.start() + 1].lstrip(" \t-*>\"'").islower():
                continue  # (only in a line typed without capitals, as a chat is)
            if at_start is None:
                at_start, at_end = self._word_at(toks)
            i, j = at_start.get(m.start(1)), at_end.get(m.end(1))
            if i is not None and j is not None:
                add(i, j, 0.75, R_CHAT_NAME, [w])

    def _above_address(self, text, toks, lines, add):
        """The sender or the addressee of a letter: a name on the line above a street with its number
        and a postcode with its town ("Samer Hreesh\nKorenberg 99\n4614 GW Bergen op Zoom"); not an
        organisation ("ROC Mondriaan", "Gemeente Utrecht", "Kobra Theaterproducties")."""
        # (the postcode lines, found by one search of the text: most texts have none)
        ln2, pos = 0, 0
        for m in _POSTCODE_START.finditer("\n" + text):
            line_start = m.start()  # (in the text, which is read with a line break before it)
            if not _POSTCODE_LINES.match(text, line_start):
                continue  # (a postcode and a town, but more after them)
            ln2 += text.count("\n", pos, line_start)
            pos = line_start
            ln = ln2 - 2
            if ln < 0 or not _STREET_LINE.match(lines[ln + 1]):
                continue
            # (the words of line ``ln``: the tokens run in line order, so look the line up by bisection)
            idx = []
            for i in range(bisect_left(toks, ln, key=_tok_line), len(toks)):
                t = toks[i]
                if t.line != ln:
                    break
                if t.kind == "w":
                    idx.append(i)
            if not 2 <= len(idx) <= 5 or lines[ln].strip().startswith(("T.a.v", "t.a.v", "Attn")):
                continue
            words = [toks[i].text for i in idx]
            caps = [w for w in words if w.lower() not in TUSSENVOEGSELS]
            if len(caps) < 2 or len(words) != len(lines[ln].split()) or not all(
                    is_cap(w) and not w.isupper() and self._nameish(w) and not self.lex.flags(w) & (DICT | lx.PLACE)
                    and w.lower() not in ORG_WORDS for w in caps):
                continue
            if not self.lex.flags(caps[0]) & lx.FIRST or " ".join(caps).lower() in PERSON_SHAPED_FIRMS:
                continue
            add(idx[0], idx[-1], 0.8, R_ADDRESS, caps)

    def _listed_first(self, word) -> bool:
        """A first name as a team list gives it: in a name list, no place, and common when it is a word too."""
        f = self.lex.flags(word)
        return (is_cap(word) and bool(f & lx.FIRST) and not f & lx.PLACE and word.lower() not in STOP
                and word.lower() not in LABELS and (bool(f & lx.FIRST_COMMON) or not f & lx.WORD))

    def _surname_first(self, body):
        """``(start, end)`` of a line that is one name, surname first: tussenvoegsels, one or two
        surnames no dictionary has, and a first name last ("Van de Cappelle Jari")."""
        words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", body)]
        if not self._listed_first(words[-1][2]):
            return None
        surnames = 0
        for _, _, w in words[:-1]:
            low = w.lower()
            if low in TUSSENVOEGSELS:
                if surnames:
                    return None  # ("Kelvin van Jari": a tussenvoegsel stands before the surname)
                continue
            f = self.lex.flags(w)
            if not is_cap(w) or f & (DICT | lx.PLACE) or low in STOP or low in ORG_WORDS \
                    or (f & lx.FIRST and not f & lx.SURNAME) or not (f & lx.SURNAME or len(w) >= 4 and not f):
                return None
            surnames += 1
        if not 1 <= surnames <= 2:
            return None
        return words[0][0], words[-1][1]

    def _bracket_names(self, inner):
        """The first names in "(Jonas, Robin, Berkant)" or "(Robin P)", or nothing when any part is no first name."""
        out = []
        for m in re.finditer(r"[^,&]+", inner):
            part = m.group()
            for sub in re.finditer(r"(?:^|(?<=[ \t]))(?:en|and)(?=[ \t])|[^ \t]+", part):
                w = sub.group()
                if w in ("en", "and"):
                    continue
                s = m.start() + sub.start()
                if self._listed_first(w):
                    out.append((s, s + len(w)))
                elif not (len(w) <= 2 and w[:1].isupper() and w.rstrip(".").isalpha() and out):
                    return []  # (an initial after a first name may stand: "Robin P")
        return out

    def _callsign_words(self) -> frozenset:
        """The words of the spelling alphabet in this text, when it uses four or more of them."""
        if self._calls is None:
            text = self._orig
            # (cheap first: four words of the alphabet, capitalised, must stand in the text at all)
            if len(set(_CALLSIGN_ANY.findall(text, 0, 200_000))) < 4:
                self._calls = frozenset()
            else:
                found = {m.group(1).lower() for m in _CALLSIGN_WORD.finditer(self._orig, 0, 200_000)} & _CALLSIGNS
                self._calls = frozenset(found) if len(found) >= 4 else frozenset()
        return self._calls

    def _after_callsign(self, body, calls):
        """The first names after the call signs of an item: "Bravo, Charlie, Quebec Alex", "Papa Robin en Thomas"."""
        words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s,&]+", body)]
        k = 0
        while k < len(words) and words[k][2].lower() in calls:
            k += 1
        rest = [w for w in words[k:] if w[2] != "en"]
        if not k or not rest or not all(self._listed_first(w) and w.lower() not in calls for _, _, w in rest):
            return []
        return [(s, e) for s, e, _ in rest]

    def _drop_things(self, out):
        """Hits that name a call sign or a building of this text ("Charlie1", "de heer van de Magerhorst")."""
        calls = self._callsign_words()
        buildings = self._buildings()
        if not calls and not buildings:
            return out
        keep = []
        for h in out:
            words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", self._orig[h.start:h.end])
                     if w.lower() not in TUSSENVOEGSELS and w.lower() not in TITLES]
            if words and all(w.lower() in calls or w in buildings for w in words):
                continue
            if len(words) >= 2 and words[0].lower() in calls and any(
                    o is not h and h.start < o.start < h.end for o in out):
                continue  # "Papa Robin": a call sign and its member, found on its own
            keep.append(h)
        return keep

    def _buildings(self) -> set[str]:
        """The names after "kasteel", "landgoed", ... in the first 200,000 characters: what
        ``_BUILDING_NAME.finditer`` finds there, read only where one of its words stands."""
        text = self._orig
        at = []
        for w in _BUILDING_WORDS:
            p = text.find(w, 0, 200_000)
            while p >= 0:
                at.append(p)
                p = text.find(w, p + 1, 200_000)
        found, done = set(), 0
        for p in sorted(set(at)):
            if p < done:
                continue  # (inside the last match: finditer reads on after it)
            m = _BUILDING_NAME.match(text, p, 200_000)
            if m:
                found.add(m.group(1))
                done = m.end()
        return found

    def _drop_fields(self, out):
        """Hits that are the field names of a form written as a table ("| Naam | Ria Smit |", "| Job |
        Verpleegkundige |"): below its header a row names the person, so its first cells are fields."""
        text = self._orig
        if "|" not in text[:200_000]:
            return out
        fields: set[tuple[int, int]] = set()
        block: list[tuple[int, str]] = []
        pos = 0
        for line in text[:200_000].split("\n") + [""]:
            start, pos = pos, pos + len(line) + 1
            if line.lstrip().startswith("|"):
                block.append((start, line))
                continue
            fields |= _form_fields(block)
            block = []
        if not fields:
            return out
        return [h for h in out if (h.start, h.end) not in fields]

    def _plural_titles(self, toks, add):
        """"de heren Goos, Verver en Van Gulik", "de dames Moelker en Vonk": surnames listed after
        the plural of a title each name a person (a list of at most twelve, on one line)."""
        text = self._orig
        if not any(w in text for w in ("heren", "Heren", "HEREN", "dames", "Dames", "DAMES", "mevrouwen", "messieurs")):
            return  # (most texts: no pass over the tokens)
        n = len(toks)
        for i, t in enumerate(toks):
            if t.kind != "w" or t.text.lower() not in _PLURAL_TITLES:
                continue
            j = i + 1
            if j < n and toks[j].kind == "w" and toks[j].text in TUSSENVOEGSELS:
                continue  # "de dames van Oranje", "de heren uit Duitsland": a team, not a list of names
            for m in range(12):
                item = self._titled_item(toks, j)
                if item is None:
                    break
                s_idx, e_idx, names = item
                f = self.lex.flags(names[-1])
                if m == 0 and not f & (lx.SURNAME | lx.FIRST) and not toks[s_idx].text in ("Van", "De", "Ter", "Ten"):
                    break  # "de dames Hockey": the first must be a name the lists know (or "Van Gulik")
                if all(self._nameish(w) and w.lower() not in STOP and w.lower() not in ORG_WORDS for w in names):
                    add(s_idx, e_idx, 0.8, R_TITLE, names)
                # (a word that is no name inside the list is passed over: "Goos, Sinterklaas, Verver")
                j = e_idx + 1
                if j < n and toks[j].text == ",":
                    j += 1
                elif j < n and toks[j].text in ("en", "&"):
                    j += 1
                else:
                    break

    def _titled_item(self, toks, j):
        """One name of a list after "de heren": titles, initials and tussenvoegsels, then one or two
        surnames on the same line. ``(first, last token, surnames)`` or None."""
        n = len(toks)
        start = j
        line = toks[j].line if j < n else -1
        names = []
        while j < n and toks[j].line == line and len(names) < 2 and j - start < 12:
            t = toks[j]
            w = t.text
            low = w.lower()
            dot = j + 1 < n and toks[j + 1].text == "." and toks[j + 1].start == t.end
            if t.kind == "t" or (t.kind == "w" and low in TUSSENVOEGSELS and not names):
                j += 1
            elif t.kind == "w" and not names and (low in TITLES or is_initial_letters(w)) and dot:
                j += 2
            elif t.kind == "w" and (is_cap(w) or w[:2] in ("d'", "d’") and is_cap(w[2:])):
                f = self.lex.flags(w[2:] if w[:2] in ("d'", "d’") else w)
                if f & lx.PLACE and not (j > start and toks[j - 1].kind in ("w", "t")
                                         and toks[j - 1].text.lower() in TUSSENVOEGSELS):
                    break  # "de dames Zwolle": a team of a town ("de heren Van Dam" keeps it)
                names.append(w)
                j += 1
            else:
                break
        if not names:
            return None
        k = j - 1
        while toks[k].kind != "w" or toks[k].text not in names:
            k -= 1
        return start, k, names

    def _mentions(self, toks, add):
        # (the "@" tokens found column-wise: most texts have none or a few, in a mail address; a text without an
        # "@" has no such token, as every "@" is a token of its own: no pass then)
        if "@" not in self._orig:
            return
        for i in _indexes_of(toks, "@", self._tok_texts(toks)):
            if i >= len(toks) - 1:
                break
            if toks[i + 1].kind == "w" and toks[i + 1].start == toks[i].end \
                    and is_cap(toks[i + 1].text) and (i == 0 or toks[i - 1].end < toks[i].start) \
                    and self._nameish(toks[i + 1].text):
                # (not "@Belastingdienst": an organisation's handle is no person)
                add(i + 1, i + 1, 0.8, R_MENTION, [toks[i + 1].text])

    def _propagate(self, toks, hits, seeds, official_words):
        """A name found with good evidence counts wherever it stands in the same text."""
        seeds = {s for s in seeds if s not in official_words and s.lower() not in STOP
                 and s.lower() not in TUSSENVOEGSELS and len(s) >= 2}
        # parts of double names count alone too ("Yılmaz-Demir" -> "Yılmaz")
        for s in list(seeds):
            if "-" in s:
                seeds.update(p for p in s.split("-") if len(p) >= 3 and p[0].isupper()
                             and p.lower() not in TUSSENVOEGSELS and p.lower() not in STOP)
        if not seeds:
            return
        covered = sorted((h.start, h.end) for h in hits.values() if h.score >= MIN_REPORT)
        starts = [c[0] for c in covered]
        # (the tokens that are a seed found column-wise: most tokens are none)
        for i in compress(count(), map(seeds.__contains__, self._tok_texts(toks))):
            t = toks[i]
            if t.kind != "w":
                continue
            k = bisect_right(starts, t.start) - 1
            if k >= 0 and covered[k][1] > t.start:
                continue
            if i > 0 and toks[i - 1].kind == "w" and toks[i - 1].text.lower() in OFFICE_SET:
                continue
            k2 = i - 1
            while k2 >= 0 and toks[k2].kind in ("w", "t") and toks[k2].text.lower() in TUSSENVOEGSELS:
                k2 -= 1
            if k2 >= 0 and toks[k2].kind == "w" and toks[k2].text.lower().endswith(FIRM_SUFFIXES):
                continue  # "Klusbedrijf Van Dam": the firm, named after its owner
            nx = toks[i + 1] if i + 1 < len(toks) else None
            if (nx is not None and nx.kind == "w" and nx.start == t.end + 1 and is_cap(nx.text)
                    and not self.lex.flags(nx.text) & (lx.FIRST | lx.SURNAME)):
                continue  # "Hermans Hoveniers", "Mulder Transport": a firm named after its owner
            start = t.start
            if k2 < i - 1 and self._orig[toks[k2 + 1].start].isupper() and toks[k2 + 1].line == t.line:
                start = toks[k2 + 1].start  # "De Vries licht toe": the surname with its capital tussenvoegsel
            key = (start, t.end)
            old = hits.get(key)
            if old is None or old.score < MIN_REPORT:  # a weak reading there does not block the repeat
                hits[key] = NameHit(start, t.end, 0.7, R_REPEAT)



#: A first cell of a table that holds one word, bold or not: "| Sean| ...", "| **Sean**| ...".
_FIRST_CELL = re.compile(r"[ \t]*\|[ \t]*(?:\*\*)?([^\W\d_][\w'’-]*)(?:\*\*)?[ \t]*\|")
#: The fields that name the person of a form ("| Naam | Ria Smit |").
_NAME_FIELDS = frozenset({"naam", "name", "full name", "volledige naam", "voornaam", "achternaam"})


def _form_fields(block) -> set:
    """``(start, end)`` of the first cells of a table that is a form: a row below the header (after
    the "|---|" line) has a name field with a value. A table whose header says "Naam" lists people."""
    sep = next((k for k, (_, line) in enumerate(block) if re.fullmatch(r"[ \t|:\-]+", line) and "-" in line), None)
    if sep is None:
        return set()
    cells = []
    for start, line in block[sep + 1:]:
        m = re.match(r"[ \t]*\|[ \t]*([^|]*?)[ \t]*\|[ \t]*([^|]*?)[ \t]*(?:\||$)", line)
        if m:
            cells.append((start + m.start(1), start + m.end(1), m.group(1), m.group(2)))
    if not any(c.lower().strip("*: ") in _NAME_FIELDS and v for _, _, c, v in cells):
        return set()
    return {(s, e) for s, e, c, _ in cells if c}


def _drop_nested(hits: list[NameHit]) -> list[NameHit]:
    """Keep the longest of overlapping hits."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[NameHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            if h.end - h.start > out[-1].end - out[-1].start:
                out[-1] = h
            continue
        out.append(h)
    return out
