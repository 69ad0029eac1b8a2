"""Published writing by someone in a public office or on a foundation's board (public_real12): a wethouder's weekly
column or a pastor's word in the parish bulletin in the first person, and the page on which a foundation names its
board with their roles. Their private twins keep warning: a colleague's mail in the first person, an internal memo
to a wethouder, a letter to a client, a club's own note about a member."""
from __future__ import annotations

import pytest

from tests.helpers.verdict import warns

WETHOUDER_COLUMN = (
    "maandag 3 februari 2025\n\n"
    "Weekbericht wethouder – week 6\n\n"
    "Deze week mocht ik samen met buurtcoach Froukje Terpstra en opbouwwerker Dirk-Jan Oosterveld de nieuwe "
    "ontmoetingsplek in de Vogelbuurt openen. Bewoners hadden er zelf jaren voor gelobbyd en het was mooi om te zien "
    "hoeveel mensen er op de eerste middag binnenliepen. Ik sprak een moeder die vertelde dat ze hier voor het eerst "
    "haar buren leerde kennen.\n\n"
    "Vaak krijg ik de vraag hoe mijn werk als wethouder eruitziet. Dan vertel ik over de avonden in de raad, maar ook "
    "over middagen zoals deze, waarin je ziet wat beleid voor inwoners betekent.")
PASTOR_WORD = (
    "14 april 2024\n\n"
    "Van de pastoor: een volle kerk met Pasen\n\n"
    "Beminde parochianen,\n\n"
    "Dit nummer van ons parochieblad verschijnt vlak na Pasen. Ik kijk dankbaar terug op de vieringen in de Goede "
    "Week, die drukker bezocht werden dan in jaren. In de Paaswake zijn twee volwassenen gedoopt en drie jongeren "
    "gevormd.\n\nHet nieuwe dak van de toren is eindelijk klaar. De rekening valt hoger uit dan begroot, daarom vraag "
    "ik wie dat kan om een extra gift.\n\nMet mijn zegen,\n\nPater Anselmus Verhoeven, pastoor")
BURGEMEESTER_COLUMN = (
    "Column van de burgemeester\n\n"
    "Afgelopen zaterdag fietste ik mee met de toertocht van de plaatselijke wielerclub. Zeventig kilometer door de "
    "polder, tegen de wind in. Onderweg sprak ik met Gerrit Kooistra, die de tocht al veertig jaar organiseert. Als "
    "burgemeester kom ik op veel plekken, maar zelden zie ik zoveel vrijwilligers tegelijk aan het werk. Mijn taak "
    "als burgemeester is ook om dat te blijven zien en te waarderen. Ik hoop u volgend jaar ook langs de route te "
    "zien.")
FOUNDATION_BOARD = (
    "Bestuur en verantwoording\n\n"
    "De samenstelling van het bestuur is als volgt:\n\n"
    "De heer K.P. Draaisma – voorzitter\n"
    "Mevrouw H.J. Boersma-de Groot – secretaris\n"
    "De heer W. Tjalma – penningmeester\n"
    "Mevrouw A. van Kesteren – lid\n\n"
    "De bestuurders ontvangen geen beloning voor hun werkzaamheden. De stichting heeft geen personeel in dienst.\n\n"
    "Het bestuur kwam in het verslagjaar drie keer bijeen en besprak onder meer de jaarrekening 2023 en de "
    "aanvragen voor een bijdrage uit het fonds.")


@pytest.mark.parametrize("text", [WETHOUDER_COLUMN, PASTOR_WORD, BURGEMEESTER_COLUMN, FOUNDATION_BOARD])
def test_published_columns_and_board_pages_are_quiet(detector, text):
    assert not warns(detector, text), detector.analyze(text)


@pytest.mark.parametrize("text", [
    # a colleague's mail in the first person
    "Hoi Marieke,\n\nIk heb gisteren met de wethouder gesproken over de casus van Froukje Terpstra. Als wethouder "
    "wil hij dat we haar aanvraag voor vrijdag afronden. Mijn voorstel is dat ik haar zelf bel.\n\nGroet, Dirk-Jan",
    # an internal memo to a wethouder
    "Memo aan de wethouder\n\nIk wil u informeren over de klacht van Gerrit Kooistra over zijn bijstandsuitkering. "
    "Mijn team heeft zijn dossier nagekeken en ik stel voor dat u hem volgende week zelf belt. Als wethouder kunt u "
    "toezeggen dat de terugvordering wordt herzien.",
    # a column heading inside an internal note about a client
    "Weekbericht team Werk – week 6\n\nDeze week heb ik met mijn collega Froukje Terpstra het dossier van meneer "
    "Kooistra besproken. Hij heeft nog steeds geen passend werk en ik maak me zorgen over zijn schulden. Mijn "
    "voorstel is dat we hem volgende week samen bezoeken.",
    # a letter to a client from the board of a foundation
    "Geachte mevrouw Boersma,\n\nHet bestuur, bestaande uit de heren P. de Ruiter (voorzitter) en J. Landman "
    "(penningmeester), heeft uw aanvraag voor een bijdrage besproken. Helaas moeten wij uw aanvraag afwijzen.\n\n"
    "Met vriendelijke groet,\n\nT. Bosma, secretaris",
    # a club's own note about a member, with a title and a role word
    "Mevrouw H.J. Boersma – lid sinds 2009 – heeft haar contributie over 2023 en 2024 nog niet betaald. De "
    "penningmeester heeft haar twee keer gebeld, maar zij neemt niet op. Ik stel voor dat we haar een laatste "
    "herinnering sturen en haar daarna uitschrijven. Mijn vraag aan het bestuur is of we dat zo mogen doen.",
])
def test_private_twins_still_warn(detector, text):
    assert warns(detector, text)


