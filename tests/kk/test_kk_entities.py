import pytest

from kelisim.doc import Doc
from kelisim.extract.kk.spans import KazakhSpans
from kelisim.nlp.kazakh import KazakhNLP


def spans(text: str) -> list[tuple[str, str, str]]:
    doc = KazakhSpans()(KazakhNLP()(Doc(text=text, lang="kk")))
    for s in doc.spans:
        assert doc.text[s.start:s.end] == s.text
    return [(s.text, s.type, s.normal) for s in doc.spans]


def persons(text: str) -> list[tuple[str, str]]:
    return [(t, n) for t, typ, n in spans(text) if typ == "PER"]


@pytest.mark.parametrize("sentence, expected", [
    ("Қасым-Жомарт Тоқаев Ильхам Әлиевпен кездесті.",
     [("Қасым-Жомарт Тоқаев", "Қасым-Жомарт Тоқаев"), ("Ильхам Әлиевпен", "Ильхам Әлиев")]),
    ("Түркия Президенті Реджеп Тайып Ердоғанмен келіссөздер жүргізді.",
     [("Реджеп Тайып Ердоғанмен", "Реджеп Тайып Ердоған")]),
    ("Германия канцлері Олаф Шольцпен телефон арқылы сөйлесті.", [("Олаф Шольцпен", "Олаф Шольц")]),
    ("Сыртқы істер министрі Мұрат Нұртілеу Лондонда болды.", [("Мұрат Нұртілеу", "Мұрат Нұртілеу")]),
    ("СІМ ресми өкілі Айгерім Шыңғысқызы брифинг өткізді.",
     [("Айгерім Шыңғысқызы", "Айгерім Шыңғысқызы")]),
    ("Бұл туралы Премьер-Министр Олжас Бектеновтің баспасөз қызметі хабарлады.",
     [("Олжас Бектеновтің", "Олжас Бектенов")]),
    ("Қ.Тоқаев форумда сөз сөйледі.", [("Қ.Тоқаев", "Қ. Тоқаев")]),
    ("Елбасы Нұрсұлтан Әбішұлы Назарбаевтың есімі аталды.",
     [("Нұрсұлтан Әбішұлы Назарбаевтың", "Нұрсұлтан Әбішұлы Назарбаев")]),
    ("Сенат төрағасы Дариға Назарбаевамен кездесті.", [("Дариға Назарбаевамен", "Дариға Назарбаева")]),
    ("Қасым-Жомарт Кемелұлы 1975 жылы оқуын бітірді.",
     [("Қасым-Жомарт Кемелұлы", "Қасым-Жомарт Кемелұлы")]),
    # a family name ending makes a name by itself
    ("Форумға Бекболат Базаров пен Асқар Маминнің өкілдері келді.",
     [("Бекболат Базаров", "Бекболат Базаров"), ("Асқар Маминнің", "Асқар Мамин")]),
    # a foreign name in "и" takes the endings of a consonant
    ("Италия Премьер-министрі Марио Драгиді қабылдады.", [("Марио Драгиді", "Марио Драги")]),
    ("Нарендра Модидің сапары басталды.", [("Нарендра Модидің", "Нарендра Моди")]),
    # a plural office before a body's name names no one
    ("Қырғызстан Министрлер Кабинетінің Төрағасы Адылбек Касымалиев келді.",
     [("Адылбек Касымалиев", "Адылбек Касымалиев")]),
    # a titled name before a body's name is the person's, whatever its shape
    ("Министрдің орынбасары Ақан Рахметуллин Ұлыбритания Сыртқы істер министрлігінің өкілін қабылдады.",
     [("Ақан Рахметуллин", "Ақан Рахметуллин")]),
    # a family name the analyser leaves whole still loses its case ending
    ("Дмитрий Песковтың сөзі жарияланды.", [("Дмитрий Песковтың", "Дмитрий Песков")]),
    # a titled name ends where a given name starts the next one
    ("Нидерланд елшісі Хендрик Янсен Қасым-Жомарт Тоқаевқа хат берді.",
     [("Хендрик Янсен", "Хендрик Янсен"), ("Қасым-Жомарт Тоқаевқа", "Қасым-Жомарт Тоқаев")]),
    ("Вице-премьер Роман Скляр Alstom компаниясының өкілдерін қабылдады.",
     [("Роман Скляр", "Роман Скляр")]),
    # a body named after a person ("атындағы") names no actor
    ("Бүгін Әл-Фараби атындағы Қазақ ұлттық университетінде форум өтті.", []),
    ("Студенттер Мұхтар Әуезов атындағы театрға барды.", []),
    # no persons: sentence-initial words, places and organisations
    ("Бүгін Астанада халықаралық форум өтті.", []),
    ("Назарбаев Университетінде конференция өтті.", []),
    ("Жданов аулына жол салынды.", []),
    ("Атаулы әлеуметтік көмек тағайындалды.", []),
    ("Үкімет Мемлекет басшысының Жолдауын іске асыру жоспарын қабылдады.", []),   # a title's possessed noun
])
def test_persons_in_the_nominative(sentence, expected):
    assert persons(sentence) == expected


