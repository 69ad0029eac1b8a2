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
from functools import lru_cache

from detectors import textcache
from detectors.categories._text import Spans, sentence_at
from detectors.categories.markers import Evidence
from detectors.names import lexicon as _lexicon  # the shipped name list, read only
from detectors.vocabulary import dutch_words

_KIND_REASON = {
    "diagnosis": "een ziekte of aandoening",
    "treatment": "een behandeling, operatie of arts",
    "sick": "een ziekmelding of verzuim",
    "incapacity": "arbeidsongeschiktheid of beperkingen",
    "body": "lichamelijke klachten",
}

# The lexicon is matched word by word (one pass of a simple tokenizer, then dictionary and
# prefix/suffix look-ups): a big alternation regex costs microseconds per character.
_W = {  # weight per group of words: (weight, kind)
    "diag_strong": (0.85, "diagnosis"), "diag": (0.7, "diagnosis"), "diag_weak": (0.55, "diagnosis"),
    "diag_vague": (0.3, "diagnosis"), "treat_strong": (0.85, "treatment"), "treat": (0.75, "treatment"),
    "treat_weak": (0.45, "treatment"), "treat_vague": (0.3, "treatment"), "sick": (0.65, "sick"),
    "sick_weak": (0.5, "sick"), "incap": (0.65, "incapacity"), "incap_weak": (0.45, "incapacity"),
    "benefit": (0.65, "incapacity"), "benefit_bare": (0.55, "incapacity"), "body": (0.6, "body"),
    "body_weak": (0.4, "body"),
}
_EXACT_WORDS = {
    "diag_strong": "depression cancer diagnosed diagnose gediagnosticeerd concussion whiplash hernia migraine burn-out "
                   "burnout overspannen psychose dementie parkinson beroerte epilepsie autisme autistisch diabetes "
                   "reuma kanker tumor leukemie fractuur long-covid longcovid hersenschudding artrose artritis "
                   "fibromyalgie verslaving bipolair schizofrenie paniekaanval paniekaanvallen depressief depressieve "
                   "depressie zelfmoord suïcide suicide suïcidaal suicidaal psychotisch psychotische hallucinaties "
                   "hallucineert hallucineren wanen automutilatie zelfbeschadiging decubitus doorligplek "
                   "hooikoorts cva delier verlamming verlamd hypertensie hartfalen nierfalen hartafwijking "
                   "alzheimer psychotrauma crohn sclerose",
    "diag": "ptss ptsd copd astma adhd covid corona griep buikgriep koorts longontsteking misselijk verkouden "
            "verkoudheid hematoom benauwd benauwdheid incontinent incontinentie angstaanval angstaanvallen "
            "somberheid slaapproblemen slapeloosheid geheugenproblemen concentratieproblemen kortademig "
            "kortademiger dyslexie dyscalculie suikerspiegel gedesoriënteerd desoriëntatie",
    "diag_weak": "handicap gehandicapt zwanger zwangerschap ziekte ziektes illness injury injured blind doof "
                 "somber piekert piekeren bloeddruk verward "
                 "slechtziend slechthorend rolstoel rollator krukken bevalling keizersnede miskraam",
    "diag_vague": "gezondheid health medisch medische medical",
    # care in a ward: seclusion and restraint, wound care
    "treat_strong": "operatie operaties geopereerd surgery ziekenhuis hospital chemo chemotherapie bestraling emdr "
                    "separatie gesepareerd separeer separeren fixatie gefixeerd gefixeerde dwangmedicatie "
                    "wondverzorging wondzorg "
                    "paracetamol naproxen ibuprofen oxycodon antidepressiva",
    "treat": "kliniek polikliniek poliklinisch poliklinische clinic opgenomen admitted "
             "medicatie medicijnen medicijn medication pijnstillers pijnstiller fysiotherapie fysiotherapeut physio "
             "physiotherapy therapie therapy revalidatie psycholoog ggz reumatoloog neuroloog cardioloog oncoloog "
             "dermatoloog gynaecoloog internist orthopeed chirurg huisarts gips psychiater psychotherapeut "
            "crisisdienst diëtist diëtiste behandelplan behandelaar dialyse logopedie psychologe schematherapie lithium insuline metformine morfine methadon methylfenidaat ritalin haloperidol depakine "
            "valproaat prednison tramadol fentanyl risperidon clozapine oxazepam",
    "treat_weak": "bedrijfsarts doctor dokter",
    "treat_vague": "verzekeringsarts arts",
    "sick": "ziek zieke ziekgemeld ziekgemelde ziekmelding ziekmeldingen ziekteverlof ziektedag ziektedagen "
            "sick unwell",
    "sick_weak": "verzuim verzuimt verzuimde hersteldmelding herstelmelding betergemeld uitval uitgevallen hersteld",
    "incap": "arbeidsongeschikt arbeidsongeschiktheid arbeidsongeschikte urenbeperking belastbaarheid unfit "
             "disabled disability incapacity",
    "incap_weak": "ongeschikt arbeidsgeschikt beperkingen beperking",
    # a benefit for sickness or incapacity says something about the person's health
    "benefit": "iva-uitkering wga-uitkering wia-uitkering wao-uitkering wajong-uitkering zw-uitkering "
               "ziektewet-uitkering ziektewetuitkering wajonguitkering",
    # the scheme's name alone ("zit in de WGA", "komt via de Wajong"): a person cue must still tie it to someone
    "benefit_bare": "wga iva wia wao wajong",
    "body": "pijn pain wond wonden",
    "body_weak": "klachten ongeluk ongeval accident",
}
_EXACT = {w: _W[g] for g, words in _EXACT_WORDS.items() for w in words.split()}
#: Compounds: a word starting with one of these ("epilepsiemedicatie", "ziekenhuisopname")...
_PREFIXES = {
    "depressi": "diag_strong", "migraine": "diag_strong", "epilep": "diag_strong", "autis": "diag_strong",
    "diabet": "diag_strong", "reuma": "diag_strong", "fibromyalg": "diag_strong", "kanker": "diag_strong",
    "leukemie": "diag_strong", "overspann": "diag_strong", "schizofren": "diag_strong",
    "ziekenhuis": "treat_strong", "chemo": "treat_strong", "antidepress": "treat_strong",
    "psychiat": "treat", "psychotherap": "treat", "fysiotherap": "treat", "revalid": "treat", "medicati": "treat",
    "medicijn": "treat", "pijnstill": "treat", "zwangerschap": "diag_weak", "suïcid": "diag_strong",
    "suicid": "diag_strong", "zelfmoord": "diag_strong",
}
#: ...or ending with one of these ("rugklachten", "hartoperatie", "borstkanker", "angststoornis").
_SUFFIXES = {
    "klachten": "diag_strong", "klacht": "diag_strong", "operatie": "treat_strong", "operaties": "treat_strong",
    "infarct": "diag_strong", "kanker": "diag_strong", "stoornis": "diag_strong", "pijn": "body",
    "ziekte": "diag_weak", "medicatie": "treat", "therapie": "treat", "fractuur": "diag_strong",
    "revalidatie": "treat", "artrose": "diag_strong", "psycholoog": "treat", "stoornissen": "diag_strong",
    "verslaving": "diag_strong", "sclerose": "diag_strong",
    # medicines by the stems of their international names (WHO INN stems): sedatives, antidepressants,
    # beta blockers, ACE inhibitors, sartans, statins, stomach acid blockers, antipsychotics, antibodies
    "azepam": "treat", "azolam": "treat", "oxetine": "treat", "alopram": "treat", "traline": "treat",
    "olol": "treat", "opril": "treat", "sartan": "treat", "statine": "treat", "prazol": "treat",
    "tidine": "treat", "dipine": "treat", "apine": "treat", "triptan": "treat", "profen": "treat",
    "coxib": "treat", "floxacine": "treat", "cycline": "treat", "cilline": "treat", "umab": "treat",
    "ximab": "treat", "semide": "treat", "thiazide": "treat",
}
_PREFIX_TUPLE = tuple(_PREFIXES)
_SUFFIX_TUPLE = tuple(_SUFFIXES)
#: Compounds that end like a health word but are not about health.
_NOT_HEALTH = frozenset(
    "coöperatie cooperatie hersteloperatie reddingsoperatie schoonmaakoperatie verhuisoperatie migratieoperatie "
    "reumafonds kankerbestrijding burgerklachten klantklachten consumentenklachten bezwaarklachten "
    "publieksklachten klachtenregeling pijnpunt pijnpunten ziektewet ziektekosten beroepsziekte "
    "ziekteverzuim ziekteverzuimcijfers ziektewetuitkeringen".split())
