"""factRuEval-2016: read its gold annotations and score kelisim's records against them.

Reading (`load_factrueval`). A document ``book_N`` is a text plus tokens, spans, object
mentions, coreference and facts (the data folder's README). An object's mention runs from
the first character of its first span to the last character of its last span, and over
the closing quote when its opening quote is inside ("ЗАО «Ренова»", not "ЗАО «Ренова"). Person
becomes PER, Org ORG, Location and LocOrg LOC; Project and Facility are left out. Fact
arguments name a coreference chain (``obj3417``: every mention of that object counts) or
a span (``span89437``: a job title); both are resolved to character spans and names. The
reader checks every token's offset against the text and, if they disagree, tries the
usual culprits (a BOM, ``\\r\\n``) before giving up with `EvalError`.

Scoring. Counts are summed over documents (micro-averaged); precision, recall and F1 are 0
where there is nothing to divide by.

- **Entities**: exact span match, and the type must agree (GPE counts as LOC). Only named
  mentions are scored on both sides: a gold mention needs a name span (name, surname,
  patronymic, nickname, org_name, loc_name), so descriptor-only ("делегация") and
  geo-adjective-only ("российской") mentions are skipped, as the 2016 track skipped them;
  a predicted mention needs a capital letter or digit and must not be a pronoun ("Он"),
  so kelisim's coreference mentions are not counted as NER output.
- **Actors** (fact arguments): a predicted entity is the gold argument when one of its
  mentions overlaps one of the argument's spans (an object's own words: not a geo adjective
  or a state inside it, "российской" or "РФ" in "МИД РФ"), or when their names match
  leniently: the word stems (first five letters, lower case, ё as е, one-letter initials
  dropped) of one name are all among those of the other, which has at most one word more
  ("Путин" ~ "Владимир Путин", "Вертинского" ~ "Вертинский Александр", and, leniently,
  "Россия" ~ "МИД России"; but not "Россия" ~ "российская Кремниевая долина").
- **Occupation**: a predicted (person, role title, role org) matches a gold fact when the
  person is the Who, the title shares a content word with the Job (same lemma or same first
  five letters; vacuous when the gold has no Job) and, when the gold has a Where, the role
  org is the Where. A role without an org stands for the person's country: the article's
  GPE entity with that country, if there is one.
- **Meeting / Deal**: a predicted meeting (its participants) or agreement (its parties and
  signers) matches a gold fact when its actors can be paired one-to-one with at least
  ``min(2, n)`` of the fact's ``n`` participants. Negated predictions and gold facts whose
  only modality is "отрицание" are left out; planned and possible ones stay, as in the gold.

Each gold fact and each prediction is used at most once: matches are a maximum one-to-one
pairing per document.
"""
# Longer than kelisim's usual module: factRuEval's conventions (how mentions, arguments and
# matches are defined) stay in one file that can be read against the docstring above. It
# splits at the "--" section markers (reading / predictions / matching / counting) if needed.
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

from ..errors import EvalError

TYPES = ("PER", "ORG", "LOC")
OBJECT_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
RECORD_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
NAME_SPANS = frozenset({"name", "surname", "patronymic", "nickname", "org_name", "loc_name", "prj_name"})
OWN_NAME_SPANS = {"PER": {"name", "surname", "patronymic", "nickname"}, "ORG": {"org_name"},
                  "LOC": {"loc_name"}}
# An object's own words when it is a fact argument: not the geo adjective or the state
# inside it ("российской" in "российской Кремниевой долины", "РФ" in "МИД РФ").
OWN_SPANS = {"PER": OWN_NAME_SPANS["PER"], "ORG": {"org_name", "org_descr"},
             "LOC": {"loc_name", "loc_descr"}}
FACT_TYPES = ("Occupation", "Meeting", "Deal")
BEST_2016 = {"entities": 0.809, "facts": 0.508, "Meeting": 0.234, "Deal": 0.301}
_QUOTES = {"«": "»", "„": "“", "“": "”"}
_FACT_HEAD = re.compile(r"^(\d+-\d+) (\S+)\s*$")
_ARG_REF = re.compile(r"(obj|span)(\d+)")

Span = tuple[int, int]
Typed = tuple[int, int, str]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    type: str            # PER | ORG | LOC
    named: bool          # has a name span; descriptor-only and geo-adjective-only mentions do not
    core: Span           # extent of its own kind of name spans only (a diagnostic extent)


