import pytest

from kk_record import events, name_of


def surnames(rec, ids):
    return sorted(name_of(rec, i).split()[-1] for i in ids)


@pytest.mark.parametrize("body, participants, location, mode, modality, cameo", [
    ("Анкарада Қасым-Жомарт Тоқаев Түркия Президенті Реджеп Тайып Ердоғанмен кездесті.",
     ["Ердоған", "Тоқаев"], "Анкара", "in_person", "asserted", "040"),
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев Ресей Президенті Владимир Путинмен телефон арқылы сөйлесті.",
     ["Путин", "Тоқаев"], None, "phone", "asserted", "041"),
    ("Президент Қасым-Жомарт Тоқаев Ақордада Өзбекстан Сыртқы істер министрі Бахтиёр Саидовты қабылдады.",
     ["Саидов", "Тоқаев"], "Ақорда", "in_person", "asserted", "043"),
    ("Лондонда Мұрат Нұртілеу мен Дэвид Кэмерон келіссөздер жүргізді.",
     ["Кэмерон", "Нұртілеу"], "Лондон", "in_person", "asserted", "046"),
    ("Брюссельде Ермек Көшербаев пен Антониу Кошта арасында кездесу өтті.",
     ["Кошта", "Көшербаев"], "Брюссель", "in_person", "asserted", "040"),
    # a phone call received or made; two named leaders discussing together
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев Армения Премьер-министрі Никол Пашинянның телефон қоңырауын қабылдады.",
     ["Пашинян", "Тоқаев"], None, "phone", "asserted", "041"),
    ("Қасым-Жомарт Тоқаев Грузия Премьер-министрі Ираклий Кобахидзеге телефон соқты.",
     ["Кобахидзе", "Тоқаев"], None, "phone", "asserted", "041"),
    ("Астанада Қасым-Жомарт Тоқаев пен Садыр Жапаров су мәселелерін талқылады.",
     ["Жапаров", "Тоқаев"], "Астана", "in_person", "asserted", "040"),
    # a guest "received by" the host ("X-тың қабылдауында болды")
    ("Сыртқы істер министрі Мұрат Нұртілеу Жапония Премьер-министрі Сигэру Исибаның қабылдауында болды.",
     ["Исиба", "Нұртілеу"], None, "in_person", "asserted", "043"),
    # planned: a visit to come, a meeting that is planned
    ("Келесі аптада Әзірбайжан Президенті Ильхам Әлиев Астанаға мемлекеттік сапармен келеді.",
     ["Әлиев"], "Астана", "in_person", "planned", "036"),
    ("Олаф Шольц пен Қасым-Жомарт Тоқаевтың кездесуі жоспарланып отыр.",
     ["Тоқаев", "Шольц"], None, "in_person", "planned", "036"),
    ("Қасым-Жомарт Тоқаев пен Владимир Путин жақын күндері кездеседі.",
     ["Путин", "Тоқаев"], None, "in_person", "planned", "036"),
    # denied
    ("Қасым-Жомарт Тоқаев пен Владимир Путин бұл жолы кездеспеді.",
     ["Путин", "Тоқаев"], None, "in_person", "negated", "036"),
])
def test_meetings(extract, body, participants, location, mode, modality, cameo):
    rec = extract(body)
    (v,) = events(rec, "meeting")
    assert surnames(rec, v["participants"]) == participants
    assert name_of(rec, v["location"]) == location
    assert (v["mode"], v["modality"], v["codes"]["cameo"]) == (mode, modality, cameo)
    assert rec["text"][v["evidence"][0]["start"]:v["evidence"][0]["end"]] == v["evidence"][0]["text"]


def test_a_visit_by_an_unnamed_official_is_the_states(extract):
    rec = extract("Келесі айда Түркия Сыртқы істер министрі Астанаға ресми сапармен келеді.")
    (v,) = events(rec, "meeting")
    assert [name_of(rec, p) for p in v["participants"]] == ["Түркия"]
    assert (name_of(rec, v["location"]), v["modality"]) == ("Астана", "planned")


@pytest.mark.parametrize("body", [
    "Кездесу барысында тараптар сауда мәселелерін талқылады.",      # refers back to a meeting
    "Мәжіліс заң жобасын қабылдады.",                               # receives a law, not a person
    "Қасым-Жомарт Тоқаев Түркия Президентіне жеделхат жолдады.",     # a telegram
    "Қасым-Жомарт Тоқаев Анкарада форумға қатысты.",                # one actor
    # a matter one person discusses, though another is named in it
    "Қасым-Жомарт Тоқаев Олжас Бектеновтің баяндамасын талқылады.",
    # a meeting noun in an oblique case refers to one told elsewhere
    "Бұл туралы Бішкекте Қасым-Жомарт Тоқаев пен Садыр Жапаров қатысқан саммитте белгілі болды.",
])
def test_no_meeting(extract, body):
    assert events(extract(body), "meeting") == []


