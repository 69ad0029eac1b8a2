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

The words and their weights are in :mod:`detectors.categories.health_terms`; who the text is
about (names, roles, the labels and shapes of a file about one person) in
:mod:`detectors.categories.health_context`; this module ties the two together.
"""
from __future__ import annotations

import re

from detectors import quotes
from detectors.regexgate import gated
from detectors import tables
from detectors.tables import key_name
from detectors.categories._text import sentence_at
from detectors.categories.health_context import (
    FML_ITEM,
    LIMIT_ITEM,
    MEASURE_ITEM,
    MEDICAL_HEADING,
    MEDICATION_LINE,
    Context,
    build_context,
)
from detectors.categories.health_terms import (
    MAX_OCCURRENCES,
    MIN_WEIGHT,
    abbreviations,
    candidates,
    occurrences,
    sentence_kinds,
    word_weight,
)
from detectors.categories.markers import Evidence
from detectors.names import lexicon as _lexicon  # the shipped name list, read only
from detectors.vocabulary import dutch_words

__all__ = ["Context", "build_context", "health"]

_KIND_REASON = {
    "diagnosis": "een ziekte of aandoening",
    "treatment": "een behandeling, operatie of arts",
    "sick": "een ziekmelding of verzuim",
    "incapacity": "arbeidsongeschiktheid of beperkingen",
    "body": "lichamelijke klachten",
}

_GENERIC_BEFORE = re.compile(
    r"(?i)\b(?:mensen|personen|werknemers|werkenden|jongeren|ouderen|vrouwen|mannen|cliënten|klanten|burgers|"
    r"uitkeringsgerechtigden|werkzoekenden|patiënten|iemand|degenen|deelnemers|aanvragers|een\s+(?:vrouw|man|"
    r"werknemer|persoon|cliënt|jongere|klant)|people|someone|employees|workers|patients)\b[^.!?\n]{0,30}$")
_GENERIC_AFTER = re.compile(
    r"(?i)[\s-]*(?:ex-)?(?:werknemers|mensen|medewerkers|cliënten|jongeren|collega's|werkenden|personen|"
    r"employees|people|workers|uitkeringsgerechtigden)\b")
#: A sentence about many people or with figures speaks in general, whoever the paragraph named.
_GROUP = re.compile(r"(?i)\b(?:mensen|personen|werknemers|jongeren|ouderen|vrouwen|mannen|cliënten|patiënten|"
                    r"nederlanders|kinderen|iedereen|people|patients|children|adults|humans|families|participants)\b"
                    r"|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+(?!\d)|\d\s*(?:procent|%)"
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
#: How it usually goes: a sentence with "the patient" and one of these speaks of every patient.
_HOW_IT_USUALLY_GOES = re.compile(r"(?i)\b(?:vaak|meestal|doorgaans|gewoonlijk|veelal|usually|often|typically|"
                                  r"generally)\b")
_QUOTED = re.compile(r"\s*['" + quotes.DOUBLE + "‘’]")
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
_ROLES_OF_ONE = (r"\s+(?:cliënte?|client|klant|betrokkene|werknemer|werkneemster|medewerker|medewerkster|"
                 r"collega|verzekerde|aanvrager|aanvraagster|belanghebbende|patiënte?|patient|zoon|dochter|moeder|"
                 r"vader|partner|echtgeno(?:ot|te)|teamleider|leidinggevende|employee|colleague|bewoner|bewoonster|"
                 r"zorgvrager)\b")
# "mijn vrouw", "haar man", "ons zoontje": one family member of a person in the text
_FAMILY = (r"\s+(?:man|vrouw|kind|zoontje|dochtertje|"
           r"vriend|vriendin|broer|zus|opa|oma|schoonmoeder|schoonvader|husband|wife|son|daughter)\b")
# (each alternative opens with the set of its words' first letters, in both cases, and "\b" is a look behind after
# it, the rest case-insensitive: ``re`` skips in C to those letters; tests/detectors/test_regex_first_char.py compares
# it with "(?i)\b(?:de|deze|die|onze|ons|mijn|m'n|uw|jouw|je|zijn|haar|the|our|my|this|that)" + _ROLES_OF_ONE +
# "|\b(?:mijn|m'n|zijn|z'n|haar|onze|ons|my|his|her|our)" + _FAMILY)
_ROLE = re.compile(r"[DdOoMmUuJjZzHhTt](?<!\w.)(?i:(?:(?<=[Dd])(?:e|eze|ie)|(?<=[Oo])(?:nze|ns|ur)"
                   r"|(?<=[Mm])(?:ijn|'n|y)|(?<=[Uu])w|(?<=[Jj])(?:ouw|e)|(?<=[Zz])ijn|(?<=[Hh])aar"
                   r"|(?<=[Tt])(?:he|his|hat))" + _ROLES_OF_ONE + ")"
                   r"|[MmZzHhOo](?<!\w.)(?i:(?:(?<=[Mm])(?:ijn|'n|y)|(?<=[Zz])(?:ijn|'n)|(?<=[Hh])(?:aar|is|er)"
                   r"|(?<=[Oo])(?:nze|ns|ur))" + _FAMILY + ")")
#: A file note: "Cliënt geeft aan ...", "Klant belt: ..." at the start of a line, without an article.
# (a care home's note calls its client "bewoner" or "zorgvrager")
_ROLE_START = re.compile(r"(?im)^\W{0,20}(?:cliënte?|client|klant|betrokkene|werknemer|medewerker|verzekerde|"
                         r"patiënte?|collega|teamleider|leidinggevende|bewoner|bewoonster|zorgvrager)"
                         r"\b(?!\s*:)")
#: "Mw." or "Dhr." without a name behind it: how a care file refers to its one client ("Mw. heeft
#: een hemiparese links", "afspraken met mw."), never a role in general.
_BARE_TITLE = re.compile(r"\b(?:[Mm]w|[Mm]evr|[Dd]hr)\.(?!\s*(?:[A-Z]\.|[A-Z][a-z]))")
#: "Mevrouw" or "Meneer" written out as the subject of a sentence, a verb right behind it ("Mevrouw vertoont
#: toenemende stijfheid", "Meneer geeft aan dat ..."): a care report's one client; a public text names whom it
#: addresses ("Mevrouw De Vries", "mevrouw de voorzitter").
_BARE_SUBJECT = re.compile(r"(?m)(?:^|(?<=[.!?:|]))[ \t]*\n?[ \t]*(?:Mevrouw|Meneer|Mijnheer)[ \t]+"
                           r"(?:al[ \t]+|nu[ \t]+|zelf[ \t]+)?"
                           r"(?:[a-zà-ÿ]{2,}(?:t|de|te)|is|was|had|zat|lag|kon|wil|ging|kwam|kreeg|werd|viel|bleef|"
                           r"sliep|at|liep)\b")
#: (also "je", "jij", "jouw": said to one named person in a mail or a chat that greets them)
_YOU = re.compile(r"(?i)\b(?:u|uw|you|your|je|jij|jouw)\b")
_YOUR_NEAR = re.compile(r"(?i)\b(?:je|jouw|uw|your)\s+(?:[\w-]+\s+){0,1}$")
_CONDITIONAL = re.compile(r"(?i)^\W{0,20}(?:als|wanneer|indien|zodra|bent u|wordt u|heeft u|kunt u|was u|if|when)\b")
_WORD = re.compile(r"[^\W\d_][\w'-]*")

#: A role word without an article ("is betrokkene niet belastbaar"): one person only in a file about one person.
_ROLE_BARE = re.compile(r"(?i)\b(?:cliënte?|betrokkene|verzekerde|patiënte?|werknemer|werkneemster|bewoner|"
                        r"bewoonster|zorgvrager)\b")
#: A first name that opens a care note or follows "bij" ("Daan weigert ...", "Wondzorg bij Henny").
_NAME_OPENS = re.compile(r"[^\w]{0,5}(?:[\w-]{2,20}\s*:\s*)?([^\W\d_]{2,20})\s+(?:al\s+|nu\s+|weer\s+|ook\s+)?"
                         r"([a-zà-ÿ]+)")
#: The verb after a first name that opens a note: a present or past singular ("weigert", "hoort", "is", "kreeg").
_SINGULAR = re.compile(r"[a-zà-ÿ]+(?:t|de|te)|is|was|had|zat|lag|kon|wou|ging|kwam|kreeg|werd|viel|bleef|sliep"
                       r"|at|liep")
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
_FHIR_TYPES = (r"Condition|Procedure|MedicationStatement|MedicationRequest|MedicationDispense|MedicationAdministration|"
               r"AllergyIntolerance|Observation|Encounter|CarePlan|DiagnosticReport|Immunization|FamilyMemberHistory|"
               r"ClinicalImpression|Flag|Consent|ServiceRequest|NutritionOrder|DeviceUseStatement|"
               # who treats one patient: their care team and episode of care
               r"CareTeam|EpisodeOfCare|"
               # an appointment with a care provider: that the person is treated there
               r"Appointment|"
               # a report about the patient (a radiology report it points at) and the images of an examination
               r"DocumentReference|ImagingStudy")
_FHIR_CLINICAL = re.compile(
    r"(?m)^[ \t{,]*\"?(?:InstanceOf|resourceType)\"?[ \t]*[:=][ \t]*\"?(?:" + _FHIR_TYPES + r"|ACP\w*|\w*-?Problem)\b"
    # an instance of a profile named after a clinical resource ("InstanceOf: ZvlReferralServiceRequest")
    # (or by its URL: "InstanceOf:
    # https://profiles.ihe.net/ITI/MHD/StructureDefinition/IHE.MHD.Minimal.DocumentReference")
    r"|^InstanceOf:[ \t]*(?:https?://[\w./-]*[/.])?[A-Za-z-]*(?:" + _FHIR_TYPES + r")[A-Za-z-]*[ \t]*$"
    # the same resources in XML, and a coded clinical finding of one (SNOMED, LOINC) in a fragment of one
    r"|<(?:" + _FHIR_TYPES + r")[ \t]+xmlns=\"http://hl7\.org/fhir\""
    r"|<system[ \t]+value=\"http://(?:snomed\.info/sct|loinc\.org)\""
    # a fragment cut from a record: a coded procedure or finding in FSH (Dutch FSH names SNOMED "$sct"), a link to
    # a clinical resource, an element only a clinical resource has (a vaccine, a medication, a body site)
    # (FSH nests its rules by indenting them: "  * code = $loinc#51847-2")
    r"|^[ \t]*\*?[ \t]*(?:code|valueCodeableConcept)[ \t]*=[ \t]*\$(?:snomed|sct|loinc)#\d"
    r"|<reference[ \t]+value=\"(?:" + _FHIR_TYPES + r")/"
    # a fragment whose subject is a patient (an observation, a condition), or the end of a clinical resource
    r"|<subject>\s*<reference[ \t]+value=\"Patient/|</(?:" + _FHIR_TYPES + r")>"
    r"|<(?:vaccineCode|medicationCodeableConcept|clinicalStatus|bodySite)>"
    # a code in the narrative that FHIR generates: "(SNOMED 80146002)", "(40983000 - SNOMED CT)", "(8867-4 - LOINC)"
    r"|\((?:SNOMED(?:[ \t]CT)?[ \t]\d{6,18}|\d{6,18}[ \t]-[ \t]SNOMED(?:[ \t]CT)?|\d{1,7}-\d[ \t]-[ \t]LOINC)\)",
    re.M)
_FHIR_HINTS = ("InstanceOf", "resourceType", "hl7.org/fhir", "snomed.info/sct", "loinc.org", "$snomed#", "$loinc#",
               "$sct#", "<reference value=", "SNOMED", "LOINC", "<vaccineCode>")
#: The items of a record, how many make one (distinct activities for a list of limits), and what it is.
_RECORD_ITEMS = ((LIMIT_ITEM, 3, "wat een persoon nog kan, per activiteit met een grens"),
                 (MEDICATION_LINE, 2, "het medicijnoverzicht van een persoon"),
                 (MEASURE_ITEM, 2, "de uitkomsten van een lichamelijk onderzoek van een persoon"))
#: A FHIR resource that points at its patient by number ("subject": {"reference": "Patient/40211"}), by the instance of
#: its patient in FHIR Shorthand ("Reference(zvl-Patient-Ouwerkerk)"; a profile's "only Reference(Patient)" names the
#: type, no one), or in the subject line of the narrative that
#: FHIR generates ("Subject: Patient, Anna de Wit", "<b>Subject</b>: Testpatiënt (zib-Patient-07)").
_FHIR_PATIENT = re.compile(r"\bPatient/[\w.-]{1,64}|\bReference\((?!Patient\))[\w.-]{0,64}[Pp]atient[\w.-]{0,64}\)"
                           r"|\bSubject(?:</b>)?:[ \t]*(?:Patient,[ \t]*\w"
                           r"|[^\n<(]{1,80}\([\w.-]{0,64}Patient[\w.-]{0,64}\))")
_FHIR_PATIENT = gated(_FHIR_PATIENT)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: A coded clinical value in an HL7 version 3 or ADA message (as Dutch care systems exchange them): a value of a
#: message (xsi:type CE, CD or CV, not the <concept> of a code list) coded in SNOMED CT, ICD-10, ICPC or LOINC, with the
#: words of the finding: "code="276601004" codeSystem="2.16.840.1.113883.6.96" displayName="verdenking foetale nood"".
_CODED_FINDING = re.compile(
    r"codeSystem=\"2\.16\.840\.1\.113883\.(?:6\.96|6\.3|6\.1|2\.4\.4\.31\.1)\"(?=[^<>]{0,300}?displayName=\"[^\"]{3,})"
    r"(?=[^<>]{0,400}?xsi:type=\"C[EDV]\")")
#: A filled-in value of a care record in XML that Dutch care systems exchange (an ADA instance of a Nictiz information
#: standard, an HL7 message): an element with a code of an HL7 code system (or, in the lighter ADA, a value) and the
#: words of the value, "<diagnose_gehoor conceptId="..." value="4" code="03" codeSystem="2.16.840.1.113883.2.4.4.40.413"
#: displayName="Gemengd gehoorverlies"/>", "<kleur_en_consistentie_vruchtwater value="2" displayName="Meconium"/>".
#: Group 1 is the element's name, group 2 the value's words.
_CODED_CARE_VALUE = re.compile(r"<([a-z][a-z0-9_]{2,80})[ \t][^<>]{0,400}?"
                               r"(?:codeSystem=\"2\.16\.840\.1\.113883\.[\d.]+\"|value=\"[^\"<>]{1,40}\")"
                               r"[^<>]{0,300}?displayName=\"([^\"<>]{3,120})\"")
#: What such an element holds when it is clinical: a diagnosis, a disease in the family, a test result, an allergy,
#: the course of a birth.
_CLINICAL_ELEMENT = re.compile(r"diagnose|ziekte|aandoening|uitslag|allergie|medicatie|klacht|bevinding|stoornis|"
                               r"afwijking|zwangerschap|verrichting|symptoom|letsel|handicap|"
                               # a birth: the waters, pain relief, a death around it
                               r"vruchtwater|pijnbestrijding|anesthesie|sterfte|bevalling|baring")
_LETTERS = re.compile(r"[^\W\d_]+")  # ("Hepatitis-B": the disease, without its type)
#: A data record (JSON, or a table's header row) with a client's or patient's number and a diagnosis
#: field: the diagnosis is that person's. A code list of diagnoses has no one's number.
_RECORD_ID = re.compile(r"\"(?:patient|patiënt|client|cliënt)[_-]?(?:id|nummer|nr)\"[ \t]*:|\"bsn\"[ \t]*:"
                        r"|\A[^\n]*?(?:^|[;,\t])(?:patient|patiënt|client|cliënt)[_ -]?(?:id|nummer|nr)(?=[;,\t]|$)"
                        r"(?=[^\n]*\n[^\n]*[;,\t])", re.M)
_RECORD_ID = gated(_RECORD_ID)  # (a text without its words skips the scan: see detectors/regexgate.py)
_RECORD_DIAGNOSIS = re.compile(r"\"(?:diagnose|diagnosis|hoofddiagnose|aandoening)\"[ \t]*:[ \t]*\"[^\"\n]{2,}\""
                               r"|\A[^\n]*?(?:^|[;,\t])(?:diagnose|diagnosis|hoofddiagnose|aandoening)(?=[;,\t]|$)",
                               re.M)

#: A dose that was prescribed, started or changed: an act of care for one patient, told as a fact
#: ("heeft sertraline 50 mg voorgeschreven", "Dosis verhoogd naar 800 mg", "gestart met naproxen 250 mg").
#: A leaflet says what to take ("Gebruik 50 mg per dag") or what a doctor may do ("kan verhogen").
_MG = r"\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|µg|ml)\b"
_DOSE_ACT = re.compile(
    r"\b" + _MG + r"[^\n]{0,30}?\b(?:voorgeschreven|toegevoegd|gestart|gegeven|toegediend|verhoogd|verlaagd|"
    r"opgehoogd|afgebouwd|prescribed|started|increased|reduced)\b"
    r"|\b(?:dosis|dosering)[ \t]+(?:[a-zà-ÿ-]+[ \t]+)?(?:verhoogd|verlaagd|opgehoogd|teruggebracht)[ \t]+(?:naar|tot)"
    r"[ \t]+" + _MG +
    r"|\b(?:gestart|begonnen|started)[ \t]+(?:met|on)[ \t]+[a-zà-ÿ-]{4,30}[ \t]+" + _MG)
_DOSE_ACT = gated(_DOSE_ACT)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: The reader, or a group or a study: then a dose is advice or a result, not one patient's care.
_NOT_ONE_PATIENT = re.compile(r"\b(?:u|uw|je|jij|jouw|you|your|deelnemers|proefpersonen|participants|onderzoek|"
                              r"studie|study|trial)\b")
#: A line of a course by week ("Week 16: 4 x 4 uur; ..."): how one person's recovery went.
_WEEK_LINE = re.compile(r"(?m)^[ \t]{0,10}(?:[-•*][ \t]*)?(?:week|wk)\.?[ \t]*\d{1,2}[ \t]*[:–-][^\n]{0,300}")
#: Hours of work built up ("2 x 3 uur"), the measure of a return to work.
_HOURS = re.compile(r"\d[ \t]*x[ \t]*\d+(?:[.,]\d+)?[ \t]*uur\b")
#: An example (a schedule on a page, sample rows for a database) is nobody's data ("Voorbeelddata").
_EXAMPLE = re.compile(r"voorbeeld|\bexamples?\b|\bsample")
_EXAMPLE = gated(_EXAMPLE)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: A consultation on a given date ("Uit het spreekuur van 12 november blijkt dat u ..."): a letter
#: about one reader's own assessment; a patient page never dates its "u".
_DATED_VISIT = re.compile(
    r"(?i)\b(?:spreekuur|onderzoek|gesprek|keuring|consult|afspraak)[ \t]+(?:van|op|d\.d\.)[ \t]+"
    r"(?:\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?|\d{1,2}[ \t]+(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*)\b")
_U = re.compile(r"(?i)\b(?:u|uw)\b")


#: A fall found in a care note ("Val uit bed", "Mw. aangetroffen op de grond", "found on the floor").
_FALL = re.compile(r"\bval[ \t]+(?:uit|van|in|op|bij|naast)[ \t]+(?:het[ \t]+|de[ \t]+)?(?:bed|stoel|trap|toilet|"
                   r"badkamer|douche|rolstoel)\b"
                   r"|\baangetroffen[ \t]+(?:[\w.:-]+[ \t]+){0,4}op[ \t]+de[ \t]+(?:grond|vloer)\b"
                   r"|\bfound[ \t]+(?:[\w-]+[ \t]+){0,3}on[ \t]+the[ \t]+floor\b"
                   r"|\bgevallen[ \t]+(?:uit|van|in|op|bij|naast)[ \t]+(?:het|de|haar|zijn)[ \t]+"
                   r"(?:bed|stoel|trap|toilet)\b")
_FALL = gated(_FALL)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: Who a care note is about when it names nobody: "the resident", or an incident report heading.
_CARE_SUBJECT = re.compile(r"(?i)\bthe[ \t]+(?:resident|patient|client)\b|^\W{0,5}(?:incident[ \t]*report|"
                           r"incidentmelding|incidentrapport|valincident|valmelding|mic-melding)", re.M)


def _fall(text: str, low: str) -> Evidence | None:
    """A fall of one client in a care note: the fall, and the note's one client ("Mw.", "Cliënte ...",
    "the resident", an incident report). Advice and news speak to the reader or of a group."""
    for m in _FALL.finditer(low, 0, 20_000):
        s, e = sentence_at(text, m.start())
        if _YOU.search(text, s, e) or _GROUP.search(text, s, e):
            continue
        if _BARE_TITLE.search(text, 0, 20_000) or _ROLE_START.search(text, 0, 20_000) or \
                _CARE_SUBJECT.search(text, 0, 20_000):
            return Evidence(0.7, "gezondheidsgegevens: een val of ongeluk van een cliënt", m.start(), m.end())
        return None
    return None


#: A row of a clinical table in a health record: a coded observation (SNOMED, LOINC, a zib code) and
#: its value, a number or a coded answer, in the next cell. A code list explains in words instead.
_CODED_VALUE = re.compile(r"\([\w.-]{1,40} - (?:snomed ct|loinc|2\.16\.840\.1\.113883[\d.]*)\)\">[^<\n]{0,80}</span>"
                          r"\s{0,80}</td>\s{0,80}<td>\s{0,80}(?:<span title=\"|-?\d)")
#: A patient by name beside their dentist or doctor in a data record: that person is in their care.
_PATIENT_FIELD = re.compile(r"\"(?:patient|patiënt)\"[ \t]*:[ \t]*\"[A-Z][a-zà-ÿ]")
_CARER_FIELD = re.compile(r"\"(?:dentist|tandarts|doctor|arts|huisarts|therapist|therapeut|fysiotherapeut|behandelaar|"
                          r"practitioner|specialist|psycholoog|psychiater)\"[ \t]*:[ \t]*\"[A-Z][a-zà-ÿ]")

#: A client or patient by full name as a field of a data record in code or seed data ("client: 'Maria Jansen'",
#: "'patient_name': \"Henk Brouwer\""); beside a care task or a diagnosis in the same record, that is their care.
_CLIENT_FIELD = re.compile(r"(?<![\w-])['\"]?(?i:client|cliënte?|patient|patiënte?|bewoner|resident)"
                           r"(?:_?(?i:name|naam))?"
                           r"['\"]?[ \t]*[:=][ \t]*['\"]([A-Z][a-zà-ÿ]+(?:[ \t]+(?:van|de|der|den|ten|ter)){0,2}"
                           r"[ \t]+[A-Z][a-zà-ÿ]+)['\"]")
_CLIENT_FIELD = gated(_CLIENT_FIELD)  # (a text without its words skips the scan: see detectors/regexgate.py)


#: A field of a client card or profile in code or seed data that says who the one person is: their name, age, client
#: code or birth date, with a value ("name: 'Sarah Mitchell'", "\"age\": 42", "clientCode: 'CLT-2024-0849'").
_WHO_FIELD = re.compile(r"(?<![\w-])['\"]?(?i:(?:client|cliënt|patient|patiënt|full)?_?(?:name|naam)|voornaam|"
                        r"achternaam|age|leeftijd|(?:client|cliënt|patient|patiënt)_?(?:code|id|nummer|nr)|bsn|"
                        r"geboortedatum|date_?of_?birth|birth_?date|dob)"
                        r"['\"]?[ \t]*[:=][ \t]*(?:['\"][A-Z0-9]|\d{1,3}\b)")
#: A health field of such a card with a value, text or a list of texts ("\"medication\": \"Medicatie X\"",
#: "diagnosis: 'Mild dementia'", "allergieën: ['Pinda']"). A data model without values has a type or an empty
#: string there ("medication: string", "\"medicatie\": \"\""); a form template dots or brackets.
_CARE_KEYS = (r"medicatie|medicijnen|medication|medications|medicines|allergie(?:ë|e)n|allerg(?:y|ies)|valrisico|"
              r"fall[_ ]?risk|diagnose|diagnoses|diagnosis|aandoening(?:en)?|hulpvra(?:ag|gen)|zorgvraag|"
              r"ondersteuningsvra(?:ag|gen)|ondersteuningsbehoefte|zorgbehoefte|care[_ ]?needs|help[_ ]?requests?|"
              r"support[_ ]?needs|beperkingen|klachten|signalen|medische[_ ]?voorgeschiedenis|medical[_ ]?history")
_CARE_FIELD = re.compile(r"(?<![\w-])['\"]?(?i:" + _CARE_KEYS + r")['\"]?[ \t]*[:=][ \t]*\[?[ \t]*['\"]"
                         # (a translation file gives the label itself: "medication": "Medicatie")
                         r"(?!(?i:string|text|tekst|onbekend|unknown|n\.?v\.?t\.?|null|none|todo|" + _CARE_KEYS +
                         r")['\"])[^\W_]")
_CARE_FIELD = gated(_CARE_FIELD)  # (a text without its words skips the scan: see detectors/regexgate.py)


def _client_record(text: str, low: str) -> Evidence | None:
    """A named client's record (between its braces, or the lines around the name) that holds a care word,
    or a client card: a record with who the person is (name, age, code) and a filled-in health field."""
    for n, m in enumerate(_CLIENT_FIELD.finditer(text, 0, 20_000)):
        if n >= 20:
            break
        s, e = _record_around(text, m.start(), m.end())
        if sentence_kinds(low, s, e) - {"incapacity"}:
            return Evidence(0.7, "gezondheidsgegevens: een cliënt of patiënt met naam in een gegevensrecord, "
                            "met zorg of een diagnose erbij", m.start(), m.end())
    for n, m in enumerate(_CARE_FIELD.finditer(text, 0, 20_000)):
        if n >= 20:
            break
        s, e = _record_around(text, m.start(), m.end())
        if _WHO_FIELD.search(text, s, e):
            return Evidence(0.7, "gezondheidsgegevens: een cliëntkaart of -profiel met gegevens over de gezondheid "
                            "of zorg van één persoon", m.start(), m.end())
    return None


def _record_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The record that holds [start, end): between its braces, or the lines around it."""
    open_ = text.rfind("{", max(0, start - 300), start)
    close = text.find("}", end, end + 300)
    s = open_ + 1 if open_ >= 0 else max(0, start - 150)
    e = close if close >= 0 else min(len(text), end + 150)
    return s, e