@dataclass(frozen=True)
class Arg:
    """A fact argument resolved to where it is in the text and what it is called."""
    role: str            # Who, Job, Where, Participant, ...
    ref: str             # obj3417 | span89437
    names: tuple[str, ...]
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Fact:
    id: str
    type: str
    args: tuple[Arg, ...]
    attrs: tuple[tuple[str, str], ...] = ()   # (Модальность, ...), (Type, ...), (Фаза, ...)

    def get(self, role: str) -> list[Arg]:
        return [a for a in self.args if a.role == role]

    @property
    def negated(self) -> bool:
        return any(k == "Модальность" and {v.strip() for v in v_.split("|")} == {"отрицание"}
                   for k, v_ in self.attrs)


@dataclass
class FreDoc:
    name: str
    text: str
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    tokens: int = 0      # tokens whose offsets were checked against the text
    adjusted: str = ""   # how the text was changed for the offsets to hold; "" when it was not


# -- reading -----------------------------------------------------------------------------

def book_paths(directory: str | Path) -> list[Path]:
    """The annotated books in a folder (a ``book_N.txt`` with a ``.spans`` beside it), by N."""
    paths = [p for p in Path(directory).glob("book_*.txt") if p.with_suffix(".spans").exists()]
    return sorted(paths, key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))


def load_factrueval(directory: str | Path, limit: int | None = None) -> list[FreDoc]:
    folder = Path(directory)
    if not folder.is_dir():
        raise EvalError(f"{folder}: not a folder; give the factRuEval-2016 testset or devset folder")
    paths = book_paths(folder)
    if not paths:
        raise EvalError(f"{folder}: no book_N.txt with its book_N.spans; is this a factRuEval-2016 folder?")
    return [load_book(p) for p in paths[:limit]]


def _lines(path: Path) -> list[str]:
    if not path.exists():
        raise EvalError(f"{path}: missing; every book needs .txt, .tokens, .spans, .objects, .coref")
    return path.read_text(encoding="utf-8-sig").splitlines()


def _rows(path: Path) -> Iterator[list[str]]:
    """Data lines of an annotation file, split on spaces, with the '# ...' comment removed."""
    for line in _lines(path):
        fields = line.split("#", 1)[0].split()
        if fields:
            yield fields


def _aligned_text(path: Path, tokens: list[tuple[int, int, str]]) -> tuple[str, str]:
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise EvalError(f"{path}: not UTF-8 ({e}); factRuEval texts are UTF-8") from None
    candidates = [("", raw)]
    if raw.startswith("\ufeff"):
        candidates.append(("BOM removed", raw[1:]))
    if "\r" in raw:
        candidates += [(f"{note}{', ' if note else ''}\\r\\n -> \\n", t.replace("\r\n", "\n"))
                       for note, t in list(candidates)]
    for note, text in candidates:
        if all(text[s:s + n] == tok for s, n, tok in tokens):
            return text, note
    s, n, tok = next(t for t in tokens if raw[t[0]:t[0] + t[1]] != t[2])
    raise EvalError(f"{path}: token {tok!r} at {s} does not match the text ({raw[s:s + n]!r}), "
                    f"with or without a BOM or \\r\\n; are the files from the same release?")


def _close_quote(text: str, start: int, end: int) -> int:
    # Spans stop before a closing quote, so the union of "ОАО" and "«Ренова" is "ОАО «Ренова";
    # the mention is what the annotators meant: "ОАО «Ренова»".
    inner, after = text[start:end], text[end:end + 1]
    unclosed = any(inner.count(o) > inner.count(c) and after == c for o, c in _QUOTES.items())
    return end + 1 if unclosed or (inner.count('"') % 2 and after == '"') else end


