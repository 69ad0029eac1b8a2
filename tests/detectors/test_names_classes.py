"""Whole classes of names the name finder missed (issue 12, names), each on NEW invented names.

No name here is taken from tests/corpus/nameparts.py or a corpus line: every rule must hold for
names nobody wrote it for. Each test failed before its fix.
"""
import pytest

from tests.helpers.names import found, persons


# -- an Arabic article or kunya joined by a hyphen: "Al-", "El-", "Abu-", "Abdel-" -----------------
@pytest.mark.parametrize("text, name", [
    ("Gesprek gevoerd met Samir Al-Tamimi over zijn re-integratie.", "Samir Al-Tamimi"),
    ("Ik heb Hadi El-Naggar gisteren gebeld.", "Hadi El-Naggar"),
    ("Klant: Tamara Abu-Zeid\nBSN: 123456782", "Tamara Abu-Zeid"),
    ("KLANT: TIRZA AL-JABOURI", "TIRZA AL-JABOURI"),
    ("kun jij samir al-tamimi terugbellen over zijn uitkering?", "samir al-tamimi"),
])
def test_arabic_article_joined_by_a_hyphen(detector, text, name):
    assert found(detector, text, name)


# -- a full name after a word for the account holder: "Gebruiker <name> kan niet inloggen" -------
@pytest.mark.parametrize("text, name", [
    ("Melding SD-100200\nGebruiker Merel Pronk kan niet inloggen op Mijn UWV.", "Merel Pronk"),
    ("Gebruiker Joris van Ooms heeft zijn wachtwoord vergeten.", "Joris van Ooms"),
    ("Gebruikster Eline Brandsma meldt dat de app vastloopt.", "Eline Brandsma"),
])
def test_a_name_after_gebruiker(detector, text, name):
    assert found(detector, text, name)


# -- a full name before "van <street> <number>" is a person, the street starts after "van" ---------
@pytest.mark.parametrize("text, name, street", [
    ("Verhuizing: Iris Brandsma van Kastanjelaan 7, 1234 AB Ergens naar Dorpsstraat 2, 1234 AC Ergens.",
     "Iris Brandsma", "Kastanjelaan 7"),
    ("Verhuizing: Tamara Soekhoe van Molenpad 19 A, 4321 BA Ergens, per 1 mei.", "Tamara Soekhoe", "Molenpad 19 A"),
    ("Verhuizing: Joris in 't Hout van Oude Markt 3, 7511 GA Enschede.", "Joris in 't Hout", "Oude Markt 3"),
])
def test_a_name_before_van_and_a_street(detector, text, name, street):
    a = detector.analyze(text)
    assert found(detector, text, name)
    assert street in [text[f.start:f.end] for f in a.findings if f.type == "ADDRESS"]


@pytest.mark.parametrize("text, street", [
    ("Mijn adres is Jan van Nassaustraat 12, 2596 BS Den Haag.", "Jan van Nassaustraat 12"),
    ("Mijn adres is Laan van Meerdervoort 52, 2596 BS Den Haag.", "Laan van Meerdervoort 52"),
])
def test_a_street_named_after_someone_keeps_its_van(detector, text, street):
    a = detector.analyze(text)
    assert street in [text[f.start:f.end] for f in a.findings if f.type == "ADDRESS"]


# -- the writer of a chat line after a bracketed time ----------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("[10:02] Zandrine Pool\nIk pak hem op.", "Zandrine Pool"),
    ("[10:02] Quelinda Vlijter\nIk pak hem op.\n[10:04] Merel\nTop.", "Quelinda Vlijter"),
    ("[08:41] jurgen olieslager\nik ben er over tien minuten", "jurgen olieslager"),
    ("[16:05] tamara soekhoe\nis goed, ik bel hem", "tamara soekhoe"),
])
def test_the_writer_of_a_chat_line(detector, text, name):
    assert found(detector, text, name)


def test_a_chat_line_of_plain_words_is_no_name(detector):
    text = "[10:00] vergadering gestart\n[10:45] koffie pauze\n[11:00] ok top"
    assert persons(detector, text) == []


