"""Records for `bench_ingest.py --records`: each factRuEval paragraph extracted once, an
article's record put together from its paragraphs' records, with new people in it.

A paragraph's record keeps its entities and events; in the article they get new ids (e1, v1,
... in order) and their offsets move by the paragraphs before. In every article one person in
three (by a hash of the article and the entity, so a run is repeatable) gets a surname never
seen before, made of syllables from the article's number: a news stream names new people
every day, and the store's actor index must not grow with them.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

SYLLABLES = ("ка", "ре", "ми", "но", "ла", "ту", "са", "би", "го", "де", "ры", "жа", "ло", "ви", "зу", "па")
SEPARATOR = "\n\n"


def load_pool(pool: list[str], path: Path) -> list[dict]:
    """The record of every paragraph of `pool`, from `path` if it holds them, else extracted
    now (one process, a few minutes) and saved there."""
    digest = hashlib.sha1("\n\x00".join(pool).encode()).hexdigest()
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            head = json.loads(fh.readline())
            if head.get("pool") == digest:
                return [json.loads(line) for line in fh]
        print(f"{path} holds another pool's records: extracting again", file=sys.stderr)
    from kelisim.pipeline import Extractor
    from kelisim.read.article import Article
    arts = [Article(text=t, title="", date=None, source=f"paragraph/{i}", id=f"p{i}") for i, t in enumerate(pool)]
    print(f"extracting {len(pool):,} paragraphs once into {path} ...", file=sys.stderr, flush=True)
    records = list(Extractor().records(arts, with_text=False))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"pool": digest}) + "\n")
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records


def invented_surname(n: int) -> str:
    """A distinct Russian-looking surname for every n (base-16 digits as syllables)."""
    parts = []
    while True:
        n, d = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[d])
        if n == 0:
            break
    return "".join(parts).capitalize() + "ов"


def _renamed(i: int, ent: dict) -> bool:
    h = hashlib.blake2b(f"{i}/{ent.get('name')}".encode(), digest_size=2).digest()
    return ent.get("type") == "PER" and int.from_bytes(h, "big") % 3 == 0


def _shift(span: dict, by: int) -> dict:
    out = dict(span)
    for k in ("start", "end"):
        if isinstance(out.get(k), int):
            out[k] += by
    return out


def article_record(i: int, article: dict, parts: list[dict]) -> dict:
    """The record of article `i` (a dict with text, title, date, source) made of its paragraphs'
    records, in order, with the text (`--with-text`)."""
    entities, events, sectors, offset = [], [], [], 0
    for part, text in zip(parts, article["text"].split(SEPARATOR)):
        ids = {}
        for ent in part.get("entities") or ():
            ids[ent["id"]] = f"e{len(entities) + 1}"
            ent = {**ent, "id": ids[ent["id"]], "mentions": [_shift(m, offset) for m in ent.get("mentions") or ()]}
            if _renamed(i, ent):
                given = ent["name"].split()[0] if len(ent["name"].split()) > 1 else ""
                ent["name"] = f"{given} {invented_surname(i * 64 + len(entities))}".strip()
                ent["aliases"], ent["name_latin"] = [], None
                ent["mentions"] = [{**m, "text": ent["name"]} for m in ent["mentions"]]
            entities.append(ent)
        for ent in entities[len(entities) - len(part.get("entities") or ()):]:
            ent["roles"] = [{**r, "org": ids.get(r.get("org"), r.get("org"))} for r in ent.get("roles") or ()]
        evs = {ev["id"]: f"v{len(events) + k + 1}" for k, ev in enumerate(part.get("events") or ())}
        for ev in part.get("events") or ():
            events.append(_remap(ev, {**ids, **evs}, offset))
        sectors += [s for s in part.get("sectors") or () if s not in sectors]
        offset += len(text) + len(SEPARATOR)
    from kelisim.read.article import article_id
    return {"id": article_id(article["text"]), "source": article["source"], "lang": "ru", "date": article["date"],
            "title": article["title"], "entities": entities, "events": events, "sectors": sectors,
            "text": article["text"]}


def _remap(ev: dict, ids: dict, offset: int) -> dict:
    out = {}
    for k, v in ev.items():
        if k == "evidence":
            out[k] = [_shift(e, offset) for e in v or ()]
        elif isinstance(v, str):
            out[k] = ids.get(v, v)
        elif isinstance(v, list):
            out[k] = [ids.get(x, x) if isinstance(x, str) else x for x in v]
        else:
            out[k] = v
    return out
