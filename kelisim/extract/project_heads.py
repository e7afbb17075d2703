"""Project nouns past the phrases of projects.tsv: a word that ends in a head of works
("хлебозавод", "агропарк"), or the head with an adjective right before it that the parse hangs on
it ("кардиологический центр", "солнечный парк"), is a project noun as well, of its head's kind
(lang/<xx>/project_heads.tsv; words that name no work: project_heads_not.txt). A language without
those files has no such nouns. A noun of a way is one before the ends of a route ("линии Бахты –
Аягоз": lang/<xx>/route_heads.tsv). The reader still asks a word of building to govern the noun."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from ..doc import Token
from ..lang import lexicon, words
from ..nlp.match import Match, fold

MIN_PREFIX = 3      # "хлебо-завод", "агро-парк"; not "с-порт"


@cache
def _routes(lang: str) -> dict[str, str]:
    if not (Path(__file__).resolve().parent.parent / "lang" / lang / "route_heads.tsv").exists():
        return {}
    return {fold(h): kind for h, kind in lexicon(lang, "route_heads.tsv")}


def _route_after(toks: list[Token], i: int) -> bool:
    """"линии Бахты – Аягоз": two names joined by a dash right after the noun."""
    return i + 3 < len(toks) and toks[i + 2].text in ("–", "—", "-") \
        and toks[i + 1].text[:1].isupper() and toks[i + 3].text[:1].isupper()      # (a name the tagger read as ADJ too)


@cache
def _heads(lang: str) -> tuple[dict[str, str], frozenset[str]]:
    if not (Path(__file__).resolve().parent.parent / "lang" / lang / "project_heads.tsv").exists():
        return {}, frozenset()
    return {fold(h): kind for h, kind in lexicon(lang, "project_heads.tsv")}, words(lang, "project_heads_not.txt")


def with_heads(lang: str, toks: list[Token], matches: list[Match]) -> list[Match]:
    """The matches of the phrases, and the heads of works outside them, in the order of the text."""
    heads, nots = _heads(lang)
    if not heads:
        return matches
    taken = {k for m in matches for k in range(m.start, m.end)}
    extra = []
    for i, t in enumerate(toks):
        lemma = fold(t.lemma or t.text)
        if i in taken or t.pos != "NOUN" or lemma in nots:
            continue
        if lemma in _routes(lang) and _route_after(toks, i):
            extra.append(Match(i, i + 1, _routes(lang)[lemma]))     # "линии Бахты – Аягоз"
            continue
        if lemma in heads:
            a = i - 1
            if a >= 0 and a not in taken and toks[a].pos == "ADJ" and toks[a].head == i \
                    and fold(toks[a].lemma or toks[a].text) not in nots:
                extra.append(Match(a, i + 1, heads[lemma]))      # "кардиологический центр"
            continue
        kind = next((k for h, k in heads.items() if lemma.endswith(h) and len(lemma) - len(h) >= MIN_PREFIX), None)
        if kind is not None:
            extra.append(Match(i, i + 1, kind))      # "хлебозавод"
    return sorted(matches + extra, key=lambda m: m.start) if extra else matches
