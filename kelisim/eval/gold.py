"""Scoring records against gold annotations (spec/GOLD.md), the way the project's scorer does.

Users annotate their own articles as NAME.txt + NAME.gold.json and run `kelisim eval gold DIR`.
The rules, in short: gold and predicted items are matched one to one per kind (persons,
meetings, statements, agreements, projects); names match leniently (case, ё/е, punctuation,
a changed ending of up to two letters on longer words, a gold name inside a longer predicted
one); only asserted events count; statements are grouped per speaker, form and paragraph.
The headline figure is the mean of the five F1s.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from ..errors import EvalError

KINDS = ("persons", "meetings", "statements", "agreements", "projects")


# ---------------------------------------------------------------- names

def norm_tokens(s: str | None) -> list[str]:
    s = unicodedata.normalize("NFKC", s or "").lower().replace("ё", "е")
    s = re.sub(r"[^\w\s-]", " ", s).replace("-", " ")
    return s.split()


def token_eq(a: str, b: str) -> bool:
    """Equal, or the same word with another ending (up to two letters, words of 5+ letters)."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and max(len(a), len(b)) >= 5:
        short, long_ = sorted((a, b), key=len)
        if long_.startswith(short[: max(4, len(short) - 2)]) and len(long_) - len(short) <= 2:
            return True
        return len(a) == len(b) and a[:-2] == b[:-2] and len(a) >= 6
    return False


