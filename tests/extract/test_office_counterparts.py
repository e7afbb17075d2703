"""A counterpart named by office and state alone (extract/office_holders.py): in every language
it is one actor of its own, named by the office in the nominative with its state, whatever case
and wording the article uses; an office whose holder is named stays that person, and an office
with no state is nobody in particular."""
from __future__ import annotations

import pytest

from tests.conftest import events, names
from tests.meeting_support import meeting_sides

pytestmark = pytest.mark.slow


def _holders(rec: dict) -> dict[str, str | None]:
    return {e["name"]: e["country"] for e in rec["entities"] if e.get("group")}


@pytest.mark.parametrize("text, name, country, host", [
    # the instrumental, the accusative and the host state after "в": one nominative name, the
    # state of the office's own genitive
    ("Аким Павлодарской области Асхат Касенов встретился с послом Португалии.",
     "посол Португалии", "PT", "Асхат Касенов"),
    ("Вице-министр энергетики Казахстана Серик Нуртаев принял посла Бразилии в Казахстане.",
     "посол Бразилии", "BR", "Серик Нуртаев"),
    ("Министр сельского хозяйства Узбекистана Тимур Рашидов провел переговоры с министром "
     "сельского хозяйства Аргентины.", "министр сельского хозяйства Аргентины", "AR", "Тимур Рашидов"),
])
def test_ru_an_office_named_by_its_state_is_one_actor_in_the_nominative(extract, text, name, country, host):
    rec = extract(text)
    assert _holders(rec).get(name) == country, _holders(rec)
    assert {host, name} in meeting_sides(rec), meeting_sides(rec)


def test_ru_the_same_office_in_two_cases_is_one_actor(extract):
    rec = extract("Председатель сената Бельгии Марк Петерс принял посла Норвегии в Бельгии.\n\n"
                  "Позже Марк Петерс провел вторую встречу с послом Норвегии.")
    envoys = [e for e in rec["entities"] if e.get("group") and "Норвегии" in e["name"]]
    assert [e["name"] for e in envoys] == ["посол Норвегии"], envoys


@pytest.mark.parametrize("text", [
    "Аким Карагандинской области Ербол Махметов встретился с журналистами.",    # no state: nobody in particular
    "Министр финансов Литвы Виктор Ранкус встретился с послом Кении Джоном Омонди.",    # the envoy is named
])
def test_ru_no_office_actor_without_a_state_or_beside_a_name(extract, text):
    assert not any(n.startswith("посол") for n in _holders(extract(text))), _holders(extract(text))


@pytest.mark.parametrize("text, name, country", [
    ("Senate deputy chairman Askar Sadykov received the Portuguese ambassador in Astana on Monday.",
     "Portuguese ambassador", "PT"),
    ("Kazakh Deputy Foreign Minister Alibek Kuantyrov met with the ambassador of Chile.", "ambassador of Chile",
     "CL"),
])
def test_en_an_office_named_by_its_state_is_named_without_its_article(extract, text, name, country):
    rec = extract(text)
    assert _holders(rec).get(name) == country, _holders(rec)
    assert any(name in s for s in meeting_sides(rec)), meeting_sides(rec)


def test_en_an_office_whose_holder_is_named_is_that_person(extract):
    rec = extract("Kazakh Deputy Foreign Minister Alibek Kuantyrov met with the ambassador of Chile, Pablo Rojas.")
    assert "ambassador of Chile" not in _holders(rec), _holders(rec)


KK = "date 2025-06-01 Жаңалықтар\n\n{}\n"


@pytest.mark.parametrize("text, name, country", [
    # the genitive, where the envoy serves and his rank are no part of his name; the
    # instrumental names him the same
    ("Павлодар облысының әкімі Асхат Қасенов Португалияның Қазақстандағы Төтенше және өкілетті "
     "елшісін қабылдады.", "Португалия елшісі", "PT"),
    ("Ақмола облысының әкімі Марат Ахметжанов Бразилия елшісімен кездесті.", "Бразилия елшісі", "BR"),
])
def test_kk_an_envoy_named_by_his_state_is_the_envoy_not_the_state(extract, text, name, country):
    rec = extract(KK.format(text), date=None)
    assert _holders(rec).get(name) == country, _holders(rec)
    assert any(name in s for s in meeting_sides(rec)), meeting_sides(rec)


def test_kk_the_envoy_received_speaks_as_the_same_actor(extract):
    rec = extract(KK.format("Павлодар облысының әкімі Асхат Қасенов Португалияның Қазақстандағы елшісін "
                            "қабылдады.\n\nЕлші Португалия компаниялары өңірге инвестиция салуға дайын екенін "
                            "айтты."), date=None)
    speakers = {n for v in events(rec, "statement") for n in names(rec, [v["speaker"]])}
    assert "Португалия елшісі" in speakers, speakers
    assert [n for n in _holders(rec) if "елшісі" in n] == ["Португалия елшісі"], _holders(rec)


def _actor(name: str):
    """A group is written in lower case here ("лидеры двух стран"), a person by his name."""
    from kelisim.doc import Entity
    group = name[0].islower()
    return Entity(id=name, type="ORG" if group else "PER", name=name, group=group)


@pytest.mark.parametrize("lang, actors, host_implied, expected", [
    ("ru", ["стороны"], False, True),                   # one group that names both sides
    ("ru", ["лидеры двух стран"], False, True),
    ("en", ["the two leaders"], False, True),
    ("en", ["the parties"], False, True),
    ("ru", ["депутаты парламента"], False, False),      # a group of one side
    ("en", ["members of parliament"], False, False),
    ("kk", ["Мақсат Ерболов"], True, True),             # a visitor whose host is implied
    ("en", ["Anna Berg"], False, False),                # one person alone
    ("ru", ["посол Кении", "Анна Петрова"], False, True),
    ("kk", [], True, False),
])
def test_one_actor_alone_is_a_meeting_only_for_both_sides_or_an_implied_host(lang, actors, host_implied, expected):
    from kelisim.extract.meetings import enough_sides
    assert enough_sides(lang, [_actor(n) for n in actors], host_implied) is expected


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_every_language_names_an_office_by_its_own_reader(lang):
    from kelisim.extract.readers import part_for
    assert callable(part_for("office_name", lang))


@pytest.mark.parametrize("taken,expected", [
    ([], "g1"),
    (["g1"], "g2"),
    (["e7"], "g1"),                 # a group another stage numbered as an entity leaves g1 free
    (["g1", "g2", "e3"], "g3"),
    (["g2"], "g1"),
])
def test_a_new_group_takes_the_first_group_id_no_entity_holds(taken, expected):
    # the groups stage and the office holders both make groups in one article: ids never clash
    from kelisim.doc import Doc, Entity
    from kelisim.extract.groups import group_id
    doc = Doc(text="")
    doc.entities = [Entity(id=i, type="ORG", name=i, group=True) for i in taken]
    assert group_id(doc) == expected
