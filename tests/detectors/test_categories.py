"""Document categories: per category texts that must and must not be reported.

All texts are invented. Public-looking texts (web pages, news, laws, Kamerbrieven, CBS,
vacancies, press releases) must stay completely quiet.
"""
import pytest

from detectors.categories import THRESHOLD, classify
from detectors.model import CATEGORIES, Finding


def cats(text, findings=()):
    return {h.name for h in classify(text, list(findings))}


def hit(text, name, findings=()):
    found = [h for h in classify(text, list(findings)) if h.name == name]
    assert found, f"{name} not reported"
    return found[0]


def person(text, name):
    start = text.index(name)
    return Finding("PERSON", start, start + len(name), 0.9)


# -- EMAIL_MESSAGE -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Van: Jeroen de Wit\nVerzonden: woensdag 4 juni 2025 08:57\nAan: Ilse Koning\nOnderwerp: rooster\n\n"
    "Ilse, kun jij dit oppakken?",
    "From: Laura Hendriks\nSent: Thursday, 5 June 2025 15:21\nTo: Marc Dubois\nSubject: RE: planning\n\nHi Marc,",
    "Van: Jan Jansen\nDatum: dinsdag 3 juni 2025 10:00\nAan: Piet de Boer\nOnderwerp: planning\n\nPiet, zie bijlage.",
    "Van: Servicedesk UWV\nAan: Priscilla Koster <priscilla.koster@uwv.nl>\nOnderwerp: toegang\n\nBeste Priscilla,",
    "Klopt, ik stuur het morgen.\n\nOp di 3 jun 2025 om 10:12 schreef Jan Jansen <jan.jansen@gmail.com>:\n> Kun je?",
    "Prima, doen we zo.\n\n-----Oorspronkelijk bericht-----\nVan: Vos, T.\nOnderwerp: signaal",
    "Beste Jan,\n\nHierbij de stukken voor morgen.\n\nMet vriendelijke groet,\nPetra",
    "Hoi Sanne,\n\nKunnen we de afspraak verzetten?\n\nGroet,\nAhmed\n06-28374615",
    "Dear Sir or Madam,\n\nI am writing about my application.\n\nKind regards,\nAgnieszka",
    "Geachte heer Van den Berg,\n\nU krijgt een WW-uitkering.\n\nMet vriendelijke groet,\n\nR. Hoekstra\nTeamleider WW",
    "Onderwerp: verhuizing\n\nGoedendag,\n\nPer 1 juli verhuis ik.\n\nGroet,\nWinston",
    "Kun je dit voor vrijdag regelen?\n\nMet vriendelijke groet,\n\nJan Jansen\nAdviseur | UWV",
    "Hoi team,\n\nMorgen is de teamdag.\n\nGr,\nLisa",
    "Jan Jansen <jan.jansen@uwv.nl>\nma 2-6-2025 09:12\nAan: Piet de Boer\nCC: Team WW\n\nPiet, zie de bijlage.",
    "From: Mark Peters <m.peters@uwv.nl>\nDate: Tuesday, 3 June 2025 at 10:12\nTo: Lisa Groen\n"
    "Subject: planning\n\nHi Lisa,",
])
def test_email_is_found(text):
    assert "EMAIL_MESSAGE" in cats(text)


