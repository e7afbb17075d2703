"""How Kazakh agency news names its actors and documents, as the second held-out set showed:
an envoy known only by the state (met as the state), a premier named by his government, a deputy known by his
nationality, a friendship group named by two states, documents joined before one verb."""
import pytest

from kk_record import events, name_of


def persons(rec):
    return [e for e in rec["entities"] if e["type"] == "PER"]


@pytest.mark.parametrize("body, envoy", [
    # the office of that state, one actor in the nominative (office_holders.py), not the state itself
    ("Облыс әкімі Серік Мұқанов Польша елшісін қабылдады.", "Польша елшісі"),
    ("Министр Арман Дәулетов Италияның Қазақстандағы Төтенше және өкілетті елшісімен кездесті.", "Италия елшісі"),
])
def test_an_envoy_known_only_by_the_state_is_met_as_that_states_envoy(extract, body, envoy):
    rec = extract(body)
    (meeting,) = events(rec, "meeting")
    assert [name_of(rec, p) for p in meeting["participants"]][1:] == [envoy]
    assert len(persons(rec)) == 1


def test_an_envoy_named_is_met_in_person(extract):
    rec = extract("Министр Арман Дәулетов Польша елшісі Ежи Ковальскийді қабылдады.")
    (meeting,) = events(rec, "meeting")
    assert [name_of(rec, p) for p in meeting["participants"]] == ["Арман Дәулетов", "Ежи Ковальский"]


def test_a_state_office_qualifying_a_noun_is_no_actor(extract):
    rec = extract("Министр Арман Дәулетов Италия Президентінің жолдауы туралы айтты.")
    assert events(rec, "meeting") == [] and [e["name"] for e in persons(rec)] == ["Арман Дәулетов"]


def test_a_premier_named_by_his_government_speaks(extract):
    rec = extract("Премьер-министр Нұрлан Сейітов Чехия Премьер-министрі Ян Новакпен келіссөз жүргізді.\n\n"
                  "– Біз чех компанияларымен бірлесіп жұмыс істеуге дайынбыз, – деді Қазақстан Үкіметінің басшысы.")
    direct = [v for v in events(rec, "statement") if v["direct"]]
    assert [name_of(rec, v["speaker"]) for v in direct] == ["Нұрлан Сейітов"]


def test_a_deputy_known_by_nationality_is_the_one_person_of_that_state(extract):
    rec = extract("Мәжіліс депутаты Асқар Бекенов Түркия Ұлы ұлттық мәжілісінің Түркия – Қазақстан достық "
                  "тобының жетекшісі Орхан Демирмен кездесті.\n\n"
                  "«Біздің халықтарымызды ортақ тарих байланыстырады», – деді түрік депутаты.")
    demir = next(e for e in persons(rec) if e["name"] == "Орхан Демир")
    assert demir["country"] == "TR"
    direct = [v for v in events(rec, "statement") if v["direct"]]
    assert [name_of(rec, v["speaker"]) for v in direct] == ["Орхан Демир"]


@pytest.mark.parametrize("body, doc_types", [
    ("Отырыс қорытындысы бойынша комиссия хаттамасына және көлік саласындағы ынтымақтастық туралы "
     "келісімге қол қойылды.", ["protocol", "agreement"]),
    ("Тараптар ынтымақтастық туралы меморандум мен жол картасына қол қойды.", ["memorandum", "roadmap"]),
])
def test_documents_joined_before_one_verb_are_each_an_agreement(extract, body, doc_types):
    rec = extract("Қанат Ерланов пен Бахтияр Каримов Ташкентте келіссөз жүргізді.\n\n" + body)
    assert sorted(v["doc_type"] for v in events(rec, "agreement")) == sorted(doc_types)


def test_a_part_of_a_three_word_name_is_that_person(extract):
    rec = extract("Министр Арман Дәулетов Вьетнам Сауда министрінің орынбасары Нгуен Тхи Лан бастаған делегацияны қабылдады.\n\n"
                  "«Біз транзиттік дәліздерге үлкен қызығушылық танытамыз», – деді Нгуен Тхи Лан.")
    assert sorted(e["name"] for e in persons(rec)) == ["Арман Дәулетов", "Нгуен Тхи Лан"]


def test_reminding_is_speech_but_the_writers_reminder_is_not(extract):
    rec = extract("Вице-министр Дархан Омаров жоба 2027 жылы аяқталатынын еске салды. "
                  "Еске салайық, жоба былтыр басталған.")
    assert [name_of(rec, v["speaker"]) for v in events(rec, "statement")] == ["Дархан Омаров"]


def test_the_akim_as_a_subject_is_no_place(extract):
    rec = extract("Облыс әкімі Серік Мұқанов жаңа мектепті аралады. Әкім облыста үш мектеп салынатынын айтты.")
    assert not any(e["name"].startswith("Әкім") for e in rec["entities"] if e["type"] in ("GPE", "LOC"))
    assert [name_of(rec, v["speaker"]) for v in events(rec, "statement")] == ["Серік Мұқанов"]


def test_one_builders_plants_in_two_places_are_two_projects(extract):
    rec = extract("Жамбыл облысында «Шу Құрылыс» компаниясының цемент зауыты пайдалануға берілді. "
                  "Кәсіпорынның ашылу рәсіміне облыс әкімі қатысты.\n\n"
                  "Қазір Тараз қаласында «Шу Құрылыс» компаниясының екінші зауыты салынып жатыр.")
    found = sorted((name_of(rec, v["location"]), v["stage"]) for v in events(rec, "project"))
    assert found == [("Жамбыл облысы", "completed"), ("Тараз", "in_progress")]
