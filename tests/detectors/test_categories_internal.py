"""Issue 12: internal documents without a marking word (team reports, year plans, action lists)
and markings the rules missed (a marking in front of a title, "Intern <document>").

All texts are invented and new (no line of any corpus). Each positive has a public twin that
must stay quiet.
"""
import pytest


def cats(detector, text):
    return detector.analyze(text).category_names


# -- DEPARTMENT_REPORT: a period report or a year plan of a team, a region, a process ----------
@pytest.mark.parametrize("text", [
    "Maandrapportage oktober bezwaarafhandeling district Noord\n\nIn oktober kwamen 318 bezwaren binnen "
    "(september: 290). 64% is binnen de wettelijke termijn afgehandeld; de achterstand loopt op.",
    "Halfjaarrapportage 2025 handhaving regio Zuid-Oost\n\nWe openden 41 onderzoeken, tegen 33 in de eerste "
    "helft van vorig jaar. De gemiddelde doorlooptijd steeg naar 19 weken.",
    "Jaarplan 2027 team Sociaal Medische Zaken Twente (intern werkdocument)\n\nWe willen de wachttijd voor "
    "een spreekuur terugbrengen naar vier weken en twee nieuwe verzekeringsartsen inwerken.",
    "Kwartaalrapportage Q1 klantcontact vestiging Breda\n\nWe beantwoordden 9.400 telefoontjes (Q4: 8.100). "
    "Het aandeel binnen 2 minuten opgenomen daalde naar 61%.",
    "Weekoverzicht werkvoorraad WW-intake Amsterdam\n\nOpenstaand: 1.204 aanvragen, waarvan 212 ouder dan "
    "vier weken. Instroom deze week 388, uitstroom 351.",
    "Jaarplan 2026 afdeling Inkoop\n\nSpeerpunten: minder inhuur, een kortere doorlooptijd van aanbestedingen.",
])
def test_an_internal_report_without_a_marking(detector, text):
    assert "DEPARTMENT_REPORT" in cats(detector, text)


@pytest.mark.parametrize("text", [
    # public: an organisation's published reports, statistics and plans
    "Kwartaalrapportage UWV derde kwartaal 2025\n\nIn het derde kwartaal ontvingen 312.000 mensen een "
    "WW-uitkering. Dat zijn er 4% meer dan een jaar eerder.",
    "Jaarplan 2026 gemeente Oss\n\nIn 2026 investeert de gemeente in woningbouw, het sociaal domein en "
    "een schonere binnenstad. Lees het hele plan op onze website.",
    "Regionale arbeidsmarktrapportage Q2 2025 regio Midden-Utrecht\n\nDe werkloosheid in de regio daalde "
    "naar 3,4%. Vooral in de zorg en de techniek zijn veel vacatures.",
    "Maandrapportage CBS: consumentenvertrouwen oktober\n\nDe stemming onder consumenten verbeterde in "
    "oktober licht. Het consumentenvertrouwen kwam uit op -21.",
])
def test_a_published_report_or_plan_is_no_department_report(detector, text):
    assert "DEPARTMENT_REPORT" not in cats(detector, text)


# -- MEETING_NOTES: an action list typed in lower case under a short title --------------------
@pytest.mark.parametrize("text", [
    "actiepunten werkoverleg team bezwaar 14-11\n- jolanda plant de training nieuwe werkinstructie\n"
    "- achterstand bespreken met de teamleider\n- volgende keer: evaluatie thuiswerkdagen",
    "afspraken overleg met de gemeente 3 maart\n* gemeente stuurt de lijst met deelnemers\n"
    "* uwv regelt een ruimte voor het spreekuur\n* verslag rondsturen voor vrijdag",
    "Actiepunten stuurgroep digitalisering\n1. planning herzien\n2. budget aanvragen bij de directie\n"
    "3. risico's in kaart brengen",
    "Verslag bila Noor / Dennis 3-4\n- stand van de dossiers\n- opleidingswensen\n- verlof in juli",
    "aantekeningen 1-op-1 met teamleider 18-9\n- werkdruk\n- thuiswerkdagen",
])
def test_an_action_list_under_a_meeting_title(detector, text):
    assert "MEETING_NOTES" in cats(detector, text)