def _coded_record(text: str, low: str) -> Evidence | None:
    """Clinical values in a coded table, or a named patient with their carer in a data record."""
    if "</td>" in low:
        rows = _CODED_VALUE.finditer(low, 0, 20_000)
        first = next(rows, None)
        if first is not None and next(rows, None) is not None:
            return Evidence(0.7, "gezondheidsgegevens: meetwaarden uit een medisch dossier", first.start(), first.end())
    m = _PATIENT_FIELD.search(text, 0, 20_000)
    if m and _CARER_FIELD.search(text, 0, 20_000):
        return Evidence(0.7, "gezondheidsgegevens: een patiënt met naam bij een behandelaar", m.start(), m.end())
    return None


#: A note that leaves out its one subject ("Erkent concentratieproblemen.", "Voelt zich somber."): a verb
#: of telling or feeling opens the sentence. A page says "Heeft u ..." or speaks of "iemand met ...".
_IMPLICIT_SUBJECT = re.compile(r"(?i)(?:^|[\"':;])[ \t]*(?:erkent|ervaart|ervoer|geeft[ \t]+aan|gaf[ \t]+aan|"
                               r"meldt|meldde|voelt[ \t]+zich|voelde[ \t]+zich|slaapt|sliep|klaagt|klaagde|vertelt|"
                               r"vertelde|ontkent|herkent|oogt|oogde|benoemt)\b", re.M)
