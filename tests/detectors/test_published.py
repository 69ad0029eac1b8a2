"""A published text (news, a ruling, a press page) names people in their public role; its names,
office numbers and case numbers lead to no private person. A private text that merely mentions
a minister or a court stays private (issue 12, FW3 in general)."""
from __future__ import annotations

import pytest

from detectors.published import PROSE_ALONE, PROSE_WITH_KIND, kinds, reads_as_published
from tests.helpers.verdict import warns


SPORT = ("Heracles wint derby van Go Ahead\n\nIn een kolkend Polman Stadion won Heracles zondag met 2-1 van "
         "Go Ahead Eagles. Aanvoerder Bart Wolters maakte in de 88ste minuut het winnende doelpunt. "
         "\"Dit is de mooiste wedstrijd van het seizoen\", zei trainer Rob Kamphuis na afloop. "
         "Scheidsrechter Dennis Hoeve gaf twee rode kaarten.")
RULING = ("ECLI:NL:RBOVE:2025:9999\n\nRechtbank Overijssel\nDatum uitspraak: 3 maart 2025\n\n"
          "uitspraak van de enkelvoudige kamer in het geding tussen\n[eiseres], uit [woonplaats], eiseres "
          "(gemachtigde: mr. K.L. Hoefnagel),\nen\nde Raad van bestuur van het Uitvoeringsinstituut "
          "werknemersverzekeringen (UWV), verweerder (gemachtigde: mr. P. Zandbergen).\n\nDe rechtbank verklaart "
          "het beroep ongegrond. Deze uitspraak is gedaan door mr. A. Wieringa, rechter, in aanwezigheid van "
          "E. Brouwer, griffier.")
PRESS = ("Contact voor journalisten\n\nBent u journalist? Neem dan contact op met een van onze woordvoerders. "
         "Voor vragen van burgers kunt u bellen met 14 038.\n\nWoordvoerders\n- Lisette Haverkamp (zorg en jeugd), "
         "06 38 12 77 40\n- Koen Sterenborg (economie), 06 21 90 44 18\n\nDe persvoorlichters zijn op werkdagen "
         "bereikbaar van 8.00 tot 18.00 uur.")
ENGLISH = ("Minister visits new job centre in Almere\n\nThe Minister of Social Affairs and Employment, Femke "
           "Dijkstra, opened the new job centre in Almere on Monday. The centre is a joint initiative of the "
           "municipality and UWV, and it will help people who have been out of work for a long time. \"We want "
           "everyone to find a job that fits,\" the minister said.")


VACANCY = ("Beleidsadviseur Werk en Inkomen\n\nGemeente Oosterzande zoekt een beleidsadviseur voor 32 uur per week. "
           "Wat ga je doen? Je schrijft beleid over armoede en schulden. Wat bieden wij? Salarisschaal 11 en een "
           "goede pensioenregeling. Vragen over de functie? Neem contact op met Harm Tuinstra, teamleider, via "
           "14 0599. Solliciteer voor 1 maart.")
MINUTES = ("Regeling van werkzaamheden\n\nDe voorzitter:\nIk deel aan de Kamer mee dat de fractie van de SP "
           "mevrouw Lotte Brink heeft voorgedragen als lid van de commissie voor Sociale Zaken. Ik stel voor "
           "zo te besluiten.\n\nDaartoe wordt besloten.\n\nMevrouw Van der Horst (GroenLinks-PvdA):\nVoorzitter. "
           "Ik wil graag een debat over de wachttijden bij de keuring door UWV.")
CAPTION = ("Nieuwe werkplaats geopend in Veendam\n\nV.l.n.r.: wethouder Anja Kremer, directeur Pieter Oosting en "
           "gedeputeerde Sanne Bolhuis bij de opening van de werkplaats, waar veertig mensen met een afstand tot de "
           "arbeidsmarkt een plek krijgen. Foto: Gerrit Dijkstra")


RULING_HEAD = ("RECHTBANK GELDERLAND\n\nZittingsplaats Arnhem\n\nBestuursrecht\n\nzaaknummer: ARN 24/3311\n\n"
               "tussenuitspraak van 4 april 2025 in de zaak tussen\n\n[eiser], uit [woonplaats], eiser\n(gemachtigde: "
               "mr. H.T. Bloemendaal),\n\nen\n\nde Raad van bestuur van het Uitvoeringsinstituut werknemersverzekeringen.")
REVIEW = ("Recensie: Het Pauperparadijs\n\nzaterdag 4 maart 2023, Theater Carré Amsterdam\n\nIn de voorstelling "
          "speelt Joke Verhaar de moeder; regisseur Tom de Ket koos voor een sobere toneelvloer. De cast zingt sterk, "
          "en de musical krijgt in het tweede deel vaart. Acteur Bram Vos is de ontdekking van deze theaterzomer.")
