"""One English article, extracted whole, against the record reviewed by hand and stored beside it.

The article (tests/en/data/en_kz_uz_samarkand.txt) was written for this test in the style of
regional news: a dateline, talks with a counterpart, a list apposition, quotes after and before
their speaker, a pronoun and a description, first-person speech without quotes, a plural
"agreements in the fields of" list, a project inside a memorandum, a negated signing and a
planned visit. After a deliberate change of behaviour, look at the new record and, if it is
right, store it with KELISIM_UPDATE_EXPECTED=1.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from kelisim.read import read_sources

DATA = Path(__file__).parent / "data"


def _record(extractor, name: str) -> dict:
    article = next(read_sources([str(DATA / f"{name}.txt")]))
    record = extractor.extract(article)
    record["source"] = f"{name}.txt"
    return json.loads(json.dumps(record, ensure_ascii=False))


def test_end_to_end_english_article_matches_the_stored_record(extractor):
    name = "en_kz_uz_samarkand"
    got = _record(extractor, name)
    path = DATA / f"{name}.expected.json"
    if os.environ.get("KELISIM_UPDATE_EXPECTED"):
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got["entities"] == expected["entities"]
    assert got["events"] == expected["events"]
    assert got == expected


def test_end_to_end_english_evidence_and_mentions_are_exact_slices(extractor):
    text = (DATA / "en_kz_uz_samarkand.txt").read_text(encoding="utf-8")
    record = _record(extractor, "en_kz_uz_samarkand")
    spans = [m for e in record["entities"] for m in e["mentions"]] + \
            [s for v in record["events"] for s in v["evidence"]]
    assert spans
    assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)


def test_end_to_end_english_record_holds_what_an_analyst_would_cite(extractor):
    record = _record(extractor, "en_kz_uz_samarkand")
    ents = {e["id"]: e for e in record["entities"]}
    asserted = [v for v in record["events"] if v["modality"] == "asserted"]
    meetings = [sorted(ents[p]["name"] for p in v["participants"]) for v in asserted if v["type"] == "meeting"]
    assert ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"] in meetings
    docs = [v["doc_type"] for v in asserted if v["type"] == "agreement"]
    assert docs == ["roadmap", "agreement", "agreement", "memorandum"]
    negated = [v for v in record["events"] if v["modality"] == "negated"]
    assert [v["type"] for v in negated] == ["agreement"]
    speakers = {(ents[v["speaker"]]["name"], v["direct"]) for v in asserted if v["type"] == "statement"}
    assert ("Bakhtiyor Saidov", True) in speakers       # first-person speech without quote marks
