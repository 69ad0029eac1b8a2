"""Meeting notes (MEETING_NOTES) and internal team/department reports (DEPARTMENT_REPORT).

Both are recognised by their shape, not by single words: a title line at the top ("Verslag
teamoverleg", "Maandrapportage team ...") and labels at the start of lines ("Aanwezig:",
"Actiepunten", "Rondvraag"). A press release that says "30 werkgevers zijn aanwezig" or a public
annual report ("Jaarverslag UWV 2024") has neither.
"""
from __future__ import annotations

from itertools import islice
import re

from detectors import published
from detectors.regexgate import gated
from detectors.categories._text import lines_of, MAX_LINE, Line, Spans, iter_lines
from detectors.categories.markers import Evidence, stronger, strongest

#: The labels of meeting notes at the start of a line, by what they list (English ones too, as student and project
#: teams keep their minutes).
_GROUP = {
    "attendance": ("aanwezig", "aanwezigen", "niet aanwezig", "afwezig", "afgemeld", "met kennisgeving afwezig",
                   "verhinderd", "present", "absent", "attendees", "apologies", "invitees"),
    "roles": ("notulist", "notulen", "voorzitter", "chair", "minute taker", "minute-taker", "minutetaker", "minutes",
              "note taker", "note-taker", "notetaker"),
    "actions": ("actiepunten", "actielijst", "acties", "action items", "action points", "afspraken",
                "gemaakte afspraken", "points of action"),
    "decisions": ("besluiten", "besluitenlijst", "decisions"),
    "agenda": ("rondvraag", "mededelingen", "sluiting", "opening", "opening en mededelingen", "agenda",
               "vaststellen agenda", "vaststellen van de agenda", "vaststellen de agenda", "vaststelling agenda",
               "volgend overleg", "volgende vergadering", "next meeting", "verslag vorige vergadering", "wvttk",
               "wat verder ter tafel komt", "announcements", "talking points", "question round", "any other business",
               "aob", "closure", "vergaderpunten", "bespreekpunten"),
}
_LABEL_GROUP = {label: group for group, labels in _GROUP.items() for label in labels}
#: (Also as Markdown writes them: "## Agenda", "| **Aanwezig** | Dries, Nick", "- **Actiepunten:**".) The labels are
#: those of _GROUP and one more: "vaststellen van agenda" is read as a label that belongs to no group (as when the
#: pattern listed its labels itself: it counts towards the labels read but gives no group).
_MEETING_LABEL = re.compile(
    r"(?m)^[ \t]{0,20}(?:[|#>]{1,6}[ \t]{0,30})?(?:[-*][ \t]+)?(?:\*\*|__)?"
    r"(?:[a-z]?\d{1,2}(?:\.\d{1,2}){0,2}[.)]?[ \t]+)?"
    r"(" + "|".join(map(re.escape, [*_LABEL_GROUP, "vaststellen van agenda"])) + r")[ \t]*"
    # the time an item gets on an agenda: "## Closure (_5-10 min_)", "Rondvraag (10 minuten)"
    r"(?:\(_*\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?[ \t]*(?:min|minutes|minuten)\.?_*\)[ \t]*)?"
    r"(?::|(?:\*\*|__)[ \t]*(?::|\||$)|\||$)")
_MEETING_LABEL = gated(_MEETING_LABEL)  # (a text without its words skips the scan: see detectors/regexgate.py)
_WEIGHT = {"attendance": 0.55, "roles": 0.3, "actions": 0.35, "decisions": 0.35, "agenda": 0.25}

_MINUTES_TITLE = re.compile(r"(?i)(?:verslag|notulen|besluitenlijst|actielijst|actiepunten|actiepuntenlijst|minutes|"
                            r"aantekeningen|notities|samenvatting|afspraken|action items|action points|notes)")
#: The date of one meeting in its title ("21 november", "4 December", "20-11").
_DATE_IN_TITLE = (r"\b\d{1,2}[-/]\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mrt|maart|mar|apr|mei|jun|jul|aug|sep|okt|oct|"
                  r"nov|dec)")
_MEETING_DATE = re.compile(r"(?i)" + _DATE_IN_TITLE)
#: A title of an internal meeting: a date, or a meeting of a team, a steering group, partners.
_OWN_MEETING = re.compile(r"(?i)" + _DATE_IN_TITLE + r"|werkoverleg|teamoverleg|stuurgroep|werkgroep|projectgroep|"
                          r"kernteam|\bmt\b|\bteam\b|\bbila\b|ketenpartners|overleg met")
#: A list item under a title: "- gemeente levert de lijst", "* verslag rondsturen", "2. budget aanvragen".
_LIST_ITEM = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s+\S")
_MEETING_STEM = re.compile(r"(?i)overleg|vergader|bijeenkomst|gesprek|bespreking|meeting|sessie|stuurgroep|\bMT\b|"
                           r"werkbezoek|hoorzitting|intervision|retro|voicechat|videocall|contactmoment|klantoverleg|"
                           r"design\s?review|"
                           r"brainstorm\w*|sprint\s?(?:review|planning)|"
                           r"\bOR\b|heidag|werkgroep|stand-?up|intervisie|\bcall\b|spreekuur|\bbila\b|"
                           r"\b(?:1|één|een)[- ]op[- ](?:1|één|een)\b")
#: A title marked internal ("Verslag bezoek Kamercommissie – 20 november (intern)"): the notes of a meeting with
#: parliament or a visit are then the organisation's own, not the published report of it.
_MARKED_INTERN = re.compile(r"(?i)(?:[–—|(]|\s-\s)\s*intern\s*(?:[)–—|,]|\s-\s|$)")
_VISIT = re.compile(r"(?i)\bbezoek\b")
_HEADING_MARKS = re.compile(r"^[#*_>= \t]+")
_STRONG_TITLE = re.compile(r"(?i)^(?:notulen|besluitenlijst|actielijst|gespreksverslag|minutes)\b")
#: The retro, stand-up or review of one sprint or day: "Retrospective Sprint 3", "Daily stand-up 3 juni" ("Retrospective
#: in Scrum" heads a page about them; an invitation to a public sprint review speaks to its reader).
_RETRO_TITLE = re.compile(r"(?i)^[#*_ \t]*(?:(?:sprint\s*|team)?retro(?:spectie[fv]e?|spective)?|"
                          r"(?:daily\s*)?stand-?up|"
                          r"daily(?:\s+scrum)?|sprint\s*(?:review|planning|demo)|refinement)\b[^\n?]{0,40}?"
                          r"(?:\b(?:sprint|week|iteratie|blok|periode)\s*\d{1,3}\b|" + _DATE_IN_TITLE + r")")
#: Parliamentary and other official reports of meetings are published.
_PUBLIC_MEETING = re.compile(r"(?i)schriftelijk overleg|commissiedebat|notaoverleg|wetgevingsoverleg|"
                             r"algemeen overleg|plenair|handelingen|tweede kamer|eerste kamer|gemeenteraad|"
                             r"provinciale staten|college van|burgemeester en wethouders|\bb&w\b|\braadsvergadering|"
                             r"openbare vergadering|gedeputeerde staten|\bgs-vergadering|"
                             r"algemeen bestuur|dagelijks bestuur|ocmw-raad|raad voor maatschappelijk welzijn|"
                             # a council's items decided without debate
                             r"\bhamerstuk(?:ken)?\b|"
                             # a parliament's session and report number: "(2025/2026 nr. 01)"
                             r"\(\d{4}[/-]\d{4}\s+nr\.?\s*\d{1,3}\)")
_PUBLIC_MEETING = gated(_PUBLIC_MEETING)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: The members' meeting of an association, whose report a club or a party puts on its own site ("Verslag Algemene
#: Ledenvergadering 7 november", "Notulen AV van 21 juni"), unless it is the meeting of a staff association or a works
#: council, which belong to the workplace. (Minutes marked for the members only are private: ``detectors.published``.)
_MEMBERS_MEETING = re.compile(r"(?im)\balgemene\s+(?:leden)?vergadering|\b(?:jaarlijkse\s+)?ledenvergadering|\balv\b"
                              r"|^notulen\s+av\b")
_MEMBERS_MEETING = gated(_MEMBERS_MEETING)  # (a text without its words skips the scan: see detectors/regexgate.py)
_STAFF_BODY = re.compile(r"(?i)personeelsvereniging|personeelsvertegenwoordiging|ondernemingsraad|\bor\b|"
                         r"medezeggenschap|personeelsraad|\bintern")
#: A council's own minutes: its clerk and its wethouders among those present.
_CLERK = re.compile(r"(?i)\bgriffier\b")
_WETHOUDER = re.compile(r"(?i)\bwethouders?\b")
#: The verbatim report of a council, the Staten or a parliament writes its speakers in capitals: "De VOORZITTER:",
#: "De heer VAN DAM (CDA):", "Mevrouw KOOISTRA (PvdA):". A team's minutes name their chair as a label ("Voorzitter:
#: Jan", "VOORZITTER: Karin") and their people by the first name.
_VERBATIM_SPEAKER = re.compile(r"(?m)^[ \t]*(?:De[ \t]+VOORZITTER|(?:De[ \t]+heer|Mevrouw)[ \t]+[A-Z][A-Z'’-]+"
                               r"(?:[ \t]+[A-Z][A-Z'’-]+)*[ \t]+\([^()\n]{1,30}\))[ \t]*:")
#: Where such speakers are looked for (the top of the report), and how many lines of them make one: a team's minutes
#: may write "De VOORZITTER: Jan opent." once, a report gives the chair and a member the floor (or names the council's
#: clerk, the griffier, above the chair's one line).
_VERBATIM_WINDOW = 3_000
_VERBATIM_LINES = 2
#: How much of each head line is read for them (a council's list of those present is long).
_PRESENT_LINE = 2_000

_REPORT_STRONG = re.compile(
    r"(?i)\b(?:afdelings|team|managements?|mi-?|sturings|bedrijfsvoerings|productie|personeels|capaciteits)"
    r"(?:verslag|rapportage|rapport|overzicht|informatie|cijfers|dashboard|update|plan|jaarplan)\b"
    r"|\bmanagementinformatie\b")