COMMEMORATION = ("3 Herdenking\n\nAan de orde is de herdenking van het oud-Kamerlid Jan Wolters.\n\nDe voorzitter:\n"
                 "Jan Wolters werd geboren op 12 maart 1931 in Zwolle. Hij was van 1971 tot 1986 lid van de Tweede "
                 "Kamer voor de PvdA. Hij overleed op 2 februari, 93 jaar oud. Ik verzoek u te gaan staan.")
REGULATION = ("Verordening maatschappelijke ondersteuning Oosterzande 2026\n\nDe raad van de gemeente Oosterzande;\n"
              "gelet op artikel 2.1.3 van de Wet maatschappelijke ondersteuning;\n\nbesluit:\n\nArtikel 1 Begrippen\n"
              "In deze verordening wordt verstaan onder cliënt: een persoon die ondersteuning vraagt.\nArtikel 2 "
              "Melding\nAldus vastgesteld in de openbare raadsvergadering van 12 december 2025. De griffier, P. Lont")


@pytest.mark.parametrize("text", [SPORT, RULING, PRESS, ENGLISH, VACANCY, MINUTES, CAPTION, RULING_HEAD, REVIEW,
                                  COMMEMORATION, REGULATION])
def test_published_texts_carry_no_personal_data(detector, text):
    assert reads_as_published(text)
    assert not warns(detector, text), detector.analyze(text).findings


@pytest.mark.parametrize("text", [
    # a notice of appeal to a court: a private letter with the appellant's name and address
    "AAN DE RECHTBANK OVERIJSSEL\nsector bestuursrecht\n\nBEROEPSCHRIFT\n\nin de zaak van de heer K.J. Mulderink, "
    "wonende te Hengelo, Tuinstraat 9, 7551 KB Hengelo, eiser,\ngemachtigde: mr. W. Vos,\n\ntegen UWV.\n\n"
    "Eiser stelt beroep in tegen de beslissing op bezwaar van 3 oktober, waarbij zijn WW-uitkering is beëindigd.",
    # an internal mail that names a minister and a spokesperson
    "Hoi Ruud,\n\nDe minister wil morgen weten hoe het zit met de achterstand. Woordvoerder Anouk Braam belt je "
    "vanmiddag; de Tweede Kamer debatteert donderdag. Kun jij de cijfers van Eline Koster checken?\n\nGroet, Marjolein",
    # a team's quarterly report: a title and figures are no sign of a publication
    "Kwartaalrapportage team Bezwaar Noord, Q2\n\nIn Q2 behandelden we 412 bezwaren (Q1: 377); 61% binnen de "
    "termijn. Marloes Vink en Ahmed Bouzid vielen uit door ziekte; Karin Smeets nam de werkvoorraad over.",
    # notes about clients and colleagues that quote them, name a wethouder or a newspaper
    "Incident aan de balie, 3 maart\n\nMeneer Kees Jansen kwam om 10.00 uur binnen en was boos. \"Ik ga naar de "
    "Telegraaf als dit niet wordt opgelost\", zei hij. Collega Mirjam de Wit heeft hem rustig kunnen krijgen. Hij zei "
    "ook dat de wethouder van zijn gemeente al op de hoogte is. Volgens hem is het de derde keer dit jaar.",
    "Wethouder Karin Bos heeft vandaag met Jan Pieters en Marloes Dekker gesproken over hun schuldhulptraject. Jan "
    "Pieters vertelde dat hij 14.000 euro schuld heeft. Marloes Dekker zei dat ze haar huur al vier maanden niet "
    "heeft betaald. De burgemeester wil dat de gemeente snel helpt. Het college besluit volgende week.",
    "Samenvatting overleg met de wethouder\n\nWethouder Ruud Kok zei dat de gemeente 40 plekken beschikbaar stelt "
    "voor de pilot. Marieke Dam van UWV vertelde dat de eerste deelnemers in september starten. Burgemeester Hans "
    "Kuipers opent de pilot op 1 september.\nVolgende overleg: 14 juni.",
    "Overdracht dossier Bakker\n\nDe heer Gerrit Bakker (67) is op 2 maart overleden. Zijn dochter Anja Bakker "
    "belde vandaag. Zij vertelde dat de laatste betaling terug moet. Volgens haar is de begrafenis al geweest en "
    "heeft de gemeente de akte gestuurd. Het Parool schreef er een stukje over.",
    # an in memoriam of a colleague, written like an obituary
    "In memoriam Ria Schouten (1961-2025)\n\nMet verdriet hebben wij gehoord dat onze collega Ria Schouten op 3 "
    "november is overleden. Ria werkte dertig jaar bij het team Werkgevers in Zwolle. \"Ze wist altijd een "
    "oplossing\", zegt teamleider Joost Mulder. Wij wensen haar man Gert en dochter Anne veel sterkte.",
    # a press review for staff that names a client and a colleague
    "Persoverzicht woensdag 3 december (intern, niet doorsturen)\n\nDe Stentor: \"Deventenaar wacht maanden op "
    "uitkering\". Het gaat om Kees Wolters. Wolters zegt in de krant dat niemand hem terugbelt. Zijn "
    "klantmanager is Anouk Vermeer. De woordvoerder is op de hoogte. NOS: debat over de WIA.",
    # a home visit report that mentions a television programme
    "Verslag huisbezoek 4 december – mevrouw Sanne Oosting, Dorpsweg 12, 9301 KB Roden\n\nMevrouw vertelt dat ze "
    "bij RTL Nieuws heeft gestaan \"omdat niemand luisterde\". Ze heeft twee kinderen en werkt niet meer sinds "
    "maart. Haar broer Ruben was bij het gesprek. Bezoek afgelegd door Ilse de Jong.",
    # a case for an intervision written like a feature, with a dateline
    "Casus voor het teamoverleg van 12 januari\n\nDeventer, 5 januari 2026 – \"Ik wil gewoon werken,\" zei Anton "
    "Brink (58) toen hij bij mij aan tafel zat. Meneer Brink kreeg een maatregel omdat hij een gesprek miste. Hij "
    "vertelt dat zijn vrouw ziek is. Vraag aan de groep: wat doen we met zijn verhaal?",
    # a short sentence is no news
    "Jan Gerritsen zei dat de wethouder gebeld had over de aanvraag van zijn buurvrouw.",
    # a note about a client in the first person
    "Vandaag heb ik met Karin Wessels gesproken over haar re-integratie. Ik heb gezegd dat de wethouder niets kan "
    "doen aan haar uitkering. Volgens de burgemeester kan de gemeente wel helpen met schuldhulp; ik bel haar "
    "volgende week terug om te horen of het gelukt is met de aanvraag bij de gemeente.",
])
def test_private_texts_that_mention_public_things_stay_private(detector, text):
    assert not reads_as_published(text)
    assert warns(detector, text)


