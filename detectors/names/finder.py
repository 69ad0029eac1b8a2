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
from dataclasses import dataclass

import regex

from detectors.names import lexicon as lx

# --- reasons (Dutch, B1; never the name itself) --------------------------------------------------
R_TITLE = "naam met aanhef (zoals mevrouw of meneer)"
R_INITIALS = "voorletters met achternaam"
R_FULL = "voornaam met achternaam"
R_GREETING = "naam na een begroeting (zoals Beste of Hoi)"
R_SIGNOFF = "naam onder een groet aan het eind"
R_LABEL = "naam bij een veld (zoals Naam: of Van:)"
R_CONTEXT = "naam bij een woord over een persoon (zoals collega of klant)"
R_REPEAT = "naam die al eerder in de tekst staat"
R_FIRST = "voornaam in de tekst"
R_INVERTED = "achternaam met voorletters (zoals in een adresboek)"
R_MENTION = "naam na @ in een chat"
R_CHAT = "naam van wie een chatbericht schrijft"

# --- word lists (lower case) ---------------------------------------------------------------------
TITLES = {
    "mevrouw", "mevr", "mw", "mej", "mejuffrouw", "meneer", "mijnheer", "heer", "dhr", "hr", "mr", "mrs", "ms", "miss",
    "drs", "dr", "ir", "ing", "prof", "ds", "dominee", "zuster", "broeder", "juffrouw", "meester", "juf",
}
#: Titles that are also ordinary words and need a capital letter after them (they always do).
TUSSENVOEGSELS = {
    "van", "de", "der", "den", "het", "'t", "’t", "te", "ten", "ter", "in", "op", "aan", "la", "le", "du",
    "da", "dos", "das", "di", "del", "della", "el", "al", "ben", "bin", "von", "vom", "zu", "zur", "ul", "vd",
    "v/d", "lo", "uit", "bij", "ait", "aït", "ibn", "abou", "bou", "ould", "oulad",
}
#: Prepositions that are part of a name only before an article: "Aan de Stegge", "In 't Veld".
_PREPOSITION_TV = {"aan", "in", "op", "uit", "bij"}
_ARTICLE_TV = {"de", "den", "der", "het", "'t", "’t"}
#: Dutch tussenvoegsels are never first names ("Van", "De" are listed as names in the noisy lists).
_DUTCH_TV = {"van", "de", "der", "den", "het", "te", "ten", "ter", "in", "op", "aan", "uit", "bij", "vd"}
#: Tussenvoegsels that may start a surname only after a title, initials or a first name.
GREETINGS = {
    "hoi", "hallo", "hey", "hee", "hi", "hello", "dear", "beste", "lieve", "dag", "goedemorgen",
    "goedemiddag", "goedenavond", "geachte", "morning", "ha", "hej", "salut", "bonjour", "moi",
}
SIGNOFF_RE = regex.compile(
    r"(?i)^\W*(?:met\s+)?(?:vriendelijke|hartelijke|beste|lieve|warme|sportieve|collegiale|fijne|"
    r"kind|best|warm|many)?\s*(?:groet(?:en|jes)?|regards|wishes|mvg|m\.v\.g\.|vriendelijke\s+groet|"
    r"gr(?:\.|oet)?|groetjes|liefs|cheers|thanks|dank(?:\s+je(?:\s+wel)?|\s+u(?:\s+wel)?)?|"
    r"bedankt|alvast\s+(?:dank|bedankt)|sincerely|yours|hoogachtend|tot\s+(?:snel|dan|morgen))\W*$"
)
#: Field labels whose value is a person ("Naam: Jan de Vries", "Van: Jeroen de Wit").
LABELS = {
    "naam", "name", "full name", "volledige naam", "van", "aan", "cc", "bcc", "from", "to", "sent by",
    "medewerker", "werknemer", "employee", "betrokkene", "cliënt", "client", "cliente", "cliënte",
    "klant", "eigenaar", "owner", "leidinggevende", "manager", "behandelaar", "contactpersoon",
    "aanvrager", "verzender", "afzender", "ontvanger", "mentor", "gemachtigde", "advocaat",
    "bedrijfsarts", "verzekeringsarts", "arbeidsdeskundige", "werkcoach", "casemanager", "teamleider",
    "coach", "aanwezig", "afwezig", "notulist", "voorzitter", "kandidaat", "sollicitant", "patiënt",
    "ondertekend", "getuige", "partner", "echtgenoot", "echtgenote", "contact", "auteur", "author",
    "opgesteld door", "ingevuld door", "behandeld door", "namens", "t.a.v", "attn", "ter attentie van",
}
#: Words before a name that say a person is meant ("collega Pieter", "mijn zoon Daan").
PERSON_WORDS = {
    "collega", "collega's", "cliënt", "client", "cliënte", "klant", "klantmanager", "werkcoach",
    "medewerker", "medewerkster", "meneer", "mevrouw", "zoon", "dochter", "partner", "vrouw", "man",
    "moeder", "vader", "broer", "zus", "zuster", "opa", "oma", "oom", "tante", "neef", "nicht",
    "kandidaat", "leidinggevende", "teamleider", "manager", "werkgever", "werknemer", "stagiair",
    "stagiaire", "vriend", "vriendin", "buurman", "buurvrouw", "echtgenoot", "echtgenote", "verloofde",
    "collegaatje", "bedrijfsarts", "arts", "huisarts", "verzekeringsarts", "arbeidsdeskundige",
    "advocaat", "jurist", "journalist", "colleague", "son", "daughter",
    "wife", "husband", "mother", "father", "candidate", "employee", "advisor", "adviseur",
    "familie", "gezin", "naam", "heet", "genaamd", "alias",
}
#: Weaker words before a full name ("gesproken met Jan de Vries"): they do not make one word a name.
WEAK_PERSON_WORDS = {"met", "namens", "door", "van", "voor", "aan", "by", "with", "from"}
#: Capitalised words that never start or end a person's name here.
STOP = {
    "ik", "je", "jij", "u", "wij", "we", "zij", "ze", "hij", "het", "een", "dit", "dat", "deze", "die",
    "er", "als", "maar", "en", "of", "op", "in", "met", "voor", "na", "bij", "om", "aan", "ook", "wil",
    "kun", "kunt", "zou", "is", "was", "mijn", "uw", "onze", "ons", "zijn", "haar", "hun", "the", "a",
    "an", "i", "you", "he", "she", "it", "they", "my", "our", "your", "his", "her", "this", "that",
    "thanks", "please", "dank", "bedankt", "groet", "groeten", "team", "afdeling", "stichting",
    "gemeente", "ministerie", "raad", "directie", "bestuur", "januari", "februari", "maart", "april",
    "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "january",
    "february", "march", "may", "june", "july", "august", "october", "maandag", "dinsdag", "woensdag",
    "donderdag", "vrijdag", "zaterdag", "zondag", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "sir", "madam", "madame", "heer", "mevrouw", "collega", "collega's",
    "allemaal", "iedereen", "all", "everyone", "klant", "lezer", "relatie", "medewerker", "wajong",
    "ziektewet", "werkloosheidswet", "uwv", "werkplein", "digid", "god", "jezus", "kerst",
    "pasen", "pinksteren", "koningsdag", "sinterklaas", "vraag", "antwoord", "artikel", "casus",
    "bijlage", "onderwerp", "datum", "betreft", "kenmerk", "geachte", "beste", "hoi", "hallo", "dear",
    "hi", "hello", "ter", "wet", "besluit", "regeling", "noot", "bron", "vacature", "persbericht",
    "samenvatting", "inleiding", "conclusie", "advies", "actiepunten", "besluiten", "aanwezig",
    "afwezig", "verslag", "memo", "notitie", "rapport", "rapportage", "teams", "sharepoint",
    "onedrive", "outlook", "word", "excel", "chat", "mistral", "le", "gemini", "copilot",
    "chatgpt", "ai", "nl", "nederland", "netherlands", "holland", "europa", "europe", "eu",
    # function words: the lemma table lists only words that inflect, so these carry no WORD flag
    "over", "onder", "boven", "naast", "tussen", "tegen", "zonder", "door", "naar", "vanaf", "sinds",
    "tot", "tijdens", "volgens", "via", "per", "rond", "binnen", "buiten", "achter", "uit", "dus",
    "toch", "nog", "al", "wel", "niet", "geen", "ja", "nee", "oké", "oke", "ok", "zo", "dan", "toen",
    "nu", "hier", "daar", "waar", "wie", "wat", "welke", "hoe", "waarom", "omdat", "want", "terwijl",
    "zodat", "indien", "mits", "tenzij", "alleen", "even", "graag", "helaas", "gelukkig", "vandaag",
    "morgen", "gisteren", "straks", "alvast", "top", "super", "prima", "fijn", "goed", "andere", "ander",
    "alle", "elke", "ieder", "iedere", "veel", "weinig", "meer", "minder", "meest", "eerst", "daarna",
    "verder", "ten", "zie", "let", "hierbij", "namens", "bent", "heeft", "hebben", "kan", "kunnen",
    "moet", "moeten", "mag", "mogen", "wordt", "worden", "goedendag", "groetjes", "vriendelijke",
    "hartelijke", "kind", "regards", "best", "yours", "sincerely", "cheers", "liefs", "mvg", "gr",
    "not", "no", "yes", "and", "or", "for", "with", "from", "on", "at", "by", "as", "if", "so",
    "but", "when", "who", "what", "which", "how", "why", "where", "there", "here", "us", "me",
    "him", "them", "their", "its", "one", "two", "new", "any", "some", "each", "every", "also",
    "just", "only", "oost", "west", "noord", "zuid", "iemand", "anders", "erna", "dutch", "english",
    "nederlands", "engels", "general", "data", "office", "agency",
    "insurance", "employee", "survey", "force", "labour", "labor", "regulation", "protection",
    # people addressed by their role, not by name ("Beste Werkgever,", "Dear Hiring Manager,")
    "klanten", "werkgever", "werkgevers", "werknemer", "werknemers", "sollicitant", "deelnemer",
    "deelnemers", "voorzitter", "commissie", "allen", "cliënt", "cliënten", "ouders", "bewoner",
    "bewoners", "leden", "lid", "vrienden", "manager", "hiring", "recruiter", "customer", "colleague",
    "colleagues", "partners", "heren", "dames", "mevrouw/meneer", "meneer", "zorgverlener",
    "behandelaar", "ontvanger", "belanghebbende", "aanvrager", "burger", "inwoner", "inwoners",
}
#: A chunk that ends in one of these is a street, a building or an organisation, not a person.
NOT_PERSON_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "steeg", "dreef", "pad",
    "markt", "hof", "park", "baan", "burg", "veld", "wal", "plantsoen", "boulevard", "allee", "erf",
    "team", "centrum", "center", "dienst", "bureau", "groep", "school", "college", "ziekenhuis",
    "kliniek", "bv", "b.v", "nv", "vof", "holding", "desk", "balie", "loket", "afdeling", "coördinator",
    "secretariaat", "administratie", "zaken", "beheer", "portaal", "kantoor",
)
#: Street words that start a street name: "Laan van Nieuw Oost-Indië", "Plein 1992".
STREET_WORDS = {
    "laan", "weg", "plein", "straat", "kade", "singel", "dreef", "hof", "park", "gracht", "dijk", "pad",
    "steeg", "markt", "burgwal", "plantage", "boulevard", "oever", "wal", "haven", "ring", "baan",
}
ORG_WORDS = {
    "b.v.", "bv", "n.v.", "nv", "vof", "v.o.f.", "holding", "groep", "group", "stichting", "vereniging",
    "coöperatie", "gemeente", "ministerie", "bank", "zorggroep", "bakkerij", "transport", "bouw",
    "installatietechniek", "advocaten", "notarissen", "accountants", "makelaars", "ltd", "inc", "gmbh",
    "b.v", "n.v", "&", "en zonen", "team", "servicedesk", "security", "center", "centre", "support",
}
#: Offices whose holders are public officials: a name right after one is not personal data here.
OFFICES = (
    "minister", "staatssecretaris", "kamerlid", "kamerleden", "premier", "minister-president",
    "burgemeester", "wethouder", "wethouders", "gedeputeerde", "senator", "europarlementariër",
    "fractievoorzitter", "partijleider", "lijsttrekker", "commissaris", "koning", "koningin", "prins",
    "prinses", "president", "ombudsman", "kamervoorzitter", "statenlid", "raadslid", "gemeenteraadslid",
    "ministers", "staatssecretarissen", "minister-presidenten", "bestuursvoorzitter", "topman", "topvrouw",
    "directeur-generaal", "secretaris-generaal", "woordvoerder", "woordvoerster",
)
#: Offices written as "FNV-bestuurder", "UWV-directeur": a role in an organisation, named in public.
HYPHEN_OFFICES = ("bestuurder", "directeur", "voorzitter", "topman", "topvrouw", "woordvoerder", "baas")
#: Reporting verbs of news: "zegt FNV-bestuurder X", "aldus econoom X".
REPORT_VERBS = {"zegt", "zei", "aldus", "stelt", "stelde", "vertelt", "vertelde", "meldt", "meldde",
                "benadrukt", "benadrukte", "waarschuwt", "waarschuwde", "volgens", "reageert", "reageerde"}
