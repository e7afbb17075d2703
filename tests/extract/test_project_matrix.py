"""Construction matrix of projects: how ru, en and kk news report that something is to be built,
is being built, was opened or was dropped.

Each case is an invented sentence; the expectation is what the gold would hold (the scorer
matches a project by its owner and reads its stage and location): (owner, stage, location) or
NONE (no project: a plant discussed in general terms, a building finished years ago, a
company's existing factory). Stages: announced, agreed, in_progress, completed, cancelled.

Pass rates on main before this branch (e8ec986), of 69 cases: ru 25/28, en 9/26, kk 10/15.
After it (branch projmatrix): ru 27/28, en 16/26, kk 12/15; the other 14 are xfail(strict) with
their reason. Fixed: a two-word firm opening an English sentence ("Nurly Cement will build"), an
English "scrapped plans to build" (cancelled) and "was shelved", Russian "силами компании X", and a
Kazakh building dated a decade before the article ("1987 жылы салынған") as no project.
Branch enproj: ru 28/28, en 24/26 and kk 15/15 of the cases above, and new cases of the same
constructions in other words (ru 4, en 23, kk 5). Fixed: money to be invested or lent ("will
invest $N in a hospital", "will put $N into a plant", a state the owner; "a $N loan for a
highway"; "инвестиция салады"), "announced plans for a wind farm", "the plant project ... was
shelved" with the company's possessive as owner, trade words Energo, Rail, Pipe, Polymer, a
sentence-opening firm whose first word only names a place in a lexicon ("Aral Solar"), a state
name that is also a word before an auxiliary ("Turkey will"), "construction ... is underway", the
Kazakh verbal noun in the ablative ("салудан бас тартты") and the one-word "теміржол", and the
Russian place of the verb a ceremony of the act is the subject of ("В X состоялась церемония
закладки"). Left: "Caspian Terminal" (the sea's name) and "Saule Power" (a given name first).
"""
from __future__ import annotations

import pytest

from tests.extract.project_matrix_support import NONE, check, record

pytestmark = pytest.mark.slow

AN, AG, IP, CO, CA = "announced", "agreed", "in_progress", "completed", "cancelled"

