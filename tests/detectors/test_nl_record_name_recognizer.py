"""Names in the fields of structured data (JSON, FHIR, mock objects): others_private2's records."""
import pytest

from detectors.recognizers.nl_record_name_recognizer import NlRecordNameRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlRecordNameRecognizer()


def found(recognizer, text):
    return [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, expected", [
    ('{"firstName": "Johanna", "lastName": "Klaassen-Groen", "city": "Zwolle"}', ["Johanna", "Klaassen-Groen"]),
    ('name[0].family = "van der Sluijs"\nname[0].given = "Samira"', ["van der Sluijs", "Samira"]),
    ("const clients = [{ naam: 'Pieter de Graaf', woonplaats: 'Zwolle' }];", ["Pieter de Graaf"]),
    ("achternaam: \"Öztürk\"\nvoornaam: \"Emre\"", ["Öztürk", "Emre"]),
    ('{"full_name": "J.P. de Vries"}', ["J.P. de Vries"]),
    # one word under a general name key: a first name or a surname the lists know
    ('{"id": 3, "name": "Jansen"}', ["Jansen"]),
    ("naam: 'Fatima'", ["Fatima"]),
    # a common name that is a word too stays a name ("Roos", "Mark", "Bakker")
    ('{"name": "Roos"}', ["Roos"]),
    ('{"name": "Bakker"}', ["Bakker"]),
    # FHIR Shorthand: the display of the patient a resource is about, a surname no list knows
    ('* subject = Reference(pat-12)\n* subject.type = "Patient"\n* subject.display = "Wolkersz"', ["Wolkersz"]),
    ('* patient.display = "Roemersma"', ["Roemersma"]),
])
def test_a_name_field_holds_a_person(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    '{"name": "Gemeente Zwolle", "type": "organisation"}',
    '{"name": "string", "lastName": "test"}',
    '{"displayName": "Team Bezwaar Noord"}',
    '{"naam": "jan@example.nl"}',
    "De naam van de regeling is 'Participatiewet'.",
    '{"city": "Zwolle", "street": "Kerkstraat"}',
    # one word under a general name key that no list knows as a name: a resource, a product, a place
    '{"resourceType": "StructureDefinition", "name": "Condition"}',
    '{"name": "Plakwacht", "version": "1.4.0"}',
    "{ naam: 'Amsterdam', inwoners: 931000 }",
    # the placeholder of an example's patient
    '* subject.display = "Voorbeeldpatiënt"',
    '{"name": "Testpatient"}',
    # an ordinary word under a general name key that the lists know only as a rare name: a model's category, a
    # product, a thing (a person so named is written in full: "name": "Pieter de Man")
    '{"Categorie": "Geslacht", "Name": "Man", "Gewicht": "-0,12611"}',
    '{"name": "Zon", "type": "pictogram"}',
    '{"naam": "Hond", "soort": "huisdier"}',
])
def test_other_fields_and_values_are_no_person(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("unit", ['"name": "', '{"lastName": "Aa', "naam = 'Jan " * 3, '<family value="Aa van ',
                                  '"reference": "Patient/p", "display": "Jan van ', '<display value="XXX_Aa ',
                                  '"monteur": "Aa B. ', '"voornaam": "jan de ', "last_name = 'Jan' = ANY(name_given",
                                  "'Aa' = any( "])
def test_adversarial_input_completes(recognizer, unit, cpu_limit):
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    with cpu_limit(2.0):
        assert isinstance(found(recognizer, text), list)


@pytest.mark.parametrize("text, expected", [
    # the columns of an SQL INSERT name the values of every row
    ("INSERT INTO `klant` (`id`, `voornaam`, `achternaam`, `woonplaats`) VALUES\n(1, 'Fenna', 'Oosterhuis', "
     "'Assen'),\n(2, 'Yusuf', 'Van den Akker', 'Emmen');", ["Fenna", "Oosterhuis", "Yusuf", "Van den Akker"]),
    ('insert into patients (first_name, last_name, city) values ("Mila", "de Groot", "Delft");',
     ["Mila", "de Groot"]),
])
def test_the_name_columns_of_an_sql_insert(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "INSERT INTO afdeling (id, naam, plaats) VALUES (1, 'Gemeente Zwolle', 'Zwolle');",
    "INSERT INTO product (id, omschrijving, prijs) VALUES (1, 'Koffie Zwart', 2.5);",
])
def test_other_sql_values_are_no_person(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("unit", ["INSERT INTO t (naam) VALUES ('Jan', ", "INSERT INTO t (naam, "])
def test_adversarial_sql_completes(recognizer, unit, cpu_limit):
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    with cpu_limit(2.0):
        assert isinstance(found(recognizer, text), list)


# -- an INSERT whose table name has a schema and brackets (SQL Server): "[dbo].[Klant]" ------------
_BRACKETED = ("INSERT INTO [dbo].[{table}] ([ID], [{c1}], [{c2}], [Woonplaats]) VALUES \n"
              "(1,'{v1}','{v2}','Deventer'),\n(2,'Sjoerd','Wiersma','Sneek');")


@pytest.mark.parametrize("table, c1, c2, v1, v2", [
    ("Bewoner", "Voornaam", "Achternaam", "Trijntje", "Hoekstra"),
    ("Client", "FirstName", "LastName", "Noor", "Kuipers"),
])
def test_names_in_a_bracketed_sql_server_insert(recognizer, table, c1, c2, v1, v2):
    text = _BRACKETED.format(table=table, c1=c1, c2=c2, v1=v1, v2=v2)
    assert found(recognizer, text) == [v1, v2, "Sjoerd", "Wiersma"]


@pytest.mark.parametrize("text", [
    # a bracketed table of products and of places: no name column
    "INSERT INTO [dbo].[Product] ([ProductID], [Omschrijving]) VALUES (1,'Fiets Comfort'),(2,'Bel');",
    "INSERT INTO [shop].[dbo].[Vestiging] ([Plaats], [Provincie]) VALUES ('Zwolle','Overijssel');",
])
def test_a_bracketed_insert_without_a_name_column_stays_quiet(recognizer, text):
    assert found(recognizer, text) == []


# -- FHIR Shorthand: the next item "[+]" and the same item "[=]" of a name field --------------------
@pytest.mark.parametrize("text, expected", [
    ('* name.family = "Wassink"\n* name.given[0] = "Roel"\n* name.given[+] = "Hendrikus"', ["Wassink", "Roel", "Hendrikus"]),
    ('* name[0].given[0] = "Ilse"\n* name[0].given[+] = "Marije"', ["Ilse", "Marije"]),
])
def test_fhir_shorthand_indexes_of_a_name_field(recognizer, text, expected):
    assert found(recognizer, text) == expected


# -- the id of a FHIR person resource named after the person: "Patient-J-van-Dam" ------------------
@pytest.mark.parametrize("text, expected", [
    ("Instance: Patient-R-van-Dijk\nInstanceOf: Patient\n* birthDate = \"1971-02-03\"", ["R-van-Dijk"]),
    # (and the display after the reference, a name too: test_names_round14.py)
    ("* subject = Reference(Patient-Sanne-Bosman) \"Sanne Bosman\"", ["Sanne-Bosman", "Sanne Bosman"]),
    ("Instance: RelatedPerson-Joost-de-Wit\nInstanceOf: RelatedPerson", ["Joost-de-Wit"]),
    ("* performer = Reference(Practitioner-B-J-Wolterink)", ["B-J-Wolterink"]),
])
def test_a_person_named_in_a_fhir_resource_id(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "Instance: Patient-Example\nInstanceOf: Patient",
    "* subject = Reference(Patient-Test-Zorgverzekerde)",
    "Instance: Practitioner-Huisarts\nInstanceOf: Practitioner",
    "* patient = Reference(PatientConsent-Overview)",
    # outside a FHIR text a "Patient-" word is prose
    "De Patient-Jansen-lijst is een bekend begrip in de zorg.",
])
def test_other_fhir_ids_stay_quiet(recognizer, text):
    assert found(recognizer, text) == []


