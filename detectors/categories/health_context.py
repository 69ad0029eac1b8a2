"""Who a text is about, for the health rule: names, roles, titles, the labels and shapes of a file
about one person (a care record, an FML, a medication round, an SBAR handover, a chat), and
whether the text speaks to every reader ("u") or cites law. See :func:`build_context`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import islice

from detectors.regexgate import gated
from detectors.categories._text import Spans

# ("ik" first and "\b" before it as a look-behind after it: ``re`` then skips to an "ik" in C)
_I = re.compile(r"ik(?<!\wik)\b")
# (The patterns that open with a set of letters and "(?<!\w.)": that is "\b" before the letter, and "(?<=[Mm])"
# picks the alternatives of the letter consumed. A pattern that opens with one character or one set of them lets
# ``re`` skip to such a character in C instead of trying every alternative at every position.
# tests/detectors/test_regex_first_char.py compares each with its "\b"-first form.)
_YOU_LOW = re.compile(r"u(?<!\w.)(?:|w)\b")
_TITLE_NAME = re.compile(r"[MmDdHh](?<!\w.)(?:(?<=[Mm])(?:evrouw|evr\.|w\.|eneer)|(?<=[Dd])(?:hr\.|e heer)|(?<=[Hh])eer)\s+"
                         r"(?:[A-Z]\.\s?){0,4}(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]e|[Ee]l|[Aa]l|'t)\s+){0,3}"
                         r"([A-Z][a-zà-ÿĀ-ž]+(?:-[A-Z][a-zà-ÿĀ-ž]+)?)")
#: "Hoi Jeroen,": a greeting names who a message is for, not whom a file is about.
_GREETING_LINE = re.compile(r"(?i)\W{0,3}(?:hoi|hi|hey|hallo|hello|beste|lieve|dag|goedemorgen|goedemiddag|"
                            r"goedenavond|geachte|dear)\b")
_PERSON_LABEL = re.compile(r"(?m)^[ \t]{0,20}(?:naam(?:[ \t]+(?:van[ \t]+de[ \t]+)?(?:cliënte?|client|klant|werknemer|"
                           r"betrokkene|patiënte?|aanvrager|verzekerde))?|cliënte?|client|werknemer|medewerker|"
                           r"medewerkster|betrokkene|patiënte?|patient|employee|verzekerde|aanvrager|name|full name)"
                           r"[ \t]*:[ \t]*([^\n]{1,80})")
#: The patient of a care record as FHIR writes it: ``"subject": {"reference": "Patient/...", "display": "Fictief,
#: Jan-Willem"}`` (a profile or a value set names no one there).
_RECORD_SUBJECT = re.compile(r'"(?:subject|patient)"[ \t]*:[ \t]*\{[^{}]{0,400}?"display"[ \t]*:[ \t]*"([^"\n]{2,80})"')
#: The value of such a label on an empty form or in a data model: lines, dots, an empty string, a type.
_NO_VALUE = re.compile(r"[ \t]*(?:[_.…\-–]{2,}|[\"']{2}|\[\]|(?:string|str|number|int|integer|text|varchar(?:\(\d+\))?|"
                       r"null|none|undefined|optional\[str\]))?[ \t]*[,;?|]?[ \t]*(?://[^\n]*)?")
#: Section labels of a medical or re-integration file about one person.
_MEDICAL_LABEL = re.compile(r"(?m)^[ \t]{0,20}[#*_-]{0,6}[ \t]{0,2}(?:anamnese|diagnose|beschouwing|medicatie|"
                            r"belastbaarheid|(?:medische[ \t]+)?voorgeschiedenis|conclusie verzekeringsarts|"
                            r"advies bedrijfsarts|hoofdklacht|klachtbeloop|beloop|werkdiagnose|behandeldoelen|"
                            # the domains of a care plan
                            r"psyche|somatiek|mobiliteit|adl|hulpvraag|zorgvraag|levensgeschiedenis|cognitie|"
                            # the sections of an English clinic's note or discharge summary
                            r"chief[ \t]+complaint|history[ \t]+of[ \t]+present[ \t]+illness|"
                            r"past[ \t]+medical[ \t]+history|"
                            r"hospital[ \t]+course|discharge[ \t]+diagnos[ie]s|review[ \t]+of[ \t]+systems)"
                            r"[ \t]*[*_]{0,3}[ \t]*:"
                            # the main labels with a word or two of their own ("Hoofdklacht bij intake:")
                            r"|^[ \t]{0,20}[#*_-]{0,6}[ \t]{0,2}(?:hoofdklacht|anamnese|werkdiagnose|diagnose|"
                            r"(?:medische[ \t]+)?voorgeschiedenis|klachtbeloop)(?:[ \t]+[\w()/-]{1,15}){1,2}"
                            r"[ \t]*[*_]{0,3}[ \t]*:"
                            # the impression of a diagnostic examination ("Voorlopige diagnostische indruk:")
                            r"|^[ \t]{0,20}[#*_-]{0,6}[ \t]{0,2}(?:[a-z]{2,15}[ \t]+)?(?:diagnostische[ \t]+indruk|"
                            r"differentia(?:al|le)[ \t]*diagnos\w{0,6})[ \t]*[*_]{0,3}[ \t]*:"
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
_MEDICAL_LABEL = gated(_MEDICAL_LABEL)  # (a text without its words skips the scan: see detectors/regexgate.py)
#: A label with nothing after it on its line, whose next line is another bare label or, after blank lines, a heading:
#: an empty template's field ("Vraagstelling:\nVoorgeschiedenis:\n\n## Subjectief"); "Anamnese:\nPatiënt klaagt
#: over ..." heads its text.
_EMPTY_FIELD = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:#|[^\n:]{1,40}:[ \t]*(?:\n|$))")
#: Blanks to fill in after a label ("Medicatie: ____________"): an empty form, about no one yet.
_BLANK = re.compile(r"[ \t]*(?:[_.…]{3,}|\[[ \t]*\])[ \t]*$", re.M)


#: A radiology or pathology report about one patient, named or not: why they are examined ("Klinische gegevens:",
#: "Gerichte vraagstelling:") and what was found, each filled in on lines of their own ("Verslag:", "Bevindingen:",
#: "Conclusie:", "Impressie:"). A hospital's page that tells a GP how to ask for an examination lists the first kind
#: of label, not the second (searched in the lowered text).
_REPORT_REASON = re.compile(r"(?m)^[ \t]{0,20}[#*_-]{0,6}[ \t]{0,2}(?:klinische[ \t]+gegevens|gerichte[ \t]+vraagstelling)"
                            r"[ \t]*[*_]{0,3}[ \t]*:")
_REPORT_FINDING = re.compile(r"(?m)^[ \t]{0,20}[#*_-]{0,6}[ \t]{0,2}(?:verslag|bevindingen|conclusie|impressie)"
                             r"[ \t]*[*_]{0,3}[ \t]*:")


def _clinical_report(low: str) -> bool:
    """A report's reason and its findings, both filled in (see :data:`_REPORT_REASON`)."""
    for rx in (_REPORT_REASON, _REPORT_FINDING):
        m = rx.search(low, 0, 20_000)
        if m is None or _BLANK.match(low, m.end()) or _EMPTY_FIELD.match(low, m.end()):
            return False
    return True


