"""Generate names.jsonl: invented full names per group in running text, plus sentences whose capitalised
common words are not names.

    uv run python tests/corpus/make_names.py           # rewrites tests/corpus/names.jsonl

Seeded and reproducible. For each group in nameparts.GROUPS: 200 distinct full names, each in one short
text; about 70% as written, 15% in lower case (chat style), 15% in CAPITALS (forms). Every line has the
extra fields `group` and `case` (title/lower/upper); score_names.py reports recall per group and case.
The `geen-naam` lines hold capitalised common words, headings in Title Case and lists of imperatives;
they are warn:false and hold no entity, so any PERSON found there is a false name.
"""
from __future__ import annotations

import json
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from nameparts import GROUPS, full_name  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parent / "names.jsonl"
SEED = 12
PER_GROUP = 200

TITLE = [
    "Gisteren heeft {n} het formulier voor de WW-uitkering ingeleverd bij de balie.",
    "De werkgever van {n} vraagt of de proefplaatsing kan worden verlengd.",
    "Graag een terugbelverzoek voor {n} over de betaling van deze maand.",
    "{n} heeft vandaag gebeld: de betaalspecificatie klopt niet.",
    "In het gesprek met {n} is afgesproken dat er elke week wordt gesolliciteerd.",
    "Kun jij het dossier van {n} overnemen zolang ik op vakantie ben?",
    "Volgens {n} is de brief over de terugvordering nooit aangekomen.",
    "Afspraak verzet: {n} komt nu donderdag om tien uur.",
    "Ik heb {n} uitgelegd hoe de inkomstenopgave werkt.",
    "Het re-integratieplan van {n} is goedgekeurd door de teamleider.",
    "Op de wachtlijst voor de workshop staat nu ook {n}.",
    "Wil je {n} een bevestiging sturen van het gesprek van vanochtend?",
]
LOWER = [
    "kun jij {n} even terugbellen? gaat over de betaling",
    "{n} heeft net gebeld, wil graag een nieuwe afspraak",
    "heb het dossier van {n} doorgezet naar de jurist",
    "spreek {n} morgen over de startdatum",
    "weet iemand of {n} de brief al heeft gekregen?",
    "ok, dan plan ik {n} in voor dinsdag",
]
UPPER = [
    "KLANT: {n}\nONDERWERP: TERUGBELVERZOEK BETALING",
    "NAAM WERKNEMER: {n}\nFUNCTIE: MAGAZIJNMEDEWERKER\nINGANGSDATUM: 1 MAART",
    "AANVRAGER {n} HEEFT HET FORMULIER NIET ONDERTEKEND.",
    "DOSSIER {n} OVERGEDRAGEN AAN TEAM WW.",
    "UITNODIGING VERSTUURD AAN {n} VOOR HET SPREEKUUR.",
]

