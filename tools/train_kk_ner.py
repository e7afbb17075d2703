"""Train kelisim's Kazakh entity recogniser on KazNERD and ship it in kelisim/models/kk_ner/.

    OMP_NUM_THREADS=1 nice -n 10 python tools/train_kk_ner.py [--data ../shared/data/KazNERD]
        [--config tools/configs/kk_ner.cfg] [--out kelisim/models/kk_ner] [--work /tmp/kk_ner]
        [--package MINUTES CPU_MINUTES] [--source DIR --config tools/configs/kk_ner_continue.cfg]

KazNERD (Yeshpanov, Khassanov, Varol, LREC 2022; CC BY 4.0): only its validation and test parts
are here. The model trains on the validation part less every tenth sentence, which is held out
for choosing the best checkpoint; the test part is never trained on and gives the figures in
the model card, with F1 on the held-out tenth beside them. Training is seeded (the config's
system.seed) and runs on one CPU core. The config allows 30 epochs, more than a shared machine
gives a run in 35 minutes: the shipped model (1.1.0) is a run stopped at 34.5 minutes (18.4 CPU
minutes, step 4500, best checkpoint step 4000) and shipped from its best checkpoint with
`--package 34.5 18.4`, which skips training and packages what --work holds.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The kinds kelisim reads (persons, bodies, states and places, titles) and those that keep
# them apart from look-alikes (nationalities, buildings, programmes, events, laws).
LABELS = ("PERSON", "ORGANISATION", "GPE", "LOCATION", "POSITION", "NORP", "FACILITY",
          "PROJECT", "EVENT", "LAW")
REPORTED = {"PERSON": "PER", "ORGANISATION": "ORG", "GPE": "LOC", "LOCATION": "LOC",
            "POSITION": "POSITION"}
DEV_EVERY = 10


def read_iob(path: Path) -> list[list[tuple[str, str]]]:
    """(token, tag) pairs of each sentence, read by kelisim's one IOB2 reader."""
    from kelisim.eval.ner import read_iob2
    return [list(zip(s.tokens, s.tags)) for s in read_iob2(path)]


def spans_of(tags: list[str]) -> list[tuple[str, int, int]]:
    """(label, start, end) token spans of an IOB2 sequence; a stray I- opens a span."""
    out, cur = [], None
    for i, tag in enumerate(tags + ["O"]):
        if cur and not (tag.startswith("I-") and tag[2:] == cur[0]):
            out.append(tuple(cur))
            cur = None
        if tag.startswith("B-") or (tag.startswith("I-") and cur is None):
            cur = [tag[2:], i, i + 1]
        elif cur:
            cur[2] = i + 1
    return out


def to_docs(nlp, sents):
    """spaCy Docs of KazNERD's own tokens with the gold entities of the kinds in LABELS."""
    from spacy.tokens import Doc, Span
    for sent in sents:
        doc = Doc(nlp.vocab, words=[w for w, _ in sent])
        doc.ents = [Span(doc, a, b, label=lab) for lab, a, b in spans_of([t for _, t in sent]) if lab in LABELS]
        yield doc


def write_corpus(nlp, sents, path: Path) -> None:
    from spacy.tokens import DocBin
    DocBin(docs=to_docs(nlp, sents)).to_disk(path)


def evaluate(nlp, sents) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 by kind on gold tokens; GPE and LOCATION count as one kind, LOC."""
    from spacy.tokens import Doc
    tally = {k: Counter() for k in ("PER", "ORG", "LOC", "POSITION")}
    docs = (Doc(nlp.vocab, words=[w for w, _ in s]) for s in sents)
    for sent, doc in zip(sents, nlp.pipe(docs, batch_size=256)):
        gold = {(REPORTED[l], a, b) for l, a, b in spans_of([t for _, t in sent]) if l in REPORTED}
        pred = {(REPORTED[e.label_], e.start, e.end) for e in doc.ents if e.label_ in REPORTED}
        for k, c in tally.items():
            g, p = {e for e in gold if e[0] == k}, {e for e in pred if e[0] == k}
            c["tp"] += len(g & p)
            c["fp"] += len(p - g)
            c["fn"] += len(g - p)
    out = {}
    for k, c in tally.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        out[k] = {"p": round(p, 3), "r": round(r, 3), "f": round(2 * p * r / (p + r) if p + r else 0.0, 3)}
    return out


CARD = """# kelisim Kazakh entity recogniser (kk_ner {version})

A spaCy {spacy} pipeline (`tok2vec` + `ner`, blank multi-language base, no pretrained vectors)
that finds persons, organisations, states and places, and positions (titles) in Kazakh text.
kelisim loads it lazily through `kelisim/nlp/kk_ner.py`; nothing is downloaded.

