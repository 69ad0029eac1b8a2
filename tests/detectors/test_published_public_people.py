"""Real public pages that warned while they name no private person (public_real9..11): a lintjesregen, a club's
or a party's page about its board, a council naming its wethouders, a congress programme. They name people with a
title ("Mevrouw E. de Wit", "De heer Wim Aalderink") the way notes about clients do, but beside a public role.
Each class is checked against private twins that must still warn: a staff magazine, a note about a client, a
works council's minutes."""
from __future__ import annotations

import pytest

from detectors.published import kinds, reads_as_published
from tests.helpers.verdict import warns

LINTJES = (
    "Achttien Zwollenaren krijgen een lintje\n\n"
    "ZWOLLE - Burgemeester Jan Willem Brink heeft vrijdagochtend in de Stadshof achttien koninklijke "
    "onderscheidingen uitgereikt.\n\n"
    "Lid in de Orde van Oranje-Nassau\n\n"
    "Mevrouw H.J. Veldkamp-Ooms\nMevrouw Veldkamp zet zich al veertig jaar in voor de kerkelijke gemeente en "
    "bezoekt ouderen in de wijk Assendorp. Daarnaast leidt zij al twintig jaar het koor van het verzorgingshuis.\n\n"
    "De heer R. Tuinstra\nDe heer Tuinstra is sinds 1992 vrijwilliger bij de reddingsbrigade en traint jonge "
    "zwemmers op zaterdag.")
CLUB_CHAIR = (
    "Wisseling van de wacht\n\n"
    "De heer Gerrit Mulder heeft het bestuur laten weten dat hij na twaalf jaar stopt als voorzitter van onze "
    "vereniging. Het bestuur is hem dankbaar voor alles wat onder zijn voorzitterschap is bereikt, zoals de bouw "
    "van het nieuwe clubhuis aan de dijk en de groei naar driehonderd leden.\n\n"
    "Het bestuur stelt de leden voor om de heer Ruud Hoekstra, nu penningmeester, te benoemen tot voorzitter. "
    "Tot de algemene ledenvergadering in maart treedt de heer Hoekstra op als interim-voorzitter.")
WETHOUDERS = (
    "Lokale partij draagt twee wethouders voor\n\n"
    "Dorpsbelang heeft na een selectieprocedure twee kandidaten gekozen voor het nieuwe college, dat na de "
    "verkiezingen van maart is gevormd. De heer Henk Lammers wordt wethouder voor de portefeuilles werk en inkomen, jeugd en sport. "
    "Mevrouw Ilse Brouwer wordt wethouder voor ruimtelijke ordening, verkeer en duurzaamheid. De heer Lammers was "
    "eerder acht jaar raadslid. De leden van de partij stemmen donderdag over de voordracht van beide wethouders.")
CONGRESS = (
    "Programma Landelijk Waterdag 2019\n\n"
    "Het programma van de derde Landelijke Waterdag, gehouden op 14 maart 2019 in de Jaarbeurs, zag er als volgt "
    "uit.\n\n10.00 uur Welkom door dagvoorzitter Noor van Dam.\n\nOpening. De heer Van Leeuwen is hoogleraar "
    "waterbouwkunde aan de TU Delft en spreekt over dijken, zeespiegelstijging en de lessen van de "
    "watersnoodramp.\n\n11.00 uur Debat met bestuurders van waterschappen en provincies over de kosten van het "
    "beheer, met vragen uit de zaal.")


@pytest.mark.parametrize("text", [LINTJES, CLUB_CHAIR, WETHOUDERS, CONGRESS])
def test_public_people_named_with_a_title_beside_their_public_role(detector, text):
    assert reads_as_published(text)
    assert not warns(detector, text), detector.analyze(text).findings


