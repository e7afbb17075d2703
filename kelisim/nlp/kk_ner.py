"""kelisim's Kazakh entity recogniser (a spaCy pipeline trained on KazNERD, shipped in
kelisim/models/kk_ner/) adapted into kelisim Spans.

The model reads kelisim's own tokens (nlp/kazakh.py), so its spans fall on token bounds the
rest of the Kazakh stages know. It loads on first use, from the package only: nothing is
downloaded. Its kinds become kelisim's: PERSON -> PER, ORGANISATION -> ORG, GPE, LOCATION ->
LOC; POSITION (a title: "Сыртқы істер министрі"), FACILITY, LAW, EVENT and PROJECT stay spans
no entity is built from: roles read the titles, and a name inside one of them is nested.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from ..doc import Sent, Span
from ..errors import PipelineError

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "kk_ner"
KINDS = {"PERSON": "PER", "ORGANISATION": "ORG", "GPE": "GPE", "LOCATION": "LOC", "POSITION": "POSITION",
         "FACILITY": "FACILITY", "LAW": "LAW", "EVENT": "EVENT", "PROJECT": "PROJECT"}
# spans no entity is built from, but that hold the names inside them: "Қазақстан Республикасының
# Премьер-министрі" (a title), "Қостанай әуежайы" (a facility), "Қылмыстық кодексі" (a law)
FRAMES = ("POSITION", "FACILITY", "LAW", "EVENT", "PROJECT")
BATCH = 64


class KazakhModelError(PipelineError):
    """The Kazakh entity model cannot be loaded."""


@cache
def load():
    """The spaCy pipeline, loaded once."""
    try:
        import spacy
    except ImportError as e:
        raise KazakhModelError("the Kazakh entity model needs spaCy: pip install 'spacy>=3.8'") from e
    if not (MODEL_DIR / "meta.json").is_file():
        raise KazakhModelError(f"the Kazakh entity model is missing from {MODEL_DIR}: reinstall kelisim, "
                               "or rebuild it with tools/train_kk_ner.py")
    return spacy.load(MODEL_DIR)


@cache
def card() -> dict:
    """The model's meta.json: name, version, data, licence, seed and test figures."""
    return json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))


def adapt_ents(sdoc, sent: Sent, text: str) -> list[Span]:
    """spaCy entity spans over a sentence's tokens -> kelisim Spans by character offsets."""
    out = []
    for e in sdoc.ents:
        kind = KINDS.get(e.label_)
        if kind is None:
            continue
        a, b = sent.tokens[e.start].start, sent.tokens[e.end - 1].end
        out.append(Span(a, b, text[a:b], type=kind, source="ner"))
    return out


def recognise(sents: list[Sent], text: str) -> list[list[Span]]:
    """The entity spans of each sentence, in the order given."""
    from spacy.tokens import Doc as SpacyDoc
    nlp = load()
    docs = [SpacyDoc(nlp.vocab, words=[t.text for t in s.tokens]) for s in sents]
    return [adapt_ents(sdoc, sent, text) for sent, sdoc in zip(sents, nlp.pipe(docs, batch_size=BATCH))]
