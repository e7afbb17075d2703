"""Names to the nominative, on sentences where the context decides the case."""
import pytest

from kelisim.doc import Doc
from kelisim.nlp.normalize import person_name, phrase_name
from kelisim.nlp.russian import RussianNLP

pytestmark = pytest.mark.slow


def spans(text):
    doc = Doc(text, lang="ru")
    RussianNLP().pipe([doc])
    for s in doc.spans:
        sent = doc.sent_at(s.start).tokens
        yield s, [t for t in sent if s.start <= t.start < s.end], sent


@pytest.mark.parametrize("text, expected", [
    ("Переговоры со спикером Палаты общин Великобритании Эндрю Кларком прошли в Лондоне.", "Эндрю Кларк"),
    ("Путин провел разговор с Шавкатом Мирзиеевым.", "Шавкат Мирзиеев"),
    ("Министр встретился с Касым-Жомартом Токаевым.", "Касым-Жомарт Токаев"),
    ("Состоялась встреча министра Бахтиёра Саидова с коллегами.", "Бахтиёр Саидов"),
    ("Министр поблагодарил Терезу Мэй за поддержку.", "Тереза Мэй"),
])
def test_normalize_person_names(text, expected):
    got = [person_name(toks, sent) for s, toks, sent in spans(text) if s.type == "PER"]
    assert expected in got


@pytest.mark.parametrize("text, expected", [
    ("Делегация Палаты общин прибыла в Астану.", "Палата общин"),
    ("Депутаты Всепартийной парламентской группы приняли участие.", "Всепартийная парламентская группа"),
    ("Сопредседатель Казахстанско-французской межправительственной комиссии по экономическому "
     "сотрудничеству Жан Мартен отметил рост инвестиций.",
     "Казахстанско-французская межправительственная комиссия"),
])
def test_normalize_organisation_names(text, expected):
    got = [phrase_name(toks, sent) for s, toks, sent in spans(text) if s.type == "ORG"]
    assert expected in got
