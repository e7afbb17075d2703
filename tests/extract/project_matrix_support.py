"""Reading one project out of a record for the construction matrix (test_project_matrix.py).

A case says what the gold would hold for the sentence: the project's owner (who carries it out;
"A|B" alternatives as the gold writes them, or "" when the gold names none), its stage
(announced, agreed, in_progress, completed, cancelled) and its location, or NONE: no project
(a plant discussed in general terms, a building finished years ago, a company's existing factory).
The owner is matched as the scorer matches it (kelisim/eval/gold.py): by name tokens.
"""
from __future__ import annotations

from kelisim.read import parse_plain_text
from tests.matrix_support import article, names_of, same_name

NONE = None


def record(extractor, lang: str, body: str) -> dict:
    rec = extractor.extract(parse_plain_text(article(lang, body), "matrix.txt"), with_text=True)
    assert rec["lang"] == lang
    return rec


def summary(rec: dict) -> list[tuple]:
    return [(names_of(rec, v.get("owner"))[:1], v.get("stage"), names_of(rec, v.get("location"))[:1], v.get("name"))
            for v in rec["events"] if v["type"] == "project"]


def _fits(rec: dict, v: dict, owner: str, stage: str, location: str | None) -> bool:
    if owner and not any(same_name(owner, n) for n in names_of(rec, v.get("owner"))):
        return False
    if v.get("stage") != stage:
        return False
    return not location or any(same_name(location, n) for n in names_of(rec, v.get("location")))


def check(rec: dict, expected) -> None:
    """expected: NONE, or (owner, stage, location or None)."""
    got = summary(rec)
    if expected is NONE:
        assert not got, got
        return
    owner, stage, location = expected
    assert any(_fits(rec, v, owner, stage, location) for v in rec["events"] if v["type"] == "project"), got
