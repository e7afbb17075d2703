"""Named entities scored against IOB2 files (KazNERD's "token TAG" lines, UNER's
"ID token TAG - -" lines): precision, recall and F1 per type, exact token spans.

The types are folded to kelisim's three: PERSON -> PER, ORGANISATION -> ORG, and GPE,
LOCATION and LOC -> LOC; every other type of the corpus (dates, money, positions ...) is left
out on both sides. What is scored is what kelisim's pipeline finds for the language: each
sentence is rebuilt as text from its tokens, the pipeline's stages up to and including the
entity-span stages run over it, and a span counts where it starts and ends on the gold
tokens' edges.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..doc import Doc, Span
from ..errors import EvalError

TYPES = ("PER", "ORG", "LOC")
FOLD = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
        "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC"}
# Sentences per pseudo-document: enough to spread the pipeline's per-document cost, few
# enough that a name repeated across unrelated sentences rarely helps.
CHUNK = 20


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]


def read_iob2(path: str | Path) -> list[Sentence]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise EvalError(f"{path}: cannot read the IOB2 file ({e.strerror}); give a KazNERD or UNER file") from None
    out: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            if toks:
                out.append(Sentence(toks, tags))
                toks, tags = [], []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if len(cols) >= 3 and cols[0].isdigit():       # UNER: ID token TAG ...
            tok, tag = cols[1], cols[2]
        elif len(cols) == 2:                           # KazNERD: token TAG
            tok, tag = cols
        else:
            raise EvalError(f"{path}:{n}: expected 'token TAG' or 'ID token TAG ...', got {line[:60]!r}")
        if tag != "O" and not tag[:2] in ("B-", "I-"):
            raise EvalError(f"{path}:{n}: tag {tag!r} is not IOB2 (O, B-TYPE, I-TYPE)")
        toks.append(tok)
        tags.append(tag)
    if toks:
        out.append(Sentence(toks, tags))
    if not out:
        raise EvalError(f"{path}: no sentences; give an IOB2 file")
    return out


def gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(first token, end token, folded type) of each entity; an I- without its B- starts one."""
    out, start, kind = set(), None, None
    for k, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            if FOLD.get(kind):
                out.add((start, k, FOLD[kind]))
            start = kind = None
        if tag.startswith("B-") or tag.startswith("I-") and start is None:
            start, kind = k, tag[2:]
    return out


def layout(sents: list[Sentence]) -> tuple[str, list[list[tuple[int, int]]]]:
    """One text for a chunk of sentences (a blank line between them, so no sentence runs into
    the next) and each token's character offsets in it."""
    parts, offsets, pos = [], [], 0
    for s in sents:
        offs = []
        for tok in s.tokens:
            offs.append((pos, pos + len(tok)))
            parts.append(tok)
            parts.append(" ")
            pos += len(tok) + 1
        parts[-1] = "\n\n"
        pos += 1
        offsets.append(offs)
    return "".join(parts), offsets


def token_spans(spans: Iterable[Span], offsets: list[tuple[int, int]]) -> set[tuple[int, int, str]]:
    starts = {s: k for k, (s, _) in enumerate(offsets)}
    ends = {e: k + 1 for k, (_, e) in enumerate(offsets)}
    out = set()
    for sp in spans:
        kind = FOLD.get(sp.type)
        if kind and sp.start in starts and sp.end in ends:
            out.add((starts[sp.start], ends[sp.end], kind))
    return out


def pipeline_spans(lang: str, upto: str = "spans") -> Callable[[list[Doc]], list[Doc]]:
    """kelisim's default stages for `lang` up to the entity-span stages (`upto="spans"`: what
    the pipeline recognises), or up to the language's NLP stage alone (`upto="nlp"`: its
    statistical recogniser before any rule)."""
    from ..pipeline import Pipeline
    from ..stages import default_stages
    stages = []
    for st in default_stages():
        if st.name == "entities":          # BuildEntities: the spans are final before it
            break
        if upto == "nlp" and "entity_spans" in st.assigns:
            break
        if upto == "nlp" and hasattr(st, "ner"):
            st.ner = True      # a statistical recogniser the pipeline leaves off by default
        if st.langs is None or lang in st.langs:
            stages.append(st)
    pipeline = Pipeline(stages)
    return lambda docs: list(pipeline.pipe(docs))


def evaluate(path: str | Path, lang: str, upto: str = "spans",
             run: Callable[[list[Doc]], list[Doc]] | None = None) -> dict:
    sents = read_iob2(path)
    run = run or pipeline_spans(lang, upto)
    chunks = [sents[a:a + CHUNK] for a in range(0, len(sents), CHUNK)]
    laid = [layout(c) for c in chunks]
    docs = run([Doc(text=text, lang=lang) for text, _ in laid])
    counts = {t: Counter() for t in TYPES}
    for chunk, (_, offsets), doc in zip(chunks, laid, docs):
        for s, offs in zip(chunk, offsets):
            lo, hi = offs[0][0], offs[-1][1]
            pred = token_spans([sp for sp in doc.spans if lo <= sp.start and sp.end <= hi], offs)
            gold = gold_spans(s.tags)
            for t in TYPES:
                p = {x for x in pred if x[2] == t}
                g = {x for x in gold if x[2] == t}
                counts[t].update(tp=len(p & g), pred=len(p), gold=len(g))
    return {"sentences": len(sents), "types": {t: prf(c) for t, c in counts.items()}}


def prf(c: Counter) -> dict:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": c["tp"], "pred": c["pred"], "gold": c["gold"]}


def summary_line(result: dict) -> str:
    return " ".join(f"{t} {result['types'][t]['f1']:.3f}" for t in TYPES)