#: "Jaarplan 2026 team ...", "Rapportage Q3 van de afdeling ...": the kind, maybe a period, then the unit.
#: (A list of a unit's own people or work: "Verzuimlijst afdeling X"; a party's "Kandidatenlijst afdeling Y" is public.)
_REPORT_OF_UNIT = re.compile(r"(?i)^(?:\w*verslag|\w*rapportage|rapport|\w*overzicht|"
                             r"(?:verzuim|ziekte|bezettings|rooster|aanwezigheids|telefoon|adres|personeels|"
                             r"medewerkers|taken|planning|uren|verlof|dienst|werk)lijst|jaarplan|werkplan|"
                             r"teamplan|plan|update|nieuwsbrief|nieuws|weekbericht|maandbericht)\s+"
                             r"(?:(?:\d{4}(?:-\d{4})?|q[1-4]|[kt][1-4]|week\s*\d{1,2})\s+)?"
                             r"(?:van\s+)?(?:de\s+|het\s+)?(?:afdeling|team|vestiging|unit|kcc|klantcontactcentrum)\b")
#: A title that names the unit first and then the report: "Afdeling Handhaving Oost - Rapport van
#: bevindingen", "Team Inkomen | Verslag".
_UNIT_THEN_REPORT = re.compile(r"(?i)^(?:afdeling|team|directie|cluster|vestiging|district|unit)\s+[^\n:|–-]{1,60}?"
                               r"\s*[-–|:]\s*(?:verslag|rapportage|rapport|analyse|overzicht|evaluatie)\b")
#: The report first, the unit in a later part of the title: "Rapport van bevindingen – Team Toezicht Noord",
#: "Tijdlijn onderzoek 'X' – stand 3 maart (Team Handhaving Utrecht)".
_REPORT_THEN_UNIT = re.compile(r"(?i)^(?:rapport|rapportage|verslag|evaluatie|analyse|overzicht|tijdlijn)\b"
                               r"[^\n]{0,100}?(?:[–—|(,]|\s-\s)"
                               r"\s*(?:team|afdeling|district|directie|vestiging|cluster|unit)\s+\w")
#: A team's own report or newsletter by its name: "interne rapportage", "Nieuwsflits", "Teambericht".
#: ("Intern rapport: UWV faalde" is a headline about a leaked report.)
_INTERNAL_REPORT = re.compile(r"(?i)\binterne?\s+(?:rapportage|rapport|nieuwsbrief|verslag|evaluatie|update)\b(?!\s*:)"
                              r"|\b(?:nieuwsflits|teambericht|teamnieuws|teamupdate|team\s+update|personeelsnieuws|"
                              r"medewerkersnieuws)\b")
#: A staff newsletter marked internal in its title: "Nieuwsbrief Regio Oost – intern – nr. 4" (a
#: newsletter of a club or for employers is published and carries no such marking).
_NEWSLETTER_MARKED = re.compile(
    r"(?i)\b(?:nieuwsbrief|personeelsblad|personeelskrant|personeelsmagazine|nieuwsflits|huisorgaan|teambericht)\b"
    r"[^\n]{0,80}?" + _MARKED_INTERN.pattern.removeprefix("(?i)"))
_REPORT_PERIOD = re.compile(
    r"(?i)\b(?:maand|kwartaal|week|halfjaar|halfjaars|periode|voortgangs|tussen)"
    r"(?:verslag|rapportage|rapport|overzicht|cijfers|update)\b"
    r"|\b(?:rapportage|verslag|rapport)\s+(?:q[1-4]|week|periode|maand|t\d)\b")
_UNIT = re.compile(r"(?i)\b(?:team|afdeling|vestiging|klantcontactcentrum|kcc|unit|cluster|district|"
                   r"locatie|kantoor|sector|regio)\b")
#: A body that publishes figures: the organisation's name in the title of a period report ("UWV-kwartaalrapportage").
_PUBLISHER = re.compile(r"(?i)\b(?:uwv|cbs|svb|duo|cak|gemeente|ministerie|rijksoverheid|kabinet|provincie|"
                        r"belastingdienst|inspectie|rekenkamer|nederland)\b")
#: Bodies whose plans and reports of teams are public (sent to the council or parliament).
_PUBLIC_BODY = re.compile(r"(?i)\b(?:gemeente|provincie|ministerie|waterschap|rijksoverheid|kabinet|cbs)\b")
_KPI = re.compile(
    r"(?im)\bnorm\s*[:(]?\s*\d|\bcaseload\b|\bwerkvoorraad\b|\bformatie(?:plaatsen)?\b|\bfte\b|"
    r"\bmedewerkersonderzoek\b|\bdoorlooptijd\b|\bbezetting\b|\bverzuim\b|^personeel\s*:|\bteamleider\b|"
    r"\bproductienorm\b|\binhuur\b|\bachterstand(?:en)?\b|\binstroom\b|\buitstroom\b|\bopenstaand\b|"
    r"\bafgehandeld\b|\bbinnen de (?:wettelijke |beslis)?termijn\b"
    # a figure set against the period before: "(Q2: 540)", "(september: 290)", "(vorig jaar: 12%)"
    r"|\((?:q[1-4]|[a-z]+(?:\s+\d{4})?|vorig\w*\s+\w+|week\s*\d{1,2})\s*:\s*[\d.,]+\s*%?\)")


#: The head of a table of action points with a column for who does it and one for the deadline ("| Wat | Wie |
#: Deadline |", "| What | Who | Due |"): a team hands out its own work so. A gemeente's action plan names a lead
#: organisation and a period ("| Actie | Trekker | Planning |", "| Actie | Wie | Wanneer |").
_ACTION_TABLE = re.compile(r"(?m)^(?=[^\n|]*\|[^\n]*\|[ \t]*(?:\*\*|__)?(?:wie|who)\b)"
                           r"(?=[^\n|]*\|[^\n]*\|[ \t]*(?:\*\*|__)?(?:deadline|tegen\s+wanneer|klaar\s+op|due)\b)")


def _title_like(line: Line) -> bool:
    """A heading: short, and not a sentence that ends with a full stop or a question mark."""
    t = line.text
    # a Markdown heading is a heading even with a full stop after it ("# Verslag vergadering 26/3 met groep 19.")
    ends = ("?", "!") if t.startswith("#") else (".", "?", "!")
    return len(t) <= 150 and len(t.split()) <= 14 and not t.endswith(ends)


#: Minutes written as sentences: what was agreed, and when the group meets again. Both are needed (news on a
#: meeting says one of them, and names whoever told it).
_AGREED = re.compile(r"\b(?:afgesproken|besloten|overeengekomen)\s+(?:werd|wordt|is)\s+dat\b")
_NEXT_MEETING = re.compile(r"\b(?:het\s+volgende\s+(?:overleg|gesprek)|de\s+volgende\s+(?:vergadering|bijeenkomst))\s+"
                           r"(?:is|vindt|staat|wordt)\b")


#: News on talks between parties (a collective labour agreement, a strike) tells what was agreed and when they
#: meet again, too.
_NEGOTIATION = re.compile(r"\b(?:cao|onderhandel\w*|staking|vakbonden|werkgeversorganisatie\w*|fnv|cnv)\b"
                         # a club's news from its board, an invitation to the next meeting of a neighbourhood
                         r"|\b(?:\w*vereniging|clubhuis|ledenvergadering|alv|welkom|aanmelden)\b")


#: English minutes in prose: how the meeting went and who was there or what the chair did. News on a meeting says
#: the first, not the second.
_MEETING_WENT = re.compile(r"\b(?:the|this|our)\s+meeting\s+(?:started|began|opened|was\s+opened|was\s+conducted|"
                           r"was\s+held|ended|closed)\b")
_MEMBERS_OR_CHAIR = re.compile(r"\b(?:all|\d+\s+(?:out\s+)?of\s+(?:our|the)\s+\d+)\s+(?:team\s+)?members\s+"
                               r"(?:were\s+)?present\b|\bthe\s+chair\s+(?:opened|recapped|went|asked|closed|started|"
                               r"welcomed|summari[sz]ed)\b")


#: Dutch minutes in prose tell the course of one meeting: its opening and closing, who was there or sent apologies,
#: its numbered items, the last minutes approved ("De voorzitter opent de vergadering", "Pietersen is afwezig met
#: kennisgeving", "Agendapunt 2", "Het verslag wordt goedgekeurd"). News on a meeting tells what was decided, not
#: these; it takes two of different kinds.
_WHEN_BY = r"(?:om\s+[\d.:]+\s*(?:uur\s+)?)?(?:door\s+[^.\n]{1,40}?\s+)?"  # "om 9.30 uur", "door de voorzitter"
_COURSE = (
    ("opening", re.compile(r"\bopent\s+(?:de|het)\s+(?:vergadering|overleg|bijeenkomst)\b"
                           r"|\b(?:vergadering|bijeenkomst)\s+(?:wordt|werd)\s+" + _WHEN_BY + r"geopend\b"
                           r"|\bheet\s+(?:iedereen|allen|alle\s+aanwezigen|de\s+aanwezigen)\s+"
                           r"(?:van\s+harte\s+)?welkom\b")),
    ("closing", re.compile(r"\bsluit\s+(?:de|het)\s+(?:vergadering|overleg|bijeenkomst)\b"
                           r"|\b(?:vergadering|bijeenkomst)\s+(?:wordt|werd)\s+" + _WHEN_BY + r"gesloten\b")),
    # ("Aanwezig waren zo'n zestig bewoners" is news on an evening: a number of people, not who they were)
    ("attendance", re.compile(r"\baanwezig\s+(?:zijn|waren)\b(?!\s+(?:zo['’]n|ruim|circa|ca\.|ongeveer|bijna|"
                              r"meer\s+dan|tientallen|honderden|veel|vele|enkele|\d))|\bafwezig\s+met\s+kennisgeving\b|"
                              r"\bmet\s+kennisgeving\s+afwezig\b|\b(?:is|zijn|waren|was)\s+(?:m\.k\.\s+)?afwezig\b|"
                              r"\bafwezig\s+m\.k\.|\b(?:heeft|hebben)\s+zich\s+afgemeld\b|\baanwezig(?:en)?\s*:")),
    ("item", re.compile(r"\bagendapunt\s+\d|\brondvraag\b")),
    ("approved", re.compile(r"\b(?:notulen|verslag)\s+(?:van\s+(?:de\s+)?(?:vorige\s+)?(?:vergadering\s+)?)?"
                            r"(?:van\s+)?[\d\-/ a-z]{0,25}?(?:wordt|worden|werd|werden|zijn|is)\s+(?:\w+\s+){0,4}?"
                            r"(?:goedgekeurd|vastgesteld)\b"
                            r"|\bgoedkeuring\s+(?:van\s+)?(?:het\s+)?vorig\w*\s+(?:verslag|notulen)\b")),
)


