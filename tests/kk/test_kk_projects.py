import pytest

from kk_record import events, name_of


@pytest.mark.parametrize("body, kind, name, owner, location, stage", [
    ("Астанада Ресей ұлттық зерттеу университетінің филиалын ашу жоспарланып отыр.",
     "campus", "Ресей ұлттық зерттеу университетінің филиалы", "Ресей ұлттық зерттеу университеті", "Астана",
     "announced"),
    ("Ақтөбеде Heriot-Watt университетінің кампусы ашылды.",
     "campus", "Heriot-Watt университетінің кампусы", "Heriot-Watt университеті", "Ақтөбе", "completed"),
    ("Түркістан облысында тыңайтқыш зауыты салынады.",
     "plant", "тыңайтқыш зауыты", None, "Түркістан облысы", "announced"),
    ("Өткен аптада Шымкентте жаңа мектеп ашылды.", "school", "жаңа мектеп", None, "Шымкент", "completed"),
    ("Павлодарда алюминий зауытының құрылысы басталды.",
     "plant", "алюминий зауыты", None, "Павлодар", "in_progress"),
    ("Маңғыстауда жел электр станциясы салынып жатыр.",
     "infrastructure", "жел электр станциясы", None, "Маңғыстау", "in_progress"),
    # construction finished or begun, a foundation laid, an industrial complex
    ("Атырауда полипропилен зауытының құрылысы аяқталды.",
     "plant", "полипропилен зауыты", None, "Атырау", "completed"),
    ("Қарағанды облысында жаңа химия кешенінің іргетасы қаланды.",
     "plant", "жаңа химия кешені", None, "Қарағанды облысы", "in_progress"),
    ("Өскеменде мыс зауытының құрылысы келесі жылы аяқталады.",
     "plant", "мыс зауыты", None, "Өскемен", "announced"),
    # the opening ceremony of a plant: opened
    ("Шымкентте жаңа цемент зауытының ашылу салтанаты өтті.",
     "plant", "жаңа цемент зауыты", None, "Шымкент", "completed"),
    # a people's investors build as one party
    ("Алматыда түрік инвесторлары тоқыма фабрикасын салады.",
     "plant", "тоқыма фабрикасы", "түрік инвесторлары", "Алматы", "announced"),
    # an organisation that opens (somewhere) is a branch of it
    ("Елімізде Мәскеу мемлекеттік халықаралық қатынастар институты ашылады.",
     "campus", "Мәскеу мемлекеттік халықаралық қатынастар институты",
     "Мәскеу мемлекеттік халықаралық қатынастар институты", "Қазақстан", "announced"),
])
def test_projects(extract, body, kind, name, owner, location, stage):
    rec = extract(body)
    (v,) = events(rec, "project")
    assert (v["kind"], v["name"], name_of(rec, v["owner"]), name_of(rec, v["location"]), v["stage"]) == \
        (kind, name, owner, location, stage)


def test_one_project_told_twice_is_one_at_its_furthest_stage(extract):
    rec = extract("Алматыда Корей университетінің филиалы ашылады.\n\n"
                  "Корей университетінің филиалы биыл күзде ашылды.")
    (v,) = events(rec, "project")
    assert (v["stage"], len(v["evidence"])) == ("completed", 2)


def test_projects_in_different_places_stay_apart(extract):
    rec = extract("Түркістан облысында тыңайтқыш зауыты салынады. Павлодарда алюминий зауытының құрылысы басталды.")
    assert sorted(name_of(rec, v["location"]) for v in events(rec, "project")) == ["Павлодар", "Түркістан облысы"]


@pytest.mark.parametrize("body", [
    "Мектепте жаңа оқу жылы басталды.",          # no word of building or opening
    "Зауыт жұмысшылары жиналды.",
])
def test_no_project(extract, body):
    assert events(extract(body), "project") == []


def test_sectors_of_a_kazakh_article(extract):
    rec = extract("Астанада Корей университетінің филиалын ашу жоспарланып отыр. "
                  "Студенттер екі елдің дипломын алады.")
    assert rec["sectors"] == ["education"]