#: "operatie" compounds are only medical with a body part in front.
_MEDICAL_OPERATIONS = ("hart", "knie", "heup", "rug", "hernia", "schouder", "oog", "ogen", "maag", "darm", "borst",
                       "long", "nier", "been", "enkel", "pols", "hand", "voet", "hersen", "bypass", "galblaas",
                       "blindedarm", "kijk", "nek", "staar", "bekken", "buik", "spoed")
#: Two-word terms: second word -> (first words, group).
_PAIRS = {
    "beperking": ({"verstandelijke", "lichamelijke", "auditieve", "visuele"}, "diag_strong"),
    "beperkingen": ({"verstandelijke", "lichamelijke", "auditieve", "visuele"}, "diag_strong"),
    "klachten": ({"psychische", "lichamelijke", "fysieke", "depressieve", "chronische", "cognitieve",
                  "neurologische", "psychosomatische"}, "diag_strong"),
    "ziek": ({"chronisch", "ernstig", "langdurig"}, "diag_strong"),
    "covid": ({"long"}, "diag_strong"),
    "leave": ({"sick"}, "sick"), "sick": ({"off"}, "sick"),
    # "a WGA benefit", "WIA benefits": a benefit for incapacity, in English
    "benefit": ({"wga", "wia", "iva", "wao", "wajong", "incapacity", "disability", "sickness"}, "benefit"),
    "benefits": ({"wga", "wia", "iva", "wao", "wajong", "incapacity", "disability", "sickness"}, "benefit"),
}
_BROKEN = frozenset({"gebroken", "broken"})
_BROKEN_AFTER = (" gebroken", " broken", " gekneusd", " ontwricht", " uit de kom")
_BODY_PARTS = frozenset(
    "rug knie knieën schouder schouders nek heup pols enkel voet voeten benen armen longen buik maag rib ribben "
    "sleutelbeen teen vinger wervel wervels back knee knees shoulder neck hip wrist ankle arm leg".split())
_POSSESSIVES = frozenset({"mijn", "m'n", "zijn", "haar", "my", "his", "her"})
_BODY_ADJ = frozenset({"rechter", "linker", "left", "right", "slechte", "zere", "bad", "gebroken", "broken"})
_ABBREVIATIONS = {"MS": "diag_strong", "CVS": "diag_strong", "NAH": "diag_strong", "FML": "incap", "SEH": "treat"}
#: Health put in everyday words, as (pattern, group): thoughts of suicide, hearing voices, refusing food or
#: medicine, being on sickness benefit ("zit in de ziektewet"), moving into a care home.
_PHRASE_LIST = (
    (r"\b(?:is|was|ben|bent)\s+(?:\w+\s+){0,2}bevallen\s+van\b", "diag_weak"),
    (r"\bniet meer (?:wil|wilde|willen|wou) leven\b|\been einde aan (?:zijn|haar|mijn|z'n|m'n) leven\b"
     r"|\b(?:hoort|hoorde|hoor)\s+(?:\w+\s+){0,4}stemmen\b", "diag_strong"),
    (r"\b(?:weigert|weigerde)\s+(?:\w+\s+){0,3}(?:te\s+eten|te\s+drinken|(?:zijn|haar|z'n|de)\s+(?:medicatie|medicijnen|"
     r"pillen)|(?:het\s+)?eten|medicatie|medicijnen)\b", "treat"),
    (r"\b(?:zit|zat|komt|kwam|belandt|belandde|valt|viel|ligt)\s+(?:\w+\s+){0,4}in\s+de\s+ziektewet\b"
     r"|\bin\s+de\s+ziektewet\s+(?:zit|zat|zitten|komt|kwam|belandt|belandde|terecht)\b", "sick"),
    (r"\b(?:overgegaan|verhuisd|verhuist|opgenomen|overgeplaatst|geplaatst)\s+(?:\w+\s+){0,2}naar\s+"
     r"(?:het\s+|de\s+|een\s+)?(?:verpleeghuis|verzorgingshuis|hospice|ouderenzorg|psychogeriatrie|ggz-kliniek)\b",
     "treat"),
)
_PHRASES = tuple((re.compile(p), g) for p, g in _PHRASE_LIST)
#: A pattern is only run when one of its words is in the text (most texts have none: no scan at all).
_PHRASE_HINTS = (("bevallen",), ("leven", "stemmen"), ("weiger",), ("ziektewet",),
                 ("verpleeghuis", "verzorgingshuis", "hospice", "ouderenzorg", "psychogeriatrie", "ggz-kliniek"))
#: How far a phrase may reach either way from its hint word.
_PHRASE_REACH = 80
_WORD_CHARS = frozenset("-'")
#: Occurrences looked at per word, and in total (a 10 MB text must not take minutes).
MAX_PER_KEY = 40
MAX_OCCURRENCES = 400


_PREV_WORDS = re.compile(r"[\w'-]+")


