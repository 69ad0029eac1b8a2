"""Generate private_invented.jsonl: invented private texts in the shapes of issue 12's weakness classes.

    uv run python tests/corpus/make_private.py          # rewrites tests/corpus/private_invented.jsonl

Seeded and reproducible. Every name, number and address is invented (name parts: nameparts.py,
identifiers: idgen.py; BSNs pass the 11-proof, IBANs mod-97). Each template marks its personal data
while it writes the text, so the entity lists are exhaustive by construction; labels follow
../shared/eval/LABELS.md (a letter signed by the organisation has no category; a personal greeting
plus a signature with a name is EMAIL_MESSAGE; incapacity, sick leave, diagnosis, pregnancy is
HEALTH_DATA; a marking "Intern"/"Vertrouwelijk" is CLASSIFIED).
"""
from __future__ import annotations

import json
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import idgen  # noqa: E402
from nameparts import GROUPS, full_name  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parent / "private_invented.jsonl"
SEED = 20251204
PER_TEMPLATE = 4

CITIES = ["Breda", "Enschede", "Zwolle", "Almere", "Tilburg", "Leeuwarden", "Den Haag", "Rotterdam", "Utrecht",
          "Nijmegen", "Heerlen", "Amersfoort", "Haarlem", "Apeldoorn", "Groningen", "Emmen", "Deventer", "Venlo"]
STREETS = ["Lindelaan", "Kastanjestraat", "Meidoornweg", "Populierenstraat", "Vlasakker", "Zonnebloemstraat",
           "Boerhaavelaan", "Molenweg", "Eikenhof", "Schoolstraat", "Kerkpad", "Veldhoek", "Ruysdaelkade",
           "Dr. Schaepmanstraat", "Het Kasteel", "De Gaarde", "Het Hoge Veld", "De Werf", "Achter de Hoven"]
ARTICLE_STREETS = ["Het Kasteel", "De Gaarde", "Het Hoge Veld", "De Werf", "Het Lange Veen", "De Akkers"]
UWV_POSTBUS = ["Postbus 58285, 1040 HG Amsterdam", "Postbus 1000, 9700 AA Groningen",
               "Postbus 9450, 3007 AL Rotterdam", "Postbus 2233, 5600 CE Eindhoven"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


class Person:
    def __init__(self, group, first, surname, female):
        self.group, self.first, self.female = group, first, female
        self.full = full_name(group, first, surname, female)
        self.sur = self.full.split(" ", 1)[1]
        self.init = first[0] + "."
        self.mw = "mevrouw" if female else "meneer"
        self.addressee = "Mevrouw" if female else "De heer"
        self.heer = "mevrouw" if female else "heer"
        self.de = "" if female else "de "  # "de heer X", "mevrouw X" in running text
        self.abbr = "mw." if female else "dhr."
        self.en = "Ms" if female else "Mr"
        self.hij = "zij" if female else "hij"
        self.zijn = "haar" if female else "zijn"


class Doc:
    def __init__(self, r: random.Random):
        self.r = r
        self.entities: list[list[str]] = []
        self.used: set[str] = set()

    def e(self, typ: str, s: str) -> str:
        if [typ, s] not in self.entities:
            self.entities.append([typ, s])
        return s

    def person(self, group=None, female=None) -> Person:
        r = self.r
        while True:
            g = group or r.choice(list(GROUPS))
            f = r.random() < 0.5 if female is None else female
            parts = GROUPS[g]
            p = Person(g, r.choice(parts["female"] if f else parts["male"]), r.choice(parts["surname"]), f)
            if p.first not in self.used and p.sur not in self.used:
                self.used.update({p.first, p.sur})
                return p

    def P(self, s: str) -> str:
        return self.e("PERSON", s)

    def date(self, year=2025) -> str:
        return f"{self.r.randint(1, 28)} {self.r.choice(MONTHS)} {year}"

    def dob(self) -> str:
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1958, 2003)
        return self.e("DATE_OF_BIRTH", r.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"]))

    def addr(self, street=None):
        r = self.r
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "-B", "a", " A", "-2", "bis"])
        return self.e("ADDRESS", f"{street or r.choice(STREETS)} {num}"), self.e("POSTCODE", idgen.postcode(r)), r.choice(CITIES)

    def bsn(self):
        return self.e("BSN", idgen.bsn(self.r, self.r.choice(["plain", "plain", "dots", "spaces"])))

    def iban(self):
        return self.e("IBAN", idgen.iban(self.r, self.r.random() < 0.7))

    def mobile(self):
        return self.e("PHONE_NUMBER", idgen.mobile(self.r))

    def case(self, s):
        return self.e("CASE_NUMBER", s)

    def dg(self, n):
        return idgen.digits(self.r, n)


T = []


def template(kind, categories=()):
    def wrap(fn):
        T.append((fn.__name__, kind, list(categories), fn))
        return fn
    return wrap