#: News names its source; minutes say "Jansen meldt dat ..." too, so "meldt" is no sign of news here.
_NEWS_SOURCE = re.compile(r"\b(?:persbericht|woordvoerder|woordvoerster|aldus)\b")


#: A council's own meeting, which it publishes: its members, aldermen, motions and parties.
_COUNCIL = re.compile(r"\b(?:raadsleden|raadslid|wethouders?|moties?|amendementen|amendement|fracties?|griffier)\b")
#: "De raad" is the gemeente's council unless a council of the workplace, a school or a care home meets.
_THE_COUNCIL = re.compile(r"\bde\s+raad\b")
_OWN_COUNCIL = re.compile(r"\b(?:ondernemingsraad|medezeggenschapsraad|gmr|mr|or|cliëntenraad|clientenraad|"
                          r"deelnemersraad|ouderraad|leerlingenraad|bewonersraad|huurdersraad|wijkraad|dorpsraad|"
                          r"personeelsraad|studentenraad|universiteitsraad|centrale\s+raad)\b")


def _council(window: str) -> bool:
    """Whether a council of a gemeente meets in ``window`` (lower case): its members, aldermen or motions, or "de raad"
    where no council of the workplace, a school or a care home is named."""
    return _COUNCIL.search(window) is not None or (
        _THE_COUNCIL.search(window) is not None and _OWN_COUNCIL.search(window) is None)


def _dutch_prose_minutes(low: str) -> Evidence | None:
    """Minutes written as sentences (a transcript put into prose, a neighbourhood council's report): two kinds of
    :data:`_COURSE`, in a text that is no council's or members' meeting and no news (see :func:`_minutes`)."""
    window = low[:20_000]
    if "vergader" not in window and "overleg" not in window and "bijeenkomst" not in window \
            and "notulen" not in window and "verslag" not in window:
        return None
    kinds = {}
    for kind, pattern in _COURSE:
        m = pattern.search(window)
        if m is not None:
            kinds[kind] = m
    # (an item alone is no course: "tijdens de rondvraag" is told of any public evening)
    if len(kinds) < 2 or set(kinds) == {"item"} or _PUBLIC_MEETING.search(window) or _NEWS_SOURCE.search(window) or \
            _council(window) or _MEMBERS_MEETING.search(window[:_PRESENT_LINE]):
        return None
    first = min(kinds.values(), key=lambda m: m.start())
    return Evidence(0.6, "kenmerken van een verslag van een vergadering (hoe die verliep en wie er waren)",
                    first.start(), first.end())


def _prose_minutes(low: str) -> Evidence | None:
    dutch = _dutch_prose_minutes(low)
    if dutch is not None:
        return dutch
    window = low[:20_000]
    if "meeting" in window:
        went = _MEETING_WENT.search(window)
        if went and _MEMBERS_OR_CHAIR.search(window):
            return Evidence(0.55, "een verslag van een overleg (hoe het overleg ging, wie er waren)",
                            went.start(), went.end())
    if not ("afgesproken" in window or "besloten" in window or "overeengekomen" in window) or "volgende" not in window:
        return None
    agreed = _AGREED.search(window)
    if agreed and _NEXT_MEETING.search(window) and not _REPORTED.search(window) \
            and not _PUBLIC_MEETING.search(window) and not _NEGOTIATION.search(window):
        return Evidence(0.55, "een verslag van een overleg (wat is afgesproken, wanneer het volgende overleg is)",
                        agreed.start(), agreed.end())
    return None


def _public_members_or_council(lines: list[Line]) -> bool:
    """The report of an association's members' meeting or of a council (its clerk and wethouders present), as the
    club, the party or the council publishes it."""
    top = "\n".join(h.text[:_PRESENT_LINE] for h in lines)
    if _STAFF_BODY.search(top):
        return False
    return _MEMBERS_MEETING.search(top) is not None or (
        _CLERK.search(top) is not None and _WETHOUDER.search(top) is not None)


#: The roll of a parliament's or a council's session, in the words its reports use: "Tegenwoordig zijn 74 leden, te
#: weten:" (the Handelingen of both chambers; a club's minutes say "Tegenwoordig zijn 5 leden van het bestuur").
_ROLL_OF_MEMBERS = re.compile(r"(?i)\btegenwoordig\s+(?:zijn|waren)\s+\d{1,3}\s+leden\s*,\s*te\s+weten\b")


def _verbatim_report(text: str) -> bool:
    """The verbatim report of a council, the Staten or a parliament: speakers written in capitals near the top, twice
    or more, or a member with a party in brackets, or the chair below the name of the clerk; or its roll of members."""
    if _ROLL_OF_MEMBERS.search(text, 0, _VERBATIM_WINDOW):
        return True
    n = 0
    for m in _VERBATIM_SPEAKER.finditer(text, 0, _VERBATIM_WINDOW):
        n += 1
        if n >= _VERBATIM_LINES or "(" in m.group() or _CLERK.search(text, 0, m.start()):
            return True
    return False


def meeting(text: str, low: str, head: list[Line], persons: Spans | None = None) -> Evidence | None:
    """Minutes, a decision list, the report of a conversation, or a team's retro."""
    return strongest(_minutes(text, low, head, persons), _retro(text, head), _answers_per_member(text),
                     _transcript(text), _members_speak(text, low))


#: What a board or a team talks over, and the writer among them ("we").
_TALKED_OVER = re.compile(r"\b(?:afgesproken|besproken|bespreken|vergadering|vergaderen|bestuur|agenda|actiepunt\w*|"
                          r"voorstel|besluit|besloten|overleg|"
                          r"discussed|agreed|decided|meeting|action\s+points?)\b")
#: The writer as one of a group, in lower case: here and in :data:`_WE_DISCUSSED`.
_WE_WORD = r"\b(?:we|wij)"
_WE = re.compile(_WE_WORD + r"\b")


def _members_speak(text: str, low: str) -> Evidence | None:
    """Minutes in prose, without a title or labels (a part of them copied): two people or more by their first name
    alone say, ask or propose something ("Sander betoogt", "Edwin stelt voor"), the writer is one of "we", and a
    proposal, a decision or a meeting is talked over. (A chat's "Edwin: ..." lines do not count here.)"""
    if not _TALKED_OVER.search(low, 0, 20_000) or not _WE.search(low, 0, 20_000):
        return None
    speakers = published.speakers(text[:20_000]).in_prose  # ("Edwin: ..." lines are a chat's as much)
    if len(speakers) < 2:
        return None
    return Evidence(0.55, "kenmerken van een verslag van een overleg (mensen bij hun voornaam: wat zij zeggen of "
                    "voorstellen)", speakers[0].start(1), speakers[0].end(1))


#: A speaker's line of a meeting's automatic transcript (Word, Teams, a speech-to-text service): "Spreker 2",
#: "Speaker 1  00:03:12", alone on its line above what was said, or numbered before it under a time code
#: ("00:00:10,083 --> 00:00:11,323\nSpeaker 1: Weet je, ...", as a subtitle file of a recorded meeting has it; a
#: symposium's programme or a published podcast's transcript lists "Spreker 1: ..." without time codes).
_SPEAKER_LINE = re.compile(r"(?im)^[ \t]*(?:spreker|speaker)(?:[ \t]+(\d{1,2}))?"
                           r"(?:[ \t]+\(?\d{1,2}:\d{2}(?::\d{2})?\)?)?[ \t]*$"
                           r"|(?<=\d\d:\d\d)[^\n]*\n[ \t]*(?:spreker|speaker)[ \t]+(\d{1,2})[ \t]*:")


def _transcript(text: str) -> Evidence | None:
    """A transcript of a meeting: at least three speaker lines of at least two speakers ("Spreker 1", "Spreker 2")."""
    if "preker" not in text and "peaker" not in text:
        return None
    lines = list(islice(_SPEAKER_LINE.finditer(text, 0, 20_000), 40))
    if len(lines) < 3 or len({m.group(1) or m.group(2) for m in lines} - {None}) < 2:
        return None
    return Evidence(0.7, "kenmerken van een verslag van een overleg (een uitgeschreven gesprek met sprekers)",
                    lines[0].start(), lines[0].end())


def _named_items(text: str, start: int, persons: Spans | None) -> int:
    """How many list items or table rows just below ``start`` hold a person's name: who took part, listed."""
    if not persons:
        return 0
    return sum(1 for line in iter_lines(text, start, min(len(text), start + 3_000))
               if (_ITEM.match(line.text) or line.text.startswith("|")) and persons.inside(line.start, line.end))


#: The writer of minutes took part in the meeting: "wat we besproken hebben", "zoals wij afspraken".
_WE_DISCUSSED = re.compile(_WE_WORD + r"[ \t]+(?:[a-zà-ÿ]+[ \t]+){0,3}?(?:besproken|afgesproken|besloten|afspraken)\b"
                           r"|\bbesproken[ \t]+(?:hebben|hadden)\b")


#: A title of a model or template ("Notulen voorbeeld vergadering", "Actielijst sjabloon").
_MODEL = re.compile(r"(?i)\b(?:voorbeeld|sjabloon|template|format|model)\b")
#: A line that is only a link: a Markdown link ("[Notulen 13 april 2013](https://...)", as an item too) or an address.
_LINK_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?:\[[^\]\n]{1,200}\]\([^)\s]{1,500}(?:[ \t]+\"[^\"\n]{0,200}\")?\)"
                        r"|https?://\S+)[ \t]*")