def test_a_surname_named_once_is_a_person_wherever_written():
    text = ("Түркия Президенті Ердоған Астанаға келді. Қасым-Жомарт Тоқаев Ердоғанмен кездесті.")
    assert ("Ердоғанмен", "Ердоған") in persons(text)


@pytest.mark.parametrize("sentence, expected", [
    ("Қазақстан мен Ресей арасындағы байланыстар нығайды.",
     [("Қазақстан", "GPE", "Қазақстан"), ("Ресей", "GPE", "Ресей")]),
    ("Делегация Мәскеуге және Анкараға барды.",
     [("Мәскеуге", "LOC", "Мәскеу"), ("Анкараға", "LOC", "Анкара")]),
    ("АҚШ-тың Мемлекеттік хатшысы келді.", [("АҚШ-тың", "GPE", "АҚШ")]),
    ("Қазақстан Республикасының Президенті сөйледі.", [("Қазақстан Республикасының", "GPE", "Қазақстан")]),
    ("Орталық Азиядағы ахуал талқыланды.", [("Орталық Азиядағы", "LOC", "Орталық Азия")]),
    ("Сарқан ауданында жаңа мектеп ашылды.", [("Сарқан", "GPE", "Сарқан")]),
    ("Алматы облысының әкімі келді.", [("Алматы облысының", "LOC", "Алматы облысы")]),
    # "еліміз" (our country) is a mention of the home state
    ("Елімізде жаңа университет ашылады.", [("Елімізде", "GPE", "Қазақстан")]),
])
def test_states_and_places(sentence, expected):
    assert [s for s in spans(sentence) if s[1] in ("GPE", "LOC")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Денсаулық сақтау министрлігінің мәліметінше, ахуал тұрақты.",
     [("Денсаулық сақтау министрлігінің", "Денсаулық сақтау министрлігі")]),
    ("Елімізде Мәскеу мемлекеттік халықаралық қатынастар институты ашылады.",
     [("Мәскеу мемлекеттік халықаралық қатынастар институты", "Мәскеу мемлекеттік халықаралық қатынастар институты")]),
    ("Ұлттық банк пен Халық банкі келісім жасады.", [("Ұлттық банк", "Ұлттық банк"), ("Халық банкі", "Халық банкі")]),
    ("Бұл туралы «Қазақстан темір жолы» ҰК АҚ хабарлады.", [("Қазақстан темір жолы", "Қазақстан темір жолы")]),
    ("Деректерді Үкімет мақұлдады.", [("Үкімет", "Үкімет")]),
    ("Тоқаев Астана халықаралық қаржы орталығының жұмысын бағалады.",
     [("Астана халықаралық қаржы орталығының", "Астана халықаралық қаржы орталығы")]),
    ("Назарбаев Университетінде конференция өтті.", [("Назарбаев Университетінде", "Назарбаев Университеті")]),
    # a company named after a titled person starts after the person
    ("Вице-премьер Серік Жұманғарин түркиялық Анадолу Металл компаниясының өкілдерін қабылдады.",
     [("Анадолу Металл компаниясының", "Анадолу Металл компаниясы")]),
    # a quoted name with an adjective before its head noun
    ("Бүгін «Өзен мұнай» ұлттық компаниясы есеп берді.", [("Өзен мұнай", "Өзен мұнай")]),
    # investors of a place, not investors met in a place
    ("Бүгін Макао инвесторлары келді.", [("Макао инвесторлары", "Макао инвесторлары")]),
    ("Президент Алматыда инвесторлармен кездесті.", []),
    # no organisation: a common noun in a sentence's first word, many of a kind
    ("Баспасөз орталығында журналистер жиналды.", []),
    ("Германия компаниялары жобаға қатысты.", []),
])
def test_organisations(sentence, expected):
    assert [(t, n) for t, typ, n in spans(sentence) if typ == "ORG"] == expected


