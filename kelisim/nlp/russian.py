"""natasha adapted into kelisim's Doc: sentences, tokens, morphology, syntax and NER spans.

natasha's objects are converted where they enter (`adapt_*`); the rest of kelisim sees only
its own `Sent`, `Token` and `Span`. Morphology and syntax run batched over the sentences
of many documents at once, which is where slovnet is fast.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..doc import Doc, Sent, Span, Token
from .furniture import without_furniture
from .russian_clauses import repair_credit_subject
from .russian_repair import (repair_accusative_subject, repair_conj_subject, repair_crossed_conj, repair_crossed_gender,
                             repair_crossed_object, repair_crossed_subject, repair_far_conj, repair_fronted_subject,
                             repair_plural_subject, repair_quoted_appos, repair_second_subject)


@cache
def models():
    # Only the slovnet models are taken from natasha; lemmas come from pymorphy3 (nlp/normalize.py),
    # which the matchers use anyway, so pymorphy2's dictionaries are never loaded.
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
    emb = NewsEmbedding()
    return {
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
            out.extend(_unglue(text, start, stop))
    return out


# "...в Telegram-канале.Бахтиёр Саидов передал": a full stop with no space after it, between a
# lower-case word of three letters or more and a capitalised word, ends a sentence
GLUED = re.compile(r"(?<=[а-яё]{3}[.!?])(?=[А-ЯЁ][а-яё])")


def _unglue(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    cuts = [start + m.start() for m in GLUED.finditer(text[start:stop])]
    bounds = [start] + cuts + [stop]
    return [(x, y) for x, y in zip(bounds, bounds[1:]) if text[x:y].strip()]


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
            for a, b in without_furniture(doc.text, blocks(doc.text), doc.lang):
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
        # the tagger and parser learned from text written without "ё": "введён" read as it is is a noun;
        # nor did they see Kazakh letters, and a Kazakh name ("АО «НК «Қазақстан темір жолы»") read as
        # written is punctuation to them: both are read as the Russian letters nearest them
        words = [[t.text.translate(MODEL_LETTERS) for t in s.tokens] for s in order]
        m["morph"].batch_size = m["syntax"].batch_size = self.batch_size
        for sent, markup in zip(order, m["morph"].map(words)):
            for tok, mt in zip(sent.tokens, markup.tokens):
                tok.pos, tok.feats = mt.pos, dict(mt.feats)
        if self.syntax:
            for sent, markup in zip(order, m["syntax"].map(words)):
                for tok, st in zip(sent.tokens, markup.tokens):
                    tok.head = int(st.head_id) - 1 if st.head_id not in ("0", 0) else -1
                    tok.rel = st.rel
        for sent in sents:
            for tok in sent.tokens:
                tok.lemma = lemmatize(tok.text, tok.pos)
            if self.syntax:
                repair_credit_subject(sent)
                repair_plural_subject(sent)
                repair_quoted_appos(sent)
                repair_crossed_subject(sent)
                repair_second_subject(sent)
                repair_conj_subject(sent)
                repair_crossed_object(sent)
                repair_crossed_conj(sent)
                repair_fronted_subject(sent)
                repair_far_conj(sent)
                repair_accusative_subject(sent)
                repair_crossed_gender(sent)
        # Whole texts go through NER, padded to the longest of each batch: shortest first wastes
        # ~40% less work, and a padded budget keeps a long text from multiplying the peak
        # memory by the batch (eight texts padded to 18,000 characters: +170 MB). The spans are
        # the same (padding is masked).
        by_length = sorted(docs, key=lambda d: len(d.text))
        for group in padded_groups(by_length, lambda d: len(d.text), NER_PADDED_CHARS, m["ner"].batch_size):
            for doc, markup in zip(group, m["ner"].map([d.text for d in group])):
                doc.spans.extend(Span(s.start, s.stop, doc.text[s.start:s.stop], type=s.type, source="ner")
                                 for s in markup.spans)
        return docs


MODEL_LETTERS = str.maketrans("ёЁәӘғҒқҚңҢөӨұҰүҮһҺіІ", "еЕаАгГкКнНоОуУуУхХиИ")
NER_PADDED_CHARS = 20_000   # one NER batch: texts x the longest of them, in characters


def padded_groups(items: list, size, budget: int, most: int) -> list[list]:
    """Items sorted by `size`, cut into runs of at most `most` whose padded size (count x the
    largest) stays within `budget`; an item larger than the budget goes alone."""
    groups: list[list] = []
    for item in items:
        if groups and len(groups[-1]) < most and (len(groups[-1]) + 1) * size(item) <= budget:
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


# UD part of speech -> the OpenCorpora ones pymorphy may give for it
UD_OC = {"NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "ADJS", "COMP", "PRTF"},
         "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"}, "AUX": {"VERB", "INFN"}, "ADV": {"ADVB", "COMP"},
         "NUM": {"NUMR"}, "PRON": {"NPRO"}, "DET": {"ADJF", "NPRO"}, "ADP": {"PREP"}, "CCONJ": {"CONJ"},
         "SCONJ": {"CONJ"}, "PART": {"PRCL"}, "INTJ": {"INTJ"}}


@lru_cache(maxsize=200_000)    # the same few thousand words again and again: look each up once
def lemmatize(word: str, pos: str) -> str:
    """The dictionary form of a word, from the analysis whose part of speech the tagger chose."""
    if pos in ("PUNCT", "NUM", "SYM", "X") or not any(c.isalpha() for c in word):
        return word.lower()
    from .normalize import parse
    parses = parse(word.lower())
    want = UD_OC.get(pos, set())
    best = next((p for p in parses if p.tag.POS in want), parses[0] if parses else None)
    return best.normal_form.replace("ё", "е") if best is not None else word.lower()
