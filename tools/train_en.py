"""Train kelisim's English models from public data and ship them into the package.

    OMP_NUM_THREADS=1 nice -n 5 .venv/bin/python tools/train_en.py ud  [--work DIR]
    OMP_NUM_THREADS=1 nice -n 5 .venv/bin/python tools/train_en.py ud-continue [--work DIR]
    OMP_NUM_THREADS=1 nice -n 5 .venv/bin/python tools/train_en.py ud-traindev [--work DIR]
    OMP_NUM_THREADS=1 nice -n 5 .venv/bin/python tools/train_en.py ner [--work DIR]

`ud`: a spaCy pipeline (tok2vec, tagger, morphologizer, trainable lemmatizer, parser) trained
on UD English-EWT train, selected on dev, measured on test, written to kelisim/models/en_ud.
`ud-continue`: more training of the `ud` pipeline of the same --work folder (every component
sourced from it, a decaying learning rate, averaged weights), selected on dev, measured on test,
written to kelisim/models/en_ud.
`ud-traindev`: more training of the `ud-continue` pipeline of the same --work folder on EWT train
and dev together, the last model shipped (nothing left to select on), measured on test. The
shipped en_ud is `ud`, then `ud-continue`, then `ud-traindev`.
`ner`: a PER/ORG/LOC recogniser (tools/en_ner_data.py builds its data from re3d and UNER
English-EWT dev) written to kelisim/models/en_ner. Configs: tools/configs/en_*.cfg; the seed
is fixed there, so a rerun on the same data and library versions gives the same model. CPU
only, no pretrained vectors, one thread: about an hour for `ud` on a quiet two-core machine.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
EWT = DATA / "UD_English-EWT"
CONFIGS = ROOT / "tools" / "configs"
MODELS = ROOT / "kelisim" / "models"
VERSION = "1.0.0"
UD_VERSION = "1.1.0"  # 1.0.0: `ud` then `ud-continue`; 1.1.0: then `ud-traindev`
TRAINED: dict = {}


def convert_ewt(work: Path) -> dict[str, Path]:
    """EWT's CoNLL-U as spaCy DocBins, ten sentences a document (so the parser also learns
    where sentences end)."""
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs
    out = {}
    for part in ("train", "dev", "test"):
        path = work / f"ewt-{part}.spacy"
        if not path.exists():
            text = (EWT / f"en_ewt-ud-{part}.conllu").read_text(encoding="utf-8")
            DocBin(docs=conllu_to_docs(text, n_sents=10)).to_disk(path)
        out[part] = path
    return out


def lemmatizer_labels():
    """An [initialize] after_init callback: give a lemmatizer loaded from disk its tree -> label
    table back (spaCy 3.8 restores only label -> tree), so that training it further learns the
    gold edit trees rather than label 0 for every word."""
    def restore(nlp):
        for _, pipe in nlp.components:  # sourced components are disabled while after_init runs
            if hasattr(pipe, "tree2label") and not pipe.tree2label:
                pipe.tree2label.update((tree, label) for label, tree in enumerate(pipe.labels))
        return nlp
    return restore


def register() -> None:
    from spacy.util import registry
    registry.callbacks.register("kelisim.lemmatizer_labels.v1", func=lemmatizer_labels)


def train(config: Path, out: Path, train_path: Path, dev_path: Path, **paths: Path) -> float:
    """spaCy's training loop; with --trained, the output of an earlier run of it is taken.
    Extra `paths` fill the config's other [paths] (e.g. source=...)."""
    from spacy.cli.train import train as spacy_train
    register()
    if TRAINED.get("seconds") is not None:
        shutil.copytree(TRAINED["dir"], out, dirs_exist_ok=True)
        return TRAINED["seconds"]
    t = time.time()
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    overrides.update({f"paths.{k}": str(v) for k, v in paths.items()})
    spacy_train(config, out, overrides=overrides)
    return time.time() - t


