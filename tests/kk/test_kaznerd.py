"""The Kazakh recognizer measured on KazNERD (Yeshpanov, Khassanov, Varol, LREC 2022; CC BY 4.0).

KazNERD's validation part was mined for given names (lang/kk/first_names.txt) and trains the
entity model (tools/train_kk_ner.py); its test part is only measured. The test here runs on a sample and checks floors well under the full figures;
the full figures come from running this file:

    .venv/bin/python tests/kk/test_kaznerd.py [/work/shared/data/KazNERD] [--errors TYPE] [--part PART]

PART is `test` (the default, for reporting only), `heldout` (every tenth sentence of the
validation part, which the model never trained on: choices between merges are made on it) or
`valid` (the whole validation part, mostly the model's training data).
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import pytest

from kelisim.doc import Doc
from kelisim.extract.kk.spans import KazakhSpans
from kelisim.nlp.kazakh import KazakhNLP

DATA = Path(os.environ.get("KAZNERD_DIR", Path(__file__).resolve().parents[2].parent / "shared" / "data" / "KazNERD"))
TYPES = {"PER": "PERSON", "ORG": "ORGANISATION", "GPE": "GPE/LOCATION", "LOC": "GPE/LOCATION"}
GOLD_TYPES = {"PERSON": "PERSON", "ORGANISATION": "ORGANISATION", "GPE": "GPE/LOCATION",
              "LOCATION": "GPE/LOCATION"}


def read_iob(path: Path) -> list[list[tuple[str, str]]]:
    """(token, tag) pairs of each sentence, read by kelisim's one IOB2 reader."""
    from kelisim.eval.ner import read_iob2
    return [list(zip(s.tokens, s.tags)) for s in read_iob2(path)]


def gold_entities(sent: list[tuple[str, str]]) -> set[tuple[str, int, int]]:
    out, cur = set(), None
    for i, (_, tag) in enumerate(sent + [("", "O")]):
        if cur and not (tag.startswith("I-") and tag[2:] == cur[0]):
            out.add(tuple(cur))
            cur = None
        if tag.startswith("B-") or tag.startswith("I-") and cur is None:
            cur = [tag[2:], i, i + 1]
        elif cur:
            cur[2] = i + 1
    return {(GOLD_TYPES[t], a, b) for t, a, b in out if t in GOLD_TYPES}


def predicted_entities(sent: list[tuple[str, str]], stages) -> set[tuple[str, int, int]]:
    words = [w for w, _ in sent]
    text = " ".join(words)
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    doc = Doc(text=text, lang="kk")
    for st in stages:
        doc = st(doc)

    def token_at(offset: int) -> int:
        return max(k for k, s in enumerate(starts) if s <= offset)

    # "еліміз" (our country), "қазақстандық тарап" (the Kazakh side) and "Макао инвесторлары"
    # (Macau's investors) stand for actors, and are no names; KazNERD marks the outermost name
    # only, so a state inside a title ("Қазақстан Республикасының Премьер-министрі") is left out
    return {(TYPES[s.type], token_at(s.start), token_at(s.end - 1) + 1) for s in doc.spans
            if s.type in TYPES and s.source not in ("deixis", "side", "group") and not s.data.get("nested")}


def evaluate(sents, errors: str | None = None) -> dict[str, tuple[float, float, float, int, int, int]]:
    stages = [KazakhNLP(), KazakhSpans()]
    tally: dict[str, Counter] = {t: Counter() for t in ("PERSON", "ORGANISATION", "GPE/LOCATION")}
    for sent in sents:
        gold, pred = gold_entities(sent), predicted_entities(sent, stages)
        for t in tally:
            g = {e for e in gold if e[0] == t}
            p = {e for e in pred if e[0] == t}
            tally[t]["tp"] += len(g & p)
            tally[t]["fp"] += len(p - g)
            tally[t]["fn"] += len(g - p)
            if errors == t and g != p:
                words = [w for w, _ in sent]
                print("GOLD", [" ".join(words[a:b]) for _, a, b in sorted(g - p, key=lambda e: e[1])],
                      "PRED", [" ".join(words[a:b]) for _, a, b in sorted(p - g, key=lambda e: e[1])],
                      "|", " ".join(words)[:200])
    out = {}
    for t, c in tally.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[t] = (p, r, f, c["tp"], c["fp"], c["fn"])
    return out


@pytest.fixture(scope="module")
def sample():
    path = DATA / "IOB2_test.txt"
    if not path.is_file():
        from tests.conftest import skip_without_shared
        skip_without_shared(f"KazNERD is not at {DATA} (../shared/data; or set KAZNERD_DIR to its folder)")
    return read_iob(path)[:1500]


@pytest.mark.slow
@pytest.mark.parametrize("kind, floor", [("PERSON", 0.75), ("GPE/LOCATION", 0.75), ("ORGANISATION", 0.5)])
def test_kaznerd_sample_f1_above_floor(sample, kind, floor):
    scores = evaluate(sample)
    assert scores[kind][2] >= floor, scores


PARTS = {"test": ("IOB2_test.txt", 0), "heldout": ("IOB2_valid.txt", 10), "valid": ("IOB2_valid.txt", 0)}


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    errors = argv[argv.index("--errors") + 1] if "--errors" in argv else None
    which = argv[argv.index("--part") + 1] if "--part" in argv else "test"
    args = [a for a in args if a not in (errors, which)]
    folder = Path(args[0]) if args else DATA
    if which not in PARTS:
        sys.exit(f"error: --part is one of {', '.join(PARTS)}, not {which!r}")
    part, every = PARTS[which]
    sents = read_iob(folder / part)
    if every:     # the tenth tools/train_kk_ner.py holds out of training
        sents = [s for i, s in enumerate(sents) if i % every == every - 1]
    part = f"{part} ({which})"
    scores = evaluate(sents, errors)
    print(f"KazNERD {part}: {len(sents)} sentences")
    print(f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}")
    for t, (p, r, f, tp, fp, fn) in scores.items():
        print(f"{t:<14}{p:>7.3f}{r:>7.3f}{f:>7.3f}{tp:>7}{fp:>7}{fn:>7}")


if __name__ == "__main__":
    main(sys.argv[1:])
