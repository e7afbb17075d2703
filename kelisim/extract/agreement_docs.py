"""Which document nouns of a signing sentence are documents signed in the reported event: the
lexicon's, and "план <adjectives> сотрудничества" (Russian); not one told as signed before the
news, by the words every language lists in lang/<xx>/signed_before.tsv (told_before) or by a
date before the article's (recalled here for Russian, en/agreement_sides.recalled for English).
"""
from __future__ import annotations

import re
from functools import cache

from ..doc import Doc, Sent, Token
from ..lang import lexicon, words
from ..nlp.match import fold, lookup, word_keys
from .quantities import find_dates


LIST_MARKS = {"-", "–", "—", "•", "·", "*", "●"}     # items of a list of documents signed


def is_signing(lang: str, tok: Token) -> bool:
    """Is the word one of signing or adopting (lang/<xx>/signing.tsv)?"""
    return bool(word_keys(tok.text, lang) & words(lang, "signing.tsv"))


@cache
def document_heads(lang: str) -> dict[str, tuple[str, frozenset[str]]]:
    return {r[0]: (r[1], frozenset(r[2].split("|"))) for r in lexicon(lang, "agreement_heads.tsv")}


def planned_documents(lang: str, toks: list[Token], found: list) -> list:
    """The lexicon's documents, and "план <adjectives> сотрудничества" that it spells no way of."""
    from ..nlp.match import Match
    heads = document_heads(lang)
    out = list(found)
    for i, t in enumerate(toks):
        head = lookup(heads, t.text)
        if head is None or any(m.start <= i < m.end for m in found):
            continue
        for j in range(i + 1, min(len(toks), i + 5)):
            if word_keys(toks[j].text) & head[1]:
                out.append(Match(i, j + 1, head[0]))
                break
            if toks[j].pos not in ("ADJ", "NOUN") or toks[j].case != "Gen":
                break
    return sorted(out, key=lambda m: m.start)


def told_before(lang: str, toks: list[Token], signer: int, signings: list[int], cues: list[int] = ()) -> bool:
    """Is the signing at token `signer` told as one before the news by the words of
    lang/<xx>/signed_before.tsv: a lemma opening the sentence ("Ранее"), a phrase anywhere ("в
    прошлом году"), a verb of recalling before it ("reminded that"), a word right after it or
    within six ("signed earlier", "signed two years ago"), or a time word (of the table or
    `cues`) nearest to it among the `signings` ("Earlier this year, X signed")?"""
    words_ = [fold(t.text) for t in toks]
    cues = list(cues)
    for phrase, where in signed_before(lang):
        if where == "opening" and any(phrase[0] in word_keys(t.text) for t in toks[:2]):
            return True
        for k in (k for k in range(len(toks)) if words_[k:k + len(phrase)] == phrase):
            if where in ("anywhere", "before") and (where == "anywhere" or k < signer) \
                    or where == "next" and k == signer + 1 \
                    or where == "after" and signer < k and k + len(phrase) <= signer + 7:
                return True
            if where == "nearest":
                cues.append(k)
    return any(min(list(signings) + [signer], key=lambda i: abs(i - k)) == signer for k in cues)


@cache
def signed_before(lang: str) -> tuple[tuple[list[str], str], ...]:
    return tuple((fold(r[0]).split(), r[1]) for r in lexicon(lang, "signed_before.tsv"))


def recalled(doc: Doc, sent: Sent, signings: list[int]) -> bool:
    """"Соглашение ... было подписано в мае", "Ранее ... подписали", "в 2019 году", "в прошлом
    году", "X напомнил, что ...": signed before the reported event, recalled."""
    if told_before(doc.lang, sent.tokens, signings[0], signings):
        return True
    if not doc.date:
        return False
    years = [y for y in re.findall(r"\b(?:в|во)\s+((?:19|20)\d\d)\s+год", sent.text, re.IGNORECASE)]
    if any(y < doc.date[:4] for y in years):
        return True
    for f in find_dates(sent.text, doc.lang, doc.date):
        value = str(f.value)
        if value < doc.date[:len(value)] and not doc.date.startswith(value[:7]):
            return True
    return False
