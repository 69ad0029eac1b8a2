"""A staff magazine's own pieces: its editorial, jubilees and farewells of colleagues, news of the works council.

A staff magazine (personeelsblad, personeelskrant, an internal monthly) is an organisation's own text for its
staff, also when it is old and digitised today. It speaks of the staff as "we" (onze medewerkers, de
ondernemingsraad, de personeelsvereniging) and, besides, of itself (de redactie, dit nummer) or of years of
service (dienstjaren, 25-jarig dienstverband, pensioengerechtigde leeftijd). A club's jubilee page, a company's
press page, a newspaper obituary or a gemeente's annual report may use one of these words but is published.
All texts are newly invented (no line of any corpus).
"""
import pytest


def cats(detector, text):
    return detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # the editorial of a staff magazine
    "Van de redactie\n\nIn dit nummer een gesprek met de heer Van Dalen van de expeditie over zijn eerste jaar "
    "als chef. Ook de ondernemingsraad doet verslag van het overleg over de nieuwe ploegendiensten. De puzzel "
    "staat zoals altijd achterin.",
    # a jubilee of service, told in the firm's own magazine
    "Op donderdag 3 oktober vierde de heer P. de Wit van de gieterij zijn 25-jarig dienstverband. In de "
    "kantine sprak bedrijfsleider Van Loon de jubilaris toe, en namens de personeelsvereniging bood mevrouw "
    "Kok hem een fraaie klok aan.",
    # a farewell on reaching pension age
    "Na 41 dienstjaren nam de heer G. Hendriks, magazijnmeester, afscheid van onze werf. Hij bereikte op 1 mei "
    "de pensioengerechtigde leeftijd. Zijn vrouw en dochters waren bij de receptie aanwezig.",
    # the magazine speaking of itself to the staff
    "Met dit nummer bestaat ons personeelsblad vijf jaar. Dank aan allen die kopij instuurden; zonder u was "
    "er geen blad. Wij hopen dat onze medewerkers ook in het nieuwe jaar hun verhalen blijven sturen.",
    # a word between "onze" and the firm, and a jubilee in the past tense
    "Op 2 juni jubileerde in onze Bredase fabriek de heer A. Bakker, heftruckchauffeur. Bloemen voor "
    "mevrouw Bakker en een enveloppe van de chef maakten de middag compleet.",
    # "we" taking leave, and an applicant's story told in the past tense
    "Op 30 april namen we op feestelijke wijze afscheid van mevrouw Verhoef, die na 38 dienstjaren de "
    "typekamer verlaat. Zij solliciteerde in 1949 als jong meisje en bleef.",
])
def test_a_staff_magazine_piece_is_internal(detector, text):
    assert "DEPARTMENT_REPORT" in cats(detector, text)


@pytest.mark.parametrize("text", [
    # a club's jubilee page: its members, not its staff
    "Jubilarissen geëerd\n\nTijdens de ledenvergadering zijn drie jubilarissen in het zonnetje gezet. Henk Bos "
    "is al vijftig jaar lid van onze vereniging en kreeg de gouden speld.",
    # a company's press page about a jubilee of service
    "Persbericht\n\nBrouwerij De Zwaan viert dat Jan de Boer 40 dienstjaren bij het bedrijf heeft. 'Onze "
    "medewerkers blijven lang, dat zegt veel', aldus directeur Anne Visser.",
    # a newspaper obituary of a former alderman
    "Oud-wethouder Kees Pronk (84) is overleden. Pronk was in 1962 bij de gemeente in dienst getreden en "
    "werd later wethouder van onderwijs. De burgemeester noemt hem een bevlogen bestuurder.",
    # a gemeente's annual report on its staff
    "Jaarverslag 2023\n\nOnze medewerkers hebben dit jaar hard gewerkt; elf van hen vierden hun 25-jarig "
    "dienstverband. Met de ondernemingsraad is "
    "afgesproken dat het thuiswerken blijft. De gemeenteraad stelde extra geld beschikbaar voor opleidingen.",
    # a careers page that mentions long service
    "Werken bij Van Dam Techniek\n\nOnze medewerkers blijven gemiddeld twaalf jaar; vorig jaar vierden er "
    "drie hun 25-jarig dienstverband. Bekijk onze vacatures en solliciteer direct.",
    # a public magazine's editorial
    "Van de redactie\n\nIn dit nummer leest u over de mooiste fietsroutes van Drenthe en een interview met "
    "een imker uit Gieten. Veel leesplezier!",
    # a shop's page: "onze collega" is about a colleague, not for colleagues
    "Onze collega Petra de Graaf viert deze maand haar zilveren jubileum bij Bakkerij Mol. Kom gerust een "
    "taartje halen!",
    # an old newspaper item on a jubilee at a local firm: no "we"
    "De heer A. Bakker jubileerde donderdag bij de firma Jansen & Zn. Hij trad in 1938 in dienst getreden als "
    "loopjongen. Namens de directie werd hem een oorkonde uitgereikt.",
])
def test_published_text_about_staff_stays_quiet(detector, text):
    assert "DEPARTMENT_REPORT" not in cats(detector, text)