@pytest.mark.parametrize("body, owner", [
    # the investors of a place are one party, and as the subject they build it
    ("Корея инвесторлары Павлодарда жаңа зауыт салады.", "Корея инвесторлары"),
    ("Түркия инвесторлары Шымкентте тоқыма фабрикасын тұрғызады.", "Түркия инвесторлары"),
])
def test_the_subject_that_builds_is_the_owner(extract, body, owner):
    rec = extract(body)
    (v,) = events(rec, "project")
    assert name_of(rec, v["owner"]) == owner


def test_a_project_announced_where_a_document_is_signed_is_agreed(extract):
    rec = extract("Корея инвесторлары Павлодарда жаңа зауыт салады. Бүгін Астанада Қазақстан мен Корея "
                  "арасында өзара түсіністік туралы меморандумға қол қойылды.")
    (p,) = events(rec, "project")
    (a,) = events(rec, "agreement")
    assert (p["stage"], p["agreement"]) == ("agreed", a["id"])


@pytest.mark.parametrize("body, owner", [
    # the project's sentence names no owner; the one company its paragraph names carries it out
    ("Ақтөбе облысында хром өңдеу зауыты салынады. Жобаны іске асыру үшін вице-премьер Ерлан "
     "Сапаров түркиялық Анадолу Металл компаниясының өкілдерімен кездесті.", "Анадолу Металл компаниясы"),
    ("Қостанайда автомобиль зауыты ашылды. Жобаға корейлік Сонхва Моторс компаниясы 200 миллион доллар салды.",
     "Сонхва Моторс компаниясы"),
])
def test_a_project_without_an_owner_is_the_paragraphs_company(extract, body, owner):
    rec = extract(body)
    (v,) = events(rec, "project")
    assert name_of(rec, v["owner"]) == owner


def test_a_quoted_company_of_the_paragraph_owns_its_project(extract):
    rec = extract("Астанада Энергетика министрлігі мен «Дала Энерго» компаниясы меморандумға қол қойды. "
                  "Меморандумға сәйкес, компания Қостанай облысында жел электр станциясын салады.")
    (v,) = events(rec, "project")
    assert (name_of(rec, v["owner"]), v["stage"]) == ("Дала Энерго", "agreed")


def test_a_company_in_another_paragraph_owns_no_project(extract):
    rec = extract("Павлодар облысында мыс балқыту зауыты салынады.\n\n"
                  "Бұған дейін Анадолу Металл компаниясы Түркияда жаңа кеңсе ашқан.")
    (v,) = [p for p in events(rec, "project") if p["kind"] == "plant"]
    assert v["owner"] is None


def test_a_named_company_owns_the_project_before_the_investors_that_describe_it(extract):
    rec = extract("Павлодар облысында алюминий зауыты салынады. Жобаны қытайлық Синьхуа Металл компаниясы "
                  "жүзеге асырады. Қытайлық инвестор жоба құнын 500 миллион долларға бағалады.")
    (v,) = events(rec, "project")
    assert name_of(rec, v["owner"]) == "Синьхуа Металл компаниясы"


def test_a_project_no_paragraph_gives_an_owner_is_the_articles_one_firm(extract):
    rec = extract("Кездесуде Тараз қаласында жүк терминалын салу жобасы талқыланды.\n\n"
                  "Кездесу соңында министрлік пен Gulf Cargo Group компаниясы арасында келісімге қол қойылды.")
    (v,) = events(rec, "project")
    assert (name_of(rec, v["owner"]), name_of(rec, v["location"])) == ("Gulf Cargo Group", "Тараз")


def test_two_project_nouns_without_a_shared_owner_are_two_projects(extract):
    rec = extract("Қостанай облысында «Тобыл Агро» ЖШС-ның жаңа диірмен цехы пайдалануға берілді.\n\n"
                  "Компания келесі жылы Рудный маңында құрама жем кешенінің құрылысын бастауды жоспарлап отыр.")
    got = sorted((v["stage"], name_of(rec, v["location"]), name_of(rec, v["owner"])) for v in events(rec, "project"))
    assert got == [("announced", "Рудный", "Тобыл Агро"), ("completed", "Қостанай облысы", "Тобыл Агро")]