#: A status form of one person: slaap, stemming, pijn ... each rated ("Slaap: Slecht door pijn", "Stemming:
#: Wisselend"). A page of tips gives advice after the label ("Slaap: ga op vaste tijden naar bed").
_STATUS_LINE = re.compile(r"(?m)^[ \t]{0,10}(?:[-•*][ \t]*)?(slaap|stemming|concentratie|stress|eetlust|energie|"
                          r"vermoeidheid|pijn|humeur|geheugen|mobiliteit)[ \t]*:[ \t]*(?:goed|slecht|wisselend|matig|"
                          r"redelijk|voldoende|onvoldoende|beperkt|verminderd|laag|hoog|somber|zorgen|onrustig|"
                          r"gespannen|vlak|wisselt|moeizaam|gestoord|onderbroken|weinig|veel|nauwelijks)\b")


#: A filled-in form of one person with health fields: "Pijnmedicatie: Paracetamol en Diclofenac", "Pijn op schaal 1-10:
#: Gemiddeld 6", "Diagnose: hernia L4-L5". An empty form has dots, lines or brackets after its labels, and a page about
#: an illness asks a question or names no value ("Diagnose: hoe stelt de arts het vast?").
_HEALTH_FIELD = re.compile(r"(?m)^[ \t]{0,10}(?:[-•*][ \t]*)?(pijnmedicatie|medicatie|medicijnen|medicijngebruik|"
                           r"diagnoses?|klachten|pijnscore|pijn(?:[ \t]+op[ \t]+(?:een[ \t]+)?schaal[^:\n]{0,12})?|"
                           r"beperkingen|behandeling|behandelaars?|allergie(?:ë|e)n|hulpmiddelen)[ \t]*:[ \t]*"
                           r"([^\W_][^\n?]{1,79})$")


