"""natasha adapted into kelisim's Doc: sentences, tokens, morphology, syntax and NER spans.

natasha's objects are converted where they enter (`adapt_*`); the rest of kelisim sees only
its own `Sent`, `Token` and `Span`. Morphology and syntax run batched over the sentences
of many documents at once, which is where slovnet is fast.
"""
from __future__ import annotations

import re
from functools import cache

from ..doc import Doc, Sent, Span, Token


@cache
def models():
    # natasha imports yargy, which patches pymorphy2 for Python 3.11 before it is used.
    from natasha import (MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)
    emb = NewsEmbedding()
    return {
        "segmenter": Segmenter(),
        "vocab": MorphVocab(),
        "morph": NewsMorphTagger(emb),
        "syntax": NewsSyntaxParser(emb),
        "ner": NewsNERTagger(emb),
    }


def blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs (between blank lines), with a headline line kept apart from what follows it.

    A sentence never crosses a blank line, and a headline without a full stop does not run into
    the lead ("Путин созвонился с ...\n\nПрезидент России ...").
    """
    out, pos = [], 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    result = []
    for n, (a, b) in enumerate(out):
        if n == 0 and "\n" in text[a:b].strip():
            # the first block may be "date ... headline\nlead": lines apart
            for lm in re.finditer(r"[^\n]+", text[a:b]):
                result.append((a + lm.start(), a + lm.end()))
        elif text[a:b].strip():
            result.append((a, b))
    return result


def sentence_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """razdel's sentences of text[a:b], except that a list joined by ";" stays one sentence
    ("подписаны: Дорожная карта ...; Меморандум ...")."""
    from razdel import sentenize
    out: list[tuple[int, int]] = []
    for s in sentenize(text[a:b]):
        start, stop = a + s.start, a + s.stop
        if out and text[out[-1][0]:out[-1][1]].rstrip().endswith(";"):
            out[-1] = (out[-1][0], stop)
        else:
            out.append((start, stop))
    return out


def adapt_token(nt, offset: int = 0) -> Token:
    return Token(nt.start + offset, nt.stop + offset, nt.text)


def adapt_span(ns) -> Span:
    return Span(ns.start, ns.stop, ns.text, type=ns.type, source="ner")


def morph_vocab():
    return models()["vocab"]


class RussianNLP:
    """Segment, tag morphology, parse syntax, lemmatize and find NER spans (natasha/slovnet)."""

    name = "ru_nlp"
    requires = ("lang",)
    assigns = ("sents", "tokens", "morph", "syntax", "lemmas", "ner")
    langs = ("ru",)

    def __init__(self, batch_size: int = 64, syntax: bool = True):
        self.batch_size = batch_size
        self.syntax = syntax

    def __call__(self, doc: Doc) -> Doc:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Doc]) -> list[Doc]:
        m = models()
        from razdel import tokenize
        sents: list[Sent] = []
        for doc in docs:
            doc.sents = []
            for a, b in blocks(doc.text):
                for start, stop in sentence_spans(doc.text, a, b):
                    text = doc.text[start:stop]
                    sent = Sent(start, stop, text,
                                [Token(start + t.start, start + t.stop, t.text) for t in tokenize(text)])
                    if sent.tokens:
                        doc.sents.append(sent)
                        sents.append(sent)
        # Sentences of similar length go through slovnet together: batches pad to their longest
        # sentence, so sorting by length wastes far less work than document order.
        order = sorted(sents, key=lambda s: len(s.tokens))
        words = [[t.text for t in s.tokens] for s in order]
        m["morph"].batch_size = m["syntax"].batch_size = self.batch_size
        for sent, markup in zip(order, m["morph"].map(words)):
            for tok, mt in zip(sent.tokens, markup.tokens):
                tok.pos, tok.feats = mt.pos, dict(mt.feats)
        if self.syntax:
            for sent, markup in zip(order, m["syntax"].map(words)):
                for tok, st in zip(sent.tokens, markup.tokens):
                    tok.head = int(st.head_id) - 1 if st.head_id not in ("0", 0) else -1
                    tok.rel = st.rel
        vocab = m["vocab"]
        for sent in sents:
            for tok in sent.tokens:
                tok.lemma = lemmatize(vocab, tok.text, tok.pos, tok.feats)
        for doc, markup in zip(docs, m["ner"].map([d.text for d in docs])):
            doc.spans.extend(Span(s.start, s.stop, doc.text[s.start:s.stop], type=s.type, source="ner")
                             for s in markup.spans)
        return docs


@cache
def _lemma_cache() -> dict:
    return {}


def lemmatize(vocab, word: str, pos: str, feats: dict) -> str:
    key = (word, pos, tuple(sorted(feats.items())))
    cache_ = _lemma_cache()
    if key not in cache_:
        if pos in ("PUNCT", "NUM", "SYM", "X") or not any(c.isalpha() for c in word):
            cache_[key] = word.lower()
        else:
            cache_[key] = vocab.lemmatize(word, pos, feats).lower()
        if len(cache_) > 200_000:
            cache_.clear()
    return cache_[key]