def _medical_label(low: str) -> bool:
    """A medical section label that is filled in, or heads the lines below it."""
    for n, m in enumerate(_MEDICAL_LABEL.finditer(low, 0, 20_000)):
        if n >= 50:
            break
        if not _BLANK.match(low, m.end()) and not _EMPTY_FIELD.match(low, m.end()):
            return True
    return False


#: A record calls its one client by a bare role or title, as the subject of a verb: "Werkneemster is",
#: "wn geeft aan", "Cliënte oogde", "S: mw. is" (searched in the lowered text; no article in front,
#: which is how a protocol or a course speaks of every client); also where a quoted cell of a CSV export of
#: reports opens (',"Cliënt heeft hulp nodig bij wassen"').
_BARE_SUBJECT = re.compile(r"(?m)(?:^[ \t]{0,20}(?:[a-z]{1,3}:[ \t]*)?|[.:;-][ \t]+['\"]?|,\")(?:cliënte?|betrokkene|werknemer|"
                           r"werkneemster|wn|patiënte?|pt|bewoner|bewoonster|zorgvrager|mw\.?|mevr\.|dhr\.?|"
                           # "Mevrouw (29) meldt zich", "Meneer is": a record's bare title, its age beside it
                           r"mevrouw|meneer)(?:[ \t]+\(\d{1,3}\))?[ \t]+"
                           r"(?:is|was|heeft|had|geeft|gaf|werkt|werkte|kan|kon|wil|wilde|krijgt|kreeg|wordt|werd|"
                           r"oogt|oogde|slaapt|sliep|eet|at|loopt|liep|ligt|lag|zit|zat|voelt|voelde|vertelt|vertelde|"
                           r"meldt|meldde|komt|kwam|gaat|ging|reageert|reageerde|ervaart|ervaarde|ontvangt)\b")
# _BARE_SUBJECT, asked only whether it matches, as two scans that ``re`` skips through in C: the line opening after a
# line break (searched in the text with one put before it: "^" also matches at its start), and the punctuation
# before (it opens with its character class). The rest of both is _BARE_SUBJECT's own (checked when loaded).
_BARE_TAIL = _BARE_SUBJECT.pattern[_BARE_SUBJECT.pattern.index(r"(?:cliënte?|"):]
_BARE_SUBJECT_LINE = re.compile(r"\n[ \t]{0,20}(?:[a-z]{1,3}:[ \t]*)?" + _BARE_TAIL)
_BARE_SUBJECT_AFTER = re.compile(r"(?:[.:;-][ \t]+['\"]?|,\")" + _BARE_TAIL)
assert _BARE_SUBJECT.pattern == (r"(?m)(?:^[ \t]{0,20}(?:[a-z]{1,3}:[ \t]*)?|[.:;-][ \t]+['\"]?|,\")" + _BARE_TAIL)


def _bare_subject(low: str) -> bool:
    """``bool(_BARE_SUBJECT.search(low))`` (tests/detectors/test_speed14_equivalence.py)."""
    return bool(_BARE_SUBJECT_AFTER.search(low) or _BARE_SUBJECT_LINE.search("\n" + low))


#: An item of a functional capacity list (FML, "4.18 Tillen of dragen: beperkt"): the assessment of one person.
FML_ITEM = re.compile(r"(?m)^[ \t]{0,10}\d\.\d{1,2}(?:\.\d{1,2})?[ \t]+[^\n:]{3,60}:[ \t]*"
                       r"(?:niet[ \t]+|licht[ \t]+|sterk[ \t]+)?(?:beperkt|normaal)\b")