#: A shop or firm word before a surname: "Klusbedrijf Van Dam" names the firm.
FIRM_SUFFIXES = ("bedrijf", "bakkerij", "winkel", "studio", "handel", "service", "installaties", "techniek",
                 "transport", "advies", "zorg", "makelaardij", "kantoor", "praktijk", "salon", "garage")
_OFFICE_SET = set(OFFICES)
PARTIES = {
    "vvd", "pvv", "cda", "d66", "groenlinks-pvda", "gl-pvda", "groenlinks", "pvda", "sp", "pvdd",
    "christenunie", "cu", "sgp", "denk", "fvd", "ja21", "volt", "bbb", "nsc", "50plus", "bij1",
}
#: "De Minister van Sociale Zaken en Werkgelegenheid," above a signature.
_SIGNATURE_RE = regex.compile(
    r"(?i)^\W*(?:de\s+)?(?:minister(?:-president)?|staatssecretaris|burgemeester|commissaris\s+van\s+de\s+koning|"
    r"voorzitter\s+van\s+de\s+(?:tweede|eerste)\s+kamer|minister\s+voor|"
    r"namens\s+(?:de\s+)?(?:raad\s+van\s+(?:bestuur|toezicht)|het\s+college\s+van))\b"
)
#: ", lid van de Raad van Bestuur van UWV" and the like behind a name in a public text.
_PUBLIC_APPOSITION_RE = regex.compile(
    r"(?i)^\s*,\s*(?:de\s+|het\s+)?(?:(?:lid|voorzitter|vicevoorzitter)\s+van\s+de\s+(?:raad\s+van\s+bestuur|"
    r"raad\s+van\s+toezicht|tweede\s+kamer|eerste\s+kamer|directie)|bestuursvoorzitter|"
    r"directeur-generaal|secretaris-generaal|(?:SZW-|oud-|demissionair\s+)?minister|staatssecretaris|"
    r"kamerlid|tweede-kamerlid|burgemeester|wethouder|gedeputeerde|woordvoerder|woordvoerster|"
    r"commissaris\s+van\s+de\s+koning|nationale\s+ombudsman|ombudsman|ceo|topman|topvrouw)\b"
)

