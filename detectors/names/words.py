"""The word lists and patterns of the person-name finder (lower case), and its Dutch reasons.

Data only: :mod:`detectors.names.tokens` cuts a text into tokens, :mod:`detectors.names.finder`
scores name-shaped runs with these lists.
"""
from __future__ import annotations

import re

import regex

from detectors.regexgate import gated

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
R_CHAT_NAME = "voornaam in een chatbericht"
R_SURNAME_FIRST = "achternaam voor voornaam (zoals in een lijst van een team)"
R_ROSTER = "naam in een lijst met andere namen"
R_OWNER = "voornaam bij een taak in een lijst"
R_ADDRESS = "naam boven een adres (zoals in een brief)"

# --- word lists (lower case) ---------------------------------------------------------------------
TITLES = {
    "mevrouw", "mevr", "mw", "mej", "mejuffrouw", "meneer", "mijnheer", "heer", "dhr", "hr", "mr", "mrs", "ms", "miss",
    "drs", "dr", "ir", "ing", "prof", "ds", "dominee", "zuster", "broeder", "juffrouw", "meester", "juf",
    "jhr", "jkvr", "jonkheer", "jonkvrouw",
    # a household and a patient in care notes: "fam. Tahiri", "pt. Van Wijk" (only with a dot)
    "fam", "pt",
}
#: Titles that are also ordinary words and need a capital letter after them (they always do).
TUSSENVOEGSELS = {
    "van", "de", "der", "den", "het", "'t", "’t", "te", "ten", "ter", "in", "op", "aan", "la", "le", "du",
    "da", "dos", "das", "di", "del", "della", "el", "al", "ben", "bin", "von", "vom", "zu", "zur", "ul", "vd",
    "v/d", "lo", "uit", "bij", "ait", "aït", "ibn", "abou", "bou", "ould", "oulad",
}
#: Prepositions that are part of a name only before an article: "Aan de Stegge", "In 't Veld".
PREPOSITION_TV = {"aan", "in", "op", "uit", "bij"}
ARTICLE_TV = {"de", "den", "der", "het", "'t", "’t"}
#: Dutch tussenvoegsels are never first names ("Van", "De" are listed as names in the noisy lists).
DUTCH_TV = {"van", "de", "der", "den", "het", "te", "ten", "ter", "in", "op", "aan", "uit", "bij", "vd"}
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
    "coach", "aanwezig", "afwezig", "notulist", "notulant", "notuliste", "voorzitter", "kandidaat", "sollicitant",
    "patiënt",
    "ondertekend", "getuige", "partner", "echtgenoot", "echtgenote", "contact", "auteur", "author",
    "opgesteld door", "ingevuld door", "behandeld door", "namens", "t.a.v", "attn", "ter attentie van",
    "aanwezigen", "afgemeld", "afmeldingen", "verhinderd", "deelnemers", "genodigden",
    "voornaam", "voornamen", "roepnaam", "achternaam", "geslachtsnaam", "first name", "last name", "surname",
}
#: Labels of a list of people in minutes: each comma-separated item is one person ("Aanwezig:
#: Karim, Sanne, Helder"), never "surname, first name" as in a mail header.
LIST_LABELS = frozenset({"aanwezig", "aanwezigen", "afwezig", "afgemeld", "afmeldingen", "verhinderd",
                         "deelnemers", "genodigden", "present", "absent", "attendees", "participants"})
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
    "familie", "gezin", "naam", "heet", "genaamd", "alias", "roepnaam", "voornaam",
    # the holder of an account or the one who reports: "Gebruiker Floor Smit kan niet inloggen"
    "gebruiker", "gebruikster", "melder", "huurder", "accounthouder", "aanvrager", "aanvraagster",
    "betrokkene", "uitkeringsgerechtigde", "werkzoekende",
    # the one who complains, objects or asks ("Klaagster Jolanda Klaverstein belde")
    "klager", "klaagster", "verzoeker", "verzoekster", "indiener", "indienster", "bezwaarmaker",
    # a health record's patient ("Test - Patient de Graaff", "patiënte Yilmaz")
    "patiënt", "patiënte", "patient",
}
#: Capitalised words that never start or end a person's name here.
STOP = {
    "ik", "je", "jij", "u", "wij", "we", "zij", "ze", "hij", "het", "een", "dit", "dat", "deze", "die",
    "er", "als", "maar", "en", "of", "op", "in", "met", "voor", "na", "bij", "om", "aan", "ook", "wil",
    "kun", "kunt", "zou", "is", "was", "mijn", "uw", "onze", "ons", "zijn", "haar", "hun", "the", "a",
    "an", "i", "you", "he", "she", "it", "they", "my", "our", "your", "his", "her", "this", "that",
    "thanks", "please", "dank", "bedankt", "groet", "groeten", "team", "afdeling", "stichting",
    # the last items of an agenda ("- Varia" at the end of a list reads like a name under a note)
    "varia", "rondvraag",
    # the scales of temperature, named after people ("40 graden Celsius")
    "celsius", "fahrenheit",
    # the resource and role words of health records (FHIR "InstanceOf: Patient", "Reference(Patient/...)")
    "patient", "patiënt", "practitioner",
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
    # the titles of minutes that the lemma table lacks ("Notulen Ouderraadvergadering, 3 september")
    "notulen", "agenda", "actielijst", "besluitenlijst",
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
    "just", "only", "oost", "west", "noord", "zuid", "iemand", "anders", "erna", "erin", "erop", "eraan",
    "erover", "ervan", "erbij", "ermee", "eruit", "ernaar", "erachter", "erdoor", "ertegen", "erom", "ervoor", "dutch", "english",
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
    # parts of a town: "het Morsdistrict", "de Vogelbuurt"
    "district", "buurt",
    # a company or a stage of the arts: "Kobra Theaterproducties", "Noord Nederlands Orkest"
    "producties", "productions", "theater", "orkest", "festival",
)
#: Words for a thing that is given a first name: an animal ("speurhond Max", "olifant Sofie"), a storm, a ship, an
#: institution ("zorgorganisatie Hannah", "verpleeghuis De Boschkamp"). A name right after one names the thing; a
#: person beside it comes after "van" ("de hond van Lisa").
NAMED_THINGS = frozenset({
    "hond", "hondje", "pup", "puppy", "kat", "katje", "poes", "poesje", "kater", "kitten", "konijn", "cavia", "hamster",
    "paard", "pony", "merrie", "hengst", "veulen", "ezel", "koe", "kalf", "stier", "geit", "schaap", "varken", "kip",
    "haan", "papegaai", "parkiet", "ooievaar", "uil", "valk", "arend", "zeearend", "olifant", "giraffe", "giraf",
    "gorilla", "orang-oetan", "chimpansee", "aap", "leeuw", "leeuwin", "tijger", "ijsbeer", "panda", "beer",
    "zeehond", "dolfijn", "walvis", "bultrug", "otter", "wolf", "lynx", "krokodil", "schildpad", "neushoorn",
    "nijlpaard", "storm", "orkaan", "tyfoon", "cycloon", "stormdepressie", "schip", "veerboot", "jacht", "zeilschip",
    "tjalk", "botter", "reddingboot", "sleepboot", "binnenvaartschip", "zorginstelling", "zorgorganisatie",
    "zorgaanbieder", "woonzorgcentrum", "zorgcentrum", "verzorgingshuis", "verpleeghuis", "verpleeghuizen",
    "zorgboerderij", "basisschool", "kindcentrum", "kinderdagverblijf", "peuterspeelzaal", "kinderopvang",
    "woningcorporatie", "corporatie", "molen", "korenmolen", "windmolen", "robot",
    # an association, a foundation or a school named after someone ("Stichting Gerard Dou", "speeltuinvereniging
    # Gerard Dou", "het Fonds Anna Wester", "Montessorischool Jan Ligthart")
    "stichting", "vereniging", "fonds", "school", "lyceum", "gymnasium",
})
#: Endings of such words in compounds: "diensthond", "politiepaard", "buurthuis", "hospice", "speeltuinvereniging".
NAMED_THING_ENDINGS = ("hond", "paard", "huis", "boot", "schip", "vereniging", "stichting", "school")


