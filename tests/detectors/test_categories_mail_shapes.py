"""Issue 12: e-mails in shapes the mail rules missed.

- a mail pasted right after an instruction to Le Chat, on the same line or the next one,
  with a closing and a name at the end of its last line ("... Groet, Niels", "gr lotte");
- a Gmail-style header: "Naam <adres>", a date, "aan X, Y, mij";
- headers in Markdown bold ("**Van:** ...", "**Onderwerp:** ...") as a CRM or a mail export shows them;
- a sign-off that is a bare name (with a phone number under it) after a greeting;
- a mail to "Collega's" or "Beste allemaal" signed by a team.

All texts are invented and new. Public twins must stay quiet.
"""
import pytest


def cats(detector, text):
    return detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Kun je deze mail korter maken?\n\nMeneer Pranoto, uw formulier is nog steeds niet binnen. Zonder dat "
    "formulier kunnen we uw aanvraag niet behandelen. Stuur het voor vrijdag op. Groet, Marloes",
    "herschrijf zakelijker: hoi ruben, de overdracht van dhr. Bosma is nog niet klaar en ik ben morgen vrij. "
    "kun jij het afmaken? gr fenna",
    "Vertaal naar het Engels: Beste Amira, dank voor je sollicitatie. We nodigen je graag uit voor een gesprek "
    "op dinsdag. Met vriendelijke groet, Joost",
    "Jansen, Marieke <m.jansen@zorgpunt.nl>\n12 feb.\n\naan Ruud, mij\n\nHoi Ruud,\n\nDe cliënt is verhuisd. "
    "Kun jij het dossier sluiten?\n\nGroet,\nMarieke",
    "van Kaya, Deniz <deniz.kaya@example.nl>\n3 jan. 2025 14:02\naan mij\n\nIk kom morgen later binnen.",
    "**Van:** Ilona de Graaf\n**Onderwerp:** Vraag over mijn offerte\n\nHallo,\n\nIk heb de offerte "
    "ontvangen maar mis de prijs van de schutting. Kunt u die nog sturen?\n\nIlona",
    "**Van:** Sem Hoekstra\n**Onderwerp:** Lekkage dakgoot\n\nBeste mensen van Dakwerk Noord,\n\nBij de "
    "laatste storm is onze dakgoot losgeraakt. Kunnen jullie langskomen?\n\nSem Hoekstra\n06-31527846",
    "Collega's,\n\nVrijdag is de bijeenkomst over het nieuwe zaaksysteem. Zet hem in je agenda.\n\n"
    "Groet, het projectteam",
    "Beste allemaal,\n\nDe kerstlunch is verplaatst naar donderdag 18 december.\n\nGroeten,\nde personeelsvereniging",
])
def test_a_mail_in_a_shape_the_rules_missed(detector, text):
    assert "EMAIL_MESSAGE" in cats(detector, text)


@pytest.mark.parametrize("text", [
    # a question to Le Chat without a pasted mail
    "Schrijf een vriendelijke mail aan een klant die zijn formulier te laat heeft ingestuurd.",
    "Herschrijf deze zin: Wij behandelen uw aanvraag binnen acht weken.",
    # a public page: a heading, a paragraph, a closing sentence with "groet" in it
    "Nieuwjaarsgroet van de burgemeester\n\nDe burgemeester wenst alle inwoners een goed nieuwjaar. "
    "Met een hartelijke groet, ook namens de wethouders.",
    # a public FAQ with bold labels
    "**Vraag:** Wanneer krijg ik mijn uitkering?\n**Antwoord:** UWV betaalt de uitkering elke maand uit.",
    "**Van:** 1 januari 2026\n**Tot:** 31 december 2026\n\nDe regeling geldt voor alle werkgevers.",
])
def test_no_mail_in_a_prompt_or_a_page(detector, text):
    assert "EMAIL_MESSAGE" not in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Kun je dit beleefder maken? Beste Wim, de offerte had vorige week al bij ons moeten zijn. Stuur je hem "
    "vandaag? Groet, Anouk",
    "Maak hier een nette mail van:\nhoi dewi, de klant heeft weer gebeld over de betaling. kun jij hem "
    "terugbellen? alvast bedankt, marco",
    "Verbeter de grammatica: Geachte heer Yıldırım, bijgaand de gevraagde stukken. Met vriendelijke groet, "
    "J.P. van Dam",
])
def test_a_prompt_ending_in_a_question_and_sign_offs_with_initials(detector, text):
    assert "EMAIL_MESSAGE" in cats(detector, text)


def test_a_foreword_to_readers_in_one_paragraph_is_no_mail(detector):
    text = ("Dag beste lezers, in dit nummer leest u over de nieuwe ledenraad en de verschoven ledendag. "
            "Ik wens u veel leesplezier. Groet, Hennie Dijkstra")
    assert "EMAIL_MESSAGE" not in cats(detector, text)
