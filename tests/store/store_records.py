"""Hand-written records in the OUTPUT.md format for the store's tests, so they do not depend on
extraction: a Russian and an English report of one meeting, two reports of one phone call, an
announced and a later opened university branch, the seed article's roadmap with its 2027
deadline, and a reprint maker. (A module of its own, not conftest: tests import from it.)"""
from __future__ import annotations

import sqlalchemy as sa

# -- records --------------------------------------------------------------------------------

def span(text: str, piece: str, after: int = 0) -> dict:
    start = text.index(piece, after)
    return {"start": start, "end": start + len(piece), "text": piece}


def entity(text: str, id: str, type: str, name: str, *, country=None, said=None, roles=(), aliases=(),
           name_latin=None) -> dict:
    """An entity whose mentions are every occurrence of `said` (default: its name) in the text."""
    mentions, pos = [], 0
    for piece in (said if isinstance(said, (list, tuple)) else [said or name]):
        pos = 0
        while piece in text[pos:]:
            m = span(text, piece, pos)
            mentions.append(m)
            pos = m["end"]
    ent = {"id": id, "type": type, "name": name, "aliases": list(aliases), "country": country,
           "roles": [{"title": t, "org": o} for t, o in roles], "mentions": mentions}
    if name_latin:
        ent["name_latin"] = name_latin
    return ent


def record(id: str, source: str, lang: str, date: str, title: str, text: str, entities, events,
           sectors=()) -> dict:
    return {"id": id, "source": source, "lang": lang, "date": date, "title": title, "text": text,
            "entities": entities, "events": events, "sectors": list(sectors)}


def meeting_ru() -> dict:
    text = ("Министр иностранных дел Казахстана Мурат Нуртлеу провёл в Астане переговоры с министром "
            "иностранных дел Великобритании Дэвидом Кэмероном. Стороны обсудили торговлю и инвестиции.\n\n"
            "«Мы открываем новую страницу в наших отношениях», — заявил Нуртлеу.\n\n"
            "По итогам переговоров Казахстан и Великобритания подписали Соглашение о стратегическом "
            "партнёрстве и сотрудничестве.")
    return record("ru-meeting-0001", "kazinform.kz/ru/1", "ru", "2024-04-24",
                  "Нуртлеу и Кэмерон провели переговоры в Астане", text, [
        entity(text, "e1", "PER", "Мурат Нуртлеу", country="KZ", said=["Мурат Нуртлеу", "Нуртлеу"],
               roles=[("министр иностранных дел", "e4")]),
        entity(text, "e2", "PER", "Дэвид Кэмерон", country="GB", said="Дэвидом Кэмероном",
               roles=[("министр иностранных дел", "e5")]),
        entity(text, "e3", "GPE", "Астана", country="KZ", said="Астане"),
        entity(text, "e4", "GPE", "Казахстан", country="KZ", said=["Казахстана", "Казахстан "]),
        entity(text, "e5", "GPE", "Великобритания", country="GB", said=["Великобритании", "Великобритания"]),
    ], [
        {"id": "v1", "type": "meeting", "participants": ["e1", "e2"], "location": "e3", "date": "2024-04-24",
         "mode": "in_person", "modality": "asserted", "codes": {"plover": "CONSULT", "cameo": "040"},
         "evidence": [span(text, "Министр иностранных дел Казахстана Мурат Нуртлеу провёл в Астане переговоры")]},
        {"id": "v2", "type": "statement", "speaker": "e1", "direct": True,
         "text": "Мы открываем новую страницу в наших отношениях", "codes": {"plover": "SUPPORT"},
         "evidence": [span(text, "«Мы открываем новую страницу в наших отношениях», — заявил Нуртлеу.")]},
        {"id": "v3", "type": "agreement", "doc_type": "agreement",
         "title": "Соглашение о стратегическом партнёрстве и сотрудничестве", "parties": ["e4", "e5"],
         "sectors": ["diplomacy_general", "trade", "investment"], "deadline": None, "value": None,
         "modality": "asserted", "codes": {"plover": "AGREE", "cameo": "057"},
         "evidence": [span(text, "Казахстан и Великобритания подписали Соглашение о стратегическом "
                                 "партнёрстве и сотрудничестве")]},
    ], sectors=["diplomacy_general", "trade", "investment"])