#: The start of an item line ("- ", "• ", or none) and the unit of a dose, for the record shapes below.
_ITEM = r"(?m)^[ \t]{0,10}(?:[-•*][ \t]*)?"
_DOSE = r"[ \t]+\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|µg|ml|g|ie|e)\b"
#: What one person can still do, one activity a line, with its limit ("- Tillen: tot 7 kg", "Zitten:
#: maximaal 40 minuten"). Three different activities make a record; a vacancy names one or two.
LIMIT_ITEM = re.compile(_ITEM + r"(zitten|staan|lopen|wandelen|tillen|dragen|bukken|hurken|"
                        r"knielen|traplopen|trappenlopen|trap[ \t]+lopen|reiken|autorijden|rijden|fietsen|sjouwen|"
                        r"duwen|klimmen|concentreren|beeldschermwerk)\b[^\n:]{0,30}:[ \t]*[^\n]{0,40}?"
                        r"(?:\b(?:maximaal|max\.?|hooguit|niet|beperkt|nauwelijks|mogelijk|lukt)\b|<[ \t]*\d|"
                        r"\btot[ \t]+\d|\d+[ \t]*(?:min|minuten|uur|kg|km|meter)\b)")
#: A finding of one examination, measured in degrees or on a scale of pain or strength ("Flexie: 110°",
#: "VAS-score: 3/10"); a range from zero is a reference value of a textbook, not a finding.
MEASURE_ITEM = re.compile(_ITEM + r"(?:flexie|extensie|abductie|adductie|anteflexie|"
                          r"retroflexie|endorotatie|exorotatie|rotatie|lateroflexie|elevatie|vas(?:-score)?|nrs|"
                          r"pijn(?:score)?|kracht|slr|straight[ \t]+leg[ \t]+raising)\b[^\n:]{0,25}:[ \t]*"
                          r"[^\n]{0,30}?(?<!\b0-)(?<!\b0–)(?<!\d)(?:-?\d+[ \t]*°|\d+(?:[.,]\d)?[ \t]*/[ \t]*(?:10|5)\b)")
#: A medical section heading on a line of its own ("MEDISCHE VOORGESCHIEDENIS", "## Anamnese"); it tells
#: of health data only in a file that is already about one person (a health page has headings too).
MEDICAL_HEADING = re.compile(r"(?m)^[ \t]{0,10}(?:(?:#{1,4}[ \t]*|\*\*)?(?:ANAMNESE|DIAGNOSE|(?:MEDISCHE[ \t]+)?"
                             r"VOORGESCHIEDENIS|MEDICATIE|HOOFDKLACHT|MEDISCHE[ \t]+GEGEVENS|MEDISCH[ \t]+ADVIES)"
                             r"|(?:#{1,4}|\*\*)[ \t]*(?i:anamnese|diagnose|(?:medische[ \t]+)?voorgeschiedenis|"
                             r"medicatie|hoofdklacht|medische[ \t]+gegevens))(?:\*\*)?[ \t]*$")
#: A line of a medication round: a time, a medicine and its dose ("08:00 furosemide 40 mg").
_DOSE_AT = re.compile(r"(?m)^[ \t]{0,10}\d{1,2}[:.]\d{2}(?:[ \t]+uur)?[ \t]+[a-zà-ÿ][\w-]{3,30}" + _DOSE)
#: A line of one person's medication overview: a medicine, its dose and when to take it ("- Oxazepam
#: 10 mg zo nodig", "Metoprolol 50 mg 1x daags"); a price list has doses but no times (lowered text). Discharge
#: letters and referrals number their lines ("1. Metoprolol 50 mg 1x daags"), and English ones write the times the
#: way prescriptions do ("Apixaban 5 mg BID", "10mg daily", "1 g prn").
MEDICATION_LINE = re.compile(_ITEM + r"(?:\d{1,2}[.)][ \t]*)?[a-zà-ÿ][\w-]{3,30}" + _DOSE +
                             r"[^\n]{0,40}?(?:\d[ \t]*x[ \t]*(?:daags|per[ \t]+dag|"
                             r"per[ \t]+week)|zo[ \t]+nodig|'s[ \t]+(?:ochtends|middags|avonds)|voor[ \t]+de[ \t]+nacht|"
                             r"a\.n\.|s\.c\.|i\.m\.|\b(?:(?:once|twice)[ \t]+)?daily\b|"
                             r"\b(?:bid|tid|qid|qd|prn|nocte)\b|"
                             r"at[ \t]+(?:night|bedtime))")
#: A client by role and initials: "cliënte (R.M.)", "werknemer J.B.".
_ROLE_INITIALS = re.compile(r"[CcPpWwBb](?<!\w.)(?:(?<=[Cc])li[eë]nte?|(?<=[Pp])ati[eë]nte?|(?<=[Ww])erkne(?:mer|emster)|"
                            r"(?<=[Bb])etrokkene)[ \t]*\(?"
                            r"(?:[A-Z]\.[ \t]?){1,3}\)?")
#: The labels of an SBAR handover: Situatie, Background, Assessment, Recommendation, one line each.
_SBAR = re.compile(r"(?m)^[ \t]{0,5}[SBAR][ \t]*:")
# "[09:14] Sanne Verbeek", "[4-6-2025 09:14] Sanne:", "04-06-2025 09:14 - Sanne:", a time alone on a line,
# and Teams' own "Sanne Verbeek 09:14" / "Sanne Verbeek, 4-6 09:14". Not names.chat.chat_writers: a care log's
# timed lines ("[08:00] Mevrouw slaapt onrustig", "10:00" alone) make a text personal too, and every word of a writer
# with a capital counts as a name here (the chat reader keeps a writer's first name, and only one the lists know).
_CHAT = re.compile(r"(?m)^[ \t]{0,20}\[?(?:\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?,?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?\]?"
                   r"(?:[ \t]+(?:-[ \t]+)?([^\n:]{2,40})|[ \t]*$)"
                   r"|^[ \t]{0,20}([A-Z][^\n:\d]{1,40}?),?[ \t]+(?:\d{1,2}-\d{1,2}(?:-\d{2,4})?[ \t]+)?"
                   r"\d{1,2}:\d{2}[ \t]*$")
