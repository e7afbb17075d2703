"""Kazakh frames: the language-neutral frame layer (nlp/frames.py) read without a parser.

Kazakh is verb-final and marks roles by case: the arguments of a verb are the noun phrases of
its clause before it, each declined on its last word ("Тоқаев Ақордада Ердоғанмен кездесті":
subject, place, partner). So a frame here is a verb of the lexicons (verbs.py finds it in any
form, with its tense) or an event noun (lang/kk/frame_nouns.txt), and its arguments are the
phrases between the clause's opening (the sentence start, a boundary word or mark, a finite verb
or a converb before a comma: lang/kk/frame_words.tsv) and the predicate. A phrase runs up to a
word in a case other than the nominative, a name that stands free, a postposition (its `prep`)
or a joiner ("X пен Y": X takes the relation and case of Y, the only one declined). A name of
doc.entities is one word whatever its length: only its last word declines. An office before a
name that is no person's ends its phrase ("Облыс әкімі | Жапония елшісімен"), as does the head of
a genitive before a word that heads nothing ("Түркияның министрлері | келісімге"); a word in
-дағы qualifies the next ("Қазақстандағы елшісі"); a person joined to a genitive is joined to
the name its head goes with ("Шәкенов пен X компаниясының директоры Морено"). The relation follows
the case: nominative nsubj, accusative obj, genitive nmod, the others obl.

A chain of converbs shares its subject with the verb that ends it ("X ... айтып, ... атап
өтті": X is the subject of both, as a parse would hang it on the last), unless that verb's
clause names its own. An event noun takes only the phrases in an oblique case or the genitive
right before it ("Тоқаевтың Ердоғанмен кездесуі"): a nominative there is the sentence's subject,
not its own. Three relations reach past the clause before the predicate: after "деп" a verb of
speech takes the phrases after it too ("... деп атап өтті Тоқаев": its subject follows it); a
noun of speech (lang/kk/speech_nouns.tsv) heads a frame with its speaker in the genitive
("Лавровтың айтуынша"); "бастаған"/"басқарған" head a frame whose subject leads the noun after
it ("Y бастаған делегация"). Args depend on the entities, so the frames are rebuilt when the
mentions change.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from ...doc import Doc, Sent, Span, Token
from ...nlp.frames import Arg, Frame, event_nouns, frames_in, quote_spans
from ...nlp.kazakh import fold, stem_keys
from ..context import mentions_in
from .clauses import clause_start, frame_words, in_complement
from .context import HOSTED, case_of, free_nominative, izafet_head
from .firms import firm_name_end
from .lexicon import honorifics, matcher
from .verbs import Verb, entries, verb_at

RELS = {"Nom": "nsubj", "Acc": "obj", "Gen": "nmod"}       # any other case: obl
UD_TENSE = {"past": "Past", "participle": "Past", "neg_past": "Past", "future": "Fut", "intent": "Fut",
            "future_participle": "Fut", "neg_future": "Fut", "progressive": "Pres"}


def predicate_at(toks: list[Token], i: int) -> tuple[Verb, str] | None:
    """(verb, stem phrase) of the first frame lexicon that reads token i as a verb."""
    for name in frame_words("lexicon"):
        v = verb_at(toks, i, name)
        if v is not None:
            return v, _stem(toks, v, name)
    return None


def _stem(toks: list[Token], v: Verb, name: str) -> str:
    """The lexicon's phrase of the verb, its stem without the dash: "телефон арқылы сөйлес"."""
    word = fold(toks[v.end - 1].text)
    for before, stem, value in entries(name):
        if value == v.value and len(before) == v.end - 1 - v.start and word.startswith(stem):
            return " ".join(before + (stem,))
    return word


@cache
def _stems() -> frozenset[str]:
    return frozenset(stem for name in frame_words("lexicon") for _, stem, _ in entries(name))


def _voice(stem: str) -> str:
    """Passive when the stem is another verb's with a passive ending ("жүргіз|іл", "қабылда|н",
    "баста|л"), or ends in -ыл/-іл after a stem of its own ("ұйымдастыр|ыл")."""
    last = stem.split()[-1]
    for e in frame_words("passive"):
        rest = last[:-len(e)]
        if last.endswith(e) and (rest in _stems() or e in ("ыл", "іл") and len(rest) >= 2):
            return "passive"
    return "active"


def _outermost(doc: Doc, sent: Sent) -> list[Span]:
    every = [m for e in doc.entities for m in e.mentions if sent.start <= m.start and m.end <= sent.end]
    return sorted((m for m in every if not any(o.start <= m.start and m.end <= o.end
                                               and o.end - o.start > m.end - m.start for o in every)),
                  key=lambda m: m.start)


