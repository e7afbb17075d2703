"""Reading a record in the construction-matrix tests (tests/extract/test_*_matrix.py): a side or
a speaker is matched by name tokens as the gold scorer matches them (a prefix that allows case
endings), so "посла Японии" in the text and "посол Японии" as expected are one side."""
from __future__ import annotations

import re
import unicodedata

HEADLINES = {"ru": "Новости дипломатии", "en": "Diplomatic news", "kk": "Дипломатия жаңалықтары"}


def article(lang: str, body: str) -> str:
    return f" date 2026-03-16 {HEADLINES[lang]}\n\n{body}"


def tokens(s: str) -> list[str]:
    s = unicodedata.normalize("NFKC", s or "").lower().replace("ё", "е")
    return [t for t in re.sub(r"[^\w\s-]", " ", s).replace("-", " ").split() if t]


def token_eq(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or max(len(a), len(b)) < 5:
        return False
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short[:max(4, len(short) - 2)]) and len(long_) - len(short) <= 2 \
        or (len(a) == len(b) and a[:-2] == b[:-2] and len(a) >= 6)


def within(small: list[str], big: list[str]) -> bool:
    used: set[int] = set()
    for t in small:
        hit = next((i for i, u in enumerate(big) if i not in used and token_eq(t, u)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def same_name(expected: str, got: str) -> bool:
    """expected: "A|B" alternatives, as the gold writes a side an office or its state may stand for."""
    g = tokens(got)
    return any(e and g and (within(e, g) or (len(g) >= 2 and within(g, e))) for e in map(tokens, expected.split("|")))


def names_of(rec: dict, ref) -> list[str]:
    ent = next((e for e in rec["entities"] if e["id"] == ref), None)
    if ent is None:
        return [ref] if isinstance(ref, str) else []
    return [n for n in [ent.get("name"), ent.get("name_latin"), *(ent.get("aliases") or [])] if n]


def covers(rec: dict, sides, refs) -> bool:
    used: set[int] = set()
    for side in sides:
        hit = next((i for i, r in enumerate(refs) if i not in used
                    and any(same_name(side, n) for n in names_of(rec, r))), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def meetings_with(rec: dict, sides, modality: str) -> list[dict]:
    return [v for v in rec["events"] if v["type"] == "meeting" and v["modality"] == modality
            and covers(rec, sides, v.get("participants") or [])]


def statements_by(rec: dict, speaker: str, direct: bool) -> list[dict]:
    return [v for v in rec["events"] if v["type"] == "statement" and v["modality"] == "asserted"
            and bool(v.get("direct")) == direct and any(same_name(speaker, n) for n in names_of(rec, v.get("speaker")))]


def shown(rec: dict, kind: str) -> list[tuple]:
    """What the record holds of a kind, for a failure message."""
    out = []
    for v in rec["events"]:
        if v["type"] == kind == "meeting":
            out.append((v["modality"], [names_of(rec, r)[:1] for r in v.get("participants") or []]))
        elif v["type"] == kind == "statement":
            out.append((v["modality"], names_of(rec, v.get("speaker"))[:1], v.get("direct")))
    return out