#: A vital sign measured on one patient, with its value: "RR 165/93", "bloeddruk: 98/60", "hartslag 230bpm", "pols 92",
#: "saturatie 95%", "temperatuur 38.9", "ademhalingsfrequentie van 25" (lowered text). A page gives a range or a norm
#: ("tussen 60 en 100", "lager dan 140/90"), research an average.
_VITAL = re.compile(r"\b(?:(rr|bloeddruk|tensie)[ \t]*:?[ \t]*(?:van[ \t]+)?\d{2,3}[ \t]*/[ \t]*\d{2,3}\b"
                    r"|(hartslag|hartfrequentie|pols|saturatie|sat|spo2|temperatuur|temp|ademhalingsfrequentie|af)"
                    r"[ \t]*:?[ \t]*(?:van[ \t]+)?\d{2,3}(?:[.,]\d)?[ \t]*(?:%|bpm|/min|per[ \t]+minuut|°c?)?"
                    r"(?![ \t]*(?:-|–|tot|en)[ \t]*\d))")
#: A norm, a range or a group: the values are no one's measurement.
_VITAL_GENERAL = re.compile(r"\b(?:normaal|normale|gemiddeld|gemiddelde|tussen|lager[ \t]+dan|hoger[ \t]+dan|boven|"
                            r"onder|streefwaarde|deelnemers|patiënten|mensen|u|uw|je|jouw)\b")


def _vital_signs(text: str, low: str) -> Evidence | None:
    """Three different vital signs with their values within a few lines (one patient's check), in sentences
    that give no norm, range or average and speak to no reader."""
    found: dict[str, re.Match] = {}
    for m in _VITAL.finditer(low, 0, 20_000):
        s, e = sentence_at(text, m.start())
        line_s = low.rfind("\n", 0, m.start()) + 1
        if _VITAL_GENERAL.search(low, max(s, line_s, m.start() - 80), min(e, m.end() + 80)):
            continue
        kind = (m.group(1) or m.group(2))
        kind = {"rr": "bloeddruk", "tensie": "bloeddruk", "hartfrequentie": "hartslag", "pols": "hartslag",
                "sat": "saturatie", "spo2": "saturatie", "temp": "temperatuur", "af": "ademhalingsfrequentie"
                }.get(kind, kind)
        first = next(iter(found.values()), None)
        if first is not None and m.start() - first.start() > 600:
            found = {}  # (values far apart belong to different passages, not to one check)
        found.setdefault(kind, m)
        if len(found) >= 3:
            first = next(iter(found.values()))
            return Evidence(0.7, "gezondheidsgegevens: gemeten waarden van een patiënt, zoals bloeddruk en hartslag",
                            first.start(), m.end())
    return None


def _health_fields(low: str) -> Evidence | None:
    """Two health fields or more of one person's form, each filled in."""
    m = _distinct_lines(_HEALTH_FIELD, low, 2, key=lambda m: m.group(1).split()[0])
    if m is None:
        return None
    return Evidence(0.65, "gezondheidsgegevens: een ingevuld formulier met medicijnen, pijn of een diagnose",
                    m.start(), m.end())


#: Words of a column (lowered, searched anywhere in it) about a person: a name, a BSN, a patient, a client, an
#: employee. Two tests read columns with them, and they err in opposite directions, so each adds its own words:
#: - a table of people (:func:`_health_column`) is a finding: only a column that names or numbers the person
#:   counts, so :data:`_PERSON_HEADER` adds just the staff and citizen numbers;
#: - a code list (:func:`_in_code_list`) drops a finding: any column that points at a person keeps the health term,
#:   so :data:`_PERSON_COLUMN` adds more (a birth date, a customer, a member, a pupil, "person" itself).
_PERSON_WORDS = r"naam|name|bsn|patie|cli[eë]nt|medewerker|werknemer"
#: A header cell of a table of people and one about sickness or incapacity ("heeft_ziektewet_uitkering",
#: "verzuim_dagen", "arbeidsongeschiktheid_pct"), in the lowered text; and a cell that says no (or nothing).
_PERSON_HEADER = re.compile(_PERSON_WORDS + r"|personeelsnummer|burgerservicenummer")
_HEALTH_HEADER = re.compile(r"ziek|verzuim|arbeidsongeschikt|(?<![a-z])w[ig]a(?![a-z])|diagnose|aandoening|beperking|"
                            r"medicatie|allergie")
_NO_VALUE = frozenset({"", "false", "nee", "no", "n", "0", "-", "onwaar", "null", "none", "0%", "0,0", "0.0"})
#: (Not :mod:`detectors.tables`, whose readers the recognizers use: they split a line by its first separator only and
#: also by a comma, heed CSV quotes, end a table at a blank line and read up to 5,000 rows, so the same text would give
#: other findings here: "bsn,ziek" over "100000004,ja" is a table there, not here; "| bsn | ziek |", a blank line and
#: "| 100000004 | ja |" is one here, not there.)
_TABLE_SPLIT = re.compile(r"[|;\t]")
_TABLE_LINE = 2_000


def _health_column(low: str, text: str | None = None) -> Evidence | None:
    """A table of people (a Gherkin test's data table, a Markdown or CSV export) with a column about sickness or
    incapacity that is filled in for one of them: "| bsn | heeft_ziektewet_uitkering |" over "| 100000004 | true |".
    ``text``: the text ``low`` lowers (the recognizers' cached SQL tables are read from it), ``low`` when not given."""
    if not any(w in low for w in ("ziek", "verzuim", "arbeidsongeschikt", "wia", "wga", "diagnose", "aandoening",
                                  "beperking", "medicatie", "allergie")):
        return None
    ev = _health_insert(low if text is None else text, low)
    if ev is not None:
        return ev
    lines = low.split("\n", 400)[:400]  # (a table of people opens near the top of what is pasted)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for i, line in enumerate(lines[:-1]):
        if len(line) > _TABLE_LINE or not _TABLE_SPLIT.search(line):
            continue  # (a header line is short: a megabyte on one line is no table)
        cells = [c.strip() for c in _TABLE_SPLIT.split(line.strip().strip("|"))]
        health = [k for k, c in enumerate(cells) if len(c) <= 40 and _HEALTH_HEADER.search(c)]
        if not health or not any(len(c) <= 40 and _PERSON_HEADER.search(c) for c in cells):
            continue
        for j in range(i + 1, min(len(lines), i + 30)):
            row = lines[j]
            if len(row) > _TABLE_LINE:
                break
            values = [c.strip() for c in _TABLE_SPLIT.split(row.strip().strip("|"))]
            if len(values) != len(cells):
                if row.strip().strip("|").replace("-", "").replace("|", "").replace(":", "").strip():
                    break  # the table ended (a Markdown rule line "|---|---|" does not end it)
                continue
            if any(values[k] not in _NO_VALUE for k in health):
                return Evidence(0.65, "gezondheidsgegevens: een ingevulde kolom over ziekte of arbeidsongeschiktheid "
                                      "in een tabel van personen", starts[j], starts[j] + len(row))
    return None


