"""Reading a record in the construction-matrix tests (tests/extract/test_*_matrix.py): a side or
a speaker is matched by name tokens as the gold scorer matches them (kelisim.eval.gold.name_match:
a prefix that allows case endings), so "посла Японии" in the text and "посол Японии" as expected are one side."""
from __future__ import annotations

import pytest

from kelisim.eval.gold import name_match

HEADLINES = {"ru": "Новости дипломатии", "en": "Diplomatic news", "kk": "Дипломатия жаңалықтары"}


def article(lang: str, body: str) -> str:
    return f" date 2026-03-16 {HEADLINES[lang]}\n\n{body}"


def same_name(expected: str, got: str) -> bool:
    """expected: "A|B" alternatives, as the gold writes a side an office or its state may stand for."""
    return name_match(expected, [got])


def names_of(rec: dict, ref) -> list[str]:
    ent = next((e for e in rec["entities"] if e["id"] == ref), None)
    if ent is None:
        return [ref] if isinstance(ref, str) else []
    return [n for n in [ent.get("name"), ent.get("name_latin"), *(ent.get("aliases") or [])] if n]


def one_each(wanted, refs, fits) -> bool:
    """Does every wanted item find a ref of its own (one to one, as the scorer pairs them)?"""
    used: set[int] = set()
    for want in wanted:
        hit = next((i for i, r in enumerate(refs) if i not in used and fits(want, r)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def covers(rec: dict, sides, refs) -> bool:
    return one_each(sides, refs, lambda side, r: any(same_name(side, n) for n in names_of(rec, r)))


def matrix_params(cases: list[tuple], xfail: dict[tuple[str, int], str] | None = None) -> list:
    """(lang, ...) cases as pytest params with ids "ru-00", "en-03" ...; xfail: (lang, n) -> reason."""
    params, counts = [], {}
    for case in cases:
        lang = case[0]
        n = counts[lang] = counts.get(lang, -1) + 1
        reason = (xfail or {}).get((lang, n))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(*case, id=f"{lang}-{n:02d}", marks=marks))
    return params


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