def _only_links_below(text: str, head: list[Line], title: Line) -> bool:
    """Every non-empty line below ``title`` is a link (two at least; all within the head lines)."""
    below = [h for h in head if h.start > title.end and h.text.strip()]
    return (len(below) >= 2 and not text[below[-1].end:].strip()
            and all(_LINK_LINE.fullmatch(h.text) for h in below))


def _minutes(text: str, low: str, head: list[Line], persons: Spans | None = None) -> Evidence | None:
    groups: dict[str, re.Match] = {}
    count = 0
    for m in _MEETING_LABEL.finditer(low):
        group = _LABEL_GROUP.get(" ".join(m.group(1).split()))
        if group and group not in groups:
            groups[group] = m
        count += 1
        if len(groups) == len(_GROUP) or count > 200:
            break
    title = None
    title_text = ""
    marked = False
    for line in head[:3]:
        t = _HEADING_MARKS.sub("", line.text[:MAX_LINE])  # "# Notulen 14 juni" is titled like "Notulen 14 juni"
        intern = _MARKED_INTERN.search(t) is not None
        if _title_like(line) and ((_MINUTES_TITLE.search(t) and (_MEETING_STEM.search(t) or
                                                                  intern and _VISIT.search(t)))
                                  or _STRONG_TITLE.match(t)
                                  or _RETRO_TITLE.match(t) and not _speaks_to_reader(text[:_TEAM_WINDOW])):
            title, title_text, marked = line, t, intern
            break
    if (title is not None or groups) and not marked and (
            any(_PUBLIC_MEETING.search(h.text[:MAX_LINE]) for h in head[:3]) or _public_members_or_council(head[:3])
            or _verbatim_report(text)):
        return None
    if title is not None and _only_links_below(text, head, title):
        return None  # "# Notulen" over links to the minutes of each meeting: an index, not minutes
    score = sum(_WEIGHT[g] for g in groups)
    if "actions" in groups and (_ACTION_TABLE.search(low, groups["actions"].end(), groups["actions"].end() + 2_000)
                                or _named_items(text, groups["actions"].end(), persons) >= 2):
        # the action points in a table of who and by when, or as items that name who does them ("- Robin: de
        # kanalen bijwerken"), not a heading over a plan's measures
        score += 0.2
    if title is not None:
        # the title of one meeting with its date ("Verslag hoorzitting – 20 november") is a report of it;
        # without a date it may head a page about such meetings
        dated = _MEETING_DATE.search(title_text) is not None or _RETRO_TITLE.match(title.text[:MAX_LINE]) is not None
        # ("Notulen maken: zo doe je dat" heads an explainer: it speaks to its reader; "Notulen voorbeeld
        # vergadering" heads a model)
        strong = _STRONG_TITLE.match(title_text) is not None and not _TO_READER.search(title_text) \
            and not _MODEL.search(title_text)
        score = (score + 0.45) if groups else (0.6 if strong or dated else 0.45)
        # a title over a list ("actiepunten overleg ketenpartners" and items below): an action list
        after = [h for h in head if h.start > title.end][:6]
        if _OWN_MEETING.search(title.text[:MAX_LINE]) and sum(1 for h in after if _LIST_ITEM.match(h.text)) >= 2:
            score += 0.15
        # those present listed by name under the title, whatever the heading over them ("Groepsleden", "Namens
        # de klant"): a meeting the writer took part in, not a page about such meetings
        if "attendance" not in groups and _named_items(text, title.end, persons) >= 3:
            score += 0.2
        # the writer took part: "een samenvatting van wat we besproken hebben", "zoals we afspraken"
        if _WE_DISCUSSED.search(low, title.end, title.end + 600):
            score += 0.15
    if score < 0.3:
        return _prose_minutes(low)
    reason_bits = []
    if title is not None:
        reason_bits.append("titel van een verslag")
    labels = [g for g in ("attendance", "actions", "decisions", "agenda", "roles") if g in groups]
    words = {"attendance": "aanwezig", "actions": "actiepunten", "decisions": "besluiten",
             "agenda": "agendapunten", "roles": "notulist of voorzitter"}
    if labels:
        reason_bits.append(", ".join(words[g] for g in labels[:3]))
    reason = "kenmerken van een verslag van een overleg (" + "; ".join(reason_bits) + ")"
    if title is not None:
        start, end = title.start, title.end
    else:
        first = min(groups.values(), key=lambda m: m.start())
        start, end = first.start(1), first.end(1)
    return Evidence(min(score, 0.95), reason, start, end)


#: A management team deciding or asked to decide: the report is written for it, not for the public
#: ("Het managementteam wordt gevraagd te besluiten ...", "Het MT heeft besloten ..."); news says
#: whose management team ("het managementteam van de bibliotheek").
_MT_DECIDES = re.compile(
    r"(?i)\b(?:het|ons|aan\s+het)\s+(?:managementteam|(?-i:MT))\b(?!\s+van\b)[^.\n]{0,40}?\b(?:heeft\s+besloten|"
    r"besluit|wordt\s+gevraagd|wordt\s+voorgesteld|akkoord\s+gegaan|ter\s+besluitvorming)")
_MT_DECIDES = gated(_MT_DECIDES)  # (a text without its words skips the scan: see detectors/regexgate.py)


#: Things only colleagues write to or about each other: a colleague's leave, jubilee or death told to the
#: team, whose work takes over their files, a reorganisation's placement of staff. One of them is common
#: in published text too (a gemeente lays out a condoleance register for an alderman, news says
#: "boventallig"); an internal item has two of different kinds.
_STAFF_CUES = (
    # (only colleagues need to know it, cheap literal anchors that must occur first, the cue): a regex scan
    # costs far more than "in"; the anchors take the words one space apart, as nearly all typed text has them.
    # A shop's web page also tells of "onze collega" with "40 jaar in dienst", a gemeente of a condoleance
    # register: those say a text is about colleagues, not that it is for them.
    (False, ("collega",), re.compile(r"\bonze\s+(?:oud-)?collega\b|\boud-collega\b|\bcollega'?s\s+noemen\b")),
    (True, ("namens het", "namens ons", "vanuit de", "vanuit onze", "heet het", "heet ons", "team heet",
            "afscheid van"),
     re.compile(r"\bnamens\s+(?:het|ons)\s+team\b|\bvanuit\s+(?:de|onze)\s+afdeling\b|\bheet\s+(?:het|ons)\s+team\b"
                r"|\bhet\s+team\s+heet\b|\bafscheid\s+van\s+(?:ons|het)\s+team\b")),
    (True, ("verlof",), re.compile(r"\bmet\s+(?:zwangerschaps|bevallings|geboorte|ouderschaps)?verlof\b")),
    (False, ("in dienst",), re.compile(r"\b\d{1,2}\s+jaar\s+in\s+dienst\b")),
    (False, ("condoleanceregister",), re.compile(r"\bcondoleanceregister\b")),
    (True, ("worden verdeeld", "worden overgenomen", "worden waargenomen", "zijn verdeeld", "zijn overgenomen",
            "zijn waargenomen"),
     re.compile(r"\b(?:zijn|haar)\s+(?:dossiers|taken|werkzaamheden|klanten|caseload)\s+(?:worden|zijn)\s+"
                r"(?:verdeeld|overgenomen|waargenomen)")),
    (True, ("zijn teamleider", "haar teamleider"), re.compile(r"\b(?:zijn|haar)\s+teamleider\b")),
    # someone stands in until a colleague is back; the spots of the office where colleagues meet
    (True, (" terug is", " hersteld is", " beter is"),
     re.compile(r"\btot\s+\w+\s+(?:weer\s+)?(?:terug|hersteld|beter)\s+is\b")),
    (False, ("koffie", "kantine", "verdieping"),
     re.compile(r"\bbij\s+de\s+koffie(?:automaat|machine|hoek)\b|\bin\s+de\s+kantine\b"
                r"|\bop\s+de\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|\d{1,2}e)\s+verdieping\b")),
    (True, ("plaatsing",), re.compile(r"\bherplaatsingskandida\w*|\bplaatsingsbesluit\w*")),
    (True, ("nieuwe formatie",), re.compile(r"\b(?:de|het|in\s+de)\s+nieuwe\s+formatie\b")),
    (True, ("zaaksysteem",), re.compile(r"\bzaaksysteem\b")),
    (True, ("tevredenheid",),
     re.compile(r"\btevredenheidsonderzoek\s+onder\s+(?:de\s+)?medewerkers\b|\bmedewerkerstevredenheid\w*")),
)


def _words(*words: str) -> re.Pattern:
    """One of the words, whole, in lower-case text."""
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


#: Published writing about staff. Staff news, a team's own figures and a staff magazine talk of colleagues,
#: and so do a press release, news that names its source, a text to a council or its citizens, and a careers
#: or shop page that speaks to applicants and customers. These words mark the published kinds; every rule
#: below that reads staff talk in lower case vetoes them. A rule adds only the words that it can afford:
#: a staff magazine may write "u" to its readers, of the unions and of the annual report, plain staff news not.
_NAMES_ITS_SOURCE = ("persbericht", "woordvoerder", "aldus", "meldt")  # "meldt het bedrijf", "zegt een woordvoerder"
_TO_A_COUNCIL = ("gemeenteraad", "raadsleden", "inwoners", "burgemeester", "wethouder", "minister")  # a mayor on leave
_TO_APPLICANTS = ("bel", "bekijk", "klik", r"lees\s+meer", r"werken\s+bij", r"kom\s+werken", "solliciteer",
                  "solliciteren", r"onze\s+vacatures")  # "bel ons", "bekijk onze vacatures"
_PUBLISHED_ABOUT_STAFF = _NAMES_ITS_SOURCE + _TO_A_COUNCIL + _TO_APPLICANTS

