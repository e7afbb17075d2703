import re
from decimal import Decimal

import pytest

from kelisim.extract.numbers import parse_figure, words
from kelisim.extract.quantities import Found, find_dates, find_deadlines, find_money
from kelisim.lang import lexicon

LANGS = ["ru", "en", "kk"]


def pairs(found: list[Found]) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in found]


def money(amount, currency):
    return {"amount": amount, "currency": currency}


# ---------------------------------------------------------------- money

@pytest.mark.parametrize("lang, sentence, span, value", [
    ("ru", "Стороны подписали соглашения на 1,5 млрд долларов.", "1,5 млрд долларов", money(1_500_000_000, "USD")),
    ("ru", "Объем инвестиций составит свыше 10 млрд долларов.", "10 млрд долларов", money(10_000_000_000, "USD")),
    ("ru", "Портфель в $500 млн утвержден.", "$500 млн", money(500_000_000, "USD")),
    # a sentence-final abbreviation keeps its dot: Russian writes one dot for both
    ("ru", "Портфель проектов оценивается в $500 млн.", "$500 млн.", money(500_000_000, "USD")),
    ("ru", "Из бюджета выделят 100 млрд тенге на дороги.", "100 млрд тенге", money(100_000_000_000, "KZT")),
    ("ru", "Товарооборот превысил более миллиарда долларов.", "миллиарда долларов", money(1_000_000_000, "USD")),
    ("ru", "Британские компании вложили свыше миллиарда долларов.", "миллиарда долларов", money(1_000_000_000, "USD")),
    ("ru", "Дефицит бюджета достиг 3,5 трлн рублей.", "3,5 трлн рублей", money(3_500_000_000_000, "RUB")),
    ("ru", "Товарооборот вырос до 703 млн долларов США.", "703 млн долларов США", money(703_000_000, "USD")),
    ("ru", "Подписаны документы на сумму около 5 миллиардов долларов.", "5 миллиардов долларов",
     money(5_000_000_000, "USD")),
    ("ru", "Стипендия составит 2 тыс. евро в месяц.", "2 тыс. евро", money(2000, "EUR")),
    ("ru", "ЕБРР вложил в экономику Казахстана €2,5 млрд.", "€2,5 млрд.", money(2_500_000_000, "EUR")),
    ("ru", "Грант в размере 1 500 000 долларов получат вузы.", "1 500 000 долларов", money(1_500_000, "USD")),
    ("ru", "Грант в размере 1\u00a0500\u00a0000 долларов.", "1\u00a0500\u00a0000 долларов", money(1_500_000, "USD")),
    ("ru", "Фонд получит 250\u2009000 фунтов стерлингов.", "250\u2009000 фунтов стерлингов", money(250_000, "GBP")),
    ("ru", "Проект стоимостью 12,5 млн. долл. США.", "12,5 млн. долл. США", money(12_500_000, "USD")),
    ("ru", "Кредит на полтора миллиарда юаней.", "полтора миллиарда юаней", money(1_500_000_000, "CNY")),
    ("ru", "Инвестиции составят пять миллиардов долларов.", "пять миллиардов долларов", money(5_000_000_000, "USD")),
    ("ru", "Сделка на полмиллиарда долларов.", "полмиллиарда долларов", money(500_000_000, "USD")),
    ("ru", "Проекты на 5–10 млрд долларов.", "5–10 млрд долларов", money(10_000_000_000, "USD")),
    ("ru", "Экспорт на 300 млн азербайджанских манатов.", "300 млн азербайджанских манатов", money(300_000_000, "AZN")),
    ("ru", "Кредит на 2 млрд сумов.", "2 млрд сумов", money(2_000_000_000, "UZS")),
    ("ru", "Бюджет проекта 40 млн сомони.", "40 млн сомони", money(40_000_000, "TJS")),
    ("ru", "Цена 5000 ₸ за тонну.", "5000 ₸", money(5000, "KZT")),
    ("en", "The deals are worth $5 billion.", "$5 billion", money(5_000_000_000, "USD")),
    ("en", "Investment of US$5 billion is planned.", "US$5 billion", money(5_000_000_000, "USD")),
    ("en", "The fund holds USD 1.2 bn in assets.", "USD 1.2 bn", money(1_200_000_000, "USD")),
    ("en", "The UK pledged £200 million.", "£200 million", money(200_000_000, "GBP")),
    ("en", "Trade reached $1.2 billion last year.", "$1.2 billion", money(1_200_000_000, "USD")),
    ("en", "Turnover grew to $703 million.", "$703 million", money(703_000_000, "USD")),
    ("en", "Exports amounted to 478.7 million dollars.", "478.7 million dollars", money(478_700_000, "USD")),
    ("en", "The EBRD lent EUR 300m to the utility.", "EUR 300m", money(300_000_000, "EUR")),
    ("en", "Contracts for 5 billion US dollars were signed.", "5 billion US dollars", money(5_000_000_000, "USD")),
    ("en", "A loan of $1.5bn was agreed.", "$1.5bn", money(1_500_000_000, "USD")),
    ("en", "Grants of 1,500,000 dollars went to schools.", "1,500,000 dollars", money(1_500_000, "USD")),
    ("en", "Nearly a billion dollars has been invested.", "a billion dollars", money(1_000_000_000, "USD")),
    ("en", "In 2024 $5 billion was invested.", "$5 billion", money(5_000_000_000, "USD")),
    ("kk", "Тараптар 5 миллиард доллар көлемінде келісім жасады.", "5 миллиард доллар", money(5_000_000_000, "USD")),
    ("kk", "Бюджеттен 100 млрд теңге бөлінді.", "100 млрд теңге", money(100_000_000_000, "KZT")),
    ("kk", "Инвестиция 1,5 млрд АҚШ долларын құрады.", "1,5 млрд АҚШ долларын", money(1_500_000_000, "USD")),
    ("kk", "Жоба құны бес миллиард долларға жетеді.", "бес миллиард долларға", money(5_000_000_000, "USD")),
])
def test_quantities_money(lang, sentence, span, value):
    assert pairs(find_money(sentence, lang)) == [(span, value)]


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Завод создаст 400 рабочих мест."),
    ("ru", "Соглашение действует до 2027 года."),
    ("ru", "Доля экспорта выросла на 5%."),
    ("ru", "Матч завершился со счетом 4:0."),
    ("ru", "Курс манат укрепился на 2 манат."),  # "манат" alone: Azerbaijan's or Turkmenistan's
    ("ru", "Население превысило 20 млн человек."),
    ("en", "The plant will create 400 jobs by 2027."),
    ("en", "Growth reached 5% in 2024, and a euro-area loan is discussed."),
    ("en", "He paid a sum to settle; the yen rose."),
    ("kk", "Зауыт 400 жұмыс орнын ашады."),
])
def test_quantities_money_not_money(lang, sentence):
    assert find_money(sentence, lang) == []


