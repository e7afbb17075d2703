"""Two persons the NER read as one: "В беседе с Нарендрой Моди Рахмон предложил ..." puts the
partner (instrumental) right before the subject (nominative). A name is split before its last
word when
  - that word is in another case and the parse attaches it outside the name, or
  - the words before it are a name of their own (two or more words, no patronymic) and the last
    word is the surname of another person the article names ("Ермек Кошербаев" ... "с Дэвидом
    Лэмми Кошербаев отметил").
"""
from __future__ import annotations

import re

from ..doc import Doc, Span, Token
from ..nlp.match import fold

NAME_RELS = {"flat", "flat:name", "flat:foreign", "appos"}
PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|улы|уулу|кызы|оглу)$")


def _apart(sent_toks: list[Token], toks: list[Token], k: int) -> bool:
    t, prev = toks[k], toks[k - 1]
    return bool(t.case and prev.case and t.case != prev.case and t.rel not in NAME_RELS and t.head >= 0
                and not any(x.start <= sent_toks[t.head].start < x.end for x in toks[:k]))


def _stem(word: str) -> str:
    return fold(word)[:-2] if len(word) > 6 else fold(word)


def split_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """`spans` with each person read as one of two split in two."""
    pers = [s for s in spans if s.type == "PER"]
    out: list[Span] = []
    for s in spans:
        sent = doc.sent_at(s.start) if s.type == "PER" else None
        toks = [t for t in sent.tokens if s.start <= t.start and t.end <= s.end] if sent else []
        if toks and (PATRONYMIC.search(fold(toks[-1].text)) or not toks[-1].text[:1].isupper()):
            toks = []     # "Нурланбек Тургунбек уулу", "Эльшад Мирбашир оглу": the patronymic ends the name
        cut = next((k for k in range(1, len(toks)) if _apart(sent.tokens, toks, k)), None) if len(toks) > 2 else None
        if cut is None and len(toks) > 2 and not any(PATRONYMIC.search(fold(t.text)) for t in toks[:-1]):
            last = _stem(toks[-1].text)
            others = [o for o in pers if o is not s and len(o.text.split()) > 1 and _stem(o.text.split()[-1]) == last
                      and not (o.start <= s.start < o.end or s.start <= o.start < s.end)]
            cut = len(toks) - 1 if others and all(_stem(o.text.split()[0]) != _stem(toks[0].text) for o in others) \
                else None
        if cut is None:
            out.append(s)
            continue
        out.append(doc.span(s.start, toks[cut - 1].end, type="PER", source=s.source))
        out.append(doc.span(toks[cut].start, s.end, type="PER", source=s.source))
    return out
