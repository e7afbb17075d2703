"""A stand-in for kelisim's Extractor in the resume test: generated articles in, records out,
in milliseconds and deterministically, so the test measures the store, not the models.

`generate_corpus` writes small articles that name two of `PEOPLE` meeting on a date (some pairs
reported by several articles, a few reprints, a project announced then completed); the fake
extractor finds those names again and makes the record OUTPUT.md describes.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import time
from pathlib import Path

PEOPLE = [("Ермек Кошербаев", "KZ"), ("Дэвид Лэмми", "GB"), ("Бахтиёр Саидов", "UZ"), ("Сергей Лавров", "RU"),
          ("Ван И", "CN"), ("Мурат Нуртлеу", "KZ"), ("Жээнбек Кулубаев", "KG"), ("Сироджиддин Мухриддин", "TJ"),
          ("Рашид Мередов", "TM"), ("Хакан Фидан", "TR")]
WORDS = ("сотрудничество торговля инвестиции транзит энергетика образование культура климат вода "
         "логистика цифровизация безопасность туризм медицина наука космос финансы банки сельское "
         "хозяйство промышленность металлургия уран нефть газ электроэнергия дороги железная порт "
         "авиация таможня экспорт импорт рынок кооперация партнёрство форум комиссия делегация визит "
         "программа проект соглашение меморандум дорожная карта инициатива регион граница стабильность").split()


def generate_corpus(folder: Path, n: int = 500, seed: int = 7) -> None:
    rnd = random.Random(seed)
    start = dt.date(2024, 1, 1)
    for i in range(n):
        a, b = rnd.sample(PEOPLE, 2)
        day = start + dt.timedelta(days=rnd.randrange(0, 700))
        filler = " ".join(rnd.choice(WORDS) for _ in range(45))
        body = f"{a[0]} провёл переговоры с {b[0]}. Обсуждались {filler}. Номер {i}."
        if i % 50 == 7:             # an opening announced, then completed
            body += f" Объявлено об открытии кампуса {i // 100} в Алматы."
        if i % 50 == 8:
            body += f" Открыт кампус {i // 100} в Алматы."
        (folder / f"{i:04d}.txt").write_text(f"date {day.isoformat()} Переговоры {i}\n\n{body}\n", encoding="utf-8")
        if i % 40 == 3:             # a reprint: the same story with a credit line
            (folder / f"{i:04d}_reprint.txt").write_text(
                f"date {day.isoformat()} Переговоры {i}\n\n{body}\nИсточник: агентство.\n", encoding="utf-8")


class FakeExtractor:
    def __init__(self, *args, delay: float = 0.002, **kwargs):
        self.delay = delay

    def records(self, articles, with_text=False, batch_size=32):
        for article in articles:
            yield self.extract(article, with_text)

    def extract(self, article, with_text=False):
        time.sleep(self.delay)
        text = article.text
        entities, events = [], []
        found = sorted((text.find(name), name, country) for name, country in PEOPLE if name in text)
        for at, name, country in found:
            entities.append({"id": f"e{len(entities) + 1}", "type": "PER", "name": name, "country": country,
                             "aliases": [], "roles": [],
                             "mentions": [{"start": at, "end": at + len(name), "text": name}]})
        if len(entities) >= 2:
            events.append({"id": "v1", "type": "meeting", "participants": ["e1", "e2"], "date": article.date,
                           "modality": "asserted", "evidence": [{"start": 0, "end": 10, "text": text[:10]}]})
        campus = re.search(r"(Объявлено об открытии|Открыт) кампуса? (\d+) в Алматы", text)
        if campus:
            entities.append({"id": "e9", "type": "GPE", "name": "Алматы", "country": "KZ", "aliases": [],
                             "roles": [], "mentions": []})
            entities.append({"id": "e8", "type": "ORG", "name": f"Университет {campus.group(2)}",
                             "country": "GB", "aliases": [], "roles": [], "mentions": []})
            events.append({"id": "v2", "type": "project", "kind": "campus", "owner": "e8", "location": "e9",
                           "name": campus.group(0), "modality": "asserted",
                           "stage": "announced" if campus.group(1).startswith("Объявлено") else "completed",
                           "evidence": [{"start": campus.start(), "end": campus.end(), "text": campus.group(0)}]})
        record = {"id": article.id, "source": article.source, "lang": "ru", "date": article.date,
                  "title": article.title, "entities": entities, "events": events, "sectors": []}
        if with_text:
            record["text"] = text
        return record
