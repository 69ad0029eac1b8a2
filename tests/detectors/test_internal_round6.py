"""Round 6: internal documents written as calm prose, with no title or label that says so.

A team's period report in sentences, a reorganisation update for staff, a staff-newsletter item about
colleagues (farewell, leave, a death), and markings the rules missed ("(intern)" after a report title, a
marking line right above memo headers). All texts are newly invented (no line of any corpus). Each group
of positives has public twins that must stay quiet: a gemeente's published annual report, news on a
reorganisation at a company, an association newsletter, a CBS figure release.
"""
import pytest


def cats(detector, text):
    return detector.analyze(text).category_names


# -- a staff-newsletter item or a reorganisation update: several things only colleagues write -----
@pytest.mark.parametrize("text", [
    # farewell and leave in a team's own news
    "Na negentien jaar neemt Gerard Bosman afscheid van ons team; hij gaat met pensioen. Zijn dossiers "
    "worden overgenomen door Linda Smit. Op vrijdag 12 december is er een borrel in de kantine.\n\n"
    "Karin Dijkstra is vanaf januari met ouderschapsverlof.",
    # a death of a colleague
    "Met verdriet laten wij weten dat onze collega Herman Pol afgelopen dinsdag is overleden. Herman werkte "
    "sinds 2004 op de afdeling debiteuren. Bij de ingang van het kantoor ligt een condoleanceregister. Vanuit "
    "de afdeling gaan Ria en Kees naar de uitvaart.",
    # a jubilee with the team leader
    "Deze maand is Fatima el Idrissi 40 jaar in dienst. Haar teamleider Joost Meijer biedt haar op "
    "donderdag bloemen aan; collega's noemen haar het geheugen van het archief.",
    # a colleague away, who stands in, where the cards go
    "Sinds oktober is Wendy Kramer van de postkamer met een gebroken heup thuis. Tot Wendy terug is, sorteert "
    "Ahmet Yildiz de post. Wie haar iets wil sturen: er staat een doos bij de koffieautomaat.",
    # a reorganisation update for staff
    "De afdelingen inkoop en contractbeheer gaan per 1 maart samen. Alle medewerkers hebben inmiddels hun "
    "plaatsingsbesluit ontvangen; drie collega's zijn herplaatsingskandidaat. In de nieuwe formatie is "
    "ruimte voor twee extra contractmanagers.",
])
def test_staff_news_and_reorganisation_updates_are_internal(detector, text):
    assert "DEPARTMENT_REPORT" in cats(detector, text)


@pytest.mark.parametrize("text", [
    # news on a reorganisation at a company
    "Bij verzekeraar Achmea verdwijnen dit jaar zo'n 300 banen. Dat meldt het bedrijf dinsdag. Medewerkers "
    "die boventallig worden, krijgen volgens de vakbond een sociaal plan en hulp bij het zoeken naar werk.",
    # an association newsletter
    "Nieuws van de tennisvereniging: ons lid Anja de Groot werd clubkampioen in het dubbelspel. Het clubhuis "
    "is vanaf 1 december op zondag gesloten. De jaarvergadering is op 20 januari.",
    # a gemeente's published obituary of a former alderman
    "Met verdriet hebben wij kennisgenomen van het overlijden van oud-wethouder Jan Brouwer. Hij was van "
    "1994 tot 2006 wethouder van onze gemeente. In het gemeentehuis ligt een condoleanceregister.",
    # a care home's public page: a new ward on a floor, and who stands in
    "Op 1 december opent op de tweede verdieping onze nieuwe afdeling voor mensen met dementie. Tot een nieuwe "
    "teamleider is gevonden, neemt de locatiemanager die taak waar.",
    # a shop's web page on a colleague's jubilee, a gemeente on a former colleague who died: about colleagues,
    # not for them
    "Onze collega Truus staat al sinds 1985 achter de toonbank: dit jaar is ze 40 jaar in dienst. Kom zaterdag "
    "langs in de winkel voor een stukje taart!",
    "Met verdriet melden wij het overlijden van onze oud-collega en oud-wethouder Piet Vos. In het gemeentehuis "
    "ligt vanaf maandag een condoleanceregister.",
    # a gemeente's annual report on its own organisation, a mayor on leave
    "Bedrijfsvoering\n\nIn 2024 is het nieuwe zaaksysteem ingevoerd. In de nieuwe formatie is ruimte voor 12 fte "
    "extra. De raad is hierover in juni geïnformeerd.",
    "Burgemeester De Vries is met verlof. Tot zij terug is, neemt wethouder Bakker het ambt waar. De raad "
    "vergadert tijdelijk op de tweede verdieping van het stadhuis.",
    # a company's page for applicants, a shop's notice to customers, sports news
    "Werken bij Van Dijk Installatietechniek\n\nSanne werkt sinds 2019 als monteur bij ons. Haar teamleider Mark: "
    "\"Collega's noemen haar de stille kracht.\" Ben jij ook zo handig? Bekijk onze vacatures.",
    "Afscheid van ons team: na 30 jaar gaat Jan Pieters met pensioen. Zijn klanten worden overgenomen door Ria "
    "de Boer. Wilt u een afspraak maken? Bel 0412-123456.",
    "De KNVB meldt dat bondscoach Koeman met verlof is. Tot hij terug is, leidt zijn assistent de trainingen.",
    # a company's published news about a jubilee
    "Bakkerij Van der Linden viert dit jaar haar 40-jarig bestaan. De zaak begon in 1985 aan de Markt en "
    "heeft nu vier winkels en 35 medewerkers.",
])
def test_public_news_about_staff_and_organisations_stays_quiet(detector, text):
    assert "DEPARTMENT_REPORT" not in cats(detector, text)