WIKI_LIST = (
    "Een heemraad is lid van het dagelijks bestuur van een waterschap. Tot 1990 werd hij door de ingelanden gekozen; "
    "sindsdien kiest het algemeen bestuur de heemraden uit zijn midden.\n\n"
    "Taken\n\nbewerken\n\n"
    "Een heemraad heeft een eigen portefeuille, zoals waterkwaliteit, dijken of financiën.\n\n"
    "Lijst van heemraden\n\nbewerken\n\n"
    "Nr. Naam Waterschap Portefeuille Sinds\n"
    "1 Hendrikje Wiersma Waterschap Drents Overijsselse Delta financiën 2019-05\n"
    "2 Bart van Ittersum Hoogheemraadschap Rijnland dijken 2021-01\n"
    "3 Gerrit Hofstede Waterschap Zuiderzeeland waterkwaliteit 2023-03\n")
FOOTBALL_COLUMN = (
    "Elk weekend gebeurt er op de velden van het amateurvoetbal wel iets dat een stukje waard is. Soms kijk je met "
    "bewondering, soms met verbazing. Dit weekend ging het over Harm Rikkerink, de man met de fluit die in Beek "
    "halverwege de tweede helft ermee ophield, omdat supporters van de thuisclub hem bleven uitschelden. De KNVB heeft "
    "de wedstrijd gestaakt en onderzoekt wat er gebeurde. Het zegt veel over hoe er op sommige sportparken met "
    "vrijwilligers wordt omgegaan die elke zaterdag weer klaarstaan om een wedstrijd te leiden.")


@pytest.mark.parametrize("text", [WIKI_LIST, FOOTBALL_COLUMN])
def test_encyclopedia_lists_and_football_columns_are_quiet(detector, text):
    assert not warns(detector, text), detector.analyze(text)


@pytest.mark.parametrize("text", [
    # an intranet page about staff, copied with its edit buttons
    "Wie is wie in ons team\n\nbewerken\n\nHendrikje Wiersma is onze teamleider en werkt maandag tot en met "
    "donderdag. Bartholomeus van Ittersum is verzekeringsarts en zit op de tweede verdieping.\n\nbewerken\n\n"
    "Bel bij vragen over een klant eerst met je eigen coach. Hendrikje is bereikbaar op 06-41827365.",
    # a note about a client who plays football
    "Gesprek met Marco Lindeman over zijn re-integratie. Hij voetbalt nog bij de zaterdagamateurs en gaat elke "
    "zondag met zijn zoon naar het stadion. De KNVB-scheidsrechterscursus ziet hij als kans om weer ritme op te "
    "bouwen. Ik heb met hem afgesproken dat hij volgende week zijn cv stuurt en ik bel hem daarna terug.",
])
def test_private_texts_with_edit_links_or_football_still_warn(detector, text):
    assert warns(detector, text)


PARISH_BOARD_NEWS = (
    "Uit het parochiebestuur\n\n"
    "Samen op weg naar één parochie\n\n"
    "Afgelopen voorjaar spraken parochianen uit de vier geloofsgemeenschappen over de toekomst van onze kerken. "
    "Theoloog Wendelien Krabbendam hield een inleiding over haar boek over de krimpende kerk. Het pastoraal team en "
    "het parochiebestuur hebben de uitkomsten in september besproken. Niet elke kerk kan open blijven, maar de "
    "vieringen in het weekend blijven in elk dorp bestaan. In het najaar volgt een tweede avond voor alle "
    "parochianen, opnieuw met Wendelien Krabbendam als gespreksleider.")


def test_a_parish_page_is_quiet(detector):
    assert not warns(detector, PARISH_BOARD_NEWS), detector.analyze(PARISH_BOARD_NEWS)


@pytest.mark.parametrize("text", [
    # a pastoral worker's note about a parishioner
    "Pastoraal bezoek 12 maart\n\nBezocht: mevrouw Krabbendam, parochiaan van de Martinusparochie. Zij is sinds de "
    "operatie aan haar heup slecht ter been en kan de vieringen niet meer bezoeken. Het parochiebestuur vraagt of "
    "de diaken haar maandelijks de communie thuis kan brengen. Haar dochter Wendelien belt volgende week terug.",
    # a mail from the parish secretary to a colleague
    "Hoi Wendelien,\n\nKun jij de lijst met parochianen die de Kerkbalans nog niet betaald hebben nalopen? "
    "Het parochiebestuur wil de herinneringen voor de vieringen van Pasen versturen. Jan Peeters van de Dorpsstraat "
    "staat er twee keer op.\n\nGroet, Marga",
])
def test_private_parish_texts_still_warn(detector, text):
    assert warns(detector, text)
