"""Curated name parts for the invented corpora (names_*.jsonl, private_invented.jsonl).

Every full name built from these parts is invented: first names and surnames are common in the
group, the combinations are drawn at random with a fixed seed. Female first names are listed
first in each group (the first half), so a generator can pick a fitting title (mevrouw/meneer)
and, for Polish surnames, the female form (-ska, -cka).
"""
from __future__ import annotations

GROUPS: dict[str, dict[str, list[str]]] = {
    "dutch": {
        "female": ["Femke", "Lotte", "Sanne", "Anouk", "Marieke", "Ilse", "Wietske", "Esther", "Janneke",
                   "Sophie", "Mirjam", "Ingrid", "Karin", "Truus", "Hanneke", "Renske", "Floor", "Lieke",
                   "Nienke", "Geertje"],
        "male": ["Bram", "Joost", "Thijs", "Pieter", "Jeroen", "Wim", "Kees", "Ruben", "Sjoerd", "Maarten",
                 "Gerrit", "Hendrik", "Daan", "Bas", "Wouter", "Frank", "Henk", "Jelle", "Teun", "Arjen"],
        "surname": ["van der Heijden", "de Wit", "van 't Hof", "ter Horst", "van den Broek", "de Jong",
                    "Bakker", "Visser", "van Dijk", "Smit", "de Graaf", "van der Linden", "Kuipers",
                    "van Leeuwen", "ten Brink", "Verhoeven", "de Haan", "van Beek", "Mulder", "Postma",
                    "van der Meulen", "de Ruiter", "Hoekstra", "van Wijk", "in 't Veld", "Koster",
                    "van Rossum", "Dekker", "Brouwer", "op den Kamp"],
    },
    "turkish": {
        "female": ["Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Hatice", "Merve", "Büşra", "Esra", "Derya",
                   "Ayla", "Songül", "Sevgi", "Gül", "Nesrin", "Özlem", "Tuba", "Hülya", "Sibel", "Leyla"],
        "male": ["Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Murat", "Emre", "Burak", "Kemal", "Osman",
                 "Hakan", "Serkan", "Erdal", "Cem", "Onur", "Yusuf", "Ercan", "Volkan", "Halil", "Tolga",
                 "Orhan"],
        "surname": ["Yılmaz", "Yildiz", "Öztürk", "Ozturk", "Çelik", "Celik", "Şahin", "Sahin", "Kaya",
                    "Demir", "Aydın", "Arslan", "Doğan", "Koç", "Kurt", "Özdemir", "Tekin", "Erdoğan",
                    "Kılıç", "Polat", "Aksoy", "Korkmaz", "Güneş", "Bulut", "Karaca"],
    },
    "moroccan": {
        "female": ["Fatima", "Khadija", "Naima", "Samira", "Souad", "Malika", "Houda", "Nadia", "Loubna",
                   "Hafsa", "Imane", "Salma", "Zineb", "Rachida", "Latifa", "Soumaya", "Ikram", "Hanane",
                   "Asmae", "Btissam"],
        "male": ["Mohamed", "Youssef", "Abdelkader", "Rachid", "Mustapha", "Karim", "Hamid", "Said",
                 "Driss", "Hassan", "Bilal", "Anouar", "Nordin", "Soufiane", "Ilias", "Redouan", "Jamal",
                 "Khalid", "Hicham", "Aziz"],
        "surname": ["El Amrani", "Bouzid", "Ait Haddou", "El Khatib", "Azzouzi", "Boukhari", "El Hamdaoui",
                    "Tahiri", "Ouali", "Bakkali", "Chaouch", "Lamrani", "Ben Said", "Ait Taleb", "Essadki",
                    "Benali", "Ziani", "El Idrissi", "Abarkan", "Ouchan", "Boujalal", "El Ouazzani",
                    "Achahbar", "Amajoud", "Bouhlal"],
    },
    "hindustani": {
        "female": ["Sunita", "Shanti", "Devika", "Kavita", "Sharmila", "Asha", "Reshma", "Anjali", "Priya",
                   "Nirmala", "Radha", "Sita", "Usha", "Shirley", "Indra", "Mala", "Chandra", "Rita",
                   "Nisha", "Sarita"],
        "male": ["Ramdien", "Anil", "Pritam", "Radjesh", "Vishal", "Ravi", "Navin", "Satish", "Ashwin",
                 "Dinesh", "Rakesh", "Soeresh", "Kiran", "Mahesh", "Amit", "Ramesh", "Sanjay", "Dilip",
                 "Prakash", "Ashok"],
        "surname": ["Sewnandan", "Ramdin", "Jhagroe", "Mahabier", "Ramcharan", "Soekhlal", "Bhaggoe",
                    "Gangadin", "Kalloe", "Ramkisoen", "Jagesar", "Lachman", "Sital", "Autar", "Chotkan",
                    "Raghoenath", "Bihari", "Doekhie", "Mangroe", "Sewdien", "Ramlal", "Baldewsingh",
                    "Ramsaroep", "Jairam", "Kartoredjo"],
    },
    "creole": {
        "female": ["Marcia", "Glenda", "Rosita", "Sharon", "Chantal", "Sandra", "Natasja", "Gracia", "Mavis",
                   "Jennifer", "Germaine", "Ingrid", "Lucretia", "Hortence", "Yvonne", "Ellen", "Muriel",
                   "Carmen", "Audrey", "Denise"],
        "male": ["Winston", "Romano", "Iwan", "Clifton", "Jurgen", "Ricardo", "Errol", "Hugo", "Delano",
                 "Orlando", "Roy", "Rinaldo", "Edgar", "Humphrey", "Rudie", "Stanley", "Marlon", "Glenn",
                 "Armand", "Frits"],
        "surname": ["Pinas", "Zaalman", "Doelwijt", "Vyent", "Wijngaarde", "Sordam", "Nelom", "Emanuelson",
                    "Linger", "Esajas", "Dors", "Breeveld", "Renfurm", "Elstak", "Sedney", "Slagveer",
                    "Olmberg", "Sabajo", "Held", "Lont", "Kolader", "Veira", "Pique", "Blufpand", "Fonkel"],
    },
    "antillean": {
        "female": ["Jeanine", "Ivette", "Suhaila", "Milouska", "Germaine", "Ruthmila", "Marilyn", "Nadiska",
                   "Ellen", "Shurmaine", "Giselle", "Jacintha", "Raysa", "Shanaya", "Gisela", "Dulcia",
                   "Eldrenne", "Luisette", "Mireille", "Solange"],
        "male": ["Shurandy", "Giovanni", "Rudsel", "Gregory", "Eugene", "Quincy", "Shaquille", "Jhonny",
                 "Rignald", "Elvis", "Curtley", "Ronchi", "Jurick", "Ergilio", "Sharlon", "Dwight",
                 "Rodney", "Jeffrey", "Hensley", "Gilbert"],
        "surname": ["Martina", "Isenia", "Girigorie", "Maduro", "Pieternella", "Rosaria", "Koeiman", "Wawoe",
                    "Cijntje", "Felida", "Statia", "Janga", "Croes", "Winklaar", "Doran", "Pauletta",
                    "Sling", "Cordilia", "Mercelina", "Ignacio", "Silberie", "Juliana", "Leito", "Zimmerman",
                    "Bernadina"],
    },
    "capeverdean": {
        "female": ["Maria", "Ana", "Djenifer", "Odete", "Fátima", "Rosalina", "Jandira", "Lurdes", "Celeste",
                   "Graça", "Zenaida", "Ivone", "Nilza", "Eunice", "Arlete", "Adelaide", "Telma", "Sandra",
                   "Vanusa", "Elisângela"],
        "male": ["João", "Nelson", "Carlos", "Adilson", "Edson", "Helder", "Ivanildo", "Manuel", "Elton",
                 "Arlindo", "José", "António", "Domingos", "Emanuel", "Jailson", "Ailton", "Fernando",
                 "Djalma", "Valdemar", "Zeferino"],
        "surname": ["Fortes", "Tavares", "Lopes", "Semedo", "Monteiro", "Gomes da Veiga", "dos Santos",
                    "Andrade", "Varela", "Pires", "Brito", "Fernandes", "Rodrigues", "Mendes", "da Graça",
                    "Moreno", "Delgado", "Sousa", "Livramento", "Barros", "Tavares Semedo", "Lopes da Rosa",
                    "Spencer", "Cabral", "Évora"],
    },
    "polish": {
        "female": ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Anna", "Ewa", "Monika",
                   "Dorota", "Beata", "Aleksandra", "Karolina", "Justyna", "Renata", "Izabela", "Marta",
                   "Sylwia", "Urszula", "Natalia", "Weronika"],
        "male": ["Tomasz", "Piotr", "Krzysztof", "Paweł", "Marcin", "Łukasz", "Grzegorz", "Michał",
                 "Wojciech", "Jakub", "Andrzej", "Dariusz", "Mariusz", "Rafał", "Sławomir", "Zbigniew",
                 "Jarosław", "Kamil", "Bartosz", "Przemysław"],
        "surname": ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
                    "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk",
                    "Piotrowski", "Grabowski", "Pawlak", "Michalski", "Król", "Wieczorek", "Wisniewski",
                    "Kaminski", "Jabłoński", "Zawadzki", "Sadowski"],
    },
    "syrian": {
        "female": ["Rasha", "Lina", "Hiba", "Nour", "Reem", "Dima", "Rania", "Maya", "Ruba", "Alaa",
                   "Rawan", "Ghalia", "Hala", "Yara", "Lama", "Sawsan", "Amal", "Manal", "Ghada", "Rima"],
        "male": ["Mohammad", "Ahmad", "Omar", "Khaled", "Yaser", "Samer", "Tarek", "Hassan", "Firas", "Anas",
                 "Wael", "Mahmoud", "Bassel", "Fadi", "Ammar", "Hussam", "Majd", "Rami", "Ziad", "Nabil"],
        "surname": ["Al-Hamwi", "Haddad", "Al Khatib", "Darwish", "Kassab", "Al-Masri", "Halabi", "Sabbagh",
                    "Al Ahmad", "Shami", "Hamdan", "Jabr", "Kurdi", "Mansour", "Nasser", "Zaher", "Al-Ali",
                    "Qasem", "Khoury", "Attar", "Al-Halabi", "Moussa", "Hamoud", "Al-Sheikh", "Barakat"],
    },
    "eritrean": {
        "female": ["Senait", "Helen", "Ruta", "Selam", "Luwam", "Saba", "Eden", "Meron", "Hiwet", "Winta",
                   "Freweini", "Mebrat", "Yordanos", "Tsega", "Rahel", "Semhar", "Aster", "Lemlem",
                   "Abrehet", "Nardos"],
        "male": ["Tesfay", "Yonas", "Mehari", "Dawit", "Kibrom", "Filmon", "Habtom", "Biniam", "Samuel",
                 "Tekle", "Yemane", "Ghirmay", "Mussie", "Henok", "Robel", "Awet", "Amanuel", "Efrem",
                 "Natnael", "Berhane"],
        "surname": ["Gebremariam", "Haile", "Tesfamariam", "Woldu", "Ghebreab", "Kidane", "Mebrahtu", "Berhe",
                    "Tekeste", "Habte", "Negash", "Asmerom", "Yohannes", "Abraha", "Fissehaye", "Okbay",
                    "Tsegay", "Weldemichael", "Zerai", "Andemariam", "Ghebremedhin", "Teklehaimanot",
                    "Russom", "Gebrezgabiher", "Mehreteab"],
    },
}

POLISH_FEMALE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))


def full_name(group: str, first: str, surname: str, female: bool) -> str:
    if group == "polish" and female:
        for male_end, female_end in POLISH_FEMALE:
            if surname.endswith(male_end):
                surname = surname[: -len(male_end)] + female_end
                break
    return f"{first} {surname}"


def surname_of(group: str, name: str) -> str:
    """The part after the first name (already in the female form where that applies)."""
    return name.split(" ", 1)[1]