# -- a first name no list knows before a known surname, in a name slot ------------------------------
@pytest.mark.parametrize("text, name", [
    ("Van: Zandrine Pool\nAan: team intake\nOnderwerp: rooster", "Zandrine Pool"),
    ("Klacht van Quirandy Brandsma, geboren 3-4-1980, over de betaling.", "Quirandy Brandsma"),
    ("Bezwaar van Zandrine Vlijter tegen het besluit van 1 mei.", "Zandrine Vlijter"),
])
def test_an_unknown_first_name_before_a_known_surname_in_a_slot(detector, text, name):
    assert found(detector, text, name)


# -- lower case: a surname after a title, a first name that is also a word --------------------------
@pytest.mark.parametrize("text, name", [
    ("kan jij mevr. pronkhorst terugbellen? zij heeft gebeld over haar betaling", "mevr. pronkhorst"),
    ("meneer ramautar heeft twee keer gebeld", "meneer ramautar"),
    ("kun jij mevrouw de vries bellen over haar uitkering", "mevrouw de vries"),
    ("ik heb harm brandsma gesproken over zijn uitkering", "harm brandsma"),
])
def test_lower_case_names_by_their_place(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "de heer is mijn herder, mij ontbreekt niets",
    "meneer heeft gebeld over de betaling",
    "mevrouw kan morgen langskomen voor een gesprek",
])
def test_a_lower_case_title_alone_is_no_name(detector, text):
    assert persons(detector, text) == []


# -- capitals: a first name and a surname that is also a word ---------------------------------------
@pytest.mark.parametrize("text, name", [
    ("QUIRINDA POOL\nDORPSSTRAAT 4\n1234 AB ERGENS", "QUIRINDA POOL"),
    ("AANVRAGER: CHANDRIKA PRINS", "CHANDRIKA PRINS"),
])
def test_capitals_with_a_surname_that_is_a_word(detector, text, name):
    assert found(detector, text, name)


# -- a lone first name in running text of a chat or a mail, not only a common one ------------------
@pytest.mark.parametrize("text, name", [
    ("Hoi Merel,\nNorva heeft zich vanochtend ziek gemeld.", "Norva"),
    ("[09:40] Tamara Soekhoe\nDan vraag ik de intake aan Jozua.", "Jozua"),
    ("Hi Joris, Sherida called in sick, so the intake needs someone else.", "Sherida"),
    ("Ruben, Chandrika heeft de stukken al gestuurd.\n[10:01] Ruben Stam\nTop.", "Chandrika"),
])
def test_a_lone_first_name_in_a_private_text(detector, text, name):
    assert name in persons(detector, text)


@pytest.mark.parametrize("text", [
    "[08:57] Noraly Faries\nja, staat erin. brief gaat vandaag de deur uit",
    "Hoi Merel,\nIk rij sinds kort in een Mercedes en de update van Windows is klaar.",
])
def test_a_lone_word_in_a_private_text_is_no_name(detector, text):
    assert not [p for p in persons(detector, text) if p not in ("Noraly Faries", "Merel")]


# -- full names the lists know only in part, in running text or as someone's file ----------------
@pytest.mark.parametrize("text, name", [
    ("Gesprek gevoerd met Soekhoe Ramautar over de startdatum.", "Soekhoe Ramautar"),
    ("Kun jij het dossier van Jozua Quelinde overnemen zolang ik weg ben?", "Jozua Quelinde"),
    ("Het re-integratieplan van Zandrine Vlijter is goedgekeurd.", "Zandrine Vlijter"),
    ("Hoi Merel,\nop de wachtlijst staat nu ook Kwasi Doelbelder.", "Kwasi Doelbelder"),
])
def test_full_names_known_in_part(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "De gemeenteraad van Stadt Münster wil de samenwerking met Enschede uitbreiden.",
    "De vaste commissie voor Sociale Zaken en Werkgelegenheid heeft vragen gesteld.",
    "Het bericht over de werknemers van Apollo Vredestein en de Europese miljoenen.",
])
def test_bodies_and_firms_stay_no_names(detector, text):
    assert persons(detector, text) == []


