"""Reading one agreement out of a record for the construction matrix (test_agreement_matrix_*).

A case says what an analyst would write down from the sentence: the modality of the
document's signing, its doc_type and its parties, each an ISO code (the state itself, or a
person or body signing for it) or an organisation's name; or NONE: no asserted agreement
(a signing recalled, refused, only initialled).
"""
from __future__ import annotations

import re

from kelisim.read import parse_plain_text
from tests.matrix_support import one_each

NONE = None
HEADLINES = {"ru": "Новости", "en": "News", "kk": "Жаңалықтар"}


def record(extractor, lang: str, body: str) -> dict:
    text = f" date 2026-03-16 {HEADLINES[lang]}\n\n{body}\n"
    rec = extractor.extract(parse_plain_text(text, "matrix.txt"), with_text=True)
    assert rec["lang"] == lang
    return rec


def _stem(word: str) -> str:
    return word.lower()[:5]


def _party(entities: dict, want: str, ref: str) -> bool:
    e = entities.get(ref) or {}
    if re.fullmatch(r"[A-Z]{2}", want):
        return e.get("country") == want
    got = {_stem(w) for w in re.findall(r"\w+", e.get("name") or "")}
    return {_stem(w) for w in re.findall(r"\w+", want)} <= got


def _covered(entities: dict, wanted: list[str], refs: list[str]) -> bool:
    return one_each(wanted, refs, lambda want, r: _party(entities, want, r))


def summary(rec: dict) -> list[tuple]:
    by_id = {e["id"]: e for e in rec["entities"]}
    return [(v.get("modality", "asserted"), v.get("doc_type"),
             [(by_id.get(p, {}).get("name"), by_id.get(p, {}).get("country")) for p in v.get("parties") or []])
            for v in rec["events"] if v["type"] == "agreement"]


def check(rec: dict, expected) -> None:
    """expected: NONE, or (modality, doc_type, [parties])."""
    got = summary(rec)
    if expected is NONE:
        assert not [g for g in got if g[0] == "asserted"], got
        return
    modality, doc_type, parties = expected
    entities = {e["id"]: e for e in rec["entities"]}
    ok = [v for v in rec["events"] if v["type"] == "agreement"
          and v.get("modality", "asserted") == modality and v.get("doc_type") == doc_type
          and _covered(entities, parties, v.get("parties") or [])]
    assert ok, got