@pytest.mark.parametrize("text", [
    # a staff magazine: colleagues named with a title and the firm's own roles, no public role
    "Afscheid in de werkplaats\n\nEn weer was het feest op de fabriek: de heer A. Kooistra van de elektrotechnische "
    "werkplaats ging na veertig dienstjaren met pensioen. Tijdens de receptie op het kantoor van de heer Dijkhuis, "
    "bedrijfsleider, kreeg hij een klok en een bos bloemen voor zijn vrouw. De heer Kooistra gaat nu vissen en "
    "zijn kleinkinderen vaker zien. Wij wensen hem en zijn vrouw nog vele gezonde jaren toe.",
    # a note about a client beside a wethouder: the client has no public role
    "Bezoek wijkteam Holtenbroek\n\nWethouder Postma bezocht dinsdag het wijkteam en sprak met de "
    "consulenten over de wachtlijsten bij de schuldhulp en de samenwerking met de woningcorporatie. Daarna werd "
    "de situatie van mevrouw Bakker besproken, die sinds maart geen huur meer betaalt en een brief van de "
    "deurwaarder kreeg. De wethouder vroeg om een voorstel voor een snellere aanpak van zulke gevallen.",
    # a works council's chair with a title beside a colleague who has none
    "De heer Visser, voorzitter van de ondernemingsraad, heeft het verzoek van mevrouw El Amrani om een andere "
    "werkplek besproken met de manager van het team. Mevrouw El Amrani heeft sinds de verhuizing last van de "
    "drukte op de nieuwe afdeling en werkt daarom vaker thuis. Afgesproken is dat zij in januari een eigen plek "
    "krijgt in de stille ruimte op de derde verdieping, naast de printers van het secretariaat.",
])
def test_people_named_with_a_title_without_public_role_still_warn(detector, text):
    assert not reads_as_published(text)
    assert warns(detector, text)


# English pages of Dutch public bodies: the word model learned from Dutch pages and is less sure of English prose
BOARD_EN = (
    "Executive Board\n\n"
    "The Executive Board is responsible for the management of the Dutch Water Authority and reports to the "
    "Ministry of Infrastructure. The board consists of three members, who are appointed for a period of four "
    "years and can be reappointed once.\n\n"
    "Since 1 May 2021 ir. K.A. (Karin) Oosterhuis has been chair of the board. The other board members are "
    "drs. T. (Thijs) van Rijn and mr. E.L. (Esther) Bouma, who was reappointed in March 2024.")
ALUMNI_EN = (
    "Alumni news\n\n"
    "After his PhD in Groningen, Sander Wolters spent six years as a postdoc in Heidelberg before he returned to "
    "the Netherlands. He is now professor of cell biology and dean of the Faculty of Science at Radboud "
    "University, where he leads a group of twelve researchers. Wolters lives in Nijmegen with his wife and their "
    "two daughters, and still cycles to the lab every morning.")


@pytest.mark.parametrize("text", [BOARD_EN, ALUMNI_EN])
def test_english_pages_of_public_bodies_name_public_people(detector, text):
    assert reads_as_published(text)
    assert not warns(detector, text), detector.analyze(text).findings


@pytest.mark.parametrize("text", [
    # a reference letter in English: a department, no public body
    "Marco de Graaf joined the finance department in Utrecht in 2018 as a junior controller and left as senior "
    "controller this autumn. During that time he rebuilt the monthly closing process and trained three new "
    "colleagues. De Graaf is precise, calm under pressure and well liked by the team. He leaves at his own "
    "request to move to Lisbon with his partner, and we recommend him to any employer without hesitation.",
    # an HR note in English about an employee, who studied at a university
    "Note on Sophie Kramer, team lead customer service. Sophie studied psychology at Leiden University and has "
    "worked for us since 2016. Since September she has often been absent on Mondays and her team says she seems "
    "tired and withdrawn. Her manager will discuss this with her next week and offer a meeting with the company "
    "doctor. Her salary review is on hold until the university course she asked us to fund has been approved.",
])
def test_english_private_texts_still_warn(detector, text):
    assert not reads_as_published(text)
    assert warns(detector, text)


# politicians by their parties, a party's own page, a proposal to the Staten, a council letter, parliament's minutes,
# handball news: published texts that name public people or carry a public body's letter metadata
PERSONALIA = (
    "Personalia 12-2024\n\n"
    "Voor het burgemeestersambt in Oosterwolde hebben achttien kandidaten gesolliciteerd.\n\n"
    "Henk Brouwer\nPer 1 juni is Henk Brouwer benoemd tot burgemeester van Oosterwolde. Brouwer (58) is lid van het "
    "CDA. Hij was acht jaar wethouder van Heerenveen.\n\n"
    "Petra Smit\nPetra Smit wordt burgemeester van Assen. Smit (47) is lid van de VVD en was eerder "
    "directeur van een woningcorporatie. Zij volgt Jan Mulder (PvdA) op.")