# --- A: letters with "Retouradres: Postbus ..." and an addressee -----------------------------------
@template("klantbrief")
def retour_ww(d: Doc):
    p = d.person()
    a, pc, city = d.addr()
    ken = d.case(d.r.choice([f"{d.dg(4)}-{d.dg(2)}-{d.dg(4)}", f"WW/{2025}/{d.dg(6)}", d.dg(9)[:8]]))
    return (f"Retouradres: {d.r.choice(UWV_POSTBUS)}\n\n{d.P(p.addressee + ' ' + p.init + ' ' + p.sur)}\n{a}\n{pc} {city}\n\n"
            f"Datum {d.date()}\nOns kenmerk {ken}\nOnderwerp Uw WW-uitkering\n\n"
            f"Geachte {d.P(p.heer + ' ' + p.sur)},\n\n" + d.r.choice([
                f"U heeft een WW-uitkering aangevraagd. Wij hebben uw aanvraag beoordeeld. U krijgt een WW-uitkering vanaf {d.date()}. De uitkering duurt maximaal {d.r.choice([6, 9, 12, 18])} maanden.",
                f"U heeft in {d.r.choice(MONTHS)} meer inkomsten gehad dan u heeft doorgegeven. Daarom moet u € {d.r.randint(120, 1900)},- terugbetalen. U krijgt hierover binnenkort een acceptgiro.",
                "Wij hebben uw Inkomstenopgave over de vorige maand nog niet ontvangen. Geef uw inkomsten binnen 5 werkdagen door via Mijn UWV, anders kunnen wij uw uitkering niet betalen."]) + "\n\n"
            f"Heeft u vragen? Bel ons dan op 088 - 898 92 94. Houd uw kenmerk bij de hand.\n\nMet vriendelijke groet,\n\nUWV")


@template("klantbrief", ["HEALTH_DATA"])
def retour_wga(d: Doc):
    p = d.person()
    a, pc, city = d.addr()
    b = d.bsn()
    return (f"Retouradres: {d.r.choice(UWV_POSTBUS)}\n\n{d.P(p.addressee + ' ' + p.full)}\n{a}\n{pc}  {city}\n\n"
            f"Datum: {d.date()}\nBurgerservicenummer: {b}\nBetreft: wijziging WGA-uitkering\n\n"
            f"Geachte {d.P(p.heer + ' ' + p.sur)},\n\nU heeft sinds {d.date(2024)} een WGA-uitkering. Uit de herbeoordeling door de "
            f"verzekeringsarts blijkt dat u nu {d.r.choice([45, 55, 62, 80])}% arbeidsongeschikt bent. Daarom verandert de hoogte van uw uitkering "
            f"per 1 {d.r.choice(MONTHS)} 2026.\n\nBent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.\n\n"
            f"Met vriendelijke groet,\n\nUWV Sociaal Medische Zaken")


@template("klantbrief", ["EMAIL_MESSAGE", "HEALTH_DATA"])
def retour_spreekuur(d: Doc):
    p = d.person()
    arts = d.person()
    a, pc, city = d.addr()
    d.entities = [x for x in d.entities if x != ["ADDRESS", a]]
    a = d.e("ADDRESS", a.upper())
    ken = d.case(f"ZW-{d.dg(7)}")
    return (f"Retouradres: {d.r.choice(UWV_POSTBUS)}\n\n{d.P(p.full.upper())}\n{a}\n{pc} {city.upper()}\n\n"
            f"Ons kenmerk: {ken}\n\nGeachte {d.P(p.heer + ' ' + p.sur)},\n\nU bent ziek gemeld vanuit de Ziektewet. Wij nodigen u uit "
            f"voor een gesprek met de verzekeringsarts op {d.date()} om 10.30 uur. Neem een geldig identiteitsbewijs mee en een lijst "
            f"van de medicijnen die u gebruikt.\n\nMet vriendelijke groet,\n\n{d.P(arts.init + ' ' + arts.sur)}\nverzekeringsarts")


# --- B: reference numbers with a letter prefix --------------------------------------------------------
@template("interne mail", ["EMAIL_MESSAGE"])
def ticket_rt(d: Doc):
    p, c, me = d.person(), d.person(), d.person()
    rt = d.case(f"RT-{d.r.randint(23, 25)}-{d.dg(5)}")
    inc = d.case(f"INC-2025-{d.r.randint(1000, 999999):06d}")
    return (f"Van: {d.P(me.full)}\nVerzonden: {d.date()} 09:12\nAan: {d.P(c.full)}\nOnderwerp: Terugbelverzoek {d.P(p.full)} ({rt})\n\n"
            f"{d.r.choice(['Hoi', 'Hi', 'Beste'])} {d.P(c.first)},\n\nKun jij {d.P(p.mw + ' ' + p.sur)} {d.r.choice(['vandaag', 'morgen vóór 12 uur', 'zo snel mogelijk'])} terugbellen? Het gaat over de nabetaling die niet is "
            f"doorgekomen. Ik heb er een melding van gemaakt bij de servicedesk: Ticket {inc}.\n\nAlvast bedankt,\n{d.P(me.first)}")


@template("klantmail", ["EMAIL_MESSAGE"])
def bezwaar_bzw(d: Doc):
    p = d.person()
    a, pc, city = d.addr()
    bzw = d.case(f"BZW-{d.r.randint(2023, 2025)}-{d.dg(6)}")
    return (f"Onderwerp: Bezwaarschrift {bzw}\n\nGeachte heer, mevrouw,\n\nHierbij stuur ik de aanvullende stukken bij mijn bezwaar "
            f"(Bezwaarschrift {bzw}) tegen de terugvordering van mijn toeslag. In de bijlage vindt u mijn loonstroken van de "
            f"afgelopen drie maanden.\n\nMet vriendelijke groet,\n\n{d.P(p.full)}\n{a}\n{pc} {city}\nTel. {d.mobile()}")


