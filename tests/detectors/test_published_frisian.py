"""Prose in Frisian reads as published at the word model's Frisian bar (published.PROSE_FRISIAN); the private signs
still decide first. (Texts invented for this test.)"""
from __future__ import annotations

import pytest

from detectors import published

#: Regional news in Frisian that names a deputy and a village's chair.
_NEWS = ("De provinsje hat dit jier mear jild beskikber steld foar lytse projekten yn de doarpen. Neffens deputearre "
         "Sjoerd Wiersma binne der ek mear oanfragen dien as foarich jier. \"Wy sjogge dat de mienskip it fûns goed "
         "fine kin\", seit Wiersma. Yn Easterlittens wurdt it jild brûkt foar in nij boartersplak. Foarsitter Geartsje "
         "de Boer fan it doarpsbelang is der bliid mei: \"Dêr hawwe wy lang op wachte.\" It boartersplak moat foar de "
         "simmer klear wêze.")
#: A mail in Frisian to a colleague about a client, and a note with the writer's "ik" about a client.
_MAIL = ("Bêste Tsjitske,\n\nIk haw hjoed mei de hear Hoekstra belle oer syn útkearing. Hy hat gjin jild mear foar de "
         "hier en hy freget oft wy him foar it ein fan de moanne helpe kinne. Hy hat ek in brief fan de gemeente "
         "krigen oer syn skulden. Dêr wol hy oer prate. Kinst do dêr moarn nei sjen? Hy is troch de wike thús.\n\n"
         "Groetnis,\nJelle")
_NOTE = ("Ik haw mei Wiebren Hoekstra praat oer syn sykmelding. Hy is sûnt maart thús en hy hat in protte pine yn "
         "syn rêch. Ik sil de bedriuwsdokter freegje oft der in oare oplossing is. Wiebren wol graach wer oan it wurk "
         "mar hy kin noch net folle dwaan. Hy hat ek gjin auto mear en moat foar elke ôfspraak troch de bus nei "
         "Ljouwert. Dêr wurdt hy hiel wurch fan. Wy prate oer twa wiken wer oer syn plan foar de rest fan it jier.")


def test_frisian_prose_is_told_from_dutch():
    assert published.in_frisian(_NEWS)
    assert not published.in_frisian(
        "De provincie heeft dit jaar meer geld beschikbaar gesteld voor kleine projecten in de dorpen. Volgens "
        "gedeputeerde Sjoerd Wiersma zijn er ook meer aanvragen gedaan dan vorig jaar. In Easterlittens wordt het geld "
        "gebruikt voor een nieuwe speelplek. Die moet voor de zomer klaar zijn.")
    assert not published.in_frisian("It is what it is.")  # (English shares "it" and "is", not the rest)


def test_frisian_news_passes_the_frisian_bar(model_says):
    model_says(published.PROSE_FRISIAN + 0.01)
    assert published.reads_as_published(_NEWS, {"PERSON"})


def test_below_the_frisian_bar_it_still_warns(model_says):
    model_says(published.PROSE_FRISIAN - 0.01)
    assert not published.reads_as_published(_NEWS, {"PERSON"})


@pytest.mark.parametrize("text", [_MAIL, _NOTE])
def test_a_frisian_mail_or_note_about_a_client_is_no_publication(model_says, text):
    model_says(published.PROSE_FRISIAN + 0.01)
    assert published.in_frisian(text)
    assert not published.reads_as_published(text, {"PERSON"})


def test_a_frisian_note_about_a_client_without_a_kind_of_published_writing_keeps_the_usual_bar(model_says):
    # (review of round 22: no greeting, no "ik", no title; the start commit warned on its names)
    note = ("Wiebren Hoekstra hat gjin jild mear foar de hier en is sûnt maart thús. Syn dochter Baukje Hoekstra "
            "wennet yn Ljouwert en kin him net helpe. Der wurdt troch de wike oer syn plan praat mei de gemeente. Dêr "
            "binne ek de skuldhulp en de hûsarts by. Hy hat in skuld fan 8.000 euro by de Belestingtsjinst.")
    model_says(published.PROSE_FRISIAN + 0.05)
    assert published.in_frisian(note) and not published.kinds(note) - {"age"}
    assert not published.reads_as_published(note, {"PERSON"})


def test_a_title_in_frisian_needs_its_capital():
    assert not published._FRISIAN_PRIVATE.search("Syn frou is yn 2020 ferstoarn en de hear is bliid.")
    assert published._FRISIAN_PRIVATE.search("Ik haw de hear Hoekstra belle.")
