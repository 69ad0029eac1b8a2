"""The words of health data: a lexicon of diagnoses, treatments, sick leave and incapacity, with a
weight and a kind per word, matched word by word (compounds by prefix and suffix, two-word terms,
body parts after a possessive, abbreviations and everyday phrases). Used by
:mod:`detectors.categories.health`, which ties the terms to one person.
"""
from __future__ import annotations

import re
from functools import lru_cache

from detectors import textcache
from detectors.names.lexicon import name_only as _name_only

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
                   "alzheimer psychotrauma crohn sclerose dementerend dementerende "
                   # cancer and its spread as a radiology or pathology report names it
                   "carcinoom carcinomen metastase metastasen metastasering gemetastaseerd gemetastaseerde "
                   "maligniteit maligniteiten maligne osteoporose "
                   # emergencies of the heart, lungs and brain that a chat or a note tells about someone
                   "longembolie hersenbloeding hartstilstand hartaanval hersenletsel trombose gereanimeerd fracture "
                   # drinking or drugs as a condition: a care vignette or a social worker's note about one client
                   "alcoholist alcoholisme alcoholafhankelijk alcoholafhankelijke alcoholafhankelijkheid alcoholprobleem "
                   "alcoholproblemen drankprobleem drankproblemen verslaafd verslaafde drugsverslaafd drugsverslaafde "
                   # the same in English, as a clinic's note or a care app's test data writes them
                   "depressed depressive suicidal hypertension asthma pneumonia schizophrenia bipolar psychosis "
                   "psychotic dementia epilepsy autism autistic seizure seizures leukemia leukaemia carcinoma "
                   "overdose "
                   # a clinic's note in English on the brain, the blood and infection
                   "stroke hemorrhage haemorrhage hemorrhagic haemorrhagic hemiparesis hemiplegia infarction sepsis",
    "diag": "ptss ptsd copd astma adhd covid corona griep buikgriep koorts longontsteking misselijk verkouden "
            "verkoudheid hematoom benauwd benauwdheid incontinent incontinentie angstaanval angstaanvallen "
            "somberheid slaapproblemen slapeloosheid geheugenproblemen concentratieproblemen kortademig "
            "kortademiger dyslexie dyscalculie suikerspiegel gedesoriënteerd desoriëntatie "
            # infections of children and adults, stones, nausea, pregnancy
            "waterpokken mazelen bof rodehond kinkhoest roodvonk krentenbaard nierstenen niersteen galstenen "
            "galsteen misselijkheid zwanger "
            # a client's falls, wandering and dependence in elderly care, as a care record reports them
            "valpartij valpartijen valgevaar dwaalgedrag adl-afhankelijk adl-afhankelijke adl-afhankelijkheid "
            # infections one carries, allergies, skin and hearing (the words of a coded value in a youth health record)
            "hepatitis hiv tuberculose tbc allergie allergieën eczeem gehoorverlies "
            # seeing and hearing badly (a condition, with a person cue; "slechtziende mensen" stays general),
            # and "na een kort ziekbed" in a notice of someone's death
            "slechtziend slechthorend ziekbed stemmingswisselingen miskraam "
            # (in English)
            "anxiety insomnia "
            # the phase of one user's cycle, as a cycle or coaching app logs it ("Phase: Follicular",
            # "je zit in je luteale fase")
            "folliculaire luteale follicular luteal "
            # what a nurse, a GP or a dentist records about one patient: a tremor, a half-sided paralysis, trouble
            # speaking or swallowing, the bowels, a carrier of resistant bacteria, the heart's rhythm, the gums,
            # intolerances ("fijne tremor in de rechterhand", "verhoogd valrisico", "gingivitis bij slechte
            # mondhygiëne")
            "tremor hemiparese afasie dysfagie obstipatie diarree spasticiteit mrsa brmo valrisico decompensatie "
            "boezemfibrilleren atriumfibrilleren angina cariës gingivitis parodontitis coeliakie "
            "insulineafhankelijk nierinsufficiëntie",
    "diag_weak": "handicap gehandicapt zwangerschap ziekte ziektes illness injury injured blind doof "
                 "somber piekert piekeren bloeddruk verward cardiovasculair cardiovasculaire "
                 "rolstoel rollator krukken bevalling",
    "diag_vague": "gezondheid health medisch medische medical",
    # care in a ward: seclusion and restraint, wound care
    "treat_strong": "operatie operaties geopereerd surgery ziekenhuis hospital chemo chemotherapie bestraling emdr "
                    "separatie gesepareerd separeer separeren fixatie gefixeerd gefixeerde dwangmedicatie "
                    "wondverzorging wondzorg "
                    "paracetamol naproxen ibuprofen oxycodon antidepressiva",
    "treat": "niet-reanimeren niet-reanimerenpenning niet-reanimerenverklaring reanimatiebeleid wilsverklaring "
             "behandelverbod euthanasieverklaring "
             "kliniek polikliniek poliklinisch poliklinische clinic opgenomen admitted "
             "medicatie medicijnen medicijn medication pijnstillers pijnstiller fysiotherapie fysiotherapeut physio "
             "physiotherapy therapie therapy revalidatie psycholoog ggz reumatoloog neuroloog cardioloog oncoloog "
             "dermatoloog gynaecoloog internist orthopeed chirurg huisarts gips psychiater psychotherapeut "
             "psychiatrist psychologist therapist antidepressants antibiotics "
            "crisisdienst diëtist diëtiste behandelplan behandelaar dialyse logopedie psychologe schematherapie lithium insuline metformine morfine methadon methylfenidaat ritalin haloperidol depakine "
            "valproaat prednison tramadol fentanyl risperidon clozapine oxazepam "
            # the short word for physiotherapy, and scans whose result is someone's ("uitslag mri (knie)")
            "fysio mri mri-scan ct-scan keizersnede "
            # the GP's programme for one patient's heart and vessels ("zorgmodule CVRM", "staat onder CVRM-controle")
            "cvrm cvrm-controle "
            # the tools of a therapy for one client ("welke copingstrategieën hij heeft geleerd", "zijn
            # gedachtenregistratie"), and extra care or a care profile of the long-term care act (Wlz) for one
            # resident ("De meerzorg is afgebouwd", "past nog binnen VV6"); not "zzp", mostly a freelancer
            "copingstrategie copingstrategieën gedachtenregistratie gedachtenregistraties meerzorg herindicatie "
            "vv1 vv2 vv3 vv4 vv5 vv6 vv7 vv8 vv9 vv10",
    "treat_weak": "bedrijfsarts doctor dokter tandarts mondhygiënist bloedverdunner bloedverdunners",
    "treat_vague": "verzekeringsarts arts",
    "sick": "ziek zieke ziekgemeld ziekgemelde ziekmelding ziekmeldingen ziekteverlof ziektedag ziektedagen "
            "sick unwell ill "
            # the Belgian doctor who checks at home that an employee on sick leave is ill ("U krijgt het bezoek van
            # een controlearts")
            "controlearts controle-arts",
    "sick_weak": "verzuim verzuimt verzuimde hersteldmelding herstelmelding betergemeld uitval uitgevallen hersteld",
    "incap": "arbeidsongeschikt arbeidsongeschiktheid arbeidsongeschikte urenbeperking belastbaarheid unfit "
             "disabled disability incapacity "
             # how much of one person's earning power illness took ("haar WGA-percentage")
             "wga-percentage ao-percentage arbeidsongeschiktheidspercentage arbeidsongeschiktheidsklasse ao-klasse",
    "incap_weak": "ongeschikt arbeidsgeschikt beperkingen beperking",
    # a benefit for sickness or incapacity says something about the person's health
    "benefit": "iva-uitkering wga-uitkering wia-uitkering wao-uitkering wajong-uitkering zw-uitkering "
               "ziektewet-uitkering ziektewetuitkering wajonguitkering "
               # the WGA benefit after the wage-related one: only someone partly unfit for work gets it
               "loonaanvullingsuitkering",
    # the scheme's name alone ("zit in de WGA", "komt via de Wajong"): a person cue must still tie it to someone
    "benefit_bare": "wga iva wia wao wajong",
    # stiff joints in the morning: how a patient tells of rheumatism or back trouble in their own words
    "body": "pijn pain wond wonden stijfheid ochtendstijfheid",
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
    # "niercelcarcinoom", "pancreastumor", "levermetastasen"
    "carcinoom": "diag_strong", "carcinomen": "diag_strong", "tumor": "diag_strong", "tumoren": "diag_strong",
    "metastase": "diag_strong", "metastasen": "diag_strong",
    # an allergy or an intolerance to one food ("pinda-allergie", "notenallergie", "lactose-intolerantie")
    "allergie": "diag", "allergieën": "diag", "intolerantie": "diag",
    # medicines by the stems of their international names (WHO INN stems): sedatives, antidepressants,
    # beta blockers, ACE inhibitors, sartans, statins, stomach acid blockers, antipsychotics, antibodies
    "azepam": "treat", "azolam": "treat", "oxetine": "treat", "alopram": "treat", "traline": "treat",
    "olol": "treat", "opril": "treat", "sartan": "treat", "statine": "treat", "prazol": "treat",
    "tidine": "treat", "dipine": "treat", "apine": "treat", "triptan": "treat", "profen": "treat",
    "coxib": "treat", "floxacine": "treat", "cycline": "treat", "cilline": "treat", "umab": "treat",
    "ximab": "treat", "semide": "treat", "thiazide": "treat",
}
_PREFIX_TUPLE = tuple(_PREFIXES)
#: The end of a compound that names the organisation of care, not anyone's care: "ziekenhuisorganisatie",
#: "ziekenhuisdirectie", "kliniekwoordvoerder" (a "ziekenhuisopname" still is someone's).
_ORGANISATION_TAILS = ("organisatie", "organisaties", "directie", "bestuur", "bestuurder", "bestuurders",
                       "woordvoerder", "woordvoerster", "sector", "personeel", "medewerker", "medewerkers", "fusie",
                       "koepel", "branche", "gebouw", "locatie", "locaties", "terrein", "instelling", "instellingen")
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
#: Organs in front of "ziekte": the compound names a diagnosis.
_ORGANS = ("schildklier", "nier", "lever", "hart", "long", "darm", "spier", "huid", "bot", "gewricht", "bijnier",
           "alvleesklier", "zenuw", "oog", "bloed", "vaat", "hersen")
