"""Issue 12, twenty-second round (texts newly invented): those present at a meeting, listed in a sentence or with a
capital tussenvoegsel."""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans


@pytest.mark.parametrize("text, names", [
    # minutes in sentences list who was there without a colon
    ("Voorzitter Smit opent de vergadering. Aanwezig zijn Koster, Vermeulen en Bakker.",
     {"Koster", "Vermeulen", "Bakker"}),
    ("De bijeenkomst begint om tien uur.\nAfwezig waren Yilmaz en Hendriks.", {"Yilmaz", "Hendriks"}),
    # a surname alone keeps its capital tussenvoegsel in such a list
    ("Aanwezig: Janssen, De Wit, Van der Linden (voorzitter), Peeters", {"De Wit", "Van der Linden", "Peeters"}),
    ("Aanwezig zijn Koster, De Boer en Smits.", {"De Boer", "Smits"}),
])
def test_those_present_are_persons(detector, text, names):
    assert names <= set(spans(detector, text, "PERSON"))


@pytest.mark.parametrize("text", [
    # places and things after a label or in a sentence with "aanwezig zijn": no people
    "Vestigingen: Utrecht, De Bilt en Zeist.",
    "In de kast aanwezig zijn Pennen, Papier en Nietjes.",
    "Aanwezig zijn de volgende stukken: Begroting, De Jaarrekening en Werkplan.",
])
def test_places_or_things_in_such_a_list_are_no_persons(detector, text):
    assert spans(detector, text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    # a first name that is also a word ("Wil", "Ben"), or a surname that is one ("Overloop"), in a list of those present
    ("Aanwezig: Erik Smit, Ineke Dicker, Sandra Kramp en Wil van Overloop.", "Wil van Overloop"),
    ("Afwezig: Joost Veldt, Wil Hoekstra, Don de Groot", "Wil Hoekstra"),
    ("**Aanwezigen:** Ben Mulder, Fatma Yilmaz en Karin de Wit", "Ben Mulder"),
])
def test_every_item_of_a_list_of_those_present_is_a_person(detector, text, name):
    assert name in spans(detector, text, "PERSON")


@pytest.mark.parametrize("text", [
    # organisations and places in the list, or a list where fewer than two items are names found on their own
    "Aanwezig: Erik Smit, Gemeente Ede, Sandra Kramp en Utrecht",
    "Aanwezig: Wil van Overloop",
])
def test_other_items_or_a_lone_item_stay_as_they_are(detector, text):
    assert not {"Gemeente Ede", "Utrecht", "Wil van Overloop"} & set(spans(detector, text, "PERSON"))


def test_a_leader_who_reports_about_a_child_is_a_person(detector):
    # ("leider" alone stays no role: a short safeguarding note names the leader who reports, review of round 22)
    text = ("Lian Berkhout, leider van de welpen, meldt dat Tom (9) thuis geslagen wordt. Graag contact met Veilig "
            "Thuis.")
    assert "Lian Berkhout" in spans(detector, text, "PERSON")


def test_a_leader_named_in_a_mail_is_still_a_person(detector):
    text = "Hoi Sanne,\n\nIk sprak net Lian Berkhout, leider van ons team. Zij zegt dat het rooster klopt.\n\nGroet, Piet"
    assert "Lian Berkhout" in spans(detector, text, "PERSON")


def test_those_present_after_the_meetings_name_are_no_board_listed_in_public(detector):
    # a list with roles in brackets names a board in public, but not after "aanwezig:" on a meeting's first line
    text = ("Vergadering werkgroep Fietspaden 14/4/2025, aanwezig: Bos, Kaya, De Wit (voorzitter), Verhoeven "
            "(secretaris)\n\nBos presenteert de stand van zaken. Kaya vraagt naar de kosten.")
    assert {"Bos", "Kaya", "De Wit", "Verhoeven"} <= set(spans(detector, text, "PERSON"))


def test_a_list_of_those_present_wrapped_after_a_comma_and_the_surnames_repeated(detector):
    text = ("Voorzitter Smit opent de vergadering om tien uur. Aanwezig zijn Smit, Koster,\nDe Boer en Yilmaz.\n\n"
            "Agendapunt 1. De Boer licht de begroting toe. Yilmaz vraagt naar de kosten.")
    found = spans(detector, text, "PERSON")
    assert {"Koster", "Yilmaz"} <= set(found)
    assert found.count("De Boer") == 2  # (the repeat keeps its capital tussenvoegsel, as the list wrote it)