@pytest.mark.parametrize("figure, decimal, value", [
    ("1,5", ",", "1.5"),
    ("1.5", ",", "1.5"),        # Russian news writes a decimal point too
    ("1,500", ".", "1500"),
    ("1,500", ",", "1.5"),
    ("1.500.000", ",", "1500000"),
    ("1,500,000.25", ".", "1500000.25"),
    ("1.500,5", ",", "1500.5"),
    ("1 500 000", ",", "1500000"),
    ("1\u202f500,75", ",", "1500.75"),
    ("478.7", ".", "478.7"),
])
def test_numbers_parse_figure(figure, decimal, value):
    assert parse_figure(figure, decimal) == Decimal(value)


def test_quantities_money_amount_is_int_when_whole():
    (found,) = find_money("$1.2 billion", "en")
    assert found.value["amount"] == 1_200_000_000 and isinstance(found.value["amount"], int)
    (found,) = find_money("2,75 доллара", "ru")
    assert found.value["amount"] == 2.75 and isinstance(found.value["amount"], float)


# ---------------------------------------------------------------- deadlines

@pytest.mark.parametrize("lang, sentence, ref, expected", [
    ("ru", "Программа рассчитана до 2027 года.", None, [("до 2027 года", "2027")]),
    ("ru", "К 2030 году товарооборот удвоится.", None, [("К 2030 году", "2030")]),
    ("ru", "Завод построят к концу 2026 года.", None, [("к концу 2026 года", "2026-12")]),
    ("ru", "Кампус откроют до конца года.", "2025-06-01", [("до конца года", "2025-12")]),
    ("ru", "Кампус откроют до конца года.", None, []),
    ("ru", "Работы завершат до конца текущего года.", "2025-06-01", [("до конца текущего года", "2025-12")]),
    ("ru", "Подписан план действий на 2014-2016 годы.", None, [("на 2014-2016 годы", "2016")]),
    ("ru", "Подписан план действий на 2014–2016 годы.", None, [("на 2014–2016 годы", "2016")]),
    ("ru", "Мероприятия пройдут в 2025–2027 годах.", None, [("в 2025–2027 годах", "2027")]),
    ("ru", "Соглашение действует до 1 января 2028 года.", None, [("до 1 января 2028 года", "2028-01-01")]),
    ("ru", "Проект реализуют в течение трех лет.", None, []),
    ("ru", "Проект реализуют в течение трех лет.", "2025-06-01", [("в течение трех лет", "2028")]),
    ("ru", "Проект реализуют в течение трех с половиной лет.", "2025-06-01",
     [("в течение трех с половиной лет", "2028")]),
    ("ru", "Кампус построят в течение года.", "2025-06-01", [("в течение года", "2026")]),
    ("ru", "За три с половиной года товарооборот вырос вдвое.", "2025-06-01", []),  # a duration, no deadline
    ("ru", "Объект сдадут в течение 2025 года.", None, [("в течение 2025 года", "2025")]),
    ("ru", "Дорогу откроют к марту 2027 года.", None, [("к марту 2027 года", "2027-03")]),
    ("ru", "Документы подготовят до 1 марта.", "2025-06-01", [("до 1 марта", "2026-03-01")]),
    ("ru", "Документы подготовят до 1 марта.", None, []),
    ("ru", "Завод создаст до 400 рабочих мест и до 2000 человек пройдут обучение.", None, []),
    ("ru", "В 2024 году товарооборот вырос.", None, []),
    ("ru", "Министры подписали план сотрудничества на 2026 год.", None, [("на 2026 год", "2026")]),
    ("ru", "Визит запланирован на 15 мая.", None, []),      # yearless, no article date: skipped
    ("en", "Trade will double by 2027.", None, [("by 2027", "2027")]),
    ("en", "The plant will open by the end of 2026.", None, [("by the end of 2026", "2026-12")]),
    ("en", "The roadmap for 2014-2016 was adopted.", None, [("for 2014-2016", "2016")]),
    ("en", "The memorandum is valid until 2030.", None, [("until 2030", "2030")]),
    ("en", "Funding runs through 2028.", None, [("through 2028", "2028")]),
    ("en", "Output will rise by end-2026.", None, [("by end-2026", "2026-12")]),
    ("en", "Work will finish by the end of the year.", "2025-06-01", [("by the end of the year", "2025-12")]),
    ("en", "The campus will open within three years.", "2025-06-01", [("within three years", "2028")]),
    ("en", "The treaty enters into force by 1 January 2028.", None, [("by 1 January 2028", "2028-01-01")]),
    ("en", "The treaty enters into force by January 1, 2028.", None, [("by January 1, 2028", "2028-01-01")]),
    ("en", "Exports grew by 5% in 2024.", None, []),
    ("kk", "Бағдарлама 2027 жылға дейін жүзеге асырылады.", None, [("2027 жылға дейін", "2027")]),
    ("kk", "Зауыт 2026 жылдың соңына дейін салынады.", None, [("2026 жылдың соңына дейін", "2026-12")]),
    ("kk", "Жұмыс жыл соңына дейін аяқталады.", "2025-06-01", [("жыл соңына дейін", "2025-12")]),
    ("kk", "Келісім 2028 жылғы 1 қаңтарға дейін күшінде.", None, [("2028 жылғы 1 қаңтарға дейін", "2028-01-01")]),
    ("kk", "Жоба үш жыл ішінде іске асады.", "2025-06-01", [("үш жыл ішінде", "2028")]),
    ("kk", "2014-2016 жылдарға арналған жоспар.", None, [("2014-2016 жылдарға", "2016")]),
])
def test_quantities_deadlines(lang, sentence, ref, expected):
    assert pairs(find_deadlines(sentence, lang, ref)) == expected


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("lang, sentence, ref, expected", [
    ("ru", "30 декабря состоялась встреча.", "2025-12-31", [("30 декабря", "2025-12-30")]),
    ("ru", "15 апреля министры провели переговоры.", "2025-04-15", [("15 апреля", "2025-04-15")]),
    # more than 30 days after the article date: last year's December
    ("ru", "20 декабря было подписано соглашение.", "2025-04-15", [("20 декабря", "2024-12-20")]),
    # within 30 days after it: this year (an announced date)
    ("ru", "Визит запланирован на 10 мая.", "2025-04-15", [("10 мая", "2025-05-10")]),
    ("ru", "Соглашение подписано 27 ноября 2024 года.", None, [("27 ноября 2024 года", "2024-11-27")]),
    ("ru", "Соглашение подписано 27 ноября.", None, []),
    ("ru", "Выборы прошли 24 марта в воскресенье.", "2019-03-24", [("24 марта", "2019-03-24")]),
    ("ru", "В воскресенье, 24 марта, прошли выборы.", "2019-03-24", [("24 марта", "2019-03-24")]),
    ("ru", "В понедельник министр встретился с послом.", "2019-03-27", [("В понедельник", "2019-03-25")]),
    ("ru", "В среду министр встретился с послом.", "2019-03-27", [("В среду", "2019-03-27")]),
    ("ru", "В прошлую среду министр встретился с послом.", "2019-03-27", [("В прошлую среду", "2019-03-20")]),
    ("ru", "В следующий вторник состоится визит.", "2019-03-27", [("В следующий вторник", "2019-04-02")]),
    ("ru", "Выбросы в окружающую среду сократятся.", "2019-03-27", []),
    ("ru", "В понедельник министр встретился с послом.", None, []),
    ("ru", "Сегодня министр прибыл в Лондон.", "2025-11-12", [("Сегодня", "2025-11-12")]),
    ("ru", "Вчера министр прибыл в Лондон.", "2025-11-12", [("Вчера", "2025-11-11")]),
    ("ru", "Вчера министр прибыл в Лондон.", None, []),
    ("ru", "Позавчера стороны обсудили, завтра продолжат.", "2025-11-12",
     [("Позавчера", "2025-11-10"), ("завтра", "2025-11-13")]),
    ("ru", "Визит состоялся в мае.", "2025-04-15", [("в мае", "2024-05")]),
    ("ru", "Визит состоялся в марте.", "2025-04-15", [("в марте", "2025-03")]),
    ("ru", "Визит состоялся в мае 2023 года.", None, [("в мае 2023 года", "2023-05")]),
    ("ru", "Форум прошел 27–28 ноября 2024 года в Астане.", None, [("27–28 ноября 2024 года", "2024-11-27")]),
    ("ru", "Приказ от 27.11.2024 вступил в силу.", None, [("27.11.2024", "2024-11-27")]),
    ("ru", "Май стал месяцем переговоров.", "2025-06-01", []),
    ("ru", "Президент подписал указ 1 мая 2024 г.", None, [("1 мая 2024 г.", "2024-05-01")]),
    ("en", "The ministers met on 16 May.", "2018-05-20", [("16 May", "2018-05-16")]),
    ("en", "The agreement was signed on May 16, 2018.", None, [("May 16, 2018", "2018-05-16")]),
    ("en", "The ministers met on Monday.", "2018-05-20", [("on Monday", "2018-05-14")]),
    ("en", "The minister arrived today.", "2018-05-20", [("today", "2018-05-20")]),
    ("en", "The minister arrived yesterday.", "2018-05-20", [("yesterday", "2018-05-19")]),
    ("en", "Talks resumed last Friday and continue next Friday.", "2018-05-20",
     [("last Friday", "2018-05-18"), ("next Friday", "2018-05-25")]),
    ("en", "The visit took place in March 2024.", None, [("in March 2024", "2024-03")]),
    ("en", "Theresa May said the UK may sign.", "2018-05-20", []),
    ("en", "On Wednesday, 16 May, the talks began.", "2018-05-20", [("16 May", "2018-05-16")]),
    # a weekday beside a date of another weekday (a dateline) is a day of its own
    ("en", "LONDON, Nov. 12 — On Monday the ministers met.", "2025-11-12",
     [("Nov. 12", "2025-11-12"), ("On Monday", "2025-11-10")]),
    ("kk", "30 қыркүйекте келіссөздер өтті.", "2025-10-02", [("30 қыркүйекте", "2025-09-30")]),
    ("kk", "Бүгін министр Лондонға келді.", "2025-10-02", [("Бүгін", "2025-10-02")]),
    ("kk", "Кеше министр Лондонға келді.", "2025-10-02", [("Кеше", "2025-10-01")]),
    ("kk", "2025 жылғы 30 қыркүйекте келісім жасалды.", None, [("2025 жылғы 30 қыркүйекте", "2025-09-30")]),
    ("kk", "Сапар мамырда өтті.", "2025-10-02", [("мамырда", "2025-05")]),
    ("kk", "Сапар қазан айында өтті.", "2025-10-02", [("қазан айында", "2025-10")]),
    ("kk", "Қазанда форум өтті.", "2025-10-02", []),  # Kazan the city, not October
    ("kk", "Министр дүйсенбіде келді.", "2025-10-02", [("дүйсенбіде", "2025-09-29")]),
    ("kk", "Дүйсенбіде министр келді.", "2025-10-02", [("Дүйсенбіде", "2025-09-29")]),
    ("kk", "Жұма күні министр келді.", "2025-10-02", [("Жұма күні", "2025-09-26")]),
    ("kk", "Жұма Сейітов келді.", "2025-10-02", []),  # a name, not Friday
    ("kk", "Келісім 2024 жылдың қарашасында жасалды.", None, [("2024 жылдың қарашасында", "2024-11")]),
])
def test_quantities_dates(lang, sentence, ref, expected):
    assert pairs(find_dates(sentence, lang, ref)) == expected