#: News on talks between parties quotes a union or says who "laat weten"; minutes and staff news do not.
_REPORTED_WORDS = (*_NAMES_ITS_SOURCE, "vakbond", r"laat\s+(?:het|de)\s+\w+\s+weten")
_REPORTED = _words(*_REPORTED_WORDS)
#: A page for customers or applicants says "u" and asks "ben jij ...?"; staff news says "je" and "wie", and speaks
#: of its own open "vacatures" (so only "onze vacatures" counts). Any form of "solliciteren" marks a careers page.
_TO_THE_PUBLIC = (*_TO_APPLICANTS, "u", "uw", r"solliciteer\w*", r"sollicitatie\w*", r"word\s+jij", r"ben\s+jij")
#: Staff news is not sent to a council ("de raad") or parliament, nor put in an annual report or budget (those
#: tell of a gemeente's new formation too).
_STAFF_NEWS_PUBLISHED = _words(*_PUBLISHED_ABOUT_STAFF, *_REPORTED_WORDS, *_TO_THE_PUBLIC, r"de\s+raad", "jaarverslag",
                               "jaarrekening", "begroting", "staatssecretaris", "kamerleden")
#: "Het team bezwaar heeft in het tweede kwartaal ...", "Onze afdeling heeft in oktober ...": a team tells its
#: own figures for a period ("het team van de gemeente ..." or "van het ziekenhuis" is someone else's).
_TEAM_PERIOD = re.compile(
    r"^(?:het\s+team|ons\s+team|onze\s+afdeling|de\s+afdeling)\s+(?!van\b)(?:[a-zà-ÿ-]+\s+){0,3}?"
    r"(?:heeft|hebben|heeft\s+\w+)"
    r"\s+in\s+(?:het\s+(?:eerste|tweede|derde|vierde)\s+kwartaal|(?:januari|februari|maart|april|mei|juni|juli|"
    r"augustus|september|oktober|november|december)|week\s*\d{1,2}|de\s+afgelopen\s+(?:maand|week|periode))\b")
_WORK_KPI = re.compile(r"doorlooptijd|werkvoorraad|caseload|formatie|fte|productienorm|binnen de|afgehandeld|"
                       r"openstaand|verzuim|inhuur|norm")
#: A team's figures as a public body, a hospital or news tells them, or a page to the public.
_TEAM_PERIOD_VETO = _words("gemeente", "provincie", "ministerie", "cbs", "ziekenhuis", "inwoners", "raad",
                           *_REPORTED_WORDS, *_TO_THE_PUBLIC)


def _prose_report(text: str, low: str) -> Evidence | None:
    """A team's own report or staff news in plain sentences, without a title that says so."""
    window = low
    kinds = []
    internal_only = False
    for only_colleagues, anchors, rx in _STAFF_CUES:
        if any(a in window for a in anchors):
            m = rx.search(window)
            if m:
                kinds.append(m)
                internal_only = internal_only or only_colleagues
    if len(kinds) >= 2 and internal_only and not _STAFF_NEWS_PUBLISHED.search(window):
        first = min(kinds, key=lambda m: m.start())
        return Evidence(0.6 + 0.1 * min(len(kinds) - 2, 2), "een bericht voor en over collega's (zoals afscheid, "
                        "verlof of een nieuwe indeling van het team)", first.start(), first.end())
    m = (_TEAM_PERIOD.match(window) if window.startswith(("het team", "ons team", "onze afdeling", "de afdeling"))
         else None)
    if m and not _TEAM_PERIOD_VETO.search(window):
        kpis = set()
        work = False
        for k in _KPI.finditer(text, 0, min(len(text), 20_000)):
            kpis.add(k.group().lower()[:8])
            # one figure of the work itself: a sports team has an "achterstand" and a "bezetting" too
            work = work or _WORK_KPI.match(k.group().lower()) is not None
            if len(kpis) >= 2 and work:
                return Evidence(0.6, "een team dat eigen cijfers over een periode geeft (zoals doorlooptijd of "
                                "achterstand)", m.start(), m.end())
    return None


#: A staff magazine or an organisation's own news to its staff, in three kinds of words: the magazine speaking of
#: itself ("ons personeelsblad", "de redactie", "dit nummer"), years of service and leaving on a pension
#: ("dienstjaren", "25-jarig dienstverband", "pensioengerechtigde leeftijd"), and the staff as "we"
#: ("onze medewerkers", "ondernemingsraad", "personeelsvereniging"). A club's jubilee page, a shop's page about a
#: jubilee or a newspaper obituary has one kind; a magazine for the staff has two, and one of them is "we".
_MAGAZINE_SELF = re.compile(
    r"\b(?:ons|onze|het|dit)\s+personeels(?:blad|krant|orgaan|magazine)\b|\bmaandblad\s+voor\s+de\s+medewerkers\b"
    r"|\bhuisorgaan\b|\bde\s+redactie\b|\bin\s+dit\s+nummer\b|\bdit\s+nummer\b")
_SERVICE_YEARS = re.compile(
    r"\bdienstjaren\b|\b\d{1,2}-jarig\s+dienstverband\b|\bin\s+dienst\s+getreden\b|\bpensioengerechtigde\s+leeftijd\b"
    r"|\bin\s+onze\s+dienst\b|\bjubilaris(?:sen)?\b|\bgejubileerd\b|\bjubileerde\b|\b(?:zilveren|gouden)\s+jubileum\b|"
    r"\boud-medewerk\w*|\bgepensioneerden\b|\bindiensttreding\b")
_STAFF_AS_WE = re.compile(
    # "onze Rotterdamse brouwerij", "onze oude gepensioneerden": one word may stand between
    r"\bonze\s+(?:[a-zà-ÿ]+\s+)?(?:medewerkers|oudgedienden|vestigingen|brouwerij|werf|fabriek|gemeenschap|voorman|"
    r"afdeling|dienst|firma|onderneming|jubilarissen|gepensioneerden)\b"
    r"|\bons\s+(?:bedrijf|personeel|ziekenhuis)\b|\bnamen\s+(?:we|wij)\s+(?:\w+\s+){0,3}afscheid\b|"
    r"\bondernemingsraad\b|\bpersoneelsvereniging\b"
    r"|\bpersoneelsleden\b|\baan\s+het\s+personeel\b|\bvoor\s+de\s+medewerkers\b|\bbedrijf\s+als\s+het\s+onze\b")
_STAFF_AS_WE = gated(_STAFF_AS_WE)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: A staff magazine speaks of the firm's staff, not of its customers, open vacancies or a club's members.
_STAFF_MAGAZINE_PUBLISHED = _words(*_PUBLISHED_ABOUT_STAFF, "vacatures", "klanten", r"leden\s+van\s+de\s+vereniging")


def _staff_magazine(low: str) -> Evidence | None:
    """A staff magazine's item or editorial: two kinds of its words, one of them the staff as "we"."""
    window = low[:20_000]
    if not any(a in window for a in ("onze ", "ons ", "ondernemingsraad", "personeel", "medewerkers", "namen w")):
        return None
    we = _STAFF_AS_WE.search(window)
    if we is None:
        return None
    other = _MAGAZINE_SELF.search(window) or _SERVICE_YEARS.search(window)
    if other is None or _STAFF_MAGAZINE_PUBLISHED.search(window):
        return None
    first = min(we, other, key=lambda m: m.start())
    return Evidence(0.6, "een stuk uit een blad voor het eigen personeel (jubilea, afscheid, nieuws van de "
                    "ondernemingsraad)", first.start(), first.end())


#: The title of a team's or an intern's report of one week or sprint: "Voortgangsrapport week 08", "Weekverslag
#: sprint 3", "Stageverslag week 2" (a public body reports per quarter or year, and names itself).
_WEEK_REPORT_TITLE = re.compile(
    r"(?i)^[#*_ \t]*(?:voortgangs|week|stage|sprint|project)(?:verslag|rapport|rapportage|update|logboek)\b[^\n]{0,30}?"
    r"\b(?:week|sprint|iteratie)\s*\d{1,2}\b"
    r"|^[#*_ \t]*(?:weekverslag|weekrapport|stageverslag|stagelogboek)\s+\d{1,2}\b")
#: An intern's account of the week, day by day or opening with the week of the internship: "Week 2 van mijn stage
#: ...", "Dinsdag 02/03: ... heb ik ...".
_INTERN_WEEK = re.compile(r"(?i)^[#*_ \t]*week\s*\d{1,2}\s+(?:van\s+(?:mijn|de|onze)\s+)?stage\b")
_DAY_ENTRY = re.compile(r"(?im)^[#*_ \t]*(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\s+\d{1,2}[/-]\d{1,2}\b")
_DAY_ENTRY = gated(_DAY_ENTRY)  # (a text without its words skips the scan: see detectors/regexgate.py)
_I_WORKED = re.compile(r"(?i)\b(?:heb\s+ik|ik\s+heb|ik\s+me|kreeg\s+ik|mocht\s+ik)\b")
_AT_WORK = re.compile(r"(?i)\bstage\w*|\bfollow-?up\b|\bbegeleider\b|\bmentor\b")
#: A page that explains such reports, or a vacancy for an internship, speaks to its reader.
_TO_READER = re.compile(r"(?i)\b(?:je|jij|jouw|jullie|u|uw)\b")


def _intern_week(text: str, head: list[Line]) -> Evidence | None:
    """An intern's report of the week: the days and what the writer did on them, at the internship."""
    window = text[:_TEAM_WINDOW]
    days = list(_DAY_ENTRY.finditer(window))
    opener = next((h for h in head[:1] if _INTERN_WEEK.match(h.text)), None)
    if opener is None and len(days) < 2:
        return None
    if not _I_WORKED.search(window) or not _AT_WORK.search(window) or _TO_READER.search(window):
        return None
    start, end = (opener.start, opener.end) if opener is not None else (days[0].start(), days[0].end())
    return Evidence(0.65, "een weekverslag van een stagiair: wat er per dag is gedaan", start, end)


#: The title of a work log: "Logboek", "## Logboek van Rik Vos", "Projectlogboek", "Urenlog" (a page about keeping
#: a log has that word in its text, not as its title over dated entries).
_LOG_TITLE = re.compile(r"(?i)^[#*_ \t]*(?:(?:project|stage|team|werk|activiteiten|uren|groeps)?logboek|urenlog|"
                        r"werklog|work\s?log|log\s?book)\b")