_MINUTES = ("Notulen werkgroep 14 oktober\n\n1. Opening\nJan opent de vergadering.\n2. Mededelingen\n"
            "Gerrit deelt mee dat de weg dicht gaat. Mariska merkt op dat er weer een aanrijding was.\n"
            "3. Rondvraag\nDan is er nog de vraag over het budget. Utrecht meldt dat de subsidie rond is.")


def test_first_names_that_act_in_minutes_are_persons(detector):
    assert {"Jan", "Gerrit", "Mariska"} <= set(spans(detector, _MINUTES, "PERSON"))


def test_stop_words_and_places_that_open_a_sentence_of_minutes_stay_as_they_are(detector):
    assert not {"Dan", "Utrecht"} & set(spans(detector, _MINUTES, "PERSON"))


def test_without_a_sign_of_minutes_a_first_name_alone_is_left_to_the_other_rules(detector):
    # (news that quotes a first name: the minutes' rule does not read it)
    text = "Wethouder Jan de Vries opende woensdag de nieuwe brug. Mariska merkt op dat het er druk is."
    assert "Mariska" not in spans(detector, text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Afwezig: Anne Bakker, panellid bij de speeltuinvereniging Gerard Dou.", "Gerard Dou"),
    ("Het geld komt van de Stichting Gerard Dou.", "Gerard Dou"),
    ("Hij zit op de Montessorischool Jan Ligthart in Utrecht.", "Jan Ligthart"),
])
def test_an_association_a_foundation_or_a_school_named_after_someone_is_no_person(detector, text, name):
    assert name not in spans(detector, text, "PERSON")


@pytest.mark.parametrize("text, name", [
    # the word bare and in lower case, right before the name: the name is someone the text speaks of
    ("Na school Emma de Vries opgehaald, ze was erg verdrietig.", "Emma de Vries"),
    ("Via de vereniging Henk Bakker gesproken, hij heeft grote schulden.", "Henk Bakker"),
    ("Namens de stichting Piet de Vries gebeld over zijn uitkering.", "Piet de Vries"),
    ("Vandaag heeft de school Jan Pieters geschorst.", "Jan Pieters"),
])
def test_a_name_right_after_a_bare_institution_word_is_still_a_person(detector, text, name):
    assert name in spans(detector, text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Aanwezig: De Groot, Jansen, Bakker\nAfwezig: Van Dijk", "Van Dijk"),
    ("Aanwezig: De Boer, De Vries", "De Boer"),
])
def test_a_surname_with_its_capital_tussenvoegsel_right_after_the_label(detector, text, name):
    assert name in spans(detector, text, "PERSON")


def test_the_name_finder_keeps_nothing_of_a_text_after_its_analysis(detector):
    # (the walk back to a label keeps its answers per text: they hold the text's tokens, review of round 22)
    detector.analyze("Aanwezig: Karin Zwartbroekhuis, Wil van Overloop en Ben Mulder.")
    finder = detector._by_name["NlPersonRecognizer"]._finder
    assert not [name for name, value in vars(finder).items() if name != "lex" and "Zwartbroekhuis" in repr(value)]


def _label_answers(toks, finder):
    return [finder._label_before(toks, i) for i in range(len(toks)) if toks[i].kind == "w"]


def test_the_walk_back_to_a_label_answers_as_without_its_memory():
    import random

    from detectors.names.finder import NameFinder
    from detectors.names.tokens import tokenize

    rnd = random.Random(22)
    bits = ["Aanwezig", "Afwezig", "Naam", ":", ",", " en ", "(", ")", "voorzitter", "Jan", "De", "Vries", "Ben",
            "van", "der", "Berg", "zijn", "aanwezig", "\n", " ", "2018", ".", "Notulant", "[", "09", "]"]
    finder = NameFinder()
    names = ["Jan", "Ben", ",", "en", "De", "Vries", "Bakker", "(", ")"]
    for n in range(400):
        if n % 2:
            text = " ".join(rnd.choice(bits) for _ in range(rnd.randint(3, 60)))
        else:  # a long list after one label: walks that reach their forty hops
            text = "Aanwezig: " + " ".join(rnd.choice(names) for _ in range(rnd.randint(20, 90)))
        toks = tokenize(text)
        finder.__dict__.pop("_label_memo", None)
        with_memory = _label_answers(toks, finder)
        fresh = []
        for i in range(len(toks)):
            if toks[i].kind == "w":
                finder.__dict__.pop("_label_memo", None)
                fresh.append(finder._label_before(toks, i))
        assert with_memory == fresh, text