def names_a_thing(word: str) -> bool:
    """Whether a name right after ``word`` (lower case) names an animal, a storm, a ship or an institution."""
    return word in NAMED_THINGS or word.endswith(NAMED_THING_ENDINGS) and word not in ("thuis", "huis")


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
#: The words for "and" that join the names of a list ("Jan de Vries en Piet Bakker"), lower case.
AND_WORDS = frozenset({"en", "and", "&"})
#: Offices in the plural, before a list of their holders: "de wethouders Jan de Vries en Piet Bakker".
PLURAL_OFFICES = frozenset({"ministers", "staatssecretarissen", "bewindslieden", "kamerleden", "wethouders",
                            "burgemeesters", "gedeputeerden", "senatoren", "statenleden", "raadsleden",
                            "europarlementariërs", "fractievoorzitters", "lijsttrekkers", "woordvoerders"})
#: Offices whose holders are public officials: a name right after one is not personal data here.
OFFICES = (
    "minister", "staatssecretaris", "kamerlid", "kamerleden", "premier", "minister-president",
    "burgemeester", "wethouder", "wethouders", "gedeputeerde", "senator", "europarlementariër",
    "fractievoorzitter", "partijleider", "lijsttrekker", "commissaris", "koning", "koningin", "prins",
    "prinses", "president", "ombudsman", "kamervoorzitter", "statenlid", "raadslid", "gemeenteraadslid",
    "ministers", "staatssecretarissen", "minister-presidenten", "bestuursvoorzitter", "topman", "topvrouw",
    "directeur-generaal", "secretaris-generaal", "woordvoerder", "woordvoerster",
)
#: Offices named in public on their own body's pages, but also in a private text as someone's contact: the clerk of a
#: council, the Staten or a court (named in its rulings; and the one who calls about a case in a caseworker's note), a
#: church's minister (named on the parish's page; and the one who visits a client). Public only in a text without
#: signs of a private one.
PUBLIC_PAGE_OFFICES = frozenset({"griffier", "raadsgriffier", "statengriffier", "predikant", "pastoor", "pastor",
                                 "dominee", "kapelaan", "deken", "bisschop", "imam", "rabbijn"})