def test_a_person_met_with_no_subject_named_meets_the_articles_hero(extract):
    rec = extract("Мұрат Нұртілеу Лондонға жұмыс сапарымен барды. Мұрат Нұртілеу парламентте сөз сөйледі.\n\n"
                  "Сапар барысында Дэвид Кэмеронмен кездесті.")
    (v,) = events(rec, "meeting")
    assert surnames(rec, v["participants"]) == ["Кэмерон", "Нұртілеу"]


def test_residents_met_by_a_named_subject_are_no_second_person(extract):
    rec = extract("Мұрат Нұртілеу Лондонға барды. Мұрат Нұртілеу парламентте сөз сөйледі.\n\n"
                  "Асқар Мамин Шымкент тұрғындарымен кездесті.")
    assert events(rec, "meeting") == []


def test_the_headline_and_the_lead_tell_one_meeting(extract):
    rec = extract("Анкарада Қазақстан Президенті Қасым-Жомарт Тоқаев Түркия Президенті Реджеп Тайып "
                  "Ердоғанмен кездесті.\n\nЕкі көшбасшы сауда мәселелерін талқылады.",
                  headline="Қасым-Жомарт Тоқаев Ердоғанмен кездесті")
    (v,) = events(rec, "meeting")
    assert v["evidence"][0]["text"].startswith("Анкарада")
    assert v["date"] == "2025-06-01"


@pytest.mark.parametrize("body, participants", [
    # the meeting noun names its partner in the instrumental: a meeting, though it is referred to
    ("Сергей Лавров Мұрат Нұртілеумен кездесуі барысында сапар туралы айтты.", ["Лавров", "Нұртілеу"]),
    ("Қасым-Жомарт Тоқаевтың Ильхам Әлиевпен кездесуінде көлік мәселелері талқыланды.", ["Тоқаев", "Әлиев"]),
    # the other side is the person the text was about: the speaker of the sentence before
    ("Ресей Сыртқы істер министрі Сергей Лавров сапар туралы мәлімдеді. Бұл туралы қазақстандық "
     "тараппен кездесу барысында айтылды.", ["Лавров", "Қазақстан"]),
])
def test_a_meeting_noun_with_its_partner_is_a_meeting(extract, body, participants):
    rec = extract(body)
    (v,) = events(rec, "meeting")
    assert sorted(name_of(rec, p).split()[-1] for p in v["participants"]) == sorted(participants)
    assert v["modality"] == "asserted"


def test_a_states_side_stands_for_the_state(extract):
    rec = extract("Келіссөздерде қытайлық тарап жаңа жобаларды ұсынды.")
    (side,) = [e for e in rec["entities"] if e["type"] == "GPE"]
    assert (side["name"], side["country"]) == ("Қытай", "CN")


def test_receiving_an_envoys_credentials_is_a_meeting(extract):
    rec = extract("Мемлекет басшысы Қасым-Жомарт Тоқаев Германияның елшісі Ганс Шмидттің сенім "
                  "грамоталарын қабылдады.")
    (v,) = events(rec, "meeting")
    assert surnames(rec, v["participants"]) == ["Тоқаев", "Шмидт"]
    assert v["codes"]["cameo"] == "043"


@pytest.mark.parametrize("body, participants", [
    ("Жапонияның жаңа елшісі Такеши Ямада Президент Қасым-Жомарт Тоқаевқа сенім грамотасын тапсырды.",
     ["Тоқаев", "Ямада"]),
    ("Ақордада Мемлекет басшысы Қасым-Жомарт Тоқаев Италия елшісі Марко Россиге сенім грамотасын тапсырды.",
     ["Росси", "Тоқаев"]),
    ("Нидерланд елшісі Хендрик Янсен Қасым-Жомарт Тоқаевқа сенім грамоталарын табыс етті.",
     ["Тоқаев", "Янсен"]),
])
def test_presenting_credentials_is_a_meeting(extract, body, participants):
    rec = extract(body)
    (v,) = events(rec, "meeting")
    assert surnames(rec, v["participants"]) == participants
    assert (v["modality"], v["codes"]["cameo"]) == ("asserted", "043")