RU = [
    # owners as the subject, "силами X", "инвестор — X", a state investing
    ("Компания «Бета Цемент» построит цементный завод в Навоийской области.", ("Бета Цемент", AN, "Навоийская область")),
    ("Корейская компания «Донсан Энерджи» планирует построить солнечную электростанцию в Самаркандской области.",
     ("Донсан Энерджи", AN, "Самаркандская область")),
    ("Строительство логистического центра в Термезе будет вестись силами компании «Транс Линк Групп».",
     ("Транс Линк Групп", AN, "Термез")),
    ("Инвестором проекта строительства больницы в Шымкенте выступит компания «Медика Инвест».",
     ("Медика Инвест", AN, "Шымкент")),
    ("Инвестор — компания «Эко Полимер» — вложит 120 млн долларов в строительство химического завода в Карши.",
     ("Эко Полимер", AN, "Карши")),
    ("Китайская корпорация «Хуалин Пауэр» возведёт ветровую электростанцию мощностью 500 МВт в Каракалпакстане.",
     ("Хуалин Пауэр", AN, "Каракалпакстан")),
    ("Турция инвестирует 200 млн долларов в строительство больницы в Бишкеке.", ("Турция", AN, "Бишкек")),
    ("Университет Лидса откроет кампус в Ташкенте.", ("Университет Лидса", AN, "Ташкент")),
    # agreed
    ("Стороны договорились о строительстве железной дороги Термез — Мазари-Шариф, которую построит компания «Сильк Рейл».",
     ("Сильк Рейл", AG, None)),
    ("Компания «Алмаз Энерго» подписала соглашение о строительстве гидроэлектростанции в Нарынской области.",
     ("Алмаз Энерго", AG, "Нарынская область")),
    ("Правительство Кыргызстана и компания «Норд Гидро» подписали инвестиционное соглашение о строительстве ГЭС на реке Нарын.",
     ("Норд Гидро", AG, None)),
    # started, in progress
    ("В Навоийской области начато строительство горно-металлургического завода компании «Ферро Майнинг».",
     ("Ферро Майнинг", IP, "Навоийская область")),
    ("Компания «Гранд Билд» приступила к строительству логистического центра под Алматы.",
     ("Гранд Билд", IP, "Алматы")),
    ("На строительстве электростанции компании «Сауле Пауэр» в Туркестанской области ведутся работы по монтажу оборудования.",
     ("Сауле Пауэр", IP, "Туркестанская область")),
    ("Компания «Каспий Терминал» ведёт строительство нефтяного терминала в порту Курык.",
     ("Каспий Терминал", IP, None)),
    ("В Андижане состоялась церемония закладки первого камня текстильной фабрики компании «Текстиль Плюс».",
     ("Текстиль Плюс", IP, "Андижан")),
    # completed
    ("В Джизакской области введён в эксплуатацию стекольный завод компании «Кварц Гласс».",
     ("Кварц Гласс", CO, "Джизакская область")),
    ("Компания «Арал Солар» завершила строительство солнечной электростанции в Бухарской области.",
     ("Арал Солар", CO, "Бухарская область")),
    ("В Намангане открылась новая больница, построенная компанией «Мед Строй Сервис».",
     ("Мед Строй Сервис", CO, "Наманган")),
    ("Университет Глазго открыл свой кампус в Самарканде.", ("Университет Глазго", CO, "Самарканд")),
    # cancelled
    ("Строительство химического завода компании «Зарафшан Кемикал» в Навои приостановлено.",
     ("Зарафшан Кемикал", CA, "Навои")),
    ("Компания «Вест Пайп» отказалась от строительства трубного завода в Актау.", ("Вест Пайп", CA, "Актау")),
    # "силами X": who does the work
    ("Строительство аэропорта в Нукусе ведётся силами корпорации «Авиа Строй Групп».", ("Авиа Строй Групп", IP, "Нукус")),
    ("Новую больницу в Шымкенте построят силами компании «Сарыарка Курылыс».", ("Сарыарка Курылыс", AN, "Шымкент")),
    # not projects
    ("Министр отметил, что заводы по переработке хлопка играют важную роль в экономике страны.", NONE),
    ("Больница в Фергане, построенная ещё в 1987 году, остаётся крупнейшей в регионе.", NONE),
    ("Компания «Ориент Стил» владеет металлургическим заводом в Бекабаде, где работают 3 тысячи человек.", NONE),
    ("Эксперты обсудили перспективы развития железнодорожного транспорта в Центральной Азии.", NONE),
    # the same constructions in other words (branch enproj)
    ("В Фергане состоялась торжественная церемония закладки фундамента цементного завода компании «Олмалик Цемент».",
     ("Олмалик Цемент", IP, "Фергана")),
    ("В Джизаке прошла церемония закладки капсулы в основание нового завода компании «Сино Текс».",
     ("Сино Текс", IP, "Джизак")),
    ("Турция вложит 150 млн долларов в строительство аэропорта в Намангане.", ("Турция", AN, "Наманган")),
    ("Компания «Орда Строй» отказалась от планов строительства цементного завода в Кентау.", ("Орда Строй", CA, "Кентау")),
]