@pytest.mark.parametrize("text", [
    # a public page about meetings, and a debate list in parliament
    "Actiepunten uit het Klimaatakkoord\n- meer zonnepanelen op daken\n- minder uitstoot door de industrie",
    "Overleg met werkgevers? Zo bereidt u het voor\n- maak een agenda\n- nodig de juiste mensen uit",
])
def test_a_public_list_is_no_meeting_notes(detector, text):
    assert "MEETING_NOTES" not in cats(detector, text)


# -- CLASSIFIED: a marking in front of a title; "Intern" + the kind of document ----------------
@pytest.mark.parametrize("text", [
    "Vertrouwelijk – overzicht re-integratietrajecten team Arbeidsdeskundigen, oktober\n\n"
    "12 trajecten lopen, 3 zijn gestopt.",
    "Strikt vertrouwelijk | evaluatie reorganisatie klantcontact\n\nDe evaluatie laat zien dat de werkdruk steeg.",
    "Intern werkdocument\n\nDit overzicht bevat de planning van de migratie naar het nieuwe zaaksysteem.",
    "Interne notitie\n\nDe afdeling stelt voor de openingstijden van het kantoor te beperken.",
    "Evaluatie pilot hybride werken (vertrouwelijk)\n\nVan de 40 deelnemers wil 31 doorgaan.",
])
def test_a_marking_in_front_of_or_beside_a_title(detector, text):
    assert "CLASSIFIED" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Vertrouwelijk – zo gaat UWV om met uw medische gegevens\n\nUw gegevens zijn bij ons veilig. "
    "Alleen wie ze nodig heeft, kan ze zien.",
    "Geheim – een nieuwe thriller van een Nederlandse schrijver\n\nDe roman speelt zich af in Groningen.",
    "Interne vacatures bij de gemeente\n\nBekijk hier de vacatures voor medewerkers.",
    "Vertrouwelijk omgaan met klantgegevens (e-learning)\n\nIn deze cursus leert u hoe u gegevens beschermt.",
])
def test_a_heading_about_confidentiality_stays_public(detector, text):
    assert "CLASSIFIED" not in cats(detector, text)


@pytest.mark.parametrize("text", [
    # news about a published quarterly report, with backlog and intake figures
    "UWV-kwartaalrapportage: achterstand bij WIA-keuringen groeit\n\nDe achterstand bij de keuringen is opnieuw "
    "gegroeid. De instroom van aanvragen steeg, terwijl er minder beoordelingen werden afgehandeld.",
    # a headline about an internal report
    "Intern rapport: UWV faalde\n\nUit een intern rapport blijkt dat UWV jarenlang fouten maakte.",
    # a public list of agreements from a national consultation
    "Afspraken uit het Landelijk Overleg Vakbonden\n- de lonen stijgen met 3%\n- er komt een regeling voor "
    "zware beroepen",
])
def test_news_and_public_lists_stay_quiet(detector, text):
    assert not {"DEPARTMENT_REPORT", "MEETING_NOTES", "CLASSIFIED"} & set(cats(detector, text))


def test_a_gemeente_team_plan_is_published(detector):
    text = "Jaarplan 2026 team Sportservice gemeente Ede\n\nIn 2026 organiseren we 40 sportactiviteiten voor inwoners."
    assert "DEPARTMENT_REPORT" not in cats(detector, text)


@pytest.mark.parametrize("text", [
    # a report without a title or a marking, written for a management team that must decide
    "De proef met avondopenstelling liep drie maanden op twee locaties. Gemiddeld kwamen er veertien bezoekers per "
    "avond; de helft had een vraag over de WW. Het managementteam wordt gevraagd te besluiten of de proef wordt "
    "verlengd tot de zomer.",
    "Het aantal bezwaren steeg in het tweede kwartaal met elf procent. Het MT heeft besloten twee tijdelijke "
    "juristen in te huren en de werkvoorraad per 1 september opnieuw te verdelen.",
])
def test_a_text_for_the_management_team_to_decide_on(detector, text):
    assert "DEPARTMENT_REPORT" in cats(detector, text)


