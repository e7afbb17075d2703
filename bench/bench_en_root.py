"""How often an English UD pipeline makes the verb the root of a plain news sentence.

    .venv/bin/python bench/bench_en_root.py [MODEL_DIR ...]

1,080 sentences written from small lists ("The delegation approved the plan in Astana .": 15
subjects x 6 past-tense verbs x 4 objects x 3 endings), each parsed alone as kelisim parses
(its words given, one sentence a document, kelisim/nlp/english_model.py). A sentence counts
when its root is the verb. Without MODEL_DIR, the shipped kelisim/models/en_ud is measured;
give several folders (e.g. the model-best of training runs) to compare them in one run.
"""
from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from kelisim.nlp import english_model

SUBJECTS = ["The minister", "The president", "The delegation", "The ambassador", "The prime minister",
            "The foreign minister", "The ministers", "Officials", "The company", "The government",
            "The governor", "The chairman", "The envoy", "The secretary", "The mayor"]
VERBS = ["signed", "discussed", "approved", "announced", "visited", "welcomed"]
OBJECTS = ["the agreement", "the plan", "the capital", "a new programme"]
ENDINGS = ["", " in Astana", " on Monday"]


def sentences() -> list[tuple[list[str], str]]:
    """(words, the verb) for every combination of the lists."""
    return [(f"{s} {v} {o}{e} .".split(), v) for s, v, o, e in itertools.product(SUBJECTS, VERBS, OBJECTS, ENDINGS)]


def count_verb_roots(model: Path) -> tuple[int, list[str]]:
    """How many sentences get the verb as root, and the first few that do not."""
    import spacy
    from spacy.tokens import Doc
    nlp = spacy.load(model, exclude=["tagger"])
    sents = sentences()
    docs = []
    for words, _ in sents:
        d = Doc(nlp.vocab, words=words)
        for t in d:
            t.is_sent_start = t.i == 0
        docs.append(d)
    good, misses = 0, []
    for (words, verb), d in zip(sents, nlp.pipe(docs, batch_size=english_model.BATCH)):
        roots = [t.text for t in d if t.dep_ == "ROOT"]
        if roots == [verb]:
            good += 1
        elif len(misses) < 5:
            misses.append(f"{' '.join(words)} (root: {', '.join(roots)})")
    return good, misses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("models", nargs="*", type=Path, default=[english_model.MODELS / "en_ud"])
    args = ap.parse_args()
    total = len(sentences())
    for model in args.models:
        good, misses = count_verb_roots(model)
        print(f"{model}: verb is the root in {good} / {total} sentences")
        for miss in misses:
            print(f"  {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