# stdlib ``re`` is faster than ``regex`` here; [^\W\d_] is "a letter" in Unicode.
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
#: Signs that a text is published news or a press release: "Maastricht, 12 februari 2025 –",
#: "Persbericht", "Noot voor de redactie", "(ANP)".
_PUBLIC_RE = re.compile(
    r"(?im)^[A-Z][\w'’\-]+(?:[/ ][A-Z][\w'’\-]+)?,\s+\d{1,2}\s+(?:" + _MONTHS + r")\s+\d{4}\s*[–—-]"
    r"|^[ \t]*(?:persbericht|noot\s+(?:voor\s+(?:de\s+)?)?redactie|einde\s+persbericht)\b"
    r"|\A\s*vacature\b"
    r"|^[ \t]*de\s+(?:minister|staatssecretaris)\s+(?:van|voor)\b[^\n]{0,120},[ \t]*$"
    r"|tweede\s+kamer\s+der\s+staten-generaal|\bvergaderjaar\s+\d{4}|\bkamerstuk(?:ken)?\b"
    r"|aanhangsel\s+van\s+de\s+handelingen"
    r"|\A\s*jaarverslag\s+(?:uwv\b|\d{4}[ \t]*(?:[–—-]|$))"
    r"|\((?:ANP|AFP|Reuters|Novum)\)"
)
#: Signs that a text is a letter, an e-mail, a chat or a file about a person.
_PRIVATE_RE = re.compile(
    r"(?im)^[ \t]*(?:van|aan|cc|onderwerp|verzonden|from|to|sent|subject|bsn|cliënt|klant|naam|betreft)\s*:"
    r"|^[ \t]*(?:hoi|hallo|beste|geachte|lieve|dear|hi)\b(?![ \t]+(?:voorzitter|leden|kamerleden)\b)"
    r"|^[ \t]*\[\d{1,2}:\d{2}\]"
    r"|\b(?:burgerservicenummer|bsn|vertrouwelijk|embargo)\b"
)

