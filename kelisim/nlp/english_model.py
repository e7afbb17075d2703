"""kelisim's own English models (spaCy pipelines shipped in kelisim/models/), adapted at the border.

`en_ud` tags, lemmatises and parses in Universal Dependencies (trained on UD English-EWT by
tools/train_en.py); `en_ner`, where shipped and asked for, finds PER, ORG and LOC/GPE
names. Both load from the package directory on first use, never from the network. spaCy's objects stay in this
module: the rest of kelisim sees its own `Token` and `Span`.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from ..doc import Span, Token
from ..errors import KelisimError

MODELS = Path(__file__).resolve().parent.parent / "models"
NER_TYPES = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE"}
BATCH = 128


class ModelMissing(KelisimError):
    """A model directory of the package is absent or incomplete."""


def card(name: str) -> dict:
    """A shipped model's card (its meta.json: version, data, licence, seed, figures)."""
    path = MODELS / name / "meta.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise ModelMissing(f"{path} is missing: reinstall kelisim, or rebuild the model with "
                           f"tools/train_en.py") from None


def available() -> bool:
    """Is the English UD model shipped (and spaCy installed) here?"""
    if not (MODELS / "en_ud" / "config.cfg").exists():
        return False
    from importlib.util import find_spec
    return find_spec("spacy") is not None         # found, not imported: spaCy loads on first use


def shipped() -> list[str]:
    return sorted(p.parent.name for p in MODELS.glob("*/meta.json"))


@cache
def pipeline(ner: bool = False):
    """The English UD pipeline; with `ner`, en_ner's recogniser added after it (when shipped).

    The tagger of English-EWT's own tags (XPOS) is left out: nothing in kelisim reads them."""
    import spacy
    path = MODELS / "en_ud"
    if not (path / "config.cfg").exists():
        raise ModelMissing(f"{path} has no trained pipeline: reinstall kelisim, or rebuild it with "
                           f"tools/train_en.py ud")
    nlp = spacy.load(path, exclude=["tagger"])
    if ner:
        src = MODELS / "en_ner"
        if not (src / "config.cfg").exists():
            raise ModelMissing(f"{src} has no trained recogniser: reinstall kelisim, or rebuild it with "
                               f"tools/train_en.py ner")
        # en_ner's recogniser has its own embedding layer, so it joins this pipeline as it is.
        nlp.add_pipe("ner", source=spacy.load(src), name="ner")
    return nlp


def has_ner() -> bool:
    return (MODELS / "en_ner" / "config.cfg").exists()


def _spacy_docs(words: list[list[str]], spaces: list[list[bool]] | None = None, ner: bool = False):
    from spacy.tokens import Doc as SpacyDoc
    nlp = pipeline(ner)
    docs = []
    for k, ws in enumerate(words):
        sp = spaces[k] if spaces is not None else [True] * len(ws)
        d = SpacyDoc(nlp.vocab, words=ws, spaces=sp)
        if len(d):
            # One sentence each: the caller has split them; the parser must not split again.
            for t in d:
                t.is_sent_start = t.i == 0
        docs.append(d)
    return nlp.pipe(docs, batch_size=BATCH)


def adapt_token(t, offset: int = 0) -> Token:
    """A spaCy token as kelisim's: UD part of speech, features, head within its sentence, and
    the lemma lower-cased, as kelisim's lexicons are ("Ministers" -> "minister")."""
    sent_start = t.sent.start
    rel = "root" if t.dep_ == "ROOT" else t.dep_
    return Token(t.idx + offset, t.idx + len(t.text) + offset, t.text, lemma=(t.lemma_ or t.text).lower(),
                 pos=t.pos_, feats=t.morph.to_dict(),
                 head=-1 if t.head.i == t.i else t.head.i - sent_start, rel=rel)


def parse_words(words: list[list[str]], spaces: list[list[bool]] | None = None) -> list[list[Token]]:
    """Tag and parse sentences given as their words; one kelisim token per word, in order."""
    return [[adapt_token(t) for t in d] for d in _spacy_docs(words, spaces)]


def annotate(sents: list[list[Token]], texts: list[str], lemmas: bool = True, ner: bool = False
             ) -> list[list[Span]]:
    """Fill each token's UD part of speech, features, head and relation (and lemma, unless
    `lemmas` is false) from the model, keeping kelisim's tokens and sentences; return each
    sentence's entity spans from the recogniser. `texts[k]` is the text sentence k's offsets
    point into."""
    words = [[t.text for t in s] for s in sents]
    spaces = [[k + 1 < len(s) and s[k + 1].start > t.end for k, t in enumerate(s)] for s in sents]
    out: list[list[Span]] = []
    for sent, text, d in zip(sents, texts, _spacy_docs(words, spaces, ner)):
        for tok, st in zip(sent, d):
            if lemmas:
                tok.lemma = (st.lemma_ or st.text).lower()
            tok.pos = st.pos_
            tok.feats = st.morph.to_dict()
            tok.head = -1 if st.head.i == st.i else st.head.i
            tok.rel = "root" if st.dep_ == "ROOT" else st.dep_
        found = []
        for e in d.ents:
            if e.label_ in NER_TYPES:
                a, b = sent[e.start].start, sent[e.end - 1].end
                found.append(Span(a, b, text[a:b], type=NER_TYPES[e.label_], source="ner"))
        out.append(found)
    return out