#: Titles of such an office that open the name: "ds. W. Kievit", "Dominee Marianne Paas".
PUBLIC_PAGE_TITLES = frozenset({"ds", "dominee"})
#: Offices written as "FNV-bestuurder", "UWV-directeur": a role in an organisation, named in public.
HYPHEN_OFFICES = ("bestuurder", "directeur", "voorzitter", "topman", "topvrouw", "woordvoerder", "baas")
#: Reporting verbs of news: "zegt FNV-bestuurder X", "aldus econoom X".
REPORT_VERBS = {"zegt", "zei", "aldus", "stelt", "stelde", "vertelt", "vertelde", "meldt", "meldde",
                "benadrukt", "benadrukte", "waarschuwt", "waarschuwde", "volgens", "reageert", "reageerde"}
#: Chains and brands named like a person: the name is the firm's ("werkgever: Albert Heijn").
PERSON_SHAPED_FIRMS = frozenset({
    "albert heijn", "jan linders", "dirk van den broek", "hans anders", "bart smit", "douwe egberts",
    "anton dreesmann", "henk ten hoor", "jos van den bersselaar", "ben & jerry's",
})
#: Words after "&" that close a firm's name: "Janssen & Co", "Verbeek & Zn", "Smit & Partners".
FIRM_TAILS = frozenset({"co", "co.", "zn", "zn.", "zonen", "zoon", "partners", "dochters", "associates", "sons"})
#: Regions after a compass word: "West-Brabant", "Noord-Drenthe", "Midden-Limburg" (a firm's branch).
COMPASS = frozenset({"noord", "zuid", "oost", "west", "midden", "noordoost", "noordwest", "zuidoost", "zuidwest",
                     "centraal", "groot", "klein", "neder", "opper"})