#: Two-word terms: second word -> (first words, group).
_PAIRS = {
    "beperking": ({"verstandelijke", "lichamelijke", "auditieve", "visuele"}, "diag_strong"),
    "beperkingen": ({"verstandelijke", "lichamelijke", "auditieve", "visuele"}, "diag_strong"),
    "klachten": ({"psychische", "lichamelijke", "fysieke", "depressieve", "chronische", "cognitieve",
                  "neurologische", "psychosomatische"}, "diag_strong"),
    "ziek": ({"chronisch", "ernstig", "langdurig"}, "diag_strong"),
    "covid": ({"long"}, "diag_strong"),
    # a decline of the mind or body: how a care file words dementia before a diagnosis
    "achteruitgang": ({"cognitieve", "lichamelijke", "fysieke", "geestelijke"}, "diag"),
    # the findings of an examination: "over de diagnostische bevindingen" in a note about one client
    "bevindingen": ({"diagnostische", "medische", "klinische"}, "diag"),
    "leave": ({"sick"}, "sick"), "sick": ({"off"}, "sick"),
    # "a WGA benefit", "WIA benefits": a benefit for incapacity, in English
    "benefit": ({"wga", "wia", "iva", "wao", "wajong", "incapacity", "disability", "sickness"}, "benefit"),
    "benefits": ({"wga", "wia", "iva", "wao", "wajong", "incapacity", "disability", "sickness"}, "benefit"),
}
_BROKEN = frozenset({"gebroken", "broken"})
#: What a limit is in, after "beperkingen": the rubrics of an assessment of what one person can do.
_LIMITED_IN = re.compile(r"[ \t]+(?:(?:heeft|hebben|had|ervaart|houdt)[ \t]+)?(?:in|op|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?"
                         r"(?:concentratie|aandacht|geheugen|belastbaarheid|tillen|lopen|staan|zitten|reiken|bukken|"
                         r"persoonlijk[ \t]+functioneren|sociaal[ \t]+functioneren|dynamische[ \t]+handelingen|"
                         r"statische[ \t]+houdingen|werktijden)\b")