# -- a team's period report in sentences ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Het team bezwaar heeft in het tweede kwartaal 388 bezwaarschriften afgehandeld. De gemiddelde "
    "doorlooptijd steeg van 9 naar 12 weken en de werkvoorraad groeit, omdat een vacature open staat.",
    "Onze afdeling heeft in oktober 1.240 telefoontjes beantwoord. De achterstand in de terugbelverzoeken is "
    "opgelopen tot 160; de bezetting was door verzuim lager dan gepland.",
])
def test_a_team_period_report_in_prose_is_internal(detector, text):
    assert "DEPARTMENT_REPORT" in cats(detector, text)


@pytest.mark.parametrize("text", [
    # a CBS figure release
    "In het derde kwartaal zijn 1.012 bedrijven failliet verklaard, meldt het CBS. Dat is 8 procent meer "
    "dan in het tweede kwartaal. De doorlooptijd van een faillissement is niet bekend.",
    # a gemeente's published annual report
    "Jaarverslag 2025\n\nHet team vergunningen van de gemeente Oss heeft in 2025 1.320 aanvragen "
    "afgehandeld. De doorlooptijd bleef binnen de wettelijke termijn. Inwoners waardeerden de "
    "dienstverlening met een 7,4.",
    # a care organisation's news for its clients
    "Het team Zorg heeft in maart 1.200 cliënten bezocht. De doorlooptijd van een aanvraag en de werkvoorraad "
    "daalden. Lees meer in onze nieuwsbrief voor cliënten.",
    # a sports team
    "Het team Jumbo-Visma heeft in juli de Tour gewonnen. De achterstand op de concurrent was klein; de "
    "bezetting van de ploeg was compleet.",
    # news about a hospital's waiting lists
    "Het team spoedeisende hulp van het Maasziekenhuis heeft in het eerste kwartaal 4.100 patiënten "
    "gezien, zegt een woordvoerder. De wachttijd en de achterstand in de planning lopen op.",
])
def test_published_figures_stay_quiet(detector, text):
    assert "DEPARTMENT_REPORT" not in cats(detector, text)