@pytest.mark.parametrize("unit", [
    "De minister zei dat de wethouder goud won in de wedstrijd. ",
    "„" + "a" * 30,  # quotation marks that never close
    "'a",
    "Artikel 1\n",
    "x;" * 5 + "\n",
])
def test_long_inputs_are_read_in_time(cpu_limit, unit):
    # only the head is read: 2 MB of one pattern must not take long (a hang fails the suite)
    text = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
    with cpu_limit(1.0):
        assert isinstance(reads_as_published(text), bool)


@pytest.mark.parametrize("text", [
    # an export of records with a header row: quoted cells are no quotes of a news story
    'datum,medewerker,rubriek,notitie\n2025-09-02,Begeleider,Gedrag,"Vandaag onrustig, zei dat haar man overleden '
    'is en dat ze hem mist. Rustig gesprek gehad."\n2025-09-04,Verpleegkundige,Medicatie,"Medicatie geweigerd, later '
    'alsnog ingenomen. Zei: \'ik wil naar huis\'."\n2025-09-05,Arts,Evaluatie,"Overleg met dochter over beleid."',
    "klantnummer;naam;woonplaats;opmerking\n10233;Aydin Kaya;Deventer;\"wil vrijdag teruggebeld worden\"\n"
    "10234;Mila de Boer;Zutphen;\"vraagt naar de nabetaling\"",
])
def test_a_table_export_never_reads_as_published(text):
    assert not reads_as_published(text)


HEALTH_STORY = ("Marloes Verhagen, docente uit Apeldoorn, kreeg in 2022 borstkanker. "
                "\"Na de chemo wilde ik zo snel mogelijk terug naar de klas,\" vertelt ze. \"Maar ik was veel sneller moe "
                "dan ik had verwacht.\" Samen met de bedrijfsarts bouwde ze haar uren in een half jaar op.")


@pytest.mark.parametrize("probability, published", [(PROSE_WITH_KIND, True), (PROSE_WITH_KIND - 0.01, False)])
def test_health_in_a_story_is_published_only_when_its_words_read_as_published(monkeypatch, probability, published):
    # a story about someone's illness shows one or two kinds of published writing (quotes, speech);
    # it counts as published only when the word model is fairly sure as well
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: probability)
    assert reads_as_published(HEALTH_STORY, {"PERSON"}, ["HEALTH_DATA"]) is published


INTERVIEW = ("Ruim dertig jaar stond Gerda Mulder voor de klas in Emmen. Nu ze met pensioen is, schrijft ze een boek "
             "over de kinderen die ze zag opgroeien. \"Elk kind had een eigen verhaal,\" vertelt ze in haar tuin. "
             "Het boek verschijnt in het voorjaar bij een kleine uitgeverij uit Assen.")


@pytest.mark.parametrize("probability, published", [(PROSE_WITH_KIND, True), (PROSE_WITH_KIND - 0.01, False),
                                                    (PROSE_ALONE + 0.1, True)])