_BROKEN_AFTER = (" gebroken", " broken", " gekneusd", " ontwricht", " uit de kom")
_BODY_PARTS = frozenset(
    "rug knie knieën schouder schouders nek heup pols enkel voet voeten benen armen longen buik maag rib ribben "
    "sleutelbeen teen vinger wervel wervels back knee knees shoulder neck hip wrist ankle arm leg".split())
_POSSESSIVES = frozenset({"mijn", "m'n", "zijn", "haar", "my", "his", "her"})
_BODY_ADJ = frozenset({"rechter", "linker", "left", "right", "slechte", "zere", "bad", "gebroken", "broken"})
#: A body part after one of these and a possessive is where a thing is, not a complaint: "een cheque onder zijn arm",
#: "een hand op haar schouder", "de tas over zijn schouder".
_PLACE_PREPOSITIONS = frozenset({"onder", "over", "om", "achter", "boven", "naast", "tegen", "langs", "rond",
                                 "under", "around", "behind"})  # (not "op": "een wond op zijn knie")
#: A gesture or an idiom with a body part, no complaint: "zakt door haar knieën", "gooit zijn armen in de lucht",
#: "haalt haar schouders op".
_GESTURE = re.compile(r"\bdoor[ \t]+(?:zijn|haar|mijn|z'n|m'n)[ \t]+knieën\b|\b(?:zijn|haar|mijn|z'n|m'n)[ \t]+"
                      r"(?:armen[ \t]+(?:in[ \t]+de[ \t]+lucht|omhoog|wijd|over[ \t]+elkaar)|schouders[ \t]+op)\b")


