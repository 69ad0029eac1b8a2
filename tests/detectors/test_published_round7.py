"""Issue 12, seventh round: stories about someone's illness told in public, a person introduced with their
age the way the press does, and private texts in English. Each with private twins that must stay private."""
from __future__ import annotations

import pytest

from detectors import prose
from detectors.published import PROSE_ALONE, in_english, kinds, reads_as_published

# -- health data in a text without any kind of published writing -------------------------------------------

LIVING_WITH = ("Reuma is een verzamelnaam voor meer dan honderd aandoeningen aan gewrichten, "
               "spieren en pezen. Bij Annelies Kuiper begon het met stijve vingers in de ochtend. Na een jaar van "
               "onderzoeken kreeg ze te horen dat ze reumatoïde artritis heeft. Inmiddels helpen de medicijnen "
               "goed en fietst ze weer naar haar werk. Wat kunt u zelf doen? Blijf in beweging, ook als het pijn "
               "doet, en zoek steun bij mensen die hetzelfde meemaken.")


@pytest.mark.parametrize("probability, published", [(PROSE_ALONE, True), (PROSE_ALONE - 0.01, False)])
def test_health_without_a_kind_is_published_only_when_the_model_is_sure(monkeypatch, probability, published):
    # a patient page that shows no kind of published writing: the model alone decides, at the bar it asks of
    # every text without a kind (the health veto used to refuse such a text whatever the model said)
    assert kinds(LIVING_WITH) == set()
    monkeypatch.setattr(prose, "probability", lambda head: probability)
    assert reads_as_published(LIVING_WITH, {"PERSON"}, ["HEALTH_DATA"]) is published


# -- a person introduced with their age ---------------------------------------------------------------------

@pytest.mark.parametrize("text, introduced", [
    ("Begin dit jaar kreeg Helen van der Veen (31) moeite met lopen.", True),
    ("Sylvia (45) heeft de ziekte van Crohn.", True),
    ("De 52-jarige Ilse Moerkerk kon het niet bevatten.", True),
    ("Daarna sprak Jan Bakker (45) de zaal toe.", True),
    ("Anne van Gent (96) is overleden.", True),
    # no person: a numbered question, a group, a word that is also a surname without a first name
    ("Zie Vraag (12) en Groep (12) van het formulier.", False),
    ("De Bakker (45) op de hoek is dicht.", False),
    # a client with a title and no name
    ("Mevrouw (29) meldt zich met paniekaanvallen.", False),
    ("Artikel 7 (12) is van toepassing.", False),
])
def test_a_person_introduced_with_their_age(text, introduced):
    assert ("age" in kinds(text)) is introduced


STORY = ("Na twintig jaar achter de bar staat Ruud Verbeek (58) nu voor de klas. De Tilburger haalde vorig jaar "
         "zijn diploma als docent horeca aan het ROC. \"Ik wilde iets teruggeven aan jonge mensen,\" zegt hij. "
         "Zijn leerlingen noemen hem meester Ruud. Het ROC zoekt meer zij-instromers uit de praktijk, zegt de "
         "directeur van de school.")


def test_a_person_introduced_with_their_age_and_quoted_is_news(monkeypatch):
    # the age and reported speech are two kinds of published writing, both of medium strength: enough where the word
    # model is not clearly sure of a private text (published.PROSE_MEDIUM_ONLY, twenty-fourth round; a caseworker's
    # note introduces a client with an age and "vertelt" too)
    monkeypatch.setattr(prose, "probability", lambda head: 0.5)
    assert {"age", "speech"} <= kinds(STORY)
    assert reads_as_published(STORY, {"PERSON"})
    monkeypatch.setattr(prose, "probability", lambda head: 0.2)
    assert not reads_as_published(STORY, {"PERSON"})