def _health_insert(text: str, low: str) -> Evidence | None:
    """The same column in an SQL INSERT: "INSERT INTO child (id, allergieen, ..., contact_persoon) VALUES" with a row
    whose allergy is filled in ("(6, 'Pinda''s', ..., 'Jan de Vries')"). A product's or a menu's allergy column
    ("allergie_info", "allergenen") and a table whose only person column is a "naam" (of a product, a dish) are no one's
    health."""
    if "insert" not in low:
        return None
    # (the original text: the recognizers read the same tables of it, cached; the first rows are enough)
    for columns, rows in tables.sql_tables(text):
        names = [c.lower() for c in columns]
        health = [k for k, c in enumerate(names) if len(c) <= 40 and _HEALTH_HEADER.search(c)
                  and not _NOT_A_HEALTH_COLUMN.search(c)]
        if not health or not any(len(c) <= 40 and _INSERT_PERSON_COLUMN.search(c) for c in names):
            continue
        for row in rows[:_INSERT_ROWS]:
            if len(row) != len(columns):
                continue
            for k in health:
                a, b = row[k]
                if b > a and low[a:b].strip() not in _NO_VALUE | _NONE_WORDS:
                    return Evidence(0.65, "gezondheidsgegevens: een ingevulde kolom over ziekte, allergie of "
                                          "arbeidsongeschiktheid in een tabel van personen", a, b)
    return None


#: The words of a cell that says a person has none ("Geen" allergies).
_NONE_WORDS = frozenset({"geen", "niets", "nvt", "n.v.t.", "onbekend", "unknown", "n/a"})
#: A column of an INSERT that holds a person or points at one (no bare "naam": products and dishes have one too), and
#: an allergy column of a product or a menu ("allergie_info", "allergie_waarschuwing", "allergenen").
_INSERT_PERSON_COLUMN = re.compile(r"bsn|patie|cli[eë]nt|medewerker|werknemer|geboorte|birth|person|persoon|burger|"
                                   r"klant|deelnemer|leerling|student|kind|child|bewoner|voornaam|achternaam")
_NOT_A_HEALTH_COLUMN = re.compile(r"allerg\w*(?:info|waarschuwing|warning)|allergenen")
_INSERT_ROWS = 400


#: A field of a record in code or data, with its value: JSON, a JavaScript object, YAML ("verzuim_start: 2025-02-17").
_RECORD_FIELD = re.compile(r"[\"']?(?P<key>[a-z_][\w.-]{1,40}+)[\"']?[ \t]*[:=][ \t]*"
                           r"(?P<value>\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[^,;\n{}]{0,60})")
#: The key of the start or the date of someone's sick leave ("sicknessStartDate", "ziekmeldingDatum",
#: "verzuim_start"), compared without "_" and "-"; a sickness figure ("ziekteverzuim": "6,8%", "verzuimUren": 12) or a
#: condition ("ziektebeeld") is none.
_SICK_KEY = re.compile(r"sick(?:ness)?(?:leave)?(?:start|begin|since|from|date)|ziekmeld|ziekgemeld|"
                       r"ziekte?(?:start|begin|datum|sinds|vanaf)|verzuim(?:start|begin|datum|melding|sinds|vanaf)")
#: The key of the person a record is about (an employee, a client, a name), compared without "_" and "-"; a count
#: ("medewerkerAantal") is none.
_RECORD_PERSON_KEY = re.compile(_PERSON_WORDS + r"|employee")
_COUNT_KEY = re.compile(r"aantal|count|total|number(?!\w)|percentage|procent")
#: A value that says when sick leave began: a date, or code that works one out ("ago(43)", "new Date(...)").
_DATE_VALUE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|[a-z_.]{2,30}\(")
#: How far from its sick-leave field a record's person field is looked for (one record of seed data), and how many
#: sick-leave fields are tried (a text of such keys with nothing else costs no more than that).
_RECORD_REACH = 300
_SICK_FIELDS_TRIED = 20


def _person_field(m: re.Match) -> bool:
    """Whether the field ``m`` names or numbers the person of its record: a name, or an id ("werknemer_id: 4411")."""
    key = key_name(m.group("key"))
    if not _RECORD_PERSON_KEY.search(key) or _COUNT_KEY.search(key):
        return False
    value = m.group("value").strip().strip("\"'").strip()
    return value not in _NO_VALUE and "<" not in value and "{" not in value


def _sick_leave_record(low: str) -> Evidence | None:
    """A record of seed data or an export about one employee or client (a field names or numbers them) with the date
    their sick leave began filled in: ``{ employeeId: emp2, sicknessStartDate: "2025-01-06" }``. The declaration of
    such a record (``sicknessStartDate: Date;``), a placeholder ("YYYY-MM-DD") and a sickness figure fill in none."""
    tried = 0
    checked = -1  # (the end of the last field read: a stem inside it is not read again)
    for i in sorted(j for stem in ("sick", "ziek", "verzuim") for j in _finds(low, stem, 20_000)):
        if i < checked:
            continue
        start = max(low.rfind("\n", 0, i), low.rfind("{", 0, i), low.rfind(",", 0, i), low.rfind(" ", 0, i)) + 1
        m = _RECORD_FIELD.match(low, start)
        if m is None or not m.start("key") <= i < m.end("key"):
            continue
        checked = m.end()
        if not _SICK_KEY.search(key_name(m.group("key"))) or \
                not _DATE_VALUE.search(m.group("value")):
            continue
        tried += 1
        if tried > _SICK_FIELDS_TRIED:
            return None
        lo, hi = max(0, m.start() - _RECORD_REACH), m.end() + _RECORD_REACH
        if any(_person_field(p) for p in _RECORD_FIELD.finditer(low, lo, hi) if p.start() != m.start()):
            return Evidence(0.65, "gezondheidsgegevens: het verzuim van een medewerker in een bestand",
                            m.start(), m.end())
    return None


def _finds(low: str, stem: str, end: int):
    """Where ``stem`` occurs in ``low`` before ``end``."""
    i = low.find(stem, 0, end)
    while i >= 0:
        yield i
        i = low.find(stem, i + 1, end)


def _distinct_lines(rx: re.Pattern, low: str, need: int, key=lambda m: m.group(1)) -> re.Match | None:
    """The first match of ``rx`` in the head of ``low`` when ``need`` matches differ by ``key`` (one person's
    form or record: three rated status lines, two filled-in health fields, three activities with a limit)."""
    seen, first = set(), None
    for m in rx.finditer(low, 0, 20_000):
        first = first or m
        seen.add(key(m))
        if len(seen) >= need:
            return first
    return None


def _status_form(low: str) -> Evidence | None:
    """Three rated lines or more of one person's health status form."""
    m = _distinct_lines(_STATUS_LINE, low, 3)
    if m is None:
        return None
    return Evidence(0.65, "gezondheidsgegevens: hoe het gaat met iemands slaap, stemming of pijn", m.start(), m.end())


def _dose_act(text: str, low: str) -> Evidence | None:
    """A dose prescribed to or changed for one person, in a sentence that speaks to no reader and
    about no group or study."""
    if _EXAMPLE.search(low, 0, 20_000):
        return None
    for m in _DOSE_ACT.finditer(low, 0, 20_000):
        s, e = sentence_at(text, m.start())
        if _NOT_ONE_PATIENT.search(low, s, e) or _GROUP.search(text, s, e) or low[s:e].rstrip().endswith("?"):
            continue
        return Evidence(0.7, "gezondheidsgegevens: iemand kreeg een medicijn met een dosis voorgeschreven",
                        m.start(), m.end())
    return None


def _week_course(low: str) -> Evidence | None:
    """Two lines or more of a course by week with hours of work, and a health word in one of them,
    not said to the reader and not an example schedule."""
    if "week" not in low and "wk" not in low:
        return None
    lines = [m for m in _WEEK_LINE.finditer(low, 0, 20_000)][:40]
    hours = [m for m in lines if _HOURS.search(m.group())]
    if len(hours) < 2 or _EXAMPLE.search(low, 0, 20_000):
        return None
    if any(_YOU.search(m.group()) for m in lines):
        return None
    for m in lines:
        if sentence_kinds(low, m.start(), m.end()) - {"incapacity"}:
            return Evidence(0.7, "gezondheidsgegevens: het verloop van iemands herstel, week na week",
                            m.start(), m.end())
    return None


#: Who speaks, after a quote: a title or a role of someone who speaks for their field or their organisation
#: ("geeft prof. van Laar aan", "aldus een woordvoerder", "zegt hoogleraar Bos").
_EXPERT_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:zegt|zei|vertelt|vertelde|aldus|stelt|stelde|benadrukt|geeft|gaf|licht|legt|meldt)\b"
    r"[^.\n]{0,40}?"
    r"\b(?:prof\.|dr\.|hoogleraar|woordvoerder|woordvoerster|directeur|bestuurder|onderzoeker|wetenschapper|"
    r"deskundige|specialist|\w*(?:loog|chirurg|arts))", re.I)


def _expert_quote(text: str, s: int, ts: int, te: int) -> tuple[int, int] | None:
    """``(start, end)`` of the quote that holds the term at [ts, te) when an expert is said to speak it right after it,
    else None. The quote may run over more sentences than the term's (from ``s``), up to a blank line."""
    lo = max(s - 400, 0)
    for qs in range(ts - 1, lo - 1, -1):
        ch = text[qs]
        if quotes.apostrophe_at(text, qs):
            continue  # an apostrophe: "’s ochtends", "zo’n"
        if ch in quotes.CLOSING and ch not in quotes.OPENING or text[qs] == "\n" and text[qs - 1:qs] == "\n":
            return None
        if ch in quotes.OPENING:
            break
    else:
        return None
    hi = min(len(text), te + 600)
    for qe in range(te, hi):
        ch = text[qe]
        if ch in quotes.CLOSING and not quotes.apostrophe_at(text, qe):
            return (qs, qe + 1) if _EXPERT_AFTER.match(text, qe + 1) else None
        if ch == "\n" and text[qe + 1:qe + 2] == "\n":
            return None
    return None