@pytest.mark.parametrize("text", [
    # a memo has Aan/Van lines too, but it is not an e-mail
    "MEMO\n\nAan: Raad van Bestuur\nVan: directeur Juridische Zaken\nDatum: 2 juli 2025\nBetreft: klacht\n\nTekst.",
    # a letter to parliament: greeting to the chair, signed by the minister
    "Geachte voorzitter,\n\nHierbij stuur ik u de rapportage.\n\nHoogachtend,\n\n"
    "de Minister van Sociale Zaken en Werkgelegenheid,\n\nY.J. van Hijum",
    # a newsletter to an audience
    "Nieuwsbrief juni\n\nBeste lezer,\n\nIn deze nieuwsbrief leest u meer.\n\nMet vriendelijke groet,\nUWV Werkgevers",
    # a sample letter on a public web page
    "Voorbeeldbrief sollicitatie\n\nGeachte heer Jansen,\n\nMet interesse las ik uw vacature.\n\n"
    "Met vriendelijke groet,\n\nJan de Vries",
    # tips about letters, greeting words inside sentences
    "Tips voor je brief\n\nBegin met 'Geachte heer/mevrouw'. Sluit af met 'Met vriendelijke groet' en je naam.",
    # a chat is not an e-mail
    "[12:01] Piet Jansen\nwie gaat er mee lunchen?\n[12:02] Ans Bakker\nik kom zo, dank je!",
    # a letter body without greeting and signature (to be rewritten by Le Chat)
    "Kun je deze brief herschrijven?\n\nOnderwerp: Uw WW-uitkering\n\nU heeft ons laten weten dat u werkt.",
    # a Woo release of an e-mail is public
    "Van: 5.1.2e\nVerzonden: maandag 3 maart 2025 10:12\nAan: 5.1.2e\nOnderwerp: stand\n\nBeste 5.1.2e,\n\nTekst.",
    # a greeting alone is not enough
    "Hoi Sanne, weet jij waar de sleutel ligt?",
    # a form letter without any name, as published on a web page
    "Geachte heer/mevrouw,\n\nPer 1 januari verandert de premie.\n\nMet vriendelijke groet,\n\nUWV",
])
def test_not_an_email(text):
    assert "EMAIL_MESSAGE" not in cats(text)


def test_email_reason_names_the_headers_and_points_at_them():
    text = "Intro\nVan: Jan\nVerzonden: maandag 2 juni 2025 09:00\nAan: Piet\nOnderwerp: x\n\nTekst"
    h = hit(text, "EMAIL_MESSAGE")
    assert "Van, Aan, Onderwerp" in h.reason
    assert text[h.start:h.end].startswith("Van:")


# -- MEETING_NOTES -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Notulen werkoverleg team WW Arnhem, 3 juni 2025\n\nAanwezig: Piet, Ans, Karel\nAfgemeld: Jolanda\n\n"
    "1. Opening\nPiet opent.\n\n3. Rondvraag\nGeen punten.",
    "Minutes project team meeting 12 June\n\nAttendees: Laura, Marc\n\nDecisions\n- Move the date.\n\n"
    "Action items\n- Marc: update the plan.",
    "Verslag teamoverleg WW Rotterdam-Zuid\nDatum: 22 mei 2025\nAanwezig: Erik, Samira\n\n"
    "Actiepunten\n- Lotte: instructie",
    "Actielijst stuurgroep Digitalisering\n\nA1 Jan: plan maken (1 juli)\nA2 Piet: offerte opvragen",
    "Verslag functioneringsgesprek\nMedewerker: Kim Janssens\n\nKim vindt de werkdruk hoog.\n\n"
    "Afspraken:\n- training in Q2",
    "Aanwezig: teamleider, drie adviseurs\nAfwezig: controller\n\nBesluiten\nB1. Het MT stemt in.",
    "Verslag verzuimgesprek 4 juni 2025\nAanwezig: medewerker, leidinggevende\n\nDe medewerker werkt 2 uur per dag.",
])
def test_meeting_notes_are_found(text):
    assert "MEETING_NOTES" in cats(text)


@pytest.mark.parametrize("text", [
    # a decision list that says it is public
    "Besluitenlijst vergadering Raad van Bestuur UWV, 15 april 2025\n"
    "Vertrouwelijkheidsklasse 0 Publiek - openbaar gemaakt op uwv.nl\n\nAanwezig: voltallige Raad van Bestuur",
    # official minutes of a municipality and parliament are published
    "Besluitenlijst van de vergadering van het college van burgemeester en wethouders van 3 juni 2025\n\n"
    "Aanwezig: burgemeester, wethouders",
    "Verslag van een schriftelijk overleg\n\nDe vaste commissie heeft vragen gesteld.\n\nAanwezig: de leden",
    # an event programme and a press release
    "Programma regiobijeenkomst\n\n14.00 Ontvangst\n14.30 Opening door de regiomanager\n16.30 Afsluiting",
    "Banenmarkt in Tilburg\n\nMeer dan 30 werkgevers zijn aanwezig. Het overleg met de gemeente liep goed.",
    # one heading alone
    "Afspraken\nU maakt afspraken met uw werkcoach over uw sollicitaties.",
])
def test_not_meeting_notes(text):
    assert "MEETING_NOTES" not in cats(text)