def _units(doc: Doc, sent: Sent, a: int, b: int, mentions: list[Span]) -> list[tuple[int, int, int, str, Span | None]]:
    """(first, last, head, case, mention) of each word of tokens a..b-1, a name counting as one
    word (with the word of address after it: "Трамп мырзамен"); punctuation is no word."""
    toks, out, i = sent.tokens, [], a
    while i < b:
        t = toks[i]
        if t.pos == "PUNCT":
            i += 1
            continue
        m = next((m for m in mentions if m.start == t.start), None)
        if m is not None:
            j = max(k for k in range(i, len(toks)) if toks[k].start < m.end)
            if j < b:
                last = j + 1 if j + 1 < b and stem_keys(toks[j + 1].text) & honorifics() else j
                case = case_of(sent, m, doc)
                out.append((i, last, j, case if case != "Obl" else t.feats.get("Case", "Nom"), m))
                i = last + 1
                continue
        out.append((i, i, i, t.feats.get("Case", "Nom"), None))
        i += 1
    return out


def _phrases(doc: Doc, sent: Sent, a: int, b: int, mentions: list[Span]) -> list[Arg]:
    toks = sent.tokens
    units = _units(doc, sent, a, b, mentions)
    posts, joiners = frame_words("postposition"), frame_words("joiner")
    out: list[Arg] = []
    first, pending, joined = None, [], []     # the phrase's first word; conjuncts waiting for the last one
    for n, (u0, u1, head, case, m) in enumerate(units):
        word = fold(toks[u1].text)
        if word in posts or word in joiners:
            continue
        first = u0 if first is None else first
        nxt = units[n + 1] if n + 1 < len(units) else None
        after = fold(toks[nxt[1]].text) if nxt is not None and nxt[0] == nxt[1] else ""
        prep = after if after in posts else ""
        if nxt is not None and word.endswith(HOSTED) or not (
                nxt is None or prep or after in joiners or case != "Nom"
                or m is not None and free_nominative(doc, sent, m) or _closes(doc, sent, units, n)):
            continue                    # a modifier of the next word: "екіжақты кездесу", "Қазақстан Президенті"
        rel = "obl" if prep else RELS.get(case, "obl")
        tokens = tuple(k for k in range(first, u1 + 1) if toks[k].pos != "PUNCT")
        arg = Arg(rel, head, case, prep, tokens, toks[tokens[0]].start, toks[u1].end)
        first = None
        if after in joiners:
            pending.append(arg)
            continue
        if pending and case == "Gen":
            joined.append((len(out), len(out) + len(pending)))
        out += [Arg(rel, p.head, case, prep, p.tokens, p.start, p.end) for p in pending] + [arg]
        pending = []
    # "Шәкенов пен X компаниясының директоры Морено": a person joined to a genitive is joined to
    # the name the genitive's head goes with, in its relation and case (no person owns an office)
    for lo, hi in joined:
        nxt = next((a for a in out[hi + 1:] if a.case != "Nom" or _is_name(toks[a.tokens[-1]], mentions)), None)
        if nxt is not None and nxt.case == "Nom" and _is_person(doc, toks[out[lo].head]):
            out[lo:hi] = [replace(p, rel=nxt.rel, case=nxt.case, prep=nxt.prep) for p in out[lo:hi]]
    return out + pending


def _is_person(doc: Doc, tok: Token) -> bool:
    return any(e.type == "PER" and any(m.start <= tok.start < m.end for m in e.mentions) for e in doc.entities)


def _closes(doc: Doc, sent: Sent, units: list, n: int) -> bool:
    """Whether the nominative word n ends its phrase, though a word follows: an office before a
    state's name, which opens a phrase of its own ("Облыс әкімі Жапония елшісімен", "Министр
    Жапонияның ..."), or the head of a genitive before a word that is no name and no head of an
    izafet chain ("Түркияның министрлері келісімге": the ministers, not the agreement's), or any
    word before a number."""
    toks, (u0, _, _, _, m), nxt = sent.tokens, units[n], units[n + 1]
    if m is not None:
        return False
    if toks[nxt[0]].pos == "NUM":
        return True           # "компаниясы 2027 жылы ...": a number opens a phrase of its own
    head = izafet_head(toks[u0]) or matcher("titles.tsv").match_at(toks, u0) is not None
    if head and nxt[4] is not None and any(e.type != "PER" and nxt[4] in e.mentions for e in doc.entities):
        return True
    return n > 0 and units[n - 1][3] == "Gen" and izafet_head(toks[u0]) and nxt[4] is None \
        and not izafet_head(toks[nxt[2]])


def _is_name(tok: Token, mentions: list[Span]) -> bool:
    return any(m.start <= tok.start and tok.end <= m.end for m in mentions)


def _shared_subjects(doc: Doc, sent: Sent, start: int, preds: dict, mentions: list[Span],
                     quotes: list[tuple[int, int]]) -> list[Arg]:
    """"Тоқаев Астанаға келіп, Ердоғанмен кездесті": a chain of converbs shares its subject with
    the verb that ends it (a parse hangs it on that verb); the subjects of the clauses before."""
    out: list[Arg] = []
    while start >= 2:
        conv = start - 2                      # the converb before the comma that opened the clause
        end = preds[conv][0].start if conv in preds else conv
        start, chained = clause_start(sent.tokens, end, preds, quotes)
        out = [a for a in _phrases(doc, sent, start, end, mentions) if a.rel == "nsubj"] + out
        if not chained:
            break
    return out


