"""Kazakh constructions an earlier helper noticed and left alone: a bare office as a speaker's
label ("Министр: «...»") is the last person named who holds it; a foreign firm's executive is of
the firm's state, not of Kazakhstan by default; a meeting told in the pluperfect ("бұрын кездескен
болатын") or as a past participle with an earlier time is recalled, not reported."""
from __future__ import annotations

import pytest

from tests.kk.kk_record import events, name_of

pytestmark = pytest.mark.slow


def _speakers(rec: dict) -> list[str]:
    return [name_of(rec, v["speaker"]) for v in events(rec, "statement")]


@pytest.mark.parametrize("body, speaker", [
    # the label with a verb of speech after the quote: still the label's holder
    ("Астанада Қазақстан Көлік министрі Нұрлан Сауранбаев Египет Көлік министрі Ахмед Фахмимен кездесті. "
     "Министр: «Біз жүк тасымалын екі есеге арттыруға дайынбыз», – деді.", "Ахмед Фахми"),
    ("Жамбыл облысының әкімі Ербол Қарашөкеев фермерлермен кездесті. Кездесуге кәсіпкер Мұрат Асанов қатысты. "
     "Әкім: «Суармалы жер көлемі биыл артады», – деді.", "Ербол Қарашөкеев"),
    # an office the descriptions did not know
    ("Мәжіліс депутаты Гүлнар Сәтбаева сайлаушылармен кездесті.\n\nДепутат: «Заң жобасы күзде қаралады».",
     "Гүлнар Сәтбаева"),
    ("Шанхай мэрі Гун Чжэн Қазақстан делегациясын қабылдады.\n\nМэр: «Шанхай логистика орталығын кеңейтеді».",
     "Гун Чжэн"),
])
def test_a_bare_office_before_a_colon_is_the_last_holder_named(extract, body, speaker):
    assert speaker in _speakers(extract(body))


@pytest.mark.parametrize("body, name, state", [
    ("«Мицуна» жапон компаниясы Алматыда зауыт салады.\n\n"
     "Компания басшысы Сато Кэндзи Алматыда Премьер-министрдің орынбасарымен кездесті.", "Сато Кэндзи", "JP"),
    ("«Синохан» қытай компаниясы Павлодарда зауыт салады.\n\n"
     "Премьер-министр Олжас Бектенов «Синохан» компаниясының президенті Ван Лимен кездесті.", "Ван Ли", "CN"),
    ("«Анадолу» түрік компаниясы Шымкентте фабрика ашады.\n\n"
     "Энергетика министрі Болат Ахметов «Анадолу» компаниясының басқарма төрағасы Мехмет Йылмазбен кездесті.",
     "Мехмет Йылмаз", "TR"),
])
def test_a_foreign_firms_executive_is_of_the_firms_state(extract, body, name, state):
    rec = extract(body)
    person = next(e for e in rec["entities"] if e["type"] == "PER" and e["name"] == name)
    assert person["country"] == state


@pytest.mark.parametrize("body", [
    "Ерлан Серікбаев пен Батболд Ганзориг бұрын Улан-Баторда кездескен болатын.",
    "Қазақстан Сыртқы істер министрі Ерлан Серікбаев пен Вьетнам Сыртқы істер министрі Нгуен Ван Кхань "
    "Ханойда кездескен еді.",
    "Қазақстан Сыртқы істер министрі Ерлан Серікбаев пен Вьетнам Сыртқы істер министрі Нгуен Ван Кхань "
    "2019 жылы Ханойда кездесіп өткен.",
])
def test_a_meeting_told_in_the_pluperfect_is_recalled(extract, body):
    assert events(extract(body), "meeting") == []


@pytest.mark.parametrize("body, place", [
    ("Қазақстан Сыртқы істер министрі Ерлан Серікбаев Вьетнам елшісі Нгуен Ванмен кездесті. "
     "Олар бұрын 2023 жылы Ханойда кездескен болатын.", None),
    ("Қазақстан Сыртқы істер министрі Ерлан Серікбаев Вьетнам елшісі Нгуен Ванмен Астанада кездесті. "
     "Олар бұрын Ханойда кездескен еді.", "Астана"),
])
def test_the_recalled_meeting_neither_counts_nor_sets_the_place(extract, body, place):
    rec = extract(body)
    meetings = events(rec, "meeting")
    assert len(meetings) == 1 and name_of(rec, meetings[0]["location"]) == place