# -- DEPARTMENT_REPORT ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Afdelingsverslag Klantcontactcentrum Zwolle - mei 2025\n\nBereikbaarheid: 87%.",
    "Maandrapportage team Werkcoaches Haarlem - april 2025\n\nCaseload per werkcoach: 150.",
    "Kwartaalrapportage Q1 2025 - Team Bezwaar en Beroep WIA\n\nIn het eerste kwartaal 1.284 bezwaren.",
    "Weekrapportage KCC Eindhoven - week 23\n\nBereikbaarheid 82% (norm 85%).",
    "MI-rapportage Handhaving mei 2025\n\nAantal onderzoeken: 140.",
    "Kwartaalrapportage Q2 2025\n\nWerkvoorraad 1.210 zaken (norm 1.000). Bezetting 14 fte. Doorlooptijd 19 dagen.",
    "Aan: MT Uitkeringen\nVan: afdelingsmanager WW\nDatum: 3 juni 2025\nBetreft: inzet personeel\n\nVoorstel.",
    "Verslag afdeling Uitkeringen Noord - mei 2025\n\nDe werkvoorraad daalde naar 400 zaken.",
    "Teamupdate Handhaving week 12\n\nDeze week zijn 14 onderzoeken afgerond.",
])
def test_department_report_is_found(text):
    assert "DEPARTMENT_REPORT" in cats(text)


@pytest.mark.parametrize("text", [
    "Jaarverslag UWV 2024 - hoofdstuk 6 Uitvoeringskosten\n\nDe kosten stegen met 4%.",
    "Kennisverslag UWV 2025-2\nVertrouwelijkheidsklasse 0 Publiek\n\nJongeren met psychische klachten.",
    "Factsheet arbeidsmarkt Twente - juni 2025\n\nIn Twente waren 10.400 mensen met een WW-uitkering.",
    "Kwartaalrapportage arbeidsmarkt\n\nHet aantal WW-uitkeringen steeg met 4%.",
    "Het team besprak de kwartaalrapportage tijdens de vergadering van juni.",
    "Voortgangsrapportage sociaal-medische beoordelingen\n\nHierbij informeer ik uw Kamer over de voortgang.",
])
def test_not_a_department_report(text):
    assert "DEPARTMENT_REPORT" not in cats(text)


def test_a_marked_memo_is_classified_and_not_also_a_report():
    text = ("Vertrouwelijkheidsklasse 1 - Intern\n\nMemo\nAan: managementteam\nVan: programmamanager\n"
            "Datum: 14 mei 2025\nOnderwerp: planning\n\nDe invoering schuift op.")
    assert cats(text) == {"CLASSIFIED"}
    assert cats(text.split("\n\n", 1)[1]) == {"DEPARTMENT_REPORT"}