_TOKEN_RE = re.compile(
    r"(?P<w>[^\W\d_]+(?:['’\-][^\W\d_]+)*)|(?P<t>['’]t(?![^\W\d_]))|(?P<n>\d+)|(?P<nl>\n)|(?P<p>[^\s\w])"
)

MIN_REPORT = 0.5


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    score: float
    reason: str


class _Lines(list):
    """The lines of the text, plus where its content ends."""

    last_content = -1


class _Tok:
    """A token: kind is w (word), t ('t), n (number), nl (newline) or p (punctuation)."""

    __slots__ = ("text", "start", "end", "kind", "line", "line_start")

    def __init__(self, text, start, end, kind, line, line_start):
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.line = line
        self.line_start = line_start


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    line = 0
    first = True
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "nl":
            toks.append(_Tok("\n", m.start(), m.end(), "nl", line, first))
            line += 1
            first = True
            continue
        toks.append(_Tok(m.group(), m.start(), m.end(), kind, line, first))
        first = False
    return toks


def _is_cap(word: str) -> bool:
    """'Jansen', 'Öztürk', 'Gerrit-Jan', "O'Brien" -- not 'WW-uitkering', 'UWV', 'Woo-coördinator'."""
    if not (word[0].isupper() and len(word) > 1 and (word[1].islower() or word[1] in "'’")):
        return False
    if "-" not in word and word[1:].islower():
        return True  # the common case, decided without a loop
    # CamelCase is a product or a service ("BelastingTelefoon", "WhatsApp"), except Mc/Mac names
    prev = ""
    for k, c in enumerate(word):
        if k > 0 and c.isupper() and prev not in "-'’" and not word.startswith(("Mc", "Mac")):
            return False
        prev = c
    if "-" in word:
        for part in word.split("-")[1:]:
            if not part or not (part[0].isupper() or part.lower() in TUSSENVOEGSELS):
                return False
    return True


def _is_initial_letters(word: str) -> bool:
    """'J', 'Th', 'Chr', 'IJ', 'Ph': a first-name initial (before a dot)."""
    return (len(word) == 1 and word.isupper()) or word in ("Th", "Chr", "Ph", "IJ", "Joh", "Wm", "Ch", "Fr")


class _Lex:
    def __init__(self):
        self.table = lx.load()
        self._cache: dict[str, int] = {}

    def flags(self, word: str) -> int:
        f = self.table.get(word)
        if f is not None:
            return f
        f = self._cache.get(word)
        if f is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            f = self._cache[word] = self._compute(word)
        return f

    def _compute(self, word: str) -> int:
        folded = lx.fold(word)
        if folded != word:
            f = self.table.get(folded)
            if f is not None:
                return f
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            pf = [self.flags(p) if p[:1].isupper() else 0 for p in parts]
            if all(x & (lx.FIRST | lx.SURNAME) for x in pf):
                out = lx.FIRST | lx.SURNAME
                for x in pf:
                    out &= x | lx.SURNAME  # a double name is a surname (or a double first name)
                if all(x & lx.FIRST for x in pf):
                    out |= lx.FIRST
                return out
        return 0