def load_book(path: str | Path) -> FreDoc:
    path = Path(path)
    base = path.with_suffix("")
    tokens = [(int(f[1]), int(f[2]), f[3]) for line in _lines(base.with_suffix(".tokens"))
              if len(f := line.split(" ", 3)) == 4]
    text, adjusted = _aligned_text(path, tokens)
    spans = {r[0]: (r[1], int(r[2]), int(r[2]) + int(r[3])) for r in _rows(base.with_suffix(".spans"))}
    objects = {r[0]: (r[1], r[2:]) for r in _rows(base.with_suffix(".objects"))}

    def extent(sids: Sequence[str]) -> Span:
        missing = [s for s in sids if s not in spans]
        if missing:
            raise EvalError(f"{base}: objects refer to spans {missing} that .spans lacks")
        start = min(spans[s][1] for s in sids)
        return start, _close_quote(text, start, max(spans[s][2] for s in sids))

    doc = FreDoc(path.stem, text, tokens=len(tokens), adjusted=adjusted)
    for otype, sids in objects.values():
        etype = OBJECT_TYPES.get(otype)
        if etype is None:
            continue
        start, end = extent(sids)
        own = [s for s in sids if spans[s][0] in OWN_NAME_SPANS[etype]]
        doc.mentions.append(Mention(start, end, text[start:end], etype,
                                    any(spans[s][0] in NAME_SPANS for s in sids),
                                    extent(own) if own else (start, end)))
    coref = _read_coref(base.with_suffix(".coref"))

    def resolve(role: str, kind: str, num: str, value: str) -> Arg:
        names = [v.strip() for v in value.split("|") if v.strip()]
        if kind == "span":
            if num not in spans:
                raise EvalError(f"{base}.facts: span{num} is not in .spans")
            _, s, e = spans[num]
            return Arg(role, kind + num, tuple(dict.fromkeys(names + [text[s:e]])), ((s, e),))
        if num not in coref:
            raise EvalError(f"{base}.facts: obj{num} is not a chain in .coref")
        members, keys = coref[num]
        places = []
        for oid in members:
            if oid in objects:
                otype, sids = objects[oid]
                own = [x for x in sids if spans[x][0] in OWN_SPANS.get(OBJECT_TYPES.get(otype), ())]
                places.append(extent(own or sids))
                if any(spans[x][0] in NAME_SPANS for x in sids):
                    names.append(text[slice(*extent(sids))])
        names += _coref_names(keys)
        return Arg(role, kind + num, tuple(dict.fromkeys(names)), tuple(sorted(set(places))))

    facts_path = base.with_suffix(".facts")
    if facts_path.exists():
        doc.facts = _read_facts(facts_path, resolve)
    return doc


def _read_coref(path: Path) -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    chains: dict[str, tuple[list[str], list[tuple[str, str]]]] = {}
    current = None
    for line in _lines(path):
        fields = line.split()
        if not fields:
            current = None
        elif current is None and fields[0].isdigit():
            current = chains.setdefault(fields[0], (fields[1:], []))
        elif current is not None:
            current[1].append((fields[0], " ".join(fields[1:])))
    return chains


def _coref_names(keys: list[tuple[str, str]]) -> list[str]:
    firsts = [v for k, v in keys if k.startswith("firstname")]
    lasts = [v for k, v in keys if k.startswith("lastname") or k.startswith("surname")]
    names = [v for k, v in keys if k.startswith(("name", "nickname"))] + lasts
    names += [f"{f} {last}" for f in firsts for last in lasts] or firsts
    return names


def _read_facts(path: Path, resolve: Callable[[str, str, str, str], Arg]) -> list[Fact]:
    # Facts are not always separated by blank lines (book_3543), so a fact starts at its
    # "NNNN-K Type" header, not after a blank line.
    raw: list[tuple[str, str, list[Arg], list[tuple[str, str]]]] = []
    for line in _lines(path):
        if not line.strip():
            continue
        head = _FACT_HEAD.match(line)
        if head:
            raw.append((head[1], head[2], [], []))
            continue
        if not raw:
            raise EvalError(f"{path}: {line!r} comes before any fact header")
        role, _, rest = line.strip().partition(" ")
        ref, _, value = rest.partition(" ")
        m = _ARG_REF.fullmatch(ref)
        if m:
            raw[-1][2].append(resolve(role, m[1], m[2], value))
        else:
            raw[-1][3].append((role, rest.strip()))
    return [Fact(fid, ftype, tuple(args), tuple(attrs)) for fid, ftype, args, attrs in raw]


# -- what a record predicts --------------------------------------------------------------

@cache
def _morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=100_000)
def _parse(word: str) -> tuple[str, str]:
    p = _morph().parse(word)[0]
    return p.normal_form, str(p.tag.POS or "")


def is_named(text: str) -> bool:
    """A mention that names something: a capital letter or a digit, and not a pronoun ("Он")."""
    if not any(c.isupper() or c.isdigit() for c in text):
        return False
    words = re.findall(r"\w+", text)
    return not (len(words) == 1 and _parse(words[0].lower())[1] == "NPRO")


def record_spans(record: dict, text: str, named_only: bool = True) -> tuple[set[Typed], Counter]:
    """Every named mention of every entity as (start, end, type); and what was left out."""
    out: set[Typed] = set()
    stats: Counter = Counter()
    for ent in record.get("entities") or []:
        etype = RECORD_TYPES.get(ent.get("type", ""))
        for m in ent.get("mentions") or []:
            start, end = m["start"], m["end"]
            if text[start:end] != m.get("text"):
                stats["offset_mismatch"] += 1
            if etype is None:
                stats["other_type"] += 1
            elif named_only and not is_named(m.get("text") or text[start:end]):
                stats["unnamed"] += 1
            else:
                out.add((start, end, etype))
    return out, stats


