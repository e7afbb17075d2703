"""Frames: per sentence, each predicate with its arguments by UD relation.

A frame is a verb, or a noun the language lists as an event ("встреча", "talks"), with the
arguments the dependency parse gives it: subject, object, obliques with their case and
preposition, nominal modifiers; conjuncts spread over the relation of their first member
("X и Y встретились": two subjects). It also says whether the predicate is passive, its tense
and aspect, whether it is negated and whether it stands inside a quotation.

It reads only kelisim's Token fields (lemma, pos, feats, head, rel in Universal Dependencies),
so one reader serves every language with a UD parse. Where a pipeline keeps the parser's own
tags beside tags of its own (English: `upos`/`ufeats` beside the word-list tagger's `pos`/`feats`,
nlp/english.py), frames read the parser's, which agree with its heads and relations. Event nouns come from
`lang/<xx>/frame_nouns.txt` and the map from relations to roles (agent, partner, holder,
destination, ...) from `lang/<xx>/frame_roles.tsv`, when the language has them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..doc import Doc, Sent, Token

ARG_RELS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "nmod:poss", "xcomp", "ccomp")
QUOTES = (("«", "»"), ("“", "”"), ("„", "“"), ('"', '"'))


@dataclass(frozen=True)
class Arg:
    rel: str                  # relation of the argument to the predicate (conjuncts take their first's)
    head: int                 # token index of the argument's head in the sentence
    case: str | None          # morphological case of the head
    prep: str                 # lemma of its preposition ("с", "в", "with"), "" if none
    tokens: tuple[int, ...]   # the head with its name parts and modifiers, not nested clauses
    start: int
    end: int


@dataclass
class Frame:
    sent: int                 # index into doc.sents
    pred: int                 # token index of the predicate
    lemma: str
    kind: str                 # verb | noun
    voice: str                # active | passive
    tense: str | None
    aspect: str | None
    negated: bool
    quoted: bool
    args: list[Arg] = field(default_factory=list)

    def of(self, *rels: str, prep: str | None = None, case: str | None = None) -> list[Arg]:
        """Arguments in any of the relations (all when none given), with that preposition/case."""
        return [a for a in self.args if (not rels or a.rel in rels)
                and (prep is None or a.prep == prep) and (case is None or a.case == case)]

    @property
    def subjects(self) -> list[Arg]:
        return self.of("nsubj", "nsubj:pass")

    def role(self, lang: str, name: str) -> list[Arg]:
        """Arguments filling a role by the language's map (lang/<xx>/frame_roles.tsv)."""
        out: list[Arg] = []
        for rels, preps, cases in role_map(lang).get(name, ()):
            out += [a for a in self.args if a.rel in rels and (a.prep in preps if preps else not a.prep)
                    and (cases is None or (a.case or "none") in cases) and a not in out]
        return out


def upos(t: Token) -> str:
    """The token's UD part of speech: the parser's where the pipeline keeps it apart."""
    return getattr(t, "upos", None) or t.pos


def ufeats(t: Token) -> dict[str, str]:
    """The token's UD features: the parser's where the pipeline keeps them apart."""
    found = getattr(t, "ufeats", None)
    return t.feats if found is None else found


@cache
def role_map(lang: str) -> dict[str, tuple[tuple[frozenset[str], frozenset[str], frozenset[str] | None], ...]]:
    """role -> (relations, prepositions, cases) alternatives; no prepositions: none allowed;
    cases None: any case, "none" in them: a word without case (a foreign name)."""
    from ..lang import lexicon
    out: dict[str, list] = {}
    try:
        rows = lexicon(lang, "frame_roles.tsv")
    except FileNotFoundError:
        return {}
    for role, rels, prep, case in rows:
        out.setdefault(role, []).append((frozenset(rels.split("|")),
                                         frozenset() if prep == "-" else frozenset(prep.split("|")),
                                         None if case == "-" else frozenset(case.split("|"))))
    return {k: tuple(v) for k, v in out.items()}


@cache
def event_nouns(lang: str) -> frozenset[str]:
    from ..lang import lexicon
    try:
        return frozenset(r[0] for r in lexicon(lang, "frame_nouns.txt"))
    except FileNotFoundError:
        return frozenset()


def _children(toks: list[Token]) -> list[list[int]]:
    kids: list[list[int]] = [[] for _ in toks]
    for k, t in enumerate(toks):
        if 0 <= t.head < len(toks) and t.head != k:
            kids[t.head].append(k)
    return kids


def _span(toks: list[Token], kids: list[list[int]], i: int) -> tuple[int, ...]:
    """The argument's own words: its name parts, modifiers and genitive/prepositional dependents,
    but not a clause or a coordinated second argument hanging on it."""
    out, stack = {i}, [i]
    while stack:
        k = stack.pop()
        for c in kids[k]:
            if c in out or toks[c].rel in ("conj", "cc", "punct", "acl", "acl:relcl", "advcl", "parataxis"):
                continue
            if k == i and toks[c].rel in ("case", "mark"):
                continue      # the preposition is the argument's `prep`, not part of it
            out.add(c)
            stack.append(c)
    return tuple(sorted(out))