@pytest.mark.parametrize("text", [
    # an intake note names its client with a title
    ("Intake 3 maart\n\nMevrouw Lieke Verbeek (58) meldt zich na twintig jaar achter de bar. \"Ik kan niet meer "
     "staan,\" zegt ze. Zij wil omscholen tot docent. Afspraak gemaakt voor een tweede gesprek op 17 maart, "
     "dan neemt zij haar diploma's mee. Advies: traject aanvragen bij het ROC en de huisarts vragen om een "
     "verklaring over haar rug."),
    # a team's own news about a colleague
    ("Nieuws van het team\n\nOnze collega Ruud Verbeek (58) is na zijn operatie weer begonnen, eerst twee "
     "ochtenden per week. \"Ik heb jullie gemist,\" zegt hij. Wie hem wil helpen met zijn dossiers: meld je bij "
     "Karin. Zijn klanten worden tot de zomer verdeeld over Sanne en Mehmet, zegt de teamleider."),
])
def test_an_age_in_a_private_text_stays_private(monkeypatch, text):
    monkeypatch.setattr(prose, "probability", lambda head: 0.9)
    assert not reads_as_published(text, {"PERSON"}, ["HEALTH_DATA"])
    assert not reads_as_published(text, {"PERSON"})


# -- English pages --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Case notes - international team (please do not forward)\n\nThe case brought in this week concerns Pieter "
     "Janssen, who worked "
     "for a cleaning company in Rotterdam for eleven years and has been on sick leave since March. He says that "
     "the company did not offer him any adapted work and that his manager has stopped answering his calls. The "
     "team advised him to ask for a second opinion and to keep a record of all contacts with the employer. The "
     "next meeting of the team is on the first Monday of the month, and Ana will report back on the case."),
    ("Note for file - confidential\n\nAnna Kowalski joined the planning department in 2021 and was a reliable "
     "member of the team for three years. Since the summer she has been absent on most Mondays and the team "
     "lead has discussed this with her twice. She explained that she is caring for her mother, who is ill. "
     "The next review of the situation is planned for the end of the month with the company doctor."),
    ("Summary for the file\n\nOur client Anna Kowalski worked for a cleaning company for eleven years and has "
     "been on sick leave since March. She says that the company did not offer her any adapted work, and that "
     "her manager has stopped answering her calls. We advised her to ask for a second opinion and to keep a "
     "record of all the contacts that she has with the employer and with the company doctor."),
])
def test_an_english_private_text_shows_private_signs(monkeypatch, text):
    assert in_english(text)
    monkeypatch.setattr(prose, "probability", lambda head: 0.9)
    assert not reads_as_published(text, {"PERSON"})


def test_english_private_signs_are_read_in_english_texts_only(monkeypatch):
    # "Note for file" or "our client" mean nothing special in a Dutch ruling that quotes an English phrase
    text = ("Rechtbank Gelderland\n\nDatum uitspraak: 4 april 2025\n\nDeze uitspraak is gedaan door Mr. P. de Vries, "
            "rechter, in aanwezigheid van de griffier. De rechtbank verklaart het beroep ongegrond en wijst het "
            "verzoek om schadevergoeding af. De werkgever noemde eiser in zijn mail 'our client'; dat maakt hem geen "
            "opdrachtgever. Partijen kunnen binnen zes weken hoger beroep instellen bij de Centrale Raad van "
            "Beroep. ECLI:NL:RBGEL:2025:1234")
    assert not in_english(text)
    monkeypatch.setattr(prose, "probability", lambda head: 0.9)
    assert reads_as_published(text, {"PERSON"})


def test_english_news_names_public_people_with_a_title(monkeypatch):
    # British usage: "Mr Rutte said"; a title alone is no sign of a private text in English
    text = ("Ambassador looks back on four years in London\n\nThe Dutch ambassador to the United Kingdom looked back "
            "on his posting in an interview this week. He recalled the state visit of 2018 and the many meetings "
            "with Mr Rutte and the British prime minister, and said that the ties between the two countries were "
            "stronger than ever. Trade between the Netherlands and the UK has grown since then, and the embassy "
            "has opened a new office for businesses in Manchester.")
    assert in_english(text)
    monkeypatch.setattr(prose, "probability", lambda head: 0.9)
    assert reads_as_published(text, {"PERSON"})
