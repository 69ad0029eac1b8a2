import pytest

from detectors.recognizers.nl_email_recognizer import NlEmailRecognizer, local_part_kind


@pytest.fixture(scope="module")
def recognizer():
    return NlEmailRecognizer()


def found(recognizer, text):
    results = recognizer.analyze(text=text, entities=["EMAIL_ADDRESS"], nlp_artifacts=None)
    return [text[r.start:r.end] for r in results if r.score >= 0.5]


@pytest.mark.parametrize("text, expected", [
    ("mail mij via h.mulder-aerts@kpnmail.nl of bel", "h.mulder-aerts@kpnmail.nl"),
    ("E-mail: agnieszka.nowak88@onet.pl", "agnieszka.nowak88@onet.pl"),
    ("Aan: Priscilla Koster <priscilla.koster@uwv.nl>", "priscilla.koster@uwv.nl"),
    ("noor@haarstudioknipwerk.nl.", "noor@haarstudioknipwerk.nl"),
    ("(P.Jansen@Gemeente.NL)", "P.Jansen@Gemeente.NL"),
    ("jan+uwv@gmail.com", "jan+uwv@gmail.com"),
    ("naam@domein.co.uk", "naam@domein.co.uk"),
    ("o'brien@example.ie", "o'brien@example.ie"),
    # A role box as a sole trader's own address: in a header, with a display name, or "mijn e-mail".
    ("Van: Tim Bakker <info@bakkertimmerwerken.nl>", "info@bakkertimmerwerken.nl"),
    ("From: info@kapsalon-noor.nl", "info@kapsalon-noor.nl"),
    ("Mijn e-mailadres is info@schildersbedrijfdevries.nl", "info@schildersbedrijfdevries.nl"),
])
def test_personal_address_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", [
    "Meer weten? Mail naar recruitment@uwv.nl.",
    "via pers@uwv.nl",
    "solliciteer via werkenbij@logistiekpuntwaalwijk.nl",
    "Vragen? info@uwv.nl",                           # a role box in running text
    "Van: UWV <noreply@uwv.nl>",                     # a system box, even in a header
    "Aan: Servicedesk UWV <servicedesk@uwv.nl>",
    "klantenservice-nl@bol.com",
    "werving.noord@gemeente.nl",
    "user@localhost",                                # no domain
    "x@@y.nl",
    "e-mail: jan@",
    "https://mastodon.social/@jan",
    "prijs 20@3.5",
])
def test_not_a_personal_address(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("local, kind", [
    ("info", "role"), ("info2", "role"), ("werving", "functional"), ("no-reply", "functional"),
    ("noreply+abc", "functional"), ("j.devries", "personal"), ("informatie.jansen", "personal"),
    # a box named after a subject in the plural, which the word list only knows in the singular
    ("belastingen", "role"), ("uitkeringen", "role"), ("belastingen.wonen", "role"), ("bezwaren", "role"),
    # ... but a surname or first name stays personal ("jansen" is no plural of a word)
    ("jansen", "personal"), ("martens", "personal"),
])
def test_local_part_kind(local, kind):
    assert local_part_kind(local) == kind


def test_reason_never_holds_the_address(recognizer):
    [res] = recognizer.analyze(text="jan@voorbeeld.nl", entities=["EMAIL_ADDRESS"], nlp_artifacts=None)
    assert "jan" not in res.analysis_explanation.textual_explanation


@pytest.mark.parametrize("text", [
    "a" * 50_000 + "@",
    "a." * 25_000 + "@x.nl",
    "a@" + "b." * 25_000,
    "x@" + "a-" * 25_000 + "a.nl",
    "@" * 50_000,
    "a" * 64 + "@" + "b" * 50_000 + ".nl",
])
def test_adversarial_input_completes(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text=text, entities=["EMAIL_ADDRESS"], nlp_artifacts=None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


# Issue 12 (c-ents): a shared box of an organisation is no person's address, also in a private
# mail; a person's own address stays one.
@pytest.mark.parametrize("text", [
    "Van: Salarisadministratie Uitzendbureau Oost <payroll@uitzendoost.nl>",
    "Aan: <ww-meldingen@uwv.nl>",
    "Stuur de ziekmelding naar zw-meldingen@uwv.nl.",
    "Cc: A. Smit <a.smit@zwolle.nl>, team-VG <vg@zwolle.nl>",
    "Aan: Team Vergunningen <vg@gemeente-ede.nl>",
    "Aan: info@zwolle.nl",
    "CC: m.dekker@ede.nl; externebegeleider@adviesbureauzuid.nl",
])
def test_issue12_shared_boxes_are_not_personal(recognizer, text):
    assert [f for f in found(recognizer, text) if not f.startswith(("a.smit", "m.dekker"))] == []


@pytest.mark.parametrize("text, expected", [
    ("Cc: A. Smit <a.smit@zwolle.nl>, team-VG <vg@zwolle.nl>", ["a.smit@zwolle.nl"]),
    ("Contact: p.vermeer@overijssel.nl", ["p.vermeer@overijssel.nl"]),
    ("Van: Sanne Vos <sv@vosadvies.nl>", ["sv@vosadvies.nl"]),
    ("From: info@schoonmaakbedrijfkaya.nl", ["info@schoonmaakbedrijfkaya.nl"]),
])
def test_issue12_personal_addresses_stay(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an address quoted in code or a config file
    ("contact: { email: 'femke.bos@ziggo.nl', phone: '06 12345678' }", ["femke.bos@ziggo.nl"]),
    ("mail_to = 'k.dijkstra@hotmail.com'", ["k.dijkstra@hotmail.com"]),
    # an apostrophe inside a name is no start of the address
    ("Mail naar sean.o'brien@gmail.com", ["sean.o'brien@gmail.com"]),
])
def test_an_address_in_quotes(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["EMAIL_ADDRESS"]) if r.score >= 0.5] == expected