PARTY_EVENT = (
    "Voorjaarscongres Noord\n\n"
    "Op zaterdag 12 april organiseren de afdelingen Groningen, Friesland en Drenthe van D66 weer het "
    "Voorjaarscongres Noord. Sprekers zijn onder anderen onze lijsttrekker Marieke Hoogland en onze "
    "fractievoorzitter in de Staten Pieter de Haan.\n\n"
    "Programma\n10.00 Inloop\n10.30 Welkomstwoord door de afdelingsvoorzitter\n11.00 Debat over wonen in het "
    "noorden, met raadsleden van D66 en de jongerenorganisatie.")
STATENVOORSTEL = (
    "Statenvoorstel\n\nDATUM 14-3-2023 NUMMER PS-2023-11\n\nSTELLER J. de Wit\n\nPORTEFEUILLEHOUDER Kramer\n\n"
    "Onderwerp : Uitvoeringsprogramma Vitale Dorpen\n\nAan Provinciale Staten,\n\nGevraagd besluit\n\n"
    "Provinciale Staten besluiten het uitvoeringsprogramma Vitale Dorpen vast te stellen en daarvoor 2,4 miljoen "
    "euro beschikbaar te stellen uit de reserve leefbaarheid. De provincie steunt daarmee dorpshuizen, winkels en "
    "vervoer in kleine kernen, samen met de gemeenten. Gedeputeerde Staten leggen het programma na twee jaar "
    "opnieuw aan de Staten voor, met een evaluatie van wat de provincie heeft bereikt.")
RIB = (
    "Raadsinformatiebrief\n\nonderwerp Tijdelijke huisvesting statushouders\n\nportefeuillehouder P. Smeets\n\n"
    "ons kenmerk 2024-118 steller A. de Rooij datum 12 maart 2024\n\nInformatie voor de raad (voor kennisgeving)\n\n"
    "Met deze raadsinformatiebrief informeren wij u over de tijdelijke huisvesting van statushouders aan de "
    "Kazernelaan. De gemeenteraad heeft in januari gevraagd om een overzicht van de kosten. Burgemeester en "
    "wethouders van Venray,\n\nde secretaris, de burgemeester")
HANDELINGEN = (
    "Voorzitter: Bruijn\nTegenwoordig zijn 71 leden, te weten:\nAkkerman, Bakker, Van Dijk, Frentrop, Geerdink, "
    "Hermans, Jansen, Kluit, Van Leeuwen, Meijer, Nicolaï, Oomen, Prast, Rosenmöller, Schalk, Talsma, Veldhoen, "
    "Visseren en De Vries,\nen de heer Van Hijum, staatssecretaris Sociale Zaken en Werkgelegenheid.\n\n"
    "Afwezig met bericht van verhindering: Bakker en Meijer, wegens bezigheden elders.")
HANDBAL = (
    "KORT NIEUWS - week 12\n\nOp deze plaats korte berichten uit binnen- en buitenland.\n\n"
    "Hurry-Up door naar halve finale - Hurry-Up heeft in de kwartfinale van het bekertoernooi Volendam verslagen. "
    "De ploeg uit Zwartemeer nam snel een voorsprong en ging rusten met een marge van vijf doelpunten. Donderdag "
    "wacht in de halve finale Limburg Lions.\n\nVier Duitse clubs door in de European League - Na de vijfde "
    "speeldag staan de Duitse ploegen in de groepsfase. Aanvoerder Luc Steins scoorde acht keer.")


@pytest.mark.parametrize("text", [PERSONALIA, PARTY_EVENT, STATENVOORSTEL, RIB, HANDELINGEN, HANDBAL])
def test_politicians_party_pages_public_papers_and_sports_news_are_published(detector, text):
    assert reads_as_published(text)
    assert not warns(detector, text), detector.analyze(text).findings