def _gesture(low: str, ws: int, we: int) -> bool:
    """Whether the body part at [ws, we) is part of a :data:`_GESTURE`."""
    m = _GESTURE.search(low, max(0, ws - 15), min(len(low), we + 16))
    return m is not None and m.start() <= ws and we <= m.end()


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
    # collapsing or losing consciousness: "was in elkaar gezakt", "zakte op straat in elkaar", "werd onwel"
    (r"\bin\s+elkaar\s+(?:is\s+|was\s+)?gezakt\b|\bzakte\s+(?:\w+\s+){0,3}in\s+elkaar\b"
     r"|\bonwel\s+(?:geworden|werd|wordt)\b|\b(?:werd|raakte|was|is)\s+bewusteloos\b", "diag"),
    # a birth that is due: "Mevrouw Nelom bevalt eind januari", "is uitgerekend op 3 mei" ("het bevalt hem goed"
    # is a liking, without a time)
    (r"\b(?:bevalt|zal\s+bevallen|gaat\s+bevallen)\s+(?:naar\s+verwachting\s+)?(?:eind|begin|half|medio|rond|"
     r"omstreeks)\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b"
     r"|\b(?:is|was)\s+uitgerekend\s+(?:op|voor|eind|begin|half|medio|rond|omstreeks)\b", "diag_weak"),
    # drinking as a habit that worries: "drinkt Kamiel continu", "drinkt dagelijks te veel", "jarenlang drinkt"
    (r"\b(?:drinkt|dronk)\s+(?:\w+\s+){0,2}(?:continu|continue|overmatig|te\s+veel|al\s+jaren|jarenlang)\b"
     r"|\b(?:jarenlang|overmatig|continu|continue)\s+(?:\w+\s+)?(?:drinkt|dronk)\b", "diag"),
    # living in a nursing home: "verblijft in een verpleeghuis"
    (r"\b(?:verblijft|verbleef|woont|woonde)\s+(?:\w+\s+){0,2}in\s+(?:een|het)\s+(?:verpleeghuis|verzorgingshuis|"
     r"hospice)\b", "treat"),
    (r"\b(?:overgegaan|verhuisd|verhuist|opgenomen|overgeplaatst|geplaatst)\s+(?:\w+\s+){0,2}naar\s+"
     r"(?:het\s+|de\s+|een\s+)?(?:verpleeghuis|verzorgingshuis|hospice|ouderenzorg|psychogeriatrie|ggz-kliniek)\b",
     "treat"),
)
_PHRASES = tuple((re.compile(p), g) for p, g in _PHRASE_LIST)
#: (one tuple of hint words per pattern of _PHRASE_LIST, in the same order)
#: A pattern is only run when one of its words is in the text (most texts have none: no scan at all).
_PHRASE_HINTS = (("bevallen",), ("leven", "stemmen"), ("weiger",), ("ziektewet",),
                 ("elkaar", "onwel", "bewusteloos"), ("bevalt", "bevallen", "uitgerekend"), ("drinkt", "dronk"), ("verpleeghuis", "verzorgingshuis", "hospice"),
                 ("verpleeghuis", "verzorgingshuis", "hospice", "ouderenzorg", "psychogeriatrie", "ggz-kliniek"))