@template("teamschat")
def traject_chat(d: Doc):
    a, b, p = d.person(), d.person(), d.person()
    tr = d.case(d.r.choice([f"TRJ-{d.dg(4)}-{d.dg(2)}", f"TR{d.dg(7)}", f"WP-2025-{d.dg(5)}"]))
    return (f"[10:02] {d.P(a.full)}\nwie heeft het trajectnummer van {d.P(p.first + ' ' + p.sur)}? de werkgever vraagt erom\n"
            f"[10:05] {d.P(b.full)}\ntrajectnummer {tr}, staat ook in de werkmap\n[10:06] {d.P(a.full)}\ntop, dank je!")


# --- C: court-style numbers -----------------------------------------------------------------------
@template("advocatenmail", ["EMAIL_MESSAGE"])
def court_mail(d: Doc):
    p, adv = d.person(), d.person()
    loc = d.r.choice(["AMS", "ROT", "UTR", "HAA", "BRE", "ZWO", "SHE", "ARN"])
    zn = d.case(f"{loc} {d.r.randint(22, 25)}/{d.dg(4)}")
    rol = d.case(f"C/{d.r.randint(1, 19):02d}/{d.dg(6)}")
    return (f"Geachte heer, mevrouw,\n\nNamens mijn cliënt, {p.de}{d.P(p.heer + ' ' + p.full)}, bericht ik u over het beroep tegen het "
            f"besluit op bezwaar van UWV.\n\nZaaknummer: {zn}\nRolnummer {rol}\n\nDe zitting is bepaald op {d.date()}. Ik verzoek u "
            f"het volledige dossier van mijn cliënt uiterlijk een week voor de zitting toe te sturen.\n\nMet vriendelijke groet,\n\n"
            f"mr. {d.P(adv.init + ' ' + adv.sur)}\nadvocaat")


@template("notitie", ["CLASSIFIED"])
def court_note(d: Doc):
    p, jur = d.person(), d.person()
    zn = d.case(f"{d.r.choice(['ROT', 'AMS', 'SGR', 'ZWO'])} {d.r.randint(22, 25)}/{d.dg(4)}")
    return (f"Intern\n\nNotitie beroepszaak {d.P(p.full)}\n\nDe rechtbank heeft het beroep van {p.de}{d.P(p.heer + ' ' + p.sur)} "
            f"(zaaknummer {zn}) gegrond verklaard. UWV moet binnen zes weken een nieuw besluit nemen. "
            f"{d.P(jur.full)} (Bezwaar en Beroep) bereidt het nieuwe besluit voor en overlegt met de arbeidsdeskundige.")


# --- D: patnr ----------------------------------------------------------------------------------------
@template("teamschat", ["HEALTH_DATA"])
def patnr_chat(d: Doc):
    a, b, p = d.person(), d.person(), d.person()
    nr = d.case(d.r.choice([d.dg(7), d.dg(6), idgen.bsn(d.r)]))
    return (f"{d.P(a.first)}: kun je even kijken naar patnr {nr}? dat is {d.P(p.abbr + ' ' + p.sur)}, opname voor hartrevalidatie\n"
            f"{d.P(b.first)}: ja, ontslag staat gepland voor morgen, daarna poliklinisch verder\n{d.P(a.first)}: ok dank je")


# --- E: lone first names without a greeting --------------------------------------------------------
@template("teamschat", ["HEALTH_DATA"])
def lone_first(d: Doc):
    a, b, c, x = d.person(), d.person(), d.person(), d.person()
    return (d.r.choice([f"Hi {d.P(a.first)}, {d.P(b.first)} called in sick this morning, so the intake at 11:00 needs someone else.\n",
                        f"{d.P(a.first)}, {d.P(b.first)} heeft zich vanochtend ziek gemeld, dus de intake van 11:00 moet iemand anders doen.\n"]) +
            f"[09:13] {d.P(c.full)}\nTop, dan vraag ik de tweede aan {d.P(x.first)}.\n[09:15] {d.P(a.full)}\nPrima, ik zet het in de agenda.")


@template("intake", [])
def roepnaam(d: Doc):
    p = d.person(group="dutch", female=True)
    m = d.person(group="dutch", female=False)
    a, pc, city = d.addr()
    call = d.r.choice(["Truus", "Riek", "Mies", "Toos", "Annie", "Greet", "Bep", "Jo"])
    return (f"Intake schuldhulp\n\nNaam: {d.P(p.abbr + ' ' + p.init + m.init + ' ' + p.sur)} (roepnaam {d.P(call)})\n"
            f"Adres: {a}, {pc} {city}\nTelefoon: {d.mobile()}\n\n{d.P(call)} woont alleen sinds haar man is overleden. Zij heeft "
            f"achterstanden bij de woningcorporatie en de energieleverancier. Haar zoon {d.P(m.first)} helpt met de post.")