# -- CLASSIFIED ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, marker", [
    ("Vertrouwelijk\n\nAdvies selectiecommissie vacature senior adviseur", "Vertrouwelijk"),
    ("Vertrouwelijkheidsklasse 1 - Intern\n\nMemo\nAan: MT", "Vertrouwelijkheidsklasse 1"),
    ("MEMO\nVertrouwelijkheidsklasse 2 - Vertrouwelijk\n\nAan: Raad van Bestuur", "Vertrouwelijkheidsklasse 2"),
    ("Departementaal Vertrouwelijk - CONCEPT\nConceptantwoorden Kamervragen", "Departementaal"),
    ("Note for file - confidential\nEmployee: T. W.", "confidential"),
    ("Vertrouwelijk - medisch\n\nRapportage verzekeringsarts", "Vertrouwelijk"),
    ("INTERN\n\nPlanning uitrol nieuwe werkwijze", "INTERN"),
    ("Notitie\n\nOnderwerp: budget\nDatum: 3 juni 2025\nAuteur: Financiën\n"
     "Rubricering: Departementaal Vertrouwelijk\n\nHet budget wordt herijkt.", "Rubricering"),
    ("Analyse klachten Q2\n\nIn het tweede kwartaal kwamen 120 klachten binnen.\n\nVertrouwelijk | Pagina 2 van 4",
     "Vertrouwelijk"),
    ("Stg. Confidentieel\n\nNota aan de minister", "Confidentieel"),
    ("VERTROUWELIJK Verslag gesprek met de ondernemingsraad", "VERTROUWELIJK"),
    ("Vertrouwelijkheid: Intern\n\nProjectplan claimbeoordeling", "Intern"),
    ("Projectplan\n\nDe planning volgt.\n\nDit document is alleen voor intern gebruik.", "intern gebruik"),
])
def test_classified_marking_is_found(text, marker):
    h = hit(text, "CLASSIFIED")
    assert marker in text[h.start:h.end]
    assert "'" in h.reason and h.score >= THRESHOLD


@pytest.mark.parametrize("text", [
    "Factsheet arbeidsmarkt Twente\nVertrouwelijkheidsklasse 0 Publiek\n\nIn Twente steeg de WW.",
    "Wat doet UWV met uw medische gegevens?\n\nVertrouwelijk\nWat u tegen de arts zegt, blijft vertrouwelijk.",
    "Ziek uit dienst?\n\nWat u vertelt is vertrouwelijk. De arts deelt geen medische informatie.",
    "Vermoeden van fraude melden\n\nWij gaan vertrouwelijk om met uw melding.",
    "Geheim rapport over wachttijden uitgelekt\n\nEen vertrouwelijk rapport laat zien dat de wachttijden groeien.",
    "Data Analyst - Intern\n\nAre you a student looking for an internship? Join our Data Office.",
    "Medisch geheim: zo gaan wij om met uw gegevens bij een keuring\n\nUw gegevens zijn veilig.",
])
def test_not_classified(text):
    assert "CLASSIFIED" not in cats(text)


# -- INTERNAL_SOURCE -----------------------------------------------------------------------
@pytest.mark.parametrize("text, piece", [
    ("Het rooster: https://uwv.sharepoint.com/sites/KCC-Zwolle/Roosters/week23.xlsx", "sharepoint.com"),
    ("Gedeeld: https://uwv-my.sharepoint.com/personal/jan_uwv_nl/Documents/plan.docx", "my.sharepoint"),
    ("Zie https://teams.microsoft.com/l/message/19:abc@thread.skype/123", "teams.microsoft.com"),
    ("De stukken staan op H:\\Bezwaar\\2024\\WIA.", "H:\\Bezwaar"),
    ("Zet het in \\\\uwvfs03\\handhaving\\noord\\2025", "\\\\uwvfs03"),
    ("Bestanden: \\\\uwv.local\\dfs\\SMZ\\Woo", "\\\\uwv.local"),
    ("Bron: DWU > Kennisbank Uitkeringen > WW", "DWU"),
    ("Meer uitleg op https://intranet.uwv.nl/werkinstructies/ww", "intranet.uwv.nl"),
    ("Het overzicht staat op de groepsschijf onder Planning 2025.", "groepsschijf"),
    ("Open file:///G:/Afdeling/lijst.xlsx om te beginnen", "file:///"),
    ("Werkinstructie\nBron: Intranet > Werkinstructies > WW > Inkomsten", "Intranet >"),
    ("De oude versie in de DWU-map graag niet meer gebruiken.", "DWU"),
])
def test_internal_source_is_found(text, piece):
    h = hit(text, "INTERNAL_SOURCE")
    assert piece in text[h.start:h.end]


@pytest.mark.parametrize("text", [
    "Je werkt met SharePoint, OneDrive en Teams en helpt collega's met Microsoft 365.",
    "Kijk op https://www.uwv.nl/particulieren/ww of werk.nl voor meer informatie.",
    "Bel ons op werkdagen van 8:00 tot 17:00 uur. Tijd 10:30\\11:00 werkt niet.",
    "Heeft u vragen? Mail naar info@uwv.nl of bel 088 - 898 92 94.",
    # naming the workplace is no reference to a place in it
    "Vat geen documenten samen die op de Digitale Werkplek UWV (DWU) staan.",
])
def test_not_an_internal_source(text):
    assert "INTERNAL_SOURCE" not in cats(text)