#: How far a phrase may reach either way from its hint word.
_PHRASE_REACH = 80
_WORD_CHARS = frozenset("-'")
#: Occurrences looked at per word, and in total (a 10 MB text must not take minutes).
MAX_PER_KEY = 40
MAX_OCCURRENCES = 400


_PREV_WORDS = re.compile(r"[\w'-]+")


@lru_cache(maxsize=4096)
def word_weight(tok: str) -> tuple[float, str] | None:
    """(weight, kind) of a word on its own (no neighbours), or None."""
    if tok in _NOT_HEALTH:
        return None
    if tok in _EXACT:
        return _EXACT[tok]
    if len(tok) > 6:
        if _name_only(tok):
            return None  # "Crispijn" ends like "rugpijn", "Pijnacker" starts like "pijnstiller": a name is no compound
        if tok.startswith(_PREFIX_TUPLE):
            if tok.endswith(_ORGANISATION_TAILS):
                return None
            return _W[next(_PREFIXES[p] for p in _PREFIXES if tok.startswith(p))]
        if tok.endswith(_SUFFIX_TUPLE):
            suffix = next(x for x in _SUFFIXES if tok.endswith(x))
            head = tok[: -len(suffix)].rstrip("-")
            if len(head) >= 3 and (not suffix.startswith("operatie") or head.endswith(_MEDICAL_OPERATIONS)):
                if suffix == "ziekte" and head.endswith(_ORGANS):
                    return _W["diag"]  # "schildklierziekte", "nierziekte": a diagnosis, not "ziekte" in general
                return _W[_SUFFIXES[suffix]]
    return None


textcache.per_text(word_weight.cache_clear)


@lru_cache(maxsize=8192)
def _potential(tok: str) -> float:
    """The highest weight a word can get, with the best neighbours; 0 when it is no term."""
    best = 0.0
    if tok in _PAIRS:
        best = _W[_PAIRS[tok][1]][0]
    if tok in _BODY_PARTS:
        best = max(best, _W["diag_strong"][0])
    own = word_weight(tok)
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
            if prev in _POSSESSIVES and (prev2 in _PLACE_PREPOSITIONS or _gesture(low, ws, we)):
                return None
            if prev in _POSSESSIVES or (prev in _BODY_ADJ and prev2 in _POSSESSIVES):
                start = low.rfind(prev if prev in _POSSESSIVES else prev2, max(0, ws - 40), ws)
                return start, 0.55, "body"
    if tok in ("beperking", "beperkingen") and _LIMITED_IN.match(low, we, we + 80):
        return ws, *_W["incap"]  # "dat hij beperkingen heeft in concentratie": an assessment, not a word in general
    own = word_weight(tok)
    return (ws, *own) if own else None


