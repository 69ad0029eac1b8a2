"""A teacher by title and first name, a household and a patient by abbreviated title.

Invented texts only (no corpus line); each private case failed before its rule, and each public
twin shows what the rule must leave alone.
"""
import pytest


def found(detector, text, name):
    s = text.find(name)
    e = s + len(name)
    return any(f.type == "PERSON" and f.score >= 0.5 and f.start <= s and e <= f.end
               for f in detector.analyze(text).findings)


def persons(detector, text):
    return [text[f.start:f.end] for f in detector.analyze(text).findings
            if f.type == "PERSON" and f.score >= 0.5]


# -- school titles without a dot: "juf Marjolein", "meester Bram" ---------------------------------
@pytest.mark.parametrize("text, name", [
    ("Juf Marjolein is deze week ziek; groep 4 krijgt les van een invaller.", "Juf Marjolein"),
    ("Op woensdag neemt meester Bram Oosterbeek de groep over.", "meester Bram Oosterbeek"),
    ("- Juf Tessaline werkt vandaag in groep 2-3", "Juf Tessaline"),
])
def test_a_teacher_by_title_and_first_name(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "Hij was een meester in het vertellen van verhalen.",
    "Meester Kikker is een prentenboek over vriendschap.",
    "De juf van groep 3 leest elke ochtend voor.",
])
def test_a_title_before_a_word_is_no_teacher(detector, text):
    assert persons(detector, text) == []


# -- "fam." and "pt." before a surname -------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Huisbezoek fam. Benhaddou: de huur is twee maanden achterstallig.", "fam. Benhaddou"),
    ("Nachtdienst: pt. De Groot (kamer 12) had veel pijn.", "pt. De Groot"),
    ("Pt. Verhoeven kreeg om 22.00 uur extra morfine.", "Pt. Verhoeven"),
])
def test_a_household_or_patient_by_abbreviated_title(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "De entree kost tien euro per fam. Kinderen onder vier jaar gratis.",
    "Het team won met 12 pt. Daarna volgde de prijsuitreiking.",
])
def test_fam_and_pt_at_a_sentence_end_are_no_title(detector, text):
    assert persons(detector, text) == []