def meeting_en() -> dict:
    text = ("Kazakh Foreign Minister Murat Nurtleu and British Foreign Secretary David Cameron held talks "
            "in Astana on Wednesday, focusing on trade, energy and rare metals.\n\n"
            "Cameron said London was ready to deepen its cooperation with Astana.")
    return record("en-meeting-0001", "centralasia.news/en/7", "en", "2024-04-25",
                  "Kazakhstan and UK hold talks in Astana", text, [
        entity(text, "e1", "PER", "Murat Nurtleu", country="KZ", roles=[("Foreign Minister", None)]),
        entity(text, "e2", "PER", "David Cameron", country="GB", said=["David Cameron", "Cameron said"],
               roles=[("Foreign Secretary", None)]),
        entity(text, "e3", "GPE", "Astana", country="KZ"),
        entity(text, "e4", "GPE", "London", country="GB"),
    ], [
        {"id": "v1", "type": "meeting", "participants": ["e1", "e2"], "location": "e3", "date": "2024-04-24",
         "modality": "asserted", "codes": {"plover": "CONSULT", "cameo": "040"},
         "evidence": [span(text, "Kazakh Foreign Minister Murat Nurtleu and British Foreign Secretary David "
                                 "Cameron held talks in Astana on Wednesday")]},
        {"id": "v2", "type": "statement", "speaker": "e2", "direct": False,
         "text": "London was ready to deepen its cooperation with Astana",
         "evidence": [span(text, "Cameron said London was ready to deepen its cooperation with Astana.")]},
    ], sectors=["trade", "energy", "critical_minerals"])


def phone_call(n: int) -> dict:
    """Two Russian outlets' reports of one phone call, spelling the name Мирзиёев and Мирзиеев."""
    if n == 0:
        name, said, date = "Шавкат Мирзиёев", "Шавкат Мирзиёев", "2025-12-31"
        text = ("30 декабря Президент Узбекистана Шавкат Мирзиёев провёл телефонный разговор с Президентом "
                "России Владимиром Путиным. Главы государств обменялись поздравлениями с Новым годом.")
        putin, evidence = "Владимиром Путиным", "Шавкат Мирзиёев провёл телефонный разговор"
    else:
        name, said, date = "Шавкат Мирзиеев", "Шавкатом Мирзиеевым", "2025-12-30"
        text = ("Владимир Путин провёл телефонные переговоры с узбекским лидером Шавкатом Мирзиеевым, "
                "сообщает Кремль. Президенты обсудили торговлю и энергетику.")
        putin, evidence = "Владимир Путин", "Владимир Путин провёл телефонные переговоры"
    return record(f"ru-call-000{n}", f"outlet{n}.ru/news/{n}", "ru", date, "Путин и Мирзиёев поговорили по телефону",
                  text, [
        entity(text, "e1", "PER", "Владимир Путин", country="RU", said=putin, roles=[("президент", None)]),
        entity(text, "e2", "PER", name, country="UZ", said=said, roles=[("президент", None)]),
    ], [
        {"id": "v1", "type": "meeting", "participants": ["e1", "e2"], "location": None, "date": "2025-12-30",
         "mode": "phone", "modality": "asserted", "codes": {"plover": "CONSULT", "cameo": "040"},
         "evidence": [span(text, evidence)]},
    ], sectors=["diplomacy_general"])


def other_meeting_same_day() -> dict:
    text = "Владимир Путин встретился в Кремле с президентом Казахстана Касым-Жомартом Токаевым."
    return record("ru-other-0001", "outlet3.ru/news/9", "ru", "2025-12-30", "Путин встретился с Токаевым", text, [
        entity(text, "e1", "PER", "Владимир Путин", country="RU"),
        entity(text, "e2", "PER", "Касым-Жомарт Токаев", country="KZ", said="Касым-Жомартом Токаевым"),
    ], [
        {"id": "v1", "type": "meeting", "participants": ["e1", "e2"], "date": "2025-12-30", "modality": "asserted",
         "evidence": [span(text, text)]},
    ])


def branch_announced() -> dict:
    text = ("Филиал Казахского национального университета им. аль-Фараби откроется в Омске. "
            "Соглашение о его создании подписано в мае, сообщили в правительстве региона.")
    owner = "Казахский национальный университет им. аль-Фараби"
    return record("ru-branch-0001", "omsk.news/1", "ru", "2024-06-10", "В Омске откроется филиал КазНУ", text, [
        entity(text, "e1", "ORG", owner, country="KZ", said="Казахского национального университета им. аль-Фараби"),
        entity(text, "e2", "GPE", "Омск", country="RU", said="Омске"),
    ], [
        {"id": "v1", "type": "project", "kind": "campus",
         "name": "филиал Казахского национального университета им. аль-Фараби, Омск",
         "owner": "e1", "location": "e2", "stage": "announced", "sectors": ["education"], "value": None,
         "agreement": None, "modality": "planned",
         "evidence": [span(text, "Филиал Казахского национального университета им. аль-Фараби откроется в Омске.")]},
    ], sectors=["education"])


def branch_opened() -> dict:
    text = ("Президенты России и Казахстана по видеосвязи открыли в Омске филиал КазНУ им. аль-Фараби — "
            "первый филиал казахстанского вуза в России.")
    return record("ru-branch-0002", "omsk.news/2", "ru", "2024-11-27", "В Омске открыт филиал КазНУ", text, [
        entity(text, "e1", "ORG", "КазНУ им. аль-Фараби", country="KZ"),
        entity(text, "e2", "GPE", "Омск", country="RU", said="Омске"),
    ], [
        {"id": "v1", "type": "project", "kind": "university", "name": "филиал КазНУ им. аль-Фараби в Омске",
         "owner": "e1", "location": "e2", "stage": "completed", "sectors": ["education"], "value": None,
         "agreement": None, "modality": "asserted",
         "evidence": [span(text, "открыли в Омске филиал КазНУ им. аль-Фараби")]},
    ], sectors=["education"])