@lru_cache(maxsize=4096)
def _word_weight(tok: str) -> tuple[float, str] | None:
    """(weight, kind) of a word on its own (no neighbours), or None."""
    if tok in _NOT_HEALTH:
        return None
    if tok in _EXACT:
        return _EXACT[tok]
    if len(tok) > 6:
        if tok.startswith(_PREFIX_TUPLE):
            return _W[next(_PREFIXES[p] for p in _PREFIXES if tok.startswith(p))]
        if tok.endswith(_SUFFIX_TUPLE):
            suffix = next(x for x in _SUFFIXES if tok.endswith(x))
            head = tok[: -len(suffix)].rstrip("-")
            if len(head) >= 3 and (not suffix.startswith("operatie") or head.endswith(_MEDICAL_OPERATIONS)):
                return _W[_SUFFIXES[suffix]]
    return None


textcache.per_text(_word_weight.cache_clear)


@lru_cache(maxsize=8192)
def _potential(tok: str) -> float:
    """The highest weight a word can get, with the best neighbours; 0 when it is no term."""
    best = 0.0
    if tok in _PAIRS:
        best = _W[_PAIRS[tok][1]][0]
    if tok in _BODY_PARTS:
        best = max(best, _W["diag_strong"][0])
    own = _word_weight(tok)
    return max(best, own[0]) if own else best


textcache.per_text(_potential.cache_clear)


def _classify_at(low: str, ws: int, we: int) -> tuple[int, float, str] | None:
    """(start, weight, kind) of the term at [ws, we), looking at the two words before it."""
    tok = low[ws:we]
    if tok in _PAIRS or tok in _BODY_PARTS:
        before = _PREV_WORDS.findall(low, max(0, ws - 40), ws)[-2:]
        prev = before[-1] if before else ""
        prev2 = before[0] if len(before) == 2 else ""
        if tok in _PAIRS and prev in _PAIRS[tok][0]:
            return ws - len(prev) - 1, *_W[_PAIRS[tok][1]]
        if tok in _BODY_PARTS:
            if prev in _BROKEN or prev2 in _BROKEN or low.startswith(_BROKEN_AFTER, we):
                return ws, *_W["diag_strong"]  # "gebroken pols", "pols gebroken"
            if prev in _POSSESSIVES or (prev in _BODY_ADJ and prev2 in _POSSESSIVES):
                start = low.rfind(prev if prev in _POSSESSIVES else prev2, max(0, ws - 40), ws)
                return start, 0.55, "body"
    own = _word_weight(tok)
    return (ws, *own) if own else None


#: Punctuation around words; hyphens and apostrophes inside a word are kept.
_PUNCT = str.maketrans({c: " " for c in ".,;:!?()[]{}<>\"`«»“”‘’*/\\|=+&%$#@^~_\u2026"})
_STRIP = ".,;:!?()[]{}<>\"'`«»“”‘’*/\\|=+&%$#@^~_\u2026-"
_INNER = re.compile(r"[^\w'-]+")
#: Weights below this cannot reach the threshold even with the strongest cue and bonus.
MIN_WEIGHT = 0.34


def _candidates(low: str) -> list[tuple[float, str]]:
    """The distinct words of the text that may be health terms, strongest first.

    ``str.split`` over the text (C speed) and one look-up per distinct word: the cost grows
    with the length of the text only through ``split``.
    """
    words: set[str] = set()
    for raw in set(low.split()):
        tok = raw.strip(_STRIP)
        if _INNER.search(tok):
            words.update(w.strip(_STRIP) for w in _INNER.split(tok))
        else:
            words.add(tok)
    out = []
    for tok in words:
        if tok:
            weight = _potential(tok)
            if weight >= MIN_WEIGHT:
                out.append((weight, tok))
    out.sort(reverse=True)
    return out


def _occurrences(low: str, word: str):
    """Yield ``(start, end, weight, kind)`` for each whole-word occurrence of ``word``."""
    pos = low.find(word)
    n = 0
    while pos >= 0 and n < MAX_PER_KEY:
        end = pos + len(word)
        if (pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] in _WORD_CHARS)) and \
                (end == len(low) or not (low[end].isalnum() or low[end] in _WORD_CHARS)):
            n += 1
            hit = _classify_at(low, pos, end)
            if hit is not None:
                yield hit[0], end, hit[1], hit[2]
        pos = low.find(word, end)


def _abbreviations(text: str, low: str) -> list[tuple[int, int, float, str]]:
    """Case-sensitive abbreviations (MS, NAH, FML) as ``(start, end, weight, kind)``."""
    out = []
    for abbr, group in _ABBREVIATIONS.items():
        pos = text.find(abbr)
        tries = 0  # "MS" inside other capitals must not make a 10 MB text walk all its occurrences
        while pos >= 0 and len(out) < MAX_PER_KEY and tries < 4 * MAX_PER_KEY:
            tries += 1
            end = pos + len(abbr)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                out.append((pos, end, *_W[group]))
            pos = text.find(abbr, end)
    for (pattern, group), hints in zip(_PHRASES, _PHRASE_HINTS):
        seen: set[tuple[int, int]] = set()
        for hint in hints:
            # only in a window around each of the (first MAX_PER_KEY) places of a hint word: a scan
            # of the whole text per phrase costs 12 ms a megabyte
            pos = low.find(hint)
            tried = 0
            while pos >= 0 and tried < MAX_PER_KEY and len(seen) < MAX_PER_KEY:
                tried += 1
                lo = max(0, pos - _PHRASE_REACH)
                for m in pattern.finditer(low, lo, min(len(low), pos + len(hint) + _PHRASE_REACH)):
                    if m.start() <= pos < m.end() and m.span() not in seen:
                        seen.add(m.span())
                        out.append((m.start(), m.end(), *_W[group]))
                pos = low.find(hint, pos + len(hint))
    return out


def _sentence_kinds(low: str, s: int, e: int) -> set[str]:
    """Kinds of the clear health words (weight >= 0.5) in one sentence."""
    kinds = set()
    for tok in low[s:e].translate(_PUNCT).split():
        hit = _word_weight(tok.strip("-'"))
        if hit and hit[0] >= 0.5:
            kinds.add(hit[1])
    return kinds


_GENERIC_BEFORE = re.compile(
    r"(?i)\b(?:mensen|personen|werknemers|werkenden|jongeren|ouderen|vrouwen|mannen|cliënten|klanten|burgers|"
    r"uitkeringsgerechtigden|werkzoekenden|patiënten|iemand|degenen|deelnemers|aanvragers|een\s+(?:vrouw|man|"
    r"werknemer|persoon|cliënt|jongere|klant)|people|someone|employees|workers|patients)\b[^.!?\n]{0,30}$")