def test_credentials_presented_to_the_unnamed_president_meet_the_articles_hero(extract):
    rec = extract("Қасым-Жомарт Тоқаев Ақордада шетелдік елшілерді қабылдады.\n\n"
                  "Сондай-ақ президент Чехия елшісі Ян Новакқа да сенім грамотасын тапсырды.")
    assert ["Новак", "Тоқаев"] in [surnames(rec, v["participants"]) for v in events(rec, "meeting")]


@pytest.mark.parametrize("body", [
    # a game between national teams is no meeting
    "Қазақстан құрамасы Солтүстік Македония құрамасымен кездесті.",
    "Футболдан Еуропа чемпионатының іріктеу кезеңінде Қазақстан мен Солтүстік Ирландия кездесті.",
])
def test_a_match_is_no_meeting(extract, body):
    assert events(extract(body), "meeting") == []


@pytest.mark.parametrize("body, counterparts", [
    ("Қасым-Жомарт Тоқаев Владимир Путинмен және Шавкат Мирзиёевпен телефон арқылы сөйлесті.",
     [["Путин", "Тоқаев"], ["Мирзиёев", "Тоқаев"]]),
    ("Мұрат Нұртілеу Лондонда Дэвид Кэмеронмен, Дэвид Лэммимен және Анджела Рейнермен кездесті.",
     [["Кэмерон", "Нұртілеу"], ["Лэмми", "Нұртілеу"], ["Нұртілеу", "Рейнер"]]),
])
def test_one_meeting_per_counterpart(extract, body, counterparts):
    rec = extract(body)
    assert sorted(surnames(rec, v["participants"]) for v in events(rec, "meeting")) == sorted(counterparts)


@pytest.mark.parametrize("body, body_name", [
    ("Премьер-министр Олжас Бектенов қытайлық Синосталь Трейдинг компаниясының басшылығымен кездесті.",
     "Синосталь Трейдинг компаниясы"),
    ("Вице-премьер Роман Скляр Alstom компаниясының өкілдерімен кездесіп, жобаларды талқылады.",
     "Alstom компаниясы"),
    ("Министр Алмасадам Сәтқалиев Азия даму банкінің делегациясымен келіссөздер жүргізді.",
     "Азия даму банкі"),
])
def test_a_body_met_through_its_leadership_is_a_participant(extract, body, body_name):
    rec = extract(body)
    (v,) = events(rec, "meeting")
    assert body_name in [name_of(rec, p) for p in v["participants"]]
    assert v["modality"] == "asserted"


def test_a_ministrys_head_met_stands_for_the_person_not_the_body(extract):
    rec = extract("Мұрат Нұртілеу Германия Сыртқы істер министрі Анналена Бербокпен кездесті.")
    (v,) = events(rec, "meeting")
    assert surnames(rec, v["participants"]) == ["Бербок", "Нұртілеу"]


@pytest.mark.parametrize("quote, participants, modality", [
    # a quoted leader tells the meeting in the first person; "X мырзамен" is with Mr X
    ("«Біз Эммануэль Макрон мырзамен Парижде келіссөздер жүргіздік», – деді Тоқаев.",
     ["Макрон", "Тоқаев"], "asserted"),
    ("«Мен Олаф Шольцпен телефон арқылы сөйлестім», – деді Тоқаев.", ["Тоқаев", "Шольц"], "asserted"),
    ("«Келесі айда Джорджа Мелони ханыммен кездесемін», – деді Тоқаев.", ["Мелони", "Тоқаев"], "planned"),
])
def test_a_meeting_told_in_the_first_person_is_the_speakers(extract, quote, participants, modality):
    rec = extract("Қасым-Жомарт Тоқаев Ақордада брифинг өткізді.\n\n" + quote)
    (v,) = events(rec, "meeting")
    assert surnames(rec, v["participants"]) == participants
    assert v["modality"] == modality


@pytest.mark.parametrize("body, participants", [
    # welcoming a guest is receiving one; welcoming an initiative is not
    ("Қасым-Жомарт Тоқаев әуежайда Ильхам Әлиевті қарсы алды.", ["Тоқаев", "Әлиев"]),
    # a foreign name in "и" declines as after a consonant ("Драгиді", accusative)
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев Италия Премьер-министрі Марио Драгиді қабылдады.", ["Тоқаев", "Драги"]),
])
def test_welcoming_a_guest_is_a_reception(extract, body, participants):
    rec = extract(body)
    (v,) = events(rec, "meeting")
    assert [name_of(rec, p).split()[-1] for p in v["participants"]] == participants


def test_welcoming_an_initiative_is_no_meeting(extract):
    assert events(extract("Олжас Бектенов бұл бастаманы қарсы алды."), "meeting") == []