class NameFinder:
    """Finds person names in a text. Build once (loads the lexicon), call :meth:`find` per text."""

    def __init__(self):
        self.lex = _Lex()

    # -- helpers ----------------------------------------------------------------------------------
    def _nameish(self, word: str) -> bool:
        """A capitalised word that may be part of a name (in a name list, or unknown)."""
        low = word.lower()
        if low in STOP or low in _OFFICE_SET or low in PERSON_WORDS or low in GREETINGS:
            return False
        f = self.lex.flags(word)
        if low.endswith(NOT_PERSON_SUFFIXES) and not f & lx.SURNAME and not (
                "-" in word and any(self.lex.flags(p) & lx.SURNAME for p in word.split("-") if p)):
            return False
        if f & (lx.FIRST | lx.SURNAME):
            return True
        return not f  # unknown to every list: rare names are unknown too

    def _common_first(self, word: str) -> bool:
        f = self.lex.flags(word)
        return bool(f & lx.FIRST_COMMON) and not f & lx.PLACE and word.lower() not in STOP

    # -- chunking ---------------------------------------------------------------------------------
    def _chunks(self, toks: list[_Tok]):
        """Yield name-shaped runs as lists of ``(token index, label)``.

        Labels: 'title', 'init' (letters + dot), 'given' (in brackets after initials), 'tv', 'cap'.
        """
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if t.kind != "w" or not (t.text[0].isupper() or t.text in TITLES):
                # a run starts with a capital or a title ("mevrouw", "dhr."), never elsewhere
                i += 1
                continue
            parts: list[tuple[int, str]] = []
            j = i
            while j < n:
                tj = toks[j]
                if tj.kind == "t":
                    parts.append((j, "tv"))
                    j += 1
                    continue
                if tj.kind != "w":
                    # brackets with a first name after initials: "J.W.M. (Jan-Willem) van der Heijden"
                    if (tj.text == "(" and parts and parts[-1][1] == "init" and j + 2 < n
                            and toks[j + 1].kind == "w" and _is_cap(toks[j + 1].text) and toks[j + 2].text == ")"):
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
                if low in TITLES:
                    # "dhr Jansen", "mevr Bakker", "Mr Smith" are fine without a dot; these are not
                    if low in ("ds", "ing", "ir", "prof", "drs", "hr", "juf", "meester", "mej") and not dot:
                        break
                    parts.append((j, "title"))
                    j += 2 if dot else 1
                    continue
                if dot and _is_initial_letters(w):
                    if w in ("B", "N") and j + 3 < n and toks[j + 2].text == "V" and toks[j + 3].text == ".":
                        parts.append((j, "org"))  # B.V., N.V.: a company
                        j += 4
                        break
                    if parts and parts[-1][1] == "cap":
                        break  # initials come before a surname, not after
                    parts.append((j, "init"))
                    j += 2
                    continue
                if (low in TUSSENVOEGSELS and _is_cap(w) and low not in _DUTCH_TV
                        and self.lex.flags(w) & lx.FIRST_COMMON
                        and not any(lab in ("title", "init") for _, lab in parts)):
                    parts.append((j, "cap"))  # "Ben Jansen", "Hoi Ben,": a first name, not "ben"
                    j += 1
                    continue
                if low in TUSSENVOEGSELS:
                    if low in _PREPOSITION_TV and not (nxt is not None and nxt.text.lower() in _ARTICLE_TV):
                        break  # "aan Marco", "in Zwolle": a preposition; "Op de Beek", "In 't Veld": a name
                    parts.append((j, "tv"))
                    j += 1
                    continue
                if _is_cap(w):
                    if low in _OFFICE_SET:
                        break
                    parts.append((j, "cap"))
                    j += 1
                    continue
                if (w.isupper() and len(w) >= 3 and w.isalpha() and parts and parts[-1][1] in ("title", "init")
                        and any(lab in ("title", "init") for _, lab in parts)):
                    # a surname in capitals after a title or initials: "Mevrouw S. JANSEN"
                    parts.append((j, "cap"))
                    j += 1
                    continue
                break
            if not parts:
                i += 1
                continue
            if any(lab == "org" for _, lab in parts):
                i = max(j, i + 1)
                continue
            yield parts
            i = max(j, i + 1)

    # -- main -------------------------------------------------------------------------------------
    def find(self, text: str) -> list[NameHit]:
        if self.reads_as_public(text):
            # Published news or a press release: the people in it are named in a public role
            # (a spokesperson, a board member, an expert). The label leaves public texts alone.
            return []
        toks = _tokenize(text)
        if not toks:
            return []
        lines = _Lines(text.split("\n"))
        # index of the last token that is not a line break (for "a name on the last line")
        lines.last_content = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].kind != "nl"), -1)
        hits: dict[tuple[int, int], NameHit] = {}
        official_words: set[str] = set()
        seeds: set[str] = set()

        def add(s_idx: int, e_idx: int, score: float, reason: str, names: list[str]):
            s, e = toks[s_idx].start, toks[e_idx].end
            key = (s, e)
            old = hits.get(key)
            if old is None or old.score < score:
                hits[key] = NameHit(s, e, round(min(score, 0.95), 2), reason)
            if score >= 0.7:
                seeds.update(names)

        for parts in self._chunks(toks):
            self._score_chunk(toks, parts, lines, add, official_words)

        self._inverted(toks, add, official_words)
        self._mentions(toks, add)
        self._propagate(toks, hits, seeds, official_words)
        out = [h for h in hits.values() if h.score >= MIN_REPORT]
        return _drop_nested(out)

    # -- chunk scoring ----------------------------------------------------------------------------
    def _score_chunk(self, toks, parts, lines, add, official_words):
        # Split off leading words that cannot start a name ("Ook Marloes", "Hoi Sanne", "De Raad").
        k = 0
        while k < len(parts):
            idx, lab = parts[k]
            w = toks[idx].text
            if lab == "cap" and (not self._nameish(w) or w.lower() in GREETINGS):
                k += 1
                continue
            if (lab == "cap" and not self.lex.flags(w) and k + 1 < len(parts) and parts[k + 1][1] == "cap"
                    and self.lex.flags(toks[parts[k + 1][0]].text) & lx.FIRST_COMMON):
                # "Kandidaat Thomas Bos": an unknown word before a common first name is not part of it
                k += 1
                continue
            if lab == "tv" and not any(l in ("title", "init") for _, l in parts[:k]) and not (
                    k == 0 and idx > 0 and toks[idx - 1].text.lower() in PERSON_WORDS):
                # a surname may not start with a tussenvoegsel unless a title/initial/first name precedes
                k += 1
                continue
            break
        lead = parts[:k]
        core = parts[k:]
        # Cut the core at the first word that is not name-ish ("Jan Stichting" -> "Jan").
        cut = len(core)
        for m, (idx, lab) in enumerate(core):
            if lab == "cap" and not self._nameish(toks[idx].text):
                w = toks[idx].text
                if (m > 0 and core[m - 1][1] == "tv" and self.lex.flags(w) & lx.PLACE
                        and toks[core[m - 1][0]].text.lower() in ("van", "der", "den", "ter", "ten", "te")):
                    continue  # "van Haaften", "van Amsterdam": many surnames are place names
                cut = m
                break
        rest = core[cut:]
        core = core[:cut]
        # "Sanne in Zwolle", "Bart op Schiphol": a place after a preposition is not a surname.
        for m in range(1, len(core) - 1):
            if (core[m][1] == "tv" and toks[core[m][0]].text in ("in", "op", "aan", "uit", "bij")
                    and core[m + 1][1] == "cap"):
                tail_words = [toks[i].text for i, lab in core[m + 1:] if lab == "cap"]
                if all(self.lex.flags(w) & lx.PLACE for w in tail_words):
                    core = core[:m]
                    break
        # Trailing tussenvoegsels are not part of the name.
        while core and core[-1][1] == "tv":
            core.pop()
        if not core:
            return
        # A street, building or organisation name right behind ("Van Limburg Stirumstraat").
        if rest:
            nxt = toks[rest[0][0]].text.lower()
            if nxt.endswith(NOT_PERSON_SUFFIXES) or nxt in ORG_WORDS:
                return
        first_i = core[0][0]
        last_i = core[-1][0]
        labs0 = {lab for _, lab in core}
        if "title" not in labs0 and "init" not in labs0:
            # streets: "Laan van Nieuw Oost-Indië 214", "Van Limburg Stirumstraat 112"
            if toks[first_i].text.lower() in STREET_WORDS:
                return
            nxt = toks[last_i + 1] if last_i + 1 < len(toks) else None
            if nxt is not None and nxt.kind == "n" and not self.lex.flags(toks[first_i].text) & lx.FIRST:
                return
        caps = [toks[i].text for i, lab in core if lab in ("cap", "given")]
        labs = [lab for _, lab in core]
        has_title = "title" in labs
        n_init = labs.count("init")
        has_given_paren = "given" in labs
        cap_words = [toks[i].text for i, lab in core if lab == "cap"]
        if not cap_words and not has_given_paren:
            return  # "mevrouw" alone, "J.P." alone
        # The token after the chunk: an organisation word or a street kills it.
        after = self._after(toks, last_i)
        if after is not None and after.kind == "w" and (after.text.lower() in ORG_WORDS):
            return
        if (after is not None and after.text == "." and last_i + 2 < len(toks)
                and toks[last_i + 2].text.upper() in ("V", "BV")):
            return

        ctx = self._context(toks, first_i, lead, lines)
        official = self._is_official(toks, first_i, last_i, lead, lines)

        score, reason = self._base_score(toks, core, cap_words, has_title, n_init, has_given_paren, ctx)
        if rest and rest[0][1] == "cap" and not has_title and not n_init:
            # more capitalised words that are no name run on: a firm or a title ("Otto Work Force")
            score -= 0.3
        if score <= 0:
            return
        names = [w for w in caps if len(w) >= 2]
        if official:
            official_words.update(names)
            return
        add(first_i, last_i, score, reason, names)

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
            if only_place:
                return 0, ""
            return 0.85, R_TITLE
        if n_init:
            if not cap_words:
                return 0, ""
            if only_place or (last_f & lx.WORD and not last_f & lx.SURNAME):
                return (0.85, ctx[1]) if ctx[0] >= 0.8 else (0, "")
            if n_init == 1 and not last_f and toks[core[0][0]].line_start and ctx[0] < 0.5:
                # "A. Inleiding": an outline letter, not an initial
                return 0, ""
            return 0.85, R_INITIALS
        has_tv = any(lab == "tv" for _, lab in core)
        first = cap_words[0]
        if len(cap_words) == 1 and not has_tv:
            return self._single(toks, core[0][0], first, ctx, sentence_start)
        if only_place and not has_tv and ctx[0] < 0.8:
            return 0, ""
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
            elif not last_f:
                score = 0.45
            else:
                score = 0.4
        else:
            # no known first name ("Haarstudio Knipwerk", "Raad van Bestuur"): needs context
            score = 0.45 if last_s and ff & lx.SURNAME else 0.35
        if ff & lx.WORD and sentence_start:
            score -= 0.1
        if last_f & lx.PLACE and not has_tv:
            # "Pride Eindhoven", "Lotus Utrecht": an event or a firm in a town; a person named
            # after a town ("Wendy Mol") keeps enough score when the first name is clear
            score -= 0.35 if ff & lx.WORD else 0.1
        # Words in the middle that no name list knows: an English title or a name of a thing.
        middle = cap_words[1:-1]
        if any(not lex.flags(w) & (lx.FIRST | lx.SURNAME) for w in middle) and not has_tv:
            score -= 0.3
        prev = toks[core[0][0] - 1] if core[0][0] > 0 else None
        if prev is not None and prev.kind == "w" and prev.text in ("de", "het", "een", "the"):
            score -= 0.4  # "bij de Albert Heijn", "in het Jan van Goyen College"
        strong_start = is_first or (ff & lx.SURNAME and last_s)
        if ctx[0] > 0 and strong_start and ctx[0] >= score:
            return ctx[0], ctx[1]
        if ctx[0] > 0 and (strong_start or ctx[1] == R_GREETING):
            return min(max(score, 0.35) + 0.2, 0.9), R_FULL if score >= 0.5 else ctx[1]
        return score, R_FULL

    def _single(self, toks, idx, word, ctx, sentence_start):
        """One capitalised word alone: a name only with context, or as a common first name."""
        f = self.lex.flags(word)
        if word.lower() in STOP or f & lx.PLACE and not f & lx.FIRST_COMMON:
            return 0, ""
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
        if not f & lx.FIRST:
            return 0, ""
        prev = toks[idx - 1] if idx > 0 else None
        if prev is not None and prev.kind == "w" and prev.text.lower() in ("de", "het", "een", "the", "a", "an"):
            return 0, ""
        if self._common_first(word):
            if not sentence_start:
                return 0.6, R_FIRST
            if not f & lx.WORD:
                return 0.55, R_FIRST
        return 0, ""

    def _sentence_start(self, toks, idx):
        j = idx - 1
        while j >= 0 and toks[j].kind == "p" and toks[j].text in "\"'‘’“”([-–•*>":
            j -= 1
        if j < 0:
            return True
        t = toks[j]
        return t.kind == "nl" or t.text in (".", "!", "?", ":", ";", "…")

    def _context(self, toks, first_i, lead, lines) -> tuple[float, str, bool]:
        """The strongest context before a chunk: (score it gives, reason, explicit).

        ``explicit`` is True for a greeting word or a field label right before the chunk: then
        even a word that no name list knows is taken as a name ("Beste Bhaskar,").
        """
        tok = toks[first_i]
        # A greeting right before ("Hoi Sanne", "Beste Priscilla Koster").
        if lead:
            w = toks[lead[-1][0]].text.lower()
            if w in GREETINGS and len(lead) == 1:
                return 0.85, R_GREETING, True
        j = first_i - 1
        prev = toks[j] if j >= 0 else None
        if prev is not None and prev.kind == "w" and prev.text.lower() in GREETINGS and prev.line == tok.line:
            return 0.85, R_GREETING, True
        # A field label: "Naam: ...", "Van: ...", "Aanwezig: ... , ..."
        if not lead and self._label_before(toks, first_i):
            return 0.8, R_LABEL, True
        line_text = lines[tok.line].strip()
        if _is_signoff(line_text):
            return 0.0, "", False
        at_line_start = tok.line_start or (lead and toks[lead[0][0]].line_start and len(lead) == 1
                                           and toks[lead[0][0]].text in "-–")
        if at_line_start or (first_i > 0 and toks[first_i - 1].text in "-–" and toks[first_i - 1].line_start):
            # A sign-off line above: "Met vriendelijke groet,\n\nPetra"
            ln = tok.line - 1
            while ln >= 0 and not lines[ln].strip():
                ln -= 1
            if ln >= 0 and _is_signoff(lines[ln].strip()) and len(line_text.split()) <= 6:
                return 0.85, R_SIGNOFF, False
            if ln >= 0 and lines[ln].rstrip().endswith(("!", ",")) and len(line_text.split()) <= 4 \
                    and not lines[ln].rstrip().endswith(":,"):
                return 0.7, R_SIGNOFF, False
            # "– Willemijn Aarts, team lead" under a note
            if first_i > 0 and toks[first_i - 1].text in "-–" and toks[first_i - 1].line_start:
                return 0.7, R_SIGNOFF, False
        if tok.line_start:
            k = first_i
            while k < len(toks) and toks[k].kind in ("w", "t") and toks[k].line == tok.line:
                k += 1
            # Vocative at the start of a line: "Nadia, kun jij ..."
            if k < len(toks) and toks[k].text == "," and k - first_i <= 3:
                return 0.75, R_GREETING, False
            # The writer of a chat line: "Kevin: wie heeft dienst?"
            if (k < len(toks) and toks[k].text == ":" and k - first_i <= 3
                    and self._common_first(toks[first_i].text)
                    and not self.lex.flags(toks[first_i].text) & lx.WORD
                    and toks[first_i].text.lower() not in LABELS):
                return 0.75, R_CHAT, False
            # A line with only a short name on it, at the end of the text
            if (k >= len(toks) or toks[k].kind == "nl") and k - first_i <= 3 and k > lines.last_content:
                return 0.75, R_SIGNOFF, False
        # A person word shortly before: "collega Pieter", "mijn zoon, Daan Mulder"
        for back in range(1, 4):
            j = first_i - back
            if j < 0:
                break
            t = toks[j]
            if t.kind == "nl" or t.text in (".", "!", "?", ";", ":"):
                break
            if t.kind == "w" and t.text.lower() in PERSON_WORDS:
                return 0.7, R_CONTEXT, False
        return 0.0, "", False

    def _label_before(self, toks, first_i) -> bool:
        """True when the chunk is the value of a field such as 'Naam:' on the same line."""
        j = first_i - 1
        # skip an opening bracket or a list separator: "Aanwezig: Erik (voorzitter), Samira"
        hops = 0
        while j >= 0 and hops < 40:
            t = toks[j]
            if t.kind == "nl":
                return False
            if t.text == ":":
                k = j - 1
                words = []
                while k >= 0 and toks[k].kind == "w" and len(words) < 3:
                    words.append(toks[k].text.lower())
                    k -= 1
                if k >= 0 and toks[k].kind not in ("nl", "p"):
                    return False
                label = " ".join(reversed(words))
                # "[09:14] Sanne" has digits before the colon: not a label
                return bool(words) and (label in LABELS or words[0] in LABELS)
            if t.kind == "w" and t.text.lower() not in TUSSENVOEGSELS and not _is_cap(t.text) \
                    and t.text.lower() not in ("en", "and") and not _is_initial_letters(t.text):
                # lower-case words in between: only "(voorzitter)" style remarks are skipped
                if not (j > 0 and toks[j - 1].text == "(" and j + 1 < first_i and toks[j + 1].text == ")"):
                    return False
            if t.kind == "n" or t.text in ("[", "]", "/", "|"):
                return False
            j -= 1
            hops += 1
        return False

    def _is_official(self, toks, first_i, last_i, lead, lines) -> bool:
        """A public official in a public role: office before, party behind, or a minister's signature."""
        # Office right before: "minister Van Gennip", "Tweede Kamerlid X", "burgemeester Halsema".
        j = first_i - 1
        if lead:
            j = lead[0][0] - 1
            if toks[lead[-1][0]].text.lower() in _OFFICE_SET:
                return True
        if j >= 1 and toks[j].text == "," and toks[j - 1].kind == "w":
            j -= 1  # "De premier, Dick Schoof, ..."
        if j >= 0 and toks[j].kind == "w":
            low = toks[j].text.lower()
            if low in _OFFICE_SET or any(low.endswith("-" + o) for o in OFFICES + HYPHEN_OFFICES):
                return True
            # "zegt FNV-bestuurder Kitty Jong", "aldus econoom Ruud Bosma": news quoting a role
            if (j >= 1 and toks[j - 1].kind == "w" and toks[j - 1].text.lower() in REPORT_VERBS
                    and low not in PERSON_WORDS and (toks[j].text.islower() or "-" in toks[j].text)):
                return True
        # Party behind: "Dijkhuizen (GroenLinks-PvdA)"
        k = last_i + 1
        if (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].text.lower() in PARTIES
                and toks[k + 2].text == ")"):
            return True
        # Apposition with a public role: ", lid van de Raad van Bestuur van UWV"
        tail = []
        for t in toks[last_i + 1:last_i + 12]:
            if t.kind == "nl":
                break
            tail.append(t.text if t.kind != "w" else " " + t.text)
        tail = "".join(tail)
        if _PUBLIC_APPOSITION_RE.match(tail):
            return True
        # Signature of a minister or state secretary a few lines up.
        ln = toks[first_i].line - 1
        seen = 0
        while ln >= 0 and seen < 2:
            s = lines[ln].strip()
            if s:
                seen += 1
                if len(s) <= 160 and s.endswith(",") and _SIGNATURE_RE.match(s):
                    return True
            ln -= 1
        return False

    @staticmethod
    def reads_as_public(text: str) -> bool:
        """True for a news article or press release without signs of a letter, mail or chat."""
        head = text[:3000]
        return bool(_PUBLIC_RE.search(text)) and not _PRIVATE_RE.search(head)

    def is_public_official_name(self, text: str, start: int, end: int) -> bool:
        """True when the span ``text[start:end]`` stands where a public official's name stands.

        For names found by something else (a statistical model): an office right before it, a
        party in brackets behind it, a public role in apposition or a minister's signature above.
        """
        lo = max(0, text.rfind("\n", 0, max(0, start - 200)) + 1)
        window = text[lo:min(len(text), end + 120)]
        toks = _tokenize(window)
        first_i = next((i for i, t in enumerate(toks) if t.start >= start - lo), None)
        last_i = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].end <= end - lo), None)
        if first_i is None or last_i is None or last_i < first_i:
            return False
        return self._is_official(toks, first_i, last_i, [], window.split("\n"))

    def _inverted(self, toks, add, official_words):
        """'Bouzid, N. (Nadia)', 'Kok, D.', 'Jansen, J.P.': surname, comma, initials."""
        n = len(toks)
        for i in range(n - 3):
            t = toks[i]
            if t.kind != "w" or not _is_cap(t.text) or toks[i + 1].text != ",":
                continue
            j = i + 2
            inits = 0
            while j + 1 < n and toks[j].kind == "w" and _is_initial_letters(toks[j].text) and toks[j + 1].text == ".":
                inits += 1
                j += 2
            if not inits:
                # "Van: Jansen, Pieter" in a mail header (Outlook's "surname, first name")
                if (j + 1 < n and toks[j].kind == "w" and _is_cap(toks[j].text)
                        and self._common_first(toks[j].text)
                        and toks[j + 1].kind in ("nl", "p") and toks[j + 1].text not in (".", ",")
                        and self.lex.flags(t.text) & lx.SURNAME and self._label_before(toks, i)):
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

    def _mentions(self, toks, add):
        for i in range(len(toks) - 1):
            if toks[i].text == "@" and toks[i + 1].kind == "w" and toks[i + 1].start == toks[i].end \
                    and _is_cap(toks[i + 1].text) and (i == 0 or toks[i - 1].end < toks[i].start):
                add(i + 1, i + 1, 0.8, R_MENTION, [toks[i + 1].text])

    def _propagate(self, toks, hits, seeds, official_words):
        """A name found with good evidence counts wherever it stands in the same text."""
        seeds = {s for s in seeds if s not in official_words and s.lower() not in STOP
                 and s.lower() not in TUSSENVOEGSELS and len(s) >= 2}
        # parts of double names count alone too ("Yılmaz-Demir" -> "Yılmaz")
        for s in list(seeds):
            if "-" in s:
                seeds.update(p for p in s.split("-") if len(p) >= 3)
        if not seeds:
            return
        covered = sorted((h.start, h.end) for h in hits.values() if h.score >= MIN_REPORT)
        from bisect import bisect_right

        starts = [c[0] for c in covered]
        for i, t in enumerate(toks):
            if t.kind != "w" or t.text not in seeds:
                continue
            k = bisect_right(starts, t.start) - 1
            if k >= 0 and covered[k][1] > t.start:
                continue
            if i > 0 and toks[i - 1].kind == "w" and toks[i - 1].text.lower() in _OFFICE_SET:
                continue
            k2 = i - 1
            while k2 >= 0 and toks[k2].kind in ("w", "t") and toks[k2].text.lower() in TUSSENVOEGSELS:
                k2 -= 1
            if k2 >= 0 and toks[k2].kind == "w" and toks[k2].text.lower().endswith(FIRM_SUFFIXES):
                continue  # "Klusbedrijf Van Dam": the firm, named after its owner
            nx = toks[i + 1] if i + 1 < len(toks) else None
            if (nx is not None and nx.kind == "w" and nx.start == t.end + 1 and _is_cap(nx.text)
                    and not self.lex.flags(nx.text) & (lx.FIRST | lx.SURNAME)):
                continue  # "Hermans Hoveniers", "Mulder Transport": a firm named after its owner
            key = (t.start, t.end)
            if key not in hits:
                hits[key] = NameHit(t.start, t.end, 0.7, R_REPEAT)


def _is_signoff(line: str) -> bool:
    """'Met vriendelijke groet,', 'Groetjes', 'Kind regards,' -- a short line only (and cheap)."""
    return len(line) <= 60 and bool(SIGNOFF_RE.match(line))


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