def test_one_kind_of_published_writing_needs_less_certainty_than_none(monkeypatch, probability, published):
    # one kind (here a quote with "vertelt ze") and a fairly sure word model; without any kind the
    # model alone must be surer (PROSE_ALONE)
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: probability)
    assert reads_as_published(INTERVIEW, {"PERSON"}) is published
    assert reads_as_published("Zomaar een tekst zonder soort. " * 12, {"PERSON"}) is (probability >= PROSE_ALONE)


COLUMN = ("Column | Theater\n\nVorige week zat ik in de Stadsschouwburg bij de nieuwe voorstelling van Het Zuidelijk "
          "Toneel. Ik had mijn twijfels, eerlijk gezegd. Regisseur Noor Koster koos voor een lege vloer en drie "
          "acteurs, en het decor bestond uit één stoel. Na de pauze was ik om. De recensie in de krant was mild; ik "
          "zou de voorstelling iedereen aanraden. Het seizoen van de schouwburg loopt nog tot juni, met premières "
          "en een festival.")


@pytest.mark.parametrize("probability, published", [(PROSE_WITH_KIND, True), (PROSE_WITH_KIND - 0.01, False)])
def test_a_column_in_the_first_person_with_a_kind_of_its_own(monkeypatch, probability, published):
    # a columnist writes "ik" like a mail does; a column shows a kind of published writing that no
    # mail shows (here a theatre review), and with it a fairly sure word model lets the writer speak
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: probability)
    assert reads_as_published(COLUMN, {"PERSON"}) is published


BLOG = ("Vijf vragen over de WW-uitkering\n\nVeel werkgevers weten niet precies wat er gebeurt als een contract niet "
        "wordt verlengd. In dit blog leg ik uit hoe de WW werkt en wat u als werkgever moet doen. Ik werk al twintig "
        "jaar als arbeidsjurist bij kantoor Van Rijn en Meijer. Collega Sander Blom schreef eerder over de "
        "transitievergoeding; dat stuk vindt u in het archief. De regels veranderen per 1 januari, dus lees goed mee.")
FAQ = ("Veelgestelde vragen over de huisarts\n\n1. Mag ik zelf kiezen bij welke huisarts ik me inschrijf?\nJa, dat mag. "
       "Let wel op de afstand tot de praktijk.\n\n2. Wat moet ik doen als mijn huisarts met pensioen gaat?\nDe praktijk "
       "laat u weten wie het overneemt, zegt huisarts Karin Zwart uit Hoorn. Meestal hoeft u niets te doen.\n\n"
       "3. Kan ik een afspraak online maken?\nBij de meeste praktijken wel.")
MAIL_QUESTIONS = ("Nog een paar vragen over mijn aanvraag, Karin Zwart\n\n1. Mag ik tijdens mijn WW een cursus volgen?\n"
                  "2. Wat moet ik doen als ik ziek word?\nIk heb vorige week al gebeld met Sander Blom, maar ik kreeg "
                  "geen duidelijk antwoord. Mijn contract liep op 1 maart af en ik zit nu thuis. Ik hoor graag van u, "
                  "want ik wil niets fout doen met mijn uitkering.")


@pytest.mark.parametrize("text, probability, published", [
    # the writer names the publication they write in: a blog, a lecture, a column
    (BLOG, 0.85, True),
    # numbered questions of a FAQ page in the first person are the reader's questions, not the writer's
    (FAQ, 0.75, True),
    # a client who numbers their own questions still writes in the first person outside them
    (MAIL_QUESTIONS, 0.85, False),
])
def test_the_first_person_of_a_blog_or_a_faq_is_no_private_sign(monkeypatch, text, probability, published):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: probability)
    assert reads_as_published(text, {"PERSON"}) is published


@pytest.mark.parametrize("text, kind", [
    ("De etappe werd gewonnen door een Belg. In het peloton bleef het rustig tot de laatste kilometer, en de "
     "leiderstrui bleef om de schouders van de Deen.", "sport"),
    ("Zes clubs kregen een nieuwe hoofdtrainer. De coaches van de play-offs bleven, en twee trainers "
     "vertrokken naar het buitenland.", "sport"),
    ("Haar tweede dichtbundel won de prijs. De jury noemde de poëzie helder en de literaire toon eigen.", "culture"),
    ("Pers en media\n\nJournalisten kunnen de woordvoerder bellen.", "press"),
    ("Ned Tijdschr Geneeskd. 2022;166:D1234\nCiteer dit artikel als: Jansen A, De Vries B.", "publication"),
])
def test_kinds_of_sport_culture_press_and_science(text, kind):
    assert kind in kinds(text)


def test_a_sport_word_is_a_whole_word():
    # "Bronsema", "Goudsmit", "Spelenburg": the start of a surname is no medal or game
    assert "sport" not in kinds("Bronsema belde Goudsmit. Bronsema en Goudsmit spraken met Spelenburg over Goudriaan.")


