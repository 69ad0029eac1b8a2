"""Names in the lists a team keeps of itself, and words of such lists that name no one.

Invented texts only (no corpus line); each private case failed before its rule, and each public
twin shows what the rule must leave alone.
"""
import pytest

from tests.helpers.names import found, persons


# -- a heading or item per member, surname first: "### Peeters Wout" -------------------------------
TEAM_HEADINGS = ("# Weekverslag\n\n### Goossens Jens\n\n- backup van de webserver ingesteld\n\n"
                 "### De Smedt Lotte\n\n- dns-zone aangepast\n- testplan geschreven\n")
TEAM_ITEMS = "Taken deze sprint:\n- Maes Ilse\n- Van den Dungelen Lieke\n- Vergadering plannen\n"


@pytest.mark.parametrize("text, name", [
    (TEAM_HEADINGS, "Goossens Jens"),
    (TEAM_HEADINGS, "De Smedt Lotte"),
    (TEAM_ITEMS, "Maes Ilse"),
    (TEAM_ITEMS, "Van den Dungelen Lieke"),
])
def test_a_member_listed_surname_first(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "## Vestigingen\n\n### Utrecht Centrum\n\n### Amsterdam Noord\n\n### Rotterdam Zuid\n",
    "Menu\n### Pizza Margherita\n### Pasta Carbonara\n### Soep Bouillon\n",
    "| Product | Prijs |\n|---|---|\n| Philips Hue | 49 |\n| Samsung Galaxy | 399 |\n",
])
def test_lists_of_places_dishes_and_products_stay_quiet(detector, text):
    assert persons(detector, text) == []


# -- the owner of an item in brackets: "- (Noor) testplan: 2u" ------------------------------------
TIMESHEET = ("Gewerkte uren:\n  - (Noor) Testplan geschreven: 2u\n  - (Daan, Fleur) Database opgezet: 3u\n"
             "  - (Noor) Verslag bijgewerkt: 30min\n")
TASKS = "* Logboek bijhouden (Sanne)\n* Demo voorbereiden (Milan & Yara)\n* Zaal reserveren\n"


@pytest.mark.parametrize("text, name", [
    (TIMESHEET, "Daan"),
    (TIMESHEET, "Fleur"),
    (TASKS, "Sanne"),
    (TASKS, "Yara"),
])
def test_the_owner_of_an_item_in_brackets(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "Lunchkaart\n- (V) Groentesoep: 5 euro\n- (V) Salade met geitenkaas: 7 euro\n",
    "Uitjes\n- Museumbezoek (Amsterdam)\n- Rondvaart (Utrecht)\n",
    "- Koffiezetapparaat (Philips)\n- Stofzuiger (Dyson)\n",
])
def test_brackets_with_a_diet_a_town_or_a_brand_stay_quiet(detector, text):
    assert persons(detector, text) == []


# -- the spelling alphabet as names of servers, teams or call signs -------------------------------
@pytest.mark.parametrize("text", [
    "Servers\nAlfa1 => domeincontroller\nBravo1 => dns\nCharlie1 => tweede dns\nMike1 => cms\nOscar1 => monitoring\n",
    "Team Oscar, team Charlie, team Delta en team Echo spelen morgen de halve finale.",
])
def test_call_signs_are_no_people(detector, text):
    assert persons(detector, text) == []


CALLS = "Wie test wat?\n* Alfa Sem\n* Bravo, Delta Noor\n* Echo Lieke en Bram\n* Kilo: nog niemand\n"


@pytest.mark.parametrize("text, name", [
    (CALLS, "Sem"),
    (CALLS, "Noor"),
    (CALLS, "Lieke"),
    (CALLS, "Bram"),
    ("Charlie belde vanmorgen over zijn uitkering; Oscar neemt het over.", "Charlie"),
])
def test_the_people_behind_call_signs_and_a_charlie_in_a_note(detector, text, name):
    assert found(detector, text, name)


# -- the name of a castle, an estate or a farm -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bij kasteel Hulsterlo spookt het met Kerstmis. Dan vecht de heer van de Hulsterlo weer met de heer "
    "van de Kraaienburg, die op slot Kraaienburg woonde.",
])
def test_a_lord_named_after_his_castle_is_no_person(detector, text):
    assert persons(detector, text) == []


