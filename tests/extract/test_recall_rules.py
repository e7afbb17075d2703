"""Russian rules that recover facts the pipeline missed, each a construction of how news is
written: the holder of an opinion named only as a group ("по мнению сторон")."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow

TALKS = "Министр обороны Латвии Андрис Спрудс провел переговоры с министром обороны Литвы Довиле Шакалене.\n\n"


def _said(rec: dict) -> list[tuple[str, bool]]:
    return [(names(rec, [v["speaker"]])[0], v["direct"]) for v in events(rec, "statement")]


@pytest.mark.parametrize("sentence, group", [
    ("По мнению сторон, состоявшиеся переговоры способствуют укреплению партнерства.", "стороны"),
    ("По оценке сторон, торговля между странами выросла вдвое.", "стороны"),
    ("По словам участников встречи, переговоры прошли в дружественной атмосфере.", "участники встречи"),
])
def test_a_group_holding_an_opinion_speaks(extract, sentence, group):
    rec = extract(TALKS + sentence)
    assert (group, False) in _said(rec)
    # and it does not join the talks the sentence names
    assert [sorted(names(rec, m["participants"])) for m in events(rec, "meeting")] == \
        [["Андрис Спрудс", "Довиль Шакален"]]


@pytest.mark.parametrize("sentence", [
    # inside a quote the quote's own attribution speaks
    "«По мнению сторон, переговоры способствуют укреплению партнерства», – говорится в сообщении.",
    # a singular "сторона" without a state is a word, not a side
    "По мнению одной стороны, переговоры прошли успешно.",
    # the opinion of a group that never acts alone ("компании") names no speaker
    "По мнению компаний, переговоры прошли успешно.",
])
def test_no_group_speaks_where_the_construction_does_not_hold(extract, sentence):
    rec = extract(TALKS + sentence)
    assert not any(g in ("стороны", "сторона", "компании") for g, _ in _said(rec))


CALL = "Президент Франции Эмманюэль Макрон и глава Латвии Эдгарс Ринкевичс в пятницу побеседовали по телефону. "


@pytest.mark.parametrize("description", ["Лидер республики", "Глава государства", "Лидер страны", "Президент страны"])
def test_a_description_of_a_head_of_state_is_not_the_counterpart_it_informs(extract, description):
    """"глава Латвии" heads a state as a president does, and the one who informs "his French
    colleague" is not the French one."""
    rec = extract(CALL + description + " подробно проинформировал французского коллегу о ситуации в стране.")
    assert ("Эдгарс Ринкевичс", False) in _said(rec)
    assert ("Эмманюэль Макрон", False) not in _said(rec)


def test_the_counterpart_rule_turns_with_the_counterpart(extract):
    rec = extract(CALL + "Глава государства поблагодарил латвийского коллегу за поддержку.")
    assert ("Эмманюэль Макрон", False) in _said(rec)
    assert ("Эдгарс Ринкевичс", False) not in _said(rec)


INVESTOR = "Губернатор Видземе Андрис Озолс провел встречу с руководителем компании {firm} Янисом Калнсом.\n\n"


@pytest.mark.parametrize("sentence", [
    "Сообщается, что Янис Калнс представил предложение о строительстве деревообрабатывающего завода.",
    "Янис Калнс внес предложение о строительстве деревообрабатывающего завода.",
])
def test_one_who_puts_forward_a_proposal_speaks_and_his_firm_owns_the_project(extract, sentence):
    rec = extract(INVESTOR.format(firm="Baltic Wood Co., Ltd") + sentence)
    assert ("Янис Калнс", False) in _said(rec)
    assert [names(rec, [p["owner"]]) for p in events(rec, "project")] == [["Baltic Wood Co., Ltd"]]


@pytest.mark.parametrize("sentence", [
    "Андрис Озолс рассмотрел предложение о строительстве завода.",
    "Андрис Озолс получил предложение о строительстве завода.",
])
def test_one_who_receives_or_weighs_a_proposal_says_nothing(extract, sentence):
    rec = extract(INVESTOR.format(firm="Baltic Wood") + sentence)
    assert ("Андрис Озолс", False) not in _said(rec)


@pytest.mark.parametrize("firm, name", [
    ("Baltic Wood Co., Ltd", "Baltic Wood Co., Ltd"),
    ("Riga Glass Group, LLC", "Riga Glass Group, LLC"),
    ("Nordic Paper Inc", "Nordic Paper Inc"),
])
def test_a_legal_form_after_the_comma_is_the_firms(extract, firm, name):
    rec = extract(INVESTOR.format(firm=firm))
    orgs = [e["name"] for e in rec["entities"] if e["type"] == "ORG"]
    assert name in orgs and not {"Ltd", "LLC"} & set(orgs)


@pytest.mark.parametrize("body, absent, present", [
    # the minister's office names culture; the article is about a protest note
    ("МИД Латвии вручил ноту протеста послу Литвы в связи с высказываниями министра культуры и спорта "
     "Литвы Симонаса Кайриса о латвийском народе.", "culture_humanitarian", None),
    # the same word outside a title still counts
    ("Министры обсудили сотрудничество в области культуры и спорта.", None, "culture_humanitarian"),
])
def test_a_sector_word_inside_a_persons_office_is_no_sector_of_the_article(extract, body, absent, present):
    sectors = extract(body)["sectors"]
    assert absent not in sectors
    if present:
        assert present in sectors


@pytest.mark.parametrize("body, sector", [
    ("Новая ГЭС сыграет важную роль в обеспечении энергетической безопасности двух стран.", "energy"),
    ("Стороны обсудили вопросы экологической безопасности в регионе.", "climate_environment"),
])
def test_the_security_of_a_sector_belongs_to_that_sector(extract, body, sector):
    """As "продовольственная безопасность" is agriculture, "энергетическая безопасность" is energy."""
    sectors = extract(body)["sectors"]
    assert sector in sectors and "security" not in sectors


@pytest.mark.parametrize("first, later, speaker", [
    # received: "гостья", the feminine of "гость", is the guest as well
    ("Президент Латвии Эдгарс Ринкевичс принял председателя Сейма Литвы Сауле Мотеюнайте, прибывшую с "
     "визитом в Ригу.", "Высокая гостья подчеркнула, что визит имеет большое значение.", "Мотеюнайт"),
    # nobody received: the subject abroad (a Lithuanian in Riga) is the guest
    ("Председатель Сейма Литвы Сауле Мотеюнайте во время встречи с президентом Латвии Эдгарсом Ринкевичсом "
     "в Риге заявила о подготовке визита.", "Высокая гостья подчеркнула, что визит имеет большое значение.",
     "Мотеюнайт"),
])
def test_the_guest_is_the_one_received_or_the_subject_abroad(extract, first, later, speaker):
    rec = extract(first + "\n\n" + later)
    later_said = [names(rec, [v["speaker"]])[0] for v in events(rec, "statement") if "большое значение" in v["text"]]
    assert len(later_said) == 1 and speaker in later_said[0]


def test_the_subject_at_home_is_no_guest(extract):
    rec = extract("Председатель Сейма Литвы Сауле Мотеюнайте во время встречи с президентом Латвии Эдгарсом "
                  "Ринкевичсом в Вильнюсе заявила о подготовке визита.\n\n"
                  "Высокий гость подчеркнул, что визит имеет большое значение.")
    assert not any("Мотеюнайт" in names(rec, [v["speaker"]])[0]
                   for v in events(rec, "statement") if "большое значение" in v["text"])