RULING_META = ("ECLI:NL:TGZRSGR:2024:88 Regionaal Tuchtcollege voor de Gezondheidszorg Den Haag\n\n"
               "Datum uitspraak: 12-04-2024\nDatum publicatie: 12-04-2024\nZaaknummer(s): 2023/4411\n"
               "Onderwerp: Onjuiste verklaring of rapport\nBeslissingen: Ongegrond\n"
               "Inhoudsindicatie: Klacht tegen een verzekeringsarts. Klager stelt dat de arts zijn klachten niet "
               "serieus heeft genomen bij de beoordeling van zijn arbeidsongeschiktheid. Het college oordeelt dat "
               "de arts zorgvuldig heeft gehandeld en wijst de klacht af. De griffier van het college tekende mee.")
MAIL_ABOUT_RULING = ("Van: Sandra Hoek\nAan: team Bezwaar\nOnderwerp: uitspraak tuchtcollege\n\n" + RULING_META)


def test_the_subject_line_of_a_published_ruling_is_no_mail_header():
    assert reads_as_published(RULING_META, {"PERSON"})
    assert not reads_as_published(MAIL_ABOUT_RULING, {"PERSON"})


def test_a_politician_named_with_a_title_and_a_party_is_no_client():
    from detectors.published import private_signs

    report = ("Vragen en opmerkingen uit de commissie\nDe heer Van Dorp (CDA) wees erop dat de regeling al twee keer "
              "is uitgesteld. Mevrouw Kaya (GL) vroeg naar de kosten voor gemeenten.")
    note = "Vragen van mevrouw Kaya over haar uitkering zijn doorgezet naar het team. De heer Van Dorp belt terug."
    assert not private_signs(report)
    assert private_signs(note)


KAMERBRIEF = ("Ministerie van Sociale Zaken en Werkgelegenheid\n\nAan de Voorzitter van de Tweede Kamer der "
              "Staten-Generaal\n\nDatum 12 maart 2026\nOns kenmerk 2026-0000031415\nOnderwerp Antwoorden op "
              "Kamervragen over de wachttijden bij de keuring\n\nHierbij bied ik u de antwoorden aan op de vragen van "
              "het lid Van Dam over de wachttijden bij de sociaal-medische keuring. De wachttijden zijn in het "
              "afgelopen jaar opgelopen tot gemiddeld veertien weken.\n\nDE MINISTER VAN SOCIALE ZAKEN EN "
              "WERKGELEGENHEID,\n\nH. Bosman")
CLIENT_LETTER = ("Datum 12 maart 2026\nOns kenmerk 2026-0000031415\nOnderwerp Uw aanvraag WIA\n\nGeachte heer "
                 "Bosman,\n\nWij hebben uw aanvraag ontvangen. De wachttijd voor de keuring is op dit moment veertien "
                 "weken. Wij nemen binnen twee weken contact met u op over een datum. Heeft u vragen? Bel ons dan op "
                 "werkdagen. In de brief over de Kamervragen van het lid Van Dam leest u meer over de wachttijden.")


@pytest.mark.parametrize("text, published", [(KAMERBRIEF, True), (CLIENT_LETTER, False)])
def test_the_reference_of_a_ministers_letter_to_parliament_is_no_private_sign(monkeypatch, text, published):
    # every Kamerbrief carries "Ons kenmerk" like a letter to a client does; only the minister's
    # letter to parliament is public
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.75)
    assert reads_as_published(text, {"PERSON"}) is published


LAWYER_QUOTED = ("Advocaten boos over bericht OM voor zitting\n\nUTRECHT (ANP) - Advocaten hebben woensdag boos "
                 "gereageerd op een bericht van het Openbaar Ministerie op sociale media, een dag voor de zitting "
                 "tegen een verdachte van witwassen. Het OM meldde dat het met nieuwe stukken zou komen. Advocaat "
                 "Mirjam Stoel noemde dat tegenover het ANP \"onbegrijpelijk. Als het OM nu nog stukken heeft, dan "
                 "eis ik dat mijn cliënt die eerst kan lezen.\" Een woordvoerder van het OM zegt dat het bericht "
                 "verkeerd is begrepen.")
LAWYER_WRITES = ("Geachte rechtbank,\n\nNamens mijn cliënt, de heer P. Stoel, verzoek ik u de zitting van "
                 "donderdag aan te houden. Het Openbaar Ministerie heeft gisteren nieuwe stukken aangekondigd, "
                 "die mijn cliënt nog niet heeft kunnen lezen. Een woordvoerder van het OM zegt dat de stukken "
                 "volgende week komen. Ik verneem graag uw beslissing.\n\nHoogachtend,\n\nmr. M. Stoel")


@pytest.mark.parametrize("text, published", [(LAWYER_QUOTED, True), (LAWYER_WRITES, False)])
def test_a_private_phrase_inside_a_quote_of_the_news_is_no_private_sign(monkeypatch, text, published):
    # "mijn cliënt" in the words of a lawyer the news quotes, not in the lawyer's own letter
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.75)
    assert reads_as_published(text, {"PERSON"}) is published