# -- lower case in chats: names the lists know in part, by their neighbours --------------------------
@pytest.mark.parametrize("text, name", [
    ("kun jij soekhoe ramautar even terugbellen? gaat over de betaling", "soekhoe ramautar"),
    ("norva quelinde heeft net gebeld, wil graag een nieuwe afspraak", "norva quelinde"),
    ("heb het dossier van jozua doelbelder doorgezet naar de jurist", "jozua doelbelder"),
    ("kun jij tamara el naggar even terugbellen? gaat over de betaling", "tamara el naggar"),
])
def test_lower_case_names_known_in_part(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "ik heb de update gedaan en de meeting gepland met het team",
    "hoi allemaal, thx voor de call, deadline is vrijdag",
])
def test_lower_case_chat_without_names(detector, text):
    assert persons(detector, text) == []


# -- capitals: an unknown word next to a known name -------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("DOSSIER ZANDRINE VLIJTER OVERGEDRAGEN AAN TEAM WW.", "ZANDRINE VLIJTER"),
    ("KLANT: NORVA DOELBELDER\nONDERWERP: TERUGBELVERZOEK", "NORVA DOELBELDER"),
    ("AANVRAGER CHANDRIKA QUELINDE HEEFT HET FORMULIER NIET ONDERTEKEND.", "CHANDRIKA QUELINDE"),
    ("KLANT: QUIRANDY GOMEZ DA LUZ\nONDERWERP: BETALING", "QUIRANDY GOMEZ DA LUZ"),
])
def test_capitals_with_an_unknown_word(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "NIEUWE REGELS VOOR DE WW PER 1 JANUARI",
    "WERKEN BIJ UWV IN GRONINGEN EN ASSEN",
])
def test_capital_headings_without_names(detector, text):
    assert persons(detector, text) == []


# -- the subject of a verb, and the people of a person -------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Zandrine Vlijter heeft vandaag gebeld: de betaalspecificatie klopt niet.", "Zandrine Vlijter"),
    ("Afspraak verzet: Quirandy Brandsma komt nu donderdag om tien uur.", "Quirandy Brandsma"),
    ("Het contract van Jozua Quelinde loopt op 1 juni af.", "Jozua Quelinde"),
])
def test_a_subject_or_someones_relation(detector, text, name):
    assert found(detector, text, name)


def test_a_role_quoted_in_news_is_no_subject(detector):
    text = "De politie pleit al jaren voor een verbod. Korpschef Veldkamp zei daarover eerder dat het moet."
    assert persons(detector, text) == []


# -- first names of groups the lexicon's sources added (Faker locales, see SOURCES.md) --------------
@pytest.mark.parametrize("text, name", [
    ("[09:13] Tamara Soekhoe\nDan vraag ik de tweede intake aan Albulena.", "Albulena"),   # Albanian (de_CH)
    ("Hoi Merel,\nYuridia heeft zich vanochtend ziek gemeld.", "Yuridia"),                # Spanish-American
    ("Hoi Merel,\nAbdulloh heeft de stukken gisteren gestuurd.", "Abdulloh"),             # Uzbek (uz_UZ)
])
def test_first_names_of_the_added_lists(detector, text, name):
    assert name in persons(detector, text)


@pytest.mark.parametrize("text, name", [
    ("[10:20] Merel Pronk\nTop, dan geef ik de tweede intake aan Holly.", "Holly"),
    ("Hoi Joris,\nkun jij samen met Autumn de planning maken?", "Autumn"),
])
def test_a_first_name_that_is_an_english_word_inside_a_sentence(detector, text, name):
    assert name in persons(detector, text)


def test_a_short_english_word_stays_a_word(detector):
    text = "Hoi Joris,\nhet Woo-verzoek en de Woo zelf bespreken we morgen."
    assert persons(detector, text) == ["Joris"]


def test_a_lower_case_line_in_a_mixed_text_needs_known_names(detector):
    # "max" is a first name, "uurloon" a noun the Dutch word list lacks: only in a text typed
    # wholly in lower case (a chat) does an unknown word next to a first name count as a surname
    text = "Gemeente Ergens\nVacature beleidsmedewerker\nmax uurloon\n32 uur per week\nSolliciteer voor 1 mei."
    assert persons(detector, text) == []