def test_a_visit_told_with_the_visitor_alone_is_the_meeting_with_the_host(extract):
    rec = extract("Қасым-Жомарт Тоқаев Испанияға мемлекеттік сапармен барды. Сапар аясында ол "
                  "Педро Санчеспен кездесті.")
    (v,) = events(rec, "meeting")
    assert surnames(rec, v["participants"]) == ["Санчес", "Тоқаев"]
    assert name_of(rec, v["location"]) == "Испания"


def test_states_that_meet_are_the_leaders_the_article_names(extract):
    rec = extract("Ақордада Қазақстан мен Моңғолия президенттерінің кездесуі өтті.\n\n"
                  "Кездесуде Моңғолия Президенті Ухнаагийн Хурэлсух сөз сөйледі. Қазақстан Президенті "
                  "Қасым-Жомарт Тоқаев оған алғыс айтты.")
    (v,) = events(rec, "meeting")
    assert surnames(rec, v["participants"]) == ["Тоқаев", "Хурэлсух"]


def test_states_stay_when_a_state_has_no_one_named(extract):
    rec = extract("Ақордада Қазақстан мен Моңғолия президенттерінің кездесуі өтті.")
    (v,) = events(rec, "meeting")
    assert sorted(name_of(rec, p) for p in v["participants"]) == ["Моңғолия", "Қазақстан"]


def test_where_an_envoy_serves_is_not_where_the_meeting_was(extract):
    rec = extract("Қазақстанның Франциядағы Елшісі Гүлнар Сейтмағанбетова Парижде Франция Сыртқы істер "
                  "министрі Жан-Ноэль Барромен кездесті.")
    (v,) = events(rec, "meeting")
    assert name_of(rec, v["location"]) == "Париж"


@pytest.mark.parametrize("body, participants", [
    # a reception "made" for a guest in the dative
    ("Президент Қасым-Жомарт Тоқаев Ақордада Дүниежүзілік банктің вице-президенті Анна Бьорклундқа қабылдау жасады.",
     ["Бьорклунд", "Тоқаев"]),
    # a delegation received with the one who leads it
    ("Премьер-министр Серік Ахметов Siemens компаниясының вице-президенті Марко Розетти бастаған делегацияны қабылдады.",
     ["Ахметов", "Розетти"]),
])
def test_a_reception_of_a_guest_or_his_delegation_is_a_meeting(extract, body, participants):
    rec = extract(body)
    assert [surnames(rec, v["participants"]) for v in events(rec, "meeting")] == [participants]


def test_a_state_office_described_later_is_not_a_banks_president(extract):
    rec = extract("Президент Қасым-Жомарт Тоқаев Ақордада Азия даму банкінің президенті Лю Вэньге қабылдау жасады.\n\n"
                  "Мемлекет басшысы банктің жұмысын жоғары бағалады.\n\n"
                  "Сондай-ақ Мемлекет басшысы Ұлттық ғылым академиясының президенті Ерлан Сыдықовты қабылдады.")
    assert [surnames(rec, v["participants"]) for v in events(rec, "meeting")] == [["Вэнь", "Тоқаев"], ["Сыдықов", "Тоқаев"]]


def test_an_office_in_the_plural_that_meets_is_the_persons_named_with_it(extract):
    rec = extract("Құжатқа Энергетика министрі Серік Омаров пен Грузия Энергетика министрі Леван Гогуа қол қойды.\n\n"
                  "Рәсімнен кейін министрлер екіжақты кездесу өткізіп, электр энергиясын тасымалдауды талқылады.")
    assert [surnames(rec, v["participants"]) for v in events(rec, "meeting")] == [["Гогуа", "Омаров"]]


def test_an_office_in_the_plural_with_one_holder_named_is_no_meeting(extract):
    rec = extract("Энергетика министрі Серік Омаров Тбилисиге барды.\n\n"
                  "Министрлер кездесу өткізіп, электр энергиясын тасымалдауды талқылады.")
    assert events(rec, "meeting") == []


def test_the_persons_who_led_the_sides_are_the_sessions_participants(extract):
    rec = extract("Токиода Қазақстан – Жапония стратегиялық диалогының кезекті отырысы өтті. Қазақстан делегациясын "
                  "Сыртқы істер министрінің орынбасары Ержан Тілеуов, жапон тарапын Сыртқы істер министрінің "
                  "орынбасары Кэнта Мори басқарды.")
    assert [surnames(rec, v["participants"]) for v in events(rec, "meeting")] == [["Мори", "Тілеуов"]]