EN = [
    ("Delta Cement will build a cement plant in the Navoi region.", ("Delta Cement", AN, "Navoi")),
    ("Korea's Donsan Energy plans to build a solar power station in Samarkand.", ("Donsan Energy", AN, "Samarkand")),
    ("The University of Leeds will open a campus in Tashkent.", ("University of Leeds", AN, "Tashkent")),
    ("A new hospital in Osh will be built by Medica Invest.", ("Medica Invest", AN, "Osh")),
    ("Turkey will invest $200 million in a new hospital in Bishkek.", ("Turkey", AN, "Bishkek")),
    ("Tengri Steel will open a steel plant near Pavlodar.", ("Tengri Steel", AN, "Pavlodar")),
    ("Ferro Mining broke ground on a copper smelter in Almalyk.", ("Ferro Mining", IP, "Almalyk")),
    ("Hualin Power announced plans for a 500 MW wind farm near Nukus.", ("Hualin Power", AN, "Nukus")),
    ("The investor, Eco Polymer, will put $120 million into a chemical plant in Karshi.", ("Eco Polymer", AN, "Karshi")),
    ("Almaz Energo signed an agreement to build a hydropower plant in the Naryn region.", ("Almaz Energo", AG, "Naryn")),
    ("The two governments agreed that Silk Rail will build a railway from Termez to Mazar-i-Sharif.", ("Silk Rail", AG, None)),
    ("Ferro Mining broke ground on a copper smelter in the Navoi region.", ("Ferro Mining", IP, "Navoi")),
    ("A logistics terminal being built by Grand Build near Almaty is under construction.", ("Grand Build", IP, "Almaty")),
    pytest.param("Construction of Caspian Terminal's oil terminal at the port of Kuryk is under way.", ("Caspian Terminal", IP, None),
                 marks=pytest.mark.xfail(strict=True, reason="'Caspian' is read as the sea, so 'Caspian Terminal' is no company")),
    pytest.param("Saule Power has started construction of a solar plant in the Turkestan region.", ("Saule Power", IP, "Turkestan"),
                 marks=pytest.mark.xfail(strict=True, reason="the English NER tags 'Saule Power' a person")),
    ("A glass factory built by Quartz Glass was commissioned in the Jizzakh region.", ("Quartz Glass", CO, "Jizzakh")),
    ("Aral Solar completed a solar power station in the Bukhara region.", ("Aral Solar", CO, "Bukhara")),
    ("The University of Glasgow opened its campus in Samarkand.", ("University of Glasgow", CO, "Samarkand")),
    ("Zarafshan Chemical's plant project in Navoi was shelved.", ("Zarafshan Chemical", CA, "Navoi")),
    ("West Pipe cancelled plans to build a pipe plant in Aktau.", ("West Pipe", CA, "Aktau")),
    ("Nurly Cement abandoned plans to build a cement plant near Shymkent.", ("Nurly Cement", CA, "Shymkent")),
    ("The new hospital in Osh was shelved.", ("", CA, "Osh")),
    ("The company scrapped plans to build a fertiliser plant in Navoi.", ("", CA, "Navoi")),
    ("The minister said cotton processing plants play a key role in the economy.", NONE),
    ("The hospital in Fergana, built in 1987, remains the largest in the region.", NONE),
    ("Orient Steel operates a steel plant in Bekabad that employs 3,000 people.", NONE),
    # the same constructions in other words (branch enproj)
    ("A new school in Khujand is to be built by Pamir Build.", ("Pamir Build", AN, "Khujand")),
    ("A $300 million loan from the Asian Development Bank will finance a new highway in Kyrgyzstan.",
     ("", AN, "Kyrgyzstan")),
    ("Qatar will invest $500 million in a new hospital in Tashkent.", ("Qatar", AN, "Tashkent")),
    ("Japan is to put $80 million into a new airport near Samarkand.", ("Japan", AN, "Samarkand")),
    ("Turkey will invest in a new hospital in Bishkek.", ("Turkey", AN, "Bishkek")),
    ("The cement plant, which Nurly Cement will build near Shymkent, will employ 800 people.",
     ("Nurly Cement", AN, "Shymkent")),
    ("Orda Mining announced plans for a copper smelter in the Karaganda region.", ("Orda Mining", AN, "Karaganda")),
    ("The company unveiled plans for a new cement plant in Shymkent.", ("", AN, "Shymkent")),
    ("Nurly Cement scrapped plans for a cement plant near Shymkent.", ("Nurly Cement", CA, "Shymkent")),
    ("Baikal Energo will build a thermal power plant in Ekibastuz.", ("Baikal Energo", AN, "Ekibastuz")),
    ("Aral Cement opened a new plant in Kyzylorda.", ("Aral Cement", CO, "Kyzylorda")),
    ("Construction of a cement plant in Kentau began in March.", ("", IP, "Kentau")),
    ("Construction of the hydropower plant in Naryn is underway.", ("", IP, "Naryn")),
    ("Construction of a new terminal at Aktau airport was completed.", ("", CO, "Aktau")),
    ("A solar power plant in the Navoi region was commissioned.", ("", CO, "Navoi")),
    ("Steppe Cement's plant project in Karaganda was suspended.", ("Steppe Cement", CA, "Karaganda")),
    ("The Asian Development Bank will provide a $200 million loan for a new highway in Kyrgyzstan.",
     ("", AN, "Kyrgyzstan")),
    ("A bridge across the Amu Darya is to be built by Silk Road Construction.", ("Silk Road Construction", AN, None)),
    ("Construction of the new hospital in Osh is complete.", ("", CO, "Osh")),
    ("Work on the cement plant in Kentau is underway.", ("", IP, "Kentau")),
    ("Orient Steel invested $50 million in its plant in Bekabad last year.", NONE),
    ("Kazakhstan's largest cement plant employs 2,000 people.", NONE),
    ("Uzbekistan will invest in schools and hospitals across the country.", NONE),
]