# -- DRAFT ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "CONCEPT - niet verspreiden\nBeleidsregel re-integratiebudget WW 2026 (versie 0.4)",
    "DRAFT - NOT FOR DISTRIBUTION\nUWV position paper (v0.3)",
    "EMBARGO tot dinsdag 8 juli 2025, 10.00 uur\n\nPersbericht\n\nUWV: tekort blijft groot",
    "Concept 0.2 - niet verspreiden\n\nNotitie over de nieuwe werkwijze.",
    "CONCEPTVERSIE\n\nKaderbrief 2026",
    "Conceptnota inzet handhaving 2026\n\nIn deze nota beschrijven wij de inzet.",
    "Beleidsnotitie hybride werken (versie 0.3)\n\nMedewerkers werken twee dagen thuis [HR: cijfer checken]. "
    "De vergoeding stijgt [FIN: dekking?].",
    "Nota over de herijking.\n\nDeze tekst graag niet verspreiden buiten het MT.",
])
def test_draft_is_found(text):
    assert "DRAFT" in cats(text)


@pytest.mark.parametrize("text", [
    "Kabinet wil WW-duur verkorten\n\nDat staat in een conceptwetsvoorstel. Iedereen kan op het concept reageren.",
    "Conceptwetsvoorstel verkorting WW-duur\n\nDit voorstel ligt ter consultatie op internetconsultatie.nl.",
    "Persbericht\n\nUWV opent Werkplein\n\nNoot voor de redactie, niet voor publicatie:\nBel de afdeling Pers.",
    "Het concept van een goede sollicitatiebrief: begin met uw motivatie.",
])
def test_not_a_draft(text):
    assert "DRAFT" not in cats(text)


@pytest.mark.parametrize("text", [
    # "concept" as a part of the title line, or at the start of a mail's subject
    "Melding bedrijfsongeval – concept van de preventiemedewerker, ter controle\n\nOp 2 maart viel een monteur.",
    "Van: Communicatie\nAan: Petra\nOnderwerp: Concept reactie op de vragen van de krant\n\nHoi Petra, zie hieronder.",
    "Onderwerp: concept jaarplan team Zuid 2026\n\nHierbij het plan, graag jullie reactie voor vrijdag.",
])
def test_a_draft_named_in_the_title_or_the_subject(text):
    assert "DRAFT" in cats(text)


@pytest.mark.parametrize("text", [
    "Onderwerp: conceptwetsvoorstel WW – reageer via internetconsultatie.nl\n\nIedereen kan reageren.",
    "Nieuw concept voor de Werkpleinen – UWV zet in op gesprekken aan tafel\n\nIn Zwolle begint de proef.",
    "Workshop – concept en ontwerp van een goede vacaturetekst\n\nIn deze workshop leert u schrijven.",
])
def test_concept_as_a_word_in_a_title_or_subject_is_no_draft(text):
    assert "DRAFT" not in cats(text)