#: The head of a timesheet: a column for the date, one for the time spent and one for the work ("| Datum | Tijdsduur |
#: Plaats | Ondernomen activiteiten |"); a public programme has a time of day, not a duration.
_LOG_TABLE_HEAD = re.compile(
    r"(?im)^\|(?=[^\n]*\b(?:datum|date)\b)(?=[^\n]*\b(?:tijdsduur|duur|uren|aantal\s+uur|bestede\s+tijd|"
    r"time\s+spent|hours)\b)(?=[^\n]*\b(?:activiteit\w*|beschrijving|uitgevoerd|gedaan|taak|taken|werkzaamheden|"
    r"description)\b)[^\n]*$")
#: A month as a log writes it, the whole word or its abbreviation (a title's date above takes any word that starts
#: like a month; a log's entry must be one).
_MONTHS = (r"jan(?:uari)?|feb(?:ruari)?|mrt|maart|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?|sep(?:t|tember)?|"
           r"okt(?:ober)?|nov(?:ember)?|dec(?:ember)?")
#: An entry of a log: a line that opens with its date, as a heading, an item, a table cell or a "Datum:" label
#: ("### 08/03/2021", "Datum: 10-2-2021", "| 27-01-2020 | 5 |", "| 05 | 17-2 |", "- di 3 september: ...").
_LOG_ENTRY = re.compile(
    r"(?im)^[#*_>|\t -]{0,8}(?:\d{1,2}[ \t]*\|[ \t]*)?(?:(?:datum|date)[ \t]*:?[ \t]*)?"
    r"(?:(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?[ \t]+)?"
    r"(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+(?:" + _MONTHS + r")\b)")


#: The title of a team's own report or paper: "Verslag eindopdracht 6V", "Projectverslag", "Profielwerkstuk".
_TEAM_PAPER_TITLE = re.compile(r"(?i)^[#*_ \t]*(?:(?:project|eind|groeps|onderzoeks|stage)?verslag|eindopdracht|"
                               r"profielwerkstuk|werkstuk|projectplan|plan\s+van\s+aanpak)\b")
#: Who made it, by name: "gemaakt door Anais Otting, Eline Romijn en ...", "### Opgesteld door: ...".
_MADE_BY = re.compile(r"(?im)^[#*_> \t]*(?:gemaakt|opgesteld)\s+door\b[ \t:*_]*")


#: The title of a working paper: an analysis, a report, a review, an evaluation ("# DWH Sync Issue - Analyse rapport").
_PAPER_TITLE = re.compile(r"(?i)rapport|analyse|evaluatie|verslag|overzicht|review|onderzoek")
#: The fields of the header block under the title of an organisation's own working paper: why it was written, what
#: for, by whom, how far it is. With a date they make the paper's cover sheet; a published page puts none of them
#: under its title (none of the real public pages of the corpora has such a block).
_PAPER_FIELD = re.compile(r"(?i)^[ \t>*_-]{0,4}(?:\*\*|__)?(datum|date|aanleiding|doel|gebruik|opgesteld\s+door|"
                          r"bewerkt\s+door|opdrachtgever|eigenaar|status|versie)(?:\*\*|__)?[ \t]*:")
_WHY_AND_WHO = frozenset({"aanleiding", "doel", "gebruik", "opgesteld door", "bewerkt door", "opdrachtgever",
                          "eigenaar", "status", "versie"})


def _paper_header(head: list[Line]) -> Evidence | None:
    """An organisation's own working paper: a report's or an analysis's title over a header block with its date and
    why, for whom or by whom it was written ("**Datum:** 20-02-2026 / **Aanleiding:** ...")."""
    if not head or not _title_like(head[0]) or not _PAPER_TITLE.search(head[0].text) \
            or _PUBLIC_BODY.search(head[0].text):
        return None
    fields = set()
    for h in head[1:8]:
        m = _PAPER_FIELD.match(h.text)
        if m:
            fields.add(" ".join(m.group(1).lower().split()))
    if fields & {"datum", "date"} and fields & _WHY_AND_WHO:
        return Evidence(0.65, "een eigen rapport of analyse, met datum en aanleiding of doel bovenaan",
                        head[0].start, head[0].end)
    return None


def _made_by_members(head: list[Line], persons: Spans | None) -> Evidence | None:
    """A team's own report under its title, with the line of who made it naming two members or more (a published
    report names its authors as "Auteurs", and a website "gemaakt door" a studio)."""
    if persons is None or len(persons.spans) < 2:
        return None
    title = next((h for h in head[:2] if _title_like(h) and _TEAM_PAPER_TITLE.match(h.text)), None)
    if title is None:
        return None
    for h in head[:4]:
        m = _MADE_BY.match(h.text)
        if m is None:
            continue
        named = sum(1 for a, b in persons.spans if h.start + m.end() <= a and b <= h.end)
        if named >= 2:
            return Evidence(0.65, "het eigen verslag van een team, met wie het maakten", title.start, title.end)
    return None


def _work_log(text: str, head: list[Line]) -> Evidence | None:
    """A work log: who did what on which day, under a log's title or in a timesheet table, with three dated entries
    or more."""
    window = text[:_TEAM_WINDOW]
    opener = next((h for h in head[:2] if _title_like(h) and _LOG_TITLE.match(h.text)), None)
    table = None if opener is not None else _LOG_TABLE_HEAD.search(window)
    if opener is None and table is None:
        return None
    entries = 0
    for _ in _LOG_ENTRY.finditer(window):
        entries += 1
        if entries >= 3:
            break
    if entries < 3:
        return None
    if opener is not None:
        return Evidence(0.65, "een logboek: wat er per dag is gedaan", opener.start, opener.end)
    return Evidence(0.6, "een urenlog: per datum de tijd en het werk", table.start(), table.end())


def department_report(text: str, low: str, head: list[Line], persons: Spans | None = None) -> Evidence | None:
    """A report of a team or department: its title says so, or a period report with team figures,
    or a text that asks its management team to decide, or staff news in plain sentences."""
    # the week report of a team names its members; a road works' or a campaign's week report names none
    named = persons is not None and len(persons.spans) >= 2
    low = low[:20_000]
    best = strongest(_prose_report(text, low), _staff_magazine(low), _hours_per_member(text, persons),
                     _intern_week(text, head), _work_log(text, head), _made_by_members(head, persons),
                     _paper_header(head))
    m = _MT_DECIDES.search(text, 0, min(len(text), 20_000))
    if m:
        best = Evidence(0.7, "een tekst voor het managementteam, dat moet besluiten", m.start(), m.end())
    for line in head[:2]:
        if not _title_like(line):
            continue
        t = line.text[:MAX_LINE]
        strong = (_REPORT_STRONG.search(t) or _REPORT_OF_UNIT.match(t) or _UNIT_THEN_REPORT.match(t)
                  or named and _WEEK_REPORT_TITLE.match(t) and not _TO_READER.search(t)
                  or _REPORT_THEN_UNIT.match(t) or (_INTERNAL_REPORT.search(t) and not _PUBLISHER.search(t)))
        if _NEWSLETTER_MARKED.search(t):
            best = stronger(best, Evidence(0.85, "titel van een interne nieuwsbrief voor medewerkers",
                                           line.start, line.end))
            continue
        if _PUBLIC_BODY.search(t):
            continue  # a gemeente's or a ministry's plans and reports go to the council and are published
        if strong:
            best = stronger(best, Evidence(0.85, "titel van een intern verslag van een team of afdeling",
                                        line.start, line.end))
            continue
        period = _REPORT_PERIOD.search(t)
        if not period:
            continue
        if _UNIT.search(t):
            best = stronger(best, Evidence(0.8, "titel van een rapportage van een team of afdeling",
                                           line.start, line.end))
            continue
        if _PUBLISHER.search(t):
            continue  # the published report of an organisation, or news about it
        kpis = set()
        for m in _KPI.finditer(text, 0, min(len(text), 20_000)):
            kpis.add(m.group().lower()[:8])
            if len(kpis) >= 3:
                break
        score = 0.35 + 0.12 * len(kpis)
        if score >= 0.5:
            best = stronger(best, Evidence(score, "periodieke rapportage met interne cijfers (zoals norm, "
                                               "bezetting of werkvoorraad)", line.start, line.end))
    return best


# -- a team's own working papers ------------------------------------------------------------------------------------
# A scrum team's retro, a week report with each member's hours, a list of who does which task: the papers a team
# writes for itself, whether it builds software at UWV or is a group of students. What they share is work or
# answers tied to each member, or the questions of a retro each answered below it; a page that explains scrum asks
# the same questions of its reader, and a published progress report tells what was done, not by whom.

_TEAM_WINDOW = 20_000
#: Markdown and list marks in front of a heading or an item: "## ", "- **", "1. ".
_LEAD = r"[ \t]{0,8}(?:[#>]{1,6}[ \t]*)?(?:[-*•–+][ \t]+)?(?:\d{1,2}[.)][ \t]+)?(?:\*\*|__)?[ \t]*"
#: The questions a retro goes through, standing as a line of their own ("### Wat ging er goed?").
_RETRO_PROMPT = re.compile(
    r"(?im)^" + _LEAD + r"(?:algemeen\s+en\s+)?wat\s+(?:(ging|liep)\s+(?:er\s+)?(?:(minder|niet|heel\s+)\s*)?"
    r"(goed|fout|mis|slecht)|(kan|kon|moet|zou)\s+(?:er\s+)?(?:nog\s+)?beter(?:\s+\w+)?|hebben\s+(?:we|wij)\s+"
    r"(geleerd)|(gaan|willen)\s+(?:we|wij)\s+(?:anders\s+doen|verbeteren|veranderen))"
    r"\s*[?:]?\s*(?:\*\*|__)?\s*:?[ \t]*$")