# -- a CSV export or pasted table with a first-name or surname column --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("voornaam,achternaam,woonplaats\nFemke,van Dalen,Meppel\nOmar,Haddou,Almelo",
     ["Femke", "van Dalen", "Omar", "Haddou"]),
    ("first_name;last_name;team\nLotte;Brinkman;Sales\nRuud;Oosterhof;Support", ["Lotte", "Brinkman", "Ruud", "Oosterhof"]),
])
def test_name_columns_of_a_csv_export(recognizer, text, expected):
    assert sorted(found(recognizer, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # a bare "naam" column of products or teams is no person's column
    "naam,prijs,voorraad\nFiets Comfort,299,4\nBel Deluxe,9,120",
    "naam;afdeling;verdieping\nTeam Noord;Handhaving;3\nTeam Zuid;Vergunningen;2",
    # a surname column left empty or holding placeholders
    "voornaam,achternaam\nTest,Voorbeeld\nonbekend,onbekend",
])
def test_other_table_columns_stay_quiet(recognizer, text):
    assert found(recognizer, text) == []


# -- a name aliased in an SQL SELECT, and the short Dutch columns vnaam / anaam ----------------------
@pytest.mark.parametrize("text, expected", [
    ("SELECT\n    'Wubbels' AS \"name[0].family\",\n    'Gerrit' AS \"name[0].given\",\n    '1950-03-04' AS \"birthDate\"\n"
     "FROM dual;", ["Wubbels", "Gerrit"]),
    ("insert into leerling (vnaam, anaam, klas)\nvalues ('Sem', 'Kuiper', '2B'),\n('Lieke', 'van Beek', '2C');",
     ["Sem", "Kuiper", "Lieke", "van Beek"]),
])
def test_sql_alias_names_and_short_name_columns(recognizer, text, expected):
    assert sorted(found(recognizer, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "SELECT 'Actief' AS \"status\", 'Zwolle' AS \"address[0].city\" FROM patienten;",
    "SELECT 'Onbekend' AS \"name[0].family\" FROM patienten;",
])
def test_other_sql_aliases_stay_quiet(recognizer, text):
    assert found(recognizer, text) == []