SEED = ("В Лондоне министр иностранных дел РК Ермек Кошербаев встретился со спикером Палаты общин "
        "Великобритании Линдси Хойлом.\n\n"
        "По итогам мероприятия подписаны: Дорожная карта Казахстан – Великобритания по стратегическому "
        "партнерству в области критических минералов до 2027 года.\n\n"
        "Кроме того, объявлено об открытии нового кампуса Heriot-Watt University в Актобе.")


def roadmap() -> dict:
    """From the seed article (shared/dev/000, which tests may use): a roadmap with a deadline."""
    text = SEED
    return record("ru-seed-0001", "mfa.gov.kz/ru/000", "ru", "2026-02-27", "От диалога – к конкретным проектам",
                  text, [
        entity(text, "e1", "PER", "Ермек Кошербаев", country="KZ", roles=[("министр иностранных дел", "e6")]),
        entity(text, "e2", "PER", "Линдси Хойл", country="GB", said="Линдси Хойлом",
               roles=[("спикер Палаты общин", "e7")]),
        entity(text, "e3", "GPE", "Казахстан", country="KZ", said="Казахстан"),
        entity(text, "e4", "GPE", "Великобритания", country="GB", said="Великобритания "),
        entity(text, "e5", "ORG", "Heriot-Watt University", country="GB"),
        entity(text, "e6", "GPE", "РК", country="KZ"),
        entity(text, "e7", "ORG", "Палата общин", country="GB"),
        entity(text, "e8", "GPE", "Актобе", country="KZ"),
        entity(text, "e9", "GPE", "Лондон", country="GB", said="Лондоне"),
    ], [
        {"id": "v1", "type": "meeting", "participants": ["e1", "e2"], "location": "e9", "date": "2026-02-27",
         "modality": "asserted", "evidence": [span(text, "министр иностранных дел РК Ермек Кошербаев встретился")]},
        {"id": "v2", "type": "agreement", "doc_type": "roadmap",
         "title": "Дорожная карта Казахстан – Великобритания по стратегическому партнерству в области "
                  "критических минералов", "parties": ["e3", "e4"], "sectors": ["critical_minerals"],
         "deadline": "2027", "value": None, "modality": "asserted", "codes": {"plover": "AGREE", "cameo": "057"},
         "evidence": [span(text, "подписаны: Дорожная карта Казахстан – Великобритания по стратегическому "
                                 "партнерству в области критических минералов до 2027 года")]},
        {"id": "v3", "type": "project", "kind": "campus", "name": "новый кампус Heriot-Watt University в Актобе",
         "owner": "e5", "location": "e8", "stage": "announced", "sectors": ["education"], "value": None,
         "agreement": None, "modality": "asserted",
         "evidence": [span(text, "объявлено об открытии нового кампуса Heriot-Watt University в Актобе")]},
    ], sectors=["critical_minerals", "education", "parliamentary"])


def reprint_of(rec: dict, id: str, source: str) -> dict:
    """Another outlet's copy of `rec`: a credit line added, one word changed; not re-extracted."""
    text = rec["text"].replace("обсудили", "рассмотрели") + "\n\nИсточник: МИА «Казинформ»"
    return {**rec, "id": id, "source": source, "text": text}


def counts(store) -> dict[str, int]:
    """Rows per table: what 'the same store' means in idempotence and resume tests."""
    from kelisim.store.schema import metadata
    skip = {"ingest_batches", "ingest_log", "actor_overrides"}
    with store.connect() as conn:
        return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar()
                for t in metadata.sorted_tables if t.name not in skip}


# -- projects for the merge rules (issue 14) ---------------------------------------------------

def project(id: str, date: str, *, name: str, kind: str = "plant", owner=None, place=None, stage="announced",
            value=None) -> dict:
    text = " — ".join(x for x in [name, owner and owner[0], place and place[0]] if x) + f". Сообщение {id}."
    ents, ev = [], {"id": "v1", "type": "project", "kind": kind, "name": name, "stage": stage, "value": value,
                    "modality": "asserted", "sectors": ["industry"], "evidence": [span(text, name)]}
    for role, what in (("owner", owner), ("location", place)):
        if what:
            ents.append(entity(text, f"e{len(ents) + 1}", what[1], what[0], country=what[2]))
            ev[role] = ents[-1]["id"]
    return record(id, f"src/{id}", "ru", date, "t", text, ents, [ev])


KIA = ("KIA", "ORG", None)
KOSTANAY = ("Костанай", "GPE", "KZ")
KAZAKHSTAN = ("Казахстан", "GPE", "KZ")
UZBEKISTAN = ("Узбекистан", "GPE", "UZ")
