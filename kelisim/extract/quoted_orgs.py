"""Organisations named in quotation marks after a word that says what they are ("компания
«Сино Солар»", "ТОО «Алтын Дала»"): the quoted name is an ORG span where the NER found none.
The words are lang/ru/quoted_org_nouns.txt and the legal forms of lang/ru/legal_forms.txt;
the state adjective before the word ("китайская компания «X»") gives the organisation its state."""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Span
from ..lang import words
from ..nlp.match import word_keys

MAX_WORDS = 5


@cache
def _introducers(lang: str) -> frozenset[str]:
    return words(lang, "quoted_org_nouns.txt") | {w.lower() for w in words(lang, "legal_forms.txt")}


def _introduces(word: str, lang: str) -> bool:
    """Does the word say that an organisation's name follows ("компания", "ТОО")?"""
    return bool((word_keys(word, lang) | {word.lower()}) & _introducers(lang))


def quoted_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """`spans` with an ORG span for each quoted name after an organisation noun: a span the NER
    cut across the quotation marks ("Японская корпорация «", "Холдинг «Сары Арка Групп") gives
    way to it; a name some other span already covers is left alone."""
    spans = list(spans)
    added: list[Span] = []
    for sent in doc.sents:
        toks = sent.tokens
        for k in range(1, len(toks) - 2):
            if toks[k].text != "«" or not _introduces(toks[k - 1].text, doc.lang):
                continue
            close = next((j for j in range(k + 1, min(len(toks), k + MAX_WORDS + 2)) if toks[j].text == "»"), None)
            if close is None or close == k + 1:
                continue
            inner = toks[k + 1:close]
            if not inner[0].text[:1].isupper():
                continue
            a, b = inner[0].start, inner[-1].end
            astray = [s for s in spans if s.start < b and a <= s.end and s.type == "ORG" and s.source == "ner"
                      and (s.start, s.end) != (a, b) and "«" in doc.text[s.start:s.end + 1]]
            spans = [s for s in spans if s not in astray]
            if any(s.start < b and a < s.end for s in spans + added):
                continue
            added.append(doc.span(a, b, type="ORG", source="quoted", normal=doc.text[a:b]))  # quoted: not declined
        for k in range(1, len(toks)):
            if not _introduces(toks[k - 1].text, doc.lang) or not _latin_name(toks[k].text):
                continue
            # "компания Masdar", "корпорации China Power Engineering": a name in Latin letters right
            # after the organisation noun, unquoted, is the organisation's whatever the NER made of it
            j = k + 1
            while j < len(toks) and j - k < MAX_WORDS and (_latin_name(toks[j].text) or toks[j].text == "&"
                                                            and j + 1 < len(toks) and _latin_name(toks[j + 1].text)):
                j += 1
            a, b = toks[k].start, toks[j - 1].end
            if not any(s.start < b and a < s.end for s in spans + added):
                added.append(doc.span(a, b, type="ORG", source="quoted", normal=doc.text[a:b]))
    return _home_states(doc, spans + added)


def _latin_name(word: str) -> bool:
    """A word of a name in Latin letters: "Masdar", "ACWA", "C&T", "23rd"."""
    return word[:1].isascii() and word[:1].isalnum() and any(c.isalpha() for c in word) and word[:1] == word[:1].upper() \
        and all(c.isascii() for c in word)


def _home_states(doc: Doc, spans: list[Span]) -> list[Span]:
    """"саудовская компания «Акуа Пауэр»", "итальянской группой «Марсегалья»", "китайская компания
    China Power": the adjective before the organisation noun gives the company named right after
    it, quoted or not, its state."""
    from .gazetteer import gazetteer
    for s in spans:
        if s.type != "ORG" or s.country:
            continue
        before = doc.text[max(0, s.start - 80):s.start]
        if not before.endswith(("«", " ")):
            continue
        words_ = before.rstrip("« ").split()
        if len(words_) < 2 or not _introduces(words_[-1], doc.lang):
            continue
        codes = gazetteer(doc.lang).cues_in(words_[-2])
        if len(codes) == 1:
            s.country = codes[0]
    return spans