@pytest.mark.parametrize("text", [
    # one of our own named is still one of our own, also beside the parties of a council
    "Verslag van de open dag in Zwolle. Het was druk in de hal en er kwamen vragen over de WW, de WIA en de "
    "bijstand. Onze klantmanager Sanne Jansen sprak met raadsleden van VVD en CDA over het tekort aan banen in de "
    "regio; de gesprekken met de fracties gaan in maart verder, als de wethouder terug is van vakantie. Sanne "
    "maakt daarvoor een overzicht van de vacatures die we nu niet vervuld krijgen.",
    # a mail's header with a subject about a proposal to the Staten: the other header lines still count
    "Van: Joke de Wit\nAan: Kees Kramer\nOnderwerp: statenvoorstel Vitale Dorpen\n\nKees, hierbij het concept van "
    "het statenvoorstel voor Provinciale Staten. Gedeputeerde Staten bespreken het dinsdag. Kun je de cijfers van "
    "de reserve leefbaarheid nog even nakijken? Mijn mobiel is 06-12345678 als er iets is.",
    # a letter to a citizen with its reference, a council mentioned
    "Ons kenmerk 2024-0815\n\nMevrouw S. Bakker\nDorpsstraat 4\n7901 AB Hoogeveen\n\nU heeft bezwaar gemaakt "
    "tegen de beslissing over uw bijstandsuitkering. De gemeenteraad heeft de regels in 2023 aangepast en de "
    "wethouder heeft de burgemeester hierover geïnformeerd. Uw bezwaar wordt op 12 maart behandeld.",
])
def test_private_texts_naming_parties_councils_or_proposals_still_warn(detector, text):
    assert not reads_as_published(text)
    assert warns(detector, text)


@pytest.mark.parametrize("text, kind", [
    (PERSONALIA, "party"),  # "lid van het CDA", "(PvdA)"
    (PARTY_EVENT, "party"),
    (HANDELINGEN, "parliament"),  # "Tegenwoordig zijn 71 leden": the opening of parliament's minutes
    (HANDBAL, "sport"),
])
def test_kinds_of_published_writing(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    # parties' short names that are also words or surnames are no sign: "Groen", "Vooruit", "GL"
    "Vooruit, zei Anja Groen tegen haar collega, we moeten de GL-lijst van vorige week nog afmaken.",
    # one party named is no sign either
    "Meneer Bakker vertelde dat hij vroeger lid van de VVD was en nu vrijwilliger is bij de voedselbank.",
])
def test_no_party_kind_without_two_parties(text):
    assert "party" not in kinds(text)


# a regulation's "Besluit:" and a council's "ter goedkeuring" are no note's decision and no internal draft
REGULATION = (
    "Mandaatbesluit afdeling Vergunningen 2024\n\n"
    "Het dagelijks bestuur van het waterschap Vallei en Veluwe;\n\n"
    "gelet op artikel 83 van de Waterschapswet en afdeling 10.1.1 van de Algemene wet bestuursrecht;\n\n"
    "BESLUIT:\n\n"
    "Artikel 1\nMandaat wordt verleend aan het hoofd van de afdeling Vergunningen, mr. H. Visser, om namens het "
    "dagelijks bestuur te beslissen op aanvragen om een watervergunning.\n\n"
    "Artikel 2\nDit besluit treedt in werking op de dag na bekendmaking in het waterschapsblad.")
COUNCIL_MINUTES_BE = (
    "Zitting van de gemeenteraad van 14 december 2023\n\n"
    "Aanwezig: Tom Verhaeghe, voorzitter; Els De Smet, burgemeester; Pieter Claeys, Lies Vandamme, schepenen; "
    "raadsleden.\n\n"
    "1. Notulen van de vorige zitting\nDe notulen van de zitting van 16 november worden ter goedkeuring voorgelegd "
    "en zonder opmerkingen goedgekeurd.\n\n"
    "2. Budget 2024\nDe raad keurt het budget 2024 goed met 15 stemmen voor en 6 tegen. Raadslid Wouters vraagt "
    "om meer geld voor de fietspaden langs de Leie.")


@pytest.mark.parametrize("text", [REGULATION, COUNCIL_MINUTES_BE])
def test_regulations_and_council_minutes_are_published(detector, text):
    assert reads_as_published(text)
    assert not warns(detector, text), detector.analyze(text).findings