@pytest.mark.parametrize("text", [
    # news says whose management team decided
    "Het managementteam van de bibliotheek heeft besloten de openingstijden op zaterdag te verruimen. Vanaf "
    "maart is de vestiging aan het Marktplein ook 's middags open.",
])
def test_news_about_a_management_teams_decision_is_no_department_report(detector, text):
    assert "DEPARTMENT_REPORT" not in cats(detector, text)


@pytest.mark.parametrize("text", [
    # a marking as the last part of the title line, after a dash or in brackets, among other parts
    "Verslag van bevindingen – Team Toezicht West – VERTROUWELIJK\n\nOnderzoek naar inkomsten naast de WW.",
    "Gespreksverslag bemiddeling (vertrouwelijk tussen partijen) – 4 maart 2026\n\nAanwezig: twee collega's en HR.",
    "Exitgesprek afdeling Financiën (vertrouwelijk, alleen HR)\n\nDe medewerker vertrekt per 1 april.",
    "HR NOTE – CONFIDENTIAL – not for the file until reviewed\n\nThe employee asked for fewer hours.",
])
def test_a_marking_as_a_part_of_the_title_line(detector, text):
    assert "CLASSIFIED" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Kamer wil vertrouwelijk overleg over de achterstanden bij de keuringen\n\nDe Kamer vraagt de minister om uitleg.",
    "Zo gaat UWV om met vertrouwelijke gegevens – uitleg voor werkgevers\n\nUWV bewaart uw gegevens veilig.",
    "Het geheim van de Veluwe – roman (2021)\n\nEen spannend boek over een dorp en zijn bewoners.",
])
def test_confidential_as_a_word_in_a_title_is_no_marking(detector, text):
    assert "CLASSIFIED" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # the report first, the team or department in a later part of the title line
    "Rapport van bevindingen – Team Toezicht Noord\n\nUit de polisadministratie blijkt dat er inkomsten waren.",
    "Tijdlijn onderzoek 'Dubbele uren' – stand 3 maart (Team Handhaving Utrecht)\n\n- 4 januari: melding binnen.",
    "Evaluatie proef 'Bellen na één week' – district West (interne rapportage, Q1)\n\nKlantmanagers belden 80 klanten.",
    # a team's own newsletter
    "NIEUWSFLITS – team Bezwaar Arnhem, week 12\n\nAfscheid en welkom: na 30 jaar gaat Gerrit met pensioen.",
    "Teambericht Klantcontact Groningen – maart\n\nGoed nieuws: de wachttijd aan de telefoon is gedaald.",
])
def test_a_report_or_newsletter_of_a_team_by_its_title(detector, text):
    assert "DEPARTMENT_REPORT" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Rapport – Raad van State kritisch over de WIA-keuring\n\nDe Afdeling advisering schrijft dat de wet te ingewikkeld is.",
    "Evaluatie van de Participatiewet – gemeente Zwolle, team Werk\n\nDe raad krijgt de evaluatie in juni.",
    "Nieuwsbrief voor werkgevers – maart\n\nIn deze nieuwsbrief leest u over de nieuwe regels voor de WW.",
])
def test_a_public_report_or_newsletter_is_no_department_report(detector, text):
    assert "DEPARTMENT_REPORT" not in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Verslag werkbezoek wethouder aan vestiging Zwolle, 12 maart\n\nDe wethouder sprak met twee klanten en met "
    "teamleider Iris Bakker over de wachttijden.",
    "Verslag hoorzitting bezwaar – 4 februari 2026, telefonisch\nBezwaarmaker: de heer P. Doorn\n\nDe heer Doorn "
    "verklaart dat hij de brief niet heeft ontvangen.",
    "Intervision notes – team Noord, 3 March\n\nCase brought in by Sam about a client who keeps calling at night.",
])
def test_the_report_of_one_dated_meeting_by_its_title(detector, text):
    assert "MEETING_NOTES" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # undated titles of a public page or of a guide
    "Verslag van een werkbezoek\n\nIn deze rubriek leest u hoe de minister het land in gaat.",
    "Hoorzitting bij bezwaar\n\nAls u bezwaar maakt, nodigen wij u soms uit voor een hoorzitting. Daar vertelt u "
    "uw verhaal.",
])
def test_undated_titles_of_meetings_are_no_minutes(detector, text):
    assert "MEETING_NOTES" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text, category", [
    # "intern" as a middle part of a title: a marking
    ("Nieuwsbrief Regio Oost – intern – nr. 4\n\nFelicitaties voor Bram, die vader is geworden.", "CLASSIFIED"),
    # a team's update or newsletter by its title
    ("Update team Bezwaar Arnhem – maart\n\nAfscheid: na 28 jaar gaat onze Wim met pensioen.", "DEPARTMENT_REPORT"),
    ("Nieuwsbrief afdeling Handhaving, week 12\n\nDe achterstand is gedaald naar 140 dossiers.", "DEPARTMENT_REPORT"),
])
def test_a_team_newsletter_and_intern_inside_its_title(detector, text, category):
    assert category in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Nieuwsbrief voor werkgevers – maart\n\nVanaf 1 april verandert de premie. Lees wat dit voor u betekent.",
    "Stage lopen als intern – zo werkt het\n\nBij ons leer je het vak in de praktijk.",
])
def test_public_newsletters_and_the_english_intern(detector, text):
    names = detector.analyze(text).category_names
    assert "CLASSIFIED" not in names and "DEPARTMENT_REPORT" not in names