# _CHAT read after a line break, in the text with one put before it (every match opens a line and holds no line
# break: the matches and their groups are the same, each one character on; ``re`` skips to a line break in C where it
# tried "^" at every position). Only the groups of its matches are read.
_CHAT_AFTER_BREAK = re.compile("\n" + _CHAT.pattern[len("(?m)^"):].replace("|^", "|\n"), re.M)  # ("$" still per line)
assert _CHAT.pattern.startswith("(?m)^") and _CHAT.pattern.count("|^") == 1 and "$" in _CHAT.pattern


def _chat_groups(head: str) -> list[tuple]:
    """``[m.groups() for m in _CHAT.finditer(head)]`` (tests/detectors/test_speed14_equivalence.py)."""
    return [m.groups() for m in _CHAT_AFTER_BREAK.finditer("\n" + head)]


#: The opening of a clinical note that describes its one patient: "man 58 jr,", "Patiënte, 41 jaar".
#: ... also in record shorthand, which leaves out the article that news writes ("63-jarige
#: buschauffeur met diabetes").
_DESCRIPTOR = re.compile(r"(?im)^\W{0,5}(?:man|vrouw|jongen|meisje|jongere|patiënte?|cliënte?|dhr\.?|mw\.?|mevr\.?|heer|"
                         r"male|female)\b,?\s+\(?(?:van\s+)?\d{1,3}\s*(?:jr|jaar|j|yrs?|years?)\b"
                         r"|^\W{0,5}\d{1,3}-jarige[ \t]+[a-zà-ÿ-]{3,30}[ \t]+(?:met|bekend[ \t]+met)\b"
                         # the same in an English clinic's shorthand: "72 y/o F with", "a 34-year-old woman presents"
                         r"|^\W{0,5}(?:an?[ \t]+)?\d{1,3}[ \t-]*(?:y/o|yo|y\.o\.|year-old|years?[ \t]+old)[ \t]+"
                         r"(?:m|f|male|female|man|woman|boy|girl)\b,?[ \t]+(?:with|presents|presented|presenting)\b")
#: ... and as one part of a short title line ("Intake – R.K. – vrouw, 52 jr."); not in brackets after a
#: quote, the way a study cites the people it spoke to ("... anders terug. (Vrouw, 60 jaar)").
_TITLE_DESCRIPTOR = re.compile(r"(?i)(?:[–—|][ \t]*|[ \t]-[ \t]+)(?:man|vrouw|patiënte?|cliënte?|dhr\.?|mw\.?|"
                               r"mevr\.?|male|female)\b,?[ \t]+(?:-[ \t]+)?\d{1,3}[ \t]*(?:jr|jaar|j|yrs?|years?)\b")
#: Findings that make a text a file about a person when it also names one.
_FILE_NUMBERS = frozenset({"BSN", "CASE_NUMBER", "EMPLOYEE_NUMBER", "DATE_OF_BIRTH", "ID_DOCUMENT"})
_LAW = re.compile(r"(?im)^[ \t]{0,20}(?:artikel|art\.|article)\s+\d+")
_NAME_TOKEN = re.compile(r"\b[A-Z][a-zà-ÿĀ-ž]+(?:-[A-Z][a-zà-ÿĀ-ž]+)?\b")
#: A party named once and then called by its role: "de heer T. Oosterhuis, wonende te ..., eiser," or
#: "mevrouw Kramer (hierna: betrokkene)". The role word then stands for that person.
_DEFINED_ROLE = re.compile(r"(?i)[,(]\s*(?:hierna(?:\s+te\s+noemen)?\s*:?\s*)?(eiser|eiseres|appellant|appellante|"
                           r"verzoeker|verzoekster|belanghebbende|betrokkene|bezwaarmaker|reclamant|cliënte?|"
                           r"werknemer|werkneemster)\s*[,.;)]")

#: A care worker's note about one patient who goes unnamed ("De patiënt heeft sinds een jaar pijn aan het
#: rechterbeen ... De fysiotherapeut adviseert ..."): the text calls that person by a definite role, as a fact,
#: and tells their own history. A guideline speaks of "patiënten", or of "de patiënt" in a condition or an
#: order ("Als de patiënt ...", "Verwijs de patiënt"); a health page says "u". Searched in the lowered text.
_ONE_PATIENT = re.compile(r"\b(?:de|the)[ \t]+(?:patiënte?|patient|cliënte?|client|zorgvrager|werknemer|werkneemster)\b"
                          # (also as the value of a field in a record: "subjective: 'Cliënt rapporteert ...'")
                          r"|\bbetrokkene\b|^\W{0,5}(?:[a-z_]{1,25}['\"]?[ \t]*[:=][ \t]*['\"])?(?:patiënte?|cliënte?|pt\.?)"
                          r"[ \t]+(?!met\b)[a-z]")
# _ONE_PATIENT in two parts for _care_note, which asks it of each sentence of a text: what may stand anywhere in a
# sentence, found by one scan of the whole text (a match holds no '.', '?', '!' or line break, so it lies inside one
# sentence, and "\b" reads the same there: a sentence is cut where such a character or the text's end stands), and
# what opens one ("^", matched at the start of a sentence; endpos ends it as the sentence's string ends), tried only
# on a sentence that holds one of its words (a match holds "pati", "cli" or "pt").
# (tests/detectors/test_care_note_fast.py compares _care_note with its one-pass form that searched each sentence)
_ONE_PATIENT_IN = re.compile(r"\b(?:de|the)[ \t]+(?:patiënte?|patient|cliënte?|client|zorgvrager|werknemer|werkneemster)\b"
                             r"|\bbetrokkene\b")
_ONE_PATIENT_AT = re.compile(r"\W{0,5}(?:[a-z_]{1,25}['\"]?[ \t]*[:=][ \t]*['\"])?(?:patiënte?|cliënte?|pt\.?)"
                             r"[ \t]+(?!met\b)[a-z]")