KK = [
    ("«Бета Цемент» компаниясы Маңғыстау облысында цемент зауытын салады.", ("Бета Цемент", AN, "Маңғыстау облысы")),
    ("Түркістан облысында күн электр станциясын «Сәуле Пауэр» компаниясы салады.", ("Сәуле Пауэр", AN, "Түркістан облысы")),
    ("Лидс университеті Ақтөбеде кампус ашады.", ("Лидс университеті", AN, "Ақтөбе")),
    ("Түркия Шымкентте аурухана салуға 200 млн доллар инвестиция салады.", ("Түркия", AN, "Шымкент")),
    ("«Алмаз Энерго» компаниясы Жамбыл облысында су электр станциясын салу туралы келісімге қол қойды.",
     ("Алмаз Энерго", AG, "Жамбыл облысы")),
    ("Павлодар облысында «Ферро Майнинг» компаниясының зауытының құрылысы басталды.", ("Ферро Майнинг", IP, "Павлодар облысы")),
    ("«Гранд Билд» компаниясы Алматы маңында логистикалық орталық салып жатыр.", ("Гранд Билд", IP, "Алматы")),
    ("Қарағанды облысында «Кварц Гласс» компаниясының шыны зауыты пайдалануға берілді.", ("Кварц Гласс", CO, "Қарағанды облысы")),
    ("«Арал Солар» компаниясы Қызылорда облысында күн электр станциясының құрылысын аяқтады.", ("Арал Солар", CO, "Қызылорда облысы")),
    ("«Вест Пайп» компаниясы Ақтауда құбыр зауытын салудан бас тартты.", ("Вест Пайп", CA, "Ақтау")),
    ("«Сильк Рейл» компаниясы Достық – Мойынты теміржолын салады.", ("Сильк Рейл", AN, None)),
    ("Министр мақта өңдейтін зауыттар экономикада маңызды рөл атқаратынын атап өтті.", NONE),
    ("2009 жылы салынған Таразда зауыт аймақтағы ең ірі кәсіпорын болып табылады.", NONE),
    ("Алматы облысында жаңа аурухана салынды.", ("", CO, "Алматы облысы")),
    ("1987 жылы салынған Семейдегі аурухана өңірдегі ең ірі аурухана болып қала береді.", NONE),
    # the same constructions in other words (branch enproj)
    ("Жапония Түркістанда мектеп салуға 50 млн доллар инвестиция салады.", ("Жапония", AN, "Түркістан")),
    ("«Бета Цемент» компаниясы Жамбыл облысында цемент зауытын салудан бас тартты.", ("Бета Цемент", CA, "Жамбыл облысы")),
    ("«Орда Құрылыс» компаниясы Маңғыстау облысында мектеп салудан бас тартты.", ("Орда Құрылыс", CA, "Маңғыстау облысы")),
    ("«Темір Транс» компаниясы Ақтауда жаңа теміржол салады.", ("Темір Транс", AN, "Ақтау")),
    ("Қазақстан теміржол саласын дамытуда.", NONE),
]


@pytest.mark.parametrize("body, expected", RU)
def test_project_matrix_ru(extractor, body, expected):
    check(record(extractor, "ru", body), expected)


@pytest.mark.parametrize("body, expected", EN)
def test_project_matrix_en(extractor, body, expected):
    check(record(extractor, "en", body), expected)


@pytest.mark.parametrize("body, expected", KK)
def test_project_matrix_kk(extractor, body, expected):
    check(record(extractor, "kk", body), expected)