@pytest.mark.parametrize("lang, sentence, ref, expected", [
    ("ru", "В понедельник состоится визит.", "2019-03-27", [("В понедельник", "2019-04-01")]),
    ("ru", "В среду состоится визит.", "2019-03-27", [("В среду", "2019-03-27")]),
    ("ru", "Визит состоится в мае.", "2025-04-15", [("в мае", "2025-05")]),
    ("ru", "Форум пройдет 20 января.", "2025-11-15", [("20 января", "2026-01-20")]),
    ("en", "The ministers will meet on Monday.", "2018-05-20", [("on Monday", "2018-05-21")]),
])
def test_quantities_dates_future(lang, sentence, ref, expected):
    assert pairs(find_dates(sentence, lang, ref, future=True)) == expected


# ---------------------------------------------------------------- contract

PARAGRAPHS = {
    "ru": """date 2025-11-12 Казахстан и Великобритания подписали соглашения на 1,5 млрд долларов
В понедельник, 10 ноября, в Лондоне министр иностранных дел Казахстана провел переговоры.
Стороны подписали 12 документов на сумму свыше 1,5 млрд долларов США, а ЕБРР выделит €300 млн.
Дорожная карта на 2025–2027 годы предусматривает запуск кампуса к концу 2026 года; до конца года
откроют представительство, а в течение трех лет объем инвестиций превысит 100 млрд тенге.
Вчера (11.11.2025) делегации обсудили 400 рабочих мест, рост на 5% и 27 ноября 2024 года.
Товарооборот за 9 месяцев вырос на 12,5% и составил 1\u00a0200 млн долл.; визит — в мае.""",
    "en": """Kazakhstan and the UK sign deals worth $1.5 billion
LONDON, Nov. 12 — On Monday the ministers met; on 10 November they signed 12 documents worth
US$1.5 billion, and the EBRD pledged EUR 300m. The roadmap for 2025-2027 foresees a campus by
the end of 2026, and investment of 478.7 million dollars within three years. Yesterday the
delegations discussed 400 jobs, 5% growth and the May 16, 2018 declaration; trade will double by 2030.""",
    "kk": """Қазақстан мен Ұлыбритания 1,5 млрд АҚШ долларына келісім жасады
Дүйсенбіде Лондонда министрлер кездесті. 2025 жылғы 10 қарашада 12 құжатқа қол қойылды, олардың
құны 100 млрд теңге. Кампус 2026 жылдың соңына дейін салынады, бағдарлама 2027 жылға дейін
жүзеге асады. Бүгін делегациялар 400 жұмыс орнын, 5% өсімді талқылады; сапар мамырда өтеді.""",
}