def ship(best: Path, name: str, meta: dict) -> Path:
    """Copy the selected model into the package with its card (meta.json) filled in."""
    dest = MODELS / name
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(best, dest)
    # the training run's own data paths (a /tmp folder) mean nothing in the package
    cfg_path = dest / "config.cfg"
    cfg_path.write_text(re.sub(r'(?m)^(train|dev|source) = ".*"$', r"\1 = null",
                               cfg_path.read_text(encoding="utf-8")), encoding="utf-8")
    spacy_meta = json.loads((dest / "meta.json").read_text(encoding="utf-8"))
    spacy_meta.pop("performance", None)
    spacy_meta.update(meta)
    (dest / "meta.json").write_text(json.dumps(spacy_meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    print(f"shipped {dest} ({size / 2**20:.1f} MB)")
    return dest


CARD = """# kelisim/models/{name}: {title}

{description}.

- version {version}, spaCy {spacy}; rebuild with `{command}` (seed {seed}, config `{config}`,
  {minutes:.0f} minutes of training on one CPU thread here)
- data: {data}
- licence: **{license}**, from the data it was trained on ({sources}); the model is a
  derivative of that data and is shared under the same terms

| data set | {metrics} |
|---|{bars}
{rows}
"""


def write_card(dest: Path, title: str) -> None:
    """README.md beside the model: its card in words, from meta.json."""
    import spacy
    meta = json.loads((dest / "meta.json").read_text(encoding="utf-8"))
    k = meta["kelisim"]
    figs = k.get("figures", {})
    metrics = sorted({m for v in figs.values() for m in v}, key=lambda m: ("UPOS", "UAS", "LAS", "PER", "ORG",
                                                                          "LOC").index(m))
    rows = "\n".join(f"| {where} | " + " | ".join(f"{v[m]:.3f}" if m in v else "-" for m in metrics) + " |"
                     for where, v in figs.items())
    (dest / "README.md").write_text(CARD.format(
        name=dest.name, title=title, description=meta["description"], version=meta["version"],
        spacy=spacy.__version__, command=k["command"], seed=k["seed"], config=k["config"],
        minutes=k["train_seconds"] / 60, data=k["data"], license=meta["license"],
        sources="; ".join(f"{s['name']}: {s['license']}" for s in meta["sources"]),
        metrics=" | ".join(metrics), bars="---|" * len(metrics), rows=rows), encoding="utf-8")


def ud(work: Path) -> None:
    parts = convert_ewt(work) if not TRAINED else {"train": None, "dev": None}
    config = CONFIGS / "en_ud.cfg"
    seconds = train(config, work / "en_ud", parts["train"], parts["dev"])
    ship_ud(work / "en_ud" / "model-best", config, seconds, "python tools/train_en.py ud",
            "UD English-EWT (train; model selected on dev)")


def earlier_run(work: Path, folder: str, part: str, this: str) -> tuple[Path, dict]:
    """The pipeline an earlier part wrote to --work (the start of `this` part), and EWT's DocBins."""
    start = work / folder / "model-best"
    if not TRAINED and not (start / "config.cfg").exists():
        raise SystemExit(f"{start} is missing: run `python tools/train_en.py {part} --work {work}` first "
                         f"(or copy the en_ud shipped before {this} there)")
    return start, (convert_ewt(work) if not TRAINED else {"train": None, "dev": None})


def ud_continue(work: Path) -> None:
    start, parts = earlier_run(work, "en_ud", "ud", "ud-continue")
    config = CONFIGS / "en_ud_continue.cfg"
    seconds = train(config, work / "en_ud_continue", parts["train"], parts["dev"], source=start)
    first = json.loads((MODELS / "en_ud" / "meta.json").read_text(encoding="utf-8"))["kelisim"]
    ship_ud(work / "en_ud_continue" / "model-best", config, first.get("train_seconds", 0) + seconds,
            "python tools/train_en.py ud && python tools/train_en.py ud-continue",
            "UD English-EWT (train; model selected on dev after each of the two runs)",
            configs="tools/configs/en_ud.cfg, then tools/configs/en_ud_continue.cfg")


def ud_traindev(work: Path) -> None:
    start, parts = earlier_run(work, "en_ud_continue", "ud-continue", "ud-traindev")
    both = work / "ewt-train-dev"  # spaCy's corpus reader takes every .spacy file of a folder
    if parts["train"]:
        both.mkdir(exist_ok=True)
        for part in ("train", "dev"):
            shutil.copyfile(parts[part], both / parts[part].name)
    config = CONFIGS / "en_ud_traindev.cfg"
    seconds = train(config, work / "en_ud_traindev", both, parts["dev"], source=start)
    first = json.loads((MODELS / "en_ud" / "meta.json").read_text(encoding="utf-8"))["kelisim"]
    ship_ud(work / "en_ud_traindev" / "model-last", config, first.get("train_seconds", 0) + seconds,
            "python tools/train_en.py ud && python tools/train_en.py ud-continue && "
            "python tools/train_en.py ud-traindev",
            "UD English-EWT (train, model selected on dev, twice; then train and dev, last model)",
            configs="tools/configs/en_ud.cfg, en_ud_continue.cfg, then en_ud_traindev.cfg", dev_trained=True)


def ship_ud(best: Path, config: Path, seconds: float, command: str, data: str, configs: str = "",
            dev_trained: bool = False) -> None:
    """Ship a trained UD pipeline as en_ud, then measure it on EWT dev and test and write its card
    (with `dev_trained`, the dev figures are labelled as those of data the model learnt from)."""
    sys.path.insert(0, str(ROOT))
    from kelisim.eval import ud as ud_eval
    from confection import Config
    cfg = Config().from_disk(config)
    seed = cfg["system"]["seed"]
    meta = {
        "name": "ud", "lang": "en", "version": UD_VERSION,
        "description": "kelisim's English tagger and morphologizer (UPOS, features), edit-tree lemmatizer "
                       "(learnt from the treebank, no lookup tables) and dependency parser, in Universal "
                       "Dependencies, trained on UD English-EWT; CPU, no pretrained vectors",
        "license": "CC BY-SA 4.0",
        "sources": [{"name": "UD English-EWT", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                     "license": "CC BY-SA 4.0"}],
        "kelisim": {"data": data, "seed": seed,
                    "config": configs or str(config.relative_to(ROOT)), "train_seconds": round(seconds),
                    "command": command,
                    "reproduce": "kelisim eval ud ../shared/data/UD_English-EWT/en_ewt-ud-test.conllu"},
    }
    dest = ship(best, "en_ud", meta)
    # Measured through kelisim's own adapter, on the shipped copy, gold tokens and sentences.
    from kelisim.nlp import english_model
    english_model.pipeline.cache_clear()
    figures = {}
    for part in ("dev", "test"):
        r = ud_eval.evaluate(EWT / f"en_ewt-ud-{part}.conllu")
        figures[part] = {k: round(r[k], 6) for k in ("UPOS", "UAS", "LAS")}  # 3 digits printed: no double rounding
        print(f"EWT {part}: {ud_eval.summary_line(r)}")
    meta_path = dest / "meta.json"
    card = json.loads(meta_path.read_text(encoding="utf-8"))
    label = {"dev": "dev (trained on)" if dev_trained else "dev", "test": "test"}
    card["kelisim"]["figures"] = {"UD English-EWT " + label[k]: v for k, v in figures.items()}
    meta_path.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_card(dest, "English tagger, lemmatizer and dependency parser (UD)")


def ner(work: Path) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tools"))
    import en_ner_data
    paths = en_ner_data.build(work)
    config = CONFIGS / "en_ner.cfg"
    seconds = train(config, work / "en_ner", paths["train"], paths["dev"])
    best = work / "en_ner" / "model-best"
    from confection import Config
    seed = Config().from_disk(config)["system"]["seed"]
    figures = en_ner_data.measure(best, paths)
    meta = {
        "name": "ner", "lang": "en", "version": VERSION,
        "description": "kelisim's English recogniser of person, organisation and place names (PER, ORG, "
                       "LOC, GPE), trained on re3d and UNER English-EWT dev; CPU, no pretrained vectors",
        "license": "CC BY-SA 4.0",
        "sources": en_ner_data.SOURCES,
        "kelisim": {"data": "re3d (4 of 5 documents of each open-licence folder) and UNER English-EWT dev; "
                            "held out: every fifth re3d document, UNER English-EWT test",
                    "seed": seed, "config": "tools/configs/en_ner.cfg", "train_seconds": round(seconds),
                    "command": "python tools/train_en.py ner",
                    "reproduce": "kelisim eval ner ../shared/data/UNER_English-EWT/en_ewt-ud-test.iob2 "
                                 "--lang en --stage nlp",
                    "figures": figures},
    }
    write_card(ship(best, "en_ner", meta), "English name recogniser (PER, ORG, LOC/GPE)")
    print(json.dumps(figures, indent=1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("part", choices=("ud", "ud-continue", "ud-traindev", "ner"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/kelisim-train-en"))
    ap.add_argument("--trained", type=Path, help="ship the output folder of an earlier `spacy train` run "
                                                  "with the same config instead of training again")
    ap.add_argument("--seconds", type=float, help="with --trained: how long that run took")
    args = ap.parse_args()
    if args.trained:
        TRAINED.update(dir=args.trained, seconds=args.seconds or 0.0)
    args.work.mkdir(parents=True, exist_ok=True)
    {"ud": ud, "ud-continue": ud_continue, "ud-traindev": ud_traindev, "ner": ner}[args.part](args.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