def _postposed(doc: Doc, sent: Sent, i: int, preds: dict, mentions: list[Span]) -> list[Arg]:
    """"«...», деп жазды Тоқаев": after "деп" the verb of speech comes first and its subject
    follows it; the phrases after the verb to the next clause are arguments as if before it."""
    toks, bounds = sent.tokens, frame_words("boundary")
    end = next((k for k in range(i + 1, len(toks)) if fold(toks[k].text) in bounds or k in preds), len(toks))
    return _phrases(doc, sent, i + 1, end, mentions)


def sentence_frames(doc: Doc, sent: Sent, n: int, quotes: list[tuple[int, int]]) -> list[Frame]:
    toks = sent.tokens
    preds = {i: p for i in range(len(toks)) if (p := predicate_at(toks, i)) is not None}
    nouns = event_nouns("kk")
    mentions = _outermost(doc, sent)
    quotes = [(a, b) for a, b in quotes if a < sent.end and b > sent.start]
    phrases = {m.end - 1: m for name in frame_words("phrases") for m in matcher(name).finditer(toks)}
    out = []
    for i, t in enumerate(toks):
        if i in preds:
            v, lemma = preds[i]
            kind = "noun" if v.tense == "noun" else "verb"
        elif fold(t.text) in frame_words("participle"):     # "Розетти бастаған делегация": led by him
            v, lemma, kind = Verb(i, i + 1, "participle", ()), fold(t.text), "verb"
        elif i in phrases:      # "Лавровтың айтуынша": a noun of speech with its holder
            m = phrases[i]
            v, lemma, kind = Verb(m.start, m.end, "noun", m.value), fold(" ".join(x.text for x in toks[m.start:m.end])), "noun"
        elif t.pos != "PUNCT" and (found := stem_keys(t.text) & nouns):
            v, lemma, kind = Verb(i, i + 1, "noun", ()), min(found), "noun"
        else:
            continue
        start, chained = clause_start(toks, v.start, preds, quotes)
        args = _phrases(doc, sent, start, v.start, mentions)
        # a bare nominative that names no one may be an indefinite object ("жетістіктер тіледі")
        # a name in a complement clause is that clause's subject ("..., Моңғолия ... беретінін мәлімдеді")
        if chained and kind == "verb" and not any(
                a.rel == "nsubj" and _is_name(toks[a.head], mentions) and (
                    _is_person(doc, toks[a.head]) or not in_complement(toks, a.tokens[-1], v.start)) for a in args):
            args = _shared_subjects(doc, sent, start, preds, mentions, quotes) + args
        if kind == "verb" and (v.start > 0 and fold(toks[v.start - 1].text) in frame_words("inverting")
                               or i > v.start and fold(toks[v.start].text) in frame_words("inverting")):
            args += _postposed(doc, sent, i, preds, mentions)
        if kind == "noun":
            own = []
            for a in reversed(args):
                if a.case == "Nom":
                    break
                own.insert(0, a)
            args = own
        out.append(Frame(n, i, lemma, kind, _voice(lemma) if kind == "verb" else "active", UD_TENSE.get(v.tense),
                         None, v.tense.startswith("neg_"), any(a <= t.start < b for a, b in quotes), args))
    return out


def kazakh_frames(doc: Doc) -> list[Frame]:
    """Every frame of a Kazakh document, rebuilt when its entity mentions have changed."""
    key = tuple((m.start, m.end) for e in doc.entities for m in e.mentions)
    if doc.meta.get("frames_key") != key:
        quotes = quote_spans(doc.text)
        by_sent = {id(s): sentence_frames(doc, s, n, quotes) for n, s in enumerate(doc.sents)}
        doc.meta["frames_key"] = key
        doc.meta["frames_by_sent"] = by_sent
        doc.meta["frames"] = [f for fs in by_sent.values() for f in fs]
    return doc.meta["frames"]


def frame_at(doc: Doc, sent: Sent, i: int) -> Frame | None:
    """The frame whose predicate is token i of the sentence."""
    return next((f for f in frames_in(doc, sent) if f.pred == i), None)


def named(doc: Doc, sent: Sent, args: list[Arg], types: tuple[str, ...] = ("PER", "ORG", "LOC", "GPE")):
    """(mention, entity) of the name each argument ends in ("Түркия Президенті Ердоғанмен": Erdogan)."""
    out, toks = [], sent.tokens
    for a in args:
        # "«Nordwind Energy» компаниясы": a body's name before the word of its kind (org_heads.tsv)
        kind = a.head > 0 and matcher("org_heads.tsv").match_at(toks, a.head) is not None
        ends = {toks[a.head].end} | ({toks[a.head - 1].end, toks[a.head - 1].start} if kind else set())
        hits = [(m, e) for m, e in mentions_in(doc, a.start, a.end, types) if m.end in ends]
        found = sorted(hits, key=lambda h: h[0].end != toks[a.head].end)[:1]
        if not found and "ORG" in types and (k := firm_name_end(toks, a)) is not None:
            found = [(m, e) for m, e in mentions_in(doc, a.start, a.end, ("ORG",)) if m.end == toks[k].end][:1]
        out += found
    return out
