"""Training and held-out data for kelisim's English name recogniser (tools/train_en.py ner).

re3d annotates more than names: a Person may be a title alone ("Foreign Office Minister"), a
pronoun or a description ("the preacher"), and spans nest ("Foreign Minister Julie Bishop"
around "Julie Bishop"). kelisim wants names, as UNER marks them, so each re3d span is cut
down to one: a leading article and possessive ending go, a person's leading title and
honorific words go, spans without a capitalised word or made only of title words are
dropped, and of nested spans the innermost is kept. Nationality, Temporal and the other
types are left out. Every fifth document of each folder is held out for measuring, the
next one selects the model; UNER English-EWT dev trains too (its last tenth selects), and
UNER's test part is never seen.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RE3D = DATA / "re3d"
UNER = DATA / "UNER_English-EWT"
FOLDERS = ("UK_Government", "US_State_Department", "CENTCOM", "Australian_Department_of_Foreign_Affairs",
           "Wikipedia")
SOURCES = [
    {"name": "re3d UK_Government", "url": "https://github.com/dstl/re3d", "license": "Open Government Licence v3.0"},
    {"name": "re3d US_State_Department", "url": "https://github.com/dstl/re3d", "license": "public domain"},
    {"name": "re3d CENTCOM", "url": "https://github.com/dstl/re3d", "license": "public domain"},
    {"name": "re3d Australian_Department_of_Foreign_Affairs", "url": "https://github.com/dstl/re3d",
     "license": "CC BY 3.0 AU"},
    {"name": "re3d Wikipedia", "url": "https://github.com/dstl/re3d", "license": "CC BY-SA 3.0"},
    {"name": "UNER English-EWT (dev)", "url": "https://github.com/UniversalNER/UNER_English-EWT",
     "license": "CC BY-SA 4.0"},
]
TYPES = {"Person": "PER", "Organisation": "ORG", "Location": "LOC"}
PRONOUNS = {"i", "we", "he", "she", "they", "it", "you", "him", "her", "his", "its", "their", "our", "us",
            "them", "me", "my"}
JOINS = {"of", "for", "the", "and"}
LEAD = re.compile(r"^(?:the|The|THE)\s+")
TAIL = re.compile(r"(?:['’]s?|[\s,.;:])+$")


def _title_words() -> set[str]:
    from kelisim.lang import lexicon
    out = set()
    for name in ("titles.tsv", "honorifics.txt"):
        for row in lexicon("en", name):
            out.update(w.strip(".").lower() for w in row[0].split())
    return out | {"of", "for", "the", "and", "deputy", "acting", "former", "dr", "he", "spc", "sgt", "gen", "col",
                  "lt", "maj", "capt", "adm"}


def clean(text: str, begin: int, end: int, kind: str, titles: set[str]) -> tuple[int, int] | None:
    """The name inside an annotated span, as offsets, or None where it holds no name."""
    value = text[begin:end]
    m = LEAD.match(value)
    if m:
        begin += m.end()
    value = text[begin:end]
    m = TAIL.search(value)
    if m and m.start() > 0:
        end = begin + m.start()
    if kind == "PER":
        while True:
            m = re.match(r"[\w.-]+\s+", text[begin:end])
            if not m or m.group().strip().strip(".").lower() not in titles - JOINS:
                break
            begin += m.end()
    value = text[begin:end]
    words = re.findall(r"[^\W\d_][\w'’.-]*", value)
    if not words or not value[:1].isupper() or value.lower() in PRONOUNS:
        return None
    if all(w.strip(".").lower() in titles for w in words):
        return None
    if kind == "PER" and words[-1].lower() in titles:
        return None           # "Iraqi Foreign Minister": a title, whatever comes before it
    if kind == "ORG" and words[-1].islower():
        return None           # "Iraqi security forces": a group of people, not a named body
    return begin, end


def re3d_docs(nlp) -> dict[str, list]:
    titles = _title_words()
    parts: dict[str, list] = {"train": [], "dev": [], "heldout": []}
    for folder in FOLDERS:
        docs = [json.loads(line) for line in (RE3D / folder / "documents.json").read_text(encoding="utf-8").splitlines()
                if line.strip()]
        ents: dict[str, list] = {}
        for line in (RE3D / folder / "entities.json").read_text(encoding="utf-8").splitlines():
            if line.strip():
                e = json.loads(line)
                ents.setdefault(e["documentId"], []).append(e)
        for k, d in enumerate(sorted(docs, key=lambda d: d["_id"])):
            text = d["text"]
            doc = nlp.make_doc(text)
            cands = []
            for e in ents.get(d["_id"], []):
                kind = TYPES.get(e["type"])
                got = clean(text, e["begin"], e["end"], kind, titles) if kind else None
                if got:
                    span = doc.char_span(got[0], got[1], label=kind, alignment_mode="contract")
                    if span is not None and len(span):
                        cands.append(span)
            taken: set[int] = set()
            chosen = []
            for span in sorted(cands, key=lambda s: (len(s), s.start)):   # innermost first
                if not taken & set(range(span.start, span.end)):
                    chosen.append(span)
                    taken.update(range(span.start, span.end))
            doc.ents = sorted(chosen, key=lambda s: s.start)
            parts["heldout" if k % 5 == 0 else "dev" if k % 5 == 1 else "train"].append(doc)
    return parts


def uner_docs(nlp, path: Path, per_doc: int = 10) -> list:
    from spacy.tokens import Doc, Span
    from kelisim.eval.ner import gold_spans, read_iob2
    out = []
    sents = read_iob2(path)
    for a in range(0, len(sents), per_doc):
        words, ents, sent_starts = [], [], []
        for s in sents[a:a + per_doc]:
            base = len(words)
            words += s.tokens
            sent_starts += [True] + [False] * (len(s.tokens) - 1)
            for b, e, kind in sorted(gold_spans(s.tags)):
                ents.append((base + b, base + e, kind))
        doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
        doc.ents = [Span(doc, b, e, label=k) for b, e, k in ents]
        out.append(doc)
    return out


def build(work: Path) -> dict[str, Path]:
    import spacy
    from spacy.tokens import DocBin
    nlp = spacy.blank("en")
    re3d = re3d_docs(nlp)
    uner = uner_docs(nlp, UNER / "en_ewt-ud-dev.iob2")
    cut = len(uner) * 9 // 10
    sets = {"train": re3d["train"] + uner[:cut], "dev": re3d["dev"] + uner[cut:], "heldout": re3d["heldout"],
            "uner_test": uner_docs(nlp, UNER / "en_ewt-ud-test.iob2")}
    paths = {}
    for name, docs in sets.items():
        paths[name] = work / f"ner-{name}.spacy"
        DocBin(docs=docs).to_disk(paths[name])
        print(f"{name}: {len(docs)} documents, {sum(len(d.ents) for d in docs)} names")
    return paths


def measure(model: Path, paths: dict[str, Path]) -> dict:
    """F1 by type on the held-out re3d documents and on UNER test (GPE counted as LOC)."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example
    nlp = spacy.load(model)
    out = {}
    for name, label in (("heldout", "re3d held-out"), ("uner_test", "UNER English-EWT test")):
        docs = list(DocBin().from_disk(paths[name]).get_docs(nlp.vocab))
        # the model gets the gold tokens, so what is measured is the recogniser alone
        examples = [Example(nlp(_words_doc(nlp, d)), d) for d in docs]
        out[label] = _score(examples)
    return out


def _words_doc(nlp, d):
    from spacy.tokens import Doc
    return Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])


def _score(examples) -> dict:
    from spacy.scorer import Scorer
    per = Scorer.score_spans(examples, "ents")["ents_per_type"]
    return {t: round(per[t]["f"], 4) for t in ("PER", "ORG", "LOC") if t in per}