@pytest.mark.parametrize("lang", LANGS)
def test_quantities_offsets_slice_the_text(lang):
    text = PARAGRAPHS[lang]
    found = (find_money(text, lang) + find_deadlines(text, lang, "2025-11-12")
             + find_dates(text, lang, "2025-11-12") + find_dates(text, lang, "2025-11-12", future=True))
    assert len(found) >= 8
    for f in found:
        assert text[f.start:f.end] == f.text
        assert f.text == f.text.strip()


@pytest.mark.parametrize("lang", LANGS)
def test_quantities_paragraph_values(lang):
    text = PARAGRAPHS[lang]
    amounts = {(f.value["amount"], f.value["currency"]) for f in find_money(text, lang)}
    assert (1_500_000_000, "USD") in amounts
    assert all(amount not in (400, 5, 12) for amount, _ in amounts)
    deadlines = {f.value for f in find_deadlines(text, lang, "2025-11-12")}
    assert "2026-12" in deadlines


def test_quantities_ru_paragraph_exact():
    text = PARAGRAPHS["ru"]
    assert [f.value for f in find_money(text, "ru")] == [
        money(1_500_000_000, "USD"), money(1_500_000_000, "USD"), money(300_000_000, "EUR"),
        money(100_000_000_000, "KZT"), money(1_200_000_000, "USD")]
    assert [f.value for f in find_deadlines(text, "ru", "2025-11-12")] == ["2027", "2026-12", "2025-12", "2028"]
    # the header's ISO date counts; "В понедельник, 10 ноября" is one day, reported once
    assert [f.value for f in find_dates(text, "ru", "2025-11-12")] == [
        "2025-11-12", "2025-11-10", "2025-11-11", "2025-11-11", "2024-11-27", "2025-05"]


