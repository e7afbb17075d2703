"""Statements without a plain verb of speech: messages, impersonal texts, opinion nouns,
quoted fragments; and who "он" is after a quote."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _said(rec: dict) -> list[tuple[str, bool]]:
    return [(names(rec, [v["speaker"]])[0], v["direct"]) for v in events(rec, "statement")]


@pytest.mark.parametrize("text, speaker", [
    ("Президент Чехии Петр Новотны направил поздравительную телеграмму президенту Словакии Яну Ковачу.",
     "Петр Новотны"),
    ("Премьер-министр Эстонии Кая Тамм направила соболезнования народу Турции.", "Кая Тамм"),
    ("Президент Литвы Гитанас Науседас посетил Вильнюсский университет.\n\nВ обращении президента Литвы "
     "Гитанаса Науседаса отмечается, что образование остается приоритетом.", "Гитанас Науседас"),
    ("По оценке министра финансов Армении Вагана Керобяна, инфляция замедлится к концу года.",
     "Ваган Керобян"),
    ("Министр экономики Грузии Леван Давиташвили провел совещание. По его мнению, рост продолжится.",
     "Леван Давиташвили"),
    ("Президент Сербии Милан Петрович пригласил премьер-министра Греции на форум в Белград.",
     "Милан Петрович"),
])
def test_statements_messages_and_opinion_nouns_have_a_speaker(extract, text, speaker):
    assert (speaker, False) in _said(extract(text))


def test_statements_a_quoted_fragment_in_reported_speech_is_direct_too(extract):
    rec = extract("Министр иностранных дел Латвии Андрис Берзиньш заявил, что обстановка на границе "
                  "«остается под полным контролем».")
    said = _said(rec)
    assert ("Андрис Берзиньш", False) in said and ("Андрис Берзиньш", True) in said
    direct = next(v for v in events(rec, "statement") if v["direct"])
    assert direct["text"] == "остается под полным контролем"


def test_statements_a_capitalised_quoted_name_is_not_a_quote(extract):
    rec = extract("Министр энергетики Армении Ашот Манукян сообщил, что проект «Северный Коридор» одобрен.")
    assert [d for _, d in _said(rec)] == [False]


def test_statements_he_after_a_quote_is_not_someone_named_inside_it(extract):
    rec = extract("Министр иностранных дел Бельгии Марк Дюпон находится с визитом в Сербии.\n\n"
                  "«Мы готовим визит президента Сербии Александра Вучича в Брюссель», — сказал он.")
    assert ("Марк Дюпон", True) in _said(rec)
    assert all(s != "Александр Вучич" for s, _ in _said(rec))


@pytest.mark.parametrize("text, speaks", [
    ("МИД Латвии обратил внимание российской стороны на нарушения воздушного пространства.", True),
    ("МИД Латвии выразил протест в связи с инцидентом на границе.", True),
    ("Как сообщили в пресс-службе МИД Латвии, министр провел совещание.", False),
    ("МИД Латвии сообщил, что посольство работает в обычном режиме.", False),
])
def test_statements_a_ministry_taking_a_position_speaks_one_reporting_is_a_source(extract, text, speaks):
    said = [s for s, _ in _said(extract(text))]
    assert ("МИД Латвии" in said) is speaks, said


def test_statements_an_intro_ending_in_a_colon_carries_into_the_next_paragraph(extract):
    rec = extract("Министр иностранных дел Латвии Андрис Берзиньш подчеркнул:\n\n"
                  "Мы продолжим поддерживать партнеров и будем добиваться мира в регионе.")
    direct = [v for v in events(rec, "statement") if v["direct"]]
    assert [names(rec, [v["speaker"]])[0] for v in direct] == ["Андрис Берзиньш"]
    assert direct[0]["text"].startswith("Мы продолжим")


def test_statements_according_to_a_press_service_is_a_source_not_a_speaker(extract):
    rec = extract("По информации пресс-службы президента Латвии Эдгарса Ринкевичса, в Риге прошел "
                  "форум по кибербезопасности.")
    assert events(rec, "statement") == []