REGIONS = frozenset({"brabant", "holland", "limburg", "friesland", "drenthe", "gelderland", "utrecht", "zeeland",
                     "overijssel", "groningen", "flevoland", "veluwe", "twente", "achterhoek", "betuwe",
                     "kennemerland", "nederland", "amsterdam", "rotterdam", "salland", "kempen", "peel"})
#: Lower-case nouns right after a firm's name: "Albert Heijn distributiecentrum".
FIRM_NOUN_ENDINGS = ("centrum", "filiaal", "filialen", "winkel", "vestiging", "kantoor", "bedrijf", "magazijn",
                     "fabriek", "locatie", "supermarkt", "keten", "concern")
#: A shop or firm word before a surname: "Klusbedrijf Van Dam" names the firm.
FIRM_SUFFIXES = ("bedrijf", "bakkerij", "winkel", "studio", "handel", "service", "installaties", "techniek",
                 "transport", "advies", "zorg", "makelaardij", "kantoor", "praktijk", "salon", "garage")
OFFICE_SET = set(OFFICES)
PARTIES = {
    "vvd", "pvv", "cda", "d66", "groenlinks-pvda", "gl-pvda", "groenlinks", "pvda", "sp", "pvdd",
    "christenunie", "cu", "sgp", "denk", "fvd", "ja21", "volt", "bbb", "nsc", "50plus", "bij1",
}
#: "De Minister van Sociale Zaken en Werkgelegenheid," above a signature.
SIGNATURE_RE = regex.compile(
    r"(?i)^\W*(?:de\s+)?(?:minister(?:-president)?|staatssecretaris|burgemeester|commissaris\s+van\s+de\s+koning|"
    r"voorzitter\s+van\s+de\s+(?:tweede|eerste)\s+kamer|minister\s+voor|"
    r"namens\s+(?:de\s+)?(?:raad\s+van\s+(?:bestuur|toezicht)|het\s+college\s+van))\b"
)
#: ", lid van de Raad van Bestuur van UWV" and the like behind a name in a public text.
PUBLIC_APPOSITION_RE = regex.compile(
    r"(?i)^\s*,\s*(?:de\s+|het\s+)?(?:(?:lid|voorzitter|vicevoorzitter)\s+van\s+de\s+(?:raad\s+van\s+bestuur|"
    r"raad\s+van\s+toezicht|tweede\s+kamer|eerste\s+kamer|directie)|bestuursvoorzitter|"
    r"directeur-generaal|secretaris-generaal|(?:SZW-|oud-|demissionair\s+)?minister|staatssecretaris|"
    r"kamerlid|tweede-kamerlid|burgemeester|wethouder|gedeputeerde|woordvoerder|woordvoerster|"
    r"commissaris\s+van\s+de\s+koning|nationale\s+ombudsman|ombudsman|ceo|topman|topvrouw)\b"
)

# stdlib ``re`` is faster than ``regex`` here; [^\W\d_] is "a letter" in Unicode.
#: Signs that a text is a letter, an e-mail, a chat or a file about a person.
# (each part written once: PRIVATE_RE and the fast scans below are built from the same strings)
_LABEL_LINE = r"(?:van|aan|cc|onderwerp|verzonden|from|to|sent|subject|bsn|cliënt|klant|naam|betreft)\s*:"
_GREETING_LINE = r"(?:hoi|hallo|beste|geachte|lieve|dear|hi)\b(?![ \t]+(?:voorzitter|leden|kamerleden)\b)"
# a private mailbox: a message that gives one is a person's, not a published text
_MAILBOXES = (r"@(?:hotmail|gmail|googlemail|outlook|live|msn|icloud|yahoo|xs4all|ziggo|kpnmail|kpnplanet|planet|"
              r"hetnet|casema|chello|quicknet|upcmail|telfort|tele2)\.(?:com|nl|be)\b")