# -- the parts of a Dutch surname as FHIR extensions (nl-core own name / partner name) ---------------
@pytest.mark.parametrize("text, expected", [
    ('* name[0].family = "van Essen-de Jong"\n* name[0].family.extension[0].url = "http://hl7.org/fhir/'
     'StructureDefinition/humanname-own-name"\n* name[0].family.extension[=].valueString = "Essen"', ["van Essen-de Jong", "Essen"]),
    ('* name.family.extension[+].valueString = "Dijkstra"', ["Dijkstra"]),
])
def test_surname_parts_in_fhir_extensions(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    # the prefix of a surname, and a valueString of another extension
    '* name.family.extension[=].valueString = "van der"',
    '* extension[0].valueString = "Nederlands"\n* address.extension[0].valueString = "Kerkstraat"',
])
def test_other_value_strings_stay_quiet(recognizer, text):
    assert found(recognizer, text) == []


# -- rows of SQL values pasted without their INSERT line: the columns say what they hold ------------
_TUPLES = ("(7, 'Maarten', 'Hoekstra', 'Lindelaan', '4', '8012 AB', 'Zwolle', 1),\n"
           "(8, 'Sanne', 'de Boer', 'Oude Vismarkt', '17', '9712 HV', 'Groningen', 1),\n"
           "(9, 'Ilse', 'Van Wijk', 'Bergweg', '120', '3036 BC', 'Rotterdam', 0);")


def test_headerless_sql_rows_of_people(detector):
    a = detector.analyze(_TUPLES)
    got = {(f.type, _TUPLES[f.start:f.end]) for f in a.findings if f.score >= 0.5}
    for t, v in [("PERSON", "Hoekstra"), ("PERSON", "de Boer"), ("PERSON", "Van Wijk"), ("POSTCODE", "9712 HV"),
                 ("POSTCODE", "3036 BC"), ("ADDRESS", "Oude Vismarkt', '17"), ("ADDRESS", "Bergweg', '120")]:
        assert (t, v) in got, (t, v, got)