_ITEM = re.compile(r"^[ \t]*(?:[-*•–+]|\d{1,2}[.)])[ \t]+\S")
#: A page about retros speaks to its reader, or of retros in general ("een retrospective bestaat uit ...").
#: A gemeente's published evaluation of an event or a project asks the same questions, of its residents and visitors.
_RETRO_EXPLAINED = re.compile(r"\b(?:je|jij|jouw|jullie|u|uw)\b|\bwat\s+is\s+een\b|\been\s+(?:sprint\s*)?retro\w*\b"
                              r"|\bvacature|\bsollicit|\bcursus|\btraining|\bworkshop"
                              r"|\b(?:gemeente|gemeenteraad|raadsleden|college|inwoners|bewoners|bezoekers|provincie|"
                              r"ministerie)\b")


def _retro_kind(m: re.Match) -> str:
    if m.group(2) or m.group(3) in ("fout", "mis", "slecht"):
        return "worse"
    if m.group(3):
        return "well"
    if m.group(4):
        return "better"
    return "learned" if m.group(5) else "change"


#: The short labels of a retro ("Tops:", "Start", "Stop", "Continue", "Leerpunten"): other texts use them too, so
#: they count only under a title that names the retro.
_RETRO_LABEL = re.compile(
    r"(?im)^" + _LEAD + r"(tops?|tips|start(?:en)?|stop(?:pen)?|continue|keep|doorgaan(?:\s+met)?|blijven\s+doen|"
    r"leerpunten|verbeterpunten|pluspunten|minpunten)"
    r"[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?(?:(?P<alone>$)|[ \t]+\S)")


def _speaks_to_reader(window: str) -> bool:
    """A page about retros or team rituals: it speaks to its reader outside the questions themselves ("Ben je
    trots op ...?" is a retro's own question), says what a retro is, or is a public body's."""
    prose = "\n".join(line.text for line in iter_lines(window.lower()) if not line.text.rstrip("*_ :").endswith("?"))
    return _RETRO_EXPLAINED.search(prose) is not None


def _retro(text: str, head: list[Line]) -> Evidence | None:
    """The questions of a retro as headings, each with the team's answers listed under it (one is enough under a
    title that names the retro: "Notities retrospectief", and then its short labels count too)."""
    window = text[:_TEAM_WINDOW]
    titled = any("retro" in h.text[:MAX_LINE].lower() for h in head[:2])
    if "wat " not in window.lower() and not titled:
        return None
    kinds: dict[str, tuple[int, int]] = {}
    for m in _RETRO_PROMPT.finditer(window):
        nxt = next(iter_lines(window, m.end()), None)
        if nxt is not None and _ITEM.match(nxt.text):
            kinds.setdefault(_retro_kind(m), (m.start(), m.end()))
    if titled:
        for m in _RETRO_LABEL.finditer(window):
            # the label with its answer on the same line, or alone with the answers listed under it
            nxt = next(iter_lines(window, m.end()), None) if m.group("alone") is not None else None
            if m.group("alone") is None or nxt is not None and _ITEM.match(nxt.text):
                kinds.setdefault(m.group(1).lower(), (m.start(), m.end()))
    if len(kinds) < (1 if titled else 2):
        return None
    if _speaks_to_reader(window):
        return None
    start, end = min(kinds.values())
    return Evidence(0.65, "een terugblik van een team (wat ging goed, wat kan beter) met de antwoorden eronder",
                    start, end)


#: A question of a retro or a survey in the team, as its own line: "**Ben je trots op het resultaat?**".
_QUESTION_LINE = re.compile(r"^" + _LEAD + r"[^\n]{3,200}\?[ \t]*(?:\*\*|__)?[ \t]*$")
#: One member's answer under it: "- **Saif:** Ja", "- Noor: eerder testen".
_MEMBER_ANSWER = re.compile(r"^[ \t]*[-*•–+][ \t]+(?:\*\*|__)?"
                            r"([A-Z][a-zà-ÿ'-]{1,20}(?:[ \t][A-Z][a-zà-ÿ'-]{1,20})?)"
                            r"[ \t]*(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:|:)[ \t]*\S")
#: Labels that answer a form's question, not a member: "- **Ja:** ...", "- Toelichting: ...".
_NOT_MEMBER = frozenset({"ja", "nee", "antwoord", "vraag", "toelichting", "opmerking", "tip", "tips", "voorbeeld",
                         "let op", "let", "uitleg", "bron", "reactie", "conclusie", "advies", "noot", "top", "tops"})


def _answers_per_member(text: str) -> Evidence | None:
    """Several questions, each answered by the same members by name: the retro or survey of one team."""
    window = text[:_TEAM_WINDOW]
    # a voting guide puts each party's answer under its statements
    if "?" not in window or ":" not in window or "stelling" in window.lower():
        return None
    blocks: list[set[str]] = []
    first = None
    current: set[str] | None = None
    for line in lines_of(window):  # (the same window's lines for the three team rules)
        if _QUESTION_LINE.match(line.text):
            if current is not None and len(current) >= 2:
                blocks.append(current)
            current = set()
            first = first or line
            continue
        m = _MEMBER_ANSWER.match(line.text)
        if m and current is not None:
            label = m.group(1).lower()
            if label not in _NOT_MEMBER:
                current.add(label)
        elif current is not None and not m:
            if len(current) >= 2:
                blocks.append(current)
            current = None
    if current is not None and len(current) >= 2:
        blocks.append(current)
    if len(blocks) < 2:
        return None
    seen: dict[str, int] = {}
    for block in blocks:
        for label in block:
            seen[label] = seen.get(label, 0) + 1
    if sum(1 for n in seen.values() if n >= 2) < 2:
        return None
    return Evidence(0.6, "vragen aan een team met per teamlid een antwoord", first.start, first.end)


#: A heading over the hours of a week: "## Uittreksel timesheet", "Urenoverzicht week 12", "Gewerkte uren".
_HOURS_HEADING = re.compile(
    r"(?im)^" + _LEAD + r"[^\n]{0,30}?\b(?:timesheets?|uren(?:overzicht|registratie|verantwoording|staat|besteding)"
    r"|(?:gewerkte|gepresteerde|bestede|geschreven|geboekte)\s+uren|tijdsbesteding|tijdregistratie"
    r"|uren\s+(?:week|sprint|periode|maand)\s*\d{1,2})\b[^\n]{0,40}$")
_HOURS_HEADING = gated(_HOURS_HEADING)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: A duration, not a clock time ("2u30", "45 min", "1 uur", "1u30min"; "17.00 uur" is a time of day).
_DURATION = r"(?<![\d.:,])\d{1,3}(?:,\d{1,2})?\s*(?:u(?:ur)?|h|min(?:uten)?)(?:\s*\d{1,2}\s*(?:min(?:uten)?)?)?\b"
#: One member's work with its time: "- (Sanne) testscript: 2u30", "- Joost: stand-up, 3 uur".
_HOURS_OF_MEMBER = re.compile(
    r"(?m)^[ \t]*[-*•–+][ \t]+"
    r"(?:\(([A-Z][\w.' ,&-]{0,60}?)\)|([A-Z][a-zà-ÿ'-]{1,20}(?:\s[A-Z][a-zà-ÿ'-]{1,20})?)\s*:)"
    r"[^\n]{0,300}?" + _DURATION)
_DAYS = frozenset({"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "totaal",
                   "week", "dag", "ochtend", "middag", "avond", "pauze", "lunch"})


#: The head of a table with a column for the member and one for the time spent: "| TeamLid | Taak | Uren |",
#: "| Student | Opdracht | Gepresteerd |" (a school's timetable has a column for the subject, not the person).
_HOURS_TABLE_HEAD = re.compile(
    r"(?im)^\|[ \t]*(?:\*\*|__)?(?:teamlid|teamleden|lid|student|medewerker|naam|wie)[ \t]*(?:\*\*|__)?[ \t]*\|"
    r"(?=[^\n]*\|[ \t]*(?:\*\*|__)?(?:uren|tijd|tijdsduur|tijdsbesteding|gepresteerd|besteed|werkelijk|"
    r"geschat)\b)")
_DURATION_CELL = re.compile(r"\|[ \t]*(?:\*\*|__)?" + _DURATION + r"[^|\n]{0,12}\|")


def _hours_table(window: str, persons: Spans | None) -> Evidence | None:
    """A table of the members' tasks with the time each took, a member named in its rows."""
    head = _HOURS_TABLE_HEAD.search(window)
    if head is None or not persons:
        return None
    below = window.find("\n", head.end()) + 1
    if below == 0:
        return None
    for line in iter_lines(window, below, min(len(window), below + 5_000)):
        if not line.text.startswith("|"):
            break
        if _DURATION_CELL.search(line.text) and persons.inside(line.start, line.end):
            return Evidence(0.75, "een week- of urenverslag met de gewerkte uren per teamlid", head.start(), head.end())
    return None


def _hours_per_member(text: str, persons: Spans | None = None) -> Evidence | None:
    """A week report or timesheet that tells each member's hours."""
    window = text[:_TEAM_WINDOW]
    heading = _HOURS_HEADING.search(window)
    if heading is None:
        return _hours_table(window, persons)
    for m in _HOURS_OF_MEMBER.finditer(window):
        who = (m.group(1) or m.group(2)).split()[0].strip(",").lower()
        if who not in _DAYS:
            return Evidence(0.75, "een week- of urenverslag met de gewerkte uren per teamlid",
                            heading.start(), heading.end())
    return None