_GENERIC_AFTER = re.compile(
    r"(?i)[\s-]*(?:ex-)?(?:werknemers|mensen|medewerkers|cliënten|jongeren|collega's|werkenden|personen|"
    r"employees|people|workers|uitkeringsgerechtigden)\b")
#: A sentence about many people or with figures speaks in general, whoever the paragraph named.
_GROUP = re.compile(r"(?i)\b(?:mensen|personen|werknemers|jongeren|ouderen|vrouwen|mannen|cliënten|patiënten|"
                    r"nederlanders|kinderen|iedereen|people|patients)\b|\d{1,3}(?:\.\d{3})+|\d\s*(?:procent|%)"
                    r"|\b(?:duizend|miljoen)")
_STATS = re.compile(r"(?i)\d\s*(?:procent|%)|\bduizend\b|\bpercentage\b|\bgemiddeld\b")

# "Mijn UWV", "Mijn Overheid": a product name, not the writer.
_FIRST_NEAR = re.compile(r"(?i)\b(?:mijn|m'n|my)\s+(?!(?-i:[A-Z]))(?:[\w-]+\s+){0,2}$")
_FIRST = re.compile(r"(?i)\b(?:ik|mij|me)\b|\b(?:mijn|m'n)\b(?!\s+(?-i:[A-Z]))|\bI(?=\s+[a-z'])|\bI'm\b|\b[Mm]y\b")
_YOUR_ROLE = re.compile(r"(?i)\buw\s+(?:zieke\s+)?(?:medewerker|medewerkster|werknemer|werkneemster|personeelslid)\b")
_MIJN_RIGHT_BEFORE = re.compile(r"(?i)\b(?:mijn|my)\s+$")
_THIRD_NEAR = re.compile(r"(?i)\b(?:zijn|haar|his|her)\s+(?:[\w-]+\s+){0,2}$")
_FIRST_VERB_NEAR = re.compile(
    r"(?i)(?:\b(?:ben|heb|had|was|word|werd|voel|lig|lag|zit|kreeg|krijg|loop|am|have|had|got|feel|i'm|i've)\b"
    r"(?!\s+(?:je|jij|u|you)\b)|\b(?:diagnosed|treated|operated\s+on|admitted)\s+me\b)(?:\s+\S+){0,4}\s*$")
_QUOTED = re.compile(r"\s*['\"‘’“”„]")
_ATTRIBUTION = re.compile(r"(?i)\b(?:zegt|zei|vertelt|vertelde|aldus|licht\s+\w+\s+toe|says|said|told)\b")
_FIRST_OWN = re.compile(r"(?i)(?:mijn|m'n|my)\s")
_THIRD_OWN = re.compile(r"(?i)(?:zijn|haar|his|her)\s")
_THIRD = re.compile(r"(?i)\b(?:hij|hem|haar|he|him|his|she)\b")
_THEY = re.compile(r"(?i)\b(?:ze|zij)\b")
_SINGULAR_VERB = re.compile(r"(?i)\b(?:heeft|is|was|had|kan|wil|wordt|werd|komt|kwam|gaat|ging|moet|mag|zal|"
                            r"zou|zit|ligt|lag|voelt|krijgt|kreeg)\b")
# "zij verzuimde", "meldde ze zich", "zij is": a singular verb (a past tense without the plural -n)
# right beside ze/zij is one person
_SHE_PAST = re.compile(r"(?i)\b(?:ze|zij)\s+(?:[a-zà-ÿ]{3,}(?:de|te)|is|was|heeft|had|wordt|werd)\b"
                       r"|\b(?:[a-zà-ÿ]{3,}(?:de|te)|is|was|heeft|had|wordt|werd)\s+(?:ze|zij)\b")
_PLURAL_VERB = re.compile(r"(?i)\b(?:hebben|zijn|waren|hadden|kunnen|willen|worden|werden|komen|gaan|moeten|"
                          r"mogen|zullen|zouden|zitten|liggen|voelen|krijgen)\b")
# a role with a definite or possessive word in front: "de werknemer", "onze medewerker", "my colleague"
_ROLE = re.compile(r"(?i)\b(?:de|deze|die|onze|ons|mijn|m'n|uw|jouw|je|zijn|haar|the|our|my|this|that)\s+"
                   r"(?:cliënte?|client|klant|betrokkene|werknemer|werkneemster|medewerker|medewerkster|"
                   r"collega|verzekerde|aanvrager|aanvraagster|belanghebbende|patiënte?|patient|zoon|dochter|moeder|"
                   r"vader|partner|echtgeno(?:ot|te)|teamleider|leidinggevende|employee|colleague|bewoner|bewoonster|"
                   r"zorgvrager)\b"
                   # "mijn vrouw", "haar man", "ons zoontje": one family member of a person in the text
                   r"|\b(?:mijn|m'n|zijn|z'n|haar|onze|ons|my|his|her|our)\s+(?:man|vrouw|kind|zoontje|dochtertje|"
                   r"vriend|vriendin|broer|zus|opa|oma|schoonmoeder|schoonvader|husband|wife|son|daughter)\b")
#: A file note: "Cliënt geeft aan ...", "Klant belt: ..." at the start of a line, without an article.
# (a care home's note calls its client "bewoner" or "zorgvrager")
_ROLE_START = re.compile(r"(?im)^\W{0,20}(?:cliënte?|client|klant|betrokkene|werknemer|medewerker|verzekerde|patiënte?|"
                         r"collega|teamleider|leidinggevende|bewoner|bewoonster|zorgvrager)"
                         r"\b(?!\s*:)")
#: "Mw." or "Dhr." without a name behind it: how a care file refers to its one client ("Mw. heeft
#: een hemiparese links", "afspraken met mw."), never a role in general.
_BARE_TITLE = re.compile(r"\b(?:[Mm]w|[Mm]evr|[Dd]hr)\.(?!\s*(?:[A-Z]\.|[A-Z][a-z]))")
#: (also "je", "jij", "jouw": said to one named person in a mail or a chat that greets them)
_YOU = re.compile(r"(?i)\b(?:u|uw|you|your|je|jij|jouw)\b")
_YOUR_NEAR = re.compile(r"(?i)\b(?:je|jouw|uw|your)\s+(?:[\w-]+\s+){0,1}$")
_I = re.compile(r"\bik\b")
_YOU_LOW = re.compile(r"\b(?:u|uw)\b")
_CONDITIONAL = re.compile(r"(?i)^\W{0,20}(?:als|wanneer|indien|zodra|bent u|wordt u|heeft u|kunt u|was u|if|when)\b")
_WORD = re.compile(r"[^\W\d_][\w'-]*")