def _cue(text: str, s: int, e: int, ts: int, te: int, ctx: Context) -> tuple[float, str]:
    """How strongly the sentence [s, e) points at one person for the term at [ts, te), or the turn
    of a transcript it stands in."""
    best, who = _sentence_cue(text, s, e, ts, te, ctx)
    if who in ("name", "role") and best > 0.45 and not (ctx.file_subject or ctx.care_note):
        quote = _expert_quote(text, s, ts, te)
        if quote is not None and not ctx.persons.inside(*quote) and not (
                ctx.names and ctx.names & set(_WORD.findall(text, *quote))):
            # "'De ziekte van Parkinson bestaat niet', geeft prof. van Laar aan", "'De patiënt kon dezelfde dag naar
            # huis', aldus een woordvoerder": an expert speaks about a disease or a treatment, named only outside
            # the quote
            best = 0.45 if who == "name" else best * 0.6
    if ctx.dialogue is not None and best < 0.9 and not ctx.law:
        # in a consultation "u" is the patient across the table, not every reader, and the answers'
        # "ik" is the patient too: "Heeft u nog klachten?" / "— Wisselend, de hoofdpijn kwam terug."
        role = ctx.dialogue.role_at(ts)
        if role and _CARE_JOB.search(text[ts:te].lower()) and _IS_A_JOB.search(text, max(0, ts - 40), ts):
            role = ""  # "Hoe lang bent u al huisarts?": the speaker's job, not their care
        if role == "a":
            best, who = 0.9, "first"
        elif role == "q":
            best, who = max(best, 0.85), who or "you"
    return best, who


def _sentence_cue(text: str, s: int, e: int, ts: int, te: int, ctx: Context) -> tuple[float, str]:
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
        if ctx.template:
            best = 0.5  # "in verband met mijn ziekmelding. Op [datum] meldde ik mij ziek": a model letter
    if best < 0.9 and _FIRST.search(sent):
        # "ik ben sinds maandag ziek", "heb ik veel pijn": the writer is the one who is ill;
        # "ik ben verzekeringsarts en wil uitleg over hernia": the writer only mentions it
        first = 0.9 if _FIRST_VERB_NEAR.search(text, max(s, ts - 80), ts) else 0.55
        if _QUOTED.match(text, s, e) and _ATTRIBUTION.search(text, s, min(len(text), e + 80)):
            first *= 0.5  # "'Ik had zelf een burn-out,' vertelt Marieke": a quote in a published story
        if ctx.instructive and not ctx.personal or ctx.template:
            first = min(first, 0.5)  # "Ik ben ziek. Wat moet ik doen?" heading a web page; a model letter
        if _title_case_line(text, s):
            first = min(first, 0.45)  # "Wat Moet Ik Doen Als Ik Ziek Word": a page heading in Title Case
        if first > best:
            best, who = first, "first"
    if best >= 1.0:
        return best, who
    damp = 0.4 if ctx.law else 1.0
    line = text.rfind("\n", s, ts) + 1 or s  # (a sentence may run on from a heading line above)
    if best < 0.8 and not ctx.instructive and not ctx.law and _IMPLICIT_SUBJECT.search(text, line, min(e, line + 60)) \
            and not (_YOU.search(sent) or sent.rstrip().endswith("?")):
        best, who = 0.8, "role"  # "Erkent concentratieproblemen.": a note about its one client
    if best < 0.9 and not ctx.law and _DATED_VISIT.search(sent) and _U.search(sent) and \
            not (_CONDITIONAL.match(sent) or sent.rstrip().endswith("?")):
        best, who = 0.9, "you"  # "Uit het spreekuur van 12 november blijkt dat u ...": one reader's own finding
    if best < 0.85 and (_BARE_TITLE.search(sent) or _BARE_SUBJECT.search(sent)):
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
    elif not ctx.instructive and _ROLE.search(sent) and not (_HOW_IT_USUALLY_GOES.search(sent) and not ctx.personal):
        # ("De patiënt heeft vaak al maanden pijn": how it goes for any patient, on a page about a disease)
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
#: Professions of care (the end of the word): beside a name they are that person's job.
_JOBS = r"arts|loog|loge|peut|iater|orthopeed|chirurg|internist|dokter|doctor|behandelaar|hygiënist"
_CARE_JOB = re.compile(r"(?:" + _JOBS + r")$")
#: Care institutions by name: the words of the institution rules below and of the care places.
_INSTITUTIONS = r"ziekenhuis|kliniek|polikliniek|hospital"
#: Places and professions of care: beside a name they say where someone works, not what they have.
_CARE_PLACES = re.compile(r"(?:" + _INSTITUTIONS + r"|ggz|clinic|crisisdienst|" + _JOBS + r")$")

#: Words that name a pandemic or mean "included" as often as a person's illness or admission.
_NOT_CARRIED = frozenset({"corona", "covid", "opgenomen", "admitted"})


#: "bent u al huisarts", "ik was verpleegkundige": a job, in a conversation.
_IS_A_JOB = re.compile(r"(?i)\b(?:ben|bent|is|was|werd|word|wordt|als)\b(?:\s+[\w'-]+){0,2}\s+$")
#: "als psychiater", "werkt als huisarts": a job.
_AS_BEFORE = re.compile(r"\b(?:als|as)\s+$")
#: "is", "was" or "werd" before a care profession, with at most four words between that are no preposition,
#: article or possessive: what someone is by profession ("was 27 jaar lang huisarts in Appingedam", "is sinds 2010
#: bedrijfsarts"); "was bij de huisarts", "is naar zijn psycholoog" are visits, and stay health data.
_WAS_THE_JOB = re.compile(r"(?i)\b(?:ben|bent|is|was|waren|werd|wordt|word)\s+"
                          r"(?:(?!(?:bij|naar|door|met|voor|van|onder|de|het|zijn|haar|mijn|je|jouw|uw|hun|ons|onze)\b)"
                          r"[\w'-]+\s+){0,4}$")
#: ... but a care note's shorthand leaves the article out: "vanmorgen is huisarts gebeld", "is psycholoog langs
#: geweest" (a participle within three words after the profession: a visit or a call, not a job).
_CALLED_IN = re.compile(r"(?:[ \t]+[\w'-]+){0,2}?[ \t]+(?:ge\w+(?:d|t|en)|langs|ingeschakeld|ingelicht|"
                        r"op[ \t]+de[ \t]+hoogte)\b")


#: A care institution as an organisation, right before the term, in two named parts of one pattern:
#: - what of it is meant: its board, its staff, its future, its building ("voorzitter van de raad van bestuur van het
#:   ziekenhuis", "de nieuwbouw van de kliniek"), not the place where someone is treated;
#: - someone's workplace: "zou vertrekken bij het ziekenhuis", "werkt al jaren in de kliniek", "in dienst van het
#:   ziekenhuis" (where one works, leaves or does an internship; not where one is treated).
_PART_OF = (r"bestuur|toezicht|commissarissen|directie|directeur|directrice|bestuurders?|bestuursvoorzitter|leiding|"
            r"management|woordvoerder|woordvoerster|werknemers|"
            r"toekomst|medewerkers|personeel|organisatie|financiën|begroting|fusie|gebouw|nieuwbouw|verbouwing|"
            r"opening|jubileum|geschiedenis|ondernemingsraad|besluit|beslissing|keuze|plannen|beleid|board|future|"
            r"staff|decision|policy")
_WORK_THERE = (r"werkt|werkte|werkten|werken|werkzaam|in[ \t]+dienst|vertrekt|vertrok|vertrokken|vertrekken|stopt|"
               r"stopte|solliciteert|solliciteerde|aan[ \t]+de[ \t]+slag|loopt[ \t]+stage|liep[ \t]+stage|"
               r"stage[ \t]+loopt")
_INSTITUTION_AS_ORGANISATION = re.compile(
    r"(?i)\b(?:"
    r"(?P<part>" + _PART_OF + r")[ \t]+(?:van|bij|of)[ \t]+(?:het|de|dit|deze|ons|onze|een|the|our)"
    r"|(?P<work>" + _WORK_THERE + r")[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:bij|in|op|van)[ \t]+"
    r"(?:het|de|dit|deze|ons|onze|een))"
    # (then perhaps one word: "de toekomst van het nieuwe ziekenhuis")
    r"[ \t]+(?:[\w-]+[ \t]+)?$")
#: A condition as what a researcher studies: "onderzoekt hoe astma ontstaat", "doet onderzoek naar dementie", "studies
#: how hypertension develops", "leads research into epilepsy" (not "onderzoek naar zijn epilepsie": his own).
_RESEARCH_TOPIC = re.compile(
    r"(?i)\b(?:onderzoekt[ \t]+(?:hoe|waarom|wat|of)|(?:doet|deed|leidt|leidde|doen|deden)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"onderzoek[ \t]+naar|research(?:es|ed|ing)?[ \t]+(?:into|on)|stud(?:ies|ied|y|ying)[ \t]+(?:how|why|what|whether)"
    r"|(?:is|zijn|are)[ \t]+(?:gespecialiseerd|specialized|specialised)[ \t]+in)"
    r"[ \t]+(?:(?!(?:zijn|haar|hun|mijn|his|her|their|my)[ \t])[\w-]+[ \t]+){0,3}$")