def gold_spans(doc: FreDoc, extent: str = "full") -> set[Typed]:
    """The gold named mentions; ``extent="name"`` trims them to their own name spans."""
    return {(m.start, m.end, m.type) if extent == "full" else (*m.core, m.type)
            for m in doc.mentions if m.named}


@dataclass(frozen=True)
class Actor:
    """A predicted entity as the scorer sees it."""
    id: str
    type: str
    names: tuple[str, ...]
    spans: tuple[Span, ...]
    country: str | None = None


def actors(record: dict) -> dict[str, Actor]:
    out = {}
    for e in record.get("entities") or []:
        mentions = e.get("mentions") or []
        names = [e.get("name") or "", *(e.get("aliases") or [])]
        names += [m.get("text", "") for m in mentions if is_named(m.get("text", ""))]
        out[e["id"]] = Actor(e["id"], e.get("type", ""), tuple(n for n in dict.fromkeys(names) if n),
                             tuple((m["start"], m["end"]) for m in mentions), e.get("country"))
    return out


@dataclass(frozen=True)
class Occupation:
    who: Actor
    title: str
    where: Actor | None


def occupations(record: dict) -> list[Occupation]:
    acts = actors(record)
    states = {}
    for a in acts.values():
        if a.type == "GPE" and a.country:
            states.setdefault(a.country, a)
    out: dict[tuple, Occupation] = {}
    for e in record.get("entities") or []:
        if e.get("type") != "PER":
            continue
        for role in e.get("roles") or []:
            org = role.get("org")
            where = acts.get(org) if org else states.get(e.get("country"))
            occ = Occupation(acts[e["id"]], role.get("title") or "", where)
            out.setdefault((e["id"], occ.title.lower(), where and where.id), occ)
    return list(out.values())


def event_actors(record: dict, kind: str) -> list[list[Actor]]:
    """Actors of each predicted event of a kind: a meeting's participants, an agreement's
    parties and signers. Negated events are left out."""
    acts = actors(record)
    out = []
    for ev in record.get("events") or []:
        if ev.get("type") != kind or ev.get("modality") == "negated":
            continue
        ids = (ev.get("participants") or []) if kind == "meeting" else \
              [*(ev.get("parties") or []), *(ev.get("signers") or [])]
        out.append([acts[i] for i in dict.fromkeys(ids) if i in acts])
    return out


# -- matching ----------------------------------------------------------------------------

A = TypeVar("A")
B = TypeVar("B")


def max_matching(left: Sequence[A], right: Sequence[B],
                 fits: Callable[[A, B], bool]) -> list[tuple[int, int]]:
    """A largest one-to-one pairing (i, j) of left[i] with right[j] under `fits` (Kuhn)."""
    options = [[j for j, r in enumerate(right) if fits(x, r)] for x in left]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(left)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def _stems(name: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.findall(r"\w+", name.lower().replace("ё", "е")) if len(w) > 1)


def names_match(a: Iterable[str], b: Iterable[str]) -> bool:
    sa = [s for s in map(_stems, a) if s]
    sb = [s for s in map(_stems, b) if s]
    return any((x <= y or y <= x) and abs(len(x) - len(y)) <= 1 for x in sa for y in sb)


def same_actor(actor: Actor, arg: Arg) -> bool:
    overlap = any(s < ge and gs < e for s, e in actor.spans for gs, ge in arg.spans)
    return overlap or names_match(actor.names, arg.names)


def _content_keys(text: str) -> set[tuple[str, str]]:
    keys = set()
    for w in re.findall(r"\w+", text.lower().replace("ё", "е")):
        lemma, pos = _parse(w)
        if len(w) > 1 and pos not in ("PREP", "CONJ", "PRCL", "NPRO"):
            keys |= {("lemma", lemma), ("stem", w[:5])}
    return keys


def job_matches(title: str, job: Arg | None) -> bool:
    if job is None:
        return True
    return any(_content_keys(title) & _content_keys(name) for name in job.names)


def occupation_matches(pred: Occupation, fact: Fact) -> bool:
    who, job, where = (next(iter(fact.get(r)), None) for r in ("Who", "Job", "Where"))
    if who is None or not same_actor(pred.who, who) or not job_matches(pred.title, job):
        return False
    return where is None or (pred.where is not None and same_actor(pred.where, where))