#: The title of a task allocation: "Taakverdeling", "Rolverdeling sprint 4", "Wie doet wat".
_ALLOCATION_WORDS = r"(?:taakverdeling|takenverdeling|taken\s*verdeling|rolverdeling|rollenverdeling|wie\s+doet\s+wat)"
_ALLOCATION_TITLE = re.compile(r"(?i)^(?:[#*_ \t]*)" + _ALLOCATION_WORDS + r"\b")
#: An item that is only a member's name: "- Lotte", "- David (vanaf week 5)", "- Jodie (Gent)".
_NAME_ITEM = re.compile(r"^[-*•–+][ \t]+[A-Z][a-zà-ÿ'-]{1,20}(?:[ \t]*(?:&|en|,)[ \t]*[A-Z][a-zà-ÿ'-]{1,20})*"
                        r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*$")


#: The head of a table that hands out work: a column for who, or for the time it takes ("| Taak | Tijdsduur |
#: Personen |"); a college's table of portfolios has a column for the alderman instead.
_WORK_TABLE_HEAD = re.compile(r"(?i)^\|[^\n]*\|[ \t]*(?:\*\*|__)?(?:wie|personen|teamleden|teamlid|leden|"
                              r"tijdsduur|uren|tijd|deadline)[ \t]*(?:\*\*|__)?[ \t]*\|")


def task_allocation(text: str, head: list[Line], persons: Spans) -> Evidence | None:
    """A task allocation: its title, and members listed by name under the tasks, as a list or in a table of who
    does what (a news page lists the portfolios of new aldermen under "Taakverdeling ...", as words, not names)."""
    if not persons:
        return None
    for line in head[:2]:
        if _title_like(line) and len(line.text.split()) <= 6 and _ALLOCATION_TITLE.match(line.text):
            names = sum(1 for h in head if _NAME_ITEM.match(h.text) and persons.inside(h.start, h.end))
            if any(_WORK_TABLE_HEAD.match(h.text) for h in head):
                names += sum(1 for h in head if h.text.startswith("|") and persons.inside(h.start, h.end))
            if names >= 3:
                return Evidence(0.7, "een taakverdeling van een team, met per taak de namen",
                                line.start, line.end)
            break
    return _allocation_section(text, persons)


#: A heading of its own over a task allocation further down ("## Taakverdeling", "**Rolverdeling:**").
_ALLOCATION_HEADING = re.compile(r"(?im)^[ \t]{0,8}(?:#{1,6}[ \t]*|\*\*|__)" + _ALLOCATION_WORDS
                                 + r"[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$")
# (a text without its words skips the scan: see detectors/regexgate.py)
_ALLOCATION_HEADING = gated(_ALLOCATION_HEADING)


_PORTFOLIO = re.compile(r"(?i)\b(?:wethouders?|burgemeester|gedeputeerden?|portefeuille\w*|ministers?|"
                        r"staatssecretaris)\b")


def _allocation_section(text: str, persons: Spans) -> Evidence | None:
    """A task allocation under its own heading inside a longer paper: three items or more below it that each name
    members ("- **Cursor van anderen zien** - Martijn, Sam")."""
    m = _ALLOCATION_HEADING.search(text, 0, min(len(text), _TEAM_WINDOW))
    if m is None:
        return None
    named = 0
    for line in iter_lines(text, m.end(), min(len(text), m.end() + 3_000)):
        if line.text.startswith("#"):
            break
        if _PORTFOLIO.search(line.text):
            return None  # the portfolios of a college or a cabinet, not a team's tasks
        if (_ITEM.match(line.text) or line.text.startswith("|")) and persons.inside(line.start, line.end):
            named += 1
            if named >= 3:
                return Evidence(0.7, "een taakverdeling van een team, met per taak de namen", m.start(), m.end())
    return None


#: A question of a team's planning that asks who takes which task: "Welke taken zijn er nog te doen?", "Wie test wat
#: volgende week?" (a school's or a college's page asks "Wie doet wat?" of no week or sprint, an explainer lists tasks
#: without people).
_ALLOCATION_QUESTION = re.compile(
    r"(?i)^" + _LEAD + r"(?:welke\s+taken\s+zijn\s+er\s+(?:nog\s+)?(?:nodig|te\s+doen|open)\b|"
    r"wie\s+(?:doet|test|neemt|pakt|maakt|schrijft|regelt|bouwt)\s+wat\b[^\n?]{0,40}?"
    r"\b(?:volgende|deze|komende)\s+(?:week|sprint|dag|periode)\b)"
    r"[^\n?]{0,80}\?")


def allocation_questions(text: str, persons: Spans) -> Evidence | None:
    """A team's task allocation asked as questions, each answered with items that name members."""
    if not persons:
        return None
    window = text[:_TEAM_WINDOW]
    first = None
    named = 0
    under = False
    for line in lines_of(window):  # (the same window's lines for the three team rules)
        if _ALLOCATION_QUESTION.match(line.text):
            first = first or line
            under = True
        elif under and _ITEM.match(line.text):
            named += persons.inside(line.start, line.end)
        else:
            under = False
    if first is None or named < 3:
        return None
    return Evidence(0.6, "een taakverdeling van een team: wie doet wat, met de namen erbij", first.start, first.end)


#: The title of a team's own work session: "Brainstorming sessie", "Werksessie planning blok 3", "Teamoverleg 3 maart".
_WORK_SESSION_TITLE = re.compile(r"(?i)^[#*_ \t]*(?:brainstorm\w*|werksessie|teamoverleg|werkoverleg|intervisie|"
                                 r"stand-?up|heidag)\b")
#: Who wrote it down, at the end: "Opgemaakt door Olivier Troch en Joeri Verhavert", "Genoteerd door: Sven".
#: (An article's "Geschreven door" is its author's byline.)
_NOTED_BY = re.compile(r"(?i)\b(?:opgemaakt|genoteerd|genotuleerd|uitgewerkt|notulen)\s+door\b[ \t]*:?[^\n]{0,120}$")


def signed_session(text: str, head: list[Line], persons: Spans) -> Evidence | None:
    """The notes of a team's work session under its title, signed at the end by the members who wrote them (a
    gemeente signs a session with residents in its own name)."""
    if not persons or not any(_title_like(h) and _WORK_SESSION_TITLE.match(h.text) for h in head[:2]):
        return None
    end = len(text.rstrip())
    m = _NOTED_BY.search(text, max(0, end - 200), end)
    if m is None or _PUBLIC_BODY.search(m.group()) or not persons.inside(m.start(), m.end()):
        return None
    return Evidence(0.55, "notities van een werksessie van een team, ondertekend door wie ze opschreef",
                    m.start(), m.end())


#: A heading over one member's part, in Markdown: "### Daan Verbeek", "**Karin Bosman**".
_HEADING = re.compile(r"^(?:#{1,6}[ \t]+|\*\*|__)([^\n#*_]{2,60}?)(?:\*\*|__)?[ \t]*:?$")
#: The other headings of a stand-up, an intervisie or a team's progress report: what was done, what was in the way,
#: what comes next.
_TEAM_WORK_HEADING = re.compile(
    r"(?i)^(?:#{1,6}[ \t]+|\*\*|__)?[ \t]*(?:realisaties|gerealiseerd|gedaan|afgerond|problemen|knelpunten|blokkades|"
    r"impediments|planning\s+(?:komende|volgende)\s+(?:periode|week|sprint)|gepland|stand-?up|to-?do|feedback|"
    # the same asked as the questions of a progress report: "Wat heb je deze week gerealiseerd?", "Wat plan je
    # volgende week te doen?", "Waar hebben jullie nog problemen mee?"
    r"wat\s+(?:heb|hebben)\s+(?:je|jij|jullie|we|wij|ik)\b[^\n]{0,40}?\b(?:gedaan|gerealiseerd|bereikt|afgerond)|"
    r"wat\s+(?:plan|plannen|ga|gaan)\s+(?:je|jij|jullie|we|wij|ik)\b[^\n]{0,30}?"
    r"\b(?:volgende|komende)\s+(?:week|sprint)|"
    r"waar\s+(?:heb|hebben)\s+(?:je|jij|jullie|we|wij)\b[^\n]{0,20}?\bproblemen)\b"
    # or each member's time kept beside it: "[Afbeelding individueel rapport tijdregistratie]"
    r"|^[^\n]{0,80}\b(?:tijds?registratie|urenregistratie)\b")


_CAPITALISED = re.compile(r"[A-Z][a-zà-ÿ'-]+")
_TUSSENVOEGSEL = frozenset({"van", "de", "der", "den", "ten", "ter", "het", "la", "le", "el", "da", "dos"})
#: Headings that name a unit or a stage, not a member: "Regio Noord", "Team Gent", "Fase Twee".
_UNIT_WORDS = frozenset({"regio", "team", "afdeling", "gemeente", "project", "fase", "week", "sprint", "district",
                         "subteam", "groep", "werkgroep", "provincie", "locatie", "vestiging", "stap", "deel"})


def _name_shaped(heading: str) -> bool:
    """Two to five words, capitalised or a tussenvoegsel: "Van de Cappelle Jari", "Dewachter Jochen"."""
    words = heading.split()
    if not 2 <= len(words) <= 5 or words[0].lower() in _UNIT_WORDS:
        return False
    names = 0
    for w in words:
        if w.lower() in _TUSSENVOEGSEL:
            continue
        if not _CAPITALISED.fullmatch(w):
            return False
        names += 1
    return names >= 2


def member_sections(text: str, persons: Spans) -> Evidence | None:
    """Each member's work listed under their own name, beside the headings of a team's progress (what was done,
    the problems): the notes of a stand-up or an intervisie. A college page lists its aldermen's portfolios the same
    way, but without problems or a planning."""
    if not persons:
        return None
    window = text[:_TEAM_WINDOW]
    members: set[str] = set()
    # a heading that looks like a name counts once one heading is a name found as a person (a surname first,
    # "Vermeulen Kelvin", is often not found on its own)
    shaped: set[str] = set()
    team_heading = None
    first = None
    pending = None
    pending_person = False
    pending_under = False
    for line in lines_of(window):  # (the same window's lines for the three team rules)
        team_work = _TEAM_WORK_HEADING.match(line.text) is not None
        if pending is not None:
            if team_work and not pending_under:
                # the member's own headings under the name: "### Maxime Coppens" / "## Gerealiseerd:" / "- ..."
                pending_under = True
                team_heading = team_heading or line
                continue
            if _ITEM.match(line.text):
                (members if pending_person else shaped).add(pending.text.strip("#*_: \t").lower())
                first = first or pending
            pending = None
        if team_heading is None and team_work:
            team_heading = line
            continue
        m = _HEADING.match(line.text)
        if m and len(m.group(1).split()) <= 5:
            pending_person = persons.inside(line.start + m.start(1), line.start + m.end(1))
            if pending_person or _name_shaped(m.group(1)):
                pending = line
                pending_under = False
    if not members or len(members | shaped) < 2 or team_heading is None:
        return None
    return Evidence(0.6, "een verslag met per teamlid het eigen werk en de problemen of planning van het team",
                    first.start, first.end)