_TITLE_NAME = re.compile(r"\b(?:[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Mm]eneer|[Dd]hr\.|[Dd]e heer|[Hh]eer)\s+"
                         r"(?:[A-Z]\.\s?){0,4}(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]e|[Ee]l|[Aa]l|'t)\s+){0,3}"
                         r"([A-Z][a-zà-ÿĀ-ž]+(?:-[A-Z][a-zà-ÿĀ-ž]+)?)")
#: "Hoi Jeroen,": a greeting names who a message is for, not whom a file is about.
_GREETING_LINE = re.compile(r"(?i)\W{0,3}(?:hoi|hi|hey|hallo|hello|beste|lieve|dag|goedemorgen|goedemiddag|"
                            r"goedenavond|geachte|dear)\b")
_PERSON_LABEL = re.compile(r"(?m)^[ \t]{0,20}(?:naam(?:[ \t]+(?:van[ \t]+de[ \t]+)?(?:cliënte?|client|klant|werknemer|"
                           r"betrokkene|patiënte?|aanvrager|verzekerde))?|cliënte?|client|werknemer|medewerker|medewerkster|betrokkene|"
                           r"patiënte?|employee|verzekerde|aanvrager|name|full name)[ \t]*:[ \t]*([^\n]{1,80})")
#: Section labels of a medical or re-integration file about one person.
_MEDICAL_LABEL = re.compile(r"(?m)^[ \t]{0,20}[#*_-]{0,6}[ \t]{0,2}(?:anamnese|diagnose|beschouwing|medicatie|"
                            r"belastbaarheid|(?:medische[ \t]+)?voorgeschiedenis|conclusie verzekeringsarts|"
                            r"advies bedrijfsarts|hoofdklacht|klachtbeloop|beloop|werkdiagnose|behandeldoelen|"
                            # the domains of a care plan
                            r"psyche|somatiek|mobiliteit|adl|hulpvraag|zorgvraag|levensgeschiedenis|cognitie)"
                            r"[ \t]*[*_]{0,3}[ \t]*:"
                            # the heading of a session, a consult or a care shift's report about one client
                            # (searched in the lowered text)
                            r"|^\W{0,5}(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|\d{1,2}e)"
                            r"[ \t]+(?:sessie|consult|behandelsessie|therapiesessie)|sessieverslag|behandelverslag|"
                            r"zorgrapportage|dagrapportage|rapportage[ \t]+(?:dag|avond|nacht)dienst|valincident|"
                            r"mic-meldingen|mic-melding|(?:[a-z-]{2,20}[ \t]+)?sessie[ \t]+\d{1,2})\b"
                            # the heading of one person's report, with its week or period
                            r"|^\W{0,5}(?:(?:week|voortgangs|maand|eind)?rapportage|(?:re-integratie|traject|"
                            r"voortgangs|eind)verslag)(?=[^\n]{0,40}?(?:\bweek[ \t]+\d|\bperiode\b|\bd\.d\.|"
                            r"\d{1,2}[-/]\d{1,2}))"
                            # the domains of a care plan in elderly care
                            r"|^[ \t]{0,20}(?:lichamelijk|mentaal)[ \t]+welbevinden\b")
#: A record calls its one client by a bare role or title, as the subject of a verb: "Werkneemster is",
#: "wn geeft aan", "Cliënte oogde", "S: mw. is" (searched in the lowered text; no article in front,
#: which is how a protocol or a course speaks of every client).
_BARE_SUBJECT = re.compile(r"(?m)(?:^[ \t]{0,20}(?:[a-z]{1,3}:[ \t]*)?|[.:;-][ \t]+)(?:cliënte?|betrokkene|werknemer|"
                           r"werkneemster|wn|patiënte?|pt|bewoner|bewoonster|zorgvrager|mw\.?|mevr\.|dhr\.?)[ \t]+"
                           r"(?:is|was|heeft|had|geeft|gaf|werkt|werkte|kan|kon|wil|wilde|krijgt|kreeg|wordt|werd|"
                           r"oogt|oogde|slaapt|sliep|eet|at|loopt|liep|ligt|lag|zit|zat|voelt|voelde|vertelt|vertelde|"
                           r"meldt|meldde|komt|kwam|gaat|ging|reageert|reageerde|ervaart|ervaarde|ontvangt)\b")
#: An item of a functional capacity list (FML, "4.18 Tillen of dragen: beperkt"): the assessment of one person.
_FML_ITEM = re.compile(r"(?m)^[ \t]{0,10}\d\.\d{1,2}(?:\.\d{1,2})?[ \t]+[^\n:]{3,60}:[ \t]*"
                       r"(?:niet[ \t]+|licht[ \t]+|sterk[ \t]+)?(?:beperkt|normaal)\b")
#: A line of a medication round: a time, a medicine and its dose ("08:00 furosemide 40 mg").
_DOSE_AT = re.compile(r"(?m)^[ \t]{0,10}\d{1,2}[:.]\d{2}(?:[ \t]+uur)?[ \t]+[a-zà-ÿ][\w-]{3,30}[ \t]+\d+(?:[.,]\d+)?"
                      r"[ \t]*(?:mg|mcg|µg|ml|g|ie|e)\b")
#: A client by role and initials: "cliënte (R.M.)", "werknemer J.B.".
_ROLE_INITIALS = re.compile(r"\b(?:[Cc]li[eë]nte?|[Pp]ati[eë]nte?|[Ww]erkne(?:mer|emster)|[Bb]etrokkene)[ \t]*\(?"
                            r"(?:[A-Z]\.[ \t]?){1,3}\)?")
#: The labels of an SBAR handover: Situatie, Background, Assessment, Recommendation, one line each.
_SBAR = re.compile(r"(?m)^[ \t]{0,5}[SBAR][ \t]*:")
# "[09:14] Sanne Verbeek", "[4-6-2025 09:14] Sanne:", "04-06-2025 09:14 - Sanne:", a time alone on a line,
# and Teams' own "Sanne Verbeek 09:14" / "Sanne Verbeek, 4-6 09:14"
_CHAT = re.compile(r"(?m)^[ \t]{0,20}\[?(?:\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?,?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?\]?"
                   r"(?:[ \t]+(?:-[ \t]+)?([^\n:]{2,40})|[ \t]*$)"
                   r"|^[ \t]{0,20}([A-Z][^\n:\d]{1,40}?),?[ \t]+(?:\d{1,2}-\d{1,2}(?:-\d{2,4})?[ \t]+)?"
                   r"\d{1,2}:\d{2}[ \t]*$")
#: The opening of a clinical note that describes its one patient: "man 58 jr,", "Patiënte, 41 jaar".
_DESCRIPTOR = re.compile(r"(?im)^\W{0,5}(?:man|vrouw|jongen|meisje|jongere|patiënte?|cliënte?|dhr\.?|mw\.?|mevr\.?|heer|"
                         r"male|female)\b,?\s+\(?(?:van\s+)?\d{1,3}\s*(?:jr|jaar|j|yrs?|years?)\b")