# -- an internal newsletter by its title, and "(intern)" after a report title ---------------------
@pytest.mark.parametrize("text", [
    "Nieuwsbrief district Noord – intern – nummer 3\n\nWelkom aan de nieuwe collega's van de balie.",
    "Personeelsblad vestiging Tilburg – intern\n\nDeze maand: de verhuizing naar de derde verdieping.",
])
def test_an_internal_newsletter_title_is_a_report(detector, text):
    assert "DEPARTMENT_REPORT" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Nieuwsbrief Historische Vereniging Oud-Gouda – nummer 3\n\nWelkom aan de nieuwe leden van de vereniging.",
    "Nieuwsbrief voor werkgevers – december\n\nDe premies voor 2026 zijn bekend.",
])
def test_a_public_newsletter_title_stays_quiet(detector, text):
    assert "DEPARTMENT_REPORT" not in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Kwartaalverslag Q3 team Inkoop (intern)\n\nHet team sloot 14 nieuwe contracten af.",
    "Evaluatie verhuizing archief (intern)\n\nDe verhuizing duurde twee weken langer dan gepland.",
])
def test_intern_in_brackets_after_a_report_title_is_a_marking(detector, text):
    assert "CLASSIFIED" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Software developer (intern)\n\nWe are looking for a student for six months.",
    "Stageplaats communicatie (intern)\n\nWil jij een half jaar meedraaien op onze afdeling?",
])
def test_intern_in_brackets_after_a_job_title_stays_quiet(detector, text):
    assert "CLASSIFIED" not in cats(detector, text)


# -- a marking line between the title of a memo and its header lines ------------------------------
@pytest.mark.parametrize("text", [
    "Notitie voor het managementteam Noord\nIntern - niet doorsturen\nVan: Peter Willems\nOnderwerp: planning "
    "zomer\n\nWe stellen voor de balie in augustus op woensdag te sluiten.",
    "Memo aan de directeur bedrijfsvoering\nVertrouwelijk\nAan: directie\nDatum: 4 maart\n\nDe huur van het "
    "pand loopt af.",
])
def test_a_marking_above_memo_headers_is_a_marking(detector, text):
    assert "CLASSIFIED" in cats(detector, text)


@pytest.mark.parametrize("text", [
    # a heading "Vertrouwelijk" on a public page, followed by prose about it
    "Hoe UWV omgaat met uw gegevens\nVertrouwelijk\nUw gegevens zijn bij ons vertrouwelijk: alleen medewerkers "
    "die ze nodig hebben, kunnen ze inzien.",
    "Wat doet de vertrouwenspersoon bij ons bedrijf\nIntern\nDe vertrouwenspersoon is er voor alle medewerkers.",
])
def test_a_heading_word_above_prose_stays_quiet(detector, text):
    assert "CLASSIFIED" not in cats(detector, text)


# -- a one-line note signed with a full name ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Dank voor je snelle reactie op de planning, Marieke! Groet, Wouter Kampen",
    "Prima zo, ik zet het morgen in de map. Groet, Iris van Duin",
])
def test_a_note_signed_with_a_full_name_is_a_message(detector, text):
    assert "EMAIL_MESSAGE" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Bedankt voor het kijken en tot volgende week! Groet, het team van Studio Sport",
    "Dank voor je bestelling. Groet, Bol Klantenservice",
])
def test_a_sign_off_of_a_team_or_brand_stays_quiet(detector, text):
    assert "EMAIL_MESSAGE" not in cats(detector, text)


# -- a Woo request is a letter, not a released document --------------------------------------------
@pytest.mark.parametrize("text", [
    "Aan: Gemeente Heerde, t.a.v. de Woo-coördinator\nOnderwerp: Woo-verzoek over de kap van bomen\n\n"
    "Geachte heer, mevrouw,\n\nOp grond van de Wet open overheid verzoek ik om alle stukken over de kap van de "
    "linden aan de Dorpsstraat.\n\nMet vriendelijke groet,\nHenk Lubbers\nDorpsstraat 9, 8181 AB Heerde",
])
def test_a_woo_request_letter_is_a_message(detector, text):
    assert "EMAIL_MESSAGE" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Besluit op uw Woo-verzoek\n\nOp grond van de Wet open overheid maak ik de documenten in bijlage 1 openbaar. "
    "Persoonsgegevens zijn weggelakt (5.1.2e).\n\nDe burgemeester van Heerde",
])
def test_a_woo_decision_stays_public(detector, text):
    assert "EMAIL_MESSAGE" not in cats(detector, text)