assert _ONE_PATIENT.pattern == _ONE_PATIENT_IN.pattern + "|^" + _ONE_PATIENT_AT.pattern  # (the same two parts)
# (_ONE_PATIENT_IN as the scan reads it fastest: each word's first letter, then "\b" as a look behind it, so that
# ``re`` skips in C to a "d", "t" or "b"; the same matches, tests/detectors/test_speed14_equivalence.py)
_ONE_PATIENT_SCAN = re.compile(r"(?:d(?<!\wd)e|t(?<!\wt)he)[ \t]+(?:patiënte?|patient|cliënte?|client|zorgvrager|"
                               r"werknemer|werkneemster)\b|b(?<!\wb)etrokkene\b")
_ONE_PATIENT_AT_WORDS = ("pati", "cli", "pt")

#: How a sentence about patients in general opens: a condition, "bij ...", an order to the care worker,
#: or a verb first ("Is de patiënt al eerder behandeld, vermeld dit dan").
_GENERAL_OPENING = re.compile(r"\W{0,5}(?:[a-z]{1,12}[ \t]*:[ \t]*)?(?:als|wanneer|indien|zodra|mocht|vraag|verwijs|"
                              # "bij ...", but not a note's own finding: "Bij onderzoek is de flexie pijnlijk"
                              r"bij(?![ \t]+(?:het[ \t]+)?(?:lichamelijk[ \t]+|functie)?(?:onderzoek|inspectie|palpatie|"
                              r"auscultatie|observatie))|"
                              r"adviseer|overleg|geef|leg|bespreek|informeer|controleer|let|zorg|wees|start|stop|"
                              r"is|heeft|krijgt|wordt|gebruikt|if|when|ask|refer|advise|consider|check|is|has|does|"
                              # what a heading explains: "Subjectief: wat de patiënt zelf vertelt"
                              r"wat|hoe|welke|waarom|what|how|which|why)\b")
#: Words of a sentence that tells what usually happens to patients, or to many.
_USUALLY = re.compile(r"\b(?:meestal|vaak|doorgaans|gewoonlijk|soms|veelal|usually|often|generally|typically|sometimes|"
                      r"patiënten|cliënten|mensen|patients|people)\b|%")
#: ... or what may or must happen to any patient (a note's finding may say it too: "moet na tien treden rusten").
_MAY = re.compile(r"\b(?:kan|kunnen|mag|mogen|moet|moeten|may|can|should|must)\b")
_NUM = r"(?:een|één|\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|een[ \t]+paar|anderhalf|een[ \t]+half)"
_UNIT = r"(?:dag|dagen|week|weken|maand|maanden|jaar|jaren)"
_NUM_EN = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a[ \t]+few|\d{1,2})"
_UNIT_EN = r"(?:days?|weeks?|months?|years?)"
_BODY = (r"(?:been|benen|knie|heup|schouder|arm|hand(?![ \t]+van\b)|voet|enkel|pols|elleboog|oog|oor|long|nier|dijbeen|"
         r"onderbeen|bovenbeen|zij|flank|borst|bil|kuit|hiel|duim|vinger|teen|onderarm|bovenarm|lies|bovenbuik|onderbuik|"
         r"longveld|gezichtshelft|lichaamshelft|kaak|wang|nek|bovenkaak|onderkaak)")
