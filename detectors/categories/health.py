"""Health data about a person (HEALTH_DATA, guideline 5: special personal data).

A health word alone is not enough: public texts are full of "ziek", "arbeidsongeschikt" and
"psychische klachten". A sentence counts when a health term (diagnosis, treatment, sick leave,
incapacity) meets a reference to one specific person in the same sentence:

- a name (a PERSON finding, or a name from a greeting, signature, header, "Naam:" line, chat);
- the writer: "ik ben ziek", "mijn reuma", "met mijn rug";
- he/she/his/her ("hij", "zijn hartklachten", "he had his knee surgery") in a personal text;
- a role in a personal text or file note: "de werknemer", "Cliënt geeft aan", "Betrokkene ontvangt";
- "u"/"uw" only in a text addressed to one person (a letter with a name, BSN or address), and
  weaker in conditional sentences ("Bent u ziek?" is how a web page speaks).

Generic phrases ("mensen met psychische klachten", "zieke werknemers", "een vrouw met ...")
and statistics are skipped; law articles damp pronoun and role evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from detectors.categories._text import Spans, sentence_at
from detectors.categories.markers import Evidence

_KIND_REASON = {
    "diagnosis": "een ziekte of aandoening",
    "treatment": "een behandeling, operatie of arts",
    "sick": "een ziekmelding of verzuim",
    "incapacity": "arbeidsongeschiktheid of beperkingen",
    "body": "lichamelijke klachten",
}

# (pattern, weight, kind, compound) — compound: the pattern may sit inside a longer word
_TERMS: list[tuple[str, float, str, bool]] = [
    # diagnoses and conditions
    (r"migraine|depressi(?:e|ef|eve|viteit)|burn-?out|overspannen|hernia|artritis|artrose|reuma|fibromyalg"
     r"|epilep|autis|diabet|kanker|tumor|leukemie|infarct|beroerte|hersenschudding|angststoornis|paniekaanval"
     r"|psychose|bipolair|schizofren|verslaving|dementie|parkinson|whiplash|fractuur|long-?covid", 0.85, "diagnosis", True),
    (r"ptss|ptsd|copd|astma|adhd|covid|corona", 0.7, "diagnosis", False),
    (r"(?-i:MS|CVS|NAH|PDD-NOS|ME/CVS)", 0.85, "diagnosis", False),
    (r"(?:verstandelijke|lichamelijke|auditieve|visuele)\s+beperking(?:en)?|chronisch\s+ziek|ziekte\s+van\s+\w+"
     r"|(?:psychische|lichamelijke|fysieke|depressieve|chronische|cognitieve|neurologische|psychosomatische)\s+klachten",
     0.8, "diagnosis", False),
    (r"(?<=\w\w\w)klachten", 0.8, "diagnosis", True),
    (r"gebroken\s+(?:pols|been|arm|enkel|voet|rib|ribben|heup|teen|vinger|sleutelbeen|nek|rug)", 0.8, "diagnosis", False),
    (r"depression|cancer|diagnosed|diagnose|gediagnosticeerd|concussion|broken\s+(?:arm|leg|wrist|ankle|hip)",
     0.85, "diagnosis", False),
    (r"handicap|gehandicapt|zwanger|zwangerschap|ziekte|ziektes|illness|injury|injured", 0.55, "diagnosis", False),
    (r"gezondheid|health|medisch|medische|medical", 0.3, "diagnosis", False),
    # treatment
    (r"operatie|operaties|geopereerd|surgery|ziekenhuis|hospital|chemo|bestraling|antidepress|psychiat"
     r"|psychotherap|emdr|paracetamol|naproxen|ibuprofen|oxycodon", 0.85, "treatment", True),
    (r"medicatie|medicijn|medication|pijnstill|fysiotherap|physio|therapie|therapy|revalid|psycholoog|ggz"
     r"|reumatoloog|neuroloog|cardioloog|oncoloog|dermatoloog|gynaecoloog|internist|orthopeed|chirurg|huisarts"
     r"|gips", 0.75, "treatment", False),
    (r"bedrijfsarts|doctor|dokter", 0.45, "treatment", False),
    (r"verzekeringsarts|arts", 0.3, "treatment", False),
    # sick leave
    (r"ziek|zieke|ziekgemeld|ziekgemelde|ziekmelding|ziekmeldingen|ziekteverlof|ziektedag|ziektedagen|sick|unwell"
     r"|sick\s+leave|off\s+sick", 0.65, "sick", False),
    (r"verzuim|verzuimt|verzuimde|hersteldmelding|herstelmelding|betergemeld|uitval|uitgevallen|hersteld", 0.5, "sick", False),
    # incapacity
    (r"arbeidsongeschikt|arbeidsongeschiktheid|arbeidsongeschikte|urenbeperking|belastbaarheid|(?-i:FML)", 0.65,
     "incapacity", False),
    (r"ongeschikt|arbeidsgeschikt|beperkingen|beperking", 0.45, "incapacity", False),
    # a benefit for sickness or incapacity says something about the person's health
    (r"(?:IVA|WGA|WIA|WAO|Wajong|ZW|Ziektewet)-?uitkering", 0.55, "incapacity", False),
    # body
    (r"(?:mijn|m'n|zijn|haar|my|his|her)\s+(?:rechter|linker|left|right|slechte|zere|bad)?\s*"
     r"(?:rug|knie|knieën|schouder|schouders|nek|heup|pols|enkel|voet|voeten|benen|armen|longen|buik|maag|back|"
     r"knee|knees|shoulder|neck|hip|wrist|ankle)", 0.55, "body", False),
    (r"pijn|pain", 0.6, "body", False),
    (r"klachten|ongeluk|ongeval|accident", 0.4, "body", False),
]


def _build() -> tuple[re.Pattern, list[tuple[float, str, bool]]]:
    parts, meta = [], []
    for i, (pat, weight, kind, compound) in enumerate(_TERMS):
        body = f"(?:{pat})" if compound else rf"\b(?:{pat})\b"
        parts.append(f"(?P<t{i}>{body})")
        meta.append((weight, kind, compound))
    return re.compile("(?i)" + "|".join(parts)), meta


_TERM_RE, _TERM_META = _build()
#: Whole words that contain a health stem but are not about health.
_FALSE_COMPOUNDS = re.compile(
    r"(?i)co[öo]peratie|hersteloperatie|\w+operatie(?<!hartoperatie)(?<!knieoperatie)(?<!heupoperatie)"
    r"(?<!rugoperatie)(?<!hernia-operatie)(?<!herniaoperatie)(?<!oogoperatie)(?<!maagoperatie)"
    r"(?<!darmoperatie)(?<!schouderoperatie)(?<!bypassoperatie)(?<!kijkoperatie)|reumafonds|kankerbestrijding"
    r"|(?:burger|klant|consumenten|bezwaar|publieks)klachten|klachtenregeling|therapiegids|autisme-?vriendelijk")
_GENERIC_BEFORE = re.compile(
    r"(?i)\b(?:mensen|personen|werknemers|werkenden|jongeren|ouderen|vrouwen|mannen|cliënten|klanten|burgers|"
    r"uitkeringsgerechtigden|werkzoekenden|patiënten|iemand|degenen|deelnemers|aanvragers|een\s+(?:vrouw|man|"
    r"werknemer|persoon|cliënt|jongere|klant)|people|someone|employees|workers|patients)\b[^.!?\n]{0,30}$")
_GENERIC_AFTER = re.compile(
    r"(?i)^[\s-]*(?:ex-)?(?:werknemers|mensen|medewerkers|cliënten|jongeren|collega's|werkenden|personen|"
    r"employees|people|workers|uitkeringsgerechtigden)\b")
_STATS = re.compile(r"(?i)\d\s*(?:procent|%)|\bduizend\b|\bpercentage\b|\bgemiddeld\b")

# "Mijn UWV", "Mijn Overheid": a product name, not the writer.
_FIRST_NEAR = re.compile(r"(?i)\b(?:mijn|m'n|my)\s+(?!(?-i:[A-Z]))(?:[\w-]+\s+){0,2}$")
_FIRST = re.compile(r"(?i)\b(?:ik|mij|me)\b|\b(?:mijn|m'n)\b(?!\s+(?-i:[A-Z]))|\bI(?=\s+[a-z'])|\bI'm\b|\b[Mm]y\b")
_THIRD_NEAR = re.compile(r"(?i)\b(?:zijn|haar|his|her)\s+(?:[\w-]+\s+){0,2}$")
_FIRST_OWN = re.compile(r"(?i)(?:mijn|m'n|my)\s")
_THIRD_OWN = re.compile(r"(?i)(?:zijn|haar|his|her)\s")
_THIRD = re.compile(r"(?i)\b(?:hij|hem|haar|he|him|his|she)\b")
_THEY = re.compile(r"(?i)\b(?:ze|zij)\b")
_SINGULAR_VERB = re.compile(r"(?i)\b(?:heeft|is|was|had|kan|wil|wordt|werd|komt|kwam|gaat|ging|moet|mag|zal|"
                            r"zou|zit|ligt|lag|voelt|krijgt|kreeg)\b")
_PLURAL_VERB = re.compile(r"(?i)\b(?:hebben|zijn|waren|hadden|kunnen|willen|worden|werden|komen|gaan|moeten|"
                          r"mogen|zullen|zouden|zitten|liggen|voelen|krijgen)\b")
_ROLE = re.compile(r"(?i)\b(?:cliënte?|client|klant|betrokkene|werknemer|werkneemster|medewerker|medewerkster|"
                   r"collega|verzekerde|aanvrager|aanvraagster|belanghebbende|patiënte?|patient|zoon|dochter|moeder|"
                   r"vader|partner|echtgeno(?:ot|te)|teamleider|leidinggevende|employee|colleague)\b")
_ROLE_START = re.compile(r"(?i)^\W*(?:cliënte?|client|betrokkene|werknemer|medewerker|verzekerde|patiënte?)\b")
_YOU = re.compile(r"(?i)\b(?:u|uw)\b")
_CONDITIONAL = re.compile(r"(?i)^\W*(?:als|wanneer|indien|zodra|bent u|wordt u|heeft u|kunt u|was u|if|when)\b")
_WORD = re.compile(r"[^\W\d_][\w'-]*")

_TITLE_NAME = re.compile(r"\b(?:[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Mm]eneer|[Dd]hr\.|[Dd]e heer|[Hh]eer)\s+"
                         r"(?:[A-Z]\.\s?){0,4}(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]e|[Ee]l|[Aa]l|'t)\s+){0,3}"
                         r"([A-Z][a-zà-ÿĀ-ž]+(?:-[A-Z][a-zà-ÿĀ-ž]+)?)")
_PERSON_LABEL = re.compile(r"(?im)^[ \t]*(?:naam|cliënte?|client|werknemer|medewerker|medewerkster|betrokkene|"
                           r"patiënte?|employee|verzekerde|aanvrager|name|full name)[ \t]*:[ \t]*([^\n]{1,80})")
_CHAT = re.compile(r"(?m)^[ \t]*\[?\d{1,2}:\d{2}\]?[ \t]+([^\n:]{2,40})")
_LAW = re.compile(r"(?im)^[ \t]*(?:artikel|art\.|article)\s+\d+")
_NAME_TOKEN = re.compile(r"\b[A-Z][a-zà-ÿĀ-ž]+(?:-[A-Z][a-zà-ÿĀ-ž]+)?\b")

PERSONAL_TYPES = frozenset({"PERSON", "BSN", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS",
                            "CASE_NUMBER", "EMPLOYEE_NUMBER", "ID_DOCUMENT", "IBAN", "LICENSE_PLATE"})
IDENTIFYING_TYPES = frozenset({"PERSON", "BSN", "DATE_OF_BIRTH", "ADDRESS", "CASE_NUMBER", "EMPLOYEE_NUMBER",
                               "ID_DOCUMENT"})
#: Health terms looked at per text; a long medical text has decided long before this.
MAX_TERMS = 400


@dataclass
class Context:
    """What the rest of the text says about who it is about."""

    persons: Spans
    names: set[str] = field(default_factory=set)
    personal: bool = False     # a personal message, chat, file note or letter
    addressed: bool = False    # addressed to / about one identifiable person
    law: bool = False          # article structure: pronouns there are generic


def build_context(text: str, findings, names: set[str], personal: bool) -> Context:
    ctx = Context(persons=Spans(findings, frozenset({"PERSON"})), names=set(names), personal=personal)
    types = {f.type for f in findings}
    if types & PERSONAL_TYPES:
        ctx.personal = True
    if types & IDENTIFYING_TYPES:
        ctx.addressed = True
    for f in findings:
        if f.type == "PERSON":
            ctx.names |= {t for t in _NAME_TOKEN.findall(text[f.start:f.end]) if len(t) >= 3}
    head = text[:20_000]
    for m in _PERSON_LABEL.finditer(head):
        ctx.personal = ctx.addressed = True
        ctx.names |= {t for t in _NAME_TOKEN.findall(m.group(1)) if len(t) >= 3}
    for m in _TITLE_NAME.finditer(head):
        ctx.personal = ctx.addressed = True
        ctx.names.add(m.group(1))
    chats = 0
    for m in _CHAT.finditer(head):
        chats += 1
        ctx.names |= {t for t in _NAME_TOKEN.findall(m.group(1)) if len(t) >= 3}
    if chats >= 2:
        ctx.personal = True
    if names:
        ctx.addressed = True
    laws = 0
    for _ in _LAW.finditer(head):
        laws += 1
        if laws >= 2:
            ctx.law = True
            break
    return ctx


def _cue(text: str, s: int, e: int, ts: int, te: int, ctx: Context) -> tuple[float, str]:
    """How strongly the sentence [s, e) points at one person for the term at [ts, te)."""
    sent = text[s:e]
    before = text[s:ts]
    best, who = 0.0, ""
    # a name close to the term is about that person; one far away in a long sentence may not be
    near_s, near_e = max(s, ts - 90), min(e, te + 90)
    if ctx.persons.inside(near_s, near_e) or (ctx.names and ctx.names & set(_WORD.findall(text[near_s:near_e]))):
        best, who = 1.0, "name"
    elif ctx.persons.inside(s, e) or (ctx.names and ctx.names & set(_WORD.findall(sent))):
        best, who = 0.7, "name"
    if best < 1.0 and (_FIRST_NEAR.search(before) or _FIRST_OWN.match(text, ts, te)):
        best, who = 1.0, "first"
    if best < 0.85 and _FIRST.search(sent):
        best, who = 0.85, "first"
    damp = 0.4 if ctx.law else 1.0
    if ctx.personal:
        if _THIRD_NEAR.search(before) or _THIRD_OWN.match(text, ts, te):
            best, who = max(best, 0.95 * damp), who or "third"
        elif _THIRD.search(sent):
            best, who = max(best, 0.85 * damp), who or "third"
        elif _THEY.search(sent) and _SINGULAR_VERB.search(sent) and not _PLURAL_VERB.search(sent):
            best, who = max(best, 0.75 * damp), who or "third"
        if _ROLE.search(sent):
            best, who = max(best, 0.85 * damp), who or "role"
    if _ROLE_START.match(sent):
        best, who = max(best, 0.8 * damp), who or "role"
    if ctx.addressed and _YOU.search(sent):
        weight = 0.85 * damp
        if _CONDITIONAL.match(sent) or sent.rstrip().endswith("?"):
            weight *= 0.5
        best, who = max(best, weight), who or "you"
    return best, who


def health(text: str, ctx: Context) -> Evidence | None:
    """The strongest sentence that ties a health term to one person."""
    sentences: dict[int, list] = {}
    fallback = None
    seen = 0
    for m in _TERM_RE.finditer(text):
        seen += 1
        if seen > MAX_TERMS:
            break
        weight, kind, compound = _TERM_META[int(m.lastgroup[1:])]
        ts, te = m.start(), m.end()
        if compound:
            while ts > 0 and (text[ts - 1].isalnum() or text[ts - 1] == "-"):
                ts -= 1
            while te < len(text) and text[te].isalnum():
                te += 1
            if _FALSE_COMPOUNDS.fullmatch(text[ts:te]):
                continue
        if ts > 0 and text[ts - 1] in "\\/=_.@":
            continue  # part of a path, link or address, not of a sentence
        s, e = sentence_at(text, ts)
        if _GENERIC_BEFORE.search(text[max(s, ts - 60):ts]) or _GENERIC_AFTER.match(text[te:te + 40]):
            continue
        cue, who = _cue(text, s, e, ts, te, ctx)
        if cue and _STATS.search(text[s:e]) and who not in ("name", "first"):
            cue *= 0.7
        entry = sentences.setdefault(s, [0.0, None, set()])
        entry[2].add(kind if weight >= 0.5 else None)
        score = weight * cue
        if score > entry[0]:
            entry[0], entry[1] = score, (ts, te, kind)
        if weight >= 0.8 and ctx.addressed and not ctx.law and fallback is None:
            fallback = (ts, te, kind)
    best = None
    strong_sentences = 0
    for s, (score, where, kinds) in sentences.items():
        if where is None:
            continue
        bonus = 0.08 * min(2, len(kinds - {None}) - 1) if score > 0 else 0.0
        total = score + max(0.0, bonus)
        if total >= 0.5:
            strong_sentences += 1
        if best is None or total > best[0]:
            best = (total, where)
    if best is not None and best[0] >= 0.5:
        total = min(0.98, best[0] + 0.04 * min(3, strong_sentences - 1))
        ts, te, kind = best[1]
        return Evidence(round(total, 3), f"gezondheidsgegevens over een persoon: {_KIND_REASON[kind]}", ts, te)
    if fallback is not None:
        ts, te, kind = fallback
        return Evidence(0.55, f"gezondheidsgegevens in een persoonlijke tekst: {_KIND_REASON[kind]}", ts, te)
    return None