# (Searched in the 60 characters before every health term, and ``re`` tries it from each of them; a window without
# "onderzoek", "research", "stud", "gespecialiseerd", "specialized" or "specialised" is skipped at once. A reversed
# or cut-off window would give the same answers only with a pattern harder to read.)
_RESEARCH_TOPIC = gated(_RESEARCH_TOPIC)
#: A capitalised word before a capitalised health term that still says the term is a common noun ("Het Ziekenhuis").
_NOT_A_NAME_PART = frozenset({"de", "het", "een", "dit", "dat", "deze", "die", "ons", "onze", "mijn", "zijn", "haar",
                              "in", "naar", "uit", "bij", "van", "voor", "the", "a", "an", "our", "my", "his", "her"})
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'-]*)[ \t]+$")
_INSTITUTION_WORD = re.compile(r"(?:" + _INSTITUTIONS + r")\b", re.I)
#: The words of a patron's name before it ("Albert Schweitzer", "Reinier de Graaf").
_NAME_WORDS = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+(?:(?:de|van|der|den)[ \t]+)*){1,3}$")
# (_NAME_WORDS here and _FOR_OR_OF_THE below are searched in a window ending at the term like _RESEARCH_TOPIC, but
# only after a cheaper test passed (a capitalised word right before the term; an institution word). A split of the
# window's last words would have to copy what they match mid-word ("McDonald") and that "$" also holds before a line
# break ending the window: no simpler.)
#: The institution as an organisation, the ways that hold only before an institution word, in two named parts of one
#: pattern (apart from _INSTITUTION_AS_ORGANISATION: that one holds before any term, "het bestuur van de ggz"):
#: - what someone did for it: "heeft veel betekend voor het ziekenhuis", "zich veertig jaar ingezet voor het
#:   ziekenhuis", "gewerkt voor de kliniek" (its people and its history, no one's care there);
#: - someone of it: "vertelt Joost Verkerk van het ziekenhuis", case-sensitive, and only with a name found right
#:   before "van" (see _of_the_institution).
#: (_DONE_FOR shares "werkt" and "werkte" with _WORK_THERE, each list with its own words after it: "voor" here,
#: "bij", "in", "op" or "van" there. One list for both would also read "vertrok voor het ziekenhuis" and "is gedaan
#: in het ziekenhuis" (an operation) as the organisation; and here no word may stand between article and term.)
_DONE_FOR = r"betekend|betekent|betekende|gedaan|ingezet|inzet|gewerkt|werkt|werkte"
_FOR_OR_OF_THE = re.compile(
    r"(?:(?P<done>(?i:\b(?:" + _DONE_FOR + r")[ \t]+(?:veel[ \t]+|alles[ \t]+)?voor[ \t]+(?:het|de|ons|onze|dit|deze)))"
    r"|(?P<someone>[ \t]+(?:van|of)[ \t]+(?:het|de|the)))[ \t]+$")
# (The two parts never both match in one window: the word before its article is "voor" in one and "van" or "of" in
# the other, so the leftmost match is the one that each found alone.)


#: What may stand before a hospital's name that opens a sentence: an article, a dateline ("HOORN - Het ...").
_SENTENCE_OPENING = re.compile(r"[\W_]*(?:[A-Z]{2,}[ \t]*[-–—][ \t]*)?(?:(?:het|de|the)[ \t]+)?", re.I)


def _in_a_proper_name(text: str, ts: int, s: int) -> bool:
    """The term at ``ts`` is written in title case right after another capitalised word, and that name opens its
    sentence (from ``s``): a hospital or a clinic as the one who acts ("Het Meander Ziekenhuis heeft ... benoemd"),
    not the place where someone was treated ("is in het Antonius Ziekenhuis gedotterd")."""
    # (also in lower case after its patron's name: "Het Albert Schweitzer ziekenhuis staat ...")
    if not (text[ts:ts + 1].isupper() and text[ts + 1:ts + 2].islower() or _INSTITUTION_WORD.match(text, ts)):
        return False
    m = _WORD_BEFORE.search(text, max(s, ts - 40), ts)
    if m is None or not m.group(1)[:1].isupper() or m.group(1).lower() in _NOT_A_NAME_PART:
        return False
    if _SENTENCE_OPENING.fullmatch(text, s, m.start()) is not None:
        return True
    words = _NAME_WORDS.search(text, max(s, ts - 60), ts)  # a name of more words ("Het Albert Schweitzer ziekenhuis")
    return words is not None and _SENTENCE_OPENING.fullmatch(text, s, words.start()) is not None


def _job_of_the_named(text: str, ts: int, te: int, ctx: Context) -> bool:
    """The care profession at [ts, te) is the job of a person named right beside it: "huisarts
    Wouter Dekema", "Lieke Brandsma, huisarts te Zeist", "werkt X nu als psychiater"."""
    if not _CARE_JOB.search(text[ts:te].lower()):
        return False
    if ctx.persons.inside(te, te + 2) or _AS_BEFORE.search(text, max(0, ts - 4), ts) or \
            _WAS_THE_JOB.search(text, max(0, ts - 60), ts) and not _CALLED_IN.match(text, te):
        return True
    return text[max(0, ts - 2):ts] == ", " and ctx.persons.inside(ts - 3, ts - 2)


def _of_the_institution(text: str, lo: int, ts: int, ctx: Context) -> bool:
    """The term at ``ts`` is a care institution as an organisation (the window [lo, ts) before it says so): its board
    or its future, someone's workplace, what someone did for it, or a person named right before "van het" and an
    institution word, who works or speaks for it."""
    if _INSTITUTION_AS_ORGANISATION.search(text, lo, ts) is not None:
        return True
    # (what someone did for it and the named person hold only before an institution word: the cheap test first)
    if _INSTITUTION_WORD.match(text, ts) is None:
        return False
    m = _FOR_OR_OF_THE.search(text, lo, ts)
    return m is not None and (m.group("done") is not None or ctx.persons.inside(m.start() - 1, m.start()))


#: The cause of someone's death, right before the term: "overleed op 18 september aan een hartstilstand", "is gestorven
#: aan de gevolgen van een beroerte", "died last week of a heart attack". The law on personal data protects the
#: living; what someone died of is told in an obituary or a news item, and a living person's illness beside it
#: ("haar vader overleed; zij is ziek") is a term of its own, as is what someone nearly died of ("bijna overleden aan").
_DIED_OF = re.compile(r"(?i)(?<!bijna )(?<!haast )(?<!nearly )(?<!almost )"
                      r"\b(?:overleed|overleden|stierf|gestorven|died|passed[ \t]+away)\b[^.!?\n]{0,80}?"
                      r"[ \t](?:aan|of|from)[ \t]+(?:de[ \t]+gevolgen[ \t]+van[ \t]+|complications[ \t]+of[ \t]+)?"
                      r"(?:een[ \t]+|a[ \t]+|an[ \t]+)?(?:[\w-]+[ \t]+)?$")
_DEATH_WORDS = ("overle", "stierf", "gestorven", "died", "passed away")


def _died_of(text: str, low: str, s: int, ts: int) -> bool:
    """The term at ``ts`` is what someone died of (the sentence from ``s`` says so before it; ``low``: the text
    lowered, of the same length)."""
    lo = max(s, ts - 120)
    return any(low.find(w, lo, ts) >= 0 for w in _DEATH_WORDS) and _DIED_OF.search(text, lo, ts) is not None


#: "Guus is een man met dementie", "Zij was een vrouw met MS": "een man" says what the one before the verb is.
_IS_A = re.compile(r"(?i)\b(?:is|was|blijkt|bleek)\s+(?:nu\s+|al\s+|inmiddels\s+)?$")
_ONE_PERSON = re.compile(r"(?i)\b(?:hij|zij|ze|he|she|cliënt|client|cliënte|patiënt|patiënte|bewoner|bewoonster|"
                     r"betrokkene|(?:mijn|zijn|haar|onze)\s+(?:vader|moeder|man|vrouw|zoon|dochter|broer|zus|opa|oma|"
                     r"partner|vriend|vriendin|buurman|buurvrouw))\s+$")


def _generic_before(text: str, s: int, lo: int, ts: int, ctx: Context) -> bool:
    """Whether a group or "een vrouw" stands before the term at ``ts`` (``_GENERIC_BEFORE``, read from ``lo``), unless
    it is what a named person, "hij"/"zij", a client or a relative is ("Guus is een man met dementie", "Cliënt is een
    vrouw met diabetes"; ``s``: the sentence's start)."""
    m = _GENERIC_BEFORE.search(text, lo, ts)
    if m is None:
        return False
    if not m.group().lower().startswith("een"):
        return True
    verb = _IS_A.search(text, max(s, m.start() - 20), m.start())
    if verb is None:
        return True
    subject = text[max(s, verb.start() - 40):verb.start()]
    return not (ctx.persons.inside(max(s, verb.start() - 40), verb.start()) or _ONE_PERSON.search(subject))


