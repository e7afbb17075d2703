"""Two persons the NER read as one: "В беседе с Нарендрой Моди Рахмон предложил ..." puts the
partner (instrumental) right before the subject (nominative). A name is split where a word is in
another case than the word before it and the parse attaches it outside the name. (Splitting off a
last word because another person of the article bears that surname cost factRuEval-2016 persons
0.916 -> 0.905: relatives and namesakes share surnames.)
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


def _initial(t: Token) -> bool:
    return len(t.text) == 1 and t.text.isupper() or bool(re.fullmatch(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.){1,2}", t.text))


def _initial_after(toks: list[Token], k: int) -> bool:
    """"с Саадом аль-Кааби С. Жапаров обсудил": an initial opens a name, so one that follows two
    words of a name, none of them an initial, starts the next person."""
    words = [t for t in toks[:k] if t.text != "."]
    return _initial(toks[k]) and len(words) >= 2 and not any(_initial(t) for t in words)


def split_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """`spans` with each person read as one of two split in two."""
    out: list[Span] = []
    for s in spans:
        sent = doc.sent_at(s.start) if s.type == "PER" else None
        toks = [t for t in sent.tokens if s.start <= t.start and t.end <= s.end] if sent else []
        if toks and (PATRONYMIC.search(fold(toks[-1].text)) or not toks[-1].text[:1].isupper()):
            toks = []     # "Нурланбек Тургунбек уулу", "Эльшад Мирбашир оглу": the patronymic ends the name
        cut = next((k for k in range(1, len(toks)) if _apart(sent.tokens, toks, k) or _initial_after(toks, k)), None) \
            if len(toks) > 2 else None
        if cut is None:
            out.append(s)
            continue
        out.append(doc.span(s.start, toks[cut - 1].end, type="PER", source=s.source))
        out.append(doc.span(toks[cut].start, s.end, type="PER", source=s.source))
    return out


def without_state(doc: Doc, toks: list[Token], s: Span, places: list[Span]) -> Span:
    """"Туркменистана Р.О.Мередовым" tagged as one name: a state in the genitive that opens a
    person's span is the state of the office elided before it ("министрами ... Казахстана X,
    Туркменистана Y"), not part of the name."""
    state = next((p for p in places if p.type == "GPE" and p.start == s.start and p.end < s.end), None)
    first = next((t for t in toks if t.start == s.start), None)
    if state is None or first is None or first.case != "Gen" or fold(state.text) == fold(state.normal or state.text):
        return s      # a state's name not in the genitive, or one that never declines, may start a name ("Том")
    rest = [t for t in toks if state.end <= t.start and t.end <= s.end]
    if not rest or not rest[0].text[:1].isupper():
        return s
    return doc.span(rest[0].start, s.end, type="PER", source=s.source)
