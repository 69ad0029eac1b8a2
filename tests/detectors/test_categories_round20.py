"""Issue 12, twentieth round: categories on texts written for this round (none is a corpus line)."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories


@pytest.mark.parametrize("text", [
    # seed data or an export of an absence system: an employee's record with the start of their sick leave
    '  await db.sickLeave.createMany([\n    { id: "sl-2", employeeId: emp2, sicknessStartDate: "2025-01-06", '
    'notes: "Rugklachten, fysiotherapie gestart." },\n  ]);',
    '{"medewerker": "M. Bos", "ziekmeldingDatum": "2024-11-04", "verwachteDuur": "6 weken"}',
    "- werknemer_id: 4411\n  verzuim_start: 2025-02-17\n  status: Re-integratie",
])
def test_an_employees_record_with_the_start_of_sick_leave_is_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    # the shape of such a record, with types or nothing filled in, and a hospital's record
    "interface SickLeave {\n  employeeId: string;\n  sicknessStartDate: Date;\n  notes?: string;\n}",
    '{"medewerker": "M. Bos", "ziekmeldingDatum": null, "verlofDagen": 12}',
    '{"naam": "Ziekenhuis Rivierenland", "ziekenhuisCode": "RL01", "plaats": "Tiel"}',
])
def test_the_shape_of_a_sick_leave_record_or_a_hospitals_record_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    # a mail that a web page marks up as a message between two people (schema.org), its body quoted below
    'Hij stuurde toen deze mail:\n\n<div class="email" itemscope itemtype="http://schema.org/Message">\n'
    '  <div itemscope itemprop="recipient" itemtype="http://schema.org/Person"><meta itemprop="name" '
    'content="Karel Smet" /></div>\n  <div itemscope itemprop="sender" itemtype="http://schema.org/Person">'
    '<meta itemprop="name" content="Dries Peeters" /></div>\n  <div itemprop="text">\n> De huur komt maandag.\n'
    '  </div>\n</div>',
    '<article itemscope itemtype="https://schema.org/EmailMessage"><span itemprop="sender">An Claes</span> '
    '<span itemprop="recipient">Bart Wouters</span><p itemprop="text">Zie de bijlage.</p></article>',
])
def test_a_message_marked_up_with_its_sender_and_recipient_is_an_email(detector, text):
    assert "EMAIL_MESSAGE" in categories(detector, text)


def test_a_page_marked_up_as_an_article_is_no_email(detector):
    text = ('<article itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author">Redactie</span>'
            '<p itemprop="text">De gemeente opent maandag het nieuwe zwembad.</p></article>')
    assert "EMAIL_MESSAGE" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    # figures, a class, a ward and an API's placeholders: no one's sick leave
    '[{"sector": "Zorg en welzijn", "personeel": 1250000, "ziekteverzuim": "6,8%", "jaar": 2023}]',
    "leerling_id: 4411\nnaam: klas 3B\nverzuim_uren: 12",
    'Persbericht\n{"afdeling": "Longziekten", "ziektebeeld": "COPD", "medewerker_aantal": 40}',
    '{ "employeeId": "<id>", "sickLeaveStart": "YYYY-MM-DD" }',
])
def test_sickness_figures_and_placeholders_in_a_record_are_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    # the same markup in single quotes and with "www."
    "<div itemscope itemtype='https://www.schema.org/EmailMessage'><span itemprop='sender'>An Claes</span> "
    "<span itemprop='recipient'>Bart Wouters</span><p itemprop='text'>Zie de bijlage.</p></div>",
])
def test_a_message_marked_up_in_single_quotes_is_an_email(detector, text):
    assert "EMAIL_MESSAGE" in categories(detector, text)


@pytest.mark.parametrize("text", [
    # keys of sick leave and of persons with nothing else, many times over: each field is read once, twenty at most
    (("sick" * 10 + ":1\n" + "a" * 100 + "\n") * 2_000)[:20_000],
    ('{"employeeId": 7, "sicknessStartDate": "2025-01-0x", "medewerker": "x"}\n' * 400)[:20_000],
])
def test_a_text_of_sick_leave_keys_stays_within_the_limit(detector, cpu_limit, text):
    with cpu_limit(0.5):
        detector.analyze(text)