def test_two_wordings_of_one_organisation_share_a_key():
    doc = KazakhSpans()(KazakhNLP()(Doc(
        text="Қатынастар институты ашылады. Халықаралық қатынас институтының филиалы бар.", lang="kk")))
    keys = [s.data["key"].split()[-1] for s in doc.spans if s.type == "ORG"]
    assert len(keys) == 2 and keys[0] == keys[1]


@pytest.mark.parametrize("body, persons", [
    # two names side by side are two persons
    ("Мемлекет басшысы Тоқаев Реджеп Тайып Ердоғанмен телефон арқылы сөйлесті.", ["Тоқаев", "Реджеп Тайып Ердоған"]),
    # a one-word name in a list of regions is a region
    ("Абай, Ақмола, Жамбыл облыстарында тұман түседі.", []),
])
def test_persons_the_model_and_the_rules_agree_on(extract, body, persons):
    rec = extract(body)
    assert [e["name"] for e in rec["entities"] if e["type"] == "PER"] == persons


@pytest.mark.parametrize("sentence, name", [
    # a run of Latin words is a company's name, its Kazakh ending after the hyphen aside
    ("Бүгін CITIC Geyi Biorefineries Co., Ltd. компаниясымен келісім жасалды.", "CITIC Geyi Biorefineries Co., Ltd"),
    ("Goldman Sachs-тың өкілдері Астанаға келді.", "Goldman Sachs"),
])
def test_latin_names_are_organisations(sentence, name):
    assert name in [n for _, typ, n in spans(sentence) if typ == "ORG"]


def test_a_state_inside_a_title_is_a_nested_mention():
    doc = KazakhSpans()(KazakhNLP()(Doc(text="Қазақстан Республикасының Премьер-Министрі Олжас Бектенов "
                                         "жиын өткізді.", lang="kk")))
    states = [s for s in doc.spans if s.type == "GPE"]
    assert states and all(s.data.get("nested") for s in states)
    assert [s.text for s in doc.spans if s.type == "PER"] == ["Олжас Бектенов"]


@pytest.mark.parametrize("headline, body", [
    ("Мемлекет басшысы Үндістан Елшісін қабылдады",
     "Мемлекет басшысы Үндістан Республикасының Елшісі Викрам Сингхты қабылдады."),
    ("Президент Жапония Елшісімен кездесті",
     "Президент Қасым-Жомарт Тоқаев Жапония Елшісі Такеши Ямадамен кездесті."),
])
def test_a_state_and_an_office_in_a_headline_is_no_person(extract, headline, body):
    rec = extract(body, headline=headline)
    names = [e["name"] for e in rec["entities"] if e["type"] == "PER"]
    assert not any("Елші" in n for n in names), names


@pytest.mark.parametrize("sentence, expected", [
    ("Компания төрағасы Омар әл-Хашими Астанаға келді.", [("Омар әл-Хашими", "Омар әл-Хашими")]),
    ("Министр Фейсал бин-Рашидпен кездесті.", [("Фейсал бин-Рашидпен", "Фейсал бин-Рашид")]),
])
def test_a_family_name_behind_a_particle_goes_on_the_name(sentence, expected):
    assert persons(sentence) == expected


def test_a_particled_word_alone_starts_no_name():
    assert persons("Студенттер әл-Фараби атындағы университетте оқиды.") == []