def _not_about_someone(text: str, low: str, s: int, ts: int, te: int, ctx: Context) -> bool:
    """The term at [ts, te) in the sentence from ``s`` is about no one's health: a care institution as an employer or
    a workplace ("het Meander Ziekenhuis heeft ... benoemd", "de toekomst van het ziekenhuis", "werkt al jaren in het
    ziekenhuis"), a group ("werknemers met een burn-out"), a job beside a name ("huisarts Wouter Dekema", "Lieke
    Brandsma, huisarts te Zeist"), or what someone died of ("overleed aan een hartaanval")."""
    lo = max(s, ts - 60)
    return (_in_a_proper_name(text, ts, s) or _of_the_institution(text, lo, ts, ctx)
            or _RESEARCH_TOPIC.search(text, lo, ts) is not None
            or _generic_before(text, s, lo, ts, ctx)
            or _GENERIC_AFTER.match(text, te, min(len(text), te + 40)) is not None
            or _job_of_the_named(text, ts, te, ctx) or _died_of(text, low, s, ts)
            or _IN_GENERAL_BEFORE.search(text, lo, ts) is not None)


#: What a term stands for in general right before it: preventing it, or what a product or a course suits
#: ("helpt u met het voorkomen van gingivitis", "geschikt bij coeliakie", "bedoeld voor mensen met diabetes").
_IN_GENERAL_BEFORE = re.compile(r"(?i)\b(?:(?:het[ \t]+)?(?:voorkomen|voorkómen|preventie|bestrijding|bestrijden)"
                                r"[ \t]+van|(?:niet[ \t]+)?(?:geschikt|ongeschikt|bedoeld)[ \t]+(?:bij|voor))"
                                r"[ \t]+(?:(?:een|mensen[ \t]+met|wie)[ \t]+)?"
                                r"(?:[\w-]+[ \t]+(?:of|en)[ \t]+(?:een[ \t]+)?)?$")


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


#: An INSERT with its columns ("INSERT INTO `pijnkaart`(`pijnindex`, `pijnomschrijving`) VALUES"), and a column that
#: holds a person or points at one (a name, a patient, a client, a BSN, a birth date).
_INSERT_COLUMNS = re.compile(r"insert\s+into\s+[^\s(]{1,80}\s*\(([^()]{1,400})\)\s*values\b")
# (not detectors.tables.SQL_INSERT: that one wants the column list on one line and a table name of word characters,
# while a code list is often written with a column a line)
_PERSON_COLUMN = re.compile(_PERSON_WORDS + r"|geboorte|birth|person|burger|klant|deelnemer|lid\b|leerling|student")
#: How far back the INSERT of a value is looked for.
_INSERT_REACH = 2_000


def _in_code_list(low: str, ts: int) -> bool:
    """The term at ``ts`` is a value of an SQL INSERT into a table none of whose columns holds a person: a code list
    (a pain scale, a list of diagnoses) describes what may be, no one's health, even in a patient's words."""
    i = low.rfind("insert into", max(0, ts - _INSERT_REACH), ts)
    if i < 0 or ";" in low[i:ts]:
        return False  # (that INSERT ended before the term; a ";" inside a value reads the same: it stays health)
    m = _INSERT_COLUMNS.match(low, i)
    return m is not None and m.end() <= ts and _PERSON_COLUMN.search(m.group(1)) is None


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
    abbrevs = abbreviations(text, low)
    sql = "insert into" in low
    groups: list[tuple[float, str | None]] = [(w, tok) for w, tok in candidates(low)]
    if abbrevs:
        groups.append((max(a[2] for a in abbrevs), None))
        groups.sort(key=lambda g: -g[0])
    for potential, word in groups:
        if best is not None and potential + 0.16 <= best[0]:
            break  # words come strongest first: none of the rest can do better
        if evaluated > MAX_OCCURRENCES:
            break
        terms = abbrevs if word is None else occurrences(low, word)
        for ts, te, weight, kind in terms:
            if weight < MIN_WEIGHT or (best is not None and weight + 0.16 <= best[0]):
                continue
            evaluated += 1
            if evaluated > MAX_OCCURRENCES:
                break
            if ts > 0 and text[ts - 1] in "\\/=_.@":
                continue  # part of a path, link or address, not of a sentence
            if sql and _in_code_list(low, ts):
                continue
            s, e = sentence_at(text, ts)
            if _not_about_someone(text, low, s, ts, te, ctx):
                continue
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
            kinds = sentence_kinds(low, s, e) | {kind}
            score = weight * cue + (0.08 * min(2, len(kinds) - 1) if cue >= 0.8 else 0.0)
            if best is None or score > best[0]:
                best = (score, (ts, te, kind))
    # a care note has told whose history it is: a milder term tied to that patient is enough there
    if best is not None and best[0] >= (0.4 if ctx.care_note else 0.5):
        ts, te, kind = best[1]
        return Evidence(round(min(0.98, max(best[0], 0.6 if ctx.care_note else 0.0)), 3),
                        f"gezondheidsgegevens over een persoon: {_KIND_REASON[kind]}",
                        ts, te)
    if fallback is not None:
        ts, te, kind = fallback
        return Evidence(0.6, f"gezondheidsgegevens in een dossier over een persoon: {_KIND_REASON[kind]}", ts, te)
    if ctx.care_finding is not None:
        # what a care worker found in or advises one patient is health data, also in words the term list lacks
        # ("kan het aankleden niet meer zelfstandig")
        return Evidence(0.6, "gezondheidsgegevens: het verslag van een zorgverlener over één patiënt",
                        *ctx.care_finding)
    items = FML_ITEM.findall(low, 0, 20_000) if "beperkt" in low or "normaal" in low else ()
    if len(items) >= 2:
        m = FML_ITEM.search(low, 0, 20_000)
        return Evidence(0.7, "gezondheidsgegevens: een functionele mogelijkhedenlijst (FML) van een persoon",
                        m.start(), m.end())
    if not ctx.instructive:
        # a record by its items: what one person can still do, or what one examination measured
        for rx, need, what in _RECORD_ITEMS:
            if rx is MEDICATION_LINE and "mg" not in low and "ml" not in low:
                continue
            # (distinct activities; any lines)
            first = _distinct_lines(rx, low, need, key=(lambda m: m.group(1)) if rx.groups else (lambda m: m.start()))
            if first is not None:
                return Evidence(0.7, f"gezondheidsgegevens: {what}", first.start(), first.end())
        if not ctx.law:
            ev = _dose_act(text, low) or _week_course(low) or _fall(text, low) or _coded_record(text, low) or \
                _status_form(low) or _health_fields(low) or _vital_signs(text, low) or \
                _client_record(text, low) or _health_column(low, text) or _sick_leave_record(low)
            if ev is not None:
                return ev
        m = MEDICAL_HEADING.search(text, 0, 20_000) if ctx.file_subject and not ctx.law else None
        if m:
            return Evidence(0.6, "gezondheidsgegevens in een dossier over een persoon: een medisch onderdeel",
                            m.start(), m.end())
    if _RECORD_ID.search(low, 0, 20_000):
        m = _RECORD_DIAGNOSIS.search(low, 0, 20_000)
        if m:
            return Evidence(0.7, "gezondheidsgegevens: een diagnose in een gegevensrecord van een cliënt of patiënt",
                            m.start(), m.end())
    if (ctx.identified or _FHIR_PATIENT.search(text, 0, 20_000)) and any(h in text[:20_000] for h in _FHIR_HINTS):
        m = _FHIR_CLINICAL.search(text, 0, 20_000)
        if m:
            return Evidence(0.7, "een medisch dossier (FHIR) over een persoon met naam of nummer", m.start(), m.end())
    if "codeSystem=" in text:
        m = _CODED_FINDING.search(text, 0, 20_000)
        if m:
            return Evidence(0.65, "een gecodeerde bevinding in een zorgbericht (HL7)", m.start(), m.end())
    if "displayName=" in text:
        for m in _CODED_CARE_VALUE.finditer(text, 0, 20_000):
            if _CLINICAL_ELEMENT.search(m.group(1)) or any(
                    word_weight(w) for w in _LETTERS.findall(m.group(2).lower())):
                return Evidence(0.65, "een ingevulde medische waarde in een zorgdossier (HL7, ADA)", m.start(), m.end())
    if text.find("QuestionnaireResponse", 0, 20_000) >= 0 and _QUESTIONNAIRE_RESPONSE.search(text, 0, 20_000):
        m = _CODED_ANSWER.search(text, 0, 20_000)
        if m:
            return Evidence(0.65, "een ingevulde medische vragenlijst (FHIR) met gecodeerde antwoorden",
                            m.start(), m.end())
    return None


#: A filled-in questionnaire in FHIR (FSH or JSON): the answers of one patient, unlike the Questionnaire that asks.
_QUESTIONNAIRE_RESPONSE = re.compile(
    r"(?m)^[ \t{,]*\"?(?:InstanceOf|resourceType)\"?[ \t]*[:=][ \t]*\"?QuestionnaireResponse\b")
#: An answer coded in SNOMED CT or LOINC: a diagnosis, a stage, a finding ("valueCoding = $SCT#254637007 \"...\"").
_CODED_ANSWER = re.compile(r"(?i)valueCoding[ \t]*=[ \t]*\$(?:sct|snomed|loinc)#"
                           r"|\"valueCoding\"[ \t]*:[ \t]*\{[^{}]{0,200}\"http://(?:snomed\.info/sct|loinc\.org)\"")