@pytest.mark.parametrize("text, category", [
    ("Weekbericht team Uitkeren Zwolle – vrijdag 6 maart\n\nPetra heeft afscheid genomen; haar dossiers gaan naar "
     "Sem.", "DEPARTMENT_REPORT"),
    ("TEAM UPDATE – Klantcontact Breda, week 11\n\nNew faces: Lina joined us on Monday.", "DEPARTMENT_REPORT"),
    ("Verzuimoverzicht team Handhaving Oost, Q1\nPersnr;Naam;Dagen\n1002;Kees Bol;12", "DEPARTMENT_REPORT"),
    ("Persoverzicht UWV – maandag 9 maart (intern, niet doorsturen)\n\nHet AD schrijft over onze klant.",
     "CLASSIFIED"),
])
def test_more_titles_of_a_teams_own_papers(detector, text, category):
    assert category in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Verzuimoverzicht Nederland 2025\n\nHet verzuim in Nederland daalde volgens het CBS naar 4,9 procent.",
    "Stagiair gezocht (intern of extern)\n\nWij zoeken een student die ons team komt versterken.",
])
def test_public_overviews_and_vacancies(detector, text):
    names = detector.analyze(text).category_names
    assert "CLASSIFIED" not in names and "DEPARTMENT_REPORT" not in names


@pytest.mark.parametrize("text", [
    "Voor de nieuwsbrief van maart – tekst nog ter goedkeuring bij Ellen\n\nHet team heeft een nieuwe collega.",
    "CASUS 3 – De man die bleef bellen\nOpgesteld voor de training. Namen nog te anonimiseren!\n\nMeneer Bos belt.",
])
def test_a_note_that_the_text_is_not_finished(detector, text):
    assert "DRAFT" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Uitslag nog niet definitief\n\nDe stemmen in de gemeente zijn geteld, maar de uitslag is pas vrijdag officieel. "
    "Dat meldt de gemeente op haar website.",
    "De begroting van de gemeente Ede voor 2027 ligt nu bij de raad en wordt in november besproken en daarna, zo "
    "verwacht het college, ook vastgesteld; de oppositie wil nog ter goedkeuring van de raad een motie indienen.",
])
def test_news_about_unfinished_business_is_no_draft(detector, text):
    assert "DRAFT" not in detector.analyze(text).category_names