_BODY_EN = r"(?:shoulder|knee|hip|foot|hand|arm|leg|ankle|wrist|elbow|eye|ear|lung|thigh|calf|side|heel|thumb|finger)"
#: The signs of one person's own history in a care note, by kind: how long they have had it, which side of
#: the body, what was done before, what the care worker found or advises, and the SOEP/SOAP headings.
_CARE_HISTORY = (
    re.compile(r"\bsinds[ \t]+(?:ruim[ \t]+|bijna[ \t]+|ongeveer[ \t]+)?" + _NUM + r"[ \t]+" + _UNIT + r"\b"
               r"|\b(?:al|reeds)[ \t]+(?:ruim[ \t]+|bijna[ \t]+|ongeveer[ \t]+)?" + _NUM + r"[ \t]+" + _UNIT + r"\b"
               r"|\b" + _NUM + r"[ \t]+" + _UNIT + r"[ \t]+geleden\b"
               r"|\bsinds[ \t]+(?:de|het|haar|zijn)[ \t]+(?:operatie|val|ongeval|beroerte|bevalling|ingreep|infarct|"
               r"vorige[ \t]+(?:consult|behandeling|afspraak))\b"
               r"|\bfor[ \t]+(?:about[ \t]+|almost[ \t]+|over[ \t]+)?" + _NUM_EN + r"[ \t]+" + _UNIT_EN + r"\b"
               r"|\b" + _NUM_EN + r"[ \t]+" + _UNIT_EN + r"[ \t]+ago\b"
               r"|\bsince[ \t]+(?:the|his|her)[ \t]+(?:surgery|operation|fall|accident|stroke|last[ \t]+visit)\b"
               r"|\b(?:na|sinds)[ \t]+(?:de|het)[ \t]+(?:vorige|laatste|eerste)[ \t]+(?:consult|behandeling|afspraak|"
               r"sessie|bezoek)\b"),
    re.compile(r"\b(?:rechter|linker)[ \t-]?" + _BODY + r"\b|\b" + _BODY + r"[ \t]+(?:links|rechts)\b"
               r"|\b(?:left|right)[ \t]+(?:[a-z]+[ \t]+)?" + _BODY_EN + r"\b"),
    re.compile(r"\b(?:eerder|vroeger|al[ \t]+eens|reeds|previously|earlier|prior)\b[^.\n]{0,40}?\b(?:behandeld|"
               r"geopereerd|opgenomen|begeleid|treated|operated|admitted)\b"),
    re.compile(r"\b(?:de|the)[ \t]+(?:fysiotherapeut|huisarts|ergotherapeut|logopedist|bedrijfsarts|verzekeringsarts|arts|"
               r"therapeut|verpleegkundige|behandelaar|psycholoog|specialist|oefentherapeut|podotherapeut|diëtist|"
               r"physiotherapist|doctor|gp|therapist|nurse)[ \t]+(?:adviseert|adviseerde|concludeert|concludeerde|"
               r"stelt[ \t]+vast|stelde[ \t]+vast|constateert|constateerde|heeft[ \t]+(?:[\w-]+[ \t]+){0,4}(?:geconstateerd|"
               r"vastgesteld|uitgevoerd|geadviseerd)|recommends|recommended|concluded|found)\b"
               # ("stelt vast of er rode vlaggen zijn": what a care worker does for everyone)
               r"(?![ \t]+(?:of|welke|hoe|wanneer|whether|if|which|how)\b)"
               r"|\b(?:adviseert|concludeert|constateert)[ \t]+de[ \t]+\w+[ \t]+(?:de[ \t]+patiënt|dat)\b"
               r"|\buit[ \t]+(?:het|de)[ \t]+(?:[a-z]+[ \t]+)?(?:onderzoek|functieonderzoek|observatie)[ \t]+blijkt\b"
               r"|\bbij[ \t]+(?:het[ \t]+)?(?:lichamelijk[ \t]+|functie)?onderzoek[ \t]+(?:is|zijn|werd|werden|was|blijkt|"
               r"toont)\b|\bon[ \t]+examination\b|\badvised[ \t]+to\b|^[ \t]{0,10}advies(?:[ \t]+aan[^\n:]{1,30})?[ \t]*:",
               re.M),
)
#: The headings of a SOEP or SOAP report, one a line; three different ones make the fifth kind.
#: (Also as the title of a section in an app's data, one a line: "title: 'Subjectief',", "\"label\": \"Plan\"".)
_SOEP_LINE = re.compile(r"(?m)^[ \t]{0,10}(?:[-*•][ \t]*)?(s|o|e|a|p|subjectief|objectief|evaluatie|plan|subjective|"
                        r"objective|assessment)[ \t]*:"
                        r"|^[ \t]{0,16}[\"']?(?:title|label|heading|titel|kop)[\"']?[ \t]*:[ \t]*[\"']"
                        r"(subjectief|objectief|evaluatie|analyse|plan|subjective|objective|assessment|analysis)[\"']")
_SOEP_KIND = {"s": "s", "subjectief": "s", "subjective": "s", "o": "o", "objectief": "o", "objective": "o",
              "e": "e", "a": "e", "evaluatie": "e", "assessment": "e", "analyse": "e", "analysis": "e", "p": "p",
              "plan": "p"}


#: What a heading's text starts with on a page that explains the SOEP method rather than using it: the heading's
#: own name ("S: Subjectief. Wat de cliënt vertelt") or a question of what belongs under it.
_SOEP_DEFINITION = re.compile(r"[ \t]*(?:[-–—:.][ \t]*)?(?:subjectie|objectie|evaluatie|analyse|assessment|plan\b|"
                              r"wat\b|welke\b|hier\b|beschrijf|noteer|what\b|describe)")


def _soep_report(head: str) -> tuple[int, int] | None:
    """A SOEP or SOAP report: headings of three kinds or more, one a line, S before O before E/A before P where
    they stand, each followed by what was heard, seen, concluded or planned. Its form alone says it is a note
    about one patient, also where it names the patient by first name only. ``head``: the lowered text.
    Returns the span of its first heading."""
    firsts: dict[str, int] = {}
    first = None
    definitions = 0
    for m in _SOEP_LINE.finditer(head):
        firsts.setdefault(_SOEP_KIND[m.group(1) or m.group(2)], m.start())
        first = first or m.span()
        definitions += bool(_SOEP_DEFINITION.match(head, m.end()))
    if len(firsts) < 3 or definitions >= 2:
        return None
    order = [firsts[k] for k in "soep" if k in firsts]
    return first if order == sorted(order) else None


#: In a factual sentence about the patient: their own body or behaviour ("zijn houdingsgedrag", "met haar
#: rechterbeen") and how their complaint went ("heeft tegenwoordig geen last meer", "is afgenomen").
_OWN = re.compile(r"\b(?:zijn|haar|z'n|his|her)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]*(?:gedrag|klachten|klacht|houding|pijn|"
                  r"benen|been|arm|armen|rug|knie|heup|schouder|nek|hand|handen|voet|voeten|medicatie|conditie|herstel|"
                  r"shoulder|knee|back|leg|pain|symptoms)\b")
_COURSE = re.compile(r"\b(?:tegenwoordig|inmiddels|nog[ \t]+steeds|geen[ \t]+last[ \t]+meer|is[ \t]+afgenomen|"
                     r"is[ \t]+toegenomen|is[ \t]+verergerd|no[ \t]+longer|has[ \t]+improved|has[ \t]+worsened)\b")


#: A made-up case for teaching or an exam: it reads like a note, but is about no one.
_TEACHING_CASE = re.compile(r"\b(?:casus|oefencasus|casuïstiek|case[ \t]+study|case[ \t]+vignette|fictieve?|fictional)\b")