# Round 12: the desks of an organisation for its students, members, customers and volunteers.
@pytest.mark.parametrize("text", [
    "Geef een wijziging altijd door via academy@yogaschoolnoord.nl.",
    "Vragen over je lidmaatschap? Mail ledenadministratie@hockeyclubdelta.nl.",
    "Tickets omruilen kan via tickets@theaterdewaag.nl tot een dag voor de voorstelling.",
])
def test_a_desk_of_an_organisation_is_no_persons_address(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, address", [
    # an address named after a word, in the e-mail field of a person's record: the person's own
    ('{\n  firstName: "Alexander",\n  lastName: "Specht",\n  phone: "+31 6 78901234",\n'
     '  email: "specht@rederij.example",\n}', "specht@rederij.example"),
    ('"aangever": {\n  "bsn": 24,\n  "voornamen": "Josephus",\n  "contactgegevens": {\n'
     '    "email": "aangever@gemeente.example",\n    "telefoonThuis": "555"\n  }\n}', "aangever@gemeente.example"),
])
def test_a_word_address_in_the_email_field_of_a_persons_record(recognizer, text, address):
    assert address in found(recognizer, text)


@pytest.mark.parametrize("text", [
    # the same addresses without a person's record around them stay boxes of a subject
    '{"afdeling": "Vergunningen", "email": "vergunningen@gemeente.example", "telefoon": "14 0486"}',
    "Vragen over de subsidie? Mail naar subsidies@gemeente.example.",
    '{"naam": "Rederij Janssen", "email": "planning@rederij.example", "telefoon": "010 123 4567"}',
    # a key that starts like a person's but is an organisation's, and the next record in a list
    '{"naam": "Gemeente Delft", "geboorteaangifte": "online", "email": "vergunningen@delft.example"}',
])
def test_a_subjects_box_outside_a_persons_record_stays_a_box(recognizer, text):
    assert found(recognizer, text) == []


def test_the_next_record_in_a_list_is_no_persons_record(recognizer):
    text = ('[{"voornaam": "Jan", "achternaam": "Bos", "email": "jan.bos@example.nl"},\n'
            ' {"afdeling": "Vergunningen", "email": "vergunningen@gemeente.example"}]')
    assert found(recognizer, text) == ["jan.bos@example.nl"]