#: A role word without an article ("is betrokkene niet belastbaar"): one person only in a file about one person.
_ROLE_BARE = re.compile(r"(?i)\b(?:cliënte?|betrokkene|verzekerde|patiënte?|werknemer|werkneemster|bewoner|bewoonster|"
                        r"zorgvrager)\b")
#: Findings that make a text a file about a person when it also names one.
_FILE_NUMBERS = frozenset({"BSN", "CASE_NUMBER", "EMPLOYEE_NUMBER", "DATE_OF_BIRTH", "ID_DOCUMENT"})
_LAW = re.compile(r"(?im)^[ \t]{0,20}(?:artikel|art\.|article)\s+\d+")
_NAME_TOKEN = re.compile(r"\b[A-Z][a-zà-ÿĀ-ž]+(?:-[A-Z][a-zà-ÿĀ-ž]+)?\b")
#: A party named once and then called by its role: "de heer T. Oosterhuis, wonende te ..., eiser," or
#: "mevrouw Kramer (hierna: betrokkene)". The role word then stands for that person.
_DEFINED_ROLE = re.compile(r"(?i)[,(]\s*(?:hierna(?:\s+te\s+noemen)?\s*:?\s*)?(eiser|eiseres|appellant|appellante|"
                           r"verzoeker|verzoekster|belanghebbende|betrokkene|bezwaarmaker|reclamant|cliënte?|"
                           r"werknemer|werkneemster)\s*[,.;)]")
#: A first name that opens a care note or follows "bij" ("Daan weigert ...", "Wondzorg bij Henny").
_NAME_OPENS = re.compile(r"[^\w]{0,5}(?:[\w-]{2,20}\s*:\s*)?([^\W\d_]{2,20})\s+(?:al\s+|nu\s+|weer\s+|ook\s+)?"
                         r"([a-zà-ÿ]+)")
#: The verb after a first name that opens a note: a present or past singular ("weigert", "hoort", "is", "kreeg").
_SINGULAR = re.compile(r"[a-zà-ÿ]+(?:t|de|te)|is|was|had|zat|lag|kon|wou|ging|kwam|kreeg|werd|viel|bleef|sliep|at|liep")
_NAME_AFTER_BIJ = re.compile(r"\bbij\s+([^\W\d_]{2,20})\b")
#: First names in the list that open many sentences as ordinary words ("Ben ik ...", "Wil je ...").
_FIRST_NAME_WORDS = frozenset(
    "ben wil an el kader toon floor job lot server said constant greet kick joke bergen linde roos mare lander koker "
    "salami nazi canal divan peren tan toy ko pol gul rim imam laze baba sultane august mark frank max".split())


def _first_name_in(text: str, s: int, e: int) -> bool:
    """A common first name opens the sentence [s, e) as its subject, or follows "bij" in it.
    In a sentence typed wholly in lower case the name may be in lower case too."""
    e = min(e, s + 600)
    lower = not any(c.isupper() for c in text[s:e])
    tokens = []
    m = _NAME_OPENS.match(text, s, e)
    if m and _SINGULAR.fullmatch(m.group(2)):
        tokens.append(m.group(1))
    tokens.extend(m.group(1) for m in _NAME_AFTER_BIJ.finditer(text, s, e))
    if not tokens:
        return False
    lex = _lexicon.load()
    for tok in tokens:
        if tok.lower() in _FIRST_NAME_WORDS:
            continue
        if lower:
            tok = tok[:1].upper() + tok[1:]
        elif not (tok[:1].isupper() and tok[1:].islower()):
            continue
        flags = lex.get(tok, 0)
        # a common first name, or a rarer one that is no ordinary word ("Henny", "Jolanda")
        if flags & _lexicon.PLACE:
            continue
        if flags & _lexicon.FIRST_COMMON or (
                flags & _lexicon.FIRST and not flags & _lexicon.WORD and tok.lower() not in dutch_words()):
            return True
    return False


#: A clinical resource of a health record in FHIR form (FSH "InstanceOf: Condition", JSON "resourceType": ...):
#: beside a patient who is named or numbered, the record holds their health data.
_FHIR_CLINICAL = re.compile(
    r"(?m)^[ \t{,]*\"?(?:InstanceOf|resourceType)\"?[ \t]*[:=][ \t]*\"?(?:Condition|Procedure|MedicationStatement|"
    r"MedicationRequest|MedicationDispense|MedicationAdministration|AllergyIntolerance|Observation|Encounter|CarePlan|"
    r"DiagnosticReport|Immunization|FamilyMemberHistory|ClinicalImpression|ACP\w*|\w*-?Problem)\b")
_FHIR_HINTS = ("InstanceOf", "resourceType")

PERSONAL_TYPES = frozenset({"PERSON", "BSN", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS",
                            "CASE_NUMBER", "EMPLOYEE_NUMBER", "ID_DOCUMENT", "IBAN", "LICENSE_PLATE"})
IDENTIFYING_TYPES = frozenset({"PERSON", "BSN", "DATE_OF_BIRTH", "ADDRESS", "CASE_NUMBER", "EMPLOYEE_NUMBER",
                               "ID_DOCUMENT"})


@dataclass
class Context:
    """What the rest of the text says about who it is about."""

    persons: Spans
    names: set[str] = field(default_factory=set)
    personal: bool = False     # a personal message, chat, file note or letter
    addressed: bool = False    # addressed to / about one identifiable person
    law: bool = False          # article structure: pronouns there are generic
    instructive: bool = False  # speaks to the reader as "u" throughout (web pages, brochures)
    file_subject: bool = False  # a file about one person: "Cliënt: ...", "Naam: ...", "Anamnese:"
    identified: bool = False   # a name, BSN or birth date was found (not only an address or a phone number)


