"""HEALTH_DATA in the files and notes of one client: the health words need not share a sentence
with the name when the whole text is about that one person (issue 12, class K and its kin)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # a medical history in a file that names its client elsewhere
    "Voorgeschiedenis volgens de huisarts (brief van 2 juni): in 2021 opgenomen wegens een depressie, "
    "daarna behandeld met antidepressiva. Klant (mw. G. Hoekstra, dossier WW-2025-338120) wil weer starten als kapper.",
    # a title line naming the client, findings below without a name or pronoun
    "Belastbaarheid d.d. 4 maart – Arjen Kooistra\nToelichting: hernia L5, conservatief behandeld; "
    "fysiotherapie loopt nog.",
    # a clinical descriptor instead of a name
    "spreekuur 14.00\nman 58 jr, heftruckchauffeur, ZW na ontslag. knieartrose bdz, wacht op operatie.",
    "Patiënte, 41 jaar, bekend met astma, meldt zich met benauwdheid.",
    # a bare role word mid-sentence in a file about one client
    "Cliënt: dhr. Ruben Lagerweij\nNa het gesprek is betrokkene volgens de verzekeringsarts "
    "arbeidsongeschikt voor zijn eigen werk.",
    # a named person's benefit without the word 'uitkering'
    "Mevrouw Eveleens zit sinds 2023 in de WGA, de herbeoordeling staat voor april.",
    "De nieuwe collega, Joris Blaauw, komt via de Wajong binnen.",
    # thoughts of suicide told about one person in a chat
    "[21:02] Maaike: mevrouw Dekkers belde huilend, ze zei dat ze niet meer wil leven. crisisdienst is ingeschakeld",
])
def test_health_data_in_a_file_about_one_person(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Wie in de WGA zit, krijgt eerst een loongerelateerde uitkering. Daarna volgt soms een vervolguitkering.",
    "Jongeren met een beperking kunnen de Wajong aanvragen als zij nooit kunnen werken.",
    "Voorgeschiedenis van de regeling: de WAO werd in 2006 vervangen door de WIA. "
    "Minister Van Gennip (SZW) stuurde op 4 maart een brief over de wachttijden bij de keuring.",
    "Denkt u aan zelfmoord? Bel dan 113 of 0800-0113. Praten helpt.",
    "Belastbaarheid van bruggen – rapport van Rijkswaterstaat\nDe draagkracht van de brug bij Zaltbommel "
    "is onderzocht.",
])
def test_health_words_without_one_person_are_no_health_data(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


def test_a_page_heading_in_title_case_is_no_writer(detector):
    text = ("Wat Moet Ik Doen Als Ik Ziek Ben\nVoor vragen over de WGA of de Ziektewet kunt u bellen met UWV. "
            "De wet is in 2006 ingevoerd.")
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


# -- medicines by name: a dose given to or taken by one person is health data ------------------------
@pytest.mark.parametrize("text", [
    "Om 22:00 lorazepam 1 mg gegeven aan Thijs, daarna rustig geslapen.",
    "Mevrouw Rademaker gebruikt sinds maart sertraline en metoprolol.",
    "[08:12] Noor: dhr. Baran krijgt vanaf vandaag omeprazol en simvastatine",
])
def test_a_medicine_given_to_one_person(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


def test_medicines_in_a_public_text_about_costs(detector):
    text = "Het Zorginstituut adviseert om lorazepam en omeprazol niet langer te vergoeden voor iedereen."
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


# -- childbirth, aids and broken vertebrae; "je" to one named person ---------------------------------
@pytest.mark.parametrize("text", [
    "[10:02] Iris: Sanne de Wit is gisteren bevallen van een dochter! keizersnede, maar alles goed",
    "Mevrouw Tromp kan sinds het ongeluk alleen met een rolstoel naar buiten.",
    "Beste Ruud,\n\nNa je ziekte van vorig jaar ben je sterk teruggekomen. Fijn dat je er weer bent!\n\nGroet, Anja",
    "Koen van Dijk viel van de steiger: twee gebroken wervels.",
])
def test_more_health_of_one_person(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Het gebouw is toegankelijk met een rolstoel; er is een lift naar de eerste verdieping.",
    "Als je ziek bent, meld je dan voor 10.00 uur ziek bij je werkgever.",
    "Het nieuwe rooster is goed bevallen bij de teams.",
])
def test_the_same_words_about_no_one(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # a care file calls its client "Mw." or "Dhr." without a name; the dot of the title ends no sentence
    "Mw. komt uit een isolement en heeft weinig contact met haar kinderen. Mw. heeft COPD en is snel benauwd bij "
    "inspanning; de longarts ziet haar elk halfjaar. Het personeel helpt haar bij het douchen.",
    "Dhr. heeft sinds de CVA van vorig jaar een halfzijdige verlamming rechts en is afhankelijk van hulp bij "
    "aankleden en eten. Afspraken maken met dhr. lukt moeilijk door de cognitieve achteruitgang.",
    # ... or "bewoner", "bewoonster"
    "Overdracht avonddienst\nBewoonster van kamer 4 is onrustig en vraagt steeds naar haar man. De bewoner van "
    "kamer 12 had weer pijn aan zijn voet; de wondzorg is gedaan.",
])
def test_a_care_file_about_its_unnamed_client(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # "Mw." and "Dhr." as form options or before a name are no client of a care file
    "Vul bij de aanhef dhr. of mw. in en controleer of het adres klopt. Vragen over het formulier? Bel de servicedesk.",
    "Dr. Annemieke Blom opende het congres over longziekten. COPD is in Nederland een van de meest voorkomende "
    "chronische ziekten; ruim 600.000 mensen hebben het.",
])
def test_titles_without_a_client(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # a therapist's session note: no name, only the heading says it is about one client
    "Derde sessie. Duidelijk meer rust, slaapt beter en is twee keer gaan wandelen.\n\n"
    "PHQ-9 deze week: 11 (matige depressie). Huiswerk: dagboek bijhouden. Volgende keer: terugvalpreventie.",
    # the domains of a care plan, as labels
    "Psyche: wisselende stemming, soms somber; depressieve klachten bekend sinds 2019.\n"
    "Mobiliteit: loopt binnen met rollator, buiten met rolstoel.\nADL: hulp bij wassen en aankleden.",
])
def test_a_session_note_or_care_plan_is_a_file_about_one_client(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Eerste sessie\nIn de eerste sessie maken we kennis. U vertelt wat u wilt veranderen en samen kijken we of "
    "therapie bij u past. Heeft u last van depressie of angst? Dan bespreken we welke behandeling u kan helpen.",
])
def test_a_practice_page_is_no_health_data(detector, text):
    # a public page of a practice speaks to every reader ("u"), not about one client
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


# -- a paragraph about one person: its later sentences need not repeat the name ----------------------
@pytest.mark.parametrize("text", [
    "Sevda Kaya werkt sinds 2019 als doktersassistente bij de praktijk aan de Molenweg. Vorig jaar werd "
    "borstkanker vastgesteld. De chemotherapie is inmiddels afgerond en de controles zijn goed.",
    "Thomas Verbeek zit in groep 6 en is een rustige, behulpzame jongen. Na de zomer is dyslexie vastgesteld; "
    "de school geeft extra leestijd.",
    "Willemijn Stam begon in 2021 als monteur in de buitendienst. Afgelopen voorjaar volgde een knieoperatie "
    "en daarna drie maanden revalidatie.",
])
def test_a_paragraph_about_one_named_person(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # "zij" with a singular past verb is one woman, not a group
    "Anouk Peters is sinds 2016 teamleider bij de buitendienst en staat bekend als iemand die veel overzicht "
    "houdt. In 2024 verzuimde zij zes weken na een hartinfarct.",
    "Sinds de reorganisatie van het klantcontactcentrum in 2023 voelt Priya Ramlal zich niet meer gehoord door "
    "haar nieuwe leidinggevende.\n\nIn mei meldde zij zich ziek met hoofdpijn en slapeloosheid.",
])
def test_she_with_a_singular_verb_is_one_person(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # the words of mental-health care and of chronic illness
    "Intake met Ruben (29). Hij heeft al jaren last van slaapproblemen en sinds kort ook hypertensie.",
    "Gesprek met dhr. Ozturk over zijn somberheid; hij piekert veel en de gz-psycholoog stelt schematherapie voor.",
    "Mw. Brink heeft hartfalen en nierfalen; haar suikerspiegel is slecht ingesteld.",
])
def test_words_of_mental_health_and_chronic_care(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # a named person beside a hospital, a doctor or a care word is not a patient by that alone
    "Wethouder Karin de Groot opende vrijdag de nieuwe vleugel. Het ziekenhuis telt nu 420 bedden en een "
    "eigen polikliniek voor kinderen.",
    "Gerrit Mulder is sinds 1 maart directeur van de huisartsenpost. De huisarts blijft voor patiënten het "
    "eerste aanspreekpunt.",
    # the writer talks about people in general after naming a colleague
    "Hoi Jeroen,\n\nDank voor je stuk over verzuim. Psychische klachten zijn in de sector de grootste oorzaak van "
    "langdurig verzuim, zie het CBS.",
])
def test_a_name_in_the_paragraph_is_not_enough_for_every_health_word(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # the pandemic, and "opgenomen" as "included", after a name in a news story
    "Iris Mulder was blij met haar zilveren plak in Calgary. De sterke Aziaten ontbraken vanwege corona, maar dat "
    "maakt de prestatie niet kleiner.",
    "Namens de fractie sprak Tom Aerts over de begroting. In het reglement werden nieuwe afspraken opgenomen voor "
    "de werking van de raad.",
])
def test_a_pandemic_or_an_inclusion_is_no_illness_of_the_person_named(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # the writer's own illness in English: "diagnosed me with", "I've been"
    "Hi Pieter,\n\nAfter the tests this week our family doctor has diagnosed me with diabetes, so the training on "
    "Friday will have to wait.\n\nThanks, Anna",
    # "zij is", "is zij": she, one woman, with a singular verb right beside her
    "In het gesprek van 3 november bleek dat mevrouw Lindqvist, die als kok werkte, sinds de zomer veel moeite "
    "heeft met staan.\n\nZij is volgens de verzekeringsarts duurzaam arbeidsongeschikt.",
    # names of diseases: multiple sclerose, Crohn
    "[08:02] Robin Alink: morgen ben ik er niet, mijn crohn is weer erg actief\n[08:05] Fleur: sterkte!",
    "Ik wil eerlijk zijn in deze sollicitatie: ik heb sinds 2020 multiple sclerose, maar ik werk al jaren fulltime.",
])
def test_own_illness_in_english_she_and_disease_names(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # a record that calls its one client by a bare role or title as the subject of a verb
    "Werkneemster is sinds de val van de ladder beperkt in reiken boven schouderhoogte; fysiotherapie twee keer per "
    "week, pijnstilling zo nodig.",
    "Tel. contact 4/11: wn geeft aan dat de hernia weer opspeelt. Werkt nu 2 x 3 uur.",
    "Cliënte oogde vermoeid. Huiswerk niet gedaan door hoofdpijn; besproken hoe de migraine het plannen verstoort.",
    "S: mw. is sinds de middag benauwd en zweterig.\nB: bekend met COPD en hartfalen.\nA: vermoedelijk infectie.\n"
    "R: arts gebeld, graag om 22:00 saturatie meten.",
    # the heading of a numbered session
    "EMDR sessie 4\nTarget: het beeld van de brand in de keuken. SUD van 7 naar 2. Bij de tweede set trillen in de "
    "handen; paniekklachten na afloop minder.",
    "MIC-meldingen november\n03-11 14:10 valincident in de gang, geen letsel zichtbaar, arts ingelicht.\n"
    "17-11 08:30 medicatie niet ingenomen, tablet op de grond gevonden.",
])
def test_a_record_about_its_one_unnamed_client(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # how care works, told for every client: a leaflet, a protocol, a course
    "Hoe verloopt een EMDR-behandeling?\nIn elke sessie denkt u terug aan de nare gebeurtenis. Intussen volgt u de "
    "hand van de therapeut. De meeste mensen hebben zes tot acht sessies nodig. Heeft u vragen? Bel ons.",
    "Protocol valincidenten\nNa een val beoordeelt de verpleegkundige of er letsel is. De cliënt wordt niet "
    "opgetild voordat de arts is gebeld. Een fractuur wordt altijd in het ziekenhuis behandeld. Meld elke val als "
    "MIC-melding in het ECD.",
    "Module 3 - Rapporteren\nDe werknemer heeft na een ziekmelding recht op begeleiding door de bedrijfsarts. In "
    "deze module oefen je met het schrijven van een probleemanalyse bij rugklachten.",
])
def test_care_told_for_every_client_is_no_record(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # the labels of a clinical record, also in Markdown or capitals
    "**Hulpvraag:** weer de kleinkinderen kunnen optillen.\n**Historie:** pijn in de onderrug sinds een val in "
    "juni, paracetamol helpt weinig.",
    "### Voorgeschiedenis:\n- 2014 hernia-operatie L4-L5\n- 2020 depressieve episode",
    "HOOFDKLACHT: tintelingen in beide handen, 's nachts erger.\nBELOOP: na de spalk minder klachten.",
    # a care log with times: the unnamed client as the subject after the time
    "2025-03-02 07:40 - Mw. is onrustig wakker geworden en gedesoriënteerd. Ontbijt op bed.\n"
    "2025-03-02 12:15 - Mw. at weinig, diëtist gevraagd mee te kijken.",
    # an age descriptor: a young person
    "Jongere (17 jaar), bekend met epilepsie en een licht verstandelijke beperking, wil na de zomer naar de entree-opleiding.",
])
def test_a_clinical_record_by_its_labels_and_shape(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # labels of a project or an audit, and a course on anamnesis
    "**Hulpvraag:** de afdeling wil sneller kunnen rapporteren.\n**Historie:** het systeem is in 2015 gebouwd.",
    "Module 2: de anamnese\nIn deze les leer je hoe je een hoofdklacht uitvraagt. Oefen met een medestudent: vraag "
    "naar het beloop van de klachten en naar de voorgeschiedenis.",
])
def test_labels_outside_a_clinical_record(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # the name is the doctor's own: a profession in apposition, not a patient's care
    "Patiënten komen vaak voor iets anders dan waarvoor ze een afspraak maakten, merkt huisarts Wouter Dekema uit "
    "Sneek. Hij schreef er een boek over.",
    "Dit artikel kwam tot stand met hulp van Lieke Brandsma, huisarts te Zeist en bestuurslid van de vereniging.",
    "Na twintig jaar in Groningen werkt Ahmed Benali nu als psychiater in het Martini en geeft hij les aan studenten.",
])
def test_a_care_profession_beside_a_name_is_the_persons_job(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Mevrouw Dekema is vorige week door de huisarts doorverwezen naar de psychiater.",
    "Ik ben bij mijn huisarts Wouter Dekema geweest en hij heeft me naar de neuroloog gestuurd.",
])
def test_a_patient_sent_to_a_doctor_stays_health_data(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # items of a functional capacity list (FML): always the assessment of one person
    "I. Persoonlijk functioneren\n1.2 Verdelen van de aandacht: beperkt\n1.9.8 Omgaan met conflicten: beperkt\n\n"
    "IV. Dynamische handelingen\n4.11 Lopen: normaal\n4.18 Tillen of dragen: beperkt, tot 10 kg",
    # a medication round for the resident of one room or bed
    "Medicatierol bed 12\n08:00 furosemide 40 mg\n12:00 paracetamol 500 mg zo nodig\n20:00 oxazepam 10 mg",
])
def test_an_fml_or_a_medication_round_is_about_one_person(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "De FML beschrijft wat iemand nog kan. De verzekeringsarts beoordeelt onder meer rubriek 4, dynamische "
    "handelingen, zoals tillen en lopen. Heeft u vragen over uw FML? Bel dan met UWV.",
    "Vergaderzaal kamer 12 is gereserveerd voor de training over medicatieveiligheid en het werken met paracetamol "
    "en oxazepam in de wijk.",
])
def test_explaining_an_fml_or_a_room_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # the heading of one person's report, with its week or period
    "Voortgangsrapportage jobcoach – week 12\n\nDeelnemer werkt nu vier ochtenden in de groenvoorziening. Door zijn "
    "reuma is bukken lastig; hij gebruikt een knielkussen.",
    "Re-integratieverslag periode maart-mei\n\nDe hernia is na de operatie rustig; opbouw naar 24 uur loopt.",
    # the domains of a care plan in elderly care
    "Lichamelijk welbevinden en gezondheid: COPD, zuurstof 's nachts.\nMentaal welbevinden: somber sinds het "
    "overlijden van haar zus.",
    # a client by role and initials
    "De therapie van cliënte (R.M.) is na twaalf sessies afgerond; de paniekstoornis is in remissie.",
])
def test_the_heading_or_role_of_one_persons_report(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Probleemanalyse\n\nIn de probleemanalyse beschrijft de bedrijfsarts wat je zieke werknemer nog kan en wat niet. "
    "Daarna maken jullie samen een plan van aanpak.",
    "Re-integratieverslag\n\nHet re-integratieverslag stuurt de werkgever naar UWV als de werknemer bijna twee jaar "
    "ziek is. Daarin staat wat er is gedaan om de werknemer weer aan het werk te helpen.",
])
def test_a_page_about_such_reports_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # what one person can still do, item by item, with the limit measured (no person word at all)
    "MOGELIJKHEDEN:\n- Zitten: maximaal 40 minuten achter elkaar\n- Staan: hooguit 20 minuten\n"
    "- Tillen: tot 7 kg\n- Traplopen: één trap, met leuning",
    "Belastbaarheid bij terugkeer\nLopen: 500 meter, daarna rust nodig\nAutorijden: niet langer dan 30 minuten\n"
    "Bukken: beperkt mogelijk\nReiken boven schouderhoogte: niet mogelijk",
    # the findings of one examination, measured in degrees and on a pain scale
    "Bewegingsonderzoek rechterknie\n- Flexie: 95° (pijn aan het einde)\n- Extensie: -5°\n- NRS pijn: 6/10 in rust",
    # a descriptor in the title line after a separator, and record shorthand without an article
    "Intakeformulier – R.K. – vrouw, 52 jr.\nKlacht: pijn onderrug sinds februari, uitstraling naar links.",
    "Samenvatting\n63-jarige buschauffeur met diabetes type 2, sinds kort insuline; rijgeschiktheid volgt.",
    # a clinical label with a word of its own before the colon
    "Hoofdklacht bij intake: nekpijn na een aanrijding, hoofdpijn in de middag.\nBeleid: oefentherapie.",
    # a medical heading of its own in a file that names its client
    "DOSSIER 2025-114\nBetreft: de heer Wim Oostveen\nBSN: 111222333\n\nMEDISCHE VOORGESCHIEDENIS\n\n"
    "Uit het journaal blijkt dat er voor het ongeval geen relevante klachten waren op het gebied van knieletsel.",
])
def test_a_record_of_one_person_by_its_measured_items(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # a vacancy names what the work asks of everyone
    "Wat vragen wij?\n- Tillen: tot 25 kg\n- Staan: het grootste deel van de dag\n- Rijbewijs B\n"
    "- Beschikbaar: ma t/m vr",
    # reference values on a page that teaches, not one person's findings
    "Normaalwaarden schoudergewricht\n- Flexie: 0-180°\n- Abductie: 0-180°\n- Exorotatie: 0-90°",
    # news about someone unnamed in a headline, and a health page with headings
    "Een 47-jarige man uit Tilburg is gisteren gewond geraakt bij een aanrijding met een bestelbus.",
    "Artrose\n\nDIAGNOSE\n\nDe huisarts stelt de diagnose meestal na een gesprek en lichamelijk onderzoek. "
    "Soms is een foto nodig.",
    # a planning list of a work site: minutes and kilos, but no limits of a person
    "Planning magazijn\n- Lossen: 40 minuten per vrachtwagen\n- Pallets: maximaal 800 kg per stuk\n"
    "- Pauze: 15 minuten om 10 uur",
])
def test_measured_items_that_are_no_record(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # a FHIR resource about the patient it references by number, without a name
    '{"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": "Methotrexaat '
    '15 mg"}, "subject": {"reference": "Patient/40211"}, "effectivePeriod": {"start": "2024-03"}}',
    # a data record of one client with a diagnosis field
    '{"patientId": "P-77120", "leeftijd": 54, "diagnose": "reumatoïde artritis", "afdeling": "reumatologie"}',
    "client_id;naam_afdeling;diagnose\n88123;Wonen West;Korsakov",
])
def test_a_data_record_of_one_patient(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # a profile of the standard: no patient, only the shape of the data
    '{"resourceType": "StructureDefinition", "title": "Condition", "description": "Een diagnose of probleem van een '
    'patiënt."}',
    # a code list of diagnoses without anyone's number
    '{"code": "J44", "diagnose": "COPD", "hoofdstuk": "Ziekten van het ademhalingsstelsel"}',
])
def test_the_shape_of_health_data_without_a_patient(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # a child's or a friend's illness told in a message
    "Ik kan morgen niet komen, mijn dochter heeft de mazelen en moet thuisblijven.",
    "Jurgen: weet je al dat Rignald last heeft van nierstenen? hij blijft vandaag thuis",
    # pregnancy of the writer or of a colleague
    "Hoi Marieke, ik wil je laten weten dat ik zwanger ben! Ik ben uitgerekend in juni.",
    "Dear Mr Okafor,\n\nYou have been ill for most of the year, so our physician will invite you.",
    # the unnamed client of an intake as the subject, with her age
    "Intakeverslag 3 maart\n\nMevrouw (34) meldt zich met somberheid na een verhuizing. Mevrouw gaat akkoord met "
    "tien gesprekken.",
    # one person's medication overview, with doses and times of day
    "Medicatieoverzicht kamer 4\n- Metoprolol 50 mg 1x daags\n- Furosemide 40 mg 's ochtends\n"
    "- Oxazepam 10 mg zo nodig, max. 2x per dag",
])
def test_more_health_of_one_person_in_messages_and_records(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Bent u zwanger? Dan heeft u recht op zwangerschapsverlof. Vraag het aan via uw werkgever.",
    "Mazelen is een besmettelijke ziekte. Kinderen krijgen daarom een vaccinatie op 14 maanden.",
    "Mevrouw de voorzitter, ik dank u voor het woord.",
    # a price list of a pharmacy: doses without times of day
    "Aanbiedingen deze week\n- Paracetamol 500 mg, 20 tabletten € 1,49\n- Ibuprofen 200 mg, 24 tabletten € 2,19\n"
    "- Vitamine D 10 mcg, 90 tabletten € 4,99",
])
def test_the_same_words_for_every_reader(detector, text):
    assert "HEALTH_DATA" not in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # FHIR in XML: a clinical resource that points at its patient
    '<Condition xmlns="http://hl7.org/fhir">\n  <id value="cond-7"/>\n  <code>\n    <text value="Decubitus '
    'graad 2"/>\n  </code>\n  <subject>\n    <reference value="Patient/p-88"/>\n  </subject>\n</Condition>',
    # a fragment of such a resource: the patient reference and a coded finding
    '  <subject>\n    <reference value="Patient/p-88"/>\n    <type value="Patient"/>\n  </subject>\n  <code>\n'
    '    <coding>\n      <system value="http://snomed.info/sct"/>\n      <code value="22298006"/>\n'
    '      <display value="Myocardinfarct"/>\n    </coding>\n  </code>',
])
def test_a_fhir_record_in_xml_about_its_patient(detector, text):
    assert "HEALTH_DATA" in detector.analyze(text).category_names


def test_a_fhir_profile_in_xml_without_a_patient(detector):
    text = ('<StructureDefinition xmlns="http://hl7.org/fhir">\n  <id value="nl-core-Problem"/>\n  <description '
            'value="Een probleem of diagnose van een patiënt."/>\n</StructureDefinition>')
    assert "HEALTH_DATA" not in detector.analyze(text).category_names