@pytest.mark.parametrize("text", [
    # postcode areas and depots: no first names in the rows
    "(1, '8012 AB', 'Zwolle', 'Centrum', 1),\n(2, '9712 HV', 'Groningen', 'Binnenstad', 1),",
    "('Depot Noord', 'Industrieweg', '4', '8012 AB', 'Zwolle'),\n('Depot Zuid', 'Havenweg', '9', '3036 BC', 'Rotterdam'),",
    # a single row is no table
    "(7, 'Maarten', 'Hoekstra', 'Lindelaan', '4', '8012 AB', 'Zwolle', 1);",
])
def test_other_value_rows_stay_quiet(detector, text):
    a = detector.analyze(text)
    assert [f.type for f in a.findings if f.type in ("POSTCODE", "ADDRESS") and f.score >= 0.5] == []


# -- an XML record names its fields by its elements, also with attributes over several lines (HL7v3, StUF) ---------
@pytest.mark.parametrize("text, expected", [
    ("<persoon>\n  <voornaam>Gerrit</voornaam>\n  <achternaam>Oosterhuis</achternaam>\n</persoon>",
     ["Gerrit", "Oosterhuis"]),
    ('<naam_vrouw conceptId="2.16.840.1"\n            text="ter Horst"\n            xsi:type="PN">ter Horst</naam_vrouw>',
     ["ter Horst"]),
    ("<medewerker><naam>Wolters</naam><afdeling>Inkoop</afdeling></medewerker>", ["Wolters"]),
])
def test_an_xml_name_element_holds_a_person(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "<product><naam>Zorgverzekering Basis</naam></product>",
    "<team><naam>Handhaving</naam></team>",
    "<gemeente><naam>Gemeente Zwolle</naam></gemeente>",
])
def test_an_xml_name_element_of_a_thing_is_no_person(recognizer, text):
    assert found(recognizer, text) == []


# -- FHIR XML and JSON: name parts as attributes, the display of a reference to a person (round 12) -------------------
@pytest.mark.parametrize("text, expected", [
    ('<name>\n  <use value="official"/>\n  <family value="Verhoef"/>\n  <given value="Lotte"/>\n</name>',
     ["Verhoef", "Lotte"]),
    # Nictiz's test persons carry "XXX_" before their surname
    ('<name>\n  <family value="XXX_Brouwersma"/>\n  <given value="Teun"/>\n</name>', ["XXX_Brouwersma", "Teun"]),
    ('<subject>\n  <reference value="Patient/pat-77"/>\n  <type value="Patient"/>\n'
     '  <display value="Anouk van XXX_Dalen"/>\n</subject>', ["Anouk van XXX_Dalen"]),
    ('"performer": [{"reference": "Practitioner/prac-3", "display": "Frank Wessels"}]', ["Frank Wessels"]),
])
def test_a_name_in_fhir_xml_or_a_reference_display(recognizer, text, expected):
    assert sorted(found(recognizer, text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # one XML path reads name elements and name attributes: other attributes before value=, a fragment without a
    # closing tag, a Dutch element with its value as an attribute
    ('<family id="f1" value="Verhoef"/>\n<given value="Lotte"/>', ["Verhoef", "Lotte"]),
    ('<achternaam value="Bosman"/>', ["Bosman"]),
    ('<given value="Teun"/><family value="XXX_Brouwersma"/>', ["Teun", "XXX_Brouwersma"]),
])
def test_name_attributes_are_read_like_name_elements(recognizer, text, expected):
    assert sorted(found(recognizer, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # the display of a reference to an organisation or a code is no person
    '<managingOrganization>\n  <reference value="Organization/org-1"/>\n  <display value="Huisartsenpraktijk Delden"/>'
    '\n</managingOrganization>',
    '<coding>\n  <system value="http://snomed.info/sct"/>\n  <display value="Hartfalen"/>\n</coding>',
    # a placeholder
    '<subject>\n  <reference value="Patient/p-1"/>\n  <display value="Voorbeeldpatiënt"/>\n</subject>',
])
def test_other_fhir_displays_are_no_person(recognizer, text):
    assert found(recognizer, text) == []


def test_the_surname_in_a_suwinet_answer(recognizer):
    text = ("<ClientSuwi>\n  <Burgerservicenr>123456782</Burgerservicenr>\n  <Voorletters>P.</Voorletters>\n"
            "  <Voorvoegsel>van</Voorvoegsel>\n  <SignificantDeelVanDeAchternaam>Gerwen</SignificantDeelVanDeAchternaam>\n"
            "</ClientSuwi>")
    assert found(recognizer, text) == ["Gerwen"]