def build_context(text: str, low: str, findings, names: set[str], personal: bool,
                  persons: Spans | None = None) -> Context:
    """Who the text is about, from the findings, the names the mail rules saw, and its shape.
    ``persons``: the PERSON findings as :class:`Spans`, when the caller has them already."""
    if persons is None:
        persons = Spans(findings, frozenset({"PERSON"}))
    ctx = Context(persons=persons, names=set(names), personal=personal)
    types = {f.type for f in findings}
    if types & PERSONAL_TYPES:
        ctx.personal = True
    if types & IDENTIFYING_TYPES:
        ctx.addressed = True
    ctx.identified = bool(types & {"PERSON", "BSN", "DATE_OF_BIRTH", "ID_DOCUMENT"})
    seen: set[str] = set()  # a long text names the same people again and again: read each name once
    for n, f in enumerate(f for f in findings if f.type == "PERSON"):
        span = text[f.start:f.end]
        if span not in seen:
            seen.add(span)
            ctx.names |= {t for t in _NAME_TOKEN.findall(span) if len(t) >= 3}
        if n < 20 and f.end < 20_000:
            line_end = text.find("\n", f.end, f.end + 200)
            role = _DEFINED_ROLE.search(low, f.end, line_end if line_end >= 0 else min(len(text), f.end + 200))
            if role:
                ctx.names |= {role.group(1), role.group(1).capitalize()}
                ctx.file_subject = ctx.personal = ctx.addressed = True
    head = text[:20_000]
    for m in _PERSON_LABEL.finditer(low, 0, 20_000):  # lower-case pattern on the lowered text: faster
        ctx.personal = ctx.addressed = ctx.file_subject = True
        ctx.names |= {t for t in _NAME_TOKEN.findall(text, m.start(1), m.end(1)) if len(t) >= 3}
    for m in _TITLE_NAME.finditer(head):
        ctx.personal = ctx.addressed = True
        ctx.names.add(m.group(1))
    if _MEDICAL_LABEL.search(low, 0, 20_000) or _DESCRIPTOR.search(low, 0, 2000) or \
            _BARE_SUBJECT.search(low, 0, 20_000) or len(_SBAR.findall(text, 0, 3000)) >= 3 or \
            len(_DOSE_AT.findall(low, 0, 20_000)) >= 2 or _ROLE_INITIALS.search(head):
        ctx.file_subject = ctx.personal = True
    if "PERSON" in types and len(text) < 4000:
        # a short text with a named person and a client number, or a name in its title line: a file about them
        title_end = text.find("\n")
        title_end = len(text) if title_end < 0 else title_end
        if types & _FILE_NUMBERS or (title_end <= 120 and ctx.persons.inside(0, title_end)
                                     and not _GREETING_LINE.match(text, 0, title_end)):
            ctx.file_subject = ctx.personal = True
    speakers: set[str] = set()
    chats = 0
    for m in _CHAT.finditer(head):
        chats += 1
        speakers |= {t for t in _NAME_TOKEN.findall(m.group(1) or m.group(2) or "") if len(t) >= 3}
    if chats >= 2:  # one "Vergadering 10:00" line is no chat
        ctx.personal = True
        ctx.names |= speakers
    you = 0
    for _ in _YOU_LOW.finditer(low, 0, 20_000):
        you += 1
        if you >= 4:
            ctx.instructive = True
            break
    if names:
        ctx.addressed = True
    if not ctx.personal and len(text) < 3000 and not ctx.instructive and _I.search(low, 0, 3000):
        ctx.personal = True  # a short message in the first person: a chat line, a note, a question
    laws = 0
    for _ in _LAW.finditer(head) if ("artikel" in low or "art." in low or "article" in low) else ():
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
        best, who = 0.55, "name"
    if best < 0.8 and not ctx.instructive and not ctx.law and _first_name_in(text, s, e):
        best, who = 0.8, "name"  # a care note: "Daan weigert zijn medicatie", "wondzorg bij Henny"
    # "Mijn WIA-uitkering" (a capital right after "Mijn"): a page or product name, not the writer
    product = text[ts:ts + 1].isupper() and not text[ts:te].isupper() and _MIJN_RIGHT_BEFORE.search(before) is not None
    if best < 1.0 and ((_FIRST_NEAR.search(before) and not product) or _FIRST_OWN.match(text, ts, te)):
        best, who = 1.0, "first"
        if ctx.instructive and not ctx.personal and sent.rstrip().endswith("?"):
            best = 0.5  # "Waar kan ik mijn ziektewetuitkering regelen?": a question heading on a help page
    if best < 0.9 and _FIRST.search(sent):
        # "ik ben sinds maandag ziek", "heb ik veel pijn": the writer is the one who is ill;
        # "ik ben verzekeringsarts en wil uitleg over hernia": the writer only mentions it
        first = 0.9 if _FIRST_VERB_NEAR.search(text, max(s, ts - 80), ts) else 0.55
        if _QUOTED.match(text, s, e) and _ATTRIBUTION.search(text, s, min(len(text), e + 80)):
            first *= 0.5  # "'Ik had zelf een burn-out,' vertelt Marieke": a quote in a published story
        if ctx.instructive and not ctx.personal:
            first = min(first, 0.5)  # "Ik ben ziek. Wat moet ik doen?" heading a web page
        if _title_case_line(text, s):
            first = min(first, 0.45)  # "Wat Moet Ik Doen Als Ik Ziek Word": a page heading in Title Case
        if first > best:
            best, who = first, "first"
    if best >= 1.0:
        return best, who
    damp = 0.4 if ctx.law else 1.0
    if best < 0.85 and _BARE_TITLE.search(sent):
        best, who = 0.85 * damp, "title"
    # a role in a text that names or identifies nobody is a role in general ("Is de werknemer
    # 6 weken ziek, dan ..." on a page about the rules), not one person
    general = not (ctx.personal or ctx.addressed or ctx.names or ctx.file_subject) and (
        ctx.instructive or len(text) > 600)  # a page or a guide, not a short note about a client
    role_damp = damp * (0.7 if general else 1.0)
    if ctx.instructive and _YOUR_ROLE.search(sent) and not ctx.names:
        role_damp *= 0.7  # "Uw medewerker meldt zich ziek": the reader's employee in general
    if ctx.personal:
        if _THIRD_NEAR.search(before) or _THIRD_OWN.match(text, ts, te):
            best, who = max(best, 0.95 * damp), who or "third"
        elif _THIRD.search(sent):
            best, who = max(best, 0.85 * damp), who or "third"
        elif _SHE_PAST.search(sent) and not _PLURAL_VERB.search(sent):
            best, who = max(best, 0.85 * damp), who or "third"
        elif _THEY.search(sent) and _SINGULAR_VERB.search(sent) and not _PLURAL_VERB.search(sent):
            best, who = max(best, 0.75 * damp), who or "third"
        if _ROLE.search(sent):
            best, who = max(best, 0.85 * role_damp), who or "role"
    if _ROLE_START.search(sent) or (ctx.file_subject and _ROLE_BARE.search(sent)):
        best, who = max(best, 0.8 * role_damp), who or "role"
    elif not ctx.instructive and _ROLE.search(sent):
        best, who = max(best, 0.6 * role_damp), who or "role"
    if ctx.addressed and _YOUR_NEAR.search(before) and not (_CONDITIONAL.match(sent) or sent.rstrip().endswith("?")):
        best, who = max(best, 0.95 * damp), who or "you"  # "na je ziekte", "uw hernia" to one named person
    if ctx.addressed and _YOU.search(sent):
        weight = 0.85 * damp
        if _CONDITIONAL.match(sent) or sent.rstrip().endswith("?"):
            weight *= 0.5
        best, who = max(best, weight), who or "you"
    if best < CARRIED and ctx.personal and not ctx.instructive and not ctx.law and _carried(text, s, e, ts, te, ctx):
        best, who = CARRIED, "name"
    return best, who