# --- F: "<document word> van <name>" at the start ---------------------------------------------------
@template("aanvraag")
def aanvraag_van(d: Doc):
    p = d.person()
    word = d.r.choice(["Aanvraag", "Verzoek", "Klacht", "Melding", "Bezwaar"])
    a, pc, city = d.addr()
    return (f"{word} van {d.P(p.full)}, geboren {d.dob()}, wonend aan de {a}, {pc} {city}.\n\n"
            f"Betrokkene vraagt om uitstel van betaling van de terugvordering. {p.hij.capitalize()} heeft sinds "
            f"{d.r.choice(MONTHS)} geen inkomen en kan de termijnen nu niet betalen. Rekeningnummer voor de regeling: {d.iban()}.")


# --- G: a name swallowed into an address -----------------------------------------------------------
@template("wijzigingsbericht")
def verhuizing(d: Doc):
    p = d.person()
    a1, pc1, c1 = d.addr()
    a2, pc2, c2 = d.addr()
    b = d.bsn()
    return (f"Verhuizing: {d.P(p.full)} van {a1}, {pc1} {c1} naar {a2}, {pc2} {c2}, per {d.date()}.\n"
            f"BSN {b}. Graag de adreswijziging verwerken in het klantdossier en de betaalspecificatie naar het nieuwe adres sturen.")


# --- H: a street starting with an article in a signature -----------------------------------------
@template("klantmail", ["EMAIL_MESSAGE"])
def article_street(d: Doc):
    p = d.person()
    a, pc, city = d.addr(street=d.r.choice(ARTICLE_STREETS))
    return (f"Beste medewerker,\n\nIk heb de inkomstenopgave van {d.r.choice(MONTHS)} te laat doorgegeven omdat ik in het ziekenhuis lag "
            f"met mijn dochter. Kan de korting op mijn uitkering worden teruggedraaid?\n\nGroet,\n{d.P(p.full)}\n{a}\n{pc} {city}\n"
            f"{d.mobile()}")


# --- I: a named contact's 088 line ----------------------------------------------------------------
@template("interne mail", ["EMAIL_MESSAGE"])
def contact_088(d: Doc):
    c, s, me = d.person(), d.person(), d.person()
    tel = d.e("PHONE_NUMBER", d.r.choice([f"088 - {d.dg(3)} {d.dg(2)} {d.dg(2)}", f"088-{d.dg(7)}", f"088 {d.dg(3)} {d.dg(4)}"]))
    role = d.r.choice(["beleidsadviseur", "arbeidsdeskundige", "teamleider", "jurist", "werkcoach"])
    return (f"Beste {d.P(s.first)},\n\nVoor de vragen over de pilot kun je terecht bij de regio.\n\n"
            f"Contactpersoon: {d.P(c.full)}, {role}, {tel}\n\nZij weet ook hoe het zit met de planning van de workshops.\n\n"
            f"Groet,\n{d.P(me.full)}")


# --- J: identifiers that fail strict checks next to a name -------------------------------------------
@template("klantmail", ["EMAIL_MESSAGE"])
def strict_fail(d: Doc):
    p = d.person()
    bad_vat = d.e("VAT_NUMBER", f"NL{d.dg(9)}B0{d.r.randint(1, 9)}")
    plate = d.e("LICENSE_PLATE", d.r.choice(["ZZ-AB-99", "QQ-12-XY", "AA-BC-12", "CC-999-C"]))
    tel = d.e("PHONE_NUMBER", d.r.choice(["06 98765432", "06-97123456", "06 99 88 77 66"]))
    return (f"Goedemiddag,\n\nIk ben zzp'er en gebruik mijn bus voor het werk. Mijn btw-nummer is BTW {bad_vat} en het kenteken van de "
            f"bus is {plate}. Kunt u mij bellen op {tel} over de vraag of ik de kosten mag aftrekken van mijn inkomsten?\n\n"
            f"Met vriendelijke groet,\n{d.P(p.full)}")


# --- names in lower case, in capitals, non-Dutch names ---------------------------------------------
@template("teamschat")
def lower_chat(d: Doc):
    a, b, p = d.person(), d.person(), d.person()
    tel = d.mobile()
    return (f"[{d.r.choice(['09:05', '11:47', '13:58', '14:20'])}] {d.P(a.full.lower())}\n{d.r.choice(['hoi', 'hey', 'he'])} {d.P(b.first.lower())}, kan jij {d.P('mevr. ' + p.sur.lower() if p.female else 'meneer ' + p.sur.lower())} "
            f"terugbellen? {p.hij} heeft gebeld over {p.zijn} betaling, nummer is {tel}\n[14:22] {d.P(b.full.lower())}\nis goed, doe ik na de lunch\n"
            f"[14:23] {d.P(a.full.lower())}\nthx!")


@template("klantbericht")
def lower_client(d: Doc):
    p = d.person()
    b = d.bsn()
    return (f"hallo, ik ben {d.P(p.full.lower())} en mijn uitkering is deze maand niet betaald. mijn bsn is {b}. "
            f"ik heb al 3 keer gebeld maar niemand belt terug. mijn nummer is {d.mobile()}. alstublieft help mij, ik moet de huur betalen")


