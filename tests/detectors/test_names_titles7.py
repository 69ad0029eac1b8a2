"""A teacher by title and first name, a household and a patient by abbreviated title.

Invented texts only (no corpus line); each private case failed before its rule, and each public
twin shows what the rule must leave alone.
"""
import pytest

from tests.helpers.names import found, persons


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


# -- the person a note is about, by first name alone ----------------------------------------------
@pytest.mark.parametrize("text, name", [
    # opens two sentences with a verb of a note
    ("Weekverslag begeleiding\n\nTeodora werkt twee middagen in de bibliotheek. Ze is vaak moe. "
     "Teodora wil na de zomer meer uren maken.", "Teodora"),
    ("Florentijn heeft deze week twee keer zijn afspraak gemist. Volgens zijn moeder slaapt hij slecht. "
     "Florentijn geeft aan dat hij somber is.", "Florentijn"),
    # after "van" inside a sentence, then opening one ("de begeleiding van X. X ...")
    ("Sinds maart doe ik de begeleiding van Ottilie, een vrouw van 40. Ottilie heeft toen een burn-out. "
     "Ottilie vertelt dat ze slecht slaapt.",
     "Ottilie"),
])
def test_the_subject_of_a_note_by_first_name(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    # a first name once only, and a surname after "van" in running text
    "Teodora werkt bij de bibliotheek van de gemeente.",
    "Het museum toont werk van Van Gogh en van Rembrandt. Rembrandt schilderde veel portretten.",
])
def test_a_first_name_once_or_a_painter_is_no_note_subject(detector, text):
    assert persons(detector, text) == []


def test_a_published_story_that_quotes_its_subject_is_no_note(detector):
    text = ("Werkfit met de gemeente: het verhaal van Ottilie\n\nOttilie werkt sinds maart bij de bibliotheek "
            "in Zwolle. 'Het bevalt me heel goed', vertelt ze. Ottilie heeft nu een vast contract.")
    assert persons(detector, text) == []


# -- in a chat, a vocative at the start of a line has only name words before its comma--------------------
@pytest.mark.parametrize("text", [
    "[09:12] Yolanda Brink\nwie pakt de intake van vanmiddag?\n[09:14] Merel Toet\nDoe ik, stuur maar door.",
    "[10:01] Yolanda Brink\nze is weer ziek\n[10:02] Merel Toet\nOh nee, wat vervelend.",
])
def test_a_sentence_that_opens_with_a_word_and_a_comma_addresses_no_one(detector, text):
    assert all(p not in ("Doe", "Oh") for p in persons(detector, text))


@pytest.mark.parametrize("text, name", [
    ("Fijn dat je er weer bent.\nGerlinde, kun jij morgen de intake doen?", "Gerlinde"),
    ("Korte vraag.\nHester van Dam, wil je mij terugbellen?", "Hester van Dam"),
])
def test_a_vocative_at_the_start_of_a_line_still_counts(detector, text, name):
    assert found(detector, text, name)


# -- the last items of an agenda are no names ------------------------------------------------------
def test_varia_at_the_end_of_an_agenda_is_no_name(detector):
    assert persons(detector, "## Agenda\n\n- Opening\n- Planning Q3\n- Varia\n\n## Opening\nWe begonnen om tien uur.") == []


def test_a_name_under_an_agenda_still_counts(detector):
    assert found(detector, "## Agenda\n\n- Opening\n- Varia\n\nMet vriendelijke groet,\nGerlinde", "Gerlinde")


# -- after "der"/"den"/"v.d." a capitalised word is a surname, even one that is also a pronoun ---------
@pytest.mark.parametrize("text, name", [
    ("Op vrijdag neemt juf Lieke v.d. Haar de groep over.", "juf Lieke v.d. Haar"),
    ("Gesprek gevoerd met mevrouw Ilse van der Haar over haar re-integratie.", "mevrouw Ilse van der Haar"),
])
def test_a_surname_after_der_that_is_also_a_word(detector, text, name):
    assert found(detector, text, name)


def test_an_institution_with_der_is_no_name(detector):
    assert persons(detector, "Het Huis der Zorg in Almelo is vanaf maandag weer open.") == []