@pytest.mark.parametrize("text, name", [
    ("heb het dossier van jozua schaap doorgezet naar de jurist", "jozua schaap"),
    ("ok, dan plan ik norva kok in voor dinsdag", "norva kok"),
])
def test_lower_case_chat_surname_that_is_a_word(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text, name", [
    # a reference or a session note about someone called by first name only, again and again
    ("De afgelopen twee jaar heb ik intensief samengewerkt met Markus. Markus is een gedreven consultant die het "
     "team vooruit helpt. Ik kan Markus van harte aanbevelen.", "Markus"),
    ("Vierde sessie. Colin rapporteert dat zijn stemming is verbeterd en dat hij weer sport. Volgende keer "
     "bespreken we met Colin de terugkeer naar zijn werk.", "Colin"),
])
def test_a_first_name_that_comes_back_is_a_person(detector, text, name):
    assert persons(detector, text).count(name) >= 2


@pytest.mark.parametrize("text", [
    # the surname of an official named in full: alone it is still that official's surname
    "Wethouder Jan Teitsma opent het Werkplein samen met de regiomanager van UWV. “Inwoners hoeven niet meer "
    "te raden bij welk loket ze moeten zijn,” aldus Teitsma.",
    # a capitalised ordinary word that comes back is no name
    "Werk zoeken doe je niet alleen. Werk vinden lukt beter met hulp van het Werkplein.",
])
def test_what_comes_back_but_is_no_first_name_alone(detector, text):
    assert persons(detector, text) == []


# -- an instruction opens the sentence, the person is its object: "Bel Sanne", "Stuur Daan de lijst" ---------------
@pytest.mark.parametrize("text, name", [
    ("Bel Marijke morgen even terug over haar rooster.", "Marijke"),
    ("Stuur Thijs de lijst met openstaande dossiers.", "Thijs"),
    ("Mail Nadia even over de planning van volgende week.", "Nadia"),
    ("Bel Sanne van Dorst morgen terug.", "Sanne van Dorst"),
])
def test_a_contact_imperative_before_a_name_is_not_part_of_it(detector, text, name):
    spans = persons(detector, text)
    assert name in spans
    assert not any(s.split()[0] in ("Bel", "Stuur", "Mail") for s in spans)


# -- a common first name that is a place only as a saint's ("Sint Maarten"): alone in a sentence it is the person ---
@pytest.mark.parametrize("text, name", [
    ("Ik heb Maarten gisteren gebeld over zijn herstel.", "Maarten"),
    ("Morgen komt Joost langs voor het gesprek.", "Joost"),
])
def test_a_saints_first_name_alone_is_a_name(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "Het eiland Sint Maarten ligt in de Caraïben.",
    "De kerk van Sint Joost is vandaag open.",
])
def test_the_saints_place_is_no_name(detector, text):
    assert persons(detector, text) == []


# -- a title with an initial that has no dot, and a married name joined by a spaced hyphen ---------------------------
@pytest.mark.parametrize("text, name", [
    ("Huisbezoek bij mevr. K Wolters over de traplift.", "mevr. K Wolters"),
    ("Gesprek met dhr B van der Meulen over zijn WIA.", "dhr B van der Meulen"),
    ("Gesprek met mevrouw T. Hoekstra - Bartels over haar re-integratie.", "mevrouw T. Hoekstra - Bartels"),
    ("Afspraak met mevr. L. Kok - de Vries om tien uur.", "mevr. L. Kok - de Vries"),
])
def test_title_with_a_bare_initial_and_a_spaced_married_name(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text, name", [
    ("Overleg met dhr. P. Smit - teamleider Werkbedrijf.", "dhr. P. Smit"),
    ("Gesprek gehad met mevr. A. Bos - Amsterdam, 12 maart.", "mevr. A. Bos"),
])
def test_a_role_or_place_after_a_spaced_hyphen_is_not_part_of_the_name(detector, text, name):
    assert name in persons(detector, text)


# -- a first name right after a word for an animal, a storm, a ship or an institution names that thing ---------------
@pytest.mark.parametrize("text, word", [
    ("De agenten zochten het bos af met speurhond Max en vonden de buit.", "Max"),
    ("In de dierentuin is olifant Sofie zwanger van haar tweede kalf.", "Sofie"),
    ("Door storm Henk vielen in het hele land bomen om.", "Henk"),
    ("Orkaan Lisa trekt richting de kust van Florida.", "Lisa"),
    ("Het nieuwe schip Johanna vaart vanaf maart tussen Harlingen en Terschelling.", "Johanna"),
    ("Dat heeft zorgorganisatie Hannah vandaag aan de bewoners laten weten.", "Hannah"),
    ("Verpleeghuis De Boschkamp in Zwolle gaat volgend jaar dicht.", "De Boschkamp"),
])
def test_a_name_after_an_animal_a_storm_a_ship_or_an_institution_is_no_person(detector, text, word):
    assert not found(detector, text, word)


