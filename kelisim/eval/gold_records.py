"""Records made from gold annotations (spec/GOLD.md) instead of extraction, for `kelisim eval merge
--from-gold`: what the store's merging reaches when every fact is read right, so that a miss
can be put on the store or on extraction.

Gold names no entity ids and no types, so they are made here: a two-letter party is that state;
a name the gold lists among `persons` is a person (with that person's country); a name that
names a state is the state; a location is a place; anything else is a body. The first of a
name's alternatives ("Нуртлеу|Nurtleu") is its name, the others its aliases. Each event takes the
article's date: gold has none of its own.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path, PurePath

from ..store.states import state_code, state_name


class _Entities:
    def __init__(self, gold: dict, lang: str):
        self.lang = lang
        self.rows: list[dict] = []
        self.ids: dict[str, str] = {}
        self.persons = {}
        for p in gold.get("persons") or ():
            names = [n.strip() for n in str(p.get("name") or "").split("|") if n.strip()]
            if names:
                self.persons[names[0]] = (names, p.get("country"))

    def ref(self, alternatives: str, type_: str | None = None) -> str | None:
        names = [n.strip() for n in str(alternatives or "").split("|") if n.strip()]
        if not names:
            return None
        first = names[0]
        if len(first) == 2 and first.isupper():
            return self._add(f"iso:{first}", state_name(first, self.lang) or first, "GPE", first, [])
        person = next((full for full in self.persons if first in full.split() or first == full), None)
        if type_ is None or (type_ == "LOC" and state_code(first)):
            type_ = "PER" if person and type_ is None else "GPE" if state_code(first) else "ORG"
        if type_ == "PER" and person:
            full, country = self.persons[person]
            return self._add(full[0], full[0], "PER", country, full[1:] + names)
        country = state_code(first) if type_ == "GPE" else None
        # "Зарафшан|река Зарафшан|Таджикистан": the state is where the river is, not its alias
        aliases = [n for n in names[1:] if not state_code(n) or state_code(n) == country]
        return self._add(first, first, type_, country, aliases)

    def _add(self, key: str, name: str, type_: str, country: str | None, aliases: list[str]) -> str:
        if key not in self.ids:
            self.ids[key] = f"e{len(self.rows) + 1}"
            self.rows.append({"id": self.ids[key], "type": type_, "name": name, "country": country,
                              "aliases": [a for a in dict.fromkeys(aliases) if a != name], "mentions": []})
        return self.ids[key]


def record_from_gold(gold: dict, article, lang: str, date: str | None) -> dict:
    ents = _Entities(gold, lang)
    events: list[dict] = []
    base = {"date": date, "modality": "asserted", "evidence": []}
    for i, m in enumerate(gold.get("meetings") or (), start=1):
        events.append({"id": f"m{i}", "type": "meeting", **base,
                       "participants": [r for p in m.get("participants") or () if (r := ents.ref(p))],
                       "location": ents.ref(m["location"], "LOC") if m.get("location") else None})
    for i, a in enumerate(gold.get("agreements") or (), start=1):
        events.append({"id": f"a{i}", "type": "agreement", **base, "doc_type": a.get("doc_type"),
                       "parties": [r for p in a.get("parties") or () if (r := ents.ref(p))],
                       "sectors": a.get("sectors") or [], "deadline": a.get("deadline")})
    for i, p in enumerate(gold.get("projects") or (), start=1):
        owner = str(p.get("owner") or "").split("|")[0]
        events.append({"id": f"p{i}", "type": "project", **base, "kind": p.get("kind"), "stage": p.get("stage"),
                       "name": str(p.get("name") or "").split("|")[0] or None,
                       "owner": ents.ref(owner) if owner else None,
                       "location": ents.ref(p["location"], "LOC") if p.get("location") else None})
    return {"id": article.id, "source": article.source, "lang": lang, "date": date, "title": article.title,
            "entities": ents.rows, "events": events, "sectors": gold.get("sectors") or []}


def records_from_gold(directory: Path) -> list[dict]:
    """A record for every article of `directory` that has a NAME.gold.json beside it."""
    from ..read import read_sources
    from ..read.article import Article
    directory = Path(directory)
    index = {}
    if (directory / "INDEX.tsv").is_file():
        with (directory / "INDEX.tsv").open(encoding="utf-8") as f:
            index = {r["file"]: r for r in csv.DictReader(f, delimiter="\t")}
    out = []
    for article in read_sources([str(directory)]):
        if not isinstance(article, Article):
            continue
        name = PurePath(article.source).name
        gold_path = directory / name.replace(".txt", ".gold.json")
        if not gold_path.is_file():
            continue
        row = index.get(name, {})
        lang = row.get("lang") or (name.split("_")[1] if name.count("_") >= 2 else "ru")
        date = article.date or row.get("pub_date") or None
        out.append(record_from_gold(json.loads(gold_path.read_text(encoding="utf-8")), article, lang, date))
    return out