def _one_patient_sentences(head: str, sentences: list[re.Match]) -> list[int]:
    """The indexes, in order, of the ``sentences`` (matches in ``head``, in order, one after the other) in whose
    text ``_ONE_PATIENT.search`` finds a match."""
    if not sentences:
        return []
    starts = [m.start() for m in sentences]
    end = sentences[-1].end()
    out = {bisect_right(starts, p.start()) - 1 for p in _ONE_PATIENT_SCAN.finditer(head, 0, end)}
    at = _ONE_PATIENT_AT.match
    for word in _ONE_PATIENT_AT_WORDS:
        pos = head.find(word, 0, end)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            m = sentences[i]
            if i not in out and pos < m.end() and at(head, m.start(), m.end()):
                out.add(i)
            pos = head.find(word, max(pos + 1, m.end()), end)  # (the next sentence: this one is answered)
    return sorted(out)


def _care_note(low: str) -> tuple[bool, tuple[int, int] | None]:
    """A note about one unnamed patient: one factual sentence or more about "de patiënt" and two
    kinds or more of that person's own history (see ``_CARE_HISTORY``, ``_OWN``, ``_COURSE``).
    Also where a care worker's own finding or advice stands in it, if one does."""
    head = low[:20_000]
    if _TEACHING_CASE.search(head, 0, 300):
        return False, None
    told, factual = [], False  # (told: not a question or an order; factual: nor hedged or about many)
    sentences = list(islice(_SENTENCE.finditer(head), 400))
    # first the sentences about the patient: most texts have none told as a fact, and then the history of
    # every sentence (four scans each) tells nothing (tests/detectors/test_care_note_fast.py: the answers of
    # the one pass that did both, on every corpus text and generated notes)
    # (the sentences that _ONE_PATIENT finds something in, by two scans of the text: see _ONE_PATIENT_IN)
    about = _one_patient_sentences(head, sentences)
    for i in about:
        sent = sentences[i].group()
        if not (sent.rstrip().endswith("?") or _GENERAL_OPENING.match(sent)):
            told.append(sent)
            factual = factual or not (_USUALLY.search(sent) or _MAY.search(sent))
    if not factual:
        return False, None
    found: list[re.Match | None] = [None] * len(_CARE_HISTORY)
    for m in sentences:
        sent = m.group()
        if sent.rstrip().endswith("?") or _GENERAL_OPENING.match(sent) or _USUALLY.search(sent):
            continue  # history told as a fact: "Bij een patiënt die al drie maanden klachten heeft" is a condition
        for k, rx in enumerate(_CARE_HISTORY):
            found[k] = found[k] or rx.search(head, m.start(), m.end())
    kinds = sum(1 for m in found if m) + any(_OWN.search(t) for t in told) + any(_COURSE.search(t) for t in told)
    soep = list(_SOEP_LINE.finditer(head))
    heads = len({_SOEP_KIND[m.group(1) or m.group(2)] for m in soep}) >= 3
    if kinds < 2:
        kinds += heads
    if kinds < 2:
        return False, None
    return True, found[3].span() if found[3] else None


#: One turn of a transcript: a line, its speaker's dash or label stripped ("— ", "V:", "Interviewer:").
_TURN = re.compile(r"[^\n]+")
_TURN_LABEL = re.compile(r"[ \t]*(?:[—–-][ \t]*|(v|vraag|interviewer|int|i|a|antwoord|r|respondent|cliënte?|client|"
                         r"patiënte?|werknemer|werkneemster|deelnemer)[ \t]*:[ \t]*)?")
_ASKER_LABELS = frozenset({"v", "vraag", "interviewer", "int", "i"})
_TURN_FIRST = re.compile(r"[im](?<!\w.)(?:(?<=i)k|(?<=m)(?:e|ij|ijn|'n))\b")
_TURN_YOU = re.compile(r"[uj](?<!\w.)(?:(?<=u)(?:|w)|(?<=j)(?:e|ij|ouw|ullie))\b")
#: An answer about many people is an expert's or a web page's, not a patient's own.
_TURN_GROUP = re.compile(r"[mpwcvjoki%](?:(?<=%)|(?<!\w.)(?:(?<=m)(?:ensen|annen)|(?<=p)(?:ersonen|atiënten|rocent)"
                         r"|(?<=w)(?:erknemers|erkenden)|(?<=c)liënten|(?<=v)rouwen|(?<=j)ongeren|(?<=o)uderen"
                         r"|(?<=k)(?:inderen|lanten)|(?<=i)edereen)\b)")
#: Lines read to find a transcript: a consultation is short, its first turns tell.
_MAX_TURNS = 400


@dataclass
class Dialogue:
    """The question and answer turns of a transcript about one person's health: each question is
    asked of the other party ("Heeft u ...?") and each answer speaks of the speaker ("ik", "mijn")."""

    starts: list[int]
    turns: list[tuple[int, int, str]]  # (start, end, "q" or "a")

    def role_at(self, pos: int) -> str:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.turns[i][1]:
            return self.turns[i][2]
        return ""


_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")