@pytest.mark.parametrize("text, name", [
    ("Mevrouw Hulsterlo belde over haar uitkering.", "Mevrouw Hulsterlo"),
    ("Gesprek met de heer Hulsterlo over zijn re-integratie; hij woont naast kasteel Doorwerth.",
     "heer Hulsterlo"),
])
def test_a_person_with_such_a_surname_stays_a_person(detector, text, name):
    assert found(detector, text, name)


# -- an initial with a tussenvoegsel at the start of a line --------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Vergadering 3 mei\nB. van der Zwalm\nT. de Wolff (notulen)\n", "B. van der Zwalm"),
    ("Aanwezig waren:\nK. van Dungelen en anderen", "K. van Dungelen"),
])
def test_an_initial_before_a_tussenvoegsel_is_no_outline_letter(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "Inhoud\nA. Inleiding\nB. Werkwijze\nC. Resultaten\n",
])
def test_outline_letters_stay_quiet(detector, text):
    assert persons(detector, text) == []


# -- a teacher by role and surname in the notes of a team of students ------------------------------
@pytest.mark.parametrize("text, name", [
    ("Er waren vragen over de opdracht, waarop lector Van Hoorebeke ons heeft geantwoord. "
     "Onze planning blijft gelijk.", "lector Van Hoorebeke"),
    ("We hebben docent De Clercq gemaild over onze deadline.", "docent De Clercq"),
])
def test_a_teacher_in_students_notes(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "\"We zijn er blij mee\", zegt lector Van Hoorebeke van Hogeschool Gent. Ons onderzoek loopt nog.",
    "Volgens lector Van Hoorebeke van Hogeschool Gent is dat goed voor ons land en onze economie.",
    "We vroegen het aan de docent Engels en aan onze mentor Nederlands.",
    "Lector Van Hoorebeke onderzoekt hoe zorgrobots worden ingezet in de thuiszorg.",
])
def test_a_lector_in_the_news_and_a_teacher_of_a_subject_stay_quiet(detector, text):
    assert persons(detector, text) == []


# -- a name given in lower case: "ik ben melvin" --------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("hoi, ik ben jerrel en ik zoek een stageplek", "jerrel"),
    ("wie belde er nou? heet hij sjon of zo", "sjon"),
])
def test_a_name_given_in_lower_case(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "ik ben jarig vandaag en ik ben benieuwd wie er komt",
    "ik ben morgen weg, ik ben echt moe",
])
def test_lower_case_words_after_ik_ben_stay_quiet(detector, text):
    assert persons(detector, text) == []


# -- a company of the arts after a first name: "Kobra Theaterproducties" --------------------------
LETTER_HEAD = "recipient:\n- Lotus Theaterproducties\n- t.a.v. Kim Visbeen\n- Amsterdam\n"


def test_a_company_of_the_arts_is_no_person(detector):
    assert not found(detector, LETTER_HEAD, "Lotus Theaterproducties")


def test_the_person_it_is_addressed_to_stays(detector):
    assert found(detector, LETTER_HEAD, "Kim Visbeen")


# -- a name above a postal address, as a letter opens -----------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Sufyan Hrayzeh\nLijsterbeslaan 14\n3533 KT Utrecht\n\nBetreft: verlof", "Sufyan Hrayzeh"),
    ("Aan\nJildou Bosmawier\nPrinsengracht 221-B\n1015 DT Amsterdam\n", "Jildou Bosmawier"),
])
def test_a_name_above_an_address(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "Gemeente Utrecht\nStadsplateau 1\n3521 AZ Utrecht\n",
    "Museum Boijmans Van Beuningen\nMuseumpark 18\n3015 CX Rotterdam\n",
    "ROC Mondriaan\nLeenstraat 30\n2563 FD Den Haag\n",
    "Albert Heijn\nDorpsstraat 12\n1234 AB Ergenshoven\n",
])
def test_an_organisation_above_an_address_is_no_person(detector, text):
    assert persons(detector, text) == []