def participants_match(pred: Sequence[Actor], fact: Fact) -> bool:
    gold = fact.get("Participant")
    return bool(gold) and len(max_matching(pred, gold, same_actor)) >= min(2, len(gold))


# -- counting ----------------------------------------------------------------------------

@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp, self.pred, self.gold = self.tp + tp, self.pred + pred, self.gold + gold

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_json(self) -> dict:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "pred": self.pred, "gold": self.gold}


def score_entities(golds: Iterable[set[Typed]], preds: Iterable[set[Typed]]) -> dict[str, Counts]:
    out = {t: Counts() for t in (*TYPES, "ALL")}
    for gold, pred in zip(golds, preds, strict=True):
        for t in TYPES:
            g, p = {x for x in gold if x[2] == t}, {x for x in pred if x[2] == t}
            out[t].add(len(g & p), len(p), len(g))
        out["ALL"].add(len(gold & pred), len(pred), len(gold))
    return out


def score_facts(pairs: Iterable[tuple[Sequence[Fact], Sequence[A]]],
                fits: Callable[[A, Fact], bool]) -> Counts:
    counts = Counts()
    for gold, pred in pairs:
        counts.add(len(max_matching(pred, gold, fits)), len(pred), len(gold))
    return counts


def gold_facts(doc: FreDoc, ftype: str) -> list[Fact]:
    return [f for f in doc.facts if f.type == ftype and not f.negated]


# -- running the systems and putting the figures together ---------------------------------

def natasha_spans(texts: Iterable[str]) -> Iterator[set[Typed]]:
    """The baseline: natasha's NewsNERTagger alone (its types are already PER/ORG/LOC)."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        yield {(s.start, s.stop, s.type) for s in doc.spans}


def kelisim_records(docs: Sequence[FreDoc], extractor=None, batch_size: int = 32) -> list[dict]:
    from ..pipeline import Extractor
    from ..read.article import Article
    extractor = extractor or Extractor()
    articles = [Article(d.text, source=d.name, id=d.name) for d in docs]
    records = list(extractor.records(articles, batch_size=batch_size))
    if len(records) != len(docs):
        raise EvalError(f"kelisim returned {len(records)} records for {len(docs)} documents")
    return records


def evaluate(docs: Sequence[FreDoc], records: Sequence[dict] | None = None,
             baseline: Sequence[set[Typed]] | None = None) -> dict:
    """The figures for kelisim's records and natasha's spans (either may be None)."""
    named = sum(m.named for d in docs for m in d.mentions)
    report: dict = {
        "corpus": {"documents": len(docs), "tokens_checked": sum(d.tokens for d in docs),
                   "texts_adjusted": dict(Counter(d.adjusted for d in docs if d.adjusted)),
                   "gold_mentions": named,
                   "gold_mentions_skipped_unnamed": sum(len(d.mentions) for d in docs) - named},
        "entities": {}, "entities_name_extent": {}, "facts": {}, "best_2016": BEST_2016,
    }
    golds = [gold_spans(d) for d in docs]
    cores = [gold_spans(d, "name") for d in docs]
    systems: dict[str, list[set[Typed]]] = {}
    if records is not None:
        pairs = [record_spans(r, d.text) for r, d in zip(records, docs, strict=True)]
        systems["kelisim"] = [p for p, _ in pairs]
        report["kelisim_mentions_left_out"] = dict(sum((s for _, s in pairs), Counter()))
        every = [record_spans(r, d.text, named_only=False)[0] for r, d in zip(records, docs)]
        report["kelisim_every_mention"] = {
            t: c.as_json() for t, c in score_entities(golds, every).items()}
    if baseline is not None:
        systems["natasha"] = list(baseline)
    for name, preds in systems.items():
        report["entities"][name] = {t: c.as_json() for t, c in score_entities(golds, preds).items()}
        report["entities_name_extent"][name] = {
            t: c.as_json() for t, c in score_entities(cores, preds).items()}
    for ftype in FACT_TYPES:
        gold = [gold_facts(d, ftype) for d in docs]
        if records is None:
            report["facts"][ftype] = Counts(gold=sum(map(len, gold))).as_json() | {"pred": None}
            continue
        if ftype == "Occupation":
            counts = score_facts(zip(gold, map(occupations, records)), occupation_matches)
        else:
            kind = "meeting" if ftype == "Meeting" else "agreement"
            counts = score_facts(zip(gold, (event_actors(r, kind) for r in records)),
                                 participants_match)
        report["facts"][ftype] = counts.as_json()
    return report