- Data: KazNERD (IS2AI; Yeshpanov, Khassanov, Varol, "KazNERD: Kazakh Named Entity Recognition
  Dataset", LREC 2022), validation part: {n_train} sentences trained on, {n_dev} (every tenth)
  held out to pick the checkpoint. The test part ({n_test} sentences) was never trained on.
- Licence of the data, and so of this model: CC BY 4.0 (attribution as above).
- Labels: {labels}.
- Made by `tools/train_kk_ner.py` with `tools/configs/kk_ner.cfg`, seed {seed}, one CPU core:
  {cpu_minutes:.1f} CPU minutes ({minutes:.1f} minutes on a shared machine).

## KazNERD test (gold tokens, exact spans; GPE and LOCATION counted as LOC)

The last column is F1 on the held-out tenth of the validation part, which chose the checkpoint.

| kind | P | R | F1 | held-out tenth F1 |
|---|---|---|---|---|
{rows}
"""


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "KazNERD")
    ap.add_argument("--config", type=Path, default=ROOT / "tools" / "configs" / "kk_ner.cfg")
    ap.add_argument("--out", type=Path, default=ROOT / "kelisim" / "models" / "kk_ner")
    ap.add_argument("--work", type=Path, default=Path("/tmp/kk_ner"))
    ap.add_argument("--source", type=Path, help="a trained kk_ner to train further (with "
                    "tools/configs/kk_ner_continue.cfg, whose components come from it)")
    ap.add_argument("--package", nargs=2, type=float, metavar=("MINUTES", "CPU_MINUTES"),
                    help="no training: ship the best checkpoint of a run already in --work (one cut "
                         "short, say), with the run's wall and CPU minutes as its log gives them")
    args = ap.parse_args(argv)
    import spacy
    from spacy.cli.train import train

    valid = read_iob(args.data / "IOB2_valid.txt")
    test = read_iob(args.data / "IOB2_test.txt")
    dev = [s for i, s in enumerate(valid) if i % DEV_EVERY == DEV_EVERY - 1]
    trn = [s for i, s in enumerate(valid) if i % DEV_EVERY != DEV_EVERY - 1]
    if args.package:
        minutes, cpu_minutes = args.package
    else:
        args.work.mkdir(parents=True, exist_ok=True)
        blank = spacy.blank("xx")
        write_corpus(blank, trn, args.work / "train.spacy")
        write_corpus(blank, dev, args.work / "dev.spacy")
        began, cpu = time.time(), time.process_time()
        overrides = {"paths.train": str(args.work / "train.spacy"), "paths.dev": str(args.work / "dev.spacy")}
        if args.source:
            overrides["paths.source"] = str(args.source)
        train(args.config, args.work / "out", overrides=overrides)
        minutes, cpu_minutes = (time.time() - began) / 60, (time.process_time() - cpu) / 60
    best = args.work / "out" / "model-best"
    nlp = spacy.load(best)
    scores, held = evaluate(nlp, test), evaluate(nlp, dev)
    print(json.dumps({"test": scores, "held_out_tenth": held}))
    meta = json.loads((best / "meta.json").read_text())
    meta.update({"name": "kk_ner", "version": "1.1.0", "lang": "xx", "license": "CC BY 4.0",
                 "description": "kelisim's Kazakh entity recogniser, trained on KazNERD",
                 "sources": [{"name": "KazNERD (validation part)", "url": "https://github.com/IS2AI/KazNERD",
                              "license": "CC BY 4.0",
                              "author": "Yeshpanov, Khassanov, Varol (LREC 2022)"}],
                 "kelisim": {"seed": nlp.config["system"]["seed"], "train_sentences": len(trn),
                             "dev_sentences": len(dev), "test_sentences": len(test),
                             "minutes": round(minutes, 1), "cpu_minutes": round(cpu_minutes, 1),
                             "kaznerd_test": scores, "kaznerd_valid_held_out": held}})
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best, args.out)
    (args.out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    rows = "\n".join(f"| {k} | {v['p']:.3f} | {v['r']:.3f} | {v['f']:.3f} | {held[k]['f']:.3f} |"
                     for k, v in scores.items())
    (args.out / "README.md").write_text(CARD.format(
        version=meta["version"], spacy=spacy.__version__, n_train=len(trn), n_dev=len(dev),
        n_test=len(test), labels=", ".join(LABELS), seed=meta["kelisim"]["seed"], minutes=minutes, cpu_minutes=cpu_minutes,
        rows=rows))


if __name__ == "__main__":
    main(sys.argv[1:])
