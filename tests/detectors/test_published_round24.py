"""Issue 12, twenty-fourth round (all texts newly invented): a bulletin or a speech that greets its public; a council's
advisory board that meets a party; a college's decisions published as its public list."""
from __future__ import annotations

import pytest

from detectors import published
from tests.helpers.verdict import warns

_BULLETIN = ("Afscheid van onze vice-voorzitter\n\nIn een eenvoudige viering in de Sint-Jozefkerk is "
             "stilgestaan bij het "
             "vertrek van Ruud Hermsen uit het bestuur van onze parochie. Na acht jaar draagt hij het stokje over aan "
             "Sandra Willems.\n\n{greeting}, met ingang van 1 januari mag ik vice-voorzitter van ons parochiebestuur "
             "zijn. Ik dank mijn voorganger voor alles wat hij voor de parochie heeft gedaan en ik hoop u in de "
             "vieringen en op de parochieavonden te ontmoeten.")


@pytest.mark.parametrize("greeting", ["Beste parochianen", "Beste medeparochianen", "Geachte inwoners"])
def test_the_writer_who_greets_the_public_speaks_as_in_a_bulletin(greeting):
    head = _BULLETIN.format(greeting=greeting)
    assert published._speaks_in_public(head)
    assert not published.private_signs(head, published.kinds(head), writer_speaks=True)


@pytest.mark.parametrize("greeting", ["Beste Sandra", "Beste collega's", "Beste ouders",
                                      # (review of round 24) those present and the guests, whom a farewell speech at
                                      # work greets too, and the residents a caseworker writes to
                                      "Beste aanwezigen", "Beste genodigden", "Beste bewoners"])
def test_a_greeting_of_one_person_or_a_team_is_still_a_letters(greeting):
    head = _BULLETIN.format(greeting=greeting)
    assert not published._speaks_in_public(head)


_SPEECH = ("Nieuwjaarstoespraak 2025 van de burgemeester\n\nGepubliceerd op 8 januari 2025\n\nOp woensdag 8 "
           "januari vond "
           "de nieuwjaarsreceptie plaats in het gemeentehuis. Burgemeester Anne Keizer verwelkomde samen met de "
           "wethouders vele gasten.\n\n{greeting}, beste inwoners van Ergenshoven,\n\nVan harte welkom in het "
           "gemeentehuis! Een speciaal welkom voor de leden van de gemeenteraad en voor onze vrijwilligers, in het "
           "bijzonder voor Wim van Dalen, die dit jaar veertig jaar de ijsbaan heeft onderhouden.")


def test_a_speech_that_greets_those_present_is_no_letter(detector):
    assert not warns(detector, _SPEECH.format(greeting="Beste aanwezigen"))


def test_a_letter_to_one_named_person_still_warns(detector):
    text = ("Beste Wim,\n\nDank voor je bericht van gisteren. Ik heb met de huisarts gesproken over je rugklachten "
            "en je ziekmelding. Je kunt volgende week bij mij langskomen om je re-integratie te bespreken.\n\n"
            "Groet,\nAnne Keizer")
    assert warns(detector, text)


_ADVISORY = ("Nieuws uit het overleg van mei\n{heading}\n\nMet mevr. H. de Bruijne bespraken we de onderwerpen die we "
             "ook met de andere partijen hadden besproken: wonen, jeugd, energiearmoede en participatie.\n\n"
             "Jeugdhulp\n\nMet wethouder J. Vissers en ambtenaren spraken we over de nieuwe visie op de jeugdhulp. "
             "De brief van de adviesraden gaat ter informatie naar de leden van de gemeenteraad.")


@pytest.mark.parametrize("heading", ["Gesprek met Partij v. d. Arbeid", "Gesprek met de fractie van het CDA",
                                     "het gesprek met de Oecumenische werkgroep",
                                     "Gesprek met het college van B&W"])
def test_a_talk_with_a_party_is_no_case_work(heading):
    assert published._CASE_WORK.search(heading) is None


@pytest.mark.parametrize("heading", ["Gesprek met mevrouw Jansen", "Gesprek met de heer De Vries",
                                     "gesprek met Groen over zijn uitkering", "gesprek met de bezwaarcommissie",
                                     "gesprek met de werkgever",
                                     # (review of round 24) the parties of a dispute, a committee or a working group
                                     # that may discuss a client, a party named in a note
                                     "gesprek met partijen", "Gesprek met de partijen", "gesprek met de commissie",
                                     "gesprek met de werkgroep re-integratie", "gesprek met de fractie",
                                     "gesprek met SP"])