@template("formulier")
def caps_form(d: Doc):
    p = d.person()
    a, pc, city = d.addr()
    a_up = a.upper()
    d.entities = [x for x in d.entities if x != ["ADDRESS", a]]
    d.e("ADDRESS", a_up)
    return (f"AANVRAAGFORMULIER BIJZONDERE BIJSTAND\n\nNAAM AANVRAGER: {d.P(p.full.upper())}\nGEBOORTEDATUM: {d.dob()}\n"
            f"ADRES: {a_up}\nPOSTCODE EN WOONPLAATS: {pc} {city.upper()}\nBSN: {d.bsn()}\nIBAN: {d.iban()}\n"
            f"REDEN AANVRAAG: KAPOTTE WASMACHINE, GEEN GELD VOOR VERVANGING")


@template("formulier")
def caps_klant(d: Doc):
    p, w = d.person(), d.person()
    kn = d.case(d.dg(8))
    return (f"KLANT: {d.P(p.full.upper())}\nKLANTNUMMER: {kn}\nWERKCOACH: {d.P(w.full.upper())}\n\n"
            + d.r.choice([f"AFSPRAAK GEMIST OP {d.date().upper()}. KLANT HEEFT NIET GEBELD. NIEUWE UITNODIGING VERSTUURD, BIJ NOGMAALS NIET "
                        f"VERSCHIJNEN MAATREGEL OVERWEGEN.",
                        "KLANT HEEFT 4 SOLLICITATIES DOORGEGEVEN, WERKMAP BIJGEWERKT. VOLGEND GESPREK OVER 6 WEKEN, "
                        "AANDACHTSPUNT: RIJBEWIJS C HALEN."]))


@template("notitie")
def sur_names_note(d: Doc):
    g = d.r.choice(["hindustani", "creole", "antillean", "capeverdean", "eritrean", "syrian"])
    p = d.person(group=g)
    w = d.person()
    return (f"Gesprek gevoerd met {d.P(p.full)} over de startdatum bij de nieuwe werkgever. {d.P(p.first)} begint op "
            f"{d.date()} met een proefplaatsing van twee maanden. Werkcoach {d.P(w.full)} neemt na vier weken contact op met de "
            f"werkgever. Klantnummer {d.case(d.dg(8))}.")


# --- minutes with "Karim, Sanne" -------------------------------------------------------------------
@template("notulen", ["MEETING_NOTES"])
def minutes_list(d: Doc):
    ps = [d.person() for _ in range(5)]
    fs = [d.P(p.first) for p in ps]
    return (f"Verslag teamoverleg {d.r.choice(['Werkgeversdienstverlening', 'Handhaving', 'WW Noord', 'Re-integratie Oost'])}, {d.date()}\n\n"
            f"Aanwezig: {fs[0]}, {fs[1]}, {fs[2]}, {fs[3]}\nAfwezig: {fs[4]}\n\n1. Mededelingen: {fs[1]} is vanaf volgende week met verlof.\n"
            f"2. Werkvoorraad: {fs[2]} en {fs[3]} verdelen de dossiers van {fs[4]}.\n\nActiepunten\n- {fs[0]}: planning rondsturen\n"
            f"- {fs[3]}: werkinstructie aanpassen")


@template("notulen", ["MEETING_NOTES"])
def minutes_full(d: Doc):
    v, a, b, k = d.person(), d.person(), d.person(), d.person()
    return (f"Besluitenlijst MT Klantcontact\nDatum: {d.date()}\nVoorzitter: {d.P(v.full)}\nNotulist: {d.P(a.full)}\n\n"
            f"B1. Het MT stemt in met de nieuwe belscripts. {d.P(b.full)} informeert de teams.\n"
            f"B2. De klacht van {d.P(k.mw + ' ' + k.sur)} wordt opnieuw bekeken door de klachtcoördinator.\n\n"
            f"Actiepunt: {d.P(v.first)} en {d.P(b.first)} bespreken de bezetting in december.")


# --- O: one-line thanks + closing + name --------------------------------------------------------------
@template("e-mail", ["EMAIL_MESSAGE"])
def thanks_line(d: Doc):
    p, me = d.person(), d.person()
    return (d.r.choice([f"Bedankt voor je hulp {d.P(p.full)}. Met vriendelijke groet, {d.P(me.full)}",
                        f"Dank je wel voor het snelle antwoord, {d.P(p.first)}! Groet, {d.P(me.full)}",
                        f"Heel erg bedankt {d.P(p.first)}, dit helpt me echt verder. Met vriendelijke groet, {d.P(me.full)}"])
            + f"\n\nVerzonden vanaf mijn iPhone\n\nOp {d.date()} schreef {d.P(p.full)}:\n> Ik heb je aanvraag doorgezet naar de afdeling Betalen."
            f" Je hoort binnen twee weken van ons.")


# --- N: "Vertrouwelijk" under a title ------------------------------------------------------------
@template("rapport", ["CLASSIFIED", "DEPARTMENT_REPORT"])
def vertrouwelijk_line2(d: Doc):
    p, o = d.person(), d.person()
    dep = d.r.choice(["Afdeling Handhaving Oost", "Team Fraudeonderzoek Zuid", "Afdeling Klachten en Bezwaar"])
    return (f"{dep} - Rapport van bevindingen\nVertrouwelijk\n\nOnderzoek naar de inkomsten van {d.P(p.full)} in de periode "
            f"januari tot en met juni. Uit de bankafschriften blijkt dat betrokkene {d.r.randint(4, 9)} keer contante stortingen deed. "
            f"Rekeningnummer {d.iban()}. Onderzoeker: {d.P(o.full)}.")


