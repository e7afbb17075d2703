"""Sectors from a lemma lexicon (lang/<lang>/sectors.tsv): for a span of text and for the article."""
from __future__ import annotations

from ..doc import Doc
from ..nlp.match import PhraseMatcher, lexicon_matcher

ORDER = ("critical_minerals", "energy", "green_economy", "climate_environment", "transport_logistics",
         "trade", "investment", "finance", "digital_ai", "education", "science", "health", "agriculture",
         "industry", "culture_humanitarian", "security", "parliamentary", "governance", "diplomacy_general")


def sector_matcher(lang: str) -> PhraseMatcher:
    return lexicon_matcher(lang, "sectors.tsv")


def sectors_of(doc: Doc, start: int, end: int, skip=()) -> list[str]:
    """Sectors named between two offsets, in the vocabulary's order, none of those inside `skip`."""
    found = set()
    try:
        matcher = sector_matcher(doc.lang)
    except FileNotFoundError:
        return []
    for sent in doc.sents:
        if sent.end <= start or sent.start >= end:
            continue
        toks = [t for t in sent.tokens if t.start >= start and t.end <= end]
        found.update(m.value for m in matcher.finditer(toks)
                     if not any(a <= toks[m.start].start < b for a, b in skip))
    return [s for s in ORDER if s in found]


def _titles(doc: Doc) -> list[tuple[int, int]]:
    """Where the article writes a person's office ("министр культуры и спорта X", "Minister of
    Agriculture X"): a sector word there says who someone is, not what the article is about."""
    return list(doc.meta.get("title_spans", ()))


class Sectors:
    """The article's sectors: every sector its body names, plus those of its events."""
    name = "sectors"
    requires = ("sents",)
    assigns = ("sectors",)
    langs = None

    def __call__(self, doc: Doc) -> Doc:
        found = set(sectors_of(doc, 0, len(doc.text), _titles(doc)))
        for v in doc.events:
            found.update(v.attrs.get("sectors") or [])
        if not found and any(v.type in ("meeting", "statement") for v in doc.events):
            found.add("diplomacy_general")
        doc.sectors = [s for s in ORDER if s in found]
        return doc