# -- HEALTH_DATA ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Goedemiddag,\n\nIk ben sinds vorige week ziek thuis met een hernia.\n\nGroet,\nMohamed",
    "Sinds mijn herbeoordeling ben ik 65% arbeidsongeschikt, maar mijn reumatoïde artritis is verslechterd.",
    "[09:01] Anne de Boer\nPieter heeft zich ziek gemeld, hij heeft griep en hoge koorts.\n[09:03] Kees Smit\nok",
    "[10:02] Rachel: Bas is off sick today, migraine again\n[10:03] Joost: ok, I'll take his calls",
    "Geachte heer Jansen,\n\nU bent sinds 3 maart 2025 ziek. Wij nodigen u uit voor een gesprek.\n\n"
    "Met vriendelijke groet,\n\nA. de Boer",
    "Mijn cliënt heeft COPD en werkt 20 uur per week. Welke functies zijn nog geschikt voor hem?",
    "weet iemand hoe het met onze teamleider gaat? ik hoorde dat ze met een hersenschudding in het ziekenhuis lag",
    "Dossiernotitie 12-06-2025\nKlant belt: is sinds maandag opgenomen in het ziekenhuis na een val.",
    "VA-notitie\nCliënt geeft aan dat de depressieve klachten zijn afgenomen sinds de behandeling bij de GGZ.",
    "Hoi Mirjam,\n\nDat ga ik niet redden met mijn rug, het is veel tillen.\n\nGroetjes,\nJoyce",
    "Beste mevrouw Visser,\n\nIk rijd met de auto, omdat ik door mijn MS niet lang kan staan.\n\nGroet,\nSjoerd",
    "Rapportage\nCliënt: mw. S.A. Pinas\n\nAnamnese: werkte als verzorgende.\nUitval met lage rugklachten, "
    "later een hernia-operatie.",
    "Sanne Verbeek 09:14\nIs Kees er vandaag?\nYoussef Amrani 09:16\nNee, hij is ziek, hij heeft griep",
    "Sanne Verbeek\n09:14\nIs Kees er vandaag?\nYoussef Amrani\n09:16\nNee, hij is ziek, hij heeft griep",
    "[4-6-2025 09:14] Sanne Verbeek: is Kees er?\n[4-6-2025 09:16] Youssef Amrani: nee, hij heeft griep",
    "Goedemorgen,\n\nIk kan vandaag niet komen, ik heb sinds gisteren erge buikpijn.\n\nGroet,\nKarin",
    "Hi Lisa,\n\nTom called in sick again today; his back problems are getting worse.\n\nBest,\nMark",
    "Mijn cliënte is sinds maart ziek door long covid en kan maar 2 uur per dag werken. Welke re-integratie past?",
    "Rapport arbeidsdeskundige\nNaam: R. Bakker\n\nBetrokkene kan door knieklachten niet lang staan.",
])
def test_health_data_about_a_person_is_found(text):
    assert "HEALTH_DATA" in cats(text)


@pytest.mark.parametrize("text", [
    # CBS statistics, news, web pages, laws: health words about groups, not about a person
    "Psychische aandoeningen zijn de meest voorkomende oorzaak van arbeidsongeschiktheid (38 procent), "
    "gevolgd door kanker (13 procent).",
    "De zaak ging over een vrouw met chronische vermoeidheidsklachten die minder dan 35% arbeidsongeschikt was.",
    "Ziek uit dienst?\n\nBent u ziek op de laatste dag van uw dienstverband? Meld u dan ziek via Mijn UWV. "
    "Doe dit binnen 2 dagen nadat u ziek bent geworden.",
    "Ik ben ziek. Wat moet ik doen?\n\nBent u ziek en heeft u een WW-uitkering? Meld u dan ziek bij UWV. "
    "Dat doet u via Mijn UWV. Bent u langer ziek, dan krijgt u een Ziektewet-uitkering.",
    "Artikel 629\n1. De werknemer behoudt recht op loon indien hij wegens ziekte verhinderd was.\n\n"
    "Artikel 658a\n1. Ten aanzien van de werknemer die in verband met ziekte verhinderd is ...",
    "Geachte voorzitter,\n\nIk vind het belangrijk dat mensen met psychische klachten sneller geholpen worden.",
    "UWV verwerkt ziekmeldingen sneller\n\n'Ik ben blij dat zieke werknemers sneller hulp krijgen,' zegt "
    "woordvoerder Anne de Vries.",
    "Het ziekteverzuim van werknemers was in 2024 gemiddeld 5,3 procent. Werknemers met psychische klachten "
    "verzuimden het langst.",
    "Als verzekeringsarts beoordeel je of mensen die langdurig ziek zijn nog kunnen werken.",
    "Eigenrisicodrager worden\n\nU betaalt zelf de uitkering van uw flexwerkers en zieke ex-werknemers.",
    "Zie de map \\\\uwv.local\\dfs\\SMZ\\Woo\\long-covid voor de stukken.",
    "Ik ben verzekeringsarts en wil een korte uitleg over hernia en fysiotherapie voor een cliënt.",
    "Uw werknemer is ziek\n\nIs uw werknemer ziek? Dan meldt u dit bij de bedrijfsarts. Na 42 dagen meldt u uw "
    "werknemer ziek bij UWV.",
    "Sick leave rate rises to 5.3 percent\n\nEmployees with mental health problems were absent the longest.",
    "Een 52-jarige man uit Tilburg met rugklachten krijgt gelijk van de rechter.",
    "Wet WIA\n\nArtikel 23\n1. Recht op uitkering heeft de verzekerde die ziek is.\n\nArtikel 24\n"
    "1. Hij meldt zijn ziekte bij het UWV.",
])
def test_health_words_without_a_person_are_not_health_data(text):
    assert "HEALTH_DATA" not in cats(text)


