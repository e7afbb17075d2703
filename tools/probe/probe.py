"""Combinatorial project probe: sentences built as a product (firm x act x works noun x place, each
factor written apart from the lexicons), each with the owner and stage it must yield; counts the
sentences whose project is missing or has a wrong owner or stage, grouped by the factor that fails.

usage: PYTHONPATH=. python tools/probe/probe.py SET   (SET: en, en2, en3, ru, ru2, ru3, kk, kk2, kk3;
tools/probe/cases_SET.py gives HEAD and cases() -> (sentence, owner, stage, (noun, act)))
Failures go to /tmp/kelisim_probe_SET.log. The sets ending in 2 and 3 were written after the rules
the first ones prompted, with fresh nouns, acts and forms: only they tell whether a fix generalizes."""
import collections
import sys
from pathlib import Path

from kelisim.pipeline import Extractor
from kelisim.read import Article
from kelisim.eval.gold import name_match
sys.path.insert(0, str(Path(__file__).resolve().parent))
lang = sys.argv[1]
P = __import__(f"cases_{lang}")
ex = Extractor()
cases = list(P.cases())
arts = [Article(id=f"p{i}", text=P.HEAD + "\n\n" + s, date="2026-05-10") for i, (s, *_r) in enumerate(cases)]
miss = collections.Counter(); bad_owner = collections.Counter(); bad_stage = collections.Counter(); ok = 0
byverb = collections.Counter()
lines = []
for (s, owner, stage, key), rec in zip(cases, ex.records(arts)):
    ents = {e["id"]: e for e in rec.get("entities", [])}
    projs = [v for v in rec.get("events", []) if v["type"] == "project" and v.get("modality") == "asserted"]
    obj, verb = key
    if not projs:
        miss[obj] += 1; byverb["miss " + verb] += 1; lines.append(f"MISS  {s}"); continue
    p = projs[0]
    o = ents.get(p.get("owner"), {})
    names = [o.get("name") or ""] + (o.get("aliases") or [])
    good = True
    if owner and not name_match(owner, names):
        bad_owner[obj] += 1; byverb["owner " + verb] += 1; lines.append(f"OWNER {s} -> {o.get('name')}"); good = False
    if p.get("stage") != stage:
        bad_stage[obj] += 1; byverb["stage " + verb] += 1; lines.append(f"STAGE {s} -> {p.get('stage')} (want {stage})"); good = False
    if len(projs) > 1:
        lines.append(f"MANY  {s} -> {[q.get('name') for q in projs]}")
    ok += good
print(f"{ok}/{len(cases)} fully right; missing {sum(miss.values())}, owner wrong {sum(bad_owner.values())}, stage wrong {sum(bad_stage.values())}")
print("missing by object:", dict(miss.most_common()))
print("by verb:", dict(byverb.most_common()))
print("owner wrong by object:", dict(bad_owner.most_common(8)))
open(f"/tmp/kelisim_probe_{lang}.log", "w").write("\n".join(lines))