PRIVATE_RE = re.compile(
    r"(?im)^[ \t]*" + _LABEL_LINE + r"|^[ \t]*" + _GREETING_LINE
    + r"|^[ \t]*\[\d{1,2}:\d{2}\]"
    r"|\b(?:burgerservicenummer|bsn|vertrouwelijk|embargo)\b"
    r"|" + _MAILBOXES
)

# PRIVATE_RE as three scans that ``re`` skips through in C (it tries a pattern that opens with "^" or "\b" at every
# position): its line openings after a line break (searched in the text with one put before it, as "^" also matches
# at the start), its words with their first letter first and "\b" as a look behind it (each letter as "(?i)" reads it;
# the rest keeps "(?i)"), its mailboxes from their "@". A text has a match of PRIVATE_RE exactly when one of these has
# one (tests/detectors/test_speed14_equivalence.py, on every corpus text and generated texts).
_PRIVATE_LINE = re.compile(r"(?i)\n[ \t]*(?:" + _LABEL_LINE + "|" + _GREETING_LINE + r"|\[\d{1,2}:\d{2}\])")
_PRIVATE_WORD = re.compile(r"[BbVvEe](?<!\w.)(?i:(?<=[Bb])(?:urgerservicenummer|sn)|(?<=[Vv])ertrouwelijk"
                           r"|(?<=[Ee])mbargo)\b")
_PRIVATE_MAIL = re.compile(r"(?i)" + _MAILBOXES)


def looks_private(text: str) -> bool:
    """``bool(PRIVATE_RE.search(text))``, from three fast scans (see above)."""
    return bool(_PRIVATE_MAIL.search(text) or _PRIVATE_WORD.search(text) or _PRIVATE_LINE.search("\n" + text))


#: Places of the Kingdom that the Dutch place gazetteer leaves out: the islands of Caribisch
#: Nederland and the Caribbean countries ("de eilanden Bonaire, St. Eustatius en Saba").
#: "Saba" and "Aruba" are also first names; as places they need context to be a person.
KINGDOM_PLACES = ("Bonaire", "Eustatius", "Statia", "Saba", "Aruba", "Curaçao", "Curacao", "Maarten",
                  "Sint-Maarten", "Sint-Eustatius", "Kralendijk", "Oranjestad", "Willemstad", "Philipsburg",
                  "Rincon", "Rincón", "Caribisch")

#: Regions, water boards and waters of the Netherlands that the place list (towns, municipalities, provinces) leaves out:
#: "het Waterschap Vallei en Veluwe", "de Achterhoek", "in het Gooi" name no person. Words that are mostly someone's
#: surname ("Kempen", "Langstraat") or an ordinary word ("Vallei", "Delta") are not here.
REGION_PLACES = ("Veluwe", "Achterhoek", "Salland", "Liemers", "Gooi", "Betuwe", "Overbetuwe", "Bommelerwaard",
                 "Alblasserwaard", "Krimpenerwaard", "Zaanstreek", "Kennemerland", "Westfriesland", "West-Friesland",
                 "Drechtsteden", "Haaglanden", "Rijnmond", "Walcheren", "Beveland", "Zuid-Beveland", "Noord-Beveland",
                 "Schouwen-Duiveland", "Goeree-Overflakkee", "Voorne-Putten", "Noordoostpolder", "Oldambt",
                 "Westerwolde", "Westerkwartier", "Ommelanden", "Veenkoloniën", "Vechtdal", "Vechtstreek",
                 "Bollenstreek", "Meierij", "Baronie", "Heuvelland", "Mergelland", "Parkstad", "Biesbosch", "Wadden",
                 "Waddenzee", "IJsselmeer", "Markermeer", "Oosterschelde", "Westerschelde", "Zuiderzeeland", "Delfland",
                 "Rijnland", "Schieland", "Noorderzijlvest", "Vechtstromen", "Scheldestromen", "Rivierenland",
                 "Wetterskip", "Fryslân", "Randstad", "Eemland", "Amstelland", "Midden-Holland", "Zeeuws-Vlaanderen",
                 "Brabant", "Ooijpolder", "Dommel", "Noorderkwartier", "Rijnlanden", "Zuid-Limburg", "Lauwersmeer",
                 "Westergo", "Zevenwouden", "Wieringen", "Gaasterland")