#: The cue of a name earlier in the same paragraph: a text about one person goes on about them
#: without repeating the name ("Sevda Kaya werkt ... Vorig jaar werd borstkanker vastgesteld.").
CARRIED = 0.75
#: How far back in the paragraph the name may stand.
_CARRY_REACH = 500
#: Places and professions of care: beside a name they say where someone works, not what they have.
_CARE_PLACES = re.compile(r"(?:ziekenhuis|kliniek|ggz|arts|loog|loge|peut|orthopeed|chirurg|internist|dokter|"
                          r"doctor|hospital|clinic|behandelaar|crisisdienst)$")

#: Words that name a pandemic or mean "included" as often as a person's illness or admission.
_NOT_CARRIED = frozenset({"corona", "covid", "opgenomen", "admitted"})


#: Care professions (not places): beside a name they are that person's job.
_CARE_JOB = re.compile(r"(?:arts|loog|loge|peut|iater|orthopeed|chirurg|internist|dokter|doctor|behandelaar)$")
#: "als psychiater", "werkt als huisarts": a job.
_AS_BEFORE = re.compile(r"\b(?:als|as)\s+$")


def _job_of_the_named(text: str, ts: int, te: int, ctx: Context) -> bool:
    """The care profession at [ts, te) is the job of a person named right beside it: "huisarts
    Wouter Dekema", "Lieke Brandsma, huisarts te Zeist", "werkt X nu als psychiater"."""
    if not _CARE_JOB.search(text[ts:te].lower()):
        return False
    if ctx.persons.inside(te, te + 2) or _AS_BEFORE.search(text, max(0, ts - 4), ts):
        return True
    return text[max(0, ts - 2):ts] == ", " and ctx.persons.inside(ts - 3, ts - 2)


def _carried(text: str, s: int, e: int, ts: int, te: int, ctx: Context) -> bool:
    """A name of a person stands earlier in the paragraph of the sentence [s, e) (no empty line
    between), the sentence does not speak of many people or give figures, and the term at [ts, te)
    is a condition or an act of care, not a place or a profession."""
    term = text[ts:te].lower()
    if term.rsplit(None, 1)[-1] in _NOT_CARRIED or _CARE_PLACES.search(term) or _GROUP.search(text, s, e):
        return False
    lo = max(0, s - _CARRY_REACH)
    gap = text.rfind("\n\n", lo, s)
    start = gap + 2 if gap >= 0 else lo
    if start >= s or ctx.persons.inside(s - 1, s + 1):
        return False  # (a name across the start: "R. Lammers" cut at its initial is in this sentence)
    return ctx.persons.inside(start, s) or bool(ctx.names and ctx.names & set(_WORD.findall(text, start, s)))


def _title_case_line(text: str, s: int) -> bool:
    """The line at ``s`` is a heading in Title Case: four words or more, nearly all capitalised."""
    e = text.find("\n", s)
    words = _WORD.findall(text, s, e if e >= 0 else min(len(text), s + 200))
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def health(text: str, low: str, ctx: Context) -> Evidence | None:
    """The strongest sentence that ties a health term to one person (``low``: the text lowered).

    Words are tried strongest first and the search stops as soon as no remaining word can
    beat the best sentence found, so a clear case costs a handful of sentence checks.
    """
    best: tuple[float, tuple[int, int, str]] | None = None
    fallback = None
    evaluated = 0
    abbreviations = _abbreviations(text, low)
    groups: list[tuple[float, str | None]] = [(w, tok) for w, tok in _candidates(low)]
    if abbreviations:
        groups.append((max(a[2] for a in abbreviations), None))
        groups.sort(key=lambda g: -g[0])
    for potential, word in groups:
        if best is not None and potential + 0.16 <= best[0]:
            break  # words come strongest first: none of the rest can do better
        if evaluated > MAX_OCCURRENCES:
            break
        terms = abbreviations if word is None else _occurrences(low, word)
        for ts, te, weight, kind in terms:
            if weight < MIN_WEIGHT or (best is not None and weight + 0.16 <= best[0]):
                continue
            evaluated += 1
            if evaluated > MAX_OCCURRENCES:
                break
            if ts > 0 and text[ts - 1] in "\\/=_.@":
                continue  # part of a path, link or address, not of a sentence
            s, e = sentence_at(text, ts)
            if _GENERIC_BEFORE.search(text, max(s, ts - 60), ts) or \
                    _GENERIC_AFTER.match(text, te, min(len(text), te + 40)) or _job_of_the_named(text, ts, te, ctx):
                continue  # (a job: "huisarts Wouter Dekema", "Lieke Brandsma, huisarts te Zeist")
            if weight >= 0.6 and ctx.file_subject and not ctx.law and not ctx.instructive and fallback is None:
                fallback = (ts, te, kind)
            cue, who = _cue(text, s, e, ts, te, ctx)
            if not cue:
                continue
            # figures damp a role or a pronoun ("60% van de werknemers"), not a letter to one
            # person ("dat u nu 55% arbeidsongeschikt bent")
            if _STATS.search(text, s, e) and who not in ("name", "first") and not (who == "you" and ctx.addressed):
                cue *= 0.7
            # several kinds together ("ziek" + "hernia" + "fysiotherapie") make it clearer
            kinds = _sentence_kinds(low, s, e) | {kind}
            score = weight * cue + (0.08 * min(2, len(kinds) - 1) if cue >= 0.8 else 0.0)
            if best is None or score > best[0]:
                best = (score, (ts, te, kind))
    if best is not None and best[0] >= 0.5:
        ts, te, kind = best[1]
        return Evidence(round(min(0.98, best[0]), 3), f"gezondheidsgegevens over een persoon: {_KIND_REASON[kind]}",
                        ts, te)
    if fallback is not None:
        ts, te, kind = fallback
        return Evidence(0.6, f"gezondheidsgegevens in een dossier over een persoon: {_KIND_REASON[kind]}", ts, te)
    items = _FML_ITEM.findall(low, 0, 20_000) if "beperkt" in low or "normaal" in low else ()
    if len(items) >= 2:
        m = _FML_ITEM.search(low, 0, 20_000)
        return Evidence(0.7, "gezondheidsgegevens: een functionele mogelijkhedenlijst (FML) van een persoon",
                        m.start(), m.end())
    if ctx.identified and any(h in text[:20_000] for h in _FHIR_HINTS):
        m = _FHIR_CLINICAL.search(text, 0, 20_000)
        if m:
            return Evidence(0.7, "een medisch dossier (FHIR) over een persoon met naam of nummer", m.start(), m.end())
    return None