SENATE_SPEECH = ("Verslag van de vergadering van 14 oktober 2025 (2025/2026 nr. 04)\nStatus: ongecorrigeerd\n"
                 "Aanvang: 13.35 uur\nEen verslag met de status \"ongecorrigeerd\" is niet voor citaten.\n"
                 "Mevrouw Van der Linde i (D66):\nVoorzitter. De wet die vandaag voorligt, raakt mensen die al jaren "
                 "van een uitkering leven. Mijn fractie heeft daar drie vragen over aan de staatssecretaris. Hoe "
                 "voorkomt zij dat de nieuwe regels bij gemeenten tot nog meer uitvoeringslast leiden?")
TEAM_MINUTES = ("Verslag van de vergadering van 14 oktober 2025\nAanwezig: Marieke Stam (vz), Joost de Wit, "
                "Fatima El Idrissi\nAfwezig: Tom Kramer\n\n1. Opening\nMarieke opent de vergadering. Joost meldt dat "
                "de achterstand bij de aanvragen oploopt.\n\n2. Actiepunten\nFatima belt de klant over de nabetaling.")


def test_a_parliaments_report_with_its_session_number_is_public(detector):
    # eerstekamer.nl heads every speech with the report's number in the session ("(2025/2026 nr. 04)")
    # and puts an info mark between the speaker and the party ("Mevrouw Van der Linde i (D66):")
    assert not warns(detector, SENATE_SPEECH)


def test_the_minutes_of_a_team_stay_minutes(detector):
    assert "MEETING_NOTES" in {c.name for c in detector.analyze(TEAM_MINUTES).categories}


OCMW_MINUTES = ("Gepubliceerd op 20/06/2025\n\nNotulen OCMW-raad\n\ndo 12/06/2025 - 20:00 Raadzaal\n"
                "Aanwezig: Lieve Claes, Dirk Peeters, Sofie "
                "Janssens, Koen Wouters, Ann Maes, Tom Jacobs\nVerontschuldigd: Greet Willems\n\nOpenbare zitting\n\n"
                "1. Goedkeuring van het verslag van de vorige zitting. De raad keurt het verslag goed met 6 stemmen "
                "voor.\n2. Jaarrekening 2024 van het OCMW. De raad stelt de jaarrekening vast.")
COUNCIL_MINUTES = ("Notulen van de openbare vergadering van de raad van de gemeente Zeewolde, gehouden op donderdag "
                   "16 januari 2025 in het gemeentehuis.\nAanwezig: J.P. de Boer, mevrouw A.M. Visser-Kok, R. Hoekstra, "
                   "K.L. Smit, mevrouw S. Yilmaz, burgemeester T. de Jong (voorzitter), wethouders P. Bos en H. Mulder\n\n"
                   "De voorzitter opent de vergadering en heet iedereen welkom. Het verslag van de vorige vergadering "
                   "wordt ongewijzigd vastgesteld. Wethouder Bos beantwoordt de vragen over de verkeersveiligheid.")
PREP_MINUTES = ("Verslag werkoverleg team Wmo 12 maart\nAanwezig: Lieve Claes, Dirk Peeters, Sofie Janssens\n\n1. "
                "Voorbereiding vergadering van de gemeenteraad van 20 maart: Dirk maakt de notitie over de wachtlijst.\n"
                "2. Actiepunten: Sofie belt mevrouw Visser over haar aanvraag.")


@pytest.mark.parametrize("text, warned", [(OCMW_MINUTES, False), (COUNCIL_MINUTES, False), (PREP_MINUTES, True)])
def test_the_minutes_of_a_public_council_are_public_a_teams_minutes_are_not(detector, text, warned):
    # an OCMW council and a municipal council meet in public and publish who was there
    assert warns(detector, text) is warned


LINTJES = ("Lintjesregen in Harderwijk: elf inwoners gedecoreerd\n\nBurgemeester Van Rijn reikte vrijdag in het "
           "stadhuis elf Koninklijke onderscheidingen uit. Truus Brink (74) is al veertig jaar vrijwilliger bij de "
           "zonnebloem en wordt Lid in de Orde van Oranje-Nassau. Ook Gerrit Mulder (69), jarenlang penningmeester "
           "van de ijsclub, kreeg een lintje. \"Ik had echt niets door,\" zei Mulder na afloop.")
NOMINATION = ("Beste Henk,\n\nIn de bijlage stuur ik je de voordracht voor een Koninklijke onderscheiding voor onze "
              "collega Truus Brink (74). Zij is al veertig jaar vrijwilliger bij de zonnebloem. Wil je dit nog niet met "
              "haar delen? De burgemeester beslist in januari.\n\nGroet,\nAnneke")


@pytest.mark.parametrize("text, warned", [(LINTJES, False), (NOMINATION, True)])
def test_royal_honours_are_announced_in_public_a_nomination_is_not(detector, text, warned):
    assert warns(detector, text) is warned


