"""Who is who in Russian news: names in the nominative, titles, states, groups, coreference."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def person(record: dict, surname: str) -> dict:
    found = [e for e in record["entities"] if e["type"] == "PER" and surname in e["name"]]
    assert found, f"no person {surname!r} in {[e['name'] for e in record['entities']]}"
    return found[0]


@pytest.mark.parametrize("sentence, name, title, country", [
    ("Также состоялась встреча со спикером Палаты общин Великобритании Линдси Хойлом.",
     "Линдси Хойл", "спикер Палаты общин", "GB"),
    ("Выступая на встрече, глава МИД РК Ермек Кошербаев подчеркнул важность диалога.",
     "Ермек Кошербаев", "министр иностранных дел", "KZ"),
    ("15 апреля состоялась встреча министра иностранных дел Республики Узбекистан Бахтиёра Саидова "
     "с коллегой.", "Бахтиёр Саидов", "министр иностранных дел", "UZ"),
    ("Президент Узбекистана Шавкат Мирзиёев провел разговор по телефону с Владимиром Путиным.",
     "Шавкат Мирзиёев", "президент", "UZ"),
    ("В свою очередь исполняющий обязанности министра бизнеса и торговли Великобритании,\n"
     "сопредседатель межправительственной комиссии Крис Брайант отметил успех британских инвесторов.",
     "Крис Брайант", "исполняющий обязанности министра бизнеса и торговли", "GB"),
    ("Эту информацию предоставил заместитель премьер-министра и министр иностранных дел Казахстана, "
     "Марат Нуртлеу.", "Марат Нуртлеу", "министр иностранных дел", "KZ"),
    ("Провели его первый заместитель председателя Правительства России Денис Мантуров и заместитель "
     "премьер-министра Узбекистана Жамшид Ходжаев.", "Денис Мантуров", "первый заместитель", "RU"),
    ("Провели его первый заместитель председателя Правительства России Денис Мантуров и заместитель "
     "премьер-министра Узбекистана Жамшид Ходжаев.", "Жамшид Ходжаев", "заместитель премьер-министра", "UZ"),
    ("Посол Японии в Казахстане Такаси Окамото вручил верительные грамоты.", "Такаси Окамото", "посол", "JP"),
    ("Аким Алматы Дархан Сатыбалды посетил новый завод.", "Дархан Сатыбалды", "аким", None),
])
def test_entities_person_with_title_and_state(extract, sentence, name, title, country):
    p = person(extract(sentence), name.split()[-1])
    assert p["name"] == name
    assert any(title in r["title"] for r in p["roles"]), p["roles"]
    if country:
        assert p["country"] == country


@pytest.mark.parametrize("sentence, expected", [
    ("Глава МИД встретился с Линдси Хойлом в Лондоне.", "Линдси Хойл"),
    ("Переговоры прошли с Шавкатом Мирзиёевым.", "Шавкат Мирзиёев"),
    ("Он поблагодарил Касым-Жомарта Токаева за приглашение.", "Касым-Жомарт Токаев"),
    ("Министр провел встречу с Абдуллатифом бин Рашидом Аль-Заяни.", "Абдуллатиф бин Рашид Аль-Заяни"),
    ("Делегацию возглавил Его Превосходительство Абдуллатиф бин Рашид Аль-Заяни.",
     "Абдуллатиф бин Рашид Аль-Заяни"),
])
def test_entities_person_names_in_the_nominative(extract, sentence, expected):
    assert expected in [e["name"] for e in extract(sentence)["entities"] if e["type"] == "PER"]


@pytest.mark.parametrize("sentence, name, etype, country", [
    ("Фото: пресс-служба МИД РК", "МИД РК", "ORG", "KZ"),
    ("Об этом сообщили в Министерстве иностранных дел Казахстана.", "Министерство иностранных дел Казахстана",
     "ORG", "KZ"),
    ("Центральная Азия сегодня – это регион растущих возможностей.", "Центральная Азия", "LOC", None),
    ("Встреча прошла в Лондоне.", "Лондон", "LOC", "GB"),
    ("Казахстан и Соединенное Королевство развивают связи.", "Великобритания", "GPE", "GB"),
    ("Страны ЕАЭС обсудили таможенные вопросы.", "ЕАЭС", "ORG", None),
    ("В мероприятии участвовали представители ШОС и СНГ.", "ШОС", "ORG", None),
    ("Филиал откроется на базе КазНУ им. аль-Фараби.", "КазНУ им. аль-Фараби", "ORG", None),
])
def test_entities_states_blocs_and_bodies(extract, sentence, name, etype, country):
    ents = {n: e for e in extract(sentence)["entities"] for n in [e["name"], *e["aliases"]]}
    assert name in ents, list(ents)
    assert ents[name]["type"] == etype
    assert ents[name]["country"] == country


def test_entities_merged_organisations_are_split(extract):
    rec = extract("Министр приветствовал создание в британском Парламенте Многопартийной парламентской "
                  "группы по сотрудничеству со странами Центральной Азии.")
    orgs = [e["name"] for e in rec["entities"] if e["type"] == "ORG"]
    assert "Парламент" in orgs
    assert "Многопартийная парламентская группа" in orgs


@pytest.mark.parametrize("sentence, group, country", [
    ("В свою очередь британские депутаты отметили высокий потенциал региона.", "британские депутаты", "GB"),
    ("Министр встретился с представителями британского бизнес-сообщества.",
     "представители британского бизнес-сообщества", "GB"),
    ("Участники встречи подчеркнули важность перехода к конкретным проектам.", "участники встречи", None),
    ("В ходе беседы стороны подтвердили обоюдную заинтересованность.", "стороны", None),
])
def test_entities_groups_are_actors(extract, sentence, group, country):
    groups = {e["name"]: e for e in extract(sentence)["entities"] if e.get("group")}
    assert group in groups, list(groups)
    assert groups[group]["type"] == "ORG"
    assert groups[group]["country"] == country


def test_coref_links_surname_pronoun_and_descriptions(extract):
    text = ("Выступая на встрече, глава МИД РК Ермек Кошербаев подчеркнул важность диалога.\n\n"
            "Отдельно казахстанский дипломат отметил роль парламентов. Он подчеркнул, что связи растут.\n\n"
            "Кошербаев также встретился с бизнесменами.\n\n"
            "В ходе беседы глава казахстанского внешнеполитического ведомства сообщил о реформах.")
    rec = extract(text)
    p = person(rec, "Кошербаев")
    texts = [m["text"] for m in p["mentions"]]
    assert "Кошербаев" in texts
    assert "Он" in texts
    assert "казахстанский дипломат" in texts
    assert "глава казахстанского внешнеполитического ведомства" in texts
    assert p["name_latin"] == "Yermek Kosherbayev"
    assert len([e for e in rec["entities"] if e["type"] == "PER"]) == 1


def test_entities_mentions_are_exact_offsets(extract):
    rec = extract("Президент России Владимир Путин поговорил по телефону с президентом Узбекистана "
                  "Шавкатом Мирзиеевым. В ходе разговора президент Узбекистана выразил возмущение.")
    for e in rec["entities"]:
        for m in e["mentions"]:
            assert rec["text"][m["start"]:m["end"]] == m["text"]