@pytest.mark.parametrize("text", [
    # a decision on a client's application, with the law it rests on
    "Besluit op uw aanvraag bijzondere bijstand\n\n"
    "Gelet op artikel 35 van de Participatiewet en artikel 4 van de Beleidsregels bijzondere bijstand;\n\n"
    "Besluit:\n\nDe aanvraag van de heer K. Yilmaz, Stationsweg 12 in Dalfsen, om vergoeding van een wasmachine "
    "wordt afgewezen, omdat hij de kosten uit zijn eigen inkomen kan betalen.",
    # an internal memo that puts a proposal to the council to the management for approval
    "Memo aan het MT\n\nHet raadsvoorstel over de schuldhulp ligt ter goedkeuring bij het MT. Sanne de Vries heeft "
    "de cijfers van het derde kwartaal verwerkt. De gemeenteraad bespreekt het voorstel op 12 maart; de wethouder "
    "wil het eerst met de teamleiders doornemen, omdat twee consulenten langdurig ziek zijn.",
])
def test_decisions_on_clients_and_internal_approval_still_warn(detector, text):
    assert not reads_as_published(text)
    assert warns(detector, text)


COLOPHON = (
    "Colofon\n\nSchakelen en verbinden. Twaalf gesprekken over werk en inkomen in de regio.\n\n"
    "Uitgave: Vereniging van Managers Werk en Inkomen, Utrecht, juni 2019\nTekst: Marleen Dijkstra en Joost "
    "Hendriks\nEindredactie: Anouk Peters\nVormgeving: Studio Lijn, Groningen\nDruk: Drukkerij Veldhuis, Raalte\n\n"
    "© 2019 VMWI. Overname van teksten is toegestaan met bronvermelding.\n\nPostbus 1234, 3500 AB Utrecht, "
    "telefoon 030 123 45 67, secretariaat@vmwi.nl")


def test_a_colophon_is_published(detector):
    assert reads_as_published(COLOPHON)
    assert not warns(detector, COLOPHON), detector.analyze(COLOPHON).findings


def test_a_private_text_with_a_photo_credit_still_warns(detector):
    text = ("Foto: Marieke Smit\n\nAfscheid van onze collega Henk Bosman na 38 jaar bij de vestiging Emmen. Henk "
            "heeft de laatste maanden veel thuis gezeten vanwege zijn hartklachten, maar kwam vrijdag toch taart "
            "eten. © team Emmen. Een kaart kan naar zijn huisadres, Wilhelminastraat 8 in Emmen.")
    assert not reads_as_published(text)
    assert warns(detector, text)


# a commemoration in parliament ("Geachte medeleden"), a town hall's condolence register ("daarvoor hoeft geen
# afspraak gemaakt te worden"), a liveblog's hosts ("Onze namen zijn ...")
COMMEMORATION = (
    "De voorzitter:\n\nVoordat wij overgaan tot de stemmingen verzoek ik de leden op te staan in verband met een "
    "herdenking.\n\nGeachte medeleden, vorige week bereikte ons het bericht van het overlijden van het vroegere "
    "Kamerlid de heer Gerrit Jan Hofstede, op de leeftijd van 81 jaar. De heer Hofstede was lid van onze Kamer van "
    "1981 tot 1994 en woordvoerder landbouw. Ik verzoek u enkele ogenblikken stilte in acht te nemen.")
CONDOLENCE = (
    "Rouwregister voor overleden oud-burgemeester Van Damme\n\n"
    "Oud-burgemeester Karel Van Damme is zondag op 84-jarige leeftijd overleden. Hij was twintig jaar burgemeester "
    "van Tielt. Op het stadhuis ligt vanaf maandag een rouwregister. Het register kan tijdens de openingsuren "
    "ondertekend worden; daarvoor moet geen afspraak gemaakt worden. Op de dag van de uitvaart vormen de brandweer en "
    "de politie een erehaag voor het stadhuis.")
LIVEBLOG = (
    "Eredivisie live: Feyenoord-Heracles en Ajax-Go Ahead\n\nIn de Eredivisie komen zondag de topclubs in actie. "
    "Volg alles in ons liveblog.\n\nFeyenoord-Heracles 1-0\nAjax-Go Ahead 2-2\n\nUitslagen: FC Twente-PSV 1-3 "
    "Goedemiddag en welkom in ons liveblog over deze voetbalzondag! Onze namen zijn Sanne Kok en Ruben Bakker en wij houden je de komende uren op de hoogte van alle "
    "wedstrijden. 12' Daar is de 1-0 voor Feyenoord: de spits kopt een hoekschop binnen. 38' De keeper van Heracles "
    "redt knap op een schot van de aanvoerder. 45' Rust in De Kuip, de scheidsrechter fluit af.")


