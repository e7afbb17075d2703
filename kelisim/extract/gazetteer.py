"""States, blocs, regions and places from the data files, matched over a Doc's tokens.

Two kinds of hits: names (Казахстан, РК, Центральная Азия, Лондон) become entity spans, and
country cues (казахстанский, британец, "казахстанско-британский") only tell which state a
person, group or body belongs to.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..data import table
from ..doc import Doc, Token
from ..nlp.match import Match, PhraseMatcher, fold, lookup, word_keys

NAME_KINDS = {"name", "full", "short", "abbr", "name_ambiguous"}
CUE_KINDS = {"adj", "demonym"}


@dataclass(frozen=True)
class Place:
    type: str             # GPE | LOC | ORG
    name: str             # canonical name in the matched language
    country: str | None   # ISO code of the state it is or belongs to
    key: str              # state code, bloc key or place name: what makes two mentions one entity
    kind: str             # name | abbr | city | region | bloc | venue ...
    members: tuple[str, ...] = ()


class Gazetteer:
    def __init__(self, lang: str):
        self.lang = lang
        self.names = PhraseMatcher(lang)
        self.cues: dict[str, str] = {}           # adjective/demonym key -> country
        self.prefixes: dict[str, str] = {}       # "казахстанско" -> KZ
        self.canonical: dict[str, str] = {}      # country -> usual name in this language
        states = [r for r in table("states") if r["lang"] == lang]
        for r in states:
            if r["kind"] == "name":
                self.canonical.setdefault(r["code"], r["name"])
        for r in states:
            code, kind, name = r["code"], r["kind"], r["name"]
            if kind in NAME_KINDS:
                self.names.add(name, Place("GPE", self.canonical.get(code, name), code, code, kind))
            elif kind in CUE_KINDS:
                for k in word_keys(name, lang) if kind == "adj" else {fold(name)}:
                    self.cues.setdefault(k, code)
                self.cues.setdefault(fold(name), code)
            elif kind == "prefix":
                self.prefixes.setdefault(fold(name), code)
        bloc_names: dict[str, str] = {}
        for r in table("blocs"):
            if r["lang"] == lang and r["kind"] == "name":
                bloc_names.setdefault(r["key"], r["name"])
        self.bloc_adjectives: dict[tuple[str, ...], tuple[str, ...]] = {}     # ("central", "asian") -> members
        for r in table("blocs"):
            if r["lang"] == lang and r["kind"] == "adj" and r.get("members"):
                self.bloc_adjectives[tuple(fold(w) for w in r["name"].split())] = tuple(r["members"].split(","))
            if r["lang"] != lang or r["kind"] == "adj":
                continue
            members = tuple(m for m in (r.get("members") or "").split(",") if m)
            self.names.add(r["name"], Place(r["type"], bloc_names.get(r["key"], r["name"]), None,
                                            r["key"], "bloc", members))
        for r in table("places"):
            if r["lang"] == lang:
                self.names.add(r["name"], Place("LOC", r["name"], r["country"], r["name"], r["kind"]))

    def find(self, tokens: list[Token]) -> list[Match]:
        out = []
        found = list(self.names.finditer(tokens))
        for m in found:
            first = tokens[m.start].text
            place: Place = m.value
            if not first[:1].isupper():
                continue      # "того", "мали": names are written with a capital
            if place.kind == "name_ambiguous" and m.start == 0 and not self._paired(tokens, m, found) \
                    and not (m.end < len(tokens) and tokens[m.end].pos == "AUX"):
                continue      # a sentence-initial capital says nothing, unless a state acts: "Turkey will invest"
            out.append(m)
        return out

    @staticmethod
    def _paired(tokens: list[Token], m: Match, found: list[Match]) -> bool:
        """"Georgia and Armenia signed ...": joined by a conjunction to a state named beyond doubt,
        a sentence-initial name is that state too."""
        return m.end + 1 < len(tokens) and tokens[m.end].pos == "CCONJ" and any(
            o.start == m.end + 1 and o.value.type == "GPE" and o.value.kind != "name_ambiguous"
            and tokens[o.start].text[:1].isupper() for o in found)

    def cue(self, word: str) -> str | None:
        """The country an adjective, demonym or compound adjective points to."""
        c = lookup(self.cues, word, self.lang)
        if c is not None:
            return c
        if "-" in word:
            first = fold(word.split("-")[0])
            if first in self.prefixes:
                return self.prefixes[first]
        return None

    def cue_before(self, toks: list, i: int, window: int = 2) -> str | None:
        """The state an adjective among the `window` words before token i names, nearest first
        ("Uzbek businessman Akmal Saidov", "казахстанский коллега X")."""
        for t in reversed(toks[max(0, i - window):i]):
            c = self.cue(t.text)
            if c:
                return c
        return None

    def cues_in(self, word: str) -> list[str]:
        """Every state a (compound) adjective names: "казахстанско-британский" -> [KZ, GB]."""
        if "-" not in word:
            c = self.cue(word)
            return [c] if c else []
        parts = word.split("-")
        out = [self.prefixes.get(fold(p)) for p in parts[:-1]]
        out.append(self.cue(parts[-1]))
        return [c for c in out if c]


@cache
def gazetteer(lang: str) -> Gazetteer:
    return Gazetteer(lang)


def state_counts(doc: Doc, places: bool = False) -> Counter:
    """How often the article names each state, the ground of every reader's guess of a person's
    home state: by its name; with `places`, by its places and its adjectives outside any mention
    too (the English reader's count: "the Turkish side")."""
    counts: Counter = Counter()
    for e in doc.entities:
        if e.country and (e.type == "GPE" or places and e.type == "LOC"):
            counts[e.country] += len(e.mentions)
    if places:
        gaz = gazetteer(doc.lang)
        spans = [m for e in doc.entities for m in e.mentions]
        for sent in doc.sents:
            for t in sent.tokens:
                c = gaz.cue(t.text)
                if c and not any(m.start <= t.start and t.end <= m.end for m in spans):
                    counts[c] += 1
    return counts
