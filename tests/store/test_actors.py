"""One actor per real person or body, across cases, scripts, spellings and languages."""
from __future__ import annotations

import pytest
from store_records import entity, record

from kelisim.errors import StoreError
from kelisim.store.ingest import ingest_records
from kelisim.store.names import abbreviates, sound
from kelisim.store.overrides import merge_actors, split_actor
from kelisim.store.queries import list_actors, list_events


def mention_of(name, country, id, type="PER", lang="ru", date="2024-01-10", roles=()):
    text = f"Сегодня {name} выступил на форуме ({id}, {country})."
    return record(id, f"src/{id}", lang, date, "t", text, [entity(text, "e1", type, name, country=country,
                                                                   roles=roles)], [])


def names(store):
    return sorted((a["name"], sorted(a["aliases"])) for a in list_actors(store))


@pytest.mark.parametrize("spellings", [
    ["Касым-Жомарт Токаев", "Қасым-Жомарт Тоқаев", "Kassym-Jomart Tokayev", "Токаев"],
    ["Дэвид Кэмерон", "David Cameron"],
    ["Шавкат Мирзиёев", "Шавкат Мирзиеев", "Shavkat Mirziyoyev"],
    ["Марат Нуртлеу", "Murat Nurtleu"],
    ["Энтони Блинкен", "Antony Blinken"],
    ["Линдси Хойл", "Lindsay Hoyle"],
    ["Ван И", "Wang Yi"],
])
def test_actors_one_person_across_scripts_and_spellings(store, spellings):
    ingest_records(store, [mention_of(n, "KZ", f"a{i}") for i, n in enumerate(spellings)])
    people = list_actors(store, type="PER")
    assert len(people) == 1
    assert set(people[0]["aliases"]) | {people[0]["name"]} == set(spellings)


def test_actors_a_full_name_replaces_a_bare_surname(store):
    ingest_records(store, [mention_of("Токаев", "KZ", "a1"), mention_of("Касым-Жомарт Токаев", "KZ", "a2")])
    [actor] = list_actors(store, type="PER")
    assert actor["name"] == "Касым-Жомарт Токаев"


def test_actors_same_name_different_countries_stay_apart(store):
    ingest_records(store, [mention_of("Министерство иностранных дел", "KZ", "a1", type="ORG"),
                           mention_of("Министерство иностранных дел", "RU", "a2", type="ORG")])
    assert len(list_actors(store, type="ORG")) == 2


def test_actors_different_first_names_stay_apart(store):
    ingest_records(store, [mention_of("Ильхам Алиев", "AZ", "a1"), mention_of("Гейдар Алиев", "AZ", "a2")])
    assert len(list_actors(store, type="PER")) == 2


def test_actors_abbreviation_joins_the_full_name(store):
    ingest_records(store, [
        mention_of("Министерство иностранных дел Республики Казахстан", "KZ", "a1", type="ORG"),
        mention_of("МИД РК", "KZ", "a2", type="ORG"),
    ])
    assert len(list_actors(store, type="ORG")) == 1


@pytest.mark.parametrize("short, long, expected", [
    ("КазНУ им. аль-Фараби", "Казахский национальный университет им. аль-Фараби", True),
    ("МИД РК", "Министерство иностранных дел Республики Казахстан", True),
    ("MFA", "Ministry of Foreign Affairs", True),
    ("МИД РК", "Министерство юстиции Республики Казахстан", False),
    ("Палата общин", "Палата лордов", False),
])
def test_actors_abbreviates(short, long, expected):
    assert abbreviates(short, long) is expected


def test_actors_sound_meets_english_spelling_and_transliteration():
    assert sound("cameron") == sound("kemeron")
    assert sound("khoil") == sound("khoile")


def test_actors_roles_are_kept_with_the_date_reported(store):
    ingest_records(store, [
        mention_of("Ермек Кошербаев", "KZ", "a1", date="2023-05-01", roles=[("посол", None)]),
        mention_of("Ермек Кошербаев", "KZ", "a2", date="2025-05-01", roles=[("министр иностранных дел", None)]),
    ])
    [actor] = list_actors(store, type="PER")
    assert [(r["title"], r["date"]) for r in actor["roles"]] == [
        ("посол", "2023-05-01"), ("министр иностранных дел", "2025-05-01")]


def test_actors_merge_is_remembered_and_reapplied(store):
    ingest_records(store, [mention_of("Лондон", "GB", "a1", type="GPE"),
                           mention_of("Лондонский Сити", "GB", "a2", type="GPE")])
    assert len(list_actors(store)) == 2
    merged = merge_actors(store, "Лондон", "Лондонский Сити")
    [actor] = list_actors(store)
    assert actor["id"] == merged and set(actor["aliases"]) == {"Лондонский Сити"}
    # a later article naming it is resolved to the merged actor too
    ingest_records(store, [mention_of("Лондонский Сити", "GB", "a3", type="GPE")])
    assert len(list_actors(store)) == 1


def test_actors_split_is_remembered_and_reapplied(store):
    ingest_records(store, [mention_of("Ильхам Алиев", "AZ", "a1"), mention_of("Алиев", "AZ", "a2")])
    [actor] = list_actors(store, type="PER")
    split_actor(store, actor["id"], ["Алиев"])
    assert sorted(a["name"] for a in list_actors(store, type="PER")) == ["Алиев", "Ильхам Алиев"]
    ingest_records(store, [mention_of("Алиев", "AZ", "a3")])
    people = {a["name"]: a["n_articles"] for a in list_actors(store, type="PER")}
    assert people == {"Алиев": 2, "Ильхам Алиев": 1}


def test_actors_merge_changes_which_events_merge(store):
    """Two reports of one meeting whose participants resolved apart (a body named in two
    languages) become one event once an analyst merges the two."""
    recs = []
    for i, (minister, house, lang) in enumerate([("Ермек Кошербаев", "Палата общин", "ru"),
                                                 ("Yermek Kosherbayev", "House of Commons", "en")]):
        text = f"{minister} met the {house} in London."
        recs.append(record(f"m{i}", f"src/m{i}", lang, "2026-02-27", "t", text, [
            entity(text, "e1", "PER", minister, country="KZ"), entity(text, "e2", "ORG", house, country="GB")],
            [{"id": "v1", "type": "meeting", "participants": ["e1", "e2"], "evidence": []}]))
    ingest_records(store, recs)
    assert len(list_events(store, type="meeting")) == 2
    merge_actors(store, "Палата общин", "House of Commons")
    [meeting] = list_events(store, type="meeting")
    assert meeting["n_sources"] == 2


def test_actors_merge_across_types_is_refused(store):
    ingest_records(store, [mention_of("Лондон", "GB", "a1", type="GPE"),
                           mention_of("Линдси Хойл", "GB", "a2")])
    with pytest.raises(StoreError, match="cannot merge"):
        merge_actors(store, "Лондон", "Линдси Хойл")


def test_actors_merge_of_unknown_actor_says_how_to_find_one(store):
    with pytest.raises(StoreError, match="kelisim actors"):
        merge_actors(store, "Никто", "Некто")


def test_actors_split_of_the_actors_own_name_says_what_to_do_instead(store):
    ingest_records(store, [mention_of("Ильхам Алиев", "AZ", "a1"), mention_of("Алиев", "AZ", "a2")])
    with pytest.raises(StoreError, match="split off its other names instead"):
        split_actor(store, "Ильхам Алиев", ["Ильхам Алиев"])
