"""detectors.prose: a learned judgement of published prose, used only to make a text without any
private sign more public (issue 12, third round: real public pages of kinds no list holds)."""
from __future__ import annotations

import gzip
import json
import re

import pytest

from detectors import build_published_words as build
from detectors import prose
from detectors.published import PROSE_ALONE, PROSE_WITH_KIND, reads_as_published
from tests.helpers.verdict import warns

RACE = ("Wiebes wint slotrit, Vollering pakt eindzege\n\nDe slotrit van de Simac Ladies Tour is zondag gewonnen door "
        "Lorena Wiebes. In een massasprint in Arnhem bleef zij de Italiaanse Elisa Balsamo ruim voor. De eindzege ging "
        "naar Demi Vollering, die in de tijdrit van zaterdag het verschil had gemaakt. Het peloton reed de hele dag in "
        "de regen; in de laatste ronde ging het tempo flink omhoog.")
CLUB = ("Nieuwe voorzitter voor Historische Vereniging Oud-Leerdam\n\nTijdens de voorjaarsvergadering is Gerda Maas "
        "gekozen tot voorzitter van de vereniging. Zij volgt Henk Pellegrom op, die na negen jaar afscheid nam. De "
        "vereniging telt ruim vierhonderd leden en geeft vier keer per jaar een tijdschrift uit over de geschiedenis "
        "van de stad. Nieuwe leden zijn van harte welkom.")
NOTE = ("Gesproken met Gerda Maas over haar aanvraag. Zij heeft de formulieren nog niet ingestuurd omdat haar man ziek "
        "is. Afgesproken dat zij volgende week de stukken mailt en dat ik daarna de aanvraag verder oppak. Haar dochter "
        "helpt haar met de papieren. Volgende stap: controle inkomen en daarna besluit.")
TEAM_MAIL = ("Even een update over de planning van deze week. Gerda is donderdag vrij, dus haar afspraken gaan naar Henk. "
             "De achterstand bij de aanvragen loopt op; kunnen jullie vrijdag allemaal een uur extra plannen? Laat het "
             "me weten als dat niet lukt, dan zoek ik een andere oplossing.")


def test_public_pages_rank_above_notes_and_team_mails():
    # a race report and an association's news read more like published prose than a note about a
    # client or a team's planning mail (the corpora measure how far: tests/corpus/README.md)
    assert min(prose.probability(RACE), prose.probability(CLUB)) > max(prose.probability(NOTE),
                                                                        prose.probability(TEAM_MAIL))


@pytest.mark.parametrize("text", [NOTE, TEAM_MAIL])
def test_notes_and_team_mails_do_not_read_as_prose(text):
    assert prose.probability(text) < 0.5


@pytest.mark.parametrize("p, published", [(0.99, True), (PROSE_ALONE, True), (PROSE_ALONE - 0.01, False)])
def test_without_kinds_the_model_decides_at_its_bar(monkeypatch, p, published):
    # CLUB's body shows no kind of published writing: only a model that is sure enough makes it published
    monkeypatch.setattr(prose, "probability", lambda text: p)
    assert reads_as_published(CLUB.split("\n\n", 1)[1]) is published


@pytest.mark.parametrize("p, published", [(PROSE_WITH_KIND, True), (PROSE_WITH_KIND - 0.01, False)])
def test_with_one_kind_the_bar_is_lower(monkeypatch, p, published):
    # with its headline CLUB shows one (weak) kind of published writing
    monkeypatch.setattr(prose, "probability", lambda text: p)
    assert reads_as_published(CLUB) is published


@pytest.mark.parametrize("private_start", ["Hoi Sanne,\n\n", "Van: Karin Bos\nAan: team WW\n\n",
                                           "(alleen intern)\n"])
def test_a_private_sign_outweighs_the_model(detector, monkeypatch, private_start):
    text = private_start + CLUB
    assert warns(detector, text)
    monkeypatch.setattr(prose, "probability", lambda text: 0.99)
    assert reads_as_published(CLUB)             # a sure model makes the page published ...
    assert not reads_as_published(text)         # ... but a greeting, a header or a marking keeps it private


def test_the_weights_hold_words_and_pieces_only():
    # no sentence, number or name of any corpus ships with the program
    with gzip.open(prose.WEIGHTS, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    word = re.compile(r"[^\W\d_A-Z]+(?:['’-][^\W\d_A-Z]+)*")
    piece = re.compile(r"#(?=.{4,5}$)<?[^\W\d_A-Z'’-]?[^\W\d_A-Z]*(?:['’-][^\W\d_A-Z]*)*>?")
    assert data["texts"] >= 1000
    assert all(word.fullmatch(w) or piece.fullmatch(w) for w in data["weights"]), \
        [w for w in data["weights"] if not (word.fullmatch(w) or piece.fullmatch(w))][:5]
    assert not [w for w in data["weights"] if prose.name_only(w)]


def test_a_compound_is_read_by_its_pieces():
    # "wethouderszetel" need not be in any corpus: its start is that of "wethouder"
    pieces = prose.features("wethouderszetel")
    assert {"wethouderszetel", "#<wet", "#<weth", "#etel>"} <= pieces
    assert prose.features("wethouder") & pieces >= {"#<wet", "#<weth", "#houd"}


def test_a_name_gives_the_model_nothing():
    # who is named says nothing about the kind of text; neither do the pieces of the name
    assert prose.features("Jansen Bouchtaoui") == set()
    assert prose.features("Jansen bakt") == prose.features("bakt")


def test_the_weights_were_built_from_the_corpora_as_they_are():
    # a corpus changed without `uv run python -m detectors.build_published_words`: rebuild the weights
    with gzip.open(prose.WEIGHTS, "rt", encoding="utf-8") as fh:
        recorded = json.load(fh)["sources"]
    for path in build.sources():
        assert recorded.get(path.name) == build.digest(path), path.name


def test_training_is_deterministic():
    docs = build.load()[::7]
    assert build.train(docs) == build.train(docs)


@pytest.mark.parametrize("text", ["", "1234 5678", "\x00" * 10, "a" * 2_000_000, "é" * 50_000])
def test_odd_input(cpu_limit, text):
    with cpu_limit(1.0):
        assert 0.0 <= prose.probability(text) <= 1.0


RECOMMENDATION = ("Hanneke Wolters\nTeamleider Klantcontact bij Achmea\n\nDe afgelopen drie jaar heb ik nauw "
                  "samengewerkt met Jeroen. Hij begon als medewerker klantenservice en groeide uit tot de vaste "
                  "vraagbaak van het team. Wat mij vooral opviel is zijn rust onder druk: op de drukste dagen hield "
                  "hij het overzicht en hielp hij nieuwe collega's op weg. Ik kan Jeroen van harte aanbevelen voor "
                  "een rol als coördinator.")


def test_a_recommendation_in_the_first_person_stays_private(detector, monkeypatch):
    # a written reference about a named person can read like prose, but the writer speaks: it is a
    # private text whatever the model says (others_private2 has real ones that score above 0.70)
    assert warns(detector, RECOMMENDATION)
    monkeypatch.setattr(prose, "probability", lambda text: 0.99)
    assert not reads_as_published(RECOMMENDATION)