def test_a_talk_with_a_person_is_case_work(heading):
    assert published._CASE_WORK.search(heading) is not None


def test_an_advisory_boards_news_of_its_talk_with_a_party_is_no_note(detector):
    assert not warns(detector, _ADVISORY.format(heading="Gesprek met Partij v. d. Arbeid"))


_DECISIONS = ("{title} B&W 12 juni 2025\n\nVoorzitter: E.J. Nieuwenhuis\n\nAanwezig: de dames C.P. de Jong "
              "(directiesecretaris) en F. Vleij (wethouder) en de heren A. Kerssies (wethouder) en E.J. Nieuwenhuis "
              "(burgemeester)\n\nZaaknummer: 06272903\n\nBeantwoording schriftelijke vragen van de VVD over de "
              "rondweg\n\nBesluit:\n\n1. De vragen worden met de brief in dit voorstel beantwoord.\n\nZaaknummer: "
              "06271833\n\nSubsidie dorpshuis\n\nBesluit: Akkoord.")


@pytest.mark.parametrize("title", ["Besluitenlijst openbaar", "Openbare besluitenlijst"])
def test_a_colleges_public_list_of_decisions_is_published(detector, title):
    assert not warns(detector, _DECISIONS.format(title=title))


def test_a_teams_list_of_decisions_still_warns(detector):
    assert warns(detector, _DECISIONS.format(title="Besluitenlijst teamoverleg"))


_BILINGUAL = ("Wim Visser, de koördinator fan de Voedselbank, fertelt dat in diel fan it guod yn it distribúsjesintrum "
              "besoarge wurdt. It oare diel wurdt troch de voedselbanken sels ophelle. Dat wurdt troch frijwilligers "
              "dien. Hja hawwe dit jier ek mear minsken holpen as foar de krisis, en dêr binne hja grutsk op. "
              "\"Ook op het hoofdkantoor is "
              "niemand die betaald wordt. Het zijn er zo'n 18.000.\"\n\nEk de "
              "sjauffeur is in frijwilliger: \"Ik bin wat earder opholden mei wurkjen.\" Visser fertelt dat se yn "
              "Drachten stribje om de loads leech te krijen. \"Het lijkt alsof er niet veel staat, maar er gaat veel "
              "door onze handen, en dat is ook nodig voor de mensen die bij ons komen.\"")


def test_frisian_news_that_quotes_its_speakers_in_dutch_is_frisian():
    assert published.in_frisian(_BILINGUAL)


def test_dutch_prose_with_a_frisian_name_or_two_is_not():
    assert not published.in_frisian(
        "De voedselbank in Drachten zoekt vrijwilligers. Wim Visser, de coördinator van de voedselbank, vertelt "
        "dat een "
        "deel van de goederen in het distributiecentrum wordt bezorgd en dat het andere deel door de "
        "voedselbanken zelf "
        "wordt opgehaald. \"It giet goed\", zegt hij in het Fries, \"mar wy hawwe mear minsken nedich foar de "
        "wike.\" Het werk wordt door vrijwilligers gedaan en ook de chauffeur is een vrijwilliger.")


_RULING = ("Beschikking\n\n{court}\n\nSector kanton\n\nLocatie Tiel\n\nzaakgegevens 512345 \\ HA VERZ 08-1234\n\n"
           "uitspraak van 4 maart 2008\n\nBeschikking in de zaak van\n\nde besloten vennootschap Bakkerij Voorwaarts "
           "BV\n\ngevestigd te Culemborg\n\nverzoekende partij\n\ngemachtigde mr. P.J. van Dalen, advocaat te "
           "Utrecht\n\ntegen\n\n{party}\n\nwonende te Zoetermeer\n\nverwerende partij")


@pytest.mark.parametrize("court, party", [
    ("RECHTBANK ARNHEM", "[verwerende partij]"),
    ("GERECHTSHOF DEN HAAG", "[gedaagde]"),
])
def test_a_ruling_under_its_own_title_is_published(detector, court, party):
    assert "court" in published.kinds(_RULING.format(court=court, party=party))
    assert not warns(detector, _RULING.format(court=court, party=party))


def test_a_court_named_in_a_notes_sentence_is_no_ruling():
    note = ("Gesprek met mevrouw Jansen\n\nZij heeft een brief gekregen van de rechtbank Arnhem over de zitting. De "
            "Rechtbank Arnhem heeft haar opgeroepen voor 4 maart. Ik bel haar volgende week terug.")
    assert "court" not in published.kinds(note)