# Stories about someone's illness in the paper (issue 12, round 8): the paper's own conventions, which a note, a
# care report or a staff magazine does not use, count as a kind of published writing. Texts invented for the tests.
PAPER_QUOTES = ("Twintig jaar reed Gert Wolters de schoolbus door Hoogeveen. Vorig jaar kreeg hij een "
                "hartinfarct. ,,Ik stond bij de garage en voelde een steek in mijn borst,'' vertelt hij aan de "
                "keukentafel. Na de revalidatie wilde hij zo snel mogelijk terug achter het stuur.\n\n,,De kinderen "
                "vroegen elke dag naar me. Dat gaf de doorslag,'' zegt Wolters. Zijn werkgever paste zijn rooster aan: "
                "hij rijdt nu alleen nog de ochtendrit, en de middagen zijn voor de fysiotherapie.")
NOTE_QUOTES = ("Twintig jaar reed Gert Wolters de schoolbus door Hoogeveen. Vorig jaar kreeg hij een "
               "hartinfarct. \"Ik stond bij de garage en voelde een steek in mijn borst,\" vertelt hij aan de "
               "keukentafel. Na de revalidatie wilde hij zo snel mogelijk terug achter het stuur.\n\n\"De kinderen "
               "vroegen elke dag naar me. Dat gaf de doorslag,\" zegt Wolters. Zijn werkgever paste zijn rooster aan: "
               "hij rijdt nu alleen nog de ochtendrit, en de middagen zijn voor de fysiotherapie.")
SURNAME_KEPT = ("Na haar burn-out moest Noor (34, achternaam bekend bij de redactie) al na zes weken weer "
                "beginnen met opbouwen. \"Ik kon nog geen boodschappenlijstje onthouden,\" zegt ze. Haar "
                "leidinggevende vond dat werken haar goed zou doen. Pas na een second opinion kreeg ze de tijd "
                "om te herstellen. \"Nu werk ik weer drie dagen per week, en dat gaat goed.\"")
SURNAME_IN_FILE = ("Na haar burn-out moest Noor Bakker al na zes weken weer beginnen met opbouwen. \"Ik kon "
                   "nog geen boodschappenlijstje onthouden,\" zegt ze. Haar leidinggevende vond dat werken haar goed "
                   "zou doen. Pas na een second opinion kreeg ze de tijd om te herstellen. \"Nu werk ik weer drie "
                   "dagen per week, en dat gaat goed.\"")
SURNAME_NOT_IN_PAPER = SURNAME_KEPT.replace("Noor (34, achternaam bekend bij de redactie)",
                                            "Noor, die niet met haar achternaam in de krant wil,")


@pytest.mark.parametrize("text, published", [
    # a regional paper opens its quotes with two commas; the same story with ordinary quotes (a staff magazine, a
    # note) shows no more than quotes and a speaker, which a care report shows as well
    (PAPER_QUOTES, True), (NOTE_QUOTES, False),
    # the paper keeps back the surname of the person it tells about; a note has the whole name
    (SURNAME_KEPT, True), (SURNAME_NOT_IN_PAPER, True), (SURNAME_IN_FILE, False),
])
def test_a_story_about_an_illness_in_the_paper_by_its_conventions(monkeypatch, text, published):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.5)  # the word model unsure, as on such stories
    assert reads_as_published(text, {"PERSON"}, ["HEALTH_DATA"]) is published


@pytest.mark.parametrize("text", [
    "Klant Gert Wolters (58) belde vanochtend over zijn rooster. ,,Ik wil weer aan het werk,'' zei hij aan de "
    "telefoon. Ik heb afgesproken dat ik hem volgende week terugbel over de re-integratie en zijn uitkering. Hij "
    "heeft sinds zijn hartinfarct nog geen volledige dagen gewerkt.",
    "Notitie gesprek Noor Bakker (34)\n\nNoor vertelt dat ze na haar burn-out al na zes weken weer moest "
    "opbouwen; haar naam is bekend bij de redactie van de nieuwsbrief, maar ze wil niet dat het verhaal gedeeld "
    "wordt. Afspraak gemaakt met de bedrijfsarts voor volgende week.",
])
def test_a_note_with_the_papers_conventions_stays_private(monkeypatch, text):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.8)
    assert reads_as_published(text, {"PERSON"}, ["HEALTH_DATA"]) is False


TOWN_STORY = ("Het begon met vermoeidheid. Marieke Jansen (47) uit Zwolle dacht aan een drukke winter, tot de "
              "huisarts haar bloed liet prikken. Leukemie, bleek een week later. Nu, twee jaar en een stamceltransplantatie "
              "verder, werkt ze weer twintig uur per week op de bibliotheek, vertelt ze. Haar team ving haar op toen "
              "ze terugkwam, en haar werkgever liet haar zelf bepalen hoe snel ze haar uren opbouwde.")