@pytest.mark.parametrize("text, name", [
    # a person right after a word for their role or relation stays a person
    ("Ik heb collega Max gevraagd om de planning over te nemen.", "Max"),
    ("Gisteren belde verzorgende Hannah over de medicatie van meneer Kok.", "Hannah"),
    # and the owner of a pet is no pet: "de hond van Lisa" names Lisa
    ("Tijdens het huisbezoek blafte de hond van Lisa Verbeek de hele tijd.", "Lisa Verbeek"),
])
def test_a_person_beside_such_a_word_stays_a_person(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text, name", [
    # a surname that ends like such a word ("-huis", "-boot") is still a surname, also before a first name
    ("Aanwezig: Wolthuis Piet en Kleinhuis Marco.", "Kleinhuis Marco"),
    ("Nijhuis Jan, geboren 12-03-1980, woont in Zwolle.", "Nijhuis Jan"),
])
def test_a_surname_that_ends_like_a_things_word_stays_a_name(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text, word", [
    ("09:10 Verpleeghuis De Naber in Capelle-West moet sluiten.", "De Naber"),
    ("Speurhond Max vond de buit in de bosjes.", "Max"),
])
def test_a_things_name_that_opens_a_sentence_with_its_kind_is_no_person(detector, text, word):
    assert not found(detector, text, word)


# -- a list of first names: an unknown one between known ones is a first name too --------------------------------
@pytest.mark.parametrize("text, name", [
    ("Het team bestaat uit: Lotte, Bram, Yaël, Kees en Femke.", "Yaël"),
    ("Onze groep: Noor, Daan, Anouk, Tiemen-Jan, Sofie en Ruben. We hadden weinig tijd.", "Tiemen-Jan"),
    ("Op het feest waren Joris, Elif, Maaike en Kwabena.", "Kwabena"),
])
def test_an_unknown_first_name_in_a_list_of_first_names(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text, word", [
    # places, months or ordinary words in a list with names stay what they are
    ("Lotte, Bram en Kees gingen naar Utrecht, Zwolle, Deventer en Arnhem.", "Deventer"),
    ("We namen Lotte, Bram, Kees en Anouk mee naar Apeldoorn, Ede, Epe en Ermelo.", "Ermelo"),
    ("In de klas zitten Lotte, Bram en Kees; de vakken zijn Engels, Frans, Duits en Wiskunde.", "Wiskunde"),
])
def test_other_words_in_or_near_such_a_list_are_no_names(detector, text, word):
    assert not found(detector, text, word)


# -- a first name no list knows, as the person a note is about: "Tirsa geeft aan ..." (round 12) ---------------------
@pytest.mark.parametrize("text, name", [
    ("S: Ruweida geeft aan dat ze sinds gisteren misselijk is.\nO: Ze eet weinig en ligt veel op bed.\n"
     "P: Morgen met Ruweida bespreken of de huisarts moet komen.", "Ruweida"),
    ("Vanmiddag bij Jelvira op bezoek geweest. Jelvira vertelt dat het werk zwaar valt. Ik spreek met Jelvira "
     "af dat we volgende week verder praten.", "Jelvira"),
    ("Overdracht avond: Neshwa voelt zich somber. Daarna met Neshwa een wandeling gemaakt; Neshwa zegt dat dat hielp.",
     "Neshwa"),
])
def test_an_unknown_first_name_as_the_subject_of_a_note(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text, word", [
    # software and products in a private note do things, but do not feel or tell
    ("Ik heb Zorgmail opnieuw gestart. Zorgmail geeft een foutmelding en met Zorgmail lukt versturen niet.",
     "Zorgmail"),
    ("Hoi, Topdesk is traag vandaag. In Topdesk staat de melding, maar Topdesk slaat niets op.", "Topdesk"),
])
def test_a_product_in_a_note_is_no_name(detector, text, word):
    assert not found(detector, text, word)