# --- sentences with capitalised common words that are not names ---------------------------------
HEADINGS = [
    "vraag uw uitkering op tijd aan", "werk en inkomen in de regio", "wat moet ik doen als ik ziek word",
    "zo schrijft u een goede sollicitatiebrief", "meer werk met minder regels", "hulp bij het vinden van werk",
    "wanneer krijg ik mijn geld", "alles over de nieuwe werkmap", "van school naar werk",
    "samen sterk voor een gezonde toekomst", "werken met een arbeidsbeperking", "nieuwe regels voor de bijstand",
    "de arbeidsmarkt in cijfers", "wonen, werken en leren in de stad", "veilig thuis, veilig op straat",
    "sneller aan de slag na een ongeval", "geld terug van de belasting", "zorg en welzijn dichtbij",
]
SMALL = {"en", "in", "de", "het", "van", "op", "als", "met", "voor", "bij", "na", "een", "aan", "naar"}
IMPERATIVES = [
    "Zet in de onderwerpregel de functie.", "Houd de mail kort.", "Noem de vacature waarop u reageert.",
    "Stuur uw cv mee als pdf.", "Lees de brief goed door.", "Bewaar uw betaalspecificatie.",
    "Vul het formulier volledig in.", "Neem uw identiteitsbewijs mee.", "Meld wijzigingen binnen een week.",
    "Bel bij twijfel de gemeente.", "Kijk eerst op de website.", "Maak een afspraak via het loket.",
    "Check uw gegevens in Mijn UWV.", "Vraag hulp aan een vrijwilliger.", "Geef uw nieuwe adres door.",
    "Sla de bevestiging op.", "Wacht niet te lang met bezwaar maken.", "Let op de datum in de brief.",
    "Schrijf in korte zinnen.", "Houd uw DigiD bij de hand.", "Sluit de aanvraag af met uw handtekening.",
    "Kies een vast moment in de week.", "Open de Berichtenbox.", "Zoek vacatures in de buurt.",
]
CAPITAL_SENTENCES = [
    "Op Koningsdag is het gemeentehuis gesloten; op Goede Vrijdag zijn wij gewoon open.",
    "De Raad van State gaf advies over de Wet Werk en Zekerheid.",
    "Het Werkgeversservicepunt Groot Amsterdam helpt werkgevers met Banenafspraak en Praktijkroute.",
    "Tijdens de Week van de Werkzoekende zijn er workshops in de Centrale Bibliotheek.",
    "De Sociale Verzekeringsbank betaalt de AOW; de Belastingdienst gaat over Toeslagen.",
    "Lees meer op Werk.nl onder Mijn Werkmap en Vacatures Zoeken.",
    "Het Rijksmuseum, de Hoge Veluwe en Natuurmonumenten bieden werkervaringsplaatsen aan.",
    "In Nieuw-West en Zuidoost opent het Werkplein Zuid een Servicepunt Werk.",
    "De Nationale Ombudsman en de Algemene Rekenkamer publiceerden vandaag een rapport.",
    "Maandag, Dinsdag en Woensdag is het Klantcontactcentrum langer open.",
    "De Tweede Kamer stemde in met het Plan van Aanpak Arbeidsmarktkrapte.",
    "Voor vragen over Wajong, WIA of Ziektewet kunt u terecht bij UWV Telefoon Werknemers.",
    "De Stichting Vrienden van het Stadspark zoekt vrijwilligers voor de Groene Brigade.",
    "Prinsjesdag valt dit jaar op de Derde Dinsdag van September.",
    "Het Leger des Heils en de Voedselbank werken samen in Huis van de Wijk De Brede Hoek.",
    "Kies bij Soort Uitkering voor Werkloosheid en bij Reden voor Einde Contract.",
]


def title_case(s: str) -> str:
    words = s.split()
    return " ".join(w.capitalize() for w in words)


def build():
    r = random.Random(SEED)
    rows = []
    for g, parts in GROUPS.items():
        names = set()
        items = []
        while len(items) < PER_GROUP:
            female = r.random() < 0.5
            n = full_name(g, r.choice(parts["female" if female else "male"]), r.choice(parts["surname"]), female)
            if n in names:
                continue
            names.add(n)
            x = r.random()
            if x < 0.15:
                case, shown, text = "lower", n.lower(), r.choice(LOWER)
            elif x < 0.30:
                case, shown, text = "upper", n.upper(), r.choice(UPPER)
            else:
                case, shown, text = "title", n, r.choice(TITLE)
            items.append((case, shown, text.format(n=shown)))
        for i, (case, shown, text) in enumerate(items, 1):
            rows.append({"id": f"name-{g}-{i:03d}", "kind": "naam in lopende tekst", "group": g, "case": case,
                         "text": text, "warn": True, "guidelines": [5], "categories": [],
                         "entities": [["PERSON", shown]]})
    neg = []
    for h in HEADINGS:
        neg.append(title_case(h) + "\n\n" + h.capitalize() + "? Op deze pagina leest u wat u moet doen.")
    for _ in range(90):
        neg.append("\n".join("- " + s for s in r.sample(IMPERATIVES, r.randint(2, 4))))
    for s in CAPITAL_SENTENCES:
        neg.append(s)
    for _ in range(80):
        a, b = r.sample(CAPITAL_SENTENCES, 2)
        neg.append(f"{title_case(r.choice(HEADINGS))}\n{a} {b}")
    neg = list(dict.fromkeys(neg))
    for i, text in enumerate(neg, 1):
        rows.append({"id": f"name-geen-{i:03d}", "kind": "hoofdletters zonder naam", "group": "geen-naam",
                     "case": "title", "text": text, "warn": False, "guidelines": [], "categories": [], "entities": []})
    return rows


if __name__ == "__main__":
    rows = build()
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    print(f"{len(rows)} lines -> {OUT}")