# --- officials named in an internal memo -------------------------------------------------------
@template("memo", ["CLASSIFIED"])
def memo_officials(d: Doc):
    di, rv, adv = d.person(), d.person(), d.person()
    return (f"MEMO - Intern\n\nAan: Raad van Bestuur\nVan: {d.P(di.full)}, directeur Klantcontact\nCc: {d.P(rv.full)}, "
            f"bestuurssecretaris\nDatum: {d.date()}\n\nOnderwerp: bereikbaarheid telefonie\n\nDe wachttijden liepen in week 44 op tot "
            f"gemiddeld {d.r.randint(9, 21)} minuten. {d.P(adv.full)} heeft een voorstel gemaakt voor {d.r.choice(['extra inzet van flexmedewerkers', 'een terugbelservice', 'langere openingstijden op maandag'])}. "
            f"Ik vraag de Raad om in te stemmen met het voorstel.")


# --- K, L, M: clinical notes, pregnancy, WGA/WIA clients ------------------------------------------
@template("klinische notitie", ["HEALTH_DATA"])
def clinical(d: Doc):
    p, arts = d.person(), d.person()
    return (f"De patiënt {d.P(p.init + ' ' + p.sur)} werd op {d.date()} door arts {d.P(arts.full)} ontslagen uit de kliniek. "
            f"Opgenomen wegens {d.r.choice(['een longontsteking', 'een hernia', 'een depressieve episode', 'hartritmestoornissen'])}. "
            f"Medicatie bij ontslag: {d.r.choice(['amoxicilline', 'sertraline', 'metoprolol', 'diclofenac'])}. Controle op de polikliniek over "
            f"zes weken. Patnr {d.case(d.dg(7))}.")


@template("teamschat", ["HEALTH_DATA"])
def pregnancy(d: Doc):
    p, a = d.person(female=True), d.person()
    return (f"[11:30] {d.P(a.full)}\n" + d.r.choice([f"FYI: {d.P(p.first)} is {d.r.randint(20, 32)} weken zwanger en gaat op {d.date()} met ", f"Even ter info: {d.P(p.first)} verwacht in {d.r.choice(MONTHS)} een kindje en gaat op {d.date()} met "]) + f"zwangerschapsverlof. Haar dossiers gaan naar {d.P(a.first)} totdat er vervanging is.\n[11:32] {d.P(p.full)}\n"
            f"klopt, ik zet de overdracht vandaag op papier")


@template("klantbrief", ["HEALTH_DATA"])
def wga_client(d: Doc):
    p = d.person()
    if d.r.random() < 0.5:
        return (f"Geachte {d.P(p.heer + ' ' + p.sur)},\n\nU heeft sinds {d.date(2024)} een WGA-uitkering. Omdat uw arbeidsongeschiktheid "
                f"is veranderd, heeft de verzekeringsarts u opnieuw beoordeeld. U bent nu {d.r.choice([35, 50, 65])}-80% arbeidsongeschikt. "
                f"Uw uitkering blijft daarom even hoog.\n\nMet vriendelijke groet,\n\nUWV")
    return (f"Dear {d.P(p.en + ' ' + p.sur)},\n\nYou have been receiving a WGA benefit since {d.r.randint(1, 28)} May 2024. The "
            f"insurance physician has assessed you again and found that you are {d.r.choice([40, 55, 70])}% unfit for work. Your "
            f"benefit will therefore stay the same.\n\nKind regards,\n\nUWV")


@template("rapport arbeidsdeskundige", ["HEALTH_DATA"])
def wia_assessment(d: Doc):
    p = d.person()
    return (f"Rapport arbeidsdeskundige\nNaam cliënt: {d.P(p.full)}\nBSN: {d.bsn()}\nGeboortedatum: {d.dob()}\n\n"
            f"Cliënt is na 104 weken ziekte beoordeeld voor de WIA. De verzekeringsarts stelt beperkingen vast door "
            f"{d.r.choice(['chronische rugklachten', 'een burn-out', 'reuma', 'de gevolgen van een herseninfarct'])}. Mate van "
            f"arbeidsongeschiktheid: {d.r.choice(['42', '58', '80-100'])}%.")


# --- other shapes: Le Chat prompt, employer mail, KvK sole trader, ID, IP, plate, draft, share ------
@template("vraag aan Le Chat")
def lechat_prompt(d: Doc):
    p = d.person()
    return (f"{d.r.choice(['Herschrijf deze brief in eenvoudige taal', 'Maak deze tekst begrijpelijk (B1)', 'Vertaal naar eenvoudig Nederlands'])} voor {p.de}{d.P(p.heer + ' ' + p.sur)} (klantnummer {d.case(d.dg(8))}): "
            f"\"Naar aanleiding van uw verzoek d.d. {d.date()} delen wij u mede dat de vordering ad EUR {d.r.randint(300, 4000)},- "
            f"in termijnen kan worden voldaan.\" Maak het kort en vriendelijk.")