def test_a_person_finding_ties_a_health_sentence_to_that_person():
    text = "Personeel\nRutger Peeters is sinds 12 mei langdurig ziek na een hartoperatie."
    assert "HEALTH_DATA" not in cats("Personeel\nDe regio is sinds 12 mei langdurig ziek na een hartoperatie.")
    h = hit(text, "HEALTH_DATA", [person(text, "Rutger Peeters")])
    assert "Rutger" not in h.reason and "hartoperatie" not in h.reason
    assert text[h.start:h.end] in ("ziek", "hartoperatie", "langdurig ziek")


def test_pregnancy_leave_of_a_named_employee_is_health_data():
    text = "Anne de Boer gaat per 1 augustus met zwangerschapsverlof."
    assert "HEALTH_DATA" not in cats("Het team gaat per 1 augustus met zwangerschapsverlof.")
    assert "HEALTH_DATA" in cats(text, [person(text, "Anne de Boer")])


def test_a_far_away_name_in_a_long_sentence_is_not_enough():
    text = ("Op 20 juni is een Woo-verzoek binnengekomen van de heer R. Lammers, journalist, die alle documenten "
            "wil ontvangen over het gebruik van de nieuwe protocollen bij de beoordeling van long covid.")
    assert "HEALTH_DATA" not in cats(text, [person(text, "R. Lammers")])


# -- public texts stay quiet -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Heb ik recht op WW?\n\nU heeft misschien recht op een WW-uitkering als u werkloos bent geworden. "
    "Bewaar bewijs van uw sollicitaties, zoals een e-mail.",
    "Dutch agency faces backlog in disability assessments\n\nThe minister said she would present a plan. "
    "People who are sick wait months for a decision.",
    "Adviseur informatiebeheer (36 uur)\n\nJe helpt teams bij het werken met SharePoint, OneDrive en Teams. "
    "Je gaat vertrouwelijk om met gegevens.",
    "Directeur erkent fouten\n\nIn een e-mail aan alle medewerkers schrijft de directeur dat het concept van de "
    "brief niet goed was gecontroleerd. Het overleg met de OR loopt.",
    "Wajong en werk\n\nHeeft u een Wajong-uitkering en gaat u werken? Geef uw inkomsten door.\n\n"
    "Met vriendelijke groet,\n[naam medewerker]",
    "ECLI:NL:CRVB:2025:1187\n\nDe Centrale Raad van Beroep heeft bepaald dat UWV beter moet motiveren.",
    "Leg in eenvoudige taal uit wat het verschil is tussen de wekeneis en de jareneis. Schrijf het als e-mail "
    "aan een klant die ziek is.",
    "Vat de volgende notulen samen in vijf punten en maak een lijst met actiepunten. Gebruik geen namen.",
    "Minister bezoekt Werkplein\n\n'Ik ben onder de indruk van de werkcoaches,' zei hij. Hij sprak met "
    "werkzoekenden met een arbeidsbeperking.",
    "Medewerker Klantcontact\n\nJe staat klanten te woord die ziek zijn. Je gaat vertrouwelijk om met "
    "informatie.\n\nInteresse? Mail naar werving@uwv.nl.",
])
def test_public_texts_are_quiet(text):
    assert cats(text) == set()