def arg_tokens(sent: Sent, i: int) -> tuple[int, ...]:
    """The words of the phrase headed by token i, as a frame argument takes them."""
    return _span(sent.tokens, _children(sent.tokens), i)


def _prep(toks: list[Token], kids: list[list[int]], i: int) -> str:
    # a preposition stands before its noun; a postposition (Kazakh) right after it. A case word
    # further on belongs to a phrase of the noun's own ("делегацию Китая во главе с X")
    cases = [c for c in kids[i] if toks[c].rel == "case" and (c < i or c == i + 1)]
    for c in cases[:1]:
        parts = [toks[c].lemma or toks[c].text.lower()]
        parts += [toks[f].text.lower() for f in kids[c] if toks[f].rel == "fixed"]
        return " ".join(parts)
    return ""


def _negated(toks: list[Token], kids: list[list[int]], i: int) -> bool:
    for c in kids[i]:
        t = toks[c]
        if t.rel == "neg" or (ufeats(t).get("Polarity") == "Neg" and t.rel in ("advmod", "discourse", "neg")):
            return True
    return False


def _voice(toks: list[Token], kids: list[list[int]], i: int) -> str:
    if ufeats(toks[i]).get("Voice") == "Pass":
        return "passive"
    if any(toks[c].rel in ("nsubj:pass", "aux:pass") for c in kids[i]):
        return "passive"
    return "active"


def _tense(toks: list[Token], kids: list[list[int]], i: int) -> str | None:
    for c in kids[i]:
        if toks[c].rel in ("aux", "aux:pass") and ufeats(toks[c]).get("Tense"):
            return ufeats(toks[c])["Tense"]
    return ufeats(toks[i]).get("Tense")


def find_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of quoted passages in text[start:end], inner offsets (without the marks)."""
    out = []
    for o, c in QUOTES:
        pos = start
        while True:
            a = text.find(o, pos, end)
            if a < 0:
                break
            b = _closing(text, o, c, a, end)
            if b < 0:
                break
            out.append((a + 1, b))
            pos = b + 1
    return sorted(out)


def _closing(text: str, o: str, c: str, a: int, end: int) -> int:
    """Where the quote opened at `a` closes: past the marks of a name quoted inside it ("«Для
    «Газпрома» это ...»") when the marks nest and balance; else at the first closing mark."""
    first = text.find(c, a + 1, end)
    if o == c or first < 0 or text.find(o, a + 1, first) < 0:
        return first
    depth = 0
    for k in range(a, end):
        depth += (text[k] == o) - (text[k] == c)
        if depth == 0:
            return k
    return first


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted passages of the text (inner offsets), paragraph by paragraph so that a stray mark
    does not run into the next paragraph."""
    out = []
    pos = 0
    for para in text.split("\n"):
        out += find_quotes(text, pos, pos + len(para))
        pos += len(para) + 1
    return sorted(out)


def sentence_frames(sent: Sent, n: int, lang: str, quotes: list[tuple[int, int]] = ()) -> list[Frame]:
    toks = sent.tokens
    kids = _children(toks)
    nouns = event_nouns(lang)
    out = []
    for i, t in enumerate(toks):
        lemma = (t.lemma or t.text).lower()
        if upos(t) == "VERB":
            kind = "verb"
        elif upos(t) in ("NOUN", "PROPN") and lemma in nouns:
            kind = "noun"
        else:
            continue
        args: list[Arg] = []
        for c in kids[i]:
            rel = toks[c].rel
            if rel not in ARG_RELS:
                continue
            # "X и Y встретились": every conjunct fills the relation of the first
            for k in [c] + [d for d in _conjuncts(toks, kids, c)]:
                span = _span(toks, kids, k)
                args.append(Arg(rel, k, ufeats(toks[k]).get("Case"), _prep(toks, kids, k) or _prep(toks, kids, c),
                                span, toks[span[0]].start, toks[span[-1]].end))
        out.append(Frame(n, i, lemma, kind, _voice(toks, kids, i), _tense(toks, kids, i),
                         ufeats(t).get("Aspect"), _negated(toks, kids, i),
                         any(a <= t.start < b for a, b in quotes), args))
    return out


def _conjuncts(toks: list[Token], kids: list[list[int]], c: int) -> list[int]:
    out, stack = [], [c]
    while stack:
        k = stack.pop()
        for d in kids[k]:
            if toks[d].rel == "conj" and d not in out:
                out.append(d)
                stack.append(d)
    return sorted(out)


def frames(doc: Doc) -> list[Frame]:
    """Every frame of the document, built once and kept in doc.meta["frames"]. Kazakh has no
    parse: its frames are read from word order and case (extract/kk/frames.py)."""
    if doc.lang == "kk":
        from ..extract.kk.frames import kazakh_frames
        return kazakh_frames(doc)
    if "frames" not in doc.meta:
        quotes = quote_spans(doc.text)
        by_sent = {id(s): sentence_frames(s, n, doc.lang, quotes) for n, s in enumerate(doc.sents)}
        doc.meta["frames_by_sent"] = by_sent
        doc.meta["frames"] = [f for fs in by_sent.values() for f in fs]
    return doc.meta["frames"]


def frames_in(doc: Doc, sent: Sent) -> list[Frame]:
    frames(doc)
    return doc.meta["frames_by_sent"].get(id(sent), [])