@template("werkgeversmail", ["EMAIL_MESSAGE", "HEALTH_DATA"])
def employer_sick(d: Doc):
    w, hr = d.person(), d.person()
    pn = d.e("EMPLOYEE_NUMBER", d.dg(6))
    return (f"Van: {d.P(hr.full)}\nAan: UWV Werkgeverslijn\nOnderwerp: ziekmelding binnen 4 weken na einde dienstverband\n\n"
            f"Geachte heer, mevrouw,\n\nOnze oud-medewerker {d.P(w.full)} (personeelsnummer {pn}, geboren {d.dob()}) heeft zich op "
            f"{d.date()} ziek gemeld, drie weken na het einde van het contract. Wij geven dit hierbij door.\n\n"
            f"Met vriendelijke groet,\n{d.P(hr.full)}\nHR-adviseur")


@template("klantmail", ["EMAIL_MESSAGE"])
def sole_trader(d: Doc):
    p = d.person()
    a, pc, city = d.addr()
    bedrijf = d.r.choice(["Klusbedrijf De Vakman", "Schoonmaakbedrijf Glans", "Kapsalon Knipwerk", "Koeriersdienst Snelweg"])
    return (f"Geachte heer, mevrouw,\n\nIk ben eigenaar van {bedrijf} (eenmanszaak) en vraag een Bbz-uitkering aan.\n\n"
            f"KvK-nummer: {d.e('KVK_NUMBER', idgen.kvk(d.r))}\nBtw-id: {d.e('VAT_NUMBER', idgen.vat(d.r))}\nVestigingsadres: {a}, {pc} {city}\n\n"
            f"Met vriendelijke groet,\n{d.P(p.full)}")


@template("intake")
def id_doc(d: Doc):
    p = d.person()
    kind = d.r.choice(["paspoort", "identiteitskaart", "rijbewijs"])
    doc = d.e("ID_DOCUMENT", d.dg(10) if kind == "rijbewijs" else idgen.id_document(d.r))
    return (f"Identificatie aan de balie: {d.P(p.full)} toonde een {kind} "
            f"met documentnummer {doc}, geldig tot {d.date(2031)}. Geboortedatum gecontroleerd: {d.dob()}. Kopie niet gemaakt.")


@template("helpdeskticket")
def ip_ticket(d: Doc):
    p = d.person()
    ipa = d.e("IP_ADDRESS", idgen.ip(d.r))
    return (f"Melding {d.case('SD-' + d.dg(6))}\nGebruiker {d.P(p.full)} kan niet inloggen op Mijn UWV. Laatste poging vanaf "
            f"IP-adres {ipa} om 21:14. Account tijdelijk geblokkeerd na vijf foute pogingen; gebruiker gevraagd een nieuwe "
            f"DigiD-code aan te vragen.")


@template("handhavingsverslag")
def plate_note(d: Doc):
    p = d.person()
    a, pc, city = d.addr()
    return (f"Waarneming {d.date()}: op het adres {a}, {pc} {city} stond om 07:40 de auto met kenteken "
            f"{d.e('LICENSE_PLATE', idgen.kenteken(d.r))} geparkeerd. Volgens de BRP woont {d.P(p.full)} daar niet. "
            f"Vervolgonderzoek: buurtonderzoek en navraag bij de verhuurder.")


@template("conceptbrief", ["DRAFT"])
def draft_named(d: Doc):
    p, a = d.person(), d.person()
    return (f"CONCEPT - niet verspreiden\n\nReactie op de klacht van {d.P(p.mw + ' ' + p.full)}\n\nWij begrijpen dat u "
            f"teleurgesteld bent over de lange behandeltijd van uw aanvraag. Uw dossier is inmiddels opgepakt door "
            f"{d.P(a.full)}. U hoort voor {d.date()} van ons.")


@template("interne mail", ["EMAIL_MESSAGE", "INTERNAL_SOURCE"])
def share_link(d: Doc):
    p, a, me = d.person(), d.person(), d.person()
    return (f"Hoi {d.P(a.first)},\n\nHet dossier van {d.P(p.full)} staat op \\\\uwv.local\\data\\Team-WW\\dossiers\\2025. "
            f"Kun jij de brief van vorige week nakijken voordat ik hem verstuur?\n\nGroet,\n{d.P(me.first)}")


@template("interne mail", ["EMAIL_MESSAGE"])
def outlook_surname_first(d: Doc):
    s, r2, p = d.person(), d.person(), d.person()
    return (f"Van: {d.P(s.sur + ', ' + s.first)}\nVerzonden: {d.date()} 16:05\nAan: {d.P(r2.sur + ', ' + r2.first)}\n"
            f"Onderwerp: overdracht {d.P(p.full)}\n\n{d.P(r2.first)}, wil jij de klant morgen bellen? Nummer: {d.mobile()}. "
            f"Ik ben vanaf vrijdag drie weken weg.\n\n{d.P(s.first)}")


# --- internal texts without personal data (guideline 4 only) and more shapes of the classes above ----
@template("kwartaalrapportage", ["CLASSIFIED", "DEPARTMENT_REPORT"])
def report_no_names(d: Doc):
    team = d.r.choice(["Team WW Noord", "Team Handhaving Zuid", "Afdeling Klantcontact Oost", "Team Wajong West"])
    q = d.r.randint(1, 4)
    return (f"Kwartaalrapportage {team}, Q{q} 2025\nVertrouwelijk - niet buiten de afdeling delen\n\n"
            f"Werkvoorraad: {d.r.randint(300, 900)} dossiers (vorig kwartaal {d.r.randint(300, 900)}). Doorlooptijd bezwaar gemiddeld "
            f"{d.r.randint(8, 16)} weken. Ziekteverzuim in het team {d.r.randint(4, 9)},{d.r.randint(0, 9)}%. Twee vacatures staan open; "
            f"de inzet van uitzendkrachten loopt tot het einde van het jaar.")