# -- contract ------------------------------------------------------------------------------
def test_every_hit_is_a_known_category_with_a_dutch_reason_and_a_span_in_the_text():
    text = ("Vertrouwelijk\n\nVan: Jan Jansen\nVerzonden: maandag 2 juni 2025 09:00\nAan: Piet\nOnderwerp: x\n\n"
            "Beste Piet,\n\nIk ben ziek. Het plan staat op H:\\Plannen\\2025.\n\nGroet,\nJan")
    hits = classify(text, [])
    assert {h.name for h in hits} >= {"CLASSIFIED", "EMAIL_MESSAGE", "INTERNAL_SOURCE", "HEALTH_DATA"}
    for h in hits:
        assert h.name in CATEGORIES
        assert THRESHOLD <= h.score <= 1.0
        assert h.reason and "Jan" not in h.reason and "Plannen" not in h.reason
        assert 0 <= h.start < h.end <= len(text)


@pytest.mark.parametrize("text", ["", "   \n\t ", "a", "\x00" * 10])
def test_empty_or_tiny_texts_have_no_categories(text):
    assert classify(text, []) == []


@pytest.mark.parametrize("text", [
    "1" * 50_000, " " * 50_000, "\\" * 50_000, "Van: a\n" * 20_000, "ziek " * 20_000, "x" + "klachten" * 10_000,
    "[A: " * 20_000, "Op " + "x " * 30_000 + "schreef:", "VERTROUWELIJK " * 10_000, "http://a/" * 10_000,
    " " * 1_000_000 + "x", "ziek\n" + " \n" * 100_000, "\t" * 500_000 + "Van: x", ">" * 500_000,
])
def test_adversarial_inputs_return_a_valid_list(text, cpu_limit):
    # these must finish (linear time); what they report does not matter, that it is well-formed does
    with cpu_limit(2.0):
        hits = classify(text, [])
    for h in hits:
        assert h.name in CATEGORIES and 0 <= h.start <= h.end <= len(text)


# -- through the engine (offsets map back to the original text) --------------------------
def test_engine_reports_categories_with_original_offsets(detector):
    text = "\u200bVertrouwelijk\n\nVan: Jan\nVerzonden: maandag 2 juni 2025 09:00\nAan: Piet\nOnderwerp: x\n\nTekst"
    analysis = detector.analyze(text)
    assert {"CLASSIFIED", "EMAIL_MESSAGE"} <= set(analysis.category_names)
    marking = next(c for c in analysis.categories if c.name == "CLASSIFIED")
    assert text[marking.start:marking.end] == "Vertrouwelijk"


def test_engine_keeps_a_public_web_text_quiet(detector):
    text = ("Ziek uit dienst? Zo werkt de Ziektewet\n\nBent u ziek op de laatste dag van uw dienstverband? "
            "Meld u dan ziek via Mijn UWV of bel 088 - 898 92 94. Wat u over uw gezondheid vertelt, is vertrouwelijk.")
    assert detector.analyze(text).categories == []


@pytest.mark.parametrize("text", [
    "Klopt, ik stuur het morgen.\n\nOp di 3 jun 2025 om 10:12 schreef Jan Jansen <jan.jansen@gmail.com>:\n> Kun je?",
    "Jan Jansen <jan.jansen@uwv.nl>\nma 2-6-2025 09:12\nAan: Piet de Boer\nCC: Team WW\n\nPiet, zie de bijlage.",
    "Sanne Verbeek 09:14\nIs Kees er vandaag?\nYoussef Amrani 09:16\nNee, hij is ziek, hij heeft griep",
    "Notulen werkoverleg\n\nAanwezig: Piet, Ans\n\nActiepunten\n- Piet: planning",
    "Werken bij UWV\n\n'Ik had zelf een burn-out,' vertelt Marieke, werkcoach.",
])
def test_windows_line_endings_give_the_same_categories(text):
    # the Windows clipboard hands over CRLF; offsets must still point into that text
    crlf = text.replace("\n", "\r\n")
    assert cats(crlf) == cats(text)
    for h in classify(crlf, []):
        assert 0 <= h.start < h.end <= len(crlf)
