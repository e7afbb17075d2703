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
    pytest.param("В Андижане состоялась церемония закладки первого камня текстильной фабрики компании «Текстиль Плюс».",
     ("Текстиль Плюс", IP, "Андижан"),
                 marks=pytest.mark.xfail(strict=True, reason="a place opening the sentence before 'состоялась церемония закладки' is not read as the project's place")),
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
]

EN = [
    ("Delta Cement will build a cement plant in the Navoi region.", ("Delta Cement", AN, "Navoi")),
    ("Korea's Donsan Energy plans to build a solar power station in Samarkand.", ("Donsan Energy", AN, "Samarkand")),
    ("The University of Leeds will open a campus in Tashkent.", ("University of Leeds", AN, "Tashkent")),
    ("A new hospital in Osh will be built by Medica Invest.", ("Medica Invest", AN, "Osh")),
    pytest.param("Turkey will invest $200 million in a new hospital in Bishkek.", ("Turkey", AN, "Bishkek"),
                 marks=pytest.mark.xfail(strict=True, reason="'invest $N in a hospital' with no word of building makes no English project")),
    ("Tengri Steel will open a steel plant near Pavlodar.", ("Tengri Steel", AN, "Pavlodar")),
    ("Ferro Mining broke ground on a copper smelter in Almalyk.", ("Ferro Mining", IP, "Almalyk")),
    pytest.param("Hualin Power announced plans for a 500 MW wind farm near Nukus.", ("Hualin Power", AN, "Nukus"),
                 marks=pytest.mark.xfail(strict=True, reason="'announced plans for a wind farm': a plan noun with 'for' is no stage word")),
    pytest.param("The investor, Eco Polymer, will put $120 million into a chemical plant in Karshi.", ("Eco Polymer", AN, "Karshi"),
                 marks=pytest.mark.xfail(strict=True, reason="'put $N into a plant' makes no project, and 'Polymer' is no trade word of a company name")),
    pytest.param("Almaz Energo signed an agreement to build a hydropower plant in the Naryn region.", ("Almaz Energo", AG, "Naryn"),
                 marks=pytest.mark.xfail(strict=True, reason="'Energo' is no trade word of an English company name, so the signer is no entity")),
    pytest.param("The two governments agreed that Silk Rail will build a railway from Termez to Mazar-i-Sharif.", ("Silk Rail", AG, None),
                 marks=pytest.mark.xfail(strict=True, reason="a two-word firm mid-sentence ending in 'Rail' (not 'Railways') is no entity")),
    ("Ferro Mining broke ground on a copper smelter in the Navoi region.", ("Ferro Mining", IP, "Navoi")),
    ("A logistics terminal being built by Grand Build near Almaty is under construction.", ("Grand Build", IP, "Almaty")),
    pytest.param("Construction of Caspian Terminal's oil terminal at the port of Kuryk is under way.", ("Caspian Terminal", IP, None),
                 marks=pytest.mark.xfail(strict=True, reason="'Caspian' is read as the sea, so 'Caspian Terminal' is no company")),
    pytest.param("Saule Power has started construction of a solar plant in the Turkestan region.", ("Saule Power", IP, "Turkestan"),
                 marks=pytest.mark.xfail(strict=True, reason="the English NER tags 'Saule Power' a person")),
    ("A glass factory built by Quartz Glass was commissioned in the Jizzakh region.", ("Quartz Glass", CO, "Jizzakh")),
    pytest.param("Aral Solar completed a solar power station in the Bukhara region.", ("Aral Solar", CO, "Bukhara"),
                 marks=pytest.mark.xfail(strict=True, reason="'Aral' is a common word to the vocabulary, so a sentence-opening 'Aral Solar' is not taken for a firm")),
    ("The University of Glasgow opened its campus in Samarkand.", ("University of Glasgow", CO, "Samarkand")),
    pytest.param("Zarafshan Chemical's plant project in Navoi was shelved.", ("Zarafshan Chemical", CA, "Navoi"),
                 marks=pytest.mark.xfail(strict=True, reason="'plant project ... was shelved': a project noun after the plant noun hides the stage verb")),
    pytest.param("West Pipe cancelled plans to build a pipe plant in Aktau.", ("West Pipe", CA, "Aktau"),
                 marks=pytest.mark.xfail(strict=True, reason="'Pipe' is no trade word of a company name, so 'West Pipe' is no entity")),
    ("Nurly Cement abandoned plans to build a cement plant near Shymkent.", ("Nurly Cement", CA, "Shymkent")),
    ("The new hospital in Osh was shelved.", ("", CA, "Osh")),
    ("The company scrapped plans to build a fertiliser plant in Navoi.", ("", CA, "Navoi")),
    ("The minister said cotton processing plants play a key role in the economy.", NONE),
    ("The hospital in Fergana, built in 1987, remains the largest in the region.", NONE),
    ("Orient Steel operates a steel plant in Bekabad that employs 3,000 people.", NONE),
]

KK = [
    ("«Бета Цемент» компаниясы Маңғыстау облысында цемент зауытын салады.", ("Бета Цемент", AN, "Маңғыстау облысы")),
    ("Түркістан облысында күн электр станциясын «Сәуле Пауэр» компаниясы салады.", ("Сәуле Пауэр", AN, "Түркістан облысы")),
    ("Лидс университеті Ақтөбеде кампус ашады.", ("Лидс университеті", AN, "Ақтөбе")),
    pytest.param("Түркия Шымкентте аурухана салуға 200 млн доллар инвестиция салады.", ("Түркия", AN, "Шымкент"),
                 marks=pytest.mark.xfail(strict=True, reason="a state investing ('инвестиция салады') is not taken for the Kazakh project's owner")),
    ("«Алмаз Энерго» компаниясы Жамбыл облысында су электр станциясын салу туралы келісімге қол қойды.",
     ("Алмаз Энерго", AG, "Жамбыл облысы")),
    ("Павлодар облысында «Ферро Майнинг» компаниясының зауытының құрылысы басталды.", ("Ферро Майнинг", IP, "Павлодар облысы")),
    ("«Гранд Билд» компаниясы Алматы маңында логистикалық орталық салып жатыр.", ("Гранд Билд", IP, "Алматы")),
    ("Қарағанды облысында «Кварц Гласс» компаниясының шыны зауыты пайдалануға берілді.", ("Кварц Гласс", CO, "Қарағанды облысы")),
    ("«Арал Солар» компаниясы Қызылорда облысында күн электр станциясының құрылысын аяқтады.", ("Арал Солар", CO, "Қызылорда облысы")),
    pytest.param("«Вест Пайп» компаниясы Ақтауда құбыр зауытын салудан бас тартты.", ("Вест Пайп", CA, "Ақтау"),
                 marks=pytest.mark.xfail(strict=True, reason="the verbal noun in the ablative ('салудан бас тартты') makes no Kazakh project")),
    pytest.param("«Сильк Рейл» компаниясы Достық – Мойынты теміржолын салады.", ("Сильк Рейл", AN, None),
                 marks=pytest.mark.xfail(strict=True, reason="a railway named by its two ends with a dash ('Достық – Мойынты теміржолын') is not found")),
    ("Министр мақта өңдейтін зауыттар экономикада маңызды рөл атқаратынын атап өтті.", NONE),
    ("2009 жылы салынған Таразда зауыт аймақтағы ең ірі кәсіпорын болып табылады.", NONE),
    ("Алматы облысында жаңа аурухана салынды.", ("", CO, "Алматы облысы")),
    ("1987 жылы салынған Семейдегі аурухана өңірдегі ең ірі аурухана болып қала береді.", NONE),
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