def test_quantities_unknown_language_finds_nothing():
    assert find_money("$5 billion", "de") == []
    assert find_dates("heute", "de", "2025-01-01") == []
    assert find_deadlines("bis 2027", "de") == []


def test_quantities_bad_ref_says_what_is_expected():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        find_dates("вчера", "ru", "12.11.2025")


# ---------------------------------------------------------------- data

@pytest.mark.parametrize("lang", LANGS)
def test_quantities_data_is_complete(lang):
    rows = lexicon(lang, "quantities.tsv")
    kinds = {r[0] for r in rows}
    assert {"month", "currency", "scale", "number", "relative", "weekday"} <= kinds
    assert {int(r[2]) for r in rows if r[0] == "month"} == set(range(1, 13))
    assert {int(r[2]) for r in rows if r[0] == "weekday"} == set(range(7))
    assert all(re.fullmatch(r"[A-Z]{3}", r[2]) for r in rows if r[0] == "currency")
    assert words(lang).option["decimal"] in ",."


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The envoy was received by Jan Kubiš in Astana."),   # an abbreviated month alone
    ("ru", "Выбросы в окружающую среду сократились."),
])
def test_quantities_dates_not_dates(lang, sentence):
    assert find_dates(sentence, lang, "2025-06-01") == []
    assert find_deadlines(sentence, lang, "2025-06-01") == []