@pytest.mark.parametrize("text, published", [
    # name, age and town: the press's formula for someone it tells about
    (TOWN_STORY, True),
    (TOWN_STORY.replace("Marieke Jansen (47) uit Zwolle", "de 47-jarige Marieke Jansen uit Zwolle"), True),
    # the age without the town is how an intranet draft or a care report introduces someone too
    (TOWN_STORY.replace(" uit Zwolle", ""), False),
    # a letter or a note that gives the town names the client with a title
    (TOWN_STORY.replace("Marieke Jansen (47) uit Zwolle", "mevrouw Marieke Jansen (47) uit Zwolle"), False),
    (TOWN_STORY.replace("Het begon met vermoeidheid.", "Klacht van de heer Jansen.")
     .replace("Marieke Jansen (47) uit Zwolle", "Jansen (47) uit Zwolle"), False),
])
def test_someone_introduced_with_age_and_town_the_way_the_paper_does(monkeypatch, text, published):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.5)
    assert reads_as_published(text, {"PERSON"}, ["HEALTH_DATA"]) is published


@pytest.mark.parametrize("text, published", [
    # the paper's own reporter, also in a compound, is no colleague named in an internal text
    ("Onze rechtbankverslaggever Inge Verhoef volgt de zaak in de rechtszaal. De officier van justitie eiste "
     "zes maanden cel tegen de 24-jarige verdachte, zegt de woordvoerder van het Openbaar Ministerie. Eerder liet "
     "de burgemeester weten dat de gemeente de schade op de verdachten verhaalt, en de wethouder van veiligheid "
     "sprak van 'een zwarte avond voor de stad' in een brief aan de gemeenteraad.", True),
    ("Onze teamleider Inge Verhoef volgt de zaak in de rechtszaal. De officier van justitie eiste zes maanden "
     "cel tegen de 24-jarige verdachte, zegt de woordvoerder van het Openbaar Ministerie. Eerder liet de "
     "burgemeester weten dat de gemeente de schade op de verdachten verhaalt, en de wethouder van veiligheid sprak "
     "van 'een zwarte avond voor de stad' in een brief aan de gemeenteraad.", False),
])
def test_the_papers_own_reporter_is_no_colleague(monkeypatch, text, published):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.5)
    assert reads_as_published(text, {"PERSON"}) is published


SINGLE_QUOTES = ("'We waren de eerste helft gewoon niet goed genoeg', zegt trainer Henk Dijkman. 'Ik heb de jongens "
                 "in de rust gezegd dat ze meer moesten durven. Dat deden ze, en toen zag ik de gelijkmaker vallen.'\n\n"
                 "Aanvoerder Sem Kuipers zag het net zo. 'Ik vond dat mijn ploeg na de 1-1 pas ging voetballen. Die "
                 "goal gaf ons vertrouwen, en in de slotfase kregen we nog twee kansen.'\n\nDe club speelt zondag "
                 "de halve finale van de beker tegen de koploper van de competitie.")
SINGLE_QUOTES_MAIL = SINGLE_QUOTES + ("\n\nIk heb de wedstrijd zelf gezien en mijn zoon speelde mee; ik vond het "
                                      "vooral een rommelige middag.")


@pytest.mark.parametrize("text, published", [
    # a sports report quotes its trainer in straight apostrophes: the "ik" is the trainer's
    (SINGLE_QUOTES, True),
    # a parent who writes about the match says "ik" outside the quotes
    (SINGLE_QUOTES_MAIL, False),
])
def test_the_first_person_inside_straight_quotes_is_the_quoted_persons(monkeypatch, text, published):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.5)
    assert reads_as_published(text, {"PERSON"}) is published


QUOTE_HEADLINE = ("Mantelzorger Ria: ‘Ik doe het met liefde, maar soms wordt het me allemaal gewoon echt te veel’\n\n"
                  "Al zes jaar zorgt de 71-jarige Ria Veenstra uit Dokkum voor haar man, die na een beroerte "
                  "halfzijdig verlamd raakte. Drie ochtenden per week komt de thuiszorg, de rest doet ze zelf. Op de "
                  "Dag van de Mantelzorg vraagt de gemeente aandacht voor mensen zoals zij.")


@pytest.mark.parametrize("text, published", [
    # a news headline that quotes someone after a colon, longer than a plain headline
    (QUOTE_HEADLINE, True),
    # the same opening as a sentence of a report
    (QUOTE_HEADLINE.replace("Mantelzorger Ria: ‘Ik doe het met liefde, maar soms wordt het me allemaal gewoon echt te "
                            "veel’", "Mantelzorger Ria doet het met liefde, maar het wordt haar soms allemaal te veel, "
                            "zo bleek in het overleg."), False),
])
def test_a_headline_that_quotes_someone(monkeypatch, text, published):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.5)
    assert reads_as_published(text, {"PERSON"}, ["HEALTH_DATA"]) is published