def _sentence_turns(low: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines ``spans`` cut into turns at their sentences: questions that follow each other make one
    turn, and so do the other sentences between two questions."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        kind = None
        for n, m in enumerate(_SENTENCE.finditer(low, start, end)):
            if n >= _MAX_TURNS:
                break
            if not m.group().strip():
                continue
            asks = m.group().rstrip().endswith("?")
            if asks == kind and out:
                out[-1] = (out[-1][0], m.end())
            else:
                out.append((m.start(), m.end()))
            kind = asks
    return out


def _speaks_of_self(body: str) -> bool:
    """The turn speaks of its speaker ("ik", "mijn") at least as often as of the other, and of no group."""
    first = len(_TURN_FIRST.findall(body))
    return first > 0 and first >= len(_TURN_YOU.findall(body)) and not _TURN_GROUP.search(body)


def dialogue(low: str) -> Dialogue | None:
    """The transcript of a conversation with one person, or None. It takes two question lines or
    more that are each answered in the first person, and at least half of all questions answered so:
    an FAQ page answers in "u" or "je", an expert speaks of patients and people in general."""
    if "?" not in low[:20_000]:
        return None
    lines = []  # (start, end, body, asks)
    spans = [m.span() for _, m in zip(range(_MAX_TURNS), _TURN.finditer(low, 0, 20_000))]
    if len(spans) <= 3:
        # speech typed out by a transcription tool: one paragraph, the turns are its sentences, a run
        # of questions one turn and the sentences up to the next question the answer
        spans = _sentence_turns(low, spans)
    for start, end in spans:
        label = _TURN_LABEL.match(low, start, end)
        body = low[label.end():end].rstrip()
        if not body:
            continue
        lines.append((start, end, body, body.endswith("?") or label.group(1) in _ASKER_LABELS))
    questions = 0
    turns: dict[int, tuple[int, int, str]] = {}
    # (only a question and the line after it are read further: most lines of a text are neither)
    for (qs, qe, question, asks), (as_, ae, answer, _) in zip(lines, lines[1:]):
        if not asks:
            continue
        questions += 1
        # the question is put to the other party ("Heeft u ...", "voel je je"), or is a short follow-up
        # ("En de sumatriptan?"), and answered in the first person
        if (_TURN_YOU.search(question) is not None or len(question.split()) <= 6) and _speaks_of_self(answer):
            turns.setdefault(qs, (qs, qe, "q"))
            turns[as_] = (as_, ae, "a")
    pairs = sum(1 for t in turns.values() if t[2] == "a")
    if pairs < 2 or 2 * pairs < questions:
        return None
    ordered = sorted(turns.values())
    return Dialogue([t[0] for t in ordered], ordered)


PERSONAL_TYPES = frozenset({"PERSON", "BSN", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS",
                            "CASE_NUMBER", "EMPLOYEE_NUMBER", "ID_DOCUMENT", "IBAN", "LICENSE_PLATE"})
IDENTIFYING_TYPES = frozenset({"PERSON", "BSN", "DATE_OF_BIRTH", "ADDRESS", "CASE_NUMBER", "EMPLOYEE_NUMBER",
                               "ID_DOCUMENT"})


#: A place to fill in of a template letter or form: a word of what goes there between brackets ("[datum]",
#: "[Naam organisatie]", "[de heer/mevrouw ….]", "<naam>"); not a Markdown link ("[Notulen](...)").
_PLACEHOLDER = re.compile(
    r"[\[<{]((?:[^\[\]<>{}\n]{0,30}\b)?(?:naam|datum|adres|plaats|woonplaats|postcode|tijd|telefoonnummer|e-?mail"
    r"|functie|organisatie|bedrijf|werkgever|handtekening|bedrag|nummer|heer/mevrouw|optioneel|voornaam|achternaam)"
    r"\b[^\[\]<>{}\n]{0,30})[\]>}](?!\()")


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
    dialogue: Dialogue | None = None  # a transcript of a conversation with one person about themselves
    care_note: bool = False    # a care worker's note about one unnamed patient (see _care_note)
    care_finding: tuple[int, int] | None = None  # ... where in it the care worker finds or advises
    template: bool = False     # a letter or form to fill in ("[datum]", "[Naam organisatie]") that names no one yet


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
        if _NO_VALUE.fullmatch(low, m.start(1), m.end(1)):
            continue  # "Naam: ______" on an empty form, "name: string;" in a data model: nobody yet
        ctx.personal = ctx.addressed = ctx.file_subject = True
        ctx.names |= {t for t in _NAME_TOKEN.findall(text, m.start(1), m.end(1)) if len(t) >= 3}
    m = _RECORD_SUBJECT.search(head)
    if m:
        ctx.personal = ctx.addressed = ctx.file_subject = True
        ctx.names |= {t for t in _NAME_TOKEN.findall(text, m.start(1), m.end(1)) if len(t) >= 3}
    for m in _TITLE_NAME.finditer(head):
        ctx.personal = ctx.addressed = True
        ctx.names.add(m.group(1))
    title_end = low.find("\n", 0, 121)
    if _medical_label(low) or _clinical_report(low) or _DESCRIPTOR.search(low, 0, 2000) or \
            _TITLE_DESCRIPTOR.search(low, 0, title_end if title_end >= 0 else 0 if len(low) > 120 else len(low)) or \
            _bare_subject(low[:20_000]) or len(_SBAR.findall(text, 0, 3000)) >= 3 or \
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
    for g1, g2 in _chat_groups(head):
        chats += 1
        speakers |= {t for t in _NAME_TOKEN.findall(g1 or g2 or "") if len(t) >= 3}
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
    if not ctx.identified and len(set(_PLACEHOLDER.findall(low, 0, 20_000))) >= 3:
        ctx.template = True  # its "ik" is whoever will fill it in
    ctx.dialogue = dialogue(low)
    laws = 0
    for _ in _LAW.finditer(head) if ("artikel" in low or "art." in low or "article" in low) else ():
        laws += 1
        if laws >= 2:
            ctx.law = True
            break
    if not (ctx.file_subject or ctx.instructive or ctx.law):
        ctx.care_note, ctx.care_finding = _care_note(low)
        if ctx.care_note:
            ctx.file_subject = ctx.personal = True
    if ctx.care_finding is None and not (ctx.instructive or ctx.law) and not _TEACHING_CASE.search(low, 0, 300):
        # (also where a name made the text a file about someone: the report's form says whose note it is)
        soep = _soep_report(low[:20_000])
        if soep is not None:
            ctx.care_note, ctx.care_finding = True, soep
            ctx.file_subject = ctx.personal = True
    return ctx