def tokens_within(small: list[str], big: list[str]) -> bool:
    used: set[int] = set()
    for t in small:
        hit = next((i for i, u in enumerate(big) if i not in used and token_eq(t, u)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def name_match(gold: str, candidates: list[str]) -> bool:
    """Gold 'A|B' alternatives against the names of one predicted entity."""
    for alt in gold.split("|"):
        g = norm_tokens(alt)
        if not g:
            continue
        for c in candidates:
            p = norm_tokens(c)
            if p and (tokens_within(g, p) or (len(p) >= 2 and tokens_within(p, g))):
                return True
    return False


def exact_name(gold: str, candidates: list[str]) -> bool:
    golds = {" ".join(norm_tokens(a)) for a in gold.split("|")}
    return any(" ".join(norm_tokens(c)) in golds for c in candidates)


# ---------------------------------------------------------------- one record

@dataclass
class Scored:
    """A record seen the way the scorer sees it."""
    record: dict
    text: str
    entities: dict = field(init=False)
    events: list = field(init=False)

    def __post_init__(self) -> None:
        self.entities = {e.get("id"): e for e in self.record.get("entities") or [] if isinstance(e, dict)}
        self.events = [v for v in self.record.get("events") or []
                       if isinstance(v, dict) and (v.get("modality") or "asserted") == "asserted"]

    def names(self, ref) -> list[str]:
        e = self.entities.get(ref) if isinstance(ref, str) else None
        if e is None:
            return [ref] if isinstance(ref, str) else []
        return [n for n in [e.get("name") or "", e.get("name_latin") or "", *(e.get("aliases") or [])] if n]

    def country(self, ref) -> str | None:
        return (self.entities.get(ref) or {}).get("country") if isinstance(ref, str) else None

    def paragraph(self, offset) -> int | None:
        if not isinstance(offset, int) or not self.text:
            return None
        return len(re.findall(r"\n[ \t]*\n", self.text[:offset]))

    def of_type(self, t: str) -> list[dict]:
        return [v for v in self.events if v.get("type") == t]


def _all_covered(gold_items, pred_refs, match) -> bool:
    used: set[int] = set()
    for g in gold_items:
        hit = next((i for i, r in enumerate(pred_refs) if i not in used and match(g, r)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def _party_match(doc: Scored, gold_party: str, ref) -> bool:
    if re.fullmatch(r"[A-Z]{2}", gold_party):
        return doc.country(ref) == gold_party   # the state itself, or one of its signatories
    return name_match(gold_party, doc.names(ref))


def predicted(kind: str, doc: Scored) -> list[dict]:
    if kind == "persons":
        return [e for e in doc.entities.values() if e.get("type") == "PER"]
    if kind == "statements":
        groups: dict[tuple, dict] = {}
        for v in doc.of_type("statement"):
            ev = (v.get("evidence") or [{}])[0] or {}
            key: tuple = (" ".join(norm_tokens(" ".join(doc.names(v.get("speaker"))[:1]))),
                          bool(v.get("direct")), doc.paragraph(ev.get("start")))
            if key[2] is None:
                key = key + (id(v),)
            groups.setdefault(key, v)
        return list(groups.values())
    return doc.of_type(kind[:-1])


def matches(kind: str, g: dict, p: dict, doc: Scored) -> bool:
    if kind == "persons":
        return name_match(g["name"], [p.get("name") or "", p.get("name_latin") or "", *(p.get("aliases") or [])])
    if kind == "meetings":
        return _all_covered(g.get("participants") or [], p.get("participants") or [],
                            lambda gp, ref: name_match(gp, doc.names(ref)))
    if kind == "statements":
        if bool(g.get("direct")) != bool(p.get("direct")) or not name_match(g["speaker"], doc.names(p.get("speaker"))):
            return False
        qs = g.get("quote_start")
        return not qs or " ".join(norm_tokens(p.get("text"))).find(" ".join(norm_tokens(qs))) >= 0
    if kind == "agreements":
        if g.get("doc_type") and g["doc_type"] != p.get("doc_type"):
            return False
        return _all_covered(g.get("parties") or [], p.get("parties") or [],
                            lambda gp, ref: _party_match(doc, gp, ref))
    if kind == "projects":
        if g.get("owner"):
            return name_match(g["owner"], doc.names(p.get("owner")))
        return name_match(g.get("name", ""), [p.get("name") or ""])
    raise ValueError(kind)


def attributes(kind: str, g: dict, p: dict, doc: Scored):
    """(attribute, correct) for each attribute the gold states."""
    if kind == "persons":
        if g.get("country"):
            yield "country", p.get("country") == g["country"]
        if g.get("title"):
            titles = [r.get("title") or "" for r in p.get("roles") or [] if isinstance(r, dict)]
            yield "title", any(name_match(g["title"], [t]) or tokens_within(norm_tokens(g["title"])[:1], norm_tokens(t))
                               for t in titles)
        yield "exact_name", exact_name(g["name"], [p.get("name") or ""])
    elif kind == "meetings" and g.get("location"):
        yield "location", name_match(g["location"], doc.names(p.get("location")))
    elif kind == "agreements":
        if g.get("sectors"):
            yield "sectors", set(g["sectors"]) <= set(p.get("sectors") or [])
        if g.get("deadline"):
            yield "deadline", str(p.get("deadline") or "").startswith(g["deadline"])
    elif kind == "projects":
        if g.get("location"):
            yield "location", name_match(g["location"], doc.names(p.get("location")))
        if g.get("stage"):
            yield "stage", p.get("stage") == g["stage"]


# ---------------------------------------------------------------- a folder

def record_key(record: dict) -> str:
    """The gold file a record belongs to: its source's basename without the extension."""
    name = Path(str(record.get("source") or "")).name
    return name[:-len(".txt")] if name.endswith(".txt") else Path(name).stem


def _raw_prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _prf(tp: int, fp: int, fn: int) -> dict:
    p, r, f = _raw_prf(tp, fp, fn)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def score(gold_dir: str | Path, records: list[dict], only: str = "*") -> dict:
    """Score `records` against every NAME.gold.json in `gold_dir` whose NAME matches `only`."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir} is not a folder; give the folder that holds NAME.txt and NAME.gold.json")
    by_key = {record_key(r): r for r in records}
    tally = {k: [0, 0, 0] for k in KINDS}
    attrs: dict[str, list[int]] = {}
    sectors = [0, 0, 0]
    per_doc = {}
    golds = sorted(p for p in gold_dir.glob("*.gold.json") if fnmatch(p.name[: -len(".gold.json")], only))
    if not golds:
        raise EvalError(f"no NAME.gold.json files in {gold_dir} match {only!r}; see spec/GOLD.md for the format")
    for path in golds:
        name = path.name[: -len(".gold.json")]
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise EvalError(f"{path}: not valid JSON ({e}); fix the annotation file") from None
        txt = path.with_name(name + ".txt")
        text = txt.read_text(encoding="utf-8").replace("\r\n", "\n") if txt.exists() else ""
        doc = Scored(by_key.get(name, {}), text)
        row = {}
        for kind in KINDS:
            preds = predicted(kind, doc)
            used: set[int] = set()
            tp = 0
            for g in gold.get(kind) or []:
                hit = next((i for i, p in enumerate(preds) if i not in used and matches(kind, g, p, doc)), None)
                if hit is None:
                    continue
                used.add(hit)
                tp += 1
                for a, ok in attributes(kind, g, preds[hit], doc):
                    c = attrs.setdefault(f"{kind}.{a}", [0, 0])
                    c[0] += ok
                    c[1] += 1
            counts = (tp, len(preds) - tp, len(gold.get(kind) or []) - tp)
            for i, v in enumerate(counts):
                tally[kind][i] += v
            row[kind] = list(counts)
        gs, ps = set(gold.get("sectors") or []), set(doc.record.get("sectors") or [])
        for i, v in enumerate((len(gs & ps), len(ps - gs), len(gs - ps))):
            sectors[i] += v
        per_doc[name] = {"found": name in by_key, **row}
    result: dict = {"documents": len(golds), "missing_records": sum(not d["found"] for d in per_doc.values())}
    for kind in KINDS:
        result[kind] = _prf(*tally[kind])
    tp, fp, fn = sectors
    sp = tp / (tp + fp) if tp + fp else 0.0       # sectors: nothing predicted is nothing right
    sr = tp / (tp + fn) if tp + fn else 0.0
    result["sectors"] = {"precision": round(sp, 3), "recall": round(sr, 3),
                         "f1": round(2 * sp * sr / (sp + sr), 3) if sp + sr else 0.0}
    result["attributes"] = {k: round(ok / n, 3) for k, (ok, n) in sorted(attrs.items())}
    # the mean of the unrounded F1s, as the project's scorer takes it
    raw = [_raw_prf(result[k]["tp"], result[k]["fp"], result[k]["fn"])[2] for k in KINDS]
    result["score"] = round(sum(raw) / len(KINDS), 3)
    result["per_document"] = per_doc
    return result


def format_table(result: dict) -> str:
    """The table, line for line as the project's scorer prints it."""
    lines = [f"documents: {result['documents']}  without a record: {result['missing_records']}",
             f"{'kind':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for kind in KINDS:
        m = result[kind]
        lines.append(f"{kind:<12}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}")
    m = result["sectors"]
    lines.append(f"{'sectors':<12}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}")
    lines.extend(f"  {k}: {v:.3f}" for k, v in result["attributes"].items())
    lines.append(f"score: {result['score']:.3f}")
    return "\n".join(lines)