#: Punctuation around words; hyphens and apostrophes inside a word are kept.
_PUNCT = str.maketrans({c: " " for c in ".,;:!?()[]{}<>\"`«»“”‘’*/\\|=+&%$#@^~_\u2026"})
_STRIP = ".,;:!?()[]{}<>\"'`«»“”‘’*/\\|=+&%$#@^~_\u2026-"
_INNER = re.compile(r"[^\w'-]+")
#: Weights below this cannot reach the threshold even with the strongest cue and bonus.
MIN_WEIGHT = 0.34


def candidates(low: str) -> list[tuple[float, str]]:
    """The distinct words of the text that may be health terms, strongest first.

    ``str.split`` over the text (C speed) and one look-up per distinct word: the cost grows
    with the length of the text only through ``split``.
    """
    words: set[str] = set()
    for raw in _distinct_words(low):
        tok = raw.strip(_STRIP)
        # (a word of letters only has no character of _INNER: every letter is a \w character; most words are such)
        if not tok.isalpha() and _INNER.search(tok):
            words.update(w.strip(_STRIP) for w in _INNER.split(tok))
        else:
            words.add(tok)
    out = []
    for tok in words:
        # (only a word of the tables, or a long one with a term's prefix or suffix, has a potential
        # above 0: the rest, most words of a text, are passed over without a call)
        if tok in _TERM_WORDS or len(tok) > 6 and (tok.startswith(_PREFIX_TUPLE) or tok.endswith(_SUFFIX_TUPLE)):
            weight = _potential(tok)
            if weight >= MIN_WEIGHT:
                out.append((weight, tok))
    out.sort(reverse=True)
    return out


#: The words :func:`_potential` finds in its tables (a longer word may also have a term's prefix or suffix).
_TERM_WORDS = frozenset(_EXACT) | frozenset(_PAIRS) | _BODY_PARTS


#: ``_distinct_words`` splits the text a block of about this many characters at a time.
_SPLIT_BLOCK = 1_000_000


def _distinct_words(low: str) -> set[str]:
    """``set(low.split())``, split a block at a time: one ``split`` of a 10 MB text held a list of
    all its words at once (some 95 MB). Each block ends at a space, so no word is cut in two."""
    words: set[str] = set()
    n = len(low)
    pos = 0
    while pos < n:
        end = pos + _SPLIT_BLOCK
        if end < n:
            cut = low.find(" ", end)
            end = n if cut < 0 else cut
        words.update(low[pos:end].split())
        pos = end
    return words


def _opens_quote(low: str, pos: int) -> bool:
    """The apostrophe before ``pos`` opens a quoted string (``title: 'Valrisico'`` in code), not "z'n"."""
    return low[pos - 1] == "'" and (pos == 1 or not (low[pos - 2].isalnum() or low[pos - 2] in _WORD_CHARS))


def _closes_quote(low: str, end: int) -> bool:
    """The apostrophe at ``end`` closes a quoted string, not "baby's"."""
    return low[end] == "'" and (end + 1 == len(low) or not low[end + 1].isalnum())


def occurrences(low: str, word: str):
    """Yield ``(start, end, weight, kind)`` for each whole-word occurrence of ``word``."""
    pos = low.find(word)
    n = 0
    while pos >= 0 and n < MAX_PER_KEY:
        end = pos + len(word)
        if (pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] in _WORD_CHARS) or _opens_quote(low, pos)) and \
                (end == len(low) or not (low[end].isalnum() or low[end] in _WORD_CHARS) or _closes_quote(low, end)):
            n += 1
            hit = _classify_at(low, pos, end)
            if hit is not None:
                yield hit[0], end, hit[1], hit[2]
        pos = low.find(word, end)


def abbreviations(text: str, low: str) -> list[tuple[int, int, float, str]]:
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


def sentence_kinds(low: str, s: int, e: int) -> set[str]:
    """Kinds of the clear health words (weight >= 0.5) in one sentence."""
    kinds = set()
    for tok in low[s:e].translate(_PUNCT).split():
        hit = word_weight(tok.strip("-'"))
        if hit and hit[0] >= 0.5:
            kinds.add(hit[1])
    return kinds