#: Signs of a published paper, report or essay: citations of literature ("De Jong (2004)",
#: "(Bos en Smit, 2019)"), the text naming itself ("in deze bijdrage"), an ISBN or ISSN.
PUBLICATION_RE = re.compile(
    r"\b[A-Z][\w’'-]+(?:\s+(?:en|&|and)\s+[A-Z][\w’'-]+|\s+et\s+al\.?)?\s+\((?:19|20)\d{2}[a-z]?\)"
    r"|\([A-Z][\w’'-]+(?:\s+(?:en|&|and)\s+[A-Z][\w’'-]+|\s+et\s+al\.?)?,\s+(?:19|20)\d{2}[a-z]?\)"
    r"|(?i:\bin\s+(?:deze|dit)\s+(?:bijdrage|paper|working\s+paper|essay|publicatie|artikel|studie|verkenning)\b)"
    r"|\bIS[BS]N\b"
)
# The alternatives of PUBLICATION_RE each on its own, for :func:`cites_publication`: ``re`` tries a pattern that
# opens with "\b" at every position of the text, and the first and third alternative hold words that most texts
# lack; a plain substring test (in C) proves that such an alternative cannot match.
_CITE_NAME_YEAR = re.compile(
    r"\b[A-Z][\w’'-]+(?:\s+(?:en|&|and)\s+[A-Z][\w’'-]+|\s+et\s+al\.?)?\s+\((?:19|20)\d{2}[a-z]?\)")
_CITE_NAME_COMMA_YEAR = re.compile(
    r"\([A-Z][\w’'-]+(?:\s+(?:en|&|and)\s+[A-Z][\w’'-]+|\s+et\s+al\.?)?,\s+(?:19|20)\d{2}[a-z]?\)")
_CITE_ITSELF = gated(re.compile(
    r"(?i)\bin\s+(?:deze|dit)\s+(?:bijdrage|paper|working\s+paper|essay|publicatie|artikel|studie|verkenning)\b"))
_CITE_ISXN = re.compile(r"\bIS[BS]N\b")


def cites_publication(text: str) -> bool:
    """``PUBLICATION_RE.search(text) is not None``, one alternative at a time (a search finds a match of an
    alternation exactly when it finds one of some alternative). A year in brackets is consumed as "(19" or "(20",
    an ISBN or ISSN as those letters (case-sensitive both): where the text lacks them that alternative is not tried.
    tests/detectors/test_names_publication_fast.py compares it with the pattern."""
    return bool((("(19" in text or "(20" in text) and _CITE_NAME_YEAR.search(text))
                or _CITE_NAME_COMMA_YEAR.search(text)
                or _CITE_ITSELF.search(text)
                or (("ISBN" in text or "ISSN" in text) and _CITE_ISXN.search(text)))
#: A research institution on the line under an author's name ("Centraal Planbureau",
#: "Universiteit Leiden", "Erasmus School of Economics").
AFFILIATION_RE = re.compile(
    r"(?i)^[ \t]*(?:\S+[ \t]+){0,4}(?:planbureau|universiteit|university|hogeschool|instituut|institute|"
    r"faculteit|faculty|kenniscentrum|onderzoeksinstituut|rekenkamer|academie|school\s+of)\b"
)