@pytest.mark.parametrize("text, expected", [
    # a work order names its mechanic, a ticket its handler, by a field named after the role
    ('"werkbon": {"code": "201422", "monteur": "Hoekstra J.", "status": "Uitgevoerd"}', ["Hoekstra J."]),
    ('{"ticket": "INC-2231", "behandelaar": "Iris de Wit", "melder": "Sanne Bosman"}', ["Iris de Wit", "Sanne Bosman"]),
    ("assignee: 'Pieter Kramer'", ["Pieter Kramer"]),
])
def test_a_person_in_a_field_named_after_a_role(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    '{"behandelaar": "Team Noord", "melder": "Servicedesk"}',
    '{"assignee": "Backlog", "reporter": "Systeem"}',
])
def test_a_team_or_a_system_in_a_role_field_is_no_person(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    # rows of an INSERT pasted without its column names: a first name the lists know, then the surname's cell
    ("    ('Sophie', 'Visser', 'sophie.visser@example.com', 'Password123!', '1947-07-21', 'F', 8),\n"
     "    ('Tom', 'de Boer', 'tom.boer@example.com', 'Password123!', '1938-01-01', 'M', 9),\n"
     "    ('Eva', 'Jong', 'eva.jong@example.com', 'Password123!', '1955-08-10', 'F', 10),",
     ["Sophie", "Visser", "Tom", "de Boer", "Eva", "Jong"]),
])
def test_a_first_name_and_a_surname_in_a_row_without_column_names(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "    ('Zwolle', 'Centrum', 'depot', 12),\n    ('Deventer', 'Noord', 'depot', 8),",
    "    ('Maandag', 'Vergadering', 'zaal 3', 1),\n    ('Dinsdag', 'Overleg', 'zaal 2', 2),",
])
def test_a_row_of_places_or_words_holds_no_name(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    # a query or a filter that looks a person up by name
    ("SELECT id INTO pid FROM patients WHERE name_family = 'Hoekstra' AND 'Wietske' = ANY(name_given);",
     ["Hoekstra", "Wietske"]),
    ('clients = Client.objects.filter(last_name="van Dijk", first_name="Sem")', ["van Dijk", "Sem"]),
    ("UPDATE medewerkers SET afdeling = 'HR' WHERE achternaam = 'Bulut' AND voornaam = 'Emre';", ["Bulut", "Emre"]),
])
def test_a_name_compared_with_a_name_field_in_a_query(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "SELECT * FROM users WHERE last_name = '' OR first_name = 'null';",
    "if achternaam == 'Onbekend': achternaam = 'Test'",
    "SELECT * FROM teams WHERE name = 'Team Noord';",
])
def test_an_empty_placeholder_or_other_field_compared_is_no_person(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    # a web page's markup that says it names a person (schema.org microdata), also with the surname hidden
    ('betekend aan <span itemscope itemtype="http://schema.org/Person"><span itemprop="givenName">Sietske</span> '
     '<span class="hidden" itemprop="familyName">Wijnbergen</span></span> door de deurwaarder.',
     ["Sietske", "Wijnbergen"]),
    ('<div itemscope itemtype="https://schema.org/Person"><h2 itemprop="name">Kerem Doğan</h2>', ["Kerem Doğan"]),
])
def test_a_name_in_a_pages_person_markup(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Woonstichting Noord</span></div>',
    '<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Tafel Eiken</h1></div>',
])
def test_the_name_of_an_organisation_or_a_product_in_markup_is_no_person(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    # the column list on a line of its own, and one column per line, as people format a long INSERT
    ("INSERT INTO leerlingen\n(leerling_nr, achternaam, tussenvoegsel, voornaam, geboortedatum)\nVALUES\n"
     "(70001,'Kramer','','Anouk','2008-04-30'),\n(70002,'Berg','van den','Sem','2007-06-06');",
     ["Kramer", "Anouk", "Berg", "Sem"]),
    ("INSERT INTO clienten (\n    id,\n    voornaam,\n    achternaam\n) VALUES\n    (1, 'Fatma', 'Yilmaz'),\n"
     "    (2, 'Ruud', 'Hoekstra');", ["Fatma", "Yilmaz", "Ruud", "Hoekstra"]),
])
def test_the_name_columns_of_an_insert_written_over_several_lines(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_a_name_in_person_markup_in_single_quotes(recognizer):
    text = ("<div itemscope itemtype='http://www.schema.org/Person'><span itemprop='givenName'>Sietske</span> "
            "<span itemprop='familyName'>Wijnbergen</span></div>")
    assert found(recognizer, text) == ["Sietske", "Wijnbergen"]


def test_an_insert_whose_table_stands_on_the_next_line(recognizer):
    text = ("INSERT INTO\n  public.studenten (voornaam, achternaam, geboortedatum)\nVALUES ('Sanne', 'Kuipers', "
            "'2004-05-06');")
    assert set(found(recognizer, text)) == {"Sanne", "Kuipers"}  # (the surname is found twice, by two readers)


@pytest.mark.parametrize("text, expected", [
    # a name that is an ordinary word too ("Cliff", "Arden") under a general key, beside other fields of a person
    ('{"id": 102, "voorletters": "J", "naam": "Cliff", "geslacht": "Man", "dateOfBirth": "19-12-1960"}', ["Cliff"]),
    ('{"opVakantie": false, "naam": "Arden", "emails": ["a.arden@example.nl"]}', ["Arden"]),
])
def test_a_word_under_a_name_key_beside_other_fields_of_a_person(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("unit", ['"name": "Man", ', '"name": "Zon" "e', "voorletters"])
def test_a_word_under_a_name_key_completes(recognizer, unit, cpu_limit):
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    with cpu_limit(2.0):
        assert isinstance(found(recognizer, text), list)


_BRP_NAME = ('{\n  "code": 240,\n  "descr": "geslachtsnaam",\n  "national": true,\n  "table": null,\n  "value": {\n'
             '    "code": "4778",\n    "val": "Kowalczyk",\n    "descr": "Kowalczyk"\n  }\n},')


@pytest.mark.parametrize("text, expected", [
    # a field given as a pair, its name in one key and its value in another (a BRP person list, a form's answers)
    (_BRP_NAME, ["Kowalczyk", "Kowalczyk"]),
    ('[{"name": "voornaam", "value": "Sevda"}, {"name": "achternaam", "value": "Yılmaz"}]', ["Sevda", "Yılmaz"]),
    ('{"key": "Voornamen", "waarde": "Johannes Petrus"}', ["Johannes Petrus"]),
])
def test_a_name_field_given_as_a_pair(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    '[{"name": "achternaam", "value": "string"}, {"name": "voornaam", "value": ""}]',
    '{"name": "aantal", "value": "Twaalf"}',
    '{"descr": "geslachtsnaam", "type": "tekst"}, {"descr": "straat", "value": "Kerkstraat"}',
])
def test_other_pairs_hold_no_person(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("unit", ['"descr": "geslachtsnaam", ', '"value": {"val": "Aa", ', '"name": "voornaam"'])
def test_pairs_complete(recognizer, unit, cpu_limit):
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    with cpu_limit(2.0):
        assert isinstance(found(recognizer, text), list)


@pytest.mark.parametrize("text, expected", [
    ("[{'name': 'voornaam', 'value': 'Sevda'}]", ["Sevda"]),
    ('[{"label": "First name", "value": "Sevda"}, {"label": "Last name", "value": "Yılmaz"}]', ["Sevda", "Yılmaz"]),
])
def test_a_pair_in_single_quotes_or_with_a_label_of_two_words(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    # a form's definition: the name of one field and the value of the next object (a button) are no pair
    '[{"name": "voornaam", "type": "text", "required": true},\n {"type": "submit", "value": "Verzenden"}]',
    '{"fields": [{"name": "achternaam", "type": "text"}], "submit": {"value": "Aanvraag Indienen"}}',
    # the label and the state of a value given as an object are not the value
    '{"descr": "voornamen", "value": {"code": "0210", "val": "Jan", "label": "Voornamen", '
    '"status": "Actueel Gegeven"}}',
])
def test_a_pair_stays_inside_its_object_and_takes_its_own_value(recognizer, text):
    assert found(recognizer, text) in ([], ["Jan"])
    assert "Voornamen" not in found(recognizer, text) and "Actueel Gegeven" not in found(recognizer, text)