@pytest.mark.parametrize("text", [COMMEMORATION, CONDOLENCE, LIVEBLOG])
def test_commemorations_condolences_and_liveblogs_are_published(detector, text):
    assert reads_as_published(text)
    assert not warns(detector, text), detector.analyze(text).findings


@pytest.mark.parametrize("text", [
    "Geachte collega,\n\nNaar aanleiding van ons gesprek over meneer Dijkstra: hij heeft zijn uitkering sinds maart "
    "niet meer ontvangen en zijn huur niet betaald. Kunt u de betaling deze week nog vrijgeven? De wethouder is op "
    "de hoogte.\n\nMet vriendelijke groet,\nMarja Kuipers",
    "Telefoonnotitie 4 maart\n\nMevrouw El Idrissi belde over de brief over haar toeslag. Er is een afspraak gemaakt "
    "voor dinsdag 10.00 uur aan de balie in Tielt. Zij neemt haar loonstroken en het huurcontract mee.",
    "Afscheid in de kantine\n\nOnze medewerker Ruben Bakker neemt vrijdag afscheid na 25 jaar op de afdeling "
    "debiteuren. Ruben heeft de laatste maanden thuis gezeten met rugklachten. Een kaart kan naar zijn huisadres.",
])
def test_greetings_appointments_and_our_own_people_still_warn(detector, text):
    assert not reads_as_published(text)
    assert warns(detector, text)


def test_a_titled_name_inside_a_quote_is_the_reportage_speaking():
    from detectors.published import _titled_without_role

    reportage = ("Handhavers in de Drechtsteden\n\n“Meneer Tesfay, u heeft een bijstandsuitkering. Weet u dat u "
                 "veranderingen moet melden?” De handhaver kijkt de man vriendelijk aan.")
    note = "Handhaving\n\nMeneer Tesfay heeft een bijstandsuitkering en heeft zijn nieuwe adres niet gemeld."
    assert not _titled_without_role(reportage)
    assert _titled_without_role(note)


@pytest.mark.parametrize("text, without_role", [
    # an initial's full stop ends no sentence: the role after the name still counts
    ("Benoemingen\n\nDe heer K.J. Bos wordt per 1 mei wethouder van Staphorst.", False),
    ("Mevrouw E. de Wit-Koster is gekozen tot penningmeester van de vereniging.", False),
    ("Mevrouw E. de Wit-Koster heeft een betalingsachterstand. De wethouder is op de hoogte.", True),
])
def test_a_public_role_after_a_name_with_initials(text, without_role):
    from detectors.published import _titled_without_role

    assert _titled_without_role(text) is without_role


UNIVERSITY_NEWS = (
    "Twee nieuwe universiteitshoogleraren benoemd\n\nDe Universiteit Twente heeft twee nieuwe "
    "universiteitshoogleraren: Anke de Ruiter en Wouter Jansma. Zij houden in het voorjaar hun oratie. De Ruiter "
    "is sinds 2015 hoogleraar aan de faculteit Gedrag en Maatschappij.")


def test_university_news_is_a_kind_of_published_writing():
    assert "academia" in kinds(UNIVERSITY_NEWS)
    # a reference letter names one university: no sign
    assert "academia" not in kinds("Sanne studeerde bedrijfskunde aan de Universiteit Utrecht en werkt sinds 2019 "
                                   "bij ons als adviseur.")


def test_a_reference_letter_with_a_promotor_still_warns(detector):
    text = ("Aanbeveling voor dr. Lotte Verbruggen\n\nLotte promoveerde in 2022 aan de Universiteit Leiden op een "
            "proefschrift over arbeidsmigratie; ik was haar promotor en heb haar vier jaar begeleid. \"Zij is de "
            "beste onderzoeker die ik heb gehad\", zei haar copromotor. Ik beveel haar van harte aan voor de functie "
            "van universitair docent bij uw faculteit. Bel mij gerust op 06-41234567.")
    assert not reads_as_published(text)
    assert warns(detector, text)