# -- a piece for the staff magazine that is not out yet --------------------------------------------
@pytest.mark.parametrize("text", [
    "Achter de schermen bij de postkamer\n\nElke ochtend om zeven uur staat Bert Hoving klaar voor de eerste "
    "zakken post.\n\nTekst: Mila Schouten. Verschijnt in de interne editie van Wij Samen, maart.",
    "Nieuwe collega's aan het woord\n\nDrie starters vertellen over hun eerste maand.\n\nVerschijnt in het "
    "personeelsblad van april.",
])
def test_a_staff_magazine_piece_before_it_appears_is_a_draft(detector, text):
    assert "DRAFT" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Achter de schermen bij de bibliotheek\n\nElke ochtend om acht uur sorteren vrijwilligers de boeken.\n\n"
    "Het hele verhaal verschijnt in het decembernummer van ons magazine.",
    "Nieuw boek over de haven van Harlingen\n\nVerschijnt op 12 maart bij uitgeverij Noord.",
])
def test_a_published_teaser_stays_quiet(detector, text):
    assert "DRAFT" not in cats(detector, text)


# -- minutes in sentences -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Het overleg van de ouderraad ging vooral over het schoolreisje. Afgesproken werd dat Sandra de bus "
    "regelt en dat Mehmet de ouders mailt. Het volgende overleg is op 3 februari.",
])
def test_minutes_in_sentences_are_meeting_notes(detector, text):
    assert "MEETING_NOTES" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "De gemeenteraad van Oss besprak dinsdag de begroting. Afgesproken werd dat het college in maart met een "
    "plan komt. De volgende vergadering is op 14 maart.",
    "Het overleg over een nieuwe cao voor de schoonmaak leverde dinsdag nog geen akkoord op. Afgesproken is dat "
    "beide partijen hun voorstel op papier zetten. Het volgende overleg is op 9 april.",
    # an association newsletter with news from the board, an invitation to a neighbourhood meeting
    "Uit het bestuur van de hockeyvereniging: afgesproken is dat de kantine vanaf april ook op maandag open is. "
    "De volgende vergadering is op 12 april.",
    "Buurtoverleg De Hoven: afgesproken werd dat er meer prullenbakken komen. Het volgende overleg is op 3 mei "
    "in het buurthuis; iedereen is welkom.",
    "Boeren en het waterschap praatten woensdag over het peil in de polder. Besloten is dat er een proef komt, "
    "meldt het waterschap. Het volgende overleg is in het voorjaar.",
])
def test_news_on_a_meeting_stays_quiet(detector, text):
    assert "MEETING_NOTES" not in cats(detector, text)


# -- a list of a unit: "Verzuimlijst afdeling Inkoop week 12" ------------------------------------
@pytest.mark.parametrize("text", [
    "Bezettingslijst team Kassa week 12\nMaandag: Anouk, Rik\nDinsdag: Rik, Selma",
])
def test_a_list_of_a_unit_is_a_report(detector, text):
    assert "DEPARTMENT_REPORT" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Kandidatenlijst afdeling Utrecht voor de raadsverkiezingen\n1. Ans Koster\n2. Bram Smit",
])
def test_a_party_list_of_a_branch_is_no_report(detector, text):
    assert "DEPARTMENT_REPORT" not in cats(detector, text)


# -- notes of a visit, marked internal in the title -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Verslag bezoek Tweede Kamerleden aan vestiging Zwolle – 6 maart (intern)\n\nDe Kamerleden spraken met "
    "twee klantmanagers over de wachttijden bij de herbeoordelingen.",
    "Kort verslag bezoek wethouder aan team Werk – 14 mei – intern\n\nDe wethouder vroeg naar de instroom.",
])
def test_notes_of_a_visit_marked_internal_are_meeting_notes(detector, text):
    assert "MEETING_NOTES" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Verslag bezoek Tweede Kamercommissie aan Groningen – 6 maart\n\nDe commissie sprak met bewoners over "
    "de versterking van hun huizen.",
    "Verslag bezoek aan de Biënnale – 14 mei\n\nDe zalen in het Arsenale waren dit jaar overvol.",
])
def test_a_published_report_of_a_visit_stays_quiet(detector, text):
    assert "MEETING_NOTES" not in cats(detector, text)
