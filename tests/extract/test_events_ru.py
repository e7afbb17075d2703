"""Events in Russian news, kind by kind: sentence tables and what must come out of them."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, participants, mode, location", [
    ("Президент Узбекистана Шавкат Мирзиёев провел разговор по телефону с Президентом Российской "
     "Федерации Владимиром Путиным.", {"Шавкат Мирзиёев", "Владимир Путин"}, "phone", None),
    ("В Астане состоялись переговоры министра иностранных дел Казахстана Ермека Кошербаева с министром "
     "иностранных дел Узбекистана Бахтиёром Саидовым.", {"Ермек Кошербаев", "Бахтиёр Саидов"}, "in_person",
     "Астана"),
    ("Глава МИД РК Ермек Кошербаев встретился в Брюсселе с представителями европейского бизнеса.",
     {"Ермек Кошербаев"}, "in_person", "Брюссель"),
    ("Президент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Турции Хакана Фидана.",
     {"Касым-Жомарт Токаев", "Хакан Фидан"}, "in_person", None),
    ("Премьер-министр Олжас Бектенов провел встречу с главой Всемирного банка Аджаем Бангой по "
     "видеосвязи.", {"Олжас Бектенов", "Аджай Банга"}, "video", None),
])
def test_meetings_participants_mode_and_place(extract, text, participants, mode, location):
    ms = events(extract(text), "meeting")
    assert len(ms) == 1, ms
    rec = extract(text)
    m = events(rec, "meeting")[0]
    assert participants <= set(names(rec, m["participants"]))
    assert m["mode"] == mode
    assert (names(rec, [m["location"]])[0] if m["location"] else None) == location
    assert m["codes"]["plover"] == "CONSULT"


def test_meetings_two_meetings_of_one_minister_stay_apart(extract):
    text = ("В Лондоне министр иностранных дел Казахстана Ермек Кошербаев встретился с депутатами "
            "парламента.\n\nТакже состоялась встреча со спикером Палаты общин Линдси Хойлом.")
    rec = extract(text)
    ms = events(rec, "meeting")
    assert len(ms) == 2
    assert {"Ермек Кошербаев", "Линдси Хойл"} <= set(names(rec, ms[1]["participants"]))


@pytest.mark.parametrize("text", [
    "В ходе беседы стороны обсудили вопросы торговли.",
    "Выступая на встрече, министр отметил важность диалога.",
    "Казахстан проиграл России в футбольном матче со счетом 0:4.",
])
def test_meetings_references_and_non_meetings_are_not_meetings(extract, text):
    assert events(extract(text), "meeting") == []


@pytest.mark.parametrize("text, modality, cameo", [
    ("Визит Президента Франции Эмманюэля Макрона в Казахстан состоится в ноябре, встреча с "
     "Касым-Жомартом Токаевым пройдет в Акорде.", "planned", "036"),
    ("Министр иностранных дел Казахстана Ермек Кошербаев встретился с послом Японии Такаси Окамото.",
     "asserted", "040"),
])
def test_meetings_modality(extract, text, modality, cameo):
    ms = events(extract(text), "meeting")
    assert ms and ms[0]["modality"] == modality
    assert ms[0]["codes"]["cameo"] == cameo


@pytest.mark.parametrize("text, speaker, quote_start", [
    ("– Центральная Азия сегодня – это регион растущих возможностей и растущей ответственности, – "
     "сказал Ермек Кошербаев.", "Ермек Кошербаев", "Центральная Азия сегодня"),
    ("\"Сегодня мы заключили соглашение о стратегическом партнерстве\", - заявил глава МИД Казахстана "
     "Марат Нуртлеу.", "Марат Нуртлеу", "Сегодня мы заключили"),
    ("Министр иностранных дел Узбекистана Бахтиёр Саидов заявил: «Мы открыты для сотрудничества со "
     "всеми партнерами в регионе».", "Бахтиёр Саидов", "Мы открыты для сотрудничества"),
])
def test_statements_direct_quotes(extract, text, speaker, quote_start):
    rec = extract(text)
    direct = [v for v in events(rec, "statement") if v["direct"]]
    assert len(direct) == 1, direct
    assert names(rec, [direct[0]["speaker"]]) == [speaker]
    assert direct[0]["text"].startswith(quote_start)


@pytest.mark.parametrize("text, speakers", [
    ("Глава МИД РК Ермек Кошербаев подчеркнул, что межпарламентский диалог занимает особое место.",
     ["Ермек Кошербаев"]),
    ("Спикер Палаты общин Линдси Хойл отметил важность связей. Он высоко оценил роль Казахстана.",
     ["Линдси Хойл"]),
    ("В свою очередь британские депутаты отметили высокий потенциал региона.", ["британские депутаты"]),
    ("Министр Крис Брайант отметил успех британских инвесторов. Выразил готовность к совместной работе.",
     ["Крис Брайант"]),
    ("Президент Узбекистана Шавкат Мирзиёев провел разговор с Владимиром Путиным. Кроме того, глава "
     "Узбекистана осудил попытку атаки.", ["Шавкат Мирзиёев"]),
    ("Об этом сообщили в пресс-службе Кремля.", []),
    ("Министерство иностранных дел Казахстана сообщило, что визит пройдет в мае.", []),
])
def test_statements_reported_speech_and_its_speaker(extract, text, speakers):
    rec = extract(text)
    got = [names(rec, [v["speaker"]])[0] for v in events(rec, "statement") if not v["direct"]]
    assert sorted(set(got)) == sorted(speakers)


def test_statements_codes_follow_the_verb(extract):
    rec = extract("Президент Узбекистана Шавкат Мирзиёев осудил попытку атаки на резиденцию.")
    st = events(rec, "statement")
    assert st[0]["codes"] == {"plover": "ACCUSE", "cameo": "111"}


def test_agreements_list_after_signed_gives_one_each(extract):
    rec = extract("По итогам мероприятия подписаны: Дорожная карта Казахстан – Великобритания по "
                  "стратегическому партнерству в области критических минералов до 2027 года; Меморандум о "
                  "намерении открытия кампуса в Алматы между Coventry University и Coventry University "
                  "Kazakhstan.")
    ags = events(rec, "agreement")
    assert [a["doc_type"] for a in ags] == ["roadmap", "memorandum"]
    assert set(names(rec, ags[0]["parties"])) == {"Казахстан", "Великобритания"}
    assert ags[0]["deadline"] == "2027"
    assert "critical_minerals" in ags[0]["sectors"]
    assert names(rec, ags[1]["parties"]) == ["Coventry University", "Coventry University Kazakhstan"]
    assert ags[0]["codes"] == {"plover": "AGREE", "cameo": "057"}


@pytest.mark.parametrize("text, doc_type, modality, deadline, value", [
    ("Казахстан и Великобритания заключили договор о стратегическом партнерстве.", "agreement",
     "asserted", None, None),
    ("Стороны планируют подписать соглашение о свободной торговле до конца 2026 года.", "agreement",
     "planned", "2026-12", None),
    ("Казахстан и Китай не подписали протокол о транзите газа.", "protocol", "negated", None, None),
    ("Министры подписали контракт на поставку оборудования на сумму 1,5 млрд долларов.", "contract",
     "asserted", None, {"amount": 1500000000, "currency": "USD"}),
    ("Стороны приняли план действий по развитию торговли на 2025–2027 годы.", "action_plan", "asserted",
     "2027", None),
])
def test_agreements_type_modality_deadline_and_value(extract, text, doc_type, modality, deadline, value):
    ags = events(extract(text), "agreement")
    assert len(ags) == 1, ags
    a = ags[0]
    assert (a["doc_type"], a["modality"], a["deadline"], a["value"]) == (doc_type, modality, deadline, value)


def test_agreements_signed_long_before_are_background(extract):
    text = "Соглашение о создании филиала было подписано в мае."
    assert events(extract(text, date="2024-11-27"), "agreement") == []


@pytest.mark.parametrize("text, kind, stage, owner, location", [
    ("Объявлено об открытии нового кампуса Heriot-Watt University в Актобе.", "campus", "announced",
     "Heriot-Watt University", "Актобе"),
    ("Президенты официально запустили работу филиала КазНУ им. аль-Фараби в Омске.", "campus", "completed",
     "КазНУ им. аль-Фараби", "Омск"),
    ("В Атырау началось строительство нового газохимического завода.", "plant", "in_progress", None, None),
    ("Подписан меморандум о намерении открытия лицензионного кампуса в Алматы между Coventry University "
     "и Coventry University Kazakhstan.", "campus", "agreed", "Coventry University", "Алматы"),
])
def test_projects_kind_stage_owner_and_place(extract, text, kind, stage, owner, location):
    rec = extract(text)
    ps = events(rec, "project")
    assert len(ps) == 1, ps
    p = ps[0]
    assert (p["kind"], p["stage"]) == (kind, stage)
    assert (names(rec, [p["owner"]])[0] if p["owner"] else None) == owner
    assert (names(rec, [p["location"]])[0] if p["location"] else None) == location


def test_projects_set_up_by_an_agreement_link_to_it(extract):
    rec = extract("Подписан меморандум о намерении открытия кампуса в Алматы между Coventry University и "
                  "Coventry University Kazakhstan.")
    ag = events(rec, "agreement")[0]
    assert events(rec, "project")[0]["agreement"] == ag["id"]


def test_events_evidence_is_exact_text(extract):
    rec = extract("В Астане состоялась встреча министров. – Мы готовы к работе, – сказал Ермек Кошербаев. "
                  "Подписан меморандум о сотрудничестве.")
    for v in rec["events"]:
        for ev in v["evidence"]:
            assert rec["text"][ev["start"]:ev["end"]] == ev["text"]


def test_meetings_implied_by_a_signing_between_two_states_with_their_officials(extract):
    text = ("Казахстан и Великобритания заключили договор о стратегическом партнерстве. Об этом сообщил "
            "министр иностранных дел Казахстана Мурат Нуртлеу.\n\nРанее в Астану прибыл министр иностранных "
            "дел Великобритании Дэвид Кэмерон.")
    rec = extract(text)
    ms = events(rec, "meeting")
    assert len(ms) == 1
    assert set(names(rec, ms[0]["participants"])) == {"Мурат Нуртлеу", "Дэвид Кэмерон"}
    assert ms[0]["inferred"] == "signing"


def test_meetings_not_implied_when_a_meeting_is_told(extract):
    text = ("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с послом Японии Такаси Окамото. "
            "Казахстан и Великобритания заключили договор о партнерстве, сообщил глава британского МИД "
            "Дэвид Кэмерон.")
    assert len(events(extract(text), "meeting")) == 1