@template("werkinstructie", ["INTERNAL_SOURCE"])
def instruction_share(d: Doc):
    return ("Werkinstructie terugvorderingen (versie " + f"{d.r.randint(2, 6)}.{d.r.randint(0, 9)})\n\n"
            "1. Open het dossier in het klantsysteem.\n2. Controleer de inkomstenopgave van de laatste drie maanden.\n"
            "3. Gebruik de standaardbrief uit "
            + d.r.choice(["https://uwvnl.sharepoint.com/sites/terugvordering/Gedeelde documenten/brieven",
                          "\\\\uwv.local\\afdelingen\\Terugvordering\\sjablonen",
                          "H:\\Team\\Terugvordering\\sjablonen\\brief-2025.docx"])
            + ".\n4. Leg het besluit vast en zet de taak op afgerond.\n\nVragen? Stel ze in het Teams-kanaal van het team.")


@template("conceptnotitie", ["DRAFT"])
def draft_no_names(d: Doc):
    return (f"CONCEPT {d.date()} - niet verspreiden\n\nVoorstel nieuwe werkwijze telefonische bereikbaarheid\n\n"
            f"Vanaf {d.r.choice(MONTHS)} 2026 willen we klanten die drie keer vergeefs hebben gebeld binnen één werkdag terugbellen. "
            f"Dit vraagt ongeveer {d.r.randint(6, 14)} fte extra. Het voorstel is nog niet besproken met de ondernemingsraad.")


@template("werkgeversbrief")
def retour_employer(d: Doc):
    c = d.person()
    a, pc, city = d.addr(street=d.r.choice(["Industrieweg", "Ambachtsstraat", "Handelskade", "Nijverheidsweg"]))
    kvk = d.e("KVK_NUMBER", idgen.kvk(d.r))
    bedrijf = d.r.choice(["Bakkerij De Korenschoof", "Installatiebedrijf Van Loon", "Schildersbedrijf Kleurrijk", "Hoveniersbedrijf Groenrijk"])
    return (f"Retouradres: {d.r.choice(UWV_POSTBUS)}\n\n{bedrijf}\nT.a.v. {c.de}{d.P(c.heer + ' ' + c.init + ' ' + c.sur)}\n{a}\n{pc} {city}\n\n"
            f"KvK-nummer: {kvk}\nOns kenmerk: {d.case('LKV-' + d.dg(7))}\n\nGeachte {d.P(c.heer + ' ' + c.sur)},\n\nU heeft een "
            f"loonkostenvoordeel aangevraagd voor een werknemer. Wij hebben uw aanvraag ontvangen en beoordelen deze binnen 8 weken.\n\n"
            f"Met vriendelijke groet,\n\nUWV Werkgeversdienstverlening")


@template("interne mail", ["EMAIL_MESSAGE"])
def signature_088(d: Doc):
    s, me = d.person(), d.person()
    tel = d.e("PHONE_NUMBER", f"088 - {d.dg(3)} {d.dg(2)} {d.dg(2)}")
    mob = d.mobile()
    return (f"Hoi {d.P(s.first)},\n\nDe cijfers voor het regio-overleg staan klaar. Bel me gerust als iets niet klopt.\n\n"
            f"Met vriendelijke groet,\n\n{d.P(me.full)}\n{d.r.choice(['Adviseur arbeidsmarkt', 'Teamleider WW', 'Senior jurist'])}\n"
            f"UWV | Regio {d.r.choice(['Twente', 'Rijnmond', 'Midden-Utrecht', 'Groningen'])}\nT {tel}\nM {mob}")


@template("teamschat")
def chat_new_address(d: Doc):
    a, b, p = d.person(), d.person(), d.person()
    ad, pc, city = d.addr()
    return (f"[08:55] {d.P(a.full)}\n{d.P(p.mw + ' ' + p.sur)} belde: nieuw adres is {ad}, {pc} {city}. wil jij het doorvoeren?\n"
            f"[08:57] {d.P(b.full)}\nja, staat erin. brief over de verhuizing gaat vandaag de deur uit")


def build():
    r = random.Random(SEED)
    rows = []
    for name, kind, cats, fn in T:
        for i in range(PER_TEMPLATE):
            d = Doc(r)
            text = fn(d)
            cats_ = list(cats)
            ents = d.entities
            g = ([4] if set(cats_) - {"HEALTH_DATA"} else []) + ([5] if ents or "HEALTH_DATA" in cats_ else [])
            rows.append({"id": f"priv-{len(rows) + 1:03d}", "kind": kind, "shape": name, "text": text, "warn": bool(g),
                         "guidelines": g, "categories": cats_, "entities": ents})
    return rows


if __name__ == "__main__":
    rows = build()
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    print(f"{len(rows)} texts from {len(T)} shapes -> {OUT}")
