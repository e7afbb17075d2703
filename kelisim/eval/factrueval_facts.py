"""Fact scoring on factRuEval-2016: the actors, occupations and events a record predicts,
and when they match a gold Occupation, Meeting or Deal (one-to-one per document)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .factrueval_corpus import Arg, Fact, FreDoc, Span
from ..extract.titles import title_canonical
from .factrueval_entities import Counts, is_named, lemma_pos

FACT_TYPES = ("Occupation", "Meeting", "Deal")


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
            where = acts.get(org) if org else \
                named_in(role.get("title") or "", acts.values()) or states.get(e.get("country"))
            occ = Occupation(acts[e["id"]], role.get("title") or "", where)
            out.setdefault((e["id"], occ.title.lower(), where and where.id), occ)
    return list(out.values())


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w-]+", text.lower().replace("ё", "е")))


def named_in(title: str, candidates: Iterable[Actor]) -> Actor | None:
    """The place or organisation a title names in its own words ("глава Московской области",
    "мэр Москвы"): the one with the longest name written in it, if any."""
    low = f" {_words(title)} "
    best, size = None, 0
    for a in candidates:
        if a.type == "PER":
            continue
        for n in a.names:
            key = _words(n)
            if key and f" {key} " in low and len(key) > size:
                best, size = a, len(key)
    return best


def event_actors(record: dict, kind: str) -> list[list[Actor]]:
    """Actors of each predicted event of a kind: a meeting's participants, an agreement's
    parties and signers. Negated events stay, as negated gold facts do. A factRuEval Meeting
    is people meeting (every participant of the devset's Meeting facts is a Person), so a
    kelisim meeting counts when at least two of its participants are persons; its contacts of
    states and bodies ("Иран ведёт переговоры с Россией", a council's session in a city) are
    not what the corpus marks as Meetings."""
    acts = actors(record)
    out = []
    for ev in record.get("events") or []:
        if ev.get("type") != kind:
            continue
        ids = (ev.get("participants") or []) if kind == "meeting" else \
              [*(ev.get("parties") or []), *(ev.get("signers") or [])]
        found = [acts[i] for i in dict.fromkeys(ids) if i in acts]
        if kind != "meeting" or sum(a.type == "PER" for a in found) >= 2:
            out.append(found)
    return out


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
        lemma, pos = lemma_pos(w)
        if len(w) > 1 and pos not in ("PREP", "CONJ", "PRCL", "NPRO"):
            keys |= {("lemma", lemma), ("stem", w[:5])}
    return keys


def job_matches(title: str, job: Arg | None) -> bool:
    """The title shares a content word with the job, or means the same office as the title
    phrase the job starts in the text: kelisim writes "глава МИД" and "Глава государства" as the
    offices they are ("министр иностранных дел", "президент"), the gold job span is "глава"."""
    if job is None:
        return True
    if any(_content_keys(title) & _content_keys(name) for name in job.names):
        return True
    office = title_canonical("ru", job.context) if job.context else ""
    return bool(office) and office in (title.lower(), title_canonical("ru", title))


def occupation_matches(pred: Occupation, fact: Fact) -> bool:
    who, job, where = (next(iter(fact.get(r)), None) for r in ("Who", "Job", "Where"))
    if who is None or not same_actor(pred.who, who) or not job_matches(pred.title, job):
        return False
    return where is None or (pred.where is not None and same_actor(pred.where, where))


def participants_match(pred: Sequence[Actor], fact: Fact) -> bool:
    gold = fact.get("Participant")
    return bool(gold) and len(max_matching(pred, gold, same_actor)) >= min(2, len(gold))


def score_facts(pairs: Iterable[tuple[Sequence[Fact], Sequence[A]]],
                fits: Callable[[A, Fact], bool]) -> Counts:
    """Per document, as the official scorer counts (scripts/dialent/task3/eval.py): each
    prediction goes to at most one gold fact and a gold fact may take several predictions (a
    "cluster"), so recall counts the gold facts some prediction matches (a largest one-to-one
    pairing) and precision the predictions that match some gold fact. A gold fact marked
    difficult counts on neither side: it is not gold, and a prediction that can only match it is
    not counted as predicted (easy mode: Optimizer.__init__ sets ``is_ignored``, and
    Optimizer.evaluate leaves ignored clusters out of both counts)."""
    counts = Counts(tp_pred=0)
    for gold, pred in pairs:
        plain = [f for f in gold if not f.difficult]
        hard = [f for f in gold if f.difficult]
        hits = [any(fits(p, f) for f in plain) for p in pred]
        excused = sum(1 for p, hit in zip(pred, hits) if not hit and any(fits(p, f) for f in hard))
        counts.add(len(max_matching(pred, plain, fits)), len(pred) - excused, len(plain), sum(hits))
    return counts


def gold_facts(doc: FreDoc, ftype: str) -> list[Fact]:
    """Every fact of a type, negated ones too: the official easy mode keeps every modality
    (scripts/dialent/objects/fact.py, easymode_modality_values; only -m drops them)."""
    return [f for f in doc.facts if f.type == ftype]

